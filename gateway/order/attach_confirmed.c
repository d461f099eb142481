/* attach_confirmed.c — a dish named again to confirm a choice, not to ask for more of it:
 * "the wrap. i mean. one wrap.", "nuggets. no wait the burger. yeah burger", "he wants a
 * flan, she wants a flan. so 2 flans", "2 falafel wraps. the falafel is fine". A sentence
 * that holds nothing but dishes already asked for earlier in the message, each with the count
 * asked for so far or with none, said with a word of confirming or summing up ("so", "yeah",
 * "final answer", "i mean", "is fine") in it or in a sentence of such words beside it,
 * restates the order: its dishes point back. A count
 * unlike the total so far ("so 3 flans") is no restatement. A change said only in the
 * restatement ("i wanted a flan. so 1 flan with no sauce") is how the dish asked for before
 * comes: that dish, asked for with no change, points back to the restated one instead. */
#include <string.h>

#include "gateway/order/attach_internal.h"

static const char *const confirm_words[] = {
    "so",    "yeah",  "yes",        "yep",     "yup",     "ok",         "okay", "mean",
    "final", "total", "altogether", "overall", "confirm", "confirming", "fine", "good"};

/* Words that neither confirm nor add: they may stand beside the dishes. */
static const char *const neutral_words[] = {
    "just",   "the",  "a",  "an",     "and", "n",      "i",   "its", "thats", "that", "s",
    "answer", "then", "in", "please", "pls", "thanks", "thx", "is",  "if",    "not",  "otherwise"};

static bool confirm_word(const struct attach_state *st, size_t i, size_t e)
{
    return order_tok_in(st->text, st->tokens, i, e, confirm_words, ORDER_WORDS_N(confirm_words));
}

/* Is clause c made of confirming and neutral words alone, one of them confirming ("i
 * mean.", "final answer")? Its words must be free of any role but filler. */
static bool confirm_clause(const struct attach_state *st, size_t c)
{
    const struct order_clause *cl = &st->rg->clauses[c];
    bool confirms = false;
    for (size_t i = cl->begin; i < cl->end; i++) {
        if (st->tokens[i].kind != ORDER_TOKEN_WORD)
            continue;
        uint8_t role = st->rg->roles[i];
        if (role != ORDER_ROLE_NONE && role != ORDER_ROLE_FILLER && role != ORDER_ROLE_OPENER &&
            role != ORDER_ROLE_GREETING)
            return false;
        if (confirm_word(st, i, cl->end))
            confirms = true;
        else if (!order_tok_in(st->text, st->tokens, i, cl->end, neutral_words,
                               ORDER_WORDS_N(neutral_words)))
            return false;
    }
    return confirms;
}

/* Do the tokens of clause c outside its dishes read as a restatement: only confirming and
 * neutral words (and, when changed, the words of a change), no '+' / '&' nor question?
 * *confirms tells whether one word confirms. */
static bool restating_words(const struct attach_state *st, size_t c, bool changed, bool *confirms)
{
    const struct order_clause *cl = &st->rg->clauses[c];
    const struct order_token *t = st->tokens;
    for (size_t i = cl->begin; i < cl->end; i++) {
        uint8_t role = st->rg->roles[i];
        if (t[i].kind == ORDER_TOKEN_PUNCT) {
            if (t[i].punct == '+' || t[i].punct == '&' || t[i].punct == '?' || t[i].punct == ':')
                return false;
            continue;
        }
        if (role == ORDER_ROLE_ITEM || role == ORDER_ROLE_QTY)
            continue;
        if (role == ORDER_ROLE_MODIFIER && changed)
            continue; /* "so 1 flan (no sauce)": the change the restatement adds */
        if (role != ORDER_ROLE_NONE && role != ORDER_ROLE_FILLER && role != ORDER_ROLE_OPENER &&
            role != ORDER_ROLE_GREETING)
            return false;
        if (confirm_word(st, i, cl->end))
            *confirms = true;
        else if (order_tok_is(st->text, t, i, cl->end, "forget") &&
                 order_tok_is(st->text, t, i + 1U, cl->end, "it") &&
                 order_read_after_question(st->text, t, i))
            i++; /* "shawarma? if not, forget it, falafel is fine": the question taken back */
        else if (!order_tok_in(st->text, t, i, cl->end, neutral_words,
                               ORDER_WORDS_N(neutral_words)))
            return false;
    }
    return true;
}

/* The count of item asked for before token at, in clauses before c that ask nothing; 0 when
 * none, or when bare is set and one of them was asked for with a change. */
static int32_t asked_before(const struct attach_state *st, size_t c, int32_t item, bool bare)
{
    int32_t total = 0;
    for (size_t x = 0; x < st->rg->n_things; x++) {
        const struct order_thing *th = &st->rg->things[x];
        if (th->clause >= c || !th->is_span || th->reference || th->item != item)
            continue;
        if (th->qty_unclear || st->rg->clauses[th->clause].question_form ||
            (bare && th->mods.n > 0))
            return 0;
        total += th->qty;
    }
    return total;
}

/* The dish th restated with a change of its own: the ones asked for before it, bare, point
 * back to it. */
static void restated_changed(struct attach_state *st, const struct order_thing *th)
{
    for (size_t x = 0; x < st->rg->n_things; x++) {
        struct order_thing *o = &st->rg->things[x];
        if (o->clause < th->clause && o->is_span && !o->reference && o->item == th->item)
            o->reference = true;
    }
}

void attach_confirmed(struct attach_state *st, size_t c, size_t first, size_t end)
{
    if (!ORDER_CUES_ANY(&st->rg->cues, "so", "yeah", "yes", "yep", "yup", "ok", "okay", "mean",
                        "final", "total", "altogether", "overall", "confirm", "confirming", "fine",
                        "good"))
        return;
    if (c == 0 || first == end)
        return;
    bool changed = false;
    for (size_t s = first; s < end; s++) {
        const struct order_thing *th = &st->rg->things[s];
        if (!th->is_span || th->item < 0 || th->reference || th->qty_unclear || th->clause != c)
            return;
        /* counted, the count asked for so far; bare ("if not, falafel is fine"), any count */
        int32_t asked = asked_before(st, c, th->item, th->mods.n > 0);
        if (th->qty_explicit ? asked != th->qty : asked == 0)
            return;
        changed = changed || th->mods.n > 0;
    }
    bool confirms = false;
    if (!restating_words(st, c, changed, &confirms))
        return;
    if (!confirms && !confirm_clause(st, c - 1U) &&
        !(c + 1U < st->rg->n_clauses && confirm_clause(st, c + 1U)))
        return;
    for (size_t s = first; s < end; s++) {
        if (st->rg->things[s].mods.n > 0)
            restated_changed(st, &st->rg->things[s]);
        else
            st->rg->things[s].reference = true;
    }
}
