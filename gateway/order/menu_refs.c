/* menu_refs.c — dishes a customer names by the menu itself rather than by name (reading.h):
 * by price ("the 11.75 burger"), by rank in price ("ur cheapest dessert", "the most
 * expensive bowl"), by the diet the menu claims ("the vegetarian burrito") or all of a kind
 * ("one of each dessert"). A person at the counter reads them off the menu: so does this,
 * from the menu's prices and descriptions and the span's candidates. */
#include <string.h>
#include <strings.h>

#include "gateway/order/diet_claims.h"
#include "gateway/order/reading.h"

enum menu_rank {
    MENU_RANK_NONE,
    MENU_RANK_CHEAPEST,
    MENU_RANK_DEAREST,
};

/* Words between a rank or a price and the dish that change nothing ("ur cheapest dessert",
 * "the cheapest drink you have"). */
static bool refs_filler(const char *text, const struct order_token *tokens, size_t i, size_t e)
{
    static const char *const words[] = {"the", "ur", "your", "you", "u", "ya", "a"};
    for (size_t k = 0; k < ORDER_WORDS_N(words); k++)
        if (order_tok_is(text, tokens, i, e, words[k]))
            return true;
    return false;
}

/* The rank in price that ends at token i ("cheapest", "most expensive"), or MENU_RANK_NONE;
 * *first is its first token. */
static enum menu_rank refs_rank_at(const char *text, const struct order_token *tokens, size_t lo,
                                   size_t i, size_t *first)
{
    *first = i;
    if (order_tok_is(text, tokens, i, i + 1, "cheapest"))
        return MENU_RANK_CHEAPEST;
    if (order_tok_is(text, tokens, i, i + 1, "priciest") ||
        order_tok_is(text, tokens, i, i + 1, "dearest"))
        return MENU_RANK_DEAREST;
    if (i > lo && (order_tok_is(text, tokens, i, i + 1, "expensive") ||
                   order_tok_is(text, tokens, i, i + 1, "pricey"))) {
        *first = i - 1U;
        if (order_tok_is(text, tokens, i - 1U, i, "most"))
            return MENU_RANK_DEAREST;
        if (order_tok_is(text, tokens, i - 1U, i, "least"))
            return MENU_RANK_CHEAPEST;
    }
    return MENU_RANK_NONE;
}

/* The price in cents written over tokens [first, i] ("11.75", "$9", "4.50"), ending at
 * token i, or -1. */
static int32_t refs_price_at(const char *text, const struct order_token *tokens, size_t lo,
                             size_t i, size_t *first)
{
    size_t f = i;
    while (f > lo &&
           (tokens[f - 1U].kind == ORDER_TOKEN_WORD ||
            (tokens[f - 1U].kind == ORDER_TOKEN_PUNCT && tokens[f - 1U].punct == '.')) &&
           tokens[f - 1U].off + tokens[f - 1U].len == tokens[f].off)
        f--; /* "11", ".", "75" written together */
    const char *s = text + tokens[f].off, *end = text + tokens[i].off + tokens[i].len;
    int32_t units = 0, cents = 0, digits = 0, decimals = -1;
    for (; s < end; s++) {
        if (*s >= '0' && *s <= '9') {
            if (decimals < 0 && ++digits <= 4)
                units = units * 10 + (*s - '0');
            else if (decimals >= 0 && decimals < 2)
                cents = cents * 10 + (*s - '0'), decimals++;
            else
                return -1;
        } else if (*s == '.' && decimals < 0 && digits > 0) {
            decimals = 0;
        } else {
            return -1;
        }
    }
    if (digits == 0 || digits > 4 || decimals == 0 || decimals == 1)
        return -1; /* "2 burgers" is a count; a price shows its cents ("11.75") */
    *first = f;
    return units * 100 + cents;
}

/* The candidates of th at price rank or price `cents`: the one item, or the ties. Returns
 * false, th unchanged, when no candidate costs `cents`: "2 smoothies" counts, no price. */
