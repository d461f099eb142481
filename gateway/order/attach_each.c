/* attach_each.c — counts for several dishes or people (attach.c, reading.h pass 4): plurals
 * and dishes for a group ("lemonades for the table", "mushroom burger for two", "nuggets for
 * each of my 3 kids", "the twins both want ..."), a count for every dish of a list ("(2
 * each)", "3 of each: A, B"), "each for me, jake and tom", and "fries with each". */
#include <string.h>

#include "gateway/order/attach_internal.h"

/* Is token t a plural the customer made ("lemonades", "burgers"), not a name's own plural
 * ("fries", "rings")? */
static bool attach_plural_token(const struct attach_state *st, size_t t)
{
    const struct order_token *k = &st->tokens[t];
    if (k->kind != ORDER_TOKEN_WORD || k->len < 4 || st->text[k->off + k->len - 1] != 's' ||
        st->rg->n_hits[t] == 0)
        return false;
    const struct order_lex_hit *hit = &st->rg->hits[t][0];
    const struct order_lex_word *w = &st->rd->lex->words[hit->words[hit->n_words - 1]];
    return w->text[w->len - 1] != 's';
}

/* Does the span hold a plural the customer made, at its end ("lemonades") or anywhere else:
 * a head noun may come first ("tacos al pastor")? */
static bool attach_plural_span(const struct attach_state *st, const struct order_thing *th)
{
    for (size_t t = th->begin; t < th->end; t++)
        if (attach_plural_token(st, t))
            return true;
    return false;
}

/* Does "for" at i say the dishes are for a group ("for the table", "for everyone", "for the
 * whole team", "for the 4 of us", "for 6 people", "for the middle": set between them to
 * share)? Returns the group's size when it is said, -1 when it is not, 0 for no group. */
static int32_t attach_group_at(const struct attach_state *st, size_t i)
{
    enum { GROUP_WORDS_MAX = 4 };
    static const char *const groups[] = {"table",  "everyone", "everybody", "group", "team",
                                         "office", "party",    "crew",      "all",   "family",
                                         "us",     "lot",      "gang",      "kids",  "people",
                                         "ppl",    "middle",   "center",    "centre"};
    if (!order_tok_is(st->text, st->tokens, i, st->e, "for"))
        return 0;
    int32_t size = -1, v;
    for (size_t k = i + 1; k <= i + GROUP_WORDS_MAX && k < st->e; k++) {
        if (attach_number(st->rd->u, st->text, st->tokens, k, st->e, &v) > 0 &&
            !attach_is_article(st->text, st->tokens, k, st->e))
            size = v;
        if (attach_in(st->text, st->tokens, k, st->e, groups, ORDER_WORDS_N(groups)))
            return size;
        /* "nuggets for two of them": people said before, counted; "for them" alone is no group */
        if (size > 0 && order_tok_is(st->text, st->tokens, k, st->e, "them") &&
            order_tok_is(st->text, st->tokens, k - 1U, st->e, "of"))
            return size;
    }
    return 0;
}

/* Does the clause say the dishes are for a group (attach_group_at)? Returns the group's
 * size when it is said, -1 when it is not, 0 for no group. */
static int32_t attach_for_group(const struct attach_state *st)
{
    if (!ORDER_CUES_ANY(&st->cues, "for"))
        return 0;
    for (size_t i = st->b; i < st->e; i++) {
        int32_t size = attach_group_at(st, i);
        if (size != 0)
            return size;
    }
    return 0;
}

/* Is every dish before th in its clause counted, by a number of its own or beside one by
 * its article, th joined to them by "and", "&" or "+" ("4 beef burgers, 2 cheeseburgers and
 * fries for everyone")? The list counts each dish but the last one, whose count is then not
 * one but the group's, unsaid. */
static bool attach_after_counted_list(const struct attach_state *st, const struct order_thing *th)
{
    static const char *const joins[] = {"and", "plus", "n"};
    size_t j = th->begin;
    if (j <= st->b)
        return false;
    const struct order_token *k = &st->tokens[j - 1U];
    if (!(k->kind == ORDER_TOKEN_PUNCT && (k->punct == '&' || k->punct == '+')) &&
        !attach_in(st->text, st->tokens, j - 1U, st->e, joins, ORDER_WORDS_N(joins)))
        return false;
    /* "2 carnitas bowls and a veggie bowl, and churros for everyone": an article counts its
     * dish one, beside dishes counted in numbers */
    bool any = false;
    for (size_t x = 0; x < st->rg->n_things; x++) {
        const struct order_thing *o = &st->rg->things[x];
        if (o->clause != th->clause || o->end > th->begin)
            continue;
        bool article = !o->qty_explicit && o->qty == 1 && o->begin > st->b &&
                       attach_is_article(st->text, st->tokens, o->begin - 1U, st->e);
        if (!o->is_span || o->item < 0 || !(o->qty_explicit || article) || o->qty_unclear ||
            o->reference)
            return false;
        any = any || o->qty_explicit;
    }
    return any;
}

/* "nuggets for two of them": right after the dish, "for", a count and "of them", some of the
 * people said before, each with one. Returns how many, or 0. */
static int32_t attach_some_of_them(const struct attach_state *st, const struct order_thing *th)
{
    if (!ORDER_CUES_ANY(&st->cues, "for") || !ORDER_CUES_ANY(&st->cues, "them"))
        return 0;
    int32_t size = attach_group_at(st, th->end);
    return size > 0 && order_tok_is(st->text, st->tokens, th->end + 3U, st->e, "them") ? size : 0;
}

