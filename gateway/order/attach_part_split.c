/* attach_part_split.c — a part of a dish's count split off with changes of its own
 * (attach_parts.c, reading.h pass 4): "2 cheeseburgers, 1 w/o pickles", "4 cold brews, one
 * with oat milk", "the second one but no cheese", "12 tacos, half with no pineapple". A count
 * no smaller than the dish's, after it was changed, is more of it instead; once parts were
 * split off, the rest of the count takes the changes said last. */
#include <string.h>

#include "gateway/order/attach_internal.h"

/* A copy of span s with count k, placed at token at, s's count left whole; NULL when full. */
static struct order_thing *attach_copy(struct attach_state *st, const struct order_thing *s,
                                       int32_t k, size_t at)
{
    if (st->rg->n_things == ORDER_ITEMS_MAX)
        return NULL;
    struct order_thing *n = &st->rg->things[st->rg->n_things++];
    *n = *s;
    n->qty = k;
    n->mods.n = 0;
    n->mods_shared = 0;
    n->begin = n->end = (uint16_t)at;
    return n;
}

/* Takes k of span s's count into a copy of it, placed at token at, which the modifiers said
 * next apply to: "4 cold brews, one with oat milk". NULL when k does not split s. */
struct order_thing *attach_split(struct attach_state *st, struct order_thing *s, int32_t k,
                                 size_t at)
{
    struct order_thing *n = k > 0 && k < s->qty ? attach_copy(st, s, k, at) : NULL;
    s->qty -= n ? k : 0;
    return n;
}

/* "2 beef burgers medium rare n 1 well done", "2 falafel wraps no tabbouleh + 1 with
 * everything": a smaller count joined by "and" or a '+' to a dish whose whole count took
 * changes of its own is one more of the dish, not a part of it. */
static bool attach_another_of(const struct attach_state *st, const struct order_thing *s, size_t a,
                              bool split_before)
{
    if (!ORDER_CUES_ANY(&st->cues, "and", "n", "plus", "&", "+"))
        return false;
    static const char *const joins[] = {"and", "n", "plus", "&", "+"};
    const struct order_token *before = &st->tokens[a - 1U];
    bool mark = before->kind == ORDER_TOKEN_PUNCT && (before->punct == '+' || before->punct == '&');
    return !split_before && s->mods.n > 0 && s->qty_explicit && a > s->end &&
           (mark || order_tok_in(st->text, st->tokens, a - 1U, st->e, joins, ORDER_WORDS_N(joins)));
}

/* After a dish counted and changed ("one horchata large"), or said to come as it is ("one
 * burger as is"), a count no smaller than its own after a comma or "and", then changes ("one
 * small"), is more of that dish changed so: the count cannot be a part of it. */
static bool attach_more_after_change(const struct attach_state *st, const struct order_thing *s,
                                     size_t a)
{
    static const char *const joins[] = {"and", "n", "plus", "&", "+"};
    if (!s->qty_explicit || a <= s->end)
        return false;
    if (s->mods.n == 0 &&
        !(a > s->end + 1U && attach_unchanged(st->text, st->tokens, s->end, a - 1U)))
        return false;
    const struct order_token *before = &st->tokens[a - 1U];
    return (before->kind == ORDER_TOKEN_PUNCT && before->punct == ',') ||
           order_tok_in(st->text, st->tokens, a - 1U, st->e, joins, ORDER_WORDS_N(joins));
}

/* The rest of span s after its parts were split off takes the modifiers said last; s stands
 * first in the text, so while s has none of its own it takes those of the part split off
 * just before, and that part, which comes later in the text, takes the rest's, count and
 * changes ("2 cheeseburgers, one normal, one with no cheese": the plain one first). */
