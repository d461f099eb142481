/* attach_quantity.c — the count of a dish (attach.c, reading.h pass 4): numbers in digits or
 * words ("3x", "a couple of", "2 dozen"; order_read_number and order_read_quantity for the
 * other passes) and the count and the words before a span ("2 large cheeseburgers", "(x3)
 * green garden burger", "three (3) carnitas tacos", "table 7 wants 2 cheeseburgers"). A count
 * said as a word that sounds like it is read in attach_heard_count.c, the count right after
 * a span in attach_count_after.c. */
#include <ctype.h>
#include <string.h>

#include "gateway/order/attach_internal.h"

enum { ATTACH_PREFIX_WORDS_MAX = 3 }; /* "2 large spicy cheeseburgers" */

/* Parses "123" or "12x" (digits then an optional 'x'). Returns the number, -1 otherwise. */
int32_t attach_digits(const char *s, size_t len, bool allow_x_suffix)
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

/* Does token b start right where token a ends, no space between them? */
static bool attach_tokens_touch(const struct order_token *a, const struct order_token *b)
{
    return a->off + a->len == b->off;
}

/* Does '/' and a number in digits stand at tokens[at], all three written together ("10/10",
 * "12/25")? With spaces around it the '/' separates two counts of a list ("asada tacos 6 / 3
 * large horchatas"). */
static bool attach_slash_digits(const char *text, const struct order_token *tokens, size_t at,
                                size_t end)
{
    return at >= 1 && at + 1 < end && tokens[at].kind == ORDER_TOKEN_PUNCT &&
           tokens[at].punct == '/' && tokens[at + 1].kind == ORDER_TOKEN_WORD &&
           attach_tokens_touch(&tokens[at - 1], &tokens[at]) &&
           attach_tokens_touch(&tokens[at], &tokens[at + 1]) &&
           attach_digits(text + tokens[at + 1].off, tokens[at + 1].len, false) >= 0;
}

/* "2 dozen", "three dozen": a count of dozens after the number [at, n) multiplies it by
 * twelve; returns the tokens it adds (0 when "dozen" does not follow, or the number is a
 * phrase of its own, "a dozen", "half a dozen"). */
static size_t attach_dozens(const char *text, const struct order_token *tokens, size_t at, size_t n,
                            size_t end, int32_t *v)
{
    enum { DOZEN = 12 };
    for (size_t p = at; p < n; p++)
        if (order_tok_is(text, tokens, p, end, "dozen") || order_tok_is(text, tokens, p, end, "a"))
            return 0;
    if (*v < 1 || *v > ORDER_QTY_MAX) /* no overflow: "999999999 dozen" counts nothing */
        return 0;
    /* "2 more dozen": more of them, counted in dozens all the same */
    size_t more = order_tok_is(text, tokens, n, end, "more") ? 1U : 0U;
    if (!order_tok_is(text, tokens, n + more, end, "dozen") &&
        !order_tok_is(text, tokens, n + more, end, "dozens"))
        return 0;
    *v *= DOZEN;
    return 1U + more;
}

/* "1/2 dozen", "3/4 of a dozen", "2 1/2 dozen": a fraction in digits (a whole number before
 * it perhaps) of a dozen, when it makes whole dishes; its tokens from at, *v the count; 0 when
 * none. */
static size_t attach_dozen_fraction(const char *text, const struct order_token *tokens, size_t at,
                                    size_t end, int32_t *v)
{
    enum { DOZEN = 12 };
    int32_t whole = 0;
    size_t f = at;
    if (at + 3U < end && tokens[at + 1U].kind == ORDER_TOKEN_WORD &&
        attach_slash_digits(text, tokens, at + 2U, end)) {
        whole = attach_digits(text + tokens[at].off, tokens[at].len, false);
        f = at + 1U; /* "2 1/2 dozen" */
    }
    if (whole < 0 || !attach_slash_digits(text, tokens, f + 1U, end))
        return 0;
    int32_t num = attach_digits(text + tokens[f].off, tokens[f].len, false);
    int32_t den = attach_digits(text + tokens[f + 2U].off, tokens[f + 2U].len, false);
    size_t p = f + 3U;
    if (order_tok_is(text, tokens, p, end, "of"))
        p += order_tok_is(text, tokens, p + 1U, end, "a") ? 2U : 1U; /* "3/4 of a dozen" */
    if (num < 1 || den <= num || whole > ORDER_QTY_MAX / DOZEN ||
        ((whole * den + num) * DOZEN) % den != 0 || !order_tok_is(text, tokens, p, end, "dozen"))
        return 0;
    *v = (whole * den + num) * DOZEN / den;
    return p + 1U - at;
}

/* Is the number token t written as money: a currency sign right before or after its digits
 * ("$4", "4$", "€5", "£3")? A price counts nothing ("churros $4", "#1 burrito ....$11"). */
bool attach_money_digits(const char *text, const struct order_token *t)
{
    if (t->kind != ORDER_TOKEN_WORD || attach_digits(text + t->off, t->len, false) < 0)
        return false;
    const unsigned char *w = (const unsigned char *)text + t->off;
    if (t->off > 0 && w[-1] == '$')
        return true;
    if (w[t->len] == '$')
        return true;
    /* "€" is E2 82 AC, "£" is C2 A3 in UTF-8: their last bytes right before the digits */
    return (t->off >= 3U && w[-3] == 0xE2 && w[-2] == 0x82 && w[-1] == 0xAC) ||
           (t->off >= 2U && w[-2] == 0xC2 && w[-1] == 0xA3);
}

