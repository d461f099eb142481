/* attach_unknown.c — what the words no span read are (attach.c, reading.h pass 4): "with"
 * before a dish, hesitations, unreadable and foreign words, words that stand alone ("kottu
 * grande plz", "ummm a whopper??"), and the words around a leftover that are not the dish
 * (determiners, prepositions, politeness, a count of a pronoun or an "x" count after it).
 * Which words read as food is attach_food_words.c's; a thing named in a list of dishes
 * though no lexicon knows it ("fries and a Corona"), attach_in_list.c's. */
#include <string.h>

#include "gateway/order/artifact_words.h"
#include "gateway/order/attach_internal.h"
#include "gateway/order/language.h"

/* ---- leftovers ---- */

/* Words before a dish that are not part of it: determiners, the words of a question or a
 * request around it ("do you have chicken wings", "can i get a pepperoni pizza"), and the
 * superlatives of praise ("a glass of your finest malbec" quotes "malbec"). */
static const char *const attach_determiners[] = {
    "a",     "an",    "the",   "some",   "any",   "my",    "your",   "our",  "another",
    "more",  "me",    "us",    "i",      "also",  "just",  "to",     "get",  "have",
    "like",  "want",  "order", "maybe",  "and",   "of",    "one",    "do",   "does",
    "you",   "u",     "guys",  "has",    "sell",  "serve", "make",   "got",  "what",
    "which", "whats", "is",    "are",    "there", "can",   "could",  "we",   "would",
    "id",    "ill",   "im",    "please", "pls",   "need",  "try",    "grab", "take",
    "bring", "send",  "give",  "gimme",  "lemme", "need",  "finest", "best"};

static const char *const attach_trailing[] = {"please", "pls",  "plz", "too",  "also", "thanks",
                                              "thx",    "each", "as",  "well", "then", "now"};

static const char *const attach_prepositions[] = {
    "for",     "to",  "at",    "from", "by",   "in",    "on",   "when",   "if",
    "because", "but", "about", "like", "than", "since", "with", "without"};

bool attach_in(const char *text, const struct order_token *t, size_t i, size_t end,
               const char *const *list, size_t n)
{
    return order_tok_in(text, t, i, end, list, n);
}

/* Is [a, b) "with my" / "w our" ... right before a dish read ("fries with my cheeseburger")?
 * What the customer owns is no part of the dish: it says which dish this one goes with. */
bool attach_with_possessive(const struct attach_state *st, size_t a, size_t b)
{
    static const char *const owners[] = {"my", "our", "his", "her", "their", "your"};
    return b == a + 2U && b < st->e && st->rg->roles[b] == ORDER_ROLE_ITEM &&
           (order_tok_is(st->text, st->tokens, a, b, "with") ||
            order_tok_is(st->text, st->tokens, a, b, "w")) &&
           order_tok_in(st->text, st->tokens, a + 1U, b, owners, ORDER_WORDS_N(owners));
}

/* How many tokens of "with" start at a: "with", or "w/" as texts write it (never "w/o",
 * which is "without"); 0 when none. */
static size_t attach_with_lead(const struct attach_state *st, size_t a, size_t b)
{
    const struct order_token *t = st->tokens;
    if (order_tok_is(st->text, t, a, b, "with"))
        return 1;
    bool w_slash = order_tok_is(st->text, t, a, b, "w") && a + 1U < b &&
                   t[a + 1U].kind == ORDER_TOKEN_PUNCT && t[a + 1U].punct == '/';
    return w_slash && !order_tok_is(st->text, t, a + 2U, b, "o") ? 2 : 0;
}

/* Is [a, b) "with" ("w/") and an article before a whole dish of the food lexicon ("kids
 * burger with an apple juice", "w/ a hot dog")? That is another thing ordered beside the
 * dish, not what goes into it: an ingredient takes no article ("with avocado") or is no dish.
 * Returns how many tokens the "with" took, 0 when the piece is no such dish. */
size_t attach_with_dish(const struct attach_state *st, size_t a, size_t b)
{
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    size_t lead = attach_with_lead(st, a, b);
    size_t art = a + lead;
    if (lead == 0 || b < art + 2U ||
        !(order_tok_is(text, t, art, b, "a") || order_tok_is(text, t, art, b, "an")))
        return 0;
    char phrase[ORDER_PHRASE_BYTES_MAX];
    size_t o = order_words_join(text, t, art + 1U, b, phrase, sizeof(phrase));
    return o > 0 && order_food_entry(st->rd->food, phrase, o) ? lead : 0;
}

/* Is w[0..len) a sound of hesitation ("ummm", "uhh", "hmm", "errm", "ahh"): made only of
 * these letters, never a dish however unknown? */
