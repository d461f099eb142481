/* attach.c — quantities, modifiers and leftovers around the spans of a clause (see reading.h,
 * pass 4). The numbers and the counts before and right after a span are in attach_quantity.c,
 * what follows a span in attach_parts.c and attach_modifiers.c, the words no span read in
 * attach_leftovers.c and attach_unknown.c; attach_internal.h holds what the files of the
 * pass share. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "gateway/order/attach_internal.h"

/* "add cream to the cake", "no onions on the burger": a span after "to the" / "on the"
 * naming an item already asked for, with no count of its own, points back to it. */
/* Does the clause start at token i, greetings and punctuation aside? */
static bool attach_clause_start(const struct attach_state *st, size_t i)
{
    for (size_t p = st->b; p < i; p++)
        if (st->tokens[p].kind == ORDER_TOKEN_WORD && st->rg->roles[p] != ORDER_ROLE_GREETING)
            return false;
    return true;
}

static void attach_references(struct attach_state *st, size_t first)
{
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
        if (th->qty_explicit && !pick)
            continue;
        bool prep = pick;
        for (size_t p = 0; p < sizeof(preps) / sizeof(preps[0]); p++)
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
            th->reference = e != s && x->is_span && same && x->begin < th->begin;
            /* "no ice in the lemonade" read before it (attach_change_on): the change is the
             * earlier lemonade's */
            for (uint8_t m = 0;
                 th->reference && m < th->mods.n && x->mods.n < ORDER_ITEM_MODIFIERS_MAX; m++)
                memcpy(x->mods.text[x->mods.n++], th->mods.text[m], sizeof(th->mods.text[m]));
            if (th->reference)
                th->mods.n = 0;
        }
    }
}

/* "flan, tres leches, another flan": a dish after "another" with no count nor change of its
 * own is one more of the same dish asked for before without changes; it adds to that one.
 * "another halloumi burger with no peppers" stays a dish of its own. */
static void attach_another_dish(struct attach_state *st, size_t first, size_t end)
{
    struct order_reading *rg = st->rg;
    for (size_t s = first; s < end; s++) {
        struct order_thing *th = &rg->things[s];
        if (!th->is_span || th->item < 0 || th->qty_explicit || th->reference || th->mods.n > 0 ||
            th->begin < 1 || !order_tok_is(st->text, st->tokens, th->begin - 1U, st->e, "another"))
            continue;
        for (size_t x = 0; x < s; x++) {
            struct order_thing *e = &rg->things[x];
            if (e->is_span && e->item == th->item && !e->reference && e->mods.n == 0 &&
                !e->qty_unclear) {
                e->qty += th->qty;
                th->reference = true;
                break;
            }
        }
    }
}

/* Drops clause c's spans lying inside tokens [b, e): the describing words of a reference
 * outside the message ("the spicy one i had last time") name no dish of this order. */
static void attach_drop_spans_inside(struct order_reading *rg, size_t c, size_t b, size_t e)
{
    size_t kept = 0;
    for (size_t t = 0; t < rg->n_things; t++) {
        const struct order_thing *th = &rg->things[t];
        if (th->is_span && th->clause == c && th->begin >= b && th->end <= e) {
            rg->clauses[c].n_spans--;
            continue;
        }
        rg->things[kept++] = rg->things[t];
    }
    rg->n_things = kept;
}

/* "the usual", "what my friend had yesterday": an order outside the message, kept with the
 * words after it up to a separator ("same as last time but no onions" keeps its modifier
 * words out), to be asked back. Its words are a thing's, so the cues they hold ("last time",
 * "yesterday") speak of the reference, not of the clause. */
/* Does a colon after the reference ending at j, politeness aside, open a list of dishes
 * ("same as last time pls: tofu bowl, ...")? Then the message spells the earlier order out
 * and nothing is to be asked back. */
static bool attach_past_spelt_out(const struct attach_state *st, size_t j)
{
    static const char *const polite[] = {"please", "pls", "plz", "thanks", "thx"};
    while (j < st->e &&
           attach_in(st->text, st->tokens, j, st->e, polite, sizeof(polite) / sizeof(*polite)))
        j++;
    if (j + 1 >= st->e || st->tokens[j].kind != ORDER_TOKEN_PUNCT || st->tokens[j].punct != ':')
        return false;
    for (size_t p = j + 1; p < st->e; p++)
        if (st->rg->n_hits[p] > 0 && !st->rd->lex->words[st->rg->hits[p][0].words[0]].not_dish)
            return true; /* a menu word follows */
    return false;
}

/* "birria x3, horch, flan. same as always": a reference alone in its clause (politeness
 * aside), after dishes asked for in the clause before it, says the dishes just listed are
 * the usual ones; nothing more is to be asked back. "and the usual" adds, "the usual for
 * her" too. */
static bool attach_past_spelt_before(const struct attach_state *st, size_t c, size_t i, size_t j)
{
    static const char *const polite[] = {"please", "pls", "plz", "thanks", "thx", "lol"};
    /* "my carnitas bowl was cold. same as last time": a report, no list of what is asked */
    static const char *const told[] = {"was", "were", "had", "got", "came", "is", "are", "tasted"};
    /* "same as always", "the usual": the customer's own habit, not what another had */
    static const char *const habit[] = {"same", "usual", "usuals", "regular", "normal"};
    if (c == 0 ||
        !(attach_in(st->text, st->tokens, i, j, habit, sizeof(habit) / sizeof(*habit)) ||
          attach_in(st->text, st->tokens, i + 1, j, habit, sizeof(habit) / sizeof(*habit))))
        return false;
    const struct order_clause *before = &st->rg->clauses[c - 1];
    for (size_t p = before->begin; p < before->end; p++)
        if (attach_in(st->text, st->tokens, p, before->end, told, sizeof(told) / sizeof(*told)))
            return false;
    for (size_t p = st->b; p < i; p++)
        if (st->tokens[p].kind == ORDER_TOKEN_WORD)
            return false;
    for (size_t p = j; p < st->e; p++)
        if (st->tokens[p].kind == ORDER_TOKEN_WORD &&
            !attach_in(st->text, st->tokens, p, st->e, polite, sizeof(polite) / sizeof(*polite)))
            return false;
    size_t spans = 0;
    for (size_t t = 0; t < st->rg->n_things; t++) {
        const struct order_thing *th = &st->rg->things[t];
        if (th->clause == c && th->begin < i)
            return false;
        spans += th->clause + 1U == c && th->is_span && th->item >= 0 && !th->reference;
    }
    return spans > 0;
}

static void attach_past(struct attach_state *st, size_t c)
{
    for (size_t i = st->b; i < st->e; i++) {
        if (!attach_free(st, i) || (i > st->b && attach_free(st, i - 1) &&
                                    !attach_boundary(st->text, st->tokens, i - 1, st->e) &&
                                    !attach_is_article(st->text, st->tokens, i - 1, st->e)))
            continue; /* starts a run, or follows an opener, filler or separator */
        size_t k = order_read_past_reference(st->text, st->tokens, i, st->e, st->rg);
        if (k == 0)
            continue;
        attach_drop_spans_inside(st->rg, c, i, i + k);
        size_t j = i + k;
        while (j < st->e && attach_free(st, j) && !st->rg->mod_zone[j] &&
               !attach_boundary(st->text, st->tokens, j, st->e) &&
               !order_tok_is(st->text, st->tokens, j, st->e, "but"))
            j++;
        if (attach_past_spelt_out(st, j) || attach_past_spelt_before(st, c, i, j)) {
            memset(st->rg->roles + i, ORDER_ROLE_FILLER, j - i);
            i = j;
            continue;
        }
        struct order_thing *th = order_reading_add_thing(st->rg, c, i, j);
        if (!th)
            return;
        th->leftover_kind = ORDER_LEFTOVER_ITEMLIKE;
        th->past = true;
        th->item = -1;
        th->qty = 1;
        th->phrase_len =
            (uint16_t)order_words_join(st->text, st->tokens, i, j, th->phrase, sizeof(th->phrase));
        memset(st->rg->roles + i, ORDER_ROLE_ITEM, j - i);
        st->rg->clauses[c].n_leftovers++;
        i = j;
    }
}

static int attach_thing_cmp(const void *a, const void *b)
{
    const struct order_thing *x = a, *y = b;
    return (int)x->begin - (int)y->begin;
}

/* The span nearest before token i that names one item, in any clause; NULL when none. */
struct order_thing *attach_last_item(struct attach_state *st, size_t i)
{
    struct order_thing *best = NULL;
    for (size_t t = 0; t < st->rg->n_things; t++) {
        struct order_thing *th = &st->rg->things[t];
        if (th->is_span && th->item >= 0 && !th->reference && th->end <= i &&
            (!best || th->end > best->end))
            best = th;
    }
    return best;
}

/* The dish the menu lacks asked about in the question right before clause c ("do you have
 * pizza? i'll take 2 if so"); NULL when that clause asks no such thing or names a menu item
 * (that item is what a count points at). */
static struct order_thing *attach_food_asked(struct attach_state *st, size_t c)
{
    if (c == 0 || !st->rg->clauses[c - 1U].question_form)
        return NULL;
    struct order_thing *food = NULL;
    for (size_t t = 0; t < st->rg->n_things; t++) {
        struct order_thing *th = &st->rg->things[t];
        if (th->clause != c - 1U || th->reference || th->past)
            continue;
        if (th->is_span)
            return NULL;
        if (th->leftover_kind == ORDER_LEFTOVER_FOOD)
            food = th;
    }
    return food;
}

/* "make it 3", "make that two": the count of the item before. Returns the tokens covered. */
static size_t attach_make_it(struct attach_state *st, size_t i, struct order_thing *last)
{
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
static bool attach_nothing_else(const struct attach_state *st, size_t i, size_t end)
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
    bool line_start = b == 0 || (t[b - 1].kind == ORDER_TOKEN_PUNCT && t[b - 1].punct == '\n');
    return line_start && cl->end >= b + 2 && t[b].kind == ORDER_TOKEN_WORD &&
           attach_digits(st->text + t[b].off, t[b].len, false) > 0 &&
           t[b + 1].kind == ORDER_TOKEN_PUNCT && (t[b + 1].punct == '.' || t[b + 1].punct == ')') &&
           (cl->end == b + 2 || (t[b + 2].kind == ORDER_TOKEN_PUNCT && cl->end == b + 3));
}

/* Does an unread word that is no modifier's, no condition's and no politeness stand at p
 * ("one orange juice", not "one with no peppers", "one if so", "one please")? */
static bool attach_noun_next(const struct attach_state *st, size_t p)
{
    static const char *const not_nouns[] = {"with", "if",  "please", "pls",  "plz",    "too",
                                            "also", "for", "to",     "then", "thanks", "w"};
    return p < st->e && st->tokens[p].kind == ORDER_TOKEN_WORD && attach_free(st, p) &&
           !st->rg->mod_zone[p] &&
           !attach_in(st->text, st->tokens, p, st->e, not_nouns,
                      sizeof(not_nouns) / sizeof(*not_nouns));
}

/* A count at tokens[i]: a number ("2", "two", "3x") or an "x" count ("x2", "x 2", "times
 * two"). Returns the tokens covered (0: none) and the count in *v. */
static size_t attach_count_at(const struct attach_state *st, size_t i, size_t end, int32_t *v)
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

/* The words that make a count the count of every dish listed before it: "all x2", "all of
 * them x2", "everything x2", "x2 each", "2 of each". Is [a, i) (before the count) and
 * [p, e) (after it) one of these, and nothing else? */
static bool attach_counts_all(const struct attach_state *st, size_t a, size_t i, size_t p, size_t e)
{
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    while (a < i && !attach_free(st, a))
        a++;
    while (p < e && t[p].kind == ORDER_TOKEN_PUNCT)
        p++;
    bool all_before = false, each_after = false;
    if (a < i &&
        (order_tok_is(text, t, a, i, "all") || order_tok_is(text, t, a, i, "everything"))) {
        size_t w = a + 1;
        if (order_tok_is(text, t, w, i, "of") &&
            (order_tok_is(text, t, w + 1, i, "them") || order_tok_is(text, t, w + 1, i, "those")))
            w += 2;
        all_before = attach_nothing_else(st, w, i);
    }
    if (p < e) {
        size_t w = p + (order_tok_is(text, t, p, e, "of") ? 1 : 0);
        each_after =
            (order_tok_is(text, t, w, e, "each") || order_tok_is(text, t, w, e, "everything")) &&
            attach_nothing_else(st, w + 1, e) && attach_nothing_else(st, a, i);
    }
    return all_before ? attach_nothing_else(st, p, e) : each_after;
}

/* "do you have flan or churros? if yes one of each": a count of every dish after a question
 * and no dish listed since asks anew for each dish the question named, clause q. */
static bool attach_each_asked_anew(struct attach_state *st, size_t c, size_t q, int32_t v, size_t a,
                                   size_t b)
{
    size_t n = st->rg->n_things;
    bool any = false;
    for (size_t s = 0; s < n && st->rg->n_things < ORDER_ITEMS_MAX; s++) {
        const struct order_thing *th = &st->rg->things[s];
        if (th->clause != q || !th->is_span || th->item < 0 || th->reference)
            continue;
        struct order_thing *m = &st->rg->things[st->rg->n_things++];
        *m = *th;
        m->clause = (uint8_t)c;
        m->qty = v;
        m->qty_explicit = true;
        m->mods.n = 0;
        m->points_back = true;
        m->begin = (uint16_t)a; /* the count is what names it here */
        m->end = (uint16_t)b;
        st->rg->clauses[c].n_spans++;
        any = true;
    }
    return any;
}

/* "do you have flan or tres leches today? if yes I'll take one of each": a request that names
 * nothing but "N of each" asks for N of every dish the question before it named. Returns
 * whether it did. */
