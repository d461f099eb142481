#!/usr/bin/env python3
"""The dashboard (GET /) in headless Chromium, driven over the DevTools protocol.

Starts `brigade serve` (lexical backend, sample menu) and Debian's chromium on the page,
talks to the page through a minimal WebSocket client (standard library only) and checks that
the page loads, connects its event stream, and shows a message posted after it loaded, with
its category and items, and that the counters follow; reloaded, it shows the recent results
again with the same event ids (?replay=). Then the parts of the result format
beyond items: a mixed message's intents and clauses, a review's questions back (clarify,
with their candidates), a foreign message's language, an order a person confirms (unsure),
an order too long to read in one message (truncated), and markup in a message shown as text.
The page is compared with the result the POST answered (the same object the event stream
carries). No browser is downloaded: without chromium the test skips (77).

usage: test_dashboard.py BRIGADE_BINARY SOURCE_DIR [--screenshot FILE.png]
  --screenshot: also replay 30 sample messages, with a mixed message, a review and a
  foreign message among the last, and save the page (docs/dashboard.png).
"""
import base64
import json
import os
import re
import shutil
import socket
import struct
import subprocess
import sys
import tempfile
import time
import urllib.request

SOURCE = sys.argv[2]
sys.path.insert(0, os.path.join(SOURCE, "tests", "integration", "server"))
from serverlib import Reader, Server, check, check_eq, post  # noqa: E402

BINARY = sys.argv[1]
MENU = os.path.join(SOURCE, "bench", "data", "menu.csv")
SAMPLES = os.path.join(SOURCE, "bench", "data", "messages.jsonl")
BROWSER_START_S = 30
WAIT_S = 15
VIEWPORT = (1280, 1000)
# Messages that exercise the result format; each test checks its premise on the result.
MIXED = "I will have the falafel wrap. Does it contain nuts?"  # order + inquiry
REVIEW = "a Cheddar Cheeseburger and a smoothie"  # which smoothie? (clarify)
FOREIGN = "quiero dos hamburguesas clasicas y una limonada"  # es: a person reads it
UNSURE = "can we pre-order 6 cheeseburgers?"  # counted dishes, no request form: a person confirms
LONG_ORDER = "1 classic burger\n" * 17  # more dishes than a message is read for (16)
MARKUP = "2 cheddar cheeseburgers <img src=x onerror=window.pwned=1> & a <b>coke</b>. Is it spicy?"


class WebSocket:
    """Just enough of RFC 6455 for the DevTools protocol: masked text frames out, unmasked
    frames in (continuations joined), pings answered."""

    def __init__(self, url):
        m = re.match(r"ws://([^/:]+):(\d+)(/.*)", url)
        self.sock = socket.create_connection((m.group(1), int(m.group(2))), timeout=WAIT_S)
        key = base64.b64encode(os.urandom(16)).decode()
        self.sock.sendall((f"GET {m.group(3)} HTTP/1.1\r\nHost: {m.group(1)}:{m.group(2)}\r\n"
                           "Upgrade: websocket\r\nConnection: Upgrade\r\n"
                           f"Sec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n\r\n")
                          .encode())
        self.buf = b""
        while b"\r\n\r\n" not in self.buf:
            self.buf += self.sock.recv(4096)
        head, self.buf = self.buf.split(b"\r\n\r\n", 1)
        check(head.startswith(b"HTTP/1.1 101"), f"websocket upgrade: {head[:40]!r}")
        self.next_id = 0

    def _read(self, n):
        while len(self.buf) < n:
            data = self.sock.recv(65536)
            if not data:
                raise EOFError("devtools connection closed")
            self.buf += data
        out, self.buf = self.buf[:n], self.buf[n:]
        return out

    def _send_frame(self, opcode, payload):
        head = bytes([0x80 | opcode])
        n = len(payload)
        if n < 126:
            head += bytes([0x80 | n])
        elif n < 65536:
            head += bytes([0x80 | 126]) + struct.pack(">H", n)
        else:
            head += bytes([0x80 | 127]) + struct.pack(">Q", n)
        mask = os.urandom(4)
        self.sock.sendall(head + mask + bytes(b ^ mask[i % 4] for i, b in enumerate(payload)))

    def recv(self):
        message = b""
        while True:
            b0, b1 = self._read(2)
            n = b1 & 0x7F
            if n == 126:
                n = struct.unpack(">H", self._read(2))[0]
            elif n == 127:
                n = struct.unpack(">Q", self._read(8))[0]
            payload = self._read(n)
            opcode = b0 & 0x0F
            if opcode == 0x9:
                self._send_frame(0xA, payload)
                continue
            if opcode == 0x8:
                raise EOFError("devtools closed the websocket")
            message += payload
            if b0 & 0x80:
                return message.decode()

    def call(self, method, **params):
        self.next_id += 1
        self._send_frame(0x1, json.dumps({"id": self.next_id, "method": method,
                                          "params": params}).encode())
        while True:
            reply = json.loads(self.recv())
            if reply.get("id") == self.next_id:
                check("error" not in reply, f"{method}: {reply.get('error')}")
                return reply["result"]

    def evaluate(self, expression):
        r = self.call("Runtime.evaluate", expression=expression, returnByValue=True)
        return r["result"].get("value")

    def wait_for(self, expression, expected, what):
        deadline = time.monotonic() + WAIT_S
        while True:
            value = self.evaluate(expression)
            if value == expected:
                return
            if time.monotonic() > deadline:
                check_eq(value, expected, what)
            time.sleep(0.05)


