/* attach_leftover_run.c — one run of words no span read, where a dish may stand
 * (attach_leftovers.c, reading.h pass 4): its count, then whether it is a dish the menu lacks
 * ("a diet ckoe"), one the menu describes or names by a word of its own
 * (attach_described_dish.c), a dish pointed at by how it is ("the crunchy one please"), or no
 * dish at all (a section named before "only", a count that measures time or people, a food
 * someone has). */
#include <string.h>

#include "gateway/order/artifact_words.h"
#include "gateway/order/attach_internal.h"

/* Are the words [a, b) set in brackets alone ("(sides)")? */
static bool attach_bracketed(const struct attach_state *st, size_t a, size_t b)
{
    const struct order_token *t = st->tokens;
    return a > 0 && b < st->e && /* the bracket closes within the clause */
           t[a - 1U].kind == ORDER_TOKEN_PUNCT && t[a - 1U].punct == '(' &&
           t[b].kind == ORDER_TOKEN_PUNCT && t[b].punct == ')';
}

/* "Sides only today: onion rings, ...": a section named before "only", of which the message
 * asks for a dish, says what the order holds; it names no dish of its own. So does a
 * section named alone in brackets ("rice & beans (sides)"): the heading of the dishes. */
static bool attach_section_only(const struct attach_state *st, size_t a, size_t b)
{
    size_t which;
    const struct order_patterns *cues = &st->rd->u->section_cues;
    size_t k = order_patterns_longest(cues, st->text, st->tokens, a, b, &which);
    if (k == 0 || (!order_tok_is(st->text, st->tokens, a + k, b, "only") &&
                   !(a + k == b && attach_bracketed(st, a, b))))
        return false;
    const char *section = st->rd->u->sections[cues->items[which].value];
    const struct menu *m = st->rd->lex->menu;
    for (size_t x = 0; x < st->rg->n_things; x++) {
        const struct order_thing *d = &st->rg->things[x];
        if (d->is_span && d->item >= 0 && !d->reference &&
            strcmp(m->items[d->item].section, section) == 0)
            return true;
    }
    return false;
}

/* Where a dish stands (after an opener or a count, in a list, or alone with "please"), the
 * words [i, b) that neither food nor the menu read may still be one misspelt: a word one
 * edit from a word that names dishes, English or not, is that word ("Warp please!!", "can
 * you do bol": *menu_words, asked back, never dropped); else a word that is a food with two
 * letters swapped is that food ("can i get a diet ckoe": *food up to *last_food, declined as
 * the menu lacks it). */
static void attach_misspelt_where_dish_stands(const struct attach_state *st, size_t i, size_t b,
                                              bool verb_place, bool *menu_words, bool *food,
                                              size_t *last_food)
{
    /* "we wanna come by tonight": an English word right after the wanting, with no article
     * nor count before it and in no list, is its verb ("wanna come"), no dish misspelt
     * ("coke"); alone or listed ("warp please") it stands for a dish */
    const struct order_token *first = &st->tokens[i];
    if (verb_place && first->kind == ORDER_TOKEN_WORD &&
        order_dictionary_has(st->rd->dict, st->text + first->off, first->len))
        i++;
    /* "dont care which": the word after a negated auxiliary is its verb, no dish misspelt
     * ("cake") */
    static const char *const negated[] = {"dont", "doesnt", "didnt", "wont", "cant", "wouldnt"};
    for (size_t p = i; p < b && !*menu_words; p++)
        *menu_words = attach_near_anchor(st, p) &&
                      !(p > st->b && attach_in(st->text, st->tokens, p - 1U, st->e, negated,
                                               ORDER_WORDS_N(negated)));
    for (size_t p = i; p < b && !*menu_words && !*food; p++)
        if (attach_swapped_food(st, p)) {
            *food = true;
            *last_food = p + 1;
        }
}

