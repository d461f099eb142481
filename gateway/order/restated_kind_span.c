/* restated_kind_span.c — a counted kind of dish said by how it is, then after a comma which
 * one ("2 smoky tacos, the carnitas ones", "2 tacos, the al pastor kind", "2 spicy burgers,
 * the jackfruit kind"): an apposition that names the dish meant. The first phrase is a kind's
 * word with only words no name holds before it (a description read from the menu's texts, or
 * none), so it names no dish on its own; the restatement names one dish of that kind, and the
 * customer counts it once. One line: the restated dish, the count of the first phrase; the
 * word "kind" (or "type", "sort") is no change of it. A first phrase read from words of a
 * name ("2 carne asada tacos, the carnitas ones") is left as it is: two dishes were named. */
#include "gateway/order/reading.h"

/* Does x close with "one(s)" or "kind" (and the like) — as its last word or the word after it
 * — then the clause's end, a mark, "please" or a change of the dish? */
static bool kind_span_pointing(const char *text, const struct order_token *tokens,
                               const struct order_reading *rg, const struct order_thing *x)
{
    static const char *const ones[] = {"one", "ones", "kind", "kinds", "type", "types", "sort"};
    size_t e = rg->clauses[x->clause].end, p = x->end;
    if (order_tok_in(text, tokens, p, e, ones, ORDER_WORDS_N(ones)))
        p++;
    else if (!(x->end > x->begin + 1U &&
               order_tok_in(text, tokens, x->end - 1U, e, ones, ORDER_WORDS_N(ones))))
        return false;
    if (order_tok_is(text, tokens, p, e, "please") || order_tok_is(text, tokens, p, e, "pls"))
        p++;
    /* "the carnitas ones with no onion": a change of the dish may follow */
    return p >= e || tokens[p].kind == ORDER_TOKEN_PUNCT || rg->mod_zone[p] ||
           order_tok_is(text, tokens, p, e, "with");
}

/* Is the span o a kind's word (the items of its last word hold item) with only words no name
 * holds before it in the span? */
static bool kind_span_generic(const struct order_reader *rd, const struct order_reading *rg,
                              const struct order_thing *o, int32_t item)
{
    size_t last = o->end - 1U;
    for (size_t t = o->begin; t < last; t++)
        if (rg->n_hits[t] > 0)
            return false;
    bool kind = false;
    for (size_t h = 0; h < rg->n_hits[last] && !kind; h++) {
        const struct order_lex_word *w = &rd->lex->words[rg->hits[last][h].words[0]];
        kind = w->head && order_item_set_has(&w->items, (size_t)item);
    }
    return kind;
}

void order_read_kind_spans_restated(const struct order_reader *rd, const char *text,
                                    const struct order_token *tokens, struct order_reading *rg)
{
    if (!ORDER_CUES_ANY(&rg->cues, "the") ||
        !ORDER_CUES_ANY(&rg->cues, "one", "ones", "kind", "kinds", "type", "types", "sort"))
        return;
    for (size_t t = 1; t < rg->n_things; t++) {
        struct order_thing *th = &rg->things[t], *o = &rg->things[t - 1U];
        if (!th->is_span || !o->is_span || th->reference || o->reference || th->qty_explicit ||
            !o->qty_explicit || th->item < 0 || th->clause != o->clause || o->end + 2U > th->begin)
            continue;
        /* ", the" between them, nothing else */
        size_t a = o->end;
        if (tokens[a].kind != ORDER_TOKEN_PUNCT || tokens[a].punct != ',' || a + 2U != th->begin ||
            !order_tok_is(text, tokens, a + 1U, th->begin, "the") ||
            !kind_span_pointing(text, tokens, rg, th) || !kind_span_generic(rd, rg, o, th->item))
            continue;
        order_thing_pin(o, th->item);
        th->reference = true; /* "the carnitas ones": the tacos counted before */
        if (o->mods.n == 0)
            o->mods = th->mods; /* "..., the carnitas ones with no onion": theirs */
        th->mods.n = 0;
    }
}
