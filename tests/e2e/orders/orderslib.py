"""Helpers for the durable-order tests: a database of the test's own on the local
PostgreSQL (scripts/services), the menu loaded into it, the local webhook receiver, and
`brigade serve` writing to them. Python 3 standard library plus the psql client.

A test exits 77 (skipped) when BRIGADE_PG_URI is not set.
"""
import json
import os
import subprocess
import sys
import tempfile
import time
import urllib.parse

SOURCE = os.environ.get("BRIGADE_SOURCE_DIR", os.path.join(os.path.dirname(__file__), "..", "..", ".."))
sys.path.insert(0, os.path.join(SOURCE, "tests", "integration", "server"))
from serverlib import Failure, Reader, Server, check, check_eq, get, post, run  # noqa: E402,F401

MENU = os.path.join(SOURCE, "bench", "data", "menu.csv")
RECEIVER = os.path.join(SOURCE, "scripts", "webhook-receiver")


def base_uri():
    uri = os.environ.get("BRIGADE_PG_URI")
    if not uri:
        print("skip: BRIGADE_PG_URI is not set (scripts/services start)")
        sys.exit(77)
    return uri


def with_db(uri, dbname):
    """`uri` with its database replaced by `dbname`."""
    parts = urllib.parse.urlsplit(uri)
    return urllib.parse.urlunsplit(parts._replace(path="/" + dbname))


def psql(uri, sql):
    """Rows of `sql` as lists of strings (unaligned, tab-separated)."""
    out = subprocess.run(["psql", uri, "-qAtX", "-F", "\t", "-v", "ON_ERROR_STOP=1", "-c", sql],
                         capture_output=True, text=True)
    if out.returncode != 0:  # psql's own words, not only its exit status
        raise Failure(f"psql failed ({out.returncode}) on {sql!r}: {out.stderr.strip()}")
    return [line.split("\t") for line in out.stdout.splitlines()]


class Database:
    """A fresh database named after the test, migrated and holding the sample menu."""

    def __init__(self, binary, name):
        self.admin = base_uri()
        self.name = f"brigade_test_{name}_{os.getpid()}"
        psql(self.admin, f"DROP DATABASE IF EXISTS {self.name}")
        psql(self.admin, f"CREATE DATABASE {self.name}")
        self.uri = with_db(self.admin, self.name)
        env = {k: v for k, v in os.environ.items() if not k.startswith("BRIGADE_")}
        subprocess.run([binary, "migrate", "--pg", self.uri], check=True, env=env,
                       capture_output=True)
        subprocess.run([binary, "menu", "load", MENU, "--pg", self.uri], check=True, env=env,
                       capture_output=True)

    def rows(self, sql):
        return psql(self.uri, sql)

    def admin_rows(self, sql):
        """From the services' own database: for statements about this one."""
        return psql(self.admin, sql)

    def drop(self):
        # Connections of a killed server may linger a moment: FORCE ends them. An autovacuum
        # worker in the database is no role's process, which FORCE may not end as this
        # (non-superuser) role ("must be a member of the role whose process is being
        # terminated"): it finishes within moments, so the drop is tried again meanwhile.
        deadline = time.monotonic() + 30
        while True:
            try:
                psql(self.admin, f"DROP DATABASE IF EXISTS {self.name} WITH (FORCE)")
                return
            except Failure as e:
                if "must be a member of the role" not in str(e) or time.monotonic() > deadline:
                    raise
                time.sleep(0.2)


class Receiver:
    """scripts/webhook-receiver on a free port, logging to a temporary file."""

    def __init__(self):
        self.dir = tempfile.mkdtemp(prefix="brigade-webhook-")
        self.log = os.path.join(self.dir, "posts.jsonl")
        port_file = os.path.join(self.dir, "port")
        self.proc = subprocess.Popen([sys.executable, RECEIVER, "--log", self.log,
                                      "--port-file", port_file],
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 10
        while not os.path.exists(port_file):
            check(time.monotonic() < deadline, "the webhook receiver did not start")
            time.sleep(0.02)
        with open(port_file) as f:
            self.port = int(f.read())
        self.url = f"http://127.0.0.1:{self.port}"

    def posts(self):
        if not os.path.exists(self.log):
            return []
        with open(self.log) as f:
            return [json.loads(line) for line in f if line.strip()]

    def control(self, query):
        import urllib.request
        with urllib.request.urlopen(urllib.request.Request(f"{self.url}/control?{query}",
                                                           method="POST")) as r:
            return json.loads(r.read())

    def stop(self):
        self.proc.terminate()
        self.proc.wait()


def serve(binary, db, *flags, receiver=None):
    """`brigade serve` on the sample menu, storing to `db`, notifying `receiver`."""
    args = ["--backend", "lexical", "--menu", MENU, "--pg", db.uri, "--threads", "2", *flags]
    if receiver:
        args += ["--webhook-orders", receiver.url + "/orders",
                 "--webhook-inquiries", receiver.url + "/inquiries"]
    return Server(binary, *args)


def exchange(srv, request):
    with srv.connect() as s:
        s.sendall(request)
        return Reader(s).response()


def message(srv, body, extra=""):
    return exchange(srv, post("/v1/messages", json.dumps(body), extra=extra))


def wait_for(what, fn, timeout=15, poll=0.05):
    deadline = time.monotonic() + timeout
    while True:
        value = fn()
        if value:
            return value
        check(time.monotonic() < deadline, f"timed out waiting for {what}")
        time.sleep(poll)


def wait_ready(srv, timeout=15):
    wait_for("/readyz 200", lambda: exchange(srv, get("/readyz")).status == 200, timeout)
