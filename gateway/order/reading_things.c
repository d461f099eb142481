/* reading_things.c — small edits of the things a reading holds, shared by the passes that
 * find a thing was no dish or a modifier no change (reading.h). */
#include <string.h>

#include "gateway/order/lexicon.h"
#include "gateway/order/reading.h"

void order_reading_drop_thing(struct order_reading *rg, size_t x)
{
    struct order_clause *cl = &rg->clauses[rg->things[x].clause];
    /* unsigned: a clause whose spans were not counted yet stays at 0, no wrap to 255 */
    if (cl->n_spans > 0)
        cl->n_spans--;
    memmove(rg->things + x, rg->things + x + 1U, (rg->n_things - x - 1U) * sizeof(rg->things[0]));
    rg->n_things--;
}

void order_reading_drop_leftovers_in(struct order_reading *rg, size_t c, size_t b, size_t e)
{
    size_t o = 0;
    for (size_t t = 0; t < rg->n_things; t++) {
        const struct order_thing *th = &rg->things[t];
        if (th->clause == c && !th->is_span && th->begin >= b && th->begin < e) {
            rg->clauses[c].n_leftovers--;
            continue;
        }
        rg->things[o++] = *th;
    }
    rg->n_things = o;
}

void order_reading_leftover_to_filler(struct order_reading *rg, size_t t)
{
    struct order_thing *th = &rg->things[t];
    memset(rg->roles + th->begin, ORDER_ROLE_FILLER, th->end - th->begin);
    if (rg->clauses[th->clause].n_leftovers > 0)
        rg->clauses[th->clause].n_leftovers--;
    memmove(th, th + 1, (rg->n_things - t - 1U) * sizeof(*th));
    rg->n_things--;
}

void order_mods_drop_starting(struct order_modifiers *mods, const char *w, size_t len)
{
    uint8_t keep = 0;
    for (uint8_t m = 0; m < mods->n; m++) {
        if (strncmp(mods->text[m], w, len) == 0 &&
            (mods->text[m][len] == '\0' || mods->text[m][len] == ' '))
            continue;
        if (keep != m)
            memcpy(mods->text[keep], mods->text[m], sizeof(mods->text[m]));
        keep++;
    }
    mods->n = keep;
}

void order_read_token_items(const struct order_reader *rd, const struct order_reading *rg, size_t i,
                            struct order_item_set *out)
{
    memset(out, 0, sizeof(*out));
    for (size_t h = 0; h < rg->n_hits[i]; h++)
        for (size_t x = 0; x < rg->hits[i][h].n_words; x++)
            order_item_set_or(out, &rd->lex->words[rg->hits[i][h].words[x]].items);
}
