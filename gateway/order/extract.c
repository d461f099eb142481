/* extract.c — chunks, quantities and modifiers (see extract.h). No allocation. */
#include "gateway/order/extract.h"

#include <string.h>

#include "gateway/order/match.h"
#include "gateway/order/order_assert.h"

struct extract_state {
    const struct order_understanding *u;
    const struct order_patterns *names;
    const char *text;
    const struct order_token *toks;
    size_t n;
    struct order_extract *out;
    bool signed_off; /* a filler came after an item: the rest is not the order */
};

static bool tok_word(const struct extract_state *st, size_t i, const char *w)
{
    return i < st->n && st->toks[i].kind == ORDER_TOKEN_WORD &&
           order_token_is(st->text, &st->toks[i], w);
}

static bool tok_near(const struct extract_state *st, size_t i, const char *w, size_t wlen)
{
    const struct order_token *t = &st->toks[i];
    return t->kind == ORDER_TOKEN_WORD && order_word_near(st->text + t->off, t->len, w, wlen);
}

/* True when the "and" at token i sits inside a known phrase of list: the words on both
 * sides are the phrase's neighbours of its own "and" (allowing a typo). */
static bool and_in_phrase(const struct extract_state *st, const struct order_patterns *list,
                          size_t i)
{
    for (size_t k = 0; k < list->count; k++) {
        const struct order_pattern *p = &list->items[k];
        for (size_t w = 1; w + 1 < p->n_words; w++) {
            if (strcmp(p->words[w], "and") != 0)
                continue;
            if (tok_near(st, i - 1, p->words[w - 1], p->word_lens[w - 1]) &&
                tok_near(st, i + 1, p->words[w + 1], p->word_lens[w + 1]))
                return true;
        }
    }
    return false;
}

static bool is_separator(const struct extract_state *st, size_t i)
{
    if (st->toks[i].kind == ORDER_TOKEN_PUNCT)
        return true;
    if (tok_word(st, i, "plus"))
        return true;
    if (!tok_word(st, i, "and") || i == 0 || i + 1 >= st->n)
        return tok_word(st, i, "and");
    return !and_in_phrase(st, &st->u->modifiers, i) && !and_in_phrase(st, st->names, i);
}

/* Parses "123" or "12x" (digits then an optional 'x'). Returns the number, -1 otherwise. */
static int32_t digits_value(const char *s, size_t len, bool allow_x_suffix)
{
    if (allow_x_suffix && len > 1 && s[len - 1] == 'x')
        len--;
    if (len == 0 || len > 3)
        return -1;
    int32_t v = 0;
    for (size_t i = 0; i < len; i++) {
        if (s[i] < '0' || s[i] > '9')
            return -1;
        v = v * 10 + (s[i] - '0');
    }
    return v;
}

size_t order_extract_quantity(const struct order_understanding *u, const char *text,
                              const struct order_token *tokens, size_t at, size_t end, int32_t *qty)
{
    *qty = 1;
    if (at >= end || tokens[at].kind != ORDER_TOKEN_WORD)
        return 0;
    const struct order_token *t = &tokens[at];
    int32_t v = digits_value(text + t->off, t->len, true);
    size_t used = v >= 0 ? 1 : 0;
    bool x_suffix = v >= 0 && text[t->off + t->len - 1] == 'x';
    if (v < 0) {
        size_t which;
        used = order_patterns_longest(&u->quantities, text, tokens, at, end, &which);
        v = used ? u->quantities.items[which].value : -1;
    }
    if (used == 0 || v < 1 || v > ORDER_QTY_MAX || at + used >= end)
        return 0; /* no number, or a number with nothing after it is not a quantity */
    if (!x_suffix) {
        size_t unit =
            order_patterns_longest(&u->quantity_units, text, tokens, at + used, end, NULL);
        if (at + used + unit < end)
            used += unit;
    }
    *qty = v;
    return used;
}

static int32_t x_suffix_qty(const struct extract_state *st, size_t *i, size_t end);