bool attach_hesitation_word(const char *w, size_t len)
{
    for (size_t k = 0; k < len; k++)
        if (!strchr("uhmera", w[k]))
            return false;
    return len > 0;
}

/* Does [i, b) hold a word of four letters or more, no digit, that is no common English
 * ("croisswnt", "bewrs")? After a count or a request opener it is a dish misspelt beyond
 * reading: asked back, never dropped. */
bool attach_unreadable(const struct attach_state *st, size_t i, size_t b)
{
    for (size_t p = i; p < b; p++) {
        const struct order_token *t = &st->tokens[p];
        if (t->kind != ORDER_TOKEN_WORD || t->len < 3) /* "a pad ths" */
            continue;
        bool digits = false;
        for (size_t k = 0; k < t->len; k++)
            digits = digits || (st->text[t->off + k] >= '0' && st->text[t->off + k] <= '9');
        if (!digits && !order_dictionary_has(st->rd->dict, st->text + t->off, t->len) &&
            !order_dictionary_texting(st->text + t->off, t->len) &&
            !attach_hesitation_word(st->text + t->off, t->len))
            return true;
    }
    return false;
}

/* Is every word of [i, b) of three letters or more, and none an English word or a
 * hesitation ("pozole rojo"; not "asap", "lol")? */
bool attach_all_unknown(const struct attach_state *st, size_t i, size_t b)
{
    size_t words = 0;
    for (size_t p = i; p < b; p++) {
        const struct order_token *t = &st->tokens[p];
        if (t->kind != ORDER_TOKEN_WORD)
            continue;
        if (t->len < 3 || order_dictionary_has(st->rd->dict, st->text + t->off, t->len) ||
            attach_hesitation_word(st->text + t->off, t->len) || st->rg->n_hits[p] > 0)
            return false;
        for (size_t k = 0; k < t->len; k++)
            if (st->text[t->off + k] < 'a' || st->text[t->off + k] > 'z')
                return false;
        words++;
    }
    return words > 0;
}

/* Does [i, b), after a count, name a thing: a word of three letters or more that the
 * understanding's not_dish_words do not list ("2 veggie ones"; not "10 minutes", "4
 * people")? */
bool attach_counted_thing(const struct attach_state *st, size_t i, size_t b)
{
    for (size_t p = i; p < b; p++) {
        const struct order_token *t = &st->tokens[p];
        if (t->kind == ORDER_TOKEN_WORD && t->len >= 3 &&
            !attach_hesitation_word(st->text + t->off, t->len) &&
            order_patterns_longest(&st->rd->u->not_dish_words, st->text, st->tokens, p, b, NULL) ==
                0 &&
            !order_tok_connector(st->text, t))
            return true;
    }
    return false;
}

/* Does "with" at p follow no dish of its clause ("back from the walk with 9 pups")? Then it
 * tells whom the customer is with, and its count counts them, no dish; after a dish ("a
 * burger with 2 patties") it opens a change. */
static bool attach_with_no_dish_before(const struct attach_state *st, size_t p)
{
    if (!order_tok_is(st->text, st->tokens, p, st->e, "with"))
        return false;
    for (size_t d = st->b; d < p; d++)
        if (st->rg->roles[d] == ORDER_ROLE_ITEM || st->rg->roles[d] == ORDER_ROLE_LEFTOVER)
            return false;
    return true;
}

/* Does a preposition stand right before a (itself, or the first word of the filler that
 * ends there: "for about 40 guests", "a table for 6")? Its number counts people, hours or
 * a table, not a dish. */
bool attach_after_preposition(const struct attach_state *st, size_t a)
{
    /* attach_prepositions, "with" among them */
    if (!ORDER_CUES_ANY(&st->cues, "for", "to", "at", "from", "by", "in", "on", "when", "if",
                        "because", "but", "about", "like", "than", "since", "with", "without"))
        return false;
    if (a <= st->b)
        return false;
    size_t p = a - 1;
    if (attach_with_no_dish_before(st, p))
        return true;
    if (st->rg->roles[p] == ORDER_ROLE_FILLER && /* "pick up in | 15 mins" */
        attach_in(st->text, st->tokens, p, st->e, attach_prepositions,
                  ORDER_WORDS_N(attach_prepositions)) &&
        !order_tok_is(st->text, st->tokens, p, st->e, "with"))
        return true;
    while (p > st->b && st->rg->roles[p] == ORDER_ROLE_FILLER &&
           st->rg->roles[p - 1] == ORDER_ROLE_FILLER)
        p--;
    /* "if so 6 pork tamales": a condition measures nothing */
    return attach_in(st->text, st->tokens, p, st->e, attach_prepositions,
                     ORDER_WORDS_N(attach_prepositions)) &&
           !order_tok_is(st->text, st->tokens, p, st->e, "with") &&
           !order_tok_is(st->text, st->tokens, p, st->e, "if");
}

