/* bpe.c — byte-level BPE: the pre-split regex (PCRE2 JIT) and merges by rank.
 *
 * Vocabulary keys were turned back into raw bytes at load, so a word's initial symbols are
 * its bytes and no byte<->unicode mapping happens per encode. Merging follows the library:
 * a min-heap of candidate pairs ordered by (rank, position); an entry whose pair changed
 * since it was pushed is skipped when popped. O(n log n) per word, so a 100 KB word is
 * fine. */
#include "embed/bpe.h"

#include <stdlib.h>
#include <string.h>

#include "embed/embed_assert.h"

/* GPT-2's table: printable Latin-1 bytes map to themselves, the other 68 bytes to
 * U+0100.. in byte order. */
static bool byte_is_printable(uint8_t b)
{
    return (b >= 33 && b <= 126) || (b >= 161 && b <= 172) || b >= 174;
}

uint32_t bpe_byte_to_codepoint(uint8_t b)
{
    if (byte_is_printable(b))
        return b;
    uint32_t n = 0;
    for (uint32_t c = 0; c < b; c++)
        n += !byte_is_printable((uint8_t)c);
    return 256 + n;
}

int bpe_codepoint_to_byte(int32_t cp)
{
    if (cp >= 0 && cp < 256 && byte_is_printable((uint8_t)cp))
        return cp;
    if (cp < 256 || cp >= 256 + 68)
        return -1;
    uint32_t n = 0;
    for (uint32_t c = 0; c < 256; c++) {
        if (!byte_is_printable((uint8_t)c) && n++ == (uint32_t)cp - 256)
            return (int)c;
    }
    return -1;
}

struct bpe_symbol {
    int32_t id;
    int32_t prev, next;
    uint32_t len; /* 0: merged into its left neighbour */
};

struct bpe_candidate {
    uint32_t rank;
    uint32_t pos;
    int32_t merged;
};

struct bpe_work {
    struct bpe_symbol *syms;
    struct bpe_candidate *heap;
    size_t n_heap;
};

void bpe_scratch_init(struct bpe_scratch *s)
{
    *s = (struct bpe_scratch){0};
    s->match = pcre2_match_data_create(1, NULL);
    EMBED_OOM_CHECK(s->match);
}

void bpe_scratch_free(struct bpe_scratch *s)
{
    free(s->pre);
    free(s->work);
    if (s->match)
        pcre2_match_data_free(s->match);
    *s = (struct bpe_scratch){0};
}

void bpe_model_free(struct bpe_model *b)
{
    tokenizer_strmap_free(&b->vocab);
    tokenizer_pairmap_free(&b->merges);
    if (b->split_re)
        pcre2_code_free(b->split_re);
    b->split_re = NULL;
}

static bool cand_less(const struct bpe_candidate *a, const struct bpe_candidate *b)
{
    return a->rank != b->rank ? a->rank < b->rank : a->pos < b->pos;
}

static void heap_push(struct bpe_work *w, struct bpe_candidate c)
{
    size_t i = w->n_heap++;
    while (i > 0) {
        size_t parent = (i - 1) / 2;
        if (!cand_less(&c, &w->heap[parent]))
            break;
        w->heap[i] = w->heap[parent];
        i = parent;
    }
    w->heap[i] = c;
}

static struct bpe_candidate heap_pop(struct bpe_work *w)
{
    struct bpe_candidate top = w->heap[0], last = w->heap[--w->n_heap];
    size_t i = 0, n = w->n_heap;
    for (;;) {
        size_t c = 2 * i + 1;
        if (c >= n)
            break;
        if (c + 1 < n && cand_less(&w->heap[c + 1], &w->heap[c]))
            c++;
        if (!cand_less(&w->heap[c], &last))
            break;
        w->heap[i] = w->heap[c];
        i = c;
    }
    if (n > 0)
        w->heap[i] = last;
    return top;
}

static void push_pair(const struct bpe_model *b, struct bpe_work *w, int32_t pos)
{
    int32_t next = w->syms[pos].next;
    uint32_t rank;
    int32_t merged;
    if (next >= 0 &&
        tokenizer_pairmap_get(&b->merges, w->syms[pos].id, w->syms[next].id, &rank, &merged))
        heap_push(w, (struct bpe_candidate){.rank = rank, .pos = (uint32_t)pos, .merged = merged});
}