/* Tokens a modifier at i covers, counting a lead word ("with extra pickles"); 0 if none.
 * *label receives the modifier's label index. */
static size_t modifier_at(const struct extract_state *st, size_t i, size_t end, uint16_t *label)
{
    const struct order_understanding *u = st->u;
    size_t which,
        lead = order_patterns_longest(&u->modifier_leads, st->text, st->toks, i, end, NULL);
    size_t k = order_patterns_longest(&u->modifiers, st->text, st->toks, i, end, &which);
    if (k == 0 && lead > 0) {
        k = order_patterns_longest(&u->modifiers, st->text, st->toks, i + lead, end, &which);
        k = k ? k + lead : 0;
    }
    if (k)
        *label = (uint16_t)u->modifiers.items[which].value;
    return k;
}

static void add_modifier(struct order_item_phrase *it, uint16_t label)
{
    for (size_t i = 0; i < it->n_modifiers; i++)
        if (it->modifiers[i] == label)
            return;
    if (it->n_modifiers < ORDER_ITEM_MODIFIERS_MAX)
        it->modifiers[it->n_modifiers++] = label;
}

/* Tokens a size phrase at i covers ("large", "extra large", "kids size"); 0 if none. *label
 * receives its label index. */
static size_t size_at(const struct extract_state *st, size_t i, size_t end, uint16_t *label)
{
    size_t which;
    size_t k = order_patterns_longest(&st->u->sizes, st->text, st->toks, i, end, &which);
    if (k)
        *label = (uint16_t)st->u->sizes.items[which].value;
    return k;
}

/* Gives it a size, always as its first modifier so the order does not depend on where the
 * size was said; an item keeps the first size it is given. */
static void set_size(struct order_item_phrase *it, uint16_t label)
{
    if (it->sized)
        return;
    size_t keep = it->n_modifiers < ORDER_ITEM_MODIFIERS_MAX ? it->n_modifiers
                                                             : ORDER_ITEM_MODIFIERS_MAX - 1U;
    memmove(it->modifiers + 1, it->modifiers, keep * sizeof(it->modifiers[0]));
    it->modifiers[0] = label;
    it->n_modifiers = (uint8_t)(keep + 1);
    it->sized = true;
}

/* Reads modifiers from i onwards onto item it; a filler running to the end signs off.
 * Returns where reading stopped. */
static size_t read_modifiers(struct extract_state *st, size_t i, size_t end,
                             struct order_item_phrase *it)
{
    uint16_t label;
    size_t k;
    for (;;) {
        int32_t xq = x_suffix_qty(st, &i, end); /* "hold the pickles x2" */
        if (xq > 0) {
            it->qty = xq;
            st->out->qty_seen = true;
            continue;
        }
        if (i >= end || (k = modifier_at(st, i, end, &label)) == 0)
            break;
        add_modifier(it, label);
        i += k;
    }
    if (i < end &&
        order_patterns_longest(&st->u->fillers, st->text, st->toks, i, end, NULL) == end - i) {
        st->signed_off = true;
        memset(st->out->roles + i, ORDER_ROLE_FILLER, end - i);
    }
    return i;
}

static bool filler_to_end(const struct extract_state *st, size_t i, size_t end)
{
    return i < end &&
           order_patterns_longest(&st->u->fillers, st->text, st->toks, i, end, NULL) == end - i;
}

/* Where the item name that starts at i ends: the first modifier, "xN" or trailing filler. */
static size_t name_end(const struct extract_state *st, size_t i, size_t end)
{
    uint16_t label;
    for (size_t j = i + 1; j < end; j++) {
        size_t k = size_at(st, j, end, &label);
        if (k > 0) { /* "extra large" is a size, never the modifier "extra ..." */
            j += k - 1;
            continue;
        }
        const struct order_token *t = &st->toks[j];
        bool x_qty = t->len > 1 && st->text[t->off] == 'x' &&
                     digits_value(st->text + t->off + 1, t->len - 1U, false) > 0;
        if (x_qty || tok_word(st, j, "x") || modifier_at(st, j, end, &label) > 0 ||
            filler_to_end(st, j, end))
            return j;
    }
    return end;
}

