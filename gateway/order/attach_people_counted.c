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
    if (!opened && !(i > 0 && order_tok_in(text, t, i - 1U, to, there, ORDER_WORDS_N(there))))
        return 0;
    return v;
}

/* How many people the message counts by name: "the kids (2 of them)", "there's three of
 * them" (that count); "my 3 kids", "the two kids" (3, or 4 with "me and" before it unless only
 * "them" is meant). Returns 0 when the message counts no people. */
int32_t attach_people_counted(const struct attach_state *st, bool them)
{
    /* "of them" / "of em" after a count, or an owner or "the" before one */
    if (!ORDER_CUES_ANY(&st->rg->cues, "them", "em", "my", "our", "his", "her", "their", "the"))
        return 0;
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
        if (i == from ||
            /* "my 3 kids", "the two grandchildren", "her 2 sisters": a count of people
             * after an owner or "the" */
            !order_tok_possessive_or_the(text, t, i - 1U, to) || attach_is_article(text, t, i, to))
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
    if (!ORDER_CUES_ANY(&st->cues, "and"))
        return 0;
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

/* "me and my brother want a jackfruit burger each", "and tom and i will have a shake each":
 * the people joined by "and" as the subject of the wanting right before the dish at d (its
 * article between), no dish among them; a conjunction opening the subject joins it to what
 * came before, no person. Returns how many, or 0. */
int32_t attach_subjects_wanting(const struct attach_state *st, size_t d)
{
    if (!ORDER_CUES_ANY(&st->cues, "and"))
        return 0;
    enum { VERB_WORDS_MAX = 3, SUBJECT_WORDS_MAX = 6 };
    static const char *const wanting[] = {"want", "wanna", "need", "get",   "have",
                                          "take", "like",  "will", "would", "ll"};
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    size_t v = d;
    if (v > st->b && attach_is_article(text, t, v - 1U, st->e))
        v--;
    size_t verbs = 0;
    while (v > st->b && verbs < VERB_WORDS_MAX &&
           (attach_in(text, t, v - 1U, st->e, wanting, ORDER_WORDS_N(wanting)) ||
            st->rg->roles[v - 1U] == ORDER_ROLE_OPENER)) {
        v--;
        verbs++;
    }
    if (verbs == 0)
        return 0;
    int32_t n = 1;
    size_t k = v;
    /* "my brother and i want": the speaker may be read with the wanting as its opener */
    static const char *const speaker[] = {"i", "me", "we"};
    while (k > st->b && v - k < SUBJECT_WORDS_MAX &&
           (attach_person_word(st, k - 1U, st->e) ||
            attach_in(text, t, k - 1U, st->e, speaker, ORDER_WORDS_N(speaker)))) {
        k--;
        n += order_tok_is(text, t, k, st->e, "and") ? 1 : 0;
    }
    if (k < v && order_tok_is(text, t, k, st->e, "and")) {
        k++;
        n--;
    }
    if (k == v || order_tok_is(text, t, k, st->e, "and") ||
        (k > st->b && st->rg->roles[k - 1U] == ORDER_ROLE_ITEM))
        return 0;
    return n >= 2 ? n : 0;
}
