/* classify_clause.c — the intent of one clause (classify.c, reading.h pass 5): by its form
 * (a dish asked to be made into another, asked for one of several, a list after a colon,
 * information asked, an order ahead or cancelled, how a dish is made) and by its cues once
 * the asides are masked; classify_clause decides. */
#include <string.h>

#include "gateway/order/classify_internal.h"
#include "gateway/order/pattern_index.h"

/* The first token of clause c's first thing, or the clause's end. */
static size_t classify_first_thing(const struct order_reading *rg, size_t c)
{
    size_t first = rg->clauses[c].end;
    for (size_t t = 0; t < rg->n_things; t++)
        if (rg->things[t].clause == c && rg->things[t].begin < first)
            first = rg->things[t].begin;
    return first;
}

/* Does a question start with a past form of being ("were the fries always this small?", "was
 * the burger meant to be raw?")? "did the burger come with fries" may still ask about the
 * menu. */
static bool classify_past_question(const struct order_class_input *in,
                                   const struct order_reading *rg, const struct order_clause *cl)
{
    if (!ORDER_CUES_ANY(&rg->cues, "was", "were", "wasnt", "werent", "did", "didnt"))
        return false;
    size_t at = cl->begin;
    while (at < cl->end && rg->roles[at] == ORDER_ROLE_GREETING)
        at++;
    bool why = order_tok_is(in->text, in->tokens, at, cl->end, "why");
    at += why;
    /* "did"/"didn't" only after "why" ("why wasn't the menu clearer"): "did the burger come
     * with fries?" may ask about the menu */
    static const char *const aux[] = {"was", "were", "wasnt", "werent", "did", "didnt"};
    size_t n_aux = ORDER_WORDS_N(aux) - (why ? 0U : 2U);
    for (size_t v = 0; v < n_aux; v++)
        if (order_tok_is(in->text, in->tokens, at, cl->end, aux[v]))
            return true;
    return false;
}

/* Is clause cl a line inside a list: opening its line, as the lines right before and after it
 * do, each naming a dish ("☐ 3x cheeseburger\n☐ pepperoni pizza??\n☐ 2x lemonade")? */
static bool classify_list_line(const struct order_class_input *in, const struct order_reading *rg,
                               const struct order_clause *cl)
{
    if (!order_token_opens_line(in->text, in->tokens, cl->begin))
        return false;
    size_t c = (size_t)(cl - rg->clauses);
    bool before = false, after = false; /* inside the list: lines of dishes on both sides */
    for (size_t t = 0; t < rg->n_things; t++) {
        const struct order_thing *th = &rg->things[t];
        size_t o = th->clause;
        if (!th->is_span || th->item < 0 ||
            !order_token_opens_line(in->text, in->tokens, rg->clauses[o].begin))
            continue;
        before = before || o + 1U == c;
        after = after || o == c + 1U;
    }
    return before && after;
}

/* Is the clause its things and an article, and nothing more but greetings and sounds of
 * hesitation ("ummm a kebab??")? With a question mark it asks for them. */
static bool classify_bare_things(const struct order_class_input *in, const struct order_reading *rg,
                                 const struct order_clause *cl)
{
    bool article = false;
    if (cl->begin > 0 && !(in->tokens[cl->begin - 1U].kind == ORDER_TOKEN_PUNCT &&
                           strchr(".!?\n", in->tokens[cl->begin - 1U].punct)))
        return false; /* "can i xyzq | a pizza?": the rest of a sentence, not one of its own */
    for (size_t i = cl->begin; i < cl->end; i++) {
        bool a = order_tok_is(in->text, in->tokens, i, cl->end, "a") ||
                 order_tok_is(in->text, in->tokens, i, cl->end, "an");
        article = article || a;
        bool named = false; /* within a thing's words, not only read as part of its run */
        for (size_t t = 0; t < rg->n_things && !named; t++)
            named = rg->things[t].begin <= i && i < rg->things[t].end;
        if (!a && !named && in->tokens[i].kind != ORDER_TOKEN_PUNCT &&
            rg->roles[i] != ORDER_ROLE_GREETING && rg->roles[i] != ORDER_ROLE_QTY &&
            !classify_hesitation(in, i))
            return false;
    }
    /* "anchovy?" after a question goes on with it; "☐ pepperoni pizza??" as a bulleted line
     * of a list is one of its entries, asked for */
    return article || classify_list_line(in, rg, cl);
}

/* Does a clause about menu items say that someone wants them ("he wants the burger")? */
static bool classify_names_wanting(const struct order_class_input *in,
                                   const struct order_reading *rg, const struct order_clause *cl)
{
    if (!ORDER_CUES_ANY(&rg->cues, "wants", "needs"))
        return false;
    for (size_t i = cl->begin; i < cl->end; i++)
        if ((rg->roles[i] == ORDER_ROLE_NONE || rg->roles[i] == ORDER_ROLE_MODIFIER ||
             rg->roles[i] == ORDER_ROLE_LEFTOVER) &&
            (order_tok_is(in->text, in->tokens, i, cl->end, "wants") ||
             order_tok_is(in->text, in->tokens, i, cl->end, "needs")))
            return true;
    return false;
}

/* Copies the clause's roles into out with the words between '(' and ')' that name nothing
 * marked as names, which cue scoring skips. Returns whether any were. */
static bool classify_mask_asides(const struct order_class_input *in, const struct order_reading *rg,
                                 const struct order_clause *cl, uint8_t *out)
{
    bool inside = false, any = false;
    for (size_t i = cl->begin; i < cl->end; i++) {
        const struct order_token *t = &in->tokens[i];
        out[i] = rg->roles[i];
        if (t->kind == ORDER_TOKEN_PUNCT && t->punct == '(')
            inside = true;
        else if (t->kind == ORDER_TOKEN_PUNCT && t->punct == ')')
            inside = false;
        else if (inside && t->kind == ORDER_TOKEN_WORD && rg->roles[i] == ORDER_ROLE_NONE) {
            out[i] = ORDER_ROLE_ITEM;
            any = true;
        }
    }
    return any;
}

/* Does a question opened by "... make" ask whether a dish can be made into a diet: the
 * opener's verb "make", a dish, then a diet and the end of the clause ("could you make the
 * falafel wrap vegan?", "can u make the bowl gluten free??")? That asks what the kitchen
 * can do; "could you make me a lemonade" orders. */
static bool classify_make_into(const struct order_understanding *u,
                               const struct order_class_input *in, const struct order_reading *rg,
                               const struct order_clause *cl)
{
    if (!ORDER_CUES_ANY(&rg->cues, "make"))
        return false;
    bool make = false;
    size_t last_end = 0;
    for (size_t i = cl->begin; i < cl->end; i++) {
        if (rg->roles[i] == ORDER_ROLE_OPENER &&
            order_tok_is(in->text, in->tokens, i, cl->end, "make"))
            make = true;
        if (rg->roles[i] == ORDER_ROLE_ITEM)
            last_end = i + 1;
    }
    if (!make || last_end == 0)
        return false;
    size_t k = order_patterns_longest(&u->diet_cues, in->text, in->tokens, last_end, cl->end, NULL);
    if (k == 0)
        return false;
    for (size_t i = last_end + k; i < cl->end; i++)
        if (in->tokens[i].kind == ORDER_TOKEN_WORD)
            return false;
    return true;
}

