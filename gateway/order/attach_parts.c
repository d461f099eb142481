/* attach_parts.c — what follows a span up to the next one (attach.c, reading.h pass 4): its
 * pieces, each a change, a count or another dish; "every" and "each" within a piece, a side
 * dish beside it ("with a side of coleslaw"), and attach_after, which reads them all. A part
 * of the dish's count split off with changes of its own ("2 cheeseburgers, 1 w/o pickles") is
 * attach_part_split.c's; a piece given to the dishes its closing words name ("no pickles on 3
 * of them"), attach_piece.c's. */
#include <string.h>

#include "gateway/order/attach_internal.h"
#include "gateway/order/food.h"
#include "gateway/order/menu_words.h"

/* Is token p an "x3" / "x 3" quantity after an item? */
bool attach_x_qty_at(const struct attach_state *st, size_t p, size_t limit)
{
    const struct order_token *t = &st->tokens[p];
    int32_t v;
    if (t->kind != ORDER_TOKEN_WORD)
        return false;
    if (t->len > 1 && st->text[t->off] == 'x' &&
        attach_digits(st->text + t->off + 1, t->len - 1U, false) > 0)
        return true;
    return (order_token_is(st->text, t, "x") || order_token_is(st->text, t, "times")) &&
           attach_number(st->rd->u, st->text, st->tokens, p + 1, limit, &v) > 0;
}

/* Does a doneness start at p ("med rare", "well done"): a modifier phrase of the
 * understanding whose label says how the dish is cooked? */
static bool attach_doneness_at(const struct attach_state *st, size_t p, size_t limit)
{
    const struct order_understanding *u = st->rd->u;
    size_t which;
    return order_patterns_longest(&u->modifiers, st->text, st->tokens, p, limit, &which) > 0 &&
           strncmp(u->labels[u->modifiers.items[which].value], "cooked ", 7) == 0;
}

bool attach_into_at(const struct attach_state *st, size_t p)
{
    return order_tok_is(st->text, st->tokens, p, st->e, "into") ||
           order_tok_is(st->text, st->tokens, p, st->e, "onto");
}

/* Does the time a dish was had start at p: "last time", "last week", "yesterday"? */
static bool attach_time_had_at(const struct attach_state *st, size_t p, size_t limit)
{
    return (order_tok_is(st->text, st->tokens, p, limit, "last") ||
            order_tok_is(st->text, st->tokens, p, limit, "yesterday")) &&
           order_time_before_now_at(st->text, st->tokens, p, limit);
}

/* The end of the piece of free words starting at a: before a separator, a number (the next
 * thing's quantity), an "x3", or anything already read; a modifier phrase of the
 * understanding may run through an "and" ("nice and crispy"). */
size_t attach_piece_end(const struct attach_state *st, size_t a, size_t limit)
{
    const struct order_understanding *u = st->rd->u;
    size_t whole = order_patterns_longest(&u->modifiers, st->text, st->tokens, a, limit, NULL);
    size_t lead =
        order_patterns_longest(&u->modifier_zone_starts, st->text, st->tokens, a, limit, NULL);
    /* a size or a doneness said first ends where its words do: "medium no tomato" */
    size_t size = order_patterns_longest(&u->sizes, st->text, st->tokens, a, limit, NULL);
    if (whole > lead)
        lead = whole;
    if (size > lead)
        lead = size;
    /* "w no rice extra lettuce": "w" (or "w/") texted before a lead is "with" and that lead,
     * so a second lead after its words starts a second change, as after "with no" */
    if (lead == 0 && order_tok_is(st->text, st->tokens, a, limit, "w")) {
        size_t w = a + 1U;
        if (w < limit && st->tokens[w].kind == ORDER_TOKEN_PUNCT && st->tokens[w].punct == '/')
            w++;
        size_t led =
            order_patterns_longest(&u->modifier_zone_starts, st->text, st->tokens, w, limit, NULL);
        lead = led > 0 ? w - a + led : 0U;
    }
    /* "on the other one", "like the first": the part is where the change goes, no new part */
    static const char *const preps[] = {"on", "for", "in", "to", "of", "with", "w", "like", "than"};
    static const char *const swapping[] = {"swap", "sub", "substitute", "replace"};
    size_t p = a;
    bool hedged = false;
    while (p < limit && attach_free(st, p) && st->tokens[p].kind == ORDER_TOKEN_WORD &&
           !(p > a &&
             (order_tok_is(st->text, st->tokens, p, limit, "and") ||
              order_tok_is(st->text, st->tokens, p, limit, "n") ||
              order_tok_is(st->text, st->tokens, p, limit, "plus")) &&
             p >= a + whole)) {
        int32_t v;
        /* "split into 2 cups": a count after "into" counts the dish's parts, the change's */
        if (p > a && attach_number(u, st->text, st->tokens, p, limit, &v) > 0 &&
            !attach_is_article(st->text, st->tokens, p, limit) && !attach_into_at(st, p - 1U))
            break;
        if (attach_x_qty_at(st, p, limit))
            break;
        /* "the bowl with the grilled chicken last time", "the tacos from last week": when
         * it was had is no change of it */
        if (ORDER_CUES_ANY(&st->rg->cues, "last", "yesterday") &&
            ((p > a && attach_time_had_at(st, p, limit)) ||
             (order_tok_is(st->text, st->tokens, p, limit, "from") &&
              attach_time_had_at(st, p + 1U, limit))))
            break;
        hedged = hedged || order_tok_is(st->text, st->tokens, p, limit, "like");
        /* "2 tacos we also want a few churros": a vague amount right before the next dish is
         * its count, no word of this piece ("like a bunch of": hedged, the piece's whole) */
        if (limit < st->e && st->rg->roles[limit] == ORDER_ROLE_ITEM && !hedged &&
            order_patterns_longest(&u->vague_quantities, st->text, st->tokens, p, limit, NULL) ==
                limit - p)
            break;
        /* "one no pickles the other two normal": a part picked by its place starts the next
         * piece, as a count does */
        if (p > a && attach_ordinal_one(st->text, st->tokens, p, limit) > 0 &&
            !order_tok_in(st->text, st->tokens, p - 1U, limit, preps, ORDER_WORDS_N(preps)))
            break;
        /* "no chilli jam extra peppers": a second lead starts a second modifier, not the
         * side a swap gets ("swap the slaw for extra lettuce") */
        bool swap = order_tok_in(st->text, st->tokens, a, limit, swapping, ORDER_WORDS_N(swapping));
        if (p >= a + lead && lead > 0 &&
            !((order_tok_is(st->text, st->tokens, p - 1, limit, "for") ||
               order_tok_is(st->text, st->tokens, p - 1, limit, "with")) &&
              swap) &&
            (order_patterns_longest(&u->modifier_zone_starts, st->text, st->tokens, p, limit,
                                    NULL) > 0 ||
             attach_doneness_at(st, p, limit))) /* "no pickles med rare" */
            break;
        bool w = order_tok_is(st->text, st->tokens, p, limit, "w") && p + 1 < limit;
        bool w_slash =
            w && st->tokens[p + 1].kind == ORDER_TOKEN_PUNCT && st->tokens[p + 1].punct == '/';
        /* "extra hot w/ celery on the side": after a lead's words, "with" starts another, as
         * "w" texted for it before a word does ("medium well w bacon") */
        /* "replace the kale with spinach": a swap's "with" joins its two sides */
        if (p >= a + lead && p > a && lead > 0 && !swap &&
            (w || order_tok_is(st->text, st->tokens, p, limit, "with")))
            break;
        if (w_slash) {
            p += 2; /* "w/ extra cheese", "w/o onions" */
            continue;
        }
        p++;
    }
    return p;
}

