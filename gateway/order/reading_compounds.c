/* reading_compounds.c — dishes no span reads, after the spans of a clause (reading.c,
 * reading.h pass 3): a bare kind of dish and the words that describe it, a kind of a kind,
 * a warm or cold dish against its name, a dish described by the food before it or the words
 * after it, a name split in two, and spans of one item joined. */
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "gateway/order/reading_internal.h"
#include "gateway/order/frame.h"
#include "gateway/order/language.h"

/* Is kind a bare kind of dish (one word, several items: "tacos") with a word before it in
 * its clause, at *t, that no word of a name precedes? "kale seizure salad": after a name's
 * word that word is a slip, not a word of its own. */
static bool read_word_before_bare_kind(const struct order_reader *rd,
                                       const struct order_reading *rg,
                                       const struct order_thing *kind, size_t clause_begin,
                                       size_t *t)
{
    if (kind->item >= 0 || kind->begin <= clause_begin || kind->end != kind->begin + 1U ||
        !order_read_token_head(rd, rg, kind->begin))
        return false;
    *t = kind->begin - 1U;
    return *t == clause_begin || rg->n_hits[*t - 1U] == 0;
}

/* "breakfast tacos", "holiday burritos": a noun (no adjective, no food, no word of the
 * menu's names or descriptions) right before a kind of dish several items are makes a kind
 * of its own with it: a dish the menu lacks, not one of the menu's to ask about. */
static bool read_noun_kind(const struct order_reader *rd, const char *text,
                           const struct order_token *tokens, const struct order_reading *rg,
                           const struct order_thing *kind, size_t clause_begin)
{
    size_t t;
    if (!read_word_before_bare_kind(rd, rg, kind, clause_begin, &t))
        return false;
    const struct order_token *k = &tokens[t];
    const char *w = text + k->off;
    static const char *const determiners[] = {"whichever", "whatever", "which", "what",
                                              "every",     "another",  "any",   "some"};
    if (k->kind != ORDER_TOKEN_WORD)
        return false;
    if (order_tok_in(text, tokens, t, kind->begin, determiners, ORDER_WORDS_N(determiners)))
        return false; /* "whichever burrito is the hottest": which of the kind, asked */
    /* "possibly burritos", "perhaps bowls": a word that hedges the dish, no noun of its name */
    static const char *const hedges[] = {"maybe",    "perhaps",   "possibly", "probably",
                                         "actually", "certainly", "surely",   "usually"};
    if (order_tok_in(text, tokens, t, kind->begin, hedges, ORDER_WORDS_N(hedges)))
        return false;
    for (size_t i = 0; i < rd->lex->menu->count; i++) /* "street tacos" of "street corn" */
        if (order_lexicon_item_mentions(rd->lex, (int32_t)i, &w, (size_t[]){k->len}, 1) > 0)
            return false;
    struct order_item_set found;
    return k->len >= 4 && rg->roles[t] == ORDER_ROLE_NONE && rg->n_hits[t] == 0 &&
           !rg->mod_zone[t] && !order_tok_connector(text, k) &&
           order_dictionary_has(rd->dict, w, k->len) &&
           !order_dictionary_has(rd->lex->adjectives, w, k->len) &&
           !order_food_word(rd->food, w, k->len) && !read_frame_word(rd->frame, w, k->len) &&
           !order_language_english_word(w, k->len) && /* "and also smoothie" */
           order_patterns_longest(&rd->u->not_dish_words, text, tokens, t, t + 1U, NULL) == 0 &&
           order_read_described_candidates(rd, text, tokens, t, t + 1U, &kind->candidates,
                                           &found) == 0;
}

/* "lengua tacos", "cabeza burritos": a word of no dictionary and no slip of the menu's
 * (read_foreign_dish_word) right before a kind of dish several items are names a dish of
 * the cuisine the menu lacks, not one of the kind's to ask about. An English adjective in "-y"
 * the word list leaves out ("zesty burrito", "tangy drinks") says what the kind should be
 * like: the menu's, asked which. */
static bool read_y_adjective(const struct order_reader *rd, const char *text,
                             const struct order_token *k)
{
    return text[k->off + k->len - 1U] == 'y' &&
           order_dictionary_has(rd->lex->adjectives, text + k->off, k->len);
}

static bool read_foreign_kind(const struct order_reader *rd, const char *text,
                              const struct order_token *tokens, const struct order_reading *rg,
                              const struct order_thing *kind, size_t clause_begin)
{
    size_t t;
    return read_word_before_bare_kind(rd, rg, kind, clause_begin, &t) &&
           read_foreign_dish_word(rd, text, tokens, rg, t) &&
           !read_y_adjective(rd, text, &tokens[t]) &&
           order_patterns_longest(&rd->u->style_words, text, tokens, t, t + 1U, NULL) == 0 &&
           !read_frame_word(rd->frame, text + tokens[t].off, tokens[t].len) &&
           order_patterns_longest(&rd->u->not_dish_words, text, tokens, t, t + 1U, NULL) == 0;
}

/* Narrows thing th to the n items of found (its one item when n is 1) and grows its span
 * back to word b, whose words now name it. */
static void read_narrow_to(const char *text, const struct order_token *tokens,
                           struct order_reading *rg, struct order_thing *th,
                           const struct order_item_set *found, size_t n, size_t b)
{
    th->candidates = *found;
    th->item = n == 1 ? order_item_set_next(found, 0) : -1;
    th->begin = (uint16_t)b;
    th->phrase_len =
        (uint16_t)order_words_join(text, tokens, b, th->end, th->phrase, sizeof(th->phrase));
    memset(rg->roles + b, ORDER_ROLE_ITEM, th->end - b);
}

