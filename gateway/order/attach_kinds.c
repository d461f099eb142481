/* attach_kinds.c — kinds of dish (attach.c, reading.h pass 4): a kind described by what is
 * in it ("the bowl with the sweet potato and black beans"), a kind that heads dishes ("to
 * drink, a mango smoothie", "tacos: 3 pastor, 3 asada") or closes their list ("..., both
 * bowls"), "half and half", and a head word said once for several dishes ("two carne
 * asada tacos n two carnitas"). */
#include <string.h>

#include "gateway/order/attach_internal.h"

/* ---- a kind of dish described by what is in it ---- */

/* Does item i's name or description hold the word at token t, or its name the one word that
 * t misspells ("the burger with the mushrom in it": the mushroom one)? */
static bool attach_item_mentions(const struct attach_state *st, int32_t i, size_t t)
{
    const char *w = st->text + st->tokens[t].off;
    size_t len = st->tokens[t].len;
    if (order_lexicon_item_mentions(st->rd->lex, i, &w, &len, 1) > 0)
        return true;
    for (size_t h = 0; h < st->rg->n_hits[t]; h++) {
        const struct order_lex_hit *hit = &st->rg->hits[t][h];
        if (hit->edits > 0 && hit->n_words == 1 &&
            order_item_set_has(&st->rd->lex->words[hit->words[0]].items, (size_t)i))
            return true;
    }
    return false;
}

bool attach_described_word(const struct attach_state *st, size_t t)
{
    static const char *const skip[] = {"the", "a",  "an", "and", "like", "some", "of",    "with",
                                       "n",   "on", "in", "it",  "that", "this", "those", "has"};
    return st->tokens[t].kind == ORDER_TOKEN_WORD && st->tokens[t].len >= 3 &&
           !attach_in(st->text, st->tokens, t, st->e, skip, ORDER_WORDS_N(skip));
}

/* Does a word of [a, b) read as a word of item i's name, as written? */
bool attach_word_names_item(const struct attach_state *st, int32_t i, size_t a, size_t b)
{
    for (size_t t = a; t < b; t++)
        for (size_t h = 0; h < st->rg->n_hits[t]; h++) {
            const struct order_lex_hit *hit = &st->rg->hits[t][h];
            if (hit->edits == 0 && hit->n_words == 1 &&
                order_item_set_has(&st->rd->lex->words[hit->words[0]].items, (size_t)i))
                return true;
        }
    return false;
}

/* "the drink of hibiscus", "a soda of tamarind": a kind, "of" and one word of no menu name
 * ending the clause's phrase, as learners of English say "a hibiscus drink"; the word then
 * describes as after "with". A menu word after "of" ("a bowl of chips") is a dish of its own. */
static bool attach_kind_of_word(const struct attach_state *st, const struct order_thing *s,
                                size_t a)
{
    if (!ORDER_CUES_ANY(&st->cues, "of"))
        return false;
    size_t w = a + 1U;
    return s->item < 0 && order_tok_is(st->text, st->tokens, a, st->e, "of") && w < st->e &&
           st->tokens[w].kind == ORDER_TOKEN_WORD && st->rg->n_hits[w] == 0 &&
           st->rg->roles[w] == ORDER_ROLE_NONE &&
           (w + 1U >= st->e || st->tokens[w + 1U].kind == ORDER_TOKEN_PUNCT ||
            order_tok_is(st->text, st->tokens, w + 1U, st->e, "and") ||
            order_tok_is(st->text, st->tokens, w + 1U, st->e, "please"));
}

/* Does a lead that opens what is in a kind stand at a: "with", "w/", "w" before a word as
 * "with" is texted ("chips w queso"; "w o" and "w/o" are "without"), or "of" and one word ("a soda
 * of tamarind")? */
static bool attach_described_lead(const struct attach_state *st, const struct order_thing *s,
                                  size_t a)
{
    const struct order_token *t = st->tokens;
    if (order_tok_is(st->text, t, a, st->e, "w") && a + 1 < st->e)
        return order_tok_w_slash_o(st->text, t, a, st->e) == 0 &&
               (t[a + 1].kind == ORDER_TOKEN_WORD || t[a + 1].punct == '/');
    /* "the burger made of beans and corn": what it is made of describes it as "with" does */
    static const char *const made_of[] = {"with", "of", "from"};
    if (order_tok_is(st->text, t, a, st->e, "made") &&
        order_tok_in(st->text, t, a + 1U, st->e, made_of, ORDER_WORDS_N(made_of)))
        return true;
    return order_tok_is(st->text, t, a, st->e, "with") || attach_kind_of_word(st, s, a);
}

