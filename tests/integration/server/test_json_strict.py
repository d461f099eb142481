"""brigade serve over sockets: what cJSON lets through and the JSON routes refuse (invalid
UTF-8, raw control characters, duplicate keys, a charset other than UTF-8; on POST
/v1/messages also a fractional or out-of-range id and NUL in text or id), for POST /v1/echo,
one message and each NDJSON line, and that valid input at the edges (charset=UTF-8, id 2^53)
still passes."""
import json
import os
import sys

from serverlib import Reader, Server, check_eq, post, run

BINARY = sys.argv[1]
SOURCE = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", ".."))
MENU = os.path.join(SOURCE, "bench", "data", "menu.csv")
FLAGS = ("--backend", "lexical", "--menu", MENU)
NDJSON = "application/x-ndjson"


def exchange(srv, request):
    with srv.connect() as s:
        s.sendall(request)
        return Reader(s).response()


def error(code, message):
    return {"error": {"code": code, "message": message}}


# (body, status, error body): one message as application/json.
SINGLE = [
    (b'{"id": "u1", "text": "caf\xc3 ok"}', 400,
     error("invalid_utf8", "invalid UTF-8 at offset 25")),
    (b'{"text": "\xed\xa0\x80"}', 400, error("invalid_utf8", "invalid UTF-8 at offset 10")),
    (b'{"text": "two\tburgers"}', 400,
     error("invalid_json", "unescaped control character U+0009 in a string at offset 13")),
    (b'{"text": "a\x00b"}', 400,
     error("invalid_json", "unescaped control character U+0000 in a string at offset 11")),
    (b'{"id": "1", "text": "hi", "text": "two burgers"}', 400,
     error("invalid_json", 'duplicate key "text"')),
    (b'{"text": "hi", "customer": {"name": "Ana", "name": "Bo"}}', 400,
     error("invalid_json", 'duplicate key "name"')),
    (b'{"text": "one Falafel\\u0000 Wrap no onions"}', 400,
     error("invalid_field", 'field "text" holds U+0000 (\\u0000) at offset 21')),
    (b'{"id": "m\\u0000", "text": "hi"}', 400,
     error("invalid_field", 'field "id" holds U+0000 (\\u0000) at offset 9')),
    (b'{"id": 1e999, "text": "hi"}', 400,
     error("invalid_field", 'field "id" must be a string or an integer from -2^53 to 2^53 '
           '(no fraction, no exponent) at offset 7')),
    (b'{"id": 1.5, "text": "hi"}', 400,
     error("invalid_field", 'field "id" must be a string or an integer from -2^53 to 2^53 '
           '(no fraction, no exponent) at offset 7')),
    (b'{"id": 9007199254740993, "text": "hi"}', 400,
     error("invalid_field", 'field "id" must be a string or an integer from -2^53 to 2^53 '
           '(no fraction, no exponent) at offset 7')),
    (b'{"id": 01, "text": "hi"}', 400, error("invalid_json", "malformed number at offset 7")),
]


# (body, status, error body) for POST /v1/echo: positions also as line and column.
ECHO = [
    (b'{"a": "caf\xc3"}', 400,
     error("invalid_utf8", "invalid UTF-8 at offset 10 (line 1, column 11)")),
    (b'{"a":\n "x\ny"}', 400,
     error("invalid_json",
           "unescaped control character U+000A in a string at offset 9 (line 2, column 4)")),
    (b'{"a": 1, "b": {"c": 1, "c": 2}}', 400, error("invalid_json", 'duplicate key "c"')),
    (b'{"a\\u0000": 1}', 400,
     error("invalid_json", "U+0000 (\\u0000) in an object key at offset 3 (line 1, column 4)")),
    (b'[1.]', 400, error("invalid_json", "malformed number at offset 1 (line 1, column 2)")),
]


def test_echo():
    srv = Server(BINARY)
    for body, status, want in ECHO:
        r = exchange(srv, post("/v1/echo", body))
        check_eq((r.status, r.json()), (status, want), f"echo of {body!r}")
    r = exchange(srv, post("/v1/echo", b"{}", "application/json; charset=latin1"))
    check_eq((r.status, r.json()), (415, error("unsupported_media_type",
                                               "Content-Type declares a charset other than utf-8")),
             "echo with charset=latin1")
    # The charset is known from the head: refused before the body, without 100 Continue.
    with srv.connect() as s:
        s.sendall(b"POST /v1/echo HTTP/1.1\r\nHost: t\r\nContent-Type: application/json; "
                  b"charset=latin1\r\nContent-Length: 2\r\nExpect: 100-continue\r\n\r\n")
        r = Reader(s).response()
        check_eq((r.status, r.header("connection")), (415, "close"), "charset before the body")
    # No field rules here: a NUL in a value and any number are legal JSON, sent back as they came.
    body = r'{"id": 9007199254740993, "n": 1e999, "t": "caf\u00e9 \u0000 \u2713 ✓"}'.encode()
    r = exchange(srv, post("/v1/echo", body, "application/json; charset=UTF-8"))
    check_eq((r.status, r.body), (200, body), "valid echo")
    check_eq(srv.stop(), 0, "exit status")


