/* attach_shared_change.c — a change said of a whole count before one of it is split off with a
 * change of its own ("two falafel wraps, hummus on the side, one with extra chilli"). The first
 * change was said of every wrap, the part only adds to it, so the part keeps the shared change
 * beside its own. A part whose change speaks of the same thing ("two coffees with oat milk, one
 * with almond milk") or a shared change of one word (a size or a heat: "two large, one small")
 * replaces it instead: nothing is carried then. attach_after (attach_parts.c) calls
 * attach_part_shares once the part's first change is read. The rest of a count whose parts
 * took changes, called "regular" ("three horchatas, two with no ice, one regular"), is the
 * dish as it comes, no size (attach_rest_regular). */
#include <string.h>

#include "gateway/order/attach_internal.h"

/* The last word of change m: what the change speaks of ("oat milk", "no onion"). */
static const char *attach_change_subject(const char *m, size_t *len)
{
    const char *w = strrchr(m, ' ');
    w = w ? w + 1 : m;
    *len = strlen(w);
    return w;
}

/* Does the change m speak of the thing one of the n changes of c speaks of? */
static bool attach_same_subject(const char *m, const struct order_modifiers *c)
{
    size_t len;
    const char *w = attach_change_subject(m, &len);
    for (size_t k = 0; k < c->n; k++) {
        size_t l;
        const char *v = attach_change_subject(c->text[k], &l);
        if (l == len && strncmp(v, w, len) == 0)
            return true;
    }
    return false;
}

void attach_part_shares(struct order_thing *part, const struct order_modifiers *shared,
                        uint8_t shared_n)
{
    if (shared_n == 0 || part->mods.n == 0 || shared_n > shared->n)
        return;
    for (uint8_t k = 0; k < shared_n; k++) {
        const char *m = shared->text[k];
        if (!strchr(m, ' ') || attach_same_subject(m, &part->mods))
            return; /* a size or a heat, or the part's change replaces it */
    }
    if (part->mods.n + shared_n > ORDER_ITEM_MODIFIERS_MAX)
        return;
    struct order_modifiers own = part->mods;
    memcpy(part->mods.text, shared->text, (size_t)shared_n * sizeof(*part->mods.text));
    memcpy(part->mods.text + shared_n, own.text, (size_t)own.n * sizeof(*own.text));
    part->mods.n = (uint8_t)(shared_n + own.n);
    part->mods_shared = shared_n;
}

/* Are the words [a, b), said after dish th's name, "regular" alone, while a part of th's count
 * was split off after th with a change of more than a size? The rest is then told apart from the
 * parts as the dish that comes as the menu has it: no change. */
bool attach_rest_regular(const struct attach_state *st, const struct order_thing *th, size_t a,
                         size_t b)
{
    if (!ORDER_CUES_ANY(&st->rg->cues, "regular"))
        return false;
    if (b != a + 1U || a <= th->end || !order_tok_is(st->text, st->tokens, a, b, "regular"))
        return false;
    for (size_t k = st->first; k < st->rg->n_things; k++) {
        const struct order_thing *p = &st->rg->things[k];
        if (p != th && p->is_span && p->item == th->item && p->begin == p->end &&
            p->begin >= th->end && p->mods.n > 0 && strchr(p->mods.text[0], ' '))
            return true; /* a part "large" sets "regular" against it as a size */
    }
    return false;
}