/* Is the span ending at token end of clause cl a kind several items are, after "a" ("can you
 * make a burger without the bun")? Any one of the kind so changed: what the kitchen can
 * do, asked, no dish asked for. */
static bool classify_any_of_kind(const struct order_class_input *in, const struct order_reading *rg,
                                 const struct order_clause *cl, size_t end)
{
    for (size_t x = 0; x < rg->n_things; x++) {
        const struct order_thing *th = &rg->things[x];
        if (th->is_span && th->end == end && th->item < 0 && th->begin > cl->begin &&
            (order_tok_is(in->text, in->tokens, th->begin - 1U, cl->end, "a") ||
             order_tok_is(in->text, in->tokens, th->begin - 1U, cl->end, "an")))
            return true;
    }
    return false;
}

/* Does a question "can you make" name a dish and then change or count it ("can u make the
 * veggie wrap with flour tortillas instead", "can you make the bowl without rice x2")? That
 * asks for the dish so changed, as "could you make" does; "can you make tamales?" (nothing
 * changed) and "can you make it without dairy?" (a diet) ask what the kitchen can do. */
static bool classify_make_changed(const struct order_understanding *u,
                                  const struct order_class_input *in,
                                  const struct order_reading *rg, const struct order_clause *cl)
{
    const char *text = in->text;
    const struct order_token *t = in->tokens;
    size_t at = cl->begin;
    while (at < cl->end && rg->roles[at] == ORDER_ROLE_GREETING)
        at++;
    size_t asked = order_read_make_asked(text, t, at, cl->end);
    if (asked == 0)
        return false;
    size_t last_end = 0;
    for (size_t i = at + asked; i < cl->end; i++)
        if (rg->roles[i] == ORDER_ROLE_ITEM)
            last_end = i + 1U;
    if (last_end == 0 || classify_any_of_kind(in, rg, cl, last_end))
        return false;
    bool changed = cl->has_quantity;
    for (size_t i = last_end; i < cl->end; i++) {
        if (order_patterns_longest(&u->diet_cues, text, t, i, cl->end, NULL) > 0)
            return false; /* "... without dairy?": a diet asked about */
        changed = changed || rg->mod_zone[i] || order_tok_is(text, t, i, cl->end, "instead");
    }
    return changed;
}

/* Does a question "can you make" name dishes of the menu and nothing more ("can you make a
 * cheeseburger and a lemonade", "can you guys make 2 falafel wraps")? Each is asked for as
 * the menu has it: what the kitchen can do is asked of a dish changed or of a kind ("can
 * you make a burger without the bun?", "can you make it gluten free?"). */
static bool classify_make_plain(const struct order_class_input *in, const struct order_reading *rg,
                                const struct order_clause *cl)
{
    static const char *const joins[] = {"a", "an", "the", "and", "n", "plus", "also"};
    size_t at = cl->begin;
    while (at < cl->end && rg->roles[at] == ORDER_ROLE_GREETING)
        at++;
    size_t asked = order_read_make_asked(in->text, in->tokens, at, cl->end);
    if (asked == 0)
        return false;
    size_t dishes = 0;
    for (size_t x = 0; x < rg->n_things; x++) {
        const struct order_thing *th = &rg->things[x];
        if (th->begin < at + asked || th->begin >= cl->end || th->reference)
            continue;
        if (!th->is_span || th->item < 0)
            return false;          /* a kind, or a dish the menu lacks ("can you make tamales?") */
        size_t b = th->begin - 1U; /* "can you make churros?": any at all, asked about */
        if (!(order_tok_article(in->text, in->tokens, b, cl->end) ||
              rg->roles[b] == ORDER_ROLE_QTY))
            return false;
        dishes++;
    }
    for (size_t i = at + asked; i < cl->end; i++) {
        uint8_t r = rg->roles[i];
        if (in->tokens[i].kind == ORDER_TOKEN_WORD && r != ORDER_ROLE_ITEM && r != ORDER_ROLE_QTY &&
            r != ORDER_ROLE_FILLER &&
            !order_tok_in(in->text, in->tokens, i, cl->end, joins, ORDER_WORDS_N(joins)))
            return false;
    }
    return dishes > 0;
}

/* Does clause cl, from its first word at, pick one of a kind by what it is ("whichever
 * burrito is the hottest", "whatever the fish one is")? That asks for it, no question. */
static bool classify_picks_one(const struct order_class_input *in, const struct order_clause *cl,
                               size_t at)
{
    return !cl->question_start && (order_tok_is(in->text, in->tokens, at, cl->end, "whichever") ||
                                   order_tok_is(in->text, in->tokens, at, cl->end, "whatever"));
}

/* Does clause cl ask for a dish though it reads as a question or a statement: "can you
 * make" it changed or as the menu has it, or one of a kind picked by what it is? */
static bool classify_asks_for_one(const struct order_understanding *u,
                                  const struct order_class_input *in,
                                  const struct order_reading *rg, const struct order_clause *cl,
                                  const struct classify_clause_facts *f, bool question, size_t at)
{
    /* the "make" of order_read_make_asked, or a free choice of classify_picks_one */
    if (!ORDER_CUES_ANY(&rg->cues, "make", "whichever", "whatever"))
        return false;
    return (f->spans > 0 && question &&
            (classify_make_changed(u, in, rg, cl) || classify_make_plain(in, rg, cl))) ||
           (f->things > 0 && classify_picks_one(in, cl, at));
}

/* Does clause c end in a list introduced by a colon: two menu spans or more after its last
 * ':', no '?' and no verb saying something about them there? What comes before the colon
 * (a story, a complaint about somewhere else) then does not speak for the list. */
bool classify_colon_list(const struct order_class_input *in, const struct order_reading *rg,
                         size_t c)
{
    enum { COLON_LIST_SPANS_MIN = 2 };
    const struct order_clause *cl = &rg->clauses[c];
    size_t colon = cl->end;
    for (size_t i = cl->begin; i < cl->end; i++) {
        const struct order_token *t = &in->tokens[i];
        if (t->kind == ORDER_TOKEN_PUNCT && t->punct == ':')
            colon = i;
        else if (t->kind == ORDER_TOKEN_PUNCT && t->punct == '?' && colon < cl->end)
            return false;
    }
    if (colon == cl->end)
        return false;
    size_t spans = 0;
    for (size_t t = 0; t < rg->n_things; t++)
        spans += rg->things[t].clause == c && in->thing_real[t] && rg->things[t].is_span &&
                 rg->things[t].begin > colon;
    if (spans < COLON_LIST_SPANS_MIN)
        return false;
    struct order_clause after = *cl;
    after.begin = (uint16_t)(colon + 1);
    return !classify_says_something(in, rg, &after);
}