/* "chicken bowl", "steak burrito": words before a kind of dish (a span several items fit,
 * or one) that the name or description of exactly one of them holds name that one; held by several
 * ("pork taco"), they narrow the kind to those, to be asked back. The words join its span.
 * Returns whether they did. */
static bool read_describe_kind(const struct order_reader *rd, const char *text,
                               const struct order_token *tokens, struct order_reading *rg,
                               struct order_thing *kind, size_t b)
{
    /* a kind one item is ("quesadilla") takes the words its description holds too: "the
     * cheese quesadilla" is that one, not a dish the menu lacks */
    size_t head = kind->end - 1U; /* "quesadilla thing", "bowl one": the noun before */
    if (head > kind->begin && (order_tok_is(text, tokens, head, kind->end, "thing") ||
                               order_tok_is(text, tokens, head, kind->end, "one")))
        head--;
    if (!(order_read_token_head(rd, rg, head) || order_read_brand_word(rd, rg, head)) ||
        order_tok_is(text, tokens, kind->end, rg->clauses[kind->clause].end, "instead"))
        return false; /* "lettuce wrap instead": a swap, not a dish */
    struct order_item_set found;
    size_t n = order_read_described_candidates(rd, text, tokens, b, kind->begin, &kind->candidates,
                                               &found);
    if (n == 0)
        return false;
    read_narrow_to(text, tokens, rg, kind, &found, n, b);
    return true;
}

/* "green tea latte": a whole name, then one word the food lexicon holds as a dish of its
 * own ending the phrase (a separator or the clause's end after it), is another dish the
 * name describes, one the menu lacks. Not a modifier ("large", "extra"). Returns the end of
 * that word, or 0. */
static size_t read_head_after_name(const struct order_reader *rd, const char *text,
                                   const struct order_token *tokens, const struct order_reading *rg,
                                   size_t t, size_t e)
{
    if (t >= e || tokens[t].kind != ORDER_TOKEN_WORD || rg->roles[t] != ORDER_ROLE_NONE ||
        rg->mod_zone[t] || rg->n_hits[t] > 0 ||
        order_patterns_longest(&rd->u->modifier_starts, text, tokens, t, e, NULL) > 0 ||
        !order_food_entry(rd->food, text + tokens[t].off, tokens[t].len))
        return 0;
    bool ends = t + 1U >= e || tokens[t + 1U].kind != ORDER_TOKEN_WORD ||
                order_tok_is(text, tokens, t + 1U, e, "and");
    return ends ? t + 1U : 0;
}

/* Do the name or description of item hold every word of [b, e)? Food words right after two
 * words or more of its name that it holds ("black bean patty": the Black Bean Chipotle
 * Burger's "black bean and corn patty") describe that item, not a dish off the menu; after one
 * word they may still name another dish ("vanilla ice cream" is no vanilla shake). */
static bool read_item_describes(const struct order_reader *rd, const char *text,
                                const struct order_token *tokens, int32_t item, size_t b, size_t e)
{
    enum { DESCRIBING_WORDS_MAX = 3 };
    const char *words[DESCRIBING_WORDS_MAX];
    size_t lens[DESCRIBING_WORDS_MAX], n = 0;
    for (size_t i = b; i < e; i++) {
        if (n == DESCRIBING_WORDS_MAX || tokens[i].kind != ORDER_TOKEN_WORD)
            return false;
        words[n] = text + tokens[i].off;
        lens[n++] = tokens[i].len;
    }
    return n > 0 && order_lexicon_item_mentions(rd->lex, item, words, lens, n) == n;
}

/* Does the word at token t start a longer word of item's name ("chip" of "chipotle", a name
 * dictated and heard in pieces)? */
static bool read_starts_name_word(const struct order_reader *rd, const char *text,
                                  const struct order_token *tokens, int32_t item, size_t t)
{
    const char *name = rd->lex->menu->items[item].name;
    char word[ORDER_LEX_WORD_BYTES_MAX];
    for (size_t k; (k = order_name_word_next(&name, word, sizeof(word))) > 0;)
        if (k > tokens[t].len && memcmp(word, text + tokens[t].off, tokens[t].len) == 0)
            return true;
    return false;
}

/* Does span th and the span right after it (next, or NULL) make one dish the menu lacks?
 * "halloumi wrap", "mango shake": part of one name, then a kind of dish none of its items is;
 * "jackfruit fries": part of one name, then another whole name ending in a head, which the
 * first word describes. */
static bool read_merges_next(const struct order_reader *rd, const char *text,
                             const struct order_token *tokens, const struct order_reading *rg,
                             const struct order_thing *th, const struct order_thing *next,
                             bool head_last)
{
    if (!next || next->begin != th->end)
        return false;
    /* "tres leches flan churros": two words or more that tell one dish by themselves, then a
     * whole name of another, are two dishes listed, the comma left out; not the rest of the
     * first name heard in pieces ("black bean chip old a burger") */
    if (th->item >= 0 && th->end >= th->begin + 2U && next->item >= 0 && next->item != th->item &&
        order_read_span_whole(rd, rg, next) &&
        !read_starts_name_word(rd, text, tokens, th->item, next->begin))
        return false;
    struct order_item_set both = th->candidates;
    order_item_set_and(&both, &next->candidates);
    bool disjoint = order_item_set_count(&both) == 0;
    bool th_whole = order_read_span_whole(rd, rg, th);
    return (!head_last && (next->item < 0 || disjoint)) ||
           (next->item < 0 && disjoint && !th_whole) ||
           (disjoint && !th_whole && th->end - th->begin == 1 &&
            order_read_span_whole(rd, rg, next) && order_read_token_head(rd, rg, next->end - 1U));
}

