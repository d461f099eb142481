/* attach_all_want.c — people listed one word each, then "all" and a verb of wanting
 * (attach.c, reading.h pass 4): "Tom, Ana and Raj all want chicken tinga burritos", "#5 #10
 * #12 all want ...". Each dish after it with no count of its own, up to a comma, is one for
 * each of them. */
#include <string.h>

#include "gateway/order/attach_internal.h"

/* How many people the words [b, i) list, one word each ("tom, ana and raj", "#5 #10 #12"),
 * joined by commas, "and", '&' or nothing; 0 when the words are anything else. */
static int32_t attach_listed_people(const struct attach_state *st, size_t b, size_t i)
{
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    int32_t n = 0;
    for (size_t p = b; p < i; p++) {
        if (t[p].kind == ORDER_TOKEN_PUNCT) {
            if (t[p].punct != ',' && t[p].punct != '&' && t[p].punct != '#')
                return 0;
            continue;
        }
        if (st->rg->roles[p] == ORDER_ROLE_GREETING || order_tok_is(text, t, p, i, "and"))
            continue;
        if (st->rg->roles[p] != ORDER_ROLE_NONE && st->rg->roles[p] != ORDER_ROLE_FILLER)
            return 0; /* a dish, a count, an opener: no list of people */
        n++;
    }
    return n;
}

/* Is token p a number written in digits ("15")? */
static bool attach_number_in_digits(const struct attach_state *st, size_t p)
{
    const struct order_token *t = &st->tokens[p];
    return t->kind == ORDER_TOKEN_WORD && attach_digits(st->text + t->off, t->len, false) >= 0;
}

/* "numbers 4, 6, 9 and 15 all want ...", "jerseys 3 and 7 all get ...": numbers in digits
 * right before "all" at i, after a word that says they name people, joined by commas, "and"
 * or '&'. Returns how many (0: no such list); the count a dish took from the list's last
 * number is no count of it. */
static int32_t attach_numbered_people(const struct attach_state *st, size_t i)
{
    static const char *const naming[] = {"numbers", "number",  "nos",  "no",    "jerseys",
                                         "jersey",  "players", "kids", "rooms", "beds"};
    const struct order_token *t = st->tokens;
    int32_t n = 0;
    size_t p = i;
    while (p > st->b) {
        size_t q = p - 1U;
        if (attach_number_in_digits(st, q))
            n++;
        else if (!(t[q].kind == ORDER_TOKEN_PUNCT && strchr(",&#", t[q].punct)) &&
                 !order_tok_is(st->text, t, q, st->e, "and"))
            break;
        p = q;
    }
    if (n < 2 || p == i || !attach_number_in_digits(st, p) || p == st->b ||
        !attach_in(st->text, t, p - 1U, st->e, naming, ORDER_WORDS_N(naming)))
        return 0;
    return n;
}

void attach_all_want(struct attach_state *st, size_t first, size_t end)
{
    if (!ORDER_CUES_ANY(&st->cues, "all"))
        return;
    static const char *const wanting[] = {"want", "wants", "get", "gets", "need",
                                          "have", "are",   "ll",  "will", "would"};
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    for (size_t i = st->b + 1U; i + 1U < st->e; i++) {
        if (!order_tok_is(text, t, i, st->e, "all") ||
            !attach_in(text, t, i + 1U, st->e, wanting, ORDER_WORDS_N(wanting)))
            continue;
        int32_t people = attach_listed_people(st, st->b, i);
        int32_t numbered = people == 0 ? attach_numbered_people(st, i) : 0;
        people = numbered > 0 ? numbered : people;
        if (people < 2 || people > ORDER_QTY_MAX)
            return;
        size_t stop = i + 2U; /* "..., #7 wants a bean and cheese": another's wanting */
        while (stop < st->e && !(t[stop].kind == ORDER_TOKEN_PUNCT && strchr(",;", t[stop].punct)))
            stop++;
        for (size_t s = first; s < end; s++) {
            struct order_thing *th = &st->rg->things[s];
            /* "numbers 4, 6, 9 and 15 all want cheeseburgers": 15 counted no cheeseburger */
            bool listed_count = numbered > 0 && th->qty_explicit && th->begin == i + 2U;
            if (th->begin > i && th->end <= stop && th->is_span && th->item >= 0 &&
                (!th->qty_explicit || listed_count) && !th->qty_unclear && !th->reference &&
                (th->qty == 1 || listed_count)) {
                th->qty = people;
                th->qty_explicit = true;
            }
        }
        return;
    }
}
