-- order_items.menu_item_id without a foreign key: the reference is kept by the writers and by
-- menu_items refusing deletes, instead of a check per stored item.
--
-- A foreign key checks each inserted order item with a query that takes a KEY SHARE lock on
-- its menu row. Every order refers to the same few dozen menu rows, so each batch re-locks
-- them: a heap write and a WAL record per menu row per transaction, and, while two batches
-- (cores, connections, instances) hold such locks on one row at once, a MultiXact for it;
-- on top of the per-item query. The only writer of order_items, store_messages(), takes each
-- menu_item_id from a join with menu_items on the item's key in the same statement (an
-- unknown key fails the message), so what the check would catch cannot be written there.
-- What the foreign key also did, refusing to remove a menu row that orders refer to, the
-- triggers below do for every menu row: menu items are retired with available = false (as
-- `brigade menu load` does for rows missing from a new menu), never deleted, so every order
-- keeps its items. Without the key, the index that served its checks on menu_items goes too.
ALTER TABLE order_items DROP CONSTRAINT order_items_menu_item_id_fkey;
DROP INDEX order_items_menu_item_id;

CREATE FUNCTION menu_items_keep() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'menu items are never deleted (orders refer to them): set available = false'
        USING ERRCODE = '23503';
END
$$;
CREATE TRIGGER menu_items_no_delete BEFORE DELETE ON menu_items
    FOR EACH STATEMENT EXECUTE FUNCTION menu_items_keep();
CREATE TRIGGER menu_items_no_truncate BEFORE TRUNCATE ON menu_items
    FOR EACH STATEMENT EXECUTE FUNCTION menu_items_keep();
