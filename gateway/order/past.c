/* past.c — references to an order outside the message: "the usual", "same as last time",
 * "what my friend had yesterday" (see reading.h, order_read_past_reference).
 *
 * Such a phrase names no dish, yet the customer means dishes: a person who can see the
 * customer's history must confirm it, so the reading keeps it as a thing to ask back, never
 * as filler. The forms are English grammar, not any menu's words: a possessive or article
 * before "usual"/"regular", "same" with what it is the same as, and a free relative clause
 * ("what" + who + a verb of having or ordering). */
#include <string.h>

#include "gateway/order/order_assert.h"
#include "gateway/order/reading.h"

enum { PAST_SUBJECT_WORDS_MAX = 3 };    /* "what my best friend had" */
enum { PAST_DESCRIBING_WORDS_MAX = 2 }; /* "the spicy one i had" */

static bool past_in(const char *text, const struct order_token *t, size_t i, size_t e,
                    const char *const *list, size_t n)
{
    return order_tok_in(text, t, i, e, list, n);
}
#define PAST_IN(list, at) past_in(text, tokens, (at), e, list, sizeof(list) / sizeof(list[0]))

static const char *const past_possessives[] = {"the", "my", "our", "his", "her", "their", "your"};
static const char *const past_habitual[] = {"usual", "usuals", "regular", "regulars", "normal"};
/* what may follow "my usual": the end, or a word that names no dish */
static const char *const past_after_habitual[] = {
    "order", "one", "thing", "again", "please", "pls", "plz",   "thanks", "thx",
    "for",   "but", "with",  "and",   "x2",     "as",  "which", "plus",   "n"};
static const char *const past_earlier[] = {"last",   "previous", "usual",
                                           "normal", "regular",  "standard"};
/* "same as tuesday", "same as on friday": a day of the week names when the order was made */
static const char *const past_days[] = {"monday",   "tuesday", "wednesday", "thursday", "friday",
                                        "saturday", "sunday",  "tues",      "weds",     "thurs"};
static const char *const past_subjects[] = {"i", "we", "he", "she", "they", "you", "u", "ive"};
static const char *const past_subject_heads[] = {"my", "our", "his", "her", "their", "your"};
/* the past verbs of having that point at an order someone had ("what jess ordered") */
static const char *const past_had[] = {"had", "got", "ordered", "ate"};
static const char *const past_verbs[] = {"had",     "got",      "ordered", "have",   "get",
                                         "order",   "gets",     "has",     "orders", "always",
                                         "usually", "normally", "ate",     "eat",    "eats"};

/* "my usual", "the usual", "our regular order": a determiner, then a word of habit that is
 * not an adjective of a dish named right after it ("the regular fries" names fries). */
static size_t past_habit(const char *text, const struct order_token *tokens, size_t i, size_t e,
                         const struct order_reading *rg)
{
    size_t p = i;
    if (PAST_IN(past_possessives, p))
        p++;
    /* "regular" alone is a size; "usual please!" asks for the habit as "my usual" does, but
     * "usual pls 🙏 green garden ..." names the dishes it is */
    bool bare = p == i && (order_tok_is(text, tokens, p, e, "usual") ||
                           order_tok_is(text, tokens, p, e, "usuals"));
    size_t last = rg->n_clauses > 0 ? rg->clauses[rg->n_clauses - 1U].end : e;
    for (size_t q = p + 1U; bare && q < last; q++)
        bare = rg->n_hits[q] == 0;
    if ((p == i && !bare) || !PAST_IN(past_habitual, p))
        return 0;
    size_t q = p + 1;
    if (q < e && tokens[q].kind == ORDER_TOKEN_WORD && !PAST_IN(past_after_habitual, q))
        return 0;
    if (q < e && rg->n_hits[q] > 0 && !order_tok_is(text, tokens, q, e, "order"))
        return 0;
    return q + (order_tok_is(text, tokens, q, e, "order") ? 1U : 0U) - i;
}

/* A day of the week at token i, or its possessive written without the apostrophe ("same as
 * fridays order"): the day the order was made. */
