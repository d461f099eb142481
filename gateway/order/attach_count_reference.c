/* attach_count_reference.c — a count that points back at a dish named before, once read
 * (attach_references.c, reading.h pass 4): a smaller count with words of its own is a part
 * of the dish ("7 cheeseburgers. no pickles on 3 of them"), a count after the dish was only
 * talked of or asked about asks for it anew ("is it possible to get the burger with no
 * slaw? x2"), else it counts the dish ("the onion rings are amazing. 3 of those please"). */
#include "gateway/order/attach_internal.h"

/* "truffle fries - are they vegetarian? ... one order anyway": a dish named bare, without a
 * count or a request, then asked about, is the question's topic; a count pointing back after
 * the question asks for it anew. */
static bool attach_topic_of_question(const struct attach_state *st, const struct order_thing *last,
                                     size_t c)
{
    if (last->qty_explicit || st->rg->clauses[last->clause].request_form)
        return false;
    for (size_t q = (size_t)last->clause + 1U; q < c; q++)
        if (st->rg->clauses[q].question_start)
            return true;
    return false;
}

/* Does the question at token at ask whether a dish can be had: "is it possible to get",
 * "is it possible to have", "is there any way to get"? */
static bool attach_asks_possible(const struct attach_state *st, size_t at, size_t end)
{
    if (!ORDER_CUES_ANY(&st->rg->cues, "is") || !ORDER_CUES_ANY(&st->rg->cues, "to") ||
        !ORDER_CUES_ANY(&st->rg->cues, "get", "have", "order"))
        return false;
    enum { ASKING_WORDS_MAX = 5 };
    static const char *const asking[][ASKING_WORDS_MAX] = {{"is", "it", "possible", "to"},
                                                           {"is", "there", "any", "way", "to"},
                                                           {"is", "there", "a", "way", "to"}};
    static const char *const getting[] = {"get", "have", "order"};
    for (size_t a = 0; a < ORDER_WORDS_N(asking); a++) {
        size_t k = 0;
        while (k < ASKING_WORDS_MAX && asking[a][k] &&
               order_tok_is(st->text, st->tokens, at + k, end, asking[a][k]))
            k++;
        if ((k == ASKING_WORDS_MAX || !asking[a][k]) &&
            order_tok_in(st->text, st->tokens, at + k, end, getting, ORDER_WORDS_N(getting)))
            return true;
    }
    return false;
}

/* Does the dish asked for anew keep the changes it was asked about with? "is it possible to
 * get the burger with no slaw? x2": the dish asked for is the one asked about, changed. */
static bool attach_anew_as_asked(const struct attach_state *st, const struct order_thing *last)
{
    const struct order_clause *q = &st->rg->clauses[last->clause];
    size_t at = q->begin;
    while (at < q->end && st->rg->roles[at] == ORDER_ROLE_GREETING)
        at++;
    return q->question_start && last->mods.n > 0 && attach_asks_possible(st, at, q->end);
}

/* Is dish last changed in a question "can you make" ("can u make the veggie taco with salsa
 * verde instead?")? That asks for the dish so changed: a count pointing back after it, even
 * in a request ("if so i'll take two"), is its count, not one more. */
static bool attach_make_changed(const struct attach_state *st, const struct order_thing *last)
{
    if (!ORDER_CUES_ANY(&st->rg->cues, "make") || !ORDER_CUES_ANY(&st->rg->cues, "you", "u", "ya"))
        return false;
    const struct order_clause *q = &st->rg->clauses[last->clause];
    size_t at = q->begin;
    while (at < q->end && st->rg->roles[at] == ORDER_ROLE_GREETING)
        at++;
    return q->question_start && last->mods.n > 0 && !last->qty_explicit &&
           order_read_make_asked(st->text, st->tokens, at, q->end) > 0;
}

/* Does clause c open on a condition on the answer to the question before it ("if yes", "if
 * so"), one asking no change by a modal? */
