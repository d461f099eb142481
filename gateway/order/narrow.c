/* narrow.c — a kind asked for, then narrowed in the next clause (reading.h): "can I get a
 * milkshake? the chocolate one", "the spicy one? the jackfruit", a chat's "a shake" then
 * "chocolate one". The second names which of the kind's items is meant: one dish, not two,
 * and not asked back. */
#include <string.h>

#include "gateway/order/reading.h"

/* Is thing x the first thing of its clause and the clause free of a count or a request of
 * its own ("..., and a chocolate one too" with a count is a second dish)? */
static bool narrow_follows_alone(const char *text, const struct order_token *tokens,
                                 const struct order_reading *rg, size_t x)
{
    const struct order_thing *p = &rg->things[x];
    const struct order_clause *cl = &rg->clauses[p->clause];
    /* "a bowl? actually just do the roasted veggie one": a request that opens with
     * "actually" takes back what came before, it adds nothing */
    size_t at = cl->begin;
    while (at < cl->end && rg->roles[at] == ORDER_ROLE_GREETING)
        at++;
    bool retracts = order_tok_is(text, tokens, at, cl->end, "actually") ||
                    (at > 0 && order_tok_is(text, tokens, at - 1U, at, "actually"));
    if ((cl->request_form && !retracts) || cl->has_quantity || p->qty_explicit)
        return false;
    for (size_t t = 0; t < x; t++)
        if (rg->things[t].clause == p->clause && !rg->things[t].reference)
            return false;
    return true;
}

/* Does clause b follow clause a with only clauses that name nothing between them ("a bowl?
 * idk. the roasted veggie one")? */
static bool narrow_next_clause(const struct order_reading *rg, size_t a, size_t b)
{
    enum { NARROW_EMPTY_CLAUSES_MAX = 2 };
    if (b <= a || b > a + 1U + NARROW_EMPTY_CLAUSES_MAX)
        return false;
    for (size_t t = 0; t < rg->n_things; t++)
        if (rg->things[t].clause > a && rg->things[t].clause < b)
            return false;
    return true;
}

/* Is the kind said in the plural without a count ("tacos for everybody? like al pastor
 * mostly")? How many of which is then still open. */
static bool narrow_plural_kind(const struct order_reader *rd, const char *text,
                               const struct order_token *tokens, const struct order_reading *rg,
                               const struct order_thing *kind)
{
    size_t t = kind->end - 1U;
    if (kind->qty_explicit || tokens[t].kind != ORDER_TOKEN_WORD || rg->n_hits[t] == 0)
        return false;
    const struct order_lex_word *w = &rd->lex->words[rg->hits[t][0].words[0]];
    return tokens[t].len > w->len && text[tokens[t].off + tokens[t].len - 1] == 's';
}

/* Does pick follow kind in its clause set off by a comma or dash alone, and point with
 * "the" ("a milkshake, the chocolate one"), or right after the kind's count written after
 * it ("burrito x2 asada")? A filler before the mark ("a burger pls, the vegan one") says
 * nothing of which. */
static bool narrow_set_off(const char *text, const struct order_token *tokens,
                           const struct order_reading *rg, const struct order_thing *kind,
                           const struct order_thing *pick)
{
    if (pick->clause != kind->clause || pick->begin <= kind->end || pick->qty_explicit)
        return false;
    size_t p = kind->end;
    while (p < pick->begin && rg->roles[p] == ORDER_ROLE_FILLER)
        p++;
    /* "burrito x2 asada": the kind's count written right after it sets it off from the
     * word that picks which, as a mark does */
    size_t counted = p;
    while (p < pick->begin && rg->roles[p] == ORDER_ROLE_QTY)
        p++;
    if (p > counted)
        return kind->qty_explicit && p == pick->begin;
    bool mark = false;
    while (p < pick->begin && tokens[p].kind == ORDER_TOKEN_PUNCT &&
           (tokens[p].punct == ',' || tokens[p].punct == '-')) {
        mark = true;
        p++;
    }
    if (p < pick->begin && order_token_is(text, &tokens[p], "the"))
        p++;
    return mark && p == pick->begin && pick->begin > 0 &&
           order_token_is(text, &tokens[pick->begin - 1U], "the");
}

