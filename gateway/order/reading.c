/* reading.c — the five passes of reading a message, in order (see reading.h). */
#include "gateway/order/reading.h"

#include <string.h>
#include <strings.h>

#include "gateway/order/frame.h"
#include "gateway/order/language.h"
#include "gateway/order/order_assert.h"

/* Pass 1: every word's readings; two words that are one vocabulary word written apart
 * ("milk shake", "cheese burger") read as that word on the first of them. */
/* Words seen earlier in the message, by spelling: a word that comes again ("the", "and", a
 * dish named twice) copies the readings of its first occurrence instead of being stemmed and
 * searched for typos again, which is most of the work on a long message. */
enum { READ_SEEN_SLOTS = 2 * ORDER_TOKENS_MAX };
_Static_assert((READ_SEEN_SLOTS & (READ_SEEN_SLOTS - 1)) == 0, "a power of two");

struct read_seen {
    uint16_t first[READ_SEEN_SLOTS]; /* 1 + the token of a word's first occurrence; 0: empty */
};

/* The slot of token i's word: the one holding its first occurrence, or the empty one where
 * that goes. */
static uint16_t *read_seen_slot(struct read_seen *seen, const char *text,
                                const struct order_token *tokens, size_t i)
{
    const char *w = text + tokens[i].off;
    uint32_t h = 2166136261u; /* FNV-1a */
    for (size_t k = 0; k < tokens[i].len; k++)
        h = (h ^ (uint8_t)w[k]) * 16777619u;
    for (uint32_t s = h & (READ_SEEN_SLOTS - 1);; s = (s + 1) & (READ_SEEN_SLOTS - 1)) {
        uint16_t *slot = &seen->first[s];
        if (*slot == 0)
            return slot;
        const struct order_token *t = &tokens[*slot - 1];
        if (t->len == tokens[i].len && memcmp(text + t->off, w, t->len) == 0)
            return slot;
    }
}

/* Do tokens [b, e) stand where a dish is named: beside a menu word ("mango smooth he",
 * "hollow me burger"), or after an article or a count ("a fell awful rap")? "hollow me out"
 * is no dish. */
static bool read_dish_place(const char *text, const struct order_token *tokens, size_t n,
                            const struct order_reading *out, size_t b, size_t e)
{
    static const char *const articles[] = {"a", "an", "the", "one", "two", "three", "four"};
    if (e < n && tokens[e].kind == ORDER_TOKEN_WORD && out->n_hits[e] > 0)
        return true;
    if (b == 0 || tokens[b - 1U].kind != ORDER_TOKEN_WORD)
        return false;
    const char *w = text + tokens[b - 1U].off;
    return out->n_hits[b - 1U] > 0 || (w[0] >= '0' && w[0] <= '9') ||
           order_tok_in(text, tokens, b - 1U, b, articles, sizeof(articles) / sizeof(*articles));
}

/* "case a beer ia tacos": a name heard and written as three or four words, none of which
 * the menu reads, where a dish is named, is the one word they sound like together (a
 * sound key matches one vocabulary word only). Marks them read as one and returns how many
 * words were joined, 0 when none. */
static size_t read_heard_run(const struct order_reader *rd, const char *text,
                             const struct order_token *tokens, size_t n, struct order_reading *out,
                             size_t i)
{
    enum { HEARD_WORDS_MIN = 3, HEARD_WORDS_MAX = 4, HEARD_BYTES_MIN = 8 };
    char joined[ORDER_LEX_WORD_BYTES_MAX];
    size_t len = 0;
    for (size_t k = 0; k < HEARD_WORDS_MAX && i + k < n; k++) {
        const struct order_token *t = &tokens[i + k];
        if (t->kind != ORDER_TOKEN_WORD || out->n_hits[i + k] > 0 || out->joined[i + k] ||
            len + t->len >= sizeof(joined) || (text[t->off] >= '0' && text[t->off] <= '9'))
            return 0;
        memcpy(joined + len, text + t->off, t->len);
        len += t->len;
        struct order_lex_hit heard;
        if (k + 1 < HEARD_WORDS_MIN || len < HEARD_BYTES_MIN ||
            !read_dish_place(text, tokens, n, out, i, i + k + 1) ||
            order_lexicon_sounds_like(rd->lex, joined, len, &heard, 1) != 1)
            continue; /* the place first: the sound is looked up over the whole vocabulary */
        out->hits[i][0] = (struct order_lex_hit){{heard.words[0], 0}, 1, 0, 1.0f};
        out->n_hits[i] = 1;
        for (size_t j = i; j < i + k; j++)
            out->joined[j] = true;
        return k + 1;
    }
    return 0;
}

/* Is token e a word near a word of the dishes that lexicon word `heard` names ("fell awful
 * rap": "rap" of the Falafel Wrap)? Then the two words before it and it name one dish, at
 * the start of a message too, where no article or menu word stands before them. */
static bool read_name_goes_on(const struct order_reader *rd, const char *text,
                              const struct order_token *tokens, size_t n, size_t e, uint16_t heard)
{
    struct order_lex_hit hits[ORDER_LEX_HITS_MAX];
    if (e >= n || tokens[e].kind != ORDER_TOKEN_WORD || tokens[e].len < 3)
        return false;
    return order_lexicon_lookup_among(rd->lex, text + tokens[e].off, tokens[e].len,
                                      &rd->lex->words[heard].items, hits, ORDER_LEX_HITS_MAX) > 0;
}

static void read_words(const struct order_reader *rd, struct sb_stemmer *stemmer, const char *text,
                       const struct order_token *tokens, size_t n, struct order_reading *out)
{
    static _Thread_local struct read_seen seen;
    memset(&seen, 0, sizeof(seen));
    for (size_t i = 0; i < n; i++) {
        out->n_hits[i] = 0;
        out->joined[i] = false;
        if (tokens[i].kind != ORDER_TOKEN_WORD)
            continue;
        uint16_t *slot = read_seen_slot(&seen, text, tokens, i);
        if (*slot != 0) { /* the lexicon's answer is the same for the same spelling */
            out->n_hits[i] = out->n_hits[*slot - 1];
            memcpy(out->hits[i], out->hits[*slot - 1], out->n_hits[i] * sizeof(out->hits[i][0]));
            continue;
        }
        out->n_hits[i] =
            (uint8_t)order_lexicon_lookup(rd->lex, stemmer, text + tokens[i].off, tokens[i].len,
                                          out->hits[i], ORDER_LEX_HITS_MAX);
        *slot = (uint16_t)(i + 1);
    }
    for (size_t i = 0; i + 1 < n; i++) {
        size_t heard_run = read_heard_run(rd, text, tokens, n, out, i);
        if (heard_run > 0) {
            i += heard_run - 1U;
            continue;
        }
        const struct order_token *a = &tokens[i], *b = &tokens[i + 1];
        if (a->kind != ORDER_TOKEN_WORD || b->kind != ORDER_TOKEN_WORD || a->len < 3 ||
            b->len < 2 || (size_t)a->len + b->len >= ORDER_LEX_WORD_BYTES_MAX)
            continue;
        char joined[ORDER_LEX_WORD_BYTES_MAX];
        memcpy(joined, text + a->off, a->len);
        memcpy(joined + a->len, text + b->off, b->len);
        int32_t w = b->len >= 3 ? order_lexicon_word(rd->lex, joined, (size_t)a->len + b->len) : -1;
        /* "fell awful rap", "hollow me burger", "tofu terry yaki": a name heard and written
         * as two words that read as nothing of the menu is the one word the two sound like */
        struct order_lex_hit heard;
        if (w < 0 && out->n_hits[i + 1] == 0 &&
            order_lexicon_sounds_like(rd->lex, joined, (size_t)a->len + b->len, &heard, 1) == 1) {
            /* the first word read as nothing, or as the start of that very word ("smooth
             * he": "smooth" clips "smoothie") */
            bool same = out->n_hits[i] == 0;
            for (size_t h = 0; h < out->n_hits[i] && !same; h++)
                same = out->hits[i][h].words[0] == heard.words[0];
            if (same && (read_dish_place(text, tokens, n, out, i, i + 2U) ||
                         read_name_goes_on(rd, text, tokens, n, i + 2U, heard.words[0])))
                w = heard.words[0];
        }
        if (w < 0 || (out->n_hits[i] > 0 && out->n_hits[i + 1] > 0))
            continue;
        out->hits[i][0] = (struct order_lex_hit){{(uint16_t)w, 0}, 1, 0, 1.0f};
        out->n_hits[i] = 1;
        out->joined[i] = true;
        out->n_hits[i + 1] = 0;
        i++;
    }
}

/* The items any reading of token t names (a two-word reading: those holding both). */
static void read_token_items(const struct order_reader *rd, const struct order_reading *rg,
                             size_t t, struct order_item_set *items)
{
    memset(items, 0, sizeof(*items));
    for (size_t h = 0; h < rg->n_hits[t]; h++) {
        const struct order_lex_hit *hit = &rg->hits[t][h];
        struct order_item_set hs = rd->lex->words[hit->words[0]].items;
        if (hit->n_words == 2)
            order_item_set_and(&hs, &rd->lex->words[hit->words[1]].items);
        order_item_set_or(items, &hs);
    }
}

/* The items named by the run of read words next to token t on one side (dir -1: before
 * it, +1: after), at most three words, past a '&' or '+' right beside it; false when there
 * is no such run. */
static bool read_run_items(const struct order_reader *rd, const char *text,
                           const struct order_token *tokens, size_t n,
                           const struct order_reading *rg, size_t t, int dir,
                           struct order_item_set *items)
{
    enum { RUN_WORDS_MAX = 3 };
    order_item_set_fill(items, rd->lex->menu->count);
    size_t words = 0, skip = 0;
    for (size_t k = 1; k <= RUN_WORDS_MAX + skip; k++) {
        if ((dir < 0 && t < k) || (dir > 0 && t + k >= n))
            break;
        size_t x = dir < 0 ? t - k : t + k;
        /* "bean & cheez": '&' and '+' join the words of one name */
        if (k == 1 && tokens[x].kind == ORDER_TOKEN_PUNCT &&
            (tokens[x].punct == '&' || tokens[x].punct == '+')) {
            skip = 1;
            continue;
        }
        if (tokens[x].kind == ORDER_TOKEN_WORD && x > 0 && rg->joined[x - 1] && skip == 0) {
            skip = 1; /* "fell awful | rap": the second of two words read as one */
            continue;
        }
        if (tokens[x].kind != ORDER_TOKEN_WORD || rg->n_hits[x] == 0)
            break;
        /* "small sparkling wagers": a size describes the dish, whatever alias holds it */
        if (words > 0 && order_patterns_longest(&rd->u->sizes, text, tokens, x, x + 1, NULL) == 1)
            break;
        struct order_item_set any;
        read_token_items(rd, rg, x, &any);
        order_item_set_and(items, &any);
        words++;
    }
    return words > 0 && order_item_set_count(items) > 0;
}

