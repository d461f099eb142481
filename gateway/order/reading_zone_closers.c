/* reading_zone_closers.c — zones of change that a phrase after their words closes
 * (reading_zones.c, before the spans of reading.h pass 3): "ranch on the side", "ketchup on
 * side", "grilled onions on it", "extra cheese on top", "feta in it", "a caesar salad,
 * chicken added". The few words before the phrase are the change, menu words or not. */
#include <string.h>

#include "gateway/order/food.h"
#include "gateway/order/reading_internal.h"

/* The first token of [w, i) that reads a menu word (i when none). */
static size_t read_zone_first_hit(const struct order_reading *out, size_t w, size_t i)
{
    while (w < i && out->n_hits[w] == 0)
        w++;
    return w;
}

/* "put the pickled onions on the side", "leave the dressing on the side": a verb of putting,
 * and "the", right before the words at w. Returns how many words they are (0 when none). */
static size_t read_zone_put_the(const char *text, const struct order_token *tokens, size_t w,
                                size_t b, const struct order_reading *out)
{
    static const char *const putting[] = {"put", "leave", "keep", "serve"};
    if (!ORDER_CUES_ANY(&out->cues, "put", "leave", "keep", "serve"))
        return 0;
    size_t p = w;
    if (p > b && order_tok_is(text, tokens, p - 1U, w, "the"))
        p--;
    return p > b && out->roles[p - 1U] == ORDER_ROLE_NONE &&
                   order_tok_in(text, tokens, p - 1U, w, putting, ORDER_WORDS_N(putting))
               ? w - p + 1U
               : 0;
}

/* "ranch on the side": the words before "on the side" that name no menu word. */
static void read_zone_on_the_side(const struct order_reader *rd, const char *text,
                                  const struct order_token *tokens, size_t i, size_t b, size_t n,
                                  struct order_reading *out)
{
    enum { SIDE_WORDS_BACK_MAX = 3, MENU_WORDS_OPENING_MAX = 2 };
    size_t from = i;
    for (size_t k = 0; k < SIDE_WORDS_BACK_MAX && from > b; k++, from--) {
        const struct order_token *t = &tokens[from - 1];
        if (t->kind != ORDER_TOKEN_WORD || out->roles[from - 1] != ORDER_ROLE_NONE ||
            order_token_is(text, t, "and") || order_token_is(text, t, "with") ||
            out->n_hits[from - 1] > 0)
            break; /* the dish before "ketchup on the side" is not part of it */
    }
    /* "bowl, salsa verde on the side", "a burrito. hot sauce on the side": a menu word opening
     * a piece after a separator, or a clause after another, with words no name goes on with,
     * is the topping's too, no dish; so are two ("wrap, sweet chili sauce on the side"), and
     * words before them that name nothing ("burger, pickled onions on the side"): no whole
     * name starts among them ("wrap, large onion rings on the side" orders the rings) */
    size_t menu_words = 0;
    for (size_t w = from; w > b && i - w < SIDE_WORDS_BACK_MAX;) {
        w--; /* w >= b: a word before the topping's words */
        if (out->roles[w] != ORDER_ROLE_NONE || tokens[w].kind != ORDER_TOKEN_WORD ||
            order_token_is(text, &tokens[w], "and") || order_token_is(text, &tokens[w], "with"))
            break;
        if (out->n_hits[w] > 0 && ++menu_words > MENU_WORDS_OPENING_MAX)
            break;
        bool opens = w > b ? tokens[w - 1U].kind == ORDER_TOKEN_PUNCT &&
                                 (tokens[w - 1U].punct == ',' || tokens[w - 1U].punct == ';')
                           : b > 0;
        size_t put = opens ? 0 : read_zone_put_the(text, tokens, w, b, out);
        if ((opens || put > 0) && menu_words > 0 &&
            order_read_name_at(rd, text, tokens, out, read_zone_first_hit(out, w, i), i) < 0) {
            memset(out->roles + w - put, ORDER_ROLE_FILLER, put);
            from = w;
        }
    }
    if (order_read_side_dish(rd, text, tokens, from, i))
        return;
    memset(out->mod_zone + from, true, i + n - from);
}