/* "burrito bowl", "taco salad": a kind of dish, alone, right before another kind that
 * several items are, names a style of the second; the kind asked for is the second. */
static bool read_kind_of_kind(const struct order_reader *rd, const char *text,
                              const struct order_token *tokens, const struct order_reading *rg,
                              const struct order_thing *th, const struct order_thing *next)
{
    if (next->end != next->begin + 1U || next->item >= 0 ||
        order_item_set_count(&next->candidates) < 2 || !order_read_token_head(rd, rg, th->begin) ||
        !order_read_token_head(rd, rg, next->begin))
        return false;
    /* a kind every one of whose items ends its name with the word ("burrito"), not a food
     * that some name holds elsewhere ("chicken wrap": chicken of the nuggets) */
    return order_read_kind_ends_names(rd, text, tokens, th, false);
}

/* Joins span s to the kind after it when it names a style of that kind (read_kind_of_kind).
 * Returns whether it did. */
static bool read_join_kind_of_kind(const struct order_reader *rd, const char *text,
                                   const struct order_token *tokens, struct order_reading *rg,
                                   struct order_clause *cl, size_t s)
{
    struct order_thing *th = &rg->things[s], *next = &rg->things[s + 1U];
    if (!read_kind_of_kind(rd, text, tokens, rg, th, next))
        return false;
    next->begin = th->begin;
    next->phrase_len = (uint16_t)order_words_join(text, tokens, next->begin, next->end,
                                                  next->phrase, sizeof(next->phrase));
    memset(rg->roles + th->begin, ORDER_ROLE_ITEM, next->end - th->begin);
    memmove(th, th + 1, (rg->n_things - s - 1U) * sizeof(*th));
    rg->n_things--;
    cl->n_spans--;
    return true;
}

/* Is the word before span th a free food word ("pineapple pork taco", "steak burrito"), or a
 * noun no lexicon reads right after one ("fish finger sandwich")? A food and its noun make
 * one food the menu lacks, and the kind word after it is that food's head: the dish is a
 * sandwich of fish fingers, no dish of the menu the kind word alone would read as. */
static bool read_food_just_before(const struct order_reader *rd, const char *text,
                                  const struct order_token *tokens, const struct order_reading *rg,
                                  const struct order_thing *th, const struct order_clause *cl)
{
    if (th->begin <= cl->begin)
        return false;
    size_t t = th->begin - 1U;
    if (read_free_food(rd, text, tokens, rg, t, cl->begin, cl->end) && rg->n_hits[t] == 0 &&
        !rg->mod_zone[t])
        return true;
    const struct order_token *k = &tokens[t];
    return th->end == th->begin + 1U && t > cl->begin && k->kind == ORDER_TOKEN_WORD &&
           k->len >= 4 && rg->roles[t] == ORDER_ROLE_NONE && rg->n_hits[t] == 0 &&
           !rg->mod_zone[t] && !order_tok_connector(text, k) &&
           order_dictionary_has(rd->dict, text + k->off, k->len) &&
           !order_dictionary_has(rd->lex->adjectives, text + k->off, k->len) &&
           read_free_food(rd, text, tokens, rg, t - 1U, cl->begin, cl->end) &&
           rg->n_hits[t - 1U] == 0 && !rg->mod_zone[t - 1U];
}

/* "2 ham and cheese", "egg and cheese": a food the menu lacks, "and", then a span that is
 * only the part after "and" of a name ("cheese" of Bean and Cheese Burrito): the customer
 * names another pair, a dish the menu lacks, not that item. */
static bool read_food_and_part(const struct order_reader *rd, const char *text,
                               const struct order_token *tokens, const struct order_reading *rg,
                               const struct order_thing *th, const struct order_clause *cl)
{
    if (!ORDER_CUES_ANY(&rg->cues, "and"))
        return false;
    if (th->item < 0 || th->begin < cl->begin + 2U || order_read_span_whole(rd, rg, th) ||
        !order_tok_is(text, tokens, th->begin - 1U, cl->end, "and"))
        return false;
    size_t f = th->begin - 2U;
    if (tokens[f].kind != ORDER_TOKEN_WORD || rg->roles[f] != ORDER_ROLE_NONE ||
        rg->n_hits[f] > 0 || rg->mod_zone[f] ||
        !order_food_word(rd->food, text + tokens[f].off, tokens[f].len))
        return false;
    const char *name = rd->lex->menu->items[th->item].name;
    const struct order_token *w = &tokens[th->begin];
    for (const char *p = strstr(name, " and "); p; p = strstr(p + 1, " and "))
        if (strncasecmp(p + 5, text + w->off, w->len) == 0)
            return true;
    return false;
}

/* Does the word of name hold the word w[0..len) (any case)? */
static bool read_name_has_word(const char *name, const char *w, size_t len)
{
    for (const char *p = name; *p;) {
        while (*p == ' ' || *p == '-')
            p++;
        const char *q = p;
        while (*q && *q != ' ' && *q != '-')
            q++;
        if ((size_t)(q - p) == len && strncasecmp(p, w, len) == 0)
            return true;
        p = q;
    }
    return false;
}

