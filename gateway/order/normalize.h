/* normalize.h — message text as the order domain reads it.
 *
 * Two forms of one message: the display form (Unicode NFC, runs of blanks collapsed to one
 * space, new lines kept because they separate items) and the match form (the display form
 * case-folded, apostrophes removed so "I'd" and "Id" read alike). Both are written into
 * caller buffers without allocating: decomposition and composition run in a fixed
 * codepoint array on the stack.
 *
 * The match form is then split into tokens: words (letters, digits, inner hyphens and dots
 * between digits: "gluten-free", "6.30") and one-character punctuation tokens that can
 * separate items (, ; + & ( ) : . ! ? - * / and new line, save one right after '.' or '!';
 * bullets and emoji become ','). In the match form a food or drink emoji is first written as
 * the noun it pictures ("1 🍔" reads "1 burger", emoji.h), once when repeated, not at all
 * right after the word it illustrates ("fries 🍟"). */
#ifndef BRIGADE_GATEWAY_ORDER_NORMALIZE_H
#define BRIGADE_GATEWAY_ORDER_NORMALIZE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

enum {
    ORDER_TEXT_BYTES_MAX = 4096, /* message bytes accepted (the endpoint answers 413 above) */
    ORDER_TOKENS_MAX = 1024,     /* tokens kept per message; the rest is ignored */
    /* codepoints while normalising: folding can lengthen text, never past 3x ("ŉ" -> 2) */
    ORDER_CODEPOINTS_MAX = 3 * ORDER_TEXT_BYTES_MAX,
    ORDER_FOLDED_BYTES_MAX = 4 * ORDER_CODEPOINTS_MAX + 1,
};

enum order_token_kind {
    ORDER_TOKEN_WORD,
    ORDER_TOKEN_PUNCT,
    ORDER_TOKEN_KIND_MAX,
};

struct order_token {
    uint32_t off; /* into the match-form text */
    uint16_t len;
    uint8_t kind; /* enum order_token_kind */
    char punct;   /* the punctuation character for ORDER_TOKEN_PUNCT, else 0 */
};

/* Writes the display form of text[0..len) to out (NUL-terminated). Returns its length, or
 * -EINVAL for invalid UTF-8 or a NUL byte, -E2BIG when len > ORDER_TEXT_BYTES_MAX or the
 * result does not fit out_cap. */
int order_normalize_display(const char *text, size_t len, char *out, size_t out_cap);

/* Writes the match form (see above) of text[0..len) to out (NUL-terminated). Returns its
 * length, -EINVAL or -E2BIG as order_normalize_display. */
int order_normalize_match(const char *text, size_t len, char *out, size_t out_cap);

/* Writes the days texted with a digit for its sound in the match form out[0..o) ("2nite",
 * "2day", "2moro"), and the nights texted as they sound ("nite", "tonite"), as the words they
 * stand for (normalize_texted_days.c). Returns the new length, out_cap permitting. */
size_t order_days_texted(char *out, size_t o, size_t out_cap);

/* Writes each '&' standing between blanks in the match form out[0..o) as the word "and" it
 * stands for ("fries & a shake"; normalize_ampersand.c). Returns the new length, out_cap
 * permitting. */
size_t order_ampersand_as_and(char *out, size_t o, size_t out_cap);

/* True when token i of text starts a line: it is the first, a new line token stands before
 * it, or a new line stands in the gap before it that made no token (one right after '.' or
 * '!'; normalize_line_breaks.c). */
bool order_token_opens_line(const char *text, const struct order_token *tokens, size_t i);

/* Cuts from the match form out[0..o) a thanks run on after the last word of a message, no
 * mark between ("black thanks!" reads "black"), unless the word makes a phrase with it ("no
 * thanks") (normalize_thanks_closing.c). Returns the new length. */
size_t order_thanks_run_on_cut(char *out, size_t o);

/* Splits match-form text into at most max tokens. Returns the number written; text past
 * the max-th token is ignored. */
size_t order_tokenize(const char *text, size_t len, struct order_token *tokens, size_t max);

/* True when token t of text equals the NUL-terminated word w. Inline: the reading passes
 * test tokens against word lists many times per token. */
static inline bool order_token_is(const char *text, const struct order_token *t, const char *w)
{
    /* a word written in the call ("with") is measured by the compiler: its length, then one
     * comparison of a few bytes, folded to a load or two */
    if (__builtin_constant_p(__builtin_strlen(w)))
        return t->len == __builtin_strlen(w) &&
               __builtin_memcmp(text + t->off, w, __builtin_strlen(w)) == 0;
    /* else compared byte by byte without measuring w first: most calls differ at the first
     * byte */
    const char *s = text + t->off;
    for (size_t i = 0; i < t->len; i++)
        if (w[i] == '\0' || s[i] != w[i])
            return false;
    return w[t->len] == '\0';
}

/* True when token t of text is laughter: "lol", "lmao", "lmfao", "rofl", "xd", or a syllable
 * of it said again ("haha", "hahaha", "hehe"). Said among the words of an order it asks
 * nothing and changes nothing (laugh.c). */
bool order_token_laugh(const char *text, const struct order_token *t);

/* True when words a (alen bytes) and b (blen bytes) are equal, or one is the other with a
 * single letter dropped or two neighbouring letters swapped, where the longer is at least
 * ORDER_TYPO_WORD_MIN bytes and both share their first letter (people misspell inside a
 * word, rarely at its start). */
enum { ORDER_TYPO_WORD_MIN = 5 };
bool order_word_near(const char *a, size_t alen, const char *b, size_t blen);

/* An apostrophe at cps[i] that elides the last letter of a standalone "of" or "and" ("o'",
 * "an'", a blank or the end after it): the letter it stands for, or 0 (normalize_elided.c). */
int32_t order_elided_letter(const int32_t *cps, int i, int n);

#endif
