/* test_json_strict.c — the checks cJSON leaves out: UTF-8, raw control characters, NUL in
 * keys and named fields, number form, integer ids, duplicate keys, the charset parameter. */
#include <cjson/cJSON.h>

#include "check.h"
#include "gateway/http/json_strict.h"

static const struct json_strict_field fields[] = {
    {"id", JSON_STRICT_NO_NUL | JSON_STRICT_INT53},
    {"text", JSON_STRICT_NO_NUL},
    {NULL, 0},
};

/* Runs both checks as a route does: cJSON first (the text must parse), then the text, then
 * the keys. Returns the kind and leaves the message in *e. */
static enum json_strict_kind strict(const char *text, struct json_strict_error *e)
{
    size_t n = strlen(text);
    cJSON *json = cJSON_ParseWithLength(text, n);
    CHECK(json != NULL);
    if (!json)
        return JSON_STRICT_KIND_MAX;
    if (json_strict_check_text(text, n, fields, e))
        json_strict_check_keys(json, e);
    cJSON_Delete(json);
    return e->kind;
}

/* message: what json_strict_describe gives (the message and its offset), NULL: not checked. */
static void expect(const char *text, enum json_strict_kind kind, const char *message)
{
    struct json_strict_error e;
    CHECK_INT_EQ(strict(text, &e), kind);
    char described[JSON_STRICT_MESSAGE_BYTES_MAX + 32];
    json_strict_describe(&e, described, sizeof(described));
    if (message)
        CHECK_STR_EQ(described, message);
}

static void test_valid(void)
{
    expect("{\"id\": \"m1\", \"text\": \"caf\xc3\xa9 \\u00e9 \\n\"}", JSON_STRICT_OK, "");
    expect("{\"id\": 9007199254740992, \"text\": \"hi\"}", JSON_STRICT_OK, "");
    expect("{\"id\": -9007199254740992, \"text\": \"hi\"}", JSON_STRICT_OK, "");
    expect("{\"id\": 0, \"text\": \"hi\", \"other\": 1.5e3}", JSON_STRICT_OK, "");
    /* Rules are for top-level members only; NUL elsewhere is legal JSON. */
    expect("{\"customer\": {\"id\": 1.5, \"text\": \"a\\u0000b\"}, \"note\": \"\\u0000\"}",
           JSON_STRICT_OK, "");
    expect("[{\"a\": 1}, {\"a\": 2}]", JSON_STRICT_OK, "");
    expect("\"\\ud83c\\udf54\"", JSON_STRICT_OK, "");
}

static void test_utf8_and_controls(void)
{
    expect("{\"text\": \"caf\xc3 ok\"}", JSON_STRICT_INVALID_UTF8, "invalid UTF-8 at offset 13");
    expect("{\"text\": \"\xc0\xaf\"}", JSON_STRICT_INVALID_UTF8, "invalid UTF-8 at offset 10");
    expect("\"\xed\xa0\x80\"", JSON_STRICT_INVALID_UTF8,
           "invalid UTF-8 at offset 1"); /* surrogate */
    expect("{\"text\": \"a\tb\"}", JSON_STRICT_INVALID_JSON,
           "unescaped control character U+0009 in a string at offset 11");
    expect("{\"te\nxt\": 1}", JSON_STRICT_INVALID_JSON,
           "unescaped control character U+000A in a string at offset 4");
}

static void test_nul(void)
{
    expect("{\"text\": \"one Falafel\\u0000 Wrap no onions\"}", JSON_STRICT_INVALID_FIELD,
           "field \"text\" holds U+0000 (\\u0000) at offset 21");
    expect("{\"id\": \"a\\u0000\", \"text\": \"hi\"}", JSON_STRICT_INVALID_FIELD,
           "field \"id\" holds U+0000 (\\u0000) at offset 9");
    /* An escaped key names the same field. */
    expect("{\"\\u0074ext\": \"\\u0000\"}", JSON_STRICT_INVALID_FIELD, NULL);
    expect("{\"a\\u0000b\": 1}", JSON_STRICT_INVALID_JSON,
           "U+0000 (\\u0000) in an object key at offset 3");
}