/* Does the span end in a plural that is its name's own ("fries", "nuggets"), with no article
 * or count before it and no dish before it in its clause but counted ones it closes a list
 * of, and then "for" a group of unsaid size ("fries for the whole table", "nuggets for the
 * kids") or some of the people said before ("nuggets for two of them")? That too is a number of
 * portions no one gave; a list for the table ("rings + fries for the table") shares one of each,
 * and "an order of fries for the table" is one. */
static bool attach_bare_name_plural_for_group(const struct attach_state *st,
                                              const struct order_thing *th)
{
    static const char *const singles[] = {"a", "an", "one", "of"};
    if (!ORDER_CUES_ANY(&st->cues, "for"))
        return false;
    size_t t = th->end - 1U;
    const struct order_token *k = &st->tokens[t];
    if (k->kind != ORDER_TOKEN_WORD || k->len < 4 || st->text[k->off + k->len - 1] != 's' ||
        st->rg->n_hits[t] == 0 || attach_plural_token(st, t))
        return false;
    if (attach_group_at(st, th->end) != -1 && attach_some_of_them(st, th) == 0)
        return false;
    if (!attach_after_counted_list(st, th))
        for (size_t x = 0; x < st->rg->n_things; x++)
            if (st->rg->things[x].clause == th->clause && st->rg->things[x].end <= th->begin)
                return false;
    /* "a big fries for the table": a size or an adjective between the article and the name */
    enum { DESCRIBING_WORDS_MAX = 2 };
    size_t b = th->begin;
    while (
        b > st->b && th->begin - b < DESCRIBING_WORDS_MAX &&
        st->tokens[b - 1U].kind == ORDER_TOKEN_WORD && st->rg->n_hits[b - 1U] == 0 &&
        (order_patterns_longest(&st->rd->u->sizes, st->text, st->tokens, b - 1U, st->e, NULL) > 0 ||
         order_dictionary_has(st->rd->lex->adjectives, st->text + st->tokens[b - 1U].off,
                              st->tokens[b - 1U].len)))
        b--;
    return b == st->b ||
           !attach_in(st->text, st->tokens, b - 1U, st->e, singles, ORDER_WORDS_N(singles));
}

/* "mushroom burger for two": a dish with no count, then "for" and a count spelt as a word
 * that ends the phrase, is that many of it. A count in digits may be a time ("for 7"). */
static void attach_for_number_word(struct attach_state *st, struct order_thing *th)
{
    if (!ORDER_CUES_ANY(&st->cues, "for"))
        return;
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    size_t p = th->end;
    int32_t v;
    if (!th->is_span || th->item < 0 || th->qty_explicit || th->qty_unclear || th->reference ||
        !order_tok_is(text, t, p, st->e, "for") || !attach_free(st, p + 1) ||
        t[p + 1].kind != ORDER_TOKEN_WORD ||
        (text[t[p + 1].off] >= '0' && text[t[p + 1].off] <= '9') ||
        attach_is_article(text, t, p + 1, st->e) ||
        attach_number(st->rd->u, text, t, p + 1, st->e, &v) != 1 || v < 2 || v > ORDER_QTY_MAX)
        return;
    size_t q = p + 2;
    if (q < st->e && !attach_boundary(text, t, q, st->e) && t[q].kind == ORDER_TOKEN_WORD)
        return; /* "for two people" is a group, read by attach_for_group */
    th->qty = v;
    th->qty_explicit = true;
    memset(st->rg->roles + p, ORDER_ROLE_QTY, 2);
}

/* How many the customer's party is, said anywhere in the message ("there's 5 of us", "we're
 * 4 ppl so ...", "we are 3", "party of 6", "head count 6"): its count in *v and the tokens saying
 * it, [return, + *k); *k is 0 when the message says no such count. */
/* Does a number and "or" or "to" (or a dash) stand right before the count at i, from on ("5 or
 * 6 of us", "4 - 5 of us")? The party is one size or the other: its count is asked back. */
static bool attach_count_ranged(const struct attach_state *st, size_t i, size_t from)
{
    static const char *const ors[] = {"or", "to"};
    const struct order_token *t = st->tokens;
    int32_t n = 0;
    bool joined =
        i > from + 1U && (attach_in(st->text, t, i - 1U, i, ors, ORDER_WORDS_N(ors)) ||
                          (t[i - 1U].kind == ORDER_TOKEN_PUNCT && t[i - 1U].punct == '-'));
    return joined && attach_number(st->rd->u, st->text, t, i - 2U, i - 1U, &n) == 1 && n > 0;
}

/* "headcount 12", "head count is 12", "headcount: 12": how many heads the party has, said
 * right before the count at i. The words saying it, or 0. */
static size_t attach_headcount_before(const struct attach_state *st, size_t from, size_t i,
                                      size_t to)
{
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    size_t b = i;
    if (b > from && (order_tok_is(text, t, b - 1U, to, "is") ||
                     (t[b - 1U].kind == ORDER_TOKEN_PUNCT &&
                      (t[b - 1U].punct == ':' || t[b - 1U].punct == '='))))
        b--;
    if (b > from && order_tok_is(text, t, b - 1U, to, "headcount"))
        return i - (b - 1U);
    if (b > from + 1U && order_tok_is(text, t, b - 1U, to, "count") &&
        order_tok_is(text, t, b - 2U, to, "head"))
        return i - (b - 2U);
    return 0;
}

