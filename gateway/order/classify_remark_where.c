/* classify_remark_where.c — where the customer is, told in a part of its own beside the dishes
 * (classify_remark_own.c): "a cheeseburger, im at the front desk", "a flan, we are at table
 * 4", "two tacos, parked outside in a red car", "a wrap, table 4", "just arrived". A subject
 * that is the customer ("im", "we are", "ill be") or none, perhaps how they wait ("sitting",
 * "parked", "arrived") closing the part or followed by a preposition of place and what follows
 * it to the mark, or a place adverb ("outside", "downstairs"); or a place noun and its number
 * alone ("table 4", "room 12"), or after a word ("patio table"). It tells where to
 * bring the dishes, nothing of them: the place's own words ("desk", "table", "outside") are no
 * matter of the message. The words after it are tested by the caller for food, counts and
 * anything pointing back ("im outside and it is cold" is no such remark). */
#include "gateway/order/classify_internal.h"

#define REMARK_WHERE_IN(list, at)                                                                  \
    order_tok_in(in->text, in->tokens, (at), cl->end, list, ORDER_WORDS_N(list))

/* The nouns of a place numbered to bring dishes to: "table 4", "room 12", "booth 3". */
static const char *const remark_where_nouns[] = {"table", "room",  "booth", "seat", "suite",
                                                 "desk",  "floor", "bay",   "gate", "apartment"};

/* Where the customer's own subject at token i ends: "im", "i am", "we are", "ill be",
 * "were", "well be", "i will be"; i itself when there is none. */
static size_t remark_where_subject(const struct order_class_input *in,
                                   const struct order_clause *cl, size_t i)
{
    static const char *const subjects[] = {"i", "im", "we", "were", "ill", "well", "just"};
    static const char *const verbs[] = {"am", "are", "will", "be", "just", "now", "still"};
    if (!REMARK_WHERE_IN(subjects, i))
        return i;
    size_t n = i + 1U; /* "just arrived": the subject left out */
    while (REMARK_WHERE_IN(verbs, n))
        n++;
    return n;
}

/* Does the part at token i close right there: at the clause's end or a mark? */
static bool remark_where_closes(const struct order_class_input *in, const struct order_clause *cl,
                                size_t i)
{
    return i >= cl->end || in->tokens[i].kind == ORDER_TOKEN_PUNCT;
}

/* Are the words of the place from token i to the mark no food, nothing pointing back ("it",
 * "them") and no count but the number of a place noun ("table 4")? Returns where they end, or
 * 0. */
static size_t remark_where_place_end(const struct order_class_input *in,
                                     const struct order_reading *rg, const struct order_clause *cl,
                                     size_t i)
{
    static const char *const pointing[] = {"it",  "its",  "them", "that", "this",
                                           "one", "ones", "they", "those"};
    const struct order_token *t = in->tokens;
    size_t n = i;
    for (; !remark_where_closes(in, cl, n); n++) {
        bool numbered = n > i && REMARK_WHERE_IN(remark_where_nouns, n - 1U) &&
                        in->text[t[n].off] >= '0' && in->text[t[n].off] <= '9';
        if (t[n].kind != ORDER_TOKEN_WORD || (rg->roles[n] == ORDER_ROLE_QTY && !numbered) ||
            classify_person_said_food(in, rg, cl, n) || REMARK_WHERE_IN(pointing, n))
            return 0;
    }
    return n;
}

/* "patio table", "window seat", "table 4": a place noun after a word, or before its number,
 * alone in the part at token i; the length, or 0. */
static size_t remark_where_noun(const struct order_class_input *in, const struct order_clause *cl,
                                size_t i)
{
    const struct order_token *t = in->tokens;
    if (REMARK_WHERE_IN(remark_where_nouns, i) && i + 1U < cl->end &&
        in->text[t[i + 1U].off] >= '0' && in->text[t[i + 1U].off] <= '9' &&
        remark_where_closes(in, cl, i + 2U))
        return 2U; /* "table 4", "room 12" */
    if (i < cl->end && t[i].kind == ORDER_TOKEN_WORD &&
        REMARK_WHERE_IN(remark_where_nouns, i + 1U) && remark_where_closes(in, cl, i + 2U))
        return 2U; /* "patio table", "outside table" */
    return 0;
}

size_t classify_remark_where(const struct order_class_input *in, const struct order_reading *rg,
                             const struct order_clause *cl, size_t i)
{
    static const char *const waiting[] = {"sitting", "parked", "waiting", "standing", "seated",
                                          "staying", "here",   "wait",    "arrived"};
    static const char *const at[] = {"at", "in",      "by",       "near",
                                     "on", "outside", "upstairs", "downstairs"};
    /* waiting, remark_where_nouns, at */
    if (!ORDER_CUES_ANY(&rg->cues, "sitting", "parked", "waiting", "standing", "seated", "staying",
                        "here", "wait", "arrived", "table", "room", "booth", "seat", "suite",
                        "desk", "floor", "bay", "gate", "apartment", "at", "in", "by", "near", "on",
                        "outside", "upstairs", "downstairs"))
        return 0;
    const struct order_token *t = in->tokens;
    size_t n = remark_where_subject(in, cl, i);
    bool waits = REMARK_WHERE_IN(waiting, n);
    if (waits)
        n++;
    if (waits && remark_where_closes(in, cl, n))
        return n - i; /* "just arrived", "ill wait here" */
    if (n == i && remark_where_noun(in, cl, n) > 0)
        return remark_where_noun(in, cl, n);
    /* with no subject nor how they wait, only "at": "in a bag", "on the side" say how the
     * dish comes */
    bool led = n > i || order_tok_is(in->text, t, n, cl->end, "at");
    if (!led || !REMARK_WHERE_IN(at, n))
        return 0;
    size_t e = remark_where_place_end(in, rg, cl, n + 1U);
    return e > 0 ? e - i : 0;
}
