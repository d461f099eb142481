/* test_discord_format: the Discord webhook body for an outbox payload — exact output for an
 * order and an inquiry, every limit (content, description, field value, field count, the
 * embed's total) cut where it should be and never inside a UTF-8 sequence, and refused
 * payloads. */
#include <cjson/cJSON.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "io/discord.h"

#define ELLIPSIS "\xe2\x80\xa6"

static char *format(const char *payload, uint32_t color)
{
    char *out = NULL, err[128] = "";
    size_t len = 0;
    int rc = discord_format(payload, strlen(payload), color, &out, &len, err, sizeof(err));
    CHECK_INT_EQ(rc, 0);
    if (rc) {
        fprintf(stderr, "discord_format: %s\n", err);
        return NULL;
    }
    CHECK_INT_EQ(len, strlen(out));
    return out;
}

static void test_order_exact(void)
{
    char *out = format(
        "{\"id\": \"m42\", \"category\": \"order\", \"status\": \"accepted\", \"order_id\": 123, "
        "\"items\": [{\"name\": \"Green Garden Burger\", \"qty\": 2, \"modifiers\": [\"no "
        "onions\", "
        "\"extra pickles\"], \"unit_price\": 12.50, \"score\": 1.000}, {\"name\": \"Lemonade\", "
        "\"qty\": 1, \"modifiers\": [], \"unit_price\": 6.50, \"score\": 0.912}], \"unknown\": [], "
        "\"total\": 31.50, \"reply\": \"Thanks! 2 × Green Garden Burger, 1 × Lemonade — total "
        "$31.50.\", \"customer\": \"Ana\", \"text\": \"2 green garden burgers no onions extra "
        "pickles\\nand a lemonade @everyone\"}",
        DISCORD_COLOR_ORDERS);
    CHECK_STR_EQ(
        out, "{\"content\":\"New order #123: 2× Green Garden Burger, 1× Lemonade — $31.50\","
             "\"embeds\":[{\"title\":\"Order #123 (accepted)\","
             "\"description\":\"2 green garden burgers no onions extra pickles\\nand a lemonade "
             "@everyone\",\"color\":3066993,\"fields\":["
             "{\"name\":\"Order id\",\"value\":\"123\",\"inline\":true},"
             "{\"name\":\"Total\",\"value\":\"$31.50\",\"inline\":true},"
             "{\"name\":\"Customer\",\"value\":\"Ana\",\"inline\":true},"
             "{\"name\":\"Message id\",\"value\":\"m42\",\"inline\":true},"
             "{\"name\":\"2× Green Garden Burger\",\"value\":\"$12.50 each · no onions, extra "
             "pickles\",\"inline\":false},"
             "{\"name\":\"1× Lemonade\",\"value\":\"$6.50 each\",\"inline\":false},"
             "{\"name\":\"Reply sent\",\"value\":\"Thanks! 2 × Green Garden Burger, 1 × Lemonade — "
             "total $31.50.\",\"inline\":false}]}],"
             "\"allowed_mentions\":{\"parse\":[]}}");
    free(out);
}

static void test_inquiry_and_rejected_exact(void)
{
    char *out = format("{\"id\": \"m7\", \"category\": \"inquiry\", \"status\": \"answered\", "
                       "\"items\": [], \"unknown\": [], \"reply\": \"Yes.\", \"customer\": "
                       "{\"name\": \"Bo\", \"phone\": \"+1\"}, \"text\": \"vegan\\r\\noptions?\"}",
                       DISCORD_COLOR_INQUIRIES);
    CHECK_STR_EQ(out, "{\"content\":\"Question from Bo: vegan  options?\",\"embeds\":[{\"title\":"
                      "\"Question (answered)\",\"description\":\"vegan\\r\\noptions?\",\"color\":"
                      "3447003,\"fields\":[{\"name\":\"Customer\",\"value\":\"Bo\",\"inline\":"
                      "true},{\"name\":\"Message id\",\"value\":\"m7\",\"inline\":true},{\"name\":"
                      "\"Reply sent\",\"value\":\"Yes.\",\"inline\":false}]}],"
                      "\"allowed_mentions\":{\"parse\":[]}}");
    free(out);
    out = format("{\"id\": null, \"category\": \"order\", \"status\": \"rejected\", \"items\": [], "
                 "\"unknown\": [\"hot dogs\", \"nachos\"], \"reply\": \"Sorry\"}",
                 DISCORD_COLOR_ORDERS);
    CHECK_STR_EQ(out, "{\"content\":\"Order rejected: no items settled (not on the menu: hot dogs, "
                      "nachos)\",\"embeds\":[{\"title\":\"Order (rejected)\",\"color\":3066993,"
                      "\"fields\":[{\"name\":\"Not on the menu\",\"value\":\"hot dogs, nachos\","
                      "\"inline\":false},{\"name\":\"Reply sent\",\"value\":\"Sorry\",\"inline\":"
                      "false}]}],\"allowed_mentions\":{\"parse\":[]}}");
    free(out);
}