/* The one item of kind's candidates that thing x names, or -1. */
static int32_t narrow_one_of(const struct order_thing *kind, const struct order_thing *x)
{
    struct order_item_set both = x->candidates;
    if (x->item >= 0) {
        memset(&both, 0, sizeof(both));
        order_item_set_add(&both, x->item);
    }
    order_item_set_and(&both, &kind->candidates);
    return order_item_set_count(&both) == 1 ? order_item_set_next(&both, 0) : -1;
}

/* "Two smoothies please, one mango and one strawberry banana", "2 shakes - vanilla and
 * chocolate", "dessert for 2 - one crumble and one brownie": a counted kind, then right after it
 * (same clause or the next) two dishes or more of the kind whose counts make up its count, are
 * those dishes; the kind asks nothing more. Returns whether kind k was so split. */
static bool narrow_counted_parts(const struct order_reader *rd, const char *text,
                                 const struct order_token *tokens, struct order_reading *rg,
                                 size_t k)
{
    struct order_thing *kind = &rg->things[k];
    int32_t whole = kind->qty_explicit ? kind->qty : 0;
    /* "dessert for 2 pls - one crumble and one brownie": the kind for so many people */
    size_t e = rg->clauses[kind->clause].end;
    if (!kind->qty_explicit && order_tok_is(text, tokens, kind->end, e, "for") &&
        order_read_number(rd->u, text, tokens, kind->end + 1U, e, &whole) != 1)
        whole = 0;
    if (whole < 2)
        return false;
    int32_t sum = 0;
    size_t x = k + 1, parts = 0;
    for (; x < rg->n_things && sum < whole; x++) {
        const struct order_thing *part = &rg->things[x];
        if (part->reference)
            continue;
        if (!part->is_span || part->qty_unclear || part->clause > kind->clause + 1U ||
            narrow_one_of(kind, part) < 0)
            return false;
        sum += part->qty;
        parts++;
    }
    /* two dishes or more: "lengua tacos x3, carnitas taco x3" is two things, not one */
    if (sum != whole || parts < 2)
        return false;
    for (size_t y = k + 1; y < x; y++) {
        struct order_thing *part = &rg->things[y];
        if (part->reference)
            continue;
        order_thing_pin(part, narrow_one_of(kind, part));
    }
    kind->reference = true;
    return true;
}

/* Is the kind's count each one's ("2 tacos each, asada and pastor", "3 apiece")? The whole
 * is then that count times people, so dishes counted after it do not make it up. */
static bool narrow_count_each(const char *text, const struct order_token *tokens,
                              const struct order_reading *rg, const struct order_thing *kind)
{
    if (!ORDER_CUES_ANY(&rg->cues, "each", "apiece"))
        return false;
    size_t e = rg->clauses[kind->clause].end;
    return kind->qty_explicit && (order_tok_is(text, tokens, kind->end, e, "each") ||
                                  order_tok_is(text, tokens, kind->end, e, "apiece"));
}

static bool narrow_has_mod(const struct order_modifiers *mods, const char *m)
{
    for (uint8_t i = 0; i < mods->n; i++)
        if (strcmp(mods->text[i], m) == 0)
            return true;
    return false;
}

/* Do only a word that joins ("and", "&", "or", "n", "+", "/", ","), an article and the next
 * dish's count stand in [a, b) ("chocolate | and 1 | vanilla shake", "2 pastor | 2 | asada
 * tacos")? */