/* "all", "all three", "all of them", "both", "both of them", "each", maybe after "make"
 * ("make both small"): the modifier after it is for every item before. Returns the tokens it
 * covers, 0 when none. */
static size_t attach_every(const struct attach_state *st, size_t a, size_t limit)
{
    if (!ORDER_CUES_ANY(&st->cues, "all", "both", "each"))
        return 0;
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    size_t at = a + (size_t)order_tok_is(text, t, a, limit, "make"); /* "make both small" */
    if (!order_tok_is(text, t, at, limit, "all") && !order_tok_is(text, t, at, limit, "both") &&
        !order_tok_is(text, t, at, limit, "each"))
        return 0;
    size_t p = at + 1;
    int32_t v;
    if (order_tok_is(text, t, p, limit, "of") && (order_tok_is(text, t, p + 1, limit, "them") ||
                                                  order_tok_is(text, t, p + 1, limit, "those")))
        p += 2;
    else if (attach_number(st->rd->u, text, t, p, limit, &v) > 0)
        p += 1;
    return p < limit ? p - a : 0;
}

/* Does the piece [a, b) end in a preposition that points at a count after it ("no pickles
 * on | 3 of them", "hold the cream on | one", "add guac to | one of them")? */
bool attach_points_at_count(const struct attach_state *st, size_t a, size_t b)
{
    if (!ORDER_CUES_ANY(&st->cues, "on", "for", "in", "to"))
        return false;
    return b > a + 1 && (order_tok_is(st->text, st->tokens, b - 1, b, "on") ||
                         order_tok_is(st->text, st->tokens, b - 1, b, "for") ||
                         order_tok_is(st->text, st->tokens, b - 1, b, "in") ||
                         order_tok_is(st->text, st->tokens, b - 1, b, "to"));
}

/* A count after s smaller than the count s was asked with is a part of it, never a new
 * count: "two chocolate milkshakes, hold the whipped cream on one" splits one off with the
 * modifier before the count ([pa, pb), which attach_after gave s as its modifier mods_n);
 * "two kale caesars, one of them with chicken added" leaves the count to attach_part. The
 * count's tokens were marked by attach_after_qty ([i, i + k)). Returns the tokens taken
 * (0: not a part here, roles of the count given back), and the part in *cur. */
static size_t attach_part_by_count(struct attach_state *st, struct order_thing *s, size_t i,
                                   size_t k, int32_t qty, size_t pa, size_t pb, uint8_t mods_n,
                                   struct order_thing **cur)
{
    if (pb == i && pb > pa && s->mods.n > mods_n && attach_points_at_count(st, pa, pb)) {
        struct order_thing *part = attach_split(st, s, qty, pa);
        if (part) {
            s->mods.n = mods_n;
            attach_add_modifier(st, part, pa, pb - 1);
            st->rg->roles[pb - 1] = ORDER_ROLE_QTY;
            *cur = part;
            return k;
        }
    }
    memset(st->rg->roles + i, ORDER_ROLE_NONE, k);
    return 0;
}

/* Separators between a thing and what follows it (commas, "and", "but", "plus", fillers,
 * a count of every dish before "all": "1 of each, all ..."); returns the first token after
 * them. separated: any was skipped; joined: one of them joins ("and", ",", "(", "/"). */
/* Is token a a word of the menu that names no dish ("kid", "kids", "table"), right after a
 * filler ("for the | kid")? It ends the filler's person: "a lemonade for the kid, large"
 * reads the size after it as the lemonade's, as after "for my son". */
static bool attach_person_after_filler(const struct attach_state *st, size_t a)
{
    return a > 0 && attach_free(st, a) && st->rg->roles[a - 1U] == ORDER_ROLE_FILLER &&
           st->rg->n_hits[a] > 0 && st->rd->lex->words[st->rg->hits[a][0].words[0]].not_dish;
}

/* Is token a "actually" before a count of them ("3 lemonades, actually one of them no mint")?
 * It says the customer thought of a part; the part is read as without it. */
