/* event_log.c — the shared ring of recent events (see event_log.h for the concurrency). */
#include "gateway/net/event_log.h"

#include <errno.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "kernels/assert.h"

#define EVENT_LOG_ASSERT(cond) BRIGADE_ASSERT(cond)

enum {
    EVENT_LOG_ID_BYTES_MAX = 32, /* "id: " + 20 digits + "\n" */
    EVENT_LOG_COPY_RETRIES = 64, /* re-reads of one slot before the copy gives up this time */
};

/* Before each event in the ring. */
struct event_log_record {
    uint64_t seq;
    uint32_t len; /* bytes of event text after the header */
    uint32_t reserved;
};
_Static_assert(sizeof(struct event_log_record) == EVENT_LOG_RECORD_HEADER_BYTES, "header");

struct event_log {
    pthread_mutex_t lock; /* writers only */
    uint32_t events_max;
    size_t bytes_max;
    char *ring;
    _Atomic uint64_t *index; /* [seq % events_max]: byte position of that event's record */
    uint64_t oldest_pos;     /* writers only: where the oldest record starts */
    _Alignas(64) _Atomic uint64_t next_seq;
    _Atomic uint64_t oldest_seq;
    _Atomic uint64_t write_end; /* end of the record being written (bytes ever reserved) */
    _Atomic uint64_t bytes_used;
};

struct event_log *event_log_new(uint32_t events_max, size_t bytes_max)
{
    EVENT_LOG_ASSERT(events_max >= EVENT_LOG_EVENTS_MIN && events_max <= EVENT_LOG_EVENTS_LIMIT);
    EVENT_LOG_ASSERT(bytes_max >= EVENT_LOG_BYTES_MIN);
    struct event_log *log = aligned_alloc(64, (sizeof(*log) + 63) & ~(size_t)63);
    EVENT_LOG_ASSERT(log != NULL);
    memset(log, 0, sizeof(*log));
    EVENT_LOG_ASSERT(pthread_mutex_init(&log->lock, NULL) == 0);
    log->events_max = events_max;
    log->bytes_max = bytes_max;
    log->ring = malloc(bytes_max);
    log->index = calloc(events_max, sizeof(*log->index));
    EVENT_LOG_ASSERT(log->ring && log->index);
    atomic_init(&log->next_seq, 1);
    atomic_init(&log->oldest_seq, 1);
    atomic_init(&log->write_end, 0);
    atomic_init(&log->bytes_used, 0);
    return log;
}

void event_log_free(struct event_log *log)
{
    if (!log)
        return;
    pthread_mutex_destroy(&log->lock);
    free(log->ring);
    free(log->index);
    free(log);
}

/* Ring positions are byte counts that only grow; the ring holds them modulo bytes_max. */
static void event_log_put(struct event_log *log, uint64_t pos, const void *src, size_t n)
{
    size_t at = (size_t)(pos % log->bytes_max);
    size_t first = n < log->bytes_max - at ? n : log->bytes_max - at;
    memcpy(log->ring + at, src, first);
    memcpy(log->ring, (const char *)src + first, n - first);
}

static void event_log_get(const struct event_log *log, uint64_t pos, void *dst, size_t n)
{
    size_t at = (size_t)(pos % log->bytes_max);
    size_t first = n < log->bytes_max - at ? n : log->bytes_max - at;
    memcpy(dst, log->ring + at, first);
    memcpy((char *)dst + first, log->ring, n - first);
}

