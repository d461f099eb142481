/* attach_modifiers.c — a span's modifiers (attach.c, reading.h pass 4): where the words of a
 * change to a dish start and end ("no onions", "w/o pickles", "extra mayo", "on the side", a
 * swap, a size or a cooking degree), which of them are one change, and which a reason, a
 * condition or filler around it. How the change is then written is attach_modifier_write.c;
 * the words after a dish that change nothing of it are told apart in attach_says_nothing.c. */
#include <stdio.h>
#include <string.h>

#include "gateway/order/attach_internal.h"

size_t attach_word_count(const struct order_token *t, size_t a, size_t b)
{
    size_t n = 0;
    for (size_t i = a; i < b; i++)
        n += t[i].kind == ORDER_TOKEN_WORD;
    return n;
}

/* Does a reason start at token i ("because", "cause", "cuz", "since")? What follows says
 * why or since when, it names nothing ordered nor a change. So is a purpose: "so" (or "so
 * that") before a subject ("so i can pretend im healthy", "so that we can share") says what
 * the dish is for, not how to make it. */
bool attach_reason_at(const char *text, const struct order_token *t, size_t i, size_t e)
{
    static const char *const reasons[] = {"because", "cause", "cuz", "coz", "bc", "since"};
    static const char *const subjects[] = {
        "i",   "we",    "he", "she", "they", "you", "u",   "my",       "our",      "his",
        "her", "their", "im", "ill", "its",  "it",  "the", "everyone", "everybody"};
    if (order_tok_is(text, t, i, e, "ever") && order_tok_is(text, t, i + 1U, e, "since"))
        return true; /* "ever since my roommate brought some home" */
    /* "as i find it too sweet": "as" before a person who tells why; not "same as i had" */
    static const char *const persons[] = {"i", "we", "he", "she", "they"};
    bool as =
        order_tok_is(text, t, i, e, "as") &&
        !(i > 0 &&
          (order_tok_is(text, t, i - 1U, e, "same") || order_tok_is(text, t, i - 1U, e, "such") ||
           order_tok_is(text, t, i - 1U, e, "much") || order_tok_is(text, t, i - 1U, e, "soon")));
    if (as && order_tok_in(text, t, i + 1U, e, persons, ORDER_WORDS_N(persons)))
        return true;
    /* "as one of the little ones has a dairy allergy", "as my son is vegan": a person named,
     * then a verb of being or having, tells why too; not "fries as my side" */
    static const char *const named[] = {"my", "our", "his", "her", "their", "one"};
    static const char *const being[] = {"is", "are", "has", "have", "cant", "can't", "doesnt"};
    enum { REASON_SUBJECT_WORDS_MAX = 5 };
    if (as && order_tok_in(text, t, i + 1U, e, named, ORDER_WORDS_N(named)))
        for (size_t p = i + 2U; p < e && p <= i + 1U + REASON_SUBJECT_WORDS_MAX; p++)
            if (order_tok_in(text, t, p, e, being, ORDER_WORDS_N(being)))
                return true;
    /* "no cheese cos im vegan": "cos" before a subject is "because" (not "cos lettuce") */
    if (order_tok_is(text, t, i, e, "cos") &&
        order_tok_in(text, t, i + 1U, e, subjects, ORDER_WORDS_N(subjects)))
        return true;
    if (order_tok_is(text, t, i, e, "so")) {
        size_t s = order_tok_is(text, t, i + 1U, e, "that") ? i + 2U : i + 1U;
        if (order_tok_in(text, t, s, e, subjects, ORDER_WORDS_N(subjects)))
            return true;
    }
    /* "a lemonade or i will cry", "or we riot", "or else", "or if youre out": "or" before the
     * speaker or a condition says what follows if the dish does not come, no other dish nor
     * a change of it */
    static const char *const speakers[] = {"i", "we", "ill", "im", "else", "if"};
    if (order_tok_is(text, t, i, e, "or") &&
        order_tok_in(text, t, i + 1U, e, speakers, ORDER_WORDS_N(speakers)))
        return true;
    return order_tok_in(text, t, i, e, reasons, ORDER_WORDS_N(reasons));
}

/* Does the run [i, e) report what was said, its verb of saying among its first words ("says
 * beer batter", "the menu says beer batter", "it said vegan")? What follows is quoted, no
 * dish asked for. */
bool attach_reported_at(const char *text, const struct order_token *t, size_t i, size_t e)
{
    enum { REPORTED_SUBJECT_WORDS_MAX = 2 };
    static const char *const saying[] = {"says", "said", "reads", "sayz"};
    for (size_t k = i; k < e && k <= i + REPORTED_SUBJECT_WORDS_MAX; k++)
        if (order_tok_in(text, t, k, e, saying, ORDER_WORDS_N(saying)))
            return true;
    return false;
}

/* The label of the understanding's modifier "add" + the words [a, b) ("chicken added" is
 * what "add chicken" is), or NULL. */
static const char *attach_added_label(const struct order_understanding *u, const char *text,
                                      const struct order_token *t, size_t a, size_t b)
{
    for (size_t k = 0; k < u->modifiers.count; k++) {
        const struct order_pattern *p = &u->modifiers.items[k];
        if (p->star_at >= 0 || p->tail_any || p->n_words != b - a + 1 ||
            strcmp(p->words[0], "add") != 0)
            continue;
        bool same = true;
        for (size_t w = 1; w < p->n_words && same; w++)
            same = order_tok_is(text, t, a + w - 1, b, p->words[w]);
        if (same)
            return u->labels[p->value];
    }
    return NULL;
}

