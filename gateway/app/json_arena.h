/* json_arena.h — cJSON parse trees without malloc: a per-core bump arena behind cJSON's
 * allocation hooks, reset after each message.
 *
 * Why cJSON with an arena rather than a reader of our own: POST /v1/messages must accept and
 * refuse exactly what `brigade analyze` does (both parse with cJSON, then run the checks of
 * gateway/http/json_strict.h on cJSON's verdict), down to which error a broken line gets
 * ("not valid JSON" vs "unexpected data after the JSON value"). A second parser would be a
 * second grammar to keep equal; the hooks keep the one grammar and remove the allocations.
 *
 * cJSON's hooks are process-wide and take no context, so the arena in use is named by a
 * thread-local pointer (the only way to reach it from a hook): set by json_arena_enter on the
 * core's thread around one parse, NULL everywhere else. A hook called with no arena entered
 * (start-up, other threads, `brigade analyze`) is plain malloc/free, and so is an allocation
 * the arena has no room for (a pathological line): correct either way, only slower. */
#ifndef BRIGADE_GATEWAY_JSON_ARENA_H
#define BRIGADE_GATEWAY_JSON_ARENA_H

#include <stddef.h>

struct json_arena {
    char *base;
    size_t cap, used;
    size_t overflows; /* allocations that did not fit and went to malloc */
};

/* Reserve the arena's `cap` bytes (once, at start-up). Aborts when out of memory. */
void json_arena_init(struct json_arena *a, size_t cap);
void json_arena_free(struct json_arena *a);

/* Route cJSON's allocations through the entered arena from now on (json_arena_hooks_reset
 * undoes it). Start-up only: no thread may be inside cJSON meanwhile. */
void json_arena_hooks_install(void);
void json_arena_hooks_reset(void);

/* On this thread, cJSON allocates from `a` until json_arena_leave, which empties it: every
 * tree parsed in between must have been cJSON_Delete'd (a no-op on arena memory) or
 * forgotten by then. Not nested. */
void json_arena_enter(struct json_arena *a);
void json_arena_leave(void);

#endif
