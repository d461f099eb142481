/* normalize_thanks_closing.c — a thanks that closes a message right after its last word, with
 * no mark between ("coffee pls, black thanks!", "one wrap - the vegan one thanks!"), is cut
 * from the match form: the message is read as if it ended before it. Run on, it was read as
 * one more word of the last thing or change ("black thanks", "one thanks"), which then named
 * nothing; and a full stop written in its place is no neutral mark either (a count closing
 * a sentence after a question reads otherwise than one closing the message). It asks for
 * nothing and changes nothing. A thanks after a word it belongs with ("no thanks", "many
 * thanks", "say thanks", "and thank you") is left as it is, and so is one after a mark: a
 * sentence of its own, read as the pleasantry it is. */
#include <stdbool.h>
#include <string.h>

#include "gateway/order/language.h"
#include "gateway/order/normalize.h"

static bool closing_word_byte(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (unsigned char)c >= 0x80;
}

/* Is out[b..e) a word that makes one phrase with the thanks after it, or joins it to the
 * sentence before ("no thanks", "and thanks")? */
static bool closing_held_by(const char *out, size_t b, size_t e)
{
    static const char *const holders[] = {
        "no", "nah", "and", "or", "but",  "many", "big",  "huge", "say", "said", "a",     "the",
        "my", "our", "to",  "so", "also", "in",   "with", "for",  "of",  "just", "again", NULL};
    for (const char *const *h = holders; *h; h++)
        if (strlen(*h) == e - b && memcmp(out + b, *h, e - b) == 0)
            return true;
    return false;
}

size_t order_thanks_run_on_cut(char *out, size_t o)
{
    size_t t = order_language_thanks_start(out, 0, o);
    if (t == o || t < 2U || out[t - 1] != ' ' || !closing_word_byte(out[t - 2]))
        return o;
    size_t e = t - 1U, b = e;
    while (b > 0 && closing_word_byte(out[b - 1]))
        b--;
    if (closing_held_by(out, b, e))
        return o;
    /* a question mark after it stays ("is it vegan thanks?" still asks); "!" and pictures
     * after it are said of the thanks */
    bool asked = memchr(out + t, '?', o - t) != NULL;
    if (asked)
        out[e++] = '?';
    out[e] = '\0';
    return e;
}
