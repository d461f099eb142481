/* classify_remark_own.c — a remark of its own after the dishes (classify_facts.c,
 * classify_clause.c, reading.h pass 5): "a flan, its my moms birthday", "a flan, you guys are
 * the best", "two tacos, yall rock", "a wrap, got home late". A part that holds only the
 * dishes, a mark, then a sentence in one of these shapes: "its" ("it is", "this is") and a
 * possessive (whose day it is), what befell the customer ("got home", "had a long day"), or "you"
 * and praise of the staff; or a remark on the place ("the app is down", "the line was long last
 * time") or a celebration ("we are celebrating"). The remark may come first, the dishes alone
 * after its mark ("i had a long day, a flan please"). Neither says anything of the dishes, nor are
 * the words of its cues ("birthday", "best") the matter of the message: the dishes before are asked
 * for. A part that names food, a count, something pointing back ("its missing", "you forgot it") or
 * a time before ("had a problem last time") is no such remark, nor is one naming a grievance
 * ("this is my third complaint"). */
#include "gateway/order/classify_internal.h"

#define REMARK_OWN_IN(list, at)                                                                    \
    order_tok_in(in->text, in->tokens, (at), cl->end, list, ORDER_WORDS_N(list))

/* Where the dishes opening the part [b, e) end: a dish named, with counts, articles, joins and
 * fillers around it; *dish is set when a dish was named before that. */
static size_t remark_own_dishes_end(const struct order_class_input *in,
                                    const struct order_reading *rg, const struct order_clause *cl,
                                    size_t b, size_t e, bool *dish)
{
    /* "each": how the dishes are shared out ("some wraps each, there are 3 of us") */
    static const char *const joins[] = {"a", "an", "the", "and", "&", "plus", "each"};
    *dish = false;
    for (size_t i = b; i < e; i++) {
        uint8_t r = rg->roles[i];
        if (in->tokens[i].kind == ORDER_TOKEN_PUNCT && i > b)
            continue; /* "a flan please!" */
        if (r != ORDER_ROLE_ITEM && r != ORDER_ROLE_QTY && r != ORDER_ROLE_FILLER &&
            r != ORDER_ROLE_GREETING && r != ORDER_ROLE_OPENER && !REMARK_OWN_IN(joins, i))
            return i;
        *dish = *dish || r == ORDER_ROLE_ITEM;
    }
    return e;
}

/* Does the part [b, e) hold only the dishes (remark_own_dishes_end)? */
static bool remark_own_dishes_only(const struct order_class_input *in,
                                   const struct order_reading *rg, const struct order_clause *cl,
                                   size_t b, size_t e)
{
    bool dish = false;
    return remark_own_dishes_end(in, rg, cl, b, e, &dish) == e && dish;
}

/* The length of a remark on the place at token i, or 0: "the" and the app, the site, the line
 * or the parking, a copula, perhaps "so" or "too", one word and perhaps "last time" or "today",
 * closing the part ("the app is down", "the line was long last time"); or the customer's own
 * celebration, newness, hope, hunger or haste ("we are celebrating", "were new in town", "hope
 * you are well", "im starving", "were in a rush"). Neither is
 * of the food: a time before here tells of the place, not of a dish. */
static size_t remark_own_place(const struct order_class_input *in, const struct order_clause *cl,
                               size_t i)
{
    static const char *const places[] = {"app",   "site", "website", "line",
                                         "queue", "wait", "parking"};
    static const char *const copulas[] = {"is", "was", "s", "seems"};
    static const char *const degrees[] = {"so", "too", "really", "super"};
    static const char *const celebrants[] = {"we", "were", "im", "i", "are", "am", "really"};
    static const char *const times[] = {"today", "tonight", "again"};
    const struct order_token *t = in->tokens;
    size_t n = i;
    while (REMARK_OWN_IN(celebrants, n))
        n++;
    static const char *const own[] = {"celebrating", "new", "hope", "hoping"};
    if (n > i && REMARK_OWN_IN(own, n))
        return n + 1U - i; /* what is celebrated or hoped follows, to the mark: "we are new in
                              town", "i hope you are well" */
    if (n == i && order_tok_is(in->text, t, n, cl->end, "hope"))
        return 1U; /* "hope its not too busy": the subject left out */
    static const char *const haste[] = {"rush", "hurry"};
    if (n > i && order_tok_is(in->text, t, n, cl->end, "in") &&
        order_tok_is(in->text, t, n + 1U, cl->end, "a") && REMARK_OWN_IN(haste, n + 2U) &&
        (n + 3U >= cl->end || t[n + 3U].kind == ORDER_TOKEN_PUNCT))
        return n + 3U - i; /* "we are in a rush" */
    static const char *const hunger[] = {"hungry", "starving", "famished", "starved"};
    size_t h = n > i && REMARK_OWN_IN(degrees, n) ? n + 1U : n; /* "we are so hungry" */
    if (n > i && REMARK_OWN_IN(hunger, h) &&
        (h + 1U >= cl->end || t[h + 1U].kind == ORDER_TOKEN_PUNCT))
        return h + 1U - i;
    if (!order_tok_is(in->text, t, i, cl->end, "the") || !REMARK_OWN_IN(places, i + 1U) ||
        !REMARK_OWN_IN(copulas, i + 2U))
        return 0;
    n = i + 3U;
    if (REMARK_OWN_IN(degrees, n))
        n++;
    if (n >= cl->end || t[n].kind != ORDER_TOKEN_WORD)
        return 0;
    n++;
    if (order_tok_is(in->text, t, n, cl->end, "last") &&
        order_tok_is(in->text, t, n + 1U, cl->end, "time"))
        n += 2U;
    else if (REMARK_OWN_IN(times, n))
        n++;
    return n >= cl->end || t[n].kind == ORDER_TOKEN_PUNCT ? n - i : 0;
}

