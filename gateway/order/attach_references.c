/* attach_references.c — words that point back at a dish already named (attach.c, reading.h
 * pass 4): a span after "to the" / "on the" ("add cream to the cake"), a clause that only
 * counts or changes the dish before ("make it 3", "the other with extra mayo", "one of those
 * please"; "All x2." and "one of each" are attach_all_count.c's), a count of a kind of earlier
 * dishes ("two of the burgers with no pickles": attach_counts_back.c, with a count set off
 * before a clause's first dish); a count pointing back is read in attach_count_reference.c, a
 * pronoun or "one" standing for a dish ("can we get those again") in
 * attach_pronoun_object.c. */
#include <string.h>

#include "gateway/order/attach_internal.h"

/* "truffle fries, extra parm on the fries": a span after a change and "on the" whose words
 * name a dish of their own (plain "fries") but also the one dish of its kind asked for
 * before it, and no dish of the name itself was asked for, points back at that dish: the
 * customer names it short, as "the wrap" for the falafel wrap. Its changes go to that dish. */
static void attach_reference_of_kind(struct attach_state *st, struct order_thing *th)
{
    struct order_reading *rg = st->rg;
    struct order_thing *back = NULL;
    if (th->item < 0 || order_item_set_count(&th->candidates) < 2)
        return;
    for (size_t e = 0; e < rg->n_things; e++) {
        struct order_thing *x = &rg->things[e];
        if (x == th || !x->is_span || x->item < 0 || x->begin >= th->begin)
            continue;
        if (x->item == th->item)
            return; /* the dish of the name itself was asked for */
        if (!order_item_set_has(&th->candidates, (size_t)x->item))
            continue;
        if (back && back->item != x->item)
            return; /* two dishes of the kind: which one is not said */
        back = x;
    }
    if (!back)
        return;
    th->reference = true;
    for (uint8_t m = 0; m < th->mods.n && back->mods.n < ORDER_ITEM_MODIFIERS_MAX; m++)
        memcpy(back->mods.text[back->mods.n++], th->mods.text[m], sizeof(th->mods.text[m]));
    th->mods.n = 0;
}

/* Does the clause start at token i, greetings and punctuation aside? */
static bool attach_clause_start(const struct attach_state *st, size_t i)
{
    for (size_t p = st->b; p < i; p++)
        if (st->tokens[p].kind == ORDER_TOKEN_WORD && st->rg->roles[p] != ORDER_ROLE_GREETING)
            return false;
    return true;
}

/* Does token i start the clause or a part of it after a comma or ';' ("..., make the")? */
static bool attach_part_start(const struct attach_state *st, size_t i)
{
    const struct order_token *t = st->tokens;
    return attach_clause_start(st, i) || (i > st->b && t[i - 1U].kind == ORDER_TOKEN_PUNCT &&
                                          (t[i - 1U].punct == ',' || t[i - 1U].punct == ';'));
}

/* Is exactly one dish asked for before thing s one of the items its kind th fits? */
static bool attach_one_of_kind(const struct order_reading *rg, const struct order_thing *th,
                               size_t s)
{
    size_t n = 0;
    for (size_t e = 0; e < s; e++) {
        const struct order_thing *x = &rg->things[e];
        n += x->is_span && !x->reference && x->item >= 0 &&
             order_item_set_has(&th->candidates, (size_t)x->item);
    }
    return n == 1;
}

/* Does clause c weigh dishes against each other ("torn between the chicken and the cheddar",
 * "tinga burrito vs pollo bowl")? The dishes it names are weighed, none asked for yet. */
static bool attach_clause_weighs(const struct attach_state *st, size_t c)
{
    if (!ORDER_CUES_ANY(&st->rg->cues, "between", "vs", "versus", "torn", "deciding", "debating"))
        return false;
    static const char *const weighing[] = {"between", "vs",       "versus",
                                           "torn",    "deciding", "debating"};
    const struct order_clause *cl = &st->rg->clauses[c];
    for (size_t p = cl->begin; p < cl->end; p++)
        if (attach_in(st->text, st->tokens, p, cl->end, weighing, ORDER_WORDS_N(weighing)))
            return true;
    return false;
}

/* Does clause c ask about dishes or weigh them, asking for none ("is the carnitas taco 3.95?",
 * "tinga burrito vs pollo bowl")? */
static bool attach_clause_asks_about(const struct attach_state *st, size_t c)
{
    return order_clause_asks_only(&st->rg->clauses[c]) || attach_clause_weighs(st, c);
}

/* "the carnitas taco is 3.95 right? ok give me the carnitas one", "tinga burrito vs carnitas
 * bowl. ok going w the bowl": a kind picked after one dish of it was asked about or weighed,
 * in a clause that asks for nothing, is that dish. */
static void attach_pick_asked_about(struct attach_state *st, struct order_thing *th)
{
    struct order_reading *rg = st->rg;
    int32_t asked = -1;
    for (size_t e = 0; e < rg->n_things; e++) {
        const struct order_thing *x = &rg->things[e];
        if (x == th || !x->is_span || x->item < 0 || x->begin >= th->begin ||
            x->clause == th->clause || !attach_clause_asks_about(st, x->clause) ||
            !order_item_set_has(&th->candidates, (size_t)x->item))
            continue;
        if (asked >= 0 && asked != x->item)
            return; /* two of the kind asked about: which one is not said */
        asked = x->item;
    }
    if (asked >= 0)
        order_thing_pin(th, asked);
}

/* "add cream to the cake", "no onions on the burger": a span after "to the" / "on the"
 * naming an item already asked for, with no count of its own, points back to it. */