def start_browser(url, profile):
    args = ["chromium", "--headless", "--no-sandbox", "--disable-gpu",
            "--disable-background-networking", "--disable-component-update", "--no-first-run",
            "--disable-dev-shm-usage", f"--user-data-dir={profile}",
            "--remote-debugging-port=0", f"--window-size={VIEWPORT[0]},{VIEWPORT[1]}", url]
    proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + BROWSER_START_S
    while time.monotonic() < deadline:
        line = proc.stderr.readline()
        m = re.search(r"DevTools listening on ws://([^/]+)/", line)
        if m:
            return proc, m.group(1)
        if not line and proc.poll() is not None:
            break
    proc.kill()
    raise RuntimeError("chromium did not start its DevTools endpoint")


def page_socket(hostport, url):
    deadline = time.monotonic() + BROWSER_START_S
    while time.monotonic() < deadline:
        with urllib.request.urlopen(f"http://{hostport}/json/list") as r:
            for t in json.load(r):
                if t.get("type") == "page" and t.get("url", "").startswith(url):
                    return WebSocket(t["webSocketDebuggerUrl"])
        time.sleep(0.1)
    raise RuntimeError("no page target for the dashboard")


def send(srv, payload, ctype="application/json"):
    with srv.connect() as s:
        s.sendall(post("/v1/messages", payload, ctype))
        r = Reader(s).response()
    check_eq(r.status, 200, "POST /v1/messages")
    return r


def check_page(ws, srv):
    ws.wait_for("document.readyState", "complete", "page loaded")
    ws.wait_for("document.title", "GreenBite Burger · live orders", "title")
    ws.wait_for("document.getElementById('conn-state').textContent", "live", "stream connected")
    check_eq(ws.evaluate("document.querySelectorAll('.result').length"), 0, "empty at first")
    # Posted after the page loaded: it can only arrive through the event stream.
    send(srv, json.dumps({"id": "dash-1", "text": "2 Cheddar Cheeseburger please"}))
    send(srv, json.dumps({"id": "dash-2", "text": "do you have vegan options?"}))
    ws.wait_for("document.querySelectorAll('.result').length", 2, "two cards")
    card = "document.querySelector('.result[data-id=\"dash-1\"]')"
    check_eq(ws.evaluate(card + ".dataset.category"), "order", "category of dash-1")
    check_eq(ws.evaluate(card + ".dataset.status"), "accepted", "status of dash-1")
    check_eq(ws.evaluate(card + ".querySelector('td.qty').textContent"), "2×", "qty")
    check("Cheddar Cheeseburger" in ws.evaluate(card + ".textContent"), "item name shown")
    check("$23.00" in ws.evaluate(card + ".textContent"), "total shown")
    check_eq(ws.evaluate("document.querySelector('.result[data-id=\"dash-2\"]').dataset.category"),
             "inquiry", "category of dash-2")
    check_eq(ws.evaluate("document.querySelector('#stream .result').dataset.id"), "dash-2",
             "newest first")
    ws.wait_for("document.getElementById('s-messages').textContent", "2", "message counter")
    ws.wait_for("document.getElementById('s-order').textContent", "1", "order counter")
    ws.wait_for("document.getElementById('s-inquiry').textContent", "1", "question counter")
    p50 = ws.evaluate("document.getElementById('s-p50').textContent")
    check(re.fullmatch(r"\d+\.\d\d", p50) is not None, f"p50 shown: {p50!r}")


