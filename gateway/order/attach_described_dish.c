/* attach_described_dish.c — a run of leftover words that names a dish of the menu after all
 * (attach_leftover_run.c, reading.h pass 4): a food phrase the name and description of exactly
 * one item say ("a tamarind soda", "mandarin orange soda": a Jarritos), also before "with" and
 * what that description serves it with ("the baked custard with the caramel"), or a lone word
 * only one item's name holds ("1 sparkling"). Where a dish stands, such a run is a span of that
 * item, no dish the menu lacks. */
#include <string.h>

#include "gateway/order/attach_internal.h"

/* Does text hold phrase (NUL-terminated) between word boundaries? */
bool attach_text_has_phrase(const char *text, const char *phrase)
{
    size_t n = strlen(phrase);
    for (const char *p = strstr(text, phrase); p; p = strstr(p + 1, phrase)) {
        bool starts = p == text || p[-1] == ' ';
        bool ends = p[n] == '\0' || p[n] == ' ' || p[n] == ',' || p[n] == '.' || p[n] == ';';
        if (starts && ends)
            return true;
    }
    return false;
}

/* Where the first clause of description d ends: at its first ",", ";" or "." or before its
 * first preposition ("a beef patty with lettuce": a patty). The clause alone is read, once:
 * a search of the whole description for each preposition read past it eight times. */
static size_t attach_clause_end(const char *d)
{
    static const char *const after[] = {" from ", " with ",  " in ", " on ",
                                        " over ", " under ", " of ", " for "};
    size_t end = strcspn(d, ",;.");
    for (size_t p = 0; p < end; p++)
        for (size_t a = 0; d[p] == ' ' && a < ORDER_WORDS_N(after); a++)
            if (d[p + 1] == after[a][1] && strncmp(d + p, after[a], strlen(after[a])) == 0)
                return p;
    return end;
}

/* Does the description in folded (an item's "name. description") say first what the item is
 * with the word w[0..len): the last word of its first clause before a preposition ("bright
 * mexican mandarin orange soda, ...", "sweet and tangy tamarind soda from mexico")? */
static bool attach_description_head(const char *folded, const char *w, size_t len)
{
    const char *d = folded ? strstr(folded, ". ") : NULL;
    if (!d)
        return false;
    d += 2;
    size_t end = attach_clause_end(d);
    while (end > 0 && d[end - 1] == ' ')
        end--;
    size_t start = end;
    while (start > 0 && d[start - 1] != ' ')
        start--;
    return end - start == len && memcmp(d + start, w, len) == 0;
}

/* th becomes a span of the tokens [i, b) that the items fit, item the one it names (-1:
 * asked back); true. */
static bool attach_as_span(const struct attach_state *st, struct order_thing *th,
                           const struct order_item_set *items, int32_t item, size_t i, size_t b)
{
    th->is_span = true;
    th->candidates = *items;
    th->item = item;
    th->score = 1.0f;
    th->phrase_len =
        (uint16_t)order_words_join(st->text, st->tokens, i, b, th->phrase, sizeof(th->phrase));
    return true;
}

/* "a soda" where two items or more say first that they are sodas (the Jarritos): a dish of
 * one word that several items' descriptions name as what they are is one of them, asked
 * back. A single item so described is not taken: "a glass of milk" is no milkshake. */
static bool attach_headed_dish(const struct attach_state *st, struct order_thing *th, size_t i)
{
    const struct order_token *k = &st->tokens[i];
    const char *w = st->text + k->off;
    size_t len = k->len;
    if (k->kind != ORDER_TOKEN_WORD || len < 3 || !order_food_word(st->rd->food, w, len))
        return false;
    for (size_t q = 0; q < len; q++)
        if (w[q] < 'a' || w[q] > 'z')
            return false;
    struct order_item_set found;
    memset(&found, 0, sizeof(found));
    size_t n = 0;
    for (int plural = 0; plural < 2 && n == 0; plural++) {
        if (plural && (len < 4 || w[len - 1] != 's'))
            break;
        size_t l = plural ? len - 1 : len; /* "sodas" */
        for (size_t it = 0; st->rd->lex->item_text && it < st->rd->lex->menu->count; it++)
            if (attach_description_head(st->rd->lex->item_text[it], w, l)) {
                order_item_set_add(&found, it);
                n++;
            }
    }
    if (n < 2)
        return false;
    return attach_as_span(st, th, &found, -1, i, i + 1);
}

/* Is [i, b) one word read exactly as a word of the menu's names that only one item's name
 * (or alias) holds, no word of what a dish is not ("kids")? Then th becomes a span of it. */
bool attach_one_name_word(const struct attach_state *st, struct order_thing *th, size_t i, size_t b)
{
    const struct order_reading *rg = st->rg;
    if (b != i + 1U || st->tokens[i].kind != ORDER_TOKEN_WORD || rg->n_hits[i] != 1 ||
        rg->dish_word[i] || /* "+ banana +": read as a food the menu lacks */
        rg->hits[i][0].edits != 0 || rg->hits[i][0].n_words != 1)
        return false;
    const struct order_lex_word *w = &st->rd->lex->words[rg->hits[i][0].words[0]];
    if (w->not_dish || w->section_only || order_item_set_count(&w->items) != 1)
        return false;
    return attach_as_span(st, th, &w->items, order_item_set_next(&w->items, 0), i, b);
}

