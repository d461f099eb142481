/* correct.c — corrections a customer makes while writing, read across the whole message.
 *
 * People correct themselves mid-sentence without starting a new one: "can i get the jackfruit
 * burger and onion rings actually make it 2 onion rings", "two chicken burgers, actually
 * three", "2 beef burgers, 2 fries and onion rings… scratch the onion rings", "3 al pastor
 * tacos and a horchata, wait no make that 4 pastor, and a jamaica instead of the horchata".
 * Read word by word, each of these adds a dish (or a modifier: "actually make it") instead of
 * changing one. The words that lead a correction are marked before the spans are read
 * (order_read_correction_leads, correct_leads.c), so no dish takes them as its modifier; once
 * every clause is read, order_read_corrections (here) applies them to the things asked for,
 * then reads the corrections said without a lead (correct_phrases.c). A dish dropped or
 * replaced becomes a reference (reading.h): it stays in the reading, adds nothing. */
#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>
#include <ctype.h>
#include <string.h>

#include "gateway/order/correct_internal.h"

/* The last thing asked for that ends by token i: a span (one item or a kind), or with
 * leftovers also a phrase the menu may lack ("carne asada fries ... actually make it two"). */
struct order_thing *correct_last_thing(struct order_reading *rg, size_t i, bool leftovers)
{
    struct order_thing *best = NULL;
    for (size_t s = 0; s < rg->n_things; s++) {
        struct order_thing *th = &rg->things[s];
        if ((th->is_span || leftovers) && !th->reference && th->end <= i &&
            (!best || th->end > best->end))
            best = th;
    }
    return best;
}

/* Drops the dishes before token i that "now" replaces (the same item, or a kind it is one
 * of). Returns how many. */
static size_t correct_replace_before(struct order_reading *rg, size_t i, int32_t item)
{
    size_t n = 0;
    for (size_t s = 0; s < rg->n_things; s++) {
        struct order_thing *o = &rg->things[s];
        bool same = o->item == item ||
                    (o->item < 0 && item >= 0 && order_item_set_has(&o->candidates, (size_t)item));
        if (o->is_span && !o->reference && o->end <= i && same) {
            o->reference = true;
            n++;
        }
    }
    return n;
}

/* "2 cold brew coffees. i mean a turkish coffee": does the count at the lead, an article,
 * count food the menu lacks named right after it? Then it is that food's one, no count of
 * the dish before. */
static bool correct_article_of_lacking(const char *text, const struct order_token *tokens,
                                       const struct order_reading *rg,
                                       const struct correct_lead *lead)
{
    size_t e = lead->count_end + 1U;
    if (!order_tok_is(text, tokens, lead->at, e, "a") &&
        !order_tok_is(text, tokens, lead->at, e, "an"))
        return false;
    for (size_t s = 0; s < rg->n_things; s++) {
        const struct order_thing *th = &rg->things[s];
        if (!th->is_span && !th->reference && th->leftover_kind == ORDER_LEFTOVER_FOOD &&
            th->begin == lead->count_end && th->end > th->begin)
            return true;
    }
    return false;
}

/* "2 sweet potato fries, actually make it 3 fries": the count's dish th, named by one word
 * that ends several names ("fries" reads as the classic fries alone), after a dish of those
 * names and none of its own before: the word names that dish again, now counted. The dish
 * recounted, or NULL. */
static struct order_thing *correct_recounted_kind(const struct order_reader *rd,
                                                  struct order_reading *rg,
                                                  const struct order_thing *th, size_t begin)
{
    if (th->end != th->begin + 1U || rg->n_hits[th->begin] == 0)
        return NULL;
    const struct order_item_set *kind = &rd->lex->words[rg->hits[th->begin][0].words[0]].items;
    if (order_item_set_count(kind) < 2)
        return NULL;
    struct order_thing *was = NULL;
    for (size_t o = 0; o < rg->n_things; o++) {
        struct order_thing *x = &rg->things[o];
        if (!x->is_span || x->reference || x->item < 0 || x->end > begin)
            continue;
        if (x->item == th->item)
            return NULL; /* the dish itself was asked for before */
        if (order_item_set_has(kind, (size_t)x->item) && (!was || x->end > was->end))
            was = x;
    }
    return was;
}

