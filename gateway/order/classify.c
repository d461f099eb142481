/* classify.c — clause intents and the message category (see classify.h). */
#include "gateway/order/classify.h"

#include <stdio.h>
#include <string.h>

#include "gateway/order/order_assert.h"
#include "gateway/order/pattern_index.h"
#include "gateway/order/reading.h"

#define CLASSIFY_EVIDENCE     1.0f /* weight of each structural hint */
#define CLASSIFY_OTHER_STRONG 2.0f /* other-cues that outweigh named things ("refund") */
#define CLASSIFY_OTHER_SURE   3.0f /* ... even after a request opener ("I want to cancel") */

void order_cue_scores(const struct order_understanding *u, const char *text,
                      const struct order_token *tokens, size_t b, size_t e, const uint8_t *roles,
                      bool frames_count, float out[ORDER_CATEGORY_MAX])
{
    /* Each cue counts once however often it occurs: find which occur at some token (trying
     * only the cues that start with that token's word), then add their weights in the
     * cues' order, the order the sums have always been taken in. */
    uint64_t found[ORDER_PATTERNS_MAX / 64] = {0};
    bool asked = false; /* a '?': "mexican coke is the real sugar one right?" asks */
    for (size_t i = b; i < e; i++)
        asked = asked || (tokens[i].kind == ORDER_TOKEN_PUNCT && tokens[i].punct == '?');
    for (size_t i = b; i < e; i++) {
        uint8_t role = roles ? roles[i] : ORDER_ROLE_NONE;
        if (role == ORDER_ROLE_ITEM) /* "spicy" in "the spicy burger" names, not asks */
            continue;
        if (!frames_count &&
            (role == ORDER_ROLE_FILLER || role == ORDER_ROLE_GREETING || role == ORDER_ROLE_OPENER))
            continue;
        if (tokens[i].kind != ORDER_TOKEN_WORD)
            continue;
        /* "the carne asada burrito is the move": "is" right after a dish named is the verb
         * of a statement about it, no question ("is the rice vegan" opens one) */
        if (roles && !asked && i > b && roles[i - 1] == ORDER_ROLE_ITEM &&
            tokens[i - 1].kind == ORDER_TOKEN_WORD &&
            (order_tok_is(text, tokens, i, e, "is") || order_tok_is(text, tokens, i, e, "are")))
            continue;
        size_t n;
        const uint16_t *cand =
            order_patterns_candidates(&u->cues, text + tokens[i].off, tokens[i].len, &n);
        for (size_t j = 0; j < n; j++) {
            size_t k = order_pattern_candidate(cand, j);
            const struct order_pattern *p = &u->cues.items[k];
            if (found[k / 64] >> (k % 64) & 1)
                continue;
            if (p->word_lens[0] != tokens[i].len || p->words[0][0] != text[tokens[i].off])
                continue; /* the first word decides most: test it inline */
            if (order_pattern_match(p, text, tokens, i, e) > 0)
                found[k / 64] |= UINT64_C(1) << (k % 64);
        }
    }
    memset(out, 0, sizeof(float) * ORDER_CATEGORY_MAX);
    for (size_t k = 0; k < u->cues.count; k++) {
        if (!(found[k / 64] >> (k % 64) & 1))
            continue;
        const struct order_pattern *p = &u->cues.items[k];
        ORDER_ASSERT(p->value >= 0 && p->value < ORDER_CATEGORY_MAX);
        out[p->value] += p->weight;
    }
}

enum order_category order_intent_category(enum order_intent i)
{
    switch (i) {
    case ORDER_INTENT_REQUEST:
        return ORDER_CATEGORY_ORDER;
    case ORDER_INTENT_QUESTION:
        return ORDER_CATEGORY_INQUIRY;
    default:
        return ORDER_CATEGORY_OTHER;
    }
}

/* Does [b, e) name a menu section or a diet ("desserts", "vegan")? */
static bool classify_menu_words(const struct order_understanding *u, const char *text,
                                const struct order_token *tokens, size_t b, size_t e)
{
    for (size_t i = b; i < e; i++)
        if (order_patterns_longest(&u->section_cues, text, tokens, i, e, NULL) ||
            order_patterns_longest(&u->diet_cues, text, tokens, i, e, NULL))
            return true;
    return false;
}

static bool classify_question_inside(const struct order_understanding *u, const char *text,
                                     const struct order_token *tokens, size_t b, size_t e)
{
    for (size_t i = b; i < e; i++)
        if (order_patterns_longest(&u->question_anywhere, text, tokens, i, e, NULL) > 0)
            return true;
    return false;
}

struct classify_clause_facts {
    size_t things, spans; /* real things named; menu spans among them */
    float cue[ORDER_CATEGORY_MAX];
    float cue_core[ORDER_CATEGORY_MAX]; /* outside greetings, openers and fillers */
    bool message_menu; /* the message names a menu item, section, diet or food somewhere */
};

/* Is leftover th, uncounted, led by a word of wishing ("happy new year", "merry christmas",
 * "happy cinco de mayo")? It wishes well for an occasion, however foreign its words; it
 * names no dish. */
static bool classify_wishes_occasion(const struct order_class_input *in,
                                     const struct order_thing *th)
{
    static const char *const wishes[] = {"happy", "merry"};
    return !th->is_span && !th->qty_explicit &&
           order_tok_in(in->text, in->tokens, th->begin, th->end, wishes,
                        sizeof(wishes) / sizeof(*wishes));
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

static void classify_facts(const struct order_understanding *u, const struct order_class_input *in,
                           const struct order_reading *rg, size_t c,
                           struct classify_clause_facts *f)
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
        if (!alone &&
            !order_tok_in(in->text, in->tokens, i, e, verbs, sizeof(verbs) / sizeof(*verbs)))
            continue;
        size_t w = alone ? i : i + 1;
        if (order_tok_in(in->text, in->tokens, w, e, articles,
                         sizeof(articles) / sizeof(*articles)))
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
    char both[2 * ORDER_LEX_WORD_BYTES_MAX + 2];
    const struct order_token *x = &in->tokens[i], *y = &in->tokens[i + 1];
    if (i + 1 >= e || y->kind != ORDER_TOKEN_WORD || (size_t)x->len + y->len + 2 > sizeof(both))
        return false;
    int k = snprintf(both, sizeof(both), "%.*s %.*s", (int)x->len, in->text + x->off, (int)y->len,
                     in->text + y->off);
    return k > 0 && order_food_entry(in->food, both, (size_t)k);
}

static bool classify_names_food(const struct order_class_input *in, size_t b, size_t e)
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
static bool classify_asks_about_menu(const struct order_understanding *u,
                                     const struct order_class_input *in,
                                     const struct order_reading *rg, size_t b, size_t e)
{
    size_t s = b;
    while (s < e && rg->roles[s] == ORDER_ROLE_GREETING)
        s++;
    size_t start = order_patterns_longest(&u->question_starts, in->text, in->tokens, s, e, NULL);
    float whole[ORDER_CATEGORY_MAX], topic[ORDER_CATEGORY_MAX];
    order_cue_scores(u, in->text, in->tokens, b, e, rg->roles, true, whole);
    order_cue_scores(u, in->text, in->tokens, s + start, e, rg->roles, true, topic);
    float frame = whole[ORDER_CATEGORY_INQUIRY] - topic[ORDER_CATEGORY_INQUIRY];
    return topic[ORDER_CATEGORY_INQUIRY] > 0 || frame >= CLASSIFY_EVIDENCE;
}

