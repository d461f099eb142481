/* json_arena.c — cJSON's allocation hooks over a per-thread bump arena (see json_arena.h). */
#include "gateway/app/json_arena.h"

#include <cjson/cJSON.h>
#include <stdint.h>
#include <stdlib.h>

#include "kernels/assert.h"

enum {
    JSON_ARENA_ALIGN = 16, /* malloc's alignment on x86-64: cJSON stores doubles and pointers */
};

/* The arena entered on this thread, or NULL (see json_arena.h: cJSON's hooks carry no
 * context, so this is how a hook finds it). */
static _Thread_local struct json_arena *json_arena_current;

void json_arena_init(struct json_arena *a, size_t cap)
{
    a->base = malloc(cap);
    BRIGADE_ASSERT(a->base != NULL);
    a->cap = cap;
    a->used = 0;
    a->overflows = 0;
}

void json_arena_free(struct json_arena *a)
{
    BRIGADE_ASSERT(json_arena_current != a);
    free(a->base);
    a->base = NULL;
    a->cap = a->used = 0;
}

static void *json_arena_malloc(size_t n)
{
    struct json_arena *a = json_arena_current;
    if (a == NULL)
        return malloc(n);
    size_t at = (a->used + JSON_ARENA_ALIGN - 1) & ~(size_t)(JSON_ARENA_ALIGN - 1);
    if (at > a->cap || n > a->cap - at) {
        a->overflows++;
        return malloc(n);
    }
    a->used = at + n;
    return a->base + at;
}

static void json_arena_release(void *p)
{
    struct json_arena *a = json_arena_current;
    uintptr_t u = (uintptr_t)p;
    if (a != NULL && u >= (uintptr_t)a->base && u < (uintptr_t)a->base + a->cap)
        return; /* arena memory goes back all at once, at json_arena_leave */
    free(p);
}

void json_arena_hooks_install(void)
{
    cJSON_Hooks hooks = {.malloc_fn = json_arena_malloc, .free_fn = json_arena_release};
    cJSON_InitHooks(&hooks);
}

void json_arena_hooks_reset(void)
{
    cJSON_InitHooks(NULL);
}

void json_arena_enter(struct json_arena *a)
{
    BRIGADE_ASSERT(json_arena_current == NULL);
    BRIGADE_ASSERT(a->base != NULL);
    a->used = 0;
    json_arena_current = a;
}

void json_arena_leave(void)
{
    BRIGADE_ASSERT(json_arena_current != NULL);
    json_arena_current->used = 0;
    json_arena_current = NULL;
}
