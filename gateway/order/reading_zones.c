/* reading_zones.c — the zones of words that change a dish (reading.c, before the spans of
 * reading.h pass 3): where a modifier's words begin and end ("with", "no", "on the side",
 * "on it", "added after"), dishes joined as a side, swaps, and lists of changes;
 * order_read_modifier_zones marks them. The phrases that tell how a change reads (a
 * correction's lead, "I don't want", "on all of them") are zone_phrases.c's, a dish served
 * on the side side_dish.c's; the zones a phrase after them closes ("on the side", "on it",
 * "added") are reading_zone_closers.c's, whether a dish stands at a token reading_dish_at.c's. */
#include <string.h>

#include "gateway/order/food.h"
#include "gateway/order/reading_internal.h"
#include "gateway/order/text_words.h"

/* "... well done and too orders of onion rings": a plural unit of serving ("orders of",
 * "portions of") right before a dish's name counts that dish, whatever word (a count heard
 * as another) stands before it; no change takes servings. */
static bool read_zone_units_of_dish(const struct order_reader *rd, const char *text,
                                    const struct order_token *tokens,
                                    const struct order_reading *rg, size_t at, size_t e)
{
    const struct order_token *t = &tokens[at];
    if (t->len < 4 || text[t->off + t->len - 1U] != 's')
        return false;
    size_t u = order_patterns_longest(&rd->u->quantity_units, text, tokens, at, e, NULL);
    return u >= 2 && read_name_at(rd, text, tokens, rg, at + u, e);
}

/* After "and" / "n" / "plus" in a modifier: does the next thing start at j ("... no pickles
 * and a lemonade", "... and the chocolate one", "... and big Chocolate Milkshake", "... and
 * also a side of nuggets"), or another modifier ("no onions and extra cheese")? */
/* Does the head word at token w name a dish more than it names a part of dishes: the last
 * word of several names ("fries"), or of one name that no other dish holds ("lemonade")?
 * "guacamole" ends "chips and guacamole" but comes in the burritos: a part. */
static bool read_zone_dish_word(const struct order_reader *rd, const struct order_reading *out,
                                size_t w)
{
    if (out->n_hits[w] == 0)
        return false;
    const struct order_lex_word *word = &rd->lex->words[out->hits[w][0].words[0]];
    if (order_item_set_count(&word->items) != 1)
        return order_item_set_count(&word->items) > 1;
    /* the last word of the one name, as its description and the others' spell it ("guac"
     * names the chips and guacamole, and the burritos hold "guacamole") */
    size_t item = (size_t)order_item_set_next(&word->items, 0);
    const char *name = rd->lex->menu->items[item].name;
    char head[ORDER_LEX_WORD_BYTES_MAX];
    size_t len = 0;
    for (size_t n; (n = order_name_word_next(&name, head, sizeof(head))) > 0;)
        len = n;
    const char *text = head;
    for (size_t m = 0; m < rd->lex->menu->count; m++)
        if (m != item && order_lexicon_item_mentions(rd->lex, (int32_t)m, &text, &len, 1) == 1)
            return false;
    return true;
}

/* Is token at, read exactly, a head word that names one dish by itself and comes in no other
 * ("kids taquitos": "taquitos" of the Kids Chicken Taquitos; not "salsa", "guac" or "rice",
 * which other dishes hold)? After a joiner it starts the next dish. */
static bool read_zone_anchor_at(const struct order_reader *rd, const struct order_reading *rg,
                                size_t at)
{
    if (rg->n_hits[at] == 0 || rg->hits[at][0].edits != 0)
        return false;
    const struct order_lex_word *w = &rd->lex->words[rg->hits[at][0].words[0]];
    return w->anchor && w->head && order_item_set_count(&w->items) == 1 &&
           read_zone_dish_word(rd, rg, at);
}

/* Do an article and a drink the menu lacks stand at j, to the next mark ("... add bacon and a
 * coke")? A drink with its article is a thing asked for, never a change of a dish; "with milk
 * and soda" or "a splash of soda" may be. */
bool read_zone_article_drink(const struct order_reader *rd, const char *text,
                             const struct order_token *tokens, const struct order_reading *rg,
                             size_t j, size_t e)
{
    enum { DRINK_WORDS_MAX = 3 };
    if (!order_tok_is(text, tokens, j, e, "a") && !order_tok_is(text, tokens, j, e, "an"))
        return false;
    size_t a = j + 1U, b = a;
    while (b < e && b - a < DRINK_WORDS_MAX && tokens[b].kind == ORDER_TOKEN_WORD &&
           rg->n_hits[b] == 0)
        b++;
    if (b == a || (b < e && tokens[b].kind == ORDER_TOKEN_WORD))
        return false;
    char phrase[ORDER_PHRASE_BYTES_MAX];
    size_t o = order_words_join(text, tokens, a, b, phrase, sizeof(phrase));
    return o > 0 && order_food_drink(rd->food, phrase, o);
}

static bool read_zone_next_thing(const struct order_reader *rd, const char *text,
                                 const struct order_token *tokens, const struct order_reading *rg,
                                 size_t j, size_t e)
{
    enum { NEXT_THING_WORDS_MAX = 3 };
    int32_t qty;
    if (j >= e || tokens[j].kind != ORDER_TOKEN_WORD)
        return true;
    if (read_zone_article_drink(rd, text, tokens, rg, j, e))
        return true;
    if (order_patterns_longest(&rd->u->modifier_zone_starts, text, tokens, j, e, NULL) > 0)
        return true;
    /* "... with extra cheese and that red hibiscus drink": a word that points, right after the
     * joiner and before a word, points at a dish, as "the" does; a change takes no pointer */
    static const char *const pointing[] = {"that", "this", "those", "these"};
    if (j + 1 < e && tokens[j + 1].kind == ORDER_TOKEN_WORD &&
        order_tok_in(text, tokens, j, e, pointing, ORDER_WORDS_N(pointing)))
        return true;
    for (size_t k = 0; k < NEXT_THING_WORDS_MAX && j + k < e; k++) {
        size_t at = j + k;
        if (tokens[at].kind != ORDER_TOKEN_WORD)
            return false;
        if (order_read_quantity(rd->u, text, tokens, at, e, &qty) > 0 ||
            order_tok_is(text, tokens, at, e, "the") || order_tok_is(text, tokens, at, e, "some") ||
            order_tok_is(text, tokens, at, e, "another") ||
            read_name_at(rd, text, tokens, rg, at, e) || read_zone_anchor_at(rd, rg, at) ||
            read_zone_units_of_dish(rd, text, tokens, rg, at, e))
            return true;
    }
    return false;
}