size_t attach_party_size(const struct attach_state *st, size_t *k, int32_t *v)
{
    static const char *const people[] = {"people",  "ppl",    "persons", "peeps", "person",
                                         "adults",  "guys",   "kids",    "girls", "boys",
                                         "players", "guests", "friends"};
    static const char *const groups[] = {"party", "group", "table", "team", "crew", "squad"};
    /* "lunch for 8", "order for 12 -": a meal or an order for a number that ends its piece */
    static const char *const meals[] = {"lunch", "dinner", "breakfast", "brunch", "order", "food"};
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    *k = 0;
    const struct order_reading *rg = st->rg;
    size_t from = rg->clauses[0].begin, to = rg->clauses[rg->n_clauses - 1U].end;
    for (size_t i = from; i < to; i++) {
        /* "4-5 of us": a range in one word, no one count (-1) */
        if (attach_dashed_range(st, i, to) && order_tok_is(text, t, i + 1, to, "of") &&
            order_tok_is(text, t, i + 2, to, "us") && rg->roles[i] == ORDER_ROLE_NONE) {
            *k = 3;
            *v = -1;
            return i;
        }
        /* in any clause: "2 tacos each. there are 3 of us" */
        if (!(rg->roles[i] == ORDER_ROLE_NONE || rg->roles[i] == ORDER_ROLE_FILLER) ||
            attach_is_article(text, t, i, to) || attach_number(st->rd->u, text, t, i, to, v) != 1 ||
            *v < 2 || *v > ORDER_QTY_MAX)
            continue;
        /* "5 of us", "4 ppl": the count, then who; "5 or 6 of us" says no one count (-1) */
        if (order_tok_is(text, t, i + 1, to, "of") && order_tok_is(text, t, i + 2, to, "us")) {
            *k = 3;
            *v = attach_count_ranged(st, i, from) ? -1 : *v;
            return i;
        }
        /* "the electricians, there's 5 of them": the people just named, counted as "of us"
         * counts the speaker's party; "onion rings, 3 of them" counts a dish */
        static const char *const there[] = {"theres", "there", "theyre"};
        size_t said = i > from + 1U && order_tok_is(text, t, i - 1U, to, "are") &&
                              order_tok_is(text, t, i - 2U, to, "there")
                          ? 2U
                          : 1U;
        if (i >= from + said && order_tok_in(text, t, i - said, to, there, ORDER_WORDS_N(there)) &&
            order_tok_is(text, t, i + 1, to, "of") &&
            (order_tok_is(text, t, i + 2, to, "them") || order_tok_is(text, t, i + 2, to, "em"))) {
            *k = said + 3U;
            *v = attach_count_ranged(st, i, from) ? -1 : *v;
            return i - said;
        }
        /* "we're 4", "we are 3 people", "party of 6": who, then the count */
        size_t b = i;
        /* "we're" is written "were"; "we were 3" tells of the past */
        bool past = b > from + 1U && order_tok_is(text, t, b - 2U, to, "we");
        if (b > from && ((order_tok_is(text, t, b - 1U, to, "were") && !past) ||
                         (order_tok_is(text, t, b - 1U, to, "are") && b > from + 1U &&
                          order_tok_is(text, t, b - 2U, to, "we")))) {
            b -= order_tok_is(text, t, b - 1U, to, "were") ? 1U : 2U;
        } else if (b > from + 1U && order_tok_is(text, t, b - 1U, to, "of") &&
                   order_tok_in(text, t, b - 2U, to, groups, ORDER_WORDS_N(groups))) {
            b -= 2U;
        } else if (b > from + 1U && order_tok_is(text, t, b - 1U, to, "for") &&
                   order_tok_in(text, t, b - 2U, to, meals, ORDER_WORDS_N(meals)) &&
                   (i + 1U >= to || t[i + 1U].kind == ORDER_TOKEN_PUNCT)) {
            b -= 2U;
        } else if (attach_headcount_before(st, from, b, to) > 0) {
            b -= attach_headcount_before(st, from, b, to);
        } else if (!order_tok_in(text, t, i + 1U, to, people, ORDER_WORDS_N(people)) &&
                   !(i + 2U < to && rg->n_hits[i + 1U] == 0 && t[i + 1U].kind == ORDER_TOKEN_WORD &&
                     order_tok_in(text, t, i + 2U, to, people, ORDER_WORDS_N(people)))) {
            continue; /* "5 guys on site", "11 u10 girls": the count, then who */
        }
        size_t e = i + 1U;
        if (!order_tok_in(text, t, e, to, people, ORDER_WORDS_N(people)) &&
            order_tok_in(text, t, e + 1U, to, people, ORDER_WORDS_N(people)))
            e++; /* a word of who they are between */
        if (order_tok_in(text, t, e, to, people, ORDER_WORDS_N(people)))
            e++;
        for (size_t w = b; w < e; w++) /* the clause's frame may have read it (clause.c) */
            if (rg->roles[w] != ORDER_ROLE_NONE && rg->roles[w] != ORDER_ROLE_FILLER)
                return 0;
        *k = e - b;
        return b;
    }
    return 0;
}

/* "nuggets for each of my 3 kids", "a lemonade for each of the 4 of us": a dish with no
 * count, then "for each of", a possessive or article, and a count before who they are, is
 * one for each of them; "for each of us" takes the count of "N of us" later in the clause. */
static void attach_for_each_of(struct attach_state *st, struct order_thing *th)
{
    static const char *const owners[] = {"my", "our", "the", "his", "her", "their", "these"};
    if (!ORDER_CUES_ANY(&st->rg->cues, "for") || !ORDER_CUES_ANY(&st->rg->cues, "each"))
        return;
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    size_t p = th->end;
    int32_t v;
    if (!th->is_span || th->item < 0 || th->qty_explicit || th->qty_unclear || th->reference ||
        th->qty != 1 || !order_tok_is(text, t, p, st->e, "for") ||
        !order_tok_is(text, t, p + 1, st->e, "each") || !order_tok_is(text, t, p + 2, st->e, "of"))
        return;
    size_t q = p + 3;
    if (order_tok_is(text, t, q, st->e, "us")) { /* "for each of us, there's 5 of us" */
        size_t k = 0, i = attach_party_size(st, &k, &v);
        th->qty_unclear = k > 0 && v < 0; /* "for each of us, 5 or 6 of us" */
        if (k > 0 && v > 0) {
            th->qty = v;
            th->qty_explicit = true;
            memset(st->rg->roles + p, ORDER_ROLE_QTY, 4);
            memset(st->rg->roles + i, ORDER_ROLE_QTY, k);
        }
        return;
    }
    if (attach_in(text, t, q, st->e, owners, ORDER_WORDS_N(owners)))
        q++;
    size_t k = attach_number(st->rd->u, text, t, q, st->e, &v);
    if (k == 0 || attach_is_article(text, t, q, st->e) || v < 2 || v > ORDER_QTY_MAX ||
        q + k >= st->e || t[q + k].kind != ORDER_TOKEN_WORD)
        return; /* "for each of them" counts nothing said */
    th->qty = v;
    th->qty_explicit = true;
    memset(st->rg->roles + p, ORDER_ROLE_QTY, q + k - p);
}

