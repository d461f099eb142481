/* classify_remarks.c — later readings across clauses (classify.c, reading.h pass 5):
 * changes asked of the dishes before, statements about food, "next time", other matters
 * continued or remarked on, pleasantries, request openers alone, reasons, questions
 * withdrawn, lists resumed after a hesitation, conditions, questions announced, what is
 * asked to be counted or allowed, a dish singled out of a remark, a greeting asked, and food
 * for a group after a question. */
#include <string.h>

#include "gateway/order/classify_internal.h"
#include "gateway/order/pattern_index.h"

/* The words that ask for a change of the dishes before, at i: "is it possible", "is
 * possible", "would it be possible", "can i get it", "can they come", "could it be". Returns
 * how many. */
static size_t classify_change_lead(const struct order_class_input *in, size_t i, size_t e)
{
    enum { LEAD_WORDS_MAX = 4 };
    static const char *const leads[][LEAD_WORDS_MAX] = {{"is", "it", "possible"},
                                                        {"is", "possible"},
                                                        {"is", "that", "possible"},
                                                        {"would", "it", "be", "possible"},
                                                        {"can", "i", "get", "it"},
                                                        {"can", "i", "get", "them"},
                                                        {"can", "i", "have", "it"},
                                                        {"can", "i", "have", "them"},
                                                        {"could", "i", "get", "it"},
                                                        {"could", "i", "get", "them"},
                                                        {"can", "i", "get", "that"},
                                                        {"make", "it"},
                                                        {"make", "them"},
                                                        {"could", "i", "get", "that"},
                                                        {"can", "i", "have", "that"},
                                                        {"can", "it", "come"},
                                                        {"can", "they", "come"},
                                                        {"could", "it", "come"},
                                                        {"could", "they", "come"},
                                                        {"can", "it", "be"},
                                                        {"could", "it", "be"},
                                                        {"do", "it"},
                                                        {"do", "them"},
                                                        {"do"}}; /* "can you do X instead" */
    for (size_t l = 0; l < ORDER_WORDS_N(leads); l++) {
        size_t w = 0;
        while (w < LEAD_WORDS_MAX && leads[l][w] &&
               order_tok_is(in->text, in->tokens, i + w, e, leads[l][w]))
            w++;
        if (w == LEAD_WORDS_MAX || !leads[l][w])
            return w;
    }
    return 0;
}

/* Is [at, e) made only of changes read as a dish's modifiers ("with no pickles and the mayo
 * on the side"), and at least one? */
static bool classify_only_changes(const struct order_class_input *in,
                                  const struct order_reading *rg, size_t at, size_t e)
{
    bool mods = false, other = false, owner = false;
    for (size_t i = at; i < e && !other; i++) {
        /* "... with no pickles for the burger": the dish the changes are for, named after
         * "for", is no matter of its own */
        owner = owner || (mods && order_tok_is(in->text, in->tokens, i, e, "for"));
        if (in->tokens[i].kind != ORDER_TOKEN_WORD || rg->roles[i] == ORDER_ROLE_FILLER ||
            order_tok_is(in->text, in->tokens, i, e, "with") || /* "with no pickles" */
            order_tok_is(in->text, in->tokens, i, e, "and") ||
            order_tok_is(in->text, in->tokens, i, e, "the") ||
            (owner &&
             (order_tok_is(in->text, in->tokens, i, e, "for") || rg->roles[i] == ORDER_ROLE_ITEM)))
            continue;
        mods = mods || rg->roles[i] == ORDER_ROLE_MODIFIER;
        other = rg->roles[i] != ORDER_ROLE_MODIFIER;
    }
    return mods && !other;
}

/* "Spicy jackfruit, but can you hold the slaw and do the mayo on the side?": after a
 * request, a question made only of changes read as a dish's modifiers (after "can you" or
 * the like, and a word of manner, if any) asks for them as part of the order, not about the
 * menu. */
void classify_changes_asked(const struct order_class_input *in, struct order_reading *rg)
{
    static const char *const asks[] = {"can", "could", "would", "will"};
    static const char *const manner[] = {"possibly", "maybe", "perhaps", "just", "kindly", "also"};
    bool request = false;
    for (size_t c = 0; c < rg->n_clauses; c++) {
        struct order_clause *cl = &rg->clauses[c];
        if (cl->intent != ORDER_INTENT_QUESTION || !request) {
            request = request || cl->intent == ORDER_INTENT_REQUEST;
            continue;
        }
        size_t at = cl->begin;
        while (at < cl->end &&
               (in->tokens[at].kind != ORDER_TOKEN_WORD || rg->roles[at] == ORDER_ROLE_GREETING ||
                order_tok_is(in->text, in->tokens, at, cl->end, "but") ||
                order_tok_is(in->text, in->tokens, at, cl->end, "and")))
            at++;
        if (order_tok_in(in->text, in->tokens, at, cl->end, asks, ORDER_WORDS_N(asks)) &&
            (order_tok_is(in->text, in->tokens, at + 1, cl->end, "you") ||
             order_tok_is(in->text, in->tokens, at + 1, cl->end, "u")))
            at += 2;
        /* "could you maybe hold the ...": a word of manner before the change asks it so */
        if (order_tok_in(in->text, in->tokens, at, cl->end, manner, ORDER_WORDS_N(manner)))
            at++;
        at += classify_change_lead(in, at, cl->end);
        if (classify_only_changes(in, rg, at, cl->end))
            cl->intent = ORDER_INTENT_NONE;
    }
}

