/* inbox_feed.h — --inbox: core 0 reads the rows other systems insert into table `inbox`
 * (io/inbox.h: LISTEN/NOTIFY and a catch-up on every connection) and runs each through the
 * message pipeline (messages_submit_inbox); the transaction that stores a row's message also
 * marks the row consumed, so each row is processed exactly once, also across kill -9.
 * docs/operations.md says how to feed it. */
#ifndef BRIGADE_GATEWAY_INBOX_FEED_H
#define BRIGADE_GATEWAY_INBOX_FEED_H

struct loop;
struct messages_core;
struct inbox_feed;

/* On core `l`'s thread, after its pipeline (`mc`, with a store) started: connects to `uri`
 * and feeds the core. */
struct inbox_feed *inbox_feed_start(struct loop *l, struct messages_core *mc, const char *uri);
/* On the same thread after the loop ended, before the store stops: outcomes reported after
 * this are dropped. NULL: nothing. */
void inbox_feed_stop(struct inbox_feed *f);

#endif