static bool attach_actually_part(const struct attach_state *st, size_t a, size_t limit)
{
    int32_t v;
    size_t k;
    return order_tok_is(st->text, st->tokens, a, limit, "actually") &&
           (k = attach_number(st->rd->u, st->text, st->tokens, a + 1U, limit, &v)) > 0 &&
           order_tok_is(st->text, st->tokens, a + 1U + k, limit, "of") &&
           attach_them_at(st->text, st->tokens, a + 2U + k, limit);
}

static size_t attach_skip_separators(struct attach_state *st, size_t a, size_t limit,
                                     bool *separated, bool *joined)
{
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    *separated = *joined = false;
    while (a < limit && (attach_free(st, a) || st->rg->roles[a] == ORDER_ROLE_FILLER) &&
           (st->rg->roles[a] == ORDER_ROLE_FILLER || t[a].kind == ORDER_TOKEN_PUNCT ||
            attach_person_after_filler(st, a) || order_tok_is(text, t, a, limit, "and") ||
            order_tok_is(text, t, a, limit, "n") || order_tok_is(text, t, a, limit, "but") ||
            order_tok_is(text, t, a, limit, "plus") || attach_actually_part(st, a, limit))) {
        *separated = true;
        *joined = *joined || order_tok_is(text, t, a, limit, "and") ||
                  (t[a].kind == ORDER_TOKEN_PUNCT && strchr(",(/", t[a].punct));
        a++;
    }
    /* "- 1 of each, all no onion": the count is every dish's, and so is the change after it */
    size_t each = a < limit ? attach_each_before_every(st, a, limit) : 0;
    return each > 0 ? attach_skip_separators(st, a + each, limit, separated, joined) : a;
}

/* Is token p a word of degree before an adjective: "very", "really", "super", "extra", or an
 * English adverb in "-ly" that names no dish ("lightly", "slightly")? */
static bool attach_degree_word(const struct attach_state *st, size_t p)
{
    static const char *const degrees[] = {"very", "really", "super", "extra", "real", "nice"};
    const struct order_token *t = st->tokens;
    if (t[p].kind != ORDER_TOKEN_WORD || st->rg->n_hits[p] > 0)
        return false;
    if (order_tok_in(st->text, t, p, st->e, degrees, ORDER_WORDS_N(degrees)))
        return true;
    const char *w = st->text + t[p].off;
    return t[p].len > 4U && w[t[p].len - 2U] == 'l' && w[t[p].len - 1U] == 'y' &&
           order_dictionary_has(st->rd->lex->dict, w, t[p].len);
}

/* Is the piece [a, b) one adjective alone, no food, that ends the clause ("coffee pls,
 * black", "cold brew. black."), or a participle after a degree ("elote, lightly dusted")?
 * Said after a dish it is how the dish should be. */
bool attach_closing_adjective(const struct attach_state *st, size_t a, size_t b)
{
    const struct order_token *t = st->tokens;
    size_t p = a;
    while (p < b && t[p].kind == ORDER_TOKEN_PUNCT)
        p++;
    bool degree = p + 2U == b && attach_degree_word(st, p);
    if (degree)
        p++; /* "lightly salted", "very crispy": a degree before the adjective */
    if (p + 1 != b || t[p].kind != ORDER_TOKEN_WORD || st->rg->dish_word[p])
        return false;
    /* "lightly dusted", "heavily charred": a participle after a degree is how the dish is
     * made, an adjective the list need not hold, and no food ("char" is a fish) */
    const char *w = st->text + t[p].off;
    bool participle = degree && t[p].len > 4U && w[t[p].len - 2U] == 'e' &&
                      w[t[p].len - 1U] == 'd' && st->rg->n_hits[p] == 0 &&
                      order_dictionary_has(st->rd->lex->dict, w, t[p].len);
    if (!participle &&
        (attach_food_token(st, p) || !order_dictionary_has(st->rd->lex->adjectives, w, t[p].len)))
        return false;
    size_t q = b;
    while (q < st->e && (order_tok_is(st->text, t, q, st->e, "please") ||
                         order_tok_is(st->text, t, q, st->e, "pls") ||
                         (t[q].kind == ORDER_TOKEN_PUNCT && t[q].punct != ',' &&
                          t[q].punct != '&' && t[q].punct != '+')))
        q++;
    return q == st->e;
}

/* Is the piece [a, b), right after a dish with no separator, a dish of its own: a food the
 * lexicon names in two words or more whose last word no item's name or description holds
 * ("classic beef burger garlic bread", "cheeseburger chicken wings": a comma left out)? A
 * last word the menu holds is as often a part of the dish before ("fries cheese sauce"). */
static bool attach_dish_run_on(const struct attach_state *st, size_t a, size_t b)
{
    const struct order_token *t = st->tokens;
    if (attach_word_count(t, a, b) < 2 || t[b - 1U].kind != ORDER_TOKEN_WORD ||
        order_menu_words_has(st->rd->lex->menu_words, st->text + t[b - 1U].off, t[b - 1U].len))
        return false;
    char phrase[ORDER_PHRASE_BYTES_MAX];
    size_t o = order_words_join(st->text, t, a, b, phrase, sizeof(phrase));
    return o > 0 && order_food_entry(st->rd->food, phrase, o);
}

/* Is the piece a..b (no count of its own) a modifier of the thing before it? Directly after
 * it, or in a modifier's form, or a short piece joined to a modifier just read; but after a
 * separator, a dish of the food lexicon without a modifier's lead word is another thing
 * ("..., hot dog x 1"; "lettuce wrap instead" is a modifier), as is one named whole right
 * after it (attach_dish_run_on). */