/* Is the number at tokens[at] (value v, over ORDER_QTY_MAX) a catering count: at most
 * ORDER_QTY_CATERING_MAX, in digits with no leading zero, set apart from other digits and
 * marks before it ("$1,800", "0207 946 0018" are money and a phone number) and right before
 * a word ("120 carne asada tacos")? */
static bool attach_catering_count(const char *text, const struct order_token *tokens, size_t at,
                                  size_t end, int32_t v)
{
    const struct order_token *t = &tokens[at];
    if (v > ORDER_QTY_CATERING_MAX || text[t->off] == '0' || at + 1U >= end ||
        tokens[at + 1U].kind != ORDER_TOKEN_WORD ||
        attach_digits(text + tokens[at + 1U].off, tokens[at + 1U].len, false) >= 0)
        return false;
    char before = t->off > 0 ? text[t->off - 1U] : ' ';
    if (before != ' ' && before != '\n' && before != '(' && before != ':')
        return false;
    if (at == 0 || tokens[at - 1U].kind != ORDER_TOKEN_WORD)
        return true;
    const struct order_token *p = &tokens[at - 1U];
    for (size_t k = 0; k < p->len; k++)
        if (text[p->off + k] < '0' || text[p->off + k] > '9')
            return true;
    return false; /* "0207 946 ...": a run of digit groups, a phone number */
}

/* A number at tokens[at]: digits, "3x", or a number word or phrase of the understanding
 * ("two", "a couple of", "half a dozen"). Returns the tokens covered, 0 when none. */
size_t attach_number(const struct order_understanding *u, const char *text,
                     const struct order_token *tokens, size_t at, size_t end, int32_t *v)
{
    if (at >= end || tokens[at].kind != ORDER_TOKEN_WORD)
        return 0;
    size_t fraction = attach_dozen_fraction(text, tokens, at, end, v);
    if (fraction > 0)
        return fraction;
    *v = attach_digits(text + tokens[at].off, tokens[at].len, true);
    if (*v >= 0 && (attach_slash_digits(text, tokens, at + 1, end) ||
                    (at >= 2 && tokens[at - 2].kind == ORDER_TOKEN_WORD &&
                     attach_digits(text + tokens[at - 2].off, tokens[at - 2].len, false) >= 0 &&
                     attach_slash_digits(text, tokens, at - 1, end))))
        return 0; /* "10/10", "12/25": a rating or a date counts nothing */
    if (*v >= 0 && attach_money_digits(text, &tokens[at]))
        return 0;
    /* "#2 refried beans": a number sign marks the rank of a line in a list, no count */
    if (*v >= 0 && tokens[at].off > 0 && text[tokens[at].off - 1U] == '#')
        return 0;
    size_t k = 1;
    if (*v < 0) {
        size_t which;
        k = order_patterns_longest(&u->quantities, text, tokens, at, end, &which);
        if (k == 0)
            return 0;
        *v = u->quantities.items[which].value;
    }
    k += attach_dozens(text, tokens, at, at + k, end, v);
    /* "a dozen and a half", "2 dozen and a half": half a dozen more */
    if (order_tok_is(text, tokens, at + k - 1U, end, "dozen") &&
        order_tok_is(text, tokens, at + k, end, "and") &&
        order_tok_is(text, tokens, at + k + 1U, end, "a") &&
        order_tok_is(text, tokens, at + k + 2U, end, "half") && *v <= ORDER_QTY_MAX) {
        *v += 6;
        k += 3U;
    }
    bool catering =
        *v > ORDER_QTY_MAX && k == 1 && attach_catering_count(text, tokens, at, end, *v);
    return *v >= 1 && (*v <= ORDER_QTY_MAX || catering) ? k : 0;
}

size_t order_read_number(const struct order_understanding *u, const char *text,
                         const struct order_token *tokens, size_t at, size_t end, int32_t *v)
{
    return attach_number(u, text, tokens, at, end, v);
}

/* "double order of", "a triple serving of": a multiplier before a unit of serving of two
 * words or more counts that many servings ("double" alone, "a double", is a size of patty).
 * Returns the tokens covered, multiplier and unit, 0 when none; *times the multiplier. */
static size_t attach_multiplied_unit(const struct order_understanding *u, const char *text,
                                     const struct order_token *tokens, size_t at, size_t end,
                                     int32_t *times)
{
    enum { UNIT_WORDS_MIN = 2 };
    if (order_tok_is(text, tokens, at, end, "double"))
        *times = 2;
    else if (order_tok_is(text, tokens, at, end, "triple"))
        *times = 3;
    else
        return 0;
    size_t unit = order_patterns_longest(&u->quantity_units, text, tokens, at + 1U, end, NULL);
    return unit >= UNIT_WORDS_MIN && at + 1U + unit < end ? 1U + unit : 0;
}

size_t order_read_quantity(const struct order_understanding *u, const char *text,
                           const struct order_token *tokens, size_t at, size_t end, int32_t *qty)
{
    *qty = 1;
    int32_t v, times;
    size_t used = attach_number(u, text, tokens, at, end, &v);
    if (used == 0 && (used = attach_multiplied_unit(u, text, tokens, at, end, &times)) > 0) {
        *qty = times; /* "double order of churros" */
        return used;
    }
    if (used == 0 || at + used >= end)
        return 0; /* a number with nothing after it is not a quantity */
    size_t multiplied = attach_multiplied_unit(u, text, tokens, at + used, end, &times);
    if (multiplied > 0 && v * times <= ORDER_QTY_MAX) {
        *qty = v * times; /* "a double order of churros", "2 double orders of fries" */
        return used + multiplied;
    }
    size_t unit = order_patterns_longest(&u->quantity_units, text, tokens, at + used, end, NULL);
    if (at + used + unit < end)
        used += unit;
    *qty = v;
    return used;
}

