/* lexicon.h — the menu's own vocabulary, derived from the menu when it is loaded.
 *
 * Every menu name, and every alias of the understanding (genuine synonyms only: "chips" for
 * fries), is a variant of its item: its content words, case-folded ("the", "and", "of", "n"
 * and "&" are connectors, not words). From the variants the lexicon learns, with no list
 * written for the menu:
 *   - which items hold each word (an item set): a span of words names the items holding all
 *     of them, so "jackfruit" and "the spicy jackfruit" both name one item, "smoothie" two;
 *   - how distinctive each word is (weight = log(1 + items / items holding it));
 *   - the head words (the last word of a variant: burger, fries, smoothie) and the section
 *     nouns (drink, dessert), which name a kind of dish;
 *   - anchors: words that can name a dish on their own: heads, food words (WordNet's food
 *     hierarchy, food.h) and words that are never adjectives ("halloumi", "carnitas",
 *     "pastor"); the understanding's not_dish_words ("kids") never are. "classic", "crispy", "side"
 * and "cold" are adjectives: "on the side" or "my food was cold" never name a dish by themselves.
 *
 * A customer's word is looked up as written, by its Snowball stem ("burgers" = "burger"),
 * as a compound of two vocabulary words ("beefburger"), and, only when it is not an English
 * word at all (dictionary.h), by Damerau–Levenshtein distance bounded by its length: one
 * edit for 4–5 letters, two for 6–8, three from 9 ("portobelo", "burgr", "chikpea"). "later"
 * never becomes "water", nor "things" "rings".
 *
 * Built once per menu at start-up (allocates); read-only afterwards and shared by every
 * core. Lookups allocate nothing; each caller passes its own stemmer (a Snowball stemmer
 * is not thread-safe). */
#ifndef BRIGADE_GATEWAY_ORDER_LEXICON_H
#define BRIGADE_GATEWAY_ORDER_LEXICON_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "gateway/order/dictionary.h"
#include "gateway/order/food.h"
#include "gateway/order/understanding.h"
#include "io/menu.h"

struct sb_stemmer;

enum {
    ORDER_LEX_ITEMS_MAX = 512, /* menu items the lexicon can tell apart */
    ORDER_LEX_SET_WORDS = ORDER_LEX_ITEMS_MAX / 64,
    ORDER_LEX_WORD_BYTES_MAX = 32, /* longer words are not vocabulary */
    ORDER_LEX_HITS_MAX = 4,        /* readings of one customer word */
    ORDER_LEX_TYPO_MIN = 4,        /* shorter words are never corrected */
};

/* A set of menu items, one bit per menu index. */
struct order_item_set {
    uint64_t bits[ORDER_LEX_SET_WORDS];
};

struct order_lex_word {
    char text[ORDER_LEX_WORD_BYTES_MAX];
    char stem[ORDER_LEX_WORD_BYTES_MAX];
    char sound[2 * ORDER_LEX_WORD_BYTES_MAX]; /* its sound key (lexicon.c), read per typo */
    /* its key as a customer who hears it may spell it (Spanish "ll" as "y", a silent final
     * "e" left out), when that differs */
    char sound_heard[2 * ORDER_LEX_WORD_BYTES_MAX];
    uint8_t len, stem_len, sound_len, sound_heard_len;
    bool head;         /* the last word of a variant, or a section noun */
    bool anchor;       /* may name a dish on its own (above) */
    bool section_only; /* a section noun no name holds ("desserts") */
    bool not_dish;     /* one of the understanding's not_dish_words ("kids") */
    uint16_t df;       /* items holding it */
    /* bit (c % 64) for each byte c of text: a typo scan skips a word whose letters differ
     * from the customer's by more edits than it allows, without aligning them */
    uint64_t letters;
    float weight;
    struct order_item_set items;
};

/* One reading of a customer word: one vocabulary word, or two for a compound. */
struct order_lex_hit {
    uint16_t words[2];
    uint8_t n_words;
    uint8_t edits; /* 0 exact or stem, else the typo distance */
    float sim;     /* 1 exact/stem/compound, lower with each edit */
};

struct order_text_words;
struct order_menu_words;
struct order_letter_words;

/* Is c a letter of a match-form menu text: a-z, or a byte of a letter beyond ASCII? */
static inline bool order_text_letter(char c)
{
    return (c >= 'a' && c <= 'z') || (unsigned char)c >= 0x80;
}

