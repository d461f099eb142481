/* reply.c — reply texts (see reply.h). Written into the result's fixed buffer. */
#define _GNU_SOURCE /* strcasestr */
#include "gateway/order/reply.h"

#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "gateway/order/classify.h"
#include "gateway/order/diet_claims.h"
#include "gateway/order/match.h"
#include "gateway/order/order_assert.h"
#include "gateway/order/pattern_index.h"

enum { REPLY_LIST_MAX = 40 }; /* menu items listed in one answer */

struct reply_buf {
    char *s;
    size_t len, cap;
};

/* Ends a text that overran the buffer, written up to its last byte and NUL. */
static void rb_cut(struct reply_buf *b)
{
    size_t end = b->cap - 1;
    while (end > b->len && ((unsigned char)b->s[end] & 0xC0) == 0x80)
        end--;
    b->s[end] = '\0';
    b->len = end;
}

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
        rb_cut(b);
        return;
    }
    b->len += (size_t)n;
}

/* rb_add(b, "%s", s) without vsnprintf, cut the same way: most of a reply is fixed text and
 * names, and formatting them was most of the cost of writing it. */
static void rb_lit(struct reply_buf *b, const char *s)
{
    if (b->len + 1 >= b->cap)
        return;
    size_t n = strlen(s), room = b->cap - b->len;
    if (n >= room) {
        memcpy(b->s + b->len, s, room - 1U); /* what vsnprintf writes of it, and its NUL */
        b->s[b->cap - 1] = '\0';
        rb_cut(b);
        return;
    }
    memcpy(b->s + b->len, s, n + 1U);
    b->len += n;
}

/* rb_add(b, "%lld", v) without vsnprintf. */
static void rb_int(struct reply_buf *b, long long v)
{
    char txt[24];
    size_t at = sizeof(txt);
    txt[--at] = '\0';
    unsigned long long u = v < 0 ? 0ULL - (unsigned long long)v : (unsigned long long)v;
    do {
        txt[--at] = (char)('0' + u % 10U);
        u /= 10U;
    } while (u > 0);
    if (v < 0)
        txt[--at] = '-';
    rb_lit(b, txt + at);
}

/* "$4.50": the dollars, then the cents in two digits. */
static void rb_price(struct reply_buf *b, int64_t cents)
{
    if (cents < 0) { /* no menu price is; written as the format would have it */
        rb_add(b, "$%lld.%02lld", (long long)(cents / 100), (long long)(cents % 100));
        return;
    }
    char frac[4] = {'.', (char)('0' + cents % 100 / 10), (char)('0' + cents % 10), '\0'};
    rb_lit(b, "$");
    rb_int(b, (long long)(cents / 100));
    rb_lit(b, frac);
}

/* The article before a menu name: none when the name has its own ("The Green Garden Vegan
 * Burger"), else "the" / "The". */
static const char *rb_the(const char *name, bool capital)
{
    if (strncasecmp(name, "the ", 4) == 0)
        return "";
    return capital ? "The " : "the ";
}

/* ", " between entries and " or " / " and " before the last one. */
static void rb_sep(struct reply_buf *b, size_t i, size_t n, const char *last)
{
    if (i > 0)
        rb_lit(b, i + 1 == n ? last : ", ");
}

/* "Sorry, we don't offer a, b or c." */
static void reply_unknown(const struct order_result *r, struct reply_buf *b)
{
    rb_lit(b, "Sorry, we don't offer ");
    for (size_t i = 0; i < r->n_unknown; i++) {
        rb_sep(b, i, r->n_unknown, " or ");
        rb_lit(b, r->unknown[i]);
    }
    rb_lit(b, ".");
}

/* "Which smoothie: the Mango Smoothie or the Strawberry Banana Smoothie?", "How many onion
 * rings would you like?", "Did you mean the X or the Y?" */
