/* attach_people_counted.c — how many people a count "each" is for, when the message names
 * them rather than a party ("the kids (2 of them) ... apiece", "me and my 3 kids, ... each
 * for them", "me and my husband each want ..."). attach_each.c asks it after its own readings
 * of a party ("party of 4", "for the 4 of us") find none. */
#include "gateway/order/attach_internal.h"

/* Is token i a word no dish is read from (a person: "husband", "kids", "tom")? */
static bool attach_person_word(const struct attach_state *st, size_t i, size_t e)
{
    return i < e && st->tokens[i].kind == ORDER_TOKEN_WORD &&
           (st->rg->roles[i] == ORDER_ROLE_NONE || st->rg->roles[i] == ORDER_ROLE_FILLER);
}

/* "(2 of them)", "there's three of them": a count of "them" set off as a remark about the
 * people just named. Returns the count, or 0. */
static int32_t attach_them_counted(const struct attach_state *st, size_t i, size_t to)
{
    static const char *const there[] = {"theres", "there", "s", "are", "theyre"};
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    int32_t v = 0;
    size_t k = attach_number(st->rd->u, text, t, i, to, &v);
    if (k == 0 || attach_is_article(text, t, i, to) || v < 2 || v > ORDER_QTY_MAX ||
        !order_tok_is(text, t, i + k, to, "of") ||
        !(order_tok_is(text, t, i + k + 1U, to, "them") ||
          order_tok_is(text, t, i + k + 1U, to, "em")))
        return 0;
    bool opened = i > 0 && t[i - 1U].kind == ORDER_TOKEN_PUNCT && t[i - 1U].punct == '(';
    if (!opened && !(i > 0 && order_tok_in(text, t, i - 1U, to, there, 5)))
        return 0;
    return v;
}

/* How many people the message counts by name: "the kids (2 of them)", "there's three of
 * them" (that count); "my 3 kids" (3, or 4 with "me and" before it unless only "them" is
 * meant). Returns 0 when the message counts no people. */
int32_t attach_people_counted(const struct attach_state *st, bool them)
{
    static const char *const owners[] = {"my", "our"};
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    const struct order_reading *rg = st->rg;
    size_t from = rg->clauses[0].begin, to = rg->clauses[rg->n_clauses - 1U].end;
    for (size_t i = from; i < to; i++) {
        if (t[i].kind != ORDER_TOKEN_WORD || !attach_free(st, i))
            continue;
        int32_t v = attach_them_counted(st, i, to);
        if (v > 0)
            return v;
        if (i == from || !order_tok_in(text, t, i - 1U, to, owners, 2) ||
            attach_is_article(text, t, i, to))
            continue;
        size_t k = attach_number(st->rd->u, text, t, i, to, &v);
        if (k == 0 || v < 2 || v > ORDER_QTY_MAX || !attach_person_word(st, i + k, to))
            continue;
        bool with_me = i >= from + 3U && order_tok_is(text, t, i - 2U, to, "and") &&
                       order_tok_is(text, t, i - 3U, to, "me");
        return with_me && !them ? v + 1 : v;
    }
    return 0;
}

/* "me and my husband each want", "jake and tom each get": the people joined by "and" right
 * before "each" at i, as subject, no dish among them. Returns how many, or 0. */
int32_t attach_subjects_before(const struct attach_state *st, size_t i)
{
    enum { SUBJECT_WORDS_MAX = 6 };
    int32_t n = 1;
    size_t k = i;
    while (k > st->b && i - k < SUBJECT_WORDS_MAX && attach_person_word(st, k - 1U, st->e)) {
        k--;
        if (order_tok_is(st->text, st->tokens, k, st->e, "and"))
            n++;
    }
    if (k == i || order_tok_is(st->text, st->tokens, k, st->e, "and") ||
        (k > st->b && st->rg->roles[k - 1U] == ORDER_ROLE_ITEM))
        return 0;
    return n >= 2 ? n : 0;
}
