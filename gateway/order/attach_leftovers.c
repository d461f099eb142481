/* attach_leftovers.c — the leftovers of a clause (attach.c, reading.h pass 4): each run of
 * words no span read is kept as a dish the menu may lack, or as a dish the menu describes
 * ("a soda" where items say they are sodas), or set aside: a cancellation ("oh wait, no
 * lemonade"), a clause of adjectives, a section named before "only", the heading of a list,
 * a question about a dish asked for before. attach_leftovers walks the clause's runs; one
 * where a dish may stand is read in attach_leftover_run.c. */
#include <string.h>

#include "gateway/order/attach_internal.h"

/* Does the run at i follow an order's header ("order: ...", "lunch order: ...")? What comes
 * after it stands where a dish would, as after "can i get". */
static bool attach_after_order_header(const struct attach_state *st, size_t i)
{
    if (!ORDER_CUES_ANY(&st->cues, "order", "orders"))
        return false;
    const struct order_token *t = st->tokens;
    return i >= st->b + 2U && t[i - 1U].kind == ORDER_TOKEN_PUNCT && t[i - 1U].punct == ':' &&
           (order_tok_is(st->text, t, i - 2U, i, "order") ||
            order_tok_is(st->text, t, i - 2U, i, "orders"));
}

/* "oh wait, no lemonade": "no" (or "not", "without", "cancel") and the whole name of an item
 * asked for earlier in another clause takes it back. Returns whether it did. */
static bool attach_cancel(struct attach_state *st, size_t i, size_t j)
{
    if (!ORDER_CUES_ANY(&st->cues, "no", "not", "cancel", "without"))
        return false;
    const char *text = st->text;
    if (!order_tok_is(text, st->tokens, i, j, "no") &&
        !order_tok_is(text, st->tokens, i, j, "not") &&
        !order_tok_is(text, st->tokens, i, j, "cancel") &&
        !order_tok_is(text, st->tokens, i, j, "without"))
        return false;
    int32_t item = order_read_name_at(st->rd, text, st->tokens, st->rg, i + 1, j);
    for (size_t t = 0; item >= 0 && t < st->first; t++) {
        struct order_thing *th = &st->rg->things[t];
        if (th->is_span && th->item == item && !th->reference) {
            th->reference = true; /* no longer asked for */
            memset(st->rg->roles + i, ORDER_ROLE_MODIFIER, j - i);
            return true;
        }
    }
    return false;
}

/* Is the run [i, j) a clause of its own made of one or two adjectives or sizes ("Cold brew.
 * Black. Big.")? It describes the dish before it: a modifier, never a dish. */
static bool attach_adjective_clause(const struct attach_state *st, size_t i, size_t j)
{
    enum { ADJECTIVES_MAX = 2 };
    size_t words = 0;
    bool describes = false; /* a size or a menu word: "great." says nothing of the dish */
    for (size_t p = st->b; p < st->e; p++)
        if (st->tokens[p].kind == ORDER_TOKEN_WORD && (p < i || p >= j))
            return false;
    for (size_t p = i; p < j; p++) {
        const struct order_token *t = &st->tokens[p];
        if (t->kind != ORDER_TOKEN_WORD)
            continue;
        words++;
        bool size = order_patterns_longest(&st->rd->u->sizes, st->text, st->tokens, p, j, NULL) > 0;
        if (!size && !order_dictionary_has(st->rd->lex->adjectives, st->text + t->off, t->len))
            return false;
        describes = describes || size || st->rg->n_hits[p] > 0;
    }
    return describes && words <= ADJECTIVES_MAX;
}

/* Every run of free words of clause c, between boundaries, that nothing else read. */
/* Does '&' at j start another thing: an article or a count after it ("3 croissants & a
 * bagel")? Within a name it joins ("mac & cheese"). */