/* Does [i, b) hold a word read exactly as a menu word ("for 2 burgers")? */
bool attach_exact_menu_word(const struct attach_state *st, size_t i, size_t b)
{
    for (size_t p = i; p < b; p++)
        if (st->rg->n_hits[p] > 0 && st->rg->hits[p][0].edits == 0 &&
            !order_tok_connector(st->text, &st->tokens[p]))
            return true;
    return false;
}

/* The tokens of a size or a change of the understanding that start at p and end the clause
 * or run up to a punctuation mark, or 0. */
static size_t attach_how_it_comes(const struct attach_state *st, size_t p)
{
    const struct order_understanding *u = st->rd->u;
    size_t n = order_patterns_longest(&u->sizes, st->text, st->tokens, p, st->e, NULL);
    size_t m = order_patterns_longest(&u->modifiers, st->text, st->tokens, p, st->e, NULL);
    n = m > n ? m : n;
    return n > 0 && (p + n == st->e || st->tokens[p + n].kind == ORDER_TOKEN_PUNCT) ? n : 0U;
}

/* Is the run [a, b) all the clause says, but for greetings and a word of politeness ("kottu
 * grande plz")? A noun phrase sent with "please" asks for it. */
bool attach_alone_polite(const struct attach_state *st, size_t a, size_t b)
{
    if (!ORDER_CUES_ANY(&st->cues, "please", "pls", "plz"))
        return false;
    /* "an expresso pls", "a custard pls", "the custard pls": an article opens the noun
     * phrase asked for, when it is food or a word of it is no English ("a menu please", "a
     * moment pls" ask for no dish) */
    size_t named = a;
    if (a + 1U < b && attach_is_article(st->text, st->tokens, a, b)) {
        if (!attach_unreadable(st, a + 1U, b) && !attach_food_run(st, a + 1U, b))
            return false;
        named = a + 1U;
    } else if (a + 1U < b && order_tok_is(st->text, st->tokens, a, b, "the") &&
               attach_food_run(st, a + 1U, b)) {
        named = a + 1U;
    }
    for (size_t p = named; p < b; p++)
        if (attach_in(st->text, st->tokens, p, b, attach_determiners,
                      ORDER_WORDS_N(attach_determiners)))
            return false; /* "picku order please": words of the frame, not a dish */
    bool polite = false;
    for (size_t p = st->b; p < st->e; p++) {
        if (p >= a && p < b)
            continue;
        const struct order_token *t = &st->tokens[p];
        if (t->kind == ORDER_TOKEN_PUNCT || st->rg->roles[p] == ORDER_ROLE_GREETING ||
            (p >= b && st->rg->mod_zone[p])) /* "the custard w caramel on top pls" */
            continue;
        bool please = attach_please_at(st->text, st->tokens, p, st->e);
        /* "expresso pls, double": a size or a change after it, set off by a comma, is how
         * the thing comes, no other thing */
        size_t how = p > b && t[-1].kind == ORDER_TOKEN_PUNCT && t[-1].punct == ','
                         ? attach_how_it_comes(st, p)
                         : 0U;
        if (how > 0) {
            p += how - 1U;
            continue;
        }
        if (!please)
            return false;
        polite = true;
    }
    return polite;
}

/* Is the run [a, b) an article and a noun phrase asked alone with a question mark, with
 * nothing else in its clause but greetings and sounds of hesitation ("ummm a whopper??")? A
 * thing named that way is asked for. */
bool attach_alone_asked(const struct attach_state *st, size_t c, size_t a, size_t b)
{
    if (!ORDER_CUES_ANY(&st->cues, "a", "an"))
        return false;
    while (a < b && st->tokens[a].kind == ORDER_TOKEN_WORD &&
           attach_hesitation_word(st->text + st->tokens[a].off, st->tokens[a].len))
        a++; /* "ummm" */
    if (a < b && attach_is_article(st->text, st->tokens, a, b))
        a++;
    else if (!(a > st->b && attach_is_article(st->text, st->tokens, a - 1, b)))
        return false; /* the article may stand before the run, read as its count */
    if (a >= b || (st->b > 0 && !(st->tokens[st->b - 1U].kind == ORDER_TOKEN_PUNCT &&
                                  strchr(".!?\n", st->tokens[st->b - 1U].punct))))
        return false; /* a clause of a sentence begun before it is no sentence of its own */
    for (size_t p = a; p < b; p++) /* "a whopper??", not "an update?" */
        if (st->tokens[p].kind != ORDER_TOKEN_WORD ||
            (order_dictionary_has(st->rd->dict, st->text + st->tokens[p].off, st->tokens[p].len) &&
             !attach_food_token(st, p)))
            return false;
    bool asked = false;
    for (size_t p = st->b; p < st->e; p++) {
        const struct order_token *t = &st->tokens[p];
        if ((p >= a && p < b) || attach_is_article(st->text, st->tokens, p, st->e))
            continue;
        if (t->kind == ORDER_TOKEN_PUNCT) {
            asked = asked || t->punct == '?';
            continue;
        }
        if (st->rg->roles[p] != ORDER_ROLE_GREETING &&
            !attach_hesitation_word(st->text + t->off, t->len))
            return false;
    }
    /* the clause may end before its question mark */
    return asked || st->rg->clauses[c].question_form;
}