/* Is the run [i, b) of clause c one to three words, the last a noun of things made by people that
 * is never a food (artifact_words.h), those before it English ("2 high chairs")? Counted, with no
 * word of the menu, it is nothing a kitchen makes: no dish to decline nor to ask back
 * ("can i get 3 umbrellas", "2 paper bags"). A noun a dish's name or description holds ("in
 * the bottle") is the menu's own word, not such a thing. */
static bool attach_artifact_run(const struct attach_state *st, size_t c, size_t i, size_t b)
{
    enum { ARTIFACT_RUN_WORDS_MAX = 3 };
    if (b <= i || b - i > ARTIFACT_RUN_WORDS_MAX)
        return false;
    /* "do you have jarritos? ill take 2 bottles": a vessel after a question holds what was
     * asked about (attach_vessel_of_asked.c), asked back where that was no one dish */
    for (size_t q = 0; q < c && attach_vessel_word(st, b - 1U); q++)
        if (st->rg->clauses[q].question_form)
            return false;
    for (size_t p = i; p < b; p++) {
        const struct order_token *t = &st->tokens[p];
        if (t->kind != ORDER_TOKEN_WORD ||
            (p + 1U < b && !order_dictionary_has(st->rd->dict, st->text + t->off, t->len)))
            return false;
    }
    const struct order_token *last = &st->tokens[b - 1U];
    const char *w = st->text + last->off;
    /* "2 cones", "2 bars": a noun alone that ends a food's name ("ice-cream cone", "candy
     * bar") may be that food, asked back, never dropped as a thing no kitchen makes */
    if (b == i + 1U && order_food_tail_entries(st->rd->food, w, last->len) > 0)
        return false;
    char form[ORDER_ARTIFACT_WORD_MAX];
    size_t n = order_artifact_listed_form(w, last->len, form);
    /* "2 bottles" where a drink's description says "in the bottle", "can i get 3 ranch": the
     * menu's own word (asked back where it names no one dish), never a thing no kitchen makes */
    return n > 0 && !order_lexicon_menu_mentions(st->rd->lex, w, last->len) &&
           !order_lexicon_menu_mentions(st->rd->lex, form, n);
}

/* Is the food at i one the speaker or another person has ("i must watch my sugar", "his
 * coffee is on the way")? Not where a dish stands: talk of it. */
static bool attach_food_someone_has(const struct attach_state *st, size_t i)
{
    if (!ORDER_CUES_ANY(&st->cues, "my", "our", "his", "her", "their"))
        return false;
    return i > st->b && order_tok_possessive(st->text, st->tokens, i - 1U, st->e);
}

/* Is the run [a, b) all its clause says, but for punctuation, greetings and a removal after
 * it ("street corn", "street corn no mayo")? A noun phrase sent alone names what is asked
 * for; a removal after it takes a part out of that dish ("with ..." may still be a dish's
 * own name: "coffee with milk"). */
static bool attach_run_alone(const struct attach_state *st, size_t a, size_t b)
{
    static const char *const removals[] = {"no", "without", "hold", "minus"};
    bool removal = b < st->e && st->rg->mod_zone[b] &&
                   attach_in(st->text, st->tokens, b, st->e, removals, ORDER_WORDS_N(removals));
    for (size_t p = st->b; p < st->e; p++)
        if ((p < a || p >= b) && st->tokens[p].kind != ORDER_TOKEN_PUNCT &&
            st->rg->roles[p] != ORDER_ROLE_GREETING && !(removal && p >= b && st->rg->mod_zone[p]))
            return false;
    return true;
}

/* Is the run [a, b) "the", adjectives and "one(s)" ("the crunchy one", "the big green ones"):
 * a dish pointed at by how it is? */
static bool attach_pointed_one(const struct attach_state *st, size_t a, size_t b)
{
    if (!ORDER_CUES_ANY(&st->cues, "the") || !ORDER_CUES_ANY(&st->cues, "one", "ones"))
        return false;
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    if (b < a + 3U || !order_tok_is(text, t, a, b, "the") ||
        !(order_tok_is(text, t, b - 1U, b, "one") || order_tok_is(text, t, b - 1U, b, "ones")))
        return false;
    for (size_t p = a + 1U; p + 1U < b; p++)
        if (t[p].kind != ORDER_TOKEN_WORD ||
            !order_dictionary_has(st->rd->lex->adjectives, text + t[p].off, t[p].len))
            return false;
    return true;
}

