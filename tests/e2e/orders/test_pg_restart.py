#!/usr/bin/env python3
"""PostgreSQL restarted under load: `brigade serve --pg` keeps running, answers 503
`database_unavailable` while the database is gone, reconnects by itself, and no order a client
was told about is lost. The test runs a PostgreSQL of its own (scripts/services with a private
directory and port) so that restarting it disturbs nothing else.

usage: test_pg_restart.py BRIGADE_BINARY
"""
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time

from orderslib import (MENU, SOURCE, Reader, Server, check, check_eq, exchange, get, post, psql,
                       run, wait_ready)

BINARY = sys.argv[1]
SERVICES = os.path.join(SOURCE, "scripts", "services")
RESTARTS = 2
CLIENTS = 4


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class PrivateServices:
    """scripts/services on ports and a directory of this test's own."""

    def __init__(self):
        self.dir = tempfile.mkdtemp(prefix="brigade-pg-restart-")
        self.env = dict(os.environ, BRIGADE_SERVICES_DIR=self.dir,
                        BRIGADE_PG_PORT=str(free_port()), BRIGADE_MC_PORT=str(free_port()))
        out = self.services("start")
        self.uri = next(line.split("=", 1)[1] for line in out.splitlines()
                        if line.startswith("export BRIGADE_PG_URI="))

    def services(self, what):
        p = subprocess.run([SERVICES, what], env=self.env, capture_output=True, text=True)
        check_eq(p.returncode, 0, f"scripts/services {what}: {p.stderr[-2000:]}")
        return p.stdout

    def close(self):
        subprocess.run([SERVICES, "stop"], env=self.env, capture_output=True)
        shutil.rmtree(self.dir, ignore_errors=True)


def client(srv, prefix, acked, refused, stop):
    n = 0
    while not stop.is_set():
        try:
            with srv.connect() as s:
                reader = Reader(s)
                while not stop.is_set():
                    mid = f"{prefix}-{n}"
                    n += 1
                    body = json.dumps({"id": mid, "text": "2 Classic Fries"})
                    s.sendall(post("/v1/messages", body))
                    r = reader.response()
                    if r.status == 200:
                        acked[mid] = r.json()["order_id"]
                    elif r.status == 503:
                        check_eq(r.json()["error"]["code"], "database_unavailable", "503 code")
                        refused.append(mid)
                        time.sleep(0.02)
                    else:
                        raise AssertionError(f"status {r.status}: {r.body[:200]!r}")
        except (OSError, EOFError):
            time.sleep(0.05)  # a connection the server closed: open another


def restarts():
    svc = PrivateServices()
    srv = None
    try:
        env = {k: v for k, v in os.environ.items() if not k.startswith("BRIGADE_")}
        for cmd in (["migrate"], ["menu", "load", MENU]):
            p = subprocess.run([BINARY, *cmd, "--pg", svc.uri], env=env, capture_output=True,
                               text=True)
            check_eq(p.returncode, 0, f"brigade {' '.join(cmd)}: {p.stderr[-1000:]}")
        srv = Server(BINARY, "--backend", "lexical", "--menu", MENU, "--pg", svc.uri,
                     "--threads", "2")
        wait_ready(srv)
        acked, refused, stop = {}, [], threading.Event()
        threads = [threading.Thread(target=client, args=(srv, f"c{i}", acked, refused, stop))
                   for i in range(CLIENTS)]
        for t in threads:
            t.start()
        for _ in range(RESTARTS):
            time.sleep(1.0)
            before = len(refused)
            svc.services("stop")  # fast shutdown: every connection of brigade's breaks
            deadline = time.monotonic() + 10
            while len(refused) == before and time.monotonic() < deadline:
                time.sleep(0.05)
            check(len(refused) > before, "503s while the database is down")
            check_eq(exchange(srv, get("/readyz")).status, 503, "/readyz while down")
            svc.services("start")
            wait_ready(srv, timeout=30)  # reconnected by itself
            n = len(acked)
            deadline = time.monotonic() + 10
            while len(acked) == n and time.monotonic() < deadline:
                time.sleep(0.05)
            check(len(acked) > n, "orders stored again after the restart")
        stop.set()
        for t in threads:
            t.join()
        check(srv.proc.poll() is None, "the server is still running")
        stored = dict(psql(svc.uri, "SELECT m.client_id, o.id FROM orders o "
                                    "JOIN messages m ON m.id = o.message_id"))
        lost = [mid for mid, oid in acked.items() if stored.get(mid) != str(oid)]
        check_eq(lost[:5], [], f"acknowledged orders missing ({len(lost)})")
        check_eq(srv.stop(), 0, "exit status")
        print(f"     {len(acked)} orders acknowledged, {len(refused)} refused with 503 over "
              f"{RESTARTS} restarts, none lost")
    finally:
        if srv and srv.proc.poll() is None:
            srv.proc.kill()
        svc.close()


if __name__ == "__main__":
    if not os.environ.get("BRIGADE_PG_URI") or not shutil.which("memcached"):
        print("skip: the local services are not set up (scripts/services)")
        sys.exit(77)
    run([("restarts", restarts)])
