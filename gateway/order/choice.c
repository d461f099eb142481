/* choice.c — two dishes offered as a choice (reading.h): "the tinga burrito... or maybe the
 * pollo asado bowl?" orders one of them, not both. The customer has not chosen: the two are
 * asked back as one question, unless a later clause says which ("... eh just do the
 * mushroom"), when that clause alone orders, or the second is a fallback ("the carrot cake,
 * or the brownie if you dont have it"), when the first does. So is a counted kind made of a
 * mix of dishes ("a dozen tacos, mix of pastor and asada"), and "that one" pointing back at
 * a choice. */
#include <string.h>

#include "gateway/order/reading.h"

/* Do the tokens [a, b) between two dishes hold exactly one "or", with only articles, "maybe",
 * "perhaps" and punctuation besides ("or", ", or maybe the", "... or the")? */
static bool choice_joined_by_or(const char *text, const struct order_token *tokens, size_t a,
                                size_t b)
{
    static const char *const besides[] = {"a", "an", "the", "maybe", "perhaps", "possibly"};
    size_t ors = 0;
    for (size_t p = a; p < b; p++) {
        if (tokens[p].kind == ORDER_TOKEN_PUNCT) {
            if (tokens[p].punct != '.' && tokens[p].punct != ',')
                return false;
        } else if (order_tok_is(text, tokens, p, b, "or")) {
            ors++;
        } else if (!order_tok_in(text, tokens, p, b, besides, ORDER_WORDS_N(besides))) {
            return false;
        }
    }
    return ors == 1;
}

/* "torn between the crispy chicken and the halloumi": "between" (articles after it) right
 * before dish a, and only "and" with articles and commas before dish b: the two are weighed
 * against each other, one of them to be chosen, as "A or B" offers them. */
static bool choice_between(const char *text, const struct order_token *tokens, size_t clause_begin,
                           size_t a_begin, size_t a_end, size_t b_begin)
{
    size_t p = a_begin;
    while (p > clause_begin && order_tok_article(text, tokens, p - 1U, a_begin))
        p--;
    if (p == clause_begin || !order_tok_is(text, tokens, p - 1U, a_begin, "between"))
        return false;
    size_t ands = 0;
    for (size_t q = a_end; q < b_begin; q++) {
        if (tokens[q].kind == ORDER_TOKEN_PUNCT) {
            if (tokens[q].punct != ',')
                return false;
        } else if (order_tok_is(text, tokens, q, b_begin, "and")) {
            ands++;
        } else if (!order_tok_article(text, tokens, q, b_begin)) {
            return false;
        }
    }
    return ands == 1;
}

/* Are things x and x + 1 two different dishes named whole and offered as a choice, outside
 * a question ("do you have flan or tres leches?" asks, it orders neither)? */
static bool choice_pair(const char *text, const struct order_token *tokens,
                        const struct order_reading *rg, size_t x)
{
    if (!ORDER_CUES_ANY(&rg->cues, "or", "between"))
        return false;
    const struct order_thing *a = &rg->things[x], *b = &rg->things[x + 1U];
    if (!a->is_span || !b->is_span || a->reference || b->reference || a->item < 0 || b->item < 0 ||
        a->item == b->item || a->qty_explicit || b->qty_explicit)
        return false;
    if (rg->clauses[a->clause].question_form || rg->clauses[b->clause].question_start)
        return false;
    return choice_joined_by_or(text, tokens, a->end, b->begin) ||
           (a->clause == b->clause &&
            choice_between(text, tokens, rg->clauses[a->clause].begin, a->begin, a->end, b->begin));
}

/* Does a dish after thing x + 1 name one of the pair again: the choice made? Returns the
 * first such thing's index, 0 when none. */
static size_t choice_made_later(const struct order_reading *rg, size_t x)
{
    const struct order_thing *a = &rg->things[x], *b = &rg->things[x + 1U];
    for (size_t y = x + 2U; y < rg->n_things; y++) {
        const struct order_thing *th = &rg->things[y];
        if (th->is_span && (th->item == a->item || th->item == b->item))
            return y;
    }
    return 0;
}

