/* attach_references.c — words that point back at a dish already named (attach.c, reading.h
 * pass 4): a span after "to the" / "on the" ("add cream to the cake"), a clause that only
 * counts or changes the dish before ("make it 3", "the other with extra mayo", "one of those
 * please"; "All x2." and "one of each" are attach_all_count.c's), a count of a kind of earlier
 * dishes ("two of the burgers with no pickles": attach_counts_back.c, with a count set off
 * before a clause's first dish), and a pronoun or "one" standing for a dish ("can we get
 * those again"). */
#include <string.h>

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

void attach_references(struct attach_state *st, size_t first)
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
        /* "... oh and another one for my brother": "another one" asks for one more of the
         * dish before it (attach_another), it picks none of those asked for */
        pick = pick && !order_tok_is(st->text, st->tokens, th->begin, st->e, "another");
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

/* Is thing th said not to be meant: "not" right before it, or "not the" ("the birria ones not
 * pastor")? A count after it points past it, at the dish meant. */
static bool attach_said_not(const struct attach_state *st, const struct order_thing *th)
{
    size_t b = th->begin;
    if (b >= 2U && order_tok_is(st->text, st->tokens, b - 1U, b, "the"))
        b--;
    return b >= 2U && order_tok_is(st->text, st->tokens, b - 1U, b, "not") &&
           st->rg->n_hits[b - 2U] + (size_t)(st->rg->roles[b - 2U] == ORDER_ROLE_ITEM) > 0;
}

/* The span nearest before token i that names one item, in any clause, and is not said not to
 * be meant; NULL when none. */
