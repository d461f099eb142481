#!/usr/bin/env python3
"""The PostgreSQL inbox end to end: rows other systems insert into table `inbox` are run
through the pipeline by `brigade serve --pg --inbox on` and consumed by the transaction that
stores their message, exactly once:
- rows inserted while brigade is down are processed once it starts (catch-up);
- rows inserted while it runs are picked up promptly (LISTEN/NOTIFY, not polling);
- a row that can never be processed is consumed with the reason, a duplicate client id is
  not a second message;
- the database connections cut in the middle of a backlog: every row still stored once;
- kill -9 while it consumes, restart: every row consumed once, no duplicate message/order.

usage: test_inbox.py BRIGADE_BINARY
"""
import signal
import sys
import time

from inboxlib import check_exactly_once, insert, metric, unconsumed
from orderslib import (Database, check, check_eq, exchange, get, message, run, serve, wait_for,
                       wait_ready)

import serverlib  # noqa: E402 - orderslib put its folder on the path

BINARY = sys.argv[1]
KILLS = 8
ROWS_PER_KILL = 1000


def rows_while_down_processed_once():
    db = Database(BINARY, "inbox_down")
    try:
        insert(db, [(f"down-{i}", "Ana", "2 Classic Fries") for i in range(40)] +
               [(None, "", "what time do you close?"), (None, "Bo", "1 Classic Fries")])
        srv = serve(BINARY, db, "--inbox", "on")
        wait_ready(srv)
        wait_for("the inbox consumed", lambda: unconsumed(db) == 0)
        check_exactly_once(db, 42)
        check_eq(db.rows("SELECT count(*) FROM orders")[0][0], "41", "orders")
        check_eq(db.rows("SELECT client_id, customer, text FROM messages "
                         "WHERE client_id LIKE 'inbox:%' ORDER BY client_id"),
                 [["inbox:41", "", "what time do you close?"],
                  ["inbox:42", "Bo", "1 Classic Fries"]], "derived ids")
        # An order from the inbox reads back like a posted one, with its items.
        oid = db.rows("SELECT o.id FROM orders o JOIN messages m ON m.id = o.message_id "
                      "WHERE m.client_id = 'down-7'")[0][0]
        r = exchange(srv, get(f"/v1/orders/{oid}"))
        check_eq(r.status, 200, "GET the inbox order")
        check_eq([(i["name"], i["qty"]) for i in r.json()["items"]], [("Classic Fries", 2)],
                 "items")
        check_eq(metric(srv, 'brigade_inbox_messages_total{outcome="consumed"}'), 42,
                 "consumed in /metrics")
        check_eq(srv.stop(), 0, "exit status")
        # A second start finds nothing left to do.
        srv = serve(BINARY, db, "--inbox", "on")
        wait_ready(srv)
        time.sleep(0.5)
        check_exactly_once(db, 42)
        check_eq(srv.stop(), 0, "exit status")
    finally:
        db.drop()


def rows_while_running_picked_up_by_notify():
    db = Database(BINARY, "inbox_live")
    srv = serve(BINARY, db, "--inbox", "on")
    try:
        wait_ready(srv)
        # Each core's LISTEN and then its catch-up ran: from now on a notification finds a row
        # (or the once-a-second sweep: 0.5 s on average, so the mean below rules it out).
        wait_for("the consumers listening and caught up",
                 lambda: db.admin_rows("SELECT count(*) FROM pg_stat_activity WHERE "
                                       f"datname = '{db.name}' AND application_name = "
                                       "'brigade-inbox' AND state = 'idle' AND "
                                       "query LIKE 'SELECT * FROM inbox_claim%'") == [["2"]])
        waits = []
        for k in range(5):
            t0 = time.monotonic()
            insert(db, [(f"live-{k}", "Cy", "3 Classic Fries")])
            wait_for(f"row live-{k} consumed",
                     lambda: db.rows("SELECT consumed_at IS NOT NULL FROM inbox WHERE "
                                     f"client_id = 'live-{k}'") == [["t"]], timeout=2)
            waits.append(time.monotonic() - t0)
            check(waits[-1] < 2, "picked up within 2 s")
        check(sum(waits) / len(waits) < 0.3, f"picked up when notified: waits {waits}")
        # A message already posted under the same client id is not stored twice.
        r = message(srv, {"id": "posted-1", "text": "1 Classic Fries"})
        check_eq(r.status, 200, "POST")
        insert(db, [("posted-1", "", "1 Classic Fries")])
        wait_for("the duplicate consumed", lambda: unconsumed(db) == 0, timeout=2)
        check_exactly_once(db, 6)
        # Rows that can never be processed are consumed with the reason, not retried forever.
        insert(db, [("blank", "", "   "), ("huge", "", "x" * 5000)])
        wait_for("the bad rows consumed", lambda: unconsumed(db) == 0, timeout=3)
        errors = db.rows("SELECT client_id, error FROM inbox WHERE error IS NOT NULL "
                         "ORDER BY id")
        check_eq([c for c, _ in errors], ["blank", "huge"], "rows consumed with an error")
        check("blank" in errors[0][1] and "limit" in errors[1][1], f"reasons: {errors}")
        check_eq(db.rows("SELECT count(*) FROM messages")[0][0], "6", "no message for them")
        check_eq(metric(srv, 'brigade_inbox_messages_total{outcome="failed"}'), 2, "failed")
        check_eq(srv.stop(), 0, "exit status")
    finally:
        db.drop()


