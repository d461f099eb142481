/* embed_assert.h — assertions that stay on in every build (engine, lexical, menu matrix).
 *
 * A broken invariant or a failed allocation aborts with file:line; limping on would hand a
 * core a wrong vector or a dangling pointer. */
#ifndef BRIGADE_EMBED_ASSERT_H
#define BRIGADE_EMBED_ASSERT_H

#include "kernels/assert.h"

#define EMBED_ASSERT(cond) BRIGADE_ASSERT(cond)

/* Out of memory: abort with the allocation site. */
#define EMBED_OOM_CHECK(ptr) BRIGADE_OOM_CHECK(ptr)

#endif