/* "we'll have two of those, one with no crispy onions": after the count of a pronoun, a
 * smaller count with a change of its own (after a comma) is a part of the dish counted, split
 * off to take the change, as after "two portobello burgers, one with ...". */
static void attach_count_part(struct attach_state *st, struct order_thing *th, size_t p)
{
    if (p >= st->e || st->tokens[p].kind != ORDER_TOKEN_PUNCT || st->tokens[p].punct != ',')
        return;
    size_t q = p + 1U;
    int32_t part_qty = 0;
    size_t k = attach_free(st, q) ? attach_count_at(st, q, st->e, &part_qty) : 0;
    if (k == 0 || part_qty >= th->qty || !attach_modifier_lead_at(st, q + k, st->e))
        return;
    struct order_thing *part = attach_split(st, th, part_qty, q + k);
    if (!part)
        return;
    memset(st->rg->roles + q, ORDER_ROLE_QTY, k);
}

/* "whatever the spicy burger is, i want 2 of them": a count of a pronoun, after a dish named
 * without a count in the clause, is the dish's count. Returns whether it was. */
bool attach_count_of_pronoun(struct attach_state *st, size_t a, size_t k, size_t b, int32_t qty)
{
    if (!ORDER_CUES_ANY(&st->cues, "them", "those", "these", "em"))
        return false;
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    size_t p = a + k;
    if (order_tok_is(text, t, p, b, "of"))
        p++;
    if (p >= b || !attach_them_at(text, t, p, b))
        return false;
    if (p + 1 < b &&
        !attach_in(text, t, p + 1, b, attach_prepositions, ORDER_WORDS_N(attach_prepositions)))
        return false; /* "two of those to go" */
    b = p + 1;
    struct order_thing *last = attach_last_item(st, a);
    if (!last)
        return false;
    const struct order_clause *here = &st->rg->clauses[st->rg->things[st->first].clause];
    const struct order_clause *there = &st->rg->clauses[last->clause];
    bool told = attach_told_of_past(st, last);
    if (last->begin < st->b && !here->request_form && !there->request_form &&
        !there->question_start && last->clause + 1U == st->rg->things[st->first].clause &&
        !last->qty_explicit && !told) {
        /* "been craving ur al pastor. so 3 of those, and an elote": the count, said in the
         * next clause beside other dishes, of a dish named there without one; counted, the
         * dish is asked for, not only talked of */
        last->qty = qty;
        last->qty_explicit = true;
        st->rg->clauses[last->clause].has_quantity = true;
        memset(st->rg->roles + a, ORDER_ROLE_QTY, b - a);
        attach_count_part(st, last, b);
        return true;
    }
    if (last->begin < st->b) {
        /* "he got this burger ... Can I get two of those": a request pointing at a dish
         * named outside a request asks for it anew */
        if (!(here->request_form || told) || there->request_form ||
            st->rg->n_things == ORDER_ITEMS_MAX)
            return false;
        struct order_thing *n = &st->rg->things[st->rg->n_things++];
        *n = *last;
        n->clause = st->rg->things[st->first].clause;
        n->begin = (uint16_t)a;
        n->end = (uint16_t)b;
        n->mods.n = 0;
        n->qty = qty;
        n->qty_explicit = true;
        n->reference = false;
        memset(st->rg->roles + a, ORDER_ROLE_QTY, b - a);
        attach_count_part(st, n, b);
        return true;
    }
    if (last->qty_explicit)
        return false;
    last->qty = qty;
    last->qty_explicit = true;
    memset(st->rg->roles + a, ORDER_ROLE_QTY, b - a);
    attach_count_part(st, last, b);
    return true;
}

/* Is word token p, of three letters or more and read as nothing, one edit (a letter
 * changed, added, dropped, or two swapped) from a vocabulary word that names dishes alone
 * ("warp": wrap, "bol": bowl)? */
