/* attach_part_owner.c — "2 birria tacos + a horchata, extra consome": a change of more, less
 * or none of a part that its dish does not hold, where exactly one dish named before it, of
 * another section of the menu, does (its name or description says the part), is that
 * dish's. A drink takes no consomé; the taco served with it does. A dish of the same section
 * ("1 sweet potato fries, 1 classic fries extra salt") may take the part as it is asked. */
#include <string.h>

#include "gateway/order/attach_internal.h"
#include "gateway/order/normalize.h"
#include "io/menu.h"

/* The words after a lead that presumes the part is in the dish ("extra", "no", "light"):
 * where they start in change m, or NULL. "add" is left out: a part added need not be in
 * the dish. */
static const char *part_owner_words(const char *m)
{
    static const char *const leads[] = {"extra ", "no ", "light ", "less ", "more ", "without "};
    for (size_t k = 0; k < ORDER_WORDS_N(leads); k++) {
        size_t n = strlen(leads[k]);
        if (strncmp(m, leads[k], n) == 0 && m[n] != '\0')
            return m + n;
    }
    return NULL;
}

/* Is the last word of w an adjective ("extra crispy", "extra spicy")? A quality asked of
 * the dish, no part of it: any dish may take it. */
static bool part_owner_quality(const struct order_reader *rd, const char *w)
{
    const char *last = strrchr(w, ' ');
    last = last ? last + 1 : w;
    return order_dictionary_has(rd->lex->adjectives, last, strlen(last));
}

/* Does item hold every word of w (space-separated)? */
static bool part_owner_holds(const struct order_reader *rd, int32_t item, const char *w)
{
    while (*w) {
        size_t len = strcspn(w, " ");
        if (len > 0 && !order_read_item_holds(rd, (size_t)item, w, len))
            return false;
        w += len;
        while (*w == ' ')
            w++;
    }
    return true;
}

/* Moves change m of from to to; a change to already has ("no onion on all" of tacos and a
 * flan) is only dropped from from: said once of every dish, it goes once on each. */
static void part_owner_move(struct order_thing *from, uint8_t m, struct order_thing *to)
{
    bool had = false;
    for (uint8_t k = 0; k < to->mods.n && !had; k++)
        had = strcmp(to->mods.text[k], from->mods.text[m]) == 0;
    if (!had) {
        if (to->mods.n >= ORDER_ITEM_MODIFIERS_MAX)
            return; /* no room on to: the change stays where it was */
        memcpy(to->mods.text[to->mods.n++], from->mods.text[m], sizeof(from->mods.text[0]));
    }
    memmove(from->mods.text[m], from->mods.text[m + 1U],
            (size_t)(from->mods.n - m - 1U) * sizeof(from->mods.text[0]));
    from->mods.n--;
}

void attach_part_owner(struct attach_state *st, size_t first)
{
    struct order_reading *rg = st->rg;
    for (size_t x = first; x < rg->n_things; x++) {
        struct order_thing *th = &rg->things[x];
        if (!th->is_span || th->item < 0 || th->reference)
            continue;
        const char *section = st->rd->lex->menu->items[th->item].section;
        for (uint8_t m = 0; m < th->mods.n;) {
            const char *lead = part_owner_words(th->mods.text[m]);
            char w[ORDER_MODIFIER_BYTES_MAX * 2];
            struct order_thing *owner = NULL;
            size_t holders = 0;
            struct order_thing *before = NULL; /* the dish named right before th */
            for (size_t y = 0; y < x; y++)
                if (rg->things[y].is_span && !rg->things[y].reference)
                    before = &rg->things[y];
            if (lead && before && before->item >= 0 && before->item != th->item &&
                strcmp(st->rd->lex->menu->items[before->item].section, section) != 0 &&
                order_normalize_match(lead, strlen(lead), w, sizeof(w)) > 0 &&
                !part_owner_quality(st->rd, w) && !part_owner_holds(st->rd, th->item, w))
                for (size_t y = 0; y < x; y++) {
                    struct order_thing *o = &rg->things[y];
                    if (o->is_span && o->item >= 0 && !o->reference && o->item != th->item &&
                        part_owner_holds(st->rd, o->item, w)) {
                        owner = o;
                        holders++;
                    }
                }
            if (holders == 1 && owner == before)
                part_owner_move(th, m, owner);
            else
                m++;
        }
    }
}