/* "x2" or "x 2" at i: the quantity, advancing *i; 0 when not there. */
static int32_t x_suffix_qty(const struct extract_state *st, size_t *i, size_t end)
{
    if (*i >= end)
        return 0;
    const struct order_token *t = &st->toks[*i];
    int32_t v = -1;
    if (t->len > 1 && st->text[t->off] == 'x') {
        v = digits_value(st->text + t->off + 1, t->len - 1U, false);
        *i += v > 0;
    } else if (tok_word(st, *i, "x") && *i + 1 < end) {
        const struct order_token *d = &st->toks[*i + 1];
        v = digits_value(st->text + d->off, d->len, false);
        *i += v > 0 ? 2 : 0;
    }
    return v > 0 && v <= ORDER_QTY_MAX ? v : 0;
}

static void copy_phrase(const struct extract_state *st, size_t b, size_t e,
                        struct order_item_phrase *it)
{
    size_t o = 0;
    for (size_t i = b; i < e; i++) {
        const struct order_token *t = &st->toks[i];
        if (t->kind != ORDER_TOKEN_WORD || o + (o > 0) + t->len >= ORDER_PHRASE_BYTES_MAX)
            continue;
        if (o > 0)
            it->text[o++] = ' ';
        memcpy(it->text + o, st->text + t->off, t->len);
        o += t->len;
    }
    it->text[o] = '\0';
    it->len = (uint16_t)o;
}

static bool phrase_has_letter(const struct order_item_phrase *it)
{
    for (size_t i = 0; i < it->len; i++)
        if ((unsigned char)it->text[i] >= 0x80 || (it->text[i] >= 'a' && it->text[i] <= 'z'))
            return true;
    return false;
}

/* The menu item tokens [b, e) name by name or alias (match.h), or -1. */
static int32_t span_names(const struct extract_state *st, size_t b, size_t e)
{
    struct order_item_phrase tmp;
    copy_phrase(st, b, e, &tmp);
    return tmp.len ? order_match_name(st->names, tmp.text, tmp.len) : -1;
}

/* Where a size phrase running to e starts inside (b, e) ("lemonade large"), or e. */
static size_t trailing_size(const struct extract_state *st, size_t b, size_t e, uint16_t *label)
{
    for (size_t j = b + 1; j < e; j++)
        if (size_at(st, j, e, label) == e - j)
            return j;
    return e;
}

/* A size at the front ("a large lemonade", "two big portions of fries": a quantity unit
 * after it is skipped too) or the back ("lemonade large") of the name [*b, *e) is taken
 * off when the rest names a menu item and the whole does not: "regular fries" and "small
 * salad" are aliases, "Kids Mini Burger" a name, and an unknown "large pork burger" is
 * reported as said. Returns the size's label, or -1 with the span untouched. */
static int32_t strip_size(const struct extract_state *st, size_t *b, size_t *e)
{
    uint16_t label = 0;
    size_t nb = *b, ne = *e, k = size_at(st, *b, *e, &label);
    if (k > 0) {
        nb += k;
        size_t unit =
            order_patterns_longest(&st->u->quantity_units, st->text, st->toks, nb, ne, NULL);
        nb += nb + unit < ne ? unit : 0;
    } else {
        ne = trailing_size(st, *b, *e, &label);
    }
    if (nb >= ne || (nb == *b && ne == *e))
        return -1;
    if (span_names(st, nb, ne) < 0 || span_names(st, *b, *e) >= 0)
        return -1;
    *b = nb;
    *e = ne;
    return label;
}