def card_js(rid):
    return f"document.querySelector('.result[data-id=\"{rid}\"]')"


def page_label(intent):
    """The page calls an inquiry a question, as its badges and counters do."""
    return "question" if intent == "inquiry" else intent


def check_result_format(ws, srv):
    before = ws.evaluate("document.querySelectorAll('.result').length")
    mixed = send(srv, json.dumps({"id": "dash-mixed", "text": MIXED})).json()
    check(len(mixed["intents"]) > 1 and len({c["intent"] for c in mixed["clauses"]}) > 1,
          f"premise: {MIXED!r} is read as a mixed message: {mixed}")
    review = send(srv, json.dumps({"id": "dash-review", "text": REVIEW})).json()
    check(review["status"] == "review" and review["clarify"]
          and all(q["candidates"] for q in review["clarify"]),
          f"premise: {REVIEW!r} is a review with candidates: {review}")
    foreign = send(srv, json.dumps({"id": "dash-foreign", "text": FOREIGN})).json()
    check(foreign.get("language") and foreign["status"] == "review",
          f"premise: {FOREIGN!r} is read as foreign: {foreign}")
    unsure = send(srv, json.dumps({"id": "dash-unsure", "text": UNSURE})).json()
    check(unsure.get("unsure") is True and unsure["status"] == "review" and unsure["items"],
          f"premise: {UNSURE!r} is an order a person confirms: {unsure}")
    long_order = send(srv, json.dumps({"id": "dash-long", "text": LONG_ORDER})).json()
    check(long_order.get("truncated") is True and long_order["status"] == "review",
          f"premise: a {LONG_ORDER.count(chr(10))}-line order is truncated: {long_order}")
    markup = send(srv, json.dumps({"id": "dash-markup", "text": MARKUP})).json()
    check(len(markup["intents"]) > 1 and any("<img" in c["text"] for c in markup["clauses"]),
          f"premise: {MARKUP!r} is mixed and keeps its markup in a clause: {markup}")
    ws.wait_for("document.querySelectorAll('.result').length", before + 6, "six more cards")

    # A mixed message: its intents as badges, and every clause with its intent, in order.
    card = card_js("dash-mixed")
    check_eq(ws.evaluate(card + ".dataset.intents"), " ".join(mixed["intents"]),
             "intents of dash-mixed")
    check_eq(ws.evaluate(f"[...{card}.querySelectorAll('.intents .badge')]"
                         ".map((b) => b.textContent)"),
             [page_label(i) for i in mixed["intents"]], "intent badges of dash-mixed")
    check("+" in ws.evaluate(card + ".querySelector('.intents').textContent"),
          "intents joined with +")
    check_eq(ws.evaluate(f"[...{card}.querySelectorAll('.clauses li')].map((li) => "
                         "[li.querySelector('.ctext').textContent, li.dataset.intent, "
                         "li.querySelector('.badge').textContent])"),
             [[c["text"], c["intent"], page_label(c["intent"])] for c in mixed["clauses"]],
             "clauses of dash-mixed")
    # One intent: no intents row and no clause list (dash-1 is a plain order).
    check_eq(ws.evaluate(card_js("dash-1") + ".querySelectorAll('.intents, .clauses').length"),
             0, "nothing extra on a plain order")

    # A review: each question back, its phrase and the menu items it may be.
    card = card_js("dash-review")
    check_eq(ws.evaluate(card + ".dataset.status"), "review", "status of dash-review")
    check_eq(ws.evaluate(f"[...{card}.querySelectorAll('.clarify .q')].map((q) => "
                         "[q.querySelector('.phrase').textContent, "
                         "[...q.querySelectorAll('.cand')].map((c) => c.textContent), "
                         "q.querySelector('.how') !== null])"),
             [[q["phrase"], q["candidates"], bool(q.get("how_many"))] for q in review["clarify"]],
             "clarify of dash-review")
    check_eq(ws.evaluate(card_js("dash-1") + ".querySelectorAll('.clarify').length"), 0,
             "no questions back on an accepted order")

    # A foreign message: its language, as a badge and a line for the person who reads it.
    card = card_js("dash-foreign")
    lang = foreign["language"]
    check_eq(ws.evaluate(card + ".dataset.language"), lang, "language of dash-foreign")
    check_eq(ws.evaluate(card + ".querySelector('.b-lang').textContent"), lang, "language badge")
    check(f"({lang})" in ws.evaluate(card + ".querySelector('.lang').textContent"),
          "language line")
    check_eq(ws.evaluate(card_js("dash-1") + ".querySelectorAll('.b-lang, .lang').length"), 0,
             "no language on an English message")

    # An order read from counted dishes alone: its items, and a line saying a person confirms.
    card = card_js("dash-unsure")
    check_eq(ws.evaluate(card + ".dataset.unsure"), "true", "unsure flag of dash-unsure")
    check("person confirms" in ws.evaluate(card + ".querySelector('.unsure').textContent"),
          "unsure line")
    check_eq(ws.evaluate(card + ".querySelector('td.qty').textContent"), "6×", "unsure qty")
    check_eq(ws.evaluate(card_js("dash-1") + ".querySelectorAll('.unsure').length"), 0,
             "no unsure line on an accepted order")

    # An order longer than a message is read for: the first dishes, and a person confirms.
    card = card_js("dash-long")
    check_eq(ws.evaluate(card + ".dataset.truncated"), "true", "truncated flag of dash-long")
    check("whole order" in ws.evaluate(card + ".querySelector('.unsure').textContent"),
          "truncated line")
    check_eq(ws.evaluate(card + ".querySelector('td.qty').textContent"), "16×", "truncated qty")

    # Markup in a message is text: no element made from it, no handler run.
    card = card_js("dash-markup")
    check_eq(ws.evaluate(card + ".querySelectorAll('img, b, script').length"), 0,
             "no element from the message's markup")
    check_eq(ws.evaluate(f"[...{card}.querySelectorAll('.clauses .ctext')]"
                         ".map((t) => t.textContent)"),
             [c["text"] for c in markup["clauses"]], "clauses with markup shown as text")
    check_eq(ws.evaluate("typeof window.pwned"), "undefined", "no handler from the message ran")


