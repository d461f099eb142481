/* test_db_menu.c — menu CSV -> PostgreSQL -> memcached -> read back, against real services:
 * exact round trip, atomic rejection, retired items, stale-cache detection and TTLs. */
#include "check.h"
#include "db_test.h"
#include "io/menu_cache.h"
#include "io/menu_source.h"
#include "io/menu_store.h"
#include "io/migrate.h"
#include "test_util.h"

#define TTL_EXPIRY_WAIT_MS 5000

static void parse_or_die(const char *csv, struct menu *menu)
{
    char err[MENU_ERROR_MAX];
    memset(menu, 0, sizeof(*menu));
    if (menu_parse_csv(csv, strlen(csv), menu, err, sizeof(err)) < 0)
        db_test_die("fixture csv", err);
}

static const char menu_v1[] =
    "name,section,price,description\n"
    "Classic Beef Burger,burgers,10.50,\"Beef, lettuce, \"\"house\"\" sauce\"\n"
    "Crème Brûlée,desserts,6.5,\"Vanilla custard\nwith burnt sugar | crunchy\"\n"
    "Sweet Potato Fries,sides,4.50,\n"
    "Lemonade,drinks,3,Fresh lemons\n";

/* Same menu, lemonade gone, fries cheaper. */
static const char menu_v2[] =
    "name,section,price,description\n"
    "Classic Beef Burger,burgers,10.50,\"Beef, lettuce, \"\"house\"\" sauce\"\n"
    "Crème Brûlée,desserts,6.5,\"Vanilla custard\nwith burnt sugar | crunchy\"\n"
    "Sweet Potato Fries,sides,3.95,\n";

static void test_sample_round_trip(PGconn *conn, struct menu_cache *cache)
{
    char path[TEST_PATH_BYTES], err[PG_ERROR_MAX];
    test_source_path(path, sizeof(path), "bench/data/menu.csv");
    struct menu csv = {0}, got = {0};
    CHECK_INT_EQ(menu_load_csv_file(path, &csv, err, sizeof(err)), 0);
    CHECK_INT_EQ(menu_store_replace(conn, &csv, path, err, sizeof(err)), 0);
    CHECK_INT_EQ(csv.version, 1);
    CHECK_INT_EQ(menu_cache_write(cache, &csv, 0, err, sizeof(err)), 0);
    CHECK_INT_EQ(menu_cache_read(cache, 1, &got, err, sizeof(err)), 0);
    db_test_check_menu_equal(&got, &csv);
    menu_free(&got);
    CHECK_INT_EQ(menu_store_read(conn, &got, err, sizeof(err)), 0);
    db_test_check_menu_equal(&got, &csv);
    menu_free(&got);
    menu_free(&csv);
}

static void test_load_and_read(PGconn *conn, struct menu_cache *cache)
{
    struct menu csv, got = {0};
    struct menu_source_report report;
    char err[PG_ERROR_MAX];
    parse_or_die(menu_v1, &csv);
    CHECK_INT_EQ(menu_store_replace(conn, &csv, "v1", err, sizeof(err)), 0);
    CHECK_INT_EQ(csv.version, 2);
    CHECK_INT_EQ(menu_cache_write(cache, &csv, 0, err, sizeof(err)), 0);
    CHECK_INT_EQ(menu_source_read(conn, cache, 0, &got, &report, err, sizeof(err)), 0);
    CHECK_INT_EQ(report.source, MENU_SOURCE_MEMCACHED);
    CHECK_INT_EQ(report.cache_rc, 0);
    db_test_check_menu_equal(&got, &csv);
    if (got.count == 4) {
        CHECK_STR_EQ(got.items[1].description, "Vanilla custard\nwith burnt sugar | crunchy");
        CHECK_INT_EQ(got.items[1].price_cents, 650);
    }
    /* Sample items from the first load are retired, not deleted. */
    CHECK_INT_EQ(db_test_scalar(conn, "SELECT count(*) FROM menu_items WHERE available"), 4);
    CHECK(db_test_scalar(conn, "SELECT count(*) FROM menu_items WHERE NOT available") > 0);
    menu_free(&got);
    menu_free(&csv);
}

/* A bad CSV never reaches the database; a row the database refuses rolls everything back. */
static void test_rejected_changes_nothing(PGconn *conn, struct menu_cache *cache)
{
    const char *bad = "name,section,price,description\nA,s,1.00,d\nB,s,9.9.9,d\n";
    struct menu menu = {0}, got = {0};
    char err[PG_ERROR_MAX];
    CHECK_INT_EQ(menu_parse_csv(bad, strlen(bad), &menu, err, sizeof(err)), -EINVAL);
    CHECK_INT_EQ(menu.count, 0);

    long long items = db_test_scalar(conn, "SELECT count(*) FROM menu_items");
    parse_or_die(menu_v2, &menu);
    /* The schema refuses a key that is not a slug: the load fails on its third upsert. */
    free(menu.items[2].key);
    menu.items[2].key = strdup("Not-A-Slug");
    CHECK_INT_EQ(menu_store_replace(conn, &menu, "bad", err, sizeof(err)), -EIO);
    CHECK(strstr(err, "upsert item Not-A-Slug") != NULL);
    CHECK(strstr(err, "[23514]") != NULL);
    CHECK_INT_EQ(menu.version, 0);
    CHECK_INT_EQ(db_test_scalar(conn, "SELECT max(version) FROM menu_versions"), 2);
    CHECK_INT_EQ(db_test_scalar(conn, "SELECT count(*) FROM menu_items"), items);
    CHECK_INT_EQ(db_test_scalar(conn, "SELECT count(*) FROM menu_items WHERE available"), 4);
    CHECK_INT_EQ(menu_cache_read(cache, 2, &got, err, sizeof(err)), 0);
    CHECK_INT_EQ(got.count, 4);
    menu_free(&got);
    menu_free(&menu);
}

