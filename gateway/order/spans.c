/* spans.c — item spans by dynamic programming over token windows (see reading.h, pass 3).
 *
 * A window of up to ORDER_SPAN_TOKENS_MAX words names the items that hold every one of its
 * words (the intersection of their item sets: lexicon.h); connectors ("and", "of", "n",
 * "&") may join words inside it, as in "mac n cheese". A window is a candidate when that
 * set is not empty and it holds an anchor (a word that can name a dish alone). Its weight
 * is the sum of its words' weights (distinctive words weigh more), scaled by how well each
 * was spelt, less a constant per span, so that "chicken burger" is one span and not two.
 * The best set of non-overlapping windows is found exactly, left to right. */
#include <string.h>

#include "gateway/order/dictionary.h"
#include "gateway/order/food.h"
#include "gateway/order/order_assert.h"
#include "gateway/order/reading.h"

#define SPANS_COST        0.5f /* per span: one span of two words beats two spans of one */
#define SPANS_ORDER_BONUS 0.3f /* per word after the first of a window in a name's order */

bool order_tok_connector(const char *text, const struct order_token *t)
{
    if (t->kind == ORDER_TOKEN_PUNCT) /* "mac & cheese", "chips + salsa" */
        return t->punct == '&' || t->punct == '+';
    /* "and", "of", "n", "the", told by length first: every reader asks it of many tokens */
    const char *s = text + t->off;
    switch (t->len) {
    case 1:
        return s[0] == 'n';
    case 2:
        return s[0] == 'o' && s[1] == 'f';
    case 3:
        return memcmp(s, "and", 3) == 0 || memcmp(s, "the", 3) == 0;
    default:
        return false;
    }
}

struct spans_window {
    bool valid;
    float score;
    size_t content; /* vocabulary words covered (a compound counts two) */
    struct order_item_set items;
};

/* Are all the window's words not_dish_words ("the kids ones" names no dish)? */
static bool spans_all_not_dish(const struct order_lexicon *lx, const struct order_reading *rg,
                               size_t b, size_t e)
{
    for (size_t t = b; t < e; t++)
        for (size_t h = 0; h < rg->n_hits[t]; h++)
            if (!lx->words[rg->hits[t][h].words[0]].not_dish)
                return false;
    return true;
}

/* Are all the window's words diets ("vegan", "gluten-free")? A diet says what a dish is,
 * never which: "make it vegan", "whichever is vegan", "vegan myself". */
static bool spans_all_diet(const struct order_reader *rd, const struct order_reading *rg, size_t b,
                           size_t e)
{
    const struct order_patterns *diets = &rd->u->diet_cues;
    for (size_t t = b; t < e; t++)
        for (size_t h = 0; h < rg->n_hits[t]; h++) {
            const struct order_lex_hit *hit = &rg->hits[t][h];
            const struct order_lex_word *w = &rd->lex->words[hit->words[0]];
            bool diet = hit->n_words == 1 && !w->head;
            for (size_t i = 0; diet && i < diets->count; i++)
                if (diets->items[i].n_words == 1 && diets->items[i].word_lens[0] == w->len &&
                    memcmp(diets->items[i].words[0], w->text, w->len) == 0)
                    break;
                else if (i + 1 == diets->count)
                    diet = false;
            if (!diet)
                return false;
        }
    return true;
}

/* Where word w stands in variant v after position from, or -1. */
static int spans_variant_pos(const struct order_lexicon *lx, size_t v, uint16_t w, int from)
{
    for (int k = from + 1; k < lx->variant_len[v]; k++)
        if (lx->variant_words[v][k] == w)
            return k;
    return -1;
}

/* Do the window's words follow the order of some name or alias of its items? "vegan burger"
 * does, "burger vegan" does not: that is two things. Words only a section gives are free. */
static bool spans_in_order(const struct order_lexicon *lx, const struct order_reading *rg, size_t b,
                           size_t e, const struct order_item_set *items)
{
    for (size_t v = 0; v < lx->n_variants; v++) {
        if (!order_item_set_has(items, lx->variant_item[v]))
            continue;
        int pos = -1;
        bool ok = true;
        for (size_t t = b; t < e && ok; t++) {
            int best = -1;
            bool free_word = false;
            for (size_t h = 0; h < rg->n_hits[t]; h++) {
                const struct order_lex_hit *hit = &rg->hits[t][h];
                free_word = free_word || lx->words[hit->words[0]].section_only;
                int p = spans_variant_pos(lx, v, hit->words[0], pos);
                if (p >= 0 && hit->n_words == 2)
                    p = spans_variant_pos(lx, v, hit->words[1], p);
                if (p >= 0 && (best < 0 || p < best))
                    best = p;
            }
            if (rg->n_hits[t] == 0)
                continue; /* a connector */
            ok = best >= 0 || free_word;
            if (best >= 0)
                pos = best;
        }
        if (ok)
            return true;
    }
    return false;
}

/* "kids mini", "the iced green": every word of one name but its head noun, in the name's order:
 * the name said with its head left off, which names the dish though no word of it does alone
 * ("kids" names no dish, "mini" is an adjective). */
static bool spans_elided_head(const struct order_lexicon *lx, const struct order_reading *rg,
                              size_t b, size_t e, int32_t item)
{
    for (size_t v = 0; v < lx->n_variants; v++) {
        if ((int32_t)lx->variant_item[v] != item || lx->variant_len[v] < 3)
            continue;
        int pos = 0;
        for (size_t t = b; t < e && pos >= 0; t++) {
            if (rg->n_hits[t] == 0)
                continue; /* a connector */
            bool next = false;
            for (size_t h = 0; h < rg->n_hits[t] && !next; h++)
                next = rg->hits[t][h].n_words == 1 &&
                       lx->variant_words[v][pos] == rg->hits[t][h].words[0];
            pos = next ? pos + 1 : -1;
        }
        if (pos == lx->variant_len[v] - 1)
            return true;
    }
    return false;
}

