/* attach_again.c — dishes asked for again (attach.c, reading.h pass 4): an order from
 * outside the message ("same as always", past.c), "the same" as a dish named before ("Sam:
 * same but no slaw"), "the first one again", "another one with no tahini" and "another flan"
 * after a list: each adds a copy of the dish as a span of the clause. */
#include <string.h>

#include "gateway/order/attach_internal.h"

/* "flan, tres leches, another flan": a dish after "another" with no count nor change of its
 * own is one more of the same dish asked for before without changes; it adds to that one.
 * "another halloumi burger with no peppers" stays a dish of its own. */
void attach_another_dish(struct attach_state *st, size_t first, size_t end)
{
    if (!ORDER_CUES_ANY(&st->rg->cues, "another"))
        return;
    struct order_reading *rg = st->rg;
    for (size_t s = first; s < end; s++) {
        struct order_thing *th = &rg->things[s];
        if (!th->is_span || th->item < 0 || th->qty_explicit || th->reference || th->mods.n > 0 ||
            th->begin < 1 || !order_tok_is(st->text, st->tokens, th->begin - 1U, st->e, "another"))
            continue;
        for (size_t x = 0; x < s; x++) {
            struct order_thing *e = &rg->things[x];
            if (e->is_span && e->item == th->item && !e->reference && e->mods.n == 0 &&
                !e->qty_unclear) {
                e->qty += th->qty;
                th->reference = true;
                break;
            }
        }
    }
}

/* Drops clause c's spans lying inside tokens [b, e): the describing words of a reference
 * outside the message ("the spicy one i had last time") name no dish of this order. */
static void attach_drop_spans_inside(struct order_reading *rg, size_t c, size_t b, size_t e)
{
    size_t kept = 0;
    for (size_t t = 0; t < rg->n_things; t++) {
        const struct order_thing *th = &rg->things[t];
        if (th->is_span && th->clause == c && th->begin >= b && th->end <= e) {
            rg->clauses[c].n_spans--;
            continue;
        }
        rg->things[kept++] = rg->things[t];
    }
    rg->n_things = kept;
}

/* "same as last time but double it: ...", "the usual but bigger: ...": a change of the earlier
 * order told in a few words naming no dish, before the colon that spells it out. Returns where
 * that colon is, or j when no such change is told. */
static size_t attach_past_change_told(const struct attach_state *st, size_t j)
{
    if (!ORDER_CUES_ANY(&st->cues, "but"))
        return j;
    if (!order_tok_is(st->text, st->tokens, j, st->e, "but"))
        return j;
    for (size_t p = j + 1; p < st->e && p < j + 6; p++) {
        if (st->tokens[p].kind == ORDER_TOKEN_PUNCT)
            return st->tokens[p].punct == ':' ? p : j;
        if (st->rg->n_hits[p] > 0)
            return j; /* "but the tofu bowl: ..." names a dish itself */
    }
    return j;
}

/* Does a colon after the reference ending at j, politeness aside, open a list of dishes
 * ("same as last time pls: tofu bowl, ..."), or a comma a dish ("what he gets, the ...")? Then the
 * message spells the earlier order out and nothing is to be asked back. */
static bool attach_past_spelt_out(const struct attach_state *st, size_t j)
{
    while (j < st->e && attach_courtesy_at(st->text, st->tokens, j, st->e))
        j++;
    j = attach_past_change_told(st, j);
    if (j + 1 >= st->e || st->tokens[j].kind != ORDER_TOKEN_PUNCT)
        return false;
    /* "what he gets, the halloumi burger": a dish right after a comma restates the reference
     * (an apposition); it names what was had */
    if (st->tokens[j].punct == ',') {
        size_t d = j + 1 + (order_tok_is(st->text, st->tokens, j + 1, st->e, "the") ? 1U : 0U);
        return d < st->e && st->rg->n_hits[d] > 0 &&
               !st->rd->lex->words[st->rg->hits[d][0].words[0]].not_dish;
    }
    if (st->tokens[j].punct != ':')
        return false;
    for (size_t p = j + 1; p < st->e; p++)
        if (st->rg->n_hits[p] > 0 && !st->rd->lex->words[st->rg->hits[p][0].words[0]].not_dish)
            return true; /* a menu word follows */
    return false;
}

