/* store_record.h — a finished message as the rows PostgreSQL keeps (io/order_store.h), and
 * the client's result with the order id the commit gave it.
 *
 * Pure functions over the pipeline's result: no I/O, no allocation (the record's arrays
 * live in the caller's struct store_record and point into the result and the work). */
#ifndef BRIGADE_GATEWAY_STORE_RECORD_H
#define BRIGADE_GATEWAY_STORE_RECORD_H

#include <stddef.h>
#include <stdint.h>

#include "gateway/order/pipeline.h"
#include "io/order_store.h"

/* Outbox channels, by message category: the names the notifier's webhooks are keyed by. */
extern const char *const store_record_channels[ORDER_CATEGORY_MAX];

struct store_record {
    struct order_store_message msg;
    struct order_store_item items[ORDER_ITEMS_MAX];
    const char *modifiers[ORDER_ITEMS_MAX][ORDER_ITEM_MODIFIERS_MAX];
};

/* Fills `rec` for the message `w` read as `r`, whose client result is `result_json`
 * (NUL-terminated, must outlive the submit). `customer`: NULL or the customer's name/JSON.
 * `notify`: whether this category has a webhook (then an outbox row goes with it, except for
 * a rejected order, which needs nobody in the kitchen). Every
 * pointer in rec->msg points into r, w, rec, customer or result_json. */
void store_record_build(const struct order_result *r, const struct order_work *w,
                        const char *customer, const char *result_json, bool notify,
                        struct store_record *rec);

/* `json` (a result object from order_result_json) with `"order_id": N` after its status, as
 * the API documents, written to `out`. Returns the length, or -ENOSPC when `cap` is too
 * small, -EINVAL when `json` is not a result object. */
int store_record_with_order_id(const char *json, size_t len, int64_t order_id, char *out,
                               size_t cap);

#endif
