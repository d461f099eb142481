/* attach_count_after.c — the count right after a span (attach_quantity.c, reading.h pass
 * 4): "x3", "times three", "three of them", "3 please", or a range there that is no count
 * ("tacos, like 5 or 6"). */
#include <string.h>

#include "gateway/order/attach_internal.h"

/* Is the count v said again in parentheses at a, in digits or in words ("1 (one)", "two
 * (2)"), as a form writes a count out? */
static bool attach_paren_same_count(const struct attach_state *st, size_t a, int32_t v)
{
    const struct order_token *t = st->tokens;
    int32_t w;
    return a + 2U < st->e && t[a].kind == ORDER_TOKEN_PUNCT && t[a].punct == '(' &&
           attach_number(st->rd->u, st->text, t, a + 1U, a + 2U, &w) == 1 && w == v &&
           t[a + 2U].kind == ORDER_TOKEN_PUNCT && t[a + 2U].punct == ')';
}

/* Does "total" or "altogether" at a close a count ("(5 total)", ", 3 altogether")? */
static bool attach_total_closes(const char *text, const struct order_token *t, size_t a, size_t e)
{
    return (order_tok_is(text, t, a, e, "total") || order_tok_is(text, t, a, e, "altogether")) &&
           (a + 1U >= e || t[a + 1U].kind == ORDER_TOKEN_PUNCT);
}

/* Does token p point back at dishes named before: "them", "those", "these", or "em", how
 * "them" is texted ("2 of em")? */
bool attach_them_at(const char *text, const struct order_token *t, size_t p, size_t e)
{
    static const char *const pronouns[] = {"them", "those", "these", "em"};
    return order_tok_in(text, t, p, e, pronouns, ORDER_WORDS_N(pronouns));
}

/* Does a word of politeness at a end its clause or sentence ("3 please", "two pls!")? */
static bool attach_please_ends(const char *text, const struct order_token *t, size_t a, size_t e)
{
    if (!attach_please_at(text, t, a, e))
        return false;
    static const char *const joins[] = {"and", "n", "plus"}; /* "tacos two pls and one rice" */
    return a + 1 >= e || t[a + 1].kind == ORDER_TOKEN_PUNCT ||
           order_tok_in(text, t, a + 1, e, joins, ORDER_WORDS_N(joins));
}

/* "no bun on one if thats possible": a condition after a count closes the count (no dish
 * starts with "if") and asks for nothing; its words up to the next comma or "and" are
 * fillers, so they become no change of the part counted. */
static void attach_condition_filler(struct attach_state *st, size_t a)
{
    const struct order_token *t = st->tokens;
    size_t q = a;
    while (q < st->e && t[q].kind != ORDER_TOKEN_PUNCT && attach_free(st, q) &&
           !order_tok_is(st->text, t, q, st->e, "and"))
        q++;
    memset(st->rg->roles + a, ORDER_ROLE_FILLER, q - a);
}

/* Is token w a price with its cents and a currency sign before it ("$12.95")? */
static bool attach_price_with_cents(const char *text, const struct order_token *w)
{
    if (w->kind != ORDER_TOKEN_WORD || w->off == 0 || text[w->off - 1U] != '$')
        return false;
    const char *d = text + w->off;
    const char *dot = memchr(d, '.', w->len);
    if (!dot || dot == d || (size_t)(d + w->len - dot) != 3U)
        return false;
    for (size_t k = 0; k < w->len; k++)
        if (d + k != dot && (d[k] < '0' || d[k] > '9'))
            return false;
    return true;
}

/* Where the count after dish item starts when the tokens from j (after i, the dish's end)
 * hold first words of its name in brackets, read as its name or held by the dish
 * ("taquitos (kids) x2", "burrito (california) x2"), or its price ("al pastor taco ($3)
 * x4"), or words saying what it should be ("should be 7"): past them; else j. *mark is set
 * past a bracket of the name, which keeps its words' reading. */
