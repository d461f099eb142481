/* understanding.h — what the order domain knows about language, as data.
 *
 * Thresholds, number words, quantity phrases, modifier vocabulary (surface forms ->
 * canonical labels), size words (likewise; their labels join the modifiers'), aliases
 * customers use for menu items, openers and fillers that are not items, classification cues
 * and prototype sentences, and reply texts all come from one JSON document:
 * gateway/order/understanding.json, compiled into the binary as the default, or a file given
 * with --understanding. Every phrase is stored as the match-form words of normalize.h, so
 * patterns and messages compare token by token. "sizes" may be absent (no size words).
 *
 * A loaded understanding is immutable and shared read-only by every core. */
#ifndef BRIGADE_GATEWAY_ORDER_UNDERSTANDING_H
#define BRIGADE_GATEWAY_ORDER_UNDERSTANDING_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "gateway/order/normalize.h"

enum {
    ORDER_PATTERN_WORDS_MAX = 8,   /* words in one phrase pattern */
    ORDER_PATTERNS_MAX = 2048,     /* patterns in one list */
    ORDER_LABELS_MAX = 512,        /* modifier labels */
    ORDER_PROTOTYPES_MAX = 64,     /* prototype sentences per class */
    ORDER_REPLY_TOPICS_MAX = 16,   /* tailored replies for "other" messages */
    ORDER_DIET_IMPLIED_MAX = 64,   /* (diet, implied by) pairs */
    ORDER_RETRIEVAL_TOPK_MAX = 16, /* menu items retrieved for one question (menu_matrix's k) */
    ORDER_UNDERSTANDING_BYTES_MAX = 1 << 20,
    ORDER_ERROR_MAX = 256,
};

enum order_category {
    ORDER_CATEGORY_ORDER,
    ORDER_CATEGORY_INQUIRY,
    ORDER_CATEGORY_OTHER,
    ORDER_CATEGORY_MAX,
};

/* One phrase: words to match in sequence, with at most one "*". A trailing "*" (tail_any)
 * matches one or more further tokens up to the end of the span being matched; a "*" inside
 * ("im * away") matches 1..ORDER_STAR_TOKENS_MAX tokens before the words after it
 * (star_at: how many words precede it, -1 when there is none inside). */
enum { ORDER_STAR_TOKENS_MAX = 6 };
struct order_pattern {
    const char *words[ORDER_PATTERN_WORDS_MAX]; /* NUL-terminated, in the arena */
    uint8_t word_lens[ORDER_PATTERN_WORDS_MAX];
    uint8_t n_words;
    bool tail_any;
    int8_t star_at;
    int32_t value; /* list-specific: a quantity, a label index, a class, a topic */
    float weight;  /* cues only */
};

struct order_pattern_index; /* pattern_index.h */

struct order_patterns {
    struct order_pattern *items;
    size_t count;
    /* items by first word (pattern_index.h): built for every list of a parsed understanding;
     * NULL, or stale once the list grows, means lookups scan the list */
    struct order_pattern_index *index;
};

/* Bump storage for pattern words and other strings, filled at start-up. */
struct order_arena {
    char *buf;
    size_t used, cap;
};

/* Copies len bytes of s into the arena, NUL-terminated. Arenas are sized from what they will
 * hold (every string stored is shorter than its source text), so running out is a bug: it
 * aborts. */
const char *order_arena_store(struct order_arena *a, const char *s, size_t len);

struct order_alias {
    const char *menu_name; /* as written in the JSON: the exact menu name */
    struct order_pattern pattern;
};

/* A claim of diet `by` also answers for `diet` (a vegan dish is vegetarian): indices into
 * the understanding's diets. */
struct order_diet_implied {
    uint16_t diet, by;
};