/* Is all else in the clause around [a, b) greetings, punctuation and a word of politeness
 * ("the crunchy one please")? */
static bool attach_pointed_polite(const struct attach_state *st, size_t a, size_t b)
{
    if (!ORDER_CUES_ANY(&st->cues, "please", "pls", "plz"))
        return false;
    bool polite = false;
    for (size_t p = st->b; p < st->e; p++) {
        if ((p >= a && p < b) || st->tokens[p].kind == ORDER_TOKEN_PUNCT ||
            st->rg->roles[p] == ORDER_ROLE_GREETING)
            continue;
        if (!attach_please_at(st->text, st->tokens, p, st->e))
            return false;
        polite = true;
    }
    return polite;
}

/* Does the count of k tokens at a (or a time before it) measure something other than a
 * dish: "in 15 mins", "for 6 ppl", a count after a preposition? Not after an opener ("i'd
 * like 2 ...") nor before an exact menu word. */
static bool attach_count_measures(const struct attach_state *st, size_t a, size_t i, size_t b,
                                  size_t k, bool explicit_qty)
{
    bool timed = a > st->b && st->rg->roles[a - 1] == ORDER_ROLE_FILLER &&
                 st->tokens[a - 1].kind == ORDER_TOKEN_WORD &&
                 attach_digits(st->text + st->tokens[a - 1].off, st->tokens[a - 1].len, false) >= 0;
    bool opened_here = a > st->b && st->rg->roles[a - 1] == ORDER_ROLE_OPENER;
    return ((k > 0 && !explicit_qty && !attach_is_article(st->text, st->tokens, a, b)) || timed) &&
           !opened_here && !attach_exact_menu_word(st, i, b);
}

/* "a veggie one", "the green one", "a sir lee thing": a dish pointed at by a word the menu
 * lacks, after an article or a count (k tokens at a), stands where a dish would: asked back,
 * never dropped nor declined; after "the" only where a dish is asked for ("the crunchy one
 * please", "i'll take the crunchy one"), not told of ("the crunchy one was cold"). */
static bool attach_leftover_pro_form(struct attach_state *st, size_t a, size_t i, size_t b,
                                     size_t k, bool opened)
{
    static const char *const pointing[] = {"one", "ones", "thing", "things"};
    if (!ORDER_CUES_ANY(&st->cues, "one", "ones", "thing", "things"))
        return false;
    bool pointed = attach_pointed_one(st, a, b) && (opened || attach_pointed_polite(st, a, b));
    return b >= i + 2 && (k > 0 || pointed) &&
           attach_in(st->text, st->tokens, b - 1, b, pointing, ORDER_WORDS_N(pointing));
}

/* Thing th of clause c, at tokens [i, b) after its count at [a, i), turned out to name a dish
 * (its item set by the caller): it is a span with that count, no leftover. */
static void attach_leftover_named(struct order_reading *rg, struct order_thing *th, size_t c,
                                  size_t a, size_t i, size_t b, int32_t qty, bool explicit_qty,
                                  bool unclear)
{
    th->qty = qty;
    th->qty_explicit = explicit_qty;
    th->qty_unclear = unclear;
    memset(rg->roles + a, ORDER_ROLE_QTY, i - a);
    memset(rg->roles + i, ORDER_ROLE_ITEM, b - i);
    rg->clauses[c].n_spans++;
}

/* Does the leftover th, at a, go on describing the dish before it: read as that same dish
 * (named) or made of words its name and description hold, after a dish picked by a
 * description after "with" and right before "and" and perhaps "the" ("the burger with the
 * pulled jackfruit and the red cabbage slaw", "the bowl with tofu and the edamame")? It says
 * more of that dish: no second one, nothing to decline. */