/* A part's name "X de Y" in an item's description ("pico de gallo"), found by its first word
 * X: a change naming the part by X alone is completed from it (menu_part_whole.c). */
struct order_part_name {
    uint32_t item;
    uint16_t word_len; /* X */
    uint16_t len;      /* the whole name */
    const char *text;  /* into item_text[item] */
};

struct order_lexicon {
    const struct menu *menu;
    struct order_lex_word *words;
    size_t n_words;
    /* variants: the words of each name and alias, and the item they name */
    uint16_t (*variant_words)[ORDER_PATTERN_WORDS_MAX];
    uint8_t *variant_len;
    uint32_t *variant_item;
    size_t n_variants;
    uint32_t *hash; /* open addressing over words by text and by stem: word id + 1, 0 empty */
    size_t hash_cap;
    const struct order_dictionary *dict;
    const struct order_dictionary *adjectives;
    const struct order_food *food;
    const struct order_understanding *u;
    char **item_text; /* per item: the match form of its name and description, or NULL */
    struct order_text_words *text_words;     /* the items whose text holds each word of them */
    struct order_menu_words *menu_words;     /* the words the menu spells, as it spells them */
    struct order_letter_words *letter_words; /* item_text split into words of letters a-z */
    struct order_part_name *part_names;      /* by item, then as the description has them */
    bool *item_drink;                        /* per item: a drink (lexicon_drinks.c) */
    size_t n_part_names;
    unsigned serial; /* this lexicon among all built, from 1 (order_lexicon_lookup's memo) */
};

/* Builds the lexicon of menu (which must outlive it) with u's aliases. Returns 0, or -E2BIG
 * with err when the menu has more than ORDER_LEX_ITEMS_MAX items or 65,535 words. Aborts on
 * out of memory. */
int order_lexicon_init(struct order_lexicon *lx, const struct menu *menu,
                       const struct order_understanding *u, const struct order_dictionary *dict,
                       const struct order_dictionary *adjectives, const struct order_food *food,
                       char *err, size_t err_size);
void order_lexicon_free(struct order_lexicon *lx);

/* Is item a drink: its name's head a drink of the food lexicon, or its section's name one
 * ("drinks")? */
bool order_lexicon_item_drink(const struct order_lexicon *lx, int32_t item);

/* The readings of the lowercase word w[0..len), best first. Returns how many (0..max). */
size_t order_lexicon_lookup(const struct order_lexicon *lx, struct sb_stemmer *stemmer,
                            const char *w, size_t len, struct order_lex_hit *out, size_t max);

/* The readings of w[0..len), which the lexicon did not read, as a misspelling of a word of
 * the items in *items: those its neighbours name ("sparkling wagers", "black ban chipotle",
 * "cold bew"). Looser than a lookup, as the neighbours pin the dish: one edit up to four
 * letters (English words too), two up to seven, three beyond, a plural "s" free, or any
 * distance when a word no dictionary holds sounds the same ("cold bru"); the first
 * letter stands (or trades places with the second). The nearest words only. Returns how
 * many (0..max). */
size_t order_lexicon_lookup_among(const struct order_lexicon *lx, const char *w, size_t len,
                                  const struct order_item_set *items, struct order_lex_hit *out,
                                  size_t max);

/* The one vocabulary word w[0..len) sounds like (a word of two the customer's phone or ear
 * split: "fell awful" joined is "fellawful", which sounds as "falafel"), as a reading of two
 * edits; 0 when none or several do, or w's sound key is shorter than six sounds. */
size_t order_lexicon_sounds_like(const struct order_lexicon *lx, const char *w, size_t len,
                                 struct order_lex_hit *out, size_t max);

/* The readings of w[0..len), a plural the lexicon did not read, as the clipping of a longer
 * vocabulary word that names dishes, its "s" left off ("nugs": nuggets). Only where a dish
 * is expected (after a count): elsewhere "wats" is "what's". Returns how many (0..max). */
size_t order_lexicon_plural_clipping(const struct order_lexicon *lx, const char *w, size_t len,
                                     struct order_lex_hit *out, size_t max);

/* The next word of a menu name from *p on, lowercased into out[0..cap) (cut to fit); *p moves
 * past it. Returns its length, 0 when the name has no word left. */
size_t order_name_word_next(const char **p, char *out, size_t cap);
/* Does the match-form text hold word w[0..len) as a word, or its singular or plural ("beans"
 * for "bean", "potatoes" for "potato")? (lexicon_mentions.c) */
