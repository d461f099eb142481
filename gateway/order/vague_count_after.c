/* vague_count_after.c — an amount with no number said after the dish it counts (reading.h):
 * "Onion rings. Lots of them", "fries please, a bunch of those", "fries, enough for
 * everyone". The words point back at the dish just named as "lots of onion rings" names it
 * at once: how many is open, asked back, never a silent one. */
#include <string.h>

#include "gateway/order/reading.h"

/* Does [p, e) hold only what may end a clause after the amount: punctuation and "please"? */
static bool vague_after_rest(const char *text, const struct order_token *tokens, size_t p, size_t e)
{
    static const char *const polite[] = {"please", "pls", "plz"};
    for (; p < e; p++)
        if (tokens[p].kind != ORDER_TOKEN_PUNCT &&
            !order_tok_in(text, tokens, p, e, polite, ORDER_WORDS_N(polite)))
            return false;
    return true;
}

/* After "enough for", where the words of whom it is for end ("everyone", "all of us", "the
 * whole table"): at most four words; past e when there are none. */
static size_t vague_for_whom_end(const char *text, const struct order_token *tokens, size_t q,
                                 size_t e)
{
    enum { WHOM_WORDS_MAX = 4 };
    static const char *const polite[] = {"please", "pls", "plz"};
    size_t r = q;
    while (r < e && r < q + WHOM_WORDS_MAX && tokens[r].kind == ORDER_TOKEN_WORD &&
           !order_tok_in(text, tokens, r, e, polite, ORDER_WORDS_N(polite)))
        r++;
    return r > q ? r : e + 1U; /* nothing after "for": no amount */
}

/* The tokens at p that are an amount with no number pointing back ("lots of them", "a bunch
 * of those", "loads"), the rest of the clause saying nothing more; 0 when none. */
static size_t vague_pointing_back(const struct order_reader *rd, const char *text,
                                  const struct order_token *tokens, size_t p, size_t e)
{
    static const char *const back[] = {"them", "those", "these", "em"};
    size_t k = order_patterns_longest(&rd->u->vague_quantities, text, tokens, p, e, NULL);
    if (k == 0)
        return 0;
    size_t q = p + k;
    if (order_tok_in(text, tokens, q, e, back, ORDER_WORDS_N(back)))
        q++;
    else if (k == 1U && order_tok_is(text, tokens, p, e, "enough") &&
             order_tok_is(text, tokens, q, e, "for"))
        q = vague_for_whom_end(text, tokens, q + 1U, e); /* "enough for everyone" */
    else if (order_tok_is(text, tokens, q, e, "of") &&
             order_tok_in(text, tokens, q + 1U, e, back, ORDER_WORDS_N(back)))
        q += 2U;
    else if (!order_tok_is(text, tokens, p + k - 1U, e, "of") && k == 1U &&
             !order_tok_is(text, tokens, p, e, "lots") &&
             !order_tok_is(text, tokens, p, e, "loads"))
        return 0; /* alone only "lots", "loads": "some" or "enough" alone answer otherwise */
    return q <= e && vague_after_rest(text, tokens, q, e) ? q - p : 0;
}

/* May an amount said after its dish start at p: where the clause starts, or right after a
 * comma that sets it off ("fries, a bunch of those")? */
static bool vague_may_start(const struct order_token *tokens, const struct order_clause *cl,
                            size_t p)
{
    return p == cl->begin ||
           (tokens[p - 1U].kind == ORDER_TOKEN_PUNCT && tokens[p - 1U].punct == ',');
}

/* The thing read last before token p, no reference back: the dish a count after it is of. */
static struct order_thing *vague_last_thing_before(struct order_reading *rg, size_t p)
{
    struct order_thing *dish = NULL;
    for (size_t t = 0; t < rg->n_things; t++) {
        struct order_thing *th = &rg->things[t];
        if (th->end <= p && !th->reference && (!dish || th->end > dish->end))
            dish = th;
    }
    return dish;
}

/* "some onion rings and fries": an amount with no number before dishes joined by "and", the
 * later ones bare plurals (no article, no count of their own), counts them all: how many of
 * each is open. "some onion rings and a coke" counts the coke by its article. */