/* Is token i a sound of hesitation made of u, h and m ("um", "uhh", "hmm")? It changes no
 * dish ("fries, um": no modifier). */
static bool attach_sound_at(const char *text, const struct order_token *t, size_t i)
{
    if (t[i].kind != ORDER_TOKEN_WORD || t[i].len < 2)
        return false;
    for (size_t k = 0; k < t[i].len; k++)
        if (!strchr("uhm", text[t[i].off + k]))
            return false;
    return true;
}

/* The words opening the change [a, b) that only say the dish is served on something: "on a",
 * "in a", "on" ("on a gluten free bun", "in a lettuce wrap instead of bun": the bun, the
 * wrap is the change). None before "the" ("on the side") or a word that points ("on it"). */
static size_t attach_served_on(const char *text, const struct order_token *t, size_t a, size_t b)
{
    static const char *const preps[] = {"on", "onto", "in"};
    static const char *const pointing[] = {"the", "side", "top", "it", "them", "each", "both"};
    if (!order_tok_in(text, t, a, b, preps, ORDER_WORDS_N(preps)))
        return 0;
    size_t n =
        order_tok_is(text, t, a + 1, b, "a") || order_tok_is(text, t, a + 1, b, "an") ? 2 : 1;
    if (a + n >= b || t[a + n].kind != ORDER_TOKEN_WORD ||
        order_tok_in(text, t, a + n, b, pointing, ORDER_WORDS_N(pointing)))
        return 0;
    return n;
}

/* How many words ending the change [a, b) only say which dish it goes on, by pointing back
 * at it: "on it", "in there", "on those", "with them", "on all of them". The dish it attaches to
 * already says so. */
static size_t attach_pointed_place(const char *text, const struct order_token *t, size_t a,
                                   size_t b)
{
    static const char *const preps[] = {"on", "in", "onto"};
    static const char *const pointing[] = {"it",  "them", "em",   "there",  "those", "these",
                                           "his", "hers", "mine", "theirs", "ours",  "yours"};
    static const char *const wholes[] = {"all", "both", "each"};
    if (b - a < 2 || !order_tok_in(text, t, b - 1, b, pointing, ORDER_WORDS_N(pointing)))
        return 0;
    if (order_tok_in(text, t, b - 2, b, preps, ORDER_WORDS_N(preps)))
        return 2;
    /* "extra ketchup w them": what the change comes with is the dish, after a change of its own */
    if (b - a >= 3 &&
        (order_tok_is(text, t, b - 2, b, "with") || order_tok_is(text, t, b - 2, b, "w")))
        return 2;
    /* "extra salsa on all of them" */
    if (b - a >= 5 && order_tok_is(text, t, b - 2, b, "of") &&
        order_tok_in(text, t, b - 3, b, wholes, ORDER_WORDS_N(wholes)) &&
        order_tok_in(text, t, b - 4, b, preps, ORDER_WORDS_N(preps)))
        return 4;
    return 0;
}

/* Is token p an adverb of how sure or frank the customer is ("the burger obviously", "no
 * onion honestly", "tbh")? It says how they feel about asking, nothing of how the dish
 * comes. */
static bool attach_stance_at(const char *text, const struct order_token *t, size_t p, size_t e)
{
    static const char *const stance[] = {"obviously",  "honestly", "tbh",     "ngl",    "seriously",
                                         "definitely", "obvs",     "clearly", "frankly"};
    return order_tok_in(text, t, p, e, stance, ORDER_WORDS_N(stance));
}

/* Does the change [a, b) end in another language's "and" before the words of the next thing
 * ("no lettuce y | una horchata")? */
static bool attach_and_before_next(const struct attach_state *st, size_t a, size_t b)
{
    if (!ORDER_CUES_ANY(&st->cues, "y", "e", "und", "et"))
        return false;
    static const char *const ands[] = {"y", "e", "und", "et"};
    return b - a >= 2 && b < st->e && st->tokens[b].kind == ORDER_TOKEN_WORD &&
           order_tok_in(st->text, st->tokens, b - 1, b, ands, ORDER_WORDS_N(ands));
}

/* Is the word before b of the change [a, b) said around it, no part of it: punctuation, a
 * sound, "please", "too", "now", a stance, an article left before the next thing, "style"
 * after a diet? */
static bool attach_said_after_change(const struct attach_state *st, size_t a, size_t b)
{
    /* "just a flan then", "2 onion rings now", "rn": "right now", texted; "no tahini either":
     * "too"; "..., oh and a water"; "spicy af": texted "very"; "..., and also a | hot
     * chocolate" */
    static const char *const said[] = {"please", "pls", "plz", "too",  "also",
                                       "then",   "now", "rn",  "haha", "either",
                                       "oh",     "af",  "asf", "a",    "an"};
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    /* "vegan style": "style" after a diet adds nothing to it */
    bool diet_style =
        b - a >= 2 && order_tok_is(text, t, b - 1, b, "style") &&
        order_patterns_longest(&st->rd->u->diet_cues, text, t, a, b - 1, NULL) == b - 1 - a;
    return t[b - 1].kind == ORDER_TOKEN_PUNCT || attach_sound_at(text, t, b - 1) ||
           order_tok_in(text, t, b - 1, b, said, ORDER_WORDS_N(said)) ||
           attach_stance_at(text, t, b - 1, b) || attach_and_before_next(st, a, b) || diet_style;
}