/* Does a request ask for information rather than food: the first word after its opener,
 * past a determiner, names a list or a description ("could I get a list of what's vegan",
 * "can I have the menu")? */
static bool classify_asks_information(const struct order_class_input *in,
                                      const struct order_reading *rg, const struct order_clause *cl)
{
    static const char *const information[] = {"list",    "menu",      "info",    "information",
                                              "details", "breakdown", "rundown", "description"};
    if (!ORDER_CUES_ANY(&rg->cues, "list", "menu", "info", "information", "details", "breakdown",
                        "rundown", "description"))
        return false;
    size_t i = cl->begin;
    while (i < cl->end && rg->roles[i] != ORDER_ROLE_OPENER)
        i++;
    while (i < cl->end && rg->roles[i] == ORDER_ROLE_OPENER)
        i++;
    if (order_tok_is(in->text, in->tokens, i, cl->end, "a") ||
        order_tok_is(in->text, in->tokens, i, cl->end, "the") ||
        order_tok_is(in->text, in->tokens, i, cl->end, "some") ||
        order_tok_is(in->text, in->tokens, i, cl->end, "your"))
        i++;
    for (size_t k = 0; k < ORDER_WORDS_N(information); k++)
        if (order_tok_is(in->text, in->tokens, i, cl->end, information[k]))
            return true;
    return false;
}

/* Does the request ask whether it can order for a later day ("can I order a whole tres
 * leches cake for saturday?", "could we order 30 tacos for tomorrow")? Ordering ahead is a
 * question of what the place does, as "can I order for tomorrow?" is; "can we get 15
 * burgers for 6pm tomorrow?" asks for the food. */
bool classify_orders_ahead(const struct order_class_input *in, const struct order_clause *cl)
{
    static const char *const modals[] = {"can", "could", "may"}, *const who[] = {"i", "we"};
    size_t j = cl->begin + 2U;
    while (j < cl->end &&
           !(order_tok_is(in->text, in->tokens, j, cl->end, "order") &&
             order_tok_in(in->text, in->tokens, j - 1U, j, who, ORDER_WORDS_N(who)) &&
             order_tok_in(in->text, in->tokens, j - 2U, j, modals, ORDER_WORDS_N(modals))))
        j++;
    return classify_later_day_from(in, cl, j + 1U);
}

/* Does clause c count out two dishes or more ("could I order 3 flans and 2 tres leches for
 * pickup saturday?")? Whether the place takes orders ahead is asked with one kind ("30
 * tacos", "a whole cake"); an order counted out dish by dish is the order itself. */
static bool classify_counts_dishes(const struct order_reading *rg, size_t c)
{
    int32_t first = -1;
    for (size_t t = 0; t < rg->n_things; t++) {
        const struct order_thing *th = &rg->things[t];
        if (th->clause != c || !th->is_span || !th->qty_explicit || th->item < 0)
            continue;
        if (first >= 0 && th->item != first)
            return true;
        first = th->item;
    }
    return false;
}

/* Does clause c only sketch the order asked about in the clause before, a question about
 * ordering ahead ("can i order for saturday? like 40 tacos", "... maybe 20 burritos")? A
 * hedged amount after it says how big the order would be: part of the question, no request. */
static bool classify_sketches_order_ahead(const struct order_class_input *in,
                                          const struct order_reading *rg, size_t c, size_t at)
{
    static const char *const hedges[] = {"like", "maybe",  "about",    "around",
                                         "prob", "approx", "probably", "roughly"};
    /* a hedge, and "order" and a later day of classify_orders_ahead */
    if (!ORDER_CUES_ANY(&rg->cues, "like", "maybe", "about", "around", "prob", "approx", "probably",
                        "roughly") ||
        !ORDER_CUES_ANY(&rg->cues, "order") ||
        !ORDER_CUES_ANY(&rg->cues, "tomorrow", "tmrw", "tmr", "monday", "tuesday", "wednesday",
                        "thursday", "friday", "saturday", "sunday", "weekend", "week"))
        return false;
    if (c == 0)
        return false;
    const struct order_clause *prev = &rg->clauses[c - 1U], *cl = &rg->clauses[c];
    if (!prev->question_form || !classify_orders_ahead(in, prev) || cl->request_form)
        return false;
    /* the hedge opens the clause, or stands right before a count ("big party like 40") */
    for (size_t k = at; k < cl->end; k++) {
        bool counted = k + 1U < cl->end && in->tokens[k + 1U].kind == ORDER_TOKEN_WORD &&
                       in->text[in->tokens[k + 1U].off] >= '0' &&
                       in->text[in->tokens[k + 1U].off] <= '9';
        if ((k < at + 2U || counted) &&
            order_tok_in(in->text, in->tokens, k, cl->end, hedges, ORDER_WORDS_N(hedges)))
            return true;
    }
    return false;
}

/* "do you sell trays? like a big tray of rice and beans for 25 people": "like" opening the
 * clause after a question about the menu that asks for nothing sketches what the question is
 * about, an example, no order; "can u make it spicy? like add jalapenos" sketches a change,
 * and "how long does a big order take? like 40 tacos" asks no question of the menu. */
static bool classify_sketches_example(const struct order_understanding *u,
                                      const struct order_class_input *in,
                                      const struct order_reading *rg, size_t c, size_t at)
{
    if (c == 0 || !ORDER_CUES_ANY(&rg->cues, "like"))
        return false;
    const struct order_clause *prev = &rg->clauses[c - 1U], *cl = &rg->clauses[c];
    return prev->question_form && prev->question_start && !prev->request_form &&
           prev->intent == ORDER_INTENT_QUESTION && !cl->request_form &&
           order_tok_is(in->text, in->tokens, at, cl->end, "like") &&
           order_patterns_longest(&u->modifier_zone_starts, in->text, in->tokens, at + 1U, cl->end,
                                  NULL) == 0;
}

/* "r ur beef burgers halal? the classic one and the cheddar one i mean": dishes named after a
 * question of the menu with "i mean" closing them say which the question was about; asked
 * for, they would be by an opener or a count. "is the elote spicy? the chile powder part":
 * "the" and a part of the dish closed by "part" or "bit" say which of it is asked about. */
static bool classify_question_restated(const struct order_class_input *in,
                                       const struct order_reading *rg, size_t c)
{
    if (c == 0 || !ORDER_CUES_ANY(&rg->cues, "mean", "part", "bit"))
        return false;
    const struct order_clause *prev = &rg->clauses[c - 1U], *cl = &rg->clauses[c];
    size_t e = cl->end;
    while (e > cl->begin && in->tokens[e - 1U].kind == ORDER_TOKEN_PUNCT)
        e--;
    if (!prev->question_form || prev->intent != ORDER_INTENT_QUESTION || cl->request_form ||
        cl->has_quantity || e < cl->begin + 2U)
        return false;
    if (order_tok_is(in->text, in->tokens, cl->begin, e, "the") &&
        (order_tok_is(in->text, in->tokens, e - 1U, e, "part") ||
         order_tok_is(in->text, in->tokens, e - 1U, e, "bit")))
        return true;
    return e >= cl->begin + 3U && order_tok_is(in->text, in->tokens, e - 2U, e, "i") &&
           order_tok_is(in->text, in->tokens, e - 1U, e, "mean");
}

