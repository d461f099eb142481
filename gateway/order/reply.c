/* reply.c — reply texts (see reply.h). Written into the result's fixed buffer. */
#define _GNU_SOURCE /* strcasestr */
#include "gateway/order/reply.h"

#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include "gateway/order/match.h"
#include "gateway/order/order_assert.h"

enum { REPLY_LIST_MAX = 40 }; /* menu items listed in one answer */

struct reply_buf {
    char *s;
    size_t len, cap;
};

/* Appends formatted text; past the end it is cut at a UTF-8 boundary. */
static void rb_add(struct reply_buf *b, const char *fmt, ...)
{
    if (b->len + 1 >= b->cap)
        return;
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(b->s + b->len, b->cap - b->len, fmt, ap);
    va_end(ap);
    if (n < 0)
        return;
    if ((size_t)n >= b->cap - b->len) {
        size_t end = b->cap - 1;
        while (end > b->len && ((unsigned char)b->s[end] & 0xC0) == 0x80)
            end--;
        b->s[end] = '\0';
        b->len = end;
        return;
    }
    b->len += (size_t)n;
}

static void rb_price(struct reply_buf *b, int64_t cents)
{
    char txt[MENU_PRICE_TEXT_MAX + 8];
    snprintf(txt, sizeof(txt), "%lld.%02lld", (long long)(cents / 100), (long long)(cents % 100));
    rb_add(b, "$%s", txt);
}

/* ", " between entries and " or " / " and " before the last one. */
static void rb_sep(struct reply_buf *b, size_t i, size_t n, const char *last)
{
    if (i > 0)
        rb_add(b, "%s", i + 1 == n ? last : ", ");
}

/* "Sorry, we don't offer a, b or c." */
static void reply_unknown(const struct order_result *r, struct reply_buf *b)
{
    rb_add(b, "Sorry, we don't offer ");
    for (size_t i = 0; i < r->n_unknown; i++) {
        rb_sep(b, i, r->n_unknown, " or ");
        rb_add(b, "%s", r->unknown[i]);
    }
    rb_add(b, ".");
}

static void reply_order(const struct order_reply_input *in, struct order_result *r,
                        struct reply_buf *b)
{
    if (r->status == ORDER_STATUS_REJECTED) {
        reply_unknown(r, b);
        return;
    }
    if (r->status == ORDER_STATUS_REVIEW) {
        rb_add(b, "Did you mean ");
        size_t n = 0, k = 0;
        for (size_t i = 0; i < r->n_items; i++)
            n += r->items[i].review;
        for (size_t i = 0; i < r->n_items; i++) {
            if (!r->items[i].review)
                continue;
            rb_sep(b, k++, n, " and ");
            rb_add(b, "the %s", in->menu->items[r->items[i].menu_index].name);
        }
        rb_add(b, "?");
        return;
    }
    rb_add(b, "Thanks! ");
    for (size_t i = 0; i < r->n_items; i++) {
        const struct order_result_item *it = &r->items[i];
        rb_add(b, "%s%d × %s", i ? ", " : "", it->qty, in->menu->items[it->menu_index].name);
        for (size_t m = 0; m < it->n_modifiers; m++)
            rb_add(b, "%s%s", m ? ", " : " (", in->u->labels[it->modifier_labels[m]]);
        if (it->n_modifiers)
            rb_add(b, ")");
    }
    rb_add(b, " — total ");
    rb_price(b, r->total_cents);
    rb_add(b, ".");
}

/* Index of the first pattern of list found anywhere in the text, or -1. */
static int32_t reply_find(const struct order_reply_input *in, const struct order_patterns *list)
{
    for (size_t i = 0; i < in->n_tokens; i++)
        for (size_t k = 0; k < list->count; k++)
            if (order_pattern_match(&list->items[k], in->text, in->tokens, i, in->n_tokens))
                return list->items[k].value;
    return -1;
}

/* The topic of the first topic cue outside fillers; inside them only when the message is
 * all fillers and greetings ("thanks for the great service" after a question is a
 * courtesy, not the subject). -1 when none. */