static bool past_day_at(const char *text, const struct order_token *tokens, size_t i, size_t e)
{
    if (PAST_IN(past_days, i))
        return true;
    const struct order_token *t = &tokens[i];
    if (i >= e || t->kind != ORDER_TOKEN_WORD || t->len < 4 || t->len > 12 ||
        text[t->off + t->len - 1U] != 's')
        return false;
    for (size_t k = 0; k < ORDER_WORDS_N(past_days); k++)
        if (strlen(past_days[k]) + 1U == t->len &&
            memcmp(past_days[k], text + t->off, t->len - 1U) == 0)
            return true;
    return false;
}

/* "same as last time", "the same again", "same order as yesterday": "same" with its tail;
 * "the same" alone points back within the message and is not read here. "order again the
 * same like last time" is how a learner of English says it: a verb of ordering and "again"
 * may lead, "like" stand for "as". */
static size_t past_same(const char *text, const struct order_token *tokens, size_t i, size_t e)
{
    static const char *const asking_again[] = {"order", "reorder", "repeat"};
    size_t p = i + (PAST_IN(asking_again, i) ? 1U : 0U);
    p += order_tok_is(text, tokens, p, e, "again") ? 1U : 0U;
    p += order_tok_is(text, tokens, p, e, "the") ? 1U : 0U;
    if (!order_tok_is(text, tokens, p, e, "same"))
        return 0;
    size_t q = p + 1;
    if (order_tok_is(text, tokens, q, e, "order") || order_tok_is(text, tokens, q, e, "thing"))
        q++;
    if (order_tok_is(text, tokens, q, e, "again"))
        return q + 1 - i;
    if (!order_tok_is(text, tokens, q, e, "as") && !order_tok_is(text, tokens, q, e, "like"))
        return 0;
    q++;
    if (order_tok_is(text, tokens, q, e, "on") && PAST_IN(past_days, q + 1U))
        q++;
    if (past_day_at(text, tokens, q, e) && !PAST_IN(past_days, q))
        return q + (order_tok_is(text, tokens, q + 1U, e, "order") ? 2U : 1U) - i;
    /* "as last time", "as before" ("as b4"), "as yesterday", "as always", "as usual", "as my
     * friend", "as tuesday" */
    if (PAST_IN(past_earlier, q) || order_tok_is(text, tokens, q, e, "before") ||
        order_tok_is(text, tokens, q, e, "b4") || order_tok_is(text, tokens, q, e, "always") ||
        order_tok_is(text, tokens, q, e, "yesterday") || PAST_IN(past_days, q) ||
        PAST_IN(past_subject_heads, q) || PAST_IN(past_subjects, q))
        return q + 1 - i;
    return 0;
}

static const char *const past_pro_nouns[] = {"thing", "one", "stuff", "dish", "meal", "order"};

/* "what my friend had", "whatever she got last week", "what i usually get", "the thing my
 * friend got", "the one we had last time": a free relative clause, or a pro-noun with a
 * relative clause, whose verb has or orders something. */
