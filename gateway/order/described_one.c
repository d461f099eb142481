/* described_one.c — a dish pointed at by what is in it, with no kind of dish named (reading.h):
 * "the pineapple one", "the one with the consomé", "the thing with steak and fries inside".
 * A person at the counter reads the menu's descriptions: when exactly one item's name and
 * description hold every food word said, that is the dish. Held by several or by none, the
 * words are left to the passes after (asked back or declined as before). */
#include <string.h>

#include "gateway/order/described_internal.h"
#include "gateway/order/dictionary.h"
#include "gateway/order/food.h"
#include "gateway/order/reading.h"

enum {
    DESCRIBED_TOKENS_MAX = 8, /* words after "with" read as its description */
    DESCRIBED_BEFORE_MAX = 3, /* words between "the" and "one": "the pea and quinoa one" */
};

/* Words of a description that say nothing of the dish ("the thing with the steak and fries
 * inside", "the one with like pineapple on it"); a plural kind is pointed back at with
 * "them" ("the tacos with the pineapple on them"). */
bool described_filler(const char *text, const struct order_token *tokens, size_t i, size_t e)
{
    static const char *const words[] = {
        "the", "a",   "an",   "some",   "like", "inside", "in",    "it",   "on",    "top",
        "of",  "and", "n",    "that",   "is",   "are",    "has",   "have", "comes", "come",
        "got", "its", "made", "theres", "for",  "thing",  "stuff", "them", "em",    "with"};
    return order_tok_in(text, tokens, i, e, words, ORDER_WORDS_N(words));
}

/* Does token i open what a dish pointed at holds: "with", "w", "in", or a relative word ("the
 * one where the patty is made of peas", "the one that has ...")? */
bool described_lead(const char *text, const struct order_token *tokens, size_t i, size_t e)
{
    /* "the one in the flour tortilla with ranch": what it is wrapped or served in */
    static const char *const leads[] = {"with", "w", "where", "that", "which", "thats", "in"};
    return order_tok_in(text, tokens, i, e, leads, ORDER_WORDS_N(leads));
}

/* Is token i a determiner that points ("the", "that", "this", and the plural "those",
 * "these": "1 of those cheesy beef ones")? */
bool described_pointing(const char *text, const struct order_token *tokens, size_t i, size_t e)
{
    static const char *const pointing[] = {"the", "that", "this", "those", "these"};
    return order_tok_in(text, tokens, i, e, pointing, ORDER_WORDS_N(pointing));
}

/* Is token i a noun that points at a dish without naming it? */
static bool described_pointer_noun(const char *text, const struct order_token *tokens, size_t i,
                                   size_t e)
{
    return order_tok_is(text, tokens, i, e, "one") || order_tok_is(text, tokens, i, e, "ones") ||
           order_tok_is(text, tokens, i, e, "thing");
}

/* Is token i a kind of filling the understanding knows ("pork", "beef", "chicken") or one of
 * its members ("steak")? Such a word names what a dish is filled with, as "the pork one" does. */
static bool described_filling_kind(const struct order_understanding *u, const char *text,
                                   const struct order_token *tokens, size_t i, size_t e)
{
    if (i >= e || tokens[i].kind != ORDER_TOKEN_WORD)
        return false;
    const char *w = text + tokens[i].off;
    size_t len = tokens[i].len;
    for (size_t k = 0; k < u->n_food_kind_of; k++)
        if (strlen(u->food_kind_of[k]) == len && memcmp(u->food_kind_of[k], w, len) == 0)
            return true;
    for (size_t k = 0; k < u->food_kinds.count; k++) {
        const struct order_pattern *p = &u->food_kinds.items[k];
        if (p->n_words == 1 && p->word_lens[0] == len && memcmp(p->words[0], w, len) == 0)
            return true;
    }
    return false;
}

/* Is token t an adjective no food is, with a food word later in [t, e) ("fried cheesy
 * macaroni"), or a word no dictionary knows, which names a food the lexicon lacks as well
 * ("that red hibiscus drink": its colour says how it looks, the flower what it is)? */
static bool described_manner(const struct order_reader *rd, const char *text,
                             const struct order_token *tokens, size_t t, size_t e)
{
    const struct order_token *k = &tokens[t];
    if (!order_dictionary_has(rd->lex->adjectives, text + k->off, k->len) ||
        order_food_word(rd->food, text + k->off, k->len))
        return false;
    for (size_t f = t + 1U; f < e; f++) {
        const char *w = text + tokens[f].off;
        size_t len = tokens[f].len;
        if (tokens[f].kind == ORDER_TOKEN_WORD &&
            ((order_food_word(rd->food, w, len) &&
              !order_dictionary_has(rd->lex->adjectives, w, len)) ||
             (len >= 4 && !order_dictionary_has(rd->dict, w, len))))
            return true;
    }
    return false;
}

/* The last word of item's name, from its folded text: [*w, *w + return). 0 when none. */
static size_t described_name_last(const struct order_lexicon *lx, size_t item, const char **w)
{
    const char *t = lx->item_text ? lx->item_text[item] : NULL;
    const char *dot = t ? strstr(t, ". ") : NULL;
    if (!dot)
        return 0;
    const char *b = dot;
    while (b > t && b[-1] != ' ')
        b--;
    *w = b;
    return (size_t)(dot - b);
}

/* Does item's name end in a word that ends no other name ("Elote", "Flan"), no kind of
 * dish that several share ("taco")? */
