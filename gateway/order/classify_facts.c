/* classify_facts.c — the facts of one clause (classify.c, reading.h pass 5): whether it
 * names menu words, a dish described or coined, or food; a question inside it, and what a
 * question asks about (the menu or another matter, by cues, prototypes and evidence);
 * whether it says something with a verb of its own or speaks of the past. */
#include <stdio.h>
#include <string.h>

#include "gateway/order/classify_internal.h"
#include "gateway/order/pattern_index.h"

/* Does [b, e) name a menu section or a diet ("desserts", "vegan")? */
bool classify_menu_words(const struct order_understanding *u, const char *text,
                         const struct order_token *tokens, size_t b, size_t e)
{
    for (size_t i = b; i < e; i++)
        if (order_patterns_longest(&u->section_cues, text, tokens, i, e, NULL) ||
            order_patterns_longest(&u->diet_cues, text, tokens, i, e, NULL))
            return true;
    return false;
}

/* Does "whether" at w ask if the order came through: "you" and a verb of getting after it
 * ("confirm whether you got this", "whether u received my order")? That asks to be told the
 * order was received, as "confirm if you got this" does: it closes an order, no question. */
static bool classify_receipt_asked(const char *text, const struct order_token *tokens, size_t w,
                                   size_t e)
{
    static const char *const you[] = {"you", "u", "ya", "youve"};
    static const char *const got[] = {"got", "gotten", "received"};
    size_t v = w + 2U;
    if (order_tok_is(text, tokens, v, e, "have"))
        v++; /* "whether you have received" */
    return order_tok_in(text, tokens, w + 1U, e, you, ORDER_WORDS_N(you)) &&
           order_tok_in(text, tokens, v, e, got, ORDER_WORDS_N(got));
}

/* Does a verb asking to be told, then "whether", start at i ("kindly advise whether", "please
 * confirm whether", "advise us if")? It asks a question as "tell me whether" does. "if" only
 * after "advise": "confirm if you got this" closes many an order. */
static bool classify_advise_whether(const char *text, const struct order_token *tokens, size_t i,
                                    size_t e)
{
    static const char *const telling[] = {"advise", "confirm", "clarify", "inform"};
    if (!order_tok_in(text, tokens, i, e, telling, ORDER_WORDS_N(telling)))
        return false;
    size_t w = i + 1U;
    if (order_tok_is(text, tokens, w, e, "me") || order_tok_is(text, tokens, w, e, "us"))
        w++;
    if (order_tok_is(text, tokens, w, e, "if"))
        return order_tok_is(text, tokens, i, e, "advise");
    return order_tok_is(text, tokens, w, e, "whether") &&
           !classify_receipt_asked(text, tokens, w, e);
}

/* Does a condition with a negated verb stand right before i ("if u dont | have any", "if
 * you do not | have any")? "have any" then tells what would be lacking and asks nothing:
 * "carrot cake pls, if u dont have any then the brownie". Without "if" ("you dont have any
 * shakes left?") it may still ask. */
static bool classify_denied_before(const char *text, const struct order_token *tokens, size_t b,
                                   size_t i, size_t e)
{
    enum { CONDITION_WORDS_MAX = 4 };
    static const char *const denials[] = {"dont", "doesnt", "didnt", "havent", "not", "cant"};
    if (i <= b || !order_tok_in(text, tokens, i - 1U, e, denials, ORDER_WORDS_N(denials)))
        return false;
    for (size_t p = i - 1U; p-- > b && p + CONDITION_WORDS_MAX >= i;)
        if (order_tok_is(text, tokens, p, e, "if"))
            return true;
    return false;
}

/* Does "or no" at i close [i, e) ("pickles or no", "... or no?")? It asks whether, as the
 * understanding's "or not" does; "onions or no onions" goes on and offers a choice. */
static bool classify_or_no_closes(const char *text, const struct order_token *tokens, size_t i,
                                  size_t e)
{
    if (!order_tok_is(text, tokens, i, e, "or") || !order_tok_is(text, tokens, i + 1U, e, "no"))
        return false;
    for (size_t p = i + 2U; p < e; p++)
        if (tokens[p].kind != ORDER_TOKEN_PUNCT)
            return false;
    return true;
}

bool classify_question_inside(const struct order_understanding *u, const char *text,
                              const struct order_token *tokens, const uint8_t *roles, size_t b,
                              size_t e)
{
    for (size_t i = b; i < e; i++)
        if ((!roles || roles[i] != ORDER_ROLE_FILLER) &&
            ((order_patterns_longest(&u->question_anywhere, text, tokens, i, e, NULL) > 0 &&
              !classify_denied_before(text, tokens, b, i, e)) ||
             classify_advise_whether(text, tokens, i, e) ||
             classify_or_no_closes(text, tokens, i, e)))
            return true;
    return false;
}

