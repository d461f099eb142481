/* test_db_menu_fallback.c — memcached dies: the menu still reads, from PostgreSQL; memcached
 * comes back: the next read refills it and the one after is served from it again. Uses a
 * private memcached so the shared one is never stopped. */
#include "check.h"
#include "db_test.h"
#include "io/menu_cache.h"
#include "io/menu_source.h"
#include "io/menu_store.h"
#include "io/migrate.h"
#include "test_util.h"

/* libmemcached retries a failed server after MENU_CACHE_RETRY_S; allow for that and more. */
#define RECOVERY_WAIT_MS 5000

static void load_sample(PGconn *conn, struct menu_cache *cache, struct menu *csv)
{
    char path[TEST_PATH_BYTES], err[PG_ERROR_MAX];
    test_source_path(path, sizeof(path), "bench/data/menu.csv");
    memset(csv, 0, sizeof(*csv));
    if (menu_load_csv_file(path, csv, err, sizeof(err)) < 0)
        db_test_die("menu.csv", err);
    CHECK_INT_EQ(menu_store_replace(conn, csv, path, err, sizeof(err)), 0);
    CHECK_INT_EQ(menu_cache_write(cache, csv, 0, err, sizeof(err)), 0);
}

/* Reads through and checks the content; returns where it came from. */
static enum menu_source read_menu(PGconn *conn, struct menu_cache *cache, const struct menu *want,
                                  struct menu_source_report *report)
{
    struct menu got = {0};
    char err[PG_ERROR_MAX] = "";
    CHECK_INT_EQ(menu_source_read(conn, cache, 0, &got, report, err, sizeof(err)), 0);
    db_test_check_menu_equal(&got, want);
    menu_free(&got);
    return report->source;
}

static void read_expect(PGconn *conn, struct menu_cache *cache, const struct menu *want,
                        enum menu_source source, struct menu_source_report *report)
{
    CHECK_STR_EQ(menu_source_name(read_menu(conn, cache, want, report)), menu_source_name(source));
}

int main(void)
{
    struct db_test t;
    db_test_setup(&t, "fallback");
    PGconn *conn = db_test_connect(&t);
    struct migrate_result migrated;
    char err[PG_ERROR_MAX], servers[64];
    if (migrate_apply(conn, &migrated, err, sizeof(err)) < 0)
        db_test_die("migrate", err);
    int port = 0;
    pid_t mc = db_test_memcached_start(&port);
    snprintf(servers, sizeof(servers), "127.0.0.1:%d", port);
    struct menu_cache *cache = NULL;
    if (menu_cache_open(servers, NULL, &cache, err, sizeof(err)) < 0)
        db_test_die("memcached", err);

    struct menu csv;
    struct menu_source_report report;
    load_sample(conn, cache, &csv);
    read_expect(conn, cache, &csv, MENU_SOURCE_MEMCACHED, &report);

    db_test_memcached_stop(mc);
    int start = db_test_now_ms();
    read_expect(conn, cache, &csv, MENU_SOURCE_POSTGRESQL, &report);
    CHECK_INT_EQ(report.cache_rc, -EIO);
    CHECK(report.repopulate_rc < 0);
    CHECK(db_test_now_ms() - start < 2 * MENU_CACHE_TIMEOUT_MS + 500); /* failed fast */

    /* A fresh memcached is empty: reads fall back until one refills it, then hit it. */
    mc = db_test_memcached_start(&port); /* the same port: the cache client points at it */
    start = db_test_now_ms();
    int fallbacks = 0;
    while (read_menu(conn, cache, &csv, &report) != MENU_SOURCE_MEMCACHED &&
           db_test_now_ms() - start < RECOVERY_WAIT_MS) {
        fallbacks++;
        usleep(100 * 1000);
    }
    CHECK_INT_EQ(report.source, MENU_SOURCE_MEMCACHED);
    CHECK(fallbacks >= 1); /* the restarted memcached was empty: one read had to refill it */
    printf("memcached back: served from it again after %d fallback read(s), %d ms\n", fallbacks,
           db_test_now_ms() - start);
    read_expect(conn, cache, &csv, MENU_SOURCE_MEMCACHED, &report);

    menu_free(&csv);
    menu_cache_close(cache);
    db_test_memcached_stop(mc);
    PQfinish(conn);
    db_test_teardown(&t);
    return check_finish("test_db_menu_fallback");
}