size_t attach_described_end(const struct attach_state *st, size_t a, size_t *words)
{
    enum { DESCRIBED_WORDS_MAX = 8 };
    /* "the burrito with beans | is vegetarian?": a verb of being ends what is in the kind and
     * starts what is said of it */
    static const char *const copulas[] = {"is", "are", "was", "were", "isnt", "arent"};
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    size_t b = a + 1;
    int32_t v;
    *words = 0;
    while (b < st->e && b < a + 1 + DESCRIBED_WORDS_MAX &&
           (t[b].kind == ORDER_TOKEN_WORD || t[b].punct == '&' || t[b].punct == '/') &&
           order_patterns_longest(&st->rd->u->modifier_zone_starts, text, t, b, st->e, NULL) ==
               0 && /* "... and no onions" modifies */
           !(order_tok_is(text, t, b, st->e, "and") &&
             attach_number(st->rd->u, text, t, b + 1, st->e, &v) > 0) && /* "and one salad" */
           !attach_x_qty_at(st, b, st->e) &&                             /* "... parmesan x2" */
           !order_tok_in(text, t, b, st->e, copulas, ORDER_WORDS_N(copulas))) {
        *words += attach_described_word(st, b);
        b++;
    }
    return b;
}

int32_t attach_described_pick(const struct attach_state *st,
                              const struct order_item_set *candidates, bool name, size_t a,
                              size_t b, size_t words, size_t *best_n)
{
    enum { DESCRIBED_MIN = 2 };
    int32_t best = -1;
    size_t second_n = 0;
    *best_n = 0;
    for (int32_t i = order_item_set_next(candidates, 0); i >= 0;
         i = order_item_set_next(candidates, (size_t)i + 1)) {
        size_t n = 0;
        for (size_t w = a + 1; w < b; w++)
            n += attach_described_word(st, w) && attach_item_mentions(st, i, w);
        if (n > *best_n) {
            second_n = *best_n;
            *best_n = n;
            best = i;
        } else if (n > second_n) {
            second_n = n;
        }
    }
    /* "a bowl with tofu": one word that only one candidate holds, in its name, is that one;
     * of a kind that names no dish alone ("bowl with chicken"), in its description too, as
     * "a chicken bowl" is. A name that is also a kind ("the fries with salt": Classic Fries)
     * keeps its dish unless the word names another. */
    bool named = words == 1 && *best_n == 1 && second_n == 0 && best >= 0 &&
                 (!name || attach_word_names_item(st, best, a + 1, b));
    if (best < 0 || (!named && (*best_n < DESCRIBED_MIN || *best_n + 1 < words)) ||
        second_n == *best_n)
        return -1;
    return best;
}

/* "the bowl with the sweet potato and black beans", "that burger with the avocado and
 * jalapenos": a kind of dish (a span several items fit) followed by "with" and what is in it
 * is the one candidate whose name and description hold those words, at least two and all
 * but one of them, more than any other candidate. The words up to the next separator then
 * describe, they are no modifiers; spans among them ("black beans") add nothing. */
void attach_described(struct attach_state *st, struct order_thing *s)
{
    if (!ORDER_CUES_ANY(&st->cues, "with", "w", "of", "made"))
        return;
    if (attach_filled_inside(st, s))
        return; /* "the steak burrito with fries inside" */
    size_t a = s->end;
    /* "the fries with the truffle and parmesan": a name that is also a kind ("fries" alone is
     * the Classic Fries) is the kind a description picks from */
    if (attach_kind_extra_picks(st, s))
        return; /* "the spicy one with extra sriracha mayo" */
    if ((s->item >= 0 && order_item_set_count(&s->candidates) < 2) ||
        !attach_described_lead(st, s, a)) {
        if (s->item >= 0) /* "a carne asada burrito, one with chicken tinga" */
            attach_named_kind_again(st, s);
        return;
    }
    size_t words, best_n;
    size_t b = attach_described_end(st, a, &words);
    if (words == 0)
        return;
    bool name = s->item >= 0;
    int32_t best = attach_described_pick(st, &s->candidates, name, a, b, words, &best_n);
    if (best < 0 && attach_described_before_and(st, a, &b, &words))
        best = attach_described_pick(st, &s->candidates, name, a, b, words, &best_n);
    if (best_n == 0 && words == 1 && attach_filled_kind(st, s, a, b))
        return; /* "a burrito with carnitas": no burrito holds them */
    if (best < 0)
        return;
    s->item = best;
    for (size_t x = 0; x < st->rg->n_things; x++) {
        struct order_thing *o = &st->rg->things[x];
        if (o != s && o->is_span && o->begin >= a && o->end <= b)
            o->reference = true; /* "black beans" of the description */
    }
    memset(st->rg->roles + a, ORDER_ROLE_ITEM, b - a);
    int32_t v;
    size_t k = attach_x_qty_at(st, b, st->e) ? attach_count_at(st, b, st->e, &v) : 0;
    if (k > 0 && !s->qty_explicit) { /* "... with the truffle and parmesan x2" */
        s->qty = v;
        s->qty_explicit = true;
        memset(st->rg->roles + b, ORDER_ROLE_QTY, k);
    }
    attach_kind_described_again(st, s, name, b);
}

