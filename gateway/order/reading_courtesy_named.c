/* reading_courtesy_named.c — "valeu mano", "gracias amigo", "merci mon ami" (reading.h pass 1,
 * after the words): a courtesy of another language and the short words after it that end the
 * sentence name whom it thanks or greets, a friend's form of address. Such a word read only as
 * a misspelt menu word ("mano" near "mango") is no dish: the customer spoke to someone. A menu
 * word spelt as written ("gracias, churros") stays the dish it names. */
#include "gateway/order/reading_internal.h"

#include "gateway/order/language.h"

enum {
    COURTESY_NAMED_WORDS_MAX = 2, /* "mon ami", "mi amigo" */
    COURTESY_NAMED_LEN_MAX = 5,   /* a form of address is short; a dish's name seldom is */
};

/* Is token t a courtesy of another language ("valeu", "gracias", "merci"), no English word? */
static bool courtesy_foreign(const char *text, const struct order_token *tokens, size_t t)
{
    const char *w = text + tokens[t].off;
    return tokens[t].kind == ORDER_TOKEN_WORD && order_language_courtesy_in(w, tokens[t].len) &&
           !order_language_english_word(w, tokens[t].len);
}

void order_read_courtesy_named(const char *text, const struct order_token *tokens, size_t n,
                               struct order_reading *rg)
{
    for (size_t t = 0; t + 1U < n; t++) {
        size_t e = t + 1U;
        bool slip = false, menu = false;
        while (e < n && e <= t + COURTESY_NAMED_WORDS_MAX && tokens[e].kind == ORDER_TOKEN_WORD &&
               tokens[e].len <= COURTESY_NAMED_LEN_MAX) {
            slip = slip || order_token_slip_only(rg, e);
            menu = menu || (rg->n_hits[e] > 0 && !order_token_slip_only(rg, e));
            e++;
        }
        /* the words end the sentence: nothing follows them but a mark */
        bool ends = e == n || (tokens[e].kind == ORDER_TOKEN_PUNCT && tokens[e].punct != '&' &&
                               tokens[e].punct != '+' && tokens[e].punct != '/');
        /* the words after it first: a slip of a menu word is rare, a courtesy costs a probe */
        if (!slip || menu || !ends || !courtesy_foreign(text, tokens, t))
            continue;
        for (size_t k = t; k < e; k++) {
            rg->n_hits[k] = 0; /* "mano": whom the thanks are for, no mango */
            rg->roles[k] = ORDER_ROLE_FILLER;
        }
    }
}
