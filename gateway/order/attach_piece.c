/* attach_piece.c — a piece of words after a dish added as a change (attach_parts.c,
 * reading.h pass 4), given by its closing words to the dishes it names: every dish of the
 * clause ("flour tortillas on all of em", "sour cream on the side for all"), a dish asked
 * for before ("no cotija on the bowl"), or a part of the count split off for it ("no pickles
 * on 3 of them"). */
#include <string.h>

#include "gateway/order/attach_internal.h"
#include "gateway/order/dictionary.h"

/* "for all" or "for both" at p, right after "on the side" ("sour cream on the side for
 * all", "... for all of them"), and ending the clause: the change is every dish's. Returns
 * the tokens of the closing words, or 0. */
static size_t attach_for_every(const struct attach_state *st, size_t p)
{
    static const char *const every[] = {"all", "both", "each", "everyone"};
    static const char *const them[] = {"them", "em", "those"};
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    size_t n = 2U;
    if (order_tok_is(text, t, p + 2U, st->e, "of") &&
        order_tok_in(text, t, p + 3U, st->e, them, ORDER_WORDS_N(them)))
        n = 4U; /* "for all of them" */
    else if (attach_counted_all(st, p + 1U))
        n = 3U; /* "for all three" */
    size_t e = p + n;
    while (e < st->e && t[e].kind == ORDER_TOKEN_PUNCT)
        e++;
    bool every_of = e >= st->e && p >= 3U && order_tok_is(text, t, p, st->e, "for") &&
                    order_tok_in(text, t, p + 1U, st->e, every, ORDER_WORDS_N(every)) &&
                    order_tok_is(text, t, p - 1U, st->e, "side");
    return every_of ? n : 0U;
}

/* Before "on all" / "on both", do the words [a, p) hold nothing a change is made of: no
 * food, no menu word, no adjective, no lead or form of a change ("dad insists on both", "sam
 * agreed on all")? They tell what a person says of the dishes. */
static bool attach_piece_said_of_all(const struct attach_state *st, size_t a, size_t p)
{
    if (attach_modifier_form(st, a, p))
        return false;
    for (size_t i = a; i < p; i++) {
        const struct order_token *k = &st->tokens[i];
        if (k->kind != ORDER_TOKEN_WORD)
            continue;
        if (attach_food_token(st, i) || st->rg->n_hits[i] > 0 || st->rg->dish_word[i] ||
            order_dictionary_has(st->rd->lex->adjectives, st->text + k->off, k->len))
            return false;
    }
    return true;
}

/* "flour tortillas on all of em", "extra salsa on both": a change closed by "on all (of
 * them)" is every dish's of s's clause up to s or named before the change (s may be a dish the
 * change was first given to, not the last), the closing words dropped. Returns whether the
 * piece [a, b) was one. */
static bool attach_piece_for_every(struct attach_state *st, const struct order_thing *s, size_t a,
                                   size_t b)
{
    /* "on all", "on any of them" (order_read_on_every), or "for all" after "on the side" */
    if (!ORDER_CUES_ANY(&st->cues, "on", "for") ||
        !ORDER_CUES_ANY(&st->cues, "all", "both", "each", "everything", "either", "any",
                        "everyone"))
        return false;
    size_t p = a + 1U;
    while (p < b && order_read_on_every(st->text, st->tokens, p, b) != b - p)
        p++;
    size_t closing = p >= b ? attach_for_every(st, b) : 0U;
    if (closing > 0) {
        p = b; /* "sour cream on the side | for all" */
        b += closing;
    }
    if (p >= b)
        return false;
    if (attach_piece_said_of_all(st, a, p)) {
        memset(st->rg->roles + a, ORDER_ROLE_FILLER, b - a);
        return true; /* "harold insists on both": a person's say, no change */
    }
    memset(st->rg->roles + p, ORDER_ROLE_MODIFIER, b - p);
    for (size_t x = 0; x < st->rg->n_things; x++) {
        struct order_thing *th = &st->rg->things[x];
        if (th->is_span && !th->reference && th->clause == s->clause &&
            (th->begin <= s->begin || th->end <= a))
            attach_add_modifier(st, th, a, p);
    }
    return true;
}