/* Drops a change that is only the word "or" read after the first of a pair. */
static void choice_drop_or(struct order_thing *th)
{
    uint8_t keep = 0;
    for (uint8_t m = 0; m < th->mods.n; m++) {
        if (strcmp(th->mods.text[m], "or") == 0)
            continue;
        if (keep != m)
            memcpy(th->mods.text[keep], th->mods.text[m], sizeof(th->mods.text[m]));
        keep++;
    }
    th->mods.n = keep;
}

/* "truffle fries or sweet potato fries... both fries lol", "... ok both": "both" in a clause
 * after the pair, pointing at no dish of its own (nothing after it, or a kind that points
 * back, both_of_kind.c), takes the pair whole: the choice made is both. */
static bool choice_both_later(const char *text, const struct order_token *tokens,
                              const struct order_reading *rg, size_t x)
{
    if (!ORDER_CUES_ANY(&rg->cues, "both"))
        return false;
    const struct order_thing *b = &rg->things[x + 1U];
    for (size_t c = (size_t)b->clause + 1U; c < rg->n_clauses; c++) {
        const struct order_clause *cl = &rg->clauses[c];
        for (size_t p = cl->begin; p < cl->end; p++) {
            static const char *const subjects[] = {"we", "they", "you", "u", "us"};
            static const char *const after[] = {"please", "pls", "plz", "then", "lol", "of"};
            if (!order_tok_is(text, tokens, p, cl->end, "both") ||
                (p > cl->begin &&
                 order_tok_in(text, tokens, p - 1U, cl->end, subjects, ORDER_WORDS_N(subjects))))
                continue; /* "we both want ...": the people, not the dishes */
            bool own = false, pointed = false;
            for (size_t y = x + 2U; y < rg->n_things; y++) {
                own |= rg->things[y].begin == p + 1U && !rg->things[y].reference;
                pointed |= rg->things[y].begin == p + 1U && rg->things[y].reference;
            }
            if (!own && (pointed || p + 1U == cl->end || tokens[p + 1U].kind == ORDER_TOKEN_PUNCT ||
                         order_tok_in(text, tokens, p + 1U, cl->end, after, ORDER_WORDS_N(after))))
                return true;
        }
    }
    return false;
}

/* "debating between the al pastor and carnitas tacos... screw it, 2 of each": "of each"
 * closing a clause after the pair takes the pair whole, each counted as it says. */
static bool choice_each_later(const char *text, const struct order_token *tokens,
                              const struct order_reading *rg, size_t x)
{
    if (!ORDER_CUES_ANY(&rg->cues, "each"))
        return false;
    const struct order_thing *b = &rg->things[x + 1U];
    for (size_t c = (size_t)b->clause + 1U; c < rg->n_clauses; c++) {
        const struct order_clause *cl = &rg->clauses[c];
        for (size_t p = cl->begin; p + 1U < cl->end; p++)
            if (order_tok_is(text, tokens, p, cl->end, "of") &&
                order_tok_is(text, tokens, p + 1U, cl->end, "each") &&
                (p + 2U == cl->end || tokens[p + 2U].kind == ORDER_TOKEN_PUNCT))
                return true;
    }
    return false;
}

/* Changes read on dst ("or the") wait for the answer. */
void order_choice_join(struct order_thing *dst, const struct order_thing *a,
                       const struct order_thing *b)
{
    static const char joiner[] = " or ";
    int32_t ia = a->item, ib = b->item;
    if (dst != a) {
        memcpy(dst->phrase, a->phrase, a->phrase_len + 1U);
        dst->phrase_len = a->phrase_len;
    }
    if ((size_t)dst->phrase_len + (sizeof(joiner) - 1U) + b->phrase_len < sizeof(dst->phrase)) {
        memcpy(dst->phrase + dst->phrase_len, joiner, sizeof(joiner) - 1U);
        dst->phrase_len = (uint16_t)(dst->phrase_len + sizeof(joiner) - 1U);
        memcpy(dst->phrase + dst->phrase_len, b->phrase, b->phrase_len + 1U);
        dst->phrase_len = (uint16_t)(dst->phrase_len + b->phrase_len);
    }
    memset(&dst->candidates, 0, sizeof(dst->candidates));
    order_item_set_add(&dst->candidates, ia);
    order_item_set_add(&dst->candidates, ib);
    dst->item = -1;
    dst->mods.n = 0;
}

