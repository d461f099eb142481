/* attach_group_did.c — what a party counted as "N of us" did, in words no span read
 * (attach_leftovers.c, reading.h pass 4): "4 of us just hiked 20 miles", "3 of us are
 * starving". The count says how many people, not how many of a dish, and the words after it
 * tell what befell them: no dish stands there to be asked back. A verb of wanting after the
 * party ("2 of us want ...") keeps its object a dish, and so does food in the words. "one of
 * us" and "N of them / you" may count dishes ("one of them no onions"), so there the words
 * must open with a verb told of the person: one in -s ("one of us hates bubbles") or a past
 * one before its object ("one of them touched the statue"). */
#include <string.h>

#include "gateway/order/attach_internal.h"

/* Does "of us" (or "of them", "of you") at p follow a count, the party's size ("4 of us")?
 * *sure: "of us" after two or more, a party for certain. */
static bool group_counted_at(const struct attach_state *st, size_t p, bool *sure)
{
    static const char *const people[] = {"us", "them", "you", "yall"};
    int32_t v;
    if (p <= st->b || !order_tok_is(st->text, st->tokens, p, st->e, "of") ||
        !attach_in(st->text, st->tokens, p + 1U, st->e, people, ORDER_WORDS_N(people)) ||
        attach_number(st->rd->u, st->text, st->tokens, p - 1U, p, &v) != 1 || v < 1)
        return false;
    *sure = v >= 2 && order_tok_is(st->text, st->tokens, p + 1U, st->e, "us");
    return true;
}

/* Is the word at v a finite verb told of a person: in -s ("hates", "loves", not "cross") or
 * in -ed before a determiner that opens its object ("touched the ...")? */
static bool group_told_verb_at(const struct attach_state *st, size_t v, size_t j)
{
    static const char *const determiners[] = {"the", "a",     "an",   "my",   "his", "her",
                                              "our", "their", "some", "this", "that"};
    const struct order_token *t = &st->tokens[v];
    const char *w = st->text + t->off;
    if (t->len < 4U || attach_food_token(st, v))
        return false;
    if (w[t->len - 1U] == 's' && w[t->len - 2U] != 's' && w[t->len - 2U] != 'u' &&
        w[t->len - 2U] != 'i')
        return true;
    return memcmp(w + t->len - 2U, "ed", 2U) == 0 && v + 1U < j &&
           attach_in(st->text, st->tokens, v + 1U, j, determiners, ORDER_WORDS_N(determiners));
}

bool attach_group_did(const struct attach_state *st, size_t i, size_t j)
{
    if (!ORDER_CUES_ANY(&st->cues, "of") || !ORDER_CUES_ANY(&st->cues, "us", "them", "you", "yall"))
        return false;
    enum { LEAD_WORDS_MAX = 3 }; /* "5 | of us" before the run, or inside it */
    static const char *const wanting[] = {
        "want",  "wanna", "need", "would", "will",  "ll",    "like", "get",  "have", "take",
        "wants", "needs", "gets", "has",   "takes", "likes", "does", "goes", "is",   "was"};
    static const char *const adverbs[] = {"just", "all", "finally", "both", "each"};
    size_t p = i > st->b + LEAD_WORDS_MAX ? i - LEAD_WORDS_MAX : st->b;
    bool sure = false;
    while (p < j && p <= i + 1U && !group_counted_at(st, p, &sure))
        p++; /* the count opens the run or stands right before it */
    if (p >= j || p > i + 1U)
        return false;
    size_t v = p + 2U;
    while (v < j && attach_in(st->text, st->tokens, v, j, adverbs, ORDER_WORDS_N(adverbs)))
        v++;
    if (v < i || v >= j || st->tokens[v].kind != ORDER_TOKEN_WORD ||
        attach_in(st->text, st->tokens, v, j, wanting, ORDER_WORDS_N(wanting)) ||
        (!sure && !group_told_verb_at(st, v, j)))
        return false;
    for (size_t k = v; k < j; k++)
        if (attach_food_token(st, k))
            return false;
    return true;
}
