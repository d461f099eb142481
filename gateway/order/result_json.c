/* result_json.c — a result as the API's JSON object (format in pipeline.h). Written by hand
 * into the caller's buffer: no allocation, and a fixed key order the tests can compare. */
#include <errno.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include "gateway/order/order_assert.h"
#include "gateway/order/pipeline.h"

struct json_out {
    char *s;
    size_t len, cap;
    bool full;
};

static void jo_raw(struct json_out *o, const char *fmt, ...)
{
    if (o->full)
        return;
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(o->s + o->len, o->cap - o->len, fmt, ap);
    va_end(ap);
    if (n < 0 || (size_t)n >= o->cap - o->len) {
        o->full = true;
        return;
    }
    o->len += (size_t)n;
}

/* jo_raw of a format with no conversion, without vsnprintf: most of what a result writes is
 * such fixed text, and formatting it was most of the cost of writing one. Writes what
 * vsnprintf would have, a cut-off text too. */
static void jo_lit(struct json_out *o, const char *s)
{
    if (o->full)
        return;
    size_t n = strlen(s), room = o->cap - o->len;
    if (n >= room) {
        memcpy(o->s + o->len, s, room - 1U);
        o->s[o->cap - 1U] = '\0';
        o->full = true;
        return;
    }
    memcpy(o->s + o->len, s, n + 1U);
    o->len += n;
}

/* jo_raw(o, "%0*lld", width, v) without vsnprintf: the same digits, a '-' before the zeros. */
static void jo_ll(struct json_out *o, long long v, int width)
{
    enum { JO_LL_WIDTH_MAX = 20 }; /* a long long's digits and sign: the zeros fit buf too */
    char buf[32];
    _Static_assert(JO_LL_WIDTH_MAX + 1 < sizeof(buf), "the widest number and its NUL fit buf");
    ORDER_ASSERT(width >= 0);
    ORDER_ASSERT(width <= JO_LL_WIDTH_MAX);
    size_t i = sizeof(buf);
    buf[--i] = '\0';
    unsigned long long u = v < 0 ? 0ULL - (unsigned long long)v : (unsigned long long)v;
    int digits = 0;
    do {
        buf[--i] = (char)('0' + (int)(u % 10U));
        u /= 10U;
        digits++;
    } while (u != 0);
    for (; digits + (v < 0) < width; digits++)
        buf[--i] = '0';
    if (v < 0)
        buf[--i] = '-';
    jo_lit(o, buf + i);
}

static void jo_bytes(struct json_out *o, const char *s, size_t n)
{
    if (o->full)
        return;
    if (n >= o->cap - o->len) { /* room for the bytes and the NUL vsnprintf would add */
        o->full = true;
        return;
    }
    memcpy(o->s + o->len, s, n);
    o->len += n;
    o->s[o->len] = '\0';
}

/* A JSON string: quotes, backslashes and control characters escaped, UTF-8 kept. Runs of
 * bytes that need no escape are copied whole: a result repeats the message's text in its
 * clauses, and formatting it a byte at a time was most of the cost of writing a result. */
static void jo_str(struct json_out *o, const char *s)
{
    jo_bytes(o, "\"", 1);
    while (*s && !o->full) {
        size_t run = 0;
        while (s[run] && s[run] != '"' && s[run] != '\\' && (unsigned char)s[run] >= 0x20)
            run++;
        jo_bytes(o, s, run);
        s += run;
        if (!*s)
            break;
        unsigned char c = (unsigned char)*s++;
        if (c == '"' || c == '\\')
            jo_raw(o, "\\%c", c);
        else if (c == '\n')
            jo_lit(o, "\\n");
        else if (c == '\t')
            jo_lit(o, "\\t");
        else
            jo_raw(o, "\\u%04x", c);
    }
    jo_bytes(o, "\"", 1);
}

static void jo_cents(struct json_out *o, int64_t cents)
{
    jo_ll(o, (long long)(cents / 100), 0);
    jo_lit(o, ".");
    jo_ll(o, (long long)(cents % 100), 2);
}