/* Is the food phrase [i, b), two words or more, what the name and description of exactly one
 * item say ("a tamarind soda", "an orange soda": a Jarritos, "sweet and tangy tamarind soda",
 * "mandarin orange soda")? Then th becomes a span of that item. */
bool attach_described_dish(const struct attach_state *st, struct order_thing *th, size_t i,
                           size_t b)
{
    size_t words = 0;
    for (size_t p = i; p < b; p++)
        words += st->tokens[p].kind == ORDER_TOKEN_WORD &&
                 !order_tok_connector(st->text, &st->tokens[p]);
    if (words == 1 && b == i + 1)
        return attach_headed_dish(st, th, i);
    if (words < 2)
        return false;
    struct order_item_set all, found;
    order_item_set_fill(&all, st->rd->lex->menu->count);
    if (order_read_described_candidates(st->rd, st->text, st->tokens, i, b, &all, &found) != 1)
        return false;
    /* the words stand together in its text ("tangy tamarind soda"), not apart ("vanilla bean
     * oat milk ice cream" is no "vanilla ice cream") */
    char phrase[ORDER_PHRASE_BYTES_MAX];
    size_t len = order_words_join(st->text, st->tokens, i, b, phrase, sizeof(phrase));
    const char *text =
        st->rd->lex->item_text ? st->rd->lex->item_text[order_item_set_next(&found, 0)] : NULL;
    bool together = text && len > 0 && attach_text_has_phrase(text, phrase);
    if (text && !together && len > 1 && phrase[len - 1] == 's') { /* "orange sodas" */
        phrase[len - 1] = '\0';
        together = attach_text_has_phrase(text, phrase);
    }
    /* "a mandarin soda" of "mandarin orange soda": words of the one item that holds them,
     * the last the word its description says first it is, name it though it puts more
     * between them */
    const struct order_token *last = &st->tokens[b - 1];
    size_t last_len = last->len > 3 && st->text[last->off + last->len - 1] == 's'
                          ? last->len - 1 /* "sodas" */
                          : last->len;
    together =
        together || (text && (attach_description_head(text, st->text + last->off, last->len) ||
                              attach_description_head(text, st->text + last->off, last_len)));
    if (!together)
        return false;
    return attach_as_span(st, th, &found, order_item_set_next(&found, 0), i, b);
}

/* Do the words (w, b) after a "with", but for articles, all stand in item's name or
 * description ("with the chocolate" of dough sticks served with a chocolate sauce)? */
static bool attach_with_described(const struct attach_state *st, int32_t item, size_t w, size_t b)
{
    enum { WITH_WORDS_MAX = 4 };
    const char *words[WITH_WORDS_MAX];
    size_t lens[WITH_WORDS_MAX], n = 0;
    for (size_t p = w + 1U; p < b; p++) {
        if (st->tokens[p].kind != ORDER_TOKEN_WORD || n == WITH_WORDS_MAX)
            return false;
        if (order_tok_article(st->text, st->tokens, p, b))
            continue;
        words[n] = st->text + st->tokens[p].off;
        lens[n++] = st->tokens[p].len;
    }
    return n > 0 && order_lexicon_item_mentions(st->rd->lex, item, words, lens, n) == n;
}

bool attach_described_with_after(const struct attach_state *st, struct order_thing *th, size_t i,
                                 size_t b)
{
    if (!ORDER_CUES_ANY(&st->cues, "with"))
        return false;
    size_t end = b + 1U;
    while (end < st->e && st->tokens[end].kind == ORDER_TOKEN_WORD)
        end++;
    if (!order_tok_is(st->text, st->tokens, b, st->e, "with") || end == b + 1U)
        return false;
    struct order_thing was = *th;
    if (attach_described_dish(st, th, i, b) && th->item >= 0 &&
        attach_with_described(st, th->item, b, end)) {
        memset(st->rg->roles + b, ORDER_ROLE_ITEM, end - b); /* words of its naming */
        return true;
    }
    *th = was; /* not this dish's: left as it was */
    return false;
}

/* "the corn on the cob", "a glass of the rice milk": a food, then "on", "of" or "in" and a word
 * or two that the name and description of exactly one item hold together with it ("grilled
 * street corn on the cob"), is that item; the words after the preposition are of its naming. */
bool attach_described_phrase_after(const struct attach_state *st, struct order_thing *th, size_t i,
                                   size_t b)
{
    enum { AFTER_WORDS_MAX = 2 };
    static const char *const preps[] = {"on", "of", "in"};
    if (b >= st->e || !order_tok_in(st->text, st->tokens, b, st->e, preps, ORDER_WORDS_N(preps)))
        return false;
    size_t end = b + 1U, words = 0;
    if (order_tok_article(st->text, st->tokens, end, st->e))
        end++;
    static const char *const stops[] = {"with", "w", "and", "n", "no", "please", "pls"};
    while (end < st->e && words < AFTER_WORDS_MAX && st->tokens[end].kind == ORDER_TOKEN_WORD &&
           attach_free(st, end) &&
           !order_tok_in(st->text, st->tokens, end, st->e, stops, ORDER_WORDS_N(stops))) {
        end++;
        words++;
    }
    if (words == 0)
        return false;
    struct order_thing was = *th;
    if (attach_described_dish(st, th, i, end) && th->item >= 0) {
        memset(st->rg->roles + b, ORDER_ROLE_ITEM, end - b); /* words of its naming */
        return true;
    }
    *th = was;
    return false;
}
