/* attach_said_of_them.c — a statement of how someone takes the dishes named before it
 * (attach_unknown.c): "the nuggets, she only likes them plain", "he eats it cold". A subject
 * pronoun, a verb and an object pronoun pointing back at the dish say what the dish is to
 * them; whatever word closes it ("plain", a word of a menu name too) names no dish of its
 * own, so nothing is asked back. */
#include "gateway/order/attach_internal.h"

bool attach_said_of_them(struct attach_state *st, size_t i, size_t b)
{
    if (!ORDER_CUES_ANY(&st->cues, "he", "she", "they", "i", "we", "you", "u") ||
        !ORDER_CUES_ANY(&st->cues, "them", "it", "em", "those", "these"))
        return false;
    enum { VERB_WORDS_MAX = 3, AFTER_WORDS_MAX = 3 };
    static const char *const links[] = {"but", "and", "so", "cause", "because", "cuz"};
    static const char *const subjects[] = {"he", "she", "they", "i", "we", "you", "u"};
    static const char *const objects[] = {"them", "it", "em", "those", "these"};
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    size_t p = i;
    while (p < b && order_tok_in(text, t, p, b, links, ORDER_WORDS_N(links)))
        p++;
    /* the subject may stand before the run, read as a word of the frame ("he | likes it") */
    if (p == i && p > st->b && order_tok_in(text, t, p - 1U, b, subjects, ORDER_WORDS_N(subjects)))
        p--;
    if (p >= b || !order_tok_in(text, t, p, b, subjects, ORDER_WORDS_N(subjects)) ||
        !attach_last_span(st, i))
        return false;
    size_t o = p + 2U; /* a verb at least between */
    while (o < b && o <= p + VERB_WORDS_MAX &&
           !order_tok_in(text, t, o, b, objects, ORDER_WORDS_N(objects)))
        o++;
    if (o >= b || o > p + VERB_WORDS_MAX || b - o - 1U > AFTER_WORDS_MAX)
        return false;
    for (size_t q = p + 1U; q < b; q++)
        if (t[q].kind != ORDER_TOKEN_WORD || attach_food_token(st, q))
            return false;
    return true;
}
