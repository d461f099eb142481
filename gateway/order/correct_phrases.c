/* correct_phrases.c — corrections said without a lead word (correct.c), applied once the
 * leads are: "a jamaica instead of the horchata", "the carnitas taco, not the bowl", a dish
 * confirmed by "yes" after it was asked about, a bare "instead" after a removal, "only the X
 * left", and a word of a dish's name swapped for another ("make the fries sweet potato"). */
#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>
#include <ctype.h>
#include <string.h>

#include "gateway/order/correct_internal.h"

/* "a jamaica instead of the horchata" after "a horchata": the dish after "instead of",
 * asked for before on its own, is dropped, and the words are no modifier of the new one. */
void correct_instead(const struct order_reader *rd, const char *text,
                     const struct order_token *tokens, size_t n, struct order_reading *rg)
{
    if (!ORDER_CUES_ANY(&rg->cues, "instead") || !ORDER_CUES_ANY(&rg->cues, "of"))
        return;
    for (size_t i = 1; i + 2 < n; i++) {
        if (!order_tok_is(text, tokens, i, n, "instead") ||
            !order_tok_is(text, tokens, i + 1, n, "of"))
            continue;
        int32_t item = order_read_name_at(rd, text, tokens, rg, i + 2, n);
        struct order_thing *now = correct_last_thing(rg, i, false);
        if (item < 0 || !now || now->item == item || (size_t)now->end + 1 < i)
            continue;
        /* the one asked for last: "the same for him but onion rings instead of the fries"
         * replaces the copy's fries, not the first order's too */
        struct order_thing *before = NULL;
        for (size_t s = 0; s < rg->n_things; s++) {
            struct order_thing *o = &rg->things[s];
            if (o != now && o->is_span && !o->reference && o->item == item &&
                o->end <= now->begin && (!before || o->end >= before->end))
                before = o;
        }
        if (!before)
            continue; /* "sweet potato fries instead of the fries" in one dish: a swap */
        before->reference = true;
        order_mods_drop_starting(&now->mods, "instead", strlen("instead"));
    }
}

/* "3 sweet potato fries not onion rings": a dish, then "not" and another dish of the menu,
 * asks for the first in place of the second; the second is not asked for, here or before.
 * Its count, an apology, a word of asking or "one" pointing at it may stand between them
 * ("the carnitas taco sorry, not the bowl", "the bowl please, not the taco", "the fish one,
 * not the elote"), and the second may be a kind several dishes are: the one of it is not
 * asked for either. */
static bool correct_between_not(const char *text, const struct order_token *tokens,
                                const struct order_reading *rg, size_t b, size_t e)
{
    /* a politeness or "one" closing the dish's words ("the burger pls (not the nuggets)", "the
     * fish one, not the elote") too */
    static const char *const fillers[] = {"sorry", "i",   "mean", "meant", "no",   "oops",
                                          "my",    "bad", "nah",  "oh",    "wait", "please",
                                          "pls",   "plz", "one",  "ones",  "lol"};
    for (size_t p = b; p < e; p++)
        if (tokens[p].kind != ORDER_TOKEN_PUNCT && rg->roles[p] != ORDER_ROLE_QTY &&
            !order_tok_in(text, tokens, p, e, fillers, ORDER_WORDS_N(fillers)))
            return false;
    return true;
}

/* The menu item of the span that starts at token d, or -1. */
static int32_t correct_span_item_at(const struct order_reading *rg, size_t d)
{
    for (size_t s = 0; s < rg->n_things; s++)
        if (rg->things[s].is_span && !rg->things[s].reference && rg->things[s].begin == d)
            return rg->things[s].item;
    return -1;
}

