/* correct_made_kind.c — "a carnitas taco. actually make the last one a bowl", "chips and guac,
 * jamaica. actually make the last one a watermelon one", "a tinga burrito — make the burrito a
 * bowl": "make", the dish before ("the last one", "that", "it", or words of its name), and a
 * kind or a word of another dish ask for the dish the menu has with the new words in place of
 * the old: of the items the new words name, the one that shares most words of the old dish's
 * name (the carnitas bowl for the carnitas taco). The old dish becomes it, with its count; the
 * new words ask for nothing of their own. Where no item shares a word, nothing changes. */
#include <string.h>

#include "gateway/order/correct_internal.h"

enum { MADE_KIND_WORDS_MAX = 2, MADE_NAME_WORDS_MAX = 6 };

/* How many words of name a (space-separated, folded) stand in name b. */
static size_t made_shared_words(const char *a, const char *b)
{
    size_t shared = 0;
    for (const char *p = a; *p;) {
        size_t len = strcspn(p, " ");
        for (const char *q = b; *q;) {
            size_t ql = strcspn(q, " ");
            if (ql == len && memcmp(p, q, len) == 0) {
                shared++;
                break;
            }
            q += ql + (q[ql] == ' ');
        }
        p += len + (p[len] == ' ');
    }
    return shared;
}

/* Where the words pointing at the dish made over end, from p after "make" ("the last one",
 * "that", "it", "the burrito"); *target the dish, NULL when none. */
static size_t made_target(const struct order_reader *rd, const char *text,
                          const struct order_token *t, size_t n, struct order_reading *rg,
                          size_t make, struct order_thing **target)
{
    size_t p = make + 1U;
    *target = NULL;
    if (order_tok_is(text, t, p, n, "it") || order_tok_is(text, t, p, n, "that")) {
        *target = correct_last_thing(rg, make, false);
        return p + 1U + (order_tok_is(text, t, p + 1U, n, "one") ? 1U : 0U);
    }
    if (!order_tok_is(text, t, p, n, "the"))
        return p;
    if (order_tok_is(text, t, p + 1U, n, "last")) {
        *target = correct_last_thing(rg, make, false);
        return p + 2U + (order_tok_is(text, t, p + 2U, n, "one") ? 1U : 0U);
    }
    int32_t item = order_read_one_dish_at(rd, text, t, rg, p + 1U, n);
    struct order_thing *best = NULL;
    for (size_t s = 0; s < rg->n_things; s++) {
        struct order_thing *th = &rg->things[s];
        if (th->is_span && !th->reference && th->end <= make &&
            (th->item == item ||
             (item < 0 && th->item >= 0 && rg->n_hits[p + 1U] > 0 && th->begin != p + 1U &&
              made_shared_words(text + t[p + 1U].off, th->phrase) > 0)) &&
            (!best || th->end > best->end))
            best = th;
    }
    if (!best || t[p + 1U].kind != ORDER_TOKEN_WORD)
        return p;
    *target = best;
    return p + 2U;
}

/* The items the exact readings of the words [a, b) all name ("one" aside), into *items;
 * whether any word named some. */
static bool made_items(const struct order_reader *rd, const char *text, const struct order_token *t,
                       const struct order_reading *rg, size_t a, size_t b,
                       struct order_item_set *items)
{
    bool any = false;
    order_item_set_fill(items, rd->lex->menu->count);
    for (size_t p = a; p < b; p++) {
        if (order_tok_is(text, t, p, b, "one"))
            continue;
        struct order_item_set word;
        memset(&word, 0, sizeof(word));
        for (size_t h = 0; h < rg->n_hits[p]; h++)
            if (rg->hits[p][h].edits == 0)
                for (size_t x = 0; x < rg->hits[p][h].n_words; x++)
                    order_item_set_or(&word, &rd->lex->words[rg->hits[p][h].words[x]].items);
        if (order_item_set_count(&word) == 0)
            return false;
        order_item_set_and(items, &word);
        any = true;
    }
    return any;
}

/* Do the words [k, e) end on a kind ("a bowl", a head noun of the menu's names) or on "one"
 * after a word of another dish ("a watermelon one")? Not "make it vegan", "make it spicy": a
 * change of the dish, no other dish. */
static bool made_ends_on_kind(const struct order_reader *rd, const char *text,
                              const struct order_token *t, const struct order_reading *rg, size_t k,
                              size_t e)
{
    size_t last = e - 1U;
    if (order_tok_is(text, t, last, e, "one") || order_tok_is(text, t, last, e, "ones"))
        return last > k;
    for (size_t h = 0; h < rg->n_hits[last]; h++) {
        const struct order_lex_hit *hit = &rg->hits[last][h];
        if (hit->edits == 0 && rd->lex->words[hit->words[hit->n_words - 1U]].head)
            return true;
    }
    return false;
}

void correct_made_kind(const struct order_reader *rd, const char *text, const struct order_token *t,
                       size_t n, struct order_reading *rg)
{
    if (!ORDER_CUES_ANY(&rg->cues, "make"))
        return;
    for (size_t i = 1; i + 2U < n; i++) {
        if (!order_tok_is(text, t, i, n, "make"))
            continue;
        struct order_thing *was;
        size_t k = made_target(rd, text, t, n, rg, i, &was);
        if (!was || was->item < 0)
            continue;
        if (order_tok_is(text, t, k, n, "a") || order_tok_is(text, t, k, n, "an"))
            k++;
        size_t e = k;
        while (e < n && e < k + MADE_KIND_WORDS_MAX + 1U && t[e].kind == ORDER_TOKEN_WORD &&
               !order_tok_is(text, t, e, n, "instead") && !order_tok_is(text, t, e, n, "please") &&
               !order_tok_is(text, t, e, n, "pls"))
            e++;
        struct order_item_set items;
        if (e == k || !made_ends_on_kind(rd, text, t, rg, k, e) ||
            !made_items(rd, text, t, rg, k, e, &items) ||
            order_item_set_has(&items, (size_t)was->item))
            continue; /* "make it a large": no dish; "make it the taco": the same */
        char old[ORDER_PHRASE_BYTES_MAX];
        if (correct_item_name(rd, (size_t)was->item, old, sizeof(old)) == 0)
            continue;
        int32_t pick = -1;
        size_t best = 0, ties = 0;
        for (int32_t c = order_item_set_next(&items, 0); c >= 0;
             c = order_item_set_next(&items, (size_t)c + 1U)) {
            char name[ORDER_PHRASE_BYTES_MAX];
            if (correct_item_name(rd, (size_t)c, name, sizeof(name)) == 0)
                continue;
            size_t shared = made_shared_words(old, name);
            if (shared > best) {
                best = shared;
                pick = c;
                ties = 1;
            } else if (shared == best) {
                ties++;
            }
        }
        if (pick < 0 || best == 0 || ties != 1)
            continue;
        order_thing_pin(was, pick);
        for (size_t s = 0; s < rg->n_things; s++) {
            struct order_thing *o = &rg->things[s];
            if (o != was && o->begin >= k && o->end <= e)
                o->reference = true; /* the new words name no dish of their own */
        }
        i = e;
    }
}
