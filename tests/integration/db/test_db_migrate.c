/* test_db_migrate.c — migrations against a real PostgreSQL: applied once, idempotent, safe
 * when two migrators race, and the schema's guarantees (dedup, checks, outbox index, inbox
 * notifications) hold. */
#include "check.h"
#include "db_test.h"
#include "io/migrate.h"

static const struct {
    int version;
    const char *name;
} expected_migrations[] = {
    {1, "menu"},
    {2, "messages_orders"},
    {3, "notifications"},
    {4, "inbox"},
    {5, "order_store"},
    {6, "inbox_consume"},
    {7, "inbox_claim"},
    {8, "store_messages_one_statement"},
    {9, "order_items_menu_reference"},
};
#define EXPECTED_COUNT (sizeof(expected_migrations) / sizeof(expected_migrations[0]))

static void check_recorded(PGconn *conn)
{
    PGresult *res = PQexec(conn, "SELECT version, name FROM schema_migrations ORDER BY version");
    CHECK_INT_EQ(PQresultStatus(res), PGRES_TUPLES_OK);
    CHECK_INT_EQ(PQntuples(res), EXPECTED_COUNT);
    for (int row = 0; row < PQntuples(res) && row < (int)EXPECTED_COUNT; row++) {
        CHECK_INT_EQ(atoi(PQgetvalue(res, row, 0)), expected_migrations[row].version);
        CHECK_STR_EQ(PQgetvalue(res, row, 1), expected_migrations[row].name);
    }
    PQclear(res);
}

static void test_apply_twice(PGconn *conn)
{
    CHECK_INT_EQ(migrate_migration_count, EXPECTED_COUNT);
    struct migrate_result result;
    char err[PG_ERROR_MAX] = "";
    CHECK_INT_EQ(migrate_apply(conn, &result, err, sizeof(err)), 0);
    CHECK_STR_EQ(err, "");
    CHECK_INT_EQ(result.applied_count, EXPECTED_COUNT);
    CHECK_INT_EQ(result.version_before, 0);
    CHECK_INT_EQ(result.version_current, (int)EXPECTED_COUNT);
    check_recorded(conn);
    long long applied_at = db_test_scalar(
        conn, "SELECT extract(epoch FROM max(applied_at)) * 1000000 FROM schema_migrations");

    CHECK_INT_EQ(migrate_apply(conn, &result, err, sizeof(err)), 0);
    CHECK_INT_EQ(result.applied_count, 0);
    CHECK_INT_EQ(result.version_before, (int)EXPECTED_COUNT);
    CHECK_INT_EQ(result.version_current, (int)EXPECTED_COUNT);
    check_recorded(conn);
    CHECK_INT_EQ(db_test_scalar(conn, "SELECT extract(epoch FROM max(applied_at)) * 1000000 "
                                      "FROM schema_migrations"),
                 applied_at);
}

/* A database whose record names version 1 differently is refused, not re-migrated. */
static void test_name_mismatch(PGconn *conn)
{
    PQclear(PQexec(conn, "UPDATE schema_migrations SET name = 'other' WHERE version = 1"));
    struct migrate_result result;
    char err[PG_ERROR_MAX];
    CHECK_INT_EQ(migrate_apply(conn, &result, err, sizeof(err)), -EPROTO);
    CHECK_STR_EQ(err, "migration 1 is recorded as 'other' but this binary has 'menu'");
    PQclear(PQexec(conn, "UPDATE schema_migrations SET name = 'menu' WHERE version = 1"));
}

/* Two processes migrate the same empty database at once: the advisory lock makes one apply
 * everything and the other find nothing to do. */
static void test_concurrent(void)
{
    struct db_test t;
    db_test_setup(&t, "migrate_race");
    pid_t pids[2];
    for (int i = 0; i < 2; i++) {
        pids[i] = fork();
        if (pids[i] == 0) {
            PGconn *conn = db_test_connect(&t);
            struct migrate_result result;
            char err[PG_ERROR_MAX];
            int rc = migrate_apply(conn, &result, err, sizeof(err));
            if (rc < 0)
                fprintf(stderr, "child %d: %s\n", i, err);
            PQfinish(conn);
            _exit(rc < 0 ? 100 : result.applied_count);
        }
    }
    int applied_total = 0;
    for (int i = 0; i < 2; i++) {
        int status = 0;
        waitpid(pids[i], &status, 0);
        CHECK(WIFEXITED(status));
        CHECK(WEXITSTATUS(status) == 0 || WEXITSTATUS(status) == (int)EXPECTED_COUNT);
        applied_total += WEXITSTATUS(status);
    }
    CHECK_INT_EQ(applied_total, EXPECTED_COUNT);
    PGconn *conn = db_test_connect(&t);
    check_recorded(conn);
    PQfinish(conn);
    db_test_teardown(&t);
}

