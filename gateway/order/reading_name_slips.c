/* reading_name_slips.c — "trifle fries", "the tofu tertiary bowl": a phone's autocorrect puts
 * a real word in place of a word of a dish's name. A word read as nothing, right beside a word
 * of a dish's name, reads as the word the name says on that side of it when it keeps that
 * word's first two letters and at least half its letters ("trifle": truffle), one such word
 * fits, and the message writes that word nowhere else. */
#include <string.h>

#include "gateway/order/reading_internal.h"

enum {
    SLIP_LETTERS_MIN = 6, /* shorter words are too many others' slips */
};

/* Does a name or alias say word k right before (first) or right after a word read at nb, as
 * the slip stands to it ("truffle fries")? */
static bool slip_beside_in_name(const struct order_lexicon *lx, const struct order_reading *out,
                                size_t k, size_t nb, bool first)
{
    for (size_t x = 0; x < lx->n_variants; x++) {
        const uint16_t *vw = lx->variant_words[x];
        for (size_t j = 0; j + 1U < lx->variant_len[x]; j++)
            if (vw[first ? j : j + 1U] == k &&
                order_reading_has_word(out, nb, nb + 1U, vw[first ? j + 1U : j]))
                return true;
    }
    return false;
}

/* Of the name words said beside the word at t, the one w[0..len) slipped from, or -1 when
 * none or several are. */
static int32_t slip_name_word(const struct order_lexicon *lx, const struct order_reading *out,
                              size_t n, size_t t, const char *w, size_t len)
{
    int32_t found = -1;
    size_t bound = len / 2U;
    for (size_t k = 0; k < lx->n_words; k++) {
        const struct order_lex_word *v = &lx->words[k];
        if (v->text[0] != w[0] || v->text[1] != w[1] || v->section_only ||
            v->len < SLIP_LETTERS_MIN ||
            order_edit_distance(w, len, v->text, v->len, bound) > bound)
            continue;
        if (!(t + 1U < n && slip_beside_in_name(lx, out, k, t + 1U, true)) &&
            !(t > 0 && slip_beside_in_name(lx, out, k, t - 1U, false)))
            continue;
        /* two fit, or the message writes the word out ("hallelujah burger *halloumi") */
        if (found >= 0 || order_reading_has_word(out, 0, n, k))
            return -1;
        found = (int32_t)k;
    }
    return found;
}

void read_name_slips(const struct order_reader *rd, const char *text,
                     const struct order_token *tokens, size_t n, struct order_reading *out)
{
    for (size_t t = 0; t < n; t++) {
        const struct order_token *k = &tokens[t];
        if (k->kind != ORDER_TOKEN_WORD || out->n_hits[t] > 0 || k->len < SLIP_LETTERS_MIN ||
            k->len >= ORDER_LEX_WORD_BYTES_MAX)
            continue;
        if (!(t > 0 && out->n_hits[t - 1U] > 0) && !(t + 1U < n && out->n_hits[t + 1U] > 0))
            continue;
        if (order_food_word(rd->food, text + k->off, k->len))
            continue; /* "veggie burger": a food's own word says what it means */
        if (text[k->off + k->len - 3U] == 'e' && text[k->off + k->len - 2U] == 's' &&
            text[k->off + k->len - 1U] == 't' &&
            order_dictionary_has(rd->dict, text + k->off, k->len))
            continue; /* "the cheapest burger": a superlative ranks the dish, names none */
        int32_t v = slip_name_word(rd->lex, out, n, t, text + k->off, k->len);
        if (v < 0)
            continue;
        out->hits[t][0] = (struct order_lex_hit){{(uint16_t)v, 0}, 1, 1, 1.0f};
        out->n_hits[t] = 1;
    }
}
