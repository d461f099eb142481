/* star_fix.c — a texted fix marked by an asterisk touching its first word, put after an
 * order (reading.h): "2 chiken wraps *chicken", "a flna *flan", "4 tacos ... \n*5 tacos".
 * Texting marks the word that replaces a word sent wrong with a '*' written against it.
 * A fix naming the same dish as the thing right before it is that dish said again, no
 * second one; a fix with a count naming a dish asked for before sets that dish's count.
 * A fix sent on a line after the order ("2 onion tings and a shake\n*rings") whose every
 * word is a word of a dish read before, give or take a typo, re-spells that dish, no
 * second one; when the words were read as a dish the menu lacks ("a Nike salad\n*side
 * salad"), the fix is what they meant and that dish leaves the reading.
 * A list whose lines open with a '*' marks every line so: a dish whose own name stands
 * after a '*' is never fixed, so a bulleted list keeps each line's dish. */
#include <string.h>

#include "gateway/order/lexicon.h"
#include "gateway/order/reading.h"

enum {
    FIX_GAP_TOKENS_MAX = 4, /* "for me ." between the dish and its fix */
    FIX_WORD_LEN_MIN = 3,   /* shorter words ("of", "a") say nothing of what they fix */
    FIX_EDITS_MAX = 2,      /* "brie" sent for "brew" */
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

/* Does token a start on a later line than token b ends on, tokens between them aside? */
static bool line_between(const char *text, const struct order_token *tokens, size_t b, size_t a)
{
    size_t from = tokens[b].off + tokens[b].len;
    return memchr(text + from, '\n', tokens[a].off - from) != NULL;
}

/* The thing before k, not opened by a star, one of whose words word w is, give or take a
 * typo; -1 when none. */
static int respelled_in(const char *text, const struct order_token *tokens,
                        const struct order_reading *rg, size_t k, size_t w)
{
    const struct order_token *fix = &tokens[w];
    for (size_t j = 0; j < k; j++) {
        const struct order_thing *l = &rg->things[j];
        size_t first = thing_first(rg, l);
        if (star_against(text, tokens, first))
            continue;
        /* "sweet potato dries": a word the dish's name was read without, right after it */
        size_t end = l->end < w && rg->roles[l->end] != ORDER_ROLE_ITEM &&
                             rg->roles[l->end] != ORDER_ROLE_QTY
                         ? l->end + 1U
                         : l->end;
        for (size_t t = first; t < end; t++)
            if (tokens[t].kind == ORDER_TOKEN_WORD &&
                order_edit_distance(text + fix->off, fix->len, text + tokens[t].off, tokens[t].len,
                                    FIX_EDITS_MAX) <= FIX_EDITS_MAX)
                return (int)j;
    }
    return -1;
}

/* Thing k, opened by a star on a line of its own after the thing before it: the thing
 * before it its own words and every other starred word of its line re-spell; -1 when a
 * word re-spells none, or words re-spell things of which one is no dish of the menu
 * ("*caesars *sparkling" re-spells two dishes: the first is returned). */
static int respelled_thing(const char *text, const struct order_token *tokens,
                           const struct order_reading *rg, size_t n, size_t k)
{
    const struct order_thing *s = &rg->things[k];
    const struct order_thing *l = &rg->things[k - 1U];
    size_t last = l->end > l->begin ? l->end - 1U : l->begin; /* a part split off names none */
    if (s->begin < 2 || last >= s->begin - 1U || !line_between(text, tokens, last, s->begin - 1U))
        return -1;
    int at = -1;
    for (size_t w = s->begin; w < n && !(w > s->begin && order_token_opens_line(text, tokens, w));
         w++) {
        bool fixes = w < s->end || star_against(text, tokens, w);
        if (!fixes || tokens[w].kind != ORDER_TOKEN_WORD || tokens[w].len < FIX_WORD_LEN_MIN)
            continue;
        int j = respelled_in(text, tokens, rg, k, w);
        if (j < 0)
            return -1;
        if (at >= 0 && j != at) {
            const struct order_thing *a = &rg->things[at], *b = &rg->things[j];
            if (!a->is_span || a->item < 0 || !b->is_span || b->item < 0)
                return -1;
        }
        at = at < 0 ? j : at;
    }
    return at;
}

/* "2 onion tings and a shake\n*rings": fix k re-spells a dish read before, and leaves;
 * "a Nike salad\n*side salad": it names what the words read as a dish the menu lacks
 * meant, and they leave. Returns whether a thing at or before k left: k is done. */
static bool read_respelled(const char *text, const struct order_token *tokens, size_t n,
                           struct order_reading *rg, size_t k)
{
    int j = respelled_thing(text, tokens, rg, n, k);
    if (j < 0)
        return false;
    struct order_thing *l = &rg->things[j];
    if (l->is_span && l->item >= 0) {
        for (size_t t = rg->things[k].begin; t < rg->things[k].end; t++)
            rg->roles[t] = ORDER_ROLE_FILLER;
        order_reading_drop_thing(rg, k);
        return true;
    }
    if (l->is_span || l->leftover_kind != ORDER_LEFTOVER_FOOD)
        return false;
    if (l->qty_explicit && !rg->things[k].qty_explicit) {
        rg->things[k].qty = l->qty; /* "2 nike salads\n*side": two of what they meant */
        rg->things[k].qty_explicit = true;
    }
    for (size_t t = l->begin; t < l->end; t++)
        rg->roles[t] = ORDER_ROLE_FILLER;
    order_reading_drop_leftovers_in(rg, l->clause, l->begin, l->begin + 1U);
    return true;
}

void order_read_star_fixes(const char *text, const struct order_token *tokens, size_t n,
                           struct order_reading *rg)
{
    for (size_t k = 1; k < rg->n_things; k++) {
        struct order_thing *s = &rg->things[k];
        size_t first = thing_first(rg, s);
        if (!s->is_span || s->item < 0 || s->qty_unclear || !star_against(text, tokens, first))
            continue;
        if (first == s->begin && read_respelled(text, tokens, n, rg, k)) {
            k--;
            continue;
        }
        int j = s->mods.n > 0 ? -1 : named_before(text, tokens, rg, k);
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