/* "is the carnitas bowl spicy? might get one", "how much for 20? might order": after a
 * question, a request only thought of ("might", "may" before a verb of getting, the customer
 * its subject or none) waits on the answer; it orders nothing yet. */
static bool classify_might_get(const struct order_class_input *in, const struct order_clause *cl,
                               size_t at)
{
    static const char *const maybe[] = {"might", "may", "mite"};
    static const char *const getting[] = {"get", "order", "grab", "take", "have", "do", "try"};
    size_t p = at + (order_tok_is(in->text, in->tokens, at, cl->end, "i") ||
                             order_tok_is(in->text, in->tokens, at, cl->end, "we")
                         ? 1U
                         : 0U);
    return order_tok_in(in->text, in->tokens, p, cl->end, maybe, ORDER_WORDS_N(maybe)) &&
           order_tok_in(in->text, in->tokens, p + 1U, cl->end, getting, ORDER_WORDS_N(getting));
}

/* Does "order" at j close "from/off my/our/the order" ("cancel the fries from my order"),
 * the order maybe said to be one placed before ("off my earlier order")? */
static bool classify_from_order(const struct order_class_input *in, size_t j)
{
    static const char *const from[] = {"from", "off", "of"}, *const whose[] = {"my", "our", "the"};
    static const char *const before[] = {"earlier", "previous", "last", "first", "original"};
    if (j >= 3 && order_tok_in(in->text, in->tokens, j - 1U, j, before, ORDER_WORDS_N(before)))
        j--;
    /* "from order 8812": the order by its number, no determiner */
    if (j >= 1 && order_tok_in(in->text, in->tokens, j - 1U, j, from, ORDER_WORDS_N(from)) &&
        j + 1U < in->n_tokens && in->tokens[j + 1U].kind == ORDER_TOKEN_WORD &&
        in->text[in->tokens[j + 1U].off] >= '0' && in->text[in->tokens[j + 1U].off] <= '9')
        return true;
    return j >= 2 && order_tok_in(in->text, in->tokens, j - 1U, j, whose, ORDER_WORDS_N(whose)) &&
           order_tok_in(in->text, in->tokens, j - 2U, j, from, ORDER_WORDS_N(from));
}

/* Does the clause open with "cancel" (after "please") and the article of the dishes it
 * names, none named in the message before, nothing else asked ("cancel the flan", then "add 2
 * churros instead" in a clause of its own)? The dish was ordered earlier: taking it off is
 * business with that order. A dish named before is corrected instead (correct.c). */
static bool classify_cancels_earlier_dish(const struct order_class_input *in,
                                          const struct order_reading *rg, size_t c, size_t first)
{
    static const char *const please[] = {"please", "pls", "plz"};
    const struct order_clause *cl = &rg->clauses[c];
    size_t i = cl->begin;
    if (order_tok_in(in->text, in->tokens, i, cl->end, please, ORDER_WORDS_N(please)))
        i++;
    /* the dish's words right after "the" (its thing may be gone: read as taken off) */
    if (!order_tok_is(in->text, in->tokens, i, cl->end, "cancel") ||
        !order_tok_is(in->text, in->tokens, i + 1U, cl->end, "the") || i + 2U >= cl->end ||
        rg->n_hits[i + 2U] == 0 || (first != i + 2U && first != cl->end))
        return false;
    for (size_t t = 0; t < rg->n_things; t++)
        if (rg->things[t].clause < c)
            return false;
    for (size_t k = first; k < cl->end; k++)
        if (rg->roles[k] == ORDER_ROLE_OPENER || rg->roles[k] == ORDER_ROLE_QTY)
            return false;
    return true;
}

/* Does the clause cancel an order before naming any thing, no request after it ("can i
 * cancel my order, the one with 3 fish tacos", "please cancel our order of 2 wraps"), or
 * cancel things from an order ("cancel the horchata from my order")? The
 * things then tell which order is meant; nothing is asked for. */
bool classify_cancels_order(const struct order_class_input *in, const struct order_reading *rg,
                            size_t c)
{
    enum { CANCEL_TO_ORDER_MAX = 3 }; /* "cancel my order", "cancel the whole order" */
    /* "remove the fries from my order", "take the wrap off our order": other verbs of
     * taking away, with what they take off the order named */
    static const char *const taking_off[] = {"remove", "delete", "drop", "take"};
    if (!ORDER_CUES_ANY(&rg->cues, "cancel") &&
        !ORDER_CUES_ANY(&rg->cues, "remove", "delete", "drop", "take"))
        return false;
    const struct order_clause *cl = &rg->clauses[c];
    size_t first = classify_first_thing(rg, c);
    if (classify_cancels_earlier_dish(in, rg, c, first))
        return true;
    for (size_t i = cl->begin; i < first; i++) {
        bool cancel = order_tok_is(in->text, in->tokens, i, first, "cancel");
        if (!cancel &&
            !order_tok_in(in->text, in->tokens, i, first, taking_off, ORDER_WORDS_N(taking_off)))
            continue;
        for (size_t j = i + 1; j < cl->end; j++) {
            /* "cancel my order", or "cancel the horchata from my order": what is taken off
             * an order placed before */
            if (!order_tok_is(in->text, in->tokens, j, cl->end, "order") ||
                ((j > i + CANCEL_TO_ORDER_MAX || !cancel) && !classify_from_order(in, j)))
                continue;
            for (size_t k = j + 1; k < cl->end; k++)
                if (rg->roles[k] == ORDER_ROLE_OPENER ||
                    order_tok_is(in->text, in->tokens, k, cl->end, "get") ||
                    order_tok_is(in->text, in->tokens, k, cl->end, "add") ||
                    order_tok_is(in->text, in->tokens, k, cl->end, "instead"))
                    return false; /* "cancel my order and get me 2 tacos instead", "... and
                                   * add a mango smoothie" */
            return true;
        }
    }
    return false;
}

/* Where the clause's own words start for its cues: past an interjection "wait" that opens
 * a question or adds to the order ("wait is the chocolate shake the one with whipped cream?", "oh
 * wait, does the wrap have nuts"). There it breaks off a thought, it is not a complaint about
 * waiting. */
