/* change_typos.c — a change's misspelt words written as the menu spells them (reading.h):
 * "add avacado", "no celary" are "add avocado", "no celery" when one word of the menu's
 * names and descriptions is a letter away and the word written is no English word. */
#include <string.h>

#include "gateway/order/dictionary.h"
#include "gateway/order/food.h"
#include "gateway/order/lexicon.h"
#include "gateway/order/reading.h"

enum { TYPO_WORD_MIN = 5, TYPO_WORD_BYTES = 32 };

bool order_menu_near_word(const struct order_lexicon *lx, const char *w, size_t len, char *out)
{
    bool found = false;
    for (size_t i = 0; i < lx->menu->count; i++) {
        const char *s = lx->item_text ? lx->item_text[i] : NULL;
        while (s && *s) {
            while (*s && !(*s >= 'a' && *s <= 'z'))
                s++;
            const char *b = s;
            while ((*s >= 'a' && *s <= 'z'))
                s++;
            size_t l = (size_t)(s - b);
            if (l < TYPO_WORD_MIN || l >= TYPO_WORD_BYTES || b[0] != w[0])
                continue;
            if ((l == len || l + 1 == len || l == len + 1) && memcmp(b, w, l < len ? l : len) == 0)
                return false; /* the word or its plural: spelt right */
            if (order_edit_distance(w, len, b, l, 1) != 1)
                continue;
            if (found && (strlen(out) != l || memcmp(out, b, l) != 0))
                return false; /* two words near it */
            memcpy(out, b, l);
            out[l] = '\0';
            found = true;
        }
    }
    return found;
}

void order_change_typos(const struct order_reader *rd, char *mod, size_t cap)
{
    char out[ORDER_MODIFIER_BYTES_MAX];
    size_t o = 0;
    bool changed = false;
    for (const char *s = mod; *s;) {
        const char *w = s;
        while (*s && *s != ' ')
            s++;
        size_t len = (size_t)(s - w);
        char fix[TYPO_WORD_BYTES];
        bool letters = len >= TYPO_WORD_MIN && len < TYPO_WORD_BYTES;
        for (size_t k = 0; letters && k < len; k++)
            letters = w[k] >= 'a' && w[k] <= 'z';
        bool typo = letters && !order_dictionary_has(rd->dict, w, len) &&
                    !order_food_word(rd->food, w, len) &&
                    order_menu_near_word(rd->lex, w, len, fix);
        const char *put = typo ? fix : w;
        size_t pl = typo ? strlen(fix) : len;
        if (o + pl + 2 >= sizeof(out))
            return; /* too long to rewrite: left as read */
        memcpy(out + o, put, pl);
        o += pl;
        changed = changed || typo;
        while (*s == ' ')
            out[o++] = *s++;
    }
    out[o] = '\0';
    if (changed && o < cap)
        memcpy(mod, out, o + 1);
}
