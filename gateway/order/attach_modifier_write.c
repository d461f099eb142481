/* attach_modifier_write.c — how a change to a dish is written (attach_modifiers.c finds where
 * its words start and end): the understanding's label where it has one, a removal as "no ...",
 * a swap as "X instead of Y", a degree before its part, else the words as said with texted
 * words spelt out ("w/o" "without", "xtra" "extra"). */
#include <stdio.h>
#include <stdint.h>
#include <string.h>

#include "gateway/order/attach_internal.h"

/* Appends the words of [a, b) to out (o bytes used), each after a space but the first. */
static size_t attach_put_words(const char *text, const struct order_token *t, size_t a, size_t b,
                               char *out, size_t o)
{
    for (size_t i = a; i < b; i++) {
        if (t[i].kind != ORDER_TOKEN_WORD || o + t[i].len + 2 >= ORDER_MODIFIER_BYTES_MAX)
            continue;
        if (o)
            out[o++] = ' ';
        memcpy(out + o, text + t[i].off, t[i].len);
        o += t[i].len;
    }
    out[o] = '\0';
    return o;
}

/* Does item's name or description hold every word of [a, b) (three at most; "the" and other
 * connectors aside)? */
bool attach_swap_held(const struct order_lexicon *lex, int32_t item, const char *text,
                      const struct order_token *t, size_t a, size_t b)
{
    enum { SWAP_WORDS_MAX = 3 };
    const char *words[SWAP_WORDS_MAX];
    size_t lens[SWAP_WORDS_MAX], n = 0;
    for (size_t i = a; i < b; i++) {
        if (t[i].kind != ORDER_TOKEN_WORD || order_tok_connector(text, &t[i]))
            continue;
        if (n == SWAP_WORDS_MAX)
            return false;
        words[n] = text + t[i].off;
        lens[n++] = t[i].len;
    }
    return n > 0 && order_lexicon_item_mentions(lex, item, words, lens, n) == n;
}

/* attach_swap_held, or one word the dish holds by the menu's own glossary of its names
 * ("steak": the California Burrito's carne asada is steak). */
static bool attach_swap_held_read(const struct order_reader *rd, int32_t item, const char *text,
                                  const struct order_token *t, size_t a, size_t b)
{
    if (attach_swap_held(rd->lex, item, text, t, a, b))
        return true;
    size_t w = b, n = 0;
    for (size_t i = a; i < b; i++)
        if (t[i].kind == ORDER_TOKEN_WORD && !order_tok_connector(text, &t[i])) {
            w = i;
            n++;
        }
    return n == 1 && order_read_item_holds(rd, (size_t)item, text + t[w].off, t[w].len);
}

/* "swap the rocket for lettuce", "sub the mayo with ketchup", "the slaw swapped for extra
 * lettuce": written "lettuce instead of rocket", the way the labels write a swap; when the
 * dish is known, what goes is the side it holds. Returns whether [a, b) is such a swap
 * (then out holds it). */
static bool attach_swap_text(const struct order_reader *rd, int32_t item, const char *text,
                             const struct order_token *t, size_t a, size_t b, char *out)
{
    static const char *const verbs[] = {"swap", "sub", "substitute", "switch", "change", "replace"};
    static const char *const done[] = {"swapped",  "subbed",  "substituted",
                                       "switched", "changed", "replaced"};
    static const char *const det[] = {"the", "my", "a", "an"};
    size_t x = a, f = b;
    bool lead = order_tok_in(text, t, a, b, verbs, ORDER_WORDS_N(verbs));
    if (lead) {
        x = a + 1;
        if (order_tok_is(text, t, x, b, "out"))
            x++;
    }
    for (size_t i = x; i < b && f == b; i++)
        if (order_tok_is(text, t, i, b, "for") || order_tok_is(text, t, i, b, "with") ||
            (lead && order_tok_is(text, t, i, b, "to")))
            f = i;
    size_t xe = f;
    if (!lead) { /* "the slaw swapped for ...", "the slaw swapped out for ..." */
        if (f < b && f >= a + 3 && order_tok_is(text, t, f - 1, b, "out"))
            xe = f - 2;
        else if (f < b && f >= a + 2)
            xe = f - 1;
        if (xe == b || !order_tok_in(text, t, xe, b, done, ORDER_WORDS_N(done)))
            return false;
    }
    while (x < xe && order_tok_in(text, t, x, b, det, ORDER_WORDS_N(det)))
        x++;
    size_t y = f + 1;
    while (y < b && order_tok_in(text, t, y, b, det, ORDER_WORDS_N(det)))
        y++;
    if (f == b || x >= xe || y >= b)
        return false;
    /* "sub pinto beans for the black beans" on a dish made with black beans: which of the
     * two goes is the one the dish holds, whichever side of "for" it stands on */
    size_t na = y, nb = b, ra = x, rb = xe;
    if (item >= 0 && rd && attach_swap_held_read(rd, item, text, t, y, b) &&
        !attach_swap_held_read(rd, item, text, t, x, xe)) {
        na = x, nb = xe, ra = y, rb = b;
    }
    size_t o = attach_put_words(text, t, na, nb, out, 0);
    if (o + 12 >= ORDER_MODIFIER_BYTES_MAX)
        return false;
    memcpy(out + o, " instead of", 11);
    o += 11;
    out[o] = '\0';
    attach_put_words(text, t, ra, rb, out, o);
    return true;
}