/* Do "i" and a verb of believing ("guess", "think", "suppose", "reckon") end [a, b)? Their
 * tokens (2), else 0: the customer says how sure they are, after the change or in its place. */
static size_t attach_closing_belief(const char *text, const struct order_token *t, size_t a,
                                    size_t b)
{
    static const char *const beliefs[] = {"guess", "think", "suppose", "reckon"};
    return b >= a + 2U && order_tok_is(text, t, b - 2U, b, "i") &&
                   order_tok_in(text, t, b - 1U, b, beliefs, ORDER_WORDS_N(beliefs))
               ? 2U
               : 0U;
}

/* The end of the change [a, b) without the words said around it that close it ("please",
 * "too", "i guess": "onion rings too i guess" says how sure, nothing of the dish). */
static size_t attach_unsaid_end(const struct attach_state *st, size_t a, size_t b)
{
    for (size_t h; b > a;)
        if (attach_said_after_change(st, a, b))
            b--;
        else if ((h = attach_closing_belief(st->text, st->tokens, a, b)) > 0)
            b -= h;
        else
            break;
    return b;
}

/* "the bowl instead w/ extra rice": "instead" then "with" after a dish swapped in; its change
 * starts after them */
static bool attach_instead_with(const char *text, const struct order_token *t, size_t a, size_t b)
{
    return order_tok_is(text, t, a, b, "instead") &&
           (order_tok_is(text, t, a + 1U, b, "with") || order_tok_is(text, t, a + 1U, b, "w"));
}

/* Are the words [a, b) a possessive and its noun before a verb of liking or being ("...,
 * my son loves cheese", "her son is a big eater")? They are the subject of what follows, no
 * change of the dish. */
static bool attach_possessed_subject_leads(const struct attach_state *st, size_t a, size_t b)
{
    if (!ORDER_CUES_ANY(&st->cues, "my", "our", "his", "her", "their") ||
        !ORDER_CUES_ANY(&st->cues, "loves", "likes", "hates", "adores", "prefers", "is", "was",
                        "has", "love", "like"))
        return false;
    static const char *const told[] = {"loves", "likes", "hates", "adores", "prefers",
                                       "is",    "was",   "has",   "love",   "like"};
    return b == a + 2U && order_tok_possessive(st->text, st->tokens, a, b) &&
           order_tok_in(st->text, st->tokens, b, st->e, told, ORDER_WORDS_N(told));
}

/* Is the word at a a link before a change's lead at a + 1, no word of the change: "so" after
 * a reason ("so no onions"), or "wit" / "wif", "with" as texts spell it ("wit extra guac");
 * "wit" alone is an English word, so only the lead after it tells. */
static bool attach_link_before_lead(const struct attach_state *st, size_t a, size_t b)
{
    if (!ORDER_CUES_ANY(&st->cues, "so", "wit", "wif"))
        return false;
    static const char *const links[] = {"so", "wit", "wif"};
    return attach_in(st->text, st->tokens, a, b, links, ORDER_WORDS_N(links)) &&
           attach_modifier_lead_at(st, a + 1U, b);
}

/* attach_modifier_trim's start: the reason or aside after the change, and the words before
 * it that say no change (a choice made, "plain" before the change, a liking, a subject,
 * joining words and sounds, an article, "do the"). */
static void attach_modifier_trim_lead(const struct attach_state *st, size_t *a, size_t *b)
{
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    *b = attach_concession_at(text, t, *a, *b) > 0 ? *a : *b; /* "even though im 34": none */
    for (size_t p = *a + 1; p < *b; p++)
        if (attach_reason_at(text, t, p, *b) || attach_aside_said_at(text, t, p, *b) ||
            (p > *a + 1 && attach_purpose_at(text, t, p, *b)) ||  /* "no feta to make it vegan" */
            (p > *a + 1 && attach_time_clause(text, t, p, *b))) { /* "no onion when we get there" */
            if (p == *a + 1 && order_tok_is(text, t, *a, *b, "ever"))
                p = *a; /* "ever since ...": all of it says since when */
            *b = p; /* "no celery because celery is evil", "no anchovy she is not eating fish" */
            break;
        }
    if (*b - *a >= 3 && order_tok_is(text, t, *a, *b, "after") &&
        order_tok_is(text, t, *a + 1U, *b, "all"))
        *a += 2; /* "caesar after all but dressing on the side": the choice made, no change */
    /* "plain with no sour cream", "plain but no onion": "plain" says what the change after
     * it says, that nothing else is added; the change is the one */
    if (*b - *a >= 3 && order_tok_is(text, t, *a, *b, "plain") &&
        (order_tok_is(text, t, *a + 1U, *b, "with") || order_tok_is(text, t, *a + 1U, *b, "but")))
        (*a)++;
    if (ORDER_CUES_ANY(&st->cues, "like", "likes", "prefer", "prefers", "love", "loves"))
        *a += attach_liking_lead(text, t, *a, *b); /* "she likes the salsa on the side" */
    if (attach_possessed_subject_leads(st, *a, *b))
        *a = *b; /* "..., my son loves cheese": the subject of what follows */
    while (*a < *b &&
           (t[*a].kind == ORDER_TOKEN_PUNCT || order_tok_is(text, t, *a, *b, "with") ||
            order_tok_is(text, t, *a, *b, "and") || order_tok_is(text, t, *a, *b, "w") ||
            order_tok_is(text, t, *a, *b, "the") || attach_sound_at(text, t, *a) ||
            order_tok_is(text, t, *a, *b, "but") ||
            attach_link_before_lead(st, *a, *b) || /* "so no onions", "wit extra guac" */
            /* "that again but with the rice on the side": the dish asked for once more */
            order_tok_is(text, t, *a, *b, "again") || attach_instead_with(text, t, *a, *b) ||
            /* "con extra consomé": the "with" of Spanish, which texts mix in */
            (*a + 1U < *b && order_tok_is(text, t, *a, *b, "con"))) &&
           order_tok_w_slash_o(text, t, *a, *b) == 0)
        (*a)++;
    size_t first = *a;
    while (first > 0 && first + 1U < *b &&
           (order_tok_is(text, t, first, *b, "a") || order_tok_is(text, t, first, *b, "an")) &&
           (order_tok_is(text, t, first - 1U, *b, "with") ||
            order_tok_is(text, t, first - 1U, *b, "w")) &&
           !order_tok_is(text, t, first + 2U, *b, "of")) /* "a splash of": a measure */
        first++; /* "with a gluten free bun": the thing it comes with, no article */
    *a = first;
    if (*b - *a >= 2 &&
        (order_tok_is(text, t, *a, *b, "a") || order_tok_is(text, t, *a, *b, "an")) &&
        order_patterns_longest(&st->rd->u->sizes, text, t, *a + 1U, *b, NULL) == *b - *a - 1U)
        (*a)++; /* "make it a large": the size, no article */
    if (*b - *a >= 3 && order_tok_is(text, t, *a, *b, "do") &&
        order_tok_is(text, t, *a + 1, *b, "the"))
        *a += 2; /* "do the mayo on the side": the change is "mayo on the side" */
}

