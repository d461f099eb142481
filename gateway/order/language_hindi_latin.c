/* language_hindi_latin.c — Hindi written in Latin letters ("ek mango smoothie dena", "mujhe do
 * falafel wrap chahiye"), told by its own words: those of language_lists[LANGUAGE_HINDI],
 * found by the index every language's words are found by (language_internal.h).
 *
 * cld2 reads Hindi in Devanagari; texted in Latin letters it is no language cld2 knows, and
 * the dish names around the words made it read as English: the Hindi verb was taken for the
 * dish's change ("dena") or the whole line for a dish the menu lacks. Its strong words count
 * 2 each, its weak ones 1. As for the languages cld2 reads (language.c), a verdict needs
 * evidence 3 with a strong word and more than twice as many Hindi words as English function
 * words. "do" is two only with no English function word in the text ("do veg burger chahiye",
 * not "do you have ... chahiye"). */
#include "gateway/order/language.h"
#include "gateway/order/language_internal.h"

#include <string.h>

enum { HINDI_EVIDENCE_MIN = 3 };

bool order_language_hindi_asks(const char *text, size_t len)
{
    char word[LANGUAGE_WORD_MAX + 1];
    size_t at = 0;
    bool fits;
    while (language_next_word((const unsigned char *)text, len, &at, word, &fits))
        if (fits && language_marks_of(word).asks >> LANGUAGE_HINDI & 1)
            return true;
    return false;
}

bool order_language_hindi_latin(const char *text, size_t len, char code[ORDER_LANGUAGE_CODE_MAX])
{
    int evidence = 0, strong = 0, hindi = 0, english = 0, twos = 0;
    char word[LANGUAGE_WORD_MAX + 1];
    size_t at = 0;
    bool fits;
    while (language_next_word((const unsigned char *)text, len, &at, word, &fits)) {
        if (!fits)
            continue;
        if (strcmp(word, "do") == 0) {
            twos++; /* two, or English "do": told below */
            continue;
        }
        struct language_marks m = language_marks_of(word);
        if (m.strong >> LANGUAGE_HINDI & 1) {
            strong++, hindi++, evidence += 2;
        } else if (m.weak >> LANGUAGE_HINDI & 1) {
            hindi++, evidence++;
        } else {
            english += m.english;
        }
    }
    if (english == 0) { /* no English word around it: "do" is the count two */
        hindi += twos;
        evidence += twos;
    }
    if (strong == 0 || evidence < HINDI_EVIDENCE_MIN || hindi <= 2 * english)
        return false;
    memcpy(code, "hi", 3);
    return true;
}