static size_t attach_before_count(struct attach_state *st, size_t i, size_t j, int32_t item,
                                  size_t *mark)
{
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    size_t e = st->e;
    if (j > i && t[j - 1U].kind == ORDER_TOKEN_PUNCT && t[j - 1U].punct == '(') {
        size_t q = j;
        bool named = true;
        while (q < e && t[q].kind == ORDER_TOKEN_WORD &&
               (attach_free(st, q) || st->rg->roles[q] == ORDER_ROLE_ITEM)) {
            named = named && st->rg->roles[q] == ORDER_ROLE_ITEM;
            q++;
        }
        if (q > j && q < e && t[q].kind == ORDER_TOKEN_PUNCT && t[q].punct == ')' &&
            (named || (item >= 0 && attach_swap_held(st->rd->lex, item, text, t, j, q))))
            j = *mark = q + 1U;
    }
    /* "al pastor taco ($3) x4", "the cali burritos ($12.95) x5": its price, in brackets or not */
    size_t q = j + (j < e && t[j].kind == ORDER_TOKEN_PUNCT && t[j].punct == '(' ? 1U : 0U);
    if (q < e && (attach_money_digits(text, &t[q]) || attach_price_with_cents(text, &t[q]))) {
        j = q + 1U;
        while (j < e && t[j].kind == ORDER_TOKEN_PUNCT && (t[j].punct == ')' || t[j].punct == '-'))
            j++;
    }
    /* "nuggets should be 7 not 6": the count the dish should have */
    static const char *const should[] = {"should", "will", "would", "need", "needs"};
    if (j == i && j + 2U < e && attach_in(text, t, j, e, should, ORDER_WORDS_N(should)) &&
        order_tok_is(text, t, j + 1U, e, "be") && attach_free(st, j) && attach_free(st, j + 1U) &&
        (t[j + 2U].kind == ORDER_TOKEN_WORD && text[t[j + 2U].off] >= '0' &&
         text[t[j + 2U].off] <= '9'))
        j += 2U;
    return j;
}

/* "the onion rings look great, could we get 3?": a verdict on the dish just named, a verb of
 * seeming or being and a few words naming nothing, before the mark that opens the request;
 * where the mark is, else i. The count after the request is still the dish's own. */
static size_t attach_verdict_before_mark(const struct attach_state *st, size_t i)
{
    if (!ORDER_CUES_ANY(&st->cues, "look", "looks", "looked", "sound", "sounds", "seem", "seems",
                        "smell", "smells", "is", "are", "was", "were", "s"))
        return i;
    enum { VERDICT_WORDS_MAX = 3 };
    static const char *const seeming[] = {"look", "looks", "looked", "sound",  "sounds",
                                          "seem", "seems", "smell",  "smells", "is",
                                          "are",  "was",   "were",   "s"};
    if (i >= st->e || !attach_in(st->text, st->tokens, i, st->e, seeming, ORDER_WORDS_N(seeming)))
        return i;
    size_t p = i + 1U;
    while (p < st->e && p - i <= VERDICT_WORDS_MAX && st->tokens[p].kind == ORDER_TOKEN_WORD &&
           attach_free(st, p))
        p++;
    return p > i + 1U && p < st->e && st->tokens[p].kind == ORDER_TOKEN_PUNCT &&
                   st->tokens[p].punct == ','
               ? p
               : i;
}

/* "the fish taco, can i get 2": past a mark after the dish, a request's words ("can i get",
 * "ill take") before a bare count closing the clause ask for the dish just named; the count is
 * its own. Only for a dish with no count yet (right_after), the mark right after it: where
 * the count starts, else j. Whether the count closes the clause is checked after. */
static size_t attach_request_before_count(const struct attach_state *st, size_t i, size_t j,
                                          bool right_after)
{
    size_t m = right_after && j == i ? attach_verdict_before_mark(st, i) : i;
    if (m > i) { /* "the onion rings look great, could we get 3?" */
        i = m;
        j = m + 1U;
    }
    if (!right_after || j != i + 1U || st->tokens[i].kind != ORDER_TOKEN_PUNCT ||
        st->tokens[i].punct != ',')
        return j;
    size_t q = j;
    while (q < st->e && st->rg->roles[q] == ORDER_ROLE_OPENER)
        q++;
    int32_t v;
    size_t k = q > j ? attach_number(st->rd->u, st->text, st->tokens, q, st->e, &v) : 0;
    /* "can we have a couple": an article opening a count of more words counts too */
    return k > 0 && (!attach_is_article(st->text, st->tokens, q, st->e) || k > 1) ? q : j;
}

/* Are the tokens from a a count taken back ("not 6", read a filler by
 * attach_count_not_other.c), then the end of the piece? */
static bool attach_taken_back_after(const struct attach_state *st, size_t a, size_t e)
{
    if (a >= e || !order_tok_is(st->text, st->tokens, a, e, "not") ||
        st->rg->roles[a] != ORDER_ROLE_FILLER)
        return false;
    size_t p = a;
    while (p < e && st->tokens[p].kind == ORDER_TOKEN_WORD && st->rg->roles[p] == ORDER_ROLE_FILLER)
        p++;
    return p >= e || (st->tokens[p].kind == ORDER_TOKEN_PUNCT && st->tokens[p].punct != '&') ||
           order_tok_is(st->text, st->tokens, p, e, "and");
}

