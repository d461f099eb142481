-- The inbox consumer (io/inbox.c, gateway/app/inbox_feed.c): an inbox row runs through the
-- same pipeline as POST /v1/messages and is marked consumed by the transaction that stores
-- its message, so a row is consumed exactly when its results are on disk (also across a
-- crash: either both committed or neither did, and a replay is deduplicated by the
-- message's client id).

-- Why a row was consumed without a message (it cannot be analysed or stored: an empty text,
-- a text over the limit, a refusal by the database). NULL for a row that was processed.
ALTER TABLE inbox ADD COLUMN error text;

-- store_messages() as in 005_order_store, plus: a message with key "ib" (an inbox row id)
-- that was stored, or found stored under its client id, marks that row consumed in the same
-- statement, hence the same transaction. A message that failed leaves its row unconsumed
-- (the consumer records why, or retries it).
CREATE OR REPLACE FUNCTION store_messages(batch jsonb, lease_ms integer)
RETURNS SETOF store_messages_row LANGUAGE plpgsql AS $$
DECLARE
    v_rows store_messages_row[];
BEGIN
    BEGIN
        SELECT array_agg(f) INTO v_rows FROM store_messages_all(batch, lease_ms) AS f;
    EXCEPTION WHEN OTHERS THEN
        v_rows := NULL; -- rolled back to before the batch: store message by message
    END;
    IF v_rows IS NULL THEN
        SELECT array_agg(f::store_messages_row) INTO v_rows
        FROM store_messages_each(batch, lease_ms) AS f;
    END IF;
    UPDATE inbox SET consumed_at = now()
    WHERE consumed_at IS NULL
      AND id IN (SELECT (batch->r.r_idx->>'ib')::bigint
                 FROM unnest(v_rows) AS r
                 WHERE r.r_sqlstate IS NULL AND batch->r.r_idx ? 'ib');
    RETURN QUERY SELECT * FROM unnest(v_rows);
END
$$;
