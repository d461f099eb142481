/* classify_answers.c — a message that only answers a question the restaurant asked before
 * (classify.c, reading.h pass 5): "yes the large one", "make it 4", "nah, make that a large",
 * "yes corn".
 * The question was asked in a conversation brigade never saw, so the answer names no dish;
 * yet it is about an order, never small talk: it is read as a request the reading is unsure
 * of, and the message becomes an order a person reads (review), not one logged as "other".
 * A bare "yes" or "ok" says nothing of what is ordered and stays a remark. */
#include "gateway/order/classify_internal.h"

/* Words that only say yes or no to what was asked, or close the answer. */
static bool answer_word_at(const struct order_class_input *in, size_t i)
{
    static const char *const words[] = {"yes",  "yeah", "yep",  "yup",  "ya",     "yea",
                                        "no",   "nope", "nah",  "sure", "ok",     "okay",
                                        "then", "one",  "ones", "size", "instead"};
    return order_tok_in(in->text, in->tokens, i, in->n_tokens, words, ORDER_WORDS_N(words));
}

/* The answer at i: a size said alone ("the large one", "a small"), or "make it" / "make that"
 * and a count or a size ("make it 4", "make that a large"): what a question of how many or
 * which size is answered with. Returns its tokens, or 0. */
static size_t answer_at(const struct order_understanding *u, const struct order_class_input *in,
                        size_t i)
{
    static const char *const articles[] = {"the", "a", "an"};
    static const char *const pointing[] = {"it", "that", "them", "those", "em", "mine"};
    const char *text = in->text;
    const struct order_token *t = in->tokens;
    size_t e = in->n_tokens, p = i;
    bool made = order_tok_is(text, t, p, e, "make") &&
                order_tok_in(text, t, p + 1U, e, pointing, ORDER_WORDS_N(pointing));
    if (made) {
        p += 2U;
        int32_t v;
        size_t k = order_read_number(u, text, t, p, e, &v);
        if (k > 0 && !order_tok_is(text, t, p, e, "a") && !order_tok_is(text, t, p, e, "an"))
            return p + k - i;
    }
    if (order_tok_in(text, t, p, e, articles, ORDER_WORDS_N(articles)))
        p++;
    /* a size of two letters is a shorthand of chat too: "ty sm" is "thank you so much" */
    enum { SIZE_LETTERS_MIN = 3 };
    size_t k = p < e && t[p].len >= SIZE_LETTERS_MIN
                   ? order_patterns_longest(&u->sizes, text, t, p, e, NULL)
                   : 0;
    return k > 0 ? p + k - i : 0;
}

/* Is the message a yes or a no and one thing the menu does not name, nothing else ("yes
 * corn", "no, flour pls")? It picks one of the choices the restaurant offered (a tortilla, a
 * side): a choice the menu cannot check, not a dish the restaurant lacks. */
static bool answer_choice(const struct order_class_input *in, const struct order_reading *rg)
{
    static const char *const yes_no[] = {"yes", "yeah", "yep",  "yup", "ya",
                                         "yea", "no",   "nope", "nah"};
    if (!ORDER_CUES_ANY(&rg->cues, "yes", "yeah", "yep", "yup", "ya", "yea", "no", "nope", "nah"))
        return false;
    if (rg->n_things != 1 || rg->things[0].is_span || rg->things[0].reference)
        return false;
    const struct order_thing *th = &rg->things[0];
    bool said = false;
    for (size_t i = 0; i < in->n_tokens; i++) {
        if (in->tokens[i].kind == ORDER_TOKEN_PUNCT || (i >= th->begin && i < th->end))
            continue;
        bool answer = i < th->begin && order_tok_in(in->text, in->tokens, i, in->n_tokens, yes_no,
                                                    ORDER_WORDS_N(yes_no));
        said = said || answer;
        if (!answer && rg->roles[i] != ORDER_ROLE_FILLER && rg->roles[i] != ORDER_ROLE_GREETING)
            return false;
    }
    return said;
}

void classify_short_answers(const struct order_understanding *u, const struct order_class_input *in,
                            struct order_reading *rg)
{
    if (answer_choice(in, rg)) {
        rg->clauses[rg->things[0].clause].intent = ORDER_INTENT_REQUEST;
        rg->unsure = true;
        return;
    }
    /* the answer asked back by an earlier pass over the same reading (the pipeline classifies
     * before and after the embeddings) */
    bool asked = rg->n_things == 1 && rg->things[0].unreadable && !rg->things[0].is_span;
    if ((rg->n_things > 0 && !asked) || rg->n_clauses == 0 ||
        classify_any_intent(rg, ORDER_INTENT_REQUEST))
        return;
    /* the whole message is the answer and words around it that say nothing more; a '?'
     * makes it a question ("make it large?") */
    size_t at = in->n_tokens, at_end = in->n_tokens;
    for (size_t i = 0; i < in->n_tokens; i++) {
        const struct order_token *t = &in->tokens[i];
        if (t->kind == ORDER_TOKEN_PUNCT) {
            if (t->punct == '?')
                return;
            continue;
        }
        size_t k = at == in->n_tokens ? answer_at(u, in, i) : 0;
        if (k > 0) {
            at = i;
            at_end = i + k;
            if (order_tok_is(in->text, in->tokens, at_end, in->n_tokens, "one") ||
                order_tok_is(in->text, in->tokens, at_end, in->n_tokens, "ones"))
                at_end++; /* "the large one": the pro-form is the answer's */
            i += k - 1U;
        } else if (!(rg->roles[i] == ORDER_ROLE_GREETING || rg->roles[i] == ORDER_ROLE_FILLER ||
                     answer_word_at(in, i))) {
            return;
        }
    }
    if (at == in->n_tokens)
        return;
    for (size_t c = 0; c < rg->n_clauses; c++)
        if (rg->clauses[c].begin <= at && at < rg->clauses[c].end) {
            rg->clauses[c].intent = ORDER_INTENT_REQUEST;
            rg->unsure = true;
            /* the answer itself is asked back, so the person who reads the order sees what it
             * answers ("the large one": of which dish?) and nothing of it is lost */
            size_t e = at_end < rg->clauses[c].end ? at_end : rg->clauses[c].end;
            if (!asked)
                order_read_add_unreadable(in->text, in->tokens, c, at, e, rg);
            return;
        }
}