static void correct_count(const struct order_reader *rd, const char *text,
                          const struct order_token *tokens, struct order_reading *rg,
                          const struct correct_lead *lead)
{
    for (size_t s = 0; s < rg->n_things; s++) {
        struct order_thing *th = &rg->things[s];
        /* the count's dish: "make it 2 onion rings" */
        if (!th->is_span || th->reference || th->begin < lead->at || th->begin > lead->at + 2 ||
            th->begin == th->end) /* a part split off a count (attach.c) names no dish */
            continue;
        struct order_thing *kind_of = th->item >= 0 && th->qty_explicit
                                          ? correct_recounted_kind(rd, rg, th, lead->begin)
                                          : NULL;
        if (kind_of) {
            kind_of->qty = lead->count;
            kind_of->qty_explicit = true;
            th->reference = true;
            return;
        }
        if (th->item >= 0) {
            int32_t before = 0;
            for (size_t o = 0; o < rg->n_things; o++) {
                const struct order_thing *x = &rg->things[o];
                if (x->is_span && !x->reference && x->item == th->item && x->end <= lead->begin)
                    before += x->qty;
            }
            correct_replace_before(rg, lead->begin, th->item);
            /* "3 onion rings. sorry i meant 3 sweet potato fries": a dish not asked for
             * before, after "i mean", is the one meant instead of the dish said last */
            struct order_thing *said = correct_last_thing(rg, lead->begin, false);
            if (lead->restated && before == 0 && said && said->item >= 0)
                said->reference = true;
            /* "two frytki... sorry, two fries": the same count said again after a phrase no
             * menu reads, a slip of the dish now named, drops it */
            struct order_thing *slip = correct_last_thing(rg, lead->begin, true);
            if (before == 0 && slip && !slip->is_span && slip->qty_explicit && th->qty_explicit &&
                slip->qty == th->qty)
                slip->reference = true;
            if (lead->doubled && before > 0) {
                th->qty = 2 * before;
                th->qty_explicit = true;
            }
            return;
        }
        /* "2 beef burgers ... actually make that 3 burgers": a kind names the dish of that
         * kind asked for last */
        struct order_thing *was = NULL;
        for (size_t o = 0; o < rg->n_things; o++) {
            struct order_thing *x = &rg->things[o];
            if (x->is_span && !x->reference && x->item >= 0 && x->end <= lead->begin &&
                order_item_set_has(&th->candidates, (size_t)x->item) && (!was || x->end > was->end))
                was = x;
        }
        if (was) {
            was->qty = lead->count;
            was->qty_explicit = true;
            th->reference = true;
        }
        return;
    }
    if (correct_article_of_lacking(text, tokens, rg, lead))
        return;
    struct order_thing *last = correct_last_thing(rg, lead->begin, true);
    if (!last)
        return;
    last->qty = lead->count; /* "two chicken burgers, actually three" */
    last->qty_explicit = true;
    /* "churros for everyone, make it 3 orders": "make" tells how many the count left open
     * is; "two otherwise only one" keeps it open (count_otherwise.c) */
    for (size_t p = lead->begin; p < lead->at; p++)
        if (order_tok_is(text, tokens, p, lead->at, "make"))
            last->qty_unclear = false;
    /* "..., make that 3, one of them no onion": the count is the whole, parts split off
     * after it (attach.c) are of it */
    for (size_t s = 0; s < rg->n_things; s++) {
        const struct order_thing *part = &rg->things[s];
        if (part != last && part->is_span && !part->reference && part->item == last->item &&
            part->begin == part->end && part->begin >= lead->count_end && last->qty > part->qty)
            last->qty -= part->qty;
    }
    for (size_t s = 0; s < rg->n_things; s++) { /* the count read as a thing of its own */
        struct order_thing *th = &rg->things[s];
        if (!th->is_span && th->begin >= lead->at && th->begin < lead->count_end)
            th->reference = true;
    }
}

/* "make the fries sweet potato": the last dish before the lead that the word after "make
 * the" names ("fries": any of the fries), or NULL. */
static struct order_thing *correct_dish_named_before(const struct order_reader *rd,
                                                     struct order_reading *rg,
                                                     const struct correct_lead *lead)
{
    struct order_thing *best = NULL;
    for (size_t s = 0; s < rg->n_things; s++) {
        struct order_thing *th = &rg->things[s];
        if (!th->is_span || th->reference || th->item < 0 || th->end > lead->begin ||
            (best && th->end <= best->end))
            continue;
        for (size_t h = 0; h < rg->n_hits[lead->at]; h++) {
            const struct order_lex_hit *hit = &rg->hits[lead->at][h];
            if (order_item_set_has(&rd->lex->words[hit->words[0]].items, (size_t)th->item)) {
                best = th;
                break;
            }
        }
    }
    return best;
}

