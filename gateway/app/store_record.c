/* store_record.c — a finished message as rows, and its result with the order id (see
 * store_record.h). */
#define _GNU_SOURCE /* memmem */
#include "gateway/app/store_record.h"

#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <string.h>

const char *const store_record_channels[ORDER_CATEGORY_MAX] = {
    [ORDER_CATEGORY_ORDER] = "orders",
    [ORDER_CATEGORY_INQUIRY] = "inquiries",
    [ORDER_CATEGORY_OTHER] = "other",
};

static enum order_store_category store_record_category(enum order_category c)
{
    switch (c) {
    case ORDER_CATEGORY_ORDER:
        return ORDER_STORE_ORDER;
    case ORDER_CATEGORY_INQUIRY:
        return ORDER_STORE_INQUIRY;
    default:
        return ORDER_STORE_OTHER;
    }
}

void store_record_build(const struct order_result *r, const struct order_work *w,
                        const char *customer, const char *result_json, bool notify,
                        struct store_record *rec)
{
    const struct menu *menu = order_pipeline_menu(r->pipeline);
    memset(&rec->msg, 0, sizeof(rec->msg));
    rec->msg.client_id = r->has_id ? r->id : NULL;
    rec->msg.customer = customer;
    rec->msg.text = w->display;
    rec->msg.category = store_record_category(r->category);
    rec->msg.status = order_status_name(r->status);
    rec->msg.result_json = result_json;
    /* The kitchen hears of what needs someone: an accepted order, one a person must clarify
     * (review), a question; a rejected order was already answered in full. */
    bool actionable = r->category != ORDER_CATEGORY_ORDER || r->status != ORDER_STATUS_REJECTED;
    rec->msg.outbox_channel = notify && actionable ? store_record_channels[r->category] : NULL;
    if (r->category == ORDER_CATEGORY_INQUIRY) {
        rec->msg.question = w->display;
        rec->msg.answer = r->reply;
    }
    /* Only an accepted order is an order row: a rejected one or one asked back about is a
     * message whose reply says why, and the customer's next message orders again. */
    if (r->category != ORDER_CATEGORY_ORDER || r->status != ORDER_STATUS_ACCEPTED)
        return;
    rec->msg.total_cents = (int)r->total_cents;
    for (size_t i = 0; i < r->n_items; i++) {
        const struct order_result_item *it = &r->items[i];
        const struct menu_item *mi = &menu->items[it->menu_index];
        for (size_t m = 0; m < it->mods.n; m++)
            rec->modifiers[i][m] = it->mods.text[m];
        rec->items[i] = (struct order_store_item){
            .menu_key = mi->key,
            .qty = it->qty,
            .modifiers = rec->modifiers[i],
            .modifier_count = it->mods.n,
            .unit_price_cents = mi->price_cents,
        };
    }
    rec->msg.items = rec->items;
    rec->msg.item_count = (unsigned)r->n_items;
}

int store_record_with_order_id(const char *json, size_t len, int64_t order_id, char *out,
                               size_t cap)
{
    /* The status is always followed by "intents" (result_json.c's fixed key order). Inside a
     * JSON string a quote is escaped, so `, "intents"` cannot occur in the id before it. */
    static const char after_status[] = ", \"intents\": [";
    const char *at = memmem(json, len, after_status, sizeof(after_status) - 1);
    if (len == 0 || json[0] != '{' || !at)
        return -EINVAL;
    size_t head = (size_t)(at - json);
    char field[40];
    int n = snprintf(field, sizeof(field), ", \"order_id\": %" PRId64, order_id);
    size_t total = len + (size_t)n;
    if (total > cap)
        return -ENOSPC;
    memmove(out, json, head); /* out may be json's own buffer: move the tail first */
    memmove(out + head + (size_t)n, json + head, len - head);
    memcpy(out + head, field, (size_t)n);
    return (int)total;
}