/* Is leftover th, uncounted, led by a word of wishing ("happy new year", "merry christmas",
 * "happy cinco de mayo")? It wishes well for an occasion, however foreign its words; it
 * names no dish. */
static bool classify_wishes_occasion(const struct order_class_input *in,
                                     const struct order_thing *th)
{
    static const char *const wishes[] = {"happy", "merry"};
    return !th->is_span && !th->qty_explicit &&
           order_tok_in(in->text, in->tokens, th->begin, th->end, wishes, ORDER_WORDS_N(wishes));
}

/* Is thing th, fitting no single item, made only of words that never name a dish ("~50
 * ppl", "4 people"), however near a menu word they are spelt? ("those" that points back to
 * a dish is that dish.) */
static bool classify_not_dish(const struct order_understanding *u,
                              const struct order_class_input *in, const struct order_thing *th)
{
    if (th->is_span && (th->item >= 0 || th->points_back))
        return false;
    if (classify_wishes_occasion(in, th))
        return true; /* "happy cinco de mayo" */
    bool any = false;
    for (size_t i = th->begin; i < th->end; i++) {
        if (in->tokens[i].kind != ORDER_TOKEN_WORD)
            continue;
        size_t k =
            order_patterns_longest(&u->not_dish_words, in->text, in->tokens, i, th->end, NULL);
        if (k == 0)
            return false;
        any = true;
        i += k - 1;
    }
    return any;
}

void classify_facts(const struct order_understanding *u, const struct order_class_input *in,
                    const struct order_reading *rg, size_t c, struct classify_clause_facts *f)
{
    memset(f, 0, sizeof(*f));
    for (size_t t = 0; t < rg->n_things; t++) {
        if (classify_not_dish(u, in, &rg->things[t]))
            continue;
        /* a dish the menu lacks is still about food: "do y'all have tacos?" */
        f->message_menu = f->message_menu || rg->things[t].is_span ||
                          rg->things[t].leftover_kind == ORDER_LEFTOVER_FOOD;
        if (rg->things[t].clause != c || !in->thing_real[t])
            continue;
        f->things++;
        f->spans += rg->things[t].is_span;
    }
    for (size_t i = 0; i < in->n_tokens && !f->message_menu; i++)
        f->message_menu = rg->n_hits[i] > 0; /* "anything with halloumi?" */
    f->message_menu =
        f->message_menu || classify_menu_words(u, in->text, in->tokens, 0, in->n_tokens);
}

/* Does [b, e) name a food or drink, on the menu or not ("is there msg in the marinade?")? */
/* Does [b, e) hold a word no dictionary knows that a dish's description holds ("what's
 * consomé", "what is cotija")? It names something of the menu's. */
static bool classify_names_described(const struct order_class_input *in, size_t b, size_t e)
{
    enum { DESCRIBED_LETTERS_MIN = 4 };
    if (!in->lex)
        return false;
    for (size_t i = b; i < e; i++) {
        const struct order_token *t = &in->tokens[i];
        const char *w = in->text + t->off;
        size_t len = t->len;
        if (t->kind != ORDER_TOKEN_WORD || len < DESCRIBED_LETTERS_MIN ||
            order_dictionary_has(in->lex->dict, w, len))
            continue;
        for (size_t item = 0; item < in->lex->menu->count; item++)
            if (order_lexicon_item_mentions(in->lex, (int32_t)item, &w, &len, 1) == 1)
                return true;
    }
    return false;
}

/* Does the question [b, e) ask for a dish by a word of its own cuisine: "have", "got",
 * "sell", "serve" or "make", then at most an article, then a word of four letters or more
 * that no dictionary knows nor is near a menu word, ending the phrase ("do you have menudo
 * on weekends?", "do u guys sell pozole")? The food lexicon does not hold such dishes. */
