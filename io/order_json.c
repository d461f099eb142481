/* order_json.c — one order_store message as store_messages() JSON (see order_json.h). */
#include "io/order_json.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>

struct order_json_writer {
    char *buf;
    size_t len, cap;
    bool overflow;
};

static void ow_put(struct order_json_writer *w, const char *s, size_t n)
{
    if (w->overflow || w->len > w->cap || n > w->cap - w->len) {
        w->overflow = true;
        return;
    }
    memcpy(w->buf + w->len, s, n);
    w->len += n;
}

static void ow_lit(struct order_json_writer *w, const char *s)
{
    ow_put(w, s, strlen(s));
}

/* A JSON string: quotes, backslashes and control characters escaped; UTF-8 passes through. */
static void ow_string(struct order_json_writer *w, const char *s)
{
    ow_put(w, "\"", 1);
    const char *run = s;
    for (const char *c = s; *c; c++) {
        unsigned char ch = (unsigned char)*c;
        if (ch >= 0x20 && ch != '"' && ch != '\\')
            continue;
        ow_put(w, run, (size_t)(c - run));
        char esc[8];
        if (ch == '"' || ch == '\\')
            snprintf(esc, sizeof(esc), "\\%c", ch);
        else
            snprintf(esc, sizeof(esc), "\\u%04x", ch);
        ow_lit(w, esc);
        run = c + 1;
    }
    ow_put(w, run, strlen(run));
    ow_put(w, "\"", 1);
}

static void ow_key_string(struct order_json_writer *w, const char *key, const char *value)
{
    if (!value)
        return;
    ow_lit(w, key);
    ow_string(w, value);
}

static void ow_key_int(struct order_json_writer *w, const char *key, long long value)
{
    char num[32];
    snprintf(num, sizeof(num), "%lld", value);
    ow_lit(w, key);
    ow_lit(w, num);
}

static const char *const order_json_categories[ORDER_STORE_CATEGORY_MAX] = {
    [ORDER_STORE_ORDER] = "order",
    [ORDER_STORE_INQUIRY] = "inquiry",
    [ORDER_STORE_OTHER] = "other",
};

static void ow_items(struct order_json_writer *w, const struct order_store_message *m)
{
    ow_lit(w, ",\"i\":[");
    for (unsigned i = 0; i < m->item_count; i++) {
        const struct order_store_item *it = &m->items[i];
        ow_lit(w, i ? ",{\"m\":" : "{\"m\":");
        ow_string(w, it->menu_key);
        ow_key_int(w, ",\"q\":", it->qty);
        ow_key_int(w, ",\"p\":", it->unit_price_cents);
        ow_lit(w, ",\"d\":[");
        for (unsigned k = 0; k < it->modifier_count; k++) {
            if (k)
                ow_put(w, ",", 1);
            ow_string(w, it->modifiers[k]);
        }
        ow_lit(w, "]}");
    }
    ow_lit(w, "]");
}

int order_json_encode(const struct order_store_message *m, char *buf, size_t *len, size_t cap)
{
    struct order_json_writer w = {buf, *len, cap, false};
    ow_lit(&w, "{\"k\":\"");
    ow_lit(&w, order_json_categories[m->category]);
    ow_lit(&w, "\"");
    ow_key_string(&w, ",\"c\":", m->client_id);
    ow_key_string(&w, ",\"u\":", m->customer);
    ow_key_string(&w, ",\"t\":", m->text);
    ow_key_string(&w, ",\"s\":", m->status);
    ow_key_string(&w, ",\"r\":", m->result_json); /* as a string: parsed per message */
    ow_key_string(&w, ",\"ch\":", m->outbox_channel);
    if (m->inbox_id > 0)
        ow_key_int(&w, ",\"ib\":", (long long)m->inbox_id);
    if (m->category == ORDER_STORE_ORDER) {
        ow_key_int(&w, ",\"tc\":", m->total_cents);
        ow_items(&w, m);
    } else if (m->category == ORDER_STORE_INQUIRY) {
        ow_key_string(&w, ",\"qn\":", m->question);
        ow_key_string(&w, ",\"an\":", m->answer);
    }
    ow_lit(&w, "}");
    if (w.overflow)
        return -EMSGSIZE;
    *len = w.len;
    return 0;
}

bool order_json_utf8_valid(const char *s, size_t n)
{
    const unsigned char *p = (const unsigned char *)s, *end = p + n;
    while (p < end) {
        unsigned c = *p;
        size_t extra;
        unsigned min;
        if (c < 0x80) {
            p++;
            continue;
        } else if (c >= 0xc2 && c <= 0xdf) {
            extra = 1, min = 0x80;
        } else if (c >= 0xe0 && c <= 0xef) {
            extra = 2, min = 0x800;
        } else if (c >= 0xf0 && c <= 0xf4) {
            extra = 3, min = 0x10000;
        } else {
            return false;
        }
        if ((size_t)(end - p) <= extra)
            return false;
        unsigned cp = c & (0x3fu >> extra);
        for (size_t i = 1; i <= extra; i++) {
            if ((p[i] & 0xc0) != 0x80)
                return false;
            cp = (cp << 6) | (p[i] & 0x3fu);
        }
        if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
            return false;
        p += extra + 1;
    }
    return true;
}

static bool order_json_str_ok(const char *s)
{
    return !s || order_json_utf8_valid(s, strlen(s));
}

static int order_json_check_items(const struct order_store_message *m)
{
    if (m->item_count > ORDER_STORE_ITEMS_MAX || (m->item_count && !m->items))
        return -EINVAL;
    for (unsigned i = 0; i < m->item_count; i++) {
        const struct order_store_item *it = &m->items[i];
        if (!it->menu_key || !it->menu_key[0] || it->qty <= 0 || it->unit_price_cents < 0 ||
            it->modifier_count > ORDER_STORE_MODIFIERS_MAX ||
            (it->modifier_count && !it->modifiers))
            return -EINVAL;
        if (!order_json_str_ok(it->menu_key))
            return -EILSEQ;
        for (unsigned k = 0; k < it->modifier_count; k++) {
            if (!it->modifiers[k])
                return -EINVAL;
            if (!order_json_str_ok(it->modifiers[k]))
                return -EILSEQ;
        }
    }
    return 0;
}

int order_json_check(const struct order_store_message *m)
{
    if ((unsigned)m->category >= ORDER_STORE_CATEGORY_MAX || !m->text || !m->status ||
        !m->result_json)
        return -EINVAL;
    if (m->category == ORDER_STORE_ORDER && m->total_cents < 0)
        return -EINVAL;
    if (m->inbox_id < 0)
        return -EINVAL;
    const char *strings[] = {m->client_id,   m->customer,       m->text,     m->status,
                             m->result_json, m->outbox_channel, m->question, m->answer};
    for (size_t i = 0; i < sizeof(strings) / sizeof(strings[0]); i++)
        if (!order_json_str_ok(strings[i]))
            return -EILSEQ;
    return m->category == ORDER_STORE_ORDER ? order_json_check_items(m) : 0;
}