/* "the usual", "what my friend had yesterday": an order outside the message, kept with the
 * words after it up to a separator ("same as last time but no onions" keeps its modifier
 * words out), to be asked back. Its words are a thing's, so the cues they hold ("last time",
 * "yesterday") speak of the reference, not of the clause. */
struct order_thing *attach_add_past(struct attach_state *st, size_t c, size_t i, size_t j)
{
    struct order_thing *th = order_reading_add_thing(st->rg, c, i, j);
    if (!th)
        return NULL;
    th->leftover_kind = ORDER_LEFTOVER_ITEMLIKE;
    th->past = true;
    th->shown = order_past_reference_shown(st->text, st->tokens, i, j, st->rg);
    th->item = -1;
    th->qty = 1;
    th->phrase_len =
        (uint16_t)order_words_join(st->text, st->tokens, i, j, th->phrase, sizeof(th->phrase));
    memset(st->rg->roles + i, ORDER_ROLE_ITEM, j - i);
    st->rg->clauses[c].n_leftovers++;
    return th;
}

/* "birria x3, horch, flan. same as always": a reference alone in its clause (politeness
 * aside), after dishes asked for in the clause before it, says the dishes just listed are
 * the usual ones; nothing more is to be asked back. "and the usual" adds, "the usual for
 * her" too. */
static bool attach_past_spelt_before(const struct attach_state *st, size_t c, size_t i, size_t j)
{
    if (!ORDER_CUES_ANY(&st->cues, "same", "usual", "usuals", "regular", "normal"))
        return false;
    static const char *const polite[] = {"please", "pls", "plz", "thanks", "thx", "lol"};
    /* "my carnitas bowl was cold. same as last time": a report, no list of what is asked */
    static const char *const told[] = {"was", "were", "had", "got", "came", "is", "are", "tasted"};
    /* "same as always", "the usual": the customer's own habit, not what another had */
    static const char *const habit[] = {"same", "usual", "usuals", "regular", "normal"};
    if (c == 0 || !(attach_in(st->text, st->tokens, i, j, habit, ORDER_WORDS_N(habit)) ||
                    attach_in(st->text, st->tokens, i + 1, j, habit, ORDER_WORDS_N(habit))))
        return false;
    const struct order_clause *before = &st->rg->clauses[c - 1];
    for (size_t p = before->begin; p < before->end; p++)
        if (attach_in(st->text, st->tokens, p, before->end, told, ORDER_WORDS_N(told)))
            return false;
    for (size_t p = st->b; p < i; p++)
        if (st->tokens[p].kind == ORDER_TOKEN_WORD)
            return false;
    for (size_t p = j; p < st->e; p++)
        if (st->tokens[p].kind == ORDER_TOKEN_WORD &&
            !attach_in(st->text, st->tokens, p, st->e, polite, ORDER_WORDS_N(polite)))
            return false;
    size_t spans = 0;
    for (size_t t = 0; t < st->rg->n_things; t++) {
        const struct order_thing *th = &st->rg->things[t];
        if (th->clause == c && th->begin < i)
            return false;
        spans += th->clause + 1U == c && th->is_span && th->item >= 0 && !th->reference;
    }
    return spans > 0;
}

/* Is token i a sound of hesitation ("umm", "uhh", "er")? The words after it start afresh:
 * "can i get the umm the one ...". */
static bool attach_hesitation(const struct attach_state *st, size_t i)
{
    const struct order_token *t = &st->tokens[i];
    if (t->kind != ORDER_TOKEN_WORD || t->len == 0 || st->text[t->off] == 'r')
        return false;
    for (size_t k = 0; k < t->len; k++)
        if (!strchr("uhmer", st->text[t->off + k]))
            return false;
    return true;
}

/* Does "just" open the clause right before token i ("just whatever i got last time"), no
 * word of a question before it ("is there just the regular")? */
static bool attach_just_opens(const struct attach_state *st, size_t i)
{
    return i == st->b + 1U && order_tok_is(st->text, st->tokens, st->b, st->e, "just");
}

