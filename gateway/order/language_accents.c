/* language_accents.c — which listed languages write the accented letters of a word (see
 * language_internal.h). A short question holds one function word and a word of its own
 * ("C'est épicé?"): the accents that word is written with are evidence of the language, as
 * English writes them only in a few borrowed dish names ("café", "jalapeño"), which is why
 * they count only beside a strong word of the same language (language.c). */
#include "gateway/order/language_internal.h"

#include <string.h>

/* The lowercase letters each language writes, as the lead byte of their UTF-8 form and the
 * second bytes after it: the accented vowels of Latin-1 (lead 0xC3), and the Turkish letters
 * of Latin Extended-A no other listed language writes (ı ğ ş: "Acı mı?"). */
static const struct {
    const char *code;
    unsigned char lead;
    const char *letters;
} language_accent_letters[] = {
    {"es", 0xC3, "\xA1\xA9\xAD\xB3\xBA\xB1\xBC"},                     /* á é í ó ú ñ ü */
    {"fr", 0xC3, "\xA0\xA2\xA7\xA9\xA8\xAA\xAB\xAE\xAF\xB4\xB9\xBB"}, /* à â ç é è ê ë î ï ô ù û */
    {"it", 0xC3, "\xA0\xA8\xA9\xAC\xB2\xB9"},                         /* à è é ì ò ù */
    {"pt", 0xC3, "\xA1\xA2\xA3\xA0\xA7\xA9\xAA\xAD\xB3\xB4\xB5\xBA"}, /* á â ã à ç é ê í ó ô õ ú */
    {"tr", 0xC4, "\xB1\x9F"},                                         /* ı ğ */
    {"tr", 0xC5, "\x9F"},                                             /* ş */
};

uint16_t language_accented_in(const char *word)
{
    uint16_t mask = 0;
    /* most words are ASCII: the walk starts at the first byte of a letter of two bytes */
    const unsigned char *s = (const unsigned char *)word;
    while (*s && *s < 0xC3)
        s++;
    for (; s[0] && s[1]; s++) {
        if (s[0] < 0xC3 || s[0] > 0xC5)
            continue;
        for (size_t a = 0; a < sizeof language_accent_letters / sizeof *language_accent_letters;
             a++) {
            if (language_accent_letters[a].lead != s[0] ||
                !strchr(language_accent_letters[a].letters, (char)s[1]))
                continue;
            for (unsigned l = 0; l < LANGUAGE_LISTED; l++)
                if (strcmp(language_lists[l].code, language_accent_letters[a].code) == 0)
                    mask |= (uint16_t)(1u << l);
        }
        s++;
    }
    return mask;
}
