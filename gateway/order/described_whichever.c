/* described_whichever.c — "whichever one has chicken" (described_one.c): after a kind of dish,
 * "whichever one" and a verb of holding point at the dish of it that holds what follows, as
 * "the one that has chicken" does; so does "whichever burrito has fries", "whatever bowl
 * comes with chorizo": the kind named between them. The customer leaves the choice to what the menu
 * says, so the dish is the one the menu's description picks, no choice to ask back. */
#include "gateway/order/described_internal.h"

#include "gateway/order/reading.h"

bool described_whichever_at(const char *text, const struct order_token *tokens, size_t p, size_t e)
{
    static const char *const holding[] = {"has", "have", "got", "comes", "come", "with"};
    return order_tok_is(text, tokens, p, e, "whichever") &&
           (order_tok_is(text, tokens, p + 1U, e, "one") ||
            order_tok_is(text, tokens, p + 1U, e, "ones")) &&
           order_tok_in(text, tokens, p + 2U, e, holding, ORDER_WORDS_N(holding));
}

size_t described_whichever_kind_lead(const char *text, const struct order_token *tokens, size_t b,
                                     size_t w, size_t e)
{
    static const char *const which[] = {"whichever", "whatever"};
    static const char *const holding[] = {"has",  "have",  "got",      "comes",
                                          "come", "holds", "contains", "includes"};
    if (b == 0 || !order_tok_in(text, tokens, b - 1U, e, which, ORDER_WORDS_N(which)) ||
        !order_tok_in(text, tokens, w, e, holding, ORDER_WORDS_N(holding)))
        return 0;
    /* "comes with", "comes w/" */
    size_t lead = 1U;
    if (order_tok_is(text, tokens, w + 1U, e, "with"))
        lead = 2U;
    else if (order_tok_is(text, tokens, w + 1U, e, "w"))
        lead = w + 2U < e && tokens[w + 2U].kind == ORDER_TOKEN_PUNCT && tokens[w + 2U].punct == '/'
                   ? 3U
                   : 2U;
    return w + lead < e ? lead : 0;
}