void attach_past(struct attach_state *st, size_t c)
{
    /* the words without which order_read_past_reference reads none */
    if (!ORDER_CUES_ANY(&st->cues, "usual", "usuals", "regular", "regulars", "normal", "same",
                        "what", "whatever", "thing", "one", "stuff", "dish", "meal", "order",
                        "again", "reorder", "repeat"))
        return;
    for (size_t i = st->b; i < st->e; i++) {
        if (!attach_free(st, i) || (i > st->b && attach_free(st, i - 1) &&
                                    !attach_boundary(st->text, st->tokens, i - 1, st->e) &&
                                    !attach_is_article(st->text, st->tokens, i - 1, st->e) &&
                                    !attach_hesitation(st, i - 1) && !attach_just_opens(st, i)))
            continue; /* starts a run, or follows an opener, filler or separator */
        size_t k = order_read_past_reference(st->text, st->tokens, i, st->e, st->rg);
        if (k == 0)
            continue;
        attach_drop_spans_inside(st->rg, c, i, i + k);
        size_t j = i + k;
        while (j < st->e && attach_free(st, j) && !st->rg->mod_zone[j] &&
               !attach_boundary(st->text, st->tokens, j, st->e) &&
               !order_tok_is(st->text, st->tokens, j, st->e, "but"))
            j++;
        if (attach_past_spelt_out(st, j) || attach_past_spelt_before(st, c, i, j)) {
            memset(st->rg->roles + i, ORDER_ROLE_FILLER, j - i);
            i = j;
            continue;
        }
        if (!attach_add_past(st, c, i, j))
            return;
        i = j;
    }
}

/* "1 tofu teriyaki bowl and the same but no broccoli", "Me: crispy chicken burger / Sam: same /
 * Jo: same but no slaw", "the same again for my wife": "same" (not "same as ...", an order
 * outside the message: past.c) orders again the dishes named before it, in its clause or else
 * in the last clause that named any, each with its count. The copies are spans at "same", in
 * text order among the clause's spans, so the words after it (", but no slaw") are the
 * modifiers of the copy: of the first dish when several are copied. Returns how many. */

static size_t attach_insert_copies(struct attach_state *st, size_t c, size_t b, size_t e,
                                   size_t from, size_t n);
static void attach_same_put_back(struct attach_state *st, size_t e);

/* Do the words at a and w say the same person: one word, or both the speaker ("me",
 * "mine")? */
static bool attach_same_person(const struct attach_state *st, size_t a, size_t w)
{
    static const char *const speaker[] = {"me", "mine", "myself", "i"};
    const struct order_token *x = &st->tokens[a], *y = &st->tokens[w];
    if (x->len == y->len && memcmp(st->text + x->off, st->text + y->off, x->len) == 0)
        return true;
    return attach_in(st->text, st->tokens, a, st->e, speaker, ORDER_WORDS_N(speaker)) &&
           attach_in(st->text, st->tokens, w, st->e, speaker, ORDER_WORDS_N(speaker));
}

/* "me - 3 tacos / mike - 2 al pastor / dan - same as me": in a list of lines each headed by
 * whom it is for (a word, an aside in brackets perhaps, then ':' or '-'), "same as" that
 * person copies that person's line,
 * not the line before. Sets [*from, *to) to its dishes; false when no line before clause c
 * is headed by the word at w. */
static bool attach_same_as_line(const struct attach_state *st, size_t c, size_t w, size_t *from,
                                size_t *to)
{
    const struct order_reading *rg = st->rg;
    for (size_t q = c; q-- > 0;) {
        size_t a = rg->clauses[q].begin, end = rg->clauses[q].end;
        while (a < end && st->tokens[a].kind != ORDER_TOKEN_WORD)
            a++;
        size_t m = order_tok_past_aside(st->tokens, a + 1U, end); /* "jess (drums): ..." */
        if (m >= end || st->tokens[m].kind != ORDER_TOKEN_PUNCT ||
            (st->tokens[m].punct != ':' && st->tokens[m].punct != '-') ||
            !attach_same_person(st, a, w))
            continue;
        bool found = false;
        for (size_t k = 0; k < rg->n_things; k++) {
            const struct order_thing *th = &rg->things[k];
            if (th->clause != q || !th->is_span || th->item < 0 || th->reference)
                continue;
            if (!found)
                *from = k;
            *to = k + 1U;
            found = true;
        }
        return found;
    }
    return false;
}

