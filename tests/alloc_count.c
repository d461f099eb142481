/* alloc_count.c — counts every allocation of the process (see alloc_count.h). */
#define _GNU_SOURCE
#include "alloc_count.h"

#include <errno.h>
#include <execinfo.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>

#if defined(__SANITIZE_ADDRESS__)
#define ALLOC_UNDER_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define ALLOC_UNDER_ASAN 1
#endif
#endif

static atomic_ullong alloc_count;     /* every allocation but those of operator new */
static atomic_ullong cxx_alloc_count; /* operator new's */
static _Thread_local int in_operator_new;

/* The call stacks of the first allocations after alloc_trace_start. backtrace() is called
 * there once before tracing: its first call loads libgcc_s, which allocates. */
enum { TRACES_KEPT = 4, TRACE_FRAMES = 24 };
struct alloc_trace {
    size_t bytes;
    int frames;
    void *frame[TRACE_FRAMES];
};
static atomic_bool tracing;
static atomic_int traces_taken;
static struct alloc_trace traces[TRACES_KEPT];
static _Thread_local int in_trace;

static void alloc_counted(size_t bytes)
{
    if (in_operator_new || in_trace)
        return;
    atomic_fetch_add_explicit(&alloc_count, 1, memory_order_relaxed);
    if (!atomic_load_explicit(&tracing, memory_order_relaxed))
        return;
    int k = atomic_fetch_add(&traces_taken, 1);
    if (k >= TRACES_KEPT)
        return;
    in_trace++;
    traces[k].bytes = bytes;
    traces[k].frames = backtrace(traces[k].frame, TRACE_FRAMES);
    in_trace--;
}

void alloc_trace_start(void)
{
    void *frame[2];
    in_trace++;
    backtrace(frame, 2);
    in_trace--;
    atomic_store(&traces_taken, 0);
    atomic_store(&tracing, true);
}

void alloc_trace_stop(void)
{
    atomic_store(&tracing, false);
}

/* The kept stacks, to stderr (backtrace_symbols_fd allocates nothing). */
void alloc_traces_print(void)
{
    int n = atomic_load(&traces_taken);
    for (int k = 0; k < n && k < TRACES_KEPT; k++) {
        fprintf(stderr, "allocation %d while measuring, %zu bytes, from:\n", k + 1,
                traces[k].bytes);
        backtrace_symbols_fd(traces[k].frame, traces[k].frames, 2);
    }
}

/* operator new and delete (Itanium C++ ABI names): malloc and free, counted apart. An
 * allocation failure aborts (there is no C++ exception to throw from here). */
void *_Znwm(size_t n);
void *_Znam(size_t n);
void *_ZnwmRKSt9nothrow_t(size_t n, const void *tag);
void *_ZnamRKSt9nothrow_t(size_t n, const void *tag);
void _ZdlPv(void *p);
void _ZdaPv(void *p);
void _ZdlPvm(void *p, size_t n);
void _ZdaPvm(void *p, size_t n);
void _ZdlPvRKSt9nothrow_t(void *p, const void *tag);
void _ZdaPvRKSt9nothrow_t(void *p, const void *tag);

static void *cxx_new(size_t n)
{
    atomic_fetch_add_explicit(&cxx_alloc_count, 1, memory_order_relaxed);
    in_operator_new++;
    void *p = malloc(n ? n : 1);
    in_operator_new--;
    if (p == NULL)
        abort();
    return p;
}

void *_Znwm(size_t n)
{
    return cxx_new(n);
}
void *_Znam(size_t n)
{
    return cxx_new(n);
}
void *_ZnwmRKSt9nothrow_t(size_t n, const void *tag)
{
    (void)tag;
    return cxx_new(n);
}
void *_ZnamRKSt9nothrow_t(size_t n, const void *tag)
{
    (void)tag;
    return cxx_new(n);
}
void _ZdlPv(void *p)
{
    free(p);
}
void _ZdaPv(void *p)
{
    free(p);
}
void _ZdlPvm(void *p, size_t n)
{
    (void)n;
    free(p);
}
void _ZdaPvm(void *p, size_t n)
{
    (void)n;
    free(p);
}
void _ZdlPvRKSt9nothrow_t(void *p, const void *tag)
{
    (void)tag;
    free(p);
}
void _ZdaPvRKSt9nothrow_t(void *p, const void *tag)
{
    (void)tag;
    free(p);
}

#ifdef ALLOC_UNDER_ASAN
int __sanitizer_install_malloc_and_free_hooks(void (*malloc_hook)(const volatile void *, size_t),
                                              void (*free_hook)(const volatile void *));

static void alloc_hook(const volatile void *p, size_t n)
{
    (void)p;
    alloc_counted(n);
}

static void free_hook(const volatile void *p)
{
    (void)p;
}

bool alloc_count_start(void)
{
    return __sanitizer_install_malloc_and_free_hooks(alloc_hook, free_hook) != 0;
}
#else
void *__libc_malloc(size_t n);
void *__libc_calloc(size_t count, size_t n);
void *__libc_realloc(void *p, size_t n);
void *__libc_memalign(size_t align, size_t n);
void __libc_free(void *p);

void *malloc(size_t n)
{
    alloc_counted(n);
    return __libc_malloc(n);
}

void *calloc(size_t count, size_t n)
{
    alloc_counted(count * n);
    return __libc_calloc(count, n);
}

void *realloc(void *p, size_t n)
{
    alloc_counted(n);
    return __libc_realloc(p, n);
}

void free(void *p)
{
    __libc_free(p);
}

void *memalign(size_t align, size_t n)
{
    alloc_counted(n);
    return __libc_memalign(align, n);
}

void *aligned_alloc(size_t align, size_t n)
{
    alloc_counted(n);
    return __libc_memalign(align, n);
}

int posix_memalign(void **out, size_t align, size_t n)
{
    alloc_counted(n);
    void *p = __libc_memalign(align, n);
    if (p == NULL)
        return ENOMEM;
    *out = p;
    return 0;
}

bool alloc_count_start(void)
{
    return true;
}
#endif

unsigned long long alloc_count_now(void)
{
    return atomic_load_explicit(&alloc_count, memory_order_relaxed);
}

unsigned long long alloc_count_cxx(void)
{
    return atomic_load_explicit(&cxx_alloc_count, memory_order_relaxed);
}