static const char *const read_warm_words[] = {"hot", "warm", "steaming"};

static const char *const read_cold_words[] = {"iced", "cold", "frozen", "chilled"};

/* Is the word at a one of warmth ("hot", "warm") that the name of span th's one item
 * contradicts ("iced", "cold"), the span itself not saying cold? */
static bool read_warmth_contradicts(const struct order_reader *rd, const char *text,
                                    const struct order_token *tokens, const struct order_thing *th,
                                    size_t a)
{
    static const size_t n_warm = ORDER_WORDS_N(read_warm_words),
                        n_cold = ORDER_WORDS_N(read_cold_words);
    if (!th->is_span || th->item < 0 || tokens[a].kind != ORDER_TOKEN_WORD ||
        !order_tok_in(text, tokens, a, a + 1U, read_warm_words, n_warm))
        return false;
    const char *name = rd->lex->menu->items[th->item].name;
    for (size_t k = 0; k < n_cold; k++)
        if (read_name_has_word(name, read_cold_words[k], strlen(read_cold_words[k])))
            return !order_tok_in(text, tokens, th->begin, th->end, read_cold_words, n_cold);
    return false;
}

/* "a pot of hot tea" with only an Iced Green Tea, "a hot coffee" with only a Cold Brew: a
 * word of temperature right before span th that the name of its one item contradicts
 * ("iced", "cold" against "hot", "warm") makes a dish the menu lacks. */
static bool read_opposite_temperature(const struct order_reader *rd, const char *text,
                                      const struct order_token *tokens,
                                      const struct order_reading *rg, const struct order_thing *th)
{
    if (!ORDER_CUES_ANY(&rg->cues, "hot", "warm", "steaming"))
        return false;
    size_t a = th->begin - 1U;
    return read_warmth_contradicts(rd, text, tokens, th, a) && rg->roles[a] != ORDER_ROLE_ITEM;
}

/* "one coffee, hot, with milk" with only a Cold Brew: so does such a word alone right after
 * the span, set off by a comma. Returns its token, or 0. */
static size_t read_opposite_temperature_after(const struct order_reader *rd, const char *text,
                                              const struct order_token *tokens,
                                              const struct order_thing *th, size_t e)
{
    /* "iced green tea, hot", "green tea but hot pls": after a comma or "but", the word of
     * warmth alone, then the end, a mark or "please" */
    static const char *const please[] = {"please", "pls", "plz"};
    size_t a = th->end;
    bool set_off = false;
    if (a < e && tokens[a].kind == ORDER_TOKEN_PUNCT && tokens[a].punct == ',') {
        a++;
        set_off = true;
    }
    if (order_tok_is(text, tokens, a, e, "but")) {
        a++;
        set_off = true;
    }
    if (!set_off || a >= e ||
        (a + 1U < e && tokens[a + 1U].kind != ORDER_TOKEN_PUNCT &&
         !order_tok_in(text, tokens, a + 1U, e, please, ORDER_WORDS_N(please))))
        return 0;
    return read_warmth_contradicts(rd, text, tokens, th, a) ? a : 0;
}

/* Span th becomes the dish the menu lacks, named with the word of warmth at a said after it
 * ("hot coffee"). */
static void read_warm_dish_after(const char *text, const struct order_token *tokens,
                                 struct order_reading *rg, struct order_thing *th, size_t a)
{
    read_span_to_dish(text, tokens, rg, th, th->begin);
    char named[sizeof(th->phrase)];
    int n = snprintf(named, sizeof(named), "%.*s %.*s", (int)tokens[a].len, text + tokens[a].off,
                     (int)th->phrase_len, th->phrase);
    if (n <= 0 || (size_t)n >= sizeof(named))
        return;
    memcpy(th->phrase, named, (size_t)n + 1U);
    th->phrase_len = (uint16_t)n;
    rg->roles[a] = ORDER_ROLE_LEFTOVER;
}

/* "2 chipotle black bean burgers": a name's words said in another order read as two spans
 * side by side, each the same one item ("chipotle", "black bean burgers"). With nothing
 * between them and no word said twice ("lemonade lemonade" is two), they are one dish. */
void read_join_split_name(const char *text, const struct order_token *tokens, size_t c,
                          size_t first, struct order_reading *rg)
{
    size_t s = first;
    while (s + 1 < rg->n_things) {
        struct order_thing *th = &rg->things[s], *next = th + 1;
        s++;
        if (!th->is_span || !next->is_span || next->begin != th->end || th->item < 0 ||
            th->item != next->item)
            continue;
        bool repeated = false;
        for (size_t a = th->begin; a < th->end; a++)
            for (size_t b = next->begin; b < next->end; b++)
                repeated = repeated ||
                           (tokens[a].len == tokens[b].len &&
                            memcmp(text + tokens[a].off, text + tokens[b].off, tokens[a].len) == 0);
        if (repeated)
            continue;
        th->end = next->end;
        memmove(next, next + 1, (rg->n_things - s - 1) * sizeof(*th));
        rg->n_things--;
        rg->clauses[c].n_spans--;
        s--; /* th may join the span after it too */
    }
}

/* Do the name or description of span th's item, or of one of the items it still fits, hold
 * every word of [b, e)? */
static bool read_some_candidate_describes(const struct order_reader *rd, const char *text,
                                          const struct order_token *tokens,
                                          const struct order_thing *th, size_t b, size_t e)
{
    if (th->item >= 0)
        return read_item_describes(rd, text, tokens, th->item, b, e);
    for (int32_t i = order_item_set_next(&th->candidates, 0); i >= 0;
         i = order_item_set_next(&th->candidates, (size_t)i + 1U))
        if (read_item_describes(rd, text, tokens, i, b, e))
            return true;
    return false;
}

