/* classify_dash_topic.c — a dish named bare and set off by a dash before a question about
 * it (classify.c, reading.h pass 5): "carrot cake - does the frosting have cream cheese?",
 * "the mango smoothie - real mango or syrup?". The name heads the question as its topic, as
 * a subject line would; no count, opener or politeness asks for the dish. */
#include "gateway/order/classify_internal.h"

/* Is clause c only a dish of the menu ("the" and greetings aside), or one and a word of its
 * part after it ("house salad dressing": the dish's dressing), no count, ending in a dash or a
 * comma? */
static bool dash_topic_clause(const struct order_class_input *in, const struct order_reading *rg,
                              size_t c)
{
    const struct order_clause *cl = &rg->clauses[c];
    const struct order_token *t = in->tokens;
    size_t e = cl->end;
    if (e < cl->begin + 2U || t[e - 1U].kind != ORDER_TOKEN_PUNCT ||
        (t[e - 1U].punct != '-' && t[e - 1U].punct != ','))
        return false;
    size_t things = 0;
    for (size_t i = cl->begin; i + 1U < e; i++) {
        if (rg->roles[i] == ORDER_ROLE_GREETING || order_tok_is(in->text, t, i, e, "the"))
            continue;
        if (rg->roles[i] == ORDER_ROLE_MODIFIER && things == 1U && !rg->mod_zone[i] &&
            t[i].kind == ORDER_TOKEN_WORD)
            continue; /* the part of the dish named before it */
        if (rg->roles[i] != ORDER_ROLE_ITEM)
            return false;
        things += i == cl->begin || rg->roles[i - 1U] != ORDER_ROLE_ITEM;
    }
    return things == 1U;
}

/* Is clause c a choice asked between two things, with no verb, count or opener: "real mango
 * or syrup?", "baked or fried?" After a dish set off by a dash it asks which way the dish is
 * made, no request. */
static bool dash_choice_asked(const struct order_class_input *in, const struct order_clause *cl)
{
    const struct order_token *t = in->tokens;
    if (cl->request_form || cl->has_quantity || cl->end < cl->begin + 4U ||
        t[cl->end - 1U].kind != ORDER_TOKEN_PUNCT || t[cl->end - 1U].punct != '?')
        return false;
    size_t ors = 0;
    for (size_t i = cl->begin + 1U; i + 2U < cl->end; i++)
        ors += order_tok_is(in->text, t, i, cl->end, "or");
    return ors == 1U;
}

/* Does clause c end in a dash, or in a comma before a question that opens with its own
 * question form ("the bowl with tofu, is the rice brown?")? A comma sets a topic off more
 * weakly than a dash: "the brownie, that one's vegan right?" asks after a dish ordered. */
static bool topic_set_off(const struct order_class_input *in, const struct order_reading *rg,
                          size_t c)
{
    static const char *const askers[] = {"is",   "are", "does",  "do",  "can",
                                         "what", "how", "which", "has", "have"};
    const struct order_clause *cl = &rg->clauses[c];
    const struct order_token *mark = &in->tokens[cl->end - 1U];
    if (mark->punct == '-')
        return true;
    const struct order_clause *next = &rg->clauses[c + 1U];
    return mark->punct == ',' && next->begin == cl->end &&
           order_tok_in(in->text, in->tokens, next->begin, next->end, askers,
                        ORDER_WORDS_N(askers));
}

/* Is clause c "what" and a pronoun standing for the dish set off before it ("what is it?",
 * "whats that exactly?"), a few words in all: what the dish is, asked of the menu, though no
 * word of the menu is in the question. */
static bool dash_what_is_it(const struct order_class_input *in, const struct order_clause *cl)
{
    enum { WHAT_IS_IT_WORDS_MAX = 4 };
    static const char *const what[] = {"what", "whats", "wats", "wat"};
    static const char *const pronouns[] = {"it", "that", "this", "they", "those", "these"};
    const struct order_token *t = in->tokens;
    if (!cl->question_form ||
        !order_tok_in(in->text, t, cl->begin, cl->end, what, ORDER_WORDS_N(what)))
        return false;
    size_t words = 0;
    bool pointed = false;
    for (size_t i = cl->begin; i < cl->end; i++) {
        words += t[i].kind == ORDER_TOKEN_WORD;
        pointed =
            pointed || order_tok_in(in->text, t, i, cl->end, pronouns, ORDER_WORDS_N(pronouns));
    }
    return pointed && words <= WHAT_IS_IT_WORDS_MAX;
}

void classify_dash_topics(const struct order_class_input *in, struct order_reading *rg)
{
    for (size_t c = 0; c + 1U < rg->n_clauses; c++) {
        struct order_clause *cl = &rg->clauses[c];
        const struct order_clause *next = &rg->clauses[c + 1U];
        if (cl->intent != ORDER_INTENT_REQUEST || cl->request_form || cl->has_quantity ||
            !(next->intent == ORDER_INTENT_QUESTION || dash_choice_asked(in, next) ||
              (in->tokens[cl->end - 1U].punct == '-' && dash_what_is_it(in, next))) ||
            next->request_form || !dash_topic_clause(in, rg, c) || !topic_set_off(in, rg, c))
            continue;
        cl->intent = ORDER_INTENT_NONE;
        rg->clauses[c + 1U].intent = ORDER_INTENT_QUESTION;
    }
}
