/* taste_told.c — a dish or food someone else likes, told after the dishes (reading.h): "a
 * mango smoothie, my daughter loves mango", "two tacos, she hates cilantro". A part after a
 * mark whose subject is a person ("she", "my daughter") and whose verb is one of liking in
 * the third person closes on the food (or on "so" and what follows from it): it says whose
 * taste it is, no dish more is asked for.
 * "i love the flan" is left alone: the customer's own liking may be how they ask. So does a
 * judgement of a food in a part of its own after the dishes ("2 tacos, the salsa is too
 * spicy"): what is said of it asks for none. */
#include "gateway/order/reading.h"

/* Does the subject of the verb at v open right after a mark, at or after begin: "she", or a
 * possessive and a word or two ("my daughter", "my little brother")? */
static bool taste_told_subject(const char *text, const struct order_token *tokens,
                               const struct order_reading *rg, size_t begin, size_t v, size_t e)
{
    enum { SUBJECT_WORDS_MAX = 3 };
    static const char *const persons[] = {"she", "he"};
    size_t s = v;
    if (v > begin && order_tok_in(text, tokens, v - 1U, e, persons, ORDER_WORDS_N(persons)))
        s = v - 1U;
    else
        for (size_t p = v; p > begin && v - p < SUBJECT_WORDS_MAX; p--) {
            if (tokens[p - 1U].kind != ORDER_TOKEN_WORD || rg->roles[p - 1U] == ORDER_ROLE_ITEM)
                return false;
            if (p < v && order_tok_possessive(text, tokens, p - 1U, e)) {
                s = p - 1U;
                break;
            }
        }
    return s < v && s > begin && tokens[s - 1U].kind == ORDER_TOKEN_PUNCT;
}

/* Is thing th, led by "the" right after a mark, the subject of a judgement closing its part:
 * a copula, "too" or "so", and one word ("the salsa is too spicy", "the horchata was so
 * good")? What is said of a food there asks for none of it. */
static bool taste_told_judged(const char *text, const struct order_token *tokens,
                              const struct order_clause *cl, const struct order_thing *th)
{
    static const char *const copulas[] = {"is", "are", "was", "were"};
    static const char *const degrees[] = {"too", "so"};
    size_t v = th->end;
    return th->begin > cl->begin + 1U && tokens[th->begin - 2U].kind == ORDER_TOKEN_PUNCT &&
           order_tok_is(text, tokens, th->begin - 1U, cl->end, "the") &&
           order_tok_in(text, tokens, v, cl->end, copulas, ORDER_WORDS_N(copulas)) &&
           order_tok_in(text, tokens, v + 1U, cl->end, degrees, ORDER_WORDS_N(degrees)) &&
           v + 2U < cl->end && tokens[v + 2U].kind == ORDER_TOKEN_WORD &&
           (v + 3U >= cl->end || tokens[v + 3U].kind == ORDER_TOKEN_PUNCT);
}

void order_read_taste_told(const char *text, const struct order_token *tokens,
                           struct order_reading *rg)
{
    if (!ORDER_CUES_ANY(&rg->cues, "loves", "likes", "hates", "adores", "love", "hate", "adore",
                        "too", "so") ||
        !ORDER_CUES_ANY(&rg->cues, "loves", "likes", "hates", "adores", "love", "hate", "adore",
                        "is", "are", "was", "were"))
        return;
    /* "my kids love flan": the plural subject's verb too; never "like", which "would" leads */
    static const char *const liking[] = {"loves", "likes", "hates", "adores",
                                         "love",  "hate",  "adore"};
    struct order_thing *asked_dish = NULL; /* the dish asked for last before */
    for (size_t x = 0; x < rg->n_things; x++) {
        bool asked = asked_dish != NULL;
        struct order_thing *th = &rg->things[x];
        const struct order_clause *cl = &rg->clauses[th->clause];
        /* the verb before the thing, or opening the words left over that it was read from
         * ("my son | loves burgers") */
        bool opens = !th->is_span && th->begin + 1U < th->end &&
                     order_tok_in(text, tokens, th->begin, cl->end, liking, ORDER_WORDS_N(liking));
        /* the verb: the thing's first word, or the word before it (none before token 0) */
        size_t v = opens || th->begin == 0 ? th->begin : th->begin - 1U;
        bool candidate = asked && (th->is_span || opens) && !th->reference && !th->qty_explicit;
        bool told = candidate && th->begin > cl->begin + 1U &&
                    order_tok_in(text, tokens, v, cl->end, liking, ORDER_WORDS_N(liking)) &&
                    (th->end >= cl->end || tokens[th->end].kind == ORDER_TOKEN_PUNCT ||
                     order_tok_is(text, tokens, th->end, cl->end, "so")) &&
                    taste_told_subject(text, tokens, rg, cl->begin, v, cl->end);
        told = told || (candidate && taste_told_judged(text, tokens, cl, th));
        if (told) {
            th->reference = true;
            /* "2 burgers, my kids hate onions so no onions": the change said after the taste,
             * read as the liked food's, is the dish's asked for before */
            if (th->mods.n > 0 && asked_dish->mods.n == 0 && asked_dish->clause == th->clause) {
                asked_dish->mods = th->mods;
                th->mods.n = 0;
            }
        }
        if (th->is_span && !th->reference)
            asked_dish = th;
    }
}