/* "the chickpea salad with grilled halloumi on top": the words between "with" and the place
 * they go, after a dish, are what is put on it, though they name a dish of their own. Returns
 * the first of them, or i when the words before i are not so. */
static size_t read_zone_with_on_top(const struct order_reader *rd, const char *text,
                                    const struct order_token *tokens, size_t i, size_t b,
                                    const struct order_reading *out)
{
    enum { TOPPING_WORDS_BACK_MAX = 3 };
    if (!ORDER_CUES_ANY(&out->cues, "with"))
        return i;
    for (size_t w = i; w > b && i - w <= TOPPING_WORDS_BACK_MAX;) {
        w--;
        if (tokens[w].kind != ORDER_TOKEN_WORD || out->roles[w] != ORDER_ROLE_NONE)
            return i;
        if (!order_token_is(text, &tokens[w], "with"))
            continue;
        if (w + 1U == i)
            return i;
        for (size_t d = b; d < w; d++)
            if (order_read_token_head(rd, out, d))
                return w + 1U;
        return i;
    }
    return i;
}

/* "put lime and chili on it": a verb of putting a few words before the toppings, the
 * words between joined by "and", puts all of them on the dish; without it "and" ends the
 * toppings ("fries and cheese on top"). Returns the verb's token, or from when there is none. */
static size_t read_zone_put_before(const struct order_reader *rd, const char *text,
                                   const struct order_token *tokens, size_t from, size_t b,
                                   const struct order_reading *out)
{
    enum { PUT_WORDS_BACK_MAX = 4 };
    static const char *const puts[] = {"put", "throw", "stick"};
    if (!ORDER_CUES_ANY(&out->cues, "put", "throw", "stick"))
        return from;
    bool joined = false;
    for (size_t w = from, k = 0; w > b && k < PUT_WORDS_BACK_MAX; k++) {
        w--;
        if (tokens[w].kind != ORDER_TOKEN_WORD || out->roles[w] != ORDER_ROLE_NONE ||
            order_read_token_head(rd, out, w))
            return from;
        if (order_tok_in(text, tokens, w, from, puts, ORDER_WORDS_N(puts)))
            return joined && w + 1U < from ? w : from;
        joined = joined || order_token_is(text, &tokens[w], "and");
    }
    return from;
}

/* "grilled onions on it", "extra cheese on top": the words before "on it" / "on top" / "on
 * them" / "on all of them" / "in it" (at most three, back to a separator or the word that ends a
 * name) are toppings, menu words or not. */
size_t read_zone_on_it(const struct order_reader *rd, const char *text,
                       const struct order_token *tokens, size_t i, size_t b, size_t e,
                       struct order_reading *out)
{
    enum { TOPPING_WORDS_BACK_MAX = 3 };
    if (!ORDER_CUES_ANY(&out->cues, "on", "in")) /* order_read_on_every reads "on" first */
        return 0;
    size_t tail = order_read_on_every(text, tokens, i, e);
    /* "feta in it", "avocado in there": what goes inside a wrap or a bowl is put in it */
    bool in =
        order_tok_is(text, tokens, i, e, "in") && (order_tok_is(text, tokens, i + 1, e, "it") ||
                                                   order_tok_is(text, tokens, i + 1, e, "there") ||
                                                   order_tok_is(text, tokens, i + 1, e, "them"));
    if (tail == 0 && !in &&
        (!order_tok_is(text, tokens, i, e, "on") ||
         !(order_tok_is(text, tokens, i + 1, e, "it") ||
           order_tok_is(text, tokens, i + 1, e, "top") ||
           order_tok_is(text, tokens, i + 1, e, "them") ||
           order_tok_is(text, tokens, i + 1, e, "there"))))
        return 0;
    if (tail == 0)
        tail = 2;
    size_t from = i;
    for (size_t k = 0; k < TOPPING_WORDS_BACK_MAX && from > b; k++) {
        const struct order_token *t = &tokens[from - 1];
        if (t->kind != ORDER_TOKEN_WORD || out->roles[from - 1] != ORDER_ROLE_NONE ||
            order_token_is(text, t, "and") || order_token_is(text, t, "with") ||
            order_read_token_head(rd, out, from - 1))
            break;
        from--;
    }
    if (from == i)
        from = read_zone_with_on_top(rd, text, tokens, i, b, out);
    if (from == i)
        return 0;
    size_t put = read_zone_put_before(rd, text, tokens, from, b, out);
    if (put < from) {
        out->roles[put] = ORDER_ROLE_FILLER;
        from = put + 1U;
    }
    memset(out->mod_zone + from, true, i + tail - from);
    return tail;
}