/* The first token after the words a heading's kind may carry before its colon: "time"
 * ("dessert time:"), whom or how many it is for, no dish named ("dessert for 2:", "drinks for
 * the kids:"), and "please". */
static size_t attach_heading_words(const struct attach_state *st, size_t q)
{
    if (!ORDER_CUES_ANY(&st->cues, "time", "for", "please", "pls"))
        return q;
    enum { FOR_WORDS_MAX = 3 };
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    if (order_tok_is(text, t, q, st->e, "time"))
        q++;
    if (order_tok_is(text, t, q, st->e, "for")) {
        size_t w = q + 1;
        while (w < st->e && w <= q + FOR_WORDS_MAX && t[w].kind == ORDER_TOKEN_WORD &&
               st->rg->n_hits[w] == 0 && !order_tok_is(text, t, w, st->e, "please"))
            w++;
        q = w > q + 1 ? w : q;
    }
    if (order_tok_is(text, t, q, st->e, "please") || order_tok_is(text, t, q, st->e, "pls"))
        q++;
    return q;
}

/* Do one or two words that name no dish and no food follow the kind th and end its clause
 * ("- dessert night 🎉", "- burger time")? The kind then describes them, an occasion, and
 * asks for nothing. */
static bool attach_kind_describes_next(const struct attach_state *st, const struct order_thing *th)
{
    enum { OCCASION_WORDS_MAX = 2 };
    const struct order_token *t = st->tokens;
    size_t q = th->end, words = 0;
    for (; q < st->e && t[q].kind == ORDER_TOKEN_WORD; q++, words++)
        if (words == OCCASION_WORDS_MAX || st->rg->n_hits[q] > 0 ||
            st->rg->roles[q] != ORDER_ROLE_NONE ||
            order_food_word(st->rd->food, st->text + t[q].off, t[q].len))
            return false;
    while (q < st->e && t[q].kind == ORDER_TOKEN_PUNCT)
        q++;
    return words > 0 && q == st->e;
}

/* Does a span naming a kind stand where no thing is asked for: a heading before a colon
 * ("dessert time: carrot cake, ..."), an aside in brackets ("the chickpea one (the salad)"),
 * right after a dish's name ("mac n cheese bites 🧀"), or after a verb of being ("she's
 * vegan")? Not after an article, a count, an opener or a separator of a list: "a
 * cheeseburger and a burger" asks for two. */
static bool attach_restates(const struct attach_state *st, const struct order_thing *th)
{
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    size_t p = th->begin;
    bool all = false; /* "— all burgers —": the dishes before, every one of that kind */
    if (p > st->b && (order_tok_is(text, t, p - 1U, st->e, "all") ||
                      order_tok_is(text, t, p - 1U, st->e, "both"))) {
        p--;
        all = true;
    }
    if (p > st->b && order_tok_is(text, t, p - 1U, st->e, "the"))
        p--;
    size_t line = st->b; /* past a bullet: "- drinks: 2 horchata" */
    while (line < p && t[line].kind == ORDER_TOKEN_PUNCT && strchr("-*", t[line].punct))
        line++;
    if (p == line) { /* a heading: the kind, maybe "time" or whom it is for, then ':' */
        size_t q = attach_heading_words(st, th->end);
        return q < st->e && t[q].kind == ORDER_TOKEN_PUNCT && t[q].punct == ':';
    }
    const struct order_token *before = &t[p - 1U];
    if (before->kind == ORDER_TOKEN_PUNCT)
        return before->punct == '(' ||
               (before->punct == '-' && (all || attach_kind_describes_next(st, th)));
    if (p == th->begin && st->rg->roles[p - 1U] == ORDER_ROLE_ITEM)
        return true;
    static const char *const being[] = {"is", "shes", "hes", "its", "thats", "are", "theyre"};
    for (size_t k = 0; k < ORDER_WORDS_N(being); k++)
        if (order_tok_is(text, t, p - 1U, st->e, being[k]))
            return true;
    return false;
}