/* The word token *i of a change is written as (its length in *wl), as texted words are
 * spelt out ("w" "with", "xtra" "extra", "dbl" "double", "w/o" "no" first and "without" after, "med
 * rare" "medium rare"); NULL when it is left out ("made vegan": the diet; "served on the side"). A
 * word of several tokens moves *i to its last. */
static const char *attach_modifier_word(const struct attach_state *st, size_t *i, size_t a,
                                        size_t b, bool first, size_t *wl)
{
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    size_t k = *i;
    size_t wo = order_tok_w_slash_o(text, t, k, b);
    *wl = t[k].len;
    if (wo > 0) { /* "w/o pickles" leading: "no pickles", as "without pickles" reads */
        *i += wo - 1;
        *wl = first ? 2 : 7;
        return first ? "no" : "without";
    }
    if (order_token_is(text, &t[k], "w") || order_token_is(text, &t[k], "wt"))
        return *wl = 4, "with";
    if (order_token_is(text, &t[k], "wo"))
        return *wl = 7, "without";
    /* "with not mayo": without it, as "with no mayo"; not "with not too much sauce", a
     * degree of it */
    static const char *const degrees[] = {"too", "so", "very", "much", "that", "as", "a", "enough"};
    if (k > 0 && order_token_is(text, &t[k], "not") && order_token_is(text, &t[k - 1], "with") &&
        !order_tok_in(text, t, k + 1, b, degrees, ORDER_WORDS_N(degrees)))
        return *wl = 2, "no";
    if (order_token_is(text, &t[k], "xtra") || order_token_is(text, &t[k], "xtr"))
        return *wl = 5, "extra"; /* as texted */
    if (order_token_is(text, &t[k], "dbl"))
        return *wl = 6, "double";
    if (order_token_is(text, &t[k], "med") &&
        (order_tok_is(text, t, k + 1, b, "rare") || order_tok_is(text, t, k + 1, b, "well") ||
         (k > a && order_tok_is(text, t, k - 1, b, "cooked"))))
        return *wl = 6, "medium"; /* "cooked med rare": the doneness */
    if (k == a && k + 1 < b && order_token_is(text, &t[k], "made") &&
        order_patterns_longest(&st->rd->u->diet_cues, text, t, k + 1, b, NULL) == b - k - 1)
        return NULL; /* "made vegan": the diet */
    if (order_token_is(text, &t[k], "served") && order_tok_is(text, t, k + 1, b, "on") &&
        order_tok_is(text, t, k + 2, b, "the") && order_tok_is(text, t, k + 3, b, "side") && k > a)
        return NULL; /* "the dressing served on the side" is the dressing on the side */
    if (order_token_is(text, &t[k], "served") && order_tok_is(text, t, k + 1, b, "separately") &&
        k > a)
        return NULL; /* "the custard served separately" */
    if (order_token_is(text, &t[k], "separately") && k > a && k + 1 == b)
        return *wl = 11, "on the side"; /* what is apart from the dish is on its side */
    return text + t[k].off;
}

/* Is out a removal of no named part, its object an indefinite pronoun ("he will not eat
 * anything else", "no anything")? It says how picky the eater is and takes nothing off. */
static bool attach_removes_nothing_named(const char *out)
{
    /* "without" alone, its part said before it ("i can't do rocket, so without"): the
     * part, named where no dish was, is read there; the lead alone names nothing */
    static const char *const any[] = {"no anything",  "no anything else", "no everything else",
                                      "no something", "no nothing",       "no nothing else",
                                      "without"};
    for (size_t k = 0; k < ORDER_WORDS_N(any); k++)
        if (strcmp(out, any[k]) == 0)
            return true;
    return false;
}

/* Is out numbers alone ("4", "2.50", "3 6")? Left after a dish it is the dish's price as the
 * customer wrote it ("horchata $2.50", "churros $4"), its currency sign dropped: no change. */
static bool attach_number_alone(const char *out)
{
    bool digit = false;
    for (const char *c = out; *c; c++) {
        if (*c >= '0' && *c <= '9')
            digit = true;
        else if (*c != '.' && *c != ',' && *c != ' ')
            return false;
    }
    return digit;
}

/* Adds out to th's changes unless it already has it. */
static void attach_modifier_keep(struct order_thing *th, const char *out)
{
    if (attach_removes_nothing_named(out) || attach_number_alone(out))
        return;
    for (size_t m = 0; m < th->mods.n; m++)
        if (strcmp(th->mods.text[m], out) == 0)
            return;
    th->mods.n += out[0] != '\0';
}