/* The length of the remark's own opening at token i, or 0: "its" and a possessive; a remark on
 * the place or the customer's own (remark_own_place); where the customer is
 * (classify_remark_where.c: "im at the front desk", "table 4"); the weather outside; what befell
 * the customer ("got home", "had a"); "you" ("you guys", "yall", "youre") and praise closing the
 * part. */
static size_t remark_own_opening(const struct order_class_input *in, const struct order_reading *rg,
                                 const struct order_clause *cl, size_t i)
{
    static const char *const praise[] = {"awesome", "amazing", "legends", "great", "rock", "rule"};
    static const char *const whither[] = {"home", "back", "off"};
    const struct order_token *t = in->tokens;
    static const char *const outdoors[] = {"outside", "out"};
    /* "its my", and the same said in two words: "it is my", "this is our" */
    static const char *const these[] = {"it", "this", "that"};
    size_t c = REMARK_OWN_IN(these, i) && order_tok_is(in->text, t, i + 1U, cl->end, "is") ? 2U
               : order_tok_is(in->text, t, i, cl->end, "its")                              ? 1U
                                                                                           : 0U;
    if (c > 0 && order_tok_possessive(in->text, t, i + c, cl->end))
        return c + 1U;
    size_t place = remark_own_place(in, cl, i);
    if (place == 0)
        place = classify_remark_where(in, rg, cl, i); /* "im at the front desk" */
    if (place == 0)
        place = order_weather_said(in->text, t, i, cl->end); /* "it is so hot today" */
    if (place == 0)
        place = order_been_said(in->text, t, i, cl->end); /* "its been a long day" */
    if (place == 0)
        place = order_self_state_said(in->text, t, i, cl->end); /* "we are so hangry" */
    if (place == 0)
        place = classify_party_size(in, cl, i); /* "there are 3 of us" */
    if (place == 0)
        place = classify_praise_said(in, cl, i); /* "love you guys", "best burrito in town" */
    if (place > 0)
        return place;
    /* "its cold outside", "its so hot out": the weather, where, closing the part */
    size_t w = order_tok_is(in->text, t, i + 1U, cl->end, "so") ? i + 2U : i + 1U;
    if (order_tok_is(in->text, t, i, cl->end, "its") && w < cl->end &&
        t[w].kind == ORDER_TOKEN_WORD && REMARK_OWN_IN(outdoors, w + 1U) &&
        (w + 2U >= cl->end || t[w + 2U].kind == ORDER_TOKEN_PUNCT))
        return w + 2U - i;
    size_t s = i; /* "(i just) got home late", "(ive) had a long day" */
    while (classify_self_word(in, cl, s))
        s++;
    if ((order_tok_is(in->text, t, s, cl->end, "got") && REMARK_OWN_IN(whither, s + 1U)) ||
        (order_tok_is(in->text, t, s, cl->end, "had") &&
         order_tok_is(in->text, t, s + 1U, cl->end, "a")))
        return s + 2U - i;
    size_t n = order_tok_staff_addressed(in->text, t, i, cl->end);
    if (n == i)
        return 0;
    if (order_tok_is(in->text, t, n, cl->end, "the") &&
        order_tok_is(in->text, t, n + 1U, cl->end, "best"))
        n += 2U;
    else if (REMARK_OWN_IN(praise, n))
        n++;
    else
        return 0;
    if (order_tok_as_always(in->text, t, n, cl->end))
        n += 2U; /* "you guys are awesome as always" */
    static const char *const thanks[] = {"thanks", "thx", "ty"};
    if (order_tok_is(in->text, t, n, cl->end, "thank") &&
        order_tok_is(in->text, t, n + 1U, cl->end, "you"))
        n += 2U; /* "you are amazing thank you" */
    else if (REMARK_OWN_IN(thanks, n))
        n++;
    return n >= cl->end || t[n].kind == ORDER_TOKEN_PUNCT ? n - i : 0;
}

