#!/usr/bin/env python3
"""End-to-end tests of POST /v1/messages, /v1/events results, /v1/menu, /v1/stats and the
stage histograms in /metrics, against the real `brigade serve` (lexical backend, sample menu).

usage: test_messages.py BRIGADE_BINARY SOURCE_DIR
"""
import json
import os
import signal
import socket
import subprocess
import sys
import time

SOURCE = sys.argv[2]
sys.path.insert(0, os.path.join(SOURCE, "tests", "integration", "server"))
from serverlib import Failure, Reader, Server, check, check_eq, get, post, run  # noqa: E402

BINARY = sys.argv[1]
MENU = os.path.join(SOURCE, "bench", "data", "menu.csv")
SAMPLES = os.path.join(SOURCE, "bench", "data", "messages.jsonl")
NDJSON = "application/x-ndjson"
FLAGS = ("--backend", "lexical", "--menu", MENU, "--threads", "2")

# Hand-checked results: these must hold whatever else changes in the pipeline.
KNOWN = [
    ({"id": "a", "text": "2 Cheddar Cheeseburger please"},
     "order", "accepted", [("Cheddar Cheeseburger", 2, [])], 23.00),
    ({"id": "b", "text": "Can I get a Classic Beef Burger and a Mango Smoothie"},
     "order", "accepted", [("Classic Beef Burger", 1, []), ("Mango Smoothie", 1, [])], 15.75),
    ({"id": "e", "text": "one Falafel Wrap no onions"},
     "order", "accepted", [("Falafel Wrap", 1, ["no onions"])], 9.25),
    ({"id": "q", "text": "do you have vegan options?"}, "inquiry", "answered", [], None),
    ({"id": "d", "text": "thanks, the food was great!"}, "other", "logged", [], None),
]


def exchange(srv, request):
    with srv.connect() as s:
        s.sendall(request)
        return Reader(s).response()


def analyze(lines):
    """`brigade analyze` on the same JSON lines: what the server must answer."""
    out = subprocess.run([BINARY, "analyze", "--backend", "lexical", "--menu", MENU],
                         input="\n".join(lines) + "\n", capture_output=True, text=True,
                         check=True)
    return out.stdout.splitlines()


def samples(n):
    with open(SAMPLES) as f:
        return [next(f).rstrip("\n") for _ in range(n)]


def test_known_results():
    with_server(lambda srv: check_known(srv))


def check_known(srv):
    body = "\n".join(json.dumps(m) for m, *_ in KNOWN) + "\n"
    r = exchange(srv, post("/v1/messages", body, NDJSON))
    check_eq(r.status, 200, "status")
    check_eq(r.header("content-type"), NDJSON, "content type")
    results = [json.loads(line) for line in r.body.decode().splitlines()]
    check_eq(len(results), len(KNOWN), "one result per message")
    for res, (msg, category, status, items, total) in zip(results, KNOWN):
        check_eq(res["id"], msg["id"], "id")
        check_eq((res["category"], res["status"]), (category, status), f"message {msg['id']}")
        got = [(i["name"], i["qty"], i["modifiers"]) for i in res["items"]]
        check_eq(got, items, f"items of {msg['id']}")
        check_eq(res.get("total"), total, f"total of {msg['id']}")
        check(res["reply"], "a reply")


def test_same_as_analyze():
    """60 sample messages through the server and through the CLI: byte-identical lines."""
    lines = samples(60)
    expected = analyze(lines)

    def body(srv):
        r = exchange(srv, post("/v1/messages", "\n".join(lines) + "\n", NDJSON))
        check_eq(r.status, 200, "status")
        got = r.body.decode().splitlines()
        check_eq(len(got), len(expected), "line count")
        for i, (a, b) in enumerate(zip(got, expected)):
            check_eq(a, b, f"line {i + 1}")
        # One message as application/json: the same object, no new line.
        r = exchange(srv, post("/v1/messages", lines[3]))
        check_eq(r.status, 200, "single status")
        check_eq(r.header("content-type"), "application/json", "single content type")
        check_eq(r.body.decode(), expected[3], "single message")
    with_server(body)


