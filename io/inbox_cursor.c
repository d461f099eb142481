/* inbox_cursor.c — the inbox consumer's bookkeeping (see inbox_cursor.h). The sets are small
 * (the in-flight bound) and scanned linearly: a fetch touches each row once. */
#include "io/inbox_cursor.h"

#include <string.h>

#include "kernels/assert.h"

void inbox_cursor_init(struct inbox_cursor *c, unsigned cap)
{
    memset(c, 0, sizeof(*c));
    c->cap = cap == 0 ? 1 : cap > INBOX_IN_FLIGHT_MAX ? INBOX_IN_FLIGHT_MAX : cap;
}

unsigned inbox_cursor_room(const struct inbox_cursor *c)
{
    BRIGADE_ASSERT(c->count <= c->cap);
    return c->cap - c->count;
}

void inbox_cursor_fetch_begin(struct inbox_cursor *c)
{
    BRIGADE_ASSERT(!c->fetching);
    c->fetching = true;
    c->settled_count = 0;
}

void inbox_cursor_fetch_end(struct inbox_cursor *c)
{
    c->fetching = false;
    c->settled_count = 0;
}

static bool inbox_cursor_find(const int64_t *ids, unsigned n, int64_t id, unsigned *at)
{
    for (unsigned i = 0; i < n; i++)
        if (ids[i] == id) {
            if (at)
                *at = i;
            return true;
        }
    return false;
}

bool inbox_cursor_in_flight(const struct inbox_cursor *c, int64_t id)
{
    return inbox_cursor_find(c->ids, c->count, id, NULL);
}

bool inbox_cursor_take(struct inbox_cursor *c, int64_t id)
{
    BRIGADE_ASSERT(id > 0);
    if (c->count == c->cap)
        return false;
    if (inbox_cursor_in_flight(c, id) || inbox_cursor_find(c->settled, c->settled_count, id, NULL))
        return false;
    c->ids[c->count++] = id;
    return true;
}

bool inbox_cursor_settle(struct inbox_cursor *c, int64_t id, bool retry)
{
    unsigned at;
    if (!inbox_cursor_find(c->ids, c->count, id, &at))
        return false;
    c->ids[at] = c->ids[--c->count];
    if (!retry && c->fetching) {
        BRIGADE_ASSERT(c->settled_count < INBOX_IN_FLIGHT_MAX);
        c->settled[c->settled_count++] = id;
    }
    return true;
}
