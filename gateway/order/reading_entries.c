/* reading_entries.c — dishes named by the words around a span (reading.c, reading.h pass
 * 3): a span's head word and whether it reads whole, entries of the food lexicon before or
 * after a span, menu words misspelt or said in another language, plurals, a span as the
 * menu spells it, partial dishes and a span's described candidates. */
#include <stdio.h>
#include <string.h>

#include "gateway/order/reading_internal.h"
#include "gateway/order/frame.h"

/* Writes a, a space and b into out (cap bytes), NUL-terminated, when they fit; returns their
 * length, which is cap or more when they did not fit (out then unwritten): snprintf's "%s %s"
 * as the readers here use it, without the formatting they paid for at every dish. */
static size_t entry_join(char *out, size_t cap, const char *a, const char *b)
{
    size_t al = strlen(a), bl = strlen(b), n = al + 1U + bl;
    if (n < cap) {
        memcpy(out, a, al);
        out[al] = ' ';
        memcpy(out + al + 1U, b, bl + 1U);
    }
    return n;
}

/* Does any reading of token t end a name (a head word: burger, smoothie)? */
bool order_read_token_head(const struct order_reader *rd, const struct order_reading *rg, size_t t)
{
    for (size_t h = 0; h < rg->n_hits[t]; h++) {
        const struct order_lex_hit *hit = &rg->hits[t][h];
        if (rd->lex->words[hit->words[hit->n_words - 1]].head)
            return true;
    }
    return false;
}

bool read_free_food(const struct order_reader *rd, const char *text,
                    const struct order_token *tokens, const struct order_reading *rg, size_t t,
                    size_t b, size_t e)
{
    return t >= b && t < e && tokens[t].kind == ORDER_TOKEN_WORD &&
           rg->roles[t] == ORDER_ROLE_NONE &&
           order_food_word(rd->food, text + tokens[t].off, tokens[t].len);
}

/* Is span th a name the lexicon knows whole: one item, spelt as one of its variants? */
bool order_read_span_whole(const struct order_reader *rd, const struct order_reading *rg,
                           const struct order_thing *th)
{
    const struct order_lexicon *lx = rd->lex;
    if (th->item < 0)
        return false;
    for (size_t v = 0; v < lx->n_variants; v++) {
        if (lx->variant_item[v] != (uint32_t)th->item || lx->variant_len[v] > th->end - th->begin)
            continue;
        bool all = true;
        for (size_t k = 0; k < lx->variant_len[v] && all; k++) {
            bool found = false;
            for (size_t t = th->begin; t < th->end && !found; t++)
                for (size_t h = 0; h < rg->n_hits[t] && !found; h++)
                    for (size_t x = 0; x < rg->hits[t][h].n_words; x++)
                        found = found || rg->hits[t][h].words[x] == lx->variant_words[v][k];
            all = found;
        }
        if (all)
            return true;
    }
    return false;
}

/* How many unread words from t make a dish of the food lexicon ("pulled pork"), or 0. */
static size_t read_entry_at(const struct order_reader *rd, const char *text,
                            const struct order_token *tokens, const struct order_reading *rg,
                            size_t t, size_t e)
{
    enum { ENTRY_WORDS_MAX = 3 };
    char phrase[ORDER_PHRASE_BYTES_MAX];
    size_t found = 0, o = 0;
    for (size_t k = 0; k < ENTRY_WORDS_MAX && t + k < e; k++) {
        const struct order_token *w = &tokens[t + k];
        if (w->kind != ORDER_TOKEN_WORD || rg->roles[t + k] != ORDER_ROLE_NONE ||
            o + w->len + 2 >= sizeof(phrase))
            break;
        if (o > 0) /* fits: checked above */
            phrase[o++] = ' ';
        memcpy(phrase + o, text + w->off, w->len);
        o += w->len;
        phrase[o] = '\0';
        if (k > 0 && order_food_entry(rd->food, phrase, o))
            found = k + 1;
    }
    return found;
}

