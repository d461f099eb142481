/* correct_kind.c — a correction that names only a kind of dish, right after a dish of another
 * kind: "the california burrito, no the bowl", "a carnitas taco, no wait the bowl". The
 * customer takes the dish back and asks for one of the kind instead: the dish before is
 * replaced. The words that told the dish taken back apart from the rest of its kind
 * ("carnitas") most likely tell the new one apart too: where they fit one dish of the new
 * kind alone, it is that dish (the Carnitas Bowl); else which one is asked back. A later
 * correction to the first kind ("..., actually yes the burrito") then names the dish taken
 * back, which correct_swap reads as the dish the lead names. */
#include "gateway/order/correct_internal.h"

enum { KIND_AFTER_LEAD_MAX = 2, KIND_WORDS_MAX = 6 };

/* The one dish of kind's candidates that holds a word of was's name before its last word,
 * or -1. */
static int32_t correct_kind_narrowed(const struct order_reader *rd, const char *text,
                                     const struct order_token *tokens,
                                     const struct order_thing *was, const struct order_thing *kind)
{
    const char *words[KIND_WORDS_MAX];
    size_t lens[KIND_WORDS_MAX], n = 0;
    for (size_t t = was->begin; t + 1U < was->end && n < KIND_WORDS_MAX; t++)
        if (tokens[t].kind == ORDER_TOKEN_WORD) {
            words[n] = text + tokens[t].off;
            lens[n++] = tokens[t].len;
        }
    int32_t found = -1;
    for (int32_t i = order_item_set_next(&kind->candidates, 0); n > 0 && i >= 0;
         i = order_item_set_next(&kind->candidates, (size_t)i + 1U)) {
        if (order_lexicon_item_mentions(rd->lex, i, words, lens, n) == 0)
            continue;
        if (found >= 0)
            return -1;
        found = i;
    }
    return found;
}

bool correct_kind_swap(const struct order_reader *rd, const char *text,
                       const struct order_token *tokens, struct order_reading *rg,
                       const struct correct_lead *lead)
{
    if (lead->item >= 0 || !lead->adjacent)
        return false;
    struct order_thing *kind = NULL;
    for (size_t s = 0; s < rg->n_things && !kind; s++) {
        struct order_thing *th = &rg->things[s];
        if (th->is_span && !th->reference && th->item < 0 && th->begin >= lead->at &&
            th->begin <= lead->at + KIND_AFTER_LEAD_MAX)
            kind = th;
    }
    struct order_thing *was = correct_last_thing(rg, lead->begin, false);
    enum { ADJACENT_TOKENS_MAX = 3 }; /* as correct_swap: "the burrito, no the bowl" */
    if (!kind || !was || was->item < 0 || (size_t)was->end + ADJACENT_TOKENS_MAX < lead->begin ||
        order_item_set_has(&kind->candidates, (size_t)was->item))
        return false;
    int32_t item = correct_kind_narrowed(rd, text, tokens, was, kind);
    if (item >= 0)
        order_thing_pin(kind, item);
    if (!kind->qty_explicit && was->qty_explicit) {
        kind->qty = was->qty;
        kind->qty_explicit = true;
    }
    was->reference = true;
    return true;
}