static bool attach_description_goes_on(const struct attach_state *st, const struct order_thing *th,
                                       size_t a, bool named)
{
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    size_t p = a;
    if (p > st->b && order_tok_is(text, t, p - 1U, st->e, "the"))
        p--;
    if (p <= st->b || !order_tok_is(text, t, p - 1U, st->e, "and"))
        return false;
    for (size_t x = 0; x < st->rg->n_things; x++) {
        const struct order_thing *o = &st->rg->things[x];
        if (o == th || !o->is_span || o->item < 0 || o->end + 1U != p || o->clause != th->clause)
            continue;
        if (!named || th->item != o->item) /* "the bowl with tofu and the edamame" */
            for (size_t q = th->begin; q < th->end; q++)
                if (t[q].kind != ORDER_TOKEN_WORD ||
                    !order_read_item_holds(st->rd, (size_t)o->item, text + t[q].off, t[q].len))
                    return false;
        for (size_t q = o->begin; q < o->end; q++)
            if (order_tok_is(text, t, q, st->e, "with") || order_tok_is(text, t, q, st->e, "w"))
                return true;
    }
    return false;
}

/* The count of the run [a, *b): *k tokens of a number before it (*qty, *explicit_qty unless
 * an article), *vague those of an amount with no number ("a few"), or a number after it
 * ("cppuccinos x2", "sopes (2)", "sopes - 2 of those"), which *b then leaves out. False when the
 * count is not the run's: a pronoun's, the dish's after it, or a measure. */
static bool attach_leftover_count(struct attach_state *st, size_t a, size_t *b, int32_t *qty,
                                  size_t *k, size_t *vague, bool *explicit_qty)
{
    *k = order_read_quantity(st->rd->u, st->text, st->tokens, a, *b, qty);
    *explicit_qty = *k > 0 && !attach_is_article(st->text, st->tokens, a, *b) &&
                    !attach_after_preposition(st, a);
    *vague =
        order_patterns_longest(&st->rd->u->vague_quantities, st->text, st->tokens, a, *b, NULL);
    size_t i = a + (*vague > *k ? *vague : *k);
    if (*k > 0 && *explicit_qty && attach_count_of_pronoun(st, a, *k, *b, *qty))
        return false;
    if (*k > 0 && *explicit_qty && attach_count_of_own(st, a, *k, *b))
        return false; /* "one of my tennis partners cant handle heat" */
    /* "$50 budget": a number written after a dollar sign is money, no count of a thing */
    if (*k > 0 && st->tokens[a].off > 0 && st->text[st->tokens[a].off - 1U] == '$')
        return false;
    if (*k > 0 && attach_count_of_next(st, a, *k, *b, *qty, *explicit_qty))
        return false; /* "two cups of | hot chocolate": the count and unit of the dish after them */
    if (*k == 0 && *vague == 0 &&
        (attach_trailing_count(st, a, b, qty) || attach_paren_count_after(st, *b, qty) ||
         attach_dash_count_after(st, *b, qty)))
        *explicit_qty = true; /* "hot dog x 1": after the thing */
    return !attach_count_measures(st, a, i, *b, *k, *explicit_qty);
}

/* Does the run [i, b) name a dish the menu describes: a food phrase where a dish stands
 * ("a tamarind soda", "the custard"), or, counted or listed, a word no dictionary knows that
 * one item's description opens with ("hibiscus x2": no dish foreign to the menu)? */
static bool attach_leftover_described(const struct attach_state *st, struct order_thing *th,
                                      size_t i, size_t b, bool food, bool stands, bool counted)
{
    if (food && !stands) /* "the fried dough sticks with the chocolate" */
        return attach_described_phrase_after(st, th, i, b) ||
               attach_described_with_after(st, th, i, b);
    if (food) /* "the corn on the cob": the phrase read with what follows it first */
        return attach_described_phrase_after(st, th, i, b) || attach_described_dish(st, th, i, b) ||
               attach_lead_described(st, th, i, b, false);
    return counted && attach_all_unknown(st, i, b) && attach_lead_described(st, th, i, b, true);
}