/* Does dish d end right before token f, or only its count after it stands between ("churros
 * x2 | for dessert")? */
static bool attach_counted_before(const struct attach_state *st, const struct order_thing *d,
                                  size_t f)
{
    if (d->end > f)
        return false;
    for (size_t p = d->end; p < f; p++) {
        const struct order_token *k = &st->tokens[p];
        const char *w = st->text + k->off;
        int32_t v;
        bool count = k->kind == ORDER_TOKEN_PUNCT
                         ? k->punct == '(' || k->punct == ')'
                         : order_tok_is(st->text, st->tokens, p, f, "x") ||
                               order_tok_is(st->text, st->tokens, p, f, "times") ||
                               order_read_number(st->rd->u, st->text, st->tokens, p, f, &v) > 0;
        if (k->kind == ORDER_TOKEN_WORD && !count && k->len > 0) { /* "x2", "2x", "3" */
            size_t q0 = w[0] == 'x' ? 1U : 0U;
            size_t q1 = w[k->len - 1] == 'x' ? k->len - 1U : k->len;
            count = q0 < q1;
            for (size_t q = q0; q < q1 && count; q++)
                count = w[q] >= '0' && w[q] <= '9';
        }
        if (!count)
            return false;
    }
    return true;
}

/* Is th a kind of dish with no count, right before "only" ("drinks only pls"), of which the
 * message asks for a dish elsewhere? It says what the order holds, it asks for nothing. */
static bool attach_kind_only(const struct attach_state *st, const struct order_thing *th)
{
    if (!ORDER_CUES_ANY(&st->cues, "only"))
        return false;
    if (!th->is_span || th->item >= 0 || th->qty_explicit ||
        !order_tok_is(st->text, st->tokens, th->end, st->e, "only"))
        return false;
    for (size_t x = 0; x < st->rg->n_things; x++) {
        const struct order_thing *d = &st->rg->things[x];
        if (d != th && d->is_span && d->item >= 0 && !d->reference &&
            order_item_set_has(&th->candidates, (size_t)d->item))
            return true;
    }
    return false;
}

/* Does a food no menu item is ("a slice of chocolate cake for dessert") end right before
 * the "for" of th? Which kind it is cannot be checked, but the kind heads it all the same. */
static bool attach_food_before_for(const struct attach_state *st, const struct order_thing *th)
{
    if (!ORDER_CUES_ANY(&st->cues, "for"))
        return false;
    if (th->begin < st->b + 2U || !order_tok_is(st->text, st->tokens, th->begin - 1U, st->e, "for"))
        return false;
    size_t p = th->begin - 2U;
    return st->rg->roles[p] != ORDER_ROLE_ITEM && attach_food_token(st, p);
}

/* The words that lead a kind th as a heading: "to" or "for" right before it (1), or "for"
 * and an article or owner ("for the drink a ...", "for our dessert the ..."; 2); else 0. */
static size_t attach_heading_lead(const struct attach_state *st, const struct order_thing *th)
{
    if (!ORDER_CUES_ANY(&st->cues, "to", "for"))
        return 0;
    static const char *const owners[] = {"the", "my", "our", "his", "her", "their", "your"};
    size_t p = th->begin;
    if (p == st->b)
        return 0;
    if (order_tok_is(st->text, st->tokens, p - 1U, st->e, "to") ||
        order_tok_is(st->text, st->tokens, p - 1U, st->e, "for"))
        return 1;
    return p >= st->b + 2U &&
                   order_tok_in(st->text, st->tokens, p - 1U, st->e, owners,
                                ORDER_WORDS_N(owners)) &&
                   order_tok_is(st->text, st->tokens, p - 2U, st->e, "for")
               ? 2U
               : 0U;
}

/* "to drink, a mango smoothie", "for dessert the apple crumble": a kind of dish after "to" /
 * "for", followed in its clause by a dish of that kind or right after one ("the carrot cake
 * for dessert"), heads the dish; it asks for nothing more. ("something for dessert" alone
 * still asks.) */
