/* classify_follow_ups.c — clauses read against those around them (classify.c, reading.h pass
 * 5): asides about food beside a dish, statements that only remark, topics of a question
 * (for someone, a matter added, a dish named alone), and follow-ups right after a question:
 * negated, elliptic, pointing back, "is that possible", and about diets. */
#include <string.h>

#include "gateway/order/classify_internal.h"
#include "gateway/order/pattern_index.h"

/* Is span th the object of a preposition after other words ("the dressing on the chickpea
 * salad", "the sauce in the wrap")? Then it tells which thing is meant, and is not asked
 * for itself. */
static bool classify_governed(const struct order_class_input *in, const struct order_reading *rg,
                              const struct order_clause *cl, const struct order_thing *th)
{
    /* not "with", "for", "of": "go with the crispy chicken", "one of the burgers" order;
     * "about" tells the topic ("worried about the carrot cake") */
    static const char *const preps[] = {"on", "in", "inside", "from", "about"};
    if (!ORDER_CUES_ANY(&rg->cues, "on", "in", "inside", "from", "about"))
        return false;
    size_t p = th->begin;
    if (p > cl->begin && (order_tok_is(in->text, in->tokens, p - 1, cl->end, "the") ||
                          order_tok_is(in->text, in->tokens, p - 1, cl->end, "your") ||
                          order_tok_is(in->text, in->tokens, p - 1, cl->end, "my")))
        p--;
    if (p <= (size_t)cl->begin + 1U)
        return false; /* "with fries" alone opens nothing */
    for (size_t k = 0; k < ORDER_WORDS_N(preps); k++)
        if (order_tok_is(in->text, in->tokens, p - 1, cl->end, preps[k]) &&
            rg->roles[p - 2] != ORDER_ROLE_ITEM && rg->roles[p - 2] != ORDER_ROLE_QTY &&
            rg->roles[p - 2] != ORDER_ROLE_OPENER)
            return true;
    return false;
}

/* Does span th follow the thing before it with only "and", "or", "&", ",", "/" and an
 * article between them? */
static bool classify_joined_to_previous(const struct order_class_input *in,
                                        const struct order_clause *cl, const struct order_thing *th)
{
    size_t p = th->begin;
    if (p > cl->begin && (order_tok_is(in->text, in->tokens, p - 1, cl->end, "the") ||
                          order_tok_is(in->text, in->tokens, p - 1, cl->end, "a") ||
                          order_tok_is(in->text, in->tokens, p - 1, cl->end, "an")))
        p--;
    if (p <= cl->begin)
        return false;
    const struct order_token *t = &in->tokens[p - 1];
    return order_tok_is(in->text, in->tokens, p - 1, cl->end, "and") ||
           order_tok_is(in->text, in->tokens, p - 1, cl->end, "or") ||
           (t->kind == ORDER_TOKEN_PUNCT &&
            (t->punct == ',' || t->punct == '&' || t->punct == '/'));
}

/* "Is everything vegetarian? my husband wants meat", "are the fries vegetarian? parmesan
 * uses rennet": a statement about foods the menu lacks, beside a question, is part of the
 * question, not an order. A dish left to the kitchen's choice ("he wants whatever has the
 * most protein") ranges over the menu: a wish for one of its dishes, asked back, whatever
 * else is asked. */
void classify_food_asides(const struct order_class_input *in, struct order_reading *rg)
{
    bool asks = classify_any_intent(rg, ORDER_INTENT_QUESTION);
    for (size_t c = 0; asks && c < rg->n_clauses; c++) {
        struct order_clause *cl = &rg->clauses[c];
        if (cl->intent != ORDER_INTENT_REQUEST || cl->request_form || cl->has_quantity)
            continue;
        bool spans = false, free_spans = false, governed = false, left_to_us = false;
        for (size_t t = 0; t < rg->n_things; t++) {
            const struct order_thing *th = &rg->things[t];
            left_to_us = left_to_us || (th->clause == c && th->left_to_us);
            if (th->clause != c || !th->is_span)
                continue;
            spans = true;
            /* "about the carrot cake and brownie": a dish joined to a governed one is too */
            governed = classify_governed(in, rg, cl, th) ||
                       (governed && classify_joined_to_previous(in, cl, th));
            free_spans = free_spans || !governed;
        }
        if (!left_to_us &&
            ((!spans && classify_says_something(in, rg, cl)) || (spans && !free_spans)))
            cl->intent = ORDER_INTENT_NONE;
    }
}

/* Is token i a word that says something about a dish beside it: not a name, count,
 * modifier after its lead, food, a word of a list ("and", "with", "for", "just") or of
 * wanting ("want", "maybe", "thinking")? "scares"
 * in "chipotle scares me", "adores" in "my granddaughter adores tofu". */
