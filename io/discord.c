/* discord.c — Discord webhook bodies from outbox payloads (see discord.h). */
#include "io/discord.h"

#include <cjson/cJSON.h>
#include <errno.h>
#include <math.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "kernels/assert.h"

#define DISCORD_ASSERT(cond) BRIGADE_ASSERT(cond)

#define DISCORD_ELLIPSIS     "\xe2\x80\xa6" /* U+2026, one unit */
#define DISCORD_ELLIPSIS_LEN 3

_Static_assert(DISCORD_FIELD_NAME_MAX + DISCORD_FIELD_VALUE_MAX < DISCORD_EMBED_TOTAL_MAX,
               "one whole field fits an embed");

/* ---- UTF-8 text as Discord counts it ---- */

/* Bytes of the UTF-8 sequence at s (len bytes left) and its UTF-16 units in *units; a byte
 * that starts no valid sequence is a sequence of one byte and one unit. */
static size_t utf8_step(const unsigned char *s, size_t len, size_t *units)
{
    unsigned char c = s[0];
    size_t n = c < 0x80             ? 1
               : (c & 0xe0) == 0xc0 ? 2
               : (c & 0xf0) == 0xe0 ? 3
               : (c & 0xf8) == 0xf0 ? 4
                                    : 0;
    *units = 1;
    if (n <= 1 || n > len)
        return 1;
    for (size_t i = 1; i < n; i++) {
        if ((s[i] & 0xc0) != 0x80)
            return 1;
    }
    *units = n == 4 ? 2 : 1; /* above U+FFFF: a surrogate pair in UTF-16 */
    return n;
}

size_t discord_units(const char *s, size_t len)
{
    size_t units = 0;
    for (size_t i = 0; i < len;) {
        size_t u;
        i += utf8_step((const unsigned char *)s + i, len - i, &u);
        units += u;
    }
    return units;
}

size_t discord_fit(const char *s, size_t len, size_t max_units)
{
    DISCORD_ASSERT(max_units >= 1);
    if (discord_units(s, len) <= max_units)
        return len;
    size_t keep = 0, units = 0;
    while (keep < len) {
        size_t u, n = utf8_step((const unsigned char *)s + keep, len - keep, &u);
        if (units + u > max_units - 1) /* one unit left for the ellipsis */
            break;
        keep += n;
        units += u;
    }
    return keep;
}

/* ---- a growing string ---- */

struct text {
    char *p;
    size_t len, cap;
};

static void text_reserve(struct text *t, size_t more)
{
    if (t->p && t->len + more < t->cap)
        return;
    size_t cap = t->cap ? t->cap : 64;
    while (cap <= t->len + more)
        cap *= 2;
    t->p = realloc(t->p, cap);
    BRIGADE_OOM_CHECK(t->p);
    t->cap = cap;
}

static void text_append(struct text *t, const char *s, size_t n)
{
    text_reserve(t, n);
    memcpy(t->p + t->len, s, n);
    t->len += n;
    t->p[t->len] = '\0';
}

static void text_puts(struct text *t, const char *s)
{
    text_append(t, s, strlen(s));
}

__attribute__((format(printf, 2, 3))) static void text_printf(struct text *t, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    DISCORD_ASSERT(n >= 0);
    text_reserve(t, (size_t)n);
    va_start(ap, fmt);
    vsnprintf(t->p + t->len, (size_t)n + 1, fmt, ap);
    va_end(ap);
    t->len += (size_t)n;
}

static void text_free(struct text *t)
{
    free(t->p);
    *t = (struct text){0};
}

/* Adds key: s (len bytes) cut to max_units, "…" marking a cut, to obj. Returns the units the
 * added string counts. */
static size_t add_fitted(cJSON *obj, const char *key, const char *s, size_t len, size_t max_units)
{
    size_t keep = discord_fit(s, len, max_units);
    struct text t = {0};
    text_append(&t, s, keep);
    if (keep < len)
        text_append(&t, DISCORD_ELLIPSIS, DISCORD_ELLIPSIS_LEN);
    BRIGADE_OOM_CHECK(cJSON_AddStringToObject(obj, key, t.p));
    size_t units = discord_units(t.p, t.len);
    DISCORD_ASSERT(units <= max_units);
    text_free(&t);
    return units;
}

/* ---- reading the payload ---- */

struct payload {
    const char *category, *status, *reply, *text; /* NULL when absent or not a string */
    struct text order_id, customer, message_id;   /* empty when absent */
    const cJSON *items, *unknown;                 /* arrays, or NULL */
    bool has_total;
    double total;
};