static void test_retried_client_id(PGconn *conn)
{
    const char *insert = "INSERT INTO messages (client_id, customer, text)"
                         " VALUES ('c-42', 'ana', 'two burgers')";
    CHECK_STR_EQ(db_test_sqlstate(conn, insert), "");
    CHECK_STR_EQ(db_test_sqlstate(conn, insert), "23505"); /* unique_violation */
    /* The form the gateway uses: a retry finds the first row instead of adding one. */
    CHECK_INT_EQ(db_test_scalar(conn, "WITH ins AS (INSERT INTO messages (client_id, text)"
                                      " VALUES ('c-42', 'two burgers') ON CONFLICT (client_id)"
                                      " DO NOTHING RETURNING id) SELECT count(*) FROM ins"),
                 0);
    CHECK_INT_EQ(db_test_scalar(conn, "SELECT count(*) FROM messages WHERE client_id = 'c-42'"), 1);
    /* Messages without a client id are never deduplicated against each other. */
    CHECK_STR_EQ(db_test_sqlstate(conn, "INSERT INTO messages (text) VALUES ('a')"), "");
    CHECK_STR_EQ(db_test_sqlstate(conn, "INSERT INTO messages (text) VALUES ('a')"), "");
    CHECK_INT_EQ(db_test_scalar(conn, "SELECT count(*) FROM messages WHERE client_id IS NULL"), 2);
}

static void test_orders(PGconn *conn)
{
    CHECK_STR_EQ(db_test_sqlstate(conn, "INSERT INTO menu_items (key, name, price_cents)"
                                        " VALUES ('fries', 'Fries', 375)"),
                 "");
    CHECK_STR_EQ(db_test_sqlstate(conn, "INSERT INTO menu_items (key, name, price_cents)"
                                        " VALUES ('cola', 'Cola', -1)"),
                 "23514"); /* check_violation */
    CHECK_STR_EQ(db_test_sqlstate(conn, "INSERT INTO menu_items (key, name, price_cents)"
                                        " VALUES ('Not A Slug', 'X', 1)"),
                 "23514");
    CHECK_STR_EQ(db_test_sqlstate(conn, "INSERT INTO orders (message_id, total_cents)"
                                        " SELECT id, 750 FROM messages WHERE client_id = 'c-42'"),
                 "");
    CHECK_STR_EQ(db_test_sqlstate(conn, "INSERT INTO orders (message_id, total_cents)"
                                        " SELECT id, 750 FROM messages WHERE client_id = 'c-42'"),
                 "23505"); /* one order per message */
    const char *line = "INSERT INTO order_items (order_id, menu_item_id, qty, modifiers,"
                       " unit_price_cents) SELECT o.id, m.id, %d, '{no salt}', 375"
                       " FROM orders o, menu_items m WHERE m.key = 'fries'";
    char sql[512];
    snprintf(sql, sizeof(sql), line, 2);
    CHECK_STR_EQ(db_test_sqlstate(conn, sql), "");
    snprintf(sql, sizeof(sql), line, 0);
    CHECK_STR_EQ(db_test_sqlstate(conn, sql), "23514"); /* qty > 0 */
    /* Menu rows that orders refer to stay: retired with available = false, never removed. */
    CHECK_STR_EQ(db_test_sqlstate(conn, "DELETE FROM menu_items WHERE key = 'fries'"), "23503");
    CHECK_STR_EQ(db_test_sqlstate(conn, "TRUNCATE menu_items CASCADE"), "23503");
    CHECK_STR_EQ(db_test_sqlstate(conn, "DELETE FROM orders"), "");
    CHECK_INT_EQ(db_test_scalar(conn, "SELECT count(*) FROM order_items"), 0); /* cascaded */
    /* The time indexes are block range summaries (rows arrive in time order). */
    CHECK_INT_EQ(db_test_scalar(conn, "SELECT count(*) FROM pg_indexes WHERE indexname IN"
                                      " ('messages_received_at', 'orders_created_at') AND"
                                      " indexdef LIKE '%USING brin%'"),
                 2);
}

static void test_outbox_and_inbox(PGconn *conn)
{
    CHECK_INT_EQ(db_test_scalar(conn, "SELECT count(*) FROM pg_indexes WHERE indexname ="
                                      " 'notifications_due' AND indexdef LIKE"
                                      " '%(next_attempt_at) WHERE ((delivered_at IS NULL)"
                                      " AND (failed_at IS NULL))'"),
                 1);
    CHECK_INT_EQ(db_test_scalar(conn, "SELECT count(*) FROM pg_indexes WHERE indexname ="
                                      " 'inbox_unconsumed' AND indexdef LIKE"
                                      " '%WHERE (consumed_at IS NULL)'"),
                 1);
    PQclear(PQexec(conn, "LISTEN brigade_inbox"));
    long long id = db_test_scalar(conn, "INSERT INTO inbox (source, client_id, text)"
                                        " VALUES ('sms', 'sms-1', 'hello') RETURNING id");
    CHECK(id > 0);
    PGnotify *note = NULL;
    for (int tries = 0; tries < 50 && !note; tries++) {
        PQconsumeInput(conn);
        note = PQnotifies(conn);
        if (!note)
            usleep(10 * 1000);
    }
    CHECK(note != NULL);
    if (note) {
        char expected[32];
        snprintf(expected, sizeof(expected), "%lld", id);
        CHECK_STR_EQ(note->relname, "brigade_inbox");
        CHECK_STR_EQ(note->extra, expected);
        PQfreemem(note);
    }
    CHECK_STR_EQ(db_test_sqlstate(conn, "INSERT INTO inbox (client_id, text)"
                                        " VALUES ('sms-1', 'again')"),
                 "23505");
}

int main(void)
{
    struct db_test t;
    db_test_setup(&t, "migrate");
    PGconn *conn = db_test_connect(&t);
    test_apply_twice(conn);
    test_name_mismatch(conn);
    test_retried_client_id(conn);
    test_orders(conn);
    test_outbox_and_inbox(conn);
    PQfinish(conn);
    db_test_teardown(&t);
    test_concurrent();
    return check_finish("test_db_migrate");
}
