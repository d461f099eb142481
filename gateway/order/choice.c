/* choice.c — two dishes offered as a choice (reading.h): "the tinga burrito... or maybe the
 * pollo asado bowl?" orders one of them, not both. The customer has not chosen: the two are
 * asked back as one question, unless a later clause says which ("... eh just do the
 * mushroom"), when that clause alone orders. */
#include <string.h>

#include "gateway/order/reading.h"

/* Do the tokens [a, b) between two dishes hold exactly one "or", with only articles, "maybe",
 * "perhaps" and punctuation besides ("or", ", or maybe the", "... or the")? */
static bool choice_joined_by_or(const char *text, const struct order_token *tokens, size_t a,
                                size_t b)
{
    static const char *const besides[] = {"a", "an", "the", "maybe", "perhaps", "possibly"};
    size_t ors = 0;
    for (size_t p = a; p < b; p++) {
        if (tokens[p].kind == ORDER_TOKEN_PUNCT) {
            if (tokens[p].punct != '.' && tokens[p].punct != ',')
                return false;
        } else if (order_tok_is(text, tokens, p, b, "or")) {
            ors++;
        } else if (!order_tok_in(text, tokens, p, b, besides, sizeof(besides) / sizeof(*besides))) {
            return false;
        }
    }
    return ors == 1;
}

/* Are things x and x + 1 two different dishes named whole and offered as a choice, outside
 * a question ("do you have flan or tres leches?" asks, it orders neither)? */
static bool choice_pair(const char *text, const struct order_token *tokens,
                        const struct order_reading *rg, size_t x)
{
    const struct order_thing *a = &rg->things[x], *b = &rg->things[x + 1U];
    if (!a->is_span || !b->is_span || a->reference || b->reference || a->item < 0 || b->item < 0 ||
        a->item == b->item || a->qty_explicit || b->qty_explicit)
        return false;
    if (rg->clauses[a->clause].question_form || rg->clauses[b->clause].question_start)
        return false;
    return choice_joined_by_or(text, tokens, a->end, b->begin);
}

/* Does a dish after thing x + 1 name one of the pair again: the choice made? */
static bool choice_made_later(const struct order_reading *rg, size_t x)
{
    const struct order_thing *a = &rg->things[x], *b = &rg->things[x + 1U];
    for (size_t y = x + 2U; y < rg->n_things; y++) {
        const struct order_thing *th = &rg->things[y];
        if (th->is_span && !th->reference && (th->item == a->item || th->item == b->item))
            return true;
    }
    return false;
}

/* Thing x becomes the question "A or B": no item, the two as candidates, the phrase of both;
 * thing x + 1 adds nothing of its own. Changes read on x ("or the") wait for the answer. */
static void choice_merge(struct order_reading *rg, size_t x)
{
    struct order_thing *a = &rg->things[x], *b = &rg->things[x + 1U];
    static const char joiner[] = " or ";
    if ((size_t)a->phrase_len + (sizeof(joiner) - 1U) + b->phrase_len < sizeof(a->phrase)) {
        memcpy(a->phrase + a->phrase_len, joiner, sizeof(joiner) - 1U);
        a->phrase_len = (uint16_t)(a->phrase_len + sizeof(joiner) - 1U);
        memcpy(a->phrase + a->phrase_len, b->phrase, b->phrase_len + 1U);
        a->phrase_len = (uint16_t)(a->phrase_len + b->phrase_len);
    }
    memset(&a->candidates, 0, sizeof(a->candidates));
    a->candidates.bits[a->item / 64] |= (uint64_t)1 << (a->item % 64);
    a->candidates.bits[b->item / 64] |= (uint64_t)1 << (b->item % 64);
    a->item = -1;
    a->mods.n = 0;
    b->reference = true;
}

void order_read_choices(const char *text, const struct order_token *tokens,
                        struct order_reading *rg)
{
    for (size_t x = 0; x + 1U < rg->n_things; x++) {
        if (!choice_pair(text, tokens, rg, x))
            continue;
        if (choice_made_later(rg, x)) {
            rg->things[x].reference = true; /* "... eh just do the mushroom": that one */
            rg->things[x + 1U].reference = true;
        } else {
            choice_merge(rg, x);
        }
        x++;
    }
}
