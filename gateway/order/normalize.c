/* normalize.c — NFC display form, folded match form and tokens (see normalize.h). */
#define _GNU_SOURCE /* memmem */
#include "gateway/order/normalize.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "gateway/order/emoji.h"
#include "gateway/order/language.h"
#include "gateway/order/lexicon.h"

_Static_assert(ORDER_TOKENS_MAX <= UINT16_MAX, "token counts fit 16 bits");
_Static_assert(ORDER_FOLDED_BYTES_MAX < UINT32_MAX, "token offsets fit 32 bits");

/* Is text[i] an ASCII byte that normalizes as it stands? ASCII characters are starters no
 * mark before them composes with; one followed by ASCII, or ending the text, takes no mark
 * after it either, so it decomposes and recomposes to itself (folded, when opts fold). */
static bool order_ascii_alone(const char *text, size_t len, size_t i)
{
    return (unsigned char)text[i] < 0x80 && (i + 1 == len || (unsigned char)text[i + 1] < 0x80);
}

/* order_codepoints piece by piece: bytes that normalize as they stand are copied (most
 * text is ASCII, which utf8proc would copy in two passes), the pieces between them go
 * through utf8proc. Splitting there changes nothing: such a byte is a starter that neither
 * composes nor reorders with what is on either side. Returns the codepoint count, or -1
 * when a piece fails or overflows (the caller then runs over the whole text, for its
 * error). */
static int order_codepoints_pieces(const char *text, size_t len, utf8proc_option_t opts,
                                   int32_t *cps)
{
    bool fold = (opts & UTF8PROC_CASEFOLD) != 0;
    utf8proc_ssize_t n = 0;
    for (size_t i = 0; i < len;) {
        if (order_ascii_alone(text, len, i)) {
            if (n == ORDER_CODEPOINTS_MAX)
                return -1;
            unsigned char b = (unsigned char)text[i++];
            cps[n++] = fold && b >= 'A' && b <= 'Z' ? b + ('a' - 'A') : b;
            continue;
        }
        size_t e = i + 1;
        while (e < len && !order_ascii_alone(text, len, e))
            e++;
        utf8proc_ssize_t m =
            utf8proc_decompose((const utf8proc_uint8_t *)text + i, (utf8proc_ssize_t)(e - i),
                               cps + n, ORDER_CODEPOINTS_MAX - n, opts);
        if (m < 0 || m > ORDER_CODEPOINTS_MAX - n)
            return -1;
        m = utf8proc_normalize_utf32(cps + n, m, opts);
        if (m < 0)
            return -1;
        n += m;
        i = e;
    }
    return (int)n;
}

/* Decomposes and recomposes text with opts into cps. Returns the codepoint count or
 * -EINVAL / -E2BIG. No allocation: utf8proc_map would malloc. */
static int order_codepoints(const char *text, size_t len, utf8proc_option_t opts, int32_t *cps)
{
    if (len > ORDER_TEXT_BYTES_MAX)
        return -E2BIG;
    if (memchr(text, '\0', len))
        return -EINVAL;
    int pieces = order_codepoints_pieces(text, len, opts, cps);
    if (pieces >= 0)
        return pieces;
    utf8proc_ssize_t n = utf8proc_decompose((const utf8proc_uint8_t *)text, (utf8proc_ssize_t)len,
                                            cps, ORDER_CODEPOINTS_MAX, opts);
    if (n == UTF8PROC_ERROR_INVALIDUTF8 || n == UTF8PROC_ERROR_NOTASSIGNED)
        return -EINVAL;
    if (n < 0 || n > ORDER_CODEPOINTS_MAX)
        return -E2BIG;
    n = utf8proc_normalize_utf32(cps, n, opts);
    if (n < 0)
        return -EINVAL;
    return (int)n;
}

static bool order_is_blank(int32_t c)
{
    if (c < 0x80) /* the one ASCII space separator (Zs) is ' ' */
        return c == ' ' || c == '\t' || c == '\r' || c == '\v' || c == '\f';
    return c == 0xA0 || utf8proc_category(c) == UTF8PROC_CATEGORY_ZS;
}

/* Is w[0..len) the picture's word with one slip of a letter, left out, typed twice or two
 * swapped ("strawbery 🍓")? Only for words of six letters or more: a short word one letter
 * off is as often another word. The letters are repaired after the pictures are written, so
 * the picture would otherwise count the dish a second time. */
static bool order_emoji_echo_slip(const char *word, size_t wl, const char *w, size_t len)
{
    enum { ECHO_SLIP_MIN = 6 };
    size_t diff = len > wl ? len - wl : wl - len;
    return wl >= ECHO_SLIP_MIN && len >= ECHO_SLIP_MIN && diff <= 1 &&
           order_edit_distance(w, len, word, wl, 1) == 1;
}

/* Does the word just written (out[0..o)) name what word does: "fries 🍟", "cheeseburger 🍔",
 * "tacos 🌮"? Then the picture only illustrates it. */
static bool order_emoji_echoes_word(const char *word, size_t wl, const char *out, size_t b,
                                    size_t e)
{
    size_t pl = e - b;
    if (pl > 1 && out[e - 1] == 's' && word[wl - 1] != 's')
        pl--; /* "tacos", "cheeseburgers" */
    if (order_emoji_echo_slip(word, wl, out + b, e - b) ||
        order_emoji_echo_slip(word, wl, out + b, pl))
        return true;
    if (pl < wl)
        return false;
    return memcmp(out + b, word, wl) == 0 || memcmp(out + b + pl - wl, word, wl) == 0;
}

/* Is out[0..len) a word of wishing ("happy", "merry")? A picture in a wish's phrase
 * decorates the wish ("happy taco tuesday 🌮🌮"), it asks for nothing. */
static bool order_emoji_wish_word(const char *w, size_t len)
{
    static const char *const wishes[] = {"happy", "merry", "feliz", "joyeux", "frohe", "frohes"};
    for (size_t k = 0; k < sizeof(wishes) / sizeof(*wishes); k++)
        if (len == strlen(wishes[k]) && memcmp(w, wishes[k], len) == 0)
            return true;
    return false;
}

