/* attach_put_on.c — "does the tinga burrito come with guac? either way throw some on there": a
 * clause that names no dish and asks to put "some" (or "it") of a part on something, right
 * after a question about a dish with that part, asks for the dish asked about with the part.
 * The pronoun stands for the part, the place ("on there", "on it") for the dish. */
#include <string.h>

#include "gateway/order/attach_internal.h"

/* Does a verb of putting a part on a dish stand at i ("put", "add", "throw", "stick")? */
static bool put_on_verb(const char *text, const struct order_token *t, size_t i, size_t e)
{
    static const char *const verbs[] = {"put", "add", "throw", "stick", "chuck", "toss"};
    return attach_in(text, t, i, e, verbs, ORDER_WORDS_N(verbs));
}

/* The end of "some"/"it" and its place ("on there", "on it", "on top", "in it") from p, or p
 * when no pronoun of a part starts there. */
static size_t put_on_object_end(const char *text, const struct order_token *t, size_t p, size_t e)
{
    static const char *const pronouns[] = {"some", "it"};
    static const char *const preps[] = {"on", "in", "onto"};
    static const char *const places[] = {"there", "it", "top", "that"};
    if (!attach_in(text, t, p, e, pronouns, ORDER_WORDS_N(pronouns)))
        return p;
    size_t q = p + 1U;
    if (attach_in(text, t, q, e, preps, ORDER_WORDS_N(preps)) &&
        attach_in(text, t, q + 1U, e, places, ORDER_WORDS_N(places)))
        q += 2U;
    return q;
}

/* The part alone of a change read in the question: "come with guacamole" is "guacamole".
 * The question's verb is no part of what the customer wants put on. */
static void put_on_part_only(char *m)
{
    static const char *const verbs[] = {"come",     "comes",   "have",     "has",  "got", "contain",
                                        "contains", "include", "includes", "with", "w"};
    size_t at = 0;
    for (bool again = true; again;) {
        again = false;
        for (size_t k = 0; k < ORDER_WORDS_N(verbs); k++) {
            size_t n = strlen(verbs[k]);
            if (strncmp(m + at, verbs[k], n) == 0 && m[at + n] == ' ') {
                at += n + 1U;
                again = true;
            }
        }
    }
    if (at > 0 && m[at] != '\0')
        memmove(m, m + at, strlen(m + at) + 1U);
}

bool attach_put_on_asked(struct attach_state *st, size_t c)
{
    if (!ORDER_CUES_ANY(&st->cues, "put", "add", "throw", "stick", "chuck", "toss") ||
        !ORDER_CUES_ANY(&st->cues, "some", "it"))
        return false;
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    struct order_reading *rg = st->rg;
    const struct order_clause *cl = &rg->clauses[c];
    struct order_thing *last = attach_last_item(st, cl->begin);
    /* the dish of the question just before, asked about with the part ("come with guac") */
    if (!last || last->mods.n == 0 || (size_t)last->clause + 1U != c ||
        !rg->clauses[last->clause].question_start || rg->n_things == ORDER_ITEMS_MAX)
        return false;
    for (size_t v = cl->begin; v < cl->end; v++) {
        if (!attach_free(st, v) || !put_on_verb(text, t, v, cl->end))
            continue;
        size_t q = put_on_object_end(text, t, v + 1U, cl->end);
        if (q == v + 1U)
            return false;
        /* nothing but politeness and punctuation after it: "... on there pls" */
        for (size_t a = q; a < cl->end; a++)
            if (attach_free(st, a) && t[a].kind == ORDER_TOKEN_WORD &&
                rg->roles[a] != ORDER_ROLE_FILLER)
                return false;
        struct order_thing *n = &rg->things[rg->n_things++];
        *n = *last;
        n->clause = (uint8_t)c;
        n->qty = 1;
        n->qty_explicit = false;
        for (size_t k = 0; k < n->mods.n; k++)
            put_on_part_only(n->mods.text[k]);
        n->begin = (uint16_t)v;
        n->end = (uint16_t)q;
        memset(rg->roles + v, ORDER_ROLE_QTY, q - v);
        rg->clauses[c].n_spans++;
        return true;
    }
    return false;
}

/* "is the cold brew strong? put two in the order": a verb of putting or adding opening the
 * clause right before a count (token i on, p after it), and where to after the count ("in
 * the order", "on there", "in"), ask for that many of the dish before, as "two please"
 * does. The verb and the place become frame words; returns whether they were read. */
bool attach_put_count_in(struct attach_state *st, size_t begin, size_t i, size_t p, size_t end)
{
    if (!ORDER_CUES_ANY(&st->cues, "put", "add", "throw", "stick", "chuck", "toss") ||
        !ORDER_CUES_ANY(&st->cues, "in", "into", "on", "onto", "to"))
        return false;
    static const char *const preps[] = {"in", "into", "on", "onto", "to"};
    static const char *const owners[] = {"the", "my", "our", "this", "that"};
    static const char *const places[] = {"order", "there", "it", "bag"};
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    if (i == begin || !attach_free(st, i - 1U) || !put_on_verb(text, t, i - 1U, end) ||
        !attach_nothing_else(st, begin, i - 1U) || !attach_free(st, p) ||
        !attach_in(text, t, p, end, preps, ORDER_WORDS_N(preps)))
        return false;
    size_t q = p + 1U;
    if (attach_free(st, q) && attach_in(text, t, q, end, owners, ORDER_WORDS_N(owners)))
        q++;
    if (attach_free(st, q) && attach_in(text, t, q, end, places, ORDER_WORDS_N(places)))
        q++;
    else if (q > p + 1U)
        return false; /* "put two on the burger": the dish is named, no place of the order */
    if (q < end && !attach_boundary(text, t, q, end))
        return false;
    st->rg->roles[i - 1U] = ORDER_ROLE_FILLER;
    memset(st->rg->roles + p, ORDER_ROLE_FILLER, q - p);
    return true;
}
