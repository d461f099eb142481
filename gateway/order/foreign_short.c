/* foreign_short.c — a short message that cld2 reliably reads as a listed language, by too few
 * of its function words for the word count (see foreign_names.h): "Macie coś wegańskiego?",
 * "Chciałbym zamówić churros", "Vous me conseillez quoi ?", "Grazie, arrivederci". The word
 * count asks three pieces of evidence, which a message of two to eight words seldom holds,
 * while cld2 is sure of such a message whenever its words are the language's own. Its verdict
 * is taken when the message holds one strong word of that language (a verb, pronoun or
 * question word) or two of its words, one a courtesy, and as many again of them and of words no
 * English speaker writes as of English words, the menu's words aside. */
#include "gateway/order/foreign_names.h"

#include <string.h>

#include "gateway/order/dictionary.h"
#include "gateway/order/language.h"
#include "gateway/order/reading.h"

enum {
    SHORT_WORDS_MAX = 8,   /* longer messages hold the evidence the word count asks */
    SHORT_PERCENT_MIN = 90 /* the share of the text cld2 must give the language */
};

/* The words of the message outside the menu's: the language's own (*own, *strong of them:
 * a function word or a courtesy), English ones (a function word or a dictionary word) and
 * the rest. False when the message has more than SHORT_WORDS_MAX words. */
struct short_words {
    size_t own, strong, courtesy, english, other;
};

static bool short_count(const struct order_work *w, const struct order_dictionary *dict,
                        const char *code, struct short_words *c)
{
    memset(c, 0, sizeof(*c));
    size_t words = 0;
    for (size_t t = w->inner_tb; t < w->inner_te; t++) {
        const struct order_token *k = &w->tokens[t];
        const char *word = w->folded + k->off;
        if (k->kind != ORDER_TOKEN_WORD || (word[0] >= '0' && word[0] <= '9'))
            continue;
        if (++words > SHORT_WORDS_MAX)
            return false;
        if (w->reading.n_hits[t] > 0)
            continue; /* a menu word: any language names the dish so */
        bool courtesy = order_language_courtesy_in(word, k->len);
        bool own = order_language_word_of(code, word, k->len) || courtesy;
        c->courtesy += courtesy;
        /* a verb of recommending ("polecacie", "aanraden") is as strong a word as any */
        bool strong =
            order_language_strong_of(code, word, k->len) || order_language_recommends(word, k->len);
        c->own += own || strong;
        c->strong += strong;
        bool english =
            order_language_english_word(word, k->len) || order_dictionary_has(dict, word, k->len);
        c->english += !own && !strong && english;
        c->other += !own && !strong && !english;
    }
    return words > 0;
}

/* Could a listed language's words be in the message at all? One probe a word, before cld2 is
 * asked: most English messages hold none. */
static bool short_any_foreign_word(const struct order_work *w)
{
    /* the words counted first: a longer message is ruled out without a probe of its first
     * eight words */
    size_t words = 0;
    for (size_t t = w->inner_tb; t < w->inner_te; t++)
        if (w->tokens[t].kind == ORDER_TOKEN_WORD && ++words > SHORT_WORDS_MAX)
            return false;
    for (size_t t = w->inner_tb; t < w->inner_te; t++) {
        const struct order_token *k = &w->tokens[t];
        if (k->kind == ORDER_TOKEN_WORD &&
            (order_language_function_word(w->folded + k->off, k->len) ||
             order_language_recommends(w->folded + k->off, k->len)))
            return true;
    }
    return false;
}

bool order_foreign_short(struct order_work *w, const struct order_dictionary *dict)
{
    if (!short_any_foreign_word(w))
        return false;
    struct order_language_guess guess;
    if (!order_language_cld2_guess(w->display + w->inner_from, w->inner_to - w->inner_from,
                                   &guess) ||
        !guess.reliable || guess.percent < SHORT_PERCENT_MIN)
        return false;
    for (size_t l = 0;; l++) {
        const char *code = order_language_code(l);
        if (!code)
            return false;
        if (strcmp(code, guess.code) == 0)
            break;
    }
    struct short_words c;
    /* a strong word, with as many of the language's words and words no English speaker
     * writes as English ones; or two of its words, one a courtesy, and no English one
     * ("gracias amigo" is an English speaker's; the articles of a dish's name in its own
     * language, "los tacos de pastor", are no sentence) */
    if (!short_count(w, dict, guess.code, &c) ||
        !(c.strong ? c.own + c.other >= 2 * c.english : c.own >= 2 && c.courtesy && c.english == 0))
        return false;
    memcpy(w->language, guess.code, strlen(guess.code) + 1);
    return true;
}