/* "tortilla of flour": a change of two words joined by "of" that the menu writes the other
 * way round ("flour tortilla"), as a customer whose own language puts the noun first writes
 * it. The menu's order is written to out (ORDER_MODIFIER_BYTES_MAX bytes). */
static bool attach_menu_order_of(const struct attach_state *st, size_t a, size_t b, char *out)
{
    if (!ORDER_CUES_ANY(&st->cues, "of"))
        return false;
    const struct order_token *t = st->tokens;
    const struct order_lexicon *lx = st->rd->lex;
    if (b != a + 3 || !order_tok_is(st->text, t, a + 1, b, "of") || t[a].kind != ORDER_TOKEN_WORD ||
        t[a + 2].kind != ORDER_TOKEN_WORD || !lx->item_text ||
        t[a].len + t[a + 2].len + 2 > ORDER_MODIFIER_BYTES_MAX)
        return false;
    snprintf(out, ORDER_MODIFIER_BYTES_MAX, "%.*s %.*s", (int)t[a + 2].len, st->text + t[a + 2].off,
             (int)t[a].len, st->text + t[a].off);
    for (size_t it = 0; it < lx->menu->count; it++)
        if (lx->item_text[it] && attach_text_has_phrase(lx->item_text[it], out))
            return true;
    return false;
}

/* Is w[0..len) one of the space-separated words of s[0..n)? */
static bool attach_has_word(const char *s, size_t n, const char *w, size_t len)
{
    for (size_t i = 0; i + len <= n; i++)
        if ((i == 0 || s[i - 1] == ' ') && (i + len == n || s[i + len] == ' ') &&
            memcmp(s + i, w, len) == 0)
            return true;
    return false;
}

/* Is the change [a, b) a lead word and one word that is no food ("extra hot"), the word
 * dropped by its understanding label yet held by dish th's own name or description ("extra
 * hot" of the wrap in "buffalo hot sauce", where the label is "extra spicy")? Then it asks
 * for more of that part of the dish, in the customer's words. */
static bool attach_names_own_part(const struct attach_state *st, const struct order_thing *th,
                                  size_t a, size_t b, const char *label)
{
    const struct order_token *w = &st->tokens[a + 1U];
    const char *word = st->text + w->off;
    size_t len = w->len;
    if (th->item < 0 || b != a + 2U || w->kind != ORDER_TOKEN_WORD ||
        order_patterns_longest(&st->rd->u->modifier_zone_starts, st->text, st->tokens, a, a + 1U,
                               NULL) != 1 ||
        order_food_word(st->rd->food, word, len) ||
        attach_has_word(label, strlen(label), word, len))
        return false;
    return order_lexicon_item_mentions(st->rd->lex, th->item, &word, &len, 1) == 1;
}

/* Is the change [a, b) of dish th as a whole one of the understanding's changes or sizes, and
 * no more of a part the dish names itself? Then its label is written to out
 * (ORDER_MODIFIER_BYTES_MAX bytes). */
static bool attach_modifier_label(const struct attach_state *st, const struct order_thing *th,
                                  size_t a, size_t b, char *out)
{
    const struct order_understanding *u = st->rd->u;
    const struct order_patterns *lists[2] = {&u->modifiers, &u->sizes};
    size_t which;
    for (size_t l = 0; l < 2; l++)
        if (order_patterns_longest(lists[l], st->text, st->tokens, a, b, &which) == b - a) {
            const char *label = u->labels[lists[l]->items[which].value];
            if (attach_names_own_part(st, th, a, b, label))
                return false;
            snprintf(out, ORDER_MODIFIER_BYTES_MAX, "%s", label);
            return true;
        }
    return false;
}

/* "dressing light", "chipotle mayo extra" (a part of one or two words, the degree after it):
 * written "light dressing", "extra chipotle mayo", as the understanding writes a degree. False for
 * any other piece. */
static bool attach_degree_first(const struct attach_state *st, size_t a, size_t b, char *out)
{
    if (!ORDER_CUES_ANY(&st->cues, "light", "lite", "heavy", "extra"))
        return false;
    const struct order_token *t = st->tokens;
    if (b < a + 2U || b > a + 3U || !attach_degree_after(st, a, b))
        return false;
    for (size_t k = a; k < b; k++)
        if (t[k].kind != ORDER_TOKEN_WORD)
            return false;
    int o = snprintf(out, ORDER_MODIFIER_BYTES_MAX, "%.*s %.*s", (int)t[b - 1U].len,
                     st->text + t[b - 1U].off, (int)t[a].len, st->text + t[a].off);
    if (b == a + 3U && o > 0 && (size_t)o < ORDER_MODIFIER_BYTES_MAX)
        snprintf(out + o, ORDER_MODIFIER_BYTES_MAX - (size_t)o, " %.*s", (int)t[a + 1U].len,
                 st->text + t[a + 1U].off);
    return true;
}

