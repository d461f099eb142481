/* attach_substitute_part.c — a part taken out and another of its kind said right after it
 * (attach.c): "a carnitas bowl, no cilantro rice, plain rice". The words after the removal
 * end in the same noun as the part removed: they say what goes in its place, a swap of the
 * dish before, not a side dish of their own. */
#include <stdio.h>
#include <string.h>

#include "gateway/order/attach_internal.h"

/* Are tokens a and b the same word? */
static bool substitute_same_word(const char *text, const struct order_token *t, size_t a, size_t b)
{
    return t[a].kind == ORDER_TOKEN_WORD && t[b].kind == ORDER_TOKEN_WORD && t[a].len == t[b].len &&
           memcmp(text + t[a].off, text + t[b].off, t[a].len) == 0;
}

void attach_substitute_part(struct attach_state *st, size_t first, size_t end)
{
    if (!ORDER_CUES_ANY(&st->cues, "no"))
        return;
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    struct order_reading *rg = st->rg;
    (void)end; /* the leftovers read after the spans may be parts too ("pinto beans") */
    for (size_t k = first; k < rg->n_things; k++) {
        struct order_thing *y = &rg->things[k], *prev = NULL;
        for (size_t x = first; x < rg->n_things; x++) {
            struct order_thing *o = &rg->things[x];
            if (o->is_span && o->item >= 0 && !o->reference && o->end <= y->begin &&
                (!prev || o->end > prev->end))
                prev = o;
        }
        bool part = y->is_span ? y->item >= 0 : !y->past;
        if (!part || y->reference || y->qty_explicit || !prev || prev->mods.n == 0 ||
            strncmp(prev->mods.text[prev->mods.n - 1U], "no ", 3) != 0)
            continue;
        /* the words that describe the part ("plain"), then a comma before them */
        size_t p = y->begin;
        while (p > st->b && t[p - 1U].kind == ORDER_TOKEN_WORD &&
               rg->roles[p - 1U] == ORDER_ROLE_MODIFIER)
            p--;
        if (p < st->b + 3U || t[p - 1U].kind != ORDER_TOKEN_PUNCT || t[p - 1U].punct != ',' ||
            !substitute_same_word(text, t, p - 2U, y->end - 1U))
            continue;
        /* the removal before the comma: "no" and the part, after the dish */
        size_t r = p - 2U;
        while (r > prev->end && rg->roles[r - 1U] == ORDER_ROLE_MODIFIER &&
               t[r - 1U].kind == ORDER_TOKEN_WORD)
            r--;
        if (!order_tok_is(text, t, r, p, "no") || r + 2U > p - 1U)
            continue;
        char now[ORDER_MODIFIER_BYTES_MAX], was[ORDER_MODIFIER_BYTES_MAX];
        order_words_join(text, t, p, y->end, now, sizeof(now));
        order_words_join(text, t, r + 1U, p - 1U, was, sizeof(was));
        char swap[2U * ORDER_MODIFIER_BYTES_MAX + 16U];
        int n = snprintf(swap, sizeof(swap), "%s instead of %s", now, was);
        if (n > 0 && n < ORDER_MODIFIER_BYTES_MAX) /* else the removal stays as said */
            memcpy(prev->mods.text[prev->mods.n - 1U], swap, (size_t)n + 1U);
        y->reference = true;
        memset(rg->roles + p, ORDER_ROLE_MODIFIER, y->end - p);
    }
}
