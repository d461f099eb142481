/* correct.c — corrections a customer makes while writing, read across the whole message.
 *
 * People correct themselves mid-sentence without starting a new one: "can i get the jackfruit
 * burger and onion rings actually make it 2 onion rings", "two chicken burgers, actually
 * three", "2 beef burgers, 2 fries and onion rings… scratch the onion rings", "3 al pastor
 * tacos and a horchata, wait no make that 4 pastor, and a jamaica instead of the horchata".
 * Read word by word, each of these adds a dish (or a modifier: "actually make it") instead of
 * changing one. The words that lead a correction are marked before the spans are read
 * (order_read_correction_leads), so no dish takes them as its modifier; once every clause is
 * read, order_read_corrections applies them to the things asked for. A dish dropped or
 * replaced becomes a reference (reading.h): it stays in the reading, adds nothing. */
#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>
#include <ctype.h>
#include <string.h>

#include "gateway/order/reading.h"

enum correct_kind {
    CORRECT_NONE,
    CORRECT_COUNT,  /* "actually make it 3": the count after it is the right one */
    CORRECT_REMOVE, /* "scratch the onion rings": the dish after it is not wanted */
    CORRECT_SWAP,   /* "beef burger. actually no wait, make it a cheeseburger": the dish
                     * after it replaces the one before */
};

enum { CORRECT_PRE_MAX = 3, CORRECT_PHRASE_WORDS = 3 };

struct correct_lead {
    enum correct_kind kind;
    size_t begin, end; /* the lead's tokens; for a removal, the dish's too */
    size_t at;         /* count: its first token; removal: the first token after the lead */
    size_t count_end;  /* count: after its number and unit ("two orders") */
    int32_t count;     /* count: the number */
    int32_t item;      /* removal, swap: the menu item named (-1: "scratch that") */
    bool adjacent;     /* swap: only of a dish right before it ("X, no wait the Y") */
    bool names_was;    /* swap: the word after the lead names the dish replaced ("make the
                        * fries sweet potato") */
    bool doubled;      /* count: "double the onion rings", twice the count asked before */
    bool restated;     /* count: after "i mean": the counted dish restates the one before */
    bool named;        /* count: after the words naming its dish ("make the asada 18") */
    int32_t carried;   /* change: the count of the dish changed ("switch the 2 tacos to
                        * ..."), which the new dish takes; 0 when none was said */
    bool changed;      /* removal: of a dish changed into the one after it */
};

/* The phrase of words[][] that starts at i, or 0: its length in tokens. */
static size_t correct_phrase_at(const char *text, const struct order_token *t, size_t i, size_t e,
                                const char *const (*phrases)[CORRECT_PHRASE_WORDS], size_t n)
{
    for (size_t p = 0; p < n; p++) {
        size_t w = 0;
        while (w < CORRECT_PHRASE_WORDS && phrases[p][w] &&
               order_tok_is(text, t, i + w, e, phrases[p][w]))
            w++;
        if (w == CORRECT_PHRASE_WORDS || !phrases[p][w])
            return w;
    }
    return 0;
}

/* Is every token of [b, e) a word nothing has read yet? */
static bool correct_unread(const struct order_token *t, const struct order_reading *rg, size_t b,
                           size_t e)
{
    for (size_t i = b; i < e; i++)
        if (t[i].kind != ORDER_TOKEN_WORD || rg->roles[i] != ORDER_ROLE_NONE)
            return false;
    return true;
}

/* A removal whose verb is at p (the opening words before it are out->begin's), of the dish whose
 * name starts at d (item, or -1 for "scratch that"): the name's words are the correction's. */
static bool correct_removal(const char *text, const struct order_token *t,
                            const struct order_reading *rg, size_t p, size_t d, size_t n,
                            int32_t item, struct correct_lead *out)
{
    size_t end = d;
    while (item >= 0 && end < n && t[end].kind == ORDER_TOKEN_WORD && rg->n_hits[end] > 0)
        end++; /* the dish's words */
    if (item >= 0 && end > d &&
        (order_tok_is(text, t, end, n, "one") || order_tok_is(text, t, end, n, "ones")))
        end++;                          /* "scratch the mango one": "one" counts nothing */
    if (!correct_unread(t, rg, p, end)) /* the opening words before p may be a greeting's */
        return false;
    out->kind = CORRECT_REMOVE;
    out->at = d;
    out->end = end;
    out->item = item;
    return true;
}

/* The words that may open a correction ("actually", "no", "wait", ", ") before its verb. */
struct correct_pre {
    size_t p;      /* the first token after them */
    size_t words;  /* how many */
    bool strong;   /* one only a correction starts with: "actually", "wait", "sorry", "nah" */
    bool said_no;  /* the last is "no": "actually no onion rings" */
    bool no_comma; /* a "no" set off by a comma: "no, three" */
};

static struct correct_pre correct_read_pre(const char *text, const struct order_token *t, size_t i,
                                           size_t n)
{
    static const char *const pre[] = {"actually", "no", "wait", "sorry", "oh", "nah", "and"};
    static const char *const marks[] = {"actually", "wait", "sorry", "nah"};
    struct correct_pre r = {.p = i};
    while (r.words < CORRECT_PRE_MAX) {
        if (r.p > i && r.p < n && t[r.p].kind == ORDER_TOKEN_PUNCT && t[r.p].punct == ',') {
            r.p++; /* "actually no wait, make it ..." */
            r.no_comma = r.no_comma || r.said_no;
            r.said_no = false; /* "wait no, the strawberry one": the "no" is of the dish before */
            continue;
        }
        if ((order_tok_is(text, t, r.p, n, "hang") || order_tok_is(text, t, r.p, n, "hold")) &&
            order_tok_is(text, t, r.p + 1, n, "on")) {
            r.strong = true; /* "no hang on, the crispy chicken burger" */
            r.said_no = false;
            r.p += 2;
            r.words++;
            continue;
        }
        if (!order_tok_in(text, t, r.p, n, pre, sizeof(pre) / sizeof(*pre)))
            break;
        r.strong = r.strong || order_tok_in(text, t, r.p, n, marks, sizeof(marks) / sizeof(*marks));
        r.said_no = order_tok_is(text, t, r.p, n, "no");
        r.p++;
        r.words++;
    }
    while (r.words > 0 && r.p < n && t[r.p].kind == ORDER_TOKEN_PUNCT && t[r.p].punct == ',') {
        r.p++;
        r.no_comma = r.no_comma || r.said_no;
        r.said_no = false;
    }
    /* "actually no the chickpea salad": a "no" before "the" answers the dish before, as
     * "no, the ..." does; a part left out has no article ("actually no onion rings") */
    if (r.said_no && r.strong && order_tok_is(text, t, r.p, n, "the"))
        r.said_no = false;
    return r;
}

/* Is menu item `item` named by its whole name or an alias before token i? */
static bool correct_named_before(const struct order_reader *rd, const char *text,
                                 const struct order_token *t, const struct order_reading *rg,
                                 size_t i, int32_t item)
{
    for (size_t j = 0; j < i; j++)
        if (t[j].kind == ORDER_TOKEN_WORD && rg->n_hits[j] > 0 &&
            order_read_name_at(rd, text, t, rg, j, i) == item)
            return true;
    return false;
}

/* Is there a count at c alone, no article, ending its clause ("2", "three.")? */
static bool correct_count_alone(const struct order_reader *rd, const char *text,
                                const struct order_token *t, size_t c, size_t n)
{
    int32_t v;
    size_t q = order_read_number(rd->u, text, t, c, n, &v);
    return q > 0 && !order_tok_is(text, t, c, n, "a") && !order_tok_is(text, t, c, n, "an") &&
           (c + q >= n || t[c + q].kind == ORDER_TOKEN_PUNCT);
}

