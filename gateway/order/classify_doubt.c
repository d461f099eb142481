/* classify_doubt.c — orders the reading could not explain (classify.c, reading.h pass 5).
 * The passes before read a clause by its form and its cues; customers find forms nobody
 * listed ("can we pre-order 6 cheeseburgers?", "can I add 2 horchatas to it?"). A dish
 * counted out in a message that, read that way, orders nothing is the one sign of an order
 * that no phrasing hides: nobody counts dishes in a question about the menu or in small
 * talk, while what happened to an order before ("I ordered 2 tacos and got 1"), an order
 * withdrawn, a price asked ("how much for 2 ...") or an order for a later day asked about
 * ("could we order 30 churros for friday?") says so in words. Such a clause is read as a request
 * the reading is unsure of: the message becomes an order a person confirms (review), never one lost
 * as a question or a remark. So is a count the customer is unsure of ("3 or 4 tacos"), a count
 * pointing back at the dish of the question before ("how much are the fries? ill take 2"), and
 * food asked for with the choice left to the kitchen ("surprise me"). */
#include "gateway/order/classify_internal.h"

/* Is thing th a dish counted out: a menu span right after its count ("6 cheeseburgers",
 * "two horchatas")? Not one pointed at ("the 2 tacos", "your two smoothies") or back ("2 of
 * those"), nor a count guessed at ("like 30 tacos", "around 40"): a plan still talked over. */
/* Is the count before thing th a range ("3 or 4 tacos", "two or three burritos"):
 * a count the customer is unsure of, still a count of dishes wanted. A hedge before it ("like
 * 3 or 4") adds no doubt a range does not already hold. */
static bool doubt_count_range(const struct order_class_input *in, const struct order_reading *rg,
                              const struct order_thing *th)
{
    if (!ORDER_CUES_ANY(&rg->cues, "or", "to"))
        return false;
    if (!th->is_span || th->reference || th->points_back || th->begin < 3U)
        return false;
    size_t q = th->begin - 1U, o = q - 1U, r = q - 2U;
    const struct order_token *t = in->tokens;
    bool joined = order_tok_is(in->text, t, o, in->n_tokens, "or") ||
                  order_tok_is(in->text, t, o, in->n_tokens, "to");
    return joined && rg->roles[q] == ORDER_ROLE_QTY && t[r].kind == ORDER_TOKEN_WORD &&
           (rg->roles[r] == ORDER_ROLE_QTY ||
            (in->text[t[r].off] >= '0' && in->text[t[r].off] <= '9'));
}

static bool doubt_counted_dish(const struct order_class_input *in, const struct order_reading *rg,
                               const struct order_thing *th)
{
    static const char *const before[] = {"the",  "your",  "ur",      "yours",  "those",  "these",
                                         "my",   "our",   "their",   "like",   "about",  "around",
                                         "some", "maybe", "roughly", "approx", "nearly", "almost"};
    if (doubt_count_range(in, rg, th))
        return true;
    if (!th->is_span || th->reference || th->points_back || th->qty < 1 || th->begin == 0)
        return false;
    static const char *const articles[] = {"the", "a", "an"}; /* a count's role, no count */
    size_t q = th->begin - 1U;
    /* "a dozen fish tacos", "half a dozen": a count said as a noun after its article is a
     * count all the same */
    bool dozen = order_tok_is(in->text, in->tokens, q, in->n_tokens, "dozen");
    if (!(th->qty_explicit || dozen) || rg->roles[q] != ORDER_ROLE_QTY ||
        order_tok_in(in->text, in->tokens, q, in->n_tokens, articles, ORDER_WORDS_N(articles)))
        return false;
    /* the guess is said before the whole count: "like a dozen", "about half a dozen" */
    static const char *const count_words[] = {"a", "half"};
    while (dozen && q > 0 &&
           order_tok_in(in->text, in->tokens, q - 1U, in->n_tokens, count_words,
                        ORDER_WORDS_N(count_words)))
        q--;
    return q == 0 ||
           !order_tok_in(in->text, in->tokens, q - 1U, in->n_tokens, before, ORDER_WORDS_N(before));
}

/* Does the part [b, e) ask how much, how many or how long ("how much for 2 cheeseburgers"),
 * or the price ("whats the price on a dozen quesabirria tacos")? A count in such a question
 * is the matter asked about, not an order. */
static bool doubt_asks_how(const struct order_class_input *in, size_t b, size_t e)
{
    static const char *const how[] = {"how", "price", "prices", "cost", "costs"};
    for (size_t i = b; i < e; i++)
        if (order_tok_in(in->text, in->tokens, i, e, how, ORDER_WORDS_N(how)))
            return true;
    return false;
}