void attach_references(struct attach_state *st, size_t first)
{
    /* "one" picks, "the" / "my" point at a kind, or a preposition leads the span */
    if (!ORDER_CUES_ANY(&st->rg->cues, "one", "the", "my", "to", "on", "in", "for", "with", "of"))
        return;
    struct order_reading *rg = st->rg;
    static const char *const preps[] = {"to", "on", "in", "for", "with", "of"};
    for (size_t s = first; s < rg->n_things; s++) {
        struct order_thing *th = &rg->things[s];
        bool one_after = order_tok_is(st->text, st->tokens, th->end, st->e, "one") ||
                         (th->end > th->begin + 1U &&
                          order_tok_is(st->text, st->tokens, th->end - 1U, st->e, "one"));
        if (!th->is_span || (th->qty_explicit && !(one_after && th->qty == 1)) || th->begin < 1 ||
            th->begin == th->end) /* a part split off a count names nothing itself */
            continue;
        /* "on the burger", and "no ice in lemonade" without the article */
        size_t at = order_tok_is(st->text, st->tokens, th->begin - 1U, st->e, "the") ||
                            order_tok_is(st->text, st->tokens, th->begin - 1U, st->e, "my")
                        ? th->begin - 1U
                        : th->begin;
        if (at < 1)
            continue;
        /* "1 buffalo wrap, 1 falafel wrap, both no lettuce. the falafel one no tahini": "the
         * <dish> one" picks out a dish asked for before, to change it */
        bool pick = one_after && (at < th->begin || attach_clause_start(st, th->begin));
        /* "... oh and another one for my brother": "another one" asks for one more of the
         * dish before it (attach_another), it picks none of those asked for */
        pick = pick && !order_tok_is(st->text, st->tokens, th->begin, st->e, "another");
        if (th->qty_explicit && !pick)
            continue;
        /* "..., make the smoothie large", "... the smoothie large": a kind after "the" that
         * opens the clause or follows "make" names no dish of its own; it points back at the
         * one of that kind asked for, to change it */
        bool kind_back = th->item < 0 && at < th->begin &&
                         (attach_part_start(st, at) ||
                          (order_tok_is(st->text, st->tokens, at - 1U, st->e, "make") &&
                           attach_part_start(st, at - 1U))) &&
                         attach_one_of_kind(rg, th, s);
        bool prep = pick || kind_back;
        for (size_t p = 0; p < ORDER_WORDS_N(preps); p++)
            prep =
                prep || (order_tok_is(st->text, st->tokens, at - 1U, st->e, preps[p]) &&
                         (at < th->begin || /* no article: right after a modifier ("no ice in") */
                          (at >= 2 && (st->rg->mod_zone[at - 2U] ||
                                       st->rg->roles[at - 2U] == ORDER_ROLE_MODIFIER))));
        for (size_t e = 0; prep && e < rg->n_things && !th->reference; e++) {
            struct order_thing *x = &rg->things[e];
            bool same = th->item >= 0 ? x->item == th->item /* "on the burger": the one */
                                      : (x->item >= 0 &&
                                         order_item_set_has(&th->candidates, (size_t)x->item));
            /* "what's the difference between the power bowl and the teriyaki bowl? ill take
             * the teriyaki one": a dish asked about before points at nothing asked for */
            /* so does one of a check asked ("chips & queso is 5.25 ... right? ok give me the
             * queso one") */
            bool asked_about =
                x->clause != th->clause && attach_clause_asks_about(st, x->clause) && pick;
            th->reference = e != s && x->is_span && same && x->begin < th->begin && !asked_about;
            /* "no ice in the lemonade" read before it (attach_change_on): the change is the
             * earlier lemonade's */
            for (uint8_t m = 0;
                 th->reference && m < th->mods.n && x->mods.n < ORDER_ITEM_MODIFIERS_MAX; m++)
                memcpy(x->mods.text[x->mods.n++], th->mods.text[m], sizeof(th->mods.text[m]));
            if (th->reference)
                th->mods.n = 0;
            /* "the Portland mushroom burger? ..., the portobello one": picked out by the word
             * a slip before it stood for */
            if (th->reference && pick && x->item == th->item)
                attach_slip_corrected(st, x, th);
        }
        /* "the carnitas one", or "the bowl" outside a question ("... or just the tacos?"
         * still asks) */
        if ((pick || (at < th->begin && !rg->clauses[th->clause].question_form)) &&
            !th->reference && th->item < 0)
            attach_pick_asked_about(st, th);
        if (prep && !th->reference && at < th->begin && at >= 2 &&
            (order_tok_is(st->text, st->tokens, at - 1U, st->e, "on") ||
             order_tok_is(st->text, st->tokens, at - 1U, st->e, "in")) &&
            st->rg->roles[at - 2U] == ORDER_ROLE_MODIFIER)
            attach_reference_of_kind(st, th); /* "extra parm on the fries" */
    }
}

/* Is thing th said not to be meant: "not" right before it, or "not the" ("the birria ones not
 * pastor")? A count after it points past it, at the dish meant. */
static bool attach_said_not(const struct attach_state *st, const struct order_thing *th)
{
    if (!ORDER_CUES_ANY(&st->rg->cues, "not"))
        return false;
    size_t b = th->begin;
    if (b >= 2U && order_tok_is(st->text, st->tokens, b - 1U, b, "the"))
        b--;
    return b >= 2U && order_tok_is(st->text, st->tokens, b - 1U, b, "not") &&
           st->rg->n_hits[b - 2U] + (size_t)(st->rg->roles[b - 2U] == ORDER_ROLE_ITEM) > 0;
}

/* How strictly attach_last_named picks: any span of one item, one that does not point back
 * (a reference), or one that is neither a reference nor said not to be meant. */
enum attach_named { ATTACH_NAMED_ANY, ATTACH_NAMED_DISH, ATTACH_NAMED_MEANT };

/* Is span th named as strictly as which asks? ATTACH_NAMED_ANY takes every span; _DISH one that
 * neither points back nor is a part asked of a dish; _MEANT such a one not said not to be meant. */
static bool attach_named_as(const struct attach_state *st, const struct order_thing *th,
                            enum attach_named which)
{
    if (which != ATTACH_NAMED_ANY && (th->reference || attach_part_asked(st, th)))
        return false; /* "does the bowl have cheese? ill take one": the bowl */
    return which != ATTACH_NAMED_MEANT || !attach_said_not(st, th);
}