def test_cpu_same_as_analyze():
    """The cpu backend (tokenized on the core, batched with other messages) on the tiny
    ModernBERT fixture agrees with the CLI too, and times the tokenize stage per message."""
    model = os.path.join(SOURCE, "tests", "fixtures", "modernbert-tiny")
    lines = samples(40)
    expected = subprocess.run([BINARY, "analyze", "--model", model, "--menu", MENU],
                              input="\n".join(lines) + "\n", capture_output=True, text=True,
                              check=True).stdout.splitlines()

    def body(srv):
        r = exchange(srv, post("/v1/messages", "\n".join(lines), NDJSON))
        check_eq(r.body.decode().splitlines(), expected, "cpu results")
        m = srv.metrics()
        # tokenized: the messages that need the engine (a vector for the message or a phrase)
        tokenized = m['brigade_stage_duration_seconds_count{stage="tokenize"}']
        check(0 < tokenized < 40, f"tokenize {tokenized}")
        check_eq(m["brigade_embed_messages_total"], 40, "messages analysed")
    with_server(body, "--model", model, "--menu", MENU, "--threads", "1")


def with_server(fn, *flags):
    srv = Server(BINARY, *(flags or FLAGS))
    try:
        fn(srv)
    finally:
        check_eq(srv.stop(), 0, "server exit status")


def error_of(srv, body, ctype="application/json"):
    r = exchange(srv, post("/v1/messages", body, ctype))
    code = r.json()["error"]["code"] if r.body else None
    return r.status, code, r


def test_single_errors():
    def body(srv):
        cases = [
            (b'{"id": "x"}', 400, "invalid_field"),
            (b'{"text": 5}', 400, "invalid_field"),
            (b'{"text": "hi", "id": [1]}', 400, "invalid_field"),
            (b'{"text": "hi", "customer": 7}', 400, "invalid_field"),
            (b'{"text": ""}', 400, "empty_text"),
            (b'{"text": "   "}', 400, "empty_text"),
            (b'{"text": "caf\xc3 ok"}', 400, "invalid_utf8"),
            (b'{"text": "hi"', 400, "invalid_json"),
            (b'[1, 2]', 400, "invalid_json"),
            (b'{"text": "hi"} x', 400, "invalid_json"),
            (b'', 400, "invalid_json"),
            (json.dumps({"text": "a" * 2049}).encode(), 413, "text_too_large"),
        ]
        for payload, status, code in cases:
            got_status, got_code, r = error_of(srv, payload)
            check_eq((got_status, got_code), (status, code), f"answer to {payload[:40]!r}")
        _, _, r = error_of(srv, b'{"id": "x"}')
        check("\"text\"" in r.json()["error"]["message"], "the message names the field")
        ok = exchange(srv, post("/v1/messages", json.dumps({"text": "a" * 2048})))
        check_eq(ok.status, 200, "a text of exactly --max-text-bytes")
        r = exchange(srv, post("/v1/messages", b"hello", "text/plain"))
        check_eq(r.status, 415, "text/plain")
        status, code, _ = error_of(srv, "\n".join(['{"text":"hi"}'] * 257), NDJSON)
        check_eq((status, code), (413, "too_many_messages"), "257 NDJSON lines")
        status, code, _ = error_of(srv, "\n\n", NDJSON)
        check_eq((status, code), (400, "no_messages"), "blank NDJSON body")
        m = srv.metrics()
        check_eq(m['brigade_message_errors_total{code="invalid_field"}'], 5, "invalid_field count")
        check_eq(m['brigade_message_errors_total{code="empty_text"}'], 2, "empty_text count")
        check_eq(m['brigade_message_errors_total{code="invalid_json"}'], 4, "invalid_json count")
        check_eq(m['brigade_message_errors_total{code="text_too_large"}'], 1, "413 count")
        check_eq(m['brigade_message_errors_total{code="invalid_utf8"}'], 1, "utf8 count")
    with_server(body)


def test_ndjson_line_errors():
    """A bad line gets its own error object in place; the others are analysed; 200."""
    lines = ['{"id": "1", "text": "2 Cheddar Cheeseburger please"}', 'not json',
             '{"id": "3", "text": ""}', '{"id": "4", "text": "' + "b" * 3000 + '"}',
             '{"id": 5, "text": "do you have vegan options?"}', '{"id": "6"}']

    def body(srv):
        r = exchange(srv, post("/v1/messages", "\r\n".join(lines) + "\n", NDJSON))
        check_eq(r.status, 200, "status")
        got = [json.loads(x) for x in r.body.decode().splitlines()]
        check_eq([g.get("id") for g in got], ["1", None, "3", "4", "5", "6"], "ids in order")
        codes = [g["error"]["code"] if "error" in g else g["category"] for g in got]
        check_eq(codes, ["order", "invalid_json", "empty_text", "text_too_large", "inquiry",
                         "invalid_field"], "per-line outcome")
    with_server(body)


