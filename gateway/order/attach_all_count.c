/* attach_all_count.c — a clause that only counts every dish named before it (attach.c,
 * reading.h pass 4, through attach_references.c): "All x2.", "2 of each", "one of everything"
 * after a list, "one of each", "both", "one each" after questions that named several dishes. */
#include <string.h>

#include "gateway/order/attach_internal.h"

/* How many words at a, up to i, only say a decision was made after weighing ("screw it, 2 of
 * each", "fine 2 of each", "you know what, one of each"). */
static size_t attach_decided_words(const struct attach_state *st, size_t a, size_t i)
{
    static const char *const decided[] = {"screw", "it", "fine", "whatever", "eh",   "meh",
                                          "ugh",   "f",  "heck", "forget",   "you",  "know",
                                          "what",  "ok", "okay", "alright",  "yolo", "so"};
    size_t p = a;
    while (p < i && (st->tokens[p].kind == ORDER_TOKEN_PUNCT ||
                     attach_in(st->text, st->tokens, p, i, decided, ORDER_WORDS_N(decided))))
        p++;
    return p - a;
}

/* The words that make a count the count of every dish listed before it: "all x2", "all of
 * them x2", "everything x2", "x2 each", "2 of each". Is [a, i) (before the count) and
 * [p, e) (after it) one of these, and nothing else? */
static bool attach_counts_all(const struct attach_state *st, size_t a, size_t i, size_t p, size_t e)
{
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    while (a < i && !attach_free(st, a))
        a++;
    while (p < e && t[p].kind == ORDER_TOKEN_PUNCT)
        p++;
    bool all_before = false, each_after = false;
    if (a < i &&
        (order_tok_is(text, t, a, i, "all") || order_tok_is(text, t, a, i, "everything"))) {
        size_t w = a + 1;
        if (order_tok_is(text, t, w, i, "of") &&
            (order_tok_is(text, t, w + 1, i, "them") || order_tok_is(text, t, w + 1, i, "those")))
            w += 2;
        all_before = attach_nothing_else(st, w, i);
    }
    if (p < e) {
        size_t w = p + (order_tok_is(text, t, p, e, "of") ? 1 : 0);
        /* "(one of everything basically)", "one of each then", "2 of each anyway": a word that
         * only softens the summing up or closes the decision */
        static const char *const hedges[] = {"basically", "really", "honestly", "lol",    "haha",
                                             "then",      "anyway", "anyways",  "please", "pls",
                                             "plz",       "thanks", "thx"};
        size_t x = w + 1;
        while (attach_in(text, t, x, e, hedges, ORDER_WORDS_N(hedges)))
            x++;
        each_after =
            (order_tok_is(text, t, w, e, "each") || order_tok_is(text, t, w, e, "everything")) &&
            attach_nothing_else(st, x, e) &&
            attach_nothing_else(st, a + attach_decided_words(st, a, i), i);
    }
    return all_before ? attach_nothing_else(st, p, e) : each_after;
}

/* "do you have flan or churros? if yes one of each": a count of every dish after a question
 * and no dish listed since asks anew for each dish the question named, clause q. */
static bool attach_each_asked_anew(struct attach_state *st, size_t c, size_t q, int32_t v, size_t a,
                                   size_t b)
{
    size_t n = st->rg->n_things;
    bool any = false;
    for (size_t s = 0; s < n && st->rg->n_things < ORDER_ITEMS_MAX; s++) {
        const struct order_thing *th = &st->rg->things[s];
        if (th->clause != q || !th->is_span || th->item < 0 || th->reference)
            continue;
        struct order_thing *m = &st->rg->things[st->rg->n_things++];
        /* "ill take them": each as counted in the question; the count is what names it here */
        attach_dish_again(m, th, c, a, b, v > 0 ? v : th->qty, v > 0 || th->qty_explicit);
        m->points_back = true;
        st->rg->clauses[c].n_spans++;
        any = true;
    }
    return any;
}

/* The dishes are often asked about one question each ("is the flan fresh? does the cake have
 * nuts? one of each then"): the count asks anew for the dishes of every question in the run
 * that ends with clause q. Returns whether any dish was asked for. */
static bool attach_each_asked_run(struct attach_state *st, size_t c, size_t q, int32_t v, size_t a,
                                  size_t b)
{
    size_t first = q;
    while (first > 0 && (st->rg->clauses[first - 1U].question_form ||
                         st->rg->clauses[first - 1U].question_start))
        first--;
    bool any = false;
    for (size_t k = first; k <= q; k++)
        any = attach_each_asked_anew(st, c, k, v, a, b) || any;
    return any;
}

/* The words at i that count every dish asked about before, in a request naming none: "N of
 * each", or, closing the clause, "N each" ("ill take one each"), "both" ("ill take both
 * of them"), which counts two dishes once each (*two), or "them" (each as it was counted: *v
 * 0). Returns their length (count in *v), or 0. */
