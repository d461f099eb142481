/* seen_where.c — "the taco from ur pic w the dipping broth", "the bowl in your instagram post
 * from yesterday, the one with the chicken": after a dish's name, where the customer saw it (a
 * picture, a post, an ad, the window) says which dish they mean and nothing of how it is made.
 * Those words join the dish's name, so that the words after them still describe the dish ("w
 * the dipping broth") or count it, and "from yesterday" there dates the picture, no order of
 * the day before. */
#include <string.h>

#include "gateway/order/reading.h"

/* The tokens of "from ur pic", "in your instagram post (from yesterday)", "on the sign" at p,
 * or 0. */
static size_t seen_where_at(const char *text, const struct order_token *tokens, size_t p, size_t e)
{
    static const char *const places[] = {"from", "in", "on", "off"};
    static const char *const owners[] = {"your", "ur", "yr", "the", "yalls", "that"};
    static const char *const media[] = {"instagram", "insta",  "ig",     "facebook",
                                        "fb",        "tiktok", "twitter"};
    static const char *const seen[] = {"pic",    "pics", "picture", "photo", "photos", "post",
                                       "story",  "ad",   "advert",  "video", "reel",   "website",
                                       "window", "sign", "poster",  "flyer", "feed",   "page"};
    static const char *const when[] = {"yesterday", "today", "earlier", "recently"};
    size_t q = p;
    if (!order_tok_in(text, tokens, q++, e, places, ORDER_WORDS_N(places)))
        return 0;
    if (order_tok_in(text, tokens, q, e, owners, ORDER_WORDS_N(owners)))
        q++;
    bool medium = order_tok_in(text, tokens, q, e, media, ORDER_WORDS_N(media));
    if (medium)
        q++;
    if (order_tok_in(text, tokens, q, e, seen, ORDER_WORDS_N(seen)))
        q++;
    else if (!medium)
        return 0;
    /* "from yesterday", "from last week": when the picture was put up */
    if (order_tok_is(text, tokens, q, e, "from") &&
        order_tok_in(text, tokens, q + 1U, e, when, ORDER_WORDS_N(when)))
        q += 2U;
    else if (order_tok_is(text, tokens, q, e, "from") &&
             order_tok_is(text, tokens, q + 1U, e, "last") && q + 2U < e &&
             tokens[q + 2U].kind == ORDER_TOKEN_WORD)
        q += 3U;
    return q - p;
}

void order_read_seen_where(const char *text, const struct order_token *tokens, size_t c,
                           struct order_reading *rg)
{
    if (!ORDER_CUES_ANY(&rg->cues, "from", "in", "on", "off"))
        return;
    size_t e = rg->clauses[c].end;
    for (size_t t = 0; t < rg->n_things; t++) {
        struct order_thing *th = &rg->things[t];
        if (th->clause != c || !th->is_span)
            continue;
        size_t k = seen_where_at(text, tokens, th->end, e);
        bool free = k > 0;
        for (size_t q = th->end; free && q < th->end + k; q++)
            free = rg->roles[q] == ORDER_ROLE_NONE || rg->roles[q] == ORDER_ROLE_FILLER;
        if (!free)
            continue;
        memset(rg->roles + th->end, ORDER_ROLE_ITEM, k);
        th->end = (uint16_t)(th->end + k);
    }
}