/* The span nearest before token i that names one item, in any clause, as strictly as which
 * asks; NULL when none. */
static struct order_thing *attach_last_named(const struct attach_state *st, size_t i,
                                             enum attach_named which)
{
    /* The spans are tried nearest first (the one ending last, the first of those ending
     * together) and the first that is named as which asks is the answer: testing every span
     * of a long message at every word that points back was quadratic. */
    size_t skip_end = 0, skip_t = 0; /* the span tried last: only those before it remain */
    for (bool tried = false;; tried = true) {
        struct order_thing *near = NULL;
        size_t near_t = 0;
        for (size_t t = 0; t < st->rg->n_things; t++) {
            struct order_thing *th = &st->rg->things[t];
            if (!th->is_span || th->item < 0 || th->end > i ||
                (tried && (th->end > skip_end || (th->end == skip_end && t <= skip_t))))
                continue;
            if (!near || th->end > near->end) {
                near = th;
                near_t = t;
            }
        }
        if (!near || attach_named_as(st, near, which))
            return near;
        skip_end = near->end;
        skip_t = near_t;
    }
}

/* The span nearest before token i, in this clause or an earlier one; NULL when none. */
struct order_thing *attach_last_span(struct attach_state *st, size_t i)
{
    return attach_last_named(st, i, ATTACH_NAMED_ANY);
}

/* The span nearest before token i that names a dish itself, not a reference back to one;
 * NULL when none. */
struct order_thing *attach_last_dish(const struct attach_state *st, size_t i)
{
    return attach_last_named(st, i, ATTACH_NAMED_DISH);
}

/* The span nearest before token i that names a dish meant: no reference, not said not to be
 * meant; NULL when none. */
struct order_thing *attach_last_item(struct attach_state *st, size_t i)
{
    return attach_last_named(st, i, ATTACH_NAMED_MEANT);
}

/* The dish the menu lacks asked about in the question right before clause c ("do you have
 * pizza? i'll take 2 if so"); NULL when that clause asks no such thing or names a menu item
 * (that item is what a count points at). */
struct order_thing *attach_food_asked(struct attach_state *st, size_t c)
{
    if (c == 0)
        return NULL;
    size_t q = c - 1U;
    /* "a chimichanga?? if yall still have those can i get two": a condition of its own
     * between them, naming nothing, hangs on the question */
    const struct order_clause *between = &st->rg->clauses[q];
    if (q > 0 && between->n_spans == 0 && between->n_leftovers == 0 &&
        order_tok_is(st->text, st->tokens, between->begin, between->end, "if"))
        q--;
    if (!st->rg->clauses[q].question_form)
        return NULL;
    struct order_thing *food = NULL;
    for (size_t t = 0; t < st->rg->n_things; t++) {
        struct order_thing *th = &st->rg->things[t];
        if (th->clause != q || th->reference || th->past)
            continue;
        if (th->is_span)
            return NULL;
        if (th->leftover_kind == ORDER_LEFTOVER_FOOD)
            food = th;
    }
    return food;
}

/* Does clause c ask whether the kitchen has something ("do you guys have lemonade?", "got any
 * horchata?"), not about a dish's part ("are the edamame shelled?")? */
static bool attach_having_asked_in(const struct attach_state *st, size_t c)
{
    static const char *const having[] = {"have", "got", "sell", "serve", "carry", "stock", "any"};
    const struct order_clause *cl = &st->rg->clauses[c];
    for (size_t p = cl->begin; p < cl->end; p++)
        if (attach_in(st->text, st->tokens, p, cl->end, having, ORDER_WORDS_N(having)))
            return true;
    return false;
}

/* "make it 3", "make that two": the count of the item before. Returns the tokens covered. */
static size_t attach_make_it(struct attach_state *st, size_t i, struct order_thing *last)
{
    if (!ORDER_CUES_ANY(&st->cues, "make"))
        return 0;
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    int32_t v;
    if (!order_tok_is(text, t, i, st->e, "make") ||
        !(attach_made_object(text, t, i + 1, st->e) || order_tok_is(text, t, i + 1, st->e, "that")))
        return 0;
    size_t k = attach_number(st->rd->u, text, t, i + 2, st->e, &v);
    if (k == 0 || !last)
        return 0;
    last->qty = v;
    last->qty_explicit = true;
    memset(st->rg->roles + i, ORDER_ROLE_QTY, 2 + k);
    return 2 + k;
}

/* Is nothing but punctuation, or menu words that name no dish ("for my kids"), left unread
 * in [i, end)? */
bool attach_nothing_else(const struct attach_state *st, size_t i, size_t end)
{
    for (; i < end; i++)
        if (attach_free(st, i) && st->tokens[i].kind == ORDER_TOKEN_WORD &&
            !(st->rg->n_hits[i] > 0 && st->rd->lex->words[st->rg->hits[i][0].words[0]].not_dish))
            return false;
    return true;
}

/* Is clause c a number and '.' or ')' alone at the start of a line ("1.", "2)"): the
 * marker of a numbered list, no count? */
static bool attach_enumeration(const struct attach_state *st, size_t c)
{
    const struct order_clause *cl = &st->rg->clauses[c];
    const struct order_token *t = st->tokens;
    size_t b = cl->begin;
    /* "... 1 cold brew. 3. how long for pickup?": after a sentence's end, a number closed by
     * its dot alone numbers the question that follows it ("onion rings. 2. also ..." counts) */
    bool numbers_next = b > 0 && t[b - 1].kind == ORDER_TOKEN_PUNCT &&
                        strchr(".?!", t[b - 1].punct) && c + 1U < st->rg->n_clauses &&
                        st->rg->clauses[c + 1U].question_start;
    return (order_token_opens_line(st->text, t, b) || numbers_next) && cl->end >= b + 2 &&
           t[b].kind == ORDER_TOKEN_WORD &&
           attach_digits(st->text + t[b].off, t[b].len, false) > 0 &&
           t[b + 1].kind == ORDER_TOKEN_PUNCT && (t[b + 1].punct == '.' || t[b + 1].punct == ')') &&
           (cl->end == b + 2 || (t[b + 2].kind == ORDER_TOKEN_PUNCT && cl->end == b + 3));
}