/* Thing x becomes the question "A or B"; thing x + 1 adds nothing of its own. */
static void choice_merge(struct order_reading *rg, size_t x)
{
    order_choice_join(&rg->things[x], &rg->things[x], &rg->things[x + 1U]);
    rg->things[x + 1U].reference = true;
}

/* Is thing y a dish pointed at ("that one", "it", "whichever") rather than named? */
static bool choice_pointer(const char *text, const struct order_token *tokens,
                           const struct order_reading *rg, const struct order_thing *y)
{
    static const char *const pointing[] = {"that", "this", "it", "one", "whichever", "whatever"};
    /* "one of each", "both" in its clause: the pair taken whole, the choice made */
    static const char *const whole[] = {"each", "both", "all"};
    if (!ORDER_CUES_ANY(&rg->cues, "that", "this", "it", "one", "whichever", "whatever"))
        return false;
    for (size_t p = rg->clauses[y->clause].begin; p < rg->clauses[y->clause].end; p++)
        if (order_tok_in(text, tokens, p, rg->clauses[y->clause].end, whole, ORDER_WORDS_N(whole)))
            return false;
    return y->begin < y->end &&
           order_tok_in(text, tokens, y->begin, y->end, pointing, ORDER_WORDS_N(pointing));
}

/* "the jamaica or the horchata, which is less sweet? i'll take that one": two dishes offered
 * as a choice (in a question or not), then a later request pointing back without naming
 * either. The choice is still the customer's to make: the pointer is asked back as "A or
 * B" (keeping its own words, clause and count) and stands for neither. Returns whether. */
static bool choice_pointed_at(const char *text, const struct order_token *tokens,
                              struct order_reading *rg, size_t x)
{
    if (!ORDER_CUES_ANY(&rg->cues, "or"))
        return false;
    struct order_thing *a = &rg->things[x], *b = &rg->things[x + 1U];
    if (!a->is_span || !b->is_span || a->reference || b->reference || a->item < 0 || b->item < 0 ||
        a->item == b->item || a->qty_explicit || b->qty_explicit ||
        !choice_joined_by_or(text, tokens, a->end, b->begin))
        return false;
    for (size_t y = x + 2U; y < rg->n_things; y++) {
        struct order_thing *th = &rg->things[y];
        if (th->is_span && !th->reference && th->clause != b->clause && th->begin >= b->end &&
            (th->item == a->item || th->item == b->item) && choice_pointer(text, tokens, rg, th)) {
            order_choice_join(th, a, b);
            th->points_back = true; /* its words ("that one") point, they name no dish */
            a->reference = true;    /* the pair itself asks for neither */
            b->reference = true;
            return true;
        }
    }
    return false;
}

/* Do the tokens [a, b) say the kind before them is made of the dishes after them: a comma,
 * an opening bracket or none, then "mix of", "mixed", "a mix of"? Before the comma a few
 * words that name no dish may still tell of the kind ("30 tacos for a party saturday, mix
 * of ...", "2 tacos each, mix of ..."), no sentence ending among them. */
static bool choice_mix_words(const char *text, const struct order_token *tokens, size_t a, size_t b)
{
    enum { MIX_ASIDE_MAX = 6 };
    for (size_t p = a; p < b && p <= a + MIX_ASIDE_MAX; p++) {
        if (tokens[p].kind != ORDER_TOKEN_PUNCT)
            continue;
        if (tokens[p].punct == ',' || tokens[p].punct == '(')
            a = p;
        break;
    }
    if (a < b && tokens[a].kind == ORDER_TOKEN_PUNCT &&
        (tokens[a].punct == ',' || tokens[a].punct == '('))
        a++;
    if (a < b &&
        (order_tok_is(text, tokens, a, b, "a") || order_tok_is(text, tokens, a, b, "like")))
        a++;
    if (a + 1U == b && order_tok_is(text, tokens, a, b, "mixed"))
        return true;
    return a + 2U == b &&
           (order_tok_is(text, tokens, a, b, "mix") ||
            order_tok_is(text, tokens, a, b, "mixture")) &&
           order_tok_is(text, tokens, a + 1U, b, "of");
}

/* "burgers (mix of beef and veggie)": does a word no dish names join the mix after the
 * dish of thing y? The mix is still of several kinds. */
