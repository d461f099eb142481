/* language_courtesy_pairs.c — a short message of courtesies alone in another language, taking
 * leave or thanking in set two-word phrases (language.h): "Danke, bis später!", "merci, à plus
 * tard", "gracias, hasta luego", "grazie, a presto". Such phrases are too short for cld2 and
 * hold too few function words for the word count; yet every word is the language's own: its
 * function words and courtesies, or a set phrase of taking leave, thanking or wishing a good
 * day ("bonne journée", a courtesy of its own though neither word is one alone). */
#include <stddef.h>
#include <string.h>

#include "gateway/order/language.h"

enum { COURTESY_WORD_MAX = 16, COURTESY_WORDS_MAX = 8 };

struct courtesy_pair {
    const char *code, *first, *second;
};

/* Set phrases of taking leave and of thanking, lowercase, word by word */
static const struct courtesy_pair courtesy_pairs[] = {
    {"es", "hasta", "luego"},    {"es", "hasta", "pronto"}, {"es", "hasta", "mañana"},
    {"es", "nos", "vemos"},      {"de", "bis", "später"},   {"de", "bis", "bald"},
    {"de", "bis", "gleich"},     {"de", "bis", "dann"},     {"de", "auf", "wiedersehen"},
    {"de", "danke", "schön"},    {"de", "vielen", "dank"},  {"fr", "plus", "tard"},
    {"fr", "à", "plus"},         {"fr", "à", "bientôt"},    {"fr", "au", "revoir"},
    {"it", "a", "dopo"},         {"it", "a", "presto"},     {"it", "a", "più"},
    {"it", "più", "tardi"},      {"it", "ci", "vediamo"},   {"pt", "até", "logo"},
    {"pt", "até", "mais"},       {"pt", "até", "breve"},    {"pt", "muito", "obrigado"},
    {"pt", "muito", "obrigada"}, {"nl", "tot", "straks"},   {"nl", "tot", "ziens"},
    {"nl", "dank", "je"},        {"de", "bis", "morgen"},   {"fr", "à", "demain"},
    {"it", "a", "domani"},       {"pt", "até", "amanhã"},   {"nl", "tot", "morgen"},
    {"sv", "vi", "ses"},
};

/* Set phrases of wishing a good day or evening: courtesies of their own, though neither word
 * is one alone ("bonne", "journée"). "Bon appétit" is left out: English says it too. */
static const struct courtesy_pair courtesy_wishes[] = {
    {"fr", "bonne", "journée"},  {"fr", "bonne", "journee"}, {"fr", "bonne", "soirée"},
    {"fr", "bonne", "soiree"},   {"fr", "bonne", "nuit"},    {"it", "buona", "serata"},
    {"it", "buona", "giornata"}, {"it", "buona", "notte"},   {"es", "buen", "día"},
    {"es", "buen", "dia"},       {"de", "schönen", "abend"}, {"de", "schönen", "tag"},
    {"de", "schoenen", "abend"}, {"de", "schoenen", "tag"},  {"pt", "bom", "dia"},
    {"pt", "boa", "noite"},      {"pt", "boa", "tarde"},     {"nl", "fijne", "avond"},
    {"nl", "fijne", "dag"},      {"tr", "iyi", "günler"},    {"tr", "iyi", "gunler"},
    {"tr", "iyi", "akşamlar"},   {"tr", "iyi", "aksamlar"},  {"pl", "dzień", "dobry"},
    {"pl", "dzien", "dobry"},    {"pl", "do", "zobaczenia"}, {"pl", "do", "widzenia"},
};

