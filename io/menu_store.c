/* menu_store.c — the menu in PostgreSQL: replace it in one transaction, read one snapshot. */
#include "io/menu_store.h"

#include "io/pg.h"

#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "kernels/assert.h"

#define MENU_STORE_ASSERT(cond) BRIGADE_ASSERT(cond)

#define MENU_STORE_INT_TEXT_MAX 24

static const char menu_store_upsert_sql[] =
    "INSERT INTO menu_items (key, name, section, description, price_cents, position,"
    " loaded_version, available)"
    " VALUES ($1, $2, $3, $4, $5::integer, $6::integer, $7::bigint, true)"
    " ON CONFLICT (key) DO UPDATE SET"
    " name = EXCLUDED.name, section = EXCLUDED.section, description = EXCLUDED.description,"
    " price_cents = EXCLUDED.price_cents, position = EXCLUDED.position,"
    " loaded_version = EXCLUDED.loaded_version, available = true,"
    /* updated_at tells when the item last changed, not when a CSV last mentioned it. */
    " updated_at = CASE WHEN (menu_items.name, menu_items.section, menu_items.description,"
    " menu_items.price_cents, menu_items.available) IS DISTINCT FROM (EXCLUDED.name,"
    " EXCLUDED.section, EXCLUDED.description, EXCLUDED.price_cents, true)"
    " THEN now() ELSE menu_items.updated_at END";

/* Runs a parameterised statement and checks its status; returns the result (caller clears)
 * through *res_out when non-NULL. */
static int menu_store_exec(PGconn *conn, const char *sql, int nparams, const char *const *params,
                           ExecStatusType want, PGresult **res_out, const char *what, char *err,
                           size_t err_size)
{
    PGresult *res = PQexecParams(conn, sql, nparams, NULL, params, NULL, NULL, 0);
    int rc = pg_result_check(conn, res, want, what, err, err_size);
    if (rc == 0 && res_out)
        *res_out = res;
    else
        PQclear(res);
    return rc;
}

static int menu_store_new_version(PGconn *conn, const struct menu *menu, const char *source,
                                  int64_t *version, char *err, size_t err_size)
{
    char lock[64], count[MENU_STORE_INT_TEXT_MAX];
    snprintf(lock, sizeof(lock), "SELECT pg_advisory_xact_lock(%lld)", MENU_STORE_LOCK_KEY);
    int rc =
        menu_store_exec(conn, lock, 0, NULL, PGRES_TUPLES_OK, NULL, "menu lock", err, err_size);
    if (rc < 0)
        return rc;
    snprintf(count, sizeof(count), "%zu", menu->count);
    const char *params[] = {count, source ? source : ""};
    PGresult *res = NULL;
    rc = menu_store_exec(conn,
                         "INSERT INTO menu_versions (item_count, source)"
                         " VALUES ($1::integer, $2) RETURNING version",
                         2, params, PGRES_TUPLES_OK, &res, "new menu version", err, err_size);
    if (rc < 0)
        return rc;
    MENU_STORE_ASSERT(PQntuples(res) == 1);
    *version = strtoll(PQgetvalue(res, 0, 0), NULL, 10);
    PQclear(res);
    MENU_STORE_ASSERT(*version > 0);
    return 0;
}

static int menu_store_upsert_all(PGconn *conn, const struct menu *menu, int64_t version, char *err,
                                 size_t err_size)
{
    char cents[MENU_STORE_INT_TEXT_MAX], position[MENU_STORE_INT_TEXT_MAX];
    char version_text[MENU_STORE_INT_TEXT_MAX], what[MENU_KEY_MAX + 32];
    snprintf(version_text, sizeof(version_text), "%" PRId64, version);
    for (size_t i = 0; i < menu->count; i++) {
        const struct menu_item *item = &menu->items[i];
        snprintf(cents, sizeof(cents), "%d", (int)item->price_cents);
        snprintf(position, sizeof(position), "%zu", i + 1);
        snprintf(what, sizeof(what), "upsert item %s", item->key);
        const char *params[] = {item->key, item->name, item->section, item->description,
                                cents,     position,   version_text};
        int rc = menu_store_exec(conn, menu_store_upsert_sql, 7, params, PGRES_COMMAND_OK, NULL,
                                 what, err, err_size);
        if (rc < 0)
            return rc;
    }
    const char *params[] = {version_text};
    return menu_store_exec(conn,
                           "UPDATE menu_items SET available = false, updated_at = now()"
                           " WHERE available AND loaded_version <> $1::bigint",
                           1, params, PGRES_COMMAND_OK, NULL, "retire missing items", err,
                           err_size);
}