/* Is token i a word no English word is spelt as that is noise or a misspelt menu word:
 * three letters or fewer ("well tse the chickpea one"), or a few edits from a word of the
 * menu ("a kixz mini burger")? A slip of the keys, no verb of a statement. The menu's words
 * are searched only for a word the dictionary lacks beside a dish, which is rare. */
static bool classify_slip_of_keys(const struct order_class_input *in, size_t i)
{
    enum { NOISE_LETTERS_MAX = 3 };
    const char *w = in->text + in->tokens[i].off;
    size_t len = in->tokens[i].len;
    if (order_dictionary_has(in->lex->dict, w, len))
        return false;
    return len <= NOISE_LETTERS_MAX || order_read_slip_of_menu_word(in->lex, w, len);
}

static bool classify_statement_word(const struct order_understanding *u,
                                    const struct order_class_input *in,
                                    const struct order_reading *rg, const struct order_clause *cl,
                                    size_t i)
{
    static const char *const list_words[] = {
        "and",      "or",    "n",       "plus",  "with",  "w",      "without",  "for",   "to",
        "of",       "on",    "in",      "no",    "extra", "add",    "also",     "too",   "then",
        "just",     "only",  "please",  "pls",   "plz",   "thanks", "thx",      "more",  "x",
        "me",       "us",    "want",    "wants", "wanna", "need",   "needs",    "get",   "have",
        "take",     "grab",  "give",    "try",   "do",    "think",  "thinking", "maybe", "perhaps",
        "probably", "guess", "suppose", "reckon"};
    if (i < cl->begin || i >= cl->end || in->tokens[i].kind != ORDER_TOKEN_WORD ||
        (rg->roles[i] != ORDER_ROLE_NONE && rg->roles[i] != ORDER_ROLE_MODIFIER) ||
        rg->mod_zone[i] || rg->n_hits[i] > 0)
        return false;
    for (size_t k = 0; k < ORDER_WORDS_N(list_words); k++)
        if (order_tok_is(in->text, in->tokens, i, cl->end, list_words[k]))
            return false;
    /* "and like onion rings": "like" with no subject before it is a filler of talk */
    if (order_tok_is(in->text, in->tokens, i, cl->end, "like") && i > cl->begin &&
        (order_tok_is(in->text, in->tokens, i - 1, cl->end, "and") ||
         order_tok_is(in->text, in->tokens, i - 1, cl->end, "or")))
        return false;
    if (order_patterns_longest(&u->sizes, in->text, in->tokens, i, cl->end, NULL) ||
        order_patterns_longest(&u->modifiers, in->text, in->tokens, i, cl->end, NULL))
        return false; /* "large cold brew", "fries extra crispy" */
    if (classify_slip_of_keys(in, i))
        return false;
    return !classify_names_food(in, i, i + 1);
}

/* How many things clause c holds. */
size_t classify_clause_things(const struct order_reading *rg, size_t c)
{
    size_t n = 0;
    for (size_t t = 0; t < rg->n_things; t++)
        n += rg->things[t].clause == c;
    return n;
}

/* Is thing th the subject or object of a statement: a verb of the present right after it
 * (a statement word ending in "s": "the jackfruit burger slaps"; not "med-rare"), or a
 * statement word right before it past its determiner ("my granddaughter adores tofu")? */
static bool classify_in_statement(const struct order_understanding *u,
                                  const struct order_class_input *in,
                                  const struct order_reading *rg, const struct order_clause *cl,
                                  const struct order_thing *th)
{
    static const char *const determiners[] = {"the", "a",    "an",   "my",    "your", "ur",
                                              "our", "that", "this", "these", "those"};
    const struct order_token *next = &in->tokens[th->end];
    if (classify_statement_word(u, in, rg, cl, th->end) && next->len > 2 &&
        in->text[next->off + next->len - 1] == 's')
        return true;
    size_t p = th->begin;
    for (size_t k = 0; p > cl->begin && k < ORDER_WORDS_N(determiners); k++)
        if (order_tok_is(in->text, in->tokens, p - 1, cl->end, determiners[k])) {
            p--;
            break;
        }
    return p > cl->begin && classify_statement_word(u, in, rg, cl, p - 1);
}

/* Does the clause hold a word of politeness ("a classic burger please", "... cheers")? A
 * topic of a question is not asked for politely. */
bool classify_asks_politely(const struct order_class_input *in, const struct order_clause *cl)
{
    static const char *const polite[] = {"please", "pls", "plz", "cheers", "thanks", "thx", "ta"};
    for (size_t i = cl->begin; i < cl->end; i++)
        for (size_t k = 0; k < ORDER_WORDS_N(polite); k++)
            if (order_tok_is(in->text, in->tokens, i, cl->end, polite[k]))
                return true;
    return false;
}

bool classify_request_unmarked(const struct order_class_input *in, const struct order_clause *cl)
{
    return cl->intent == ORDER_INTENT_REQUEST && !cl->request_form && !cl->has_quantity &&
           !classify_asks_politely(in, cl);
}

