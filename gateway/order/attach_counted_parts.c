/* attach_counted_parts.c — "2 cold brews, 1 black, 1 w/ vanilla syrup": counts after a
 * counted dish that add up to its count, each with a few words, count the dish out part by
 * part. The words of each part say how that part comes, whatever menu words they hold: a
 * word that only partly names some dishes ("black", "sweet") is no dish of its own there.
 * attach_part splits the parts off (attach_part_split.c); this marks where they end. A count of
 * what goes in a dish ("2 sugars") is read here too: a change, no dish. */
#include <string.h>

#include "gateway/order/attach_internal.h"

enum {
    COUNTED_PART_WORDS_MAX = 4, /* "1 w/ vanilla syrup", "one with oat milk" */
    COUNTED_PARTS_MIN = 2,
};

/* Is token p a separator between parts: a comma, a semicolon, "and" or "n"? */
static bool counted_separator(const struct attach_state *st, size_t p)
{
    const struct order_token *t = st->tokens;
    if (p >= st->e)
        return false;
    if (t[p].kind == ORDER_TOKEN_PUNCT)
        return t[p].punct == ',' || t[p].punct == ';';
    return order_tok_is(st->text, t, p, st->e, "and") || order_tok_is(st->text, t, p, st->e, "n");
}

/* Do the words [a, b) of a part, no change's lead first, name food of their own ("1 coke",
 * "1 onion soup"): another dish counted, not how a part of this one comes? */
static bool counted_names_food(const struct attach_state *st, size_t a, size_t b)
{
    const struct order_understanding *u = st->rd->u;
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    if (order_patterns_longest(&u->modifier_zone_starts, text, t, a, b, NULL) > 0 ||
        order_patterns_longest(&u->modifiers, text, t, a, b, NULL) > 0 ||
        order_tok_is(text, t, a, b, "with") || order_tok_is(text, t, a, b, "w"))
        return false;
    if (attach_food_run(st, a, b))
        return true;
    for (size_t k = a; k < b; k++)
        if (st->rg->n_hits[k] == 0 && attach_food_token(st, k))
            return true; /* a food no menu word reads */
    return false;
}

/* The end of the parts that count out qty from token a (a count, then up to a few words, the
 * parts apart by separators), when they are two or more and their counts add up to qty;
 * else 0. */
static size_t counted_parts_end(const struct attach_state *st, size_t a, int32_t qty)
{
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    int32_t sum = 0;
    size_t parts = 0, p = a, end = 0;
    while (p < st->e) {
        int32_t k;
        size_t n = attach_number(st->rd->u, text, t, p, st->e, &k);
        if (n == 0 || attach_is_article(text, t, p, st->e) || k < 1 || k >= qty)
            break;
        p += n;
        size_t words = 0, w0 = p;
        while (p < st->e && !counted_separator(st, p) &&
               (t[p].kind == ORDER_TOKEN_WORD ||
                (t[p].kind == ORDER_TOKEN_PUNCT && t[p].punct == '/'))) {
            int32_t v;
            if (attach_number(st->rd->u, text, t, p, st->e, &v) > 0) {
                /* "1 2 ...", "1 with 2 shots": a count of no part, or of what goes in one */
                if (words == 0 || order_tok_is(text, t, p - 1U, p, "with") ||
                    order_tok_is(text, t, p - 1U, p, "w") ||
                    order_patterns_longest(&st->rd->u->modifier_zone_starts, text, t, p - 1U, p,
                                           NULL) > 0)
                    return 0;
                break; /* "one made vegan one normal": the count starts the next part */
            }
            words += t[p].kind == ORDER_TOKEN_WORD;
            p++;
        }
        if (words == 0 || words > COUNTED_PART_WORDS_MAX || counted_names_food(st, w0, p))
            return 0;
        sum += k;
        parts++;
        end = p;
        if (sum >= qty)
            break;
        while (counted_separator(st, p))
            p++;
    }
    return parts >= COUNTED_PARTS_MIN && sum == qty ? end : 0;
}

