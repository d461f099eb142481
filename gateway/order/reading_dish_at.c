/* reading_dish_at.c — whether a dish of the menu stands at a token, for the zones of words
 * that change a dish (reading_zones.c, before the spans of reading.h pass 3): a whole name or
 * alias ("fries", "a side salad"), menu words that name one item only ("the al pastor"), an
 * article and a name cut short ("the veggie bowl"). "with" before such a dish joins it to the
 * one before ("burger with fries"); before anything else it leads a change. */
#include "gateway/order/reading_internal.h"

/* Does a whole name or alias of a menu item start at token i ("fries", "onion rings", "a side
 * salad" after the article)? */
bool read_name_at(const struct order_reader *rd, const char *text, const struct order_token *tokens,
                  const struct order_reading *rg, size_t i, size_t e)
{
    return order_read_name_at(rd, text, tokens, rg, i, e) >= 0;
}

/* Does variant v of the menu's names and aliases start at token i, its words in order with
 * connectors ("and", "n") between them? */
static bool name_variant_at(const struct order_lexicon *lx, const char *text,
                            const struct order_token *tokens, const struct order_reading *rg,
                            size_t v, size_t i, size_t e)
{
    size_t t = i, k = 0;
    while (k < lx->variant_len[v] && t < e) {
        bool found = false;
        for (size_t h = 0; h < rg->n_hits[t] && !found; h++)
            found = rg->hits[t][h].words[0] == lx->variant_words[v][k];
        if (!found && order_tok_connector(text, &tokens[t]) && k > 0) {
            t++;
            continue;
        }
        if (!found)
            break;
        k++;
        t++;
    }
    return k == lx->variant_len[v];
}

int32_t order_read_name_at(const struct order_reader *rd, const char *text,
                           const struct order_token *tokens, const struct order_reading *rg,
                           size_t i, size_t e)
{
    const struct order_lexicon *lx = rd->lex;
    if (order_tok_is(text, tokens, i, e, "a") || order_tok_is(text, tokens, i, e, "an") ||
        order_tok_is(text, tokens, i, e, "the") || order_tok_is(text, tokens, i, e, "some"))
        i++;
    if (i >= e || rg->n_hits[i] == 0) /* every variant has a first word, read at i */
        return -1;
    for (size_t v = 0; v < lx->n_variants; v++)
        if (name_variant_at(lx, text, tokens, rg, v, i, e))
            return (int32_t)lx->variant_item[v];
    return -1;
}

bool read_long_name_at(const struct order_reader *rd, const char *text,
                       const struct order_token *tokens, const struct order_reading *rg, size_t i,
                       size_t e)
{
    if (i >= e || rg->n_hits[i] == 0) /* every variant has a first word, read at i */
        return false;
    for (size_t v = 0; v < rd->lex->n_variants; v++)
        if (rd->lex->variant_len[v] >= 2 && name_variant_at(rd->lex, text, tokens, rg, v, i, e))
            return true;
    return false;
}

/* The menu words (as spelt, one vocabulary word each) that run from token i, with the items
 * they all name in *items and whether the last is a head word. Returns how many; *whole: the
 * run reaches a separator or the clause's end. */
size_t read_menu_run(const struct order_reader *rd, const struct order_token *tokens,
                     const struct order_reading *rg, size_t i, size_t e,
                     struct order_item_set *items, bool *head, bool *whole)
{
    const struct order_lexicon *lx = rd->lex;
    order_item_set_fill(items, lx->menu->count);
    *head = false;
    size_t k = i;
    for (; k < e && tokens[k].kind == ORDER_TOKEN_WORD; k++) {
        const struct order_lex_hit *hit = NULL;
        for (size_t h = 0; h < rg->n_hits[k] && !hit; h++)
            if (rg->hits[k][h].edits == 0 && rg->hits[k][h].n_words == 1)
                hit = &rg->hits[k][h];
        if (!hit)
            break;
        order_item_set_and(items, &lx->words[hit->words[0]].items);
        *head = lx->words[hit->words[0]].head;
    }
    *whole = k >= e || tokens[k].kind != ORDER_TOKEN_WORD;
    return k - i;
}

int32_t order_read_one_dish_at(const struct order_reader *rd, const char *text,
                               const struct order_token *tokens, const struct order_reading *rg,
                               size_t i, size_t e)
{
    int32_t item = order_read_name_at(rd, text, tokens, rg, i, e);
    if (item >= 0)
        return item;
    if (order_tok_is(text, tokens, i, e, "a") || order_tok_is(text, tokens, i, e, "an") ||
        order_tok_is(text, tokens, i, e, "the"))
        i++;
    struct order_item_set items;
    bool head, whole;
    if (read_menu_run(rd, tokens, rg, i, e, &items, &head, &whole) == 0 ||
        order_item_set_count(&items) != 1)
        return -1;
    for (size_t k = 0; k < rd->lex->menu->count; k++)
        if (order_item_set_has(&items, k))
            return (int32_t)k;
    return -1;
}