static bool described_name_alone(const struct order_lexicon *lx, size_t item)
{
    const char *mine = NULL;
    size_t len = described_name_last(lx, item, &mine);
    for (size_t i = 0; len > 0 && i < lx->menu->count; i++) {
        const char *other = NULL;
        if (i != item && described_name_last(lx, i, &other) == len && memcmp(other, mine, len) == 0)
            return false;
    }
    return len > 0;
}

/* Is w what item is, by its description: the noun its first phrase ends in, before a
 * preposition or a break ("Grilled street corn on the cob": corn), with no food after it
 * that it would only describe ("corn tortillas")? A dish whose name ends in a word of its
 * own (a local name: "Elote") is that food; a taco of steak is still a taco. */
static bool described_as(const struct order_reader *rd, size_t item, const char *w, size_t len)
{
    static const char *const stops[] = {"on",   "in",   "with", "over", "under", "of",
                                        "from", "into", "for",  "and",  "or",    "served"};
    const struct order_lexicon *lx = rd->lex;
    const char *t = lx->item_text ? lx->item_text[item] : NULL;
    const char *p = t ? strstr(t, ". ") : NULL;
    if (!p || !described_name_alone(lx, item) ||
        order_dictionary_has(lx->adjectives, w, len)) /* "crispy" says how, not what */
        return false;
    for (p += 2; *p;) {
        while (*p == ' ')
            p++;
        size_t n = 0;
        while (p[n] && p[n] != ' ' && ((p[n] >= 'a' && p[n] <= 'z') || p[n] == '-'))
            n++;
        if (n == 0)
            return false; /* a break: the first phrase is over */
        for (size_t s = 0; s < ORDER_WORDS_N(stops); s++)
            if (strlen(stops[s]) == n && memcmp(stops[s], p, n) == 0)
                return false;
        if (n == len && memcmp(p, w, len) == 0) {
            const char *next = p + n;
            while (*next == ' ')
                next++;
            size_t m = 0;
            while (next[m] >= 'a' && next[m] <= 'z')
                m++;
            return m == 0 || !order_food_word(rd->food, next, m);
        }
        p += n;
    }
    return false;
}

/* Of the items that hold the one describing word w, the one that is that food by its
 * description ("the corn thing": Elote, though the tacos' tortillas are corn too), or -1. */
static int32_t described_as_among(const struct order_reader *rd, const struct order_item_set *among,
                                  const char *w, size_t len)
{
    int32_t found = -1;
    for (size_t i = 0; i < rd->lex->menu->count; i++) {
        if ((among && !order_item_set_has(among, i)) ||
            order_lexicon_item_mentions(rd->lex, (int32_t)i, &w, &len, 1) != 1 ||
            !described_as(rd, i, w, len))
            continue;
        if (found >= 0)
            return -1;
        found = (int32_t)i;
    }
    return found;
}

/* Do the words right after token t, up to the end e of a description, run on to a food word
 * with no word between that says nothing of the dish? "spiced" of "the spiced black bean
 * patty" is then part of the food's name, as "black" is. */
static bool described_before_food(const struct order_reader *rd, const char *text,
                                  const struct order_token *tokens, size_t t, size_t e)
{
    for (size_t u = t + 1U; u < e && u <= t + DESCRIBED_WORDS_MAX; u++) {
        if (tokens[u].kind != ORDER_TOKEN_WORD || described_filler(text, tokens, u, e))
            return false;
        if (order_food_word(rd->food, text + tokens[u].off, tokens[u].len))
            return true;
    }
    return false;
}

/* The one item of *among (NULL: the whole menu) whose name and description hold every
 * describing word of [b, e) (fillers left out; each word a food, or a word no dictionary
 * knows: "consome"; spans_ok: words already read as items count too; more than
 * DESCRIBED_LOOSE_MAX of them only in the order its text has them: described_quoted.c), or
 * -1. */