static bool attach_amp_starts_thing(const struct attach_state *st, size_t j)
{
    int32_t qty;
    const struct order_token *t = &st->tokens[j];
    return j > st->b && t->kind == ORDER_TOKEN_PUNCT && t->punct == '&' &&
           order_read_quantity(st->rd->u, st->text, st->tokens, j + 1, st->e, &qty) > 0;
}

/* Is the run [i, j) "the" and words after a dash that closes a list of two dishes or more
 * ("chips and guac, chips and salsa, chips and queso - the chip trifecta")? It names the
 * list, it orders nothing more. */
static bool attach_names_the_list(const struct attach_state *st, size_t c, size_t i, size_t j)
{
    if (!ORDER_CUES_ANY(&st->cues, "the"))
        return false;
    const struct order_token *t = st->tokens;
    if (i < st->b + 2 || t[i - 1].kind != ORDER_TOKEN_PUNCT || t[i - 1].punct != '-' ||
        !order_tok_is(st->text, t, i, j, "the") || st->rg->roles[i - 2] != ORDER_ROLE_ITEM)
        return false;
    for (size_t p = j; p < st->e; p++)
        if (t[p].kind == ORDER_TOKEN_WORD)
            return false; /* the dash's words close the clause */
    size_t spans = 0;
    for (size_t k = st->first; k < st->rg->n_things; k++)
        spans += st->rg->things[k].is_span && st->rg->things[k].clause == c &&
                 st->rg->things[k].end <= i;
    return spans >= 2;
}

/* Is the run [i, j) "all" or "both" and a kind of dish that every dish of the clause before
 * it is ("1 portobello, 1 halloumi, 1 jackfruit — all burgers obvs —")? It says what they are,
 * it orders nothing. */
static bool attach_all_of_kind(const struct attach_state *st, size_t c, size_t i, size_t j)
{
    if (!ORDER_CUES_ANY(&st->cues, "all", "both"))
        return false;
    if (!order_tok_is(st->text, st->tokens, i, j, "all") &&
        !order_tok_is(st->text, st->tokens, i, j, "both"))
        return false;
    for (size_t p = i + 1; p < j; p++) {
        if (!order_read_token_head(st->rd, st->rg, p))
            continue;
        size_t dishes = 0;
        bool every = true;
        for (size_t k = st->first; k < st->rg->n_things && every; k++) {
            const struct order_thing *th = &st->rg->things[k];
            if (!th->is_span || th->clause != c || th->end > i || th->item < 0)
                continue;
            dishes++;
            every = false;
            for (size_t h = 0; h < st->rg->n_hits[p] && !every; h++) {
                const struct order_lex_hit *hit = &st->rg->hits[p][h];
                every = order_item_set_has(&st->rd->lex->words[hit->words[hit->n_words - 1]].items,
                                           (size_t)th->item);
            }
        }
        if (every && dishes >= 2)
            return true;
    }
    return false;
}

/* Does the run at i start with a count in digits, its own or read just before it? */
static bool attach_run_counted(const struct attach_state *st, size_t i)
{
    const struct order_token *t = st->tokens;
    for (size_t p = i > st->b ? i - 1 : i; p <= i; p++) {
        int32_t v =
            t[p].kind == ORDER_TOKEN_WORD ? attach_digits(st->text + t[p].off, t[p].len, true) : -1;
        if (v >= 1 && v <= ORDER_QTY_MAX)
            return true;
    }
    return false;
}

/* "two veggie tacos - are the corn tortillas made with lard?": in a question of its own
 * whose subject ("the corn tortillas") stands before the words at i, those words say what is
 * asked of the subject, no change of a dish asked for before. */
