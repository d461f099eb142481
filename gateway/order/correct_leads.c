/* correct_leads.c — the words that lead a correction (correct.c): "actually make it 3",
 * "scratch the onion rings", "wait no make that a cheeseburger", "double the fries", "switch
 * the 2 al pastor to carnitas". correct_lead_at reads one where it starts: its kind, its
 * tokens, the count or the dish it names. order_read_correction_leads marks every lead
 * before the spans are read, so no dish takes its words as a change; order_read_corrections
 * finds them again to apply them. */
#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>
#include <ctype.h>
#include <string.h>

#include "gateway/order/correct_internal.h"

/* The phrase of words[][] that starts at i, or 0: its length in tokens. */
static size_t correct_phrase_at(const char *text, const struct order_token *t, size_t i, size_t e,
                                const char *const (*phrases)[CORRECT_PHRASE_WORDS], size_t n)
{
    if (i >= e || t[i].kind != ORDER_TOKEN_WORD || t[i].len == 0)
        return 0;
    char first = text[t[i].off]; /* every token is tried: most differ at the first letter */
    for (size_t p = 0; p < n; p++) {
        if (phrases[p][0] && phrases[p][0][0] != first)
            continue;
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

/* Does a word of the menu at token i name item (one of its readings a word of item's)? */
static bool correct_word_names(const struct order_reader *rd, const struct order_reading *rg,
                               size_t i, int32_t item)
{
    for (size_t h = 0; h < rg->n_hits[i]; h++)
        if (order_item_set_has(&rd->lex->words[rg->hits[i][h].words[0]].items, (size_t)item))
            return true;
    return false;
}

/* A removal whose verb is at p (the opening words before it are out->begin's), of the dish whose
 * name starts at d (item, or -1 for "scratch that"): the name's words are the correction's. */
static bool correct_removal(const struct order_reader *rd, const char *text,
                            const struct order_token *t, const struct order_reading *rg, size_t p,
                            size_t d, size_t n, int32_t item, struct correct_lead *out)
{
    size_t end = d;
    /* the dish's words; "scratch the lemonade iced green tea instead": the next name, the
     * comma left out, is none of them */
    while (item >= 0 && end < n && t[end].kind == ORDER_TOKEN_WORD && rg->n_hits[end] > 0 &&
           (end == d || correct_word_names(rd, rg, end, item)))
        end++;
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

/* The words only a correction says: one of them before a dish or in its sentence marks a
 * correction, where "no" alone may be a change ("no onions"). "jk" ("just kidding") takes
 * back what was just said as a joke. */
static const char *const correct_marks[] = {"actually", "wait", "sorry",     "oops",
                                            "nah",      "jk",   "correction"};
#define CORRECT_MARKS_N (ORDER_WORDS_N(correct_marks))

/* The words that may open a correction ("actually", "no", "wait", ", ") before its verb. */
struct correct_pre {
    size_t p;      /* the first token after them */
    size_t words;  /* how many */
    bool strong;   /* one of correct_marks */
    bool said_no;  /* the last is "no": "actually no onion rings" */
    bool no_comma; /* a "no" set off by a comma: "no, three" */
    bool denied;   /* a "no" among them anywhere: "no wait,", "wait no," */
    bool named;    /* "correction" among them: the word names what follows */
};

/* Is "nvm" or "nevermind" at p right before a count in digits that ends its piece ("nvm 4")?
 * It takes back the count said before, as "actually" does; before a dish ("nvm the fries") it
 * takes the dish back (correct_remove_lead). */
static bool correct_nvm_count(const char *text, const struct order_token *t, size_t p, size_t n)
{
    if (!order_tok_is(text, t, p, n, "nvm") && !order_tok_is(text, t, p, n, "nevermind"))
        return false;
    if (p + 1U >= n || t[p + 1U].kind != ORDER_TOKEN_WORD ||
        !(p + 2U >= n || t[p + 2U].kind == ORDER_TOKEN_PUNCT))
        return false;
    for (size_t k = 0; k < t[p + 1U].len; k++)
        if (text[t[p + 1U].off + k] < '0' || text[t[p + 1U].off + k] > '9')
            return false;
    return true;
}

static struct correct_pre correct_read_pre(const char *text, const struct order_token *t, size_t i,
                                           size_t n)
{
    /* "actually yes the cheeseburger": a "yes" after the mark goes back to a dish let go */
    static const char *const pre[] = {"actually", "no", "wait", "sorry",      "oops", "oh", "nah",
                                      "and",      "jk", "yes",  "correction", "hmm",  "hm", "hmmm"};
    struct correct_pre r = {.p = i};
    if (order_tok_is(text, t, r.p, n, "ugh") && order_tok_is(text, t, r.p + 1U, n, "no"))
        r.p++; /* "... ugh no, 2 mango": a sigh before "no" counts for none of the words */
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
        if ((order_tok_is(text, t, r.p, n, "screw") || order_tok_is(text, t, r.p, n, "forget")) &&
            order_tok_is(text, t, r.p + 1, n, "it") && r.words > 0) {
            r.p += 2; /* "nah screw it, 3 elotes": the doubt given up, after the mark */
            r.words++;
            continue;
        }
        if (correct_nvm_count(text, t, r.p, n)) {
            r.strong = true; /* "wait make it 6 pastor. actually nvm 4" */
            r.p++;
            r.words++;
            continue;
        }
        if (!order_tok_in(text, t, r.p, n, pre, ORDER_WORDS_N(pre)))
            break;
        r.strong = r.strong || order_tok_in(text, t, r.p, n, correct_marks, CORRECT_MARKS_N);
        r.said_no = order_tok_is(text, t, r.p, n, "no");
        r.denied = r.denied || r.said_no || order_tok_is(text, t, r.p, n, "nah");
        r.named = r.named || order_tok_is(text, t, r.p, n, "correction");
        r.p++;
        r.words++;
    }
    /* "... the mango smoothie. wait no. the strawberry one": the opening words said as a
     * sentence of their own open the next as a comma would */
    bool own_sentence =
        r.strong && r.p < n && t[r.p].kind == ORDER_TOKEN_PUNCT &&
        (t[r.p].punct == '.' || t[r.p].punct == '!') &&
        (i == 0 || (t[i - 1].kind == ORDER_TOKEN_PUNCT && strchr(".!?\n", t[i - 1].punct)));
    /* "correction: the wrap": a colon after the marks sets them off as a comma does */
    while (r.words > 0 && r.p < n && t[r.p].kind == ORDER_TOKEN_PUNCT &&
           (t[r.p].punct == ',' || own_sentence || (r.strong && t[r.p].punct == ':'))) {
        r.p++;
        r.no_comma = r.no_comma || r.said_no;
        r.said_no = false;
        own_sentence = false;
    }
    /* "actually no the chickpea salad": a "no" before "the" answers the dish before, as
     * "no, the ..." does; a part left out has no article ("actually no onion rings") */
    if (r.said_no && r.strong && order_tok_is(text, t, r.p, n, "the"))
        r.said_no = false;
    /* "one chicken tinga burrito. hmm no, bean and cheese": a "no" set off by a comma that
     * opens a sentence, only a sound of doubt before it, says no to what was just asked for
     * as "actually no" does; after a question it answers the question */
    bool opens_sentence =
        i == 0 || (t[i - 1].kind == ORDER_TOKEN_PUNCT && strchr(".!\n", t[i - 1].punct));
    if (opens_sentence && r.no_comma && !r.strong && order_tok_is(text, t, r.p - 2U, n, "no") &&
        r.words <= 2U && (r.words == 1U || !order_tok_is(text, t, i, n, "and")))
        r.strong = true;
    /* "the cheeseburger, no the falafel wrap", "..., no, the wrap": a "no" alone after a
     * comma, before "the", answers the dish before as "actually no" does */
    if (r.words == 1 && (r.said_no || r.no_comma) && i > 0 && t[i - 1].kind == ORDER_TOKEN_PUNCT &&
        t[i - 1].punct == ',' && order_tok_is(text, t, r.p, n, "the")) {
        r.said_no = false;
        r.strong = true;
    }
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
static int32_t correct_renamed_last(const struct order_reader *rd, const char *text,
                                    const struct order_token *t, size_t n,
                                    const struct order_reading *rg, size_t p, size_t d);

/* correct_count_or_dish, after the opening words (k tokens from p) where no count stands, or
 * only an article (q tokens): a dish that replaces the one before, a kind's count corrected,
 * or a dish taken off. Returns 1 (out is the lead), 0 (no lead here), or -1: an article
 * counting one, read as a count by the caller. */
static int correct_dish_after(const struct order_reader *rd, const char *text,
                              const struct order_token *t, size_t n, const struct order_reading *rg,
                              const struct correct_pre *pre, size_t p, size_t k, size_t q,
                              struct correct_lead *out)
{
    int32_t item = order_read_name_at(rd, text, t, rg, p + k, n);
    /* "make it a cheeseburger"; "the cheeseburger, no wait the halloumi burger" right
     * after the dish it replaces (correct_swap checks how near) */
    size_t d = p + k + q;
    if (order_tok_is(text, t, d, n, "the") || order_tok_is(text, t, d, n, "a") ||
        order_tok_is(text, t, d, n, "an"))
        d++;
    /* "make it a third cauliflower one": a place in a count before the dish says it is
     * one more of it, no count of its own */
    static const char *const places[] = {"second", "third", "fourth", "fifth"};
    if (d > p + k && order_tok_in(text, t, d, n, places, ORDER_WORDS_N(places)))
        d++;
    /* "let's do the jackfruit"; not "make it vegan", "make it large": a change */
    bool dish_next = d < n && rg->n_hits[d] > 0 &&
                     order_patterns_longest(&rd->u->modifier_starts, text, t, d, n, NULL) == 0;
    /* "the mango smoothie... no wait the strawberry one": a menu word and "one" after
     * the opening words name the dish that replaces it */
    bool pro_form = dish_next && (order_tok_is(text, t, d + 1, n, "one") ||
                                  order_tok_is(text, t, d + 1, n, "ones"));
    /* "no wait, the vegan one": a word that could change a dish ("make it vegan") points at
     * one between "the" and "one" (correct_sibling.c) */
    pro_form = pro_form || correct_the_word_one(text, t, n, rg, d);
    /* "make the asada 18": words naming a kind, then a count, correct the count of the
     * dish of that kind asked for before (correct_count) */
    size_t count_at = 0, count_end = 0;
    if (item < 0 && q == 0 && k == 2 && order_tok_is(text, t, p + 1, n, "the") &&
        (count_end = order_read_count_after_words(rd, text, t, n, rg, d, &out->count, &count_at)) >
            0) {
        out->kind = CORRECT_COUNT;
        out->end = p + k;
        out->at = d;
        out->count_end = count_end;
        out->named = true;
        return 1;
    }
    /* "the quinoa bowl. actually scratch that, the chickpea salad. actually no the
     * bowl": a kind after the opening words points back at the one dish of it named
     * before, asked for again */
    if (item < 0 && k == 0 && q == 0 && dish_next && pre->strong && !pre->said_no && d > p &&
        order_tok_is(text, t, p, n, "the"))
        item = correct_kind_by_name_before(rd, text, t, n, rg, out->begin, d);
    /* "one horchata no wait, a jamaica": a word naming one dish, no whole name, counted by
     * its article after a "no", is that dish as its whole name would be */
    if (item < 0 && k == 0 && q > 0 && pre->denied) {
        int32_t one = order_read_one_dish_at(rd, text, t, rg, p + q, n);
        if (one >= 0 && !correct_named_before(rd, text, t, rg, out->begin, one))
            item = one;
    }
    /* "teriyaki x1. sorry teriyaki x2": right after a word only a correction says, the words
     * that named a dish before, written the same though no whole name, name it again */
    if (item < 0 && k == 0 && q == 0 && pre->strong && !pre->said_no)
        item = correct_renamed_last(rd, text, t, n, rg, out->begin, p);
    /* "a lemonade, no wait, an iced green tea": after a "no", a whole name not named before,
     * counted by its article, replaces the dish right before as one after "the" does; the
     * article is no count of that dish */
    bool named_anew = q > 0 && item >= 0 && pre->denied &&
                      !correct_named_before(rd, text, t, rg, out->begin, item);
    /* "horchata. wait no. jamaica": a word naming a dish, no whole name, right after a "no"
     * and a word only a correction says replaces the dish before as a whole name does */
    bool denied_word = k == 0 && q == 0 && dish_next && pre->denied;
    if ((item >= 0 || (k > 0 && dish_next) || pro_form || denied_word) &&
        (k > 0 || (pre->strong && !pre->said_no && (q == 0 || named_anew)))) {
        out->kind = CORRECT_SWAP;
        out->end = out->at = p + k;
        out->item = item;
        out->adjacent = k == 0;
        out->names_was = k == 2 && order_tok_is(text, t, p + 1, n, "the");
        return 1;
    }
    /* "actually no onion rings, just 2 fries": a dish not asked for before, named after
     * "actually no" (one asked for before is the clause's correction: attach.c) */
    if (item >= 0 && pre->strong && pre->said_no && q == 0 &&
        !correct_named_before(rd, text, t, rg, out->begin, item))
        return correct_removal(rd, text, t, rg, p, p, n, item, out) ? 1 : 0;
    return q == 0 ? 0 : -1; /* an article: read as a count of one below */
}

/* A correction of a count ("actually make it 3", "actually three") or of the dish itself
 * ("make it a cheeseburger", "actually no onion rings") after the opening words. */
/* "a dozen churros. wait, just 2 churros": a count at c, not an article, then the dish
 * named before c again: the count is the dish's, told anew. */
static bool correct_recounted_dish(const struct order_reader *rd, const char *text,
                                   const struct order_token *t, size_t n,
                                   const struct order_reading *rg, size_t c)
{
    int32_t v;
    size_t q = order_read_number(rd->u, text, t, c, n, &v);
    if (q == 0 || order_tok_is(text, t, c, n, "a") || order_tok_is(text, t, c, n, "an"))
        return false;
    int32_t item = order_read_one_dish_at(rd, text, t, rg, c + q, n);
    if (item < 0)
        return false;
    for (size_t b = 0; b < c; b++)
        if (rg->n_hits[b] > 0 && (b == 0 || rg->n_hits[b - 1U] == 0) &&
            order_read_one_dish_at(rd, text, t, rg, b, c) == item)
            return true;
    return false;
}

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
        {"switch", "that", "to"}, {"switch", "to"},       {"swap", "it", "for"},
        {"swap", "that", "for"},  {"switch", "it", "for"}};
    static const char *const adding[] = {"more", "extra", "additional", "another"};
    static const char *const units[] = {"orders", "portions", "servings", "of"};
    size_t p = pre->p;
    size_t k = correct_phrase_at(text, t, p, n, counts, ORDER_WORDS_N(counts));
    int32_t v;
    /* "3 lemonades, actually just 2", "..., only 2": a count alone after "just" / "only" that
     * ends its clause, no dish after it, takes the place of the count before */
    if (k == 0 && (order_tok_is(text, t, p, n, "just") || order_tok_is(text, t, p, n, "only")) &&
        correct_unread(t, rg, p, p + 1)) {
        /* after a word only a correction says, the count may name its dish again ("wait,
         * just 2 churros"): "just" only says it is fewer */
        if (!correct_count_alone(rd, text, t, p + 1, n) &&
            !(pre->strong && pre->words > 0 && correct_recounted_dish(rd, text, t, n, rg, p + 1)))
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
        int lead = correct_dish_after(rd, text, t, n, rg, pre, p, k, q, out);
        if (lead >= 0)
            return lead == 1;
    } else if (k == 0 && pre->strong &&
               (order_read_name_at(rd, text, t, rg, p + q, n) >= 0 ||
                (pre->denied && order_read_one_dish_at(rd, text, t, rg, p + q, n) >= 0))) {
        /* "2 horchatas, no wait 2 jamaicas": a count and a whole dish after the opening
         * words replace the dish before as "a jamaica" does; the dish keeps its own count */
        int lead = correct_dish_after(rd, text, t, n, rg, pre, p, k, q, out);
        if (lead == 1 && out->kind == CORRECT_SWAP)
            return true;
    }
    if (order_tok_in(text, t, p + k + q, n, adding, ORDER_WORDS_N(adding)))
        return false; /* "sorry, 2 more fries" adds */
    size_t u = p + k + q;
    /* "3 lemonades, actually one of them no mint": a count of them with a change of its own is
     * a part of the dish, no count told anew */
    static const char *const them[] = {"them", "those", "these", "em"};
    if (k == 0 && order_tok_is(text, t, u, n, "of") &&
        order_tok_in(text, t, u + 1U, n, them, ORDER_WORDS_N(them)) && u + 2U < n &&
        t[u + 2U].kind == ORDER_TOKEN_WORD)
        return false;
    if (order_tok_in(text, t, u, n, units, ORDER_WORDS_N(units)))
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
    if (!ORDER_CUES_ANY(&rg->cues, "double"))
        return false;
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

/* The menu words from d on (at most max of them) and the items they all name, into *items;
 * returns where they end (d when token d is none). */
static size_t correct_words_items(const struct order_reader *rd, const struct order_token *t,
                                  size_t n, const struct order_reading *rg, size_t d, size_t max,
                                  struct order_item_set *items)
{
    struct order_item_set one;
    size_t e = d;
    while (e < n && e < d + max && t[e].kind == ORDER_TOKEN_WORD && rg->n_hits[e] > 0) {
        order_read_token_items(rd, rg, e, &one);
        if (e == d)
            *items = one;
        else
            order_item_set_and(items, &one);
        e++;
    }
    return e;
}

/* Are tokens a and b the same word, or one the other's plural in -s or -es ("3 jamaica ...
 * scratch the jamaicas")? */
static bool correct_same_word(const char *text, const struct order_token *a,
                              const struct order_token *b)
{
    if (a->len > b->len) {
        const struct order_token *x = a;
        a = b;
        b = x;
    }
    const char *wa = text + a->off, *wb = text + b->off;
    size_t extra = (size_t)(b->len - a->len);
    if (extra > 2U || memcmp(wa, wb, a->len) != 0)
        return false;
    return extra == 0 || (extra == 1U && wb[a->len] == 's') ||
           (extra == 2U && wb[a->len] == 'e' && wb[a->len + 1U] == 's');
}

/* "1 jamaica ... scratch the jamaica": menu words at d naming one item together, written the
 * same before p (or in the plural), are the dish named there again, though no whole name;
 * that item or -1. A word said only once ("skip the onion") stays a modifier. */
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
        while (k < len && t[b + k].kind == ORDER_TOKEN_WORD &&
               correct_same_word(text, &t[b + k], &t[d + k]))
            k++;
        if (k == len)
            return order_item_set_next(&items, 0);
    }
    return -1;
}

