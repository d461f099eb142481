/* attach_if_so_yes.c — a yes hung on the answer to a question about a dish: "is the
 * california burrito the one w fries in it?? bc if so yes pls". The clause names nothing and
 * counts nothing; its yes is the request, for one of the dish asked about, as "if so one
 * please" would be (attach_references.c). */
#include "gateway/order/attach_internal.h"

/* Clause [b, e): "if so" or "if yes" (after "bc", "because", "and" or "then"), then only
 * words of yes and please ("yes pls", "yeah please") and punctuation. The first word of the
 * yes through its last, in [*yes, *last]; false when the clause is no such thing. */
static bool if_so_yes_words(const struct attach_state *st, size_t b, size_t e, size_t *yes,
                            size_t *last)
{
    static const char *const leads[] = {"bc", "because", "cuz", "cause", "and", "then", "so"};
    static const char *const answers[] = {"so", "yes", "yeah", "yea"};
    static const char *const yeses[] = {"yes",  "yeah",   "yea", "yep", "yup",
                                        "sure", "please", "pls", "plz"};
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    size_t p = b;
    while (p < e && attach_in(text, t, p, e, leads, ORDER_WORDS_N(leads)) &&
           !(order_tok_is(text, t, p, e, "so") && p > b && order_tok_is(text, t, p - 1U, e, "if")))
        p++;
    if (!order_tok_is(text, t, p, e, "if") ||
        !attach_in(text, t, p + 1U, e, answers, ORDER_WORDS_N(answers)))
        return false;
    p += 2;
    *yes = SIZE_MAX;
    for (; p < e; p++) {
        if (t[p].kind == ORDER_TOKEN_PUNCT)
            continue;
        uint8_t role = st->rg->roles[p]; /* "please" may be read as filler already */
        if (!attach_in(text, t, p, e, yeses, ORDER_WORDS_N(yeses)) ||
            (role != ORDER_ROLE_NONE && role != ORDER_ROLE_FILLER && role != ORDER_ROLE_OPENER))
            return false;
        if (*yes == SIZE_MAX)
            *yes = p;
        *last = p;
    }
    return *yes != SIZE_MAX;
}

bool attach_if_so_yes(struct attach_state *st, size_t c)
{
    if (!ORDER_CUES_ANY(&st->cues, "if") || !ORDER_CUES_ANY(&st->cues, "so", "yes", "yeah", "yea"))
        return false;
    struct order_clause *cl = &st->rg->clauses[c];
    if (c == 0 || cl->n_spans > 0)
        return false;
    const struct order_clause *before = &st->rg->clauses[c - 1U];
    const struct order_token *mark = &st->tokens[before->end - 1U];
    if (!before->question_form && !(mark->kind == ORDER_TOKEN_PUNCT && mark->punct == '?'))
        return false; /* "wait is the burrito ...??": asked, though "wait" opens it */
    size_t yes, last_word;
    if (!if_so_yes_words(st, cl->begin, cl->end, &yes, &last_word))
        return false;
    struct order_thing *asked = attach_last_item(st, cl->begin);
    if (!asked || asked->clause != c - 1U || asked->item < 0)
        return false;
    memset(st->rg->roles + yes, ORDER_ROLE_QTY, last_word + 1U - yes);
    attach_count_reference(st, c, asked, yes, last_word, 0, 1);
    return true;
}
