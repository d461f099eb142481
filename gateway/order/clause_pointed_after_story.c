/* clause_pointed_after_story.c — a request pointing back at a dish someone got, after the story
 * of it and a comma (clause_split.c, reading.h pass 2): "my friend got the carnitas bowl last
 * time, can I get that but no sour cream", "she got the pork bowl, I'll have that w/ no
 * lettuce", "mi amigo got the tinga burrito and said it was bomb, so one of those para mi".
 * The story tells what was got; the request asks for it again. Cut apart, the story is read as
 * told and the request as asked, its pointer finding the dish named before it, as after a full
 * stop. */
#include "gateway/order/clause_internal.h"

/* The words a request may take before its pointer ("can i get | that", "ill have | the same",
 * "so | one of those"): a few at most. */
enum { POINTED_REQUEST_WORDS_MAX = 5 };

/* Does a pointer back at a dish that may stand alone for a request stand at p: "the same",
 * "one of those", "2 of them"? */
static bool pointed_alone_at(const char *text, const struct order_token *tokens, size_t p, size_t e)
{
    static const char *const same[] = {"same", "the same"};
    static const char *const counts[] = {"one", "two", "three", "four", "five", "six"};
    static const char *const pointed[] = {"those", "them", "these", "em"};
    if (CLAUSE_IN(same, p))
        return true;
    bool counted =
        CLAUSE_IN(counts, p) || (p < e && tokens[p].kind == ORDER_TOKEN_WORD &&
                                 text[tokens[p].off] >= '1' && text[tokens[p].off] <= '9');
    return counted && order_tok_is(text, tokens, p + 1U, e, "of") && CLAUSE_IN(pointed, p + 2U);
}

/* Does a pointer back at a dish stand at p: one that may stand alone, or "that", "those",
 * "it" after a verb of getting ("can i get that")? */
static bool pointed_back_at(const char *text, const struct order_token *tokens, size_t p, size_t e)
{
    static const char *const pointers[] = {"that", "those", "it"};
    return CLAUSE_IN(pointers, p) || pointed_alone_at(text, tokens, p, e);
}

/* Does a request start at q: a modal asking ("can i get"), a subject's will ("ill have"), "I"
 * wanting ("i want", "id like"), or a pointer alone ("one of those for me")? Returns where
 * its pointer may start looking (q itself for a bare pointer), or e when none starts. */
static size_t pointed_request_at(const char *text, const struct order_token *tokens, size_t q,
                                 size_t e)
{
    static const char *const wanting[] = {"want", "need", "wanna", "like"};
    static const char *const wanters[] = {"i", "id", "we"};
    if (pointed_alone_at(text, tokens, q, e))
        return q; /* not "it had fries in it": "it" alone is a subject */
    if (clause_asks_for_at(text, tokens, q, e) || clause_will_get_at(text, tokens, q, e))
        return q + 2U;
    if (CLAUSE_IN(wanters, q) &&
        (CLAUSE_IN(wanting, q + 1U) ||
         (order_tok_is(text, tokens, q + 1U, e, "would") && CLAUSE_IN(wanting, q + 2U))))
        return q + 2U;
    return e;
}

bool clause_pointed_after_story(const char *text, const struct order_token *tokens, size_t start,
                                size_t i, size_t e, const struct order_reading *out)
{
    static const char *const got[] = {"got", "had", "ordered", "ate", "tried", "brought"};
    /* after a comma, or with none: "... last time can I get that" */
    bool comma = tokens[i].kind == ORDER_TOKEN_PUNCT && tokens[i].punct == ',';
    if ((!comma && tokens[i].kind != ORDER_TOKEN_WORD) ||
        !ORDER_CUES_ANY(&out->cues, "got", "had", "ordered", "ate", "tried", "brought") ||
        !ORDER_CUES_ANY(&out->cues, "that", "those", "it", "same", "them", "these", "em"))
        return false;
    size_t q = i + 1U;
    if (order_tok_is(text, tokens, q, e, "so"))
        q++;
    size_t from = pointed_request_at(text, tokens, q, e);
    /* with no comma, a pointer alone may be the object of a verb before it ("refund one of
     * them"): only an opener that asks turns to a request there */
    if (from == e || (from == q && !comma && q == i + 1U))
        return false;
    bool pointer = false;
    for (size_t p = from; p < e && p <= q + POINTED_REQUEST_WORDS_MAX && !pointer; p++) {
        if (tokens[p].kind != ORDER_TOKEN_WORD || out->n_hits[p] > 0)
            return false; /* "can i get the carnitas bowl too": a dish of its own */
        pointer = pointed_back_at(text, tokens, p, e);
    }
    if (!pointer)
        return false;
    for (size_t p = start; p < i; p++)
        if (CLAUSE_IN(got, p))
            return true; /* what someone got, told */
    return false;
}