/* As correct_repeated_name, where the words at d are the last menu words before p
 * ("teriyaki x1. sorry teriyaki x2"): the dish right before, named again; that item or -1. */
static int32_t correct_renamed_last(const struct order_reader *rd, const char *text,
                                    const struct order_token *t, size_t n,
                                    const struct order_reading *rg, size_t p, size_t d)
{
    enum { NAMED_WORDS_MAX = 4 };
    struct order_item_set items;
    size_t len = correct_words_items(rd, t, n, rg, d, NAMED_WORDS_MAX, &items) - d;
    size_t last = p;
    while (last > 0 && rg->n_hits[last - 1U] == 0)
        last--;
    if (len == 0 || last < len)
        return -1;
    for (size_t k = 0; k < len; k++) {
        const struct order_token *a = &t[last - len + k], *b = &t[d + k];
        if (a->kind != ORDER_TOKEN_WORD || a->len != b->len ||
            memcmp(text + a->off, text + b->off, b->len) != 0)
            return -1;
    }
    return correct_repeated_name(rd, text, t, n, rg, p, d);
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
    order_read_token_items(rd, rg, d, &kind);
    for (size_t i = 0; i < rd->lex->menu->count; i++)
        if (order_item_set_has(&kind, i) &&
            !correct_name_holds(rd->lex->menu->items[i].name, text + t[d].off, t[d].len))
            order_item_set_remove(&kind, i);
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
    if (!ORDER_CUES_ANY(&rg->cues, "from") || !ORDER_CUES_ANY(&rg->cues, "order"))
        return -1;
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
    if (!ORDER_CUES_ANY(&rg->cues, "change", "switch", "swap"))
        return false;
    if (!order_tok_in(text, t, p, n, verbs, ORDER_WORDS_N(verbs)))
        return false;
    bool menu_before = false; /* a filler's words ("ordered under Tina") name no dish */
    for (size_t b = 0; b < p && !menu_before; b++)
        menu_before = rg->n_hits[b] > 0 && rg->roles[b] != ORDER_ROLE_FILLER;
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
    if ((menu_before && !named_before) || !correct_removal(rd, text, t, rg, p, d, n, item, out))
        return false;
    out->carried = count;
    out->changed = true;
    /* "swap the horchata on my order for ...": where the dish is, said of the order the
     * change is made to, is part of naming it */
    static const char *const places[] = {"on", "in", "from", "of"};
    static const char *const owners[] = {"my", "our", "the"};
    if (order_tok_in(text, t, out->end, n, places, ORDER_WORDS_N(places)) &&
        order_tok_in(text, t, out->end + 1U, n, owners, ORDER_WORDS_N(owners)) &&
        order_tok_is(text, t, out->end + 2U, n, "order") &&
        correct_unread(t, rg, out->end, out->end + 3U))
        out->end += 3U;
    /* "change the 20 lemonades to 10 lemonades and 10 iced teas": counted anew */
    int32_t anew = 0;
    size_t counted = order_read_number(rd->u, text, t, out->end + 1U, n, &anew);
    if (!order_tok_in(text, t, out->end, n, preps, ORDER_WORDS_N(preps)) ||
        (rg->roles[out->end] != ORDER_ROLE_NONE && rg->roles[out->end] != ORDER_ROLE_FILLER) ||
        order_read_one_dish_at(rd, text, t, rg, out->end + 1U + counted, n) < 0)
        return false; /* "change my fries please": no dish to change them into */
    out->end++;
    return true;
}

