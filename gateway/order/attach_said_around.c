/* attach_said_around.c — "on a" or "in a" before words that name nothing a dish is served on
 * or in ("a falafel wrap, on a break", "in a hurry", "on a budget"): the customer's
 * circumstance, no change of the dish. A change says what the dish comes on or in: a food
 * ("on a gluten free bun"), a word of the menu ("in a bowl"), a diet, a size ("in large"),
 * or a vessel ("in a to-go cup", "on a plate", "in separate bags"); words of none of these
 * change nothing. */
#include <string.h>

#include "gateway/order/attach_internal.h"

/* Is the word w[0..len) one of the list, as written or in its plural ("cups", "glasses")? */
static bool said_vessel(const char *w, size_t len)
{
    static const char *const vessels[] = {"plate", "cup",  "box",       "bag",    "tray", "cone",
                                          "bowl",  "dish", "container", "napkin", "lid",  "glass",
                                          "mug",   "jar",  "pot",       "wrapper"};
    for (size_t k = 0; k < ORDER_WORDS_N(vessels); k++) {
        size_t n = strlen(vessels[k]);
        if (len < n || memcmp(vessels[k], w, n) != 0)
            continue;
        /* "-es" after s, x and h ("glasses", "boxes", "dishes"), "-s" after anything else */
        const char *plural = strchr("sxh", vessels[k][n - 1U]) ? "es" : "s";
        if (len == n || (len == n + strlen(plural) && memcmp(w + n, plural, len - n) == 0))
            return true;
    }
    return false;
}

bool attach_said_around(const struct attach_state *st, size_t a, size_t b)
{
    /* a diet ("on a gluten free bun") or a size ("both in large") is what the dish comes as */
    if (a >= b ||
        order_patterns_longest(&st->rd->u->diet_cues, st->text, st->tokens, a, b, NULL) > 0 ||
        order_patterns_longest(&st->rd->u->sizes, st->text, st->tokens, a, b, NULL) > 0)
        return false;
    for (size_t p = a; p < b; p++) {
        const struct order_token *t = &st->tokens[p];
        const char *w = st->text + t->off;
        if (t->kind != ORDER_TOKEN_WORD)
            continue;
        if (st->rg->n_hits[p] > 0 || order_food_word(st->rd->food, w, t->len) ||
            !order_dictionary_has(st->rd->dict, w, t->len) || said_vessel(w, t->len))
            return false;
    }
    return true;
}