bool attach_near_anchor(const struct attach_state *st, size_t p)
{
    enum { NEAR_LETTERS_MIN = 3 };
    const struct order_token *t = &st->tokens[p];
    if (t->kind != ORDER_TOKEN_WORD || t->len < NEAR_LETTERS_MIN || st->rg->n_hits[p] > 0 ||
        order_tok_connector(st->text, t))
        return false;
    const struct order_lexicon *lx = st->rd->lex;
    for (size_t w = 0; w < lx->n_words; w++) {
        const struct order_lex_word *v = &lx->words[w];
        if (!v->anchor || v->not_dish || v->len < NEAR_LETTERS_MIN + 1 ||
            (v->len > t->len ? v->len - t->len : t->len - v->len) > 1)
            continue;
        if (order_edit_distance(st->text + t->off, t->len, v->text, v->len, 1) <= 1)
            return true;
    }
    return false;
}

/* "cppuccinos x2", "hot dog x 1": an "x" count in the last two tokens of a..*b (not at a)
 * is the leftover's count: its tokens become the quantity's, *b ends before them. */
bool attach_trailing_count(struct attach_state *st, size_t a, size_t *b, int32_t *qty)
{
    for (size_t p = *b > a + 2 ? *b - 2 : a + 1; p < *b; p++) {
        if (!attach_x_qty_at(st, p, *b) || p == a)
            continue;
        const struct order_token *q = &st->tokens[p];
        int32_t v = q->len > 1 && st->text[q->off] == 'x'
                        ? attach_digits(st->text + q->off + 1, q->len - 1U, false)
                        : -1;
        if (v < 0)
            attach_number(st->rd->u, st->text, st->tokens, p + 1, *b, &v);
        if (v < 1 || v > ORDER_QTY_MAX)
            return false;
        *qty = v;
        memset(st->rg->roles + p, ORDER_ROLE_QTY, *b - p);
        *b = p;
        return true;
    }
    return false;
}

/* The noun phrase of a leftover *i..*b: what follows a preposition is not the dish, leading
 * determiners and trailing words ("please", "too") are not part of it. */
void attach_trim_phrase(struct attach_state *st, size_t *i, size_t *b)
{
    for (size_t p = *i + 1; p < *b; p++)
        if (attach_in(st->text, st->tokens, p, *b, attach_prepositions,
                      ORDER_WORDS_N(attach_prepositions))) {
            *b = p;
            break;
        }
    /* "ummm a whopper", "dat street corn"; not "a glass of rum", a food of the same letters */
    while (*i < *b &&
           (attach_in(st->text, st->tokens, *i, *b, attach_determiners,
                      ORDER_WORDS_N(attach_determiners)) ||
            (st->tokens[*i].kind == ORDER_TOKEN_WORD &&
             attach_th_stopped(st->text + st->tokens[*i].off, st->tokens[*i].len)) ||
            (st->tokens[*i].kind == ORDER_TOKEN_WORD &&
             attach_hesitation_word(st->text + st->tokens[*i].off, st->tokens[*i].len) &&
             !order_food_word(st->rd->food, st->text + st->tokens[*i].off, st->tokens[*i].len))))
        (*i)++;
    while (*b > *i && attach_in(st->text, st->tokens, *b - 1, *b, attach_trailing,
                                ORDER_WORDS_N(attach_trailing)))
        (*b)--;
}

/* Is the word of token t a compound of "mate" in the plural ("roommates", "teammates",
 * "flatmates")? English makes such words only for people one shares something with: counted,
 * they count people, no dish. */
static bool attach_companions(const char *text, const struct order_token *t)
{
    static const char mates[] = "mates";
    size_t n = sizeof(mates) - 1U;
    return t->kind == ORDER_TOKEN_WORD && t->len > n + 2U &&
           memcmp(text + t->off + t->len - n, mates, n) == 0;
}

/* Words left over that say something else than a dish, whatever stands before them: a
 * measure after a count ("7 yrs old haha", "(3 orders lol)", "in 20 mins"), a reason of
 * health ("fish allergy"), a restriction
 * ("sides only today", "drinks only pls"), or only words of grammar ("but x5", whose count is
 * then the dish's before it). */
/* Does the run [i, b) open with a modal or a verb of being right after "of us" / "of them"
 * ("one of us will walk over", "2 of them are vegan")? The count is of people, the run what
 * they do or are: no dish. */
static bool attach_people_do(const struct attach_state *st, size_t i, size_t b)
{
    static const char *const who[] = {"us", "them", "you", "em"};
    static const char *const verbs[] = {"will", "would", "can",  "could", "should", "shall",
                                        "must", "might", "may",  "is",    "are",    "was",
                                        "were", "gonna", "will", "ll",    "wont",   "cant"};
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    return i >= st->b + 2U && i < b && order_tok_is(text, t, i - 2U, b, "of") &&
           attach_in(text, t, i - 1U, b, who, ORDER_WORDS_N(who)) &&
           attach_in(text, t, i, b, verbs, ORDER_WORDS_N(verbs));
}

