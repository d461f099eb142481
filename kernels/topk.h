/* topk.h — keeping the best k (score, index) pairs of a row: the CPU menu scorer's selection
 * and the CUDA top-2 kernel's per-thread lists and merge tree use these same functions.
 *
 * Order: higher score first; equal scores keep the lower index first, so a result does not
 * depend on the order in which candidates arrive (a thread's strided scan, the merge tree, or a
 * plain loop). A NaN ranks ahead of nothing: it fills a list only while the list has room
 * (topk_insert) and never displaces a number; top2's -INFINITY sentinels keep it out. */
#ifndef BRIGADE_KERNELS_TOPK_H
#define BRIGADE_KERNELS_TOPK_H

#include <math.h>
#include <stdint.h>

#include "kernels/common.h"

/* Whether (s, i) ranks ahead of (t, j). */
static inline BRIGADE_HD int topk_better(float s, uint32_t i, float t, uint32_t j)
{
    return s > t || (s == t && i < j);
}

/* Inserts (s, i) into the sorted list best/idx of *have <= k entries, dropping the last one
 * when the list is full and (s, i) ranks ahead of it. */
static inline BRIGADE_HD void topk_insert(float *best, uint32_t *idx, size_t *have, size_t k,
                                          float s, uint32_t i)
{
    if (*have == k && !topk_better(s, i, best[k - 1], idx[k - 1]))
        return;
    size_t pos = *have < k ? (*have)++ : k - 1;
    while (pos > 0 && topk_better(s, i, best[pos - 1], idx[pos - 1])) {
        best[pos] = best[pos - 1];
        idx[pos] = idx[pos - 1];
        pos--;
    }
    best[pos] = s;
    idx[pos] = i;
}

/* Two-entry lists as the top-2 kernel keeps them: an empty slot holds score -INFINITY and
 * index UINT32_MAX, which every real candidate (finite score, or -inf with a lower index)
 * ranks ahead of. */
struct top2 {
    float score[2];
    uint32_t index[2];
};

static inline BRIGADE_HD void top2_init(struct top2 *t)
{
    t->score[0] = t->score[1] = -INFINITY;
    t->index[0] = t->index[1] = UINT32_MAX;
}

static inline BRIGADE_HD void top2_insert(struct top2 *t, float s, uint32_t i)
{
    if (topk_better(s, i, t->score[0], t->index[0])) {
        t->score[1] = t->score[0];
        t->index[1] = t->index[0];
        t->score[0] = s;
        t->index[0] = i;
    } else if (topk_better(s, i, t->score[1], t->index[1])) {
        t->score[1] = s;
        t->index[1] = i;
    }
}

/* Folds list b into a: the best two of both (their indices are disjoint). */
static inline BRIGADE_HD void top2_merge(struct top2 *a, const struct top2 *b)
{
    top2_insert(a, b->score[0], b->index[0]);
    top2_insert(a, b->score[1], b->index[1]);
}

/* Threads of the top-2 kernel's block (one block per row of scores); a power of two. */
#define TOP2_THREADS 128

/* What thread `thread` of `threads` gathers from a row of items scores before the merge tree:
 * the items thread, thread + threads, thread + 2 * threads, ... */
static inline BRIGADE_HD void top2_scan(const float *row, size_t items, size_t thread,
                                        size_t threads, struct top2 *t)
{
    top2_init(t);
    for (size_t i = thread; i < items; i += threads)
        top2_insert(t, row[i], (uint32_t)i);
}

/* One level of the merge tree over the block's lists: thread < stride folds in the list of
 * thread + stride. Strides threads/2, threads/4, ..., 1 leave the row's top 2 in lists[0]. */
static inline BRIGADE_HD void top2_tree_step(struct top2 *lists, size_t thread, size_t stride)
{
    if (thread < stride)
        top2_merge(&lists[thread], &lists[thread + stride]);
}

/* ---- k-entry lists (kernels/topk.cu, k <= TOPK_K_MAX) ---------------------------------- */

#define TOPK_K_MAX 16
#define TOPK_THREADS                                                                               \
    128 /* threads of the top-k kernel's block (one block per row); a power of two */

/* A list of the best k entries, best first; empty slots hold -INFINITY and UINT32_MAX as
 * top2's do, so a row of fewer than k items leaves the tail empty, exactly the pairs the host
 * scorer leaves unfilled. */
struct topk_list {
    float score[TOPK_K_MAX];
    uint32_t index[TOPK_K_MAX];
};

static inline BRIGADE_HD void topk_list_init(struct topk_list *l, size_t k)
{
    for (size_t j = 0; j < k; j++) {
        l->score[j] = -INFINITY;
        l->index[j] = UINT32_MAX;
    }
}

/* topk_insert on a list that is always full (of sentinels at first): the same order, so the
 * same result for every candidate that ranks ahead of an empty slot. */
static inline BRIGADE_HD void topk_list_insert(struct topk_list *l, size_t k, float s, uint32_t i)
{
    size_t have = k;
    topk_insert(l->score, l->index, &have, k, s, i);
}

/* Thread `thread` of `threads` gathers the items thread, thread + threads, ... of a row. */
static inline BRIGADE_HD void topk_scan(const float *row, size_t items, size_t k, size_t thread,
                                        size_t threads, struct topk_list *l)
{
    topk_list_init(l, k);
    for (size_t i = thread; i < items; i += threads)
        topk_list_insert(l, k, row[i], (uint32_t)i);
}

/* One level of the merge tree: thread < stride folds in the list of thread + stride (indices
 * disjoint). Strides threads/2, ..., 1 leave the row's best k in lists[0]. */
static inline BRIGADE_HD void topk_tree_step(struct topk_list *lists, size_t k, size_t thread,
                                             size_t stride)
{
    if (thread >= stride)
        return;
    const struct topk_list *b = &lists[thread + stride];
    for (size_t j = 0; j < k && b->index[j] != UINT32_MAX; j++)
        topk_list_insert(&lists[thread], k, b->score[j], b->index[j]);
}

#endif
