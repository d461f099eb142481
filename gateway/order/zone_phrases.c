/* zone_phrases.c — the phrases around a change that tell how it reads (reading.h): a
 * correction's lead ("no wait", "actually no"), "can you make" asked of the kitchen, a
 * wanting negated ("I don't want", "allergic to"), and "on all of them" spreading a change
 * over every dish. Token tests only: they read no menu. */
#include "gateway/order/reading_internal.h"

size_t order_read_correction_at(const char *text, const struct order_token *tokens, size_t i,
                                size_t e)
{
    /* "wait no just get onion rings": after "wait", a "no" before a word of asking takes
     * back what came before, where "wait no onions" is a change */
    static const char *const asking[] = {"just", "get", "make", "give", "gimme", "lets"};
    bool actually =
        i > 0 && (order_tok_is(text, tokens, i - 1, e, "actually") ||
                  order_tok_is(text, tokens, i - 1, e, "oh") ||
                  (order_tok_is(text, tokens, i - 1, e, "wait") &&
                   order_tok_in(text, tokens, i + 1, e, asking, ORDER_WORDS_N(asking))));
    if (order_tok_is(text, tokens, i, e, "no") &&
        (actually || order_tok_is(text, tokens, i + 1, e, "wait") ||
         order_tok_is(text, tokens, i + 1, e, "actually") ||
         order_tok_is(text, tokens, i + 1, e, "sorry") ||
         order_tok_is(text, tokens, i + 1, e, "not") || /* "wait no not onion rings" */
         (i + 1 < e && tokens[i + 1].kind == ORDER_TOKEN_PUNCT && tokens[i + 1].punct == ',')))
        return order_tok_is(text, tokens, i + 1, e, "wait") ||
                       order_tok_is(text, tokens, i + 1, e, "actually") ||
                       order_tok_is(text, tokens, i + 1, e, "sorry")
                   ? 2
                   : 1;
    return 0;
}

size_t order_read_added_name_at(const char *text, const struct order_token *tokens, size_t i,
                                size_t j, size_t e)
{
    bool another = order_tok_is(text, tokens, j, e, "another");
    if (order_tok_is(text, tokens, i, e, "add"))
        return another ? j + 1U : j;
    return another && order_tok_is(text, tokens, i, e, "make") ? j + 1U : 0;
}

/* The tokens of "be able to" at tokens[i..e) ("would you be able to", "will u be able to"),
 * of "able to" after "are you", or 0: being able is being asked to, as "can" is. */
static size_t make_able_to(const char *text, const struct order_token *tokens, size_t i, size_t e,
                           bool are)
{
    size_t m = i;
    if (!are && !order_tok_is(text, tokens, m++, e, "be"))
        return 0;
    return order_tok_is(text, tokens, m, e, "able") && order_tok_is(text, tokens, m + 1U, e, "to")
               ? m + 2U - i
               : 0;
}

size_t order_read_make_asked(const char *text, const struct order_token *tokens, size_t i, size_t e)
{
    static const char *const modals[] = {"can", "could"};
    /* asking only with "be able to" after them ("would you be able to make") */
    static const char *const able_modals[] = {"would", "will", "are"};
    static const char *const yous[] = {"you", "u", "ya"};
    bool can = order_tok_in(text, tokens, i, e, modals, ORDER_WORDS_N(modals));
    if (!(can || order_tok_in(text, tokens, i, e, able_modals, ORDER_WORDS_N(able_modals))) ||
        !order_tok_in(text, tokens, i + 1U, e, yous, ORDER_WORDS_N(yous)))
        return 0;
    size_t m = i + 2U; /* "can you guys make": the plural "you" */
    if (order_tok_is(text, tokens, m, e, "guys") || order_tok_is(text, tokens, m, e, "all"))
        m++;
    /* "would you be able to make", "are you able to make"; "would you make" alone is no ask */
    size_t able = make_able_to(text, tokens, m, e, order_tok_is(text, tokens, i, e, "are"));
    if (!can && able == 0)
        return 0;
    m += able;
    return order_tok_is(text, tokens, m, e, "make") ? m + 1U - i : 0;
}