static int32_t correct_kind_by_name_before(const struct order_reader *rd, const char *text,
                                           const struct order_token *t, size_t n,
                                           const struct order_reading *rg, size_t p, size_t d);

/* A correction of a count ("actually make it 3", "actually three") or of the dish itself
 * ("make it a cheeseburger", "actually no onion rings") after the opening words. */
static bool correct_count_or_dish(const struct order_reader *rd, const char *text,
                                  const struct order_token *t, size_t n,
                                  const struct order_reading *rg, const struct correct_pre *pre,
                                  struct correct_lead *out)
{
    static const char *const counts[][CORRECT_PHRASE_WORDS] = {
        {"make", "it"},           {"make", "that"},       {"make", "them"},
        {"make", "em"},           {"make", "those"},      {"i", "mean"},
        {"i", "meant"},           {"change", "it", "to"}, {"change", "that", "to"},
        {"no", "make", "it"},     {"lets", "do"},         {"lets", "go", "with"},
        {"lets", "get"},          {"make", "the"},        {"switch", "it", "to"},
        {"switch", "that", "to"}, {"switch", "to"}};
    static const char *const adding[] = {"more", "extra", "additional", "another"};
    static const char *const units[] = {"orders", "portions", "servings", "of"};
    size_t p = pre->p;
    size_t k = correct_phrase_at(text, t, p, n, counts, sizeof(counts) / sizeof(*counts));
    int32_t v;
    /* "3 lemonades, actually just 2", "..., only 2": a count alone after "just" / "only" that
     * ends its clause, no dish after it, takes the place of the count before */
    if (k == 0 && (order_tok_is(text, t, p, n, "just") || order_tok_is(text, t, p, n, "only")) &&
        correct_unread(t, rg, p, p + 1)) {
        if (!correct_count_alone(rd, text, t, p + 1, n))
            return false;
        k = 1;
    }
    /* "two. no, three.": so does a count alone after a "no" set off by a comma */
    bool no_then_count = k == 0 && pre->no_comma && correct_count_alone(rd, text, t, p, n);
    if ((k == 0 && !(pre->strong && pre->words > 0) && !no_then_count) ||
        !correct_unread(t, rg, p, p + k))
        return false; /* the opening words may be read as a greeting's: "Actually, ..." */
    size_t q = order_read_number(rd->u, text, t, p + k, n, &v);
    bool article =
        q == 1 && (order_tok_is(text, t, p + k, n, "a") || order_tok_is(text, t, p + k, n, "an"));
    if (q == 0 || article) {
        int32_t item = order_read_name_at(rd, text, t, rg, p + k, n);
        /* "make it a cheeseburger"; "the cheeseburger, no wait the halloumi burger" right
         * after the dish it replaces (correct_swap checks how near) */
        size_t d = p + k + q;
        if (order_tok_is(text, t, d, n, "the") || order_tok_is(text, t, d, n, "a") ||
            order_tok_is(text, t, d, n, "an"))
            d++;
        /* "let's do the jackfruit"; not "make it vegan", "make it large": a change */
        bool dish_next = d < n && rg->n_hits[d] > 0 &&
                         order_patterns_longest(&rd->u->modifier_starts, text, t, d, n, NULL) == 0;
        /* "the mango smoothie... no wait the strawberry one": a menu word and "one" after
         * the opening words name the dish that replaces it */
        bool pro_form = dish_next && (order_tok_is(text, t, d + 1, n, "one") ||
                                      order_tok_is(text, t, d + 1, n, "ones"));
        /* "make the asada 18": words naming a kind, then a count, correct the count of the
         * dish of that kind asked for before (correct_count) */
        size_t count_at = 0, count_end = 0;
        if (item < 0 && q == 0 && k == 2 && order_tok_is(text, t, p + 1, n, "the") &&
            (count_end =
                 order_read_count_after_words(rd, text, t, n, rg, d, &out->count, &count_at)) > 0) {
            out->kind = CORRECT_COUNT;
            out->end = p + k;
            out->at = d;
            out->count_end = count_end;
            out->named = true;
            return true;
        }
        /* "the quinoa bowl. actually scratch that, the chickpea salad. actually no the
         * bowl": a kind after the opening words points back at the one dish of it named
         * before, asked for again */
        if (item < 0 && k == 0 && q == 0 && dish_next && pre->strong && !pre->said_no && d > p &&
            order_tok_is(text, t, p, n, "the"))
            item = correct_kind_by_name_before(rd, text, t, n, rg, out->begin, d);
        if ((item >= 0 || (k > 0 && dish_next) || pro_form) &&
            (k > 0 || (pre->strong && !pre->said_no && q == 0))) {
            out->kind = CORRECT_SWAP;
            out->end = out->at = p + k;
            out->item = item;
            out->adjacent = k == 0;
            out->names_was = k == 2 && order_tok_is(text, t, p + 1, n, "the");
            return true;
        }
        /* "actually no onion rings, just 2 fries": a dish not asked for before, named after
         * "actually no" (one asked for before is the clause's correction: attach.c) */
        if (item >= 0 && pre->strong && pre->said_no && q == 0 &&
            !correct_named_before(rd, text, t, rg, out->begin, item))
            return correct_removal(text, t, rg, p, p, n, item, out);
        if (q == 0)
            return false;
    }
    if (order_tok_in(text, t, p + k + q, n, adding, sizeof(adding) / sizeof(*adding)))
        return false; /* "sorry, 2 more fries" adds */
    size_t u = p + k + q;
    if (order_tok_in(text, t, u, n, units, sizeof(units) / sizeof(*units)))
        u += order_tok_is(text, t, u, n, "of") ? 0 : 1; /* "of them" is a pronoun's */
    out->kind = CORRECT_COUNT;
    out->end = out->at = p + k;
    out->count_end = u;
    out->count = v;
    out->restated = k > 0 && order_tok_is(text, t, p, n, "i");
    return true;
}

/* "actually double the onion rings": "double" and a dish named before asks for twice as many
 * of it, no double portion of a part ("double cheese" stays a change). */
static bool correct_double(const struct order_reader *rd, const char *text,
                           const struct order_token *t, size_t n, const struct order_reading *rg,
                           const struct correct_pre *pre, struct correct_lead *out)
{
    size_t p = pre->p;
    if (!order_tok_is(text, t, p, n, "double") || !correct_unread(t, rg, p, p + 1))
        return false;
    size_t d = p + 1;
    if (order_tok_is(text, t, d, n, "the") || order_tok_is(text, t, d, n, "my"))
        d++;
    int32_t item = order_read_name_at(rd, text, t, rg, d, n);
    if (item < 0 || !correct_named_before(rd, text, t, rg, out->begin, item))
        return false;
    out->kind = CORRECT_COUNT;
    out->end = out->at = p + 1;
    out->count_end = p + 1;
    out->count = 2;
    out->doubled = true;
    return true;
}

/* The items the readings of token i name, into *out (all of them: no reading names none). */
static void correct_token_items(const struct order_reader *rd, const struct order_reading *rg,
                                size_t i, struct order_item_set *out)
{
    memset(out, 0, sizeof(*out));
    for (size_t h = 0; h < rg->n_hits[i]; h++)
        for (size_t x = 0; x < rg->hits[i][h].n_words; x++)
            order_item_set_or(out, &rd->lex->words[rg->hits[i][h].words[x]].items);
}

/* The menu words from d on (at most max of them) and the items they all name, into *items;
 * returns where they end (d when token d is none). */
