/* near_kind_name.c — a dish of menu words the menu lacks, one of them a letter off a word
 * of a dish of its kind (reading.h): "1 asada bowl" where the menu has a Pollo Asado Bowl
 * (and Carne Asada tacos and burritos). The customer mixed the filling of one dish with the
 * kind of another, or misspelt the name of one of that kind: which is open, so it is asked
 * back with the dishes of the kind so named, not declined as off the menu ("chicken taco"
 * near no taco's name stays declined). */
#include <ctype.h>
#include <string.h>

#include "gateway/order/reading.h"

enum { NEAR_WORD_MIN = 4 }; /* shorter words are a letter off too many others */

void order_read_near_kind_names(const struct order_reader *rd, const char *text,
                                const struct order_token *tokens, struct order_reading *rg)
{
    const struct order_lexicon *lx = rd->lex;
    for (size_t t = 0; t < rg->n_things; t++) {
        struct order_thing *th = &rg->things[t];
        if (th->is_span || th->past || th->reference || !th->menu_words ||
            th->leftover_kind != ORDER_LEFTOVER_FOOD || th->ingredient || th->end < th->begin + 2U)
            continue;
        /* the kind: the last word, a head of the menu's names ("bowl") */
        size_t last = th->end - 1U;
        if (rg->n_hits[last] == 0 || rg->hits[last][0].n_words != 1 ||
            !lx->words[rg->hits[last][0].words[0]].head)
            continue;
        const struct order_item_set *kind = &lx->words[rg->hits[last][0].words[0]].items;
        struct order_item_set near;
        memset(&near, 0, sizeof(near));
        bool all_menu = true;
        for (size_t p = th->begin; p < last && all_menu; p++) {
            const struct order_token *k = &tokens[p];
            if (k->kind != ORDER_TOKEN_WORD || order_tok_connector(text, k))
                continue;
            all_menu = rg->n_hits[p] > 0 && rg->hits[p][0].edits == 0;
            for (int32_t i = order_item_set_next(kind, 0); all_menu && i >= 0;
                 i = order_item_set_next(kind, (size_t)i + 1U))
                if (k->len >= NEAR_WORD_MIN &&
                    order_name_has_near_word(lx->menu->items[i].name, text + k->off, k->len))
                    order_item_set_add(&near, i);
        }
        if (!all_menu || order_item_set_count(&near) == 0)
            continue;
        th->is_span = true;
        th->candidates = near;
        th->item = -1;
        th->score = 1.0f;
        th->leftover_kind = 0;
        th->menu_words = false;
        memset(rg->roles + th->begin, ORDER_ROLE_ITEM, th->end - th->begin);
        if (rg->clauses[th->clause].n_leftovers > 0)
            rg->clauses[th->clause].n_leftovers--;
        rg->clauses[th->clause].n_spans++;
    }
}
