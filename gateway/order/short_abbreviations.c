/* short_abbreviations.c — a menu word texted as two or three consonants beside another word
 * of the same dish (reading.h, pass 1): "cld brw" (cold brew), "bf burgr" (beef burger), "chz
 * brgr" (cheeseburger). Alone, so short a skeleton is anyone's ("cld" is as often "could"),
 * and the lexicon leaves it (lexicon.c reads four letters or more); beside a word of the same
 * dish, it is the one vocabulary word whose consonants it writes ("z" for the "s" of
 * "cheese"). A pair that writes one word's consonants together ("chz brgr": "cheeseburger")
 * reads as that word, as words run together do. */
#include <string.h>

#include "gateway/order/reading_internal.h"

enum {
    SHORT_LETTERS_MIN = 2,
    SHORT_LETTERS_MAX = 3,
    SKELETON_BYTES = ORDER_LEX_WORD_BYTES_MAX * 2,
};

/* The consonants of w[0..len), "z" written as "s"; their count. */
static size_t short_skeleton(const char *w, size_t len, char *out)
{
    size_t o = 0;
    for (size_t i = 0; i < len && o < SKELETON_BYTES; i++) {
        char c = w[i];
        if (c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u')
            continue;
        out[o++] = c == 'z' ? 's' : c;
    }
    return o;
}

/* Is token t a word of two or three letters, all consonants, that nothing reads, and no word
 * of texting ("pls", "thx", "ppl")? */
static bool short_candidate(const char *text, const struct order_token *tokens,
                            const struct order_reading *out, size_t t)
{
    static const char *const texting[] = {"pls", "plz", "thx", "thnx", "ty", "np",  "rn", "btw",
                                          "ppl", "hrs", "txt", "msg",  "pm", "am",  "st", "nd",
                                          "rd",  "th",  "lg",  "sm",   "md", "xl",  "ok", "kk",
                                          "hmm", "mm",  "sms", "dm",   "lb", "lbs", "tbh"};
    const struct order_token *k = &tokens[t];
    if (k->kind != ORDER_TOKEN_WORD || k->len < SHORT_LETTERS_MIN || k->len > SHORT_LETTERS_MAX ||
        out->n_hits[t] > 0 ||
        order_tok_in(text, tokens, t, t + 1U, texting, ORDER_WORDS_N(texting)))
        return false;
    for (size_t i = 0; i < k->len; i++) {
        char c = text[k->off + i];
        if (c < 'b' || c > 'z' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y')
            return false;
    }
    return true;
}

/* The one vocabulary word whose consonants are sk[0..sl) and which names a dish of items (all
 * dishes when NULL), or -1. */
static int32_t short_word_of(const struct order_lexicon *lx, const char *sk, size_t sl,
                             const struct order_item_set *items)
{
    int32_t found = -1;
    for (size_t i = 0; i < lx->n_words; i++) {
        const struct order_lex_word *w = &lx->words[i];
        char wk[SKELETON_BYTES];
        if (w->len < sl || short_skeleton(w->text, w->len, wk) != sl || memcmp(wk, sk, sl) != 0)
            continue;
        struct order_item_set both = w->items;
        if (items)
            order_item_set_and(&both, items);
        if (order_item_set_count(&both) == 0)
            continue;
        if (found >= 0)
            return -1; /* two words: which is not clear */
        found = (int32_t)i;
    }
    return found;
}

/* The items every reading of token t names. */
static void short_items_of(const struct order_lexicon *lx, const struct order_reading *out,
                           size_t t, struct order_item_set *items)
{
    memset(items, 0, sizeof(*items));
    for (size_t h = 0; h < out->n_hits[t]; h++)
        order_item_set_or(items, &lx->words[out->hits[t][h].words[0]].items);
}

static void short_hit(struct order_reading *out, size_t t, int32_t word)
{
    out->hits[t][0] = (struct order_lex_hit){{(uint16_t)word, 0}, 1, 1, 0.8f};
    out->n_hits[t] = 1;
}

void read_short_abbreviations(const struct order_reader *rd, const char *text,
                              const struct order_token *tokens, size_t n, struct order_reading *out)
{
    const struct order_lexicon *lx = rd->lex;
    for (size_t t = 0; t < n; t++) {
        if (!short_candidate(text, tokens, out, t))
            continue;
        char sk[SKELETON_BYTES];
        size_t sl = short_skeleton(text + tokens[t].off, tokens[t].len, sk);
        /* beside a word read already: a word of a dish it names too */
        for (int side = 1; side >= -1; side -= 2) {
            size_t o = side > 0 ? t + 1U : t - 1U;
            if ((side < 0 && t == 0) || o >= n || tokens[o].kind != ORDER_TOKEN_WORD ||
                out->n_hits[o] == 0)
                continue;
            /* "chz brgr": the two written as one word's consonants */
            char both[SKELETON_BYTES];
            size_t a = side > 0 ? t : o, b = side > 0 ? o : t;
            size_t bl = short_skeleton(text + tokens[a].off, tokens[a].len, both);
            bl += short_skeleton(text + tokens[b].off, tokens[b].len, both + bl);
            int32_t whole = short_word_of(lx, both, bl, NULL);
            if (whole >= 0 && side > 0) {
                short_hit(out, t, whole);
                out->joined[t] = true;
                out->n_hits[o] = 0;
                break;
            }
            struct order_item_set items;
            short_items_of(lx, out, o, &items);
            int32_t w = short_word_of(lx, sk, sl, &items);
            if (w >= 0) {
                short_hit(out, t, w);
                break;
            }
        }
        /* "cld brw": two such words side by side, the words of one dish */
        if (out->n_hits[t] == 0 && t + 1U < n && short_candidate(text, tokens, out, t + 1U)) {
            char sk2[SKELETON_BYTES];
            size_t sl2 = short_skeleton(text + tokens[t + 1U].off, tokens[t + 1U].len, sk2);
            int32_t first = short_word_of(lx, sk, sl, NULL);
            struct order_item_set items =
                first >= 0 ? lx->words[first].items : (struct order_item_set){0};
            int32_t second = first >= 0 ? short_word_of(lx, sk2, sl2, &items) : -1;
            if (second >= 0) {
                short_hit(out, t, first);
                short_hit(out, t + 1U, second);
                t++;
            }
        }
    }
}