void attach_headings(struct attach_state *st, size_t first, size_t end)
{
    for (size_t s = first; s < end; s++) {
        struct order_thing *th = &st->rg->things[s];
        if (attach_kind_only(st, th)) {
            th->reference = true; /* "... drinks only pls": what the list is, no dish more */
            memset(st->rg->roles + th->begin, ORDER_ROLE_FILLER, th->end + 1U - th->begin);
            continue;
        }
        if (th->is_span && th->item < 0 && !th->qty_explicit && attach_restates(st, th)) {
            for (size_t n = first; n < end; n++) {
                const struct order_thing *d = &st->rg->things[n];
                if (n != s && d->is_span && d->item >= 0 &&
                    order_item_set_has(&th->candidates, (size_t)d->item)) {
                    th->reference = true; /* "(the salad)" after the chickpea one */
                    memset(st->rg->roles + th->begin, ORDER_ROLE_FILLER, th->end - th->begin);
                    break;
                }
            }
            continue;
        }
        size_t lead = attach_heading_lead(st, th);
        if (!th->is_span || th->item >= 0 || lead == 0)
            continue;
        if (lead == 1U && attach_food_before_for(st, th)) {
            th->reference = true;
            memset(st->rg->roles + th->begin - 1U, ORDER_ROLE_FILLER, th->end - th->begin + 1U);
            continue;
        }
        for (size_t n = first; n < end; n++) {
            const struct order_thing *d = &st->rg->things[n];
            /* a dish of that kind after it, or right before "for" ("the carrot cake for
             * dessert") */
            bool heads = n > s || (n < s && attach_counted_before(st, d, th->begin - 1U));
            if (heads && d->is_span && d->item >= 0 &&
                order_item_set_has(&th->candidates, (size_t)d->item)) {
                th->reference = true;
                memset(st->rg->roles + th->begin - lead, ORDER_ROLE_FILLER,
                       th->end - th->begin + lead);
                break;
            }
        }
    }
}

/* The id of a head word ("taco") that tokens [b, e) read and item's names hold, or -1. */
int32_t attach_head_word(const struct attach_state *st, size_t b, size_t e, int32_t item)
{
    const struct order_lexicon *lx = st->rd->lex;
    for (size_t t = b; t < e; t++)
        for (size_t h = 0; h < st->rg->n_hits[t]; h++)
            for (size_t x = 0; x < st->rg->hits[t][h].n_words; x++) {
                const struct order_lex_word *w = &lx->words[st->rg->hits[t][h].words[x]];
                if (w->head && !w->section_only &&
                    (item < 0 || order_item_set_has(&w->items, (size_t)item)))
                    return (int32_t)st->rg->hits[t][h].words[x];
            }
    return -1;
}

/* Narrows th, a dish that names no kind of the kind's own, to the one item it shares with the kind
 * k, and gives a count the span took in ("3 asada") back to the dish as its count, read
 * before it. False (nothing changed) when they share no item or several. */
bool attach_narrow_to_kind(struct attach_state *st, struct order_thing *th,
                           const struct order_thing *k)
{
    /* a dish of the kind's own head ("tacos: 2 tacos") names no narrower dish; another head
     * a word has in an alias ("chicken" of "crispy chicken") does not stop the kind */
    int32_t head = attach_head_word(st, th->begin, th->end, -1);
    if (!th->is_span || th->item >= 0 || th->past ||
        (head >= 0 && head == attach_head_word(st, k->begin, k->end, -1)))
        return false;
    struct order_item_set both = th->candidates;
    order_item_set_and(&both, &k->candidates);
    if (order_item_set_count(&both) != 1)
        return false;
    th->candidates = both;
    th->item = order_item_set_next(&both, 0);
    int32_t v;
    size_t n = order_read_quantity(st->rd->u, st->text, st->tokens, th->begin, th->end, &v);
    if (n > 0 && th->begin + n < th->end) {
        memset(st->rg->roles + th->begin, ORDER_ROLE_NONE, n);
        th->begin = (uint16_t)(th->begin + n);
        th->phrase_len = (uint16_t)order_words_join(st->text, st->tokens, th->begin, th->end,
                                                    th->phrase, sizeof(th->phrase));
    }
    return true;
}

/* Where the list a heading kind k opens ends, or 0 when k opens none: after a colon, the
 * clause's end ("tacos: 3 pastor, 3 asada"); after "(" or a dash, the bracket's or the
 * dash's close ("20 tacos - 10 asada 10 pastor -", "2 burritos (1 bean 1 chicken)"). */