bool order_read_after_question(const char *text, const struct order_token *t, size_t p)
{
    static const char *const conditions[] = {"if", "not", "no", "so", "then", "otherwise", "else"};
    static const char *const answered[] = {"if", "otherwise", "else"};
    bool conditional = false; /* "if not": without it, "scrap that" drops the dish asked of */
    while (p > 0) {
        p--;
        if (t[p].kind == ORDER_TOKEN_PUNCT) {
            if (t[p].punct == '?')
                return conditional;
            if (t[p].punct != ',')
                return false;
        } else if (!order_tok_in(text, t, p, p + 1U, conditions, ORDER_WORDS_N(conditions))) {
            return false;
        }
        conditional =
            conditional || order_tok_in(text, t, p, p + 1U, answered, ORDER_WORDS_N(answered));
    }
    return false;
}

/* "take his california burrito off": "take", a few words, then "off" ending the sentence or
 * its part: the particle after the dish, as "take off the ..." has it before. */
static bool correct_taken_off(const char *text, const struct order_token *t, size_t p, size_t n)
{
    enum { TAKEN_OFF_WORDS_MAX = 5 };
    if (!order_tok_is(text, t, p, n, "take"))
        return false;
    for (size_t q = p + 2U; q < n && q <= p + 1U + TAKEN_OFF_WORDS_MAX; q++) {
        if (t[q].kind == ORDER_TOKEN_PUNCT)
            return false;
        if (order_tok_is(text, t, q, n, "off"))
            return q + 1U == n || t[q + 1U].kind == ORDER_TOKEN_PUNCT;
    }
    return false;
}