/* Was the kind o narrowed before token i to another dish of it ("a smoothie? the mango
 * one")? Then a correction after that takes back the dish picked, not the kind. */
static bool correct_kind_picked(const struct order_reading *rg, const struct order_thing *o,
                                size_t i, int32_t item)
{
    for (size_t s = 0; s < rg->n_things; s++) {
        const struct order_thing *p = &rg->things[s];
        if (p != o && p->is_span && !p->reference && p->item >= 0 && p->item != item &&
            p->begin >= o->end && p->end <= i &&
            order_item_set_has(&o->candidates, (size_t)p->item))
            return true;
    }
    return false;
}

/* "the burger and fries. wait no make that sweet potato fries": the clause's correction
 * (attach_correction) already dropped the kind before that the new dish is one of; the swap
 * has its dish and must not drop the one said before that as well. A kind already narrowed
 * to one of its dishes ("a smoothie? the mango one. actually no, the strawberry one") is no
 * such kind: the dish picked is what the correction replaces. */
static bool correct_already_replaced(const struct order_reading *rg, size_t i, int32_t item)
{
    for (size_t s = 0; s < rg->n_things; s++) {
        const struct order_thing *o = &rg->things[s];
        if (o->is_span && o->reference && o->end <= i && o->item != item && item >= 0 &&
            order_item_set_has(&o->candidates, (size_t)item) &&
            !correct_kind_picked(rg, o, i, item))
            return true;
    }
    return false;
}

/* Are tokens [a, b) a few marks and no word: "fries\n...actually truffle fries", where an
 * ellipsis and a new line stand between the dish and the correction right after it? */
static bool correct_only_marks_between(const char *text, const struct order_token *tokens,
                                       const struct order_reading *rg, size_t a, size_t b)
{
    enum { MARKS_MAX = 6 };
    static const char *const please[] = {"please", "pls", "plz"};
    size_t words = 0;
    for (size_t p = a; p < b; p++) {
        /* "one falafel wrap please... actually no": the request's close; "a wrap please,
         * whichever's vegan... actually no": words read as the dish's filler */
        if (rg->roles[p] == ORDER_ROLE_FILLER ||
            (p == a && order_tok_in(text, tokens, p, b, please, ORDER_WORDS_N(please))))
            words++;
        else if (tokens[p].kind != ORDER_TOKEN_PUNCT)
            return false;
    }
    return b <= a + MARKS_MAX + words;
}

/* after_removal: the swap follows a removal ("scratch the jamaica, make it a horchata"): the
 * dish removed is the one it replaces, nothing more is dropped; removed_qty: how many of it
 * were taken back ("nvm the 2 teas, make them lemonades": two lemonades). */
