-- Transactional outbox: a row is written in the same transaction as the order it announces,
-- and the notifier delivers it afterwards (claiming rows with FOR UPDATE SKIP LOCKED, so any
-- number of instances deliver without duplicates).
CREATE TABLE notifications (
    id              bigserial PRIMARY KEY,
    channel         text NOT NULL,
    payload         jsonb NOT NULL,
    attempts        integer NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    next_attempt_at timestamptz NOT NULL DEFAULT now(),
    delivered_at    timestamptz,
    last_error      text,
    created_at      timestamptz NOT NULL DEFAULT now()
);
-- Only undelivered rows are ever scanned, so the index holds only them and stays small.
CREATE INDEX notifications_due ON notifications (next_attempt_at) WHERE delivered_at IS NULL;
