/* attach_count_after_for.c — a count after the person a dish is for: "taquitos for my son
 * (2 orders)", "churros for her (x2)". The count is said last, after who the dish is for, as
 * it is said after the dish ("taquitos (2 orders)"); the words of the person stood between
 * the dish and its count, so the count was lost and the dish read as one. */
#include "gateway/order/attach_internal.h"

/* Does token p start a count in brackets ("(2 orders)", "(3)")? */
static bool attach_count_form_at(const struct attach_state *st, size_t p, size_t limit)
{
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    return p + 1U < limit && t[p].kind == ORDER_TOKEN_PUNCT && t[p].punct == '(' &&
           t[p + 1U].kind == ORDER_TOKEN_WORD && text[t[p + 1U].off] >= '0' &&
           text[t[p + 1U].off] <= '9';
}

/* Is word n a plural noun ("kids", "guys"), not "boss"? */
static bool attach_plural_at(const struct attach_state *st, size_t n)
{
    const char *w = st->text + st->tokens[n].off;
    size_t len = st->tokens[n].len;
    return len > 2 && w[len - 1U] == 's' && w[len - 2U] != 's';
}

/* Does the count in brackets at p name what it counts as portions of the dish ("(2 orders)",
 * "(3 servings)")? Then it counts the dish whoever it is for. */
static bool attach_count_of_portions(const struct attach_state *st, size_t p, size_t limit)
{
    static const char *const portions[] = {"order",   "orders",   "portion", "portions",
                                           "serving", "servings", "plate",   "plates"};
    return order_tok_in(st->text, st->tokens, p + 2U, limit, portions, ORDER_WORDS_N(portions));
}

size_t attach_for_someone_end(const struct attach_state *st, size_t i, size_t limit)
{
    if (!ORDER_CUES_ANY(&st->cues, "for") ||
        !ORDER_CUES_ANY(&st->cues, "me", "myself", "him", "her", "us", "my", "our", "his", "their",
                        "the"))
        return 0;
    static const char *const persons[] = {"me", "myself", "him", "her", "us"};
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    if (i + 2U >= limit || !order_tok_is(text, t, i, limit, "for"))
        return 0;
    size_t q = i + 1U;
    if (order_tok_in(text, t, q, limit, persons, ORDER_WORDS_N(persons)) &&
        attach_count_form_at(st, q + 1U, limit))
        return q + 1U;
    if (!order_tok_possessive_or_the(text, t, q, limit))
        return 0;
    /* the owner's noun, maybe behind one word that says which ("my little brother") */
    for (size_t n = q + 1U; n < q + 3U && n < limit; n++) {
        if (t[n].kind != ORDER_TOKEN_WORD || st->rg->roles[n] == ORDER_ROLE_ITEM ||
            st->rg->roles[n] == ORDER_ROLE_QTY)
            return 0;
        /* after a plural person ("for the kids (3)") the brackets count the people: only a
         * person in the singular is passed over, or a count of portions ("for my kids (2
         * orders)") */
        if (attach_count_form_at(st, n + 1U, limit))
            return attach_plural_at(st, n) && !attach_count_of_portions(st, n + 1U, limit) ? 0
                                                                                           : n + 1U;
    }
    return 0;
}