int menu_store_replace(PGconn *conn, struct menu *menu, const char *source, char *err,
                       size_t err_size)
{
    MENU_STORE_ASSERT(menu->count <= MENU_ITEMS_MAX);
    int64_t version = 0;
    int rc = pg_exec(conn, "BEGIN", "begin", err, err_size);
    if (rc == 0)
        rc = menu_store_new_version(conn, menu, source, &version, err, err_size);
    if (rc == 0)
        rc = menu_store_upsert_all(conn, menu, version, err, err_size);
    if (rc == 0)
        rc = pg_exec(conn, "COMMIT", "commit", err, err_size);
    if (rc < 0) {
        char ignored[PG_ERROR_MAX];
        pg_exec(conn, "ROLLBACK", "rollback", ignored, sizeof(ignored));
        return rc;
    }
    menu->version = version;
    return 0;
}

static int menu_store_version_query(PGconn *conn, int64_t *version_out, char *err, size_t err_size)
{
    PGresult *res = NULL;
    int rc = menu_store_exec(conn, "SELECT coalesce(max(version), 0) FROM menu_versions", 0, NULL,
                             PGRES_TUPLES_OK, &res, "menu version", err, err_size);
    if (rc < 0)
        return rc;
    *version_out = strtoll(PQgetvalue(res, 0, 0), NULL, 10);
    PQclear(res);
    return 0;
}

int menu_store_version(PGconn *conn, int64_t *version_out, char *err, size_t err_size)
{
    *version_out = 0;
    return menu_store_version_query(conn, version_out, err, err_size);
}

/* Rows edited by hand could break what the CSV parser guarantees; refuse them rather than
 * hand the cache a value it cannot encode. */
static int menu_store_append_row(struct menu *out, const PGresult *res, int row, char *err,
                                 size_t err_size)
{
    const char *key = PQgetvalue(res, row, 0), *name = PQgetvalue(res, row, 1);
    long cents = strtol(PQgetvalue(res, row, 4), NULL, 10);
    if (cents < 0 || cents > MENU_PRICE_CENTS_MAX || strchr(name, '|') || !name[0]) {
        snprintf(err, err_size, "read menu: item %s has an invalid name or price", key);
        return -EIO;
    }
    menu_append(out, key, name, PQgetvalue(res, row, 2), PQgetvalue(res, row, 3), (int32_t)cents);
    return 0;
}

int menu_store_read(PGconn *conn, struct menu *out, char *err, size_t err_size)
{
    MENU_STORE_ASSERT(out->count == 0 && out->items == NULL);
    /* One snapshot for the version and the items: a concurrent load is seen whole or not. */
    int rc =
        pg_exec(conn, "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY", "begin", err, err_size);
    int64_t version = 0;
    PGresult *res = NULL;
    if (rc == 0)
        rc = menu_store_version_query(conn, &version, err, err_size);
    if (rc == 0)
        rc = menu_store_exec(conn,
                             "SELECT key, name, section, description, price_cents"
                             " FROM menu_items WHERE available ORDER BY position, key",
                             0, NULL, PGRES_TUPLES_OK, &res, "read menu", err, err_size);
    if (rc == 0 && PQntuples(res) > MENU_ITEMS_MAX) {
        snprintf(err, err_size, "read menu: %d items, more than %d", PQntuples(res),
                 MENU_ITEMS_MAX);
        rc = -EIO;
    }
    for (int row = 0; rc == 0 && row < PQntuples(res); row++)
        rc = menu_store_append_row(out, res, row, err, err_size);
    PQclear(res);
    char ignored[PG_ERROR_MAX];
    pg_exec(conn, rc == 0 ? "COMMIT" : "ROLLBACK", "end", ignored, sizeof(ignored));
    if (rc < 0)
        menu_free(out);
    else
        out->version = version;
    return rc;
}
