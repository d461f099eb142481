/* classify_asked_of_ordered.c — a dish asked for, then in the same sentence a question of
 * what "it" is: "one carrot cake please - is it really moist?", "two shakes, are they thick?"
 * (classify.c, reading.h pass 7). The question asks about the dish just ordered, as "is the
 * cake moist?" does; it stays a question beside the order, not a remark. A dish named
 * alone before such a question is its topic instead (classify_topics). */
#include "gateway/order/classify_internal.h"
#include "gateway/order/dictionary.h"
#include "gateway/order/lexicon.h"

/* Does the question clause q open with "is it" / "are they" ("is that", "are those"), maybe
 * a word of degree, and one adjective closing it ("is it too sour?")? */
static bool asked_what_it_is(const struct order_class_input *in, const struct order_reading *rg,
                             const struct order_clause *q)
{
    static const char *const copulas[] = {"is", "are"}, *const it[] = {"it", "they", "that",
                                                                       "those"};
    static const char *const degree[] = {"very", "really", "too",    "super",
                                         "so",   "kinda",  "pretty", "actually"};
    const char *text = in->text;
    const struct order_token *t = in->tokens;
    size_t at = q->begin;
    while (at < q->end && rg->roles[at] == ORDER_ROLE_GREETING)
        at++;
    if (!order_tok_in(text, t, at, q->end, copulas, ORDER_WORDS_N(copulas)) ||
        !order_tok_in(text, t, at + 1U, q->end, it, ORDER_WORDS_N(it)))
        return false;
    size_t p = at + 2U;
    if (order_tok_in(text, t, p, q->end, degree, ORDER_WORDS_N(degree)))
        p++;
    if (p >= q->end || t[p].kind != ORDER_TOKEN_WORD ||
        !order_dictionary_has(in->lex->adjectives, text + t[p].off, t[p].len))
        return false;
    for (p++; p < q->end; p++)
        if (t[p].kind != ORDER_TOKEN_PUNCT)
            return false;
    return true;
}

void classify_asked_of_ordered(const struct order_understanding *u,
                               const struct order_class_input *in, struct order_reading *rg)
{
    if (!ORDER_CUES_ANY(&rg->cues, "is", "are") ||
        !ORDER_CUES_ANY(&rg->cues, "it", "they", "that", "those"))
        return;
    if (!in->lex)
        return;
    for (size_t c = 0; c + 1U < rg->n_clauses; c++) {
        const struct order_clause *cl = &rg->clauses[c];
        struct order_clause *next = &rg->clauses[c + 1U];
        const struct order_token *last = &in->tokens[cl->end - 1U];
        bool one_sentence = last->kind != ORDER_TOKEN_PUNCT ||
                            (last->punct != '.' && last->punct != '!' && last->punct != '\n');
        if (cl->intent == ORDER_INTENT_REQUEST && one_sentence &&
            next->intent == ORDER_INTENT_OTHER && next->question_form &&
            asked_what_it_is(in, rg, next) &&
            classify_no_other_cue(u, in, rg, next->begin, next->end))
            next->intent = ORDER_INTENT_QUESTION;
    }
}
