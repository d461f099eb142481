/* texted_leads.c — a change the understanding lists, its lead word texted short ("xtra
 * spicy", "xtr cheese", "dbl patty"). Phones and hurried texters clip "extra" to "xtra"; the
 * changes are listed with the whole word, so "xtra spicy" was no listed change: the words after it
 * ran into the dish ("xtra spicy al pastor burrito" named nothing, and "spicy" then read as a
 * question about heat). Here the clipped lead is read as the whole word over a short window
 * of the clause, and the listed changes are matched there, token for token. */
#include <string.h>

#include "gateway/order/reading_internal.h"

/* The whole word a lead texted short stands for, or NULL. */
static const char *texted_lead_word(const char *text, const struct order_token *t)
{
    if (order_token_is(text, t, "xtra") || order_token_is(text, t, "xtr"))
        return "extra";
    if (order_token_is(text, t, "dbl"))
        return "double"; /* "dbl patty" */
    return NULL;
}

size_t read_listed_change(const struct order_reader *rd, const char *text,
                          const struct order_token *tokens, size_t i, size_t e)
{
    enum { WINDOW = 6 }; /* the longest listed change is shorter than this */
    size_t m = order_patterns_longest(&rd->u->modifiers, text, tokens, i, e, NULL);
    const char *whole =
        i < e && tokens[i].kind == ORDER_TOKEN_WORD ? texted_lead_word(text, &tokens[i]) : NULL;
    if (m > 0 || whole == NULL)
        return m;
    /* the window rewritten with the whole word first, the tokens after it as they are */
    char buf[ORDER_PHRASE_BYTES_MAX];
    struct order_token win[WINDOW];
    size_t n = 0, o = strlen(whole);
    memcpy(buf, whole, o);
    win[n++] = (struct order_token){.off = 0, .len = (uint16_t)o, .kind = ORDER_TOKEN_WORD};
    for (size_t k = i + 1U; k < e && n < WINDOW; k++) {
        if (o + 1U + tokens[k].len >= sizeof(buf))
            break;
        buf[o++] = ' ';
        win[n] = tokens[k];
        win[n].off = (uint32_t)o;
        memcpy(buf + o, text + tokens[k].off, tokens[k].len);
        o += tokens[k].len;
        n++;
    }
    buf[o] = '\0';
    return order_patterns_longest(&rd->u->modifiers, buf, win, 0, n, NULL);
}