static size_t classify_cue_begin(const struct order_understanding *u,
                                 const struct order_class_input *in, const struct order_reading *rg,
                                 const struct order_clause *cl)
{
    if (!ORDER_CUES_ANY(&rg->cues, "wait"))
        return cl->begin;
    size_t at = cl->begin;
    while (at < cl->end && rg->roles[at] == ORDER_ROLE_GREETING &&
           !order_tok_is(in->text, in->tokens, at, cl->end, "wait"))
        at++;
    if (!order_tok_is(in->text, in->tokens, at, cl->end, "wait"))
        return cl->begin;
    size_t q = at + 1;
    /* "wait, um, can i ...": commas and the sounds the frame skipped stand between */
    while (q < cl->end &&
           ((in->tokens[q].kind == ORDER_TOKEN_PUNCT && in->tokens[q].punct == ',') ||
            rg->roles[q] == ORDER_ROLE_GREETING))
        q++;
    /* "oh wait also a brownie", "wait, plus a lemonade": "wait" stops to add a dish, and the
     * word that joins one to the order starts what the clause says */
    static const char *const adding[] = {"also", "plus", "and", "not"};
    if (order_tok_in(in->text, in->tokens, q, cl->end, adding, ORDER_WORDS_N(adding)))
        return q; /* "wait not the coke, a horchata": a correction, no wait complained of */
    /* "oh wait forgot to add churros", "wait can i also get a lemonade": a request opener, or
     * the customer's own forgetting to ask, after "wait" adds to the order as well */
    size_t f = q + (order_tok_is(in->text, in->tokens, q, cl->end, "i") ? 1 : 0);
    if (order_tok_is(in->text, in->tokens, f, cl->end, "forgot") ||
        rg->roles[q] == ORDER_ROLE_OPENER || /* by the opener grammar too: "can i also get" */
        order_patterns_longest(&u->openers, in->text, in->tokens, q, cl->end, NULL) > 0)
        return q;
    return order_patterns_longest(&u->question_starts, in->text, in->tokens, q, cl->end, NULL) > 0
               ? q
               : cl->begin;
}

/* Are all of clause c's things references to an order outside the message ("same as last
 * time", "my usual")? Time words beside them ("it's ana from yesterday") say where the
 * reference points, not that the customer tells of the past. */
static bool classify_only_past(const struct order_reading *rg, size_t c)
{
    size_t n = 0;
    for (size_t t = 0; t < rg->n_things; t++) {
        if (rg->things[t].clause != c)
            continue;
        if (!rg->things[t].past)
            return false;
        n++;
    }
    return n > 0;
}

/* Does clause c gloss an order outside the message said in the clause before it, a bracket
 * or nothing between ("same as last time please! (that was the halloumi burger, ...)")? What
 * the order was is what is asked for again: the reference was read as spelled out by the
 * dishes after it (order_read_past_spelled_out), no past thing is left of it. */
static bool classify_glosses_past(const struct order_class_input *in,
                                  const struct order_reading *rg, size_t c, size_t at)
{
    const struct order_token *t = in->tokens;
    while (at < rg->clauses[c].end && t[at].kind == ORDER_TOKEN_PUNCT && t[at].punct == '(')
        at++;
    if (c == 0 || order_past_gloss_at(in->text, t, at, rg->clauses[c].end) == 0)
        return false;
    for (size_t k = 0; k < rg->n_things; k++)
        if (rg->things[k].clause == c - 1U && rg->things[k].past)
            return false; /* "same as last time. that was the best burger ever" */
    /* the reference is what the clause before asks for, only its opener or a greeting
     * before it: not "can you email me a receipt for friday's order? it was 2 burritos" */
    const struct order_clause *before = &rg->clauses[c - 1U];
    for (size_t i = before->begin; i < before->end; i++) {
        if (order_read_past_reference(in->text, t, i, before->end, rg) > 0)
            return true;
        if (t[i].kind == ORDER_TOKEN_WORD && rg->roles[i] != ORDER_ROLE_OPENER &&
            rg->roles[i] != ORDER_ROLE_GREETING && rg->roles[i] != ORDER_ROLE_FILLER)
            return false;
    }
    return false;
}

/* The cue scores of clause cl into f: f->cue as asked (question), f->cue_core as if not.
 * Words in brackets beside things are an aside, their cues not the clause's ("the grilled
 * halloumi burger (she says it's the best thing she's eaten), a portion of truffle
 * fries"). */
static void classify_clause_cues(const struct order_understanding *u,
                                 const struct order_class_input *in, const struct order_reading *rg,
                                 const struct order_clause *cl, bool question,
                                 struct classify_clause_facts *f)
{
    uint8_t aside_roles[ORDER_TOKENS_MAX];
    const uint8_t *roles = rg->roles;
    bool masked = f->things > 0 && classify_mask_asides(in, rg, cl, aside_roles);
    if (!masked)
        memcpy(aside_roles + cl->begin, rg->roles + cl->begin, cl->end - cl->begin);
    /* "a birthday cake": the words of a dish the menu lacks name it, ask nothing */
    if (classify_mask_food_names(in->text, in->tokens, rg, cl, aside_roles) || masked)
        roles = aside_roles;
    if (!question && ORDER_CUES_ANY(&rg->cues, "is", "are", "was", "were") &&
        classify_told_copula(in, cl, aside_roles))
        roles = aside_roles; /* "sorry if this is the wrong chat": told, not asked */
    if (f->things > 0 && ORDER_CUES_ANY(&rg->cues, "best") &&
        classify_best_picked(in, cl, aside_roles))
        roles = aside_roles; /* "a burger, the best one": which, no praise */
    if (f->things > 0 && ORDER_CUES_ANY(&rg->cues, "wait") &&
        classify_wait_breaks_off(in, rg, cl, aside_roles))
        roles = aside_roles; /* "a cheeseburger - no wait, ...": a change, no complaint */
    size_t cue_begin = classify_cue_begin(u, in, rg, cl);
    /* "i placed an order for pickup, can i add ...": which order, not a matter of pickup */
    size_t placed = classify_placed_before_request(in, rg, (size_t)(cl - rg->clauses));
    cue_begin = placed > cue_begin ? placed : cue_begin;
    /* "2 cheeseburgers, i'll pay at the counter": the plan's words are no matter of the clause */
    size_t cue_end = classify_plan_after_things(in, rg, (size_t)(cl - rg->clauses));
    if (question) {
        order_cue_scores_both(u, in, cue_begin, cue_end, roles, f->cue, f->cue_core);
    } else {
        order_cue_scores(u, in, cue_begin, cue_end, roles, false, f->cue_core);
        memcpy(f->cue, f->cue_core, sizeof(f->cue));
    }
}

/* "how long is the cold brew steeped (for)", "how long are the carnitas braised": "how long"
 * and a dish of the menu made some way ("-ed" right after it) ask how the dish is made, a
 * question about the menu; so does "how long does the fish taco take"; "how long is the
 * wait" asks about the order, other. */
