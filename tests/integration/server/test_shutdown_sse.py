"""SIGTERM drains (idle keep-alive connections close at once, a request in progress is
answered — /readyz then says 503 —, the process exits 0 promptly) and the event stream
(hello, heartbeats every --sse-heartbeat, closed on shutdown)."""
import json
import os
import signal
import socket
import sys
import time

from serverlib import Reader, Server, check, check_eq, get, post, run

BINARY = sys.argv[1]


def test_sigterm_drains():
    srv = Server(BINARY, "--threads", "2")
    idle = []
    for _ in range(3):
        s = srv.connect()
        s.sendall(get("/healthz"))
        check_eq(Reader(s).response().status, 200, "served before shutdown")
        idle.append(s)
    busy = srv.connect()
    busy.sendall(b"GET /readyz HTTP/1.1\r\nHost: t\r\n")  # head not finished yet
    time.sleep(0.2)
    t0 = time.monotonic()
    srv.proc.send_signal(signal.SIGTERM)
    for s in idle:
        check(Reader(s).closed(2), "idle keep-alive connection closed on SIGTERM")
    # Listeners close while the last request is still being served (each core closes its
    # own when it sees the shutdown: allow the other core a moment).
    refused, deadline = False, time.monotonic() + 2
    while not refused and time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", srv.port), timeout=1).close()
            time.sleep(0.05)
        except OSError:
            refused = True
    check(refused, "no longer accepting")
    busy.sendall(b"\r\n")  # the request in progress completes after the signal
    resp = Reader(busy).response()
    check_eq(resp.status, 503, "readyz while draining")
    check_eq(resp.json()["error"]["code"], "draining", "draining code")
    check_eq(resp.header("connection"), "close", "the last response says close")
    check(Reader(busy).closed(2), "closed after it")
    busy.close()
    check_eq(srv.stop(), 0, "exit status")
    check(time.monotonic() - t0 < 3, "exit promptly")
    log = srv.log()
    check('msg="shutdown requested"' in log and 'msg="stopped" status=0' in log, "logged")


def test_sigterm_in_flight_request():
    srv = Server(BINARY)
    s = srv.connect()
    s.sendall(get("/healthz"))
    srv.proc.send_signal(signal.SIGTERM)  # the request was sent before the signal
    check_eq(Reader(s).response().status, 200, "request sent before SIGTERM is answered")
    s.close()
    check_eq(srv.stop(), 0, "exit status")


def test_sigterm_mid_body():
    """A request whose body is arriving when SIGTERM comes is read, answered with
    Connection: close (nothing follows it), and the connection closes."""
    srv = Server(BINARY)
    s = srv.connect()
    r = Reader(s)
    s.sendall(get("/healthz"))
    resp = r.response()
    check_eq(resp.header("connection"), "keep-alive", "before the signal")
    body = b'{"n":1}'
    s.sendall(post("/v1/echo", body)[:-3])
    time.sleep(0.2)
    srv.proc.send_signal(signal.SIGTERM)
    time.sleep(0.2)
    s.sendall(body[-3:])
    resp = r.response()
    check_eq((resp.status, resp.body), (200, body), "answered after the signal")
    check_eq(resp.header("connection"), "close", "Connection while draining")
    check(r.closed(2), "closed after the response")
    s.close()
    check_eq(srv.stop(), 0, "exit status")


def test_sighup_reopens_log():
    srv = Server(BINARY)
    moved = srv.log_path + ".1"
    os.rename(srv.log_path, moved)  # what logrotate does
    srv.proc.send_signal(signal.SIGHUP)
    deadline = time.monotonic() + 5
    while not os.path.exists(srv.log_path) and time.monotonic() < deadline:
        time.sleep(0.05)
    time.sleep(0.1)
    check('msg="log reopened"' in srv.log(), "the new file gets the next lines")
    with open(moved) as f:
        check('msg="listening"' in f.read(), "the old file keeps the earlier lines")
    with srv.connect() as s:  # still serving
        s.sendall(get("/healthz"))
        check_eq(Reader(s).response().status, 200, "served after SIGHUP")
    check_eq(srv.stop(), 0, "exit status")


def read_event(reader):
    block = reader.until(b"\n\n").decode()
    return block


