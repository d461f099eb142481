/* pg_bench.h — brigade-pg-bench: the same order writes to PostgreSQL by three clients, for
 * bench/pg-orders (which also runs pgbench as the fourth).
 *
 * Every mode writes the same order (a message, an order, two order lines, an outbox row) with
 * `concurrency` orders outstanding at all times (closed loop), and reports orders/s and the
 * latency of each order from its submission to its durable acknowledgement. */
#ifndef BRIGADE_BENCH_PG_BENCH_H
#define BRIGADE_BENCH_PG_BENCH_H

#include <stddef.h>
#include <stdint.h>

struct pg_bench_config {
    const char *uri;
    const char *dbname;
    const char *mode; /* setup | roundtrip | pipeline-tx | group */
    unsigned concurrency;
    unsigned connections; /* pipeline-tx and group */
    double duration_s;
    double warmup_s;
    unsigned run; /* makes client ids unique across runs */
};

/* Latencies of the measured orders (microseconds), grown as needed. */
struct pg_bench_latencies {
    uint32_t *us;
    size_t count, cap;
};

void pg_bench_latency_add(struct pg_bench_latencies *l, uint64_t us);
uint64_t pg_bench_now_us(void);

/* The order every mode writes, as text. */
#define PG_BENCH_TEXT        "2 burgers no onions and a fries"
#define PG_BENCH_RESULT      "{\"category\":\"order\",\"status\":\"accepted\",\"reply\":\"ok\"}"
#define PG_BENCH_TOTAL_CENTS 2175

/* Mode roundtrip: `concurrency` threads, each with its own blocking connection, one statement
 * per round trip (BEGIN, 5 INSERTs, COMMIT). Returns orders measured, or -1. */
long pg_bench_roundtrip(const struct pg_bench_config *c, struct pg_bench_latencies *lat,
                        double *seconds);

#endif
