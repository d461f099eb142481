/* test_order_json.c — a message as store_messages() JSON: exact bytes for each category,
 * escaping, the byte bound (nothing half-appended), and the checks submit relies on (UTF-8,
 * required fields, item limits). */
#include "check.h"
#include "io/order_json.h"

#include <errno.h>

static const char *const mods[] = {"no \"onions\"", "tab\there"};
static const struct order_store_item items[] = {
    {"burger", 2, mods, 2, 900},
    {"fries", 1, NULL, 0, 375},
};

static struct order_store_message order(void)
{
    return (struct order_store_message){
        .client_id = "c-1",
        .customer = "Zoë",
        .text = "2 burgers\nand fries",
        .category = ORDER_STORE_ORDER,
        .status = "accepted",
        .result_json = "{\"reply\":\"ok\"}",
        .total_cents = 2175,
        .items = items,
        .item_count = 2,
        .outbox_channel = "orders",
    };
}

static void test_encode(void)
{
    char buf[1024];
    size_t len = 0;
    struct order_store_message m = order();
    CHECK_INT_EQ(order_json_encode(&m, buf, &len, sizeof(buf)), 0);
    const char *want = "{\"k\":\"order\",\"c\":\"c-1\",\"u\":\"Zoë\",\"t\":\"2 burgers\\u000aand "
                       "fries\",\"s\":\"accepted\",\"r\":\"{\\\"reply\\\":\\\"ok\\\"}\","
                       "\"ch\":\"orders\",\"tc\":2175,\"i\":[{\"m\":\"burger\",\"q\":2,\"p\":900,"
                       "\"d\":[\"no \\\"onions\\\"\",\"tab\\u0009here\"]},{\"m\":\"fries\","
                       "\"q\":1,\"p\":375,\"d\":[]}]}";
    CHECK_MEM_EQ(buf, len, want, strlen(want));

    struct order_store_message q = {
        .text = "open?",
        .category = ORDER_STORE_INQUIRY,
        .status = "answered",
        .result_json = "{}",
        .question = "open late?",
        .answer = "until 11\\pm",
    };
    len = 0;
    CHECK_INT_EQ(order_json_encode(&q, buf, &len, sizeof(buf)), 0);
    want = "{\"k\":\"inquiry\",\"t\":\"open?\",\"s\":\"answered\",\"r\":\"{}\",\"qn\":\"open "
           "late?\",\"an\":\"until 11\\\\pm\"}";
    CHECK_MEM_EQ(buf, len, want, strlen(want));

    /* Appends after what is there; too small a cap leaves *len as it was. */
    struct order_store_message o = {
        .text = "hi", .category = ORDER_STORE_OTHER, .status = "logged", .result_json = "{}"};
    memcpy(buf, "[", 1);
    len = 1;
    CHECK_INT_EQ(order_json_encode(&o, buf, &len, sizeof(buf)), 0);
    want = "[{\"k\":\"other\",\"t\":\"hi\",\"s\":\"logged\",\"r\":\"{}\"}";
    CHECK_MEM_EQ(buf, len, want, strlen(want));
    size_t full = len;
    len = 1;
    CHECK_INT_EQ(order_json_encode(&o, buf, &len, full - 1), -EMSGSIZE);
    CHECK_INT_EQ(len, 1);
    len = 1;
    CHECK_INT_EQ(order_json_encode(&o, buf, &len, full), 0); /* exactly fits */
    len = 10;
    CHECK_INT_EQ(order_json_encode(&o, buf, &len, 5), -EMSGSIZE); /* already past the cap */

    /* An inbox row's message carries the row id (the store marks the row consumed). */
    o.client_id = "inbox:42";
    o.inbox_id = 42;
    len = 0;
    CHECK_INT_EQ(order_json_encode(&o, buf, &len, sizeof(buf)), 0);
    want = "{\"k\":\"other\",\"c\":\"inbox:42\",\"t\":\"hi\",\"s\":\"logged\",\"r\":\"{}\","
           "\"ib\":42}";
    CHECK_MEM_EQ(buf, len, want, strlen(want));
}

static void test_utf8(void)
{
    CHECK(order_json_utf8_valid("", 0));
    CHECK(order_json_utf8_valid("Zo\xc3\xab \xe2\x82\xac \xf0\x9f\x8d\x94", 13));
    CHECK(!order_json_utf8_valid("\xc3", 1));             /* truncated */
    CHECK(!order_json_utf8_valid("\xc0\xaf", 2));         /* overlong */
    CHECK(!order_json_utf8_valid("\xe0\x80\xaf", 3));     /* overlong */
    CHECK(!order_json_utf8_valid("\xed\xa0\x80", 3));     /* surrogate */
    CHECK(!order_json_utf8_valid("\xf4\x90\x80\x80", 4)); /* past U+10FFFF */
    CHECK(!order_json_utf8_valid("\xff", 1));
    CHECK(!order_json_utf8_valid("\xe2\x28\xa1", 3));    /* bad continuation */
    CHECK(order_json_utf8_valid("\xf4\x8f\xbf\xbf", 4)); /* U+10FFFF */
}

static void test_check(void)
{
    struct order_store_message m = order();
    CHECK_INT_EQ(order_json_check(&m), 0);
    m.status = NULL;
    CHECK_INT_EQ(order_json_check(&m), -EINVAL);
    m = order();
    m.total_cents = -1;
    CHECK_INT_EQ(order_json_check(&m), -EINVAL);
    m = order();
    m.item_count = ORDER_STORE_ITEMS_MAX + 1;
    CHECK_INT_EQ(order_json_check(&m), -EINVAL);
    m = order();
    m.items = NULL;
    CHECK_INT_EQ(order_json_check(&m), -EINVAL);
    m = order();
    m.answer = "\x80";
    CHECK_INT_EQ(order_json_check(&m), -EILSEQ);
    struct order_store_item bad[] = {{"burger", 1, NULL, ORDER_STORE_MODIFIERS_MAX + 1, 1}};
    m = order();
    m.items = bad;
    m.item_count = 1;
    CHECK_INT_EQ(order_json_check(&m), -EINVAL);
    /* Items of a non-order are not read. */
    m.category = ORDER_STORE_OTHER;
    CHECK_INT_EQ(order_json_check(&m), 0);
    m = order();
    m.inbox_id = -1;
    CHECK_INT_EQ(order_json_check(&m), -EINVAL);
}

int main(void)
{
    test_encode();
    test_utf8();
    test_check();
    return check_finish("test_order_json");
}
