/* correct_final_list.c — "2 cheeseburgers and a chocolate shake. wait no, make it 3 ... final
 * answer: 3 cheeseburgers + 1 vanilla shake", "Make it 2 cold brews. No, 1 cold brew 1 iced
 * green tea. Sorry - FINAL: 2 cold brew, 1 iced green tea": after dishes asked for and changed,
 * a heading that calls what follows final ("final:", "final answer:", "final order -",
 * "updated order:") gives the whole order again. What was asked for before it is taken back,
 * and the dishes after it stand as said, though a restatement had pointed them back at the
 * ones before. */
#include "gateway/order/correct_internal.h"

enum { FINAL_HEADING_WORDS_MAX = 3 };

/* The tokens of a heading calling what follows final at i, its ':' or '-' included; a
 * heading of "final" and a word naming the order may stand without the mark before a count
 * ("final answer 3 cheeseburgers"). 0 when none. */
static size_t final_heading_at(const struct order_reader *rd, const char *text,
                               const struct order_token *t, size_t i, size_t n)
{
    static const char *const naming[] = {"answer", "order",    "version", "list",
                                         "call",   "decision", "count"};
    static const char *const changed[] = {"updated", "revised", "corrected", "final"};
    size_t p = i;
    if (order_tok_is(text, t, p, n, "final") || order_tok_is(text, t, p, n, "finally"))
        p++;
    else if (order_tok_in(text, t, p, n, changed, ORDER_WORDS_N(changed)) &&
             order_tok_is(text, t, p + 1U, n, "order"))
        p += 2U;
    else
        return 0;
    bool named = p > i + 1U;
    if (!named && order_tok_in(text, t, p, n, naming, ORDER_WORDS_N(naming))) {
        p++;
        named = true;
    }
    if (order_tok_is(text, t, p, n, "is"))
        p++;
    if (p < n && t[p].kind == ORDER_TOKEN_PUNCT && (t[p].punct == ':' || t[p].punct == '-'))
        return p + 1U - i;
    int32_t v;
    return named && order_read_quantity(rd->u, text, t, p, n, &v) > 0 ? p - i : 0;
}

/* Does token i start a sentence or a piece of talk: the message's start, a mark before it,
 * or only a word of talk ("ok", "so", "sorry") since one? */
static bool final_opens(const char *text, const struct order_token *t, size_t i, size_t n)
{
    static const char *const talk[] = {"ok", "okay", "so", "sorry", "alright", "right", "then"};
    size_t p = i;
    while (p > 0 && p + FINAL_HEADING_WORDS_MAX > i && t[p - 1U].kind == ORDER_TOKEN_WORD &&
           order_tok_in(text, t, p - 1U, n, talk, ORDER_WORDS_N(talk)))
        p--;
    return p == 0 || t[p - 1U].kind == ORDER_TOKEN_PUNCT;
}

void correct_final_list(const struct order_reader *rd, const char *text,
                        const struct order_token *tokens, size_t n, struct order_reading *rg)
{
    if (!ORDER_CUES_ANY(&rg->cues, "final", "finally", "updated", "revised", "corrected"))
        return;
    size_t head = n, k = 0;
    for (size_t i = n; i-- > 0;) /* the last heading: the order as it was said last */
        if ((k = final_heading_at(rd, text, tokens, i, n)) > 0 && final_opens(text, tokens, i, n)) {
            head = i;
            break;
        }
    if (head == n)
        return;
    size_t after = head + k;
    bool before = false, listed = false;
    for (size_t s = 0; s < rg->n_things; s++) {
        const struct order_thing *th = &rg->things[s];
        before = before || (th->begin < head && th->is_span && !th->reference);
        listed = listed || (th->begin >= after && th->is_span);
    }
    if (!before || !listed)
        return;
    for (size_t s = 0; s < rg->n_things; s++) {
        struct order_thing *th = &rg->things[s];
        if (th->begin >= after && th->is_span && th->reference && th->item >= 0) {
            /* pointed back at the same dish before the heading: a restatement, now the one */
            for (size_t o = 0; o < rg->n_things; o++)
                if (rg->things[o].begin < head && rg->things[o].is_span &&
                    !rg->things[o].reference && rg->things[o].item == th->item)
                    th->reference = false;
        }
    }
    for (size_t s = 0; s < rg->n_things; s++)
        if (rg->things[s].begin < head)
            rg->things[s].reference = true;
}