static bool classify_names_coined_dish(const struct order_class_input *in, size_t b, size_t e)
{
    enum { COINED_LETTERS_MIN = 4 };
    static const char *const verbs[] = {"have", "got", "sell", "serve", "make"};
    static const char *const articles[] = {"a", "an", "any", "some", "the"};
    if (!in->lex)
        return false;
    size_t words = 0, only = b;
    for (size_t i = b; i < e; i++)
        if (in->tokens[i].kind == ORDER_TOKEN_WORD) {
            words++;
            only = i;
        }
    for (size_t i = b; i + 1 < e || (words == 1 && i < e); i++) {
        /* "tortas?": the word alone asks whether there are any */
        bool alone = words == 1 && i == only;
        if (!alone && !order_tok_in(in->text, in->tokens, i, e, verbs, ORDER_WORDS_N(verbs)))
            continue;
        size_t w = alone ? i : i + 1;
        if (order_tok_in(in->text, in->tokens, w, e, articles, ORDER_WORDS_N(articles)))
            w++;
        if (w >= e || in->tokens[w].kind != ORDER_TOKEN_WORD)
            continue;
        const char *word = in->text + in->tokens[w].off;
        size_t len = in->tokens[w].len;
        bool letters = len >= COINED_LETTERS_MIN;
        size_t vowels = 0;
        for (size_t k = 0; k < len && letters; k++) {
            letters = word[k] >= 'a' && word[k] <= 'z' &&
                      !(k >= 2 && word[k] == word[k - 1] && word[k] == word[k - 2]);
            vowels += strchr("aeiou", word[k]) != NULL;
        }
        letters = letters && vowels >= 2; /* "hmmm", "brrr": sounds, no dish */
        bool ends = w + 1 >= e || in->tokens[w + 1].kind != ORDER_TOKEN_WORD ||
                    order_tok_is(in->text, in->tokens, w + 1, e, "on") ||
                    order_tok_is(in->text, in->tokens, w + 1, e, "today") ||
                    order_tok_is(in->text, in->tokens, w + 1, e, "tonight");
        /* "highchair": two English words run together are no dish of a cuisine */
        bool compound = false;
        for (size_t k = 3; letters && k + 3 <= len && !compound; k++)
            compound = order_dictionary_has(in->lex->dict, word, k) &&
                       order_dictionary_has(in->lex->dict, word + k, len - k);
        if (letters && ends && !compound && !order_dictionary_has(in->lex->dict, word, len) &&
            !order_read_near_menu_word(in->lex, word, len))
            return true;
    }
    return false;
}

/* Are the words at i and i + 1 together a dish of the food lexicon whose words alone name
 * none ("hot dogs", "sloppy joe")? */
static bool classify_food_pair(const struct order_class_input *in, size_t i, size_t e)
{
    if (i + 1 >= e || in->tokens[i + 1].kind != ORDER_TOKEN_WORD)
        return false;
    const struct order_token *x = &in->tokens[i], *y = &in->tokens[i + 1];
    return order_food_entry_of(in->food, in->text + x->off, x->len, in->text + y->off, y->len);
}

/* Does any clause of the message have intent `intent`? */
bool classify_any_intent(const struct order_reading *rg, enum order_intent intent)
{
    for (size_t c = 0; c < rg->n_clauses; c++)
        if (rg->clauses[c].intent == intent)
            return true;
    return false;
}

bool classify_clause_asked(const struct order_class_input *in, const struct order_clause *cl)
{
    for (size_t i = cl->begin; i < cl->end; i++)
        if (in->tokens[i].kind == ORDER_TOKEN_PUNCT && in->tokens[i].punct == '?')
            return true;
    return false;
}

bool classify_names_food(const struct order_class_input *in, size_t b, size_t e)
{
    for (size_t i = b; i < e && in->food; i++)
        if (in->tokens[i].kind == ORDER_TOKEN_WORD &&
            (order_food_word(in->food, in->text + in->tokens[i].off, in->tokens[i].len) ||
             classify_food_pair(in, i, e)))
            return true;
    return false;
}

/* Does the question [b, e) hold an inquiry cue beyond the weak one of its question start
 * ("do you have" is the frame of any question: "do you have a high chair" is not about the
 * menu; "can I order" is a cue of its own)? */
bool classify_asks_about_menu(const struct order_understanding *u,
                              const struct order_class_input *in, const struct order_reading *rg,
                              size_t b, size_t e)
{
    size_t s = b;
    while (s < e && rg->roles[s] == ORDER_ROLE_GREETING)
        s++;
    size_t start = order_patterns_longest(&u->question_starts, in->text, in->tokens, s, e, NULL);
    float whole[ORDER_CATEGORY_MAX], topic[ORDER_CATEGORY_MAX];
    order_cue_scores(u, in, b, e, rg->roles, true, whole);
    order_cue_scores(u, in, s + start, e, rg->roles, true, topic);
    float frame = whole[ORDER_CATEGORY_INQUIRY] - topic[ORDER_CATEGORY_INQUIRY];
    return topic[ORDER_CATEGORY_INQUIRY] > 0 || frame >= CLASSIFY_EVIDENCE;
}