static size_t past_what(const char *text, const struct order_token *tokens, size_t i, size_t e)
{
    size_t p = i + 1;
    /* "the spicy one i had last time": up to two describing words before the pro-noun */
    size_t pro = i + 1;
    while (pro < i + 1 + PAST_DESCRIBING_WORDS_MAX && pro < e &&
           tokens[pro].kind == ORDER_TOKEN_WORD && !PAST_IN(past_pro_nouns, pro) &&
           !PAST_IN(past_subjects, pro) && !PAST_IN(past_verbs, pro))
        pro++;
    /* "the same burger my wife had": after "the same", the kind asked for stands where the
     * pro-noun would */
    bool same_kind = order_tok_is(text, tokens, i, e, "the") &&
                     order_tok_is(text, tokens, i + 1U, e, "same") && pro == i + 3U && i + 2U < e &&
                     tokens[i + 2U].kind == ORDER_TOKEN_WORD;
    if (same_kind)
        pro = i + 2U;
    /* "same thing my roommate ordered last week": "same" and a pro-noun, its "the" dropped */
    bool same_bare = order_tok_is(text, tokens, i, e, "same") && PAST_IN(past_pro_nouns, i + 1U);
    if (((order_tok_is(text, tokens, i, e, "the") || order_tok_is(text, tokens, i, e, "that")) &&
         (PAST_IN(past_pro_nouns, pro) || same_kind)) ||
        same_bare) {
        p = same_bare ? i + 2U : pro + 1;
        if (order_tok_is(text, tokens, p, e, "that") || order_tok_is(text, tokens, p, e, "which"))
            p++;
    } else if (!order_tok_is(text, tokens, i, e, "what") &&
               !order_tok_is(text, tokens, i, e, "whatever")) {
        return 0;
    }
    if (PAST_IN(past_subjects, p)) {
        p++;
    } else if (PAST_IN(past_subject_heads, p)) {
        size_t q = p + 1;
        while (q < e && q - p <= PAST_SUBJECT_WORDS_MAX && tokens[q].kind == ORDER_TOKEN_WORD &&
               !PAST_IN(past_verbs, q))
            q++;
        if (q == p + 1 || q - p > PAST_SUBJECT_WORDS_MAX)
            return 0;
        p = q;
    } else if (order_tok_is(text, tokens, p, e, "the")) {
        /* "whatever the bassist ordered earlier": someone named by "the" and a past verb of
         * having; "whatever the kitchen has" offers, it points at no order */
        size_t q = p + 1;
        while (q < e && q - p <= PAST_SUBJECT_WORDS_MAX && tokens[q].kind == ORDER_TOKEN_WORD &&
               !PAST_IN(past_verbs, q))
            q++;
        if (q == p + 1 || q - p > PAST_SUBJECT_WORDS_MAX || !PAST_IN(past_had, q))
            return 0;
        p = q;
    } else if (p + 1U < e && tokens[p].kind == ORDER_TOKEN_WORD && PAST_IN(past_had, p + 1U)) {
        p++; /* "what jess ordered last friday": one person named, a past verb of having */
    } else {
        return 0;
    }
    /* "the second one you listed", "the one u recommended": a dish the restaurant told of
     * before this message, pointed at as the customer's own past order is */
    static const char *const told[] = {"listed",    "mentioned", "recommended", "suggested",
                                       "recommend", "suggest",   "sent",        "showed"};
    if (pro > i + 1U || order_tok_is(text, tokens, i + 1U, e, "one")) {
        if (p > 0 &&
            (order_tok_is(text, tokens, p - 1U, e, "you") ||
             order_tok_is(text, tokens, p - 1U, e, "u")) &&
            PAST_IN(told, p))
            return p + 1 - i;
    }
    if (!PAST_IN(past_verbs, p))
        return 0;
    while (PAST_IN(past_verbs, p + 1)) /* "what i always get" */
        p++;
    return p + 1 - i;
}

/* "📷 this one please!!", "(pic of my receipt) want exactly this again": "this one" or "this
 * again" ending its piece, with no dish named before it in the message to point at, points at
 * something the customer shows (a photo, a receipt) that the text does not hold: asked back.
 * Returns its tokens, 0 when none. */
static size_t past_shown(const char *text, const struct order_token *tokens, size_t i, size_t e,
                         const struct order_reading *rg)
{
    static const char *const closing[] = {"please", "pls", "plz"};
    size_t p = i;
    if (order_tok_is(text, tokens, p, e, "exactly") || order_tok_is(text, tokens, p, e, "just"))
        p++;
    if (!order_tok_is(text, tokens, p, e, "this") ||
        !(order_tok_is(text, tokens, p + 1U, e, "one") ||
          order_tok_is(text, tokens, p + 1U, e, "again")))
        return 0;
    p += 2U;
    if (p < e && tokens[p].kind == ORDER_TOKEN_WORD && !PAST_IN(closing, p))
        return 0;
    for (size_t k = 0; k < i; k++)
        if (rg->n_hits[k] > 0)
            return 0;
    return p - i;
}

/* "the green one 😅 from ur insta post", "that burger on your instagram": a dish pointed at as
 * seen somewhere the text does not hold (a post, a photo, the website), a word or two
 * describing it: asked back, never filler. Returns its tokens, 0 when none. */
