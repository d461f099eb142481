/* order_store_internal.h — what order_store.c (batches) shares with order_store_requests.c
 * (outbox and read-back requests): the prepared statements and the connection choice. */
#ifndef BRIGADE_IO_ORDER_STORE_INTERNAL_H
#define BRIGADE_IO_ORDER_STORE_INTERNAL_H

#include "io/order_store.h"

/* Indexes into order_store_statements[] (prepared on every connection). */
enum order_store_statement {
    ORDER_STORE_SQL_STORE,
    ORDER_STORE_SQL_CLAIM,
    ORDER_STORE_SQL_DELIVERED,
    ORDER_STORE_SQL_RETRY,
    ORDER_STORE_SQL_FAILED,
    ORDER_STORE_SQL_ORDER_GET,
    ORDER_STORE_SQL_ORDER_LIST,
    ORDER_STORE_SQL_BACKLOG,
    ORDER_STORE_SQL_MAX,
};

extern const struct pg_pipeline_statement order_store_statements[ORDER_STORE_SQL_MAX];

/* The connected connection with the fewest requests in flight and room for one more; NULL
 * when none (*refusal: -ENOTCONN when none is up, -ENOBUFS when all are full). */
struct pg_pipeline *order_store_pick(struct order_store *s, int *refusal);

#endif
