"""brigade serve over sockets: keep-alive, pipelining, every error status, 100-continue,
HTTP/1.0, /readyz and exact /metrics checks (requests by route and status, durations)."""
import json
import re
import sys

from serverlib import Reader, Server, check, check_eq, get, post, run

BINARY = sys.argv[1]
FLAGS = ("--max-body-bytes", "1k", "--max-uri-bytes", "512", "--max-header-bytes", "2k",
         "--max-header-count", "20")


def test_keep_alive():
    srv = Server(BINARY, *FLAGS)
    with srv.connect() as s:
        r = Reader(s)
        for _ in range(100):
            s.sendall(get("/healthz"))
            resp = r.response()
            check_eq(resp.status, 200, "status")
            check_eq(resp.json(), {"status": "ok"}, "body")
    m = srv.metrics()
    check_eq(m["brigade_connections_accepted_total"], 2, "connections accepted")
    check_eq(srv.stop(), 0, "exit status")


def test_pipelining():
    srv = Server(BINARY, *FLAGS)
    with srv.connect() as s:
        batch = b""
        for i in range(10):
            batch += get("/healthz") if i % 2 == 0 else post("/v1/echo", json.dumps({"n": i}))
        s.sendall(batch)  # ten requests in one write
        r = Reader(s)
        for i in range(10):
            resp = r.response()
            check_eq(resp.status, 200, f"response {i}")
            want = {"status": "ok"} if i % 2 == 0 else {"n": i}
            check_eq(resp.json(), want, f"response {i} body (order)")
    check_eq(srv.stop(), 0, "exit status")


def requests_by_label(m):
    """brigade_http_requests_total as {(route, status): count}."""
    out = {}
    for key, value in m.items():
        found = re.fullmatch(r'brigade_http_requests_total\{route="([^"]*)",status="(\d+)"\}', key)
        if found:
            out[(found.group(1), int(found.group(2)))] = int(value)
    return out


def error_case(srv, raw, status, code=None):
    with srv.connect() as s:
        s.sendall(raw)
        try:
            resp = Reader(s).response()
        except EOFError:
            raise AssertionError(f"no response to {raw[:40]!r} (expected {status})")
        check_eq(resp.status, status, f"status for {raw[:40]!r}")
        body = resp.json()
        check("error" in body and "message" in body["error"], f"JSON error body {body}")
        if code:
            check_eq(body["error"]["code"], code, "error code")
        return resp


def test_errors():
    srv = Server(BINARY, *FLAGS)
    error_case(srv, b"GARBAGE\r\n\r\n", 400)
    error_case(srv, get("/nope"), 404)
    resp = error_case(srv, post("/healthz", "{}"), 405)
    check("GET" in (resp.header("allow") or ""), f"Allow header: {resp.header('allow')}")
    error_case(srv, post("/v1/echo", "x" * 2000), 413, "payload_too_large")
    error_case(srv, get("/" + "a" * 600), 414, "uri_too_long")
    error_case(srv, post("/v1/echo", "hello", ctype="text/plain"), 415)
    error_case(srv, get("/healthz", "X-Big: " + "b" * 2100 + "\r\n"), 431)
    many = "".join(f"X-H{i}: v\r\n" for i in range(25))
    error_case(srv, get("/healthz", many), 431)
    error_case(srv, b"POST /v1/echo HTTP/1.1\r\nHost: t\r\nContent-Type: application/json\r\n"
               b"Transfer-Encoding: gzip\r\n\r\n", 501)
    error_case(srv, b"GET /healthz HTTP/1.2\r\nHost: t\r\n\r\n", 505)
    error_case(srv, post("/v1/echo", "{not json"), 400, "invalid_json")
    # Every answer above counted once, labelled by route: protocol errors as "invalid", the
    # unknown path as "unmatched", never by the raw path (/aaaa..., /nope).
    check_eq(requests_by_label(srv.metrics()), {
        ("invalid", 400): 1, ("unmatched", 404): 1, ("/healthz", 405): 1, ("invalid", 413): 1,
        ("invalid", 414): 1, ("/v1/echo", 415): 1, ("invalid", 431): 2, ("invalid", 501): 1,
        ("invalid", 505): 1, ("/v1/echo", 400): 1}, "requests by route and status")
    check_eq(srv.stop(), 0, "exit status")


def test_host_rules():
    """RFC 9112 3.2: one Host naming an authority; any second Host is refused (as nginx)."""
    srv = Server(BINARY, *FLAGS)
    for host in (b"Host: a\r\nHost: b", b"Host: a\r\nHost: a", b"Host: a b", b"Host: a/b"):
        resp = error_case(srv, b"GET /healthz HTTP/1.1\r\n" + host + b"\r\n\r\n", 400,
                          "bad_request")
        check_eq(resp.header("connection"), "close", f"connection after {host!r}")
    with srv.connect() as s:
        s.sendall(b"GET /healthz HTTP/1.1\r\nHost: a:8080\r\n\r\n")
        check_eq(Reader(s).response().status, 200, "a port in Host is fine")
    check_eq(srv.stop(), 0, "exit status")