/* The formatted length of the event, or 0 when it cannot be sent as one. */
static size_t event_log_text_len(uint64_t seq, const char *event, const char *data, size_t len)
{
    size_t name_len = strnlen(event, EVENT_LOG_NAME_BYTES_MAX);
    if (name_len == 0 || name_len >= EVENT_LOG_NAME_BYTES_MAX || strpbrk(event, "\r\n"))
        return 0;
    /* A bare CR would end the line for the client, a NUL would end it for C readers:
     * refuse, never split. */
    if (memchr(data, '\r', len) || memchr(data, '\0', len))
        return 0;
    size_t lines = 1;
    for (const char *p = data; (p = memchr(p, '\n', len - (size_t)(p - data))); p++)
        lines++;
    char id[EVENT_LOG_ID_BYTES_MAX];
    int id_len = snprintf(id, sizeof(id), "id: %llu\n", (unsigned long long)seq);
    /* "event: NAME\n", per line "data: LINE\n" (the data's line breaks become the lines'
     * ends, plus one for the last), then the blank line. */
    return (size_t)id_len + 8 + name_len + len + lines * 6 + 1 + 1;
}

/* Write the formatted event at `pos` (under the lock). Returns the bytes written. */
static uint64_t event_log_write_text(struct event_log *log, uint64_t pos, uint64_t seq,
                                     const char *event, const char *data, size_t len)
{
    char head[EVENT_LOG_ID_BYTES_MAX + EVENT_LOG_NAME_BYTES_MAX + 16];
    int n = snprintf(head, sizeof(head), "id: %llu\nevent: %s\n", (unsigned long long)seq, event);
    EVENT_LOG_ASSERT(n > 0 && (size_t)n < sizeof(head));
    uint64_t start = pos;
    event_log_put(log, pos, head, (size_t)n);
    pos += (uint64_t)n;
    const char *p = data, *end = data + len;
    for (;;) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        size_t line = nl ? (size_t)(nl - p) : (size_t)(end - p);
        event_log_put(log, pos, "data: ", 6);
        event_log_put(log, pos + 6, p, line);
        event_log_put(log, pos + 6 + line, "\n", 1);
        pos += 7 + line;
        if (!nl)
            break;
        p = nl + 1;
    }
    event_log_put(log, pos, "\n", 1);
    return pos + 1 - start;
}

/* Drop the oldest events until a record ending at `end` fits both bounds (under the lock). */
static void event_log_evict(struct event_log *log, uint64_t seq, uint64_t end)
{
    uint64_t oldest = atomic_load_explicit(&log->oldest_seq, memory_order_relaxed);
    uint64_t pos = log->oldest_pos;
    bool moved = false;
    while (oldest < seq && (end - pos > log->bytes_max || seq - oldest >= log->events_max)) {
        struct event_log_record rec;
        event_log_get(log, pos, &rec, sizeof(rec));
        EVENT_LOG_ASSERT(rec.seq == oldest);
        pos += sizeof(rec) + rec.len;
        oldest++;
        moved = true;
    }
    log->oldest_pos = pos;
    /* Readers that see a record overwritten learn from this how many they missed: stored
     * before write_end, whose store comes before the bytes that overwrite. */
    if (moved)
        atomic_store_explicit(&log->oldest_seq, oldest, memory_order_release);
}

int64_t event_log_append(struct event_log *log, const char *event, const char *data,
                         size_t data_len)
{
    /* The id's digits depend on the sequence number: size with the widest this log can
     * reach before taking the lock (a few bytes of slack at most). */
    size_t text = event_log_text_len(UINT64_MAX / 2, event, data, data_len);
    if (text == 0)
        return -EINVAL;
    if (text > EVENT_LOG_EVENT_BYTES_MAX)
        return -EMSGSIZE;
    EVENT_LOG_ASSERT(pthread_mutex_lock(&log->lock) == 0);
    uint64_t seq = atomic_load_explicit(&log->next_seq, memory_order_relaxed);
    text = event_log_text_len(seq, event, data, data_len);
    uint64_t pos = atomic_load_explicit(&log->write_end, memory_order_relaxed);
    uint64_t end = pos + sizeof(struct event_log_record) + text;
    event_log_evict(log, seq, end);
    atomic_store_explicit(&log->write_end, end, memory_order_release);
    /* Seqlock write side: readers that see any byte written below also see write_end. */
    atomic_thread_fence(memory_order_release);
    struct event_log_record rec = {.seq = seq, .len = (uint32_t)text};
    event_log_put(log, pos, &rec, sizeof(rec));
    uint64_t written = event_log_write_text(log, pos + sizeof(rec), seq, event, data, data_len);
    EVENT_LOG_ASSERT(written == text);
    atomic_store_explicit(&log->index[seq % log->events_max], pos, memory_order_relaxed);
    atomic_store_explicit(&log->bytes_used, end - log->oldest_pos, memory_order_relaxed);
    /* Publish: a reader that sees next_seq > seq sees the record and its index slot. */
    atomic_store_explicit(&log->next_seq, seq + 1, memory_order_release);
    EVENT_LOG_ASSERT(pthread_mutex_unlock(&log->lock) == 0);
    return (int64_t)seq;
}

