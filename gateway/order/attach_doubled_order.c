/* attach_doubled_order.c — "a flan and a horchata. actually double that": "double" or
 * "triple" and a word pointing at what was said ("that", "it", "everything"), naming no dish,
 * asks for that many times every dish asked for before it; the words are no change of the
 * last dish. ("double the onion rings" names its dish: correct.c.) */
#include <string.h>

#include "gateway/order/attach_internal.h"

void attach_doubled_order(struct attach_state *st, size_t c)
{
    if (!ORDER_CUES_ANY(&st->cues, "double", "triple") ||
        !ORDER_CUES_ANY(&st->cues, "that", "it", "this", "everything", "them", "those"))
        return;
    static const char *const pointing[] = {"that", "it", "this", "everything", "them", "those"};
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    struct order_reading *rg = st->rg;
    size_t at = st->b;
    while (at < st->e &&
           (rg->roles[at] == ORDER_ROLE_GREETING || rg->roles[at] == ORDER_ROLE_FILLER ||
            t[at].kind == ORDER_TOKEN_PUNCT || order_tok_is(text, t, at, st->e, "actually")))
        at++;
    int32_t times = order_tok_is(text, t, at, st->e, "double")   ? 2
                    : order_tok_is(text, t, at, st->e, "triple") ? 3
                                                                 : 0;
    size_t end = at + 2U;
    if (times == 0 || c == 0 || rg->clauses[c].n_spans > 0 ||
        !order_tok_in(text, t, at + 1U, st->e, pointing, ORDER_WORDS_N(pointing)))
        return;
    while (end < st->e && (order_tok_is(text, t, end, st->e, "please") ||
                           order_tok_is(text, t, end, st->e, "pls")))
        end++;
    if (end < st->e && !(t[end].kind == ORDER_TOKEN_PUNCT && t[end].punct == ','))
        return; /* "double it up with ..." says more */
    bool any = false;
    for (size_t s = 0; s < rg->n_things; s++) {
        struct order_thing *th = &rg->things[s];
        if (th->clause < c && th->is_span && !th->reference && th->begin < th->end) {
            th->qty *= times;
            th->qty_explicit = true;
            any = true;
        }
    }
    if (!any)
        return;
    /* "double that, my friend wants the same": the same is the second serving just asked */
    for (size_t p = end; p < st->e; p++)
        if (order_tok_is(text, t, p, st->e, "same"))
            end = st->e;
    memset(rg->roles + st->b, ORDER_ROLE_FILLER, end - st->b);
}
