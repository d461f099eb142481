/* reading_words.c — pass 1 of order_read (reading.c, reading.h): every word's readings in
 * the menu's lexicon, words seen before copied, names heard as several words joined, words
 * read again in context once the frame is repaired, count words, plurals clipped after a
 * count, and the unread words a menu item's description holds. */
#include <string.h>

#include "gateway/order/dictionary.h"
#include "gateway/order/food.h"
#include "gateway/order/reading_internal.h"
#include "gateway/order/frame.h"
#include "gateway/order/word_hash.h"

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
    uint32_t h = order_word_hash(w, tokens[i].len);
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
 * "hollow me burger"), after an article or a count ("a fell awful rap", any one-word count
 * of the understanding: "won lemon aid"), or after a join that follows a menu word? "hollow
 * me out" is no dish. */
static bool read_dish_place(const struct order_reader *rd, const char *text,
                            const struct order_token *tokens, size_t n,
                            const struct order_reading *out, size_t b, size_t e)
{
    static const char *const articles[] = {"a", "an", "the", "one", "two", "three", "four"};
    if (e < n && tokens[e].kind == ORDER_TOKEN_WORD && out->n_hits[e] > 0)
        return true;
    /* after a join that follows a menu word ("chips and wack a mole", "tacos, or chata"): the
     * next dish of a list */
    static const char *const joins[] = {"and", "n", "or"};
    bool join =
        b >= 2 && (tokens[b - 1U].kind == ORDER_TOKEN_PUNCT
                       ? strchr(",&+", tokens[b - 1U].punct) != NULL
                       : order_tok_in(text, tokens, b - 1U, b, joins, ORDER_WORDS_N(joins)));
    if (join && tokens[b - 2U].kind == ORDER_TOKEN_WORD && out->n_hits[b - 2U] > 0)
        return true;
    if (b == 0 || tokens[b - 1U].kind != ORDER_TOKEN_WORD)
        return false;
    const char *w = text + tokens[b - 1U].off;
    return out->n_hits[b - 1U] > 0 || (w[0] >= '0' && w[0] <= '9') ||
           order_tok_in(text, tokens, b - 1U, b, articles, ORDER_WORDS_N(articles)) ||
           order_patterns_longest(&rd->u->quantities, text, tokens, b - 1U, b, NULL) == 1;
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
            !read_dish_place(rd, text, tokens, n, out, i, i + k + 1) ||
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

/* The one vocabulary word two words written apart sound like together (joined[0..len)): 1, or
 * 0. With plural, also said in the plural ("lemon aids": its "s" is no sound of the name's). */
static size_t read_joined_sound(const struct order_reader *rd, const char *joined, size_t len,
                                bool plural, struct order_lex_hit *heard)
{
    if (order_lexicon_sounds_like(rd->lex, joined, len, heard, 1) == 1)
        return 1;
    return plural && joined[len - 1U] == 's' && joined[len - 2U] != 's'
               ? order_lexicon_sounds_like(rd->lex, joined, len - 1U, heard, 1)
               : 0;
}

/* "a qesa birrea": two words that neither the menu nor English reads ("pork belly" are
 * words), where a dish is named, that together are one vocabulary word misspelt (within the
 * lexicon's typo bound for the joined length). The halves alone carry too many slips each to
 * be read. Sets *hit; false when none. */
static bool read_joined_slip(const struct order_reader *rd, struct sb_stemmer *stemmer,
                             const char *text, const struct order_token *tokens, size_t n,
                             const struct order_reading *out, size_t i, const char *joined,
                             struct order_lex_hit *hit)
{
    enum { SLIP_HALF_MIN = 3, SLIP_JOINED_MIN = 8 };
    const struct order_token *a = &tokens[i], *b = &tokens[i + 1U];
    if (out->n_hits[i] > 0 || out->n_hits[i + 1U] > 0 || a->len < SLIP_HALF_MIN ||
        b->len < SLIP_HALF_MIN || (size_t)a->len + b->len < SLIP_JOINED_MIN ||
        order_dictionary_has(rd->dict, text + a->off, a->len) ||
        order_dictionary_has(rd->dict, text + b->off, b->len) ||
        !read_dish_place(rd, text, tokens, n, out, i, i + 2U))
        return false;
    struct order_lex_hit hits[ORDER_LEX_HITS_MAX];
    size_t k = order_lexicon_lookup(rd->lex, stemmer, joined, (size_t)a->len + b->len, hits,
                                    ORDER_LEX_HITS_MAX);
    if (k != 1 || hits[0].n_words != 1 || hits[0].edits == 0)
        return false;
    *hit = hits[0];
    return true;
}

void read_words(const struct order_reader *rd, struct sb_stemmer *stemmer, const char *text,
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
        /* a plural only of a second word of four letters or more, after one read as nothing:
         * "chocolate is" is no "chocolates" */
        bool plural = b->len > 3 && out->n_hits[i] == 0;
        if (w < 0 && out->n_hits[i + 1] == 0 &&
            read_joined_sound(rd, joined, (size_t)a->len + b->len, plural, &heard) == 1) {
            /* the first word read as nothing, or as the start of that very word ("smooth
             * he": "smooth" clips "smoothie") */
            bool same = out->n_hits[i] == 0;
            for (size_t h = 0; h < out->n_hits[i] && !same; h++)
                same = out->hits[i][h].words[0] == heard.words[0];
            if (same && (read_dish_place(rd, text, tokens, n, out, i, i + 2U) ||
                         read_name_goes_on(rd, text, tokens, n, i + 2U, heard.words[0])))
                w = heard.words[0];
        }
        struct order_lex_hit slipped;
        if (w < 0 && read_joined_slip(rd, stemmer, text, tokens, n, out, i, joined, &slipped)) {
            out->hits[i][0] = slipped; /* "qesa birrea": the typos stay counted */
            w = slipped.words[0];
        } else if (w < 0 || (out->n_hits[i] > 0 && out->n_hits[i + 1] > 0)) {
            continue;
        } else {
            out->hits[i][0] = (struct order_lex_hit){{(uint16_t)w, 0}, 1, 0, 1.0f};
        }
        out->n_hits[i] = 1;
        out->joined[i] = true;
        out->n_hits[i + 1] = 0;
        i++;
    }
    read_short_abbreviations(rd, text, tokens, n, out);
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

/* Keeps in items those whose name joins words by "and" ("mac and cheese bites"): a word
 * before "and" reads with the words after it as one name only when a name so joins them,
 * never as the dish before the next in a list. */
static void read_keep_and_names(const struct order_reader *rd, struct order_item_set *items)
{
    for (int32_t it = order_item_set_next(items, 0); it >= 0;
         it = order_item_set_next(items, (size_t)it + 1U)) {
        const char *folded = rd->lex->item_text[it];
        const char *and = folded ? strstr(folded, " and ") : NULL;
        const char *stop = folded ? strstr(folded, ". ") : NULL;
        if (!and || (stop && stop < and))
            order_item_set_remove(items, it);
    }
}

/* The items named by the run of read words next to token t on one side (dir -1: before
 * it, +1: after), at most three words, past a '&' or '+' right beside it, or past "and"
 * when a name holds it; false when there is no such run. */
static bool read_run_items(const struct order_reader *rd, const char *text,
                           const struct order_token *tokens, size_t n,
                           const struct order_reading *rg, size_t t, int dir,
                           struct order_item_set *items)
{
    enum { RUN_WORDS_MAX = 3 };
    order_item_set_fill(items, rd->lex->menu->count);
    size_t words = 0, skip = 0;
    bool joined_by_and = false;
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
        if (k == 1 &&
            (order_token_is(text, &tokens[x], "and") || order_token_is(text, &tokens[x], "n"))) {
            skip = 1;
            joined_by_and = true;
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
    if (joined_by_and)
        read_keep_and_names(rd, items);
    return words > 0 && order_item_set_count(items) > 0;
}

/* Is w[0..len) a word of the frame (an opener, filler, cue, number word) spelt right? */
bool read_frame_word(const struct order_frame_words *fw, const char *w, size_t len)
{
    return fw && order_frame_word_find(fw, w, len) >= 0;
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
/* Does word t make a dish of the food lexicon with the word before or after it ("poke | bowl",
 * "acai | bowl")? Then an English word there is a word of a dish, the menu's or not, and no
 * misspelling. */
static bool read_in_food_entry(const struct order_reader *rd, const char *text,
                               const struct order_token *tokens, size_t n, size_t t)
{
    const struct order_token *k = &tokens[t];
    const struct order_token *a = t > 0 ? &tokens[t - 1U] : NULL;
    const struct order_token *b = t + 1U < n ? &tokens[t + 1U] : NULL;
    return (b && b->kind == ORDER_TOKEN_WORD &&
            order_food_entry_of(rd->food, text + k->off, k->len, text + b->off, b->len)) ||
           (a && a->kind == ORDER_TOKEN_WORD &&
            order_food_entry_of(rd->food, text + a->off, a->len, text + k->off, k->len));
}

size_t read_words_in_context(const struct order_reader *rd, const char *text,
                             const struct order_token *tokens, size_t n, struct order_reading *out)
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
        /* "salmon poke bowl": "poke" is the dish's own word, no slip of "power" two edits off;
         * "ice tea" one edit off is still the iced tea */
        if (out->n_hits[t] > 0 && out->hits[t][0].edits >= 2 &&
            order_dictionary_has(rd->dict, w, k->len) && read_in_food_entry(rd, text, tokens, n, t))
            out->n_hits[t] = 0;
        read += out->n_hits[t] > 0;
    }
    return read;
}

/* Pass 1, last: a number word that is also a word of a name ("tres" of Tres Leches Cake)
 * counts the dish after it when no item holds both ("tres tacos al pastor"): its menu
 * readings go, and it is read as the count. Followed by a word of its own name ("tres
 * leches") or by nothing the menu knows, it keeps them. */
void read_count_words(const struct order_reader *rd, const char *text,
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
bool read_digit_count_at(const char *text, const struct order_token *tokens, size_t n, size_t t,
                         bool x_form)
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
void read_clipped_after_count(const struct order_reader *rd, const char *text,
                              const struct order_token *tokens, size_t n, struct order_reading *out)
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

/* After the clauses: a word read only as a misspelling or not read at all, first in its piece
 * (message start, after punctuation or "and") and right before a verb a person does in the
 * third person ("jake says", "tom wants"), is a name, the subject of the verb, no dish nor a
 * change of the dish next to it; so is a word read only as a misspelling before a colon that
 * labels what its owner gets ("jake: carne asada burrito"), or joined to the speaker before
 * what they want ("me n jake want 6 tacos"). */
void read_names_before_verbs(const struct order_dictionary *dict, const char *text,
                             const struct order_token *tokens, size_t n, struct order_reading *out)
{
    static const char *const verbs[] = {"says", "said", "wants", "asked", "asks", "likes"};
    /* a word nothing reads is a name only before what someone says or wants now, not a
     * pronoun ("she said more salsa" is read by what reports another's words) */
    static const char *const present[] = {"says", "wants"};
    static const char *const pronouns[] = {"she", "he", "they", "it", "i", "we", "you", "that"};
    /* "me n jake want ...": a name joined to the speaker, before what they want together */
    static const char *const together[] = {"want", "need", "are", "r", "will", "wanna"};
    static const char *const joins[] = {"and", "n", "&"};
    bool told = ORDER_CUES_ANY(&out->cues, "says", "said", "wants", "asked", "asks", "likes");
    bool with_me = ORDER_CUES_ANY(&out->cues, "me") &&
                   ORDER_CUES_ANY(&out->cues, "want", "need", "are", "r", "will", "wanna");
    for (size_t t = 0; t + 1 < n; t++) {
        bool first = t == 0 || tokens[t - 1].kind == ORDER_TOKEN_PUNCT ||
                     order_tok_is(text, tokens, t - 1, n, "and");
        bool typo_word =
            tokens[t].kind == ORDER_TOKEN_WORD && out->n_hits[t] > 0 && read_only_typos(out, t);
        /* "me: 2 al pastor, jake: carne asada burrito": a name labels what its owner gets */
        bool label = typo_word && first && t + 2 < n && tokens[t + 1].kind == ORDER_TOKEN_PUNCT &&
                     tokens[t + 1].punct == ':';
        bool joined = typo_word && with_me && t >= 2 &&
                      order_tok_in(text, tokens, t - 1, n, joins, ORDER_WORDS_N(joins)) &&
                      order_tok_is(text, tokens, t - 2, n, "me") &&
                      order_tok_in(text, tokens, t + 1, n, together, ORDER_WORDS_N(together));
        if (label || joined) {
            out->n_hits[t] = 0;
            if (out->roles[t] == ORDER_ROLE_NONE)
                out->roles[t] = ORDER_ROLE_FILLER;
            continue;
        }
        if (!told)
            continue;
        bool typo =
            typo_word && order_tok_in(text, tokens, t + 1, n, verbs, ORDER_WORDS_N(verbs)) && first;
        bool unread = out->n_hits[t] == 0 && out->roles[t] == ORDER_ROLE_NONE &&
                      !order_tok_in(text, tokens, t, n, pronouns, ORDER_WORDS_N(pronouns)) &&
                      order_tok_in(text, tokens, t + 1, n, present, ORDER_WORDS_N(present)) &&
                      order_frame_subject_name(text, tokens, n, t) &&
                      /* "website says it's closed": a thing's word says, no name; a name
                       * says a dish right after */
                      (order_tok_is(text, tokens, t + 1, n, "wants") ||
                       (!order_dictionary_has(dict, text + tokens[t].off, tokens[t].len) &&
                        t + 2 < n && out->n_hits[t + 2] > 0));
        if (typo || unread) {
            out->n_hits[t] = 0;
            for (size_t k = t; k < t + 2; k++) /* who says it, and the saying: no leftover */
                if (out->roles[k] == ORDER_ROLE_NONE)
                    out->roles[k] = ORDER_ROLE_FILLER;
        }
    }
}

/* "please ring the bell when you arrive": a menu word right after "please" at the start of
 * its piece, before a determiner and a word nothing reads or an adverb ("please fry
 * separately"), is a verb asked of a person (the bell is rung), no dish: its readings go. "please
 * wrap the burger" keeps "wrap", the word after the determiner being the menu's. */
void read_verbs_after_please(const char *text, const struct order_token *tokens, size_t n,
                             struct order_reading *out)
{
    static const char *const please[] = {"please", "pls", "plz"};
    static const char *const determiners[] = {"the", "my", "your", "our", "his", "her"};
    if (!ORDER_CUES_ANY(&out->cues, "please", "pls", "plz"))
        return;
    for (size_t t = 1; t + 1 < n; t++) {
        if (tokens[t].kind != ORDER_TOKEN_WORD || out->n_hits[t] == 0 ||
            !order_tok_in(text, tokens, t - 1, n, please, ORDER_WORDS_N(please)) ||
            (t > 1 && tokens[t - 2].kind != ORDER_TOKEN_PUNCT))
            continue;
        bool object =
            t + 2 < n &&
            order_tok_in(text, tokens, t + 1, n, determiners, ORDER_WORDS_N(determiners)) &&
            tokens[t + 2].kind == ORDER_TOKEN_WORD && out->n_hits[t + 2] == 0;
        /* "please fry separately": an adverb in "-ly" nothing reads, how the verb is done */
        const struct order_token *a = &tokens[t + 1];
        bool adverb = a->kind == ORDER_TOKEN_WORD && a->len > 4 && out->n_hits[t + 1] == 0 &&
                      text[a->off + a->len - 2U] == 'l' && text[a->off + a->len - 1U] == 'y';
        if (object || adverb)
            out->n_hits[t] = 0;
    }
}

/* Marks the unread words no dictionary knows that a menu item's description holds ("pico"
 * of the "pico de gallo" a burrito is made with): the menu's own words, no misspelt frame
 * words. Only such rare words are looked up, so the scan of the items stays short. */
void read_described_words(const struct order_reader *rd, const char *text,
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