static bool refs_narrow(const struct menu *menu, struct order_thing *th, enum menu_rank rank,
                        int32_t cents)
{
    int32_t best = -1;
    for (int32_t i = order_item_set_next(&th->candidates, 0); i >= 0;
         i = order_item_set_next(&th->candidates, (size_t)i + 1)) {
        int32_t p = menu->items[i].price_cents;
        if (rank == MENU_RANK_NONE ? p == cents
                                   : best < 0 || (rank == MENU_RANK_CHEAPEST ? p < best : p > best))
            best = rank == MENU_RANK_NONE ? cents : p;
    }
    if (best < 0)
        return false; /* no dish of that price: left as it was */
    struct order_item_set keep;
    memset(&keep, 0, sizeof(keep));
    size_t n = 0;
    for (int32_t i = order_item_set_next(&th->candidates, 0); i >= 0;
         i = order_item_set_next(&th->candidates, (size_t)i + 1))
        if (menu->items[i].price_cents == best) {
            order_item_set_add(&keep, (size_t)i);
            th->item = n++ == 0 ? i : -1;
        }
    th->candidates = keep;
    return true;
}

/* Are tokens [b, e) free of any role (no opener, no count)? */
static bool refs_free(const struct order_reading *rg, size_t b, size_t e)
{
    for (size_t k = b; k < e; k++)
        if (rg->roles[k] != ORDER_ROLE_NONE)
            return false;
    return true;
}

/* Narrows th's candidates to keep, some of them but not all: the one item, or the ones left
 * to ask among. Returns whether it did. */
static bool refs_narrow_to(struct order_thing *th, const struct order_item_set *keep)
{
    size_t kept = order_item_set_count(keep);
    if (kept == 0 || kept == order_item_set_count(&th->candidates))
        return false;
    th->candidates = *keep;
    th->item = kept == 1 ? order_item_set_next(keep, 0) : -1;
    return true;
}

/* Narrows th's candidates to those the menu claims diet of, when some but not all are.
 * Returns whether it did; when none or all are, the diet is a wish, read as a modifier. */
static bool refs_keep_diet(const struct order_reader *rd, struct order_thing *th, size_t diet)
{
    struct order_item_set keep;
    memset(&keep, 0, sizeof(keep));
    for (int32_t i = order_item_set_next(&th->candidates, 0); i >= 0;
         i = order_item_set_next(&th->candidates, (size_t)i + 1))
        if (order_item_claims_diet(rd->u, &rd->lex->menu->items[i], diet))
            order_item_set_add(&keep, (size_t)i);
    return refs_narrow_to(th, &keep);
}

/* A diet named right before a kind of dish, [*first, b) ("the vegetarian burrito", "a gluten
 * free bowl"): narrows th's candidates to those the menu claims it of, when some but not all
 * are. Returns whether it did. */
static bool refs_diet(const struct order_reader *rd, const char *text,
                      const struct order_token *tokens, size_t lo, struct order_thing *th,
                      size_t *first)
{
    enum { DIET_WORDS_MAX = 2 };
    const struct order_understanding *u = rd->u;
    for (size_t n = 1; n <= DIET_WORDS_MAX && n <= th->begin - lo; n++) {
        size_t d = th->begin - n, which;
        if (order_patterns_longest(&u->diet_cues, text, tokens, d, th->begin, &which) != n)
            continue;
        if (!refs_keep_diet(rd, th, (size_t)u->diet_cues.items[which].value))
            return false;
        *first = d;
        return true;
    }
    return false;
}

/* A diet that picks among a kind after it, in a relative clause: "whichever shake is dairy
 * free", "a bowl, whichever is vegan", "the wrap that's vegetarian". Narrows th's candidates
 * as a diet before the kind does; the end of the clause's diet in *last (it picks, it changes
 * nothing). Returns whether it did. */
