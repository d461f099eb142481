/* change_taken_off.c — a change said with its part first and a participle of taking it off
 * after ("pickled turnip omitted", "onions removed", "the mayo excluded"), or "off" ("pickles
 * off": the part taken off, as a cook says it), as "added" closes an addition ("chicken
 * added"), "take the onions off" too: the labels write a removal "no <part>". The zone of such a
 * change is read in reading_zone_closers.c; here its words are written as a removal. */
#include <string.h>

#include "gateway/order/reading.h"

static const char *const change_taken_off_words[] = {"omitted", "removed", "excluded", "off"};

bool order_change_taken_off_word(const char *w, size_t len)
{
    for (size_t k = 0; k < ORDER_WORDS_N(change_taken_off_words); k++)
        if (strlen(change_taken_off_words[k]) == len &&
            memcmp(change_taken_off_words[k], w, len) == 0)
            return true;
    return false;
}

void order_change_taken_off(char *mod, size_t cap)
{
    char *sp = strrchr(mod, ' ');
    if (!sp || sp == mod || !order_change_taken_off_word(sp + 1, strlen(sp + 1)))
        return;
    size_t n = (size_t)(sp - mod);
    const char *part = mod;
    /* "take the onions off": the verb of taking before the part says how, as "off" does */
    static const char *const taking[] = {"take ", "leave ", "keep "};
    for (size_t k = 0; k < ORDER_WORDS_N(taking); k++) {
        size_t l = strlen(taking[k]);
        if (n > l && memcmp(part, taking[k], l) == 0) {
            part += l;
            n -= l;
            break;
        }
    }
    if (n > 4 && memcmp(part, "the ", 4) == 0) { /* "the mayo omitted": "no mayo" */
        part += 4;
        n -= 4;
    }
    if (n + 4U > cap || (n >= 3 && memcmp(part, "no ", 3) == 0))
        return;
    memmove(mod + 3, part, n);
    memcpy(mod, "no ", 3);
    mod[n + 3] = '\0';
}