static int32_t reply_topic(const struct order_reply_input *in)
{
    bool only_fillers = true;
    for (size_t i = 0; i < in->n_tokens; i++)
        only_fillers = only_fillers &&
                       (in->tokens[i].kind == ORDER_TOKEN_PUNCT ||
                        in->roles[i] == ORDER_ROLE_FILLER || in->roles[i] == ORDER_ROLE_GREETING);
    const struct order_patterns *list = &in->u->topic_cues;
    for (size_t i = 0; i < in->n_tokens; i++) {
        if (!only_fillers && in->roles[i] == ORDER_ROLE_FILLER)
            continue;
        for (size_t k = 0; k < list->count; k++)
            if (order_pattern_match(&list->items[k], in->text, in->tokens, i, in->n_tokens))
                return list->items[k].value;
    }
    return -1;
}

/* Does the item's description (or name) say the diet word? Compared case-insensitively. */
static bool reply_item_has(const struct menu_item *it, const char *word)
{
    return strcasestr(it->description, word) != NULL || strcasestr(it->name, word) != NULL;
}

static void reply_about_items(const struct order_reply_input *in, struct order_result *r,
                              struct reply_buf *b)
{
    bool price = reply_find(in, &in->u->price_cues) >= 0;
    int32_t diet = reply_find(in, &in->u->diet_cues);
    for (size_t i = 0; i < r->n_about; i++) {
        const struct menu_item *it = &in->menu->items[r->about[i]];
        if (i > 0)
            rb_add(b, " ");
        if (price) {
            rb_add(b, "The %s is ", it->name);
            rb_price(b, it->price_cents);
            rb_add(b, ".");
        } else if (diet >= 0 && reply_item_has(it, in->u->diets[diet])) {
            rb_add(b, "Yes, the %s is %s.", it->name, in->u->diets[diet]);
        } else if (diet >= 0) {
            rb_add(b, "The %s isn't marked %s: %s", it->name, in->u->diets[diet], it->description);
        } else {
            rb_add(b, "The %s (", it->name);
            rb_price(b, it->price_cents);
            rb_add(b, "): %s", it->description);
        }
    }
}

/* A general question: the items of the asked section with the asked diet. False when the
 * question names neither. */
static bool reply_listing(const struct order_reply_input *in, struct reply_buf *b)
{
    int32_t diet = reply_find(in, &in->u->diet_cues);
    int32_t section = reply_find(in, &in->u->section_cues);
    if (diet < 0 && section < 0)
        return false;
    const char *diet_word = diet >= 0 ? in->u->diets[diet] : NULL;
    const char *section_word = section >= 0 ? in->u->sections[section] : "options";
    size_t fit[REPLY_LIST_MAX], n = 0;
    for (size_t i = 0; i < in->menu->count && n < REPLY_LIST_MAX; i++) {
        const struct menu_item *it = &in->menu->items[i];
        if ((section < 0 || strcmp(it->section, section_word) == 0) &&
            (!diet_word || reply_item_has(it, diet_word)))
            fit[n++] = i;
    }
    if (n == 0) {
        rb_add(b, "Sorry, we don't have any %s%s%s at the moment.", diet_word ? diet_word : "",
               diet_word ? " " : "", section_word);
        return true;
    }
    rb_add(b, "Our %s%s%s: ", diet_word ? diet_word : "", diet_word ? " " : "", section_word);
    for (size_t i = 0; i < n; i++) {
        rb_sep(b, i, n, " and ");
        rb_add(b, "%s", in->menu->items[fit[i]].name);
    }
    rb_add(b, ".");
    return true;
}

void order_reply_write(const struct order_reply_input *in, struct order_result *r)
{
    struct reply_buf b = {r->reply, 0, sizeof(r->reply)};
    r->reply[0] = '\0';
    switch (r->category) {
    case ORDER_CATEGORY_ORDER:
        reply_order(in, r, &b);
        break;
    case ORDER_CATEGORY_INQUIRY:
        if (r->n_about > 0)
            reply_about_items(in, r, &b);
        else if (r->n_unknown > 0)
            reply_unknown(r, &b);
        else if (!reply_listing(in, &b))
            rb_add(&b, "%s", in->u->inquiry_default);
        break;
    case ORDER_CATEGORY_OTHER: {
        int32_t topic = reply_topic(in);
        rb_add(&b, "%s", topic >= 0 ? in->u->topic_replies[topic] : in->u->other_default);
        break;
    }
    default:
        ORDER_ASSERT(r->category < ORDER_CATEGORY_MAX);
    }
}