/* "a kids meal", "the chicken meal": "meal" after menu words names a dish of theirs, even
 * after words that name none alone ("kids"). */
static bool spans_meal_after(const char *text, const struct order_token *tokens, size_t e,
                             size_t clause_end)
{
    return order_tok_is(text, tokens, e, clause_end, "meal") ||
           order_tok_is(text, tokens, e, clause_end, "meals");
}

/* After "the" or a count at b - 1, does "one(s)" at e go on with what it has ("the kids one
 * with beef")? A kind no word names alone ("kids") is then named, the description picks among
 * it; "kids ones with apple slices" alone points back at the kids' dishes. */
static bool spans_one_described_after(const char *text, const struct order_token *tokens, size_t b,
                                      size_t e, size_t clause_end)
{
    if (b == 0 || !(order_tok_is(text, tokens, b - 1U, e, "the") ||
                    (tokens[b - 1U].kind == ORDER_TOKEN_WORD && text[tokens[b - 1U].off] >= '0' &&
                     text[tokens[b - 1U].off] <= '9')))
        return false;
    return (order_tok_is(text, tokens, e, clause_end, "one") ||
            order_tok_is(text, tokens, e, clause_end, "ones")) &&
           (order_tok_is(text, tokens, e + 1U, clause_end, "with") ||
            order_tok_is(text, tokens, e + 1U, clause_end, "w"));
}

/* Does a reading of token t end a name (burger, smoothie)? */
static bool spans_head_at(const struct order_lexicon *lx, const struct order_reading *rg, size_t t)
{
    for (size_t h = 0; h < rg->n_hits[t]; h++) {
        const struct order_lex_hit *hit = &rg->hits[t][h];
        if (lx->words[hit->words[hit->n_words - 1]].head)
            return true;
    }
    return false;
}

/* Can a reading of token t name a dish alone (an anchor)? */
static bool spans_anchor_at(const struct order_lexicon *lx, const struct order_reading *rg,
                            size_t t)
{
    for (size_t h = 0; h < rg->n_hits[t]; h++)
        for (size_t k = 0; k < rg->hits[t][h].n_words; k++)
            if (lx->words[rg->hits[t][h].words[k]].anchor)
                return true;
    return false;
}

/* "the spicy one", "the mushroom ones": a pro-form after the window [b, e). "one" before a
 * menu word is the count of the next dish instead ("one beefburger one cheeseburger"), and
 * so is "one" before any word after a counted window that ends in a dish's noun ("one
 * beefburger one veggie one"). */
static bool spans_one_after(const struct order_reader *rd, const char *text,
                            const struct order_token *tokens, const struct order_reading *rg,
                            size_t b, size_t e, size_t clause_end)
{
    if (order_tok_is(text, tokens, e, clause_end, "one")) {
        /* "two cheeseburgers one plain one with everything": a modifier after the count "one"
         * says how that one is made; the next "one" counts another */
        if (b > 0 && e == b + 1 && order_tok_is(text, tokens, b - 1, b, "one") &&
            order_patterns_longest(&rd->u->modifier_starts, text, tokens, b, e, NULL) == 1)
            return false;
        /* "for cheeseburgers one with no pickles" (four of them, dictated): "one" after a
         * plural with no article before it counts a part of them; a pro-form stands for one
         * dish pointed at ("the mushroom one", "that tres leches one") */
        static const char *const pointing[] = {"the", "that", "this", "your", "ur", "my", "our"};
        const struct order_token *last = &tokens[e - 1];
        const char *lw = text + last->off;
        bool plural = e > b && last->kind == ORDER_TOKEN_WORD && last->len >= 4 &&
                      lw[last->len - 1] == 's' && lw[last->len - 2] != 's' &&
                      lw[last->len - 2] != 'u';
        if (plural &&
            !(b > 0 && order_tok_in(text, tokens, b - 1, b, pointing, ORDER_WORDS_N(pointing))))
            return false;
        bool word_next = e + 1 < clause_end && tokens[e + 1].kind == ORDER_TOKEN_WORD;
        int32_t qty;
        bool counted = b > 0 && order_read_quantity(rd->u, text, tokens, b - 1, e, &qty) > 0 &&
                       !order_tok_is(text, tokens, b - 1, b, "a") &&
                       !order_tok_is(text, tokens, b - 1, b, "an");
        return !(word_next && (rg->n_hits[e + 1] > 0 ||
                               (counted && e > b && spans_head_at(rd->lex, rg, e - 1))));
    }
    return order_tok_is(text, tokens, e, clause_end, "ones") ||
           order_tok_is(text, tokens, e, clause_end, "thing") ||
           spans_meal_after(text, tokens, e, clause_end);
}

/* Are tokens i and j the same word as written? */
static bool spans_same_word(const char *text, const struct order_token *tokens, size_t i, size_t j)
{
    return tokens[i].kind == ORDER_TOKEN_WORD && tokens[j].kind == ORDER_TOKEN_WORD &&
           tokens[i].len == tokens[j].len &&
           memcmp(text + tokens[i].off, text + tokens[j].off, tokens[i].len) == 0;
}

/* Do tokens i and j read as the same word of the menu, however spelt ("chiken", "chicken")? */
static bool spans_same_reading(const struct order_reading *rg, size_t i, size_t j)
{
    return rg->n_hits[i] > 0 && rg->n_hits[j] > 0 &&
           rg->hits[i][0].words[0] == rg->hits[j][0].words[0];
}