static void vague_over_joined(const char *text, const struct order_token *tokens,
                              struct order_reading *rg)
{
    static const char *const joins[] = {"and", "&", "n"};
    for (size_t t = 0; t + 1U < rg->n_things; t++) {
        const struct order_thing *a = &rg->things[t];
        struct order_thing *b = &rg->things[t + 1U];
        if (!a->is_span || a->reference || !a->qty_unclear || !b->is_span || b->reference ||
            b->item < 0 || b->qty_explicit || b->qty_unclear || b->clause != a->clause ||
            b->begin != a->end + 1U || b->mods.n > 0)
            continue;
        const struct order_token *j = &tokens[a->end];
        bool joined = order_tok_in(text, tokens, a->end, b->begin, joins, ORDER_WORDS_N(joins)) ||
                      (j->kind == ORDER_TOKEN_PUNCT && j->punct == '&');
        const struct order_token *last = &tokens[b->end - 1U];
        if (joined && last->kind == ORDER_TOKEN_WORD && last->len > 3U &&
            text[last->off + last->len - 1U] == 's')
            b->qty_unclear = true;
    }
}

const char *const order_count_hedges[ORDER_COUNT_HEDGES] = {"maybe", "perhaps", "possibly",
                                                            "probably", "prob"};

/* The tokens at p of a count the customer is unsure of, said after a count: "maybe 3",
 * "actually maybe 3?", "or possibly 4", the rest of the clause saying nothing more; 0 when
 * none. */
static size_t vague_hedged_number(const struct order_reader *rd, const char *text,
                                  const struct order_token *tokens, size_t p, size_t e)
{
    static const char *const leads[] = {"actually", "or", "well", "hmm"};
    size_t q = p;
    while (q < e && order_tok_in(text, tokens, q, e, leads, ORDER_WORDS_N(leads)))
        q++;
    if (!order_tok_in(text, tokens, q, e, order_count_hedges, ORDER_COUNT_HEDGES))
        return 0;
    int32_t v = 0;
    size_t k = order_read_number(rd->u, text, tokens, q + 1U, e, &v);
    if (k == 0 || v < 1)
        return 0;
    return vague_after_rest(text, tokens, q + 1U + k, e) ? q + 1U + k - p : 0;
}

/* "2 beef burgers... actually maybe 3?", "4 tacos, maybe 5": a hedged count right after a
 * counted dish leaves how many open: asked back, neither count taken. */
static void vague_hedged_after(const struct order_reader *rd, const char *text,
                               const struct order_token *tokens, struct order_reading *rg)
{
    if (!ORDER_CUES_ANY(&rg->cues, "maybe", "perhaps", "possibly", "probably", "prob"))
        return;
    for (size_t c = 0; c < rg->n_clauses; c++) {
        const struct order_clause *cl = &rg->clauses[c];
        for (size_t p = cl->begin; p < cl->end; p++) {
            size_t k = 0;
            if (!vague_may_start(tokens, cl, p) || rg->roles[p] == ORDER_ROLE_ITEM ||
                (k = vague_hedged_number(rd, text, tokens, p, cl->end)) == 0)
                continue;
            struct order_thing *dish = vague_last_thing_before(rg, p);
            if (dish && dish->is_span && dish->item >= 0 && dish->qty_explicit &&
                dish->clause + 1U >= c) {
                dish->qty_unclear = true;
                memset(rg->roles + p, ORDER_ROLE_QTY, k); /* the count's words, no question */
            }
            break;
        }
    }
}

/* Words [p, p + k) of an amount with no number, set off right after a dish of clause c named
 * without a count: they are its count, how many left open (asked back, never a silent one). */
static void vague_count_of_dish_right_before(struct order_reading *rg, size_t c, size_t p, size_t k)
{
    struct order_thing *dish = vague_last_thing_before(rg, p);
    if (dish && dish->is_span && dish->item >= 0 && !dish->qty_explicit && dish->clause == c &&
        dish->end + 1U == p) {
        dish->qty_unclear = true;
        memset(rg->roles + p, ORDER_ROLE_QTY, k);
    }
}

/* "fish tacos, as many as you can fit in a box", "tacos - as many as there are guests": "as
 * many as" with no number, set off after a dish named without a count, leaves its count open;
 * its words are the count's (vague_as_many.c). */
