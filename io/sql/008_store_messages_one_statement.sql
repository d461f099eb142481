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
-- - The time indexes (messages.received_at, orders.created_at), which only operators' range
--   queries use, become BRIN: rows arrive in time order, so a block range summary serves
--   those queries, and an insert no longer descends a B-tree per row.
--
-- Results and failures are those of 005: the message and order ids, the duplicate answers
-- (looked up by a second statement, whose snapshot sees the transaction a conflicting insert
-- waited for), and any failure (an unknown menu key, a result that is not a JSON object, a
-- constraint) raises, so store_messages() falls back to store_messages_each(), which stores
-- message by message and gives the failing one its own SQLSTATE and message.

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
DECLARE
    -- Per message, in batch order: position, message id, order id, notification id, and
    -- whether its messages row was inserted (false: its client id was already stored).
    v_n integer[];
    v_mids bigint[];
    v_oids bigint[];
    v_nids bigint[];
    v_new boolean[];
BEGIN
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
        SELECT r.mid, r.c, r.u, r.t, r.k, r.s, r.result FROM r ORDER BY r.c NULLS LAST, r.n
        ON CONFLICT (client_id) DO NOTHING
        RETURNING id),
    fresh AS MATERIALIZED (
        SELECT r.* FROM r WHERE r.mid IN (SELECT id FROM ins_m)),
    ins_o AS (
        INSERT INTO orders (id, message_id, customer, total_cents)
        SELECT f.oid, f.mid, f.u, f.tc FROM fresh f WHERE f.oid IS NOT NULL ORDER BY f.n),
    ins_i AS (
        -- An unknown menu key finds no menu row: the NULL menu_item_id fails the insert.
        INSERT INTO order_items (order_id, menu_item_id, qty, modifiers, unit_price_cents)
        SELECT f.oid, mi.id, (it.item->>'q')::integer,
               CASE WHEN jsonb_array_length(it.item->'d') > 0
                    THEN ARRAY(SELECT jsonb_array_elements_text(it.item->'d'))
                    ELSE '{}'::text[] END,
               (it.item->>'p')::integer
        FROM fresh f
        CROSS JOIN LATERAL jsonb_array_elements(f.i) WITH ORDINALITY AS it(item, k)
        LEFT JOIN menu_items mi ON mi.key = it.item->>'m'
        WHERE f.oid IS NOT NULL
        ORDER BY f.n, it.k),
    ins_e AS (
        INSERT INTO enquiries (message_id, question, answer)
        SELECT f.mid, coalesce(f.qn, f.t), coalesce(f.an, '') FROM fresh f
        WHERE f.k = 'inquiry' ORDER BY f.n),
    ins_n AS (
        INSERT INTO notifications (id, channel, payload, message_id, next_attempt_at)
        SELECT f.nid, f.ch, f.result || jsonb_build_object('customer', f.u, 'text', f.t),
               f.mid, now() + lease_ms * interval '1 millisecond'
        FROM fresh f WHERE f.nid IS NOT NULL ORDER BY f.n)
    SELECT array_agg(r.n ORDER BY r.n), array_agg(r.mid ORDER BY r.n),
           array_agg(r.oid ORDER BY r.n), array_agg(r.nid ORDER BY r.n),
           array_agg(r.mid IN (SELECT f.mid FROM fresh f) ORDER BY r.n)
    INTO v_n, v_mids, v_oids, v_nids, v_new
    FROM r;

    IF v_n IS NULL THEN -- an empty batch
        RETURN;
    END IF;
    IF false <> ALL (v_new) THEN -- no duplicate: nothing to look up
        RETURN QUERY
        SELECT (g.n - 1)::integer, v_mids[g.n], v_oids[g.n], v_nids[g.n], false,
               NULL::jsonb, NULL::text, NULL::text
        FROM generate_series(1, cardinality(v_n)) AS g(n);
        RETURN;
    END IF;
    -- A duplicate's original is visible now: this statement's snapshot is newer than the
    -- transaction its insert waited for, and sees this batch's own rows. Looked up by the
    -- unique index (= ANY), never by a join the planner could turn into a scan of messages.
    IF EXISTS (SELECT 1 FROM jsonb_array_elements(batch) WITH ORDINALITY AS e(m, n)
               WHERE NOT v_new[e.n]
                 AND NOT EXISTS (SELECT 1 FROM messages ms WHERE ms.client_id = e.m->>'c')) THEN
        RAISE EXCEPTION 'a message was neither stored nor found as a duplicate';
    END IF;
    RETURN QUERY
    SELECT (e.n - 1)::integer,
           coalesce(d.id, v_mids[e.n]),
           CASE WHEN d.id IS NULL THEN v_oids[e.n] ELSE d.order_id END,
           CASE WHEN d.id IS NULL THEN v_nids[e.n] END,
           d.id IS NOT NULL,
           d.result, NULL::text, NULL::text
    FROM jsonb_array_elements(batch) WITH ORDINALITY AS e(m, n)
    LEFT JOIN (SELECT ms.client_id, ms.id, ms.result,
                      (SELECT o.id FROM orders o WHERE o.message_id = ms.id) AS order_id
               FROM messages ms
               WHERE ms.client_id = ANY (ARRAY(SELECT b.m->>'c'
                                               FROM jsonb_array_elements(batch)
                                                    WITH ORDINALITY AS b(m, n)
                                               WHERE NOT v_new[b.n]))) AS d
           ON d.client_id = e.m->>'c' AND NOT v_new[e.n]
    ORDER BY e.n;
END
$$;