enum order_intent classify_question(const struct order_understanding *u,
                                    const struct order_class_input *in,
                                    const struct order_reading *rg, const struct order_clause *cl,
                                    const struct classify_clause_facts *f)
{
    if (in->prototype_weighed)
        *in->prototype_weighed = true;
    float inq = f->cue[ORDER_CATEGORY_INQUIRY] +
                u->prototype_weight * in->prototype_sim[ORDER_CATEGORY_INQUIRY];
    float oth = f->cue[ORDER_CATEGORY_OTHER] +
                u->prototype_weight * in->prototype_sim[ORDER_CATEGORY_OTHER];
    bool menu_words = classify_menu_words(u, in->text, in->tokens, cl->begin, cl->end);
    inq += f->spans ? CLASSIFY_EVIDENCE : 0.0f;
    inq += menu_words ? CLASSIFY_EVIDENCE : 0.0f;
    /* "what's consomé": a word only a description holds names the menu's food; looked for
     * only where nothing else named food or the menu. A word of the cuisine's own asked
     * about ("sopes? tostadas?") names a dish wherever else food is named */
    bool food = classify_names_food(in, cl->begin, cl->end) ||
                (!f->spans && !menu_words &&
                 ((!f->message_menu && classify_names_described(in, cl->begin, cl->end)) ||
                  classify_names_coined_dish(in, cl->begin, cl->end) ||
                  (ORDER_CUES_ANY(&rg->cues, "anything", "something") &&
                   ORDER_CUES_ANY(&rg->cues, "have", "got", "sell", "serve", "make", "do") &&
                   classify_quality_asked(in, cl->begin, cl->end)) ||
                  (ORDER_CUES_ANY(&rg->cues, "anything", "something", "smth", "sth") &&
                   ORDER_CUES_ANY(&rg->cues, "eat", "eats", "drink", "drinks", "snack", "munch") &&
                   classify_eaten_asked(in, cl->begin, cl->end))));
    inq += food && !f->spans && !menu_words ? CLASSIFY_EVIDENCE : 0.0f;
    bool serving = ORDER_CUES_ANY(&rg->cues, "how") && ORDER_CUES_ANY(&rg->cues, "many") &&
                   classify_serving_asked(in, cl->begin, cl->end); /* "how many per portion" */
    inq += serving ? CLASSIFY_EVIDENCE : 0.0f;
    /* a question in a message with nothing of the menu or of food in it ("who should I
     * contact?", "is the restaurant dog friendly", "do you have a high chair") is about
     * something else */
    if (!f->message_menu && !food && !serving &&
        !classify_asks_about_menu(u, in, rg, cl->begin, cl->end))
        return ORDER_INTENT_OTHER;
    if (!f->spans && ORDER_CUES_ANY(&rg->cues, "take", "accept", "takes", "accepts") &&
        ORDER_CUES_ANY(&rg->cues, "card", "cards", "credit", "debit", "cash", "checks", "cheque",
                       "venmo", "paypal", "contactless") &&
        classify_payment_asked(in, cl)) /* "do you guys take cards" */
        return ORDER_INTENT_OTHER;
    return inq >= oth ? ORDER_INTENT_QUESTION : ORDER_INTENT_OTHER;
}

/* Does the verb at token i close a clause led by "whatever" or "whichever" a few words
 * before it ("whatever the chickpea salad is", "whichever the spicy one was")? That clause
 * names a dish, as "the thing that it is" does; it says nothing of it. */
static bool classify_free_relative(const struct order_class_input *in,
                                   const struct order_clause *cl, size_t i)
{
    enum { RELATIVE_WORDS_BACK = 6 };
    static const char *const leads[] = {"whatever", "whichever"};
    const struct order_token *t = in->tokens;
    if (!order_tok_is(in->text, t, i, cl->end, "is") &&
        !order_tok_is(in->text, t, i, cl->end, "are") &&
        !order_tok_is(in->text, t, i, cl->end, "was"))
        return false;
    for (size_t p = i; p > cl->begin && p + RELATIVE_WORDS_BACK > i; p--) {
        if (t[p - 1].kind == ORDER_TOKEN_PUNCT)
            break;
        if (order_tok_in(in->text, t, p - 1, cl->end, leads, ORDER_WORDS_N(leads)))
            return true;
    }
    return false;
}

/* Does the verb at token i close a phrase set before the clause's own subject: "after the
 * week i've had I deserve ...", "after the day we had we need ...". A subject pronoun right
 * after a verb can be no object of it, so the verb ends a relative clause of the fronted
 * phrase and tells nothing of the things the main clause names. */
static bool classify_verb_before_subject(const struct order_class_input *in,
                                         const struct order_clause *cl, size_t i)
{
    static const char *const subjects[] = {"i", "we", "he", "she", "they", "ive", "im", "id"};
    return i > cl->begin &&
           order_tok_in(in->text, in->tokens, i + 1U, cl->end, subjects, ORDER_WORDS_N(subjects));
}

/* Is token i "have" after a modal that bars it ("can't", "shouldn't"), a dish asked for
 * before it in the clause ("vanilla oat milkshake, he can't have dairy")? What someone may
 * not eat says why the dish was picked, nothing of the dish. Alone ("my son can't have
 * milk") it is the customer's statement. */
static bool classify_barred_after_dish(const struct order_class_input *in,
                                       const struct order_reading *rg,
                                       const struct order_clause *cl, size_t i)
{
    static const char *const barred[] = {"cant", "cannot", "shouldnt", "mustnt", "couldnt"};
    return i > cl->begin && order_tok_is(in->text, in->tokens, i, cl->end, "have") &&
           order_tok_in(in->text, in->tokens, i - 1U, cl->end, barred, ORDER_WORDS_N(barred)) &&
           classify_dish_read_before(rg, cl, i);
}