/* "rest same", "everything else the same", "the rest stays the same": "same" at i after the
 * rest of an order outside the message keeps it as it was; it copies no dish named here.
 * Its words become fillers. */
static bool attach_rest_same(struct attach_state *st, size_t i)
{
    static const char *const linking[] = {"the", "is", "stays", "stay", "remains", "as", "s"};
    size_t p = i;
    while (p > st->b &&
           attach_in(st->text, st->tokens, p - 1U, st->e, linking, ORDER_WORDS_N(linking)))
        p--;
    if (p == st->b || !(order_tok_is(st->text, st->tokens, p - 1U, st->e, "else") ||
                        order_tok_is(st->text, st->tokens, p - 1U, st->e, "rest")))
        return false;
    for (size_t k = p - 1U; k <= i; k++)
        if (attach_free(st, k))
            st->rg->roles[k] = ORDER_ROLE_FILLER;
    return true;
}

size_t attach_same(struct attach_state *st, size_t c)
{
    if (!ORDER_CUES_ANY(&st->cues, "same"))
        return 0;
    struct order_reading *rg = st->rg;
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    size_t i = st->b;
    while (i < st->e && !(attach_free(st, i) && order_tok_is(text, t, i, st->e, "same")))
        i++;
    if (i < st->e && attach_rest_same(st, i))
        return 0;
    /* "same table", "same as last time": the same something else */
    static const char *const next_ok[] = {"again", "thing",  "order",  "but", "for",
                                          "with",  "please", "pls",    "too", "here",
                                          "and",   "x2",     "except", "one"};
    /* "the same as me", "same as mine": the speaker's dishes, named before in the message */
    static const char *const speaker[] = {"me", "mine", "myself"};
    bool as_me = i + 2 < st->e && order_tok_is(text, t, i + 1, st->e, "as") &&
                 attach_in(text, t, i + 2, st->e, speaker, ORDER_WORDS_N(speaker));
    size_t from = 0, to = 0;
    bool as_line = i + 2 < st->e && order_tok_is(text, t, i + 1, st->e, "as") &&
                   t[i + 2].kind == ORDER_TOKEN_WORD &&
                   attach_same_as_line(st, c, i + 2, &from, &to);
    as_me = as_me || as_line;
    if (i == st->e || (!as_me && i + 1 < st->e && t[i + 1].kind == ORDER_TOKEN_WORD &&
                       !attach_in(text, t, i + 1, st->e, next_ok, ORDER_WORDS_N(next_ok))))
        return 0;
    size_t b = i, e = i + (as_me ? 3 : 1);
    static const char *const before[] = {"the", "exact", "then", "and", "also", "just"};
    static const char *const after[] = {"again", "thing", "one", "but", "please", "pls", "too"};
    while (b > st->b && attach_free(st, b - 1) &&
           attach_in(text, t, b - 1, st->e, before, ORDER_WORDS_N(before)))
        b--;
    while (e < st->e && attach_free(st, e) &&
           attach_in(text, t, e, st->e, after, ORDER_WORDS_N(after)))
        e++;
    /* the dishes to copy: the line of the person named, else this clause's before "same",
     * else the last clause's that has any */
    bool found = as_line;
    for (size_t k = rg->n_things; k-- > 0 && !as_line;) {
        const struct order_thing *th = &rg->things[k];
        /* a kind of several dishes is copied as it is, asked back as it is ("my friend got a
         * burrito ... can I get the same one?") */
        bool dish = th->is_span && (th->item >= 0 || order_item_set_count(&th->candidates) > 1) &&
                    !th->reference && th->end <= b && !rg->clauses[th->clause].question_start;
        if (found && th->clause != rg->things[from].clause)
            break;
        if (dish) {
            if (!found)
                to = k + 1;
            from = k;
            found = true;
        }
    }
    size_t n = attach_insert_copies(st, c, b, e, from, to - from);
    if (n > 0)
        attach_same_put_back(st, e);
    return n;
}

