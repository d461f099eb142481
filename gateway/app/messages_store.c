/* messages_store.c — with --pg, a finished message is stored before it is answered: its
 * rows go to the core's order store (gateway/app/orders.h) and the client hears of it only
 * once they are committed, with the order id; a retry of a stored message gets the stored
 * result back. When the database cannot take it, the client is told so and nothing is
 * acknowledged. */
#include "gateway/app/messages_internal.h"

#include <errno.h>
#include <string.h>

#include "gateway/app/orders.h"
#include "gateway/http/http_session.h"
#include "gateway/net/loop.h"
#include "gateway/net/sse.h"

/* Rooms kept in a job's stored copy: the JSON, the spliced order id, a new line, the NUL. */
enum {
    MESSAGES_STORED_BYTES = ORDER_RESULT_JSON_MAX + MESSAGES_ORDER_ID_ROOM + 2,
};

void messages_put_result(struct messages_core *mc, struct messages_request *rq, uint32_t line,
                         const char *json, size_t len, enum order_category category,
                         enum order_status status)
{
    char *out = messages_output_reserve(mc, rq, line, len + 1);
    memcpy(out, json, len);
    messages_inbox_note(rq, INBOX_CONSUMED, "");
    uint64_t *c = &mc->results[category][status];
    __atomic_store_n(c, *c + 1, __ATOMIC_RELAXED);
    /* Into the shared event log only while some core has a stream (no cost otherwise). */
    if (sse_hub_wanted(mc->app->hub))
        sse_hub_publish(mc->app->hub, loop_core(mc->loop), "result", json, len);
    if (rq->ndjson)
        out[len++] = '\n';
    messages_output_commit(mc, rq, line, len);
}

/* An error for the line: in an NDJSON body its error object; a single message is the whole
 * answer (503 with Retry-After while the database is unreachable, 500 when it refused). */
static void messages_store_refused(struct messages_core *mc, struct messages_request *rq,
                                   struct messages_job *j, enum messages_error e,
                                   const char *message)
{
    mc->errors[e]++;
    messages_inbox_note(rq, e == MESSAGES_ERROR_NOT_STORED ? INBOX_FAILED : INBOX_RETRY, message);
    if (rq->ndjson) {
        messages_output_error(mc, rq, j->line, j->work->has_id ? j->work->id : NULL, e, message);
        return;
    }
    struct http_exchange *x = rq->answered ? NULL : messages_request_exchange(mc, rq);
    if (x && e == MESSAGES_ERROR_DATABASE_UNAVAILABLE) {
        char retry[48];
        snprintf(retry, sizeof(retry), "Retry-After: %d\r\n", ORDERS_RETRY_AFTER_S);
        char body[MESSAGES_ERROR_MESSAGE_BYTES_MAX + 96];
        int n = snprintf(body, sizeof(body), "{\"error\":{\"code\":\"%s\",\"message\":\"%s\"}}",
                         messages_error_code(e), message);
        http_exchange_respond(x, 503, "application/json", body, (size_t)n, retry);
    } else if (x) {
        http_exchange_error(x, 500, messages_error_code(e), message);
    }
    rq->answered = true;
}

bool messages_store(struct messages_core *mc, struct messages_request *rq, struct messages_job *j)
{
    if (!j->stored) { /* first use: kept for the job's next messages */
        j->stored = malloc(MESSAGES_STORED_BYTES);
        MESSAGES_ASSERT(j->stored != NULL);
    }
    const struct order_result *r = &mc->result;
    int n = order_result_json(r, j->stored, ORDER_RESULT_JSON_MAX + 1);
    MESSAGES_ASSERT(n > 0);
    j->stored_len = (size_t)n;
    j->category = (uint8_t)r->category;
    j->status = (uint8_t)r->status;
    bool notify = orders_core_notifies(mc->orders, store_record_channels[r->category]);
    store_record_build(r, j->work, j->customer[0] ? j->customer : NULL, j->stored, notify,
                       &mc->record);
    mc->record.msg.inbox_id = rq->inbox_id; /* consumed by the same transaction */
    int rc = orders_submit(mc->orders, &mc->record.msg, (uint64_t)(j - mc->jobs));
    if (rc == 0)
        return true;
    if (rc == -ENOTCONN || rc == -ENOBUFS)
        messages_store_refused(mc, rq, j, MESSAGES_ERROR_DATABASE_UNAVAILABLE,
                               rc == -ENOTCONN ? "no database connection: not stored, retry"
                                               : "the database is behind: not stored, retry");
    else /* the message itself cannot be encoded (e.g. not UTF-8): never storable */
        messages_store_refused(mc, rq, j, MESSAGES_ERROR_NOT_STORED,
                               "the message cannot be stored");
    return false;
}

void messages_on_stored(void *ctx, uint64_t tag, const struct order_store_outcome *o)
{
    struct messages_core *mc = ctx;
    MESSAGES_ASSERT(tag < MESSAGES_JOBS_PER_CORE);
    struct messages_job *j = &mc->jobs[tag];
    struct messages_request *rq = j->owner;
    MESSAGES_ASSERT(rq != NULL);
    /* This reading's category and status count it (a duplicate's stored result is the first
     * reading's, which a retry of the same text repeats). */
    enum order_category category = (enum order_category)j->category;
    enum order_status status = (enum order_status)j->status;
    if (o->status == ORDER_STORE_STORED) {
        size_t len = j->stored_len;
        if (o->order_id) {
            int n = store_record_with_order_id(j->stored, len, o->order_id, j->stored,
                                               MESSAGES_STORED_BYTES - 2);
            MESSAGES_ASSERT(n > 0);
            len = (size_t)n;
        }
        messages_put_result(mc, rq, j->line, j->stored, len, category, status);
    } else if (o->status == ORDER_STORE_DUPLICATE) {
        messages_put_result(mc, rq, j->line, o->result_json, strlen(o->result_json), category,
                            status);
    } else if (o->status == ORDER_STORE_REJECTED) {
        messages_store_refused(mc, rq, j, MESSAGES_ERROR_NOT_STORED,
                               "the database refused this message");
    } else {
        /* Lost mid-commit or never sent: not acknowledged; a retry with its id is safe. */
        messages_store_refused(mc, rq, j, MESSAGES_ERROR_DATABASE_UNAVAILABLE,
                               "the database connection failed: retry with the same id");
    }
    histogram_record(&mc->stages[MESSAGES_STAGE_TOTAL], messages_now_ns() - rq->start_ns);
    messages_job_release(mc, j);
    rq->pending--;
    messages_request_try_finish(mc, rq);
}
