/* classify_change_for_kind.c — a change asked of a kind of dish in general (classify.c,
 * reading.h pass 5): "any chance of a gf bun for the burgers?", "could you do extra sauce on
 * the wraps?". A request asked with a '?' whose only dish is a kind in the definite plural,
 * after a change and "for" / "on", and with no dish of the kind asked for anywhere in the
 * message, asks whether the kitchen makes that change: a question, no order of the kind. */
#include "gateway/order/classify_internal.h"

/* Is thing th a kind in the definite plural right after a change and "for" / "on"? */
static bool change_for_kind_at(const struct order_class_input *in, const struct order_reading *rg,
                               const struct order_thing *th, size_t begin)
{
    const struct order_token *t = in->tokens;
    if (!th->is_span || th->item >= 0 || th->qty_explicit || th->begin < begin + 3U ||
        th->end <= th->begin)
        return false;
    const struct order_token *last = &t[th->end - 1U]; /* the kind's last word: "burgers" */
    if (last->kind != ORDER_TOKEN_WORD || last->len == 0 ||
        in->text[last->off + last->len - 1U] != 's' ||
        !order_tok_is(in->text, t, th->begin - 1U, th->end, "the") ||
        !(order_tok_is(in->text, t, th->begin - 2U, th->end, "for") ||
          order_tok_is(in->text, t, th->begin - 2U, th->end, "on")))
        return false;
    return rg->roles[th->begin - 3U] == ORDER_ROLE_MODIFIER;
}

void classify_changes_for_kind(const struct order_class_input *in, struct order_reading *rg)
{
    if (!ORDER_CUES_ANY(&rg->cues, "the") || !ORDER_CUES_ANY(&rg->cues, "for", "on"))
        return;
    if (rg->n_things != 1U)
        return; /* a dish asked for elsewhere: the change is of it */
    const struct order_thing *th = &rg->things[0];
    if (th->clause >= rg->n_clauses)
        return;
    struct order_clause *cl = &rg->clauses[th->clause];
    if (cl->intent != ORDER_INTENT_REQUEST || cl->end <= cl->begin)
        return;
    const struct order_token *end = &in->tokens[cl->end - 1U]; /* the clause's closing mark */
    if (end->kind != ORDER_TOKEN_PUNCT || end->punct != '?' ||
        !change_for_kind_at(in, rg, th, cl->begin))
        return;
    cl->intent = ORDER_INTENT_QUESTION;
}