/* attach_modifier_trim's end: a condition, words said around the change ("as well", "so
 * that", "on it", "small ones", "inside", "on either"). */
static void attach_modifier_trim_tail(const struct attach_state *st, size_t a, size_t *b)
{
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    /* "sugar free if possible", "quinoa if u can": a condition, no change; one that stands
     * alone after the dish ("a brownie if you still have them") changes nothing at all */
    for (size_t p = a; p + 1 < *b; p++)
        if (order_tok_is(text, t, p, *b, "if")) {
            *b = p;
            break;
        }
    *b = attach_unsaid_end(st, a, *b);
    if (*b - a >= 2 && order_tok_is(text, t, *b - 2, *b, "as") &&
        order_tok_is(text, t, *b - 1, *b, "well"))
        *b -= 2; /* "a lemonade as well": "too" */
    if (*b - a >= 3 && order_tok_is(text, t, *b - 2, *b, "so") &&
        (order_tok_is(text, t, *b - 1, *b, "that") || order_tok_is(text, t, *b - 1, *b, "those") ||
         order_tok_is(text, t, *b - 1, *b, "this")))
        *b -= 2; /* "...NO onions\" so that + a wrap": "so" takes the dish told of back up */
    if (ORDER_CUES_ANY(&st->cues, "it", "them", "em", "there", "those", "these", "his", "hers",
                       "mine", "theirs", "ours", "yours"))
        *b -= attach_pointed_place(text, t, a, *b); /* "no onions on it", "avocado in there" */
    if (*b - a >= 2 &&
        (order_tok_is(text, t, *b - 1, *b, "one") || order_tok_is(text, t, *b - 1, *b, "ones")) &&
        order_patterns_longest(&st->rd->u->sizes, text, t, a, *b - 1, NULL) == *b - 1 - a)
        *b -= 1; /* "small ones": the size of the dish pointed back at */
    if (*b - a >= 2 && order_tok_is(text, t, *b - 1, *b, "inside"))
        *b -= 1; /* "extra fries inside": where the change goes, the dish itself */
    static const char *const kinds[] = {"kind", "kinds", "type", "types", "sort"};
    if (*b - a == 1 && order_tok_in(text, t, a, *b, kinds, ORDER_WORDS_N(kinds)))
        *b = a; /* "the chocolate kind": which dish, no change of it */
    if (*b - a >= 3 &&
        (order_tok_is(text, t, *b - 2, *b, "on") || order_tok_is(text, t, *b - 2, *b, "for")) &&
        (order_tok_is(text, t, *b - 1, *b, "either") || order_tok_is(text, t, *b - 1, *b, "both") ||
         order_tok_is(text, t, *b - 1, *b, "each") || order_tok_is(text, t, *b - 1, *b, "all")))
        *b -= 2; /* "no pickles on either": the dish's count already holds both */
}

/* Narrows [*a, *b) to the change itself: no reason or aside after it ("no celery because
 * celery is evil"), no joining word, sound or filler before or after it, no condition ("if
 * possible") and no "on it" / "on either" ("no pickles on either": the dish's count already
 * holds both), nor the "on a" of what the dish is served on. */
static void attach_modifier_trim(const struct attach_state *st, size_t *a, size_t *b)
{
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    attach_modifier_trim_lead(st, a, b);
    attach_modifier_trim_tail(st, *a, b);
    if (order_patterns_longest(&st->rd->u->modifiers, text, t, *a, *b, NULL) != *b - *a) {
        /* "on a gf bun" is a change as it is */
        size_t on =
            ORDER_CUES_ANY(&st->cues, "on", "onto", "in") ? attach_served_on(text, t, *a, *b) : 0;
        *a += on;
        if (on > 0 && attach_said_around(st, *a, *b))
            *a = *b; /* "on a ride break": the customer's circumstance */
    }
}

