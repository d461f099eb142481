/* attach_everyone_gets.c — "everyone gets the X" with the party's size said in the message
 * (attach.c, reading.h pass 4): "we're 14, everyone gets the veggie burger" asks for one for
 * every one of the party, as "a veggie burger each" does. Without a size said, the dish
 * keeps its count. */
#include <stdio.h>
#include <string.h>

#include "gateway/order/attach_internal.h"
#include "gateway/order/dictionary.h"

/* Do the words right before b say that everyone of the party has the dish: "everyone gets",
 * "everybody wants", "we all have", "each of us wants", "each wants 2", "cada uno wants", with
 * at most an article or the dish's count between them and the dish? The words that say so are
 * [*from, *to). */
static bool attach_everyone_before(const struct attach_state *st, size_t b, size_t *from,
                                   size_t *to)
{
    static const char *const verbs[] = {"gets", "get", "has", "have", "wants", "want", "takes"};
    static const char *const everyone[] = {"everyone", "everybody", "each"};
    static const char *const group[] = {"we", "they"};
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    size_t p = b;
    while (p > st->b && st->rg->roles[p - 1U] == ORDER_ROLE_QTY)
        p--; /* "each wants 2 carnitas tacos": the count each has */
    if (p > st->b &&
        (attach_is_article(text, t, p - 1U, st->e) || order_tok_is(text, t, p - 1U, st->e, "the")))
        p--;
    if (p < st->b + 2U || !order_tok_in(text, t, p - 1U, st->e, verbs, ORDER_WORDS_N(verbs)))
        return false;
    *to = p;
    if (order_tok_in(text, t, p - 2U, st->e, everyone, ORDER_WORDS_N(everyone)))
        return (*from = p - 2U), true;
    /* "everyone (there's 9 of us incl. me) gets": an aside in brackets between them */
    if (t[p - 2U].kind == ORDER_TOKEN_PUNCT && t[p - 2U].punct == ')') {
        size_t q = p - 2U;
        while (q > st->b && !(t[q].kind == ORDER_TOKEN_PUNCT && t[q].punct == '('))
            q--;
        if (q > st->b && t[q].punct == '(' &&
            order_tok_in(text, t, q - 1U, st->e, everyone, ORDER_WORDS_N(everyone)))
            return (*from = q - 1U), true;
    }
    /* "each one gets", "every one gets", "each person want" */
    if (p >= st->b + 3U &&
        (order_tok_is(text, t, p - 2U, st->e, "one") ||
         order_tok_is(text, t, p - 2U, st->e, "person")) &&
        (order_tok_is(text, t, p - 3U, st->e, "each") ||
         order_tok_is(text, t, p - 3U, st->e, "every")))
        return (*from = p - 3U), true;
    /* "9 adults, 6 kids. each adult gets ...": "each" and a word no dish is read from, the
     * kind of person counted elsewhere (attach_kind_counted) */
    if (p >= st->b + 3U && order_tok_is(text, t, p - 3U, st->e, "each") &&
        t[p - 2U].kind == ORDER_TOKEN_WORD && st->rg->roles[p - 2U] == ORDER_ROLE_NONE)
        return (*from = p - 3U), true;
    /* "cada uno wants": Spanish "each one" in a mixed sentence */
    if (p >= st->b + 3U && order_tok_is(text, t, p - 3U, st->e, "cada") &&
        order_tok_is(text, t, p - 2U, st->e, "uno"))
        return (*from = p - 3U), true;
    /* "each of us wants", "every one of us gets", "all of us have" */
    static const char *const every[] = {"each", "one", "all"};
    if (p >= st->b + 4U && order_tok_is(text, t, p - 2U, st->e, "us") &&
        order_tok_is(text, t, p - 3U, st->e, "of") &&
        order_tok_in(text, t, p - 4U, st->e, every, ORDER_WORDS_N(every)))
        return (*from = p - 4U), true;
    *from = p - 3U;
    return p >= st->b + 3U && order_tok_is(text, t, p - 2U, st->e, "all") &&
           order_tok_in(text, t, p - 3U, st->e, group, ORDER_WORDS_N(group));
}

/* Are the words between things a and b of one clause only joining words, stops and b's
 * count ("2 carnitas tacos y un jarritos")? b is then had as a is. */
static bool attach_joined_to(const struct attach_state *st, const struct order_thing *a,
                             const struct order_thing *b)
{
    static const char *const joins[] = {"and", "y", "n", "plus", "&", "+"};
    if (!b->is_span || b->item < 0 || b->reference || b->clause != a->clause || b->begin < a->end)
        return false;
    for (size_t p = a->end; p < b->begin; p++)
        if (st->rg->roles[p] != ORDER_ROLE_QTY && st->tokens[p].kind != ORDER_TOKEN_PUNCT &&
            !attach_in(st->text, st->tokens, p, b->begin, joins, ORDER_WORDS_N(joins)))
            return false;
    return true;
}

/* "everyone gets a pollo asado bowl except the 3 vegetarians who get ...", "a horchata
 * except Kim": after the dish had by all, the ones left out, counted or one named. Returns how
 * many (0: none said), the words that leave them out made fillers. */
