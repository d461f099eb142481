/* favorite_told.c — a dish told to be someone's favourite, in a part of its own beside the
 * dishes (reading.h, after taste_liked.c): "a mango smoothie, my fave", "a horchata, horchata
 * is my favorite", "a cold brew, my favourite drink", "my fave, a flan please". A possessive
 * and a word of favour ("favorite", "fave", "fav"), perhaps a noun after it ("drink", "one"),
 * closing the part, perhaps after "its" or "thats", or after a dish and a copula opening the
 * part: a verdict, why the customer orders. The words left over there ("fave", "favourite
 * drink": no dictionary lists "fave", "drink" is food) are asked for by nobody; nor is a dish
 * named there ("mango is my favorite") when a dish is asked for in another part: of the same
 * item it was counted twice, of another ("a flan, churros are my fave") the order was lost
 * as a remark. */
#include "gateway/order/reading.h"

/* Where the verdict opening at token i ends: a possessive, a word of favour and perhaps one
 * noun, closing at a mark or e; i when there is none. */
static size_t favorite_verdict_end(const char *text, const struct order_token *tokens, size_t i,
                                   size_t e)
{
    static const char *const favour[] = {"favorite", "favourite", "fave", "fav", "favs", "faves"};
    if (!order_tok_possessive(text, tokens, i, e) ||
        !order_tok_in(text, tokens, i + 1U, e, favour, ORDER_WORDS_N(favour)))
        return i;
    size_t n = i + 2U;
    if (n < e && tokens[n].kind == ORDER_TOKEN_WORD)
        n++; /* "my favourite drink" */
    return n >= e || tokens[n].kind == ORDER_TOKEN_PUNCT ? n : i;
}

/* Does the part opening at token s (after a mark or at the clause's start) hold only thing th
 * and a verdict: "my fave" (th the leftover words), "its my fave", "mango is my favorite"? */
static bool favorite_part(const char *text, const struct order_token *tokens,
                          const struct order_clause *cl, const struct order_thing *th, size_t s)
{
    static const char *const copulas[] = {"is", "are", "s", "was"};
    static const char *const pointing[] = {"its", "thats"};
    size_t e = cl->end;
    if (s > cl->begin && tokens[s - 1U].kind != ORDER_TOKEN_PUNCT)
        return false;
    if (!th->is_span) {
        size_t v = order_tok_in(text, tokens, s, e, pointing, ORDER_WORDS_N(pointing)) ? s + 1U : s;
        size_t ve = favorite_verdict_end(text, tokens, v, e);
        return ve > v && th->end == ve && th->begin >= s;
    }
    size_t a = order_tok_is(text, tokens, s, e, "the") ? s + 1U : s;
    size_t v = th->end;
    return th->begin == a && order_tok_in(text, tokens, v, e, copulas, ORDER_WORDS_N(copulas)) &&
           favorite_verdict_end(text, tokens, v + 1U, e) > v + 1U;
}

/* Where the part holding token b starts: after the mark before it, or at the clause's start. */
static size_t favorite_part_start(const struct order_token *tokens, const struct order_clause *cl,
                                  size_t b)
{
    size_t s = b;
    while (s > cl->begin && tokens[s - 1U].kind != ORDER_TOKEN_PUNCT)
        s--;
    return s;
}

bool order_favorite_part(const char *text, const struct order_token *tokens,
                         const struct order_reading *rg, size_t x)
{
    if (!ORDER_CUES_ANY(&rg->cues, "favorite", "favourite", "fave", "fav", "favs", "faves") ||
        !ORDER_CUES_ANY(&rg->cues, "my", "our", "his", "her", "their"))
        return false;
    const struct order_thing *th = &rg->things[x];
    const struct order_clause *cl = &rg->clauses[th->clause];
    return th->reference &&
           favorite_part(text, tokens, cl, th, favorite_part_start(tokens, cl, th->begin));
}

void order_read_favorite_told(const char *text, const struct order_token *tokens,
                              struct order_reading *rg)
{
    if (!ORDER_CUES_ANY(&rg->cues, "favorite", "favourite", "fave", "fav", "favs", "faves") ||
        !ORDER_CUES_ANY(&rg->cues, "my", "our", "his", "her", "their"))
        return;
    for (size_t x = 0; x < rg->n_things; x++) {
        struct order_thing *th = &rg->things[x];
        const struct order_clause *cl = &rg->clauses[th->clause];
        if (th->reference || th->qty_explicit ||
            !favorite_part(text, tokens, cl, th, favorite_part_start(tokens, cl, th->begin)))
            continue;
        /* a dish asked for in another part: the verdict names a dish as the customer's
         * favourite, asked for there ("a horchata, horchata is my favorite") or not ("a flan,
         * churros are my fave": why the customer orders, as a taste told is) */
        for (size_t y = 0; y < rg->n_things && !th->reference; y++) {
            const struct order_thing *o = &rg->things[y];
            th->reference = y != x && o->is_span && !o->reference;
        }
    }
}