/* After "can it come", the dish swapped in for a side ("with onion rings instead of
 * fries") is part of the change, not a dish of its own. Returns the token after it, or at
 * when there is no such swap. */
static size_t classify_swapped_in(const struct order_class_input *in,
                                  const struct order_reading *rg, size_t at, size_t e)
{
    size_t i = at;
    if (order_tok_is(in->text, in->tokens, i, e, "with"))
        i++;
    size_t items = i;
    while (i < e && rg->roles[i] == ORDER_ROLE_ITEM)
        i++;
    return i > items && order_tok_is(in->text, in->tokens, i, e, "instead") ? i : at;
}

/* "kids burger for my son, can it come with onion rings instead of fries?": a dish named,
 * then, after a comma, a question made only of changes to "it" asks for the dish so changed.
 * The clause must not open as a question itself ("is the burger big, can it come ..."). */
void classify_dish_then_change(const struct order_understanding *u,
                               const struct order_class_input *in, struct order_reading *rg)
{
    /* the first words of classify_change_lead's leads */
    if (!ORDER_CUES_ANY(&rg->cues, "is", "would", "can", "could", "make", "do"))
        return;
    for (size_t c = 0; c < rg->n_clauses; c++) {
        struct order_clause *cl = &rg->clauses[c];
        if (cl->intent != ORDER_INTENT_QUESTION)
            continue;
        size_t at = cl->begin;
        while (at < cl->end && rg->roles[at] == ORDER_ROLE_GREETING)
            at++;
        if (order_patterns_longest(&u->question_starts, in->text, in->tokens, at, cl->end, NULL))
            continue;
        bool dish = false;
        size_t i = at;
        for (; i < cl->end && in->tokens[i].kind != ORDER_TOKEN_PUNCT; i++)
            dish = dish || rg->roles[i] == ORDER_ROLE_ITEM;
        if (!dish || i + 1U >= cl->end || in->tokens[i].punct != ',')
            continue;
        size_t lead = classify_change_lead(in, i + 1U, cl->end);
        if (lead > 0 && classify_only_changes(
                            in, rg, classify_swapped_in(in, rg, i + 1U + lead, cl->end), cl->end))
            cl->intent = ORDER_INTENT_REQUEST;
    }
}

/* "Is the Caesar dressing vegetarian? I know some have anchovies": beside a question, a
 * statement of the present that names food the menu lacks, no dish of the menu, and holds
 * no cue of another matter goes on with the question. */
void classify_food_statements(const struct order_understanding *u,
                              const struct order_class_input *in, struct order_reading *rg)
{
    bool asks = classify_any_intent(rg, ORDER_INTENT_QUESTION);
    for (size_t c = 0; asks && c < rg->n_clauses; c++) {
        struct order_clause *cl = &rg->clauses[c];
        if (cl->intent != ORDER_INTENT_OTHER || cl->question_form ||
            classify_about_past(in, rg, cl, cl->end, true))
            continue;
        bool food = false, other_thing = false;
        for (size_t t = 0; t < rg->n_things; t++) {
            const struct order_thing *th = &rg->things[t];
            if (th->clause != c)
                continue;
            if (th->is_span)
                other_thing = true;
            else
                food = food || classify_names_food(in, th->begin, th->end);
        }
        float cue[ORDER_CATEGORY_MAX];
        order_cue_scores(u, in, cl->begin, cl->end, rg->roles, false, cue);
        if (food && !other_thing && cue[ORDER_CATEGORY_OTHER] == 0)
            cl->intent = ORDER_INTENT_NONE;
    }
}

/* "my onion rings were missing ..., can you add them next time free?": a request whose
 * only things are a pronoun pointing back ("them", "those", "it") and that asks for "next
 * time" asks nothing of this order; it goes on with the complaint. */
void classify_next_time(const struct order_class_input *in, struct order_reading *rg)
{
    static const char *const pronouns[] = {"them", "those", "these", "it", "that"};
    if (!ORDER_CUES_ANY(&rg->cues, "next") || !ORDER_CUES_ANY(&rg->cues, "time"))
        return;
    for (size_t c = 0; c < rg->n_clauses; c++) {
        struct order_clause *cl = &rg->clauses[c];
        if (cl->intent != ORDER_INTENT_REQUEST)
            continue;
        bool next_time = false;
        for (size_t i = cl->begin; i + 1 < cl->end && !next_time; i++)
            next_time = order_tok_is(in->text, in->tokens, i, cl->end, "next") &&
                        order_tok_is(in->text, in->tokens, i + 1, cl->end, "time");
        if (!next_time)
            continue;
        bool any = false, all = true;
        for (size_t t = 0; t < rg->n_things && all; t++) {
            const struct order_thing *th = &rg->things[t];
            if (th->clause != c)
                continue;
            any = true;
            all =
                th->end == th->begin + 1U && order_tok_in(in->text, in->tokens, th->begin, cl->end,
                                                          pronouns, ORDER_WORDS_N(pronouns));
        }
        if (any && all)
            cl->intent = ORDER_INTENT_OTHER;
    }
}

