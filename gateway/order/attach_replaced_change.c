/* attach_replaced_change.c — a change said again after a correction (attach_modifiers.c):
 * "the caesar no anchovy dressing... actually just put the dressing on the side" asks for
 * the dressing on the side only; the later change of the same part takes the earlier's
 * place. "keep the fries" takes a part back as the dish comes: it undoes the change of that
 * part and is no change itself. */
#include <string.h>

#include "gateway/order/attach_internal.h"

/* Does a correction ("actually", "wait", "sorry") lead the clause before the change at a?
 * "the caesar no anchovy dressing... actually just put the dressing on the side" */
bool attach_corrected_before(const struct attach_state *st, size_t a)
{
    if (!ORDER_CUES_ANY(&st->rg->cues, "actually", "wait", "sorry"))
        return false;
    static const char *const leads[] = {"actually", "wait", "sorry"};
    for (size_t p = st->b; p < a; p++)
        if (order_tok_in(st->text, st->tokens, p, a, leads, ORDER_WORDS_N(leads)))
            return true;
    return false;
}

/* Does the modifier text m hold the word w[0..len) as a word of its own? */
static bool attach_mod_has_word(const char *m, const char *w, size_t len)
{
    for (const char *p = m; *p;) {
        const char *e = strchr(p, ' ');
        size_t l = e ? (size_t)(e - p) : strlen(p);
        if (l == len && memcmp(p, w, len) == 0)
            return true;
        if (!e)
            break;
        p = e + 1;
    }
    return false;
}

/* The change just kept, said after a correction, changes a part an earlier change of the same
 * dish named (a noun of four letters or more, not a word of how): it replaces that change. */
void attach_drop_changed_part(struct order_thing *th)
{
    static const char *const how[] = {"side", "extra", "with", "without", "light", "instead",
                                      "more", "less",  "add",  "hold",    "cooked"};
    const char *now = th->mods.text[th->mods.n - 1U];
    for (size_t m = 0; m + 1U < th->mods.n; m++) {
        bool shared = false;
        for (const char *p = now; *p && !shared;) {
            const char *e = strchr(p, ' ');
            size_t l = e ? (size_t)(e - p) : strlen(p);
            bool how_word = false;
            for (size_t k = 0; k < ORDER_WORDS_N(how); k++)
                how_word = how_word || (strlen(how[k]) == l && memcmp(how[k], p, l) == 0);
            shared = l >= 4 && !how_word && attach_mod_has_word(th->mods.text[m], p, l);
            p = e ? e + 1 : p + l;
        }
        if (!shared)
            continue;
        memmove(&th->mods.text[m], &th->mods.text[m + 1U],
                (th->mods.n - m - 1U) * sizeof(th->mods.text[0]));
        th->mods.n--;
        return;
    }
}

/* Is the change just kept "keep (the) X" / "leave (the) X" (or X alone, said_keep: those
 * words were read before it), X a part named alone ("keep the fries", "leave the onions")?
 * Not "leave the onions off", "keep the sauce on the side", "keep it warm": those say how the
 * part comes. */
static bool attach_keeps_part(const char *m, bool said_keep)
{
    static const char *const how[] = {"on",   "off",  "out",   "in",       "side",
                                      "warm", "hot",  "cold",  "separate", "separately",
                                      "it",   "them", "extra", "no"};
    if (said_keep)
        ;
    else if (strncmp(m, "keep ", 5) == 0)
        m += 5;
    else if (strncmp(m, "leave ", 6) == 0)
        m += 6;
    else
        return false;
    if (strncmp(m, "the ", 4) == 0)
        m += 4;
    if (*m == '\0')
        return false;
    for (const char *p = m; *p;) {
        const char *e = strchr(p, ' ');
        size_t l = e ? (size_t)(e - p) : strlen(p);
        for (size_t k = 0; k < ORDER_WORDS_N(how); k++)
            if (strlen(how[k]) == l && memcmp(how[k], p, l) == 0)
                return false;
        p = e ? e + 1 : p + l;
    }
    return true;
}

bool attach_drop_kept_part(struct order_thing *th, bool said_keep)
{
    if (th->mods.n == 0 || !attach_keeps_part(th->mods.text[th->mods.n - 1U], said_keep))
        return false;
    attach_drop_changed_part(th); /* "no fries ... keep the fries": the removal undone */
    th->mods.n--;                 /* the part as the dish comes: no change */
    return true;
}