static size_t past_seen_elsewhere(const char *text, const struct order_token *tokens, size_t i,
                                  size_t e)
{
    enum { SEEN_DESCRIBING_MAX = 2 };
    static const char *const pointing[] = {"the", "that", "this"};
    static const char *const pro[] = {"one", "thing"};
    static const char *const where[] = {"from", "on", "in"};
    static const char *const owners[] = {"ur", "your", "the", "yall", "my"};
    static const char *const places[] = {"insta",  "instagram", "ig",    "post",    "ad",
                                         "advert", "website",   "site",  "tiktok",  "facebook",
                                         "fb",     "pic",       "photo", "picture", "video",
                                         "story",  "poster",    "flyer", "reel",    "stories"};
    if (!PAST_IN(pointing, i))
        return 0;
    size_t p = i + 1U;
    while (p < e && p <= i + SEEN_DESCRIBING_MAX && tokens[p].kind == ORDER_TOKEN_WORD &&
           !PAST_IN(pro, p))
        p++;
    if (!PAST_IN(pro, p))
        return 0;
    p++;
    if (p < e && tokens[p].kind == ORDER_TOKEN_PUNCT && tokens[p].punct == ',')
        p++; /* an emoji between reads as a comma */
    if (!PAST_IN(where, p))
        return 0;
    p++;
    if (PAST_IN(owners, p))
        p++;
    if (!PAST_IN(places, p))
        return 0;
    p++;
    if (PAST_IN(places, p))
        p++; /* "insta post" */
    /* it ends its piece: "the one in the pic w the caramel on top" goes on to describe it */
    static const char *const closing[] = {"please", "pls", "plz", "x2", "x3"};
    if (p < e && tokens[p].kind == ORDER_TOKEN_WORD && !PAST_IN(closing, p))
        return 0;
    return p - i;
}

/* "the one with the thing on it", "that thing you do", "the one from last time": a
 * pro-noun whose description names nothing (only "thing"/"stuff" and words of place), that
 * says what the kitchen does, or where it came from before. It points at a dish the
 * customer cannot name: one a person must ask back, never filler. */
static size_t past_vague(const char *text, const struct order_token *tokens, size_t i, size_t e,
                         const struct order_reading *rg)
{
    enum { VAGUE_WORDS_MAX = 6 };
    static const char *const pointing[] = {"the", "that", "this"};
    static const char *const pro[] = {"one", "thing"};
    static const char *const vague[] = {"the", "a",  "thing", "things", "stuff", "on",
                                        "in",  "it", "top",   "of",     "inside"};
    static const char *const nothings[] = {"thing", "things", "stuff"};
    static const char *const doers[] = {"you", "u", "yall", "ya"};
    static const char *const doing[] = {"do", "make", "guys"};
    static const char *const spans[] = {"time", "week", "night"};
    if (!PAST_IN(pointing, i) || !PAST_IN(pro, i + 1))
        return 0;
    size_t p = i + 2;
    if (PAST_IN(doers, p) && PAST_IN(doing, p + 1)) /* "that thing you do", "... you guys do" */
        return p + 2 +
               (order_tok_is(text, tokens, p + 1, e, "guys") &&
                        order_tok_is(text, tokens, p + 2, e, "do")
                    ? 1U
                    : 0U) -
               i;
    if (order_tok_is(text, tokens, p, e, "from")) { /* "the one from last time" */
        if (order_tok_is(text, tokens, p + 1, e, "last") && PAST_IN(spans, p + 2))
            return p + 3 - i;
        if (order_tok_is(text, tokens, p + 1, e, "yesterday") ||
            order_tok_is(text, tokens, p + 1, e, "before"))
            return p + 2 - i;
        return 0;
    }
    if (!order_tok_is(text, tokens, p, e, "with") && !order_tok_is(text, tokens, p, e, "w"))
        return 0;
    bool nothing = false;
    size_t q = p + 1;
    while (q < e && q < p + 1 + VAGUE_WORDS_MAX && PAST_IN(vague, q) && rg->n_hits[q] == 0) {
        nothing = nothing || PAST_IN(nothings, q);
        q++;
    }
    /* the description must end there: "the one with the thing on it and a lemonade" */
    bool ends =
        q >= e || tokens[q].kind == ORDER_TOKEN_PUNCT || order_tok_is(text, tokens, q, e, "and") ||
        order_tok_is(text, tokens, q, e, "please") || order_tok_is(text, tokens, q, e, "pls");
    return nothing && ends && q > p + 1 ? q - i : 0;
}

/* "reorder #4471 please", "repeat order 4471", "reorder pls": an earlier order asked again,
 * its number (dropped from the tokens: order_numbers.c) or nothing after it. "repeat" needs
 * "order" ("repeat that please" asks to be told again). Returns its tokens, 0 when none. */
