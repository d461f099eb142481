/* language_internal.h — what the language detection's files share: the word lists
 * (language_lists.c), an index of their words (language_index.c) and the walk over a text's
 * words (language_walk.c). Not for use outside language*.c. */
#ifndef BRIGADE_GATEWAY_ORDER_LANGUAGE_INTERNAL_H
#define BRIGADE_GATEWAY_ORDER_LANGUAGE_INTERNAL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* The listed languages in three groups, in this order (language_lists.c):
 * - es de fr it pt nl pl tr sv, written in Latin letters: a verdict is cld2's, confirmed by
 *   their function words (language.c);
 * - Hindi written in Latin letters: cld2 reads Hindi in Devanagari only, so its own words
 *   alone tell it (language_hindi_latin.c);
 * - Russian in Cyrillic letters and Vietnamese in Latin letters with two marks: cld2 reads
 *   them, and their function words confirm it as they do the first nine's;
 * - Tagalog, in Latin letters: cld2 reads it, its function words confirm it, and it is last so
 *   that the match form's readers, which know the first ten, are as they were. */
enum {
    LANGUAGE_LATIN_CLD2 = 9,              /* the first nine, es to sv */
    LANGUAGE_HINDI = LANGUAGE_LATIN_CLD2, /* the tenth */
    /* The first ten: spelt in the letters the match form keeps (normalize.h), so the readers
     * of the match form try their words on its tokens (order_language_code). Russian and
     * Vietnamese are read as written only: the match form folds away their letters and marks
     * ("какой", "với"), so those readers would find their words misspelt. */
    LANGUAGE_MATCH_FORM = LANGUAGE_HINDI + 1,
    LANGUAGE_RUSSIAN = LANGUAGE_MATCH_FORM,
    LANGUAGE_VIETNAMESE,
    LANGUAGE_TAGALOG,
    LANGUAGE_LISTED, /* thirteen: es de fr it pt nl pl tr sv, hi, ru vi, tl */
    /* bytes; no listed word is longer ("здравствуйте" is 24), so longer words are skipped */
    LANGUAGE_WORD_MAX = 31,
};
_Static_assert(LANGUAGE_LISTED <= 16, "a language's mark is a bit of a 16-bit mask");

/* The languages whose verdict is cld2's confirmed by function words (bit i:
 * language_lists[i]): every listed one but Hindi. */
#define LANGUAGE_BY_CLD2_MASK ((uint16_t)(((1u << LANGUAGE_LISTED) - 1) & ~(1u << LANGUAGE_HINDI)))

/* One language's words, each list NULL-terminated, lowercase. */
struct language_words {
    const char *code;
    const char *const *strong; /* verbs, pronouns, question words: never in a dish name */
    const char *const *weak;   /* articles, prepositions, conjunctions, numbers */
    const char *const *counts;
    const char *const *please;
    const char *and_word; /* the word that joins two dishes ("y", "und") */
    /* question words and particles a question is asked with where no '?' is written
     * (Hindi "kya"); empty for a language that writes one */
    const char *const *asks;
};

extern const char *const language_en[]; /* English function words and chat words */
extern const struct language_words language_lists[LANGUAGE_LISTED];
extern const char *const language_courtesy[]; /* greetings, thanks, apologies (language.c) */

/* Where a word stands in the lists: an English word, and the languages whose strong, weak or
 * asking words hold it (bit i: language_lists[i]); a word of language_courtesy. */
struct language_marks {
    bool english;
    uint16_t strong, weak, asks;
    bool courtesy;
};

/* The marks of the NUL-terminated lowercase word, all clear when no list holds it. One
 * probe of a hash index instead of a scan of every list; thread-safe, the index is built
 * once on the first call, allocates nothing. */
struct language_marks language_marks_of(const char *word);

/* The languages (bit i: language_lists[i]) among es, fr, it, pt whose alphabet holds an
 * accented letter of the NUL-terminated lowercase word ("épicé": all four; "ã": pt), 0 for
 * none (language_accents.c). */
uint16_t language_accented_in(const char *word);

/* The Hindi words of a text so far, word by word (language_hindi_latin.c): the count its verdict
 * is given on, kept by the scan of a text that every language's verdict starts with. */
struct language_hindi_count {
    int strong, hindi, english, twos, evidence;
};

/* Counts the NUL-terminated lowercase word, its marks m, into c. */
void language_hindi_count_word(struct language_hindi_count *c, const char *word,
                               struct language_marks m);

/* True, code "hi" (a NUL-terminated code of 3 bytes), when the count is Hindi. */
bool language_hindi_verdict(const struct language_hindi_count *c, char *code);

/* The next run of letters of s[*at..len) into word, lowercased: ASCII letters, the Latin-1
 * and Latin Extended ones (lead bytes 0xC3-0xC9), the Cyrillic ones (0xD0-0xD1) and the Latin
 * letters with two marks of Vietnamese (U+1EA0..U+1EF9) every list's words are written with;
 * everything else (digits, apostrophes, "¿", emoji, other scripts) separates words. False
 * when no word is left. *fits is false for a run longer than LANGUAGE_WORD_MAX (word then
 * holds nothing usable). *at ends on the byte after the run (language_walk.c). */
bool language_next_word(const unsigned char *s, size_t len, size_t *at,
                        char word[LANGUAGE_WORD_MAX + 1], bool *fits);

#endif
