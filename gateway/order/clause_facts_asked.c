/* clause_facts_asked.c — the facts of a dish asked with a noun alone, no question's form:
 * "price on the falafel wrap", "prices for the bowls", "ingredients of the quinoa bowl"
 * open with the noun and "on" / "for" / "of" / "in"; "quinoa bowl ingredients pls", "falafel
 * wrap calories" close with it, right after the dish. Either asks what the dish costs or holds,
 * '?' or not; read without its '?', the dish was ordered with "ingredients" as its change. */
#include "gateway/order/clause_internal.h"

/* The nouns of a dish's facts, what a customer asks to be told rather than orders */
static const char *const clause_fact_nouns[] = {"price",    "prices",    "cost",   "ingredients",
                                                "calories", "allergens", "macros", "nutrition"};

size_t clause_facts_asked_at(const char *text, const struct order_token *tokens, size_t s, size_t e)
{
    static const char *const of[] = {"on", "for", "of", "in"};
    if (!CLAUSE_IN(clause_fact_nouns, s) || !CLAUSE_IN(of, s + 1U) || s + 2U >= e ||
        tokens[s + 2U].kind != ORDER_TOKEN_WORD)
        return 0;
    return 2;
}

bool clause_facts_asked_after(const char *text, const struct order_token *tokens,
                              const struct order_reading *out, size_t s, size_t e)
{
    static const char *const closing[] = {"please", "pls", "plz", "info", "information"};
    if (!ORDER_CUES_ANY(&out->cues, "price", "prices", "cost", "ingredients", "calories",
                        "allergens", "macros", "nutrition"))
        return false;
    /* the noun right after a word of the menu's names, then only words that close the ask
     * up to a mark or the clause's end: "quinoa bowl ingredients pls, trying to ...", not
     * "the ingredients are fresh" */
    for (size_t p = s + 1U; p < e; p++) {
        if (!CLAUSE_IN(clause_fact_nouns, p) || out->n_hits[p] > 0 ||
            tokens[p - 1U].kind != ORDER_TOKEN_WORD || out->n_hits[p - 1U] == 0)
            continue;
        size_t q = p + 1U;
        while (q < e && CLAUSE_IN(closing, q))
            q++;
        if (q == e || tokens[q].kind == ORDER_TOKEN_PUNCT)
            return true;
    }
    return false;
}