/* Is token j one word that names one dish on its own, and that no other item's name or
 * description holds ("jamaica" of the Jamaica Agua Fresca)? No ingredient of any dish then
 * ("guac", "cheese" are), it names that dish wherever it stands. */
static bool read_zone_sole_dish_word(const struct order_reader *rd, const char *text,
                                     const struct order_token *tokens,
                                     const struct order_reading *rg, size_t j)
{
    if (rg->n_hits[j] != 1 || rg->hits[j][0].n_words != 1 || rg->hits[j][0].edits != 0)
        return false;
    const struct order_lex_word *x = &rd->lex->words[rg->hits[j][0].words[0]];
    struct order_item_set held;
    return x->anchor && order_item_set_count(&x->items) == 1 &&
           order_text_words_items(rd->lex->text_words, text + tokens[j].off, tokens[j].len,
                                  &held) &&
           order_item_set_count(&held) == 1;
}

/* Does a swap with its own "for" start at token j ("sub pinto beans for black beans"), its
 * "for" within a few words and before any mark? */
static bool read_zone_own_swap_at(const char *text, const struct order_token *tokens, size_t j,
                                  size_t e)
{
    enum { SWAPPED_WORDS_MAX = 4 };
    static const char *const swaps[] = {"sub", "swap", "substitute", "switch", "replace"};
    if (!order_tok_in(text, tokens, j, e, swaps, ORDER_WORDS_N(swaps)))
        return false;
    for (size_t p = j + 1U; p < e && p <= j + SWAPPED_WORDS_MAX + 1U; p++) {
        if (tokens[p].kind != ORDER_TOKEN_WORD)
            return false;
        if (p > j + 1U && order_tok_is(text, tokens, p, e, "for"))
            return true;
    }
    return false;
}

/* Does a zone stop before token j: a separator, "and"/"plus"/"or" before an article, a
 * number or another lead, a number, "to" ("add avocado to the bowl")? */
static bool read_zone_stops(const struct order_reader *rd, const char *text,
                            const struct order_token *tokens, const struct order_reading *rg,
                            size_t j, size_t e)
{
    const struct order_token *t = &tokens[j];
    if (t->kind == ORDER_TOKEN_PUNCT && t->punct == '+') {
        /* "add cheese + guac,": one more word, no whole name, goes on with the change;
         * "extra rice + pastor tacos x2" starts the next thing, and so does a word that
         * names a dish and nothing in one ("extra cheese + jamaica + churros") */
        bool one_word = j + 1 < e && tokens[j + 1].kind == ORDER_TOKEN_WORD &&
                        (j + 2 >= e || tokens[j + 2].kind != ORDER_TOKEN_WORD);
        return !one_word || read_zone_next_thing(rd, text, tokens, rg, j + 1, e) ||
               read_zone_sole_dish_word(rd, text, tokens, rg, j + 1);
    }
    if (t->kind == ORDER_TOKEN_PUNCT && t->punct != '&')
        return true;
    static const char *const joins[] = {"and", "n", "plus", "or", "y", "e", "und", "et"};
    bool joiner = t->kind == ORDER_TOKEN_PUNCT || /* "no lettuce y un jarrito": Spanish "and" */
                  order_tok_in(text, tokens, j, e, joins, ORDER_WORDS_N(joins));
    /* "with my boyfriend and he got this burger ...": a subject after "and" starts a
     * sentence of its own */
    static const char *const subjects[] = {"he", "she", "they", "we", "i", "you"};
    if (joiner && t->kind == ORDER_TOKEN_WORD &&
        order_tok_in(text, tokens, j + 1, e, subjects, ORDER_WORDS_N(subjects)))
        return true;
    /* "... and her son is a big eater": a possessive, its noun and a verb of being or
     * liking after "and" are such a subject too */
    static const char *const told[] = {"is",   "are",   "was",   "were",  "has",
                                       "have", "loves", "likes", "hates", "love"};
    if (joiner && t->kind == ORDER_TOKEN_WORD && order_tok_possessive(text, tokens, j + 1, e) &&
        j + 2 < e && tokens[j + 2].kind == ORDER_TOKEN_WORD &&
        order_tok_in(text, tokens, j + 3, e, told, ORDER_WORDS_N(told)))
        return true;
    if (joiner)
        return read_zone_next_thing(rd, text, tokens, rg, j + 1, e);
    /* "with no pickles a chocolate milkshake and ...": a list said with no "and", as dictation
     * writes it; an article and a dish's name after a change's words start the next thing */
    if (j > 0 && tokens[j - 1].kind == ORDER_TOKEN_WORD &&
        (order_tok_is(text, tokens, j, e, "a") || order_tok_is(text, tokens, j, e, "an")) &&
        read_name_at(rd, text, tokens, rg, j, e))
        return true;
    if (order_tok_is(text, tokens, j, e, "to") || order_tok_is(text, tokens, j, e, "for"))
        return true;
    if (read_zone_own_swap_at(text, tokens, j, e))
        return true; /* "no cotija sub pinto beans for black beans": a swap of its own */
    /* "extra jalapenos on the black bean burger": the dish the change is made to */
    if (order_tok_is(text, tokens, j, e, "on") || order_tok_is(text, tokens, j, e, "onto") ||
        order_tok_is(text, tokens, j, e, "in")) {
        size_t d = j + 1;
        if (order_tok_is(text, tokens, d, e, "my") || order_tok_is(text, tokens, d, e, "our") ||
            order_tok_is(text, tokens, d, e, "his") || order_tok_is(text, tokens, d, e, "her"))
            d++;
        if (order_read_name_at(rd, text, tokens, rg, d, e) >= 0)
            return true;
    }
    /* "instead of normal fries with my beef burger": the dish the change goes with */
    if (order_tok_is(text, tokens, j, e, "with") &&
        (order_tok_is(text, tokens, j + 1, e, "my") ||
         order_tok_is(text, tokens, j + 1, e, "our")) &&
        order_read_name_at(rd, text, tokens, rg, j + 2, e) >= 0)
        return true;
    int32_t qty;
    bool part = j > 0 && (order_tok_is(text, tokens, j - 1, e, "on") ||
                          order_tok_is(text, tokens, j - 1, e, "for")); /* "on 3 of them" */
    return order_read_quantity(rd->u, text, tokens, j, e, &qty) > 0 && !part &&
           !order_tok_is(text, tokens, j, e, "a") && !order_tok_is(text, tokens, j, e, "an");
}