def database_outage_while_consuming():
    """Every connection of brigade's is cut (and refused for a while) in the middle of a
    backlog: the rows whose batches were lost are read again after the reconnection, and
    each is still stored once."""
    db = Database(BINARY, "inbox_outage")
    backlog = 3000
    total = backlog
    insert(db, [(f"o-{i}", "Ed", f"{1 + i % 2} Classic Fries") for i in range(total)])
    srv = serve(BINARY, db, "--inbox", "on")
    try:
        # The outage must land inside the backlog (about 2,000 rows are left when it does);
        # on a machine loaded enough that brigade consumed all of it before the connections
        # were cut, a second backlog is queued and cut again.
        for attempt in range(3):
            wait_for("some rows consumed", lambda: unconsumed(db) < total, timeout=15)
            db.admin_rows(f"ALTER DATABASE {db.name} ALLOW_CONNECTIONS false")
            db.admin_rows("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                          f"WHERE datname = '{db.name}' AND application_name LIKE 'brigade%'")
            wait_for("/readyz 503", lambda: exchange(srv, get("/readyz")).status == 503)
            time.sleep(0.5)
            db.admin_rows(f"ALTER DATABASE {db.name} ALLOW_CONNECTIONS true")
            left = unconsumed(db)
            if left > 0:
                break
            wait_ready(srv)
            insert(db, [(f"o{attempt}-{i}", "Ed", f"{1 + i % 2} Classic Fries")
                        for i in range(backlog)])
            total += backlog
        check(left > 0, "the outage came before the end of the backlog")
        wait_for("every row consumed", lambda: unconsumed(db) == 0, timeout=60)
        check_exactly_once(db, total)

        # Every row handed out gets an outcome. A store whose commit went through as its
        # connection was cut reports a retry (no result came back), and the row, consumed in
        # the database, is not read again: such rows count as retried, never as consumed. The
        # counters move when a store's result comes back, after the database shows the row.
        def outcomes():
            consumed = metric(srv, 'brigade_inbox_messages_total{outcome="consumed"}')
            retried = metric(srv, 'brigade_inbox_messages_total{outcome="retry"}')
            return (consumed, retried) if consumed + retried >= total else None

        _, retried = wait_for("every row's outcome counted", outcomes, timeout=15)
        check_eq(srv.stop(), 0, "exit status")
        print(f"     {left} rows left at the outage, {retried} retries, each row stored once")
    finally:
        db.admin_rows(f"ALTER DATABASE {db.name} ALLOW_CONNECTIONS true")
        db.drop()


def kill9_while_consuming():
    db = Database(BINARY, "inbox_kill9")
    total = 0
    cut = []  # rows left unconsumed at each kill: the kills must land mid-consumption
    try:
        for cycle in range(KILLS):
            insert(db, [(f"k{cycle}-{i}", "Di", f"{1 + i % 3} Classic Fries")
                        for i in range(ROWS_PER_KILL)])
            total += ROWS_PER_KILL
            srv = serve(BINARY, db, "--inbox", "on")
            wait_for("some rows consumed", lambda: unconsumed(db) < total, timeout=15)
            time.sleep(0.01 * cycle)
            srv.proc.send_signal(signal.SIGKILL)
            srv.proc.wait()
            serverlib._started.remove(srv.proc)  # killed on purpose: not a leftover
            srv.proc.stderr.close()
            cut.append(unconsumed(db))
        check(sum(1 for n in cut if n > 0) >= KILLS // 2,
              f"kills that landed mid-consumption: {cut}")
        left = unconsumed(db)
        srv = serve(BINARY, db, "--inbox", "on")
        wait_ready(srv)
        wait_for("every row consumed", lambda: unconsumed(db) == 0, timeout=60)
        check_exactly_once(db, total)
        check_eq(srv.stop(), 0, "exit status")
        print(f"     {total} rows over {KILLS} kills (left at each: {cut}), each consumed once")
    finally:
        db.drop()


if __name__ == "__main__":
    run([
        ("rows_while_down_processed_once", rows_while_down_processed_once),
        ("rows_while_running_picked_up_by_notify", rows_while_running_picked_up_by_notify),
        ("database_outage_while_consuming", database_outage_while_consuming),
        ("kill9_while_consuming", kill9_while_consuming),
    ])