void correct_not_dish(const struct order_reader *rd, const char *text,
                      const struct order_token *tokens, size_t n, struct order_reading *rg)
{
    if (!ORDER_CUES_ANY(&rg->cues, "not"))
        return;
    for (size_t i = 1; i + 1 < n; i++) {
        if (!order_tok_is(text, tokens, i, n, "not"))
            continue;
        size_t d = i + 1;
        if (order_tok_is(text, tokens, d, n, "the") || order_tok_is(text, tokens, d, n, "a") ||
            order_tok_is(text, tokens, d, n, "an"))
            d++;
        int32_t item = order_read_name_at(rd, text, tokens, rg, d, n);
        struct order_thing *now = correct_last_thing(rg, i, false);
        /* the dish ends right before "not", or only fillers stand between */
        bool before_not =
            now && (now->end == i || correct_between_not(text, tokens, rg, now->end, i));
        if (before_not && correct_kind_not(rg, now, d))
            continue;
        if (before_not && now->item == item && correct_not_again(text, tokens, n, rg, now, i, d))
            continue;
        /* "halloumi burger and a smoothie. oh wait, not the halloumi, ...": after a kind, a
         * dish of the menu that is none of it, asked for before, is taken back as well */
        int32_t named = item >= 0 ? item : correct_span_item_at(rg, d);
        bool kind_before = before_not && now->item < 0 && named >= 0 &&
                           !order_item_set_has(&now->candidates, (size_t)named);
        if (kind_before)
            item = named;
        if (!before_not || (now->item < 0 && !kind_before) || now->item == item)
            continue;
        if (item < 0) {
            /* a kind: the span of it after "not", uncounted, that the dish is not one of; or
             * a part of one dish's name read as that dish ("the birria ones not pastor") */
            for (size_t s = 0; s < rg->n_things; s++) {
                struct order_thing *o = &rg->things[s];
                bool other = o->item < 0 ? !order_item_set_has(&o->candidates, (size_t)now->item)
                                         : o->item != now->item;
                if (o->is_span && !o->reference && o->begin == d && other)
                    correct_not_count(text, tokens, n, now, o); /* "not the X one, x2" */
                if (o->is_span && !o->reference && o->begin == d && !o->qty_explicit && other) {
                    o->reference = true;
                    order_mods_drop_starting(&now->mods, "not", strlen("not"));
                }
            }
            continue;
        }
        for (size_t s = 0; s < rg->n_things; s++) {
            struct order_thing *o = &rg->things[s];
            if (o != now && o->is_span && o->item == item &&
                (o->end <= now->begin || o->begin == d)) {
                if (o->begin == d)
                    correct_not_count(text, tokens, n, now, o); /* "not the flan, x2" */
                o->reference = true;
            }
        }
        order_mods_drop_starting(&now->mods, "not", strlen("not"));
    }
}

size_t correct_item_name(const struct order_reader *rd, size_t item, char *out, size_t cap)
{
    const char *t = rd->lex->item_text ? rd->lex->item_text[item] : NULL;
    const char *dot = t ? strstr(t, ". ") : NULL;
    if (!dot || (size_t)(dot - t) >= cap)
        return 0;
    memcpy(out, t, (size_t)(dot - t));
    out[dot - t] = '\0';
    return (size_t)(dot - t);
}

/* "1 chips & salsa, actually make that queso instead of salsa": after "make that" / "make
 * it", one word, "instead of" and a word of the name of the dish before: that name with the
 * one word in place of the other, when it is another item's name, is the dish meant. The
 * dish before becomes that item, and the words are no change to it. */
void correct_word_swaps(const struct order_reader *rd, const char *text,
                        const struct order_token *tokens, size_t n, struct order_reading *rg)
{
    if (!ORDER_CUES_ANY(&rg->cues, "make") || !ORDER_CUES_ANY(&rg->cues, "instead"))
        return;
    for (size_t i = 0; i + 5 < n; i++) {
        if (!order_tok_is(text, tokens, i, n, "make") ||
            !(order_tok_is(text, tokens, i + 1, n, "that") ||
              order_tok_is(text, tokens, i + 1, n, "it")) ||
            tokens[i + 2].kind != ORDER_TOKEN_WORD ||
            !order_tok_is(text, tokens, i + 3, n, "instead") ||
            !order_tok_is(text, tokens, i + 4, n, "of") || tokens[i + 5].kind != ORDER_TOKEN_WORD)
            continue;
        struct order_thing *was = correct_last_thing(rg, i, false);
        if (!was || was->item < 0)
            continue;
        char name[ORDER_PHRASE_BYTES_MAX], swapped[ORDER_PHRASE_BYTES_MAX];
        size_t len = correct_item_name(rd, (size_t)was->item, name, sizeof(name));
        const struct order_token *from = &tokens[i + 5], *to = &tokens[i + 2];
        const char *at = NULL;
        for (const char *p = len ? name : NULL; p && *p; p++) {
            bool starts = p == name || p[-1] == ' ';
            bool ends = p[from->len] == '\0' || p[from->len] == ' ';
            if (starts && (size_t)(name + len - p) >= from->len &&
                memcmp(p, text + from->off, from->len) == 0 && ends) {
                at = p;
                break;
            }
        }
        if (!at)
            continue;
        int k = snprintf(swapped, sizeof(swapped), "%.*s%.*s%s", (int)(at - name), name,
                         (int)to->len, text + to->off, at + from->len);
        if (k <= 0 || (size_t)k >= sizeof(swapped))
            continue;
        for (size_t item = 0; item < rd->lex->menu->count; item++) {
            char other[ORDER_PHRASE_BYTES_MAX];
            if (correct_item_name(rd, item, other, sizeof(other)) == 0 ||
                strcmp(other, swapped) != 0)
                continue;
            order_thing_pin(was, (int32_t)item);
            uint8_t keep = 0;
            for (uint8_t m = 0; m < was->mods.n; m++) {
                if (strstr(was->mods.text[m], "instead of"))
                    continue; /* the swap's own words */
                if (keep != m)
                    memcpy(was->mods.text[keep], was->mods.text[m], sizeof(was->mods.text[m]));
                keep++;
            }
            was->mods.n = keep;
            break;
        }
    }
}

