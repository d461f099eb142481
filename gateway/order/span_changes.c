/* span_changes.c — spans that are words of a change of the dish before them (reading.h,
 * after pass 3, through span_context.c): a part of the dish served apart ("salsa on the
 * side"), a part changed ("extra crispy onions"), added as a portion, kept, or a diet after
 * "but". */
#include <string.h>

#include "gateway/order/food.h"
#include "gateway/order/reading.h"

/* Span *s is the words of a change, no dish: its tokens lose their role, the
 * tokens up to zone_end join the change's zone, and the span is dropped (*s steps back, so
 * the loop reads next the thing that now holds its place). */
static void read_span_to_change(struct order_reading *rg, size_t *s, size_t zone_end)
{
    const struct order_thing *b = &rg->things[*s];
    memset(rg->roles + b->begin, ORDER_ROLE_NONE, b->end - b->begin);
    memset(rg->mod_zone + b->begin, true, zone_end - b->begin);
    order_reading_drop_thing(rg, (*s)--);
}

/* Does the span b follow "and" or "&" that closes a change ("no sour cream & guac on the
 * side")? The list of changes goes on. */
static bool read_after_change_and(const char *text, const struct order_token *tokens,
                                  const struct order_reading *rg, const struct order_thing *b)
{
    if (b->begin < 2U || !rg->mod_zone[b->begin - 2U])
        return false;
    const struct order_token *k = &tokens[b->begin - 1U];
    return order_tok_is(text, tokens, b->begin - 1U, b->end, "and") ||
           (k->kind == ORDER_TOKEN_PUNCT && k->punct == '&');
}

static bool read_part_held_by(const struct order_reader *rd, const char *text,
                              const struct order_token *tokens, const struct order_reading *rg,
                              const struct order_thing *a, const struct order_thing *b);

/* "a california burrito with no sour cream and the guac on the side": a span pointed at
 * with "the", or joined to a change before it, whose words (as the menu spells them) the
 * description of the dish before holds is a part of that dish. */
static bool read_side_part_of(const struct order_reader *rd, const char *text,
                              const struct order_token *tokens, const struct order_reading *rg,
                              const struct order_thing *a, const struct order_thing *b)
{
    enum { PART_WORDS_MAX = 3 };
    return (order_tok_is(text, tokens, b->begin - 1U, b->end, "the") ||
            read_after_change_and(text, tokens, rg, b)) &&
           b->end - b->begin <= PART_WORDS_MAX && read_part_held_by(rd, text, tokens, rg, a, b);
}

/* Are the words of span b, as the menu spells them, held by the description of dish a
 * ("guac" of the California Burrito's guacamole, "cheese" of the Quesabirria Taco's)? */
static bool read_part_held_by(const struct order_reader *rd, const char *text,
                              const struct order_token *tokens, const struct order_reading *rg,
                              const struct order_thing *a, const struct order_thing *b)
{
    size_t n = 0;
    for (size_t t = b->begin; t < b->end; t++) {
        if (tokens[t].kind != ORDER_TOKEN_WORD)
            return false;
        if (rg->n_hits[t] == 0) { /* a word of descriptions alone ("corn" of "corn salsa") */
            const char *word = text + tokens[t].off;
            size_t len = tokens[t].len;
            if (order_lexicon_item_mentions(rd->lex, a->item, &word, &len, 1) != 1)
                return false;
            continue;
        }
        bool held = false; /* by any reading of the word ("guac": guacamole) */
        for (size_t h = 0; h < rg->n_hits[t] && !held; h++)
            for (size_t x = 0; x < rg->hits[t][h].n_words && !held; x++) {
                const struct order_lex_word *w = &rd->lex->words[rg->hits[t][h].words[x]];
                const char *word = w->text;
                size_t len = w->len;
                held = order_lexicon_item_mentions(rd->lex, a->item, &word, &len, 1) == 1;
                const struct order_patterns *syn = &rd->u->synonyms;
                for (size_t y = 0; y < syn->count && !held; y++) {
                    const struct order_pattern *sp = &syn->items[y];
                    if (sp->n_words != 1 || sp->word_lens[0] != len ||
                        memcmp(sp->words[0], word, len) != 0)
                        continue;
                    const char *of = rd->u->synonym_of[sp->value];
                    size_t of_len = strlen(of);
                    held = order_lexicon_item_mentions(rd->lex, a->item, &of, &of_len, 1) == 1;
                }
            }
        if (!held)
            return false;
        n++;
    }
    return n > 0;
}