static bool attach_asked_of_subject(const struct attach_state *st, size_t c,
                                    const struct order_thing *last, size_t i)
{
    static const char *const determiners[] = {"the", "your", "ur", "these", "those"};
    static const char *const auxiliaries[] = {"is", "are", "does", "do", "was", "were"};
    if (!ORDER_CUES_ANY(&st->cues, "is", "are", "does", "do", "was", "were") ||
        !ORDER_CUES_ANY(&st->cues, "the", "your", "ur", "these", "those", "it", "they", "this",
                        "that"))
        return false;
    const struct order_clause *cl = &st->rg->clauses[c];
    if (last->clause == c || !cl->question_start)
        return false;
    /* the subject right after the auxiliary that opens the question; not "can you make it
     * without the sour cream": "the" there is the change's */
    size_t p = cl->begin;
    while (p < i && (st->tokens[p].kind != ORDER_TOKEN_WORD ||
                     order_tok_is(st->text, st->tokens, p, i, "also") ||
                     order_tok_is(st->text, st->tokens, p, i, "and")))
        p++;
    if (p + 2 < i &&
        attach_in(st->text, st->tokens, p, i, auxiliaries, ORDER_WORDS_N(auxiliaries)) &&
        attach_in(st->text, st->tokens, p + 1, i, determiners, ORDER_WORDS_N(determiners)) &&
        st->tokens[p + 2].kind == ORDER_TOKEN_WORD)
        return true;
    /* "also does it come w chips?", "is it served with rice?": how the dish comes, asked */
    static const char *const pronouns[] = {"it", "they", "this", "that"};
    static const char *const serving[] = {"come",   "comes", "served",  "made",
                                          "cooked", "fried", "include", "includes"};
    /* the verb may open the words at i itself: "is that made w pasteurized milk?" */
    return p + 2 <= i &&
           attach_in(st->text, st->tokens, p, i, auxiliaries, ORDER_WORDS_N(auxiliaries)) &&
           attach_in(st->text, st->tokens, p + 1, i, pronouns, ORDER_WORDS_N(pronouns)) &&
           attach_in(st->text, st->tokens, p + 2, st->e, serving, ORDER_WORDS_N(serving));
}

/* "two fish tacos and a jamaica. is possible without the cabbage?": a change in a clause
 * of its own whose last word the dish named last does not hold, but exactly one other dish
 * asked for before it holds in its name or description, is a change of that dish. */
static struct order_thing *attach_owner_of_change(struct attach_state *st, size_t c,
                                                  struct order_thing *last, size_t i, size_t j)
{
    size_t w = j;
    while (w > i && st->tokens[w - 1].kind != ORDER_TOKEN_WORD)
        w--;
    if (!last || last->clause == c || w == i || st->tokens[w - 1].len < 3)
        return last;
    const char *word = st->text + st->tokens[w - 1].off;
    size_t len = st->tokens[w - 1].len;
    if (order_lexicon_item_mentions(st->rd->lex, last->item, &word, &len, 1) == 1)
        return last;
    struct order_thing *owner = NULL;
    for (size_t t = 0; t < st->rg->n_things; t++) {
        struct order_thing *th = &st->rg->things[t];
        if (!th->is_span || th->item < 0 || th->reference || th->end > i ||
            th->item == last->item ||
            order_lexicon_item_mentions(st->rd->lex, th->item, &word, &len, 1) != 1)
            continue;
        if (owner && owner->item != th->item)
            return last;
        owner = th;
    }
    return owner ? owner : last;
}

/* Does clause c ask with a question word ("what's the custard made with?", "and what comes
 * with it?")? A question of what or how asks about the menu; it changes nothing ("can you
 * hold the slaw?" asks for a change, and opens with no question word). */
static bool attach_wh_question(const struct attach_state *st, size_t c)
{
    static const char *const joins[] = {"and", "also", "oh", "btw", "plus", "but"};
    static const char *const wh[] = {"what", "whats", "which", "how", "hows"};
    if (!ORDER_CUES_ANY(&st->cues, "what", "whats", "which", "how", "hows"))
        return false;
    const struct order_clause *cl = &st->rg->clauses[c];
    size_t at = cl->begin;
    while (at < cl->end &&
           (st->rg->roles[at] == ORDER_ROLE_GREETING || st->tokens[at].kind == ORDER_TOKEN_PUNCT ||
            attach_in(st->text, st->tokens, at, cl->end, joins, ORDER_WORDS_N(joins))))
        at++;
    return cl->question_start && !cl->request_form &&
           attach_in(st->text, st->tokens, at, cl->end, wh, ORDER_WORDS_N(wh));
}