static bool attach_each_asked(struct attach_state *st, size_t c)
{
    const struct order_clause *cl = &st->rg->clauses[c];
    if (c == 0 || !cl->request_form || cl->n_spans > 0 || !st->rg->clauses[c - 1U].question_start)
        return false;
    for (size_t i = cl->begin; i + 2U < cl->end; i++) {
        int32_t v;
        size_t k = attach_free(st, i) ? attach_count_at(st, i, cl->end, &v) : 0;
        if (k == 0 || !order_tok_is(st->text, st->tokens, i + k, cl->end, "of") ||
            !order_tok_is(st->text, st->tokens, i + k + 1U, cl->end, "each"))
            continue;
        size_t n = st->rg->n_things;
        uint8_t spans = cl->n_spans;
        if (!attach_each_asked_anew(st, c, c - 1U, v, i, i + k + 2U) || st->rg->n_things - n < 2) {
            st->rg->n_things = n; /* "one of each" of one dish is no list */
            st->rg->clauses[c].n_spans = spans;
            return false;
        }
        memset(st->rg->roles + i, ORDER_ROLE_QTY, k + 2U);
        return true;
    }
    return false;
}

/* "Falafel wrap. Sweet potato fries. Mango smoothie. All x2.": a clause that only counts
 * every dish listed before it gives that count to the dishes of the clauses since the last
 * question, those without a count of their own. Returns whether it did. */
static bool attach_all_count(struct attach_state *st, size_t c)
{
    const struct order_clause *cl = &st->rg->clauses[c];
    for (size_t i = cl->begin; i < cl->end; i++) {
        int32_t v;
        size_t k = attach_free(st, i) ? attach_count_at(st, i, cl->end, &v) : 0;
        if (k == 0)
            continue;
        if (!attach_counts_all(st, cl->begin, i, i + k, cl->end))
            return false;
        size_t from = 0; /* the first clause of the list: after the last question */
        for (size_t q = 0; q < c; q++)
            if (st->rg->clauses[q].question_form)
                from = q + 1;
        bool any = false;
        for (size_t s = 0; s < st->rg->n_things; s++) {
            struct order_thing *th = &st->rg->things[s];
            if (th->clause < from || th->clause >= c || th->reference || th->qty_explicit)
                continue;
            th->qty = v;
            th->qty_explicit = any = true;
        }
        if (!any && from > 0)
            any = attach_each_asked_anew(st, c, from - 1U, v, i, i + k);
        if (any)
            for (size_t p = cl->begin; p < cl->end; p++)
                if (attach_free(st, p))
                    st->rg->roles[p] = ORDER_ROLE_QTY;
        return any;
    }
    return false;
}

/* "2 burgers. one w/o pickles. (the) other (one) with extra mayo": after a part was split
 * off a dish in a clause before, "the other" names the rest of its count, which takes the
 * words after it; the part keeps its own. Returns whether clause c opens so at i. */
static bool attach_other_part(struct attach_state *st, size_t c, size_t i, struct order_thing *last)
{
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
    *n = *kind;
    n->clause = (uint8_t)c;
    n->qty = v;
    n->qty_explicit = counted;
    n->mods.n = 0;
    n->begin = (uint16_t)a;
    n->end = (uint16_t)b;
    n->points_back = true;
    if (order_item_set_count(&kind->candidates) == 1)
        n->item = order_item_set_next(&kind->candidates, 0);
    st->rg->clauses[c].n_spans++;
}

/* "truffle fries - are they vegetarian? ... one order anyway": a dish named bare, without a
 * count or a request, then asked about, is the question's topic; a count pointing back after
 * the question asks for it anew. */
static bool attach_topic_of_question(const struct attach_state *st, const struct order_thing *last,
                                     size_t c)
{
    if (last->qty_explicit || st->rg->clauses[last->clause].request_form)
        return false;
    for (size_t q = (size_t)last->clause + 1U; q < c; q++)
        if (st->rg->clauses[q].question_start)
            return true;
    return false;
}

/* Where the adverbs that close a clause without naming anything begin ("one order anyway",
 * "two then", "1 more too"): the clause's words from there to end are only those. */
static size_t attach_closing_adverbs(const struct attach_state *st, size_t p, size_t end)
{
    static const char *const adverbs[] = {"anyway", "anyways", "anyhow", "too",
                                          "also",   "then",    "though", "still"};
    size_t e = end;
    while (e > p && (st->tokens[e - 1U].kind == ORDER_TOKEN_PUNCT ||
                     attach_in(st->text, st->tokens, e - 1U, end, adverbs,
                               sizeof(adverbs) / sizeof(*adverbs))))
        e--;
    return e;
}

/* Is clause c only dishes, their counts and changes, and words of the frame ("2 fish tacos.")?
 * Such a list asks for them: "them" after it points at them, asks for no more. */
static bool attach_bare_list(const struct attach_state *st, size_t c)
{
    const struct order_clause *cl = &st->rg->clauses[c];
    for (size_t i = cl->begin; i < cl->end; i++)
        if (st->tokens[i].kind == ORDER_TOKEN_WORD &&
            (st->rg->roles[i] == ORDER_ROLE_NONE || st->rg->roles[i] == ORDER_ROLE_LEFTOVER) &&
            !attach_boundary(st->text, st->tokens, i, cl->end))
            return false;
    return true;
}

/* "so ill do that", "ill have that, with extra pico": "that" right after a request opener
 * and before the end of a piece points at a dish, as "those" does; not "i want that to go". */
static bool attach_that_object(const struct attach_state *st, size_t p, size_t end)
{
    return p > 0 && order_tok_is(st->text, st->tokens, p, end, "that") &&
           st->rg->roles[p - 1] == ORDER_ROLE_OPENER &&
           (p + 1 >= end || attach_boundary(st->text, st->tokens, p + 1, end) ||
            order_tok_is(st->text, st->tokens, p + 1, end, "please") ||
            order_tok_is(st->text, st->tokens, p + 1, end, "pls") ||
            order_tok_is(st->text, st->tokens, p + 1, end, "too") ||
            order_tok_is(st->text, st->tokens, p + 1, end, "then"));
}

/* Does a count pointing back at dish last, named in a question, ask for it anew? Not after
 * "can u make the veggie taco with salsa verde instead? 4 please": a dish changed in a
 * question "can you make" is asked for; the count is its count, not one more. */
static bool attach_question_asks_anew(const struct attach_state *st, const struct order_thing *last)
{
    const struct order_clause *q = &st->rg->clauses[last->clause];
    size_t at = q->begin;
    while (at < q->end && st->rg->roles[at] == ORDER_ROLE_GREETING)
        at++;
    return q->question_start && !(last->mods.n > 0 && !last->qty_explicit &&
                                  order_read_make_asked(st->text, st->tokens, at, q->end) > 0);
}

/* Clause c's reference [i, p] (k tokens of it a count of v) to dish last, the count read:
 * a part of the dish, the dish counted, or the dish asked for anew. */
static void attach_count_reference(struct attach_state *st, size_t c, struct order_thing *last,
                                   size_t i, size_t p, size_t k, int32_t v)
{
    struct order_clause *cl = &st->rg->clauses[c];
    /* "7 cheeseburgers. no pickles on 3 of them": a smaller count with words of its own
     * is a part of the dish, to take them; the words are read as modifiers of the part,
     * the span nearest before them (attach_leftovers) */
    bool words = !attach_nothing_else(st, cl->begin, i) ||
                 !attach_nothing_else(st, p + 1, cl->end) ||
                 attach_modifier_lead_at(st, p + 1, cl->end); /* "one no pickles" */
    if (k > 0 && last->qty_explicit && v < last->qty && words) {
        struct order_thing *part = attach_split(st, last, v, cl->begin);
        if (part) {
            if (i > cl->begin && attach_points_at_count(st, cl->begin, i))
                st->rg->roles[i - 1] = ORDER_ROLE_QTY; /* "on" of "on 3 of them" */
            part->clause = (uint8_t)c;
            cl->n_spans++;
            return;
        }
    }
    /* "he got this burger with ... Can I get two of those": a request pointing at a dish
     * named outside a request asks for it anew, as after a question */
    /* "2 fish tacos. can i get them without the cabbage?": after a bare list, a pronoun
     * with no count of its own points at the dishes listed, asks for no more */
    if (k == 0 && !st->rg->clauses[last->clause].question_start &&
        attach_bare_list(st, last->clause))
        return;
    bool anew = attach_question_asks_anew(st, last) ||
                (cl->request_form && !st->rg->clauses[last->clause].request_form) ||
                attach_topic_of_question(st, last, c);
    if (!anew) {
        last->qty = v;
        last->qty_explicit = true;
        /* "the onion rings are amazing. 3 of those please": counted, the dish is asked
         * for, not only talked of */
        st->rg->clauses[last->clause].has_quantity = true;
        return;
    }
    if (st->rg->n_things == ORDER_ITEMS_MAX)
        return;
    struct order_thing *n = &st->rg->things[st->rg->n_things++];
    *n = *last;
    n->clause = (uint8_t)c;
    n->qty = v;
    n->qty_explicit = k > 0;
    n->mods.n = 0;
    n->begin = (uint16_t)i;
    n->end = (uint16_t)(p + 1);
    cl->n_spans++;
}

/* Is "one" at i owned by the speaker or someone else, an adjective perhaps between ("my
 * little one", "her eldest one")? That one is a person, no count of a dish. */
static bool attach_owned_one(const struct attach_state *st, size_t i, size_t begin)
{
    static const char *const owners[] = {"my", "our", "his", "her", "their"};
    if (!order_tok_is(st->text, st->tokens, i, st->e, "one") || i <= begin)
        return false;
    size_t p = i;
    const struct order_token *w = &st->tokens[p - 1U];
    if (p - 1U > begin && w->kind == ORDER_TOKEN_WORD &&
        order_dictionary_has(st->rd->lex->adjectives, st->text + w->off, w->len))
        p--;
    return attach_in(st->text, st->tokens, p - 1U, st->e, owners, sizeof(owners) / sizeof(*owners));
}

static void attach_back_reference(struct attach_state *st, size_t c)
{
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    struct order_clause *cl = &st->rg->clauses[c];
    if (attach_enumeration(st, c))
        return; /* "2." of a numbered list counts nothing */
    if (attach_all_count(st, c) || attach_each_asked(st, c))
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
        if (k == 0)
            v = 1; /* no number read: "I'll have those as well" is one more */
        size_t p = i + k;
        static const char *const units[] = {"portions", "portion", "servings", "serving",
                                            "orders",   "order",   "pieces",   "more"};
        if (k > 0 && attach_in(text, t, p, cl->end, units, sizeof(units) / sizeof(*units)))
            p++; /* "if yes 2 portions pls" */
        if (k > 0 && order_tok_is(text, t, p, cl->end, "of"))
            p++;
        bool pronoun = attach_them_at(text, t, p, cl->end) ||
                       order_tok_is(text, t, p, cl->end, "these") ||
                       (k == 0 && attach_that_object(st, p, cl->end));
        if (!pronoun && k > 0 && p == i + k &&
            ((order_tok_is(text, t, i, cl->end, "one") && !attach_noun_next(st, p)) ||
             attach_modifier_lead_at(st, p, cl->end))) {
            pronoun = true; /* "one if so", not "one orange juice"; "1 w/o pickles" */
            p--;            /* the count is the whole reference: what follows is its own */
        }
        size_t close = attach_closing_adverbs(st, p, cl->end);
        if (k > 0 && !pronoun && attach_nothing_else(st, p, close) &&
            attach_nothing_else(st, cl->begin, i)) {
            for (size_t a = close; a < cl->end; a++)
                if (attach_free(st, a))
                    st->rg->roles[a] = ORDER_ROLE_FILLER; /* "one order anyway" */
            pronoun = true; /* "is the brownie vegan? if so two please"; not "seat 4" */
            p--;
        }
        /* "what's the vegan dessert again? one of those too": a kind asked about after the
         * last dish is what the pronoun points at */
        struct order_thing *asked = attach_kind_asked(st, cl->begin, last);
        if (asked && pronoun && !(k == 0 && !cl->request_form)) {
            attach_point_at_kind(st, c, asked, v, k > 0, i, p + 1);
            return;
        }
        if (!last && pronoun && k > 0)
            last = attach_food_asked(st, c); /* "do you have pizza? if so 2" */
        if (!last || !pronoun || (k == 0 && !cl->request_form))
            continue;
        memset(st->rg->roles + i, ORDER_ROLE_QTY, p + 1 - i);
        attach_count_reference(st, c, last, i, p, k, v);
        return;
    }
}

/* "two of the burgers with no pickles" after "3 cheeseburgers": a count of a kind of
 * dish (a span several items fit) after "of the" / "of those" names part of a dish asked for
 * before, one of that kind: the part is split off it, to take its own modifiers. */
static void attach_parts_of_earlier(struct attach_state *st, size_t first, size_t end)
{
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    for (size_t s = first; s < end; s++) {
        struct order_thing *th = &st->rg->things[s];
        size_t b = th->begin;
        if (!th->is_span || th->item >= 0 || b < st->b + 3 ||
            !(order_tok_is(text, t, b - 1, st->e, "the") ||
              order_tok_is(text, t, b - 1, st->e, "those") ||
              order_tok_is(text, t, b - 1, st->e, "these")) ||
            !order_tok_is(text, t, b - 2, st->e, "of"))
            continue;
        int32_t k;
        if (attach_number(st->rd->u, text, t, b - 3, b - 2, &k) == 0)
            continue;
        struct order_thing *earlier = NULL;
        for (size_t e = 0; e < st->rg->n_things; e++) {
            struct order_thing *x = &st->rg->things[e];
            if (x->is_span && x->item >= 0 && !x->reference && x->end <= b - 3 && x->qty > k &&
                order_item_set_has(&th->candidates, (size_t)x->item) &&
                (!earlier || x->end > earlier->end))
                earlier = x;
        }
        if (!earlier)
            continue;
        th->item = earlier->item;
        th->qty = k;
        th->qty_explicit = true;
        earlier->qty -= k;
        memset(st->rg->roles + b - 3, ORDER_ROLE_QTY, 3);
    }
}

/* ---- a kind of dish described by what is in it ---- */