/* Is the verb at token i no statement about the things: "got"/"have" after "you" closing a
 * dish's relative clause ("most expensive bowl u got", "the spiciest wrap you have pls"),
 * "was"/"were" before "gonna"/"going to"/"thinking", a plan ("I was gonna get the chicken
 * burger but ...", "I was thinking about getting ..."), a verb of a reason ("because
 * celery is evil"), or the verb closing "whatever the chickpea salad is"? */
static bool classify_verb_not_said(const struct order_class_input *in,
                                   const struct order_reading *rg, const struct order_clause *cl,
                                   size_t i)
{
    const char *text = in->text;
    const struct order_token *t = in->tokens;
    size_t e = cl->end;
    static const char *const planning[] = {"gonna",    "thinking", "hoping",
                                           "planning", "looking",  "wondering"};
    /* "oh i forgot, a lemonade too", "forgot to say onion rings": the customer forgetting to
     * ask adds to this message; "you forgot my fries" tells of an order before */
    static const char *const others[] = {"you", "u",   "ya",      "yall",     "they",
                                         "he",  "she", "someone", "somebody", "guys"};
    static const char *const own[] = {"i", "oh", "also", "sorry", "oops", "ah", "and", "we"};
    if (classify_verb_before_subject(in, cl, i) || classify_listed_after_break(in, rg, cl, i))
        return true; /* "got 3 bags in one hand - a burger": the verb's object ends first */
    if (order_tok_is(text, t, i, e, "forgot") &&
        !(i > cl->begin && order_tok_in(text, t, i - 1, e, others, ORDER_WORDS_N(others))) &&
        !order_tok_is(text, t, i + 1, e, "my") && !order_tok_is(text, t, i + 1, e, "our") &&
        (i == cl->begin || order_tok_is(text, t, i + 1, e, "to") ||
         order_tok_in(text, t, i - 1, e, own, ORDER_WORDS_N(own))))
        return true;
    if ((order_tok_is(text, t, i, e, "was") || order_tok_is(text, t, i, e, "were")) &&
        (order_tok_in(text, t, i + 1, e, planning, ORDER_WORDS_N(planning)) ||
         (order_tok_is(text, t, i + 1, e, "going") && order_tok_is(text, t, i + 2, e, "to"))))
        return true;
    /* "we're sharing the onion rings", "my son is getting the nuggets": being before a verb
     * of getting in -ing form, said of a person, is what someone is about to have, a plan;
     * the match form reads "we're" as "were" */
    static const char *const getting_ing[] = {"having", "getting", "sharing",  "splitting",
                                              "doing",  "taking",  "grabbing", "ordering"};
    static const char *const being[] = {"is", "are", "were", "am"};
    bool person_before = i > cl->begin ? rg->roles[i - 1] != ORDER_ROLE_ITEM &&
                                             rg->roles[i - 1] != ORDER_ROLE_LEFTOVER
                                       : order_tok_is(text, t, i, e, "were"); /* "we're" */
    if (person_before && /* not "the rings are getting cold" */
        order_tok_in(text, t, i, e, being, ORDER_WORDS_N(being)) &&
        order_tok_in(text, t, i + 1, e, getting_ing, ORDER_WORDS_N(getting_ing)))
        return true;
    /* "without the anchovy she is not eating fish": a subject of its own inside a change
     * tells why, it says nothing of the dishes */
    static const char *const subjects[] = {"she", "he", "they", "i",  "we",
                                           "it",  "im", "shes", "hes"};
    if (rg->roles[i] == ORDER_ROLE_MODIFIER && i > cl->begin &&
        order_tok_in(text, t, i - 1, e, subjects, ORDER_WORDS_N(subjects)))
        return true;
    /* "no celery because celery is evil": a reason given for a change says nothing of the
     * dishes asked for */
    static const char *const reasons[] = {"because", "cause", "cuz", "coz", "bc"};
    enum { REASON_WORDS_BACK = 4 };
    for (size_t p = i; p > cl->begin && p + REASON_WORDS_BACK > i; p--) {
        if (t[p - 1].kind == ORDER_TOKEN_PUNCT)
            break;
        if (order_tok_in(text, t, p - 1, e, reasons, ORDER_WORDS_N(reasons)))
            return true;
    }
    if (classify_free_relative(in, cl, i))
        return true; /* "... and whatever the chickpea salad is" */
    if (classify_indifference_at(in, cl, i))
        return true; /* "(he doesnt care which)": a person's taste, nothing of the dishes */
    if (classify_person_said_at(in, rg, cl, i))
        return true; /* "a flan, my husband doesnt like spice": said of a person */
    if (classify_self_said_at(in, rg, cl, i))
        return true; /* "a flan, i just got off work": what befell the customer */
    if (classify_never_had_at(in, rg, cl, i))
        return true; /* "flan never had it": why the customer asks for it */
    if (classify_remark_own(in, rg, cl) <= i)
        return true; /* "a flan, you guys are the best": praise of the staff */
    if (classify_wished_at(in, cl, i))
        return true; /* "a horchata, have a good one": a parting wish */
    if (classify_meant_for_at(in, rg, cl, i))
        return true; /* "a horchata, it is for my mom": whom the dish is for */
    if (classify_barred_after_dish(in, rg, cl, i))
        return true; /* "vanilla oat milkshake, he can't have dairy": what someone may eat */
    if (!(order_tok_is(text, t, i, e, "got") || order_tok_is(text, t, i, e, "have")) ||
        i < cl->begin + 2U ||
        !(order_tok_is(text, t, i - 1, e, "you") || order_tok_is(text, t, i - 1, e, "u") ||
          order_tok_is(text, t, i - 1, e, "ya")) ||
        order_tok_is(text, t, i - 2, e, "do") || order_tok_is(text, t, i - 2, e, "did"))
        return false; /* "what drinks do you have" asks */
    size_t n = i + 1;
    while (n < e && (order_tok_is(text, t, n, e, "please") || order_tok_is(text, t, n, e, "pls") ||
                     order_tok_is(text, t, n, e, "plz")))
        n++;
    return classify_dish_read_before(rg, cl, i) && (n >= e || t[n].kind == ORDER_TOKEN_PUNCT);
}