/* Is w[0..len) a word of the frame (an opener, filler, cue, number word) spelt right? */
static bool read_frame_word(const struct order_frame_words *fw, const char *w, size_t len)
{
    for (size_t i = 0; fw && i < fw->count; i++)
        if (fw->lens[i] == len && memcmp(fw->words[i], w, len) == 0)
            return true;
    return false;
}

/* The readings of w among items (more than a few: "side" names every side) when they all
 * point at one of them ("side szald": the Side Salad), else none: a word beside a broad
 * neighbour is read only where it leaves no choice. */
static uint8_t read_one_among(const struct order_reader *rd, const char *w, size_t len,
                              const struct order_item_set *items,
                              struct order_lex_hit hits[ORDER_LEX_HITS_MAX])
{
    size_t n = order_lexicon_lookup_among(rd->lex, w, len, items, hits, ORDER_LEX_HITS_MAX);
    struct order_item_set named;
    memset(&named, 0, sizeof(named));
    for (size_t h = 0; h < n; h++)
        order_item_set_or(&named, &rd->lex->words[hits[h].words[0]].items);
    order_item_set_and(&named, items);
    return order_item_set_count(&named) == 1 ? (uint8_t)n : 0;
}

/* Pass 1, after the frame is repaired: a word the lexicon could not read, beside words
 * that name at most a few items, is read as a misspelling of a word of those items when
 * it is near enough ("sparkling wagers", "black ban chipotle burger", "cold bew", "iced
 * green tes"): the neighbours pin the dish, so the word may be English, shorter or further
 * off than a word read alone. */
static size_t read_words_in_context(const struct order_reader *rd, const char *text,
                                    const struct order_token *tokens, size_t n,
                                    struct order_reading *out)
{
    enum { CONTEXT_ITEMS_MAX = 3, CONTEXT_SECTION_MAX = 12 };
    size_t read = 0;
    for (size_t t = 0; t < n; t++) {
        const struct order_token *k = &tokens[t];
        const char *w = text + k->off;
        if (k->kind != ORDER_TOKEN_WORD || out->n_hits[t] > 0 || k->len < 3 ||
            k->len >= ORDER_LEX_WORD_BYTES_MAX || (t > 0 && out->joined[t - 1]) ||
            order_tok_connector(text, k) || order_token_is(text, k, "one") ||
            order_token_is(text, k, "ones") || read_frame_word(rd->frame, w, k->len) ||
            (w[0] >= '0' && w[0] <= '9'))
            continue;
        struct order_item_set items;
        for (int dir = -1; dir <= 1 && out->n_hits[t] == 0; dir += 2) {
            if (!read_run_items(rd, text, tokens, n, out, t, dir, &items))
                continue;
            size_t count = order_item_set_count(&items);
            if (count > CONTEXT_ITEMS_MAX && count <= CONTEXT_SECTION_MAX)
                out->n_hits[t] = read_one_among(rd, w, k->len, &items, out->hits[t]);
            else if (count <= CONTEXT_ITEMS_MAX)
                out->n_hits[t] = (uint8_t)order_lexicon_lookup_among(
                    rd->lex, w, k->len, &items, out->hits[t], ORDER_LEX_HITS_MAX);
        }
        read += out->n_hits[t] > 0;
    }
    return read;
}

/* Pass 1, last: a number word that is also a word of a name ("tres" of Tres Leches Cake)
 * counts the dish after it when no item holds both ("tres tacos al pastor"): its menu
 * readings go, and it is read as the count. Followed by a word of its own name ("tres
 * leches") or by nothing the menu knows, it keeps them. */
static void read_count_words(const struct order_reader *rd, const char *text,
                             const struct order_token *tokens, size_t n, struct order_reading *out)
{
    for (size_t t = 0; t + 1 < n; t++) {
        int32_t v;
        if (out->n_hits[t] == 0 || out->joined[t] || tokens[t + 1].kind != ORDER_TOKEN_WORD ||
            out->n_hits[t + 1] == 0 || order_read_number(rd->u, text, tokens, t, t + 1, &v) != 1)
            continue;
        struct order_item_set mine, next;
        read_token_items(rd, out, t, &mine);
        read_token_items(rd, out, t + 1, &next);
        order_item_set_and(&mine, &next);
        if (order_item_set_count(&mine) == 0)
            out->n_hits[t] = 0;
    }
}

/* Is token t a count in digits ("2", "2x"; with x_form "x2", or "x" before one)? */
static bool read_digit_count_at(const char *text, const struct order_token *tokens, size_t n,
                                size_t t, bool x_form)
{
    if (t >= n || tokens[t].kind != ORDER_TOKEN_WORD)
        return false;
    const char *w = text + tokens[t].off;
    size_t len = tokens[t].len, d = 0;
    if (x_form && len == 1 && w[0] == 'x')
        return read_digit_count_at(text, tokens, n, t + 1, false);
    if (x_form && w[0] == 'x')
        d = 1;
    else if (!x_form && len >= 2 && w[len - 1] == 'x')
        len--; /* "2x nugs" */
    if (len <= d || len > d + 2)
        return false;
    for (size_t k = d; k < len; k++)
        if (w[k] < '0' || w[k] > '9')
            return false;
    return true;
}

/* Are token t's readings only misspellings ("nugs" read as "nuts")? */
static bool read_only_typos(const struct order_reading *out, size_t t)
{
    for (size_t h = 0; h < out->n_hits[t]; h++)
        if (out->hits[t][h].edits == 0)
            return false;
    return true;
}

/* Pass 1, last: a plural nothing read, or read only as a misspelling, right after a count in
 * digits or right before an "x" count is a dish clipped ("4 nugs", "nugs x2": nuggets; "3
 * birrias": quesabirria). */
static void read_clipped_after_count(const struct order_reader *rd, const char *text,
                                     const struct order_token *tokens, size_t n,
                                     struct order_reading *out)
{
    for (size_t t = 0; t < n; t++) {
        if (tokens[t].kind != ORDER_TOKEN_WORD || !read_only_typos(out, t) ||
            !((t > 0 && read_digit_count_at(text, tokens, n, t - 1, false)) ||
              read_digit_count_at(text, tokens, n, t + 1, true)))
            continue;
        struct order_lex_hit hits[ORDER_LEX_HITS_MAX];
        size_t k = order_lexicon_plural_clipping(rd->lex, text + tokens[t].off, tokens[t].len, hits,
                                                 ORDER_LEX_HITS_MAX);
        if (k == 0)
            continue;
        memcpy(out->hits[t], hits, k * sizeof(hits[0]));
        out->n_hits[t] = (uint8_t)k;
    }
}

/* After the clauses: a word read only as a misspelling, first in its piece (message start, after
 * punctuation or "and") and right before a verb a person does in the third person ("jake
 * says", "tom wants"), is a name, the subject of the verb, no dish. */
static void read_names_before_verbs(const char *text, const struct order_token *tokens, size_t n,
                                    struct order_reading *out)
{
    static const char *const verbs[] = {"says", "said", "wants", "asked", "asks", "likes"};
    for (size_t t = 0; t + 1 < n; t++)
        if (tokens[t].kind == ORDER_TOKEN_WORD && out->n_hits[t] > 0 && read_only_typos(out, t) &&
            order_tok_in(text, tokens, t + 1, n, verbs, sizeof(verbs) / sizeof(*verbs)) &&
            (t == 0 || tokens[t - 1].kind == ORDER_TOKEN_PUNCT ||
             order_tok_is(text, tokens, t - 1, n, "and"))) {
            out->n_hits[t] = 0;
            for (size_t k = t; k < t + 2; k++) /* who says it, and the saying: no leftover */
                if (out->roles[k] == ORDER_ROLE_NONE)
                    out->roles[k] = ORDER_ROLE_FILLER;
        }
}

/* "please ring the bell when you arrive": a menu word right after "please" at the start of
 * its piece, before a determiner and a word nothing reads, is a verb asked of a person (the
 * bell is rung), no dish: its readings go. "please wrap the burger" keeps "wrap", the word
 * after the determiner being the menu's. */
static void read_verbs_after_please(const char *text, const struct order_token *tokens, size_t n,
                                    struct order_reading *out)
{
    static const char *const please[] = {"please", "pls", "plz"};
    static const char *const determiners[] = {"the", "my", "your", "our", "his", "her"};
    for (size_t t = 1; t + 2 < n; t++)
        if (tokens[t].kind == ORDER_TOKEN_WORD && out->n_hits[t] > 0 &&
            order_tok_in(text, tokens, t - 1, n, please, sizeof(please) / sizeof(*please)) &&
            (t == 1 || tokens[t - 2].kind == ORDER_TOKEN_PUNCT) &&
            order_tok_in(text, tokens, t + 1, n, determiners,
                         sizeof(determiners) / sizeof(*determiners)) &&
            tokens[t + 2].kind == ORDER_TOKEN_WORD && out->n_hits[t + 2] == 0)
            out->n_hits[t] = 0;
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

static bool read_free_food(const struct order_reader *rd, const char *text,
                           const struct order_token *tokens, const struct order_reading *rg,
                           size_t t, size_t b, size_t e)
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
        o += (size_t)snprintf(phrase + o, sizeof(phrase) - o, "%s%.*s", o ? " " : "", (int)w->len,
                              text + w->off);
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
static bool read_foreign_dish_word(const struct order_reader *rd, const char *text,
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
static bool read_span_english(const struct order_reader *rd, const char *text,
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
static size_t read_food_after(const struct order_reader *rd, const char *text,
                              const struct order_token *tokens, const struct order_reading *rg,
                              size_t t, size_t e, bool foreign_ok)
{
    enum { FOOD_AFTER_WORDS_MAX = 3 };
    size_t last = 0;
    for (size_t k = 0; k < FOOD_AFTER_WORDS_MAX && t < e; k++, t++) {
        if (tokens[t].kind != ORDER_TOKEN_WORD || rg->roles[t] != ORDER_ROLE_NONE ||
            rg->mod_zone[t] || rg->n_hits[t] > 0)
            break;
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
        int n = snprintf(out + o, cap - o, "%s%.*s", o ? " " : "", joins ? 3 : (int)k->len,
                         joins ? "and" : text + k->off);
        if (n <= 0 || (size_t)n >= cap - o)
            return 0;
        o += (size_t)n;
    }
    return o;
}

static bool read_entry_before(const struct order_reader *rd, const char *text,
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
        int n = snprintf(phrase, sizeof(phrase), "%s %s", before, th->phrase);
        if (n > 0 && (size_t)n < sizeof(phrase) && order_food_entry(rd->food, phrase, (size_t)n)) {
            *start = a;
            return true;
        }
        n = snprintf(phrase, sizeof(phrase), "%s %s", before, spelled);
        if (spelled_len > 0 && strcmp(spelled, th->phrase) != 0 && n > 0 &&
            (size_t)n < sizeof(phrase) && order_food_entry(rd->food, phrase, (size_t)n)) {
            *start = a;
            return true;
        }
    }
    return false;
}

/* Turns span th into the food leftover [start, th->end): a dish of the food lexicon that
 * holds a menu name ("fish and chips", "hot chocolate"). */
static void read_span_to_dish(const char *text, const struct order_token *tokens,
                              struct order_reading *rg, struct order_thing *th, size_t start)
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
    char both[ORDER_PHRASE_BYTES_MAX];
    int n = snprintf(both, sizeof(both), "%.*s %.*s", (int)len, phrase, (int)t->len, text + t->off);
    return n > 0 && (size_t)n < sizeof(both) && order_food_entry(rd->food, both, (size_t)n);
}

/* Drops the spans from things[s] on that start before token end. */
static void read_drop_spans(struct order_reading *rg, struct order_clause *cl, size_t s, size_t end)
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
static size_t read_partial_dish(const struct order_reader *rd, const char *text,
                                const struct order_token *tokens, const struct order_reading *rg,
                                size_t s, size_t e)
{
    enum { DISH_WORDS_MAX = 3 };
    const struct order_thing *th = &rg->things[s];
    if (order_read_span_whole(rd, rg, th) || th->end - th->begin >= DISH_WORDS_MAX)
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
        if (n == DESCRIBING_WORDS_MAX || tokens[t].len < 3)
            return 0;
        words[n] = text + tokens[t].off;
        lens[n++] = tokens[t].len;
    }
    memset(found, 0, sizeof(*found));
    for (int32_t i = order_item_set_next(cands, 0); n > 0 && i >= 0;
         i = order_item_set_next(cands, (size_t)i + 1))
        if (order_lexicon_item_mentions(rd->lex, i, words, lens, n) == n)
            found->bits[i / 64] |= 1ULL << (i % 64);
    return order_item_set_count(found);
}