/* Does item i's name or description hold the word at token t? */
static bool attach_item_mentions(const struct attach_state *st, int32_t i, size_t t)
{
    const char *w = st->text + st->tokens[t].off;
    size_t len = st->tokens[t].len;
    return order_lexicon_item_mentions(st->rd->lex, i, &w, &len, 1) > 0;
}

static bool attach_described_word(const struct attach_state *st, size_t t)
{
    static const char *const skip[] = {"the", "a",  "an", "and", "like", "some", "of",    "with",
                                       "n",   "on", "in", "it",  "that", "this", "those", "has"};
    return st->tokens[t].kind == ORDER_TOKEN_WORD && st->tokens[t].len >= 3 &&
           !attach_in(st->text, st->tokens, t, st->e, skip, sizeof(skip) / sizeof(skip[0]));
}

/* Does a word of [a, b) read as a word of item i's name, as written? */
static bool attach_word_names_item(const struct attach_state *st, int32_t i, size_t a, size_t b)
{
    for (size_t t = a; t < b; t++)
        for (size_t h = 0; h < st->rg->n_hits[t]; h++) {
            const struct order_lex_hit *hit = &st->rg->hits[t][h];
            if (hit->edits == 0 && hit->n_words == 1 &&
                order_item_set_has(&st->rd->lex->words[hit->words[0]].items, (size_t)i))
                return true;
        }
    return false;
}

/* "the bowl with the sweet potato and black beans", "that burger with the avocado and
 * jalapenos": a kind of dish (a span several items fit) followed by "with" and what is in it
 * is the one candidate whose name and description hold those words, at least two and all
 * but one of them, more than any other candidate. The words up to the next separator then
 * describe, they are no modifiers; spans among them ("black beans") add nothing. */
static void attach_described(struct attach_state *st, struct order_thing *s)
{
    enum { DESCRIBED_WORDS_MAX = 8, DESCRIBED_MIN = 2 };
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    size_t a = s->end;
    /* "the fries with the truffle and parmesan": a name that is also a kind ("fries" alone is
     * the Classic Fries) is the kind a description picks from */
    if ((s->item >= 0 && order_item_set_count(&s->candidates) < 2) ||
        !(order_tok_is(text, t, a, st->e, "with") ||
          (order_tok_is(text, t, a, st->e, "w") && a + 1 < st->e &&
           t[a + 1].kind == ORDER_TOKEN_PUNCT && t[a + 1].punct == '/')))
        return;
    size_t b = a + 1, words = 0;
    int32_t v;
    while (b < st->e && b < a + 1 + DESCRIBED_WORDS_MAX &&
           (t[b].kind == ORDER_TOKEN_WORD || t[b].punct == '&' || t[b].punct == '/') &&
           order_patterns_longest(&st->rd->u->modifier_zone_starts, text, t, b, st->e, NULL) ==
               0 && /* "... and no onions" modifies */
           !(order_tok_is(text, t, b, st->e, "and") &&
             attach_number(st->rd->u, text, t, b + 1, st->e, &v) > 0) && /* "and one salad" */
           !attach_x_qty_at(st, b, st->e)) {                             /* "... parmesan x2" */
        words += attach_described_word(st, b);
        b++;
    }
    if (words == 0)
        return;
    int32_t best = -1;
    size_t best_n = 0, second_n = 0;
    for (int32_t i = order_item_set_next(&s->candidates, 0); i >= 0;
         i = order_item_set_next(&s->candidates, (size_t)i + 1)) {
        size_t n = 0;
        for (size_t w = a + 1; w < b; w++)
            n += attach_described_word(st, w) && attach_item_mentions(st, i, w);
        if (n > best_n) {
            second_n = best_n;
            best_n = n;
            best = i;
        } else if (n > second_n) {
            second_n = n;
        }
    }
    /* "a bowl with tofu": one word that only one candidate holds, in its name, is that one */
    bool named = words == 1 && best_n == 1 && second_n == 0 && best >= 0 &&
                 attach_word_names_item(st, best, a + 1, b);
    if (best < 0 || (!named && (best_n < DESCRIBED_MIN || best_n + 1 < words)) ||
        second_n == best_n)
        return;
    s->item = best;
    for (size_t x = 0; x < st->rg->n_things; x++) {
        struct order_thing *o = &st->rg->things[x];
        if (o != s && o->is_span && o->begin >= a && o->end <= b)
            o->reference = true; /* "black beans" of the description */
    }
    memset(st->rg->roles + a, ORDER_ROLE_ITEM, b - a);
    size_t k = attach_x_qty_at(st, b, st->e) ? attach_count_at(st, b, st->e, &v) : 0;
    if (k > 0 && !s->qty_explicit) { /* "... with the truffle and parmesan x2" */
        s->qty = v;
        s->qty_explicit = true;
        memset(st->rg->roles + b, ORDER_ROLE_QTY, k);
    }
}

/* The first token after the words a heading's kind may carry before its colon: "time"
 * ("dessert time:"), whom or how many it is for, no dish named ("dessert for 2:", "drinks for
 * the kids:"), and "please". */
static size_t attach_heading_words(const struct attach_state *st, size_t q)
{
    enum { FOR_WORDS_MAX = 3 };
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    if (order_tok_is(text, t, q, st->e, "time"))
        q++;
    if (order_tok_is(text, t, q, st->e, "for")) {
        size_t w = q + 1;
        while (w < st->e && w <= q + FOR_WORDS_MAX && t[w].kind == ORDER_TOKEN_WORD &&
               st->rg->n_hits[w] == 0 && !order_tok_is(text, t, w, st->e, "please"))
            w++;
        q = w > q + 1 ? w : q;
    }
    if (order_tok_is(text, t, q, st->e, "please") || order_tok_is(text, t, q, st->e, "pls"))
        q++;
    return q;
}

/* Does a span naming a kind stand where no thing is asked for: a heading before a colon
 * ("dessert time: carrot cake, ..."), an aside in brackets ("the chickpea one (the salad)"),
 * right after a dish's name ("mac n cheese bites 🧀"), or after a verb of being ("she's
 * vegan")? Not after an article, a count, an opener or a separator of a list: "a
 * cheeseburger and a burger" asks for two. */
static bool attach_restates(const struct attach_state *st, const struct order_thing *th)
{
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    size_t p = th->begin;
    bool all = false; /* "— all burgers —": the dishes before, every one of that kind */
    if (p > st->b && (order_tok_is(text, t, p - 1U, st->e, "all") ||
                      order_tok_is(text, t, p - 1U, st->e, "both"))) {
        p--;
        all = true;
    }
    if (p > st->b && order_tok_is(text, t, p - 1U, st->e, "the"))
        p--;
    if (p == st->b) { /* a heading: the kind, maybe "time" or whom it is for, then ':' */
        size_t q = attach_heading_words(st, th->end);
        return q < st->e && t[q].kind == ORDER_TOKEN_PUNCT && t[q].punct == ':';
    }
    const struct order_token *before = &t[p - 1U];
    if (before->kind == ORDER_TOKEN_PUNCT)
        return before->punct == '(' || (all && before->punct == '-');
    if (p == th->begin && st->rg->roles[p - 1U] == ORDER_ROLE_ITEM)
        return true;
    static const char *const being[] = {"is", "shes", "hes", "its", "thats", "are", "theyre"};
    for (size_t k = 0; k < sizeof(being) / sizeof(being[0]); k++)
        if (order_tok_is(text, t, p - 1U, st->e, being[k]))
            return true;
    return false;
}

/* Does dish d end right before token f, or only its count after it stands between ("churros
 * x2 | for dessert")? */
static bool attach_counted_before(const struct attach_state *st, const struct order_thing *d,
                                  size_t f)
{
    if (d->end > f)
        return false;
    for (size_t p = d->end; p < f; p++) {
        const struct order_token *k = &st->tokens[p];
        const char *w = st->text + k->off;
        int32_t v;
        bool count = k->kind == ORDER_TOKEN_PUNCT
                         ? k->punct == '(' || k->punct == ')'
                         : order_tok_is(st->text, st->tokens, p, f, "x") ||
                               order_tok_is(st->text, st->tokens, p, f, "times") ||
                               order_read_number(st->rd->u, st->text, st->tokens, p, f, &v) > 0;
        if (k->kind == ORDER_TOKEN_WORD && !count && k->len > 0) { /* "x2", "2x", "3" */
            size_t q0 = w[0] == 'x' ? 1U : 0U;
            size_t q1 = w[k->len - 1] == 'x' ? k->len - 1U : k->len;
            count = q0 < q1;
            for (size_t q = q0; q < q1 && count; q++)
                count = w[q] >= '0' && w[q] <= '9';
        }
        if (!count)
            return false;
    }
    return true;
}

/* Is th a kind of dish with no count, right before "only" ("drinks only pls"), of which the
 * message asks for a dish elsewhere? It says what the order holds, it asks for nothing. */
static bool attach_kind_only(const struct attach_state *st, const struct order_thing *th)
{
    if (!th->is_span || th->item >= 0 || th->qty_explicit ||
        !order_tok_is(st->text, st->tokens, th->end, st->e, "only"))
        return false;
    for (size_t x = 0; x < st->rg->n_things; x++) {
        const struct order_thing *d = &st->rg->things[x];
        if (d != th && d->is_span && d->item >= 0 && !d->reference &&
            order_item_set_has(&th->candidates, (size_t)d->item))
            return true;
    }
    return false;
}

/* "to drink, a mango smoothie", "for dessert the apple crumble": a kind of dish after "to" /
 * "for", followed in its clause by a dish of that kind or right after one ("the carrot cake
 * for dessert"), heads the dish; it asks for nothing more. ("something for dessert" alone
 * still asks.) */
static void attach_headings(struct attach_state *st, size_t first, size_t end)
{
    for (size_t s = first; s < end; s++) {
        struct order_thing *th = &st->rg->things[s];
        if (attach_kind_only(st, th)) {
            th->reference = true; /* "... drinks only pls": what the list is, no dish more */
            memset(st->rg->roles + th->begin, ORDER_ROLE_FILLER, th->end + 1U - th->begin);
            continue;
        }
        if (th->is_span && th->item < 0 && !th->qty_explicit && attach_restates(st, th)) {
            for (size_t n = first; n < end; n++) {
                const struct order_thing *d = &st->rg->things[n];
                if (n != s && d->is_span && d->item >= 0 &&
                    order_item_set_has(&th->candidates, (size_t)d->item)) {
                    th->reference = true; /* "(the salad)" after the chickpea one */
                    memset(st->rg->roles + th->begin, ORDER_ROLE_FILLER, th->end - th->begin);
                    break;
                }
            }
            continue;
        }
        if (!th->is_span || th->item >= 0 || th->begin == st->b ||
            !(order_tok_is(st->text, st->tokens, th->begin - 1U, st->e, "to") ||
              order_tok_is(st->text, st->tokens, th->begin - 1U, st->e, "for")))
            continue;
        for (size_t n = first; n < end; n++) {
            const struct order_thing *d = &st->rg->things[n];
            /* a dish of that kind after it, or right before "for" ("the carrot cake for
             * dessert") */
            bool heads = n > s || (n < s && attach_counted_before(st, d, th->begin - 1U));
            if (heads && d->is_span && d->item >= 0 &&
                order_item_set_has(&th->candidates, (size_t)d->item)) {
                th->reference = true;
                memset(st->rg->roles + th->begin - 1U, ORDER_ROLE_FILLER, th->end - th->begin + 1U);
                break;
            }
        }
    }
}

/* The id of a head word ("taco") that tokens [b, e) read and item's names hold, or -1. */
static int32_t attach_head_word(const struct attach_state *st, size_t b, size_t e, int32_t item)
{
    const struct order_lexicon *lx = st->rd->lex;
    for (size_t t = b; t < e; t++)
        for (size_t h = 0; h < st->rg->n_hits[t]; h++)
            for (size_t x = 0; x < st->rg->hits[t][h].n_words; x++) {
                const struct order_lex_word *w = &lx->words[st->rg->hits[t][h].words[x]];
                if (w->head && !w->section_only &&
                    (item < 0 || order_item_set_has(&w->items, (size_t)item)))
                    return (int32_t)st->rg->hits[t][h].words[x];
            }
    return -1;
}

/* Narrows th, a dish that names no kind of its own, to the one item it shares with the kind
 * k, and gives a count the span took in ("3 asada") back to the dish as its count, read
 * before it. False (nothing changed) when they share no item or several. */
static bool attach_narrow_to_kind(struct attach_state *st, struct order_thing *th,
                                  const struct order_thing *k)
{
    if (!th->is_span || th->item >= 0 || th->past ||
        attach_head_word(st, th->begin, th->end, -1) >= 0)
        return false;
    struct order_item_set both;
    for (size_t w = 0; w < sizeof(both.bits) / sizeof(both.bits[0]); w++)
        both.bits[w] = th->candidates.bits[w] & k->candidates.bits[w];
    if (order_item_set_count(&both) != 1)
        return false;
    th->candidates = both;
    th->item = order_item_set_next(&both, 0);
    int32_t v;
    size_t n = order_read_quantity(st->rd->u, st->text, st->tokens, th->begin, th->end, &v);
    if (n > 0 && th->begin + n < th->end) {
        memset(st->rg->roles + th->begin, ORDER_ROLE_NONE, n);
        th->begin = (uint16_t)(th->begin + n);
        th->phrase_len = (uint16_t)order_words_join(st->text, st->tokens, th->begin, th->end,
                                                    th->phrase, sizeof(th->phrase));
    }
    return true;
}

/* Where the list a heading kind k opens ends, or 0 when k opens none: after a colon, the
 * clause's end ("tacos: 3 pastor, 3 asada"); after "(" or a dash, the bracket's or the
 * dash's close ("20 tacos - 10 asada 10 pastor -", "2 burritos (1 bean 1 chicken)"). */