static size_t correct_words_items(const struct order_reader *rd, const struct order_token *t,
                                  size_t n, const struct order_reading *rg, size_t d, size_t max,
                                  struct order_item_set *items)
{
    struct order_item_set one;
    size_t e = d;
    while (e < n && e < d + max && t[e].kind == ORDER_TOKEN_WORD && rg->n_hits[e] > 0) {
        correct_token_items(rd, rg, e, &one);
        if (e == d)
            *items = one;
        else
            order_item_set_and(items, &one);
        e++;
    }
    return e;
}

/* "1 jamaica ... scratch the jamaica": menu words at d naming one item together, written the
 * same before p, are the dish named there again, though no whole name; that item or -1. A
 * word said only once ("skip the onion") stays a modifier. */
static int32_t correct_repeated_name(const struct order_reader *rd, const char *text,
                                     const struct order_token *t, size_t n,
                                     const struct order_reading *rg, size_t p, size_t d)
{
    enum { NAMED_WORDS_MAX = 4 };
    struct order_item_set items;
    size_t end = correct_words_items(rd, t, n, rg, d, NAMED_WORDS_MAX, &items);
    if (end == d || order_item_set_count(&items) != 1)
        return -1;
    size_t len = end - d;
    for (size_t b = 0; b + len <= p; b++) {
        size_t k = 0;
        while (k < len && t[b + k].kind == ORDER_TOKEN_WORD && t[b + k].len == t[d + k].len &&
               memcmp(text + t[b + k].off, text + t[d + k].off, t[d + k].len) == 0)
            k++;
        if (k == len)
            return order_item_set_next(&items, 0);
    }
    return -1;
}

/* "a chocolate milkshake ... cancel the shake": menu words at d that name a kind (several
 * items) of which exactly one dish was named before p point at that dish; that item or -1
 * (none or two of the kind named: which is open). */
static int32_t correct_one_named_before(const struct order_reader *rd, const char *text,
                                        const struct order_token *t, const struct order_reading *rg,
                                        size_t p, const struct order_item_set *kind);

static int32_t correct_kind_named_before(const struct order_reader *rd, const char *text,
                                         const struct order_token *t, size_t n,
                                         const struct order_reading *rg, size_t p, size_t d)
{
    enum { KIND_WORDS_MAX = 3 };
    struct order_item_set kind;
    size_t end = correct_words_items(rd, t, n, rg, d, KIND_WORDS_MAX, &kind);
    if (end == d || order_item_set_count(&kind) < 2)
        return -1;
    return correct_one_named_before(rd, text, t, rg, p, &kind);
}

/* Does the menu name of item hold the word w[0..len) (any case, "bowl" or "bowls")? */
static bool correct_name_holds(const char *name, const char *w, size_t len)
{
    for (const char *q = name; *q; q++) {
        if (q > name && isalpha((unsigned char)q[-1]))
            continue;
        size_t k = 0;
        while (k < len && q[k] && tolower((unsigned char)q[k]) == w[k])
            k++;
        if (k == len &&
            (!isalpha((unsigned char)q[k]) || (q[k] == 's' && !isalpha((unsigned char)q[k + 1]))))
            return true;
    }
    return false;
}

/* As correct_kind_named_before, where a dish of the kind's section is no dish of it by name:
 * "the quinoa bowl ... the chickpea salad ... the bowl" is the one whose name says bowl. */
static int32_t correct_kind_by_name_before(const struct order_reader *rd, const char *text,
                                           const struct order_token *t, size_t n,
                                           const struct order_reading *rg, size_t p, size_t d)
{
    int32_t item = correct_kind_named_before(rd, text, t, n, rg, p, d);
    bool more_words = d + 1U < n && t[d + 1U].kind == ORDER_TOKEN_WORD && rg->n_hits[d + 1U] > 0;
    if (item >= 0 || rg->n_hits[d] == 0 || more_words) /* one kind word: "the bowl" */
        return item;
    struct order_item_set kind;
    correct_token_items(rd, rg, d, &kind);
    for (size_t i = 0; i < rd->lex->menu->count; i++)
        if (order_item_set_has(&kind, i) &&
            !correct_name_holds(rd->lex->menu->items[i].name, text + t[d].off, t[d].len))
            kind.bits[i / 64] &= ~(1ULL << (i % 64));
    return order_item_set_count(&kind) >= 2 ? correct_one_named_before(rd, text, t, rg, p, &kind)
                                            : -1;
}

/* The one dish of kind named before p, or -1 (none, or two). */
static int32_t correct_one_named_before(const struct order_reader *rd, const char *text,
                                        const struct order_token *t, const struct order_reading *rg,
                                        size_t p, const struct order_item_set *kind)
{
    int32_t found = -1;
    for (size_t j = 0; j < p; j++) {
        if (t[j].kind != ORDER_TOKEN_WORD || rg->n_hits[j] == 0)
            continue;
        int32_t item = order_read_name_at(rd, text, t, rg, j, p);
        if (item < 0 || !order_item_set_has(kind, (size_t)item) || item == found)
            continue;
        if (found >= 0)
            return -1;
        found = item;
    }
    return found;
}

/* "scratch the chicken one": menu words at d, then "one", point at the one dish asked for
 * before p that they all name. Returns the token after "one" (d when the words are no such
 * pointer) and sets *item to that dish, or -1 while no dish is read yet (the leads are found
 * before the spans) or none or several fit. */
static size_t correct_pointed_one(const char *text, const struct order_token *t, size_t n,
                                  const struct order_reader *rd, const struct order_reading *rg,
                                  size_t p, size_t d, int32_t *item)
{
    enum { POINTED_WORDS_MAX = 3 };
    struct order_item_set named;
    size_t e = correct_words_items(rd, t, n, rg, d, POINTED_WORDS_MAX, &named);
    *item = -1;
    if (e == d || !(order_tok_is(text, t, e, n, "one") || order_tok_is(text, t, e, n, "ones")))
        return d;
    for (size_t s = 0; s < rg->n_things; s++) {
        const struct order_thing *th = &rg->things[s];
        if (!th->is_span || th->reference || th->item < 0 || th->end > p ||
            !order_item_set_has(&named, (size_t)th->item) || th->item == *item)
            continue;
        if (*item >= 0)
            return d; /* "the chicken one" after two chicken dishes: which is open */
        *item = th->item;
    }
    return rg->n_things > 0 && *item < 0 ? d : e + 1U;
}

/* "cancel the tres leches from my order": menu words at d that name one dish together, right
 * before "from" and an order placed before, are that dish taken off it, whole name or not
 * ("skip the onions" alone stays a change). Returns the item, or -1. */
static int32_t correct_part_from_order(const char *text, const struct order_token *t, size_t n,
                                       const struct order_reader *rd,
                                       const struct order_reading *rg, size_t d)
{
    enum { PART_WORDS_MAX = 3 };
    struct order_item_set named;
    size_t e = correct_words_items(rd, t, n, rg, d, PART_WORDS_MAX, &named);
    if (e == d || order_item_set_count(&named) != 1 || !order_tok_is(text, t, e, n, "from") ||
        !(order_tok_is(text, t, e + 1U, n, "my") || order_tok_is(text, t, e + 1U, n, "our") ||
          order_tok_is(text, t, e + 1U, n, "the")) ||
        !order_tok_is(text, t, e + 2U, n, "order"))
        return -1;
    return (int32_t)order_item_set_next(&named, 0);
}

/* "one cheeseburger. scratch that, two": a count alone right after "scratch that" (a comma
 * between), ending its clause, takes the place of the count before, as "actually two" does;
 * nothing is removed. c is the token after "that". */