/* A load that could not reach memcached leaves it one version behind: readers notice, read
 * PostgreSQL, and refill the cache. */
static void test_stale_cache(PGconn *conn, struct menu_cache *cache)
{
    struct menu csv, got = {0};
    struct menu_source_report report;
    char err[PG_ERROR_MAX];
    long long updated = db_test_scalar(conn, "SELECT extract(epoch FROM updated_at) * 1000000"
                                             " FROM menu_items WHERE key = 'creme-brulee'");
    parse_or_die(menu_v2, &csv);
    CHECK_INT_EQ(menu_store_replace(conn, &csv, "v2", err, sizeof(err)), 0);
    /* Versions come from an identity sequence, which the failed load advanced: gaps are
     * normal, order is what counts. */
    CHECK(csv.version > 2);
    CHECK_INT_EQ(db_test_scalar(conn, "SELECT max(version) FROM menu_versions"), csv.version);
    CHECK_INT_EQ(menu_cache_read(cache, csv.version, &got, err, sizeof(err)), -ESTALE);
    char expected[96];
    snprintf(expected, sizeof(expected), "memcached holds menu version 2, expected %lld",
             (long long)csv.version);
    CHECK_STR_EQ(err, expected);

    CHECK_INT_EQ(menu_source_read(conn, cache, 0, &got, &report, err, sizeof(err)), 0);
    CHECK_INT_EQ(report.source, MENU_SOURCE_POSTGRESQL);
    CHECK_INT_EQ(report.cache_rc, -ESTALE);
    CHECK_INT_EQ(report.repopulate_rc, 0);
    db_test_check_menu_equal(&got, &csv);
    if (got.count == 3)
        CHECK_INT_EQ(got.items[2].price_cents, 395);
    menu_free(&got);
    CHECK_INT_EQ(menu_source_read(conn, cache, 0, &got, &report, err, sizeof(err)), 0);
    CHECK_INT_EQ(report.source, MENU_SOURCE_MEMCACHED);
    db_test_check_menu_equal(&got, &csv);
    menu_free(&got);
    /* Unchanged items keep their updated_at; the retired one is unavailable. */
    CHECK_INT_EQ(db_test_scalar(conn, "SELECT extract(epoch FROM updated_at) * 1000000"
                                      " FROM menu_items WHERE key = 'creme-brulee'"),
                 updated);
    CHECK_INT_EQ(db_test_scalar(conn, "SELECT count(*) FROM menu_items"
                                      " WHERE key = 'lemonade' AND NOT available"),
                 1);
    menu_free(&csv);
}

static void test_ttl(PGconn *conn, struct menu_cache *cache)
{
    struct menu menu = {0}, got = {0};
    char err[PG_ERROR_MAX];
    CHECK_INT_EQ(menu_store_read(conn, &menu, err, sizeof(err)), 0);
    /* Over 30 days: sent as now + ttl. Sent raw it would be a 1970 date, already expired. */
    CHECK_INT_EQ(menu_cache_write(cache, &menu, MENU_CACHE_RELATIVE_TTL_MAX + 1, err, sizeof(err)),
                 0);
    CHECK_INT_EQ(menu_cache_read(cache, menu.version, &got, err, sizeof(err)), 0);
    db_test_check_menu_equal(&got, &menu);
    menu_free(&got);

    CHECK_INT_EQ(menu_cache_write(cache, &menu, 1, err, sizeof(err)), 0);
    CHECK_INT_EQ(menu_cache_read(cache, menu.version, &got, err, sizeof(err)), 0);
    menu_free(&got);
    int rc = 0, start = db_test_now_ms();
    while ((rc = menu_cache_read(cache, menu.version, &got, err, sizeof(err))) == 0 &&
           db_test_now_ms() - start < TTL_EXPIRY_WAIT_MS) {
        menu_free(&got);
        usleep(100 * 1000);
    }
    CHECK_INT_EQ(rc, -ENOENT);
    menu_free(&got);
    menu_free(&menu);
}

int main(void)
{
    const char *servers = getenv("BRIGADE_MEMCACHED");
    if (!servers || !servers[0])
        SKIP("BRIGADE_MEMCACHED is not set (eval \"$(scripts/services start)\")");
    struct db_test t;
    db_test_setup(&t, "menu");
    PGconn *conn = db_test_connect(&t);
    struct migrate_result migrated;
    char err[PG_ERROR_MAX], ns[MENU_CACHE_NAMESPACE_MAX];
    if (migrate_apply(conn, &migrated, err, sizeof(err)) < 0)
        db_test_die("migrate", err);
    snprintf(ns, sizeof(ns), "brigade_test_menu_%d", (int)getpid());
    struct menu_cache *cache = NULL;
    if (menu_cache_open(servers, ns, &cache, err, sizeof(err)) < 0)
        db_test_die("memcached", err);

    test_sample_round_trip(conn, cache);
    test_load_and_read(conn, cache);
    test_rejected_changes_nothing(conn, cache);
    test_stale_cache(conn, cache);
    test_ttl(conn, cache);

    menu_cache_close(cache);
    PQfinish(conn);
    db_test_teardown(&t);
    return check_finish("test_db_menu");
}
