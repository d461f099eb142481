/* language_hindi_latin.c — Hindi written in Latin letters ("ek mango smoothie dena", "mujhe do
 * falafel wrap chahiye"), told by its own words.
 *
 * cld2 reads Hindi in Devanagari; texted in Latin letters it is no language cld2 knows, and
 * the dish names around the words made it read as English: the Hindi verb was taken for the
 * dish's change ("dena") or the whole line for a dish the menu lacks. Its verbs of wanting
 * and giving, pronouns, copula and question words never occur in an English dish name (strong,
 * 2 each); "ek" (one), "aur" (and) and the postpositions may (weak, 1 each). As for the
 * listed languages (language.c), a verdict needs evidence 3 with a strong word and more than
 * twice as many Hindi words as English function words. "do" is two only with no English
 * function word in the text ("do veg burger chahiye", not "do you have ... chahiye"); "ya",
 * "se", "teen", "char" are English spellings, left out. */
#include "gateway/order/language.h"

#include <string.h>

static const char *const hindi_strong[] = {
    "chahiye", "chahie", "chaiye",    "chahiya",  "chahte", "chahta", "chahti", "dena",
    "dedo",    "dijiye", "dijie",     "dijiyega", "mujhe",  "muje",   "humein", "hamein",
    "humko",   "mujhko", "mera",      "meri",     "hamara", "aap",    "aapka",  "aapke",
    "kya",     "kitna",  "kitne",     "kitni",    "hai",    "hain",   "nahi",   "nahin",
    "bhai",    "bhaiya", "yaar",      "milega",   "milegi", "bhejo",  "bhejna", "karo",
    "kijiye",  "kripya", "dhanyavad", "shukriya", "accha",  "acha",   "theek",  "thik",
    "wala",    "wali",   "waala",     "waali",    NULL,
};
static const char *const hindi_weak[] = {
    "ek", "aur", "mein", "bina", "saath", "ko", "paanch", "chaar", "namaste", NULL,
};

enum { HINDI_WORD_MAX = 15, HINDI_EVIDENCE_MIN = 3 };

static bool hindi_listed(const char *const *list, const char *word)
{
    for (; *list; list++)
        if ((*list)[0] == word[0] && strcmp(*list, word) == 0)
            return true;
    return false;
}

/* Hindi asks with a question word or the particle "kya", a question mark or not ("falafel
 * wrap kitne ka hai", "veg burger milega kya") */
static const char *const hindi_question[] = {
    "kya", "kitna", "kitne", "kitni", "kab", "kahan", "kaise", "kaun", "kyun", "kaunsa", NULL,
};

/* The next ASCII word of text[0..len) from *at, lowercased into word; its length, 0 at the
 * end; a word longer than HINDI_WORD_MAX gives HINDI_WORD_MAX + 1 and is matched by no list. */
static size_t hindi_next_word(const char *text, size_t len, size_t *at, char *word)
{
    size_t i = *at;
    for (;;) {
        size_t w = 0;
        for (; i < len && ((text[i] | 0x20) >= 'a' && (text[i] | 0x20) <= 'z'); i++)
            if (w < HINDI_WORD_MAX + 1)
                word[w++] = (char)(text[i] | 0x20);
        if (w) {
            word[w < HINDI_WORD_MAX + 1 ? w : HINDI_WORD_MAX] = '\0';
            *at = i;
            return w;
        }
        if (i >= len) {
            *at = len;
            return 0;
        }
        i++;
    }
}

bool order_language_hindi_asks(const char *text, size_t len)
{
    char word[HINDI_WORD_MAX + 1];
    size_t at = 0, w;
    while ((w = hindi_next_word(text, len, &at, word)) != 0)
        if (w <= HINDI_WORD_MAX && hindi_listed(hindi_question, word))
            return true;
    return false;
}

/* Does text[0..len) hold a strong Hindi word? Without one no verdict is given, so the count
 * below (and its English words) is asked only when one is there. */
static bool hindi_any_strong(const char *text, size_t len)
{
    char word[HINDI_WORD_MAX + 1];
    size_t at = 0, w;
    while ((w = hindi_next_word(text, len, &at, word)) != 0)
        if (w <= HINDI_WORD_MAX && hindi_listed(hindi_strong, word))
            return true;
    return false;
}

bool order_language_hindi_latin(const char *text, size_t len, char code[ORDER_LANGUAGE_CODE_MAX])
{
    if (!hindi_any_strong(text, len))
        return false;
    int evidence = 0, strong = 0, hindi = 0, english = 0, twos = 0;
    char word[HINDI_WORD_MAX + 1];
    size_t at = 0, w;
    while ((w = hindi_next_word(text, len, &at, word)) != 0) {
        if (w > HINDI_WORD_MAX)
            continue;
        if (w == 2 && memcmp(word, "do", 2) == 0) {
            twos++; /* two, or English "do": told below */
            continue;
        }
        if (hindi_listed(hindi_strong, word)) {
            strong++, hindi++, evidence += 2;
        } else if (hindi_listed(hindi_weak, word)) {
            hindi++, evidence++;
        } else {
            english += order_language_english_word(word, w);
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