static bool classify_asks_how_made(const struct order_class_input *in,
                                   const struct order_reading *rg, size_t c, size_t at)
{
    enum { PARTICIPLE_MIN = 5 };
    static const char *const verbs[] = {"is", "are", "was", "were"};
    static const char *const doing[] = {"does", "do"};
    if (!ORDER_CUES_ANY(&rg->cues, "how") || !ORDER_CUES_ANY(&rg->cues, "long"))
        return false;
    const struct order_clause *cl = &rg->clauses[c];
    const struct order_token *t = in->tokens;
    if (!order_tok_is(in->text, t, at, cl->end, "how") && cl->end > at + 1U)
        at++; /* "roughly how long", "about how long": a word of guessing before it */
    if (!order_tok_is(in->text, t, at, cl->end, "how") ||
        !order_tok_is(in->text, t, at + 1U, cl->end, "long"))
        return false;
    /* "how long does the halloumi burger take": how long a dish takes to make */
    bool takes = order_tok_in(in->text, t, at + 2U, cl->end, doing, ORDER_WORDS_N(doing));
    if (!takes && !order_tok_in(in->text, t, at + 2U, cl->end, verbs, ORDER_WORDS_N(verbs)))
        return false;
    for (size_t x = 0; x < rg->n_things; x++) {
        const struct order_thing *th = &rg->things[x];
        if (th->clause != c || !th->is_span || th->end >= cl->end)
            continue;
        if (takes) {
            if (order_tok_is(in->text, t, th->end, cl->end, "take"))
                return true;
            continue;
        }
        const struct order_token *w = &t[th->end];
        if (w->kind == ORDER_TOKEN_WORD && w->len >= PARTICIPLE_MIN &&
            in->text[w->off + w->len - 2U] == 'e' && in->text[w->off + w->len - 1U] == 'd')
            return true;
    }
    return false;
}

/* What classify_clause_by_form answers when none of its rules decides. */
/* Is the clause a price checked with a tag and a question mark ("($9 right?)", "3.75 each
 * yeah?")? It asks whether the dish before costs that: a question, whatever its count. */
static bool classify_checks_price(const struct order_class_input *in, const struct order_clause *cl)
{
    static const char *const tags[] = {"right", "yeah", "yea", "correct", "yes"};
    const char *text = in->text;
    const struct order_token *t = in->tokens;
    size_t i = cl->begin;
    while (i < cl->end && t[i].kind == ORDER_TOKEN_PUNCT && t[i].punct == '(')
        i++;
    if (i >= cl->end || t[i].kind != ORDER_TOKEN_WORD)
        return false;
    const char *w = text + t[i].off;
    bool digits = true, point = false;
    for (size_t k = 0; k < t[i].len; k++) {
        point = point || w[k] == '.';
        digits = digits && ((w[k] >= '0' && w[k] <= '9') || w[k] == '.');
    }
    if (!digits || !(point || (t[i].off > 0 && w[-1] == '$')))
        return false;
    i++;
    if (order_tok_is(text, t, i, cl->end, "each"))
        i++;
    if (!order_tok_in(text, t, i, cl->end, tags, ORDER_WORDS_N(tags)))
        return false;
    for (i++; i < cl->end && t[i].kind == ORDER_TOKEN_PUNCT; i++)
        if (t[i].punct == '?')
            return true;
    return false;
}

#define CLASSIFY_UNDECIDED ((enum order_intent)(ORDER_INTENT_ASIDE + 1))

/* "we also love tostadas", "i adore your churros", "love the new menu": the customer (or no
 * one, texted) and a verb of loving in the present, no modal ("id love", "i would love" ask),
 * tell a taste; nothing is asked for. Not "love to" ("we love to share"), which goes on to
 * what they do. */
/* "(im) not really into the jackfruit thing but ...": a distaste told, turned from with
 * "but" closing the clause, names what is not asked for. */
static bool classify_not_into(const struct order_class_input *in, const struct order_clause *cl,
                              size_t at)
{
    static const char *const degree[] = {"really", "that", "too", "so", "super"};
    const char *text = in->text;
    const struct order_token *t = in->tokens;
    if (cl->end < at + 3U || !order_tok_is(text, t, cl->end - 1U, cl->end, "but"))
        return false;
    if (order_tok_is(text, t, at, cl->end, "im"))
        at++;
    if (!order_tok_is(text, t, at, cl->end, "not"))
        return false;
    if (order_tok_in(text, t, at + 1U, cl->end, degree, ORDER_WORDS_N(degree)))
        at++;
    return order_tok_is(text, t, at + 1U, cl->end, "into");
}

static bool classify_tells_taste(const struct order_class_input *in, const struct order_clause *cl,
                                 size_t at)
{
    static const char *const subjects[] = {"i", "we"};
    static const char *const degree[] = {"also", "really", "all", "just", "absolutely", "so"};
    static const char *const loving[] = {"love", "adore"};
    const char *text = in->text;
    const struct order_token *t = in->tokens;
    /* "love the new menu btw", "love your fries": texted without the subject, before what is
     * loved pointed at ("id love a burger" asks) */
    static const char *const pointed[] = {"the", "your", "ur", "this", "these", "those", "yalls"};
    if (order_tok_in(text, t, at, cl->end, loving, ORDER_WORDS_N(loving)) &&
        order_tok_in(text, t, at + 1U, cl->end, pointed, ORDER_WORDS_N(pointed)))
        return true;
    if (classify_not_into(in, cl, at))
        return true;
    if (!order_tok_in(text, t, at, cl->end, subjects, ORDER_WORDS_N(subjects)))
        return false;
    size_t v = at + 1U;
    if (order_tok_in(text, t, v, cl->end, degree, ORDER_WORDS_N(degree)))
        v++;
    return order_tok_in(text, t, v, cl->end, loving, ORDER_WORDS_N(loving)) && v + 1U < cl->end &&
           t[v + 1U].kind == ORDER_TOKEN_WORD && !order_tok_is(text, t, v + 1U, cl->end, "to");
}

/* Was a dish of clause c counted from a clause after it ("love your agua fresca. 3 small ones
 * pls")? The taste then names what the count asks for. */
static bool classify_counted_after(const struct order_reading *rg, size_t c)
{
    for (size_t t = 0; t < rg->n_things; t++) {
        const struct order_thing *th = &rg->things[t];
        if (th->clause == c && th->is_span && th->qty_explicit &&
            rg->roles[th->begin > 0 ? th->begin - 1U : 0] != ORDER_ROLE_QTY)
            return true;
    }
    return false;
}

/* The rules that decide a clause before its cues are weighed: corrections, questions of how
 * a dish is made or of ordering ahead, cancellations, requests that ask for information or a
 * change of a dish, one thing asked for, a list after a colon, "same as last time". The
 * intent of the first that decides, or CLASSIFY_UNDECIDED. */
