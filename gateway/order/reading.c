/* reading.c — the five passes of reading a message, in order (see reading.h). order_read
 * runs them; what each reads is in the files beside it: the words of pass 1
 * (reading_words.c), the dishes named by words beside a span or by no span at all
 * (reading_entries.c, reading_compounds.c) and the zones of words that change a dish
 * (reading_zones.c). reading_internal.h holds what these files share. */
#include <string.h>

#include "gateway/order/reading_internal.h"
#include "gateway/order/frame.h"
#include "gateway/order/order_assert.h"

size_t order_words_join(const char *text, const struct order_token *tokens, size_t b, size_t e,
                        char *out, size_t cap)
{
    ORDER_ASSERT(cap > 0);
    size_t o = 0;
    for (size_t t = b; t < e; t++) {
        if (tokens[t].kind != ORDER_TOKEN_WORD || o + tokens[t].len + 2 > cap)
            continue;
        if (o)
            out[o++] = ' ';
        memcpy(out + o, text + tokens[t].off, tokens[t].len);
        o += tokens[t].len;
    }
    out[o] = '\0';
    return o;
}

void order_reading_drop_things(struct order_reading *rg, size_t c, size_t b, size_t e)
{
    size_t o = 0;
    for (size_t s = 0; s < rg->n_things; s++) {
        const struct order_thing *x = &rg->things[s];
        if (x->clause == c && x->begin >= b && x->begin < e) {
            /* before the attach pass every thing of the clause counts in n_spans, a span
             * read as a leftover (span_context.c) too: attach finds the clause's first
             * thing from that count */
            if (rg->clauses[c].n_spans > 0)
                rg->clauses[c].n_spans--;
            continue;
        }
        rg->things[o++] = *x;
    }
    rg->n_things = o;
}

struct order_thing *order_reading_add_thing(struct order_reading *rg, size_t c, size_t b, size_t e)
{
    if (rg->n_things == ORDER_ITEMS_MAX) {
        rg->truncated = true;
        return NULL;
    }
    struct order_thing *th = &rg->things[rg->n_things++];
    memset(th, 0, sizeof(*th));
    th->begin = (uint16_t)b;
    th->end = (uint16_t)e;
    th->clause = (uint8_t)c;
    th->qty = 1;
    return th;
}

/* Marks as words of one dish the free words [i, i + 2) that make a dish of the food lexicon
 * together, whatever each alone is ("hash browns": "browns" alone is no food, and would be
 * cut off the dish off the menu, leaving "hash"). */
static void read_food_entry_words(const struct order_reader *rd, const char *text,
                                  const struct order_token *tokens, size_t c,
                                  struct order_reading *rg)
{
    enum { ENTRY_WORDS = 2 };
    size_t b = rg->clauses[c].begin, e = rg->clauses[c].end;
    for (size_t i = b; i + ENTRY_WORDS <= e; i++) {
        bool free_words = true;
        for (size_t k = i; k < i + ENTRY_WORDS; k++)
            free_words = free_words && tokens[k].kind == ORDER_TOKEN_WORD &&
                         rg->roles[k] == ORDER_ROLE_NONE && !rg->mod_zone[k];
        char phrase[ORDER_PHRASE_BYTES_MAX];
        size_t o = free_words
                       ? order_words_join(text, tokens, i, i + ENTRY_WORDS, phrase, sizeof(phrase))
                       : 0;
        if (o > 0 && order_food_entry(rd->food, phrase, o))
            memset(rg->dish_word + i, true, ENTRY_WORDS);
    }
}

/* Does clause c break off ("...") right after a count and its "of the", naming nothing
 * ("lemme get 2 of the..."), with text words of its own before? Returns the count, or 0. */