/* Does an unread word that is no modifier's, no condition's and no politeness stand at p
 * ("one orange juice", not "one with no peppers", "one if so", "one please")? */
static bool attach_noun_next(const struct attach_state *st, size_t p)
{
    /* and words of now: "can i get one now", "one more today"; "one later" is no order yet */
    static const char *const not_nouns[] = {
        "with", "if",     "please", "pls", "plz",   "too",     "also", "for",   "to",
        "then", "thanks", "w",      "now", "today", "tonight", "asap", "again", "instead"};
    return p < st->e && st->tokens[p].kind == ORDER_TOKEN_WORD && attach_free(st, p) &&
           !st->rg->mod_zone[p] &&
           !attach_in(st->text, st->tokens, p, st->e, not_nouns, ORDER_WORDS_N(not_nouns));
}

/* Does a change's lead stand at p, or past a comma there ("if so I'll take two, no cotija")? */
static bool attach_lead_past_comma(const struct attach_state *st, size_t p, size_t end)
{
    const struct order_token *t = st->tokens;
    bool comma = p < end && t[p].kind == ORDER_TOKEN_PUNCT && t[p].punct == ',';
    return attach_modifier_lead_at(st, p + (comma ? 1U : 0U), end);
}

/* Does a part of the dish counted before p follow past a comma at p, "one" and its change
 * ("is the tinga spicy? ill take 2, one with extra cheese")? The count points back; the part
 * splits it as after "2 of them". */
static bool attach_part_past_comma(const struct attach_state *st, size_t p, size_t end)
{
    const struct order_token *t = st->tokens;
    return p + 2U < end && t[p].kind == ORDER_TOKEN_PUNCT && t[p].punct == ',' &&
           (order_tok_is(st->text, t, p + 1U, end, "one") ||
            order_tok_is(st->text, t, p + 1U, end, "1")) &&
           attach_modifier_lead_at(st, p + 2U, end);
}

/* A count at tokens[i]: a number ("2", "two", "3x") or an "x" count ("x2", "x 2", "times
 * two"). Returns the tokens covered (0: none) and the count in *v. */
size_t attach_count_at(const struct attach_state *st, size_t i, size_t end, int32_t *v)
{
    size_t k = attach_number(st->rd->u, st->text, st->tokens, i, end, v);
    if (k > 0 || i >= end || !attach_x_qty_at(st, i, end))
        return k;
    const struct order_token *q = &st->tokens[i];
    if (q->len > 1 && st->text[q->off] == 'x') {
        *v = attach_digits(st->text + q->off + 1, q->len - 1U, false);
        return *v >= 1 && *v <= ORDER_QTY_MAX ? 1 : 0;
    }
    k = attach_number(st->rd->u, st->text, st->tokens, i + 1, end, v);
    return k > 0 ? k + 1 : 0;
}

/* "2 burgers. one w/o pickles. (the) other (one) with extra mayo": after a part was split
 * off a dish in a clause before, "the other" names the rest of its count, which takes the
 * words after it; the part keeps its own. Returns whether clause c opens so at i. */
static bool attach_other_part(struct attach_state *st, size_t c, size_t i, struct order_thing *last)
{
    if (!ORDER_CUES_ANY(&st->cues, "rest", "other"))
        return false;
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    size_t e = st->rg->clauses[c].end, p = i;
    if (!last || last->begin != last->end)
        return false; /* no part was split off the dish before */
    if (order_tok_is(text, t, p, e, "the"))
        p++;
    if (order_tok_is(text, t, p, e, "rest")) {
        p++;
    } else if (order_tok_is(text, t, p, e, "other")) {
        p++;
        int32_t v;
        if (order_tok_is(text, t, p, e, "one") || attach_number(st->rd->u, text, t, p, e, &v) > 0)
            p++;
    } else {
        return false;
    }
    if (!attach_modifier_lead_at(st, p, e) && !st->rg->mod_zone[p])
        return false;
    struct order_thing *rest = NULL;
    for (size_t x = 0; x < st->rg->n_things; x++) {
        struct order_thing *th = &st->rg->things[x];
        if (th->is_span && th->item == last->item && th->begin < th->end && !th->reference &&
            th->end <= last->begin && (!rest || th->end > rest->end))
            rest = th;
    }
    if (!rest || rest->mods.n != 0)
        return false;
    /* the words after "the other" attach to the last part (attach_leftovers): it takes the
     * rest's place, and the rest, first in the text, the part's count and changes */
    int32_t qty = rest->qty;
    rest->qty = last->qty;
    rest->mods = last->mods;
    last->qty = qty;
    last->mods.n = 0;
    memset(st->rg->roles + i, ORDER_ROLE_QTY, p - i);
    return true;
}

/* A clause that names nothing but points back at a dish named before: "I'd like one if so"
 * after "do you have the kale caesar?" adds one; "2 of them" after "the spicy burger?" (no
 * question asked) is its count; "actually make that 3" corrects the count. */
/* The kind of dish asked about in a question before i, after the dish last (if any):
 * "what's the vegan dessert again?", "which smoothies do you have?". NULL when none. */
static struct order_thing *attach_kind_asked(struct attach_state *st, size_t i,
                                             const struct order_thing *last)
{
    struct order_thing *best = NULL;
    for (size_t t = 0; t < st->rg->n_things; t++) {
        struct order_thing *th = &st->rg->things[t];
        if (th->is_span && th->item < 0 && !th->reference && th->end <= i &&
            order_item_set_count(&th->candidates) > 0 &&
            order_read_token_head(st->rd, st->rg, th->end - 1U) && /* not "is it vegan?" */
            st->rg->clauses[th->clause].question_start && (!last || th->end > last->end) &&
            (!best || th->end > best->end))
            best = th;
    }
    return best;
}