/* Is token i "r", how "are" is texted, right after a dish named ("ur churros r so good")? A
 * verb of being, as "are" is; alone elsewhere it may be a letter. */
static bool classify_texted_are(const struct order_class_input *in, const struct order_reading *rg,
                                const struct order_clause *cl, size_t i)
{
    return i > cl->begin && order_tok_is(in->text, in->tokens, i, cl->end, "r") &&
           (rg->roles[i - 1] == ORDER_ROLE_ITEM || rg->roles[i - 1] == ORDER_ROLE_LEFTOVER);
}

/* Is token i "made" or "makes" with a person as its object ("made my whole family sick",
 * "made me ill")? The dish before it did something to someone: a finite verb of a
 * statement about it, in the past when "made". "made with oat milk", "made vegan" tell how a
 * dish is prepared, a participle of an order. */
static bool classify_made_someone(const struct order_class_input *in, const struct order_clause *cl,
                                  size_t i, bool past_only)
{
    static const char *const people[] = {"me",   "us",  "my",    "our",      "him",      "her",
                                         "them", "his", "their", "everyone", "everybody"};
    bool made = order_tok_is(in->text, in->tokens, i, cl->end, "made") ||
                (!past_only && order_tok_is(in->text, in->tokens, i, cl->end, "makes"));
    /* "chat made me do it: one chocolate milkshake": someone made the customer act, and
     * what follows is the order */
    static const char *const acting[] = {"do", "order", "get", "try", "buy"};
    return made &&
           order_tok_in(in->text, in->tokens, i + 1U, cl->end, people, ORDER_WORDS_N(people)) &&
           !order_tok_in(in->text, in->tokens, i + 2U, cl->end, acting, ORDER_WORDS_N(acting));
}

/* Does the clause say something about its things rather than list them: a verb of being
 * or having outside the names ("the fries were cold", "tahini is sesame")? A list of dishes
 * has none. */
