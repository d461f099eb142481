/* messages_inbox.c — inbox rows into the message pipeline (see messages_submit_inbox in
 * messages.h): a row becomes a one-message request without an exchange, queued in the
 * core's backlog like the rest of a POST body, so it is parsed, checked, understood and
 * stored exactly as a posted message is, within the same per-pass budget. Its outcome goes
 * to the inbox instead of a client. */
#include "gateway/app/messages_internal.h"

#include <errno.h>
#include <string.h>

#include "gateway/app/orders.h"

void messages_core_on_inbox(struct messages_core *mc, messages_inbox_fn fn, void *ctx)
{
    MESSAGES_ASSERT(mc != NULL);
    mc->inbox_ctx = ctx;
    /* Read by /metrics on other cores (whether to render the inbox counters). */
    __atomic_store_n(&mc->inbox_fn, fn, __ATOMIC_RELAXED);
}

/* The row as the body POST /v1/messages takes: {"id":..,"customer":..,"text":..}. */
static char *messages_inbox_body(const char *client_id, const char *customer, const char *text,
                                 size_t *len)
{
    size_t cap = 6 * (strlen(client_id) + strlen(customer) + strlen(text)) + 64;
    char *body = malloc(cap);
    MESSAGES_ASSERT(body != NULL);
    char *p = body;
    memcpy(p, "{\"id\":", 6);
    p = messages_json_string(p + 6, client_id);
    if (customer[0]) {
        memcpy(p, ",\"customer\":", 12);
        p = messages_json_string(p + 12, customer);
    }
    memcpy(p, ",\"text\":", 8);
    p = messages_json_string(p + 8, text);
    *p++ = '}';
    *len = (size_t)(p - body);
    MESSAGES_ASSERT(*len < cap);
    return body;
}

int messages_submit_inbox(struct messages_core *mc, int64_t inbox_id, const char *client_id,
                          const char *customer, const char *text)
{
    if (!mc->orders || !mc->inbox_fn || inbox_id <= 0 || !text || !client_id)
        return -EINVAL;
    if (!orders_core_connected(mc->orders))
        return -ENOTCONN;
    size_t len;
    char *body = messages_inbox_body(client_id, customer ? customer : "", text, &len);
    /* Room now for its request, one job and its body, without overtaking the posts waiting
     * for jobs: then nothing below can refuse it (and report an outcome inside this call). */
    if (mc->request_free == MESSAGES_NIL || mc->waiting_head != MESSAGES_NIL ||
        mc->free_count - mc->jobs_reserved < 1 ||
        len > MESSAGES_KEPT_BODY_BYTES_MAX - mc->kept_body_bytes) {
        free(body);
        return -EBUSY;
    }
    struct messages_request *rq = messages_request_take(mc, NULL, 1, false, messages_now_ns());
    MESSAGES_ASSERT(rq != NULL);
    rq->inbox_id = inbox_id;
    rq->idempotency_key[0] = '\0';
    MESSAGES_ASSERT(messages_request_reserve(mc, rq));
    bool queued = messages_request_enqueue(mc, rq, body, len);
    MESSAGES_ASSERT(queued);
    free(body);
    return 0;
}