static bool refs_diet_after(const struct order_reader *rd, const char *text,
                            const struct order_token *tokens, const struct order_reading *rg,
                            size_t lo, size_t e, struct order_thing *th, size_t *last)
{
    if (!ORDER_CUES_ANY(&rg->cues, "whichever", "whatever", "which", "that", "thats", "whichevers",
                        "whatevers") ||
        !ORDER_CUES_ANY(&rg->cues, "is", "are", "s", "thats", "whichevers", "whatevers"))
        return false;
    /* "whichever's", "that's": the relative and "is" run together once the apostrophe goes */
    static const char *const contracted[] = {"thats", "whichevers", "whatevers"};
    static const char *const free_relatives[] = {"whichever", "whatever"};
    static const char *const relatives[] = {"whichever", "whatever", "which", "that"};
    static const char *const being[] = {"is", "are", "s"};
    /* "whichever shake is", or after the kind "(,) whichever is", "whichever's" */
    bool before = th->begin > lo && order_tok_in(text, tokens, th->begin - 1U, th->begin,
                                                 free_relatives, ORDER_WORDS_N(free_relatives));
    size_t p = th->end;
    /* "a shake please, whichever is vegan": a filler after the kind stands outside the pick */
    while (!before && p < e && tokens[p].kind == ORDER_TOKEN_WORD &&
           rg->roles[p] == ORDER_ROLE_FILLER)
        p++;
    /* set off by a comma or a dash: "one of the shakes - whichever is vegan" */
    if (!before && p < e && tokens[p].kind == ORDER_TOKEN_PUNCT &&
        (tokens[p].punct == ',' || tokens[p].punct == '-'))
        p++;
    if (!before && order_tok_in(text, tokens, p, e, contracted, ORDER_WORDS_N(contracted)))
        p++;
    else if (!before && order_tok_in(text, tokens, p, e, relatives, ORDER_WORDS_N(relatives)) &&
             order_tok_in(text, tokens, p + 1U, e, being, ORDER_WORDS_N(being)))
        p += 2;
    else if (!before && order_tok_in(text, tokens, p, e, relatives, ORDER_WORDS_N(relatives)) &&
             (order_tok_is(text, tokens, p + 1U, e, "one") ||
              order_tok_is(text, tokens, p + 1U, e, "ones")) &&
             order_tok_in(text, tokens, p + 2U, e, being, ORDER_WORDS_N(being)))
        p += 3; /* "whichever one is vegan": "one" stands for the kind */
    else if (before && order_tok_in(text, tokens, p, e, being, ORDER_WORDS_N(being)))
        p++;
    else
        return false;
    size_t which;
    size_t n = order_patterns_longest(&rd->u->diet_cues, text, tokens, p, e, &which);
    bool dish = false; /* "the shake thats vegan": "vegan" read as a dish of its own stays one */
    for (size_t k = p; k < p + n; k++)
        dish = dish || rg->roles[k] == ORDER_ROLE_ITEM;
    if (n == 0 || dish || !refs_keep_diet(rd, th, (size_t)rd->u->diet_cues.items[which].value))
        return false;
    *last = p + n;
    return true;
}

static void refs_all_of_kind_words(const char *text, const struct order_token *tokens,
                                   const struct order_thing *th, size_t e,
                                   struct order_reading *rg);

/* Is the price over tokens [first, last] written as one: after "$" or with its cents? */
static bool refs_written_price(const char *text, const struct order_token *tokens, size_t first,
                               size_t last)
{
    const char *p0 = text + tokens[first].off;
    size_t plen = tokens[last].off + tokens[last].len - tokens[first].off;
    return memchr(p0, '.', plen) || (p0 > text && p0[-1] == '$');
}

/* "the 5.25 fries": a price before words that name a dish of their own ("fries" is the
 * plain fries) picks, when that dish costs something else, the dish of that price among
 * those whose names hold all the words: the customer reads the kind's line off the menu. */
static void refs_priced_kind(const struct order_reader *rd, const char *text,
                             const struct order_token *tokens, size_t lo, struct order_thing *th,
                             struct order_reading *rg)
{
    const struct menu *menu = rd->lex->menu;
    size_t at = th->begin - 1U;
    while (at > lo && refs_filler(text, tokens, at, th->begin))
        at--;
    if (tokens[at].kind != ORDER_TOKEN_WORD || (size_t)th->item >= menu->count)
        return;
    size_t first = at;
    int32_t cents = refs_price_at(text, tokens, lo, at, &first);
    if (cents < 0)
        return;
    /* "3 brownies" counts: a price of a named dish is written as one, "$3" or "3.00" */
    if (!refs_written_price(text, tokens, first, at) || !refs_free(rg, first, th->begin))
        return;
    if (menu->items[th->item].price_cents != cents) {
        struct order_item_set named = th->candidates, kind;
        memset(&kind, 0, sizeof(kind));
        for (size_t i = 0; i < menu->count && i < ORDER_LEX_SET_WORDS * 64U; i++) {
            bool holds = true;
            for (size_t k = th->begin; k < th->end && holds; k++)
                holds = tokens[k].kind != ORDER_TOKEN_WORD ||
                        order_read_item_holds(rd, i, text + tokens[k].off, tokens[k].len);
            if (holds)
                order_item_set_add(&kind, i);
        }
        th->candidates = kind;
        if (!refs_narrow(menu, th, MENU_RANK_NONE, cents)) {
            th->candidates = named; /* no dish of the kind costs that: left as it was */
            return;
        }
    }
    memset(rg->roles + first, ORDER_ROLE_ITEM, th->begin - first);
    th->begin = (uint16_t)first;
}

