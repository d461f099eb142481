/* leftover_restated.c — a dish the menu lacks by its words, then after a comma "the X one"
 * of the kind its last word names (reading.h, after every clause is read): "the cheesy taco,
 * the quesabirria one", "the fizzy soda, the tamarind one". The first name is the customer's
 * own description of the dish ("cheesy" judges it), read as food the menu lacks; the
 * restatement says which dish of the menu it is. One dish is meant: the description is no
 * dish declined beside it. Only words that judge (adjectives that name no dish) may stand
 * before the kind's word, as attach_kind_one_after.c asks of a first name of the menu. A
 * counted description restated ("2 crunchy tacos, the quesabirria ones", or "one": which
 * they all are) gives the dish its count; a restatement several kinds hold ("the carnitas
 * ones": a taco and a bowl) is the one of the description's kind. */
#include "gateway/order/dictionary.h"
#include "gateway/order/reading.h"

/* Do the tokens [a, b) read ", the" or ",", and x closes with "one" (or "ones", then
 * *plural) then the clause's end, a punctuation mark or "please"? */
static bool restated_form(const char *text, const struct order_token *tokens,
                          const struct order_reading *rg, size_t a, const struct order_thing *x,
                          bool *plural)
{
    size_t e = rg->clauses[x->clause].end, p = x->end;
    if (a >= x->begin || tokens[a].kind != ORDER_TOKEN_PUNCT || tokens[a].punct != ',')
        return false;
    bool the = a + 1U == x->begin
                   ? order_tok_is(text, tokens, x->begin, e, "the")
                   : a + 2U == x->begin && order_tok_is(text, tokens, a + 1U, e, "the");
    if (!the)
        return false;
    /* "the quesabirria kind" points as "one" does */
    static const char *const ones[] = {"one", "ones", "kind", "type", "sort"};
    *plural = order_tok_is(text, tokens, p, e, "ones") ||
              (x->end > x->begin + 1U && order_tok_is(text, tokens, x->end - 1U, e, "ones"));
    if (order_tok_in(text, tokens, p, e, ones, ORDER_WORDS_N(ones)))
        p++;
    else if (!(x->end > x->begin + 1U &&
               order_tok_in(text, tokens, x->end - 1U, e, ones, ORDER_WORDS_N(ones))))
        return false;
    if (p < e &&
        (order_tok_is(text, tokens, p, e, "please") || order_tok_is(text, tokens, p, e, "pls")))
        p++;
    return p >= e || tokens[p].kind == ORDER_TOKEN_PUNCT;
}

/* Is the word w[0..len) an adjective: one of the list, or a noun made an adjective by "-y"
 * ("crunchy": crunch; "nutty": nut), which the list does not spell out whole? */
static bool restated_adjective(const struct order_reader *rd, const char *w, size_t len)
{
    if (order_dictionary_has(rd->lex->adjectives, w, len))
        return true;
    if (len < 5U || w[len - 1U] != 'y')
        return false;
    size_t stem = len - 1U;
    if (w[stem - 1U] == w[stem - 2U])
        stem--; /* "nutty": "nut" */
    return order_dictionary_has(rd->dict, w, stem) || order_dictionary_has(rd->dict, w, len - 1U);
}

/* Is the leftover th made of words that judge, then a last word of x's kind: a word of the
 * menu holding item ("taco" of the Quesabirria Taco)? */
static bool restated_kind(const struct order_reader *rd, const char *text,
                          const struct order_token *tokens, const struct order_reading *rg,
                          const struct order_thing *th, int32_t item)
{
    if (th->end < th->begin + 2U)
        return false; /* no word before the kind's to judge it; asked first, as th->end - 1 of an
                         empty leftover is no token of it */
    size_t last = th->end - 1U;
    bool kind = false;
    for (size_t h = 0; h < rg->n_hits[last]; h++)
        kind = kind ||
               order_item_set_has(&rd->lex->words[rg->hits[last][h].words[0]].items, (size_t)item);
    if (!kind)
        return false;
    /* after a demonstrative ("that cherry drink"), an adjective, no food ("cheesy", "fizzy",
     * "crunchy"; not "chicken") but a food English uses as an adjective that no dish of the
     * menu holds ("cherry", a colour: "chicken" of a chicken dish names that dish's food) */
    size_t t = th->begin;
    if (order_tok_is(text, tokens, t, last, "that") || order_tok_is(text, tokens, t, last, "this"))
        t++;
    for (; t < last; t++) {
        const char *w = text + tokens[t].off;
        if (tokens[t].kind != ORDER_TOKEN_WORD || !restated_adjective(rd, w, tokens[t].len) ||
            (order_food_word(rd->food, w, tokens[t].len) &&
             (rg->n_hits[t] > 0 || !order_dictionary_has(rd->lex->adjectives, w, tokens[t].len))))
            return false;
    }
    return true;
}