/* "3 cheeseburgers and fries for each", "... fries for each of them": a dish with no count,
 * then "for each" that ends the phrase, is one for each of the dish named before it, as
 * many as that one counts. */
static void attach_for_each_before(struct attach_state *st, size_t s)
{
    if (!ORDER_CUES_ANY(&st->cues, "for") || !ORDER_CUES_ANY(&st->cues, "each"))
        return;
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    struct order_thing *th = &st->rg->things[s];
    size_t p = th->end, q = p + 2; /* q: after "for each", or "for each of them" */
    if (order_tok_is(text, t, q, st->e, "of") && (order_tok_is(text, t, q + 1, st->e, "them") ||
                                                  order_tok_is(text, t, q + 1, st->e, "those")))
        q += 2;
    if (s == 0 || !th->is_span || th->item < 0 || th->qty_explicit || th->qty_unclear ||
        th->reference || th->qty != 1 || !order_tok_is(text, t, p, st->e, "for") ||
        !order_tok_is(text, t, p + 1, st->e, "each") ||
        (q < st->e && !attach_boundary(text, t, q, st->e)))
        return;
    const struct order_thing *before = &st->rg->things[s - 1U];
    if (!before->is_span || before->item < 0 || before->item == th->item || before->qty < 2 ||
        before->qty > ORDER_QTY_MAX)
        return;
    th->qty = before->qty;
    th->qty_explicit = true;
    memset(st->rg->roles + p, ORDER_ROLE_QTY, q - p);
}

/* How many children born together token i names ("twins"), or 0. */
static int32_t attach_born_together(const char *text, const struct order_token *t, size_t i,
                                    size_t e)
{
    return order_tok_is(text, t, i, e, "twins") ? 2 : 0;
}

/* Is "for" and a person right after thing th ("a flan for me", "a churro for my wife", "one
 * for him", "a brownie for our mom")? The dish is that one's, not one for each of the people
 * counted before it. ("for us", "for them" name those people: their dish is each one's.) */
static bool attach_for_another(const struct attach_state *st, const struct order_thing *th)
{
    static const char *const persons[] = {"me", "myself", "him"}; /* "her" is a possessive too */
    if (!ORDER_CUES_ANY(&st->cues, "for"))
        return false;
    size_t p = th->end + 1U;
    return order_tok_is(st->text, st->tokens, th->end, st->e, "for") &&
           (attach_in(st->text, st->tokens, p, st->e, persons, ORDER_WORDS_N(persons)) ||
            order_tok_possessive(st->text, st->tokens, p, st->e));
}

/* Is the word at p people named in the plural after "both" ("both violins want tres
 * leches", "both kids"): a word of no dish, read as nothing, ending in "s"? */
static bool attach_both_people_at(const struct attach_state *st, size_t p)
{
    if (p >= st->e || st->tokens[p].kind != ORDER_TOKEN_WORD || st->tokens[p].len < 3U ||
        st->rg->roles[p] != ORDER_ROLE_NONE || st->rg->n_hits[p] > 0 || attach_food_token(st, p))
        return false;
    return st->text[st->tokens[p].off + st->tokens[p].len - 1U] == 's';
}

/* "the twins both want a kids quesadilla", "we both want a lemonade", "both violins want tres
 * leches": "both" as the subject of wanting, or before the people who want, makes each dish
 * after it, with no count of its own, two; so does "the twins each want". */
