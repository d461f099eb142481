/* migrate.c — apply the compiled-in migrations, each in its own transaction. */
#include "io/migrate.h"

#include "io/pg.h"

#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "kernels/assert.h"

#define MIGRATE_ASSERT(cond) BRIGADE_ASSERT(cond)

/* Only run when the table is missing (IF NOT EXISTS would still send a notice each time);
 * the advisory lock makes check-then-create safe. */
static const char migrate_table_sql[] = "CREATE TABLE schema_migrations ("
                                        " version integer PRIMARY KEY,"
                                        " name text NOT NULL,"
                                        " applied_at timestamptz NOT NULL DEFAULT now())";

/* Reads the recorded (version, name) rows; the caller PQclears *res_out. */
static int migrate_recorded(PGconn *conn, PGresult **res_out, char *err, size_t err_size)
{
    PGresult *res = PQexec(conn, "SELECT version, name FROM schema_migrations ORDER BY version");
    int rc = pg_result_check(conn, res, PGRES_TUPLES_OK, "read schema_migrations", err, err_size);
    if (rc < 0) {
        PQclear(res);
        return rc;
    }
    *res_out = res;
    return 0;
}

/* Checks that every recorded version the binary knows has the same name, and finds the
 * highest recorded version. */
static int migrate_check_recorded(const PGresult *res, int *version_max, char *err, size_t err_size)
{
    *version_max = 0;
    for (int row = 0; row < PQntuples(res); row++) {
        int version = atoi(PQgetvalue(res, row, 0));
        const char *name = PQgetvalue(res, row, 1);
        if (version > *version_max)
            *version_max = version;
        for (size_t i = 0; i < migrate_migration_count; i++) {
            const struct migrate_migration *m = &migrate_migrations[i];
            if (m->version == version && strcmp(m->name, name) != 0) {
                snprintf(err, err_size, "migration %d is recorded as '%s' but this binary has '%s'",
                         version, name, m->name);
                return -EPROTO;
            }
        }
    }
    return 0;
}

static int migrate_is_recorded(const PGresult *res, int version)
{
    for (int row = 0; row < PQntuples(res); row++)
        if (atoi(PQgetvalue(res, row, 0)) == version)
            return 1;
    return 0;
}

static int migrate_one(PGconn *conn, const struct migrate_migration *m, char *err, size_t err_size)
{
    char what[128];
    snprintf(what, sizeof(what), "migration %03d_%s", m->version, m->name);
    int rc = pg_exec(conn, "BEGIN", what, err, err_size);
    if (rc == 0)
        rc = pg_exec(conn, m->sql, what, err, err_size);
    if (rc == 0) {
        char version[16];
        snprintf(version, sizeof(version), "%d", m->version);
        const char *params[] = {version, m->name};
        PGresult *res = PQexecParams(conn,
                                     "INSERT INTO schema_migrations (version, name) "
                                     "VALUES ($1::integer, $2)",
                                     2, NULL, params, NULL, NULL, 0);
        rc = pg_result_check(conn, res, PGRES_COMMAND_OK, what, err, err_size);
        PQclear(res);
    }
    if (rc == 0)
        rc = pg_exec(conn, "COMMIT", what, err, err_size);
    if (rc < 0) {
        char ignored[PG_ERROR_MAX];
        pg_exec(conn, "ROLLBACK", "rollback", ignored, sizeof(ignored));
    }
    return rc;
}

static int migrate_locked(PGconn *conn, struct migrate_result *result, char *err, size_t err_size)
{
    PGresult *res = PQexec(conn, "SELECT to_regclass('schema_migrations') IS NULL");
    int rc = pg_result_check(conn, res, PGRES_TUPLES_OK, "find schema_migrations", err, err_size);
    bool missing = rc == 0 && strcmp(PQgetvalue(res, 0, 0), "t") == 0;
    PQclear(res);
    if (missing)
        rc = pg_exec(conn, migrate_table_sql, "create schema_migrations", err, err_size);
    PGresult *recorded = NULL;
    if (rc == 0)
        rc = migrate_recorded(conn, &recorded, err, err_size);
    if (rc == 0)
        rc = migrate_check_recorded(recorded, &result->version_before, err, err_size);
    result->version_current = result->version_before;
    for (size_t i = 0; rc == 0 && i < migrate_migration_count; i++) {
        const struct migrate_migration *m = &migrate_migrations[i];
        if (migrate_is_recorded(recorded, m->version))
            continue;
        rc = migrate_one(conn, m, err, err_size);
        if (rc == 0) {
            result->applied_count++;
            if (m->version > result->version_current)
                result->version_current = m->version;
        }
    }
    PQclear(recorded);
    return rc;
}

int migrate_apply(PGconn *conn, struct migrate_result *result, char *err, size_t err_size)
{
    MIGRATE_ASSERT(conn != NULL);
    MIGRATE_ASSERT(result != NULL);
    for (size_t i = 1; i < migrate_migration_count; i++)
        MIGRATE_ASSERT(migrate_migrations[i - 1].version < migrate_migrations[i].version);
    memset(result, 0, sizeof(*result));

    char lock_sql[96];
    snprintf(lock_sql, sizeof(lock_sql), "SELECT pg_advisory_lock(%lld)", MIGRATE_LOCK_KEY);
    PGresult *res = PQexec(conn, lock_sql);
    int rc = pg_result_check(conn, res, PGRES_TUPLES_OK, "advisory lock", err, err_size);
    PQclear(res);
    if (rc < 0)
        return rc;
    rc = migrate_locked(conn, result, err, err_size);
    snprintf(lock_sql, sizeof(lock_sql), "SELECT pg_advisory_unlock(%lld)", MIGRATE_LOCK_KEY);
    PQclear(PQexec(conn, lock_sql)); /* the lock also ends with the session */
    return rc;
}
