#!/usr/bin/env python3
"""Durable orders end to end: `brigade serve --pg` stores every message (orders with their
items, inquiries) before answering, answers with the order id, deduplicates retries by
client id, reads orders back, refuses fast while the database is unreachable and recovers,
and notifies the local webhook receiver from the outbox (retrying a failing webhook).

usage: test_orders.py BRIGADE_BINARY
"""
import json
import sys

from orderslib import (Database, Receiver, check, check_eq, exchange, get, message, post, run,
                       serve, wait_for, wait_ready)

BINARY = sys.argv[1]
NDJSON = "application/x-ndjson"


def with_stack(name, fn, *flags, notify=True):
    db = Database(BINARY, name)
    rx = Receiver() if notify else None
    srv = serve(BINARY, db, "--webhook-backoff", "0.1", "--webhook-poll", "0.1", *flags,
                receiver=rx)
    try:
        wait_ready(srv)
        fn(srv, db, rx)
        check_eq(srv.stop(), 0, "exit status")
    finally:
        if rx:
            rx.stop()
        db.drop()


def order_json(srv, order_id):
    r = exchange(srv, get(f"/v1/orders/{order_id}"))
    check_eq(r.status, 200, f"GET /v1/orders/{order_id}")
    return r.json()


def stored_and_notified(srv, db, rx):
    r = message(srv, {"id": "o1", "customer": "Ana",
                      "text": "2 Cheddar Cheeseburger no pickles and a Fresh Lemonade"})
    check_eq(r.status, 200, "status")
    res = r.json()
    check_eq((res["category"], res["status"]), ("order", "accepted"), "result")
    oid = res.get("order_id")
    check(isinstance(oid, int) and oid > 0, f"order_id in {res}")
    keys = list(res)
    check_eq(keys[:4], ["id", "category", "status", "order_id"], "order_id after status")
    rows = db.rows("SELECT m.client_id, m.customer, m.status, o.total_cents FROM orders o "
                   "JOIN messages m ON m.id = o.message_id")
    check_eq(rows, [["o1", "Ana", "accepted", str(int(round(res["total"] * 100)))]], "orders row")
    items = db.rows("SELECT mi.name, oi.qty, oi.modifiers, oi.unit_price_cents FROM order_items oi"
                    " JOIN menu_items mi ON mi.id = oi.menu_item_id ORDER BY oi.id")
    check_eq([i[:3] for i in items],
             [["Cheddar Cheeseburger", "2", "{\"no pickles\"}"], ["Fresh Lemonade", "1", "{}"]],
             "order_items rows")
    back = order_json(srv, oid)
    check_eq((back["order_id"], back["client_id"], back["customer"]), (oid, "o1", "Ana"),
             "read back")
    check_eq([(i["name"], i["qty"]) for i in back["items"]],
             [("Cheddar Cheeseburger", 2), ("Fresh Lemonade", 1)], "read-back items")
    # The kitchen hears of it: one post on the orders webhook naming the order id.
    posts = wait_for("the order's webhook post",
                     lambda: [p for p in rx.posts() if p["path"] == "/orders"])
    check_eq(len(posts), 1, "posts for one order")
    body = posts[0]["body"]
    check(f"#{oid}" in body["content"], f"order id in {body['content']!r}")
    check(any(f["name"] == "Order id" and f["value"] == str(oid)
              for f in body["embeds"][0]["fields"]), "order id field")
    state = wait_for("delivered state",
                     lambda: order_json(srv, oid)["notification"]["state"] == "delivered")
    check(state, "delivered")


def idempotent_retry(srv, db, rx):
    first = message(srv, {"id": "r1", "text": "one Falafel Wrap"}).json()
    again = message(srv, {"id": "r1", "text": "one Falafel Wrap"}).json()
    check_eq(again["order_id"], first["order_id"], "a retry gets the original order id")
    check_eq(again["items"][0]["name"], "Falafel Wrap", "and the original result")
    # The header names the message when the body does not.
    h = "Idempotency-Key: k-77\r\n"
    a = message(srv, {"text": "2 Classic Fries"}, extra=h).json()
    b = message(srv, {"text": "2 Classic Fries"}, extra=h).json()
    check_eq(b["order_id"], a["order_id"], "Idempotency-Key retry")
    check_eq(db.rows("SELECT client_id FROM messages ORDER BY id"), [["r1"], ["k-77"]],
             "one message row per client id")
    check_eq(db.rows("SELECT count(*) FROM orders"), [["2"]], "two orders, not four")
    # Without any id nothing is deduplicated: two orders.
    c = message(srv, {"text": "2 Classic Fries"}).json()
    d = message(srv, {"text": "2 Classic Fries"}).json()
    check(c["order_id"] != d["order_id"], "no id: two orders")


