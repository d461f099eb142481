/* change_typos_far.c — a change's long misspelt word further from the menu's word than one
 * letter (reading.h): "no parmasean" is two edits from "parmesan". A long word is misspelt
 * twice as easily as a short one is once, and its first letter is misheard or mistyped as a
 * letter of the same sound ("calamata" for "kalamata"): a word of seven letters
 * or more that is no English or food word is the one menu word two edits from it, both of eight
 * letters or more, or the one word equal to it but for its first letter. Short words stay one
 * letter away, where two edits would make many ordinary words a menu's. */
#include <string.h>

#include "gateway/order/lexicon.h"
#include "gateway/order/reading.h"

enum { FAR_WORD_MIN = 7, FAR_TWO_EDITS_MIN = 8, FAR_WORD_BYTES = 32 };

/* Is menu word b[0..l) what w[0..len) misspells by the wider reach: the same but for its first
 * letter, or, both eight letters or more and starting alike, two edits away? */
static bool far_typo_of(const char *w, size_t len, const char *b, size_t l)
{
    if (l < FAR_WORD_MIN || l >= FAR_WORD_BYTES)
        return false;
    if (b[0] != w[0])
        return l == len && memcmp(b + 1, w + 1, len - 1U) == 0;
    return len >= FAR_TWO_EDITS_MIN && l >= FAR_TWO_EDITS_MIN &&
           order_edit_distance(w, len, b, l, 2) <= 2;
}

bool order_menu_far_word(const struct order_lexicon *lx, const char *w, size_t len, char *out)
{
    if (len < FAR_WORD_MIN || len >= FAR_WORD_BYTES)
        return false;
    return order_menu_one_word(lx, w, len, NULL, far_typo_of, out);
}
