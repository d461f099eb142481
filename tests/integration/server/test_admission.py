"""The waiting line: --max-connections 2 --max-queued 2 on one core. The third and fourth
connections wait and are served in FIFO order as slots free up (filled once per loop pass),
the fifth gets 503 with Retry-After, and a waiting event-stream client is told its exact
position as it moves. A slot freed as a newcomer arrives goes to the line, not to a 503."""
import signal
import socket
import sys
import time

from serverlib import Reader, Response, Server, check, check_eq, check_standard_headers, get, run

BINARY = sys.argv[1]
FLAGS = ("--max-connections", "2", "--max-queued", "2")
QUIET_S = 0.4  # long enough to see that a waiting connection is not served


def served(sock, path="/healthz"):
    sock.sendall(get(path))
    return Reader(sock).response()


def no_response(reader, what):
    reader.sock.settimeout(QUIET_S)
    try:
        reader.fill()
    except socket.timeout:
        return
    raise AssertionError(f"{what} was answered while waiting: {reader.buf[:60]!r}")


def test_fifo_and_reject():
    srv = Server(BINARY, *FLAGS)
    a, b = srv.connect(), srv.connect()
    check_eq(served(a).status, 200, "A served")
    check_eq(served(b).status, 200, "B served")
    c, d = srv.connect(), srv.connect()
    c.sendall(get("/healthz"))
    rc = Reader(c)
    no_response(rc, "C")
    d.sendall(get("/readyz"))
    rd = Reader(d)
    no_response(rd, "D")
    e = srv.connect()
    resp = Reader(e).response()
    check_eq(resp.status, 503, "E refused")
    check_eq(resp.header("retry-after"), "1", "Retry-After")
    check_eq(resp.json()["error"]["code"], "overloaded", "error code")
    check_eq(resp.header("connection"), "close", "Connection")
    check_standard_headers(resp, "503")
    check(Reader(e).closed(2), "refused connection closed")
    a.close()  # one slot frees: C (first in line) is served, D still waits
    c.settimeout(5)
    check_eq(rc.response().status, 200, "C promoted and served")
    no_response(rd, "D (second in line)")
    b.close()
    d.settimeout(5)
    check_eq(rd.response().json(), {"status": "ready"}, "D promoted and served")
    c.close()
    d.close()
    time.sleep(0.2)
    m = srv.metrics()
    check_eq(m["brigade_connections_accepted_total"], 6, "accepted")
    check_eq(m["brigade_connections_rejected_total"], 1, "rejected")
    check_eq(m["brigade_connections_promoted_total"], 2, "promoted")
    check_eq(m["brigade_connections_queued"], 0, "queued now")
    check_eq(srv.stop(), 0, "exit status")


def read_event(reader):
    block = reader.until(b"\n\n").decode()
    fields = dict(line.split(": ", 1) for line in block.strip().split("\n"))
    return fields.get("event"), fields.get("data")


def test_queued_events():
    srv = Server(BINARY, *FLAGS)
    a, b = srv.connect(), srv.connect()
    check_eq(served(a).status, 200, "A served")
    check_eq(served(b).status, 200, "B served")
    x = srv.connect()
    x.sendall(get("/healthz"))  # first in line, plain request
    time.sleep(0.1)
    sse = srv.connect()
    sse.sendall(get("/v1/events"))
    rs = Reader(sse)
    head = rs.until(b"\r\n\r\n").decode()
    check(head.startswith("HTTP/1.1 200"), f"stream head {head!r}")
    check("text/event-stream" in head, "stream content type")
    fields = dict(line.split(": ", 1) for line in head.split("\r\n")[1:] if line)
    check_standard_headers(Response(200, "OK", {k.lower(): v for k, v in fields.items()}, b""),
                           "queued stream head")
    check_eq(read_event(rs), ("queued", '{"position":2}'), "first position")
    a.close()  # X is promoted: the stream moves to the front
    check_eq(read_event(rs), ("queued", '{"position":1}'), "second position")
    check_eq(Reader(x).response().status, 200, "X served after promotion")
    b.close()
    event, data = read_event(rs)
    check_eq(event, "hello", "promoted stream gets hello")
    check('"core":0' in data, f"hello data {data}")
    for s in (x, sse):
        s.close()
    check_eq(srv.stop(), 0, "exit status")


def test_queued_client_leaves():
    srv = Server(BINARY, "--max-connections", "1", "--max-queued", "2")
    a = srv.connect()
    check_eq(served(a).status, 200, "A served")
    q1 = srv.connect()
    q1.sendall(get("/healthz"))
    sse = srv.connect()
    sse.sendall(get("/v1/events"))
    rs = Reader(sse)
    rs.until(b"\r\n\r\n")
    check_eq(read_event(rs), ("queued", '{"position":2}'), "behind q1")
    q1.close()  # leaving the line moves everyone behind forward
    check_eq(read_event(rs), ("queued", '{"position":1}'), "q1 left")
    a.close()
    check_eq(read_event(rs)[0], "hello", "promoted")
    sse.close()
    check_eq(srv.stop(), 0, "exit status")


def test_slot_freed_as_one_arrives():
    """A slot frees (A leaves) and a newcomer C arrives in the same loop pass: the slot goes to
    B, first in line, and C waits behind it, never refused. The line is filled once per pass,
    at its end, so for that moment it holds one more than --max-queued. The server is stopped
    while both happen so that its next pass sees them together (A's end first)."""
    srv = Server(BINARY, "--max-connections", "1", "--max-queued", "1")
    rounds = 5
    for i in range(rounds):
        a = srv.connect()
        check_eq(served(a).status, 200, f"A served ({i})")
        b = srv.connect()
        b.sendall(get("/healthz"))
        rb = Reader(b)
        no_response(rb, f"B ({i})")
        srv.proc.send_signal(signal.SIGSTOP)
        a.close()
        c = srv.connect()  # the kernel completes the handshake while the server is stopped
        c.sendall(get("/readyz"))
        srv.proc.send_signal(signal.SIGCONT)
        check_eq(rb.response().status, 200, f"B promoted ({i})")
        b.close()
        check_eq(Reader(c).response().json(), {"status": "ready"}, f"C served after B ({i})")
        c.close()
    m = srv.metrics()
    check_eq(m["brigade_connections_rejected_total"], 0, "rejected")
    check_eq(m["brigade_connections_promoted_total"], 2 * rounds, "promoted (B and C)")
    check_eq(srv.stop(), 0, "exit status")

run([("fifo_and_reject", test_fifo_and_reject), ("queued_events", test_queued_events),
     ("queued_client_leaves", test_queued_client_leaves),
     ("slot_freed_as_one_arrives", test_slot_freed_as_one_arrives)])