/* Does a word of [a, b) read as a word of the menu's names as it is spelt? */
static bool read_has_menu_word(const struct order_reading *rg, size_t a, size_t b)
{
    for (size_t t = a; t < b; t++)
        for (size_t h = 0; h < rg->n_hits[t]; h++)
            if (rg->hits[t][h].edits == 0)
                return true;
    return false;
}

/* Is token t an "x" count ("x2", or "x" before digits)? */
static bool read_x_count_at(const char *text, const struct order_token *tokens, size_t t, size_t e)
{
    return t < e && tokens[t].kind == ORDER_TOKEN_WORD && text[tokens[t].off] == 'x' &&
           read_digit_count_at(text, tokens, e, t, true);
}

/* After the joiner at j in a modifier zone: do the words up to the next separator name
 * another thing ordered rather than one more change? A count after them counts a thing,
 * never a change ("... and egg fried rice x2", "plus pulled pork sandwich x 2") when they
 * read as food the menu never mentions; after a removal, a dish of the food lexicon in two
 * words or more around a word of the menu's names that the menu never mentions cannot be taken
 * off anything ("hold the pickles and hot chocolate", unlike "no onions and sour cream"). "no
 * onions and extra pickles", "hold the mayo and ketchup" and "with cheese and bacon" stay changes.
 */
static bool read_zone_joined_dish(const struct order_reader *rd, const char *text,
                                  const struct order_token *tokens, const struct order_reading *rg,
                                  size_t j, size_t e, bool removal)
{
    enum { JOINED_WORDS_MAX = 5 };
    bool joiner = (tokens[j].kind == ORDER_TOKEN_PUNCT &&
                   (tokens[j].punct == '&' || tokens[j].punct == '+')) ||
                  order_tok_is(text, tokens, j, e, "and") ||
                  order_tok_is(text, tokens, j, e, "n") || order_tok_is(text, tokens, j, e, "plus");
    size_t a = j + 1, b = a;
    while (joiner && b < e && tokens[b].kind == ORDER_TOKEN_WORD && b - a <= JOINED_WORDS_MAX)
        b++;
    if (!joiner || b == a || b - a > JOINED_WORDS_MAX)
        return false;
    bool counted = false;
    if (b > a + 1 && read_x_count_at(text, tokens, b - 1, e) && tokens[b - 1].len > 1) {
        b--; /* "x2" */
        counted = true;
    } else if (b > a + 2 && order_tok_is(text, tokens, b - 2, e, "x") &&
               read_x_count_at(text, tokens, b - 2, e)) {
        b -= 2; /* "x 2" */
        counted = true;
    }
    if (!counted && (!removal || b < a + 2 || !read_has_menu_word(rg, a, b)))
        return false;
    char phrase[ORDER_PHRASE_BYTES_MAX];
    size_t o = order_words_join(text, tokens, a, b, phrase, sizeof(phrase));
    if (o == 0 || order_lexicon_menu_mentions(rd->lex, phrase, o))
        return false;
    return counted ? order_food_phrase(rd->food, phrase, o) : order_food_entry(rd->food, phrase, o);
}

/* Does the modifier zone that starts at i take something off ("no", "hold the", "with no")? */
static bool read_zone_removal(const char *text, const struct order_token *tokens, size_t i,
                              size_t e)
{
    static const char *const removals[] = {"no",   "without", "wo",   "hold", "minus",
                                           "skip", "sin",     "sans", "leave"};
    size_t n = ORDER_WORDS_N(removals);
    return order_tok_in(text, tokens, i, e, removals, n) ||
           order_tok_in(text, tokens, i + 1, e, removals, n) ||
           order_tok_w_slash_o(text, tokens, i, e) > 0;
}

/* Is "add" at i (k tokens) followed by a whole menu name, in a clause that took a dish off
 * before it ("cancel the fries from my order and add onion rings instead", "remove the
 * lemonade and add an iced green tea") or right after one ("cancel the fries, add onion
 * rings"), or with no menu word before it in the message ("add
 * fries to my order": nothing here to put them on)? The dish added is ordered, not put on
 * another. */
static bool read_add_after_removal(const struct order_reader *rd, const char *text,
                                   const struct order_token *tokens, const struct order_reading *rg,
                                   size_t b, size_t i, size_t k, size_t e)
{
    static const char *const removals[] = {"cancel", "remove", "drop", "scratch",
                                           "scrap",  "ditch",  "nix"};
    if (!ORDER_CUES_ANY(&rg->cues, "add"))
        return false;
    if (!order_tok_is(text, tokens, i, e, "add") || k != 1 ||
        !read_name_at(rd, text, tokens, rg, i + 1, e))
        return false;
    bool menu_before = false;
    for (size_t p = 0; p < i && !menu_before; p++)
        menu_before = rg->n_hits[p] > 0;
    if (!menu_before)
        return true;
    /* "cancel the fries, add onion rings": opening its clause, "add" follows the removal of
     * the clause before */
    size_t from = b;
    for (size_t c = 0; i == b && c < rg->n_clauses; c++)
        if (rg->clauses[c].end == b)
            from = rg->clauses[c].begin;
    for (size_t p = from; p < i; p++)
        if (order_tok_in(text, tokens, p, e, removals, ORDER_WORDS_N(removals)))
            return true;
    return false;
}

/* The one item whose description holds the food word at token p ("custard" of the Flan's
 * "silky baked custard"), or -1: a dish called by what it is (attach_lead_described.c). */
static int32_t read_described_food_at(const struct order_reader *rd, const char *text,
                                      const struct order_token *tokens, size_t p)
{
    const struct order_token *k = &tokens[p];
    if (k->kind != ORDER_TOKEN_WORD || k->len < 4 ||
        !order_food_word(rd->food, text + k->off, k->len))
        return -1;
    const char *w = text + k->off;
    size_t len = k->len, holders = 0;
    int32_t item = -1;
    for (size_t it = 0; it < rd->lex->menu->count && holders < 2; it++)
        if (order_lexicon_item_mentions(rd->lex, (int32_t)it, &w, &len, 1) == 1) {
            holders++;
            item = (int32_t)it;
        }
    return holders == 1 ? item : -1;
}