/* A request pointing back at a kind asked about ("... one of those please") asks for one of
 * it: the one dish of that kind, or the kind, asked back among its dishes. Tokens [a, b) are
 * the pointing words. */
static void attach_point_at_kind(struct attach_state *st, size_t c, const struct order_thing *kind,
                                 int32_t v, bool counted, size_t a, size_t b)
{
    memset(st->rg->roles + a, ORDER_ROLE_QTY, b - a);
    if (st->rg->n_things == ORDER_ITEMS_MAX)
        return;
    struct order_thing *n = &st->rg->things[st->rg->n_things++];
    attach_dish_again(n, kind, c, a, b, v, counted);
    n->points_back = true;
    if (order_item_set_count(&kind->candidates) == 1)
        n->item = order_item_set_next(&kind->candidates, 0);
    attach_anew_whichever(st, n, c); /* "whichever is vegan, one of those" */
    st->rg->clauses[c].n_spans++;
}

/* "whichever", "whichever ones are", "whichever one is" at p: a request for the dish of the
 * kind asked about that fits what was asked ("which fries are vegan? ill get whichever ones
 * are"). Returns the tokens it covers, 0 when none. */
static size_t attach_whichever_at(const struct attach_state *st, size_t p, size_t end)
{
    static const char *const ones[] = {"one", "ones"};
    static const char *const being[] = {"is", "are"};
    if (!order_tok_is(st->text, st->tokens, p, end, "whichever"))
        return 0;
    size_t q = p + 1U;
    q += attach_in(st->text, st->tokens, q, end, ones, ORDER_WORDS_N(ones));
    q += attach_in(st->text, st->tokens, q, end, being, ORDER_WORDS_N(being));
    return q - p;
}

/* "ill get whichever ones are" at i of request clause c, after a question of a kind ("which
 * fries are vegan?"): one of that kind, asked back among its dishes. The kind is the one
 * asked about, or the dish last named in a question when that name fits several ("fries"
 * read as the plain ones). Returns whether it was read so. */
/* "teriyaki bowl or power bowl, which one is more filling?": two dishes joined by "or" in
 * the question of dish last, or right before it, into *pair as the one question of the two. */
static bool attach_pair_asked(const struct attach_state *st, const struct order_thing *last,
                              struct order_thing *pair, bool and_too)
{
    size_t x = (size_t)(last - st->rg->things), q = last->clause;
    bool asked = st->rg->clauses[q].question_form || /* or the question right after them */
                 (q + 1U < st->rg->n_clauses && st->rg->clauses[q + 1U].question_start);
    if (x == 0 || !last->is_span || last->item < 0 || !asked)
        return false;
    const struct order_thing *a = &st->rg->things[x - 1U];
    if (!a->is_span || a->item < 0 || a->item == last->item || a->clause != last->clause)
        return false;
    bool or = false;
    for (size_t p = a->end; p < last->begin; p++)
        or = or || order_tok_is(st->text, st->tokens, p, last->begin, "or") ||
             (and_too && order_tok_is(st->text, st->tokens, p, last->begin, "and"));
    if (! or)
        return false;
    *pair = *a;
    order_choice_join(pair, a, last);
    return true;
}

/* Does a pronoun after token i of clause c, in it or the clause after it, point at what
 * "whichever" at i left open ("whichever you say, i'll take that one")? It asks for it. */
static bool attach_pointed_after(const struct attach_state *st, size_t c, size_t i)
{
    static const char *const pointing[] = {"that", "it", "this", "those", "them", "em"};
    size_t end = c + 1U < st->rg->n_clauses ? st->rg->clauses[c + 1U].end : st->rg->clauses[c].end;
    for (size_t p = i + 1U; p < end; p++)
        if (attach_in(st->text, st->tokens, p, end, pointing, ORDER_WORDS_N(pointing)))
            return true;
    return false;
}

static bool attach_whichever(struct attach_state *st, size_t c, size_t i,
                             const struct order_thing *last, const struct order_thing *asked)
{
    if (!ORDER_CUES_ANY(&st->cues, "whichever"))
        return false;
    size_t which = attach_whichever_at(st, i, st->rg->clauses[c].end);
    if (which == 0 || !st->rg->clauses[c].request_form)
        return false;
    if (!asked && last && last->is_span && st->rg->clauses[last->clause].question_start &&
        order_item_set_count(&last->candidates) > 1)
        asked = last;
    struct order_thing pair;
    if (!asked && last && !attach_pointed_after(st, c, i) &&
        attach_pair_asked(st, last, &pair, false))
        asked = &pair; /* "A or B, which one is more filling? ill get whichever you say" */
    if (!asked)
        return false;
    size_t before = st->rg->n_things;
    attach_point_at_kind(st, c, asked, 1, false, i, i + which);
    if (st->rg->n_things > before && order_item_set_count(&st->rg->things[before].candidates) > 1)
        st->rg->things[before].item = -1; /* a diet after it may have picked one */
    return true;
}

void attach_whichever_beside(struct attach_state *st, size_t c)
{
    if (!ORDER_CUES_ANY(&st->cues, "whichever"))
        return;
    const struct order_clause *cl = &st->rg->clauses[c];
    for (size_t i = cl->begin; i < cl->end; i++) {
        if (!attach_free(st, i) || !order_tok_is(st->text, st->tokens, i, cl->end, "whichever"))
            continue;
        struct order_thing *last = attach_last_item(st, cl->begin);
        (void)attach_whichever(st, c, i, last, attach_kind_asked(st, cl->begin, last));
        return;
    }
}

/* Is "one" at i owned by the speaker or someone else, an adjective perhaps between ("my
 * little one", "her eldest one")? That one is a person, no count of a dish. */