/* Is the dish of clause cl meant for someone ("quesadilla for my son", "falafel wrap for
 * me")? Naming whom a dish is for asks for it; a topic of a question has no one it is for. */
static bool classify_for_someone(const struct order_class_input *in, const struct order_clause *cl)
{
    static const char *const whom[] = {"me", "us", "him", "her", "them", "my", "our", "his"};
    for (size_t i = cl->begin; i + 1 < cl->end; i++) {
        if (!order_tok_is(in->text, in->tokens, i, cl->end, "for"))
            continue;
        for (size_t k = 0; k < ORDER_WORDS_N(whom); k++)
            if (order_tok_is(in->text, in->tokens, i + 1, cl->end, whom[k]))
                return true;
    }
    return false;
}

/* Does the question at token at of clause q add a matter ("also is it ...", "and does it
 * ...", "btw which ...")? Then what came before was a matter of its own. */
static bool classify_adds(const struct order_class_input *in, const struct order_clause *q,
                          size_t at)
{
    static const char *const adding[] = {"also", "and", "btw", "plus", "oh"};
    for (size_t k = 0; k < ORDER_WORDS_N(adding); k++)
        if (order_tok_is(in->text, in->tokens, at, q->end, adding[k]))
            return true;
    return false;
}

/* Does clause c name a dish, then a change of it ("al pastor taco, no pineapple", "a veggie
 * bowl, extra rice")? A topic of a question is named as the menu has it; taking a part off
 * or adding more says how the customer wants theirs. A change left open by "or" ("without
 * bbq sauce or is it pre-glazed?") is asked about. */
static bool classify_dish_changed(const struct order_class_input *in,
                                  const struct order_reading *rg, size_t c)
{
    static const char *const changes[] = {"no", "without", "extra", "hold"};
    const struct order_clause *cl = &rg->clauses[c];
    for (size_t t = 0; t < rg->n_things; t++) {
        const struct order_thing *th = &rg->things[t];
        if (th->clause != c || !th->is_span || th->mods.n == 0)
            continue;
        bool change = false;
        for (size_t i = th->end; i < cl->end; i++) {
            if (order_tok_is(in->text, in->tokens, i, cl->end, "or"))
                return false;
            change = change || order_tok_in(in->text, in->tokens, i, cl->end, changes,
                                            ORDER_WORDS_N(changes));
        }
        if (change)
            return true;
    }
    return false;
}

/* Is clause cl "the", then a dish's name and nothing else but the punctuation closing it? */
static bool classify_the_dish_alone(const struct order_class_input *in,
                                    const struct order_reading *rg, const struct order_clause *cl)
{
    if (!order_tok_is(in->text, in->tokens, cl->begin, cl->end, "the"))
        return false;
    bool dish = false;
    for (size_t i = cl->begin + 1U; i < cl->end; i++) {
        if (in->tokens[i].kind != ORDER_TOKEN_WORD)
            continue;
        if (rg->roles[i] != ORDER_ROLE_ITEM)
            return false;
        dish = true;
    }
    return dish;
}

/* Does clause cl only check what came before: "possible?", "is that possible", "would it be
 * doable", the customer's own hesitation ("is that weird", "is this strange") and, where
 * permission counts, "is that ok"? Such a check on a dish (often one with a change: "the
 * burger without the sauce?? is that weird") asks nothing about the dish itself. Asking for
 * permission ("ok", "fine", "alright") still asks the restaurant something; a hesitation
 * asks nothing of it. Said alone ("ok", "fine") those words agree rather than ask, so they
 * need "is that" / "is it". */
static bool classify_checks_request(const struct order_class_input *in,
                                    const struct order_reading *rg, const struct order_clause *cl,
                                    bool permission)
{
    /* "or is that weird lol": a join and a laugh say no more */
    static const char *const words[] = {"is",       "that",   "this", "it",  "would", "be",
                                        "possible", "doable", "or",   "lol", "haha",  "lmao"};
    static const char *const hesitant[] = {"weird", "strange", "odd", "crazy"};
    static const char *const permitted[] = {"ok", "okay", "fine", "alright"};
    static const char *const pointers[] = {"that", "this", "it"};
    /* "possible", "doable", hesitant, permitted */
    if (!ORDER_CUES_ANY(&rg->cues, "possible", "doable", "weird", "strange", "odd", "crazy", "ok",
                        "okay", "fine", "alright"))
        return false;
    bool possible = false, judge = false, is = false, pointer = false, other = false;
    for (size_t i = cl->begin; i < cl->end && !other; i++) {
        if (in->tokens[i].kind != ORDER_TOKEN_WORD || rg->roles[i] == ORDER_ROLE_GREETING)
            continue;
        bool judges =
            order_tok_in(in->text, in->tokens, i, cl->end, hesitant, ORDER_WORDS_N(hesitant)) ||
            (permission &&
             order_tok_in(in->text, in->tokens, i, cl->end, permitted, ORDER_WORDS_N(permitted)));
        judge = judge || judges;
        possible = possible || order_tok_is(in->text, in->tokens, i, cl->end, "possible") ||
                   order_tok_is(in->text, in->tokens, i, cl->end, "doable");
        is = is || order_tok_is(in->text, in->tokens, i, cl->end, "is");
        pointer = pointer ||
                  order_tok_in(in->text, in->tokens, i, cl->end, pointers, ORDER_WORDS_N(pointers));
        other =
            !judges && !order_tok_in(in->text, in->tokens, i, cl->end, words, ORDER_WORDS_N(words));
    }
    return !other && (possible || (judge && is && pointer));
}