static struct order_thing *attach_rest_in_order(struct attach_state *st, struct order_thing *s)
{
    struct order_thing *prev = NULL;
    for (size_t k = st->first; k < st->rg->n_things; k++) {
        struct order_thing *th = &st->rg->things[k];
        if (th != s && th->is_span && th->item == s->item && th->begin == th->end &&
            th->begin >= s->end && (!prev || th->begin > prev->begin))
            prev = th;
    }
    if (!prev || s->mods.n != 0)
        return s;
    /* the counts change places with the changes: "3 tacos, one without onion, the rest with
     * cheese" lists the one first */
    int32_t qty = s->qty;
    s->qty = prev->qty;
    prev->qty = qty;
    s->mods = prev->mods;
    prev->mods.n = 0;
    return prev;
}

/* "the first one", "the second", "the other one", "the last one": one of a dish's count
 * picked by its place, a part as "one" is. Returns the tokens covered, or 0. */
size_t attach_ordinal_one(const char *text, const struct order_token *t, size_t a, size_t limit)
{
    static const char *const places[] = {"first", "second", "third", "fourth", "other",
                                         "last",  "1st",    "2nd",   "3rd",    "4th"};
    if (!order_tok_is(text, t, a, limit, "the") ||
        !order_tok_in(text, t, a + 1, limit, places, ORDER_WORDS_N(places)))
        return 0;
    return order_tok_is(text, t, a + 2, limit, "one") ? 3 : 2;
}

/* "the rest", "the others", "the remaining ones": after a part was split off
 * a dish, what its count leaves, as "the other" is of two. Returns the tokens covered, or 0. */
static size_t attach_rest_words(const char *text, const struct order_token *t, size_t a,
                                size_t limit)
{
    static const char *const rests[] = {"rest", "others", "remaining"};
    size_t p = a;
    if (order_tok_is(text, t, p, limit, "the"))
        p++;
    if (!order_tok_in(text, t, p, limit, rests, ORDER_WORDS_N(rests)))
        return 0;
    p++;
    if (order_tok_is(text, t, p - 1U, limit, "remaining") &&
        order_tok_is(text, t, p, limit, "ones"))
        p++;
    return p - a;
}

/* "1/3 of them", "2/3 with no onion": a fraction in digits at a of span s's count, when it
 * divides the count into whole dishes; its tokens (3), *k the dishes it counts; 0 when none. */
static size_t attach_fraction_of(const struct attach_state *st, const struct order_thing *s,
                                 size_t a, size_t limit, int32_t *k)
{
    const struct order_token *t = st->tokens;
    if (a + 2U >= limit || t[a].kind != ORDER_TOKEN_WORD || t[a + 1U].kind != ORDER_TOKEN_PUNCT ||
        t[a + 1U].punct != '/' || t[a + 2U].kind != ORDER_TOKEN_WORD)
        return 0;
    /* read as digits: attach_number reads "1/3" as a date or a rating, no count */
    int32_t num = attach_digits(st->text + t[a].off, t[a].len, false);
    int32_t den = attach_digits(st->text + t[a + 2U].off, t[a + 2U].len, false);
    if (num < 1 || den <= num || s->qty % den != 0)
        return 0;
    *k = s->qty / den * num;
    return 3;
}

/* "2 wraps, make one gluten free", "make 2 of them well done": "make" before a count smaller
 * than span s's says how that part of it is to be made, as the count alone does. Returns 1
 * when token a is such a "make", else 0. */
static size_t attach_make_part(const struct attach_state *st, const struct order_thing *s, size_t a,
                               size_t limit)
{
    if (!ORDER_CUES_ANY(&st->cues, "make"))
        return 0;
    int32_t k;
    return order_tok_is(st->text, st->tokens, a, limit, "make") &&
                   (attach_fraction_of(st, s, a + 1U, limit, &k) > 0 ||
                    attach_number(st->rd->u, st->text, st->tokens, a + 1U, limit, &k) > 0) &&
                   k < s->qty && !attach_is_article(st->text, st->tokens, a + 1U, limit)
               ? 1U
               : 0U;
}