static int32_t read_count_broken_off(const struct order_reader *rd, const char *text,
                                     const struct order_token *tokens,
                                     const struct order_reading *rg, size_t c)
{
    const struct order_clause *cl = &rg->clauses[c];
    size_t w = cl->end;
    while (w > cl->begin && tokens[w - 1U].kind == ORDER_TOKEN_PUNCT)
        w--;
    if (w + 1U >= cl->end || w == cl->begin || tokens[w].punct != '.' ||
        tokens[w + 1U].punct != '.')
        return 0; /* no "..." after its last word */
    if (order_tok_is(text, tokens, w - 1U, w, "the"))
        w--;
    if (w > cl->begin && order_tok_is(text, tokens, w - 1U, w, "of"))
        w--;
    for (size_t k = cl->begin; k < w; k++) {
        int32_t v;
        if (order_read_number(rd->u, text, tokens, k, w, &v) == w - k &&
            !order_tok_is(text, tokens, k, w, "a") && !order_tok_is(text, tokens, k, w, "an")) {
            for (size_t t = 0; t < rg->n_things; t++)
                if (rg->things[t].clause == c && !rg->things[t].reference)
                    return 0;
            return v;
        }
    }
    return 0;
}

/* "dinner for 4 🍔🍔🍔🍔\nclassic beef x2\nhalloumi x1\nportobello x1": a counted kind alone in
 * its clause, then in the clauses after it two dishes or more of that kind whose counts add
 * up to its count, heads them: it asks for nothing of its own, as a heading before a colon. */
static void read_kind_counted_by_lines(struct order_reading *rg)
{
    enum { LISTED_DISHES_MIN = 2 };
    for (size_t h = 0; h < rg->n_things; h++) {
        struct order_thing *k = &rg->things[h];
        if (!k->is_span || k->item >= 0 || !k->qty_explicit || k->reference)
            continue;
        bool alone = true;
        for (size_t x = 0; x < rg->n_things && alone; x++)
            alone = x == h || rg->things[x].clause != k->clause;
        int32_t sum = 0;
        size_t dishes = 0;
        for (size_t x = h + 1; alone && x < rg->n_things; x++) {
            const struct order_thing *d = &rg->things[x];
            if (!d->is_span || d->item < 0 || d->reference ||
                !order_item_set_has(&k->candidates, (size_t)d->item))
                break;
            sum += d->qty;
            dishes++;
        }
        if (dishes >= LISTED_DISHES_MIN && sum == k->qty) {
            k->reference = true;
            memset(rg->roles + k->begin, ORDER_ROLE_FILLER, k->end - k->begin);
        }
    }
}

/* "lemme get 2 of the... idk the one w the red peppers": a count broken off ("...") is the
 * count of the first thing the next clause names, when that has none of its own. */
static void read_counts_broken_off(const struct order_reader *rd, const char *text,
                                   const struct order_token *tokens, struct order_reading *rg)
{
    for (size_t c = 0; c + 1U < rg->n_clauses; c++) {
        int32_t v = read_count_broken_off(rd, text, tokens, rg, c);
        for (size_t t = 0; v > 0 && t < rg->n_things; t++) {
            struct order_thing *th = &rg->things[t];
            if (th->clause != c + 1U || th->reference)
                continue;
            if (!th->qty_explicit) {
                th->qty = v;
                th->qty_explicit = true;
            }
            break;
        }
    }
}

/* What the customer tells beside the dishes, none of it a dish asked for: a taste, whoever's
 * ("i love mango"), a favourite, praise as the best, a need ("need the caffeine"), how the day
 * has been, how the customer is. Each reads after the one before it. */
static void read_told_beside_dishes(const struct order_reader *rd, const char *text,
                                    const struct order_token *tokens, struct order_reading *out)
{
    order_read_taste_told(text, tokens, out);
    order_read_taste_liked(text, tokens, out);
    order_read_favorite_told(text, tokens, out);
    order_read_praise_best(text, tokens, out);
    order_read_need_told(rd, text, tokens, out);
    order_read_been_said(text, tokens, out);
    order_read_self_state(rd, text, tokens, out);
    order_read_had_already(text, tokens, out);
}