static const char *string_member(const cJSON *obj, const char *key)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(obj, key);
    return cJSON_IsString(v) ? v->valuestring : NULL;
}

/* A string member as is, an integral number as its digits; else nothing. */
static void id_member(const cJSON *obj, const char *key, struct text *out)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(obj, key);
    if (cJSON_IsString(v))
        text_puts(out, v->valuestring);
    else if (cJSON_IsNumber(v) && isfinite(v->valuedouble) && fabs(v->valuedouble) < 9.007e15 &&
             v->valuedouble == floor(v->valuedouble))
        text_printf(out, "%lld", (long long)v->valuedouble);
}

/* "customer": a string, or an object shown by its "name" (else as compact JSON). */
static void customer_member(const cJSON *obj, struct text *out)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(obj, "customer");
    if (cJSON_IsString(v)) {
        text_puts(out, v->valuestring);
    } else if (cJSON_IsObject(v)) {
        const char *name = string_member(v, "name");
        if (name) {
            text_puts(out, name);
            return;
        }
        char *json = cJSON_PrintUnformatted(v);
        BRIGADE_OOM_CHECK(json);
        text_puts(out, json);
        free(json);
    }
}

static void payload_read(const cJSON *root, struct payload *p)
{
    p->category = string_member(root, "category");
    p->status = string_member(root, "status");
    p->reply = string_member(root, "reply");
    p->text = string_member(root, "text");
    id_member(root, "order_id", &p->order_id);
    id_member(root, "id", &p->message_id);
    customer_member(root, &p->customer);
    const cJSON *items = cJSON_GetObjectItemCaseSensitive(root, "items");
    p->items = cJSON_IsArray(items) ? items : NULL;
    const cJSON *unknown = cJSON_GetObjectItemCaseSensitive(root, "unknown");
    p->unknown = cJSON_IsArray(unknown) ? unknown : NULL;
    const cJSON *total = cJSON_GetObjectItemCaseSensitive(root, "total");
    p->has_total = cJSON_IsNumber(total) && isfinite(total->valuedouble);
    p->total = p->has_total ? total->valuedouble : 0;
}

static void payload_free(struct payload *p)
{
    text_free(&p->order_id);
    text_free(&p->customer);
    text_free(&p->message_id);
}

static bool is_order(const struct payload *p)
{
    return p->category && strcmp(p->category, "order") == 0;
}

/* "2× Green Garden Burger" for an item object with a string name; false for anything else. */
static bool item_label(const cJSON *item, struct text *out)
{
    const char *name = string_member(item, "name");
    if (!name)
        return false;
    const cJSON *qty = cJSON_GetObjectItemCaseSensitive(item, "qty");
    double q = cJSON_IsNumber(qty) ? qty->valuedouble : 1; /* brigade always writes qty */
    /* %g: any number prints, and an integer (all brigade writes) prints as one; a cast of
     * 1e300 to an integer type would be undefined. */
    text_printf(out, "%.15g\xc3\x97 %s", q, name); /* U+00D7 MULTIPLICATION SIGN */
    return true;
}

/* The labels of items[from..] joined by ", ". */
static void items_summary(const cJSON *items, int from, struct text *out)
{
    int n = items ? cJSON_GetArraySize(items) : 0;
    size_t start = out->len;
    for (int i = from; i < n; i++) {
        struct text label = {0};
        if (item_label(cJSON_GetArrayItem(items, i), &label)) {
            if (out->len > start)
                text_puts(out, ", ");
            text_append(out, label.p, label.len);
        }
        text_free(&label);
    }
}

/* The strings of a JSON array joined by ", ". */
static void strings_joined(const cJSON *array, struct text *out)
{
    const cJSON *s;
    bool first = true;
    cJSON_ArrayForEach(s, array)
    {
        if (!cJSON_IsString(s))
            continue;
        if (!first)
            text_puts(out, ", ");
        text_puts(out, s->valuestring);
        first = false;
    }
}

/* ---- content: one line ---- */

static const char *order_headline(const char *status)
{
    if (status && strcmp(status, "accepted") == 0)
        return "New order";
    if (status && strcmp(status, "review") == 0)
        return "Order to review";
    if (status && strcmp(status, "rejected") == 0)
        return "Order rejected";
    return "Order";
}