bool classify_says_something(const struct order_class_input *in, const struct order_reading *rg,
                             const struct order_clause *cl)
{
    static const char *const verbs[] = {
        "is", "are", "was", "were", "has", "had", "have", "did", "got", "tastes", "taste", "tasted",
        "looks", "uses", "use", "comes", "come", "contains", "contain", "wants", "needs", "gave",
        /* how they seem, said of dishes named in the plural: "the onion rings look great" */
        "look", "looked", "smell", "smells", "smelled", "sound",
        /* how it came: "my fries arrived cold" */
        "came", "arrived",
        /* a verdict of one who ate it, in slang: "the jackfruit burger slapped" */
        "slapped",
        /* the negated forms say as much: "soy sauce isn't" */
        "isnt", "arent", "wasnt", "werent", "hasnt", "doesnt"};
    /* what someone can bear or how a thing seems ("my kid hates anything spicy", "cant
     * handle spice", "the jam sounds hot"): said of a dish named before it ("the spicy
     * burger but mild, my mouth cant handle much") it tells why a change is asked */
    static const char *const bearing[] = {"hates", "hate", "handle", "sounds", "seems"};
    /* verbs; bearing; "r" of classify_texted_are, "made" / "makes" of classify_made_someone,
     * the negations of classify_dish_does_not */
    if (!ORDER_CUES_ANY(&rg->cues, "is", "are", "was", "were", "has", "had", "have", "did", "got",
                        "tastes", "taste", "tasted", "looks", "uses", "use", "comes", "come",
                        "contains", "contain", "wants", "needs", "gave", "look", "looked", "smell",
                        "smells", "smelled", "sound", "came", "arrived", "slapped", "isnt", "arent",
                        "wasnt", "werent", "hasnt", "doesnt") &&
        !ORDER_CUES_ANY(&rg->cues, "hates", "hate", "handle", "sounds", "seems", "r", "made",
                        "makes", "dont", "didnt", "wont"))
        return false;
    bool dish = false;
    bool named = false;
    for (size_t i = cl->begin; i < cl->end; i++) {
        /* "George (hates olives) - chickpea salad": an aside in brackets before any dish,
         * words after it, says something of the one the line is for, nothing of the dishes */
        size_t past = order_tok_past_aside(in->tokens, i, cl->end);
        if (!named && past < cl->end)
            i = past;
        named = named || rg->roles[i] == ORDER_ROLE_ITEM || rg->roles[i] == ORDER_ROLE_LEFTOVER;
        dish = dish || rg->roles[i] == ORDER_ROLE_ITEM;
        if (named && order_tok_is(in->text, in->tokens, i, cl->end, "if"))
            break; /* "a cinnabon if you have those": a condition after the things */
        if (rg->roles[i] != ORDER_ROLE_NONE && rg->roles[i] != ORDER_ROLE_LEFTOVER &&
            rg->roles[i] != ORDER_ROLE_MODIFIER)
            continue;
        if (i > cl->begin && (order_tok_is(in->text, in->tokens, i - 1, cl->end, "whichever") ||
                              order_tok_is(in->text, in->tokens, i - 1, cl->end, "whatever") ||
                              order_tok_is(in->text, in->tokens, i - 1, cl->end, "which")))
            continue; /* "a bowl, whichever is vegan": a relative clause picks, says nothing */
        if (i > cl->begin + 1U && order_tok_is(in->text, in->tokens, i - 1, cl->end, "who"))
            continue; /* "for Poppy, who is staying with us, the nuggets": of a person */
        if (i > cl->begin + 1U && order_tok_is(in->text, in->tokens, i - 1, cl->end, "that") &&
            (rg->roles[i - 2] == ORDER_ROLE_ITEM || rg->roles[i - 2] == ORDER_ROLE_LEFTOVER) &&
            (order_tok_is(in->text, in->tokens, i, cl->end, "comes") ||
             order_tok_is(in->text, in->tokens, i, cl->end, "has")))
            continue; /* "the sandwich that comes with slaw": which dish, no statement */
        if (i > cl->begin && order_tok_is(in->text, in->tokens, i - 1, cl->end, "as") &&
            order_tok_is(in->text, in->tokens, i, cl->end, "is"))
            continue; /* "a quinoa bowl as is": as the menu has it, no statement */
        /* "burgers and fries for everyone, we're like 8": the match form drops the
         * apostrophe; a past "were" has its subject before it, not a comma */
        if (i > cl->begin && in->tokens[i - 1].kind == ORDER_TOKEN_PUNCT &&
            order_tok_is(in->text, in->tokens, i, cl->end, "were"))
            continue;
        /* "kale caesar, use the lemon vinaigrette instead": "use" opening a piece tells the
         * kitchen what to do, no statement about the dish */
        if ((i == cl->begin || in->tokens[i - 1].kind == ORDER_TOKEN_PUNCT) &&
            order_tok_is(in->text, in->tokens, i, cl->end, "use"))
            continue;
        bool verb = classify_texted_are(in, rg, cl, i) || classify_made_someone(in, cl, i, false) ||
                    classify_dish_does_not(in, rg, cl, i) ||
                    (!dish && order_tok_in(in->text, in->tokens, i, cl->end, bearing,
                                           ORDER_WORDS_N(bearing)));
        for (size_t v = 0; v < ORDER_WORDS_N(verbs) && !verb; v++)
            verb = order_tok_is(in->text, in->tokens, i, cl->end, verbs[v]);
        if (verb && !classify_verb_not_said(in, rg, cl, i))
            return true;
    }
    return false;
}

/* "got a call cant stay long - 2 halloumi burgers": a dash after the past verb at i, before
 * end and before any dish, closes what the verb tells; the dishes after it are no part of
 * that story. Not when the story speaks of an order or what came in it ("got my order - 2
 * burgers instead of 3", "opened the bag - ..."), nor after a verb of ordering or eating
 * ("ordered last night - ..."): that is what the dishes tell of. */
bool classify_tells_of_order(const struct order_class_input *in, size_t p, size_t end)
{
    static const char *const delivered[] = {
        "order",    "orders", "food", "bag",  "bags",    "meal",    "meals", "box",   "receipt",
        "delivery", "stuff",  "it",   "them", "pickup",  "driver",  "ate",   "eaten", "opened",
        "arrived",  "came",   "got",  "had",  "ordered", "missing", "wrong"};
    return order_tok_in(in->text, in->tokens, p, end, delivered, ORDER_WORDS_N(delivered));
}