/* Does window [b, e) say a word before a connector ("and", "&") and again after it? "chicken
 * burrito and chicken" starts a second dish of the same kind; a name joins two things it
 * says once each ("bean and cheese"). */
static bool spans_said_again_after_connector(const char *text, const struct order_token *tokens,
                                             const struct order_reading *rg, size_t b, size_t e)
{
    for (size_t k = b + 1; k + 1 < e; k++) {
        if (!order_tok_connector(text, &tokens[k]) || order_token_is(text, &tokens[k], "of"))
            continue;
        for (size_t i = b; i < k; i++)
            for (size_t j = k + 1; j < e; j++)
                if (spans_same_word(text, tokens, i, j) || spans_same_reading(rg, i, j))
                    return true;
    }
    return false;
}

/* Does window [b, e) join words over a connector ("chocolate + brownie") whose first word
 * is the end of a food the menu lacks with the word before it ("hot chocolate")? That word
 * names no dish of the menu alone: the food ends at the connector, the dish after it is a
 * dish of its own ("hot chocolate + brownie"). Only a window with a connector asks. */
static bool spans_joins_after_food(const struct order_reader *rd, const char *text,
                                   const struct order_token *tokens, const struct order_reading *rg,
                                   size_t b, size_t e)
{
    if (b == 0 || rg->n_hits[b - 1] > 0 || tokens[b - 1].kind != ORDER_TOKEN_WORD ||
        tokens[b].kind != ORDER_TOKEN_WORD)
        return false;
    bool joined = false;
    for (size_t k = b + 1; k + 1 < e && !joined; k++)
        joined = order_tok_connector(text, &tokens[k]) && !order_token_is(text, &tokens[k], "of");
    if (!joined)
        return false;
    /* "a burrito bowl and the chickpea salad": a food the menu lacks before the word names
     * that word's own dish, as "hot" does */
    if (order_food_word(rd->food, text + tokens[b - 1].off, tokens[b - 1].len))
        return true;
    char phrase[ORDER_FOOD_ENTRY_MAX];
    size_t n = 0;
    const struct order_token *two[] = {&tokens[b - 1], &tokens[b]};
    for (size_t w = 0; w < 2; w++) {
        if (n + two[w]->len + 1 >= sizeof(phrase))
            return false;
        if (w > 0)
            phrase[n++] = ' ';
        for (size_t c = 0; c < two[w]->len; c++) {
            char ch = text[two[w]->off + c];
            phrase[n++] = (char)(ch >= 'A' && ch <= 'Z' ? ch - 'A' + 'a' : ch);
        }
    }
    return order_food_entry(rd->food, phrase, n);
}

/* Does window [b, e) join over a '+' or '&' a section noun no name holds ("electrolyte drink
 * + banana")? The sign joins the words of one name ("chips + salsa"); a section noun beside
 * it ends a thing of its own, a dish the menu may lack, and the name's word across the sign
 * is another thing. */
static bool spans_joins_section_noun(const struct order_lexicon *lx,
                                     const struct order_token *tokens,
                                     const struct order_reading *rg, size_t b, size_t e)
{
    for (size_t k = b + 1; k + 1 < e; k++) {
        if (tokens[k].kind != ORDER_TOKEN_PUNCT ||
            (tokens[k].punct != '+' && tokens[k].punct != '&'))
            continue;
        size_t side[] = {k - 1, k + 1};
        for (size_t s = 0; s < 2; s++)
            if (rg->n_hits[side[s]] > 0 && rg->hits[side[s]][0].n_words == 1 &&
                lx->words[rg->hits[side[s]][0].words[0]].section_only)
                return true;
    }
    return false;
}

/* Does window [b, e) say a word twice in a row (as written), or again after a connector,
 * that no name of its items holds twice? A name is said once; a word said again at once
 * names the dish again ("lemonade lemonade"); "mango smoothy 🥭" (read "mango smoothy mango")
 * is one dish. */
static bool spans_repeats_word(const struct order_lexicon *lx, const char *text,
                               const struct order_token *tokens, const struct order_reading *rg,
                               size_t b, size_t e, const struct order_item_set *items)
{
    bool repeated = spans_said_again_after_connector(text, tokens, rg, b, e);
    for (size_t i = b; i + 1 < e && !repeated; i++)
        repeated = spans_same_word(text, tokens, i, i + 1);
    if (!repeated)
        return false;
    for (size_t v = 0; v < lx->n_variants; v++) {
        if (!order_item_set_has(items, lx->variant_item[v]))
            continue;
        for (size_t x = 0; x < lx->variant_len[v]; x++)
            for (size_t y = x + 1; y < lx->variant_len[v]; y++)
                if (lx->variant_words[v][x] == lx->variant_words[v][y])
                    return false; /* a name that says a word twice */
    }
    return true;
}

/* Is token t an "an" written for "and" between two words of a name ("bean an cheese
 * burrito", "mac an cheese bites")? The article "an" stands only before a vowel's sound; before a
 * word that starts with another letter (but "h": "an hour") it is the texted "and". The
 * caller asks it only of a token inside a window, so a word follows it. */
static bool spans_an_for_and(const char *text, const struct order_token *tokens, size_t t)
{
    if (tokens[t].len != 2U || memcmp(text + tokens[t].off, "an", 2) != 0 ||
        tokens[t + 1U].kind != ORDER_TOKEN_WORD)
        return false;
    char c = text[tokens[t + 1U].off];
    return c >= 'a' && c <= 'z' && strchr("aeiouh", c) == NULL;
}

