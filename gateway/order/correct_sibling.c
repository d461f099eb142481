/* correct_sibling.c — "the chocolate milkshake, no wait, the vegan one": a correction that
 * points at a dish by a word of how it is ("the vegan one") picks among the dishes of the
 * kind it corrects (those whose name ends in the same word: the milkshakes), not the whole
 * menu. The word may name other kinds of dish ("vegan burger", "vegan brownie"); of the kind
 * corrected, the one other dish whose name or description holds it is the one meant. */
#include <string.h>
#include <strings.h>

#include "gateway/order/correct_internal.h"
#include "io/menu.h"

/* Is the word at d, a word of the menu, between "the" and "one" ("the vegan one")? */
bool correct_the_word_one(const char *text, const struct order_token *t, size_t n,
                          const struct order_reading *rg, size_t d)
{
    if (!ORDER_CUES_ANY(&rg->cues, "one") || !ORDER_CUES_ANY(&rg->cues, "the"))
        return false;
    return d > 0 && d + 1U < n && rg->n_hits[d] > 0 && order_token_is(text, &t[d - 1U], "the") &&
           order_token_is(text, &t[d + 1U], "one");
}

/* The last word of menu item i's name, and its length. */
static const char *correct_name_head(const struct menu *menu, size_t i, size_t *len)
{
    const char *name = menu->items[i].name;
    const char *sp = strrchr(name, ' ');
    const char *w = sp ? sp + 1 : name;
    *len = strlen(w);
    return w;
}

/* The one dish of was's kind, not was, whose name or description holds every word of
 * [b, e) but "the" and "one"; -1 when none or several. */
static int32_t correct_sibling_of(const struct order_reader *rd, const char *text,
                                  const struct order_token *tokens, size_t b, size_t e, int32_t was)
{
    const struct menu *menu = rd->lex->menu;
    size_t head_len;
    const char *head = correct_name_head(menu, (size_t)was, &head_len);
    int32_t found = -1;
    for (size_t i = 0; i < menu->count; i++) {
        size_t l;
        const char *h = correct_name_head(menu, i, &l);
        if ((int32_t)i == was || l != head_len || strncasecmp(h, head, l) != 0)
            continue;
        bool holds = true;
        for (size_t p = b; p < e && holds; p++)
            if (tokens[p].kind == ORDER_TOKEN_WORD && !order_token_is(text, &tokens[p], "the") &&
                !order_token_is(text, &tokens[p], "one"))
                holds = order_read_item_holds(rd, i, text + tokens[p].off, tokens[p].len);
        if (!holds)
            continue;
        if (found >= 0)
            return -1;
        found = (int32_t)i;
    }
    return found;
}

/* The one candidate of th of was's kind, not was, when th names dishes of other kinds too;
 * -1 when none or several, or every candidate is of that kind. */
static int32_t correct_sibling_candidate(const struct order_reader *rd,
                                         const struct order_thing *th, int32_t was)
{
    const struct menu *menu = rd->lex->menu;
    size_t head_len;
    const char *head = correct_name_head(menu, (size_t)was, &head_len);
    int32_t found = -1;
    bool other_kind = false; /* a kind's own word ("the smoothie") is no name kinds share */
    for (int32_t i = order_item_set_next(&th->candidates, 0); i >= 0;
         i = order_item_set_next(&th->candidates, (size_t)i + 1U)) {
        size_t l;
        const char *h = correct_name_head(menu, (size_t)i, &l);
        if (l != head_len || strncasecmp(h, head, l) != 0)
            other_kind = true;
        if (i == was || l != head_len || strncasecmp(h, head, l) != 0)
            continue;
        if (found >= 0)
            return -1;
        found = i;
    }
    return other_kind ? found : -1;
}

struct order_thing *correct_sibling_pick(const struct order_reader *rd, const char *text,
                                         const struct order_token *tokens, size_t n,
                                         struct order_reading *rg, const struct correct_lead *lead)
{
    struct order_thing *was = correct_last_thing(rg, lead->begin, false);
    if (!was || was->item < 0)
        return NULL;
    for (size_t s = 0; s < rg->n_things; s++) {
        struct order_thing *th = &rg->things[s];
        if (!th->is_span || th->reference || th->item >= 0 || th->begin < lead->at ||
            th->begin > lead->at + 2U || th->end > n)
            continue;
        /* "2 al pastor tacos, wait no, carnitas": a name several kinds share, of which one
         * dish is of the kind corrected */
        if (th->end < th->begin + 2U || !order_token_is(text, &tokens[th->end - 1U], "one")) {
            int32_t item = correct_sibling_candidate(rd, th, was->item);
            if (item < 0)
                return NULL;
            order_thing_pin(th, item);
            return th;
        }
        /* "the vegan one": the span of words that name other kinds, then "one" */
        int32_t item = correct_sibling_of(rd, text, tokens, th->begin, th->end, was->item);
        if (item < 0)
            return NULL;
        order_thing_pin(th, item);
        return th;
    }
    return NULL;
}