/* ... or one of the few words before it in the same phrase ("strawberry banana smoothie x2
 * 🍓🍌", "mango smoothy 🥭")? A separator or a new line ends the phrase. */
static bool order_emoji_echoes(int32_t cp, const char *word, size_t wl, const char *out, size_t o)
{
    enum { ECHO_WORDS_MAX = 5 };
    size_t e = o;
    /* "feliz cinco de mayo!! 🎉🌮": after an exclamation only its wish is looked for */
    bool exclaimed = false, asked_first = true;
    for (int n = 0; n < ECHO_WORDS_MAX && e > 0; n++) {
        size_t b = e;
        while (b > 0 && out[b - 1] != ' ' && out[b - 1] != '\n')
            b--;
        size_t sl = e - b > 1 && out[e - 1] == 's' ? e - b - 1 : e - b;
        if (!exclaimed && (order_emoji_echoes_word(word, wl, out, b, e) ||
                           order_emoji_pictures(cp, out + b, sl))) /* "chocolate shake 🥤" */
            return true;
        size_t bare = e;
        while (bare > b && out[bare - 1] == '!')
            bare--;
        size_t from = b; /* "¡feliz" */
        while (from < bare && !(out[from] >= 'a' && out[from] <= 'z'))
            from++;
        if (order_emoji_wish_word(out + from, bare - from)) /* "happy friday fam 🌮" */
            return true;
        bool lettered = false; /* "!! 🎉": other pictures between say nothing */
        for (size_t k = b; k < e && !lettered; k++)
            lettered = (out[k] >= 'a' && out[k] <= 'z') || (out[k] >= '0' && out[k] <= '9');
        if (!lettered && !exclaimed && bare == e) {
            e = b > 0 ? b - 1 : 0;
            n--; /* a picture is no word of the phrase: "happy cinco de mayo amigos!! 🎉🌮" */
            continue;
        }
        /* "is the chocolate milkshake dairy-free? 🥛": a picture right after a question
         * pictures what the question is about; the question's words are its phrase */
        bool question = asked_first && b < e && out[e - 1] == '?';
        asked_first = false;
        if (!exclaimed && bare < e && bare > b)
            exclaimed = true;
        else if (b == 0 || out[b - 1] == '\n' ||
                 (b < e && strchr(",.;!?+&", out[e - 1]) && !question) ||
                 (b < e && strchr(",.;!?+&(", out[b])))
            return false;
        if (b == 0)
            return false; /* "Hi! ... 🎉": an exclaimed first word, nothing before it */
        e = b - 1;
    }
    return false;
}

/* Is the word just written (out[0..o), no blank after it) an "x" count ("x3", "3x") of as
 * many as the run of one dish's picture that follows it? The run then draws the dish just
 * counted ("carnitas x2 🌮🌮": carnitas tacos, two); a picture after a count of another
 * number is a dish of its own ("🍔 x2 🍟 x2"). Returns where the count starts, or o. */
static size_t order_emoji_draws_x_count(const char *out, size_t o, int run)
{
    size_t b = o;
    while (b > 0 && out[b - 1] != ' ' && out[b - 1] != '\n')
        b--;
    size_t len = o - b;
    if (run < 2 || b == 0 || len < 2 || len > 3 || (out[b] != 'x' && out[o - 1] != 'x'))
        return o;
    size_t d0 = out[b] == 'x' ? b + 1 : b, d1 = out[b] == 'x' ? o : o - 1;
    int count = 0;
    for (size_t k = d0; k < d1; k++) {
        if (out[k] < '0' || out[k] > '9')
            return o;
        count = count * 10 + (out[k] - '0');
    }
    return d1 > d0 && count == run ? b : o;
}

/* Writes word before the count at out[at, o): the dish's word joins its name, the count
 * stays after it ("carnitas taco x2"). Returns the new length, or 0 when it does not fit. */
static size_t order_emoji_before_count(const char *word, size_t wl, char *out, size_t at, size_t o,
                                       size_t cap)
{
    if (o + wl + 2 > cap)
        return 0;
    memmove(out + at + wl + 1, out + at, o - at);
    memcpy(out + at, word, wl);
    out[at + wl] = ' ';
    return o + wl + 1;
}

/* Do the next few words after the picture at cps[i - 1] (blanks aside, up to a separator)
 * name what it pictures: "🍟 fries", "2 🍔 cheddar cheeseburgers", "🥤 lemonade", "🍔 2
 * halloumi burgers" (a count in digits first)? Then it labels them, no dish of its own. cps
 * are casefolded. */
static bool order_emoji_labels_next(int32_t cp, const char *word, const int32_t *cps, int i, int n)
{
    enum { LABEL_WORDS_MAX = 3, LABEL_WORD_BYTES = 24 };
    size_t wl = strlen(word);
    char w[LABEL_WORD_BYTES];
    while (i < n && (order_is_blank(cps[i]) || cps[i] == 0xFE0F))
        i++;
    int digits = i;
    while (digits < n && cps[digits] >= '0' && cps[digits] <= '9')
        digits++;
    if (digits > i && digits < n && order_is_blank(cps[digits]))
        i = digits;
    for (int k = 0; k < LABEL_WORDS_MAX; k++) {
        while (i < n && (order_is_blank(cps[i]) || cps[i] == 0xFE0F))
            i++;
        size_t len = 0;
        while (i < n && cps[i] >= 'a' && cps[i] <= 'z') {
            if (len < sizeof(w))
                w[len] = (char)cps[i];
            len++;
            i++;
        }
        if (len == 0 || len > sizeof(w))
            return false;
        size_t sl = len > 1 && w[len - 1] == 's' ? len - 1 : len;
        if (order_emoji_echoes_word(word, wl, w, 0, len) || order_emoji_pictures(cp, w, sl))
            return true;
        if (i < n && !order_is_blank(cps[i]))
            return false; /* a separator ends the phrase */
    }
    return false;
}

