/* assert.h — brigade's always-on assertions, one definition for every module.
 *
 * A broken invariant or a failed allocation aborts with file:line in every build type (the
 * build never defines NDEBUG away from them): limping on would serve a wrong answer. Each
 * module names its own alias (HTTP_ASSERT, EMBED_ASSERT, ...) so a report says where it
 * came from at a glance. It lives in kernels/ because that is the lowest layer: header-only,
 * includable by every library and by host code next to the CUDA kernels without a link
 * dependency. */
#ifndef BRIGADE_KERNELS_ASSERT_H
#define BRIGADE_KERNELS_ASSERT_H

#include <stdio.h>
#include <stdlib.h>

#define BRIGADE_ASSERT(cond)                                                                       \
    do {                                                                                           \
        if (!(cond)) {                                                                             \
            fprintf(stderr, "%s:%d: assertion failed: %s\n", __FILE__, __LINE__, #cond);           \
            abort();                                                                               \
        }                                                                                          \
    } while (0)

/* Out of memory: abort with the allocation site. */
#define BRIGADE_OOM_CHECK(ptr)                                                                     \
    do {                                                                                           \
        if ((ptr) == NULL) {                                                                       \
            fprintf(stderr, "%s:%d: out of memory\n", __FILE__, __LINE__);                         \
            abort();                                                                               \
        }                                                                                          \
    } while (0)

#endif
