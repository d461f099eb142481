-- Group commit of the gateway's messages (io/order_store.c): one call of store_messages()
-- stores a whole batch in the caller's transaction, one COMMIT (one WAL flush) for all of it.

-- The outbox row knows its message (and through it, its order), so the order's read-back can
-- show its delivery state; a row the notifier gave up on is marked failed and kept.
ALTER TABLE notifications ADD COLUMN message_id bigint REFERENCES messages (id) ON DELETE SET NULL;
ALTER TABLE notifications ADD COLUMN failed_at timestamptz;
CREATE INDEX notifications_message_id ON notifications (message_id);
DROP INDEX notifications_due;
CREATE INDEX notifications_due ON notifications (next_attempt_at)
    WHERE delivered_at IS NULL AND failed_at IS NULL;

-- Stores each message of `batch` (a JSON array; keys below) inside its own BEGIN ... EXCEPTION
-- block, a subtransaction: a message that fails (unknown menu key, a check constraint, bad
-- JSON) rolls back alone and the rest of the batch commits with the caller's transaction.
--
-- Keys of one message: c client id (null: never deduplicated), u customer, t text,
-- k category (order|inquiry|other), s status, r the result object as JSON text,
-- tc total cents, i items [{m menu key, q qty, d [modifiers], p unit price cents}],
-- qn question, an answer, ch outbox channel (null: no notification).
--
-- Idempotency: messages.client_id is UNIQUE. A client id already stored (or stored earlier in
-- this batch, or by a transaction still in flight, whose unique-index entry makes this insert
-- wait for it) returns the original message, order and result with r_duplicate and creates
-- nothing. Messages are processed in client-id order, so two batches that share client ids
-- take their locks in the same order and cannot deadlock.
--
-- One row per message: r_idx its position in `batch`; on failure r_sqlstate/r_error are set
-- and every id is null. A fresh order's stored result (and its notification payload) is the
-- given result with "order_id" added; its notification is due only after `lease_ms`, because
-- the writer delivers it at once itself and a sweeper should claim it only if that failed.
CREATE FUNCTION store_messages(batch jsonb, lease_ms integer)
RETURNS TABLE (r_idx integer, r_message_id bigint, r_order_id bigint, r_notification_id bigint,
               r_duplicate boolean, r_result jsonb, r_sqlstate text, r_error text)
LANGUAGE plpgsql AS $$
DECLARE
    m jsonb;
    v_missing text;
    v_result jsonb;