uint64_t event_log_next_seq(const struct event_log *log)
{
    return atomic_load_explicit(&log->next_seq, memory_order_acquire);
}

uint64_t event_log_oldest_seq(const struct event_log *log)
{
    return atomic_load_explicit(&log->oldest_seq, memory_order_acquire);
}

/* Seqlock read side: true when no writer had begun overwriting [pos, ...) by the time the
 * bytes were copied. */
static bool event_log_intact(const struct event_log *log, uint64_t pos)
{
    atomic_thread_fence(memory_order_acquire);
    uint64_t end = atomic_load_explicit(&log->write_end, memory_order_acquire);
    return end - pos <= log->bytes_max;
}

/* Copy event `seq` into out[0..cap) when it fits. Returns its length (copied or not), 0
 * when it is no longer in the log. */
static size_t event_log_copy_one(const struct event_log *log, uint64_t seq, char *out, size_t cap)
{
    uint64_t pos = atomic_load_explicit(&log->index[seq % log->events_max], memory_order_relaxed);
    struct event_log_record rec;
    event_log_get(log, pos, &rec, sizeof(rec));
    if (!event_log_intact(log, pos) || rec.seq != seq)
        return 0;
    EVENT_LOG_ASSERT(rec.len <= EVENT_LOG_EVENT_BYTES_MAX);
    if (rec.len > cap)
        return rec.len;
    event_log_get(log, pos + sizeof(rec), out, rec.len);
    return event_log_intact(log, pos) ? rec.len : 0;
}

void event_log_copy(const struct event_log *log, uint64_t *cursor, char *out, size_t cap,
                    struct event_log_copy *res)
{
    memset(res, 0, sizeof(*res));
    uint64_t next = atomic_load_explicit(&log->next_seq, memory_order_acquire);
    unsigned retries = 0;
    while (*cursor < next) {
        uint64_t oldest = atomic_load_explicit(&log->oldest_seq, memory_order_acquire);
        if (*cursor < oldest) {
            res->missed = oldest - *cursor;
            return;
        }
        size_t len = event_log_copy_one(log, *cursor, out + res->bytes, cap - res->bytes);
        if (len == 0) {
            /* Overwritten while we looked: the writer moved oldest_seq before its bytes, so
             * the next look at it (after the fence in event_log_intact) says so. */
            if (++retries == EVENT_LOG_COPY_RETRIES)
                return;
            continue;
        }
        if (len > cap - res->bytes) {
            res->next_bytes = len;
            return;
        }
        res->bytes += len;
        res->events++;
        (*cursor)++;
    }
}

void event_log_stats(const struct event_log *log, struct event_log_stats *out)
{
    uint64_t next = atomic_load_explicit(&log->next_seq, memory_order_acquire);
    uint64_t oldest = atomic_load_explicit(&log->oldest_seq, memory_order_acquire);
    out->events = next > oldest ? next - oldest : 0;
    out->bytes = atomic_load_explicit(&log->bytes_used, memory_order_relaxed);
    out->capacity = log->bytes_max;
    out->appended = next - 1;
}
