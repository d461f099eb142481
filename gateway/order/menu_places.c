/* menu_places.c — dishes named by their place on the menu (reading.h): "the 2nd taco on the
 * list", "gimme the last burrito on the menu", "the first burger on your menu and the last
 * drink", "the first drink on ur menu and the third one", "the last one on the menu". A person
 * at the counter counts down the printed menu: so does this, in the menu's own order, among
 * the dishes of the kind named, or among every dish for a bare "one". Only in a message that
 * speaks of the menu or a list: elsewhere "the second burger" or "the first one" picks among
 * the copies of a dish ordered ("2 cheeseburgers, the second one without cheese"). */
#include <string.h>

#include "gateway/order/reading.h"

enum {
    PLACE_NONE = 0,
    PLACE_LAST = -1,
};

/* The place token i names: 1 for "first" or "1st", up to 10; PLACE_LAST for "last"; else
 * PLACE_NONE. */
static int places_ordinal(const char *text, const struct order_token *tokens, size_t i, size_t e)
{
    static const char *const words[] = {"first", "second",  "third",  "fourth", "fifth",
                                        "sixth", "seventh", "eighth", "ninth",  "tenth"};
    static const char *const digits[] = {"1st", "2nd", "3rd", "4th", "5th",
                                         "6th", "7th", "8th", "9th", "10th"};
    for (size_t k = 0; k < ORDER_WORDS_N(words); k++)
        if (order_tok_is(text, tokens, i, e, words[k]) ||
            order_tok_is(text, tokens, i, e, digits[k]))
            return (int)k + 1;
    return order_tok_is(text, tokens, i, e, "last") ? PLACE_LAST : PLACE_NONE;
}

/* The dish at `place` among s in the menu's order, or -1 when s holds fewer. */
static int32_t places_pick(const struct order_item_set *s, int place)
{
    int32_t last = -1;
    int k = 0;
    for (int32_t i = order_item_set_next(s, 0); i >= 0;
         i = order_item_set_next(s, (size_t)i + 1U)) {
        last = i;
        if (++k == place)
            return i;
    }
    return place == PLACE_LAST ? last : -1;
}

/* Adds tokens [b, e) of clause c as a dish of its own, the one item; false when full. */
static bool places_add_one(const char *text, const struct order_token *tokens, size_t c, size_t b,
                           size_t e, int32_t item, struct order_reading *rg)
{
    struct order_item_set one;
    memset(&one, 0, sizeof(one));
    order_item_set_add(&one, (size_t)item);
    return order_read_add_priced(text, tokens, c, b, e, item, &one, rg);
}

/* Where the ordinal before token b begins, over "the", "your" or "ur" in between it and b
 * ("the 2nd taco", "ur last burrito"); b when none stands there. *place is its place. */
static size_t places_ordinal_before(const char *text, const struct order_token *tokens,
                                    const struct order_reading *rg, size_t lo, size_t b, int *place)
{
    if (b <= lo || rg->roles[b - 1U] == ORDER_ROLE_ITEM)
        return b;
    *place = places_ordinal(text, tokens, b - 1U, b);
    return *place != PLACE_NONE ? b - 1U : b;
}

/* "on the menu", "from ur list", "off your menu" right at token i: the tokens it covers, or
 * 0. */
static size_t places_menu_words_at(const char *text, const struct order_token *tokens, size_t i,
                                   size_t e)
{
    static const char *const places[] = {"on", "from", "off", "in"};
    static const char *const owners[] = {"the", "your", "ur", "yr"};
    static const char *const lists[] = {"menu", "list"};
    size_t p = i;
    if (!order_tok_in(text, tokens, p++, e, places, ORDER_WORDS_N(places)))
        return 0;
    if (order_tok_in(text, tokens, p, e, owners, ORDER_WORDS_N(owners)))
        p++;
    return order_tok_in(text, tokens, p, e, lists, ORDER_WORDS_N(lists)) ? p + 1U - i : 0;
}

/* Narrows span th to the dish at its place; the ordinal and the menu words after it join it,
 * so that a count after them ("x3") is the dish's. False, th unchanged, when the kind holds no
 * dish at that place. */
static bool places_narrow(const char *text, const struct order_token *tokens, size_t at, int place,
                          struct order_thing *th, size_t e, struct order_reading *rg)
{
    int32_t item = places_pick(&th->candidates, place);
    if (item < 0)
        return false;
    order_thing_pin(th, item);
    memset(rg->roles + at, ORDER_ROLE_ITEM, th->begin - at);
    th->begin = (uint16_t)at;
    size_t words = places_menu_words_at(text, tokens, th->end, e);
    memset(rg->roles + th->end, ORDER_ROLE_ITEM, words);
    th->end = (uint16_t)(th->end + words);
    return true;
}

/* "the third one", "the last one on the menu": an ordinal and "one" with no dish named, at
 * token o. The dish at that place among the kind placed before it in the clause (`kind`, when
 * one was), else among every dish when the menu words follow. */