/* Is [i, b) one word, no food and no menu word, that opens its piece (the clause, or after a
 * comma, colon, semicolon or slash) before a dash or a colon and the words of a dish: whom the
 * piece is for ("maya - jackfruit burger, dev - 2 crispy chicken burgers", "... / Pete - chicken
 * burger")? */
static bool attach_name_heads_piece(const struct attach_state *st, size_t i, size_t b)
{
    const struct order_token *t = st->tokens;
    if (b != i + 1U || b + 1U >= st->e || t[b].kind != ORDER_TOKEN_PUNCT ||
        (t[b].punct != '-' && t[b].punct != ':') || t[i].kind != ORDER_TOKEN_WORD ||
        st->rg->n_hits[i] > 0 || attach_food_token(st, i))
        return false;
    bool opens = i == st->b || (t[i - 1U].kind == ORDER_TOKEN_PUNCT &&
                                (t[i - 1U].punct == ',' || t[i - 1U].punct == ':' ||
                                 t[i - 1U].punct == ';' || t[i - 1U].punct == '/'));
    if (!opens)
        return false;
    int32_t k;
    return st->rg->n_hits[b + 1U] > 0 ||
           attach_number(st->rd->u, st->text, t, b + 1U, st->e, &k) > 0;
}

/* Do the words [i, b) say why, or any or none of a kind, or food at large, but no dish? */
static bool attach_says_why_or_none(const struct attach_state *st, size_t i, size_t b,
                                    bool explicit_qty)
{
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    /* "kids won't eat anything spicy", "nothing with nuts": any or none of a kind, no dish */
    static const char *const none[] = {"anything", "nothing"};
    for (size_t p = i; p < b && !explicit_qty; p++)
        if (attach_in(text, t, p, b, none, ORDER_WORDS_N(none)))
            return true;
    static const char *const because[] = {"because", "bc", "cuz", "coz", "cause", "cos"};
    if (attach_in(text, t, i, b, because, ORDER_WORDS_N(because)))
        return true; /* "no actually 5 because Tess is hungry": why, no dish */
    /* nor food at large, said of with other words ("comfort food time", "she's never had
     * real mexican food"); "food for 6" alone asks for something, to be asked what */
    static const char *const food_at_large[] = {"food", "foods", "grub"};
    size_t head = b - 1U;
    if (head > i + 1U && order_tok_is(text, t, head, b, "time"))
        head--; /* "comfort food time" */
    if (!explicit_qty && head > i &&
        attach_in(text, t, head, b, food_at_large, ORDER_WORDS_N(food_at_large)))
        return true;
    return false;
}

/* Does the counted run [i, b) open with people ("3 patients discharged", "4 welders", "3 of my
 * customers asked me")? A count of people the menu does not name ("kids" may be a dish's word)
 * tells who is there or who orders, no dish to decline nor to ask back. */
static bool attach_people_run(const struct attach_state *st, size_t i, size_t b)
{
    if (i >= b || st->tokens[i].kind != ORDER_TOKEN_WORD)
        return false;
    /* "11 waters", "2 pitchers of margaritas": a food in the run is what is counted */
    for (size_t p = i; p < b; p++)
        if (st->tokens[p].kind == ORDER_TOKEN_WORD &&
            order_food_word(st->rd->food, st->text + st->tokens[p].off, st->tokens[p].len))
            return false;
    const char *w = st->text + st->tokens[i].off;
    size_t len = st->tokens[i].len;
    char form[ORDER_ARTIFACT_WORD_MAX];
    size_t n = order_person_listed_form(w, len, form);
    /* a name WordNet files as a person ("ono") is no common English word; "1 regular" is a
     * size, the menu's word though no dish's */
    return n > 0 &&
           (order_dictionary_has(st->rd->dict, w, len) ||
            order_dictionary_has(st->rd->dict, form, n)) &&
           order_patterns_longest(&st->rd->u->sizes, st->text, st->tokens, i, b, NULL) == 0 &&
           !order_read_slip_of_menu_word(st->rd->lex, w, len) && /* "3 brownes" */
           !order_lexicon_menu_mentions(st->rd->lex, w, len) &&
           !order_lexicon_menu_mentions(st->rd->lex, form, n);
}

/* "team dinner", "ordering supper for my grandsons", "the fellowship potluck": a meal of the
 * day or a gathering to eat is when people eat, no dish of a menu ("a kids meal" names one:
 * "meal" is no such word) */
static const char *const attach_meals[] = {"breakfast", "brunch",   "lunch",   "dinner",
                                           "supper",    "potluck",  "picnic",  "cookout",
                                           "banquet",   "potlucks", "picnics", "cookouts"};

