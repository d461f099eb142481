/* attach_manner_after.c — "elote, lightly charred": right after a dish and a comma or a dash, a
 * past participle ending the clause's run, alone or after an adverb of degree ("lightly", "well"),
 * tells how the dish is to be cooked. English ends a noun phrase in a noun, so a run of a degree
 * and a participle is no name of a thing the menu lacks, though no dictionary lists the participle
 * ("charred"): it is the dish's modifier. */
#include "gateway/order/attach_internal.h"

#include "gateway/order/dictionary.h"

enum {
    MANNER_PARTICIPLE_MIN = 5, /* "baked"; not "red", "bed", "fed" */
    MANNER_ADVERB_MIN = 4,     /* "only" aside, an -ly word of the dictionary */
};

/* Is token p a word of letters only, of at least min letters, ending in suffix? */
static bool manner_word_ends(const struct attach_state *st, size_t p, size_t min,
                             const char *suffix, size_t suffix_len)
{
    const struct order_token *t = &st->tokens[p];
    if (t->kind != ORDER_TOKEN_WORD || t->len < min || st->rg->n_hits[p] > 0)
        return false;
    const char *w = st->text + t->off;
    for (size_t k = 0; k < t->len; k++)
        if (w[k] < 'a' || w[k] > 'z')
            return false;
    return memcmp(w + t->len - suffix_len, suffix, suffix_len) == 0;
}

/* Is token p an adverb of degree: "well", "very", or an English word in -ly ("lightly")? */
static bool manner_degree(const struct attach_state *st, size_t p)
{
    static const char *const degrees[] = {"well", "very", "super", "really"};
    if (order_tok_in(st->text, st->tokens, p, st->e, degrees, ORDER_WORDS_N(degrees)))
        return true;
    const struct order_token *t = &st->tokens[p];
    return manner_word_ends(st, p, MANNER_ADVERB_MIN, "ly", 2) &&
           !order_tok_is(st->text, st->tokens, p, st->e, "only") &&
           order_dictionary_has(st->rd->dict, st->text + t->off, t->len);
}

bool attach_manner_after(const struct attach_state *st, const struct order_thing *last, size_t i,
                         size_t j)
{
    if (!last || !last->is_span || i < st->b + 2U || last->end + 1U != i ||
        st->tokens[i - 1U].kind != ORDER_TOKEN_PUNCT ||
        (st->tokens[i - 1U].punct != ',' && st->tokens[i - 1U].punct != '-') ||
        (j != i + 1U && j != i + 2U) ||
        (j < st->e && st->tokens[j].kind == ORDER_TOKEN_WORD &&
         !order_tok_is(st->text, st->tokens, j, st->e, "please")))
        return false;
    if (j == i + 2U && !manner_degree(st, i))
        return false;
    return manner_word_ends(st, j - 1U, MANNER_PARTICIPLE_MIN, "ed", 2) &&
           !attach_food_token(st, j - 1U);
}
