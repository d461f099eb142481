/* classify_same_subject.c — a question that goes on asking of what the question before it
 * was about (classify.c, reading.h pass 5): "do you make the nuggets in house or are they
 * frozen?", "is the wrap spicy? is it big?". An auxiliary and a pronoun open it, pointing at
 * the dish just asked about: whatever its words would say alone (a complaint of food
 * "frozen"), it is the same question's; so is one that says what the question means ("like
 * what rennet is in the cheese"), and a few words between two questions of one dish that
 * point back at it ("never had one"), and a claim of some of a kind that says why it is asked
 * ("i know some caesar dressings have fish"). */
#include "gateway/order/classify_internal.h"

/* Is every thing of clause c the dish the question before asked about, pointed at again
 * ("never had one")? */
static bool between_only_asked(const struct order_reading *rg, size_t c)
{
    for (size_t t = 0; t < rg->n_things; t++) {
        const struct order_thing *th = &rg->things[t];
        if (th->clause != c)
            continue;
        bool asked = false;
        for (size_t q = 0; q < rg->n_things && !asked && th->is_span && th->item >= 0; q++)
            asked = rg->things[q].clause == c - 1U && rg->things[q].is_span &&
                    rg->things[q].item == th->item;
        if (!asked)
            return false;
    }
    return true;
}

/* "whats a quesabirria? never had one, is it spicy": a few words that name nothing and point
 * back at the dish ("one", "it") between two questions say why the customer asks; they belong
 * to the questions, no other matter is raised. */
void classify_between_questions(const struct order_class_input *in, struct order_reading *rg)
{
    enum { BETWEEN_WORDS_MAX = 6 };
    static const char *const pointing[] = {"one", "it", "them", "those", "that", "these"};
    if (!ORDER_CUES_ANY(&rg->cues, "one", "it", "them", "those", "that", "these"))
        return;
    for (size_t c = 1; c + 1U < rg->n_clauses; c++) {
        struct order_clause *cl = &rg->clauses[c];
        if (cl->intent != ORDER_INTENT_OTHER ||
            rg->clauses[c - 1U].intent != ORDER_INTENT_QUESTION ||
            rg->clauses[c + 1U].intent != ORDER_INTENT_QUESTION || !between_only_asked(rg, c))
            continue;
        size_t words = 0;
        bool points = false;
        for (size_t i = cl->begin; i < cl->end; i++) {
            if (in->tokens[i].kind != ORDER_TOKEN_WORD)
                continue;
            words++;
            points = points || order_tok_in(in->text, in->tokens, i, cl->end, pointing,
                                            ORDER_WORDS_N(pointing));
        }
        if (points && words <= BETWEEN_WORDS_MAX)
            cl->intent = ORDER_INTENT_QUESTION;
    }
}

/* "is the caesar vegetarian? i know some caesar dressings have fish in them": a claim made
 * of some of a kind ("some", "most", "a lot of" and a verb of having or holding), maybe after
 * "i know" or "i heard", right after a question, says why the customer asks; it raises no
 * matter of its own. So does one of the dish the question named ("the rings have beer
 * batter"). Returns whether clause c is such a claim. */
static bool says_why_asked(const struct order_class_input *in, const struct order_reading *rg,
                           size_t c)
{
    static const char *const knowing[] = {"know", "heard", "read", "think", "guess", "noticed"};
    static const char *const some[] = {"some", "most", "many", "lots"};
    static const char *const having[] = {"have", "has", "contain", "contains", "use", "uses"};
    /* "the" of a dish named again or a word of some, and a verb of having */
    if (!ORDER_CUES_ANY(&rg->cues, "the", "some", "most", "many", "lots") ||
        !ORDER_CUES_ANY(&rg->cues, "have", "has", "contain", "contains", "use", "uses"))
        return false;
    const struct order_clause *cl = &rg->clauses[c];
    const char *text = in->text;
    const struct order_token *t = in->tokens;
    size_t i = cl->begin;
    if (cl->question_form || !between_only_asked(rg, c))
        return false;
    if (order_tok_is(text, t, i, cl->end, "i") &&
        order_tok_in(text, t, i + 1U, cl->end, knowing, ORDER_WORDS_N(knowing)))
        i += order_tok_is(text, t, i + 2U, cl->end, "that") ? 3U : 2U;
    /* "... from the onion rings? the rings have beer batter": so is a claim of the dish the
     * question named, by its name again */
    bool named_again =
        order_tok_is(text, t, i, cl->end, "the") && classify_clause_things(rg, c) > 0;
    if (!named_again && !order_tok_in(text, t, i, cl->end, some, ORDER_WORDS_N(some)))
        return false;
    for (size_t k = i + 1U; k < cl->end; k++)
        if (order_tok_in(text, t, k, cl->end, having, ORDER_WORDS_N(having)))
            return true;
    return false;
}

