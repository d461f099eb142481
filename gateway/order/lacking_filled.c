/* lacking_filled.c — a dish the menu lacks, then what fills it set off right after it
 * (reading.h): "3 enchiladas (chicken)", "a calzone? pepperoni if possible". A note-taker
 * writes the filling after the dish as "chicken enchiladas" before it: the menu words name
 * what is in the dish the menu lacks, not a dish of their own to be asked back which. They
 * join its phrase ("chicken enchiladas"), declined as one thing. */
#include <stdio.h>
#include <string.h>

#include "gateway/order/reading.h"

enum { FILLING_WORDS_MAX = 2 };

/* Does any word of span th read as the head of a name or a section ("tacos", "burrito")? A
 * kind of the menu after a dish it lacks is another dish ("pozole, tacos please"). */
static bool filled_has_head(const struct order_reader *rd, const struct order_reading *rg,
                            const struct order_thing *th)
{
    for (size_t t = th->begin; t < th->end; t++)
        for (uint8_t h = 0; h < rg->n_hits[t]; h++)
            for (uint8_t w = 0; w < rg->hits[t][h].n_words; w++)
                if (rd->lex->words[rg->hits[t][h].words[w]].head)
                    return true;
    return false;
}

/* Is the filling set off right after the dish: in brackets of its own ("enchiladas
 * (chicken)"), or after a mark ending the dish's clause, alone to its clause's end or
 * before words of politeness or condition ("? pepperoni if possible")? */
static bool filled_set_off(const char *text, const struct order_token *tokens,
                           const struct order_reading *rg, const struct order_thing *dish,
                           const struct order_thing *fill)
{
    static const char *const after[] = {"if", "possible", "please", "pls", "plz", "thanks"};
    size_t open = dish->end;
    if (open + 1U != fill->begin || tokens[open].kind != ORDER_TOKEN_PUNCT)
        return false;
    size_t e = rg->clauses[fill->clause].end, p = fill->end;
    if (tokens[open].punct == '(')
        return p < e && tokens[p].kind == ORDER_TOKEN_PUNCT && tokens[p].punct == ')';
    if (!strchr(",?", tokens[open].punct) || fill->clause == dish->clause ||
        rg->clauses[fill->clause].begin != fill->begin)
        return false;
    while (order_tok_in(text, tokens, p, e, after, ORDER_WORDS_N(after)))
        p++;
    for (; p < e; p++)
        if (tokens[p].kind != ORDER_TOKEN_PUNCT)
            return false;
    return true;
}

void order_read_lacking_filled(const struct order_reader *rd, const char *text,
                               const struct order_token *tokens, struct order_reading *rg)
{
    for (size_t x = 0; x + 1U < rg->n_things; x++) {
        struct order_thing *dish = &rg->things[x];
        const struct order_thing *fill = &rg->things[x + 1U];
        if (dish->is_span || dish->leftover_kind != ORDER_LEFTOVER_FOOD || dish->past ||
            dish->vague || dish->left_to_us || dish->reference || dish->ingredient ||
            !fill->is_span || fill->item >= 0 || fill->qty_explicit || fill->reference ||
            fill->mods.n > 0 || fill->end - fill->begin > FILLING_WORDS_MAX ||
            !filled_set_off(text, tokens, rg, dish, fill) || filled_has_head(rd, rg, fill))
            continue;
        char words[ORDER_PHRASE_BYTES_MAX];
        order_words_join(text, tokens, fill->begin, fill->end, words, sizeof(words));
        char phrase[ORDER_PHRASE_BYTES_MAX];
        int n = snprintf(phrase, sizeof(phrase), "%s %s", words, dish->phrase);
        if (n < 0 || (size_t)n >= sizeof(phrase))
            continue;
        memcpy(dish->phrase, phrase, (size_t)n + 1U);
        dish->phrase_len = (uint16_t)n;
        memset(rg->roles + fill->begin, ORDER_ROLE_FILLER, fill->end - fill->begin);
        order_reading_drop_thing(rg, x + 1U);
    }
}