def test_pipelined_in_order():
    """Ten POSTs written at once on one connection are answered in request order."""
    msgs = [{"id": f"p{i}", "text": KNOWN[i % len(KNOWN)][0]["text"]} for i in range(10)]

    def body(srv):
        with srv.connect() as s:
            s.sendall(b"".join(post("/v1/messages", json.dumps(m)) for m in msgs))
            reader = Reader(s)
            ids = [reader.response().json()["id"] for _ in msgs]
        check_eq(ids, [m["id"] for m in msgs], "response order")
    with_server(body)


def read_events(reader, name, count):
    events = []
    while len(events) < count:
        block = reader.until(b"\n\n").decode()
        fields = dict(line.split(": ", 1) for line in block.strip().split("\n")
                      if not line.startswith(":"))
        if fields.get("event") == name:
            events.append(json.loads(fields["data"]))
    return events


def test_sse_results():
    def body(srv):
        with srv.connect() as ev:
            ev.sendall(get("/v1/events"))
            reader = Reader(ev)
            reader.until(b"\r\n\r\n")
            read_events(reader, "hello", 1)
            answers = []
            for msg, *_ in KNOWN[:3]:
                answers.append(exchange(srv, post("/v1/messages", json.dumps(msg))).json())
            got = read_events(reader, "result", 3)
            check_eq(sorted(e["id"] for e in got), sorted(a["id"] for a in answers), "ids")
            by_id = {e["id"]: e for e in got}
            for a in answers:
                check_eq(by_id[a["id"]], a, f"event of {a['id']} equals the response")
    with_server(body)


def test_menu():
    def body(srv):
        r = exchange(srv, get("/v1/menu"))
        check_eq(r.status, 200, "status")
        m = r.json()
        check_eq((m["version"], m["source"]), (0, "csv"), "version and source")
        check_eq(len(m["items"]), 33, "items")
        first = m["items"][0]
        check_eq((first["key"], first["name"], first["section"], first["price"]),
                 ("the-green-garden-vegan-burger", "The Green Garden Vegan Burger", "burgers",
                  9.95), "first item")
        check(first["description"].startswith("Our signature plant-based patty"), "description")
        check(b'"price":9.95' in r.body, "price written with two decimals")
    with_server(body)


def test_metrics_exact():
    """Stage counts: parse per message parsed, extract per message prepared, match and total
    per result; queue and embed per engine batch; counters by category and status."""
    def body(srv):
        lines = [json.dumps(m) for m, *_ in KNOWN] + ['{"text": ""}', "nope"]
        exchange(srv, post("/v1/messages", "\n".join(lines), NDJSON))
        exchange(srv, post("/v1/messages", json.dumps(KNOWN[0][0])))
        m = srv.metrics()

        def count(stage):
            return m[f'brigade_stage_duration_seconds_count{{stage="{stage}"}}']
        check_eq(count("parse"), 8, "parse")
        check_eq(count("extract"), 6, "extract")
        check_eq(count("tokenize"), 0, "tokenize (lexical backend has no tokenizer)")
        check_eq(count("match"), 6, "match")
        check_eq(count("total"), 6, "total")
        check(count("embed") >= 1 and count("embed") == count("queue"), "per-batch stages")
        check_eq(m['brigade_stage_duration_seconds_bucket{stage="total",le="+Inf"}'], 6, "+Inf")
        check_eq(m['brigade_messages_total{category="order",status="accepted"}'], 4, "orders")
        check_eq(m['brigade_messages_total{category="inquiry",status="answered"}'], 1, "inquiry")
        check_eq(m['brigade_messages_total{category="other",status="logged"}'], 1, "other")
        # The engine's work per message: the orders name menu items and need no vector; the
        # general question ("do you have vegan options?") needs its own for retrieval; the
        # thanks is "other" whatever its prototypes say or its phrase ("food") matches.
        check_eq(m["brigade_embed_messages_total"], 6, "messages analysed")
        check_eq(m["brigade_embed_texts_total"], 1, "texts embedded")
        check_eq(m["brigade_embed_tokens_total"], 0, "tokens (lexical backend)")
        # Both POSTs were answered after the engine returned: counted once each, under the
        # route, with one duration each (nothing else was requested yet).
        posts = {k: v for k, v in m.items()
                 if k.startswith('brigade_http_requests_total{route="/v1/messages",')}
        check_eq(sum(posts.values()), 2, f"POST /v1/messages answers counted: {posts}")
        check_eq(m["brigade_http_request_duration_seconds_count"], 2, "request durations")
        stats = exchange(srv, get("/v1/stats")).json()
        check_eq((stats["messages"], stats["errors"]), (6, 2), "stats counts")
        check_eq(stats["categories"], {"order": 4, "inquiry": 1, "other": 1}, "stats categories")
        check(0 < stats["latency_ms"]["p50"] <= stats["latency_ms"]["p99"], "stats latency")
    with_server(body)


