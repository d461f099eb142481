/* inbox_feed.c — the inbox consumer (io/inbox.h) feeding a core's message pipeline (see
 * inbox_feed.h): rows in, outcomes back. */
#include "gateway/app/inbox_feed.h"

#include <stdlib.h>
#include <unistd.h>

#include "gateway/app/messages.h"
#include "gateway/net/loop.h"
#include "gateway/obs/log.h"
#include "io/inbox.h"
#include "kernels/assert.h"

struct inbox_feed {
    struct messages_core *mc;
    struct inbox *inbox;
};

/* A row read from the table: into the pipeline, or refused for now (read again later). */
static int inbox_feed_row(void *ctx, const struct inbox_row *row)
{
    struct inbox_feed *f = ctx;
    return messages_submit_inbox(f->mc, row->id, row->client_id, row->customer, row->text);
}

static void inbox_feed_outcome(void *ctx, int64_t inbox_id, enum inbox_outcome outcome,
                               const char *error)
{
    struct inbox_feed *f = ctx;
    inbox_done(f->inbox, inbox_id, outcome, error);
}

static void inbox_feed_state(void *ctx, bool connected)
{
    struct inbox_feed *f = ctx;
    if (connected)
        log_info("inbox listening", "channel=" INBOX_CHANNEL);
    else
        log_warn("inbox connection lost: reconnecting, then catching up", "error=\"%s\"",
                 inbox_last_error(f->inbox));
}

struct inbox_feed *inbox_feed_start(struct loop *l, struct messages_core *mc, const char *uri,
                                    uint32_t lease_ms, unsigned core)
{
    struct inbox_feed *f = calloc(1, sizeof(*f));
    BRIGADE_ASSERT(f != NULL);
    f->mc = mc;
    struct inbox_config cfg = {
        .uri = uri,
        .application_name = "brigade-inbox",
        .lease_ms = lease_ms,
        .seed = ((uint64_t)getpid() << 8 ^ core) ^ 0x1b0c5,
        .row_fn = inbox_feed_row,
        .row_ctx = f,
        .state_fn = inbox_feed_state,
        .state_ctx = f,
    };
    BRIGADE_ASSERT(inbox_new(loop_async(l), &cfg, &f->inbox) == 0);
    messages_core_on_inbox(mc, inbox_feed_outcome, f);
    return f;
}

void inbox_feed_stop(struct inbox_feed *f)
{
    if (!f)
        return;
    messages_core_on_inbox(f->mc, NULL, NULL);
    inbox_free(f->inbox);
    free(f);
}