static bool correct_count_after_removal(const struct order_reader *rd, const char *text,
                                        const struct order_token *t, size_t n, size_t c,
                                        struct correct_lead *out)
{
    if (c < n && t[c].kind == ORDER_TOKEN_PUNCT && t[c].punct == ',')
        c++;
    if (!correct_count_alone(rd, text, t, c, n))
        return false;
    int32_t v;
    size_t q = order_read_number(rd->u, text, t, c, n, &v);
    out->kind = CORRECT_COUNT;
    out->end = out->at = c;
    out->count_end = c + q;
    out->count = v;
    return true;
}

/* "change my fries to sweet potato fries", "switch the wrap for a bowl": a verb of changing,
 * a dish named, then "to" / "into" / "for", with no dish named before it (whose part it would
 * change): the dish named is taken back, the one after the preposition asked for instead.
 * The preposition is the correction's too. */
static bool correct_change_lead(const struct order_reader *rd, const char *text,
                                const struct order_token *t, size_t n,
                                const struct order_reading *rg, size_t p, struct correct_lead *out)
{
    static const char *const verbs[] = {"change", "switch", "swap"};
    static const char *const preps[] = {"to", "into", "for"};
    if (!order_tok_in(text, t, p, n, verbs, sizeof(verbs) / sizeof(*verbs)))
        return false;
    bool menu_before = false;
    for (size_t b = 0; b < p && !menu_before; b++)
        menu_before = rg->n_hits[b] > 0;
    size_t d = p + 1U;
    if (order_tok_is(text, t, d, n, "the") || order_tok_is(text, t, d, n, "my"))
        d++;
    /* "switch the 2 al pastor to carnitas": the count of the dish changed, the one the new
     * dish is asked for in */
    int32_t count = 0;
    size_t q = order_read_number(rd->u, text, t, d, n, &count);
    if (q == 0 || count < 1)
        count = 0;
    d += q;
    int32_t item = order_read_one_dish_at(rd, text, t, rg, d, n);
    if (item < 0)
        return false;
    /* "a kids burger, swap the fries for ...": a part of the dish before, unless the dish
     * changed was itself asked for before ("2 lemonades. switch the lemonades to ...") */
    bool named_before = false;
    for (size_t b = 0; b < p && menu_before && !named_before; b++)
        named_before = rg->n_hits[b] > 0 && (b == 0 || rg->n_hits[b - 1U] == 0) &&
                       order_read_one_dish_at(rd, text, t, rg, b, p) == item;
    if ((menu_before && !named_before) || !correct_removal(text, t, rg, p, d, n, item, out))
        return false;
    out->carried = count;
    out->changed = true;
    /* "swap the horchata on my order for ...": where the dish is, said of the order the
     * change is made to, is part of naming it */
    static const char *const places[] = {"on", "in", "from", "of"};
    static const char *const owners[] = {"my", "our", "the"};
    if (order_tok_in(text, t, out->end, n, places, sizeof(places) / sizeof(*places)) &&
        order_tok_in(text, t, out->end + 1U, n, owners, sizeof(owners) / sizeof(*owners)) &&
        order_tok_is(text, t, out->end + 2U, n, "order") &&
        correct_unread(t, rg, out->end, out->end + 3U))
        out->end += 3U;
    if (!order_tok_in(text, t, out->end, n, preps, sizeof(preps) / sizeof(*preps)) ||
        (rg->roles[out->end] != ORDER_ROLE_NONE && rg->roles[out->end] != ORDER_ROLE_FILLER) ||
        order_read_one_dish_at(rd, text, t, rg, out->end + 1U, n) < 0)
        return false; /* "change my fries please": no dish to change them into */
    out->end++;
    return true;
}

/* A removal after the opening words: "scratch the onion rings", "forget that". */
static bool correct_remove_lead(const struct order_reader *rd, const char *text,
                                const struct order_token *t, size_t n,
                                const struct order_reading *rg, size_t p, struct correct_lead *out)
{
    static const char *const removals[][CORRECT_PHRASE_WORDS] = {
        {"scratch"},
        {"scrap"}, /* "scrap that": thrown away, as "scratch" */
        {"forget"},
        {"cancel"},
        {"remove"},
        {"drop"},
        {"ditch"},
        {"take", "off"},
        {"nix"},
        {"skip"},
        {"get", "rid", "of"},
        /* "nevermind the onion rings": taking back a dish, as "forget" */
        {"nevermind"},
        {"never", "mind"},
        {"nvm"}};
    static const char *const determiners[] = {"the", "my", "those", "these", "that", "them", "it"};
    size_t k = correct_phrase_at(text, t, p, n, removals, sizeof(removals) / sizeof(*removals));
    if (k == 0)
        return false;
    size_t d = p + k;
    bool pronoun = false;
    if (order_tok_in(text, t, d, n, determiners, sizeof(determiners) / sizeof(*determiners))) {
        pronoun = !order_tok_is(text, t, d, n, "the") && !order_tok_is(text, t, d, n, "my");
        d++;
    }
    /* "forget that then, ...": "then" after the pronoun draws the consequence, it names
     * nothing */
    if (pronoun && order_tok_is(text, t, d, n, "then") &&
        (d + 1U == n || t[d + 1U].kind == ORDER_TOKEN_PUNCT))
        d++;
    int32_t item = order_read_name_at(rd, text, t, rg, d, n);
    if (item < 0)
        item = correct_repeated_name(rd, text, t, n, rg, p, d);
    if (item < 0)
        item = correct_kind_named_before(rd, text, t, n, rg, p, d);
    if (item < 0 && !pronoun)
        item = correct_part_from_order(text, t, n, rd, rg, d);
    size_t pointed =
        item < 0 && !pronoun ? correct_pointed_one(text, t, n, rd, rg, p, d, &item) : d;
    if (pointed > d && correct_unread(t, rg, p, pointed)) {
        *out = (struct correct_lead){
            .begin = out->begin, .kind = CORRECT_REMOVE, .at = d, .end = pointed, .item = item};
        return true;
    }
    if (item < 0 && !(pronoun && (d == n || t[d].kind == ORDER_TOKEN_PUNCT)))
        return false; /* "skip the onions": a modifier, not a dish taken back */
    if (item < 0 && correct_unread(t, rg, p, d) &&
        correct_count_after_removal(rd, text, t, n, d, out))
        return true;
    return correct_removal(text, t, rg, p, d, n, item, out);
}

/* The correction that starts at token i, if any. */
static bool correct_lead_at(const struct order_reader *rd, const char *text,
                            const struct order_token *t, size_t i, size_t n,
                            const struct order_reading *rg, struct correct_lead *out)
{
    struct correct_pre pre = correct_read_pre(text, t, i, n);
    memset(out, 0, sizeof(*out));
    out->begin = i;
    return correct_count_or_dish(rd, text, t, n, rg, &pre, out) ||
           correct_double(rd, text, t, n, rg, &pre, out) ||
           correct_remove_lead(rd, text, t, n, rg, pre.p, out) ||
           correct_change_lead(rd, text, t, n, rg, pre.p, out);
}

void order_read_correction_leads(const struct order_reader *rd, const char *text,
                                 const struct order_token *tokens, size_t n,
                                 struct order_reading *out)
{
    for (size_t i = 0; i < n; i++) {
        struct correct_lead lead;
        if (!correct_lead_at(rd, text, tokens, i, n, out, &lead))
            continue;
        memset(out->roles + lead.begin, ORDER_ROLE_FILLER, lead.end - lead.begin);
        if (lead.kind == CORRECT_SWAP || lead.doubled) /* "make it truffle fries" names a dish */
            for (size_t d = lead.at; d < n && (d == lead.at || out->n_hits[d] > 0); d++)
                out->mod_zone[d] = false;
        if (lead.named) /* "wait no make the asada 18": the dish and its count, no change */
            memset(out->mod_zone + lead.begin, false, lead.count_end - lead.begin);
        i = lead.end - 1;
    }
}

