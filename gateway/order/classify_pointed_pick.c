/* classify_pointed_pick.c — a message that is only a dish pointed at by how it is (classify.c,
 * reading.h pass 5): "the smoky one?", "umm the sweet ones", "the crunchy one.". The article
 * and the pro-form "one" point at a dish the customer has in mind; with no verb and no
 * question word nothing is asked about it, and a '?' only says the customer is unsure of the
 * pick. It is a request whose dish a person asks back (which one is meant?), never a question
 * about the menu nor a remark: read so, nothing ordered is lost. */
#include <string.h>

#include "gateway/order/classify_internal.h"
#include "gateway/order/dictionary.h"
#include "gateway/order/food.h"
#include "gateway/order/lexicon.h"

enum { PICK_ADJECTIVES_MAX = 2 }; /* "the small sweet one" */

/* Is w[0..len) an adjective made of an English word and "-y" that WordNet leaves out
 * ("crunchy" of "crunch", "jiggly" of "jiggle", "melty" of "melt")? */
static bool pick_y_adjective(const struct order_lexicon *lx, const char *w, size_t len)
{
    enum { Y_ADJECTIVE_MIN = 5 };
    char stem[ORDER_LEX_WORD_BYTES_MAX];
    if (len < Y_ADJECTIVE_MIN || len > sizeof(stem) || w[len - 1U] != 'y')
        return false;
    memcpy(stem, w, len - 1U);
    stem[len - 1U] = 'e';
    return order_dictionary_has(lx->dict, stem, len - 1U) ||
           order_dictionary_has(lx->dict, stem, len);
}

/* Is tokens[i] an adjective of how a dish is, no food word ("smoky", "sweet", "big",
 * "crunchy")? */
static bool pick_adjective(const struct order_class_input *in, size_t i)
{
    const struct order_token *k = &in->tokens[i];
    if (k->kind != ORDER_TOKEN_WORD || !in->lex)
        return false;
    const char *w = in->text + k->off;
    return (order_dictionary_has(in->lex->adjectives, w, k->len) ||
            pick_y_adjective(in->lex, w, k->len)) &&
           !(in->food && order_food_word(in->food, w, k->len));
}

/* The pointed pick at i ("the" and one or two adjectives before "one" or "ones"): its
 * tokens, 0 when none. */
static size_t pick_at(const struct order_class_input *in, size_t i)
{
    static const char *const ones[] = {"one", "ones"};
    size_t e = in->n_tokens;
    if (!order_tok_is(in->text, in->tokens, i, e, "the"))
        return 0;
    size_t p = i + 1U;
    while (p < e && p < i + 1U + PICK_ADJECTIVES_MAX &&
           !order_tok_in(in->text, in->tokens, p, e, ones, ORDER_WORDS_N(ones)) &&
           pick_adjective(in, p))
        p++; /* "one" is an adjective too: it ends the words of manner */
    if (p == i + 1U || !order_tok_in(in->text, in->tokens, p, e, ones, ORDER_WORDS_N(ones)))
        return 0;
    return p + 1U - i;
}

/* Is token i only a greeting, a filler, a sound of hesitation or a mark? */
static bool pick_says_nothing(const struct order_class_input *in, const struct order_reading *rg,
                              size_t i)
{
    return in->tokens[i].kind == ORDER_TOKEN_PUNCT || rg->roles[i] == ORDER_ROLE_GREETING ||
           rg->roles[i] == ORDER_ROLE_FILLER || classify_hesitation(in, i);
}

void classify_pointed_picks(const struct order_class_input *in, struct order_reading *rg)
{
    if (!ORDER_CUES_ANY(&rg->cues, "one", "ones") || !ORDER_CUES_ANY(&rg->cues, "the"))
        return;
    size_t at = in->n_tokens, k = 0;
    for (size_t i = 0; i < in->n_tokens; i++) {
        size_t n = at == in->n_tokens ? pick_at(in, i) : 0;
        if (n > 0) {
            at = i;
            k = n;
            i += n - 1U;
        } else if (!pick_says_nothing(in, rg, i)) {
            return;
        }
    }
    for (size_t c = 0; at < in->n_tokens && c < rg->n_clauses; c++) {
        struct order_clause *cl = &rg->clauses[c];
        if (at < cl->begin || at + k > cl->end)
            continue;
        if (cl->intent == ORDER_INTENT_REQUEST)
            return; /* "the spicy one please": a request as it stands */
        cl->intent = ORDER_INTENT_REQUEST;
        rg->unsure = true;
        bool read = false; /* a thing read in it already is what is asked back */
        for (size_t t = 0; t < rg->n_things; t++)
            read = read || (rg->things[t].clause == c && rg->things[t].begin < at + k &&
                            rg->things[t].end > at);
        if (!read)
            order_read_add_unreadable(in->text, in->tokens, c, at, at + k, rg);
        return;
    }
}