/* The count that ends right before token d ("2", "two", "a pair of", "a couple of", "two of
 * the"): its tokens, its number in *qty; 0 when none does. */
static size_t counted_before(const struct attach_state *st, size_t d, int32_t *qty)
{
    enum { COUNT_WORDS_MAX = 3 }; /* "a | pair | of" */
    for (size_t n = 1; n <= COUNT_WORDS_MAX && d >= st->b + n; n++)
        if (attach_number(st->rd->u, st->text, st->tokens, d - n, d, qty) == n)
            return n;
    /* "two of the bean burgers": the count of the dish pointed at */
    static const char *const pointing[] = {"the", "those", "these"};
    if (d >= st->b + 3U && order_tok_is(st->text, st->tokens, d - 2U, d, "of") &&
        attach_in(st->text, st->tokens, d - 1U, d, pointing, ORDER_WORDS_N(pointing)) &&
        attach_number(st->rd->u, st->text, st->tokens, d - 3U, d - 2U, qty) == 1)
        return 3;
    return 0;
}

/* Drops the spans of clause c that several items fit, begun in [b, e): words of a part. */
static void counted_drop_partial_spans(struct attach_state *st, size_t b, size_t e)
{
    struct order_reading *rg = st->rg;
    size_t o = 0;
    for (size_t s = 0; s < rg->n_things; s++) {
        const struct order_thing *x = &rg->things[s];
        if (x->is_span && x->item < 0 && x->begin >= b && x->begin < e && x->end <= e) {
            for (size_t k = x->begin; k < x->end; k++)
                rg->roles[k] = ORDER_ROLE_NONE;
            rg->clauses[x->clause].n_spans--;
            continue;
        }
        rg->things[o++] = *x;
    }
    rg->n_things = o;
}

void attach_counted_parts(struct attach_state *st, size_t first, size_t end)
{
    const struct order_token *t = st->tokens;
    for (size_t s = first; s < end && s < st->rg->n_things; s++) {
        const struct order_thing *th = &st->rg->things[s];
        int32_t qty = 0; /* the count right before the dish, not yet attached: "2 cold brews" */
        if (!th->is_span || th->item < 0 || th->begin <= st->b ||
            counted_before(st, th->begin, &qty) == 0 || qty < COUNTED_PARTS_MIN)
            continue;
        size_t a = th->end;
        /* the parts follow the dish after a comma or a colon: "2 cold brews, 1 black, ..." */
        if (a >= st->e || t[a].kind != ORDER_TOKEN_PUNCT ||
            (t[a].punct != ',' && t[a].punct != ':'))
            continue;
        size_t e = counted_parts_end(st, a + 1U, qty);
        if (e == 0)
            continue;
        counted_drop_partial_spans(st, a + 1U, e);
        st->parts_end = e;
        return;
    }
}

/* "2 black bean burgers, one of the bean burgers made vegan", "3 cheeseburgers, two of the
 * cheeseburgers with no pickles": a count, "of the" (or "of those", or "of" alone) and a dish asked
 * for before in the message with a larger count, the part changed ("made vegan"), is a part of that
 * count: it is taken from that dish, no more of it is asked for. Without a change of its own the
 * words may pick a dish to swap ("make one of the asada a carnitas"), left to the corrections. Runs
 * once the counts are read. */
/* "no sesame on 1 of the teriyakis": a change said before "on" (or "for") and the part it is
 * made to, the change read as the last one of the dish before it. Moves that change, less its
 * "on", to part th; false when the words are not so. */
