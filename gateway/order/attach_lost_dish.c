/* attach_lost_dish.c — a dish the message lost on its way (attach_leftover_run.c, reading.h
 * pass 4): "cn i get 1 chees brgr n 1 ▒▒▒▒▒▒▒ thx", where a phone drew blocks for the
 * characters it lost, or "can I get a [inaudible] and onion rings", where voice typing marked
 * the words it could not hear. Something was asked for there: it stands as a dish that
 * cannot be read, asked back, never dropped. */
#include <string.h>

#include "gateway/order/attach_internal.h"

enum { LOST_SYMBOLS_MIN = 3, LOST_SYMBOL_BYTES = 3 };

/* Is token p punctuation read from a symbol no text is written with: box drawing and shades
 * (U+2500..U+259F), geometric shapes (U+25A0..U+25FF), or the replacement character U+FFFD
 * that stands for bytes no character was made of? */
static bool attach_lost_symbol(const struct attach_state *st, size_t p)
{
    const struct order_token *t = &st->tokens[p];
    if (t->kind != ORDER_TOKEN_PUNCT)
        return false;
    const unsigned char *s = (const unsigned char *)st->text + t->off;
    if (s[0] == 0xE2)
        return s[1] >= 0x94 && s[1] <= 0x97;
    return s[0] == 0xEF && s[1] == 0xBF && s[2] == 0xBD;
}

/* Is the word at i, alone in square or round brackets, a transcriber's mark of words not heard
 * ("[inaudible]", "(unintelligible)")? */
static bool attach_lost_marker(const struct attach_state *st, size_t i, size_t b)
{
    static const char *const marks[] = {"inaudible", "unintelligible", "unclear", "garbled",
                                        "indistinct"};
    const struct order_token *t = &st->tokens[i];
    if (b != i + 1U || t->kind != ORDER_TOKEN_WORD || t->off == 0 ||
        !attach_in(st->text, st->tokens, i, b, marks, ORDER_WORDS_N(marks)))
        return false;
    char open = st->text[t->off - 1U], close = st->text[t->off + t->len];
    return (open == '[' && close == ']') || (open == '(' && close == ')');
}

/* Adds the lost dish of clause c: the tokens [a, e), its count's first, the phrase the bytes
 * [from, to) of the message as written; asked back with no name near. */
static bool attach_lost_add(struct attach_state *st, size_t c, size_t a, size_t e, int32_t qty,
                            bool counted, size_t from, size_t to)
{
    struct order_thing *th = order_reading_add_thing(st->rg, c, a, e);
    if (!th)
        return false;
    th->leftover_kind = ORDER_LEFTOVER_ITEMLIKE;
    th->unreadable = true;
    th->lost = true;
    th->item = -1;
    th->qty = qty;
    th->qty_explicit = counted;
    size_t len = to - from < sizeof(th->phrase) - 1U ? to - from : sizeof(th->phrase) - 1U;
    memcpy(th->phrase, st->text + from, len);
    th->phrase[len] = '\0';
    th->phrase_len = (uint16_t)len;
    memset(st->rg->roles + a, ORDER_ROLE_LEFTOVER, e - a);
    st->rg->clauses[c].n_leftovers++;
    return true;
}

bool attach_unknown_entry_at(const struct attach_state *st, size_t b)
{
    enum { MARKS_MIN = 2 };
    size_t p = b;
    while (p < st->e && st->tokens[p].kind == ORDER_TOKEN_PUNCT && st->tokens[p].punct == '?')
        p++;
    if (p < b + MARKS_MIN || p != st->e)
        return false;
    const struct order_reading *rg = st->rg; /* the marks end their line: "1 ???? whatever" */
    if (p < rg->clauses[rg->n_clauses - 1U].end && !order_token_opens_line(st->text, st->tokens, p))
        return false;
    return order_token_opens_line(st->text, st->tokens, st->b); /* a line of a list */
}

bool attach_lost_dish(struct attach_state *st, size_t c, size_t a, size_t i, size_t b, int32_t qty,
                      bool counted)
{
    if (attach_lost_marker(st, i, b)) {
        const struct order_token *t = &st->tokens[i];
        return attach_lost_add(st, c, a, b, qty, counted, t->off - 1U, t->off + t->len + 1U);
    }
    /* the run is a count alone, which counts nothing read ("1" before the symbols) */
    int32_t v;
    if (b == a || attach_is_article(st->text, st->tokens, a, b) ||
        attach_number(st->rd->u, st->text, st->tokens, a, b, &v) != b - a)
        return false;
    if (attach_unknown_entry_at(st, b)) /* "* 1x ??": an entry whose dish is not known yet */
        return attach_lost_add(st, c, a, st->e, v, true, st->tokens[b].off,
                               st->tokens[st->e - 1U].off + 1U);
    size_t p = b;
    while (p < st->e && attach_lost_symbol(st, p))
        p++;
    if (p < b + LOST_SYMBOLS_MIN)
        return false;
    return attach_lost_add(st, c, a, p, v, true, st->tokens[b].off,
                           st->tokens[p - 1U].off + LOST_SYMBOL_BYTES);
}
