/* attach_other_flavor.c — "1 mandarin jarritos and 1 of the other flavor": "the other" and a
 * word of variety ("flavor", "kind", "one") after a dish whose name opens with a word one
 * other item's name opens with too (Jarritos Mandarin, Jarritos Tamarind), or else ends with
 * (Mango Smoothie, Strawberry Banana Smoothie), is that other item. With more than one such
 * item, or none, the phrase stays a question. */
#include <string.h>
#include <strings.h>

#include "gateway/order/attach_internal.h"
#include "io/menu.h"

/* The length of the first word of name. */
static size_t other_first_word(const char *name)
{
    size_t n = 0;
    while (name[n] && name[n] != ' ')
        n++;
    return n;
}

/* The one item, not was, whose name opens with the first word of was's name, or else ends
 * with its last word (Mango Smoothie, Strawberry Banana Smoothie); -1 when none or several
 * do. */
static int32_t other_of_pair(const struct menu *menu, size_t was)
{
    const char *name = menu->items[was].name;
    size_t n = other_first_word(name);
    const char *last = strrchr(name, ' ');
    last = last ? last + 1 : name;
    int32_t first_found = -1, last_found = -1;
    size_t firsts = 0, lasts = 0;
    for (size_t i = 0; i < menu->count; i++) {
        const char *o = menu->items[i].name;
        if (i == was)
            continue;
        if (strncasecmp(o, name, n) == 0 && (o[n] == ' ' || o[n] == '\0')) {
            first_found = (int32_t)i;
            firsts++;
        }
        const char *ol = strrchr(o, ' ');
        ol = ol ? ol + 1 : o;
        if (last != name && ol != o && strcasecmp(ol, last) == 0) {
            last_found = (int32_t)i;
            lasts++;
        }
    }
    if (firsts > 0)
        return firsts == 1 ? first_found : -1;
    return lasts == 1 ? last_found : -1;
}

static void attach_other_flavor(struct attach_state *st, size_t first, size_t end)
{
    if (!ORDER_CUES_ANY(&st->rg->cues, "other") ||
        !ORDER_CUES_ANY(&st->rg->cues, "flavor", "flavour", "flavors", "kind", "type", "one"))
        return;
    static const char *const variety[] = {"flavor", "flavour", "flavors", "kind", "type", "one"};
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    for (size_t s = first; s < end; s++) {
        struct order_thing *th = &st->rg->things[s];
        size_t o = th->begin; /* "other", in the span or right before it */
        if (th->item >= 0 || th->reference || o < st->b + 1U)
            continue;
        if (!order_tok_is(text, t, o, st->e, "other"))
            o--;
        if (o < st->b + 1U || !order_tok_is(text, t, o, st->e, "other") ||
            !order_tok_is(text, t, o - 1U, st->e, "the") || th->end != o + 2U ||
            !order_tok_in(text, t, o + 1U, st->e, variety, ORDER_WORDS_N(variety)))
            continue;
        const struct order_thing *was = attach_last_dish(st, o);
        int32_t other = was ? other_of_pair(st->rd->lex->menu, (size_t)was->item) : -1;
        if (other < 0)
            continue;
        th->is_span = true; /* a leftover till now: the words named no dish */
        order_thing_pin(th, other);
    }
}

void attach_leftovers_and_other(struct attach_state *st, size_t c)
{
    attach_leftovers(st, c);
    attach_other_flavor(st, st->first, st->rg->n_things);
    attach_said_fine(st, st->first, st->rg->n_things); /* "12 waters, sparkling is fine" */
}
