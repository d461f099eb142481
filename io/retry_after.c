/* retry_after.c — Retry-After, X-RateLimit-Reset-After and Discord's retry_after (see
 * retry_after.h). */
#include "io/retry_after.h"

#include <cjson/cJSON.h>
#include <curl/curl.h>
#include <math.h>
#include <string.h>

#include "kernels/assert.h"

#define RETRY_AFTER_ASSERT(cond) BRIGADE_ASSERT(cond)

enum {
    RETRY_AFTER_FRACTION_DIGITS = 3, /* milliseconds: further digits only round up */
};

static int is_blank(char c)
{
    return c == ' ' || c == '\t';
}

/* Trims blanks (HTTP's OWS) from both ends of [*s, *s + *len). */
static void trim_blanks(const char **s, size_t *len)
{
    while (*len && is_blank((*s)[0])) {
        (*s)++;
        (*len)--;
    }
    while (*len && is_blank((*s)[*len - 1]))
        (*len)--;
}

int64_t retry_after_seconds_ms(const char *text, size_t len)
{
    trim_blanks(&text, &len);
    size_t i = 0;
    int64_t ms = 0;
    while (i < len && text[i] >= '0' && text[i] <= '9') {
        if (ms < RETRY_AFTER_MAX_MS) /* past the cap the digits only need to be valid */
            ms = ms * 10 + (text[i] - '0') * 1000;
        i++;
    }
    if (i == 0)
        return -1; /* no leading digit: empty, "-1", ".5" */
    if (i < len && text[i] == '.') {
        size_t start = ++i;
        int64_t scale = 100;
        int beyond_ms = 0; /* a non-zero digit past the milliseconds */
        for (; i < len && text[i] >= '0' && text[i] <= '9'; i++) {
            if (i - start < RETRY_AFTER_FRACTION_DIGITS) {
                ms += (text[i] - '0') * scale;
                scale /= 10;
            } else {
                beyond_ms |= text[i] != '0';
            }
        }
        if (i == start)
            return -1;   /* "1." */
        ms += beyond_ms; /* round up: never early */
    }
    if (i != len)
        return -1;
    return ms < RETRY_AFTER_MAX_MS ? ms : RETRY_AFTER_MAX_MS;
}

int64_t retry_after_header_ms(const char *value, size_t len, time_t now)
{
    int64_t ms = retry_after_seconds_ms(value, len);
    if (ms >= 0)
        return ms;
    trim_blanks(&value, &len);
    if (len == 0 || len > RETRY_AFTER_TEXT_MAX)
        return -1;
    /* curl_getdate reads bare numbers and other loose forms too: a date has a month name. */
    int letters = 0;
    for (size_t i = 0; i < len; i++)
        letters += (value[i] >= 'A' && value[i] <= 'Z') || (value[i] >= 'a' && value[i] <= 'z');
    if (letters < 3)
        return -1;
    char text[RETRY_AFTER_TEXT_MAX + 1];
    memcpy(text, value, len);
    text[len] = '\0';
    time_t when = curl_getdate(text, NULL);
    if (when == (time_t)-1)
        return -1;
    if (when <= now)
        return 0;
    int64_t s = (int64_t)(when - now);
    return s < RETRY_AFTER_MAX_MS / 1000 ? s * 1000 : RETRY_AFTER_MAX_MS;
}

int64_t retry_after_json_body_ms(const char *body, size_t len)
{
    cJSON *root = cJSON_ParseWithLength(body, len);
    if (!root)
        return -1;
    int64_t ms = -1;
    const cJSON *ra = cJSON_GetObjectItemCaseSensitive(root, "retry_after");
    if (cJSON_IsObject(root) && cJSON_IsNumber(ra) && isfinite(ra->valuedouble) &&
        ra->valuedouble >= 0) {
        double want = ceil(ra->valuedouble * 1000.0 - 1e-6); /* 0.1 * 1000 is 100.00000000001 */
        ms = want < (double)RETRY_AFTER_MAX_MS ? (int64_t)want : RETRY_AFTER_MAX_MS;
        RETRY_AFTER_ASSERT(ms >= 0);
    }
    cJSON_Delete(root);
    return ms;
}