/* "🌮🌮🌮 carnitas": a dish's picture repeated where a thing starts (the text's start, a
 * new line or a separator), before words that say which, counts it. Returns the count (the
 * run's length), 0 when the run is no count. */
static int order_emoji_run_count(int32_t cp, const int32_t *cps, int i, int n, const char *out,
                                 size_t o, int pending)
{
    if (!order_emoji_dish(cp) || (i > 0 && cps[i - 1] == cp) ||
        !(o == 0 || pending == '\n' || strchr(",;+&:(-", out[o - 1])))
        return 0;
    int run = 0;
    while (i < n && (cps[i] == cp || cps[i] == 0xFE0F)) {
        run += cps[i] == cp;
        i++;
    }
    while (i < n && order_is_blank(cps[i]))
        i++;
    if (run < 2 || run > 9 || i >= n || cps[i] < 'a' || cps[i] > 'z')
        return 0;
    /* "🌮🌮🌮 and a lemonade": a word that joins says nothing of which */
    static const char *const joins[] = {"and", "n", "or", "with", "w", "plus", "x"};
    for (size_t j = 0; j < sizeof(joins) / sizeof(*joins); j++) {
        int k = 0;
        while (joins[j][k] && i + k < n && cps[i + k] == joins[j][k])
            k++;
        if (!joins[j][k] && (i + k >= n || cps[i + k] < 'a' || cps[i + k] > 'z'))
            return 0;
    }
    return run;
}

/* Writes the word a food emoji stands for, a blank on each side (the match form); line_head:
 * it opens a line of words, nothing before it echoes it. Returns the new length, or 0 when
 * it does not fit. */
static size_t order_encode_emoji(int32_t cp, const char *word, char *out, size_t o, int *pending,
                                 size_t cap, bool line_head, int run)
{
    size_t wl = strlen(word);
    if (!line_head && order_emoji_echoes(cp, word, wl, out, o))
        return o; /* nothing to add; an echo follows a word, so o > 0 */
    size_t count_at = order_emoji_dish(cp) && !line_head && *pending != '\n'
                          ? order_emoji_draws_x_count(out, o, run)
                          : o;
    if (count_at < o)
        return order_emoji_before_count(word, wl, out, count_at, o, cap);
    if (o + 2 + wl + 1 > cap)
        return 0;
    if (*pending == '\n')
        out[o++] = '\n';
    else if (o > 0)
        out[o++] = ' ';
    memcpy(out + o, word, wl);
    *pending = ' ';
    return o + wl;
}

/* Does some word of out[0..o) name what food emoji cp pictures ("shake" for 🥤)? */
static bool order_emoji_named_before(int32_t cp, const char *out, size_t o)
{
    const char *word = order_emoji_word(cp);
    size_t wl = strlen(word);
    for (size_t b = 0; b < o;) {
        while (b < o && !(out[b] >= 'a' && out[b] <= 'z'))
            b++;
        size_t e = b;
        while (e < o && out[e] >= 'a' && out[e] <= 'z')
            e++;
        size_t sl = e - b > 1 && out[e - 1] == 's' ? e - b - 1 : e - b;
        if (e > b &&
            (order_emoji_echoes_word(word, wl, out, b, e) || order_emoji_pictures(cp, out + b, sl)))
            return true;
        b = e;
    }
    return false;
}

/* "its my moms birthday!! 🎂": a picture of an occasion alone ending the text, just after the
 * word naming that occasion and its exclamation, pictures the occasion, not a dish. */
static bool order_emoji_occasion_named(const int32_t *cps, int i, int n, const char *out, size_t o)
{
    if (!order_emoji_occasion(cps[i]))
        return false;
    for (int k = i + 1; k < n; k++)
        if (!order_is_blank(cps[k]) && cps[k] != 0xFE0F)
            return false;
    size_t e = o;
    while (e > 0 && (out[e - 1] == '!' || out[e - 1] == '.'))
        e--;
    size_t b = e;
    while (b > 0 && out[b - 1] >= 'a' && out[b - 1] <= 'z')
        b--;
    return e > b && order_emoji_pictures(cps[i], out + b, e - b);
}

/* "Shake + fries + burger 🍔🍟🥤": pictures that end the text after words, each of a thing
 * the words named already, illustrate the list; they add nothing to it. So does one alone
 * of what goes into a dish ("... that spicy?? 🌶️"). Is cps[i..n) such a run (food pictures
 * and blanks only)? */
static bool order_emoji_illustrates(const int32_t *cps, int i, int n, const char *out, size_t o)
{
    int pictures = 0;
    /* "tres leches x1 for the table 🎂": a picture of an occasion alone ending the words (no
     * separator before it: no item of a list) decorates what they asked for, and so it does
     * beside other pictures that name no food ("... sauce on the side 🎂🥳🎉") */
    if (o > 0 && out[o - 1] >= 'a' && out[o - 1] <= 'z' && order_emoji_occasion(cps[i])) {
        int k = i + 1;
        while (k < n &&
               (order_is_blank(cps[k]) || cps[k] == 0xFE0F ||
                (!order_emoji_word(cps[k]) && utf8proc_category(cps[k]) == UTF8PROC_CATEGORY_SO)))
            k++;
        if (k == n)
            return true;
    }
    if (order_emoji_occasion_named(cps, i, n, out, o))
        return true;
    bool served_whole = false;
    for (; i < n; i++) {
        if (order_is_blank(cps[i]) || cps[i] == '\n' || cps[i] == 0xFE0F)
            continue;
        if (!order_emoji_word(cps[i]) || !order_emoji_named_before(cps[i], out, o))
            return false;
        served_whole = served_whole || order_emoji_dish(cps[i]);
        pictures++;
    }
    /* "is it rly that spicy?? scale 1-10 🌶️": one picture of what goes into a dish, of what
     * the words named already (the heat), pictures them too */
    return (pictures >= 2 || (pictures == 1 && !served_whole)) && o > 0;
}