/* Does a "with" at i have something before it to change: a menu word earlier in the message,
 * a noun of the clause pointing at a dish ("the crispy one with the cheese"), or a food one
 * item's description says it is, with what that description serves it with ("the custard
 * with caramel"; "the baked custard with sprinkles" is no Flan)? One before none goes with
 * the dish it names, it asks for it: "whatever you do with the black bean one". */
static bool read_with_changes_something(const struct order_reader *rd, const char *text,
                                        const struct order_token *tokens,
                                        const struct order_reading *rg, size_t b, size_t i,
                                        size_t e)
{
    static const char *const pointers[] = {"one", "ones", "thing", "something"};
    for (size_t p = 0; p < i; p++)
        if (rg->n_hits[p] > 0 ||
            (p >= b && order_tok_in(text, tokens, p, i, pointers, ORDER_WORDS_N(pointers))))
            return true;
    int32_t item = i > b ? read_described_food_at(rd, text, tokens, i - 1U) : -1;
    if (item < 0)
        return false;
    size_t said = 0;
    for (size_t p = i + 1U; p < e && tokens[p].kind == ORDER_TOKEN_WORD; p++) {
        const char *w = text + tokens[p].off;
        size_t len = tokens[p].len;
        if (order_tok_article(text, tokens, p, e))
            continue;
        if (rg->n_hits[p] > 0 || order_lexicon_item_mentions(rd->lex, item, &w, &len, 1) == 0)
            break; /* a dish named ("a beer with my quesabirria"), or no word of this one */
        said++;
    }
    return said > 0;
}

/* Is vocabulary word w held by the text of an item it does not name: a part of other dishes
 * ("onions" of the burgers' descriptions, though "onion" names the onion rings alone)? */
static bool read_zone_word_is_part(const struct order_lexicon *lx, uint16_t w)
{
    const struct order_lex_word *lw = &lx->words[w];
    struct order_item_set holders;
    if (!lx->text_words || !order_text_words_items(lx->text_words, lw->text, lw->len, &holders))
        return false;
    for (int32_t it = order_item_set_next(&holders, 0); it >= 0;
         it = order_item_set_next(&holders, (size_t)it + 1U))
        if (!order_item_set_has(&lw->items, (size_t)it))
            return true;
    return false;
}

/* "not a fan of churros": a dislike of a dish of the menu (a word of what is disliked that
 * names a dish alone, exactly, and is no part of other dishes) is the customer's view of it
 * (classify_fan_of.c), no change of the dish before; "not a fan of onions" changes it, though
 * "onion" names the onion rings alone: the burgers are made with onions; so does "not a fan of
 * onions in my burrito": the words after a preposition say where the change goes, not what is
 * disliked. [i, l) is the lead. */
static bool read_zone_fan_of_dish(const struct order_reader *rd, const char *text,
                                  const struct order_token *tokens, const struct order_reading *out,
                                  size_t i, size_t l, size_t e)
{
    static const char *const places[] = {"in", "on", "with", "inside", "for"};
    if (!ORDER_CUES_ANY(&out->cues, "fan"))
        return false;
    bool fan = false;
    for (size_t p = i; p < l; p++)
        fan = fan || order_tok_is(text, tokens, p, e, "fan");
    for (size_t p = l; fan && p < e && tokens[p].kind == ORDER_TOKEN_WORD &&
                       !order_tok_in(text, tokens, p, e, places, ORDER_WORDS_N(places));
         p++)
        for (size_t h = 0; h < out->n_hits[p]; h++)
            if (out->hits[p][h].edits == 0 && rd->lex->words[out->hits[p][h].words[0]].anchor &&
                !read_zone_word_is_part(rd->lex, out->hits[p][h].words[0]))
                return true;
    return false;
}

/* "i don't want fries": after a negated wanting at i, what follows is not asked for, up to
 * a stop or a consequence ("allergic to nuts so carrot cake ...": that asks anew); it is a
 * zone. Returns where the zone ends, i when there is none. */
static size_t read_zone_not_wanted(const struct order_reader *rd, const char *text,
                                   const struct order_token *tokens, struct order_reading *out,
                                   size_t i, size_t e)
{
    static const char *const then[] = {"so", "but", "because", "cause", "if"};
    if (!order_negated_wanting_may_stand(&out->cues))
        return i;
    size_t neg = order_read_negated_wanting(text, tokens, i, e);
    if (neg == 0 || read_zone_fan_of_dish(rd, text, tokens, out, i, i + neg, e))
        return i;
    size_t j = i + neg;
    /* "not in the mood for a burrito": the article right after the lead leads the dish not
     * wanted, it starts no next thing */
    static const char *const articles[] = {"a", "an", "the", "any"};
    if (j + 1U < e && order_tok_in(text, tokens, j, e, articles, ORDER_WORDS_N(articles)))
        j++;
    /* ... up to another negated wanting, which leads a zone of its own ("not hungry for a
     * burrito and really not in the mood for tacos") */
    while (j < e && out->roles[j] == ORDER_ROLE_NONE &&
           !read_zone_stops(rd, text, tokens, out, j, e) &&
           order_read_negated_wanting(text, tokens, j, e) == 0 &&
           !order_tok_in(text, tokens, j, e, then, ORDER_WORDS_N(then)))
        j++;
    /* "allergic to dairy so no cheese and no sour cream": the removals after "so" spell out
     * what the reason keeps away; the reason itself changes nothing more */
    static const char *const removals[] = {"no", "without", "hold"};
    static const char *const polite[] = {"please", "pls", "plz", "thanks"};
    size_t what = j + 2U; /* what the removal names: "so no cheese", not "so without please" */
    if (what < e && order_tok_is(text, tokens, j, e, "so") &&
        order_tok_in(text, tokens, j + 1U, e, removals, ORDER_WORDS_N(removals)) &&
        tokens[what].kind == ORDER_TOKEN_WORD &&
        !order_tok_in(text, tokens, what, e, polite, ORDER_WORDS_N(polite))) {
        memset(out->roles + i, ORDER_ROLE_FILLER, j - i);
        return j;
    }
    /* "she doesnt eat pork, so a veggie taco": the reason for the dish after it, no change */
    size_t all = out->clauses[out->n_clauses - 1U].end; /* "so" may open the next clause */
    size_t so = order_tok_is(text, tokens, i, e, "not")
                    ? 0
                    : order_read_reason_for_dish(text, tokens, out, j, all);
    if (so > 0) {
        so = so < e ? so : e;
        memset(out->roles + i, ORDER_ROLE_FILLER, so - i);
        return so;
    }
    memset(out->mod_zone + i, true, j - i);
    return j;
}

