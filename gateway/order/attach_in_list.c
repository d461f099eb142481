/* attach_in_list.c — a run of words no span read that stands in a list of dishes
 * (attach_leftover_run.c, reading.h pass 4): right before or after a dish across a separator
 * ("fries and a Corona", "a Heineken, 2 cheeseburgers"), on a line of a list of its own
 * ("Can I get:\n- a cdoissant"), or opening a clause that goes on with the list before ("oh
 * and a cinnabon"). There a noun phrase no lexicon knows names a thing ordered: a brand, a
 * dish of another cuisine ("torta de milanesa"). */
#include "gateway/order/attach_internal.h"
#include "gateway/order/order_assert.h"

/* Is token p, inside [i, b), a two-letter word no English dictionary has, between two
 * words: what joins another language's dish name ("torta de milanesa", "pollo al carbon")? */
static bool attach_foreign_joiner(const struct attach_state *st, size_t p, size_t i, size_t b)
{
    const struct order_token *t = &st->tokens[p];
    return p > i && p + 1 < b && t->len == 2 && st->tokens[p - 1].kind == ORDER_TOKEN_WORD &&
           st->tokens[p + 1].kind == ORDER_TOKEN_WORD && st->rg->n_hits[p] == 0 &&
           !order_dictionary_has(st->rd->dict, st->text + t->off, t->len);
}

/* Is token i a separator of a list: "and", "plus", "n", or , ; + & / and new lines? */
static bool attach_list_separator(const struct attach_state *st, size_t i)
{
    const struct order_token *t = &st->tokens[i];
    if (t->kind == ORDER_TOKEN_PUNCT)
        return t->punct == ',' || t->punct == ';' || t->punct == '+' || t->punct == '&' ||
               t->punct == '/' || t->punct == '\n';
    return order_tok_is(st->text, st->tokens, i, st->e, "and") ||
           order_tok_is(st->text, st->tokens, i, st->e, "plus") ||
           order_tok_is(st->text, st->tokens, i, st->e, "n");
}

/* Is token p the '/' of "w/" as texts write "with" ("burrito w/ no sour cream, a squirt")?
 * It is a word of the change, no separator of the list. */
static bool attach_w_slash_at(const struct attach_state *st, size_t p)
{
    if (!ORDER_CUES_ANY(&st->cues, "w"))
        return false;
    const struct order_token *t = &st->tokens[p];
    return p > st->b && t->kind == ORDER_TOKEN_PUNCT && t->punct == '/' &&
           order_tok_is(st->text, st->tokens, p - 1U, st->e, "w");
}

/* Is th a food the menu lacks that opens its clause, with nothing before it but greetings,
 * a request's opener and its count ("shrimp tacos + guac", "can i get sour cream and ...")?
 * It stands where a dish would, first of a list; a food told of further on ("he can't have
 * the parmesan, so ...") is no item of one. */
static bool attach_food_opens_clause(const struct attach_state *st, const struct order_thing *th)
{
    if (th->leftover_kind != ORDER_LEFTOVER_FOOD)
        return false;
    for (size_t p = st->b; p < th->begin; p++)
        if (st->rg->roles[p] != ORDER_ROLE_GREETING && st->rg->roles[p] != ORDER_ROLE_QTY &&
            st->rg->roles[p] != ORDER_ROLE_LEFTOVER && st->rg->roles[p] != ORDER_ROLE_OPENER)
            return false;
    return true;
}

/* Where does a phrase of whom a dish is for start that ends at e: "for" and at most three
 * words no span, count or change read ("for the table", "for my kid"); e when none. */
static size_t attach_recipient_start(const struct attach_state *st, size_t e)
{
    if (!ORDER_CUES_ANY(&st->cues, "for"))
        return e;
    enum { RECIPIENT_WORDS_MAX = 3 };
    for (size_t k = 1; k <= RECIPIENT_WORDS_MAX + 1 && e >= st->b + 1 + k; k++) {
        size_t p = e - k;
        if (st->tokens[p].kind != ORDER_TOKEN_WORD || st->rg->roles[p] == ORDER_ROLE_ITEM ||
            st->rg->roles[p] == ORDER_ROLE_QTY || st->rg->roles[p] == ORDER_ROLE_MODIFIER)
            return e;
        if (k > 1 && order_tok_is(st->text, st->tokens, p, st->e, "for"))
            return p;
    }
    return e;
}

/* Does the run [a, b) stand in a list of dishes: a span of this clause right before it or
 * right after it, across one list separator ("fries and a Corona", "a Heineken, 2 cheeseburgers")?
 * There a noun phrase names a thing ordered even when no lexicon knows it: a brand, a dish
 * of another cuisine. */