static void reply_clarify(const struct order_reply_input *in, const struct order_clarify *c,
                          struct reply_buf *b)
{
    if (c->how_many) {
        rb_add(b, "How many %s would you like?", c->phrase);
        return;
    }
    if (c->past) {
        rb_add(b, "We can't see earlier orders here: which items do you mean by \"%s\"?",
               c->phrase);
        return;
    }
    if (c->lost) {
        rb_add(b, "Part of your message didn't come through (\"%s\"): which item did you mean?",
               c->phrase);
        return;
    }
    if (c->left_to_us) {
        rb_add(b, "Happy to choose for you: is there anything you'd like us to pick from, or "
                  "anything to avoid?");
        return;
    }
    if (c->n_candidates == 0) {
        rb_add(b, "Which item did you mean by \"%s\"?", c->phrase);
        return;
    }
    bool generic = c->n_candidates > 1 && c->scores[0] == 1.0f;
    /* a dish pointed at ("the one with the avocado") or named by its price ("whatevers
     * 11.50") reads as no kind after "Which" */
    bool pointed =
        generic && (strncmp(c->phrase, "the ", 4) == 0 || strpbrk(c->phrase, "0123456789"));
    if (pointed)
        rb_add(b, "By \"%s\", did you mean ", c->phrase);
    else if (generic)
        rb_add(b, "Which %s: ", c->phrase);
    else
        rb_lit(b, "Did you mean ");
    size_t n = c->n_candidates + (c->more ? 1U : 0U);
    for (size_t i = 0; i < c->n_candidates; i++) {
        rb_sep(b, i, n, " or ");
        const char *name = in->menu->items[c->candidates[i]].name;
        rb_lit(b, rb_the(name, false));
        rb_lit(b, name);
    }
    if (c->more)
        rb_lit(b, " or something else from the menu");
    rb_lit(b, "?");
}

static void reply_items(const struct order_reply_input *in, const struct order_result *r,
                        struct reply_buf *b)
{
    for (size_t i = 0; i < r->n_items; i++) {
        const struct order_result_item *it = &r->items[i];
        rb_lit(b, i ? ", " : "");
        rb_int(b, it->qty);
        rb_lit(b, " × ");
        rb_lit(b, in->menu->items[it->menu_index].name);
        for (size_t m = 0; m < it->mods.n; m++) {
            rb_lit(b, m ? ", " : " (");
            rb_lit(b, it->mods.text[m]);
        }
        if (it->mods.n)
            rb_lit(b, ")");
    }
}

static void reply_order(const struct order_reply_input *in, struct order_result *r,
                        struct reply_buf *b)
{
    if (r->foreign) {
        rb_lit(b, in->u->review_default);
        return;
    }
    if (r->n_unknown > 0) {
        reply_unknown(r, b);
        if (r->status == ORDER_STATUS_REJECTED)
            return;
        rb_lit(b, " ");
    }
    if (r->unsure && r->n_items == 0 && r->n_clarify == 0) {
        /* food asked for with no dish named ("surprise me"): nothing to read back, a person
         * answers */
        rb_lit(b, in->u->review_default);
        return;
    }
    if (r->truncated) { /* more dishes than a message keeps: what was read, and a person */
        rb_lit(b, "This order names more dishes than we can read in one message. We read ");
        reply_items(in, r, b);
        rb_lit(b, "; a team member will confirm the whole order with you shortly.");
        return;
    }
    if (r->unsure && r->n_items > 0) { /* counted dishes in words no request was read from */
        rb_lit(b, "We read this as an order for ");
        reply_items(in, r, b);
        rb_lit(b, "; a team member will confirm it with you shortly.");
        return;
    }
    if (r->status == ORDER_STATUS_REVIEW && r->n_items == 0 && r->n_clarify == 0) {
        rb_lit(b, "Everything in this order was taken back, so nothing is ordered yet; a team "
                  "member will check with you.");
        return;
    }
    if (r->status == ORDER_STATUS_REVIEW) {
        for (size_t i = 0; i < r->n_clarify; i++) {
            rb_lit(b, i ? " " : "");
            reply_clarify(in, &r->clarify[i], b);
        }
        if (r->n_items > 0) {
            rb_lit(b, " So far: ");
            reply_items(in, r, b);
            rb_lit(b, ".");
        }
        return;
    }
    rb_lit(b, "Thanks! ");
    reply_items(in, r, b);
    rb_lit(b, " — total ");
    rb_price(b, r->total_cents);
    rb_lit(b, ".");
}

/* Does a pattern of list match at token i? Sets *value to the first one's (in the list's
 * order). Only the patterns starting with the token's word can. */