bool order_lexicon_text_has_word(const char *text, const char *w, size_t len);
/* The end of the first such word of text at or after from, or NULL when there is none. */
const char *order_lexicon_text_word_end(const char *text, const char *from, const char *w,
                                        size_t len);

/* Does the menu name hold a word of four letters or more one edit from w[0..len) (not w
 * itself): "elite" and the Elote, "asada" and "asado"? */
bool order_name_has_near_word(const char *name, const char *w, size_t len);

/* Is w[0..len), no word of the dictionary, a word of item's name spelt as it sounds (the same
 * sound key as a name word: "unyun" of Onion Rings, "burgur" of a burger)? Said next to the
 * dish, it is the rest of its name misspelt, no change of it. */
bool order_lexicon_item_name_sounds(const struct order_lexicon *lx, int32_t item, const char *w,
                                    size_t len);

/* Does item's name or description hold the noun an adjective of "-y" is made of ("cheesy":
 * "cheese", "crispy": "crisp", "smoky": "smoke")? */
bool order_lexicon_item_mentions_y_noun(const struct order_lexicon *lx, int32_t item, const char *w,
                                        size_t len);

/* How many of the n match-form words (words[i][0..lens[i])) item's name and description
 * hold, as words, singular or plural ("the bowl with the sweet potato and black beans").
 * Reads the texts folded once when the lexicon was built. */
size_t order_lexicon_item_mentions(const struct order_lexicon *lx, int32_t item,
                                   const char *const *words, const size_t *lens, size_t n);

/* Does some item's name or description hold the match-form phrase[0..len) (words separated
 * by single spaces; its last word singular or plural)? "hot sauce" of a wrap's sauce, not
 * "hot chocolate" where only a milkshake's chocolate is named. Reads every item's text. */
bool order_lexicon_menu_mentions(const struct order_lexicon *lx, const char *phrase, size_t len);

/* The word id of a vocabulary word spelt exactly so, or -1. */
int32_t order_lexicon_word(const struct order_lexicon *lx, const char *w, size_t len);

/* Set algebra on item sets. */
void order_item_set_fill(struct order_item_set *s, size_t n_items);
void order_item_set_and(struct order_item_set *s, const struct order_item_set *t);
void order_item_set_or(struct order_item_set *s, const struct order_item_set *t);
size_t order_item_set_count(const struct order_item_set *s);
/* The smallest menu index in s at or after from, or -1. */
int32_t order_item_set_next(const struct order_item_set *s, size_t from);
/* Is item i in s? An index past the sets' capacity, as no item (-1) cast to size_t is, is
 * in none: a reader asking of a thing the menu lacks gets no, never a read out of bounds. */
static inline bool order_item_set_has(const struct order_item_set *s, size_t i)
{
    return i < 64 * ORDER_LEX_SET_WORDS && (s->bits[i / 64] >> (i % 64)) & 1U;
}
static inline void order_item_set_add(struct order_item_set *s, size_t i)
{
    s->bits[i / 64] |= UINT64_C(1) << (i % 64);
}
static inline void order_item_set_remove(struct order_item_set *s, size_t i)
{
    s->bits[i / 64] &= ~(UINT64_C(1) << (i % 64));
}

/* Damerau–Levenshtein distance (optimal string alignment) of a and b, or max + 1 as soon as
 * it must exceed max. Bytes, not codepoints: the match form is mostly ASCII. */
size_t order_edit_distance(const char *a, size_t alen, const char *b, size_t blen, size_t max);

/* The edits a word of len bytes may carry and still be corrected (see above). */
size_t order_typo_bound(size_t len);

/* The letters of w[0..len) as bits (c % 64) of a set (struct order_lex_word.letters). */
static inline uint64_t order_word_letters(const char *w, size_t len)
{
    uint64_t m = 0;
    for (size_t i = 0; i < len; i++)
        m |= UINT64_C(1) << ((uint8_t)w[i] % 64);
    return m;
}

/* Can words with letter sets a and b be within `edits` edits? Each edit (a letter dropped,
 * added, changed or two swapped) takes away at most one letter the other lacks, so more
 * such letters on either side need more edits: a cheap test before the alignment. */
static inline bool order_letters_within(uint64_t a, uint64_t b, size_t edits)
{
    uint64_t only_a = a & ~b, only_b = b & ~a;
    for (size_t k = 0; k < edits; k++) {
        only_a &= only_a - 1;
        only_b &= only_b - 1;
    }
    return only_a == 0 && only_b == 0;
}

#endif