bool attach_is_article(const char *text, const struct order_token *tokens, size_t i, size_t end)
{
    return order_tok_is(text, tokens, i, end, "a") || order_tok_is(text, tokens, i, end, "an");
}

/* Does a separator stand at i: punctuation other than '&', or "and" / "plus" / "with"? */
bool attach_boundary(const char *text, const struct order_token *tokens, size_t i, size_t end)
{
    if (tokens[i].kind == ORDER_TOKEN_PUNCT)
        return tokens[i].punct != '&';
    /* "w/" is "with" as texts write it, "w/o" is "without" */
    bool w_slash = order_tok_is(text, tokens, i, end, "w") && i + 1 < end &&
                   tokens[i + 1].kind == ORDER_TOKEN_PUNCT && tokens[i + 1].punct == '/' &&
                   !order_tok_is(text, tokens, i + 2, end, "o");
    return order_tok_is(text, tokens, i, end, "and") || order_tok_is(text, tokens, i, end, "n") ||
           order_tok_is(text, tokens, i, end, "plus") ||
           order_tok_is(text, tokens, i, end, "with") || w_slash;
}

/* ---- before a span: quantity and prefix words ---- */

bool attach_free(const struct attach_state *st, size_t i)
{
    return i < st->e && st->rg->roles[i] == ORDER_ROLE_NONE;
}

bool attach_th_stopped(const char *w, size_t len)
{
    static const char *const pointing[] = {"that", "this", "them", "these", "those"};
    if (len < 3U || w[0] != 'd')
        return false;
    for (size_t k = 0; k < ORDER_WORDS_N(pointing); k++)
        if (strlen(pointing[k]) == len + 1U && strncmp(pointing[k] + 2, w + 1, len - 1U) == 0)
            return true;
    return false;
}

/* Do the words [a, b) before a dish describe it: a size or modifier of the understanding, or
 * adjectives and words no dictionary knows ("large", "double", "spicy", "bacon")? "he wants
 * the" does not. */
static bool attach_describes(const struct attach_state *st, size_t a, size_t b)
{
    const struct order_understanding *u = st->rd->u;
    if (order_patterns_longest(&u->sizes, st->text, st->tokens, a, b, NULL) == b - a ||
        order_patterns_longest(&u->modifiers, st->text, st->tokens, a, b, NULL) == b - a)
        return true;
    for (size_t i = a; i < b; i++) {
        const struct order_token *t = &st->tokens[i];
        const char *w = st->text + t->off;
        bool known = order_dictionary_has(st->rd->dict, w, t->len);
        if (t->kind != ORDER_TOKEN_WORD || order_token_is(st->text, t, "like") || /* talk */
            (!known && t->len < 3U) || /* "da": a texted "the", too short to describe */
            !(order_dictionary_has(st->rd->lex->adjectives, w, t->len) ||
              order_food_word(st->rd->food, w, t->len) || !known))
            return false;
    }
    return true;
}

/* Reads [q, s->begin): a quantity, "each", connectors, then size or other words, which
 * become the span's first modifiers ("2 large cheeseburgers"). */
/* "side of rice and side of refried beans": a unit with no count right before a dish is
 * one of it; its words are the count's, not a thing of their own. */
static void attach_bare_unit(struct attach_state *st, struct order_thing *s)
{
    enum { UNIT_WORDS_MAX = 3 };
    for (size_t n = 2; n <= UNIT_WORDS_MAX && n <= s->begin - st->b; n++) {
        size_t a = s->begin - n;
        bool free = true;
        for (size_t p = a; p < s->begin; p++)
            free = free && attach_free(st, p);
        if (free && order_patterns_longest(&st->rd->u->quantity_units, st->text, st->tokens, a,
                                           s->begin, NULL) == n) {
            memset(st->rg->roles + a, ORDER_ROLE_QTY, n);
            return;
        }
    }
}

/* "extra jalapenos on the black bean burger", "no onions on my cheeseburger": a change
 * named before "on" / "in" and the dish it is made to is that dish's modifier. */
static void attach_change_on(struct attach_state *st, struct order_thing *s)
{
    if (!ORDER_CUES_ANY(&st->cues, "on", "onto", "in", "for"))
        return;
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    size_t o = s->begin;
    while (o > st->b && st->rg->roles[o - 1] == ORDER_ROLE_QTY)
        o--; /* "on 2 black bean burgers" */
    if (o > st->b &&
        (order_tok_is(text, t, o - 1, st->e, "the") || order_tok_is(text, t, o - 1, st->e, "my") ||
         order_tok_is(text, t, o - 1, st->e, "our")))
        o--;
    bool for_filler = o > st->b && st->rg->roles[o - 1] == ORDER_ROLE_FILLER &&
                      order_tok_is(text, t, o - 1, st->e, "for"); /* a "for *" filler */
    if (o <= st->b || !(attach_free(st, o - 1) || for_filler) ||
        !(order_tok_is(text, t, o - 1, st->e, "on") ||
          order_tok_is(text, t, o - 1, st->e, "onto") ||
          order_tok_is(text, t, o - 1, st->e, "in") ||
          order_tok_is(text, t, o - 1, st->e, "for"))) /* "no pickles for the burger" */
        return;
    size_t on = o - 1, r = on;
    while (r > st->b && attach_free(st, r - 1) && st->rg->mod_zone[r - 1] &&
           t[r - 1].kind == ORDER_TOKEN_WORD)
        r--;
    if (r == on)
        return;
    attach_add_modifier(st, s, r, on);
    for (size_t p = on; p < s->begin; p++)
        if (attach_free(st, p))
            st->rg->roles[p] = ORDER_ROLE_MODIFIER;
}