static enum order_intent classify_clause_by_form(const struct order_understanding *u,
                                                 const struct order_class_input *in,
                                                 const struct order_reading *rg, size_t c,
                                                 const struct classify_clause_facts *f,
                                                 bool question, size_t at)
{
    const struct order_clause *cl = &rg->clauses[c];
    if (classify_checks_price(in, cl))
        return ORDER_INTENT_QUESTION; /* "2 tacos ($9 right?)" */
    /* "we also love tostadas"; but a taste in a part of its own before the dishes ("i love
     * mango, a mango smoothie please") tells why they are asked for, and one before a request
     * ("i love the flan, can i get 2") names what is asked */
    if (classify_tells_taste(in, cl, at) && classify_remark_own(in, rg, cl) != cl->begin &&
        !classify_taste_then_asked(rg, in, cl, false) && !classify_counted_after(rg, c))
        return ORDER_INTENT_NONE;
    if (classify_fan_of(in, rg, c, at) && !classify_taste_then_asked(rg, in, cl, true))
        return ORDER_INTENT_NONE; /* "huge fan of the nachos" */
    if (ORDER_CUES_ANY(&rg->cues, "for") && classify_said_whom_for(in, rg, c, at))
        return ORDER_INTENT_NONE; /* "3x nuggets. yes the nuggets are for me" */
    if (!cl->question_form && order_had_already_only(in->text, in->tokens, rg, c))
        return ORDER_INTENT_NONE; /* "there are 4 bowls on the table" */
    if (cl->has_quantity && f->things > 0 && order_negated_wanting_may_stand(&rg->cues) &&
        classify_avoided(u, in, cl, classify_first_thing(rg, c)))
        return ORDER_INTENT_NONE; /* "trying to avoid ordering 3 separate things" */
    /* "no wait the strawberry one", "wait no, get the strawberry one": asks instead */
    static const char *const marks[] = {"wait", "sorry", "actually"};
    if (f->spans > 0 && !cl->question_start &&
        (order_read_correction_at(in->text, in->tokens, at, cl->end) > 0 ||
         (order_tok_in(in->text, in->tokens, at, cl->end, marks, ORDER_WORDS_N(marks)) &&
          order_read_correction_at(in->text, in->tokens, at + 1U, cl->end) > 0)))
        return ORDER_INTENT_REQUEST;
    if (f->spans > 0 && classify_asks_ready(in, rg, c))
        return ORDER_INTENT_REQUEST; /* "could you have the burger ready by 6?" */
    if (ORDER_CUES_ANY(&rg->cues, "share", "split") && classify_people_share(u, in, cl, at))
        return ORDER_INTENT_QUESTION; /* "could 2 ppl share one" */
    if (classify_asks_how_made(in, rg, c, at))
        return ORDER_INTENT_QUESTION; /* "how long is the cold brew steeped for?" */
    if (classify_sketches_order_ahead(in, rg, c, at))
        return ORDER_INTENT_QUESTION; /* "can i order for saturday? like 40 tacos" */
    if (classify_sketches_example(u, in, rg, c, at))
        return ORDER_INTENT_QUESTION; /* "do you sell trays? like a big tray of rice" */
    if (classify_question_restated(in, rg, c))
        return ORDER_INTENT_QUESTION; /* "is ur chicken halal? the chicken burger i mean" */
    if (c > 0 && rg->clauses[c - 1U].question_form &&
        ORDER_CUES_ANY(&rg->cues, "might", "may", "mite") && classify_might_get(in, cl, at))
        return ORDER_INTENT_NONE; /* "is the carnitas bowl spicy? might get one" */
    /* with no thing read too: "remove the wrap from my order" names it in the removal */
    if (classify_cancels_order(in, rg, c))
        return ORDER_INTENT_OTHER; /* "can i cancel my order, the one with 3 fish tacos" */
    if (cl->request_form && question && classify_make_into(u, in, rg, cl))
        return ORDER_INTENT_QUESTION; /* "could you make the falafel wrap vegan?" */
    if (cl->request_form && classify_asks_information(in, rg, cl))
        return ORDER_INTENT_QUESTION; /* "could I get a list of what's vegan" */
    if (cl->request_form && question && classify_orders_ahead(in, cl) &&
        !classify_counts_dishes(rg, c))
        return ORDER_INTENT_QUESTION; /* "can I order a whole cake for saturday?" */
    if (!cl->request_form && f->spans == 0 &&
        ORDER_CUES_ANY(&rg->cues, "orders", "preorders", "pre-orders", "order") &&
        classify_takes_orders_ahead(in, cl))
        return ORDER_INTENT_QUESTION; /* "r u taking orders for sunday" */
    if (classify_asks_for_one(u, in, rg, cl, f, question, at))
        return ORDER_INTENT_REQUEST;
    if (classify_colon_list(in, rg, c) && !classify_asked_heading(u, in, rg, c, at))
        return ORDER_INTENT_REQUEST; /* "..., so here goes: the halloumi burger, a portion of
                                      * truffle fries, and the carrot cake" */
    if (!question && f->spans > 0 && classify_glosses_past(in, rg, c, at))
        return ORDER_INTENT_REQUEST; /* "same as last time! (that was the halloumi burger ...)" */
    if (!question && classify_only_past(rg, c) && !classify_about_past(in, rg, cl, cl->end, true))
        return ORDER_INTENT_REQUEST; /* "hi its ana from yesterday, same as last time pls" */
    return CLASSIFY_UNDECIDED;
}

/* A clause no rule of its form decided: whether it says something of its things, asks, or
 * asks for them, by its cues. */
