/* result.c — from a classified reading to the result (see result.h). */
#include "gateway/order/result.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>

#include "gateway/order/language.h"
#include "gateway/order/lexicon.h"
#include "gateway/order/order_assert.h"
#include "gateway/order/reading.h"

/* Do two lists of changes say the same, change for change? The slots past n hold nothing
 * (a change taken back may leave its words there). */
static bool result_same_mods(const struct order_modifiers *a, const struct order_modifiers *b)
{
    if (a->n != b->n)
        return false;
    for (size_t m = 0; m < a->n; m++)
        if (strcmp(a->text[m], b->text[m]) != 0)
            return false;
    return true;
}

static void result_add_item(const struct menu *menu, struct order_result *r, int32_t item,
                            const struct order_thing *th, float score)
{
    for (size_t i = 0; i < r->n_items; i++) {
        struct order_result_item *it = &r->items[i];
        if (it->menu_index == item && result_same_mods(&it->mods, &th->mods)) {
            it->qty += th->qty;
            r->total_cents += (int64_t)th->qty * menu->items[item].price_cents;
            return;
        }
    }
    ORDER_ASSERT(r->n_items < ORDER_ITEMS_MAX);
    struct order_result_item *it = &r->items[r->n_items++];
    it->menu_index = item;
    it->qty = th->qty;
    it->mods = th->mods;
    it->score = score;
    r->total_cents += (int64_t)th->qty * menu->items[item].price_cents;
}

static struct order_clarify *result_clarify(struct order_result *r, const struct order_thing *th)
{
    ORDER_ASSERT(r->n_clarify < ORDER_CLARIFY_MAX);
    struct order_clarify *c = &r->clarify[r->n_clarify++];
    memset(c, 0, sizeof(*c));
    memcpy(c->phrase, th->phrase, th->phrase_len + 1U);
    return c;
}

static void result_add_unknown(struct order_result *r, const struct order_thing *th)
{
    for (size_t i = 0; i < r->n_unknown; i++)
        if (strcmp(r->unknown[i], th->phrase) == 0)
            return;
    ORDER_ASSERT(r->n_unknown < ORDER_UNKNOWN_MAX);
    memcpy(r->unknown[r->n_unknown++], th->phrase, th->phrase_len + 1U);
}

/* Does the leftover stand for a dish whatever its match: food, or a word of the menu, or one
 * no dictionary knows where a dish stands? */
static bool result_named(const struct order_thing *th)
{
    return th->leftover_kind == ORDER_LEFTOVER_FOOD || th->menu_words || th->unreadable;
}

/* Does a candidate of m share a word with the thing's phrase? */
static bool result_candidates_share(const struct menu *menu, const struct order_thing *th,
                                    const struct order_match *m)
{
    for (size_t i = 0; i < m->n_candidates; i++)
        if (order_match_name_shares_word(th->phrase, th->phrase_len,
                                         menu->items[m->candidates[i]].name))
            return true;
    return false;
}

/* The one candidate of m whose name holds a word one letter off the thing's phrase, itself
 * one word of four letters or more ("elite": the Elote), or -1 when none or several do. A
 * name heard or autocorrected into another word keeps all but one of its letters; a candidate
 * near only in its letters' company elsewhere is no nearer. */
static int32_t result_one_letter_off(const struct menu *menu, const struct order_thing *th,
                                     const struct order_match *m)
{
    enum { WORD_MIN = 4 };
    if (th->phrase_len < WORD_MIN || memchr(th->phrase, ' ', th->phrase_len))
        return -1;
    int32_t found = -1;
    /* the word must tell one dish of the whole menu apart: "warp" is near every wrap */
    for (size_t i = 0; i < menu->count; i++) {
        bool near = order_name_has_near_word(menu->items[i].name, th->phrase, th->phrase_len);
        if (near && found >= 0)
            return -1;
        if (near)
            found = (int32_t)i;
    }
    for (size_t i = 0; i < m->n_candidates; i++)
        if (m->candidates[i] == found)
            return found;
    return -1;
}