/* Does change m say "no" of the food w[0..len), its last word plural or singular ("no
 * onions": onion)? */
static bool attach_mod_takes_off(const char *m, const char *w, size_t len)
{
    if (strncmp(m, "no ", 3) != 0)
        return false;
    m += 3;
    size_t n = strlen(m);
    if (n > 0 && m[n - 1U] == 's' && n - 1U == len)
        n--;
    if (len > 0 && w[len - 1U] == 's' && len - 1U == n)
        len--;
    return n == len && memcmp(m, w, len) == 0;
}

/* "same for my wife but with onion": after the copies ("same" ... up to e) and a word or so
 * of whom they are for, "with" a food one of the copies had taken off puts it back: that
 * change leaves the copies, the words are no change of their own. */
static void attach_same_put_back(struct attach_state *st, size_t e)
{
    if (!ORDER_CUES_ANY(&st->cues, "with"))
        return;
    enum { PUT_BACK_REACH = 5 };
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    size_t w = e;
    while (w < st->e && w < e + PUT_BACK_REACH &&
           (attach_free(st, w) || st->rg->roles[w] == ORDER_ROLE_FILLER) &&
           !order_tok_is(text, t, w, st->e, "with"))
        w++;
    if (w + 1U >= st->e || !order_tok_is(text, t, w, st->e, "with"))
        return;
    /* the food's words, up to a stop or a filler: "... but WITH cheese lol", "with sour cream" */
    enum { PUT_BACK_WORDS_MAX = 3 };
    size_t end = w + 1U;
    while (end < st->e && end < w + 1U + PUT_BACK_WORDS_MAX && t[end].kind == ORDER_TOKEN_WORD &&
           !attach_boundary(text, t, end, st->e) && st->rg->roles[end] != ORDER_ROLE_FILLER)
        end++;
    char food[ORDER_PHRASE_BYTES_MAX];
    size_t len = end > w + 1U ? order_words_join(text, t, w + 1U, end, food, sizeof(food)) : 0;
    if (len == 0 || (end < st->e && !attach_boundary(text, t, end, st->e) &&
                     st->rg->roles[end] != ORDER_ROLE_FILLER))
        return;
    bool put = false;
    for (size_t k = st->first; k < st->rg->n_things; k++) {
        struct order_modifiers *mods = &st->rg->things[k].mods;
        if (!st->rg->things[k].is_span || st->rg->things[k].begin >= e ||
            st->rg->things[k].end != e)
            continue;
        size_t kept = 0;
        for (size_t m = 0; m < mods->n; m++)
            if (!attach_mod_takes_off(mods->text[m], food, len))
                memmove(mods->text[kept++], mods->text[m], sizeof(mods->text[m]));
        put = put || kept < mods->n;
        mods->n = (uint8_t)kept;
    }
    if (put)
        memset(st->rg->roles + w, ORDER_ROLE_FILLER, end - w);
}

/* Copies things[from, from + n) as spans of clause c at tokens [b, e), in text order among
 * the clause's spans, the first dish last (it takes the modifiers after them). Returns n, or
 * 0 when they do not fit. */
static size_t attach_insert_copies(struct attach_state *st, size_t c, size_t b, size_t e,
                                   size_t from, size_t n)
{
    struct order_reading *rg = st->rg;
    size_t at = rg->n_things; /* insert before the clause's spans after b */
    for (size_t k = st->first; k < rg->n_things; k++)
        if (rg->things[k].begin > b) {
            at = k;
            break;
        }
    if (n == 0 || rg->n_things + n > ORDER_ITEMS_MAX)
        return 0;
    memmove(&rg->things[at + n], &rg->things[at], (rg->n_things - at) * sizeof(rg->things[0]));
    if (from >= at)
        from += n; /* the originals moved with the rest (never here: they end before "same") */
    for (size_t k = 0; k < n; k++) {
        struct order_thing *copy = &rg->things[at + k];
        *copy = rg->things[from + n - 1 - k]; /* the first dish last: it takes the modifiers */
        copy->clause = (uint8_t)c;
        copy->begin = (uint16_t)b;
        copy->end = (uint16_t)e;
        copy->qty_explicit = true;
    }
    rg->n_things += n;
    rg->clauses[c].n_spans = (uint8_t)(rg->clauses[c].n_spans + n);
    memset(rg->roles + b, ORDER_ROLE_ITEM, e - b);
    return n;
}