static int32_t described_item_among(const struct order_reader *rd, const char *text,
                                    const struct order_token *tokens,
                                    const struct order_reading *rg, size_t b, size_t e,
                                    const struct order_item_set *among,
                                    struct order_item_set *several, bool spans_ok)
{
    /* "the fake pulled pork thing", "mock chicken": the food after a word of imitation is
     * what the dish stands in for, not what it holds; how it is made ("pulled") still is */
    static const char *const imitating[] = {"fake", "faux", "mock", "imitation"};
    const char *words[DESCRIBED_WORDS_MAX];
    size_t lens[DESCRIBED_WORDS_MAX], n = 0;
    bool imitated = false;
    for (size_t t = b; t < e; t++) {
        const struct order_token *k = &tokens[t];
        if (k->kind != ORDER_TOKEN_WORD || described_filler(text, tokens, t, e))
            continue;
        const char *w = text + k->off;
        if (order_tok_in(text, tokens, t, e, imitating, ORDER_WORDS_N(imitating))) {
            imitated = true;
            continue;
        }
        if (imitated && rg->roles[t] == ORDER_ROLE_NONE && order_food_word(rd->food, w, k->len))
            continue;
        /* among a kind's items, or where menu words may describe ("the thing with the pulled
         * jackfruit"), a word before a food word is part of its name ("french fries", "sour
         * cream", "pickled onion") */
        bool compound = (among || spans_ok) && described_before_food(rd, text, tokens, t, e);
        /* "the fried cheesy macaroni things": words of manner beside a food say how it
         * is, not what; the food names the dish */
        if (among == NULL && !spans_ok && described_manner(rd, text, tokens, t, e))
            continue;
        if (n == DESCRIBED_WORDS_MAX || k->len < 3 ||
            !(rg->roles[t] == ORDER_ROLE_NONE || (spans_ok && rg->roles[t] == ORDER_ROLE_ITEM)) ||
            (!compound && !order_food_word(rd->food, w, k->len) &&
             order_dictionary_has(rd->dict, w, k->len)))
            return -1;
        words[n] = w;
        lens[n++] = k->len;
    }
    int32_t found = -1;
    size_t held = 0;
    for (size_t i = 0; n > 0 && i < rd->lex->menu->count; i++)
        if ((!among || order_item_set_has(among, i)) &&
            order_lexicon_item_mentions(rd->lex, (int32_t)i, words, lens, n) == n &&
            described_quoted(rd->lex->item_text[i], words, lens, n)) {
            if (several)
                order_item_set_add(several, i);
            found = held++ == 0 ? (int32_t)i : -1;
        }
    if (held > 1)
        return n == 1 && !spans_ok ? described_as_among(rd, among, words[0], lens[0]) : -1;
    if (found >= 0 || n < 2 || n > DESCRIBED_LOOSE_MAX)
        return found;
    /* none holds them all as written: read each through the menu's names ("the thing with
     * steak and fries": the California Burrito's carne asada is steak) */
    for (size_t i = 0; i < rd->lex->menu->count; i++) {
        bool all = !among || order_item_set_has(among, i);
        for (size_t k = 0; k < n && all; k++)
            all = order_read_item_holds(rd, i, words[k], lens[k]);
        if (!all)
            continue;
        if (found >= 0)
            return -1;
        found = (int32_t)i;
    }
    return found;
}

/* Are the tokens [b, e) free: no role, no thing? */
static bool described_free(const struct order_reading *rg, size_t b, size_t e)
{
    for (size_t t = b; t < e; t++)
        if (rg->roles[t] != ORDER_ROLE_NONE)
            return false;
    return true;
}

/* Are the tokens [b, e) free but for spans, which a description after "with" or "where" may
 * hold ("the one where the wrap has falafel and hummus")? */
static bool described_free_but_spans(const struct order_reading *rg, size_t b, size_t e)
{
    for (size_t t = b; t < e; t++)
        if (rg->roles[t] != ORDER_ROLE_NONE && rg->roles[t] != ORDER_ROLE_ITEM)
            return false;
    return true;
}

/* Is some describing word of [b, e) read by nothing ("pea" of "the pea and quinoa one")? */
static bool described_some_unread(const char *text, const struct order_token *tokens,
                                  const struct order_reading *rg, size_t b, size_t e)
{
    for (size_t t = b; t < e; t++)
        if (tokens[t].kind == ORDER_TOKEN_WORD && rg->roles[t] == ORDER_ROLE_NONE &&
            rg->n_hits[t] == 0 && !described_filler(text, tokens, t, e))
            return true;
    return false;
}

/* Does a count start at token i ("x2", "x 2", "2", "times two")? It ends the description. */
static bool described_count_at(const struct order_reader *rd, const char *text,
                               const struct order_token *tokens, size_t i, size_t e)
{
    const struct order_token *k = &tokens[i];
    const char *w = text + k->off;
    int32_t v = 0;
    static const char *const placed[] = {"like", "on", "in", "inside", "over", "under"};
    if (i > 0 && order_tok_in(text, tokens, i - 1U, e, placed, ORDER_WORDS_N(placed)) &&
        (order_tok_is(text, tokens, i, e, "a") || order_tok_is(text, tokens, i, e, "an")))
        return false; /* "the thing thats like a cinnamon rice milk", "... on a vegan bun" */
    /* "x 5" as well as "x5": the multiplication sign written apart from its number */
    if (k->len == 1 && w[0] == 'x' && i + 1U < e) {
        const char *n = text + tokens[i + 1U].off;
        if ((n[0] >= '0' && n[0] <= '9') ||
            order_read_number(rd->u, text, tokens, i + 1U, e, &v) > 0)
            return true;
    }
    return (w[0] >= '0' && w[0] <= '9') ||
           (k->len >= 2 && w[0] == 'x' && w[1] >= '0' && w[1] <= '9') ||
           order_tok_is(text, tokens, i, e, "times") ||
           order_read_number(rd->u, text, tokens, i, e, &v) > 0;
}

/* Makes [b, e) a span of item in clause c; item -1: of one of *several, to be asked back. */
static void described_span(const char *text, const struct order_token *tokens, size_t c, size_t b,
                           size_t e, int32_t item, const struct order_item_set *several,
                           struct order_reading *rg)
{
    struct order_thing *th = order_reading_add_thing(rg, c, b, e);
    if (!th)
        return;
    th->is_span = true;
    th->item = item;
    if (item >= 0)
        order_item_set_add(&th->candidates, item);
    else
        th->candidates = *several;
    th->score = 1.0f;
    th->phrase_len = (uint16_t)order_words_join(text, tokens, b, e, th->phrase, sizeof(th->phrase));
    memset(rg->roles + b, ORDER_ROLE_ITEM, e - b);
    for (size_t t = b; t < e; t++)
        rg->mod_zone[t] = false;
    rg->clauses[c].n_spans++;
    order_reading_sort_things(rg);
}

/* How many tokens of "with" start at w: "with", "w", or "w/" as texts write it (never "w/o",
 * which is "without"); 0 when none. */