/* "whatever burrito is under 10 bucks", "the dessert thats under 5 bucks": a kind bounded
 * by price after it is the one of its dishes that costs less, as a person reads it off the
 * menu; several that do stay to be asked among. The bound's words become fillers. */
static void refs_under_price_after(const struct menu *menu, const char *text,
                                   const struct order_token *tokens, struct order_reading *rg,
                                   size_t e, struct order_thing *th)
{
    static const char *const relative[] = {"that", "thats", "which", "is", "s", "at"};
    static const char *const under[] = {"under", "below", "less"};
    static const char *const units[] = {"bucks", "dollars", "dollar", "usd"};
    size_t p = th->end;
    while (p < e && p < th->end + 2U && order_tok_in(text, tokens, p, e, relative, 6))
        p++;
    if (!order_tok_in(text, tokens, p, e, under, ORDER_WORDS_N(under)))
        return;
    if (order_tok_is(text, tokens, p++, e, "less") && !order_tok_is(text, tokens, p++, e, "than"))
        return;
    if (p < e && tokens[p].kind == ORDER_TOKEN_PUNCT && tokens[p].punct == '$')
        p++;
    size_t first;
    int32_t bound = p < e ? refs_price_at(text, tokens, p, p, &first) : -1;
    if (bound <= 0 || !refs_free(rg, th->end, p + 1U))
        return;
    p += 1U + (order_tok_in(text, tokens, p + 1U, e, units, ORDER_WORDS_N(units)) ? 1U : 0U);
    struct order_item_set keep;
    memset(&keep, 0, sizeof(keep));
    for (int32_t i = order_item_set_next(&th->candidates, 0); i >= 0;
         i = order_item_set_next(&th->candidates, (size_t)i + 1))
        if (menu->items[i].price_cents < bound)
            order_item_set_add(&keep, (size_t)i);
    if (refs_narrow_to(th, &keep)) /* none costs less, or all do: the bound picks nothing */
        memset(rg->roles + th->end, ORDER_ROLE_FILLER, p - th->end);
}

/* "Carnitas $3.95 x4", "carnitas ($3.95)", "carnitas - 3.95": a price written right after a
 * kind of dish, a dash, bracket, colon or "@" between, says which of the kind costs it, as
 * "the $3.95 carnitas" does (refs_price_at). The price is read after it as after a dish
 * named (attach_count_after.c), a count after it the dish's. */
static void refs_price_after(const struct menu *menu, const char *text,
                             const struct order_token *tokens, struct order_reading *rg, size_t e,
                             struct order_thing *th)
{
    size_t p = th->end;
    while (p < e && tokens[p].kind == ORDER_TOKEN_PUNCT && strchr("(-:@$", tokens[p].punct))
        p++;
    if (p >= e || tokens[p].kind != ORDER_TOKEN_WORD)
        return;
    size_t last = p; /* "3", ".", "95" written together */
    while (last + 1U < e && tokens[last].off + tokens[last].len == tokens[last + 1U].off &&
           (tokens[last + 1U].kind == ORDER_TOKEN_WORD ||
            (tokens[last + 1U].kind == ORDER_TOKEN_PUNCT && tokens[last + 1U].punct == '.')))
        last++;
    size_t first = p;
    int32_t cents = refs_price_at(text, tokens, p, last, &first);
    if (cents < 0 || first != p || !refs_free(rg, th->end, last + 1U))
        return;
    refs_narrow(menu, th, MENU_RANK_NONE, cents); /* the price read after, as a named dish's */
}

