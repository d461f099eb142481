/* lexicon_build.c — building the menu's vocabulary at start-up (see lexicon.h): every word of
 * the names, aliases and sections with its stem, sound keys and variants, hashed for the
 * lookups of lexicon.c. Start-up code: it allocates freely; what it builds is read-only
 * afterwards. */
#include <errno.h>
#include <libstemmer.h>
#include <math.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gateway/order/lexicon.h"
#include "gateway/order/letter_words.h"
#include "gateway/order/lexicon_internal.h"
#include "gateway/order/menu_words.h"
#include "gateway/order/normalize.h"
#include "gateway/order/order_assert.h"
#include "gateway/order/text_words.h"
#include "gateway/order/word_hash.h"

enum {
    LEX_WORDS_MAX = 65535,
    LEX_NAME_TOKENS_MAX = 32,
};

/* Words that join the words of a name without naming anything: "Mac and Cheese Bites",
 * "The Green Garden ...", "mac n cheese", "slice of carrot cake". */
static const char *const lex_connectors[] = {"the", "and", "of", "n", "&", "a", "an", "with"};

static bool lex_is_connector(const char *w, size_t len)
{
    for (size_t i = 0; i < sizeof(lex_connectors) / sizeof(lex_connectors[0]); i++)
        if (strlen(lex_connectors[i]) == len && memcmp(lex_connectors[i], w, len) == 0)
            return true;
    return false;
}

static void lex_hash_put(struct order_lexicon *lx, const char *s, size_t len, bool by_stem,
                         uint32_t id)
{
    size_t mask = lx->hash_cap - 1,
           i = (order_word_hash(s, len) ^ (by_stem ? 0x9e3779b9u : 0)) & mask;
    while (lx->hash[i])
        i = (i + 1) & mask;
    lx->hash[i] = (id + 1) | (by_stem ? 0x80000000u : 0);
}

static void lex_sound_put(struct order_lexicon *lx, uint32_t id, bool heard)
{
    const struct order_lex_word *x = &lx->words[id];
    const char *key = heard ? x->sound_heard : x->sound;
    size_t kl = heard ? x->sound_heard_len : x->sound_len;
    size_t mask = lx->hash_cap - 1, i = (order_word_hash(key, kl) ^ LEX_SOUND_SALT) & mask;
    while (lx->hash[i])
        i = (i + 1) & mask;
    lx->hash[i] = (id + 1) | LEX_SOUND_FLAG | (heard ? LEX_SOUND_ALT : 0);
}

/* The id of word w, added when new. */
static int32_t lex_add_word(struct order_lexicon *lx, struct sb_stemmer *st, const char *w,
                            size_t len)
{
    for (size_t i = 0; i < lx->n_words; i++)
        if (lx->words[i].len == len && memcmp(lx->words[i].text, w, len) == 0)
            return (int32_t)i;
    if (lx->n_words % 64 == 0) {
        lx->words = realloc(lx->words, (lx->n_words + 64) * sizeof(*lx->words));
        ORDER_ASSERT(lx->words != NULL);
    }
    struct order_lex_word *x = &lx->words[lx->n_words];
    memset(x, 0, sizeof(*x));
    memcpy(x->text, w, len);
    x->len = (uint8_t)len;
    x->letters = order_word_letters(w, len);
    x->stem_len = (uint8_t)lex_stem(st, w, len, x->stem);
    x->sound_len = (uint8_t)lex_sound_key(w, len, x->sound, sizeof(x->sound), false);
    x->sound_heard_len =
        (uint8_t)lex_sound_key(w, len, x->sound_heard, sizeof(x->sound_heard), true);
    if (x->sound_heard_len == x->sound_len && memcmp(x->sound_heard, x->sound, x->sound_len) == 0)
        x->sound_heard_len = 0;
    return (int32_t)lx->n_words++;
}

/* Adds one variant (a name or an alias) of item. */
static void lex_push_variant(struct order_lexicon *lx, const uint16_t *words, uint8_t nw,
                             uint32_t item);