/* Is token i a word that says yes ("yes", "yeah", "yep", "yup")? */
static bool correct_yes(const char *text, const struct order_token *t, size_t i, size_t n)
{
    static const char *const yes[] = {"yes", "yeah", "yep", "yup", "ya"};
    return order_tok_in(text, t, i, n, yes, ORDER_WORDS_N(yes));
}

/* Is token i a word that sets how the "yes" after it is said ("actually yes", "oh yeah")? */
static bool correct_stance(const char *text, const struct order_token *t, size_t i, size_t n)
{
    static const char *const stance[] = {"actually", "oh", "ok", "okay", "well", "um", "hmm"};
    return order_tok_in(text, t, i, n, stance, ORDER_WORDS_N(stance));
}

/* "and maybe onion rings. yeah onion rings.": is the dish said after "maybe" / "perhaps" in
 * its own words (no other word between but an article), asked as a '?' would ask it? */
static bool correct_hesitant(const char *text, const struct order_token *t,
                             const struct order_thing *th)
{
    size_t p = th->begin;
    if (p > 0 && (order_tok_is(text, t, p - 1U, th->begin, "a") ||
                  order_tok_is(text, t, p - 1U, th->begin, "an") ||
                  order_tok_is(text, t, p - 1U, th->begin, "some")))
        p--;
    return p > 0 && (order_tok_is(text, t, p - 1U, th->begin, "maybe") ||
                     order_tok_is(text, t, p - 1U, th->begin, "perhaps"));
}

/* "maybe a flan? yes. a flan.": a dish asked with a '?', then a "yes" (maybe "actually
 * yes") and the same dish again with no count of its own, or the count it was asked with, is
 * the one dish confirmed, not a second. */
void correct_confirmations(const char *text, const struct order_token *tokens, size_t n,
                           struct order_reading *rg)
{
    if (!ORDER_CUES_ANY(&rg->cues, "yes", "yeah", "yep", "yup", "ya"))
        return;
    enum { CONFIRM_TOKENS_MAX = 8 }; /* from the "?" to the dish said again */
    for (size_t q = 0; q + 1 < n; q++) {
        if (tokens[q].kind != ORDER_TOKEN_PUNCT || !strchr("?.!,\n", tokens[q].punct) ||
            !(correct_yes(text, tokens, q + 1, n) ||
              (correct_stance(text, tokens, q + 1, n) && correct_yes(text, tokens, q + 2, n))))
            continue;
        /* the dish asked: the last span before the '?' in its sentence */
        struct order_thing *asked = NULL;
        for (size_t s = 0; s < rg->n_things; s++) {
            struct order_thing *th = &rg->things[s];
            if (th->is_span && !th->reference && th->item >= 0 && th->end <= q &&
                (!asked || th->end > asked->end))
                asked = th;
        }
        if (!asked || asked->qty_explicit ||
            (tokens[q].punct != '?' && !correct_hesitant(text, tokens, asked)))
            continue;
        for (size_t s = 0; s < rg->n_things; s++) {
            struct order_thing *th = &rg->things[s];
            /* "oh yeah, the churros, one please": a count the same as the one asked confirms */
            if (th->is_span && !th->reference && th->item == asked->item && th->begin > q &&
                th->begin <= q + CONFIRM_TOKENS_MAX &&
                (!th->qty_explicit || th->qty == asked->qty) && th->mods.n == 0) {
                th->reference = true;
                break;
            }
        }
    }
}