/* Narrows kind th to the found items read by the word at t, when they are some of its
 * candidates but not all; returns whether it did. */
static bool read_narrow_to_some(const char *text, const struct order_token *tokens,
                                struct order_reading *rg, struct order_thing *th,
                                const struct order_item_set *found, size_t t)
{
    size_t n = order_item_set_count(found);
    if (n == 0 || n == order_item_set_count(&th->candidates))
        return false;
    read_narrow_to(text, tokens, rg, th, found, n, t);
    return true;
}

/* "cheesy beef taco", "smoky chicken bowl": an adjective made of a noun with "-y" before a kind
 * the food before narrowed to several items narrows it further, by the noun ("cheese",
 * "smoke") that the description of some of them holds. Returns whether it did. */
static bool read_narrow_by_adjective(const struct order_reader *rd, const char *text,
                                     const struct order_token *tokens, struct order_reading *rg,
                                     struct order_thing *th, const struct order_clause *cl)
{
    if (th->item >= 0 || th->begin <= cl->begin || tokens[th->begin - 1U].kind != ORDER_TOKEN_WORD)
        return false;
    size_t t = th->begin - 1U;
    struct order_item_set found = {0};
    for (int32_t i = order_item_set_next(&th->candidates, 0); i >= 0;
         i = order_item_set_next(&th->candidates, (size_t)i + 1U))
        if (order_lexicon_item_mentions_y_noun(rd->lex, i, text + tokens[t].off, tokens[t].len))
            order_item_set_add(&found, i);
    return read_narrow_to_some(text, tokens, rg, th, &found, t);
}

/* "the crispy pork tacos": an adjective before a kind that the description of some but not
 * all of its items holds ("slow-braised crispy pork shoulder") narrows it to those, as the
 * menu describes them. Returns whether it did. */
static bool read_narrow_by_described_adjective(const struct order_reader *rd, const char *text,
                                               const struct order_token *tokens,
                                               struct order_reading *rg, struct order_thing *th,
                                               const struct order_clause *cl)
{
    if (th->item >= 0 || th->begin <= cl->begin)
        return false;
    size_t t = th->begin - 1U;
    const struct order_token *k = &tokens[t];
    if (k->kind != ORDER_TOKEN_WORD || rg->roles[t] != ORDER_ROLE_NONE ||
        !order_dictionary_has(rd->lex->adjectives, text + k->off, k->len))
        return false;
    struct order_item_set found = {0};
    for (int32_t i = order_item_set_next(&th->candidates, 0); i >= 0;
         i = order_item_set_next(&th->candidates, (size_t)i + 1U))
        if (read_item_describes(rd, text, tokens, i, t, t + 1U))
            order_item_set_add(&found, i);
    return read_narrow_to_some(text, tokens, rg, th, &found, t);
}

/* Do the first letters of the first words of name (past "the") spell w[0..len)? */
static bool read_name_initials(const char *name, const char *w, size_t len)
{
    const char *p = name;
    if (strncasecmp(p, "the ", 4) == 0)
        p += 4;
    for (size_t k = 0; k < len; k++) {
        if (!*p || (*p | 0x20) != w[k])
            return false;
        while (*p && *p != ' ')
            p++;
        while (*p == ' ')
            p++;
    }
    return true;
}

/* "a GG burger": a word of two or three letters, no English one, before a kind is the
 * initials of the one item of the kind whose name starts with words of those letters
 * ("Green Garden"), as regulars clip a long name. Returns whether it named one. */
static bool read_narrow_by_initials(const struct order_reader *rd, const char *text,
                                    const struct order_token *tokens, struct order_reading *rg,
                                    struct order_thing *th, const struct order_clause *cl)
{
    enum { INITIALS_MIN = 2, INITIALS_MAX = 3 };
    if (th->item >= 0 || th->begin <= cl->begin)
        return false;
    size_t t = th->begin - 1U;
    const struct order_token *k = &tokens[t];
    const char *w = text + k->off;
    if (k->kind != ORDER_TOKEN_WORD || rg->roles[t] != ORDER_ROLE_NONE || k->len < INITIALS_MIN ||
        k->len > INITIALS_MAX || order_dictionary_has(rd->dict, w, k->len))
        return false;
    for (size_t c = 0; c < k->len; c++)
        if (w[c] < 'a' || w[c] > 'z')
            return false;
    struct order_item_set found = {0};
    for (int32_t i = order_item_set_next(&th->candidates, 0); i >= 0;
         i = order_item_set_next(&th->candidates, (size_t)i + 1U))
        if (read_name_initials(rd->lex->menu->items[i].name, w, k->len))
            order_item_set_add(&found, i);
    if (order_item_set_count(&found) != 1)
        return false;
    read_narrow_to(text, tokens, rg, th, &found, 1, t);
    return true;
}

/* "steak & fries burrito", "the chicken and rice bowl": a food, "and", then the food that
 * named span th's one item: the pair names that item when it holds the first food too,
 * through the menu's glossary ("steak": the California Burrito's carne asada). Joins the
 * pair to the span; returns whether it did. */
