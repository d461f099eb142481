/* span_context.c — spans read again in the light of the words around them (reading.h), after
 * pass 3: a kind and "de" and a span in the Spanish order of a name ("tacos de asada"), a
 * kind described after "with" ("that burger with the pulled jackfruit"), and a word of a
 * modifier that the span search read as a dish ("burger med rare"; the words of a change
 * after the dish, "salsa on the side", "extra crispy onions", are span_changes.c's). */
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "gateway/order/food.h"
#include "gateway/order/reading.h"

/* Does the description ending at token e end there: the clause's end, a punctuation mark,
 * or "and" before another thing ("and one with ...", "and a lemonade")? Not "and black
 * beans": the description goes on (attach.c reads it whole). */
static bool read_description_ends(const struct order_reader *rd, const char *text,
                                  const struct order_token *tokens, const struct order_reading *rg,
                                  size_t e, size_t end)
{
    int32_t qty;
    if (e >= end || tokens[e].kind != ORDER_TOKEN_WORD || rg->roles[e] == ORDER_ROLE_FILLER ||
        (order_tok_is(text, tokens, e, end, "too") && e + 1U == end) ||
        order_time_before_now_at(text, tokens, e, end))
        return true; /* "... please", "... too", "... last time" */
    if (!order_tok_is(text, tokens, e, end, "and"))
        return false;
    /* "and like a lemonade", "and also the fries": a word of talk may stand between */
    static const char *const talk[] = {"like", "also", "maybe", "um", "uh", "then"};
    size_t n = e + 1U;
    if (order_tok_in(text, tokens, n, end, talk, ORDER_WORDS_N(talk)))
        n++;
    return order_tok_is(text, tokens, n, end, "the") || order_tok_is(text, tokens, n, end, "one") ||
           order_read_quantity(rd->u, text, tokens, n, end, &qty) > 0;
}

/* How many words after "with" describe a kind enough: two ("a burger with pulled
 * jackfruit"), or one after "the" / "that", which point at a dish the menu has ("the salad
 * with chickpeas"); "a burger with bacon" asks for a change more likely than a dish. */
static size_t read_with_words_min(const char *text, const struct order_token *tokens,
                                  const struct order_thing *th)
{
    size_t p = th->begin;
    bool definite = p > 0 && (order_tok_is(text, tokens, p - 1U, th->end, "the") ||
                              order_tok_is(text, tokens, p - 1U, th->end, "that"));
    return definite ? 1U : 2U;
}

/* "the burger with the halloumi in it": "in it" / "on it" / "inside it" after a description
 * is part of it; "them" (or texted "em") points back at a kind said in the plural ("tacos
 * with pineapple on them"). */
static size_t read_in_it(const char *text, const struct order_token *tokens, size_t e, size_t end)
{
    bool in = order_tok_is(text, tokens, e, end, "in") ||
              order_tok_is(text, tokens, e, end, "on") ||
              order_tok_is(text, tokens, e, end, "inside");
    bool it = order_tok_is(text, tokens, e + 1U, end, "it") ||
              order_tok_is(text, tokens, e + 1U, end, "them") ||
              order_tok_is(text, tokens, e + 1U, end, "em");
    /* "a taco with pineapple on top": where on the dish, as "on it" says */
    bool top =
        order_tok_is(text, tokens, e, end, "on") && order_tok_is(text, tokens, e + 1U, end, "top");
    return (in && it) || top ? 2U : 0U;
}

/* "the smoothie with mango... no wait the strawberry one": a description taken back right
 * after it (in its clause or the next) picks nothing; the correction picks from the kind. */
static bool read_taken_back(const char *text, const struct order_token *tokens, size_t e,
                            size_t end)
{
    while (e < end && tokens[e].kind == ORDER_TOKEN_PUNCT)
        e++;
    return order_read_correction_at(text, tokens, e, end) > 0;
}

/* Drops the things of clause c that begin in [b, e), words read as a description. Before the
 * attach pass every thing of a clause counts among its spans (attach.c finds the clause's
 * first thing by that count), a dish word read as food too: each is dropped as a span is. */
static void read_drop_described(struct order_reading *rg, size_t c, size_t b, size_t e)
{
    for (size_t t = rg->n_things; t-- > 0;)
        if (rg->things[t].clause == c && rg->things[t].begin >= b && rg->things[t].begin < e)
            order_reading_drop_thing(rg, t);
}

/* Where "with" is after a kind ending before token w: right there ("burger with"), or after
 * "that come(s)" ("the fries that come with the paprika dip"); or "has" / "that has", said
 * as "with" is; 0 when none. */
static size_t read_kind_with_at(const char *text, const struct order_token *tokens, size_t w,
                                size_t end)
{
    if (order_tok_is(text, tokens, w, end, "with") || order_tok_is(text, tokens, w, end, "w"))
        return w;
    /* "whichever dessert has cream cheese frosting", "the bowl that has corn": having says
     * what is in it, as "with" does */
    static const char *const having[] = {"has", "have"};
    if (order_tok_in(text, tokens, w, end, having, ORDER_WORDS_N(having)))
        return w;
    if ((order_tok_is(text, tokens, w, end, "that") ||
         order_tok_is(text, tokens, w, end, "which")) &&
        order_tok_in(text, tokens, w + 1U, end, having, ORDER_WORDS_N(having)))
        return w + 1U;
    bool comes = (order_tok_is(text, tokens, w, end, "that") ||
                  order_tok_is(text, tokens, w, end, "which")) &&
                 (order_tok_is(text, tokens, w + 1U, end, "comes") ||
                  order_tok_is(text, tokens, w + 1U, end, "come"));
    return comes && order_tok_is(text, tokens, w + 2U, end, "with") ? w + 2U : 0U;
}