bool attach_not_a_dish(struct attach_state *st, size_t i, size_t b, bool explicit_qty, int32_t qty)
{
    /* the spans of time ("in 20 mins") are attach_counts_time's; a distance covered ("8
     * km walked", "ran 5 miles") measures the customer's day, no dish; "(3 items)" counts
     * the lines of the order that follows */
    static const char *const measures[] = {
        "pm",      "am",      "oclock",     "dollars",    "bucks",     "quid",       "euros",
        "percent", "people",  "ppl",        "persons",    "guests",    "miles",      "mile",
        "km",      "kms",     "kilometers", "kilometres", "blocks",    "laps",       "items",
        "players", "adults",  "students",   "members",    "coaches",   "teachers",   "parents",
        "nurses",  "doctors", "workers",    "friends",    "teammates", "chaperones", "volunteers"};
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    if (attach_wished_occasion(st, i, explicit_qty))
        return true;
    if (explicit_qty && attach_people_run(st, i, b))
        return true; /* "3 patients discharged": people counted, nothing to ask back */
    if (!explicit_qty && attach_said_of_them(st, i, b))
        return true; /* "the nuggets, she only likes them plain" */
    if (!explicit_qty && (attach_verdict_on_it(st, i, b) || attach_said_by_other(st, i)))
        return true; /* "a flan, it was cold last time", "2 wraps, my doctor says ..." */
    if (!explicit_qty && attach_bearing_of_other(st, i, b))
        return true; /* "a bowl, my husband cant handle spice" */
    if (!explicit_qty && attach_event_timed(st, i, b))
        return true; /* "crew meeting at 9" */
    if ((!explicit_qty && attach_name_heads_piece(st, i, b)) || attach_people_do(st, i, b))
        return true; /* "maya - jackfruit burger, ...", "one of us will walk over" */
    if (attach_says_why_or_none(st, i, b, explicit_qty))
        return true; /* "anything spicy", "because ...", "comfort food" */
    if (!explicit_qty && b > i + 1U && order_place_word_at(text, t, b - 1U, b))
        return true; /* "fruit stall by the gate": the kind of place (kind_of_place.c) */
    if (!explicit_qty &&
        order_patterns_longest(&st->rd->u->diet_cues, text, t, i, b, NULL) == b - i)
        return true; /* "I need gluten free": a diet, the customer's, no dish */
    /* "..., pero sin tahini": words of another language's grammar ("pero", "porque") join or
     * frame, they name no dish */
    bool grammar = !explicit_qty;
    for (size_t p = i; p < b && grammar; p++)
        grammar = t[p].kind == ORDER_TOKEN_WORD &&
                  order_language_function_word(text + t[p].off, t[p].len);
    if (grammar)
        return true;
    if (!explicit_qty && attach_in(text, t, b - 1U, b, attach_meals, ORDER_WORDS_N(attach_meals)))
        return true;
    /* "1 invoice pls", "2 separate receipts": the papers of paying, no dish */
    static const char *const papers[] = {"invoice", "invoices", "receipt", "receipts",
                                         "bill",    "bills",    "checks",  "tabs"};
    if (explicit_qty && attach_in(text, t, b - 1U, b, papers, ORDER_WORDS_N(papers)))
        return true;
    if (explicit_qty &&
        (attach_in(text, t, i, b, measures, ORDER_WORDS_N(measures)) ||
         attach_counts_time(st, i, b) ||
         (order_tok_is(text, t, i, b, "orders") && !order_tok_is(text, t, i + 1, b, "of"))))
        return true;
    /* "asking for my 5 yr old who ...": a number read as no count (after a preposition and
     * an owner) before a span of time still measures it; what follows tells of a person */
    int32_t years;
    if (!explicit_qty && i > 0 && attach_counts_time(st, i, b) &&
        attach_number(st->rd->u, text, t, i - 1U, i, &years) == 1 && years > 1)
        return true;
    bool food = false;
    for (size_t p = i; p < b; p++)
        food = food || attach_food_token(st, p) || st->rg->dish_word[p] || st->rg->n_hits[p] > 0;
    for (size_t p = i; p < b && !explicit_qty && !food; p++)
        if (order_tok_is(text, t, p, b, "only"))
            return true;
    if (explicit_qty && !food && attach_counted_there(st, i))
        return true; /* "there are 3 kids and 2 dogs" */
    /* "fish allergy" on its own after a question: why it was asked, no dish */
    if (!explicit_qty && attach_health_reason(text, t, i, b))
        return true;
    /* "4 napkins", "3 spoons": words the understanding says name no dish */
    if (!food && order_patterns_longest(&st->rd->u->not_dish_words, text, t, i, b, NULL) == b - i)
        return true;
    if (!food && explicit_qty && b == i + 1U && attach_companions(text, &t[i]))
        return true; /* "me + 3 roommates" */
    for (size_t p = i; p < b; p++)
        if (t[p].kind == ORDER_TOKEN_WORD &&
            !attach_in(text, t, p, b, attach_prepositions, ORDER_WORDS_N(attach_prepositions)) &&
            !attach_in(text, t, p, b, attach_determiners, ORDER_WORDS_N(attach_determiners)))
            return false;
    struct order_thing *before = attach_last_span(st, i);
    if (explicit_qty && before && !before->qty_explicit) {
        before->qty = qty;
        before->qty_explicit = true;
    }
    return true;
}