static size_t attach_heading_stop(const struct attach_state *st, const struct order_thing *k)
{
    /* "burgers for 6 people: ...": whom the list is for, between the kind and its colon */
    enum { HEADING_FOR_WORDS_MAX = 4 };
    if (k->end < st->e && order_tok_is(st->text, st->tokens, k->end, st->e, "for"))
        for (size_t p = k->end + 1U; p < st->e && p <= k->end + (size_t)HEADING_FOR_WORDS_MAX; p++)
            if (st->tokens[p].kind == ORDER_TOKEN_PUNCT)
                return st->tokens[p].punct == ':' && p + 1U < st->e ? st->e : 0;
    if (k->end + 1U >= st->e || st->tokens[k->end].kind != ORDER_TOKEN_PUNCT)
        return 0;
    char open = st->tokens[k->end].punct, close = open == '(' ? ')' : open;
    if (open == ':')
        return st->e;
    if (open != '(' && open != '-')
        return 0;
    for (size_t i = k->end + 1U; i < st->e; i++)
        if (st->tokens[i].kind == ORDER_TOKEN_PUNCT && st->tokens[i].punct == close)
            return i;
    return st->e;
}

/* Does thing th carry a count of its own ("10 asada")? */
static bool attach_counted(const struct attach_state *st, const struct order_thing *th)
{
    int32_t v;
    return th->qty_explicit ||
           order_read_quantity(st->rd->u, st->text, st->tokens, th->begin, th->end, &v) > 0;
}

/* "tacos: 3 pastor, 3 asada, 3 carnitas": a kind of dish (a span several items fit, ending in
 * a head word) right before a colon heads the list after it; a dish of the list that names
 * no kind of its own and fits several items is the one of them of the heading's kind. After
 * "(" or a dash the list is the counted dishes up to its close ("20 tacos - 10 asada 10
 * pastor"). */
void attach_list_heading(struct attach_state *st, size_t first, size_t end)
{
    for (size_t h = first; h < end; h++) {
        struct order_thing *k = &st->rg->things[h];
        size_t stop = k->is_span && k->item < 0 ? attach_heading_stop(st, k) : 0;
        if (stop == 0 || attach_head_word(st, k->begin, k->end, -1) < 0)
            continue;
        bool colon = st->tokens[k->end].punct == ':' || stop == st->e;
        for (size_t s = h + 1; s < end && st->rg->things[s].begin < stop; s++) {
            struct order_thing *th = &st->rg->things[s];
            if ((!colon && !attach_counted(st, th)) || !attach_narrow_to_kind(st, th, k))
                continue;
            k->reference = true; /* the heading asks for nothing of its own */
            memset(st->rg->roles + k->begin, ORDER_ROLE_FILLER, k->end - k->begin);
        }
    }
}

/* The tokens of "all" or "both", with "of them" / "of em" after it, that end right before
 * token k ("all tacos", "all of them tacos"); 0 when none. */
static size_t attach_every_before(const struct attach_state *st, size_t k)
{
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    size_t p = k;
    if (p >= 3U && order_tok_is(text, t, p - 2U, k, "of") &&
        (order_tok_is(text, t, p - 1U, k, "them") || order_tok_is(text, t, p - 1U, k, "em")))
        p -= 2U;
    if (p == 0 ||
        !(order_tok_is(text, t, p - 1U, k, "all") || order_tok_is(text, t, p - 1U, k, "both")))
        return 0;
    return k - (p - 1U);
}

/* Is the clause [st->b, st->e) nothing but "all" / "both" (and "of them"), the kind k, marks
 * and words of politeness ("2 pastor, 2 asada. all tacos please.")? */
static bool attach_kind_alone(const struct attach_state *st, const struct order_thing *k,
                              size_t every)
{
    if (k->begin != st->b + every)
        return false;
    for (size_t p = k->end; p < st->e; p++)
        if (st->tokens[p].kind != ORDER_TOKEN_PUNCT && st->rg->roles[p] != ORDER_ROLE_FILLER)
            return false;
    return true;
}

/* Does "all" at token at run on, unmarked, from the counted dish d right before it ("4
 * carnitas 4 carne asada 4 pastor all tacos")? It closes the list as a comma would. */
static bool attach_tail_run_on(const struct attach_state *st, const struct order_thing *d,
                               size_t at)
{
    if (d->end != at || !d->is_span)
        return false;
    if (attach_counted(st, d))
        return true;
    enum { COUNT_WORDS_MAX = 3 }; /* "4", "a couple of" */
    int32_t v;
    for (size_t k = 1; k <= COUNT_WORDS_MAX && k <= d->begin; k++)
        if (order_read_quantity(st->rd->u, st->text, st->tokens, d->begin - k, d->end, &v) == k)
            return true;
    return false;
}