/* "a lemonade. actually no, an iced green tea instead": a dish whose only word after it is
 * "instead" replaces the dish named last before it, when of the same count; "instead" is no
 * change to it. When that dish was dropped already ("scratch that, the halloumi burger
 * instead"), or a removal of another dish came between ("churros and a jamaica. scratch the
 * churros, do flan instead": the flan takes the churros' place, the jamaica stays), nothing
 * more. removed_ends: where each removal ended. */
/* Does "N of them / those" (an article after it or not) stand right before span th ("make one
 * of them a beef burger instead")? Then th took the place of a part of the dish before, whose
 * count was lowered already (attach.c): "instead" replaces nothing more. */
static bool correct_part_swapped(const char *text, const struct order_token *tokens, size_t n,
                                 const struct order_thing *th)
{
    size_t p = th->begin;
    if (p > 0 &&
        (order_tok_is(text, tokens, p - 1, n, "a") || order_tok_is(text, tokens, p - 1, n, "an") ||
         order_tok_is(text, tokens, p - 1, n, "the")))
        p--;
    return p >= 2 &&
           (order_tok_is(text, tokens, p - 1, n, "them") ||
            order_tok_is(text, tokens, p - 1, n, "those")) &&
           order_tok_is(text, tokens, p - 2, n, "of");
}

/* The change of th that "instead" closes after words of its own ("light rice instead"), or
 * th->mods.n when none does. */
static uint8_t correct_change_closed_by_instead(const struct order_thing *th)
{
    static const char tail[] = " instead";
    for (uint8_t m = 0; m < th->mods.n; m++) {
        size_t len = strlen(th->mods.text[m]);
        if (len > sizeof(tail) - 1U &&
            strcmp(th->mods.text[m] + len - (sizeof(tail) - 1U), tail) == 0)
            return m;
    }
    return th->mods.n;
}

/* Is dish th told as a plan of the past in its clause ("i was gonna get", "we were going
 * to order")? */
static bool correct_planned_before(const char *text, const struct order_token *tokens,
                                   const struct order_reading *rg, const struct order_thing *th)
{
    size_t b = th->begin;
    for (size_t k = rg->clauses[th->clause].begin; k + 1U < b; k++)
        if ((order_tok_is(text, tokens, k, b, "was") || order_tok_is(text, tokens, k, b, "were")) &&
            (order_tok_is(text, tokens, k + 1U, b, "gonna") ||
             order_tok_is(text, tokens, k + 1U, b, "going")))
            return true;
    return false;
}

/* Was dish was a plan of the past given up by "but" before dish now ("i was gonna get X but
 * ... Y")? */
static bool correct_given_up(const char *text, const struct order_token *tokens, size_t n,
                             const struct order_reading *rg, const struct order_thing *was,
                             const struct order_thing *now)
{
    if (!ORDER_CUES_ANY(&rg->cues, "but") || !ORDER_CUES_ANY(&rg->cues, "was", "were") ||
        !ORDER_CUES_ANY(&rg->cues, "gonna", "going"))
        return false;
    bool but = false;
    for (size_t k = was->end; k < now->begin && !but; k++)
        but = order_tok_is(text, tokens, k, n, "but");
    return but && correct_planned_before(text, tokens, rg, was);
}