/* Does [i, b) hold a word of the menu that may name a dish (not a connector, not "kids")? */
bool attach_menu_words(const struct attach_state *st, size_t i, size_t b)
{
    for (size_t p = i; p < b; p++)
        if (st->rg->n_hits[p] > 0 && !order_tok_connector(st->text, &st->tokens[p]) &&
            !st->rd->lex->words[st->rg->hits[p][0].words[0]].not_dish)
            return true;
    return false;
}

/* Where the noun phrase of a food leftover [i, b) starts: after the last word of the frame
 * before its first food word ("u guys have nachos" quotes "nachos"). */
size_t attach_food_phrase_start(const struct attach_state *st, size_t i, size_t b)
{
    size_t first_food = i;
    while (first_food < b && !attach_food_token(st, first_food) && !st->rg->dish_word[first_food])
        first_food++;
    for (size_t p = first_food; p > i && first_food < b; p--)
        if (attach_in(st->text, st->tokens, p - 1, b, attach_determiners,
                      ORDER_WORDS_N(attach_determiners)))
            return p;
    return i;
}

/* Is the run [a, b) a count (k tokens) and a unit of serving only ("two cups of", "a pot
 * of") right before a dish read as a whole (a dish the menu lacks: "hot chocolate")? Then
 * it is that dish's count, never a thing of its own. */
bool attach_count_of_next(struct attach_state *st, size_t a, size_t k, size_t b, int32_t qty,
                          bool explicit_qty)
{
    size_t u =
        order_patterns_longest(&st->rd->u->quantity_units, st->text, st->tokens, a + k, b, NULL);
    if (u == 0 || a + k + u != b || b >= st->e)
        return false;
    for (size_t t = 0; t < st->rg->n_things; t++) {
        struct order_thing *th = &st->rg->things[t];
        if (th->begin != b)
            continue;
        if (explicit_qty && !th->qty_explicit) {
            th->qty = qty;
            th->qty_explicit = true;
        }
        memset(st->rg->roles + a, ORDER_ROLE_QTY, b - a);
        return true;
    }
    return false;
}

/* Does a count in digits at j, before a free word or a dish read, start another thing of a
 * run that starts with one ("1 sprite 1 pepsi": two drinks, not one; "2 sparkling 2 cold
 * brew": the count of the cold brew, no word of the run)? Not after a preposition ("a table
 * for 2 people"). */
bool attach_count_starts_thing(const struct attach_state *st, size_t j)
{
    const struct order_token *t = st->tokens;
    if (t[j].kind != ORDER_TOKEN_WORD || j + 1 >= st->e || t[j + 1].kind != ORDER_TOKEN_WORD ||
        !(attach_free(st, j + 1) || st->rg->roles[j + 1] == ORDER_ROLE_ITEM) ||
        attach_in(st->text, t, j - 1, st->e, attach_prepositions,
                  ORDER_WORDS_N(attach_prepositions)))
        return false;
    int32_t v = attach_digits(st->text + t[j].off, t[j].len, true);
    return v >= 1 && v <= ORDER_QTY_MAX;
}

/* Is token p a count in words ("one", "two"), no article? */
static bool attach_word_count_at(const struct attach_state *st, size_t p)
{
    int32_t v;
    return p < st->e && st->tokens[p].kind == ORDER_TOKEN_WORD &&
           !attach_is_article(st->text, st->tokens, p, st->e) &&
           attach_digits(st->text + st->tokens[p].off, st->tokens[p].len, true) < 0 &&
           attach_number(st->rd->u, st->text, st->tokens, p, st->e, &v) == 1 && v >= 1 &&
           v <= ORDER_QTY_MAX;
}

/* "one chili cheese fries one root beer float": in a run counted in words, a count in words
 * before a free word starts the next thing, as a count in digits does
 * (attach_count_starts_thing); not after a preposition ("for one", "in two"). */
bool attach_word_count_starts_thing(const struct attach_state *st, size_t i, size_t j)
{
    bool counted = attach_word_count_at(st, i) || (i > st->b && attach_word_count_at(st, i - 1U));
    return counted && attach_word_count_at(st, j) && j + 1U < st->e &&
           st->tokens[j + 1U].kind == ORDER_TOKEN_WORD && attach_free(st, j + 1U) &&
           !attach_in(st->text, st->tokens, j - 1U, st->e, attach_prepositions,
                      ORDER_WORDS_N(attach_prepositions));
}
