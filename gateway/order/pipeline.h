/* pipeline.h — one customer message to one result, in two steps around the embed engine.
 *
 * For an event loop: order_prepare runs on the core (validate and normalise the text, detect
 * its language, read it: clauses, item spans, quantities, modifiers, leftovers — reading.h —
 * and list the texts to embed); the caller embeds those texts wherever it likes (the engine,
 * batched with other messages: engine_submit with work->embed_texts / embed_lens, n_embed
 * sequences, and order_pipeline_score_set with work->score_mask / scores, so the engine
 * scores the vectors against the menu and prototype matrices and the core runs no GEMM);
 * order_finish runs on the core again with the scores (match the leftovers,
 * decide the clauses' intents, build the result and its reply). Nothing here blocks or
 * allocates per message: a struct order_work holds every buffer, sized once by
 * order_work_new, and is reused.
 *
 * A pipeline is immutable after order_pipeline_new and shared by every core. It borrows the
 * menu and the understanding (both must outlive it) and owns the menu's lexicon
 * (lexicon.h), the English dictionary and the food lexicon, and the embeddings of the menu
 * names (+ aliases), of the class prototype sentences and of every item's "name.
 * description", computed at start-up through the engine. A menu reload builds a new
 * pipeline.
 *
 * Texts embedded per message: one per distinct leftover phrase that may name a dish (at
 * most ORDER_ITEMS_MAX), after the whole message (display form) when classification or
 * retrieval may need its vector. Spans the lexicon resolved (a menu name or alias, one item
 * or several) need no vector. order_prepare classifies the message with the prototype
 * similarities at both extremes, for every way its phrases could match: when the readings
 * agree and none is a general question (retrieval), the message's vector cannot change the
 * result and is not embedded (message_embedded false); a message may then need no text at
 * all (n_embed 0: call order_finish at once). The texts point into the work, which must stay
 * untouched from order_prepare until order_finish. */
#ifndef BRIGADE_GATEWAY_ORDER_PIPELINE_H
#define BRIGADE_GATEWAY_ORDER_PIPELINE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "embed/engine.h"
#include "embed/engine_score.h"
#include "gateway/order/classify.h"
#include "gateway/order/dictionary.h"
#include "gateway/order/food.h"
#include "gateway/order/language.h"
#include "gateway/order/lexicon.h"
#include "gateway/order/match.h"
#include "gateway/order/reading.h"
#include "gateway/order/understanding.h"
#include "io/menu.h"

struct sb_stemmer;

enum {
    ORDER_ID_BYTES_MAX = 128, /* message id, NUL included (longer ids are refused) */
    ORDER_EMBED_TEXTS_MAX = 1 + ORDER_ITEMS_MAX,
    /* the engine's scores per text: names' top-k, a prototype score per class, retrieval */
    ORDER_SCORE_PAIRS_MAX = ORDER_MATCH_TOPK + ORDER_CATEGORY_MAX + ORDER_RETRIEVAL_TOPK_MAX,
    ORDER_UNKNOWN_MAX = ORDER_ITEMS_MAX,
    ORDER_CLARIFY_MAX = ORDER_ITEMS_MAX,
    ORDER_CLARIFY_CANDIDATES_MAX = 4, /* menu items named in one question back */
    ORDER_CLAUSE_TEXT_MAX = 200,      /* bytes of a clause's text kept in the result */
    ORDER_REPLY_BYTES_MAX = 2048,     /* reply text, NUL included; longer replies are cut */
    ORDER_RESULT_JSON_MAX = 32768,    /* enough for any result */
    /* names matched by embedding (each menu name, without "The ", and the aliases) */
    ORDER_NAME_ROWS_MAX = ORDER_PATTERNS_MAX,
};

enum order_status {
    ORDER_STATUS_ACCEPTED,
    ORDER_STATUS_REJECTED,
    ORDER_STATUS_REVIEW,
    ORDER_STATUS_ANSWERED,
    ORDER_STATUS_LOGGED,
    ORDER_STATUS_MAX,
};

struct order_pipeline;

/* The matrices of order_pipeline_score_set, in order: bit j of a text's score mask. */
enum order_score_matrix {
    ORDER_SCORE_NAMES,      /* top ORDER_MATCH_TOPK name rows of a leftover phrase */
    ORDER_SCORE_PROTOTYPES, /* the message's best prototype score per category */
    ORDER_SCORE_ITEMS,      /* top retrieval_topk items of the message, for a question */
    ORDER_SCORE_MATRICES,
};

