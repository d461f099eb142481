/* language_script.c — a message written in a script English never is (language.h):
 * "タコス2つください", "채식 메뉴 있어요?", "有素食吗？", "Спасибо, до свидания". No list of
 * function words reads such text, and cld2 is asked only when a list's words could make a text
 * foreign; yet its letters alone tell that no English speaker wrote it. The letters are
 * counted against the words of Latin letters beside them, so a name in its own script inside
 * an English order ("2 tacos for 王小明") stays English, and a menu name in Latin letters
 * inside the foreign words ("horchata 하나 주세요") does not make the text English. */
#include "gateway/order/language.h"

#include <stdint.h>
#include <string.h>

/* The scripts told apart; each names the language it is most often written in. Han alone is
 * Chinese, Han beside kana Japanese. */
enum script { SCRIPT_NONE, SCRIPT_LATIN, SCRIPT_WORDS, SCRIPT_SIGNS };

struct script_range {
    uint32_t first, last;
    const char *code;
    enum script kind; /* SCRIPT_WORDS: letters of words split by blanks; SCRIPT_SIGNS: a
                       * sign is a syllable or a word, no blank between */
};

static const struct script_range script_ranges[] = {
    {0x0370, 0x03FF, "el", SCRIPT_WORDS}, /* Greek */
    {0x0400, 0x04FF, "ru", SCRIPT_WORDS}, /* Cyrillic */
    {0x0530, 0x058F, "hy", SCRIPT_WORDS}, /* Armenian */
    {0x0590, 0x05FF, "he", SCRIPT_WORDS}, /* Hebrew */
    {0x0600, 0x06FF, "ar", SCRIPT_WORDS}, /* Arabic */
    {0x0900, 0x097F, "hi", SCRIPT_WORDS}, /* Devanagari */
    {0x0E00, 0x0E7F, "th", SCRIPT_SIGNS}, /* Thai: no blank between words */
    {0x10A0, 0x10FF, "ka", SCRIPT_WORDS}, /* Georgian */
    {0x1100, 0x11FF, "ko", SCRIPT_SIGNS}, /* Hangul jamo */
    {0x3040, 0x30FF, "ja", SCRIPT_SIGNS}, /* hiragana and katakana */
    {0x3130, 0x318F, "ko", SCRIPT_SIGNS}, /* Hangul compatibility jamo */
    {0x3400, 0x4DBF, "zh", SCRIPT_SIGNS}, /* Han, extension A */
    {0x4E00, 0x9FFF, "zh", SCRIPT_SIGNS}, /* Han */
    {0xAC00, 0xD7AF, "ko", SCRIPT_SIGNS}, /* Hangul syllables */
};

/* The code point at s[*at] (advancing *at past it), or 0 for a byte that starts none. */
static uint32_t script_code_point(const unsigned char *s, size_t len, size_t *at)
{
    unsigned char c = s[*at];
    size_t n = c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 ? 2 : 0;
    if (n == 0 || *at + n > len) {
        (*at)++;
        return 0;
    }
    uint32_t cp = n == 1 ? c : c & (0x7F >> n);
    for (size_t i = 1; i < n; i++)
        cp = cp << 6 | (s[*at + i] & 0x3F);
    *at += n;
    return cp;
}

static const struct script_range *script_of(uint32_t cp)
{
    for (size_t i = 0; i < sizeof script_ranges / sizeof *script_ranges; i++)
        if (cp >= script_ranges[i].first && cp <= script_ranges[i].last)
            return &script_ranges[i];
    return NULL;
}

static bool script_latin(uint32_t cp)
{
    return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') ||
           (cp >= 0xC0 && cp <= 0x24F && cp != 0xD7 && cp != 0xF7) ||
           (cp >= 0x1E00 && cp <= 0x1EFF);
}

/* Can byte c start a letter of one of script_ranges (U+0370 to U+06FF, U+0900 to U+11FF,
 * U+3040 to U+D7AF)? Not the lead bytes of ASCII and Latin letters, of the punctuation of
 * U+2000 to U+2FFF ("’", "“", "…", "❤"), of U+E000 to U+FFFF (the emoji variation selector)
 * nor of emoji: English messages hold those, and none of them starts a letter counted. */
static bool script_lead(unsigned char c)
{
    return (c >= 0xCD && c <= 0xDB) || c == 0xE0 || c == 0xE1 || (c >= 0xE3 && c <= 0xED);
}

bool order_language_script(const char *text, size_t len, char code[ORDER_LANGUAGE_CODE_MAX])
{
    const unsigned char *s = (const unsigned char *)text;
    size_t at = 0;
    while (at < len && !script_lead(s[at]))
        at++;
    if (at == len)
        return false; /* most messages: no letter of another script, one pass of bytes */
    /* words of Latin letters; words of the other scripts, two signs counting one word */
    int latin = 0, other = 0, signs = 0, votes[sizeof script_ranges / sizeof *script_ranges];
    memset(votes, 0, sizeof votes);
    bool kana = false;
    enum script before = SCRIPT_NONE;
    for (at = 0; at < len;) {
        uint32_t cp = script_code_point(s, len, &at);
        const struct script_range *r = script_latin(cp) ? NULL : script_of(cp);
        enum script now = script_latin(cp) ? SCRIPT_LATIN : r ? r->kind : SCRIPT_NONE;
        if (now == SCRIPT_LATIN && before != SCRIPT_LATIN)
            latin++;
        if (now == SCRIPT_WORDS && before != SCRIPT_WORDS)
            other++;
        signs += now == SCRIPT_SIGNS;
        if (r)
            votes[r - script_ranges]++;
        kana = kana || (cp >= 0x3040 && cp <= 0x30FF);
        before = now;
    }
    other += (signs + 1) / 2;
    if (other <= latin)
        return false;
    /* a language's letters may lie in several ranges (Hangul syllables and jamo, Han and its
     * extension): its votes are theirs together */
    size_t best = 0;
    int best_votes = -1;
    for (size_t i = 0; i < sizeof votes / sizeof *votes; i++) {
        int of_code = 0;
        for (size_t j = 0; j < sizeof votes / sizeof *votes; j++)
            of_code += strcmp(script_ranges[j].code, script_ranges[i].code) == 0 ? votes[j] : 0;
        if (of_code > best_votes) {
            best = i;
            best_votes = of_code;
        }
    }
    const char *c =
        kana && strcmp(script_ranges[best].code, "zh") == 0 ? "ja" : script_ranges[best].code;
    memcpy(code, c, strlen(c) + 1);
    return true;
}