/* "which sides are gluten free? and is there a separate fryer?": a question opened by a
 * word that joins it to the question before ("and", "also", "plus") asks on in the same
 * matter, however plain its words would read alone, when none of them is a cue of another
 * matter (a refund, a delivery). i: its first word. */
static bool asks_on_joined(const struct order_understanding *u, const struct order_class_input *in,
                           const struct order_reading *rg, const struct order_clause *cl, size_t i)
{
    static const char *const joins[] = {"and", "also", "plus"};
    if (!cl->question_form || i + 1U >= cl->end ||
        !order_tok_in(in->text, in->tokens, i, cl->end, joins, ORDER_WORDS_N(joins)))
        return false;
    return classify_no_other_cue(u, in, rg, i + 1U, cl->end);
}

/* "can i get a large lemonade or is there only one size": "or" and an auxiliary right after
 * a request ask whether the request can be had as asked, a question mark or not; it is a question
 * of the menu, not another matter nor a word of no intent, when none of its words is a cue of
 * another one. */
static void asks_or_after_request(const struct order_understanding *u,
                                  const struct order_class_input *in, struct order_reading *rg,
                                  size_t c)
{
    static const char *const auxiliaries[] = {"is", "are", "do", "does", "will", "would"};
    if (!ORDER_CUES_ANY(&rg->cues, "or") ||
        !ORDER_CUES_ANY(&rg->cues, "is", "are", "do", "does", "will", "would"))
        return;
    struct order_clause *cl = &rg->clauses[c];
    if ((cl->intent != ORDER_INTENT_OTHER && cl->intent != ORDER_INTENT_NONE) ||
        rg->clauses[c - 1U].intent != ORDER_INTENT_REQUEST || cl->begin + 2U >= cl->end ||
        !order_tok_is(in->text, in->tokens, cl->begin, cl->end, "or") ||
        !order_tok_in(in->text, in->tokens, cl->begin + 1U, cl->end, auxiliaries,
                      ORDER_WORDS_N(auxiliaries)))
        return;
    if (classify_no_other_cue(u, in, rg, cl->begin + 1U, cl->end))
        cl->intent = ORDER_INTENT_QUESTION;
}

void classify_same_subject(const struct order_understanding *u, const struct order_class_input *in,
                           struct order_reading *rg)
{
    /* "or" after a request; an auxiliary before a pronoun; a verb of having in a claim; a
     * word that joins; "like" */
    if (!ORDER_CUES_ANY(&rg->cues, "or", "is", "are", "does", "do", "was", "were", "can", "have",
                        "has", "contain", "contains", "use", "uses", "and", "also", "plus", "like"))
        return;
    for (size_t c = 1; c < rg->n_clauses; c++)
        asks_or_after_request(u, in, rg, c);
    static const char *const auxiliaries[] = {"is", "are", "does", "do", "was", "were", "can"};
    static const char *const pronouns[] = {"it", "they", "those", "these", "that", "them"};
    for (size_t c = 1; c < rg->n_clauses; c++) {
        struct order_clause *cl = &rg->clauses[c];
        const struct order_clause *q = &rg->clauses[c - 1U];
        if (cl->intent != ORDER_INTENT_OTHER || q->intent != ORDER_INTENT_QUESTION)
            continue;
        size_t i = cl->begin;
        while (i < cl->end && in->tokens[i].kind != ORDER_TOKEN_WORD)
            i++;
        if (cl->question_form && classify_clause_things(rg, c) == 0 &&
            order_tok_in(in->text, in->tokens, i, cl->end, auxiliaries,
                         ORDER_WORDS_N(auxiliaries)) &&
            order_tok_in(in->text, in->tokens, i + 1U, cl->end, pronouns, ORDER_WORDS_N(pronouns)))
            cl->intent = ORDER_INTENT_QUESTION;
        else if (says_why_asked(in, rg, c) || asks_on_joined(u, in, rg, cl, i))
            cl->intent = ORDER_INTENT_QUESTION;
        /* "is it veggie? like what rennet is in the cheese": "like" and a question's start
         * say what the question means */
        else if (order_tok_is(in->text, in->tokens, i, cl->end, "like") &&
                 order_patterns_longest(&u->question_starts, in->text, in->tokens, i + 1U, cl->end,
                                        NULL) > 0)
            cl->intent = ORDER_INTENT_QUESTION;
    }
}