static void vague_as_many_after(const struct order_reader *rd, const char *text,
                                const struct order_token *tokens, struct order_reading *rg)
{
    if (!ORDER_CUES_ANY(&rg->cues, "many", "much") || !ORDER_CUES_ANY(&rg->cues, "as"))
        return;
    for (size_t c = 0; c < rg->n_clauses; c++) {
        const struct order_clause *cl = &rg->clauses[c];
        for (size_t p = cl->begin + 1U; p < cl->end; p++) {
            size_t k = 0;
            if (tokens[p - 1U].kind != ORDER_TOKEN_PUNCT ||
                (tokens[p - 1U].punct != ',' && tokens[p - 1U].punct != '-') ||
                rg->roles[p] == ORDER_ROLE_ITEM ||
                (k = order_read_as_many(rd, text, tokens, p, cl->end)) == 0)
                continue;
            vague_count_of_dish_right_before(rg, c, p, k);
            break;
        }
    }
}

/* The words of an amount with no number closed by a bracket at p: one of the understanding's
 * ("a few", "lots", "several") or an article and a noun of amount whose "of" the bracket
 * leaves out ("a bunch", "a whole lot"); 0 when none, or when the bracket does not close
 * right after them. */
static size_t vague_bracketed_at(const struct order_reader *rd, const char *text,
                                 const struct order_token *tokens, size_t p, size_t e)
{
    static const char *const amounts[] = {"bunch", "lot", "ton", "load", "heap", "pile", "handful"};
    size_t k = order_patterns_longest(&rd->u->vague_quantities, text, tokens, p, e, NULL);
    if (k > 0 && order_tok_is(text, tokens, p + k - 1U, e, "of"))
        k = 0; /* "a bunch of" wants what it counts after it */
    if (k == 0 && order_tok_is(text, tokens, p, e, "a")) {
        size_t q = p + 1U + (order_tok_is(text, tokens, p + 1U, e, "whole") ? 1U : 0U);
        if (order_tok_in(text, tokens, q, e, amounts, ORDER_WORDS_N(amounts)))
            k = q + 1U - p;
    }
    bool closed =
        k > 0 && p + k < e && tokens[p + k].kind == ORDER_TOKEN_PUNCT && tokens[p + k].punct == ')';
    return closed ? k : 0;
}

/* "tacos al pastor (a bunch)", "churros (lots)": an amount with no number in brackets right
 * after a dish named without a count is its count, how many left open: asked back, never a
 * silent one. */
static void vague_bracketed_after(const struct order_reader *rd, const char *text,
                                  const struct order_token *tokens, struct order_reading *rg)
{
    for (size_t c = 0; c < rg->n_clauses; c++) {
        const struct order_clause *cl = &rg->clauses[c];
        for (size_t p = cl->begin + 1U; p < cl->end; p++) {
            size_t k = 0;
            if (tokens[p - 1U].kind != ORDER_TOKEN_PUNCT || tokens[p - 1U].punct != '(' ||
                rg->roles[p] == ORDER_ROLE_ITEM ||
                (k = vague_bracketed_at(rd, text, tokens, p, cl->end)) == 0)
                continue;
            vague_count_of_dish_right_before(rg, c, p, k);
        }
    }
}

void order_read_vague_counts_after(const struct order_reader *rd, const char *text,
                                   const struct order_token *tokens, struct order_reading *rg)
{
    vague_over_joined(text, tokens, rg);
    vague_hedged_after(rd, text, tokens, rg);
    vague_as_many_after(rd, text, tokens, rg);
    vague_bracketed_after(rd, text, tokens, rg);
    for (size_t c = 0; c < rg->n_clauses; c++) {
        const struct order_clause *cl = &rg->clauses[c];
        for (size_t p = cl->begin; p < cl->end; p++) {
            if (!vague_may_start(tokens, cl, p) || rg->roles[p] == ORDER_ROLE_ITEM ||
                vague_pointing_back(rd, text, tokens, p, cl->end) == 0)
                continue;
            struct order_thing *dish = vague_last_thing_before(rg, p);
            /* the dish right before: in this clause or the one before, asked for once */
            if (!dish || !dish->is_span || dish->item < 0 || dish->qty_explicit ||
                dish->qty_unclear || dish->clause + 1U < c)
                break;
            dish->qty_unclear = true;
            break;
        }
    }
}