def check_replay(ws):
    """Reopened, the page shows the recent results again (?replay=), with the same event ids,
    newest first, before anything new is posted."""
    shown = ws.evaluate("[...document.querySelectorAll('#stream .result')]"
                        ".map((c) => [c.dataset.id, c.dataset.seq])")
    seqs = [int(seq) for _, seq in shown]
    check(seqs == sorted(seqs, reverse=True) and len(set(seqs)) == len(seqs),
          f"cards carry their event ids, newest first: {seqs}")
    ws.call("Page.reload")
    deadline = time.monotonic() + WAIT_S
    while True:  # the old page's context goes away during the reload
        try:
            if (ws.evaluate("document.getElementById('conn-state').textContent") == "live"
                    and ws.evaluate("document.querySelectorAll('.result').length") == len(shown)):
                break
        except Exception:
            pass
        check(time.monotonic() < deadline, "reloaded page shows the recent results")
        time.sleep(0.05)
    check_eq(ws.evaluate("[...document.querySelectorAll('#stream .result')]"
                         ".map((c) => [c.dataset.id, c.dataset.seq])"), shown,
             "the same results, ids and order after a reload")


def screenshot(ws, srv, path):
    with open(SAMPLES) as f:
        lines = [next(f).rstrip("\n") for _ in range(30)]
    # Among the last, at the top of the page: the parts of a result beyond its items.
    show = [json.dumps({"id": rid, "text": text}) for rid, text in
            (("s-mixed", MIXED), ("s-review", REVIEW), ("s-foreign", FOREIGN))]
    lines = lines[:29] + show[:2] + lines[29:] + show[2:]
    before = ws.evaluate("document.querySelectorAll('.result').length")
    for i in range(0, len(lines), 3):  # a few at a time, like a lunch rush
        send(srv, "\n".join(lines[i:i + 3]) + "\n", "application/x-ndjson")
        time.sleep(0.08)
    ws.wait_for("document.querySelectorAll('.result').length", before + len(lines),
                "all cards shown")
    time.sleep(1.5)  # one more stats poll and the card animations
    ws.call("Emulation.setDeviceMetricsOverride", width=VIEWPORT[0], height=VIEWPORT[1],
            deviceScaleFactor=1, mobile=False)
    shot = ws.call("Page.captureScreenshot", format="png")
    with open(path, "wb") as f:
        f.write(base64.b64decode(shot["data"]))
    print(f"screenshot written to {path}")