/* Keeps the words [a, b) as the change "<words> on the side". */
void attach_keep_on_side(struct attach_state *st, struct order_thing *th, size_t a, size_t b)
{
    char *out = th->mods.text[th->mods.n];
    size_t o = 0;
    for (size_t i = a; i < b; i++) {
        size_t wl;
        const char *w = attach_modifier_word(st, &i, a, b, o == 0, &wl);
        if (!w || o + wl + 2 >= ORDER_MODIFIER_BYTES_MAX)
            continue;
        if (o)
            out[o++] = ' ';
        memcpy(out + o, w, wl);
        o += wl;
    }
    if (o == 0 || o + sizeof(" on the side") > ORDER_MODIFIER_BYTES_MAX)
        return;
    memcpy(out + o, " on the side", sizeof(" on the side"));
    attach_modifier_keep(th, out);
}

/* The article and unit of a portion right after "add" or "with" that opens [a, b) ("add a
 * slice of cheddar": "a slice of"), how many tokens; 0 when none. The change is the part. */
static size_t attach_portion_after_add(const struct attach_state *st, size_t a, size_t b)
{
    if (!ORDER_CUES_ANY(&st->cues, "add", "with") || !ORDER_CUES_ANY(&st->cues, "a", "an"))
        return 0;
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    if (b < a + 4U ||
        !(order_tok_is(text, t, a, b, "add") || order_tok_is(text, t, a, b, "with")) ||
        !(order_tok_is(text, t, a + 1U, b, "a") || order_tok_is(text, t, a + 1U, b, "an")))
        return 0;
    size_t unit = order_patterns_longest(&st->rd->u->quantity_units, text, t, a + 2U, b, NULL);
    return unit > 1U && a + 2U + unit < b ? 1U + unit : 0; /* a unit and "of", not "of" alone */
}

/* Does the change [a, b) say the doneness of the dish's meat, named by one word the dish
 * holds or a word for any meat ("the steak well done", "patty medium rare")? Returns 1, the
 * word, when it does: the doneness is the dish's. 0 when not. */
static size_t attach_meat_done(const struct attach_state *st, const struct order_thing *th,
                               size_t a, size_t b)
{
    static const char *const meat[] = {"meat", "patty", "patties", "beef", "burger"};
    const struct order_understanding *u = st->rd->u;
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    size_t which;
    if (b < a + 2U || th->item < 0 || t[a].kind != ORDER_TOKEN_WORD ||
        order_patterns_longest(&u->modifiers, text, t, a + 1U, b, &which) != b - a - 1U ||
        strncmp(u->labels[u->modifiers.items[which].value], "cooked ", 7) != 0)
        return 0;
    return order_tok_in(text, t, a, b, meat, ORDER_WORDS_N(meat)) ||
                   order_read_item_holds(st->rd, (size_t)th->item, text + t[a].off, t[a].len)
               ? 1U
               : 0U;
}

/* The tokens of a verb of putting that opens the change [a, b), with "some" or "a bit of"
 * after it ("put some feta", "throw jalapenos", "add some guac"), or its participle before
 * the part ("w/ added salmon"): the verb only says how the part comes onto the dish, the
 * change is adding it; no label writes the amount. 0 when there is none. */
static size_t attach_putting_on(const struct attach_state *st, size_t a, size_t b)
{
    static const char *const putting[] = {"put", "throw", "stick", "chuck", "toss", "pop", "added"};
    if (!ORDER_CUES_ANY(&st->cues, "add", "put", "throw", "stick", "chuck", "toss", "pop", "added"))
        return 0;
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    /* "add some guac": "add" is the change itself, only the amount after it is no part */
    bool add = order_tok_is(text, t, a, b, "add");
    if (!add && !order_tok_in(text, t, a, b, putting, ORDER_WORDS_N(putting)))
        return 0;
    size_t w = a + 1U;
    if (order_tok_is(text, t, w, b, "some"))
        w++;
    else if (order_tok_is(text, t, w, b, "a") && order_tok_is(text, t, w + 1U, b, "bit") &&
             order_tok_is(text, t, w + 2U, b, "of"))
        w += 3U;
    if (add && w == a + 1U)
        return 0; /* "add guac" is written as it is said */
    return w < b && t[w].kind == ORDER_TOKEN_WORD ? w - a : 0;
}

/* The tokens of a negated verb of putting at [a, b) ("no put", "dont put", "do not add",
 * "don't include") or, when a is that verb, of the negation right before it in the clause
 * ("dont | add the tahini"), with a "the" or "any" after the verb. The verb only says how a
 * part would come onto the dish; the change is its removal, "no tahini sauce". Returns 0
 * when there is none. */