/* One thing of a request clause. */
static void result_order_thing(const struct menu *menu, const struct order_thing *th,
                               const struct order_match *m, struct order_result *r)
{
    if (th->is_span && th->item >= 0) {
        if (th->qty_unclear) {
            struct order_clarify *c = result_clarify(r, th);
            c->candidates[0] = th->item;
            c->scores[0] = 1.0f;
            c->n_candidates = 1;
            c->how_many = true;
            return;
        }
        result_add_item(menu, r, th->item, th, 1.0f);
    } else if (th->past) {
        /* no candidates: the menu cannot say; a dish shown is asked as any unread one is */
        result_clarify(r, th)->past = !th->shown;
    } else if (th->is_span) {
        struct order_clarify *c = result_clarify(r, th);
        for (int32_t i = order_item_set_next(&th->candidates, 0); i >= 0;
             i = order_item_set_next(&th->candidates, (size_t)i + 1)) {
            if (c->n_candidates == ORDER_CLARIFY_CANDIDATES_MAX) {
                c->more = true;
                break;
            }
            c->scores[c->n_candidates] = 1.0f;
            c->candidates[c->n_candidates++] = i;
        }
    } else if (th->lost) {
        result_clarify(r, th)->lost = true; /* "1 ▒▒▒▒": nothing of it to match */
    } else if (m->kind == ORDER_MATCH_ACCEPT && !th->qty_unclear) {
        result_add_item(menu, r, m->candidates[0], th, m->score);
    } else if (th->left_to_us) {
        result_clarify(r, th)->left_to_us = true; /* no name near: the menu cannot say */
    } else if (m->kind == ORDER_MATCH_UNKNOWN && (th->garbled || th->vague)) {
        result_clarify(r, th); /* "2 vrgbtz", "2 chicken things": asked back, no name near */
    } else if (m->kind == ORDER_MATCH_UNKNOWN && th->coined && result_named(th) &&
               !result_candidates_share(menu, th, m)) {
        result_add_unknown(r, th); /* "2 pozole rojo": a dish of the cuisine the menu lacks */
    } else if (m->kind != ORDER_MATCH_UNKNOWN || (th->leftover_kind == ORDER_LEFTOVER_ITEMLIKE &&
                                                  (th->menu_words || th->unreadable))) {
        /* close to a menu name, or made of menu words that name no item ("big mac"):
         * asked back rather than dropped */
        int32_t near = !th->qty_unclear ? result_one_letter_off(menu, th, m) : -1;
        if (near >= 0) {
            result_add_item(menu, r, near, th, m->score);
            return;
        }
        /* the count is copied whole: a clarification holds every candidate of a match */
        _Static_assert((int)ORDER_MATCH_CANDIDATES <= (int)ORDER_CLARIFY_CANDIDATES_MAX,
                       "a match's candidates fit a clarification");
        struct order_clarify *c = result_clarify(r, th);
        for (size_t i = 0; i < m->n_candidates && i < ORDER_CLARIFY_CANDIDATES_MAX; i++) {
            c->candidates[i] = m->candidates[i];
            c->scores[i] = m->candidate_scores[i];
        }
        c->n_candidates = m->n_candidates;
    } else if (th->leftover_kind == ORDER_LEFTOVER_FOOD && !th->ingredient) {
        result_add_unknown(r, th);
    }
}

static void result_about(struct order_result *r, int32_t item)
{
    for (size_t i = 0; i < r->n_about; i++)
        if (r->about[i] == item)
            return;
    if (r->n_about < ORDER_MENTIONS_MAX)
        r->about[r->n_about++] = item;
}

/* Intents in text order, each once; clause texts cut at a character boundary. */
/* Adds category cat to the message's intents, once. */
static void result_intent(struct order_result *r, enum order_category cat)
{
    for (size_t i = 0; i < r->n_intents; i++)
        if (r->intents[i] == cat)
            return;
    r->intents[r->n_intents++] = cat;
}

