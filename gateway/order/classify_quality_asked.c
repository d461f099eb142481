/* classify_quality_asked.c — a question of what food there is of some quality (classify.c,
 * reading.h pass 5): "do you have anything keto", "got anything low carb?", "do you sell
 * anything halal". "anything" or "something" after a verb of having or selling, then a word
 * of quality (an adjective, or a word no dictionary knows: a diet's coined name), asks which
 * of the menu's dishes are so, even where no word of the menu or of food is said. */
#include "gateway/order/classify_internal.h"
#include "gateway/order/dictionary.h"
#include "gateway/order/lexicon.h"

bool classify_quality_asked(const struct order_class_input *in, size_t b, size_t e)
{
    enum { VERB_GAP_MAX = 2, QUALITY_LETTERS_MIN = 3 };
    static const char *const verbs[] = {"have", "got", "sell", "serve", "make", "do"};
    static const char *const open[] = {"anything", "something"};
    if (!in->lex)
        return false;
    for (size_t i = b; i + 1U < e; i++) {
        if (!order_tok_in(in->text, in->tokens, i, e, open, ORDER_WORDS_N(open)))
            continue;
        bool asked = false; /* a verb of having just before: "do you have anything" */
        for (size_t k = i; k > b && k + VERB_GAP_MAX + 1U > i && !asked; k--)
            asked = order_tok_in(in->text, in->tokens, k - 1U, e, verbs, ORDER_WORDS_N(verbs));
        const struct order_token *q = &in->tokens[i + 1U];
        if (!asked || q->kind != ORDER_TOKEN_WORD || q->len < QUALITY_LETTERS_MIN ||
            order_tok_is(in->text, in->tokens, i + 1U, e, "else"))
            continue;
        const char *w = in->text + q->off;
        if (order_dictionary_has(in->lex->adjectives, w, q->len) ||
            !order_dictionary_has(in->lex->dict, w, q->len))
            return true;
    }
    return false;
}