/* Pass 1, after the clipped plurals: words of a dish's name written otherwise than the lexicon
 * reads them: texted without vowels, put in by an autocorrect, cut short. Each reads after the one
 * before it. */
static void read_names_written_otherwise(const struct order_reader *rd, const char *text,
                                         const struct order_token *tokens, size_t n,
                                         struct order_reading *out)
{
    read_vowels_dropped(rd, text, tokens, n, out);
    read_name_slips(rd, text, tokens, n, out);
    read_name_gap_slips(rd, text, tokens, n, out);
    read_names_abbreviated(rd, text, tokens, n, out);
    read_heads_clipped(rd, text, tokens, n, out);
}

/* Last: each leftover marked by its words, then what the words around the things say of them
 * ("not sure if i'm spelling that right", "autocorrect", "just", "tried"). */
static void read_leftovers_marked(const struct order_reader *rd, const char *text,
                                  const struct order_token *tokens, size_t n,
                                  struct order_reading *out)
{
    order_read_mark_leftover_words(rd, text, tokens, out);
    order_read_spelling_doubted(text, tokens, n, out);
    order_read_autocorrect_said(rd, text, tokens, n, out);
    order_read_count_tried(tokens, out);
    order_read_count_just(text, tokens, out);
}

/* Pass 3 and 4 in clause c: its spans, the dishes named around them, their attachments. */
static void read_clause_things(const struct order_reader *rd, const char *text,
                               const struct order_token *tokens, size_t c,
                               struct order_reading *out)
{
    size_t first = out->n_things;
    order_read_spans(rd, text, tokens, c, out);
    read_join_split_name(text, tokens, c, first, out);
    read_unknown_compounds(rd, text, tokens, c, first, out);
    read_join_same_item(text, tokens, c, first, out);
    read_join_an_and(rd, text, tokens, c, first, out);
    order_read_span_context(rd, text, tokens, c, first, out);
    order_read_seen_where(text, tokens, c, out);
    order_read_menu_refs(rd, text, tokens, c, out);
    order_read_menu_places(rd, text, tokens, c, out);
    order_read_sections_of_all(rd, text, tokens, c, out);
    order_read_priced_ones(rd, text, tokens, c, out);
    order_read_priced_free_choice(rd, text, tokens, c, out);
    order_read_priced_kind_words(rd, text, tokens, c, out);
    order_read_described_ones(rd, text, tokens, c, out);
    order_read_kind_counted_out(rd, text, tokens, c, out);
    read_food_entry_words(rd, text, tokens, c, out);
    order_read_relative_have(text, tokens, c, out);
    order_read_attach(rd, text, tokens, c, out);
    order_read_each_of_kind(text, tokens, c, out);
    order_read_kind_except(rd, text, tokens, c, out);
    order_read_vague_things(text, tokens, c, out);
    order_read_free_choice_quality(rd, text, tokens, c, out);
}