static size_t described_with_lead(const char *text, const struct order_token *tokens, size_t w,
                                  size_t ce)
{
    if (order_tok_is(text, tokens, w, ce, "with"))
        return 1;
    if (!order_tok_is(text, tokens, w, ce, "w"))
        return 0;
    bool slash =
        w + 1U < ce && tokens[w + 1U].kind == ORDER_TOKEN_PUNCT && tokens[w + 1U].punct == '/';
    if (!slash)
        return 1;
    return order_tok_is(text, tokens, w + 2U, ce, "o") ? 0 : 2;
}

/* How many tokens of a relative lead start at w: "that has", "thats", "which comes with"
 * ("the wrap that has falafel in it"); 0 when none. */
static size_t described_relative_lead(const char *text, const struct order_token *tokens, size_t w,
                                      size_t ce)
{
    static const char *const relatives[] = {"that", "thats", "which"};
    static const char *const verbs[] = {"has", "comes", "come", "got", "have", "holds"};
    /* "the burger thats peas and quinoa", "the one that is all beans": what it is made of */
    static const char *const being[] = {"is", "are"};
    if (!order_tok_in(text, tokens, w, ce, relatives, ORDER_WORDS_N(relatives)))
        return 0;
    if (order_tok_is(text, tokens, w, ce, "thats") &&
        !order_tok_in(text, tokens, w + 1U, ce, verbs, ORDER_WORDS_N(verbs)))
        return 1;
    if (!order_tok_is(text, tokens, w, ce, "thats") &&
        order_tok_in(text, tokens, w + 1U, ce, being, ORDER_WORDS_N(being)))
        return 2;
    if (!order_tok_in(text, tokens, w + 1U, ce, verbs, ORDER_WORDS_N(verbs)))
        return 0;
    return 2U + described_with_lead(text, tokens, w + 2U, ce); /* "that come w/ the broth" */
}

static size_t described_end(const struct order_reader *rd, const char *text,
                            const struct order_token *tokens, const struct order_reading *rg,
                            size_t b, size_t ce);

/* "the pork one with pineapple": where the words before "one" (ending at o) fit several
 * dishes, a description after it picks the one of them that holds it too. Returns that item
 * and sets *end past the description, or -1. Changes ("with extra cheese") pick nothing: a
 * word of English that is no food ends the reading (described_item_among). */
static int32_t described_one_with(const struct order_reader *rd, const char *text,
                                  const struct order_token *tokens, const struct order_reading *rg,
                                  size_t o, size_t ce, const struct order_item_set *several,
                                  size_t *end)
{
    size_t lead = described_relative_lead(text, tokens, o + 1U, ce);
    if (lead == 0 && o + 2U < ce && described_lead(text, tokens, o + 1U, ce))
        lead = 1; /* "the pork one with pineapple", "the ones that come w the broth" */
    size_t b = o + 1U + lead;
    if (lead == 0 || b >= ce)
        return -1;
    size_t e = described_end(rd, text, tokens, rg, b, ce);
    if (e == b)
        return -1;
    *end = e;
    return described_item_among(rd, text, tokens, rg, b, e, several, NULL, false);
}

/* Does a word at e, after the first of a description, turn from what the dish holds to a
 * change of it ("the thing with cauliflower but not spicy", "the one with halloumi no
 * peppers")? The description ends there; the change is read after it as one. */
static bool described_turn_at(const char *text, const struct order_token *tokens, size_t b,
                              size_t e, size_t ce)
{
    static const char *const turns[] = {"but", "except", "without", "no", "not", "minus", "hold"};
    return e > b && order_tok_in(text, tokens, e, ce, turns, ORDER_WORDS_N(turns));
}

/* Does "and" at e open the next thing ("the thing with the pineapple and the flan", "... and
 * uh the other one"): an article after it, past a sound of hesitation, then a dish's word
 * within three words, or "other"? What is in a dish is joined bare ("steak and fries
 * inside"). */
static bool described_next_thing_at(const char *text, const struct order_token *tokens,
                                    const struct order_reading *rg, size_t e, size_t ce)
{
    static const char *const sounds[] = {"uh", "uhh", "um", "umm", "er"};
    static const char *const articles[] = {"the", "a", "an", "that", "this"};
    if (!order_tok_is(text, tokens, e, ce, "and"))
        return false;
    size_t p = e + 1U;
    if (order_tok_in(text, tokens, p, ce, sounds, ORDER_WORDS_N(sounds)))
        p++;
    if (!order_tok_in(text, tokens, p, ce, articles, ORDER_WORDS_N(articles)))
        return false;
    if (order_tok_is(text, tokens, p + 1U, ce, "other"))
        return true;
    /* a word or two of how it looks may come first: "and the pink watermelon drink" */
    for (size_t q = p + 1U; q < ce && q <= p + 3U && tokens[q].kind == ORDER_TOKEN_WORD; q++)
        if (rg->roles[q] == ORDER_ROLE_ITEM)
            return true;
    return false;
}

/* The end of the description that starts at b (before a count, a punctuation mark, a word
 * read already or a turn to a change), at most DESCRIBED_TOKENS_MAX words. */
static size_t described_end(const struct order_reader *rd, const char *text,
                            const struct order_token *tokens, const struct order_reading *rg,
                            size_t b, size_t ce)
{
    size_t e = b;
    while (e < ce && e < b + DESCRIBED_TOKENS_MAX && tokens[e].kind == ORDER_TOKEN_WORD &&
           rg->roles[e] == ORDER_ROLE_NONE && !described_count_at(rd, text, tokens, e, ce) &&
           !described_turn_at(text, tokens, b, e, ce) &&
           !described_next_thing_at(text, tokens, rg, e, ce))
        e++;
    return e;
}