/* Does "instead of" at j swap a part of a dish, no dish ("flour tortillas instead of corn"),
 * so that the run before it is what goes in its place: a change, asked for even after a
 * request's opener ("can you do flour tortillas instead of corn")? Returns the end of the
 * part swapped out, 0 when none. */
static size_t attach_part_swapped_at(const struct attach_state *st, size_t j)
{
    if (!ORDER_CUES_ANY(&st->cues, "instead") || !ORDER_CUES_ANY(&st->cues, "of"))
        return 0;
    if (!order_tok_is(st->text, st->tokens, j, st->e, "instead") ||
        !order_tok_is(st->text, st->tokens, j + 1U, st->e, "of"))
        return 0;
    size_t k = j + 2U;
    for (; k < st->e && st->tokens[k].kind == ORDER_TOKEN_WORD; k++) {
        /* "lettuce instead of rocket pls": politeness closes the part swapped out */
        if (k > j + 2U &&
            (st->rg->roles[k] == ORDER_ROLE_FILLER || st->rg->roles[k] == ORDER_ROLE_GREETING))
            break;
        if (st->rg->roles[k] == ORDER_ROLE_ITEM || !attach_free(st, k))
            return 0; /* "a pepsi instead of the horchata": a dish for a dish */
    }
    return k > j + 2U ? k : 0;
}

/* Does clause c open with "like", "i mean" or "as in" right before the change at i, after a
 * clause whose dish's last change it says again in plainer words ("... but not spicy? like
 * hold the buffalo sauce")? The plainer change takes the place of the one it explains. */
static bool attach_restates_change(const struct attach_state *st, size_t c,
                                   const struct order_thing *last, size_t i)
{
    if (!ORDER_CUES_ANY(&st->cues, "like", "i", "as"))
        return false;
    const struct order_clause *cl = &st->rg->clauses[c];
    if (last->clause == c || last->clause + 1U != c || last->mods.n == 0)
        return false;
    size_t at = cl->begin;
    while (at < i && st->rg->roles[at] == ORDER_ROLE_GREETING)
        at++;
    if (order_tok_is(st->text, st->tokens, at, i, "like"))
        return at + 1U == i;
    return at + 2U == i && ((order_tok_is(st->text, st->tokens, at, i, "i") &&
                             order_tok_is(st->text, st->tokens, at + 1U, i, "mean")) ||
                            (order_tok_is(st->text, st->tokens, at, i, "as") &&
                             order_tok_is(st->text, st->tokens, at + 1U, i, "in")));
}

/* The leftover of clause c that ends right before the change at i when the change opens
 * with "with" and the leftover follows the last dish read ("2 tacos and an elite with no
 * chili powder"): a change after "with" belongs to the thing right before it, read or not.
 * NULL when there is none. */
static struct order_thing *attach_leftover_before_with(struct attach_state *st, size_t c,
                                                       const struct order_thing *last, size_t i)
{
    if (!ORDER_CUES_ANY(&st->rg->cues, "with", "w"))
        return NULL;
    /* "with" opens the run, or stands right before it read as a word of no change */
    size_t w = i > st->b && (order_tok_is(st->text, st->tokens, i - 1U, st->e, "with") ||
                             order_tok_is(st->text, st->tokens, i - 1U, st->e, "w"))
                   ? i - 1U
                   : i;
    if (!order_tok_is(st->text, st->tokens, w, st->e, "with") &&
        !order_tok_is(st->text, st->tokens, w, st->e, "w"))
        return NULL;
    /* "the thing with tahini": a word that points without naming is described, not changed */
    static const char *const pointers[] = {"thing", "things", "stuff", "one", "ones", "something"};
    if (w == 0 || order_tok_in(st->text, st->tokens, w - 1U, w, pointers, ORDER_WORDS_N(pointers)))
        return NULL;
    for (size_t t = 0; t < st->rg->n_things; t++) {
        struct order_thing *th = &st->rg->things[t];
        if (!th->is_span && !th->reference && th->clause == c && th->end == w &&
            (!last || last->end <= th->begin))
            return th;
    }
    return NULL;
}

