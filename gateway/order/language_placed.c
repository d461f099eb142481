/* language_placed.c — an order already placed, named in another language (language.h): "ya
 * vamos en camino a recoger el pedido", "ich hole meine Bestellung gleich ab". The word for an
 * order after a definite article or a possessive is one that exists; a new one is "un pedido",
 * "eine Bestellung". Without a dish, a count or a verb of wanting such a message speaks of
 * that order, its pickup or its way, and asks for nothing new. */
#include <stddef.h>

#include "gateway/order/language.h"

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
    return order_language_has_pair(text, len, pairs, sizeof(pairs) / sizeof(*pairs));
}