static bool narrow_joined(const char *text, const struct order_token *tokens,
                          const struct order_reading *rg, size_t a, size_t b)
{
    static const char *const joins[] = {"and", "or", "n"};
    bool join = false;
    for (size_t p = a > 0 ? a - 1U : a; p <= a && p < b; p++)
        if (order_tok_is(text, tokens, p, b, "one") || order_tok_is(text, tokens, p, b, "ones"))
            return false; /* "the chicken one and ...": named whole by "one" */
    for (size_t p = a; p < b; p++) {
        bool punct = tokens[p].kind == ORDER_TOKEN_PUNCT && strchr("&+/,", tokens[p].punct);
        bool word = order_tok_in(text, tokens, p, b, joins, ORDER_WORDS_N(joins));
        if (!(punct || word || rg->roles[p] == ORDER_ROLE_QTY ||
              order_tok_article(text, tokens, p, b)))
            return false;
        /* "2 al pastor 2 carnitas 2 asada tacos": a count that starts the next dish joins */
        join = join || punct || word || rg->roles[p] == ORDER_ROLE_QTY;
    }
    return join;
}

bool order_narrow_head_items(const struct order_reader *rd, const struct order_reading *rg,
                             const struct order_thing *x, struct order_item_set *heads)
{
    memset(heads, 0, sizeof(*heads));
    size_t h = x->end - 1U;
    if (!x->is_span || x->item < 0 || x->end < x->begin + 2U || rg->n_hits[h] == 0)
        return false;
    for (size_t i = 0; i < rg->n_hits[h]; i++) {
        const struct order_lex_hit *hit = &rg->hits[h][i];
        const struct order_lex_word *w = &rd->lex->words[hit->words[hit->n_words - 1U]];
        if (w->head)
            order_item_set_or(heads, &w->items);
    }
    return true;
}

/* Does thing x name at least one of the items in set ("pastor" one of the tacos)? */
static bool narrow_names_one_of(const struct order_thing *x, const struct order_item_set *set)
{
    struct order_item_set both = x->candidates;
    if (x->item >= 0) {
        memset(&both, 0, sizeof(both));
        order_item_set_add(&both, x->item);
    }
    order_item_set_and(&both, set);
    return order_item_set_count(&both) > 0;
}

/* "2 carnitas, 1 pollo asado bowl": a head said in the singular after a count of its own
 * is that one dish's; the kind counted many before it is not one of it. */
bool order_narrow_head_one_of_many(const char *text, const struct order_token *tokens,
                                   const struct order_thing *kind, const struct order_thing *head)
{
    const struct order_token *h = &tokens[head->end - 1U];
    return kind->qty_explicit && kind->qty > 1 && head->qty_explicit && head->qty == 1 &&
           h->kind == ORDER_TOKEN_WORD && h->len > 0 && text[h->off + h->len - 1U] != 's';
}

/* "the carnitas and al pastor tacos", "chocolate and vanilla shakes", "one asada, one
 * pastor, one veggie taco": a word naming several dishes, joined (through a list of other
 * such words) to a dish named whole, shares that dish's last word, its head noun: it is the
 * one of its candidates that the head names too. Every word of the list between must name
 * one of the head's dishes, or the head is not shared. Returns whether thing k was so read. */
static bool narrow_shared_head(const struct order_reader *rd, const char *text,
                               const struct order_token *tokens, struct order_reading *rg, size_t k)
{
    enum { NARROW_LIST_MAX = 4 };
    struct order_thing *kind = &rg->things[k];
    size_t between[NARROW_LIST_MAX], n_between = 0;
    size_t prev_end = kind->end;
    for (size_t x = k + 1; x < rg->n_things; x++) {
        const struct order_thing *next = &rg->things[x];
        if (next->reference)
            continue;
        if (!next->is_span || next->clause != kind->clause ||
            !narrow_joined(text, tokens, rg, prev_end, next->begin))
            return false;
        struct order_item_set all;
        if (order_narrow_head_items(rd, rg, next, &all)) {
            if (order_narrow_head_one_of_many(text, tokens, kind, next))
                return false;
            struct order_item_set heads = all;
            order_item_set_and(&heads, &kind->candidates);
            if (order_item_set_count(&heads) != 1)
                return false;
            for (size_t i = 0; i < n_between; i++)
                if (!narrow_names_one_of(&rg->things[between[i]], &all))
                    return false;
            kind->item = order_item_set_next(&heads, 0);
            kind->candidates = heads;
            return true;
        }
        if (n_between == NARROW_LIST_MAX || next->end != next->begin + 1U)
            return false;
        between[n_between++] = x;
        prev_end = next->end;
    }
    return false;
}