static bool attach_piece_modifies(struct attach_state *st, size_t a, size_t b, bool separated,
                                  bool joined, bool last_was_mod)
{
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    if (attach_reason_at(text, t, a, st->e)) /* the reason may run on past the piece */
        return false; /* "a cold brew because apparently i'm not sleeping": why, no change */
    /* "the halloumi burger (last week) was burnt on one side": what the dish was, told, no
     * change; nor is "one side" after it a count of the dish */
    static const char *const was[] = {"was", "were"};
    if (ORDER_CUES_ANY(&st->cues, "was", "were"))
        for (size_t w = a; w < b; w++)
            if (order_tok_in(text, t, w, b, was, ORDER_WORDS_N(was)))
                return false;
    bool mod = !separated || attach_modifier_form(st, a, b) ||
               (last_was_mod && joined && attach_word_count(t, a, b) <= 2) ||
               attach_closing_adjective(st, a, b);
    /* "the carnitas taco but on a corn tortilla", "but with a ...": "but" turning to what the
     * dish before comes on, in or with says how it is made, never another dish, food or not */
    static const char *const served[] = {"on", "in", "with", "w"};
    bool contrast = a > 0 && order_tok_is(text, t, a - 1U, b, "but") &&
                    order_tok_in(text, t, a, b, served, ORDER_WORDS_N(served));
    if (mod && (separated || attach_dish_run_on(st, a, b)) && !contrast &&
        order_patterns_longest(&st->rd->u->modifier_zone_starts, text, t, a, b, NULL) == 0 &&
        order_patterns_longest(&st->rd->u->modifiers, text, t, a, b, NULL) < 2 &&
        !attach_has_instead(st, a, b) && !attach_degree_after(st, a, b) &&
        attach_food_run(st, a, b))
        mod = false;
    return mod;
}

/* Is the piece [a, b) after a dish "a side of" a food ("with a side of coleslaw", "and a side
 * of edamame", "+ side of guac"): another dish ordered beside it, never a change to it? The
 * article may go after a '+' or "plus", which list a dish. The words that frame it become
 * fillers, so the food is read alone (a menu item, or one the menu lacks). */
static bool attach_side_dish(struct attach_state *st, size_t a, size_t b)
{
    if (!ORDER_CUES_ANY(&st->cues, "side") || !ORDER_CUES_ANY(&st->cues, "of"))
        return false;
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    size_t p = a;
    bool plus = a > 0 && (order_tok_is(text, t, a - 1U, b, "plus") ||
                          (t[a - 1U].kind == ORDER_TOKEN_PUNCT && t[a - 1U].punct == '+'));
    while (p < b && (t[p].kind == ORDER_TOKEN_PUNCT || order_tok_is(text, t, p, b, "and") ||
                     order_tok_is(text, t, p, b, "with") || order_tok_is(text, t, p, b, "plus"))) {
        plus = plus || order_tok_is(text, t, p, b, "plus") ||
               (t[p].kind == ORDER_TOKEN_PUNCT && t[p].punct == '+');
        p++;
    }
    if (order_tok_is(text, t, p, b, "a"))
        p++;
    else if (!plus)
        return false;
    /* a food clipped or misspelt alone ("guac") is food too */
    if (!(order_tok_is(text, t, p, b, "side") && order_tok_is(text, t, p + 1, b, "of")) ||
        p + 2 >= b ||
        !(attach_food_run(st, p + 2, b) || (b == p + 3 && attach_swapped_food(st, p + 2))))
        return false;
    memset(st->rg->roles + a, ORDER_ROLE_FILLER, p + 2 - a);
    return true;
}

/* "2 beef burgers actually make that 3": the count after a correction's "make that" (read
 * as its lead, correct.c) is the dish's count now, before the parts that may follow it ("...,
 * one of them no onion") are split off it. Returns the tokens of the count, 0 when none. */
static size_t attach_recount(struct attach_state *st, struct order_thing *s,
                             const struct order_thing *cur, size_t a, size_t limit,
                             bool limit_is_span)
{
    if (!ORDER_CUES_ANY(&st->rg->cues, "make") ||
        !ORDER_CUES_ANY(&st->rg->cues, "it", "that", "them", "em", "those"))
        return 0;
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    static const char *const objects[] = {"it", "that", "them", "em", "those"};
    int32_t qty;
    if (cur != s || a < 2 || st->rg->roles[a - 1] != ORDER_ROLE_FILLER ||
        st->rg->roles[a - 2] != ORDER_ROLE_FILLER ||
        !order_tok_in(text, t, a - 1, limit, objects, ORDER_WORDS_N(objects)) ||
        !order_tok_is(text, t, a - 2, limit, "make") || attach_is_article(text, t, a, limit))
        return 0;
    size_t k = attach_number(st->rd->u, text, t, a, limit, &qty);
    if (k == 0 || (a + k == limit && limit_is_span) ||
        (a + k < limit && !attach_boundary(text, t, a + k, limit)))
        return 0; /* "make that 3 fries": the count of the dish after it */
    s->qty = qty;
    s->qty_explicit = true;
    memset(st->rg->roles + a, ORDER_ROLE_QTY, k);
    return k;
}

/* Reads modifiers of span s from i up to limit (the next span, or the clause's end).
 * Returns where reading stopped. */
/* "without the sour cream and cheese": a change after a "no" of the same piece that is
 * only words of the dish's own ingredients ("cheese"), no lead of its own, goes too: "no
 * cheese". Looks at the dish's modifiers from number n on. */
/* Is w[0..len) a diet ("vegan")? A diet says what the dish is, no ingredient to leave out. */
static bool attach_diet_word(const struct attach_state *st, const char *w, size_t len)
{
    const struct order_patterns *diets = &st->rd->u->diet_cues;
    for (size_t i = 0; i < diets->count; i++)
        if (diets->items[i].n_words == 1 && diets->items[i].word_lens[0] == len &&
            memcmp(diets->items[i].words[0], w, len) == 0)
            return true;
    return false;
}

