-- Every message the gateway accepted. client_id is the id the client sent (nullable: a
-- message without one cannot be deduplicated); UNIQUE makes a retried message find its first
-- row instead of creating a second order.
CREATE TABLE messages (
    id          bigserial PRIMARY KEY,
    client_id   text UNIQUE,
    customer    text NOT NULL DEFAULT '',
    text        text NOT NULL,
    category    text CHECK (category IN ('order', 'inquiry', 'other')),
    status      text NOT NULL DEFAULT 'received'
                CHECK (status IN ('received', 'accepted', 'rejected', 'review', 'answered',
                                  'logged')),
    result      jsonb,
    received_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX messages_received_at ON messages (received_at);

-- At most one order per message (UNIQUE message_id): the second guard against duplicates.
CREATE TABLE orders (
    id          bigserial PRIMARY KEY,
    message_id  bigint NOT NULL UNIQUE REFERENCES messages (id),
    customer    text NOT NULL DEFAULT '',
    status      text NOT NULL DEFAULT 'accepted',
    total_cents integer NOT NULL CHECK (total_cents >= 0),
    created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX orders_created_at ON orders (created_at);

-- Lines of an order. The unit price is copied from the menu at order time: a later menu load
-- must not change what a past order cost.
CREATE TABLE order_items (
    id               bigserial PRIMARY KEY,
    order_id         bigint NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
    menu_item_id     bigint NOT NULL REFERENCES menu_items (id),
    qty              integer NOT NULL CHECK (qty > 0),
    modifiers        text[] NOT NULL DEFAULT '{}',
    unit_price_cents integer NOT NULL CHECK (unit_price_cents >= 0)
);
CREATE INDEX order_items_order_id ON order_items (order_id);
CREATE INDEX order_items_menu_item_id ON order_items (menu_item_id);

-- Questions about the menu and the answer the gateway gave.
CREATE TABLE enquiries (
    id         bigserial PRIMARY KEY,
    message_id bigint NOT NULL UNIQUE REFERENCES messages (id),
    question   text NOT NULL,
    answer     text NOT NULL DEFAULT '',
    created_at timestamptz NOT NULL DEFAULT now()
);