/* Keeps of items those whose name joins two words with "and" ("Bean and Cheese Burrito")
 * and has as many other words as the window reads (content), three or more: an "an" read as
 * "and" inside a window stands for the "and" of such a name said whole, never for one that
 * joins two dishes or words of a change. A name of two words around its "and" ("Chips and
 * Salsa") is left to the words' own readings: each of its words is a dish's word alone, and
 * "chips an salsa" read as that name put other messages wrong. */
static void spans_keep_and_names(const struct order_lexicon *lx, struct order_item_set *items,
                                 size_t content)
{
    for (int32_t i = order_item_set_next(items, 0); i >= 0;
         i = order_item_set_next(items, (size_t)i + 1U)) {
        const char *key = lx->menu->items[i].key;
        size_t words = 1;
        for (const char *k = key; *k; k++)
            words += *k == '-';
        if (strstr(key, "-and-") == NULL || words != content + 1U || content < 3U)
            order_item_set_remove(items, (size_t)i);
    }
}

/* Does window [b, e), one item fitting it, name that item without its head noun
 * (spans_elided_head)? Not when a word of no language follows, which may be the head misspelt
 * past reading ("iced green tewaz", "kids mini bur-"). */
static bool spans_names_without_head(const struct order_reader *rd, const char *text,
                                     const struct order_token *tokens,
                                     const struct order_reading *rg, size_t b, size_t e,
                                     size_t clause_end, const struct spans_window *w)
{
    if (w->content < 2 || order_item_set_count(&w->items) != 1)
        return false;
    if (e < clause_end && tokens[e].kind == ORDER_TOKEN_WORD && rg->n_hits[e] == 0 &&
        !order_dictionary_has(rd->dict, text + tokens[e].off, tokens[e].len))
        return false;
    return spans_elided_head(rd->lex, rg, b, e, order_item_set_next(&w->items, 0));
}

/* Scores window [b, e) of a clause ending at clause_end. A window without an anchor still
 * names a dish when "one" follows it ("the spicy one"). */
static void spans_window(const struct order_reader *rd, const char *text,
                         const struct order_token *tokens, const struct order_reading *rg, size_t b,
                         size_t e, size_t clause_end, struct spans_window *w)
{
    const struct order_lexicon *lx = rd->lex;
    memset(w, 0, sizeof(*w));
    /* "sides of fries", "an order of nuggets": a unit, not a name; unless the unit's word is
     * a word of the menu ("slice of carrot cake": the Carrot Cake Slice's slice), which the
     * items' intersection below then keeps only where a name holds it */
    size_t unit_len =
        order_patterns_longest(&rd->u->quantity_units, text, tokens, b, clause_end, NULL);
    bool unit = unit_len > 1;
    if (unit && rg->n_hits[b] == 0)
        return;
    /* two words read as one ("fell awful" as "falafel") are one word: no window splits them */
    if (rg->joined[e - 1] || (b > 0 && rg->joined[b - 1]))
        return;
    order_item_set_fill(&w->items, lx->menu->count);
    bool anchor = false, an_for_and = false;
    for (size_t t = b; t < e; t++) {
        if (t > b && rg->joined[t - 1])
            continue; /* read with the word before it */
        if (rg->n_hits[t] == 0) {
            bool an = t > b && t + 1 < e && spans_an_for_and(text, tokens, t);
            if (t == b || t + 1 == e || !(order_tok_connector(text, &tokens[t]) || an))
                return;
            an_for_and = an_for_and || an;
            continue;
        }
        struct order_item_set tset;
        memset(&tset, 0, sizeof(tset));
        float best = 0;
        for (size_t h = 0; h < rg->n_hits[t]; h++) {
            const struct order_lex_hit *hit = &rg->hits[t][h];
            const struct order_lex_word *w0 = &lx->words[hit->words[0]];
            struct order_item_set hs = w0->items;
            float weight = w0->weight;
            anchor = anchor || w0->anchor;
            if (hit->n_words == 2) {
                const struct order_lex_word *w1 = &lx->words[hit->words[1]];
                order_item_set_and(&hs, &w1->items);
                weight += w1->weight;
                anchor = anchor || w1->anchor;
            }
            order_item_set_or(&tset, &hs);
            if (hit->sim * weight > best)
                best = hit->sim * weight;
        }

        order_item_set_and(&w->items, &tset);
        w->score += best;
        w->content += rg->hits[t][0].n_words;
    }
    anchor = anchor ||
             (spans_one_after(rd, text, tokens, rg, b, e, clause_end) &&
              (!spans_all_not_dish(lx, rg, b, e) || spans_meal_after(text, tokens, e, clause_end) ||
               spans_one_described_after(text, tokens, b, e, clause_end)));
    if (an_for_and)
        spans_keep_and_names(lx, &w->items, w->content);
    anchor = anchor || spans_names_without_head(rd, text, tokens, rg, b, e, clause_end, w);
    w->valid = anchor && order_item_set_count(&w->items) > 0;
    if (unit && (e <= b + unit_len || order_item_set_count(&w->items) != 1 ||
                 lx->words[rg->hits[b][0].words[0]].section_only))
        w->valid = false; /* "a side of fries" is a unit still */
    if (w->valid && e > b + 1 && spans_repeats_word(lx, text, tokens, rg, b, e, &w->items))
        w->valid = false; /* "lemonade lemonade", "fries fries fries": said again, not one */
    if (w->valid && e > b + 2 && spans_joins_after_food(rd, text, tokens, rg, b, e))
        w->valid = false; /* "hot chocolate + brownie": two things */
    if (w->valid && e > b + 2 && spans_joins_section_noun(lx, tokens, rg, b, e))
        w->valid = false; /* "electrolyte drink + banana": two things */
    if (w->valid && e > b + 1 && e < clause_end &&
        order_patterns_longest(&rd->u->quantity_units, text, tokens, e - 1, clause_end, NULL) > 1)
        w->valid = false; /* "rice and side | of refried beans": the unit of the next dish */
    /* words in the order of a name weigh more than the same words shuffled, so "black bean
     * burger | vegan" beats "black bean | burger vegan"; "tamarind jarritos" still names
     * Jarritos Tamarind */
    bool in_order = w->valid && w->content > 1 && spans_in_order(lx, rg, b, e, &w->items);
    if (in_order)
        w->score += SPANS_ORDER_BONUS * (float)(w->content - 1);
    /* "crispy chicken burger | spicy": a word that names no dish alone, after the noun that
     * ends a name and against every name's order, says how the dish before it is made when
     * menu words before the window lead to that noun ("burger classic" alone names one) */
    if (w->valid && e == b + 2 && b > 0 && rg->n_hits[b - 1] > 0 && !in_order &&
        spans_head_at(lx, rg, b) && !spans_anchor_at(lx, rg, e - 1))
        w->valid = false;
    w->score -= SPANS_COST;
}

