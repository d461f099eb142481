/* reading_name_gap_slips.c — "two kids many burgers": a short word read as nothing between two
 * words of a dish's name, where that name has exactly one word between those two (reading.h
 * pass 1, after the name slips). A phone's autocorrect or a dictation put a real word in the
 * name's place; the words on both sides pin which word of which name it stands for. It reads
 * as that word when it starts with the same letter and is at most half its letters away from
 * it, one name word fits, no food is meant by it ("beet") and the message writes that word
 * nowhere else. Left unread, a word that also counts ("many" for "mini") was read as a vague
 * count and broke the name in two: the kind after it was asked back. Longer slips beside one
 * word of a name are read_name_slips'. */
#include "gateway/order/food.h"
#include "gateway/order/reading_internal.h"

enum {
    GAP_LETTERS_MIN = 3, /* "a", "an", "of" are no slips of a name's word */
};

/* The word of a name said between the words read at t - 1 and t + 1 that w[0..len) slipped
 * from, or -1 when none or several are. */
static int32_t gap_name_word(const struct order_lexicon *lx, const struct order_reading *out,
                             size_t n, size_t t, const char *w, size_t len)
{
    int32_t found = -1;
    size_t bound = len / 2U;
    for (size_t x = 0; x < lx->n_variants; x++) {
        const uint16_t *vw = lx->variant_words[x];
        for (size_t j = 0; j + 2U < lx->variant_len[x]; j++) {
            const struct order_lex_word *v = &lx->words[vw[j + 1U]];
            if (v->text[0] != w[0] || (int32_t)vw[j + 1U] == found ||
                !order_reading_has_word(out, t - 1U, t, vw[j]) ||
                !order_reading_has_word(out, t + 1U, t + 2U, vw[j + 2U]) ||
                order_edit_distance(w, len, v->text, v->len, bound) > bound)
                continue;
            /* two fit, or the message writes the word out */
            if (found >= 0 || order_reading_has_word(out, 0, n, vw[j + 1U]))
                return -1;
            found = (int32_t)vw[j + 1U];
        }
    }
    return found;
}

void read_name_gap_slips(const struct order_reader *rd, const char *text,
                         const struct order_token *tokens, size_t n, struct order_reading *out)
{
    for (size_t t = 1; t + 1U < n; t++) {
        const struct order_token *k = &tokens[t];
        if (k->kind != ORDER_TOKEN_WORD || out->n_hits[t] > 0 || k->len < GAP_LETTERS_MIN ||
            tokens[t - 1U].kind != ORDER_TOKEN_WORD || tokens[t + 1U].kind != ORDER_TOKEN_WORD ||
            out->n_hits[t - 1U] == 0 || out->n_hits[t + 1U] == 0)
            continue;
        if (order_food_word(rd->food, text + k->off, k->len))
            continue; /* "classic beet burger": a food says what it means */
        int32_t v = gap_name_word(rd->lex, out, n, t, text + k->off, k->len);
        if (v < 0)
            continue;
        out->hits[t][0] = (struct order_lex_hit){{(uint16_t)v, 0}, 1, 1, 1.0f};
        out->n_hits[t] = 1;
    }
}