/* "the burrito with french fries inside": a kind of dish several items are, pointed at ("the",
 * "that", "this") and described by what is in it, is the one of them whose name and
 * description hold every food word said. "a burrito with extra cheese" asks for a change. */
/* The end of a description after a relative lead, from b: words read or not, a dish's
 * words among them ("that has falafel in it"), up to a count or a mark. */
static size_t described_relative_end(const struct order_reader *rd, const char *text,
                                     const struct order_token *tokens,
                                     const struct order_reading *rg, size_t b, size_t ce)
{
    size_t e = b;
    while (e < ce && e < b + DESCRIBED_TOKENS_MAX && tokens[e].kind == ORDER_TOKEN_WORD &&
           (rg->roles[e] == ORDER_ROLE_NONE || rg->roles[e] == ORDER_ROLE_ITEM) &&
           !described_count_at(rd, text, tokens, e, ce) &&
           !described_turn_at(text, tokens, b, e, ce) &&
           !described_next_thing_at(text, tokens, rg, e, ce))
        e++;
    return e;
}

/* "those cheesy beef ones that come w the dipping broth": a relative clause right after a
 * dish described describes it further, no change of it. Returns the end of that clause from
 * b, or b when none follows. */
static size_t described_relative_after(const struct order_reader *rd, const char *text,
                                       const struct order_token *tokens,
                                       const struct order_reading *rg, size_t b, size_t ce)
{
    size_t lead = described_relative_lead(text, tokens, b, ce);
    return lead > 0 ? described_relative_end(rd, text, tokens, rg, b + lead, ce) : b;
}

/* "the fries that have parmesan on them": a kind of dish named by its head alone ("fries")
 * read as the one item the head names by itself, whose kind is several items. The kind's
 * items in *kind; false when the span is no such head. */
static bool described_head_kind(const struct order_reader *rd, const struct order_reading *rg,
                                const struct order_thing *th, struct order_item_set *kind)
{
    if (th->end != th->begin + 1U)
        return false;
    memset(kind, 0, sizeof(*kind));
    size_t k = th->begin;
    for (size_t h = 0; h < rg->n_hits[k]; h++) {
        const struct order_lex_word *w = &rd->lex->words[rg->hits[k][h].words[0]];
        if (w->head && rg->hits[k][h].edits == 0)
            order_item_set_or(kind, &w->items);
    }
    return order_item_set_count(kind) >= 2 && order_item_set_has(kind, (size_t)th->item);
}

static void described_kinds(const struct order_reader *rd, const char *text,
                            const struct order_token *tokens, size_t c, struct order_reading *rg)
{
    if (!ORDER_CUES_ANY(&rg->cues, "with", "w", "that", "thats", "which", "whichever", "whatever"))
        return;
    size_t ce = rg->clauses[c].end;
    for (size_t s = 0; s < rg->n_things; s++) {
        struct order_thing *th = &rg->things[s];
        size_t b = th->begin, w = th->end;
        struct order_item_set kind = th->candidates;
        if (th->clause != c || !th->is_span || th->reference || b == 0 || w + 1U >= ce ||
            (th->item >= 0 && !described_head_kind(rd, rg, th, &kind)))
            continue;
        size_t which = described_whichever_kind_lead(text, tokens, b, w, ce);
        if (which == 0 && !described_pointing(text, tokens, b - 1U, ce))
            continue;
        size_t lead = which > 0 ? which : described_with_lead(text, tokens, w, ce);
        if (lead == 0)
            lead = described_relative_lead(text, tokens, w, ce);
        if (lead == 0)
            continue;
        /* "whichever burrito has | fries", "the burger thats | peas and quinoa" */
        bool relative = lead > 1 || which > 0 || order_tok_is(text, tokens, w, ce, "thats");
        size_t e = relative ? described_relative_end(rd, text, tokens, rg, w + lead, ce)
                            : described_end(rd, text, tokens, rg, w + lead, ce);
        if (e == w + lead ||
            !(relative ? described_free_but_spans(rg, w, e) : described_free(rg, w, e)))
            continue;
        int32_t item =
            described_item_among(rd, text, tokens, rg, w + lead, e, &kind, NULL, relative);
        if (item < 0 || (th->item >= 0 && !relative))
            continue;   /* "the fries with parmesan" asks parmesan on the plain ones */
        if (relative) { /* "falafel" of "that has falafel" describes, names no dish of its own */
            order_reading_drop_things(rg, c, w, e);
            th = &rg->things[s];
        }
        order_thing_pin(th, item);
        th->end = (uint16_t)e;
        th->phrase_len =
            (uint16_t)order_words_join(text, tokens, b, e, th->phrase, sizeof(th->phrase));
        memset(rg->roles + w, ORDER_ROLE_ITEM, e - w);
        for (size_t t = w; t < e; t++)
            rg->mod_zone[t] = false;
    }
}

/* "one bowl of chicken", "a burrito of steak": a kind of dish several items are (a word that
 * ends their names), "of" and food words, in the order of Spanish "bowl de pollo": the one
 * item of that kind whose name and description hold the food. "tacos of the fish" is read
 * by the spans already; here the food is the description's, not the name's. */