static enum order_intent classify_question(const struct order_understanding *u,
                                           const struct order_class_input *in,
                                           const struct order_reading *rg,
                                           const struct order_clause *cl,
                                           const struct classify_clause_facts *f)
{
    float inq = f->cue[ORDER_CATEGORY_INQUIRY] +
                u->prototype_weight * in->prototype_sim[ORDER_CATEGORY_INQUIRY];
    float oth = f->cue[ORDER_CATEGORY_OTHER] +
                u->prototype_weight * in->prototype_sim[ORDER_CATEGORY_OTHER];
    bool menu_words = classify_menu_words(u, in->text, in->tokens, cl->begin, cl->end);
    inq += f->spans ? CLASSIFY_EVIDENCE : 0.0f;
    inq += menu_words ? CLASSIFY_EVIDENCE : 0.0f;
    /* "what's consomé": a word only a description holds names the menu's food; looked for
     * only where nothing else named food or the menu */
    bool food = classify_names_food(in, cl->begin, cl->end) ||
                (!f->spans && !menu_words && !f->message_menu &&
                 (classify_names_described(in, cl->begin, cl->end) ||
                  classify_names_coined_dish(in, cl->begin, cl->end)));
    inq += food && !f->spans && !menu_words ? CLASSIFY_EVIDENCE : 0.0f;
    /* a question in a message with nothing of the menu or of food in it ("who should I
     * contact?", "is the restaurant dog friendly", "do you have a high chair") is about
     * something else */
    if (!f->message_menu && !food && !classify_asks_about_menu(u, in, rg, cl->begin, cl->end))
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
        if (order_tok_in(in->text, t, p - 1, cl->end, leads, sizeof(leads) / sizeof(*leads)))
            return true;
    }
    return false;
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
    if ((order_tok_is(text, t, i, e, "was") || order_tok_is(text, t, i, e, "were")) &&
        (order_tok_in(text, t, i + 1, e, planning, sizeof(planning) / sizeof(*planning)) ||
         (order_tok_is(text, t, i + 1, e, "going") && order_tok_is(text, t, i + 2, e, "to"))))
        return true;
    /* "without the anchovy she is not eating fish": a subject of its own inside a change
     * tells why, it says nothing of the dishes */
    static const char *const subjects[] = {"she", "he", "they", "i",  "we",
                                           "it",  "im", "shes", "hes"};
    if (rg->roles[i] == ORDER_ROLE_MODIFIER && i > cl->begin &&
        order_tok_in(text, t, i - 1, e, subjects, sizeof(subjects) / sizeof(*subjects)))
        return true;
    /* "no celery because celery is evil": a reason given for a change says nothing of the
     * dishes asked for */
    static const char *const reasons[] = {"because", "cause", "cuz", "coz", "bc"};
    enum { REASON_WORDS_BACK = 4 };
    for (size_t p = i; p > cl->begin && p + REASON_WORDS_BACK > i; p--) {
        if (t[p - 1].kind == ORDER_TOKEN_PUNCT)
            break;
        if (order_tok_in(text, t, p - 1, e, reasons, sizeof(reasons) / sizeof(*reasons)))
            return true;
    }
    if (classify_free_relative(in, cl, i))
        return true; /* "... and whatever the chickpea salad is" */
    if (!(order_tok_is(text, t, i, e, "got") || order_tok_is(text, t, i, e, "have")) ||
        i < cl->begin + 2U ||
        !(order_tok_is(text, t, i - 1, e, "you") || order_tok_is(text, t, i - 1, e, "u") ||
          order_tok_is(text, t, i - 1, e, "ya")) ||
        order_tok_is(text, t, i - 2, e, "do") || order_tok_is(text, t, i - 2, e, "did"))
        return false; /* "what drinks do you have" asks */
    bool dish_before = false;
    for (size_t p = cl->begin; p + 1 < i; p++)
        dish_before = dish_before || rg->roles[p] == ORDER_ROLE_ITEM;
    size_t n = i + 1;
    while (n < e && (order_tok_is(text, t, n, e, "please") || order_tok_is(text, t, n, e, "pls") ||
                     order_tok_is(text, t, n, e, "plz")))
        n++;
    return dish_before && (n >= e || t[n].kind == ORDER_TOKEN_PUNCT);
}

/* Is token i "r", how "are" is texted, right after a dish named ("ur churros r so good")? A
 * verb of being, as "are" is; alone elsewhere it may be a letter. */
static bool classify_texted_are(const struct order_class_input *in, const struct order_reading *rg,
                                const struct order_clause *cl, size_t i)
{
    return i > cl->begin && order_tok_is(in->text, in->tokens, i, cl->end, "r") &&
           (rg->roles[i - 1] == ORDER_ROLE_ITEM || rg->roles[i - 1] == ORDER_ROLE_LEFTOVER);
}

/* Does the clause say something about its things rather than list them: a verb of being
 * or having outside the names ("the fries were cold", "tahini is sesame")? A list of dishes
 * has none. */
static bool classify_says_something(const struct order_class_input *in,
                                    const struct order_reading *rg, const struct order_clause *cl)
{
    static const char *const verbs[] = {"is",      "are",   "was",   "were",   "has",   "had",
                                        "have",    "did",   "got",   "tastes", "taste", "tasted",
                                        "looks",   "uses",  "use",   "comes",  "come",  "contains",
                                        "contain", "wants", "needs", "gave"};
    bool named = false;
    for (size_t i = cl->begin; i < cl->end; i++) {
        named = named || rg->roles[i] == ORDER_ROLE_ITEM || rg->roles[i] == ORDER_ROLE_LEFTOVER;
        if (named && order_tok_is(in->text, in->tokens, i, cl->end, "if"))
            break; /* "a cinnabon if you have those": a condition after the things */
        if (rg->roles[i] != ORDER_ROLE_NONE && rg->roles[i] != ORDER_ROLE_LEFTOVER &&
            rg->roles[i] != ORDER_ROLE_MODIFIER)
            continue;
        if (i > cl->begin && (order_tok_is(in->text, in->tokens, i - 1, cl->end, "whichever") ||
                              order_tok_is(in->text, in->tokens, i - 1, cl->end, "whatever") ||
                              order_tok_is(in->text, in->tokens, i - 1, cl->end, "which")))
            continue; /* "a bowl, whichever is vegan": a relative clause picks, says nothing */
        /* "burgers and fries for everyone, we're like 8": the match form drops the
         * apostrophe; a past "were" has its subject before it, not a comma */
        if (i > cl->begin && in->tokens[i - 1].kind == ORDER_TOKEN_PUNCT &&
            order_tok_is(in->text, in->tokens, i, cl->end, "were"))
            continue;
        bool verb = classify_texted_are(in, rg, cl, i);
        for (size_t v = 0; v < sizeof(verbs) / sizeof(verbs[0]) && !verb; v++)
            verb = order_tok_is(in->text, in->tokens, i, cl->end, verbs[v]);
        if (verb && !classify_verb_not_said(in, rg, cl, i))
            return true;
    }
    return false;
}

/* Is the clause about the past: a past form of being, having or doing outside the names,
 * before token end ("the order I picked up had ...", "the fries were ...")? What happened
 * to an order is a matter for a person, not a question about the menu. "were" counts only
 * when asked for: the match form drops apostrophes, so "we're gonna need" reads "were". */
