/* menu_source.c — memcached first, PostgreSQL on any doubt, then refill the cache. */
#include "io/menu_source.h"

#include "io/menu_store.h"

#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "kernels/assert.h"

#define MENU_SOURCE_ASSERT(cond) BRIGADE_ASSERT(cond)

const char *menu_source_name(enum menu_source source)
{
    static const char *const names[MENU_SOURCE_MAX] = {"none", "memcached", "postgresql"};
    MENU_SOURCE_ASSERT(source >= MENU_SOURCE_NONE && source < MENU_SOURCE_MAX);
    return names[source];
}

int menu_source_read(PGconn *conn, struct menu_cache *cache, int64_t ttl_seconds, struct menu *out,
                     struct menu_source_report *report, char *err, size_t err_size)
{
    MENU_SOURCE_ASSERT(conn != NULL || cache != NULL);
    MENU_SOURCE_ASSERT(out->count == 0 && out->items == NULL);
    memset(report, 0, sizeof(*report));
    report->cache_rc = 1;
    report->repopulate_rc = 1;

    int64_t version = 0;
    int pg_rc = conn ? menu_store_version(conn, &version, err, err_size) : -ENOTCONN;
    bool never_loaded = pg_rc == 0 && version == 0;
    if (cache && !never_loaded) {
        report->cache_rc = menu_cache_read(cache, pg_rc == 0 ? version : 0, out,
                                           report->cache_error, sizeof(report->cache_error));
        if (report->cache_rc == 0) {
            report->source = MENU_SOURCE_MEMCACHED;
            return 0;
        }
        if (!conn) {
            snprintf(err, err_size, "%s", report->cache_error);
            return report->cache_rc;
        }
    }
    int rc = pg_rc == 0 ? menu_store_read(conn, out, err, err_size) : pg_rc;
    if (rc < 0)
        return rc;
    report->source = MENU_SOURCE_POSTGRESQL;
    if (cache && out->version > 0)
        report->repopulate_rc = menu_cache_write(cache, out, ttl_seconds, report->repopulate_error,
                                                 sizeof(report->repopulate_error));
    return 0;
}
