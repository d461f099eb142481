/* classify_life_story.c — a story of the customer's own life told beside an order or a
 * question (classify.c, reading.h pass 5): "ok so long day, kids are finally asleep, husband
 * is working late. what i need right now is one california burrito". Words such as "late",
 * "birthday" or "last time" are cues of another matter when the clause is about the place
 * or its food ("my fries were cold last time", "you forgot my guac"); in a clause whose
 * subject is the customer or someone of theirs ("my sister is visiting", "i missed the
 * bus") they tell why the customer writes, and raise no matter of their own. So is praise
 * of a dish beside a request ("yesterday's falafel wrap was amazing"). What the clause is
 * about is read from its first subject: a person, or a dish, the order or the place. */
#include "gateway/order/classify_internal.h"

enum story_subject {
    STORY_SUBJECT_NONE,
    STORY_SUBJECT_PERSON, /* "i", "she", "my sister", "my visit" */
    STORY_SUBJECT_FOOD,   /* a dish, "my order", "it was ..." */
    STORY_SUBJECT_PLACE,  /* "you", "ur": the place itself */
};

/* Is the word at i a verb telling how a thing was or came ("was", "came")? The same verbs
 * as tell of a dish named again later (talked_was.c). */
static bool story_past_copula(const struct order_class_input *in, size_t i, size_t e)
{
    return order_talked_was_after(in->text, in->tokens, i, e);
}

/* Does the word at i name a dish of the menu or the order? */
static bool story_dish_at(const struct order_class_input *in, const struct order_reading *rg,
                          size_t i, size_t e)
{
    return rg->roles[i] == ORDER_ROLE_ITEM || order_tok_is(in->text, in->tokens, i, e, "order") ||
           order_tok_is(in->text, in->tokens, i, e, "orders");
}

/* Does the word at i name food or the order: a dish, "order", or other food that a verb of
 * how it was follows ("the consome was cold"; not "spilled coffee on my laptop", nor "the
 * train was late": a phrase read as a thing may be no food)? */
static bool story_food_at(const struct order_class_input *in, const struct order_reading *rg,
                          size_t i, size_t e)
{
    if (story_dish_at(in, rg, i, e))
        return true;
    return classify_names_food(in, i, i + 1U) && story_past_copula(in, i + 1U, e);
}

/* The subject at word i, if it opens one: a pronoun of a person, "you", "it" with a verb of
 * how it was, a possessive and the words of its noun, or food named. */
static enum story_subject story_subject_at(const struct order_class_input *in,
                                           const struct order_reading *rg, size_t i, size_t e)
{
    static const char *const persons[] = {"i",    "im", "ive", "id",  "we",
                                          "weve", "he", "hes", "she", "shes"};
    static const char *const place[] = {"you", "u", "yall", "ya", "ur", "your", "youre", "youve"};
    enum { NOUN_WORDS = 2 };
    const char *text = in->text;
    if (order_tok_in(text, in->tokens, i, e, persons, ORDER_WORDS_N(persons)))
        return STORY_SUBJECT_PERSON;
    if (order_tok_in(text, in->tokens, i, e, place, ORDER_WORDS_N(place)))
        return STORY_SUBJECT_PLACE;
    if ((order_tok_is(text, in->tokens, i, e, "it") ||
         order_tok_is(text, in->tokens, i, e, "they")) &&
        story_past_copula(in, i + 1U, e))
        return STORY_SUBJECT_FOOD; /* "it came drowning in ranch" */
    if (order_tok_possessive(text, in->tokens, i, e)) {
        for (size_t k = i + 1U; k < e && k <= i + NOUN_WORDS; k++) {
            if (in->tokens[k].kind != ORDER_TOKEN_WORD)
                break;
            if (story_dish_at(in, rg, k, e) || classify_names_food(in, k, k + 1U))
                return STORY_SUBJECT_FOOD; /* "my last order", "my fries" */
        }
        return STORY_SUBJECT_PERSON; /* "my sister", "my sons birthday" */
    }
    return story_food_at(in, rg, i, e) ? STORY_SUBJECT_FOOD : STORY_SUBJECT_NONE;
}

/* Is the word at i in a phrase read as food the menu may lack ("consome"), not one that only
 * stands where a dish would ("husband")? */
static bool story_leftover_food(const struct order_reading *rg, size_t i)
{
    for (size_t x = 0; x < rg->n_things; x++) {
        const struct order_thing *th = &rg->things[x];
        if (!th->is_span && th->begin <= i && i < th->end)
            return th->leftover_kind == ORDER_LEFTOVER_FOOD || th->coined;
    }
    return false;
}