static size_t attach_heading_stop(const struct attach_state *st, const struct order_thing *k)
{
    if (k->end + 1U >= st->e || st->tokens[k->end].kind != ORDER_TOKEN_PUNCT)
        return 0;
    char open = st->tokens[k->end].punct, close = open == '(' ? ')' : open;
    if (open == ':')
        return st->e;
    if (open != '(' && open != '-')
        return 0;
    for (size_t i = k->end + 1U; i < st->e; i++)
        if (st->tokens[i].kind == ORDER_TOKEN_PUNCT && st->tokens[i].punct == close)
            return i;
    return st->e;
}

/* Does thing th carry a count of its own ("10 asada")? */
static bool attach_counted(const struct attach_state *st, const struct order_thing *th)
{
    int32_t v;
    return th->qty_explicit ||
           order_read_quantity(st->rd->u, st->text, st->tokens, th->begin, th->end, &v) > 0;
}

/* "tacos: 3 pastor, 3 asada, 3 carnitas": a kind of dish (a span several items fit, ending in
 * a head word) right before a colon heads the list after it; a dish of the list that names
 * no kind of its own and fits several items is the one of them of the heading's kind. After
 * "(" or a dash the list is the counted dishes up to its close ("20 tacos - 10 asada 10
 * pastor"). */
static void attach_list_heading(struct attach_state *st, size_t first, size_t end)
{
    for (size_t h = first; h < end; h++) {
        struct order_thing *k = &st->rg->things[h];
        size_t stop = k->is_span && k->item < 0 ? attach_heading_stop(st, k) : 0;
        if (stop == 0 || attach_head_word(st, k->begin, k->end, -1) < 0)
            continue;
        bool colon = st->tokens[k->end].punct == ':';
        for (size_t s = h + 1; s < end && st->rg->things[s].begin < stop; s++) {
            struct order_thing *th = &st->rg->things[s];
            if ((!colon && !attach_counted(st, th)) || !attach_narrow_to_kind(st, th, k))
                continue;
            k->reference = true; /* the heading asks for nothing of its own */
            memset(st->rg->roles + k->begin, ORDER_ROLE_FILLER, k->end - k->begin);
        }
    }
}

/* "1 veggie + 1 carnitas, both bowls", "al pastor and carnitas - all tacos": a kind of dish
 * after "both" or "all" that follows a separator, closing the dishes before it, says the
 * kind of each: a dish before it that names no kind and fits several items is the one of
 * them of that kind. The kind asks for nothing of its own. */
static void attach_list_tail_kind(struct attach_state *st, size_t first, size_t end)
{
    for (size_t h = first + 1; h < end; h++) {
        struct order_thing *k = &st->rg->things[h];
        if (!k->is_span || k->item >= 0 || k->begin < 2 ||
            attach_head_word(st, k->begin, k->end, -1) < 0 ||
            !(order_tok_is(st->text, st->tokens, k->begin - 1U, k->end, "both") ||
              order_tok_is(st->text, st->tokens, k->begin - 1U, k->end, "all")) ||
            st->tokens[k->begin - 2U].kind != ORDER_TOKEN_PUNCT ||
            (st->tokens[k->begin - 2U].punct != ',' && st->tokens[k->begin - 2U].punct != '-'))
            continue;
        bool narrowed = false;
        for (size_t s = first; s < h; s++)
            narrowed |= attach_narrow_to_kind(st, &st->rg->things[s], k);
        if (narrowed) {
            k->reference = true;
            memset(st->rg->roles + k->begin, ORDER_ROLE_FILLER, k->end - k->begin);
        }
    }
}

/* "30 tacos - mix of al pastor and carnitas, half and half", "12 tacos, half asada half
 * pastor": an even count of a kind of dish, then two dishes of that kind without counts in
 * its clause and the word "half", is that count shared in two: half of each. The kind asks
 * for nothing of its own. */
static void attach_half_and_half(struct attach_state *st, size_t first, size_t end)
{
    for (size_t h = first; h < end; h++) {
        struct order_thing *k = &st->rg->things[h];
        if (!k->is_span || k->item >= 0 || attach_head_word(st, k->begin, k->end, -1) < 0)
            continue;
        int32_t count = k->qty_explicit ? k->qty : 0;
        if (!k->qty_explicit) /* the span may have taken its count in ("12 tacos") */
            (void)order_read_quantity(st->rd->u, st->text, st->tokens, k->begin, k->end, &count);
        if (count < 2 || count % 2 != 0)
            continue;
        size_t parts[2], n = 0;
        bool fits = true;
        for (size_t s = h + 1; s < end && st->rg->things[s].clause == k->clause && fits; s++) {
            const struct order_thing *th = &st->rg->things[s];
            struct order_item_set both = th->candidates;
            order_item_set_and(&both, &k->candidates);
            fits = th->is_span && !th->qty_explicit && !th->past && n < 2 &&
                   order_item_set_count(&both) == 1;
            if (fits)
                parts[n++] = s;
        }
        if (!fits || n != 2)
            continue;
        size_t half = 0, stop = st->rg->clauses[k->clause].end;
        for (size_t i = k->end; i < stop; i++)
            if (order_tok_is(st->text, st->tokens, i, stop, "half")) {
                st->rg->roles[i] = ORDER_ROLE_FILLER;
                half++;
            }
        if (half == 0)
            continue;
        for (size_t p = 0; p < 2; p++) {
            struct order_thing *th = &st->rg->things[parts[p]];
            order_item_set_and(&th->candidates, &k->candidates);
            th->item = (int32_t)order_item_set_next(&th->candidates, 0);
            th->qty = count / 2;
            th->qty_explicit = true;
            size_t kept = 0; /* "half al pastor": the share, no change to the dish */
            for (size_t m = 0; m < th->mods.n; m++)
                if (strcmp(th->mods.text[m], "half") != 0)
                    memmove(th->mods.text[kept++], th->mods.text[m], sizeof(th->mods.text[m]));
            th->mods.n = (uint8_t)kept;
        }
        k->reference = true;
        memset(st->rg->roles + k->begin, ORDER_ROLE_FILLER, k->end - k->begin);
    }
}

/* The head word dish d's own words read, or else the one carried from the dish before it
 * when d's item has it too ("carne asada taco, al pastor": "al pastor" is a taco). */
static int32_t attach_dish_head(const struct attach_state *st, const struct order_thing *d,
                                int32_t carried)
{
    if (!d->is_span || d->item < 0)
        return -1;
    int32_t head = attach_head_word(st, d->begin, d->end, d->item);
    if (head < 0 && carried >= 0 &&
        order_item_set_has(&st->rd->lex->words[carried].items, (size_t)d->item))
        head = carried;
    return head;
}

/* "two carne asada tacos n two carnitas": a span of no head word that several items fit,
 * joined to a dish before it, shares that dish's head noun, left out as said once; the one
 * candidate with that head is meant. The head carries on down the list ("asada taco, al
 * pastor, carnitas"). */
static void attach_elided_heads(struct attach_state *st, size_t first, size_t end)
{
    int32_t carried = first < end ? attach_dish_head(st, &st->rg->things[first], -1) : -1;
    for (size_t s = first + 1; s < end; s++) {
        struct order_thing *th = &st->rg->things[s];
        const struct order_thing *d = &st->rg->things[s - 1];
        int32_t head = carried;
        carried = -1;
        if (!th->is_span || th->item >= 0 || th->past || !d->is_span || d->item < 0 ||
            attach_head_word(st, th->begin, th->end, -1) >= 0) {
            carried = attach_dish_head(st, th, head);
            continue;
        }
        bool joined = false;
        for (size_t p = d->end; p < th->begin; p++) {
            joined = joined || attach_boundary(st->text, st->tokens, p, st->e) ||
                     order_tok_is(st->text, st->tokens, p, st->e, "n");
        }
        if (!joined || head < 0)
            continue;
        struct order_item_set fit = th->candidates;
        order_item_set_and(&fit, &st->rd->lex->words[head].items);
        if (order_item_set_count(&fit) != 1 || order_item_set_has(&fit, (size_t)d->item))
            continue; /* the same dish again reads as a name run on: still asked */
        th->item = order_item_set_next(&fit, 0);
        th->candidates = fit;
        carried = head;
    }
}

/* Is token t a plural the customer made ("lemonades", "burgers"), not a name's own plural
 * ("fries", "rings")? */
static bool attach_plural_token(const struct attach_state *st, size_t t)
{
    const struct order_token *k = &st->tokens[t];
    if (k->kind != ORDER_TOKEN_WORD || k->len < 4 || st->text[k->off + k->len - 1] != 's' ||
        st->rg->n_hits[t] == 0)
        return false;
    const struct order_lex_hit *hit = &st->rg->hits[t][0];
    const struct order_lex_word *w = &st->rd->lex->words[hit->words[hit->n_words - 1]];
    return w->text[w->len - 1] != 's';
}

/* Does the span hold a plural the customer made, at its end ("lemonades") or anywhere else:
 * a head noun may come first ("tacos al pastor")? */
static bool attach_plural_span(const struct attach_state *st, const struct order_thing *th)
{
    for (size_t t = th->begin; t < th->end; t++)
        if (attach_plural_token(st, t))
            return true;
    return false;
}

/* Does "for" at i say the dishes are for a group ("for the table", "for everyone", "for the
 * whole team", "for the 4 of us", "for 6 people")? Returns the group's size when it is said,
 * -1 when it is not, 0 for no group. */
static int32_t attach_group_at(const struct attach_state *st, size_t i)
{
    enum { GROUP_WORDS_MAX = 4 };
    static const char *const groups[] = {
        "table", "everyone", "everybody", "group", "team", "office", "party",  "crew",
        "all",   "family",   "us",        "lot",   "gang", "kids",   "people", "ppl"};
    if (!order_tok_is(st->text, st->tokens, i, st->e, "for"))
        return 0;
    int32_t size = -1, v;
    for (size_t k = i + 1; k <= i + GROUP_WORDS_MAX && k < st->e; k++) {
        if (attach_number(st->rd->u, st->text, st->tokens, k, st->e, &v) > 0 &&
            !attach_is_article(st->text, st->tokens, k, st->e))
            size = v;
        if (attach_in(st->text, st->tokens, k, st->e, groups, sizeof(groups) / sizeof(*groups)))
            return size;
    }
    return 0;
}

/* Does the clause say the dishes are for a group (attach_group_at)? Returns the group's
 * size when it is said, -1 when it is not, 0 for no group. */
static int32_t attach_for_group(const struct attach_state *st)
{
    for (size_t i = st->b; i < st->e; i++) {
        int32_t size = attach_group_at(st, i);
        if (size != 0)
            return size;
    }
    return 0;
}

/* Does the span end in a plural that is its name's own ("fries", "nuggets"), with no article
 * or count before it and no dish before it in its clause, and then "for" a group of unsaid
 * size ("fries for the whole table", "nuggets for the kids")? That too is a number of
 * portions no one gave; a list for the table ("rings + fries for the table") shares one of
 * each, and "an order of fries for the table" is one. */
static bool attach_bare_name_plural_for_group(const struct attach_state *st,
                                              const struct order_thing *th)
{
    static const char *const singles[] = {"a", "an", "one", "of"};
    size_t t = th->end - 1U;
    const struct order_token *k = &st->tokens[t];
    if (k->kind != ORDER_TOKEN_WORD || k->len < 4 || st->text[k->off + k->len - 1] != 's' ||
        st->rg->n_hits[t] == 0 || attach_plural_token(st, t) || attach_group_at(st, th->end) != -1)
        return false;
    for (size_t x = 0; x < st->rg->n_things; x++)
        if (st->rg->things[x].clause == th->clause && st->rg->things[x].end <= th->begin)
            return false;
    return th->begin == st->b || !attach_in(st->text, st->tokens, th->begin - 1U, st->e, singles,
                                            sizeof(singles) / sizeof(*singles));
}

/* "mushroom burger for two": a dish with no count, then "for" and a count spelt as a word
 * that ends the phrase, is that many of it. A count in digits may be a time ("for 7"). */
static void attach_for_number_word(struct attach_state *st, struct order_thing *th)
{
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    size_t p = th->end;
    int32_t v;
    if (!th->is_span || th->item < 0 || th->qty_explicit || th->qty_unclear || th->reference ||
        !order_tok_is(text, t, p, st->e, "for") || !attach_free(st, p + 1) ||
        t[p + 1].kind != ORDER_TOKEN_WORD ||
        (text[t[p + 1].off] >= '0' && text[t[p + 1].off] <= '9') ||
        attach_is_article(text, t, p + 1, st->e) ||
        attach_number(st->rd->u, text, t, p + 1, st->e, &v) != 1 || v < 2 || v > ORDER_QTY_MAX)
        return;
    size_t q = p + 2;
    if (q < st->e && !attach_boundary(text, t, q, st->e) && t[q].kind == ORDER_TOKEN_WORD)
        return; /* "for two people" is a group, read by attach_for_group */
    th->qty = v;
    th->qty_explicit = true;
    memset(st->rg->roles + p, ORDER_ROLE_QTY, 2);
}

/* "nuggets for each of my 3 kids", "a lemonade for each of the 4 of us": a dish with no
 * count, then "for each of", a possessive or article, and a count before who they are, is
 * one for each of them; "for each of us" takes the count of "N of us" later in the clause. */