static void correct_swap(const struct order_reader *rd, const char *text,
                         const struct order_token *tokens, struct order_reading *rg,
                         const struct correct_lead *lead, bool after_removal, int32_t removed_qty)
{
    struct order_thing *now = NULL;
    for (size_t s = 0; s < rg->n_things && !now; s++) {
        struct order_thing *th = &rg->things[s];
        if (th->is_span && !th->reference && th->item >= 0 &&
            (th->item == lead->item || lead->item < 0) && th->begin >= lead->at &&
            th->begin <= lead->at + 2)
            now = th;
    }
    /* the kind the lead named a dish by ("actually no the bowl"): that dish, asked for again
     * once taken back; still asked for, the kind may be another dish of it */
    bool still_asked = false;
    for (size_t s = 0; s < rg->n_things && lead->item >= 0; s++) {
        const struct order_thing *th = &rg->things[s];
        still_asked = still_asked || (th->is_span && !th->reference && th->item == lead->item &&
                                      th->end <= lead->begin);
    }
    for (size_t s = 0; s < rg->n_things && !now && !still_asked && lead->item >= 0; s++) {
        struct order_thing *th = &rg->things[s];
        if (th->is_span && !th->reference && th->item < 0 && th->begin >= lead->at &&
            th->begin <= lead->at + 2 && order_item_set_has(&th->candidates, (size_t)lead->item)) {
            order_thing_pin(th, lead->item);
            now = th;
        }
    }
    if (now && correct_already_replaced(rg, lead->begin, now->item))
        return;
    enum { ADJACENT_TOKENS_MAX = 3 }; /* "the cheeseburger, no wait": a comma, a dash */
    struct order_thing *was = lead->names_was ? correct_dish_named_before(rd, rg, lead)
                                              : correct_last_thing(rg, lead->begin, false);
    /* "a hot dog, no wait, a cheeseburger", "the veggie... sorry, the green garden burger": a
     * thing the menu lacks right before is what the dish replaces */
    struct order_thing *said = correct_last_thing(rg, lead->begin, true);
    if (said && now && !said->is_span && !said->past && said != now &&
        (size_t)said->end + ADJACENT_TOKENS_MAX >= lead->begin && said->end <= now->begin &&
        (!was || said->end > was->end))
        was = said;
    /* "make them lemonades": the dish removed, in its count; "make it a horchata": one */
    if (now && after_removal && !now->qty_explicit && removed_qty > 1 && now->begin > 0 &&
        !order_token_is(text, &tokens[now->begin - 1U], "a") &&
        !order_token_is(text, &tokens[now->begin - 1U], "an")) {
        now->qty = removed_qty;
        now->qty_explicit = true;
    }
    if (!now || !was || was == now || after_removal ||
        (lead->adjacent && (size_t)was->end + ADJACENT_TOKENS_MAX < lead->begin &&
         !correct_only_marks_between(text, tokens, rg, was->end, lead->begin)))
        return;
    /* "2 beef burgers ... make it cheeseburgers"; not "2 fries, no wait, a lemonade": one */
    bool one = now->begin > 0 && (order_token_is(text, &tokens[now->begin - 1U], "a") ||
                                  order_token_is(text, &tokens[now->begin - 1U], "an"));
    if (!now->qty_explicit && was->qty_explicit && !one) {
        now->qty = was->qty;
        now->qty_explicit = true;
    }
    if (lead->names_was && now->mods.n == 0)
        now->mods = was->mods; /* "a large fries ... make the fries sweet potato": still large */
    was->reference = true;
    struct order_thing *asked = correct_asked_before_told(text, tokens, rg, was);
    if (asked && !lead->names_was)
        asked->reference = true; /* "... she won't eat taquitos. make that ..." */
    /* "make the smoothie a mango one": the kind after "make the" names the dish changed, it
     * asks for nothing of its own. The dish changed may be one the menu lacks ("uh actally
     * make the smoothie ..." read "actally" as a thing): then no kind names it. */
    for (size_t s = 0; lead->names_was && was->item >= 0 && s < rg->n_things; s++) {
        struct order_thing *th = &rg->things[s];
        if (th != now && th->is_span && th->item < 0 && th->begin == lead->at &&
            th->end <= now->begin && order_item_set_has(&th->candidates, (size_t)was->item))
            th->reference = true;
    }
}

/* The change of dish th that the words right before token i said, past the marks between
 * ("—", "no,"): "a caesar salad, dressing on the side — no, scrap that" takes back the change,
 * the last thing said, not the dish. The change is the first of th's whose last word is the
 * last word said; -1 when those words are no change of th. */
static int correct_change_said_last(const char *text, const struct order_reading *rg,
                                    const struct order_thing *th, const struct order_token *tokens,
                                    size_t i)
{
    while (i > th->end &&
           (tokens[i - 1U].kind == ORDER_TOKEN_PUNCT || rg->roles[i - 1U] == ORDER_ROLE_FILLER ||
            rg->roles[i - 1U] == ORDER_ROLE_GREETING))
        i--;
    if (i <= th->end || rg->roles[i - 1U] != ORDER_ROLE_MODIFIER)
        return -1;
    const char *w = text + tokens[i - 1U].off;
    size_t wl = tokens[i - 1U].len;
    for (size_t m = 0; m < th->mods.n; m++) {
        const char *mod = th->mods.text[m];
        size_t ml = strlen(mod);
        if (ml >= wl && memcmp(mod + ml - wl, w, wl) == 0 && (ml == wl || mod[ml - wl - 1] == ' '))
            return (int)m;
    }
    return -1;
}

/* The dishes of the lead's item asked for before it: how many, *last the last of them (NULL
 * when none). */
