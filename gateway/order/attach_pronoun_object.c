/* attach_pronoun_object.c — a pronoun standing for a dish named before, right after a
 * request opener (attach_references.c, reading.h pass 4): "can we get those again", "ill
 * have that, with extra pico", "ill get it either way", "ill do that one", "ill take one
 * either way + iced tea"; and the clauses that only list dishes, after which "them" points at
 * them and asks for no more. */
#include <string.h>

#include "gateway/order/attach_internal.h"

/* Where the adverbs that close a clause without naming anything begin ("one order anyway",
 * "two then", "1 more too"): the clause's words from there to end are only those. */
size_t attach_closing_adverbs(const struct attach_state *st, size_t p, size_t end)
{
    static const char *const adverbs[] = {"anyway", "anyways", "anyhow", "too",
                                          "also",   "then",    "though", "still"};
    size_t e = end;
    /* "2 then lol", "two then, thanks": a sound of talk or a filler the frame marked may end
     * the clause behind them too */
    while (e > p && (st->tokens[e - 1U].kind == ORDER_TOKEN_PUNCT ||
                     st->rg->roles[e - 1U] == ORDER_ROLE_GREETING ||
                     st->rg->roles[e - 1U] == ORDER_ROLE_FILLER ||
                     attach_in(st->text, st->tokens, e - 1U, end, adverbs, ORDER_WORDS_N(adverbs))))
        e--;
    return e;
}

/* Is clause c only dishes, their counts and changes, and words of the frame ("2 fish tacos.")?
 * Such a list asks for them: "them" after it points at them, asks for no more. */
bool attach_bare_list(const struct attach_state *st, size_t c)
{
    /* "the fries were missing", "my order was missing the fries": a verb of being or of
     * what came makes the clause a statement about the dishes, however its other words read;
     * they were not asked for there, so "them" after it asks for them */
    static const char *const stating[] = {"was",  "were",    "is",    "are",
                                          "came", "arrived", "wasnt", "werent"};
    const struct order_clause *cl = &st->rg->clauses[c];
    for (size_t i = cl->begin; i < cl->end; i++)
        if (attach_in(st->text, st->tokens, i, cl->end, stating, ORDER_WORDS_N(stating)))
            return false;
    for (size_t i = cl->begin; i < cl->end; i++)
        if (st->tokens[i].kind == ORDER_TOKEN_WORD &&
            (st->rg->roles[i] == ORDER_ROLE_NONE || st->rg->roles[i] == ORDER_ROLE_LEFTOVER) &&
            !attach_boundary(st->text, st->tokens, i, cl->end))
            return false;
    return true;
}

/* "so ill do that", "ill have that, with extra pico": "that" right after a request opener
 * and before the end of a piece or a change points at a dish, as "those" does; not "i want
 * that to go". */
bool attach_that_object(const struct attach_state *st, size_t p, size_t end)
{
    if (!ORDER_CUES_ANY(&st->cues, "that"))
        return false;
    /* "ill have that w extra slaw", "ill have that but no celery", "that no onions": a
     * change right after it is the dish's, as after a comma */
    bool changed = p + 2 < end &&
                   (order_tok_is(st->text, st->tokens, p + 1, end, "with") ||
                    order_tok_is(st->text, st->tokens, p + 1, end, "w") ||
                    order_tok_is(st->text, st->tokens, p + 1, end, "but")) &&
                   st->rg->mod_zone[p + 2];
    changed = changed || (p + 1 < end && st->rg->mod_zone[p + 1]);
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
    return (p + 1 >= end || attach_boundary(st->text, st->tokens, p + 1, end) || changed ||
            order_tok_is(st->text, st->tokens, p + 1, end, "please") ||
            order_tok_is(st->text, st->tokens, p + 1, end, "pls") ||
            order_tok_is(st->text, st->tokens, p + 1, end, "too") ||
            order_tok_is(st->text, st->tokens, p + 1, end, "then") ||
            /* "could i get that again": the dish told of, asked for once more */
            order_tok_is(st->text, st->tokens, p + 1, end, "again") ||
            /* "im getting that either way": whatever the answer */
            order_tok_is(st->text, st->tokens, p + 1, end, "anyway") ||
            order_tok_is(st->text, st->tokens, p + 1, end, "anyways") ||
            order_tok_is(st->text, st->tokens, p + 1, end, "regardless") ||
            (order_tok_is(st->text, st->tokens, p + 1, end, "either") &&
             order_tok_is(st->text, st->tokens, p + 2, end, "way")));
}