void order_read_menu_refs(const struct order_reader *rd, const char *text,
                          const struct order_token *tokens, size_t c, struct order_reading *rg)
{
    for (size_t t = 0; t < rg->n_things; t++)
        if (rg->things[t].clause == c && rg->things[t].is_span && rg->things[t].item < 0)
            refs_price_after(rd->lex->menu, text, tokens, rg, rg->clauses[c].end, &rg->things[t]);
    if (ORDER_CUES_ANY(&rg->cues, "under", "below", "less"))
        for (size_t t = 0; t < rg->n_things; t++)
            if (rg->things[t].clause == c && rg->things[t].is_span && rg->things[t].item < 0)
                refs_under_price_after(rd->lex->menu, text, tokens, rg, rg->clauses[c].end,
                                       &rg->things[t]);
    size_t lo = rg->clauses[c].begin;
    for (size_t t = 0; t < rg->n_things; t++) {
        struct order_thing *th = &rg->things[t];
        if (th->clause != c || !th->is_span)
            continue;
        size_t diet_last;
        if (th->begin == lo) { /* "milkshake pls, whichever is vegan": picked after it only */
            if (th->item < 0 &&
                refs_diet_after(rd, text, tokens, rg, lo, rg->clauses[c].end, th, &diet_last))
                memset(rg->roles + th->end, ORDER_ROLE_FILLER, diet_last - th->end);
            continue;
        }
        if (th->item >= 0) {
            refs_priced_kind(rd, text, tokens, lo, th, rg);
            continue;
        }
        refs_all_of_kind_words(text, tokens, th, rg->clauses[c].end, rg);
        size_t diet_first;
        if (refs_diet(rd, text, tokens, lo, th, &diet_first) &&
            refs_free(rg, diet_first, th->begin)) {
            memset(rg->roles + diet_first, ORDER_ROLE_ITEM, th->begin - diet_first);
            th->begin = (uint16_t)diet_first;
            continue;
        }
        if (refs_diet_after(rd, text, tokens, rg, lo, rg->clauses[c].end, th, &diet_last)) {
            memset(rg->roles + th->end, ORDER_ROLE_FILLER, diet_last - th->end);
            continue;
        }
        size_t at = th->begin - 1U;
        while (at > lo && refs_filler(text, tokens, at, th->begin))
            at--;
        size_t first = at;
        enum menu_rank rank = refs_rank_at(text, tokens, lo, at, &first);
        int32_t cents = -1;
        if (rank == MENU_RANK_NONE && tokens[at].kind == ORDER_TOKEN_WORD)
            cents = refs_price_at(text, tokens, lo, at, &first);
        if ((rank == MENU_RANK_NONE && cents < 0) || !refs_free(rg, first, th->begin))
            continue;
        if (!refs_narrow(rd->lex->menu, th, rank, cents))
            continue;
        memset(rg->roles + first, ORDER_ROLE_ITEM, th->begin - first);
        th->begin = (uint16_t)first;
    }
}

bool order_read_add_priced(const char *text, const struct order_token *tokens, size_t c, size_t b,
                           size_t e, int32_t item, const struct order_item_set *priced,
                           struct order_reading *rg)
{
    struct order_thing *th = order_reading_add_thing(rg, c, b, e);
    if (!th)
        return false;
    th->is_span = true;
    th->item = item;
    th->candidates = *priced;
    th->score = 1.0f;
    th->phrase_len = (uint16_t)order_words_join(text, tokens, b, e, th->phrase, sizeof(th->phrase));
    memset(rg->roles + b, ORDER_ROLE_ITEM, e - b);
    memset(rg->mod_zone + b, false, e - b);
    rg->clauses[c].n_spans++;
    order_reading_sort_things(rg);
    return true;
}

/* "the 11.50 one", "that $9.25 ones", "the 2.25 thing": a price and "one(s)" or "thing(s)"
 * with no kind of dish named point at the dish of that price on the whole menu; its ties are
 * one of them, asked back. Right after a dish named they pick among its kind first
 * (priced_one_of_kind.c). */
void order_read_priced_ones(const struct order_reader *rd, const char *text,
                            const struct order_token *tokens, size_t c, struct order_reading *rg)
{
    if (!ORDER_CUES_ANY(&rg->cues, "one", "ones", "thing", "things") ||
        !ORDER_CUES_ANY(&rg->cues, "the", "that", "this"))
        return;
    static const char *const pointing[] = {"the", "that", "this"};
    static const char *const pro_nouns[] = {"one", "ones", "thing", "things"};
    const struct menu *menu = rd->lex->menu;
    size_t lo = rg->clauses[c].begin, e = rg->clauses[c].end;
    for (size_t o = lo + 2U; o < e; o++) {
        if (!order_tok_in(text, tokens, o, e, pro_nouns, ORDER_WORDS_N(pro_nouns)) ||
            tokens[o - 1U].kind != ORDER_TOKEN_WORD)
            continue;
        /* "the 12 dollar one": a unit after the number writes it as a price */
        static const char *const units[] = {"dollar", "dollars", "buck", "bucks"};
        bool unit = o >= lo + 3U && order_tok_in(text, tokens, o - 1U, e, units, 4) &&
                    tokens[o - 2U].kind == ORDER_TOKEN_WORD;
        size_t at = unit ? o - 2U : o - 1U, first = at;
        int32_t cents = refs_price_at(text, tokens, lo, at, &first);
        if (cents < 0 || first <= lo)
            continue;
        size_t d = first - 1U;
        if (tokens[d].kind == ORDER_TOKEN_PUNCT && tokens[d].punct == '$' && d > lo)
            d--;
        /* "ill have the" holds its "the" as the opener's */
        if (!order_tok_in(text, tokens, d, e, pointing, ORDER_WORDS_N(pointing)) ||
            !refs_free(rg, d + 1U, o + 1U) ||
            (rg->roles[d] != ORDER_ROLE_NONE && rg->roles[d] != ORDER_ROLE_OPENER))
            continue;
        if (rg->roles[d] == ORDER_ROLE_OPENER)
            d++;
        if (order_read_priced_one_of_kind(rd, text, tokens, c, d, o + 1U, cents, rg))
            continue;
        struct order_item_set priced;
        size_t n;
        int32_t item = order_menu_priced(menu, cents, &priced, &n);
        /* no dish at a price written as one ("$12", "12.00"): still a dish pointed at, asked
         * back; a bare number is left to the passes after */
        if (n == 0 && !unit && !refs_written_price(text, tokens, first, o - 1U))
            continue;
        if (!order_read_add_priced(text, tokens, c, d, o + 1U, item, &priced, rg))
            return;
    }
}

