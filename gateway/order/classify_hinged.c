/* classify_hinged.c — a question whose answer a request hangs on (classify.c, reading.h pass
 * 5): "are you doing breakfast? we'd love 2 eggs benedict if so". The question may name
 * nothing of the menu and read as another matter, yet the request after it is made on its
 * answer ("if so", "if yes"): it asks whether the place serves what is then asked for, a
 * question of the menu. One with a cue of another matter ("are you open? if so ...") stays
 * that matter. A request asked with a question mark that the next request hangs on ("can u
 * make the elote without the chili powder? if yes 2 elotes") asks whether it can be done as
 * well as asking for it: it keeps its dishes, and the message asks too. */
#include "gateway/order/classify_internal.h"

/* Does clause cl hold "if so" or "if yes", at its start or its end? */
static bool hinged_on_answer(const struct order_class_input *in, const struct order_clause *cl)
{
    static const char *const answers[] = {"so", "yes", "yeah", "yea"};
    for (size_t i = cl->begin; i + 1U < cl->end; i++)
        if (order_tok_is(in->text, in->tokens, i, cl->end, "if") &&
            order_tok_in(in->text, in->tokens, i + 1U, cl->end, answers, ORDER_WORDS_N(answers)))
            return true;
    return false;
}

/* Does clause cl end on a question mark? */
static bool hinged_asked(const struct order_class_input *in, const struct order_clause *cl)
{
    const struct order_token *last = &in->tokens[cl->end - 1U];
    return last->kind == ORDER_TOKEN_PUNCT && last->punct == '?';
}

/* Does clause cl hold a count ("if yes 2 of those")? */
static bool hinged_counts(const struct order_reading *rg, const struct order_clause *cl)
{
    for (size_t i = cl->begin; i < cl->end; i++)
        if (rg->roles[i] == ORDER_ROLE_QTY)
            return true;
    return false;
}

void classify_hinged_questions(const struct order_understanding *u,
                               const struct order_class_input *in, struct order_reading *rg)
{
    /* asked_first is set here alone, and only where "if so" or "if yes" stands: without them
     * no clause holds it, and clearing it changes nothing */
    if (!ORDER_CUES_ANY(&rg->cues, "if") || !ORDER_CUES_ANY(&rg->cues, "so", "yes", "yeah", "yea"))
        return;
    for (size_t c = 0; c + 1U < rg->n_clauses; c++) {
        struct order_clause *cl = &rg->clauses[c];
        const struct order_clause *next = &rg->clauses[c + 1U];
        if (!hinged_on_answer(in, next)) {
            cl->asked_first = false;
            continue;
        }
        cl->asked_first = cl->intent == ORDER_INTENT_REQUEST && hinged_asked(in, cl) &&
                          (next->intent == ORDER_INTENT_REQUEST ||
                           (next->intent == ORDER_INTENT_NONE && hinged_counts(rg, next)));
        if (cl->intent != ORDER_INTENT_OTHER || !cl->question_form ||
            next->intent != ORDER_INTENT_REQUEST)
            continue;
        float cue[ORDER_CATEGORY_MAX];
        order_cue_scores(u, in, cl->begin, cl->end, rg->roles, false, cue);
        if (cue[ORDER_CATEGORY_OTHER] == 0)
            cl->intent = ORDER_INTENT_QUESTION;
    }
}