/* Does some word of cps[i..n) (casefolded) name what food emoji cp pictures? */
static bool order_emoji_named_after(int32_t cp, const int32_t *cps, int i, int n)
{
    enum { WORD_BYTES = 24 };
    const char *word = order_emoji_word(cp);
    size_t wl = strlen(word);
    char w[WORD_BYTES];
    while (i < n) {
        size_t len = 0;
        for (; i < n && cps[i] >= 'a' && cps[i] <= 'z'; i++)
            if (len < sizeof(w))
                w[len++] = (char)cps[i];
        if (len == 0) {
            i++;
            continue;
        }
        size_t sl = len > 1 && w[len - 1] == 's' ? len - 1 : len;
        if (order_emoji_echoes_word(word, wl, w, 0, len) || order_emoji_pictures(cp, w, sl))
            return true;
    }
    return false;
}

/* The lowercase ASCII word of cps starting at *i (blanks and U+FE0F skipped first) into
 * w[0..cap); its length, 0 when none starts there. *i ends after it. */
static size_t order_cps_word_at(const int32_t *cps, int *i, int n, char *w, size_t cap)
{
    while (*i < n && (order_is_blank(cps[*i]) || cps[*i] == 0xFE0F))
        (*i)++;
    size_t len = 0;
    for (; *i < n && cps[*i] >= 'a' && cps[*i] <= 'z'; (*i)++)
        if (len + 1 < cap)
            w[len++] = (char)cps[*i];
    w[len] = '\0';
    return len;
}

/* "kindergarten teacher here 🍎 could i please get ...": one food picture right after words
 * that end no count, before a request that opens with a modal and "i" / "we" and never names
 * what it pictures, pictures the words before it (the apple of a teacher), as any picture
 * there does: it ends their sentence, it is no dish. */
static bool order_emoji_ends_sentence(const int32_t *cps, int i, int n, const char *out, size_t o)
{
    static const char *const modals[] = {"could", "can", "may", "would"};
    static const char *const subjects[] = {"i", "we"};
    static const char *const counts[] = {"a", "an", "one", "two", "three", "four", "five", "six"};
    enum { WORD_BYTES = 16 };
    if (o == 0 || out[o - 1] < 'a' || out[o - 1] > 'z' || order_emoji_named_before(cps[i], out, o))
        return false;
    size_t b = o;
    while (b > 0 && out[b - 1] >= 'a' && out[b - 1] <= 'z')
        b--;
    for (size_t k = 0; k < sizeof(counts) / sizeof(*counts); k++)
        if (o - b == strlen(counts[k]) && memcmp(out + b, counts[k], o - b) == 0)
            return false; /* "two 🌮 could i ...": a count of the picture */
    char modal[WORD_BYTES], subject[WORD_BYTES];
    int k = i + 1;
    if (order_cps_word_at(cps, &k, n, modal, sizeof(modal)) == 0)
        return false;
    /* "... PTA 🍎 For our bake sale we'd like ...", "stall 14 at the market 🍅 need 3 wraps":
     * a picture of what goes into dishes, before words that open a sentence of their own */
    static const char *const openers[] = {"for", "need", "we", "were", "weve", "wed",
                                          "i",   "im",   "id", "ive",  "so"};
    for (size_t m = 0; !order_emoji_dish(cps[i]) && m < sizeof(openers) / sizeof(*openers); m++)
        if (strcmp(modal, openers[m]) == 0 && !order_emoji_named_after(cps[i], cps, i + 1, n))
            return true;
    if (order_cps_word_at(cps, &k, n, subject, sizeof(subject)) == 0)
        return false;
    bool asks = false;
    for (size_t m = 0; m < sizeof(modals) / sizeof(*modals); m++)
        asks = asks || strcmp(modal, modals[m]) == 0;
    bool who = strcmp(subject, subjects[0]) == 0 || strcmp(subject, subjects[1]) == 0;
    return asks && who && !order_emoji_named_after(cps[i], cps, i + 1, n);
}

/* "Hi!! 🍔🍟 can we get 2 jackfruit burgers and 2 fries": pictures opening the words (the
 * text's start or after a separator), each of a thing the words after them name, preview
 * the request; they add nothing to it. Is cps[i..) such a run (two pictures or more, then
 * words that are no count)? */
static bool order_emoji_previews(const int32_t *cps, int i, int n, const char *out, size_t o)
{
    if (o > 0 && !strchr("!.,;:", out[o - 1]))
        return false;
    int k = i, pictures = 0;
    for (; k < n; k++) {
        if (order_is_blank(cps[k]) || cps[k] == 0xFE0F)
            continue;
        if (!order_emoji_word(cps[k]))
            break;
        pictures++;
    }
    if (pictures < 2 || k >= n || cps[k] < 'a' || cps[k] > 'z' ||
        (cps[k] == 'x' && k + 1 < n && cps[k + 1] >= '0' && cps[k + 1] <= '9'))
        return false;
    for (int j = i; j < k; j++)
        if (order_emoji_word(cps[j]) && !order_emoji_named_after(cps[j], cps, k, n))
            return false;
    return true;
}

/* Writes food emoji c (word: its word) at cps[i] into out[0..*o): a comma between pictures
 * side by side when one is a dish, a count for a run of one dish, then the word, unless the
 * picture labels the words after it. last_food: the food emoji written just before, blanks
 * aside (0: none). Returns false when it does not fit cap. */