void order_read(const struct order_reader *rd, struct sb_stemmer *stemmer, char *text, size_t *len,
                size_t cap, struct order_token *tokens, size_t n, struct order_reading *out)
{
    ORDER_ASSERT(n <= ORDER_TOKENS_MAX);
    out->n_things = 0;
    out->truncated = false;
    memset(out->roles, ORDER_ROLE_NONE, n);
    memset(out->mod_zone, false, n);
    memset(out->dish_word, false, n);
    read_words(rd, stemmer, text, tokens, n, out);
    if (rd->frame) {
        bool described[ORDER_TOKENS_MAX];
        read_described_words(rd, text, tokens, n, out, described);
        order_frame_repair(rd->frame, rd->dict, rd->food, text, len, cap, tokens, n,
                           (const struct order_lex_hit(*)[ORDER_LEX_HITS_MAX])out->hits,
                           out->n_hits, described);
    }
    order_cues_build(&out->cues, text, tokens, n); /* the text is final from here on */
    /* a word read in context can be the context of the word before it ("ied geten tea") */
    if (read_words_in_context(rd, text, tokens, n, out) > 0)
        read_words_in_context(rd, text, tokens, n, out);
    order_read_courtesy_named(text, tokens, n, out);
    read_count_words(rd, text, tokens, n, out);
    read_clipped_after_count(rd, text, tokens, n, out);
    order_read_vessels_alone(rd, text, tokens, n, out);
    read_names_written_otherwise(rd, text, tokens, n, out);
    read_verbs_after_please(text, tokens, n, out);
    order_read_clauses(rd, text, tokens, n, out);
    order_read_line_headings(rd, text, tokens, n, out);
    read_names_before_verbs(rd->dict, text, tokens, n, out);
    order_read_slips_before_nouns(rd, text, tokens, n, out);
    order_read_food_objects(rd, text, tokens, n, out);
    order_read_addressees(rd, text, tokens, n, out);
    order_read_titled_names(rd, text, tokens, n, out);
    order_read_modifier_zones(rd, text, tokens, out);
    order_read_correction_leads(rd, text, tokens, n, out);
    order_read_possessed_slips(rd, text, tokens, out);
    for (size_t c = 0; c < out->n_clauses; c++)
        read_clause_things(rd, text, tokens, c, out);
    order_read_food_beside_dishes(text, tokens, out);
    order_read_vague_counts_after(rd, text, tokens, out);
    order_read_counts_otherwise(rd, text, tokens, out);
    order_read_dishes_otherwise(text, tokens, out);
    order_read_leftovers_restated(rd, text, tokens, out);
    order_read_kind_spans_restated(rd, text, tokens, out);
    order_read_vessels_counted(text, tokens, out);
    order_read_near_kind_names(rd, text, tokens, out);
    order_read_both_of_kind(rd, text, tokens, out);
    order_read_possessed_kinds(text, tokens, out);
    order_read_rest_of_count(text, tokens, out);
    order_read_counted_by_unit(rd, text, tokens, out);
    read_kind_counted_by_lines(out);
    order_read_declined(rd, text, tokens, out);
    order_read_known_lacking(text, tokens, out);
    order_read_contrasts_not(rd, text, tokens, out);
    order_read_restated_ones(text, tokens, n, out);
    order_read_restated_described(rd, text, tokens, n, out);
    order_read_meant_lacking(text, tokens, out);
    read_counts_broken_off(rd, text, tokens, out);
    order_read_in_jest(text, tokens, out);
    order_read_kind_of_place(text, tokens, out);
    order_read_errand_runs(text, tokens, out);
    order_read_pasted_twice(text, tokens, n, out);
    order_read_corrections(rd, text, tokens, n, out);
    order_read_taken_back_not(text, tokens, out);
    order_read_changes_called_off(text, tokens, out);
    order_read_described_picks(rd, text, tokens, n, out);
    order_read_named_apart(rd, out);
    order_read_named_again_changed(text, tokens, out);
    order_read_counts_left_open(text, tokens, out);
    order_read_lacking_filled(rd, text, tokens, out);
    order_read_narrowings(rd, text, tokens, out);
    order_read_kinds_counted_after(rd, text, tokens, out);
    order_read_choices(text, tokens, out);
    order_read_talked_about(text, tokens, out);
    read_told_beside_dishes(rd, text, tokens, out);
    order_read_eaten_before(text, tokens, out);
    order_read_praised(text, tokens, out);
    order_read_singled_out(text, tokens, out);
    order_read_diet_confirmed(rd, text, tokens, out);
    order_read_diet_said_of(rd, text, tokens, out);
    order_read_medium_doneness(rd, out);
    order_read_autocorrected(rd, text, tokens, out);
    order_read_star_fixes(text, tokens, n, out);
    order_read_past_spelled_out(text, tokens, out);
    order_read_past_named_after(rd, text, tokens, out);
    read_leftovers_marked(rd, text, tokens, n, out);
}