struct order_work {
    /* filled by order_prepare */
    char id[ORDER_ID_BYTES_MAX];
    bool has_id;
    char display[ORDER_TEXT_BYTES_MAX + 1]; /* NFC, blanks collapsed */
    char folded[ORDER_FOLDED_BYTES_MAX];    /* match form */
    size_t display_len, folded_len;
    struct order_token tokens[ORDER_TOKENS_MAX];
    size_t n_tokens;
    struct order_reading reading;
    struct order_cue_memo cue_memo; /* the cues its classifications found (cue_memo.h) */
    bool foreign;                   /* written in a language the pipeline does not read */
    /* inside an English greeting that opens the message and an English thanks that closes
     * it (order_language_courtesy_edges): display bytes [inner_from, inner_to), tokens
     * [inner_tb, inner_te); its language is told from these alone */
    size_t inner_from, inner_to, inner_tb, inner_te;
    char language[ORDER_LANGUAGE_CODE_MAX];
    const char *embed_texts[ORDER_EMBED_TEXTS_MAX]; /* point into display / reading */
    size_t embed_lens[ORDER_EMBED_TEXTS_MAX];
    size_t n_embed;
    bool message_embedded; /* embed_texts[0] is the whole message */
    bool embed_all;        /* set by the caller: embed the message whatever order_prepare's probe
                            * says (to check that leaving it out changes no result) */
    int8_t thing_text[ORDER_ITEMS_MAX]; /* per reading thing: its embed text, or -1 */
    struct order_result *probe;         /* order_prepare's trial classification */
    struct sb_stemmer *stemmer;         /* this work's own (Snowball is not thread-safe) */
    /* the category order_prepare's plan left the reading classified as, where order_finish
     * cannot classify it otherwise (no phrase whose match could change it, no clause that
     * weighed the similarities); -1: order_finish classifies it */
    int8_t planned;
    /* What the engine scores each embed text against (engine_score.h: bit j = matrix j of
     * order_pipeline_score_set), and where it writes the scores: per text
     * ORDER_SCORE_PAIRS_MAX pairs or fewer, the set's engine_score_set_pairs. */
    uint8_t score_mask[ORDER_EMBED_TEXTS_MAX];
    struct engine_score scores[ORDER_EMBED_TEXTS_MAX * ORDER_SCORE_PAIRS_MAX];
};

struct order_result_item {
    int32_t menu_index;
    int32_t qty;
    struct order_modifiers mods;
    float score; /* 1 for a name the lexicon read, else the embedding's similarity */
};

/* A question back to the customer: which of several items, or how many. */
struct order_clarify {
    char phrase[ORDER_PHRASE_BYTES_MAX];              /* what the customer wrote ("smoothie") */
    int32_t candidates[ORDER_CLARIFY_CANDIDATES_MAX]; /* menu indices, best or menu order */
    float scores[ORDER_CLARIFY_CANDIDATES_MAX];
    uint8_t n_candidates;
    bool more;       /* more items fit than are listed */
    bool how_many;   /* the item is known, its count is not ("a few onion rings") */
    bool past;       /* an order outside the message ("the usual"): a person must look it up */
    bool left_to_us; /* the choice left to the kitchen ("surprise me"): what to pick is asked */
    bool lost; /* part of the message did not come through ("1 ▒▒▒▒", "[inaudible]") */
};

struct order_result_clause {
    char text[ORDER_CLAUSE_TEXT_MAX]; /* match form, cut at a character boundary */
    uint8_t intent;                   /* enum order_intent */
};

struct order_result {
    const struct order_pipeline *pipeline; /* names are read from it */
    char id[ORDER_ID_BYTES_MAX];
    bool has_id;
    enum order_category category;
    enum order_status status;
    enum order_category intents[ORDER_CATEGORY_MAX]; /* each once, in text order */
    size_t n_intents;
    struct order_result_clause clauses[ORDER_CLAUSES_MAX];
    size_t n_clauses;
    bool foreign;
    bool unsure; /* an order read from counted dishes alone (classify_doubt.c): in review */
    /* an order naming more things than a message keeps (ORDER_ITEMS_MAX): in review, items
     * holds the first ones and a person confirms the whole order */
    bool truncated;
    char language[ORDER_LANGUAGE_CODE_MAX];
    struct order_result_item items[ORDER_ITEMS_MAX];
    size_t n_items;
    /* orders: things asked for that the menu lacks; inquiries: food asked about that it
     * lacks ("do you sell pizza?"), used by the reply but not listed in the JSON */
    char unknown[ORDER_UNKNOWN_MAX][ORDER_PHRASE_BYTES_MAX];
    size_t n_unknown;
    struct order_clarify clarify[ORDER_CLARIFY_MAX];
    size_t n_clarify;
    int32_t about[ORDER_MENTIONS_MAX]; /* questions: menu items asked about */
    size_t n_about;
    int64_t total_cents;                    /* accepted orders */
    struct order_class_scores class_scores; /* what decided the category (for diagnostics) */
    char reply[ORDER_REPLY_BYTES_MAX];
};