static bool order_encode_food(const int32_t *cps, int i, int n, int32_t c, const char *word,
                              int32_t last_food, char *out, size_t *o, size_t cap, int *pending)
{
    /* "🍔🍟🥤": pictures side by side are things of their own when one is a dish */
    if (last_food != 0 && *pending != '\n' &&
        (order_emoji_dish(c) || order_emoji_dish(last_food)) &&
        !order_emoji_echoes(c, word, strlen(word), out, *o)) {
        if (*o + 2 > cap)
            return false;
        out[(*o)++] = ',';
    }
    if (order_emoji_labels_next(c, word, cps, i + 1, n)) {
        if (*o > 0 && *pending != '\n')
            *pending = ' ';
        return true; /* "🍟 fries x2 🥤 lemonade": the picture labels what follows */
    }
    int count = order_emoji_run_count(c, cps, i, n, out, *o, *pending);
    if (count > 0) { /* "3 taco carnitas" */
        if (*o + 3 > cap)
            return false;
        if (*pending == '\n')
            out[(*o)++] = '\n';
        else if (*o > 0)
            out[(*o)++] = ' ';
        out[(*o)++] = (char)('0' + count);
        *pending = ' ';
    }
    /* "...\n🌮 carnitas": a picture opening a line of words echoes nothing before */
    int w = i + 1;
    while (w < n && (order_is_blank(cps[w]) || cps[w] == 0xFE0F || cps[w] == c))
        w++;
    bool line_head = *pending == '\n' && w < n && cps[w] >= 'a' && cps[w] <= 'z';
    int run = 0; /* the pictures of this dish side by side, from here */
    for (int r = i; r < n && (cps[r] == c || cps[r] == 0xFE0F); r++)
        run += cps[r] == c;
    *o = order_encode_emoji(c, word, out, *o, pending, cap, line_head, run);
    return *o != 0;
}

/* Writes codepoint c as UTF-8 into out[0..*o), the blank pending before it. Returns false
 * when it does not fit cap with the NUL. */
static bool order_encode_char(int32_t c, char *out, size_t *o, size_t cap, int *pending)
{
    utf8proc_uint8_t enc[4];
    size_t n_enc;
    if (c < 0x80) { /* ASCII, nearly every character, is its one byte */
        n_enc = 1;
        enc[0] = (utf8proc_uint8_t)c;
    } else {
        n_enc = (size_t)utf8proc_encode_char(c, enc);
    }
    if (*o + (*pending != 0) + n_enc + 1 > cap) /* + 1: the NUL */
        return false;
    if (*pending)
        out[(*o)++] = (char)*pending;
    *pending = 0;
    for (size_t k = 0; k < n_enc; k++) /* at most four bytes: no call to memcpy */
        out[(*o)++] = (char)enc[k];
    return true;
}

/* Is cps code point c read as part of a word by language_edges.c once copied as a byte (an
 * ASCII letter, digit or apostrophe, or any code point beyond ASCII)? */
static bool order_cps_tail_letter(int32_t c)
{
    return c >= 0x80 || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
           (c >= '0' && c <= '9') || c == '\'';
}

/* Code point c as the one byte language_edges.c reads of it: itself in ASCII, beyond it the
 * lead byte of a letter (U+00C0 to U+1FFF, U+3000 to U+DFFF) or of a symbol. */
static char order_cps_tail_byte(int32_t c)
{
    if (c < 0x80)
        return (char)c;
    bool letter = (c >= 0xC0 && c <= 0x1FFF) || (c >= 0x3000 && c <= 0xDFFF);
    return (char)(letter ? 0xC3 : 0xE2);
}

/* Where a thanks closing cps[0..n) starts ("... 🌶️ thanks!"), or n: pictures before it still
 * end the words, the thanks is said of the message (language_edges.c reads the last words,
 * here copied as bytes, a code point beyond ASCII as one byte by order_cps_tail_byte). A
 * tail cut inside a word starts past that word: "nothanks" holds no thanks. */
static int order_cps_thanks_start(const int32_t *cps, int n)
{
    enum { TAIL_MAX = 48 };
    char tail[TAIL_MAX];
    int from = n > TAIL_MAX ? n - TAIL_MAX : 0;
    while (from > 0 && from < n && order_cps_tail_letter(cps[from - 1]))
        from++;
    for (int k = from; k < n; k++)
        tail[k - from] = order_cps_tail_byte(cps[k]);
    size_t len = (size_t)(n - from);
    size_t t = order_language_thanks_start(tail, 0, len);
    return t == len ? n : from + (int)t;
}

/* Is cps[i] a sign of refusal (🚫, ❌) right before a food, a picture or a word ("🚫🧅",
 * "❌ onion")? It reads "no", as the customer means it. */
static bool order_refusal_sign(const int32_t *cps, int i, int n)
{
    if (cps[i] != 0x1F6AB && cps[i] != 0x274C)
        return false;
    int k = i + 1;
    while (k < n && (order_is_blank(cps[k]) || cps[k] == 0xFE0F))
        k++;
    return k < n && (order_emoji_word(cps[k]) != NULL || (cps[k] >= 'a' && cps[k] <= 'z') ||
                     (cps[k] >= 'A' && cps[k] <= 'Z'));
}

/* Is cps[i..) a word of one letter held down, five times or more ("ssssssss", "bbbbbbb")?
 * Its length in code points, 0 when not: a key held or a child at the keyboard, no word. */
static int order_cps_mash_at(const int32_t *cps, int i, int n)
{
    enum { MASH_MIN = 5 };
    int k = i;
    while (k < n && cps[k] == cps[i])
        k++;
    bool ends = k == n || !((cps[k] >= 'a' && cps[k] <= 'z') || (cps[k] >= '0' && cps[k] <= '9'));
    return k - i >= MASH_MIN && ends ? k - i : 0;
}

/* How many code points from cps[i] the match form leaves out, 0 for none: "$?" beside a line
 * of a list is a price not known, no question ("Consomé (large) $? x 1"; "3$?" asks one); a
 * section sign's number counts no dish ("§3 Collection at 12:30"); a word of one letter held
 * down is no word ("a sssssssss— sorry!! my daughter"). */
static int order_match_skipped(const int32_t *cps, int i, int n, const char *out, size_t o,
                               int pending)
{
    int32_t c = cps[i];
    if (c == '?')
        return pending == 0 && o > 0 && out[o - 1] == '$' &&
                       (o == 1 || out[o - 2] < '0' || out[o - 2] > '9')
                   ? 1
                   : 0;
    if (c == 0xA7) {
        int k = i + 1;
        while (k < n && cps[k] >= '0' && cps[k] <= '9')
            k++;
        return k - i;
    }
    if (c >= 'a' && c <= 'z' && (o == 0 || pending != 0 || out[o - 1] == ' '))
        return order_cps_mash_at(cps, i, n);
    return 0;
}

