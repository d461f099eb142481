/* result_json.c — a result as the API's JSON object (format in pipeline.h). Written by hand
 * into the caller's buffer: no allocation, and a fixed key order the tests can compare. */
#include <errno.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

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

/* A JSON string: quotes, backslashes and control characters escaped, UTF-8 kept. */
static void jo_str(struct json_out *o, const char *s)
{
    jo_raw(o, "\"");
    for (; *s && !o->full; s++) {
        unsigned char c = (unsigned char)*s;
        if (c == '"' || c == '\\')
            jo_raw(o, "\\%c", c);
        else if (c == '\n')
            jo_raw(o, "\\n");
        else if (c == '\t')
            jo_raw(o, "\\t");
        else if (c < 0x20)
            jo_raw(o, "\\u%04x", c);
        else
            jo_raw(o, "%c", c);
    }
    jo_raw(o, "\"");
}

static void jo_cents(struct json_out *o, int64_t cents)
{
    jo_raw(o, "%lld.%02lld", (long long)(cents / 100), (long long)(cents % 100));
}

static void jo_item(struct json_out *o, const struct order_result *r,
                    const struct order_result_item *it)
{
    const struct menu *menu = order_pipeline_menu(r->pipeline);
    const struct order_understanding *u = order_pipeline_understanding(r->pipeline);
    const struct menu_item *mi = &menu->items[it->menu_index];
    jo_raw(o, "{\"name\": ");
    jo_str(o, mi->name);
    jo_raw(o, ", \"qty\": %d, \"modifiers\": [", it->qty);
    for (size_t m = 0; m < it->n_modifiers; m++) {
        jo_raw(o, m ? ", " : "");
        jo_str(o, u->labels[it->modifier_labels[m]]);
    }
    jo_raw(o, "], \"unit_price\": ");
    jo_cents(o, mi->price_cents);
    jo_raw(o, ", \"score\": %.3f", (double)it->score);
    if (it->review) {
        jo_raw(o, ", \"candidates\": [");
        for (size_t c = 0; c < it->match.n_candidates; c++) {
            jo_raw(o, c ? ", {\"name\": " : "{\"name\": ");
            jo_str(o, menu->items[it->match.candidates[c]].name);
            jo_raw(o, ", \"score\": %.3f}", (double)it->match.candidate_scores[c]);
        }
        jo_raw(o, "]");
    }
    jo_raw(o, "}");
}

int order_result_json(const struct order_result *r, char *buf, size_t cap)
{
    struct json_out o = {buf, 0, cap, cap == 0};
    jo_raw(&o, "{\"id\": ");
    if (r->has_id)
        jo_str(&o, r->id);
    else
        jo_raw(&o, "null");
    jo_raw(&o, ", \"category\": \"%s\", \"status\": \"%s\", \"items\": [",
           order_category_name(r->category), order_status_name(r->status));
    for (size_t i = 0; i < r->n_items; i++) {
        jo_raw(&o, i ? ", " : "");
        jo_item(&o, r, &r->items[i]);
    }
    jo_raw(&o, "], \"unknown\": [");
    for (size_t i = 0; r->category == ORDER_CATEGORY_ORDER && i < r->n_unknown; i++) {
        jo_raw(&o, i ? ", " : "");
        jo_str(&o, r->unknown[i]);
    }
    jo_raw(&o, "]");
    if (r->category == ORDER_CATEGORY_ORDER && r->status == ORDER_STATUS_ACCEPTED) {
        jo_raw(&o, ", \"total\": ");
        jo_cents(&o, r->total_cents);
    }
    jo_raw(&o, ", \"reply\": ");
    jo_str(&o, r->reply);
    jo_raw(&o, "}");
    return o.full ? -ENOSPC : (int)o.len;
}
