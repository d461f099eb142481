/* classify_property_asked.c — a dish and one word of what it is, with a question mark and
 * nothing else: "cold brew caffeinated?", "the flan sweet?", "fries crispy?". Said so, the
 * adjective asks whether the dish is so, as "is the cold brew caffeinated?" does with its
 * verb dropped; read as a request it ordered the dish with the adjective as its change. A
 * size ("fries large?") or a change the understanding knows ("burger well done?") still
 * asks for the dish, as does a count, a request form or a word of politeness. */
#include "gateway/order/classify_internal.h"
#include "gateway/order/dictionary.h"
#include "gateway/order/lexicon.h"
#include "gateway/order/pattern_index.h"

/* Is token p (p < e) a word of what a dish is, an adjective, no size and no change known? */
static bool classify_property_word(const struct order_understanding *u,
                                   const struct order_class_input *in, size_t p, size_t e)
{
    enum { PARTICIPLE_LETTERS_MIN = 6 };
    const struct order_token *w = &in->tokens[p];
    if (w->kind != ORDER_TOKEN_WORD)
        return false;
    const char *s = in->text + w->off;
    /* "caffeinated", "salted": a participle said of the dish is an adjective too */
    bool participle =
        w->len >= PARTICIPLE_LETTERS_MIN && s[w->len - 2U] == 'e' && s[w->len - 1U] == 'd';
    return (participle || order_dictionary_has(in->lex->adjectives, s, w->len)) &&
           order_patterns_longest(&u->sizes, in->text, in->tokens, p, e, NULL) == 0 &&
           order_patterns_longest(&u->modifiers, in->text, in->tokens, p, e, NULL) == 0 &&
           order_patterns_longest(&u->modifier_zone_starts, in->text, in->tokens, p, e, NULL) == 0;
}

size_t classify_dish_asked_bare(const struct order_class_input *in, const struct order_reading *rg,
                                const struct order_clause *cl, size_t min_tokens, size_t *e)
{
    size_t end = cl->end;
    while (end > cl->begin && in->tokens[end - 1U].kind == ORDER_TOKEN_PUNCT &&
           in->tokens[end - 1U].punct == '?')
        end--;
    *e = end;
    if (end == cl->end || end < cl->begin + min_tokens || !classify_request_unmarked(in, cl))
        return 0;
    size_t i = cl->begin;
    if (order_tok_is(in->text, in->tokens, i, end, "the"))
        i++;
    size_t dish = i;
    while (i < end && rg->roles[i] == ORDER_ROLE_ITEM)
        i++;
    return i == dish ? 0 : i;
}

void classify_properties_asked(const struct order_understanding *u,
                               const struct order_class_input *in, struct order_reading *rg)
{
    if (!in->lex)
        return;
    for (size_t c = 0; c < rg->n_clauses; c++) {
        struct order_clause *cl = &rg->clauses[c];
        size_t e, i = classify_dish_asked_bare(in, rg, cl, 2U, &e);
        if (i == 0 || i + 1U != e || !classify_property_word(u, in, i, e))
            continue;
        cl->intent = ORDER_INTENT_QUESTION;
    }
}