/* "that burger with the pulled jackfruit and one with ...": a kind of dish, then "with" and
 * two or three words, all of which the name or description of exactly one of its items holds,
 * is that item; the words join its span. The kind stays its candidates: a correction can
 * pick another of it. */
static void read_kind_with(const struct order_reader *rd, const char *text,
                           const struct order_token *tokens, size_t c, size_t first,
                           struct order_reading *rg)
{
    if (!ORDER_CUES_ANY(&rg->cues, "with", "w", "has", "have"))
        return;
    enum { WITH_WORDS_MAX = 3 };
    size_t end = rg->clauses[c].end;
    for (size_t s = first; s < rg->n_things; s++) {
        struct order_thing *th = &rg->things[s];
        size_t w = read_kind_with_at(text, tokens, th->end, end);
        /* after "has" no change's zone kept the words from being read as dishes ("cream
         * cheese"): read as the description, they are no dishes */
        bool having = w > 0 && (order_tok_is(text, tokens, w, end, "has") ||
                                order_tok_is(text, tokens, w, end, "have"));
        bool picked = th->item >= 0 && order_item_set_count(&th->candidates) < 2;
        if (!th->is_span || picked || !order_read_token_head(rd, rg, th->end - 1U) || w == 0)
            continue;
        size_t b = w + 1U;
        if (order_tok_is(text, tokens, b, end, "the") || order_tok_is(text, tokens, b, end, "a"))
            b++;
        size_t e = b;
        while (e < end && e < b + WITH_WORDS_MAX && tokens[e].kind == ORDER_TOKEN_WORD &&
               (rg->roles[e] == ORDER_ROLE_NONE ||
                (having &&
                 (rg->roles[e] == ORDER_ROLE_ITEM || rg->roles[e] == ORDER_ROLE_LEFTOVER))) &&
               !order_tok_is(text, tokens, e, end, "and") &&
               read_in_it(text, tokens, e, end) == 0 &&
               !order_time_before_now_at(text, tokens, e, end))
            e++;
        size_t in_it = read_in_it(text, tokens, e, end);
        struct order_item_set found;
        /* "the fries with salt": a kind that already reads as one item takes a change, not
         * another item, from one word */
        size_t min = th->item >= 0 ? 2U : read_with_words_min(text, tokens, th);
        /* "a burrito with fries in it": what is in it describes the dish, it asks no change
         * ("a salad with kale" may) */
        if (th->item < 0 && e == b + 1U && in_it > 0)
            min = 1U;
        if (e < b + min ||
            read_taken_back(text, tokens, e + in_it, rg->clauses[rg->n_clauses - 1U].end) ||
            !read_description_ends(rd, text, tokens, rg, e + in_it, end) ||
            order_read_described_candidates(rd, text, tokens, b, e, &th->candidates, &found) != 1)
            continue;
        e += in_it;
        if (having)
            read_drop_described(rg, c, th->end, e);
        th->item = order_item_set_next(&found, 0);
        memset(rg->roles + th->end, ORDER_ROLE_ITEM, e - th->end);
        memset(rg->mod_zone + th->end, false, e - th->end);
        th->end = (uint16_t)e;
    }
}

/* "one cheeseburger and a salad on the side": a kind of several dishes after "a" (a dish of
 * its own; "and cheese on the side" is a change), then "on the side", is the one dish of the
 * kind the menu lists among its sides; the words join its span. */
static void read_kind_on_the_side(const struct order_reader *rd, const char *text,
                                  const struct order_token *tokens, size_t c, size_t first,
                                  struct order_reading *rg)
{
    if (!ORDER_CUES_ANY(&rg->cues, "side"))
        return;
    const struct menu *menu = rd->lex->menu;
    size_t end = rg->clauses[c].end;
    for (size_t s = first; s < rg->n_things; s++) {
        struct order_thing *th = &rg->things[s];
        size_t p = th->end;
        if (!th->is_span || th->item >= 0 || th->begin == 0 ||
            !(order_tok_is(text, tokens, th->begin - 1U, end, "a") ||
              order_tok_is(text, tokens, th->begin - 1U, end, "an")) ||
            !order_tok_is(text, tokens, p, end, "on") ||
            !order_tok_is(text, tokens, p + 1U, end, "the") ||
            !order_tok_is(text, tokens, p + 2U, end, "side"))
            continue;
        int32_t side = -1;
        size_t n = 0;
        for (int32_t i = order_item_set_next(&th->candidates, 0); i >= 0;
             i = order_item_set_next(&th->candidates, (size_t)i + 1))
            if (strncasecmp(menu->items[i].section, "side", 4) == 0) {
                side = i;
                n++;
            }
        if (n != 1)
            continue;
        order_thing_pin(th, side);
        memset(rg->roles + p, ORDER_ROLE_ITEM, 3);
        th->end = (uint16_t)(p + 3U);
    }
}

/* "beef burger med rare": a word of a name that ends none, alone right after a dish and right
 * before a modifier's lead ("rare", "extra", "no"), is a word of that modifier, not a second
 * dish ("med" of the alias "med salad"). */