/* Is the food [i, b) of the run from a, with no count, told of rather than asked for: one
 * someone has (unplaced: not after an opener nor in a list), one "its" gives to a dish named
 * first, the customer's own trade, or,
 * with no vague amount (plain), whom a dish is for or a verb after its subject? */
static bool attach_food_told_of(const struct attach_state *st, size_t a, size_t i, size_t b,
                                bool unplaced, bool plain)
{
    if (!ORDER_CUES_ANY(&st->cues, "my", "our", "his", "her", "their", "its", "i", "we", "for",
                        "they", "he", "she", "you", "ill", "well", "theyll", "youll"))
        return false;
    if (unplaced && attach_food_someone_has(st, i))
        return true;
    /* "a shake, its whipped cream a cloud", "nvm just read its whole milk": "its" before the
     * food, after a dish named, tells a part of that dish */
    bool dish_before =
        st->rg->n_things > 0 && st->rg->things[0].is_span && st->rg->things[0].end <= i;
    for (size_t p = i; dish_before && p + 1U < b; p++)
        if (order_tok_is(st->text, st->tokens, p, b, "its"))
            return true;
    if (order_own_trade_before(st->text, st->tokens, st->b, i))
        return true; /* "we sell free range eggs": theirs, whatever list it stands in */
    /* "a burger for peanut": whom it is for; "we'll roll over in 20": what they do */
    return plain && (attach_food_for_whom(st, a, b) || attach_food_verb(st, i, b));
}

/* Is the run [i, b) food (attach_leftover_food, *last_food its end; named by a list when
 * listed), or a drink named by an everyday English word where only the noun can stand: after
 * a count or an opener (placed), in a list, or right after an article ("stout please", "can i
 * get a porter", "just a stout")? The food lexicon leaves such words out as English. */
static bool attach_leftover_food_or_drink(const struct attach_state *st, size_t a, size_t i,
                                          size_t b, bool listed, bool placed, size_t *last_food)
{
    bool named =
        listed && attach_named_thing(st, i, b, attach_is_article(st->text, st->tokens, a, b));
    if (attach_leftover_food(st, i, b, named, last_food))
        return true;
    if (!(placed || listed || (i > a && attach_is_article(st->text, st->tokens, i - 1U, b))) ||
        !attach_everyday_drink(st, i, b))
        return false;
    *last_food = b;
    return true;
}

/* Writes the words [i, b) as thing th's phrase; a food slipped in its short last word ("hot
 * dg") as meant ("hot dog"), which the reply quotes and the engine embeds. */
static void attach_leftover_phrase(const struct attach_state *st, struct order_thing *th, size_t i,
                                   size_t b, bool food)
{
    th->phrase_len =
        (uint16_t)order_words_join(st->text, st->tokens, i, b, th->phrase, sizeof(th->phrase));
    char meant[ATTACH_SLIPPED_WORD_MAX + 2];
    if (!food || !attach_food_slipped_word(st, i, b, meant))
        return;
    size_t head = order_words_join(st->text, st->tokens, i, i + 1U, th->phrase, sizeof(th->phrase));
    size_t ml = strlen(meant);
    if (head > 0 && head + 2U + ml <= sizeof(th->phrase)) {
        th->phrase[head] = ' ';
        memcpy(th->phrase + head + 1U, meant, ml + 1U);
        th->phrase_len = (uint16_t)(head + 1U + ml);
    }
}

/* "..., she'll share it", "we'll share": a subject (with "will" joined, as texted without its
 * apostrophe) and an English word that names no dish and no food, only a typo's ("share" near
 * "shake"), tell what the customer will do; no dish stands there. */