static void described_kind_of(const struct order_reader *rd, const char *text,
                              const struct order_token *tokens, size_t c, struct order_reading *rg)
{
    if (!ORDER_CUES_ANY(&rg->cues, "of"))
        return;
    size_t cb = rg->clauses[c].begin, ce = rg->clauses[c].end;
    for (size_t k = cb; k + 2U < ce; k++) {
        if (rg->roles[k] != ORDER_ROLE_NONE || rg->n_hits[k] == 0 ||
            !order_tok_is(text, tokens, k + 1U, ce, "of"))
            continue;
        struct order_item_set kind;
        memset(&kind, 0, sizeof(kind));
        bool head = false;
        for (size_t h = 0; h < rg->n_hits[k]; h++) {
            const struct order_lex_word *w = &rd->lex->words[rg->hits[k][h].words[0]];
            head = head || (w->head && rg->hits[k][h].edits == 0);
            order_item_set_or(&kind, &w->items);
        }
        if (!head || order_item_set_count(&kind) < 2)
            continue;
        size_t d = k + 2U;
        if (order_tok_is(text, tokens, d, ce, "the"))
            d++;
        /* "chicken" read as a span of the dishes that name it: those are not the kind's */
        struct order_thing *named = NULL;
        for (size_t s = 0; s < rg->n_things; s++)
            if (rg->things[s].clause == c && rg->things[s].is_span && rg->things[s].item < 0 &&
                !rg->things[s].reference && rg->things[s].begin == d)
                named = &rg->things[s];
        if (named)
            memset(rg->roles + d, ORDER_ROLE_NONE, named->end - d);
        size_t e = described_end(rd, text, tokens, rg, d, ce);
        int32_t item = e > d && described_free(rg, k, e)
                           ? described_item_among(rd, text, tokens, rg, d, e, &kind, NULL, false)
                           : -1;
        if (named && (item < 0 || e < named->end)) {
            memset(rg->roles + d, ORDER_ROLE_ITEM, named->end - d);
            continue;
        }
        if (item < 0)
            continue;
        if (named)
            named->reference = true; /* still one of the clause's things, adding nothing */
        described_span(text, tokens, c, k, e, item, NULL, rg);
        k = e - 1U;
    }
}

/* Are the words [b, e) all adjectives that no menu word or food is ("spicy", "big")? They say
 * how a dish is, not which: the menu's names and descriptions do not hold them. */
static bool described_manner_only(const struct order_reader *rd, const char *text,
                                  const struct order_token *tokens, const struct order_reading *rg,
                                  size_t b, size_t e)
{
    for (size_t t = b; t < e; t++) {
        const struct order_token *k = &tokens[t];
        if (k->kind != ORDER_TOKEN_WORD || rg->n_hits[t] > 0 ||
            !order_dictionary_has(rd->lex->adjectives, text + k->off, k->len) ||
            order_food_word(rd->food, text + k->off, k->len))
            return false;
    }
    return e > b;
}

/* Is token o ("one") right after a preposition ("on", "for", "in")? "no onion on one" points
 * at one of the dishes counted, not at a dish described. */
static bool described_count_after_preposition(const char *text, const struct order_token *tokens,
                                              size_t o, size_t e)
{
    static const char *const preps[] = {"on", "for", "in"};
    return o > 0 && order_tok_in(text, tokens, o - 1U, e, preps, ORDER_WORDS_N(preps));
}

/* Does item hold every describing word of [b, e), each read through the menu's names ("steak"
 * is the carne asada of the dishes that hold steak)? */
static bool described_holds_all(const struct order_reader *rd, const char *text,
                                const struct order_token *tokens, size_t b, size_t e, size_t item)
{
    for (size_t t = b; t < e; t++)
        if (tokens[t].kind == ORDER_TOKEN_WORD && !described_filler(text, tokens, t, e) &&
            !order_read_item_holds(rd, item, text + tokens[t].off, tokens[t].len))
            return false;
    return true;
}

/* "something with chicken", "smth w steak", "something that has pineapple": a pronoun of
 * free choice described by what is in it leaves the dish open among those whose name and
 * description hold every describing word. They are asked back, even where only one holds
 * them: the customer named no dish. Held by none, the words are left to the passes after
 * (the leftovers ask the phrase back). Whether the clause asks for it or asks about it ("do
 * you have something with ...") is its frame's to say. */
static void described_free_choice(const struct order_reader *rd, const char *text,
                                  const struct order_token *tokens, size_t c,
                                  struct order_reading *rg)
{
    if (!ORDER_CUES_ANY(&rg->cues, "something", "smth", "sth") ||
        !ORDER_CUES_ANY(&rg->cues, "with", "w", "that", "thats", "which"))
        return;
    size_t cb = rg->clauses[c].begin, ce = rg->clauses[c].end;
    for (size_t p = cb; p + 2U < ce; p++) {
        if (!order_read_free_choice(text, tokens, p, ce) ||
            (rg->roles[p] != ORDER_ROLE_NONE && rg->roles[p] != ORDER_ROLE_FILLER))
            continue;
        size_t lead = described_with_lead(text, tokens, p + 1U, ce);
        if (lead == 0)
            lead = described_relative_lead(text, tokens, p + 1U, ce);
        size_t b = p + 1U + lead;
        if (lead == 0 || b >= ce)
            continue;
        size_t e = described_relative_end(rd, text, tokens, rg, b, ce);
        for (size_t t = b; t < e; t++)
            if (order_read_description_stop(text, tokens, rg, t, ce))
                e = t; /* "something with chicken would be great" */
        if (e == b || !described_free_but_spans(rg, b, e))
            continue;
        struct order_item_set several;
        memset(&several, 0, sizeof(several));
        int32_t item = described_item_among(rd, text, tokens, rg, b, e, NULL, &several, true);
        if (item >= 0)
            order_item_set_add(&several, item);
        if (order_item_set_count(&several) == 0)
            continue;
        order_reading_drop_things(rg, c, b, e);
        described_span(text, tokens, c, p, e, -1, &several, rg);
        p = e - 1U;
    }
}

