/* clause_texted_modal.c — a modal texted short before "I"/"we" ("cn i have", "cld we get",
 * "cud i get", "wud we have"): the modal of a request opener (clause_openers.c) written with
 * its vowels left out, or with its "ou" sounded as "u". Vowels left out only where no
 * dictionary knows the word: "my" is "may" so written, and a word of its own. */
#include <string.h>

#include "gateway/order/clause_internal.h"
#include "gateway/order/dictionary.h"

enum { TEXTED_MODAL_MAX = 8 };

static bool texted_vowel(char c)
{
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
}

/* modal m written short: its vowels left out ("cn", "cld"; not a word of the dictionary), or
 * its "oul"/"ou" written "u" ("cud", "culd": the cow's "cud" never asks before "i") */
static bool texted_form_of(const struct order_dictionary *dict, const char *w, size_t len,
                           const char *m)
{
    char short_form[TEXTED_MODAL_MAX];
    size_t n = 0, ml = strlen(m);
    for (size_t k = 0; k < ml && n < sizeof short_form; k++)
        if (k == 0 || !texted_vowel(m[k]))
            short_form[n++] = m[k];
    if (n < ml && n == len && memcmp(w, short_form, len) == 0)
        return !order_dictionary_has(dict, w, len);
    /* "ou" or "oul" written "u" leaves a word shorter than the modal: most words are no
     * shorter, and are ruled out before the modal is searched */
    if (len >= ml)
        return false;
    const char *ou = strstr(m, "ou");
    if (!ou)
        return false;
    size_t at = (size_t)(ou - m);
    /* "ou" -> "u" ("culd"), "oul" -> "u" ("cud"); never past the modal's end */
    for (size_t drop = 2; drop <= 3 && at + drop <= ml; drop++) {
        size_t rest = ml - at - drop;
        if (at + 1U + rest == len && memcmp(w, m, at) == 0 && w[at] == 'u' &&
            memcmp(w + at + 1, m + at + drop, rest) == 0 && (drop == 2 || m[at + 2] == 'l'))
            return true;
    }
    return false;
}

bool clause_texted_modal_at(const struct order_reader *rd, const char *text,
                            const struct order_token *tokens, size_t i, size_t e,
                            const char *const *modals, size_t n_modals)
{
    if (i >= e || tokens[i].kind != ORDER_TOKEN_WORD || tokens[i].len >= TEXTED_MODAL_MAX)
        return false;
    const char *w = text + tokens[i].off;
    size_t len = tokens[i].len;
    if (len < 2U)
        return false;
    for (size_t k = 0; k < n_modals; k++)
        if (texted_form_of(rd->dict, w, len, modals[k]))
            return true;
    return false;
}
