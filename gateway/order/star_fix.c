/* star_fix.c — a texted fix marked by an asterisk touching its first word, put after an
 * order (reading.h): "2 chiken wraps *chicken", "a flna *flan", "4 tacos ... \n*5 tacos".
 * Texting marks the word that replaces a word sent wrong with a '*' written against it.
 * A fix naming the same dish as the thing right before it is that dish said again, no
 * second one; a fix with a count naming a dish asked for before sets that dish's count.
 * A list whose lines open with a '*' marks every line so: a dish whose own name stands
 * after a '*' is never fixed, so a bulleted list keeps each line's dish. */
#include "gateway/order/reading.h"

enum {
    FIX_GAP_TOKENS_MAX = 4, /* "for me ." between the dish and its fix */
};

/* The first token of thing s's words: its count's first token when one is read before it. */
static size_t thing_first(const struct order_reading *rg, const struct order_thing *s)
{
    size_t b = s->begin;
    while (b > 0 && rg->roles[b - 1U] == ORDER_ROLE_QTY)
        b--;
    return b;
}

/* Is the token before b an asterisk written against token b, itself after a blank or
 * nothing ("*flan", not "2*3")? */
static bool star_against(const char *text, const struct order_token *tokens, size_t b)
{
    if (b == 0)
        return false;
    const struct order_token *star = &tokens[b - 1U];
    if (star->kind != ORDER_TOKEN_PUNCT || star->punct != '*' ||
        star->off + star->len != tokens[b].off)
        return false;
    return star->off == 0 || text[star->off - 1U] == ' ' || text[star->off - 1U] == '\n';
}

/* The nearest thing before k naming s's one dish, not itself opened by a star; -1 when
 * none. */
static int named_before(const char *text, const struct order_token *tokens,
                        const struct order_reading *rg, size_t k)
{
    const struct order_thing *s = &rg->things[k];
    for (size_t j = k; j-- > 0;) {
        const struct order_thing *l = &rg->things[j];
        if (l->is_span && l->item == s->item)
            return star_against(text, tokens, thing_first(rg, l)) ? -1 : (int)j;
    }
    return -1;
}

void order_read_star_fixes(const char *text, const struct order_token *tokens,
                           struct order_reading *rg)
{
    for (size_t k = 1; k < rg->n_things; k++) {
        struct order_thing *s = &rg->things[k];
        size_t first = thing_first(rg, s);
        if (!s->is_span || s->item < 0 || s->qty_unclear || s->mods.n > 0 ||
            !star_against(text, tokens, first))
            continue;
        int j = named_before(text, tokens, rg, k);
        if (j < 0)
            continue;
        struct order_thing *l = &rg->things[j];
        if (first < s->begin) {
            if (!s->qty_explicit)
                continue;
            l->qty = s->qty; /* "*5 birria tacos": the count put right */
            l->qty_explicit = true;
        } else if ((size_t)j + 1U != k || s->begin > l->end + FIX_GAP_TOKENS_MAX) {
            continue; /* a fix follows the word it fixes */
        }
        for (size_t t = first; t < s->end; t++)
            rg->roles[t] = ORDER_ROLE_FILLER;
        order_reading_drop_thing(rg, k);
        k--;
    }
}
