/* typo_keys.c — whether the one changed letter of a word is a slip of the hand or of the ear
 * (reading_possessed_slip.c). A slip of the hand changes a letter for one beside it on the
 * keyboard ("tavo" for "taco", "wrsp" for "wrap"); a slip of the ear changes a vowel for another
 * ("tocos") or a consonant for one of a near sound ("quezo" for "queso"). Two consonants far
 * apart on the keyboard and in sound ("k" for "t": "bikes" against "bites") make another word,
 * no misspelling. */
#include "gateway/order/typo_keys.h"

#include <stdlib.h>
#include <string.h>

#include "gateway/order/reading.h"

/* QWERTY rows; a key's neighbours are the keys beside it in its row and the two nearest in
 * the rows above and below (offset by half a key) */
static const char *const typo_rows[] = {"qwertyuiop", "asdfghjkl", "zxcvbnm"};

static bool typo_key_at(char c, int *row, int *col)
{
    for (int r = 0; r < 3; r++) {
        const char *p = strchr(typo_rows[r], c);
        if (p && c != '\0') {
            *row = r;
            *col = (int)(p - typo_rows[r]);
            return true;
        }
    }
    return false;
}

static bool typo_keys_beside(char a, char b)
{
    int ra, ca, rb, cb;
    if (!typo_key_at(a, &ra, &ca) || !typo_key_at(b, &rb, &cb))
        return true; /* not a letter: nothing to tell */
    if (ra == rb)
        return abs(ca - cb) == 1;
    if (abs(ra - rb) != 1)
        return false;
    /* each row below starts half a key to the right of the one above it */
    int upper = ra < rb ? ca : cb, lower = ra < rb ? cb : ca;
    return lower == upper || lower == upper - 1;
}

static bool typo_vowel(char c)
{
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
}

/* consonants spelt for one another by ear */
static bool typo_sound_alike(char a, char b)
{
    static const char *const pairs[] = {"ck", "cs", "sz", "kq", "gj", "bp", "dt",
                                        "fv", "mn", "vw", "xz", "cq", "lr", "sx"};
    for (size_t i = 0; i < ORDER_WORDS_N(pairs); i++)
        if ((pairs[i][0] == a && pairs[i][1] == b) || (pairs[i][0] == b && pairs[i][1] == a))
            return true;
    return false;
}

bool order_typo_far_letter(const char *w, const char *x, size_t len)
{
    size_t at = len;
    for (size_t i = 0; i < len; i++)
        if (w[i] != x[i]) {
            if (at != len)
                return false; /* more than one letter changed: not this kind of edit */
            at = i;
        }
    if (at == len)
        return false;
    char a = w[at], b = x[at];
    if (typo_vowel(a) || typo_vowel(b))
        return false;
    return !typo_keys_beside(a, b) && !typo_sound_alike(a, b);
}