static void attach_for_each_of(struct attach_state *st, struct order_thing *th)
{
    static const char *const owners[] = {"my", "our", "the", "his", "her", "their", "these"};
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    size_t p = th->end;
    int32_t v;
    if (!th->is_span || th->item < 0 || th->qty_explicit || th->qty_unclear || th->reference ||
        th->qty != 1 || !order_tok_is(text, t, p, st->e, "for") ||
        !order_tok_is(text, t, p + 1, st->e, "each") || !order_tok_is(text, t, p + 2, st->e, "of"))
        return;
    size_t q = p + 3;
    if (order_tok_is(text, t, q, st->e, "us")) { /* "for each of us, there's 5 of us" */
        for (size_t i = q + 1; i + 2 < st->e; i++)
            if (attach_free(st, i) && !attach_is_article(text, t, i, st->e) &&
                attach_number(st->rd->u, text, t, i, st->e, &v) == 1 &&
                order_tok_is(text, t, i + 1, st->e, "of") &&
                order_tok_is(text, t, i + 2, st->e, "us") && v >= 2 && v <= ORDER_QTY_MAX) {
                th->qty = v;
                th->qty_explicit = true;
                memset(st->rg->roles + p, ORDER_ROLE_QTY, 4);
                memset(st->rg->roles + i, ORDER_ROLE_QTY, 3);
                return;
            }
        return;
    }
    if (attach_in(text, t, q, st->e, owners, sizeof(owners) / sizeof(*owners)))
        q++;
    size_t k = attach_number(st->rd->u, text, t, q, st->e, &v);
    if (k == 0 || attach_is_article(text, t, q, st->e) || v < 2 || v > ORDER_QTY_MAX ||
        q + k >= st->e || t[q + k].kind != ORDER_TOKEN_WORD)
        return; /* "for each of them" counts nothing said */
    th->qty = v;
    th->qty_explicit = true;
    memset(st->rg->roles + p, ORDER_ROLE_QTY, q + k - p);
}

/* "3 cheeseburgers and fries for each", "... fries for each of them": a dish with no count,
 * then "for each" that ends the phrase, is one for each of the dish named before it, as
 * many as that one counts. */
static void attach_for_each_before(struct attach_state *st, size_t s)
{
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    struct order_thing *th = &st->rg->things[s];
    size_t p = th->end, q = p + 2; /* q: after "for each", or "for each of them" */
    if (order_tok_is(text, t, q, st->e, "of") && (order_tok_is(text, t, q + 1, st->e, "them") ||
                                                  order_tok_is(text, t, q + 1, st->e, "those")))
        q += 2;
    if (s == 0 || !th->is_span || th->item < 0 || th->qty_explicit || th->qty_unclear ||
        th->reference || th->qty != 1 || !order_tok_is(text, t, p, st->e, "for") ||
        !order_tok_is(text, t, p + 1, st->e, "each") ||
        (q < st->e && !attach_boundary(text, t, q, st->e)))
        return;
    const struct order_thing *before = &st->rg->things[s - 1U];
    if (!before->is_span || before->item < 0 || before->item == th->item || before->qty < 2 ||
        before->qty > ORDER_QTY_MAX)
        return;
    th->qty = before->qty;
    th->qty_explicit = true;
    memset(st->rg->roles + p, ORDER_ROLE_QTY, q - p);
}

/* How many children born together token i names ("twins"), or 0. */
static int32_t attach_born_together(const char *text, const struct order_token *t, size_t i,
                                    size_t e)
{
    return order_tok_is(text, t, i, e, "twins") ? 2 : 0;
}

/* "the twins both want a kids quesadilla", "we both want a lemonade": "both" as the subject
 * of wanting makes each dish after it, with no count of its own, two; so does "the twins
 * each want". */
static void attach_both_want(struct attach_state *st, size_t first, size_t end)
{
    static const char *const verbs[] = {"want", "wanna", "get",  "have", "need", "ll",
                                        "will", "would", "like", "take", "are",  "order"};
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    size_t at = st->e;
    int32_t count = 2;
    for (size_t i = st->b; i < st->e && at == st->e; i++) {
        if (order_tok_is(text, t, i, st->e, "both") &&
            (attach_in(text, t, i + 1, st->e, verbs, sizeof(verbs) / sizeof(*verbs)) ||
             (order_tok_is(text, t, i + 1, st->e, "of") &&
              attach_in(text, t, i + 3, st->e, verbs, sizeof(verbs) / sizeof(*verbs)))))
            at = i;
        /* "the twins each want the nuggets": a pair (or three) each wanting, one each */
        int32_t many = i > st->b ? attach_born_together(text, t, i - 1U, st->e) : 0;
        if (many > 0 && order_tok_is(text, t, i, st->e, "each") &&
            attach_in(text, t, i + 1, st->e, verbs, sizeof(verbs) / sizeof(*verbs))) {
            at = i;
            count = many;
        }
    }
    /* "... and i'll have the halloumi burger": another's request ends theirs */
    size_t stop = at + 2U;
    while (stop < st->e && !(st->rg->roles[stop] == ORDER_ROLE_OPENER &&
                             st->rg->roles[stop - 1U] != ORDER_ROLE_OPENER))
        stop++;
    for (size_t s = first; s < end && at < st->e; s++) {
        struct order_thing *th = &st->rg->things[s];
        if (th->begin > at && th->begin < stop && th->is_span && th->item >= 0 &&
            !th->qty_explicit && !th->qty_unclear && !th->reference && th->qty == 1) {
            th->qty = count;
            th->qty_explicit = true;
        }
    }
}

/* "lemonades for the table", "cheeseburgers for everyone": a dish in the plural with no count,
 * for a group, leaves the count to be asked; "for the 4 of us" gives it. */
static void attach_group_counts(struct attach_state *st, size_t first, size_t end)
{
    bool checked = false;
    int32_t group = 0;
    attach_both_want(st, first, end);
    for (size_t s = first; s < end; s++) {
        attach_for_number_word(st, &st->rg->things[s]);
        attach_for_each_of(st, &st->rg->things[s]);
        attach_for_each_before(st, s);
    }
    for (size_t s = first; s < end; s++) {
        struct order_thing *th = &st->rg->things[s];
        /* "lunch for 4 of us: a horchata each": one for each of the group */
        bool each = order_tok_is(st->text, st->tokens, th->end, st->e, "each");
        if (!th->is_span || th->item < 0 || th->qty_explicit || th->qty != 1 || th->qty_unclear ||
            th->reference ||
            !(attach_plural_span(st, th) || each || attach_bare_name_plural_for_group(st, th)))
            continue;
        if (!checked) {
            group = attach_for_group(st);
            checked = true;
        }
        if (each && group <= 0)
            continue; /* "a lemonade each": the count of nobody said */
        if (group > 0 && group <= ORDER_QTY_MAX) {
            th->qty = group;
            th->qty_explicit = true;
        } else {
            th->qty_unclear = group < 0;
        }
    }
}

/* "(2 each)", "(three of each)", "x3 each", "3 of each: A, B": a count for every dish of the
 * list it closes or opens. Finds it in the clause before the spans are read, marks its
 * tokens, and returns the count (0: none) with where it stands in *at. */
static int32_t attach_each_phrase(struct attach_state *st, size_t *at)
{
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    for (size_t i = st->b + 1; i < st->e; i++) {
        if (!order_tok_is(text, t, i, st->e, "each") || st->rg->roles[i] != ORDER_ROLE_NONE)
            continue;
        size_t n = i; /* the number's first token */
        if (order_tok_is(text, t, n - 1, st->e, "of") && n >= st->b + 2)
            n--;
        int32_t v = -1;
        const struct order_token *k = &t[n - 1];
        if (k->kind == ORDER_TOKEN_WORD && k->len > 1 && text[k->off] == 'x')
            v = attach_digits(text + k->off + 1, k->len - 1U, false); /* x3 each */
        if (v < 0 && attach_number(st->rd->u, text, t, n - 1, st->e, &v) == 0)
            continue;
        n--;
        if (n > st->b && (order_tok_is(text, t, n - 1, st->e, "x") ||
                          order_tok_is(text, t, n - 1, st->e, "times")))
            n--; /* x 3 each */
        if (attach_is_article(text, t, n, st->e) || v < 1 || v > ORDER_QTY_MAX)
            continue;
        bool free = true;
        for (size_t p = n; p <= i; p++)
            free = free && st->rg->roles[p] == ORDER_ROLE_NONE;
        /* "two each of A and B" before its dishes is attach_before's */
        if (!free || order_tok_is(text, t, i + 1, st->e, "of"))
            continue;
        memset(st->rg->roles + n, ORDER_ROLE_QTY, i + 1 - n);
        *at = n;
        return v;
    }
    return 0;
}

/* Gives the count of an "each" phrase at token at to the clause's spans on its side: those
 * before it when it closes the list, those after it when it opens one. */
/* Does a ';' close clause c ("cheeseburger; onion rings; lemonade")? */
static bool attach_semicolon_after(const struct attach_state *st, size_t c)
{
    const struct order_clause *cl = &st->rg->clauses[c];
    for (size_t i = cl->end; i-- > cl->begin && st->tokens[i].kind == ORDER_TOKEN_PUNCT;)
        if (st->tokens[i].punct == ';')
            return true;
    for (size_t i = cl->end; c + 1U < st->rg->n_clauses && i < st->rg->clauses[c + 1U].begin; i++)
        if (st->tokens[i].kind == ORDER_TOKEN_PUNCT && st->tokens[i].punct == ';')
            return true; /* between the clauses */
    return false;
}

/* "Cheddar cheeseburger; onion rings; lemonade — 2 each": an "each" closing the last clause of
 * a list split by semicolons counts the dishes of the clauses before too, each clause only
 * dishes with no count of their own. */
static void attach_each_back_over_list(struct attach_state *st, size_t c, int32_t qty)
{
    while (c > 0 && attach_semicolon_after(st, c - 1U)) {
        c--;
        bool only = false;
        for (size_t s = 0; s < st->rg->n_things; s++) {
            const struct order_thing *th = &st->rg->things[s];
            if (th->clause != c || th->reference)
                continue;
            if (!th->is_span || th->qty_explicit || th->qty_unclear)
                return;
            only = true;
        }
        if (!only)
            return;
        for (size_t s = 0; s < st->rg->n_things; s++) {
            struct order_thing *th = &st->rg->things[s];
            if (th->clause == c && !th->reference) {
                th->qty = qty;
                th->qty_explicit = true;
            }
        }
    }
}

static void attach_each_apply(struct attach_state *st, size_t first, size_t end, int32_t qty,
                              size_t at)
{
    bool before = false;
    for (size_t s = first; s < end; s++)
        before = before || (st->rg->things[s].is_span && st->rg->things[s].end <= at);
    for (size_t s = first; s < end; s++) {
        struct order_thing *th = &st->rg->things[s];
        if (!th->is_span || th->reference || (before ? th->end > at : th->begin < at))
            continue;
        th->qty = qty;
        th->qty_explicit = true;
    }
    if (before && first < end)
        attach_each_back_over_list(st, st->rg->things[first].clause, qty);
}

/* "one wrap please ... actually no the cauliflower one", "Lemonade. Make it 2. no wait 1
 * lemonade": a clause that opens with a correction ("actually", "no wait", "I mean") replaces
 * the dish asked for before that it names again, or the kind it picks from. */
static void attach_correction(struct attach_state *st, size_t first, size_t end)
{
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    size_t at = st->b;
    bool led = false; /* a correction's lead read across the message (correct.c) opens it */
    while (at < st->e &&
           (st->rg->roles[at] == ORDER_ROLE_GREETING || st->rg->roles[at] == ORDER_ROLE_FILLER ||
            t[at].kind == ORDER_TOKEN_PUNCT)) {
        led = led || (st->rg->roles[at] == ORDER_ROLE_FILLER &&
                      (order_tok_is(text, t, at, st->e, "wait") ||
                       order_tok_is(text, t, at, st->e, "actually") ||
                       order_tok_is(text, t, at, st->e, "sorry")));
        if (st->rg->roles[at] == ORDER_ROLE_FILLER && order_tok_is(text, t, at, st->e, "double"))
            return; /* "actually double the lemonades" counts them again (correct.c) */
        at++;
    }
    bool corrects =
        led || order_read_correction_at(text, t, at, st->e) > 0 ||
        (order_tok_is(text, t, at, st->e, "actually") &&
         order_read_correction_at(text, t, at + 1, st->e) > 0) ||
        (order_tok_is(text, t, at, st->e, "i") && order_tok_is(text, t, at + 1, st->e, "mean"));
    for (size_t s = first; corrects && s < end; s++) {
        const struct order_thing *now = &st->rg->things[s];
        if (!now->is_span || now->item < 0)
            continue;
        struct order_thing *before = NULL;
        for (size_t x = 0; x < first; x++) {
            struct order_thing *o = &st->rg->things[x];
            /* a kind read as one of it by its description ("the smoothie with mango") is
             * still the kind the correction picks from */
            bool same =
                o->item == now->item || order_item_set_has(&o->candidates, (size_t)now->item);
            if (o->is_span && !o->reference && same)
                before = o;
        }
        if (before)
            before->reference = true; /* replaced */
        /* "a large fries ... actually make the fries sweet potato": still large */
        if (before && now->mods.n == 0 && now->begin >= 2 &&
            order_tok_is(text, t, now->begin - 1U, st->e, "the") &&
            order_tok_is(text, t, now->begin - 2U, st->e, "make"))
            st->rg->things[s].mods = before->mods;
    }
}

/* Is th a copy made by "the same" (attach_same), its tokens the words that point back? */
static bool attach_is_copy(const struct attach_state *st, const struct order_thing *th)
{
    for (size_t p = th->begin; p < th->end; p++)
        if (order_tok_is(st->text, st->tokens, p, st->e, "same"))
            return true;
    return false;
}

/* Is token p a word that asks for the swap of the dish before ("but with ...", "can it
 * come with ...", "could they come with ...")? */
static bool attach_swap_asked_word(const char *text, const struct order_token *t, size_t p,
                                   size_t e)
{
    static const char *const words[] = {"but", "can", "could", "it", "they", "come", "comes"};
    return order_tok_in(text, t, p, e, words, sizeof(words) / sizeof(*words));
}

/* "chicken tinga burrito, pinto beans instead of black", "nuggets w/ sweet potato fries
 * instead of normal fries": a thing followed by "instead" right after a dish (a comma,
 * "with", "but with", "can it come with" between, not "and" unless after a change of it:
 * "hold the cream, and pinto beans instead") is what the kitchen swaps into that dish, a modifier
 * of it up to the next punctuation, not a dish of its own; a dish named after "instead of" goes
 * with it. */