/* Is w[0..len) within `short_edits` edits of a word of the menu when it has five letters or
 * fewer, two or three when longer, itself or without a plural ending? Beyond one edit the
 * first letters must agree, as people misspell inside a word, rarely at its start. */
static bool read_near_menu_word_within(const struct order_lexicon *lx, const char *w, size_t len,
                                       size_t short_edits)
{
    enum { NEAR_EDITS = 2, NEAR_EDITS_LONG = 3, NEAR_LONG_MIN = 9, NEAR_SHORT_MAX = 5 };
    size_t bound = len >= NEAR_LONG_MIN    ? NEAR_EDITS_LONG
                   : len <= NEAR_SHORT_MAX ? short_edits
                                           : NEAR_EDITS;
    size_t base = len;
    if (len > 4 && w[len - 1] == 's')
        base = len - (w[len - 2] == 'e' ? 2U : 1U);
    for (size_t i = 0; i < lx->n_words; i++) {
        const struct order_lex_word *m = &lx->words[i];
        size_t b = m->text[0] == w[0] ? bound : 1;
        if (order_edit_distance(w, len, m->text, m->len, b) <= b ||
            order_edit_distance(w, base, m->text, m->len, b) <= b)
            return true;
    }
    return false;
}

/* Is w[0..len) a misspelt menu word the lexicon could not read with confidence, not another
 * dish ("bonie", "burbrs", "sadwiches", "fires")? A word of five letters or fewer gets one
 * edit only, as two change half of it ("sopes" is no misspelt "sides"). */
bool order_read_near_menu_word(const struct order_lexicon *lx, const char *w, size_t len)
{
    return read_near_menu_word_within(lx, w, len, 1);
}

/* Could w[0..len) be a slip of the keys on a menu word, two edits even in a short word ("a
 * kixz mini burger")? Looser than a reading: it only says the word is no verb. */
bool order_read_slip_of_menu_word(const struct order_lexicon *lx, const char *w, size_t len)
{
    return read_near_menu_word_within(lx, w, len, 2);
}

/* Is token t an unread word of four letters or more that is neither English nor the menu's
 * nor a frame word ("tikka", "katsu", "kottu")? Right after a menu word that does not end a
 * name, it is the rest of a dish the menu lacks, in the cuisine's own words. */
bool read_foreign_dish_word(const struct order_reader *rd, const char *text,
                            const struct order_token *tokens, const struct order_reading *rg,
                            size_t t)
{
    enum { FOREIGN_DISH_WORD_MIN = 4 };
    const struct order_token *w = &tokens[t];
    if (w->kind != ORDER_TOKEN_WORD || w->len < FOREIGN_DISH_WORD_MIN ||
        rg->roles[t] != ORDER_ROLE_NONE || rg->n_hits[t] > 0 || rg->mod_zone[t])
        return false;
    for (size_t k = 0; k < w->len; k++)
        if (text[w->off + k] < 'a' || text[w->off + k] > 'z')
            return false; /* digits, hyphens, letters of other scripts */
    return !order_dictionary_has(rd->dict, text + w->off, w->len) &&
           !order_read_near_menu_word(rd->lex, text + w->off, w->len);
}

/* Is token t an unread plural that ends a noun phrase: "tenders" in "chicken tenders and
 * onion rings", a separator, a filler or the clause's end right after it? A menu word that
 * ends no name, then a plural noun, is a dish the menu lacks. */
static bool read_plural_head(const struct order_reader *rd, const char *text,
                             const struct order_token *tokens, const struct order_reading *rg,
                             size_t t, size_t e)
{
    enum { PLURAL_HEAD_MIN = 5 };
    const struct order_token *w = &tokens[t];
    if (w->kind != ORDER_TOKEN_WORD || w->len < PLURAL_HEAD_MIN ||
        rg->roles[t] != ORDER_ROLE_NONE || rg->n_hits[t] > 0 || rg->mod_zone[t])
        return false;
    const char *s = text + w->off;
    if (s[w->len - 1] != 's' || s[w->len - 2] == 's' || s[w->len - 2] == 'u')
        return false; /* "glass", "bonus": no plural */
    for (size_t k = 0; k < w->len; k++)
        if (s[k] < 'a' || s[k] > 'z')
            return false;
    if (order_read_near_menu_word(rd->lex, s, w->len))
        return false;
    if (t + 1 >= e)
        return true;
    const struct order_token *n = &tokens[t + 1];
    return (n->kind == ORDER_TOKEN_PUNCT && n->punct != '-' && n->punct != '/') ||
           order_token_is(text, n, "and") || order_token_is(text, n, "plus") ||
           rg->roles[t + 1] == ORDER_ROLE_FILLER;
}