static bool classify_about_past(const struct order_class_input *in, const struct order_reading *rg,
                                const struct order_clause *cl, size_t end, bool were)
{
    static const char *const past[] = {"was", "had", "did", "wasnt", "werent", "didnt", "hadnt",
                                       "tasted", "came", "arrived", "forgot", "received", "got",
                                       "ate", "bought", "tried", "ordered", "left", "gave",
                                       /* what became of it: "my dog stole a churro" */
                                       "stole", "took", "dropped", "spilled", "loved", "enjoyed",
                                       "finished", "devoured", "brought", "threw"};
    for (size_t i = cl->begin; i < end; i++) {
        if (rg->roles[i] != ORDER_ROLE_NONE && rg->roles[i] != ORDER_ROLE_LEFTOVER &&
            rg->roles[i] != ORDER_ROLE_MODIFIER)
            continue;
        bool verb = were && order_tok_is(in->text, in->tokens, i, cl->end, "were");
        for (size_t v = 0; v < sizeof(past) / sizeof(past[0]) && !verb; v++)
            verb = order_tok_is(in->text, in->tokens, i, cl->end, past[v]);
        if (verb && !classify_verb_not_said(in, rg, cl, i))
            return true;
    }
    return false;
}

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
    size_t at = cl->begin;
    while (at < cl->end && rg->roles[at] == ORDER_ROLE_GREETING)
        at++;
    bool why = order_tok_is(in->text, in->tokens, at, cl->end, "why");
    at += why;
    /* "did"/"didn't" only after "why" ("why wasn't the menu clearer"): "did the burger come
     * with fries?" may ask about the menu */
    static const char *const aux[] = {"was", "were", "wasnt", "werent", "did", "didnt"};
    size_t n_aux = sizeof(aux) / sizeof(aux[0]) - (why ? 0U : 2U);
    for (size_t v = 0; v < n_aux; v++)
        if (order_tok_is(in->text, in->tokens, at, cl->end, aux[v]))
            return true;
    return false;
}

static bool classify_hesitation(const struct order_class_input *in, size_t i);

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
    return article; /* "anchovy?" after a question goes on with it */
}

/* Does a clause about menu items say that someone wants them ("he wants the burger")? */
static bool classify_names_wanting(const struct order_class_input *in,
                                   const struct order_reading *rg, const struct order_clause *cl)
{
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
    /* the first three are the articles a dish asked for stands after */
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
        if (!(order_tok_in(in->text, in->tokens, b, cl->end, joins, 3) ||
              rg->roles[b] == ORDER_ROLE_QTY))
            return false;
        dishes++;
    }
    for (size_t i = at + asked; i < cl->end; i++) {
        uint8_t r = rg->roles[i];
        if (in->tokens[i].kind == ORDER_TOKEN_WORD && r != ORDER_ROLE_ITEM && r != ORDER_ROLE_QTY &&
            r != ORDER_ROLE_FILLER &&
            !order_tok_in(in->text, in->tokens, i, cl->end, joins, sizeof(joins) / sizeof(*joins)))
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
    return (f->spans > 0 && question &&
            (classify_make_changed(u, in, rg, cl) || classify_make_plain(in, rg, cl))) ||
           (f->things > 0 && classify_picks_one(in, cl, at));
}

/* Does clause c end in a list introduced by a colon: two menu spans or more after its last
 * ':', no '?' and no verb saying something about them there? What comes before the colon
 * (a story, a complaint about somewhere else) then does not speak for the list. */
static bool classify_colon_list(const struct order_class_input *in, const struct order_reading *rg,
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
    for (size_t k = 0; k < sizeof(information) / sizeof(information[0]); k++)
        if (order_tok_is(in->text, in->tokens, i, cl->end, information[k]))
            return true;
    return false;
}

/* Does the request ask whether it can order for a later day ("can I order a whole tres
 * leches cake for saturday?", "could we order 30 tacos for tomorrow")? Ordering ahead is a
 * question of what the place does, as "can I order for tomorrow?" is; "can we get 15
 * burgers for 6pm tomorrow?" asks for the food. */
static bool classify_orders_ahead(const struct order_class_input *in, const struct order_clause *cl)
{
    static const char *const modals[] = {"can", "could", "may"}, *const who[] = {"i", "we"};
    static const char *const later[] = {"tomorrow", "tmrw",      "tmr",      "monday",
                                        "tuesday",  "wednesday", "thursday", "friday",
                                        "saturday", "sunday",    "weekend",  "week"};
    size_t j = cl->begin + 2U;
    while (j < cl->end && !(order_tok_is(in->text, in->tokens, j, cl->end, "order") &&
                            order_tok_in(in->text, in->tokens, j - 1U, j, who, 2) &&
                            order_tok_in(in->text, in->tokens, j - 2U, j, modals, 3)))
        j++;
    for (size_t k = j + 1U; k < cl->end; k++)
        if (order_tok_in(in->text, in->tokens, k, cl->end, later, sizeof(later) / sizeof(*later)))
            return true;
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
        if ((k < at + 2U || counted) && order_tok_in(in->text, in->tokens, k, cl->end, hedges,
                                                     sizeof(hedges) / sizeof(*hedges)))
            return true;
    }
    return false;
}

/* Does "order" at j close "from/off my/our/the order" ("cancel the fries from my order")? */
static bool classify_from_order(const struct order_class_input *in, size_t j)
{
    static const char *const from[] = {"from", "off", "of"}, *const whose[] = {"my", "our", "the"};
    return j >= 2 && order_tok_in(in->text, in->tokens, j - 1U, j, whose, 3) &&
           order_tok_in(in->text, in->tokens, j - 2U, j, from, 3);
}

/* Does the clause cancel an order before naming any thing, no request after it ("can i
 * cancel my order, the one with 3 fish tacos", "please cancel our order of 2 wraps"), or
 * cancel things from an order ("cancel the horchata from my order")? The
 * things then tell which order is meant; nothing is asked for. */