/* "2 or 3 orders of", "3-4", "two to three", "a few": a count given as a range before a dish
 * (or after it) is no count; the restaurant asks how many. Returns the tokens it covers before end,
 * 0 when none. */
/* Is token p one word of two numbers joined by a dash ("3-4": the tokens keep a dash between
 * letters or digits inside the word), the first below the second? */
bool attach_dashed_range(const struct attach_state *st, size_t p, size_t end)
{
    const struct order_token *t = st->tokens;
    if (p >= end || t[p].kind != ORDER_TOKEN_WORD)
        return false;
    const char *w = st->text + t[p].off;
    size_t d = 0;
    while (d < t[p].len && w[d] >= '0' && w[d] <= '9')
        d++;
    if (d == 0 || d + 1U >= t[p].len || w[d] != '-')
        return false;
    int32_t lo = attach_digits(w, d, false),
            hi = attach_digits(w + d + 1U, t[p].len - d - 1U, false);
    return lo > 0 && hi > lo && hi <= ORDER_QTY_MAX;
}

size_t attach_count_range(const struct attach_state *st, size_t p, size_t end)
{
    const struct order_token *t = st->tokens;
    if (attach_dashed_range(st, p, end))
        return 1; /* "3-4 elotes" */
    /* "churros: a few", "several": an amount left open, asked back as a range is */
    if (order_tok_is(st->text, t, p, end, "several"))
        return 1;
    if (order_tok_is(st->text, t, p, end, "a") && order_tok_is(st->text, t, p + 1U, end, "few"))
        return 2;
    int32_t lo, hi;
    if (attach_number(st->rd->u, st->text, t, p, end, &lo) != 1 ||
        attach_is_article(st->text, t, p, end) || p + 2 >= end)
        return 0;
    bool joins = order_tok_is(st->text, t, p + 1, end, "or") ||
                 order_tok_is(st->text, t, p + 1, end, "to") ||
                 (t[p + 1].kind == ORDER_TOKEN_PUNCT && t[p + 1].punct == '-');
    if (!joins)
        return 0;
    size_t k = order_read_quantity(st->rd->u, st->text, t, p + 2, end + 1, &hi);
    if (k == 0 || p + 2 + k > end || attach_is_article(st->text, t, p + 2, end) || hi <= lo)
        return 0;
    return 2 + k;
}

/* "(x3) green garden burger", "x2 lemonade": an "x" count heading a line or a list's entry,
 * alone or in parentheses, counts the dish right after it. Only where a thing starts (the
 * clause's start or after a separator), so a count after a dish stays that dish's. */
static bool attach_x_count_before(struct attach_state *st, struct order_thing *s)
{
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    size_t p = s->begin;
    if (p > st->b && t[p - 1U].kind == ORDER_TOKEN_PUNCT && t[p - 1U].punct == ')' &&
        attach_free(st, p - 1U))
        p--;
    size_t c = p;
    int32_t v = -1;
    if (c > st->b && t[c - 1U].kind == ORDER_TOKEN_WORD && t[c - 1U].len > 1 &&
        text[t[c - 1U].off] == 'x')
        v = attach_digits(text + t[c - 1U].off + 1, t[c - 1U].len - 1U, false), c--;
    else if (c > st->b + 1U && order_tok_is(text, t, c - 2U, st->e, "x"))
        v = attach_digits(text + t[c - 1U].off, t[c - 1U].len, false), c -= 2;
    if (v < 1 || v > ORDER_QTY_MAX)
        return false;
    for (size_t i = c; i < s->begin; i++)
        if (!attach_free(st, i))
            return false;
    bool paren = c > st->b && t[c - 1U].kind == ORDER_TOKEN_PUNCT && t[c - 1U].punct == '(';
    if (paren != (p < s->begin))
        return false; /* "(x3" or "x3)": not one count */
    size_t h = paren ? c - 1U : c;
    if (h > st->b && !(t[h - 1U].kind == ORDER_TOKEN_PUNCT && t[h - 1U].punct != '&'))
        return false;
    s->qty = v;
    s->qty_explicit = true;
    memset(st->rg->roles + h, ORDER_ROLE_QTY, s->begin - h);
    return true;
}

/* "table 7 wants 2 cheeseburgers", "the 4 of us want a burger": of two counts before a
 * dish with a verb between them, the one nearer the dish is its count; the first counts
 * who asks. So with a dish between ("1 pepsi 2 mexican cokes", "2 sparkling 3 fries"): the
 * first count is that dish's own. Returns where the count starts: q, which reads k tokens,
 * or the later one. */
