/* test_menu_cache_format.c — memcached key, value and expiration rules (no server needed). */
#include "check.h"
#include "io/menu_cache.h"

#include <errno.h>

static void test_expiration(void)
{
    const time_t now = 1800000000; /* 2027-01-15 */
    CHECK_INT_EQ(menu_cache_expiration(0, now), 0);
    CHECK_INT_EQ(menu_cache_expiration(1, now), 1);
    CHECK_INT_EQ(menu_cache_expiration(3600, now), 3600);
    CHECK_INT_EQ(menu_cache_expiration(2592000, now), 2592000);
    CHECK_INT_EQ(menu_cache_expiration(2592001, now), now + 2592001);
    CHECK_INT_EQ(menu_cache_expiration(31536000, now), now + 31536000);
}

static void test_keys(void)
{
    char key[MENU_CACHE_KEY_MAX + 1];
    CHECK_INT_EQ(menu_cache_item_key("brigade", "classic-fries", key, sizeof(key)), 31);
    CHECK_STR_EQ(key, "brigade:menu:item:classic-fries");
    char small[8];
    CHECK_INT_EQ(menu_cache_item_key("brigade", "classic-fries", small, sizeof(small)),
                 -ENAMETOOLONG);
}

static void test_value(void)
{
    char value[MENU_CACHE_VALUE_MAX];
    struct menu_item item = {"fish", "Fish & Chips", "mains",
                             "Cod | chips, \"mushy\" peas\nand "
                             "lemon",
                             1295};
    int n = menu_cache_format_value(&item, value, sizeof(value));
    const char *expected = "Fish & Chips|Cod | chips, \"mushy\" peas\nand lemon|12.95";
    CHECK_INT_EQ(n, strlen(expected));
    CHECK_STR_EQ(value, expected);

    struct menu_cache_value v;
    CHECK_INT_EQ(menu_cache_parse_value(value, (size_t)n, &v), 0);
    CHECK_MEM_EQ(v.name, v.name_len, "Fish & Chips", 12);
    const char *description = "Cod | chips, \"mushy\" peas\nand lemon";
    CHECK_MEM_EQ(v.description, v.description_len, description, strlen(description));
    CHECK_INT_EQ(v.price_cents, 1295);

    struct menu_item piped = {"a", "A|B", "", "", 100};
    CHECK_INT_EQ(menu_cache_format_value(&piped, value, sizeof(value)), -EINVAL);

    struct menu_item empty = {"tea", "Tea", "", "", 5};
    n = menu_cache_format_value(&empty, value, sizeof(value));
    CHECK_STR_EQ(value, "Tea||0.05");
    CHECK_INT_EQ(menu_cache_parse_value(value, (size_t)n, &v), 0);
    CHECK_INT_EQ(v.description_len, 0);
    CHECK_INT_EQ(v.price_cents, 5);

    const char *bad[] = {
        "", "Tea", "Tea|0.05", "|desc|1.00", "Tea|desc|", "Tea|desc|1.5.0", "Tea|desc|-1"};
    for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
        CHECK_INT_EQ(menu_cache_parse_value(bad[i], strlen(bad[i]), &v), -EPROTO);
}

static void test_open_validation(void)
{
    struct menu_cache *cache = NULL;
    char err[MENU_ERROR_MAX];
    CHECK_INT_EQ(menu_cache_open("127.0.0.1:11211,localhost:11212", NULL, &cache, err, sizeof(err)),
                 0);
    CHECK(cache != NULL);
    menu_cache_close(cache);
    const char *bad_servers[] = {"",           "127.0.0.1:", ":11211", "host:0",
                                 "host:65536", "a,",         "h st:1", "host:12x"};
    for (size_t i = 0; i < sizeof(bad_servers) / sizeof(bad_servers[0]); i++) {
        CHECK_INT_EQ(menu_cache_open(bad_servers[i], NULL, &cache, err, sizeof(err)), -EINVAL);
        CHECK(cache == NULL);
    }
    CHECK_INT_EQ(menu_cache_open("127.0.0.1:1", "has space", &cache, err, sizeof(err)), -EINVAL);
    CHECK_STR_EQ(err, "bad memcached namespace 'has space' (want 1-64 of [A-Za-z0-9_.-])");
}

int main(void)
{
    test_expiration();
    test_keys();
    test_value();
    test_open_validation();
    return check_finish("test_menu_cache_format");
}