/* Is the word right before span th one nothing read (no menu word, no frame word, no
 * modifier), of three letters or more? */
static bool read_unread_before(const struct order_reader *rd, const char *text,
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

/* Is kind a bare kind of dish (one word, several items: "tacos") with a word before it in
 * its clause, at *t, that no word of a name precedes? "kale seizure salad": after a name's
 * word that word is a slip, not a word of its own. */
static bool read_word_before_bare_kind(const struct order_reader *rd,
                                       const struct order_reading *rg,
                                       const struct order_thing *kind, size_t clause_begin,
                                       size_t *t)
{
    if (kind->item >= 0 || kind->begin <= clause_begin || kind->end != kind->begin + 1U ||
        !order_read_token_head(rd, rg, kind->begin))
        return false;
    *t = kind->begin - 1U;
    return *t == clause_begin || rg->n_hits[*t - 1U] == 0;
}

/* "breakfast tacos", "holiday burritos": a noun (no adjective, no food, no word of the
 * menu's names or descriptions) right before a kind of dish several items are makes a kind
 * of its own with it: a dish the menu lacks, not one of the menu's to ask about. */
static bool read_noun_kind(const struct order_reader *rd, const char *text,
                           const struct order_token *tokens, const struct order_reading *rg,
                           const struct order_thing *kind, size_t clause_begin)
{
    size_t t;
    if (!read_word_before_bare_kind(rd, rg, kind, clause_begin, &t))
        return false;
    const struct order_token *k = &tokens[t];
    const char *w = text + k->off;
    static const char *const determiners[] = {"whichever", "whatever", "which", "what",
                                              "every",     "another",  "any",   "some"};
    if (k->kind != ORDER_TOKEN_WORD)
        return false;
    if (order_tok_in(text, tokens, t, kind->begin, determiners,
                     sizeof(determiners) / sizeof(*determiners)))
        return false; /* "whichever burrito is the hottest": which of the kind, asked */
    for (size_t i = 0; i < rd->lex->menu->count; i++) /* "street tacos" of "street corn" */
        if (order_lexicon_item_mentions(rd->lex, (int32_t)i, &w, (size_t[]){k->len}, 1) > 0)
            return false;
    struct order_item_set found;
    return k->len >= 4 && rg->roles[t] == ORDER_ROLE_NONE && rg->n_hits[t] == 0 &&
           !rg->mod_zone[t] && !order_tok_connector(text, k) &&
           order_dictionary_has(rd->dict, w, k->len) &&
           !order_dictionary_has(rd->lex->adjectives, w, k->len) &&
           !order_food_word(rd->food, w, k->len) && !read_frame_word(rd->frame, w, k->len) &&
           !order_language_english_word(w, k->len) && /* "and also smoothie" */
           order_patterns_longest(&rd->u->not_dish_words, text, tokens, t, t + 1U, NULL) == 0 &&
           order_read_described_candidates(rd, text, tokens, t, t + 1U, &kind->candidates,
                                           &found) == 0;
}

/* "lengua tacos", "cabeza burritos": a word of no dictionary and no slip of the menu's
 * (read_foreign_dish_word) right before a kind of dish several items are names a dish of
 * the cuisine the menu lacks, not one of the kind's to ask about. */
static bool read_foreign_kind(const struct order_reader *rd, const char *text,
                              const struct order_token *tokens, const struct order_reading *rg,
                              const struct order_thing *kind, size_t clause_begin)
{
    size_t t;
    return read_word_before_bare_kind(rd, rg, kind, clause_begin, &t) &&
           read_foreign_dish_word(rd, text, tokens, rg, t) &&
           order_patterns_longest(&rd->u->style_words, text, tokens, t, t + 1U, NULL) == 0 &&
           !read_frame_word(rd->frame, text + tokens[t].off, tokens[t].len) &&
           order_patterns_longest(&rd->u->not_dish_words, text, tokens, t, t + 1U, NULL) == 0;
}

/* Narrows thing th to the n items of found (its one item when n is 1) and grows its span
 * back to word b, whose words now name it. */
static void read_narrow_to(const char *text, const struct order_token *tokens,
                           struct order_reading *rg, struct order_thing *th,
                           const struct order_item_set *found, size_t n, size_t b)
{
    th->candidates = *found;
    th->item = n == 1 ? order_item_set_next(found, 0) : -1;
    th->begin = (uint16_t)b;
    th->phrase_len =
        (uint16_t)order_words_join(text, tokens, b, th->end, th->phrase, sizeof(th->phrase));
    memset(rg->roles + b, ORDER_ROLE_ITEM, th->end - b);
}

/* "chicken bowl", "steak burrito": words before a kind of dish (a span several items fit,
 * or one) that the name or description of exactly one of them holds name that one; held by several
 * ("pork taco"), they narrow the kind to those, to be asked back. The words join its span.
 * Returns whether they did. */
static bool read_describe_kind(const struct order_reader *rd, const char *text,
                               const struct order_token *tokens, struct order_reading *rg,
                               struct order_thing *kind, size_t b)
{
    /* a kind one item is ("quesadilla") takes the words its description holds too: "the
     * cheese quesadilla" is that one, not a dish the menu lacks */
    size_t head = kind->end - 1U; /* "quesadilla thing", "bowl one": the noun before */
    if (head > kind->begin && (order_tok_is(text, tokens, head, kind->end, "thing") ||
                               order_tok_is(text, tokens, head, kind->end, "one")))
        head--;
    if (!order_read_token_head(rd, rg, head) ||
        order_tok_is(text, tokens, kind->end, rg->clauses[kind->clause].end, "instead"))
        return false; /* "lettuce wrap instead": a swap, not a dish */
    struct order_item_set found;
    size_t n = order_read_described_candidates(rd, text, tokens, b, kind->begin, &kind->candidates,
                                               &found);
    if (n == 0)
        return false;
    read_narrow_to(text, tokens, rg, kind, &found, n, b);
    return true;
}

/* "green tea latte": a whole name, then one word the food lexicon holds as a dish of its
 * own ending the phrase (a separator or the clause's end after it), is another dish the
 * name describes, one the menu lacks. Not a modifier ("large", "extra"). Returns the end of
 * that word, or 0. */
static size_t read_head_after_name(const struct order_reader *rd, const char *text,
                                   const struct order_token *tokens, const struct order_reading *rg,
                                   size_t t, size_t e)
{
    if (t >= e || tokens[t].kind != ORDER_TOKEN_WORD || rg->roles[t] != ORDER_ROLE_NONE ||
        rg->mod_zone[t] || rg->n_hits[t] > 0 ||
        order_patterns_longest(&rd->u->modifier_starts, text, tokens, t, e, NULL) > 0 ||
        !order_food_entry(rd->food, text + tokens[t].off, tokens[t].len))
        return 0;
    bool ends = t + 1U >= e || tokens[t + 1U].kind != ORDER_TOKEN_WORD ||
                order_tok_is(text, tokens, t + 1U, e, "and");
    return ends ? t + 1U : 0;
}

/* Do the name or description of item hold every word of [b, e)? Food words right after two
 * words or more of its name that it holds ("black bean patty": the Black Bean Chipotle
 * Burger's "black bean and corn patty") describe that item, not a dish off the menu; after one
 * word they may still name another dish ("vanilla ice cream" is no vanilla shake). */
static bool read_item_describes(const struct order_reader *rd, const char *text,
                                const struct order_token *tokens, int32_t item, size_t b, size_t e)
{
    enum { DESCRIBING_WORDS_MAX = 3 };
    const char *words[DESCRIBING_WORDS_MAX];
    size_t lens[DESCRIBING_WORDS_MAX], n = 0;
    for (size_t i = b; i < e; i++) {
        if (n == DESCRIBING_WORDS_MAX || tokens[i].kind != ORDER_TOKEN_WORD)
            return false;
        words[n] = text + tokens[i].off;
        lens[n++] = tokens[i].len;
    }
    return n > 0 && order_lexicon_item_mentions(rd->lex, item, words, lens, n) == n;
}

/* Does span th and the span right after it (next, or NULL) make one dish the menu lacks?
 * "halloumi wrap", "mango shake": part of one name, then a kind of dish none of its items is;
 * "jackfruit fries": part of one name, then another whole name ending in a head, which the
 * first word describes. */
static bool read_merges_next(const struct order_reader *rd, const struct order_reading *rg,
                             const struct order_thing *th, const struct order_thing *next,
                             bool head_last)
{
    if (!next || next->begin != th->end)
        return false;
    struct order_item_set both = th->candidates;
    order_item_set_and(&both, &next->candidates);
    bool disjoint = order_item_set_count(&both) == 0;
    bool th_whole = order_read_span_whole(rd, rg, th);
    return (!head_last && (next->item < 0 || disjoint)) ||
           (next->item < 0 && disjoint && !th_whole) ||
           (disjoint && !th_whole && th->end - th->begin == 1 &&
            order_read_span_whole(rd, rg, next) && order_read_token_head(rd, rg, next->end - 1U));
}

/* "burrito bowl", "taco salad": a kind of dish, alone, right before another kind that
 * several items are, names a style of the second; the kind asked for is the second. */
static bool read_kind_of_kind(const struct order_reader *rd, const char *text,
                              const struct order_token *tokens, const struct order_reading *rg,
                              const struct order_thing *th, const struct order_thing *next)
{
    if (th->end != th->begin + 1U || next->end != next->begin + 1U || th->item >= 0 ||
        next->item >= 0 || order_item_set_count(&th->candidates) < 2 ||
        order_item_set_count(&next->candidates) < 2 || !order_read_token_head(rd, rg, th->begin) ||
        !order_read_token_head(rd, rg, next->begin))
        return false;
    /* a kind every one of whose items ends its name with the word ("burrito"), not a food
     * that some name holds elsewhere ("chicken wrap": chicken of the nuggets) */
    const struct order_token *k = &tokens[th->begin];
    for (int32_t i = order_item_set_next(&th->candidates, 0); i >= 0;
         i = order_item_set_next(&th->candidates, (size_t)i + 1U)) {
        const char *name = rd->lex->menu->items[i].name;
        size_t len = strlen(name);
        if (len < k->len || strncasecmp(name + len - k->len, text + k->off, k->len) != 0 ||
            (len > k->len && name[len - k->len - 1U] != ' '))
            return false;
    }
    return true;
}

/* Joins span s to the kind after it when it names a style of that kind (read_kind_of_kind).
 * Returns whether it did. */
static bool read_join_kind_of_kind(const struct order_reader *rd, const char *text,
                                   const struct order_token *tokens, struct order_reading *rg,
                                   struct order_clause *cl, size_t s)
{
    struct order_thing *th = &rg->things[s], *next = &rg->things[s + 1U];
    if (!read_kind_of_kind(rd, text, tokens, rg, th, next))
        return false;
    next->begin = th->begin;
    next->phrase_len = (uint16_t)order_words_join(text, tokens, next->begin, next->end,
                                                  next->phrase, sizeof(next->phrase));
    memset(rg->roles + th->begin, ORDER_ROLE_ITEM, next->end - th->begin);
    memmove(th, th + 1, (rg->n_things - s - 1U) * sizeof(*th));
    rg->n_things--;
    cl->n_spans--;
    return true;
}

/* Is the word before span th a free food word ("pineapple pork taco", "steak burrito")? */
static bool read_food_just_before(const struct order_reader *rd, const char *text,
                                  const struct order_token *tokens, const struct order_reading *rg,
                                  const struct order_thing *th, const struct order_clause *cl)
{
    return th->begin > cl->begin &&
           read_free_food(rd, text, tokens, rg, th->begin - 1U, cl->begin, cl->end) &&
           rg->n_hits[th->begin - 1U] == 0 && !rg->mod_zone[th->begin - 1U];
}

/* "2 ham and cheese", "egg and cheese": a food the menu lacks, "and", then a span that is
 * only the part after "and" of a name ("cheese" of Bean and Cheese Burrito): the customer
 * names another pair, a dish the menu lacks, not that item. */
static bool read_food_and_part(const struct order_reader *rd, const char *text,
                               const struct order_token *tokens, const struct order_reading *rg,
                               const struct order_thing *th, const struct order_clause *cl)
{
    if (th->item < 0 || th->begin < cl->begin + 2U || order_read_span_whole(rd, rg, th) ||
        !order_tok_is(text, tokens, th->begin - 1U, cl->end, "and"))
        return false;
    size_t f = th->begin - 2U;
    if (tokens[f].kind != ORDER_TOKEN_WORD || rg->roles[f] != ORDER_ROLE_NONE ||
        rg->n_hits[f] > 0 || rg->mod_zone[f] ||
        !order_food_word(rd->food, text + tokens[f].off, tokens[f].len))
        return false;
    const char *name = rd->lex->menu->items[th->item].name;
    const struct order_token *w = &tokens[th->begin];
    for (const char *p = strstr(name, " and "); p; p = strstr(p + 1, " and "))
        if (strncasecmp(p + 5, text + w->off, w->len) == 0)
            return true;
    return false;
}

/* Does the word of name hold the word w[0..len) (any case)? */
static bool read_name_has_word(const char *name, const char *w, size_t len)
{
    for (const char *p = name; *p;) {
        while (*p == ' ' || *p == '-')
            p++;
        const char *q = p;
        while (*q && *q != ' ' && *q != '-')
            q++;
        if ((size_t)(q - p) == len && strncasecmp(p, w, len) == 0)
            return true;
        p = q;
    }
    return false;
}

static const char *const read_warm_words[] = {"hot", "warm", "steaming"};
static const char *const read_cold_words[] = {"iced", "cold", "frozen", "chilled"};

/* Is the word at a one of warmth ("hot", "warm") that the name of span th's one item
 * contradicts ("iced", "cold"), the span itself not saying cold? */
static bool read_warmth_contradicts(const struct order_reader *rd, const char *text,
                                    const struct order_token *tokens, const struct order_thing *th,
                                    size_t a)
{
    static const size_t n_warm = sizeof(read_warm_words) / sizeof(*read_warm_words),
                        n_cold = sizeof(read_cold_words) / sizeof(*read_cold_words);
    if (!th->is_span || th->item < 0 || tokens[a].kind != ORDER_TOKEN_WORD ||
        !order_tok_in(text, tokens, a, a + 1U, read_warm_words, n_warm))
        return false;
    const char *name = rd->lex->menu->items[th->item].name;
    for (size_t k = 0; k < n_cold; k++)
        if (read_name_has_word(name, read_cold_words[k], strlen(read_cold_words[k])))
            return !order_tok_in(text, tokens, th->begin, th->end, read_cold_words, n_cold);
    return false;
}

/* "a pot of hot tea" with only an Iced Green Tea, "a hot coffee" with only a Cold Brew: a
 * word of temperature right before span th that the name of its one item contradicts
 * ("iced", "cold" against "hot", "warm") makes a dish the menu lacks. */
static bool read_opposite_temperature(const struct order_reader *rd, const char *text,
                                      const struct order_token *tokens,
                                      const struct order_reading *rg, const struct order_thing *th)
{
    size_t a = th->begin - 1U;
    return read_warmth_contradicts(rd, text, tokens, th, a) && rg->roles[a] != ORDER_ROLE_ITEM;
}

/* "one coffee, hot, with milk" with only a Cold Brew: so does such a word alone right after
 * the span, set off by a comma. Returns its token, or 0. */
static size_t read_opposite_temperature_after(const struct order_reader *rd, const char *text,
                                              const struct order_token *tokens,
                                              const struct order_thing *th, size_t e)
{
    size_t a = th->end + 1U;
    if (a >= e || tokens[th->end].kind != ORDER_TOKEN_PUNCT || tokens[th->end].punct != ',' ||
        (a + 1U < e && tokens[a + 1U].kind != ORDER_TOKEN_PUNCT))
        return 0;
    return read_warmth_contradicts(rd, text, tokens, th, a) ? a : 0;
}

/* Span th becomes the dish the menu lacks, named with the word of warmth at a said after it
 * ("hot coffee"). */
static void read_warm_dish_after(const char *text, const struct order_token *tokens,
                                 struct order_reading *rg, struct order_thing *th, size_t a)
{
    read_span_to_dish(text, tokens, rg, th, th->begin);
    char named[sizeof(th->phrase)];
    int n = snprintf(named, sizeof(named), "%.*s %.*s", (int)tokens[a].len, text + tokens[a].off,
                     (int)th->phrase_len, th->phrase);
    if (n <= 0 || (size_t)n >= sizeof(named))
        return;
    memcpy(th->phrase, named, (size_t)n + 1U);
    th->phrase_len = (uint16_t)n;
    rg->roles[a] = ORDER_ROLE_LEFTOVER;
}

/* "2 chipotle black bean burgers": a name's words said in another order read as two spans
 * side by side, each the same one item ("chipotle", "black bean burgers"). With nothing
 * between them and no word said twice ("lemonade lemonade" is two), they are one dish. */
static void read_join_split_name(const char *text, const struct order_token *tokens, size_t c,
                                 size_t first, struct order_reading *rg)
{
    size_t s = first;
    while (s + 1 < rg->n_things) {
        struct order_thing *th = &rg->things[s], *next = th + 1;
        s++;
        if (!th->is_span || !next->is_span || next->begin != th->end || th->item < 0 ||
            th->item != next->item)
            continue;
        bool repeated = false;
        for (size_t a = th->begin; a < th->end; a++)
            for (size_t b = next->begin; b < next->end; b++)
                repeated = repeated ||
                           (tokens[a].len == tokens[b].len &&
                            memcmp(text + tokens[a].off, text + tokens[b].off, tokens[a].len) == 0);
        if (repeated)
            continue;
        th->end = next->end;
        memmove(next, next + 1, (rg->n_things - s - 1) * sizeof(*th));
        rg->n_things--;
        rg->clauses[c].n_spans--;
        s--; /* th may join the span after it too */
    }
}

/* Do the name or description of span th's item, or of one of the items it still fits, hold
 * every word of [b, e)? */
static bool read_some_candidate_describes(const struct order_reader *rd, const char *text,
                                          const struct order_token *tokens,
                                          const struct order_thing *th, size_t b, size_t e)
{
    if (th->item >= 0)
        return read_item_describes(rd, text, tokens, th->item, b, e);
    for (int32_t i = order_item_set_next(&th->candidates, 0); i >= 0;
         i = order_item_set_next(&th->candidates, (size_t)i + 1U))
        if (read_item_describes(rd, text, tokens, i, b, e))
            return true;
    return false;
}

/* "cheesy beef taco", "smoky chicken bowl": an adjective made of a noun with "-y" before a kind
 * the food before narrowed to several items narrows it further, by the noun ("cheese",
 * "smoke") that the description of some of them holds. Returns whether it did. */
static bool read_narrow_by_adjective(const struct order_reader *rd, const char *text,
                                     const struct order_token *tokens, struct order_reading *rg,
                                     struct order_thing *th, const struct order_clause *cl)
{
    if (th->item >= 0 || th->begin <= cl->begin || tokens[th->begin - 1U].kind != ORDER_TOKEN_WORD)
        return false;
    size_t t = th->begin - 1U;
    struct order_item_set found = {0};
    for (int32_t i = order_item_set_next(&th->candidates, 0); i >= 0;
         i = order_item_set_next(&th->candidates, (size_t)i + 1U))
        if (order_lexicon_item_mentions_y_noun(rd->lex, i, text + tokens[t].off, tokens[t].len))
            found.bits[i / 64] |= 1ULL << (i % 64);
    size_t n = order_item_set_count(&found);
    if (n == 0 || n == order_item_set_count(&th->candidates))
        return false;
    read_narrow_to(text, tokens, rg, th, &found, n, t);
    return true;
}

/* "steak & fries burrito", "the chicken and rice bowl": a food, "and", then the food that
 * named span th's one item: the pair names that item when it holds the first food too,
 * through the menu's glossary ("steak": the California Burrito's carne asada). Joins the
 * pair to the span; returns whether it did. */
static bool read_food_pair_before(const struct order_reader *rd, const char *text,
                                  const struct order_token *tokens, struct order_reading *rg,
                                  struct order_thing *th, const struct order_clause *cl)
{
    static const char *const ands[] = {"and", "n", "&"};
    if (th->item < 0 || th->begin < cl->begin + 2U)
        return false;
    size_t j = th->begin - 1U, f = th->begin - 2U;
    bool joined = order_tok_in(text, tokens, j, cl->end, ands, sizeof(ands) / sizeof(*ands)) ||
                  (tokens[j].kind == ORDER_TOKEN_PUNCT && tokens[j].punct == '&');
    if (!joined || rg->roles[j] != ORDER_ROLE_NONE ||
        !read_free_food(rd, text, tokens, rg, f, cl->begin, cl->end) || rg->n_hits[f] > 0 ||
        !order_read_item_holds(rd, (size_t)th->item, text + tokens[f].off, tokens[f].len))
        return false;
    th->begin = (uint16_t)f;
    th->phrase_len =
        (uint16_t)order_words_join(text, tokens, f, th->end, th->phrase, sizeof(th->phrase));
    memset(rg->roles + f, ORDER_ROLE_ITEM, th->end - f);
    return true;
}

/* After "pineapple pork taco" read the food before the span as describing it: the food words
 * before those too, while they narrow the kind ("pineapple" of the one pork taco). When the
 * describing word ends a food of two words the dish's description does not hold ("ground
 * beef tacos"), the dish is another one, one the menu lacks, not the taco whose beef is
 * birria: the span becomes the words of a dish, with the adjectives before it ("crispy ground
 * beef tacos"), not its count. */
static void read_described_by_food_before(const struct order_reader *rd, const char *text,
                                          const struct order_token *tokens,
                                          struct order_reading *rg, struct order_thing *th,
                                          const struct order_clause *cl)
{
    while (read_food_just_before(rd, text, tokens, rg, th, cl) &&
           read_describe_kind(rd, text, tokens, rg, th, th->begin - 1U))
        ;
    if (read_narrow_by_adjective(rd, text, tokens, rg, th, cl) ||
        read_food_pair_before(rd, text, tokens, rg, th, cl))
        return;
    size_t a = th->begin - 1U;
    char food[ORDER_PHRASE_BYTES_MAX];
    int fl = th->begin > cl->begin ? snprintf(food, sizeof(food), "%.*s %.*s", (int)tokens[a].len,
                                              text + tokens[a].off, (int)tokens[th->begin].len,
                                              text + tokens[th->begin].off)
                                   : -1;
    if (fl <= 0 || (size_t)fl >= sizeof(food) || tokens[a].kind != ORDER_TOKEN_WORD ||
        rg->roles[a] != ORDER_ROLE_NONE || !order_food_entry(rd->food, food, (size_t)fl) ||
        read_some_candidate_describes(rd, text, tokens, th, a, th->begin + 1U))
        return;
    int32_t v;
    while (a > cl->begin && tokens[a - 1U].kind == ORDER_TOKEN_WORD &&
           rg->roles[a - 1U] == ORDER_ROLE_NONE && rg->n_hits[a - 1U] == 0 &&
           order_read_number(rd->u, text, tokens, a - 1U, a, &v) == 0 &&
           order_dictionary_has(rd->lex->adjectives, text + tokens[a - 1U].off, tokens[a - 1U].len))
        a--;
    read_span_to_dish(text, tokens, rg, th, a);
}

/* Where the words after span th that go on with a dish end, or 0: food words after a span
 * that ends no name or names no item, or a kind's head after a whole name. "chicken" ends the
 * alias "crispy chicken", yet a span of it alone fits several items: what follows it can
 * still be the rest of another dish ("chicken tikka"). */
static size_t read_dish_words_after(const struct order_reader *rd, const char *text,
                                    const struct order_token *tokens,
                                    const struct order_reading *rg, const struct order_thing *th,
                                    const struct order_clause *cl, bool head_last)
{
    bool proform = rg->n_hits[th->end - 1U] == 0; /* "the veggie one": a whole phrase */
    size_t after_end = (!head_last || th->item < 0) && !proform
                           ? read_food_after(rd, text, tokens, rg, th->end, cl->end,
                                             read_span_english(rd, text, tokens, th))
                           : 0;
    if (after_end == 0 && head_last && th->item >= 0)
        after_end = read_head_after_name(rd, text, tokens, rg, th->end, cl->end);
    return after_end;
}

/* Spans s (and the one after it when drop is 2) of clause cl are the words of one dish the
 * menu lacks, no menu item: their tokens go back to being read as a dish's words. */
static void read_spans_to_dish_words(struct order_reading *rg, struct order_clause *cl, size_t s,
                                     size_t drop)
{
    struct order_thing *th = &rg->things[s];
    size_t dish = rg->things[s + drop - 1U].end - th->begin;
    memset(rg->roles + th->begin, ORDER_ROLE_NONE, dish);
    memset(rg->dish_word + th->begin, true, dish);
    memmove(th, th + drop, (rg->n_things - s - drop) * sizeof(*th));
    rg->n_things -= drop;
    cl->n_spans = (uint8_t)(cl->n_spans - drop);
}

/* "the beef burger in a bowl": a kind several items are (no one item) right after "in a"
 * or "on a", right after a dish named in the clause that is not of that kind, is how that
 * dish is served, a change of it, not a dish of its own. */
static bool read_served_in(const char *text, const struct order_token *tokens,
                           const struct order_reading *rg, const struct order_clause *cl,
                           size_t first, size_t s)
{
    const struct order_thing *th = &rg->things[s];
    if (s == first || !th->is_span || th->item >= 0 || th->begin < cl->begin + 2U ||
        !th[-1].is_span || th[-1].item < 0 || /* "the chicken thing in a bowl" describes one */
        order_item_set_has(&th->candidates, (size_t)th[-1].item)) /* "the fish one in a taco" */
        return false;
    size_t a = th->begin - 2U;
    return (order_tok_is(text, tokens, a, th->end, "in") ||
            order_tok_is(text, tokens, a, th->end, "on")) &&
           (order_tok_is(text, tokens, a + 1U, th->end, "a") ||
            order_tok_is(text, tokens, a + 1U, th->end, "an"));
}

/* Drops span s when it tells how the dish before is served (read_served_in): its words are
 * read as a change of that dish. Returns whether it did. */
static bool read_drop_served_in(const char *text, const struct order_token *tokens,
                                struct order_reading *rg, struct order_clause *cl, size_t first,
                                size_t s)
{
    if (!read_served_in(text, tokens, rg, cl, first, s))
        return false;
    struct order_thing *th = &rg->things[s];
    memset(rg->roles + th->begin, ORDER_ROLE_NONE, th->end - th->begin);
    memmove(th, th + 1, (rg->n_things - s - 1) * sizeof(*th));
    rg->n_things--;
    cl->n_spans--;
    return true;
}

/* The words around span th that make it a dish of its own or tell which item it is: a
 * temperature the menu's drink is not ("hot tea"), an entry of the food lexicon ending in it,
 * a food or an unread word before a kind ("steak burrito", "hibiscus agua fresca"), "X and"
 * a food part ("ham and cheese"), a noun or foreign word making a kind of its own ("breakfast
 * tacos"). Returns whether they did; *food_before says whether a food stood right before. */
static bool read_dish_by_words_around(const struct order_reader *rd, const char *text,
                                      const struct order_token *tokens, struct order_reading *rg,
                                      struct order_thing *th, const struct order_clause *cl,
                                      bool *food_before)
{
    size_t entry_start;
    *food_before = false;
    if (th->begin > cl->begin && read_opposite_temperature(rd, text, tokens, rg, th)) {
        read_span_to_dish(text, tokens, rg, th, th->begin - 1U); /* "hot tea" */
        return true;
    }
    size_t warm_after = read_opposite_temperature_after(rd, text, tokens, th, cl->end);
    if (warm_after > 0) {
        read_warm_dish_after(text, tokens, rg, th, warm_after);
        return true;
    }
    if (th->begin > cl->begin && read_entry_before(rd, text, tokens, rg, th, &entry_start)) {
        read_span_to_dish(text, tokens, rg, th, entry_start);
        return true;
    }
    *food_before =
        !order_read_span_whole(rd, rg, th) && read_food_just_before(rd, text, tokens, rg, th, cl);
    if (*food_before && read_describe_kind(rd, text, tokens, rg, th, th->begin - 1U)) {
        read_described_by_food_before(rd, text, tokens, rg, th, cl);
        return true; /* "steak burrito": the Carne Asada Burrito's "grilled steak" */
    }
    if (!*food_before && read_unread_before(rd, text, tokens, rg, th, cl->begin) &&
        read_describe_kind(rd, text, tokens, rg, th, th->begin - 1U)) {
        return true; /* "hibiscus agua fresca": the Jamaica Agua Fresca's "dried hibiscus" */
    }
    if (read_food_and_part(rd, text, tokens, rg, th, cl)) {
        size_t a = th->begin - 2U;
        while (a > cl->begin && rg->n_hits[a - 1U] == 0 &&
               read_free_food(rd, text, tokens, rg, a - 1U, cl->begin, cl->end))
            a--; /* "potato egg and cheese": the food words before it too */
        read_span_to_dish(text, tokens, rg, th, a);
        return true; /* "ham and cheese": not the Bean and Cheese Burrito */
    }
    if (!*food_before && (read_noun_kind(rd, text, tokens, rg, th, cl->begin) ||
                          read_foreign_kind(rd, text, tokens, rg, th, cl->begin))) {
        read_span_to_dish(text, tokens, rg, th, th->begin - 1U);
        return true; /* "breakfast tacos": a kind of its own, one the menu lacks */
    }
    return false;
}

static void read_unknown_compounds(const struct order_reader *rd, const char *text,
                                   const struct order_token *tokens, size_t c, size_t first,
                                   struct order_reading *rg)
{
    struct order_clause *cl = &rg->clauses[c];
    size_t s = first;
    while (s < rg->n_things) {
        struct order_thing *th = &rg->things[s];
        if (read_drop_served_in(text, tokens, rg, cl, first, s))
            continue;
        bool head_last = order_read_token_head(rd, rg, th->end - 1U);
        struct order_thing *next = s + 1 < rg->n_things ? &rg->things[s + 1] : NULL;
        bool merge_next = read_merges_next(rd, rg, th, next, head_last);
        if (merge_next && th->end - th->begin <= 2 &&
            read_describe_kind(rd, text, tokens, rg, next, th->begin)) {
            memmove(th, th + 1, (rg->n_things - s - 1) * sizeof(*th)); /* "chicken" joins */
            rg->n_things--;
            cl->n_spans--;
            continue;
        }
        if (merge_next && read_join_kind_of_kind(rd, text, tokens, rg, cl, s))
            continue; /* "burrito bowl": a bowl, which one asked back */
        bool food_before;
        if (read_dish_by_words_around(rd, text, tokens, rg, th, cl, &food_before)) {
            s++;
            continue;
        }
        size_t after_end = read_dish_words_after(rd, text, tokens, rg, th, cl, head_last);
        if (after_end > 0 && th->item >= 0 && th->end - th->begin >= 2 &&
            read_item_describes(rd, text, tokens, th->item, th->end, after_end)) {
            memset(rg->roles + th->end, ORDER_ROLE_ITEM, after_end - th->end);
            th->end = (uint16_t)after_end; /* "the black bean patty": the burger's own patty */
            s++;
            continue;
        }
        bool food_after = after_end > 0;
        if (food_after) /* the words after it belong to the dish, food words or not */
            memset(rg->dish_word + th->end, true, after_end - th->end);
        size_t dish_end = merge_next || food_before || food_after
                              ? 0
                              : read_partial_dish(rd, text, tokens, rg, s, cl->end);
        if (dish_end > 0) {
            read_drop_spans(rg, cl, s, dish_end);
            continue;
        }
        if (!merge_next && !food_before && !food_after) {
            s++;
            continue;
        }
        read_spans_to_dish_words(rg, cl, s, merge_next ? 2U : 1U);
    }
}

/* "mac n chz bitez": two spans of one clause that name the same item (or an item, then a kind
 * it is one of: "kale seizure salad"), with at most two words no lexicon reads (or
 * connectors) between them and no count, are one name with a word misspelt beyond reading. */
static void read_join_same_item(const char *text, const struct order_token *tokens, size_t c,
                                size_t first, struct order_reading *rg)
{
    enum { GAP_WORDS_MAX = 2 };
    struct order_clause *cl = &rg->clauses[c];
    for (size_t s = first; s + 1 < rg->n_things; s++) {
        struct order_thing *a = &rg->things[s], *b = &rg->things[s + 1];
        /* "kale seizure salad": the kind after is of the one item before, and ends its name */
        bool same =
            a->item >= 0 && (a->item == b->item ||
                             (b->item < 0 && order_item_set_has(&b->candidates, (size_t)a->item)));
        if (!a->is_span || !b->is_span || !same || b->begin - a->end > GAP_WORDS_MAX ||
            b->begin == a->end)
            continue;
        bool gap_unread = true;
        for (size_t t = a->end; t < b->begin && gap_unread; t++)
            gap_unread = tokens[t].kind == ORDER_TOKEN_WORD && rg->roles[t] == ORDER_ROLE_NONE &&
                         !rg->mod_zone[t] && rg->n_hits[t] == 0 &&
                         !(text[tokens[t].off] >= '0' && text[tokens[t].off] <= '9') &&
                         !order_tok_is(text, tokens, t, cl->end, "and") &&
                         !order_tok_is(text, tokens, t, cl->end, "one") &&
                         !order_tok_is(text, tokens, t, cl->end, "a");
        if (!gap_unread)
            continue;
        memset(rg->roles + a->end, ORDER_ROLE_ITEM, b->end - a->end);
        a->end = b->end;
        a->phrase_len = (uint16_t)order_words_join(text, tokens, a->begin, a->end, a->phrase,
                                                   sizeof(a->phrase));
        memmove(b, b + 1, (rg->n_things - s - 2) * sizeof(*b));
        rg->n_things--;
        cl->n_spans--;
        s--; /* "a b c" of one item joins on */
    }
}

/* Does a whole name or alias of a menu item start at token i ("fries", "onion rings", "a side
 * salad" after the article)? */
static bool read_name_at(const struct order_reader *rd, const char *text,
                         const struct order_token *tokens, const struct order_reading *rg, size_t i,
                         size_t e)
{
    return order_read_name_at(rd, text, tokens, rg, i, e) >= 0;
}

int32_t order_read_name_at(const struct order_reader *rd, const char *text,
                           const struct order_token *tokens, const struct order_reading *rg,
                           size_t i, size_t e)
{
    const struct order_lexicon *lx = rd->lex;
    if (order_tok_is(text, tokens, i, e, "a") || order_tok_is(text, tokens, i, e, "an") ||
        order_tok_is(text, tokens, i, e, "the") || order_tok_is(text, tokens, i, e, "some"))
        i++;
    for (size_t v = 0; v < lx->n_variants; v++) {
        size_t t = i, k = 0;
        while (k < lx->variant_len[v] && t < e) {
            bool found = false;
            for (size_t h = 0; h < rg->n_hits[t] && !found; h++)
                found = rg->hits[t][h].words[0] == lx->variant_words[v][k];
            if (!found && order_tok_connector(text, &tokens[t]) && k > 0) {
                t++;
                continue;
            }
            if (!found)
                break;
            k++;
            t++;
        }
        if (k == lx->variant_len[v])
            return (int32_t)lx->variant_item[v];
    }
    return -1;
}

/* "with" leads a modifier unless a whole menu name follows it ("burger with fries"). */
static bool read_with_modifier(const struct order_reader *rd, const char *text,
                               const struct order_token *tokens, const struct order_reading *rg,
                               size_t i, size_t e)
{
    if (!order_tok_is(text, tokens, i, e, "with") && !order_tok_is(text, tokens, i, e, "w"))
        return false;
    size_t j = i + 1;
    if (j < e && tokens[j].kind == ORDER_TOKEN_PUNCT && tokens[j].punct == '/')
        j++; /* "w/" */
    if (j + 1 < e &&
        (order_tok_is(text, tokens, j, e, "my") || order_tok_is(text, tokens, j, e, "our")))
        j++; /* "fries with my beef burger": the dish they go with */
    return j < e && tokens[j].kind == ORDER_TOKEN_WORD && !read_name_at(rd, text, tokens, rg, j, e);
}

/* After "and" / "n" / "plus" in a modifier: does the next thing start at j ("... no pickles
 * and a lemonade", "... and the chocolate one", "... and big Chocolate Milkshake", "... and
 * also a side of nuggets"), or another modifier ("no onions and extra cheese")? */
static bool read_zone_next_thing(const struct order_reader *rd, const char *text,
                                 const struct order_token *tokens, const struct order_reading *rg,
                                 size_t j, size_t e)
{
    enum { NEXT_THING_WORDS_MAX = 3 };
    int32_t qty;
    if (j >= e || tokens[j].kind != ORDER_TOKEN_WORD)
        return true;
    if (order_patterns_longest(&rd->u->modifier_zone_starts, text, tokens, j, e, NULL) > 0)
        return true;
    for (size_t k = 0; k < NEXT_THING_WORDS_MAX && j + k < e; k++) {
        size_t at = j + k;
        if (tokens[at].kind != ORDER_TOKEN_WORD)
            return false;
        if (order_read_quantity(rd->u, text, tokens, at, e, &qty) > 0 ||
            order_tok_is(text, tokens, at, e, "the") || order_tok_is(text, tokens, at, e, "some") ||
            order_tok_is(text, tokens, at, e, "another") ||
            read_name_at(rd, text, tokens, rg, at, e))
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
         * "extra rice + pastor tacos x2" starts the next thing */
        bool one_word = j + 1 < e && tokens[j + 1].kind == ORDER_TOKEN_WORD &&
                        (j + 2 >= e || tokens[j + 2].kind != ORDER_TOKEN_WORD);
        return !one_word || read_zone_next_thing(rd, text, tokens, rg, j + 1, e);
    }
    if (t->kind == ORDER_TOKEN_PUNCT && t->punct != '&')
        return true;
    bool joiner = t->kind == ORDER_TOKEN_PUNCT || order_tok_is(text, tokens, j, e, "and") ||
                  order_tok_is(text, tokens, j, e, "n") ||
                  order_tok_is(text, tokens, j, e, "plus") ||
                  order_tok_is(text, tokens, j, e, "or");
    /* "with my boyfriend and he got this burger ...": a subject after "and" starts a
     * sentence of its own */
    static const char *const subjects[] = {"he", "she", "they", "we", "i", "you"};
    if (joiner && t->kind == ORDER_TOKEN_WORD &&
        order_tok_in(text, tokens, j + 1, e, subjects, sizeof(subjects) / sizeof(*subjects)))
        return true;
    if (joiner)
        return read_zone_next_thing(rd, text, tokens, rg, j + 1, e);
    if (order_tok_is(text, tokens, j, e, "to") || order_tok_is(text, tokens, j, e, "for"))
        return true;
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
    static const char *const removals[] = {"no",    "without", "wo",  "hold",
                                           "minus", "skip",    "sin", "leave"};
    size_t n = sizeof(removals) / sizeof(*removals);
    return order_tok_in(text, tokens, i, e, removals, n) ||
           order_tok_in(text, tokens, i + 1, e, removals, n);
}

/* Is [b, e), joined to what comes before by "and" / "&" / "+", a dish of the food lexicon in
 * two words or more that no item's name or description holds ("... and garlic bread on the
 * side")? Another thing served apart; what the menu puts on its dishes ("and chilli jam on
 * the side") or a sauce of one word ("& ranch on the side") stays a change. */
bool order_read_joined_side_dish(const struct order_reader *rd, const char *text,
                                 const struct order_token *tokens, size_t b, size_t e)
{
    enum { SIDE_DISH_BYTES = 64 };
    if (e < b + 2 || b == 0)
        return false;
    const struct order_token *j = &tokens[b - 1];
    bool joined = (j->kind == ORDER_TOKEN_PUNCT && (j->punct == '&' || j->punct == '+')) ||
                  order_token_is(text, j, "and") || order_token_is(text, j, "n") ||
                  order_token_is(text, j, "plus");
    char phrase[SIDE_DISH_BYTES];
    size_t len = order_words_join(text, tokens, b, e, phrase, sizeof(phrase));
    return joined && len > 0 && order_food_entry(rd->food, phrase, len) &&
           !order_lexicon_menu_mentions(rd->lex, phrase, len);
}

/* Is [b, e) an article and a dish of two words or more whose head is a food, not a sauce
 * ("a miso soup", "a garlic bread")? Before "on the side" that is another thing ordered,
 * served apart; a sauce is one word ("a tabasco", "ranch") or named so ("a hot sauce"). */
static bool read_side_dish(const struct order_reader *rd, const char *text,
                           const struct order_token *tokens, size_t b, size_t e)
{
    if (order_read_joined_side_dish(rd, text, tokens, b, e))
        return true;
    if (e < b + 3 ||
        !(order_tok_is(text, tokens, b, e, "a") || order_tok_is(text, tokens, b, e, "an")))
        return false;
    const struct order_token *head = &tokens[e - 1];
    return order_food_word(rd->food, text + head->off, head->len) &&
           order_patterns_longest(&rd->u->modifier_starts, text, tokens, e - 1, e, NULL) == 0;
}

/* "ranch on the side": the words before "on the side" that name no menu word. */
static void read_zone_on_the_side(const struct order_reader *rd, const char *text,
                                  const struct order_token *tokens, size_t i, size_t b, size_t n,
                                  struct order_reading *out)
{
    enum { SIDE_WORDS_BACK_MAX = 3 };
    size_t from = i;
    for (size_t k = 0; k < SIDE_WORDS_BACK_MAX && from > b; k++, from--) {
        const struct order_token *t = &tokens[from - 1];
        if (t->kind != ORDER_TOKEN_WORD || out->roles[from - 1] != ORDER_ROLE_NONE ||
            order_token_is(text, t, "and") || order_token_is(text, t, "with") ||
            out->n_hits[from - 1] > 0)
            break; /* the dish before "ketchup on the side" is not part of it */
    }
    /* "bowl, salsa verde on the side": a menu word opening a piece after a separator, with
     * words no name goes on with, is the topping's too, no dish */
    size_t w = from - 1U;
    if (from > b && from < i && out->n_hits[w] > 0 && out->roles[w] == ORDER_ROLE_NONE &&
        tokens[w].kind == ORDER_TOKEN_WORD && w > b && tokens[w - 1U].kind == ORDER_TOKEN_PUNCT &&
        (tokens[w - 1U].punct == ',' || tokens[w - 1U].punct == ';') &&
        order_read_name_at(rd, text, tokens, out, w, i) < 0)
        from = w;
    if (read_side_dish(rd, text, tokens, from, i))
        return;
    memset(out->mod_zone + from, true, i + n - from);
}

size_t order_read_on_every(const char *text, const struct order_token *tokens, size_t i, size_t e)
{
    static const char *const every[] = {"all", "both", "each", "everything"};
    static const char *const them[] = {"them", "em", "those", "these"};
    if (!order_tok_is(text, tokens, i, e, "on") || !order_tok_in(text, tokens, i + 1U, e, every, 4))
        return 0;
    if (order_tok_is(text, tokens, i + 2U, e, "of") &&
        order_tok_in(text, tokens, i + 3U, e, them, 4))
        return 4;
    return 2;
}

/* "grilled onions on it", "extra cheese on top": the words before "on it" / "on top" / "on
 * them" / "on all of them" (at most three, back to a separator or the word that ends a name)
 * are toppings, menu words or not. */
static size_t read_zone_on_it(const struct order_reader *rd, const char *text,
                              const struct order_token *tokens, size_t i, size_t b, size_t e,
                              struct order_reading *out)
{
    enum { TOPPING_WORDS_BACK_MAX = 3 };
    size_t tail = order_read_on_every(text, tokens, i, e);
    if (tail == 0 && (!order_tok_is(text, tokens, i, e, "on") ||
                      !(order_tok_is(text, tokens, i + 1, e, "it") ||
                        order_tok_is(text, tokens, i + 1, e, "top") ||
                        order_tok_is(text, tokens, i + 1, e, "them"))))
        return 0;
    if (tail == 0)
        tail = 2;
    size_t from = i;
    for (size_t k = 0; k < TOPPING_WORDS_BACK_MAX && from > b; k++) {
        const struct order_token *t = &tokens[from - 1];
        if (t->kind != ORDER_TOKEN_WORD || out->roles[from - 1] != ORDER_ROLE_NONE ||
            order_token_is(text, t, "and") || order_token_is(text, t, "with") ||
            order_read_token_head(rd, out, from - 1))
            break;
        from--;
    }
    if (from == i)
        return 0;
    memset(out->mod_zone + from, true, i + tail - from);
    return tail;
}

/* "a caesar salad, chicken added": "added" closing a piece after a dish makes the words
 * before it (at most three, back to a separator or a word that ends a name before the last)
 * an addition to that dish, menu words or not. Returns the tokens from i it covers, 0 when none. */
static size_t read_zone_added_after(const struct order_reader *rd, const char *text,
                                    const struct order_token *tokens, size_t i, size_t b, size_t e,
                                    struct order_reading *out)
{
    enum { ADDED_WORDS_BACK_MAX = 3 };
    if (!order_tok_is(text, tokens, i, e, "added") ||
        !(i + 1 >= e || tokens[i + 1].kind == ORDER_TOKEN_PUNCT ||
          order_tok_is(text, tokens, i + 1, e, "and") ||
          order_tok_is(text, tokens, i + 1, e, "please") ||
          order_tok_is(text, tokens, i + 1, e, "pls")))
        return 0;
    size_t from = i;
    for (size_t k = 0; k < ADDED_WORDS_BACK_MAX && from > b; k++) {
        const struct order_token *t = &tokens[from - 1];
        if (t->kind != ORDER_TOKEN_WORD || out->roles[from - 1] != ORDER_ROLE_NONE ||
            order_token_is(text, t, "and") || order_token_is(text, t, "with") ||
            (from < i && order_read_token_head(rd, out, from - 1)))
            break; /* the word right before "added" is the addition, whatever it names */
        from--;
    }
    bool dish_before = false;
    for (size_t p = b; p < from && !dish_before; p++)
        dish_before = order_read_token_head(rd, out, p);
    if (from == i || !dish_before)
        return 0;
    memset(out->mod_zone + from, true, i + 1 - from);
    return 1;
}

size_t order_read_correction_at(const char *text, const struct order_token *tokens, size_t i,
                                size_t e)
{
    bool actually = i > 0 && (order_tok_is(text, tokens, i - 1, e, "actually") ||
                              order_tok_is(text, tokens, i - 1, e, "oh"));
    if (order_tok_is(text, tokens, i, e, "no") &&
        (actually || order_tok_is(text, tokens, i + 1, e, "wait") ||
         order_tok_is(text, tokens, i + 1, e, "actually") ||
         order_tok_is(text, tokens, i + 1, e, "sorry") ||
         (i + 1 < e && tokens[i + 1].kind == ORDER_TOKEN_PUNCT && tokens[i + 1].punct == ',')))
        return order_tok_is(text, tokens, i + 1, e, "wait") ||
                       order_tok_is(text, tokens, i + 1, e, "actually") ||
                       order_tok_is(text, tokens, i + 1, e, "sorry")
                   ? 2
                   : 1;
    return 0;
}

size_t order_read_make_asked(const char *text, const struct order_token *tokens, size_t i, size_t e)
{
    static const char *const modals[] = {"can", "could"}, *const yous[] = {"you", "u", "ya"};
    if (!order_tok_in(text, tokens, i, e, modals, 2) ||
        !order_tok_in(text, tokens, i + 1U, e, yous, 3))
        return 0;
    size_t m = i + 2U; /* "can you guys make": the plural "you" */
    if (order_tok_is(text, tokens, m, e, "guys") || order_tok_is(text, tokens, m, e, "all"))
        m++;
    return order_tok_is(text, tokens, m, e, "make") ? m + 1U - i : 0;
}

size_t order_read_negated_wanting(const char *text, const struct order_token *tokens, size_t i,
                                  size_t e)
{
    /* "avoid spicy food", "allergic to nuts": what follows is kept away from, not asked for */
    static const char *const avoiding[] = {"avoid", "avoiding", "avoids"};
    static const char *const against[] = {"allergic", "intolerant", "allergy", "allergies"};
    static const char *const negations[] = {"dont",   "didnt", "doesnt", "cant",
                                            "cannot", "never", "not"};
    /* "she doesn't do spicy", "we don't do dairy": what someone never has, in speech */
    static const char *const wanting[] = {"want",  "need", "eat",   "eats",
                                          "drink", "like", "likes", "do"};
#define NEGATED_IN(list, at) order_tok_in(text, tokens, (at), e, list, sizeof(list) / sizeof(*list))
    if (NEGATED_IN(avoiding, i))
        return 1;
    if (NEGATED_IN(against, i) &&
        (order_tok_is(text, tokens, i + 1, e, "to") || order_tok_is(text, tokens, i + 1, e, "of")))
        return 2; /* "allergy of nuts", as learners of English write it */
    size_t p = i;
    if ((order_tok_is(text, tokens, p, e, "do") || order_tok_is(text, tokens, p, e, "does") ||
         order_tok_is(text, tokens, p, e, "can")) &&
        order_tok_is(text, tokens, p + 1, e, "not"))
        p += 2;
    else if (NEGATED_IN(negations, p))
        p += 1;
    else
        return 0;
    if (order_tok_is(text, tokens, p, e, "really"))
        p++;
    /* "i don't want fries", "i not eat fried food", "she can't eat dairy" */
    bool strong =
        !order_tok_is(text, tokens, i, e, "not") && !order_tok_is(text, tokens, i, e, "never");
    if (!NEGATED_IN(wanting, p) || (!strong && !order_tok_is(text, tokens, p, e, "eat") &&
                                    !order_tok_is(text, tokens, p, e, "eats")))
        return 0;
    return p + 1 - i;
#undef NEGATED_IN
}

/* Is "add" at i (k tokens) followed by a whole menu name, in a clause that took a dish off
 * before it ("cancel the fries from my order and add onion rings instead", "remove the
 * lemonade and add an iced green tea"), or with no menu word before it in the message ("add
 * fries to my order": nothing here to put them on)? The dish added is ordered, not put on
 * another. */
static bool read_add_after_removal(const struct order_reader *rd, const char *text,
                                   const struct order_token *tokens, const struct order_reading *rg,
                                   size_t b, size_t i, size_t k, size_t e)
{
    static const char *const removals[] = {"cancel", "remove", "drop", "scratch", "ditch", "nix"};
    if (!order_tok_is(text, tokens, i, e, "add") || k != 1 ||
        !read_name_at(rd, text, tokens, rg, i + 1, e))
        return false;
    bool menu_before = false;
    for (size_t p = 0; p < i && !menu_before; p++)
        menu_before = rg->n_hits[p] > 0;
    if (!menu_before)
        return true;
    for (size_t p = b; p < i; p++)
        if (order_tok_in(text, tokens, p, e, removals, sizeof(removals) / sizeof(*removals)))
            return true;
    return false;
}

/* Does a "with" at i have something before it to change: a menu word earlier in the message,
 * or a noun of the clause pointing at a dish ("the crispy one with the cheese")? One before
 * neither goes with the dish it names, it asks for it: "whatever you do with the black bean
 * one". */
static bool read_with_changes_something(const char *text, const struct order_token *tokens,
                                        const struct order_reading *rg, size_t b, size_t i)
{
    static const char *const pointers[] = {"one", "ones", "thing", "something"};
    for (size_t p = 0; p < i; p++)
        if (rg->n_hits[p] > 0 || (p >= b && order_tok_in(text, tokens, p, i, pointers,
                                                         sizeof(pointers) / sizeof(*pointers))))
            return true;
    return false;
}

/* "on the side", or "on side" before a break ("ketchup on side"), at i: the zone of what
 * comes on the side (read_zone_on_the_side). Returns the phrase's words, 0 when none. */
static size_t read_zone_side_phrase(const struct order_reader *rd, const char *text,
                                    const struct order_token *tokens, struct order_reading *out,
                                    size_t i, size_t b, size_t e)
{
    if (i + 2 < e && order_tok_is(text, tokens, i, e, "on") &&
        order_tok_is(text, tokens, i + 1, e, "the") &&
        order_tok_is(text, tokens, i + 2, e, "side")) {
        read_zone_on_the_side(rd, text, tokens, i, b, 3, out);
        return 3;
    }
    if (i > b && order_tok_is(text, tokens, i, e, "on") &&
        order_tok_is(text, tokens, i + 1, e, "side") &&
        (i + 2 >= e || tokens[i + 2].kind == ORDER_TOKEN_PUNCT ||
         out->roles[i + 2] == ORDER_ROLE_FILLER)) {
        read_zone_on_the_side(rd, text, tokens, i, b, 2, out);
        return 2;
    }
    return 0;
}

/* "i don't want fries": after a negated wanting at i, what follows is not asked for, up to
 * a stop or a consequence ("allergic to nuts so carrot cake ...": that asks anew); it is a
 * zone. Returns where the zone ends, i when there is none. */
static size_t read_zone_not_wanted(const struct order_reader *rd, const char *text,
                                   const struct order_token *tokens, struct order_reading *out,
                                   size_t i, size_t e)
{
    static const char *const then[] = {"so", "but", "because", "cause", "if"};
    size_t neg = order_read_negated_wanting(text, tokens, i, e);
    if (neg == 0)
        return i;
    size_t j = i + neg;
    while (j < e && out->roles[j] == ORDER_ROLE_NONE &&
           !read_zone_stops(rd, text, tokens, out, j, e) &&
           !order_tok_in(text, tokens, j, e, then, sizeof(then) / sizeof(*then)))
        j++;
    memset(out->mod_zone + i, true, j - i);
    return j;
}

/* "hubby wants the double bacon burger": a lead that can also describe a dish ("double",
 * "extra") right after "the", whose words [i, j) end in a dish's head word, names that dish:
 * no change to the one before it. Removals ("no cheeseburger") stay changes; after a count
 * ("one extra guac") it is a part of the dish before. */
static bool read_zone_names_dish(const struct order_reader *rd, const char *text,
                                 const struct order_token *tokens, const struct order_reading *out,
                                 size_t i, size_t j, size_t b, size_t e)
{
    return i > b && order_tok_is(text, tokens, i - 1U, e, "the") && j > i + 1U &&
           !read_zone_removal(text, tokens, i, e) && order_read_token_head(rd, out, j - 1U);
}

/* Is token j the "for" of a swap told after its side ("brown rice swapped for quinoa",
 * "the slaw subbed for lettuce")? Then both sides are the change: the words from j on are
 * no filler ("for *") here. */
static bool read_swapped_for(const char *text, const struct order_token *tokens,
                             struct order_reading *out, size_t j, size_t e)
{
    static const char *const done[] = {"swapped", "subbed", "substituted", "switched"};
    size_t d = j > 0 && order_tok_is(text, tokens, j - 1U, e, "out") ? j - 2U : j - 1U;
    if (j < 2 || !order_tok_is(text, tokens, j, e, "for") ||
        !order_tok_in(text, tokens, d, e, done, sizeof(done) / sizeof(*done)))
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
                               size_t i, size_t e)
{
    size_t m = order_patterns_longest(&rd->u->modifiers, text, tokens, i, e, NULL);
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

/* Where the zone of the lead [i, j) ends: at the first word another reading took, a dish
 * joined to it or a word that stops a zone, except "for" of a swap ("sub the mayo for
 * chipotle mayo": both sides are the change) and "and the" of what is kept ("nothing on it
 * except the cheese and the meat"). */
static size_t read_zone_extent(const struct order_reader *rd, const char *text,
                               const struct order_token *tokens, struct order_reading *out,
                               size_t i, size_t j, size_t e)
{
    bool swap = order_tok_is(text, tokens, i, e, "sub") ||
                order_tok_is(text, tokens, i, e, "swap") ||
                order_tok_is(text, tokens, i, e, "substitute");
    if (swap) /* "swap the honey mustard for bbq sauce": "for" is no filler here */
        for (size_t f = j; f < e && tokens[f].kind == ORDER_TOKEN_WORD; f++)
            if (out->roles[f] == ORDER_ROLE_FILLER)
                out->roles[f] = ORDER_ROLE_NONE;
    bool kept = order_tok_is(text, tokens, i, e, "nothing") ||
                order_tok_is(text, tokens, i + 1, e, "nothing"); /* "with nothing but" */
    bool removal = read_zone_removal(text, tokens, i, e);
    while (j < e &&
           (out->roles[j] == ORDER_ROLE_NONE || read_swapped_for(text, tokens, out, j, e)) &&
           !read_zone_joined_dish(rd, text, tokens, out, j, e, removal) &&
           !(read_zone_stops(rd, text, tokens, out, j, e) &&
             !((swap || read_swapped_for(text, tokens, out, j, e)) &&
               order_tok_is(text, tokens, j, e, "for")) &&
             !(kept && order_tok_is(text, tokens, j, e, "and") &&
               order_tok_is(text, tokens, j + 1, e, "the"))))
        j++;
    return j;
}

/* The zone a lead of the understanding ("no", "extra", "add", or "with" before a change)
 * opens at i in clause [b, e): marks it and returns its end, or i when none opens there. */
static size_t read_zone_from_lead(const struct order_reader *rd, const char *text,
                                  const struct order_token *tokens, struct order_reading *out,
                                  size_t i, size_t b, size_t e)
{
    size_t k = order_patterns_longest(&rd->u->modifier_zone_starts, text, tokens, i, e, NULL);
    if (k > 0 && order_read_correction_at(text, tokens, i, e) > 0)
        return i; /* "actually no the cauliflower one": a correction, no "no onions" */
    if (k == 0 && read_with_modifier(rd, text, tokens, out, i, e) &&
        read_with_changes_something(text, tokens, out, b, i))
        k = 1; /* "with grilled onions": a modifier, unlike "with fries" */
    if (k == 0 || order_patterns_longest(&rd->u->sizes, text, tokens, i, e, NULL) > k)
        return i; /* "extra large" is a size */
    if (i > b &&
        (order_tok_is(text, tokens, i - 1, e, "a") || order_tok_is(text, tokens, i - 1, e, "an")))
        return i; /* "and a scoop of ice cream": a thing, not a modifier */
    size_t j = i + k;
    if (j < e && tokens[j].kind == ORDER_TOKEN_PUNCT && tokens[j].punct == '/')
        j++; /* "w/ rice" */
    int32_t qty;
    if (order_read_quantity(rd->u, text, tokens, j, e, &qty) > 0)
        return i; /* "add a lemonade", "w/ a soda": an item, not a modifier */
    if (read_add_after_removal(rd, text, tokens, out, b, i, k, e))
        return i; /* "cancel the fries and add onion rings instead": a dish */
    j = read_zone_extent(rd, text, tokens, out, i, j, e);
    if (read_zone_names_dish(rd, text, tokens, out, i, j, b, e))
        return i; /* "the double bacon burger": a dish, read as one */
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
            size_t m = read_zone_listed(rd, text, tokens, out, i, e);
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

/* Marks the unread words no dictionary knows that a menu item's description holds ("pico"
 * of the "pico de gallo" a burrito is made with): the menu's own words, no misspelt frame
 * words. Only such rare words are looked up, so the scan of the items stays short. */
static void read_described_words(const struct order_reader *rd, const char *text,
                                 const struct order_token *tokens, size_t n,
                                 const struct order_reading *rg, bool *described)
{
    for (size_t t = 0; t < n; t++) {
        const struct order_token *k = &tokens[t];
        const char *w = text + k->off;
        size_t len = k->len;
        described[t] = false;
        if (k->kind != ORDER_TOKEN_WORD || rg->n_hits[t] > 0 || len < 3 ||
            order_dictionary_has(rd->dict, w, len))
            continue;
        described[t] = order_lexicon_menu_mentions(rd->lex, w, len);
        /* "no cucmber": a letter from a word of the menu is that word misspelt, no frame word
         * ("number") */
        char near[32];
        enum { NEAR_WORD_MIN = 6 };
        described[t] =
            described[t] || (len >= NEAR_WORD_MIN && order_menu_near_word(rd->lex, w, len, near));
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
    /* a word read in context can be the context of the word before it ("ied geten tea") */
    if (read_words_in_context(rd, text, tokens, n, out) > 0)
        read_words_in_context(rd, text, tokens, n, out);
    read_count_words(rd, text, tokens, n, out);
    read_clipped_after_count(rd, text, tokens, n, out);
    read_verbs_after_please(text, tokens, n, out);
    order_read_clauses(rd, text, tokens, n, out);
    read_names_before_verbs(text, tokens, n, out);
    order_read_modifier_zones(rd, text, tokens, out);
    order_read_correction_leads(rd, text, tokens, n, out);
    for (size_t c = 0; c < out->n_clauses; c++) {
        size_t first = out->n_things;
        order_read_spans(rd, text, tokens, c, out);
        read_join_split_name(text, tokens, c, first, out);
        read_unknown_compounds(rd, text, tokens, c, first, out);
        read_join_same_item(text, tokens, c, first, out);
        order_read_span_context(rd, text, tokens, c, first, out);
        order_read_menu_refs(rd, text, tokens, c, out);
        order_read_described_ones(rd, text, tokens, c, out);
        read_food_entry_words(rd, text, tokens, c, out);
        order_read_attach(rd, text, tokens, c, out);
        order_read_each_of_kind(text, tokens, c, out);
        order_read_vague_things(text, tokens, c, out);
    }
    read_counts_broken_off(rd, text, tokens, out);
    order_read_corrections(rd, text, tokens, n, out);
    order_read_narrowings(rd, text, tokens, out);
    order_read_choices(text, tokens, out);
    order_read_talked_about(text, tokens, out);
    order_read_mark_leftover_words(rd, text, tokens, out);
}