static void lex_add_synonym_variants(struct order_lexicon *lx, struct sb_stemmer *st,
                                     const uint16_t *words, uint8_t nw, uint32_t item);

static void lex_add_variant(struct order_lexicon *lx, struct sb_stemmer *st, const char *name,
                            uint32_t item)
{
    char folded[ORDER_FOLDED_BYTES_MAX];
    int n = order_normalize_match(name, strlen(name), folded, sizeof(folded));
    if (n <= 0)
        return;
    struct order_token toks[LEX_NAME_TOKENS_MAX];
    size_t nt = order_tokenize(folded, (size_t)n, toks, LEX_NAME_TOKENS_MAX);
    uint16_t words[ORDER_PATTERN_WORDS_MAX];
    uint8_t nw = 0;
    for (size_t t = 0; t < nt && nw < ORDER_PATTERN_WORDS_MAX; t++) {
        const char *w = folded + toks[t].off;
        if (toks[t].kind != ORDER_TOKEN_WORD || toks[t].len >= ORDER_LEX_WORD_BYTES_MAX ||
            lex_is_connector(w, toks[t].len))
            continue;
        int32_t id = lex_add_word(lx, st, w, toks[t].len);
        order_item_set_add(&lx->words[id].items, item);
        words[nw++] = (uint16_t)id;
    }
    if (nw == 0)
        return;
    lex_push_variant(lx, words, nw, item);
    lex_add_synonym_variants(lx, st, words, nw, item);
}

/* Records one variant. */
static void lex_push_variant(struct order_lexicon *lx, const uint16_t *words, uint8_t nw,
                             uint32_t item)
{
    lx->words[words[nw - 1]].head = true;
    if (lx->n_variants % 64 == 0) {
        size_t cap = lx->n_variants + 64;
        lx->variant_words = realloc(lx->variant_words, cap * sizeof(*lx->variant_words));
        lx->variant_len = realloc(lx->variant_len, cap * sizeof(*lx->variant_len));
        lx->variant_item = realloc(lx->variant_item, cap * sizeof(*lx->variant_item));
        ORDER_ASSERT(lx->variant_words && lx->variant_len && lx->variant_item);
    }
    memcpy(lx->variant_words[lx->n_variants], words, nw * sizeof(words[0]));
    lx->variant_len[lx->n_variants] = nw;
    lx->variant_item[lx->n_variants++] = item;
}

/* The understanding's synonyms ("coke" for "coca-cola", "guac" for "guacamole"): each word
 * of a variant that has one gives another variant with the synonym in its place. */
static void lex_add_synonym_variants(struct order_lexicon *lx, struct sb_stemmer *st,
                                     const uint16_t *words, uint8_t nw, uint32_t item)
{
    const struct order_patterns *syn = &lx->u->synonyms;
    for (size_t k = 0; k < nw; k++) {
        for (size_t s = 0; s < syn->count; s++) {
            const struct order_lex_word *w = &lx->words[words[k]];
            const struct order_pattern *p = &syn->items[s];
            const char *of = lx->u->synonym_of[p->value];
            if (p->n_words != 1 || strlen(of) != w->len || memcmp(of, w->text, w->len) != 0)
                continue;
            uint16_t alt[ORDER_PATTERN_WORDS_MAX];
            memcpy(alt, words, nw * sizeof(alt[0]));
            int32_t id = lex_add_word(lx, st, p->words[0], p->word_lens[0]);
            order_item_set_add(&lx->words[id].items, item);
            alt[k] = (uint16_t)id;
            lex_push_variant(lx, alt, nw, item);
        }
    }
}

/* The understanding's synonyms of a section's noun ("beverages", "bevs" for "drinks") name
 * its items as the noun does. */
static void lex_add_section_synonyms(struct order_lexicon *lx, struct sb_stemmer *st,
                                     const char *noun, size_t len, uint32_t item, bool head)
{
    const struct order_patterns *syn = &lx->u->synonyms;
    for (size_t s = 0; s < syn->count; s++) {
        const struct order_pattern *p = &syn->items[s];
        const char *of = lx->u->synonym_of[p->value];
        if (p->n_words != 1 || strlen(of) != len || memcmp(of, noun, len) != 0)
            continue;
        size_t known = lx->n_words;
        int32_t id = lex_add_word(lx, st, p->words[0], p->word_lens[0]);
        struct order_lex_word *w = &lx->words[id];
        w->section_only = w->section_only || (size_t)id >= known; /* no name holds it */
        order_item_set_add(&w->items, item);
        w->head = w->head || head;
    }
}

