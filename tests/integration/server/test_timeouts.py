"""Timeouts and broken clients: slowloris (the header deadline runs from the first byte, a
byte every 0.5 s does not extend it), idle keep-alive, a client that never reads its large
responses, and clients that hang up mid-request (counted; no leak under the sanitizers)."""
import socket
import sys
import time

from serverlib import Reader, Server, check, check_eq, check_standard_headers, get, run

BINARY = sys.argv[1]


def test_slowloris():
    srv = Server(BINARY, "--header-timeout", "2")
    with srv.connect() as s:
        t0 = time.monotonic()
        s.sendall(b"GET /healthz HTTP/1.1\r\n")
        closed_at, got = None, b""
        s.settimeout(0.05)
        while time.monotonic() - t0 < 6:
            try:
                s.sendall(b"X")  # a header byte every 0.5 s, never finishing the head
            except (BrokenPipeError, ConnectionResetError):
                closed_at = time.monotonic() - t0
                break
            end = time.monotonic() + 0.5
            while time.monotonic() < end:
                try:
                    data = s.recv(4096)
                except socket.timeout:
                    continue
                except ConnectionResetError:
                    data = b""
                if not data:
                    closed_at = time.monotonic() - t0
                    break
                got += data
            if closed_at is not None:
                break
        check(closed_at is not None, "slow client was not closed within 6 s")
        check(1.7 <= closed_at <= 3.0, f"closed after {closed_at:.2f}s, expected about 2 s")
        check(got.startswith(b"HTTP/1.1 408 "), f"408 before the close, got {got[:40]!r}")
    m = srv.metrics()
    check_eq(m['brigade_timeouts_total{kind="header"}'], 1, "header timeouts")
    check_eq(srv.stop(), 0, "exit status")


def test_body_timeout():
    srv = Server(BINARY, "--body-timeout", "1")
    with srv.connect() as s:
        t0 = time.monotonic()
        s.sendall(b"POST /v1/echo HTTP/1.1\r\nHost: t\r\nContent-Type: application/json\r\n"
                  b"Content-Length: 10\r\n\r\n{\"a\"")  # 4 of 10 body bytes, then nothing
        resp = Reader(s).response()
        waited = time.monotonic() - t0
        check_eq(resp.status, 408, "status")
        check_eq(resp.json()["error"]["code"], "request_timeout", "code")
        check_eq(resp.header("connection"), "close", "Connection")
        check_standard_headers(resp, "408")
        check(0.8 <= waited <= 2.5, f"408 after {waited:.2f}s, expected about 1 s")
        check(Reader(s).closed(3), "closed after the 408")
    m = srv.metrics()
    check_eq(m['brigade_timeouts_total{kind="body"}'], 1, "body timeouts")
    check_eq(srv.stop(), 0, "exit status")


def test_idle_timeout():
    srv = Server(BINARY, "--idle-timeout", "1")
    with srv.connect() as s:
        r = Reader(s)
        s.sendall(get("/healthz"))
        check_eq(r.response().status, 200, "served")
        t0 = time.monotonic()
        check(r.closed(4), "idle connection closed")
        waited = time.monotonic() - t0
        check(0.8 <= waited <= 2.5, f"idle close after {waited:.2f}s, expected about 1 s")
    m = srv.metrics()
    check_eq(m['brigade_timeouts_total{kind="idle"}'], 1, "idle timeouts")
    check_eq(srv.stop(), 0, "exit status")


def test_send_timeout():
    srv = Server(BINARY, "--send-timeout", "1", "--max-body-bytes", "1m")
    s = srv.connect(rcvbuf=4096)
    body = b'"' + b"a" * (1024 * 1024 - 2) + b'"'
    req = (b"POST /v1/echo HTTP/1.1\r\nHost: t\r\nContent-Type: application/json\r\n"
           b"Content-Length: %d\r\n\r\n" % len(body)) + body
    s.settimeout(10)
    try:
        for _ in range(8):  # 8 MiB of responses that this client never reads
            s.sendall(req)
    except (BrokenPipeError, ConnectionResetError):
        pass
    deadline = time.monotonic() + 8
    dropped = 0
    while time.monotonic() < deadline:
        dropped = srv.metrics()['brigade_timeouts_total{kind="send"}']
        if dropped:
            break
        time.sleep(0.25)
    check_eq(dropped, 1, "send timeouts")
    s.close()
    check_eq(srv.stop(), 0, "exit status")


def test_disconnect_mid_request():
    srv = Server(BINARY)
    with srv.connect() as s:
        s.sendall(b"GET /healthz HTTP/1.1\r\nHost: t\r\n")  # head never finished
    with srv.connect() as s:
        s.sendall(b"POST /v1/echo HTTP/1.1\r\nHost: t\r\nContent-Type: application/json\r\n"
                  b"Content-Length: 100\r\n\r\n{\"a\":")  # body cut short
    with srv.connect() as s:  # a complete exchange, then a clean close: not counted
        s.sendall(get("/healthz"))
        check_eq(Reader(s).response().status, 200, "served")
    time.sleep(0.3)
    m = srv.metrics()
    check_eq(m["brigade_connections_closed_by_peer_midrequest_total"], 2, "mid-request closes")
    check_eq(m["brigade_connections_active"], 1, "only the /metrics connection is left")
    check_eq(srv.stop(), 0, "exit status")


run([("slowloris", test_slowloris), ("body_timeout", test_body_timeout), ("idle_timeout", test_idle_timeout),
     ("send_timeout", test_send_timeout), ("disconnect_mid_request", test_disconnect_mid_request)])