/* "the mushroom burger and the halloumi one. both no rocket": a clause of its own opening
 * with "both", "all" or "each" (and "of them") before a change says the change is
 * every dish's of the clause before, not only the last one's. Returns the tokens of the
 * opening, marked, or 0. */
static size_t attach_every_opens(struct attach_state *st, size_t c)
{
    static const char *const every[] = {"both", "all", "each"};
    static const char *const them[] = {"them", "em", "those"};
    if (!ORDER_CUES_ANY(&st->cues, "both", "all", "each"))
        return 0;
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    size_t p = st->b;
    while (p < st->e && (t[p].kind == ORDER_TOKEN_PUNCT || order_tok_is(text, t, p, st->e, "and")))
        p++;
    if (c == 0 || !attach_free(st, p) ||
        !order_tok_in(text, t, p, st->e, every, ORDER_WORDS_N(every)))
        return 0;
    size_t q = p + 1U;
    if (order_tok_is(text, t, q, st->e, "of") &&
        order_tok_in(text, t, q + 1U, st->e, them, ORDER_WORDS_N(them)))
        q += 2U;
    if (q >= st->e || !st->rg->mod_zone[q] || !attach_free(st, q))
        return 0;
    memset(st->rg->roles + p, ORDER_ROLE_MODIFIER, q - p);
    return q - p;
}

/* Is the run [i, j) a size and "one(s)", an article before it or none ("small ones", "a
 * large one")? Said after a dish it is the size of that dish, pointed back at: "2 chocolate
 * milkshakes but small ones"; "one" of a dish asked for many is a part of them. */
static bool attach_size_one(const struct attach_state *st, size_t i, size_t j)
{
    if (!ORDER_CUES_ANY(&st->cues, "a", "an", "one", "ones"))
        return false;
    /* "make the lemonade a large": an article and a size closing the clause, no dish after
     * it, is the size too */
    if (j >= i + 2U && attach_is_article(st->text, st->tokens, i, j) &&
        (j == st->e || st->tokens[j].kind == ORDER_TOKEN_PUNCT) &&
        order_patterns_longest(&st->rd->u->sizes, st->text, st->tokens, i + 1U, j, NULL) ==
            j - i - 1U)
        return true;
    if (j < i + 2U || !(order_tok_is(st->text, st->tokens, j - 1U, j, "one") ||
                        order_tok_is(st->text, st->tokens, j - 1U, j, "ones")))
        return false;
    if (attach_is_article(st->text, st->tokens, i, j) ||
        order_tok_is(st->text, st->tokens, i, j, "the"))
        i++;
    return i + 1U < j && order_patterns_longest(&st->rd->u->sizes, st->text, st->tokens, i, j - 1U,
                                                NULL) == j - 1U - i;
}

/* Is the run [i, j) a modifier, not a dish? last: the span last told of before it, or NULL;
 * wo: the tokens of a "w/o" opening it. A run of its own is a modifier only by a strong lead
 * ("extra slaw"); "iced latte" and "hot chocolate" start like modifiers and are dishes. */