static size_t attach_negated_putting(const struct attach_state *st, size_t a, size_t b)
{
    static const char *const putting[] = {"put", "add", "include", "putting", "adding"};
    static const char *const negations[] = {"no", "dont", "never"};
    if (!ORDER_CUES_ANY(&st->cues, "put", "add", "include", "putting", "adding") ||
        !ORDER_CUES_ANY(&st->cues, "no", "dont", "never", "do"))
        return 0;
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    size_t n = ORDER_WORDS_N(negations);
    size_t v = order_tok_in(text, t, a, b, negations, n) ? a + 1U
               : order_tok_is(text, t, a, b, "do") && order_tok_is(text, t, a + 1U, b, "not")
                   ? a + 2U
                   : a;
    if (v == a) {
        /* the negation just before the change: "dont" or "do not" */
        bool neg = a > st->b && order_tok_in(text, t, a - 1U, a, negations + 1, n - 1U);
        neg = neg || (a > st->b + 1U && order_tok_is(text, t, a - 2U, a, "do") &&
                      order_tok_is(text, t, a - 1U, a, "not"));
        if (!neg)
            return 0;
    }
    if (!order_tok_in(text, t, v, b, putting, ORDER_WORDS_N(putting)))
        return 0;
    size_t w = v + 1U;
    if (w + 1U < b && (order_tok_is(text, t, w, b, "the") || order_tok_is(text, t, w, b, "any")))
        w++;
    return w < b && t[w].kind == ORDER_TOKEN_WORD ? w - a : 0;
}

/* Does the change [a, b) go on with an addition to dish th, "and" and "a" before its words
 * (the article inside it or just before it): "add bacon and a fried egg"? The part is added
 * too. */
static bool attach_addition_goes_on(const struct attach_state *st, const struct order_thing *th,
                                    size_t a, size_t b)
{
    if (!ORDER_CUES_ANY(&st->cues, "and") || !ORDER_CUES_ANY(&st->cues, "a", "an"))
        return false;
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    size_t art = order_tok_is(text, t, a, b, "a") || order_tok_is(text, t, a, b, "an") ? a : b;
    if (art == b && a > st->b &&
        (order_tok_is(text, t, a - 1U, b, "a") || order_tok_is(text, t, a - 1U, b, "an")))
        art = a - 1U;
    return art < b && art >= st->b + 2U && art + 1U < b && th->mods.n > 0 &&
           strncmp(th->mods.text[th->mods.n - 1U], "add ", 4) == 0 &&
           order_tok_is(text, t, art - 1U, b, "and") &&
           st->rg->roles[art - 2U] == ORDER_ROLE_MODIFIER;
}

/* Does the change [a, b), with no lead of its own, follow a removal of dish th joined by "and
 * the" ("hold the cotija and the sour cream")? The article said again repeats the one after
 * the removal's verb: the part is taken off too. */
static bool attach_removal_goes_on(const struct attach_state *st, const struct order_thing *th,
                                   size_t a, size_t b)
{
    if (!ORDER_CUES_ANY(&st->cues, "and") || !ORDER_CUES_ANY(&st->cues, "the"))
        return false;
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    size_t the = order_tok_is(text, t, a, b, "the")                     ? a
                 : a > st->b && order_tok_is(text, t, a - 1U, b, "the") ? a - 1U
                                                                        : b;
    size_t from = the == a ? a + 1U : a;
    if (the == b || from >= b || the < st->b + 2U || th->mods.n == 0 ||
        strncmp(th->mods.text[th->mods.n - 1U], "no ", 3) != 0 ||
        !order_tok_is(text, t, the - 1U, b, "and") ||
        st->rg->roles[the - 2U] != ORDER_ROLE_MODIFIER ||
        order_patterns_longest(&st->rd->u->modifier_starts, text, t, from, b, NULL) > 0)
        return false;
    /* the part alone: "and the guac on the side" or "and the hummus swapped for tzatziki"
     * says something else of it */
    char phrase[ORDER_PHRASE_BYTES_MAX];
    size_t o = order_words_join(text, t, from, b, phrase, sizeof(phrase));
    if (o > 0 && order_food_entry(st->rd->food, phrase, o))
        return true;
    for (size_t i = from; i < b; i++)
        if (t[i].kind != ORDER_TOKEN_WORD ||
            !order_food_word(st->rd->food, text + t[i].off, t[i].len))
            return false;
    return true;
}

/* Is token i a participle of how a dish is made ("grilled", "fried", "toasted"): a word of
 * five letters or more ending in "ed"? */
static bool attach_made_participle(const char *text, const struct order_token *t, size_t i)
{
    return t[i].kind == ORDER_TOKEN_WORD && t[i].len >= 5U &&
           memcmp(text + t[i].off + t[i].len - 2U, "ed", 2) == 0;
}

/* "grilled not fried": one way of making the dish for another, written as the labels write
 * a swap, "grilled instead of fried". Returns whether [a, b) was that and written to out. */
static bool attach_made_not(const char *text, const struct order_token *t, size_t a, size_t b,
                            char *out)
{
    if (b != a + 3U || !order_tok_is(text, t, a + 1U, b, "not") ||
        !attach_made_participle(text, t, a) || !attach_made_participle(text, t, a + 2U))
        return false;
    snprintf(out, ORDER_MODIFIER_BYTES_MAX, "%.*s instead of %.*s", (int)t[a].len, text + t[a].off,
             (int)t[a + 2U].len, text + t[a + 2U].off);
    return true;
}

