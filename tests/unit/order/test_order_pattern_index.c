/* test_order_pattern_index.c — phrase patterns by first word (pattern_index.h): a lookup
 * offers exactly the patterns starting with the token's word, in the list's order;
 * order_patterns_longest answers the same with and without the index, for multi-word
 * patterns, wildcards, prefixes of patterns and words no pattern starts with; a list grown
 * after indexing is scanned whole. */
#include <stdbool.h>

#include "check.h"
#include "gateway/order/pattern_index.h"

enum { ARENA_BYTES = 1 << 14 };

static char arena_buf[ARENA_BYTES];
static struct order_arena arena = {arena_buf, 0, sizeof(arena_buf)};

/* A message in match form and its tokens. */
struct text {
    char folded[ORDER_FOLDED_BYTES_MAX];
    struct order_token tokens[64];
    size_t n;
};

static void text_of(struct text *t, const char *s)
{
    int n = order_normalize_match(s, strlen(s), t->folded, sizeof(t->folded));
    CHECK(n >= 0);
    t->n = order_tokenize(t->folded, n < 0 ? 0 : (size_t)n, t->tokens, 64);
}

static void add(struct order_patterns *l, const char *phrase)
{
    CHECK_INT_EQ(order_patterns_add(l, &arena, phrase, (int32_t)l->count), 0);
}

/* 0 "can i get", 1 "can i", 2 "can", 3 "could you", 4 "can i have *", 5 "im * away",
 * 6 "tell me" (7 "can i" again: equally long as 1, never chosen over it) */
static void build(struct order_patterns *l)
{
    memset(l, 0, sizeof(*l));
    const char *phrases[] = {"can I get",    "can I",      "can",     "could you",
                             "can I have *", "I'm * away", "tell me", "Can I"};
    for (size_t i = 0; i < sizeof(phrases) / sizeof(phrases[0]); i++)
        add(l, phrases[i]);
}

static size_t longest(const struct order_patterns *l, const char *s, size_t at, size_t *which)
{
    struct text t;
    text_of(&t, s);
    *which = 99;
    return order_patterns_longest(l, t.folded, t.tokens, at, t.n, which);
}

static void test_candidates(void)
{
    struct order_patterns l;
    build(&l);
    size_t n = 0;
    CHECK(order_patterns_candidates(&l, "can", 3, &n) == NULL); /* not indexed yet */
    CHECK_INT_EQ(n, 8);
    order_patterns_index(&l);
    const uint16_t *c = order_patterns_candidates(&l, "can", 3, &n);
    CHECK(c != NULL);
    CHECK_INT_EQ(n, 5);
    uint16_t expect[] = {0, 1, 2, 4, 7};
    for (size_t j = 0; c && j < n && j < 5; j++)
        CHECK_INT_EQ(c[j], expect[j]);
    c = order_patterns_candidates(&l, "could", 5, &n);
    CHECK_INT_EQ(n, 1);
    CHECK_INT_EQ(c[0], 3);
    c = order_patterns_candidates(&l, "im", 2, &n);
    CHECK_INT_EQ(n, 1);
    CHECK_INT_EQ(c[0], 5);
    /* no pattern starts with these: a prefix, an extension, a later word, an unknown word,
     * words shaped like "can" (first byte and length) that are not it */
    const char *none[] = {"ca", "cann", "i", "get", "me", "burger", "cat", "Can", "sat"};
    for (size_t i = 0; i < sizeof(none) / sizeof(none[0]); i++) {
        c = order_patterns_candidates(&l, none[i], strlen(none[i]), &n);
        CHECK(c != NULL);
        CHECK_INT_EQ(n, 0);
    }
    order_patterns_free(&l);
    CHECK(l.index == NULL);
}

