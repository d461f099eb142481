/* language_particle.c — a short question closed by a question particle of a listed language
 * ("Cay không?", "Cay khong?", "Acı mı?"): too short for cld2 and holding one strong word of
 * the language, it reaches the evidence no other verdict asks of so few words. A particle that
 * closes a yes-or-no question after one or two words, a '?' after it, is the language's own
 * grammar: no English text ends a question so. Only particles no English text writes are
 * listed ("mi" is texted "me", "ba" and "mu" are sounds), and no word of the text may be an
 * English function word ("r u ok khong?" is not asked). */
#include "gateway/order/language.h"
#include "gateway/order/language_internal.h"

#include <string.h>

enum {
    PARTICLE_WORDS_MAX = 3,  /* the particle and at most two words before it */
    PARTICLE_BYTES_MAX = 48, /* longer texts hold the evidence the other verdicts ask */
};

static const struct {
    const char *code;
    const char *word;
} particles[] = {
    {"vi", "không"}, {"vi", "khong"}, {"vi", "chưa"},    {"vi", "hông"},
    {"tr", "mı"},    {"tr", "mü"},    {"tr", "mısınız"}, {"tr", "misiniz"},
};

/* The code of the particle word, or NULL. */
static const char *particle_code(const char *word)
{
    for (size_t p = 0; p < sizeof particles / sizeof particles[0]; p++)
        if (strcmp(particles[p].word, word) == 0)
            return particles[p].code;
    return NULL;
}

/* Is the text, after byte at, only blanks and at least one '?'? */
static bool particle_asked_after(const char *text, size_t len, size_t at)
{
    bool asked = false;
    for (size_t i = at; i < len; i++) {
        if (text[i] == '?')
            asked = true;
        else if (text[i] != ' ' && text[i] != '\t' && text[i] != '\n' && text[i] != '\r')
            return false;
    }
    return asked;
}

bool order_language_particle_question(const char *text, size_t len,
                                      char code[ORDER_LANGUAGE_CODE_MAX])
{
    if (len > PARTICLE_BYTES_MAX)
        return false;
    const unsigned char *s = (const unsigned char *)text;
    char word[LANGUAGE_WORD_MAX + 1];
    size_t at = 0, end = 0, words = 0;
    bool fits;
    const char *last = NULL;
    while (language_next_word(s, len, &at, word, &fits)) {
        if (!fits || ++words > PARTICLE_WORDS_MAX || language_marks_of(word).english)
            return false;
        last = particle_code(word);
        end = at;
    }
    if (!last || words < 2 || !particle_asked_after(text, len, end))
        return false;
    memcpy(code, last, strlen(last) + 1);
    return true;
}