static bool attach_run_is_modifier(const struct attach_state *st, size_t i, size_t j, size_t wo,
                                   const struct order_thing *last)
{
    return st->rg->mod_zone[i] || wo > 0 ||
           (last && last->begin == last->end && i > st->b &&
            st->rg->roles[i - 1] == ORDER_ROLE_QTY &&
            attach_modifier_form(st, i, j)) || /* "one | plain": the part's modifier */
           (order_patterns_longest(&st->rd->u->modifier_zone_starts, st->text, st->tokens, i, j,
                                   NULL) > 0 &&
            !order_read_lead_after_person_be(st->text, st->tokens, i, st->e) &&
            /* "Double espresso. Classic burger.": a dish the menu lacks, sized */
            (last ||
             !order_read_zone_sized_other(st->rd, st->text, st->tokens, st->rg, i, j, st->e))) ||
           (last && attach_has_instead(st, i, j)) || /* "... the lemon vinaigrette instead?" */
           (last && attach_part_swapped_at(st, j) > 0) ||
           (last && last->item >= 0 && attach_size_one(st, i, j) &&
            !(last->qty > 1 && order_tok_is(st->text, st->tokens, j - 1U, j, "one")));
}

/* Does a verb of holding stand at j in a question, after a food or a word of the menu that
 * starts at i ("does the caesar dressing have fish in it", "does the chipotle mayo contain
 * egg")? It parts what is asked about from what it may hold: two runs, no dish "caesar dressing
 * have fish". Not after the one asked ("do you have gluten free buns"). */
static bool attach_having_asked(const struct attach_state *st, size_t c, size_t i, size_t j)
{
    if (!ORDER_CUES_ANY(&st->cues, "have", "has", "contain", "contains"))
        return false;
    static const char *const having[] = {"have", "has", "contain", "contains"};
    return st->rg->clauses[c].question_start && !st->rg->clauses[c].request_form &&
           attach_in(st->text, st->tokens, j, st->e, having, ORDER_WORDS_N(having)) &&
           (attach_food_run(st, i, j) || attach_menu_words(st, i, j));
}

/* Is the run [i, j) read by a reader of its own, no change nor dish made of it: how the
 * customer eats ("a wimp with spice"), what the dish comes with said again ("taco (corn
 * tortilla)"), one more of the dish before in another size ("a large horchata and a small
 * one")? */
static bool attach_run_read_apart(struct attach_state *st, size_t c, struct order_thing *last,
                                  size_t i, size_t j, bool modifier)
{
    return (!modifier && attach_taste_in_general(st, i, j)) ||
           (!modifier && attach_bracketed_part(st, last, i, j)) ||
           (last && attach_sized_another(st, c, last, i, j));
}

/* The dish the change [i, j) of clause c goes to, the span last nearest before it: its owner
 * (attach_owner_of_change), or, where that is a name said again pointing back ("chips and guac
 * but can the guac be plain? no onion"), the dish it points at. */
static struct order_thing *attach_change_owner(struct attach_state *st, size_t c,
                                               struct order_thing *last, size_t i, size_t j)
{
    last = attach_owner_of_change(st, c, last, i, j);
    if (!last || !last->reference || last->item < 0)
        return last;
    struct order_thing *meant = attach_last_item(st, last->begin);
    return meant && meant->item == last->item ? meant : last;
}

