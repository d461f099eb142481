/* attach_declined_dish.c — "no" and a whole dish of the menu opening a sentence of its own
 * ("2 flan.\nno churros bc my son cant have gluten"): the dish is declined, not taken off
 * the dish before, when that dish's name and description do not hold it. A drink is no part
 * of a side; read as a change, the declined dish was written on the dish before. Asked by
 * attach_modifier_says_nothing before the words are kept as a change. */
#include "gateway/order/attach_internal.h"

/* Is token p where a sentence starts: the message's first token, or after '.', '!', ';' or
 * a new line? */
static bool declined_sentence_start(const struct order_token *t, size_t p)
{
    if (p == 0)
        return true;
    const struct order_token *s = &t[p - 1U];
    return s->kind == ORDER_TOKEN_PUNCT &&
           (s->punct == '.' || s->punct == '!' || s->punct == ';' || s->punct == '\n');
}

/* The item whose name or alias is exactly the words [a, b), or -1. */
static int32_t declined_whole_name(const struct order_lexicon *lx, const char *text,
                                   const struct order_token *t, size_t a, size_t b)
{
    if (b <= a || b - a > ORDER_PATTERN_WORDS_MAX)
        return -1;
    int32_t ids[ORDER_PATTERN_WORDS_MAX];
    for (size_t i = a; i < b; i++) {
        if (t[i].kind != ORDER_TOKEN_WORD)
            return -1;
        ids[i - a] = order_lexicon_word(lx, text + t[i].off, t[i].len);
        if (ids[i - a] < 0)
            return -1;
    }
    for (size_t v = 0; v < lx->n_variants; v++) {
        bool same = lx->variant_len[v] == b - a;
        for (size_t k = 0; same && k < b - a; k++)
            same = lx->variant_words[v][k] == (uint16_t)ids[k];
        if (same)
            return (int32_t)lx->variant_item[v];
    }
    return -1;
}

bool attach_declined_dish(const struct attach_state *st, const struct order_thing *th, size_t a,
                          size_t b)
{
    if (!ORDER_CUES_ANY(&st->rg->cues, "no"))
        return false;
    enum { DECLINED_WORDS_MAX = 4 };
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    if (order_tok_is(text, t, a, b, "no"))
        a++; /* the lead, where the change holds it */
    for (size_t r = a; r < b; r++)
        if (attach_reason_at(text, t, r, b))
            b = r; /* "no churros bc ...": what follows says why */
    if (a == 0 || !th->is_span || th->item < 0 || th->end >= a ||
        !order_tok_is(text, t, a - 1U, a, "no") || !declined_sentence_start(t, a - 1U))
        return false;
    int32_t item = declined_whole_name(st->rd->lex, text, t, a, b);
    if (item < 0 || item == th->item || b - a > DECLINED_WORDS_MAX)
        return false;
    const char *words[DECLINED_WORDS_MAX];
    size_t lens[DECLINED_WORDS_MAX];
    for (size_t i = a; i < b; i++) {
        words[i - a] = text + t[i].off;
        lens[i - a] = t[i].len;
    }
    return order_lexicon_item_mentions(st->rd->lex, th->item, words, lens, b - a) < b - a;
}