/* Does the tab at cps[i] part two columns of a pasted table's row ("Jo\tQuinoa Power
 * Bowl\tno pumpkin seeds")? Words stand before it on its line and after it: it parts them
 * as a dash does, where a space would run the name, the dish and the note together. */
static bool order_tab_separates(const int32_t *cps, int i, int n, const char *out, size_t o,
                                int pending)
{
    if (o == 0 || pending == '\n' || out[o - 1] == '\n' || out[o - 1] == '-')
        return false;
    int k = i + 1;
    while (k < n && order_is_blank(cps[k]))
        k++;
    return k < n && cps[k] != '\n';
}

/* Encodes cps with blank runs collapsed (a run holding a new line becomes one '\n'),
 * trimmed at both ends. The match form (match) drops apostrophes, save one that elides the
 * last letter of "of" or "and" (written as that letter, normalize_elided.c), and emoji
 * variation selectors, and writes food emoji as their words (emoji.h). Returns the length or
 * -E2BIG. */
static int order_encode(const int32_t *cps, int n, bool match, char *out, size_t cap)
{
    size_t o = 0;
    int pending = 0;       /* 0: none, ' ': a space, '\n': a new line */
    int32_t last_food = 0; /* the food emoji just written, blanks aside */
    int thanked = match ? order_cps_thanks_start(cps, n) : n;
    for (int i = 0; i < n; i++) {
        int32_t c = cps[i];
        if (c == '\t' && match && order_tab_separates(cps, i, n, out, o, pending)) {
            if (o + 3 > cap)
                return -E2BIG;
            out[o++] = ' '; /* "Priya\tQuinoa Power Bowl\tno pumpkin seeds": columns */
            out[o++] = '-';
            pending = ' ';
            continue;
        }
        if (c == '\n' || order_is_blank(c)) {
            if (o > 0 && pending != '\n')
                pending = c == '\n' ? '\n' : ' ';
            continue;
        }
        int skipped = match ? order_match_skipped(cps, i, n, out, o, pending) : 0;
        if (skipped > 0) {
            if (c >= 'a' && c <= 'z')
                last_food = 0;
            i += skipped - 1;
            continue;
        }
        bool plain = c < 0x80 && c != '\''; /* ASCII has no emoji, nothing elided or dropped */
        int32_t elided =
            !plain && match && (c == '\'' || c == 0x2019) ? order_elided_letter(cps, i, n) : 0;
        if (elided != 0)
            c = elided; /* "two o' the wraps": "of" */
        else if (match && (c == '\'' || c == 0x2019 || c == 0x2018 || c == 0xFE0F))
            continue;
        if (match && c == 0xD7)
            c = 'x'; /* "shake ×2": the multiplication sign counts as "x" does */
        if (match && !plain && order_refusal_sign(cps, i, n)) {
            if (o > 0 && pending == 0)
                pending = ' ';
            if (!order_encode_char('n', out, &o, cap, &pending) ||
                !order_encode_char('o', out, &o, cap, &pending))
                return -E2BIG;
            pending = ' ';
            last_food = 0;
            continue;
        }
        const char *word = match && !plain ? order_emoji_word(c) : NULL;
        if (word && i > 0 &&
            (cps[i - 1] == c || (cps[i - 1] == 0xFE0F && i > 1 && cps[i - 2] == c)))
            continue; /* "🌮🌮🌮": a picture repeated is read once (or counted, below) */
        if (word && o > 0 && out[o - 1] == '?')
            continue; /* "is the tres leches made fresh daily? 🎂": it pictures the question */
        if (word && last_food == 0 &&
            order_emoji_illustrates(cps, i, i < thanked ? thanked : n, out, o))
            break; /* "shake + fries + burger 🍔🍟🥤": they picture the words */
        if (word && last_food == 0 && order_emoji_previews(cps, i, n, out, o)) {
            while (i + 1 < n && (order_emoji_word(cps[i + 1]) || order_is_blank(cps[i + 1]) ||
                                 cps[i + 1] == 0xFE0F))
                i++;
            if (o > 0)
                pending = ' ';
            continue; /* "hi!! 🍔🍟 can we get burgers and fries": they preview the words */
        }
        if (word && last_food == 0 && order_emoji_ends_sentence(cps, i, n, out, o))
            word = NULL; /* "teacher here 🍎 could i get": written as the picture it is */
        if (word) {
            if (!order_encode_food(cps, i, n, c, word, last_food, out, &o, cap, &pending))
                return -E2BIG;
            last_food = c;
            continue;
        }
        last_food = 0;
        if (match && c >= 'a' && c <= 'z' && pending == 0 && o >= 2 && out[o - 1] == c &&
            out[o - 2] == c)
            continue; /* "sooo", "pleaseeee": a letter held for stress; no word spells it thrice */
        if (!order_encode_char(c, out, &o, cap, &pending))
            return -E2BIG;
    }
    if (cap == 0)
        return -E2BIG;
    out[o] = '\0';
    return (int)o;
}

int order_normalize_display(const char *text, size_t len, char *out, size_t out_cap)
{
    int32_t cps[ORDER_CODEPOINTS_MAX];
    int n = order_codepoints(text, len, UTF8PROC_STABLE | UTF8PROC_COMPOSE, cps);
    if (n < 0)
        return n;
    return order_encode(cps, n, false, out, out_cap);
}

/* Drops the last letter of each word of out[0..o) that texting stretched by doubling it
 * ("plzz", "pleasee", "thankss"): the word is no chat or function word, the word a letter
 * shorter is. Words of three letters keep theirs ("too", "off" are no "to", "of"). Returns
 * the new length. */