static bool read_food_pair_before(const struct order_reader *rd, const char *text,
                                  const struct order_token *tokens, struct order_reading *rg,
                                  struct order_thing *th, const struct order_clause *cl)
{
    static const char *const ands[] = {"and", "n", "&"};
    if (th->item < 0 || th->begin < cl->begin + 2U)
        return false;
    size_t j = th->begin - 1U, f = th->begin - 2U;
    bool joined = order_tok_in(text, tokens, j, cl->end, ands, ORDER_WORDS_N(ands)) ||
                  (tokens[j].kind == ORDER_TOKEN_PUNCT && tokens[j].punct == '&');
    if (!joined || rg->roles[j] != ORDER_ROLE_NONE ||
        !read_free_food(rd, text, tokens, rg, f, cl->begin, cl->end) || rg->n_hits[f] > 0 ||
        !order_read_item_holds(rd, (size_t)th->item, text + tokens[f].off, tokens[f].len))
        return false;
    th->begin = (uint16_t)f;
    th->phrase_len =
        (uint16_t)order_words_join(text, tokens, f, th->end, th->phrase, sizeof(th->phrase));
    memset(rg->roles + f, ORDER_ROLE_ITEM, th->end - f);
    return true;
}

/* After "pineapple pork taco" read the food before the span as describing it: the food words
 * before those too, while they narrow the kind ("pineapple" of the one pork taco). When the
 * describing word ends a food of two words the dish's description does not hold ("ground
 * beef tacos"), the dish is another one, one the menu lacks, not the taco whose beef is
 * birria: the span becomes the words of a dish, with the adjectives before it ("crispy ground
 * beef tacos"), not its count. */
static void read_described_by_food_before(const struct order_reader *rd, const char *text,
                                          const struct order_token *tokens,
                                          struct order_reading *rg, struct order_thing *th,
                                          const struct order_clause *cl)
{
    while (read_food_just_before(rd, text, tokens, rg, th, cl) &&
           read_describe_kind(rd, text, tokens, rg, th, th->begin - 1U))
        ;
    if (read_narrow_by_adjective(rd, text, tokens, rg, th, cl) ||
        read_narrow_by_described_adjective(rd, text, tokens, rg, th, cl) ||
        read_food_pair_before(rd, text, tokens, rg, th, cl))
        return;
    size_t a = th->begin - 1U;
    char food[ORDER_PHRASE_BYTES_MAX];
    int fl = th->begin > cl->begin ? snprintf(food, sizeof(food), "%.*s %.*s", (int)tokens[a].len,
                                              text + tokens[a].off, (int)tokens[th->begin].len,
                                              text + tokens[th->begin].off)
                                   : -1;
    if (fl <= 0 || (size_t)fl >= sizeof(food) || tokens[a].kind != ORDER_TOKEN_WORD ||
        rg->roles[a] != ORDER_ROLE_NONE || !order_food_entry(rd->food, food, (size_t)fl) ||
        read_some_candidate_describes(rd, text, tokens, th, a, th->begin + 1U))
        return;
    int32_t v;
    while (a > cl->begin && tokens[a - 1U].kind == ORDER_TOKEN_WORD &&
           rg->roles[a - 1U] == ORDER_ROLE_NONE && rg->n_hits[a - 1U] == 0 &&
           order_read_number(rd->u, text, tokens, a - 1U, a, &v) == 0 &&
           order_dictionary_has(rd->lex->adjectives, text + tokens[a - 1U].off, tokens[a - 1U].len))
        a--;
    read_span_to_dish(text, tokens, rg, th, a);
}

/* Where the words after span th that go on with a dish end, or 0: food words after a span
 * that ends no name or names no item, or a kind's head after a whole name. "chicken" ends the
 * alias "crispy chicken", yet a span of it alone fits several items: what follows it can
 * still be the rest of another dish ("chicken tikka"). A whole name run on right after
 * another dish's ("cheeseburger fries coke") is a list with its commas left out: the food
 * after it is the next dish, not one the name describes. */
static size_t read_dish_words_after(const struct order_reader *rd, const char *text,
                                    const struct order_token *tokens,
                                    const struct order_reading *rg, const struct order_thing *th,
                                    const struct order_clause *cl, bool head_last, bool run_on)
{
    bool proform = rg->n_hits[th->end - 1U] == 0; /* "the veggie one": a whole phrase */
    size_t after_end = (!head_last || th->item < 0) && !proform
                           ? read_food_after(rd, text, tokens, rg, th->end, cl->end,
                                             read_span_english(rd, text, tokens, th))
                           : 0;
    if (after_end == 0 && head_last && th->item >= 0 && !run_on)
        after_end = read_head_after_name(rd, text, tokens, rg, th->end, cl->end);
    return after_end;
}

/* Spans s (and the one after it when drop is 2) of clause cl are the words of one dish the
 * menu lacks, no menu item: their tokens go back to being read as a dish's words. */
static void read_spans_to_dish_words(struct order_reading *rg, struct order_clause *cl, size_t s,
                                     size_t drop)
{
    struct order_thing *th = &rg->things[s];
    size_t dish = rg->things[s + drop - 1U].end - th->begin;
    memset(rg->roles + th->begin, ORDER_ROLE_NONE, dish);
    memset(rg->dish_word + th->begin, true, dish);
    memmove(th, th + drop, (rg->n_things - s - drop) * sizeof(*th));
    rg->n_things -= drop;
    cl->n_spans = (uint8_t)(cl->n_spans - drop);
}

/* "the beef burger in a bowl": a kind several items are (no one item) right after "in a",
 * "on a" or "as a", right after a dish named in the clause that is not of that kind, is how that
 * dish is served, a change of it, not a dish of its own. */