/* The end of the change [a, b) without the emphasis closing it ("no cheese at all", "no nuts
 * whatsoever", "no onion of any kind"): it says how firmly, not what the dish lacks. */
static size_t attach_unstressed_end(const char *text, const struct order_token *t, size_t a,
                                    size_t b)
{
    static const char *const kinds[] = {"kind", "sort", "type", "form"};
    if (b > a + 1U && order_tok_is(text, t, b - 1U, b, "whatsoever"))
        return b - 1U;
    if (b > a + 2U && order_tok_is(text, t, b - 2U, b, "at") &&
        order_tok_is(text, t, b - 1U, b, "all"))
        return b - 2U;
    if (b > a + 3U && order_tok_is(text, t, b - 3U, b, "of") &&
        order_tok_is(text, t, b - 2U, b, "any") &&
        order_tok_in(text, t, b - 1U, b, kinds, ORDER_WORDS_N(kinds)))
        return b - 3U;
    return b;
}

/* The end of the change [a, b) without a hedge closing it ("medium rare probably", "no
 * onion i guess"): the hedge says how sure the customer is, not how the dish comes; nor does
 * emphasis closing it. */
static size_t attach_unhedged_end(const char *text, const struct order_token *t, size_t a, size_t b)
{
    b = attach_unstressed_end(text, t, a, b);
    static const char *const hedges[] = {"probably", "prob", "prolly", "maybe", "perhaps"};
    static const char *const beliefs[] = {"guess", "think", "suppose", "reckon"};
    if (b > a + 1U && order_tok_in(text, t, b - 1U, b, hedges, ORDER_WORDS_N(hedges)))
        return b - 1U;
    if (b > a + 2U && order_tok_is(text, t, b - 2U, b, "i") &&
        order_tok_in(text, t, b - 1U, b, beliefs, ORDER_WORDS_N(beliefs)))
        return b - 2U;
    return b;
}

/* Does "like" open the change [a, b) before a change the understanding knows whole ("not
 * too spicy, like mild")? It hedges, and may say again what was said before it. */
static bool attach_like_hedge(const struct attach_state *st, size_t a, size_t b)
{
    if (!ORDER_CUES_ANY(&st->cues, "like"))
        return false;
    return a + 1U < b && order_tok_is(st->text, st->tokens, a, b, "like") &&
           order_patterns_longest(&st->rd->u->modifiers, st->text, st->tokens, a + 1U, b, NULL) ==
               b - a - 1U;
}

/* Keeps the label written to out as a change of th: once only when hedged, said again. */
static void attach_label_keep(struct order_thing *th, const char *out, bool hedged)
{
    if (hedged)
        attach_modifier_keep(th, out);
    else
        th->mods.n++;
}

/* The lead of a change [*pa, b) that leaves a part out or asks less of it, written as the
 * labels write it into out ("no", "light"), *pa moved past the words it stands for; its
 * length, 0 when the change has no such lead. */
static size_t attach_less_or_none_lead(const char *text, const struct order_token *t, size_t *pa,
                                       size_t b, char *out)
{
    size_t a = *pa;
    /* "without rocket", "hold the sour cream", "sin cebolla", "sans feta": "no rocket", "no
     * sour cream", as the labels of the understanding write what they know */
    size_t lead = order_tok_is(text, t, a, b, "without") || order_tok_is(text, t, a, b, "hold") ||
                          order_tok_is(text, t, a, b, "sin") || order_tok_is(text, t, a, b, "sans")
                      ? 1
                      : order_tok_w_slash_o(text, t, a, b); /* "w/o the cotija" */
    if (lead > 0 && a + lead < b) {
        a += lead;
        if (a + 1 < b && (order_tok_is(text, t, a, b, "the") || order_tok_is(text, t, a, b, "any")))
            a++;
        *pa = a;
        return (size_t)snprintf(out, ORDER_MODIFIER_BYTES_MAX, "no");
    }
    /* "light on the ranch", "easy on the rice": "light ranch", as the labels write less of
     * a part; "go light on the rice" as well */
    if (a + 3 < b && order_tok_is(text, t, a, b, "go") &&
        (order_tok_is(text, t, a + 1, b, "light") || order_tok_is(text, t, a + 1, b, "easy")))
        a++;
    /* "heavy on the buffalo sauce": "heavy buffalo sauce", written the same way */
    bool heavy = order_tok_is(text, t, a, b, "heavy");
    if (a + 2 < b &&
        (order_tok_is(text, t, a, b, "light") || order_tok_is(text, t, a, b, "easy") || heavy) &&
        order_tok_is(text, t, a + 1, b, "on")) {
        *pa = a + (order_tok_is(text, t, a + 2, b, "the") && a + 3 < b ? 3 : 2);
        return (size_t)snprintf(out, ORDER_MODIFIER_BYTES_MAX, heavy ? "heavy" : "light");
    }
    size_t little = attach_little_of(text, t, a, b);
    if (little > 0) { /* "a little rice", "poquito rice": "light rice" */
        *pa = a + little;
        return (size_t)snprintf(out, ORDER_MODIFIER_BYTES_MAX, "light");
    }
    return 0;
}