/* Are the words of span th English or English food words ("chicken", "mango")? After
 * English, a word of no
 * dictionary is another cuisine's dish ("chicken tikka"); after the menu's own foreign words
 * it is more of that language ("portobello grande"), not a dish. */
bool read_span_english(const struct order_reader *rd, const char *text,
                       const struct order_token *tokens, const struct order_thing *th)
{
    for (size_t t = th->begin; t < th->end; t++)
        if (tokens[t].kind == ORDER_TOKEN_WORD &&
            !order_dictionary_has(rd->dict, text + tokens[t].off, tokens[t].len) &&
            !order_food_word(rd->food, text + tokens[t].off, tokens[t].len))
            return false;
    return true;
}

/* The last token of the unread food words right after th (before any boundary), or 0.
 * foreign_ok: a word of no dictionary continues the dish too ("chicken tikka masala"). */
size_t read_food_after(const struct order_reader *rd, const char *text,
                       const struct order_token *tokens, const struct order_reading *rg, size_t t,
                       size_t e, bool foreign_ok)
{
    enum { FOOD_AFTER_WORDS_MAX = 3 };
    size_t last = 0;
    for (size_t k = 0; k < FOOD_AFTER_WORDS_MAX && t < e; k++, t++) {
        if (tokens[t].kind != ORDER_TOKEN_WORD || rg->roles[t] != ORDER_ROLE_NONE ||
            rg->mod_zone[t] || rg->n_hits[t] > 0 ||
            order_patterns_longest(&rd->u->diet_cues, text, tokens, t, e, NULL) > 0)
            break; /* "the wrap gluten free": a diet says how the dish is made, no dish */
        size_t entry = read_entry_at(rd, text, tokens, rg, t, e);
        if (entry > 0) { /* "bbq pulled pork sandwich" */
            last = t + entry;
            t += entry - 1;
            k += entry - 1;
            continue;
        }
        if (!read_free_food(rd, text, tokens, rg, t, 0, e) &&
            !(foreign_ok && read_foreign_dish_word(rd, text, tokens, rg, t)) &&
            !read_plural_head(rd, text, tokens, rg, t, e))
            break; /* only the food words right after it: "vanilla ice cream", "mango kulfi" */
        last = t + 1;
    }
    return last;
}

/* The words of span th as the menu spells them ("choocolates" -> "chocolate"), one space
 * apart, into out; returns the length (0 when it does not fit). */
static size_t read_span_spelled(const struct order_reader *rd, const char *text,
                                const struct order_token *tokens, const struct order_reading *rg,
                                const struct order_thing *th, char *out, size_t cap)
{
    size_t o = 0;
    for (size_t t = th->begin; t < th->end; t++) {
        const struct order_token *k = &tokens[t];
        if (k->kind != ORDER_TOKEN_WORD)
            continue;
        const char *w = text + k->off;
        size_t wl = k->len;
        if (rg->n_hits[t] > 0 && rg->hits[t][0].edits > 0 && rg->hits[t][0].n_words == 1) {
            const struct order_lex_word *x = &rd->lex->words[rg->hits[t][0].words[0]];
            w = x->text;
            wl = x->len;
        }
        if (o + wl + 2 > cap)
            return 0;
        if (o)
            out[o++] = ' ';
        memcpy(out + o, w, wl);
        o += wl;
    }
    out[o] = '\0';
    return o;
}

/* Is the word before th and th together a dish of the food lexicon ("hot chocolate", "hot
 * choocolates" as the menu spells it)? */