def test_embed_cache():
    """The engine's cache on the cpu backend (ids from the cores): the same messages again run
    no forward pass, every text a hit, with the same results; --embed-cache-entries 0 runs
    every text."""
    model = os.path.join(SOURCE, "tests", "fixtures", "modernbert-tiny")
    body = "\n".join(samples(30)) + "\n"
    keys = ("brigade_embed_texts_total", "brigade_embed_forward_texts_total",
            "brigade_embed_cache_hits_total", "brigade_embed_cache_shared_total",
            "brigade_embed_cache_misses_total")

    def run_twice(srv):
        first = exchange(srv, post("/v1/messages", body, NDJSON)).body
        m1 = srv.metrics()
        second = exchange(srv, post("/v1/messages", body, NDJSON)).body
        m2 = srv.metrics()
        check_eq(second, first, "the same results from the cache")
        return m2, {k: m2[k] - m1[k] for k in keys}

    def cached(srv):
        m, d = run_twice(srv)
        check(d["brigade_embed_texts_total"] >= 5, "texts embedded")
        check_eq(d["brigade_embed_cache_hits_total"], d["brigade_embed_texts_total"], "all hits")
        check_eq(d["brigade_embed_forward_texts_total"], 0, "no forward pass")
        check_eq(d["brigade_embed_cache_misses_total"], 0, "no miss")
        check_eq(m["brigade_embed_forward_texts_total"], m["brigade_embed_cache_misses_total"],
                 "every miss ran, nothing else did")
        check(0 < m["brigade_embed_cache_entries"] <= m["brigade_embed_cache_misses_total"],
              "entries")
        check(m["brigade_embed_cache_bytes"] > m["brigade_embed_cache_entries"] * 4 * 32,
              "bytes hold the vectors")
    with_server(cached, "--model", model, "--menu", MENU, "--threads", "1")

    def uncached(srv):
        m, d = run_twice(srv)
        check_eq(d["brigade_embed_forward_texts_total"], d["brigade_embed_texts_total"],
                 "every text ran")
        check_eq(m["brigade_embed_cache_hits_total"] + m["brigade_embed_cache_entries"], 0,
                 "no cache")
    with_server(uncached, "--model", model, "--menu", MENU, "--threads", "1",
                "--embed-cache-entries", "0")


def test_client_gone():
    """Connections that close while their messages are embedded: results dropped safely,
    the server goes on (and, under ASan, exits clean)."""
    def body(srv):
        lines = "\n".join(samples(200))
        for _ in range(20):
            s = srv.connect()
            s.sendall(post("/v1/messages", lines, NDJSON))
            s.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")
            s.close()
        time.sleep(0.5)
        r = exchange(srv, post("/v1/messages", json.dumps(KNOWN[0][0])))
        check_eq(r.status, 200, "still serving")
    with_server(body)


