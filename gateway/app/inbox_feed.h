/* inbox_feed.h — --inbox: each core claims rows other systems insert into table `inbox`
 * (io/inbox.h: LISTEN/NOTIFY and a catch-up on every connection; claims shared with the
 * other cores and processes on the database) and runs each through the
 * message pipeline (messages_submit_inbox); the transaction that stores a row's message also
 * marks the row consumed, so each row is processed exactly once, also across kill -9.
 * docs/operations.md says how to feed it. */
#ifndef BRIGADE_GATEWAY_INBOX_FEED_H
#define BRIGADE_GATEWAY_INBOX_FEED_H

#include <stdint.h>

struct loop;
struct messages_core;
struct inbox_feed;

/* On core `l`'s thread (number `core`), after its pipeline (`mc`, with a store) started:
 * connects to `uri` and feeds the core; claims last `lease_ms` at most (0: default). */
struct inbox_feed *inbox_feed_start(struct loop *l, struct messages_core *mc, const char *uri,
                                    uint32_t lease_ms, unsigned core);
/* On the same thread after the loop ended, before the store stops: outcomes reported after
 * this are dropped. NULL: nothing. */
void inbox_feed_stop(struct inbox_feed *f);

#endif