static bool attach_if_answered(const struct attach_state *st, size_t c)
{
    /* the question asked no change of a dish ("can i swap the fries ...? if yes 2") */
    static const char *const modals[] = {"can", "could", "would", "may", "will"};
    for (size_t p = st->rg->clauses[c - 1U].begin; p < st->rg->clauses[c - 1U].end; p++)
        if (attach_in(st->text, st->tokens, p, st->rg->clauses[c - 1U].end, modals,
                      ORDER_WORDS_N(modals)))
            return false;
    static const char *const answers[] = {"yes", "so", "yeah", "yea", "possible", "ok"};
    const struct order_clause *cl = &st->rg->clauses[c];
    size_t at = cl->begin;
    while (at < cl->end && st->rg->roles[at] == ORDER_ROLE_GREETING)
        at++;
    return order_tok_is(st->text, st->tokens, at, cl->end, "if") &&
           attach_in(st->text, st->tokens, at + 1U, cl->end, answers, ORDER_WORDS_N(answers));
}

/* Does a count pointing back at dish last, named in a question, ask for it anew? Not after
 * a dish changed in a question "can you make". A question with no question word nor request
 * ("gluten free bun on the cheeseburger possible?") asks when the count hangs on its answer
 * ("if yes one of those"); "can u do the bowl with no sour cream? if so 2" counts the dish. */
static bool attach_question_asks_anew(const struct attach_state *st, const struct order_thing *last,
                                      size_t c)
{
    const struct order_clause *q = &st->rg->clauses[last->clause];
    return (q->question_start || (q->question_form && !q->request_form && last->clause < c &&
                                  attach_if_answered(st, c))) &&
           !attach_make_changed(st, last);
}

/* Is the "got" at p said of someone else: "she got", "my friend got", "mi amigo got"? The
 * customer's own "got" ("got a craving for that burger") may want it now. */
static bool attach_other_got(const struct attach_state *st, size_t b, size_t p, size_t e)
{
    static const char *const persons[] = {"he", "she", "they"};
    static const char *const owners[] = {"my", "his", "her", "our", "their", "mi"};
    return order_tok_is(st->text, st->tokens, p, e, "got") && p > b &&
           (attach_in(st->text, st->tokens, p - 1U, e, persons, ORDER_WORDS_N(persons)) ||
            (p > b + 1U &&
             attach_in(st->text, st->tokens, p - 2U, e, owners, ORDER_WORDS_N(owners))));
}

bool attach_told_of_past(const struct attach_state *st, const struct order_thing *th)
{
    if (!ORDER_CUES_ANY(&st->rg->cues, "had", "ordered", "tried", "ate", "bought", "got"))
        return false;
    static const char *const told[] = {"had", "ordered", "tried", "ate", "bought"};
    size_t b = st->rg->clauses[th->clause].begin;
    for (size_t p = b; p < th->begin; p++)
        if (attach_in(st->text, st->tokens, p, th->begin, told, ORDER_WORDS_N(told)) ||
            attach_other_got(st, b, p, th->begin))
            return true;
    return false;
}

/* "fries fries. three of em": the uncounted dishes of last's item named before it in its
 * clause, each one of the count that points back at them all (v); 0 when they are v or more
 * (the count is last's own then). */
static int32_t attach_named_again_before(const struct attach_state *st,
                                         const struct order_thing *last, int32_t v)
{
    int32_t n = 0;
    for (size_t t = 0; t < st->rg->n_things; t++) {
        const struct order_thing *x = &st->rg->things[t];
        if (x != last && x->is_span && x->item == last->item && x->clause == last->clause &&
            x->end <= last->begin && !x->qty_explicit && !x->reference && x->mods.n == 0)
            n += x->qty;
    }
    return n < v ? n : 0;
}

/* "how much for 2 cheeseburgers? can i get them": a plural pronoun with no count of its own
 * pointing at a dish counted in a clause that asked for nothing takes that count; the dish
 * was told of, not ordered, so "them" are all of it. Else v, the count read. */
