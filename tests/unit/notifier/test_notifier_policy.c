/* test_notifier_policy: when to try a webhook again — Retry-After in every form (seconds,
 * fractions, the three HTTP-date forms), Discord's retry_after and X-RateLimit-Reset-After,
 * the capped exponential backoff with jitter, and which answers are retried, which fail. */
#include <curl/curl.h>
#include <errno.h>
#include <stdint.h>
#include <string.h>

#include "check.h"
#include "io/notifier.h"
#include "io/retry_after.h"

#define S(text) text, strlen(text)

static void test_seconds(void)
{
    CHECK_INT_EQ(retry_after_seconds_ms(S("2")), 2000);
    CHECK_INT_EQ(retry_after_seconds_ms(S(" 0.25 ")), 250);
    CHECK_INT_EQ(retry_after_seconds_ms(S("1.337")), 1337);
    CHECK_INT_EQ(retry_after_seconds_ms(S("1.3371")), 1338); /* rounds up: never early */
    CHECK_INT_EQ(retry_after_seconds_ms(S("1.3370000")), 1337);
    CHECK_INT_EQ(retry_after_seconds_ms(S("0")), 0);
    CHECK_INT_EQ(retry_after_seconds_ms(S("99999999999999999999")), RETRY_AFTER_MAX_MS);
    CHECK_INT_EQ(retry_after_seconds_ms(S("")), -1);
    CHECK_INT_EQ(retry_after_seconds_ms(S("-1")), -1);
    CHECK_INT_EQ(retry_after_seconds_ms(S(".5")), -1);
    CHECK_INT_EQ(retry_after_seconds_ms(S("1.")), -1);
    CHECK_INT_EQ(retry_after_seconds_ms(S("1e3")), -1);
    CHECK_INT_EQ(retry_after_seconds_ms(S("12abc")), -1);
}

static void test_header(void)
{
    const time_t date = 784111777; /* Sun, 06 Nov 1994 08:49:37 GMT */
    CHECK_INT_EQ(retry_after_header_ms(S("120"), date), 120000);
    CHECK_INT_EQ(retry_after_header_ms(S("1.5"), date), 1500);
    CHECK_INT_EQ(retry_after_header_ms(S("Sun, 06 Nov 1994 08:49:37 GMT"), date - 120), 120000);
    CHECK_INT_EQ(retry_after_header_ms(S("Sunday, 06-Nov-94 08:49:37 GMT"), date - 3), 3000);
    CHECK_INT_EQ(retry_after_header_ms(S("Sun Nov  6 08:49:37 1994"), date - 1), 1000);
    CHECK_INT_EQ(retry_after_header_ms(S("Sun, 06 Nov 1994 08:49:37 GMT"), date + 60), 0);
    CHECK_INT_EQ(retry_after_header_ms(S("Sun, 06 Nov 2094 08:49:37 GMT"), date),
                 RETRY_AFTER_MAX_MS);
    CHECK_INT_EQ(retry_after_header_ms(S("soon"), date), -1);
    CHECK_INT_EQ(retry_after_header_ms(S("-5"), date), -1);
    CHECK_INT_EQ(retry_after_header_ms(S(""), date), -1);
}

static void test_json_body(void)
{
    CHECK_INT_EQ(retry_after_json_body_ms(S("{\"message\": \"You are being rate limited.\", "
                                            "\"retry_after\": 0.1, \"global\": false}")),
                 100);
    CHECK_INT_EQ(retry_after_json_body_ms(S("{\"retry_after\": 1.2345}")), 1235);
    CHECK_INT_EQ(retry_after_json_body_ms(S("{\"retry_after\": 3}")), 3000);
    CHECK_INT_EQ(retry_after_json_body_ms(S("{\"retry_after\": 1e12}")), RETRY_AFTER_MAX_MS);
    CHECK_INT_EQ(retry_after_json_body_ms(S("{\"retry_after\": -1}")), -1);
    CHECK_INT_EQ(retry_after_json_body_ms(S("{\"retry_after\": \"2\"}")), -1);
    CHECK_INT_EQ(retry_after_json_body_ms(S("[{\"retry_after\": 2}]")), -1);
    CHECK_INT_EQ(retry_after_json_body_ms(S("not json")), -1);
    CHECK_INT_EQ(retry_after_json_body_ms(S("")), -1);
}