/* Can token t be part of a span? */
static bool spans_usable(const struct order_reading *rg, const struct order_token *tokens, size_t t)
{
    if (rg->roles[t] != ORDER_ROLE_NONE || rg->mod_zone[t])
        return false;
    return tokens[t].kind == ORDER_TOKEN_WORD ||
           (tokens[t].kind == ORDER_TOKEN_PUNCT &&
            (tokens[t].punct == '&' || tokens[t].punct == '+'));
}

bool order_reading_has_word(const struct order_reading *rg, size_t b, size_t e, size_t w)
{
    for (size_t t = b; t < e; t++)
        for (size_t h = 0; h < rg->n_hits[t]; h++)
            for (size_t k = 0; k < rg->hits[t][h].n_words; k++)
                if (rg->hits[t][h].words[k] == w)
                    return true;
    return false;
}

/* Does a word of the window read, as written or by its stem, as another word than the one
 * `item`'s name takes it for ("carn": "carne" by its stem, "carnitas" clipped), a word that
 * names a fitting item but not `item`? Then the name `item` makes of the words is one reading
 * of two, not the customer's exact name. */
static bool spans_other_reading(const struct order_lexicon *lx, const struct order_reading *rg,
                                size_t b, size_t e, const struct spans_window *w, uint32_t item)
{
    for (size_t t = b; t < e; t++)
        for (size_t h = 0; rg->n_hits[t] > 1 && h < rg->n_hits[t]; h++) {
            struct order_item_set hs = lx->words[rg->hits[t][h].words[0]].items;
            if (rg->hits[t][h].n_words != 1 || rg->hits[t][h].edits > 0 ||
                order_item_set_has(&hs, item))
                continue;
            order_item_set_and(&hs, &w->items);
            if (order_item_set_count(&hs) > 0)
                return true;
        }
    return false;
}

/* Of several items fitting the window, the one with a name or alias made of exactly the
 * window's words ("fries" is the alias of Classic Fries), or -1. */
static int32_t spans_exact_variant(const struct order_lexicon *lx, const struct order_reading *rg,
                                   size_t b, size_t e, const struct spans_window *w)
{
    int32_t found = -1;
    for (size_t v = 0; v < lx->n_variants; v++) {
        uint32_t item = lx->variant_item[v];
        if (lx->variant_len[v] != w->content || !order_item_set_has(&w->items, item))
            continue;
        bool all = true;
        for (size_t k = 0; k < lx->variant_len[v] && all; k++)
            all = order_reading_has_word(rg, b, e, lx->variant_words[v][k]);
        if (!all)
            continue;
        if (found >= 0 && (uint32_t)found != item)
            return -1;
        found = (int32_t)item;
    }
    return found >= 0 && spans_other_reading(lx, rg, b, e, w, (uint32_t)found) ? -1 : found;
}

/* Is the lexicon word x the last word of slug key ("refried-beans"), or its plural or
 * singular by an "s"? */
static bool spans_key_ends_with(const char *key, const struct order_lex_word *x)
{
    const char *last = strrchr(key, '-');
    last = last ? last + 1 : key;
    size_t n = strlen(last);
    return (n == x->len && memcmp(last, x->text, n) == 0) ||
           (n + 1U == x->len && x->text[n] == 's' && memcmp(last, x->text, n) == 0) ||
           (n == x->len + 1U && last[x->len] == 's' && memcmp(last, x->text, x->len) == 0);
}

/* Of several items fitting a window of one word, the one whose menu name ends in that word,
 * its head noun, where the others only hold it ("beans" is Refried Beans, not the Bean and
 * Cheese Burrito, a burrito); -1 when none or several do ("wrap"). */
static int32_t spans_head_item(const struct order_lexicon *lx, const struct order_reading *rg,
                               size_t b, size_t e, const struct spans_window *w)
{
    if (w->content != 1)
        return -1;
    int32_t found = -1;
    for (int32_t i = order_item_set_next(&w->items, 0); i >= 0;
         i = order_item_set_next(&w->items, (size_t)i + 1)) {
        const char *key = lx->menu->items[i].key;
        bool heads = false;
        for (size_t t = b; t < e && !heads; t++)
            for (size_t h = 0; h < rg->n_hits[t] && !heads; h++)
                heads = rg->hits[t][h].edits == 0 && rg->hits[t][h].n_words == 1 &&
                        spans_key_ends_with(key, &lx->words[rg->hits[t][h].words[0]]);
        if (!heads)
            continue;
        if (found >= 0)
            return -1;
        found = i;
    }
    return found;
}

