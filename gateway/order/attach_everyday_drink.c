/* attach_everyday_drink.c — a drink whose name is also an everyday English word ("stout",
 * "porter", "bitter"), where a dish stands (attach_leftover_run.c). The food lexicon leaves
 * such words out, since most of their uses in a message are the English ones ("a stout
 * fellow", "a bitter taste"); said alone after an article, a count or a request, or alone
 * with "please" ("stout please", "can i get a porter", "2 stouts"), the word is the noun and
 * names the drink the menu may lack: declined, never dropped. */
#include <string.h>

#include "gateway/order/attach_internal.h"

bool attach_everyday_drink(const struct attach_state *st, size_t i, size_t b)
{
    /* WordNet's beverage senses of words its food lexicon skips as everyday English */
    static const char *const drinks[] = {"stout", "porter", "bitter", "cordial"};
    if (!ORDER_CUES_ANY(&st->cues, "stout", "stouts", "porter", "porters", "bitter", "bitters",
                        "cordial", "cordials"))
        return false;
    if (b != i + 1U || st->tokens[i].kind != ORDER_TOKEN_WORD || st->rg->n_hits[i] > 0)
        return false;
    const char *w = st->text + st->tokens[i].off;
    size_t len = st->tokens[i].len;
    if (len > 1U && w[len - 1U] == 's') /* "2 stouts" */
        len--;
    for (size_t d = 0; d < ORDER_WORDS_N(drinks); d++)
        if (strlen(drinks[d]) == len && memcmp(drinks[d], w, len) == 0)
            return true;
    return false;
}