/* A section ("drinks") names every item of it: its noun joins the vocabulary as a head. */
static void lex_add_sections(struct order_lexicon *lx, struct sb_stemmer *st)
{
    const struct menu *m = lx->menu;
    for (size_t i = 0; i < m->count; i++) {
        char folded[ORDER_LEX_WORD_BYTES_MAX * 4];
        const char *sec = m->items[i].section;
        int n = order_normalize_match(sec, strlen(sec), folded, sizeof(folded));
        if (n <= 0 || n >= ORDER_LEX_WORD_BYTES_MAX || strchr(folded, ' '))
            continue;
        char stem[ORDER_LEX_WORD_BYTES_MAX];
        size_t sl = lex_stem(st, folded, (size_t)n, stem);
        int32_t id = -1;
        for (size_t w = 0; w < lx->n_words && id < 0; w++)
            if (lx->words[w].stem_len == sl && memcmp(lx->words[w].stem, stem, sl) == 0)
                id = (int32_t)w;
        if (id < 0) {
            id = lex_add_word(lx, st, folded, (size_t)n);
            lx->words[id].section_only = true;
        }
        order_item_set_add(&lx->words[id].items, i);
        /* "drinks" and "desserts" name a kind of dish; "kids" and "sides" do not */
        lx->words[id].head = lx->words[id].head || order_food_word(lx->food, folded, (size_t)n);
        lex_add_section_synonyms(lx, st, folded, (size_t)n, (uint32_t)i, lx->words[id].head);
    }
}

/* A word of the understanding's not_dish_words ("kids": "for the kids" is no order). */
static bool lex_not_dish(const struct order_lexicon *lx, const struct order_lex_word *w)
{
    const struct order_patterns *l = &lx->u->not_dish_words;
    for (size_t i = 0; i < l->count; i++)
        if (l->items[i].n_words == 1 && l->items[i].word_lens[0] == w->len &&
            memcmp(l->items[i].words[0], w->text, w->len) == 0)
            return true;
    return false;
}

/* A vocabulary word that is no English and starts another ("choc" of the alias "choc shake"
 * starts "chocolate") is a clipping of it: it names that word's items too, so "a choc
 * brownie" is the Vegan Chocolate Brownie. */
static void lex_clippings(struct order_lexicon *lx)
{
    enum { CLIPPING_MIN = 4, CLIPPED_LETTERS_MIN = 2 };
    for (size_t i = 0; i < lx->n_words; i++) {
        struct order_lex_word *w = &lx->words[i];
        if (w->len < CLIPPING_MIN || order_dictionary_has(lx->dict, w->text, w->len))
            continue;
        for (size_t j = 0; j < lx->n_words; j++) {
            const struct order_lex_word *v = &lx->words[j];
            if (j != i && v->len >= w->len + CLIPPED_LETTERS_MIN &&
                memcmp(v->text, w->text, w->len) == 0)
                order_item_set_or(&w->items, &v->items);
        }
    }
}

