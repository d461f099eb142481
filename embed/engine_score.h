/* engine_score.h — the engine scores the vectors it makes against fixed matrices, so that a
 * core receives scores instead of vectors.
 *
 * A score set is an immutable list of at most ENGINE_SCORE_MATRICES_MAX matrices
 * (menu_matrix.h: unit rows), each with what is wanted of it:
 *   ENGINE_SCORE_TOPK       the best k rows, by descending score, ties: lower row first
 *                           (kernels/topk.h, the order menu_matrix_topk gives);
 *   ENGINE_SCORE_CLASS_MAX  per class c < n_classes, the highest score over the rows of
 *                           class c (row_class[row]), -INFINITY for a class without rows.
 * A request names a set (embed_request.score_set) and, per sequence, which of its matrices
 * to score (score_mask bit j: matrix j). After the batch that finishes a request, the engine
 * thread L2-normalises each vector that needs scoring (double accumulation), runs one
 * cblas_sgemm per matrix over all the finished requests' vectors that need it, selects, and
 * writes the pairs to embed_request.scores: per sequence engine_score_set_pairs(set) pairs,
 * matrix j's at engine_score_set_offset(set, j). Pairs a matrix does not fill (k beyond its
 * rows, a sequence whose mask leaves the matrix out) hold index UINT32_MAX and -INFINITY.
 * Vectors answered from the embedding cache are scored like the others: the cache holds
 * vectors, scoring happens after.
 *
 * Reload: sets are reference-counted. engine_submit takes a reference for the request and
 * the engine drops it once the request is scored, so a set replaced while requests are in
 * flight lives until the last of them completes. */
#ifndef BRIGADE_EMBED_ENGINE_SCORE_H
#define BRIGADE_EMBED_ENGINE_SCORE_H

#include <stdatomic.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct engine;
struct embed_request;
struct menu_matrix;

enum {
    ENGINE_SCORE_MATRICES_MAX = 8, /* score_mask is a uint8_t */
    ENGINE_SCORE_TOPK_MAX = 16,
    ENGINE_SCORE_CLASSES_MAX = 64,
    /* Vectors scored per sgemm: past a few hundred rows a GEMM gains nothing from more, and
     * the scores scratch (chunk x MENU_MATRIX_ROWS_MAX floats, 4 MiB) stays bounded whatever
     * the batch size. */
    ENGINE_SCORE_CHUNK_MAX = 256,
};

enum engine_score_kind {
    ENGINE_SCORE_TOPK,
    ENGINE_SCORE_CLASS_MAX,
    ENGINE_SCORE_KIND_MAX,
};

/* One (row or class, score) pair of a request's output. */
struct engine_score {
    uint32_t index;
    float score;
};

/* What to score against one matrix (borrowed for engine_score_set_new, which copies it). */
struct engine_score_spec {
    enum engine_score_kind kind;
    struct menu_matrix *rows;  /* the set takes a reference */
    size_t k;                  /* TOPK: 1..ENGINE_SCORE_TOPK_MAX */
    const uint32_t *row_class; /* CLASS_MAX: [rows->rows], each < n_classes */
    size_t n_classes;          /* CLASS_MAX: 1..ENGINE_SCORE_CLASSES_MAX */
};

struct engine_score_set;

/* Builds a set of n specs (1..ENGINE_SCORE_MATRICES_MAX, all rows of one dim) holding one
 * reference, the caller's. Returns 0 or -EINVAL (a spec out of range). */
int engine_score_set_new(const struct engine_score_spec *specs, size_t n,
                         struct engine_score_set **out);
void engine_score_set_ref(struct engine_score_set *s);
/* Drops a reference; the last one frees the set and its matrix references. NULL: no-op. */
void engine_score_set_unref(struct engine_score_set *s);
/* References held now (for tests and assertions). */
uint32_t engine_score_set_refs(const struct engine_score_set *s);

size_t engine_score_set_matrices(const struct engine_score_set *s);
/* Output pairs per sequence: the sum over matrices of k (TOPK) or n_classes (CLASS_MAX). */
size_t engine_score_set_pairs(const struct engine_score_set *s);
/* Where matrix j's pairs start within a sequence's pairs. */
size_t engine_score_set_offset(const struct engine_score_set *s, size_t j);
/* Pairs matrix j fills for a scored sequence: min(k, rows), or n_classes. */
size_t engine_score_set_filled(const struct engine_score_set *s, size_t j);
size_t engine_score_set_dim(const struct engine_score_set *s);
/* Matrix j's rows, and for CLASS_MAX its row classes (NULL for TOPK): valid while s lives. */
const struct menu_matrix *engine_score_set_rows(const struct engine_score_set *s, size_t j);
const uint32_t *engine_score_set_row_class(const struct engine_score_set *s, size_t j);

/* ---- the engine's side (engine.c) ----------------------------------------------------- */

struct engine_scorer;

/* Scratch for scoring up to min(chunk, ENGINE_SCORE_CHUNK_MAX) vectors of dim floats per
 * sgemm. Aborts on out of memory. */
struct engine_scorer *engine_scorer_new(size_t chunk, size_t dim);
void engine_scorer_free(struct engine_scorer *s);

/* Checks a request's scoring fields against dim: 0, or -EINVAL (a set without mask or
 * scores, a mask naming a matrix the set lacks, a set of another dim). No set: 0. */
int engine_score_check(const struct embed_request *r, size_t dim);

/* Scores the n finished requests (status 0 ones; each with its own set, usually one for
 * all) and drops the engine's reference to each request's set. Engine thread only. */
void engine_scorer_run(struct engine_scorer *s, struct embed_request *const *reqs, size_t n);

/* The pieces a backend's own scorer (embed_backend.score_batch) shares with the host one. */
/* Whether any of the n requests has a set to score (status 0 and a score_set). */
bool engine_score_wanted(struct embed_request *const *reqs, size_t n);
/* Sets every pair of the requests to be scored to index UINT32_MAX, score -INFINITY, so that
 * what a matrix does not fill (k beyond its rows, a masked-out sequence) reads as empty. */
void engine_score_clear_all(struct embed_request *const *reqs, size_t n);
/* The unit copy of v[dim] that is scored: the host scorer's normalisation, bit for bit. */
void engine_score_unit(const float *v, size_t dim, float *out);
/* Where engine_score_stage goes on: request i, sequence q. Start at {0, 0}. */
struct engine_score_cursor {
    size_t i, q;
};
/* Stages, from *cur on, up to cap of the sequences among the n requests that ask set for
 * matrix j: each one's unit vector into queries[staged * dim], its request and index into
 * seq_req / seq_idx. Returns how many (0: none left); *cur moves past them. */
size_t engine_score_stage(const struct engine_score_set *set, size_t j,
                          struct embed_request *const *reqs, size_t n, size_t dim,
                          struct engine_score_cursor *cur, float *queries,
                          struct embed_request **seq_req, size_t *seq_idx, size_t cap);
/* Drops the engine's reference to each request's set (after scoring, host or device). */
void engine_score_release(struct embed_request *const *reqs, size_t n);

#endif
