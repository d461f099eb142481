/* inbox_cursor.c — the inbox consumer's bookkeeping (see inbox_cursor.h). The sets are small
 * (the in-flight bound) and scanned linearly: a fetch touches each row once. */
#include "io/inbox_cursor.h"

#include <string.h>

#include "kernels/assert.h"

void inbox_cursor_init(struct inbox_cursor *c, unsigned cap)
{
    memset(c, 0, sizeof(*c));
    c->rewind = INT64_MAX;
    c->cap = cap == 0 ? 1 : cap > INBOX_IN_FLIGHT_MAX ? INBOX_IN_FLIGHT_MAX : cap;
}

void inbox_cursor_rewind(struct inbox_cursor *c)
{
    c->after = 0;
}

/* Read again from id on: now, or when the fetch in flight ends. */
static void inbox_cursor_back(struct inbox_cursor *c, int64_t id)
{
    if (id <= 0)
        return;
    if (c->fetching) {
        if (id - 1 < c->rewind)
            c->rewind = id - 1;
    } else if (id <= c->after) {
        c->after = id - 1;
    }
}

void inbox_cursor_notified(struct inbox_cursor *c, int64_t id)
{
    inbox_cursor_back(c, id);
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
    if (c->rewind < c->after)
        c->after = c->rewind;
    c->rewind = INT64_MAX;
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
        return false; /* the cursor stays: the row is read again when there is room */
    if (id > c->after)
        c->after = id;
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
    if (retry) {
        inbox_cursor_back(c, id);
    } else if (c->fetching) {
        BRIGADE_ASSERT(c->settled_count < INBOX_IN_FLIGHT_MAX);
        c->settled[c->settled_count++] = id;
    }
    return true;
}