def every_category_stored(srv, db, rx):
    lines = [{"id": "n1", "text": "do you have vegan options?"},
             {"id": "n2", "text": "thanks, the food was great!"},
             {"id": "n3", "text": "3 Classic Fries"},
             {"id": "n4", "text": "a pepperoni pizza please"}]
    body = "\n".join(json.dumps(line) for line in lines) + "\n"
    r = exchange(srv, post("/v1/messages", body, ctype=NDJSON))
    check_eq(r.status, 200, "NDJSON status")
    out = [json.loads(line) for line in r.body.decode().splitlines()]
    check_eq([o["id"] for o in out], ["n1", "n2", "n3", "n4"], "request order kept")
    check("order_id" not in out[0] and "order_id" not in out[1], "no order id but for orders")
    check(isinstance(out[2].get("order_id"), int), "the accepted order has one")
    check_eq(out[3]["status"], "rejected", "an off-menu order is rejected")
    check("order_id" not in out[3], "a rejected order is no order row")
    check_eq(db.rows("SELECT client_id, category, status FROM messages ORDER BY client_id"),
             [["n1", "inquiry", "answered"], ["n2", "other", "logged"],
              ["n3", "order", "accepted"], ["n4", "order", "rejected"]], "messages rows")
    check_eq(db.rows("SELECT question FROM enquiries"), [["do you have vegan options?"]],
             "enquiries row")
    wait_for("the inquiry's webhook post",
             lambda: [p for p in rx.posts() if p["path"] == "/inquiries"])


def read_back_pages(srv, db, rx):
    ids = [message(srv, {"id": f"p{i}", "text": "one Mango Smoothie"}).json()["order_id"]
           for i in range(3)]
    page = exchange(srv, get("/v1/orders?since=0&limit=2")).json()
    check_eq([o["order_id"] for o in page["orders"]], ids[:2], "first page")
    check_eq(page["next_since"], ids[1], "cursor")
    page = exchange(srv, get(f"/v1/orders?since={ids[1]}&limit=2")).json()
    check_eq([o["order_id"] for o in page["orders"]], ids[2:], "second page")
    for bad in ("/v1/orders?limit=0", "/v1/orders?limit=501", "/v1/orders?since=-1",
                "/v1/orders?since=x"):
        r = exchange(srv, get(bad))
        check_eq((r.status, r.json()["error"]["code"]), (400, "bad_request"), bad)
    for missing in ("/v1/orders/abc", f"/v1/orders/{ids[2] + 1000}"):
        r = exchange(srv, get(missing))
        check_eq((r.status, r.json()["error"]["code"]), (404, "not_found"), missing)


def outage_refused_then_recovered(srv, db, rx):
    check_eq(message(srv, {"id": "a1", "text": "one Falafel Wrap"}).status, 200, "before")
    db.admin_rows(f"ALTER DATABASE {db.name} ALLOW_CONNECTIONS false")
    db.admin_rows("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
            f"WHERE datname = '{db.name}' AND application_name LIKE 'brigade core%'")
    wait_for("/readyz 503", lambda: exchange(srv, get("/readyz")).status == 503)
    r = message(srv, {"id": "a2", "text": "one Falafel Wrap"})
    check_eq(r.status, 503, "refused while the database is unreachable")
    check_eq(r.json()["error"]["code"], "database_unavailable", "error code")
    check(r.header("retry-after") is not None, "Retry-After")
    db.admin_rows(f"ALTER DATABASE {db.name} ALLOW_CONNECTIONS true")
    wait_ready(srv, timeout=20)
    r = message(srv, {"id": "a2", "text": "one Falafel Wrap"})
    check_eq(r.status, 200, "stored after the reconnection")
    check_eq(db.rows("SELECT client_id FROM messages ORDER BY id"), [["a1"], ["a2"]],
             "nothing half-written, nothing lost")


def webhook_failures_retried(srv, db, rx):
    rx.control("status=500&count=2")
    oid = message(srv, {"id": "w1", "text": "one Falafel Wrap"}).json()["order_id"]
    wait_for("delivered after two failures",
             lambda: order_json(srv, oid)["notification"]["state"] == "delivered")
    posts = [p for p in rx.posts() if p["path"] == "/orders"]
    check_eq([p["status"] for p in posts], [500, 500, 204], "two failures, then delivered")
    n = order_json(srv, oid)["notification"]
    check_eq(n["attempts"], 3, "attempts")
    # A webhook that keeps failing: the backlog and its age show in /metrics, then drain.
    rx.control("status=500&count=1000")
    message(srv, {"id": "w2", "text": "one Falafel Wrap"})
    m = wait_for("a backlog in /metrics",
                 lambda: (lambda m: m if m.get("brigade_outbox_backlog", 0) >= 1
                          and m.get("brigade_outbox_oldest_pending_seconds", 0) > 0 else None)(
                     srv.metrics()))
    check(m["brigade_webhook_total{result=\"retried\"}"] >= 2, "retries counted")
    check_eq(m["brigade_store_cores_connected"], 2, "both cores connected")
    rx.control("reset=1")
    wait_for("the backlog drained", lambda: srv.metrics().get("brigade_outbox_backlog") == 0)
    check(srv.metrics()["brigade_webhook_total{result=\"delivered\"}"] >= 2, "delivered counted")


if __name__ == "__main__":
    run([
        ("stored_and_notified", lambda: with_stack("stored", stored_and_notified)),
        ("idempotent_retry", lambda: with_stack("retry", idempotent_retry)),
        ("every_category_stored", lambda: with_stack("categories", every_category_stored)),
        ("read_back_pages", lambda: with_stack("pages", read_back_pages)),
        ("outage_refused_then_recovered",
         lambda: with_stack("outage", outage_refused_then_recovered)),
        ("webhook_failures_retried", lambda: with_stack("webhook", webhook_failures_retried)),
    ])
