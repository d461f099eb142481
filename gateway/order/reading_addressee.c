/* reading_addressee.c — "send message to corner deli I want ...", "text to the grill house: 2
 * lemonades" (reading.h pass 2, after the clauses): a message dictated to a phone opens with
 * the command and whom it goes to. The words after "message to" or "text to" up to the
 * message itself (a mark, a subject "i" or "we", a greeting, a request opener) name the addressee,
 * the restaurant or a person: no dish, whatever menu words the name holds ("mango" of a cafe's name
 * is no smoothie). A count or an article after "to" is a dish sent ("text to order 2 lemonades" is
 * no address). */
#include "gateway/order/reading_internal.h"

enum { ADDRESSEE_WORDS_MAX = 4 };

void order_read_addressees(const struct order_reader *rd, const char *text,
                           const struct order_token *tokens, size_t n, struct order_reading *rg)
{
    static const char *const sending[] = {"message", "text", "msg"};
    static const char *const subjects[] = {"i", "we", "id", "ill", "im", "hi", "hey", "hello"};
    static const char *const sent[] = {"a", "an", "the", "order", "get", "say"};
    if (!ORDER_CUES_ANY(&rg->cues, "message", "text", "msg") || !ORDER_CUES_ANY(&rg->cues, "to"))
        return;
    for (size_t t = 0; t + 2U < n; t++) {
        if (!order_tok_in(text, tokens, t, n, sending, ORDER_WORDS_N(sending)) ||
            !order_tok_is(text, tokens, t + 1U, n, "to"))
            continue;
        size_t b = t + 2U, e = b;
        int32_t qty;
        if (order_tok_in(text, tokens, b, n, sent, ORDER_WORDS_N(sent)) ||
            order_read_quantity(rd->u, text, tokens, b, n, &qty) > 0)
            continue; /* "text to order a burger": the dish is sent, not addressed */
        while (e < n && e < b + ADDRESSEE_WORDS_MAX && tokens[e].kind == ORDER_TOKEN_WORD &&
               rg->roles[e] != ORDER_ROLE_OPENER &&
               !order_tok_in(text, tokens, e, n, subjects, ORDER_WORDS_N(subjects)))
            e++;
        /* the name ends where the message starts: a mark, a subject, an opener */
        if (e == b || (e < n && tokens[e].kind == ORDER_TOKEN_WORD &&
                       !order_tok_in(text, tokens, e, n, subjects, ORDER_WORDS_N(subjects)) &&
                       rg->roles[e] != ORDER_ROLE_OPENER))
            continue;
        for (size_t k = b; k < e; k++) {
            rg->n_hits[k] = 0; /* "mango tree cafe": a name, no dish */
            rg->roles[k] = ORDER_ROLE_FILLER;
        }
    }
}
