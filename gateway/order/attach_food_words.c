/* attach_food_words.c — which words left over read as food (attach.c, reading.h pass 4): a
 * food word, one with two letters swapped, clipped or made plural with a z ("ckoe", "guac",
 * "enchiladaz"), a food read as a phrase ("hot dog"), and where a food leftover's words end, the
 * rest of a dish's name in its own language kept ("menudo rojo"). */
#include <string.h>

#include "gateway/order/attach_internal.h"
#include "gateway/order/language.h"

bool attach_food_token(const struct attach_state *st, size_t i)
{
    const struct order_token *t = &st->tokens[i];
    if (t->kind != ORDER_TOKEN_WORD)
        return false;
    const char *w = st->text + t->off;
    if (order_food_word(st->rd->food, w, t->len))
        return true;
    /* "enchiladaz": a food's plural texted with a z, where no menu word reads it ("tacoz") */
    if (st->rg->n_hits[i] == 0 && order_food_word_z_plural(st->rd->food, w, t->len) &&
        !order_dictionary_has(st->rd->dict, w, t->len))
        return true;
    /* "a coca-cola": a word no menu word reads, joined by hyphens where an entry of the
     * lexicon spaces the words ("coca cola"); "sugar-free" or "no-kale" are no entry */
    char spaced[ORDER_PHRASE_BYTES_MAX];
    if (st->rg->n_hits[i] > 0 || !memchr(w, '-', t->len) || t->len >= sizeof(spaced))
        return false;
    for (size_t k = 0; k < t->len; k++)
        spaced[k] = w[k] == '-' ? ' ' : w[k];
    return order_food_entry(st->rd->food, spaced, t->len);
}

/* Is token i a word no reading, no dictionary and no food lexicon knows that is a food
 * with two letters swapped ("ckoe": "coke") or one clipped ("guac": "guacamole")? */
bool attach_swapped_food(const struct attach_state *st, size_t i)
{
    const struct order_token *t = &st->tokens[i];
    const char *w = st->text + t->off;
    return t->kind == ORDER_TOKEN_WORD && st->rg->n_hits[i] == 0 &&
           !order_dictionary_has(st->rd->dict, w, t->len) &&
           (order_food_word_swapped(st->rd->food, w, t->len) ||
            order_food_word_clipped(st->rd->food, w, t->len));
}

/* Is token i a word no menu word reads that heads foods of several words ("dip" of "bean
 * dip", food.h)? */
static bool attach_food_tail(const struct attach_state *st, size_t i)
{
    const struct order_token *t = &st->tokens[i];
    return t->kind == ORDER_TOKEN_WORD && st->rg->n_hits[i] == 0 &&
           order_food_tail(st->rd->food, st->text + t->off, t->len);
}

/* Do the words [i, b) read as food as a phrase (food.h)? */
bool attach_food_run(const struct attach_state *st, size_t i, size_t b)
{
    char phrase[ORDER_PHRASE_BYTES_MAX];
    size_t o = order_words_join(st->text, st->tokens, i, b, phrase, sizeof(phrase));
    return o > 0 && order_food_phrase(st->rd->food, phrase, o);
}

bool attach_food_slipped_word(const struct attach_state *st, size_t i, size_t b,
                              char meant[ATTACH_SLIPPED_WORD_MAX + 2])
{
    enum { SLIPPED_WORD_MIN = 2 };
    const struct order_token *x = &st->tokens[i], *y = &st->tokens[i + 1U];
    if (b != i + 2U || x->kind != ORDER_TOKEN_WORD || y->kind != ORDER_TOKEN_WORD ||
        y->len < SLIPPED_WORD_MIN || y->len > ATTACH_SLIPPED_WORD_MAX ||
        order_dictionary_has(st->rd->dict, st->text + y->off, y->len) ||
        order_food_entry_of(st->rd->food, st->text + x->off, x->len, st->text + y->off, y->len))
        return false; /* "pad thai" is no "pad thais" */
    const char *w = st->text + y->off;
    for (size_t at = 1; at <= y->len; at++) {
        memcpy(meant, w, at);
        memcpy(meant + at + 1U, w + at, y->len - at);
        meant[y->len + 1U] = '\0';
        for (char c = 'a'; c <= 'z'; c++) {
            meant[at] = c;
            if (order_food_entry_of(st->rd->food, st->text + x->off, x->len, meant, y->len + 1U))
                return true;
        }
    }
    return false;
}

/* Is w[0..len) a word of another language: four letters or more, a vowel among them, no
 * English, no function word ("los") and no misspelt menu word? Not a word misspelt beyond
 * reading ("rll" for "roll"), which is asked back. */
static bool attach_foreign_word(const struct attach_state *st, const char *w, size_t len)
{
    enum { FOREIGN_WORD_MIN = 4 };
    bool vowel = false;
    for (size_t k = 0; k < len; k++)
        vowel = vowel || strchr("aeiou", w[k]) != NULL;
    if (len < FOREIGN_WORD_MIN || !vowel)
        return false;
    return !order_dictionary_has(st->rd->dict, w, len) && !order_language_function_word(w, len) &&
           !order_read_near_menu_word(st->rd->lex, w, len);
}

/* Where the words of another language after a food end, from p up to b: the rest of a
 * dish's name in its own language ("menudo rojo", "pozole verde"), which the food's name
 * keeps. "menudo los domingos": an article starts other words. */
static size_t attach_foreign_tail(const struct attach_state *st, size_t p, size_t b)
{
    while (p < b && st->tokens[p].kind == ORDER_TOKEN_WORD && st->rg->n_hits[p] == 0 &&
           attach_foreign_word(st, st->text + st->tokens[p].off, st->tokens[p].len))
        p++;
    return p;
}

/* Does the leftover [i, b) read as food or drink, and where do its food words end (*last_food)?
 * named: it is a list's item that looks like a brand or another cuisine's dish ("fries and a
 * Corona"): off the menu, unless the embedding says. */
bool attach_leftover_food(const struct attach_state *st, size_t i, size_t b, bool named,
                          size_t *last_food)
{
    char meant[ATTACH_SLIPPED_WORD_MAX + 2];
    *last_food = b;
    for (size_t p = i; p < b; p++)
        if (attach_food_token(st, p) || st->rg->dish_word[p])
            *last_food = p + 1;
    if (*last_food + 1U == b && attach_food_tail(st, b - 1U))
        *last_food = b; /* "nacho dip": the noun that heads foods ends the food */
    if (*last_food != b)
        *last_food = attach_foreign_tail(st, *last_food, b); /* "menudo rojo" */
    if (*last_food != b || attach_food_token(st, b - 1) || st->rg->dish_word[b - 1])
        return true;
    /* "hot dog", "pad thai": food as a whole; "ranch dip": a word before the noun that heads
     * foods ("bean dip", "cheese dip"), where no menu word stands */
    return named || attach_food_run(st, i, b) || attach_platter_head(st, i, b) ||
           (b >= i + 2 && st->tokens[b - 2].kind == ORDER_TOKEN_WORD &&
            attach_food_tail(st, b - 1)) ||
           attach_food_slipped_word(st, i, b, meant);
}
