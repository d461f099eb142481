/* attach_served_on.c — what a part of a counted dish is served on or in (attach_part_split.c). */
#include "gateway/order/attach_internal.h"

/* "1 on a gluten free bun", "one in a lettuce wrap": what a part is served on or in, a
 * change of the understanding after "on"/"in" and an article, leads the part as "with" does. */
bool attach_served_on_change(const struct attach_state *st, size_t p, size_t b)
{
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    if (!order_tok_is(text, t, p, b, "on") && !order_tok_is(text, t, p, b, "in"))
        return false;
    size_t m = p + 1;
    if (attach_is_article(text, t, m, b))
        m++;
    return m < b && order_patterns_longest(&st->rd->u->modifiers, text, t, m, b, NULL) > 0;
}