static bool reply_first_at(const struct order_reply_input *in, const struct order_patterns *list,
                           size_t i, int32_t *value)
{
    const struct order_token *t = &in->tokens[i];
    if (t->kind != ORDER_TOKEN_WORD)
        return false; /* every pattern starts with a word */
    size_t n;
    const uint16_t *cand = order_patterns_candidates(list, in->text + t->off, t->len, &n);
    for (size_t j = 0; j < n; j++) {
        const struct order_pattern *p = &list->items[order_pattern_candidate(cand, j)];
        if (order_pattern_match(p, in->text, in->tokens, i, in->n_tokens)) {
            *value = p->value;
            return true;
        }
    }
    return false;
}

/* Index of the first pattern of list found anywhere in the text, or -1. */
static int32_t reply_find(const struct order_reply_input *in, const struct order_patterns *list)
{
    int32_t value;
    for (size_t i = 0; i < in->n_tokens; i++)
        if (reply_first_at(in, list, i, &value))
            return value;
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
        if (order_cue_taken_back(in->u, in->text, in->tokens, in->roles, 0, i, in->n_tokens))
            continue; /* "we spent 4 hours hiking" asks no opening hours */
        int32_t value;
        if (reply_first_at(in, list, i, &value))
            return value;
    }
    return -1;
}

static void reply_about_items(const struct order_reply_input *in, struct order_result *r,
                              struct reply_buf *b)
{
    bool price = reply_find(in, &in->u->price_cues) >= 0;
    int32_t diet = reply_find(in, &in->u->diet_cues);
    for (size_t i = 0; i < r->n_about; i++) {
        const struct menu_item *it = &in->menu->items[r->about[i]];
        if (i > 0)
            rb_lit(b, " ");
        if (price) {
            rb_add(b, "%s%s is ", rb_the(it->name, true), it->name);
            rb_price(b, it->price_cents);
            rb_lit(b, ".");
        } else if (diet >= 0 && order_item_claims_diet(in->u, it, (size_t)diet)) {
            rb_add(b, "Yes, %s%s is %s.", rb_the(it->name, false), it->name, in->u->diets[diet]);
        } else if (diet >= 0) {
            rb_add(b, "%s%s isn't marked %s: %s", rb_the(it->name, true), it->name,
                   in->u->diets[diet], it->description);
        } else {
            rb_lit(b, rb_the(it->name, true));
            rb_lit(b, it->name);
            rb_lit(b, " (");
            rb_price(b, it->price_cents);
            rb_lit(b, "): ");
            rb_lit(b, it->description);
        }
    }
}

static bool reply_was_retrieved(const struct order_reply_input *in, size_t item)
{
    for (size_t j = 0; j < in->n_retrieved; j++)
        if (in->retrieved[j] == item)
            return true;
    return false;
}

/* Does the item belong to the section (NULL: any) and claim the diet (-1: any)? */
static bool reply_fits(const struct order_reply_input *in, size_t item, const char *section,
                       int32_t diet)
{
    const struct menu_item *it = &in->menu->items[item];
    return (!section || strcmp(it->section, section) == 0) &&
           (diet < 0 || order_item_claims_diet(in->u, it, (size_t)diet));
}

/* The items of the asked section with the asked diet: first those retrieved for the
 * message (best first), then every other fitting item in menu order, so that the list is
 * complete and "we don't have any" is never said of something on the menu. */
static size_t reply_fitting(const struct order_reply_input *in, const char *section, int32_t diet,
                            size_t *fit)
{
    size_t n = 0;
    for (size_t j = 0; j < in->n_retrieved && n < REPLY_LIST_MAX; j++)
        if (reply_fits(in, in->retrieved[j], section, diet))
            fit[n++] = in->retrieved[j];
    for (size_t i = 0; i < in->menu->count && n < REPLY_LIST_MAX; i++)
        if (!reply_was_retrieved(in, i) && reply_fits(in, i, section, diet))
            fit[n++] = i;
    return n;
}