static bool places_one(const struct order_reader *rd, const char *text,
                       const struct order_token *tokens, size_t c, size_t o,
                       const struct order_item_set *kind, struct order_reading *rg)
{
    size_t lo = rg->clauses[c].begin, e = rg->clauses[c].end;
    int place = PLACE_NONE;
    size_t at = places_ordinal_before(text, tokens, rg, lo, o, &place);
    if (at == o || rg->roles[o] == ORDER_ROLE_ITEM || rg->roles[at] != ORDER_ROLE_NONE)
        return false;
    size_t words = places_menu_words_at(text, tokens, o + 1U, e);
    struct order_item_set every;
    if (!kind) {
        if (words == 0)
            return false;
        memset(&every, 0, sizeof(every));
        for (size_t i = 0; i < rd->lex->menu->count; i++)
            order_item_set_add(&every, i);
        kind = &every;
    }
    int32_t item = places_pick(kind, place);
    if (item < 0)
        return false;
    return places_add_one(text, tokens, c, at, o + 1U + words, item, rg);
}

/* The number written "#2" at token i ('#' right before it): 1 to 99, or PLACE_NONE. */
static int places_numbered_at(const char *text, const struct order_token *tokens, size_t i,
                              size_t e)
{
    const struct order_token *t = &tokens[i];
    if (i >= e || t->kind != ORDER_TOKEN_WORD || t->len > 2 || t->off == 0 ||
        text[t->off - 1U] != '#')
        return PLACE_NONE;
    int n = 0;
    for (size_t k = 0; k < t->len; k++) {
        char d = text[t->off + k];
        if (d < '0' || d > '9')
            return PLACE_NONE;
        n = n * 10 + (d - '0');
    }
    return n;
}

/* "#1 and #2 from the tacos": dishes numbered by their place among a kind named after "from"
 * or "of". The last number joins span th; each before it is a dish of its own. */
static void places_numbered(const char *text, const struct order_token *tokens, size_t c,
                            struct order_thing *th, struct order_reading *rg)
{
    size_t lo = rg->clauses[c].begin, p = th->begin;
    if (p > lo && order_tok_is(text, tokens, p - 1U, th->begin, "the"))
        p--;
    if (p < lo + 2U || (!order_tok_is(text, tokens, p - 1U, p, "from") &&
                        !order_tok_is(text, tokens, p - 1U, p, "of")))
        return;
    size_t q = p - 2U;
    int place = places_numbered_at(text, tokens, q, p);
    int32_t item = places_pick(&th->candidates, place);
    if (place == PLACE_NONE || item < 0)
        return;
    struct order_item_set kind = th->candidates;
    order_thing_pin(th, item);
    memset(rg->roles + q, ORDER_ROLE_ITEM, th->begin - q);
    th->begin = (uint16_t)q;
    while (q >= lo + 2U && (order_tok_connector(text, &tokens[q - 1U]) ||
                            tokens[q - 1U].kind == ORDER_TOKEN_PUNCT)) {
        q -= 2U; /* over the joiner: "and", "&", "," */
        place = places_numbered_at(text, tokens, q, q + 1U);
        item = places_pick(&kind, place);
        if (place == PLACE_NONE || item < 0 || rg->roles[q] == ORDER_ROLE_ITEM)
            return;
        if (!places_add_one(text, tokens, c, q, q + 1U, item, rg))
            return;
    }
}

void order_read_menu_places(const struct order_reader *rd, const char *text,
                            const struct order_token *tokens, size_t c, struct order_reading *rg)
{
    for (size_t t = 0; t < rg->n_things; t++)
        if (rg->things[t].clause == c && rg->things[t].is_span && rg->things[t].item < 0)
            places_numbered(text, tokens, c, &rg->things[t], rg);
    if (!ORDER_CUES_ANY(&rg->cues, "menu", "list") ||
        !ORDER_CUES_ANY(&rg->cues, "first", "second", "third", "fourth", "fifth", "sixth",
                        "seventh", "eighth", "ninth", "tenth", "1st", "2nd", "3rd", "4th", "5th",
                        "6th", "7th", "8th", "9th", "10th", "last"))
        return;
    size_t lo = rg->clauses[c].begin, e = rg->clauses[c].end;
    struct order_item_set kind;
    bool placed = false;
    for (size_t t = 0; t < rg->n_things; t++) {
        struct order_thing *th = &rg->things[t];
        if (th->clause != c || !th->is_span || th->item >= 0)
            continue;
        int place = PLACE_NONE;
        size_t at = places_ordinal_before(text, tokens, rg, lo, th->begin, &place);
        struct order_item_set named = th->candidates;
        if (at < th->begin && places_narrow(text, tokens, at, place, th, e, rg)) {
            kind = named;
            placed = true;
        }
    }
    for (size_t o = lo + 1U; o < e; o++)
        if (order_tok_is(text, tokens, o, e, "one") &&
            places_one(rd, text, tokens, c, o, placed ? &kind : NULL, rg))
            o++;
}