struct order_thing *attach_last_item(struct attach_state *st, size_t i)
{
    struct order_thing *best = NULL;
    for (size_t t = 0; t < st->rg->n_things; t++) {
        struct order_thing *th = &st->rg->things[t];
        if (th->is_span && th->item >= 0 && !th->reference && th->end <= i &&
            (!best || th->end > best->end) && !attach_said_not(st, th))
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
    /* "2 then lol", "two then, thanks": a sound of talk or a filler the frame marked may end
     * the clause behind them too */
    while (e > p && (st->tokens[e - 1U].kind == ORDER_TOKEN_PUNCT ||
                     st->rg->roles[e - 1U] == ORDER_ROLE_GREETING ||
                     st->rg->roles[e - 1U] == ORDER_ROLE_FILLER ||
                     attach_in(st->text, st->tokens, e - 1U, end, adverbs,
                               sizeof(adverbs) / sizeof(*adverbs))))
        e--;
    return e;
}

/* Is clause c only dishes, their counts and changes, and words of the frame ("2 fish tacos.")?
 * Such a list asks for them: "them" after it points at them, asks for no more. */
static bool attach_bare_list(const struct attach_state *st, size_t c)
{
    /* "the fries were missing", "my order was missing the fries": a verb of being or of
     * what came makes the clause a statement about the dishes, however its other words read;
     * they were not asked for there, so "them" after it asks for them */
    static const char *const stating[] = {"was",  "were",    "is",    "are",
                                          "came", "arrived", "wasnt", "werent"};
    const struct order_clause *cl = &st->rg->clauses[c];
    for (size_t i = cl->begin; i < cl->end; i++)
        if (attach_in(st->text, st->tokens, i, cl->end, stating,
                      sizeof(stating) / sizeof(*stating)))
            return false;
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
    if (p == 0 || !order_tok_is(st->text, st->tokens, p, end, "that") ||
        st->rg->roles[p - 1] != ORDER_ROLE_OPENER)
        return false;
    /* "the burger without the sauce? can you do that": asking the restaurant whether it can
     * "do that" checks what was just asked for; it asks for no dish again */
    if (order_tok_is(st->text, st->tokens, p - 1, end, "do"))
        for (size_t o = p - 1; o > 0 && st->rg->roles[o - 1] == ORDER_ROLE_OPENER; o--)
            if (order_tok_is(st->text, st->tokens, o - 1, end, "you") ||
                order_tok_is(st->text, st->tokens, o - 1, end, "u"))
                return false;
    /* "ill have that w extra slaw": a change right after it is the dish's, as after a comma */
    bool changed = (order_tok_is(st->text, st->tokens, p + 1, end, "with") ||
                    order_tok_is(st->text, st->tokens, p + 1, end, "w")) &&
                   p + 2 < end && st->rg->mod_zone[p + 2];
    return (p + 1 >= end || attach_boundary(st->text, st->tokens, p + 1, end) || changed ||
            order_tok_is(st->text, st->tokens, p + 1, end, "please") ||
            order_tok_is(st->text, st->tokens, p + 1, end, "pls") ||
            order_tok_is(st->text, st->tokens, p + 1, end, "too") ||
            order_tok_is(st->text, st->tokens, p + 1, end, "then") ||
            /* "could i get that again": the dish told of, asked for once more */
            order_tok_is(st->text, st->tokens, p + 1, end, "again"));
}

/* "is the jackfruit burger spicy? ill get it either way": "it" right after a request opener
 * and before the end of a piece, or words that only say the answer changes nothing ("either
 * way", "anyway"), points at the dish asked or told of as "that" does. */
static bool attach_it_object(const struct attach_state *st, size_t p, size_t end)
{
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    if (p == 0 || !order_tok_is(text, t, p, end, "it") || st->rg->roles[p - 1] != ORDER_ROLE_OPENER)
        return false;
    /* words that close the request and change nothing: a laugh, politeness */
    static const char *const closers[] = {"please", "pls", "plz", "lol", "haha", "lmao", "tho"};
    size_t q = p + 1;
    if (order_tok_is(text, t, q, end, "either") && order_tok_is(text, t, q + 1, end, "way"))
        q += 2;
    while (q < end && order_tok_in(text, t, q, end, closers, sizeof(closers) / sizeof(*closers)))
        q++;
    /* not "could you do it with less sugar": a change asked of it, whether it can be had */
    bool change = order_tok_is(text, t, q, end, "with") || order_tok_is(text, t, q, end, "w");
    /* "can i get it added to my order": "added" finishes the verb of getting */
    return q >= end || (attach_boundary(text, t, q, end) && !change) ||
           attach_closing_adverbs(st, q, end) == q || order_tok_is(text, t, q, end, "added");
}

/* "ill do that one, with a side of rings": "that one" or "this one" right after a request
 * opener and before the end of a piece points at a dish as "that" does. Returns its words
 * (2), or 0. */
static size_t attach_that_one_object(const struct attach_state *st, size_t p, size_t end)
{
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    if (p == 0 || st->rg->roles[p - 1] != ORDER_ROLE_OPENER ||
        !(order_tok_is(text, t, p, end, "that") || order_tok_is(text, t, p, end, "this")) ||
        !order_tok_is(text, t, p + 1, end, "one") || !attach_free(st, p + 1))
        return 0;
    return p + 2 >= end || attach_boundary(text, t, p + 2, end) ? 2 : 0;
}

/* Does the question at token at ask whether a dish can be had: "is it possible to get",
 * "is it possible to have", "is there any way to get"? */
static bool attach_asks_possible(const struct attach_state *st, size_t at, size_t end)
{
    enum { ASKING_WORDS_MAX = 5 };
    static const char *const asking[][ASKING_WORDS_MAX] = {{"is", "it", "possible", "to"},
                                                           {"is", "there", "any", "way", "to"},
                                                           {"is", "there", "a", "way", "to"}};
    static const char *const getting[] = {"get", "have", "order"};
    for (size_t a = 0; a < sizeof(asking) / sizeof(*asking); a++) {
        size_t k = 0;
        while (k < ASKING_WORDS_MAX && asking[a][k] &&
               order_tok_is(st->text, st->tokens, at + k, end, asking[a][k]))
            k++;
        if ((k == ASKING_WORDS_MAX || !asking[a][k]) &&
            order_tok_in(st->text, st->tokens, at + k, end, getting,
                         sizeof(getting) / sizeof(*getting)))
            return true;
    }
    return false;
}

/* Does the dish asked for anew keep the changes it was asked about with? "is it possible to
 * get the burger with no slaw? x2": the dish asked for is the one asked about, changed. */
static bool attach_anew_as_asked(const struct attach_state *st, const struct order_thing *last)
{
    const struct order_clause *q = &st->rg->clauses[last->clause];
    size_t at = q->begin;
    while (at < q->end && st->rg->roles[at] == ORDER_ROLE_GREETING)
        at++;
    return q->question_start && last->mods.n > 0 && attach_asks_possible(st, at, q->end);
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

bool attach_told_of_past(const struct attach_state *st, const struct order_thing *th)
{
    /* not "got": "got a craving for that burger" wants it now */
    static const char *const told[] = {"had", "ordered", "tried", "ate", "bought"};
    for (size_t p = st->rg->clauses[th->clause].begin; p < th->begin; p++)
        if (attach_in(st->text, st->tokens, p, th->begin, told, sizeof(told) / sizeof(*told)))
            return true;
    return false;
}

/* "fries fries. three of em": the uncounted dishes of last's item named before it in its
 * clause, each one of the count that points back at them all (v); 0 when they are v or more
 * (the count is last's own then). */
static int32_t attach_named_again_before(const struct attach_state *st,
                                         const struct order_thing *last, int32_t v)
{
    int32_t n = 0;
    for (size_t t = 0; t < st->rg->n_things; t++) {
        const struct order_thing *x = &st->rg->things[t];
        if (x != last && x->is_span && x->item == last->item && x->clause == last->clause &&
            x->end <= last->begin && !x->qty_explicit && !x->reference && x->mods.n == 0)
            n += x->qty;
    }
    return n < v ? n : 0;
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
                attach_topic_of_question(st, last, c) ||
                (k > 0 && last->clause != c && attach_told_of_past(st, last));
    if (!anew) {
        last->qty = v - attach_named_again_before(st, last, v);
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
    if (!attach_anew_as_asked(st, last))
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

/* "3 of em", "2 of those please" in a message where no word reads as a menu word or a food
 * and nothing was named: the count points at dishes outside the message (an earlier order, a
 * photo). Asked back as a reference to an earlier order is (past.c), never dropped. Returns whether
 * [i, j) of clause c was made such a thing. */
static bool attach_points_outside(struct attach_state *st, size_t c, size_t i, size_t j)
{
    struct order_reading *rg = st->rg;
    size_t end = rg->n_clauses > 0 ? rg->clauses[rg->n_clauses - 1U].end : 0;
    for (size_t p = 0; p < end; p++) {
        const struct order_token *w = &st->tokens[p];
        if (rg->n_hits[p] > 0 || (w->kind == ORDER_TOKEN_WORD &&
                                  order_food_word(st->rd->food, st->text + w->off, w->len)))
            return false; /* "orange juices, two of them": a dish the menu lacks is named */
    }
    for (size_t s = 0; s < rg->n_things; s++)
        if (!rg->things[s].past)
            return false;
    return attach_add_past(st, c, i, j) != NULL;
}

/* "2 fish tacos ... my 6 yr old is eating one": a count after someone else and a verb of
 * eating ("is eating", "will have", "shes having"), with a dish counted more than that before,
 * tells who eats one of the dishes counted: no dish more. "too", "also", "another" or "more"
 * would ask for one more; the speaker's own "im having one" asks. */
static bool attach_eaten_of_counted(const struct attach_state *st, size_t begin, size_t i,
                                    size_t end, const struct order_thing *last, int32_t v)
{
    static const char *const verbs[] = {"eating", "having", "eat", "have", "sharing", "share"};
    static const char *const auxes[] = {"is",  "are",    "will", "gonna", "shes",
                                        "hes", "theyre", "hell", "shell"};
    static const char *const more[] = {"too", "also", "another", "more", "extra", "well"};
    if (!last || !last->qty_explicit || last->qty <= v || i < begin + 3U ||
        !attach_in(st->text, st->tokens, i - 1U, end, verbs, sizeof(verbs) / sizeof(*verbs)) ||
        !attach_in(st->text, st->tokens, i - 2U, end, auxes, sizeof(auxes) / sizeof(*auxes)) ||
        st->rg->roles[i - 1U] == ORDER_ROLE_OPENER)
        return false;
    for (size_t p = begin; p < end; p++)
        if (attach_in(st->text, st->tokens, p, end, more, sizeof(more) / sizeof(*more)))
            return false;
    return true;
}

/* "can i get them added to tonight's order": "added", and where to, after the pronoun
 * finish the verb of getting ("get X added"); they change nothing of the dish. Marks them
 * as frame words from q on. */
static void attach_added_after(struct attach_state *st, size_t q, size_t end)
{
    enum { WHERE_WORDS_MAX = 3 };
    static const char *const into[] = {"to", "onto", "into", "on", "in"};
    static const char *const wheres[] = {"order", "orders", "bag", "it"};
    if (!attach_free(st, q) || !order_tok_is(st->text, st->tokens, q, end, "added"))
        return;
    size_t e = q + 1;
    if (attach_in(st->text, st->tokens, e, end, into, sizeof(into) / sizeof(*into)))
        for (size_t w = e + 1; w < end && w <= e + WHERE_WORDS_MAX && attach_free(st, w) &&
                               st->tokens[w].kind == ORDER_TOKEN_WORD;
             w++)
            if (attach_in(st->text, st->tokens, w, end, wheres, sizeof(wheres) / sizeof(*wheres))) {
                e = w + 1;
                break;
            }
    memset(st->rg->roles + q, ORDER_ROLE_FILLER, e - q);
}

/* "sorry i meant the birria ones not pastor. still 3": "still" opening a clause before a
 * count says the count of the dish before stands; it is no word of its own. */
static void attach_count_kept(struct attach_state *st, const struct order_clause *cl)
{
    int32_t v;
    if (cl->begin + 1U < cl->end && attach_free(st, cl->begin) &&
        order_tok_is(st->text, st->tokens, cl->begin, cl->end, "still") &&
        attach_count_at(st, cl->begin + 1U, cl->end, &v) > 0)
        st->rg->roles[cl->begin] = ORDER_ROLE_FILLER;
}

void attach_back_reference(struct attach_state *st, size_t c)
{
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    struct order_clause *cl = &st->rg->clauses[c];
    attach_count_kept(st, cl);
    if (attach_enumeration(st, c))
        return; /* "2." of a numbered list counts nothing */
    if (attach_all_count(st, c) || attach_each_asked(st, c))
        return;
    if (attach_put_on_asked(st, c))
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
        if (k > 0 && attach_eaten_of_counted(st, cl->begin, i, cl->end, last, v))
            return;
        size_t p = i + k;
        static const char *const units[] = {"portions", "portion", "servings", "serving",
                                            "orders",   "order",   "pieces",   "more"};
        if (k > 0 && attach_in(text, t, p, cl->end, units, sizeof(units) / sizeof(*units)))
            p++; /* "if yes 2 portions pls" */
        if (k > 0 && order_tok_is(text, t, p, cl->end, "of"))
            p++;
        bool pronoun = attach_them_at(text, t, p, cl->end) ||
                       order_tok_is(text, t, p, cl->end, "these") ||
                       (k == 0 && attach_that_object(st, p, cl->end)) ||
                       (k == 0 && last && !st->rg->clauses[last->clause].request_form &&
                        attach_it_object(st, p, cl->end));
        if (!pronoun && k > 0 && p == i + k &&
            ((order_tok_is(text, t, i, cl->end, "one") && !attach_noun_next(st, p)) ||
             attach_modifier_lead_at(st, p, cl->end))) {
            pronoun = true; /* "one if so", not "one orange juice"; "1 w/o pickles" */
            p--;            /* the count is the whole reference: what follows is its own */
        }
        if (k > 0 && !pronoun && last)
            attach_put_count_in(st, cl->begin, i, p, cl->end);
        size_t sized = k > 0 && !pronoun ? attach_sized_ones_at(st, p, cl->end) : 0;
        if (sized > 0) {
            pronoun = true; /* "two large ones" */
            p += sized - 1U;
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
        if (!last && k > 0 && p > i + k && attach_them_at(text, t, p, cl->end) &&
            attach_points_outside(st, c, i, p + 1))
            return; /* "2 of those please" with no dish here: asked which */
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
    size_t q = p; /* "ill take one vegan + ...": the change of the dish "one" stands for */
    while (q < end && st->rg->mod_zone[q])
        q++;
    if (q < end && !(attach_boundary(st->text, st->tokens, q, end) ||
                     (st->tokens[q].kind == ORDER_TOKEN_PUNCT && st->tokens[q].punct == '&')))
        return 0;
    return p - i;
}

/* "my daughter loved the mac and cheese things so can we get those again, ... and a kids
 * mini burger": "those" (or "them", "these") right after a request opener, in a clause that
 * names other dishes too, asks anew for the dish named last outside a request, told of or
 * asked about ("are the beans vegan? ... ill take them plus a burrito"). A quantity may
 * stand between ("ill take a side of them plus a burrito"): the new dish's count. */
void attach_pronoun_object(struct attach_state *st, size_t c)
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
        size_t that_one = k == 0 && one == 0 ? attach_that_one_object(st, i, cl->end) : 0;
        if (one == 0 && that_one == 0 &&
            (!free ||
             !(order_tok_in(text, t, i, cl->end, pronouns, sizeof(pronouns) / sizeof(*pronouns)) ||
               (k == 0 &&
                (attach_that_object(st, i, cl->end) || attach_it_object(st, i, cl->end))))))
            continue;
        struct order_thing *last = attach_last_item(st, cl->begin);
        /* "one" points at the dish just asked about too: "how spicy is the jackfruit burger?
         * ill take one either way + iced tea" */
        if (!last || rg->clauses[last->clause].request_form || rg->n_things == ORDER_ITEMS_MAX)
            return;
        if (one == 0 && attach_bare_list(st, last->clause)) {
            /* the dish listed is the one taken: a change after the pronoun is its own */
            if (k == 0 && that_one == 0)
                attach_change_of_pointed(st, last, i + 1U, cl->end);
            return;
        }
        size_t e = one > 0 ? i + one : i + (that_one > 0 ? that_one : 1);
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
        attach_added_after(st, e, cl->end);
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