static size_t past_reorder(const char *text, const struct order_token *tokens, size_t i, size_t e)
{
    static const char *const closing[] = {"please", "pls", "plz", "but", "again", "thanks", "thx"};
    size_t p = i + 1U;
    bool repeat = order_tok_is(text, tokens, i, e, "repeat");
    if (!repeat && !order_tok_is(text, tokens, i, e, "reorder"))
        return 0;
    if (order_tok_is(text, tokens, p, e, "my") || order_tok_is(text, tokens, p, e, "the"))
        p++;
    if (order_tok_is(text, tokens, p, e, "order"))
        p++;
    else if (repeat || p > i + 1U)
        return 0;
    if (p < e && tokens[p].kind == ORDER_TOKEN_WORD && !PAST_IN(closing, p))
        return 0;
    return p - i;
}

bool order_past_reference_shown(const char *text, const struct order_token *tokens, size_t i,
                                size_t e, const struct order_reading *rg)
{
    return past_shown(text, tokens, i, e, rg) > 0 || past_seen_elsewhere(text, tokens, i, e) > 0;
}

/* Verbs after which the phrase before them is a subject, not what is ordered: "my previous
 * order was missing a lemonade", "the usual is too much". */
static const char *const past_finite[] = {"was",   "is",    "were",   "had",   "has",  "came",
                                          "got",   "took",  "didnt",  "wasnt", "isnt", "arrived",
                                          "never", "still", "tasted", "looked"};

size_t order_read_past_reference(const char *text, const struct order_token *tokens, size_t i,
                                 size_t e, const struct order_reading *rg)
{
    /* past_habit, past_same, past_what, past_vague and "my last order" */
    if (!ORDER_CUES_ANY(&rg->cues, "usual", "usuals", "regular", "regulars", "normal", "same",
                        "what", "whatever", "thing", "one", "stuff", "dish", "meal", "order",
                        "again", "reorder", "repeat"))
        return 0;
    ORDER_ASSERT(i <= e);
    if (i >= e || tokens[i].kind != ORDER_TOKEN_WORD)
        return 0;
    size_t k = past_habit(text, tokens, i, e, rg);
    if (k == 0)
        k = past_same(text, tokens, i, e);
    if (k == 0)
        k = past_what(text, tokens, i, e);
    if (k == 0)
        k = past_vague(text, tokens, i, e, rg);
    if (k == 0)
        k = past_shown(text, tokens, i, e, rg);
    if (k == 0)
        k = past_seen_elsewhere(text, tokens, i, e);
    if (k == 0 && (PAST_IN(past_subject_heads, i) || order_tok_is(text, tokens, i, e, "the")) &&
        PAST_IN(past_earlier, i + 1) && order_tok_is(text, tokens, i + 2, e, "order"))
        k = 3; /* "my last order", "our previous order" */
    static const char *const days[] = {"yesterdays", "mondays", "tuesdays",  "wednesdays",
                                       "thursdays",  "fridays", "saturdays", "sundays"};
    if (k == 0 && PAST_IN(days, i) && order_tok_is(text, tokens, i + 1U, e, "order"))
        k = 2; /* "yesterday's order" */
    if (k == 0)
        k = past_reorder(text, tokens, i, e);
    ORDER_ASSERT(i + k <= e);
    if (k > 0 && PAST_IN(past_finite, i + k))
        return 0;
    return k;
}

size_t order_past_gloss_at(const char *text, const struct order_token *tokens, size_t i, size_t e)
{
    static const char *const pointers[] = {"that", "it", "which"};
    static const char *const being[] = {"was", "is"};
    static const char *const alone[] = {"its", "thats", "ie", "usually", "normally"};
    if (PAST_IN(alone, i))
        return 1;
    return PAST_IN(pointers, i) && PAST_IN(being, i + 1U) ? 2 : 0;
}

/* Whether tokens [p, e) are the marks that open a list after an order outside the message:
 * a colon, a dash or a parenthesis, or the end of its sentence ('.', '!', '?'), new lines
 * among them, a gloss after them ("(that was ...", "- usually ..."); after "but" only a colon
 * opens it ("same as last time but:"). */
