/* classify_superlative_asked.c — which dish is the most of something (classify.c, reading.h
 * pass 5): "whats the spiciest thing u got", "which wrap is the cheesiest", "what's your most
 * popular burger". A question that opens with a word asking which ("what", "which", their
 * texting spellings) or "who has", and goes on to "the", "your" or "ur" and a superlative,
 * asks the menu to be ranked by a quality, as "whats the best" does, whether or not it names
 * a dish: "thing you have" is the whole menu. The form is read, not the quality: any graded
 * adjective the word lists know. A superlative of time ("the latest you deliver") asks about
 * hours, and a clause that holds a cue of another matter ("the fastest way to cancel") keeps
 * it. */
#include "gateway/order/classify_internal.h"
#include "gateway/order/dictionary.h"
#include "gateway/order/lexicon.h"

enum {
    SUPERLATIVE_LEAD_MAX = 2,   /* words before the asking word ("ok and what's ...") */
    SUPERLATIVE_REACH_MAX = 5,  /* words from the asking word to the determiner */
    SUPERLATIVE_LETTERS_MIN = 4 /* "best" */
};

/* Is tokens[i] a graded adjective: a word in -est whose base the adjective list knows
 * ("spiciest", "biggest", "cheesiest"), not one of time? */
static bool superlative_word(const struct order_class_input *in, size_t i, size_t e)
{
    static const char *const times[] = {"latest", "earliest", "soonest"};
    if (!order_tok_superlative_form(in->text, in->tokens, i, e, SUPERLATIVE_LETTERS_MIN) ||
        order_tok_in(in->text, in->tokens, i, e, times, ORDER_WORDS_N(times)))
        return false;
    return order_dictionary_has(in->lex->adjectives, in->text + in->tokens[i].off,
                                in->tokens[i].len);
}

/* Is tokens[i] "most" before an adjective ("most popular"), or a superlative itself? */
static bool superlative_at(const struct order_class_input *in, size_t i, size_t e)
{
    if (order_tok_is(in->text, in->tokens, i, e, "most") && i + 1U < e &&
        in->tokens[i + 1U].kind == ORDER_TOKEN_WORD)
        return order_dictionary_has(in->lex->adjectives, in->text + in->tokens[i + 1U].off,
                                    in->tokens[i + 1U].len);
    return superlative_word(in, i, e);
}

/* The token after the word that opens clause cl asking which ("what", "whats", "which",
 * "wut", "who has"), past a greeting, filler or conjunction or two; 0 when none opens it. */
static size_t superlative_asker_end(const struct order_class_input *in,
                                    const struct order_reading *rg, const struct order_clause *cl)
{
    static const char *const askers[] = {"what", "whats", "which", "wat",
                                         "wats", "wut",   "wuts",  "wht"};
    static const char *const leads[] = {"and", "so", "also", "but", "ok", "okay", "hey", "then"};
    for (size_t i = cl->begin; i < cl->end && i <= cl->begin + (size_t)SUPERLATIVE_LEAD_MAX; i++) {
        if (order_tok_in(in->text, in->tokens, i, cl->end, askers, ORDER_WORDS_N(askers)))
            return i + 1U;
        if (order_tok_is(in->text, in->tokens, i, cl->end, "who") &&
            (order_tok_is(in->text, in->tokens, i + 1U, cl->end, "has") ||
             order_tok_is(in->text, in->tokens, i + 1U, cl->end, "got")))
            return i + 2U;
        uint8_t role = rg->roles[i];
        if (role != ORDER_ROLE_GREETING && role != ORDER_ROLE_FILLER && role != ORDER_ROLE_OPENER &&
            !order_tok_in(in->text, in->tokens, i, cl->end, leads, ORDER_WORDS_N(leads)))
            return 0;
    }
    return 0;
}

/* The superlative's token when clause cl asks which is the most of something ("what's the
 * spiciest ..."): it; else 0. */
static size_t superlative_asked(const struct order_class_input *in, const struct order_reading *rg,
                                const struct order_clause *cl)
{
    static const char *const dets[] = {"the", "your", "ur"};
    size_t from = superlative_asker_end(in, rg, cl);
    if (from == 0)
        return 0;
    for (size_t i = from; i < cl->end && i < from + (size_t)SUPERLATIVE_REACH_MAX; i++)
        if (order_tok_in(in->text, in->tokens, i, cl->end, dets, ORDER_WORDS_N(dets)) &&
            superlative_at(in, i + 1U, cl->end))
            return i + 1U;
    return 0;
}

/* "ur cheapest burger?", "your spiciest wrap?": a question of a superlative alone, maybe after
 * "your" or "the", asks which as "what's your cheapest" does. Its token, or 0. */
static size_t superlative_alone_asked(const struct order_class_input *in,
                                      const struct order_reading *rg, const struct order_clause *cl)
{
    static const char *const dets[] = {"the", "your", "ur"};
    size_t i = cl->begin;
    while (i < cl->end &&
           (rg->roles[i] == ORDER_ROLE_GREETING || rg->roles[i] == ORDER_ROLE_FILLER))
        i++;
    if (order_tok_in(in->text, in->tokens, i, cl->end, dets, ORDER_WORDS_N(dets)))
        i++;
    return cl->question_form && i < cl->end && superlative_word(in, i, cl->end) ? i : 0;
}

void classify_superlatives_asked(const struct order_understanding *u,
                                 const struct order_class_input *in, struct order_reading *rg)
{
    if (!in->lex)
        return;
    bool asker = ORDER_CUES_ANY(&rg->cues, "what", "whats", "which", "wat", "wats", "wut", "wuts",
                                "wht", "who") &&
                 ORDER_CUES_ANY(&rg->cues, "the", "your", "ur");
    for (size_t c = 0; c < rg->n_clauses; c++) {
        struct order_clause *cl = &rg->clauses[c];
        size_t s = asker && cl->intent == ORDER_INTENT_OTHER ? superlative_asked(in, rg, cl) : 0;
        if (s == 0 && (cl->intent == ORDER_INTENT_OTHER || cl->intent == ORDER_INTENT_REQUEST))
            s = superlative_alone_asked(in, rg, cl);
        /* the superlative itself may be a cue of praise ("best"): the words around it decide */
        if (s > 0 && classify_no_other_cue(u, in, rg, cl->begin, s) &&
            classify_no_other_cue(u, in, rg, s + 1U, cl->end))
            cl->intent = ORDER_INTENT_QUESTION;
    }
}