void correct_bare_instead(const char *text, const struct order_token *tokens, size_t n,
                          struct order_reading *rg, const size_t *removed_ends, size_t n_removed)
{
    for (size_t s = 0; s < rg->n_things; s++) {
        struct order_thing *now = &rg->things[s];
        uint8_t m = 0;
        while (m < now->mods.n && strcmp(now->mods.text[m], "instead") != 0)
            m++;
        uint8_t closed = correct_change_closed_by_instead(now);
        bool bare = m < now->mods.n;
        if (!now->is_span || now->reference || (!bare && closed == now->mods.n))
            continue;
        if (bare) {
            memmove(now->mods.text[m], now->mods.text[m + 1U],
                    (size_t)(now->mods.n - m - 1U) * sizeof(now->mods.text[0]));
            now->mods.n--;
        }
        if (correct_part_swapped(text, tokens, n, now))
            continue;
        /* the dish asked for last before it, or a dish the menu lacks asked for there ("1
         * michelada - wait you dont have alcohol right? then a mexican coke instead") */
        struct order_thing *was = NULL;
        for (size_t x = 0; x < rg->n_things; x++) {
            struct order_thing *th = &rg->things[x];
            bool unread = !th->is_span && !th->past && th->item < 0 && !th->lost &&
                          !rg->clauses[th->clause].question_form; /* "no alcohol right?" */
            if (th != now && (th->is_span || unread) && th->begin != th->end &&
                th->end <= now->begin && (!was || th->end > was->end))
                was = th;
        }
        if (!was || was->reference || (was->is_span && was->item < 0) || was->item == now->item)
            continue;
        bool given_up = correct_given_up(text, tokens, n, rg, was, now);
        /* "3 lemonades, no wait 2, my friend wants a smoothie instead": one of several, the
         * count said before holds; a plan given up ("i was gonna do X but 3 Y instead") is
         * replaced whatever the count */
        if (was->qty != now->qty && !given_up)
            continue;
        /* "i was gonna get X but I'll do Y with light rice instead": "instead" closing Y's
         * change replaces X only when X was a plan given up by "but"; else it may swap a part
         * of Y ("X and Y with brown rice instead") */
        if (!bare) {
            if (!given_up)
                continue;
            char *c = now->mods.text[closed];
            c[strlen(c) - strlen(" instead")] = '\0';
        }
        bool removal_between = false;
        for (size_t r = 0; r < n_removed; r++)
            removal_between |= removed_ends[r] > was->end && removed_ends[r] <= now->begin;
        if (removal_between)
            continue;
        was->reference = true;
        /* "a coke. oh wait you don't sell coke, so a sparkling water instead": the dish the
         * menu lacks, asked for and then told of again, is replaced wherever it stands */
        for (size_t x = 0; !was->is_span && x < rg->n_things; x++) {
            struct order_thing *th = &rg->things[x];
            if (!th->is_span && th->item < 0 && th->end <= was->begin &&
                th->phrase_len == was->phrase_len &&
                memcmp(th->phrase, was->phrase, th->phrase_len) == 0)
                th->reference = true;
        }
    }
}

/* The words "just the", "only the", "just" or "only" that end right before token b: 2, 1, or
 * 0 when none stands there. */
static size_t correct_only_lead(const char *text, const struct order_token *tokens, size_t n,
                                size_t b)
{
    bool the = b >= 1U && order_tok_is(text, tokens, b - 1U, n, "the");
    size_t p = the ? b - 1U : b;
    return p >= 1U && (order_tok_is(text, tokens, p - 1U, n, "just") ||
                       order_tok_is(text, tokens, p - 1U, n, "only"))
               ? b - p + 1U
               : 0U;
}

/* "a cheeseburger and a lemonade. scratch the cheeseburger, just the lemonade": after a dish
 * was taken back, "just (the)" / "only (the)" and a dish asked for before, with no count of
 * its own, says what is left: the same dish, not one more. */
void correct_only_left(const char *text, const struct order_token *tokens, size_t n,
                       struct order_reading *rg, const size_t *removed_ends, size_t n_removed)
{
    if (!ORDER_CUES_ANY(&rg->cues, "just", "only"))
        return;
    for (size_t s = 0; s < rg->n_things; s++) {
        struct order_thing *th = &rg->things[s];
        size_t b = th->begin, lead = correct_only_lead(text, tokens, n, b);
        if (!th->is_span || th->reference || th->qty_explicit || lead == 0)
            continue;
        bool removed = false;
        for (size_t r = 0; r < n_removed; r++)
            removed |= removed_ends[r] <= b;
        bool before = false;
        for (size_t o = 0; o < rg->n_things && removed && !before; o++) {
            const struct order_thing *x = &rg->things[o]; /* "the smoothie": of its kind */
            before = x->is_span && !x->reference && x->item >= 0 && x->end <= b - lead &&
                     (x->item == th->item ||
                      (th->item < 0 && order_item_set_has(&th->candidates, (size_t)x->item)));
        }
        if (before && th->mods.n == 0)
            th->reference = true;
    }
}