/* Scratch for a word of n bytes: n symbols and at most 3n heap entries (n - 1 initial
 * pairs, two per merge). */
static struct bpe_work work_for(struct bpe_scratch *s, size_t n)
{
    size_t bytes = n * sizeof(struct bpe_symbol) + 3 * n * sizeof(struct bpe_candidate);
    tokenizer_grow(&s->work, &s->work_cap, bytes, 1);
    struct bpe_work w = {.syms = s->work};
    w.heap = (struct bpe_candidate *)(w.syms + n);
    return w;
}

static void bpe_word(const struct bpe_model *b, struct bpe_scratch *s, const char *word, size_t n,
                     struct tokenizer_sink *out)
{
    if (b->ignore_merges) {
        int32_t id = tokenizer_strmap_get(&b->vocab, word, n);
        if (id >= 0) {
            tokenizer_sink_push(out, id);
            return;
        }
    }
    struct bpe_work w = work_for(s, n);
    int32_t count = 0;
    for (size_t i = 0; i < n; i++) {
        int32_t id = b->byte_ids[(uint8_t)word[i]];
        if (id < 0)
            continue; /* no symbol for this byte and no unk: the library drops it too */
        w.syms[count] =
            (struct bpe_symbol){.id = id, .prev = count - 1, .next = count + 1, .len = 1};
        count++;
    }
    if (count == 0)
        return;
    w.syms[count - 1].next = -1;
    for (int32_t i = 0; i + 1 < count; i++)
        push_pair(b, &w, i);
    while (w.n_heap > 0) {
        struct bpe_candidate c = heap_pop(&w);
        struct bpe_symbol *left = &w.syms[c.pos];
        if (left->len == 0 || left->next < 0)
            continue;
        struct bpe_symbol *right = &w.syms[left->next];
        uint32_t rank;
        int32_t merged;
        if (!tokenizer_pairmap_get(&b->merges, left->id, right->id, &rank, &merged) ||
            merged != c.merged)
            continue; /* stale: one side was merged since this pair was pushed */
        left->id = merged;
        left->len += right->len;
        right->len = 0;
        left->next = right->next;
        if (left->next >= 0)
            w.syms[left->next].prev = (int32_t)c.pos;
        if (left->prev >= 0)
            push_pair(b, &w, left->prev);
        push_pair(b, &w, (int32_t)c.pos);
    }
    for (int32_t i = 0; i >= 0 && !out->full; i = w.syms[i].next)
        tokenizer_sink_push(out, w.syms[i].id);
}

void bpe_encode_piece(const struct bpe_model *b, struct bpe_scratch *s, const char *text,
                      size_t len, struct tokenizer_sink *out)
{
    if (b->add_prefix_space && len > 0 && text[0] != ' ') {
        tokenizer_grow((void **)&s->pre, &s->pre_cap, len + 1, 1);
        s->pre[0] = ' ';
        memcpy(s->pre + 1, text, len);
        text = s->pre;
        len++;
    }
    if (!b->split_re) {
        bpe_word(b, s, text, len, out);
        return;
    }
    const PCRE2_SPTR subject = (PCRE2_SPTR)text;
    PCRE2_SIZE *ov = pcre2_get_ovector_pointer(s->match);
    size_t at = 0;
    while (at < len && !out->full) {
        /* pcre2_match runs the JIT code when the pattern has it, and falls back otherwise. */
        int rc = pcre2_match(b->split_re, subject, len, at, 0, s->match, NULL);
        if (rc < 0) {
            EMBED_ASSERT(rc == PCRE2_ERROR_NOMATCH);
            break;
        }
        size_t from = ov[0], to = ov[1];
        if (from > at)
            bpe_word(b, s, text + at, from - at, out); /* unmatched bytes (e.g. invalid UTF-8) */
        if (to == from) {
            /* An empty match cannot make progress: take one byte as its own piece. */
            to = from + 1;
            if (to > len)
                break;
        }
        bpe_word(b, s, text + from, to - from, out);
        at = to;
    }
    if (at < len && !out->full)
        bpe_word(b, s, text + at, len - at, out);
}