/* Is token t a count as a customer writes one before "each": digits or a number word up
 * to a dozen ("2", "one", "three")? */
static bool refs_count_word(const char *text, const struct order_token *t)
{
    static const char *const numbers[] = {"one",   "two",   "three", "four", "five",   "six",
                                          "seven", "eight", "nine",  "ten",  "eleven", "twelve"};
    if (t->kind != ORDER_TOKEN_WORD || t->len == 0)
        return false;
    bool digits = true;
    for (size_t k = 0; k < t->len; k++)
        digits = digits && text[t->off + k] >= '0' && text[t->off + k] <= '9';
    if (digits)
        return true;
    for (size_t n = 0; n < ORDER_WORDS_N(numbers); n++)
        if (strlen(numbers[n]) == t->len && memcmp(numbers[n], text + t->off, t->len) == 0)
            return true;
    return false;
}

/* Where "of each" (or "of every") begins when it comes right before token b, or "of each of
 * (the)" ("one of each of the smoothies", "2 of every dessert"); b when it does not. */
static size_t refs_of_each_at(const char *text, const struct order_token *tokens, size_t b)
{
    /* "of each kind of taco", "every flavour of jarritos", "each of the different tacos":
     * words that only say the kind has several, between "each" and the kind */
    static const char *const sorts[] = {"kind",    "kinds",    "type",   "types",
                                        "sort",    "sorts",    "flavor", "flavors",
                                        "flavour", "flavours", "variety"};
    size_t p = b;
    if (p >= 1 && (order_tok_is(text, tokens, p - 1U, b, "different") ||
                   order_tok_is(text, tokens, p - 1U, b, "diff")))
        p--;
    if (p >= 2 && order_tok_is(text, tokens, p - 1U, b, "of") &&
        order_tok_in(text, tokens, p - 2U, b, sorts, ORDER_WORDS_N(sorts)))
        p -= 2;
    if (p < b && p >= 1 && order_tok_is(text, tokens, p - 1U, b, "different"))
        p--; /* "each different kind of" */
    if (p >= 3 &&
        (order_tok_is(text, tokens, p - 1U, b, "the") ||
         order_tok_is(text, tokens, p - 1U, b, "your") ||
         order_tok_is(text, tokens, p - 1U, b, "ur")) &&
        order_tok_is(text, tokens, p - 2U, b, "of"))
        p -= 2; /* "each of the smoothies", "each of your shakes" */
    else if (p >= 3 && order_tok_is(text, tokens, p - 1U, b, "of") &&
             order_tok_is(text, tokens, p - 2U, b, "each"))
        p -= 1; /* "each of smoothies" */
    bool each = p >= 2 &&
                (order_tok_is(text, tokens, p - 1U, b, "each") ||
                 order_tok_is(text, tokens, p - 1U, b, "every")) &&
                order_tok_is(text, tokens, p - 2U, b, "of");
    if (each)
        return p - 2U;
    /* "one each of the smoothies", "2 each of your shakes": the count, then "each of", says
     * the same; "each" must follow the count ("a lemonade for each of the kids" counts people) */
    if (p < b && p >= 2 && order_tok_is(text, tokens, p - 1U, b, "each") &&
        refs_count_word(text, &tokens[p - 2U]))
        return p - 1U;
    return b;
}

