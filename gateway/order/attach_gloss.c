/* attach_gloss.c — "gimme the cali w extra guac. (cali = california burrito)": a word the
 * customer used for a dish asked for before, then ":" (a spaced "=" reads as one), "means" or
 * "is", then the dish's name, tells what the word meant (attach.c, reading.h pass 4). The
 * name points back at that dish and adds nothing. */
#include <string.h>

#include "gateway/order/attach_internal.h"

/* Does the word at w stand in thing p's words, spelt the same? */
static bool gloss_word_in(const struct attach_state *st, size_t w, const struct order_thing *p)
{
    const struct order_token *t = st->tokens;
    for (size_t i = p->begin; i < p->end; i++)
        if (t[i].kind == ORDER_TOKEN_WORD && t[i].len == t[w].len &&
            memcmp(st->text + t[i].off, st->text + t[w].off, t[w].len) == 0)
            return true;
    return false;
}

/* Is token m a mark of a gloss: ":" (a spaced "=" too), "means" or "is"? */
static bool gloss_mark(const struct attach_state *st, size_t m)
{
    const struct order_token *t = st->tokens;
    return (t[m].kind == ORDER_TOKEN_PUNCT && t[m].punct == ':') ||
           order_tok_is(st->text, t, m, st->e, "means") ||
           order_tok_is(st->text, t, m, st->e, "is");
}

void attach_gloss(struct attach_state *st, size_t first, size_t end)
{
    const struct order_token *t = st->tokens;
    for (size_t k = first; k < end; k++) {
        struct order_thing *s = &st->rg->things[k];
        if (!s->is_span || s->item < 0 || s->reference || s->qty_explicit || s->begin < st->b + 2U)
            continue;
        /* the mark before the name, or inside the span where the word glossed and the name
         * were joined as one dish's words ("cali means california burrito") */
        size_t m = s->begin - (order_tok_is(st->text, t, s->begin - 1U, st->e, "the") ? 2U : 1U);
        if (s->end > s->begin + 2U && gloss_mark(st, s->begin + 1U))
            m = s->begin + 1U;
        bool marks = gloss_mark(st, m);
        /* the word glossed opens the clause or a bracket, one word alone */
        size_t w = m - 1U;
        if (!marks || m <= st->b || t[w].kind != ORDER_TOKEN_WORD ||
            (w > st->b && !(t[w - 1U].kind == ORDER_TOKEN_PUNCT && t[w - 1U].punct == '(')))
            continue;
        for (size_t x = 0; x < k; x++) {
            struct order_thing *p = &st->rg->things[x];
            if (p->is_span && p->item == s->item && !p->reference && p->end <= w &&
                gloss_word_in(st, w, p)) {
                memset(st->rg->roles + w, ORDER_ROLE_FILLER, m + 1U - w);
                attach_point_back(s, p);
                break;
            }
        }
    }
}