/* Do an article and menu words from i, that end at a head word and that together name one
 * item only, stand at i ("the veggie bowl", a dish's name cut short)? After "with" that is
 * another dish ordered beside the first, as a whole name is: an ingredient takes no article,
 * and a part of a dish names no head of the menu's names. */
static bool read_article_dish_at(const struct order_reader *rd, const char *text,
                                 const struct order_token *tokens, const struct order_reading *rg,
                                 size_t i, size_t e)
{
    enum { ARTICLE_DISH_WORDS_MIN = 2 };
    if (!(order_tok_is(text, tokens, i, e, "the") || order_tok_is(text, tokens, i, e, "a") ||
          order_tok_is(text, tokens, i, e, "an")))
        return false;
    struct order_item_set items;
    bool head, whole;
    size_t n = read_menu_run(rd, tokens, rg, i + 1, e, &items, &head, &whole);
    return n >= ARTICLE_DISH_WORDS_MIN && whole && head && order_item_set_count(&items) == 1;
}

/* "with" leads a modifier unless a whole menu name follows it ("burger with fries"), or an
 * article and a name cut short ("cokes w/ the veggie bowl"). "con", the "with" of Spanish
 * that texts mix in, leads one after a dish's word ("bowl con guacamole"). */
/* Is the nearest menu word before token i one of dishes to eat only, no drink? */
static bool read_food_before(const struct order_reader *rd, const struct order_reading *rg,
                             size_t i)
{
    size_t p = i;
    while (p > 0 && rg->n_hits[p - 1U] == 0)
        p--;
    if (p == 0)
        return false;
    const struct order_item_set *items = &rd->lex->words[rg->hits[p - 1U][0].words[0]].items;
    size_t n = 0;
    for (int32_t it = order_item_set_next(items, 0); it >= 0;
         it = order_item_set_next(items, (size_t)it + 1U), n++)
        if (order_lexicon_item_drink(rd->lex, it))
            return false;
    return n > 0;
}

/* Do the words from token j, up to three, name a drink the menu never mentions that ends its
 * piece ("a kids meal with apple juice", "... with orange juice and fries"), after a dish to
 * eat? A drink goes with such a dish; it is asked for, no change of it. */
static bool read_with_drink(const struct order_reader *rd, const char *text,
                            const struct order_token *tokens, const struct order_reading *rg,
                            size_t i, size_t j, size_t e)
{
    enum { DRINK_WORDS_MAX = 3 };
    static const char *const closing[] = {"and", "n", "plus", "please", "pls", "plz", "too"};
    size_t b = j;
    while (b < e && b - j < DRINK_WORDS_MAX && tokens[b].kind == ORDER_TOKEN_WORD &&
           !order_tok_in(text, tokens, b, e, closing, ORDER_WORDS_N(closing)))
        b++;
    if (b == j || (b < e && tokens[b].kind == ORDER_TOKEN_WORD &&
                   !order_tok_in(text, tokens, b, e, closing, ORDER_WORDS_N(closing))))
        return false;
    char phrase[ORDER_PHRASE_BYTES_MAX];
    size_t o = order_words_join(text, tokens, j, b, phrase, sizeof(phrase));
    return o > 0 && order_food_drink(rd->food, phrase, o) &&
           !order_lexicon_menu_mentions(rd->lex, phrase, o) && read_food_before(rd, rg, i);
}

bool read_with_modifier(const struct order_reader *rd, const char *text,
                        const struct order_token *tokens, const struct order_reading *rg, size_t i,
                        size_t e)
{
    if (!ORDER_CUES_ANY(&rg->cues, "with", "w", "con"))
        return false;
    bool con = i > 0 && rg->n_hits[i - 1U] > 0 && order_tok_is(text, tokens, i, e, "con");
    if ((!order_tok_is(text, tokens, i, e, "with") && !order_tok_is(text, tokens, i, e, "w") &&
         !con) ||
        order_read_content_with(text, tokens, i, e) || order_read_given_with(text, tokens, i, e))
        return false;
    /* "pay with card", "paying w/ cash": how the customer pays, no change of a dish */
    static const char *const paying[] = {"pay", "paying", "paid", "pays"};
    for (size_t p = i; p > 0 && p + 2U > i; p--)
        if (order_tok_in(text, tokens, p - 1U, e, paying, ORDER_WORDS_N(paying)))
            return false;
    size_t j = i + 1;
    if (j < e && tokens[j].kind == ORDER_TOKEN_PUNCT && tokens[j].punct == '/')
        j++; /* "w/" */
    if (j + 1 < e &&
        (order_tok_is(text, tokens, j, e, "my") || order_tok_is(text, tokens, j, e, "our")))
        j++; /* "fries with my beef burger": the dish they go with */
    return j < e && tokens[j].kind == ORDER_TOKEN_WORD &&
           !read_name_at(rd, text, tokens, rg, j, e) &&
           !read_article_dish_at(rd, text, tokens, rg, j, e) &&
           !read_with_drink(rd, text, tokens, rg, i, j, e);
}
