/* classify_plans.c — what a request says of the customer's own plans (classify.c, reading.h
 * pass 5): "2 cheeseburgers, i'll pay at the counter" tells how the order will be paid or
 * picked up, and "could you have the burger ready by 6?" asks for the dish to be prepared.
 * Words of pickup and payment are other-cues when they are the message's matter; beside
 * a dish asked for they only frame the request, as the customer's state does ("a cold brew,
 * running late"). */
#include <string.h>

#include "gateway/order/classify_internal.h"

/* Does a first person's plan start at token k: "i'll", "we'll", "i will", "we can"? "well"
 * stands for "we'll" only before a word, after a separator (", well pay by card"). */
static bool classify_plan_starts(const struct order_class_input *in, size_t k, size_t end)
{
    static const char *const who[] = {"i", "we"}, *const will[] = {"will", "can", "shall"};
    const char *t = in->text;
    if (order_tok_is(t, in->tokens, k, end, "ill"))
        return k + 1U < end && in->tokens[k + 1U].kind == ORDER_TOKEN_WORD;
    if (order_tok_is(t, in->tokens, k, end, "well"))
        return k + 1U < end && in->tokens[k + 1U].kind == ORDER_TOKEN_WORD &&
               !order_tok_is(t, in->tokens, k + 1U, end, "done");
    return order_tok_in(t, in->tokens, k, end, who, ORDER_WORDS_N(who)) &&
           order_tok_in(t, in->tokens, k + 1U, end, will, sizeof(will) / sizeof(*will));
}

/* Does the customer's own state start at token k, its subject left out: a verb in -ing
 * and a word after it ("running late", "heading over now")? */
static bool classify_state_starts(const struct order_class_input *in, size_t k, size_t end)
{
    enum { ING_VERB_MIN = 5 };
    const struct order_token *w = &in->tokens[k];
    const char *s = in->text + w->off;
    return w->kind == ORDER_TOKEN_WORD && w->len >= ING_VERB_MIN &&
           strncmp(s + w->len - 3U, "ing", 3) == 0 && k + 1U < end &&
           in->tokens[k + 1U].kind == ORDER_TOKEN_WORD;
}

size_t classify_plan_after_things(const struct order_class_input *in,
                                  const struct order_reading *rg, size_t c)
{
    static const char *const joins[] = {"and", "so", "then", "but"};
    const struct order_clause *cl = &rg->clauses[c];
    size_t last = 0; /* the end of the last thing the clause asks for */
    for (size_t x = 0; x < rg->n_things; x++)
        if (rg->things[x].clause == c && rg->things[x].end > last)
            last = rg->things[x].end;
    if (last == 0)
        return cl->end;
    for (size_t k = last; k + 1U < cl->end; k++) {
        const struct order_token *s = &in->tokens[k];
        bool separated =
            (s->kind == ORDER_TOKEN_PUNCT && s->punct == ',') ||
            order_tok_in(in->text, in->tokens, k, cl->end, joins, ORDER_WORDS_N(joins));
        /* a plan frames a request; the customer's state after a comma frames a bare list
         * of dishes too ("a cold brew, running late") */
        bool plan = cl->request_form && classify_plan_starts(in, k + 1U, cl->end);
        bool state = (cl->request_form || s->kind == ORDER_TOKEN_PUNCT) &&
                     classify_state_starts(in, k + 1U, cl->end);
        if (separated && (plan || state))
            return k;
    }
    return cl->end;
}

bool classify_asks_ready(const struct order_class_input *in, const struct order_reading *rg,
                         size_t c)
{
    static const char *const causes[] = {"have", "get"};
    static const char *const modals[] = {"can", "could", "would", "will", "please"};
    if (!ORDER_CUES_ANY(&rg->cues, "ready"))
        return false;
    const struct order_clause *cl = &rg->clauses[c];
    const char *t = in->text;
    size_t first = cl->end, last = 0;
    for (size_t x = 0; x < rg->n_things; x++) {
        const struct order_thing *th = &rg->things[x];
        if (th->clause != c || !th->is_span)
            continue;
        first = th->begin < first ? th->begin : first;
        last = th->end > last ? th->end : last;
    }
    size_t ready = last;
    while (ready < cl->end && !order_tok_is(t, in->tokens, ready, cl->end, "ready"))
        ready++;
    if (last == 0 || ready == cl->end)
        return false; /* "ready" after the dishes: their state once prepared */
    /* "could you have", "can u get", "please have": the verb and who is asked, before the
     * dishes, with at most an article between */
    for (size_t k = cl->begin; k < first; k++) {
        if (!order_tok_in(t, in->tokens, k, first, causes, ORDER_WORDS_N(causes)) || k + 3U < first)
            continue;
        bool asked = k > cl->begin && (order_tok_is(t, in->tokens, k - 1U, first, "you") ||
                                       order_tok_is(t, in->tokens, k - 1U, first, "u"));
        bool modal = asked ? k >= cl->begin + 2U && order_tok_in(t, in->tokens, k - 2U, first,
                                                                 modals, ORDER_WORDS_N(modals))
                           : k > cl->begin && order_tok_is(t, in->tokens, k - 1U, first, "please");
        if (modal)
            return true;
    }
    return false;
}
