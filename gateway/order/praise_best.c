/* praise_best.c — the place or its food praised as the best, in a part of its own beside the
 * dishes (reading.h): "a california burrito, best burrito in town", "2 tacos, best tacos ever",
 * "a flan, the best in the city". "best" (perhaps "the" before it), up to two words, and where
 * or when it is the best ("in town", "ever", "around") closing the part: praise, no dish asked
 * for. The dish named in it (a kind, "burrito", asked back as which) is taken out of the order,
 * and the classifier reads the part as a remark (classify_praise_said.c). */
#include "gateway/order/reading.h"

/* Where the part closes at or after token n, past a laugh or "so much"; 0 when it does not. */
static size_t praise_best_closes(const char *text, const struct order_token *tokens, size_t n,
                                 size_t e)
{
    static const char *const closers[] = {"so", "much", "lol", "haha", "hands", "down", "xx"};
    while (order_tok_in(text, tokens, n, e, closers, ORDER_WORDS_N(closers)))
        n++;
    return n >= e || tokens[n].kind == ORDER_TOKEN_PUNCT ? n : 0;
}

size_t order_praise_best(const char *text, const struct order_token *tokens, size_t i, size_t e)
{
    enum { PRAISED_WORDS_MAX = 2 };
    static const char *const wheres[] = {"town", "city", "area", "world"};
    static const char *const evers[] = {"ever", "around", "anywhere"};
    size_t n = order_tok_is(text, tokens, i, e, "the") ? i + 1U : i;
    if (!order_tok_is(text, tokens, n, e, "best"))
        return 0;
    n++;
    for (size_t w = 0; w <= PRAISED_WORDS_MAX && n < e && tokens[n].kind == ORDER_TOKEN_WORD;
         w++, n++) {
        size_t end = 0;
        if (order_tok_in(text, tokens, n, e, evers, ORDER_WORDS_N(evers)))
            end = n + 1U;
        else if (order_tok_is(text, tokens, n, e, "in") &&
                 order_tok_in(text, tokens, n + 1U, e, wheres, ORDER_WORDS_N(wheres)))
            end = n + 2U;
        else if (order_tok_is(text, tokens, n, e, "in") &&
                 order_tok_is(text, tokens, n + 1U, e, "the") &&
                 order_tok_in(text, tokens, n + 2U, e, wheres, ORDER_WORDS_N(wheres)))
            end = n + 3U;
        if (end > 0) {
            size_t c = praise_best_closes(text, tokens, end, e);
            return c > 0 ? c - i : 0;
        }
    }
    return 0;
}

void order_read_praise_best(const char *text, const struct order_token *tokens,
                            struct order_reading *rg)
{
    if (!ORDER_CUES_ANY(&rg->cues, "best") ||
        !ORDER_CUES_ANY(&rg->cues, "ever", "around", "anywhere", "town", "city", "area", "world"))
        return;
    for (size_t x = 0; x < rg->n_things; x++) {
        struct order_thing *th = &rg->things[x];
        const struct order_clause *cl = &rg->clauses[th->clause];
        if (!th->is_span || th->reference || th->qty_explicit || th->begin <= cl->begin)
            continue;
        /* "best" right before the dish, "the" before it perhaps, opening a part after a mark */
        size_t s = th->begin - 1U;
        if (s > cl->begin && order_tok_is(text, tokens, s - 1U, cl->end, "the"))
            s--;
        /* the message's first token opens a part as a mark does ("the best burrito in town, 2
         * tacos"): no token stands before it to read */
        if (s > 0 && tokens[s - 1U].kind != ORDER_TOKEN_PUNCT)
            continue;
        size_t k = order_praise_best(text, tokens, s, cl->end);
        bool others = false; /* a dish asked for outside the praise */
        for (size_t y = 0; y < rg->n_things && !others; y++)
            others = y != x && rg->things[y].is_span && !rg->things[y].reference &&
                     (rg->things[y].end <= s || rg->things[y].begin >= s + k);
        if (k > 0 && th->end <= s + k && others)
            th->reference = true; /* "best burrito in town" */
    }
}
