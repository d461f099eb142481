/* normalize_elided.c — "of" and "and" written with their last letter elided ("a cup o' tea",
 * "two o' the wraps", "fries an' a shake"). The match form drops apostrophes, which leaves "o"
 * and "an": no count reads "two o the wraps" as "two of", and "an" reads as an article. The
 * apostrophe that ends such a standalone word, a blank or the end after it, is written as the
 * letter it stands for, so "o'" reads "of" and "an'" reads "and"; "o'clock" or "O'Brien",
 * where a letter follows, are left as they are. */
#include <stdbool.h>
#include <stdint.h>

#include "gateway/order/normalize.h"

/* Is c a letter or digit of a word (any non-ASCII code point counts as one)? */
static bool elided_word_char(int32_t c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80;
}

int32_t order_elided_letter(const int32_t *cps, int i, int n)
{
    if (i + 1 < n && (elided_word_char(cps[i + 1]) || cps[i + 1] == '\''))
        return 0; /* "o'clock": a letter follows */
    if (i >= 1 && (cps[i - 1] == 'o' || cps[i - 1] == 'O') &&
        (i < 2 || !elided_word_char(cps[i - 2])))
        return 'f'; /* "o'": of */
    if (i >= 2 && (cps[i - 1] == 'n' || cps[i - 1] == 'N') &&
        (cps[i - 2] == 'a' || cps[i - 2] == 'A') && (i < 3 || !elided_word_char(cps[i - 3])))
        return 'd'; /* "an'": and */
    return 0;
}
