/* pg.c — blocking PostgreSQL helpers for the command-line tools. */
#include "io/pg.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const char *pg_uri_pick(const char *flag)
{
    if (flag && flag[0])
        return flag;
    const char *env = getenv(PG_URI_ENV);
    return env && env[0] ? env : NULL;
}

/* libpq messages end with a newline; the caller's line supplies its own. */
static void pg_format(char *err, size_t err_size, const char *what, const char *msg,
                      const char *sqlstate)
{
    size_t n = strlen(msg);
    while (n > 0 && (msg[n - 1] == '\n' || msg[n - 1] == ' '))
        n--;
    if (sqlstate && sqlstate[0])
        snprintf(err, err_size, "%s: %.*s [%s]", what, (int)n, msg, sqlstate);
    else
        snprintf(err, err_size, "%s: %.*s", what, (int)n, msg);
}

int pg_connect(const char *uri, const char *dbname, PGconn **conn_out, char *err, size_t err_size)
{
    /* expand_dbname: the first "dbname" is parsed as the whole connection string; later
     * keywords override what it set, which is how dbname replaces the URI's database. */
    const char *keys[] = {"dbname", "connect_timeout", "dbname", NULL};
    const char *values[] = {uri, PG_CONNECT_TIMEOUT, dbname, NULL};
    if (!dbname)
        keys[2] = NULL;
    PGconn *conn = PQconnectdbParams(keys, values, 1);
    if (!conn) {
        fprintf(stderr, "%s:%d: out of memory\n", __FILE__, __LINE__);
        abort();
    }
    if (PQstatus(conn) != CONNECTION_OK) {
        pg_format(err, err_size, "connect", PQerrorMessage(conn), NULL);
        PQfinish(conn);
        *conn_out = NULL;
        return -ECONNREFUSED;
    }
    *conn_out = conn;
    return 0;
}

const char *pg_result_sqlstate(const PGresult *res)
{
    const char *state = res ? PQresultErrorField(res, PG_DIAG_SQLSTATE) : NULL;
    return state ? state : "";
}

int pg_result_check(PGconn *conn, const PGresult *res, ExecStatusType want, const char *what,
                    char *err, size_t err_size)
{
    if (res && PQresultStatus(res) == want)
        return 0;
    const char *msg = res ? PQresultErrorMessage(res) : "";
    if (!msg[0])
        msg = PQerrorMessage(conn);
    if (!msg[0])
        msg = "unexpected result status";
    pg_format(err, err_size, what, msg, pg_result_sqlstate(res));
    return -EIO;
}

int pg_exec(PGconn *conn, const char *sql, const char *what, char *err, size_t err_size)
{
    PGresult *res = PQexec(conn, sql);
    int rc = pg_result_check(conn, res, PGRES_COMMAND_OK, what, err, err_size);
    PQclear(res);
    return rc;
}
