/* attach_kind_described_again.c — a second dish of a kind described by what is in it
 * (attach_kinds.c, reading.h pass 4): "a burrito with chicken, one with steak",
 * "a burger with halloumi and one with jackfruit". After the first description, "and" or a comma,
 * a count and "with" point back at the kind just named ("one", "another" or "another one" is
 * one more of it) and the words after say which: the candidate they pick, as the first was
 * picked; so do any more ("..., one with steak, one with fries"). Without this the second
 * description was read as a change of the first dish and the second dish was lost. After a dish
 * named whole with its kind's word ("a burrito with chicken tinga", "a carne asada burrito"), "one
 * with" and the words of another dish's name of that kind are that dish (attach_named_kind_again);
 * what a change leads ("one with extra salsa") stays a change. */
#include <string.h>

#include "gateway/order/attach_internal.h"

/* The lead "with" or "w/" at a: its length in tokens, or 0. */
static size_t attach_again_lead(const struct attach_state *st, size_t a)
{
    const struct order_token *t = st->tokens;
    if (order_tok_is(st->text, t, a, st->e, "with"))
        return 1;
    return order_tok_is(st->text, t, a, st->e, "w") && a + 1 < st->e &&
                   t[a + 1].kind == ORDER_TOKEN_PUNCT && t[a + 1].punct == '/' &&
                   order_tok_w_slash_o(st->text, t, a, st->e) == 0
               ? 2
               : 0; /* "w/", not "w/o": "1 w/o cheese" is a part without, no dish with it */
}

/* The one dish of kind s whose name the description [a, e) spells ("one with carne asada":
 * the Carne Asada Burrito, though another burrito holds carne asada inside), or -1. */
static int32_t attach_again_named(const struct attach_state *st, const struct order_thing *s,
                                  size_t a, size_t e)
{
    int32_t one = -1;
    for (int32_t i = order_item_set_next(&s->candidates, 0); i >= 0;
         i = order_item_set_next(&s->candidates, (size_t)i + 1))
        if (attach_word_names_item(st, i, a + 1U, e)) {
            if (one >= 0)
                return -1;
            one = i;
        }
    return one;
}

/* One more dish of kind s described after token b, a dish of clause c: where its description
 * ends, or 0. */
static size_t attach_again_one(struct attach_state *st, const struct order_thing *s, size_t c,
                               bool name, bool named_only, size_t b)
{
    if (!ORDER_CUES_ANY(&st->cues, "with", "w"))
        return 0;
    const struct order_token *t = st->tokens;
    struct order_reading *rg = st->rg;
    struct order_clause *cl = &rg->clauses[c];
    size_t p = b;
    if (p < st->e && t[p].kind == ORDER_TOKEN_PUNCT && t[p].punct == ',')
        p++;
    if (order_tok_is(st->text, t, p, st->e, "and"))
        p++;
    if (order_tok_is(st->text, t, p, st->e, "also"))
        p++; /* "And also one with the quinoa" */
    int32_t qty;
    size_t k = p > b ? attach_number(st->rd->u, st->text, t, p, st->e, &qty) : 0;
    if (k == 0 && p > b && order_tok_is(st->text, t, p, st->e, "another")) {
        /* "a carnitas taco and another (one) with al pastor": one more, as "one" is */
        qty = 1;
        k = order_tok_is(st->text, t, p + 1U, st->e, "one") ? 2U : 1U;
    }
    /* "one" and its "with" only: "and two tacos with ..." names its own kind */
    if (k == 0 || qty < 1 || attach_is_article(st->text, t, p, st->e) ||
        attach_again_lead(st, p + k) == 0)
        return 0;
    size_t a = p + k, words, best_n;
    size_t e = attach_described_end(st, a, &words);
    if (words == 0 || rg->n_things != st->first + cl->n_spans)
        return 0; /* the new dish must follow the clause's spans */
    /* after a dish named whole, only another's name picks: "one with extra salsa" is a
     * change of one of them */
    if (named_only && attach_modifier_lead_at(st, a + 1U, e))
        return 0;
    int32_t best =
        named_only ? -1 : attach_described_pick(st, &s->candidates, name, a, e, words, &best_n);
    if (best < 0)
        best = attach_again_named(st, s, a, e);
    if (best < 0 || (named_only && best == s->item))
        return 0;
    struct order_thing *th = order_reading_add_thing(rg, c, a, e);
    if (!th)
        return 0;
    th->is_span = true;
    th->item = best;
    th->candidates = s->candidates;
    th->score = s->score;
    th->qty = qty;
    th->qty_explicit = true;
    th->phrase_len = (uint16_t)order_words_join(st->text, t, a, e, th->phrase, sizeof(th->phrase));
    cl->n_spans++;
    for (size_t x = 0; x + 1 < rg->n_things; x++) {
        struct order_thing *o = &rg->things[x];
        if (o->is_span && o->begin >= p && o->end <= e)
            o->reference = true; /* "black beans" of the description, "one" read with it */
    }
    memset(rg->roles + p, ORDER_ROLE_QTY, k);
    memset(rg->roles + a, ORDER_ROLE_ITEM, e - a);
    return e;
}

void attach_kind_described_again(struct attach_state *st, const struct order_thing *s, bool name,
                                 size_t b)
{
    if (!ORDER_CUES_ANY(&st->cues, "with", "w"))
        return;
    /* "a burrito with steak, one with chicken, one with fries": each "one with" is one more,
     * read as the first was (s is copied: the things may move as dishes are added) */
    struct order_thing kind = *s;
    size_t e = attach_again_one(st, &kind, s->clause, name, false, b);
    while (e > 0)
        e = attach_again_one(st, &kind, s->clause, name, false, e);
}

/* Kind of dish s named whole by a span holding its kind's word, into kind: the head word the
 * span read ("burrito"), its candidates every dish of that kind. False when none. */
static bool attach_kind_named(const struct attach_state *st, const struct order_thing *s,
                              struct order_thing *kind)
{
    if (s->item < 0)
        return false;
    int32_t h = -1; /* the last head word: "burger" of "crispy chicken burger", not "chicken" */
    for (size_t t = s->end; h < 0 && t > s->begin; t--)
        h = attach_head_word(st, t - 1U, t, s->item);
    if (h < 0)
        return false;
    *kind = *s;
    kind->candidates = st->rd->lex->words[h].items;
    return true;
}

void attach_named_kind_again(struct attach_state *st, const struct order_thing *s)
{
    /* "a burrito with chicken tinga, one with carne asada" */
    struct order_thing kind;
    if (!ORDER_CUES_ANY(&st->cues, "with", "w") || !attach_kind_named(st, s, &kind))
        return;
    size_t e = attach_again_one(st, &kind, s->clause, true, true, s->end);
    while (e > 0)
        e = attach_again_one(st, &kind, s->clause, true, true, e);
}

bool attach_named_kind_again_after(struct attach_state *st, size_t c)
{
    if (!ORDER_CUES_ANY(&st->cues, "with", "w") || st->rg->clauses[c].n_spans > 0)
        return false;
    const struct order_thing *last = NULL; /* the last dish asked for before the clause */
    for (size_t x = 0; x < st->rg->n_things; x++) {
        const struct order_thing *th = &st->rg->things[x];
        if (th->clause < c && th->is_span && th->item >= 0 && !th->reference &&
            (!last || th->end > last->end))
            last = th;
    }
    struct order_thing kind;
    if (!last || !attach_kind_named(st, last, &kind))
        return false;
    size_t e = attach_again_one(st, &kind, c, true, true, st->b);
    return e > 0;
}
