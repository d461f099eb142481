/* attach_nickname.c — "gimme 'the sunset' (my name for the mandarin jarritos)", "my swamp
 * bowl — the veggie bowl": a name the menu does not know, then in brackets or after a dash
 * and "the" the dish it stands for, is the customer's own name for that dish (attach.c,
 * reading.h pass 4). The name is no dish of its own to decline: it points at the dish. */
#include "gateway/order/attach_internal.h"

/* Are the tokens [a, b) a gloss's opening: "(" and words that say what a name stands for
 * ("my name for", "i mean", "aka", "i call it"), or a dash and "the"? */
static bool nickname_gloss(const struct attach_state *st, size_t a, size_t b)
{
    static const char *const glossing[] = {"my",    "name", "for", "i",  "call",  "it",
                                           "aka",   "mean", "the", "a",  "which", "is",
                                           "thats", "that", "our", "we", "known", "as"};
    const struct order_token *t = st->tokens;
    if (a >= b || t[a].kind != ORDER_TOKEN_PUNCT)
        return false;
    if (t[a].punct == '-')
        return b == a + 2U && order_tok_is(st->text, t, a + 1U, st->e, "the");
    if (t[a].punct != '(')
        return false;
    for (size_t p = a + 1U; p < b; p++)
        if (!order_tok_in(st->text, t, p, st->e, glossing, ORDER_WORDS_N(glossing)))
            return false;
    return true;
}

void attach_nickname(struct attach_state *st, size_t first, size_t end)
{
    for (size_t k = first; k + 1U < end; k++) {
        struct order_thing *name = &st->rg->things[k], *dish = &st->rg->things[k + 1U];
        if (name->is_span || name->reference || name->past || name->qty_explicit ||
            !dish->is_span || dish->item < 0 || dish->reference || dish->qty_explicit)
            continue;
        /* a quote closing the name stands between as no word */
        size_t a = name->end;
        while (a < dish->begin && st->tokens[a].kind == ORDER_TOKEN_PUNCT &&
               st->tokens[a].punct == '"')
            a++;
        if (nickname_gloss(st, a, dish->begin))
            name->reference = true;
    }
}
