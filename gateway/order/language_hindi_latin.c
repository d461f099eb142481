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

void language_hindi_count_word(struct language_hindi_count *c, const char *word,
                               struct language_marks m)
{
    if (word[0] == 'd' && word[1] == 'o' && word[2] == '\0') {
        c->twos++; /* two, or English "do": told by language_hindi_verdict */
        return;
    }
    if (m.strong >> LANGUAGE_HINDI & 1) {
        c->strong++, c->hindi++, c->evidence += 2;
    } else if (m.weak >> LANGUAGE_HINDI & 1) {
        c->hindi++, c->evidence++;
    } else {
        c->english += m.english;
    }
}

bool language_hindi_verdict(const struct language_hindi_count *c, char *code)
{
    int hindi = c->hindi, evidence = c->evidence;
    if (c->english == 0) { /* no English word around it: "do" is the count two */
        hindi += c->twos;
        evidence += c->twos;
    }
    if (c->strong == 0 || evidence < HINDI_EVIDENCE_MIN || hindi <= 2 * c->english)
        return false;
    memcpy(code, "hi", 3);
    return true;
}
