/* count_otherwise.c — two counts of one dish given as alternatives (reading.h): "if the wrap
 * isnt too hot ill take two otherwise just one", "3 lemonades or else 2". Which count holds
 * hangs on something the kitchen has to answer: how many is open, asked back, neither count
 * taken, though the dish is asked for. */
#include <string.h>

#include "gateway/order/reading.h"

size_t order_otherwise_lead(const char *text, const struct order_token *tokens, size_t o, size_t e)
{
    if (order_tok_is(text, tokens, o, e, "otherwise"))
        return 1;
    if ((order_tok_is(text, tokens, o, e, "or") && order_tok_is(text, tokens, o + 1U, e, "else")) ||
        (order_tok_is(text, tokens, o, e, "if") && order_tok_is(text, tokens, o + 1U, e, "not")))
        return 2;
    return 0;
}

/* The tokens at o of the words that set the second count against the first: "otherwise",
 * "or else", "if not", then maybe "just" / "only"; 0 when none. */
static size_t otherwise_words(const char *text, const struct order_token *tokens, size_t o,
                              size_t e)
{
    static const char *const mere[] = {"just", "only"};
    size_t k = order_otherwise_lead(text, tokens, o, e);
    if (k > 0 && order_tok_in(text, tokens, o + k, e, mere, ORDER_WORDS_N(mere)))
        k++;
    return k;
}

/* The count at p, no article ("a" counts a dish, not how many of it), ending at the end of
 * the clause or a punctuation mark: its length, its value in *v; 0 when none. */
static size_t otherwise_count_alone(const struct order_reader *rd, const char *text,
                                    const struct order_token *tokens, size_t p, size_t e,
                                    int32_t *v)
{
    if (order_tok_is(text, tokens, p, e, "a") || order_tok_is(text, tokens, p, e, "an"))
        return 0;
    size_t k = order_read_number(rd->u, text, tokens, p, e, v);
    if (k == 0 || *v < 1 || (p + k < e && tokens[p + k].kind != ORDER_TOKEN_PUNCT))
        return 0;
    return k;
}

/* The dish a first count ending at o counts: one named right before o with that count
 * ("3 lemonades or else 2"), or the last named before the count's start p, uncounted ("the
 * wrap ... ill take two otherwise one"), in clause c or the one before; NULL when none. */
static struct order_thing *otherwise_dish(struct order_reading *rg, size_t c, size_t p, size_t o)
{
    struct order_thing *dish = NULL;
    for (size_t t = 0; t < rg->n_things; t++) {
        struct order_thing *th = &rg->things[t];
        if (th->end <= o && !th->reference && (!dish || th->end > dish->end))
            dish = th;
    }
    if (!dish || !dish->is_span || dish->item < 0 || dish->qty_unclear || dish->clause + 1U < c ||
        dish->clause > c)
        return NULL;
    if (dish->end == o)
        return dish->qty_explicit ? dish : NULL;
    return dish->end <= p && !dish->qty_explicit ? dish : NULL;
}

size_t order_otherwise_count_end(const struct order_reader *rd, const char *text,
                                 const struct order_token *tokens, size_t o, size_t e)
{
    int32_t v = 0;
    size_t w = otherwise_words(text, tokens, o, e);
    size_t k = w == 0 ? 0 : otherwise_count_alone(rd, text, tokens, o + w, e, &v);
    return k == 0 ? 0 : o + w + k;
}

void order_read_counts_otherwise(const struct order_reader *rd, const char *text,
                                 const struct order_token *tokens, struct order_reading *rg)
{
    if (!ORDER_CUES_ANY(&rg->cues, "otherwise", "else", "not") ||
        !ORDER_CUES_ANY(&rg->cues, "otherwise", "or", "if"))
        return;
    for (size_t c = 0; c < rg->n_clauses; c++) {
        struct order_clause *cl = &rg->clauses[c];
        for (size_t o = cl->begin + 1U; o < cl->end; o++) {
            size_t w = otherwise_words(text, tokens, o, cl->end);
            int32_t second = 0, first = 0;
            size_t k2 =
                w == 0 ? 0 : otherwise_count_alone(rd, text, tokens, o + w, cl->end, &second);
            if (k2 == 0)
                continue;
            size_t before = o; /* a comma may set the alternative off */
            if (tokens[before - 1U].kind == ORDER_TOKEN_PUNCT && tokens[before - 1U].punct == ',')
                before--;
            struct order_thing *dish = NULL;
            size_t p = before, k1 = 0;
            /* the first count: the dish's own, or a count alone pointing back at it */
            enum { COUNT_WORDS_MAX = 3 };
            size_t from =
                before > cl->begin + (size_t)COUNT_WORDS_MAX ? before - COUNT_WORDS_MAX : cl->begin;
            for (size_t q = before; q-- > from && p == before;)
                if (rg->roles[q] != ORDER_ROLE_ITEM &&
                    otherwise_count_alone(rd, text, tokens, q, before, &first) == before - q)
                    p = q, k1 = before - q;
            dish = otherwise_dish(rg, c, p, before);
            if (!dish || (k1 == 0 && dish->end != before) || (k1 > 0 && dish->end == before))
                continue;
            if ((k1 > 0 ? first : dish->qty) == second)
                continue;
            dish->qty_unclear = true;
            memset(rg->roles + p, ORDER_ROLE_QTY, k1);
            memset(rg->roles + o, ORDER_ROLE_FILLER, w);
            memset(rg->roles + o + w, ORDER_ROLE_QTY, k2);
            cl->has_quantity = true;
            rg->clauses[dish->clause].has_quantity = true;
            break;
        }
    }
}
