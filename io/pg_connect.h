/* pg_connect.h — the start of a non-blocking PostgreSQL connection, as every connection the
 * serving path opens it (io/pg_pipeline.c, io/inbox.c): the URI as a whole connection string,
 * an optional database that overrides it, an application name, and TCP keepalives so a peer
 * that vanished without a FIN is noticed on an idle connection (idle 10 s, every 5 s, 3
 * probes). The caller then drives PQconnectPoll from its loop. */
#ifndef BRIGADE_IO_PG_CONNECT_H
#define BRIGADE_IO_PG_CONNECT_H

#include <libpq-fe.h>

/* PQconnectStartParams with those settings; `dbname` NULL keeps the URI's. Never NULL (aborts
 * when libpq cannot allocate); check PQstatus and PQsocket before polling. */
PGconn *pg_connect_start(const char *uri, const char *dbname, const char *application_name);

#endif
