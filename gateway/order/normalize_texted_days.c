/* normalize_texted_days.c — the days texted with a digit for its sound ("2nite", "2day",
 * "2moro"), written in the match form as the words they stand for ("tonight", "today",
 * "tomorrow"). Left as they are, the tokenizer splits the digit off as a count ("2 | nite")
 * and the rest is a dish the menu lacks; written out, every reading of a day reads them. So
 * are the nights texted as they sound ("last nite", "tonite"), which no reading of a time
 * knows, left as words of a dish ("last nite was missing the"), and the days texted without
 * their vowels ("same as yday", "tmrw"). */
#include <stdbool.h>
#include <string.h>

#include "gateway/order/normalize.h"

static bool texted_letter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
}

size_t order_days_texted(char *out, size_t o, size_t out_cap)
{
    static const char *const texted[][2] = {
        {"2nite", "tonight"},   {"2night", "tonight"},   {"2nyt", "tonight"},
        {"2day", "today"},      {"2moro", "tomorrow"},   {"2morro", "tomorrow"},
        {"2morow", "tomorrow"}, {"2morrow", "tomorrow"}, {"2mrw", "tomorrow"},
        {"2mrrw", "tomorrow"},  {"tonite", "tonight"},   {"nite", "night"},
        {"yday", "yesterday"},  {"ystrdy", "yesterday"}, {"tmrw", "tomorrow"},
        {"tmrrw", "tomorrow"}};
    for (size_t i = 0; i < o; i++) {
        if (i > 0 && texted_letter(out[i - 1]))
            continue; /* only a word's start */
        for (size_t t = 0; t < sizeof(texted) / sizeof(*texted); t++) {
            if (out[i] != texted[t][0][0])
                continue;
            size_t wl = strlen(texted[t][0]), rl = strlen(texted[t][1]);
            if (i + wl > o || memcmp(out + i, texted[t][0], wl) != 0 ||
                (i + wl < o && texted_letter(out[i + wl])) || o - wl + rl + 1U > out_cap)
                continue;
            memmove(out + i + rl, out + i + wl, o - (i + wl) + 1U); /* the NUL too */
            memcpy(out + i, texted[t][1], rl);
            o = o - wl + rl;
            i += rl - 1U;
            break;
        }
    }
    return o;
}
