/* free_choice_quality.c — "something vegan for my gf", "smth gluten free", "something
 * spicy": a pronoun of free choice described by a diet or by how a dish tastes leaves the
 * dish open. It is no dish the menu lacks (the restaurant declines nothing) and no word to
 * drop: a person asks which one is meant, among the dishes the menu claims of that diet
 * where there are some; unless a colon after it lists the dishes that answer it. */
#include <string.h>

#include "gateway/order/diet_claims.h"
#include "gateway/order/dictionary.h"
#include "gateway/order/food.h"
#include "gateway/order/reading.h"

/* Adjectives that compare with or judge something else, not how a dish is ("something
 * different", "something wrong with my order"). */
static const char *const free_choice_unrelated[] = {
    "different", "wrong", "similar", "same", "new",   "other", "extra",
    "weird",     "off",   "like",    "more", "else",  "odd",   "strange",
    "missing",   "funny", "special", "nice", "whole", "real",  "important"};

/* The diet cue at t, its tokens (0 when none) and its diet in *diet. */
static size_t quality_diet_at(const struct order_reader *rd, const char *text,
                              const struct order_token *tokens, size_t t, size_t e, size_t *diet)
{
    size_t which = 0;
    size_t n = order_patterns_longest(&rd->u->diet_cues, text, tokens, t, e, &which);
    if (n > 0)
        *diet = (size_t)rd->u->diet_cues.items[which].value;
    return n;
}

/* Is token t an adjective of how a dish is, no food and no menu word ("spicy", "light")? */
static bool quality_adjective_at(const struct order_reader *rd, const char *text,
                                 const struct order_token *tokens, const struct order_reading *rg,
                                 size_t t, size_t e)
{
    const struct order_token *k = &tokens[t];
    return k->kind == ORDER_TOKEN_WORD && rg->n_hits[t] == 0 &&
           order_dictionary_has(rd->lex->adjectives, text + k->off, k->len) &&
           !order_food_word(rd->food, text + k->off, k->len) &&
           !order_tok_in(text, tokens, t, e, free_choice_unrelated,
                         ORDER_WORDS_N(free_choice_unrelated));
}

/* The end of the description after the pronoun at p: diets and adjectives, joined by "and";
 * p + 1 when none. The diets read are marked in *diets (bit per diet); *other tells whether
 * an adjective that is no diet was read. */
static size_t quality_end(const struct order_reader *rd, const char *text,
                          const struct order_token *tokens, const struct order_reading *rg,
                          size_t p, size_t e, uint32_t *diets, bool *other)
{
    size_t t = p + 1U, end = p + 1U;
    while (t < e) {
        size_t diet = 0, n = quality_diet_at(rd, text, tokens, t, e, &diet);
        if (n > 0) {
            *diets |= 1U << (diet % 32U);
        } else if (quality_adjective_at(rd, text, tokens, rg, t, e)) {
            *other = true;
            n = 1;
        } else {
            break;
        }
        t += n;
        end = t;
        if (!order_tok_is(text, tokens, t, e, "and"))
            break;
        t++; /* "something vegan and filling" */
    }
    return end;
}

/* Do the tokens [b, e) stand free of any dish, count or change read so far, and of any
 * leftover but one that starts at b and ends within e? */
static bool quality_free(const struct order_reading *rg, size_t b, size_t e)
{
    for (size_t k = b; k < e; k++)
        if (rg->roles[k] != ORDER_ROLE_NONE && rg->roles[k] != ORDER_ROLE_FILLER &&
            rg->roles[k] != ORDER_ROLE_LEFTOVER)
            return false;
    for (size_t t = 0; t < rg->n_things; t++) {
        const struct order_thing *th = &rg->things[t];
        if (th->begin < e && th->end > b &&
            (th->is_span || th->past || th->vague || th->begin != b || th->end > e))
            return false;
    }
    return true;
}

/* Is there a leftover of clause c starting at p? */
static bool quality_leftover_at(const struct order_reading *rg, size_t c, size_t p)
{
    for (size_t t = 0; t < rg->n_things; t++)
        if (rg->things[t].clause == c && !rg->things[t].is_span && rg->things[t].begin == p)
            return true;
    return false;
}

/* Does a colon after e in clause c open a list that names a dish ("need something light: 1
 * veggie taco, 1 salad")? Then the dishes answer the wish: nothing to ask back. */
static bool quality_listed_after(const struct order_token *tokens, const struct order_reading *rg,
                                 size_t c, size_t e)
{
    size_t ce = rg->clauses[c].end, colon = e;
    while (colon < ce && !(tokens[colon].kind == ORDER_TOKEN_PUNCT && tokens[colon].punct == ':'))
        colon++;
    for (size_t t = 0; colon < ce && t < rg->n_things; t++) {
        const struct order_thing *th = &rg->things[t];
        if (th->clause == c && th->is_span && !th->past && !th->reference && th->begin > colon)
            return true;
    }
    return false;
}

/* The dishes the menu claims every diet of *diets of. */
static size_t quality_claimed(const struct order_reader *rd, uint32_t diets,
                              struct order_item_set *out)
{
    memset(out, 0, sizeof(*out));
    size_t n = 0;
    const struct menu *menu = rd->lex->menu;
    for (size_t i = 0; i < menu->count && i < ORDER_LEX_SET_WORDS * 64U; i++) {
        bool all = true;
        for (size_t d = 0; d < rd->u->n_diets && all; d++)
            all = !(diets & (1U << (d % 32U))) || order_item_claims_diet(rd->u, &menu->items[i], d);
        if (all) {
            order_item_set_add(out, i);
            n++;
        }
    }
    return n;
}

void order_read_free_choice_quality(const struct order_reader *rd, const char *text,
                                    const struct order_token *tokens, size_t c,
                                    struct order_reading *rg)
{
    if (!ORDER_CUES_ANY(&rg->cues, "something", "smth", "sth"))
        return;
    size_t cb = rg->clauses[c].begin, ce = rg->clauses[c].end;
    for (size_t p = cb; p + 1U < ce; p++) {
        if (!order_read_free_choice(text, tokens, p, ce))
            continue;
        uint32_t diets = 0;
        bool other = false;
        size_t e = quality_end(rd, text, tokens, rg, p, ce, &diets, &other);
        if (e == p + 1U || !quality_free(rg, p, e))
            continue;
        /* a quality alone is a wish that a dish named after it often answers ("husband wants
         * something meaty... lets do one beef burger"): it is asked back only where its words
         * were left over as a dish, never read out of nothing */
        if (other && !quality_leftover_at(rg, c, p))
            continue;
        order_reading_drop_leftovers_in(rg, c, p, e);
        if (quality_listed_after(tokens, rg, c, e)) {
            p = e - 1U;
            continue;
        }
        struct order_item_set claimed;
        if (!other && quality_claimed(rd, diets, &claimed) > 0) {
            struct order_thing *th = order_reading_add_thing(rg, c, p, e);
            if (!th)
                return;
            th->is_span = true;
            th->item = -1; /* named no dish: asked back even where one fits */
            th->candidates = claimed;
            th->score = 1.0f;
            th->phrase_len =
                (uint16_t)order_words_join(text, tokens, p, e, th->phrase, sizeof(th->phrase));
            memset(rg->roles + p, ORDER_ROLE_ITEM, e - p);
            rg->clauses[c].n_spans++;
            order_reading_sort_things(rg);
        } else if (!order_read_add_unreadable(text, tokens, c, p, e, rg)) {
            return;
        }
        for (size_t k = p; k < e; k++)
            rg->mod_zone[k] = false;
        p = e - 1U;
    }
}