/* "New order #123: 2× Green Garden Burger, 1× Lemonade — $31.50" */
static void content_order(const struct payload *p, struct text *t)
{
    text_puts(t, order_headline(p->status));
    if (p->order_id.len)
        text_printf(t, " #%s", p->order_id.p);
    text_puts(t, ": ");
    size_t before = t->len;
    items_summary(p->items, 0, t);
    if (t->len == before)
        text_puts(t, "no items settled");
    if (p->has_total)
        text_printf(t, " \xe2\x80\x94 $%.2f", p->total); /* U+2014 EM DASH */
    struct text unknown = {0};
    if (p->unknown)
        strings_joined(p->unknown, &unknown);
    if (unknown.len)
        text_printf(t, " (not on the menu: %s)", unknown.p);
    text_free(&unknown);
}

/* "Question from Ana: do you have vegan options?" */
static void content_message(const struct payload *p, const char *kind, struct text *t)
{
    text_puts(t, kind);
    if (p->customer.len)
        text_printf(t, " from %s", p->customer.p);
    if (p->text)
        text_printf(t, ": %s", p->text);
}

static const char *message_kind(const struct payload *p)
{
    if (is_order(p))
        return "Order";
    if (p->category && strcmp(p->category, "inquiry") == 0)
        return "Question";
    return "Message";
}

/* Control characters (new lines included) become spaces: the content is one line. */
static void one_line(struct text *t)
{
    for (size_t i = 0; i < t->len; i++) {
        unsigned char c = (unsigned char)t->p[i];
        if (c < 0x20 || c == 0x7f)
            t->p[i] = ' ';
    }
}

static void add_content(cJSON *root, const struct payload *p)
{
    struct text t = {0};
    if (is_order(p))
        content_order(p, &t);
    else
        content_message(p, message_kind(p), &t);
    one_line(&t);
    add_fitted(root, "content", t.p, t.len, DISCORD_CONTENT_MAX);
    text_free(&t);
}

/* ---- the embed ---- */

struct embed_build {
    cJSON *fields;
    unsigned count;
    size_t budget; /* units left of DISCORD_EMBED_TOTAL_MAX */
};

/* Adds a field when there is room for it (a free field, its name and at least one unit of
 * value); the value is cut to what the embed has left. */
static void embed_field(struct embed_build *b, const char *name, const char *value, size_t len,
                        bool inline_)
{
    size_t name_len = strlen(name);
    size_t name_units = discord_units(name, name_len);
    if (name_units > DISCORD_FIELD_NAME_MAX)
        name_units = DISCORD_FIELD_NAME_MAX;
    if (b->count == DISCORD_FIELDS_MAX || len == 0 || b->budget <= name_units)
        return;
    cJSON *f = cJSON_CreateObject();
    BRIGADE_OOM_CHECK(f);
    size_t used = add_fitted(f, "name", name, name_len, DISCORD_FIELD_NAME_MAX);
    size_t room = b->budget - used;
    used += add_fitted(f, "value", value, len,
                       room < DISCORD_FIELD_VALUE_MAX ? room : DISCORD_FIELD_VALUE_MAX);
    BRIGADE_OOM_CHECK(cJSON_AddBoolToObject(f, "inline", inline_));
    cJSON_AddItemToArray(b->fields, f);
    DISCORD_ASSERT(used <= b->budget);
    b->budget -= used;
    b->count++;
}

static void embed_text_field(struct embed_build *b, const char *name, const struct text *t,
                             bool inline_)
{
    if (t->len)
        embed_field(b, name, t->p, t->len, inline_);
}

/* One field per item: "2× Falafel Wrap" / "$9.25 each · no onions". */
static void embed_item(struct embed_build *b, const cJSON *item)
{
    struct text name = {0}, value = {0};
    if (item_label(item, &name)) {
        const cJSON *price = cJSON_GetObjectItemCaseSensitive(item, "unit_price");
        if (cJSON_IsNumber(price) && isfinite(price->valuedouble))
            text_printf(&value, "$%.2f each", price->valuedouble);
        struct text mods = {0};
        const cJSON *m = cJSON_GetObjectItemCaseSensitive(item, "modifiers");
        if (cJSON_IsArray(m))
            strings_joined(m, &mods);
        if (mods.len)
            text_printf(&value, "%s%s", value.len ? " \xc2\xb7 " : "", mods.p); /* U+00B7 */
        text_free(&mods);
        if (!value.len)
            text_puts(&value, "as on the menu");
        embed_field(b, name.p, value.p, value.len, false);
    }
    text_free(&name);
    text_free(&value);
}

