/* language_question_opens.c — a message not in English that opens as a question in its own
 * language, its '?' left off: "¿Tienen opciones sin gluten", "Est-ce que le wrap est vegan",
 * "Czy macie opcje bezglutenowe", "Ist die Bowl glutenfrei", "Quanto costa il wrap". The
 * question's form is in its first words (after a greeting set off by a comma: "Hoi, hebben
 * jullie ..."): an opening "¿", a question word or particle, or a verb put first, as German
 * and Dutch ask. Without the mark such a message was read as an order of the dish it names. */
#include <string.h>

#include "gateway/order/language.h"
#include "gateway/order/language_internal.h"

/* Question words and particles, and verbs that ask when they open the sentence. */
static const char *const question_opens[] = {
    /* German */ "ist",
    "sind",
    "habt",
    "haben",
    "gibt",
    "was",
    "wie",
    "wo",
    "wann",
    "welche",
    "welcher",
    "welches",
    "kann",
    "enthält",
    "enthalt",
    /* Dutch */ "hebben",
    "heeft",
    "hoeveel",
    "wat",
    "welke",
    "zijn",
    /* Spanish */ "cuánto",
    "cuanto",
    "cuánta",
    "cuál",
    "cuáles",
    "dónde",
    "tienen",
    "qué",
    /* French */ "avez",
    "quel",
    "quelle",
    "quels",
    "quelles",
    "combien",
    /* Italian */ "quanto",
    "quanta",
    "quale",
    "quali",
    "avete",
    "cosa",
    /* Portuguese */ "quais",
    "qual",
    "quanto",
    "vocês",
    /* Polish */ "czy",
    "ile",
    "jakie",
    "jaki",
    NULL};

static bool question_word_listed(const char *word)
{
    for (const char *const *p = question_opens; *p; p++)
        if (word[0] == (*p)[0] && strcmp(word, *p) == 0)
            return true;
    return false;
}

/* Is the word that ends at text[at] set off by a comma or "!" ("Hola, ...", "Ciao! ...")? */
static bool question_set_off(const char *text, size_t len, size_t at)
{
    while (at < len && text[at] == ' ')
        at++;
    return at < len && (text[at] == ',' || text[at] == '!');
}

bool order_language_opens_question(const char *text, size_t len)
{
    for (size_t i = 0; i + 1U < len; i++)
        if ((unsigned char)text[i] == 0xC2 && (unsigned char)text[i + 1U] == 0xBF)
            return true; /* "¿" opens a Spanish question wherever it stands */
    char word[LANGUAGE_WORD_MAX + 1];
    size_t at = 0;
    bool fits;
    if (!language_next_word((const unsigned char *)text, len, &at, word, &fits) || !fits)
        return false;
    /* a greeting of one word or two set off by a comma or "!" ("Bonjour, est-ce que ...",
     * "Ciao! Avete ...", "Guten Tag, haben Sie ..."): the question opens after it */
    if (!question_word_listed(word)) {
        bool one = question_set_off(text, len, at);
        char next[LANGUAGE_WORD_MAX + 1];
        size_t after = at;
        if (!language_next_word((const unsigned char *)text, len, &after, next, &fits) || !fits)
            return false;
        bool two = !one && question_set_off(text, len, after);
        if (two &&
            (!language_next_word((const unsigned char *)text, len, &after, next, &fits) || !fits))
            return false;
        if (one || two) {
            memcpy(word, next, strlen(next) + 1);
            at = after;
        }
    }
    if (question_word_listed(word))
        return true;
    /* "est-ce que": the French particle of asking */
    char next[LANGUAGE_WORD_MAX + 1];
    return strcmp(word, "est") == 0 &&
           language_next_word((const unsigned char *)text, len, &at, next, &fits) && fits &&
           strcmp(next, "ce") == 0;
}