/* Are tokens [p, e), a clause's words so far, a count read as pointing back at a dish ("one
 * of those", "2 of em")? */
static bool attach_pointed_count(const struct attach_state *st, size_t p, size_t e)
{
    int32_t v;
    size_t k = attach_number(st->rd->u, st->text, st->tokens, p, e, &v);
    if (k == 0 || p + k + 2U != e || !order_tok_is(st->text, st->tokens, p + k, e, "of") ||
        !attach_them_at(st->text, st->tokens, p + k + 1U, e))
        return false;
    for (size_t q = p; q < e; q++)
        if (st->rg->roles[q] != ORDER_ROLE_QTY)
            return false;
    return true;
}

bool attach_in_list(const struct attach_state *st, size_t a, size_t b)
{
    /* ", and a corona", "one no cabbage, and a corona": the separator may be a comma and a
     * word, the dish before it may carry its changes */
    enum { CHANGE_WORDS_MAX = 8 };
    size_t end_before = a >= st->b + 2 && attach_list_separator(st, a - 1) ? a - 1 : st->b;
    if (end_before > st->b + 1 && st->tokens[end_before].kind == ORDER_TOKEN_WORD &&
        attach_list_separator(st, end_before - 1))
        end_before--;
    /* "3 fish tacos, one no cabbage, and a corona": a part counted off it, and its
     * changes, stand between */
    for (size_t k = 0; k < CHANGE_WORDS_MAX && end_before > st->b + 1; k++) {
        const struct order_token *t = &st->tokens[end_before - 1];
        uint8_t role = st->rg->roles[end_before - 1];
        /* "6 tacos for the table, and a pitcher of margs": whom a dish is for says nothing
         * of what follows; the list goes on past it */
        size_t who = attach_recipient_start(st, end_before);
        if (who < end_before) {
            end_before = who;
            continue;
        }
        /* "a burger lol and a side of guac", "a taco pls, and a side of guac": a word of talk
         * right before "and" (a comma between) stands between the dish and the list's
         * separator too ("pls, name's kev" names no dish) */
        bool joined =
            st->tokens[end_before].kind == ORDER_TOKEN_WORD ||
            (end_before + 1U < a && st->tokens[end_before + 1U].kind == ORDER_TOKEN_WORD &&
             attach_list_separator(st, end_before + 1U));
        bool talk = role == ORDER_ROLE_FILLER && joined && attach_list_separator(st, end_before);
        if (!(t->kind == ORDER_TOKEN_WORD &&
              (st->rg->mod_zone[end_before - 1] || role == ORDER_ROLE_MODIFIER ||
               role == ORDER_ROLE_QTY || talk)) &&
            !(t->kind == ORDER_TOKEN_PUNCT && t->punct == ',') &&
            !attach_w_slash_at(st, end_before - 1U))
            break;
        end_before--;
    }
    /* "2 x sprnkl wtr n a qxzt": a thing the menu lacks, counted or unreadable, is an item
     * of the list too; so is one read as food ("shrimp tacos + guac") */
    bool before = end_before > st->b && (st->rg->roles[end_before - 1] == ORDER_ROLE_ITEM ||
                                         st->rg->roles[end_before - 1] == ORDER_ROLE_LEFTOVER);
    /* "the birria taco. one of those and a caipirinha": a count pointing back at a dish is
     * an item of the list too */
    if (!before && a >= st->b + 2U && attach_list_separator(st, a - 1U) &&
        attach_pointed_count(st, st->b, a - 1U))
        return true;
    /* "streetcorn no mayo, churos": its own modifiers may follow it */
    while (b < st->e && st->rg->mod_zone[b] && st->tokens[b].kind == ORDER_TOKEN_WORD)
        b++;
    /* "a Perrier and the Caesar": an article may stand before the next dish */
    size_t next = b + 1;
    if (next < st->e && (order_tok_is(st->text, st->tokens, next, st->e, "the") ||
                         attach_is_article(st->text, st->tokens, next, st->e)))
        next++;
    while (next < st->e && st->rg->roles[next] == ORDER_ROLE_QTY)
        next++; /* "pozole rojo and 2 churros": the next dish's count */
    bool after =
        next < st->e && attach_list_separator(st, b) && st->rg->roles[next] == ORDER_ROLE_ITEM;
    for (size_t t = st->first; (before || after) && t < st->rg->n_things; t++) {
        const struct order_thing *th = &st->rg->things[t];
        if (before && th->end == end_before &&
            (th->is_span || (!th->past && (th->qty_explicit || th->unreadable || th->garbled ||
                                           attach_food_opens_clause(st, th)))))
            return true;
        if (after && th->is_span && th->begin == next)
            return true;
    }
    return false;
}

