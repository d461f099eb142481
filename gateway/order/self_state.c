/* self_state.c — how the customer is, told in a part of its own beside the dishes (reading.h):
 * "a side salad, im hungover", "two tacos, we are so hangry", "im knackered, a cold brew
 * please". The customer as the subject and a verb of being ("im", "i am", "we are", "were"),
 * perhaps a degree ("so", "really"), then words left over closing the part: what follows the
 * verb of being says how the customer is, it is no dish, even in a word no dictionary lists
 * (which was kept as food the menu lacks). With a degree and one word ("we are so hangry") the
 * classifier reads the part as a remark of its own (classify_remark_own.c). */
#include "gateway/order/food.h"
#include "gateway/order/reading.h"

/* Where the customer's subject and verb of being opening the part at token s end, with a
 * degree after them; s when there are none. */
static size_t self_state_subject(const char *text, const struct order_token *tokens, size_t s,
                                 size_t e)
{
    static const char *const degrees[] = {"so", "really", "super", "very", "kinda", "sooo", "soo"};
    size_t n = s;
    if (order_tok_is(text, tokens, n, e, "im") || order_tok_is(text, tokens, n, e, "were"))
        n++;
    else if ((order_tok_is(text, tokens, n, e, "i") &&
              order_tok_is(text, tokens, n + 1U, e, "am")) ||
             (order_tok_is(text, tokens, n, e, "we") &&
              order_tok_is(text, tokens, n + 1U, e, "are")))
        n += 2U;
    else
        return s;
    while (order_tok_in(text, tokens, n, e, degrees, ORDER_WORDS_N(degrees)))
        n++;
    return n;
}

size_t order_self_state_said(const char *text, const struct order_token *tokens, size_t i, size_t e)
{
    size_t n = self_state_subject(text, tokens, i, e);
    bool degree = n > i && !order_tok_is(text, tokens, n - 1U, e, "im") &&
                  !order_tok_is(text, tokens, n - 1U, e, "were") &&
                  !order_tok_is(text, tokens, n - 1U, e, "am") &&
                  !order_tok_is(text, tokens, n - 1U, e, "are");
    if (!degree || n >= e || tokens[n].kind != ORDER_TOKEN_WORD ||
        (n + 1U < e && tokens[n + 1U].kind != ORDER_TOKEN_PUNCT))
        return 0;
    return n - i;
}

/* "a side salad, hungover lol": after a dish, a part of one word no food list knows, closed by
 * laughter, is how the customer is said without its subject, no dish the menu lacks; a food
 * ("a side salad, pizza lol") is still one. */
static bool self_state_laughed(const struct order_reader *rd, const char *text,
                               const struct order_token *tokens, const struct order_reading *rg,
                               const struct order_thing *th)
{
    const struct order_clause *cl = &rg->clauses[th->clause];
    size_t s = th->begin;
    if (s == cl->begin || tokens[s - 1U].kind != ORDER_TOKEN_PUNCT)
        return false;
    size_t end = th->end;
    while (end > th->begin + 1U && order_tok_laugh(text, tokens, end - 1U, th->end))
        end--;
    if (end != th->begin + 1U || tokens[s].kind != ORDER_TOKEN_WORD ||
        order_food_word(rd->lex->food, text + tokens[s].off, tokens[s].len))
        return false;
    size_t l = end;
    if (l == th->end && !order_tok_laugh(text, tokens, l, cl->end))
        return false;
    while (order_tok_laugh(text, tokens, l, cl->end))
        l++;
    if (l < cl->end && tokens[l].kind != ORDER_TOKEN_PUNCT)
        return false;
    /* a dish named before the part */
    for (size_t x = 0; x < rg->n_things; x++)
        if (rg->things[x].is_span && rg->things[x].end <= s)
            return true;
    return false;
}

void order_read_self_state(const struct order_reader *rd, const char *text,
                           const struct order_token *tokens, struct order_reading *rg)
{
    enum { STATE_WORDS_MAX = 2, SUBJECT_WORDS_MAX = 4 };
    for (size_t x = 0; x < rg->n_things; x++) {
        struct order_thing *th = &rg->things[x];
        const struct order_clause *cl = &rg->clauses[th->clause];
        if (th->is_span || th->reference)
            continue;
        if (self_state_laughed(rd, text, tokens, rg, th)) {
            th->reference = true; /* "hungover lol" */
            continue;
        }
        if (th->end < cl->end && tokens[th->end].kind != ORDER_TOKEN_PUNCT)
            continue;
        /* the part opens at a mark, the subject right before the words left over or their
         * first */
        size_t s = order_part_open_before(tokens, cl->begin, th->begin, SUBJECT_WORDS_MAX);
        if (s == SIZE_MAX)
            continue;
        size_t n = self_state_subject(text, tokens, s, cl->end);
        if (n > s && n >= th->begin && n < th->end && th->end - n <= STATE_WORDS_MAX)
            th->reference = true; /* "im hungover" */
    }
}