void attach_no_shared(struct attach_state *st, struct order_thing *th, size_t n)
{
    enum { SHARED_WORDS_MAX = 3 };
    for (size_t m = n + 1; th->item >= 0 && m < th->mods.n; m++) {
        char *text = th->mods.text[m];
        size_t len = strlen(text);
        if (strncmp(th->mods.text[m - 1], "no ", 3) != 0 || strncmp(text, "no ", 3) == 0 ||
            len + 4 > ORDER_MODIFIER_BYTES_MAX)
            continue;
        const char *words[SHARED_WORDS_MAX];
        size_t lens[SHARED_WORDS_MAX], k = 0;
        bool fits = true;
        for (const char *w = text; *w && fits;) {
            size_t l = strcspn(w, " ");
            fits = k < SHARED_WORDS_MAX && l >= 3;
            if (fits) {
                words[k] = w;
                lens[k++] = l;
            }
            w += l;
            w += *w == ' ';
        }
        if (!fits || k == 0 || (k == 1 && attach_diet_word(st, words[0], lens[0])) ||
            order_lexicon_item_mentions(st->rd->lex, th->item, words, lens, k) != k)
            continue; /* "no cotija (vegan)": the diet is why, not a second "no" */
        memmove(text + 3, text, len + 1);
        memcpy(text, "no ", 3);
    }
}

/* "the chickpea salads, both with no feta": "both" after the one dish of the clause, named
 * in the plural without a count, says how many: two. */
static void attach_both_counts(struct attach_state *st, struct order_thing *s, size_t a)
{
    const struct order_token *last = &st->tokens[s->end - 1U];
    if (!order_tok_is(st->text, st->tokens, a, st->e, "both") || s->qty_explicit || !s->is_span ||
        s->end <= s->begin || last->kind != ORDER_TOKEN_WORD ||
        st->text[last->off + last->len - 1U] != 's')
        return;
    for (size_t x = st->first; x < st->rg->n_things; x++)
        if (&st->rg->things[x] != s && st->rg->things[x].begin <= s->begin)
            return; /* "a burger and fries, both with no salt": one of each */
    s->qty = 2;
    s->qty_explicit = true;
}

/* "all three no tomato", "both large": the change after the every-word [a, a + every) goes
 * on every dish asked for up to s, and on the parts split off s before the every-word.
 * Returns where it ends, or 0 when no change follows. */
static bool attach_drink_after_food(const struct attach_state *st, const struct order_thing *cur,
                                    size_t a, size_t b);

static size_t attach_every_change(struct attach_state *st, struct order_thing *s, size_t a,
                                  size_t every, size_t limit)
{
    size_t b = attach_piece_end(st, a + every, limit);
    /* "both in large", "all on gluten free buns": what they are served in or on; not "both
     * with apple juice", a drink for each */
    if (b == a + every ||
        !(attach_modifier_form(st, a + every, b) || attach_served_on_change(st, a + every, b)) ||
        attach_drink_after_food(st, s, a + every, b))
        return 0;
    attach_both_counts(st, s, a);
    memset(st->rg->roles + a, ORDER_ROLE_MODIFIER, every);
    st->every_a = a + every; /* a dish read later in the clause takes it too */
    st->every_b = b;
    for (size_t p = a + every; p < b;) {
        /* "3 beef burgers, 2 medium 1 well done, all no onion": the parts split off s before
         * the every-word take it too */
        for (size_t x = st->first; x < st->rg->n_things; x++) {
            const struct order_thing *o = &st->rg->things[x];
            if (o->is_span &&
                (o->begin <= s->begin || (s->item >= 0 && o->item == s->item && o->begin < a)))
                attach_add_modifier(st, &st->rg->things[x], p, b);
        }
        /* "all w/ onion & cilantro on the side": a change joined to it is every dish's too */
        const struct order_token *j = b < limit ? &st->tokens[b] : NULL;
        bool joined = j && (order_tok_is(st->text, st->tokens, b, limit, "and") ||
                            (j->kind == ORDER_TOKEN_PUNCT && j->punct == '&'));
        size_t next = joined ? attach_piece_end(st, b + 1U, limit) : b + 1U;
        if (!joined || next == b + 1U || !attach_modifier_form(st, b + 1U, next))
            break;
        st->rg->roles[b] = ORDER_ROLE_MODIFIER;
        p = b + 1U;
        b = next;
    }
    return b;
}

/* Does the piece [a, b) say what the dish is called, not how it comes ("whatever its
 * called", "i think its called", "or whatever the name is")? A verb or noun of naming within
 * its first few words, no change's lead first. */
static bool attach_naming_piece(const struct attach_state *st, size_t a, size_t b)
{
    if (!ORDER_CUES_ANY(&st->cues, "called", "named", "name", "calld"))
        return false;
    enum { NAMING_WORDS_MAX = 4 };
    static const char *const naming[] = {"called", "named", "name", "calld"};
    if (order_patterns_longest(&st->rd->u->modifier_zone_starts, st->text, st->tokens, a, b, NULL) >
        0)
        return false;
    for (size_t p = a; p < b && p < a + NAMING_WORDS_MAX; p++)
        if (order_tok_in(st->text, st->tokens, p, b, naming, ORDER_WORDS_N(naming)))
            return true;
    return false;
}

/* Is the piece [a, b) filler: a name of the dish, what it is ordered for ("to try"); or,
 * one word, made so: "is" or "are" ("whatever the spicy burger is, ..."), after a counted
 * part "without", "wo", "normal" ("1 w cheese 1 without": the part as it comes), or a verb
 * of making right before "with" or "w/" ("made with soy milk", "done w/ no salt"): the verb
 * only says that what follows is how the dish is made, the change is the words after it? */
