/* attach_part_named_before.c — a part of a dish named short after it was named whole
 * (attach.c, reading.h pass 4): "two wraps, one with no pickled turnip, the other with extra
 * turnip" speaks of one part twice; the short name is written as the whole one. */
#include <stdio.h>
#include <string.h>

#include "gateway/order/attach_internal.h"

/* The part a change names after its lead word ("sweet chilli jam" of "no sweet chilli jam"),
 * or NULL when the change is one word. */
static const char *attach_part_of(const char *change)
{
    const char *sp = strchr(change, ' ');
    return sp && sp[1] ? sp + 1 : NULL;
}

/* Does part (several words) end in the one word w ("sweet chilli jam" ends in "jam")? */
static bool attach_ends_in_word(const char *part, const char *w)
{
    size_t pl = strlen(part), wl = strlen(w);
    return pl > wl + 1U && part[pl - wl - 1U] == ' ' && strcmp(part + pl - wl, w) == 0;
}

/* Does part open with a word that joins it to a verb ("with rice" of "come with rice")?
 * What follows is the part; the joining word is none of its name. */
static bool attach_part_joined(const char *part)
{
    static const char *const joins[] = {"with ", "w ", "on ", "in ", "of ", "without "};
    for (size_t k = 0; k < ORDER_WORDS_N(joins); k++)
        if (strncmp(part, joins[k], strlen(joins[k])) == 0)
            return true;
    return false;
}

/* Rewrites change m ("extra jam") with the whole part another change of the same dish
 * named ("no sweet chilli jam"), when m's part is that part's last word. */
static void attach_widen_change(char *m, const struct order_thing *other)
{
    const char *part = attach_part_of(m);
    if (!part || strchr(part, ' '))
        return;
    for (size_t k = 0; k < other->mods.n; k++) {
        const char *whole = attach_part_of(other->mods.text[k]);
        if (!whole || !attach_ends_in_word(whole, part) || strstr(whole, " instead") ||
            attach_part_joined(whole))
            continue;
        char out[ORDER_MODIFIER_BYTES_MAX];
        int n = snprintf(out, sizeof(out), "%.*s %s", (int)(part - m - 1), m, whole);
        if (n > 0 && (size_t)n < sizeof(out))
            memcpy(m, out, (size_t)n + 1U);
        return;
    }
}

void attach_part_named_before(struct attach_state *st)
{
    struct order_reading *rg = st->rg;
    for (size_t s = 0; s < rg->n_things; s++) {
        struct order_thing *th = &rg->things[s];
        if (!th->is_span || th->item < 0)
            continue;
        for (size_t o = 0; o < s; o++) {
            const struct order_thing *other = &rg->things[o];
            if (!other->is_span || other->item != th->item)
                continue;
            for (size_t m = 0; m < th->mods.n; m++)
                attach_widen_change(th->mods.text[m], other);
        }
    }
}