static void result_clauses(const struct order_work *w, struct order_result *r)
{
    const struct order_reading *rg = &w->reading;
    for (size_t c = 0; c < rg->n_clauses; c++) {
        const struct order_clause *cl = &rg->clauses[c];
        enum order_intent intent = (enum order_intent)cl->intent;
        struct order_result_clause *out = &r->clauses[r->n_clauses++];
        size_t off = w->tokens[cl->begin].off;
        const struct order_token *last = &w->tokens[cl->end - 1U];
        size_t end = last->off + last->len;
        while (end < w->folded_len && ((unsigned char)w->folded[end] & 0xC0) == 0x80)
            end++; /* an emoji is one punctuation token of one byte: keep all of it */
        size_t len = end - off;
        if (len >= ORDER_CLAUSE_TEXT_MAX) {
            len = ORDER_CLAUSE_TEXT_MAX - 1;
            while (len > 0 && ((unsigned char)w->folded[off + len] & 0xC0) == 0x80)
                len--;
        }
        memcpy(out->text, w->folded + off, len);
        out->text[len] = '\0';
        out->intent = (uint8_t)intent;
        if (cl->asked_first) /* "can u make it vegan? if so 2": it asks, then orders */
            result_intent(r, ORDER_CATEGORY_INQUIRY);
        if (intent != ORDER_INTENT_NONE)
            result_intent(r, order_intent_category(intent));
    }
    if (r->n_intents == 0)
        r->intents[r->n_intents++] = r->category;
}

/* Does a sentence after the first, ending in '?', ask about the menu (a word of a menu
 * question, "picante", "cuesta") with no verb of wanting of its own? With wait true: ask
 * how long the food takes ("¿Cuánto tiempo tarda?"), a question of pickup. */
static bool result_foreign_asks_after(const struct order_work *w, bool wait)
{
    const char *s = w->display;
    size_t len = w->display_len, at = 0;
    for (size_t n = 0; at < len; n++) {
        size_t e = at;
        while (e < len && s[e] != '.' && s[e] != '!' && s[e] != '?')
            e++;
        bool asked = e < len && s[e] == '?';
        bool request, courtesy, past;
        order_language_frame(s + at, e - at, &request, &courtesy, &past);
        if (n > 0 && asked && !request &&
            (wait ? order_language_wait(s + at, e - at)
                  : order_language_menu_question(s + at, e - at)))
            return true;
        at = e + 1U;
    }
    return false;
}

/* Does the foreign message count a thing in its language ("drei", "dwa") or say its
 * "please" ("bitte", "lütfen")? Either asks for something, though no menu word reads it. */
static bool result_foreign_asked_for(const struct order_work *w)
{
    const char *const *please = order_language_please(w->language);
    for (size_t t = 0; t < w->n_tokens; t++) {
        const struct order_token *k = &w->tokens[t];
        if (k->kind != ORDER_TOKEN_WORD)
            continue;
        if (order_language_count(w->language, w->folded + k->off, k->len))
            return true;
        for (const char *const *p = please; *p; p++) {
            size_t n = strlen(*p);
            if (n <= w->folded_len - k->off && memcmp(w->folded + k->off, *p, n) == 0 &&
                (k->off + n == w->folded_len || w->folded[k->off + n] < 'a'))
                return true;
        }
    }
    return false;
}

/* A message not in English: a person reads it. Its category comes from its structure, the
 * English reading of its clauses being no guide: a verb of wanting or a request modal of
 * its language, or a count, with a dish named is an order ("Posso avere un hamburger
 * vegano?"); else a
 * question ('?', "¿", a question's form) is an inquiry when it names the menu, a diet or a
 * section ("Quanto costa il wrap al falafel?") and other when it does not ("Kann ich um 18
 * Uhr abholen?"); else a message of greetings and thanks without a dish is other ("Merci
 * beaucoup, à bientôt !") and the rest an order ("Zwei Halloumi-Burger bitte"). */