/* Does the remark opening at token r, to the next mark, name no food, count or anything pointing
 * back? Returns where it ends, or 0 when it is no remark. */
static size_t remark_own_end(const struct order_class_input *in, const struct order_reading *rg,
                             const struct order_clause *cl, size_t r)
{
    static const char *const pointing[] = {"it",  "them", "that", "this",  "those",
                                           "one", "ones", "last", "before"};
    size_t len = remark_own_opening(in, rg, cl, r);
    if (len == 0)
        return 0;
    size_t n = r + len;
    for (; n < cl->end && in->tokens[n].kind != ORDER_TOKEN_PUNCT; n++)
        if (order_tok_is(in->text, in->tokens, n, cl->end, "order") && n > r + len &&
            order_tok_is(in->text, in->tokens, n - 1U, cl->end, "first"))
            continue; /* "its my first order": which of the customer's orders, none named */
        else if (in->tokens[n].kind != ORDER_TOKEN_WORD || rg->roles[n] == ORDER_ROLE_QTY ||
                 classify_person_said_food(in, rg, cl, n) || REMARK_OWN_IN(pointing, n) ||
                 /* "this is my third complaint": a grievance named is the matter of the
                  * message, whose it is or not */
                 classify_grievance_named(in, n, cl->end))
            return 0;
    return n;
}

/* Does the part [b, e) tell a taste and nothing else, its foods none asked for ("i love mango",
 * "we love your fries": taste_liked.c; "mango is my favorite": favorite_told.c)? */
static bool remark_own_taste(const struct order_class_input *in, const struct order_reading *rg,
                             size_t b, size_t e)
{
    bool told = false;
    for (size_t x = 0; x < rg->n_things; x++) {
        if (rg->things[x].end <= b || rg->things[x].begin >= e)
            continue;
        if (!order_taste_liked_part(in->text, in->tokens, rg, x) &&
            !order_favorite_part(in->text, in->tokens, rg, x))
            return false;
        told = true;
    }
    return told;
}

/* Where the clause's words open after a greeting in a part of its own ("hi, a flan, its my
 * sisters birthday"): the greeting and its mark say nothing, the parts are read after them;
 * cl->begin when there is none. */
static size_t remark_own_greeted(const struct order_class_input *in, const struct order_reading *rg,
                                 const struct order_clause *cl)
{
    size_t g = cl->begin;
    while (g < cl->end && rg->roles[g] == ORDER_ROLE_GREETING)
        g++;
    if (g == cl->begin || g >= cl->end || in->tokens[g].kind != ORDER_TOKEN_PUNCT)
        return cl->begin;
    while (g < cl->end && in->tokens[g].kind == ORDER_TOKEN_PUNCT)
        g++;
    return g;
}

size_t classify_remark_own(const struct order_class_input *in, const struct order_reading *rg,
                           const struct order_clause *cl)
{
    size_t b = remark_own_greeted(in, rg, cl);
    size_t m = b;
    while (m < cl->end && in->tokens[m].kind != ORDER_TOKEN_PUNCT)
        m++;
    /* "a cheeseburger im at the front desk", "a wrap table 4": no mark before the remark, it
     * opens right after the dishes */
    bool dish = false;
    size_t j = remark_own_dishes_end(in, rg, cl, b, m, &dish);
    if (dish && j < m && remark_own_end(in, rg, cl, j) == m &&
        (m >= cl->end || remark_own_dishes_only(in, rg, cl, m + 1U, cl->end)))
        return j;
    if (m + 1U >= cl->end)
        return cl->end;
    /* "i had a long day, a flan please": the remark first, the dishes alone after its mark */
    if ((remark_own_end(in, rg, cl, b) == m || remark_own_taste(in, rg, b, m)) &&
        remark_own_dishes_only(in, rg, cl, m + 1U, cl->end))
        return b;
    size_t n = m + 1U; /* the part after the mark */
    while (n < cl->end && in->tokens[n].kind != ORDER_TOKEN_PUNCT)
        n++;
    if (!remark_own_dishes_only(in, rg, cl, b, m) ||
        (remark_own_end(in, rg, cl, m + 1U) == 0 && !remark_own_taste(in, rg, m + 1U, n) &&
         classify_verdict_after(in, rg, cl, b, m) == 0))
        return cl->end;
    return m + 1U;
}