/* Where "everything in the" (on, from; the, your) begins when it comes right before token b
 * ("one of everything in the desserts section", "everything on ur drinks menu x1"); b when
 * it does not. The kind after it is every dish of it, as after "of each". */
static size_t refs_everything_in_at(const char *text, const struct order_token *tokens, size_t b)
{
    static const char *const owners[] = {"the", "your", "ur", "yr"};
    static const char *const places[] = {"in", "on", "from", "off"};
    size_t p = b;
    for (size_t k = 0; p > 0 && k < ORDER_WORDS_N(owners); k++)
        if (order_tok_is(text, tokens, p - 1U, b, owners[k])) {
            p--;
            break;
        }
    bool place = false;
    for (size_t k = 0; p > 0 && !place && k < ORDER_WORDS_N(places); k++)
        place = order_tok_is(text, tokens, p - 1U, b, places[k]);
    return place && p >= 2 && order_tok_is(text, tokens, p - 2U, b, "everything") ? p - 2U : b;
}

/* Where the words that make a kind every dish of it begin ("of each", "of every",
 * "everything in the"), before token b; b when none do. */
size_t order_all_of_kind_at(const char *text, const struct order_token *tokens, size_t b)
{
    size_t p = refs_of_each_at(text, tokens, b);
    return p < b ? p : refs_everything_in_at(text, tokens, b);
}

/* "section" or "menu" right after a kind made every dish of it ("everything in the desserts
 * section") changes none of them; the words before it are the count's (attach.c). */
static void refs_all_of_kind_words(const char *text, const struct order_token *tokens,
                                   const struct order_thing *th, size_t e, struct order_reading *rg)
{
    if (!ORDER_CUES_ANY(&rg->cues, "section", "menu", "list", "part", "page"))
        return;
    static const char *const places[] = {"section", "menu", "list", "part", "page"};
    if (order_all_of_kind_at(text, tokens, th->begin) == th->begin)
        return;
    for (size_t k = 0; th->end < e && k < ORDER_WORDS_N(places); k++)
        if (rg->roles[th->end] == ORDER_ROLE_NONE &&
            order_tok_is(text, tokens, th->end, e, places[k]))
            rg->roles[th->end] = ORDER_ROLE_FILLER;
}

bool order_both_of_two_at(const char *text, const struct order_token *tokens, size_t b,
                          const struct order_thing *th)
{
    const struct order_token *last = &tokens[th->end - 1U];
    if (th->end <= th->begin || last->kind != ORDER_TOKEN_WORD || last->len < 2 ||
        text[last->off + last->len - 1U] != 's')
        return false; /* "both vegan right?": no kind named */
    size_t p = b;
    if (p > 0 && order_tok_is(text, tokens, p - 1U, b, "the"))
        p--;
    if (p > 0 && order_tok_is(text, tokens, p - 1U, b, "of"))
        p--;
    return p > 0 && order_tok_is(text, tokens, p - 1U, b, "both") &&
           order_item_set_count(&th->candidates) == 2;
}

/* The menu's items of the section named by token w ("sides", or its singular "side"), into
 * *out; their count. */
static size_t refs_section_items(const struct menu *menu, const char *text,
                                 const struct order_token *w, struct order_item_set *out)
{
    memset(out, 0, sizeof(*out));
    size_t n = 0;
    for (size_t i = 0; i < menu->count && w->kind == ORDER_TOKEN_WORD && w->len > 0; i++) {
        const char *name = menu->items[i].section;
        size_t len = strlen(name);
        bool same = len == w->len || (len == w->len + 1U && name[len - 1U] == 's');
        if (same && strncasecmp(name, text + w->off, w->len) == 0) {
            order_item_set_add(out, i);
            n++;
        }
    }
    return n;
}

