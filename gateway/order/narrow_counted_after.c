/* narrow_counted_after.c — a kind alone in its clause, then dishes of that kind each with its
 * count, in the next clause or after a colon or comma (reading.h, after the narrowings): "we want
 * burritos. 2 california burritos and a horchata", "smoothies! one mango, two strawberry
 * banana", "tacos for the 4 of us: 2 pastor 2 fish", "a taco for each of us. 2 want pastor
 * and 2 want fish". The kind says what the customer has in mind; the counted dishes after it
 * say which and how many. The kind asks nothing more: "which tacos?" is answered already.
 * The kind is said in the plural or given to each of a group ("a burrito each", "a taco for
 * each of us"); a kind counted otherwise is answered only when the counts after it add up
 * to its own ("3 burritos for us, 2 california and 1 carne asada"); any other counted kind
 * ("2 burritos. 1 carne asada") is narrowed by order_read_narrowings; one asked of the
 * restaurant ("do you have burritos?") stays. */
#include <string.h>

#include "gateway/order/reading.h"

/* Is the kind ending at token end given to each of a group: "each", "for each", "for every",
 * "for everyone", "for all of us" after it? */
static bool narrow_distributed(const char *text, const struct order_token *tokens, size_t end,
                               size_t e)
{
    static const char *const group[] = {"each", "every", "everyone", "everybody", "all"};
    return order_tok_is(text, tokens, end, e, "each") ||
           (order_tok_is(text, tokens, end, e, "for") &&
            order_tok_in(text, tokens, end + 1U, e, group, ORDER_WORDS_N(group)));
}

/* Is thing k a kind ("burritos", "a taco for each of us") with nothing else asked for before
 * it in its clause, nor after it before the colon (at) that opens its dishes when at is set?
 * *distributed: it is given to each of a group. */
static bool narrow_kind_alone(const char *text, const struct order_token *tokens,
                              const struct order_reader *rd, const struct order_reading *rg,
                              size_t k, size_t at, bool *distributed)
{
    const struct order_thing *kind = &rg->things[k];
    size_t t = kind->end - 1U;
    if (!kind->is_span || kind->item >= 0 || kind->reference || kind->qty_unclear || kind->past ||
        order_item_set_count(&kind->candidates) < 2 || rg->clauses[kind->clause].question_start ||
        tokens[t].kind != ORDER_TOKEN_WORD || rg->n_hits[t] == 0)
        return false;
    const struct order_lex_word *w = &rd->lex->words[rg->hits[t][0].words[0]];
    bool plural = tokens[t].len > w->len && text[tokens[t].off + tokens[t].len - 1] == 's';
    *distributed = narrow_distributed(text, tokens, kind->end, rg->clauses[kind->clause].end);
    if (!plural && !*distributed)
        return false;
    for (size_t x = 0; x < rg->n_things; x++)
        if (x != k && rg->things[x].clause == kind->clause && !rg->things[x].reference &&
            (at == 0 || rg->things[x].begin < at))
            return false;
    return true;
}

/* The token of a ':', ',' or '-' after the kind's name in its clause, 0 when none: the dishes
 * after it may say which of the kind ("burritos for the 3 of us, 2 california and ..."). */
static size_t narrow_colon_after(const struct order_token *tokens, const struct order_reading *rg,
                                 const struct order_thing *kind)
{
    for (size_t p = kind->end; p < rg->clauses[kind->clause].end; p++)
        if (tokens[p].kind == ORDER_TOKEN_PUNCT && strchr(":,-", tokens[p].punct) != NULL)
            return p;
    return 0;
}

/* The item of kind that pick names: its own, or the one item of the kind among the several
 * it fits ("carnitas" after "a taco each": the carnitas taco); -1 when none. */
static int32_t narrow_pick_item(const struct order_thing *kind, const struct order_thing *pick)
{
    if (pick->item >= 0)
        return order_item_set_has(&kind->candidates, (size_t)pick->item) ? pick->item : -1;
    struct order_item_set both = pick->candidates;
    order_item_set_and(&both, &kind->candidates);
    return order_item_set_count(&both) == 1 ? order_item_set_next(&both, 0) : -1;
}

/* How many things after the kind k are dishes of it, the first counted: of the very next clause,
 * or of the kind's own after its colon or comma at; their counts added in *sum. */
static size_t narrow_picks(const struct order_reading *rg, size_t k, size_t at, int32_t *sum)
{
    const struct order_thing *kind = &rg->things[k];
    size_t n = 0;
    *sum = 0;
    for (size_t x = k + 1U; x < rg->n_things; x++) {
        const struct order_thing *pick = &rg->things[x];
        if (pick->reference)
            continue;
        bool next = at > 0 ? pick->clause == kind->clause && pick->begin > at
                           : pick->clause == kind->clause + 1U;
        /* the first counted ("2 pastor"); after it "1" or "a" need not read as a count */
        if (!next || !pick->is_span || (n == 0 && !pick->qty_explicit) || pick->qty_unclear ||
            narrow_pick_item(kind, pick) < 0)
            break;
        *sum += pick->qty;
        n++;
    }
    return n;
}

void order_read_kinds_counted_after(const struct order_reader *rd, const char *text,
                                    const struct order_token *tokens, struct order_reading *rg)
{
    for (size_t k = 0; k + 1U < rg->n_things; k++) {
        struct order_thing *kind = &rg->things[k];
        size_t at = kind->is_span ? narrow_colon_after(tokens, rg, kind) : 0;
        bool distributed;
        if (!narrow_kind_alone(text, tokens, rd, rg, k, at, &distributed))
            continue;
        int32_t sum;
        size_t n = narrow_picks(rg, k, at, &sum);
        if (n == 0 || (kind->qty_explicit && !distributed && sum != kind->qty))
            continue;
        kind->reference = true; /* "burritos?" then "2 carne asada burritos": answered */
        for (size_t x = k + 1U, done = 0; x < rg->n_things && done < n; x++) {
            struct order_thing *pick = &rg->things[x];
            if (pick->reference)
                continue;
            pick->item = narrow_pick_item(kind, pick); /* "carnitas": the taco */
            done++;
        }
    }
}