/* "the pineapple one", "the steak one w fries in it", "the fried cheesy macaroni things": a
 * description before "one" from the pointing word at p; returns where reading goes on (p when
 * nothing was read). */
static size_t described_one_after(const struct order_reader *rd, const char *text,
                                  const struct order_token *tokens, size_t c,
                                  struct order_reading *rg, size_t p, size_t ce)
{
    if (!ORDER_CUES_ANY(&rg->cues, "one", "ones", "thing", "things"))
        return p;
    /* "the pineapple one" */
    for (size_t o = p + 2U; o <= p + 1U + DESCRIBED_BEFORE_MAX && o < ce; o++) {
        if (!order_tok_is(text, tokens, o, ce, "one") &&
            !order_tok_is(text, tokens, o, ce, "ones") &&
            !order_tok_is(text, tokens, o, ce, "things") &&
            !(order_tok_is(text, tokens, o, ce, "thing") && described_free(rg, p, o + 1U)))
            continue; /* "the fried cheesy macaroni things", "the corn thing" */
        /* "hold the peppers and one buffalo wrap": "one" counts the dish after it */
        if (o + 1U < ce && tokens[o + 1U].kind == ORDER_TOKEN_WORD && rg->n_hits[o + 1U] > 0)
            break;
        /* "hold the pineapple on one": "one" after a preposition counts the dishes a
         * change is for; a dish described ("the pineapple one") has no word between */
        if (described_count_after_preposition(text, tokens, o, ce))
            break;
        struct order_item_set several;
        memset(&several, 0, sizeof(several));
        /* "the pea and quinoa one": a word read as a dish of its own may describe too,
         * beside a word no dish is named by ("the mango one" is read by the spans) */
        bool spans = !described_free(rg, p, o + 1U) && described_free_but_spans(rg, p, o + 1U) &&
                     described_some_unread(text, tokens, rg, p + 1U, o);
        int32_t item = described_item_among(rd, text, tokens, rg, p + 1U, o, NULL, &several, spans);
        size_t with_end = 0;
        bool narrowed = order_item_set_count(&several) > 1;
        /* "the spicy one w pineapple": words of manner alone narrow no dish; the
         * description after "one" picks among the whole menu */
        bool manner = order_item_set_count(&several) == 0 &&
                      described_manner_only(rd, text, tokens, rg, p + 1U, o);
        int32_t picked = item < 0 && !spans && (narrowed || manner) && described_free(rg, p, o + 1U)
                             ? described_one_with(rd, text, tokens, rg, o, ce,
                                                  narrowed ? &several : NULL, &with_end)
                             : -1;
        /* "the steak one w fries in it": no dish holding steak by name holds fries; the
         * one dish of the menu that holds fries and, through the menu's names, steak */
        if (picked < 0 && item < 0 && !spans && narrowed && described_free(rg, p, o + 1U)) {
            int32_t wide = described_one_with(rd, text, tokens, rg, o, ce, NULL, &with_end);
            if (wide >= 0 && described_holds_all(rd, text, tokens, p + 1U, o, (size_t)wide))
                picked = wide;
        }
        if (picked >= 0) {
            described_span(text, tokens, c, p, with_end, picked, NULL, rg);
            p = with_end - 1U;
            break;
        }
        if ((spans || described_free(rg, p, o + 1U)) &&
            (item >= 0 || (!spans && order_item_set_count(&several) > 1))) {
            /* "the steak one" where two dishes hold steak: one of them, asked back */
            if (spans)
                order_reading_drop_things(rg, c, p, o + 1U);
            size_t end =
                item >= 0 ? described_relative_after(rd, text, tokens, rg, o + 1U, ce) : o + 1U;
            described_span(text, tokens, c, p, end, item, &several, rg);
            p = end - 1U;
        }
        break;
    }
    return p;
}

/* A filling and its description from the pointing word at *at ("the pork with the pineapple
 * on it"); true when they were read as one dish, *at then where reading goes on. */
static bool described_filling_with(const struct order_reader *rd, const char *text,
                                   const struct order_token *tokens, size_t c,
                                   struct order_reading *rg, size_t *at, size_t ce)
{
    if (!ORDER_CUES_ANY(&rg->cues, "with", "w", "where", "that", "which", "thats"))
        return false;
    size_t p = *at;
    /* "the pork with the pineapple on it": a kind of filling alone after "the" points at
     * the dishes that hold it as "the pork one" does; the description after "with" picks
     * the one of them that holds it too */
    if (p + 3U < ce && rg->roles[p + 1U] == ORDER_ROLE_NONE &&
        described_filling_kind(rd->u, text, tokens, p + 1U, ce) &&
        described_lead(text, tokens, p + 2U, ce)) {
        struct order_item_set several;
        memset(&several, 0, sizeof(several));
        int32_t item =
            described_item_among(rd, text, tokens, rg, p + 1U, p + 2U, NULL, &several, false);
        size_t with_end = 0;
        int32_t picked =
            item < 0 && order_item_set_count(&several) > 1
                ? described_one_with(rd, text, tokens, rg, p + 1U, ce, &several, &with_end)
                : -1;
        if (picked >= 0) {
            described_span(text, tokens, c, p, with_end, picked, NULL, rg);
            *at = with_end - 1U;
            return true;
        }
    }
    return false;
}