void attach_both_want(struct attach_state *st, size_t first, size_t end, bool both_only)
{
    if (!ORDER_CUES_ANY(&st->rg->cues, "both", "each") ||
        !ORDER_CUES_ANY(&st->rg->cues, "want", "wanna", "get", "have", "need", "ll", "will",
                        "would", "like", "take", "are", "order"))
        return;
    static const char *const verbs[] = {"want", "wanna", "get",  "have", "need", "ll",
                                        "will", "would", "like", "take", "are",  "order"};
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    size_t at = st->e;
    int32_t count = 2;
    bool counted = false; /* people each wanting: a count of their own is each one's */
    for (size_t i = st->b; i < st->e && at == st->e; i++) {
        if (order_tok_is(text, t, i, st->e, "both") &&
            (attach_in(text, t, i + 1, st->e, verbs, ORDER_WORDS_N(verbs)) ||
             (order_tok_is(text, t, i + 1, st->e, "of") &&
              attach_in(text, t, i + 3, st->e, verbs, ORDER_WORDS_N(verbs))) ||
             (attach_both_people_at(st, i + 1U) &&
              attach_in(text, t, i + 2, st->e, verbs, ORDER_WORDS_N(verbs)))))
            at = i;
        /* "the twins each want the nuggets": a pair (or three) each wanting, one each; not
         * once more where "everyone gets" read it ("the 3 of us each want 2 tacos") */
        if (!order_tok_is(text, t, i, st->e, "each") || st->rg->roles[i] != ORDER_ROLE_NONE ||
            !attach_in(text, t, i + 1, st->e, verbs, ORDER_WORDS_N(verbs)))
            continue;
        int32_t many = i > st->b ? attach_born_together(text, t, i - 1U, st->e) : 0;
        /* "me and my husband each want 2 tacos": the people named, each wanting the count */
        if (many == 0 && (many = attach_subjects_before(st, i)) == 0 && i > st->b &&
            st->rg->roles[i - 1U] == ORDER_ROLE_NONE)
            many = attach_people_counted(st, false); /* "my boys each ..., three of them" */
        if (many > 0 && !both_only) {
            at = i;
            count = many;
            counted = true;
        }
    }
    /* "... and i'll have the halloumi burger": another's request ends theirs */
    /* "..., and i'm being good so just the veggie bowl": the speaker named as another
     * subject ends theirs too */
    static const char *const speaker[] = {"i", "im", "ill", "id", "ive", "me", "my", "myself"};
    size_t stop = at + 2U;
    while (stop < st->e &&
           !(st->rg->roles[stop] == ORDER_ROLE_OPENER &&
             st->rg->roles[stop - 1U] != ORDER_ROLE_OPENER) &&
           !attach_in(text, t, stop, st->e, speaker, ORDER_WORDS_N(speaker)) &&
           !(counted && attach_in(text, t, stop, st->e, verbs, ORDER_WORDS_N(verbs))))
        stop++; /* "..., the kids get ...": people counted, another's wanting ends theirs */
    for (size_t s = first; s < end && at < st->e; s++) {
        struct order_thing *th = &st->rg->things[s];
        if (attach_for_another(st, th))
            continue; /* "..., and a flan for me": the speaker's own, or another's */
        if (th->begin > at && th->begin < stop && th->is_span && th->item >= 0 &&
            !th->qty_explicit && !th->qty_unclear && !th->reference && th->qty == 1) {
            th->qty = count;
            th->qty_explicit = true;
        } else if (counted && th->begin > at && th->begin < stop && th->is_span && th->item >= 0 &&
                   th->qty_explicit && !th->qty_unclear && !th->reference &&
                   th->qty * count <= ORDER_QTY_MAX) {
            th->qty *= count;
        }
    }
}

/* The people "each" at token p is for, as the message names them ("the kids (2 of them)
 * ... each"); "each for them" is for those named, without the speaker. Marks "for them". */
static int32_t attach_each_people(struct attach_state *st, size_t p)
{
    bool them = order_tok_is(st->text, st->tokens, p + 1U, st->e, "for") &&
                order_tok_is(st->text, st->tokens, p + 2U, st->e, "them");
    int32_t n = attach_people_counted(st, them);
    if (n > 0 && them)
        memset(st->rg->roles + p + 1U, ORDER_ROLE_QTY, 2);
    return n;
}

/* "burritos for my crew, 5 of em, 2 w no cheese": a dish for a group of unsaid size right
 * before it, then a count pointing back set off by a comma, counts the dish after all; what
 * follows that count is read as any count after the dish (a part split off with its change).
 * Returns whether the count was there. */
static bool attach_group_counted_after(struct attach_state *st, struct order_thing *th)
{
    const size_t group_words_max = 4;
    if (!ORDER_CUES_ANY(&st->rg->cues, "for") || !ORDER_CUES_ANY(&st->rg->cues, "of"))
        return false;
    if (attach_group_at(st, th->end) != -1)
        return false;
    size_t g = th->end + 1U;
    while (g < st->e && g <= th->end + group_words_max && st->tokens[g].kind == ORDER_TOKEN_WORD)
        g++;
    if (g >= st->e || st->tokens[g].kind != ORDER_TOKEN_PUNCT || st->tokens[g].punct != ',')
        return false;
    int32_t v = 0;
    size_t k = attach_number(st->rd->u, st->text, st->tokens, g + 1U, st->e, &v);
    if (k == 0 || attach_is_article(st->text, st->tokens, g + 1U, st->e) ||
        !order_tok_is(st->text, st->tokens, g + 1U + k, st->e, "of") ||
        !attach_them_at(st->text, st->tokens, g + 2U + k, st->e))
        return false;
    size_t limit = st->e;
    for (size_t x = 0; x < st->rg->n_things; x++)
        if (st->rg->things[x].begin > th->end && st->rg->things[x].begin < limit)
            limit = st->rg->things[x].begin;
    memset(st->rg->roles + th->end, ORDER_ROLE_FILLER, g - th->end);
    attach_after(st, th, g, limit, limit < st->e);
    return th->qty_explicit;
}

/* How many tokens of "per person" ("per head", "a person", "per kid") start at p: "each" said of
 * the people; 0 when none. */
static size_t attach_per_person(const struct attach_state *st, size_t p)
{
    static const char *const per[] = {"per", "a"};
    static const char *const who[] = {"person", "head", "guest", "pax", "kid", "child"};
    if (!ORDER_CUES_ANY(&st->cues, "per", "a") ||
        !ORDER_CUES_ANY(&st->cues, "person", "head", "guest", "pax", "kid", "child"))
        return 0U;
    return attach_in(st->text, st->tokens, p, st->e, per, ORDER_WORDS_N(per)) &&
                   attach_in(st->text, st->tokens, p + 1U, st->e, who, ORDER_WORDS_N(who))
               ? 2U
               : 0U;
}

