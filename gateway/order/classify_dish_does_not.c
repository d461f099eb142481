/* classify_dish_does_not.c — a dish word as the subject of a negated verb that no kitchen is
 * told to do ("tacos dont travel well", "churros dont keep overnight") (classify_facts.c,
 * reading.h pass 7). Right after a dish, "dont" and a verb of putting, making or wanting tell the
 * kitchen what to leave off ("2 tacos dont put onions": a change); any other verb says
 * what the thing named does or does not, a statement about it as "the fries were cold" is,
 * nothing asked for. */
#include "gateway/order/classify_internal.h"

bool classify_dish_does_not(const struct order_class_input *in, const struct order_reading *rg,
                            const struct order_clause *cl, size_t i)
{
    /* "never" and "cant" after a dish are as often the customer's, the subject left out
     * ("a flan, never had it", "a horchata cant wait"): only "do" negated tells */
    static const char *const negations[] = {"dont", "didnt", "wont"};
    /* what a customer tells the kitchen not to do, or says of wanting; and what the customer
     * does, the subject left out ("tacos dont know which", "flan dont care") */
    static const char *const kitchen[] = {
        "put",    "add",    "include", "want",     "need",  "give",   "make",  "use",   "forget",
        "do",     "like",   "go",      "skimp",    "skip",  "bother", "have",  "get",   "be",
        "overdo", "load",   "cook",    "toast",    "grill", "fry",    "heat",  "melt",  "cut",
        "mix",    "send",   "pack",    "bag",      "worry", "mind",   "care",  "wanna", "let",
        "drown",  "leave",  "serve",   "throw",    "bring", "come",   "spice", "salt",  "sauce",
        "know",   "think",  "wait",    "remember", "try",   "eat",    "see",   "judge", "ask",
        "tell",   "really", "even",    "usually",  "hate",  "love",   "mean",  "feel"};
    if (!ORDER_CUES_ANY(&rg->cues, "dont", "didnt", "wont"))
        return false;
    const char *text = in->text;
    const struct order_token *t = in->tokens;
    if (i <= cl->begin || i + 1U >= cl->end || rg->roles[i - 1U] != ORDER_ROLE_ITEM ||
        !order_tok_in(text, t, i, cl->end, negations, ORDER_WORDS_N(negations)) ||
        t[i + 1U].kind != ORDER_TOKEN_WORD)
        return false;
    return !order_tok_in(text, t, i + 1U, cl->end, kitchen, ORDER_WORDS_N(kitchen));
}