/* "1 veggie + 1 carnitas, both bowls", "al pastor and carnitas - all tacos", "2 pastor, 2
 * asada. all of them tacos.": a kind of dish after "both" or "all" that follows a separator,
 * closing the dishes before it, says the kind of each: a dish before it that names no kind
 * and fits several items is the one of them of that kind. Said as a sentence of its own, it
 * closes the list of the sentence before. The kind asks for nothing of its own. */
void attach_list_tail_kind(struct attach_state *st, size_t first, size_t end)
{
    if (!ORDER_CUES_ANY(&st->rg->cues, "all", "both"))
        return;
    for (size_t h = first; h < end; h++) {
        struct order_thing *k = &st->rg->things[h];
        size_t every = k->is_span ? attach_every_before(st, k->begin) : 0;
        if (!k->is_span || k->item >= 0 || every == 0 ||
            attach_head_word(st, k->begin, k->end, -1) < 0)
            continue;
        size_t from = first, to = h;
        if (attach_kind_alone(st, k, every) && h == first && st->rg->things[h].clause > 0) {
            size_t before = st->rg->things[h].clause - 1U; /* the list of the clause before */
            to = first;
            while (from > 0 && st->rg->things[from - 1U].clause == before)
                from--;
        } else if (h == first || k->begin < every + 1U ||
                   (!attach_tail_run_on(st, &st->rg->things[h - 1U], k->begin - every) &&
                    (st->tokens[k->begin - every - 1U].kind != ORDER_TOKEN_PUNCT ||
                     (st->tokens[k->begin - every - 1U].punct != ',' &&
                      st->tokens[k->begin - every - 1U].punct != '-')))) {
            continue;
        }
        bool narrowed = false;
        for (size_t s = from; s < to; s++)
            narrowed |= attach_narrow_to_kind(st, &st->rg->things[s], k);
        if (narrowed) {
            k->reference = true;
            memset(st->rg->roles + k->begin - every, ORDER_ROLE_FILLER, k->end - k->begin + every);
        }
    }
}

/* "30 tacos - mix of al pastor and carnitas, half and half", "12 tacos, half asada half
 * pastor": an even count of a kind of dish, then two dishes of that kind without counts in
 * its clause and the word "half", is that count shared in two: half of each. The kind asks
 * for nothing of its own. */
void attach_half_and_half(struct attach_state *st, size_t first, size_t end)
{
    if (!ORDER_CUES_ANY(&st->rg->cues, "half"))
        return;
    /* "12 tacos for a party? Half al pastor half carnitas.": a clause opening on "half"
     * shares the kind that ended the clause before it */
    size_t from = first;
    if (first > 0 && first < end && order_tok_is(st->text, st->tokens, st->b, st->e, "half") &&
        st->rg->things[first - 1U].clause + 1U == st->rg->things[first].clause)
        from = first - 1U;
    for (size_t h = from; h < end; h++) {
        struct order_thing *k = &st->rg->things[h];
        size_t pc = h < first ? st->rg->things[first].clause : k->clause;
        if (!k->is_span || k->item >= 0 || attach_head_word(st, k->begin, k->end, -1) < 0)
            continue;
        int32_t count = k->qty_explicit ? k->qty : 0;
        if (!k->qty_explicit) /* the span may have taken its count in ("12 tacos") */
            (void)order_read_quantity(st->rd->u, st->text, st->tokens, k->begin, k->end, &count);
        if (count < 2 || count % 2 != 0)
            continue;
        size_t parts[2], n = 0;
        bool fits = true;
        for (size_t s = h + 1; s < end && st->rg->things[s].clause == pc && fits; s++) {
            const struct order_thing *th = &st->rg->things[s];
            struct order_item_set both = th->candidates;
            order_item_set_and(&both, &k->candidates);
            fits = th->is_span && !th->qty_explicit && !th->past && n < 2 &&
                   order_item_set_count(&both) == 1;
            if (fits)
                parts[n++] = s;
        }
        if (!fits || n != 2)
            continue;
        size_t half = 0, stop = st->rg->clauses[pc].end;
        for (size_t i = h < first ? st->b : k->end; i < stop; i++)
            if (order_tok_is(st->text, st->tokens, i, stop, "half")) {
                st->rg->roles[i] = ORDER_ROLE_FILLER;
                half++;
            }
        if (half == 0)
            continue;
        for (size_t p = 0; p < 2; p++) {
            struct order_thing *th = &st->rg->things[parts[p]];
            order_item_set_and(&th->candidates, &k->candidates);
            th->item = (int32_t)order_item_set_next(&th->candidates, 0);
            th->qty = count / 2;
            th->qty_explicit = true;
            size_t kept = 0; /* "half al pastor": the share, no change to the dish */
            for (size_t m = 0; m < th->mods.n; m++)
                if (strcmp(th->mods.text[m], "half") != 0)
                    memmove(th->mods.text[kept++], th->mods.text[m], sizeof(th->mods.text[m]));
            th->mods.n = (uint8_t)kept;
        }
        k->reference = true;
        memset(st->rg->roles + k->begin, ORDER_ROLE_FILLER, k->end - k->begin);
    }
}