/* "should have", "gets", "has", "comes", "made" at p after a part's count ("3 burgers but one
 * should have no bbq sauce", "one gets no onion", "one made vegan"): how the part comes is said
 * after them. Returns the tokens they cover, or 0. */
static size_t attach_part_should_have(const struct attach_state *st, size_t p, size_t limit)
{
    static const char *const modals[] = {"should", "will", "can", "could", "must"};
    static const char *const having[] = {"have", "get", "come", "be"};
    static const char *const has[] = {"gets", "has", "comes", "made"};
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    if (order_tok_in(text, t, p, limit, has, ORDER_WORDS_N(has)))
        return 1U;
    return order_tok_in(text, t, p, limit, modals, ORDER_WORDS_N(modals)) &&
                   order_tok_in(text, t, p + 1U, limit, having, ORDER_WORDS_N(having))
               ? 2U
               : 0U;
}

/* Is [p, b) one word read exactly that only one item's name holds, another than span s's,
 * a name of two words whose other is its kind ("sparkling" of "Sparkling Water", after "2
 * lemonade"), or that stands for one other dish of the kind span s names ("regular" of the
 * Classic Fries, after "2 sweet potato fries")? A count before it asks for that dish; a word
 * of a longer name ("black" of the Black Bean Chipotle Burger, after "2 cold brew") is how
 * that part comes. */
static bool attach_part_names_other(const struct attach_state *st, const struct order_thing *s,
                                    size_t p, size_t b)
{
    const struct order_reading *rg = st->rg;
    if (b != p + 1U || rg->n_hits[p] != 1 || rg->hits[p][0].edits != 0 ||
        rg->hits[p][0].n_words != 1)
        return false;
    const struct order_lex_word *w = &st->rd->lex->words[rg->hits[p][0].words[0]];
    if (w->not_dish || w->section_only || order_item_set_count(&w->items) != 1)
        return false;
    int32_t item = order_item_set_next(&w->items, 0);
    const char *name = st->rd->lex->menu->items[item].name;
    char word[ORDER_LEX_WORD_BYTES_MAX];
    size_t words = 0, len;
    bool named = false; /* a word of the name itself: "regular" only stands for the fries */
    while ((len = order_name_word_next(&name, word, sizeof(word))) > 0) {
        words++;
        named = named || (len == w->len && memcmp(word, w->text, len) == 0);
    }
    if (item == s->item)
        return false;
    if (words == 2 && named)
        return true;
    /* "two sweet potato fries and one regular": a word that stands for one other dish of the
     * kind the span names by its last word ("fries") is that dish, not how the part comes */
    const struct order_token *kind = &st->tokens[s->end - 1U];
    const char *kw = st->text + kind->off;
    size_t kl = kind->len;
    return s->end > s->begin && !named &&
           order_lexicon_item_mentions(st->rd->lex, item, &kw, &kl, 1) == 1;
}

/* "one with no tahini", "4 of them without onion", "one large": a count smaller than the
 * span's, then modifiers. Returns the tokens the count covers (0: not such a piece) and
 * the copy in *into. Once a part was split off (split_before), a count equal to what is
 * left of the span is that rest, which takes the modifiers itself: "2 cheeseburgers, 1 w/o
 * pickles, 1 w/ extra pickles". */
