/* reading_line_heading.c — "Driver (Kev): cheeseburger well done", "Back seat (twins): kids
 * nuggets each" (reading.h pass 1, after the clauses): a line that opens with a few words no
 * menu word reads, maybe a name in brackets, then a colon and a dish or a count, is headed by
 * whom it is for. The heading's words are no matter of the message: "driver" there is a seat
 * in the car, not the delivery the word would otherwise speak of. */
#include <string.h>

#include "gateway/order/food.h"
#include "gateway/order/reading_internal.h"

enum { HEADING_WORDS_MAX = 3 };

/* Does token t open a line or a piece of a list: the message's start, or after a new line,
 * '/', ';' or a sentence's end? */
static bool heading_opens(const struct order_token *tokens, size_t t)
{
    return t == 0 || (tokens[t - 1U].kind == ORDER_TOKEN_PUNCT &&
                      strchr("\n/;.!", tokens[t - 1U].punct) != NULL);
}

/* The colon that ends a heading opening at t (a few words no menu word reads, a bracketed
 * aside maybe), or 0 when none does. */
static size_t heading_colon(const struct order_reader *rd, const char *text,
                            const struct order_token *tokens, size_t n,
                            const struct order_reading *rg, size_t t)
{
    /* "qty: 2 - ...", "two each: ...", "all 3: ...": a count heads the line, no person */
    static const char *const counting[] = {"qty", "quantity", "each", "all", "both", "x"};
    size_t p = t, words = 0;
    int32_t v;
    while (p < n && tokens[p].kind == ORDER_TOKEN_WORD && rg->n_hits[p] == 0 &&
           words < HEADING_WORDS_MAX) {
        if (order_tok_in(text, tokens, p, n, counting, ORDER_WORDS_N(counting)) ||
            order_read_quantity(rd->u, text, tokens, p, n, &v) > 0 ||
            order_food_word(rd->food, text + tokens[p].off, tokens[p].len))
            return 0; /* "pozole: 2 flan": a dish the menu lacks heads it, asked for */
        p++;
        words++;
    }
    if (words == 0)
        return 0;
    if (p < n && tokens[p].kind == ORDER_TOKEN_PUNCT && tokens[p].punct == '(') {
        p++;
        while (p < n && tokens[p].kind == ORDER_TOKEN_WORD && rg->n_hits[p] == 0)
            p++;
        if (p >= n || tokens[p].kind != ORDER_TOKEN_PUNCT || tokens[p].punct != ')')
            return 0;
        p++;
    }
    return p < n && tokens[p].kind == ORDER_TOKEN_PUNCT && tokens[p].punct == ':' ? p : 0;
}

void order_read_line_headings(const struct order_reader *rd, const char *text,
                              const struct order_token *tokens, size_t n, struct order_reading *rg)
{
    for (size_t t = 0; t + 2U < n; t++) {
        if (!heading_opens(tokens, t))
            continue;
        size_t colon = heading_colon(rd, text, tokens, n, rg, t);
        if (colon == 0 || colon + 1U >= n || tokens[colon + 1U].kind != ORDER_TOKEN_WORD)
            continue;
        const char *next = text + tokens[colon + 1U].off;
        if (rg->n_hits[colon + 1U] == 0 && !(next[0] >= '0' && next[0] <= '9'))
            continue; /* "note: ...": no dish or count after it */
        for (size_t k = t; k < colon; k++)
            if (tokens[k].kind == ORDER_TOKEN_WORD && rg->roles[k] == ORDER_ROLE_NONE)
                rg->roles[k] = ORDER_ROLE_FILLER;
        t = colon;
    }
}