/* "like fridge cold." after "the nuggets were cold", "~30 ppl next month" after "do you do
 * catering?": right after another matter, a clause with no opener or politeness whose things
 * are all item-like text that is neither food nor of the menu goes on with that matter; it
 * orders nothing. */
void classify_other_continued(const struct order_class_input *in, struct order_reading *rg)
{
    for (size_t c = 1; c < rg->n_clauses; c++) {
        struct order_clause *cl = &rg->clauses[c];
        if (cl->intent != ORDER_INTENT_REQUEST || rg->clauses[c - 1].intent != ORDER_INTENT_OTHER ||
            cl->request_form || classify_asks_politely(in, cl))
            continue;
        /* "literally just bread and peppers" after "my burger had no halloumi in it": foods
         * the menu lacks, said with "just" and no count, tell what came */
        static const char *const only[] = {"just", "only"};
        bool just = false;
        for (size_t k = cl->begin; k < cl->end && !just; k++)
            just = order_tok_in(in->text, in->tokens, k, cl->end, only, ORDER_WORDS_N(only));
        bool all = classify_clause_things(rg, c) > 0;
        for (size_t t = 0; t < rg->n_things && all; t++) {
            const struct order_thing *th = &rg->things[t];
            all = th->clause != c ||
                  (!th->is_span && !th->past &&
                   (th->leftover_kind == ORDER_LEFTOVER_ITEMLIKE ||
                    (just && !th->qty_explicit && th->leftover_kind == ORDER_LEFTOVER_FOOD)));
        }
        if (all)
            cl->intent = ORDER_INTENT_OTHER;
    }
}

/* Does a hedge ("like", "about", "maybe") stand right before the count of thing th ("like
 * 30 tacos")? A guessed amount, not one asked for. */
static bool classify_hedged_count(const struct order_class_input *in, const struct order_thing *th)
{
    static const char *const hedges[] = {"like",   "maybe",    "about",   "around",   "prob",
                                         "approx", "probably", "roughly", "somewhere"};
    size_t b = th->begin;
    return th->qty_explicit && b >= 2U && in->tokens[b - 1U].kind == ORDER_TOKEN_WORD &&
           in->text[in->tokens[b - 1U].off] >= '0' && in->text[in->tokens[b - 1U].off] <= '9' &&
           order_tok_in(in->text, in->tokens, b - 2U, b, hedges, ORDER_WORDS_N(hedges));
}

/* Is thing th food named by no dish ("food", "something to eat") for a group counted after it
 * in its clause ("food for about 40 people", "need food for 30 ppl")? What a group will need,
 * said after a question, is what the question is about: no dish is asked for. */
static bool classify_food_for_group(const struct order_class_input *in,
                                    const struct order_clause *cl, const struct order_thing *th)
{
    static const char *const any_food[] = {"food", "something", "stuff", "grub", "eats"};
    static const char *const people[] = {"people", "ppl", "guests", "persons", "adults", "kids"};
    if (th->is_span || th->end != th->begin + 1U ||
        !order_tok_in(in->text, in->tokens, th->begin, th->end, any_food, ORDER_WORDS_N(any_food)))
        return false;
    for (size_t p = th->end; p + 1U < cl->end; p++)
        if (in->tokens[p].kind == ORDER_TOKEN_WORD && in->text[in->tokens[p].off] >= '0' &&
            in->text[in->tokens[p].off] <= '9' &&
            order_tok_in(in->text, in->tokens, p + 1U, cl->end, people, ORDER_WORDS_N(people)))
            return true;
    return false;
}

void classify_group_food_asked(const struct order_class_input *in, struct order_reading *rg)
{
    /* the food and the people of classify_food_for_group */
    if (!ORDER_CUES_ANY(&rg->cues, "food", "something", "stuff", "grub", "eats") ||
        !ORDER_CUES_ANY(&rg->cues, "people", "ppl", "guests", "persons", "adults", "kids"))
        return;
    for (size_t c = 1; c < rg->n_clauses; c++) {
        struct order_clause *cl = &rg->clauses[c];
        const struct order_clause *prev = &rg->clauses[c - 1U];
        if (cl->intent != ORDER_INTENT_REQUEST || !prev->question_form ||
            (prev->intent != ORDER_INTENT_OTHER && prev->intent != ORDER_INTENT_QUESTION))
            continue;
        bool all = classify_clause_things(rg, c) > 0;
        for (size_t t = 0; t < rg->n_things && all; t++)
            all = rg->things[t].clause != c || classify_food_for_group(in, cl, &rg->things[t]);
        if (all)
            cl->intent = prev->intent; /* "do you do catering? need food for 40 people" */
    }
}