size_t attach_part(struct attach_state *st, struct order_thing *s, size_t a, size_t limit,
                   bool limit_is_span, bool split_before, struct order_thing **into)
{
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    size_t made = attach_make_part(st, s, a, limit);
    a += made;
    int32_t k;
    /* a fraction is of the whole count, said before any part */
    size_t n = split_before ? 0 : attach_fraction_of(st, s, a, limit, &k);
    if (n == 0)
        n = attach_number(st->rd->u, text, t, a, limit, &k);
    if (n == 0 && (n = attach_ordinal_one(text, t, a, limit)) > 0) {
        k = 1; /* "the second one but no cheese" */
        int32_t m;
        size_t w = n == 2 && order_tok_is(text, t, a + 1, limit, "other")
                       ? attach_number(st->rd->u, text, t, a + 2, limit, &m)
                       : 0;
        if (w > 0) { /* "the other two extra pineapple": the rest, counted */
            n += w;
            k = m;
        }
    }
    if (n == 0 && (n = attach_possessed_one(text, t, a, limit)) > 0)
        k = 1; /* "his with no olives" */
    if (n == 0 && order_tok_is(text, t, a, limit, "half") && s->qty >= 2 &&
        (split_before || s->qty % 2 == 0)) {
        n = 1; /* "12 tacos, half with no pineapple, half regular": the other half is the rest */
        k = split_before ? s->qty : s->qty / 2;
    }
    if (n == 0 && split_before && (n = attach_rest_words(text, t, a, limit)) > 0)
        k = s->qty; /* "3 tacos, one without onion, the rest with everything" */
    bool rest = split_before && k == s->qty;
    bool more = !split_before && k >= s->qty && attach_more_after_change(st, s, a);
    if (n == 0 || attach_is_article(text, t, a, limit) || (k >= s->qty && !rest && !more))
        return 0;
    size_t p = a + n;
    if (n > 1 && order_tok_is(text, t, p, limit, "but"))
        p++; /* "the second one but no cheese" */
    int32_t people;
    if (attach_people_want_at(st, a, limit, &people) > a)
        return 0; /* "6 of them also want a california burrito": people, no part */
    bool of_them =
        order_tok_is(text, t, p, limit, "of") &&
        (attach_them_at(text, t, p + 1, limit) || order_tok_is(text, t, p + 1, limit, "which"));
    if (of_them)
        p += 2; /* "2 of them with cheese", texted "2 of em"; "one of which with cheese" */
    p += attach_part_for_whom(st, p, limit);    /* "one for Mia with no ketchup" */
    p += attach_part_should_have(st, p, limit); /* "but one should have no bbq sauce" */
    size_t b = attach_piece_end(st, p, limit);
    const struct order_understanding *u = st->rd->u;
    /* "4 cheeseburgers 2 medium 2 well": "well" alone after a count, of a dish cooked to
     * order, is how that part is cooked */
    bool well = b == p + 1U && order_tok_is(text, t, p, b, "well") && s->item >= 0 &&
                order_read_cooked_to_order(st->rd->lex, s->item);
    bool lead = well || order_patterns_longest(&u->modifier_zone_starts, text, t, p, b, NULL) > 0 ||
                order_patterns_longest(&u->modifiers, text, t, p, b, NULL) > 0 ||
                order_tok_is(text, t, p, b, "with") ||
                (order_tok_is(text, t, p, b, "w") && p + 1 < b) || /* "w/", "w/o", "w cheese" */
                attach_served_on_change(st, p, b);
    /* "2 cold brews, one black": an adjective alone that ends the clause is how the part comes */
    /* parts whose counts add up to the dish's say how each comes (attach_counted_parts.c) */
    bool counted_out = b <= st->parts_end;
    bool form =
        well || counted_out || attach_modifier_form(st, p, b) || attach_closing_adjective(st, p, b);
    if (b == p || !form || (!lead && !counted_out && attach_food_run(st, p, b)))
        return 0; /* "..., 3 hot dogs": another dish, not a part */
    if (!lead && !counted_out && attach_part_names_other(st, s, p, b))
        return 0; /* "2 lemonade 1 sparkling": the Sparkling Water */
    if (b == limit && limit_is_span)
        return 0; /* "... plus 2x big onion rings": the count and size of the next dish */
    *into = rest ? attach_rest_in_order(st, s)
            /* "3 salads with croutons, and one of them no egg": "of them" takes a part */
            : more || (!of_them && attach_another_of(st, s, a, split_before))
                ? attach_copy(st, s, k, a)
                : attach_split(st, s, k, a);
    if (!*into)
        return 0;
    memset(st->rg->roles + a - made, ORDER_ROLE_QTY, p - a + made);
    return p - a + made;
}