static bool attach_filler_piece(struct attach_state *st, size_t a, size_t b, bool counted)
{
    /* the words at a that make each kind of filler: naming, a purpose's "to", a verb of
     * swapping, a stance, a verb of having, a copula, "without" and the like, a verb of making */
    if (!ORDER_CUES_ANY(&st->cues, "called", "named", "name", "calld", "to", "sub", "swap",
                        "substitute", "actually", "honestly", "anyway", "anyways", "basically",
                        "literally", "seriously", "got", "have", "has", "had", "is", "are",
                        "without", "wo", "normal", "made", "done", "prepared", "cooked", "served"))
        return false;
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    if (attach_naming_piece(st, a, b) || attach_purpose_piece(st, a, b)) {
        memset(st->rg->roles + a, ORDER_ROLE_FILLER, b - a);
        return true;
    }
    static const char *const making[] = {"made", "done", "prepared", "cooked", "served"};
    static const char *const swapping[] = {"sub", "swap", "substitute"};
    /* "no beans sub extra rice": a verb of swapping right before a change of its own says
     * that change takes the place of the one before it; the change is the words after it */
    bool swap_verb =
        b < st->e && order_tok_in(text, t, a, b, swapping, ORDER_WORDS_N(swapping)) &&
        order_patterns_longest(&st->rd->u->modifier_zone_starts, text, t, b, st->e, NULL) > 0;
    bool filler =
        b == a + 1 &&
        (swap_verb || attach_stance_adverb_piece(st, a, b) || attach_having_count_piece(st, a, b) ||
         order_tok_is(text, t, a, b, "is") || order_tok_is(text, t, a, b, "are") ||
         (counted && (order_tok_is(text, t, a, b, "without") || order_tok_is(text, t, a, b, "wo") ||
                      order_tok_is(text, t, a, b, "normal"))) ||
         (order_tok_in(text, t, a, b, making, ORDER_WORDS_N(making)) &&
          (order_tok_is(text, t, b, st->e, "with") ||
           (order_tok_is(text, t, b, st->e, "w") && b + 1U < st->e &&
            t[b + 1U].kind == ORDER_TOKEN_PUNCT && t[b + 1U].punct == '/'))));
    if (filler)
        st->rg->roles[a] = ORDER_ROLE_FILLER;
    return filler;
}

/* The tokens at i that count the dish just read (*cur, a part of s or s itself), 0 when none:
 * a range ("like 5 or 6": how many is open), "N more", a smaller count that splits a part off
 * s (the modifier piece [pa, pb) and the mods_n changes s had before it go with the part), or
 * the count itself. */
static size_t attach_after_count(struct attach_state *st, struct order_thing *s,
                                 struct order_thing **cur, size_t i, size_t pa, size_t pb,
                                 uint8_t mods_n)
{
    int32_t qty;
    size_t range = *cur == s && i == s->end && !s->qty_explicit ? attach_after_range(st, i) : 0;
    if (range > 0) {
        s->qty_unclear = true;
        return range;
    }
    size_t k = attach_after_qty(st, i, i == s->end && !s->qty_explicit, (*cur)->item, &qty);
    if (k == 0)
        return 0;
    if (order_tok_is(st->text, st->tokens, i + k - 1, st->e, "more")) {
        /* "tacos, 4 more": the count; after a count of its own, more of them */
        (*cur)->qty = (*cur)->qty_explicit ? (*cur)->qty + qty : qty;
        (*cur)->qty_explicit = true;
        return k;
    }
    if (*cur == s && s->qty_explicit && qty < s->qty)
        return attach_part_by_count(st, s, i, k, qty, pa, pb, mods_n, cur);
    (*cur)->qty = qty;
    (*cur)->qty_explicit = true;
    return k;
}

/* Does the piece [a, b) after a dish name another dish rather than change it? "with a side
 * of coleslaw" (read as a leftover), "fries with my cheeseburger" (the dish it goes with:
 * its words are fillers), "with" and a dish (the "with" joins, the dish is read anew). */
static bool attach_piece_is_dish(struct attach_state *st, size_t a, size_t b)
{
    if (!ORDER_CUES_ANY(&st->cues, "with", "w", "side"))
        return false;
    if (attach_side_dish(st, a, b))
        return true;
    if (attach_with_possessive(st, a, b)) {
        memset(st->rg->roles + a, ORDER_ROLE_FILLER, b - a);
        return true;
    }
    size_t with_lead = attach_with_dish(st, a, b);
    if (with_lead > 0) {
        memset(st->rg->roles + a, ORDER_ROLE_FILLER, with_lead);
        return true;
    }
    return false;
}

/* Does a piece ending at b run on to the next thing at limit: right before it, or before it
 * with only "for the" / "for my" between ("..., extra thick for the chocolate one": the
 * change is the next dish's, the "for" read as a filler)? */
static bool attach_reaches_span(const struct attach_state *st, size_t b, size_t limit)
{
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    if (b == limit)
        return true;
    return b + 2U == limit && b > 0 && st->rg->roles[b] == ORDER_ROLE_FILLER &&
           order_tok_is(text, t, b, limit, "for") &&
           (order_tok_is(text, t, b + 1U, limit, "the") ||
            order_tok_is(text, t, b + 1U, limit, "my"));
}

/* "kids burger please 3x", "(cut in half please) (3x)", "taquitos for my son (2 orders)": a
 * word of politeness, or the person the dish is for, at i ends what was asked, not the dish;
 * a count after it (and a bracket it closes) still counts the dish. Returns the token after that
 * count, 0 when there is none (attach_after's state as there). */
static size_t attach_count_after_aside(struct attach_state *st, struct order_thing *s,
                                       struct order_thing **cur, size_t i, size_t limit, size_t pa,
                                       size_t pb, uint8_t mods_n)
{
    if (!ORDER_CUES_ANY(&st->cues, "for", "please", "pls", "plz"))
        return 0;
    if (i >= limit || !(attach_free(st, i) || st->rg->roles[i] == ORDER_ROLE_FILLER))
        return 0;
    size_t q = attach_for_someone_end(st, i, limit); /* "taquitos for my son (2 orders)" */
    if (q == 0) {
        if (!attach_please_at(st->text, st->tokens, i, limit))
            return 0;
        q = i + 1; /* "kids burger please 3x" */
    }
    const struct order_token *t = st->tokens;
    while (q < limit && t[q].kind == ORDER_TOKEN_PUNCT && t[q].punct == ')')
        q++;
    size_t k = q < limit ? attach_after_count(st, s, cur, q, pa, pb, mods_n) : 0;
    if (k == 0)
        return 0;
    memset(st->rg->roles + i, ORDER_ROLE_FILLER, q - i);
    return q + k;
}

