/* pg.h — blocking PostgreSQL helpers for the command-line tools (migrate, menu).
 *
 * The serving path uses the asynchronous pipeline client instead; these helpers block, which
 * is what a one-shot command wants. Errors are formatted into a caller buffer of
 * PG_ERROR_MAX bytes ("what: server message [SQLSTATE]") and functions return 0 or -errno. */
#ifndef BRIGADE_IO_PG_H
#define BRIGADE_IO_PG_H

#include <libpq-fe.h>
#include <stddef.h>

#define PG_ERROR_MAX       512
#define PG_CONNECT_TIMEOUT "5" /* seconds, libpq connect_timeout */
#define PG_URI_ENV         "BRIGADE_PG_URI"

/* The URI to use: `flag` when non-NULL, else $BRIGADE_PG_URI; NULL when neither is set. */
const char *pg_uri_pick(const char *flag);

/* Connects to `uri` (a postgresql:// URI or key=value string). Optional `dbname` replaces the
 * database named in the URI (NULL keeps it). On success returns 0 and stores an open
 * connection in *conn_out (caller frees with PQfinish). On failure returns -ECONNREFUSED,
 * *conn_out is NULL and err holds libpq's reason. */
int pg_connect(const char *uri, const char *dbname, PGconn **conn_out, char *err, size_t err_size);

/* Runs one or more statements that return no rows (simple query protocol).
 * Returns 0, or -EIO with err formatted as "<what>: <message> [<SQLSTATE>]". */
int pg_exec(PGconn *conn, const char *sql, const char *what, char *err, size_t err_size);

/* Checks `res` against the expected status; on mismatch formats err like pg_exec and returns
 * -EIO. Never frees `res`. */
int pg_result_check(PGconn *conn, const PGresult *res, ExecStatusType want, const char *what,
                    char *err, size_t err_size);

/* The SQLSTATE of a failed result ("23505" for unique_violation), or "" when there is none. */
const char *pg_result_sqlstate(const PGresult *res);

#endif
