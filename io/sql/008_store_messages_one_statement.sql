-- store_messages_all() (005_order_store) with the batch written by one statement instead of
-- one per table: PostgreSQL's CPU per stored message is what bounds brigade's order rate when
-- both share the cores, and most of it went to work done once per statement or per reading
-- of the batch, not per row.
--
-- - The batch is read once: jsonb_to_recordset turns each message into a row of typed
--   columns (each key looked up once), and each result text is parsed into jsonb once
--   (before: once to check it and once per table it went into).
-- - Every table's rows are written by one INSERT of one statement (data-modifying CTEs), so
--   the executor starts once per batch instead of six times, and the foreign-key checks of
--   the whole batch run at the end of that one statement.
-- - The idempotency check is the unique index's own check while the messages row's entry is
--   inserted: one descent of messages_client_id_key per message. (INSERT ... ON CONFLICT DO
--   NOTHING probes the index first and then inserts speculatively: a second descent and a
--   confirmation WAL record per row.) A client id already stored raises unique_violation,
--   and the batch goes to store_messages_each(), whose ON CONFLICT answers each duplicate
--   with the original: retries are rare next to fresh messages, so most batches take the
--   cheap path and a batch holding a retry costs one more attempt.
-- - The time indexes (messages.received_at, orders.created_at), which only operators' range
--   queries use, become BRIN: rows arrive in time order, so a block range summary serves
--   those queries, and an insert no longer descends a B-tree per row.
--
-- Results and failures are those of 005: the message and order ids, the duplicates (answered
-- by store_messages_each()), and any failure (an unknown menu key, a result that is not a
-- JSON object, a constraint) raises, so store_messages() falls back to
-- store_messages_each(), which stores message by message and gives the failing one its own
-- SQLSTATE and message.

DROP INDEX messages_received_at;
CREATE INDEX messages_received_at ON messages USING brin (received_at);
DROP INDEX orders_created_at;
CREATE INDEX orders_created_at ON orders USING brin (created_at);

-- Raises (sqlstate, message): used where a set-based statement meets a value it cannot store,
-- only in the branch taken for such a value. VOLATILE, so it is never evaluated while planning.
CREATE FUNCTION store_messages_fail(p_sqlstate text, p_message text) RETURNS jsonb
LANGUAGE plpgsql VOLATILE AS $$
BEGIN
    RAISE EXCEPTION '%', p_message USING ERRCODE = p_sqlstate;
END
$$;

CREATE OR REPLACE FUNCTION store_messages_all(batch jsonb, lease_ms integer)
RETURNS SETOF store_messages_row LANGUAGE plpgsql AS $$
BEGIN
    RETURN QUERY
    WITH m AS MATERIALIZED (
        -- One row per message, each result parsed once; ids drawn in batch order.
        SELECT x.n::integer AS n, x.c, coalesce(x.u, '') AS u, x.t, x.k, x.s, x.tc, x.i, x.qn,
               x.an, x.ch,
               nextval('messages_id_seq') AS mid,
               CASE WHEN x.k = 'order' AND x.s = 'accepted' THEN nextval('orders_id_seq') END
                   AS oid,
               CASE WHEN x.ch IS NOT NULL THEN nextval('notifications_id_seq') END AS nid,
               x.r::jsonb AS rj
        FROM ROWS FROM (jsonb_to_recordset(batch)
                        AS (c text, u text, t text, k text, s text, r text, tc integer,
                            i jsonb, qn text, an text, ch text))
             WITH ORDINALITY AS x(c, u, t, k, s, r, tc, i, qn, an, ch, n)
        ORDER BY x.n),
    r AS MATERIALIZED (
        -- The stored result: a fresh order's carries its order id.
        SELECT m.*,
               CASE WHEN jsonb_typeof(m.rj) IS DISTINCT FROM 'object'
                    THEN store_messages_fail('22023', 'the result must be a JSON object')
                    WHEN m.oid IS NOT NULL THEN m.rj || jsonb_build_object('order_id', m.oid)
                    ELSE m.rj END AS result
        FROM m),
    ins_m AS (
        -- In client-id order: two batches sharing ids take their locks in the same order.
        INSERT INTO messages (id, client_id, customer, text, category, status, result)
        SELECT r.mid, r.c, r.u, r.t, r.k, r.s, r.result FROM r ORDER BY r.c NULLS LAST, r.n),
    ins_o AS (
        INSERT INTO orders (id, message_id, customer, total_cents)
        SELECT r.oid, r.mid, r.u, r.tc FROM r WHERE r.oid IS NOT NULL ORDER BY r.n),
    ins_i AS (
        -- An unknown menu key finds no menu row: the NULL menu_item_id fails the insert.
        INSERT INTO order_items (order_id, menu_item_id, qty, modifiers, unit_price_cents)
        SELECT r.oid, mi.id, (it.item->>'q')::integer,
               CASE WHEN jsonb_array_length(it.item->'d') > 0
                    THEN ARRAY(SELECT jsonb_array_elements_text(it.item->'d'))
                    ELSE '{}'::text[] END,
               (it.item->>'p')::integer
        FROM r
        CROSS JOIN LATERAL jsonb_array_elements(r.i) WITH ORDINALITY AS it(item, k)
        LEFT JOIN menu_items mi ON mi.key = it.item->>'m'
        WHERE r.oid IS NOT NULL
        ORDER BY r.n, it.k),
    ins_e AS (
        INSERT INTO enquiries (message_id, question, answer)
        SELECT r.mid, coalesce(r.qn, r.t), coalesce(r.an, '') FROM r
        WHERE r.k = 'inquiry' ORDER BY r.n),
    ins_n AS (
        INSERT INTO notifications (id, channel, payload, message_id, next_attempt_at)
        SELECT r.nid, r.ch, r.result || jsonb_build_object('customer', r.u, 'text', r.t),
               r.mid, now() + lease_ms * interval '1 millisecond'
        FROM r WHERE r.nid IS NOT NULL ORDER BY r.n)
    SELECT r.n - 1, r.mid, r.oid, r.nid, false, NULL::jsonb, NULL::text, NULL::text
    FROM r ORDER BY r.n;
END
$$;