static void read_drop_describing_spans(const struct order_reader *rd, const char *text,
                                       const struct order_token *tokens, size_t c, size_t first,
                                       struct order_reading *rg)
{
    struct order_clause *cl = &rg->clauses[c];
    for (size_t s = first + 1U; s < rg->n_things; s++) {
        const struct order_thing *a = &rg->things[s - 1U], *b = &rg->things[s];
        if (!a->is_span || !b->is_span || a->item < 0 || b->begin != a->end ||
            b->end != b->begin + 1U || b->end >= cl->end ||
            order_read_token_head(rd, rg, b->begin) ||
            order_patterns_longest(&rd->u->modifier_starts, text, tokens, b->end, cl->end, NULL) ==
                0)
            continue;
        rg->roles[b->begin] = ORDER_ROLE_NONE;
        order_reading_drop_thing(rg, s--);
    }
}

/* "the power went out": one word of a name that ends none and names no food, after a
 * determiner and right before a verb told in the past, is the subject of a story, not a dish
 * asked for (a food, "the chips were stale", is still the dish told of). */
static void read_drop_told_subject(const struct order_reader *rd, const char *text,
                                   const struct order_token *tokens, size_t c, size_t first,
                                   struct order_reading *rg)
{
    if (!ORDER_CUES_ANY(&rg->cues, "went", "was", "were", "came", "died", "broke") ||
        !ORDER_CUES_ANY(&rg->cues, "the", "my", "our", "your", "his", "her"))
        return;
    static const char *const determiners[] = {"the", "my", "our", "your", "his", "her"};
    static const char *const told[] = {"went", "was", "were", "came", "died", "broke"};
    struct order_clause *cl = &rg->clauses[c];
    for (size_t s = first; s < rg->n_things; s++) {
        const struct order_thing *th = &rg->things[s];
        if (!th->is_span || th->end != th->begin + 1U || th->begin == cl->begin ||
            th->qty_explicit ||
            !order_tok_in(text, tokens, th->end, cl->end, told, ORDER_WORDS_N(told)) ||
            !order_tok_in(text, tokens, th->begin - 1U, cl->end, determiners,
                          ORDER_WORDS_N(determiners)) ||
            order_read_token_head(rd, rg, th->begin) ||
            order_food_word(rd->food, text + tokens[th->begin].off, tokens[th->begin].len))
            continue;
        rg->roles[th->begin] = ORDER_ROLE_FILLER;
        order_reading_drop_thing(rg, s--);
    }
}

/* "Jake: chicken burger": a word read as a dish only through a typo ("jake" near "cake"),
 * opening its clause before a colon, heads the line for whom the dishes after it are; a
 * name, no dish. A whole name heading a line ("Cake: ...") keeps its reading. A dash does
 * the colon's work at the start of a line ("Carlos - a cheeseburger"). */
static void read_drop_typo_heading(const char *text, const struct order_token *tokens, size_t c,
                                   size_t first, struct order_reading *rg)
{
    struct order_clause *cl = &rg->clauses[c];
    for (size_t s = first; s < rg->n_things; s++) {
        const struct order_thing *th = &rg->things[s];
        size_t w = th->begin;
        if (!th->is_span || w != cl->begin || th->end != w + 1U || th->end >= cl->end ||
            tokens[th->end].kind != ORDER_TOKEN_PUNCT || rg->n_hits[w] == 0)
            continue;
        bool line_start = order_token_opens_line(text, tokens, w);
        /* after a dash, a dish of its own must follow: "brwnie - 2 pls" counts the dish */
        bool dish_after = s + 1U < rg->n_things && rg->things[s + 1U].clause == c &&
                          rg->things[s + 1U].is_span && rg->things[s + 1U].begin <= th->end + 2U;
        if (tokens[th->end].punct != ':' &&
            !(tokens[th->end].punct == '-' && line_start && dish_after))
            continue;
        bool typo = true;
        for (size_t h = 0; h < rg->n_hits[w] && typo; h++)
            typo = rg->hits[w][h].edits > 0;
        if (!typo)
            continue;
        rg->roles[w] = ORDER_ROLE_FILLER;
        order_reading_drop_thing(rg, s--);
    }
}

/* Thing s takes in thing s + 1 (its tokens up to b's end) as one dish of the set one, or
 * one off-menu dish when one is NULL; s + 1 is gone. */
static void context_join_next(const char *text, const struct order_token *tokens,
                              struct order_reading *rg, size_t s, const struct order_item_set *one)
{
    struct order_thing *a = &rg->things[s], *b = &rg->things[s + 1];
    a->end = b->end;
    if (one) {
        a->candidates = *one;
        a->item = order_item_set_next(one, 0);
    }
    a->phrase_len =
        (uint16_t)order_words_join(text, tokens, a->begin, a->end, a->phrase, sizeof(a->phrase));
    order_reading_drop_thing(rg, s + 1);
}

/* "tacos de asada": a kind of dish, "de" and a span, written in the Spanish (or French) order
 * of a name, are the one item both fit; joined, the count before the kind counts it. So are
 * "of" and a filling several dishes share ("a burrito of carnitas"). */
