/* change_called_off.c — "a beef burger w/ extra pickles and cheese, actually scratch the
 * cheese" (reading.h, after the corrections): words that call something off ("scratch",
 * "forget", "nvm", "never mind") before what a change of an earlier dish put on it take that
 * change back; the words name no dish of their own ("cheese" is no cheeseburger asked back).
 * A dish called off ("scratch the lemonade") is the corrections' (correct.c). */
#include <string.h>

#include "gateway/order/reading.h"

/* Does a word calling something off, "the" after it perhaps, end right before token b? */
static bool called_off_before(const char *text, const struct order_token *tokens, size_t lo,
                              size_t b, size_t *lead)
{
    static const char *const off[] = {"scratch", "forget", "nvm", "nevermind", "scrap", "skip"};
    size_t p = b;
    if (p > lo && order_tok_is(text, tokens, p - 1U, b, "the"))
        p--;
    if (p > lo && order_tok_in(text, tokens, p - 1U, b, off, ORDER_WORDS_N(off))) {
        *lead = p - 1U;
        return true;
    }
    if (p >= lo + 2U && order_tok_is(text, tokens, p - 1U, b, "mind") &&
        order_tok_is(text, tokens, p - 2U, b, "never")) {
        *lead = p - 2U;
        return true;
    }
    return false;
}

/* Is change m the part named by phrase, as added ("cheese", "extra cheese", "add cheese")? */
static bool change_puts_on(const char *m, const char *phrase, size_t len)
{
    size_t ml = strlen(m);
    if (ml < len || memcmp(m + ml - len, phrase, len) != 0)
        return false;
    if (ml == len)
        return true;
    static const char *const adding[] = {"extra ", "add ", "with ", "double "};
    for (size_t k = 0; k < ORDER_WORDS_N(adding); k++)
        if (ml == len + strlen(adding[k]) && memcmp(m, adding[k], strlen(adding[k])) == 0)
            return true;
    return false;
}

void order_read_changes_called_off(const char *text, const struct order_token *tokens,
                                   struct order_reading *rg)
{
    if (!ORDER_CUES_ANY(&rg->cues, "scratch", "forget", "nvm", "nevermind", "scrap", "skip",
                        "mind"))
        return;
    for (size_t x = 1; x < rg->n_things; x++) {
        struct order_thing *th = &rg->things[x];
        size_t lead;
        if (th->reference || th->qty_explicit || th->phrase_len == 0 ||
            !called_off_before(text, tokens, rg->clauses[th->clause].begin, th->begin, &lead))
            continue;
        bool taken = false;
        for (size_t y = 0; y < x && !taken; y++) {
            struct order_modifiers *mods = &rg->things[y].mods;
            for (uint8_t m = 0; m < mods->n && !taken; m++) {
                if (!change_puts_on(mods->text[m], th->phrase, th->phrase_len))
                    continue;
                memmove(mods->text[m], mods->text[m + 1U],
                        (size_t)(mods->n - m - 1U) * sizeof(mods->text[0]));
                mods->n--;
                taken = true;
            }
        }
        if (!taken)
            continue;
        memset(rg->roles + lead, ORDER_ROLE_FILLER, th->end - lead);
        order_reading_drop_thing(rg, x);
        x--;
    }
}
