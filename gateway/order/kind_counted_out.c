/* kind_counted_out.c — a kind of dish counted, then counted out by what fills each part
 * (reading.h, before the attachments): "2 bowls, one chicken one pork", "3 burritos - 2 steak
 * 1 chicken", "bowls: 1 chicken, 1 pork", "10 kids meals, half nuggets half mini burgers". Each
 * part's words (a filling, a word of a name) are
 * held by the name or description of exactly one dish of the kind: that part is a span of
 * it, counted by its own count, and the kind (whose count the parts add up to, or which heads
 * them with a colon) names them, asking for nothing more. A part no one dish of the kind
 * holds, or counts that do not add up, leave the reading as it was. */
#include <string.h>

#include "gateway/order/reading.h"

enum {
    COUNTED_OUT_PARTS_MAX = 6,
    COUNTED_OUT_WORDS_MAX = 3, /* "one grilled chicken" */
};

struct counted_part {
    size_t q, b, e; /* its count, then its words */
    int32_t item, qty;
};

/* Is token p a mark between parts, or "and"? */
static bool counted_out_separator(const char *text, const struct order_token *tokens, size_t p,
                                  size_t e)
{
    if (tokens[p].kind == ORDER_TOKEN_PUNCT)
        return tokens[p].punct == ',' || tokens[p].punct == ';' || tokens[p].punct == '-' ||
               tokens[p].punct == '/' || tokens[p].punct == '+' || tokens[p].punct == ':';
    return order_tok_is(text, tokens, p, e, "and") || order_tok_is(text, tokens, p, e, "n") ||
           order_tok_is(text, tokens, p, e, "plus");
}

/* The parts that follow the kind from p, up to the clause's end e or the first that is not
 * one: each a count ("half" of an even total) and the words of one dish of the kind. Their number,
 * their counts' sum in *sum and where the last ends in *end. */
static size_t counted_out_parts(const struct order_reader *rd, const char *text,
                                const struct order_token *tokens, const struct order_reading *rg,
                                const struct order_thing *kind, int32_t total, size_t p, size_t e,
                                struct counted_part *parts, int32_t *sum, size_t *end)
{
    size_t n = 0;
    *sum = 0;
    while (p < e && n < COUNTED_OUT_PARTS_MAX) {
        while (p < e && counted_out_separator(text, tokens, p, e))
            p++;
        int32_t k = 0;
        size_t q = 0;
        if (total >= 2 && total % 2 == 0 && order_tok_is(text, tokens, p, e, "half")) {
            q = 1; /* "10 kids meals, half nuggets half mini burgers" */
            k = total / 2;
        } else if (p < e) {
            q = order_read_quantity(rd->u, text, tokens, p, e, &k);
        }
        if (q == 0 || k < 1)
            break;
        size_t b = p + q, w = b;
        while (w < e && w < b + COUNTED_OUT_WORDS_MAX && tokens[w].kind == ORDER_TOKEN_WORD &&
               !counted_out_separator(text, tokens, w, e) &&
               (rg->roles[w] == ORDER_ROLE_NONE || rg->roles[w] == ORDER_ROLE_ITEM) &&
               order_read_quantity(rd->u, text, tokens, w, e, &(int32_t){0}) == 0 &&
               !order_tok_is(text, tokens, w, e, "half"))
            w++;
        struct order_item_set found;
        if (w == b ||
            order_read_described_candidates(rd, text, tokens, b, w, &kind->candidates, &found) != 1)
            break; /* "..., and a horchata": the parts ended before */
        parts[n].q = p;
        parts[n].qty = k;
        parts[n].b = b;
        parts[n].e = w;
        parts[n++].item = order_item_set_next(&found, 0);
        *sum += k;
        *end = w;
        p = w;
    }
    return n;
}

/* Replaces the things of clause c in [b, e) by spans of the parts. */
static void counted_out_spans(const char *text, const struct order_token *tokens, size_t c,
                              size_t b, size_t e, const struct order_thing *kind,
                              const struct counted_part *parts, size_t n, struct order_reading *rg)
{
    order_reading_drop_things(rg, c, b, e);
    struct order_item_set candidates = kind->candidates;
    for (size_t k = 0; k < n; k++) {
        struct order_thing *th = order_reading_add_thing(rg, c, parts[k].b, parts[k].e);
        if (!th)
            break;
        th->is_span = true;
        th->candidates = candidates;
        th->item = parts[k].item;
        th->score = 1.0f;
        th->qty = parts[k].qty;
        th->qty_explicit = true;
        memset(rg->roles + parts[k].q, ORDER_ROLE_QTY, parts[k].b - parts[k].q);
        th->phrase_len = (uint16_t)order_words_join(text, tokens, parts[k].b, parts[k].e,
                                                    th->phrase, sizeof(th->phrase));
        memset(rg->roles + parts[k].b, ORDER_ROLE_ITEM, parts[k].e - parts[k].b);
        memset(rg->mod_zone + parts[k].b, false, parts[k].e - parts[k].b);
        rg->clauses[c].n_spans++;
    }
    order_reading_sort_things(rg);
}

void order_read_kind_counted_out(const struct order_reader *rd, const char *text,
                                 const struct order_token *tokens, size_t c,
                                 struct order_reading *rg)
{
    const struct order_clause *cl = &rg->clauses[c];
    for (size_t s = 0; s < rg->n_things; s++) {
        struct order_thing *kind = &rg->things[s];
        if (kind->clause != c || !kind->is_span || kind->item >= 0 || kind->reference ||
            order_item_set_count(&kind->candidates) < 2 || kind->end >= cl->end)
            continue;
        /* the kind's count right before it ("2 bowls"), or a colon heading the parts */
        int32_t total = 0;
        if (kind->begin >= cl->begin + 2U &&
            order_read_quantity(rd->u, text, tokens, kind->begin - 2U, cl->end, &total) == 2U) {
            /* "2 dozen tacos": the count of two words */
        } else if (kind->begin == cl->begin ||
                   order_read_quantity(rd->u, text, tokens, kind->begin - 1U, cl->end, &total) != 1)
            total = 0;
        bool colon = tokens[kind->end].kind == ORDER_TOKEN_PUNCT && tokens[kind->end].punct == ':';
        if (total < 2 && !colon)
            continue;
        struct counted_part parts[COUNTED_OUT_PARTS_MAX];
        int32_t sum;
        size_t end = 0;
        size_t n = counted_out_parts(rd, text, tokens, rg, kind, total, kind->end, cl->end, parts,
                                     &sum, &end);
        if (n < 2 || (total >= 2 && sum != total))
            continue;
        struct order_thing was = *kind;
        kind->reference = true; /* "2 bowls": the parts' dishes, named after it */
        counted_out_spans(text, tokens, c, was.end, end, &was, parts, n, rg);
        return;
    }
}
