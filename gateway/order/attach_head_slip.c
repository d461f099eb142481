/* attach_head_slip.c — "2 onion kings", "a truffle fried": a dish named by the first words of
 * its name, then one word a letter off the name's last word that the words read do not hold.
 * That word is the name's head misspelt into another English word (so the lexicon, which
 * never corrects a common word, left it), not a change of the dish: it says nothing more. */
#include <ctype.h>
#include <string.h>

#include "gateway/order/attach_internal.h"

enum { HEAD_SLIP_MIN = 4, HEAD_SLIP_BYTES = 32 };

/* Does the span of th hold the word w[0, len) (as written, case aside)? */
static bool head_slip_in_span(const struct attach_state *st, const struct order_thing *th,
                              const char *w, size_t len)
{
    for (size_t p = th->begin; p < th->end; p++)
        if (st->tokens[p].len == len && strncmp(st->text + st->tokens[p].off, w, len) == 0)
            return true;
    return false;
}

bool attach_head_slip(const struct attach_state *st, const struct order_thing *th, size_t a,
                      size_t b)
{
    const struct order_token *t = st->tokens;
    if (b != a + 1U || a != th->end || !th->is_span || th->item < 0 ||
        t[a].kind != ORDER_TOKEN_WORD || t[a].len < HEAD_SLIP_MIN || th->end <= th->begin)
        return false;
    const char *name = st->rd->lex->menu->items[th->item].name;
    const char *sp = strrchr(name, ' ');
    const char *head = sp ? sp + 1 : name;
    size_t n = strlen(head);
    char low[HEAD_SLIP_BYTES];
    if (n < HEAD_SLIP_MIN || n >= sizeof low)
        return false;
    for (size_t i = 0; i < n; i++)
        low[i] = (char)tolower((unsigned char)head[i]);
    const char *w = st->text + t[a].off;
    return !head_slip_in_span(st, th, low, n) && order_edit_distance(w, t[a].len, low, n, 1U) == 1U;
}