/* Tokens a quantity after a span covers at i: "x3", "x 3", "3x", "times three", "three of
 * them", or a number alone before a separator or ")", or right after the dish (right_after:
 * i ends its name, it has no count yet) before a change ("two no onion"). Words of dish
 * item's own name in brackets may stand before it. 0 when none; *qty set. */
/* Past the marks ("burgers - 2 of those", "(x2)") and laughs ("the fish taco lol x2": a
 * laugh between the dish and its count says nothing) from i. */
static size_t attach_marks_before_count(const struct attach_state *st, size_t i)
{
    const struct order_token *t = st->tokens;
    size_t j = i;
    while (j < st->e &&
           ((t[j].kind == ORDER_TOKEN_PUNCT &&
             (t[j].punct == '(' || t[j].punct == ',' || t[j].punct == '-')) ||
            (order_tok_laugh(st->text, t, j, st->e) && st->rg->roles[j] != ORDER_ROLE_ITEM &&
             st->rg->roles[j] != ORDER_ROLE_QTY)))
        j++;
    return j;
}

/* Does a preposition of time stand before the number at j ("at 8", "by 8")? Not after a verb
 * of staying: "fries stays at 2" counts. Not attach_hour_after's list (attach_references.c):
 * after a dish, "in" points at a part ("oat milk in 2 of them"), no time. */
static bool attach_hour_at(const struct attach_state *st, size_t j)
{
    static const char *const when[] = {"at", "by", "til", "till", "until"};
    static const char *const staying[] = {"stays", "stay", "remains", "remain", "keep", "is"};
    return j > 0 && attach_in(st->text, st->tokens, j - 1U, st->e, when, ORDER_WORDS_N(when)) &&
           !(j > 1 &&
             attach_in(st->text, st->tokens, j - 2U, st->e, staying, ORDER_WORDS_N(staying)));
}

size_t attach_after_qty(struct attach_state *st, size_t i, bool right_after, int32_t item,
                        int32_t *qty)
{
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    size_t e = st->e, j = attach_marks_before_count(st, i), mark = i;
    j = attach_request_before_count(st, i, j, right_after);
    j = attach_count_marked_after(st, i, j);
    j = attach_before_count(st, i, j, item, &mark);
    if (j >= e || t[j].kind != ORDER_TOKEN_WORD || !attach_free(st, j))
        return 0;
    if (j > 0 && attach_into_at(st, j - 1U))
        return 0; /* "split into 2 cups", "onto two plates": the parts of the dish, not dishes */
    if (attach_place_number(st, j))
        return 0; /* "a burger we are at table 4": the table's number, no count */
    if (attach_hour_at(st, j))
        return 0; /* "2 horchatas b4 my set starts at 8": an hour, no count */
    int32_t v = -1;
    size_t k = 0;
    if (t[j].len > 1 && text[t[j].off] == 'x' &&
        (v = attach_digits(text + t[j].off + 1, t[j].len - 1U, false)) > 0)
        k = 1; /* x3 */
    else if ((order_tok_is(text, t, j, e, "twice") || order_tok_is(text, t, j, e, "thrice")) &&
             (j + 1 >= e || t[j + 1].kind == ORDER_TOKEN_PUNCT ||
              order_tok_is(text, t, j + 1, e, "please") ||
              order_tok_is(text, t, j + 1, e, "pls"))) {
        v = order_tok_is(text, t, j, e, "twice") ? 2 : 3; /* "pork taco, twice" */
        k = 1;
    } else if ((order_tok_is(text, t, j, e, "x") || order_tok_is(text, t, j, e, "times")) &&
               (k = attach_number(st->rd->u, text, t, j + 1, e, &v)) > 0)
        k += 1; /* x 3, times three */
    else if ((k = attach_number(st->rd->u, text, t, j, e, &v)) > 0 &&
             (!attach_is_article(text, t, j, e) || k > 1)) { /* "tacos, a dozen" */
        size_t a = j + k;
        if (attach_paren_same_count(st, a, v))
            return 0; /* "flan, 2 (two) jarritos": a count written out starts the next thing */
        int32_t people;
        if (attach_people_want_at(st, j, e, &people) > j)
            return 0; /* "tacos, 6 of them also want a burrito": people, no count of these */
        if (order_tok_is(text, t, a, e, "of") &&
            (order_tok_is(text, t, a + 1, e, "them") || order_tok_is(text, t, a + 1, e, "those") ||
             order_tok_is(text, t, a + 1, e, "these") || order_tok_is(text, t, a + 1, e, "em")))
            k += 2;
        else if (order_tok_is(text, t, a - 1U, e, "of") && attach_them_at(text, t, a, e))
            k += 1; /* "a pair of them": the count's own "of" before the pronoun */
        else if (order_tok_is(text, t, a, e, "times"))
            k += 1;
        else if (right_after && attach_total_closes(text, t, a, e))
            k += 1; /* "iced green tea (5 total)": the count of them all, for a dish with no
                     * count of its own ("2 burgers and 3 fries, 5 total" sums them) */
        else if (attach_free(st, a) && order_unit_word_at(st->rd->u, text, t, a, e) &&
                 (a + 1 >= e || (t[a + 1].kind == ORDER_TOKEN_PUNCT && t[a + 1].punct != '&') ||
                  attach_please_ends(text, t, a + 1, e) || order_tok_is(text, t, a + 1, e, "and") ||
                  (j == i && right_after && attach_please_at(text, t, a + 1, e))))
            k += 1; /* "tres leches, 2 slices (and ...)": the unit of serving ends the count */
        else if (order_tok_is(text, t, a, e, "more") && !attach_is_article(text, t, j, e) &&
                 (a + 1 >= e || t[a + 1].kind == ORDER_TOKEN_PUNCT ||
                  order_tok_is(text, t, a + 1, e, "please") ||
                  order_tok_is(text, t, a + 1, e, "pls")))
            k += 1; /* "another round of those tacos, 4 more" */
        else if (attach_please_ends(text, t, a, e) ||
                 (attach_please_ends(text, t, a, a + 1U) &&
                  order_tok_is(text, t, a + 1U, e, "and")) ||
                 (j == i && right_after && attach_please_at(text, t, a, e)))
            ; /* "lemonades, 3 please (and ...)", "taquitos 3 pls sour cream on the side": the
               * word of politeness closes the count */
        else if (order_tok_is(text, t, a, e, "if"))
            attach_condition_filler(st, a); /* "no bun on one if thats possible" */
        else if (attach_taken_back_after(st, a, e))
            ; /* "nuggets should be 7 not 6": the count said, then the one taken back */
        else if (!(a >= e || (t[a].kind == ORDER_TOKEN_PUNCT && t[a].punct != '&') ||
                   (j == i && right_after && attach_modifier_lead_at(st, a, e) &&
                    !order_tok_is(text, t, a, e, "with")) ||
                   /* "burger classic two and one fries": right after the dish, a count the
                    * join closes is the dish's; the next dish comes after the join */
                   (j == i && right_after && order_tok_is(text, t, a, e, "and"))))
            return 0; /* a number that starts the next thing; "taco fish two without the
                       * sauce" counts the dish, its change follows */
    } else {
        return 0;
    }
    if (v < 1 || v > ORDER_QTY_MAX)
        return 0;
    size_t end = j + k;
    if (end < e && t[end].kind == ORDER_TOKEN_PUNCT && t[end].punct == ')')
        end++;
    *qty = v;
    memset(st->rg->roles + mark, ORDER_ROLE_QTY, end - mark);
    return end - i;
}