static void lex_finish_words(struct order_lexicon *lx)
{
    lex_clippings(lx);
    size_t n_items = lx->menu->count;
    for (size_t i = 0; i < lx->n_words; i++) {
        struct order_lex_word *w = &lx->words[i];
        w->df = (uint16_t)order_item_set_count(&w->items);
        w->weight = (float)log(1.0 + (double)n_items / (w->df ? w->df : 1));
        w->anchor = w->head || order_food_word(lx->food, w->text, w->len) ||
                    !order_dictionary_has(lx->adjectives, w->text, w->len);
        if (lex_not_dish(lx, w))
            w->anchor = w->head = false, w->not_dish = true;
    }
    lx->hash_cap = 64;
    while (lx->hash_cap < 8 * lx->n_words) /* up to four entries a word: at most half full */
        lx->hash_cap *= 2;
    lx->hash = calloc(lx->hash_cap, sizeof(*lx->hash));
    ORDER_ASSERT(lx->hash != NULL);
    for (size_t i = 0; i < lx->n_words; i++) {
        lex_hash_put(lx, lx->words[i].text, lx->words[i].len, false, (uint32_t)i);
        lex_hash_put(lx, lx->words[i].stem, lx->words[i].stem_len, true, (uint32_t)i);
        if (lx->words[i].sound_len > 0)
            lex_sound_put(lx, (uint32_t)i, false);
        if (lx->words[i].sound_heard_len > 0)
            lex_sound_put(lx, (uint32_t)i, true);
    }
}

/* Appends to the match form folded the kinds of food its words name that it does not say
 * itself ("skirt steak": beef), so that a customer's "beef taco" finds every beef one. */
static void lex_add_food_kinds(const struct order_understanding *u, char *folded, size_t cap)
{
    const struct order_patterns *kinds = &u->food_kinds;
    for (size_t k = 0; k < kinds->count; k++) {
        const struct order_pattern *p = &kinds->items[k];
        const char *kind = u->food_kind_of[p->value];
        size_t len = strlen(folded), kind_len = strlen(kind);
        if (p->n_words != 1 || !order_lexicon_text_has_word(folded, p->words[0], p->word_lens[0]) ||
            order_lexicon_text_has_word(folded, kind, kind_len) || len + kind_len + 2U > cap)
            continue;
        snprintf(folded + len, cap - len, " %s", kind);
    }
}

/* The match form of an item's name and description, as order_lexicon_item_mentions reads
 * it, or NULL when it does not fit. */
static char *lex_fold_item(const struct order_understanding *u, const struct menu_item *it)
{
    char raw[ORDER_TEXT_BYTES_MAX], folded[ORDER_TEXT_BYTES_MAX];
    int k = snprintf(raw, sizeof(raw), "%s. %s", it->name, it->description ? it->description : "");
    if (k <= 0 || (size_t)k >= sizeof(raw) ||
        order_normalize_match(raw, (size_t)k, folded, sizeof(folded)) < 0)
        return NULL;
    lex_add_food_kinds(u, folded, sizeof(folded));
    char *out = strdup(folded);
    ORDER_ASSERT(out != NULL);
    return out;
}

/* Appends to lx->part_names (when non-NULL) the names "X de Y" of item i's description, past
 * its name, in the order the description has them; returns how many. */
static size_t lex_part_names_of(struct order_lexicon *lx, size_t i)
{
    const char *text = lx->item_text[i];
    if (!text)
        return 0;
    const char *desc = strstr(text, ". ");
    size_t n = 0;
    for (const char *q = desc ? desc : text; (q = strstr(q, " de ")) != NULL; q++) {
        const char *b = q, *e = q + 4;
        while (b > text && order_text_letter(b[-1]))
            b--;
        if (b == q || !order_text_letter(*e))
            continue;
        while (order_text_letter(*e))
            e++; /* "pico de gallo": the word after "de" ends the name */
        if ((size_t)(e - b) > UINT16_MAX)
            continue;
        if (lx->part_names)
            lx->part_names[lx->n_part_names++] = (struct order_part_name){
                .item = (uint32_t)i,
                .word_len = (uint16_t)(q - b),
                .len = (uint16_t)(e - b),
                .text = b,
            };
        n++;
    }
    return n;
}

static void lex_part_names(struct order_lexicon *lx)
{
    size_t n = 0;
    for (size_t i = 0; i < lx->menu->count; i++)
        n += lex_part_names_of(lx, i);
    lx->part_names = calloc(n ? n : 1, sizeof(*lx->part_names));
    ORDER_ASSERT(lx->part_names != NULL);
    lx->n_part_names = 0;
    for (size_t i = 0; i < lx->menu->count; i++)
        lex_part_names_of(lx, i);
}