def test_overloaded():
    """A core holds 512 messages in flight: with the engine held back by a long batch
    deadline, a third pipelined request of 256 messages finds no room and gets 503 with
    Retry-After, after the two before it got their results, in order. (A general question:
    its retrieval needs the engine, where an order of menu names would not; a short one, so
    the core reads all 512 well within the deadline.)"""
    body256 = "\n".join(json.dumps({"id": str(i), "text": "gluten free?"})
                        for i in range(256))

    def body(srv):
        with srv.connect() as s:
            s.settimeout(20)
            s.sendall(post("/v1/messages", body256, NDJSON) * 3)
            reader = Reader(s)
            answers = [reader.response() for _ in range(3)]
        check_eq([a.status for a in answers], [200, 200, 503], "statuses in order")
        check_eq(len(answers[1].body.decode().splitlines()), 256, "second request's lines")
        check_eq(answers[2].header("retry-after"), "1", "Retry-After")
        check_eq(answers[2].json()["error"]["code"], "overloaded", "code")
        m = srv.metrics()
        check_eq(m['brigade_stage_duration_seconds_count{stage="total"}'], 512, "results")
    # Without the embedding cache: a cached text is answered without waiting for the batch
    # deadline, which would free the room this test fills (slow builds reach the third
    # request after the first batch came back).
    with_server(body, "--backend", "lexical", "--menu", MENU, "--threads", "1",
                "--batch-deadline-us", "1000000", "--max-batch-sequences", "65536",
                "--max-batch-tokens", "1048576", "--embed-cache-entries", "0")


def test_shutdown_in_flight():
    """SIGTERM while messages wait in the engine: they are still answered, then the server
    exits 0."""
    srv = Server(BINARY, "--backend", "lexical", "--menu", MENU, "--threads", "1",
                 "--batch-deadline-us", "500000", "--max-batch-sequences", "65536",
                 "--max-batch-tokens", "1048576")
    try:
        with srv.connect() as s:
            s.settimeout(20)
            s.sendall(post("/v1/messages", json.dumps(KNOWN[0][0])))
            time.sleep(0.1)  # the handler has submitted; the batch waits for its deadline
            srv.proc.send_signal(signal.SIGTERM)
            r = Reader(s).response()
        check_eq(r.status, 200, "answered during the drain")
        check_eq(r.json()["status"], "accepted", "result")
    finally:
        check_eq(srv.stop(), 0, "server exit status")


def test_no_menu():
    def body(srv):
        status, code, _ = error_of(srv, json.dumps({"text": "hi"}))
        check_eq((status, code), (503, "no_menu"), "POST without a menu")
        check_eq(exchange(srv, get("/v1/menu")).status, 503, "menu without a menu")
        check_eq(exchange(srv, get("/v1/stats")).json()["ready"], False, "stats")
    with_server(body, "--threads", "1")


def test_flags():
    bad = [["--backend", "cpu"], ["--backend", "gpu"], ["--max-text-bytes", "5000"],
           ["--model", "/nonexistent", "--backend", "lexical"], ["--menu", "db"],
           ["--max-batch-sequences", "0"], ["--batch-deadline-us", "2000000"]]
    env = {k: v for k, v in os.environ.items() if k not in ("BRIGADE_PG_URI",
                                                            "BRIGADE_MEMCACHED")}
    for flags in bad:
        p = subprocess.run([BINARY, "serve", *flags], capture_output=True, text=True, env=env)
        check_eq(p.returncode, 2, f"exit status of serve {' '.join(flags)}")
    p = subprocess.run([BINARY, "serve", "--menu", "/nonexistent.csv", "--listen",
                        "127.0.0.1:0"], capture_output=True, text=True)
    check_eq(p.returncode, 1, "an unreadable menu stops the start")
    h = subprocess.run([BINARY, "serve", "--help"], capture_output=True, text=True).stdout
    for flag in ("--menu", "--model", "--backend", "--understanding", "--max-text-bytes",
                 "--max-batch-tokens", "--max-batch-sequences", "--batch-deadline-us", "--pg",
                 "--memcached"):
        check(flag in h, f"{flag} in --help")


if __name__ == "__main__":
    run([(f.__name__, f) for f in (test_known_results, test_same_as_analyze,
                                   test_cpu_same_as_analyze, test_single_errors,
                                   test_ndjson_line_errors, test_pipelined_in_order,
                                   test_sse_results, test_menu, test_metrics_exact, test_embed_cache,
                                   test_client_gone, test_overloaded,
                                   test_shutdown_in_flight, test_no_menu, test_flags)])