/* Does the window hold a word that only a section gives ("desserts", "drinks")? */
static bool spans_names_section(const struct order_lexicon *lx, const struct order_reading *rg,
                                size_t b, size_t e)
{
    for (size_t t = b; t < e; t++)
        for (size_t h = 0; h < rg->n_hits[t]; h++)
            for (size_t k = 0; k < rg->hits[t][h].n_words; k++)
                if (lx->words[rg->hits[t][h].words[k]].section_only)
                    return true;
    return false;
}

/* Does a window that names a section ("the apple dessert", "the chocolate dessert") name
 * the one item of it its other words hold, by a word of the item's name that is no diet
 * ("vegan desserts" stays a kind, asked back or listed)? */
static bool spans_section_names_one(const struct order_reader *rd, const struct order_reading *rg,
                                    size_t b, size_t e, const struct spans_window *w)
{
    const struct order_lexicon *lx = rd->lex;
    if (order_item_set_count(&w->items) != 1)
        return false;
    for (size_t t = b; t < e; t++) {
        if (rg->n_hits[t] != 1 || rg->hits[t][0].n_words != 1 || rg->hits[t][0].edits > 0)
            continue;
        const struct order_lex_word *x = &lx->words[rg->hits[t][0].words[0]];
        bool diet = false;
        for (size_t d = 0; d < rd->u->n_diets && !diet; d++)
            diet =
                strlen(rd->u->diets[d]) == x->len && memcmp(rd->u->diets[d], x->text, x->len) == 0;
        if (!x->section_only && !x->not_dish && !diet)
            return true;
    }
    return false;
}

/* "the spicy one", "the crispy one": one word of one item's name, said of "one", points at
 * no dish when other items' descriptions say it too (the mac and cheese bites come with a
 * spicy dip); th becomes the kind of those items, asked back. "the mushroom one" stays. */
static void spans_one_said_of_others(const struct order_reader *rd, const char *text,
                                     const struct order_token *tokens, size_t b,
                                     struct order_thing *th)
{
    const struct order_lexicon *lx = rd->lex;
    const char *w = text + tokens[b].off;
    size_t len = tokens[b].len;
    if (order_food_word(rd->food, w, len))
        return; /* "the chickpea one": a food names what the dish is made of, not how it is */
    bool diet = false;
    for (size_t d = 0; d < rd->u->n_diets && !diet; d++)
        diet = strlen(rd->u->diets[d]) == len && memcmp(rd->u->diets[d], w, len) == 0;
    bool alone = b > 0 && (order_tok_is(text, tokens, b - 1, b, "the") ||
                           order_tok_is(text, tokens, b - 1, b, "that"));
    if (alone && !diet && !order_dictionary_has(lx->adjectives, w, len))
        return; /* "the quinoa one": a noun no adjective names what the dish is made of too
                 * ("the pea and quinoa one" describes another) */
    struct order_item_set said = th->candidates;
    for (size_t i = 0; i < lx->menu->count; i++)
        if (order_lexicon_item_mentions(lx, (int32_t)i, &w, &len, 1) == 1)
            order_item_set_add(&said, i);
    if (order_item_set_count(&said) < 2)
        return;
    th->candidates = said;
    th->item = -1;
}

/* "is it vegan", "are they vegan": a diet asked of a pronoun at t says what it is */
static bool spans_asked_of_it(const char *text, const struct order_token *tokens, size_t t,
                              size_t e)
{
    return t > 0 && ((order_tok_is(text, tokens, t, e, "it") &&
                      order_tok_is(text, tokens, t - 1, e, "is")) ||
                     (order_tok_is(text, tokens, t, e, "they") &&
                      order_tok_is(text, tokens, t - 1, e, "are")));
}

/* "whichever one is vegan", "which ones are vegan": "one" after a relative pronoun stands
 * for the dish it picks, as "whichever" alone does. */
static bool spans_whichever_one(const char *text, const struct order_token *tokens, size_t t,
                                size_t e)
{
    return t > 0 &&
           (order_tok_is(text, tokens, t, e, "one") || order_tok_is(text, tokens, t, e, "ones")) &&
           (order_tok_is(text, tokens, t - 1U, e, "whichever") ||
            order_tok_is(text, tokens, t - 1U, e, "which"));
}

/* "Jess is vegan so ...", "im vegan": a copula right before the window whose subject is a
 * person (a word no dish is read from, not one that points at a dish: "it", "which") says
 * what the person eats; a diet there is theirs, no dish and no change of one. */
static bool spans_person_is(const char *text, const struct order_token *tokens,
                            const struct order_reading *rg, size_t lo, size_t b)
{
    static const char *const contracted[] = {"im", "shes", "hes", "theyre"};
    static const char *const being[] = {"is", "am", "are"};
    static const char *const pointing[] = {"it",   "its",   "which", "whichever", "whatever",
                                           "that", "thats", "this",  "one",       "ones",
                                           "they", "these", "those", "what"};
    if (b <= lo)
        return false;
    if (order_tok_in(text, tokens, b - 1U, b, contracted, ORDER_WORDS_N(contracted)))
        return true;
    return b >= lo + 2U && order_tok_in(text, tokens, b - 1U, b, being, ORDER_WORDS_N(being)) &&
           tokens[b - 2U].kind == ORDER_TOKEN_WORD && rg->n_hits[b - 2U] == 0 &&
           rg->roles[b - 2U] != ORDER_ROLE_ITEM &&
           !order_tok_in(text, tokens, b - 2U, b, pointing, ORDER_WORDS_N(pointing));
}

/* Is the window [b, e) a diet said of a person (spans_person_is)? Its words are then
 * fillers, no dish. */