static void result_foreign(const struct order_work *w, struct order_result *r)
{
    const struct order_reading *rg = &w->reading;
    bool asks =
        memchr(w->display, '?', w->display_len) != NULL ||
        order_language_recommends(w->display, w->display_len) ||     /* "Was empfehlt ihr" */
        order_language_opens_question(w->display, w->display_len) || /* "Czy macie ..." */
        (strcmp(w->language, "hi") == 0 && order_language_hindi_asks(w->display, w->display_len));
    bool counted = false; /* "¿Me pones 1 Cheddar Cheeseburger ...?": counted dishes */
    for (size_t c = 0; c < rg->n_clauses; c++) {
        asks = asks || rg->clauses[c].question_form;
        counted = counted || rg->clauses[c].has_quantity;
    }
    bool request, courtesy, past;
    /* the words as written: the match form may have read "hola" as a misspelt "hold" */
    order_language_frame(w->display, w->display_len, &request, &courtesy, &past);
    /* "Necesito saber si el elote pica mucho": wanting to know asks, it orders nothing */
    if (order_language_asks_whether(w->display, w->display_len)) {
        asks = true;
        request = false;
    }
    /* dish: a span or a food; exact: a food or a menu word as written ("zwei
     * halloumi-burger"), not a foreign word read as a misspelt one ("buenas tardes") */
    bool dish = false, exact = false;
    for (size_t t = 0; t < rg->n_things; t++) {
        bool food = !rg->things[t].is_span && rg->things[t].leftover_kind == ORDER_LEFTOVER_FOOD;
        dish = dish || rg->things[t].is_span || food;
        exact = exact || food;
    }
    for (size_t i = 0; i < w->n_tokens; i++) {
        dish = dish || rg->n_hits[i] > 0;
        exact = exact || (rg->n_hits[i] > 0 && rg->hits[i][0].edits == 0);
    }
    /* "Хочу заказать три тако": a count before words of a script no menu word is in */
    if (order_language_counted_unread(w->language, w->display, w->display_len))
        dish = counted = true;
    /* "タコス2つください", "有素食吗？": words of Chinese, Japanese or Korean, read inside
     * the text; a dish written in them is read by no menu word, asked for all the same */
    struct order_language_signs signs;
    order_language_signs(w->display, w->display_len, &signs);
    request = request || signs.request;
    counted = counted || signs.counted;
    dish = dish || signs.request || signs.counted;
    courtesy = courtesy || signs.courtesy;
    asks = asks || signs.asks;
    bool menu = dish || rg->names_menu_words || /* "¿Tienen opciones sin gluten?" */
                order_language_menu_question(w->display, w->display_len) || signs.menu;
    r->foreign = true;
    memcpy(r->language, w->language, sizeof(r->language));
    if (order_language_other(w->display, w->display_len))
        r->category = ORDER_CATEGORY_OTHER; /* "Quiero cancelar mi pedido #12291" */
    else if (dish && (request || counted))
        r->category = ORDER_CATEGORY_ORDER;
    else if (asks)
        r->category = menu ? ORDER_CATEGORY_INQUIRY : ORDER_CATEGORY_OTHER;
    else if (past && !counted)
        r->category = ORDER_CATEGORY_OTHER; /* "Meine Bestellung gestern war kalt ..." */
    else if (!dish && !request && !counted &&
             order_language_names_placed(w->display, w->display_len))
        r->category = ORDER_CATEGORY_OTHER; /* "vamos en camino a recoger el pedido" */
    else
        /* "Ciao, vorrei due patatine …, grazie": a verb of wanting orders, thanks or not */
        r->category = (courtesy && !exact && !request) ||
                              (!dish && !request && !counted && !result_foreign_asked_for(w))
                          ? ORDER_CATEGORY_OTHER
                          : ORDER_CATEGORY_ORDER;
    r->status = ORDER_STATUS_REVIEW;
    r->n_intents = 1;
    r->intents[0] = r->category;
    /* "Quiero un burrito de pollo ... Y los tacos de pescado llevan salsa picante?": after
     * the order, a sentence asked with no verb of wanting and a word of a menu question */
    if (r->category == ORDER_CATEGORY_ORDER && result_foreign_asks_after(w, false))
        r->intents[r->n_intents++] = ORDER_CATEGORY_INQUIRY;
    /* "Quiero ordenar para llevar: ... ¿Cuánto tiempo tarda?": after the order, how long it
     * takes is asked, another matter */
    if (r->category == ORDER_CATEGORY_ORDER && result_foreign_asks_after(w, true))
        r->intents[r->n_intents++] = ORDER_CATEGORY_OTHER;
}