static size_t correct_asked_before(struct order_reading *rg, const struct correct_lead *lead,
                                   struct order_thing **last)
{
    size_t before = 0;
    *last = NULL;
    for (size_t s = 0; s < rg->n_things; s++) {
        struct order_thing *o = &rg->things[s];
        if (o->is_span && !o->reference && o->end <= lead->begin && o->item == lead->item) {
            *last = o;
            before++;
        }
    }
    return before;
}

/* "2 crispy chicken burgers ... cancel one of the chicken burgers": the one dish of the item
 * asked for before, of more than the count, keeps the rest. False when there is no such one
 * (several, or too few: the dish is taken off whole). */
static bool correct_fewer(struct order_reading *rg, const struct correct_lead *lead)
{
    struct order_thing *was;
    if (correct_asked_before(rg, lead, &was) != 1 || was->qty <= lead->count)
        return false;
    was->qty -= lead->count;
    return true;
}

/* How many of item the dishes asked for before token i still hold. */
static int32_t correct_left_of(const struct order_reading *rg, int32_t item, size_t i)
{
    int32_t left = 0;
    for (size_t s = 0; s < rg->n_things; s++) {
        const struct order_thing *o = &rg->things[s];
        if (o->is_span && !o->reference && o->end <= i && o->item == item)
            left += o->qty;
    }
    return left;
}

/* "2 brownies, a cold brew. scratch that, no cold brew": "that" is the dish the words after it
 * take off ("no", then a dish asked for before, taken off already by those words), not the
 * last one said. */
static bool correct_that_named_after(const struct order_reader *rd, const char *text,
                                     const struct order_reading *rg,
                                     const struct order_token *tokens, size_t end, size_t n)
{
    size_t i = end;
    while (i < n && tokens[i].kind == ORDER_TOKEN_PUNCT && tokens[i].punct == ',')
        i++;
    if (!order_tok_is(text, tokens, i, n, "no") || i + 1U >= n || rg->n_hits[i + 1U] == 0)
        return false;
    int32_t item = order_read_name_at(rd, text, tokens, rg, i + 1U, n);
    for (size_t s = 0; item >= 0 && s < rg->n_things; s++)
        if (rg->things[s].is_span && rg->things[s].reference && rg->things[s].item == item &&
            rg->things[s].end <= end)
            return true;
    return false;
}

static void correct_remove(const struct order_reader *rd, const char *text,
                           struct order_reading *rg, const struct order_token *tokens, size_t n,
                           const struct correct_lead *lead)
{
    if (lead->item >= 0) {
        if (lead->count <= 0 || !correct_fewer(rg, lead))
            correct_replace_before(rg, lead->end, lead->item);
        return;
    }
    if (correct_that_named_after(rd, text, rg, tokens, lead->end, n))
        return;
    struct order_thing *last = correct_last_thing(rg, lead->begin, false); /* "scratch that" */
    if (!last)
        return;
    int said = rg->clauses[last->clause].question_form
                   ? -1 /* "does the cake have nuts? scratch that": the dish asked about */
                   : correct_change_said_last(text, rg, last, tokens, lead->begin);
    if (said >= 0) { /* the change taken back, the dish kept */
        for (size_t m = (size_t)said; m + 1U < last->mods.n; m++)
            memcpy(last->mods.text[m], last->mods.text[m + 1U], sizeof(last->mods.text[m]));
        last->mods.n--;
        return;
    }
    last->reference = true;
    /* "a carrot cake and a lemonade... does the cake have nuts? never mind that": the dish
     * last named is one asked about, and "that" is the dish the question was about, asked
     * for before it */
    if (last->item >= 0 && rg->clauses[last->clause].question_form)
        correct_replace_before(rg, last->begin, last->item);
}

/* "switch the 2 al pastor to carnitas tacos": the dish changed into stands for the one
 * changed, in its count, unless it is counted itself ("... to 3 carnitas"). It is the dish
 * right after the change's words (an article between at most). */
static void correct_carry_count(struct order_reading *rg, const struct correct_lead *lead)
{
    if (lead->carried <= 0)
        return;
    for (size_t s = 0; s < rg->n_things; s++) {
        struct order_thing *th = &rg->things[s];
        if (!th->is_span || th->reference || th->begin < lead->end || th->begin > lead->end + 1U)
            continue;
        if (!th->qty_explicit) {
            th->qty = lead->carried;
            th->qty_explicit = true;
        }
        return;
    }
}

/* "2 cheeseburgers and 3 lemonades. switch 2 of the lemonades ...", "... switch the
 * lemonades to smoothies": the dish changed, asked for before in the message, gives up the
 * count changed (all of it when none is said), which the new dish takes. */
