/* retry_after.h — how long a server asked us to wait: the Retry-After header (RFC 9110
 * 10.2.3: delta-seconds or an HTTP-date), Discord's X-RateLimit-Reset-After header and the
 * `retry_after` member of its 429 JSON body (seconds, fractional).
 *
 * Every parser rounds up to whole milliseconds, so a client that waits the returned time is
 * never early, and caps at RETRY_AFTER_MAX_MS, so a hostile or broken server cannot park a
 * notification for years. Pure functions, no allocation. */
#ifndef BRIGADE_IO_RETRY_AFTER_H
#define BRIGADE_IO_RETRY_AFTER_H

#include <stddef.h>
#include <stdint.h>
#include <time.h>

#define RETRY_AFTER_MAX_MS   (24LL * 3600 * 1000) /* one day */
#define RETRY_AFTER_TEXT_MAX 64                   /* longest value read (an HTTP-date is 29) */

/* Decimal seconds as Discord writes them ("2", "0.25", "1.337"), blanks around allowed.
 * Returns milliseconds rounded up and capped, or -1 when the text is anything else (empty,
 * negative, exponent, trailing garbage). */
int64_t retry_after_seconds_ms(const char *text, size_t len);

/* A Retry-After header value: delta-seconds (fractions accepted, as some servers send them)
 * or an HTTP-date in any of the three forms RFC 9110 requires recipients to read (IMF-fixdate,
 * RFC 850, asctime), read by curl_getdate. `now` is the current Unix time for dates. Returns
 * milliseconds (0 for a date already past), capped, or -1 when the value is neither. */
int64_t retry_after_header_ms(const char *value, size_t len, time_t now);

/* The `retry_after` member (a non-negative number of seconds) of a JSON object body, as
 * Discord sends with a 429. Returns milliseconds rounded up and capped, or -1 when the body
 * is not such an object. */
int64_t retry_after_json_body_ms(const char *body, size_t len);

#endif