static void test_backoff(void)
{
    /* random 0 gives the low end d/2, random d - d/2 the high end d. */
    CHECK_INT_EQ(notifier_backoff_ms(1000, 60000, 1, 0), 500);
    CHECK_INT_EQ(notifier_backoff_ms(1000, 60000, 1, 500), 1000);
    CHECK_INT_EQ(notifier_backoff_ms(1000, 60000, 2, 1000), 2000);
    CHECK_INT_EQ(notifier_backoff_ms(1000, 60000, 3, 2000), 4000);
    CHECK_INT_EQ(notifier_backoff_ms(1000, 60000, 6, 16000), 32000);
    CHECK_INT_EQ(notifier_backoff_ms(1000, 60000, 7, 30000), 60000); /* capped */
    CHECK_INT_EQ(notifier_backoff_ms(1000, 60000, 7, 0), 30000);
    CHECK_INT_EQ(notifier_backoff_ms(1000, 60000, 1000, 30000), 60000); /* no overflow */
    CHECK_INT_EQ(notifier_backoff_ms(UINT32_MAX, UINT32_MAX, 40, 0), UINT32_MAX / 2);
    for (uint32_t a = 1; a <= 40; a++) {
        for (uint64_t r = 0; r < 5000; r += 7) {
            uint64_t rnd = r * 0x9e3779b97f4a7c15ull;
            uint64_t d = notifier_backoff_ms(250, 300000, a, rnd);
            uint64_t full = a <= 11 ? 250ull << (a - 1) : 300000;
            if (full > 300000)
                full = 300000;
            CHECK(d >= full / 2);
            CHECK(d <= full);
        }
    }
}

static void test_classify(void)
{
    CHECK_INT_EQ(notifier_classify(200, CURLE_OK), NOTIFIER_VERDICT_DELIVERED);
    CHECK_INT_EQ(notifier_classify(204, CURLE_OK), NOTIFIER_VERDICT_DELIVERED);
    CHECK_INT_EQ(notifier_classify(429, CURLE_OK), NOTIFIER_VERDICT_RATE_LIMITED);
    CHECK_INT_EQ(notifier_classify(408, CURLE_OK), NOTIFIER_VERDICT_TRANSIENT);
    CHECK_INT_EQ(notifier_classify(500, CURLE_OK), NOTIFIER_VERDICT_TRANSIENT);
    CHECK_INT_EQ(notifier_classify(503, CURLE_OK), NOTIFIER_VERDICT_TRANSIENT);
    CHECK_INT_EQ(notifier_classify(400, CURLE_OK), NOTIFIER_VERDICT_PERMANENT);
    CHECK_INT_EQ(notifier_classify(401, CURLE_OK), NOTIFIER_VERDICT_PERMANENT);
    CHECK_INT_EQ(notifier_classify(404, CURLE_OK), NOTIFIER_VERDICT_PERMANENT);
    CHECK_INT_EQ(notifier_classify(301, CURLE_OK), NOTIFIER_VERDICT_PERMANENT);
    CHECK_INT_EQ(notifier_classify(0, CURLE_OPERATION_TIMEDOUT), NOTIFIER_VERDICT_TRANSIENT);
    CHECK_INT_EQ(notifier_classify(0, CURLE_COULDNT_CONNECT), NOTIFIER_VERDICT_TRANSIENT);
    CHECK_INT_EQ(notifier_classify(0, CURLE_COULDNT_RESOLVE_HOST), NOTIFIER_VERDICT_TRANSIENT);
    CHECK_INT_EQ(notifier_classify(0, CURLE_GOT_NOTHING), NOTIFIER_VERDICT_TRANSIENT);
    CHECK_INT_EQ(notifier_classify(0, CURLE_UNSUPPORTED_PROTOCOL), NOTIFIER_VERDICT_PERMANENT);
    CHECK_INT_EQ(notifier_classify(0, CURLE_URL_MALFORMAT), NOTIFIER_VERDICT_PERMANENT);
}

static void test_channels(void)
{
    enum notifier_channel c = NOTIFIER_CHANNEL_MAX;
    CHECK_INT_EQ(notifier_channel_parse("orders", &c), 0);
    CHECK_INT_EQ(c, NOTIFIER_CHANNEL_ORDERS);
    CHECK_INT_EQ(notifier_channel_parse("inquiries", &c), 0);
    CHECK_INT_EQ(c, NOTIFIER_CHANNEL_INQUIRIES);
    CHECK_INT_EQ(notifier_channel_parse("other", &c), 0);
    CHECK_INT_EQ(c, NOTIFIER_CHANNEL_OTHER);
    CHECK_INT_EQ(notifier_channel_parse("Orders", &c), -EINVAL);
    CHECK_INT_EQ(notifier_channel_parse(NULL, &c), -EINVAL);
    CHECK_STR_EQ(notifier_channel_name(NOTIFIER_CHANNEL_INQUIRIES), "inquiries");
}

int main(void)
{
    test_seconds();
    test_header();
    test_json_body();
    test_backoff();
    test_classify();
    test_channels();
    return check_finish("test_notifier_policy");
}