/* Where the change of [a, b) ends before words that say which dish it goes with: "instead
 * of fries with my | beef burger", "most expensive bowl | u got". */
static size_t attach_modifier_end_before_dish(const struct attach_state *st, size_t a, size_t b)
{
    if (!ORDER_CUES_ANY(&st->cues, "with", "u", "you", "ya") ||
        !ORDER_CUES_ANY(&st->cues, "my", "our", "got", "have"))
        return b;
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    if (b - a >= 3 && order_tok_is(text, t, b - 2, b, "with") &&
        (order_tok_is(text, t, b - 1, b, "my") || order_tok_is(text, t, b - 1, b, "our")))
        b -= 2;
    if (b - a >= 2 &&
        (order_tok_is(text, t, b - 2, b, "u") || order_tok_is(text, t, b - 2, b, "you") ||
         order_tok_is(text, t, b - 2, b, "ya")) &&
        (order_tok_is(text, t, b - 1, b, "got") || order_tok_is(text, t, b - 1, b, "have")))
        b -= 2;
    return b;
}

/* Is token p "it", "them" or "em" (how "them" is texted): what a change or a count after
 * "make" is of ("make em spicy")? */
bool attach_made_object(const char *text, const struct order_token *t, size_t p, size_t e)
{
    return order_tok_is(text, t, p, e, "it") || order_tok_is(text, t, p, e, "them") ||
           order_tok_is(text, t, p, e, "em");
}

/* Where the change [a, b) right after dish th starts past the verb closing a clause that
 * leads the dish with "whatever" or "whichever" ("whatever the chickpea salad is | but no
 * olives"): the verb names the dish, the change is what follows it. */
static size_t attach_after_free_relative(const struct attach_state *st,
                                         const struct order_thing *th, size_t a, size_t b)
{
    enum { RELATIVE_LEAD_BACK = 3 };
    static const char *const verbs[] = {"is", "are", "was"};
    static const char *const leads[] = {"whatever", "whichever"};
    static const char *const joins[] = {"but", "and", "with", "w"};
    if (!ORDER_CUES_ANY(&st->cues, "is", "are", "was") ||
        !ORDER_CUES_ANY(&st->cues, "whatever", "whichever"))
        return a;
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    if (a != th->end || !order_tok_in(text, t, a, b, verbs, ORDER_WORDS_N(verbs)))
        return a;
    bool led = false;
    for (size_t p = th->begin; p > st->b && p + RELATIVE_LEAD_BACK > th->begin && !led; p--)
        led = order_tok_in(text, t, p - 1U, th->begin, leads, ORDER_WORDS_N(leads));
    if (!led)
        return a;
    a++;
    while (a < b && (t[a].kind == ORDER_TOKEN_PUNCT ||
                     order_tok_in(text, t, a, b, joins, ORDER_WORDS_N(joins))))
        a++;
    return a;
}

/* Where the change starts after a verb of making that leads it: "make it without the sour
 * cream" ("without the sour cream"), "make it vegan" ("vegan"), "made spicy" ("spicy"). */
static size_t attach_modifier_after_verb(const struct attach_state *st, size_t a, size_t b)
{
    if (!ORDER_CUES_ANY(&st->cues, "make", "made"))
        return a;
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    bool make_it = order_tok_is(text, t, a, b, "make") && attach_made_object(text, t, a + 1, b);
    if (make_it && b - a >= 3)
        return a + 2;
    /* "make that one vegan": "that one" is the dish, as "it" is; the change, read apart
     * from "make that", starts after "one" */
    if (b - a >= 2 && a >= st->b + 2U && order_tok_is(text, t, a, b, "one") &&
        order_tok_is(text, t, a - 1U, b, "that") && order_tok_is(text, t, a - 2U, b, "make"))
        return a + 1;
    if (b - a >= 2 && order_tok_is(text, t, a, b, "made") &&
        !order_tok_is(text, t, a + 1, b, "with") && !order_tok_is(text, t, a + 1, b, "without"))
        return a + 1;
    return a;
}

/* Does the change at a stand in parentheses right after a diet ("vegan (no cotija)", "made
 * vegan (so no cheese)"), leading with "no", "without" or "hold"? It says how the dish is made so:
 * the change is the order, the diet before it only its reason. */
static bool attach_diet_spelt_out(const struct attach_state *st, size_t a, size_t b)
{
    if (!ORDER_CUES_ANY(&st->cues, "no", "without", "hold", "w"))
        return false;
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    enum { DIET_WORDS_MAX = 3 };
    if (!(order_tok_is(text, t, a, b, "no") || order_tok_is(text, t, a, b, "without") ||
          order_tok_is(text, t, a, b, "hold") || order_tok_w_slash_o(text, t, a, b) > 0))
        return false; /* "hold the cotija" takes it off as "no" does */
    size_t p = a > st->b && order_tok_is(text, t, a - 1U, b, "so") ? a - 1U : a;
    if (p < st->b + 2U || t[p - 1U].kind != ORDER_TOKEN_PUNCT || t[p - 1U].punct != '(')
        return false;
    size_t d = p - 1U;
    /* "make it vegan pls (no cotija)": a word of asking between them asks, no more */
    static const char *const polite[] = {"please", "pls", "plz", "thanks"};
    while (d > st->b + 1U && order_tok_in(text, t, d - 1U, d, polite, ORDER_WORDS_N(polite)))
        d--;
    for (size_t k = d - 1U; k + DIET_WORDS_MAX >= d && k >= st->b; k--) {
        if (order_patterns_longest(&st->rd->u->diet_cues, text, t, k, d, NULL) == d - k)
            return st->rg->roles[k] == ORDER_ROLE_MODIFIER; /* not "the vegan burger (no ...)" */
        if (k == 0)
            break;
    }
    return false;
}