/* "the one with ...", "the one that has ..." from the pointing word at *at; *at moves to
 * where reading goes on when a dish (or a choice among several) was read. */
static void described_pointer_relative(const struct order_reader *rd, const char *text,
                                       const struct order_token *tokens, size_t c,
                                       struct order_reading *rg, size_t *at, size_t ce)
{
    if (!ORDER_CUES_ANY(&rg->cues, "one", "ones", "thing"))
        return;
    size_t p = *at;
    /* "the one with the consomé", "the thing w steak and fries inside", "the one where
     * the patty is made of peas", "the one that has ..." */
    if (p + 3U >= ce || !described_pointer_noun(text, tokens, p + 1U, ce) ||
        !(described_lead(text, tokens, p + 2U, ce) || described_whichever_at(text, tokens, p, ce)))
        return;
    /* "the one w/ fries in it": the slash texted after "w" is no word of what it holds */
    size_t d = p + 3U;
    if (order_tok_is(text, tokens, p + 2U, ce, "w") && d < ce &&
        tokens[d].kind == ORDER_TOKEN_PUNCT && tokens[d].punct == '/')
        d++;
    size_t e = described_relative_end(rd, text, tokens, rg, d, ce);
    /* "the one with the avocado" held by several dishes: one of them, asked back ("the
     * thing with ..." is the leftovers' to ask, leftover_words.c) */
    struct order_item_set several;
    memset(&several, 0, sizeof(several));
    int32_t item = described_item_among(rd, text, tokens, rg, d, e, NULL, &several, true);
    bool one = !order_tok_is(text, tokens, p + 1U, ce, "thing");
    if ((item >= 0 || (one && order_item_set_count(&several) > 1)) &&
        rg->roles[p + 1U] == ORDER_ROLE_NONE && described_free_but_spans(rg, p, e)) {
        order_reading_drop_things(rg, c, p, e);
        described_span(text, tokens, c, p, e, item, &several, rg);
        *at = e - 1U;
    }
}

/* Does "because of" (texted "bc of", "cuz of") stand right before token p? What follows is why
 * the customer asks ("is the kale caesar vegetarian? bc of the anchovy thing"), no dish. */
static bool described_reason_of(const char *text, const struct order_token *tokens, size_t p,
                                size_t e)
{
    static const char *const reasons[] = {"because", "bc", "cuz", "coz", "cause", "cos"};
    return p >= 2U && order_tok_is(text, tokens, p - 1U, e, "of") &&
           order_tok_in(text, tokens, p - 2U, e, reasons, ORDER_WORDS_N(reasons));
}

/* Does an entry of a list, or an article, open at p before a description and "thing" ("birria
 * + the corn on a stick + hibiscus thing", "a hibiscus thing")? The entry points at a dish as
 * "the" does. */
static bool described_list_opens(const char *text, const struct order_token *tokens,
                                 const struct order_reading *rg, size_t p, size_t ce)
{
    const struct order_token *t = &tokens[p];
    bool mark = t->kind == ORDER_TOKEN_PUNCT &&
                (t->punct == '+' || t->punct == ',' || t->punct == '&' || t->punct == '\n');
    bool article =
        order_tok_is(text, tokens, p, ce, "a") || order_tok_is(text, tokens, p, ce, "an");
    if (!(mark || article) || !ORDER_CUES_ANY(&rg->cues, "thing", "things"))
        return false;
    for (size_t o = p + 2U; o <= p + 1U + DESCRIBED_BEFORE_MAX && o < ce; o++)
        if (order_tok_is(text, tokens, o, ce, "thing") ||
            order_tok_is(text, tokens, o, ce, "things"))
            return true;
    return false;
}

void order_read_described_ones(const struct order_reader *rd, const char *text,
                               const struct order_token *tokens, size_t c, struct order_reading *rg)
{
    if (!ORDER_CUES_ANY(&rg->cues, "of", "with", "w", "that", "thats", "which", "where",
                        "whichever", "whatever", "one", "ones", "thing", "things"))
        return;
    described_kinds(rd, text, tokens, c, rg);
    described_kind_of(rd, text, tokens, c, rg);
    described_free_choice(rd, text, tokens, c, rg);
    size_t cb = rg->clauses[c].begin, ce = rg->clauses[c].end;
    for (size_t p = cb; p + 2U < ce; p++) {
        if (described_list_opens(text, tokens, rg, p, ce)) {
            p = described_one_after(rd, text, tokens, c, rg, p, ce); /* "+ hibiscus thing" */
            continue;
        }
        if (!(described_pointing(text, tokens, p, ce) ||
              described_whichever_at(text, tokens, p, ce)) ||
            rg->roles[p] != ORDER_ROLE_NONE || described_reason_of(text, tokens, p, ce))
            continue;
        p = described_one_after(rd, text, tokens, c, rg, p, ce);
        if (described_filling_with(rd, text, tokens, c, rg, &p, ce))
            continue;
        described_pointer_relative(rd, text, tokens, c, rg, &p, ce);
    }
}