/* Is the degree at i after the words [from, i) a change told ("dressing light pls"): the
 * words a part (each a food or a menu word), in no question ("is bacon extra?"), and no
 * drink's name with it ("a bud light")? "my son hates cinnamon so go light" tells how the
 * dish is made, no part. */
static bool read_zone_degree_told(const struct order_reader *rd, const char *text,
                                  const struct order_token *tokens, const struct order_reading *out,
                                  size_t from, size_t i, size_t b, size_t e)
{
    for (size_t p = b; p < e; p++)
        if (tokens[p].kind == ORDER_TOKEN_PUNCT && tokens[p].punct == '?')
            return false;
    while (from < i &&
           (order_tok_is(text, tokens, from, i, "a") || order_tok_is(text, tokens, from, i, "an")))
        from++; /* "a bud light": the drink's name after its article */
    for (size_t p = from; p < i; p++)
        if (out->n_hits[p] == 0 && !order_food_word(rd->food, text + tokens[p].off, tokens[p].len))
            return false;
    char phrase[ORDER_PHRASE_BYTES_MAX];
    size_t o = order_words_join(text, tokens, from, i + 1U, phrase, sizeof(phrase));
    return o > 0 && from < i && !order_food_entry(rd->food, phrase, o);
}

/* The words at i that say which of the dishes a change said before them is made to, to the
 * end of the piece: "to both", "on one of them", "for all of them"; 0 when none. */
static size_t read_zone_dishes_told_after(const char *text, const struct order_token *tokens,
                                          size_t i, size_t e)
{
    static const char *const preps[] = {"to", "on", "for", "in"};
    static const char *const which[] = {"both", "all", "each", "them", "one", "every"};
    static const char *const tail[] = {"of", "them", "those", "the", "burgers", "one", "ones"};
    if (!order_tok_in(text, tokens, i, e, preps, ORDER_WORDS_N(preps)) ||
        !order_tok_in(text, tokens, i + 1U, e, which, ORDER_WORDS_N(which)))
        return 0;
    size_t p = i + 2U;
    while (p < e && p < i + 5U && order_tok_in(text, tokens, p, e, tail, ORDER_WORDS_N(tail)))
        p++;
    return p >= e || tokens[p].kind == ORDER_TOKEN_PUNCT ? p - i : 0;
}

/* "a caesar salad, chicken added": "added" closing a piece after a dish makes the words
 * before it (at most three, back to a separator or a word that ends a name before the last)
 * an addition to that dish, menu words or not; "light" or "extra" says how much of them ("a
 * quinoa bowl. dressing light pls"); "omitted" or "removed" a removal ("a falafel wrap,
 * pickled turnip omitted": change_taken_off.c). Returns the tokens from i it covers, 0 when
 * none. */