void attach_leftovers(struct attach_state *st, size_t c)
{
    /* "both no rocket": the change of every dish of the clause before */
    bool every = attach_every_opens(st, c) > 0;
    size_t i = st->b;
    while (i < st->e) {
        if (!attach_free(st, i) || attach_boundary(st->text, st->tokens, i, st->e) ||
            st->tokens[i].kind == ORDER_TOKEN_PUNCT) { /* "& one slada": the '&' joins */
            i++;
            continue;
        }
        /* "w/o pickles" in a clause of its own: the '/' is no boundary of the run */
        size_t wo = order_tok_w_slash_o(st->text, st->tokens, i, st->e);
        if (wo > 0 && (i + wo >= st->e || !attach_free(st, i + wo - 1U)))
            wo = 0;
        size_t j = i + wo, z = wo > 0 ? i + wo : i;
        while (j < st->e && attach_free(st, j) &&
               !attach_boundary(st->text, st->tokens, j, st->e) &&
               !(j > i && attach_having_asked(st, c, i, j)) && !attach_amp_starts_thing(st, j) &&
               !(j > i && attach_run_counted(st, i) && attach_count_starts_thing(st, j)) &&
               !(j > i && attach_word_count_starts_thing(st, i, j)) &&
               st->rg->mod_zone[j] == st->rg->mod_zone[z]) /* "can i | add cream" */
            j++;
        if (j > i && j < st->e && attach_free(st, j) && attach_having_asked(st, c, i, j))
            st->rg->roles[j] = ORDER_ROLE_FILLER; /* "contain" of "... contain egg" */
        if (attach_reason_at(st->text, st->tokens, i, st->e) ||
            attach_reported_at(st->text, st->tokens, i, j)) {
            i = j; /* "because celery is evil": why, not what; "says beer batter": quoted */
            continue;
        }
        if (attach_diet_of_someone(st, i, j) || attach_staff_praised(st, i, j) ||
            attach_group_did(st, i, j) || attach_people_listed(st, i, j) ||
            attach_entry_name(st, i, j) || attach_entry_name_before_article(st, i, j)) {
            i = j; /* "one guest is vegetarian": who eats what, no dish */
            continue;
        }
        bool opened = (i > st->b && st->rg->roles[i - 1] == ORDER_ROLE_OPENER) ||
                      attach_after_order_header(st, i);
        struct order_thing *last = attach_last_span(st, i);
        bool modifier = attach_run_is_modifier(st, i, j, wo, last);
        if (attach_run_read_apart(st, c, last, i, j, modifier)) {
            i = j;
            continue;
        }
        if (modifier && attach_cancel(st, i, j)) {
            i = j;
            continue;
        }
        if (last && modifier && attach_part_swapped_at(st, j) > 0)
            j = attach_part_swapped_at(st, j); /* the swap is one change */
        if (last && modifier)
            last = attach_change_owner(st, c, last, i, j);
        /* "one apple crumble. what's the custard made with?": a question about the menu
         * changes no dish asked for before it */
        if (last && modifier && last->clause != c && attach_wh_question(st, c)) {
            i = j;
            continue;
        }
        if (last && modifier && last->clause != c && attach_with_doing(st, c, i)) {
            i = j; /* "2 smoothies. we will wait in the car with the kids" */
            continue;
        }
        if (last && modifier && attach_asked_of_subject(st, c, last, i)) {
            i = j; /* "are the corn tortillas made with lard?": how they are made, asked */
            continue;
        }
        if (last && modifier && attach_restates_change(st, c, last, i))
            last->mods.n--; /* "not spicy? like hold the buffalo sauce": said plainer */
        struct order_thing *unread = modifier ? attach_leftover_before_with(st, c, last, i) : NULL;
        if (unread && attach_side_with(st, unread, i, j))
            attach_leftover(st, c, i, j, opened); /* "a pork chop with mashed potatoes" */
        else if (unread)
            attach_piece(st, unread, i, j); /* "... and an elite with no chili powder" */
        else if (last && modifier && every && last->clause != c) {
            for (size_t x = st->first; x-- > 0;) {
                struct order_thing *th = &st->rg->things[x];
                if (th->clause == last->clause && th->is_span && !th->reference)
                    attach_piece(st, th, i, j);
            }
        } else if (last && (modifier || attach_adjective_clause(st, i, j) ||
                            attach_manner_after(st, last, i, j)))
            attach_piece(st, last, i, j); /* "... the jackfruit. And extra slaw" */
        else if (!modifier && !attach_names_the_list(st, c, i, j) &&
                 !attach_all_of_kind(st, c, i, j) && !(last == NULL && attach_not_wanted(st, i, j)))
            attach_leftover(st, c, i, j, opened); /* a modifier of nothing ("with bacon") */
        i = j;
    }
    attach_extra_listed(st, c); /* "and an extra patty": a part of the dish before */
}
