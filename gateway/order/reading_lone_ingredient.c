/* reading_lone_ingredient.c — "electrolyte drink + banana + fries": a food said alone between
 * the marks of a list, that one dish's name holds only between its first and last words (a
 * flavour: the "banana" of Strawberry Banana Smoothie) and another dish's description holds as
 * what it is made with, is that food, one the menu lacks, no shortening of the dish's name.
 * A name is shortened by its first or its last word ("the strawberry", "a smoothie"); a
 * middle word alone that the menu also uses as an ingredient names the ingredient. */
#include "gateway/order/reading_internal.h"

/* Is token t a mark of a list or the clause's edge: '+', ',', '&', "and", or b / e? */
static bool lone_list_edge(const char *text, const struct order_token *tokens, size_t t, size_t b,
                           size_t e)
{
    if (t < b || t >= e)
        return true;
    if (tokens[t].kind == ORDER_TOKEN_PUNCT)
        return tokens[t].punct == '+' || tokens[t].punct == ',' || tokens[t].punct == '&';
    return order_tok_is(text, tokens, t, e, "and");
}

/* Does no name of item open with word w, and one hold it before its last word (the
 * "banana" of "strawberry banana smoothie", though "strawberry banana" is a name too)? */
static bool lone_middle_word(const struct order_lexicon *lx, int32_t item, uint16_t w)
{
    bool inside = false;
    for (size_t v = 0; v < lx->n_variants; v++) {
        if (lx->variant_item[v] != (uint32_t)item)
            continue;
        for (size_t k = 0; k < lx->variant_len[v]; k++)
            if (lx->variant_words[v][k] == w) {
                if (k == 0)
                    return false;
                inside = inside || k + 1U < lx->variant_len[v];
            }
    }
    return inside;
}

bool read_drop_lone_ingredient(const struct order_reader *rd, const char *text,
                               const struct order_token *tokens, struct order_reading *rg,
                               struct order_clause *cl, size_t s)
{
    struct order_thing *th = &rg->things[s];
    size_t t = th->begin;
    if (!th->is_span || th->item < 0 || th->end != t + 1U || rg->n_hits[t] != 1 ||
        rg->hits[t][0].edits != 0 || rg->hits[t][0].n_words != 1 ||
        !lone_list_edge(text, tokens, t + 1U, cl->begin, cl->end) ||
        /* before it a '+' or ',' alone of the list's edges: no "and", no clause start */
        !(t > cl->begin && tokens[t - 1U].kind == ORDER_TOKEN_PUNCT &&
          (tokens[t - 1U].punct == '+' || tokens[t - 1U].punct == ',')) ||
        !order_food_word(rd->food, text + tokens[t].off, tokens[t].len) ||
        !lone_middle_word(rd->lex, th->item, rg->hits[t][0].words[0]))
        return false;
    const char *w = text + tokens[t].off;
    size_t len = tokens[t].len;
    bool elsewhere = false;
    for (size_t i = 0; i < rd->lex->menu->count && !elsewhere; i++)
        elsewhere = (int32_t)i != th->item &&
                    order_lexicon_item_mentions(rd->lex, (int32_t)i, &w, &len, 1) == 1;
    if (!elsewhere)
        return false;
    rg->roles[t] = ORDER_ROLE_NONE;
    rg->dish_word[t] = true;
    for (size_t k = s; k + 1U < rg->n_things; k++)
        rg->things[k] = rg->things[k + 1U];
    rg->n_things--;
    cl->n_spans--;
    return true;
}
