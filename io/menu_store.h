/* menu_store.h — the menu in PostgreSQL, the source of truth (tables menu_items and
 * menu_versions, io/sql/001_menu.sql). Blocking libpq calls: for commands and start-up. */
#ifndef BRIGADE_IO_MENU_STORE_H
#define BRIGADE_IO_MENU_STORE_H

#include "io/menu.h"

#include <libpq-fe.h>
#include <stddef.h>
#include <stdint.h>

/* pg_advisory_xact_lock key taken by every menu load ("brigmenu" in ASCII), so two loads at
 * once serialise instead of interleaving their upserts. */
#define MENU_STORE_LOCK_KEY 0x627269676d656e75LL

/* Replaces the menu in one transaction: inserts a menu_versions row (source: a label such as
 * the CSV path, may be ""), upserts every item by key (ON CONFLICT (key) DO UPDATE, marking it
 * available, updated_at changed only when a field changed), and marks every item not in
 * `menu` unavailable — rows are kept because past order_items reference them. On success
 * returns 0 and sets menu->version to the new version. On failure returns -EIO, nothing is
 * written (the transaction is rolled back) and err names the item and the server's reason. */
int menu_store_replace(PGconn *conn, struct menu *menu, const char *source, char *err,
                       size_t err_size);

/* Reads the current menu (available items in CSV order, and the current version) from one
 * snapshot into *out (zero-initialised by the caller). Returns 0, or -EIO with *out empty. */
int menu_store_read(PGconn *conn, struct menu *out, char *err, size_t err_size);

/* The current menu version (0 when no menu was ever loaded). Returns 0 or -EIO. */
int menu_store_version(PGconn *conn, int64_t *version_out, char *err, size_t err_size);

#endif
