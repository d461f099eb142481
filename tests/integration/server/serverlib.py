"""Helpers for the socket-level tests of `brigade serve` (Python 3 standard library only).

A test starts the real binary on 127.0.0.1:0, reads the bound port from --port-file, talks
over plain sockets and stops the server with SIGTERM, checking that it exits 0 (under the
sanitizer build a leak or an error report makes that exit status non-zero).
"""
import email.utils
import json
import os
import re
import signal
import socket
import subprocess
import sys
import tempfile
import time

START_TIMEOUT_S = 15
STOP_TIMEOUT_S = 20
RECV_BYTES = 65536


class Failure(Exception):
    pass


def check(cond, message):
    if not cond:
        raise Failure(message)


def check_eq(actual, expected, what):
    if actual != expected:
        raise Failure(f"{what}: got {actual!r}, expected {expected!r}")


_started = []


def _kill_leftovers():
    """A failed test leaves its server running: kill it so nothing outlives the test."""
    while _started:
        proc = _started.pop()
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        elif proc.returncode != 0:
            print(f"     server exited with status {proc.returncode}")
        err = proc.stderr.read().decode(errors="replace")
        if err:
            print("     server stderr:\n" + err[-4000:])


class Server:
    def __init__(self, binary, *flags, env=None):
        self.dir = tempfile.mkdtemp(prefix="brigade-test-")
        self.port_file = os.path.join(self.dir, "port")
        self.log_path = os.path.join(self.dir, "log")
        # SERVE_EXTRA_FLAGS (space-separated) is added after the test's own flags: ctest runs
        # some suites again that way, e.g. with every text understood on an offload thread.
        extra = os.environ.get("SERVE_EXTRA_FLAGS", "").split()
        args = [binary, "serve", "--listen", "127.0.0.1:0", "--port-file", self.port_file,
                "--threads", "1", "--log-file", self.log_path, *flags, *extra]
        # The services' variables (BRIGADE_PG_URI ...) that the test runner exports would turn
        # on database writes: a test that wants them passes flags or `env` explicitly.
        if env is None:
            env = {k: v for k, v in os.environ.items() if not k.startswith("BRIGADE_")}
        self.proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                                     env=env)
        _started.append(self.proc)
        deadline = time.monotonic() + START_TIMEOUT_S
        while not os.path.exists(self.port_file):
            if self.proc.poll() is not None:
                raise Failure(f"server exited at start: {self.proc.stderr.read().decode()}")
            check(time.monotonic() < deadline, "server did not write its port file")
            time.sleep(0.02)
        with open(self.port_file) as f:
            self.port = int(f.read())

    def connect(self, rcvbuf=None):
        s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        if rcvbuf:
            s.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, rcvbuf)
        s.connect(("127.0.0.1", self.port))
        s.settimeout(5)
        return s

    def log(self):
        with open(self.log_path) as f:
            return f.read()

    def stop(self, sig=signal.SIGTERM):
        """Send `sig`, wait for the exit and return its status."""
        if self.proc.poll() is None:
            self.proc.send_signal(sig)
        try:
            self.proc.wait(STOP_TIMEOUT_S)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
            raise Failure("server did not stop after SIGTERM")
        err = self.proc.stderr.read().decode()
        if err:
            sys.stderr.write(err)
        return self.proc.returncode

    def metrics(self):
        with self.connect() as s:
            s.sendall(b"GET /metrics HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n")
            r = Reader(s).response()
        check_eq(r.status, 200, "GET /metrics status")
        return parse_metrics(r.body.decode())


class Response:
    def __init__(self, status, reason, headers, body):
        self.status, self.reason, self.headers, self.body = status, reason, headers, body

    def header(self, name):
        return self.headers.get(name.lower())

    def json(self):
        return json.loads(self.body)


