/* attach_heard_count.c — a count written as the word that sounds like it, right before a
 * dish (attach_quantity.c): "can i have to crispy chicken burgers", "for fries please",
 * "tw burgers"; and the words of a dish's name spelt as they sound before it ("unyun
 * rings", "all pastor tacos"), the name's, no change of the dish. */
#include <string.h>

#include "gateway/order/attach_internal.h"

/* Is w[0..len) a number word of the understanding with one letter left out ("tw", "thre",
 * "sevn"), no word of the dictionary itself? Returns that number, or 0. */
static int32_t attach_clipped_number(const struct attach_state *st, const char *w, size_t len)
{
    enum { CLIPPED_MIN = 2 };
    if (len < CLIPPED_MIN || order_dictionary_has(st->rd->dict, w, len))
        return 0;
    const struct order_patterns *q = &st->rd->u->quantities;
    for (size_t i = 0; i < q->count; i++) {
        const struct order_pattern *p = &q->items[i];
        size_t n = p->word_lens[0];
        if (p->n_words != 1 || n != len + 1U || p->words[0][0] != w[0])
            continue;
        size_t k = 0; /* w is the number with the letter at k left out */
        while (k < len && p->words[0][k] == w[k])
            k++;
        if (memcmp(p->words[0] + k + 1U, w + k, len - k) == 0)
            return p->value;
    }
    return 0;
}

/* "unyun rings", "halumi burgur": words right before dish s, each a word of its own name spelt
 * as it sounds (order_lexicon_item_name_sounds), are the rest of the name the reading did
 * not take, no change of the dish. */
bool attach_name_misspelt(const struct attach_state *st, const struct order_thing *s, size_t p)
{
    if (p >= s->begin || s->item < 0)
        return false;
    if (attach_name_split_before(st, s, p) || attach_name_split_two_before(st, s, p))
        return true; /* "kesa birria taco", "keen wah power bowl": a name's word as two */
    for (size_t q = p; q < s->begin; q++) {
        const struct order_token *k = &st->tokens[q];
        if (k->kind != ORDER_TOKEN_WORD || !attach_free(st, q) ||
            !order_lexicon_item_name_sounds(st->rd->lex, s->item, st->text + k->off, k->len))
            return false;
    }
    return true;
}

/* Is token q, right before dish s, the word of its name said before the word at s->begin
 * heard as a word of the language one letter longer or shorter ("all pastor": "al pastor")?
 * The reading took the name from the next word; this one is the name's too. */
static bool attach_name_word_heard(const struct attach_state *st, const struct order_thing *s,
                                   size_t q)
{
    enum { NAME_WORD_BYTES = 32 };
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    if (s->item < 0 || q + 1U != s->begin || t[q].kind != ORDER_TOKEN_WORD ||
        t[s->begin].kind != ORDER_TOKEN_WORD || !attach_free(st, q))
        return false;
    const char *w = text + t[q].off, *next = text + t[s->begin].off;
    size_t wl = t[q].len, nl = t[s->begin].len;
    char prev[NAME_WORD_BYTES], cur[NAME_WORD_BYTES];
    size_t pl = 0;
    const char *name = st->rd->lex->menu->items[s->item].name;
    for (size_t n; (n = order_name_word_next(&name, cur, sizeof(cur))) > 0;) {
        if (pl > 0 && n == nl && memcmp(cur, next, n) == 0 && (pl + 1U == wl || wl + 1U == pl)) {
            /* one letter more or less, the rest in order: "all" for "al" */
            const char *lo = pl < wl ? prev : w, *hi = pl < wl ? w : prev;
            size_t ll = pl < wl ? pl : wl, k = 0;
            while (k < ll && lo[k] == hi[k])
                k++;
            if (k > 0 && memcmp(lo + k, hi + k + 1U, ll - k) == 0)
                return true;
        }
        memcpy(prev, cur, n);
        pl = n;
    }
    return false;
}

/* Is token q inside a "for *" filler that "for" opens right before it ("for orders of
 * fries": "for" heard for four)? The unit after the heard count is the count's, no
 * filler. */
static bool attach_for_filler_at(const struct attach_state *st, size_t q)
{
    if (!ORDER_CUES_ANY(&st->cues, "for"))
        return false;
    return q > st->b && st->rg->roles[q] == ORDER_ROLE_FILLER &&
           st->rg->roles[q - 1U] == ORDER_ROLE_FILLER &&
           order_tok_is(st->text, st->tokens, q - 1U, st->e, "for");
}