static size_t attach_later_count(const struct attach_state *st, const struct order_thing *s,
                                 size_t q, size_t k)
{
    int32_t v;
    if (k == 0 || attach_count_not_other_at(st, q + k) > 0)
        return q; /* "4 not 3 onion rings": the count after "not" is taken back */
    for (size_t p = q + k; p < s->begin; p++) {
        static const char *const changes[] = {"with", "without", "w", "no", "extra",
                                              "and",  "or",      "x", "by", "times"};
        if (st->tokens[p].kind != ORDER_TOKEN_WORD ||
            order_tok_in(st->text, st->tokens, p, s->begin, changes, ORDER_WORDS_N(changes)))
            return q; /* "2 with 3 patties": a count of the change */
        if (p > q + k &&
            order_read_quantity(st->rd->u, st->text, st->tokens, p, s->begin + 1, &v) > 0)
            return p;
    }
    return q;
}

/* Does token p, a number of three digits or more, open its piece (the message, a line, or
 * after '/' or ';'), after an earlier piece opened by a place's word and a number? */
static bool attach_place_listed_before(const struct attach_state *st, size_t p,
                                       const char *const *places, size_t n_places)
{
    enum { PLACE_DIGITS_MIN = 3 };
    const struct order_token *t = st->tokens;
    if (t[p].kind != ORDER_TOKEN_WORD || t[p].len < PLACE_DIGITS_MIN || p == 0 ||
        attach_digits(st->text + t[p].off, t[p].len, false) < 0 ||
        t[p - 1U].kind != ORDER_TOKEN_PUNCT || !strchr("/;\n", t[p - 1U].punct))
        return false;
    for (size_t q = 0; q + 1U < p; q++) {
        bool opens = q == 0 || (t[q - 1U].kind == ORDER_TOKEN_PUNCT &&
                                strchr("/;\n", t[q - 1U].punct) != NULL);
        if (opens && order_tok_in(st->text, t, q, p, places, n_places) &&
            t[q + 1U].kind == ORDER_TOKEN_WORD &&
            attach_digits(st->text + t[q + 1U].off, t[q + 1U].len, false) >= 0)
            return true;
    }
    return false;
}

/* Is token p a place's number ("table 7", "room 12", "seat 3")? It counts no dish. */
bool attach_place_number(const struct attach_state *st, size_t p)
{
    if (!ORDER_CUES_ANY(&st->rg->cues, "table", "tbl", "seat", "room", "booth", "bay", "spot", "rm",
                        "apt", "suite", "unit", "desk", "bed", "locker", "ward", "dorm", "cabin",
                        "office", "gate", "door", "tables", "seats", "rooms", "beds", "car", "cars",
                        "cab", "taxi", "truck", "van"))
        return false;
    /* a dispatcher's cars and vans are places too: "car 9 a horchata" */
    static const char *const places[] = {
        "table",  "tbl",   "seat",  "room",   "booth", "bay",  "spot",  "rm",     "apt",   "suite",
        "unit",   "desk",  "bed",   "locker", "ward",  "dorm", "cabin", "office", "gate",  "door",
        "tables", "seats", "rooms", "beds",   "car",   "cars", "cab",   "taxi",   "truck", "van"};
    const struct order_token *t = st->tokens;
    /* "room 305 wants ... / room 307 a bowl / 309 just churros": a number opening its line or
     * piece, in a list whose earlier pieces open with a place's word and number, is one more
     * place, said without the word */
    if (attach_place_listed_before(st, p, places, ORDER_WORDS_N(places)))
        return true;
    /* "bed 10 and 11", "rooms 4, 5 and 6": the numbers listed after the place's word; a
     * comma lists only inside the list ("ward 4, 3 crispy chicken burgers" counts) */
    bool inside = p + 1U < st->e && (order_tok_is(st->text, t, p + 1U, st->e, "and") ||
                                     (t[p + 1U].kind == ORDER_TOKEN_PUNCT &&
                                      (t[p + 1U].punct == ',' || t[p + 1U].punct == '&')));
    for (size_t q = p;; q -= 2U) {
        if (q == 0 || t[q].kind != ORDER_TOKEN_WORD || st->text[t[q].off] < '0' ||
            st->text[t[q].off] > '9')
            return false;
        if (order_tok_in(st->text, t, q - 1U, st->e, places, ORDER_WORDS_N(places)))
            return true;
        bool comma = t[q - 1U].kind == ORDER_TOKEN_PUNCT && t[q - 1U].punct == ',';
        bool listed = q >= 2U && (order_tok_is(st->text, t, q - 1U, st->e, "and") ||
                                  (comma && (q != p || inside)) ||
                                  (t[q - 1U].kind == ORDER_TOKEN_PUNCT && t[q - 1U].punct == '&'));
        if (!listed)
            return false;
    }
}

/* Where a unit of serving that ends right before token b starts ("plates of" of "three (3)
 * plates of nachos"), or b when none does. */
static size_t attach_unit_before(const struct attach_state *st, size_t b)
{
    enum { UNIT_TOKENS_MAX = 3 };
    for (size_t x = b > st->b + UNIT_TOKENS_MAX ? b - UNIT_TOKENS_MAX : st->b; x < b; x++)
        if (attach_free(st, x) && order_patterns_longest(&st->rd->u->quantity_units, st->text,
                                                         st->tokens, x, b, NULL) == b - x)
            return x;
    return b;
}

/* "three (3) carnitas tacos", "(2) horchatas", "2 (two) horchatas": a count in parentheses
 * right before a dish (or its unit: "three (3) plates of ...") counts it, in digits alone
 * where a thing starts, or after the same count (how a count is written out on a form). */