class Reader:
    """Reads HTTP/1.1 responses (Content-Length framed) from a socket, keeping extra bytes."""

    def __init__(self, sock):
        self.sock, self.buf = sock, b""

    def fill(self):
        data = self.sock.recv(RECV_BYTES)
        if not data:
            raise EOFError("connection closed")
        self.buf += data

    def until(self, marker):
        while marker not in self.buf:
            self.fill()
        i = self.buf.index(marker) + len(marker)
        out, self.buf = self.buf[:i], self.buf[i:]
        return out

    def exactly(self, n):
        while len(self.buf) < n:
            self.fill()
        out, self.buf = self.buf[:n], self.buf[n:]
        return out

    def response(self):
        head = self.until(b"\r\n\r\n").decode("latin-1")
        lines = head.split("\r\n")
        parts = lines[0].split(" ", 2)
        headers = {}
        for line in lines[1:]:
            if line:
                k, v = line.split(":", 1)
                headers[k.strip().lower()] = v.strip()
        length = int(headers.get("content-length", "0"))
        status = int(parts[1])
        body = self.exactly(length) if status >= 200 else b""
        return Response(status, parts[2] if len(parts) > 2 else "", headers, body)

    def closed(self, timeout):
        """True when the peer closes (EOF or reset) within `timeout` seconds."""
        self.sock.settimeout(timeout)
        try:
            while True:
                data = self.sock.recv(RECV_BYTES)
                if not data:
                    return True
                self.buf += data
        except socket.timeout:
            return False
        except (ConnectionResetError, BrokenPipeError):
            return True


def check_standard_headers(resp, what):
    """Every response names the server and carries an IMF-fixdate Date close to now."""
    check_eq(resp.header("server"), "brigade", f"{what}: Server")
    date = resp.header("date") or ""
    check(re.fullmatch(r"[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT", date),
          f"{what}: Date {date!r}")
    sent = email.utils.parsedate_to_datetime(date).timestamp()
    check(abs(sent - time.time()) < 60, f"{what}: Date {date!r} is not now")


def get(path, extra=""):
    return f"GET {path} HTTP/1.1\r\nHost: t\r\n{extra}\r\n".encode()


def post(path, body, ctype="application/json", extra=""):
    if isinstance(body, str):
        body = body.encode()
    head = (f"POST {path} HTTP/1.1\r\nHost: t\r\nContent-Type: {ctype}\r\n"
            f"Content-Length: {len(body)}\r\n{extra}\r\n")
    return head.encode() + body


SAMPLE = re.compile(r'^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{[a-zA-Z_][a-zA-Z0-9_]*="[^"]*"'
                    r'(,[a-zA-Z_][a-zA-Z0-9_]*="[^"]*")*\})? (-?[0-9.e+-]+|\+Inf|NaN)$')


def parse_metrics(text):
    """Parse the text exposition format strictly; returns {'name{labels}': float}."""
    out, typed = {}, set()
    check(text.endswith("\n"), "metrics text ends with a newline")
    for line in text.splitlines():
        if line.startswith("# HELP "):
            continue
        if line.startswith("# TYPE "):
            _, _, name, kind = line.split(" ")
            check(kind in ("counter", "gauge", "histogram", "summary"), f"type of {name}")
            typed.add(name)
            continue
        m = SAMPLE.match(line)
        check(m is not None, f"malformed metrics line: {line!r}")
        name = m.group(1)
        base = re.sub(r"_(bucket|sum|count)$", "", name)
        check(name in typed or base in typed, f"sample before its TYPE line: {line!r}")
        key = name + (m.group(2) or "")
        check(key not in out, f"duplicate sample {key}")
        out[key] = float(m.group(4))
    return out


def run(tests):
    """Run test functions given as (name, fn); exit 1 when any fails."""
    failed = 0
    for name, fn in tests:
        t0 = time.monotonic()
        try:
            fn()
            print(f"ok   {name} ({time.monotonic() - t0:.2f}s)")
        except Exception as e:  # report every kind of failure, then go on
            failed += 1
            print(f"FAIL {name}: {type(e).__name__}: {e}")
        _kill_leftovers()
    sys.exit(1 if failed else 0)
