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

-- store_messages(batch, lease_ms) stores a batch of messages (a JSON array; keys below) in the
-- caller's transaction and returns one row per message. Each message succeeds or fails alone.
--
-- Keys of one message: c client id (null: never deduplicated), u customer, t text,
-- k category (order|inquiry|other), s status, r the result object as JSON text,
-- tc total cents, i items [{m menu key, q qty, d [modifiers], p unit price cents}],
-- qn question, an answer, ch outbox channel (null: no notification).
--
-- Idempotency: messages.client_id is UNIQUE. A client id already stored (or stored earlier in
-- this batch, or by a transaction still in flight, whose unique-index entry makes this insert
-- wait for it) returns the original message, order and result with r_duplicate and creates
-- nothing. Messages are inserted in client-id order, so two batches that share client ids
-- take their locks in the same order and cannot deadlock.
--
-- One row per message: r_idx its position in `batch`; on failure r_sqlstate/r_error are set
-- and every id is null. Only an accepted order is an order (an `orders` row with its items
-- and an order id); a rejected one, or one asked back about, is a message whose reply said
-- why. A fresh order's stored result is the given result with "order_id"
-- added; its notification payload is that with "customer" and "text" too (what the notifier
-- formats), due after `lease_ms` (the gateway gives 1 ms and pokes its claimer at once).
--
-- Two paths with the same results: store_messages_all() writes the whole batch with one
-- statement per table inside one subtransaction (the common case: every message is good);
-- if anything in it fails, that subtransaction rolls back and store_messages_each() stores
-- message by message, each inside its own BEGIN ... EXCEPTION block (a subtransaction), so
-- the bad message fails alone and the rest still commit.
CREATE TYPE store_messages_row AS (
    r_idx integer, r_message_id bigint, r_order_id bigint, r_notification_id bigint,
    r_duplicate boolean, r_result jsonb, r_sqlstate text, r_error text);