static void attach_substitutions(struct attach_state *st, size_t first)
{
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    for (size_t s = first; s < st->rg->n_things; s++) {
        struct order_thing *th = &st->rg->things[s];
        if (th->reference || th->qty_explicit || th->past ||
            !order_tok_is(text, t, th->end, st->e, "instead"))
            continue;
        struct order_thing *dish = NULL;
        for (size_t x = first; x < st->rg->n_things; x++) {
            struct order_thing *o = &st->rg->things[x];
            if (x != s && o->is_span && !o->reference && o->end <= th->begin &&
                (!dish || o->end > dish->end))
                dish = o;
        }
        if (!dish || attach_is_copy(st, dish))
            continue;         /* "the same but onion rings instead of the fries": a dish of the copy
                               * is swapped (correct.c), not changed */
        bool joined = true;   /* only modifiers, commas, dashes and "with" between */
        bool changed = false; /* a change of the dish read before: "add guac, and ..." */
        bool for_whom = false; /* "kids burger for my son, can it come with ...": whom for */
        for (size_t p = dish->end; p < th->begin && joined; p++) {
            bool filler = st->rg->roles[p] == ORDER_ROLE_FILLER;
            for_whom = filler && (for_whom || order_tok_is(text, t, p, st->e, "for"));
            if (t[p].kind == ORDER_TOKEN_PUNCT)
                joined = t[p].punct == ',' || t[p].punct == '/' || t[p].punct == '-';
            else
                joined = for_whom || st->rg->roles[p] == ORDER_ROLE_MODIFIER ||
                         order_tok_is(text, t, p, st->e, "with") ||
                         order_tok_is(text, t, p, st->e, "w") ||
                         attach_swap_asked_word(text, t, p, st->e) ||
                         (changed && order_tok_is(text, t, p, st->e, "and"));
            changed = changed || st->rg->roles[p] == ORDER_ROLE_MODIFIER;
        }
        for (size_t x = first; x < st->rg->n_things && joined; x++) {
            const struct order_thing *o = &st->rg->things[x];
            joined = x == s || o->end <= dish->end || o->begin >= th->end || o->reference;
        }
        if (!joined)
            continue;
        size_t end = th->end + 1;
        while (end < st->e && t[end].kind == ORDER_TOKEN_WORD &&
               !order_tok_is(text, t, end, st->e, "and") &&
               !order_tok_is(text, t, end, st->e, "but"))
            end++;
        for (size_t x = first; x < st->rg->n_things; x++) {
            struct order_thing *o = &st->rg->things[x];
            if (o->begin >= th->begin && o->begin < end)
                o->reference = true;
        }
        uint8_t had = dish->mods.n;
        attach_add_modifier(st, dish, th->begin, end);
        if (dish->mods.n == had)
            continue;
        /* the words after "instead" read before as a modifier ("instead of black") are part
         * of this one now */
        const char *whole = dish->mods.text[dish->mods.n - 1U];
        size_t keep = 0;
        for (size_t m = 0; m < dish->mods.n; m++) {
            if (m + 1U < dish->mods.n && strstr(whole, dish->mods.text[m]) &&
                strncmp(dish->mods.text[m], "instead", 7) == 0)
                continue;
            if (keep != m)
                memcpy(dish->mods.text[keep], dish->mods.text[m], sizeof(dish->mods.text[m]));
            keep++;
        }
        dish->mods.n = (uint8_t)keep;
    }
}

/* "1 tofu teriyaki bowl and the same but no broccoli", "Me: crispy chicken burger / Sam: same /
 * Jo: same but no slaw", "the same again for my wife": "same" (not "same as ...", an order
 * outside the message: past.c) orders again the dishes named before it, in its clause or else
 * in the last clause that named any, each with its count. The copies are spans at "same", in
 * text order among the clause's spans, so the words after it (", but no slaw") are the
 * modifiers of the copy: of the first dish when several are copied. Returns how many. */

static size_t attach_insert_copies(struct attach_state *st, size_t c, size_t b, size_t e,
                                   size_t from, size_t n);

static size_t attach_same(struct attach_state *st, size_t c)
{
    struct order_reading *rg = st->rg;
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    size_t i = st->b;
    while (i < st->e && !(attach_free(st, i) && order_tok_is(text, t, i, st->e, "same")))
        i++;
    /* "same table", "same as last time": the same something else */
    static const char *const next_ok[] = {"again", "thing",  "order", "but", "for",
                                          "with",  "please", "pls",   "too", "here",
                                          "and",   "x2",     "except"};
    if (i == st->e ||
        (i + 1 < st->e && t[i + 1].kind == ORDER_TOKEN_WORD &&
         !attach_in(text, t, i + 1, st->e, next_ok, sizeof(next_ok) / sizeof(*next_ok))))
        return 0;
    size_t b = i, e = i + 1;
    static const char *const before[] = {"the", "exact", "then", "and", "also", "just"};
    static const char *const after[] = {"again", "thing", "but", "please", "pls", "too"};
    while (b > st->b && attach_free(st, b - 1) &&
           attach_in(text, t, b - 1, st->e, before, sizeof(before) / sizeof(*before)))
        b--;
    while (e < st->e && attach_free(st, e) &&
           attach_in(text, t, e, st->e, after, sizeof(after) / sizeof(*after)))
        e++;
    /* the dishes to copy: this clause's before "same", else the last clause's that has any */
    size_t from = 0, to = 0;
    bool found = false;
    for (size_t k = rg->n_things; k-- > 0;) {
        const struct order_thing *th = &rg->things[k];
        bool dish = th->is_span && th->item >= 0 && !th->reference && th->end <= b &&
                    !rg->clauses[th->clause].question_start;
        if (found && th->clause != rg->things[from].clause)
            break;
        if (dish) {
            if (!found)
                to = k + 1;
            from = k;
            found = true;
        }
    }
    return attach_insert_copies(st, c, b, e, from, to - from);
}

/* Copies things[from, from + n) as spans of clause c at tokens [b, e), in text order among
 * the clause's spans, the first dish last (it takes the modifiers after them). Returns n, or
 * 0 when they do not fit. */
static size_t attach_insert_copies(struct attach_state *st, size_t c, size_t b, size_t e,
                                   size_t from, size_t n)
{
    struct order_reading *rg = st->rg;
    size_t at = rg->n_things; /* insert before the clause's spans after b */
    for (size_t k = st->first; k < rg->n_things; k++)
        if (rg->things[k].begin > b) {
            at = k;
            break;
        }
    if (n == 0 || rg->n_things + n > ORDER_ITEMS_MAX)
        return 0;
    memmove(&rg->things[at + n], &rg->things[at], (rg->n_things - at) * sizeof(rg->things[0]));
    if (from >= at)
        from += n; /* the originals moved with the rest (never here: they end before "same") */
    for (size_t k = 0; k < n; k++) {
        struct order_thing *copy = &rg->things[at + k];
        *copy = rg->things[from + n - 1 - k]; /* the first dish last: it takes the modifiers */
        copy->clause = (uint8_t)c;
        copy->begin = (uint16_t)b;
        copy->end = (uint16_t)e;
        copy->qty_explicit = true;
    }
    rg->n_things += n;
    rg->clauses[c].n_spans = (uint8_t)(rg->clauses[c].n_spans + n);
    memset(rg->roles + b, ORDER_ROLE_ITEM, e - b);
    return n;
}

/* "the first one again", "the second again": another of the dish named so many dishes into
 * the message. Sets [*b, *e) to the words and returns the dish's rank (1 the first), or 0. */
static size_t attach_ordinal_again(const struct attach_state *st, size_t *b, size_t *e)
{
    static const char *const ordinals[] = {"first", "second", "third", "fourth"};
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    for (size_t i = st->b; i + 2 < st->e; i++) {
        if (!attach_free(st, i) || !order_tok_is(text, t, i, st->e, "the"))
            continue;
        size_t rank = 0;
        for (size_t r = 0; r < sizeof(ordinals) / sizeof(*ordinals); r++)
            if (order_tok_is(text, t, i + 1, st->e, ordinals[r]))
                rank = r + 1;
        size_t k = i + 2;
        if (order_tok_is(text, t, k, st->e, "one"))
            k++;
        if (rank == 0 || !order_tok_is(text, t, k, st->e, "again"))
            continue;
        *b = i;
        *e = k + 1;
        return rank;
    }
    return 0;
}

/* "I want one too but well done", "and another one with no tahini", "one more please":
 * another of the dish named just before, in this clause or an earlier one, counted one and
 * described by the words after it alone. Returns the dishes added (0 or 1). */
static size_t attach_another(struct attach_state *st, size_t c)
{
    struct order_reading *rg = st->rg;
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    static const char *const ends[] = {"but", "with", "please", "pls", "plz", "for", "and", "w"};
    size_t b = st->e, e = st->e;
    for (size_t i = st->b; i < st->e && b == st->e; i++) {
        if (!attach_free(st, i))
            continue;
        bool another = order_tok_is(text, t, i, st->e, "another");
        bool one = order_tok_is(text, t, i, st->e, "one");
        size_t k = i + 1;
        if (another && order_tok_is(text, t, k, st->e, "one"))
            k++;
        if (another && order_tok_is(text, t, k, st->e, "of") &&
            (order_tok_is(text, t, k + 1, st->e, "those") ||
             order_tok_is(text, t, k + 1, st->e, "these") ||
             order_tok_is(text, t, k + 1, st->e, "them")))
            k += 2; /* "another one of those" */
        else if (one && (order_tok_is(text, t, k, st->e, "too") ||
                         order_tok_is(text, t, k, st->e, "more")))
            k++;
        else if (!another)
            continue;
        /* "another lemonade", "one more fries": a count of the dish after it */
        if (k < st->e && t[k].kind == ORDER_TOKEN_WORD &&
            !attach_in(text, t, k, st->e, ends, sizeof(ends) / sizeof(*ends)))
            continue;
        b = i;
        e = k;
    }
    size_t nth = 0;
    if (b == st->e)
        nth = attach_ordinal_again(st, &b, &e);
    if (b == st->e)
        return 0;
    if (attach_free(st, e) && order_tok_is(text, t, e, st->e, "but"))
        e++; /* "one too but no slaw": the change is the copy's modifier */
    size_t from = rg->n_things, seen = 0;
    for (size_t k = 0; k < rg->n_things; k++) {
        const struct order_thing *th = &rg->things[k];
        if (th->is_span && th->item >= 0 && !th->reference && th->end <= b &&
            !rg->clauses[th->clause].question_start &&
            (from == rg->n_things || th->end > rg->things[from].end) && (nth == 0 || ++seen == nth))
            from = k;
    }
    if (from == rg->n_things || attach_insert_copies(st, c, b, e, from, 1) == 0)
        return 0;
    for (size_t k = st->first; k < rg->n_things; k++) {
        struct order_thing *copy = &rg->things[k];
        if (copy->begin == b && copy->end == e && copy->clause == c) {
            copy->qty = 1;
            copy->mods.n = 0;
        }
    }
    return 1;
}

/* "the buffalo cauliflower thing, the wrap": "the" and a kind of dish right after a dish of
 * that kind, across a comma, names that dish again (an apposition), not another one to ask
 * about. The kind's span points back and adds nothing; its modifiers go to the dish. */
static void attach_apposition(struct attach_state *st, size_t first, size_t end)
{
    static const char *const between[] = {"the", "that", "thing", "one", "like"};
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    for (size_t k = first; k < end; k++) {
        struct order_thing *s = &st->rg->things[k];
        if (!s->is_span || s->item >= 0 || s->begin <= st->b ||
            !(order_tok_is(text, t, s->begin - 1U, st->e, "the") ||
              order_tok_is(text, t, s->begin - 1U, st->e, "that")))
            continue;
        struct order_thing *prev = attach_last_item(st, s->begin);
        if (!prev || prev->clause != s->clause ||
            !order_item_set_has(&s->candidates, (size_t)prev->item))
            continue;
        bool comma = false, other = false;
        for (size_t p = prev->end; p < s->begin && !other; p++) {
            comma = comma || (t[p].kind == ORDER_TOKEN_PUNCT && t[p].punct == ',');
            other = !(t[p].kind == ORDER_TOKEN_PUNCT && t[p].punct == ',') &&
                    !order_tok_in(text, t, p, st->e, between, sizeof(between) / sizeof(*between));
        }
        if (!comma || other)
            continue;
        s->reference = true;
        for (size_t m = 0; m < s->mods.n && prev->mods.n < ORDER_ITEM_MODIFIERS_MAX; m++)
            memcpy(prev->mods.text[prev->mods.n++], s->mods.text[m], ORDER_MODIFIER_BYTES_MAX);
        s->mods.n = 0;
    }
}

/* "two cheeseburgers. make one of them the black bean burger": N "of them" (or "make" N)
 * right before another dish, after a dish asked for with a larger count, swaps N of that
 * dish for this one: the count moves, no dish is added on top. */
static void attach_swap_part(struct attach_state *st, size_t first, size_t end)
{
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    for (size_t k = first; k < end; k++) {
        struct order_thing *s = &st->rg->things[k];
        if (!s->is_span || s->item < 0 || s->reference || s->qty_unclear)
            continue;
        size_t p = s->begin;
        if (p > st->b &&
            (order_tok_is(text, t, p - 1, st->e, "the") ||
             order_tok_is(text, t, p - 1, st->e, "a") || order_tok_is(text, t, p - 1, st->e, "an")))
            p--;
        bool of_them = p >= st->b + 3 &&
                       (order_tok_is(text, t, p - 1, st->e, "them") ||
                        order_tok_is(text, t, p - 1, st->e, "those")) &&
                       order_tok_is(text, t, p - 2, st->e, "of");
        size_t n_at = of_them ? p - 3 : p - 1;
        int32_t n;
        if (p <= st->b || n_at < st->b || attach_number(st->rd->u, text, t, n_at, st->e, &n) != 1 ||
            attach_is_article(text, t, n_at, st->e) ||
            !(of_them || (n_at > st->b && order_tok_is(text, t, n_at - 1, st->e, "make"))))
            continue;
        struct order_thing *prev = attach_last_item(st, n_at);
        if (!prev || prev->item == s->item || prev->qty <= n)
            continue;
        prev->qty -= n;
        s->qty = n;
        s->qty_explicit = true;
        memset(st->rg->roles + n_at, ORDER_ROLE_QTY, s->begin - n_at);
        if (n_at > st->b && order_tok_is(text, t, n_at - 1, st->e, "make") &&
            attach_free(st, n_at - 1))
            st->rg->roles[n_at - 1] = ORDER_ROLE_FILLER; /* the swap's verb, no dish */
    }
}

