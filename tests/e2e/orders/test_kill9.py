#!/usr/bin/env python3
"""No acknowledged order is lost: `brigade serve --pg` is killed with SIGKILL 20 times while
clients send orders at a steady rate; every order id any client was given must then exist
with the client's message id, and after a last start every notification of the outbox must
have been delivered to the webhook receiver (at least once).

usage: test_kill9.py BRIGADE_BINARY
"""
import random
import signal
import socket
import sys
import threading
import time

from orderslib import (Database, Reader, Receiver, check, check_eq, message, post, run, serve,
                       wait_for, wait_ready)

import serverlib  # noqa: E402 - orderslib put its folder on the path

BINARY = sys.argv[1]
KILLS = 20
CLIENTS = 4


def client(srv, prefix, acked, stop):
    """Orders on one keep-alive connection until the server dies; records what it was told."""
    n = 0
    try:
        with srv.connect() as s:
            reader = Reader(s)
            while not stop.is_set():
                mid = f"{prefix}-{n}"
                n += 1
                s.sendall(post("/v1/messages", '{"id": "%s", "text": "2 Classic Fries"}' % mid))
                r = reader.response()
                if r.status == 200:
                    acked[mid] = r.json()["order_id"]
                time.sleep(0.002)
    except (OSError, EOFError, ValueError):
        pass  # the server was killed under us


def kill9_cycles():
    db = Database(BINARY, "kill9")
    rx = Receiver()
    acked = {}
    flags = ("--webhook-backoff", "0.1", "--webhook-poll", "0.1", "--webhook-lease", "1")
    rng = random.Random(9)
    try:
        for cycle in range(KILLS):
            srv = serve(BINARY, db, *flags, receiver=rx)
            wait_ready(srv)
            stop = threading.Event()
            threads = [threading.Thread(target=client, args=(srv, f"c{cycle}.{i}", acked, stop))
                       for i in range(CLIENTS)]
            for t in threads:
                t.start()
            time.sleep(rng.uniform(0.2, 0.6))
            srv.proc.send_signal(signal.SIGKILL)
            srv.proc.wait()
            serverlib._started.remove(srv.proc)  # killed on purpose: not a leftover
            srv.proc.stderr.close()
            stop.set()
            for t in threads:
                t.join()
        check(len(acked) > 100, f"orders acknowledged over the kills: {len(acked)}")
        stored = dict(db.rows("SELECT m.client_id, o.id FROM orders o "
                              "JOIN messages m ON m.id = o.message_id"))
        lost = [mid for mid, oid in acked.items() if stored.get(mid) != str(oid)]
        check_eq(lost[:5], [], f"acknowledged orders missing or different ({len(lost)})")
        # A last start delivers what the killed processes left in the outbox.
        srv = serve(BINARY, db, *flags, receiver=rx)
        wait_ready(srv)
        wait_for("every notification delivered",
                 lambda: db.rows("SELECT count(*) FROM notifications "
                                 "WHERE delivered_at IS NULL") == [["0"]], timeout=60)
        delivered = {p["body"]["embeds"][0]["title"] for p in rx.posts() if p["status"] == 204}
        total = int(db.rows("SELECT count(*) FROM notifications")[0][0])
        check_eq(len(delivered) >= total, True, f"{len(delivered)} orders posted of {total}")
        check_eq(srv.stop(), 0, "exit status")
        print(f"     {len(acked)} orders acknowledged over {KILLS} kills, none lost; "
              f"{total} notifications delivered")
    finally:
        rx.stop()
        db.drop()


if __name__ == "__main__":
    run([("kill9_cycles", kill9_cycles)])