void attach_per_person_mark(struct attach_state *st, size_t first, size_t end)
{
    if (!ORDER_CUES_ANY(&st->rg->cues, "person", "head", "guest", "pax", "kid", "child") ||
        !ORDER_CUES_ANY(&st->rg->cues, "per", "a"))
        return;
    for (size_t s = first; s < end; s++) {
        const struct order_thing *th = &st->rg->things[s];
        size_t per = th->is_span && attach_free(st, th->end) ? attach_per_person(st, th->end) : 0U;
        if (per == 0)
            continue;
        int32_t v = 0;
        size_t k = 0, at = attach_party_size(st, &k, &v);
        if (k == 0 || v < 0)
            return;
        st->per_person = v;
        memset(st->rg->roles + th->end, ORDER_ROLE_QTY, per);
        memset(st->rg->roles + at, ORDER_ROLE_QTY, k); /* who the count is for, no change */
        return;
    }
}

/* "2 each of the al pastor and carnitas per person, we're 5": "per person" after the last
 * dish of a list counted alike counts every dish of it for each one. Multiplies the dishes
 * of th's clause before it that have th's count (before its own is multiplied). */
static void attach_per_person_list(struct attach_state *st, const struct order_thing *th,
                                   int32_t party)
{
    for (size_t x = st->first; x < st->rg->n_things; x++) {
        struct order_thing *o = &st->rg->things[x];
        if (o != th && o->clause == th->clause && o->end <= th->begin && o->is_span &&
            o->item >= 0 && !o->reference && o->qty_explicit && o->qty == th->qty &&
            o->qty * party <= ORDER_QTY_MAX)
            o->qty *= party;
    }
}

/* "lemonades for the table", "cheeseburgers for everyone": a dish in the plural with no count,
 * for a group, leaves the count to be asked; "for the 4 of us" gives it. */
void attach_group_counts(struct attach_state *st, size_t first, size_t end)
{
    if (!ORDER_CUES_ANY(&st->rg->cues, "for", "each", "both", "person", "head", "guest", "pax",
                        "kid", "child"))
        return;
    bool checked = false;
    int32_t group = 0;
    attach_both_want(st, first, end, false);
    for (size_t s = first; s < end; s++) {
        attach_for_number_word(st, &st->rg->things[s]);
        attach_for_each_of(st, &st->rg->things[s]);
        attach_for_each_before(st, s);
    }
    for (size_t s = first; s < end; s++) {
        struct order_thing *th = &st->rg->things[s];
        /* "lunch for 4 of us: a horchata each": one for each of the group */
        size_t per = st->per_person > 0 && st->rg->roles[th->end] == ORDER_ROLE_QTY
                         ? attach_per_person(st, th->end)
                         : 0U;
        bool each = order_tok_is(st->text, st->tokens, th->end, st->e, "each") || per > 0;
        /* "we're 5: one carne asada burrito each", "2 tacos each, there are 3 of us": the
         * count is each one's, of the party the message says */
        if (each && th->is_span && th->item >= 0 && th->qty_explicit && !th->qty_unclear &&
            !th->reference && st->rg->roles[th->end] != ORDER_ROLE_ITEM) {
            int32_t party = per > 0 ? st->per_person : attach_for_group(st), v = 0;
            size_t k = 0;
            if (party <= 0) {
                attach_party_size(st, &k, &v);
                party = k > 0 ? v : attach_each_people(st, th->end);
            }
            th->qty_unclear = party < 0; /* "2 tacos each, 5 or 6 of us" */
            if (party >= 2 && th->qty * party <= ORDER_QTY_MAX) {
                if (per > 0)
                    attach_per_person_list(st, th, party);
                th->qty *= party;
                st->rg->roles[th->end] = ORDER_ROLE_QTY;
            }
            continue;
        }
        if (!th->is_span || th->item < 0 || th->qty_explicit || th->qty != 1 || th->qty_unclear ||
            th->reference ||
            !(attach_plural_span(st, th) || each || attach_bare_name_plural_for_group(st, th)))
            continue;
        if (!checked) {
            group = attach_for_group(st);
            size_t k = 0;
            int32_t v = 0;
            if (group == 0 && each) { /* "party of 3: a halloumi burger each" */
                attach_party_size(st, &k, &v);
                v = k > 0 ? v : attach_each_people(st, th->end);
                v = v != 0 ? v : attach_subjects_wanting(st, th->begin);
                k = v != 0; /* -1: "5 or 6 of us", asked back */
            }
            group = k > 0 ? v : group;
            checked = true;
        }
        if (each && group == 0)
            continue; /* "a lemonade each": the count of nobody said */
        int32_t some = attach_some_of_them(st, th);
        if (some > 0 && some <= ORDER_QTY_MAX) {
            th->qty = some;
            th->qty_explicit = true;
        } else if (group > 0 && group <= ORDER_QTY_MAX) {
            th->qty = group;
            th->qty_explicit = true;
        } else if (!(group < 0 && attach_group_counted_after(st, th))) {
            th->qty_unclear = group < 0;
        }
    }
}

/* Is a dish of the clause read before token i? */
static bool attach_each_list_before(const struct attach_state *st, size_t i)
{
    for (size_t s = st->first; s < st->rg->n_things; s++)
        if (st->rg->things[s].is_span && st->rg->things[s].item >= 0 && st->rg->things[s].end <= i)
            return true;
    return false;
}

/* "(2 each)", "(three of each)", "x3 each", "3 of each: A, B": a count for every dish of the
 * list it closes or opens. Finds it in the clause before the spans are read, marks its
 * tokens, and returns the count (0: none) with where it stands in *at. */
/* Does the "each" at i open every dish of a kind named after it ("2 of each milkshake",
 * "one of each kind of taco")? */
static bool attach_each_of_kind(const struct attach_state *st, size_t i)
{
    for (size_t x = st->first; x < st->rg->n_things; x++) {
        const struct order_thing *th = &st->rg->things[x];
        if (!th->is_span || th->begin <= i || th->clause != st->rg->things[st->first].clause)
            continue;
        size_t all = order_all_of_kind_at(st->text, st->tokens, th->begin);
        if (all < th->begin && (all + 1U == i || all == i))
            return true;
    }
    return false;
}