/* A question naming a diet and/or a section: the fitting items, or an honest "none". */
static void reply_listing(const struct order_reply_input *in, int32_t diet, int32_t section,
                          struct reply_buf *b)
{
    const char *diet_word = diet >= 0 ? in->u->diets[diet] : NULL;
    const char *section_name = section >= 0 ? in->u->sections[section] : NULL;
    const char *section_word = section_name ? section_name : "options";
    size_t fit[REPLY_LIST_MAX];
    size_t n = reply_fitting(in, section_name, diet, fit);
    if (n == 0) {
        rb_add(b, "Sorry, we don't have any %s%s%s at the moment.", diet_word ? diet_word : "",
               diet_word ? " " : "", section_word);
        return;
    }
    rb_add(b, "Our %s%s%s: ", diet_word ? diet_word : "", diet_word ? " " : "", section_word);
    for (size_t i = 0; i < n; i++) {
        rb_sep(b, i, n, " and ");
        rb_lit(b, in->menu->items[fit[i]].name);
    }
    rb_lit(b, ".");
}

/* "the A ($x) and the B ($y)", best first. */
static void reply_retrieved_list(const struct order_reply_input *in, struct reply_buf *b)
{
    for (size_t j = 0; j < in->n_retrieved; j++) {
        const struct menu_item *it = &in->menu->items[in->retrieved[j]];
        rb_sep(b, j, in->n_retrieved, " and ");
        rb_lit(b, rb_the(it->name, false));
        rb_lit(b, it->name);
        rb_lit(b, " (");
        rb_price(b, it->price_cents);
        rb_lit(b, ")");
    }
}

/* A question naming no item, diet or section ("anything with halloumi?"): the honest
 * default, then the retrieved items with their prices, best first, offered as the closest
 * (not as a yes: "chicken wings?" retrieves the nuggets). */
static void reply_retrieved(const struct order_reply_input *in, struct reply_buf *b)
{
    rb_lit(b, in->u->inquiry_default);
    if (in->n_retrieved == 0)
        return;
    rb_lit(b, " Closest on our menu: ");
    reply_retrieved_list(in, b);
    rb_lit(b, ".");
}

/* An inquiry about no menu item and nothing off the menu. */
static void reply_general(const struct order_reply_input *in, struct reply_buf *b)
{
    int32_t diet = reply_find(in, &in->u->diet_cues);
    int32_t section = reply_find(in, &in->u->section_cues);
    if (diet >= 0 || section >= 0)
        reply_listing(in, diet, section, b);
    else
        reply_retrieved(in, b);
}

/* "Sorry, we don't offer chicken wings. Closest on our menu: the Kids Chicken Nuggets
 * ($6.25)." */
static void reply_unknown_closest(const struct order_reply_input *in, struct order_result *r,
                                  struct reply_buf *b)
{
    reply_unknown(r, b);
    if (in->n_retrieved == 0)
        return;
    rb_lit(b, " Closest on our menu: ");
    reply_retrieved_list(in, b);
    rb_lit(b, ".");
}

/* Does the message also ask a question about the menu? */
static bool reply_asks(const struct order_result *r)
{
    for (size_t i = 0; i < r->n_intents; i++)
        if (r->intents[i] == ORDER_CATEGORY_INQUIRY)
            return true;
    return false;
}

static void reply_inquiry(const struct order_reply_input *in, struct order_result *r,
                          struct reply_buf *b)
{
    if (r->foreign)
        rb_lit(b, in->u->review_default);
    else if (r->n_about > 0)
        reply_about_items(in, r, b);
    else if (r->n_unknown > 0 && r->category == ORDER_CATEGORY_INQUIRY)
        reply_unknown_closest(in, r, b);
    else
        reply_general(in, b);
}

void order_reply_write(const struct order_reply_input *in, struct order_result *r)
{
    struct reply_buf b = {r->reply, 0, sizeof(r->reply)};
    r->reply[0] = '\0';
    switch (r->category) {
    case ORDER_CATEGORY_ORDER:
        reply_order(in, r, &b);
        if (!r->foreign && reply_asks(r)) { /* "... Does it contain nuts?" */
            rb_lit(&b, " ");
            reply_inquiry(in, r, &b);
        }
        break;
    case ORDER_CATEGORY_INQUIRY:
        reply_inquiry(in, r, &b);
        break;
    case ORDER_CATEGORY_OTHER: {
        int32_t topic = reply_topic(in);
        rb_lit(&b, topic >= 0 ? in->u->topic_replies[topic] : in->u->other_default);
        break;
    }
    default:
        ORDER_ASSERT(r->category < ORDER_CATEGORY_MAX);
    }
}