/* "the sandwich that comes with slaw": "that" / "which" and "comes with" at a say which dish;
 * the tokens to skip to "with", read as after the dish itself (0 when none), or SIZE_MAX when
 * the dish holds what follows anyway: no change at all. */
static size_t attach_relative_comes_with(const struct attach_state *st,
                                         const struct order_thing *th, size_t a, size_t b)
{
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    if (a + 3U >= b ||
        !(order_tok_is(text, t, a, b, "that") || order_tok_is(text, t, a, b, "which")) ||
        !(order_tok_is(text, t, a + 1U, b, "comes") || order_tok_is(text, t, a + 1U, b, "come")) ||
        !order_tok_is(text, t, a + 2U, b, "with"))
        return 0;
    if (th->item >= 0 && attach_swap_held(st->rd->lex, th->item, text, t, a + 3U, b))
        return SIZE_MAX;
    return 2U;
}

/* Where the change's words start past the words at a that only lead to them: "just" before a
 * removal ("just hold the cotija": it asks for little, no part of the removal), "use" and its
 * article before a swap ("use the lemon vinaigrette instead"), eagerness ("cant wait to add ..."),
 * a relative naming the dish ("that comes with ..."); SIZE_MAX when the relative names what the
 * dish holds anyway. */
static size_t attach_lead_start(const struct attach_state *st, const struct order_thing *th,
                                size_t a, size_t b)
{
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    /* "just add guac", "just extra cheese": it asks for little, no part of the addition */
    static const char *const removals[] = {"no",  "hold",  "without", "skip",
                                           "add", "extra", "with",    "light"};
    if (a + 2U < b && order_tok_is(text, t, a, b, "just") &&
        order_tok_in(text, t, a + 1U, b, removals, ORDER_WORDS_N(removals)))
        a++;
    if (a + 2U < b && order_tok_is(text, t, a, b, "use") && attach_has_instead(st, a, b))
        a += order_tok_is(text, t, a + 1U, b, "the") ? 2U : 1U;
    a += attach_eager_lead(st, a, b);
    size_t relative = attach_relative_comes_with(st, th, a, b);
    return relative == SIZE_MAX ? SIZE_MAX : a + relative;
}

/* The lead of the change [*pa, *pb) of dish th as the labels write it ("no", "add", "light"),
 * into out, with the bounds moved to the words it stands for; returns its length (0: none).
 * -1 when the change was written whole (the understanding's label, a swap, a doneness ...)
 * and kept. added: the words were followed by "added" that no label names. */