int32_t attach_each_phrase(struct attach_state *st, size_t *at)
{
    if (!ORDER_CUES_ANY(&st->rg->cues, "each", "everything"))
        return 0;
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    static const char *const beyond[] = {"on", "in", "from", "off", "else", "you", "u"};
    for (size_t i = st->b + 1; i < st->e; i++) {
        /* "1 fish taco, 1 veggie taco, one of everything": "of everything" after the list
         * is "of each" of it; not "of everything on the menu", nor with no list before */
        bool everything = order_tok_is(text, t, i, st->e, "everything") &&
                          order_tok_is(text, t, i - 1U, st->e, "of") &&
                          attach_each_list_before(st, i) &&
                          !attach_in(text, t, i + 1U, st->e, beyond, ORDER_WORDS_N(beyond));
        if (!(everything || order_tok_is(text, t, i, st->e, "each")) ||
            st->rg->roles[i] != ORDER_ROLE_NONE)
            continue;
        size_t n = i; /* the number's first token */
        if (order_tok_is(text, t, n - 1, st->e, "of") && n >= st->b + 2)
            n--;
        int32_t v = -1;
        const struct order_token *k = &t[n - 1];
        if (k->kind == ORDER_TOKEN_WORD && k->len > 1 && text[k->off] == 'x')
            v = attach_digits(text + k->off + 1, k->len - 1U, false); /* x3 each */
        if (v < 0 && attach_number(st->rd->u, text, t, n - 1, st->e, &v) == 0)
            continue;
        if (attach_place_number(st, n - 1)) {
            /* "bed 10 and 11 each want a rice": one for each place listed, the numbers the
             * places' own */
            int32_t places = 0;
            size_t q = n - 1U;
            while (attach_place_number(st, q)) {
                places++;
                if (q < st->b + 2U)
                    break;
                q -= 2U;
            }
            static const char *const wanting[] = {"want", "wants", "get", "gets", "have", "has"};
            if (i + 1U < st->e && st->rg->roles[i + 1U] == ORDER_ROLE_NONE &&
                attach_in(text, t, i + 1U, st->e, wanting, ORDER_WORDS_N(wanting)))
                st->rg->roles[i + 1U] = ORDER_ROLE_FILLER;
            if (places < 2) {
                st->rg->roles[i] = ORDER_ROLE_FILLER;
                continue;
            }
            st->rg->roles[i] = ORDER_ROLE_QTY;
            *at = i;
            return places;
        }
        n--;
        if (n > st->b && (order_tok_is(text, t, n - 1, st->e, "x") ||
                          order_tok_is(text, t, n - 1, st->e, "times")))
            n--; /* x 3 each */
        if (attach_is_article(text, t, n, st->e) || v < 1 || v > ORDER_QTY_MAX)
            continue;
        bool free = true;
        for (size_t p = n; p <= i; p++)
            free = free && st->rg->roles[p] == ORDER_ROLE_NONE;
        /* "two each of A and B" before its dishes is attach_before's; so is "2 of each
         * milkshake", every dish of the kind after it (menu_refs.c) */
        if (!free || order_tok_is(text, t, i + 1, st->e, "of") || attach_each_of_kind(st, i))
            continue;
        memset(st->rg->roles + n, ORDER_ROLE_QTY, i + 1 - n);
        *at = n;
        return v;
    }
    return 0;
}

/* Gives the count of an "each" phrase at token at to the clause's spans on its side: those
 * before it when it closes the list, those after it when it opens one. */
/* Does a ';' close clause c ("cheeseburger; onion rings; lemonade")? */
static bool attach_semicolon_after(const struct attach_state *st, size_t c)
{
    const struct order_clause *cl = &st->rg->clauses[c];
    for (size_t i = cl->end; i-- > cl->begin && st->tokens[i].kind == ORDER_TOKEN_PUNCT;)
        if (st->tokens[i].punct == ';')
            return true;
    for (size_t i = cl->end; c + 1U < st->rg->n_clauses && i < st->rg->clauses[c + 1U].begin; i++)
        if (st->tokens[i].kind == ORDER_TOKEN_PUNCT && st->tokens[i].punct == ';')
            return true; /* between the clauses */
    return false;
}

/* "Cheddar cheeseburger; onion rings; lemonade — 2 each": an "each" closing the last clause of
 * a list split by semicolons counts the dishes of the clauses before too, each clause only
 * dishes with no count of their own. */
static void attach_each_back_over_list(struct attach_state *st, size_t c, int32_t qty)
{
    while (c > 0 && attach_semicolon_after(st, c - 1U)) {
        c--;
        bool only = false;
        for (size_t s = 0; s < st->rg->n_things; s++) {
            const struct order_thing *th = &st->rg->things[s];
            if (th->clause != c || th->reference)
                continue;
            if (!th->is_span || th->qty_explicit || th->qty_unclear)
                return;
            only = true;
        }
        if (!only)
            return;
        for (size_t s = 0; s < st->rg->n_things; s++) {
            struct order_thing *th = &st->rg->things[s];
            if (th->clause == c && !th->reference) {
                th->qty = qty;
                th->qty_explicit = true;
            }
        }
    }
}

