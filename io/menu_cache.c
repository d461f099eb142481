/* menu_cache.c — the menu in memcached: write all keys, read them back in two round trips. */
#include "io/menu_cache.h"

#include <ctype.h>
#include <errno.h>
#include <inttypes.h>
#include <libmemcached/memcached.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "kernels/assert.h"

#define MENU_CACHE_ASSERT(cond) BRIGADE_ASSERT(cond)

#define MENU_CACHE_VERSION_TEXT_MAX 24 /* int64 digits, newline, NUL */
/* Index and sections values: a version line plus one line of at most key or section bytes
 * per item. */
#define MENU_CACHE_LIST_MAX                                                                        \
    (MENU_CACHE_VERSION_TEXT_MAX + (size_t)MENU_ITEMS_MAX * (MENU_SECTION_MAX + 1))

_Static_assert(MENU_KEY_MAX <= MENU_SECTION_MAX, "the list bound covers index lines too");
_Static_assert(MENU_CACHE_LIST_MAX < 1024 * 1024, "lists fit memcached's default item size");

struct menu_cache {
    memcached_st *mc;
    char ns[MENU_CACHE_NAMESPACE_MAX + 1];
    char index_key[MENU_CACHE_KEY_MAX + 1];
    char sections_key[MENU_CACHE_KEY_MAX + 1];
};

static void *menu_cache_xalloc(void *p)
{
    if (!p) {
        fprintf(stderr, "%s:%d: out of memory\n", __FILE__, __LINE__);
        abort();
    }
    return p;
}

time_t menu_cache_expiration(int64_t ttl_seconds, time_t now)
{
    MENU_CACHE_ASSERT(ttl_seconds >= 0);
    if (ttl_seconds <= MENU_CACHE_RELATIVE_TTL_MAX)
        return (time_t)ttl_seconds; /* 0 stays 0: never expires */
    return now + (time_t)ttl_seconds;
}

int menu_cache_item_key(const char *ns, const char *slug, char *out, size_t out_size)
{
    int n = snprintf(out, out_size, "%s:menu:item:%s", ns, slug);
    return n >= 0 && (size_t)n < out_size && n <= MENU_CACHE_KEY_MAX ? n : -ENAMETOOLONG;
}

int menu_cache_format_value(const struct menu_item *item, char *out, size_t out_size)
{
    MENU_CACHE_ASSERT(out_size >= MENU_CACHE_VALUE_MAX);
    if (strchr(item->name, '|'))
        return -EINVAL;
    char price[MENU_PRICE_TEXT_MAX];
    menu_format_price(item->price_cents, price, sizeof(price));
    int n = snprintf(out, out_size, "%s|%s|%s", item->name, item->description, price);
    MENU_CACHE_ASSERT(n >= 0 && (size_t)n < out_size); /* fields are bounded by the parser */
    return n;
}

int menu_cache_parse_value(const char *value, size_t len, struct menu_cache_value *out)
{
    const char *first = memchr(value, '|', len);
    const char *last = first;
    for (const char *p = value + len; first && p > first; p--)
        if (p[-1] == '|') {
            last = p - 1;
            break;
        }
    if (!first || last == first || first == value)
        return -EPROTO;
    const char *price = last + 1;
    size_t price_len = (size_t)(value + len - price);
    if (menu_parse_price(price, price_len, &out->price_cents) < 0)
        return -EPROTO;
    out->name = value;
    out->name_len = (size_t)(first - value);
    out->description = first + 1;
    out->description_len = (size_t)(last - first - 1);
    return 0;
}

/* "host[:port]" elements separated by commas; memcached_servers_parse accepts nearly
 * anything, so the shape is checked here to give a clear error. */
static bool menu_cache_servers_valid(const char *servers)
{
    size_t len = strlen(servers);
    if (len == 0 || len > MENU_CACHE_SERVERS_MAX)
        return false;
    const char *p = servers;
    while (*p) {
        const char *end = strchr(p, ',');
        size_t n = end ? (size_t)(end - p) : strlen(p);
        const char *colon = memchr(p, ':', n);
        size_t host_len = colon ? (size_t)(colon - p) : n;
        if (host_len == 0)
            return false;
        for (size_t i = 0; i < host_len; i++)
            if (!isalnum((unsigned char)p[i]) && p[i] != '.' && p[i] != '-')
                return false;
        if (colon) {
            long port = 0;
            size_t digits = n - host_len - 1;
            for (size_t i = 1; i <= digits; i++)
                port = isdigit((unsigned char)colon[i]) && port <= 65535
                           ? port * 10 + (colon[i] - '0')
                           : 65536;
            if (digits == 0 || port < 1 || port > 65535)
                return false;
        }
        p += n + (end ? 1 : 0);
        if (end && !*p)
            return false;
    }
    return true;
}

