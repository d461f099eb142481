/* attach_diet_of_someone.c — a diet said of someone the menu does not name, in words no span
 * read (attach_leftovers.c, reading.h pass 4): "one guest is vegetarian", "two kids are dairy
 * free", "one of our aunts has celiac". The words before the verb are who eats, the diet what they
 * eat: neither is a dish the menu lacks, and nothing of it is ordered. */
#include "gateway/order/attach_internal.h"

bool attach_diet_of_someone(const struct attach_state *st, size_t i, size_t j)
{
    enum { SUBJECT_WORDS_MAX = 4 }; /* "my two kids", "one of our guests" */
    /* "has celiac": a condition had, as a diet is kept */
    static const char *const copulas[] = {"is", "are", "was", "were", "s", "has", "have"};
    for (size_t p = i + 1U; p < j && p <= i + SUBJECT_WORDS_MAX; p++)
        if (order_tok_in(st->text, st->tokens, p, j, copulas, sizeof(copulas) / sizeof(*copulas)))
            return p + 1U < j && order_patterns_longest(&st->rd->u->diet_cues, st->text, st->tokens,
                                                        p + 1U, j, NULL) > 0;
    return false;
}
