/* contrast_not.c — "a hot coffee, not iced please", "one lemonade, not sweet" (reading.h, after
 * the lacking said): "not" and words that only say how a thing is (adjectives), set off by a
 * comma right after a thing asked for, say what that thing is not. They name no dish of
 * their own: a leftover of them is no thing asked for, nor a word to ask back ("iced" of the
 * menu's Iced Green Tea). A dish named after "not" ("not the mango") is
 * correct_kind_not's. */
#include "gateway/order/reading.h"

/* Are the words [b, e) adjectives alone (the adjective list holds them)? */
static bool contrast_how_only(const struct order_reader *rd, const char *text,
                              const struct order_token *tokens, size_t b, size_t e)
{
    for (size_t p = b; p < e; p++)
        if (tokens[p].kind != ORDER_TOKEN_WORD ||
            !order_dictionary_has(rd->lex->adjectives, text + tokens[p].off, tokens[p].len))
            return false;
    return e > b;
}

void order_read_contrasts_not(const struct order_reader *rd, const char *text,
                              const struct order_token *tokens, struct order_reading *rg)
{
    if (!ORDER_CUES_ANY(&rg->cues, "not"))
        return;
    for (size_t t = 1; t < rg->n_things; t++) {
        const struct order_thing *th = &rg->things[t], *before = &rg->things[t - 1U];
        size_t b = th->begin;
        if (th->is_span || th->past || b < 2U || !order_tok_is(text, tokens, b, th->end, "not") ||
            before->clause != th->clause || before->end + 1U != b ||
            tokens[b - 1U].kind != ORDER_TOKEN_PUNCT || tokens[b - 1U].punct != ',' ||
            !contrast_how_only(rd, text, tokens, b + 1U, th->end))
            continue;
        order_reading_leftover_to_filler(rg, t--); /* "hot coffee, not iced": how it is not */
    }
}