static void jo_item(struct json_out *o, const struct order_result *r,
                    const struct order_result_item *it)
{
    const struct menu *menu = order_pipeline_menu(r->pipeline);
    const struct menu_item *mi = &menu->items[it->menu_index];
    jo_lit(o, "{\"name\": ");
    jo_str(o, mi->name);
    jo_lit(o, ", \"qty\": ");
    jo_ll(o, it->qty, 0);
    jo_lit(o, ", \"modifiers\": [");
    for (size_t m = 0; m < it->mods.n; m++) {
        jo_lit(o, m ? ", " : "");
        jo_str(o, it->mods.text[m]);
    }
    jo_lit(o, "], \"unit_price\": ");
    jo_cents(o, mi->price_cents);
    jo_raw(o, ", \"score\": %.3f}", (double)it->score);
}

static void jo_clarify(struct json_out *o, const struct order_result *r,
                       const struct order_clarify *c)
{
    const struct menu *menu = order_pipeline_menu(r->pipeline);
    jo_lit(o, "{\"phrase\": ");
    jo_str(o, c->phrase);
    jo_lit(o, ", \"candidates\": [");
    for (size_t i = 0; i < c->n_candidates; i++) {
        jo_lit(o, i ? ", " : "");
        jo_str(o, menu->items[c->candidates[i]].name);
    }
    jo_lit(o, c->how_many ? "], \"how_many\": true}" : "]}");
}

static const char *jo_intent_name(enum order_intent i)
{
    static const char *const names[ORDER_INTENT_MAX] = {"none", "order", "inquiry", "other"};
    return i < ORDER_INTENT_MAX ? names[i] : "none";
}

/* "intents", "clauses" and, for a message not in English, "language". */
static void jo_reading(struct json_out *o, const struct order_result *r)
{
    jo_lit(o, ", \"intents\": [");
    for (size_t i = 0; i < r->n_intents; i++) {
        jo_lit(o, i ? ", \"" : "\"");
        jo_lit(o, order_category_name(r->intents[i]));
        jo_lit(o, "\"");
    }
    jo_lit(o, "], \"clauses\": [");
    for (size_t i = 0; i < r->n_clauses; i++) {
        jo_lit(o, i ? ", {\"text\": " : "{\"text\": ");
        jo_str(o, r->clauses[i].text);
        jo_lit(o, ", \"intent\": \"");
        jo_lit(o, jo_intent_name(r->clauses[i].intent));
        jo_lit(o, "\"}");
    }
    jo_lit(o, "]");
    if (r->foreign) {
        jo_lit(o, ", \"language\": ");
        jo_str(o, r->language);
    }
    if (r->unsure)
        jo_lit(o, ", \"unsure\": true");
    if (r->truncated)
        jo_lit(o, ", \"truncated\": true");
}

int order_result_json(const struct order_result *r, char *buf, size_t cap)
{
    struct json_out o = {buf, 0, cap, cap == 0};
    jo_lit(&o, "{\"id\": ");
    if (r->has_id)
        jo_str(&o, r->id);
    else
        jo_lit(&o, "null");
    jo_lit(&o, ", \"category\": \"");
    jo_lit(&o, order_category_name(r->category));
    jo_lit(&o, "\", \"status\": \"");
    jo_lit(&o, order_status_name(r->status));
    jo_lit(&o, "\"");
    jo_reading(&o, r);
    jo_lit(&o, ", \"items\": [");
    for (size_t i = 0; i < r->n_items; i++) {
        jo_lit(&o, i ? ", " : "");
        jo_item(&o, r, &r->items[i]);
    }
    jo_lit(&o, "], \"unknown\": [");
    for (size_t i = 0; r->category == ORDER_CATEGORY_ORDER && i < r->n_unknown; i++) {
        jo_lit(&o, i ? ", " : "");
        jo_str(&o, r->unknown[i]);
    }
    jo_lit(&o, "], \"clarify\": [");
    for (size_t i = 0; i < r->n_clarify; i++) {
        jo_lit(&o, i ? ", " : "");
        jo_clarify(&o, r, &r->clarify[i]);
    }
    jo_lit(&o, "]");
    if (r->category == ORDER_CATEGORY_ORDER && r->status == ORDER_STATUS_ACCEPTED) {
        jo_lit(&o, ", \"total\": ");
        jo_cents(&o, r->total_cents);
    }
    jo_lit(&o, ", \"reply\": ");
    jo_str(&o, r->reply);
    jo_lit(&o, "}");
    return o.full ? -ENOSPC : (int)o.len;
}