void order_read_sections_of_all(const struct order_reader *rd, const char *text,
                                const struct order_token *tokens, size_t c,
                                struct order_reading *rg)
{
    if (!ORDER_CUES_ANY(&rg->cues, "each", "every", "everything"))
        return;
    size_t lo = rg->clauses[c].begin, e = rg->clauses[c].end;
    for (size_t w = lo + 2U; w < e; w++) {
        struct order_item_set section;
        if (rg->roles[w] == ORDER_ROLE_ITEM || order_all_of_kind_at(text, tokens, w) == w ||
            refs_section_items(rd->lex->menu, text, &tokens[w], &section) < 2)
            continue;
        /* the singular after "of each" only: "everything on the side" is a change */
        bool plural = text[tokens[w].off + tokens[w].len - 1U] == 's';
        if (!plural && refs_of_each_at(text, tokens, w) == w)
            continue;
        bool spanned = false;
        for (size_t t = 0; t < rg->n_things && !spanned; t++)
            spanned = rg->things[t].begin <= w && w < rg->things[t].end;
        if (spanned || !order_read_add_priced(text, tokens, c, w, w + 1U, -1, &section, rg))
            continue;
        static const char *const places[] = {"section", "menu", "list", "part", "page"};
        if (order_tok_in(text, tokens, w + 1U, e, places, ORDER_WORDS_N(places)))
            rg->roles[w + 1U] = ORDER_ROLE_FILLER;
    }
}

/* "a couple jarritos, one of each flavor", "2 shakes one of each": after a kind several dishes
 * fit, its count shared out one (or N) of each, the words ending the clause. Returns the count
 * of each, 0 when the words are not there or the kind's count is not that many of each. */
static int32_t refs_each_after(const char *text, const struct order_token *tokens,
                               const struct order_thing *th, size_t e)
{
    static const char *const sorts[] = {"kind", "type", "flavor", "flavour", "please", "pls"};
    size_t p = th->end;
    if (p < e && tokens[p].kind == ORDER_TOKEN_PUNCT && strchr(",-", tokens[p].punct))
        p++;
    int32_t each =
        order_tok_is(text, tokens, p, e, "one") || order_tok_is(text, tokens, p, e, "1") ? 1 : 0;
    if (each == 0 || !order_tok_is(text, tokens, p + 1U, e, "of") ||
        !order_tok_is(text, tokens, p + 2U, e, "each"))
        return 0;
    p += 3U;
    while (p < e && order_tok_in(text, tokens, p, e, sorts, ORDER_WORDS_N(sorts)))
        p++;
    if (p < e && tokens[p].kind == ORDER_TOKEN_WORD)
        return 0;
    int32_t kinds = (int32_t)order_item_set_count(&th->candidates);
    if (th->qty_explicit && th->qty != each * kinds)
        return 0; /* "3 shakes, one of each": a count the kinds do not share */
    return each;
}

void order_read_each_of_kind(const char *text, const struct order_token *tokens, size_t c,
                             struct order_reading *rg)
{
    if (!ORDER_CUES_ANY(&rg->cues, "each", "every", "everything", "both"))
        return;
    size_t n = rg->n_things;
    for (size_t t = 0; t < n; t++) {
        struct order_thing *th = &rg->things[t];
        if (th->clause != c || !th->is_span || th->item >= 0)
            continue;
        int32_t after = refs_each_after(text, tokens, th, rg->clauses[c].end);
        if (after > 0)
            th->qty = after;
        else if (order_all_of_kind_at(text, tokens, th->begin) == th->begin &&
                 !order_both_of_two_at(text, tokens, th->begin, th))
            continue;
        int32_t first = order_item_set_next(&th->candidates, 0);
        for (int32_t i = order_item_set_next(&th->candidates, (size_t)first + 1U); i >= 0;
             i = order_item_set_next(&th->candidates, (size_t)i + 1U)) {
            struct order_thing *more = order_reading_add_thing(rg, c, th->begin, th->end);
            if (!more)
                return;
            th = &rg->things[t];
            *more = *th;
            more->item = i;
            rg->clauses[c].n_spans++;
        }
        th->item = first;
    }
}

int32_t order_menu_priced(const struct menu *menu, int32_t cents, struct order_item_set *priced,
                          size_t *n)
{
    memset(priced, 0, sizeof(*priced));
    *n = 0;
    int32_t item = -1;
    for (size_t i = 0; i < menu->count; i++)
        if (menu->items[i].price_cents == cents) {
            order_item_set_add(priced, i);
            item = (*n)++ == 0 ? (int32_t)i : -1;
        }
    return item;
}

/* The price written as one ("$3.75", "3.75") ending at token i, in cents, or -1; *first is
 * its first token. A bare number ("3") is a count more often than a price. */
int32_t order_written_price_at(const char *text, const struct order_token *tokens, size_t lo,
                               size_t i, size_t *first)
{
    int32_t cents = refs_price_at(text, tokens, lo, i, first);
    return cents >= 0 && refs_written_price(text, tokens, *first, i) ? cents : -1;
}
