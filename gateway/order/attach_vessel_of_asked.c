/* attach_vessel_of_asked.c — a serving asked for by its vessel alone after a question about a
 * food ("got any menudo? i'll take a small bowl", "do you have flan? ill take a plate")
 * (attach.c, reading.h pass 4). "a bowl", "a cup", "a slice" with nothing but an article, a
 * count or a size says how much of the food just asked about is wanted, as "i'll take 3
 * then" says how many: it asks for that food (declined when the menu lacks it), not for a
 * dish of the menu the vessel's word names. */
#include "gateway/order/attach_internal.h"

#include <string.h>

/* Are the words [a, b) only an article, a count or a size ("a big", "2 large")? */
static bool vessel_only_measured(const struct attach_state *st, size_t a, size_t b)
{
    static const char *const articles[] = {"a", "an", "one"};
    for (size_t p = a; p < b; p++) {
        int32_t v;
        if (attach_in(st->text, st->tokens, p, b, articles, ORDER_WORDS_N(articles)) ||
            attach_number(st->rd->u, st->text, st->tokens, p, b, &v) > 0)
            continue;
        size_t k = order_patterns_longest(&st->rd->u->sizes, st->text, st->tokens, p, b, NULL);
        if (k == 0)
            return false;
        p += k - 1U;
    }
    return true;
}

/* The start of the words before the vessel at v, back to the opener that asks for it ("ill
 * take | a big | bowl") or to the clause's start when the vessel is all it says, when they
 * are only measured; cl->end otherwise. */
static size_t vessel_measured_from(const struct attach_state *st, const struct order_clause *cl,
                                   size_t v)
{
    size_t a = v;
    while (a > cl->begin && st->rg->roles[a - 1U] != ORDER_ROLE_OPENER &&
           st->tokens[a - 1U].kind == ORDER_TOKEN_WORD)
        a--;
    if (!vessel_only_measured(st, a, v))
        return cl->end;
    if (a > cl->begin && st->rg->roles[a - 1U] == ORDER_ROLE_OPENER)
        return cl->request_form ? a : cl->end;
    /* "got any menudo? a small bowl please": the measured vessel alone in its clause, "please"
     * after it at most, asks as a dish named alone does */
    static const char *const polite[] = {"please", "pls", "plz", "then", "thanks", "thx"};
    if (a != cl->begin)
        return cl->end;
    for (size_t p = v + 1U; p < cl->end; p++)
        if (st->tokens[p].kind == ORDER_TOKEN_WORD &&
            !attach_in(st->text, st->tokens, p, cl->end, polite, ORDER_WORDS_N(polite)))
            return cl->end;
    return a;
}

/* A vessel no word of the menu names ("ill take a plate", "2 cups please"), asked for after
 * the food: a serving of the food, as a vessel of the menu's words is; nothing read it. */
static void vessel_unread(struct attach_state *st, size_t c, const struct order_thing *food,
                          const char *const *vessels, size_t n_vessels)
{
    const struct order_clause *cl = &st->rg->clauses[c];
    for (size_t v = cl->begin; v < cl->end; v++) {
        if (st->rg->n_hits[v] > 0 || st->rg->roles[v] != ORDER_ROLE_NONE ||
            !attach_in(st->text, st->tokens, v, cl->end, vessels, n_vessels))
            continue;
        size_t a = vessel_measured_from(st, cl, v);
        if (a == cl->end)
            continue;
        int32_t qty = 1;
        for (size_t p = a; p < v; p++)
            if (attach_number(st->rd->u, st->text, st->tokens, p, v, &qty) > 0)
                break;
        struct order_thing copy = *food;
        struct order_thing *th = order_reading_add_thing(st->rg, c, v, v + 1U);
        if (!th)
            return;
        *th = copy;
        th->clause = (uint8_t)c;
        th->begin = (uint16_t)v;
        th->end = (uint16_t)(v + 1U);
        th->qty = qty > 0 ? qty : 1;
        th->qty_explicit = qty > 1;
        th->mods.n = 0;
        memset(st->rg->roles + a, ORDER_ROLE_QTY, v - a);
        st->rg->roles[v] = ORDER_ROLE_ITEM;
        return;
    }
}

