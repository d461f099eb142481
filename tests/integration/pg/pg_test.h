/* pg_test.h — what the pipeline and order-store tests share: a test database with the schema
 * and a small menu, a poll(2) loop, and running that loop until a condition holds. */
#ifndef BRIGADE_TESTS_PG_TEST_H
#define BRIGADE_TESTS_PG_TEST_H

#include "integration/db/db_test.h"
#include "io/async_poll.h"
#include "io/migrate.h"

#include <stdbool.h>

#define PG_TEST_LOOP_CAPACITY 64
#define PG_TEST_WAIT_MS       10000 /* the longest any condition may take before the test fails */

/* The test database with every migration applied and three menu items. */
static inline PGconn *pg_test_setup(struct db_test *t, const char *name)
{
    db_test_setup(t, name);
    PGconn *conn = db_test_connect(t);
    struct migrate_result result;
    char err[PG_ERROR_MAX];
    if (migrate_apply(conn, &result, err, sizeof(err)) < 0)
        db_test_die("migrate", err);
    if (pg_exec(conn,
                "INSERT INTO menu_items (key, name, price_cents) VALUES"
                " ('burger', 'Burger', 900), ('fries', 'Fries', 375),"
                " ('cola', 'Cola', 250)",
                "menu", err, sizeof(err)) < 0)
        db_test_die("menu", err);
    return conn;
}

/* Runs the loop until *flag is true or `wait_ms` passed. Returns whether the flag is set. */
static inline bool pg_test_run_until(struct async_poll *p, const bool *flag, int wait_ms)
{
    int start = db_test_now_ms();
    while (!*flag && db_test_now_ms() - start < wait_ms)
        async_poll_run_once(p, 10);
    return *flag;
}

/* Runs the loop for `ms` whatever happens (to show that something does NOT complete). */
static inline void pg_test_run_for(struct async_poll *p, int ms)
{
    int start = db_test_now_ms();
    while (db_test_now_ms() - start < ms)
        async_poll_run_once(p, 10);
}

/* The first value of the first row as text ("" when none; static buffer). */
static inline const char *pg_test_text(PGconn *conn, const char *sql)
{
    static char text[8192];
    PGresult *res = PQexec(conn, sql);
    text[0] = '\0';
    if (PQresultStatus(res) == PGRES_TUPLES_OK && PQntuples(res) > 0)
        snprintf(text, sizeof(text), "%s", PQgetvalue(res, 0, 0));
    else if (PQresultStatus(res) != PGRES_TUPLES_OK)
        fprintf(stderr, "pg_test: %s: %s", sql, PQresultErrorMessage(res));
    PQclear(res);
    return text;
}

/* Terminates every backend of the test database with this application_name. */
static inline long long pg_test_terminate(struct db_test *t, const char *application_name)
{
    char sql[512];
    snprintf(sql, sizeof(sql),
             "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity"
             " WHERE datname = '%s' AND application_name = '%s'",
             t->dbname, application_name);
    return db_test_scalar(t->admin, sql);
}

#endif
