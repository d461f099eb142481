/* menu_part_whole.c — a part of a dish taken off (or more of it asked) by the first word of
 * its name (reading.h): "no pico" on a dish whose description holds "pico de gallo" is "no
 * pico de gallo", "extra pico" is "extra pico de gallo". A word no dictionary knows, followed in
 * the description by "de" and more of the name, is that name clipped. So a swap of one word for
 * another ("corn instead of flour") names the part by the noun the description puts after the word
 * swapped out ("flour tortilla"). */
#include <stdio.h>
#include <string.h>

#include "gateway/order/dictionary.h"
#include "gateway/order/food.h"
#include "gateway/order/lexicon.h"
#include "gateway/order/reading.h"

/* Is s[0..n) one word, letters only? */
static bool part_one_word(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (!order_text_letter(s[i]))
            return false;
    return true;
}

/* Writes part name pn after mod's lead; false when it does not fit. */
static bool part_write(const struct order_part_name *pn, char *mod, size_t lead, size_t cap)
{
    if (lead + pn->len + 1 > cap)
        return false;
    memmove(mod + lead, pn->text, pn->len);
    mod[lead + pn->len] = '\0';
    return true;
}

static bool part_named_by(const struct order_part_name *pn, const char *w, size_t len)
{
    return pn->word_len == len && memcmp(pn->text, w, len) == 0;
}

void order_menu_part_whole(const struct order_lexicon *lx, int32_t item, char *mod, size_t cap)
{
    enum { PART_WORD_MIN = 3 };
    /* the part taken off, or more of it asked ("extra pico": "extra pico de gallo") */
    static const char *const leads[] = {"no ", "extra ", "add ", "more ", "light "};
    size_t lead = 0;
    for (size_t k = 0; k < ORDER_WORDS_N(leads) && lead == 0; k++)
        if (strncmp(mod, leads[k], strlen(leads[k])) == 0)
            lead = strlen(leads[k]);
    if (item < 0 || !lx->item_text || !lx->item_text[item] || lead == 0)
        return;
    const char *w = mod + lead;
    size_t len = strlen(w);
    if (!part_one_word(w, len) || len < PART_WORD_MIN || order_dictionary_has(lx->dict, w, len))
        return;
    /* the dish's own description first: the first name it has of the word */
    for (size_t k = 0; k < lx->n_part_names; k++) {
        const struct order_part_name *pn = &lx->part_names[k];
        if (pn->item == (uint32_t)item && part_named_by(pn, w, len)) {
            if (part_write(pn, mod, lead, cap))
                return;
            break;
        }
    }
    /* a part added that the dish lacks ("extra pico" on a bowl made without it) is the part
     * the kitchen has, named as the rest of the menu names it: each item's first name of the
     * word, in menu order */
    uint32_t tried = UINT32_MAX;
    for (size_t k = 0; k < lx->n_part_names; k++) {
        const struct order_part_name *pn = &lx->part_names[k];
        if (pn->item == tried || !part_named_by(pn, w, len))
            continue;
        tried = pn->item;
        if (part_write(pn, mod, lead, cap))
            return;
    }
}

/* Is w[0..len) a word of text, at word boundaries, followed by a space and a word? That word
 * into *head (and its length), or false. */
static bool part_word_then(const char *text, const char *w, size_t len, const char **head,
                           size_t *head_len)
{
    for (const char *p = text; (p = strstr(p, w)) != NULL; p += len) {
        if ((p > text && order_text_letter(p[-1])) || p[len] != ' ' ||
            !order_text_letter(p[len + 1]))
            continue;
        const char *h = p + len + 1, *e = h;
        while (order_text_letter(*e))
            e++;
        *head = h;
        *head_len = (size_t)(e - h);
        return true;
    }
    return false;
}

void order_menu_swap_head(const struct order_lexicon *lx, int32_t item, char *mod, size_t cap)
{
    static const char sep[] = " instead of ";
    if (item < 0 || !lx->item_text || !lx->item_text[item])
        return;
    char *mid = strstr(mod, sep);
    if (!mid)
        return;
    const char *left = mod, *right = mid + sizeof(sep) - 1U;
    size_t left_len = (size_t)(mid - mod), right_len = strlen(right);
    if (!part_one_word(left, left_len) || !part_one_word(right, right_len))
        return; /* each side one word: "corn instead of flour" */
    const char *text = lx->item_text[item], *desc = strstr(text, ". ");
    const char *head;
    size_t head_len;
    if (!part_word_then(desc ? desc : text, right, right_len, &head, &head_len) ||
        !order_food_word(lx->food, head, head_len) ||
        (head_len == left_len && memcmp(head, left, left_len) == 0))
        return;
    char phrase[ORDER_MODIFIER_BYTES_MAX];
    int n = snprintf(phrase, sizeof(phrase), "%.*s %.*s", (int)left_len, left, (int)head_len, head);
    if (n <= 0 || (size_t)n >= sizeof(phrase) ||
        !order_lexicon_menu_mentions(lx, phrase, (size_t)n))
        return;
    char out[2U * ORDER_MODIFIER_BYTES_MAX];
    n = snprintf(out, sizeof(out), "%s%s%s", phrase, sep, right);
    if (n > 0 && (size_t)n < cap)
        memcpy(mod, out, (size_t)n + 1U);
}

