/* attach_alone_article.c — a message that is only an article and a short noun phrase the
 * reader cannot place (attach_leftover_run.c): "an aperol spritz", "a flurble". Sent alone,
 * "a" and a thing is the shortest way to ask for it, as "a cortado" is; a word of it that no
 * dictionary knows makes it a thing the menu may lack or a dish misspelt, declined or asked
 * back, never dropped. English words alone ("a moment", "an update") ask for no dish. */
#include "gateway/order/attach_internal.h"

bool attach_phrase_alone(const struct attach_state *st, size_t a, size_t words, size_t b)
{
    for (size_t p = words; p < b; p++)
        if (st->tokens[p].kind != ORDER_TOKEN_WORD)
            return false;
    for (size_t p = st->b; p < st->e; p++) {
        if (p >= a && p < b)
            continue;
        const struct order_token *t = &st->tokens[p];
        if (t->kind == ORDER_TOKEN_PUNCT ? t->punct == '?'
                                         : st->rg->roles[p] != ORDER_ROLE_GREETING)
            return false; /* asked ("an update?"), or more said than the thing */
    }
    return true;
}

bool attach_alone_article(const struct attach_state *st, size_t a, size_t b)
{
    if (!ORDER_CUES_ANY(&st->cues, "a", "an"))
        return false;
    enum { PHRASE_WORDS_MAX = 3 };
    if (st->rg->n_clauses != 1 || a + 1U >= b || b - a - 1U > PHRASE_WORDS_MAX ||
        !attach_is_article(st->text, st->tokens, a, b) || !attach_unreadable(st, a + 1U, b))
        return false;
    return attach_phrase_alone(st, a, a + 1U, b);
}