bool order_negated_wanting_may_stand(const struct order_cues *c)
{
    return ORDER_CUES_ANY(c, "avoid", "avoiding", "avoids", "allergic", "intolerant", "allergy",
                          "allergies", "not", "dont", "didnt", "doesnt", "cant", "cannot", "never");
}

size_t order_read_negated_wanting(const char *text, const struct order_token *tokens, size_t i,
                                  size_t e)
{
    /* "avoid spicy food", "allergic to nuts": what follows is kept away from, not asked for */
    static const char *const avoiding[] = {"avoid", "avoiding", "avoids"};
    static const char *const against[] = {"allergic", "intolerant", "allergy", "allergies"};
    static const char *const negations[] = {"dont",   "didnt", "doesnt", "cant",
                                            "cannot", "never", "not"};
    /* "she doesn't do spicy", "we don't do dairy": what someone never has, in speech; "cant
     * stand cilantro": what someone cannot bear, as "doesnt like" */
    static const char *const wanting[] = {"want", "need",  "eat", "eats",  "drink",
                                          "like", "likes", "do",  "stand", "tolerate"};
#define NEGATED_IN(list, at) order_tok_in(text, tokens, (at), e, list, sizeof(list) / sizeof(*list))
    if (NEGATED_IN(avoiding, i))
        return 1;
    if (NEGATED_IN(against, i) &&
        (order_tok_is(text, tokens, i + 1, e, "to") || order_tok_is(text, tokens, i + 1, e, "of")))
        return 2;                 /* "allergy of nuts", as learners of English write it */
    if (NEGATED_IN(against, i)) { /* "allergic, even onion powder": "even" adds to it */
        size_t q = i + 1;
        if (q < e && tokens[q].kind == ORDER_TOKEN_PUNCT && tokens[q].punct == ',')
            q++;
        if (order_tok_is(text, tokens, q, e, "even"))
            return q + 1 + (order_tok_is(text, tokens, q + 1, e, "to") ? 1 : 0) - i;
    }
    size_t p = i;
    if ((order_tok_is(text, tokens, p, e, "do") || order_tok_is(text, tokens, p, e, "does") ||
         order_tok_is(text, tokens, p, e, "can")) &&
        order_tok_is(text, tokens, p + 1, e, "not"))
        p += 2;
    else if (NEGATED_IN(negations, p))
        p += 1;
    else
        return 0;
    if (order_tok_is(text, tokens, p, e, "really"))
        p++;
    /* "i don't want fries", "i not eat fried food", "she can't eat dairy" */
    bool strong =
        !order_tok_is(text, tokens, i, e, "not") && !order_tok_is(text, tokens, i, e, "never");
    /* "im not feeling cheese today": not in the mood for it, as "dont want" */
    if (order_tok_is(text, tokens, i, e, "not") && order_tok_is(text, tokens, p, e, "feeling"))
        return p + 1 - i;
    /* "not in the mood for tacos": as "dont want" */
    if (order_tok_is(text, tokens, i, e, "not") && order_tok_is(text, tokens, p, e, "in") &&
        order_tok_is(text, tokens, p + 1U, e, "the") &&
        order_tok_is(text, tokens, p + 2U, e, "mood") &&
        order_tok_is(text, tokens, p + 3U, e, "for"))
        return p + 4U - i;
    /* "not a fan of onions", "not a big fan of cilantro": a dislike, as "dont like" */
    if (order_tok_is(text, tokens, i, e, "not") && order_tok_is(text, tokens, p, e, "a")) {
        size_t q = p + 1U + (order_tok_is(text, tokens, p + 1U, e, "big") ? 1U : 0U);
        if (order_tok_is(text, tokens, q, e, "fan") && order_tok_is(text, tokens, q + 1U, e, "of"))
            return q + 2U - i;
    }
    /* "not hungry enough for a burrito", "not hungry for tacos": no appetite for it, as
     * "dont want" */
    if (order_tok_is(text, tokens, i, e, "not") && order_tok_is(text, tokens, p, e, "hungry")) {
        size_t q = p + 1U + (order_tok_is(text, tokens, p + 1U, e, "enough") ? 1U : 0U);
        if (order_tok_is(text, tokens, q, e, "for"))
            return q + 1U - i;
    }
    if (!NEGATED_IN(wanting, p) || (!strong && !order_tok_is(text, tokens, p, e, "eat") &&
                                    !order_tok_is(text, tokens, p, e, "eats")))
        return 0;
    return p + 1 - i;
#undef NEGATED_IN
}

