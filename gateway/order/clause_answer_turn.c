/* clause_answer_turn.c — a question run on, with no mark between, into what the customer will
 * do with its answer: "do you have onion rings if yes 2 portions", "how much is the cold brew
 * ill take one either way", "whats good today eh just give me a burger". Written with a '?'
 * the two are clauses of their own and the second asks for the dish the first named; typed
 * without it the request was read as words of the question, and the order was lost. So a
 * clause that opens as a question is cut where a condition on its answer ("if so", "if not",
 * "either way"), a withdrawal of it ("nvm", "actually never mind") or the speaker's own
 * request ("ill take", "id like", "gimme", "send me") starts. */
#include "gateway/order/clause_internal.h"

#include <string.h>

/* Words that open a question at the clause's start, as a customer types them: an auxiliary,
 * a wh-word, "any" and "got" ("any specials today", "got any bars"), "you" asked in a
 * statement's order ("u guys still have ..."). */
static const char *const answer_question_openers[] = {
    "is",   "are",  "does",  "do",      "did",       "what",      "whats", "wats",
    "wat",  "how",  "hows",  "which",   "any",       "got",       "u",     "you",
    "yall", "when", "where", "can you", "could you", "would you", "can u", "could u"};

/* Greetings and fillers that may stand before the question word ("hey how much is ..."). */
static const char *const answer_leads[] = {"hey", "hi", "hello", "yo",   "ok",  "okay", "so",
                                           "um",  "uh", "uhh",   "also", "and", "wait", "oh"};

/* Words that cannot stand right before the turn: the question is still asking there ("can you
 * get me ...", "what do i need", "how much would i ..."). */
static const char *const answer_not_after[] = {
    "you",   "u",      "ya",    "please", "pls", "plz", "just", "can",  "could", "would",
    "will",  "should", "do",    "does",   "did", "i",   "we",   "me",   "to",    "and",
    "or",    "of",     "the",   "a",      "an",  "if",  "what", "that", "which", "may",
    "might", "must",   "shall", "is",     "are", "for", "with"};

size_t clause_answer_question_start(const char *text, const struct order_token *tokens,
                                    size_t start, size_t e)
{
    size_t p = start;
    for (int k = 0; k < 2 && p < e &&
                    clause_in_list(text, tokens, p, e, answer_leads, ORDER_WORDS_N(answer_leads));
         k++)
        p++;
    return clause_in_list(text, tokens, p, e, answer_question_openers,
                          ORDER_WORDS_N(answer_question_openers))
               ? p
               : e;
}

/* A condition on the answer, or the question given up, at q: "if so", "if yes", "if not",
 * "if you do", "either way", "regardless", "nvm", "never mind", "actually never mind", "eh
 * just". */
static bool answer_condition_at(const char *text, const struct order_token *tokens, size_t q,
                                size_t e)
{
    static const char *const answers[] = {"yes", "so", "not", "you do", "u do", "they do"};
    static const char *const turns[] = {"either way",        "regardless",   "nvm",
                                        "never mind",        "actually nvm", "actually never mind",
                                        "actually whatever", "ok whatever",  "whatever just"};
    if (order_tok_is(text, tokens, q, e, "if"))
        return clause_in_list(text, tokens, q + 1U, e, answers, ORDER_WORDS_N(answers));
    /* "eh" as a shrug before what follows: "whats good eh just give me ..." */
    if (order_tok_is(text, tokens, q, e, "eh"))
        return q + 1U < e && tokens[q + 1U].kind == ORDER_TOKEN_WORD;
    return clause_in_list(text, tokens, q, e, turns, ORDER_WORDS_N(turns));
}

/* The speaker's own request at q: "ill take", "id like", "we'd love", "i want", "want 2",
 * "gimme", "give me", "grab me", "send me", "put me down"; a softening word may come first
 * ("ok ill just do", "just give me"). */
