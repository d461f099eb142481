/* reading_name_abbreviated.c — "1 grl veggie taco pls", "2 chs burr and a flan": a word of a dish's
 * name texted as its first letters and a sign or two (reading.h pass 1, after the gap slips). A
 * short word of no dictionary right before a word of a name, keeping the first two letters
 * of the word that name says before it, is that word ("grl": grilled, before "veggie"); the
 * word after it may itself be the name's last word cut short ("chs burr": Bean and
 * Cheese Burrito), read so only as the pair. One name word fits (or one pair), it is longer than
 * the short form by two letters or more, and the message writes it nowhere else. Longer words are
 * misspellings, read by the lexicon. */
#include "gateway/order/food.h"
#include "gateway/order/reading_internal.h"

enum {
    ABBREV_LETTERS_MIN = 2,
    ABBREV_LETTERS_MAX = 4,
    ABBREV_CLIPPED_MIN = 4, /* the cut last word after it: "burr" */
};

/* Does the unread word at p start name word v (four letters or more, at most twice as long)? */
static bool abbrev_clipped(const char *text, const struct order_token *tokens,
                           const struct order_reading *out, size_t p, size_t n,
                           const struct order_lex_word *v)
{
    const struct order_token *k = &tokens[p];
    return p < n && k->kind == ORDER_TOKEN_WORD && out->n_hits[p] == 0 &&
           k->len >= ABBREV_CLIPPED_MIN && read_clips_name_word(text + k->off, k->len, v);
}

/* The name word w[0..len) at t shortens, in *word, and in *next the last word the unread
 * word after it cuts short (-1 when that one is read already); false when none or several. */
static bool abbrev_name_word(const struct order_lexicon *lx, const char *text,
                             const struct order_token *tokens, const struct order_reading *out,
                             size_t n, size_t t, int32_t *word, int32_t *next)
{
    const char *w = text + tokens[t].off;
    size_t len = tokens[t].len;
    *word = *next = -1;
    for (size_t x = 0; x < lx->n_variants; x++) {
        const uint16_t *vw = lx->variant_words[x];
        size_t vl = lx->variant_len[x];
        for (size_t j = 0; j + 1U < vl; j++) {
            const struct order_lex_word *v = &lx->words[vw[j]];
            if (v->text[0] != w[0] || v->text[1] != w[1] || v->len < len + 2U)
                continue;
            bool read_next = order_reading_has_word(out, t + 1U, t + 2U, vw[j + 1U]);
            if (!read_next && !(j + 2U == vl && abbrev_clipped(text, tokens, out, t + 1U, n,
                                                               &lx->words[vw[j + 1U]])))
                continue;
            int32_t after = read_next ? -1 : (int32_t)vw[j + 1U];
            if (*word == (int32_t)vw[j] && *next == after)
                continue; /* the same words by another name */
            if (*word >= 0 || order_reading_has_word(out, 0, n, vw[j]))
                return false;
            *word = (int32_t)vw[j];
            *next = after;
        }
    }
    return *word >= 0;
}

/* Can the token at p, after the short word, be the name word abbrev_name_word asks of it: one
 * read already, or an unread word long enough to be cut short? (A cheap test first.) */
static bool abbrev_next_may_name(const struct order_token *tokens, const struct order_reading *out,
                                 size_t p)
{
    return out->n_hits[p] > 0 ||
           (tokens[p].kind == ORDER_TOKEN_WORD && tokens[p].len >= ABBREV_CLIPPED_MIN);
}

void read_names_abbreviated(const struct order_reader *rd, const char *text,
                            const struct order_token *tokens, size_t n, struct order_reading *out)
{
    for (size_t t = 0; t + 1U < n; t++) {
        const struct order_token *k = &tokens[t];
        const char *w = text + k->off;
        if (k->kind != ORDER_TOKEN_WORD || out->n_hits[t] > 0 || k->len < ABBREV_LETTERS_MIN ||
            k->len > ABBREV_LETTERS_MAX || w[0] < 'a' || w[0] > 'z' || w[1] < 'a' || w[1] > 'z' ||
            !abbrev_next_may_name(tokens, out, t + 1U) ||
            order_dictionary_has(rd->dict, w, k->len) || order_food_word(rd->food, w, k->len))
            continue;
        int32_t word, next;
        if (!abbrev_name_word(rd->lex, text, tokens, out, n, t, &word, &next))
            continue;
        out->hits[t][0] = (struct order_lex_hit){{(uint16_t)word, 0}, 1, 1, 1.0f};
        out->n_hits[t] = 1;
        if (next >= 0) {
            out->hits[t + 1U][0] = (struct order_lex_hit){{(uint16_t)next, 0}, 1, 1, 1.0f};
            out->n_hits[t + 1U] = 1;
        }
    }
}