static int attach_modifier_lead(struct attach_state *st, struct order_thing *th, size_t *pa,
                                size_t *pb, bool added, char *out)
{
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    size_t a = *pa, b = *pb, o = 0;
    /* "medium rare probably": a hedge closing the change is none of it */
    if (ORDER_CUES_ANY(&st->cues, "whatsoever", "at", "of", "probably", "prob", "prolly", "maybe",
                       "perhaps", "i"))
        b = attach_unhedged_end(text, t, a, b);
    a = attach_lead_start(st, th, a, b);
    if (a == SIZE_MAX)
        return -1; /* "the sandwich that comes with slaw": what it holds anyway, no change */
    bool hedged = attach_like_hedge(st, a, b); /* "not too spicy, like mild" */
    a += hedged ? 1U : 0U;
    size_t neg = order_read_negated_wanting(text, t, a, b);
    if (neg > 0 && a + neg < b) { /* "dont want onions": "no onions" */
        a += neg;
        if (order_tok_is(text, t, a, b, "the") || order_tok_is(text, t, a, b, "any"))
            a++;
        o = (size_t)snprintf(out, ORDER_MODIFIER_BYTES_MAX, "no");
    }
    /* "no put the tahini sauce", "except the sour cream": "no tahini sauce", "no sour cream" */
    size_t putting = o == 0 ? attach_negated_putting(st, a, b) +
                                  (ORDER_CUES_ANY(&st->cues, "except", "excluding", "but")
                                       ? attach_except_lead(text, t, a, b)
                                       : 0)
                            : 0;
    if (putting > 0) {
        a += putting;
        o = (size_t)snprintf(out, ORDER_MODIFIER_BYTES_MAX, "no");
    }
    if (o == 0 && attach_removal_goes_on(st, th, a, b)) { /* "... and the sour cream" */
        a += order_tok_is(text, t, a, b, "the") ? 1U : 0U;
        o = (size_t)snprintf(out, ORDER_MODIFIER_BYTES_MAX, "no");
    }
    a += o == 0 ? attach_meat_done(st, th, a, b) : 0; /* "steak well done": "well done" */
    size_t put = o == 0 ? attach_putting_on(st, a, b) : 0;
    if (put > 0) { /* "put some feta in it": "add feta" */
        a += put;
        o = (size_t)snprintf(out, ORDER_MODIFIER_BYTES_MAX, "add");
    }
    if (o == 0 && attach_addition_goes_on(st, th, a, b)) { /* "... and a fried egg" */
        a += order_tok_is(text, t, a, b, "a") || order_tok_is(text, t, a, b, "an") ? 1U : 0U;
        o = (size_t)snprintf(out, ORDER_MODIFIER_BYTES_MAX, "add");
    }
    if (o == 0 && added && !order_tok_is(text, t, a, b, "add"))
        o = (size_t)snprintf(out, ORDER_MODIFIER_BYTES_MAX, "add");
    if (o == 0 && attach_modifier_label(st, th, a, b, out)) {
        attach_label_keep(th, out, hedged);
        return -1;
    }
    if (o == 0 && ORDER_CUES_ANY(&st->cues, "not") && attach_made_not(text, t, a, b, out)) {
        attach_modifier_keep(th, out);
        return -1;
    }
    if (o == 0 && attach_menu_order_of(st, a, b, out)) {
        attach_modifier_keep(th, out);
        return -1;
    }
    if (o == 0 &&
        ORDER_CUES_ANY(&st->cues, "swap", "sub", "substitute", "switch", "change", "replace",
                       "swapped", "subbed", "substituted", "switched", "changed", "replaced") &&
        attach_swap_text(st->rd, th->item, text, t, a, b, out)) {
        attach_modifier_keep(th, out);
        return -1;
    }
    if (o == 0 && attach_degree_first(st, a, b, out)) {
        attach_modifier_keep(th, out);
        return -1;
    }
    if (o == 0 && attach_left_off(st, &a, &b))
        o = (size_t)snprintf(out, ORDER_MODIFIER_BYTES_MAX, "no");
    if (o == 0 &&
        ORDER_CUES_ANY(&st->cues, "without", "hold", "sin", "sans", "w", "light", "easy", "heavy",
                       "little", "bit", "touch", "much", "poco", "poquito", "poquita"))
        o = attach_less_or_none_lead(text, t, &a, b, out);
    *pa = a;
    *pb = b;
    return (int)o;
}

/* Writes the words of [a, b) into out after its lead of o bytes, as the labels write them:
 * a portion after "add" dropped, "on side" as "on the side", "on top" left to the part. */
static void attach_modifier_words(struct attach_state *st, size_t a, size_t b, char *out, size_t o)
{
    const struct order_token *t = st->tokens;
    size_t portion = attach_portion_after_add(st, a, b);
    for (size_t i = a; i < b; i++) {
        size_t wl;
        if (portion > 0 && i == a + 1U) {
            i += portion - 1U; /* "add a slice of cheddar": "add cheddar" */
            continue;
        }
        const char *w =
            t[i].kind == ORDER_TOKEN_WORD ? attach_modifier_word(st, &i, a, b, o == 0, &wl) : NULL;
        if (!w)
            continue;
        if (o + wl + 2 >= ORDER_MODIFIER_BYTES_MAX)
            break;
        if (o)
            out[o++] = ' ';
        memcpy(out + o, w, wl);
        o += wl;
    }
    out[o] = '\0';
    if (o > 8 && strcmp(out + o - 8, " on side") == 0 && o + 4 < ORDER_MODIFIER_BYTES_MAX)
        memcpy(out + o - 4, "the side", 9); /* "dressing on side": "on the side" */
    /* "with a fried egg on top", "whipped cream on top": a part put on a dish goes on top of
     * it; the words say where, which the part alone says already */
    if (o > 7 && strcmp(out + o - 7, " on top") == 0)
        out[o - 7] = '\0';
}

/* Writes the change [a, b) of dish th as the labels write changes: the understanding's label
 * when it knows one, a negation as "no ...", "added" as "add ...", else the words as said.
 * added: the words were followed by "added" that no label names. */
void attach_modifier_write(struct attach_state *st, struct order_thing *th, size_t a, size_t b,
                           bool added)
{
    char *out = th->mods.text[th->mods.n];
    /* "(nut allergy, please be careful)": "be" and how, said to the kitchen, is a plea about
     * how it works, no change of the dish */
    if (a + 1U < b && order_tok_is(st->text, st->tokens, a, b, "be") &&
        order_dictionary_has(st->rd->lex->adjectives, st->text + st->tokens[a + 1U].off,
                             st->tokens[a + 1U].len) &&
        st->rg->n_hits[a + 1U] == 0)
        return;
    int lead = attach_modifier_lead(st, th, &a, &b, added, out);
    if (lead < 0)
        return;
    attach_modifier_words(st, a, b, out, (size_t)lead);
    attach_modifier_keep(th, out);
}
