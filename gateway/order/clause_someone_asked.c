/* clause_someone_asked.c — "could he have the chicken nuggets", "can my son get the mini
 * burger": a modal asking for someone else, the person ("he", "she", "they", or a possessive
 * and a noun), then a verb of getting before its object (an article, a count or a menu word).
 * Asked for a child or a friend, it is a request as "could I have" is; "can he have nuts"
 * names no dish of the menu and asks whether he may eat them. */
#include "gateway/order/clause_internal.h"

size_t clause_someone_asked(const struct order_reader *rd, const char *text,
                            const struct order_token *tokens, const struct order_reading *out,
                            size_t i, size_t e)
{
    enum { PERSON_WORDS_MAX = 2 };
    static const char *const modals[] = {"can", "could", "may"};
    static const char *const pronouns[] = {"he", "she", "they"};
    static const char *const possessives[] = {"my", "our", "his", "her", "their"};
    static const char *const getting[] = {"have", "get", "try"};
    static const char *const objects[] = {"a", "an", "the", "some"};
    if (!ORDER_CUES_ANY(&out->cues, "can", "could", "may") ||
        !ORDER_CUES_ANY(&out->cues, "have", "get", "try"))
        return 0;
    if (!CLAUSE_IN(modals, i))
        return 0;
    size_t p = i + 1U;
    if (CLAUSE_IN(pronouns, p)) {
        p++;
    } else if (CLAUSE_IN(possessives, p)) {
        /* "my son", "my little girl": words that name no dish and are no verb of getting */
        size_t words = 0;
        for (p++; words < PERSON_WORDS_MAX && p < e && tokens[p].kind == ORDER_TOKEN_WORD &&
                  out->n_hits[p] == 0 && !CLAUSE_IN(getting, p);
             p++)
            words++;
        if (words == 0)
            return 0;
    } else {
        return 0;
    }
    if (order_tok_is(text, tokens, p, e, "please") || order_tok_is(text, tokens, p, e, "also"))
        p++;
    int32_t qty;
    if (!CLAUSE_IN(getting, p) || p + 1U >= e ||
        !(CLAUSE_IN(objects, p + 1U) || out->n_hits[p + 1U] > 0 ||
          order_read_quantity(rd->u, text, tokens, p + 1U, e, &qty) > 0))
        return 0;
    /* the object names a dish of the menu, within a few words: "the chicken nuggets", not
     * "a drink of water" */
    return clause_menu_word_near(tokens, out, p + 1U, e) ? p + 1U - i : 0;
}
