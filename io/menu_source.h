/* menu_source.h — how a reader gets the menu: memcached first, PostgreSQL when the cache
 * cannot be trusted, then the cache is refilled from what PostgreSQL returned.
 *
 * The cache is trusted only when it holds the version PostgreSQL calls current (one cheap
 * query), so a load that could not reach memcached, or a cache filled by another load, is
 * never served stale. */
#ifndef BRIGADE_IO_MENU_SOURCE_H
#define BRIGADE_IO_MENU_SOURCE_H

#include "io/menu.h"
#include "io/menu_cache.h"

#include <libpq-fe.h>
#include <stddef.h>
#include <stdint.h>

enum menu_source {
    MENU_SOURCE_NONE,
    MENU_SOURCE_MEMCACHED,
    MENU_SOURCE_POSTGRESQL,
    MENU_SOURCE_MAX,
};

/* "memcached", "postgresql" or "none". */
const char *menu_source_name(enum menu_source source);

/* What happened besides the result, for logs and tests. */
struct menu_source_report {
    enum menu_source source;
    int cache_rc;      /* menu_cache_read's result; 1 when the cache was not consulted */
    int repopulate_rc; /* menu_cache_write's result after a fallback; 1 when not attempted */
    char cache_error[MENU_ERROR_MAX];
    char repopulate_error[MENU_ERROR_MAX];
};

/* Reads the menu into *out (zero-initialised by the caller). `conn` or `cache` may be NULL
 * (not configured), not both. Steps: ask PostgreSQL for the current version; read memcached
 * expecting it (any version when PostgreSQL did not answer); on any cache failure read
 * PostgreSQL and, when a menu was ever loaded, write it back to memcached with ttl_seconds.
 * A PostgreSQL menu that was never loaded (version 0) is read from PostgreSQL as empty.
 * Returns 0 with report->source set; otherwise the last failure's -errno (-EIO when
 * PostgreSQL failed, the cache's code when only the cache was configured), err says why. */
int menu_source_read(PGconn *conn, struct menu_cache *cache, int64_t ttl_seconds, struct menu *out,
                     struct menu_source_report *report, char *err, size_t err_size);

#endif