static bool attach_paren_count_before(struct attach_state *st, struct order_thing *s)
{
    const struct order_token *t = st->tokens;
    size_t p = attach_unit_before(st, s->begin);
    if (p < st->b + 3U || t[p - 1U].kind != ORDER_TOKEN_PUNCT || t[p - 1U].punct != ')' ||
        t[p - 3U].kind != ORDER_TOKEN_PUNCT || t[p - 3U].punct != '(' ||
        t[p - 2U].kind != ORDER_TOKEN_WORD)
        return false;
    int32_t v = attach_digits(st->text + t[p - 2U].off, t[p - 2U].len, false);
    size_t h = p - 3U;
    int32_t w;
    if (v < 0 && (attach_number(st->rd->u, st->text, t, p - 2U, p - 1U, &w) != 1 || h <= st->b ||
                  attach_number(st->rd->u, st->text, t, h - 1U, h, &v) != 1 || v != w))
        return false; /* "2 (two)": a count in words only after the same count */
    if (v < 1 || v > ORDER_QTY_MAX)
        return false;
    for (size_t i = p - 3U; i < p; i++)
        if (!attach_free(st, i))
            return false;
    for (size_t q = st->b; q < h; q++)
        if (attach_free(st, q) && attach_number(st->rd->u, st->text, t, q, h, &w) == h - q &&
            w == v) {
            h = q; /* "three (3)" */
            break;
        }
    /* "table (4)": the bracketed number alone belongs to the word before it; a count written
     * out ("buy two (2) flans") is the dish's whatever word stands before it, and so is one
     * misspelt ("tow (2)") */
    if (h == p - 3U && h > st->b && t[h - 1U].kind == ORDER_TOKEN_WORD && attach_free(st, h - 1U)) {
        if (!attach_count_spelt(st, h - 1U, v))
            return false;
        h--;
    }
    s->qty = v;
    s->qty_explicit = true;
    memset(st->rg->roles + h, ORDER_ROLE_QTY, s->begin - h);
    return true;
}

/* Does "plus" or "also" stand between span s and the dish named before it ("2 each of the
 * fish taco and the al pastor, plus chips and guac")? What follows is added on its own, no
 * longer under the count of "each". */
static bool attach_adds_apart(const struct attach_state *st, const struct order_thing *s)
{
    if (!ORDER_CUES_ANY(&st->cues, "plus", "also"))
        return false;
    for (size_t p = s->begin; p > st->b && st->rg->roles[p - 1U] != ORDER_ROLE_ITEM; p--)
        if (order_tok_is(st->text, st->tokens, p - 1U, s->begin, "plus") ||
            order_tok_is(st->text, st->tokens, p - 1U, s->begin, "also"))
            return true;
    return false;
}

/* The words from p (after the count [q, q + k), if any) that still belong to it, not to the
 * dish at s: "each", "more", "of every", "just the", "another"; they become the count's.
 * Returns where the words before the dish that may change it begin. */
static size_t attach_count_words(struct attach_state *st, struct order_thing *s, size_t q, size_t k,
                                 size_t p)
{
    const char *text = st->text;
    if (k > 0 && order_tok_is(text, st->tokens, p, s->begin, "each")) {
        st->each_qty = s->qty;
        st->rg->roles[p++] = ORDER_ROLE_QTY;
    } else if (k > 0) {
        /* "..., and one order of rice and beans": a count of its own ends the list "2 each
         * of" counted; the dish after it is not in it */
        st->each_qty = 0;
    }
    static const char *const more[] = {"extra", "xtra", "additional"};
    if (k > 0 && p < s->begin && st->rg->roles[p] == ORDER_ROLE_NONE &&
        (order_tok_is(text, st->tokens, p, s->begin, "more") ||
         (s->qty > 1 && order_tok_in(text, st->tokens, p, s->begin, more, ORDER_WORDS_N(more)) &&
          order_patterns_longest(&st->rd->u->sizes, text, st->tokens, p, s->begin, NULL) == 0)))
        st->rg->roles[p++] = ORDER_ROLE_QTY; /* "2 more carnitas tacos", "2 extra fries": the
                                              * count, no change (reading_zones.c); "an extra
                                              * large lemonade" is sized */
    size_t all = order_all_of_kind_at(text, st->tokens, s->begin);
    if (k > 0 && all < s->begin && all > q &&
        (all <= p || (all == p + 1U && order_tok_is(text, st->tokens, p, s->begin, "of")))) {
        /* "2 of every dessert", "one of everything in the": the count's, no change */
        memset(st->rg->roles + p, ORDER_ROLE_QTY, s->begin - p);
        p = s->begin;
    }
    /* "just the small shake", "just fries": "just" before the article or right before the
     * dish says no more than it, no change */
    if (k == 0 &&
        (p + 1 == s->begin ||
         (p + 2 < s->begin && order_tok_is(text, st->tokens, p + 1, s->begin, "the"))) &&
        (order_tok_is(text, st->tokens, p, s->begin, "just") ||
         order_tok_is(text, st->tokens, p, s->begin, "only")))
        st->rg->roles[p++] = ORDER_ROLE_QTY;
    /* "both smoothies" of a kind of two: each of them once, see menu_refs */
    if (k == 0 && s->item < 0 && order_tok_is(text, st->tokens, p, s->begin, "both") &&
        order_both_of_two_at(text, st->tokens, s->begin, s))
        st->rg->roles[p++] = ORDER_ROLE_QTY;
    while (p < s->begin && (order_tok_is(text, st->tokens, p, s->begin, "of") ||
                            order_tok_is(text, st->tokens, p, s->begin, "the") ||
                            order_tok_is(text, st->tokens, p, s->begin, "those") ||
                            order_tok_is(text, st->tokens, p, s->begin, "them") ||
                            (p > q && order_tok_is(text, st->tokens, p - 1U, s->begin, "of") &&
                             order_tok_is(text, st->tokens, p, s->begin, "every"))))
        st->rg->roles[p++] = ORDER_ROLE_QTY; /* "one of every taco": the count, see menu_refs */
    if (k == 0 && st->each_qty > 0 && attach_adds_apart(st, s))
        st->each_qty = 0;
    if (k == 0 && st->each_qty > 0) {
        s->qty = st->each_qty;
        s->qty_explicit = true;
    }
    if (k == 0 && p + 1 == s->begin && order_tok_is(text, st->tokens, p, s->begin, "another"))
        st->rg->roles[p++] = ORDER_ROLE_QTY; /* "another flan": one more, no change to it */
    return p;
}