static bool attach_owned_one(const struct attach_state *st, size_t i, size_t begin)
{
    if (!ORDER_CUES_ANY(&st->cues, "one") ||
        !ORDER_CUES_ANY(&st->cues, "my", "our", "his", "her", "their"))
        return false;
    if (!order_tok_is(st->text, st->tokens, i, st->e, "one") || i <= begin)
        return false;
    size_t p = i;
    const struct order_token *w = &st->tokens[p - 1U];
    if (p - 1U > begin && w->kind == ORDER_TOKEN_WORD &&
        order_dictionary_has(st->rd->lex->adjectives, st->text + w->off, w->len))
        p--;
    return order_tok_possessive(st->text, st->tokens, p - 1U, st->e);
}

/* "3 of em", "2 of those please" in a message where no word reads as a menu word or a food
 * and nothing was named: the count points at dishes outside the message (an earlier order, a
 * photo). Asked back as a reference to an earlier order is (past.c), never dropped. Where a
 * dish the menu lacks was told of before it, the count asks for that one (v of it,
 * attach_told_food_counted.c). Returns whether [i, j) of clause c was made such a thing. */
static bool attach_points_outside(struct attach_state *st, size_t c, size_t i, size_t j, int32_t v)
{
    struct order_reading *rg = st->rg;
    size_t end = rg->n_clauses > 0 ? rg->clauses[rg->n_clauses - 1U].end : 0;
    for (size_t p = 0; p < end; p++) {
        const struct order_token *w = &st->tokens[p];
        if (rg->n_hits[p] > 0 || (w->kind == ORDER_TOKEN_WORD &&
                                  order_food_word(st->rd->food, st->text + w->off, w->len)))
            return attach_told_food_counted(st, c, i, j, v); /* "orange juices, two of them" */
    }
    for (size_t s = 0; s < rg->n_things; s++)
        if (!rg->things[s].past)
            return attach_told_food_counted(st, c, i, j, v);
    return attach_add_past(st, c, i, j) != NULL;
}

/* "2 fish tacos ... my 6 yr old is eating one": a count after someone else and a verb of
 * eating ("is eating", "will have", "shes having"), with a dish counted more than that before,
 * tells who eats one of the dishes counted: no dish more. "too", "also", "another" or "more"
 * would ask for one more; the speaker's own "im having one" asks. */
static bool attach_eaten_of_counted(const struct attach_state *st, size_t begin, size_t i,
                                    size_t end, const struct order_thing *last, int32_t v)
{
    if (!ORDER_CUES_ANY(&st->cues, "eating", "having", "eat", "have", "sharing", "share") ||
        !ORDER_CUES_ANY(&st->cues, "is", "are", "will", "gonna", "shes", "hes", "theyre", "hell",
                        "shell"))
        return false;
    static const char *const verbs[] = {"eating", "having", "eat", "have", "sharing", "share"};
    static const char *const auxes[] = {"is",  "are",    "will", "gonna", "shes",
                                        "hes", "theyre", "hell", "shell"};
    static const char *const more[] = {"too", "also", "another", "more", "extra", "well"};
    if (!last || !last->qty_explicit || last->qty <= v || i < begin + 3U ||
        !attach_in(st->text, st->tokens, i - 1U, end, verbs, ORDER_WORDS_N(verbs)) ||
        !attach_in(st->text, st->tokens, i - 2U, end, auxes, ORDER_WORDS_N(auxes)) ||
        st->rg->roles[i - 1U] == ORDER_ROLE_OPENER)
        return false;
    for (size_t p = begin; p < end; p++)
        if (attach_in(st->text, st->tokens, p, end, more, ORDER_WORDS_N(more)))
            return false;
    return true;
}

/* "can i get them added to tonight's order": "added", and where to, after the pronoun
 * finish the verb of getting ("get X added"); they change nothing of the dish. Marks them
 * as frame words from q on. */
void attach_added_after(struct attach_state *st, size_t q, size_t end)
{
    if (!ORDER_CUES_ANY(&st->cues, "added"))
        return;
    enum { WHERE_WORDS_MAX = 3 };
    static const char *const into[] = {"to", "onto", "into", "on", "in"};
    static const char *const wheres[] = {"order", "orders", "bag", "it"};
    if (!attach_free(st, q) || !order_tok_is(st->text, st->tokens, q, end, "added"))
        return;
    size_t e = q + 1;
    if (attach_in(st->text, st->tokens, e, end, into, ORDER_WORDS_N(into)))
        for (size_t w = e + 1; w < end && w <= e + WHERE_WORDS_MAX && attach_free(st, w) &&
                               st->tokens[w].kind == ORDER_TOKEN_WORD;
             w++)
            if (attach_in(st->text, st->tokens, w, end, wheres, ORDER_WORDS_N(wheres))) {
                e = w + 1;
                break;
            }
    memset(st->rg->roles + q, ORDER_ROLE_FILLER, e - q);
}

/* "sorry i meant the birria ones not pastor. still 3": "still" opening a clause before a
 * count says the count of the dish before stands; it is no word of its own. */
static void attach_count_kept(struct attach_state *st, const struct order_clause *cl)
{
    if (!ORDER_CUES_ANY(&st->cues, "still"))
        return;
    int32_t v;
    if (cl->begin + 1U < cl->end && attach_free(st, cl->begin) &&
        order_tok_is(st->text, st->tokens, cl->begin, cl->end, "still") &&
        attach_count_at(st, cl->begin + 1U, cl->end, &v) > 0)
        st->rg->roles[cl->begin] = ORDER_ROLE_FILLER;
}

/* After a count, the first token p past a unit of serving and "of" ("2 portions of ...",
 * "if yes 2 portions pls"), before end. */
static size_t attach_past_count_unit(const struct attach_state *st, size_t p, size_t end)
{
    if (!ORDER_CUES_ANY(&st->cues, "portions", "portion", "servings", "serving", "orders", "order",
                        "pieces", "more", "of"))
        return p;
    static const char *const units[] = {"portions", "portion", "servings", "serving",
                                        "orders",   "order",   "pieces",   "more"};
    if (attach_in(st->text, st->tokens, p, end, units, ORDER_WORDS_N(units)))
        p++;
    if (order_tok_is(st->text, st->tokens, p, end, "of"))
        p++;
    return p;
}