static int32_t attach_except_after(struct attach_state *st, struct order_thing *d)
{
    size_t p = d->end;
    if (!ORDER_CUES_ANY(&st->rg->cues, "except") ||
        !order_tok_is(st->text, st->tokens, p, st->e, "except"))
        return 0;
    size_t q = p + 1U;
    if (order_tok_is(st->text, st->tokens, q, st->e, "for") ||
        order_tok_is(st->text, st->tokens, q, st->e, "the"))
        q++;
    int32_t v = 0;
    if (attach_number(st->rd->u, st->text, st->tokens, q, st->e, &v) != 1 || v < 1) {
        /* a name: one person, a word neither the menu nor English reads */
        if (q >= st->e || st->tokens[q].kind != ORDER_TOKEN_WORD || st->rg->n_hits[q] > 0 ||
            (st->rg->roles[q] != ORDER_ROLE_NONE && st->rg->roles[q] != ORDER_ROLE_MODIFIER) ||
            order_dictionary_has(st->rd->dict, st->text + st->tokens[q].off, st->tokens[q].len))
            return 0;
        /* read as a change before ("except Kim" as "no kim ..."): it is none */
        char no_name[ORDER_MODIFIER_BYTES_MAX];
        int n = snprintf(no_name, sizeof(no_name), "no %.*s", (int)st->tokens[q].len,
                         st->text + st->tokens[q].off);
        if (n > 0 && (size_t)n < sizeof(no_name))
            order_mods_drop_starting(&d->mods, no_name, (size_t)n);
        v = 1;
        q++;
    }
    order_mods_drop_starting(&d->mods, "except", strlen("except"));
    /* "except" leads no change here: its zone ("except Kim who wants") goes with it */
    for (size_t w = p; w < st->e && (w < q || st->rg->mod_zone[w]); w++) {
        st->rg->mod_zone[w] = false;
        if (st->rg->roles[w] == ORDER_ROLE_NONE || st->rg->roles[w] == ORDER_ROLE_MODIFIER)
            st->rg->roles[w] = ORDER_ROLE_FILLER;
    }
    return v;
}

/* "9 adults, 6 kids": how many people of the kind the word at w names ("adult", "kid") the
 * message counts, a count right before the word in the plural; 0 when none. */
static int32_t attach_kind_counted(const struct attach_state *st, size_t w)
{
    const char *text = st->text;
    const struct order_token *t = st->tokens, *kind = &t[w];
    const struct order_reading *rg = st->rg;
    size_t from = rg->clauses[0].begin, to = rg->clauses[rg->n_clauses - 1U].end;
    for (size_t i = from; i + 1U < to; i++) {
        const struct order_token *n = &t[i + 1U];
        int32_t v = 0;
        if (attach_number(st->rd->u, text, t, i, to, &v) != 1 || v < 2 || v > ORDER_QTY_MAX ||
            attach_is_article(text, t, i, to) || n->kind != ORDER_TOKEN_WORD ||
            n->len != kind->len + 1U || text[n->off + kind->len] != 's' ||
            memcmp(text + n->off, text + kind->off, kind->len) != 0)
            continue;
        return v;
    }
    return 0;
}

void attach_everyone_gets(struct attach_state *st, size_t first, size_t end)
{
    if (!ORDER_CUES_ANY(&st->rg->cues, "gets", "get", "has", "have", "wants", "want", "takes") ||
        !ORDER_CUES_ANY(&st->rg->cues, "everyone", "everybody", "us", "all", "each", "every",
                        "uno"))
        return;
    for (size_t s = first; s < end; s++) {
        struct order_thing *th = &st->rg->things[s];
        size_t from, to;
        if (!th->is_span || th->item < 0 || th->reference || th->qty < 1 || th->qty_unclear ||
            (!th->qty_explicit && th->qty != 1) ||
            !attach_everyone_before(st, th->begin, &from, &to))
            continue;
        size_t k = 0;
        int32_t v = 0;
        /* "each kid gets": as many as the kids counted, not the whole party; another kind
         * may follow ("each adult gets ..., each kid gets ..."). A kind not counted, or a dish
         * counted already, is left as it is. */
        bool kind = order_tok_is(st->text, st->tokens, from, st->e, "each") && to == from + 3U &&
                    !order_tok_is(st->text, st->tokens, from + 1U, st->e, "one") &&
                    !order_tok_is(st->text, st->tokens, from + 1U, st->e, "person");
        if (kind && (th->qty_explicit || (v = attach_kind_counted(st, from + 1U)) == 0))
            continue;
        if (kind)
            k = 1;
        else
            attach_party_size(st, &k, &v);
        th->qty_unclear = k > 0 && v < 0; /* "5 or 6 of us": how many is asked */
        if (k == 0 || v < 2 || v > ORDER_QTY_MAX)
            return;
        for (size_t w = from; w < to; w++) /* "3 of us each want": read, none asked back */
            if (st->rg->roles[w] == ORDER_ROLE_NONE)
                st->rg->roles[w] = ORDER_ROLE_FILLER;
        /* "each wants 2 carnitas tacos y un jarritos": each uncounted dish joined on is had so
         * too */
        size_t x = s;
        for (; x < end &&
               (x == s || attach_joined_to(st, &st->rg->things[x - 1U], &st->rg->things[x]));
             x++) {
            struct order_thing *d = &st->rg->things[x];
            if (x > s && d->qty_explicit && d->qty > 1)
                return; /* "..., and 7 each of lemonade": a count of its own; "un" is one */
            if (x > s && order_tok_is(st->text, st->tokens, d->end, st->e, "per"))
                break; /* "..., and one horchata per person": counted by its own party */
            int32_t own = d->qty_explicit ? d->qty : 1;
            if (own > ORDER_QTY_MAX / v)
                return;
            d->qty = own * v;
            d->qty_explicit = true;
            int32_t out = attach_except_after(st, d);
            if (out > 0 && out < v)
                d->qty = own * (v - out);
        }
        if (!kind)
            return;
        s = x - 1U;
    }
}