/* Does a count end right before token i ("one", "2", "a couple of")? Its value in *v. */
static bool read_zone_counted(const struct order_reader *rd, const char *text,
                              const struct order_token *tokens, size_t i, size_t b, size_t e,
                              int32_t *v)
{
    enum { COUNT_WORDS_MAX = 3 };
    for (size_t a = i; a > b && i - a < COUNT_WORDS_MAX; a--)
        if (order_read_number(rd->u, text, tokens, a - 1U, e, v) == i - (a - 1U))
            return true;
    return false;
}

/* Does a word of [a, j) end a dish's name ("double cheeseburger w bacon": "cheeseburger")? */
static bool read_zone_holds_head(const struct order_reader *rd, const struct order_reading *out,
                                 size_t a, size_t j)
{
    for (size_t k = a; k < j; k++)
        if (order_read_token_head(rd, out, k))
            return true;
    return false;
}

/* "hubby wants the double bacon burger", "one double cheeseburger": a lead that can also
 * describe a dish ("double", "extra") right after "the" or a count, whose words [i, j) end
 * in a dish's head word, names that dish: no change to the one before it. Removals ("no
 * cheeseburger") stay changes. After a count they name a dish only while none was named
 * before: in "2 burritos, one extra guac" they are a part of the burritos. A clause that opens
 * with such a lead before any dish was named ("double cheeseburger") has nothing to change. */
static bool read_zone_names_dish(const struct order_reader *rd, const char *text,
                                 const struct order_token *tokens, const struct order_reading *out,
                                 size_t i, size_t j, size_t b, size_t e)
{
    int32_t v;
    return ((i > b && order_tok_is(text, tokens, i - 1U, e, "the")) ||
            ((read_zone_counted(rd, text, tokens, i, b, e, &v) || i == b) &&
             !read_zone_holds_head(rd, out, 0, i))) &&
           j > i + 1U && !read_zone_removal(text, tokens, i, e) &&
           read_zone_holds_head(rd, out, i + 1U, j);
}

/* "2 burgers and 2 extra fries", "a few extra fries to share": "extra" after a count of more
 * than one (or an amount left open, asked back) and words [i, j) that end on a word that names
 * dishes counts more of them; "2 carne asada burritos, 2 extra guac" adds guacamole to them,
 * and "2 burritos, one extra guac" is a part of the burritos changed. */
static bool read_zone_more_dishes(const struct order_reader *rd, const char *text,
                                  const struct order_token *tokens, const struct order_reading *out,
                                  size_t i, size_t j, size_t b, size_t e)
{
    static const char *const more[] = {"extra", "xtra"};
    static const char *const open[] = {"few", "couple", "some"};
    /* the dish's head ends the zone ("2 extra fries"), or a whole name starts after the lead
     * ("a few extra chips and salsa", whose zone ends at "chips") */
    if (i == b || j < i + 2U || !order_tok_in(text, tokens, i, e, more, ORDER_WORDS_N(more)) ||
        !((order_read_token_head(rd, out, j - 1U) && read_zone_dish_word(rd, out, j - 1U)) ||
          read_name_at(rd, text, tokens, out, i + 1U, e)))
        return false;
    int32_t v;
    return order_tok_in(text, tokens, i - 1U, e, open, ORDER_WORDS_N(open)) ||
           (read_zone_counted(rd, text, tokens, i, b, e, &v) && v > 1);
}

/* Is token j the "for" of a swap told after its side ("brown rice swapped for quinoa",
 * "the slaw subbed for lettuce")? Then both sides are the change: the words from j on are
 * no filler ("for *") here. */
static bool read_swapped_for(const char *text, const struct order_token *tokens,
                             struct order_reading *out, size_t j, size_t e)
{
    static const char *const done[] = {"swapped", "subbed", "substituted", "switched"};
    if (!ORDER_CUES_ANY(&out->cues, "swapped", "subbed", "substituted", "switched") ||
        !ORDER_CUES_ANY(&out->cues, "for"))
        return false;
    size_t d = j > 0 && order_tok_is(text, tokens, j - 1U, e, "out") ? j - 2U : j - 1U;
    if (j < 2 || !order_tok_is(text, tokens, j, e, "for") ||
        !order_tok_in(text, tokens, d, e, done, ORDER_WORDS_N(done)))
        return false;
    for (size_t f = j; f < e && tokens[f].kind == ORDER_TOKEN_WORD; f++)
        if (out->roles[f] == ORDER_ROLE_FILLER)
            out->roles[f] = ORDER_ROLE_NONE;
    return true;
}

/* A modifier of the understanding in two words or more at i ("vegan version", "lettuce
 * wrap", "nice and crispy") is one zone, whatever menu words it holds; its length, or 0. One
 * that opens with a lead and is joined to more ("add cheese + guac") goes on as the lead's
 * zone instead; "no ketchup on the burger" ends with the modifier. */
static size_t read_zone_listed(const struct order_reader *rd, const char *text,
                               const struct order_token *tokens, const struct order_reading *out,
                               size_t i, size_t b, size_t e)
{
    size_t m = read_listed_change(rd, text, tokens, i, e);
    /* "a quinoa bowl and a double espresso": "a double" before a food the menu lacks, joined
     * on by "and", is one more thing sized, not the listed change */
    if (m >= 2 && order_read_zone_article_joined(text, tokens, b, i + 1U, e))
        for (size_t j = i + 3U; j <= i + 4U && j <= e; j++)
            if (order_read_zone_sized_other(rd, text, tokens, out, i + 1U, j, e))
                return 0;
    bool joined =
        m >= 2 && i + m < e &&
        ((tokens[i + m].kind == ORDER_TOKEN_PUNCT &&
          (tokens[i + m].punct == '+' || tokens[i + m].punct == '&')) ||
         order_tok_is(text, tokens, i + m, e, "and") || order_tok_is(text, tokens, i + m, e, "n") ||
         order_tok_is(text, tokens, i + m, e, "plus"));
    bool led = joined &&
               order_patterns_longest(&rd->u->modifier_zone_starts, text, tokens, i, e, NULL) > 0;
    return m >= 2 && !led && !read_name_at(rd, text, tokens, out, i, e) ? m : 0;
}