/* Is the piece [a, b) the speaker alone ("..., and me and my brother want ...")? After a
 * join it starts the next subject, no change of the dish. */
static bool attach_speaker_piece(const struct attach_state *st, size_t a, size_t b)
{
    if (!ORDER_CUES_ANY(&st->cues, "me", "i", "we", "us"))
        return false;
    static const char *const speaker[] = {"me", "i", "we", "us"};
    return b == a + 1U && attach_in(st->text, st->tokens, a, b, speaker, ORDER_WORDS_N(speaker));
}

/* Does a count marked with "x" stand at j ("x2", "3x", "(x2)")? After a piece with no lead of
 * a change, it counts that piece: "fries x2 coke x2" orders a coke, it does not put one on the
 * fries. */
static bool attach_times_count_at(const struct attach_state *st, size_t j)
{
    const struct order_token *t = st->tokens;
    if (j < st->e && t[j].kind == ORDER_TOKEN_PUNCT && t[j].punct == '(')
        j++;
    if (j >= st->e || t[j].kind != ORDER_TOKEN_WORD || t[j].len < 2U)
        return false;
    const char *w = st->text + t[j].off;
    return (w[0] == 'x' && attach_digits(w + 1, t[j].len - 1U, false) > 0) ||
           (w[t[j].len - 1U] == 'x' && attach_digits(w, t[j].len, true) > 0);
}

/* Is the piece [a, b) a food or a drink of its own: no change's form and, unless counted (a
 * count of its own follows it), no word of the menu ("x5 on flour tortillas", "x3 corn" tell
 * how the dish comes)? Right after the dish's count, or before a count of its own ("root beer
 * x2", though "beer" battered the onion rings), such a piece is the next dish asked for. */
static bool attach_piece_own_dish(const struct attach_state *st, size_t a, size_t b, bool counted)
{
    const struct order_token *last = &st->tokens[b - 1U];
    if (last->kind != ORDER_TOKEN_WORD || attach_modifier_form(st, a, b) ||
        (!counted &&
         (attach_menu_words(st, a, b) ||
          order_menu_words_has(st->rd->lex->menu_words, st->text + last->off, last->len))))
        return false;
    return attach_food_run(st, a, b) || attach_everyday_drink(st, a, b);
}

/* Is the piece [a, b) one word after '+' that starts the name of one dish ("green tea +
 * lemonade + sparkling")? '+' lists dishes; a change of one word after it would be a part
 * ("+ guac", "+ cheese"), and no name starts with those. The word alone names the dish
 * (attach_one_name_word). */
static bool attach_listed_name_start(const struct attach_state *st, size_t a, size_t b)
{
    const struct order_token *t = st->tokens;
    if (b != a + 1U || a == 0 || t[a - 1U].kind != ORDER_TOKEN_PUNCT || t[a - 1U].punct != '+' ||
        t[a].kind != ORDER_TOKEN_WORD)
        return false;
    size_t found = 0;
    for (size_t m = 0; m < st->rd->lex->menu->count && found < 2U; m++) {
        const char *name = st->rd->lex->menu->items[m].name;
        char first[ORDER_LEX_WORD_BYTES_MAX];
        found += order_name_word_next(&name, first, sizeof(first)) == t[a].len &&
                 memcmp(first, st->text + t[a].off, t[a].len) == 0;
    }
    return found == 1U; /* two dishes starting so name neither */
}

/* Is the thing th a dish that is no drink: its item, or every item it may be, none of the
 * menu's drinks? */
static bool attach_food_dish(const struct attach_state *st, const struct order_thing *th)
{
    if (!th->is_span)
        return false;
    if (th->item >= 0)
        return !order_lexicon_item_drink(st->rd->lex, th->item);
    size_t n = 0;
    for (int32_t i = order_item_set_next(&th->candidates, 0); i >= 0;
         i = order_item_set_next(&th->candidates, (size_t)i + 1U), n++)
        if (order_lexicon_item_drink(st->rd->lex, i))
            return false;
    return n > 0;
}

/* Is the piece [a, b), its article aside, a drink the menu lacks ("coke", "a root beer"),
 * right after a dish that is no drink ("cheeseburger fries coke")? A drink is no change of
 * a dish to eat; it is the next thing asked for. After a drink it may be one ("cold brew
 * milk"). */
static bool attach_drink_after_food(const struct attach_state *st, const struct order_thing *cur,
                                    size_t a, size_t b)
{
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    bool with = a < b && order_tok_is(text, t, a, b, "with"); /* "kids meal with apple juice" */
    a += with ? 1U : 0U;
    if (a < b && attach_is_article(text, t, a, b))
        a++;
    if (a >= b || (!with && attach_menu_words(st, a, b)) || !attach_food_dish(st, cur))
        return false;
    char phrase[ORDER_PHRASE_BYTES_MAX];
    size_t o = order_words_join(text, t, a, b, phrase, sizeof(phrase));
    return o > 0 && order_food_drink(st->rd->food, phrase, o) &&
           !(with && order_lexicon_menu_mentions(st->rd->lex, phrase, o));
}

/* Is the piece [a, b), read in a change's form, the next dish asked for instead: one word
 * after '+' that starts a dish's name, a drink after a dish to eat, or a food or drink of its
 * own before its own count or right after the dish's (closed)? */
static bool attach_piece_next_dish(const struct attach_state *st, const struct order_thing *cur,
                                   size_t a, size_t b, bool closed)
{
    if (attach_listed_name_start(st, a, b) || attach_drink_after_food(st, cur, a, b))
        return true;
    bool own_count = attach_times_count_at(st, b);
    return (closed || own_count) && attach_piece_own_dish(st, a, b, own_count);
}

