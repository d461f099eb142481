/* foreign_names.h — is a message written in another language around the menu's names?
 *
 * Menu names are English whatever the customer speaks, and can outweigh the rest of a
 * message, so language detection over the whole text (language.h) misses "quisiera pedir 2
 * cheese burger, cinco kids mini burger" and "trois sweet potato fries svp". These checks read
 * only the words around the names the reading found. */
#ifndef BRIGADE_GATEWAY_ORDER_FOREIGN_NAMES_H
#define BRIGADE_GATEWAY_ORDER_FOREIGN_NAMES_H

#include <stdbool.h>

#include "gateway/order/pipeline.h"

/* True when the words of w's message that the menu's lexicon did not read, alone, are
 * detected as another language; its code is then written to w->language. */
bool order_foreign_around_names(struct order_work *w);

/* True when a listed language's "please" (order_language_please) stands in w's message and
 * either a dish is counted in that language ("tres cheeseburgers por favor") or every word
 * around the names is that language's, dishes joined by its "and" ("2 tacos al pastor y 1
 * horchata, gracias, por favor"), or the "please" is a strong word of the language and every
 * other word around the names its own ("Poproszę falafel wrap"): too few words for the
 * detection, but no English speaker's message. The language's code is then written to
 * w->language. */
bool order_foreign_courtesy(struct order_work *w);

/* True when w's message is only a count in a listed language and one or two words, none of
 * them English nor read by the menu's lexicon ("Zwei Pommes."): a thing asked for in that
 * language, too short for the detection. Its code is then written to w->language. */
bool order_foreign_count_alone(struct order_work *w, const struct order_dictionary *dict);

/* True when w's message, of at most eight words, is reliably read by cld2 as a listed
 * language and holds a strong word of it or two of its words, one a courtesy, and at least
 * half its words outside the menu's are that language's or no English word ("Macie coś
 * wegańskiego?", "Vous me conseillez quoi ?"): too few function words for the detection's
 * count. Its code is then written to w->language (foreign_short.c). */
bool order_foreign_short(struct order_work *w, const struct order_dictionary *dict);

#endif