static void correct_change(const struct order_reader *rd, const char *text,
                           struct order_reading *rg, const struct order_token *tokens, size_t n,
                           struct correct_lead *lead)
{
    struct order_thing *was;
    size_t before = correct_asked_before(rg, lead, &was);
    if (before == 1 && lead->carried > 0 && was->qty > lead->carried)
        was->qty -= lead->carried;
    else {
        if (before == 1 && lead->carried == 0 && was->qty > 1)
            lead->carried = was->qty;
        correct_remove(rd, text, rg, tokens, n, lead);
    }
    correct_carry_count(rg, lead);
}

void order_read_corrections(const struct order_reader *rd, const char *text,
                            const struct order_token *tokens, size_t n, struct order_reading *out)
{
    enum { AFTER_REMOVAL_TOKENS_MAX = 2 }; /* "scratch the X, make it ...": a comma, "and" */
    enum { REMOVALS_MAX = 8 };
    size_t removed_end = 0;
    int32_t removed_qty = 0, fewer_left = 0;
    size_t removed_ends[REMOVALS_MAX];
    size_t n_removed = 0;
    bool leads = correct_lead_may_stand(out);
    for (size_t i = 0; i < n; i++) {
        if (out->roles[i] != ORDER_ROLE_FILLER)
            continue;
        /* the leads were marked from unread words: read them again as such */
        uint8_t saved[ORDER_TOKENS_MAX];
        size_t e = i;
        while (e < n && out->roles[e] == ORDER_ROLE_FILLER)
            e++;
        memcpy(saved + i, out->roles + i, e - i);
        memset(out->roles + i, ORDER_ROLE_NONE, e - i);
        struct correct_lead lead;
        bool found = leads && correct_lead_at(rd, text, tokens, i, n, out, &lead) && lead.end <= e;
        memcpy(out->roles + i, saved + i, e - i);
        if (!found)
            continue;
        /* "cancel one of the chicken burgers, just 1": the count left, said again */
        if (lead.kind == CORRECT_COUNT && fewer_left > 0 && lead.count == fewer_left &&
            lead.begin <= removed_end + AFTER_REMOVAL_TOKENS_MAX) {
            i = lead.end - 1;
            continue;
        }
        bool kept[ORDER_ITEMS_MAX];
        for (size_t s = 0; s < out->n_things; s++)
            kept[s] = !out->things[s].reference;
        if (lead.kind == CORRECT_COUNT)
            correct_count(rd, text, tokens, out, &lead);
        else if (lead.kind == CORRECT_SWAP) {
            if (lead.item < 0) /* "no wait, the vegan one": among the kind corrected */
                correct_sibling_pick(rd, text, tokens, n, out, &lead);
            if (!correct_kind_swap(rd, text, tokens, out, &lead))
                correct_swap(rd, text, tokens, out, &lead,
                             removed_end > 0 &&
                                 lead.begin <= removed_end + AFTER_REMOVAL_TOKENS_MAX,
                             removed_qty);
        } else if (lead.changed)
            correct_change(rd, text, out, tokens, n, &lead);
        else
            correct_remove(rd, text, out, tokens, n, &lead);
        if (lead.kind == CORRECT_REMOVE) {
            removed_qty = 0; /* how many of the dish were taken back */
            for (size_t s = 0; s < out->n_things; s++)
                if (kept[s] && out->things[s].reference && out->things[s].is_span)
                    removed_qty += out->things[s].qty;
            removed_end = lead.end;
            fewer_left = lead.count > 0 ? correct_left_of(out, lead.item, lead.begin) : 0;
            if (n_removed < REMOVALS_MAX)
                removed_ends[n_removed++] = lead.end;
        }
        i = lead.end - 1;
    }
    correct_instead(rd, text, tokens, n, out);
    correct_not_dish(rd, text, tokens, n, out);
    correct_not_list(text, tokens, n, out);
    correct_confirmations(text, tokens, n, out);
    correct_bare_instead(text, tokens, n, out, removed_ends, n_removed);
    correct_only_left(text, tokens, n, out, removed_ends, n_removed);
    correct_word_swaps(rd, text, tokens, n, out);
    correct_made_kind(rd, text, tokens, n, out);
    correct_said_not(text, tokens, out);
    correct_zero_counts(text, tokens, n, out);
    correct_final_list(rd, text, tokens, n, out);
}
