/* clause_wondering.c — a request put as the speaker's wondering: "I wonder if I might order
 * the chickpea salad", "just wondering if you could do me a power bowl". The preface is a
 * polite frame around a request that stands after "if" or "whether" in the word order of a
 * statement ("I could get", not "could I get"); read as a question of its own it turned the
 * order into an inquiry and lost every dish. After the preface the subject, its modal and a
 * verb of getting open the request as "could I get" does at a clause's start; a preface with
 * no such request after it ("I wonder if the crumble has nuts") stays the question it is.
 * "Do you think" before such a request frames it as wondering does, and leave asked ("would
 * it be possible to have", "is it possible to get" with no change after the dish) or a hope
 * ("i was hoping to get") before a verb of getting opens the request itself. */
#include "gateway/order/clause_internal.h"

static const char *const wondering[] = {"wonder", "wondering", "wondered"};
/* "i was", "im", "we were", "just", "was just": who wonders, and how lightly */
static const char *const wondering_frame[] = {"i", "im", "was", "am", "we", "were", "just", "also"};
/* "i could", "we might": the request in a statement's word order after the preface */
static const char *const statement_subjects[] = {"i", "we"};
static const char *const statement_modals[] = {"could", "can", "might", "may"};

/* "do you think", "d'you reckon", "you think": the customer asks the restaurant's opinion of
 * what follows, which asks politely as wondering does ("do you think i could get the wrap").
 * The start of that preface when it ends at i, after s, or i. */
static size_t clause_opinion_asked_before(const char *text, const struct order_token *tokens,
                                          const struct order_reading *out, size_t s, size_t i,
                                          size_t e)
{
    static const char *const you[] = {"you", "u", "ya"};
    static const char *const believing[] = {"think", "reckon"};
    if (!ORDER_CUES_ANY(&out->cues, "think", "reckon"))
        return i;
    if (i < s + 2U || !CLAUSE_IN(believing, i - 1U) || !CLAUSE_IN(you, i - 2U) ||
        out->roles[i - 1U] != ORDER_ROLE_NONE || out->roles[i - 2U] != ORDER_ROLE_NONE)
        return i;
    size_t j = i - 2U;
    if (j > s &&
        (order_tok_is(text, tokens, j - 1U, e, "do") || order_tok_is(text, tokens, j - 1U, e, "d")))
        j--;
    return j;
}

/* A condition set off by commas that ends right before q ("..., if it is not too much
 * trouble, ...", ", if its no bother,"): where its first comma stands, or q when none. The
 * aside says how politely the customer asks; the frame goes on around it. */
static size_t clause_aside_before(const char *text, const struct order_token *tokens, size_t s,
                                  size_t q, size_t e)
{
    enum { ASIDE_WORDS_MAX = 8 };
    if (q < s + 3U || tokens[q - 1U].kind != ORDER_TOKEN_PUNCT || text[tokens[q - 1U].off] != ',')
        return q;
    for (size_t k = q - 2U; k > s && k + ASIDE_WORDS_MAX + 1U >= q; k--) {
        if (tokens[k].kind != ORDER_TOKEN_PUNCT)
            continue;
        return text[tokens[k].off] == ',' && order_tok_is(text, tokens, k + 1U, e, "if") ? k : q;
    }
    return q;
}

size_t clause_wondering_before(const char *text, const struct order_token *tokens,
                               const struct order_reading *out, size_t s, size_t i, size_t e)
{
    static const char *const joins[] = {"if", "whether"};
    /* "you think" (clause_opinion_asked_before) or a wondering */
    if (!ORDER_CUES_ANY(&out->cues, "think", "reckon", "wonder", "wondering", "wondered"))
        return i;
    size_t opinion = clause_opinion_asked_before(text, tokens, out, s, i, e);
    if (opinion < i)
        return opinion;
    /* "wondering if, if its no bother, i could", "wondering, if its no bother, whether i" */
    size_t r = clause_aside_before(text, tokens, s, i, e);
    if (r < s + 2U || !CLAUSE_IN(joins, r - 1U) || out->roles[r - 1U] != ORDER_ROLE_NONE)
        return i;
    size_t w = clause_aside_before(text, tokens, s, r - 1U, e);
    if (w < s + 1U || !CLAUSE_IN(wondering, w - 1U) || out->roles[w - 1U] != ORDER_ROLE_NONE)
        return i;
    size_t j = w - 1U;
    while (j > s && CLAUSE_IN(wondering_frame, j - 1U) && out->roles[j - 1U] == ORDER_ROLE_NONE)
        j--;
    return j;
}

size_t clause_wondered_opener(const char *text, const struct order_token *tokens,
                              const struct order_reading *out, size_t s, size_t i, size_t e)
{
    static const char *const getting[] = {"get", "have", "grab", "order", "try", "take"};
    /* "you could do me a bowl": the kitchen's doing, for the customer */
    static const char *const doing[] = {"do", "make", "get", "send", "bring"};
    static const char *const for_whom[] = {"me", "us"};
    if (!ORDER_CUES_ANY(&out->cues, "think", "reckon", "wonder", "wondering", "wondered") ||
        !ORDER_CUES_ANY(&out->cues, "could", "can", "might", "may"))
        return 0;
    if (clause_wondering_before(text, tokens, out, s, i, e) == i ||
        !CLAUSE_IN(statement_modals, i + 1U))
        return 0;
    if (CLAUSE_IN(statement_subjects, i))
        return CLAUSE_IN(getting, i + 2U) ? 3U : 0;
    if (!order_tok_is(text, tokens, i, e, "you"))
        return 0;
    if (CLAUSE_IN(doing, i + 2U) && CLAUSE_IN(for_whom, i + 3U))
        return 4U;
    size_t made = clause_kitchen_verb_end(text, tokens, i + 2U, e); /* "you might prepare a" */
    return made > 0 ? made - i : 0;
}

