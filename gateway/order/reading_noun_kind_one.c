/* reading_noun_kind_one.c — a noun compound on the kind of dish one item ends in (reading.h
 * pass 3, after the spans): "an earl grey tea", "a builders tea" where the menu's one tea is
 * the Iced Green Tea. A noun right after an article, a count or "of" (no adjective, no food,
 * no word of any item's name or description, no frame word) before the item's head word says
 * which tea: one the menu lacks, not the menu's, so the words are its name and it is declined.
 * So does a word of no dictionary that is no slip of the menu's ("a chamomile tea", "a bundt
 * cake"), which was read as a change of the menu's dish.
 * Words between the noun and the head that read only as misspellings of the menu's words but
 * are English as written ("grey", near "green") are the compound's. "a green tea" and "a
 * lemon tea" (the description's lemon) stay the menu's. */
#include "gateway/order/reading_internal.h"

/* Does token t read only as a misspelling of the menu's words, an English word as written? */
static bool read_only_slip(const struct order_reader *rd, const char *text,
                           const struct order_token *tokens, const struct order_reading *rg,
                           size_t t)
{
    return order_token_slip_only(rg, t) &&
           order_dictionary_has(rd->dict, text + tokens[t].off, tokens[t].len);
}

/* Is token t the noun that names a kind of its own? */
static bool read_kind_noun(const struct order_reader *rd, const char *text,
                           const struct order_token *tokens, const struct order_reading *rg,
                           size_t t)
{
    enum { NOUN_LETTERS_MIN = 4 };
    const struct order_token *k = &tokens[t];
    const char *w = text + k->off;
    if (k->kind != ORDER_TOKEN_WORD || k->len < NOUN_LETTERS_MIN ||
        rg->roles[t] != ORDER_ROLE_NONE || rg->n_hits[t] > 0 || rg->mod_zone[t] ||
        order_tok_connector(text, k) ||
        !(order_dictionary_has(rd->dict, w, k->len) ||
          read_foreign_dish_word(rd, text, tokens, rg, t))) /* "a chamomile tea" */
        return false;
    return read_noun_unclaimed(rd, text, tokens, t);
}

bool read_noun_kind_of_one(const struct order_reader *rd, const char *text,
                           const struct order_token *tokens, const struct order_reading *rg,
                           const struct order_thing *th, size_t clause_begin, size_t *start)
{
    static const char *const leads[] = {"a", "an", "one", "of"};
    if (th->item < 0 || th->reference || th->end < th->begin + 1U ||
        !order_read_token_head(rd, rg, th->end - 1U))
        return false;
    size_t b = th->begin;
    while (b + 1U < th->end && read_only_slip(rd, text, tokens, rg, b))
        b++; /* "grey" of "earl grey tea" */
    if (b + 1U != th->end || th->begin <= clause_begin)
        return false;
    size_t t = th->begin - 1U;
    if (!read_kind_noun(rd, text, tokens, rg, t))
        return false;
    if (t == clause_begin)
        return false;
    bool led = order_tok_in(text, tokens, t - 1U, th->begin, leads, ORDER_WORDS_N(leads));
    if (!led) {
        int32_t qty;
        led = order_read_quantity(rd->u, text, tokens, t - 1U, t, &qty) > 0;
    }
    *start = t;
    return led;
}
