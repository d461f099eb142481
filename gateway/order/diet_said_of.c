/* diet_said_of.c — a diet said of someone or something, no dish asked for (reading.h). A
 * diet word after a copula is a predicate: "i'm vegan" and "my sister is gluten free" say
 * what a person eats, "is one of them vegan?" and "are they gluten free" ask about the
 * dishes named; so do "vegan here" and "anything vegan?". None asks for a dish the diet names
 * ("the vegan burger"), however many dishes carry the word. */
#include <string.h>

#include "gateway/order/reading.h"

void order_read_diet_said_of(const struct order_reader *rd, const char *text,
                             const struct order_token *tokens, struct order_reading *rg)
{
    if (!ORDER_CUES_ANY(&rg->cues, "im", "am", "is", "are", "were", "shes", "hes", "theyre",
                        "youre", "its", "thats", "was", "here", "anything"))
        return;
    /* a copula, contracted with its subject or not */
    static const char *const copulas[] = {"im",  "am",     "is",    "are", "were",  "shes",
                                          "hes", "theyre", "youre", "its", "thats", "was"};
    /* the subject asked of after "is"/"are" ("is one of them", "are they", "is it") */
    static const char *const subjects[] = {"it",   "they", "them", "one",   "of",
                                           "both", "all",  "any",  "either"};
    /* words of degree between the copula and the diet ("im strictly vegan") */
    static const char *const degrees[] = {"also", "fully", "strictly", "totally",   "100%",
                                          "all",  "both",  "entirely", "completely"};
    /* a person and the copula run together ("hes", "shes"): an informal word of diet after
     * them ("hes veggie") is what the person eats, as a diet is, though the menu names dishes
     * with it */
    static const char *const persons_being[] = {"im", "shes", "hes", "theyre", "youre"};
    for (size_t x = 0; x < rg->n_things; x++) {
        struct order_thing *th = &rg->things[x];
        const struct order_clause *cl = &rg->clauses[th->clause];
        if (!th->is_span || th->reference || th->item >= 0)
            continue;
        size_t span = (size_t)(th->end - th->begin);
        bool diet = order_patterns_longest(&rd->u->diet_cues, text, tokens, th->begin, th->end,
                                           NULL) == span;
        bool style = !diet && th->begin > cl->begin &&
                     order_tok_in(text, tokens, th->begin - 1U, th->end, persons_being,
                                  ORDER_WORDS_N(persons_being)) &&
                     order_patterns_longest(&rd->u->style_words, text, tokens, th->begin, th->end,
                                            NULL) == span;
        if (!diet && !style)
            continue;
        /* "vegan here": the speaker's diet, said as a hand raised */
        size_t e = th->end;
        bool here = diet && order_tok_is(text, tokens, e, cl->end, "here") &&
                    (e + 1U >= cl->end || tokens[e + 1U].kind == ORDER_TOKEN_PUNCT);
        e += here ? 1U : 0U;
        /* "anything vegan?": asks what of the menu is, as "anything gluten free?" does */
        bool any = diet && th->begin > cl->begin &&
                   order_tok_is(text, tokens, th->begin - 1U, th->end, "anything");
        /* the diet ends its clause or stands before punctuation ("im vegan + a water"):
         * "im vegan burger" goes on to name a dish */
        if (e < cl->end && tokens[e].kind != ORDER_TOKEN_PUNCT)
            continue;
        size_t p = th->begin;
        while (p > cl->begin &&
               order_tok_in(text, tokens, p - 1U, th->begin, degrees, ORDER_WORDS_N(degrees)))
            p--;
        size_t s = p;
        while (s > cl->begin &&
               order_tok_in(text, tokens, s - 1U, th->begin, subjects, ORDER_WORDS_N(subjects)))
            s--;
        /* "is it vegan", "are they": a subject only after the copula that asks */
        bool asked = s < p && s > cl->begin &&
                     (order_tok_is(text, tokens, s - 1U, p, "is") ||
                      order_tok_is(text, tokens, s - 1U, p, "are"));
        bool said = p > cl->begin &&
                    order_tok_in(text, tokens, p - 1U, th->begin, copulas, ORDER_WORDS_N(copulas));
        /* a count read there is the subject's ("is one of them vegan"), no diet's */
        if (((!asked && !said) || (th->qty_explicit && !asked)) && !here && !any)
            continue;
        for (size_t k = th->begin; k < th->end; k++)
            rg->roles[k] = ORDER_ROLE_NONE;
        order_reading_drop_thing(rg, x);
        x--;
    }
}
