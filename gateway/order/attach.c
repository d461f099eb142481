/* attach.c — quantities, modifiers and leftovers around the spans of a clause (see reading.h,
 * pass 4). The numbers and the counts before and right after a span are in attach_quantity.c,
 * what follows a span in attach_parts.c and attach_modifiers.c, the words no span read in
 * attach_leftovers.c and attach_unknown.c, what points back at a dish in
 * attach_references.c and attach_again.c; attach_internal.h holds what the files of the
 * pass share. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "gateway/order/attach_internal.h"

static int attach_thing_cmp(const void *a, const void *b)
{
    const struct order_thing *x = a, *y = b;
    return (int)x->begin - (int)y->begin;
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