static void read_join_kind_de(const struct order_reader *rd, const char *text,
                              const struct order_token *tokens, size_t c, size_t first,
                              struct order_reading *rg)
{
    if (!ORDER_CUES_ANY(&rg->cues, "of", "de"))
        return;
    struct order_clause *cl = &rg->clauses[c];
    for (size_t s = first; s + 1 < rg->n_things; s++) {
        struct order_thing *a = &rg->things[s], *b = &rg->things[s + 1];
        /* "a burrito of carnitas": English "of" in the same order, before a filling several
         * dishes share, not a dish's whole name ("a bowl of guac") */
        bool of = b->item < 0 && order_tok_is(text, tokens, a->end, cl->end, "of");
        if (!a->is_span || !b->is_span || a->item >= 0 || b->begin != a->end + 1U ||
            !(of || order_tok_is(text, tokens, a->end, cl->end, "de")))
            continue;
        struct order_item_set both = a->candidates;
        order_item_set_and(&both, &b->candidates);
        if (order_item_set_count(&both) == 0 && order_read_kind_de_whole(rd, rg, a, b)) {
            struct order_item_set named = b->candidates; /* "aguas de horchata" */
            memset(rg->roles + a->end, ORDER_ROLE_ITEM, b->end - a->end);
            context_join_next(text, tokens, rg, s, &named);
            continue;
        }
        if (order_item_set_count(&both) == 0) {
            /* "tacos de pollo" with no chicken taco: one dish, one the menu lacks */
            a->is_span = false;
            a->leftover_kind = ORDER_LEFTOVER_FOOD;
            memset(rg->roles + a->begin, ORDER_ROLE_LEFTOVER, b->end - a->begin);
            context_join_next(text, tokens, rg, s, NULL);
            continue;
        }
        if (order_item_set_count(&both) != 1)
            continue;
        memset(rg->roles + a->end, ORDER_ROLE_ITEM, b->end - a->end);
        context_join_next(text, tokens, rg, s, &both);
    }
}

/* Does token t name a kind of dish: a head of the menu's names ("tacos"), or a word of
 * several names that may name a dish alone and is no English ("agua" of two aguas frescas),
 * a noun of the menu's own language? */
static bool read_kind_word(const struct order_reader *rd, const char *text,
                           const struct order_token *tokens, const struct order_reading *rg,
                           size_t t)
{
    if (order_read_token_head(rd, rg, t))
        return true;
    return rg->n_hits[t] == 1 && rg->hits[t][0].n_words == 1 && rg->hits[t][0].edits == 0 &&
           rd->lex->words[rg->hits[t][0].words[0]].anchor &&
           !order_dictionary_has(rd->dict, text + tokens[t].off, tokens[t].len);
}

/* "tacos de lengua", "crepes de jambon", "agua de pepino": a kind of dish, "de" and a word
 * that neither the menu nor English knows, is a dish of that kind the menu lacks, named in
 * its own language; the kind is not asked back. */
static void read_kind_de_unknown(const struct order_reader *rd, const char *text,
                                 const struct order_token *tokens, size_t c, size_t first,
                                 struct order_reading *rg)
{
    if (!ORDER_CUES_ANY(&rg->cues, "de"))
        return;
    size_t end = rg->clauses[c].end;
    for (size_t s = first; s < rg->n_things; s++) {
        struct order_thing *th = &rg->things[s];
        size_t w = th->end + 1U;
        if (!th->is_span || th->item >= 0 || order_item_set_count(&th->candidates) < 2 ||
            !read_kind_word(rd, text, tokens, rg, th->end - 1U) ||
            !order_tok_is(text, tokens, th->end, end, "de") || w >= end ||
            tokens[w].kind != ORDER_TOKEN_WORD || rg->roles[w] != ORDER_ROLE_NONE ||
            rg->n_hits[w] > 0 || tokens[w].len < 3 ||
            order_dictionary_has(rd->dict, text + tokens[w].off, tokens[w].len))
            continue;
        int32_t v;
        if (order_read_number(rd->u, text, tokens, w, w + 1U, &v) > 0)
            continue;
        th->is_span = false;
        th->leftover_kind = ORDER_LEFTOVER_FOOD;
        th->end = (uint16_t)(w + 1U);
        th->phrase_len = (uint16_t)order_words_join(text, tokens, th->begin, th->end, th->phrase,
                                                    sizeof(th->phrase));
        memset(rg->roles + th->begin, ORDER_ROLE_LEFTOVER, th->end - th->begin);
    }
}

/* "a tamal de pollo", "tamal de rajas": a word neither the menu nor English knows, "de" and a
 * span name a dish the menu lacks in its own language, the span its filling, not the menu's
 * dish. */
static void read_foreign_de_span(const struct order_reader *rd, const char *text,
                                 const struct order_token *tokens, size_t c, size_t first,
                                 struct order_reading *rg)
{
    if (!ORDER_CUES_ANY(&rg->cues, "de"))
        return;
    enum { FOREIGN_DISH_MIN = 4 };
    size_t b = rg->clauses[c].begin;
    for (size_t s = first; s < rg->n_things; s++) {
        struct order_thing *th = &rg->things[s];
        size_t w = th->begin - 2U;
        if (!th->is_span || th->begin < b + 2U ||
            !order_tok_is(text, tokens, th->begin - 1U, th->begin, "de") ||
            tokens[w].kind != ORDER_TOKEN_WORD || tokens[w].len < FOREIGN_DISH_MIN ||
            rg->roles[w] != ORDER_ROLE_NONE || rg->roles[w + 1U] != ORDER_ROLE_NONE ||
            rg->n_hits[w] > 0 || rg->mod_zone[w] ||
            order_dictionary_has(rd->dict, text + tokens[w].off, tokens[w].len))
            continue;
        int32_t v;
        if (order_read_number(rd->u, text, tokens, w, w + 1U, &v) > 0)
            continue;
        th->is_span = false;
        th->leftover_kind = ORDER_LEFTOVER_FOOD;
        th->item = -1;
        th->begin = (uint16_t)w;
        th->phrase_len = (uint16_t)order_words_join(text, tokens, th->begin, th->end, th->phrase,
                                                    sizeof(th->phrase));
        memset(rg->roles + th->begin, ORDER_ROLE_LEFTOVER, th->end - th->begin);
    }
}