static bool attach_subject_verb_run(const struct attach_state *st, size_t a, size_t b)
{
    if (!ORDER_CUES_ANY(&st->cues, "ill", "well", "shell", "hell", "theyll", "youll", "we", "they",
                        "she", "he"))
        return false;
    static const char *const subjects[] = {"ill",   "well", "shell", "hell", "theyll",
                                           "youll", "we",   "they",  "she",  "he"};
    size_t v = a + 1U;
    if (v >= b || !attach_in(st->text, st->tokens, a, b, subjects, ORDER_WORDS_N(subjects)))
        return false;
    const struct order_token *w = &st->tokens[v];
    if (w->kind != ORDER_TOKEN_WORD ||
        !order_dictionary_has(st->rd->dict, st->text + w->off, w->len))
        return false;
    for (size_t p = v; p < b; p++) /* "she also wants a side of cornbread" names a food */
        if (attach_food_token(st, p) || (st->rg->n_hits[p] > 0 && st->rg->hits[p][0].edits == 0))
            return false;
    return true;
}

/* "pickup at the side door", "we'll wait by the side entrance": words no food reads right
 * after a preposition of place and "the" say where the customer is, whatever menu word
 * ("side") they hold. "add cheese to the burger" points at a dish: "to" is none of these. So
 * does a point of the compass before one word ("east wing"), food or not. */
static bool attach_place_run(const struct attach_state *st, size_t a, size_t b)
{
    /* "deliver to st mary's? east wing": a point of the compass before one word names a part
     * of a building or a place, whatever food the word also is */
    static const char *const compass[] = {"east", "west", "north", "south"};
    if (ORDER_CUES_ANY(&st->cues, "east", "west", "north", "south") && b == a + 2U &&
        attach_in(st->text, st->tokens, a, b, compass, ORDER_WORDS_N(compass)) &&
        st->rg->n_hits[a + 1U] == 0)
        return true;
    static const char *const places[] = {"at",     "by",      "near",   "through", "round",
                                         "around", "outside", "behind", "beside"};
    if (!ORDER_CUES_ANY(&st->cues, "at", "by", "near", "through", "round", "around", "outside",
                        "behind", "beside") ||
        !ORDER_CUES_ANY(&st->cues, "the"))
        return false;
    /* the run opens with "the", or "the" stands right before it */
    size_t the = order_tok_is(st->text, st->tokens, a, b, "the") || a == 0 ? a : a - 1U;
    if (the < st->b + 1U || the + 1U >= b || !order_tok_is(st->text, st->tokens, the, b, "the") ||
        !attach_in(st->text, st->tokens, the - 1U, b, places, ORDER_WORDS_N(places)))
        return false;
    for (size_t p = the + 1U; p < b; p++)
        if (attach_food_token(st, p))
            return false;
    return !attach_food_run(st, the + 1U, b);
}

/* Where a food phrase ending at last (before b) ends with the name it takes in Spanish, "de"
 * and a word no English dictionary knows after it ("sopes de frijol", "torta de milanesa"):
 * past that word; else last. */
static size_t attach_food_de_after(const struct attach_state *st, size_t last, size_t b)
{
    const struct order_token *t = st->tokens;
    if (last + 1U >= b || !order_tok_is(st->text, t, last, b, "de") ||
        t[last + 1U].kind != ORDER_TOKEN_WORD ||
        order_dictionary_has(st->rd->dict, st->text + t[last + 1U].off, t[last + 1U].len))
        return last;
    return last + 2U;
}

/* "..., so a glass of your finest malbec": the "so" at a that draws the request from what came
 * before is no word of the thing, and stands before its count. Returns where the run's words
 * begin. */
static size_t attach_past_so(struct attach_state *st, size_t a, size_t b)
{
    if (a + 1U >= b || !ORDER_CUES_ANY(&st->cues, "so") ||
        !order_tok_is(st->text, st->tokens, a, b, "so"))
        return a;
    st->rg->roles[a] = ORDER_ROLE_FILLER;
    return a + 1U;
}

/* Does the run at a follow "side of" ("+ side of guac")? A dish stands there. */
static bool attach_side_of(const struct attach_state *st, size_t a)
{
    return a >= st->b + 2U && ORDER_CUES_ANY(&st->cues, "side") &&
           ORDER_CUES_ANY(&st->cues, "of") &&
           order_tok_is(st->text, st->tokens, a - 2U, a, "side") &&
           order_tok_is(st->text, st->tokens, a - 1U, a, "of");
}