/* "2 crispy chicken burgers ... cancel one of the chicken burgers", "3 lemonades. remove 1
 * lemonade": a count (not an article), maybe "of the", then a dish asked for before, right
 * after the verb at p (d its next token): that many fewer of it (correct.c), the lead's count. */
static bool correct_counted_removal(const struct order_reader *rd, const char *text,
                                    const struct order_token *t, size_t n,
                                    const struct order_reading *rg, size_t p, size_t d,
                                    struct correct_lead *out)
{
    int32_t v;
    size_t q = order_read_number(rd->u, text, t, d, n, &v);
    if (q == 0 || v <= 0 || order_tok_is(text, t, d, n, "a") || order_tok_is(text, t, d, n, "an"))
        return false;
    size_t e = d + q;
    if (order_tok_is(text, t, e, n, "of") &&
        (order_tok_is(text, t, e + 1U, n, "the") || order_tok_is(text, t, e + 1U, n, "my")))
        e += 2U;
    int32_t item = order_read_name_at(rd, text, t, rg, e, n);
    if (item < 0 || !correct_named_before(rd, text, t, rg, out->begin, item) ||
        !correct_removal(rd, text, t, rg, p, e, n, item, out))
        return false;
    out->at = d;
    out->count = v;
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
    static const char *const determiners[] = {"the",  "my", "those", "these", "that",
                                              "them", "it", "his",   "her",   "their"};
    if (!ORDER_CUES_ANY(&rg->cues, "scratch", "scrap", "forget", "cancel", "remove", "drop",
                        "ditch", "take", "nix", "skip", "get", "nevermind", "never", "nvm"))
        return false;
    size_t k = correct_phrase_at(text, t, p, n, removals, ORDER_WORDS_N(removals));
    if (k == 0 && correct_taken_off(text, t, p, n))
        k = 1; /* "take his california burrito off" */
    if (k == 0)
        return false;
    size_t d = p + k;
    if (correct_counted_removal(rd, text, t, n, rg, p, d, out))
        return true; /* "cancel one of the chicken burgers" */
    bool pronoun = false;
    if (order_tok_in(text, t, d, n, determiners, ORDER_WORDS_N(determiners))) {
        static const char *const owned[] = {"the", "my", "his", "her", "their"};
        pronoun = !order_tok_in(text, t, d, n, owned, ORDER_WORDS_N(owned));
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
    /* "scratch that 5 onion rings": the pronoun, then a count and a dish asked for instead */
    int32_t v;
    size_t q = pronoun && item < 0 ? order_read_number(rd->u, text, t, d, n, &v) : 0;
    bool instead_next = q > 0 && order_read_one_dish_at(rd, text, t, rg, d + q, n) >= 0;
    if (item < 0 && !(pronoun && (d == n || t[d].kind == ORDER_TOKEN_PUNCT || instead_next)))
        return false; /* "skip the onions": a modifier, not a dish taken back */
    if (item < 0 && order_read_after_question(text, t, p))
        return false; /* "... shawarma? if not, forget it": the question taken back */
    if (item < 0 && correct_unread(t, rg, p, d) &&
        correct_count_after_removal(rd, text, t, n, d, out))
        return true;
    return correct_removal(rd, text, t, rg, p, d, n, item, out);
}

/* Does a word only a correction says ("actually", "wait") stand in the sentence before i? */
static bool correct_sentence_corrects(const char *text, const struct order_token *t, size_t i)
{
    while (i > 0) {
        i--;
        if (t[i].kind == ORDER_TOKEN_PUNCT && strchr(".!?\n", t[i].punct))
            return false;
        if (order_tok_in(text, t, i, i + 1U, correct_marks, CORRECT_MARKS_N))
            return true;
    }
    return false;
}

/* "2 al pastor and 1 carnitas taco. wait make it 3 al pastor and no carnitas", "a flan.
 * actually no flan": "no" after "and" or a correction's word, before a dish asked for
 * before and ending the sentence, in a correction, takes the dish back. Right after a dish
 * ("burrito no guac") it takes a part off that dish. */
static bool correct_no_dish(const struct order_reader *rd, const char *text,
                            const struct order_token *t, size_t n, const struct order_reading *rg,
                            const struct correct_pre *pre, struct correct_lead *out)
{
    if (!ORDER_CUES_ANY(&rg->cues, "no"))
        return false;
    size_t d = pre->p;
    if (!pre->said_no || pre->words < 2U || d == 0 || d >= n || rg->n_hits[d] == 0 ||
        !(pre->strong || correct_sentence_corrects(text, t, out->begin)))
        return false;
    int32_t item = correct_repeated_name(rd, text, t, n, rg, d - 1U, d);
    if (item < 0)
        item = correct_kind_named_before(rd, text, t, n, rg, d - 1U, d);
    if (item < 0 || !correct_removal(rd, text, t, rg, d - 1U, d, n, item, out))
        return false;
    /* "wait no lemonade, just the burger and fries": what follows restates the order, which
     * the correction of the whole reads; "actually no churros please": politeness closes it */
    static const char *const polite[] = {"please", "pls", "plz", "thanks", "thx", "ty"};
    size_t e = out->end;
    while (e < n && order_tok_in(text, t, e, n, polite, ORDER_WORDS_N(polite)))
        e++;
    /* "actually no cold brew, I'll be up all night": a reason after a comma, naming no
     * dish, ends it as the sentence's end does */
    if (e < n && t[e].kind == ORDER_TOKEN_PUNCT && t[e].punct == ',')
        while (e < n && !(t[e].kind == ORDER_TOKEN_PUNCT && strchr(".!?\n", t[e].punct)) &&
               rg->n_hits[e] == 0)
            e++;
    return e == n || (t[e].kind == ORDER_TOKEN_PUNCT && strchr(".!?\n", t[e].punct));
}

/* The words a correction may open with: those correct_read_pre reads first, and the first word
 * of each kind of lead read where none of them stands (correct_count_or_dish, correct_double,
 * correct_remove_lead, correct_change_lead; correct_no_dish follows two). Asked at every token,
 * the readers' own tests cost the pass most of its time. A gate as the cue gates are (cues.h):
 * with order_cues_ignore set it lets every token through, so test_order_cues and the order
 * fuzzer find a lead whose first word this list lacks. */
static const char *const correct_firsts[] = {
    "actually", "no",     "wait",    "sorry", "oops",   "oh",        "nah",    "and",
    "jk",       "yes",    "hmm",     "hm",    "hmmm",   "ugh",       "hang",   "hold",
    "nvm",      "make",   "i",       "lets",  "change", "switch",    "swap",   "just",
    "only",     "double", "scratch", "scrap", "forget", "cancel",    "remove", "drop",
    "ditch",    "take",   "nix",     "skip",  "get",    "nevermind", "never",  "correction"};

/* The correction that starts at token i, if any. */
bool correct_lead_at(const struct order_reader *rd, const char *text, const struct order_token *t,
                     size_t i, size_t n, const struct order_reading *rg, struct correct_lead *out)
{
    if (!order_cues_ignored &&
        !order_tok_in(text, t, i, n, correct_firsts, ORDER_WORDS_N(correct_firsts)))
        return false;
    struct correct_pre pre = correct_read_pre(text, t, i, n);
    /* "correction: i'd like the wrap": after the word that names what it does, a request
     * opener asks for what replaces the dish before, as the word alone does; after
     * "actually" it may ask for one more ("actually i'd like the lemonade too") */
    if (pre.named) {
        size_t k = order_patterns_longest(&rd->u->openers, text, t, pre.p, n, NULL);
        pre.p += k > 0 ? k : order_read_opener_grammar(rd, text, t, pre.p, n, rg);
    }
    memset(out, 0, sizeof(*out));
    out->begin = i;
    return correct_count_or_dish(rd, text, t, n, rg, &pre, out) ||
           correct_double(rd, text, t, n, rg, &pre, out) ||
           correct_remove_lead(rd, text, t, n, rg, pre.p, out) ||
           correct_no_dish(rd, text, t, n, rg, &pre, out) ||
           correct_change_lead(rd, text, t, n, rg, pre.p, out);
}

bool correct_lead_may_stand(const struct order_reading *rg)
{
    /* the first words of every lead correct_lead_at reads */
    return ORDER_CUES_ANY(&rg->cues, "actually", "wait", "sorry", "oops", "nah", "jk", "correction",
                          "hang", "hold", "no", "make", "i", "change", "lets", "switch", "just",
                          "only", "double", "scratch", "scrap", "forget", "cancel", "remove",
                          "drop", "ditch", "take", "nix", "skip", "get", "nevermind", "never",
                          "nvm", "swap");
}

void order_read_correction_leads(const struct order_reader *rd, const char *text,
                                 const struct order_token *tokens, size_t n,
                                 struct order_reading *out)
{
    if (!correct_lead_may_stand(out))
        return;
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