/* Do the words of phrase p (lower case, single spaces) stand whole in text d, case folded? */
static bool result_words_in(const char *d, const char *p, size_t plen)
{
    for (const char *at = d; *at; at++) {
        if (at > d && isalnum((unsigned char)at[-1]))
            continue;
        size_t k = 0;
        while (k < plen && at[k] && tolower((unsigned char)at[k]) == p[k])
            k++;
        if (k == plen && !isalnum((unsigned char)at[k]))
            return true;
    }
    return false;
}

/* A food asked about as what holds something ("does the caesar dressing have fish in it",
 * "does the chipotle mayo contain egg"): the menu serves it inside its dishes when their
 * descriptions name it; those dishes, when one or two do, are what the question is about, and
 * they are answered, nothing is declined. False when none or more, or when no verb of holding
 * follows the food ("do you have beer?" asks for a drink, not for the beer-battered rings). */
static bool result_about_described(const struct menu *menu, const struct order_work *w,
                                   const struct order_thing *th, struct order_result *r)
{
    static const char *const holding[] = {"have", "has", "contain", "contains"};
    if (!order_tok_in(w->folded, w->tokens, th->end, w->n_tokens, holding, ORDER_WORDS_N(holding)))
        return false;
    enum { DESCRIBED_MAX = 2 };
    int32_t found[DESCRIBED_MAX];
    size_t n = 0;
    for (size_t i = 0; i < menu->count; i++) {
        if (!result_words_in(menu->items[i].description, th->phrase, th->phrase_len))
            continue;
        if (n == DESCRIBED_MAX)
            return false;
        found[n++] = (int32_t)i;
    }
    for (size_t i = 0; i < n; i++)
        result_about(r, found[i]);
    return n > 0;
}

void order_result_build(const struct menu *menu, const struct order_work *w,
                        const struct order_match *m, struct order_result *r)
{
    const struct order_reading *rg = &w->reading;
    result_clauses(w, r);
    if (w->foreign) {
        result_foreign(w, r);
        return;
    }
    for (size_t t = 0; t < rg->n_things; t++) {
        const struct order_thing *th = &rg->things[t];
        enum order_intent intent = (enum order_intent)rg->clauses[th->clause].intent;
        if (th->reference)
            continue;
        if (intent == ORDER_INTENT_REQUEST && r->category == ORDER_CATEGORY_ORDER)
            result_order_thing(menu, th, &m[t], r);
        else if (intent == ORDER_INTENT_QUESTION && th->is_span && th->item >= 0)
            result_about(r, th->item);
        else if (intent == ORDER_INTENT_QUESTION && !th->is_span &&
                 th->leftover_kind == ORDER_LEFTOVER_FOOD && m[t].kind == ORDER_MATCH_UNKNOWN &&
                 r->category == ORDER_CATEGORY_INQUIRY && !result_about_described(menu, w, th, r))
            result_add_unknown(r, th);
    }
    bool asks = false;
    for (size_t i = 0; i < r->n_intents; i++)
        asks = asks || r->intents[i] == ORDER_CATEGORY_INQUIRY;
    if (r->category == ORDER_CATEGORY_ORDER && asks && r->n_about == 0)
        for (size_t i = 0; i < r->n_items; i++)
            result_about(r, r->items[i].menu_index);
    r->unsure = r->category == ORDER_CATEGORY_ORDER && rg->unsure;
    r->truncated = r->category == ORDER_CATEGORY_ORDER && rg->truncated;
    /* "2 fries, scratch the fries": every dish taken back leaves no order to accept (no row of
     * nothing, $0.00); a person checks what the customer wants */
    bool emptied = r->n_items == 0 && r->n_unknown == 0 && r->n_clarify == 0;
    if (r->category == ORDER_CATEGORY_ORDER)
        r->status = r->n_clarify || r->unsure || r->truncated || emptied
                        ? ORDER_STATUS_REVIEW
                        : (r->n_unknown ? ORDER_STATUS_REJECTED : ORDER_STATUS_ACCEPTED);
    else
        r->status =
            r->category == ORDER_CATEGORY_INQUIRY ? ORDER_STATUS_ANSWERED : ORDER_STATUS_LOGGED;
    if (r->category == ORDER_CATEGORY_INQUIRY && r->n_about > 0)
        r->n_unknown = 0;
}
