/* attach_purpose.c — what a dish is ordered for, said after it: "one flan to try", "2 tacos
 * to find out", "a churro to taste". An infinitive of trying, tasting or finding out says
 * why the customer orders, not how the dish is made; read as a change it was passed to the
 * kitchen, as "to share" and "to go" are not. So is an infinitive whose object is a person
 * and a noun of theirs ("to keep us company"). */
#include "gateway/order/attach_internal.h"
#include "gateway/order/dictionary.h"
#include "gateway/order/lexicon.h"

bool attach_purpose_piece(const struct attach_state *st, size_t a, size_t b)
{
    if (!ORDER_CUES_ANY(&st->cues, "to") ||
        !ORDER_CUES_ANY(&st->cues, "try", "taste", "sample", "test", "find", "see", "compare",
                        "check", "judge", "decide"))
        return false;
    static const char *const trying[] = {"try", "taste",   "sample", "test",  "find",
                                         "see", "compare", "check",  "judge", "decide"};
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    if (b < a + 2U || !order_tok_is(text, t, a, b, "to") ||
        !order_tok_in(text, t, a + 1U, b, trying, ORDER_WORDS_N(trying)))
        return false;
    for (size_t p = a + 2U; p < b; p++)
        if (st->rg->roles[p] == ORDER_ROLE_ITEM)
            return false; /* "to try with the flan": a dish follows */
    return true;
}

/* Are the words [a, b) an infinitive of purpose whose object is a person and a noun of their
 * own ("to keep us company", "to fuel my morning", "to cheer our team")? Said after a dish it
 * tells what the dish is for, no change: a change of the dish says how it is made, and none is
 * a verb, a person and a noun that is no adjective, no menu word and no change's word; "to keep
 * them warm" ends in an adjective and stays the change it asks for. */
bool attach_purpose_of_person(const struct attach_state *st, size_t a, size_t b)
{
    if (!ORDER_CUES_ANY(&st->rg->cues, "to") ||
        !ORDER_CUES_ANY(&st->rg->cues, "me", "us", "them", "him", "her", "my", "our", "your", "yer",
                        "their", "his"))
        return false;
    static const char *const persons[] = {"me",  "us",   "them", "him",   "her", "my",
                                          "our", "your", "yer",  "their", "his"};
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    if (b != a + 4U || !order_tok_is(text, t, a, b, "to") || t[a + 1U].kind != ORDER_TOKEN_WORD ||
        t[a + 3U].kind != ORDER_TOKEN_WORD || order_tok_is(text, t, a + 1U, b, "make") ||
        !order_tok_in(text, t, a + 2U, b, persons, ORDER_WORDS_N(persons)))
        return false;
    const struct order_token *noun = &t[a + 3U];
    for (size_t p = a + 1U; p < b; p++)
        if (st->rg->roles[p] == ORDER_ROLE_ITEM ||
            order_lexicon_word(st->rd->lex, text + t[p].off, t[p].len) >= 0)
            return false; /* "to top my burger": a dish or a word of one is named */
    return !order_dictionary_has(st->rd->lex->adjectives, text + noun->off, noun->len) &&
           order_patterns_longest(&st->rd->u->modifiers, text, t, a + 1U, b, NULL) == 0;
}
