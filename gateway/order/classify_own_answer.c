/* classify_own_answer.c — the customer answering their own question (classify.c, reading.h
 * pass 5): "does the wrap have sesame? ah, tahini, of course it does", "any dairy in the
 * brownie? butter, obviously". Right after a question, a clause naming only food the menu
 * lacks, then a word that says the answer was plain all along ("of course", "obviously",
 * "duh", "silly me"), names what the answer is: no dish asked for, and no food to decline.
 * Before the food ("of course, churros") the word may as well agree to a dish asked for. So
 * does a clause naming nothing that reads the answer off the menu ("oh wait menu says six"). */
#include "gateway/order/classify_internal.h"

/* Does clause cl hold, from token from on, a word of the plain answer ("of course",
 * "obviously", "silly me")? */
static bool own_answer_marked(const struct order_class_input *in, const struct order_clause *cl,
                              size_t from)
{
    static const char *const plain[] = {"ofc", "obviously", "duh", "clearly", "naturally"};
    for (size_t i = from; i < cl->end; i++)
        if (order_tok_in(in->text, in->tokens, i, cl->end, plain, ORDER_WORDS_N(plain)) ||
            (order_tok_is(in->text, in->tokens, i, cl->end, "of") &&
             order_tok_is(in->text, in->tokens, i + 1U, cl->end, "course")) ||
            (order_tok_is(in->text, in->tokens, i, cl->end, "silly") &&
             order_tok_is(in->text, in->tokens, i + 1U, cl->end, "me")))
            return true;
    return false;
}

/* Where clause c's things end when all are food the menu lacks, none counted, at least one;
 * 0 when not so. */
static size_t own_answer_food_end(const struct order_class_input *in,
                                  const struct order_reading *rg, size_t c)
{
    size_t end = 0;
    for (size_t t = 0; t < rg->n_things; t++) {
        const struct order_thing *th = &rg->things[t];
        if (th->clause != c)
            continue;
        if (th->is_span || th->qty_explicit || th->reference ||
            !classify_names_food(in, th->begin, th->end))
            return 0;
        end = th->end > end ? th->end : end;
    }
    return end;
}

/* Does clause c, naming nothing, read the answer off the menu: "the menu says six", "oh
 * wait it says so", "the app lists them"? */
static bool own_answer_read_off(const struct order_class_input *in, const struct order_reading *rg,
                                size_t c)
{
    static const char *const sources[] = {"menu", "it", "website", "site", "app", "page"};
    static const char *const saying[] = {"says", "said", "shows", "lists", "sez"};
    const struct order_clause *cl = &rg->clauses[c];
    for (size_t t = 0; t < rg->n_things; t++)
        if (rg->things[t].clause == c)
            return false;
    for (size_t i = cl->begin; i + 1U < cl->end; i++)
        if (order_tok_in(in->text, in->tokens, i, cl->end, sources, ORDER_WORDS_N(sources)) &&
            order_tok_in(in->text, in->tokens, i + 1U, cl->end, saying, ORDER_WORDS_N(saying)))
            return true;
    return false;
}

void classify_own_answers(const struct order_class_input *in, struct order_reading *rg)
{
    /* a verb of the menu saying, or a word of the plain answer ("of course", "silly me") */
    if (!ORDER_CUES_ANY(&rg->cues, "says", "said", "shows", "lists", "sez", "ofc", "obviously",
                        "duh", "clearly", "naturally", "course", "silly"))
        return;
    for (size_t c = 1; c < rg->n_clauses; c++) {
        struct order_clause *cl = &rg->clauses[c];
        if (rg->clauses[c - 1U].intent == ORDER_INTENT_QUESTION &&
            cl->intent == ORDER_INTENT_OTHER && !cl->question_form &&
            own_answer_read_off(in, rg, c)) {
            cl->intent = ORDER_INTENT_NONE; /* "oh wait menu says six" */
            continue;
        }
        if (rg->clauses[c - 1U].intent != ORDER_INTENT_QUESTION ||
            !classify_request_unmarked(in, cl) || cl->question_form)
            continue;
        size_t food_end = own_answer_food_end(in, rg, c);
        if (food_end == 0 || !own_answer_marked(in, cl, food_end))
            continue;
        cl->intent = ORDER_INTENT_NONE;
    }
}