/* "how long does a big order usually take? thinking like 30 tacos": right after a question of
 * another matter, a clause with no opener or politeness whose every dish has a guessed count
 * only sketches what the question is about; it orders nothing. */
void classify_amount_sketched(const struct order_class_input *in, struct order_reading *rg)
{
    /* the hedges of classify_hedged_count */
    if (!ORDER_CUES_ANY(&rg->cues, "like", "maybe", "about", "around", "prob", "approx", "probably",
                        "roughly", "somewhere"))
        return;
    for (size_t c = 1; c < rg->n_clauses; c++) {
        struct order_clause *cl = &rg->clauses[c];
        const struct order_clause *prev = &rg->clauses[c - 1U];
        if (cl->intent != ORDER_INTENT_REQUEST || prev->intent != ORDER_INTENT_OTHER ||
            !prev->question_form || cl->request_form || classify_asks_politely(in, cl))
            continue;
        bool all = classify_clause_things(rg, c) > 0;
        for (size_t t = 0; t < rg->n_things && all; t++)
            all = rg->things[t].clause != c || classify_hedged_count(in, &rg->things[t]);
        if (all)
            cl->intent = ORDER_INTENT_OTHER;
    }
}

/* "my burrito last week had no fries in it. kinda the whole point??": after a matter of
 * another kind, a '?' on words that open no question, name nothing of the menu or of food
 * and hold no inquiry cue is a remark on that matter, not a question about the menu. */
void classify_remark_after_other(const struct order_understanding *u,
                                 const struct order_class_input *in, struct order_reading *rg)
{
    for (size_t c = 1; c < rg->n_clauses; c++) {
        struct order_clause *cl = &rg->clauses[c];
        if (cl->intent != ORDER_INTENT_QUESTION ||
            rg->clauses[c - 1].intent != ORDER_INTENT_OTHER || cl->question_start ||
            classify_clause_things(rg, c) > 0 ||
            classify_menu_words(u, in->text, in->tokens, cl->begin, cl->end) ||
            classify_names_food(in, cl->begin, cl->end) ||
            classify_asks_about_menu(u, in, rg, cl->begin, cl->end))
            continue;
        cl->intent = ORDER_INTENT_OTHER;
    }
}

/* Does clause cl hold "about" ("i rang last week about the crumble")? */
static bool classify_about_in(const struct order_class_input *in, const struct order_clause *cl)
{
    for (size_t p = cl->begin; p < cl->end; p++)
        if (order_tok_is(in->text, in->tokens, p, cl->end, "about"))
            return true;
    return false;
}

/* "thank you, it was delicious. the brownie especially": a clause whose every dish was read
 * as singled out of the remark before it (order_read_singled_out) goes on with that remark's
 * matter; it asks for nothing. Nor does one whose every dish is talked about ("I rang last
 * week about the crumble", order_read_talked_about): another matter. */
void classify_singled_out(const struct order_class_input *in, struct order_reading *rg)
{
    for (size_t c = 0; c < rg->n_clauses; c++) {
        struct order_clause *cl = &rg->clauses[c];
        const struct order_clause *prev = c > 0 ? &rg->clauses[c - 1U] : NULL;
        bool after_other =
            prev && (prev->intent == ORDER_INTENT_OTHER || prev->intent == ORDER_INTENT_NONE);
        if (cl->intent != ORDER_INTENT_REQUEST || cl->request_form || cl->has_quantity ||
            !(after_other || classify_about_in(in, cl)))
            continue;
        bool all = classify_clause_things(rg, c) > 0;
        for (size_t t = 0; t < rg->n_things && all; t++)
            all = rg->things[t].clause != c || (rg->things[t].is_span && rg->things[t].reference);
        if (all)
            cl->intent = after_other ? prev->intent : ORDER_INTENT_OTHER;
    }
}

/* "Invoice to accounts please.", "Will pop over around 12:30. Cheers!", "ok bye": beside an
 * order, a statement of another matter that asks nothing and reports nothing past is
 * logistics or a pleasantry, no intent of its own. A question ("do you deliver?") and a
 * report of what happened ("my fries were soggy last time") stay. */
/* Does clause cl open with a modal and "I"/"we" ("can i pay cash on pickup", "could we come
 * at 5"), after greetings or a word that joins? The customer asks about their own part in
 * the order, a question even with its mark left off, not a remark to let pass. */
static bool classify_modal_opens(const struct order_class_input *in, const struct order_reading *rg,
                                 const struct order_clause *cl)
{
    static const char *const joins[] = {"and", "also", "so", "but", "oh"};
    static const char *const modals[] = {"can", "could", "may"};
    static const char *const subjects[] = {"i", "we"};
    if (!ORDER_CUES_ANY(&rg->cues, "can", "could", "may") || !ORDER_CUES_ANY(&rg->cues, "i", "we"))
        return false;
    size_t at = cl->begin;
    while (at < cl->end &&
           (in->tokens[at].kind != ORDER_TOKEN_WORD || rg->roles[at] == ORDER_ROLE_GREETING ||
            order_tok_in(in->text, in->tokens, at, cl->end, joins, ORDER_WORDS_N(joins))))
        at++;
    return order_tok_in(in->text, in->tokens, at, cl->end, modals, ORDER_WORDS_N(modals)) &&
           order_tok_in(in->text, in->tokens, at + 1, cl->end, subjects, ORDER_WORDS_N(subjects));
}