/* Does the clause say how a dish or the order was ("the consome was cold", "it was like a
 * salt lick"), or name the order, anywhere? Then it tells of the food, whoever opened it. */
static bool story_tells_of_food(const struct order_class_input *in, const struct order_reading *rg,
                                const struct order_clause *cl)
{
    for (size_t i = cl->begin; i < cl->end; i++) {
        if (in->tokens[i].kind != ORDER_TOKEN_WORD)
            continue;
        if (order_tok_is(in->text, in->tokens, i, cl->end, "order") ||
            order_tok_is(in->text, in->tokens, i, cl->end, "orders"))
            return true;
        if ((rg->roles[i] == ORDER_ROLE_ITEM || classify_names_food(in, i, i + 1U) ||
             (rg->roles[i] == ORDER_ROLE_LEFTOVER && story_leftover_food(rg, i)) ||
             order_tok_is(in->text, in->tokens, i, cl->end, "it") ||
             order_tok_is(in->text, in->tokens, i, cl->end, "they")) &&
            story_past_copula(in, i + 1U, cl->end))
            return true;
    }
    return false;
}

/* Does clause cl name a dish or food ("your jackfruit thing", "the best lengua")? What a
 * marvelling story is about; "my sister says you deliver??" asks after a service. */
static bool story_names_dish(const struct order_class_input *in, const struct order_reading *rg,
                             const struct order_clause *cl)
{
    for (size_t i = cl->begin; i < cl->end; i++)
        if (rg->roles[i] == ORDER_ROLE_ITEM ||
            (rg->roles[i] == ORDER_ROLE_LEFTOVER && story_leftover_food(rg, i)) ||
            classify_names_food(in, i, i + 1U))
            return true;
    return false;
}

/* Does clause cl tell of the customer's life, or praise a dish, with no question in it? */
static bool classify_tells_story(const struct order_class_input *in, const struct order_reading *rg,
                                 const struct order_clause *cl, bool ordered)
{
    bool marked = classify_clause_asked(in, cl);
    /* "my sister swears you make the best lengua in town??": beside a request, a story of a
     * dish told in the order of a statement, its subject first, marvels; it asks nothing.
     * Beside a question only a plain statement is read so. */
    if (cl->question_start || (marked && (!ordered || !story_names_dish(in, rg, cl))))
        return false;
    /* "can we pay cash at the window": a verb of asking before the subject asks */
    static const char *const asking[] = {"can",    "could", "may",  "will", "would", "shall",
                                         "should", "do",    "does", "did",  "is",    "are"};
    enum story_subject s = STORY_SUBJECT_NONE;
    size_t at = cl->begin;
    for (; at < cl->end && s == STORY_SUBJECT_NONE; at++)
        if (in->tokens[at].kind == ORDER_TOKEN_WORD)
            s = story_subject_at(in, rg, at, cl->end);
    if (s != STORY_SUBJECT_NONE && at >= cl->begin + 2U &&
        order_tok_in(in->text, in->tokens, at - 2U, cl->end, asking, ORDER_WORDS_N(asking)))
        return false;
    if (s == STORY_SUBJECT_PERSON)
        return !story_tells_of_food(in, rg, cl);
    return !marked && s == STORY_SUBJECT_FOOD && classify_praises(in, cl);
}

void classify_life_stories(const struct order_class_input *in, struct order_reading *rg)
{
    /* a person's subject ("i", "she", a possessive), or praise (classify_praises) of a dish */
    if (!ORDER_CUES_ANY(&rg->cues, "i", "im", "ive", "id", "we", "weve", "he", "hes", "she", "shes",
                        "my", "our", "his", "her", "their", "amazing", "good", "great", "delicious",
                        "fire", "awesome", "perfect", "tasty", "incredible", "unreal", "bomb",
                        "best", "yummy", "lovely"))
        return;
    bool ordered = false, asked = false;
    for (size_t c = 0; c < rg->n_clauses; c++) {
        ordered = ordered || rg->clauses[c].intent == ORDER_INTENT_REQUEST;
        asked = asked || rg->clauses[c].intent == ORDER_INTENT_QUESTION;
    }
    if (!ordered && !asked)
        return;
    for (size_t c = 0; c < rg->n_clauses; c++) {
        struct order_clause *cl = &rg->clauses[c];
        if (cl->intent == ORDER_INTENT_OTHER && !cl->request_form &&
            classify_tells_story(in, rg, cl, ordered))
            cl->intent = ORDER_INTENT_NONE;
    }
}