static bool past_list_opens(const char *text, const struct order_token *tokens,
                            const struct order_reading *rg, size_t p, size_t e, bool but)
{
    bool colon = false, marked = false, asked = false;
    if (p >= e)
        return false;
    for (; p < e; p++) {
        if (marked && rg->roles[p] == ORDER_ROLE_QTY)
            continue; /* "my usual pls - 2 garden burgers": the count of the first dish */
        /* a gloss answers no question: "can i get my usual? its the ..." asks it back */
        size_t gloss = marked && !asked ? order_past_gloss_at(text, tokens, p, e) : 0;
        if (gloss > 0) { /* "same as last time! (that was the halloumi burger, ...)" */
            p += gloss - 1U;
            if (order_tok_is(text, tokens, p + 1U, e, "the") ||
                order_tok_is(text, tokens, p + 1U, e, "a"))
                p++;
            continue;
        }
        if (tokens[p].kind != ORDER_TOKEN_PUNCT || !strchr(":-.!?\n(", tokens[p].punct))
            return false; /* "same as my last order (2 carnitas bowls + 2 horchata)" */
        colon = colon || tokens[p].punct == ':';
        asked = asked || tokens[p].punct == '?';
        marked = true;
    }
    return colon || !but;
}

/* After "for" and a pronoun right after the order outside the message ("the usual for
 * me"): whose it is, said before its list; p itself otherwise. */
static size_t past_for_whom(const char *text, const struct order_token *tokens, size_t p, size_t e)
{
    static const char *const whom[] = {"me", "us", "him", "her", "them"};
    if (order_tok_is(text, tokens, p, e, "for") &&
        past_in(text, tokens, p + 1U, e, whom, ORDER_WORDS_N(whom)))
        return p + 2U;
    return p;
}

/* Is tokens[p] a comma alone before thing next, counted by a count written right before it
 * ("the usual, 3 pastor")? */
static bool past_comma_before_count(const struct order_token *tokens,
                                    const struct order_reading *rg, size_t p,
                                    const struct order_thing *next)
{
    if (p + 1U >= next->begin || tokens[p].kind != ORDER_TOKEN_PUNCT || tokens[p].punct != ',' ||
        !next->qty_explicit)
        return false;
    for (size_t k = p + 1U; k < next->begin; k++)
        if (rg->roles[k] != ORDER_ROLE_QTY)
            return false;
    return true;
}

/* Do tokens [p, e) end the sentence of the order outside the message, then open the next on
 * "so" and a request ("same as last week. so we need 10 tacos, ..."): what follows from it is
 * that order spelt out, as after a colon. */
static bool past_so_request(const char *text, const struct order_token *tokens,
                            const struct order_reading *rg, size_t p, size_t e)
{
    size_t w = p;
    while (w < e && tokens[w].kind == ORDER_TOKEN_PUNCT && strchr(".!?\n", tokens[w].punct))
        w++;
    if (w == p || w + 1U >= e || !order_tok_is(text, tokens, w, e, "so"))
        return false;
    for (size_t k = w + 1U; k < e; k++)
        if (rg->roles[k] != ORDER_ROLE_OPENER && rg->roles[k] != ORDER_ROLE_QTY)
            return false;
    return rg->roles[w + 1U] == ORDER_ROLE_OPENER;
}

void order_read_past_spelled_out(const char *text, const struct order_token *tokens,
                                 struct order_reading *rg)
{
    static const char *const polite[] = {"please", "pls", "plz", "thanks", "again"};
    for (size_t k = 0; k + 1U < rg->n_things; k++) {
        const struct order_thing *past = &rg->things[k], *next = &rg->things[k + 1U];
        if (!past->past || !next->is_span || next->item < 0 || next->begin <= past->end)
            continue;
        /* only words of politeness (or "but"), then the marks that open the list */
        size_t p = past_for_whom(text, tokens, past->end, next->begin);
        bool but = false;
        while (p < next->begin && tokens[p].kind == ORDER_TOKEN_WORD &&
               (past_in(text, tokens, p, next->begin, polite, ORDER_WORDS_N(polite)) ||
                (but = order_tok_is(text, tokens, p, next->begin, "but"))))
            p++;
        /* "the usual for me please, 3 x and 2 y": a comma before a counted dish opens the
         * list too, a count being how an order is spelled out, not how one is added to */
        if (!past_list_opens(text, tokens, rg, p, next->begin, but) &&
            !(past_comma_before_count(tokens, rg, p, next) && !but) &&
            !(past_so_request(text, tokens, rg, p, next->begin) && !but))
            continue;
        order_reading_leftover_to_filler(rg, k);
        k--;
    }
}
