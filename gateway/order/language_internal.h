/* language_internal.h — what the language detection's files share: the word lists
 * (language_lists.c) and an index of their words (language_index.c). Not for use outside
 * language*.c. */
#ifndef BRIGADE_GATEWAY_ORDER_LANGUAGE_INTERNAL_H
#define BRIGADE_GATEWAY_ORDER_LANGUAGE_INTERNAL_H

#include <stdbool.h>
#include <stdint.h>

enum { LANGUAGE_LISTED = 11 }; /* languages with lists: es de fr it pt nl pl tr sv ru vi */
_Static_assert(LANGUAGE_LISTED <= 16, "a language's mark is a bit of a 16-bit mask");
/* The languages listed first, whose words the readers of the match form try on its tokens
 * (order_language_code): those after them are read as written only, in letters or marks
 * the match form folds away ("какой", "với"), so those readers would find their words
 * misspelt. */
enum { LANGUAGE_MATCH_FORM = 9 };
_Static_assert((int)LANGUAGE_MATCH_FORM <= (int)LANGUAGE_LISTED, "a prefix of the lists");

/* One language's words, each list NULL-terminated, lowercase. */
struct language_words {
    const char *code;
    const char *const *strong; /* verbs, pronouns, question words: never in a dish name */
    const char *const *weak;   /* articles, prepositions, conjunctions, numbers */
    const char *const *counts;
    const char *const *please;
    const char *and_word; /* the word that joins two dishes ("y", "und") */
};

extern const char *const language_en[]; /* English function words and chat words */
extern const struct language_words language_lists[LANGUAGE_LISTED];
extern const char *const language_courtesy[]; /* greetings, thanks, apologies (language.c) */

/* Where a word stands in the lists: an English word, and the languages whose strong or weak
 * words hold it (bit i: language_lists[i]); a word of language_courtesy. */
struct language_marks {
    bool english;
    uint16_t strong, weak;
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

#endif