/* Where span a's describing words end: before "thing" / "one" / "stuff" ending it or right
 * after it ("the chicken thing in a bowl"), at *words_end; returns the token after the noun,
 * or 0 when there is none. */
static size_t read_thing_noun_end(const char *text, const struct order_token *tokens,
                                  const struct order_thing *a, size_t end, size_t *words_end)
{
    static const char *const nouns[] = {"thing", "one", "stuff"};
    if (a->end > a->begin + 1U &&
        order_tok_in(text, tokens, a->end - 1U, end, nouns, ORDER_WORDS_N(nouns))) {
        *words_end = a->end - 1U;
        return a->end;
    }
    *words_end = a->end;
    return order_tok_in(text, tokens, a->end, end, nouns, ORDER_WORDS_N(nouns)) ? a->end + 1U : 0U;
}

/* Where the kind starts after "thing"/"one" at p in "whatever the chicken one is, burrito":
 * "is", then a comma or a dash; 0 when no such clause closes it. Without "is" the comma may
 * list two things ("the chicken one, fries"). */
static size_t read_thing_then_kind(const char *text, const struct order_token *tokens, size_t p,
                                   size_t end)
{
    if (!order_tok_is(text, tokens, p, end, "is"))
        return 0U;
    p++;
    return p < end && tokens[p].kind == ORDER_TOKEN_PUNCT &&
                   (tokens[p].punct == ',' || tokens[p].punct == '-')
               ? p + 1U
               : 0U;
}

/* "whatever the chicken thing in a bowl is": words, "thing" (or "one"), "in"/"on" a kind of
 * dish name the one dish of that kind whose name or description holds the words, as "the
 * chicken bowl" would; the two spans become one. "thing" may be left out after words several
 * dishes hold ("the carnitas in a bowl"). The kind may also follow a pause ("whatever the
 * chicken one is, burrito"). */
static void read_thing_in_kind(const struct order_reader *rd, const char *text,
                               const struct order_token *tokens, size_t c, size_t first,
                               struct order_reading *rg)
{
    if (!ORDER_CUES_ANY(&rg->cues, "in", "on", "is"))
        return;
    struct order_clause *cl = &rg->clauses[c];
    for (size_t s = first; s + 1 < rg->n_things; s++) {
        struct order_thing *a = &rg->things[s], *b = &rg->things[s + 1];
        size_t words_end, p = read_thing_noun_end(text, tokens, a, cl->end, &words_end);
        size_t paused = p > 0 ? read_thing_then_kind(text, tokens, p, cl->end) : 0U;
        if (p == 0 && a->item < 0)
            p = a->end; /* "the carnitas in a bowl": a word several dishes hold */
        if (!a->is_span || !b->is_span || p == 0 || words_end <= a->begin ||
            !(paused > 0 || order_tok_is(text, tokens, p, cl->end, "in") ||
              order_tok_is(text, tokens, p, cl->end, "on")))
            continue;
        p = paused > 0 ? paused : p + 1U;
        if (order_tok_is(text, tokens, p, cl->end, "a") ||
            order_tok_is(text, tokens, p, cl->end, "the"))
            p++;
        struct order_item_set found;
        if (b->begin != p || order_item_set_count(&b->candidates) < 2 ||
            !order_read_token_head(rd, rg, b->end - 1U) ||
            order_read_described_candidates(rd, text, tokens, a->begin, words_end, &b->candidates,
                                            &found) != 1)
            continue;
        memset(rg->roles + a->begin, ORDER_ROLE_ITEM, b->end - a->begin);
        memset(rg->mod_zone + a->begin, false, b->end - a->begin);
        context_join_next(text, tokens, rg, s, &found);
    }
}

/* Do tokens a and b read as one vocabulary word ("fries" ... "fries")? */
static bool read_same_word(const struct order_reading *rg, size_t a, size_t b)
{
    for (size_t i = 0; i < rg->n_hits[a]; i++)
        for (size_t j = 0; j < rg->n_hits[b]; j++) {
            const struct order_lex_hit *x = &rg->hits[a][i], *y = &rg->hits[b][j];
            if (x->words[x->n_words - 1U] == y->words[y->n_words - 1U])
                return true;
        }
    return false;
}

/* "the burger with the cheese you grill, halloumi": a kind may be described in words of the
 * speaker's own before the name that picks it comes to mind; the pick after the pause is the
 * same dish, not a second one. Where a description after "with" (no change: no word of a
 * change's lead, no count) runs up to a comma or a dash, the token of that mark; else the end
 * of thing th. */
static size_t read_kind_described_to(const struct order_reader *rd, const char *text,
                                     const struct order_token *tokens,
                                     const struct order_reading *rg, const struct order_thing *th,
                                     size_t end)
{
    if (!ORDER_CUES_ANY(&rg->cues, "with", "w"))
        return th->end;
    enum { DESCRIBED_WORDS_MAX = 6 };
    size_t w = th->end;
    if (!(order_tok_is(text, tokens, w, end, "with") || order_tok_is(text, tokens, w, end, "w")))
        return th->end;
    size_t e = w + 1U;
    while (e < end && e <= w + DESCRIBED_WORDS_MAX && tokens[e].kind == ORDER_TOKEN_WORD &&
           rg->roles[e] == ORDER_ROLE_NONE && !order_tok_is(text, tokens, e, end, "and")) {
        /* "a burger with extra cheese, halloumi": a change is no description */
        if (order_patterns_longest(&rd->u->modifier_starts, text, tokens, e, end, NULL) > 0 ||
            order_patterns_longest(&rd->u->modifiers, text, tokens, e, end, NULL) > 0)
            return th->end;
        e++;
    }
    bool paused = e > w + 1U && e < end && tokens[e].kind == ORDER_TOKEN_PUNCT &&
                  (tokens[e].punct == ',' || tokens[e].punct == '-');
    return paused ? e : th->end;
}