struct order_understanding {
    float accept_threshold; /* score >= accept: the item is taken */
    float review_threshold; /* review <= score < accept: asked back; below: unknown */
    float prototype_weight; /* how much the best prototype similarity adds to a class */
    /* inquiries about no named item: the message's embedding against every item's "name.
     * description"; the best retrieval_topk items scoring >= retrieval_threshold are the
     * candidates of the answer (reply.h) */
    float retrieval_threshold;
    uint32_t retrieval_topk;              /* 1..ORDER_RETRIEVAL_TOPK_MAX */
    struct order_patterns quantities;     /* value = quantity ("two", "a couple of", and a
                                           * count spelt as heard: "won", "wun") */
    struct order_patterns quantity_units; /* after a number: "x", "orders of" */
    struct order_patterns modifier_leads; /* words that may precede a modifier: "with" */
    /* a piece after an item that starts so is a modifier in open vocabulary: "no", "extra",
     * "hold", "cooked", "light" (the rest of the piece is kept as said) */
    struct order_patterns modifier_starts;
    /* leads whose words after them are a modifier wherever they stand ("no", "extra", "add",
     * "hold the", "sub"): menu words inside ("no onions") are not dishes */
    struct order_patterns modifier_zone_starts;
    struct order_patterns vague_quantities;  /* "a few", "some": the count must be asked */
    struct order_patterns question_anywhere; /* "know if", "wondering whether": a question */
    struct order_patterns not_dish_words;    /* menu words never a dish alone: "kids" */
    /* informal words for a style or diet of dish that the dictionary lacks ("veggie"): before
     * a kind of dish they narrow it, never name a dish the menu lacks */
    struct order_patterns style_words;
    /* words customers use for a word of a menu name, whatever the menu: "coke" for
     * "coca-cola", "guac" for "guacamole" (value = index into synonym_of) */
    struct order_patterns synonyms;
    const char *synonym_of[ORDER_LABELS_MAX];
    size_t n_synonym_of;
    /* another language's words for the things a change names ("cebolla" for "onion"): a
     * change is written as the labels write it, in English (value = index into
     * translation_of) */
    struct order_patterns translations;
    const char *translation_of[ORDER_LABELS_MAX];
    size_t n_translation_of;
    /* the kind of food a word names, whatever the menu: "steak" and "birria" are beef, so a
     * dish whose description holds them is a beef one (value = index into food_kind_of) */
    struct order_patterns food_kinds;
    const char *food_kind_of[ORDER_LABELS_MAX];
    size_t n_food_kind_of;
    struct order_patterns modifiers; /* value = index into labels */
    struct order_patterns sizes;     /* value = index into labels ("large") */
    struct order_patterns greetings; /* "hi", "good evening": start any message */
    struct order_patterns openers;   /* "can I get", "order:": start an order */
    struct order_patterns fillers;
    struct order_patterns question_starts;
    struct order_patterns cues;         /* value = enum order_category, weight */
    struct order_patterns price_cues;   /* inquiry: asks for a price */
    struct order_patterns diet_cues;    /* value = index into diets */
    struct order_patterns section_cues; /* value = index into sections */
    struct order_patterns topic_cues;   /* value = index into topic_replies */
    const char *labels[ORDER_LABELS_MAX];
    size_t n_labels;
    struct order_alias *aliases;
    size_t n_aliases;
    const char *diets[ORDER_LABELS_MAX]; /* canonical diet words ("vegan") */
    size_t n_diets;
    struct order_diet_implied diet_implied_by[ORDER_DIET_IMPLIED_MAX];
    size_t n_diet_implied_by;
    const char *sections[ORDER_LABELS_MAX]; /* menu section names ("desserts") */
    size_t n_sections;
    const char *prototypes[ORDER_CATEGORY_MAX][ORDER_PROTOTYPES_MAX];
    size_t n_prototypes[ORDER_CATEGORY_MAX];
    const char *topic_replies[ORDER_REPLY_TOPICS_MAX];
    size_t n_topics;
    const char *other_default;
    const char *inquiry_default;
    const char *review_default; /* a message a person must read (not in English) */
    struct order_arena arena;   /* every string above lives here */
};

/* Parses the JSON document json[0..len) into a new understanding. A document with
 * "extends": "built-in" names only what it changes in the compiled-in one: its objects merge
 * member by member, its other members replace the built-in ones (a calibration's
 * thresholds). Returns 0, or -EINVAL with a reason in err ("modifiers: ...") for a malformed
 * document or a limit exceeded, -ENOMEM. */
int order_understanding_parse(const char *json, size_t len, struct order_understanding **out,
                              char *err, size_t err_size);

/* The compiled-in default (gateway/order/understanding.json). Aborts if it does not parse:
 * the build embedded a broken file. */
struct order_understanding *order_understanding_default(void);

/* Reads and parses a file. Returns 0, -errno when unreadable, or parse's errors; err starts
 * with the path. */
int order_understanding_load(const char *path, struct order_understanding **out, char *err,
                             size_t err_size);

void order_understanding_free(struct order_understanding *u);

const char *order_category_name(enum order_category c);

/* Compiles phrase into *p (match form, tokenized; a "*" after the last word sets tail_any,
 * one between words star_at), its words stored in arena. Returns 0, or -EINVAL when it has
 * no words, too many, a misplaced "*", or is not UTF-8 text. */
int order_pattern_compile(struct order_arena *arena, const char *phrase, struct order_pattern *p);

/* Appends phrase (compiled like every pattern: match form, tokenized; a trailing "*" sets
 * tail_any) to list with the given value, its words stored in arena, which must have room
 * for 4x the phrase plus ORDER_PATTERN_WORDS_MAX bytes (aborts otherwise). Drops the list's
 * index (order_patterns_index rebuilds it). Returns 0, or -EINVAL when the phrase has no
 * words, too many, or is not UTF-8 text. */
int order_patterns_add(struct order_patterns *list, struct order_arena *arena, const char *phrase,
                       int32_t value);

void order_patterns_free(struct order_patterns *list);

/* Matches pattern p at tokens[at..end) of text. Returns the number of tokens it covers
 * (the whole rest for tail_any), or 0 when it does not match there. */
size_t order_pattern_match(const struct order_pattern *p, const char *text,
                           const struct order_token *tokens, size_t at, size_t end);

/* The longest pattern of list matching at tokens[at..end): returns its token count and sets
 * *which (optional) to its index (the first of equally long ones), 0 when none matches.
 * Patterns with tail_any count as covering the rest. Tries only the patterns starting with
 * the token's word when the list is indexed. */
size_t order_patterns_longest(const struct order_patterns *list, const char *text,
                              const struct order_token *tokens, size_t at, size_t end,
                              size_t *which);

/* Is tokens[at] a unit of serving on its own: the first word of a quantity unit "<word> of"
 * ("slices", "orders", "cups")? "cake, 2 slices" counts the cake as "2 slices of cake" does. */
bool order_unit_word_at(const struct order_understanding *u, const char *text,
                        const struct order_token *tokens, size_t at, size_t end);

#endif
