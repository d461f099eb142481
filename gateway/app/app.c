/* app.c — the served application's per-core hooks (see app.h). */
#include "gateway/app/app.h"

#include <stdlib.h>

#include "gateway/app/inbox_feed.h"
#include "gateway/app/messages.h"
#include "gateway/app/orders.h"
#include "gateway/http/router.h"
#include "kernels/assert.h"

static void *app_core_start(void *shared, unsigned core, struct http_context *ctx, void *host)
{
    (void)ctx;
    const struct app *a = shared;
    struct app_core *ac = calloc(1, sizeof(*ac));
    BRIGADE_ASSERT(ac != NULL);
    ac->app = a;
    ac->loop = host; /* gateway/net runs the app: its host object is the core's loop */
    /* The store first: the pipeline's core hands it every finished message. */
    if (a->orders)
        ac->orders = orders_core_start(a->orders, ac->loop, core);
    ac->messages = messages_core_start(a->messages, ac->loop, ac->orders);
    /* One consumer per core: each claims its own rows (io/sql/007_inbox_claim.sql), so the
     * cores, and other processes on the same database, share the inbox. */
    if (a->orders && ac->messages && orders_inbox_uri(a->orders))
        ac->inbox = inbox_feed_start(ac->loop, ac->messages, orders_inbox_uri(a->orders),
                                     orders_inbox_lease_ms(a->orders), core);
    return ac;
}

static void app_core_stop(void *shared, void *core_state)
{
    const struct app *a = shared;
    struct app_core *ac = core_state;
    /* The store first: what it still holds completes (as CLOSED) while the pipeline's
     * core can still take the outcomes. */
    /* The inbox first: no row is read or marked on a loop that has ended; rows still in
     * the store stay unconsumed unless their batch commits (read again at the next start). */
    inbox_feed_stop(ac->inbox);
    if (ac->orders)
        orders_core_stop(ac->orders);
    if (ac->messages)
        messages_core_stop(a->messages, ac->messages);
    free(ac);
}

void app_init(struct app *a, const struct router *router, struct ops *ops,
              struct messages_app *messages, struct orders_app *orders)
{
    a->orders = orders;
    a->ops = ops;
    a->messages = messages;
    a->http = router_app(router);
    a->http.shared = a;
    a->http.core_start = app_core_start;
    a->http.core_stop = app_core_stop;
}
