/* described_picks.c — a kind of several dishes said which of them by a description set off
 * right after it ("that spicy one again, the one with the pulled stuff"; reading.h). The
 * descriptions of dishes with no kind named are described_one.c's. */
#include <string.h>

#include "gateway/order/described_internal.h"
#include "gateway/order/reading.h"

/* "that spicy one again, the one with the pulled stuff": a kind of several dishes, then set
 * off right after it "the one with ..." (or "that has ...") says which of them: among the
 * kind's dishes only, any word their texts hold tells them apart, how they are made
 * ("pulled") as well as what is in them. Held by one, that is the dish; by several or none,
 * the kind is still asked back. */
void order_read_described_picks(const struct order_reader *rd, const char *text,
                                const struct order_token *tokens, size_t n,
                                struct order_reading *rg)
{
    if (!ORDER_CUES_ANY(&rg->cues, "one") ||
        !ORDER_CUES_ANY(&rg->cues, "with", "w", "where", "that", "which", "thats"))
        return;
    enum { BETWEEN_MAX = 3 }; /* "again", a comma */
    for (size_t k = 0; k < rg->n_things; k++) {
        struct order_thing *kind = &rg->things[k];
        if (!kind->is_span || kind->reference || kind->item >= 0 ||
            order_item_set_count(&kind->candidates) < 2)
            continue;
        size_t p = kind->end;
        bool mark = false;
        while (p < n && p < (size_t)kind->end + BETWEEN_MAX &&
               !described_pointing(text, tokens, p, n)) {
            mark = mark || tokens[p].kind == ORDER_TOKEN_PUNCT;
            if (rg->roles[p] == ORDER_ROLE_ITEM || rg->roles[p] == ORDER_ROLE_LEFTOVER)
                break; /* another dish between: the description is of that one */
            p++;
        }
        if (!mark || p + 3U >= n || !described_pointing(text, tokens, p, n) ||
            !order_tok_is(text, tokens, p + 1U, n, "one") ||
            !described_lead(text, tokens, p + 2U, n))
            continue;
        size_t e = p + 3U;
        while (e < n && tokens[e].kind == ORDER_TOKEN_WORD && rg->roles[e] == ORDER_ROLE_NONE)
            e++;
        if (e < n && tokens[e].kind == ORDER_TOKEN_WORD)
            continue; /* the words run into something read: not a description alone */
        const char *words[DESCRIBED_WORDS_MAX];
        size_t lens[DESCRIBED_WORDS_MAX], nw = 0;
        bool fits = true;
        for (size_t t = p + 3U; t < e && fits; t++) {
            if (described_filler(text, tokens, t, e) || tokens[t].len < 3)
                continue;
            fits = nw < DESCRIBED_WORDS_MAX;
            if (fits) {
                words[nw] = text + tokens[t].off;
                lens[nw++] = tokens[t].len;
            }
        }
        int32_t found = -1;
        size_t held = 0;
        for (int32_t i = order_item_set_next(&kind->candidates, 0); fits && nw > 0 && i >= 0;
             i = order_item_set_next(&kind->candidates, (size_t)i + 1U))
            if (order_lexicon_item_mentions(rd->lex, i, words, lens, nw) == nw &&
                described_quoted(rd->lex->item_text[i], words, lens, nw)) {
                found = i;
                held++;
            }
        if (held != 1)
            continue;
        order_thing_pin(kind, found);
        memset(rg->roles + p, ORDER_ROLE_ITEM, e - p);
    }
}
