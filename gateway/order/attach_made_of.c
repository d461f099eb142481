/* attach_made_of.c — "a horchata of cinnamon", "a burrito of steak": "of" right after a dish and a
 * word or two its name or description holds say what the dish is made of, as a customer without the
 * dish's own name says it (attach_says_nothing.c, reading.h pass 4); "from" and a word or two
 * the description holds say where it comes from, as the description does ("a cola from mexico").
 * They point at the dish as its name does: words of its naming, no change ("of cinnamon" was kept
 * as one). */
#include "gateway/order/attach_internal.h"
#include "gateway/order/lexicon.h"

bool attach_made_of(const struct attach_state *st, const struct order_thing *th, size_t a, size_t b)
{
    if (!ORDER_CUES_ANY(&st->cues, "of", "from"))
        return false;
    enum { MADE_OF_WORDS_MAX = 2 };
    const struct order_token *t = st->tokens;
    if (!th->is_span || th->item < 0 || a != th->end ||
        !(order_tok_is(st->text, t, a, b, "of") || order_tok_is(st->text, t, a, b, "from")))
        return false;
    const char *words[MADE_OF_WORDS_MAX];
    size_t lens[MADE_OF_WORDS_MAX], n = 0;
    for (size_t i = a + 1U; i < b; i++) {
        if (t[i].kind != ORDER_TOKEN_WORD || n == MADE_OF_WORDS_MAX)
            return false;
        if (i == a + 1U && order_tok_article(st->text, t, i, b))
            continue;
        words[n] = st->text + t[i].off;
        lens[n++] = t[i].len;
    }
    if (n == 0 || order_lexicon_item_mentions(st->rd->lex, th->item, words, lens, n) != n)
        return false;
    for (size_t i = a; i < b; i++)
        st->rg->roles[i] = ORDER_ROLE_ITEM;
    return true;
}