/* "pollo asado bowl, salsa on the side": a span that is no whole name, bare (no article or
 * count before it), after a dish (its modifiers between) and a comma and right before "on
 * the side", is what comes with that dish, served apart: a modifier ("salsa" of Chips and
 * Salsa). A whole name ("fries on the side") is still a dish. The dish may be a kind that
 * words after it pick later ("bowl with chicken, salsa on the side"). */
static void read_drop_side_spans(const struct order_reader *rd, const char *text,
                                 const struct order_token *tokens, size_t c, size_t first,
                                 struct order_reading *rg)
{
    if (!ORDER_CUES_ANY(&rg->cues, "side") || !ORDER_CUES_ANY(&rg->cues, "on") ||
        !ORDER_CUES_ANY(&rg->cues, "the"))
        return;
    struct order_clause *cl = &rg->clauses[c];
    for (size_t s = first + 1U; s < rg->n_things; s++) {
        const struct order_thing *a = &rg->things[s - 1U], *b = &rg->things[s];
        size_t e = b->end;
        bool comma = b->begin > a->end && tokens[b->begin - 1U].kind == ORDER_TOKEN_PUNCT &&
                     tokens[b->begin - 1U].punct == ',';
        bool kind = a->item < 0 && order_item_set_count(&a->candidates) >= 2;
        if (!a->is_span || !b->is_span || (a->item < 0 && !kind) || a->clause != c ||
            b->begin <= a->end ||
            !(comma || (!kind && read_side_part_of(rd, text, tokens, rg, a, b))) ||
            !order_tok_is(text, tokens, e, cl->end, "on") ||
            !order_tok_is(text, tokens, e + 1U, cl->end, "the") ||
            !order_tok_is(text, tokens, e + 2U, cl->end, "side") ||
            order_read_span_whole(rd, rg, b))
            continue;
        read_span_to_change(rg, &s, e + 3U);
    }
}

/* "quesabirria taco, cheese extra crispy": a span of one item, no whole name, bare after a
 * dish and a comma, then a change's words to the piece's end, is what the change speaks of
 * ("cheese" of Bean and Cheese Burrito), not a dish, when the dish before holds it. A whole
 * name ("fries extra crispy") is still one, and so is a span ending in a word that ends a
 * name ("fish taco") or one of no food that the dish before lacks, no restatement of it
 * ("watermelon agua fresca, jamaica no ice"). */
