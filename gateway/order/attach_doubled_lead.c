/* attach_doubled_lead.c — a change's lead word said twice for stress ("extra extra spicy",
 * "no no onions"). Texters repeat the word that matters most; the second word already says
 * it, so the first is read as a filler. Without this, each lead starts a change of its own and
 * the first stands alone as a change of nothing ("extra"). "double" and "triple" are left:
 * "double double" counts twice over. Runs first in the attach pass of a clause (attach.c). */
#include <string.h>
#include <strings.h>

#include "gateway/order/attach_internal.h"

void attach_doubled_leads(struct attach_state *st)
{
    static const char *const counting[] = {"double", "triple"};
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    for (size_t p = st->b; p + 2U < st->e; p++) { /* a word of the change after the pair */
        if (t[p].kind != ORDER_TOKEN_WORD || t[p + 1U].kind != ORDER_TOKEN_WORD ||
            t[p + 2U].kind != ORDER_TOKEN_WORD || t[p].len != t[p + 1U].len ||
            strncasecmp(text + t[p].off, text + t[p + 1U].off, t[p].len) != 0 ||
            !attach_free(st, p) || !attach_free(st, p + 1U) ||
            order_tok_in(text, t, p, st->e, counting, ORDER_WORDS_N(counting)) ||
            order_patterns_longest(&st->rd->u->modifier_zone_starts, text, t, p, p + 1U, NULL) !=
                1U)
            continue;
        st->rg->roles[p] = ORDER_ROLE_FILLER;
    }
}
