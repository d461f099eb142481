/* attach_said_by_other.c — what someone else says, told after the dishes (attach_unknown.c):
 * "2 wraps, my doctor says i need more greens", "a bowl, she said more veggies". A part after a
 * mark whose subject is a person ("she", "my doctor") and whose verb is one of saying reports
 * their words: a food there that the menu lacks is none asked for, so nothing is asked back.
 * So does what someone cannot bear or will not eat, a possessive, a noun and "cant" or
 * "wont" ("a bowl, my husband cant handle spice"), or likes ("my son loves burgers"): their
 * taste, no dish. */
#include "gateway/order/attach_internal.h"

bool attach_said_by_other(struct attach_state *st, size_t i)
{
    if (!ORDER_CUES_ANY(&st->cues, "says", "said", "thinks", "told"))
        return false;
    enum { SUBJECT_WORDS_MAX = 2 };
    static const char *const saying[] = {"says", "said", "thinks", "told"};
    static const char *const persons[] = {"she", "he"};
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    size_t v = i;
    while (v > st->b && t[v - 1U].kind == ORDER_TOKEN_WORD &&
           !order_tok_in(text, t, v - 1U, st->e, saying, ORDER_WORDS_N(saying)))
        v--;
    if (v <= st->b + 1U || t[v - 1U].kind != ORDER_TOKEN_WORD)
        return false;
    v--; /* the verb of saying */
    size_t s = v;
    if (order_tok_in(text, t, v - 1U, st->e, persons, ORDER_WORDS_N(persons)))
        s = v - 1U;
    else
        for (size_t p = v - 1U; p > st->b && v - p <= SUBJECT_WORDS_MAX; p--)
            if (order_tok_possessive(text, t, p - 1U, st->e)) {
                s = p - 1U;
                break;
            }
    if (s == v || s <= st->b + 1U || t[s - 1U].kind != ORDER_TOKEN_PUNCT)
        return false;
    for (size_t p = s; p < v; p++)
        if (st->rg->roles[p] == ORDER_ROLE_ITEM || st->rg->n_hits[p] > 0)
            return false;                   /* "the tacos she said were great" */
    return attach_last_span(st, s) != NULL; /* a dish asked for before */
}

bool attach_bearing_of_other(struct attach_state *st, size_t i, size_t b)
{
    if (!ORDER_CUES_ANY(&st->cues, "my", "our", "his", "her", "their") ||
        !ORDER_CUES_ANY(&st->cues, "loves", "likes", "hates", "adores", "cant", "wont", "cannot"))
        return false;
    static const char *const cannot[] = {"cant", "wont", "cannot"};
    static const char *const liking[] = {"loves", "likes", "hates", "adores"};
    /* what someone is fond of changes nothing; "hates pickles" may be a change unsaid */
    static const char *const fond[] = {"loves", "likes", "adores"};
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    /* "my son | loves burgers": the verb of liking opens the leftover, its subject before */
    if (i >= st->b + 3U && b >= i + 2U && t[i - 3U].kind == ORDER_TOKEN_PUNCT &&
        order_tok_possessive(text, t, i - 2U, st->e) &&
        order_tok_in(text, t, i, st->e, liking, ORDER_WORDS_N(liking)) &&
        !attach_menu_words(st, i - 1U, i) && !attach_food_token(st, i - 1U))
        return attach_last_span(st, i) != NULL;
    /* "..., my son loves", "... and my son loves": after a mark or a joining "and" */
    bool opens = i >= st->b + 2U && (t[i - 2U].kind == ORDER_TOKEN_PUNCT ||
                                     order_tok_is(text, t, i - 2U, st->e, "and"));
    if (!opens || b < i + 3U || !order_tok_possessive(text, t, i - 1U, st->e) ||
        !(order_tok_in(text, t, i + 1U, st->e, cannot, ORDER_WORDS_N(cannot)) ||
          order_tok_in(text, t, i + 1U, st->e, fond, ORDER_WORDS_N(fond))) ||
        attach_menu_words(st, i, i + 1U) || attach_food_token(st, i))
        return false;
    return attach_last_span(st, i) != NULL; /* a dish asked for before */
}
