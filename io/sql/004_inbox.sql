-- Messages written by other systems for the gateway to process. Each insert notifies channel
-- `brigade_inbox` (payload: the row id), so the consumer waits on LISTEN instead of polling.
CREATE TABLE inbox (
    id          bigserial PRIMARY KEY,
    source      text NOT NULL DEFAULT '',
    client_id   text UNIQUE,
    customer    text NOT NULL DEFAULT '',
    text        text NOT NULL,
    received_at timestamptz NOT NULL DEFAULT now(),
    consumed_at timestamptz
);
CREATE INDEX inbox_unconsumed ON inbox (id) WHERE consumed_at IS NULL;

CREATE FUNCTION inbox_notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('brigade_inbox', NEW.id::text);
    RETURN NEW;
END
$$;
CREATE TRIGGER inbox_notify AFTER INSERT ON inbox FOR EACH ROW EXECUTE FUNCTION inbox_notify();