/* The fewest letters a word of a thing named in a list may have: three, or two when it is
 * the thing's only word and no English word ("za and a lemonade": the clipped "pizza"). A
 * two-letter word of English ("it", "me", "ok") is never a thing so named. */
static size_t attach_named_word_min(const struct attach_state *st, size_t i, size_t b)
{
    /* the sounds of talk English spells in two letters, which no dictionary lists */
    static const char *const interjections[] = {"oh", "ah", "uh", "um", "eh", "hm", "aw",
                                                "ya", "ye", "er", "mm", "ha", "xd", "xo"};
    const struct order_token *t = &st->tokens[i];
    bool clipped =
        b == i + 1 && t->kind == ORDER_TOKEN_WORD && t->len == 2 &&
        !order_dictionary_has(st->rd->dict, st->text + t->off, t->len) &&
        !order_tok_in(st->text, st->tokens, i, b, interjections, ORDER_WORDS_N(interjections));
    return clipped ? 2 : 3;
}

/* Is [i, b) one or two words that no menu, dictionary or frame reads, or an article's noun
 * in a list: what a brand or another cuisine's dish looks like ("heineken", "a corona")? Two
 * such words may be joined as that cuisine joins them ("torta de milanesa"). */
bool attach_named_thing(const struct attach_state *st, size_t i, size_t b, bool article)
{
    enum { NAMED_WORDS_MAX = 2 };
    bool joined = b - i == NAMED_WORDS_MAX + 1 && attach_foreign_joiner(st, i + 1, i, b);
    if (b - i > NAMED_WORDS_MAX && !joined)
        return false;
    bool unknown = false;
    for (size_t p = i; p < b; p++) {
        if (joined && p == i + 1)
            continue;
        const struct order_token *t = &st->tokens[p];
        if (t->kind != ORDER_TOKEN_WORD || t->len < attach_named_word_min(st, i, b) ||
            st->rg->n_hits[p] > 0 || st->rg->mod_zone[p])
            return false;
        for (size_t k = 0; k < t->len; k++)
            if (st->text[t->off + k] < 'a' || st->text[t->off + k] > 'z')
                return false;
        if (attach_hesitation_word(st->text + t->off, t->len))
            return false;
        unknown = unknown || !order_dictionary_has(st->rd->dict, st->text + t->off, t->len);
    }
    /* after an article, an English noun: "a corona"; not an adjective ("a big thank you").
     * Two words that end in an adjective ("a big red") are a name: English ends a noun
     * phrase in a noun, so two words with none are what a brand is called. */
    const struct order_token *last = &st->tokens[b - 1];
    const struct order_token *first = &st->tokens[i];
    const struct order_understanding *u = st->rd->u;
    /* not "a little spicy", "a very spicy": a degree and a change of the understanding */
    bool pair =
        b - i == NAMED_WORDS_MAX &&
        order_dictionary_has(st->rd->lex->adjectives, st->text + first->off, first->len) &&
        order_patterns_longest(&u->modifiers, st->text, st->tokens, b - 1, b, NULL) == 0 &&
        order_patterns_longest(&u->modifier_starts, st->text, st->tokens, b - 1, b, NULL) == 0 &&
        order_patterns_longest(&u->sizes, st->text, st->tokens, b - 1, b, NULL) == 0;
    /* "and something spicy": a free choice the kitchen is to make, told by its taste or
     * look, stands in the list as a thing asked for; the customer is asked back */
    static const char *const free_choice[] = {"something", "anything"};
    bool described =
        b - i == NAMED_WORDS_MAX &&
        order_tok_in(st->text, st->tokens, i, b, free_choice, ORDER_WORDS_N(free_choice)) &&
        order_dictionary_has(st->rd->lex->adjectives, st->text + last->off, last->len);
    return unknown || described ||
           (article && (pair || !order_dictionary_has(st->rd->lex->adjectives, st->text + last->off,
                                                      last->len)));
}

/* Is the run [a, b) a line of a list of dishes: all its clause holds but for punctuation,
 * bullets, greetings and fillers, on a line of its own, with a dish named on another line
 * ("Can I get:\n- a cdoissant\n- sweet potato fries")? */
