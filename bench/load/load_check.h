/* load_check.h — response checks: expected status and JSON body fields. */
#ifndef BRIGADE_BENCH_LOAD_CHECK_H
#define BRIGADE_BENCH_LOAD_CHECK_H

#include "bench/load/load_config.h"

#include <stdbool.h>
#include <stddef.h>

/* Is this status what the run expects (cfg->expect_status, or any 2xx when 0)? */
bool load_check_status(const struct load_config *cfg, int status);

/* Do all --expect-field checks hold on this JSON body? true when there are none. A body that
 * is not JSON, or not an object, fails every check. */
bool load_check_body(const struct load_config *cfg, const char *body, size_t len);

#endif
