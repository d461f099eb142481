/* refcount.h — the reference count of an object shared read-only across threads (the menu
 * matrix, a score set): created at 1, taken by whoever keeps it, dropped by each holder, freed
 * by the one that drops the last reference. */
#ifndef BRIGADE_EMBED_REFCOUNT_H
#define BRIGADE_EMBED_REFCOUNT_H

#include <stdatomic.h>
#include <stdbool.h>
#include <stdint.h>

#include "embed/embed_assert.h"

/* Takes a reference; only a live one can be copied, so the count is above 0. */
static inline void refcount_take(_Atomic uint32_t *refs)
{
    uint32_t old = atomic_fetch_add_explicit(refs, 1, memory_order_relaxed);
    EMBED_ASSERT(old > 0);
}

/* Drops a reference; true for the last one, whose holder frees the object. acq_rel: every
 * holder's reads of the object happen before the free. */
static inline bool refcount_drop(_Atomic uint32_t *refs)
{
    uint32_t old = atomic_fetch_sub_explicit(refs, 1, memory_order_acq_rel);
    EMBED_ASSERT(old > 0);
    return old == 1;
}

#endif
