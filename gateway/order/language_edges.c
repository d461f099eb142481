/* language_edges.c — an English greeting that opens a message and an English thanks that
 * closes it are no evidence of its language (language.h): "hey there! ¿La horchata lleva
 * leche?" and "Zwei Pommes bitte, thanks!" are Spanish and German. Speakers of every language
 * open and close with these borrowed courtesies, and counted as English words they outweigh
 * the few function words of a short message in another language. Only set phrases at the very
 * edges are passed over, and only when words remain between them. */
#include <stddef.h>
#include <string.h>

#include "gateway/order/language.h"

enum { EDGE_WORDS_MAX = 4 };

/* Greetings that open a message, word by word, lowercase */
static const char *const edge_greetings[] = {
    "hi",         "hey",          "hello",          "hiya",           "heya",
    "howdy",      "greetings",    "hi there",       "hey there",      "hello there",
    "hi all",     "hey all",      "hello all",      "hi guys",        "hey guys",
    "hello guys", "hi everyone",  "hey everyone",   "hello everyone", "hi folks",
    "hey folks",  "good morning", "good afternoon", "good evening",   "good day",
    NULL,
};

/* Thanks that close a message */
static const char *const edge_thanks[] = {
    "thanks",
    "thank you",
    "thank u",
    "thx",
    "tysm",
    "thanks a lot",
    "thanks so much",
    "thank you so much",
    "many thanks",
    "thanks in advance",
    "thank you very much",
    NULL,
};

static bool edge_letter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (unsigned char)c >= 0x80 ||
           (c >= '0' && c <= '9') || c == '\'';
}

/* Does byte c, ASCII or the lead byte of a character, start a letter or digit of a word?
 * Beyond ASCII the lead bytes of the alphabets (U+00C0 to U+1FFF) and of kana, Han and
 * Hangul (U+3000 to U+DFFF) do; those of Latin-1's marks (U+0080 to U+00BF), of punctuation
 * and symbols (U+2000 to U+2FFF: "…", "❤"), of U+E000 to U+FFFF (the emoji variation
 * selector, full-width marks) and of emoji do not. */
static bool edge_word_byte(unsigned char c)
{
    if (c < 0x80)
        return edge_letter((char)c);
    return (c >= 0xC3 && c <= 0xE1) || (c >= 0xE3 && c <= 0xED);
}

static char edge_lower(char c)
{
    return c >= 'A' && c <= 'Z' ? (char)(c - 'A' + 'a') : c;
}

/* Does phrase (words split by one space) stand at text[at..len), case aside, with no letter
 * right after it? Its end, else 0. */
static size_t edge_phrase_at(const char *text, size_t len, size_t at, const char *phrase)
{
    for (const char *p = phrase; *p; p++) {
        if (*p == ' ') {
            if (at >= len || edge_letter(text[at]))
                return 0;
            while (at < len && (text[at] == ' ' || text[at] == '\t'))
                at++;
            continue;
        }
        if (at >= len || edge_lower(text[at]) != *p)
            return 0;
        at++;
    }
    return at < len && edge_letter(text[at]) ? 0 : at;
}

/* Does text[0..len) hold a letter in [from, to)? */
static bool edge_lettered(const char *text, size_t from, size_t to)
{
    for (size_t i = from; i < to; i++)
        if (edge_letter(text[i]) && !(text[i] >= '0' && text[i] <= '9'))
            return true;
    return false;
}

/* Where the longest greeting that opens text ends, else 0 */
static size_t edge_greeting_end(const char *text, size_t len)
{
    size_t best = 0;
    char first = len > 0 ? edge_lower(text[0]) : '\0';
    if (first != 'h' && first != 'g')
        return 0; /* every greeting listed opens with one of these */
    for (const char *const *g = edge_greetings; *g; g++) {
        size_t end = edge_phrase_at(text, len, 0, *g);
        best = end > best ? end : best;
    }
    return best;
}

/* Is text[b..e) the last word of some thanks listed, case aside? Asked first of the message's
 * last word: most messages end in no such word, and the phrases need not be tried. */
static bool edge_thanks_last_word(const char *text, size_t b, size_t e)
{
    for (const char *const *t = edge_thanks; *t; t++) {
        const char *sp = strrchr(*t, ' ');
        const char *last = sp ? sp + 1 : *t;
        size_t i = 0;
        while (b + i < e && last[i] && edge_lower(text[b + i]) == last[i])
            i++;
        if (b + i == e && last[i] == '\0')
            return true;
    }
    return false;
}

size_t order_language_thanks_start(const char *text, size_t from, size_t len)
{
    size_t end = len; /* past the trailing marks and pictures, not past a word of any script */
    while (end > from) {
        size_t lead = end - 1U;
        while (lead > from && ((unsigned char)text[lead] & 0xC0) == 0x80)
            lead--;
        if (edge_word_byte((unsigned char)text[lead]))
            break;
        end = lead;
    }
    size_t last = end;
    while (last > from && edge_letter(text[last - 1]))
        last--;
    if (!edge_thanks_last_word(text, last, end))
        return len;
    /* the start of each of the last EDGE_WORDS_MAX words, nearest first */
    size_t best = len;
    size_t at = end;
    for (int words = 0; words < EDGE_WORDS_MAX && at > from; words++) {
        while (at > from && edge_letter(text[at - 1]))
            at--;
        char first = at < end ? edge_lower(text[at]) : '\0';
        for (const char *const *t = edge_thanks; *t && (first == 't' || first == 'm'); t++)
            if (edge_phrase_at(text, end, at, *t) == end)
                best = at; /* every thanks listed opens with 't' or 'm' */
        while (at > from && !edge_letter(text[at - 1]))
            at--;
    }
    return best;
}

void order_language_courtesy_edges(const char *text, size_t len, size_t *from, size_t *to)
{
    size_t b = edge_greeting_end(text, len);
    if (b > 0 && !edge_lettered(text, b, len))
        b = 0; /* a greeting alone is the message */
    size_t e = order_language_thanks_start(text, b, len);
    if (e < len && !edge_lettered(text, b, e))
        e = len; /* thanks alone, or after a greeting alone */
    *from = b;
    *to = e;
}