def test_expect_continue():
    srv = Server(BINARY, *FLAGS)
    with srv.connect() as s:
        body = b'{"a":1}'
        s.sendall(b"POST /v1/echo HTTP/1.1\r\nHost: t\r\nContent-Type: application/json\r\n"
                  b"Expect: 100-continue\r\nContent-Length: 7\r\n\r\n")
        r = Reader(s)
        interim = r.response()
        check_eq(interim.status, 100, "interim status")
        s.sendall(body)
        resp = r.response()
        check_eq(resp.status, 200, "final status")
        check_eq(resp.body, body, "echo body")
    check_eq(srv.stop(), 0, "exit status")


def test_http10():
    srv = Server(BINARY, *FLAGS)
    with srv.connect() as s:
        s.sendall(b"GET /healthz HTTP/1.0\r\n\r\n")
        r = Reader(s)
        resp = r.response()
        check_eq(resp.status, 200, "status")
        check(r.closed(2), "HTTP/1.0 without keep-alive closes after the response")
    check_eq(srv.stop(), 0, "exit status")


def test_readyz_and_metrics():
    srv = Server(BINARY, *FLAGS)
    with srv.connect() as s:
        r = Reader(s)
        s.sendall(get("/readyz"))
        resp = r.response()
        check_eq((resp.status, resp.json()), (200, {"status": "ready"}), "readyz")
        for _ in range(6):
            s.sendall(get("/healthz"))
            check_eq(r.response().status, 200, "healthz")
        s.sendall(get("/nope"))
        check_eq(r.response().status, 404, "404")
    m = srv.metrics()
    check_eq(m['brigade_http_responses_total{class="2xx"}'], 7, "2xx responses")
    check_eq(m['brigade_http_responses_total{class="4xx"}'], 1, "4xx responses")
    check_eq(m["brigade_connections_accepted_total"], 2, "accepted")
    check_eq(m["brigade_connections_active"], 1, "active (the /metrics connection)")
    check_eq(m["brigade_connections_queued"], 0, "queued")
    check_eq(m["brigade_connections_rejected_total"], 0, "rejected")
    check(m["brigade_http_received_bytes_total"] > 8 * 30, "bytes in")
    check(m["brigade_http_sent_bytes_total"] > 8 * 100, "bytes out")
    check(m["brigade_loop_iterations_total"] > 0, "loop iterations")
    check(m["brigade_loop_cqes_per_submit_count"] > 0, "submits counted")
    for kind in ("header", "body", "idle", "send"):
        check_eq(m[f'brigade_timeouts_total{{kind="{kind}"}}'], 0, f"{kind} timeouts")
    buckets = [v for k, v in m.items() if k.startswith("brigade_http_request_duration_seconds_b")]
    check(buckets == sorted(buckets), "histogram buckets are cumulative")
    # The /metrics request being answered is not in its own page: 8 requests so far.
    check_eq(requests_by_label(m), {("/readyz", 200): 1, ("/healthz", 200): 6,
                                    ("unmatched", 404): 1}, "requests by route and status")
    check_eq(m['brigade_http_requests_total{route="/healthz",status="200"}'], 6, "healthz")
    total = sum(requests_by_label(m).values())
    duration = "brigade_http_request_duration_seconds"
    check_eq(m[duration + "_count"], total, "one duration per request")
    check_eq(m['brigade_http_responses_total{class="2xx"}'] +
             m['brigade_http_responses_total{class="4xx"}'], total, "classes agree")
    check_eq(m[duration + '_bucket{le="+Inf"}'], total, "+Inf bucket")
    check(0 < m[duration + "_sum"] < total * 1.0, f"duration sum {m[duration + '_sum']}")
    m = srv.metrics()  # now the first scrape is counted, and only it is new
    check_eq(requests_by_label(m), {("/readyz", 200): 1, ("/healthz", 200): 6,
                                    ("unmatched", 404): 1, ("/metrics", 200): 1}, "second scrape")
    check_eq(m[duration + "_count"], total + 1, "one more duration")
    check_eq(srv.stop(), 0, "exit status")


run([("keep_alive", test_keep_alive), ("pipelining", test_pipelining),
     ("errors", test_errors), ("host_rules", test_host_rules), ("expect_continue", test_expect_continue),
     ("http10", test_http10), ("readyz_and_metrics", test_readyz_and_metrics)])
