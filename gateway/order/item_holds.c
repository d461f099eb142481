/* item_holds.c — does a menu item hold a word: its name or description says it, or names
 * the dish every item saying it is named by (reading.h). The menu's own glossary of its
 * names, read wherever a dish is described by what it holds. */
#include <string.h>

#include "gateway/order/reading.h"

enum { DESCRIBED_NAME_WORDS_MAX = 6, DESCRIBED_NAME_WORD_BYTES = 32 };

/* The words of item's name but its last (the kind: "taco"), from its folded text, into
 * words; how many. */
static size_t described_name_words(const struct order_lexicon *lx, size_t item,
                                   char words[DESCRIBED_NAME_WORDS_MAX][DESCRIBED_NAME_WORD_BYTES])
{
    const char *t = lx->item_text ? lx->item_text[item] : NULL;
    const char *dot = t ? strstr(t, ". ") : NULL;
    size_t n = 0;
    for (const char *p = t; dot && p < dot && n < DESCRIBED_NAME_WORDS_MAX;) {
        size_t len = strcspn(p, " .");
        if (p + len >= dot)
            break; /* the last word */
        if (len > 0 && len < DESCRIBED_NAME_WORD_BYTES) {
            memcpy(words[n], p, len);
            words[n++][len] = '\0';
        }
        p += len + 1;
    }
    return n;
}

/* Does item hold the word w: its name or description says it, or its description names the
 * dish that every item saying it is named by ("steak": the Carne Asada Taco and Burrito
 * both say "steak", so a description holding "carne asada" holds steak too)? The menu's own
 * glossary of its names. */
bool order_read_item_holds(const struct order_reader *rd, size_t item, const char *w, size_t len)
{
    const struct order_lexicon *lx = rd->lex;
    if (order_lexicon_item_mentions(lx, (int32_t)item, &w, &len, 1) == 1)
        return true;
    char common[DESCRIBED_NAME_WORDS_MAX][DESCRIBED_NAME_WORD_BYTES];
    size_t n_common = 0;
    bool any = false;
    for (size_t i = 0; i < lx->menu->count; i++) {
        if (i == item || order_lexicon_item_mentions(lx, (int32_t)i, &w, &len, 1) != 1)
            continue;
        char mine[DESCRIBED_NAME_WORDS_MAX][DESCRIBED_NAME_WORD_BYTES];
        size_t n = described_name_words(lx, i, mine);
        if (!any) {
            memcpy(common, mine, sizeof(mine));
            n_common = n;
            any = true;
            continue;
        }
        size_t o = 0;
        for (size_t c = 0; c < n_common; c++)
            for (size_t m = 0; m < n; m++)
                if (strcmp(common[c], mine[m]) == 0) {
                    memmove(common[o++], common[c], DESCRIBED_NAME_WORD_BYTES);
                    break;
                }
        n_common = o;
    }
    if (n_common == 0)
        return false;
    const char *cw[DESCRIBED_NAME_WORDS_MAX];
    size_t cl[DESCRIBED_NAME_WORDS_MAX];
    for (size_t c = 0; c < n_common; c++) {
        cw[c] = common[c];
        cl[c] = strlen(common[c]);
    }
    return order_lexicon_item_mentions(lx, (int32_t)item, cw, cl, n_common) == n_common;
}