/* Does the text's words from token at read the space-separated words of phrase? Returns the
 * tokens read, 0 when they differ. */
static size_t classify_reads_phrase(const struct order_class_input *in, size_t at, size_t end,
                                    const char *phrase)
{
    size_t n = 0;
    for (const char *w = phrase; *w; n++) {
        const char *e = strchr(w, ' ');
        size_t len = e ? (size_t)(e - w) : strlen(w);
        if (at + n >= end || in->tokens[at + n].kind != ORDER_TOKEN_WORD ||
            in->tokens[at + n].len != len || memcmp(in->text + in->tokens[at + n].off, w, len))
            return 0;
        w = e ? e + 1 : w + len;
    }
    return n;
}

/* Is clause cl, greetings aside, only asking after the restaurant as a greeting does
 * ("Alright?", "hi how are you?", "hiya?", "hows it going mate?")? Asked before an order it
 * is a pleasantry, no question of any matter. */
static bool classify_greeting_asked(const struct order_class_input *in,
                                    const struct order_reading *rg, const struct order_clause *cl)
{
    static const char *const asks[] = {"alright",
                                       "you alright",
                                       "how are you",
                                       "how r u",
                                       "how are ya",
                                       "how are you doing",
                                       "hows it going",
                                       "how is it going",
                                       "how you doing",
                                       "how ya doing",
                                       "you good",
                                       "how are things",
                                       "hows your day",
                                       "hows your day going",
                                       "how is your day going",
                                       "hows everyone"};
    static const char *const after[] = {"mate", "guys", "all", "folks", "today", "there"};
    size_t at = cl->begin, asked = 0;
    bool mark = false, greeted = false;
    while (at < cl->end &&
           (in->tokens[at].kind != ORDER_TOKEN_WORD || rg->roles[at] == ORDER_ROLE_GREETING)) {
        mark = mark || (in->tokens[at].kind == ORDER_TOKEN_PUNCT && in->tokens[at].punct == '?');
        greeted = greeted || rg->roles[at] == ORDER_ROLE_GREETING;
        at++;
    }
    for (size_t k = 0; k < ORDER_WORDS_N(asks) && at < cl->end; k++) {
        size_t n = classify_reads_phrase(in, at, cl->end, asks[k]);
        asked = n > asked ? n : asked;
    }
    at += asked;
    while (at < cl->end &&
           (in->tokens[at].kind != ORDER_TOKEN_WORD ||
            order_tok_in(in->text, in->tokens, at, cl->end, after, ORDER_WORDS_N(after)))) {
        mark = mark || (in->tokens[at].kind == ORDER_TOKEN_PUNCT && in->tokens[at].punct == '?');
        at++;
    }
    return at == cl->end && mark && (asked > 0 || greeted);
}

void classify_pleasantries(const struct order_class_input *in, struct order_reading *rg)
{
    bool request = classify_any_intent(rg, ORDER_INTENT_REQUEST);
    for (size_t c = 0; request && c < rg->n_clauses; c++) {
        struct order_clause *cl = &rg->clauses[c];
        if ((cl->intent == ORDER_INTENT_OTHER || cl->intent == ORDER_INTENT_QUESTION) &&
            c + 1U < rg->n_clauses && classify_greeting_asked(in, rg, cl)) {
            cl->intent = ORDER_INTENT_NONE; /* "Alright? can i get ...": a greeting */
            continue;
        }
        if (cl->intent == ORDER_INTENT_OTHER && !cl->question_form &&
            !classify_modal_opens(in, rg, cl) && /* "..., can i pay cash": asked, unmarked */
            !classify_about_past(in, rg, cl, cl->end, true) &&
            !classify_cancels_order(in, rg, c)) /* taking off an earlier order is business */
            cl->intent = ORDER_INTENT_NONE;
    }
}

/* Is clause c a request opener and nothing else ("can i order", "could we get?"), the
 * things it asks for in the clauses after it ("can i order\n1 tofu bowl\n2 lemonades")?
 * Then it frames the list that follows: a request, not a question whether ordering works. */
static bool classify_opener_alone(const struct order_class_input *in,
                                  const struct order_reading *rg, size_t c)
{
    const struct order_clause *cl = &rg->clauses[c];
    if (!cl->request_form || c + 1 >= rg->n_clauses ||
        rg->clauses[c + 1].intent != ORDER_INTENT_REQUEST)
        return false;
    bool opener = false;
    for (size_t i = cl->begin; i < cl->end; i++) {
        if (in->tokens[i].kind != ORDER_TOKEN_WORD)
            continue;
        if (rg->roles[i] == ORDER_ROLE_OPENER)
            opener = true;
        else if (rg->roles[i] != ORDER_ROLE_GREETING && rg->roles[i] != ORDER_ROLE_FILLER)
            return false;
    }
    return opener;
}