/* "obsessed with tres leches": a number word at q right before span s that is a word of the
 * span's own name ("tres" of Tres Leches Cake) names it, counts nothing: the span takes it
 * in. Returns whether it did. */
static bool attach_count_names_dish(struct attach_state *st, struct order_thing *s, size_t q)
{
    const char *text = st->text;
    if (q + 1U != s->begin || s->item < 0 || st->rg->n_hits[q] == 0 ||
        !order_item_set_has(&st->rd->lex->words[st->rg->hits[q][0].words[0]].items,
                            (size_t)s->item) ||
        st->tokens[q].len == 0 ||
        (text[st->tokens[q].off] >= '0' && text[st->tokens[q].off] <= '9'))
        return false;
    st->rg->roles[q] = ORDER_ROLE_ITEM;
    s->begin = (uint16_t)q;
    s->phrase_len = (uint16_t)order_words_join(text, st->tokens, s->begin, s->end, s->phrase,
                                               sizeof(s->phrase));
    return true;
}

/* Is token p a number naming one person, after the word it numbers and before a verb told
 * of one ("trumpet 2 wants flan", "player 7 gets nachos")? The verb's singular says one
 * person: the number labels them and counts no dish. */
static bool attach_person_numbered(const struct attach_state *st, size_t p)
{
    static const char *const wanting[] = {"wants", "needs", "gets", "takes"};
    const struct order_token *t = st->tokens;
    if (p <= st->b || t[p].kind != ORDER_TOKEN_WORD || st->text[t[p].off] < '0' ||
        st->text[t[p].off] > '9' || t[p - 1U].kind != ORDER_TOKEN_WORD ||
        st->rg->roles[p - 1U] != ORDER_ROLE_NONE || st->rg->n_hits[p - 1U] > 0 ||
        attach_food_token(st, p - 1U))
        return false;
    return attach_in(st->text, t, p + 1U, st->e, wanting, ORDER_WORDS_N(wanting));
}

void attach_before(struct attach_state *st, struct order_thing *s, size_t q)
{
    const struct order_understanding *u = st->rd->u;
    const char *text = st->text;
    int32_t qty;
    /* the quantity may stand after words that are not the item's ("ordering three ...",
     * "just 17 ..."): those stay unread */
    size_t from = q;
    for (size_t p = from; p < s->begin; p++)
        if (attach_place_number(st, p) || attach_person_numbered(st, p)) {
            q = p + 1U; /* "table 7 wants lemonades", "rm 309 churros": the place's, no count */
        } else if (order_read_quantity(u, text, st->tokens, p, s->begin + 1, &qty) > 0 ||
                   attach_dashed_range(st, p, s->begin) ||
                   order_patterns_longest(&u->vague_quantities, text, st->tokens, p, s->begin,
                                          NULL) > 0 ||
                   attach_money_amount(st, p, s->begin) > 0) {
            q = p;
            break;
        }
    size_t k = q < s->begin ? order_read_quantity(u, text, st->tokens, q, s->begin + 1, &qty) : 0;
    q = attach_later_count(st, s, q, k);
    k = q < s->begin ? order_read_quantity(u, text, st->tokens, q, s->begin + 1, &qty) : 0;
    if (k == 1 && attach_count_names_dish(st, s, q))
        k = 0;
    if (k > 0 && q + k < s->begin && attach_counts_time(st, q + k, s->begin))
        return; /* "2 years fry cook experience": the count is the time's */
    size_t vague = q < s->begin ? order_patterns_longest(&u->vague_quantities, text, st->tokens, q,
                                                         s->begin, NULL)
                                : 0;
    size_t range = q < s->begin ? attach_count_range(st, q, s->begin) : 0;
    if (range > vague && range > k)
        vague = range;
    size_t money = q < s->begin ? attach_money_amount(st, q, s->begin) : 0;
    if (money > vague)
        vague = money; /* "$15 worth of tacos": a sum to spend, the count asked */
    if (vague > k) {
        s->qty_unclear = true;
        k = vague > k ? vague : k + range;
    } else if (k > 0) {
        s->qty = qty;
        /* "a burger" counts by its article; "a dozen", "a couple of" are counts said */
        s->qty_explicit = !attach_is_article(text, st->tokens, q, st->e) || k > 1;
    }
    if (k > 0 && vague == 0)
        k += attach_count_not_other_at(st, q + k); /* "4 not 3": the pair is the count's */
    memset(st->rg->roles + q, ORDER_ROLE_QTY, k);
    size_t p = q + k;
    p = attach_count_words(st, s, q, k, p);
    if (k == 0 && vague == 0 && st->each_qty == 0 &&
        (attach_x_count_before(st, s) || attach_paren_count_before(st, s) ||
         attach_listed_count_before(st, s)))
        p = s->begin;
    else if (k == 0 && vague == 0 && st->each_qty == 0 && attach_homophone_count(st, s)) {
        /* the count said as another word ("to", "tw") is no change of it; a size after it
         * still is ("to large fries") */
        p = s->begin;
        while (p > q && attach_free(st, p - 1U))
            p--;
        if (p == s->begin || st->rg->roles[p - 1U] != ORDER_ROLE_QTY)
            p = s->begin;
    }
    if (k == 0 && vague == 0)
        attach_bare_unit(st, s);
    p = attach_size_of_unit(st, s, p);
    /* "lemme get dat jackfruit burger": a pointing word texted with "d" for "th" points at
     * the dish, as "that" would, and changes nothing of it */
    if (p < s->begin && attach_free(st, p) &&
        !order_dictionary_has(st->rd->dict, text + st->tokens[p].off, st->tokens[p].len) &&
        attach_th_stopped(text + st->tokens[p].off, st->tokens[p].len))
        st->rg->roles[p++] = ORDER_ROLE_FILLER;
    /* "the shredded chicken burrito" of a burrito of "shredded chicken": what it is, said,
     * no change; a size or a change of the understanding stays one ("big", "spicy") */
    bool held = p < s->begin && s->item >= 0 &&
                order_patterns_longest(&u->sizes, text, st->tokens, p, s->begin, NULL) == 0 &&
                order_patterns_longest(&u->modifiers, text, st->tokens, p, s->begin, NULL) == 0 &&
                attach_swap_held(st->rd->lex, s->item, text, st->tokens, p, s->begin);
    if (((held && attach_describes(st, p, s->begin)) || attach_name_misspelt(st, s, p) ||
         attach_cut_name_word(st, s, p)) &&
        s->begin - p <= ATTACH_PREFIX_WORDS_MAX)
        memset(st->rg->roles + p, ORDER_ROLE_ITEM, s->begin - p); /* part of its naming */
    else if (p < s->begin && s->begin - p <= ATTACH_PREFIX_WORDS_MAX &&
             attach_describes(st, p, s->begin) && !attach_judging_word(st, s, p) &&
             !attach_ordinary_word(st, s, p))
        attach_add_modifier(st, s, p, s->begin);
    attach_change_on(st, s);
}