size_t order_read_on_every(const char *text, const struct order_token *tokens, size_t i, size_t e)
{
    /* "either" of two dishes is each of them: "no sour cream on either" */
    static const char *const every[] = {"all", "both", "each", "everything", "either"};
    static const char *const them[] = {"them", "em", "those", "these"};
    /* "no onions on any of them": after a change, "any of them" is every one of them; "any"
     * alone ("cheese on any?") may ask, so alone only where no question mark follows */
    if (order_tok_is(text, tokens, i, e, "on") && order_tok_is(text, tokens, i + 1U, e, "any") &&
        order_tok_is(text, tokens, i + 2U, e, "of") &&
        order_tok_in(text, tokens, i + 3U, e, them, ORDER_WORDS_N(them)))
        return 4;
    /* "no cilantro on any, thanks": "any" closing a change, told with no question mark */
    if (order_tok_is(text, tokens, i, e, "on") && order_tok_is(text, tokens, i + 1U, e, "any") &&
        (i + 2U == e || tokens[i + 2U].kind == ORDER_TOKEN_PUNCT)) {
        const char *after = text + tokens[i + 1U].off + tokens[i + 1U].len;
        while (*after == ' ')
            after++;
        return *after == '?' ? 0 : 2;
    }
    if (!order_tok_is(text, tokens, i, e, "on") ||
        !order_tok_in(text, tokens, i + 1U, e, every, ORDER_WORDS_N(every)))
        return 0;
    if (order_tok_is(text, tokens, i + 2U, e, "of") &&
        order_tok_in(text, tokens, i + 3U, e, them, ORDER_WORDS_N(them)))
        return 4;
    return 2;
}

/* Is "with" at i a person's being content with any choice ("he's fine with whatever", "we
 * are happy with anything")? It says how easy the eater is, no change of a dish. */
bool order_read_content_with(const char *text, const struct order_token *tokens, size_t i, size_t e)
{
    static const char *const content[] = {"fine", "happy", "ok", "okay", "good", "cool", "alright"};
    static const char *const being[] = {"is",  "are", "am",   "im",     "hes", "shes",
                                        "was", "be",  "were", "theyre", "its", "thats"};
    static const char *const any[] = {"whatever", "anything", "whichever", "either", "everything"};
    return i >= 2U && order_tok_in(text, tokens, i + 1U, e, any, ORDER_WORDS_N(any)) &&
           order_tok_in(text, tokens, i - 1U, e, content, ORDER_WORDS_N(content)) &&
           order_tok_in(text, tokens, i - 2U, e, being, ORDER_WORDS_N(being));
}

/* Is "with" at i what the kitchen gives the customer to pick ("surprise me with whatever bowl
 * is best", "hit us with whichever taco")? After a verb and "me" or "us" (not "for me": "a
 * burrito for me with extra rice" changes the burrito), before a free choice, it leads the
 * dish asked for, no change of the dish named before it. */
bool order_read_given_with(const char *text, const struct order_token *tokens, size_t i, size_t e)
{
    static const char *const receivers[] = {"me", "us"};
    static const char *const not_verbs[] = {"for", "to", "and", "with", "of"};
    static const char *const free_choice[] = {"whatever", "whichever"};
    return i >= 2U && tokens[i - 2U].kind == ORDER_TOKEN_WORD &&
           order_tok_in(text, tokens, i + 1U, e, free_choice, ORDER_WORDS_N(free_choice)) &&
           order_tok_in(text, tokens, i - 1U, e, receivers, ORDER_WORDS_N(receivers)) &&
           !order_tok_in(text, tokens, i - 2U, e, not_verbs, ORDER_WORDS_N(not_verbs));
}