/* Does a reading of token t name one of the items in *items ("grilled" of the Grilled
 * Halloumi Burger before "halloumi")? Then it is part of that name; else a menu word before
 * a span may make a dish of its own with it ("grilled cheese"). */
static bool read_word_fits(const struct order_reader *rd, const struct order_reading *rg, size_t t,
                           const struct order_item_set *items)
{
    for (size_t h = 0; h < rg->n_hits[t]; h++) {
        const struct order_lex_hit *hit = &rg->hits[t][h];
        struct order_item_set both = rd->lex->words[hit->words[hit->n_words - 1]].items;
        order_item_set_and(&both, items);
        if (order_item_set_count(&both) > 0)
            return true;
    }
    return false;
}

/* Does the noun phrase end with span th: no menu word nor food right after it ("grilled
 * cheese", not "grilled cheese sandwich")? */
static bool read_phrase_ends(const struct order_reader *rd, const char *text,
                             const struct order_token *tokens, const struct order_reading *rg,
                             const struct order_thing *th)
{
    size_t e = th->end;
    return e >= rg->clauses[th->clause].end || tokens[e].kind != ORDER_TOKEN_WORD ||
           (rg->n_hits[e] == 0 && !order_food_word(rd->food, text + tokens[e].off, tokens[e].len));
}

/* The words of tokens [a, b) joined by single spaces into out (cap bytes), a joining "n",
 * "&" or "+" spelt "and" as the food lexicon spells it ("fish n chips": "fish and chips"),
 * other marks left out. Returns the length, or 0 when it does not fit. */
static size_t read_entry_words(const char *text, const struct order_token *tokens, size_t a,
                               size_t b, char *out, size_t cap)
{
    size_t o = 0;
    out[0] = '\0';
    for (size_t i = a; i < b; i++) {
        const struct order_token *k = &tokens[i];
        bool joins = order_tok_connector(text, k) &&
                     (k->kind == ORDER_TOKEN_PUNCT || order_token_is(text, k, "n"));
        if (k->kind != ORDER_TOKEN_WORD && !joins)
            continue;
        size_t len = joins ? 3U : k->len, n = (o > 0) + len;
        if (n == 0 || n >= cap - o)
            return 0;
        if (o > 0)
            out[o++] = ' ';
        memcpy(out + o, joins ? "and" : text + k->off, len);
        o += len;
        out[o] = '\0';
    }
    return o;
}

bool read_entry_before(const struct order_reader *rd, const char *text,
                       const struct order_token *tokens, const struct order_reading *rg,
                       const struct order_thing *th, size_t *start)
{
    enum { ENTRY_WORDS_BEFORE_MAX = 2 }; /* "hot chocolate", "fish and chips" */
    char phrase[ORDER_PHRASE_BYTES_MAX], spelled[ORDER_PHRASE_BYTES_MAX];
    size_t spelled_len = read_span_spelled(rd, text, tokens, rg, th, spelled, sizeof(spelled));
    for (size_t k = 1; k <= ENTRY_WORDS_BEFORE_MAX && k <= th->begin; k++) {
        size_t a = th->begin - k;
        const struct order_token *p = &tokens[a];
        if ((p->kind != ORDER_TOKEN_WORD && !order_tok_connector(text, p)) ||
            (rg->roles[a] != ORDER_ROLE_NONE && rg->roles[a] != ORDER_ROLE_MODIFIER) ||
            (rg->roles[a] == ORDER_ROLE_MODIFIER && k > 1) || rg->mod_zone[a] ||
            (rg->n_hits[a] > 0 && (read_word_fits(rd, rg, a, &th->candidates) ||
                                   !read_phrase_ends(rd, text, tokens, rg, th))) ||
            (k == ENTRY_WORDS_BEFORE_MAX && order_tok_connector(text, p)))
            return false;
        if (order_tok_connector(text, p))
            continue; /* "and" may join the words of a dish, never start one */
        char before[ORDER_PHRASE_BYTES_MAX];
        size_t before_len = read_entry_words(text, tokens, a, th->begin, before, sizeof(before));
        if (before_len == 0)
            return false;
        size_t n = entry_join(phrase, sizeof(phrase), before, th->phrase);
        if (n < sizeof(phrase) && order_food_entry(rd->food, phrase, n)) {
            *start = a;
            return true;
        }
        n = entry_join(phrase, sizeof(phrase), before, spelled);
        if (spelled_len > 0 && strcmp(spelled, th->phrase) != 0 && n < sizeof(phrase) &&
            order_food_entry(rd->food, phrase, n)) {
            *start = a;
            return true;
        }
    }
    return false;
}

