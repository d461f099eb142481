/* attach_joked_about.c — a thing taken back as a joke (attach.c, reading.h pass 4): "two
 * tacos and a bottle of stout? only kidding about the stout", "jk about the flan". Whoever
 * says they were joking about a thing asked for before does not want it: the earlier thing,
 * on the menu or off it, is taken back, and the words of the joke ask for nothing. Only the
 * clause's words after "joking about" (or "kidding about", "jk about") are read, and only
 * things of the clauses before it are taken back. */
#include <string.h>

#include "gateway/order/attach_internal.h"

/* The first token after "joking about" (and a determiner) in the clause, or 0. */
static size_t attach_joke_topic(const struct attach_state *st, size_t *joke)
{
    static const char *const joking[] = {"joking", "kidding", "jk", "jking", "jokin", "kiddin"};
    static const char *const pointing[] = {"the", "that", "those", "this", "these", "a", "an"};
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    for (size_t i = st->b; i + 2U < st->e; i++) {
        if (!attach_in(text, t, i, st->e, joking, ORDER_WORDS_N(joking)) ||
            !order_tok_is(text, t, i + 1U, st->e, "about"))
            continue;
        size_t a = i + 2U;
        if (attach_in(text, t, a, st->e, pointing, ORDER_WORDS_N(pointing)))
            a++;
        *joke = i;
        return a < st->e && t[a].kind == ORDER_TOKEN_WORD ? a : 0;
    }
    return 0;
}

/* Does the phrase of a thing off the menu end with the joke's words: the same words, or their
 * head after words that single it out ("mango lassi", "jk about the lassi")? */
static bool attach_joke_head(const char *thing, const char *phrase)
{
    size_t n = strlen(thing), k = strlen(phrase);
    return k > 0 && n >= k && strcmp(thing + n - k, phrase) == 0 &&
           (n == k || thing[n - k - 1U] == ' ');
}

/* Do two kinds (a span several dishes fit, no dish picked) name the same dishes? */
static bool attach_joke_same_kind(const struct order_thing *th, const struct order_thing *o)
{
    struct order_item_set both = th->candidates;
    order_item_set_and(&both, &o->candidates);
    size_t n = order_item_set_count(&both);
    return th->item < 0 && o->item < 0 && n > 0 && n == order_item_set_count(&th->candidates) &&
           n == order_item_set_count(&o->candidates);
}

/* Does earlier thing th name what the words [a, b) of the joke name: the same menu item or the
 * same kind ("2 tacos. jk about the tacos") as a span of the joke, or, off the menu, the same
 * words or their head? */
static bool attach_joke_names(const struct attach_state *st, const struct order_thing *th, size_t a,
                              size_t b, const char *phrase)
{
    if (!th->is_span)
        return !th->past && attach_joke_head(th->phrase, phrase);
    for (size_t x = st->first; x < st->rg->n_things; x++) {
        const struct order_thing *o = &st->rg->things[x];
        if (o->is_span && o->begin >= a && o->end <= b &&
            ((th->item >= 0 && o->item == th->item) || attach_joke_same_kind(th, o)))
            return true;
    }
    return false;
}

void attach_joked_about(struct attach_state *st)
{
    if (!ORDER_CUES_ANY(&st->rg->cues, "joking", "kidding", "jk", "jking", "jokin", "kiddin") ||
        !ORDER_CUES_ANY(&st->rg->cues, "about"))
        return;
    size_t joke = 0, a = attach_joke_topic(st, &joke);
    if (a == 0 || st->first == 0)
        return;
    size_t b = a;
    while (b < st->e && st->tokens[b].kind == ORDER_TOKEN_WORD)
        b++;
    char phrase[ORDER_PHRASE_BYTES_MAX];
    order_words_join(st->text, st->tokens, a, b, phrase, sizeof(phrase));
    bool took = false;
    for (size_t x = 0; x < st->first; x++) {
        struct order_thing *th = &st->rg->things[x];
        if (!th->reference && attach_joke_names(st, th, a, b, phrase)) {
            th->reference = true; /* no longer asked for */
            took = true;
        }
    }
    if (!took)
        return;
    /* the joke's own words name it and ask for nothing: its spans leave the reading (this
     * runs before the clause's spans are counted off, so the clause's first thing stays) */
    for (size_t x = st->rg->n_things; x > st->first; x--)
        if (st->rg->things[x - 1U].is_span && st->rg->things[x - 1U].begin >= a &&
            st->rg->things[x - 1U].end <= b)
            order_reading_drop_thing(st->rg, x - 1U);
    memset(st->rg->roles + joke, ORDER_ROLE_FILLER, b - joke);
}