/* Where a count goes on before q, the first word of the run before a dish, past the marks
 * and joins inside it: the fraction "1/2" or "2 1/2" before "dozen", the hesitations of "two,
 * um, kids quesadillas", the "and" of "a dozen and a half". q when it does not. */
static size_t attach_count_back(const struct attach_state *st, size_t q, size_t from)
{
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    if (q >= from + 2U && attach_slash_digits(text, t, q - 1U, st->e) && attach_free(st, q - 2U) &&
        t[q - 2U].kind == ORDER_TOKEN_WORD &&
        attach_digits(text + t[q - 2U].off, t[q - 2U].len, false) >= 0) {
        q -= 2U; /* "1/2 dozen" */
        if (q > from && t[q - 1U].kind == ORDER_TOKEN_WORD && attach_free(st, q - 1U) &&
            attach_digits(text + t[q - 1U].off, t[q - 1U].len, false) >= 0)
            q--; /* "2 1/2 dozen" */
        return q;
    }
    /* "two, um, like, kids quesadillas": a count, then sounds of hesitation set off by
     * commas, then the dish; the count is the dish's */
    size_t h = q;
    while (h >= from + 2U && t[h - 1U].kind == ORDER_TOKEN_PUNCT && t[h - 1U].punct == ',' &&
           t[h - 2U].kind == ORDER_TOKEN_WORD &&
           (attach_free(st, h - 2U) || st->rg->roles[h - 2U] == ORDER_ROLE_FILLER) &&
           (attach_hesitation_word(text + t[h - 2U].off, t[h - 2U].len) ||
            order_tok_is(text, t, h - 2U, st->e, "like")))
        h -= 2U;
    int32_t v;
    if (h < q && h >= from + 2U && t[h - 1U].kind == ORDER_TOKEN_PUNCT && t[h - 1U].punct == ',' &&
        attach_free(st, h - 2U) && attach_number(st->rd->u, text, t, h - 2U, h - 1U, &v) == 1U)
        return h - 2U;
    if (q >= from + 2U && order_tok_is(text, t, q, st->e, "a") &&
        order_tok_is(text, t, q + 1U, st->e, "half") &&
        order_tok_is(text, t, q - 1U, st->e, "and") &&
        order_tok_is(text, t, q - 2U, st->e, "dozen") && attach_free(st, q - 1U) &&
        attach_free(st, q - 2U))
        return q - 2U; /* "a dozen and a half" */
    return q;
}

/* Where the words that belong to span s begin: after the last boundary before it. */
size_t attach_pre_start(const struct attach_state *st, const struct order_thing *s, size_t from)
{
    size_t q = s->begin;
    for (;;) {
        while (q > from && attach_free(st, q - 1) && st->tokens[q - 1].kind == ORDER_TOKEN_WORD &&
               !attach_boundary(st->text, st->tokens, q - 1, st->e) &&
               s->begin - (q - 1) <= ATTACH_PREFIX_WORDS_MAX + 4)
            q--;
        size_t back = attach_count_back(st, q, from);
        if (back == q)
            return q;
        q = back;
    }
}
