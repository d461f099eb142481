/* artifact_words.c — the things made by people that English names by a common noun, no food
 * (see artifact_words.h): "umbrella", "chair", "balloon", "bag"; and the people ("patient",
 * "welder"). A customer may count them ("can i get 3 umbrellas", "3 patients discharged") as
 * they count dishes, and no kitchen makes them.
 *
 * The lists are gateway/order/artifact_words.txt and person_words.txt, generated from WordNet
 * 3.0 by scripts/gen-artifact-words (which states the selection rule) and compiled in as byte
 * arrays; each is sorted, so a lookup is a binary search over its lines, with no table to
 * build. What the menu names ("bowl", "wrap", "kids") is read before these lists are asked. */
#include "gateway/order/artifact_words.h"

#include <string.h>

extern const char order_artifact_words[];
extern const size_t order_artifact_words_len;
extern const char order_person_words[];
extern const size_t order_person_words_len;

/* a compiled-in list: its lines, sorted, after a '#' header line */
struct artifact_list {
    const char *text;
    size_t len;
};

enum { ARTIFACT_WORD_MAX = ORDER_ARTIFACT_WORD_MAX };

/* memcmp order of w[0..len) against the line line[0..n): the byte order the list is sorted in */
static int artifact_compare(const char *w, size_t len, const char *line, size_t n)
{
    int c = memcmp(w, line, len < n ? len : n);
    if (c != 0)
        return c;
    return (len > n) - (len < n);
}

/* True when w[0..len) is a line of text[lo..hi), whose lines are sorted; lo starts a line and
 * hi ends one (just past its '\n'). */
static bool artifact_search(const char *text, size_t lo, size_t hi, const char *w, size_t len)
{
    while (lo < hi) {
        size_t start = lo + (hi - lo) / 2;
        while (start > lo && text[start - 1] != '\n')
            start--;
        const char *nl = memchr(text + start, '\n', hi - start);
        size_t end = nl ? (size_t)(nl - text) : hi;
        size_t n = end - start;
        if (n > 0 && text[end - 1] == '\r') /* a checkout with CRLF line ends */
            n--;
        int c = artifact_compare(w, len, text + start, n);
        if (c == 0)
            return true;
        if (c < 0)
            hi = start;
        else
            lo = end < hi ? end + 1 : hi;
    }
    return false;
}

static bool artifact_listed(struct artifact_list list, const char *w, size_t len)
{
    const char *text = list.text;
    size_t body = 0;
    if (len < 3 || len > ARTIFACT_WORD_MAX)
        return false;
    while (body < list.len && text[body] == '#') { /* the header line */
        const char *nl = memchr(text + body, '\n', list.len - body);
        body = nl ? (size_t)(nl - text) + 1 : list.len;
    }
    return artifact_search(text, body, list.len, w, len);
}

/* The form of w[0..len) that list holds (the word or its singular) into out; its length, or 0 */
static size_t artifact_form_in(struct artifact_list list, const char *w, size_t len, char *out)
{
    if (artifact_listed(list, w, len)) {
        memcpy(out, w, len);
        return len;
    }
    if (len < 4 || len > ARTIFACT_WORD_MAX || w[len - 1] != 's')
        return 0;
    memcpy(out, w, len);
    if (artifact_listed(list, w, len - 1)) /* "umbrellas" */
        return len - 1;
    if (len >= 5 && w[len - 2] == 'e' && artifact_listed(list, w, len - 2))
        return len - 2;                                       /* "boxes" */
    if (len >= 5 && w[len - 3] == 'i' && w[len - 2] == 'e') { /* "accessories" */
        out[len - 3] = 'y';
        return artifact_listed(list, out, len - 2) ? len - 2 : 0;
    }
    return 0;
}

size_t order_artifact_listed_form(const char *w, size_t len, char *out)
{
    struct artifact_list list = {order_artifact_words, order_artifact_words_len};
    return artifact_form_in(list, w, len, out);
}

bool order_artifact_word(const char *w, size_t len)
{
    char form[ORDER_ARTIFACT_WORD_MAX];
    return order_artifact_listed_form(w, len, form) > 0;
}

size_t order_person_listed_form(const char *w, size_t len, char *out)
{
    struct artifact_list list = {order_person_words, order_person_words_len};
    return artifact_form_in(list, w, len, out);
}