/* Is desc[p..] (case aside) the len bytes of w? */
static bool part_same_at(const char *desc, const char *w, size_t len)
{
    for (size_t i = 0; i < len; i++) {
        char c = desc[i];
        if (c >= 'A' && c <= 'Z')
            c = (char)(c - 'A' + 'a');
        if (c != w[i])
            return false;
    }
    return true;
}

void order_menu_hyphen_part(const struct order_lexicon *lx, int32_t item, char *mod, size_t cap)
{
    if (item < 0 || !lx->menu->items[item].description)
        return;
    const char *desc = lx->menu->items[item].description;
    /* each word of mod followed by another: "cilantro rice" */
    for (char *a = mod; *a; a++) {
        if (a > mod && a[-1] != ' ')
            continue;
        char *sp = strchr(a, ' ');
        if (!sp || !order_text_letter(sp[1]))
            return;
        size_t alen = (size_t)(sp - a);
        const char *b = sp + 1, *bend = b;
        while (order_text_letter(*bend))
            bend++;
        size_t blen = (size_t)(bend - b);
        /* the word must end at a hyphen: try the description's hyphens, not every byte */
        for (const char *h = strchr(desc, '-'); h; h = strchr(h + 1, '-')) {
            if ((size_t)(h - desc) < alen)
                continue;
            const char *p = h - alen;
            if ((p > desc && order_text_letter((char)(p[-1] | 0x20))) || !part_same_at(p, a, alen))
                continue;
            const char *q = p + alen + 1;
            while (order_text_letter((char)(*q | 0x20)) && *q != ' ')
                q++;
            if (q == p + alen + 1 || *q != ' ' || !part_same_at(q + 1, b, blen) ||
                order_text_letter((char)(q[1 + blen] | 0x20)))
                continue;
            /* "cilantro rice" as the menu writes it: "cilantro-lime rice" */
            size_t add = (size_t)(q - (p + alen)), len = strlen(mod);
            if (len + add + 1 > cap)
                return;
            memmove(sp + add, sp, len - (size_t)(sp - mod) + 1);
            for (size_t i = 0; i < add; i++) {
                char c = p[alen + i];
                sp[i] = (char)(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
            }
            return;
        }
    }
}

/* "2 fish (fish on corn pls)": a change of one bare word that the menu puts before the base
 * the dish is served on ("on a warm flour tortilla"), where the dish has another, swaps the
 * base: "corn tortilla". */
void order_menu_bare_base(const struct order_lexicon *lx, int32_t item, char *mod, size_t cap)
{
    enum { BASE_WORDS_MAX = 3 }; /* "on a warm flour tortilla": words between "on" and the base */
    if (item < 0 || !lx->item_text || !lx->item_text[item])
        return;
    size_t len = strlen(mod);
    if (!part_one_word(mod, len))
        return; /* one word only: "corn" */
    const char *text = lx->item_text[item], *desc = strstr(text, ". ");
    const char *on = strstr(desc ? desc : text, " on ");
    if (len == 0 || !on)
        return;
    /* the base is the last word before a comma, a semicolon or the end, a few words on */
    const char *p = on + 4, *last = NULL, *before = NULL;
    size_t last_len = 0;
    for (int k = 0; k <= BASE_WORDS_MAX && order_text_letter(*p); k++) {
        const char *e = p;
        while (order_text_letter(*e))
            e++;
        before = last;
        last = p;
        last_len = (size_t)(e - p);
        if (*e != ' ')
            break;
        p = e + 1;
    }
    if (!last || !before || !order_food_word(lx->food, last, last_len) ||
        ((size_t)(last - before - 1) == len && memcmp(before, mod, len) == 0))
        return;
    char phrase[ORDER_MODIFIER_BYTES_MAX];
    int n = snprintf(phrase, sizeof(phrase), "%s %.*s", mod, (int)last_len, last);
    if (n > 0 && (size_t)n < cap && (size_t)n < sizeof(phrase) &&
        order_lexicon_menu_mentions(lx, phrase, (size_t)n) && !strstr(text, phrase))
        memcpy(mod, phrase, (size_t)n + 1U);
}
