/* language_walk.c — a text's words as the language lists are written: runs of letters,
 * lowercased (see language_internal.h). One walk for every language, Hindi in Latin letters,
 * Russian in Cyrillic ones and Vietnamese among them, so a word is cut and folded alike
 * wherever it is looked up. */
#include "gateway/order/language_internal.h"

#include <string.h>

/* The small letter of the Latin Extended letter cp (U+0100..U+024F), cp itself when it is no
 * capital this knows. Latin Extended-A follows each capital with its small letter: from an
 * even code point in U+0100..U+0137 and U+014A..U+0177 ("Ł" is odd: U+0139..U+0148 and
 * U+0179..U+017E); Vietnamese writes two of Latin Extended-B, "Ơ" and "Ư", paired alike. "İ"
 * (U+0130) is left as it is: its small letter is Turkish "i", no letter of the block. */
static unsigned language_extended_lower(unsigned cp)
{
    bool even_pair = (cp >= 0x100 && cp <= 0x137 && cp != 0x130) || (cp >= 0x14A && cp <= 0x177);
    bool odd_pair = (cp >= 0x139 && cp <= 0x148) || (cp >= 0x179 && cp <= 0x17E);
    if ((even_pair && cp % 2 == 0) || (odd_pair && cp % 2 == 1) || cp == 0x1A0 || cp == 0x1AF)
        return cp + 1;
    return cp;
}

/* Bytes of the letter starting at s[0] (s has n > 0 bytes), written lowercased to out; 0
 * when s[0] starts no letter. Letters are ASCII ones, Latin-1 / Latin Extended ones (lead
 * bytes 0xC3-0xC9, all the listed words need), Cyrillic ones (lead bytes 0xD0-0xD1) and the
 * Latin letters with two marks Vietnamese writes (U+1EA0..U+1EF9, "ạ", "ố"); everything else
 * (digits, apostrophes, "¿", emoji, other scripts) separates words. */
static size_t language_letter(const unsigned char *s, size_t n, unsigned char out[3])
{
    if ((s[0] >= 'a' && s[0] <= 'z') || (s[0] >= 'A' && s[0] <= 'Z')) {
        out[0] = (unsigned char)(s[0] | 0x20);
        return 1;
    }
    if (s[0] == 0xE1 && n >= 3 && (s[1] == 0xBA || s[1] == 0xBB) && (s[2] & 0xC0) == 0x80 &&
        (s[1] == 0xBB || s[2] >= 0xA0) && (s[1] == 0xBA || s[2] <= 0xB9)) {
        out[0] = s[0]; /* upper and lower case alternate: the odd code point is the lower */
        out[1] = s[1];
        out[2] = (unsigned char)(s[2] | 1);
        return 3;
    }
    bool cyrillic = s[0] == 0xD0 || s[0] == 0xD1;
    if (((s[0] < 0xC3 || s[0] > 0xC9) && !cyrillic) || n < 2 || (s[1] & 0xC0) != 0x80)
        return 0;
    if (s[0] == 0xC3 && (s[1] == 0x97 || s[1] == 0xB7)) /* × and ÷ */
        return 0;
    out[0] = s[0];
    out[1] = s[1];
    if (s[0] == 0xC3 && s[1] <= 0x9E) /* À-Þ -> à-þ */
        out[1] = (unsigned char)(s[1] + 0x20);
    if (s[0] >= 0xC4 && s[0] <= 0xC9) { /* Ł -> ł, Ơ -> ơ, Đ -> đ ("ƠI CẢM ƠN") */
        unsigned cp = language_extended_lower((s[0] & 0x1Fu) << 6 | (s[1] & 0x3Fu));
        out[0] = (unsigned char)(0xC0 | cp >> 6);
        out[1] = (unsigned char)(0x80 | (cp & 0x3F));
    }
    if (s[0] == 0xD0 && s[1] >= 0x90 && s[1] <= 0x9F) /* А-П -> а-п */
        out[1] = (unsigned char)(s[1] + 0x20);
    if (s[0] == 0xD0 && s[1] >= 0xA0 && s[1] <= 0xAF) { /* Р-Я -> р-я */
        out[0] = 0xD1;
        out[1] = (unsigned char)(s[1] - 0x20);
    }
    if (s[0] == 0xD0 && s[1] <= 0x8F) { /* Ѐ-Џ -> ѐ-џ: Ё -> ё, and Ukrainian Є, І, Ї */
        out[0] = 0xD1;
        out[1] = (unsigned char)(s[1] + 0x10);
    }
    return 2;
}

bool language_next_word(const unsigned char *s, size_t len, size_t *at,
                        char word[LANGUAGE_WORD_MAX + 1], bool *fits)
{
    size_t i = *at, w = 0;
    for (;;) {
        /* an ASCII letter, most of every text, without the call: as language_letter folds it */
        if (i < len && (unsigned)((s[i] | 0x20) - 'a') < 26u) {
            if (w < LANGUAGE_WORD_MAX)
                word[w] = (char)(s[i] | 0x20);
            w++;
            i++;
            continue;
        }
        /* any other letter has a lead byte 0xC3-0xC9 (Latin), 0xD0-0xD1 (Cyrillic) or 0xE1
         * (Vietnamese); every byte outside 0xC3-0xE1 separates words without the call */
        unsigned char letter[3];
        size_t n =
            i < len && s[i] >= 0xC3 && s[i] <= 0xE1 ? language_letter(s + i, len - i, letter) : 0;
        if (n) {
            if (w + n <= LANGUAGE_WORD_MAX)
                memcpy(word + w, letter, n);
            w += n;
            i += n;
            continue;
        }
        if (w) {
            *fits = w <= LANGUAGE_WORD_MAX;
            if (*fits)
                word[w] = '\0';
            *at = i;
            return true;
        }
        if (i >= len) {
            *at = len;
            return false;
        }
        i++;
    }
}