size_t read_zone_added_after(const struct order_reader *rd, const char *text,
                             const struct order_token *tokens, size_t i, size_t b, size_t e,
                             struct order_reading *out)
{
    enum { ADDED_WORDS_BACK_MAX = 3 };
    /* "added", a degree said after the part ("dressing light", "ketchup extra"), or a word
     * of order_change_taken_off_word */
    static const char *const degrees[] = {"light", "extra", "xtra"};
    if (!ORDER_CUES_ANY(&out->cues, "added", "omitted", "removed", "excluded", "off", "light",
                        "extra", "xtra"))
        return 0;
    if (!(order_tok_is(text, tokens, i, e, "added") ||
          order_tok_in(text, tokens, i, e, degrees, ORDER_WORDS_N(degrees)) ||
          (i < e && tokens[i].kind == ORDER_TOKEN_WORD &&
           order_change_taken_off_word(text + tokens[i].off, tokens[i].len))))
        return 0;
    /* the word ends the piece, or the dishes it is made to follow ("to both") */
    size_t told = i + 1U < e ? read_zone_dishes_told_after(text, tokens, i + 1U, e) : 0;
    if (!(i + 1 >= e || tokens[i + 1].kind == ORDER_TOKEN_PUNCT ||
          order_tok_is(text, tokens, i + 1, e, "and") ||
          order_tok_is(text, tokens, i + 1, e, "please") ||
          order_tok_is(text, tokens, i + 1, e, "pls") || told > 0))
        return 0;
    size_t from = i;
    /* "the feta cheese be omitted": the part is said before the verb */
    static const char *const be[] = {"be", "is", "are", "being"};
    bool verb_be = from > b + 1U &&
                   order_tok_in(text, tokens, from - 1U, e, be, ORDER_WORDS_N(be)) &&
                   out->roles[from - 1U] == ORDER_ROLE_NONE;
    from -= verb_be;
    size_t part_end = from;
    for (size_t k = 0; k < ADDED_WORDS_BACK_MAX && from > b; k++) {
        const struct order_token *t = &tokens[from - 1];
        if (t->kind != ORDER_TOKEN_WORD || out->roles[from - 1] != ORDER_ROLE_NONE ||
            order_token_is(text, t, "and") || order_token_is(text, t, "with") ||
            (from < part_end && order_read_token_head(rd, out, from - 1)))
            break; /* the word right before "added" is the addition, whatever it names */
        from--;
    }
    /* the dish changed stands before, in the clause; a degree may be said in a sentence of
     * its own after the dish's ("quinoa bowl. no kale. dressing light pls") */
    bool degree = order_tok_in(text, tokens, i, e, degrees, ORDER_WORDS_N(degrees));
    if (degree && !read_zone_degree_told(rd, text, tokens, out, from, i, b, e))
        return 0;
    bool dish_before = false;
    for (size_t p = degree ? 0 : b; p < from && !dish_before; p++)
        dish_before = order_read_token_head(rd, out, p);
    if (from == part_end || !dish_before)
        return 0;
    /* "on one of them" picks the dish changed (attach_counted_parts.c) and is read with the
     * change; "to both" leaves it every dish's */
    bool one = told > 0 && order_tok_is(text, tokens, i + 2U, e, "one");
    memset(out->mod_zone + from, true, i + 1 - from + (one ? told : 0));
    return 1;
}

/* "on the side", or "on side" before a break ("ketchup on side"), at i: the zone of what
 * comes on the side (read_zone_on_the_side). Returns the phrase's words, 0 when none. */
size_t read_zone_side_phrase(const struct order_reader *rd, const char *text,
                             const struct order_token *tokens, struct order_reading *out, size_t i,
                             size_t b, size_t e)
{
    if (!ORDER_CUES_ANY(&out->cues, "on") || !ORDER_CUES_ANY(&out->cues, "side"))
        return 0;
    if (i + 2 < e && order_tok_is(text, tokens, i, e, "on") &&
        order_tok_is(text, tokens, i + 1, e, "the") &&
        order_tok_is(text, tokens, i + 2, e, "side")) {
        read_zone_on_the_side(rd, text, tokens, i, b, 3, out);
        return 3;
    }
    if (i > b && order_tok_is(text, tokens, i, e, "on") &&
        order_tok_is(text, tokens, i + 1, e, "side") &&
        (i + 2 >= e || tokens[i + 2].kind == ORDER_TOKEN_PUNCT ||
         out->roles[i + 2] == ORDER_ROLE_FILLER)) {
        read_zone_on_the_side(rd, text, tokens, i, b, 2, out);
        return 2;
    }
    return 0;
}