/* Builds a pipeline: compiles menu names and aliases (aliases naming no menu item are
 * skipped), embeds the names and the class prototypes through engine (blocking: start-up
 * only). Returns 0, -EINVAL (empty menu) or -E2BIG (more than ORDER_NAME_ROWS_MAX names)
 * with err, or the engine's -errno. */
int order_pipeline_new(const struct menu *menu, const struct order_understanding *u,
                       struct engine *engine, struct order_pipeline **out, char *err,
                       size_t err_size);
void order_pipeline_free(struct order_pipeline *p);

size_t order_pipeline_dim(const struct order_pipeline *p);
const struct menu *order_pipeline_menu(const struct order_pipeline *p);
const struct order_understanding *order_pipeline_understanding(const struct order_pipeline *p);

/* A work area for p (allocates its scratch once). Aborts on out of memory. */
struct order_work *order_work_new(const struct order_pipeline *p);
void order_work_free(struct order_work *w);

/* Step 1 on the core. id may be NULL. Returns 0 with w->n_embed texts to embed; -EINVAL for
 * invalid UTF-8 or an empty text (the endpoint answers 400), -E2BIG for a text over
 * ORDER_TEXT_BYTES_MAX or an id over ORDER_ID_BYTES_MAX - 1 bytes (413 / 400). */
int order_prepare(const struct order_pipeline *p, const char *id, size_t id_len, const char *text,
                  size_t len, struct order_work *w);

/* The matrices the engine scores embed texts against (names with top ORDER_MATCH_TOPK, the
 * prototypes with the best score per class, the items with top retrieval_topk). Submit each
 * message's request with it, w->score_mask and w->scores; the pipeline keeps a reference for
 * its life, engine_submit takes one per request. */
struct engine_score_set *order_pipeline_score_set(const struct order_pipeline *p);

/* Step 2 on the core: scores holds the engine's scores of w->n_embed texts, in the order of
 * w->embed_texts, engine_score_set_pairs of order_pipeline_score_set per text (unread when
 * n_embed is 0). Fills *r completely (valid while p lives). */
void order_finish(const struct order_pipeline *p, struct order_work *w,
                  const struct engine_score *scores, struct order_result *r);

/* Writes r as one JSON object (no new line) in the DESIGN.md result format:
 *   {"id": "..."|null, "category": "order"|"inquiry"|"other",
 *    "status": "accepted"|"rejected"|"review"|"answered"|"logged",
 *    "intents": ["order", "inquiry"], "clauses": [{"text", "intent"}], ["language": "es",]
 *    "items": [{"name", "qty", "modifiers": [...], "unit_price", "score"}],
 *    "unknown": ["phrase", ...], "clarify": [{"phrase", "candidates": [...]}],
 *    ["total": 23.65,] "reply": "..."}
 * Prices have two decimals, scores three. "clarify" lists what is asked back (status
 * review). "language" appears when the message is not in English (status review: a person
 * reads it). "total" appears for accepted orders. "order_id" is left to the server, which
 * knows it after the INSERT. Returns the length (buf NUL-terminated), or -ENOSPC when cap
 * is too small (ORDER_RESULT_JSON_MAX always suffices). */
int order_result_json(const struct order_result *r, char *buf, size_t cap);

const char *order_status_name(enum order_status s);

/* One message for order_analyze_batch. */
struct order_message {
    const char *id; /* may be NULL */
    size_t id_len;
    const char *text;
    size_t len;
};

/* Synchronous convenience for tools: prepares n messages into works[0..n), embeds and scores
 * every text of all of them in one engine request, finishes each into results[i]. rcs[i] receives
 * order_prepare's status (results[i] is untouched when it is not 0). Returns 0, or the
 * engine's -errno (no result is then valid). */
int order_analyze_batch(const struct order_pipeline *p, struct engine *engine,
                        const struct order_message *msgs, size_t n, struct order_work **works,
                        struct order_result *results, int *rcs);

#endif