/* Does clause c open with "and" or "plus" after a request earlier in the message ("one baja
 * fish taco ... and a tres leches — is that made w pasteurized milk?")? The dish is one more
 * asked for, then asked about. */
static bool classify_added_to_request(const struct order_class_input *in,
                                      const struct order_reading *rg, size_t c)
{
    const struct order_clause *cl = &rg->clauses[c];
    if (!order_tok_is(in->text, in->tokens, cl->begin, cl->end, "and") &&
        !order_tok_is(in->text, in->tokens, cl->begin, cl->end, "plus"))
        return false;
    for (size_t k = 0; k < c; k++)
        if (rg->clauses[k].intent == ORDER_INTENT_REQUEST)
            return true;
    return false;
}

/* A dish named alone, then asked about ("sparkling water - is it a bottle or a glass?",
 * "halloumi burger vs portobello, which is more filling?"), is the topic of the question,
 * not an order of it. */
void classify_topics(const struct order_understanding *u, const struct order_class_input *in,
                     struct order_reading *rg)
{
    static const char *const pronoun_questions[] = {"is it",   "does it", "are they", "do they",
                                                    "is that", "which",   "which one"};
    /* the first words of pronoun_questions, "the" of a dish alone, a verb of having, "vs" */
    if (!ORDER_CUES_ANY(&rg->cues, "is", "does", "are", "do", "which", "the", "have", "got", "sell",
                        "serve", "stock", "carry", "vs", "versus"))
        return;
    for (size_t c = 0; c + 1 < rg->n_clauses; c++) {
        struct order_clause *cl = &rg->clauses[c], *next = &rg->clauses[c + 1];
        /* "vanilla oat shake — is it actually thick or kinda watery?": a question asked of
         * "it" right after a dish, however plain its words, asks about that dish when both are
         * one sentence and the question holds no cue of another matter */
        const struct order_token *last = &in->tokens[cl->end - 1];
        bool one_sentence = last->kind != ORDER_TOKEN_PUNCT ||
                            (last->punct != '.' && last->punct != '!' && last->punct != '\n');
        bool asked = next->intent == ORDER_INTENT_QUESTION ||
                     (next->intent == ORDER_INTENT_OTHER && next->question_form && one_sentence &&
                      classify_no_other_cue(u, in, rg, next->begin, next->end));
        if (cl->intent != ORDER_INTENT_REQUEST || cl->request_form || cl->has_quantity || !asked)
            continue;
        size_t at = next->begin;
        while (at < next->end && rg->roles[at] == ORDER_ROLE_GREETING)
            at++;
        if (classify_asks_politely(in, cl) || classify_for_someone(in, cl) ||
            classify_dish_changed(in, rg, c) || classify_adds(in, next, at) ||
            classify_colon_list(in, rg, c) || classify_checks_request(in, rg, next, true) ||
            classify_measured_after(in, rg, cl) || classify_added_to_request(in, rg, c))
            continue; /* "a classic burger please. also is it dairy free?": ordered, then asked;
                       * so is a list after a colon ("here goes: A, B and C. is that all …");
                       * "is that ok" only checks the request may be made, it is no topic */
        bool about = false;
        for (size_t k = 0; k < ORDER_WORDS_N(pronoun_questions); k++) {
            const char *q = pronoun_questions[k], *sp = strchr(q, ' ');
            if (!sp) {
                about = about || order_tok_is(in->text, in->tokens, at, next->end, q);
                continue;
            }
            char first[8];
            memcpy(first, q, (size_t)(sp - q));
            first[sp - q] = '\0';
            about = about || (order_tok_is(in->text, in->tokens, at, next->end, first) &&
                              order_tok_is(in->text, in->tokens, at + 1, next->end, sp + 1));
        }
        /* "the quesabirria — is the consome made from ...?": "the" and a dish alone, set off
         * by a dash, head the question after it, whatever its subject ("large cold brew -
         * how big is ...", "falafel wrap for me — is ..." order it) */
        about =
            about || (last->kind == ORDER_TOKEN_PUNCT && last->punct == '-' &&
                      next->intent == ORDER_INTENT_QUESTION && classify_the_dish_alone(in, rg, cl));
        /* "pumpkin spice latte - do you have it?", "... pls tell me u have it": a question
         * whether the restaurant has "it" asks about the dish named alone before it */
        static const char *const having[] = {"have", "got", "sell", "serve", "stock", "carry"};
        static const char *const it[] = {"it", "them", "those", "that", "em"};
        for (size_t i = at; i + 1U < next->end && !about && next->intent == ORDER_INTENT_QUESTION;
             i++)
            about =
                order_tok_in(in->text, in->tokens, i, next->end, having, ORDER_WORDS_N(having)) &&
                order_tok_in(in->text, in->tokens, i + 1U, next->end, it, ORDER_WORDS_N(it));
        for (size_t i = cl->begin; i < cl->end && !about; i++)
            about = order_tok_is(in->text, in->tokens, i, cl->end, "vs") ||
                    order_tok_is(in->text, in->tokens, i, cl->end, "versus");
        if (about)
            cl->intent = next->intent = ORDER_INTENT_QUESTION;
    }
}

