/* test_event_log.c — the shared event log: the wire format, refusals, eviction by count and
 * by bytes as the ring wraps many times, copies bounded by the caller's buffer, the gap a
 * late reader is told about, and readers copying while other threads append (every event a
 * reader accepts is whole and in order; what it skips, it is told). */
#define _GNU_SOURCE
#include <errno.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdbool.h>

#include "check.h"
#include "gateway/net/event_log.h"

enum {
    TEST_COPY_BYTES = 300000, /* more than the ring: a copy takes the whole log */
    TEST_WRAP_EVENTS = 3000,
    TEST_WRITERS = 2,
    TEST_EVENTS_PER_WRITER = 200000,
    TEST_PAYLOAD_MAX = 3000,
};

static char copy_buf[TEST_COPY_BYTES];

/* Copy everything from *cursor on; returns bytes (fails the test on a gap). */
static size_t copy_all(struct event_log *log, uint64_t *cursor)
{
    struct event_log_copy res;
    event_log_copy(log, cursor, copy_buf, sizeof(copy_buf) - 1, &res);
    copy_buf[res.bytes] = '\0'; /* check_events may scan with string functions */
    CHECK_INT_EQ(res.missed, 0);
    CHECK_INT_EQ(res.next_bytes, 0);
    return res.bytes;
}

static void test_format(void)
{
    struct event_log *log = event_log_new(16, EVENT_LOG_BYTES_MIN);
    const char data[] = "{\"id\":1}\nsecond";
    CHECK_INT_EQ(event_log_append(log, "order", data, sizeof(data) - 1), 1);
    CHECK_INT_EQ(event_log_append(log, "empty", "", 0), 2);
    uint64_t cursor = 1;
    size_t n = copy_all(log, &cursor);
    static const char want[] = "id: 1\nevent: order\ndata: {\"id\":1}\ndata: second\n\n"
                               "id: 2\nevent: empty\ndata: \n\n";
    CHECK_MEM_EQ(copy_buf, n, want, sizeof(want) - 1);
    CHECK_INT_EQ(cursor, 3);
    CHECK_INT_EQ(copy_all(log, &cursor), 0); /* nothing new */
    CHECK_INT_EQ(event_log_append(log, "", "x", 1), -EINVAL);
    CHECK_INT_EQ(event_log_append(log, "a\nb", "x", 1), -EINVAL);
    CHECK_INT_EQ(event_log_append(log, "a", "bad\rcr", 6), -EINVAL);
    CHECK_INT_EQ(event_log_append(log, "a", "nul\0x", 5), -EINVAL);
    char name[EVENT_LOG_NAME_BYTES_MAX + 1];
    memset(name, 'n', sizeof(name) - 1);
    name[sizeof(name) - 1] = '\0';
    CHECK_INT_EQ(event_log_append(log, name, "x", 1), -EINVAL);
    static char big[EVENT_LOG_EVENT_BYTES_MAX];
    memset(big, 'b', sizeof(big));
    CHECK_INT_EQ(event_log_append(log, "a", big, sizeof(big)), -EMSGSIZE);
    CHECK_INT_EQ(event_log_next_seq(log), 3); /* refusals take no number */
    event_log_free(log);
}

/* Event k's data: "k:" then a run of one letter whose length depends on k. */
static size_t payload(uint64_t k, char *out)
{
    int n = snprintf(out, 32, "%llu:", (unsigned long long)k);
    size_t fill = (k * 7919) % TEST_PAYLOAD_MAX;
    memset(out + n, 'a' + (int)(k % 26), fill);
    return (size_t)n + fill;
}

/* Check one event at text[0..len) is event `seq` with data `k:...` made by payload(k). */
static bool event_ok(const char *text, size_t len, uint64_t seq, uint64_t *k_out)
{
    unsigned long long id, k;
    if (sscanf(text, "id: %llu\nevent: e\ndata: %llu:", &id, &k) != 2)
        return false;
    char want[TEST_PAYLOAD_MAX + 32];
    size_t want_len = payload(k, want);
    const char *d = strstr(text, "data: ") + 6;
    if (id != seq || len != (size_t)(d - text) + want_len + 2)
        return false;
    *k_out = k;
    return memcmp(d, want, want_len) == 0 && d[want_len] == '\n' && d[want_len + 1] == '\n';
}

/* Split a copy into its events and check each; returns how many. */
static uint64_t check_events(const char *buf, size_t len, uint64_t first_seq, bool *ok)
{
    uint64_t n = 0;
    const char *p = buf, *end = buf + len;
    while (p < end) {
        const char *stop = memmem(p, (size_t)(end - p), "\n\n", 2);
        if (!stop) {
            *ok = false;
            return n;
        }
        uint64_t k;
        if (!event_ok(p, (size_t)(stop + 2 - p), first_seq + n, &k))
            *ok = false;
        p = stop + 2;
        n++;
    }
    return n;
}