def test_events():
    srv = Server(BINARY, "--sse-heartbeat", "1")
    s = srv.connect()
    s.sendall(get("/v1/events"))
    r = Reader(s)
    head = r.until(b"\r\n\r\n").decode()
    check(head.startswith("HTTP/1.1 200"), f"stream head {head!r}")
    check("text/event-stream" in head.lower(), "content type")
    hello = read_event(r)
    check(hello.startswith("event: hello\ndata: "), f"hello {hello!r}")
    data = json.loads(hello.split("data: ", 1)[1])
    check_eq((data["core"], data["server"]), (0, "brigade"), "hello data")
    check("version" in data, "hello carries the version")
    t0 = time.monotonic()
    check_eq(read_event(r), ": heartbeat\n\n", "heartbeat comment")
    check(time.monotonic() - t0 < 2.0, "heartbeat within the interval")
    m = srv.metrics()
    check_eq(m["brigade_sse_clients"], 1, "one stream open")
    srv.proc.send_signal(signal.SIGTERM)
    check(r.closed(3), "stream closed on shutdown")
    s.close()
    check_eq(srv.stop(), 0, "exit status")


def test_events_begun_while_draining():
    """A stream whose head was still arriving at SIGTERM gets its head, then closes at once
    (not after --shutdown-timeout)."""
    srv = Server(BINARY, "--sse-heartbeat", "1", "--shutdown-timeout", "10s")
    s = srv.connect()
    s.sendall(b"GET /v1/events HTTP/1.1\r\nHost: t\r\n")
    time.sleep(0.2)
    srv.proc.send_signal(signal.SIGTERM)
    time.sleep(0.2)
    t0 = time.monotonic()
    s.sendall(b"\r\n")
    r = Reader(s)
    check(r.until(b"\r\n\r\n").startswith(b"HTTP/1.1 200"), "stream head")
    check(r.closed(3), "closed")
    check(time.monotonic() - t0 < 2, f"closed after {time.monotonic() - t0:.2f}s")
    s.close()
    check_eq(srv.stop(), 0, "exit status")


def test_events_head():
    """HEAD /v1/events: the stream's headers and no stream; the connection serves on."""
    srv = Server(BINARY, "--sse-heartbeat", "1")
    with srv.connect() as s:
        s.sendall(b"HEAD /v1/events HTTP/1.1\r\nHost: t\r\n\r\n")
        r = Reader(s)
        head = r.until(b"\r\n\r\n").decode().lower()
        check(head.startswith("http/1.1 200"), f"head {head!r}")
        check("content-type: text/event-stream" in head, "content type")
        check("connection: keep-alive" in head, f"keep-alive {head!r}")
        s.settimeout(1.5)  # longer than a heartbeat: a stream would have said hello by now
        try:
            extra = s.recv(4096)
        except socket.timeout:
            extra = b""
        check_eq(extra, b"", "no stream body after the HEAD response")
        s.settimeout(5)
        s.sendall(get("/healthz"))
        check_eq(r.response().status, 200, "next request on the same connection")
    m = srv.metrics()
    check_eq(m["brigade_sse_clients"], 0, "no stream was opened")
    check_eq(m['brigade_http_requests_total{route="/v1/events",status="200"}'], 1, "counted")
    check_eq(srv.stop(), 0, "exit status")


def test_events_client_leaves():
    srv = Server(BINARY, "--sse-heartbeat", "1")
    for _ in range(5):
        s = srv.connect()
        s.sendall(get("/v1/events"))
        Reader(s).until(b"event: hello")
        s.close()
    time.sleep(0.3)
    m = srv.metrics()
    check_eq(m["brigade_sse_clients"], 0, "streams gone")
    check_eq(m["brigade_connections_active"], 1, "only the /metrics connection")
    check_eq(srv.stop(), 0, "exit status")


run([("sigterm_drains", test_sigterm_drains),
     ("sigterm_in_flight_request", test_sigterm_in_flight_request),
     ("sigterm_mid_body", test_sigterm_mid_body),
     ("sighup_reopens_log", test_sighup_reopens_log), ("events", test_events),
     ("events_head", test_events_head),
     ("events_begun_while_draining", test_events_begun_while_draining), ("events_client_leaves", test_events_client_leaves)])
