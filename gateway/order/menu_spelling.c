/* menu_spelling.c — a change's words as the menu spells them (reading.h): the match form
 * drops accents, so "extra jalapenos" and "extra consome" are written back "extra
 * jalapeños", "extra consomé" when the menu's names or descriptions spell the word so; and
 * a customer's clipped word of the understanding's synonyms ("guac") is written as the menu
 * writes it ("guacamole"). */
#include <string.h>

#include "gateway/order/lexicon.h"
#include "gateway/order/menu_words.h"
#include "gateway/order/reading.h"

void order_change_rewrite(char *mod, size_t cap, order_change_word_fn word, void *ctx)
{
    char out[ORDER_MODIFIER_BYTES_MAX], put[ORDER_MODIFIER_BYTES_MAX];
    size_t o = 0;
    bool changed = false;
    for (const char *s = mod; *s;) {
        const char *w = s;
        while (*s && *s != ' ')
            s++;
        size_t len = (size_t)(s - w);
        size_t pl = word(ctx, w, len, put, sizeof(put));
        const char *from = pl > 0 ? put : w;
        changed = changed || pl > 0;
        if (pl == 0)
            pl = len;
        if (o + pl + 2 >= sizeof(out))
            return; /* too long to rewrite: left as read */
        memcpy(out + o, from, pl);
        o += pl;
        while (*s == ' ' && o + 1 < sizeof(out))
            out[o++] = *s++;
    }
    out[o] = '\0';
    if (changed && o < cap)
        memcpy(mod, out, o + 1);
}

/* The menu's spelling of w (its plural "s" kept), or 0 (order_change_rewrite). */
static size_t spelling_word(void *ctx, const char *w, size_t len, char *put, size_t put_cap)
{
    bool plural = false;
    const char *spelt = order_menu_words_accented(ctx, w, len, &plural);
    size_t sl = spelt ? strlen(spelt) : 0;
    if (!spelt || sl + 2 > put_cap)
        return 0;
    memcpy(put, spelt, sl);
    if (plural)
        put[sl++] = 's';
    return sl;
}

/* Writes two words of mod that qualify a word after them joined by a hyphen where the
 * menu's texts join them so ("instead of the cilantro lime rice": the menu's
 * "cilantro-lime rice"): the change names the menu's part as the menu does. A diet said
 * alone ("made gluten free") stays as the diet is named. */
static void spelling_hyphens(const struct order_lexicon *lx, char *mod)
{
    enum { JOINED_BYTES = 48 };
    for (char *sp = strchr(mod, ' '); sp; sp = strchr(sp + 1, ' ')) {
        char *b = sp, *e = sp + 1;
        while (b > mod && b[-1] != ' ')
            b--;
        while (*e && *e != ' ')
            e++;
        size_t len = (size_t)(e - b);
        if (b == sp || e == sp + 1 || *e != ' ' || len >= JOINED_BYTES)
            continue;
        char joined[JOINED_BYTES];
        memcpy(joined, b, len);
        joined[sp - b] = '-';
        if (order_menu_words_has(lx->menu_words, joined, len))
            *sp = '-';
    }
}

void order_menu_spelling(const struct order_lexicon *lx, char *mod, size_t cap)
{
    if (lx->menu_words->n_accented > 0)
        order_change_rewrite(mod, cap, spelling_word, lx->menu_words);
    spelling_hyphens(lx, mod);
}

/* The value of the next one-word entry of list at or after *k spelt w[0..len) (values below
 * n_values only), *k moved past it; -1 when there is none. */
static int32_t spelling_entry(const struct order_patterns *list, size_t n_values, const char *w,
                              size_t len, size_t *k)
{
    for (; *k < list->count; (*k)++) {
        const struct order_pattern *p = &list->items[*k];
        if (p->n_words == 1 && p->word_lens[0] == len && memcmp(p->words[0], w, len) == 0 &&
            p->value >= 0 && (size_t)p->value < n_values) {
            (*k)++;
            return p->value;
        }
    }
    return -1;
}

struct synonym_context {
    const struct order_understanding *u;
    const struct order_menu_words *menu_words;
};

/* The menu's word that w clips ("guac": "guacamole"), or 0 (order_change_rewrite). */
static size_t synonym_word(void *ctx, const char *w, size_t len, char *put, size_t put_cap)
{
    const struct synonym_context *sc = ctx;
    const struct order_understanding *u = sc->u;
    int32_t v;
    for (size_t k = 0; (v = spelling_entry(&u->synonyms, u->n_synonym_of, w, len, &k)) >= 0;) {
        const char *of = u->synonym_of[v];
        size_t ol = strlen(of);
        /* a clipping only ("guac" of "guacamole"): "yogurt" stays as the customer wrote */
        if (!strchr(of, ' ') && ol > len && ol < put_cap && strncmp(of, w, len) == 0 &&
            !order_menu_words_has(sc->menu_words, w, len) &&
            order_menu_words_has(sc->menu_words, of, ol)) {
            memcpy(put, of, ol);
            return ol;
        }
    }
    return 0;
}

/* The English word of w, written in another language ("cebolla": "onion"), or 0
 * (order_change_rewrite): only when the menu's texts lack w and hold the English word, so a
 * menu that writes its dishes in that language keeps them as it names them. */
static size_t translation_word(void *ctx, const char *w, size_t len, char *put, size_t put_cap)
{
    const struct synonym_context *sc = ctx;
    const struct order_understanding *u = sc->u;
    size_t k = 0;
    int32_t v = spelling_entry(&u->translations, u->n_translation_of, w, len, &k);
    if (v < 0)
        return 0;
    const char *of = u->translation_of[v];
    size_t ol = strlen(of);
    if (ol < put_cap && !order_menu_words_has(sc->menu_words, w, len) &&
        order_menu_words_has(sc->menu_words, of, ol)) {
        memcpy(put, of, ol);
        return ol;
    }
    return 0;
}

void order_menu_translations(const struct order_understanding *u, const struct order_lexicon *lx,
                             char *mod, size_t cap)
{
    if (u->translations.count == 0)
        return;
    struct synonym_context sc = {u, lx->menu_words};
    order_change_rewrite(mod, cap, translation_word, &sc);
}

void order_menu_synonyms(const struct order_understanding *u, const struct order_lexicon *lx,
                         char *mod, size_t cap)
{
    struct synonym_context sc = {u, lx->menu_words};
    order_change_rewrite(mod, cap, synonym_word, &sc);
}