/* "1 bowl, carnitas.", "smoothie - mango", "fries - sweet potato": a bare kind of dish (one
 * word that ends names), then a comma or a dash and words that end the clause, hold a menu
 * word and not the kind's word again, and that the name or description of exactly one of its
 * items holds, is that item; the words join its span. "fries, sweet potato fries" lists two. */
static void read_kind_then_pick(const struct order_reader *rd, const char *text,
                                const struct order_token *tokens, size_t c, size_t first,
                                struct order_reading *rg)
{
    enum { PICK_WORDS_MAX = 3 };
    struct order_clause *cl = &rg->clauses[c];
    size_t end = cl->end;
    for (size_t s = first; s < rg->n_things; s++) {
        struct order_thing *th = &rg->things[s];
        size_t sep = read_kind_described_to(rd, text, tokens, rg, th, end);
        if (!th->is_span || th->end != th->begin + 1U ||
            order_item_set_count(&th->candidates) < 2 ||
            !order_read_token_head(rd, rg, th->begin) || sep >= end ||
            tokens[sep].kind != ORDER_TOKEN_PUNCT ||
            (tokens[sep].punct != ',' && tokens[sep].punct != '-'))
            continue;
        size_t b = sep + 1U, e = b;
        bool menu = false, again = false;
        while (e < end && e < b + PICK_WORDS_MAX && tokens[e].kind == ORDER_TOKEN_WORD &&
               (rg->roles[e] == ORDER_ROLE_NONE || rg->roles[e] == ORDER_ROLE_ITEM)) {
            menu = menu || rg->n_hits[e] > 0;
            again = again || read_same_word(rg, th->begin, e);
            e++;
        }
        bool ends = e == end || (tokens[e].kind == ORDER_TOKEN_PUNCT && tokens[e].punct != '&' &&
                                 tokens[e].punct != '/' && tokens[e].punct != '+');
        /* "one wrap - the vegan one": the words between a pointing "the" and "one" pick */
        size_t pb = b + (e > b + 2U && order_tok_is(text, tokens, b, end, "the") &&
                         order_tok_is(text, tokens, e - 1U, end, "one"));
        size_t pe = pb > b ? e - 1U : e;
        struct order_item_set found;
        if (e == b || !menu || again || !ends ||
            order_read_described_candidates(rd, text, tokens, pb, pe, &th->candidates, &found) != 1)
            continue;
        /* the spans read in the words are the kind's now */
        size_t x = s + 1U;
        while (x < rg->n_things && rg->things[x].begin < e)
            x++;
        if (x > s + 1U && rg->things[x - 1U].end > e)
            continue;
        /* "a burger, fries": a span in the words that names a dish of another kind is that
         * dish, not a pick of the kind's */
        bool other = false;
        for (size_t y = s + 1U; y < x; y++)
            other = other || (rg->things[y].is_span && rg->things[y].item >= 0 &&
                              !order_item_set_has(&th->candidates, (size_t)rg->things[y].item));
        if (other)
            continue;
        size_t gone = x - (s + 1U);
        memmove(rg->things + s + 1U, rg->things + x, (rg->n_things - x) * sizeof(*th));
        rg->n_things -= gone;
        cl->n_spans -= gone;
        memset(rg->roles + th->end, ORDER_ROLE_ITEM, e - th->end);
        memset(rg->mod_zone + th->end, false, e - th->end);
        th->end = (uint16_t)e;
        th->candidates = found;
        th->item = order_item_set_next(&found, 0);
        th->phrase_len = (uint16_t)order_words_join(text, tokens, th->begin, th->end, th->phrase,
                                                    sizeof(th->phrase));
    }
}

/* The words of a description after "with" at token w: [*b, return), an article skipped, at
 * most three words no role holds, up to "and"; *b == return when none. */
static size_t read_with_words(const char *text, const struct order_token *tokens,
                              const struct order_reading *rg, size_t w, size_t end, size_t *b)
{
    enum { WITH_WORDS_MAX = 3 };
    *b = w + 1U;
    if (order_tok_is(text, tokens, *b, end, "the") || order_tok_is(text, tokens, *b, end, "a"))
        (*b)++;
    size_t e = *b;
    while (e < end && e < *b + WITH_WORDS_MAX && tokens[e].kind == ORDER_TOKEN_WORD &&
           (rg->roles[e] == ORDER_ROLE_NONE || rg->roles[e] == ORDER_ROLE_ITEM) &&
           !order_tok_is(text, tokens, e, end, "and") && !order_tok_is(text, tokens, e, end, "too"))
        e++;
    return e;
}

/* "the one with the black bean patty": "one" (or "thing") after "the" / "that", of no kind,
 * points at a dish of the whole menu. */
static bool read_pointed_one(const char *text, const struct order_token *tokens, size_t i,
                             size_t end)
{
    return i > 0 &&
           (order_tok_is(text, tokens, i, end, "one") ||
            order_tok_is(text, tokens, i, end, "thing")) &&
           (order_tok_is(text, tokens, i - 1U, end, "the") ||
            order_tok_is(text, tokens, i - 1U, end, "that"));
}

/* Where "with" is after the dish pointed at by token i: "one with", or "the thing that comes
 * with" (said of what a dish is served with, so one word of it is enough); 0 when none. */