static bool menu_cache_namespace_valid(const char *ns)
{
    size_t len = strlen(ns);
    if (len == 0 || len > MENU_CACHE_NAMESPACE_MAX)
        return false;
    for (size_t i = 0; i < len; i++)
        if (!isalnum((unsigned char)ns[i]) && ns[i] != '_' && ns[i] != '.' && ns[i] != '-')
            return false;
    return true;
}

static void menu_cache_configure(memcached_st *mc)
{
    /* Ketama: adding or removing one server remaps only its share of the keys. */
    memcached_behavior_set(mc, MEMCACHED_BEHAVIOR_DISTRIBUTION,
                           MEMCACHED_DISTRIBUTION_CONSISTENT_KETAMA);
    memcached_behavior_set(mc, MEMCACHED_BEHAVIOR_BINARY_PROTOCOL, 0);
    memcached_behavior_set(mc, MEMCACHED_BEHAVIOR_CONNECT_TIMEOUT, MENU_CACHE_TIMEOUT_MS);
    memcached_behavior_set(mc, MEMCACHED_BEHAVIOR_POLL_TIMEOUT, MENU_CACHE_TIMEOUT_MS);
    memcached_behavior_set(mc, MEMCACHED_BEHAVIOR_RCV_TIMEOUT, MENU_CACHE_TIMEOUT_MS * 1000);
    memcached_behavior_set(mc, MEMCACHED_BEHAVIOR_SND_TIMEOUT, MENU_CACHE_TIMEOUT_MS * 1000);
    memcached_behavior_set(mc, MEMCACHED_BEHAVIOR_RETRY_TIMEOUT, MENU_CACHE_RETRY_S);
    memcached_behavior_set(mc, MEMCACHED_BEHAVIOR_TCP_NODELAY, 1);
}

int menu_cache_open(const char *servers, const char *ns, struct menu_cache **out, char *err,
                    size_t err_size)
{
    *out = NULL;
    ns = ns ? ns : MENU_CACHE_NAMESPACE_DEFAULT;
    if (!menu_cache_servers_valid(servers)) {
        snprintf(err, err_size, "bad memcached server list '%s' (want host:port[,host:port])",
                 servers);
        return -EINVAL;
    }
    if (!menu_cache_namespace_valid(ns)) {
        snprintf(err, err_size, "bad memcached namespace '%s' (want 1-%d of [A-Za-z0-9_.-])", ns,
                 MENU_CACHE_NAMESPACE_MAX);
        return -EINVAL;
    }
    struct menu_cache *cache = menu_cache_xalloc(calloc(1, sizeof(*cache)));
    cache->mc = menu_cache_xalloc(memcached_create(NULL));
    memcached_server_list_st list = memcached_servers_parse(servers);
    memcached_return_t rc = list ? memcached_server_push(cache->mc, list) : MEMCACHED_FAILURE;
    memcached_server_list_free(list);
    if (rc != MEMCACHED_SUCCESS) {
        snprintf(err, err_size, "memcached servers '%s': %s", servers,
                 memcached_strerror(cache->mc, rc));
        menu_cache_close(cache);
        return -EINVAL;
    }
    menu_cache_configure(cache->mc);
    snprintf(cache->ns, sizeof(cache->ns), "%s", ns);
    snprintf(cache->index_key, sizeof(cache->index_key), "%s:menu:index", ns);
    snprintf(cache->sections_key, sizeof(cache->sections_key), "%s:menu:sections", ns);
    *out = cache;
    return 0;
}

void menu_cache_close(struct menu_cache *cache)
{
    if (!cache)
        return;
    if (cache->mc)
        memcached_free(cache->mc);
    free(cache);
}

/* ---- writing ---- */

struct menu_cache_text {
    char *p;
    size_t len, cap;
};

static void menu_cache_text_add(struct menu_cache_text *t, const char *s, size_t n)
{
    if (t->len + n + 1 > t->cap) {
        t->cap = (t->len + n + 1) * 2;
        t->p = menu_cache_xalloc(realloc(t->p, t->cap));
    }
    memcpy(t->p + t->len, s, n);
    t->len += n;
    t->p[t->len] = '\0';
}