/* The last thing asked for that ends by token i: a span (one item or a kind), or with
 * leftovers also a phrase the menu may lack ("carne asada fries ... actually make it two"). */
static struct order_thing *correct_last_thing(struct order_reading *rg, size_t i, bool leftovers)
{
    struct order_thing *best = NULL;
    for (size_t s = 0; s < rg->n_things; s++) {
        struct order_thing *th = &rg->things[s];
        if ((th->is_span || leftovers) && !th->reference && th->end <= i &&
            (!best || th->end > best->end))
            best = th;
    }
    return best;
}

/* Drops the dishes before token i that "now" replaces (the same item, or a kind it is one
 * of). Returns how many. */
static size_t correct_replace_before(struct order_reading *rg, size_t i, int32_t item)
{
    size_t n = 0;
    for (size_t s = 0; s < rg->n_things; s++) {
        struct order_thing *o = &rg->things[s];
        bool same = o->item == item ||
                    (o->item < 0 && item >= 0 && order_item_set_has(&o->candidates, (size_t)item));
        if (o->is_span && !o->reference && o->end <= i && same) {
            o->reference = true;
            n++;
        }
    }
    return n;
}

static void correct_count(const char *text, const struct order_token *tokens,
                          struct order_reading *rg, const struct correct_lead *lead)
{
    (void)text;
    (void)tokens;
    for (size_t s = 0; s < rg->n_things; s++) {
        struct order_thing *th = &rg->things[s];
        /* the count's dish: "make it 2 onion rings" */
        if (!th->is_span || th->reference || th->begin < lead->at || th->begin > lead->at + 2 ||
            th->begin == th->end) /* a part split off a count (attach.c) names no dish */
            continue;
        if (th->item >= 0) {
            int32_t before = 0;
            for (size_t o = 0; o < rg->n_things; o++) {
                const struct order_thing *x = &rg->things[o];
                if (x->is_span && !x->reference && x->item == th->item && x->end <= lead->begin)
                    before += x->qty;
            }
            correct_replace_before(rg, lead->begin, th->item);
            /* "3 onion rings. sorry i meant 3 sweet potato fries": a dish not asked for
             * before, after "i mean", is the one meant instead of the dish said last */
            struct order_thing *said = correct_last_thing(rg, lead->begin, false);
            if (lead->restated && before == 0 && said && said->item >= 0)
                said->reference = true;
            if (lead->doubled && before > 0) {
                th->qty = 2 * before;
                th->qty_explicit = true;
            }
            return;
        }
        /* "2 beef burgers ... actually make that 3 burgers": a kind names the dish of that
         * kind asked for last */
        struct order_thing *was = NULL;
        for (size_t o = 0; o < rg->n_things; o++) {
            struct order_thing *x = &rg->things[o];
            if (x->is_span && !x->reference && x->item >= 0 && x->end <= lead->begin &&
                order_item_set_has(&th->candidates, (size_t)x->item) && (!was || x->end > was->end))
                was = x;
        }
        if (was) {
            was->qty = lead->count;
            was->qty_explicit = true;
            th->reference = true;
        }
        return;
    }
    struct order_thing *last = correct_last_thing(rg, lead->begin, true);
    if (!last)
        return;
    last->qty = lead->count; /* "two chicken burgers, actually three" */
    last->qty_explicit = true;
    /* "..., make that 3, one of them no onion": the count is the whole, parts split off
     * after it (attach.c) are of it */
    for (size_t s = 0; s < rg->n_things; s++) {
        const struct order_thing *part = &rg->things[s];
        if (part != last && part->is_span && !part->reference && part->item == last->item &&
            part->begin == part->end && part->begin >= lead->count_end && last->qty > part->qty)
            last->qty -= part->qty;
    }
    for (size_t s = 0; s < rg->n_things; s++) { /* the count read as a thing of its own */
        struct order_thing *th = &rg->things[s];
        if (!th->is_span && th->begin >= lead->at && th->begin < lead->count_end)
            th->reference = true;
    }
}

/* "make the fries sweet potato": the last dish before the lead that the word after "make
 * the" names ("fries": any of the fries), or NULL. */
static struct order_thing *correct_dish_named_before(const struct order_reader *rd,
                                                     struct order_reading *rg,
                                                     const struct correct_lead *lead)
{
    struct order_thing *best = NULL;
    for (size_t s = 0; s < rg->n_things; s++) {
        struct order_thing *th = &rg->things[s];
        if (!th->is_span || th->reference || th->item < 0 || th->end > lead->begin ||
            (best && th->end <= best->end))
            continue;
        for (size_t h = 0; h < rg->n_hits[lead->at]; h++) {
            const struct order_lex_hit *hit = &rg->hits[lead->at][h];
            if (order_item_set_has(&rd->lex->words[hit->words[0]].items, (size_t)th->item)) {
                best = th;
                break;
            }
        }
    }
    return best;
}

/* Was the kind o narrowed before token i to another dish of it ("a smoothie? the mango
 * one")? Then a correction after that takes back the dish picked, not the kind. */
static bool correct_kind_picked(const struct order_reading *rg, const struct order_thing *o,
                                size_t i, int32_t item)
{
    for (size_t s = 0; s < rg->n_things; s++) {
        const struct order_thing *p = &rg->things[s];
        if (p != o && p->is_span && !p->reference && p->item >= 0 && p->item != item &&
            p->begin >= o->end && p->end <= i &&
            order_item_set_has(&o->candidates, (size_t)p->item))
            return true;
    }
    return false;
}

/* "the burger and fries. wait no make that sweet potato fries": the clause's correction
 * (attach_correction) already dropped the kind before that the new dish is one of; the swap
 * has its dish and must not drop the one said before that as well. A kind already narrowed
 * to one of its dishes ("a smoothie? the mango one. actually no, the strawberry one") is no
 * such kind: the dish picked is what the correction replaces. */
static bool correct_already_replaced(const struct order_reading *rg, size_t i, int32_t item)
{
    for (size_t s = 0; s < rg->n_things; s++) {
        const struct order_thing *o = &rg->things[s];
        if (o->is_span && o->reference && o->end <= i && o->item != item && item >= 0 &&
            order_item_set_has(&o->candidates, (size_t)item) &&
            !correct_kind_picked(rg, o, i, item))
            return true;
    }
    return false;
}

/* after_removal: the swap follows a removal ("scratch the jamaica, make it a horchata"): the
 * dish removed is the one it replaces, nothing more is dropped; removed_qty: how many of it
 * were taken back ("nvm the 2 teas, make them lemonades": two lemonades). */
