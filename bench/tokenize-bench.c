/* tokenize-bench.c — single-thread throughput of brigade's tokenizer.
 *
 * Usage: brigade-tokenize-bench TOKENIZER_JSON TEXTS_BIN [MIN_SECONDS [IDS_OUT]]
 * TEXTS_BIN is a sequence of (uint32 little-endian length, bytes) records, written by
 * bench/tokenizer-vs-hf so both sides read exactly the same texts. Encodes every text with
 * the template's specials and no truncation beyond IDS_MAX, one warm-up pass, then whole
 * passes until MIN_SECONDS have elapsed; prints one JSON line. With IDS_OUT, the warm-up
 * pass also writes every text's ids there as (uint32 count, int32 ids) records, little-endian,
 * so that the ids themselves can be compared with another tokenizer's. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "embed/tokenizer.h"

enum { IDS_MAX = 1 << 16 };

struct texts {
    char **ptr;
    uint32_t *len;
    size_t n;
};

static int read_texts(const char *path, struct texts *t)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return -1;
    size_t cap = 0;
    uint32_t len;
    while (fread(&len, sizeof(len), 1, f) == 1) {
        if (t->n == cap) {
            cap = cap ? cap * 2 : 1024;
            t->ptr = realloc(t->ptr, cap * sizeof(*t->ptr));
            t->len = realloc(t->len, cap * sizeof(*t->len));
            if (!t->ptr || !t->len)
                abort();
        }
        t->ptr[t->n] = malloc(len ? len : 1);
        if (!t->ptr[t->n] || fread(t->ptr[t->n], 1, len, f) != len) {
            fclose(f);
            return -1;
        }
        t->len[t->n++] = len;
    }
    fclose(f);
    return 0;
}

static double now_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

/* Encodes every text once; with ids_out, writes each text's ids as a record. Returns the
 * tokens of the pass, or SIZE_MAX when ids_out could not be written. */
static size_t one_pass(const struct tokenizer *tok, const struct texts *t, int32_t *ids,
                       FILE *ids_out)
{
    size_t tokens = 0;
    for (size_t i = 0; i < t->n; i++) {
        size_t n = tokenizer_encode(tok, t->ptr[i], t->len[i], ids, IDS_MAX);
        tokens += n;
        uint32_t count = (uint32_t)n;
        if (ids_out && (fwrite(&count, sizeof(count), 1, ids_out) != 1 ||
                        fwrite(ids, sizeof(*ids), n, ids_out) != n))
            return SIZE_MAX;
    }
    return tokens;
}

int main(int argc, char **argv)
{
    if (argc < 3) {
        fprintf(stderr, "usage: %s TOKENIZER_JSON TEXTS_BIN [MIN_SECONDS [IDS_OUT]]\n", argv[0]);
        return 2;
    }
    double min_s = argc > 3 ? atof(argv[3]) : 2.0;
    char err[256];
    struct tokenizer *tok;
    if (tokenizer_load(argv[1], &tok, err, sizeof(err)) != 0) {
        fprintf(stderr, "%s\n", err);
        return 1;
    }
    struct texts t = {0};
    if (read_texts(argv[2], &t) != 0 || t.n == 0) {
        fprintf(stderr, "%s: cannot read texts\n", argv[2]);
        return 1;
    }
    static int32_t ids[IDS_MAX];
    FILE *ids_out = argc > 4 ? fopen(argv[4], "wb") : NULL;
    if (argc > 4 && !ids_out) {
        perror(argv[4]);
        return 1;
    }
    size_t per_pass = one_pass(tok, &t, ids, ids_out), passes = 0;
    if (ids_out && (fclose(ids_out) != 0 || per_pass == SIZE_MAX)) {
        fprintf(stderr, "%s: cannot write the ids\n", argv[4]);
        return 1;
    }
    double t0 = now_s(), elapsed;
    do {
        if (one_pass(tok, &t, ids, NULL) != per_pass)
            abort(); /* same texts must give the same ids every time */
        passes++;
        elapsed = now_s() - t0;
    } while (elapsed < min_s);
    printf("{\"texts\": %zu, \"tokens_per_pass\": %zu, \"passes\": %zu, \"seconds\": %.4f, "
           "\"texts_per_s\": %.1f, \"tokens_per_s\": %.1f}\n",
           t.n, per_pass, passes, elapsed, (double)(t.n * passes) / elapsed,
           (double)(per_pass * passes) / elapsed);
    tokenizer_free(tok);
    for (size_t i = 0; i < t.n; i++)
        free(t.ptr[i]);
    free(t.ptr);
    free(t.len);
    return 0;
}