/* "no ranch, sub hummus": a removal and the substitute said right after it are one swap,
 * written "hummus instead of ranch" as the labels write a swap. */
static void attach_merge_substitutes(struct attach_state *st, size_t first)
{
    static const char *const subs[] = {"sub ", "sub in ", "substitute ", "swap in ", "swap for "};
    for (size_t k = first; k < st->rg->n_things; k++) {
        struct order_modifiers *m = &st->rg->things[k].mods;
        for (size_t i = 0; i + 1 < m->n; i++) {
            const char *no = m->text[i], *with = m->text[i + 1];
            if (strncmp(no, "no ", 3) != 0 || strstr(with, " instead") || strstr(with, " for "))
                continue;
            size_t lead = 0;
            for (size_t s = 0; s < sizeof(subs) / sizeof(*subs) && !lead; s++)
                if (strncmp(with, subs[s], strlen(subs[s])) == 0)
                    lead = strlen(subs[s]);
            if (!lead || !with[lead])
                continue;
            char out[ORDER_MODIFIER_BYTES_MAX];
            int n = snprintf(out, sizeof(out), "%s instead of %s", with + lead, no + 3);
            if (n < 0 || (size_t)n >= sizeof(out))
                continue;
            memcpy(m->text[i], out, (size_t)n + 1);
            for (size_t j = i + 1; j + 1 < m->n; j++)
                memcpy(m->text[j], m->text[j + 1], ORDER_MODIFIER_BYTES_MAX);
            m->n--;
        }
    }
}

/* Is token i a person in a list after "each for": "me", "you", "him", "her", or a word no
 * reading of which names the menu exactly ("jake", "tom": names, however near a dish)? */
static bool attach_person_at(const struct attach_state *st, size_t i)
{
    static const char *const pronouns[] = {"me", "myself", "you", "him", "her", "mine"};
    const struct order_token *t = st->tokens;
    if (i >= st->e || t[i].kind != ORDER_TOKEN_WORD || t[i].len < 2 ||
        (st->rg->roles[i] != ORDER_ROLE_NONE && st->rg->roles[i] != ORDER_ROLE_ITEM &&
         st->rg->roles[i] != ORDER_ROLE_FILLER))
        return false;
    if (order_tok_in(st->text, t, i, st->e, pronouns, sizeof(pronouns) / sizeof(*pronouns)))
        return true;
    if (order_patterns_longest(&st->rd->u->fillers, st->text, t, i, i + 1, NULL) > 0)
        return false; /* "please", "thx" */
    for (size_t h = 0; h < st->rg->n_hits[i]; h++)
        if (st->rg->hits[i][h].edits == 0)
            return false;
    int32_t v;
    return attach_number(st->rd->u, st->text, t, i, st->e, &v) == 0;
}

/* "1 cheeseburger each for me, jake and tom": a count "each" for a list of people that ends
 * the clause is that count for every one of them; the names are no dishes. */
static void attach_each_for_people(struct attach_state *st, size_t first, size_t end)
{
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    for (size_t k = first; k < end; k++) {
        struct order_thing *th = &st->rg->things[k];
        size_t p = th->end;
        if (!th->is_span || th->item < 0 || th->reference || th->qty_unclear ||
            !order_tok_is(text, t, p, st->e, "each") || !order_tok_is(text, t, p + 1, st->e, "for"))
            continue;
        size_t people = 0, q = p + 2;
        bool ok = true;
        while (ok && q < st->e) {
            if (order_patterns_longest(&st->rd->u->fillers, text, t, q, q + 1, NULL) > 0) {
                q++; /* "... and tom please" */
                continue;
            }
            ok = attach_person_at(st, q);
            people += ok;
            q++;
            while (ok && q < st->e &&
                   (order_tok_is(text, t, q, st->e, "and") ||
                    order_tok_is(text, t, q, st->e, "n") ||
                    (t[q].kind == ORDER_TOKEN_PUNCT && (t[q].punct == ',' || t[q].punct == '&'))))
                q++;
            while (q < st->e &&
                   (t[q].kind == ORDER_TOKEN_PUNCT && t[q].punct != ',' && t[q].punct != '&'))
                q++;
        }
        if (!ok || people < 2 || th->qty * (int32_t)people > ORDER_QTY_MAX)
            continue;
        for (size_t j = first; j < st->rg->n_things; j++) {
            struct order_thing *o = &st->rg->things[j];
            if (o != th && o->begin >= p && o->end <= st->e)
                o->reference = true; /* a name read as a dish ("jake": cake) */
        }
        memset(st->rg->roles + p, ORDER_ROLE_QTY, st->e - p);
        th->qty *= (int32_t)people;
        th->qty_explicit = true;
    }
}

/* "a mango smoothie n a brownie, brownie warmed up": a dish named again bare (no count nor
 * article) after a comma, with a change, right after it was asked for once in the clause, is
 * that dish again: the change is for it, no second one is asked for. */
static void attach_named_again(struct attach_state *st, size_t first, size_t end)
{
    const struct order_token *t = st->tokens;
    for (size_t k = first + 1; k < end; k++) {
        struct order_thing *s = &st->rg->things[k];
        if (!s->is_span || s->item < 0 || s->reference || s->qty_explicit || s->qty_unclear ||
            s->mods.n == 0 || s->begin == 0 || t[s->begin - 1U].kind != ORDER_TOKEN_PUNCT ||
            t[s->begin - 1U].punct != ',')
            continue;
        struct order_thing *prev = attach_last_item(st, s->begin);
        if (!prev || prev->clause != s->clause || prev->item != s->item || prev->qty != 1 ||
            prev->mods.n > 0)
            continue;
        s->reference = true;
        for (size_t m = 0; m < s->mods.n && prev->mods.n < ORDER_ITEM_MODIFIERS_MAX; m++)
            memcpy(prev->mods.text[prev->mods.n++], s->mods.text[m], ORDER_MODIFIER_BYTES_MAX);
        s->mods.n = 0;
    }
}

/* "2 beef burgers and onion rings. no wait, just the burgers", "make the burgers well done":
 * "the" and a kind of dish in the plural, with no count, names again the one dish of that
 * kind asked for earlier in the message with a count of two or more: it points back and
 * adds nothing; its modifiers go to that dish. */
static void attach_definite_plural(struct attach_state *st, size_t first, size_t end)
{
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    for (size_t k = first; k < end; k++) {
        struct order_thing *s = &st->rg->things[k];
        if (!s->is_span || s->item >= 0 || s->reference || s->qty_explicit || s->qty_unclear ||
            s->begin == 0 || !order_tok_is(text, t, s->begin - 1U, s->end, "the"))
            continue;
        const struct order_token *last = &t[s->end - 1U];
        if (last->kind != ORDER_TOKEN_WORD || last->len < 3 ||
            text[last->off + last->len - 1] != 's' || text[last->off + last->len - 2] == 's')
            continue;
        struct order_thing *prev = NULL;
        size_t fits = 0;
        for (size_t j = 0; j < st->rg->n_things; j++) {
            struct order_thing *th = &st->rg->things[j];
            if (!th->is_span || th->item < 0 || th->reference || th->end > s->begin ||
                !order_item_set_has(&s->candidates, (size_t)th->item))
                continue;
            if (!prev || prev->item != th->item)
                fits++;
            prev = th;
        }
        if (fits != 1 || prev->qty < 2)
            continue;
        s->reference = true;
        for (size_t m = 0; m < s->mods.n && prev->mods.n < ORDER_ITEM_MODIFIERS_MAX; m++)
            memcpy(prev->mods.text[prev->mods.n++], s->mods.text[m], ORDER_MODIFIER_BYTES_MAX);
        s->mods.n = 0;
    }
}

/* A count at i ("one", "two") standing for a dish, not counting the next word: "ill take one
 * either way + iced tea", "i'll have two, and a lemonade". Returns the tokens it covers with
 * the words that only close it ("either way", "anyway"), 0 when it is no such count; *v the
 * count. */
static size_t attach_one_alone(const struct attach_state *st, size_t i, size_t end, int32_t *v)
{
    static const char *const adverbs[] = {"anyway", "anyways", "anyhow", "too", "also", "then"};
    size_t k = attach_number(st->rd->u, st->text, st->tokens, i, end, v);
    if (k == 0 || attach_is_article(st->text, st->tokens, i, end))
        return 0; /* "one", "two", "3"; not "a" */
    size_t p = i + k;
    if (order_tok_is(st->text, st->tokens, p, end, "either") &&
        order_tok_is(st->text, st->tokens, p + 1, end, "way"))
        p += 2;
    else if (attach_in(st->text, st->tokens, p, end, adverbs, sizeof(adverbs) / sizeof(*adverbs)))
        p++;
    if (p < end && !(attach_boundary(st->text, st->tokens, p, end) ||
                     (st->tokens[p].kind == ORDER_TOKEN_PUNCT && st->tokens[p].punct == '&')))
        return 0;
    return p - i;
}

/* "my daughter loved the mac and cheese things so can we get those again, ... and a kids
 * mini burger": "those" (or "them", "these") right after a request opener, in a clause that
 * names other dishes too, asks anew for the dish named last outside a request, told of or
 * asked about ("are the beans vegan? ... ill take them plus a burrito"). A quantity may
 * stand between ("ill take a side of them plus a burrito"): the new dish's count. */
static void attach_pronoun_object(struct attach_state *st, size_t c)
{
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    struct order_reading *rg = st->rg;
    struct order_clause *cl = &rg->clauses[c];
    static const char *const pronouns[] = {"those", "them", "these"};
    for (size_t q = cl->begin + 1U; q < cl->end; q++) {
        if (!attach_free(st, q) || rg->roles[q - 1] != ORDER_ROLE_OPENER)
            continue;
        int32_t qty = 1;
        size_t one = attach_one_alone(st, q, cl->end, &qty);
        size_t k = one > 0 ? 0 : order_read_quantity(st->rd->u, text, t, q, cl->end, &qty);
        size_t i = q + k;
        bool free = true;
        for (size_t f = q; f <= i && f < cl->end; f++)
            free = free && attach_free(st, f);
        if (one == 0 && (!free || !(order_tok_in(text, t, i, cl->end, pronouns,
                                                 sizeof(pronouns) / sizeof(*pronouns)) ||
                                    (k == 0 && attach_that_object(st, i, cl->end)))))
            continue;
        struct order_thing *last = attach_last_item(st, cl->begin);
        /* "one" points at the dish just asked about too: "how spicy is the jackfruit burger?
         * ill take one either way + iced tea" */
        if (!last || rg->clauses[last->clause].request_form || rg->n_things == ORDER_ITEMS_MAX ||
            (one == 0 && attach_bare_list(st, last->clause)))
            return;
        size_t e = one > 0 ? i + one : i + 1;
        if (order_tok_is(text, t, e, cl->end, "again"))
            e++;
        struct order_thing *n = &rg->things[rg->n_things++];
        *n = *last;
        n->clause = (uint8_t)c;
        n->qty = qty;
        n->qty_explicit = one > 0 ? qty > 1 : k > 0 && !attach_is_article(text, t, q, cl->end);
        n->mods.n = 0;
        n->begin = (uint16_t)i;
        n->end = (uint16_t)e;
        memset(rg->roles + q, ORDER_ROLE_QTY, k);
        memset(rg->roles + i, ORDER_ROLE_ITEM, e - i);
        cl->n_spans++;
        /* ", two orders,": its count, in units of serving, before the next separator */
        static const char *const units[] = {"orders", "portions", "servings", "order", "portion"};
        size_t p = e;
        if (p < cl->end && t[p].kind == ORDER_TOKEN_PUNCT && t[p].punct == ',')
            p++;
        int32_t v;
        size_t w = attach_free(st, p) ? attach_number(st->rd->u, text, t, p, cl->end, &v) : 0;
        if (w > 0 && order_tok_in(text, t, p + w, cl->end, units, sizeof(units) / sizeof(*units)) &&
            (p + w + 1 >= cl->end || attach_boundary(text, t, p + w + 1, cl->end))) {
            n->qty = v;
            n->qty_explicit = true;
            memset(rg->roles + p, ORDER_ROLE_QTY, w + 1);
        }
        return;
    }
}

/* "the mango smoothie if you still have it, otherwise the strawberry one": what follows
 * "otherwise" is an alternative to a dish asked for before it, kept in mind, not ordered
 * beside it. */
static void attach_alternatives(struct attach_state *st, size_t first)
{
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    size_t at = st->e;
    for (size_t i = st->b; i < st->e && at == st->e; i++)
        if (attach_free(st, i) && order_tok_is(text, t, i, st->e, "otherwise"))
            at = i;
    if (at == st->e)
        return;
    bool asked = false; /* a dish asked for before the alternative */
    for (size_t x = 0; x < st->rg->n_things && !asked; x++) {
        const struct order_thing *o = &st->rg->things[x];
        asked = o->is_span && o->item >= 0 && !o->reference && o->end <= at;
    }
    if (!asked)
        return;
    for (size_t x = first; x < st->rg->n_things; x++)
        if (st->rg->things[x].begin > at)
            st->rg->things[x].reference = true;
    for (size_t i = at; i < st->e; i++)
        if (attach_free(st, i))
            st->rg->roles[i] = ORDER_ROLE_FILLER;
}

/* "can i bring my own cake": a dish after "my own" / "our own" is the customer's, brought
 * along, not one asked of the kitchen: no thing of the order, its words fillers. */
