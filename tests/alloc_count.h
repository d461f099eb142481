/* alloc_count.h — every allocation of a test program, counted, for the tests that hold a
 * path to allocating nothing once warm.
 *
 * Linking alloc_count.c into a test program interposes its allocator. In a normal build it
 * defines malloc, calloc, realloc and the aligned allocators, forwarding to glibc's __libc_*
 * (glibc's own internal calls come here too); in the AddressSanitizer build the sanitizer owns
 * malloc, so its malloc hook counts instead. It also defines C++'s operator new and delete
 * (the executable's definitions win over libstdc++'s and the sanitizer's for every caller) and
 * counts what comes through them apart: the only C++ in the process is libcld2, which news
 * its scanning buffers on each call. An interposed allocator cannot carry a context: the
 * counters are globals, on every thread. */
#ifndef BRIGADE_TESTS_ALLOC_COUNT_H
#define BRIGADE_TESTS_ALLOC_COUNT_H

#include <stdbool.h>

/* Starts counting (installs the sanitizer's hook in the ASan build); false when it cannot. */
bool alloc_count_start(void);

/* Allocations so far, but those of operator new; and those of operator new. */
unsigned long long alloc_count_now(void);
unsigned long long alloc_count_cxx(void);

/* Between start and stop, the first allocations keep their call stacks, so that a failure
 * names the code that allocated (a rare one shows up on some runs only); alloc_traces_print
 * writes them to stderr. */
void alloc_trace_start(void);
void alloc_trace_stop(void);
void alloc_traces_print(void);

#endif
