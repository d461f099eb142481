-- Several consumers on one inbox (io/inbox.c: one per core, in any number of brigade
-- processes): each row is claimed by one consumer at a time, so the consumers share the
-- work instead of each reading every row.
--
-- A claim is a lease written by a short transaction of its own: the consuming connection's
-- backend pid, when, and until when. The row is still consumed by the transaction that
-- stores its message (006_inbox_consume), so exactly once never rests on the claim: a row
-- processed twice (a lease that ran out, a consumer that died after its store committed) is
-- found stored under its client id the second time and creates nothing. The claim only
-- keeps the consumers off each other's rows.
--
-- A claim ends when the row is consumed, when its consumer releases it (inbox_release: not
-- stored this time), when its lease runs out (a consumer alive but stuck), or at once when
-- the claiming backend is gone (its process was killed: the server ends the session when the
-- socket closes). A claim is live while a backend with that pid exists that started before
-- the claim (a later backend reusing the pid is not the claimer); this reads
-- pg_stat_activity's backend_start, visible for sessions of the same role (or with
-- pg_read_all_stats): run every consumer under one role, else other roles' claims count as
-- gone and their rows may be processed twice (still stored once).
-- A claim rewrites the row once more; room left on each page lets that new version stay on
-- the row's page without new index entries (a HOT update: no claim column is indexed).
ALTER TABLE inbox SET (fillfactor = 50);
ALTER TABLE inbox ADD COLUMN claimed_by integer;
ALTER TABLE inbox ADD COLUMN claimed_at timestamptz;
ALTER TABLE inbox ADD COLUMN lease_until timestamptz;

-- Claims up to p_limit unconsumed rows that nobody holds, oldest first, for p_lease_ms, and
-- returns them in id order with the client id the message is stored under ("inbox:<id>" for
-- a row without one). SKIP LOCKED: rows another consumer is claiming, or a store is
-- consuming, right now are passed over, never waited for. Rows whose claim changed after
-- this statement's snapshot are checked again against their newest version before they are
-- taken (READ COMMITTED's recheck of FOR UPDATE), so two consumers never both take a row.
CREATE FUNCTION inbox_claim(p_limit integer, p_lease_ms integer)
RETURNS TABLE (r_id bigint, r_client_id text, r_customer text, r_text text)
LANGUAGE sql VOLATILE AS $$
WITH claimed AS (
    UPDATE inbox i
       SET claimed_by = pg_backend_pid(), claimed_at = now(),
           lease_until = now() + p_lease_ms * interval '1 millisecond'
     WHERE i.id IN (
           SELECT f.id FROM inbox f
            WHERE f.consumed_at IS NULL
              AND (f.claimed_by IS NULL OR f.lease_until <= now()
                   OR NOT EXISTS (SELECT 1 FROM pg_stat_get_activity(f.claimed_by) a
                                   WHERE a.backend_start <= f.claimed_at))
            ORDER BY f.id
            LIMIT p_limit
              FOR UPDATE SKIP LOCKED)
    RETURNING i.id, i.client_id, i.customer, i.text)
SELECT c.id, coalesce(nullif(c.client_id, ''), 'inbox:' || c.id), c.customer, c.text
  FROM claimed c
 ORDER BY c.id
$$;

-- Gives row p_id back (its message was not stored this time): any consumer may claim it now.
-- Only the claimer's own claim is released.
CREATE FUNCTION inbox_release(p_id bigint) RETURNS void LANGUAGE sql VOLATILE AS $$
UPDATE inbox SET claimed_by = NULL, claimed_at = NULL, lease_until = NULL
 WHERE id = p_id AND claimed_by = pg_backend_pid() AND consumed_at IS NULL
$$;
