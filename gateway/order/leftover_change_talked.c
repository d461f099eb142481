/* leftover_change_talked.c — "the tofu bowl no broccoli tbh broccoli is mid": food the
 * customer took off a dish with a change, named again as the subject of a verb of being,
 * is talk of that part ("broccoli is mid", "onions are gross"), no dish the menu lacks
 * asked for. The change must name the word (singular or plural) and come before it. */
#include <string.h>

#include "gateway/order/reading.h"

/* Is w[0..len) a word of change m, an "s" at the end of either aside ("onion", "no onions")? */
static bool change_holds_word(const char *m, const char *w, size_t len)
{
    while (len > 1 && w[len - 1U] == 's')
        len--;
    for (const char *p = m; *p;) {
        const char *e = strchr(p, ' ');
        size_t l = e ? (size_t)(e - p) : strlen(p);
        while (l > 1 && p[l - 1U] == 's')
            l--;
        if (l == len && memcmp(p, w, len) == 0)
            return true;
        if (!e)
            break;
        p = e + 1;
    }
    return false;
}

bool order_read_change_talked_of(const char *text, const struct order_token *tokens,
                                 const struct order_reading *rg, const struct order_thing *th)
{
    static const char *const being[] = {"is", "are", "was", "were", "s"};
    size_t end = rg->clauses[th->clause].end;
    const struct order_token *w = &tokens[th->end - 1U];
    if (th->end != th->begin + 1U || w->kind != ORDER_TOKEN_WORD || w->len < 3 ||
        !order_tok_in(text, tokens, th->end, end, being, ORDER_WORDS_N(being)))
        return false;
    for (size_t t = 0; t < rg->n_things; t++) {
        const struct order_thing *o = &rg->things[t];
        if (!o->is_span || o->reference || o->end > th->begin)
            continue;
        for (uint8_t m = 0; m < o->mods.n; m++)
            if (change_holds_word(o->mods.text[m], text + w->off, w->len))
                return true;
    }
    return false;
}
