/* both_of_kind.c — "he wants truffle fries, I want sweet potato fries ... fine. both fries":
 * "both" and a kind of dish, after two different dishes of that kind were asked for earlier
 * in the message, points back at those two: it settles on them and asks for no third dish
 * (reading.h). Read alone, the kind would be its plainest dish ("fries": the classic ones).
 * The two are the latest dishes before it whose names the kind's word is in; or one such
 * dish counted two ("2 cauliflower wraps, ranch on the side for both wraps"). "all" and a kind
 * after the dishes of it ("one halloumi, one portobello, all burgers pls") points back at them
 * all the same way. */
#include <string.h>

#include "gateway/order/reading.h"

/* Does the word at token w (a kind: "fries", "burgers") name item? */
static bool both_word_names(const struct order_reader *rd, const struct order_reading *rg, size_t w,
                            int32_t item)
{
    for (size_t h = 0; h < rg->n_hits[w]; h++) {
        const struct order_lex_hit *hit = &rg->hits[w][h];
        if (order_item_set_has(&rd->lex->words[hit->words[hit->n_words - 1]].items, (size_t)item))
            return true;
    }
    return false;
}

/* Gives dish o the changes said of both ("both fries with no salt") it lacks. */
static void both_take_mods(struct order_thing *o, const struct order_modifiers *mods)
{
    for (uint8_t m = 0; m < mods->n && o->mods.n < ORDER_ITEM_MODIFIERS_MAX; m++) {
        /* the pointer itself, no change */
        bool has = strcmp(mods->text[m], "both") == 0 || strcmp(mods->text[m], "all") == 0;
        for (uint8_t k = 0; k < o->mods.n && !has; k++)
            has = strcmp(o->mods.text[k], mods->text[m]) == 0;
        if (!has)
            memcpy(o->mods.text[o->mods.n++], mods->text[m], sizeof(mods->text[m]));
    }
}

/* "one halloumi, one portobello, one black bean, all burgers pls": "all" and a kind after
 * dishes of that kind says what they all are. The dishes the kind names right before it, two
 * or more with none of another kind between (or one counted two or more: "2 cheeseburgers,
 * all burgers well done"), take its changes; false when fewer are. */
static bool both_all_of_kind(const struct order_reader *rd, struct order_reading *rg, size_t t)
{
    struct order_thing *th = &rg->things[t];
    size_t first = t, named = 0;
    for (size_t s = t; s-- > 0;) {
        const struct order_thing *o = &rg->things[s];
        if (!o->is_span || o->reference || o->end > th->begin)
            continue;
        if (o->item < 0 || !both_word_names(rd, rg, th->end - 1U, o->item))
            break;
        first = s;
        named++;
    }
    bool all = named >= 2 || (named == 1 && rg->things[first].qty >= 2);
    for (size_t s = first; all && s < t; s++) {
        struct order_thing *o = &rg->things[s];
        if (o->is_span && !o->reference && o->end <= th->begin)
            both_take_mods(o, &th->mods);
    }
    return all;
}

void order_read_both_of_kind(const struct order_reader *rd, const char *text,
                             const struct order_token *tokens, struct order_reading *rg)
{
    if (!ORDER_CUES_ANY(&rg->cues, "both", "all"))
        return;
    for (size_t t = 0; t < rg->n_things; t++) {
        struct order_thing *th = &rg->things[t];
        if (!th->is_span || th->reference || th->qty_explicit || th->end <= th->begin ||
            th->begin == 0 || !order_read_token_head(rd, rg, th->end - 1U))
            continue;
        if (order_tok_is(text, tokens, th->begin - 1U, th->end, "all")) {
            if (both_all_of_kind(rd, rg, t)) {
                th->reference = true;
                th->mods.n = 0;
                memset(rg->roles + th->begin - 1U, ORDER_ROLE_FILLER, th->end - th->begin + 1U);
            }
            continue;
        }
        if (!order_tok_is(text, tokens, th->begin - 1U, th->end, "both"))
            continue;
        int32_t first = -1, second = -1; /* the latest two different dishes of the kind */
        struct order_thing *two[2] = {NULL, NULL};
        for (size_t s = t; s-- > 0 && first < 0;) {
            struct order_thing *o = &rg->things[s];
            if (!o->is_span || o->reference || o->item < 0 || o->end > th->begin ||
                o->item == second || !both_word_names(rd, rg, th->end - 1U, o->item))
                continue;
            if (second < 0)
                second = o->item, two[1] = o;
            else
                first = o->item, two[0] = o;
        }
        /* "2 cauliflower wraps, ranch on the side for both wraps": one dish counted two */
        bool one_pair = first < 0 && second >= 0 && two[1]->qty == 2;
        if ((first < 0 && !one_pair) || (th->item >= 0 && th->item != first && th->item != second &&
                                         !both_word_names(rd, rg, th->end - 1U, th->item)))
            continue;
        th->reference = true; /* the two asked for before, no dish of its own */
        if (two[0])
            both_take_mods(two[0], &th->mods);
        both_take_mods(two[1], &th->mods);
        th->mods.n = 0;
        memset(rg->roles + th->begin - 1U, ORDER_ROLE_FILLER, th->end - th->begin + 1U);
    }
}