static void test_units_and_fit(void)
{
    CHECK_INT_EQ(discord_units("abc", 3), 3);
    CHECK_INT_EQ(discord_units("\xc3\xa9", 2), 1);         /* é */
    CHECK_INT_EQ(discord_units("\xe2\x80\xa6", 3), 1);     /* … */
    CHECK_INT_EQ(discord_units("\xf0\x9f\x8d\x94", 4), 2); /* 🍔: a surrogate pair */
    CHECK_INT_EQ(discord_units("\xf0\x9f", 2), 2);         /* cut sequence: bytes */
    CHECK_INT_EQ(discord_fit("abcdef", 6, 6), 6);          /* fits whole */
    CHECK_INT_EQ(discord_fit("abcdef", 6, 5), 4);          /* 4 + "…" = 5 */
    CHECK_INT_EQ(discord_fit("\xf0\x9f\x8d\x94\xf0\x9f\x8d\x94", 8, 3), 4); /* 🍔… */
    CHECK_INT_EQ(discord_fit("\xf0\x9f\x8d\x94\xf0\x9f\x8d\x94", 8, 2), 0); /* 2 + 1 > 2 */
    CHECK_INT_EQ(discord_fit("a\xf0\x9f\x8d\x94xyz", 8, 4), 5); /* a🍔 (3 units) + … */
}

/* Units of every text the embed's total counts. */
static size_t embed_units(const cJSON *embed)
{
    size_t units = 0;
    const char *keys[] = {"title", "description"};
    for (int i = 0; i < 2; i++) {
        const cJSON *v = cJSON_GetObjectItemCaseSensitive(embed, keys[i]);
        if (cJSON_IsString(v))
            units += discord_units(v->valuestring, strlen(v->valuestring));
    }
    const cJSON *f;
    cJSON_ArrayForEach(f, cJSON_GetObjectItemCaseSensitive(embed, "fields"))
    {
        const char *name = cJSON_GetObjectItemCaseSensitive(f, "name")->valuestring;
        const char *value = cJSON_GetObjectItemCaseSensitive(f, "value")->valuestring;
        units += discord_units(name, strlen(name)) + discord_units(value, strlen(value));
    }
    return units;
}

static const char *string_at(const cJSON *obj, const char *key)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(obj, key);
    return cJSON_IsString(v) ? v->valuestring : "";
}

static int ends_with_ellipsis(const char *s)
{
    size_t n = strlen(s);
    return n >= 3 && memcmp(s + n - 3, ELLIPSIS, 3) == 0;
}

/* A description over 4096 units: 4095 of it and "…"; emoji never split. */
static void test_description_limit(void)
{
    char payload[32768];
    int n = snprintf(payload, sizeof(payload), "{\"category\": \"other\", \"text\": \"");
    for (int i = 0; i < 5000; i++)
        payload[n++] = 'a';
    snprintf(payload + n, sizeof(payload) - (size_t)n, "\"}");
    char *out = format(payload, DISCORD_COLOR_OTHER);
    cJSON *root = cJSON_Parse(out);
    const cJSON *embed = cJSON_GetArrayItem(cJSON_GetObjectItemCaseSensitive(root, "embeds"), 0);
    const char *d = string_at(embed, "description");
    CHECK_INT_EQ(discord_units(d, strlen(d)), DISCORD_DESCRIPTION_MAX);
    CHECK_INT_EQ(strlen(d), 4095 + 3);
    CHECK(ends_with_ellipsis(d));
    const char *content = string_at(root, "content");
    CHECK_INT_EQ(discord_units(content, strlen(content)), DISCORD_CONTENT_MAX);
    CHECK(strncmp(content, "Message: aaa", 12) == 0);
    CHECK(ends_with_ellipsis(content));
    cJSON_Delete(root);
    free(out);

    n = snprintf(payload, sizeof(payload), "{\"category\": \"other\", \"text\": \"");
    for (int i = 0; i < 3000; i++) /* 🍔 = 2 units: 6000 units */
        n += snprintf(payload + n, sizeof(payload) - (size_t)n, "\xf0\x9f\x8d\x94");
    snprintf(payload + n, sizeof(payload) - (size_t)n, "\"}");
    out = format(payload, DISCORD_COLOR_OTHER);
    root = cJSON_Parse(out);
    embed = cJSON_GetArrayItem(cJSON_GetObjectItemCaseSensitive(root, "embeds"), 0);
    d = string_at(embed, "description");
    CHECK_INT_EQ(strlen(d), 2047 * 4 + 3); /* 4094 units + "…" = 4095: a 2048th would not fit */
    CHECK_INT_EQ(discord_units(d, strlen(d)), 4095);
    cJSON_Delete(root);
    free(out);
}

/* 40 items, one with 300 modifiers: 25 fields at most, the last "+N more items"; a field
 * value of 1024 units; the content cut at 2000; the embed within 6000. */
