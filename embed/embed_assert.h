/* embed_assert.h — assertions that stay on in every build (engine, lexical, menu matrix).
 *
 * A broken invariant or a failed allocation aborts with file:line; limping on would hand a
 * core a wrong vector or a dangling pointer. */
#ifndef BRIGADE_EMBED_ASSERT_H
#define BRIGADE_EMBED_ASSERT_H

#include <stdio.h>
#include <stdlib.h>

#define EMBED_ASSERT(cond)                                                                         \
    do {                                                                                           \
        if (!(cond)) {                                                                             \
            fprintf(stderr, "%s:%d: assertion failed: %s\n", __FILE__, __LINE__, #cond);           \
            abort();                                                                               \
        }                                                                                          \
    } while (0)

/* Out of memory: abort with the allocation site. */
#define EMBED_OOM_CHECK(ptr)                                                                       \
    do {                                                                                           \
        if ((ptr) == NULL) {                                                                       \
            fprintf(stderr, "%s:%d: out of memory\n", __FILE__, __LINE__);                         \
            abort();                                                                               \
        }                                                                                          \
    } while (0)

#endif
