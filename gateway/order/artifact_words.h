/* artifact_words.h — is a word a thing made by people that is no food ("umbrellas")? */
#ifndef BRIGADE_GATEWAY_ORDER_ARTIFACT_WORDS_H
#define BRIGADE_GATEWAY_ORDER_ARTIFACT_WORDS_H

#include <stdbool.h>
#include <stddef.h>

/* True when the lowercase word w[0..len), or its singular in -s, -es or -ies, names a thing
 * made by people and never a food in English ("umbrella", "chairs", "boxes"): counted, it is
 * no dish. */
bool order_artifact_word(const char *w, size_t len);

#endif