/* Where the part of clause cl that holds token at starts: after the last comma, semicolon
 * or dash before it ("I ordered online for pickup at 6, can I add 2 horchatas": the past
 * is the first part's). */
static size_t doubt_part_begin(const struct order_class_input *in, const struct order_clause *cl,
                               size_t at)
{
    size_t b = at;
    while (b > cl->begin) {
        const struct order_token *t = &in->tokens[b - 1U];
        if (t->kind == ORDER_TOKEN_PUNCT && (t->punct == ',' || t->punct == ';' || t->punct == '-'))
            break;
        b--;
    }
    return b;
}

/* The clause that counts thing th from after it ("how much are the fries? ill take 2", "is
 * the flan sweet? 2 then"): the clause right after th's, holding a count and no dish of its
 * own, when th was named without a count before it but took one. A count with nothing to
 * count points back at the dish just named; the clause orders it. Returns that clause, or
 * n_clauses when there is none. */
static size_t doubt_counted_back(const struct order_understanding *u,
                                 const struct order_class_input *in, const struct order_reading *rg,
                                 const struct order_thing *th)
{
    size_t c = th->clause + 1U;
    if (!th->is_span || th->reference || !th->qty_explicit || th->qty < 1 || c >= rg->n_clauses ||
        (th->begin > 0 && rg->roles[th->begin - 1U] == ORDER_ROLE_QTY))
        return rg->n_clauses;
    for (size_t t = 0; t < rg->n_things; t++)
        if (rg->things[t].clause == c && !rg->things[t].reference)
            return rg->n_clauses;
    /* the count is asked for: after a request opener ("ill take 2", "gimme two"), or alone
     * with a word or two ("2 then", "two please"); "2 of my friends love them" counts people */
    const struct order_clause *cl = &rg->clauses[c];
    bool opener = false;
    int32_t v;
    for (size_t i = cl->begin; i < cl->end; i++) {
        bool count = rg->roles[i] == ORDER_ROLE_QTY ||
                     (rg->roles[i] == ORDER_ROLE_NONE &&
                      order_read_number(u, in->text, in->tokens, i, cl->end, &v) > 0);
        if (count && (opener || (i == cl->begin && (size_t)(cl->end - cl->begin) <= 3U)))
            return c;
        opener = opener || rg->roles[i] == ORDER_ROLE_OPENER;
    }
    return rg->n_clauses;
}

/* Is clause c one that orders the dish it counts back at: no question of how much or how
 * many, nothing past, no order for a later day, nothing cancelled? */
static bool doubt_orders_back(const struct order_class_input *in, const struct order_reading *rg,
                              size_t c)
{
    const struct order_clause *cl = &rg->clauses[c];
    return !cl->question_form && !doubt_asks_how(in, cl->begin, cl->end) &&
           !classify_orders_ahead(in, cl) && !classify_about_past(in, rg, cl, cl->end, false) &&
           !classify_cancels_order(in, rg, c);
}

/* Does clause c leave the choice of dish to the kitchen ("surprise me", "chef's choice",
 * "whatever's good", "whatever you recommend")? That orders food without naming any: no
 * dish can be counted in it, yet nothing in it is a question or a remark. Not when it is
 * asked ("is it chef's choice?"), told of the past, or said against ("don't surprise me").
 * Returns the phrase's tokens, from *at; 0 when none. */
static size_t doubt_choice_left(const struct order_class_input *in, const struct order_reading *rg,
                                size_t c, size_t *at)
{
    static const char *const phrases[][3] = {
        {"surprise", "me", NULL},         {"surprise", "us", NULL},
        {"chefs", "choice", NULL},        {"dealers", "choice", NULL},
        {"whatevers", "good", NULL},      {"whatevers", "best", NULL},
        {"whatevers", "popular", NULL},   {"whatever", "is", "good"},
        {"whatever", "you", "recommend"}, {"whatever", "u", "recommend"},
        {"whatever", "you", "suggest"},   {"whatever", "you", "think"}};
    static const char *const against[] = {"dont", "not", "never", "no"};
    /* the first words of phrases */
    if (!ORDER_CUES_ANY(&rg->cues, "surprise", "chefs", "dealers", "whatevers", "whatever"))
        return 0;
    const struct order_clause *cl = &rg->clauses[c];
    if (cl->question_form || classify_about_past(in, rg, cl, cl->end, false))
        return 0;
    for (size_t i = cl->begin; i < cl->end; i++) {
        if (rg->roles[i] == ORDER_ROLE_ITEM ||
            (i > cl->begin &&
             order_tok_in(in->text, in->tokens, i - 1U, cl->end, against, ORDER_WORDS_N(against))))
            continue;
        for (size_t p = 0; p < ORDER_WORDS_N(phrases); p++) {
            size_t k = 0;
            while (k < 3U && phrases[p][k] &&
                   order_tok_is(in->text, in->tokens, i + k, cl->end, phrases[p][k]))
                k++;
            if (k == 3U || !phrases[p][k]) {
                *at = i;
                return k;
            }
        }
    }
    return 0;
}