static enum order_intent classify_clause_by_cues(const struct order_understanding *u,
                                                 const struct order_class_input *in,
                                                 const struct order_reading *rg, size_t c,
                                                 const struct classify_clause_facts *f,
                                                 bool question, bool asked, bool says)
{
    const struct order_clause *cl = &rg->clauses[c];
    /* what the customer has been eating, then a request that names no dish */
    if (f->things > 0 && cl->request_form && classify_been_eating(in, rg, cl))
        return ORDER_INTENT_NONE; /* "been eating wraps all week, need a change" */
    /* "I'd like a refund, the wrap was missing"; but not the cues of a remark of its own ("im
     * at the front desk, can i get a flan") */
    if (f->things > 0 && cl->request_form)
        return ((says && f->cue[ORDER_CATEGORY_OTHER] >= CLASSIFY_OTHER_STRONG) ||
                (!cl->has_quantity && f->cue_core[ORDER_CATEGORY_OTHER] >= CLASSIFY_OTHER_SURE)) &&
                       classify_remark_own(in, rg, cl) == cl->end
                   ? ORDER_INTENT_OTHER
                   : ORDER_INTENT_REQUEST;
    if (says && f->things > 0 && classify_names_wanting(in, rg, cl))
        return ORDER_INTENT_REQUEST; /* "he wants the carne asada burrito" */
    /* "my fries were cold": about the things, not asking; "I wonder whether the crumble is
     * served with custard" asks without a question mark. A statement with a cue of asking
     * ("my sister is vegan and my dad hates anything healthy") is the question only when
     * nothing else is said; beside a request it tells why, as a clause with no things does */
    if (says && !question)
        return f->cue[ORDER_CATEGORY_INQUIRY] > f->cue[ORDER_CATEGORY_OTHER] &&
                       !classify_about_past(in, rg, cl, cl->end, true)
                   ? ORDER_INTENT_ASIDE
                   : ORDER_INTENT_OTHER;
    /* "were the onion rings always this small?": a complaint asked, not a menu question */
    if (question && f->cue[ORDER_CATEGORY_INQUIRY] == 0 &&
        !classify_menu_words(u, in->text, in->tokens, cl->begin, cl->end) &&
        classify_past_question(in, rg, cl))
        return ORDER_INTENT_OTHER;
    if (says)
        return classify_question(u, in, rg, cl, f); /* "tahini is sesame, right?" */
    /* a question mark alone after menu items, or after counted things, with no cue asks for
     * them: "the spicy one?", "one tuna melt?" */
    if (question && !asked &&
        (f->spans > 0 ||
         (f->things > 0 && (cl->has_quantity || classify_bare_things(in, rg, cl)))) &&
        f->cue[ORDER_CATEGORY_INQUIRY] == 0 && f->cue[ORDER_CATEGORY_OTHER] == 0 &&
        !classify_price_checked(in, rg, c)) /* "horchata - 3$?": its price asked */
        return ORDER_INTENT_REQUEST;
    if (question)
        return classify_question(u, in, rg, cl, f);
    size_t first_thing = f->things > 0 ? classify_first_thing(rg, c) : 0;
    /* "never tried the birria": no report, only why the customer asks */
    if (f->things > 0 &&
        ((ORDER_CUES_ANY(&rg->cues, "tried", "tasted") &&
          ORDER_CUES_ANY(&rg->cues, "never", "havent", "hasnt", "nvr", "not") &&
          classify_never_tried(in, cl, first_thing)) ||
         (ORDER_CUES_ANY(&rg->cues, "used") && classify_used_to_have(in, cl, first_thing)) ||
         classify_been_eating(in, rg, cl)))
        return ORDER_INTENT_NONE; /* "i used to get the wrap every monday" */
    /* "our bag had a vanilla shake instead of the chocolate one": a report of what came,
     * its verb before the things, whatever counts it holds */
    if (f->things > 0 && !cl->request_form && classify_about_past(in, rg, cl, first_thing, false))
        return ORDER_INTENT_OTHER;
    if (f->things > 0 && ORDER_CUES_ANY(&rg->cues, "for") &&
        ORDER_CUES_ANY(&rg->cues, "thanks", "thank", "thx", "ty", "thanx", "gracias", "merci",
                       "danke", "grazie") &&
        classify_thanked_for(in, cl, first_thing))
        return ORDER_INTENT_OTHER; /* "thank you for the churros last week" */
    if (f->things > 0 && classify_received_after(in, rg, c))
        return ORDER_INTENT_OTHER; /* "unhappy with the fries i received" */
    /* "a flan, its my moms birthday": the cues of a remark after the dishes are its own */
    if (f->things > 0 && classify_grievance_after(in, rg, cl))
        return ORDER_INTENT_OTHER; /* "the onion rings, never again" */
    if (f->things > 0)
        return f->cue[ORDER_CATEGORY_OTHER] >= CLASSIFY_OTHER_STRONG && !cl->has_quantity &&
                       classify_remark_own(in, rg, cl) == cl->end
                   ? ORDER_INTENT_OTHER
                   : ORDER_INTENT_REQUEST;
    if (f->cue[ORDER_CATEGORY_OTHER] > 0 &&
        f->cue[ORDER_CATEGORY_OTHER] >= f->cue[ORDER_CATEGORY_INQUIRY])
        return ORDER_INTENT_OTHER;
    /* "the young man who served us was most attentive": told of the past, no question */
    if (f->cue[ORDER_CATEGORY_INQUIRY] > 0 && classify_about_past(in, rg, cl, cl->end, true))
        return ORDER_INTENT_OTHER;
    if (f->cue[ORDER_CATEGORY_INQUIRY] > 0)
        return ORDER_INTENT_ASIDE; /* "my sister is vegan": a question only if alone */
    return ORDER_INTENT_NONE;
}

/* "2 beef burgers... actually maybe 3?": a clause of nothing but a hedged count of the dish
 * before (vague_count_after.c) only says how many, unsure; it asks nothing of its own. */
static bool classify_hedged_count_only(const struct order_class_input *in,
                                       const struct order_reading *rg,
                                       const struct order_clause *cl)
{
    /* the words of order_count_hedges */
    if (!ORDER_CUES_ANY(&rg->cues, "maybe", "perhaps", "possibly", "probably", "prob"))
        return false;
    bool hedged = false;
    for (size_t i = cl->begin; i < cl->end; i++) {
        if (in->tokens[i].kind != ORDER_TOKEN_WORD)
            continue;
        if (rg->roles[i] != ORDER_ROLE_QTY)
            return false;
        hedged = hedged || order_tok_in(in->text, in->tokens, i, cl->end, order_count_hedges,
                                        ORDER_COUNT_HEDGES);
    }
    return hedged;
}

enum order_intent classify_clause(const struct order_understanding *u,
                                  const struct order_class_input *in,
                                  const struct order_reading *rg, size_t c)
{
    const struct order_clause *cl = &rg->clauses[c];
    if (classify_hedged_count_only(in, rg, cl) || classify_hedge_only(in, rg, c))
        return ORDER_INTENT_NONE; /* "... and a lemonade? i think?" */
    struct classify_clause_facts f;
    classify_facts(u, in, rg, c, &f);
    bool question = cl->question_form || classify_question_inside(u, in->text, in->tokens,
                                                                  rg->roles, cl->begin, cl->end);
    /* "a smoothie with oat milk?": a list with a question mark, no question word, asks
     * for the things */
    bool asked = cl->question_start ||
                 classify_question_inside(u, in->text, in->tokens, rg->roles, cl->begin, cl->end);
    classify_clause_cues(u, in, rg, cl, question, &f);
    bool says = f.things > 0 && !cl->has_quantity && classify_says_something(in, rg, cl);
    size_t at = cl->begin;
    while (at < cl->end && rg->roles[at] == ORDER_ROLE_GREETING)
        at++;
    if (f.things > 0 && cl->request_form && !cl->has_quantity && classify_wants_to_know(in, rg, c))
        return classify_question(u, in, rg, cl, &f); /* "i need to know if the elote is spicy" */
    if (f.things > 0 && classify_waited_for(u, in, rg, c))
        return ORDER_INTENT_OTHER; /* "55 minutes for two wraps": how long they took */
    if (f.things > 0 && classify_got_fewer(u, in, rg, c))
        return ORDER_INTENT_OTHER; /* "(2 horchatas, only got 1)": how many came */
    bool asked_after;
    size_t imagined = classify_imagined_purchase(in, rg, c, &asked_after);
    if (imagined > 0 && asked_after)
        return ORDER_INTENT_NONE; /* "if i ordered the burger," says what the next asks of */
    if (imagined > 0) {           /* the supposed verb ("ordered") tells of no order that came */
        order_cue_scores(u, in, imagined, cl->end, rg->roles, true, f.cue);
        return classify_question(u, in, rg, cl, &f);
    }
    enum order_intent intent = classify_clause_by_form(u, in, rg, c, &f, question, at);
    if (intent != CLASSIFY_UNDECIDED)
        return intent;
    return classify_clause_by_cues(u, in, rg, c, &f, question, asked, says);
}