/* Does a dish stand at i, after the "for" of a swap: a whole name, or a count or an article
 * and menu words that name some item together ("a jamaica", "2 churros")? */
static bool read_swap_gets_dish(const struct order_reader *rd, const char *text,
                                const struct order_token *tokens, const struct order_reading *rg,
                                size_t i, size_t e)
{
    if (read_name_at(rd, text, tokens, rg, i, e))
        return true;
    int32_t qty;
    size_t k = order_read_quantity(rd->u, text, tokens, i, e, &qty);
    if (k == 0 && order_tok_is(text, tokens, i, e, "the"))
        k = 1;
    struct order_item_set items;
    bool head, whole;
    return k > 0 && read_menu_run(rd, tokens, rg, i + k, e, &items, &head, &whole) > 0 &&
           order_item_set_count(&items) > 0;
}

/* Is the lead at i (k tokens) a swap of one whole dish for another with no menu word before
 * it in the message ("swap the horchata for a jamaica")? Nothing here has that side to
 * change: it is a dish of an earlier order given up, and the one after "for" is asked for.
 * Returns the token of that "for", or i when the lead is no such swap. */
static size_t read_swap_of_earlier_dish(const struct order_reader *rd, const char *text,
                                        const struct order_token *tokens,
                                        const struct order_reading *rg, size_t i, size_t k,
                                        size_t e)
{
    enum { SWAP_SIDE_WORDS_MAX = 5 };
    if (!ORDER_CUES_ANY(&rg->cues, "swap", "sub", "substitute"))
        return i;
    bool swap = order_tok_is(text, tokens, i, e, "swap") ||
                order_tok_is(text, tokens, i, e, "sub") ||
                order_tok_is(text, tokens, i, e, "substitute");
    if (!swap || k != 1 || !read_name_at(rd, text, tokens, rg, i + 1, e))
        return i;
    for (size_t p = 0; p < i; p++)
        if (rg->n_hits[p] > 0)
            return i;
    for (size_t f = i + 2; f < e && f <= i + 1 + SWAP_SIDE_WORDS_MAX; f++) {
        if (tokens[f].kind != ORDER_TOKEN_WORD)
            return i;
        if (order_tok_is(text, tokens, f, e, "for"))
            return read_swap_gets_dish(rd, text, tokens, rg, f + 1, e) ? f : i;
    }
    return i;
}

/* After a removal, is "and the" at j followed by a part, food words alone up to the next
 * break, that names no dish ("hold the cotija and the sour cream")? The removal goes on: the
 * article repeats the one after "hold the", it starts nothing new. */
static bool read_zone_removed_part_after(const struct order_reader *rd, const char *text,
                                         const struct order_token *tokens,
                                         const struct order_reading *rg, size_t j, size_t e)
{
    enum { PART_WORDS_MAX = 3 };
    if (!ORDER_CUES_ANY(&rg->cues, "and") || !ORDER_CUES_ANY(&rg->cues, "the"))
        return false;
    size_t a = j + 2U, b = a;
    if (!order_tok_is(text, tokens, j, e, "and") || !order_tok_is(text, tokens, j + 1U, e, "the") ||
        read_name_at(rd, text, tokens, rg, a, e))
        return false;
    /* "... and the sour cream thanks": a word of asking ends the part */
    static const char *const polite[] = {"please", "pls", "plz", "thanks", "thx", "ty"};
    for (; b < e && tokens[b].kind == ORDER_TOKEN_WORD && b - a <= PART_WORDS_MAX &&
           !order_tok_in(text, tokens, b, e, polite, ORDER_WORDS_N(polite));
         b++)
        if (rg->roles[b] != ORDER_ROLE_NONE)
            return false;
    if (b == a || b - a > PART_WORDS_MAX)
        return false;
    char phrase[ORDER_PHRASE_BYTES_MAX];
    size_t o = order_words_join(text, tokens, a, b, phrase, sizeof(phrase));
    if (o > 0 && order_food_entry(rd->food, phrase, o)) /* "sour cream" */
        return true;
    for (size_t k = a; k < b; k++)
        if (!order_food_word(rd->food, text + tokens[k].off, tokens[k].len))
            return false;
    return true;
}

/* Is token j the "for" of the swap led at i, or the article right after it when the side
 * going out names no dish ("swap the rice for a green salad")? What follows is the side that
 * comes in, a change of the dish, not a dish of its own: the article only says it is one. A
 * side going out that names a dish ("swap the fries for a lemonade") trades dishes. */
static bool read_zone_swap_for_at(const char *text, const struct order_token *tokens,
                                  const struct order_reading *out, size_t i, size_t j, size_t e)
{
    if (!ORDER_CUES_ANY(&out->cues, "for"))
        return false;
    if (order_tok_is(text, tokens, j, e, "for"))
        return true;
    if (j < i + 2U || !order_tok_is(text, tokens, j - 1U, e, "for") ||
        !(order_tok_is(text, tokens, j, e, "a") || order_tok_is(text, tokens, j, e, "an")))
        return false;
    for (size_t k = i + 1U; k + 1U < j; k++)
        if (out->n_hits[k] > 0)
            return false;
    return true;
}

/* Do the zone's words [i, j) set one thing against another ("instead of the onion rings",
 * "the chipotle mayo from the bean burger", "the same oil as the onion rings")? A dish named
 * after them is the other thing, inside the change. */
static bool read_zone_compares(const char *text, const struct order_token *tokens, size_t i,
                               size_t j, size_t e)
{
    static const char *const comparing[] = {"instead", "from", "as", "than", "like"};
    for (size_t p = i; p < j; p++)
        if (order_tok_in(text, tokens, p, e, comparing, ORDER_WORDS_N(comparing)))
            return true;
    return false;
}

/* Is the zone [i, j) of an addition ("extra", "add", "more", "double") said with "not"
 * right before it, alone in its piece ("NO slaw. Not extra slaw.", "..., not extra cheese")?
 * It says what is not wanted, which a change with "no" says already or the dish keeps. */