static void read_item(struct extract_state *st, size_t s, size_t e)
{
    int32_t qty;
    size_t q = order_extract_quantity(st->u, st->text, st->toks, s, e, &qty);
    size_t b = s + q;
    size_t ne = name_end(st, b, e);
    size_t after = ne;
    int32_t xq = x_suffix_qty(st, &after, e);
    struct order_extract *out = st->out;
    if (out->n_items == ORDER_ITEMS_MAX) {
        out->truncated = true;
        return;
    }
    struct order_item_phrase *it = &out->items[out->n_items];
    memset(it, 0, sizeof(*it));
    int32_t size = strip_size(st, &b, &ne);
    copy_phrase(st, b, ne, it);
    if (!phrase_has_letter(it))
        return; /* "92097", an order number: not something to eat */
    if (size >= 0)
        set_size(it, (uint16_t)size);
    it->qty = xq ? xq : qty;
    out->qty_seen = out->qty_seen || q > 0 || xq > 0;
    out->n_items++;
    read_modifiers(st, after, e, it);
}

/* Strips greetings and openers from the front of a chunk, marking their roles. */
static size_t skip_openers(struct extract_state *st, size_t s, size_t e)
{
    const struct order_understanding *u = st->u;
    for (;;) {
        size_t g = order_patterns_longest(&u->greetings, st->text, st->toks, s, e, NULL);
        size_t o = order_patterns_longest(&u->openers, st->text, st->toks, s, e, NULL);
        if (g == 0 && o == 0)
            return s;
        size_t k = o > g ? o : g;
        memset(st->out->roles + s, o > g ? ORDER_ROLE_OPENER : ORDER_ROLE_GREETING, k);
        st->out->opener_seen = st->out->opener_seen || o > g;
        s += k;
    }
}

/* Is tokens[i..e) empty or read by read_modifiers (a modifier, "x2", a trailing filler)?
 * Then a size before it belongs to the item before the chunk. */
static bool size_then_modifiers(const struct extract_state *st, size_t i, size_t e)
{
    uint16_t label;
    size_t after = i;
    return i >= e || modifier_at(st, i, e, &label) > 0 || x_suffix_qty(st, &after, e) > 0 ||
           filler_to_end(st, i, e);
}

static void read_chunk(struct extract_state *st, size_t s, size_t e)
{
    if (st->signed_off && st->out->n_items > 0) {
        memset(st->out->roles + s, ORDER_ROLE_FILLER, e - s); /* after the sign-off */
        return;
    }
    s = skip_openers(st, s, e);
    if (s >= e)
        return;
    uint16_t label;
    struct order_extract *out = st->out;
    size_t k = size_at(st, s, e, &label);
    if (k > 0 && out->n_items > 0 && size_then_modifiers(st, s + k, e)) {
        struct order_item_phrase *it = &out->items[out->n_items - 1];
        set_size(it, label); /* "a lemonade, large" / "fries (large, extra salt)" */
        read_modifiers(st, s + k, e, it);
        return;
    }
    if (k == 0 && modifier_at(st, s, e, &label) > 0) {
        if (out->n_items > 0) /* else a modifier of nothing: dropped */
            read_modifiers(st, s, e, &out->items[out->n_items - 1]);
        return;
    }
    if (filler_to_end(st, s, e)) {
        st->signed_off = out->n_items > 0;
        memset(out->roles + s, ORDER_ROLE_FILLER, e - s);
        return;
    }
    read_item(st, s, e);
}

void order_extract_items(const struct order_understanding *u, const struct order_patterns *names,
                         const char *text, const struct order_token *tokens, size_t n,
                         struct order_extract *out)
{
    ORDER_ASSERT(n <= ORDER_TOKENS_MAX);
    out->n_items = 0;
    out->truncated = out->opener_seen = out->qty_seen = false;
    memset(out->roles, ORDER_ROLE_NONE, n);
    struct extract_state st = {u, names, text, tokens, n, out, false};
    size_t start = 0;
    for (size_t i = 0; i < n; i++) {
        if (is_separator(&st, i)) {
            read_chunk(&st, start, i);
            start = i + 1;
        }
    }
    read_chunk(&st, start, n);
    out->signed_off = st.signed_off && out->n_items > 0;
}