/* Does clause c ask for "that" / "it" / "this" right after its request opener ("ill have
 * that", "can i get it w extra cheese and fries")? It takes the dish named before. */
static bool classify_takes_pointed(const struct order_class_input *in,
                                   const struct order_reading *rg, size_t c)
{
    static const char *const pointing[] = {"that", "it", "this"};
    if (!ORDER_CUES_ANY(&rg->cues, "that", "it", "this"))
        return false;
    const struct order_clause *cl = &rg->clauses[c];
    if (!cl->request_form)
        return false;
    for (size_t i = cl->begin + 1U; i < cl->end; i++)
        if (rg->roles[i - 1U] == ORDER_ROLE_OPENER && rg->roles[i] != ORDER_ROLE_OPENER)
            return order_tok_in(in->text, in->tokens, i, cl->end, pointing,
                                ORDER_WORDS_N(pointing));
    return false;
}

/* "what wraps come with hummus? the falafel?", "are your fries gluten free? sweet potato and
 * normal": dishes named bare right after a question about their kind (no opener, count or
 * word of politeness) narrow the question, they order nothing. Each must be one of the
 * items a span of the question fits, and the question must name a kind (a span several
 * items fit). Not when the clause after takes them ("... the jackfruit? ill have that"). */
void classify_follow_ups(const struct order_class_input *in, struct order_reading *rg)
{
    for (size_t c = 1; c < rg->n_clauses; c++) {
        struct order_clause *cl = &rg->clauses[c];
        const struct order_clause *q = &rg->clauses[c - 1];
        if (!classify_request_unmarked(in, cl) || q->intent != ORDER_INTENT_QUESTION)
            continue;
        bool any = false, all = true;
        for (size_t t = 0; t < rg->n_things && all; t++) {
            const struct order_thing *th = &rg->things[t];
            if (th->clause != c)
                continue;
            bool fits = false;
            for (size_t k = 0; k < rg->n_things && !fits; k++) {
                const struct order_thing *kind = &rg->things[k];
                if (kind->clause != c - 1 || !kind->is_span ||
                    order_item_set_count(&kind->candidates) < 2)
                    continue; /* "are your fries ...": the fries read as one, yet a kind */
                if (th->is_span && th->item >= 0) {
                    fits = order_item_set_has(&kind->candidates, (size_t)th->item);
                } else if (th->is_span) {
                    struct order_item_set both = th->candidates;
                    order_item_set_and(&both, &kind->candidates);
                    fits = order_item_set_count(&both) > 0;
                }
            }
            any = true;
            all = fits;
        }
        if (any && all && !(c + 1U < rg->n_clauses && classify_takes_pointed(in, rg, c + 1U)))
            cl->intent = ORDER_INTENT_QUESTION;
    }
}

/* Is clause c (c > 0) read as a request right after a question, with no opener and no count
 * of its own: a follow-up that may only say what the question meant? */
static bool classify_bare_after_question(const struct order_reading *rg, size_t c)
{
    const struct order_clause *cl = &rg->clauses[c];
    return cl->intent == ORDER_INTENT_REQUEST &&
           rg->clauses[c - 1].intent == ORDER_INTENT_QUESTION && !cl->request_form &&
           !cl->has_quantity;
}

/* "do u have anything without pork? not just the veggie stuff": right after a question, a
 * clause opening with "not" (no opener, no count) says what the question does not mean; it
 * orders nothing. One opening with "like" and what a dish is made with ("do you do vegan
 * bowls? like without the cheese") gives an example of what it means: no order either; so
 * does one opening with "like" that offers things joined by "or" (classify_examples_offered). */