/* The food leftover of the run from a: its noun phrase [*i, *b) (the food's last word at
 * last_food), its count qty (counted: a number before it). False when it is no dish asked
 * for: a food that describes the dish after "and" ("1x the pea and quinoa burger"), or,
 * uncounted, one told of (attach_food_told_of, unplaced and plain as there). */
static bool attach_food_phrase(struct attach_state *st, size_t a, size_t *i, size_t *b,
                               size_t last_food, int32_t qty, bool explicit_qty, bool counted,
                               bool unplaced, bool plain)
{
    *b = attach_food_de_after(st, last_food, *b);
    *i = attach_food_phrase_start(st, *i, *b);
    if (attach_food_pair_of_dish(st, a, *i, *b, qty, explicit_qty))
        return false;
    return counted || !attach_food_told_of(st, a, *i, *b, unplaced, plain);
}

/* Thing th, the run [a, b), describes the dish before it further: no thing of its own. */
static void attach_leftover_describes(struct order_reading *rg, struct order_thing *th, size_t a,
                                      size_t b)
{
    order_reading_drop_thing(rg, (size_t)(th - rg->things));
    memset(rg->roles + a, ORDER_ROLE_ITEM, b - a);
}

/* Thing th of clause c, at [i, b) after its count at [a, i), is the dish whose name alone its
 * one word is ("1 sparkling"). "2 lemonade 2 sparkling 2 cold brew all no ice": a change said
 * after the list of every dish of it is this one's too. */
static void attach_leftover_name_word(struct attach_state *st, struct order_thing *th, size_t c,
                                      size_t a, size_t i, size_t b, int32_t qty, bool explicit_qty)
{
    attach_leftover_named(st->rg, th, c, a, i, b, qty, explicit_qty, false);
    if (st->every_b > st->every_a && st->every_a >= b)
        attach_add_modifier(st, th, st->every_a, st->every_b);
}

/* Does the one word [i, b) of a leftover name a kind of dish and none of the menu's: asked
 * back, never declined? "one veggie", "burgers; one veggie": a word of style alone where a dish
 * stands (counted or listed) names a dish by how it is made; "one dish with pork and
 * pineapple": the word for any dish names none (no "fish" misspelt in it). */
static bool attach_leftover_vague(const struct attach_state *st, size_t i, size_t b,
                                  bool dish_stands)
{
    static const char *const any_dish[] = {"dish", "dishes"};
    if (b != i + 1U)
        return false;
    if (dish_stands &&
        order_patterns_longest(&st->rd->u->style_words, st->text, st->tokens, i, b, NULL) == 1)
        return true;
    return ORDER_CUES_ANY(&st->cues, "dish", "dishes") &&
           attach_in(st->text, st->tokens, i, b, any_dish, ORDER_WORDS_N(any_dish));
}

