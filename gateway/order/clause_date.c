/* clause_date.c — a day of a month, "11 Oct", "Oct 11", "3rd of June", "June 3rd": when the
 * order is for, no count and no dish. Read otherwise the day is a count of the words after
 * it and the month a word to ask about ("oct" is close to nothing on a menu, but a leftover
 * all the same). Only a month beside a day reads so: "may" and "mar" alone are words. */
#include <string.h>

#include "gateway/order/clause_internal.h"

static const char *const months[] = {
    "january",   "february", "march",    "april",    "may",  "june", "july", "august",
    "september", "october",  "november", "december", "jan",  "feb",  "mar",  "apr",
    "jun",       "jul",      "aug",      "sep",      "sept", "oct",  "nov",  "dec"};

/* Is the word at i a day of a month: 1 to 31 in digits, an ordinal suffix perhaps ("3rd")? */
static bool date_day_at(const char *text, const struct order_token *tokens, size_t i, size_t e)
{
    if (i >= e || tokens[i].kind != ORDER_TOKEN_WORD)
        return false;
    const char *w = text + tokens[i].off;
    size_t len = tokens[i].len, d = 0;
    int day = 0;
    while (d < len && d < 2U && w[d] >= '0' && w[d] <= '9')
        day = day * 10 + (w[d++] - '0');
    if (d == 0 || day < 1 || day > 31)
        return false;
    static const char *const ordinal[] = {"st", "nd", "rd", "th"};
    if (d == len)
        return true;
    for (size_t k = 0; k < ORDER_WORDS_N(ordinal); k++)
        if (len - d == 2U && memcmp(w + d, ordinal[k], 2) == 0)
            return true;
    return false;
}

void clause_dates(const char *text, const struct order_token *tokens, size_t s, size_t e,
                  struct order_reading *out)
{
    if (!ORDER_CUES_ANY(&out->cues, "january", "february", "march", "april", "may", "june", "july",
                        "august", "september", "october", "november", "december") &&
        !ORDER_CUES_ANY(&out->cues, "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
                        "oct", "nov", "dec"))
        return;
    for (size_t i = s; i < e; i++) {
        if (!CLAUSE_IN(months, i) || out->roles[i] != ORDER_ROLE_NONE)
            continue;
        size_t a = i, b = i + 1U;
        if (i > s && date_day_at(text, tokens, i - 1U, e)) /* "11 oct" */
            a = i - 1U;
        else if (i > s + 1U && order_tok_is(text, tokens, i - 1U, e, "of") &&
                 date_day_at(text, tokens, i - 2U, e)) /* "3rd of june" */
            a = i - 2U;
        else if (date_day_at(text, tokens, i + 1U, e)) /* "oct 11" */
            b = i + 2U;
        else
            continue;
        for (size_t p = a; p < b; p++)
            if (out->roles[p] == ORDER_ROLE_NONE)
                out->roles[p] = ORDER_ROLE_FILLER;
    }
}