static bool read_served_in(const char *text, const struct order_token *tokens,
                           const struct order_reading *rg, const struct order_clause *cl,
                           size_t first, size_t s)
{
    const struct order_thing *th = &rg->things[s];
    if (s == first || !th->is_span || th->item >= 0 || th->begin < cl->begin + 2U ||
        !th[-1].is_span || th[-1].item < 0 || /* "the chicken thing in a bowl" describes one */
        order_item_set_has(&th->candidates, (size_t)th[-1].item)) /* "the fish one in a taco" */
        return false;
    size_t a = th->begin - 2U;
    return (order_tok_is(text, tokens, a, th->end, "in") ||
            order_tok_is(text, tokens, a, th->end, "on") ||
            order_tok_is(text, tokens, a, th->end, "as")) && /* "the burrito as a bowl" */
           (order_tok_is(text, tokens, a + 1U, th->end, "a") ||
            order_tok_is(text, tokens, a + 1U, th->end, "an"));
}

/* Drops span s when it tells how the dish before is served (read_served_in): its words are
 * read as a change of that dish. Returns whether it did. */
static bool read_drop_served_in(const char *text, const struct order_token *tokens,
                                struct order_reading *rg, struct order_clause *cl, size_t first,
                                size_t s)
{
    if (!ORDER_CUES_ANY(&rg->cues, "in", "on", "as") || !ORDER_CUES_ANY(&rg->cues, "a", "an"))
        return false;
    if (!read_served_in(text, tokens, rg, cl, first, s))
        return false;
    struct order_thing *th = &rg->things[s];
    memset(rg->roles + th->begin, ORDER_ROLE_NONE, th->end - th->begin);
    memmove(th, th + 1, (rg->n_things - s - 1) * sizeof(*th));
    rg->n_things--;
    cl->n_spans--;
    return true;
}

/* The words around span th that make it a dish of its own or tell which item it is: a
 * temperature the menu's drink is not ("hot tea"), an entry of the food lexicon ending in it,
 * a food or an unread word before a kind ("steak burrito", "hibiscus agua fresca"), "X and"
 * a food part ("ham and cheese"), a noun or foreign word making a kind of its own ("breakfast
 * tacos"). Returns whether they did; *food_before says whether a food stood right before. */
static bool read_dish_by_words_around(const struct order_reader *rd, const char *text,
                                      const struct order_token *tokens, struct order_reading *rg,
                                      struct order_thing *th, const struct order_clause *cl,
                                      bool *food_before)
{
    size_t entry_start;
    *food_before = false;
    if (read_narrow_by_initials(rd, text, tokens, rg, th, cl))
        return true; /* "GG burger" */
    if (th->begin > cl->begin && read_opposite_temperature(rd, text, tokens, rg, th)) {
        read_span_to_dish(text, tokens, rg, th, th->begin - 1U); /* "hot tea" */
        /* judged here: its likeness to the name it contradicts ("hot green tea", "iced green
         * tea") would read it back as that drink */
        th->menu_words = true;
        return true;
    }
    size_t warm_after = read_opposite_temperature_after(rd, text, tokens, th, cl->end);
    if (warm_after > 0) {
        read_warm_dish_after(text, tokens, rg, th, warm_after);
        th->menu_words = true;
        return true;
    }
    if (th->begin > cl->begin && read_entry_before(rd, text, tokens, rg, th, &entry_start)) {
        read_span_to_dish(text, tokens, rg, th, entry_start);
        return true;
    }
    *food_before =
        !order_read_span_whole(rd, rg, th) && read_food_just_before(rd, text, tokens, rg, th, cl);
    if (*food_before && read_describe_kind(rd, text, tokens, rg, th, th->begin - 1U)) {
        read_described_by_food_before(rd, text, tokens, rg, th, cl);
        return true; /* "steak burrito": the Carne Asada Burrito's "grilled steak" */
    }
    if (!*food_before && read_unread_before(rd, text, tokens, rg, th, cl->begin) &&
        read_describe_kind(rd, text, tokens, rg, th, th->begin - 1U)) {
        return true; /* "hibiscus agua fresca": the Jamaica Agua Fresca's "dried hibiscus" */
    }
    if (read_food_and_part(rd, text, tokens, rg, th, cl)) {
        size_t a = th->begin - 2U;
        while (a > cl->begin && rg->n_hits[a - 1U] == 0 &&
               read_free_food(rd, text, tokens, rg, a - 1U, cl->begin, cl->end))
            a--; /* "potato egg and cheese": the food words before it too */
        read_span_to_dish(text, tokens, rg, th, a);
        return true; /* "ham and cheese": not the Bean and Cheese Burrito */
    }
    if (!*food_before && (read_noun_kind(rd, text, tokens, rg, th, cl->begin) ||
                          read_foreign_kind(rd, text, tokens, rg, th, cl->begin))) {
        read_span_to_dish(text, tokens, rg, th, th->begin - 1U);
        return true; /* "breakfast tacos": a kind of its own, one the menu lacks */
    }
    size_t noun;
    if (!*food_before && read_noun_kind_of_one(rd, text, tokens, rg, th, cl->begin, &noun)) {
        read_span_to_dish(text, tokens, rg, th, noun);
        return true; /* "an earl grey tea": a tea of its own, not the menu's one */
    }
    return false;
}