static int menu_cache_set(struct menu_cache *cache, const char *key, const char *value, size_t len,
                          time_t expiration, char *err, size_t err_size)
{
    memcached_return_t rc = memcached_set(cache->mc, key, strlen(key), value, len, expiration, 0);
    if (rc == MEMCACHED_SUCCESS)
        return 0;
    snprintf(err, err_size, "memcached set %s: %s", key, memcached_last_error_message(cache->mc));
    return -EIO;
}

int menu_cache_write(struct menu_cache *cache, const struct menu *menu, int64_t ttl_seconds,
                     char *err, size_t err_size)
{
    MENU_CACHE_ASSERT(menu->version > 0);
    MENU_CACHE_ASSERT(menu->count <= MENU_ITEMS_MAX);
    time_t expiration = menu_cache_expiration(ttl_seconds, time(NULL));
    struct menu_cache_text index = {0}, sections = {0};
    char line[MENU_CACHE_VERSION_TEXT_MAX];
    int n = snprintf(line, sizeof(line), "%" PRId64, menu->version);
    menu_cache_text_add(&index, line, (size_t)n);
    menu_cache_text_add(&sections, line, (size_t)n);
    char key[MENU_CACHE_KEY_MAX + 1], value[MENU_CACHE_VALUE_MAX];
    int rc = 0;
    for (size_t i = 0; rc == 0 && i < menu->count; i++) {
        const struct menu_item *item = &menu->items[i];
        MENU_CACHE_ASSERT(menu_cache_item_key(cache->ns, item->key, key, sizeof(key)) > 0);
        int len = menu_cache_format_value(item, value, sizeof(value));
        MENU_CACHE_ASSERT(len >= 0); /* names with '|' never pass the CSV parser */
        rc = menu_cache_set(cache, key, value, (size_t)len, expiration, err, err_size);
        menu_cache_text_add(&index, "\n", 1);
        menu_cache_text_add(&index, item->key, strlen(item->key));
        menu_cache_text_add(&sections, "\n", 1);
        menu_cache_text_add(&sections, item->section, strlen(item->section));
    }
    /* The index goes last: until it is replaced, readers see the previous complete menu. */
    if (rc == 0)
        rc = menu_cache_set(cache, cache->sections_key, sections.p, sections.len, expiration, err,
                            err_size);
    if (rc == 0)
        rc = menu_cache_set(cache, cache->index_key, index.p, index.len, expiration, err, err_size);
    free(index.p);
    free(sections.p);
    return rc;
}

/* ---- reading ---- */

struct menu_cache_slot {
    const char *slug;
    size_t position;
};

struct menu_cache_read_state {
    char *index, *sections;          /* owned copies of the two list values */
    char **slugs;                    /* into index, menu order */
    size_t count;                    /* items listed */
    struct menu_cache_slot *by_slug; /* sorted by slug, to match results to positions */
    char **values;                   /* owned copies of the item values, menu order */
    size_t *value_lens;
    int64_t version;
};

static void menu_cache_read_state_free(struct menu_cache_read_state *s)
{
    for (size_t i = 0; s->values && i < s->count; i++)
        free(s->values[i]);
    free(s->values);
    free(s->value_lens);
    free(s->by_slug);
    free(s->slugs);
    free(s->index);
    free(s->sections);
}

static char *menu_cache_copy(const char *value, size_t len)
{
    char *copy = menu_cache_xalloc(malloc(len + 1));
    memcpy(copy, value, len);
    copy[len] = '\0';
    return copy;
}

/* Splits "<version>\n<line>\n<line>..." in place. Returns the number of lines after the
 * version, or -EPROTO. */
static long menu_cache_split(char *text, int64_t *version, char **lines, size_t lines_max)
{
    char *end = NULL;
    errno = 0;
    long long v = strtoll(text, &end, 10);
    if (errno || end == text || v <= 0 || (*end != '\n' && *end != '\0') ||
        !isdigit((unsigned char)*text))
        return -EPROTO;
    *version = v;
    size_t n = 0;
    while (*end == '\n') {
        *end++ = '\0';
        if (n == lines_max)
            return -EPROTO;
        if (lines)
            lines[n] = end;
        n++;
        end += strcspn(end, "\n");
    }
    return (long)n;
}

static bool menu_cache_slug_valid(const char *s)
{
    size_t len = strlen(s);
    if (len == 0 || len > MENU_KEY_MAX || s[0] == '-' || s[len - 1] == '-')
        return false;
    for (size_t i = 0; i < len; i++)
        if (!islower((unsigned char)s[i]) && !isdigit((unsigned char)s[i]) && s[i] != '-')
            return false;
    return true;
}