static bool classify_cancels_order(const struct order_class_input *in,
                                   const struct order_reading *rg, size_t c)
{
    enum { CANCEL_TO_ORDER_MAX = 3 }; /* "cancel my order", "cancel the whole order" */
    /* "remove the fries from my order", "take the wrap off our order": other verbs of
     * taking away, with what they take off the order named */
    static const char *const taking_off[] = {"remove", "delete", "drop", "take"};
    const struct order_clause *cl = &rg->clauses[c];
    size_t first = classify_first_thing(rg, c);
    for (size_t i = cl->begin; i < first; i++) {
        bool cancel = order_tok_is(in->text, in->tokens, i, first, "cancel");
        if (!cancel && !order_tok_in(in->text, in->tokens, i, first, taking_off,
                                     sizeof(taking_off) / sizeof(*taking_off)))
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
 * a question ("wait is the chocolate shake the one with whipped cream?", "oh wait, does the
 * wrap have nuts"). There it breaks off a thought, it is not a complaint about waiting. */
static size_t classify_cue_begin(const struct order_understanding *u,
                                 const struct order_class_input *in, const struct order_reading *rg,
                                 const struct order_clause *cl)
{
    size_t at = cl->begin;
    while (at < cl->end && rg->roles[at] == ORDER_ROLE_GREETING)
        at++;
    if (!order_tok_is(in->text, in->tokens, at, cl->end, "wait"))
        return cl->begin;
    size_t q = at + 1;
    while (q < cl->end && in->tokens[q].kind == ORDER_TOKEN_PUNCT && in->tokens[q].punct == ',')
        q++;
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
    if (f->things > 0 && classify_mask_asides(in, rg, cl, aside_roles))
        roles = aside_roles;
    size_t cue_begin = classify_cue_begin(u, in, rg, cl);
    order_cue_scores(u, in->text, in->tokens, cue_begin, cl->end, roles, question, f->cue);
    order_cue_scores(u, in->text, in->tokens, cue_begin, cl->end, roles, false, f->cue_core);
}

/* "how long is the cold brew steeped (for)", "how long are the carnitas braised": "how long"
 * and a dish of the menu made some way ("-ed" right after it) ask how the dish is made, a
 * question about the menu; "how long is the wait" asks about the order, other. */
static bool classify_asks_how_made(const struct order_class_input *in,
                                   const struct order_reading *rg, size_t c, size_t at)
{
    enum { PARTICIPLE_MIN = 5 };
    static const char *const verbs[] = {"is", "are", "was", "were"};
    const struct order_clause *cl = &rg->clauses[c];
    const struct order_token *t = in->tokens;
    if (!order_tok_is(in->text, t, at, cl->end, "how") ||
        !order_tok_is(in->text, t, at + 1U, cl->end, "long") ||
        !order_tok_in(in->text, t, at + 2U, cl->end, verbs, sizeof(verbs) / sizeof(*verbs)))
        return false;
    for (size_t x = 0; x < rg->n_things; x++) {
        const struct order_thing *th = &rg->things[x];
        if (th->clause != c || !th->is_span || th->end >= cl->end)
            continue;
        const struct order_token *w = &t[th->end];
        if (w->kind == ORDER_TOKEN_WORD && w->len >= PARTICIPLE_MIN &&
            in->text[w->off + w->len - 2U] == 'e' && in->text[w->off + w->len - 1U] == 'd')
            return true;
    }
    return false;
}

/* What classify_clause_by_form answers when none of its rules decides. */
#define CLASSIFY_UNDECIDED ((enum order_intent)(ORDER_INTENT_ASIDE + 1))

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
    if (f->spans > 0 && !cl->question_start &&
        order_read_correction_at(in->text, in->tokens, at, cl->end) > 0)
        return ORDER_INTENT_REQUEST; /* "no wait the strawberry one": asks instead */
    if (classify_asks_how_made(in, rg, c, at))
        return ORDER_INTENT_QUESTION; /* "how long is the cold brew steeped for?" */
    if (classify_sketches_order_ahead(in, rg, c, at))
        return ORDER_INTENT_QUESTION; /* "can i order for saturday? like 40 tacos" */
    /* with no thing read too: "remove the wrap from my order" names it in the removal */
    if (classify_cancels_order(in, rg, c))
        return ORDER_INTENT_OTHER; /* "can i cancel my order, the one with 3 fish tacos" */
    if (cl->request_form && question && classify_make_into(u, in, rg, cl))
        return ORDER_INTENT_QUESTION; /* "could you make the falafel wrap vegan?" */
    if (cl->request_form && classify_asks_information(in, rg, cl))
        return ORDER_INTENT_QUESTION; /* "could I get a list of what's vegan" */
    if (cl->request_form && question && classify_orders_ahead(in, cl))
        return ORDER_INTENT_QUESTION; /* "can I order a whole cake for saturday?" */
    if (classify_asks_for_one(u, in, rg, cl, f, question, at))
        return ORDER_INTENT_REQUEST;
    if (classify_colon_list(in, rg, c))
        return ORDER_INTENT_REQUEST; /* "..., so here goes: the halloumi burger, a portion of
                                      * truffle fries, and the carrot cake" */
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
    if (f->things > 0 && cl->request_form)
        return (says && f->cue[ORDER_CATEGORY_OTHER] >= CLASSIFY_OTHER_STRONG) ||
                       (!cl->has_quantity &&
                        f->cue_core[ORDER_CATEGORY_OTHER] >= CLASSIFY_OTHER_SURE)
                   ? ORDER_INTENT_OTHER /* "I'd like a refund, the wrap was missing" */
                   : ORDER_INTENT_REQUEST;
    if (says && f->things > 0 && classify_names_wanting(in, rg, cl))
        return ORDER_INTENT_REQUEST; /* "he wants the carne asada burrito" */
    /* "my fries were cold": about the things, not asking; "I wonder whether the crumble is
     * served with custard" asks without a question mark */
    if (says && !question)
        return f->cue[ORDER_CATEGORY_INQUIRY] > f->cue[ORDER_CATEGORY_OTHER] &&
                       !classify_about_past(in, rg, cl, cl->end, true)
                   ? ORDER_INTENT_QUESTION
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
        f->cue[ORDER_CATEGORY_INQUIRY] == 0 && f->cue[ORDER_CATEGORY_OTHER] == 0)
        return ORDER_INTENT_REQUEST;
    if (question)
        return classify_question(u, in, rg, cl, f);
    /* "our bag had a vanilla shake instead of the chocolate one": a report of what came,
     * its verb before the things, whatever counts it holds */
    if (f->things > 0 && !cl->request_form &&
        classify_about_past(in, rg, cl, classify_first_thing(rg, c), false))
        return ORDER_INTENT_OTHER;
    if (f->things > 0)
        return f->cue[ORDER_CATEGORY_OTHER] >= CLASSIFY_OTHER_STRONG && !cl->has_quantity
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

static enum order_intent classify_clause(const struct order_understanding *u,
                                         const struct order_class_input *in,
                                         const struct order_reading *rg, size_t c)
{
    const struct order_clause *cl = &rg->clauses[c];
    struct classify_clause_facts f;
    classify_facts(u, in, rg, c, &f);
    bool question =
        cl->question_form || classify_question_inside(u, in->text, in->tokens, cl->begin, cl->end);
    /* "a smoothie with oat milk?": a list with a question mark, no question word, asks
     * for the things */
    bool asked =
        cl->question_start || classify_question_inside(u, in->text, in->tokens, cl->begin, cl->end);
    classify_clause_cues(u, in, rg, cl, question, &f);
    bool says = f.things > 0 && !cl->has_quantity && classify_says_something(in, rg, cl);
    size_t at = cl->begin;
    while (at < cl->end && rg->roles[at] == ORDER_ROLE_GREETING)
        at++;
    enum order_intent intent = classify_clause_by_form(u, in, rg, c, &f, question, at);
    if (intent != CLASSIFY_UNDECIDED)
        return intent;
    return classify_clause_by_cues(u, in, rg, c, &f, question, asked, says);
}

/* Is span th the object of a preposition after other words ("the dressing on the chickpea
 * salad", "the sauce in the wrap")? Then it tells which thing is meant, and is not asked
 * for itself. */
static bool classify_governed(const struct order_class_input *in, const struct order_reading *rg,
                              const struct order_clause *cl, const struct order_thing *th)
{
    /* not "with", "for", "of": "go with the crispy chicken", "one of the burgers" order;
     * "about" tells the topic ("worried about the carrot cake") */
    static const char *const preps[] = {"on", "in", "inside", "from", "about"};
    size_t p = th->begin;
    if (p > cl->begin && (order_tok_is(in->text, in->tokens, p - 1, cl->end, "the") ||
                          order_tok_is(in->text, in->tokens, p - 1, cl->end, "your") ||
                          order_tok_is(in->text, in->tokens, p - 1, cl->end, "my")))
        p--;
    if (p <= (size_t)cl->begin + 1U)
        return false; /* "with fries" alone opens nothing */
    for (size_t k = 0; k < sizeof(preps) / sizeof(preps[0]); k++)
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
 * question, not an order. */
static void classify_food_asides(const struct order_class_input *in, struct order_reading *rg)
{
    bool asks = false;
    for (size_t c = 0; c < rg->n_clauses; c++)
        asks = asks || rg->clauses[c].intent == ORDER_INTENT_QUESTION;
    for (size_t c = 0; asks && c < rg->n_clauses; c++) {
        struct order_clause *cl = &rg->clauses[c];
        if (cl->intent != ORDER_INTENT_REQUEST || cl->request_form || cl->has_quantity)
            continue;
        bool spans = false, free_spans = false, governed = false;
        for (size_t t = 0; t < rg->n_things; t++) {
            const struct order_thing *th = &rg->things[t];
            if (th->clause != c || !th->is_span)
                continue;
            spans = true;
            /* "about the carrot cake and brownie": a dish joined to a governed one is too */
            governed = classify_governed(in, rg, cl, th) ||
                       (governed && classify_joined_to_previous(in, cl, th));
            free_spans = free_spans || !governed;
        }
        if ((!spans && classify_says_something(in, rg, cl)) || (spans && !free_spans))
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
        "and",  "or",    "n",        "plus",  "with",    "w",       "without", "for",
        "to",   "of",    "on",       "in",    "no",      "extra",   "add",     "also",
        "too",  "then",  "just",     "only",  "please",  "pls",     "plz",     "thanks",
        "thx",  "more",  "x",        "me",    "us",      "want",    "wants",   "wanna",
        "need", "needs", "get",      "have",  "take",    "grab",    "give",    "try",
        "do",   "think", "thinking", "maybe", "perhaps", "probably"};
    if (i < cl->begin || i >= cl->end || in->tokens[i].kind != ORDER_TOKEN_WORD ||
        (rg->roles[i] != ORDER_ROLE_NONE && rg->roles[i] != ORDER_ROLE_MODIFIER) ||
        rg->mod_zone[i] || rg->n_hits[i] > 0)
        return false;
    for (size_t k = 0; k < sizeof(list_words) / sizeof(list_words[0]); k++)
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
static size_t classify_clause_things(const struct order_reading *rg, size_t c)
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
    for (size_t k = 0; p > cl->begin && k < sizeof(determiners) / sizeof(determiners[0]); k++)
        if (order_tok_is(in->text, in->tokens, p - 1, cl->end, determiners[k])) {
            p--;
            break;
        }
    return p > cl->begin && classify_statement_word(u, in, rg, cl, p - 1);
}

/* Does the clause hold a word of politeness ("a classic burger please", "... cheers")? A
 * topic of a question is not asked for politely. */
static bool classify_asks_politely(const struct order_class_input *in,
                                   const struct order_clause *cl)
{
    static const char *const polite[] = {"please", "pls", "plz", "cheers", "thanks", "thx", "ta"};
    for (size_t i = cl->begin; i < cl->end; i++)
        for (size_t k = 0; k < sizeof(polite) / sizeof(polite[0]); k++)
            if (order_tok_is(in->text, in->tokens, i, cl->end, polite[k]))
                return true;
    return false;
}

/* Is the dish of clause cl meant for someone ("quesadilla for my son", "falafel wrap for
 * me")? Naming whom a dish is for asks for it; a topic of a question has no one it is for. */
static bool classify_for_someone(const struct order_class_input *in, const struct order_clause *cl)
{
    static const char *const whom[] = {"me", "us", "him", "her", "them", "my", "our", "his"};
    for (size_t i = cl->begin; i + 1 < cl->end; i++) {
        if (!order_tok_is(in->text, in->tokens, i, cl->end, "for"))
            continue;
        for (size_t k = 0; k < sizeof(whom) / sizeof(whom[0]); k++)
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
    for (size_t k = 0; k < sizeof(adding) / sizeof(adding[0]); k++)
        if (order_tok_is(in->text, in->tokens, at, q->end, adding[k]))
            return true;
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

/* A dish named alone, then asked about ("sparkling water - is it a bottle or a glass?",
 * "halloumi burger vs portobello, which is more filling?"), is the topic of the question,
 * not an order of it. */
static void classify_topics(const struct order_understanding *u, const struct order_class_input *in,
                            struct order_reading *rg)
{
    static const char *const pronoun_questions[] = {"is it",   "does it", "are they", "do they",
                                                    "is that", "which",   "which one"};
    for (size_t c = 0; c + 1 < rg->n_clauses; c++) {
        struct order_clause *cl = &rg->clauses[c], *next = &rg->clauses[c + 1];
        /* "vanilla oat shake — is it actually thick or kinda watery?": a question asked of
         * "it" right after a dish, however plain its words, asks about that dish when both are
         * one sentence and the question holds no cue of another matter */
        const struct order_token *last = &in->tokens[cl->end - 1];
        bool one_sentence = last->kind != ORDER_TOKEN_PUNCT ||
                            (last->punct != '.' && last->punct != '!' && last->punct != '\n');
        float cue[ORDER_CATEGORY_MAX] = {0};
        if (next->intent == ORDER_INTENT_OTHER && next->question_form && one_sentence)
            order_cue_scores(u, in->text, in->tokens, next->begin, next->end, rg->roles, true, cue);
        bool asked = next->intent == ORDER_INTENT_QUESTION ||
                     (next->intent == ORDER_INTENT_OTHER && next->question_form && one_sentence &&
                      cue[ORDER_CATEGORY_OTHER] == 0);
        if (cl->intent != ORDER_INTENT_REQUEST || cl->request_form || cl->has_quantity || !asked)
            continue;
        size_t at = next->begin;
        while (at < next->end && rg->roles[at] == ORDER_ROLE_GREETING)
            at++;
        if (classify_asks_politely(in, cl) || classify_for_someone(in, cl) ||
            classify_adds(in, next, at) || classify_colon_list(in, rg, c))
            continue; /* "a classic burger please. also is it dairy free?": ordered, then asked;
                       * so is a list after a colon ("here goes: A, B and C. is that all …") */ /* "a classic burger please. also is it dairy free?": ordered, then asked */
        bool about = false;
        for (size_t k = 0; k < sizeof(pronoun_questions) / sizeof(pronoun_questions[0]); k++) {
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
        for (size_t i = cl->begin; i < cl->end && !about; i++)
            about = order_tok_is(in->text, in->tokens, i, cl->end, "vs") ||
                    order_tok_is(in->text, in->tokens, i, cl->end, "versus");
        if (about)
            cl->intent = next->intent = ORDER_INTENT_QUESTION;
    }
}

/* "what wraps come with hummus? the falafel?", "are your fries gluten free? sweet potato and
 * normal": dishes named bare right after a question about their kind (no opener, count or
 * word of politeness) narrow the question, they order nothing. Each must be one of the
 * items a span of the question fits, and the question must name a kind (a span several
 * items fit). */
static void classify_follow_ups(const struct order_class_input *in, struct order_reading *rg)
{
    for (size_t c = 1; c < rg->n_clauses; c++) {
        struct order_clause *cl = &rg->clauses[c];
        const struct order_clause *q = &rg->clauses[c - 1];
        if (cl->intent != ORDER_INTENT_REQUEST || q->intent != ORDER_INTENT_QUESTION ||
            cl->request_form || cl->has_quantity || classify_asks_politely(in, cl))
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
        if (any && all)
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
 * orders nothing. */
static void classify_negated_follow_ups(const struct order_class_input *in,
                                        struct order_reading *rg)
{
    for (size_t c = 1; c < rg->n_clauses; c++) {
        struct order_clause *cl = &rg->clauses[c];
        if (!classify_bare_after_question(rg, c))
            continue;
        size_t at = cl->begin;
        while (at < cl->end && in->tokens[at].kind != ORDER_TOKEN_WORD)
            at++;
        if (order_tok_is(in->text, in->tokens, at, cl->end, "not"))
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
 * "plus") before them, asks the same of those dishes; it orders nothing. */
static void classify_elliptic_questions(const struct order_class_input *in,
                                        struct order_reading *rg)
{
    static const char *const joins[] = {"and", "or", "also", "plus", "n"};
    for (size_t c = 1; c < rg->n_clauses; c++) {
        struct order_clause *cl = &rg->clauses[c];
        const struct order_clause *q = &rg->clauses[c - 1];
        const struct order_token *last = &in->tokens[cl->end - 1];
        if (cl->intent != ORDER_INTENT_REQUEST || q->intent != ORDER_INTENT_QUESTION ||
            cl->request_form || cl->has_quantity || classify_asks_politely(in, cl) ||
            last->kind != ORDER_TOKEN_PUNCT || last->punct != '?')
            continue;
        bool bare = true;
        for (size_t i = cl->begin; i < cl->end && bare; i++) {
            if (in->tokens[i].kind != ORDER_TOKEN_WORD || rg->roles[i] == ORDER_ROLE_ITEM ||
                rg->roles[i] == ORDER_ROLE_GREETING)
                continue;
            bool join = i == cl->begin && order_tok_in(in->text, in->tokens, i, cl->end, joins,
                                                       sizeof(joins) / sizeof(joins[0]));
            bare = join || order_tok_is(in->text, in->tokens, i, cl->end, "the");
        }
        bool spans = false;
        for (size_t t = 0; t < rg->n_things && bare; t++)
            if (rg->things[t].clause == c) {
                spans = rg->things[t].is_span;
                bare = spans;
            }
        if (bare && spans)
            cl->intent = ORDER_INTENT_QUESTION;
    }
}

/* "what's the vegan mayo made of? the one on the green garden burger": right after a question,
 * a clause that opens by pointing at a thing ("the one", "that stuff") and says where it is
 * ("on", "in", "with", "from" a dish) says what the question is about; it orders nothing. */
static void classify_pointer_follow_ups(const struct order_class_input *in,
                                        struct order_reading *rg)
{
    static const char *const pointing[] = {"the", "that", "this"};
    static const char *const pointers[] = {"one", "ones", "thing", "stuff", "sauce"};
    static const char *const wheres[] = {"on", "in", "with", "from", "inside", "that", "which"};
    for (size_t c = 1; c < rg->n_clauses; c++) {
        struct order_clause *cl = &rg->clauses[c];
        const struct order_clause *q = &rg->clauses[c - 1];
        if (cl->intent != ORDER_INTENT_REQUEST || q->intent != ORDER_INTENT_QUESTION ||
            cl->request_form || classify_asks_politely(in, cl))
            continue; /* "one" of "the one" may read as a count */
        size_t i = cl->begin;
        while (i < cl->end && in->tokens[i].kind != ORDER_TOKEN_WORD)
            i++;
        if (order_tok_in(in->text, in->tokens, i, cl->end, pointing,
                         sizeof(pointing) / sizeof(*pointing)) &&
            order_tok_in(in->text, in->tokens, i + 1, cl->end, pointers,
                         sizeof(pointers) / sizeof(*pointers)) &&
            rg->roles[i + 1] != ORDER_ROLE_ITEM &&
            order_tok_in(in->text, in->tokens, i + 2, cl->end, wheres,
                         sizeof(wheres) / sizeof(*wheres)))
            cl->intent = ORDER_INTENT_QUESTION;
    }
}

/* "is the black bean burger spicy? chipotle scares me a bit", "ngl the jackfruit burger
 * slaps. best thing on the menu": beside a question or another matter, a clause that only
 * says something about the dishes it names (no opener, count or politeness) orders nothing. */
static void classify_statement_asides(const struct order_understanding *u,
                                      const struct order_class_input *in, struct order_reading *rg)
{
    bool beside = false;
    for (size_t c = 0; c < rg->n_clauses; c++)
        beside = beside || rg->clauses[c].intent == ORDER_INTENT_QUESTION ||
                 rg->clauses[c].intent == ORDER_INTENT_OTHER;
    for (size_t c = 0; beside && c < rg->n_clauses; c++) {
        struct order_clause *cl = &rg->clauses[c];
        if (cl->intent != ORDER_INTENT_REQUEST || cl->request_form || cl->has_quantity ||
            classify_asks_politely(in, cl) || classify_alternative_opens(in, cl))
            continue;
        bool all = classify_clause_things(rg, c) > 0;
        for (size_t t = 0; t < rg->n_things && all; t++)
            all = rg->things[t].clause != c || classify_in_statement(u, in, rg, cl, &rg->things[t]);
        /* "been craving oaxacan food": a clause opening with "been" (its "I've" dropped)
         * tells what the customer has been doing, it asks for nothing */
        if (all || order_tok_is(in->text, in->tokens, cl->begin, cl->end, "been"))
            cl->intent = ORDER_INTENT_NONE;
    }
}

/* "the burger with mushroom, no onion. possible?", "..., is that possible?": a clause that
 * only asks whether what came before can be done adds no matter of its own; what came
 * before is read as if said alone. */
static void classify_asks_if_possible(const struct order_class_input *in, struct order_reading *rg)
{
    static const char *const words[] = {"is",    "that", "this",     "it",
                                        "would", "be",   "possible", "doable"};
    for (size_t c = 1; c < rg->n_clauses; c++) {
        struct order_clause *cl = &rg->clauses[c];
        bool possible = false, other = false;
        for (size_t i = cl->begin; i < cl->end && !other; i++) {
            if (in->tokens[i].kind != ORDER_TOKEN_WORD || rg->roles[i] == ORDER_ROLE_GREETING)
                continue;
            possible = possible || order_tok_is(in->text, in->tokens, i, cl->end, "possible") ||
                       order_tok_is(in->text, in->tokens, i, cl->end, "doable");
            other = !order_tok_in(in->text, in->tokens, i, cl->end, words,
                                  sizeof(words) / sizeof(*words));
        }
        if (possible && !other)
            cl->intent = ORDER_INTENT_NONE;
    }
}

/* "which burgers are vegan? not vegetarian, VEGAN": right after a question, a clause of
 * diets alone (with "not", "only", "strictly" ...) says which diet the question means; it
 * orders nothing. */
static void classify_diet_follow_ups(const struct order_understanding *u,
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
            other = !order_tok_in(in->text, in->tokens, i, cl->end, joins,
                                  sizeof(joins) / sizeof(*joins));
            i++;
        }
        if (diet && !other)
            cl->intent = ORDER_INTENT_QUESTION;
    }
}

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
                                                        {"do", "them"}};
    for (size_t l = 0; l < sizeof(leads) / sizeof(*leads); l++) {
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
    bool mods = false, other = false;
    for (size_t i = at; i < e && !other; i++) {
        if (in->tokens[i].kind != ORDER_TOKEN_WORD || rg->roles[i] == ORDER_ROLE_FILLER ||
            order_tok_is(in->text, in->tokens, i, e, "with") || /* "with no pickles" */
            order_tok_is(in->text, in->tokens, i, e, "and") ||
            order_tok_is(in->text, in->tokens, i, e, "the"))
            continue;
        mods = mods || rg->roles[i] == ORDER_ROLE_MODIFIER;
        other = rg->roles[i] != ORDER_ROLE_MODIFIER;
    }
    return mods && !other;
}

/* "Spicy jackfruit, but can you hold the slaw and do the mayo on the side?": after a
 * request, a question made only of changes read as a dish's modifiers (after "can you" or
 * the like, if any) asks for them as part of the order, not about the menu. */
static void classify_changes_asked(const struct order_class_input *in, struct order_reading *rg)
{
    static const char *const asks[] = {"can", "could", "would", "will"};
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
        if (order_tok_in(in->text, in->tokens, at, cl->end, asks, sizeof(asks) / sizeof(*asks)) &&
            (order_tok_is(in->text, in->tokens, at + 1, cl->end, "you") ||
             order_tok_is(in->text, in->tokens, at + 1, cl->end, "u")))
            at += 2;
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
static void classify_dish_then_change(const struct order_understanding *u,
                                      const struct order_class_input *in, struct order_reading *rg)
{
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
static void classify_food_statements(const struct order_understanding *u,
                                     const struct order_class_input *in, struct order_reading *rg)
{
    bool asks = false;
    for (size_t c = 0; c < rg->n_clauses; c++)
        asks = asks || rg->clauses[c].intent == ORDER_INTENT_QUESTION;
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
        order_cue_scores(u, in->text, in->tokens, cl->begin, cl->end, rg->roles, false, cue);
        if (food && !other_thing && cue[ORDER_CATEGORY_OTHER] == 0)
            cl->intent = ORDER_INTENT_NONE;
    }
}

/* "my onion rings were missing ..., can you add them next time free?": a request whose
 * only things are a pronoun pointing back ("them", "those", "it") and that asks for "next
 * time" asks nothing of this order; it goes on with the complaint. */
static void classify_next_time(const struct order_class_input *in, struct order_reading *rg)
{
    static const char *const pronouns[] = {"them", "those", "these", "it", "that"};
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
            all = th->end == th->begin + 1U &&
                  order_tok_in(in->text, in->tokens, th->begin, cl->end, pronouns,
                               sizeof(pronouns) / sizeof(*pronouns));
        }
        if (any && all)
            cl->intent = ORDER_INTENT_OTHER;
    }
}

/* "like fridge cold." after "the nuggets were cold", "~30 ppl next month" after "do you do
 * catering?": right after another matter, a clause with no opener or politeness whose things
 * are all item-like text that is neither food nor of the menu goes on with that matter; it
 * orders nothing. */
static void classify_other_continued(const struct order_class_input *in, struct order_reading *rg)
{
    for (size_t c = 1; c < rg->n_clauses; c++) {
        struct order_clause *cl = &rg->clauses[c];
        if (cl->intent != ORDER_INTENT_REQUEST || rg->clauses[c - 1].intent != ORDER_INTENT_OTHER ||
            cl->request_form || classify_asks_politely(in, cl))
            continue;
        bool all = classify_clause_things(rg, c) > 0;
        for (size_t t = 0; t < rg->n_things && all; t++) {
            const struct order_thing *th = &rg->things[t];
            all = th->clause != c ||
                  (!th->is_span && !th->past && th->leftover_kind == ORDER_LEFTOVER_ITEMLIKE);
        }
        if (all)
            cl->intent = ORDER_INTENT_OTHER;
    }
}

/* "my burrito last week had no fries in it. kinda the whole point??": after a matter of
 * another kind, a '?' on words that open no question, name nothing of the menu or of food
 * and hold no inquiry cue is a remark on that matter, not a question about the menu. */
static void classify_remark_after_other(const struct order_understanding *u,
                                        const struct order_class_input *in,
                                        struct order_reading *rg)
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

/* "Invoice to accounts please.", "Will pop over around 12:30. Cheers!", "ok bye": beside an
 * order, a statement of another matter that asks nothing and reports nothing past is
 * logistics or a pleasantry, no intent of its own. A question ("do you deliver?") and a
 * report of what happened ("my fries were soggy last time") stay. */
static void classify_pleasantries(const struct order_class_input *in, struct order_reading *rg)
{
    bool request = false;
    for (size_t c = 0; c < rg->n_clauses; c++)
        request = request || rg->clauses[c].intent == ORDER_INTENT_REQUEST;
    for (size_t c = 0; request && c < rg->n_clauses; c++) {
        struct order_clause *cl = &rg->clauses[c];
        if (cl->intent == ORDER_INTENT_OTHER && !cl->question_form &&
            !classify_about_past(in, rg, cl, cl->end, true))
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

static void classify_list_openers(const struct order_class_input *in, struct order_reading *rg)
{
    for (size_t c = rg->n_clauses; c-- > 0;)
        if (rg->clauses[c].intent != ORDER_INTENT_REQUEST && classify_opener_alone(in, rg, c))
            rg->clauses[c].intent = ORDER_INTENT_NONE;
}

/* "we were in last week and my daughter loved the mac and cheese so can we get those
 * again": a story told as the reason for the request that follows it with "so" is context,
 * not a matter of its own. */
static void classify_reasons(const struct order_class_input *in, struct order_reading *rg)
{
    for (size_t c = 0; c + 1 < rg->n_clauses; c++) {
        struct order_clause *cl = &rg->clauses[c];
        const struct order_clause *next = &rg->clauses[c + 1];
        if (cl->intent == ORDER_INTENT_OTHER && !cl->question_form &&
            next->intent == ORDER_INTENT_REQUEST && next->request_form &&
            order_tok_is(in->text, in->tokens, next->begin, next->end, "so"))
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
    for (size_t i = cl->begin; i < cl->end; i++)
        if (in->tokens[i].kind == ORDER_TOKEN_PUNCT && in->tokens[i].punct == '?')
            return false;
    const struct order_token *t = in->tokens;
    return cl->end >= cl->begin + 3 && t[cl->end - 1].kind == ORDER_TOKEN_PUNCT &&
           t[cl->end - 1].punct == '.' && t[cl->end - 2].kind == ORDER_TOKEN_PUNCT &&
           t[cl->end - 2].punct == '.';
}

/* "do u guys have... nvm just get me 10 wings": a question left unfinished and taken back
 * by the clause after it asks nothing; the request that follows stands. A question asked
 * whole and then waved off ("whats good today? nvm, a cheeseburger") was still asked. */
static void classify_withdrawn(const struct order_class_input *in, struct order_reading *rg)
{
    for (size_t c = 0; c + 1 < rg->n_clauses; c++)
        if (rg->clauses[c].intent == ORDER_INTENT_QUESTION &&
            classify_trails_off(in, &rg->clauses[c]) && classify_withdraws(in, rg, c + 1))
            rg->clauses[c].intent = ORDER_INTENT_NONE;
}

/* Is token i a sound of hesitation ("uhh", "umm", "erm", "hmm")? */
static bool classify_hesitation(const struct order_class_input *in, size_t i)
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
    for (size_t k = 0; i > cl->begin && k < sizeof(dangling) / sizeof(dangling[0]); k++)
        if (order_tok_is(in->text, in->tokens, i - 1, cl->end, dangling[k]))
            return true;
    return false;
}

/* "chicken burger and the uhh.. the thing my friend had, the purple one?": a request that
 * breaks off mid-list goes on in the next clause; a '?' there, with no question start,
 * is unsure of the name, not a question about the menu. */
static void classify_list_resumed(const struct order_class_input *in, struct order_reading *rg)
{
    for (size_t c = 1; c < rg->n_clauses; c++) {
        struct order_clause *cl = &rg->clauses[c];
        const struct order_clause *prev = &rg->clauses[c - 1];
        if (cl->intent == ORDER_INTENT_QUESTION && !cl->question_start &&
            prev->intent == ORDER_INTENT_REQUEST && classify_breaks_off(in, prev))
            cl->intent = ORDER_INTENT_REQUEST;
    }
}

/* "the teriyaki bowl if its vegan": a condition on the dish before it, cut off as a clause
 * of its own, orders nothing; its diet or state words describe, they name no dish. A
 * condition followed by a request opener of its own ("if its made in oil ill take two") is
 * the request's condition: what follows is asked for. */
static void classify_conditions(const struct order_class_input *in, struct order_reading *rg)
{
    static const char *const subjects[] = {"its", "it", "theyre", "they"};
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
        for (size_t k = 0; k < sizeof(subjects) / sizeof(subjects[0]); k++)
            if (order_tok_is(in->text, in->tokens, cl->begin + 1, cl->end, subjects[k]))
                cl->intent = ORDER_INTENT_NONE;
    }
}

/* "Hi, quick question - is your lemonade fizzy?", "hello, just wondering: is the shake
 * organic?": a clause that only announces the question after it ("quick question", "got a
 * q", "just wondering", "i was curious") is the question's, no matter of its own. */
static void classify_question_announced(const struct order_class_input *in,
                                        struct order_reading *rg)
{
    static const char *const words[] = {
        "quick",   "question", "q",  "qq",  "a",         "one",    "small",  "just",
        "got",     "have",     "i",  "ive", "so",        "random", "silly",  "another",
        "quickly", "was",      "im", "am",  "wondering", "wonder", "curious"};
    static const char *const nouns[] = {"question", "q", "qq", "wondering", "wonder", "curious"};
    for (size_t c = 0; c + 1 < rg->n_clauses; c++) {
        struct order_clause *cl = &rg->clauses[c];
        if (cl->intent != ORDER_INTENT_OTHER || rg->clauses[c + 1].intent != ORDER_INTENT_QUESTION)
            continue;
        bool only = true, noun = false;
        for (size_t i = cl->begin; i < cl->end && only; i++) {
            if (in->tokens[i].kind != ORDER_TOKEN_WORD || rg->roles[i] == ORDER_ROLE_GREETING)
                continue;
            only = order_tok_in(in->text, in->tokens, i, cl->end, words,
                                sizeof(words) / sizeof(*words));
            noun |= order_tok_in(in->text, in->tokens, i, cl->end, nouns,
                                 sizeof(nouns) / sizeof(*nouns));
        }
        if (only && noun)
            cl->intent = ORDER_INTENT_NONE;
    }
}

/* "can u make the veggie taco with flour tortillas instead, times three": asked whether the
 * kitchen can make a dish, with a count of it, is a request for that many; uncounted ("can
 * you make the burger vegan?") it stays a question. */
static void classify_counted_capability(const struct order_class_input *in,
                                        struct order_reading *rg)
{
    static const char *const modals[] = {"can", "could", "would", "will"};
    static const char *const yous[] = {"you", "u", "ya", "yall"};
    static const char *const verbs[] = {"make", "do"};
    for (size_t c = 0; c < rg->n_clauses; c++) {
        struct order_clause *cl = &rg->clauses[c];
        size_t i = cl->begin;
        while (i < cl->end &&
               (in->tokens[i].kind != ORDER_TOKEN_WORD || rg->roles[i] == ORDER_ROLE_GREETING))
            i++;
        if (cl->intent != ORDER_INTENT_QUESTION ||
            !order_tok_in(in->text, in->tokens, i, cl->end, modals,
                          sizeof(modals) / sizeof(*modals)) ||
            !order_tok_in(in->text, in->tokens, i + 1, cl->end, yous,
                          sizeof(yous) / sizeof(*yous)) ||
            !order_tok_in(in->text, in->tokens, i + 2, cl->end, verbs,
                          sizeof(verbs) / sizeof(*verbs)))
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
static void classify_permission_asked(const struct order_class_input *in, struct order_reading *rg)
{
    static const char *const selves[] = {"i", "im", "we", "were", "ive", "weve", "my", "our"};
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
            condition |= order_verb && order_tok_is(in->text, in->tokens, i, cl->end, "if") &&
                         order_tok_in(in->text, in->tokens, i + 1, cl->end, selves,
                                      sizeof(selves) / sizeof(*selves));
        }
        if (condition)
            cl->intent = ORDER_INTENT_QUESTION;
    }
}

enum order_category order_classify(const struct order_understanding *u,
                                   const struct order_class_input *in, struct order_reading *rg,
                                   struct order_class_scores *scores)
{
    bool any[ORDER_INTENT_ASIDE + 1] = {false};
    bool question = false;
    for (size_t c = 0; c < rg->n_clauses; c++) {
        enum order_intent i = classify_clause(u, in, rg, c);
        rg->clauses[c].intent = (uint8_t)i;
        any[i] = true;
        question = question || rg->clauses[c].question_form;
    }
    classify_topics(u, in, rg);
    classify_follow_ups(in, rg);
    classify_elliptic_questions(in, rg);
    classify_pointer_follow_ups(in, rg);
    classify_diet_follow_ups(u, in, rg);
    classify_negated_follow_ups(in, rg);
    classify_food_asides(in, rg);
    classify_asks_if_possible(in, rg);
    classify_statement_asides(u, in, rg);
    classify_other_continued(in, rg);
    classify_remark_after_other(u, in, rg);
    classify_next_time(in, rg);
    classify_food_statements(u, in, rg);
    classify_changes_asked(in, rg);
    classify_dish_then_change(u, in, rg);
    classify_pleasantries(in, rg);
    classify_list_openers(in, rg);
    classify_reasons(in, rg);
    classify_withdrawn(in, rg);
    classify_list_resumed(in, rg);
    classify_conditions(in, rg);
    classify_permission_asked(in, rg);
    classify_counted_capability(in, rg);
    classify_question_announced(in, rg);
    rg->names_menu_words = classify_menu_words(u, in->text, in->tokens, 0, in->n_tokens);
    memset(any, 0, sizeof(any));
    for (size_t c = 0; c < rg->n_clauses; c++)
        any[rg->clauses[c].intent] = true;
    /* a statement with only inquiry cues is the question when nothing else is said */
    bool alone =
        !any[ORDER_INTENT_REQUEST] && !any[ORDER_INTENT_QUESTION] && !any[ORDER_INTENT_OTHER];
    for (size_t c = 0; c < rg->n_clauses; c++)
        if (rg->clauses[c].intent == ORDER_INTENT_ASIDE)
            rg->clauses[c].intent = alone ? ORDER_INTENT_QUESTION : ORDER_INTENT_NONE;
    any[ORDER_INTENT_QUESTION] = any[ORDER_INTENT_QUESTION] || (alone && any[ORDER_INTENT_ASIDE]);
    if (scores) {
        scores->question = question;
        order_cue_scores(u, in->text, in->tokens, 0, in->n_tokens, rg->roles, false, scores->score);
        for (int c = 0; c < ORDER_CATEGORY_MAX; c++)
            scores->score[c] += u->prototype_weight * in->prototype_sim[c];
    }
    if (any[ORDER_INTENT_REQUEST])
        return ORDER_CATEGORY_ORDER;
    if (any[ORDER_INTENT_QUESTION])
        return ORDER_CATEGORY_INQUIRY;
    return ORDER_CATEGORY_OTHER;
}