static void correct_swap(const struct order_reader *rd, const char *text,
                         const struct order_token *tokens, struct order_reading *rg,
                         const struct correct_lead *lead, bool after_removal, int32_t removed_qty)
{
    struct order_thing *now = NULL;
    for (size_t s = 0; s < rg->n_things && !now; s++) {
        struct order_thing *th = &rg->things[s];
        if (th->is_span && !th->reference && th->item >= 0 &&
            (th->item == lead->item || lead->item < 0) && th->begin >= lead->at &&
            th->begin <= lead->at + 2)
            now = th;
    }
    /* the kind the lead named a dish by ("actually no the bowl"): that dish, asked for again
     * once taken back; still asked for, the kind may be another dish of it */
    bool still_asked = false;
    for (size_t s = 0; s < rg->n_things && lead->item >= 0; s++) {
        const struct order_thing *th = &rg->things[s];
        still_asked = still_asked || (th->is_span && !th->reference && th->item == lead->item &&
                                      th->end <= lead->begin);
    }
    for (size_t s = 0; s < rg->n_things && !now && !still_asked && lead->item >= 0; s++) {
        struct order_thing *th = &rg->things[s];
        if (th->is_span && !th->reference && th->item < 0 && th->begin >= lead->at &&
            th->begin <= lead->at + 2 && order_item_set_has(&th->candidates, (size_t)lead->item)) {
            th->item = lead->item;
            memset(&th->candidates, 0, sizeof(th->candidates));
            th->candidates.bits[lead->item / 64] |= 1ULL << (lead->item % 64);
            now = th;
        }
    }
    if (now && correct_already_replaced(rg, lead->begin, now->item))
        return;
    enum { ADJACENT_TOKENS_MAX = 3 }; /* "the cheeseburger, no wait": a comma, a dash */
    struct order_thing *was = lead->names_was ? correct_dish_named_before(rd, rg, lead)
                                              : correct_last_thing(rg, lead->begin, false);
    /* "a hot dog, no wait, a cheeseburger", "the veggie... sorry, the green garden burger": a
     * thing the menu lacks right before is what the dish replaces */
    struct order_thing *said = correct_last_thing(rg, lead->begin, true);
    if (said && now && !said->is_span && !said->past && said != now &&
        (size_t)said->end + ADJACENT_TOKENS_MAX >= lead->begin && said->end <= now->begin &&
        (!was || said->end > was->end))
        was = said;
    /* "make them lemonades": the dish removed, in its count; "make it a horchata": one */
    if (now && after_removal && !now->qty_explicit && removed_qty > 1 && now->begin > 0 &&
        !order_token_is(text, &tokens[now->begin - 1U], "a") &&
        !order_token_is(text, &tokens[now->begin - 1U], "an")) {
        now->qty = removed_qty;
        now->qty_explicit = true;
    }
    if (!now || !was || was == now || after_removal ||
        (lead->adjacent && (size_t)was->end + ADJACENT_TOKENS_MAX < lead->begin))
        return;
    if (!now->qty_explicit && was->qty_explicit) { /* "2 beef burgers ... make it cheeseburgers" */
        now->qty = was->qty;
        now->qty_explicit = true;
    }
    if (lead->names_was && now->mods.n == 0)
        now->mods = was->mods; /* "a large fries ... make the fries sweet potato": still large */
    was->reference = true;
    /* "make the smoothie a mango one": the kind after "make the" names the dish changed, it
     * asks for nothing of its own */
    for (size_t s = 0; lead->names_was && s < rg->n_things; s++) {
        struct order_thing *th = &rg->things[s];
        if (th != now && th->is_span && th->item < 0 && th->begin == lead->at &&
            th->end <= now->begin && order_item_set_has(&th->candidates, (size_t)was->item))
            th->reference = true;
    }
}

static void correct_remove(struct order_reading *rg, const struct correct_lead *lead)
{
    if (lead->item >= 0) {
        correct_replace_before(rg, lead->end, lead->item);
        return;
    }
    struct order_thing *last = correct_last_thing(rg, lead->begin, false); /* "scratch that" */
    if (!last)
        return;
    last->reference = true;
    /* "a carrot cake and a lemonade... does the cake have nuts? never mind that": the dish
     * last named is one asked about, and "that" is the dish the question was about, asked
     * for before it */
    if (last->item >= 0 && rg->clauses[last->clause].question_form)
        correct_replace_before(rg, last->begin, last->item);
}

/* Drops the modifiers of th that start with word ("instead", "not"): the words of a
 * correction, no change of the dish. */
static void correct_drop_mods(struct order_thing *th, const char *word)
{
    size_t wl = strlen(word);
    uint8_t keep = 0;
    for (uint8_t m = 0; m < th->mods.n; m++) {
        if (strncmp(th->mods.text[m], word, wl) == 0 &&
            (th->mods.text[m][wl] == '\0' || th->mods.text[m][wl] == ' '))
            continue;
        if (keep != m)
            memcpy(th->mods.text[keep], th->mods.text[m], sizeof(th->mods.text[m]));
        keep++;
    }
    th->mods.n = keep;
}

/* "a jamaica instead of the horchata" after "a horchata": the dish after "instead of",
 * asked for before on its own, is dropped, and the words are no modifier of the new one. */
static void correct_instead(const struct order_reader *rd, const char *text,
                            const struct order_token *tokens, size_t n, struct order_reading *rg)
{
    for (size_t i = 1; i + 2 < n; i++) {
        if (!order_tok_is(text, tokens, i, n, "instead") ||
            !order_tok_is(text, tokens, i + 1, n, "of"))
            continue;
        int32_t item = order_read_name_at(rd, text, tokens, rg, i + 2, n);
        struct order_thing *now = correct_last_thing(rg, i, false);
        if (item < 0 || !now || now->item == item || (size_t)now->end + 1 < i)
            continue;
        /* the one asked for last: "the same for him but onion rings instead of the fries"
         * replaces the copy's fries, not the first order's too */
        struct order_thing *before = NULL;
        for (size_t s = 0; s < rg->n_things; s++) {
            struct order_thing *o = &rg->things[s];
            if (o != now && o->is_span && !o->reference && o->item == item &&
                o->end <= now->begin && (!before || o->end >= before->end))
                before = o;
        }
        if (!before)
            continue; /* "sweet potato fries instead of the fries" in one dish: a swap */
        before->reference = true;
        correct_drop_mods(now, "instead");
    }
}

/* "3 sweet potato fries not onion rings": a dish, then "not" and another dish of the menu,
 * asks for the first in place of the second; the second is not asked for, here or before.
 * Its count or an apology may stand between them ("the carnitas taco sorry, not the bowl"),
 * and the second may be a kind several dishes are: the one of it is not asked for either. */
static bool correct_between_not(const char *text, const struct order_token *tokens,
                                const struct order_reading *rg, size_t b, size_t e)
{
    static const char *const fillers[] = {"sorry", "i",   "mean", "meant", "no",  "oops",
                                          "my",    "bad", "nah",  "oh",    "wait"};
    for (size_t p = b; p < e; p++)
        if (tokens[p].kind != ORDER_TOKEN_PUNCT && rg->roles[p] != ORDER_ROLE_QTY &&
            !order_tok_in(text, tokens, p, e, fillers, sizeof(fillers) / sizeof(*fillers)))
            return false;
    return true;
}

static void correct_not_dish(const struct order_reader *rd, const char *text,
                             const struct order_token *tokens, size_t n, struct order_reading *rg)
{
    for (size_t i = 1; i + 1 < n; i++) {
        if (!order_tok_is(text, tokens, i, n, "not"))
            continue;
        size_t d = i + 1;
        if (order_tok_is(text, tokens, d, n, "the") || order_tok_is(text, tokens, d, n, "a") ||
            order_tok_is(text, tokens, d, n, "an"))
            d++;
        int32_t item = order_read_name_at(rd, text, tokens, rg, d, n);
        struct order_thing *now = correct_last_thing(rg, i, false);
        if (!now || now->item < 0 || now->item == item)
            continue;
        if (now->end != i && !correct_between_not(text, tokens, rg, now->end, i))
            continue;
        if (item < 0) {
            /* a kind: the span of it after "not", uncounted, that the dish is not one of */
            for (size_t s = 0; s < rg->n_things; s++) {
                struct order_thing *o = &rg->things[s];
                if (o->is_span && !o->reference && o->begin == d && o->item < 0 &&
                    !o->qty_explicit && !order_item_set_has(&o->candidates, (size_t)now->item)) {
                    o->reference = true;
                    correct_drop_mods(now, "not");
                }
            }
            continue;
        }
        for (size_t s = 0; s < rg->n_things; s++) {
            struct order_thing *o = &rg->things[s];
            if (o != now && o->is_span && o->item == item &&
                (o->end <= now->begin || o->begin == d))
                o->reference = true;
        }
        correct_drop_mods(now, "not");
    }
}