static bool courtesy_letter(char c)
{
    return (unsigned char)c >= 0x80 || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* The bytes of a picture or symbol at text[at] ("😊", "☺️", "❤"), 0 when none starts there:
 * emoji beyond U+FFFF (four bytes), the symbols and dingbats of U+2600 to U+27BF and the
 * emoji variation selector. They are no letters of a word. */
static size_t courtesy_symbol(const char *text, size_t len, size_t at)
{
    const unsigned char *u = (const unsigned char *)text + at;
    size_t left = len - at;
    if (u[0] >= 0xF0 && u[0] <= 0xF4 && left >= 4U)
        return 4U;
    if (left >= 3U && ((u[0] == 0xE2 && u[1] >= 0x98 && u[1] <= 0x9E) ||
                       (u[0] == 0xEF && u[1] == 0xB8 && u[2] == 0x8F)))
        return 3U;
    return 0;
}

/* Up to COURTESY_WORDS_MAX words of text[0..len) into words, lowercase ASCII; their count,
 * or COURTESY_WORDS_MAX + 1 when there are more. */
static size_t courtesy_words(const char *text, size_t len,
                             char words[COURTESY_WORDS_MAX][COURTESY_WORD_MAX + 1])
{
    size_t n = 0, at = 0;
    for (;;) {
        for (size_t sym; at < len && (!courtesy_letter(text[at]) ||
                                      (sym = courtesy_symbol(text, len, at)) > 0);)
            at += courtesy_letter(text[at]) ? sym : 1U;
        if (at == len)
            return n;
        if (n == COURTESY_WORDS_MAX)
            return n + 1U;
        size_t k = 0;
        for (; at < len && courtesy_letter(text[at]) && courtesy_symbol(text, len, at) == 0; at++)
            if (k < COURTESY_WORD_MAX)
                words[n][k++] =
                    (char)(text[at] >= 'A' && text[at] <= 'Z' ? text[at] - 'A' + 'a' : text[at]);
        words[n++][k] = '\0';
    }
}

/* Do words w and v of language code (of any language for NULL) make one of the n set phrases
 * of list? */
static bool courtesy_in_list(const struct courtesy_pair *list, size_t n, const char *code,
                             const char *w, const char *v)
{
    for (size_t p = 0; p < n; p++)
        if ((!code || strcmp(list[p].code, code) == 0) && strcmp(list[p].first, w) == 0 &&
            strcmp(list[p].second, v) == 0)
            return true;
    return false;
}

/* Could a wish start with word w? Each wish's first word begins with one of these pairs of
 * letters (courtesy_wishes): most words of an English message begin otherwise ("i", "it",
 * "some"), and are ruled out without a comparison of each wish. */
static bool courtesy_may_wish(const char *w)
{
    static const char starts[][2] = {{'b', 'o'}, {'b', 'u'}, {'s', 'c'}, {'f', 'i'},
                                     {'i', 'y'}, {'d', 'z'}, {'d', 'o'}};
    for (size_t s = 0; s < sizeof(starts) / sizeof(*starts); s++)
        if (w[0] == starts[s][0] && w[1] == starts[s][1])
            return true;
    return false;
}

/* Could text[0..len) hold a wish at all: two bytes anywhere, in either case, that a wish's
 * first word begins with? A text without a courtesy needs one, and most English ones have
 * none: this is read before the text is split into words. */
static bool courtesy_may_hold_wish(const char *text, size_t len)
{
    for (size_t i = 0; i + 1U < len; i++) {
        char c = (char)(text[i] | 0x20);
        if (c != 'b' && c != 's' && c != 'f' && c != 'i' && c != 'd')
            continue;
        const char w[3] = {c, (char)(text[i + 1U] | 0x20), '\0'};
        if (courtesy_may_wish(w))
            return true;
    }
    return false;
}

static bool courtesy_wished(const char *code, const char *w, const char *v)
{
    if (!courtesy_may_wish(w))
        return false;
    return courtesy_in_list(courtesy_wishes, sizeof(courtesy_wishes) / sizeof(*courtesy_wishes),
                            code, w, v);
}

/* Do words w and v of language code make one of its set phrases? */
static bool courtesy_paired(const char *code, const char *w, const char *v)
{
    return courtesy_in_list(courtesy_pairs, sizeof(courtesy_pairs) / sizeof(*courtesy_pairs), code,
                            w, v) ||
           courtesy_wished(code, w, v);
}

bool order_language_courtesies_alone(const char *text, size_t len, bool courtesy_in,
                                     char code[ORDER_LANGUAGE_CODE_MAX])
{
    if (!courtesy_in && !courtesy_may_hold_wish(text, len))
        return false;
    char words[COURTESY_WORDS_MAX][COURTESY_WORD_MAX + 1];
    size_t n = courtesy_words(text, len, words);
    /* a courtesy the frame reads ("danke", "merci") says what the message is: leave-taking
     * alone ("a dopo") is left to the other tests */
    bool request = false, courtesy = false, past = false;
    if (n < 2U || n > COURTESY_WORDS_MAX)
        return false;
    /* the frame's courtesy, without the rest; or a wish that is one ("bonne journée") */
    courtesy = courtesy_in;
    /* every wish is of a listed language: one pass over the wishes a pair of words, not one a
     * language, for this runs on every short message */
    bool wished = false;
    for (size_t i = 1; i < n && !courtesy && !wished; i++)
        wished = courtesy_wished(NULL, words[i - 1U], words[i]);
    if (!courtesy && !wished)
        return false;
    order_language_frame(text, len, &request, &courtesy, &past);
    if ((!courtesy && !wished) || request || past)
        return false;
    for (size_t l = 0; order_language_code(l); l++) {
        const char *c = order_language_code(l);
        bool phrase = false, every = true;
        for (size_t i = 0; i < n && every; i++) {
            bool before = i > 0 && courtesy_paired(c, words[i - 1U], words[i]);
            bool after = i + 1U < n && courtesy_paired(c, words[i], words[i + 1U]);
            phrase = phrase || before;
            /* a courtesy of its own ("dzięki", "smacznego") beside the phrase */
            every = before || after || order_language_word_of(c, words[i], strlen(words[i])) ||
                    order_language_courtesy_in(words[i], strlen(words[i]));
        }
        if (phrase && every) {
            memcpy(code, c, strlen(c) + 1U);
            return true;
        }
    }
    return false;
}