/* The one dish of the menu asked about in the question right before clause c ("do you
 * have flan?"), alone there; NULL when none or several. */
static struct order_thing *vessel_dish_asked(struct attach_state *st, size_t c)
{
    if (c == 0 || !st->rg->clauses[c - 1U].question_form)
        return NULL;
    struct order_thing *dish = NULL;
    for (size_t t = 0; t < st->rg->n_things; t++) {
        struct order_thing *th = &st->rg->things[t];
        if (th->clause != c - 1U || th->reference || th->past)
            continue;
        if (dish || !th->is_span || th->item < 0)
            return NULL;
        dish = th;
    }
    return dish;
}

/* "a plate", "a slice", "a glass", "2 bottles": how much of the food asked about, whatever
 * it is */
static const char *const vessels[] = {
    "bowl",    "bowls",    "cup",    "cups",    "plate",   "plates",   "slice",   "slices",
    "piece",   "pieces",   "glass",  "glasses", "portion", "portions", "serving", "servings",
    "basket",  "baskets",  "bottle", "bottles", "can",     "cans",     "jug",     "jugs",
    "pitcher", "pitchers", "box",    "boxes",   "tray",    "trays",    "carton",  "cartons"};

bool attach_vessel_word(const struct attach_state *st, size_t p)
{
    if (!ORDER_CUES_ANY(&st->cues, "bowl", "bowls", "cup", "cups", "plate", "plates", "slice",
                        "slices", "piece", "pieces", "glass", "glasses", "portion", "portions",
                        "serving", "servings", "basket", "baskets", "bottle", "bottles", "can",
                        "cans", "jug", "jugs", "pitcher", "pitchers", "box", "boxes", "tray",
                        "trays", "carton", "cartons"))
        return false;
    return attach_in(st->text, st->tokens, p, st->e, vessels, ORDER_WORDS_N(vessels));
}

void attach_vessel_of_asked(struct attach_state *st, size_t c)
{
    if (!ORDER_CUES_ANY(&st->cues, "bowl", "bowls", "cup", "cups", "plate", "plates", "slice",
                        "slices", "piece", "pieces", "glass", "glasses", "portion", "portions",
                        "serving", "servings", "basket", "baskets", "bottle", "bottles", "can",
                        "cans", "jug", "jugs", "pitcher", "pitchers", "box", "boxes", "tray",
                        "trays", "carton", "cartons"))
        return;
    /* "if not, a bowl", "otherwise a bowl": the answer is no, a dish of the menu is asked
     * instead; a "not" of anything else ("a small bowl, not too spicy") says how the food is
     * wanted */
    static const char *const otherwise[] = {"otherwise", "instead", "else"};
    const struct order_clause *cl = &st->rg->clauses[c];
    /* the food asked about first: most clauses follow no question about one */
    struct order_thing *food = attach_food_asked(st, c);
    if (!food) /* "do you have flan? ill take a plate": a dish of the menu asked about */
        food = vessel_dish_asked(st, c);
    if (!food)
        return;
    for (size_t p = cl->begin; p < cl->end; p++)
        if (attach_in(st->text, st->tokens, p, cl->end, otherwise, ORDER_WORDS_N(otherwise)) ||
            (p > cl->begin && order_tok_is(st->text, st->tokens, p - 1U, cl->end, "if") &&
             order_tok_is(st->text, st->tokens, p, cl->end, "not")))
            return;
    for (size_t s = 0; s < st->rg->n_things; s++) {
        struct order_thing *th = &st->rg->things[s];
        /* a vessel of the menu's words: "bowl" of several bowls, "slice" of a cake slice */
        if (th->clause != c || !th->is_span || th->end != th->begin + 1U ||
            !attach_in(st->text, st->tokens, th->begin, th->end, vessels, ORDER_WORDS_N(vessels)))
            continue;
        if (vessel_measured_from(st, cl, th->begin) == cl->end)
            continue;
        struct order_thing kept = *th;
        *th = *food;
        th->clause = kept.clause;
        th->begin = kept.begin;
        th->end = kept.end;
        th->qty = kept.qty;
        th->qty_explicit = kept.qty_explicit;
        th->mods.n = 0;
        return;
    }
    vessel_unread(st, c, food, vessels, ORDER_WORDS_N(vessels));
}