static bool spans_person_diet(const struct order_reader *rd, const char *text,
                              const struct order_token *tokens, size_t c, size_t b, size_t e,
                              const struct spans_window *w, struct order_reading *rg)
{
    if (order_item_set_count(&w->items) < 2 ||
        !spans_person_is(text, tokens, rg, rg->clauses[c].begin, b) ||
        !spans_all_diet(rd, rg, b, e))
        return false;
    memset(rg->roles + b, ORDER_ROLE_FILLER, e - b);
    return true;
}

/* "3 bean burritos - one vegan": "one" right after a dash that follows a dish opens a part
 * of it, as after a comma; the diet after it is the part's change, no dish of its own. */
static bool spans_part_after_dash(const char *text, const struct order_token *tokens,
                                  const struct order_reading *rg, size_t one)
{
    if (one < 2U || !order_tok_is(text, tokens, one, one + 1U, "one") ||
        tokens[one - 1U].kind != ORDER_TOKEN_PUNCT || tokens[one - 1U].punct != '-' ||
        rg->roles[one - 2U] != ORDER_ROLE_ITEM)
        return false;
    for (size_t x = 0; x < rg->n_things; x++)
        if (rg->things[x].is_span && rg->things[x].end == one - 1U)
            return true; /* the dish's own span ends at the dash */
    return false;
}

enum { SPANS_CHANGE_WORDS_MAX = 4 }; /* words of a change between a dish and a diet */

/* "truffle fries no parmesan (vegan)", "the black bean one, vegan pls": is the window [b, e)
 * of clause c alone in brackets or after a comma, closing the clause, said after a dish and its
 * changes (which may stand after a comma: "chickpea salad, no feta (vegan)")? */
static bool spans_aside_after_dish(const char *text, const struct order_token *tokens,
                                   const struct order_reading *rg, size_t c, size_t b, size_t e)
{
    size_t lo = rg->clauses[c].begin, clause_end = rg->clauses[c].end;
    size_t after = e;
    while (after < clause_end && (order_tok_is(text, tokens, after, clause_end, "please") ||
                                  order_tok_is(text, tokens, after, clause_end, "pls") ||
                                  order_tok_is(text, tokens, after, clause_end, "plz")))
        after++;
    bool closes = after == clause_end || (tokens[after].kind == ORDER_TOKEN_PUNCT &&
                                          tokens[after].punct != '&' && tokens[after].punct != '+');
    if (!closes || b <= lo || tokens[b - 1].kind != ORDER_TOKEN_PUNCT ||
        (tokens[b - 1].punct != '(' && tokens[b - 1].punct != ','))
        return false;
    size_t back = b - 1U, stop = back;
    while (back > lo && back + SPANS_CHANGE_WORDS_MAX > stop &&
           tokens[back - 1].kind == ORDER_TOKEN_WORD && rg->roles[back - 1] != ORDER_ROLE_ITEM &&
           (rg->mod_zone[back - 1] || rg->n_hits[back - 1] == 0))
        back--;
    size_t dish_end = back;
    if (dish_end > lo + 1U && back + 1U < b && tokens[dish_end - 1].kind == ORDER_TOKEN_PUNCT &&
        tokens[dish_end - 1].punct == ',')
        dish_end--;
    return dish_end > lo && rg->roles[dish_end - 1] == ORDER_ROLE_ITEM;
}

/* "(no feta on 3 of them, vegans!)", "we have 2 vegans coming": is the window [b, e) a diet in
 * the plural, a word alone, naming the people who keep it? Its words are then fillers. */
static bool spans_people_diet(const struct order_reader *rd, const char *text,
                              const struct order_token *tokens, size_t b, size_t e,
                              const struct spans_window *w, struct order_reading *rg)
{
    const struct order_token *last = &tokens[e - 1U];
    if (e != b + 1U || order_item_set_count(&w->items) < 2 || !spans_all_diet(rd, rg, b, e) ||
        last->len <= 4U || text[last->off + last->len - 1U] != 's' ||
        order_patterns_longest(&rd->u->diet_cues, text, tokens, b, e, NULL) > 0)
        return false;
    memset(rg->roles + b, ORDER_ROLE_FILLER, e - b);
    return true;
}

