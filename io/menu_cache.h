/* menu_cache.h — the menu in memcached (libmemcached, text protocol, ketama hashing).
 *
 * Keys (NS = namespace, default "brigade"; slugs are [a-z0-9-], so keys never hold spaces or
 * control characters and stay far below memcached's 250 bytes):
 *   NS:menu:item:<slug>  value "name|description|price", price as dollars ("9.95"). Names
 *                        never hold '|' (the CSV parser rejects it); descriptions may, since
 *                        the value splits at the first and the last '|'.
 *   NS:menu:sections     "<version>\n<section of item 1>\n<section of item 2>..." (sections
 *                        are not part of the item value, whose format other readers share)
 *   NS:menu:index        "<version>\n<slug 1>\n<slug 2>...", in menu order; written last, so
 *                        a reader that finds it finds a complete menu.
 * Reading takes two round trips whatever the menu size: get the index, then one multi-get for
 * the sections key and every item key. */
#ifndef BRIGADE_IO_MENU_CACHE_H
#define BRIGADE_IO_MENU_CACHE_H

#include "io/menu.h"

#include <stddef.h>
#include <stdint.h>
#include <time.h>

#define MENU_CACHE_ENV               "BRIGADE_MEMCACHED"
#define MENU_CACHE_NAMESPACE_DEFAULT "brigade"
#define MENU_CACHE_NAMESPACE_MAX     64      /* bytes of [A-Za-z0-9_.-] */
#define MENU_CACHE_KEY_MAX           250     /* memcached's own limit */
#define MENU_CACHE_TIMEOUT_MS        200     /* connect and poll: a dead server fails fast */
#define MENU_CACHE_RETRY_S           1       /* a failed server is retried after this long */
#define MENU_CACHE_RELATIVE_TTL_MAX  2592000 /* 30 days: memcached reads larger as Unix time */
#define MENU_CACHE_TTL_DEFAULT       0       /* never expire: loads overwrite, versions detect */
#define MENU_CACHE_VALUE_MAX         (MENU_NAME_MAX + MENU_DESCRIPTION_MAX + MENU_PRICE_TEXT_MAX + 2)
#define MENU_CACHE_SERVERS_MAX       1024 /* bytes of the "host:port,host:port" list */

_Static_assert(MENU_CACHE_NAMESPACE_MAX + sizeof(":menu:item:") + MENU_KEY_MAX < MENU_CACHE_KEY_MAX,
               "every item key fits memcached's key limit");

struct menu_cache; /* a memcached connection set and a namespace; one thread at a time */

/* Opens a handle for `servers` ("host:port[,host:port...]", port default 11211) and namespace
 * `ns` (NULL: MENU_CACHE_NAMESPACE_DEFAULT). No connection is made yet. Returns 0 and
 * *out (free with menu_cache_close), or -EINVAL for a bad list or namespace (err says which). */
int menu_cache_open(const char *servers, const char *ns, struct menu_cache **out, char *err,
                    size_t err_size);
void menu_cache_close(struct menu_cache *cache);

/* The memcached expiration for a TTL in seconds at time `now`: 0 (never) for 0, the TTL
 * itself up to MENU_CACHE_RELATIVE_TTL_MAX, and now + ttl above it, because memcached reads
 * any larger value as an absolute Unix time. ttl_seconds must be >= 0. */
time_t menu_cache_expiration(int64_t ttl_seconds, time_t now);

/* Writes NS:menu:item:<slug> into out. Returns the length, or -ENAMETOOLONG. */
int menu_cache_item_key(const char *ns, const char *slug, char *out, size_t out_size);

/* Formats an item's value "name|description|price" into out (MENU_CACHE_VALUE_MAX bytes).
 * Returns the length (no NUL counted), or -EINVAL when the name holds '|'. */
int menu_cache_format_value(const struct menu_item *item, char *out, size_t out_size);

/* A parsed item value; the pointers point into the value given to the parser. */
struct menu_cache_value {
    const char *name, *description;
    size_t name_len, description_len;
    int32_t price_cents;
};

/* Splits a value at its first and last '|' and parses the price. Returns 0, or -EPROTO when
 * there are fewer than two '|', the name is empty or the price is malformed. */
int menu_cache_parse_value(const char *value, size_t len, struct menu_cache_value *out);

/* Writes every item, then the sections key, then the index, all with the same expiration
 * (menu_cache_expiration(ttl_seconds, time(NULL))). menu->version must be > 0. Returns 0, or
 * -EIO with err naming the key and memcached's error; a partial write leaves the previous
 * index or none, so readers never see a half-written menu as complete. */
int menu_cache_write(struct menu_cache *cache, const struct menu *menu, int64_t ttl_seconds,
                     char *err, size_t err_size);

/* Reads the whole menu into *out (zero-initialised by the caller). expected_version > 0
 * demands that version; 0 accepts any. Returns 0 with out->version set; -ENOENT when the index
 * or any item is missing; -ESTALE when the version differs; -EPROTO when a value does not
 * parse; -EIO when memcached fails or is down. On error *out stays empty and err says why. */
int menu_cache_read(struct menu_cache *cache, int64_t expected_version, struct menu *out, char *err,
                    size_t err_size);

#endif
