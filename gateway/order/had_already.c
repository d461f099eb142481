/* had_already.c — dishes the customer says they have already, told beside what they ask for
 * (reading.h): "we have 2 cheeseburgers already, need a lemonade", "we already have 3 tacos,
 * just 2 horchatas", "there are 4 bowls on the table". A part that opens on "there are" or a
 * subject and a verb of having, then counted dishes, with "already" or "on the table" said of
 * them, tells what is there: those dishes are asked for by nobody (they were ordered, or
 * asked back as a kind); what follows the part is asked as before. */
#include "gateway/order/reading.h"

/* Where "there are", or a subject and a verb of having, opening the part at s end, with
 * "already" among them (set in *already); s when there are none. */
static size_t had_subject(const char *text, const struct order_token *tokens, size_t s, size_t e,
                          bool *already)
{
    static const char *const subjects[] = {"we", "i", "they"};
    static const char *const joined[] = {"weve", "ive", "theyve", "theres"};
    static const char *const having[] = {"have", "got"};
    static const char *const being[] = {"are", "is", "s"};
    size_t n = s;
    if (order_tok_in(text, tokens, n, e, joined, ORDER_WORDS_N(joined)))
        n++;
    else if (order_tok_is(text, tokens, n, e, "there") &&
             order_tok_in(text, tokens, n + 1U, e, being, ORDER_WORDS_N(being)))
        return n + 2U;
    else if (order_tok_in(text, tokens, n, e, subjects, ORDER_WORDS_N(subjects)))
        n++;
    else
        return s;
    *already = order_tok_is(text, tokens, n, e, "already");
    n += *already;
    if (!order_tok_in(text, tokens, n, e, having, ORDER_WORDS_N(having)))
        return order_tok_is(text, tokens, s, e, "theres") ? n : s;
    n++;
    if (order_tok_is(text, tokens, n, e, "got"))
        n++; /* "we have got", "weve got" */
    return n;
}

/* Is "already" or "on the table" said right after the dish ending at token n? */
static bool had_there(const char *text, const struct order_token *tokens, size_t n, size_t e)
{
    return order_tok_is(text, tokens, n, e, "already") ||
           (order_tok_is(text, tokens, n, e, "on") &&
            order_tok_is(text, tokens, n + 1U, e, "the") &&
            order_tok_is(text, tokens, n + 2U, e, "table"));
}

bool order_had_already(const char *text, const struct order_token *tokens,
                       const struct order_reading *rg, size_t x)
{
    enum { SUBJECT_WORDS_MAX = 5 };
    const struct order_thing *th = &rg->things[x];
    const struct order_clause *cl = &rg->clauses[th->clause];
    if (!th->is_span || !th->qty_explicit)
        return false;
    /* the subject may stand at any word within reach: "ok so we have 2 ..." */
    for (size_t s = th->begin; s > cl->begin && tokens[s - 1U].kind == ORDER_TOKEN_WORD &&
                               th->begin - s < SUBJECT_WORDS_MAX;) {
        s--;
        bool already = false;
        size_t n = had_subject(text, tokens, s, cl->end, &already);
        if (n == s || n > th->begin)
            continue;
        while (n < th->begin && rg->roles[n] == ORDER_ROLE_QTY)
            n++;
        if (n == th->begin)
            return already || had_there(text, tokens, th->end, cl->end);
    }
    return false;
}

void order_read_had_already(const char *text, const struct order_token *tokens,
                            struct order_reading *rg)
{
    if (!ORDER_CUES_ANY(&rg->cues, "already", "table"))
        return;
    for (size_t x = 0; x < rg->n_things; x++)
        if (!rg->things[x].reference && order_had_already(text, tokens, rg, x))
            rg->things[x].reference = true; /* "we have 2 cheeseburgers already" */
}

bool order_had_already_only(const char *text, const struct order_token *tokens,
                            const struct order_reading *rg, size_t c)
{
    if (!ORDER_CUES_ANY(&rg->cues, "already", "table"))
        return false;
    size_t had = 0;
    for (size_t x = 0; x < rg->n_things; x++) {
        if (rg->things[x].clause != c)
            continue;
        if (!order_had_already(text, tokens, rg, x))
            return false;
        had++;
    }
    return had > 0;
}
