/* pasted_twice.c — a request sent twice over in one message (reading.h): "1 mango smoothie, 1
 * onion rings\n1 mango smoothie, 1 onion rings\nsorry pasted that twice". A run of clauses said
 * again word for word right after itself, five words or more and two dishes or more, is a paste or
 * a phone sending twice, not the order doubled: the dishes of the second copy point back at the
 * first. A line of one dish said again ("Lemonade\nLemonade", "1 Al Pastor Taco — $3.95" twice on a
 * receipt) still asks for two. */
#include <string.h>

#include "gateway/order/reading.h"

enum { PASTED_WORDS_MIN = 5 };

/* Are tokens a and b the same word or mark? */
static bool pasted_same(const char *text, const struct order_token *a, const struct order_token *b)
{
    if (a->kind != b->kind)
        return false;
    if (a->kind == ORDER_TOKEN_PUNCT)
        return a->punct == b->punct;
    return a->len == b->len && memcmp(text + a->off, text + b->off, a->len) == 0;
}

/* Do tokens [a, b) come again word for word at b? Their words in *words. */
static bool pasted_again(const char *text, const struct order_token *tokens, size_t n, size_t a,
                         size_t b, size_t *words)
{
    size_t len = b - a;
    *words = 0;
    if (b + len > n)
        return false;
    for (size_t k = 0; k < len; k++) {
        if (!pasted_same(text, &tokens[a + k], &tokens[b + k]))
            return false;
        *words += tokens[a + k].kind == ORDER_TOKEN_WORD;
    }
    return true;
}

void order_read_pasted_twice(const char *text, const struct order_token *tokens, size_t n,
                             struct order_reading *rg)
{
    if (rg->n_clauses < 2 || rg->n_things < 2)
        return;
    for (size_t x = 0; x + 1U < rg->n_clauses; x++) {
        size_t a = rg->clauses[x].begin;
        for (size_t y = x + 1U; y < rg->n_clauses; y++) {
            size_t b = rg->clauses[y].begin;
            size_t words;
            if (!pasted_same(text, &tokens[a], &tokens[b]) ||
                !pasted_again(text, tokens, n, a, b, &words))
                continue;
            size_t asked = 0; /* the dishes the first copy asks for: two or more */
            for (size_t t = 0; t < rg->n_things; t++)
                asked += rg->things[t].begin >= a && rg->things[t].end <= b &&
                         rg->things[t].is_span && !rg->things[t].reference;
            if (asked < 2 || words < PASTED_WORDS_MIN)
                break; /* a short line said again: so are longer runs of such lines */
            for (size_t t = 0; t < rg->n_things; t++)
                if (rg->things[t].begin >= b && rg->things[t].end <= b + (b - a))
                    rg->things[t].reference = true;
            return;
        }
    }
}