void classify_doubtful_requests(const struct order_understanding *u,
                                const struct order_class_input *in, struct order_reading *rg)
{
    /* a dish counted back from the clause after its own is ordered by that clause: it joins
     * that clause's dishes, so the order holds it, not only the question about it. The move
     * is a fact of the reading, made once: a later classification of the same reading finds
     * the dish in the counting clause and reads that clause by its own form. */
    for (size_t t = 0; t < rg->n_things; t++) {
        struct order_thing *th = &rg->things[t];
        size_t back = doubt_counted_back(u, in, rg, th);
        if (back >= rg->n_clauses || rg->clauses[th->clause].intent == ORDER_INTENT_REQUEST)
            continue;
        if (rg->clauses[back].intent != ORDER_INTENT_REQUEST) {
            if (!doubt_orders_back(in, rg, back))
                continue;
            rg->clauses[back].intent = ORDER_INTENT_REQUEST;
            rg->unsure = true;
        }
        th->clause = (uint8_t)back;
    }
    if (classify_any_intent(rg, ORDER_INTENT_REQUEST))
        return;
    for (size_t c = 0; c < rg->n_clauses; c++) {
        size_t at = 0, k = doubt_choice_left(in, rg, c, &at);
        if (k == 0)
            continue;
        rg->clauses[c].intent = ORDER_INTENT_REQUEST;
        rg->unsure = true;
        /* "just surprise us", with nothing else named: the choice is what a person asks
         * back; with a dish or a kind named ("a wrap, surprise me"), that is asked back */
        if (rg->n_things == 0 && order_read_add_unreadable(in->text, in->tokens, c, at, at + k, rg))
            rg->things[0].left_to_us = true;
    }
    for (size_t t = 0; t < rg->n_things; t++) {
        const struct order_thing *th = &rg->things[t];
        struct order_clause *cl = &rg->clauses[th->clause];
        if (cl->intent == ORDER_INTENT_REQUEST || !doubt_counted_dish(in, rg, th))
            continue;
        /* what happened to an order ("got 2 tacos instead of 3") is told in the past */
        struct order_clause part = *cl;
        part.begin = (uint16_t)doubt_part_begin(in, cl, th->begin);
        bool asked_after = false; /* "if i get 2 tacos is that under 12 bucks?" supposes */
        if (doubt_asks_how(in, part.begin, th->begin) || classify_orders_ahead(in, cl) ||
            classify_imagined_purchase(in, rg, th->clause, &asked_after) > 0 ||
            classify_about_past(in, rg, &part, th->begin, false) ||
            classify_cancels_order(in, rg, th->clause) ||
            classify_waited_for(u, in, rg, th->clause) || /* "55 minutes for two wraps" */
            classify_got_fewer(u, in, rg, th->clause))    /* "2 horchatas, only got 1" */
            continue;
        cl->intent = ORDER_INTENT_REQUEST;
        /* "sent my order earlier but forgot - add 2 cakes": the part opens with a request
         * opener ("add", "can i get"); the request is said in words, the reading is sure */
        /* "..., anyway can we do 3 tacos": a word turning back to the point opens no doubt */
        static const char *const turning[] = {"anyway", "anyways", "so",  "ok",  "okay",
                                              "also",   "and",     "but", "well"};
        size_t at = part.begin;
        while (at < th->begin &&
               (rg->roles[at] == ORDER_ROLE_GREETING ||
                order_tok_in(in->text, in->tokens, at, th->begin, turning, ORDER_WORDS_N(turning))))
            at++;
        /* "is it possible to get three tacos": a counted dish asked for politely, as sure */
        if (ORDER_CUES_ANY(&rg->cues, "possible", "way") &&
            ORDER_CUES_ANY(&rg->cues, "get", "have", "order", "grab") &&
            classify_asks_possible_at(in, at, th->begin))
            continue;
        if (part.begin == cl->begin || !(rg->roles[at] == ORDER_ROLE_OPENER ||
                                         order_tok_is(in->text, in->tokens, at, th->begin, "add")))
            rg->unsure = true;
    }
}
