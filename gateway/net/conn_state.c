/* conn_state.c — the table of legal connection state transitions and its check. */
#include "gateway/net/conn_state.h"

#include <stdio.h>
#include <stdlib.h>

static const char *const conn_state_names[CONN_STATE_MAX] = {
    [CONN_STATE_FREE] = "FREE",           [CONN_STATE_QUEUED] = "QUEUED",
    [CONN_STATE_ACTIVE] = "ACTIVE",       [CONN_STATE_FINAL] = "FINAL",
    [CONN_STATE_LINGERING] = "LINGERING", [CONN_STATE_CLOSING] = "CLOSING",
};

/* conn_state_next[from][to]: true where `from` may become `to`. Anything absent is a bug. */
static const bool conn_state_next[CONN_STATE_MAX][CONN_STATE_MAX] = {
    /* An accepted socket is served, waits in line, or is refused with a 503 (admission.c).
     * Accepted during a drain it is FINAL with nothing to send: a close from FINAL undoes no
     * admission count. */
    [CONN_STATE_FREE] =
        {[CONN_STATE_QUEUED] = true, [CONN_STATE_ACTIVE] = true, [CONN_STATE_FINAL] = true},
    /* A waiting connection is promoted when a slot frees, or closed when its client hangs up
     * or the drain begins. It has no timer and is never answered from the line. */
    [CONN_STATE_QUEUED] = {[CONN_STATE_ACTIVE] = true, [CONN_STATE_CLOSING] = true},
    /* Served: a 408 when a request head or body stalls with nothing else owed, linger once
     * the session closed and its output is sent, or close (peer gone, error, timeout, idle
     * at a drain, the end of a stream). */
    [CONN_STATE_ACTIVE] =
        {[CONN_STATE_FINAL] = true, [CONN_STATE_LINGERING] = true, [CONN_STATE_CLOSING] = true},
    /* The canned reply is sent: linger. A failed send, the send timeout or the drain's
     * deadline: close. */
    [CONN_STATE_FINAL] = {[CONN_STATE_LINGERING] = true, [CONN_STATE_CLOSING] = true},
    /* The peer's EOF, an error, or the linger timeout: close. Nothing is sent again. */
    [CONN_STATE_LINGERING] = {[CONN_STATE_CLOSING] = true},
    /* Only the close's completion frees the slot: until then the kernel may still write to
     * the connection's buffers, and multishot accept must not pick the slot. */
    [CONN_STATE_CLOSING] = {[CONN_STATE_FREE] = true},
};

const char *conn_state_name(unsigned state)
{
    return state < CONN_STATE_MAX ? conn_state_names[state] : "?";
}

bool conn_state_legal(unsigned from, unsigned to)
{
    if (from >= CONN_STATE_MAX || to >= CONN_STATE_MAX)
        return false;
    return conn_state_next[from][to];
}

void conn_state_check(unsigned from, unsigned to)
{
    if (conn_state_legal(from, to))
        return;
    fprintf(stderr, "%s:%d: illegal connection state transition %s (%u) -> %s (%u)\n", __FILE__,
            __LINE__, conn_state_name(from), from, conn_state_name(to), to);
    abort();
}
