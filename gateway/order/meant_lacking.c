/* meant_lacking.c — "a coffee and fries. she means a hot coffee", "a cake. i mean a sponge cake"
 * (reading.h, after the contrasts): a sentence that opens with what someone means ("i mean",
 * "he means", "she meant") and names a dish the menu lacks says which dish was meant by a
 * word said before. When the word that ends that dish ("coffee") named a dish of the menu
 * before ("coffee": the Cold Brew Coffee), that dish was the word's reading, not what was meant:
 * it is replaced, and the dish the menu lacks is declined in its place. A dish of the menu
 * named after "i mean" is attach_correction's. */
#include "gateway/order/reading.h"

#include <string.h>

/* Does clause c open (past greetings, fillers and marks) with someone meaning: "i mean",
 * "he means", "she meant"? */
static bool meant_opens(const char *text, const struct order_token *tokens,
                        const struct order_reading *rg, size_t c)
{
    static const char *const someone[] = {"i", "he", "she", "they", "we"};
    static const char *const meaning[] = {"mean", "means", "meant"};
    const struct order_clause *cl = &rg->clauses[c];
    size_t at = cl->begin;
    while (at < cl->end &&
           (rg->roles[at] == ORDER_ROLE_GREETING || rg->roles[at] == ORDER_ROLE_FILLER ||
            tokens[at].kind == ORDER_TOKEN_PUNCT))
        at++;
    return order_tok_in(text, tokens, at, cl->end, someone, ORDER_WORDS_N(someone)) &&
           order_tok_in(text, tokens, at + 1U, cl->end, meaning, ORDER_WORDS_N(meaning));
}

/* Does a word of tokens [b, e) share a reading with token h, and is every word of [b, e) a
 * word of the dish meant, [mb, me)? "a coffee ... she means a hot coffee": the coffee was the
 * hot one; "a cold brew coffee ... she means a hot coffee": the cold brew was named in full,
 * and is kept. */
static bool meant_shares_word(const char *text, const struct order_token *tokens,
                              const struct order_reading *rg, size_t b, size_t e, size_t h,
                              size_t mb)
{
    for (size_t p = b; p < e; p++) {
        bool in_meant = tokens[p].kind != ORDER_TOKEN_WORD;
        for (size_t q = mb; q <= h && !in_meant; q++)
            in_meant = tokens[q].len == tokens[p].len &&
                       memcmp(text + tokens[q].off, text + tokens[p].off, tokens[p].len) == 0;
        if (!in_meant)
            return false;
    }
    for (size_t k = 0; k < rg->n_hits[h]; k++)
        if (order_reading_has_word(rg, b, e, rg->hits[h][k].words[0]))
            return true;
    return false;
}

void order_read_meant_lacking(const char *text, const struct order_token *tokens,
                              struct order_reading *rg)
{
    if (!ORDER_CUES_ANY(&rg->cues, "i", "he", "she", "they", "we") ||
        !ORDER_CUES_ANY(&rg->cues, "mean", "means", "meant"))
        return;
    for (size_t t = 0; t < rg->n_things; t++) {
        const struct order_thing *now = &rg->things[t];
        if (now->is_span || now->past || now->leftover_kind != ORDER_LEFTOVER_FOOD ||
            now->end <= now->begin)
            continue;
        size_t h = now->end - 1U; /* the word that ends the dish meant: "coffee" */
        if (rg->n_hits[h] == 0 || !meant_opens(text, tokens, rg, now->clause))
            continue;
        for (size_t x = 0; x < t; x++) {
            struct order_thing *o = &rg->things[x];
            if (o->is_span && !o->reference && o->clause < now->clause &&
                meant_shares_word(text, tokens, rg, o->begin, o->end, h, now->begin))
                o->reference = true; /* "coffee": the hot coffee meant, not the cold brew */
        }
    }
}