static void spans_emit(const struct order_reader *rd, const char *text,
                       const struct order_token *tokens, size_t c, size_t b, size_t e,
                       const struct spans_window *w, struct order_reading *rg)
{
    size_t clause_end = rg->clauses[c].end;
    bool one_after =
        spans_one_after(rd, text, tokens, rg, b, e, clause_end) && rg->roles[e] == ORDER_ROLE_NONE;
    size_t before = b > rg->clauses[c].begin ? b - 1 : b;
    if (before < b && (order_tok_is(text, tokens, before, e, "is") ||
                       order_tok_is(text, tokens, before, e, "its")))
        before = before > rg->clauses[c].begin ? before - 1 : b;
    bool aside = spans_aside_after_dish(text, tokens, rg, c, b, e);
    /* "make the bean one vegan": the "one" of a dish named stands for it */
    /* "can it be vegan? if so ill take one vegan": "one" after a request opener, after a
     * question, counts the dish asked about */
    bool pro_form =
        before < b && before > rg->clauses[c].begin &&
        order_tok_is(text, tokens, before, e, "one") &&
        (rg->roles[before - 1] == ORDER_ROLE_ITEM ||
         (rg->roles[before - 1] == ORDER_ROLE_OPENER && c > 0 && rg->clauses[c - 1].question_form));
    pro_form = pro_form || (before < b && spans_part_after_dash(text, tokens, rg, before));
    bool predicate = aside || pro_form ||
                     (before < b && (rg->roles[before] == ORDER_ROLE_ITEM ||
                                     order_tok_is(text, tokens, before, e, "whichever") ||
                                     order_tok_is(text, tokens, before, e, "whichevers") ||
                                     order_tok_is(text, tokens, before, e, "which") ||
                                     spans_whichever_one(text, tokens, before, e) ||
                                     spans_asked_of_it(text, tokens, before, e)));
    if (!one_after && (spans_person_diet(rd, text, tokens, c, b, e, w, rg) ||
                       spans_people_diet(rd, text, tokens, b, e, w, rg)))
        return; /* "Jess is vegan": hers, no dish; "vegans!": people */
    if (predicate && !one_after && order_item_set_count(&w->items) > 1 &&
        spans_all_diet(rd, rg, b, e)) {
        /* "make the falafel wrap vegan", "the wrap is vegan", "whichever is vegan": a
         * diet after a dish or a relative pronoun says what it is or should be, not another
         * dish. The window still wins its words in
         * the search ("black bean burger | vegan"); as a modifier its cue speaks. Right
         * after the dish or in brackets after it ("the halloumi burger (vegan)") it is read as
         * the dish's change, where marking it alone lost it. */
        if (pro_form || aside || (before < b && rg->roles[before] == ORDER_ROLE_ITEM))
            memset(rg->mod_zone + b, true, e - b); /* read after the dish as its change */
        else
            memset(rg->roles + b, ORDER_ROLE_MODIFIER, e - b);
        return;
    }
    struct order_thing *th = order_reading_add_thing(rg, c, b, e);
    if (!th)
        return;
    th->is_span = true;
    th->candidates = w->items;
    th->score = w->score + SPANS_COST;
    th->qty = 1;
    th->item = order_item_set_count(&w->items) == 1 ? order_item_set_next(&w->items, 0)
                                                    : spans_exact_variant(rd->lex, rg, b, e, w);
    if (th->item < 0)
        th->item = spans_head_item(rd->lex, rg, b, e, w);
    if (spans_names_section(rd->lex, rg, b, e) && !spans_section_names_one(rd, rg, b, e, w))
        th->item = -1; /* "vegan desserts", "a drink": a kind of dish, asked back or listed */
    if (one_after && e == b + 1 && th->item >= 0 &&
        !(b > 0 && order_tok_is(text, tokens, b - 1, e, "other"))) /* "the other spicy one" */
        spans_one_said_of_others(rd, text, tokens, b, th);
    th->phrase_len = (uint16_t)order_words_join(text, tokens, b, e, th->phrase, sizeof(th->phrase));
    if (one_after)
        th->end = (uint16_t)++e; /* "the mushroom one": "one" is part of the name */
    if (one_after && spans_meal_after(text, tokens, e - 1U, clause_end)) /* "which kids meal" */
        th->phrase_len =
            (uint16_t)order_words_join(text, tokens, b, e, th->phrase, sizeof(th->phrase));
    memset(rg->roles + b, ORDER_ROLE_ITEM, e - b);
    rg->clauses[c].n_spans++;
}

void order_read_spans(const struct order_reader *rd, const char *text,
                      const struct order_token *tokens, size_t c, struct order_reading *rg)
{
    size_t b = rg->clauses[c].begin, e = rg->clauses[c].end, n = e - b;
    ORDER_ASSERT(e <= ORDER_TOKENS_MAX && b <= e);
    float best[ORDER_TOKENS_MAX + 1];
    uint16_t from[ORDER_TOKENS_MAX + 1]; /* start of the span ending here, or k - 1: none */
    bool span[ORDER_TOKENS_MAX + 1];
    best[0] = 0;
    for (size_t k = 1; k <= n; k++) {
        best[k] = best[k - 1];
        from[k] = (uint16_t)(k - 1);
        span[k] = false;
        for (size_t len = 1; len <= ORDER_SPAN_TOKENS_MAX && len <= k; len++) {
            size_t i = k - len;
            if (!spans_usable(rg, tokens, b + i))
                break;
            struct spans_window w;
            spans_window(rd, text, tokens, rg, b + i, b + k, e, &w);
            /* after "with" only a whole name is a dish ("with fries"); the rest is a
             * modifier ("with oat milk") */
            bool after_with = b + i > 0 && (order_tok_is(text, tokens, b + i - 1, e, "with") ||
                                            order_tok_is(text, tokens, b + i - 1, e, "w"));
            if (b + i > 1 && tokens[b + i - 1].kind == ORDER_TOKEN_PUNCT &&
                tokens[b + i - 1].punct == '/' && order_tok_is(text, tokens, b + i - 2, e, "w"))
                after_with = true; /* "w/ rice added" */
            if (w.valid && after_with && spans_exact_variant(rd->lex, rg, b + i, b + k, &w) < 0)
                w.valid = false;
            if (w.valid && w.score > 0 && best[i] + w.score > best[k]) {
                best[k] = best[i] + w.score;
                from[k] = (uint16_t)i;
                span[k] = true;
            }
        }
    }
    /* walk back, then emit left to right */
    uint16_t starts[ORDER_ITEMS_MAX], ends[ORDER_ITEMS_MAX];
    size_t m = 0;
    for (size_t k = n; k > 0; k = from[k]) {
        if (span[k] && m == ORDER_ITEMS_MAX)
            rg->truncated = true;
        if (span[k] && m < ORDER_ITEMS_MAX) {
            starts[m] = from[k];
            ends[m++] = (uint16_t)k;
        }
    }
    for (size_t i = m; i > 0; i--) {
        struct spans_window w;
        spans_window(rd, text, tokens, rg, b + starts[i - 1], b + ends[i - 1], e, &w);
        spans_emit(rd, text, tokens, c, b + starts[i - 1], b + ends[i - 1], &w, rg);
    }
}
