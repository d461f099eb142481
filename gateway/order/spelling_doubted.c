/* spelling_doubted.c — a thing asked for, then doubted in its spelling: "could i get pad see
 * ew, not sure if i'm spelling that right". Whoever doubts how a thing is spelt gave it as a
 * name, and a name asked for is a dish, though its words are all common English: it is no
 * filler ("could i get some help"), it is a dish the menu may lack. */
#include <string.h>

#include "gateway/order/reading.h"

enum { SPELLING_WORDS_AFTER_MAX = 10 }; /* "not sure if i'm spelling that right" */

/* Does the word of token t speak of spelling ("spell", "spelling", "spelt", "spelled")? */
static bool spelling_word(const char *text, const struct order_token *t)
{
    return t->kind == ORDER_TOKEN_WORD && t->len >= 5U && memcmp(text + t->off, "spel", 4) == 0;
}

void order_read_spelling_doubted(const char *text, const struct order_token *tokens, size_t n,
                                 struct order_reading *rg)
{
    for (size_t k = 0; k < rg->n_things; k++) {
        struct order_thing *th = &rg->things[k];
        if (th->is_span || th->past || th->vague || th->garbled || th->left_to_us ||
            th->leftover_kind != ORDER_LEFTOVER_ITEMLIKE || !rg->clauses[th->clause].request_form)
            continue;
        /* the thing ends its clause, or the words up to the next thing */
        size_t stop = k + 1U < rg->n_things ? rg->things[k + 1U].begin : n;
        size_t last = th->end + SPELLING_WORDS_AFTER_MAX;
        bool doubted = false;
        for (size_t p = th->end; p < stop && p < last && !doubted; p++)
            doubted = spelling_word(text, &tokens[p]);
        if (doubted)
            th->leftover_kind = ORDER_LEFTOVER_FOOD;
    }
}
