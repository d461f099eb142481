/* attach_alone_coined.c — a message that is only a short noun phrase whose first word is a
 * coined name (attach_leftover_run.c): "crunchwrap supreme", "snackbox deluxe". A word no
 * dictionary knows made of two English words run together, each of four letters or more, is
 * how a product is named; sent alone, such a name asks for the thing, declined or asked back
 * as the menu has it or not, never dropped. Gibberish is no two English words, and a
 * message of English words alone ("great service") or a name no word makes asks for nothing. */
#include "gateway/order/attach_internal.h"

/* Is the word w[0..len) no English word, made of two English words of four letters or more
 * ("crunch" + "wrap")? A few lookups of a word's splits, asked of one word per message. */
static bool attach_coined_word(const struct attach_state *st, const char *w, size_t len)
{
    enum { PART_MIN = 4 };
    if (len < 2U * PART_MIN || order_dictionary_has(st->rd->dict, w, len))
        return false;
    for (size_t k = 0; k < len; k++)
        if (w[k] < 'a' || w[k] > 'z')
            return false;
    for (size_t k = PART_MIN; k + PART_MIN <= len; k++)
        if (order_dictionary_has(st->rd->dict, w, k) &&
            order_dictionary_has(st->rd->dict, w + k, len - k))
            return true;
    return false;
}

bool attach_alone_coined(const struct attach_state *st, size_t a, size_t b)
{
    enum { PHRASE_WORDS_MAX = 3 };
    if (st->rg->n_clauses != 1 || a >= b || b - a > PHRASE_WORDS_MAX || st->rg->n_hits[a] > 0)
        return false;
    return attach_phrase_alone(st, a, a, b) &&
           attach_coined_word(st, st->text + st->tokens[a].off, st->tokens[a].len);
}