void attach_each_apply(struct attach_state *st, size_t first, size_t end, int32_t qty, size_t at)
{
    bool before = false;
    for (size_t s = first; s < end; s++)
        before = before || (st->rg->things[s].is_span && st->rg->things[s].end <= at);
    for (size_t s = first; s < end; s++) {
        struct order_thing *th = &st->rg->things[s];
        if (!th->is_span || th->reference || (before ? th->end > at : th->begin < at))
            continue;
        /* "three falafel wraps, one each (for the kids)": one each is how the dishes counted
         * before are shared out, not their count */
        if (before && qty == 1 && th->qty_explicit && th->qty > 1)
            continue;
        th->qty = qty;
        th->qty_explicit = true;
    }
    if (before && first < end)
        attach_each_back_over_list(st, st->rg->things[first].clause, qty);
}

/* Is token i a person in a list after "each for": "me", "you", "him", "her", or a word no
 * reading of which names the menu exactly ("jake", "tom": names, however near a dish)? */
static bool attach_person_at(const struct attach_state *st, size_t i)
{
    static const char *const pronouns[] = {"me", "myself", "you", "him", "her", "mine"};
    const struct order_token *t = st->tokens;
    if (i >= st->e || t[i].kind != ORDER_TOKEN_WORD || t[i].len < 2 ||
        (st->rg->roles[i] != ORDER_ROLE_NONE && st->rg->roles[i] != ORDER_ROLE_ITEM &&
         st->rg->roles[i] != ORDER_ROLE_FILLER))
        return false;
    if (order_tok_in(st->text, t, i, st->e, pronouns, ORDER_WORDS_N(pronouns)))
        return true;
    if (order_patterns_longest(&st->rd->u->fillers, st->text, t, i, i + 1, NULL) > 0)
        return false; /* "please", "thx" */
    for (size_t h = 0; h < st->rg->n_hits[i]; h++)
        if (st->rg->hits[i][h].edits == 0)
            return false;
    int32_t v;
    return attach_number(st->rd->u, st->text, t, i, st->e, &v) == 0;
}

/* "1 cheeseburger each for me, jake and tom": a count "each" for a list of people that ends
 * the clause is that count for every one of them; the names are no dishes. */
void attach_each_for_people(struct attach_state *st, size_t first, size_t end)
{
    if (!ORDER_CUES_ANY(&st->cues, "each") || !ORDER_CUES_ANY(&st->cues, "for"))
        return;
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    for (size_t k = first; k < end; k++) {
        struct order_thing *th = &st->rg->things[k];
        size_t p = th->end;
        if (!th->is_span || th->item < 0 || th->reference || th->qty_unclear ||
            !order_tok_is(text, t, p, st->e, "each") || !order_tok_is(text, t, p + 1, st->e, "for"))
            continue;
        size_t people = 0, q = p + 2;
        bool ok = true;
        while (ok && q < st->e) {
            if (order_patterns_longest(&st->rd->u->fillers, text, t, q, q + 1, NULL) > 0) {
                q++; /* "... and tom please" */
                continue;
            }
            ok = attach_person_at(st, q);
            people += ok;
            q++;
            while (ok && q < st->e &&
                   (order_tok_is(text, t, q, st->e, "and") ||
                    order_tok_is(text, t, q, st->e, "n") ||
                    (t[q].kind == ORDER_TOKEN_PUNCT && (t[q].punct == ',' || t[q].punct == '&'))))
                q++;
            while (q < st->e &&
                   (t[q].kind == ORDER_TOKEN_PUNCT && t[q].punct != ',' && t[q].punct != '&'))
                q++;
        }
        if (!ok || people < 2 || th->qty * (int32_t)people > ORDER_QTY_MAX)
            continue;
        for (size_t j = first; j < st->rg->n_things; j++) {
            struct order_thing *o = &st->rg->things[j];
            if (o != th && o->begin >= p && o->end <= st->e)
                o->reference = true; /* a name read as a dish ("jake": cake) */
        }
        memset(st->rg->roles + p, ORDER_ROLE_QTY, st->e - p);
        th->qty *= (int32_t)people;
        th->qty_explicit = true;
    }
}

/* The count of the dish asked for last before token b, its parts together ("two
 * cheeseburgers, one with no onions": 2), or 0 when none was counted. */
static int32_t attach_count_before(const struct attach_state *st, size_t b)
{
    const struct order_thing *last = attach_last_dish(st, b);
    if (!last || !last->qty_explicit)
        return 0;
    int32_t sum = 0;
    for (size_t x = 0; x < st->rg->n_things; x++) {
        const struct order_thing *o = &st->rg->things[x];
        if (o->is_span && o->item == last->item && !o->reference && o->end <= b)
            sum += o->qty;
    }
    return sum;
}

/* "two cheeseburgers ... and fries with each": a dish with no count of its own, then "with
 * each" (or "for each") closing it, comes once with every one of the dish counted before it:
 * that count, and "each" no change of it. */
void attach_with_each(struct attach_state *st, size_t first, size_t end)
{
    if (!ORDER_CUES_ANY(&st->rg->cues, "each") || !ORDER_CUES_ANY(&st->rg->cues, "with", "for"))
        return;
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    for (size_t s = first; s < end; s++) {
        struct order_thing *th = &st->rg->things[s];
        size_t e = th->end;
        if (!th->is_span || th->item < 0 || th->reference || th->qty_explicit ||
            !(order_tok_is(text, t, e, st->e, "with") || order_tok_is(text, t, e, st->e, "for")) ||
            !order_tok_is(text, t, e + 1U, st->e, "each") ||
            (e + 2U < st->e && t[e + 2U].kind == ORDER_TOKEN_WORD))
            continue;
        int32_t n = attach_count_before(st, th->begin);
        if (n < 2)
            continue;
        th->qty = n;
        th->qty_explicit = true;
        uint8_t kept = 0;
        for (uint8_t m = 0; m < th->mods.n; m++)
            if (strcmp(th->mods.text[m], "each") != 0)
                memmove(th->mods.text[kept++], th->mods.text[m], sizeof(th->mods.text[m]));
        th->mods.n = kept;
    }
}