void read_unknown_compounds(const struct order_reader *rd, const char *text,
                            const struct order_token *tokens, size_t c, size_t first,
                            struct order_reading *rg)
{
    struct order_clause *cl = &rg->clauses[c];
    size_t s = first;
    while (s < rg->n_things) {
        struct order_thing *th = &rg->things[s];
        if (read_drop_served_in(text, tokens, rg, cl, first, s) ||
            read_drop_verb_after_subject(text, tokens, rg, cl, s) ||
            read_drop_lone_ingredient(rd, text, tokens, rg, cl, s))
            continue;
        bool head_last = order_read_token_head(rd, rg, th->end - 1U);
        struct order_thing *next = s + 1 < rg->n_things ? &rg->things[s + 1] : NULL;
        bool merge_next = read_merges_next(rd, text, tokens, rg, th, next, head_last);
        /* "wrap fries": a bare kind before another kind's whole name is a dish of a list */
        if (merge_next && next->item >= 0 && order_read_span_whole(rd, rg, next) &&
            order_read_token_head(rd, rg, th->begin) &&
            order_read_kind_ends_names(rd, text, tokens, th, true))
            merge_next = false;
        if (merge_next && th->end - th->begin <= 2 &&
            read_describe_kind(rd, text, tokens, rg, next, th->begin)) {
            memmove(th, th + 1, (rg->n_things - s - 1) * sizeof(*th)); /* "chicken" joins */
            rg->n_things--;
            cl->n_spans--;
            continue;
        }
        if (merge_next && read_join_kind_of_kind(rd, text, tokens, rg, cl, s))
            continue; /* "burrito bowl": a bowl, which one asked back */
        bool food_before;
        if (read_dish_by_words_around(rd, text, tokens, rg, th, cl, &food_before)) {
            if (!read_word_before_dish(rd, text, tokens, rg, cl, first, s))
                s++; /* else "chocolate" joined "sponge cake": the dish is at s - 1 */
            continue;
        }
        bool run_on = s > first && rg->things[s - 1U].end == th->begin;
        size_t after_end = read_dish_words_after(rd, text, tokens, rg, th, cl, head_last, run_on);
        if (after_end > 0 && th->item >= 0 && th->end - th->begin >= 2 &&
            read_item_describes(rd, text, tokens, th->item, th->end, after_end)) {
            memset(rg->roles + th->end, ORDER_ROLE_ITEM, after_end - th->end);
            th->end = (uint16_t)after_end; /* "the black bean patty": the burger's own patty */
            s++;
            continue;
        }
        bool food_after = after_end > 0;
        if (food_after) /* the words after it belong to the dish, food words or not */
            memset(rg->dish_word + th->end, true, after_end - th->end);
        size_t dish_end = merge_next || food_before || food_after
                              ? 0
                              : read_partial_dish(rd, text, tokens, rg, s, cl->end);
        if (dish_end > 0) {
            read_drop_spans(rg, cl, s, dish_end);
            continue;
        }
        if (!merge_next && !food_before && !food_after) {
            s++;
            continue;
        }
        read_spans_to_dish_words(rg, cl, s, merge_next ? 2U : 1U);
    }
}

/* "mac n chz bitez": two spans of one clause that name the same item (or an item, then a kind
 * it is one of: "kale seizure salad"), with at most two words no lexicon reads (or
 * connectors) between them and no count, are one name with a word misspelt beyond reading. */
void read_join_same_item(const char *text, const struct order_token *tokens, size_t c, size_t first,
                         struct order_reading *rg)
{
    enum { GAP_WORDS_MAX = 2 };
    struct order_clause *cl = &rg->clauses[c];
    for (size_t s = first; s + 1 < rg->n_things; s++) {
        struct order_thing *a = &rg->things[s], *b = &rg->things[s + 1];
        /* "kale seizure salad": the kind after is of the one item before, and ends its name */
        bool same =
            a->item >= 0 && (a->item == b->item ||
                             (b->item < 0 && order_item_set_has(&b->candidates, (size_t)a->item)));
        /* "sweet fries 🍠": other words right after the dish ("sweet potato", the emoji's)
         * name it again; the same words said again ("lemonade lemonade") count it again */
        bool restated =
            b->begin == a->end && a->item == b->item && a->is_span && b->is_span &&
            !(a->phrase_len == b->phrase_len && memcmp(a->phrase, b->phrase, a->phrase_len) == 0);
        if (!a->is_span || !b->is_span || !same || b->begin - a->end > GAP_WORDS_MAX ||
            (b->begin == a->end && !restated))
            continue;
        bool gap_unread = true;
        for (size_t t = a->end; t < b->begin && gap_unread; t++)
            gap_unread = tokens[t].kind == ORDER_TOKEN_WORD && rg->roles[t] == ORDER_ROLE_NONE &&
                         !rg->mod_zone[t] && rg->n_hits[t] == 0 &&
                         !(text[tokens[t].off] >= '0' && text[tokens[t].off] <= '9') &&
                         !order_tok_is(text, tokens, t, cl->end, "and") &&
                         !order_tok_is(text, tokens, t, cl->end, "one") &&
                         !order_tok_is(text, tokens, t, cl->end, "a");
        if (!gap_unread)
            continue;
        memset(rg->roles + a->end, ORDER_ROLE_ITEM, b->end - a->end);
        a->end = b->end;
        a->phrase_len = (uint16_t)order_words_join(text, tokens, a->begin, a->end, a->phrase,
                                                   sizeof(a->phrase));
        memmove(b, b + 1, (rg->n_things - s - 2) * sizeof(*b));
        rg->n_things--;
        cl->n_spans--;
        s--; /* "a b c" of one item joins on */
    }
}