static bool answer_request_at(const char *text, const struct order_token *tokens, size_t q,
                              size_t e)
{
    static const char *const will[] = {"ill",    "id",      "well",    "wed",      "imma",
                                       "i will", "i would", "we will", "we would", "gonna"};
    static const char *const soft[] = {"just", "also", "probably", "still", "definitely"};
    static const char *const getting[] = {"take", "have", "get",   "do",   "like", "love",
                                          "need", "grab", "order", "want", "go"};
    static const char *const counted[] = {"a", "an", "one", "two", "three", "four", "the"};
    static const char *const giving[] = {"gimme",    "give me", "grab me", "get me", "send me",
                                         "bring me", "put me",  "lemme",   "let me"};
    static const char *const wanting[] = {"i want",  "i need", "i wanna", "we want",
                                          "we need", "want",   "need"};
    static const char *const leads[] = {"ok", "okay", "so", "then", "just"};
    if (clause_in_list(text, tokens, q, e, leads, ORDER_WORDS_N(leads)))
        q++;
    if (clause_in_list(text, tokens, q, e, giving, ORDER_WORDS_N(giving)))
        return true;
    /* "are the onion rings vegan also 2 sweet potato fries": "also" / "plus" and a count or
     * an article add a dish after the question */
    static const char *const adding[] = {"also", "plus"};
    if (clause_in_list(text, tokens, q, e, adding, ORDER_WORDS_N(adding)) && q + 1U < e &&
        tokens[q + 1U].kind == ORDER_TOKEN_WORD &&
        (clause_in_list(text, tokens, q + 1U, e, counted, ORDER_WORDS_N(counted)) ||
         (text[tokens[q + 1U].off] >= '0' && text[tokens[q + 1U].off] <= '9')))
        return true;
    if (clause_in_list(text, tokens, q, e, will, ORDER_WORDS_N(will))) {
        size_t v = q + (tokens[q].len == 1 || order_tok_is(text, tokens, q, e, "we") ? 2U : 1U);
        if (clause_in_list(text, tokens, v, e, soft, ORDER_WORDS_N(soft)))
            v++;
        return clause_in_list(text, tokens, v, e, getting, ORDER_WORDS_N(getting));
    }
    if (!clause_in_list(text, tokens, q, e, wanting, ORDER_WORDS_N(wanting)))
        return false;
    /* what is wanted follows: a count, an article or a digit ("want 2 for my kids") */
    size_t w =
        q +
        (order_tok_is(text, tokens, q, e, "i") || order_tok_is(text, tokens, q, e, "we") ? 2U : 1U);
    return w < e && tokens[w].kind == ORDER_TOKEN_WORD &&
           (clause_in_list(text, tokens, w, e, counted, ORDER_WORDS_N(counted)) ||
            (text[tokens[w].off] >= '0' && text[tokens[w].off] <= '9'));
}

bool clause_answer_turn_at(const char *text, const struct order_token *tokens, size_t start,
                           size_t p, size_t q, size_t e)
{
    /* the question holds at least two words before the turn, and the word right before it
     * ends it ("can you get me" is still the question) */
    if (q < start + 3U || q >= e || tokens[q].kind != ORDER_TOKEN_WORD)
        return false;
    if (p + 2U > q)
        return false; /* the clause asks nothing, or too little to be a question */
    const struct order_token *before = &tokens[q - 1U];
    if (before->kind == ORDER_TOKEN_PUNCT
            ? before->punct != ','
            : clause_in_list(text, tokens, q - 1U, e, answer_not_after,
                             ORDER_WORDS_N(answer_not_after)))
        return false;
    if (answer_condition_at(text, tokens, q, e))
        return true;
    /* "whats good pal lemme get ...", "hey how are you gimme ...": a greeting asked, and the
     * one greeted, before a request: nothing asked */
    static const char *const greeted[] = {"whats good", "whats up", "whats new", "hows it",
                                          "how are",    "how r",    "hows your", "how you"};
    if (q <= p + 4U && clause_in_list(text, tokens, p, e, greeted, ORDER_WORDS_N(greeted)))
        return false;
    return answer_request_at(text, tokens, q, e);
}