static int menu_cache_slot_cmp(const void *a, const void *b)
{
    return strcmp(((const struct menu_cache_slot *)a)->slug,
                  ((const struct menu_cache_slot *)b)->slug);
}

/* Gets and parses the index. Returns 0, -ENOENT, -ESTALE, -EPROTO or -EIO. */
static int menu_cache_read_index(struct menu_cache *cache, int64_t expected_version,
                                 struct menu_cache_read_state *s, char *err, size_t err_size)
{
    size_t len = 0;
    uint32_t flags = 0;
    memcached_return_t rc = MEMCACHED_SUCCESS;
    char *value =
        memcached_get(cache->mc, cache->index_key, strlen(cache->index_key), &len, &flags, &rc);
    if (rc == MEMCACHED_NOTFOUND) {
        snprintf(err, err_size, "memcached: %s not found", cache->index_key);
        return -ENOENT;
    }
    if (rc != MEMCACHED_SUCCESS || !value) {
        free(value);
        snprintf(err, err_size, "memcached get %s: %s", cache->index_key,
                 memcached_last_error_message(cache->mc));
        return -EIO;
    }
    s->index = menu_cache_copy(value, len);
    free(value);
    s->slugs = menu_cache_xalloc(calloc(MENU_ITEMS_MAX, sizeof(*s->slugs)));
    long n = menu_cache_split(s->index, &s->version, s->slugs, MENU_ITEMS_MAX);
    for (long i = 0; i < n; i++)
        if (!menu_cache_slug_valid(s->slugs[i]))
            n = -EPROTO;
    if (n < 0) {
        snprintf(err, err_size, "memcached: %s does not parse", cache->index_key);
        return -EPROTO;
    }
    s->count = (size_t)n;
    if (expected_version > 0 && s->version != expected_version) {
        snprintf(err, err_size, "memcached holds menu version %" PRId64 ", expected %" PRId64,
                 s->version, expected_version);
        return -ESTALE;
    }
    return 0;
}

/* Sorts the listed slugs for matching; a slug listed twice makes the index malformed. */
static int menu_cache_index_slots(struct menu_cache_read_state *s)
{
    s->by_slug = menu_cache_xalloc(calloc(s->count + 1, sizeof(*s->by_slug)));
    for (size_t i = 0; i < s->count; i++)
        s->by_slug[i] = (struct menu_cache_slot){s->slugs[i], i};
    qsort(s->by_slug, s->count, sizeof(*s->by_slug), menu_cache_slot_cmp);
    for (size_t i = 1; i < s->count; i++)
        if (strcmp(s->by_slug[i - 1].slug, s->by_slug[i].slug) == 0)
            return -EPROTO;
    return 0;
}

/* Files one fetched result under its menu position (or as the sections list). */
static void menu_cache_take(struct menu_cache *cache, struct menu_cache_read_state *s,
                            const memcached_result_st *result)
{
    const char *key = memcached_result_key_value(result);
    size_t key_len = memcached_result_key_length(result);
    const char *value = memcached_result_value(result);
    size_t len = memcached_result_length(result);
    if (key_len == strlen(cache->sections_key) && memcmp(key, cache->sections_key, key_len) == 0) {
        free(s->sections);
        s->sections = menu_cache_copy(value, len);
        return;
    }
    char slug[MENU_CACHE_KEY_MAX + 1];
    size_t prefix = strlen(cache->ns) + strlen(":menu:item:");
    if (key_len <= prefix || key_len - prefix > MENU_KEY_MAX)
        return; /* not one of ours: ignored, the missing item is then reported */
    memcpy(slug, key + prefix, key_len - prefix);
    slug[key_len - prefix] = '\0';
    struct menu_cache_slot probe = {slug, 0};
    const struct menu_cache_slot *slot =
        bsearch(&probe, s->by_slug, s->count, sizeof(*s->by_slug), menu_cache_slot_cmp);
    if (!slot)
        return;
    free(s->values[slot->position]);
    s->values[slot->position] = menu_cache_copy(value, len);
    s->value_lens[slot->position] = len;
}