/* Does a pronoun at p, before end, point back at a dish: "them", "these"; with no count
 * before it (uncounted) also "that", or "it" after a dish last told of, not asked for? */
static bool attach_pronoun_back(const struct attach_state *st, size_t p, size_t end, bool uncounted,
                                const struct order_thing *last)
{
    /* attach_them_at's words, "these", "that" (attach_that_object), "it" (attach_it_object) */
    if (!ORDER_CUES_ANY(&st->cues, "them", "those", "these", "em", "that", "it"))
        return false;
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    return attach_them_at(text, t, p, end) || order_tok_is(text, t, p, end, "these") ||
           (uncounted && attach_that_object(st, p, end)) ||
           (uncounted && last && !st->rg->clauses[last->clause].request_form &&
            attach_it_object(st, p, end));
}

/* Is the count ending before p all clause cl says, its words from i: nothing else before it,
 * and after it only how the dish comes ("if so ill take 2 orders no salt", "if so 2 pls, extra
 * ranch": politeness and a comma may come first) and closing words, which become fillers ("one
 * order anyway")? */
static bool attach_count_alone(struct attach_state *st, const struct order_clause *cl, size_t i,
                               size_t p)
{
    size_t changed = p;
    while (changed < cl->end &&
           (st->rg->mod_zone[changed] || st->rg->roles[changed] == ORDER_ROLE_FILLER ||
            (st->tokens[changed].kind == ORDER_TOKEN_PUNCT && st->tokens[changed].punct == ',')))
        changed++;
    size_t close = attach_closing_adverbs(st, changed, cl->end);
    if (!attach_nothing_else(st, changed, close) || !attach_nothing_else(st, cl->begin, i))
        return false;
    for (size_t a = close; a < cl->end; a++)
        if (attach_free(st, a))
            st->rg->roles[a] = ORDER_ROLE_FILLER;
    return true;
}

/* Does a preposition of time stand before token i, past "about" or "around" ("at about 5",
 * "by around 6", "pickup in 20 ty")? The number after it is an hour, or minutes from now. */
static bool attach_hour_after(const struct attach_state *st, size_t b, size_t i)
{
    static const char *const near[] = {"about", "around", "roughly", "approx"};
    static const char *const when[] = {"at", "by", "til", "till", "until", "before", "after", "in"};
    if (!ORDER_CUES_ANY(&st->cues, "at", "by", "til", "till", "until", "before", "after", "in"))
        return false;
    size_t p = i;
    if (p > b && attach_in(st->text, st->tokens, p - 1U, i, near, ORDER_WORDS_N(near)))
        p--;
    return p > b && attach_in(st->text, st->tokens, p - 1U, i, when, ORDER_WORDS_N(when));
}

/* "if all good ill order two later": the count of k tokens at i, then "later" or
 * "tomorrow", orders nothing yet, and "later" names no dish. Marks them fillers. */
static bool attach_count_later(struct attach_state *st, const struct order_clause *cl, size_t i,
                               size_t k)
{
    static const char *const later[] = {"later", "tomorrow", "tmrw", "tmr"};
    if (!attach_in(st->text, st->tokens, i + k, cl->end, later, ORDER_WORDS_N(later)))
        return false;
    memset(st->rg->roles + i, ORDER_ROLE_FILLER, k + 1U);
    return true;
}

/* "4 brownies? need them by 2:45": "them" at p, then when the dishes are wanted (an hour
 * after "by", "at", "before", "around", or "asap", "today", ...): the dishes asked for, no
 * more of them. Marks the words from i to the pronoun fillers. */
static bool attach_them_when(struct attach_state *st, const struct order_clause *cl, size_t i,
                             size_t p)
{
    static const char *const at_hour[] = {"by", "at", "before", "around"};
    static const char *const when[] = {"asap",  "today", "tonight", "soon",
                                       "ready", "later", "early",   "tomorrow"};
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    if (!attach_them_at(text, t, p, cl->end))
        return false;
    bool hour = attach_in(text, t, p + 1U, cl->end, at_hour, ORDER_WORDS_N(at_hour)) &&
                p + 2U < cl->end && t[p + 2U].kind == ORDER_TOKEN_WORD &&
                text[t[p + 2U].off] >= '0' && text[t[p + 2U].off] <= '9';
    if (!hour && !attach_in(text, t, p + 1U, cl->end, when, ORDER_WORDS_N(when)))
        return false;
    memset(st->rg->roles + i, ORDER_ROLE_FILLER, p + 1U - i);
    return true;
}

/* Words after the count (k tokens at *i) or the pronoun at p that say when, no more dishes
 * (attach_count_later, attach_them_when). Moves *i to the last token they cover. */
static bool attach_said_when(struct attach_state *st, const struct order_clause *cl, size_t *i,
                             size_t k, size_t p, bool pronoun)
{
    if (k > 0 && attach_count_later(st, cl, *i, k)) {
        *i += k;
        return true;
    }
    if (!pronoun || k > 0 || !attach_them_when(st, cl, *i, p))
        return false;
    *i = p;
    return true;
}

/* "whats the difference between A and B? put me down for one of em", "A or B? ill take one of
 * them": in a request, one of the two dishes a question compared picks one of them, asked
 * back which; read as a count of every dish ("one of each") it ordered both. Returns
 * whether clause c was read so. */
static bool attach_one_of_pair_asked(struct attach_state *st, size_t c)
{
    static const char *const plural[] = {"them", "em", "those", "these"};
    static const char *const one[] = {"one", "1"};
    struct order_clause *cl = &st->rg->clauses[c];
    if (!cl->request_form || !ORDER_CUES_ANY(&st->cues, "them", "em", "those", "these"))
        return false;
    for (size_t i = cl->begin; i + 2U < cl->end; i++) {
        if (!attach_free(st, i) || !attach_in(st->text, st->tokens, i, cl->end, one, 2) ||
            !order_tok_is(st->text, st->tokens, i + 1U, cl->end, "of") ||
            !attach_in(st->text, st->tokens, i + 2U, cl->end, plural, ORDER_WORDS_N(plural)))
            continue;
        struct order_thing *last = attach_last_item(st, cl->begin);
        struct order_thing pair;
        if (!last || !st->rg->clauses[last->clause].question_form ||
            !attach_pair_asked(st, last, &pair, true))
            return false;
        size_t before = st->rg->n_things;
        attach_point_at_kind(st, c, &pair, 1, true, i, i + 3U);
        if (st->rg->n_things > before)
            st->rg->things[before].item = -1; /* either of the two, asked back */
        return true;
    }
    return false;
}