void classify_negated_follow_ups(const struct order_class_input *in, struct order_reading *rg)
{
    static const char *const made[] = {"with", "without", "w", "in", "on"};
    /* "like" opens classify_examples_offered's examples too */
    if (!ORDER_CUES_ANY(&rg->cues, "not", "like"))
        return;
    for (size_t c = 1; c < rg->n_clauses; c++) {
        struct order_clause *cl = &rg->clauses[c];
        if (!classify_bare_after_question(rg, c))
            continue;
        size_t at = cl->begin;
        while (at < cl->end && in->tokens[at].kind != ORDER_TOKEN_WORD)
            at++;
        if (order_tok_is(in->text, in->tokens, at, cl->end, "not") ||
            (order_tok_is(in->text, in->tokens, at, cl->end, "like") &&
             order_tok_in(in->text, in->tokens, at + 1U, cl->end, made, ORDER_WORDS_N(made))) ||
            classify_examples_offered(in, cl, at)) /* "like churros or a small flan" */
            cl->intent = ORDER_INTENT_QUESTION;
    }
}

/* Does clause cl open with the other branch of a condition ("if not", "if no", "otherwise",
 * "else")? What it names is the choice made should the question's answer be no ("do you do
 * sushi? if not the teriyaki bowl is fine"): asked for, not talked about. */
static bool classify_alternative_opens(const struct order_class_input *in,
                                       const struct order_clause *cl)
{
    size_t at = cl->begin;
    while (at < cl->end && in->tokens[at].kind != ORDER_TOKEN_WORD)
        at++;
    if (order_tok_is(in->text, in->tokens, at, cl->end, "otherwise") ||
        order_tok_is(in->text, in->tokens, at, cl->end, "else"))
        return true;
    return order_tok_is(in->text, in->tokens, at, cl->end, "if") &&
           (order_tok_is(in->text, in->tokens, at + 1, cl->end, "not") ||
            order_tok_is(in->text, in->tokens, at + 1, cl->end, "no") ||
            order_tok_is(in->text, in->tokens, at + 1, cl->end, "nope"));
}

/* "is the flan gluten-free? and the tres leches?": right after a question, a clause of
 * dishes alone, asked with a '?' and at most a word that joins ("and", "or", "also",
 * "plus") before them, asks the same of those dishes; it orders nothing.Not when the
 * clause after it takes it ("which one is spicy? the jackfruit? ill have that"): the dish
 * answered the question and is asked for. */
void classify_elliptic_questions(const struct order_class_input *in, struct order_reading *rg)
{
    static const char *const joins[] = {"and", "or", "also", "plus", "n"};
    for (size_t c = 1; c < rg->n_clauses; c++) {
        struct order_clause *cl = &rg->clauses[c];
        const struct order_clause *q = &rg->clauses[c - 1];
        const struct order_token *last = &in->tokens[cl->end - 1];
        if (!classify_request_unmarked(in, cl) || q->intent != ORDER_INTENT_QUESTION ||
            last->kind != ORDER_TOKEN_PUNCT || last->punct != '?')
            continue;
        bool bare = true;
        for (size_t i = cl->begin; i < cl->end && bare; i++) {
            if (in->tokens[i].kind != ORDER_TOKEN_WORD || rg->roles[i] == ORDER_ROLE_ITEM ||
                rg->roles[i] == ORDER_ROLE_GREETING)
                continue;
            bool join = i == cl->begin &&
                        order_tok_in(in->text, in->tokens, i, cl->end, joins, ORDER_WORDS_N(joins));
            bare = join || order_tok_is(in->text, in->tokens, i, cl->end, "the");
        }
        bool spans = false;
        for (size_t t = 0; t < rg->n_things && bare; t++)
            if (rg->things[t].clause == c) {
                spans = rg->things[t].is_span;
                bare = spans;
            }
        if (bare && spans && !(c + 1U < rg->n_clauses && classify_takes_pointed(in, rg, c + 1U)))
            cl->intent = ORDER_INTENT_QUESTION;
    }
}

/* "what's the vegan mayo made of? the one on the green garden burger": right after a question,
 * a clause that opens by pointing at a thing ("the one", "that stuff") and says where it is
 * ("on", "in", "with", "from" a dish) says what the question is about; it orders nothing. */
void classify_pointer_follow_ups(const struct order_class_input *in, struct order_reading *rg)
{
    static const char *const pointing[] = {"the", "that", "this"};
    static const char *const pointers[] = {"one", "ones", "thing", "stuff", "sauce"};
    static const char *const wheres[] = {"on", "in", "with", "from", "inside", "that", "which"};
    if (!ORDER_CUES_ANY(&rg->cues, "one", "ones", "thing", "stuff", "sauce") ||
        !ORDER_CUES_ANY(&rg->cues, "on", "in", "with", "from", "inside", "that", "which"))
        return;
    for (size_t c = 1; c < rg->n_clauses; c++) {
        struct order_clause *cl = &rg->clauses[c];
        const struct order_clause *q = &rg->clauses[c - 1];
        if (cl->intent != ORDER_INTENT_REQUEST || q->intent != ORDER_INTENT_QUESTION ||
            cl->request_form || classify_asks_politely(in, cl))
            continue; /* "one" of "the one" may read as a count */
        size_t i = cl->begin;
        while (i < cl->end && in->tokens[i].kind != ORDER_TOKEN_WORD)
            i++;
        if (order_tok_in(in->text, in->tokens, i, cl->end, pointing, ORDER_WORDS_N(pointing)) &&
            order_tok_in(in->text, in->tokens, i + 1, cl->end, pointers, ORDER_WORDS_N(pointers)) &&
            rg->roles[i + 1] != ORDER_ROLE_ITEM &&
            order_tok_in(in->text, in->tokens, i + 2, cl->end, wheres, ORDER_WORDS_N(wheres)))
            cl->intent = ORDER_INTENT_QUESTION;
    }
}