/* Turns span th into the food leftover [start, th->end): a dish of the food lexicon that
 * holds a menu name ("fish and chips", "hot chocolate"). */
void read_span_to_dish(const char *text, const struct order_token *tokens, struct order_reading *rg,
                       struct order_thing *th, size_t start)
{
    th->is_span = false;
    th->leftover_kind = ORDER_LEFTOVER_FOOD;
    th->item = -1;
    th->begin = (uint16_t)start;
    /* named as the lexicon names it: "fish n chips" is "fish and chips" */
    size_t len = read_entry_words(text, tokens, start, th->end, th->phrase, sizeof(th->phrase));
    if (len == 0)
        len = order_words_join(text, tokens, start, th->end, th->phrase, sizeof(th->phrase));
    th->phrase_len = (uint16_t)len;
    memset(rg->roles + start, ORDER_ROLE_LEFTOVER, th->end - start);
}

/* Is phrase[0..len) followed by the word t a dish of the food lexicon ("chicken tenders")? */
static bool read_entry_with(const struct order_reader *rd, const char *text,
                            const struct order_token *t, const char *phrase, size_t len)
{
    return order_food_entry_of(rd->food, phrase, len, text + t->off, t->len);
}

/* Drops the spans from things[s] on that start before token end. */
void read_drop_spans(struct order_reading *rg, struct order_clause *cl, size_t s, size_t end)
{
    size_t drop = 0;
    while (s + drop < rg->n_things && rg->things[s + drop].begin < end) {
        const struct order_thing *d = &rg->things[s + drop];
        memset(rg->roles + d->begin, ORDER_ROLE_NONE, d->end - d->begin);
        memset(rg->dish_word + d->begin, true, d->end - d->begin);
        drop++;
    }
    memmove(&rg->things[s], &rg->things[s + drop],
            (rg->n_things - s - drop) * sizeof(rg->things[0]));
    rg->n_things -= drop;
    cl->n_spans = (uint8_t)(cl->n_spans - drop);
}

/* A span that is only part of a name ("chicken", "halloumi", "wrap") and, with the words
 * right after it (unread words, or more such partial spans), makes a phrase that reads as
 * food: "chicken wings", "chicken caesar wrap", "halloumi wrap". Returns the end of that
 * phrase (the longest, up to 3 words), or 0. */
size_t read_partial_dish(const struct order_reader *rd, const char *text,
                         const struct order_token *tokens, const struct order_reading *rg, size_t s,
                         size_t e)
{
    enum { DISH_WORDS_MAX = 3 };
    const struct order_thing *th = &rg->things[s];
    if (order_read_span_whole(rd, rg, th) || th->end - th->begin >= DISH_WORDS_MAX)
        return 0;
    /* "2 asada tacos coke", "3 fish tacos nachos": words that end on a kind of dish close it;
     * what follows is the next thing */
    if (th->end >= th->begin + 2U && order_read_token_head(rd, rg, th->end - 1U))
        return 0;
    size_t t = th->end, found = 0, next = s + 1;
    char phrase[ORDER_PHRASE_BYTES_MAX];
    size_t o = (size_t)snprintf(phrase, sizeof(phrase), "%s", th->phrase);
    while (t < e && t - th->begin < DISH_WORDS_MAX && tokens[t].kind == ORDER_TOKEN_WORD &&
           !rg->mod_zone[t]) {
        size_t upto = t + 1;
        if (next < rg->n_things && rg->things[next].begin == t) {
            const struct order_thing *n = &rg->things[next];
            if (order_read_span_whole(rd, rg, n))
                break;
            upto = n->end;
            next++;
        } else if (rg->roles[t] != ORDER_ROLE_NONE || order_tok_connector(text, &tokens[t]) ||
                   !(read_free_food(rd, text, tokens, rg, t, 0, e) ||
                     read_entry_with(rd, text, &tokens[t], phrase, o))) {
            break; /* only food words and partial names make the dish longer */
        }
        for (; t < upto; t++)
            if (o + tokens[t].len + 2 < sizeof(phrase))
                o += (size_t)snprintf(phrase + o, sizeof(phrase) - o, " %.*s", (int)tokens[t].len,
                                      text + tokens[t].off);
        if (t - th->begin <= DISH_WORDS_MAX && order_food_phrase(rd->food, phrase, o))
            found = t;
    }
    return found;
}