/* A clause read whole before its words are read one by one as counts pointing back: the
 * counts kept ("still 3"), "2." numbering a list, a count of every dish ("All x2", "one of
 * each"), a dish put on what was asked about, "if so yes". Returns whether it was. */
static bool attach_clause_read_whole(struct attach_state *st, size_t c)
{
    attach_count_kept(st, &st->rg->clauses[c]);
    return attach_enumeration(st, c) || attach_one_of_pair_asked(st, c) ||
           attach_all_count(st, c) || attach_each_asked(st, c) || attach_put_on_asked(st, c) ||
           attach_if_so_yes(st, c);
}

void attach_back_reference(struct attach_state *st, size_t c)
{
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    struct order_clause *cl = &st->rg->clauses[c];
    if (attach_clause_read_whole(st, c))
        return;
    for (size_t i = cl->begin; i < cl->end; i++) {
        if (!attach_free(st, i) || attach_owned_one(st, i, cl->begin))
            continue;
        struct order_thing *last = attach_last_item(st, cl->begin);
        size_t made = attach_make_it(st, i, last);
        if (made > 0) {
            i += made - 1; /* "make that 3, one of them no onion": the parts may follow */
            continue;
        }
        if (attach_other_part(st, c, i, last))
            return;
        int32_t v = 1;
        size_t k = attach_count_at(st, i, cl->end, &v);
        if (k > 0 && attach_hour_after(st, cl->begin, i))
            continue; /* "collection at about 5": when, no count */
        if (k == 0)
            v = 1; /* no number read: "I'll have those as well" is one more */
        if (k > 0 && attach_eaten_of_counted(st, cl->begin, i, cl->end, last, v))
            return;
        size_t p = k > 0 ? attach_past_count_unit(st, i + k, cl->end) : i;
        bool pronoun = attach_pronoun_back(st, p, cl->end, k == 0, last);
        if (attach_said_when(st, cl, &i, k, p, pronoun))
            continue; /* "ill order two later", "need them by 2:45": no more dishes */
        size_t times = pronoun && k == 0 && order_tok_is(text, t, p, cl->end, "it")
                           ? attach_it_count_at(st, p + 1U, cl->end, &v)
                           : 0;
        if (times > 0) { /* "ill take it x2": the count after the pronoun is its count */
            k = times;
            p += times;
        }
        size_t manner = !pronoun && k > 0 ? attach_manner_back_at(st, p, cl->end, last) : 0;
        pronoun = pronoun || manner > 0; /* "2 like that": the dish last told of, changed */
        p += manner > 0 ? manner - 1U : 0U;
        if (!pronoun && k > 0 && p == i + k &&
            ((order_tok_is(text, t, i, cl->end, "one") && !attach_noun_next(st, p)) ||
             attach_lead_past_comma(st, p, cl->end) ||
             (v > 1 && attach_part_past_comma(st, p, cl->end)))) {
            pronoun = true; /* "one if so", not "one orange juice"; "1 w/o pickles" */
            p--;            /* the count is the whole reference: what follows is its own */
        }
        if (k > 0 && pronoun && attach_dash_count_of_unread(st, cl->begin, i))
            continue; /* "ginger beers - 3 of them": the count of the dish the menu lacks */
        if (k > 0 && !pronoun && last)
            attach_put_count_in(st, cl->begin, i, p, cl->end);
        size_t sized = k > 0 && !pronoun ? attach_sized_ones_at(st, p, cl->end) : 0;
        if (sized > 0) {
            pronoun = true; /* "two large ones" */
            p += sized - 1U;
        }
        if (k > 0 && !pronoun && attach_unknown_entry_at(st, p))
            return; /* "* 1x ??": a dish not known yet, read as a leftover */
        if (k > 0 && !pronoun && attach_count_alone(st, cl, i, p)) {
            pronoun = true; /* "is the brownie vegan? if so two please"; not "seat 4" */
            p--;
        }
        /* "what's the vegan dessert again? one of those too": a kind asked about after the
         * last dish is what the pronoun points at */
        struct order_thing *asked = attach_kind_asked(st, cl->begin, last);
        if (k == 0 && !pronoun && attach_whichever(st, c, i, last, asked))
            return;
        if (asked && pronoun && !(k == 0 && !cl->request_form)) {
            attach_point_at_kind(st, c, asked, v, k > 0, i, p + 1);
            return;
        }
        /* "do you have pizza? if so 2"; "a flan. do you have lemonade? if yes add one": the
         * food asked about, not the dish before the question */
        struct order_thing *food = pronoun && k > 0 ? attach_food_asked(st, c) : NULL;
        if (food && (!last || (last->clause + 1U < c && attach_having_asked_in(st, food->clause))))
            last = food;
        if (!last && k > 0 && p > i + k && attach_them_at(text, t, p, cl->end) &&
            attach_points_outside(st, c, i, p + 1, v))
            return; /* "2 of those please" with no dish here: asked which, or the one told of */
        if (!last || !pronoun || (k == 0 && !cl->request_form))
            continue;
        memset(st->rg->roles + i, ORDER_ROLE_QTY, p + 1 - i);
        size_t before = st->rg->n_things;
        attach_count_reference(st, c, last, i, p, k, v);
        if (sized > 0)
            attach_sized_ones_write(st, last, before, p + 1U - sized, p);
        attach_added_after(st, p + 1, cl->end);
        return;
    }
}