static bool attach_change_before_part(struct attach_state *st, struct order_thing *th, size_t count)
{
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    if (count < st->b + 2U ||
        !(order_tok_is(text, t, count - 1U, st->e, "on") ||
          order_tok_is(text, t, count - 1U, st->e, "for")) ||
        !st->rg->mod_zone[count - 2U])
        return false;
    struct order_thing *owner = NULL; /* the dish the change was read with */
    for (size_t x = 0; x < st->rg->n_things; x++) {
        struct order_thing *d = &st->rg->things[x];
        if (d != th && d->end <= count - 1U && d->mods.n > 0 && (!owner || d->end > owner->end))
            owner = d;
    }
    if (!owner)
        return false;
    char *m = owner->mods.text[owner->mods.n - 1U];
    size_t len = strlen(m);
    const char *prep = order_tok_is(text, t, count - 1U, st->e, "on") ? " on" : " for";
    size_t pl = strlen(prep);
    if (len <= pl || strcmp(m + len - pl, prep) != 0)
        return false;
    m[len - pl] = '\0';
    th->mods.n = 0;
    memcpy(th->mods.text[th->mods.n++], m, len - pl + 1U);
    owner->mods.n--;
    return true;
}

void attach_part_of_named(struct attach_state *st, size_t first, size_t end)
{
    if (!ORDER_CUES_ANY(&st->cues, "of"))
        return;
    static const char *const pointing[] = {"the", "those", "these"};
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    for (size_t s = first; s < end && s < st->rg->n_things; s++) {
        struct order_thing *th = &st->rg->things[s];
        size_t b = th->begin;
        /* "one of lemonade without ice", as second-language English says it: no pointer */
        size_t of =
            b >= 2U && order_tok_in(text, t, b - 1U, st->e, pointing, ORDER_WORDS_N(pointing))
                ? b - 2U
                : b - 1U;
        int32_t k;
        if (!th->is_span || th->reference || th->points_back || th->item < 0 || b < st->b + 2U ||
            of < st->b + 1U || !order_tok_is(text, t, of, st->e, "of") ||
            attach_number(st->rd->u, text, t, of - 1U, of, &k) != 1 || th->qty != k)
            continue;
        if (th->mods.n == 0 && !attach_change_before_part(st, th, of - 1U))
            continue;
        struct order_thing *earlier = NULL; /* named before the part's count */
        for (size_t e = 0; e < st->rg->n_things; e++) {
            struct order_thing *x = &st->rg->things[e];
            if (x != th && x->is_span && !x->reference && x->item == th->item && x->end < of &&
                x->qty > k && (!earlier || x->end > earlier->end))
                earlier = x;
        }
        if (earlier)
            earlier->qty -= k;
    }
}

/* "cold brew, large, oat milk, 2 sugars": a count and one word after a dish, the word no menu
 * word but food that the understanding's changes speak of ("less sugar"), ending the piece, is
 * how much of it goes in the dish: a change, no dish of its own. Returns its tokens, or 0. */
size_t attach_counted_add_in(const struct attach_state *st, size_t a, size_t limit)
{
    enum { ADD_IN_LETTERS_MIN = 4 };
    const struct order_understanding *u = st->rd->u;
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    int32_t v;
    size_t n = attach_number(u, text, t, a, limit, &v);
    static const char *const closing[] = {"please", "pls", "plz", "too", "each"};
    size_t w = a + n, f = w + 1U; /* "3 sugars please": the word may close the piece so */
    if (f < st->e && attach_in(text, t, f, st->e, closing, ORDER_WORDS_N(closing)))
        f++;
    if (n == 0 || attach_is_article(text, t, a, limit) || w >= limit ||
        t[w].kind != ORDER_TOKEN_WORD || !attach_free(st, w) || st->rg->n_hits[w] > 0 ||
        t[w].len < ADD_IN_LETTERS_MIN || !attach_food_token(st, w) ||
        !(f >= st->e || attach_boundary(text, t, f, st->e)))
        return 0;
    size_t len = t[w].len;
    const char *word = text + t[w].off;
    for (size_t k = 0; k < u->modifiers.count; k++) {
        const struct order_pattern *p = &u->modifiers.items[k];
        for (size_t x = 0; x < p->n_words; x++) {
            size_t pl = p->word_lens[x];
            /* the word, or its plural ("sugars") */
            if ((pl == len || pl + 1U == len) && memcmp(p->words[x], word, pl) == 0 &&
                (pl == len || word[pl] == 's'))
                return n + 1U;
        }
    }
    return 0;
}
