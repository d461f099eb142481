/* language_placed.c — an order already placed, named in another language (language.h): "ya
 * vamos en camino a recoger el pedido", "ich hole meine Bestellung gleich ab". The word for an
 * order after a definite article or a possessive is one that exists; a new one is "un pedido",
 * "eine Bestellung". Without a dish, a count or a verb of wanting such a message speaks of
 * that order, its pickup or its way, and asks for nothing new. */
#include <stddef.h>
#include <string.h>

#include "gateway/order/language.h"

enum { PLACED_WORD_MAX = 16 };

/* The next word of s[*at..len) into word (lowercase ASCII letters; bytes beyond ASCII kept as
 * they are), its length, or 0 at the end. A word longer than the buffer is cut. */
static size_t placed_next(const char *s, size_t len, size_t *at, char *word)
{
    while (*at < len && !((unsigned char)s[*at] >= 0x80 || (s[*at] >= 'a' && s[*at] <= 'z') ||
                          (s[*at] >= 'A' && s[*at] <= 'Z')))
        (*at)++;
    size_t n = 0;
    while (*at < len && ((unsigned char)s[*at] >= 0x80 || (s[*at] >= 'a' && s[*at] <= 'z') ||
                         (s[*at] >= 'A' && s[*at] <= 'Z'))) {
        char c = s[*at];
        if (n < PLACED_WORD_MAX)
            word[n++] = (char)(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
        (*at)++;
    }
    word[n] = '\0';
    return n;
}

bool order_language_names_placed(const char *text, size_t len)
{
    /* the definite article or a possessive, then the word for an order, per language */
    static const char *const pairs[][2] = {
        {"el", "pedido"},       {"mi", "pedido"},        {"nuestro", "pedido"},
        {"o", "pedido"},        {"meu", "pedido"},       {"nosso", "pedido"},
        {"die", "bestellung"},  {"meine", "bestellung"}, {"unsere", "bestellung"},
        {"la", "commande"},     {"ma", "commande"},      {"notre", "commande"},
        {"mio", "ordine"},      {"nostro", "ordine"},    {"de", "bestelling"},
        {"mijn", "bestelling"}, {"onze", "bestelling"},  {"a", "encomenda"},
        {"minha", "encomenda"}, {"nossa", "encomenda"}};
    char prev[PLACED_WORD_MAX + 1] = "", word[PLACED_WORD_MAX + 1];
    size_t at = 0;
    while (placed_next(text, len, &at, word) > 0) {
        for (size_t p = 0; p < sizeof(pairs) / sizeof(*pairs); p++)
            if (strcmp(prev, pairs[p][0]) == 0 && strcmp(word, pairs[p][1]) == 0)
                return true;
        memcpy(prev, word, sizeof(prev));
    }
    return false;
}