/* Does the piece [a, b) after the dish change it: a part's words (counted), or words in a
 * change's form that are neither the next dish ("fries x2 coke x2", "lemonade + sparkling")
 * nor a dish named with "with" or "a side of" (attach_piece_is_dish)? */
static bool attach_piece_changes(struct attach_state *st, const struct order_thing *cur, size_t a,
                                 size_t b, bool counted, bool separated, bool joined,
                                 bool last_was_mod, bool closed)
{
    if (counted)
        return true;
    return attach_piece_modifies(st, a, b, separated, joined, last_was_mod) &&
           !attach_piece_next_dish(st, cur, a, b, closed) && !attach_piece_is_dish(st, a, b);
}

/* The tokens at a that count s anew ("2 beef burgers actually make that 3, ..."), or say a
 * count it does not have ("3 teriyaki bowls not 2"); 0 when none. */
static size_t attach_recount_or_not(struct attach_state *st, struct order_thing *s,
                                    struct order_thing *cur, size_t a, size_t limit,
                                    bool limit_is_span)
{
    size_t recount = attach_recount(st, s, cur, a, limit, limit_is_span);
    return recount > 0 ? recount : attach_not_count(st, a, limit) ? 2U : 0U;
}

/* attach_part at a for span s, the part read last being cur: *only_more says whether every
 * part so far was more of the dish ("one w/o pickles, one with extra cheese"), no part of its
 * count (s still has its count, initial): "and one plain" is then one more again, not the rest
 * of the count. */
static size_t attach_next_part(struct attach_state *st, struct order_thing *s,
                               const struct order_thing *cur, size_t a, size_t limit,
                               bool limit_is_span, int32_t initial, bool *only_more,
                               struct order_thing **part)
{
    int32_t before = s->qty;
    bool split_before = cur != s && !(*only_more && s->qty == initial);
    size_t counted = attach_part(st, s, a, limit, limit_is_span, split_before, part);
    *only_more = *only_more && (counted == 0 || s->qty == before);
    return counted;
}

size_t attach_after(struct attach_state *st, struct order_thing *s, size_t i, size_t limit,
                    bool limit_is_span)
{
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    struct order_thing *cur = s;
    bool only_more = true; /* parts so far were more of the dish (attach_next_part) */
    const int32_t initial = s->qty;
    bool last_was_mod = false, closed = false; /* closed: a count after it ("fries x2 | coke") */
    size_t pa = i, pb = i; /* the last modifier piece, and how many modifiers s had before it */
    uint8_t mods_n = s->mods.n, shared_n = 0;
    struct order_thing *sharer = NULL; /* a part split off, that keeps s's changes before it */
    for (;;) {
        int32_t qty;
        size_t counted_after = attach_after_count(st, s, &cur, i, pa, pb, mods_n);
        if (counted_after > 0) {
            i += counted_after;
            closed = true;
            continue;
        }
        size_t after_aside = attach_count_after_aside(st, s, &cur, i, limit, pa, pb, mods_n);
        if (after_aside > 0) {
            i = after_aside;
            continue;
        }
        bool separated, joined;
        size_t a = attach_skip_separators(st, i, limit, &separated, &joined);
        if (a >= limit || !attach_free(st, a) || attach_is_article(text, t, a, limit))
            return i;
        size_t recount = attach_recount_or_not(st, s, cur, a, limit, limit_is_span);
        if (recount > 0) {
            i = a + recount; /* "... actually make that 3, one of them ...", "... not 2" */
            continue;
        }
        size_t every = attach_every(st, a, limit);
        if (every > 0) { /* "all three no tomato", "both large" */
            size_t b = attach_every_change(st, s, a, every, limit);
            if (b == 0)
                return i;
            i = b;
            continue;
        }
        struct order_thing *part = NULL;
        int32_t whole = cur == s ? s->qty : 0; /* a first split shares what s took before it */
        size_t counted =
            attach_next_part(st, s, cur, a, limit, limit_is_span, initial, &only_more, &part);
        if (counted > 0) {
            sharer = s->qty < whole ? part : NULL;
            shared_n = s->mods.n;
            cur = part;
            a += counted;
        } else if (attach_number(st->rd->u, text, t, a, limit, &qty) > 0) {
            size_t add_in = attach_counted_add_in(st, a, limit);
            if (add_in == 0)
                return i;                         /* the next thing's quantity */
            attach_piece(st, cur, a, a + add_in); /* "..., 2 sugars" */
            last_was_mod = true;
            i = a + add_in;
            continue;
        }
        size_t b = attach_piece_end(st, a, limit);
        if (b == a || (attach_reaches_span(st, b, limit) && limit_is_span && separated))
            return i; /* nothing, or the size of the next span ("..., large iced tea") */
        if (counted == 0 && separated && attach_speaker_piece(st, a, b))
            return i; /* "..., and me and my brother want ..." */
        if (!attach_piece_changes(st, cur, a, b, counted > 0, separated, joined, last_was_mod,
                                  closed))
            return i;
        closed = false;
        /* "one with the mayo, the other without": the bare "without" leaves out the mayo */
        bool again = counted > 0 && pb > pa && attach_without_again(st, cur, pa, pb, a, b);
        if (!again && attach_filler_piece(st, a, b, counted > 0)) {
            i = b;
            continue;
        }
        pa = a;
        pb = b;
        mods_n = cur->mods.n;
        if (!again)
            attach_piece(st, cur, a, b);
        if (cur == sharer) /* "two wraps, hummus on the side, one with extra chilli" */
            attach_part_shares(cur, &s->mods, shared_n);
        sharer = NULL;
        last_was_mod = true;
        i = b;
        while (i < limit && t[i].kind == ORDER_TOKEN_PUNCT && t[i].punct == ')')
            st->rg->roles[i++] = ORDER_ROLE_MODIFIER;
    }
}
