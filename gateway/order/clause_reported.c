/* clause_reported.c — a request passed on from someone else: "the wife says she'll have a
 * salad", "my son said he wants the nuggets", "he's decided he'll take the wrap". A verb of
 * saying or of deciding right before a person and their wanting puts the wanting in reported
 * speech; the one who says it is no subject of the request, and the request opens where the
 * reported words start, as at a clause's start. */
#include "gateway/order/clause_internal.h"

bool clause_after_saying(const char *text, const struct order_token *tokens,
                         const struct order_reading *out, size_t s, size_t i, size_t e)
{
    static const char *const saying[] = {"says", "said",  "say",     "sez",
                                         "told", "tells", "decided", "decides"};
    static const char *const that[] = {"that", "me", "us"}; /* "told me", "says that" */
    if (!ORDER_CUES_ANY(&out->cues, "says", "said", "say", "sez", "told", "tells", "decided",
                        "decides"))
        return false;
    size_t j = i;
    if (j > s + 1U && order_tok_in(text, tokens, j - 1U, e, that, ORDER_WORDS_N(that)) &&
        out->roles[j - 1U] == ORDER_ROLE_NONE)
        j--;
    /* a subject stands before the verb of saying: "she says", "my daughter said" */
    return j > s + 1U && tokens[j - 2U].kind == ORDER_TOKEN_WORD &&
           out->roles[j - 1U] == ORDER_ROLE_NONE && out->roles[j - 2U] == ORDER_ROLE_NONE &&
           order_tok_in(text, tokens, j - 1U, e, saying, ORDER_WORDS_N(saying));
}
