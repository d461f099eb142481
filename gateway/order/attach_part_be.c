/* attach_part_be.c — a part of the dish just named, asked to come some way (attach.c,
 * reading.h pass 4): "one baja fish taco but can the fish be well done", "the pollo asado bowl
 * but can the chicken be cooked extra well done". "can" or "could", "the", a span whose word
 * the dish named before holds in its name or description, then "be" and how: the span names
 * the dish's part, no dish of its own, and the words after "be" change the dish before. */
#include <string.h>

#include "gateway/order/attach_internal.h"

void attach_part_be(struct attach_state *st, size_t first, size_t end)
{
    if (!ORDER_CUES_ANY(&st->cues, "be"))
        return;
    static const char *const modals[] = {"can", "could", "will", "would"};
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    for (size_t s = first; s < end; s++) {
        struct order_thing *th = &st->rg->things[s];
        if (!th->is_span || th->reference || th->begin < st->b + 2U ||
            !order_tok_is(text, t, th->begin - 1U, st->e, "the") ||
            !attach_in(text, t, th->begin - 2U, st->e, modals, ORDER_WORDS_N(modals)) ||
            !order_tok_is(text, t, th->end, st->e, "be"))
            continue;
        struct order_thing *last = attach_last_item(st, th->begin - 2U);
        if (!last || last == th || last->item < 0 || t[th->end - 1U].kind != ORDER_TOKEN_WORD)
            continue;
        const char *w = text + t[th->end - 1U].off;
        size_t len = t[th->end - 1U].len;
        /* "chips and guac but can the guac be plain": the part read as the dish itself */
        if (th->item != last->item &&
            order_lexicon_item_mentions(st->rd->lex, last->item, &w, &len, 1) == 0)
            continue; /* "a flan but can the horchata be large": another dish */
        /* the words of how, read as a change already or not read at all */
        size_t a = th->end + 1U, b = a;
        while (b < st->e && t[b].kind == ORDER_TOKEN_WORD &&
               (attach_free(st, b) || st->rg->roles[b] == ORDER_ROLE_MODIFIER))
            b++;
        if (b <= a)
            continue;
        attach_add_modifier(st, last, a, b);
        /* what the part took after it is the dish's: "..., chipotle crema on the side" */
        for (uint8_t m = 0; m < th->mods.n && last->mods.n < ORDER_ITEM_MODIFIERS_MAX; m++)
            memcpy(last->mods.text[last->mods.n++], th->mods.text[m], sizeof(th->mods.text[m]));
        th->mods.n = 0;
        memset(st->rg->roles + a, ORDER_ROLE_MODIFIER, b - a);
        memset(st->rg->roles + th->begin - 2U, ORDER_ROLE_FILLER, a - th->begin + 2U);
        th->reference = true; /* the part, told of: no dish asked for */
    }
}
