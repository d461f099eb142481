/* attach_without_again.c — a part of a dish's count said to come "without" and nothing more,
 * after another part said to come "with" something (attach_parts.c, reading.h pass 4): "two
 * wraps, one with the hummus, the other without", "2 burgers, one w/ pickles and one w/o".
 * The bare "without" leaves out what the "with" before it named, when the dish holds it: the
 * part comes with no X. Read alone, "without" names nothing, and a part that comes with what
 * its dish holds anyway changes nothing, so both parts were read alike and the removal lost. */
#include <stdio.h>
#include <string.h>

#include "gateway/order/attach_internal.h"

/* The first token of what "with" at the start of [pa, pb) names, past an article; pb when
 * [pa, pb) is no "with" and words. */
static size_t attach_with_object(const char *text, const struct order_token *t, size_t pa,
                                 size_t pb)
{
    static const char *const articles[] = {"the", "a", "an", "some"};
    size_t p = pa;
    if (order_tok_is(text, t, p, pb, "with"))
        p++;
    else if (order_tok_is(text, t, p, pb, "w") && p + 1U < pb &&
             t[p + 1U].kind == ORDER_TOKEN_PUNCT && t[p + 1U].punct == '/')
        p += 2U; /* "w/ pickles" */
    else
        return pb;
    if (order_tok_in(text, t, p, pb, articles, ORDER_WORDS_N(articles)))
        p++;
    return p < pb && t[p].kind == ORDER_TOKEN_WORD ? p : pb;
}

static size_t attach_bare_without(const char *text, const struct order_token *t, size_t a, size_t b)
{
    size_t w = order_tok_is(text, t, a, b, "without") ? 1U : order_tok_w_slash_o(text, t, a, b);
    for (size_t i = a + w; w > 0 && i < b; i++)
        if (t[i].kind == ORDER_TOKEN_WORD)
            return 0; /* "without onions" says what it leaves out itself */
    return w;
}

bool attach_without_again(struct attach_state *st, struct order_thing *cur, size_t pa, size_t pb,
                          size_t a, size_t b)
{
    /* a bare "without" ("w/o", "w o"), after "with" or "w/" */
    if (!ORDER_CUES_ANY(&st->cues, "without", "o") || !ORDER_CUES_ANY(&st->cues, "with", "w"))
        return false;
    enum { WITH_WORDS_MAX = 3 }; /* what "with" named: "with the spicy mayo" */
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    if (attach_bare_without(text, t, a, b) == 0 || cur->mods.n >= ORDER_ITEM_MODIFIERS_MAX)
        return false;
    size_t x = attach_with_object(text, t, pa, pb);
    size_t end = x;
    while (end < pb && t[end].kind == ORDER_TOKEN_WORD)
        end++;
    /* only what the dish holds: "one with cheese, one without" of a burger made with none
     * asks cheese on one, the other comes as it is */
    if (x == pb || end - x > WITH_WORDS_MAX || cur->item < 0)
        return false;
    if (!attach_swap_held(st->rd->lex, cur->item, text, t, x, end)) {
        memset(st->rg->roles + a, ORDER_ROLE_FILLER, b - a);
        return true; /* read, and nothing changes */
    }
    char *out = cur->mods.text[cur->mods.n];
    size_t o = (size_t)snprintf(out, ORDER_MODIFIER_BYTES_MAX, "no");
    for (size_t i = x; i < end && o + t[i].len + 2U < ORDER_MODIFIER_BYTES_MAX; i++) {
        out[o++] = ' ';
        memcpy(out + o, text + t[i].off, t[i].len);
        o += t[i].len;
    }
    out[o] = '\0';
    for (size_t m = 0; m < cur->mods.n; m++)
        if (strcmp(cur->mods.text[m], out) == 0)
            return true;
    cur->mods.n++;
    memset(st->rg->roles + a, ORDER_ROLE_MODIFIER, b - a);
    return true;
}