static bool classify_dash_after(const struct order_class_input *in, const struct order_reading *rg,
                                size_t i, size_t end)
{
    static const char *const general[] = {"got", "was", "had", "did"}; /* not "ordered" */
    if (!order_tok_in(in->text, in->tokens, i, end, general, ORDER_WORDS_N(general)))
        return false;
    for (size_t p = i + 1U; p < end; p++) {
        if (rg->roles[p] == ORDER_ROLE_ITEM || classify_tells_of_order(in, p, end))
            return false;
        if (in->tokens[p].kind == ORDER_TOKEN_PUNCT && in->tokens[p].punct == '-')
            return true;
    }
    return false;
}

/* Is the clause about the past: a past form of being, having or doing outside the names,
 * before token end ("the order I picked up had ...", "the fries were ...")? What happened
 * to an order is a matter for a person, not a question about the menu. "were" counts only
 * when asked for: the match form drops apostrophes, so "we're gonna need" reads "were". */
bool classify_about_past(const struct order_class_input *in, const struct order_reading *rg,
                         const struct order_clause *cl, size_t end, bool were)
{
    static const char *const past[] = {
        "was", "had", "did", "wasnt", "werent", "didnt", "hadnt", "tasted", "came", "arrived",
        "forgot", "received", "got", "ate", "bought", "tried", "ordered", "left", "gave",
        /* what became of it: "my dog stole a churro" */
        "stole", "took", "dropped", "spilled", "loved", "enjoyed", "liked", "adored", "finished",
        "devoured", "brought", "threw", "paid"};
    /* "were" and "made" of classify_made_someone count too */
    if (!ORDER_CUES_ANY(&rg->cues, "was", "had", "did", "wasnt", "werent", "didnt", "hadnt",
                        "tasted", "came", "arrived", "forgot", "received", "got", "ate", "bought",
                        "tried", "ordered", "left", "gave", "stole", "took", "dropped", "spilled",
                        "loved", "enjoyed", "liked", "adored", "finished", "devoured", "brought",
                        "threw", "paid") &&
        !ORDER_CUES_ANY(&rg->cues, "were", "made"))
        return false;
    for (size_t i = cl->begin; i < end; i++) {
        if (rg->roles[i] != ORDER_ROLE_NONE && rg->roles[i] != ORDER_ROLE_LEFTOVER &&
            rg->roles[i] != ORDER_ROLE_MODIFIER)
            continue;
        bool verb = (were && order_tok_is(in->text, in->tokens, i, cl->end, "were")) ||
                    classify_made_someone(in, cl, i, true);
        for (size_t v = 0; v < ORDER_WORDS_N(past) && !verb; v++)
            verb = order_tok_is(in->text, in->tokens, i, cl->end, past[v]);
        /* "i'd liked to place an order": "would like" with a letter slipped, no past */
        static const char *const would[] = {"id", "wed", "would"};
        if (verb && i > cl->begin && order_tok_is(in->text, in->tokens, i, cl->end, "liked") &&
            order_tok_in(in->text, in->tokens, i - 1U, cl->end, would, ORDER_WORDS_N(would)))
            verb = false;
        if (verb && !classify_verb_not_said(in, rg, cl, i) && !classify_dash_after(in, rg, i, end))
            return true;
    }
    return false;
}

/* "I need to know if the elote is very spicy", "we want to check whether ...", "I would
 * like to enquire whether ...": a verb of wanting whose object is knowing, and "if" /
 * "whether" after it, or making sure. The wanting wants an answer; the things are what the question
 * is about. */
bool classify_wants_to_know(const struct order_class_input *in, const struct order_reading *rg,
                            size_t c)
{
    static const char *const knowing[] = {"know", "ask", "check", "confirm", "enquire", "inquire"};
    static const char *const wanting[] = {"to", "need", "want", "wanna", "like"};
    const struct order_clause *cl = &rg->clauses[c];
    size_t first = cl->end;
    /* "just want to make sure the horchata is dairy free": making sure wants an answer too */
    if (ORDER_CUES_ANY(&rg->cues, "sure"))
        for (size_t i = cl->begin + 1U; i + 2U < first; i++)
            if (order_tok_is(in->text, in->tokens, i, first, "make") &&
                order_tok_is(in->text, in->tokens, i + 1U, first, "sure") &&
                order_tok_in(in->text, in->tokens, i - 1U, first, wanting, ORDER_WORDS_N(wanting)))
                return true;
    if (!ORDER_CUES_ANY(&rg->cues, "if", "whether"))
        return false;
    for (size_t i = cl->begin + 1U; i + 1U < first; i++)
        if (order_tok_in(in->text, in->tokens, i, first, knowing, ORDER_WORDS_N(knowing)) &&
            order_tok_in(in->text, in->tokens, i - 1U, first, wanting, ORDER_WORDS_N(wanting)) &&
            (order_tok_is(in->text, in->tokens, i + 1U, first, "if") ||
             order_tok_is(in->text, in->tokens, i + 1U, first, "whether")))
            return true;
    return false;
}
