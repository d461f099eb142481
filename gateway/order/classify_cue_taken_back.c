/* classify_cue_taken_back.c — cue words whose matter the words around them take back, for
 * the classes (classify.c) and the reply's topic (reply.c) alike. "hours" asks when the
 * place opens, but "we spent 4 hours hiking" tells the customer's day; "pick up" is a
 * matter of collection, but "i'll pick up dinner for the kids" gets food; "pay" is a matter of
 * payment, but "do i pay for the brownie" asks its price; "wait" asks how long, but "a flan,
 * cant wait" looks forward to it; "kitchen" is a matter of the place, but "can the kitchen go
 * light on the oil" asks the restaurant for a change. Reading them in one place keeps
 * the reply from answering a matter the message was never classed as raising. */
#include "gateway/order/classify.h"
#include "gateway/order/classify_internal.h"

/* "the sandwich that comes with slaw": "comes with" after a relative "that" or "which" whose
 * noun stands before it describes the dish pointed at; it asks nothing ("does that come
 * with fries" still asks: an auxiliary stands before "that"). */
static bool classify_relative_comes(const char *text, const struct order_token *tokens,
                                    const uint8_t *roles, size_t b, size_t i, size_t e)
{
    static const char *const relatives[] = {"that", "which"};
    static const char *const asking[] = {"does", "do",   "did",   "will", "would", "can", "could",
                                         "is",   "what", "whats", "and",  "or",    "but"};
    if (!(order_tok_is(text, tokens, i, e, "comes") || order_tok_is(text, tokens, i, e, "come")) ||
        i < b + 2U || !order_tok_in(text, tokens, i - 1U, e, relatives, ORDER_WORDS_N(relatives)))
        return false;
    const struct order_token *noun = &tokens[i - 2U];
    return noun->kind == ORDER_TOKEN_WORD && roles[i - 2U] != ORDER_ROLE_OPENER &&
           !order_tok_in(text, tokens, i - 2U, e, asking, ORDER_WORDS_N(asking));
}

/* "2 apple crumbles for the grandparents at table 1", "table 4 a horchata and a flan": a
 * table named by its number after "at", "to" or "for", or opening the clause, is where the
 * dishes go, no matter of booking a table. */
static bool classify_table_place(const char *text, const struct order_token *tokens, size_t b,
                                 size_t i, size_t e)
{
    static const char *const places[] = {"at", "to", "for"};
    return order_tok_is(text, tokens, i, e, "table") &&
           (i == b || order_tok_in(text, tokens, i - 1U, e, places, ORDER_WORDS_N(places))) &&
           i + 1U < e && tokens[i + 1U].kind == ORDER_TOKEN_WORD &&
           text[tokens[i + 1U].off] >= '0' && text[tokens[i + 1U].off] <= '9';
}

/* "ordering for an open house", "the open mic tonight": "open" between an article or a
 * possessive and a noun names an event, no matter of opening hours ("are you open", "open
 * today?" still ask). */
static bool classify_open_attribute(const char *text, const struct order_token *tokens, size_t b,
                                    size_t i, size_t e)
{
    static const char *const determiners[] = {"a", "an", "the", "our", "my", "their", "your"};
    return order_tok_is(text, tokens, i, e, "open") && i > b &&
           order_tok_in(text, tokens, i - 1U, e, determiners, ORDER_WORDS_N(determiners)) &&
           i + 1U < e && tokens[i + 1U].kind == ORDER_TOKEN_WORD;
}

/* "- Bill: chips and queso": a word alone heading its clause before a colon, more after it,
 * names whom the line is for (a list by person), no matter of paying the bill. */
static bool classify_line_heading(const char *text, const struct order_token *tokens, size_t b,
                                  size_t i, size_t e)
{
    (void)text;
    for (size_t p = b; p < i; p++)
        if (tokens[p].kind != ORDER_TOKEN_PUNCT)
            return false;
    return i + 2U < e && tokens[i + 1U].kind == ORDER_TOKEN_PUNCT && tokens[i + 1U].punct == ':';
}

bool order_cue_taken_back(const struct order_understanding *u, const char *text,
                          const struct order_token *tokens, const uint8_t *roles, size_t b,
                          size_t i, size_t e)
{
    return classify_paid_for_dish(text, tokens, roles, i, e) ||
           classify_picks_up_meal(text, tokens, i, e) ||
           classify_hours_spent(u, text, tokens, b, i, e) ||
           classify_eager_wait(text, tokens, b, i, e) ||
           classify_kitchen_asked(text, tokens, b, i, e) ||
           classify_relative_comes(text, tokens, roles, b, i, e) ||
           classify_table_place(text, tokens, b, i, e) ||
           classify_open_attribute(text, tokens, b, i, e) ||
           classify_line_heading(text, tokens, b, i, e);
}