static void test_wrap_around(void)
{
    enum { EVENTS_MAX = 256 };
    struct event_log *log = event_log_new(EVENTS_MAX, EVENT_LOG_BYTES_MIN);
    char data[TEST_PAYLOAD_MAX + 32];
    uint64_t late = 1; /* a reader that never reads until the end */
    for (uint64_t k = 1; k <= TEST_WRAP_EVENTS; k++) {
        CHECK_INT_EQ(event_log_append(log, "e", data, payload(k, data)), (int64_t)k);
        struct event_log_stats st;
        event_log_stats(log, &st);
        if (st.events > EVENTS_MAX || st.bytes > st.capacity || st.appended != k)
            CHECK(!"bounds held");
        /* Everything still in the log reads back whole and in order. */
        uint64_t cursor = event_log_oldest_seq(log), first = cursor;
        size_t n = copy_all(log, &cursor);
        bool ok = true;
        uint64_t count = check_events(copy_buf, n, first, &ok);
        if (!ok || count != st.events || cursor != k + 1)
            CHECK(!"log reads back whole after an append");
    }
    struct event_log_stats st;
    event_log_stats(log, &st);
    CHECK(st.capacity == EVENT_LOG_BYTES_MIN);
    CHECK(st.events < EVENTS_MAX); /* the byte bound bit first with these sizes */
    /* The late reader learns how many it missed, and is left where it was. */
    struct event_log_copy res;
    event_log_copy(log, &late, copy_buf, sizeof(copy_buf), &res);
    CHECK_INT_EQ(res.missed, event_log_oldest_seq(log) - 1);
    CHECK_INT_EQ(late, 1);
    CHECK_INT_EQ(res.bytes, 0);
    event_log_free(log);
}

static void test_copy_bounded(void)
{
    struct event_log *log = event_log_new(16, EVENT_LOG_BYTES_MIN);
    for (int i = 0; i < 3; i++)
        CHECK(event_log_append(log, "e", "0123456789", 10) > 0);
    size_t one = strlen("id: 1\nevent: e\ndata: 0123456789\n\n");
    uint64_t cursor = 1;
    struct event_log_copy res;
    event_log_copy(log, &cursor, copy_buf, one * 2 + 5, &res);
    CHECK_INT_EQ(res.bytes, one * 2); /* whole events only */
    CHECK_INT_EQ(res.events, 2);
    CHECK_INT_EQ(res.next_bytes, one);
    CHECK_INT_EQ(cursor, 3);
    event_log_copy(log, &cursor, copy_buf, 4, &res);
    CHECK_INT_EQ(res.bytes, 0);
    CHECK_INT_EQ(res.next_bytes, one);
    CHECK_INT_EQ(cursor, 3);
    event_log_free(log);
}

struct writer {
    struct event_log *log;
    uint64_t base;
};

static void *writer_main(void *arg)
{
    struct writer *w = arg;
    char data[TEST_PAYLOAD_MAX + 32];
    for (uint64_t i = 0; i < TEST_EVENTS_PER_WRITER; i++) {
        uint64_t k = w->base + i;
        if (event_log_append(w->log, "e", data, payload(k, data)) <= 0)
            abort();
    }
    return NULL;
}

/* A reader with a buffer of a few events, racing writers that lap the small ring often:
 * every event it accepts must be whole, ids consecutive except where it was told a gap. */
static void test_concurrent(void)
{
    struct event_log *log = event_log_new(64, EVENT_LOG_BYTES_MIN);
    pthread_t threads[TEST_WRITERS];
    struct writer writers[TEST_WRITERS];
    for (int i = 0; i < TEST_WRITERS; i++) {
        writers[i] = (struct writer){log, (uint64_t)(i + 1) * 1000000000ull};
        CHECK_INT_EQ(pthread_create(&threads[i], NULL, writer_main, &writers[i]), 0);
    }
    uint64_t total = (uint64_t)TEST_WRITERS * TEST_EVENTS_PER_WRITER;
    uint64_t cursor = 1, read = 0, missed = 0, gaps = 0;
    bool ok = true;
    static char buf[4 * (TEST_PAYLOAD_MAX + 64)];
    while (cursor <= total) {
        struct event_log_copy res;
        uint64_t first = cursor;
        event_log_copy(log, &cursor, buf, sizeof(buf) - 1, &res);
        buf[res.bytes] = '\0';
        read += check_events(buf, res.bytes, first, &ok);
        if (cursor - first != res.events)
            ok = false;
        if (res.missed) {
            uint64_t oldest = event_log_oldest_seq(log);
            if (oldest - cursor < res.missed) /* oldest only moves forward */
                ok = false;
            missed += oldest - cursor;
            gaps++;
            cursor = oldest;
        }
    }
    for (int i = 0; i < TEST_WRITERS; i++)
        pthread_join(threads[i], NULL);
    CHECK(ok);
    CHECK_INT_EQ(read + missed, total); /* every event read or counted as missed */
    CHECK(read > 0);
    fprintf(stderr, "concurrent: %llu read, %llu missed in %llu gaps\n", (unsigned long long)read,
            (unsigned long long)missed, (unsigned long long)gaps);
    event_log_free(log);
}

int main(void)
{
    test_format();
    test_wrap_around();
    test_copy_bounded();
    test_concurrent();
    return check_finish("test_event_log");
}