static void attach_own_things(struct attach_state *st, size_t c, size_t first)
{
    static const char *const owners[] = {"my", "our", "their", "his", "her"};
    struct order_reading *rg = st->rg;
    size_t kept = first;
    for (size_t x = first; x < rg->n_things; x++) {
        const struct order_thing *th = &rg->things[x];
        size_t b = th->begin;
        if (th->clause != c || !th->is_span || b < st->b + 2U ||
            !order_tok_is(st->text, st->tokens, b - 1U, st->e, "own") ||
            !order_tok_in(st->text, st->tokens, b - 2U, st->e, owners,
                          sizeof(owners) / sizeof(*owners))) {
            rg->things[kept++] = rg->things[x];
            continue;
        }
        memset(rg->roles + b, ORDER_ROLE_FILLER, th->end - b);
        rg->clauses[c].n_spans--;
    }
    rg->n_things = kept;
}

/* "the jackfruit burger & the other spicy one": "the other" before a dish already asked for
 * means another of its description, not that one again: asked back among the rest. */
static void attach_the_other(struct attach_state *st, size_t first, size_t end)
{
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    for (size_t s = first; s < end; s++) {
        struct order_thing *th = &st->rg->things[s];
        if (!th->is_span || th->begin < st->b + 2 ||
            !order_tok_is(text, t, th->begin - 1U, st->e, "other") ||
            !order_tok_is(text, t, th->begin - 2U, st->e, "the"))
            continue;
        bool asked = false; /* the dishes of it asked for before are not the other one */
        for (size_t x = 0; x < st->rg->n_things; x++) {
            const struct order_thing *o = &st->rg->things[x];
            if (o != th && o->is_span && !o->reference && o->item >= 0 && o->end <= th->begin &&
                order_item_set_has(&th->candidates, (size_t)o->item)) {
                th->candidates.bits[o->item / 64] &= ~(1ULL << (o->item % 64));
                asked = true;
            }
        }
        if (!asked)
            continue;
        th->item = order_item_set_count(&th->candidates) == 1
                       ? order_item_set_next(&th->candidates, 0)
                       : -1;
        st->rg->roles[th->begin - 1U] = ORDER_ROLE_ITEM;
        th->begin = (uint16_t)(th->begin - 2U);
        th->phrase_len =
            (uint16_t)order_words_join(text, t, th->begin, th->end, th->phrase, sizeof(th->phrase));
    }
}

/* "one water of jamaica", "two plates of the fish": one word the menu lacks right before
 * "of" and a dish is the dish's unit, as "cups of" is, not a dish of its own. */
static void attach_unit_words(struct attach_state *st, size_t c)
{
    for (size_t s = 0; s < st->rg->n_things; s++) {
        struct order_thing *th = &st->rg->things[s];
        if (th->clause != c || th->is_span || th->past || th->reference ||
            th->end != th->begin + 1U || !order_tok_is(st->text, st->tokens, th->end, st->e, "of"))
            continue;
        size_t d = th->end + 1U;
        if (order_tok_is(st->text, st->tokens, d, st->e, "the"))
            d++;
        for (size_t x = 0; x < st->rg->n_things; x++) {
            struct order_thing *dish = &st->rg->things[x];
            if (!dish->is_span || dish->reference || dish->begin != d)
                continue;
            if (th->qty_explicit && !dish->qty_explicit) {
                dish->qty = th->qty;
                dish->qty_explicit = true;
            }
            th->reference = true;
            break;
        }
    }
}

/* "black beans instead of pinto", "pinto instead of black beans": the side of one word left
 * its head noun to the other side; it gets it back where the menu names the two together
 * ("pinto beans"), so the change reads as what the kitchen swaps. */
static void attach_instead_shared_head(const struct order_lexicon *lx, char *mod, size_t cap)
{
    static const char sep[] = " instead of ";
    char *mid = strstr(mod, sep);
    if (!mid)
        return;
    const char *left = mod, *right = mid + sizeof(sep) - 1U;
    size_t left_len = (size_t)(mid - mod), right_len = strlen(right);
    const char *left_sp = memchr(left, ' ', left_len), *right_sp = strchr(right, ' ');
    if ((left_sp == NULL) == (right_sp == NULL))
        return; /* both one word, or both whole */
    const char *whole = left_sp ? left : right, *bare = left_sp ? right : left;
    size_t whole_len = left_sp ? left_len : right_len, bare_len = left_sp ? right_len : left_len;
    const char *head = whole + whole_len;
    while (head > whole && head[-1] != ' ')
        head--;
    size_t head_len = (size_t)(whole + whole_len - head);
    char phrase[ORDER_MODIFIER_BYTES_MAX], out[ORDER_MODIFIER_BYTES_MAX];
    int n = snprintf(phrase, sizeof(phrase), "%.*s %.*s", (int)bare_len, bare, (int)head_len, head);
    if (n <= 0 || (size_t)n >= sizeof(phrase) ||
        (bare_len == head_len && !memcmp(bare, head, head_len)) ||
        !order_lexicon_menu_mentions(lx, phrase, (size_t)n))
        return;
    n = left_sp ? snprintf(out, sizeof(out), "%.*s%s%s", (int)left_len, left, sep, phrase)
                : snprintf(out, sizeof(out), "%s%s%s", phrase, sep, right);
    if (n > 0 && (size_t)n < sizeof(out) && (size_t)n < cap)
        memcpy(mod, out, (size_t)n + 1U);
}

/* "chips and guac, but like a lot of guac": an unclear amount of a part of the dish just
 * asked for, after "but", says how much of that part the dish comes with: a change of it,
 * no second dish whose count must be asked. */
static void attach_more_of_part(struct attach_state *st, size_t first, size_t end)
{
    for (size_t s = first + 1U; s < end; s++) {
        struct order_thing *th = &st->rg->things[s], *d = &st->rg->things[s - 1U];
        if (!th->is_span || !th->qty_unclear || th->item < 0 || th->reference || !d->is_span ||
            d->reference || d->item != th->item || th->clause != d->clause ||
            order_read_span_whole(st->rd, st->rg, th))
            continue;
        bool but = false;
        for (size_t p = d->end; p < th->begin && !but; p++)
            but = order_tok_is(st->text, st->tokens, p, th->begin, "but");
        if (!but)
            continue;
        size_t a = th->begin;
        while (a > d->end && st->rg->roles[a - 1U] == ORDER_ROLE_QTY)
            a--;
        th->reference = true;
        attach_add_modifier(st, d, a, th->end);
    }
}

/* Does the word at token i end the menu name of some candidate of th ("smoothie" of Mango
 * Smoothie, "burgers" of ... Burger): a kind of dish, not a part of one? */
static bool attach_ends_a_name(const struct attach_state *st, const struct order_thing *th,
                               size_t i)
{
    const char *w = st->text + st->tokens[i].off;
    size_t len = st->tokens[i].len;
    if (len > 1 && w[len - 1] == 's')
        len--;
    for (int32_t x = order_item_set_next(&th->candidates, 0); x >= 0;
         x = order_item_set_next(&th->candidates, (size_t)x + 1)) {
        const char *name = st->rd->lex->menu->items[x].name;
        const char *last = strrchr(name, ' ');
        last = last ? last + 1 : name;
        if (strlen(last) == len && strncasecmp(last, w, len) == 0)
            return true;
    }
    return false;
}

/* "the cheeseburger with a gluten free bun, and cheese on the side": one word of several
 * dishes' names that ends none of them ("cheese", not "smoothie"), closed by "on the side"
 * right after a dish, is a part of that dish served apart, not a dish asked for: its
 * change. */
static void attach_part_on_side(struct attach_state *st, size_t first, size_t end)
{
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    for (size_t s = first + 1U; s < end; s++) {
        struct order_thing *th = &st->rg->things[s], *d = &st->rg->things[s - 1U];
        size_t e = th->end;
        if (!th->is_span || th->item >= 0 || th->reference || th->qty_explicit || !d->is_span ||
            d->item < 0 || d->reference || d->clause != th->clause || th->end != th->begin + 1U ||
            attach_ends_a_name(st, th, th->begin) || !order_tok_is(text, t, e, st->e, "on") ||
            !order_tok_is(text, t, e + 1U, st->e, "the") ||
            !order_tok_is(text, t, e + 2U, st->e, "side"))
            continue;
        th->reference = true;
        th->mods.n = 0;
        memset(st->rg->roles + th->begin, ORDER_ROLE_MODIFIER, e + 3U - th->begin);
        attach_add_modifier(st, d, th->begin, e + 3U);
    }
}

/* The count of the dish asked for last before token b, its parts together ("two
 * cheeseburgers, one with no onions": 2), or 0 when none was counted. */
static int32_t attach_count_before(const struct attach_state *st, size_t b)
{
    const struct order_thing *last = NULL;
    for (size_t x = 0; x < st->rg->n_things; x++) {
        const struct order_thing *o = &st->rg->things[x];
        if (o->is_span && o->item >= 0 && !o->reference && o->end <= b &&
            (!last || o->end > last->end))
            last = o;
    }
    if (!last || !last->qty_explicit)
        return 0;
    int32_t sum = 0;
    for (size_t x = 0; x < st->rg->n_things; x++) {
        const struct order_thing *o = &st->rg->things[x];
        if (o->is_span && o->item == last->item && !o->reference && o->end <= b)
            sum += o->qty;
    }
    return sum;
}

/* "two cheeseburgers ... and fries with each": a dish with no count of its own, then "with
 * each" (or "for each") closing it, comes once with every one of the dish counted before it:
 * that count, and "each" no change of it. */
static void attach_with_each(struct attach_state *st, size_t first, size_t end)
{
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    for (size_t s = first; s < end; s++) {
        struct order_thing *th = &st->rg->things[s];
        size_t e = th->end;
        if (!th->is_span || th->item < 0 || th->reference || th->qty_explicit ||
            !(order_tok_is(text, t, e, st->e, "with") || order_tok_is(text, t, e, st->e, "for")) ||
            !order_tok_is(text, t, e + 1U, st->e, "each") ||
            (e + 2U < st->e && t[e + 2U].kind == ORDER_TOKEN_WORD))
            continue;
        int32_t n = attach_count_before(st, th->begin);
        if (n < 2)
            continue;
        th->qty = n;
        th->qty_explicit = true;
        uint8_t kept = 0;
        for (uint8_t m = 0; m < th->mods.n; m++)
            if (strcmp(th->mods.text[m], "each") != 0)
                memmove(th->mods.text[kept++], th->mods.text[m], sizeof(th->mods.text[m]));
        th->mods.n = kept;
    }
}

void order_read_attach(const struct order_reader *rd, const char *text,
                       const struct order_token *tokens, size_t c, struct order_reading *out)
{
    struct order_clause *cl = &out->clauses[c];
    size_t first = out->n_things - cl->n_spans;
    struct attach_state st = {rd, text, tokens, out, cl->begin, cl->end, 0, first};
    /* before "the one my sister had" can read as a count pointing back; the spans stay
     * things[first, first + n_spans), what it adds comes after them */
    bool same = attach_same(&st, c) > 0; /* before "the same again" reads as a past order */
    same = same || attach_another(&st, c) > 0;
    size_t before_past = out->n_things;
    attach_past(&st, c);
    if (!same && cl->n_spans == 0 && out->n_things == before_past)
        attach_back_reference(&st, c);
    else if (!same && out->n_things == before_past)
        attach_pronoun_object(&st, c);
    size_t pos = cl->begin, end = first + cl->n_spans;
    size_t each_at = 0;
    int32_t each = attach_each_phrase(&st, &each_at);
    attach_parts_of_earlier(&st, first, end);
    attach_headings(&st, first, end);
    attach_list_heading(&st, first, end);
    attach_list_tail_kind(&st, first, end);
    order_read_shared_heads(rd, text, tokens, c, out); /* headings first: "for dessert, a ..." */
    attach_the_other(&st, first, end);
    attach_elided_heads(&st, first, end);
    for (size_t s = first; s < end; s++)
        if (out->things[s].is_span)
            attach_described(&st, &out->things[s]);
    for (size_t s = first; s < end; s++) {
        struct order_thing *th = &out->things[s];
        if (!th->is_span)
            continue; /* a dish of the food lexicon made of menu words: read as a leftover */
        attach_before(&st, th, attach_pre_start(&st, th, pos));
        size_t next = s + 1;
        while (next < end && !out->things[next].is_span)
            next++;
        size_t limit = next < end ? out->things[next].begin : cl->end;
        pos = attach_after(&st, th, th->end, limit, next < end);
    }
    if (each > 0)
        attach_each_apply(&st, first, end, each, each_at);
    attach_half_and_half(&st, first, end);
    attach_more_of_part(&st, first, end);
    attach_part_on_side(&st, first, end);
    attach_with_each(&st, first, end);
    attach_correction(&st, first, end);
    attach_references(&st, first);
    attach_another_dish(&st, first, end);
    attach_apposition(&st, first, end);
    attach_definite_plural(&st, first, end);
    attach_named_again(&st, first, end);
    attach_each_for_people(&st, first, end);
    attach_swap_part(&st, first, end);
    attach_group_counts(&st, first, end);
    attach_alternatives(&st, first);
    attach_own_things(&st, c, first);
    attach_leftovers(&st, c);
    attach_substitutions(&st, first);
    attach_merge_substitutes(&st, first);
    attach_unit_words(&st, c);
    for (size_t s = 0; s < out->n_things; s++) { /* a change may reach a dish of a clause before */
        struct order_thing *th = &out->things[s];
        if (!th->is_span)
            continue;
        attach_no_shared(&st, th, 0);
        for (size_t m = 0; m < th->mods.n; m++) {
            order_change_typos(rd, th->mods.text[m], sizeof(th->mods.text[m]));
            order_menu_spelling(rd->lex->menu, th->mods.text[m], sizeof(th->mods.text[m]));
            order_menu_synonyms(rd->u, rd->lex->menu, th->mods.text[m], sizeof(th->mods.text[m]));
            attach_instead_shared_head(rd->lex, th->mods.text[m], sizeof(th->mods.text[m]));
        }
    }
    qsort(out->things + first, out->n_things - first, sizeof(out->things[0]), attach_thing_cmp);
    for (size_t s = first; s < out->n_things; s++)
        cl->has_quantity = cl->has_quantity || out->things[s].qty_explicit;
}