/* "the first one again", "the second again": another of the dish named so many dishes into
 * the message. Sets [*b, *e) to the words and returns the dish's rank (1 the first), or 0. */
static size_t attach_ordinal_again(const struct attach_state *st, size_t *b, size_t *e)
{
    if (!ORDER_CUES_ANY(&st->cues, "again") ||
        !ORDER_CUES_ANY(&st->cues, "first", "second", "third", "fourth"))
        return 0;
    static const char *const ordinals[] = {"first", "second", "third", "fourth"};
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    for (size_t i = st->b; i + 2 < st->e; i++) {
        if (!attach_free(st, i) || !order_tok_is(text, t, i, st->e, "the"))
            continue;
        size_t rank = 0;
        for (size_t r = 0; r < ORDER_WORDS_N(ordinals); r++)
            if (order_tok_is(text, t, i + 1, st->e, ordinals[r]))
                rank = r + 1;
        size_t k = i + 2;
        if (order_tok_is(text, t, k, st->e, "one"))
            k++;
        if (rank == 0 || !order_tok_is(text, t, k, st->e, "again"))
            continue;
        *b = i;
        *e = k + 1;
        return rank;
    }
    return 0;
}

/* What may follow a copy asked for again: its change, whom it is for, when it is wanted ("2
 * more at 8pm", "one more later"). */
static const char *const attach_another_ends[] = {"but",   "with", "please", "pls",    "plz",
                                                  "for",   "and",  "w",      "at",     "later",
                                                  "ready", "by",   "around", "tonight"};

/* More of a dish ordered before, outside the message, words [b, e) of clause c: a past
 * order asked back, counted when counted > 0 ("2 more pls"). Returns the dishes added. */
static size_t attach_more_of_past(struct attach_state *st, size_t c, size_t b, size_t e,
                                  int32_t counted)
{
    struct order_thing *past = attach_add_past(st, c, b, e);
    if (past && counted > 0) {
        past->qty = counted;
        past->qty_explicit = true;
    }
    return past ? 1 : 0;
}

/* "I want one too but well done", "and another one with no tahini", "one more please":
 * another of the dish named just before, in this clause or an earlier one, counted one and
 * described by the words after it alone. A count before "more" ("2 more for my brother")
 * asks for that many more of it. Returns the dishes added (0 or 1). */
