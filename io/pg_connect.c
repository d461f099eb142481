/* pg_connect.c — the non-blocking start every serving connection shares (see pg_connect.h). */
#include "io/pg_connect.h"

#include "kernels/assert.h"

PGconn *pg_connect_start(const char *uri, const char *dbname, const char *application_name)
{
    /* expand_dbname: the first "dbname" is parsed as the whole connection string; later keys
     * override what it set. */
    const char *keys[] = {"dbname",
                          "application_name",
                          "keepalives",
                          "keepalives_idle",
                          "keepalives_interval",
                          "keepalives_count",
                          "dbname",
                          NULL};
    const char *values[] = {uri, application_name, "1", "10", "5", "3", dbname, NULL};
    if (!dbname)
        keys[6] = NULL;
    PGconn *conn = PQconnectStartParams(keys, values, 1);
    BRIGADE_OOM_CHECK(conn);
    return conn;
}