void classify_list_openers(const struct order_class_input *in, struct order_reading *rg)
{
    for (size_t c = rg->n_clauses; c-- > 0;)
        if (rg->clauses[c].intent != ORDER_INTENT_REQUEST && classify_opener_alone(in, rg, c))
            rg->clauses[c].intent = ORDER_INTENT_NONE;
}

/* "we were in last week and my daughter loved the mac and cheese so can we get those
 * again", "... so im getting the carnitas bowl": a story told as the reason for the request
 * that follows it with "so" is context, not a matter of its own. */
void classify_reasons(const struct order_class_input *in, struct order_reading *rg)
{
    if (!ORDER_CUES_ANY(&rg->cues, "so"))
        return;
    for (size_t c = 0; c + 1 < rg->n_clauses; c++) {
        struct order_clause *cl = &rg->clauses[c];
        const struct order_clause *next = &rg->clauses[c + 1];
        if (cl->intent == ORDER_INTENT_OTHER && !cl->question_form &&
            next->intent == ORDER_INTENT_REQUEST &&
            (next->request_form ||
             order_clause_getting_now_at(in->text, in->tokens, next->begin + 1U, next->end, rg)) &&
            order_tok_is(in->text, in->tokens, next->begin, next->end, "so"))
            cl->intent = ORDER_INTENT_NONE;
    }
}

/* "just ordered (name's Priya) - can you swap the lemonade for a tea?": telling that the
 * order was placed, naming no dish, right before a request that changes or adds to it says
 * which order the request is for; it is the request's, not a matter of its own. */
void classify_order_placed_before(const struct order_class_input *in, struct order_reading *rg)
{
    if (!ORDER_CUES_ANY(&rg->cues, "ordered"))
        return;
    for (size_t c = 0; c + 1 < rg->n_clauses; c++) {
        struct order_clause *cl = &rg->clauses[c];
        const struct order_clause *next = &rg->clauses[c + 1];
        if (cl->intent != ORDER_INTENT_OTHER || cl->question_form ||
            next->intent != ORDER_INTENT_REQUEST || classify_clause_things(rg, c) > 0 ||
            classify_cancels_order(in, rg, c + 1))
            continue;
        bool ordered = false;
        for (size_t i = cl->begin; i < cl->end && !ordered; i++)
            ordered = order_tok_is(in->text, in->tokens, i, cl->end, "ordered");
        if (ordered)
            cl->intent = ORDER_INTENT_NONE;
    }
}

/* Does clause c take back what came before it: "nvm", "never mind", "nevermind" first? */
static bool classify_withdraws(const struct order_class_input *in, const struct order_reading *rg,
                               size_t c)
{
    const struct order_clause *cl = &rg->clauses[c];
    size_t at = cl->begin;
    while (at < cl->end &&
           (rg->roles[at] == ORDER_ROLE_GREETING || in->tokens[at].kind != ORDER_TOKEN_WORD))
        at++;
    return order_tok_is(in->text, in->tokens, at, cl->end, "nvm") ||
           order_tok_is(in->text, in->tokens, at, cl->end, "nevermind") ||
           (order_tok_is(in->text, in->tokens, at, cl->end, "never") &&
            order_tok_is(in->text, in->tokens, at + 1, cl->end, "mind"));
}

/* Does clause c trail off: end in "..." with no '?' in it ("do u guys have...")? */
static bool classify_trails_off(const struct order_class_input *in, const struct order_clause *cl)
{
    if (classify_clause_asked(in, cl))
        return false;
    const struct order_token *t = in->tokens;
    return cl->end >= cl->begin + 3 && t[cl->end - 1].kind == ORDER_TOKEN_PUNCT &&
           t[cl->end - 1].punct == '.' && t[cl->end - 2].kind == ORDER_TOKEN_PUNCT &&
           t[cl->end - 2].punct == '.';
}

/* "do u guys have... nvm just get me 10 wings": a question left unfinished and taken back
 * by the clause after it asks nothing; the request that follows stands. A question asked
 * whole and then waved off ("whats good today? nvm, a cheeseburger") was still asked. */
void classify_withdrawn(const struct order_class_input *in, struct order_reading *rg)
{
    if (!ORDER_CUES_ANY(&rg->cues, "nvm", "nevermind", "mind"))
        return;
    for (size_t c = 0; c + 1 < rg->n_clauses; c++)
        if (rg->clauses[c].intent == ORDER_INTENT_QUESTION &&
            classify_trails_off(in, &rg->clauses[c]) && classify_withdraws(in, rg, c + 1))
            rg->clauses[c].intent = ORDER_INTENT_NONE;
}