static void read_drop_changed_parts(const struct order_reader *rd, const char *text,
                                    const struct order_token *tokens, size_t c, size_t first,
                                    struct order_reading *rg)
{
    struct order_clause *cl = &rg->clauses[c];
    for (size_t s = first + 1U; s < rg->n_things; s++) {
        const struct order_thing *a = &rg->things[s - 1U], *b = &rg->things[s];
        size_t e = b->end;
        if (!a->is_span || !b->is_span || a->item < 0 || b->item < 0 || a->clause != c ||
            b->begin <= a->end || tokens[b->begin - 1U].kind != ORDER_TOKEN_PUNCT ||
            tokens[b->begin - 1U].punct != ',' || order_read_span_whole(rd, rg, b) ||
            order_read_token_head(rd, rg, e - 1U) ||
            (b->item != a->item &&
             !order_food_word(rd->food, text + tokens[e - 1U].off, tokens[e - 1U].len) &&
             !read_part_held_by(rd, text, tokens, rg, a, b)))
            continue; /* "fish taco, fish taco extra crema": a word that ends a name names
                       * the dish, no part of it */
        size_t k = order_patterns_longest(&rd->u->modifier_starts, text, tokens, e, cl->end, NULL);
        size_t z = e + k;
        while (k > 0 && z < cl->end && tokens[z].kind == ORDER_TOKEN_WORD && rg->n_hits[z] == 0 &&
               rg->roles[z] == ORDER_ROLE_NONE)
            z++;
        if (k == 0 || (z < cl->end && tokens[z].kind != ORDER_TOKEN_PUNCT) ||
            order_tok_is(text, tokens, e, cl->end, "instead") ||
            order_tok_is(text, tokens, e, cl->end, "with") ||
            order_tok_is(text, tokens, e, cl->end, "w"))
            continue; /* "sweet potato instead": a dish in another's place; "pastor w extra
                       * onion": a dish and what is added to it */
        read_span_to_change(rg, &s, z);
    }
}

/* "portobello burger, extra crispy onions": a span that is no whole name right after the
 * words of a modifier, a dish before it, is what that modifier speaks of ("onions" of Onion
 * Rings), not a dish. A whole name ("extra fries") is still one. */
/* Do the words before span b make it a portion of a part added to a dish: "add" or "with",
 * an article and a unit ("add a slice of cheddar")? A word that ends a name is still that
 * dish ("add a side of rice"). */
static bool read_added_portion(const struct order_reader *rd, const char *text,
                               const struct order_token *tokens, const struct order_thing *a,
                               const struct order_thing *b)
{
    static const char *const leads[] = {"add", "with", "w", "extra"};
    for (size_t k = a->end + 2U; k + 1U < b->begin; k++) {
        if (order_patterns_longest(&rd->u->quantity_units, text, tokens, k, b->begin, NULL) !=
                b->begin - k ||
            !(order_tok_is(text, tokens, k - 1U, b->begin, "a") ||
              order_tok_is(text, tokens, k - 1U, b->begin, "an")))
            continue;
        return order_tok_in(text, tokens, k - 2U, b->begin, leads, ORDER_WORDS_N(leads));
    }
    return false;
}

static void read_drop_modified_spans(const struct order_reader *rd, const char *text,
                                     const struct order_token *tokens, size_t first,
                                     struct order_reading *rg)
{
    for (size_t s = first + 1U; s < rg->n_things; s++) {
        const struct order_thing *a = &rg->things[s - 1U], *b = &rg->things[s];
        size_t p = b->begin - 1U;
        if (!a->is_span || !b->is_span || a->item < 0 || b->begin <= a->end ||
            tokens[p].kind != ORDER_TOKEN_WORD ||
            !(rg->mod_zone[p] || (ORDER_CUES_ANY(&rg->cues, "add", "with", "w", "extra") &&
                                  read_added_portion(rd, text, tokens, a, b) &&
                                  !order_read_token_head(rd, rg, b->end - 1U))) ||
            order_read_span_whole(rd, rg, b))
            continue;
        read_span_to_change(rg, &s, b->end);
    }
}

/* "a cheeseburger, keep the onions": a span after "keep the" / "leave the" whose words the
 * description of the dish before holds is that dish's part, kept as it comes, not a dish
 * ("onions" of Onion Rings). */
static void read_drop_kept_parts(const struct order_reader *rd, const char *text,
                                 const struct order_token *tokens, size_t first,
                                 struct order_reading *rg)
{
    if (!ORDER_CUES_ANY(&rg->cues, "keep", "leave"))
        return;
    for (size_t s = first > 0 ? first : 1U; s < rg->n_things; s++) {
        const struct order_thing *a = &rg->things[s - 1U], *b = &rg->things[s];
        if (!a->is_span || !b->is_span || a->item < 0 || b->begin < a->end + 2U ||
            !(order_tok_is(text, tokens, b->begin - 2U, b->end, "keep") ||
              order_tok_is(text, tokens, b->begin - 2U, b->end, "leave")) ||
            !read_side_part_of(rd, text, tokens, rg, a, b) || order_read_span_whole(rd, rg, b))
            continue;
        read_span_to_change(rg, &s, b->end);
    }
}