/* The head word dish d's own words read, or else the one carried from the dish before it
 * when d's item has it too ("carne asada taco, al pastor": "al pastor" is a taco). */
static int32_t attach_dish_head(const struct attach_state *st, const struct order_thing *d,
                                int32_t carried)
{
    if (!d->is_span || d->item < 0)
        return -1;
    int32_t head = attach_head_word(st, d->begin, d->end, d->item);
    if (head < 0 && carried >= 0 &&
        order_item_set_has(&st->rd->lex->words[carried].items, (size_t)d->item))
        head = carried;
    return head;
}

/* "two carne asada tacos n two carnitas": a span of no head word that several items fit,
 * joined to a dish before it, shares that dish's head noun, left out as said once; the one
 * candidate with that head is meant. The head carries on down the list ("asada taco, al
 * pastor, carnitas"). */
void attach_elided_heads(struct attach_state *st, size_t first, size_t end)
{
    int32_t carried = first < end ? attach_dish_head(st, &st->rg->things[first], -1) : -1;
    for (size_t s = first + 1; s < end; s++) {
        struct order_thing *th = &st->rg->things[s];
        const struct order_thing *d = &st->rg->things[s - 1];
        int32_t head = carried;
        carried = -1;
        /* "2 carnitas tacos and something with pineapple": "something" is a noun of its own
         * that leaves the dish open, no name whose kind was left out */
        if (!th->is_span || th->item >= 0 || th->past || !d->is_span || d->item < 0 ||
            attach_head_word(st, th->begin, th->end, -1) >= 0 ||
            order_read_free_choice(st->text, st->tokens, th->begin, th->end)) {
            carried = attach_dish_head(st, th, head);
            continue;
        }
        /* "the fish taco, my wife wants the veggie": a request of its own after the last join
         * before the dish (words no count, article or join) starts a list of its own; the
         * head is not carried. Changes before that join ("al pastor w extra pineapple,
         * carnitas") say nothing of it. */
        static const char *const articles[] = {"the", "a", "an", "de", "of"};
        bool joined = false, own = false;
        for (size_t p = d->end; p < th->begin; p++) {
            /* "&" and "+" between two things join them, as "and" does ("vanilla shakes & 1
             * choc"); a name that holds one ("mac & cheese") is inside its thing */
            bool joins = attach_boundary(st->text, st->tokens, p, st->e) ||
                         order_tok_is(st->text, st->tokens, p, st->e, "n") ||
                         (st->tokens[p].kind == ORDER_TOKEN_PUNCT &&
                          (st->tokens[p].punct == '&' || st->tokens[p].punct == '+'));
            joined = joined || joins;
            if (joins)
                own = false;
            int32_t count = 1;
            size_t counted = order_read_quantity(st->rd->u, st->text, st->tokens, p, st->e, &count);
            if (counted > 0 && p + counted <= th->begin) {
                /* "n two carnitas"; a count alone starts the next dish of a run-on list as
                 * a join does ("5 carne asada tacos 5 al pastor 5 carnitas") */
                joined = joined || p + counted == th->begin;
                p += counted - 1U;
                continue;
            }
            own =
                own ||
                (st->tokens[p].kind == ORDER_TOKEN_WORD && !joins &&
                 (st->rg->roles[p] == ORDER_ROLE_NONE || st->rg->roles[p] == ORDER_ROLE_OPENER) &&
                 !order_tok_in(st->text, st->tokens, p, st->e, articles, ORDER_WORDS_N(articles)));
        }
        if (!joined || own || head < 0)
            continue;
        struct order_item_set fit = th->candidates;
        order_item_set_and(&fit, &st->rd->lex->words[head].items);
        if (order_item_set_count(&fit) != 1 || order_item_set_has(&fit, (size_t)d->item))
            continue; /* the same dish again reads as a name run on: still asked */
        th->item = order_item_set_next(&fit, 0);
        th->candidates = fit;
        carried = head;
    }
}
