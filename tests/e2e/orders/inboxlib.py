"""Helpers for the inbox tests: rows into table `inbox`, and the exactly-once check of what
brigade made of them."""
from orderslib import check_eq, exchange, get


def insert(db, rows):
    """rows: (client_id or None, customer, text); one INSERT, one transaction."""
    def lit(v):
        return "NULL" if v is None else "'" + v.replace("'", "''") + "'"
    values = ", ".join(f"({lit(c)}, {lit(u)}, {lit(t)})" for c, u, t in rows)
    db.rows(f"INSERT INTO inbox (client_id, customer, text) VALUES {values}")


def unconsumed(db):
    return int(db.rows("SELECT count(*) FROM inbox WHERE consumed_at IS NULL")[0][0])


def check_exactly_once(db, expected_rows):
    """Every inbox row consumed; one message per row under its client id; one order per
    accepted-order message; nothing else stored."""
    check_eq(unconsumed(db), 0, "inbox rows left unconsumed")
    rows = db.rows("SELECT count(*) FROM inbox WHERE error IS NULL")[0][0]
    check_eq(int(rows), expected_rows, "inbox rows processed")
    missing = db.rows("SELECT i.id FROM inbox i WHERE i.error IS NULL AND NOT EXISTS "
                      "(SELECT 1 FROM messages m WHERE m.client_id = "
                      "coalesce(i.client_id, 'inbox:' || i.id))")
    check_eq(missing, [], "inbox rows without their message")
    check_eq(db.rows("SELECT count(*) FROM messages")[0][0], str(expected_rows), "messages")
    dup_orders = db.rows("SELECT message_id FROM orders GROUP BY message_id HAVING count(*) > 1")
    check_eq(dup_orders, [], "messages with more than one order")
    accepted = db.rows("SELECT count(*) FROM messages WHERE category = 'order' "
                       "AND status = 'accepted'")[0][0]
    check_eq(db.rows("SELECT count(*) FROM orders")[0][0], accepted, "orders")


def metric(srv, name):
    body = exchange(srv, get("/metrics")).body.decode()
    for line in body.splitlines():
        if line.startswith(name + " "):
            return int(float(line.split()[1]))
    return None