size_t attach_another(struct attach_state *st, size_t c)
{
    if (!ORDER_CUES_ANY(&st->cues, "another", "too", "more", "again"))
        return 0;
    struct order_reading *rg = st->rg;
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    size_t b = st->e, e = st->e;
    int32_t more = 1;
    bool counted = false; /* a count before "more" */
    for (size_t i = st->b; i < st->e && b == st->e; i++) {
        if (!attach_free(st, i))
            continue;
        bool another = order_tok_is(text, t, i, st->e, "another");
        bool one = order_tok_is(text, t, i, st->e, "one");
        size_t k = i + 1;
        int32_t v = 1;
        size_t nk = one || another ? 0 : attach_number(st->rd->u, text, t, i, st->e, &v);
        if (nk > 0 && order_tok_is(text, t, i + nk, st->e, "more")) {
            counted = true;
            one = true; /* "3 more": read as "one more", counted 3 */
            k = i + nk;
        } else {
            v = 1;
            counted = false;
        }
        if (another && order_tok_is(text, t, k, st->e, "one"))
            k++;
        if (another && order_tok_is(text, t, k, st->e, "of") &&
            (order_tok_is(text, t, k + 1, st->e, "those") ||
             order_tok_is(text, t, k + 1, st->e, "these") ||
             order_tok_is(text, t, k + 1, st->e, "them")))
            k += 2; /* "another one of those" */
        else if (one && (order_tok_is(text, t, k, st->e, "too") ||
                         order_tok_is(text, t, k, st->e, "more")))
            k++;
        else if (!another)
            continue;
        /* "another lemonade", "one more fries": a count of the dish after it; "1 more extra
         * spicy", "one more no onions": the change of the copy */
        if (k < st->e && t[k].kind == ORDER_TOKEN_WORD &&
            !attach_in(text, t, k, st->e, attach_another_ends,
                       ORDER_WORDS_N(attach_another_ends)) &&
            !attach_modifier_lead_at(st, k, st->e))
            continue;
        b = i;
        e = k;
        more = v;
    }
    size_t nth = 0;
    if (b == st->e)
        nth = attach_ordinal_again(st, &b, &e);
    if (b == st->e)
        return 0;
    if (attach_free(st, e) && order_tok_is(text, t, e, st->e, "but"))
        e++; /* "one too but no slaw": the change is the copy's modifier */
    size_t from = rg->n_things, seen = 0;
    for (size_t k = 0; k < rg->n_things; k++) {
        const struct order_thing *th = &rg->things[k];
        if (th->is_span && th->item >= 0 && !th->reference && th->end <= b &&
            !rg->clauses[th->clause].question_start &&
            (from == rg->n_things || th->end > rg->things[from].end) && (nth == 0 || ++seen == nth))
            from = k;
    }
    /* "tacos, 4 more" after a dish with no count of its own is its count (attach_after); a
     * count right before the dish in this clause is not read yet ("2 tacos and 2 more") */
    int32_t before = 0;
    if (from < rg->n_things && counted && !rg->things[from].qty_explicit &&
        !(rg->things[from].begin > 0 &&
          attach_number(st->rd->u, text, t, rg->things[from].begin - 1U, rg->things[from].begin,
                        &before) == 1U))
        return 0;
    /* "another one please", "2 more pls" sent with no dish before it in the message points
     * at one the customer had before, outside it: asked back as a past order is, never
     * dropped */
    if (from == rg->n_things && nth == 0 && rg->clauses[c].n_spans == 0 &&
        !rg->clauses[c].question_start)
        return attach_more_of_past(st, c, b, e, counted ? more : 0);
    if (from == rg->n_things || attach_insert_copies(st, c, b, e, from, 1) == 0)
        return 0;
    for (size_t k = st->first; k < rg->n_things; k++) {
        struct order_thing *copy = &rg->things[k];
        if (copy->begin == b && copy->end == e && copy->clause == c) {
            copy->qty = more;
            copy->mods.n = 0;
        }
    }
    return 1;
}

/* "the jackfruit burger no slaw, and Sam wants the same as me": a copy made in the clause of
 * the dish it copies was made before that dish's changes were read; the same dish is the
 * same with its changes, so the copy takes them once they are, less a food put back after
 * it ("but with onion"). */
void attach_same_changes(struct attach_state *st, size_t c, size_t first)
{
    if (!ORDER_CUES_ANY(&st->rg->cues, "same"))
        return;
    struct order_reading *rg = st->rg;
    for (size_t k = first; k < rg->n_things; k++) {
        struct order_thing *copy = &rg->things[k];
        bool is_copy = false;
        for (size_t p = copy->begin; p < copy->end && !is_copy; p++)
            is_copy = order_tok_is(st->text, st->tokens, p, st->e, "same");
        if (!is_copy || !copy->is_span || copy->item < 0 || copy->clause != c || copy->mods.n > 0)
            continue;
        const struct order_thing *orig = NULL;
        for (size_t o = first; o < rg->n_things; o++) {
            const struct order_thing *th = &rg->things[o];
            if (th != copy && th->is_span && th->item == copy->item && th->clause == c &&
                th->end <= copy->begin && (!orig || th->end > orig->end))
                orig = th;
        }
        if (!orig)
            continue;
        copy->mods = orig->mods;
        attach_same_put_back(st, copy->end); /* "..., same for my wife but with onion" */
    }
}
