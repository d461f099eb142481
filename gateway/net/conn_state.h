/* conn_state.h — a connection's states and the transitions allowed between them.
 *
 * The table lives here, apart from conn.c, so the rules read in one place and a test checks
 * them without a ring. conn_set_state (loop_internal.h) is the one way a connection's state
 * changes; it calls conn_state_check first. docs/architecture.md draws the table. */
#ifndef BRIGADE_GATEWAY_CONN_STATE_H
#define BRIGADE_GATEWAY_CONN_STATE_H

#include <stdbool.h>

enum conn_state {
    CONN_STATE_FREE,      /* slot unused (or its close completed) */
    CONN_STATE_QUEUED,    /* accepted, waiting in line; head stashed, nothing served */
    CONN_STATE_ACTIVE,    /* served: an HTTP session, or a raw event stream */
    CONN_STATE_FINAL,     /* sending one last canned response (503, 408), then linger */
    CONN_STATE_LINGERING, /* output done and write side shut: discard input until EOF */
    CONN_STATE_CLOSING,   /* waiting for its requests to finish, then for the close */
    CONN_STATE_MAX,
};

/* A zeroed connection table (calloc) is a table of free slots. */
_Static_assert(CONN_STATE_FREE == 0, "a zeroed slot is free");

/* The state's name without the prefix ("QUEUED"); "?" for a value out of range. */
const char *conn_state_name(unsigned state);

/* Whether the table allows `from` -> `to`; false for a value out of range. */
bool conn_state_legal(unsigned from, unsigned to);

/* Abort, naming both states, unless the table allows `from` -> `to`. Kept in every build: a
 * wrong transition is a bug in the loop, and serving on would corrupt the admission counts
 * or reuse a slot the kernel still writes to; the check is one table lookup. */
void conn_state_check(unsigned from, unsigned to);

#endif