static bool choice_mix_goes_on(const char *text, const struct order_token *tokens,
                               const struct order_reading *rg, size_t y)
{
    size_t e = rg->things[y].end;
    if (e + 1U >= rg->clauses[rg->things[y].clause].end || tokens[e + 1U].kind != ORDER_TOKEN_WORD)
        return false;
    return order_tok_is(text, tokens, e, e + 1U, "and") ||
           (tokens[e].kind == ORDER_TOKEN_PUNCT && strchr("+&", tokens[e].punct));
}

/* "a dozen tacos, mix of pastor and asada": a kind of dish (several items fit) counted, then
 * "mix of" the kinds it is made of, joined by "and": how many of each is not said. The
 * dishes after it add nothing of their own; the kind narrows to them, to be asked back.
 * Returns how many things after x it took. */
static size_t choice_mixed_kind(const char *text, const struct order_token *tokens,
                                struct order_reading *rg, size_t x)
{
    if (!ORDER_CUES_ANY(&rg->cues, "mix", "mixed", "mixture"))
        return 0;
    struct order_thing *k = &rg->things[x];
    if (!k->is_span || k->item >= 0 || k->reference)
        return 0;
    size_t y = x + 1U;
    if (y >= rg->n_things || !choice_mix_words(text, tokens, k->end, rg->things[y].begin))
        return 0;
    struct order_item_set made;
    memset(&made, 0, sizeof(made));
    size_t n = 0;
    for (; y < rg->n_things; y++) {
        const struct order_thing *d = &rg->things[y];
        if (!d->is_span || d->reference || d->qty_explicit || d->clause != k->clause)
            break;
        if (n > 0) { /* "pastor and asada", "pastor, asada", "pastor + asada" */
            const struct order_thing *prev = &rg->things[y - 1U];
            const struct order_token *j = &tokens[prev->end];
            bool joined = d->begin == prev->end + 1U &&
                          (order_tok_is(text, tokens, prev->end, d->begin, "and") ||
                           (j->kind == ORDER_TOKEN_PUNCT && strchr(",+&", j->punct)));
            if (!joined)
                break;
        }
        order_item_set_or(&made, &d->candidates);
        n++;
    }
    order_item_set_and(&made, &k->candidates);
    if (n < 2 && !(n == 1 && choice_mix_goes_on(text, tokens, rg, x + 1U)))
        return 0;
    /* "6 burgers (mix of beef and veggie)": a part no dish of the kind fits leaves the kind
     * as wide as it was, still to be asked back whole */
    if (order_item_set_count(&made) >= 2)
        k->candidates = made;
    for (size_t z = x + 1U; z < x + 1U + n; z++)
        rg->things[z].reference = true;
    return n;
}

void order_read_choices(const char *text, const struct order_token *tokens,
                        struct order_reading *rg)
{
    if (!ORDER_CUES_ANY(&rg->cues, "or", "between", "mix", "mixed", "mixture"))
        return;
    for (size_t x = 0; x < rg->n_things; x++)
        x += choice_mixed_kind(text, tokens, rg, x);
    for (size_t x = 0; x + 1U < rg->n_things; x++) {
        if (choice_pointed_at(text, tokens, rg, x)) {
            x++;
            continue;
        }
        if (!choice_pair(text, tokens, rg, x))
            continue;
        if (choice_both_later(text, tokens, rg, x) || choice_each_later(text, tokens, rg, x)) {
            choice_drop_or(&rg->things[x]); /* "or" joined them, it changes neither */
            x++;
            continue;
        }
        const struct order_thing *second = &rg->things[x + 1U];
        if (order_out_of_it_words(text, tokens, second->end, rg->clauses[second->clause].end) > 0) {
            /* "the carrot cake, or the brownie if you dont have it": the second is the
             * fallback, the first the choice */
            choice_drop_or(&rg->things[x]);
            rg->things[x + 1U].reference = true;
            x++;
            continue;
        }
        size_t made = choice_made_later(rg, x);
        if (made > 0 && !rg->things[made].reference) {
            rg->things[x].reference = true; /* "... eh just do the mushroom": that one */
            rg->things[x + 1U].reference = true;
        } else if (made > 0) {
            /* "... ok. halloumi. final answer": named again only to confirm, the dish of the
             * pair it names stays asked for, the other is dropped */
            size_t dropped = rg->things[made].item == rg->things[x].item ? x + 1U : x;
            rg->things[dropped].reference = true;
        } else {
            choice_merge(rg, x);
        }
        x++;
    }
}
