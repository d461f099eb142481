/* attach_like_that.c — a count then "like that" / "that way" (attach_references.c): "if yes
 * i'll take 2 like that", "3 that way please". The words point back at the dish last told of,
 * with the changes it was told with, as "2 of them" does; read as a dish of their own they
 * were asked back as a name the menu lacks. */
#include "gateway/order/attach_internal.h"

size_t attach_manner_back_at(const struct attach_state *st, size_t p, size_t end,
                             const struct order_thing *last)
{
    if (!ORDER_CUES_ANY(&st->cues, "that", "this") || !ORDER_CUES_ANY(&st->cues, "like", "way"))
        return 0;
    static const char *const pointing[] = {"that", "this"};
    static const char *const ones[] = {"one", "ones"};
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    size_t n = 0;
    if (order_tok_is(text, t, p, end, "like") &&
        order_tok_in(text, t, p + 1U, end, pointing, ORDER_WORDS_N(pointing)))
        n = 2; /* "like that" */
    else if (order_tok_in(text, t, p, end, pointing, ORDER_WORDS_N(pointing)) &&
             order_tok_is(text, t, p + 1U, end, "way"))
        n = 2; /* "that way" */
    /* the way pointed at is the changes read on the dish: with none read ("can it be made
     * vegan?" asks and changes nothing here), what "that way" means is left asked back */
    if (n == 0 || !last || last->mods.n == 0)
        return 0;
    /* nothing of a dish follows: "2 like that one" or "2 that way burritos" name their own */
    if (p + n < end && t[p + n].kind == ORDER_TOKEN_WORD && st->rg->roles[p + n] == ORDER_ROLE_ITEM)
        return 0;
    if (order_tok_in(text, t, p + n, end, ones, ORDER_WORDS_N(ones)))
        return 0;
    return n;
}