/* Is token i a sound of hesitation ("uhh", "umm", "erm", "hmm")? */
bool classify_hesitation(const struct order_class_input *in, size_t i)
{
    const struct order_token *t = &in->tokens[i];
    if (t->kind != ORDER_TOKEN_WORD || t->len == 0)
        return false;
    for (size_t k = 0; k < t->len; k++)
        if (!strchr("uhmer", in->text[t->off + k]))
            return false;
    return in->text[t->off] != 'r';
}

/* Does clause c break off in the middle of a list: its last word, past hesitations and
 * dots, "and", "the", "a" or "plus" ("chicken burger and the uhh..")? */
static bool classify_breaks_off(const struct order_class_input *in, const struct order_clause *cl)
{
    static const char *const dangling[] = {"and", "the", "a", "an", "plus"};
    size_t i = cl->end;
    while (i > cl->begin &&
           (in->tokens[i - 1].kind == ORDER_TOKEN_PUNCT || classify_hesitation(in, i - 1)))
        i--;
    for (size_t k = 0; i > cl->begin && k < ORDER_WORDS_N(dangling); k++)
        if (order_tok_is(in->text, in->tokens, i - 1, cl->end, dangling[k]))
            return true;
    return false;
}

/* "chicken burger and the uhh.. the thing my friend had, the purple one?": a request that
 * breaks off mid-list goes on in the next clause; a '?' there, with no question start,
 * is unsure of the name, not a question about the menu. Words that ask wherever they
 * stand ("and could you tell me if the wrap is spicy?") put a question all the same. */
void classify_list_resumed(const struct order_understanding *u, const struct order_class_input *in,
                           struct order_reading *rg)
{
    /* the dangling words of classify_breaks_off */
    if (!ORDER_CUES_ANY(&rg->cues, "and", "the", "a", "an", "plus"))
        return;
    for (size_t c = 1; c < rg->n_clauses; c++) {
        struct order_clause *cl = &rg->clauses[c];
        const struct order_clause *prev = &rg->clauses[c - 1];
        if (cl->intent == ORDER_INTENT_QUESTION && !cl->question_start &&
            prev->intent == ORDER_INTENT_REQUEST && classify_breaks_off(in, prev) &&
            !classify_question_inside(u, in->text, in->tokens, rg->roles, cl->begin, cl->end))
            cl->intent = ORDER_INTENT_REQUEST;
    }
}

/* "the teriyaki bowl if its vegan": a condition on the dish before it, cut off as a clause
 * of its own, orders nothing; its diet or state words describe, they name no dish. A
 * condition followed by a request opener of its own ("if its made in oil ill take two") is
 * the request's condition: what follows is asked for. */
void classify_conditions(const struct order_class_input *in, struct order_reading *rg)
{
    static const char *const subjects[] = {"its", "it", "theyre", "they"};
    if (!ORDER_CUES_ANY(&rg->cues, "if") ||
        !ORDER_CUES_ANY(&rg->cues, "its", "it", "theyre", "they"))
        return;
    for (size_t c = 1; c < rg->n_clauses; c++) {
        struct order_clause *cl = &rg->clauses[c];
        if (cl->intent != ORDER_INTENT_REQUEST ||
            !order_tok_is(in->text, in->tokens, cl->begin, cl->end, "if"))
            continue;
        bool opened = false;
        for (size_t i = cl->begin + 2; i < cl->end; i++)
            opened |= rg->roles[i] == ORDER_ROLE_OPENER;
        if (opened)
            continue;
        /* "if it is, a cold brew please", "if it is 2 please", "if it isnt, a lemonade": the
         * condition ends where it was read off as words naming nothing, up to a count
         * (clause.c), or at its comma; what follows a condition that names nothing itself
         * is asked for */
        size_t after = cl->begin;
        while (after < cl->end && rg->roles[after] == ORDER_ROLE_FILLER)
            after++;
        if (after <= cl->begin + 1U)
            for (after = cl->begin + 2U; after < cl->end; after++)
                if (in->tokens[after - 1U].kind == ORDER_TOKEN_PUNCT &&
                    in->tokens[after - 1U].punct == ',')
                    break;
        bool asked = false, named = false; /* "if its vegan": its words read as a kind */
        for (size_t t = 0; t < rg->n_things; t++) {
            asked |= rg->things[t].clause == c && rg->things[t].begin >= after;
            named |= rg->things[t].clause == c && rg->things[t].begin < after;
        }
        if (asked && !named)
            continue;
        for (size_t k = 0; k < ORDER_WORDS_N(subjects); k++)
            if (order_tok_is(in->text, in->tokens, cl->begin + 1, cl->end, subjects[k]))
                cl->intent = ORDER_INTENT_NONE;
    }
}

/* "Hi, quick question - is your lemonade fizzy?", "hello, just wondering: is the shake
 * organic?": a clause that only announces the question after it ("quick question", "got a
 * q", "just wondering", "i was curious") is the question's, no matter of its own. */