static int32_t attach_them_take_count(const struct attach_state *st, const struct order_thing *last,
                                      size_t p, int32_t v)
{
    if (!ORDER_CUES_ANY(&st->cues, "them", "em", "those", "these"))
        return v;
    static const char *const plural[] = {"them", "em", "those", "these"};
    if (!last->qty_explicit || last->qty <= 1 || st->rg->clauses[last->clause].request_form ||
        !attach_in(st->text, st->tokens, p, st->e, plural, ORDER_WORDS_N(plural)))
        return v;
    return last->qty;
}

/* Clause c's reference [i, p] (k tokens of it a count of v) to dish last, the count read:
 * a part of the dish, the dish counted, or the dish asked for anew. */
void attach_count_reference(struct attach_state *st, size_t c, struct order_thing *last, size_t i,
                            size_t p, size_t k, int32_t v)
{
    struct order_clause *cl = &st->rg->clauses[c];
    if (k == 0)
        v = attach_them_take_count(st, last, p, v);
    if (attach_every_one(st, c, last, i, k, v))
        return; /* "no onion on either one": the whole dish's change */
    if (attach_count_taken_off(st, c, last, i, p, k, v))
        return; /* "cancel one of them": one fewer */
    /* "7 cheeseburgers. no pickles on 3 of them": a smaller count with words of its own
     * is a part of the dish, to take them; the words are read as modifiers of the part,
     * the span nearest before them (attach_leftovers) */
    bool words = !attach_nothing_else(st, cl->begin, i) ||
                 !attach_nothing_else(st, p + 1, cl->end) ||
                 attach_modifier_lead_at(st, p + 1, cl->end); /* "one no pickles" */
    if (attach_count_added(st, c, last, i, p, k, v))
        return; /* "2 tacos no onion. and one plain": one more */
    if (k > 0 && words && attach_part_of_rest(st, c, last, p, v))
        return; /* "2 wraps. one with hummus. one without tahini.": the next part */
    if (k > 0 && last->qty_explicit && v < last->qty && words) {
        struct order_thing *part = attach_split(st, last, v, cl->begin);
        if (part) {
            if (i > cl->begin && attach_points_at_count(st, cl->begin, i))
                st->rg->roles[i - 1] = ORDER_ROLE_QTY; /* "on" of "on 3 of them" */
            part->clause = (uint8_t)c;
            cl->n_spans++;
            return;
        }
    }
    /* "he got this burger with ... Can I get two of those": a request pointing at a dish
     * named outside a request asks for it anew, as after a question */
    /* "2 fish tacos. can i get them without the cabbage?": after a bare list, a pronoun
     * with no count of its own points at the dishes listed, asks for no more */
    if (k == 0 && !st->rg->clauses[last->clause].question_start &&
        attach_bare_list(st, last->clause))
        return;
    bool anew = attach_question_asks_anew(st, last, c) ||
                (cl->request_form && !st->rg->clauses[last->clause].request_form &&
                 !attach_make_changed(st, last) &&
                 /* "so please make them soft not crispy": the dish made so, no more of it */
                 !(k == 0 && i > 0 && order_tok_is(st->text, st->tokens, i - 1U, st->e, "make"))) ||
                attach_topic_of_question(st, last, c) ||
                (k > 0 && last->clause != c && attach_told_of_past(st, last));
    if (!anew || (last->clause != c && !last->qty_explicit && attach_forgot_named(st, last))) {
        last->qty = v - attach_named_again_before(st, last, v);
        last->qty_explicit = true;
        /* "the onion rings are amazing. 3 of those please": counted, the dish is asked
         * for, not only talked of */
        st->rg->clauses[last->clause].has_quantity = true;
        return;
    }
    if (st->rg->n_things == ORDER_ITEMS_MAX)
        return;
    struct order_thing *n = &st->rg->things[st->rg->n_things++];
    *n = *last;
    n->clause = (uint8_t)c;
    n->qty = v;
    n->qty_explicit = k > 0;
    if (!attach_anew_as_asked(st, last))
        n->mods.n = 0;
    n->begin = (uint16_t)i;
    n->end = (uint16_t)(p + 1);
    cl->n_spans++;
}