void order_read_shared_heads(const struct order_reader *rd, const char *text,
                             const struct order_token *tokens, size_t c, struct order_reading *rg)
{
    for (size_t k = 0; k + 1 < rg->n_things; k++) {
        struct order_thing *kind = &rg->things[k];
        if (kind->clause == c && kind->is_span && kind->item < 0 && !kind->reference &&
            !kind->qty_unclear && order_item_set_count(&kind->candidates) >= 2)
            narrow_shared_head(rd, text, tokens, rg, k);
    }
}

void order_read_narrowings(const struct order_reader *rd, const char *text,
                           const struct order_token *tokens, struct order_reading *rg)
{
    for (size_t k = 0; k < rg->n_things; k++)
        order_narrow_list_neighbours(rd, text, tokens, rg, k);
    for (size_t k = 0; k + 1 < rg->n_things; k++) {
        struct order_thing *kind = &rg->things[k];
        if (kind->is_span && kind->item < 0 && !kind->reference && !kind->qty_unclear &&
            order_item_set_count(&kind->candidates) >= 2 &&
            narrow_shared_head(rd, text, tokens, rg, k))
            continue;
        if (kind->is_span && kind->item < 0 && !kind->reference && !kind->qty_unclear &&
            order_item_set_count(&kind->candidates) >= 2 &&
            !rg->clauses[kind->clause].question_start &&
            !narrow_count_each(text, tokens, rg, kind) &&
            narrow_counted_parts(rd, text, tokens, rg, k))
            continue;
        if (!kind->is_span || kind->item >= 0 || kind->reference || kind->qty_unclear ||
            order_item_set_count(&kind->candidates) < 2 ||
            rg->clauses[kind->clause].question_start ||
            narrow_plural_kind(rd, text, tokens, rg, kind))
            continue;
        size_t x = k + 1;
        /* "(chocolate)" is the kind's alone, whatever dish named later it seemed to restate */
        bool bracketed = order_narrow_bracketed(tokens, rg, kind, &rg->things[x]);
        while (!bracketed && x < rg->n_things && rg->things[x].reference)
            x++;
        if (x >= rg->n_things)
            break;
        struct order_thing *pick = &rg->things[x];
        bool next = narrow_next_clause(rg, kind->clause, pick->clause) &&
                    narrow_follows_alone(text, tokens, rg, x);
        if (!pick->is_span || !(next || bracketed || narrow_set_off(text, tokens, rg, kind, pick)))
            continue;
        struct order_item_set both = pick->candidates;
        if (pick->item >= 0) {
            memset(&both, 0, sizeof(both));
            order_item_set_add(&both, pick->item);
        }
        order_item_set_and(&both, &kind->candidates);
        if (order_item_set_count(&both) != 1)
            continue;
        pick->item = order_item_set_next(&both, 0);
        pick->candidates = both;
        pick->qty = kind->qty;
        pick->qty_explicit = kind->qty_explicit;
        /* the kind's changes are the dish's: "a shake with oat milk ... the vanilla one" */
        struct order_modifiers mods = kind->mods;
        for (uint8_t m = 0; m < pick->mods.n && mods.n < ORDER_ITEM_MODIFIERS_MAX; m++)
            if (!narrow_has_mod(&mods, pick->mods.text[m])) /* "no rice" said twice: once */
                memcpy(mods.text[mods.n++], pick->mods.text[m], sizeof(mods.text[0]));
        pick->mods = mods;
        pick->reference = false;
        kind->reference = true;
    }
}