/* "a carnitas bowl and a flan, no cotija on the bowl": a change closed by "on/for/in the"
 * and a word of a dish asked for before is that dish's, whichever came last, the closing
 * words dropped. Returns whether the piece [a, b) was one. */
static bool attach_piece_for_named(struct attach_state *st, size_t a, size_t b)
{
    if (!ORDER_CUES_ANY(&st->cues, "on", "for", "in") ||
        !ORDER_CUES_ANY(&st->cues, "the", "my", "his", "her", "their"))
        return false;
    static const char *const preps[] = {"on", "for", "in"};
    static const char *const dets[] = {"the", "my", "his", "her", "their"};
    const struct order_token *t = st->tokens;
    size_t q = b;
    while (q > a && t[q - 1U].kind == ORDER_TOKEN_PUNCT)
        q--;
    size_t w = q - 1U; /* the word naming the dish */
    if (q < a + 4U || st->rg->n_hits[w] == 0 || order_tok_is(st->text, t, w, q, "side") ||
        !order_tok_in(st->text, t, w - 2U, q, preps, ORDER_WORDS_N(preps)) ||
        !order_tok_in(st->text, t, w - 1U, q, dets, ORDER_WORDS_N(dets)))
        return false;
    const struct order_item_set *named = &st->rd->lex->words[st->rg->hits[w][0].words[0]].items;
    struct order_thing *owner = NULL;
    for (size_t x = 0; x < st->rg->n_things; x++) {
        struct order_thing *th = &st->rg->things[x];
        if (th->is_span && th->item >= 0 && !th->reference && th->end <= a &&
            order_item_set_has(named, (size_t)th->item) && (!owner || th->end > owner->end))
            owner = th;
    }
    if (!owner)
        return false;
    memset(st->rg->roles + w - 2U, ORDER_ROLE_MODIFIER, b - (w - 2U));
    attach_add_modifier(st, owner, a, w - 2U);
    return true;
}

/* The count at token i of a part of cur: a number one word long, or "half" of an even
 * count ("no onion on half of them": 6 of 12). */
static bool attach_count_of(const struct attach_state *st, const struct order_thing *cur, size_t i,
                            size_t limit, int32_t *k)
{
    if (order_tok_is(st->text, st->tokens, i, limit, "half")) {
        *k = cur->qty / 2;
        return cur->qty >= 2 && cur->qty % 2 == 0;
    }
    return attach_number(st->rd->u, st->text, st->tokens, i, limit, k) == 1;
}

/* Adds the piece [a, b) to cur as a modifier; "no pickles on 3 of them" first splits 3 of
 * cur's count off into a copy that takes the modifier. */
void attach_piece(struct attach_state *st, struct order_thing *cur, size_t a, size_t b)
{
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    int32_t k;
    if (attach_piece_for_every(st, cur, a, b) || attach_piece_for_named(st, a, b) ||
        attach_piece_on_them(st, cur, a, b))
        return; /* "flour tortillas on all of em", "no cotija on the bowl", "... on em" */
    if (b - a >= 5 &&
        (order_tok_is(text, t, b - 4, b, "on") || order_tok_is(text, t, b - 4, b, "for")) &&
        attach_count_of(st, cur, b - 3, b, &k) && order_tok_is(text, t, b - 2, b, "of")) {
        struct order_thing *part = attach_split(st, cur, k, a);
        if (part) {
            memset(st->rg->roles + b - 4, ORDER_ROLE_QTY, 4);
            attach_add_modifier(st, part, a, b - 4);
            return;
        }
    }
    attach_add_modifier(st, cur, a, b);
}