void classify_question_announced(const struct order_class_input *in, struct order_reading *rg)
{
    static const char *const words[] = {
        "quick",   "question", "q",  "qq",  "a",         "one",    "small",  "just",
        "got",     "have",     "i",  "ive", "so",        "random", "silly",  "another",
        "quickly", "was",      "im", "am",  "wondering", "wonder", "curious"};
    static const char *const nouns[] = {"question", "q", "qq", "wondering", "wonder", "curious"};
    if (!ORDER_CUES_ANY(&rg->cues, "question", "q", "qq", "wondering", "wonder", "curious"))
        return;
    for (size_t c = 0; c + 1 < rg->n_clauses; c++) {
        struct order_clause *cl = &rg->clauses[c];
        if (cl->intent != ORDER_INTENT_OTHER || rg->clauses[c + 1].intent != ORDER_INTENT_QUESTION)
            continue;
        bool only = true, noun = false;
        for (size_t i = cl->begin; i < cl->end && only; i++) {
            if (in->tokens[i].kind != ORDER_TOKEN_WORD || rg->roles[i] == ORDER_ROLE_GREETING)
                continue;
            only = order_tok_in(in->text, in->tokens, i, cl->end, words, ORDER_WORDS_N(words));
            noun |= order_tok_in(in->text, in->tokens, i, cl->end, nouns, ORDER_WORDS_N(nouns));
        }
        if (only && noun)
            cl->intent = ORDER_INTENT_NONE;
    }
}

/* "can u make the veggie taco with flour tortillas instead, times three": asked whether the
 * kitchen can make a dish, with a count of it, is a request for that many; uncounted ("can
 * you make the burger vegan?") it stays a question. */
void classify_counted_capability(const struct order_class_input *in, struct order_reading *rg)
{
    static const char *const modals[] = {"can", "could", "would", "will"};
    static const char *const yous[] = {"you", "u", "ya", "yall"};
    static const char *const verbs[] = {"make", "do"};
    if (!ORDER_CUES_ANY(&rg->cues, "make", "do") ||
        !ORDER_CUES_ANY(&rg->cues, "you", "u", "ya", "yall"))
        return;
    for (size_t c = 0; c < rg->n_clauses; c++) {
        struct order_clause *cl = &rg->clauses[c];
        size_t i = cl->begin;
        while (i < cl->end &&
               (in->tokens[i].kind != ORDER_TOKEN_WORD || rg->roles[i] == ORDER_ROLE_GREETING))
            i++;
        if (cl->intent != ORDER_INTENT_QUESTION ||
            !order_tok_in(in->text, in->tokens, i, cl->end, modals, ORDER_WORDS_N(modals)) ||
            !order_tok_in(in->text, in->tokens, i + 1, cl->end, yous, ORDER_WORDS_N(yous)) ||
            !order_tok_in(in->text, in->tokens, i + 2, cl->end, verbs, ORDER_WORDS_N(verbs)))
            continue;
        for (size_t t = 0; t < rg->n_things; t++) {
            const struct order_thing *th = &rg->things[t];
            if (th->clause == c && th->is_span && !th->reference && th->qty_explicit &&
                th->qty >= 2)
                cl->intent = ORDER_INTENT_REQUEST;
        }
    }
}

/* "can i order the mini burger if im 30", "could we order off the kids menu if we're
 * adults": a request to order opened by a modal, on a condition about the customers
 * themselves, asks whether it is allowed; it orders nothing yet. */
void classify_permission_asked(const struct order_class_input *in, struct order_reading *rg)
{
    static const char *const selves[] = {"i", "im", "we", "were", "ive", "weve", "my", "our"};
    if (!ORDER_CUES_ANY(&rg->cues, "order") || !ORDER_CUES_ANY(&rg->cues, "if"))
        return;
    for (size_t c = 0; c < rg->n_clauses; c++) {
        struct order_clause *cl = &rg->clauses[c];
        if (cl->intent != ORDER_INTENT_REQUEST || !cl->request_form)
            continue;
        bool counted = false; /* "can i order 2 cheeseburgers if i pay cash": asked for */
        for (size_t t = 0; t < rg->n_things; t++)
            counted |=
                rg->things[t].clause == c && rg->things[t].qty_explicit &&
                rg->things[t].begin > cl->begin &&
                rg->roles[rg->things[t].begin - 1U] == ORDER_ROLE_QTY && /* not "im 30" */
                !order_tok_is(in->text, in->tokens, rg->things[t].begin - 1U, cl->end, "the");
        if (counted)
            continue;
        bool order_verb = false, condition = false;
        for (size_t i = cl->begin; i + 1 < cl->end; i++) {
            order_verb |= rg->roles[i] == ORDER_ROLE_OPENER &&
                          order_tok_is(in->text, in->tokens, i, cl->end, "order") &&
                          i > cl->begin && rg->roles[i - 1] == ORDER_ROLE_OPENER;
            condition |=
                order_verb && order_tok_is(in->text, in->tokens, i, cl->end, "if") &&
                order_tok_in(in->text, in->tokens, i + 1, cl->end, selves, ORDER_WORDS_N(selves));
        }
        if (condition)
            cl->intent = ORDER_INTENT_QUESTION;
    }
}