/* A dish the menu lacks, written with menu words:
 *   - an unknown food word before a span that is not a whole name ("pork burger", "steak
 *     sandwich": the alias "chicken sandwich" does not make "sandwich" a dish);
 *   - unknown food words after a span that does not end in a head ("vanilla ice cream",
 *     "apple juice", "chicken wings", "bbq pulled pork sandwich");
 *   - two spans with nothing in common, the first not ending in a head ("strawberry
 *     milkshake", "chicken wrap").
 * Such spans become unread words again, which pass 4 reports as food. */
/* The items among cands whose name or description holds every word of [b, e) ("chicken" of
 * "chicken bowl" in the Pollo Asado Bowl's "grilled chicken"), into *found; how many. */
/* Does some item of cands mention the word w[0..len)? */
static bool read_candidate_says(const struct order_reader *rd, const struct order_item_set *cands,
                                const char *w, size_t len)
{
    for (int32_t i = order_item_set_next(cands, 0); i >= 0;
         i = order_item_set_next(cands, (size_t)i + 1))
        if (order_lexicon_item_mentions(rd->lex, i, &w, &len, 1) == 1)
            return true;
    return false;
}

size_t order_read_described_candidates(const struct order_reader *rd, const char *text,
                                       const struct order_token *tokens, size_t b, size_t e,
                                       const struct order_item_set *cands,
                                       struct order_item_set *found)
{
    enum { DESCRIBING_WORDS_MAX = 3 };
    const char *words[DESCRIBING_WORDS_MAX];
    size_t lens[DESCRIBING_WORDS_MAX], n = 0;
    for (size_t t = b; t < e; t++) {
        if (tokens[t].kind != ORDER_TOKEN_WORD || order_tok_connector(text, &tokens[t]))
            continue;
        if (n == DESCRIBING_WORDS_MAX)
            return 0;
        words[n] = text + tokens[t].off;
        lens[n] = tokens[t].len;
        if (lens[n] < 3 && !read_candidate_says(rd, cands, words[n], lens[n]))
            return 0; /* "al" of "al pastor" is a word of the name: it describes */
        n++;
    }
    memset(found, 0, sizeof(*found));
    for (int32_t i = order_item_set_next(cands, 0); n > 0 && i >= 0;
         i = order_item_set_next(cands, (size_t)i + 1))
        if (order_lexicon_item_mentions(rd->lex, i, words, lens, n) == n)
            order_item_set_add(found, i);
    return order_item_set_count(found);
}

/* Is the word right before span th one nothing read (no menu word, no frame word, no
 * modifier), of three letters or more? */
bool read_unread_before(const struct order_reader *rd, const char *text,
                        const struct order_token *tokens, const struct order_reading *rg,
                        const struct order_thing *th, size_t clause_begin)
{
    if (th->begin <= clause_begin)
        return false;
    size_t t = th->begin - 1U;
    const struct order_token *k = &tokens[t];
    return k->kind == ORDER_TOKEN_WORD && k->len >= 3 && rg->roles[t] == ORDER_ROLE_NONE &&
           rg->n_hits[t] == 0 && !rg->mod_zone[t] && !order_tok_connector(text, k) &&
           !order_dictionary_has(rd->dict, text + k->off, k->len) &&
           !read_frame_word(rd->frame, text + k->off, k->len);
}