BEGIN
    FOR r_idx, m IN
        SELECT (e.n - 1)::integer, e.msg
        FROM jsonb_array_elements(batch) WITH ORDINALITY AS e(msg, n)
        ORDER BY e.msg->>'c' NULLS LAST, e.n
    LOOP
        r_message_id := NULL; r_order_id := NULL; r_notification_id := NULL;
        r_duplicate := false; r_result := NULL; r_sqlstate := NULL; r_error := NULL;
        BEGIN
            v_result := (m->>'r')::jsonb;
            IF jsonb_typeof(v_result) IS DISTINCT FROM 'object' THEN
                RAISE EXCEPTION 'the result must be a JSON object' USING ERRCODE = '22023';
            END IF;
            IF m->>'k' = 'order' THEN
                SELECT it->>'m' INTO v_missing
                FROM jsonb_array_elements(coalesce(m->'i', '[]')) AS it
                WHERE NOT EXISTS (SELECT 1 FROM menu_items mi WHERE mi.key = it->>'m')
                LIMIT 1;
                IF FOUND THEN
                    RAISE EXCEPTION 'unknown menu item key "%"', v_missing
                        USING ERRCODE = '23503';
                END IF;
                -- The order id is drawn first so the stored result can carry it; a duplicate
                -- only wastes a sequence number.
                r_order_id := nextval('orders_id_seq');
                v_result := v_result || jsonb_build_object('order_id', r_order_id);
            END IF;
            INSERT INTO messages (client_id, customer, text, category, status, result)
            VALUES (m->>'c', coalesce(m->>'u', ''), m->>'t', m->>'k', m->>'s', v_result)
            ON CONFLICT (client_id) DO NOTHING
            RETURNING id INTO r_message_id;
            IF r_message_id IS NULL THEN
                SELECT ms.id, o.id, ms.result INTO r_message_id, r_order_id, r_result
                FROM messages ms LEFT JOIN orders o ON o.message_id = ms.id
                WHERE ms.client_id = m->>'c';
                r_duplicate := true;
            ELSE
                IF m->>'k' = 'order' THEN
                    INSERT INTO orders (id, message_id, customer, total_cents)
                    VALUES (r_order_id, r_message_id, coalesce(m->>'u', ''), (m->>'tc')::integer);
                    INSERT INTO order_items (order_id, menu_item_id, qty, modifiers,
                                             unit_price_cents)
                    SELECT r_order_id, mi.id, (e.it->>'q')::integer,
                           ARRAY(SELECT jsonb_array_elements_text(coalesce(e.it->'d', '[]'))),
                           (e.it->>'p')::integer
                    FROM jsonb_array_elements(m->'i') WITH ORDINALITY AS e(it, n)
                    JOIN menu_items mi ON mi.key = e.it->>'m'
                    ORDER BY e.n;
                ELSIF m->>'k' = 'inquiry' THEN
                    INSERT INTO enquiries (message_id, question, answer)
                    VALUES (r_message_id, coalesce(m->>'qn', m->>'t'), coalesce(m->>'an', ''));
                END IF;
                IF m->>'ch' IS NOT NULL THEN
                    INSERT INTO notifications (channel, payload, message_id, next_attempt_at)
                    VALUES (m->>'ch', v_result, r_message_id,
                            now() + lease_ms * interval '1 millisecond')
                    RETURNING id INTO r_notification_id;
                END IF;
            END IF;
        EXCEPTION WHEN OTHERS THEN
            GET STACKED DIAGNOSTICS r_sqlstate = RETURNED_SQLSTATE, r_error = MESSAGE_TEXT;
            r_message_id := NULL; r_order_id := NULL; r_notification_id := NULL;
            r_duplicate := false; r_result := NULL;
        END;
        RETURN NEXT;
    END LOOP;
END
$$;

-- One stored order as the HTTP API shows it (GET /v1/orders/{id}); NULL when there is none.
-- Timestamps are UTC with milliseconds; json (not jsonb) keeps the keys in this order.
CREATE FUNCTION order_json(p_order_id bigint) RETURNS json LANGUAGE sql STABLE AS $$
SELECT json_build_object(
    'order_id', o.id,
    'message_id', m.id,
    'client_id', m.client_id,
    'customer', o.customer,
    'text', m.text,
    'status', o.status,
    'total_cents', o.total_cents,
    'created_at', to_char(o.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
    'items', coalesce((
        SELECT json_agg(json_build_object(
                   'key', mi.key, 'name', mi.name, 'qty', oi.qty,
                   'modifiers', to_json(oi.modifiers), 'unit_price_cents', oi.unit_price_cents)
               ORDER BY oi.id)
        FROM order_items oi JOIN menu_items mi ON mi.id = oi.menu_item_id
        WHERE oi.order_id = o.id), '[]'::json),
    'notification', (
        SELECT json_build_object(
                   'id', n.id,
                   'channel', n.channel,
                   'state', CASE WHEN n.delivered_at IS NOT NULL THEN 'delivered'
                                 WHEN n.failed_at IS NOT NULL THEN 'failed'
                                 ELSE 'pending' END,
                   'attempts', n.attempts,
                   'last_error', n.last_error,
                   'delivered_at', to_char(n.delivered_at AT TIME ZONE 'UTC',
                                           'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))
        FROM notifications n WHERE n.message_id = o.message_id ORDER BY n.id LIMIT 1))
FROM orders o JOIN messages m ON m.id = o.message_id
WHERE o.id = p_order_id
$$;

-- Orders with id > p_since, oldest first, at most p_limit (GET /v1/orders?since=&limit=):
-- {"orders": [order_json...], "next_since": the last id listed, or p_since when none}.
CREATE FUNCTION orders_since_json(p_since bigint, p_limit integer) RETURNS json
LANGUAGE sql STABLE AS $$
SELECT json_build_object(
    'orders', coalesce(json_agg(order_json(o.id) ORDER BY o.id), '[]'::json),
    'next_since', coalesce(max(o.id), p_since))
FROM (SELECT id FROM orders WHERE id > p_since ORDER BY id LIMIT p_limit) o
$$;
