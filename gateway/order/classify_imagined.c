/* classify_imagined.c — a purchase imagined, then asked about (classify.c, reading.h pass
 * 5): "if I ordered the chicken burger would it come with fries or is that extra",
 * "hypothetically if we got the bowl with no avocado, would it still be the same price?".
 * "if" with the customer as subject and a verb of buying in any tense puts the dish in a
 * supposition: nothing is asked for, and the past form is no report of an order that came.
 * What follows the supposition ("would it", "is that", "can you") is the question, about the
 * dish supposed. "if i could get ..." is a polite request, not a supposition: a modal stands
 * between the subject and the verb there. */
#include "gateway/order/classify_internal.h"

static const char *const imagined_subjects[] = {"i", "we"};
static const char *const imagined_verbs[] = {"order", "ordered", "get",    "got",
                                             "buy",   "bought",  "orderd", "picked",
                                             "pick",  "chose",   "choose", "went"};
/* "if i were to order", "if we just get" */
static const char *const imagined_bridges[] = {"were", "was", "to", "just", "only", "ever"};
/* the question of what follows, a modal or a verb of being put first */
static const char *const imagined_asks[] = {"would", "will", "does",  "do",     "is",
                                            "are",   "can",  "could", "should", "wd"};
static const char *const imagined_askers_of[] = {"it", "they", "that", "this",  "those", "you",
                                                 "u",  "ya",   "the",  "there", "i",     "we"};

/* The token after the verb of buying when clause cl opens with a supposition of buying ("if
 * i ordered", "hypothetically, if we were to get"); 0 when it does not. An opening adverb
 * ending "-ly" may stand before "if". */
static size_t classify_imagined_verb_end(const struct order_class_input *in,
                                         const struct order_reading *rg,
                                         const struct order_clause *cl)
{
    const char *text = in->text;
    const struct order_token *t = in->tokens;
    size_t e = cl->end, i = cl->begin;
    while (i < e && (rg->roles[i] == ORDER_ROLE_GREETING || t[i].kind == ORDER_TOKEN_PUNCT))
        i++;
    if (i < e && t[i].kind == ORDER_TOKEN_WORD && t[i].len > 4U &&
        text[t[i].off + t[i].len - 2U] == 'l' && text[t[i].off + t[i].len - 1U] == 'y') {
        i++;
        while (i < e && t[i].kind == ORDER_TOKEN_PUNCT && t[i].punct == ',')
            i++;
    }
    if (!order_tok_is(text, t, i, e, "if") ||
        !order_tok_in(text, t, i + 1U, e, imagined_subjects, ORDER_WORDS_N(imagined_subjects)))
        return 0;
    enum { BRIDGE_WORDS_MAX = 2 };
    size_t v = i + 2U;
    for (size_t k = 0; k < BRIDGE_WORDS_MAX && order_tok_in(text, t, v, e, imagined_bridges,
                                                            ORDER_WORDS_N(imagined_bridges));
         k++)
        v++;
    if (!order_tok_in(text, t, v, e, imagined_verbs, ORDER_WORDS_N(imagined_verbs)))
        return 0;
    if (order_tok_is(text, t, v, e, "went") && !order_tok_is(text, t, v + 1U, e, "with"))
        return 0; /* "if we went with the tacos"; "if i went there" buys nothing */
    return v + 1U;
}

/* Does a question of what follows ("would it", "is that", "can you") stand in [b, e)? */
static bool classify_imagined_asks(const struct order_class_input *in, size_t b, size_t e)
{
    for (size_t i = b; i + 1U < e; i++)
        if (order_tok_in(in->text, in->tokens, i, e, imagined_asks, ORDER_WORDS_N(imagined_asks)) &&
            order_tok_in(in->text, in->tokens, i + 1U, e, imagined_askers_of,
                         ORDER_WORDS_N(imagined_askers_of)))
            return true;
    return false;
}

size_t classify_imagined_purchase(const struct order_class_input *in,
                                  const struct order_reading *rg, size_t c, bool *asked_after)
{
    if (!ORDER_CUES_ANY(&rg->cues, "if") ||
        !ORDER_CUES_ANY(&rg->cues, "order", "ordered", "get", "got", "buy", "bought", "orderd",
                        "picked", "pick", "chose", "choose", "went")) {
        *asked_after = false;
        return 0;
    }
    const struct order_clause *cl = &rg->clauses[c];
    *asked_after = false;
    size_t v = classify_imagined_verb_end(in, rg, cl);
    if (v == 0 || classify_clause_things(rg, c) == 0)
        return 0;
    if (classify_imagined_asks(in, v, cl->end))
        return v;
    /* "if i ordered the chicken burger, would it come with fries?": the question in a clause
     * of its own right after */
    if (c + 1U < rg->n_clauses) {
        const struct order_clause *next = &rg->clauses[c + 1U];
        size_t b = next->begin;
        if (next->question_start ||
            classify_imagined_asks(in, b, b + 2U <= next->end ? b + 2U : next->end)) {
            *asked_after = true;
            return v;
        }
    }
    return 0;
}
