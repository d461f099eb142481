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

/* hindi_strong_at[c - 'a']: the strong words (verbs of wanting and giving, pronouns, copula,
 * question words, address and thanks) that begin with the letter c, NULL where none does. */
static const char *const hindi_strong_a[] = {"aap", "aapka", "aapke", "accha", "acha", NULL};
static const char *const hindi_strong_b[] = {"bhai", "bhaiya", "bhejo", "bhejna", NULL};
static const char *const hindi_strong_c[] = {"chahiye", "chahie", "chaiye", "chahiya",
                                             "chahte",  "chahta", "chahti", NULL};
static const char *const hindi_strong_d[] = {"dena",     "dedo",      "dijiye", "dijie",
                                             "dijiyega", "dhanyavad", NULL};
static const char *const hindi_strong_h[] = {"humein", "hamein", "humko", "hamara",
                                             "hai",    "hain",   NULL};
static const char *const hindi_strong_k[] = {"kya",  "kitna",  "kitne",  "kitni",
                                             "karo", "kijiye", "kripya", NULL};
static const char *const hindi_strong_m[] = {"mujhe", "muje",   "mujhko", "mera",
                                             "meri",  "milega", "milegi", NULL};
static const char *const hindi_strong_n[] = {"nahi", "nahin", NULL};
static const char *const hindi_strong_s[] = {"shukriya", NULL};
static const char *const hindi_strong_t[] = {"theek", "thik", NULL};
static const char *const hindi_strong_w[] = {"wala", "wali", "waala", "waali", NULL};
static const char *const hindi_strong_y[] = {"yaar", NULL};
static const char *const *const hindi_strong_at[26] = {
    ['a' - 'a'] = hindi_strong_a, ['b' - 'a'] = hindi_strong_b, ['c' - 'a'] = hindi_strong_c,
    ['d' - 'a'] = hindi_strong_d, ['h' - 'a'] = hindi_strong_h, ['k' - 'a'] = hindi_strong_k,
    ['m' - 'a'] = hindi_strong_m, ['n' - 'a'] = hindi_strong_n, ['s' - 'a'] = hindi_strong_s,
    ['t' - 'a'] = hindi_strong_t, ['w' - 'a'] = hindi_strong_w, ['y' - 'a'] = hindi_strong_y,
};
static const char *const hindi_weak[] = {
    "ek", "aur", "mein", "bina", "saath", "ko", "paanch", "chaar", "namaste", NULL,
};

enum { HINDI_WORD_MAX = 15, HINDI_EVIDENCE_MIN = 3 };

static bool hindi_listed(const char *const *list, const char *word)
{
    for (; *list; list++) /* the first two bytes first: most words differ there */
        if ((*list)[0] == word[0] && (*list)[1] == word[1] && strcmp(*list, word) == 0)
            return true;
    return false;
}

/* Is word (lowercase ASCII letters, as hindi_next_word gives it) a strong Hindi word? Only the
 * words of its first letter are compared. */
static bool hindi_strong_listed(const char *word)
{
    const char *const *list = hindi_strong_at[word[0] - 'a'];
    return list && hindi_listed(list, word);
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
        if (w <= HINDI_WORD_MAX && hindi_strong_listed(word))
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
        if (hindi_strong_listed(word)) {
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
