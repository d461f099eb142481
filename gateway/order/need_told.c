/* need_told.c — what the customer needs, told as the reason in a part of its own beside the
 * dishes (reading.h): "a cold brew, need the caffeine lol", "a cold brew please, i really need
 * caffeine", "need my caffeine fix, a cold brew". "need" opening the part (perhaps "i", "we",
 * "really", "so" before it), perhaps "the", "some", "my" or "more", then words left over that
 * read as no food or drink and close the part (perhaps "lol", "badly", "so bad" after): a
 * need the dishes meet, no dish asked for. Words that read as food ("need ketchup", "need a
 * coke") are still what the customer asks for. */
#include "gateway/order/dictionary.h"
#include "gateway/order/food.h"
#include "gateway/order/reading.h"

/* Does the leftover th read as food only where it stands, no word of it food or drink to the
 * dictionary? "need caffeine, a cold brew": the need, set off by a comma, reads as the first
 * of a list of dishes; "caffeine" is none. */
static bool need_listed_only(const struct order_food *food, const char *text,
                             const struct order_token *tokens, const struct order_thing *th)
{
    for (size_t i = th->begin; i < th->end; i++)
        if (tokens[i].kind != ORDER_TOKEN_WORD ||
            order_food_word(food, text + tokens[i].off, tokens[i].len))
            return false;
    return th->end > th->begin;
}

/* Are the menu words of the leftover th only English words read as slips of menu words ("need
 * ice": "ice" one letter from "rice")? Said as a need, such a word is the word it is. */
static bool need_menu_slips_only(const struct order_reader *rd, const char *text,
                                 const struct order_token *tokens, const struct order_reading *rg,
                                 const struct order_thing *th)
{
    for (size_t i = th->begin; i < th->end; i++)
        if (rg->n_hits[i] > 0 &&
            (!order_token_slip_only(rg, i) ||
             !order_dictionary_has(rd->dict, text + tokens[i].off, tokens[i].len)))
            return false;
    return true;
}

void order_read_need_told(const struct order_reader *rd, const char *text,
                          const struct order_token *tokens, struct order_reading *rg)
{
    if (!ORDER_CUES_ANY(&rg->cues, "need"))
        return;
    const struct order_food *food = rd->food;
    static const char *const selves[] = {"i", "we", "really", "so", "just", "def", "definitely"};
    static const char *const dets[] = {"the", "some", "my", "more", "our"};
    static const char *const closers[] = {"lol", "haha", "badly", "so", "bad", "lmao", "rn"};
    for (size_t x = 0; x < rg->n_things; x++) {
        struct order_thing *th = &rg->things[x];
        const struct order_clause *cl = &rg->clauses[th->clause];
        if (th->is_span || th->reference ||
            (th->menu_words && !need_menu_slips_only(rd, text, tokens, rg, th)) ||
            (th->leftover_kind != ORDER_LEFTOVER_ITEMLIKE &&
             !need_listed_only(food, text, tokens, th)))
            continue;
        size_t e = th->end;
        while (order_tok_in(text, tokens, e, cl->end, closers, ORDER_WORDS_N(closers)))
            e++;
        if (e < cl->end && tokens[e].kind != ORDER_TOKEN_PUNCT)
            continue;
        size_t p = th->begin;
        if (p > cl->begin && order_tok_in(text, tokens, p - 1U, cl->end, dets, ORDER_WORDS_N(dets)))
            p--;
        if (p == cl->begin || !order_tok_is(text, tokens, p - 1U, cl->end, "need"))
            continue;
        size_t s = p - 1U;
        while (s > cl->begin &&
               order_tok_in(text, tokens, s - 1U, cl->end, selves, ORDER_WORDS_N(selves)))
            s--;
        bool asked = false; /* a dish asked for elsewhere in the message */
        for (size_t y = 0; y < rg->n_things && !asked; y++)
            asked = y != x && rg->things[y].is_span && !rg->things[y].reference;
        if (asked && (s == cl->begin || tokens[s - 1U].kind == ORDER_TOKEN_PUNCT))
            th->reference = true; /* "need the caffeine lol" */
    }
}