/* One multi-get round for the sections key and every item key. Returns 0, -EIO or -ENOENT. */
static int menu_cache_fetch_items(struct menu_cache *cache, struct menu_cache_read_state *s,
                                  char *err, size_t err_size)
{
    size_t nkeys = s->count + 1;
    char **keys = menu_cache_xalloc(calloc(nkeys, sizeof(*keys)));
    size_t *key_lens = menu_cache_xalloc(calloc(nkeys, sizeof(*key_lens)));
    keys[0] = menu_cache_copy(cache->sections_key, strlen(cache->sections_key));
    key_lens[0] = strlen(keys[0]);
    for (size_t i = 0; i < s->count; i++) {
        char key[MENU_CACHE_KEY_MAX + 1];
        int n = menu_cache_item_key(cache->ns, s->slugs[i], key, sizeof(key));
        MENU_CACHE_ASSERT(n > 0); /* slugs were validated, the namespace is bounded */
        keys[i + 1] = menu_cache_copy(key, (size_t)n);
        key_lens[i + 1] = (size_t)n;
    }
    memcached_return_t rc = memcached_mget(cache->mc, (const char *const *)keys, key_lens, nkeys);
    int status = 0;
    if (rc != MEMCACHED_SUCCESS) {
        snprintf(err, err_size, "memcached mget: %s", memcached_last_error_message(cache->mc));
        status = -EIO;
        /* Replies may still be queued on the servers that did answer: drop the connections
         * rather than let a later command read them. */
        memcached_quit(cache->mc);
    }
    memcached_result_st result_store, *result = memcached_result_create(cache->mc, &result_store);
    MENU_CACHE_ASSERT(result != NULL);
    while (status == 0 && memcached_fetch_result(cache->mc, result, &rc))
        menu_cache_take(cache, s, result);
    if (status == 0 && rc != MEMCACHED_END && rc != MEMCACHED_SUCCESS && rc != MEMCACHED_NOTFOUND) {
        snprintf(err, err_size, "memcached fetch: %s", memcached_last_error_message(cache->mc));
        status = -EIO;
        memcached_quit(cache->mc);
    }
    memcached_result_free(result);
    for (size_t i = 0; i < nkeys; i++)
        free(keys[i]);
    free(keys);
    free(key_lens);
    for (size_t i = 0; status == 0 && i < s->count; i++)
        if (!s->values[i]) {
            snprintf(err, err_size, "memcached: item %s missing", s->slugs[i]);
            status = -ENOENT;
        }
    if (status == 0 && !s->sections) {
        snprintf(err, err_size, "memcached: %s missing", cache->sections_key);
        status = -ENOENT;
    }
    return status;
}

/* Turns the fetched values into menu items, checking the sections list matches the index. */
static int menu_cache_build(struct menu_cache *cache, struct menu_cache_read_state *s,
                            struct menu *out, char *err, size_t err_size)
{
    char **sections = menu_cache_xalloc(calloc(s->count + 1, sizeof(*sections)));
    int64_t version = 0;
    long n = menu_cache_split(s->sections, &version, sections, s->count);
    int rc = 0;
    if (n != (long)s->count || version != s->version) {
        snprintf(err, err_size, "memcached: %s does not match the index", cache->sections_key);
        rc = -EPROTO;
    }
    for (size_t i = 0; rc == 0 && i < s->count; i++) {
        struct menu_cache_value v;
        if (menu_cache_parse_value(s->values[i], s->value_lens[i], &v) < 0) {
            snprintf(err, err_size, "memcached: item %s does not parse", s->slugs[i]);
            rc = -EPROTO;
            break;
        }
        /* The copy is ours: terminate name and description in place at their '|'. */
        s->values[i][v.name_len] = '\0';
        s->values[i][v.name_len + 1 + v.description_len] = '\0';
        menu_append(out, s->slugs[i], v.name, sections[i], v.description, v.price_cents);
    }
    free(sections);
    out->version = s->version;
    if (rc < 0)
        menu_free(out);
    return rc;
}

int menu_cache_read(struct menu_cache *cache, int64_t expected_version, struct menu *out, char *err,
                    size_t err_size)
{
    MENU_CACHE_ASSERT(out->count == 0 && out->items == NULL);
    MENU_CACHE_ASSERT(expected_version >= 0);
    struct menu_cache_read_state s = {0};
    int rc = menu_cache_read_index(cache, expected_version, &s, err, err_size);
    if (rc == 0 && menu_cache_index_slots(&s) < 0) {
        snprintf(err, err_size, "memcached: %s lists an item twice", cache->index_key);
        rc = -EPROTO;
    }
    if (rc == 0) {
        s.values = menu_cache_xalloc(calloc(s.count + 1, sizeof(*s.values)));
        s.value_lens = menu_cache_xalloc(calloc(s.count + 1, sizeof(*s.value_lens)));
        rc = menu_cache_fetch_items(cache, &s, err, err_size);
    }
    if (rc == 0)
        rc = menu_cache_build(cache, &s, out, err, err_size);
    menu_cache_read_state_free(&s);
    return rc;
}