static size_t read_one_with_at(const char *text, const struct order_token *tokens, size_t i,
                               size_t end)
{
    bool one =
        order_tok_is(text, tokens, i, end, "one") || order_tok_is(text, tokens, i, end, "another");
    if (one && order_tok_is(text, tokens, i + 1U, end, "with"))
        return i + 1U;
    bool comes = (order_tok_is(text, tokens, i + 1U, end, "that") ||
                  order_tok_is(text, tokens, i + 1U, end, "which")) &&
                 (order_tok_is(text, tokens, i + 2U, end, "comes") ||
                  order_tok_is(text, tokens, i + 2U, end, "come")) &&
                 order_tok_is(text, tokens, i + 3U, end, "with");
    return comes && read_pointed_one(text, tokens, i, end) ? i + 3U : 0U;
}

/* "one horchata and one with hibiscus": "and one with" after one dish counted once (no part
 * of it to take) may name another dish by what is in it. */
static bool read_one_more_dish(const char *text, const struct order_token *tokens,
                               const struct order_thing *kind, size_t i, size_t end)
{
    return kind && kind->item >= 0 && kind->qty == 1 && i > kind->end &&
           order_tok_is(text, tokens, i, end, "one") &&
           (order_tok_is(text, tokens, i - 1U, end, "and") ||
            (tokens[i - 1U].kind == ORDER_TOKEN_PUNCT && tokens[i - 1U].punct == ','));
}

/* "that burger with the pulled jackfruit and one with the bean patty": "one" (or "another")
 * and "with" a description, after a kind of dish, is the one item of that kind the words
 * describe; a dish of its own. */
static void read_one_with(const struct order_reader *rd, const char *text,
                          const struct order_token *tokens, size_t c, size_t first,
                          struct order_reading *rg)
{
    if (!ORDER_CUES_ANY(&rg->cues, "with") || !ORDER_CUES_ANY(&rg->cues, "one", "another", "thing"))
        return;
    enum { WITH_WORDS_MIN = 2 };
    const struct order_clause *cl = &rg->clauses[c];
    for (size_t i = cl->begin + 1U; i + 1U < cl->end; i++) {
        size_t w = read_one_with_at(text, tokens, i, cl->end);
        if (rg->roles[i] != ORDER_ROLE_NONE || rg->mod_zone[i] || w == 0)
            continue;
        const struct order_thing *kind = NULL;
        for (size_t s = first; s < rg->n_things; s++)
            if (rg->things[s].is_span && rg->things[s].end <= i)
                kind = &rg->things[s];
        struct order_item_set kinds;
        bool other = false; /* another dish than the one counted once before it */
        if (kind && order_item_set_count(&kind->candidates) >= 2) {
            kinds = kind->candidates;
        } else if (read_pointed_one(text, tokens, i, cl->end) ||
                   (other = read_one_more_dish(text, tokens, kind, i, cl->end))) {
            order_item_set_fill(&kinds, rd->lex->menu->count);
        } else {
            continue;
        }
        size_t b, e = read_with_words(text, tokens, rg, w, cl->end, &b);
        struct order_item_set found;
        if (e < b + (w > i + 1U || other ? 1U : WITH_WORDS_MIN) ||
            !read_description_ends(rd, text, tokens, rg, e, cl->end) ||
            order_read_described_candidates(rd, text, tokens, b, e, &kinds, &found) != 1 ||
            (other && order_item_set_has(&found, (size_t)kind->item)))
            continue;
        order_reading_drop_things(rg, c, i, e); /* "bean" among the words: no dish */
        struct order_thing *th = order_reading_add_thing(rg, c, i, e);
        if (!th)
            return;
        th->is_span = true;
        th->candidates = kinds;
        th->item = order_item_set_next(&found, 0);
        th->phrase_len =
            (uint16_t)order_words_join(text, tokens, i, e, th->phrase, sizeof(th->phrase));
        memset(rg->roles + i, ORDER_ROLE_ITEM, e - i);
        memset(rg->mod_zone + i, false, e - i);
        rg->clauses[c].n_spans++;
        order_reading_sort_things(rg);
        i = e - 1U;
    }
}

/* "the burger that's a big grilled mushroom with bbq sauce": a kind that several dishes are
 * (a head word), then a relative pronoun and, before any punctuation, a span naming one of
 * them is that dish, named once: the kind takes the span's item and reaches its end. */
static void read_kind_then_relative(const struct order_reader *rd, const char *text,
                                    const struct order_token *tokens, size_t c, size_t first,
                                    struct order_reading *rg)
{
    if (!ORDER_CUES_ANY(&rg->cues, "that", "thats", "which", "whats"))
        return;
    enum { RELATIVE_WORDS_MAX = 6 };
    static const char *const relatives[] = {"that", "thats", "which", "whats"};
    size_t end = rg->clauses[c].end;
    for (size_t s = first; s + 1U < rg->n_things; s++) {
        struct order_thing *th = &rg->things[s], *y = &rg->things[s + 1U];
        if (!th->is_span || th->item >= 0 || th->end != th->begin + 1U ||
            order_item_set_count(&th->candidates) < 2 ||
            !order_read_token_head(rd, rg, th->begin) ||
            !order_tok_in(text, tokens, th->end, end, relatives, ORDER_WORDS_N(relatives)) ||
            !y->is_span || y->item < 0 || y->clause != th->clause ||
            y->begin > th->end + RELATIVE_WORDS_MAX ||
            !order_item_set_has(&th->candidates, (size_t)y->item))
            continue;
        bool apart = false;
        for (size_t t = th->end; t < y->begin && !apart; t++)
            apart = tokens[t].kind != ORDER_TOKEN_WORD;
        if (apart)
            continue;
        th->item = y->item;
        th->candidates = y->candidates;
        memset(rg->roles + th->end, ORDER_ROLE_ITEM, y->end - th->end);
        memset(rg->mod_zone + th->end, false, y->end - th->end);
        th->end = y->end;
        memmove(y, y + 1, (rg->n_things - s - 2U) * sizeof(*th));
        rg->n_things--;
        rg->clauses[c].n_spans--;
    }
}

