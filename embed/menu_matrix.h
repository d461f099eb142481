/* menu_matrix.h — every menu item's embedding in one matrix, scored with one GEMM.
 *
 * A matrix is immutable once built: rows x dim floats, row-major, each row L2-normalised, so
 * a query's dot product with a row is the cosine similarity. Top-k for a batch of queries
 * is one cblas_sgemm (queries x rows^T) followed by a small selection per query.
 *
 * Reload: a menu_matrix_slot holds the current matrix. Cores take a counted reference for
 * the length of a batch (menu_matrix_slot_acquire / menu_matrix_unref); a reload builds a
 * new matrix off to the side and publishes it with one pointer swap. The old matrix is
 * freed by whoever drops its last reference, so a batch in flight finishes on the menu it
 * started with. */
#ifndef BRIGADE_EMBED_MENU_MATRIX_H
#define BRIGADE_EMBED_MENU_MATRIX_H

#include <pthread.h>
#include <stdatomic.h>
#include <stddef.h>
#include <stdint.h>

#include "embed/engine.h"

enum {
    MENU_MATRIX_ROWS_MAX = 4096,
    MENU_MATRIX_DIM_MAX = 65536,
    MENU_MATRIX_TOPK_MAX = 16,
    MENU_MATRIX_TEXT_BYTES_MAX = 2048, /* composed item text, NUL included */
};

/* Which text of an item is embedded. Names alone match short order phrases best; with
 * descriptions, questions about ingredients find their item. */
enum menu_matrix_text {
    MENU_MATRIX_TEXT_NAME,
    MENU_MATRIX_TEXT_NAME_DESCRIPTION, /* "name. description" */
    MENU_MATRIX_TEXT_MAX,
};

struct menu_matrix {
    size_t rows;
    size_t dim;
    float *data; /* [rows x dim] */
    _Atomic uint32_t refs;
};

/* Writes an item's text for `mode` into out (NUL-terminated, cut to out_cap - 1 bytes at a
 * UTF-8 boundary). description may be NULL or empty (the name alone is used). Returns the
 * length written. */
size_t menu_matrix_compose(enum menu_matrix_text mode, const char *name, const char *description,
                           char *out, size_t out_cap);

/* Copies n rows of dim floats and L2-normalises each (zero rows stay zero). The new matrix
 * holds one reference, owned by the caller. Returns 0 or -EINVAL (n or dim out of range). */
int menu_matrix_from_rows(const float *rows, size_t n, size_t dim, struct menu_matrix **out);

/* Embeds n item texts through the engine (blocking; a reload path, not a core's hot path)
 * and builds the matrix from them. Returns 0, -EINVAL, or the engine's -errno. */
int menu_matrix_build(struct engine *e, const char *const *texts, size_t n,
                      struct menu_matrix **out);

void menu_matrix_ref(struct menu_matrix *m);
/* Drops a reference; the last one frees the matrix. NULL is a no-op. */
void menu_matrix_unref(struct menu_matrix *m);

/* Floats of scratch menu_matrix_topk needs for n queries. */
size_t menu_matrix_scratch_floats(const struct menu_matrix *m, size_t n_queries);

/* Scores n queries [n x dim] (expected unit length) against every row with one sgemm and
 * writes, per query, the best min(k, rows) rows by descending score (ties: lower row first)
 * to out_idx[q * k + j] and out_score[q * k + j]. k <= MENU_MATRIX_TOPK_MAX. scratch holds
 * menu_matrix_scratch_floats(m, n) floats. Returns min(k, rows). Thread-safe: the matrix is
 * read-only. */
size_t menu_matrix_topk(const struct menu_matrix *m, const float *queries, size_t n, size_t k,
                        uint32_t *out_idx, float *out_score, float *scratch);

/* The published matrix. Acquire and publish take a mutex held for a pointer load plus a
 * reference count (nanoseconds, once per batch): a plain atomic pointer could be freed
 * between a reader's load and its increment. */
struct menu_matrix_slot {
    pthread_mutex_t lock;
    struct menu_matrix *current;
    uint64_t version; /* bumped on every publish */
};

void menu_matrix_slot_init(struct menu_matrix_slot *s);
/* Drops the current matrix's slot reference. */
void menu_matrix_slot_free(struct menu_matrix_slot *s);

/* The current matrix with a reference for the caller (NULL when none was published);
 * *version (optional) receives its version. Release with menu_matrix_unref. */
struct menu_matrix *menu_matrix_slot_acquire(struct menu_matrix_slot *s, uint64_t *version);

/* Makes m current, taking over the caller's reference to it; the previous matrix loses the
 * slot's reference. Returns the new version. */
uint64_t menu_matrix_slot_publish(struct menu_matrix_slot *s, struct menu_matrix *m);

#endif