static size_t order_unstretch_ends(char *out, size_t o)
{
    enum { STRETCHED_MIN = 4 };
    size_t w = 0, r = 0;
    while (r < o) {
        size_t b = r;
        while (r < o && out[r] >= 'a' && out[r] <= 'z')
            r++;
        size_t len = r - b;
        bool whole =
            (b == 0 || (unsigned char)out[b - 1] < 0x80) &&
            (r == o || ((unsigned char)out[r] < 0x80 && !(out[r] >= '0' && out[r] <= '9')));
        bool stretched = whole && len >= STRETCHED_MIN && out[r - 1] == out[r - 2] &&
                         !order_language_english_word(out + b, len) &&
                         order_language_english_word(out + b, len - 1);
        memmove(out + w, out + b, len - (stretched ? 1U : 0U));
        w += len - (stretched ? 1U : 0U);
        if (r < o)
            out[w++] = out[r++]; /* the byte after the word, or a byte of no word */
    }
    out[w] = '\0';
    return w;
}

/* Does an article stand as a word at out[i..o) ("a ", "an ", "the ", or the text's end)? Not
 * the "a" of the French "a la" (an accent folded away: "an a la carte option"), which no
 * English article stands before "la" as. */
static bool order_article_at(const char *out, size_t i, size_t o)
{
    static const char *const articles[] = {"a", "an", "the"};
    if (i + 4 <= o && memcmp(out + i, "a la", 4) == 0 && (i + 4 == o || out[i + 4] == ' '))
        return false;
    for (size_t k = 0; k < sizeof(articles) / sizeof(*articles); k++) {
        size_t n = strlen(articles[k]);
        if (i + n <= o && memcmp(out + i, articles[k], n) == 0 && (i + n == o || out[i + n] == ' '))
            return true;
    }
    return false;
}

/* Writes "an" before a number or an article as the "and" it was typed for ("a quesadilla an
 * 2 horchatas", "no tomato an a side salad"): an article never stands before a count or another
 * article. Returns the new length (out_cap permitting). */
static size_t order_and_before_count(char *out, size_t o, size_t out_cap)
{
    for (size_t i = 1; i + 4 < o && o + 2 <= out_cap; i++)
        if (out[i - 1] == ' ' && out[i] == 'a' && out[i + 1] == 'n' && out[i + 2] == ' ' &&
            ((out[i + 3] >= '0' && out[i + 3] <= '9') || order_article_at(out, i + 3, o))) {
            memmove(out + i + 3, out + i + 2, o - (i + 2) + 1); /* the NUL too */
            out[i + 2] = 'd';
            o++;
        }
    return o;
}

/* Writes "nd" standing as a word as the "and" it was texted for ("da chickn burger nd a
 * smoothie"): no English word is "nd", and read as a change it would keep the dish before
 * from ending. Returns the new length (out_cap permitting). */
static size_t order_and_texted(char *out, size_t o, size_t out_cap)
{
    for (size_t i = 0; i + 1 < o && o + 2 <= out_cap; i++)
        if (out[i] == 'n' && out[i + 1] == 'd' && (i == 0 || out[i - 1] == ' ') &&
            (i + 2 == o || out[i + 2] == ' ')) {
            memmove(out + i + 1, out + i, o - i + 1); /* the NUL too */
            out[i] = 'a';
            o++;
        }
    return o;
}

/* "5 nos. cheddar cheese burger, 3 pcs. fries": the dot of a counting word abbreviated
 * ("nos." for numbers, "pcs." for pieces) right after a count in digits ends no sentence;
 * written as a space, so the count reaches its dish. The length stays. */
static void order_count_unit_dots(char *out, size_t o)
{
    static const char *const units[] = {"nos.", "pcs."};
    for (size_t u = 0; u < sizeof units / sizeof units[0]; u++)
        for (char *p = out; (p = strstr(p, units[u])) != NULL; p += 4)
            if (p - out >= 2 && p[-1] == ' ' && p[-2] >= '0' && p[-2] <= '9' &&
                (size_t)(p - out) + 4U <= o)
                p[3] = ' ';
}

/* Writes "apiece" as the "each" it means ("2 tacos apiece", "a quesadilla apiece for the
 * kids"): one word for one sense, so every reading of "each" reads it. Returns the new
 * length. */
static size_t order_apiece_as_each(char *out, size_t o)
{
    static const char apiece[] = "apiece";
    enum { APIECE_LEN = sizeof(apiece) - 1 };
    char *p = out;
    while ((p = strstr(p, apiece)) != NULL) {
        size_t i = (size_t)(p - out);
        bool whole = (i == 0 || !(out[i - 1] >= 'a' && out[i - 1] <= 'z')) &&
                     !(p[APIECE_LEN] >= 'a' && p[APIECE_LEN] <= 'z');
        if (!whole) {
            p += APIECE_LEN;
            continue;
        }
        memcpy(p, "each", 4);
        memmove(p + 4, p + APIECE_LEN, o - (i + APIECE_LEN) + 1); /* the NUL too */
        o -= APIECE_LEN - 4;
        p += 4;
    }
    return o;
}

/* "1\ufe0f\u20e3 onion rings": a keycap numbers a line of a list, as "1." does; the mark
 * stripped with the accents would leave a bare count. Writes the dot in the keycap's place in a
 * copy (*copy, the caller's to free) and returns it, or text when it holds no keycap. */
static const char *order_keycaps_as_dots(const char *text, size_t len, char **copy)
{
    static const char keycap[] = "\xe2\x83\xa3"; /* U+20E3 COMBINING ENCLOSING KEYCAP */
    *copy = NULL;
    if (len < sizeof(keycap) - 1U || !memmem(text, len, keycap, sizeof(keycap) - 1U))
        return text;
    *copy = malloc(len);
    if (!*copy)
        return text;
    memcpy(*copy, text, len);
    for (char *p = *copy; (p = memmem(p, len - (size_t)(p - *copy), keycap, 3)) != NULL; p += 3)
        memcpy(p, ".  ", 3);
    return *copy;
}