/* Is the change at a, leading with "no", spelt out right after "plain", the dish's last
 * change, with only a bracket or a comma between ("one plain (no sauce, no salad)", "(plain,
 * no cheese)")? "plain" said what the changes then say: they are the order. */
static bool attach_plain_spelt_out(const struct attach_state *st, const struct order_thing *th,
                                   size_t a, size_t b)
{
    if (!ORDER_CUES_ANY(&st->cues, "no", "without") || !ORDER_CUES_ANY(&st->cues, "plain"))
        return false;
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    if (th->mods.n == 0 || strcmp(th->mods.text[th->mods.n - 1U], "plain") != 0 ||
        !(order_tok_is(text, t, a, b, "no") || order_tok_is(text, t, a, b, "without")))
        return false;
    size_t k = a;
    while (k > st->b && t[k - 1U].kind == ORDER_TOKEN_PUNCT &&
           (t[k - 1U].punct == '(' || t[k - 1U].punct == ','))
        k--;
    return k < a && k > st->b && order_tok_is(text, t, k - 1U, b, "plain");
}

/* Does the piece [a, b) of two or more words end in a word of degree after the part it
 * measures ("dressing light", "sauce heavy", "mayo extra")? Said after a dish, that is how
 * much of its part, no dish of its own. */
bool attach_degree_after(const struct attach_state *st, size_t a, size_t b)
{
    if (!ORDER_CUES_ANY(&st->cues, "light", "lite", "heavy", "extra"))
        return false;
    static const char *const degrees[] = {"light", "lite", "heavy", "extra"};
    size_t last = b;
    while (last > a && st->tokens[last - 1U].kind == ORDER_TOKEN_PUNCT)
        last--;
    return last >= a + 2U &&
           order_tok_in(st->text, st->tokens, last - 1U, b, degrees, ORDER_WORDS_N(degrees));
}

/* Is the change [a, b) a bare part (one or two words, no lead of its own) joined by
 * "and"/"&" to another that ends in "on the side" ("with onion & cilantro on the side")?
 * "on the side" is said of both; "extra tahini and hummus on the side" has its lead. */
static bool attach_side_shared(const struct attach_state *st, size_t a, size_t b)
{
    enum { SHARED_WORDS_MAX = 2, NEXT_WORDS_MAX = 3 };
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    if (b <= a || b - a > SHARED_WORDS_MAX ||
        order_patterns_longest(&st->rd->u->modifier_starts, text, t, a, b, NULL) > 0)
        return false;
    for (size_t i = a; i < b; i++)
        if (t[i].kind != ORDER_TOKEN_WORD ||
            !(st->rg->n_hits[i] > 0 || order_food_word(st->rd->food, text + t[i].off, t[i].len)))
            return false; /* foods: "onion", "cilantro" */
    size_t j = b;
    if (!(order_tok_is(text, t, j, st->e, "and") ||
          (j < st->e && t[j].kind == ORDER_TOKEN_PUNCT && t[j].punct == '&')))
        return false;
    for (size_t k = j + 2U; k <= j + 1U + NEXT_WORDS_MAX && k + 2U < st->e; k++)
        if (order_tok_is(text, t, k, st->e, "on") && order_tok_is(text, t, k + 1U, st->e, "the") &&
            order_tok_is(text, t, k + 2U, st->e, "side"))
            return true;
    return false;
}

/* Where the change th was given last starts, when [a, b) only completes it ("with oat milk
 * | instead of dairy", "with cheese | added") and follows it with no break: the two are one
 * change, read again from there. a when there is none. */
static size_t attach_change_completed(const struct attach_state *st, const struct order_thing *th,
                                      size_t a, size_t b)
{
    if (!ORDER_CUES_ANY(&st->cues, "instead", "added"))
        return a;
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    bool instead = order_tok_is(text, t, a, b, "instead") && order_tok_is(text, t, a + 1U, b, "of");
    bool added = b == a + 1U && order_tok_is(text, t, a, b, "added");
    if (th->mods.n == 0 || !(instead || added) || a <= st->b ||
        t[a - 1U].kind != ORDER_TOKEN_WORD || st->rg->roles[a - 1U] != ORDER_ROLE_MODIFIER)
        return a;
    /* back to the "with" that led it: "cooked medium with cheese | added" completes only
     * "with cheese", the doneness before it is a change of its own */
    size_t p = a;
    while (p > st->b && t[p - 1U].kind == ORDER_TOKEN_WORD &&
           st->rg->roles[p - 1U] == ORDER_ROLE_MODIFIER) {
        p--;
        if (order_tok_is(text, t, p, a, "with") || order_tok_is(text, t, p, a, "w"))
            break;
    }
    return p;
}

/* Where the part served on the side starts in a removal that runs on into it, with no
 * separator: "no croutons | dressing on side". The removal leads with "no" and ends in a
 * plural food noun; the part is the one word before "on". 0 when the piece is no such
 * pair. */