static size_t attach_each_words(struct attach_state *st, const struct order_clause *cl, size_t i,
                                int32_t *v, bool *two)
{
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    *two = false;
    if (!attach_free(st, i))
        return 0;
    size_t k = attach_count_at(st, i, cl->end, v);
    if (k > 0 && order_tok_is(text, t, i + k, cl->end, "of") &&
        order_tok_is(text, t, i + k + 1U, cl->end, "each"))
        return k + 2U;
    if (k > 0 && order_tok_is(text, t, i + k, cl->end, "each"))
        return attach_nothing_else(st, i + k + 1U, cl->end) ? k + 1U : 0;
    /* "how much for 2 truffle fries and a choc milkshake? ill take them": every dish asked
     * about, each with the count it was asked with (*v 0) */
    static const char *const them[] = {"them", "those", "em"};
    if (k == 0 && attach_in(text, t, i, cl->end, them, ORDER_WORDS_N(them)) &&
        attach_nothing_else(st, i + 1U, cl->end)) {
        *v = 0;
        return 1;
    }
    if (k > 0 || !order_tok_is(text, t, i, cl->end, "both"))
        return 0;
    k = 1;
    if (order_tok_is(text, t, i + 1U, cl->end, "of") &&
        (order_tok_is(text, t, i + 2U, cl->end, "them") ||
         order_tok_is(text, t, i + 2U, cl->end, "those") ||
         order_tok_is(text, t, i + 2U, cl->end, "em")))
        k = 3;
    *v = 1;
    *two = true;
    return attach_nothing_else(st, i + k, cl->end) ? k : 0;
}

/* "do you have flan or tres leches today? if yes I'll take one of each": a request that names
 * nothing but "N of each" (or "N each", "both") asks for N of every dish the questions
 * before it named. Returns whether it did. */
bool attach_each_asked(struct attach_state *st, size_t c)
{
    if (!ORDER_CUES_ANY(&st->cues, "each", "both", "them", "those", "em"))
        return false;
    const struct order_clause *cl = &st->rg->clauses[c];
    if (c == 0 || !cl->request_form || cl->n_spans > 0 || !st->rg->clauses[c - 1U].question_start)
        return false;
    for (size_t i = cl->begin; i < cl->end; i++) {
        int32_t v;
        bool two;
        size_t k = attach_each_words(st, cl, i, &v, &two);
        if (k == 0)
            continue;
        size_t n = st->rg->n_things;
        uint8_t spans = cl->n_spans;
        if (!attach_each_asked_run(st, c, c - 1U, v, i, i + k) || st->rg->n_things - n < 2 ||
            (two && st->rg->n_things - n != 2)) {
            st->rg->n_things = n; /* "one of each" of one dish is no list */
            st->rg->clauses[c].n_spans = spans;
            return false;
        }
        memset(st->rg->roles + i, ORDER_ROLE_QTY, k);
        return true;
    }
    return false;
}

/* "1 fish taco, 1 veggie taco (one of everything)": a count of every dish after a list whose
 * dishes, clauses from to c, all have that count already sums the list up; it asks for
 * nothing more. Is the list so? */
static bool attach_all_counted_so(const struct attach_state *st, size_t c, size_t from, int32_t v)
{
    bool any = false;
    for (size_t s = 0; s < st->rg->n_things; s++) {
        const struct order_thing *th = &st->rg->things[s];
        if (th->clause < from || th->clause >= c || th->reference)
            continue;
        if (!th->qty_explicit || th->qty != v)
            return false;
        any = true;
    }
    return any;
}

/* "Falafel wrap. Sweet potato fries. Mango smoothie. All x2.": a clause that only counts
 * every dish listed before it gives that count to the dishes of the clauses since the last
 * question, those without a count of their own. Returns whether it did. */
bool attach_all_count(struct attach_state *st, size_t c)
{
    if (!ORDER_CUES_ANY(&st->cues, "all", "everything", "each"))
        return false;
    const struct order_clause *cl = &st->rg->clauses[c];
    for (size_t i = cl->begin; i < cl->end; i++) {
        int32_t v;
        size_t k = attach_free(st, i) ? attach_count_at(st, i, cl->end, &v) : 0;
        if (k == 0)
            continue;
        if (!attach_counts_all(st, cl->begin, i, i + k, cl->end))
            return false;
        size_t from = 0; /* the first clause of the list: after the last question */
        for (size_t q = 0; q < c; q++)
            if (st->rg->clauses[q].question_form)
                from = q + 1;
        bool any = false;
        for (size_t s = 0; s < st->rg->n_things; s++) {
            struct order_thing *th = &st->rg->things[s];
            if (th->clause < from || th->clause >= c || th->reference || th->qty_explicit)
                continue;
            th->qty = v;
            th->qty_explicit = any = true;
        }
        if (!any && from > 0)
            any = attach_each_asked_run(st, c, from - 1U, v, i, i + k);
        if (!any)
            any = attach_all_counted_so(st, c, from, v);
        if (any)
            for (size_t p = cl->begin; p < cl->end; p++)
                if (attach_free(st, p))
                    st->rg->roles[p] = ORDER_ROLE_QTY;
        return any;
    }
    return false;
}