/* Does clause cl praise what it names, no word before the praise denying ("the flan is
 * amazing", "the horchata is so good", not "the tacos are not great")? */
bool classify_praises(const struct order_class_input *in, const struct order_clause *cl)
{
    static const char *const praise[] = {"amazing", "good",    "great", "delicious",  "fire",
                                         "awesome", "perfect", "tasty", "incredible", "unreal",
                                         "bomb",    "best",    "yummy", "lovely"};
    static const char *const denials[] = {"not", "never", "isnt", "arent", "no", "too"};
    bool praised = false;
    for (size_t i = cl->begin; i < cl->end; i++) {
        /* "not great", "too good to be true"; after the praise, "no exaggeration" or "no
         * joke" only vouches for it */
        if (!praised &&
            order_tok_in(in->text, in->tokens, i, cl->end, denials, ORDER_WORDS_N(denials)))
            return false;
        praised = praised ||
                  order_tok_in(in->text, in->tokens, i, cl->end, praise, ORDER_WORDS_N(praise));
    }
    return praised;
}

/* "is the black bean burger spicy? chipotle scares me a bit", "ngl the jackfruit burger
 * slaps. best thing on the menu": beside a question or another matter, a clause that only
 * says something about the dishes it names (no opener, count or politeness) orders nothing. */
void classify_statement_asides(const struct order_understanding *u,
                               const struct order_class_input *in, struct order_reading *rg)
{
    bool beside = false;
    for (size_t c = 0; c < rg->n_clauses; c++)
        beside = beside || rg->clauses[c].intent == ORDER_INTENT_QUESTION ||
                 rg->clauses[c].intent == ORDER_INTENT_OTHER;
    for (size_t c = 0; beside && c < rg->n_clauses; c++) {
        struct order_clause *cl = &rg->clauses[c];
        if (!classify_request_unmarked(in, cl) || classify_alternative_opens(in, cl))
            continue;
        bool all = classify_clause_things(rg, c) > 0;
        for (size_t t = 0; t < rg->n_things && all; t++)
            all = rg->things[t].clause != c || classify_in_statement(u, in, rg, cl, &rg->things[t]);
        /* "been craving oaxacan food": a clause opening with "been" (its "I've" dropped)
         * tells what the customer has been doing, it asks for nothing */
        if (all || order_tok_is(in->text, in->tokens, cl->begin, cl->end, "been"))
            cl->intent = ORDER_INTENT_NONE;
    }
    /* "omg the mango smoothie is sooo good. is it actually dairy free?": a remark in the
     * present on a dish, right before a question asked of "it" or "they", is the question's
     * topic, no matter of its own; praise of the dish ("the flan is amazing, do you sell the
     * caramel?") is chit-chat before any question about the menu */
    static const char *const pronoun_asks[] = {"is", "does", "are", "do"};
    static const char *const pronouns[] = {"it", "they"};
    static const char *const being[] = {"is", "are", "s"}; /* "the smoothie is so good" */
    for (size_t c = 0; c + 1U < rg->n_clauses; c++) {
        struct order_clause *cl = &rg->clauses[c];
        const struct order_clause *next = &rg->clauses[c + 1U];
        if (cl->intent != ORDER_INTENT_OTHER || cl->question_form ||
            next->intent != ORDER_INTENT_QUESTION ||
            !((order_tok_in(in->text, in->tokens, next->begin, next->end, pronoun_asks,
                            ORDER_WORDS_N(pronoun_asks)) &&
               order_tok_in(in->text, in->tokens, next->begin + 1U, next->end, pronouns,
                            ORDER_WORDS_N(pronouns))) ||
              classify_praises(in, cl)))
            continue;
        bool all = classify_clause_things(rg, c) > 0;
        for (size_t t = 0; t < rg->n_things && all; t++) {
            const struct order_thing *th = &rg->things[t];
            all = th->clause != c || (th->is_span && !th->past && !th->reference &&
                                      (classify_in_statement(u, in, rg, cl, th) ||
                                       order_tok_in(in->text, in->tokens, th->end, cl->end, being,
                                                    ORDER_WORDS_N(being))));
        }
        if (all)
            cl->intent = ORDER_INTENT_NONE;
    }
}

/* Is clause cl "can you do that?" and no more ("could u guys do this for us"): the customer
 * asks whether the place can make what came before. */