bool attach_list_line(const struct attach_state *st, size_t c, size_t a, size_t b)
{
    const struct order_token *t = st->tokens;
    size_t n = st->rg->clauses[st->rg->n_clauses - 1U].end;
    for (size_t i = st->b; i < st->e; i++)
        if ((i < a || i >= b) && t[i].kind == ORDER_TOKEN_WORD &&
            st->rg->roles[i] != ORDER_ROLE_FILLER && st->rg->roles[i] != ORDER_ROLE_GREETING)
            return false;
    size_t p = st->b;
    while (p > 0 && !order_token_opens_line(st->text, t, p) && t[p - 1].kind == ORDER_TOKEN_PUNCT &&
           t[p - 1].punct != '\n')
        p--; /* bullets before the clause */
    int32_t v;
    bool marked = p < st->b || (t[st->b].kind == ORDER_TOKEN_PUNCT && t[st->b].punct != '\n') ||
                  attach_number(st->rd->u, st->text, t, a, b, &v) > 0;
    if (!marked) /* a bullet, an article or a count: "Thanks,\nSofia" is a name */
        return false;
    if (!order_token_opens_line(st->text, t, p))
        return false;
    if (p == 0 && !(t[st->e - 1].kind == ORDER_TOKEN_PUNCT && t[st->e - 1].punct == '\n') &&
        !(st->e < n && order_token_opens_line(st->text, t, st->e)))
        return false; /* the first line ends at a new line */
    /* later lines are not read yet: a dish word spelt right on another line */
    ORDER_ASSERT(c < st->rg->n_clauses);
    for (size_t i = 0; i < n; i++) {
        if (i >= st->b && i < st->e)
            continue;
        if (t[i].kind == ORDER_TOKEN_WORD && st->rg->n_hits[i] > 0 &&
            st->rg->hits[i][0].edits == 0 && st->rd->lex->words[st->rg->hits[i][0].words[0]].anchor)
            return true;
    }
    return false;
}

/* Does the run starting at a open a clause that goes on with the list of dishes of the one
 * before: nothing before it in its clause but "and", "plus", "also" and sounds ("oh and a
 * cinnabon if you have those" after "... and 2 mango smoothies?")? */
bool attach_list_continued(const struct attach_state *st, size_t c, size_t a)
{
    if (!ORDER_CUES_ANY(&st->cues, "and", "plus", "also", "n"))
        return false;
    static const char *const joins[] = {"and", "plus", "also", "n"};
    static const char *const sounds[] = {"oh",   "ah",  "um",   "uh",   "ok",
                                         "okay", "and", "plus", "also", "n"};
    if (c == 0)
        return false;
    bool joined = false;
    for (size_t p = st->b; p < a; p++) {
        if (st->tokens[p].kind == ORDER_TOKEN_PUNCT)
            continue;
        if (!attach_in(st->text, st->tokens, p, st->e, sounds, ORDER_WORDS_N(sounds)))
            return false;
        joined = joined || attach_in(st->text, st->tokens, p, st->e, joins, ORDER_WORDS_N(joins));
    }
    /* the clause before may have asked for a food the menu lacks ("chilaquiles with an egg on
     * top? and a cafe de olla") */
    for (size_t t = 0; joined && t < st->first; t++) {
        const struct order_thing *th = &st->rg->things[t];
        if ((th->is_span || (th->leftover_kind == ORDER_LEFTOVER_FOOD && !th->past)) &&
            th->clause == c - 1U)
            return true;
    }
    return false;
}

/* Where the heading of the line of clause q ends: one or two words and a ':' or '-' opening
 * it ("Theo - ", "Mrs Diaz: "); the clause's start when there is none. */
static size_t attach_heading_end(const struct attach_state *st, size_t q)
{
    enum { HEADING_WORDS_MAX = 2 };
    const struct order_clause *cl = &st->rg->clauses[q];
    const struct order_token *t = st->tokens;
    for (size_t p = cl->begin + 1U; p < cl->end && p <= cl->begin + (size_t)HEADING_WORDS_MAX;
         p++) {
        if (t[p - 1U].kind != ORDER_TOKEN_WORD)
            break;
        if (t[p].kind == ORDER_TOKEN_PUNCT && (t[p].punct == ':' || t[p].punct == '-'))
            return p + 1U;
    }
    return cl->begin;
}

bool attach_line_after_heading(const struct attach_state *st, size_t c, size_t a, size_t b)
{
    const struct order_reading *rg = st->rg;
    if (c == 0 || !order_token_opens_line(st->text, st->tokens, st->b) ||
        attach_heading_end(st, c) != a)
        return false;
    for (size_t p = b; p < st->e; p++)
        if (st->tokens[p].kind == ORDER_TOKEN_WORD)
            return false;
    size_t h = attach_heading_end(st, c - 1U);
    if (h == rg->clauses[c - 1U].begin)
        return false;
    for (size_t x = 0; x < rg->n_things; x++)
        if (rg->things[x].clause + 1U == c && rg->things[x].is_span && rg->things[x].begin == h)
            return true;
    return false;
}