static size_t attach_side_after_removal(const struct attach_state *st, size_t a, size_t b)
{
    if (!ORDER_CUES_ANY(&st->cues, "no") || !ORDER_CUES_ANY(&st->cues, "side"))
        return 0;
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    size_t on = b >= 3U && order_tok_is(text, t, b - 3U, b, "on") &&
                        order_tok_is(text, t, b - 2U, b, "the") &&
                        order_tok_is(text, t, b - 1U, b, "side")
                    ? b - 3U
                : b >= 2U && order_tok_is(text, t, b - 2U, b, "on") &&
                        order_tok_is(text, t, b - 1U, b, "side")
                    ? b - 2U
                    : 0;
    if (on < a + 3U || !order_tok_is(text, t, a, b, "no"))
        return 0;
    for (size_t i = a + 1U; i < on; i++)
        if (t[i].kind != ORDER_TOKEN_WORD || order_tok_is(text, t, i, b, "and") ||
            order_tok_is(text, t, i, b, "with"))
            return 0;
    /* the removal ends in a food noun, no word that describes the part ("no hot sauce on
     * the side" is one part) */
    /* a plural noun ends the removal: a noun before another in one part is singular ("garlic
     * mayo", "chilli sauce"), so "croutons dressing" is two parts */
    const struct order_token *last = &t[on - 2U];
    const char *w = text + last->off;
    bool plural = last->len >= 4U && w[last->len - 1U] == 's' && w[last->len - 2U] != 's';
    if (!plural || order_dictionary_has(st->rd->lex->adjectives, w, last->len) ||
        !(st->rg->n_hits[on - 2U] > 0 || order_food_word(st->rd->food, w, last->len)))
        return 0;
    return on - 1U;
}

/* Do words that call a change off ("never mind", "nvm", "forget", "scratch"), maybe with
 * "the", end right before token a: "no pickles... never mind the no pickles"? */
static bool attach_change_called_off(const struct attach_state *st, size_t a)
{
    static const char *const off[] = {"nvm", "nevermind", "forget", "scratch"};
    if (!ORDER_CUES_ANY(&st->cues, "nvm", "nevermind", "forget", "scratch", "mind"))
        return false;
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    if (a > st->b && order_tok_is(text, t, a - 1U, a, "the"))
        a--;
    if (a <= st->b)
        return false;
    if (order_tok_in(text, t, a - 1U, a, off, ORDER_WORDS_N(off)))
        return true;
    return a >= st->b + 2U && order_tok_is(text, t, a - 1U, a, "mind") &&
           order_tok_is(text, t, a - 2U, a, "never");
}

/* Is the change m written as a verb and its pronoun alone ("make it", "be"): the words of a
 * clause around a change ("could the burger be just ...", "hopefully they make it this
 * time"), no change itself? The form is closed: a copula or a light verb, and pronouns. */
static bool attach_change_empty(const char *m)
{
    static const char *const words[] = {"be",   "is", "are",  "make", "made", "get",
                                        "have", "it", "them", "that", "they"};
    while (*m) {
        size_t n = strcspn(m, " ");
        bool found = false;
        for (size_t k = 0; k < ORDER_WORDS_N(words) && !found; k++)
            found = strlen(words[k]) == n && memcmp(words[k], m, n) == 0;
        if (!found)
            return false;
        m += n;
        m += *m == ' ';
    }
    return true;
}

/* Drops th's last change when an earlier one is written the same: two phrasings of one change
 * ("mild, not too spicy") come to one label, asked once. */
static void attach_drop_said_again(struct order_thing *th)
{
    for (uint8_t m = 0; m + 1U < th->mods.n; m++)
        if (strcmp(th->mods.text[m], th->mods.text[th->mods.n - 1U]) == 0) {
            th->mods.n--;
            return;
        }
}

/* The words [a, b) change dish th: they become one modifier of it, in the understanding's
 * label where it has one, else as written with texted words spelt out. */
