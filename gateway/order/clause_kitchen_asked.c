/* clause_kitchen_asked.c — the kitchen asked, in a letter's register, to make or set aside a
 * dish: "would you prepare a side salad", "might you put aside one carrot cake for me",
 * "would you be so kind as to prepare a few of those bites", "I should be very much obliged
 * if you would prepare half a dozen brownies". The frame asks for the dish after it, as
 * "could you make me" does; read as a question ("would you ...") it turned the order into an
 * inquiry and lost every dish. Only before what reads as the dish, an article, a count, a
 * possessive of the restaurant or the customer as the one it is made for: "would you make
 * it vegan" changes a dish named before, "would you prepare without nuts" asks. */
#include "gateway/order/clause_internal.h"

static const char *const kitchen_modals[] = {"would", "could", "might", "will"};
static const char *const kitchen_making[] = {"prepare",   "make",       "send", "reserve",
                                             "save",      "fix",        "pack", "put aside",
                                             "set aside", "keep aside", "hold"};
/* what the dish may open with: "a", "one", "6", "your", or "me"/"us" before it */
static const char *const kitchen_objects[] = {"a",  "an", "one", "two",  "three",   "some", "your",
                                              "me", "us", "for", "half", "several", "few"};

/* The words of politeness between the subject and the verb: "would you kindly prepare". */
static size_t kitchen_manner(const char *text, const struct order_token *tokens, size_t p, size_t e)
{
    static const char *const manner[] = {"please", "kindly", "possibly", "perhaps", "also"};
    size_t q = p;
    while (q < p + 2U && CLAUSE_IN(manner, q))
        q++;
    return q;
}

size_t clause_kitchen_verb_end(const char *text, const struct order_token *tokens, size_t p,
                               size_t e)
{
    size_t v = clause_in_list(text, tokens, p, e, kitchen_making, ORDER_WORDS_N(kitchen_making));
    if (v == 0)
        return 0;
    bool object = CLAUSE_IN(kitchen_objects, p + v) ||
                  (p + v < e && tokens[p + v].kind == ORDER_TOKEN_WORD &&
                   text[tokens[p + v].off] >= '1' && text[tokens[p + v].off] <= '9');
    return object ? p + v : 0;
}

/* "I should be (very much) obliged if you would", "we would be most grateful if you could":
 * the end of that preface, or i. */
static size_t kitchen_obliged_end(const char *text, const struct order_token *tokens, size_t i,
                                  size_t e)
{
    static const char *const subjects[] = {"i", "we"};
    static const char *const would[] = {"should", "would"};
    static const char *const degree[] = {"very", "much", "most", "so", "really", "truly"};
    static const char *const obliged[] = {"obliged",   "grateful", "glad",
                                          "delighted", "thankful", "pleased"};
    size_t p = i;
    if (CLAUSE_IN(subjects, p) && CLAUSE_IN(would, p + 1U))
        p += 2U;
    else if (order_tok_is(text, tokens, p, e, "id") || order_tok_is(text, tokens, p, e, "wed"))
        p++;
    else
        return i;
    if (!order_tok_is(text, tokens, p, e, "be"))
        return i;
    p++;
    while (p < i + 8U && CLAUSE_IN(degree, p))
        p++;
    if (!CLAUSE_IN(obliged, p) || !order_tok_is(text, tokens, p + 1U, e, "if"))
        return i;
    return p + 2U;
}

size_t clause_kitchen_asked_opener(const char *text, const struct order_token *tokens,
                                   const struct order_reading *out, size_t i, size_t e)
{
    static const char *const so_kind[] = {"would", "you", "be", "so", "kind", "as", "to"};
    if (!ORDER_CUES_ANY(&out->cues, "prepare", "make", "send", "reserve", "save", "fix", "pack",
                        "aside", "hold") ||
        !ORDER_CUES_ANY(&out->cues, "you"))
        return 0;
    size_t p = i;
    bool kind = true;
    for (size_t w = 0; w < ORDER_WORDS_N(so_kind) && kind; w++)
        kind = order_tok_is(text, tokens, p + w, e, so_kind[w]);
    if (kind) { /* "would you be so kind as to prepare" */
        size_t end = clause_kitchen_verb_end(text, tokens, p + ORDER_WORDS_N(so_kind), e);
        return end > 0 ? end - i : 0;
    }
    p = kitchen_obliged_end(text, tokens, i, e);
    /* "would you", or "you would" after the preface */
    if (CLAUSE_IN(kitchen_modals, p) && order_tok_is(text, tokens, p + 1U, e, "you"))
        p += 2U;
    else if (p > i && order_tok_is(text, tokens, p, e, "you") && CLAUSE_IN(kitchen_modals, p + 1U))
        p += 2U;
    else
        return 0;
    size_t end = clause_kitchen_verb_end(text, tokens, kitchen_manner(text, tokens, p, e), e);
    return end > 0 ? end - i : 0;
}
