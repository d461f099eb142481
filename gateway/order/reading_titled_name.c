/* reading_titled_name.c — "Dr. Hale here", "this is Mrs Mango", "for Mr Fries" (reading.h pass
 * 2, after the clauses): a title of address before a word makes that word a person's name, no
 * dish, whatever menu word it holds or nearly spells ("hale" is no misspelt kale). A drink
 * named so ("a dr pepper", an entry of the food lexicon) stays the drink. So does a word of
 * kin ("my grandsons Jack and Harry", "my son Jack") before a word that only nearly spells a
 * menu word ("jack" of "jackfruit"): a menu word spelt right ("my son nuggets") stays it. And
 * so does the word after "its" / "this is" that introduces who writes ("its Dale again"). */
#include "gateway/order/food.h"
#include "gateway/order/reading_internal.h"

/* Are all of token k's readings in the lexicon inexact (a typo, a clipping)? */
static bool titled_only_nearly(const struct order_reading *rg, size_t k)
{
    for (size_t h = 0; h < rg->n_hits[k]; h++)
        if (rg->hits[k][h].edits == 0)
            return false;
    return rg->n_hits[k] > 0;
}

static void titled_kin_names(const char *text, const struct order_token *tokens, size_t n,
                             struct order_reading *rg)
{
    static const char *const kin[] = {
        "son",      "sons",      "daughter", "daughters", "grandson", "grandsons", "granddaughter",
        "grandkid", "grandkids", "boy",      "boys",      "girl",     "girls",     "brother",
        "sister",   "friend",    "nephew",   "niece",     "cousin",   "husband",   "wife"};
    if (!ORDER_CUES_ANY(&rg->cues, "son", "sons", "daughter", "daughters", "grandson", "grandsons",
                        "granddaughter", "grandkid", "grandkids", "boy", "boys", "girl", "girls",
                        "brother", "sister", "friend", "nephew", "niece", "cousin", "husband",
                        "wife"))
        return;
    for (size_t t = 0; t + 1U < n; t++) {
        if (!order_tok_in(text, tokens, t, n, kin, ORDER_WORDS_N(kin)))
            continue;
        size_t k = t + 1U;
        if (tokens[k].kind != ORDER_TOKEN_WORD || rg->roles[k] != ORDER_ROLE_NONE ||
            !titled_only_nearly(rg, k))
            continue;
        rg->n_hits[k] = 0;
        rg->roles[k] = ORDER_ROLE_FILLER;
    }
}

/* "hey its Dale again", "this is Dale here", "it's Dale, 2 lemonades": the word after "its" or
 * "this is" that only nearly spells a menu word ("dale": kale), before a mark, the end or a
 * word that goes on introducing the speaker, is who writes. */
static void titled_self_named(const char *text, const struct order_token *tokens, size_t n,
                              struct order_reading *rg)
{
    static const char *const after[] = {"here", "again", "from", "at", "with", "calling"};
    if (!ORDER_CUES_ANY(&rg->cues, "its", "is"))
        return;
    for (size_t t = 0; t + 1U < n; t++) {
        bool its = order_tok_is(text, tokens, t, n, "its");
        bool this_is = t > 0 && order_tok_is(text, tokens, t, n, "is") &&
                       order_tok_is(text, tokens, t - 1U, n, "this");
        if (!its && !this_is)
            continue;
        size_t k = t + 1U;
        if (tokens[k].kind != ORDER_TOKEN_WORD || rg->roles[k] != ORDER_ROLE_NONE ||
            !titled_only_nearly(rg, k))
            continue;
        if (k + 1U < n && tokens[k + 1U].kind == ORDER_TOKEN_WORD &&
            !order_tok_in(text, tokens, k + 1U, n, after, ORDER_WORDS_N(after)))
            continue; /* "its kale salad i want": the dish goes on */
        rg->n_hits[k] = 0;
        rg->roles[k] = ORDER_ROLE_FILLER;
    }
}

void order_read_titled_names(const struct order_reader *rd, const char *text,
                             const struct order_token *tokens, size_t n, struct order_reading *rg)
{
    titled_kin_names(text, tokens, n, rg);
    titled_self_named(text, tokens, n, rg);
    static const char *const titles[] = {"dr", "mr", "mrs", "ms", "mx", "prof"};
    if (!ORDER_CUES_ANY(&rg->cues, "dr", "mr", "mrs", "ms", "mx", "prof"))
        return;
    for (size_t t = 0; t + 1U < n; t++) {
        if (!order_tok_in(text, tokens, t, n, titles, ORDER_WORDS_N(titles)))
            continue;
        size_t k = t + 1U;
        if (k < n && tokens[k].kind == ORDER_TOKEN_PUNCT && tokens[k].punct == '.')
            k++; /* "Dr. Hale" */
        if (k >= n || tokens[k].kind != ORDER_TOKEN_WORD || rg->roles[k] != ORDER_ROLE_NONE ||
            order_food_entry_of(rd->food, text + tokens[t].off, tokens[t].len, text + tokens[k].off,
                                tokens[k].len))
            continue;
        rg->n_hits[k] = 0;
        rg->roles[k] = ORDER_ROLE_FILLER;
        rg->roles[t] = ORDER_ROLE_FILLER;
    }
}
