/* event_log.h — the server's bounded log of recent Server-Sent Events, shared by every core.
 *
 * One log per server: a byte ring holding the last events (at most `events_max` of them and
 * `bytes_max` bytes), each stored already formatted for the wire ("id: SEQ\nevent: NAME\n
 * data: ...\n\n") behind a small record header, and an index from sequence number to the
 * record's byte position. Sequence numbers start at 1 and are consecutive; an append evicts
 * the oldest events until the new one fits both bounds.
 *
 * Concurrency. Any core appends; any core reads, without taking a lock.
 * - Writers are serialised by a mutex held only for the eviction walk, a memcpy of at most
 *   EVENT_LOG_EVENT_BYTES_MAX bytes and a few stores: no allocation, no system call, no wait.
 *   Appends come at the rate results are produced (thousands per second), so the lock is
 *   nearly always free. A lock-free multi-producer byte ring would have to stop a writer
 *   that was preempted after reserving its bytes from writing them over a region that other
 *   writers have since lapped; that needs a per-record claim and a second validation on
 *   every read, for no gain at this rate.
 * - Readers are lock-free and validate what they copied, as with a seqlock. `write_end`
 *   (the end of the record being written, a 64-bit byte count that only grows) is stored,
 *   then a release fence, then the bytes. A reader copies a record at position P, then an
 *   acquire fence, then loads `write_end`: if it is at most P + bytes_max no writer had
 *   started on those bytes, so the copy is whole; otherwise the copy is thrown away and the
 *   record counts as evicted. A record header carries its own sequence number, so an index
 *   slot reused by a later event is noticed the same way.
 * - `next_seq` is stored with release after a record is complete: a reader that loads it
 *   with acquire sees every record below it (written or since evicted).
 * Every core reads the log directly into the send buffer of each of its streams: there is
 * no per-stream or per-core copy of an event. */
#ifndef BRIGADE_GATEWAY_EVENT_LOG_H
#define BRIGADE_GATEWAY_EVENT_LOG_H

#include <stddef.h>
#include <stdint.h>

enum {
    EVENT_LOG_NAME_BYTES_MAX = 64,      /* "event:" field */
    EVENT_LOG_EVENT_BYTES_MAX = 65536,  /* one formatted event on the wire */
    EVENT_LOG_RECORD_HEADER_BYTES = 16, /* sequence number and length before each event */
    EVENT_LOG_EVENTS_MIN = 16,
    EVENT_LOG_EVENTS_LIMIT = 1 << 20,
    EVENT_LOG_BYTES_MIN = 1 << 18, /* 256 KiB */
};
_Static_assert((size_t)EVENT_LOG_BYTES_MIN >=
                   2 * ((size_t)EVENT_LOG_EVENT_BYTES_MAX + EVENT_LOG_RECORD_HEADER_BYTES),
               "the ring holds at least two of the largest events");

struct event_log;

/* A log bounded by `events_max` events (EVENT_LOG_EVENTS_MIN..EVENT_LOG_EVENTS_LIMIT) and
 * `bytes_max` bytes of records (at least EVENT_LOG_BYTES_MIN). Aborts on a bound out of
 * range or when out of memory. */
struct event_log *event_log_new(uint32_t events_max, size_t bytes_max);
void event_log_free(struct event_log *log);

/* Any thread: append event `event` with `data` (`data_len` bytes; each line of it becomes
 * a "data:" line). Returns the event's sequence number (> 0), or -EINVAL when the name is
 * empty, too long or holds a line break, or data holds a CR or a NUL; -EMSGSIZE when the
 * formatted event exceeds EVENT_LOG_EVENT_BYTES_MAX. */
int64_t event_log_append(struct event_log *log, const char *event, const char *data,
                         size_t data_len);

/* Any thread: the sequence number the next append gets (1 + the newest event's). */
uint64_t event_log_next_seq(const struct event_log *log);
/* Any thread: the oldest sequence number still in the log (= next_seq when it is empty). */
uint64_t event_log_oldest_seq(const struct event_log *log);

/* What event_log_copy did. */
struct event_log_copy {
    size_t bytes;      /* copied to `out`: whole events only */
    uint64_t events;   /* events copied */
    uint64_t missed;   /* > 0: the cursor was older than the oldest event, by this many; the
                        * copy stopped there and the cursor was left as it was */
    size_t next_bytes; /* > 0: the next event did not fit; its length */
};

/* Any thread: copy whole events from sequence number *cursor on into out[0..cap), advancing
 * *cursor past each one copied. Stops at the newest event, when the next one does not fit
 * (res->next_bytes), or when *cursor names an evicted event (res->missed: the caller tells
 * its client, then sets *cursor to event_log_oldest_seq). */
void event_log_copy(const struct event_log *log, uint64_t *cursor, char *out, size_t cap,
                    struct event_log_copy *res);

/* Any thread: the log's occupancy, for /metrics. */
struct event_log_stats {
    uint64_t events;   /* in the log now */
    uint64_t bytes;    /* records in the log now (headers included) */
    uint64_t capacity; /* the byte ring's size */
    uint64_t appended; /* events ever appended */
};
void event_log_stats(const struct event_log *log, struct event_log_stats *out);

#endif
