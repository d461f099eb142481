/* word_slips.c — a word no lexicon knows told by its letters: four consonants in a row
 * ("trnksa") are keys hit in a hurry, text a person has to read back, unless the word is one
 * slip of a key from an English or food word ("nachps"), which it then misspells. */
#include <stdio.h>
#include <string.h>

#include "gateway/order/reading.h"

/* Does w[0..len) hold four consonants in a row ("trnksa")? English and the cuisines a menu
 * borrows from say no such run; German "sch" is one sound ("schnapps"). */
static bool read_consonant_run(const char *w, size_t len)
{
    enum { CONSONANT_RUN_MAX = 3 };
    size_t run = 0;
    for (size_t k = 0; k < len; k++) {
        if (w[k] < 'a' || w[k] > 'z' || strchr("aeiouy", w[k]))
            run = 0;
        else if (run == 0 && k + 3U < len && memcmp(w + k, "sch", 3) == 0)
            k += 2U;
        else if (++run > CONSONANT_RUN_MAX)
            return true;
    }
    return false;
}

/* Is x[0..len) an English word or a food's? */
static bool read_known_word(const struct order_reader *rd, const char *x, size_t len)
{
    return order_dictionary_has(rd->dict, x, len) || order_food_word(rd->food, x, len);
}

/* Is w[0..len) one slip of a key from an English word or a food's: a letter slipped in,
 * left out or hit for another ("sticfks", "nachps", "gwrlic")? Its consonants run by the
 * slip, not by a name nobody can read. */
static bool read_one_slip(const struct order_reader *rd, const char *w, size_t len)
{
    char e[ORDER_LEX_WORD_BYTES_MAX];
    if (len < 2 || len + 1U > sizeof(e))
        return false;
    for (size_t k = 0; k < len; k++) { /* slipped in */
        memcpy(e, w, k);
        memcpy(e + k, w + k + 1U, len - k - 1U);
        if (read_known_word(rd, e, len - 1U))
            return true;
    }
    memcpy(e, w, len);
    for (size_t k = 0; k < len; k++) { /* hit for another */
        for (char c = 'a'; c <= 'z'; c++) {
            e[k] = c;
            if (c != w[k] && read_known_word(rd, e, len))
                return true;
        }
        e[k] = w[k];
    }
    for (size_t k = 0; k <= len; k++) { /* left out */
        memcpy(e, w, k);
        memcpy(e + k + 1U, w + k, len - k);
        for (char c = 'a'; c <= 'z'; c++) {
            e[k] = c;
            if (read_known_word(rd, e, len + 1U))
                return true;
        }
    }
    return false;
}

bool order_read_keys_run(const struct order_reader *rd, const char *w, size_t len)
{
    return read_consonant_run(w, len) && !read_one_slip(rd, w, len);
}