/* The first food at or after token w, before any punctuation or menu word and within max
 * words, that no candidate of th holds in its name or description; 0 when none. */
static size_t read_food_none_hold(const struct order_reader *rd, const char *text,
                                  const struct order_token *tokens, const struct order_reading *rg,
                                  const struct order_thing *th, size_t w, size_t end, size_t max)
{
    for (size_t t = w; t < end && t < w + max; t++) {
        if (tokens[t].kind != ORDER_TOKEN_WORD || rg->roles[t] != ORDER_ROLE_NONE ||
            rg->n_hits[t] > 0)
            return 0;
        struct order_item_set found;
        if (order_food_word(rd->food, text + tokens[t].off, tokens[t].len) &&
            order_read_described_candidates(rd, text, tokens, t, t + 1U, &th->candidates, &found) ==
                0)
            return t;
    }
    return 0;
}

/* "i want the burger that has the pineapple on it", "a burrito bowl with shrimp": a kind
 * several items are, then a relative pronoun and, before any punctuation or menu word, a
 * food that no item of the kind holds in its name or description, is a dish the menu lacks
 * ("pineapple burger", "shrimp burrito bowl"), not a kind to pick from. After "with" ("w",
 * "w/") the food comes first (an article aside), as a dish is named by its filling; "a bowl
 * with extra shrimp" changes a bowl. */
static void read_kind_then_unknown_food(const struct order_reader *rd, const char *text,
                                        const struct order_token *tokens, size_t c, size_t first,
                                        struct order_reading *rg)
{
    if (!ORDER_CUES_ANY(&rg->cues, "that", "thats", "which", "whats", "with", "w"))
        return;
    enum { RELATIVE_WORDS_MAX = 6 };
    static const char *const relatives[] = {"that", "thats", "which", "whats"};
    static const char *const articles[] = {"the", "a", "some"};
    size_t end = rg->clauses[c].end;
    for (size_t s = first; s < rg->n_things; s++) {
        struct order_thing *th = &rg->things[s];
        if (!th->is_span || th->item >= 0 || order_item_set_count(&th->candidates) < 2 ||
            !order_read_token_head(rd, rg, th->end - 1U))
            continue;
        size_t food = 0;
        if (th->end == th->begin + 1U &&
            order_tok_in(text, tokens, th->end, end, relatives, ORDER_WORDS_N(relatives)))
            food = read_food_none_hold(rd, text, tokens, rg, th, th->end + 1U, end,
                                       RELATIVE_WORDS_MAX);
        else if (order_tok_is(text, tokens, th->end, end, "with") ||
                 order_tok_is(text, tokens, th->end, end, "w")) {
            size_t w = th->end + 1U; /* "w" is "with" texted, "w/" too */
            if (w < end && tokens[w].kind == ORDER_TOKEN_PUNCT && tokens[w].punct == '/' &&
                order_tok_is(text, tokens, th->end, end, "w"))
                w++;
            if (order_tok_in(text, tokens, w, end, articles, ORDER_WORDS_N(articles)))
                w++;
            food = read_food_none_hold(rd, text, tokens, rg, th, w, end, 1);
        }
        if (!food)
            continue;
        size_t kind =
            (size_t)(tokens[th->end - 1U].off + tokens[th->end - 1U].len) - tokens[th->begin].off;
        int n = snprintf(th->phrase, sizeof(th->phrase), "%.*s %.*s", (int)tokens[food].len,
                         text + tokens[food].off, (int)kind, text + tokens[th->begin].off);
        if (n <= 0 || (size_t)n >= sizeof(th->phrase))
            continue;
        th->phrase_len = (uint16_t)n;
        th->is_span = false;
        th->leftover_kind = ORDER_LEFTOVER_FOOD;
        memset(rg->roles + th->begin, ORDER_ROLE_LEFTOVER, food + 1U - th->begin);
        th->end = (uint16_t)(food + 1U);
    }
}

void order_read_span_context(const struct order_reader *rd, const char *text,
                             const struct order_token *tokens, size_t c, size_t first,
                             struct order_reading *rg)
{
    read_join_kind_de(rd, text, tokens, c, first, rg);
    read_kind_de_unknown(rd, text, tokens, c, first, rg);
    read_foreign_de_span(rd, text, tokens, c, first, rg);
    read_thing_in_kind(rd, text, tokens, c, first, rg);
    read_drop_describing_spans(rd, text, tokens, c, first, rg);
    read_drop_told_subject(rd, text, tokens, c, first, rg);
    read_drop_typo_heading(text, tokens, c, first, rg);
    order_read_counted_doneness(rd, text, tokens, first, rg);
    read_kind_with(rd, text, tokens, c, first, rg);
    read_kind_on_the_side(rd, text, tokens, c, first, rg);
    read_kind_then_pick(rd, text, tokens, c, first, rg);
    read_kind_then_relative(rd, text, tokens, c, first, rg);
    read_kind_then_unknown_food(rd, text, tokens, c, first, rg);
    read_one_with(rd, text, tokens, c, first, rg);
    order_read_change_spans(rd, text, tokens, c, first, rg);
}