int order_normalize_match(const char *text, size_t len, char *out, size_t out_cap)
{
    int32_t cps[ORDER_CODEPOINTS_MAX];
    utf8proc_option_t opts =
        UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_CASEFOLD | UTF8PROC_STRIPMARK;
    char *copy;
    text = order_keycaps_as_dots(text, len, &copy);
    int n = order_codepoints(text, len, opts, cps);
    free(copy);
    if (n < 0)
        return n;
    int o = order_encode(cps, n, true, out, out_cap);
    if (o < 0)
        return o;
    size_t m = order_unstretch_ends(out, (size_t)o);
    m = order_and_before_count(out, m, out_cap);
    m = order_apiece_as_each(out, m);
    order_count_unit_dots(out, m);
    m = order_days_texted(out, m, out_cap);
    m = order_ampersand_as_and(out, m, out_cap);
    m = order_thanks_run_on_cut(out, m);
    return (int)order_and_texted(out, m, out_cap);
}

static bool order_is_word_cp(int32_t c)
{
    if (c >= 0 && c < 0x80) /* ASCII letters and digits are the ASCII of these categories */
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    switch (utf8proc_category(c)) {
    case UTF8PROC_CATEGORY_LU:
    case UTF8PROC_CATEGORY_LL:
    case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO:
    case UTF8PROC_CATEGORY_ND:
    case UTF8PROC_CATEGORY_NL:
    case UTF8PROC_CATEGORY_NO:
    case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_MC:
        return true;
    default:
        return false;
    }
}

/* The punctuation token a codepoint stands for, or 0 when it only ends a word. */
static char order_punct_of(int32_t c)
{
    if (c < 0x80 && c > 0 && strchr(",;+&():.!?-*\n/", (int)c))
        return (char)c;
    if (c == '|')
        return '\n'; /* "fries | lemonade": a bar sets entries apart as a new line does */
    if (c == '=')
        return ':'; /* "Freddie = mac bites": a label set off as a colon sets it (spaced) */
    if (c == 0x2022 || c == 0x2013 || c == 0x2014) /* bullet, en and em dash */
        return c == 0x2022 ? ',' : '-';
    utf8proc_category_t cat = utf8proc_category(c);
    if (cat == UTF8PROC_CATEGORY_SO || cat == UTF8PROC_CATEGORY_SK)
        return ','; /* emoji and symbols end a phrase, as a comma would */
    return 0;
}

static int32_t order_cp_at(const char *text, size_t len, size_t i, size_t *step)
{
    if ((unsigned char)text[i] < 0x80) {
        *step = 1; /* what utf8proc_iterate reads of an ASCII byte */
        return (unsigned char)text[i];
    }
    int32_t c = -1;
    utf8proc_ssize_t n =
        utf8proc_iterate((const utf8proc_uint8_t *)text + i, (utf8proc_ssize_t)(len - i), &c);
    *step = n > 0 ? (size_t)n : 1;
    return n > 0 ? c : -1;
}

/* A '-', '.' or ':' joins a word when the word goes on right after it: "gluten-free", "6.30",
 * "6:30" (dots and colons only between digits). */
static bool order_joins_word(const char *text, size_t len, size_t i, int32_t c, int32_t prev)
{
    if (i + 1 >= len || prev < 0)
        return false;
    unsigned char next = (unsigned char)text[i + 1];
    if (c == '-')
        return order_is_word_cp(prev) &&
               (next >= 0x80 || (next >= 'a' && next <= 'z') || (next >= '0' && next <= '9'));
    return (c == '.' || c == ':') && prev >= '0' && prev <= '9' && next >= '0' && next <= '9';
}

size_t order_tokenize(const char *text, size_t len, struct order_token *tokens, size_t max)
{
    size_t n = 0, i = 0, word_start = 0;
    bool in_word = false;
    int32_t prev = -1;
    while (i < len && n < max) {
        size_t step;
        int32_t c = order_cp_at(text, len, i, &step);
        bool word =
            c >= 0 && (order_is_word_cp(c) || (in_word && order_joins_word(text, len, i, c, prev)));
        if (word && !in_word) {
            word_start = i;
            in_word = true;
        } else if (!word && in_word) {
            tokens[n++] = (struct order_token){(uint32_t)word_start, (uint16_t)(i - word_start),
                                               ORDER_TOKEN_WORD, 0};
            in_word = false;
        }
        char p = word || c < 0 ? 0 : order_punct_of(c);
        if (p == '\n' && n > 0 && tokens[n - 1].kind == ORDER_TOKEN_PUNCT &&
            (tokens[n - 1].punct == '.' || tokens[n - 1].punct == '!'))
            p = 0; /* "no onion.\npossible?": the mark ends the sentence, the line adds nothing */
        if (p == ':' && c == '=' && (i + 1 >= len || text[i + 1] != ' '))
            p = 0; /* "x=2" is a count written as code, no label */
        if (p && n < max)
            tokens[n++] = (struct order_token){(uint32_t)i, 1, ORDER_TOKEN_PUNCT, p};
        prev = c;
        i += step;
    }
    if (in_word && n < max)
        tokens[n++] = (struct order_token){(uint32_t)word_start, (uint16_t)(i - word_start),
                                           ORDER_TOKEN_WORD, 0};
    return n;
}

/* True when the longer word (ll bytes) with one byte dropped is the shorter one. */
static bool order_word_drop(const char *l, size_t ll, const char *s)
{
    size_t i = 0;
    while (i < ll - 1 && l[i] == s[i])
        i++;
    return memcmp(l + i + 1, s + i, ll - 1 - i) == 0;
}

bool order_word_near(const char *a, size_t alen, const char *b, size_t blen)
{
    if (alen == blen && memcmp(a, b, alen) == 0)
        return true;
    size_t longer = alen > blen ? alen : blen;
    if (longer < ORDER_TYPO_WORD_MIN || alen == 0 || blen == 0 || a[0] != b[0])
        return false;
    if (alen == blen + 1)
        return order_word_drop(a, alen, b);
    if (blen == alen + 1)
        return order_word_drop(b, blen, a);
    if (alen != blen)
        return false;
    size_t i = 0;
    while (a[i] == b[i])
        i++;
    return i + 1 < alen && a[i] == b[i + 1] && a[i + 1] == b[i] &&
           memcmp(a + i + 2, b + i + 2, alen - i - 2) == 0;
}