/* The folded name of item (its text up to ". ") into out; its length, or 0. */
static size_t correct_item_name(const struct order_reader *rd, size_t item, char *out, size_t cap)
{
    const char *t = rd->lex->item_text ? rd->lex->item_text[item] : NULL;
    const char *dot = t ? strstr(t, ". ") : NULL;
    if (!dot || (size_t)(dot - t) >= cap)
        return 0;
    memcpy(out, t, (size_t)(dot - t));
    out[dot - t] = '\0';
    return (size_t)(dot - t);
}

/* "1 chips & salsa, actually make that queso instead of salsa": after "make that" / "make
 * it", one word, "instead of" and a word of the name of the dish before: that name with the
 * one word in place of the other, when it is another item's name, is the dish meant. The
 * dish before becomes that item, and the words are no change to it. */
static void correct_word_swaps(const struct order_reader *rd, const char *text,
                               const struct order_token *tokens, size_t n, struct order_reading *rg)
{
    for (size_t i = 0; i + 5 < n; i++) {
        if (!order_tok_is(text, tokens, i, n, "make") ||
            !(order_tok_is(text, tokens, i + 1, n, "that") ||
              order_tok_is(text, tokens, i + 1, n, "it")) ||
            tokens[i + 2].kind != ORDER_TOKEN_WORD ||
            !order_tok_is(text, tokens, i + 3, n, "instead") ||
            !order_tok_is(text, tokens, i + 4, n, "of") || tokens[i + 5].kind != ORDER_TOKEN_WORD)
            continue;
        struct order_thing *was = correct_last_thing(rg, i, false);
        if (!was || was->item < 0)
            continue;
        char name[ORDER_PHRASE_BYTES_MAX], swapped[ORDER_PHRASE_BYTES_MAX];
        size_t len = correct_item_name(rd, (size_t)was->item, name, sizeof(name));
        const struct order_token *from = &tokens[i + 5], *to = &tokens[i + 2];
        const char *at = NULL;
        for (const char *p = len ? name : NULL; p && *p; p++) {
            bool starts = p == name || p[-1] == ' ';
            bool ends = p[from->len] == '\0' || p[from->len] == ' ';
            if (starts && (size_t)(name + len - p) >= from->len &&
                memcmp(p, text + from->off, from->len) == 0 && ends) {
                at = p;
                break;
            }
        }
        if (!at)
            continue;
        int k = snprintf(swapped, sizeof(swapped), "%.*s%.*s%s", (int)(at - name), name,
                         (int)to->len, text + to->off, at + from->len);
        if (k <= 0 || (size_t)k >= sizeof(swapped))
            continue;
        for (size_t item = 0; item < rd->lex->menu->count; item++) {
            char other[ORDER_PHRASE_BYTES_MAX];
            if (correct_item_name(rd, item, other, sizeof(other)) == 0 ||
                strcmp(other, swapped) != 0)
                continue;
            was->item = (int32_t)item;
            memset(&was->candidates, 0, sizeof(was->candidates));
            was->candidates.bits[item / 64] |= 1ULL << (item % 64);
            uint8_t keep = 0;
            for (uint8_t m = 0; m < was->mods.n; m++) {
                if (strstr(was->mods.text[m], "instead of"))
                    continue; /* the swap's own words */
                if (keep != m)
                    memcpy(was->mods.text[keep], was->mods.text[m], sizeof(was->mods.text[m]));
                keep++;
            }
            was->mods.n = keep;
            break;
        }
    }
}

/* Is token i a word that says yes ("yes", "yeah", "yep", "yup")? */
static bool correct_yes(const char *text, const struct order_token *t, size_t i, size_t n)
{
    static const char *const yes[] = {"yes", "yeah", "yep", "yup", "ya"};
    return order_tok_in(text, t, i, n, yes, sizeof(yes) / sizeof(*yes));
}

/* "and maybe onion rings. yeah onion rings.": is the dish said after "maybe" / "perhaps" in
 * its own words (no other word between but an article), asked as a '?' would ask it? */
static bool correct_hesitant(const char *text, const struct order_token *t,
                             const struct order_thing *th)
{
    size_t p = th->begin;
    if (p > 0 && (order_tok_is(text, t, p - 1U, th->begin, "a") ||
                  order_tok_is(text, t, p - 1U, th->begin, "an") ||
                  order_tok_is(text, t, p - 1U, th->begin, "some")))
        p--;
    return p > 0 && (order_tok_is(text, t, p - 1U, th->begin, "maybe") ||
                     order_tok_is(text, t, p - 1U, th->begin, "perhaps"));
}

/* "maybe an elote? yes. an elote.": a dish asked with a '?', then a "yes" and the same dish
 * again with no count of its own, is the one dish confirmed, not a second. */
static void correct_confirmations(const char *text, const struct order_token *tokens, size_t n,
                                  struct order_reading *rg)
{
    enum { CONFIRM_TOKENS_MAX = 8 }; /* from the "?" to the dish said again */
    for (size_t q = 0; q + 1 < n; q++) {
        if (tokens[q].kind != ORDER_TOKEN_PUNCT || !strchr("?.!,\n", tokens[q].punct) ||
            !correct_yes(text, tokens, q + 1, n))
            continue;
        /* the dish asked: the last span before the '?' in its sentence */
        struct order_thing *asked = NULL;
        for (size_t s = 0; s < rg->n_things; s++) {
            struct order_thing *th = &rg->things[s];
            if (th->is_span && !th->reference && th->item >= 0 && th->end <= q &&
                (!asked || th->end > asked->end))
                asked = th;
        }
        if (!asked || asked->qty_explicit ||
            (tokens[q].punct != '?' && !correct_hesitant(text, tokens, asked)))
            continue;
        for (size_t s = 0; s < rg->n_things; s++) {
            struct order_thing *th = &rg->things[s];
            if (th->is_span && !th->reference && th->item == asked->item && th->begin > q &&
                th->begin <= q + CONFIRM_TOKENS_MAX && !th->qty_explicit && th->mods.n == 0) {
                th->reference = true;
                break;
            }
        }
    }
}

/* "a lemonade. actually no, an iced green tea instead": a dish whose only word after it is
 * "instead" replaces the dish named last before it, when of the same count; "instead" is no
 * change to it. When that dish was dropped already ("scratch that, the halloumi burger
 * instead"), or a removal of another dish came between ("churros and a jamaica. scratch the
 * churros, do flan instead": the flan takes the churros' place, the jamaica stays), nothing
 * more. removed_ends: where each removal ended. */
/* Does "N of them / those" (an article after it or not) stand right before span th ("make one
 * of them a beef burger instead")? Then th took the place of a part of the dish before, whose
 * count was lowered already (attach.c): "instead" replaces nothing more. */