void attach_leftover(struct attach_state *st, size_t c, size_t a, size_t b, bool opened)
{
    if (attach_subject_verb_run(st, a, b) || attach_place_run(st, a, b) ||
        attach_section_only(st, a, b))
        return;
    a = attach_past_so(st, a, b);
    bool listed = attach_in_list(st, a, b) || attach_alone_polite(st, a, b) ||
                  attach_alone_asked(st, c, a, b) || attach_list_line(st, c, a, b) ||
                  attach_list_continued(st, c, a) || attach_alone_article(st, a, b) ||
                  attach_alone_coined(st, a, b) || attach_side_of(st, a) ||
                  attach_line_after_heading(st, c, a, b);
    int32_t qty = 1;
    size_t k, vague;
    bool explicit_qty;
    if (!attach_leftover_count(st, a, &b, &qty, &k, &vague, &explicit_qty))
        return;
    size_t i = a + (vague > k ? vague : k);
    attach_trim_phrase(st, &i, &b);
    if (attach_lost_dish(st, c, a, i, b, qty, explicit_qty))
        return;                                       /* "1 ▒▒▒▒", "a [inaudible]" */
    bool pint = attach_pint_measure(st, a, k, &i, b); /* "a pint of stout" */
    if (i >= b || attach_not_a_dish(st, i, b, explicit_qty, qty) ||
        attach_cooked_part(st, i, b, explicit_qty))
        return;
    size_t last_food;
    bool food = attach_leftover_food_or_drink(st, a, i, b, listed, k > 0 || opened, &last_food);
    bool menu_words = attach_menu_words(st, i, b);
    bool pro_form = attach_leftover_pro_form(st, a, i, b, k, opened);
    if (pro_form)
        food = false;
    if ((explicit_qty || opened || listed) && !food && !menu_words)
        attach_misspelt_where_dish_stands(st, i, b, opened && !listed && k == 0 && vague == 0,
                                          &menu_words, &food, &last_food);
    if (explicit_qty && !food && !menu_words && !pro_form && attach_artifact_run(st, c, i, b))
        return; /* "can i get 3 umbrellas": nothing a kitchen makes, nothing to ask back */
    /* "pozole rojo and 2 churros": a list's item made only of words no dictionary knows
     * stands where a dish would (declined or asked back, leftover_words.c) */
    bool foreign_item = listed && attach_all_unknown(st, i, b);
    bool held = pint || attach_vessel_count(st, a, k, b); /* "a glass of house red" */
    if (!food &&
        !(explicit_qty || vague > k || opened || menu_words || pro_form || foreign_item || held))
        return;
    if (food && !attach_food_phrase(st, a, &i, &b, last_food, qty, explicit_qty, k > 0,
                                    !opened && !listed, vague == 0))
        return;
    struct order_reading *rg = st->rg;
    struct order_thing *th = order_reading_add_thing(rg, c, i, b);
    if (!th)
        return;
    if (food && k == 0 && !explicit_qty && attach_description_goes_on(st, th, a, false)) {
        attach_leftover_describes(rg, th, a, b); /* "the bowl with tofu and the edamame" */
        return;
    }
    /* where a dish stands: after an article or a count, before a count ("street corn x2"),
     * after an opener, in a list, or alone in its clause */
    bool stands = k > 0 || explicit_qty || opened || listed || attach_run_alone(st, a, b);
    if (attach_leftover_described(st, th, i, b, food, stands, explicit_qty || listed)) {
        if (!explicit_qty && attach_description_goes_on(st, th, a, true)) {
            attach_leftover_describes(rg, th, a, b); /* "... and the red cabbage slaw" */
            return;
        }
        attach_leftover_named(rg, th, c, a, i, b, qty, explicit_qty, vague > k);
        return; /* "a tamarind soda": the Jarritos Tamarind */
    }
    /* "1 sparkling", "lemonade x4; 1 sparkling": where a dish stands, a lone word of one
     * dish's name alone is that dish, though other dishes' descriptions hold the word too
     * ("sparkling mint"): a customer shortens a name by its own word */
    if ((explicit_qty || listed) && vague <= k && attach_one_name_word(st, th, i, b)) {
        attach_leftover_name_word(st, th, c, a, i, b, qty, explicit_qty);
        return;
    }
    th->leftover_kind = food || held ? ORDER_LEFTOVER_FOOD : ORDER_LEFTOVER_ITEMLIKE;
    th->menu_words = menu_words;
    th->vague = attach_leftover_vague(st, i, b, explicit_qty || listed);
    th->unreadable = ((explicit_qty || opened) && attach_unreadable(st, i, b)) ||
                     (explicit_qty && attach_counted_thing(st, i, b)) || pro_form;
    th->item = -1;
    th->qty = qty;
    th->qty_explicit = explicit_qty;
    th->qty_unclear = vague > k;
    attach_leftover_phrase(st, th, i, b, food);
    memset(rg->roles + a, ORDER_ROLE_LEFTOVER, b - a);
    rg->clauses[c].n_leftovers++;
}