/* The items, as many fields as are left for them; beyond, one "+N more items" field. */
static void embed_items(struct embed_build *b, const cJSON *items, unsigned fields_after)
{
    int n = items ? cJSON_GetArraySize(items) : 0;
    unsigned room = DISCORD_FIELDS_MAX - b->count - fields_after;
    DISCORD_ASSERT(b->count + fields_after + 2 <= DISCORD_FIELDS_MAX); /* at most 6 others */
    int shown = (unsigned)n <= room ? n : (int)room - 1;
    for (int i = 0; i < shown; i++)
        embed_item(b, cJSON_GetArrayItem(items, i));
    if (shown < n) {
        struct text name = {0}, rest = {0};
        text_printf(&name, "+%d more items", n - shown);
        items_summary(items, shown, &rest);
        embed_text_field(b, name.p, &rest, false);
        text_free(&name);
        text_free(&rest);
    }
}

static void add_embed(cJSON *root, const struct payload *p, uint32_t color)
{
    cJSON *embeds = cJSON_AddArrayToObject(root, "embeds");
    cJSON *embed = cJSON_CreateObject();
    BRIGADE_OOM_CHECK(embeds);
    BRIGADE_OOM_CHECK(embed);
    cJSON_AddItemToArray(embeds, embed);
    struct embed_build b = {.budget = DISCORD_EMBED_TOTAL_MAX};

    struct text title = {0};
    text_puts(&title, message_kind(p));
    if (p->order_id.len)
        text_printf(&title, " #%s", p->order_id.p);
    if (p->status)
        text_printf(&title, " (%s)", p->status);
    b.budget -= add_fitted(embed, "title", title.p, title.len, DISCORD_TITLE_MAX);
    text_free(&title);
    b.fields = cJSON_CreateArray(); /* attached after the description, which it budgets for */
    BRIGADE_OOM_CHECK(b.fields);

    struct text total = {0}, unknown = {0};
    if (p->has_total)
        text_printf(&total, "$%.2f", p->total);
    if (p->unknown)
        strings_joined(p->unknown, &unknown);
    embed_text_field(&b, "Order id", &p->order_id, true);
    embed_text_field(&b, "Total", &total, true);
    embed_text_field(&b, "Customer", &p->customer, true);
    embed_text_field(&b, "Message id", &p->message_id, true);
    unsigned after = (unknown.len > 0) + (p->reply && p->reply[0]);
    embed_items(&b, p->items, after);
    embed_text_field(&b, "Not on the menu", &unknown, false);
    text_free(&total);
    text_free(&unknown);

    /* The customer's own words get what the embed has left but the reply's field. */
    if (p->text && p->text[0] && b.budget > 0) {
        size_t room = b.budget < DISCORD_DESCRIPTION_MAX ? b.budget : DISCORD_DESCRIPTION_MAX;
        b.budget -= add_fitted(embed, "description", p->text, strlen(p->text), room);
    }
    if (p->reply)
        embed_field(&b, "Reply sent", p->reply, strlen(p->reply), false);
    BRIGADE_OOM_CHECK(cJSON_AddNumberToObject(embed, "color", color));
    cJSON_AddItemToObject(embed, "fields", b.fields);
}

int discord_format(const char *payload, size_t len, uint32_t color, char **out, size_t *out_len,
                   char *err, size_t err_size)
{
    if (len > DISCORD_PAYLOAD_MAX) {
        snprintf(err, err_size, "payload is %zu bytes, over the %d-byte limit", len,
                 DISCORD_PAYLOAD_MAX);
        return -EINVAL;
    }
    cJSON *src = cJSON_ParseWithLength(payload, len);
    if (!cJSON_IsObject(src)) {
        snprintf(err, err_size, "payload is not a JSON object");
        cJSON_Delete(src);
        return -EINVAL;
    }
    struct payload p = {0};
    payload_read(src, &p);
    cJSON *root = cJSON_CreateObject();
    BRIGADE_OOM_CHECK(root);
    add_content(root, &p);
    add_embed(root, &p, color);
    cJSON *mentions = cJSON_AddObjectToObject(root, "allowed_mentions");
    BRIGADE_OOM_CHECK(mentions);
    BRIGADE_OOM_CHECK(cJSON_AddArrayToObject(mentions, "parse")); /* no pings at all */
    *out = cJSON_PrintUnformatted(root);
    BRIGADE_OOM_CHECK(*out);
    *out_len = strlen(*out);
    DISCORD_ASSERT(*out_len <= DISCORD_BODY_MAX);
    cJSON_Delete(root);
    payload_free(&p);
    cJSON_Delete(src);
    return 0;
}
