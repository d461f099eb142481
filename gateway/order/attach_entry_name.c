/* attach_entry_name.c — "Liam 2 carne asada tacos, Ava 2 carne asada tacos, Jack 1 al pastor
 * taco": one word that opens an entry of a list, right before the entry's count in digits and
 * its dish, says whom the entry is for. It is a name, no dish the menu lacks ("jack" is no
 * cheese, "ava" no misspelt food), so nothing is asked back. So is a word no dictionary knows
 * before an article and a dish ("Jess wants the green garden one, Amir a halloumi burger,
 * Claire the teriyaki bowl"). */
#include "gateway/order/attach_internal.h"
#include "gateway/order/dictionary.h"
#include "gateway/order/food.h"

bool attach_entry_name(const struct attach_state *st, size_t i, size_t j)
{
    const struct order_token *t = st->tokens;
    if (j != i + 1U || j + 1U >= st->e || t[i].kind != ORDER_TOKEN_WORD || st->rg->n_hits[i] > 0 ||
        order_food_word(st->rd->food, st->text + t[i].off, t[i].len))
        return false; /* "pizza 2 tacos": a food the menu lacks, then the tacos */
    bool opens = i == st->b ||
                 (t[i - 1U].kind == ORDER_TOKEN_PUNCT &&
                  (t[i - 1U].punct == ',' || t[i - 1U].punct == '\n' || t[i - 1U].punct == ';'));
    int32_t v = attach_digits(st->text + t[j].off, t[j].len, true);
    return opens && t[j].kind == ORDER_TOKEN_WORD && v >= 1 && v <= ORDER_QTY_MAX &&
           st->rg->n_hits[j + 1U] > 0;
}

bool attach_entry_name_before_article(const struct attach_state *st, size_t i, size_t j)
{
    static const char *const articles[] = {"a", "an", "the"};
    const struct order_token *t = st->tokens;
    if (!ORDER_CUES_ANY(&st->cues, "a", "an", "the") || j < i + 1U || j > i + 2U ||
        t[i].kind != ORDER_TOKEN_WORD || st->rg->n_hits[i] > 0 || t[i].len < 3 ||
        order_food_word(st->rd->food, st->text + t[i].off, t[i].len) ||
        order_dictionary_has(st->rd->dict, st->text + t[i].off, t[i].len))
        return false;
    bool opens = i > st->b && t[i - 1U].kind == ORDER_TOKEN_PUNCT &&
                 (t[i - 1U].punct == ',' || t[i - 1U].punct == '\n' || t[i - 1U].punct == ';');
    size_t art = i + 1U; /* the article, in the run ("claire the") or read as a count ("a") */
    return opens && art + 1U < st->e &&
           attach_in(st->text, t, art, st->e, articles, ORDER_WORDS_N(articles)) &&
           (j == art + 1U || j == art) && st->rg->n_hits[art + 1U] > 0 &&
           st->rg->roles[art + 1U] == ORDER_ROLE_ITEM;
}