/* "the black bean one but vegan", "the wrap but gluten free": a diet named alone right after
 * "but" and a dish (maybe "the ... one") is how that dish is to be made, not a dish of that
 * diet: the span is dropped and its words are the dish's change. */
static void read_drop_diet_after_but(const struct order_reader *rd, const char *text,
                                     const struct order_token *tokens, size_t first,
                                     struct order_reading *rg)
{
    if (!ORDER_CUES_ANY(&rg->cues, "but"))
        return;
    for (size_t s = first + 1U; s < rg->n_things; s++) {
        const struct order_thing *a = &rg->things[s - 1U], *b = &rg->things[s];
        if (!a->is_span || !b->is_span || a->item < 0 || b->begin < a->end + 1U ||
            !order_tok_is(text, tokens, b->begin - 1U, b->end, "but") ||
            order_patterns_longest(&rd->u->diet_cues, text, tokens, b->begin, b->end, NULL) !=
                (size_t)(b->end - b->begin))
            continue;
        size_t gap = b->begin - 1U - a->end; /* words between the dish and "but" */
        if (gap > 1U || (gap == 1U && !order_tok_is(text, tokens, a->end, b->begin, "one")))
            continue;
        read_span_to_change(rg, &s, b->end);
    }
}

/* "2 kids nuggets, one with sweet potato fries instead of the normal fries", "kids nuggets but
 * can he have sweet potato fries instead of the regular ones": a dish of the menu named right
 * before "instead of", whose head ("fries") the dish before it holds as what it comes with,
 * is swapped into that dish: its words are that dish's change, no dish of their own. */
static void read_drop_swapped_sides(const struct order_reader *rd, const char *text,
                                    const struct order_token *tokens, size_t c, size_t first,
                                    struct order_reading *rg)
{
    if (!ORDER_CUES_ANY(&rg->cues, "instead"))
        return;
    const struct order_clause *cl = &rg->clauses[c];
    for (size_t s = first > 0 ? first : 1U; s < rg->n_things; s++) {
        const struct order_thing *a = &rg->things[s - 1U], *b = &rg->things[s];
        size_t e = b->end;
        if (!a->is_span || !b->is_span || a->item < 0 || b->item < 0 || a->item == b->item ||
            b->clause != c || !order_tok_is(text, tokens, e, cl->end, "instead") ||
            !order_tok_is(text, tokens, e + 1U, cl->end, "of"))
            continue;
        const char *head = text + tokens[e - 1U].off;
        size_t head_len = tokens[e - 1U].len;
        if (order_lexicon_item_mentions(rd->lex, a->item, &head, &head_len, 1) != 1 ||
            order_lexicon_item_mentions(rd->lex, b->item, &head, &head_len, 1) != 1)
            continue;
        size_t z = e + 2U; /* the words of what goes out, to the piece's end */
        while (z < cl->end && tokens[z].kind == ORDER_TOKEN_WORD)
            z++;
        read_span_to_change(rg, &s, z);
    }
}

void order_read_change_spans(const struct order_reader *rd, const char *text,
                             const struct order_token *tokens, size_t c, size_t first,
                             struct order_reading *rg)
{
    read_drop_side_spans(rd, text, tokens, c, first, rg);
    read_drop_changed_parts(rd, text, tokens, c, first, rg);
    read_drop_modified_spans(rd, text, tokens, first, rg);
    read_drop_diet_after_but(rd, text, tokens, first, rg);
    read_drop_kept_parts(rd, text, tokens, first, rg);
    read_drop_swapped_sides(rd, text, tokens, c, first, rg);
}
