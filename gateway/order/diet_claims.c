/* diet_claims.c — what the menu claims of an item's diet (diet_claims.h). */
#define _GNU_SOURCE /* strcasestr */
#include "gateway/order/diet_claims.h"

#include <stdbool.h>
#include <string.h>
#include <strings.h>

/* Words that may stand beside diet words in a claim clause ("vegan and gluten-free",
 * "fully vegan"); any other word makes the clause something else ("can be made vegan"). */
static const char *const claims_words[] = {"and",      "fully",      "also",     "100%",
                                           "entirely", "completely", "naturally"};

static bool claims_word_char(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
           (unsigned char)c >= 0x80;
}

/* Is s[0..len) one of the diet words or of the claim words? Sets *named when it is `diet`. */
static bool claims_word(const struct order_understanding *u, const char *s, size_t len,
                        const char *diet, bool *named)
{
    if (strlen(diet) == len && strncasecmp(s, diet, len) == 0) {
        *named = true;
        return true;
    }
    for (size_t d = 0; d < u->n_diets; d++)
        if (strlen(u->diets[d]) == len && strncasecmp(s, u->diets[d], len) == 0)
            return true;
    for (size_t w = 0; w < sizeof(claims_words) / sizeof(claims_words[0]); w++)
        if (strlen(claims_words[w]) == len && strncasecmp(s, claims_words[w], len) == 0)
            return true;
    return false;
}

/* Is clause s[0..len) a claim naming diet: nothing but diet and claim words? */
static bool claims_clause(const struct order_understanding *u, const char *s, size_t len,
                          const char *diet)
{
    bool named = false;
    size_t i = 0;
    while (i < len) {
        while (i < len && s[i] == ' ')
            i++;
        size_t start = i;
        while (i < len && s[i] != ' ')
            i++;
        if (i > start && !claims_word(u, s + start, i - start, diet, &named))
            return false;
    }
    return named;
}

/* Does the item's name carry the word, or a clause of its description (between , ; . ( ) !)
 * claim it? */
static bool claims_item_says(const struct order_understanding *u, const struct menu_item *it,
                             const char *diet)
{
    size_t dlen = strlen(diet);
    for (const char *s = it->name; (s = strcasestr(s, diet)) != NULL; s++)
        if ((s == it->name || !claims_word_char(s[-1])) && !claims_word_char(s[dlen]))
            return true;
    const char *d = it->description;
    while (*d) {
        size_t len = strcspn(d, ",;.()!");
        if (claims_clause(u, d, len, diet))
            return true;
        d += len + (d[len] != '\0');
    }
    return false;
}

bool order_item_claims_diet(const struct order_understanding *u, const struct menu_item *it,
                            size_t diet)
{
    if (claims_item_says(u, it, u->diets[diet]))
        return true;
    for (size_t i = 0; i < u->n_diet_implied_by; i++)
        if (u->diet_implied_by[i].diet == diet &&
            claims_item_says(u, it, u->diets[u->diet_implied_by[i].by]))
            return true;
    return false;
}
