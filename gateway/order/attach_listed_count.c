/* attach_listed_count.c — a count heading a dish's line, set off from it by a dash or a colon
 * (attach.c, reading.h pass 4): "2 - crispy chicken burger", "qty: 3 - iced green tea",
 * "3: onion rings". Orders copied from a form or typed as a list write the count as a column
 * of its own; the mark between the count and the dish joins them, it cuts nothing. */
#include "gateway/order/attach_internal.h"

/* Does the count at c head its line or list entry: the clause's start, a separator, or a
 * label that says what the number is ("qty:", "quantity:")? Returns where the count's words
 * begin (the label's, when there is one), or SIZE_MAX when it heads nothing. */
static size_t listed_head(const struct attach_state *st, size_t c)
{
    static const char *const labels[] = {"qty", "quantity", "qnty", "amount"};
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    size_t h = c;
    if (h >= st->b + 2U && t[h - 1U].kind == ORDER_TOKEN_PUNCT && t[h - 1U].punct == ':' &&
        order_tok_in(text, t, h - 2U, st->e, labels, ORDER_WORDS_N(labels)))
        h -= 2U;
    else if (h >= st->b + 1U && /* "qty 2 - ...": the column's heading with no colon */
             order_tok_in(text, t, h - 1U, st->e, labels, ORDER_WORDS_N(labels)))
        h -= 1U;
    if (h == st->b)
        return h;
    const struct order_token *before = &t[h - 1U];
    return before->kind == ORDER_TOKEN_PUNCT && (before->punct == ',' || before->punct == ';' ||
                                                 before->punct == '\n' || before->punct == '(')
               ? h
               : SIZE_MAX;
}

bool attach_listed_count_before(struct attach_state *st, struct order_thing *s)
{
    const struct order_token *t = st->tokens;
    if (s->begin < st->b + 2U)
        return false;
    size_t mark = s->begin - 1U, c = s->begin - 2U;
    if (t[mark].kind != ORDER_TOKEN_PUNCT || (t[mark].punct != '-' && t[mark].punct != ':') ||
        !attach_free(st, mark) || !attach_free(st, c) || t[c].kind != ORDER_TOKEN_WORD)
        return false;
    int32_t v = attach_digits(st->text + t[c].off, t[c].len, false);
    if (v < 1 || v > ORDER_QTY_MAX)
        return false; /* digits only: "one - the burger" is no column of counts */
    if (t[c].off > 0 && st->text[t[c].off - 1U] == '#')
        return false; /* "#11 - california burrito": a jersey's or a line's number, no count */
    size_t h = listed_head(st, c);
    if (h == SIZE_MAX)
        return false;
    for (size_t i = h; i < s->begin; i++)
        if (!attach_free(st, i) && t[i].kind == ORDER_TOKEN_WORD)
            return false;
    s->qty = v;
    s->qty_explicit = true;
    for (size_t i = h; i < s->begin; i++)
        st->rg->roles[i] = ORDER_ROLE_QTY;
    return true;
}