def check_kitchen(ws):
    """With --pg (skipped without BRIGADE_PG_URI): a stored order shows its order id on its
    card and, in the kitchen panel read from GET /v1/orders, its notification delivered."""
    if not os.environ.get("BRIGADE_PG_URI"):
        print("     kitchen panel: skipped (BRIGADE_PG_URI is not set)")
        return
    sys.path.insert(0, os.path.join(SOURCE, "tests", "e2e", "orders"))
    from orderslib import Database, Receiver, serve, wait_ready  # noqa: E402
    db = Database(BINARY, "dashboard")
    rx = Receiver()
    srv = serve(BINARY, db, "--webhook-poll", "0.1", receiver=rx)
    try:
        wait_ready(srv)
        url = f"http://127.0.0.1:{srv.port}/"
        ws.call("Page.navigate", url=url)
        ws.wait_for("document.getElementById('conn-state').textContent", "live", "stream (pg)")
        r = send(srv, json.dumps({"id": "k-1", "text": "2 Cheddar Cheeseburger please"}))
        oid = r.json()["order_id"]
        card = card_js("k-1")
        ws.wait_for(card + " && " + card + ".dataset.orderId", str(oid), "order id on the card")
        item = f"document.querySelector('#kitchen li[data-order-id=\"{oid}\"]')"
        ws.wait_for(f"!document.getElementById('kitchen-panel').hidden", True, "kitchen panel")
        ws.wait_for(item + " && " + item + ".querySelector('.st').textContent", "delivered",
                    "notification delivered")
        check("2× Cheddar Cheeseburger" in ws.evaluate(item + ".textContent"), "kitchen items")
        check_eq(srv.stop(), 0, "exit status (pg)")
    finally:
        rx.stop()
        db.drop()


def main():
    if not shutil.which("chromium"):
        print("SKIP: chromium is not installed")
        sys.exit(77)
    shot_path = sys.argv[4] if len(sys.argv) > 4 and sys.argv[3] == "--screenshot" else None
    srv = Server(BINARY, "--backend", "lexical", "--menu", MENU, "--threads", "2")
    profile = tempfile.mkdtemp(prefix="brigade-chromium-")
    browser = None
    status = 1
    try:
        url = f"http://127.0.0.1:{srv.port}/"
        browser, hostport = start_browser(url, profile)
        ws = page_socket(hostport, url)
        check_page(ws, srv)
        if shot_path:  # before check_result_format: its messages stay out of the picture
            screenshot(ws, srv, shot_path)
        check_result_format(ws, srv)
        check_replay(ws)
        check_kitchen(ws)
        status = 0
        print("ok   dashboard")
    except Exception as e:  # report any failure with its kind
        print(f"FAIL dashboard: {type(e).__name__}: {e}")
    finally:
        if browser:
            browser.kill()
            browser.wait()
        shutil.rmtree(profile, ignore_errors=True)
        if srv.stop() != 0:
            print("FAIL server exit status")
            status = 1
    sys.exit(status)


if __name__ == "__main__":
    main()
