#!/usr/bin/env python3
"""Two `brigade serve --inbox on` processes (two cores each) on one database share its inbox:
every core of both claims rows (io/sql/007_inbox_claim.sql), each row is stored exactly once,
and both processes do part of the work:
- rows inserted while both run: all stored once, each process consumed some;
- a backlog, one process killed with SIGKILL in the middle of it: the other finishes it
  alone, without waiting for the dead one's leases (60 s) to run out, each row stored once;
- kill -9 again and again, alternating the two and restarting the killed one: each row still
  stored once.

usage: test_inbox_shared.py BRIGADE_BINARY
"""
import signal
import sys
import time

from inboxlib import check_exactly_once, insert, metric, unconsumed
from orderslib import Database, check, run, serve, wait_for, wait_ready

import serverlib  # noqa: E402 - orderslib put its folder on the path

BINARY = sys.argv[1]
KILLS = 6
ROWS_PER_KILL = 6000


def insert_many(db, prefix, n, customer):
    """n rows `<prefix>-<i>` of 1 to 3 Classic Fries in one INSERT (one transaction)."""
    db.rows("INSERT INTO inbox (client_id, customer, text) SELECT "
            f"'{prefix}-' || i, '{customer}', (1 + i % 3) || ' Classic Fries' "
            f"FROM generate_series(0, {n - 1}) AS i")


def start(db):
    srv = serve(BINARY, db, "--inbox", "on")
    wait_ready(srv)
    return srv


def consumed(srv):
    return metric(srv, 'brigade_inbox_messages_total{outcome="consumed"}') or 0


def kill9(srv):
    srv.proc.send_signal(signal.SIGKILL)
    srv.proc.wait()
    serverlib._started.remove(srv.proc)  # killed on purpose: not a leftover
    srv.proc.stderr.close()


def inbox_backends(db):
    """Backend pids of the inbox connections on this database now."""
    return {int(r[0]) for r in db.admin_rows(
        "SELECT pid FROM pg_stat_activity WHERE application_name = 'brigade-inbox' "
        f"AND datname = '{db.name}'")}


def both_process_rows_inserted_while_running():
    db = Database(BINARY, "inbox_shared")
    a, b = start(db), start(db)
    try:
        total = 0
        for k in range(20):  # 20 transactions of 150 rows, as a feeding system would write
            insert(db, [(f"s{k}-{i}", "Fa", f"{1 + i % 2} Classic Fries") for i in range(150)])
            total += 150
            time.sleep(0.05)
        wait_for("every row consumed", lambda: unconsumed(db) == 0, timeout=60)
        check_exactly_once(db, total)
        # Metrics count each process's own rows; a row one consumed and the other found stored
        # (a claim lost with its session) would be counted by both.
        na, nb = consumed(a), consumed(b)
        check(na > 0 and nb > 0, f"both processes consumed rows: {na} and {nb}")
        check(na + nb == total, f"{na} + {nb} consumed for {total} rows: none twice")
        check(a.stop() == 0 and b.stop() == 0, "exit status")
        print(f"     {total} rows: {na} consumed by one process, {nb} by the other")
    finally:
        db.drop()


def survivor_finishes_the_backlog_of_a_killed_one():
    db = Database(BINARY, "inbox_shared_kill")
    total = 8000
    try:
        a = start(db)
        a_backends = inbox_backends(db)
        check(len(a_backends) == 2, f"one inbox connection per core: {a_backends}")
        b = start(db)
        insert_many(db, "b", total, "Gu")
        wait_for("both consuming", lambda: consumed(a) > 200 and consumed(b) > 200, timeout=30)
        pids = ",".join(str(p) for p in a_backends)
        held = int(db.rows("SELECT count(*) FROM inbox WHERE consumed_at IS NULL AND "
                           f"claimed_by IN ({pids})")[0][0])
        kill9(a)
        left = unconsumed(db)
        check(left > 0, "the kill came before the end of the backlog")
        t0 = time.monotonic()
        # The dead process's claims end with its sessions, not with their 60 s leases.
        wait_for("the survivor consumed everything", lambda: unconsumed(db) == 0, timeout=30)
        took = time.monotonic() - t0
        check_exactly_once(db, total)
        check(b.stop() == 0, "exit status")
        print(f"     killed with {held} rows claimed, {left} rows left; the other process "
              f"finished them in {took:.1f} s")
    finally:
        db.drop()


def kill9_again_and_again():
    db = Database(BINARY, "inbox_shared_kill9")
    total = 0
    cut = []
    try:
        srvs = [start(db), start(db)]
        for cycle in range(KILLS):
            insert_many(db, f"k{cycle}", ROWS_PER_KILL, "Ha")
            total += ROWS_PER_KILL
            # kill as soon as the new rows are being consumed: two processes finish a backlog
            # in well under 100 ms, so a coarse poll or a pause lets the kill land after it
            wait_for("some rows consumed", lambda: unconsumed(db) < total, timeout=30,
                     poll=0.002)
            victim = cycle % 2
            kill9(srvs[victim])
            cut.append(unconsumed(db))
            srvs[victim] = start(db)
        check(sum(1 for n in cut if n > 0) >= KILLS // 2,
              f"kills that landed mid-consumption: {cut}")
        # a bound on progress, not a benchmark: the backlog the kills leave (most of the rows:
        # a process restarting under ASan reads little before the next kill) at no fewer than
        # 150 rows a second, the pace of a sanitizer build on a loaded 2-core machine
        left = unconsumed(db)
        wait_for("every row consumed", lambda: unconsumed(db) == 0, timeout=max(60, left / 150))
        check_exactly_once(db, total)
        check(all(s.stop() == 0 for s in srvs), "exit status")
        print(f"     {total} rows over {KILLS} kills (left at each: {cut}), each consumed once")
    finally:
        db.drop()


if __name__ == "__main__":
    run([
        ("both_process_rows_inserted_while_running", both_process_rows_inserted_while_running),
        ("survivor_finishes_the_backlog_of_a_killed_one",
         survivor_finishes_the_backlog_of_a_killed_one),
        ("kill9_again_and_again", kill9_again_and_again),
    ])
