/* artifact_words.h — is a word a thing made by people that is no food ("umbrellas"), or a
 * person ("welders")? */
#ifndef BRIGADE_GATEWAY_ORDER_ARTIFACT_WORDS_H
#define BRIGADE_GATEWAY_ORDER_ARTIFACT_WORDS_H

#include <stdbool.h>
#include <stddef.h>

/* True when the lowercase word w[0..len), or its singular in -s, -es or -ies, names a thing
 * made by people and never a food in English ("umbrella", "chairs", "boxes"): counted, it is
 * no dish. */
bool order_artifact_word(const char *w, size_t len);

enum { ORDER_ARTIFACT_WORD_MAX = 24 }; /* longer words are on no list */

/* The form of w[0..len) the list holds, written to out (ORDER_ARTIFACT_WORD_MAX bytes): the
 * word itself or its singular ("boxes": "box", "accessories": "accessory"); its length, or 0
 * when order_artifact_word is false. */
size_t order_artifact_listed_form(const char *w, size_t len, char *out);

/* The form of w[0..len) the list of people holds ("welders": "welder", "patients":
 * "patient"), written to out (ORDER_ARTIFACT_WORD_MAX bytes): a noun whose most frequent
 * sense is a person and none a food; its length, or 0 when it is none. */
size_t order_person_listed_form(const char *w, size_t len, char *out);

#endif