/* Voice dictation and autocorrect write a count as the word that sounds like it: "can i
 * have to crispy chicken burgers", "for fries please". "to"/"too" is two and "for" four
 * right before a plural dish, where a count stands: at the clause's start, after an opener,
 * or after a list's separator; never "for dessert" (a kind heads dishes) nor "go to".
 * "won"/"wun" for one are quantity phrases of the understanding. */
bool attach_homophone_count(struct attach_state *st, struct order_thing *s)
{
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    size_t h = s->begin;
    /* "to all pastor tacos": a word of the name heard as another word ("all" for "al")
     * stands between the count and the dish the reading found */
    enum { NAME_HEARD_WORDS_MAX = 2 };
    while (h > st->b && s->begin - h < NAME_HEARD_WORDS_MAX &&
           (attach_name_misspelt(st, s, h - 1U) ||
            (h == s->begin && attach_name_word_heard(st, s, h - 1U))))
        h--;
    size_t named = h;
    /* "tree portions o nuggets": a unit of serving may stand between count and dish */
    size_t unit = 0;
    for (size_t q = h > st->b + 3U ? h - 3U : st->b; q < h && unit == 0; q++)
        if ((attach_free(st, q) || attach_for_filler_at(st, q)) &&
            order_patterns_longest(&st->rd->u->quantity_units, text, t, q, h, NULL) == h - q &&
            t[q].kind == ORDER_TOKEN_WORD && t[q].len >= 4 && text[t[q].off + t[q].len - 1U] == 's')
            unit = h - q; /* "portions of", not "of" alone */
    h -= unit;
    /* "can i get to large fries": a size may stand there too; it stays the dish's to read */
    for (size_t q = h > st->b + 2U ? h - 2U : st->b; unit == 0 && q < h; q++)
        if (attach_free(st, q) &&
            order_patterns_longest(&st->rd->u->sizes, text, t, q, h, NULL) == h - q) {
            h = q;
            break;
        }
    if (h == st->b ||
        !(attach_free(st, h - 1U) || st->rg->roles[h - 1U] == ORDER_ROLE_FILLER)) /* "for *" */
        return false;
    h--;
    /* "tree" is three as an accent says it */
    int32_t qty = order_tok_is(text, t, h, st->e, "to") || order_tok_is(text, t, h, st->e, "too")
                      ? 2
                  : order_tok_is(text, t, h, st->e, "tree") ? 3
                  : order_tok_is(text, t, h, st->e, "for")  ? 4
                  : t[h].kind == ORDER_TOKEN_WORD && st->rg->n_hits[h] == 0
                      ? attach_clipped_number(st, text + t[h].off, t[h].len) /* "tw burgers" */
                      : 0;
    const struct order_token *last = &t[s->end - 1U];
    char plural = last->kind == ORDER_TOKEN_WORD ? text[last->off + last->len - 1U] : '\0';
    if (qty == 0 || last->kind != ORDER_TOKEN_WORD ||
        (qty > 1 && unit == 0 && (last->len < 4 || (plural != 's' && plural != 'z'))))
        return false; /* a count of one before one dish, more before a plural ("ringz" texted) */
    for (size_t w = s->begin; w < s->end; w++)
        for (size_t x = 0; x < st->rg->n_hits[w]; x++)
            if (st->rd->lex->words[st->rg->hits[w][x].words[0]].section_only)
                return false; /* "for drinks": a heading */
    bool where_count = h == st->b || st->rg->roles[h - 1U] == ORDER_ROLE_OPENER ||
                       st->rg->roles[h - 1U] == ORDER_ROLE_GREETING || /* "yeah so um for" */
                       order_tok_is(text, t, h - 1U, st->e, "and") ||
                       order_tok_is(text, t, h - 1U, st->e, "n") ||
                       (t[h - 1U].kind == ORDER_TOKEN_PUNCT && strchr(",;+&\n", t[h - 1U].punct));
    if (!where_count)
        return false;
    s->qty = qty;
    s->qty_explicit = true;
    memset(st->rg->roles + h, ORDER_ROLE_QTY, 1U + unit);
    memset(st->rg->roles + named, ORDER_ROLE_ITEM, s->begin - named); /* part of its naming */
    return true;
}