static bool read_zone_denied(const char *text, const struct order_token *tokens,
                             const struct order_reading *out, size_t i, size_t j, size_t b,
                             size_t e)
{
    static const char *const adding[] = {"extra", "add", "more", "double", "xtra"};
    if (!ORDER_CUES_ANY(&out->cues, "not") || i <= b ||
        !order_tok_is(text, tokens, i - 1U, e, "not") ||
        !order_tok_in(text, tokens, i, e, adding, ORDER_WORDS_N(adding)))
        return false;
    /* the piece opens with "not": "..., not extra slaw", not "its not extra spicy is it" */
    return (i - 1U == b || tokens[i - 2U].kind == ORDER_TOKEN_PUNCT) &&
           (j >= e || tokens[j].kind == ORDER_TOKEN_PUNCT);
}

/* Where the zone of the lead [i, j) ends: at the first word another reading took, a dish
 * joined to it or a word that stops a zone, except "for" of a swap and its article ("sub the
 * mayo for chipotle mayo", "for a green salad": both sides are the change) and "and the" of what is
 * kept ("nothing on it except the cheese and the meat"). */
static size_t read_zone_extent(const struct order_reader *rd, const char *text,
                               const struct order_token *tokens, struct order_reading *out,
                               size_t i, size_t j, size_t e)
{
    bool swap = order_tok_is(text, tokens, i, e, "sub") ||
                order_tok_is(text, tokens, i, e, "swap") ||
                order_tok_is(text, tokens, i, e, "substitute") ||
                order_tok_is(text, tokens, i, e, "replace");
    if (swap) /* "swap the honey mustard for bbq sauce": "for" is no filler here */
        for (size_t f = j; f < e && tokens[f].kind == ORDER_TOKEN_WORD; f++)
            if (out->roles[f] == ORDER_ROLE_FILLER)
                out->roles[f] = ORDER_ROLE_NONE;
    bool kept = order_tok_is(text, tokens, i, e, "nothing") ||
                order_tok_is(text, tokens, i + 1, e, "nothing"); /* "with nothing but" */
    bool removal = read_zone_removal(text, tokens, i, e);
    bool adding = order_tok_is(text, tokens, i, e, "add");
    size_t start = j;
    while (j < e &&
           /* "no crispy onions side salad", "with extra cheese truffle fries": a whole name of
            * two words after a change is the next dish, the comma left out (not after a swap's
            * words, nor inside a comparison: "the chipotle mayo from the bean burger") */
           !(j > start && !swap && out->n_hits[j] > 0 && tokens[j - 1U].kind == ORDER_TOKEN_WORD &&
             !read_zone_compares(text, tokens, i, j, e) &&
             read_long_name_at(rd, text, tokens, out, j, e)) &&
           (out->roles[j] == ORDER_ROLE_NONE || read_swapped_for(text, tokens, out, j, e)) &&
           !read_zone_joined_dish(rd, text, tokens, out, j, e, removal) &&
           !order_read_zone_request_at(rd, text, tokens, out, j, e) &&
           !(read_zone_stops(rd, text, tokens, out, j, e) &&
             !(adding && read_zone_adds_another(rd, text, tokens, out, j, e)) &&
             !((swap || read_swapped_for(text, tokens, out, j, e)) &&
               read_zone_swap_for_at(text, tokens, out, i, j, e)) &&
             !(kept && order_tok_is(text, tokens, j, e, "and") &&
               order_tok_is(text, tokens, j + 1, e, "the")) &&
             !(removal && read_zone_removed_part_after(rd, text, tokens, out, j, e))))
        j++;
    return j;
}

/* "bowl - brown rice swapped for quinoa", "slaw subbed for lettuce": a swap told after its
 * side, at i the participle. The side before it (up to three words, after a separator or at
 * the clause's start, so that no dish's name is taken in) and what replaces it are one zone.
 * Returns the token after the zone, or i when none. */
static size_t read_zone_swapped(const struct order_reader *rd, const char *text,
                                const struct order_token *tokens, struct order_reading *out,
                                size_t i, size_t b, size_t e)
{
    enum { SWAPPED_SIDE_WORDS_MAX = 3 };
    /* read_swapped_for's words */
    if (!ORDER_CUES_ANY(&out->cues, "swapped", "subbed", "substituted", "switched") ||
        !ORDER_CUES_ANY(&out->cues, "for"))
        return i;
    size_t f = order_tok_is(text, tokens, i + 1U, e, "out") ? i + 2U : i + 1U;
    if (f >= e || !read_swapped_for(text, tokens, out, f, e))
        return i;
    size_t a = i;
    while (a > b && i - a < SWAPPED_SIDE_WORDS_MAX && tokens[a - 1U].kind == ORDER_TOKEN_WORD &&
           out->roles[a - 1U] == ORDER_ROLE_NONE && !order_tok_is(text, tokens, a - 1U, e, "and"))
        a--;
    /* the side follows a separator, the clause's start or "and" ("without croutons and
     * the dressing swapped for ...") */
    if (a == i || (a > b && tokens[a - 1U].kind != ORDER_TOKEN_PUNCT &&
                   !order_tok_is(text, tokens, a - 1U, e, "and")))
        return i;
    size_t j = read_zone_extent(rd, text, tokens, out, f, f + 1U, e);
    memset(out->mod_zone + a, true, j - a);
    return j;
}

/* The zone a lead of the understanding ("no", "extra", "add", or "with" before a change)
 * opens at i in clause [b, e): marks it and returns its end, or i when none opens there. */
