/* narrow_list_neighbours.c — "3x sweet potato fries, 2x classic, 1x truffle": in a list, a
 * word several dishes share ("classic": the fries or the beef burger) between dishes named
 * whole with the same head noun ("fries") is the one of its dishes with that head; "3 al
 * pastor 3 asada 3 carnitas (tacos)": a kind in brackets closing the list names the kind of
 * every entry. The list's entries may be set apart by marks, new lines and joining words, and
 * counted. */
#include <string.h>

#include "gateway/order/reading.h"

/* Is token p a count written with digits and an "x" ("2x", "x3")? */
static bool neighbours_times(const char *text, const struct order_token *tokens, size_t p)
{
    bool digit = false;
    for (size_t i = 0; i < tokens[p].len; i++) {
        char c = text[tokens[p].off + i];
        if (c != 'x' && (c < '0' || c > '9'))
            return false;
        digit = digit || c != 'x';
    }
    return tokens[p].kind == ORDER_TOKEN_WORD && digit;
}

/* Do only marks that set entries apart, joining words, articles and counts stand in [a, b)? */
static bool neighbours_listed(const char *text, const struct order_token *tokens,
                              const struct order_reading *rg, size_t a, size_t b)
{
    static const char *const joins[] = {"and", "n", "plus"};
    if (a >= b)
        return false;
    for (size_t p = a; p < b; p++) {
        bool mark = tokens[p].kind == ORDER_TOKEN_PUNCT && strchr(",;+&/\n-", tokens[p].punct);
        if (!(mark || rg->roles[p] == ORDER_ROLE_QTY || neighbours_times(text, tokens, p) ||
              order_tok_article(text, tokens, p, b) ||
              order_tok_in(text, tokens, p, b, joins, ORDER_WORDS_N(joins))))
            return false;
    }
    return true;
}

/* The heads of the dish named whole listed right beside kind (before it when before is set),
 * ANDed into picks; whether there is one. */
static bool neighbour_heads(const struct order_reader *rd, const char *text,
                            const struct order_token *tokens, const struct order_reading *rg,
                            size_t k, bool before, struct order_item_set *picks)
{
    const struct order_thing *kind = &rg->things[k];
    const struct order_thing *o = NULL;
    for (size_t i = 1; i <= rg->n_things && !o; i++) {
        size_t x = before ? k - i : k + i;
        if ((before && i > k) || (!before && x >= rg->n_things))
            return false;
        if (!rg->things[x].reference)
            o = &rg->things[x];
    }
    struct order_item_set heads;
    if (!o ||
        !(before ? neighbours_listed(text, tokens, rg, o->end, kind->begin)
                 : neighbours_listed(text, tokens, rg, kind->end, o->begin)) ||
        !order_narrow_head_items(rd, rg, o, &heads))
        return false;
    if (order_narrow_head_one_of_many(text, tokens, kind, o))
        return false; /* "2 carnitas, 1 pollo asado bowl": the bowl's head is its own */
    order_item_set_and(picks, &heads);
    return true;
}

/* Does token t read a head noun or a word that names no dish ("dessert", "kids")? It names
 * a kind of its own, or a person, not a word shared by names. */
static bool neighbour_word_heads(const struct order_reader *rd, const struct order_reading *rg,
                                 size_t t)
{
    for (size_t h = 0; h < rg->n_hits[t]; h++) {
        const struct order_lex_word *w = &rd->lex->words[rg->hits[t][h].words[0]];
        if (w->head || w->not_dish)
            return true;
    }
    return false;
}

/* The items of the words token t reads exactly, into items; whether it reads any. */
static bool neighbour_word_items(const struct order_reader *rd, const struct order_reading *rg,
                                 size_t t, struct order_item_set *items)
{
    memset(items, 0, sizeof(*items));
    for (size_t h = 0; h < rg->n_hits[t]; h++) {
        const struct order_lex_hit *hit = &rg->hits[t][h];
        if (hit->edits == 0 && hit->n_words == 1)
            order_item_set_or(items, &rd->lex->words[hit->words[0]].items);
    }
    return order_item_set_count(items) >= 2;
}

/* "3 al pastor 3 asada 3 carnitas (tacos)": a kind in brackets closing the list that kind
 * stands in names the kind of every entry; ANDs its items into picks. Whether there is one. */
static bool neighbour_bracket_kind(const char *text, const struct order_token *tokens,
                                   const struct order_reading *rg, size_t k,
                                   struct order_item_set *picks)
{
    size_t prev_end = rg->things[k].end;
    for (size_t x = k + 1U; x < rg->n_things; x++) {
        const struct order_thing *o = &rg->things[x];
        bool bracketed = o->begin > 0 && tokens[o->begin - 1U].kind == ORDER_TOKEN_PUNCT &&
                         tokens[o->begin - 1U].punct == '(' && rg->n_clauses > 0 &&
                         o->end < rg->clauses[rg->n_clauses - 1U].end &&
                         tokens[o->end].kind == ORDER_TOKEN_PUNCT && tokens[o->end].punct == ')';
        if (bracketed && o->is_span && o->item < 0 && o->begin == prev_end + 1U) {
            order_item_set_and(picks, &o->candidates);
            return true;
        }
        if (o->reference)
            continue; /* the bracket may have named the entry before it already */
        if (bracketed || !neighbours_listed(text, tokens, rg, prev_end, o->begin))
            return false;
        prev_end = o->end;
    }
    return false;
}

void order_narrow_list_neighbours(const struct order_reader *rd, const char *text,
                                  const struct order_token *tokens, struct order_reading *rg,
                                  size_t k)
{
    struct order_thing *kind = &rg->things[k];
    if (kind->item >= 0 || kind->reference || kind->qty_unclear || kind->end != kind->begin + 1U ||
        rg->clauses[kind->clause].question_form)
        return;
    struct order_item_set picks = kind->candidates;
    /* "2x classic" the menu read as no dish: a leftover of one word the menu's dishes share */
    if (!kind->is_span && (kind->past || kind->left_to_us || kind->vague ||
                           !neighbour_word_items(rd, rg, kind->begin, &picks)))
        return;
    if (order_item_set_count(&picks) < 2 || neighbour_word_heads(rd, rg, kind->begin))
        return;
    /* a dish named whole beside it, on either side, and one of the same head on the other if
     * any */
    struct order_item_set bracket = picks;
    if (kind->is_span && neighbour_bracket_kind(text, tokens, rg, k, &bracket) &&
        order_item_set_count(&bracket) == 1) {
        order_thing_pin(kind, order_item_set_next(&bracket, 0));
        return;
    }
    bool before = neighbour_heads(rd, text, tokens, rg, k, true, &picks);
    bool after = neighbour_heads(rd, text, tokens, rg, k, false, &picks);
    if (!before && !(after && kind->is_span))
        return; /* a leftover ("4 my kids n a ... burger") only after a dish of the list */
    if (order_item_set_count(&picks) != 1)
        return;
    if (!kind->is_span) {
        kind->is_span = true;
        kind->score = 1.0f;
        kind->leftover_kind = 0;
        kind->menu_words = false;
        rg->roles[kind->begin] = ORDER_ROLE_ITEM;
        if (rg->clauses[kind->clause].n_leftovers > 0)
            rg->clauses[kind->clause].n_leftovers--;
        rg->clauses[kind->clause].n_spans++;
    }
    order_thing_pin(kind, order_item_set_next(&picks, 0));
}
