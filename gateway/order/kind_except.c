/* kind_except.c — every dish of a kind but the ones set apart (reading.h): "one of each taco
 * except the fish", "one each of the burgers but not the kids one", "2 of every smoothie minus
 * the mango". After a kind read as every dish of it (menu_refs.c), words that set dishes apart
 * name the ones the customer does not want: those leave the reading, and the words are no
 * change of the others. What they name is read from the menu's names and descriptions ("minus
 * the pork ones" sets apart every dish of the kind that holds pork). */
#include <string.h>

#include "gateway/order/reading.h"

enum { EXCEPT_WORDS_MAX = 3 };

/* The words that set dishes apart at i: their length (1 or 2), or 0. */
static size_t except_lead_at(const char *text, const struct order_token *tokens, size_t i, size_t e)
{
    static const char *const one[] = {"except", "minus", "excluding", "besides", "sans"};
    static const char *const two[][2] = {
        {"but", "not"}, {"other", "than"}, {"apart", "from"}, {"except", "for"}, {"but", "the"}};
    for (size_t k = 0; k < ORDER_WORDS_N(two); k++)
        if (order_tok_is(text, tokens, i, e, two[k][0]) &&
            order_tok_is(text, tokens, i + 1, e, two[k][1]))
            return strcmp(two[k][1], "the") == 0 ? 1
                                                 : 2; /* "all but the fish": "the" is read next */
    return order_tok_in(text, tokens, i, e, one, ORDER_WORDS_N(one)) ? 1 : 0;
}

/* Is thing x one of the group of thing t: the same name's tokens in the same clause? */
static bool except_member(const struct order_reading *rg, size_t t, size_t x)
{
    const struct order_thing *a = &rg->things[t], *b = &rg->things[x];
    return b->is_span && b->clause == a->clause && b->begin == a->begin && b->end == a->end;
}

/* Is group member x set apart: one of span named's items, or of the items whose name and
 * description hold the n words? */
static bool except_apart(const struct order_lexicon *lx, const struct order_thing *x,
                         const struct order_thing *named, const char *const *words,
                         const size_t *lens, size_t n)
{
    if (named)
        return named->item >= 0 ? x->item == named->item
                                : order_item_set_has(&named->candidates, (size_t)x->item);
    return order_lexicon_item_mentions(lx, x->item, words, lens, n) == n;
}

/* Sets apart what the words at p name from the group of thing t, when they name some of it,
 * not all of it nor none. Returns whether they did. */
static bool except_group_at(const struct order_reader *rd, const char *text,
                            const struct order_token *tokens, struct order_reading *rg, size_t t,
                            size_t p, size_t e)
{
    static const char *const pointing[] = {"the", "your", "ur", "those", "that"};
    static const char *const pointers[] = {"one", "ones", "thing", "things"};
    size_t lead = except_lead_at(text, tokens, p, e);
    if (lead == 0 || rg->roles[p] == ORDER_ROLE_FILLER)
        return false;
    size_t w = p + lead;
    if (order_tok_in(text, tokens, w, e, pointing, ORDER_WORDS_N(pointing)))
        w++;
    /* the dish set apart read as a span of its own ("except the fish one", "but not the
     * california"), or words the menu's names and descriptions hold ("minus the pork") */
    size_t named = rg->n_things;
    for (size_t x = 0; x < rg->n_things; x++)
        if (rg->things[x].clause == rg->things[t].clause && rg->things[x].is_span &&
            rg->things[x].begin >= p + lead && rg->things[x].begin <= w && !except_member(rg, t, x))
            named = x;
    const char *words[EXCEPT_WORDS_MAX];
    size_t lens[EXCEPT_WORDS_MAX], n = 0, end = w;
    if (named < rg->n_things) {
        end = rg->things[named].end;
    } else {
        for (; end < e && tokens[end].kind == ORDER_TOKEN_WORD &&
               !order_tok_is(text, tokens, end, e, "and");
             end++) {
            if (order_tok_in(text, tokens, end, e, pointers, ORDER_WORDS_N(pointers)))
                continue;
            if (n == EXCEPT_WORDS_MAX)
                return false; /* too long to be a dish set apart */
            words[n] = text + tokens[end].off;
            lens[n++] = tokens[end].len;
        }
        if (n == 0)
            return false;
    }
    struct order_thing set_apart;
    const struct order_thing *by = NULL;
    if (named < rg->n_things) {
        set_apart = rg->things[named];
        by = &set_apart;
    }
    size_t members = 0, apart = 0;
    for (size_t x = 0; x < rg->n_things; x++)
        if (except_member(rg, t, x)) {
            members++;
            apart += except_apart(rd->lex, &rg->things[x], by, words, lens, n);
        }
    if (apart == 0 || apart == members)
        return false;
    const char *lw = text + tokens[p].off;
    size_t ll = tokens[p].len;
    struct order_thing group = rg->things[t];
    for (size_t x = rg->n_things; x-- > 0;) {
        struct order_thing *th = &rg->things[x];
        bool member = th->is_span && th->clause == group.clause && th->begin == group.begin &&
                      th->end == group.end;
        if (member)
            order_mods_drop_starting(&th->mods, lw, ll);
        if (x == named || (member && except_apart(rd->lex, th, by, words, lens, n)))
            order_reading_drop_thing(rg, x);
    }
    for (size_t k = p; k < end; k++) {
        rg->roles[k] = ORDER_ROLE_FILLER;
        rg->mod_zone[k] = false;
    }
    return true;
}

void order_read_kind_except(const struct order_reader *rd, const char *text,
                            const struct order_token *tokens, size_t c, struct order_reading *rg)
{
    if (!ORDER_CUES_ANY(&rg->cues, "except", "minus", "excluding", "besides", "sans", "but",
                        "other", "apart"))
        return;
    size_t e = rg->clauses[c].end;
    for (size_t t = 0; t < rg->n_things; t++) {
        const struct order_thing *th = &rg->things[t];
        if (th->clause != c || !th->is_span || th->item < 0)
            continue;
        size_t members = 0;
        bool first = true;
        for (size_t x = 0; x < rg->n_things; x++)
            if (except_member(rg, t, x)) {
                members++;
                first = first && x >= t;
            }
        if (members >= 2 && first && except_group_at(rd, text, tokens, rg, t, th->end, e))
            t = SIZE_MAX; /* the things moved: read the clause's groups again from the first */
    }
}