/* The same answers from the indexed list and from a scan. */
static void test_longest(void)
{
    struct order_patterns l;
    build(&l);
    for (int indexed = 0; indexed < 2; indexed++) {
        if (indexed)
            order_patterns_index(&l);
        size_t w;
        CHECK_INT_EQ(longest(&l, "can i get a burger", 0, &w), 3);
        CHECK_INT_EQ(w, 0);
        CHECK_INT_EQ(longest(&l, "can i please get a burger", 0, &w), 2);
        CHECK_INT_EQ(w, 1); /* "can I" before the equally long "Can I" */
        CHECK_INT_EQ(longest(&l, "can we", 0, &w), 1);
        CHECK_INT_EQ(w, 2);
        CHECK_INT_EQ(longest(&l, "can i have two tacos", 0, &w), 5); /* tail: the rest */
        CHECK_INT_EQ(w, 4);
        CHECK_INT_EQ(longest(&l, "can i have", 0, &w), 2); /* the tail needs a token */
        CHECK_INT_EQ(w, 1);
        CHECK_INT_EQ(longest(&l, "I'm far far away", 0, &w), 4); /* inner wildcard: 2 tokens */
        CHECK_INT_EQ(w, 5);
        CHECK_INT_EQ(longest(&l, "so could you", 1, &w), 2);
        CHECK_INT_EQ(w, 3);
        CHECK_INT_EQ(longest(&l, "could", 0, &w), 0); /* a prefix of a pattern */
        CHECK_INT_EQ(w, 99);
        CHECK_INT_EQ(longest(&l, "cannot", 0, &w), 0);
        CHECK_INT_EQ(longest(&l, "tell them", 0, &w), 0);
        CHECK_INT_EQ(longest(&l, "get", 0, &w), 0);
        CHECK_INT_EQ(longest(&l, ", can", 0, &w), 0); /* punctuation starts no pattern */
        CHECK_INT_EQ(longest(&l, ", can", 1, &w), 1);
    }
    /* a pattern added after indexing is found: the stale index is dropped */
    add(&l, "can I get a");
    size_t w;
    CHECK(l.index == NULL);
    CHECK_INT_EQ(longest(&l, "can i get a burger", 0, &w), 4);
    CHECK_INT_EQ(w, 8);
    /* an index that no longer describes the list (items appended directly) is not used */
    order_patterns_index(&l);
    l.items[l.count] = l.items[0];
    l.items[l.count].word_lens[0] = 4;
    l.items[l.count].words[0] = "tell";
    l.items[l.count].n_words = 1;
    l.count++;
    size_t n;
    CHECK(order_patterns_candidates(&l, "tell", 4, &n) == NULL);
    CHECK_INT_EQ(n, 10);
    CHECK_INT_EQ(longest(&l, "tell them", 0, &w), 1);
    CHECK_INT_EQ(w, 9);
    order_patterns_free(&l);
}

/* Every list of the built-in understanding, at every token of a long text: the indexed
 * lookup and a scan of a copy without index agree on the length and the pattern. */
static void test_understanding(void)
{
    struct order_understanding *u = order_understanding_default();
    struct order_patterns *lists[] = {
        &u->quantities, &u->quantity_units, &u->modifiers,    &u->sizes,
        &u->openers,    &u->fillers,        &u->greetings,    &u->question_starts,
        &u->cues,       &u->diet_cues,      &u->section_cues, &u->vague_quantities,
    };
    static struct text t;
    text_of(&t, "Hi! can I get 2 orders of the large fries, no onions, extra cheese please; "
                "a couple of vegan burgers w/ oat milk? how much is it, thanks so much");
    CHECK(t.n > 30);
    size_t agree = 0, matched = 0;
    for (size_t l = 0; l < sizeof(lists) / sizeof(lists[0]); l++) {
        CHECK(lists[l]->index != NULL);
        struct order_patterns scan = *lists[l];
        scan.index = NULL;
        for (size_t at = 0; at < t.n; at++) {
            size_t w1 = 9999, w2 = 9999;
            size_t a = order_patterns_longest(lists[l], t.folded, t.tokens, at, t.n, &w1);
            size_t b = order_patterns_longest(&scan, t.folded, t.tokens, at, t.n, &w2);
            agree += a == b && w1 == w2;
            matched += a > 0;
        }
    }
    CHECK_INT_EQ(agree, t.n * (sizeof(lists) / sizeof(lists[0])));
    CHECK(matched > 10);
    order_understanding_free(u);
}

int main(void)
{
    test_candidates();
    test_longest();
    test_understanding();
    return check_failures ? 1 : 0;
}