/* "tacos, like 5 or 6", "churros - 2 or 3": a range of counts after a dish that has none,
 * maybe behind a word that hedges it ("like", "about", "around", "maybe"), and maybe with the
 * noun of serving it counts ("3 or 4 orders"), is no count; the restaurant asks how many. Returns
 * the tokens it covers from i (then marked), 0 when none. */
size_t attach_after_range(struct attach_state *st, size_t i)
{
    static const char *const hedges[] = {"like", "about", "around", "maybe", "roughly", "prob"};
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    size_t e = st->e, j = i;
    while (j < e && t[j].kind == ORDER_TOKEN_PUNCT &&
           (t[j].punct == ',' || t[j].punct == '-' || t[j].punct == ':'))
        j++;
    if (j < e && attach_free(st, j) && order_tok_in(text, t, j, e, hedges, ORDER_WORDS_N(hedges)))
        j++;
    size_t r = j < e && attach_free(st, j) ? attach_count_range(st, j, e) : 0, end = j + r;
    for (size_t p = j; p < end; p++)
        if (!attach_free(st, p))
            return 0;
    static const char *const servings[] = {"portions", "servings", "orders", "helpings"};
    if (r > 0 && end < e && attach_free(st, end) &&
        order_tok_in(text, t, end, e, servings, ORDER_WORDS_N(servings)))
        end++; /* "the flan, like 3 or 4 portions": the servings counted, no dish of their own */
    if (r == 0 || !(end >= e || (t[end].kind == ORDER_TOKEN_PUNCT && t[end].punct != '&') ||
                    attach_please_ends(text, t, end, e) || order_tok_is(text, t, end, e, "and")))
        return 0; /* "2 or 3 more", "2 or 3 tacos": the next thing's */
    memset(st->rg->roles + i, ORDER_ROLE_QTY, end - i);
    return end - i;
}