/* The one item of x's candidates that the last word of th (the kind: "tacos") names, or -1:
 * "2 crunchy tacos, the carnitas ones" is the Carnitas Taco, not the bowl. */
static int32_t restated_narrowed(const struct order_reader *rd, const struct order_reading *rg,
                                 const struct order_thing *th, const struct order_thing *x)
{
    if (x->item >= 0 || th->end < th->begin + 2U)
        return x->item;
    size_t last = th->end - 1U;
    struct order_item_set kind = {0};
    for (size_t h = 0; h < rg->n_hits[last]; h++)
        order_item_set_or(&kind, &rd->lex->words[rg->hits[last][h].words[0]].items);
    order_item_set_and(&kind, &x->candidates);
    return order_item_set_count(&kind) == 1 ? order_item_set_next(&kind, 0) : -1;
}

/* The count no pass read right before th in its clause ("2 crunchy tacos"): *qty and
 * whether there is one; *vague for an amount with no number ("a few crunchy tacos"). */
static bool restated_count(const struct order_reader *rd, const char *text,
                           const struct order_token *tokens, const struct order_reading *rg,
                           const struct order_thing *th, int32_t *qty, bool *vague)
{
    const size_t COUNT_TOKENS_MAX = 3; /* "half a dozen" */
    size_t b = rg->clauses[th->clause].begin;
    for (size_t a = th->begin > b + COUNT_TOKENS_MAX ? th->begin - COUNT_TOKENS_MAX : b;
         a < th->begin; a++) {
        bool free = true;
        for (size_t p = a; p < th->begin; p++)
            free = free && rg->roles[p] == ORDER_ROLE_NONE;
        if (!free)
            continue;
        *vague = order_patterns_longest(&rd->u->vague_quantities, text, tokens, a, th->end, NULL) ==
                 th->begin - a;
        if (*vague || order_read_quantity(rd->u, text, tokens, a, th->end, qty) == th->begin - a)
            return true;
    }
    return false;
}

void order_read_leftovers_restated(const struct order_reader *rd, const char *text,
                                   const struct order_token *tokens, struct order_reading *rg)
{
    if (!ORDER_CUES_ANY(&rg->cues, "the") ||
        !ORDER_CUES_ANY(&rg->cues, "one", "ones", "kind", "type", "sort"))
        return;
    for (size_t t = 0; t < rg->n_things; t++) {
        struct order_thing *th = &rg->things[t];
        if (th->is_span || th->reference || th->past || th->qty_explicit ||
            th->leftover_kind != ORDER_LEFTOVER_FOOD)
            continue;
        struct order_thing *x = NULL; /* the thing right after it */
        for (size_t y = 0; y < rg->n_things; y++)
            if (rg->things[y].begin >= th->end && (!x || rg->things[y].begin < x->begin))
                x = &rg->things[y];
        bool plural = false;
        int32_t item = x && x->is_span ? restated_narrowed(rd, rg, th, x) : -1;
        if (!x || !x->is_span || x->reference || item < 0 || x->qty_explicit ||
            x->clause != th->clause || !restated_form(text, tokens, rg, th->end, x, &plural) ||
            !restated_kind(rd, text, tokens, rg, th, item))
            continue;
        th->reference = true; /* "the cheesy taco, the quesabirria one": one dish */
        if (x->item < 0)
            order_thing_pin(x, item); /* "the carnitas ones" of the tacos: the taco */
        /* "2 crunchy tacos, the quesabirria ones" (or "one": which of them all are): the count
         * of the description is the dish's */
        int32_t qty = 1;
        bool vague = false;
        if (restated_count(rd, text, tokens, rg, th, &qty, &vague)) {
            x->qty = qty;
            x->qty_explicit = !vague;
            x->qty_unclear = vague;
        }
    }
}