def test_single():
    srv = Server(BINARY, *FLAGS)
    for body, status, want in SINGLE:
        r = exchange(srv, post("/v1/messages", body))
        check_eq((r.status, r.json()), (status, want), f"answer to {body!r}")
    m = srv.metrics()
    for code, n in (("invalid_utf8", 2), ("invalid_json", 5), ("invalid_field", 5)):
        check_eq(m[f'brigade_message_errors_total{{code="{code}"}}'], n, f"{code} count")
    check_eq(srv.stop(), 0, "exit status")


def test_charset():
    srv = Server(BINARY, *FLAGS)
    body = b'{"text": "2 Cheddar Cheeseburger please"}'
    refused = error("unsupported_media_type", "Content-Type declares a charset other than utf-8")
    for ctype in ("application/json; charset=latin1", 'application/json; charset="iso-8859-1"',
                  "application/json; charset=utf-16", NDJSON + "; charset=latin1"):
        r = exchange(srv, post("/v1/messages", body, ctype))
        check_eq((r.status, r.json()), (415, refused), ctype)
    for ctype in ("application/json; charset=UTF-8", 'application/json; charset="utf-8"',
                  "APPLICATION/JSON;CHARSET=Utf-8"):
        r = exchange(srv, post("/v1/messages", body, ctype))
        check_eq((r.status, r.json()["status"]), (200, "accepted"), ctype)
    check_eq(srv.stop(), 0, "exit status")


def test_valid_edges():
    """Integer ids at +-2^53 come back as written; escapes other than \\u0000 still decode."""
    srv = Server(BINARY, *FLAGS)
    for id_text in ("9007199254740992", "-9007199254740992", "0", "42"):
        body = '{"id": %s, "text": "2 Cheddar Cheeseburger please"}' % id_text
        r = exchange(srv, post("/v1/messages", body, "application/json; charset=UTF-8"))
        check_eq((r.status, r.json()["id"]), (200, id_text), f"id {id_text}")
    body = '{"id": "m\\u00e9", "text": "one Falafel Wrap\\tno onions"}'
    r = exchange(srv, post("/v1/messages", body))
    check_eq(r.status, 200, "escaped tab and é")
    check_eq(r.json()["id"], "m\u00e9", "escaped id")
    check_eq(r.json()["items"][0]["modifiers"], ["no onions"], "modifier kept")
    check_eq(srv.stop(), 0, "exit status")


def test_ndjson_lines():
    """Each line gets the same checks; a refused line is an error object in its place (its id
    echoed when the id itself was fine), and the other lines are analysed."""
    srv = Server(BINARY, *FLAGS)
    lines = [
        b'{"id": "1", "text": "one Falafel\\u0000 Wrap no onions"}',
        b'{"id": "2", "text": "caf\xc3 ok"}',
        b'{"id": "3", "text": "a", "id": "4"}',
        b'{"id": 1.5, "text": "hi"}',
        b'{"id": "5", "text": "two\tburgers"}',
        b'{"id": 9007199254740992, "text": "2 Cheddar Cheeseburger please"}',
    ]
    r = exchange(srv, post("/v1/messages", b"\n".join(lines) + b"\n", NDJSON))
    check_eq(r.status, 200, "status")
    got = [json.loads(line) for line in r.body.decode().splitlines()]
    check_eq(len(got), len(lines), "one line per message")
    want = [
        {"id": "1", "error": {"code": "invalid_field",
                              "message": 'field "text" holds U+0000 (\\u0000) at offset 32'}},
        {"id": None, "error": {"code": "invalid_utf8", "message": "invalid UTF-8 at offset 24"}},
        {"id": None, "error": {"code": "invalid_json", "message": 'duplicate key "id"'}},
        {"id": None, "error": {"code": "invalid_field",
                               "message": 'field "id" must be a string or an integer from -2^53 '
                                          'to 2^53 (no fraction, no exponent) at offset 7'}},
        {"id": None, "error": {"code": "invalid_json", "message":
                               "unescaped control character U+0009 in a string at offset 24"}},
    ]
    for i, w in enumerate(want):
        check_eq(got[i], w, f"line {i + 1}")
    check_eq((got[5]["id"], got[5]["status"]), ("9007199254740992", "accepted"), "line 6")
    check_eq(srv.stop(), 0, "exit status")


run([("echo", test_echo), ("single", test_single), ("charset", test_charset), ("valid_edges", test_valid_edges),
     ("ndjson_lines", test_ndjson_lines)])