void attach_add_modifier(struct attach_state *st, struct order_thing *th, size_t a, size_t b)
{
    const struct order_understanding *u = st->rd->u;
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    size_t from = attach_change_completed(st, th, a, b);
    if (from < a) {
        th->mods.n--; /* read with the words it completes */
        a = from;
    }
    memset(st->rg->roles + a, ORDER_ROLE_MODIFIER, b - a);
    a += attach_vague_noun_lead(st, th, a, b); /* "a nuggets plate with extra fries" */
    attach_modifier_trim(st, &a, &b);
    a += attach_correction_lead(st, a, b); /* "no wait just": no change */
    if (a >= b)
        return;
    size_t side = attach_side_after_removal(st, a, b);
    if (side > 0 && th->mods.n + 1U < ORDER_ITEM_MODIFIERS_MAX) {
        attach_add_modifier(st, th, a, side); /* "no croutons" */
        attach_add_modifier(st, th, side, b); /* "dressing on the side" */
        return;
    }
    if (th->mods.n < ORDER_ITEM_MODIFIERS_MAX && attach_side_shared(st, a, b)) {
        attach_keep_on_side(st, th, a, b); /* "w/ onion & cilantro on the side" */
        return;
    }
    if (th->mods.n > 0 && (attach_diet_spelt_out(st, a, b) || attach_plain_spelt_out(st, th, a, b)))
        th->mods.n--; /* "vegan (no cotija)": the change in its place */
    bool added = false;
    if (b - a >= 4 && order_tok_is(text, t, b - 3, b, "added") &&
        (order_tok_is(text, t, b - 2, b, "on") || order_tok_is(text, t, b - 2, b, "in")) &&
        (order_tok_is(text, t, b - 1, b, "top") || order_tok_is(text, t, b - 1, b, "there")))
        b -= 2; /* "chicken added on top": where it goes says no more than "added" */
    if (b - a >= 2 && order_tok_is(text, t, b - 1, b, "added")) {
        b--; /* "chicken added": the understanding's "add chicken" when it has one */
        const char *label = attach_added_label(u, text, t, a, b);
        if (label && th->mods.n < ORDER_ITEM_MODIFIERS_MAX) {
            snprintf(th->mods.text[th->mods.n++], ORDER_MODIFIER_BYTES_MAX, "%s", label);
            return;
        }
        added = true; /* else written "add rice", as the change is said the other way */
    }
    b = attach_modifier_end_before_dish(st, a, b);
    a = attach_after_free_relative(st, th, a, b);
    if (attach_modifier_says_nothing(st, th, a, b) || attach_unit_after(st, th, a, b) ||
        attach_choice_criterion_piece(st, a, b) || /* "whichever one is less sweet" */
        attach_bare_quantity(st, a, b))            /* "and some... actually a flan" */
        return;
    size_t had = th->mods.n;
    bool called_off = attach_change_called_off(st, a);
    /* "keep the onions" whose "keep the" was read before the change's words */
    size_t k = a > st->b && order_tok_is(text, t, a - 1U, a, "the") ? a - 1U : a;
    bool kept = k > st->b && (order_tok_is(text, t, k - 1U, a, "keep") ||
                              order_tok_is(text, t, k - 1U, a, "leave"));
    attach_modifier_write(st, th, attach_modifier_after_verb(st, a, b), b, added);
    if (th->mods.n == had + 1U && attach_change_empty(th->mods.text[had])) {
        th->mods.n--;
        return;
    }
    if (called_off && th->mods.n == had + 1U) {
        /* "never mind the no pickles": the change named is taken back, not asked twice */
        const char *now = th->mods.text[had];
        uint8_t kept = 0;
        for (uint8_t m = 0; m < had; m++) {
            if (strcmp(th->mods.text[m], now) == 0)
                continue;
            if (kept != m)
                memcpy(th->mods.text[kept], th->mods.text[m], sizeof(th->mods.text[m]));
            kept++;
        }
        if (kept < had) {
            th->mods.n = kept;
            return;
        }
    }
    if (th->mods.n == had + 1U && attach_drop_kept_part(th, kept))
        return;
    if (th->mods.n == had + 1U && attach_corrected_before(st, a))
        attach_drop_changed_part(th);
    else if (th->mods.n == had + 1U)
        attach_drop_said_again(th);
}

bool attach_has_instead(const struct attach_state *st, size_t a, size_t b)
{
    if (!ORDER_CUES_ANY(&st->cues, "instead"))
        return false;
    for (size_t i = a; i < b; i++)
        if (order_tok_is(st->text, st->tokens, i, b, "instead"))
            return true;
    return false;
}

/* Does the piece [a, b) read as a modifier by its form: a lead word first ("no", "extra",
 * "hold", "cooked"), a modifier or size phrase, or "on the side" at its end? */
bool attach_modifier_form(const struct attach_state *st, size_t a, size_t b)
{
    const struct order_understanding *u = st->rd->u;
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    for (size_t i = a; i < b; i++) /* "lettuce wrap instead", "rice instead of beans" */
        if (order_tok_is(text, t, i, b, "instead"))
            return true;
    if (order_patterns_longest(&u->modifier_starts, text, t, a, b, NULL) > 0 ||
        order_patterns_longest(&u->modifiers, text, t, a, b, NULL) > 0 ||
        order_patterns_longest(&u->sizes, text, t, a, b, NULL) > 0)
        return true;
    if (b - a >= 2 &&
        (order_tok_is(text, t, b - 1, b, "extra") || order_tok_is(text, t, b - 1, b, "xtra")))
        return true; /* "ketchup extra": the degree said after the part */
    return b - a >= 3 && order_tok_is(text, t, b - 3, b, "on") &&
           order_tok_is(text, t, b - 2, b, "the") && order_tok_is(text, t, b - 1, b, "side") &&
           !order_read_joined_side_dish(st->rd, text, t, a, b - 3); /* "and garlic bread" */
}

/* Does a modifier's lead stand at p ("no", "extra", "with", "w/", "without"), or one word of
 * a modifier alone ("plain.")? After a count in a clause of its own it makes the count a part
 * of the dish before ("1 w/o pickles", "one plain"). */
bool attach_modifier_lead_at(const struct attach_state *st, size_t p, size_t end)
{
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    /* "one plain.", "other normal,": one word of a modifier alone, then a separator */
    bool alone =
        p < end && t[p].kind == ORDER_TOKEN_WORD &&
        (p + 1 == end || t[p + 1].kind == ORDER_TOKEN_PUNCT) &&
        (order_patterns_longest(&st->rd->u->modifier_starts, text, t, p, p + 1, NULL) == 1 ||
         order_patterns_longest(&st->rd->u->sizes, text, t, p, p + 1, NULL) == 1);
    return alone ||
           (p < end &&
            (order_tok_is(text, t, p, end, "with") || order_tok_is(text, t, p, end, "without") ||
             /* "w/", or "w" texted for "with" before a word: "2 w custard" */
             (order_tok_is(text, t, p, end, "w") && p + 1 < end &&
              ((t[p + 1].kind == ORDER_TOKEN_PUNCT && t[p + 1].punct == '/') ||
               t[p + 1].kind == ORDER_TOKEN_WORD)) ||
             order_patterns_longest(&st->rd->u->modifier_zone_starts, text, t, p, end, NULL) > 0));
}
