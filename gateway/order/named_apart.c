/* named_apart.c — a dish pointed at by how it is, the others so described named apart
 * (reading.h): "the spicy one, whatever its called, and a side of mac bites". "The spicy one"
 * alone may be any dish a description calls spicy and is asked back; but a dish the customer
 * names on its own in the same message is not also the one they point at by a word: what is
 * left is the dish whose name holds the word. */
#include "gateway/order/reading.h"

/* Is item named by a span of its own, other than th, anywhere in the message? */
static bool named_apart_elsewhere(const struct order_reading *rg, const struct order_thing *th,
                                  int32_t item)
{
    for (size_t t = 0; t < rg->n_things; t++) {
        const struct order_thing *o = &rg->things[t];
        if (o != th && o->is_span && !o->reference && o->item == item)
            return true;
    }
    return false;
}

void order_read_named_apart(const struct order_reader *rd, struct order_reading *rg)
{
    for (size_t t = 0; t < rg->n_things; t++) {
        struct order_thing *th = &rg->things[t];
        if (!th->is_span || th->reference || th->item >= 0 ||
            order_item_set_count(&th->candidates) < 2 || rg->n_hits[th->begin] == 0 ||
            rg->hits[th->begin][0].n_words != 1)
            continue;
        /* the candidates whose name holds the word said */
        struct order_item_set named = rd->lex->words[rg->hits[th->begin][0].words[0]].items;
        order_item_set_and(&named, &th->candidates);
        if (order_item_set_count(&named) != 1)
            continue;
        int32_t pick = order_item_set_next(&named, 0);
        bool others_apart = true;
        for (int32_t i = order_item_set_next(&th->candidates, 0); i >= 0 && others_apart;
             i = order_item_set_next(&th->candidates, (size_t)i + 1U))
            others_apart = i == pick || named_apart_elsewhere(rg, th, i);
        if (!others_apart)
            continue;
        order_thing_pin(th, pick);
    }
}
