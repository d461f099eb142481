/* reading_head_clipped.c — "one asada burr, one horchata": the head word of a dish's name
 * cut short where the words before it name that dish (reading.h pass 1, after the abbreviated
 * names). A clipping is read as the word it starts only when it is no English word ("cauli"); but a
 * texted name often cuts its last word to an English one ("burr" for "burrito"). Right after
 * a word read as a word of names that end in one head word that starts with it, and is at
 * most twice as long, the word is that head, when the phrase ends there (a mark, the end, or
 * a word such as "no", "and", "pls" after it: "vegan brown rice" is rice). Elsewhere "burr"
 * stays what it is. */
#include <string.h>

#include "gateway/order/food.h"
#include "gateway/order/language.h"
#include "gateway/order/reading_internal.h"

enum {
    CLIPPED_LETTERS_MIN = 4, /* "bur", "tac": too short to say which word they start */
};

bool read_clips_name_word(const char *w, size_t len, const struct order_lex_word *v)
{
    return v->len > len && v->len <= 2U * len && v->text[0] == w[0] && memcmp(v->text, w, len) == 0;
}

/* The head word that ends a name holding a word read at p and starts with w[0..len), at most
 * twice as long; -1 when none or several do. */
static int32_t clipped_head(const struct order_lexicon *lx, const struct order_reading *out,
                            size_t p, const char *w, size_t len)
{
    int32_t found = -1;
    for (size_t x = 0; x < lx->n_variants; x++) {
        size_t vl = lx->variant_len[x];
        if (vl < 2U)
            continue; /* a name of one word holds no word before its head */
        uint16_t h = lx->variant_words[x][vl - 1U];
        const struct order_lex_word *v = &lx->words[h];
        if ((int32_t)h == found || !read_clips_name_word(w, len, v))
            continue;
        bool named = false;
        for (size_t j = 0; j + 1U < vl && !named; j++)
            named = order_reading_has_word(out, p, p + 1U, lx->variant_words[x][j]);
        if (!named)
            continue;
        if (found >= 0)
            return -1;
        found = (int32_t)h;
    }
    return found;
}

void read_heads_clipped(const struct order_reader *rd, const char *text,
                        const struct order_token *tokens, size_t n, struct order_reading *out)
{
    for (size_t t = 1; t < n; t++) {
        const struct order_token *k = &tokens[t];
        if (k->kind != ORDER_TOKEN_WORD || out->n_hits[t] > 0 || k->len < CLIPPED_LETTERS_MIN ||
            tokens[t - 1U].kind != ORDER_TOKEN_WORD || out->n_hits[t - 1U] == 0)
            continue;
        /* the name ends at the word: "vegan brown rice" is rice */
        if (t + 1U < n && tokens[t + 1U].kind == ORDER_TOKEN_WORD &&
            !order_language_english_word(text + tokens[t + 1U].off, tokens[t + 1U].len))
            continue;
        if (order_food_word(rd->food, text + k->off, k->len))
            continue; /* "fresh lemon": a food says what it means */
        int32_t h = clipped_head(rd->lex, out, t - 1U, text + k->off, k->len);
        if (h < 0)
            continue;
        out->hits[t][0] = (struct order_lex_hit){{(uint16_t)h, 0}, 1, 1, 1.0f};
        out->n_hits[t] = 1;
    }
}
