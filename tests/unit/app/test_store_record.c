/* test_store_record.c — the order id goes into a result right after its status, in place or
 * into another buffer, whatever the id holds; what is not a result is refused. */
#include "check.h"

#include <errno.h>

#include "gateway/app/store_record.h"

static void check_splice(const char *json, int64_t id, const char *want)
{
    char out[512];
    int n = store_record_with_order_id(json, strlen(json), id, out, sizeof(out));
    CHECK_INT_EQ(n, (int)strlen(want));
    if (n > 0) {
        out[n] = '\0';
        CHECK_STR_EQ(out, want);
    }
}

int main(void)
{
    check_splice("{\"id\": \"a\", \"category\": \"order\", \"status\": \"accepted\", \"intents\": "
                 "[\"order\"], \"total\": 9.25}",
                 42,
                 "{\"id\": \"a\", \"category\": \"order\", \"status\": \"accepted\", \"order_id\": "
                 "42, \"intents\": [\"order\"], \"total\": 9.25}");
    /* An id that looks like the key it searches for stays untouched: inside a string every
     * quote is escaped. */
    check_splice("{\"id\": \"x\\\", \\\"intents\\\": [\", \"category\": \"order\", \"status\": "
                 "\"accepted\", \"intents\": []}",
                 9007199254740993LL,
                 "{\"id\": \"x\\\", \\\"intents\\\": [\", \"category\": \"order\", \"status\": "
                 "\"accepted\", \"order_id\": 9007199254740993, \"intents\": []}");

    /* In place, the buffer holding the JSON is the output. */
    char buf[256] =
        "{\"id\": null, \"category\": \"order\", \"status\": \"accepted\", \"intents\": []}";
    int n = store_record_with_order_id(buf, strlen(buf), 7, buf, sizeof(buf));
    CHECK(n > 0);
    if (n > 0) {
        buf[n] = '\0';
        CHECK_STR_EQ(buf, "{\"id\": null, \"category\": \"order\", \"status\": \"accepted\", "
                          "\"order_id\": 7, \"intents\": []}");
    }

    char small[40];
    const char *r = "{\"id\": null, \"status\": \"accepted\", \"intents\": []}";
    CHECK_INT_EQ(store_record_with_order_id(r, strlen(r), 1, small, sizeof(small)), -ENOSPC);
    CHECK_INT_EQ(store_record_with_order_id("[1, 2]", 6, 1, small, sizeof(small)), -EINVAL);
    CHECK_INT_EQ(store_record_with_order_id("{\"id\": 1}", 9, 1, small, sizeof(small)), -EINVAL);

    CHECK_STR_EQ(store_record_channels[ORDER_CATEGORY_ORDER], "orders");
    CHECK_STR_EQ(store_record_channels[ORDER_CATEGORY_INQUIRY], "inquiries");
    CHECK_STR_EQ(store_record_channels[ORDER_CATEGORY_OTHER], "other");
    return check_failures ? 1 : 0;
}