bool clause_wondering_asks_at(const char *text, const struct order_token *tokens, size_t i,
                              size_t e)
{
    enum { FRAME_WORDS_MAX = 3 };
    /* a question word: "if" may put a request ("wondering if i could get"), read above */
    static const char *const asking[] = {"what", "whats", "which", "how", "when", "where"};
    size_t p = i;
    while (p < i + FRAME_WORDS_MAX && CLAUSE_IN(wondering_frame, p))
        p++;
    return CLAUSE_IN(wondering, p) && CLAUSE_IN(asking, p + 1U);
}

/* "i was hoping to get", "we're hoping to grab", "hoping i could have": a hope to get is a
 * request put gently, as wondering is. Its length with the verb of getting, or 0. */
static size_t clause_hoping_opener(const char *text, const struct order_token *tokens, size_t i,
                                   size_t e, const char *const *getting, size_t n_getting)
{
    static const char *const who[] = {"i", "we", "im", "were", "was", "am", "are", "really"};
    size_t p = i;
    while (p < i + 3U && CLAUSE_IN(who, p))
        p++;
    if (!order_tok_is(text, tokens, p, e, "hoping"))
        return 0;
    p++;
    if (order_tok_is(text, tokens, p, e, "to"))
        p++;
    else if (CLAUSE_IN(statement_subjects, p) && CLAUSE_IN(statement_modals, p + 1U))
        p += 2U;
    else
        return 0;
    return clause_in_list(text, tokens, p, e, getting, n_getting) ? p + 1U - i : 0;
}

/* "is it possible to get a torta and a side of elote": asking whether dishes can be had,
 * with nothing after them that would change one, asks for them. A word of change or purpose
 * after the dish ("... without the dip", "... for an adult") makes it a question about that
 * change, which the answer settles first. Its length with the verb of getting, or 0. */
static size_t clause_is_possible_opener(const char *text, const struct order_token *tokens,
                                        size_t i, size_t e, const char *const *getting,
                                        size_t n_getting)
{
    static const char *const lead[] = {"is", "it", "possible"};
    /* the words that ask for a change or a purpose of the dish named before them */
    static const char *const changing[] = {"without", "with", "no",     "instead", "minus",
                                           "but",     "for",  "except", "extra",   "sub",
                                           "swap",    "hold", "if",     "or",      "on"};
    size_t p = i;
    for (size_t w = 0; w < ORDER_WORDS_N(lead); w++, p++)
        if (!order_tok_is(text, tokens, p, e, lead[w]))
            return 0;
    if (!order_tok_is(text, tokens, p, e, "to") ||
        !clause_in_list(text, tokens, p + 1U, e, getting, n_getting))
        return 0;
    for (size_t q = p + 2U; q < e && !(tokens[q].kind == ORDER_TOKEN_PUNCT &&
                                       (text[tokens[q].off] == '?' || text[tokens[q].off] == '.'));
         q++)
        if (CLAUSE_IN(changing, q))
            return 0;
    return p + 2U - i;
}

size_t clause_leave_asked_opener(const char *text, const struct order_token *tokens, size_t i,
                                 size_t e)
{
    enum { EASE_WORDS_MAX = 5 };
    static const char *const modals[] = {"would", "will", "could"};
    /* "at all possible", "too much trouble", "ok for me": how easy it would be, and for whom */
    static const char *const ease[] = {"possible", "ok",      "okay",    "alright",
                                       "fine",     "trouble", "problem", "doable"};
    static const char *const softening[] = {"at", "all", "too", "much", "a", "for", "me", "us"};
    static const char *const getting[] = {"get", "have", "grab", "order", "try", "take", "buy"};
    size_t hoping = clause_hoping_opener(text, tokens, i, e, getting, ORDER_WORDS_N(getting));
    if (hoping > 0)
        return hoping;
    size_t possible =
        clause_is_possible_opener(text, tokens, i, e, getting, ORDER_WORDS_N(getting));
    if (possible > 0)
        return possible;
    if (!CLAUSE_IN(modals, i) || !order_tok_is(text, tokens, i + 1U, e, "it") ||
        !order_tok_is(text, tokens, i + 2U, e, "be"))
        return 0;
    size_t p = i + 3U;
    bool eased = false;
    while (p < e && p < i + 3U + EASE_WORDS_MAX &&
           (CLAUSE_IN(ease, p) || CLAUSE_IN(softening, p))) {
        eased = eased || CLAUSE_IN(ease, p);
        p++;
    }
    return eased && order_tok_is(text, tokens, p, e, "to") && CLAUSE_IN(getting, p + 1U)
               ? p + 2U - i
               : 0;
}
