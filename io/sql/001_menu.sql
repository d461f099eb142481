-- The menu: one row per item, keyed by a stable slug. Rows are never deleted by a menu load
-- (past order_items reference them); an item absent from the latest CSV is marked unavailable.
CREATE TABLE menu_items (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    key            text NOT NULL UNIQUE
                   CHECK (key ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND octet_length(key) <= 64),
    name           text NOT NULL CHECK (name <> ''),
    section        text NOT NULL DEFAULT '',
    description    text NOT NULL DEFAULT '',
    price_cents    integer NOT NULL CHECK (price_cents >= 0),
    available      boolean NOT NULL DEFAULT true,
    -- Order of the item in the CSV it came from, so every reader lists the menu the same way.
    position       integer NOT NULL DEFAULT 0,
    -- The menu_versions row of the load that last listed this item.
    loaded_version bigint NOT NULL DEFAULT 0,
    updated_at     timestamptz NOT NULL DEFAULT now()
);

-- One row per successful `brigade menu load`; the current menu version is max(version).
-- Caches carry the version they were filled from, so a stale cache is detected.
CREATE TABLE menu_versions (
    version    bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    item_count integer NOT NULL CHECK (item_count >= 0),
    source     text NOT NULL DEFAULT '',
    loaded_at  timestamptz NOT NULL DEFAULT now()
);