/* Does the request opener that ends right before p ask the restaurant ("could you do",
 * "can u make")? Its words hold "you". */
static bool attach_opener_asks_you(const struct attach_state *st, size_t p)
{
    static const char *const yous[] = {"you", "u", "ya", "yall"};
    for (size_t o = p; o > 0 && st->rg->roles[o - 1U] == ORDER_ROLE_OPENER; o--)
        if (order_tok_in(st->text, st->tokens, o - 1U, p, yous, ORDER_WORDS_N(yous)))
            return true;
    return false;
}

/* "is the jackfruit burger spicy? ill get it either way": "it" right after a request opener
 * and before the end of a piece, or words that only say the answer changes nothing ("either
 * way", "anyway"), points at the dish asked or told of as "that" does. */
bool attach_it_object(const struct attach_state *st, size_t p, size_t end)
{
    if (!ORDER_CUES_ANY(&st->cues, "it"))
        return false;
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    if (p == 0 || !order_tok_is(text, t, p, end, "it") || st->rg->roles[p - 1] != ORDER_ROLE_OPENER)
        return false;
    /* words that close the request and change nothing: a laugh, politeness */
    static const char *const closers[] = {"please", "pls", "plz", "lol", "haha", "lmao", "tho"};
    size_t q = p + 1;
    int32_t times;
    q += attach_it_count_at(st, q, end, &times); /* "ill take it times two anyway" */
    if (order_tok_is(text, t, q, end, "either") && order_tok_is(text, t, q + 1, end, "way"))
        q += 2;
    while (q < end && order_tok_in(text, t, q, end, closers, ORDER_WORDS_N(closers)))
        q++;
    /* not "could you do it with less sugar": a change asked of it, whether it can be had;
     * "ill take it with no rice", no "you" in the opener, takes the dish with the change */
    bool change = order_tok_is(text, t, q, end, "with") || order_tok_is(text, t, q, end, "w");
    if (change && q + 1U < end && st->rg->mod_zone[q + 1U] && !attach_opener_asks_you(st, p))
        change = false;
    /* "can i get it added to my order": "added" finishes the verb of getting */
    /* "ill get it without the cotija": a part taken off or added after it, asked of no
     * "you"; "need it vegan" says how the dish asked about must be, no second one */
    static const char *const part_leads[] = {"without", "no", "minus", "extra", "add"};
    bool changed = !change &&
                   order_tok_in(text, t, q, end, part_leads, ORDER_WORDS_N(part_leads)) &&
                   !attach_opener_asks_you(st, p);
    return q >= end || (attach_boundary(text, t, q, end) && !change) || changed ||
           attach_closing_adverbs(st, q, end) == q || order_tok_is(text, t, q, end, "added");
}

/* "ill do that one, with a side of rings": "that one" or "this one" right after a request
 * opener and before the end of a piece points at a dish as "that" does. Returns its words
 * (2), or 0. */
static size_t attach_that_one_object(const struct attach_state *st, size_t p, size_t end)
{
    if (!ORDER_CUES_ANY(&st->cues, "that", "this") || !ORDER_CUES_ANY(&st->cues, "one"))
        return 0;
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    if (p == 0 || st->rg->roles[p - 1] != ORDER_ROLE_OPENER ||
        !(order_tok_is(text, t, p, end, "that") || order_tok_is(text, t, p, end, "this")) ||
        !order_tok_is(text, t, p + 1, end, "one") || !attach_free(st, p + 1))
        return 0;
    return p + 2 >= end || attach_boundary(text, t, p + 2, end) ? 2 : 0;
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
    else if (attach_in(st->text, st->tokens, p, end, adverbs, ORDER_WORDS_N(adverbs)))
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
            (!free || !(order_tok_in(text, t, i, cl->end, pronouns, ORDER_WORDS_N(pronouns)) ||
                        (k == 0 && (attach_that_object(st, i, cl->end) ||
                                    attach_it_object(st, i, cl->end))))))
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
        attach_dish_again(n, last, c, i, e, qty,
                          one > 0 ? qty > 1 : k > 0 && !attach_is_article(text, t, q, cl->end));
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
        if (w > 0 && order_tok_in(text, t, p + w, cl->end, units, ORDER_WORDS_N(units)) &&
            (p + w + 1 >= cl->end || attach_boundary(text, t, p + w + 1, cl->end))) {
            n->qty = v;
            n->qty_explicit = true;
            memset(rg->roles + p, ORDER_ROLE_QTY, w + 1);
        }
        return;
    }
}