static size_t read_zone_from_lead(const struct order_reader *rd, const char *text,
                                  const struct order_token *tokens, struct order_reading *out,
                                  size_t i, size_t b, size_t e)
{
    size_t k = order_patterns_longest(&rd->u->modifier_zone_starts, text, tokens, i, e, NULL);
    if (k == 0)
        k = order_tok_w_slash_o(text, tokens, i, e); /* "1 w/o cheese": the "w o" of the list */
    if (k > 0 && order_read_correction_at(text, tokens, i, e) > 0)
        return i; /* "actually no the cauliflower one": a correction, no "no onions" */
    if (k > 0 && ORDER_CUES_ANY(&out->cues, "be") &&
        order_read_lead_after_person_be(text, tokens, i, e))
        return i; /* "i'll be double parked": the customer's state */
    static const char *const copulas[] = {"thats", "its", "is", "was", "are", "were", "aint"};
    if (k > 0 && i > b && order_tok_is(text, tokens, i, e, "not") &&
        order_tok_in(text, tokens, i - 1U, e, copulas, ORDER_WORDS_N(copulas)))
        return i; /* "tell me thats not too complicated", "if it's not too hot": a predicate */
    if (k == 0 && read_with_modifier(rd, text, tokens, out, i, e) &&
        read_with_changes_something(rd, text, tokens, out, b, i, e))
        k = 1; /* "with grilled onions": a modifier, unlike "with fries" */
    if (k == 0 || order_patterns_longest(&rd->u->sizes, text, tokens, i, e, NULL) > k)
        return i; /* "extra large" is a size */
    /* "a bud light", "2 miller lite": a lead that ends with the word before it a food's name
     * (a word no menu name holds) changes nothing; it is that thing's name */
    if (k == 1 && i > b && tokens[i - 1U].kind == ORDER_TOKEN_WORD && out->n_hits[i - 1U] == 0 &&
        tokens[i].off == tokens[i - 1U].off + tokens[i - 1U].len + 1U &&
        order_food_word(rd->food, text + tokens[i - 1U].off,
                        tokens[i].off + tokens[i].len - tokens[i - 1U].off))
        return i;
    if (i > b &&
        (order_tok_is(text, tokens, i - 1, e, "a") || order_tok_is(text, tokens, i - 1, e, "an")))
        return i; /* "and a scoop of ice cream": a thing, not a modifier */
    size_t j = i + k;
    if (j < e && tokens[j].kind == ORDER_TOKEN_PUNCT && tokens[j].punct == '/')
        j++; /* "w/ rice" */
    int32_t qty;
    /* "make that one vegan": "that one" points at the dish, "one" is no count when a diet or
     * a change follows it */
    if (j > i + 1U && order_tok_is(text, tokens, j - 1U, e, "that") &&
        order_tok_is(text, tokens, j, e, "one") &&
        (order_patterns_longest(&rd->u->diet_cues, text, tokens, j + 1U, e, NULL) > 0 ||
         order_patterns_longest(&rd->u->modifier_starts, text, tokens, j + 1U, e, NULL) > 0))
        j++;
    else if (order_read_quantity(rd->u, text, tokens, j, e, &qty) > 0)
        return i; /* "add a lemonade", "w/ a soda": an item, not a modifier */
    if (read_add_after_removal(rd, text, tokens, out, b, i, k, e))
        return i; /* "cancel the fries and add onion rings instead": a dish */
    /* "pls add another mango smoothie", "make it another lemonade": "another" counts one more
     * of the dish, as a count does ("add a lemonade"); the lead and it change nothing */
    size_t named = order_read_added_name_at(text, tokens, i, j, e);
    if (named > 0 && read_name_at(rd, text, tokens, out, named, e)) {
        memset(out->roles + i, ORDER_ROLE_FILLER, named > j ? named - i : 0);
        return i; /* "no onions add sweet potato fries": a whole name added is a dish */
    }
    size_t given_up = read_swap_of_earlier_dish(rd, text, tokens, out, i, k, e);
    if (given_up > i) {
        memset(out->roles + i, ORDER_ROLE_FILLER, given_up + 1 - i);
        return given_up + 1; /* "swap the horchata for a jamaica": the jamaica is asked for */
    }
    j = read_zone_extent(rd, text, tokens, out, i, j, e);
    if (read_zone_names_dish(rd, text, tokens, out, i, j, b, e))
        return i; /* "the double bacon burger": a dish, read as one */
    if (read_zone_more_dishes(rd, text, tokens, out, i, j, b, e))
        return i; /* "2 extra fries": more of them, no change (attach_count_words) */
    if ((i == b || tokens[i - 1U].kind == ORDER_TOKEN_PUNCT) &&
        !read_zone_holds_head(rd, out, 0, i) &&
        order_read_zone_sized_other(rd, text, tokens, out, i, j, e))
        return i; /* "Double espresso. Classic burger.": a dish the menu lacks */
    if (read_zone_denied(text, tokens, out, i, j, b, e)) {
        memset(out->roles + i - 1U, ORDER_ROLE_FILLER, j - i + 1U);
        return j; /* "no slaw. not extra slaw.": what is not wanted, no change */
    }
    memset(out->mod_zone + i, true, j - i);
    return j;
}

void order_read_modifier_zones(const struct order_reader *rd, const char *text,
                               const struct order_token *tokens, struct order_reading *out)
{
    for (size_t c = 0; c < out->n_clauses; c++) {
        size_t b = out->clauses[c].begin, e = out->clauses[c].end;
        for (size_t i = b; i < e; i++) {
            if (tokens[i].kind != ORDER_TOKEN_WORD || out->roles[i] != ORDER_ROLE_NONE)
                continue;
            size_t m = read_zone_listed(rd, text, tokens, out, i, b, e);
            if (m > 0) {
                memset(out->mod_zone + i, true, m);
                i += m - 1;
                continue;
            }
            size_t side = read_zone_side_phrase(rd, text, tokens, out, i, b, e);
            if (side > 0) {
                i += side - 1;
                continue;
            }
            /* "does the bun have an egg wash on it?": asked of what is on it, no change */
            bool asks_of_it = out->clauses[c].question_start && !out->clauses[c].request_form;
            size_t on_it = asks_of_it ? 0 : read_zone_on_it(rd, text, tokens, i, b, e, out);
            if (on_it > 0) {
                i += on_it - 1;
                continue;
            }
            if (read_zone_added_after(rd, text, tokens, i, b, e, out) > 0)
                continue;
            size_t swapped = read_zone_swapped(rd, text, tokens, out, i, b, e);
            if (swapped > i) {
                i = swapped - 1;
                continue;
            }
            size_t left = read_zone_left_off(rd, text, tokens, out, i, e);
            if (left > i) {
                i = left - 1;
                continue;
            }
            size_t unwanted = read_zone_not_wanted(rd, text, tokens, out, i, e);
            if (unwanted > i) {
                i = unwanted - 1;
                continue;
            }
            size_t end = read_zone_from_lead(rd, text, tokens, out, i, b, e);
            if (end > i)
                i = end - 1;
        }
    }
}