static bool classify_can_do_that(const struct order_class_input *in, const struct order_reading *rg,
                                 const struct order_clause *cl)
{
    static const char *const modals[] = {"can", "could", "will", "would"};
    static const char *const yous[] = {"you", "u", "ya", "yall"};
    static const char *const pointers[] = {"that", "this", "it"};
    static const char *const closing[] = {"for", "me", "us", "then", "by", "lol", "please", "pls"};
    if (!ORDER_CUES_ANY(&rg->cues, "do") ||
        !ORDER_CUES_ANY(&rg->cues, "can", "could", "will", "would") ||
        !ORDER_CUES_ANY(&rg->cues, "you", "u", "ya", "yall") ||
        !ORDER_CUES_ANY(&rg->cues, "that", "this", "it"))
        return false;
    size_t i = cl->begin;
    while (i < cl->end && rg->roles[i] == ORDER_ROLE_GREETING)
        i++;
    if (!order_tok_in(in->text, in->tokens, i, cl->end, modals, ORDER_WORDS_N(modals)) ||
        !order_tok_in(in->text, in->tokens, i + 1U, cl->end, yous, ORDER_WORDS_N(yous)))
        return false;
    i += 2U;
    i += order_tok_is(in->text, in->tokens, i, cl->end, "guys");
    if (!order_tok_is(in->text, in->tokens, i, cl->end, "do") ||
        !order_tok_in(in->text, in->tokens, i + 1U, cl->end, pointers, ORDER_WORDS_N(pointers)))
        return false;
    for (i += 2U; i < cl->end; i++)
        if (in->tokens[i].kind == ORDER_TOKEN_WORD &&
            !order_tok_in(in->text, in->tokens, i, cl->end, closing, ORDER_WORDS_N(closing)))
            return false;
    return true;
}

/* "the burger with mushroom, no onion. possible?", "..., is that possible?": a clause that
 * only asks whether what came before can be done adds no matter of its own; what came
 * before is read as if said alone. After a request that stands on its own (an opener or a
 * count: "2 dozen cookies for friday, is that doable?") the request needs no help to be an
 * order, and asking whether the restaurant can do it is a question put to it. */
void classify_asks_if_possible(const struct order_class_input *in, struct order_reading *rg)
{
    /* "do" of classify_can_do_that; "possible", "doable" or a hesitation of
     * classify_checks_request, which asks no permission here */
    if (!ORDER_CUES_ANY(&rg->cues, "do", "possible", "doable", "weird", "strange", "odd", "crazy"))
        return;
    for (size_t c = 1; c < rg->n_clauses; c++) {
        struct order_clause *cl = &rg->clauses[c];
        const struct order_clause *before = &rg->clauses[c - 1U];
        bool stands = before->intent == ORDER_INTENT_REQUEST &&
                      (before->request_form || before->has_quantity);
        /* "need 30 tacos for a party saturday. can you do that?": asked whether the place
         * can make an order that stands on its own, whatever the day or occasion said */
        if (cl->question_form && stands && classify_can_do_that(in, rg, cl)) {
            cl->intent = ORDER_INTENT_QUESTION;
            continue;
        }
        if (!classify_checks_request(in, rg, cl, false))
            continue;
        bool asked = false;
        for (size_t i = cl->begin; i < cl->end && !asked; i++)
            asked = order_tok_is(in->text, in->tokens, i, cl->end, "possible") ||
                    order_tok_is(in->text, in->tokens, i, cl->end, "doable");
        cl->intent = asked && stands ? ORDER_INTENT_QUESTION : ORDER_INTENT_NONE;
    }
}

/* "which burgers are vegan? not vegetarian, VEGAN": right after a question, a clause of
 * diets alone (with "not", "only", "strictly" ...) says which diet the question means; it
 * orders nothing. */
void classify_diet_follow_ups(const struct order_understanding *u,
                              const struct order_class_input *in, struct order_reading *rg)
{
    static const char *const joins[] = {"not", "no",   "but",      "only",  "just",
                                        "and", "or",   "strictly", "fully", "actually",
                                        "i",   "mean", "like"};
    for (size_t c = 1; c < rg->n_clauses; c++) {
        struct order_clause *cl = &rg->clauses[c];
        if (!classify_bare_after_question(rg, c))
            continue;
        bool diet = false, other = false;
        for (size_t i = cl->begin; i < cl->end && !other;) {
            if (in->tokens[i].kind != ORDER_TOKEN_WORD) {
                i++;
                continue;
            }
            size_t k =
                order_patterns_longest(&u->diet_cues, in->text, in->tokens, i, cl->end, NULL);
            if (k > 0) {
                diet = true;
                i += k;
                continue;
            }
            other = !order_tok_in(in->text, in->tokens, i, cl->end, joins, ORDER_WORDS_N(joins));
            i++;
        }
        if (diet && !other)
            cl->intent = ORDER_INTENT_QUESTION;
    }
}