/* Folds every item's name and description once, for the lookups that read them. */
static void lex_fold_texts(struct order_lexicon *lx)
{
    lx->item_text = calloc(lx->menu->count ? lx->menu->count : 1, sizeof(*lx->item_text));
    ORDER_ASSERT(lx->item_text != NULL);
    for (size_t i = 0; i < lx->menu->count; i++)
        lx->item_text[i] = lex_fold_item(lx->u, &lx->menu->items[i]);
    lx->text_words = malloc(sizeof(*lx->text_words));
    ORDER_ASSERT(lx->text_words != NULL);
    order_text_words_init(lx->text_words, lx->item_text, lx->menu->count);
    lx->menu_words = malloc(sizeof(*lx->menu_words));
    ORDER_ASSERT(lx->menu_words != NULL);
    order_menu_words_init(lx->menu_words, lx->menu);
    lx->letter_words = malloc(sizeof(*lx->letter_words));
    ORDER_ASSERT(lx->letter_words != NULL);
    order_letter_words_init(lx->letter_words, lx->item_text, lx->menu->count);
    lex_part_names(lx);
}

int order_lexicon_init(struct order_lexicon *lx, const struct menu *menu,
                       const struct order_understanding *u, const struct order_dictionary *dict,
                       const struct order_dictionary *adjectives, const struct order_food *food,
                       char *err, size_t err_size)
{
    static atomic_uint serials;
    memset(lx, 0, sizeof(*lx));
    lx->serial = atomic_fetch_add(&serials, 1U) + 1U;
    if (menu->count > ORDER_LEX_ITEMS_MAX) {
        snprintf(err, err_size, "%zu menu items: more than %d", menu->count, ORDER_LEX_ITEMS_MAX);
        return -E2BIG;
    }
    lx->menu = menu;
    lx->dict = dict;
    lx->adjectives = adjectives;
    lx->food = food;
    lx->u = u;
    struct sb_stemmer *st = sb_stemmer_new("english", NULL);
    ORDER_ASSERT(st != NULL);
    for (size_t i = 0; i < menu->count; i++)
        lex_add_variant(lx, st, menu->items[i].name, (uint32_t)i);
    for (size_t a = 0; a < u->n_aliases; a++)
        for (size_t i = 0; i < menu->count; i++)
            if (strcmp(menu->items[i].name, u->aliases[a].menu_name) == 0) {
                char phrase[ORDER_PATTERN_WORDS_MAX * ORDER_LEX_WORD_BYTES_MAX];
                size_t o = 0;
                const struct order_pattern *p = &u->aliases[a].pattern;
                for (size_t w = 0; w < p->n_words; w++)
                    o += (size_t)snprintf(phrase + o, sizeof(phrase) - o, "%s%s", w ? " " : "",
                                          p->words[w]);
                lex_add_variant(lx, st, phrase, (uint32_t)i);
            }
    lex_add_sections(lx, st);
    sb_stemmer_delete(st);
    if (lx->n_words > LEX_WORDS_MAX) {
        snprintf(err, err_size, "%zu words in the menu's names: more than %d", lx->n_words,
                 LEX_WORDS_MAX);
        order_lexicon_free(lx);
        return -E2BIG;
    }
    lex_finish_words(lx);
    lex_fold_texts(lx);
    lex_mark_drinks(lx);
    return 0;
}

void order_lexicon_free(struct order_lexicon *lx)
{
    for (size_t i = 0; lx->item_text && i < lx->menu->count; i++)
        free(lx->item_text[i]);
    free(lx->item_text);
    if (lx->text_words)
        order_text_words_free(lx->text_words);
    free(lx->text_words);
    if (lx->menu_words)
        order_menu_words_free(lx->menu_words);
    free(lx->menu_words);
    if (lx->letter_words)
        order_letter_words_free(lx->letter_words);
    free(lx->letter_words);
    free(lx->part_names);
    free(lx->item_drink);
    free(lx->words);
    free(lx->variant_words);
    free(lx->variant_len);
    free(lx->variant_item);
    free(lx->hash);
    memset(lx, 0, sizeof(*lx));
}
