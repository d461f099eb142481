/* taken_back_not.c — a dish asked for, then taken back with "not" opening a clause (reading.h,
 * after the attachments): "a coke. wait not the coke, a horchata", "2 fries - sorry not
 * fries, onion rings". "not" (after "wait", "no", "sorry", "actually" or the clause's start), "the"
 * or "that" perhaps, and the dish asked for before: neither is asked for now; what follows is
 * (attach_references.c leaves such a dish out of what a count points at). */
#include "gateway/order/reading.h"

/* Does "not" (and "the" / "that") stand right before thing th, opening its clause or after a
 * word that breaks off ("wait", "sorry")? After a dash or a comma alone it may say how a name
 * is not spelt ("one Carrot Cake Slice — not 'carrot cakes slice', as your app wrote it"). */
static bool taken_back_before(const char *text, const struct order_token *tokens,
                              const struct order_reading *rg, const struct order_thing *th)
{
    static const char *const pointing[] = {"the", "that", "those", "my"};
    static const char *const leads[] = {"wait", "no", "nah", "actually", "oh", "sorry", "oops"};
    const struct order_clause *cl = &rg->clauses[th->clause];
    size_t b = th->begin;
    if (b > cl->begin && order_tok_in(text, tokens, b - 1U, b, pointing, ORDER_WORDS_N(pointing)))
        b--;
    if (b == cl->begin || !order_tok_is(text, tokens, b - 1U, b, "not"))
        return false;
    size_t n = b - 1U;
    return n == cl->begin || order_tok_in(text, tokens, n - 1U, n, leads, ORDER_WORDS_N(leads));
}

void order_read_taken_back_not(const char *text, const struct order_token *tokens,
                               struct order_reading *rg)
{
    if (!ORDER_CUES_ANY(&rg->cues, "not"))
        return;
    for (size_t t = 1; t < rg->n_things; t++) {
        struct order_thing *th = &rg->things[t];
        if (!th->is_span || th->item < 0 || th->reference ||
            !taken_back_before(text, tokens, rg, th))
            continue;
        for (size_t x = 0; x < t; x++) {
            struct order_thing *was = &rg->things[x];
            if (was->is_span && was->item == th->item && !was->reference && !was->past &&
                was->end <= th->begin) {
                was->reference = true; /* asked for before, taken back */
                th->reference = true;
            }
        }
    }
}