static void test_fields_limits(void)
{
    size_t cap = 200000;
    char *payload = malloc(cap);
    int n = snprintf(payload, cap,
                     "{\"category\": \"order\", \"status\": \"accepted\", "
                     "\"order_id\": \"9\", \"total\": 1.00, \"items\": [");
    for (int i = 0; i < 40; i++) {
        n += snprintf(payload + n, cap - (size_t)n,
                      "%s{\"name\": \"Item number %02d with a rather long menu name, grilled to "
                      "order\", \"qty\": %d, "
                      "\"unit_price\": 1.25, \"modifiers\": [",
                      i ? ", " : "", i, i + 1);
        for (int m = 0; i == 0 && m < 300; m++)
            n += snprintf(payload + n, cap - (size_t)n, "%s\"modifier %03d\"", m ? ", " : "", m);
        n += snprintf(payload + n, cap - (size_t)n, "]}");
    }
    snprintf(payload + n, cap - (size_t)n, "], \"unknown\": [], \"reply\": \"ok\"}");
    char *out = format(payload, DISCORD_COLOR_ORDERS);
    cJSON *root = cJSON_Parse(out);
    const char *content = string_at(root, "content");
    CHECK_INT_EQ(discord_units(content, strlen(content)), DISCORD_CONTENT_MAX);
    CHECK(ends_with_ellipsis(content));
    const cJSON *embed = cJSON_GetArrayItem(cJSON_GetObjectItemCaseSensitive(root, "embeds"), 0);
    const cJSON *fields = cJSON_GetObjectItemCaseSensitive(embed, "fields");
    CHECK_INT_EQ(cJSON_GetArraySize(fields), DISCORD_FIELDS_MAX);
    /* Order id, Total, then items 0..20, "+19 more items", Reply sent. */
    CHECK_STR_EQ(string_at(cJSON_GetArrayItem(fields, 2), "name"),
                 "1× Item number 00 with a rather long menu name, grilled to order");
    const char *first_value = string_at(cJSON_GetArrayItem(fields, 2), "value");
    CHECK_INT_EQ(discord_units(first_value, strlen(first_value)), DISCORD_FIELD_VALUE_MAX);
    CHECK(strncmp(first_value, "$1.25 each · modifier 000, modifier 001", 40) == 0);
    CHECK(ends_with_ellipsis(first_value));
    CHECK_STR_EQ(string_at(cJSON_GetArrayItem(fields, 22), "name"),
                 "21× Item number 20 with a rather long menu name, grilled to order");
    CHECK_STR_EQ(string_at(cJSON_GetArrayItem(fields, 23), "name"), "+19 more items");
    CHECK(strncmp(string_at(cJSON_GetArrayItem(fields, 23), "value"),
                  "22× Item number 21 with a rather long menu name, grilled to order, 23× Item",
                  74) == 0);
    CHECK_STR_EQ(string_at(cJSON_GetArrayItem(fields, 24), "name"), "Reply sent");
    CHECK(embed_units(embed) <= DISCORD_EMBED_TOTAL_MAX);
    cJSON_Delete(root);
    free(out);
    free(payload);
}

/* Odd but valid payloads: wrong types are left out, odd numbers print without harm. */
static void test_odd_payload(void)
{
    char *out = format("{\"category\": \"order\", \"order_id\": 1.5, \"id\": 1e300, "
                       "\"customer\": [1], \"total\": \"lots\", \"items\": [{\"name\": \"A\", "
                       "\"qty\": 1e300, \"modifiers\": [1, \"x\"]}, {\"qty\": 2}, 7, "
                       "{\"name\": \"B\", \"qty\": -2.5}]}",
                       DISCORD_COLOR_ORDERS);
    CHECK_STR_EQ(out, "{\"content\":\"Order: 1e+300× A, -2.5× B\",\"embeds\":[{\"title\":"
                      "\"Order\",\"color\":3066993,\"fields\":[{\"name\":\"1e+300× A\","
                      "\"value\":\"x\",\"inline\":false},{\"name\":\"-2.5× B\",\"value\":"
                      "\"as on the menu\",\"inline\":false}]}],\"allowed_mentions\":{\"parse\":"
                      "[]}}");
    free(out);
}

static void test_refused(void)
{
    char *out = NULL, err[128] = "";
    size_t len = 0;
    CHECK_INT_EQ(discord_format("[1]", 3, 0, &out, &len, err, sizeof(err)), -EINVAL);
    CHECK_STR_EQ(err, "payload is not a JSON object");
    CHECK_INT_EQ(discord_format("{\"a\":", 5, 0, &out, &len, err, sizeof(err)), -EINVAL);
    size_t big = DISCORD_PAYLOAD_MAX + 1;
    char *huge = malloc(big);
    memset(huge, ' ', big);
    huge[0] = '{';
    huge[big - 1] = '}';
    CHECK_INT_EQ(discord_format(huge, big, 0, &out, &len, err, sizeof(err)), -EINVAL);
    CHECK_STR_EQ(err, "payload is 262145 bytes, over the 262144-byte limit");
    CHECK(out == NULL);
    free(huge);
}

int main(void)
{
    test_order_exact();
    test_inquiry_and_rejected_exact();
    test_units_and_fit();
    test_description_limit();
    test_fields_limits();
    test_odd_payload();
    test_refused();
    return check_finish("test_discord_format");
}