static void test_numbers(void)
{
    const char *bad_ids[] = {"1.5",
                             "1e999",
                             "1E2",
                             "1.0",
                             "9007199254740993",
                             "-9007199254740993",
                             "123456789012345678901"};
    for (size_t i = 0; i < sizeof(bad_ids) / sizeof(bad_ids[0]); i++) {
        char text[96];
        snprintf(text, sizeof(text), "{\"id\": %s, \"text\": \"hi\"}", bad_ids[i]);
        struct json_strict_error e;
        CHECK_INT_EQ(strict(text, &e), JSON_STRICT_INVALID_FIELD);
        CHECK_STR_EQ(e.field, "id");
    }
    expect("{\"id\": 1.5}", JSON_STRICT_INVALID_FIELD,
           "field \"id\" must be a string or an integer from -2^53 to 2^53 (no fraction, no "
           "exponent) at offset 7");
    /* Forms strtod takes and RFC 8259 does not. */
    expect("[01]", JSON_STRICT_INVALID_JSON, "malformed number at offset 1");
    expect("[1.]", JSON_STRICT_INVALID_JSON, "malformed number at offset 1");
    expect("[1.e5]", JSON_STRICT_INVALID_JSON, "malformed number at offset 1");
}

static void test_priority(void)
{
    /* A problem of the text wins over a field rule found before it. */
    struct json_strict_error e;
    CHECK_INT_EQ(strict("{\"id\": 1.5, \"text\": \"a\tb\"}", &e), JSON_STRICT_INVALID_JSON);
    CHECK(e.field == NULL);
}

static void test_duplicates(void)
{
    expect("{\"id\": \"1\", \"text\": \"a\", \"id\": \"2\"}", JSON_STRICT_INVALID_JSON,
           "duplicate key \"id\"");
    expect("{\"text\": \"a\", \"\\u0074ext\": \"b\"}", JSON_STRICT_INVALID_JSON,
           "duplicate key \"text\"");
    expect("[{\"x\": {\"y\": 1, \"y\": 2}}]", JSON_STRICT_INVALID_JSON, "duplicate key \"y\"");
    /* Past the pairwise size: the sorted path. */
    char big[4096];
    size_t n = (size_t)snprintf(big, sizeof(big), "{");
    for (int i = 0; i < 100; i++)
        n += (size_t)snprintf(big + n, sizeof(big) - n, "\"k%d\": %d, ", i, i);
    snprintf(big + n, sizeof(big) - n, "\"k42\": 0}");
    expect(big, JSON_STRICT_INVALID_JSON, "duplicate key \"k42\"");
    big[n - 2] = '}';
    big[n - 1] = '\0';
    expect(big, JSON_STRICT_OK, "");
    /* A long key is cut in the message. */
    expect("{\"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\": 1, "
           "\"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\": 2}",
           JSON_STRICT_INVALID_JSON,
           "duplicate key \"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa...\"");
}

static bool charset_ok(const char *t)
{
    return json_strict_charset_ok(t, strlen(t));
}

static void test_charset(void)
{
    CHECK(charset_ok("application/json"));
    CHECK(charset_ok("application/json; charset=utf-8"));
    CHECK(charset_ok("application/json;charset=UTF-8"));
    CHECK(charset_ok("application/json; Charset=\"Utf-8\""));
    CHECK(charset_ok("application/x-ndjson; charset=utf-8 ; foo=bar"));
    CHECK(charset_ok("application/json; foo=\"a;charset=latin1\""));
    CHECK(!charset_ok("application/json; charset=latin1"));
    CHECK(!charset_ok("application/json; charset=\"iso-8859-1\""));
    CHECK(!charset_ok("application/json; charset=utf-16"));
    CHECK(!charset_ok("application/json; charset=utf8"));
    CHECK(!charset_ok("application/json; charset="));
    CHECK(!charset_ok("application/json; charset"));
    CHECK(!charset_ok("application/json; charset=utf-8; charset=latin1"));
    CHECK(!charset_ok("application/json; charset=utf-8x"));
}

int main(void)
{
    test_valid();
    test_utf8_and_controls();
    test_nul();
    test_numbers();
    test_priority();
    test_duplicates();
    test_charset();
    return check_finish("test_json_strict");
}
