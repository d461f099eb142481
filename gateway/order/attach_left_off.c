/* attach_left_off.c — a part asked to be left off (attach.c): "leave the onions off", "leave
 * off the onions", "keep the cheese out", "the pickles left off" are "no onions", "no cheese",
 * "no pickles"; "leave it off" after
 * "allergic to cilantro" is "no cilantro"; and "leave X off the al pastor" is the change of
 * the dish named after it (the zone: reading_left_off.c). */
#include <string.h>

#include "gateway/order/attach_internal.h"

/* "the pickles left off", "onions taken out", "with the mint removed", "the feta be omitted":
 * the part, then a participle that leaves it off, narrowed in [*a, *b) to the part's words. */
static bool attach_left_off_after(const struct attach_state *st, size_t *a, size_t *b)
{
    static const char *const leaving[] = {"left", "taken", "kept", "held"};
    static const char *const off[] = {"off", "out"};
    static const char *const removed[] = {"removed", "omitted"};
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    size_t y =
        *b >= *a + 3U && order_tok_in(text, t, *b - 2U, *b, leaving, ORDER_WORDS_N(leaving)) &&
                order_tok_in(text, t, *b - 1U, *b, off, ORDER_WORDS_N(off))
            ? *b - 2U
        : *b >= *a + 2U && order_tok_in(text, t, *b - 1U, *b, removed, ORDER_WORDS_N(removed))
            ? *b - 1U
            : *b;
    static const char *const be[] = {"be", "is", "are", "being"};
    if (y < *b && y > *a + 1U && order_tok_in(text, t, y - 1U, y, be, ORDER_WORDS_N(be)))
        y--; /* "the feta cheese be omitted" */
    size_t x = *a + (order_tok_is(text, t, *a, y, "the") ? 1U : 0U);
    if (y == *b || x >= y)
        return false;
    for (size_t k = x; k < y; k++)
        if (t[k].kind != ORDER_TOKEN_WORD || order_tok_is(text, t, k, y, "it") ||
            order_tok_is(text, t, k, y, "them"))
            return false; /* "it left off": what "it" is the sentence before says */
    *a = x;
    *b = y;
    return true;
}

/* "leave the onions off", "leave off the onions", "keep the cheese out", "the pickles left off": a
 * part left off, narrowed in [*a, *b) to the part's words; "it" / "them" stand for what the
 * customer said they are allergic to before ("allergic to cilantro, can you leave it off"). Whether
 * it was such a removal. */
bool attach_left_off(const struct attach_state *st, size_t *a, size_t *b)
{
    if (!ORDER_CUES_ANY(&st->rg->cues, "left", "taken", "kept", "held", "removed", "omitted",
                        "leave", "keep"))
        return false;
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    if (attach_left_off_after(st, a, b))
        return true;
    if (!(order_tok_is(text, t, *a, *b, "leave") || order_tok_is(text, t, *a, *b, "keep")))
        return false;
    bool after = *b >= *a + 3U && (order_tok_is(text, t, *b - 1U, *b, "off") ||
                                   order_tok_is(text, t, *b - 1U, *b, "out"));
    bool before =
        !after && *b >= *a + 3U &&
        (order_tok_is(text, t, *a + 1U, *b, "off") || order_tok_is(text, t, *a + 1U, *b, "out"));
    if (!after && !before)
        return false;
    size_t x = *a + (before ? 2U : 1U), y = after ? *b - 1U : *b;
    if (x < y && order_tok_is(text, t, x, y, "the"))
        x++;
    if (x >= y)
        return false;
    if (y == x + 1U && (order_tok_is(text, t, x, y, "it") || order_tok_is(text, t, x, y, "them"))) {
        size_t k = x; /* what "it" stands for: "allergic to X" before */
        for (; k >= 2U; k--) {
            if (!order_tok_is(text, t, k - 1U, x, "to") ||
                !(order_tok_is(text, t, k - 2U, x, "allergic") ||
                  order_tok_is(text, t, k - 2U, x, "allergy")))
                continue;
            size_t e = k;
            while (e < x && e < k + 2U && t[e].kind == ORDER_TOKEN_WORD)
                e++;
            if (e == k)
                return false;
            x = k;
            y = e;
            break;
        }
        if (k < 2U)
            return false;
    }
    *a = x;
    *b = y;
    return true;
}

/* Is [i, j) a left-off zone that no dish took, right before "the" / "my" and span th ("can
 * you leave the onions off | the al pastor")? */
static bool left_off_before(const struct attach_state *st, size_t i, size_t j,
                            const struct order_thing *th)
{
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    size_t d = j;
    if (d < th->begin &&
        (order_tok_is(text, t, d, th->begin, "the") || order_tok_is(text, t, d, th->begin, "my")))
        d++;
    return d == th->begin && j > i + 2U &&
           (order_tok_is(text, t, j - 1U, j, "off") || order_tok_is(text, t, j - 1U, j, "out"));
}

void attach_left_off_dish_after(struct attach_state *st, size_t first, size_t end)
{
    if (!ORDER_CUES_ANY(&st->rg->cues, "leave", "keep") ||
        !ORDER_CUES_ANY(&st->rg->cues, "off", "out"))
        return;
    for (size_t s = first; s < end; s++) {
        struct order_thing *th = &st->rg->things[s];
        if (!th->is_span || th->item < 0 || th->reference)
            continue;
        /* the zone's tokens, unread, right before the dish */
        size_t j = th->begin;
        if (j > st->b && (order_tok_is(st->text, st->tokens, j - 1U, j, "the") ||
                          order_tok_is(st->text, st->tokens, j - 1U, j, "my")))
            j--;
        size_t i = j;
        while (i > st->b && st->rg->mod_zone[i - 1U] && attach_free(st, i - 1U))
            i--;
        if (i < j &&
            (order_tok_is(st->text, st->tokens, i, j, "leave") ||
             order_tok_is(st->text, st->tokens, i, j, "keep")) &&
            left_off_before(st, i, j, th))
            attach_add_modifier(st, th, i, j);
    }
}