-- The per-message path (see above).
CREATE FUNCTION store_messages_each(batch jsonb, lease_ms integer)
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
            IF m->>'k' = 'order' AND m->>'s' = 'accepted' THEN
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
                SELECT ms.id, (SELECT o.id FROM orders o WHERE o.message_id = ms.id), ms.result
                INTO r_message_id, r_order_id, r_result
                FROM messages ms WHERE ms.client_id = m->>'c';
                r_duplicate := true;
            ELSE
                IF m->>'k' = 'order' AND m->>'s' = 'accepted' THEN
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
                    VALUES (m->>'ch',
                            v_result || jsonb_build_object('customer', coalesce(m->>'u', ''),
                                                           'text', m->>'t'),
                            r_message_id,
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

-- The set-based path (see above): ids are drawn first so every table's rows can be written by
-- one INSERT ... SELECT over the batch; any failure raises and the caller falls back.
CREATE FUNCTION store_messages_all(batch jsonb, lease_ms integer)
RETURNS SETOF store_messages_row LANGUAGE plpgsql AS $$
DECLARE
    v_missing text;
    v_mids bigint[];
    v_oids bigint[];
    v_nids bigint[];
    v_new bigint[]; -- message ids actually inserted (the others are duplicates)
    v_dups text[];  -- client ids of the duplicates
BEGIN
    SELECT it->>'m' INTO v_missing
    FROM jsonb_array_elements(batch) AS m, jsonb_array_elements(coalesce(m->'i', '[]')) AS it
    WHERE m->>'k' = 'order' AND m->>'s' = 'accepted'
      AND NOT EXISTS (SELECT 1 FROM menu_items mi WHERE mi.key = it->>'m')
    LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION 'unknown menu item key "%"', v_missing USING ERRCODE = '23503';
    END IF;
    IF EXISTS (SELECT 1 FROM jsonb_array_elements(batch) AS m
               WHERE jsonb_typeof((m->>'r')::jsonb) IS DISTINCT FROM 'object') THEN
        RAISE EXCEPTION 'the result must be a JSON object' USING ERRCODE = '22023';
    END IF;
    SELECT array_agg(nextval('messages_id_seq') ORDER BY e.n),
           array_agg(CASE WHEN e.m->>'k' = 'order' AND e.m->>'s' = 'accepted' THEN nextval('orders_id_seq') END
                     ORDER BY e.n),
           array_agg(CASE WHEN e.m->>'ch' IS NOT NULL THEN nextval('notifications_id_seq') END
                     ORDER BY e.n)
    INTO v_mids, v_oids, v_nids
    FROM jsonb_array_elements(batch) WITH ORDINALITY AS e(m, n);

    WITH ins AS (
        INSERT INTO messages (id, client_id, customer, text, category, status, result)
        SELECT v_mids[e.n], e.m->>'c', coalesce(e.m->>'u', ''), e.m->>'t', e.m->>'k', e.m->>'s',
               CASE WHEN e.m->>'k' = 'order' AND e.m->>'s' = 'accepted'
                    THEN (e.m->>'r')::jsonb || jsonb_build_object('order_id', v_oids[e.n])
                    ELSE (e.m->>'r')::jsonb END
        FROM jsonb_array_elements(batch) WITH ORDINALITY AS e(m, n)
        ORDER BY e.m->>'c' NULLS LAST, e.n
        ON CONFLICT (client_id) DO NOTHING
        RETURNING id)
    SELECT coalesce(array_agg(id), '{}') INTO v_new FROM ins;

    INSERT INTO orders (id, message_id, customer, total_cents)
    SELECT v_oids[e.n], v_mids[e.n], coalesce(e.m->>'u', ''), (e.m->>'tc')::integer
    FROM jsonb_array_elements(batch) WITH ORDINALITY AS e(m, n)
    WHERE e.m->>'k' = 'order' AND e.m->>'s' = 'accepted' AND v_mids[e.n] = ANY (v_new)
    ORDER BY e.n;

    INSERT INTO order_items (order_id, menu_item_id, qty, modifiers, unit_price_cents)
    SELECT v_oids[e.n], mi.id, (it.item->>'q')::integer,
           ARRAY(SELECT jsonb_array_elements_text(coalesce(it.item->'d', '[]'))),
           (it.item->>'p')::integer
    FROM jsonb_array_elements(batch) WITH ORDINALITY AS e(m, n)
    CROSS JOIN LATERAL jsonb_array_elements(e.m->'i') WITH ORDINALITY AS it(item, k)
    JOIN menu_items mi ON mi.key = it.item->>'m'
    WHERE e.m->>'k' = 'order' AND e.m->>'s' = 'accepted' AND v_mids[e.n] = ANY (v_new)
    ORDER BY e.n, it.k;

    INSERT INTO enquiries (message_id, question, answer)
    SELECT v_mids[e.n], coalesce(e.m->>'qn', e.m->>'t'), coalesce(e.m->>'an', '')
    FROM jsonb_array_elements(batch) WITH ORDINALITY AS e(m, n)
    WHERE e.m->>'k' = 'inquiry' AND v_mids[e.n] = ANY (v_new)
    ORDER BY e.n;

    INSERT INTO notifications (id, channel, payload, message_id, next_attempt_at)
    SELECT v_nids[e.n], e.m->>'ch',
           CASE WHEN e.m->>'k' = 'order' AND e.m->>'s' = 'accepted'
                THEN (e.m->>'r')::jsonb || jsonb_build_object('order_id', v_oids[e.n])
                ELSE (e.m->>'r')::jsonb END
             || jsonb_build_object('customer', coalesce(e.m->>'u', ''), 'text', e.m->>'t'),
           v_mids[e.n], now() + lease_ms * interval '1 millisecond'
    FROM jsonb_array_elements(batch) WITH ORDINALITY AS e(m, n)
    WHERE e.m->>'ch' IS NOT NULL AND v_mids[e.n] = ANY (v_new)
    ORDER BY e.n;

    IF cardinality(v_new) = cardinality(v_mids) THEN -- no duplicate: nothing to look up
        RETURN QUERY
        SELECT (g.n - 1)::integer, v_mids[g.n], v_oids[g.n], v_nids[g.n], false,
               NULL::jsonb, NULL::text, NULL::text
        FROM generate_series(1, cardinality(v_mids)) AS g(n);
        RETURN;
    END IF;
    -- A duplicate's original is visible now: this statement's snapshot is newer than the
    -- transaction it waited for, and sees this batch's own rows. Looked up by the unique
    -- index (= ANY), never by a join the planner could turn into a scan of messages.
    SELECT array_agg(e.m->>'c') INTO v_dups
    FROM jsonb_array_elements(batch) WITH ORDINALITY AS e(m, n)
    WHERE NOT (v_mids[e.n] = ANY (v_new));
    IF EXISTS (SELECT 1 FROM unnest(v_dups) AS c(client_id)
               WHERE NOT EXISTS (SELECT 1 FROM messages ms WHERE ms.client_id = c.client_id)) THEN
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
               FROM messages ms WHERE ms.client_id = ANY (v_dups)) AS d
           ON d.client_id = e.m->>'c' AND NOT (v_mids[e.n] = ANY (v_new))
    ORDER BY e.n;
END
$$;

CREATE FUNCTION store_messages(batch jsonb, lease_ms integer)
RETURNS SETOF store_messages_row LANGUAGE plpgsql AS $$
DECLARE
    v_rows store_messages_row[];
BEGIN
    BEGIN
        SELECT array_agg(f) INTO v_rows FROM store_messages_all(batch, lease_ms) AS f;
    EXCEPTION WHEN OTHERS THEN
        v_rows := NULL; -- rolled back to before the batch: store message by message
    END;
    IF v_rows IS NOT NULL THEN
        RETURN QUERY SELECT * FROM unnest(v_rows);
    ELSE
        RETURN QUERY SELECT * FROM store_messages_each(batch, lease_ms);
    END IF;
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
