/* language_whether.c — a question asked as a wish to know, in another language (language.h):
 * "Necesito saber si el elote pica mucho", "Ich möchte wissen, ob ...", "Vorrei sapere se
 * ...". The verb of wanting there wants an answer, not a dish. */
#include <stddef.h>

#include "gateway/order/language.h"

bool order_language_asks_whether(const char *text, size_t len)
{
    /* a verb of knowing and the word that opens the question after it, per language */
    static const char *const pairs[][2] = {
        {"saber", "si"},      {"saber", "se"},      {"wissen", "ob"}, {"sapere", "se"},
        {"savoir", "si"},     {"weten", "of"},      {"saber", "qué"}, {"saber", "cuánto"},
        {"sapere", "quanto"}, {"savoir", "combien"}};
    return order_language_has_pair(text, len, pairs, sizeof(pairs) / sizeof(*pairs));
}