static bool correct_part_swapped(const char *text, const struct order_token *tokens, size_t n,
                                 const struct order_thing *th)
{
    size_t p = th->begin;
    if (p > 0 &&
        (order_tok_is(text, tokens, p - 1, n, "a") || order_tok_is(text, tokens, p - 1, n, "an") ||
         order_tok_is(text, tokens, p - 1, n, "the")))
        p--;
    return p >= 2 &&
           (order_tok_is(text, tokens, p - 1, n, "them") ||
            order_tok_is(text, tokens, p - 1, n, "those")) &&
           order_tok_is(text, tokens, p - 2, n, "of");
}

static void correct_bare_instead(const char *text, const struct order_token *tokens, size_t n,
                                 struct order_reading *rg, const size_t *removed_ends,
                                 size_t n_removed)
{
    for (size_t s = 0; s < rg->n_things; s++) {
        struct order_thing *now = &rg->things[s];
        uint8_t m = 0;
        while (m < now->mods.n && strcmp(now->mods.text[m], "instead") != 0)
            m++;
        if (!now->is_span || now->reference || m == now->mods.n)
            continue;
        memmove(now->mods.text[m], now->mods.text[m + 1U],
                (size_t)(now->mods.n - m - 1U) * sizeof(now->mods.text[0]));
        now->mods.n--;
        if (correct_part_swapped(text, tokens, n, now))
            continue;
        struct order_thing *was = NULL;
        for (size_t x = 0; x < rg->n_things; x++) {
            struct order_thing *th = &rg->things[x];
            if (th != now && th->is_span && th->begin != th->end && th->end <= now->begin &&
                (!was || th->end > was->end))
                was = th;
        }
        /* "3 lemonades, no wait 2, my friend wants a smoothie instead": one of several, the
         * count said before holds */
        if (!was || was->reference || was->item < 0 || was->item == now->item ||
            was->qty != now->qty)
            continue;
        bool removal_between = false;
        for (size_t r = 0; r < n_removed; r++)
            removal_between |= removed_ends[r] > was->end && removed_ends[r] <= now->begin;
        if (!removal_between)
            was->reference = true;
    }
}

/* "switch the 2 al pastor to carnitas tacos": the dish changed into stands for the one
 * changed, in its count, unless it is counted itself ("... to 3 carnitas"). It is the dish
 * right after the change's words (an article between at most). */
static void correct_carry_count(struct order_reading *rg, const struct correct_lead *lead)
{
    if (lead->carried <= 0)
        return;
    for (size_t s = 0; s < rg->n_things; s++) {
        struct order_thing *th = &rg->things[s];
        if (!th->is_span || th->reference || th->begin < lead->end || th->begin > lead->end + 1U)
            continue;
        if (!th->qty_explicit) {
            th->qty = lead->carried;
            th->qty_explicit = true;
        }
        return;
    }
}

/* "a cheeseburger and a lemonade. scratch the cheeseburger, just the lemonade": after a dish
 * was taken back, "just the" / "only the" and a dish asked for before, with no count of its
 * own, says what is left: the same dish, not one more. */
static void correct_only_left(const char *text, const struct order_token *tokens, size_t n,
                              struct order_reading *rg, const size_t *removed_ends,
                              size_t n_removed)
{
    for (size_t s = 0; s < rg->n_things; s++) {
        struct order_thing *th = &rg->things[s];
        size_t b = th->begin;
        if (!th->is_span || th->reference || th->qty_explicit || b < 2 ||
            !order_tok_is(text, tokens, b - 1U, n, "the") ||
            !(order_tok_is(text, tokens, b - 2U, n, "just") ||
              order_tok_is(text, tokens, b - 2U, n, "only")))
            continue;
        bool removed = false;
        for (size_t r = 0; r < n_removed; r++)
            removed |= removed_ends[r] <= b;
        bool before = false;
        for (size_t o = 0; o < rg->n_things && removed && !before; o++) {
            const struct order_thing *x = &rg->things[o]; /* "the smoothie": of its kind */
            before = x->is_span && !x->reference && x->item >= 0 && x->end <= b - 2U &&
                     (x->item == th->item ||
                      (th->item < 0 && order_item_set_has(&th->candidates, (size_t)x->item)));
        }
        if (before && th->mods.n == 0)
            th->reference = true;
    }
}

/* "2 cheeseburgers and 3 lemonades. switch 2 of the lemonades ...", "... switch the
 * lemonades to smoothies": the dish changed, asked for before in the message, gives up the
 * count changed (all of it when none is said), which the new dish takes. */
static void correct_change(struct order_reading *rg, struct correct_lead *lead)
{
    struct order_thing *was = NULL;
    size_t before = 0;
    for (size_t s = 0; s < rg->n_things; s++) {
        struct order_thing *o = &rg->things[s];
        if (o->is_span && !o->reference && o->end <= lead->begin && o->item == lead->item) {
            was = o;
            before++;
        }
    }
    if (before == 1 && lead->carried > 0 && was->qty > lead->carried)
        was->qty -= lead->carried;
    else {
        if (before == 1 && lead->carried == 0 && was->qty > 1)
            lead->carried = was->qty;
        correct_remove(rg, lead);
    }
    correct_carry_count(rg, lead);
}

void order_read_corrections(const struct order_reader *rd, const char *text,
                            const struct order_token *tokens, size_t n, struct order_reading *out)
{
    enum { AFTER_REMOVAL_TOKENS_MAX = 2 }; /* "scratch the X, make it ...": a comma, "and" */
    enum { REMOVALS_MAX = 8 };
    size_t removed_end = 0;
    int32_t removed_qty = 0;
    size_t removed_ends[REMOVALS_MAX];
    size_t n_removed = 0;
    for (size_t i = 0; i < n; i++) {
        if (out->roles[i] != ORDER_ROLE_FILLER)
            continue;
        /* the leads were marked from unread words: read them again as such */
        uint8_t saved[ORDER_TOKENS_MAX];
        size_t e = i;
        while (e < n && out->roles[e] == ORDER_ROLE_FILLER)
            e++;
        memcpy(saved + i, out->roles + i, e - i);
        memset(out->roles + i, ORDER_ROLE_NONE, e - i);
        struct correct_lead lead;
        bool found = correct_lead_at(rd, text, tokens, i, n, out, &lead) && lead.end <= e;
        memcpy(out->roles + i, saved + i, e - i);
        if (!found)
            continue;
        bool kept[ORDER_ITEMS_MAX];
        for (size_t s = 0; s < out->n_things; s++)
            kept[s] = !out->things[s].reference;
        if (lead.kind == CORRECT_COUNT)
            correct_count(text, tokens, out, &lead);
        else if (lead.kind == CORRECT_SWAP)
            correct_swap(rd, text, tokens, out, &lead,
                         removed_end > 0 && lead.begin <= removed_end + AFTER_REMOVAL_TOKENS_MAX,
                         removed_qty);
        else if (lead.changed)
            correct_change(out, &lead);
        else
            correct_remove(out, &lead);
        if (lead.kind == CORRECT_REMOVE) {
            removed_qty = 0; /* how many of the dish were taken back */
            for (size_t s = 0; s < out->n_things; s++)
                if (kept[s] && out->things[s].reference && out->things[s].is_span)
                    removed_qty += out->things[s].qty;
            removed_end = lead.end;
            if (n_removed < REMOVALS_MAX)
                removed_ends[n_removed++] = lead.end;
        }
        i = lead.end - 1;
    }
    correct_instead(rd, text, tokens, n, out);
    correct_not_dish(rd, text, tokens, n, out);
    correct_confirmations(text, tokens, n, out);
    correct_bare_instead(text, tokens, n, out, removed_ends, n_removed);
    correct_only_left(text, tokens, n, out, removed_ends, n_removed);
    correct_word_swaps(rd, text, tokens, n, out);
}
