/* clause_openers.c — request openers (clause.c, reading.h pass 2): the grammar of the
 * forms the understanding's list does not spell out (order_read_opener_grammar: "could i
 * pleeze have", "ordering a", "gonna have", "i could go for"), someone else's choice said as
 * a statement ("my husband wants the beef one") and "to" and a verb after an opener of
 * wanting ("i'd love to try"). */
#include <string.h>

#include "gateway/order/clause_internal.h"
#include "gateway/order/food.h"

/* The grammar of a request opener, for the forms the understanding's list does not spell
 * out: a modal (or one texted short, "cn") and "I"/"we" ("could I", "can we"), a subject with its
 * auxiliary ("I'd", "we'll", "I would") or "I"/"we" alone, then at most two words of manner
 * ("please", "just", "also", or a word no dictionary knows: a misspelt "pleeze"), then a verb of
 * getting or wanting. "could i pleeze have", "can we also get", "i'd really like", "i just want".
 */
static const char *const clause_modals[] = {"can", "could", "may", "might", "would", "will"};
static const char *const clause_subjects[] = {"i", "we"};
static const char *const clause_subject_aux[] = {"id",       "wed",    "ill",     "i would",
                                                 "we would", "i will", "we will", "i shall"};
static const char *const clause_manner[] = {
    "please", "pls", "plz", "just", "also", "maybe", "possibly", "actually", "really", "still",
    "kindly", "quickly", "perhaps", "then", "now", "um", "uh", "probably", "def", "definitely",
    /* the party's share, said between subject and verb: "we'd both like", "we all want" */
    "both", "all",
    /* "possibly" with its last letter slipped, which the frame repair reads as "possible" */
    "possible"};
static const char *const clause_getting[] = {"get",  "have", "grab", "order", "try",
                                             "take", "buy",  "like", "love"};
static const char *const clause_preface[] = {"think", "reckon", "guess", "suppose"};
/* "go for", "do with", "go with": a verb and its particle */
static const char *const clause_going_for[] = {"go for", "do with", "go with", "use"};
/* after "I" alone only wanting: "I really like the fries" praises them */
static const char *const clause_wanting[] = {"want", "need", "wanna"};

size_t clause_you_asked_end(const char *text, const struct order_token *tokens, size_t p, size_t e)
{
    static const char *const modals[] = {"can", "could", "would", "will"};
    static const char *const addressed[] = {"you", "u"};
    static const char *const manner[] = {"please", "pls", "plz", "just", "also", "then"};
    if (CLAUSE_IN(modals, p) && CLAUSE_IN(addressed, p + 1U))
        p += 2U;
    for (size_t m = 0; m < 2U && CLAUSE_IN(manner, p); m++)
        p++;
    return p;
}

bool clause_subject_at(const char *text, const struct order_token *tokens, size_t i, size_t e)
{
    return CLAUSE_IN(clause_subjects, i) || CLAUSE_IN(clause_subject_aux, i);
}

/* A word of manner at i: one of the list, or an unread word no dictionary knows. */
static bool clause_manner_at(const struct order_reader *rd, const char *text,
                             const struct order_token *tokens, size_t i, size_t e,
                             const struct order_reading *out)
{
    if (CLAUSE_IN(clause_manner, i))
        return true;
    const struct order_token *t = &tokens[i];
    if (i >= e || t->kind != ORDER_TOKEN_WORD || t->len < 3 || out->n_hits[i] > 0)
        return false;
    for (size_t k = 0; k < t->len; k++)
        if (text[t->off + k] < 'a' || text[t->off + k] > 'z')
            return false;
    return !order_dictionary_has(rd->dict, text + t->off, t->len) &&
           !order_food_word(rd->food, text + t->off, t->len);
}

/* After a modal and its subject, is the word at p a verb of getting of four letters or more
 * misspelt by one edit, though it is an English word too ("could we haver three ..."), before
 * a count or a menu word? Where the verb stands nothing else is meant. */
static bool clause_near_getting(const struct order_reader *rd, const char *text,
                                const struct order_token *tokens, size_t p, size_t e,
                                const struct order_reading *out)
{
    enum { NEAR_GETTING_LEN_MIN = 4 };
    int32_t v;
    /* its object follows: a count ("three") or a menu word; "can i make a booking" is none */
    bool object =
        p + 1 < e && tokens[p + 1].kind == ORDER_TOKEN_WORD &&
        !order_tok_is(text, tokens, p + 1, e, "a") && !order_tok_is(text, tokens, p + 1, e, "an") &&
        (out->n_hits[p + 1] > 0 || order_read_number(rd->u, text, tokens, p + 1, e, &v) > 0);
    if (!object || tokens[p].kind != ORDER_TOKEN_WORD || out->n_hits[p] > 0)
        return false;
    for (size_t k = 0; k < ORDER_WORDS_N(clause_getting); k++) {
        size_t len = strlen(clause_getting[k]);
        if (len >= NEAR_GETTING_LEN_MIN && order_edit_distance(text + tokens[p].off, tokens[p].len,
                                                               clause_getting[k], len, 1) <= 1)
            return true;
    }
    return false;
}

/* Is the word at p a pronoun pointing back at a dish that ends what the clause asks, only
 * words saying it stands whatever the answer after it ("that either way", "it anyway")? "im
 * getting it delivered", "getting them to go" say how, no dish. */
static bool clause_pointing_alone(const char *text, const struct order_token *tokens, size_t p,
                                  size_t e)
{
    static const char *const pointing[] = {"that", "it", "those", "them", "em", "this"};
    static const char *const regardless[] = {"either", "way",  "anyway", "anyways", "regardless",
                                             "too",    "then", "please", "pls",     "lol"};
    if (!CLAUSE_IN(pointing, p))
        return false;
    for (size_t q = p + 1U; q < e; q++)
        if (tokens[q].kind == ORDER_TOKEN_WORD && !CLAUSE_IN(regardless, q))
            return false;
    return true;
}

/* "ordering a strawberry banana", "grabbing 2 fries": a verb of getting in -ing form that
 * starts the clause, before an article, a count, a menu word or a pronoun pointing back at
 * a dish ("is the bowl good? im getting that either way"). */
static size_t clause_getting_ing_opener(const struct order_reader *rd, const char *text,
                                        const struct order_token *tokens, size_t p, size_t e,
                                        const struct order_reading *out)
{
    static const char *const getting_ing[] = {"ordering", "getting", "grabbing"};
    static const char *const lead[] = {"im", "were"};
    if (!ORDER_CUES_ANY(&out->cues, "ordering", "getting", "grabbing"))
        return 0;
    int32_t qty;
    if (CLAUSE_IN(getting_ing, p) && p + 1 < e &&
        (order_read_quantity(rd->u, text, tokens, p + 1, e, &qty) > 0 ||
         order_tok_is(text, tokens, p + 1, e, "the") || out->n_hits[p + 1] > 0))
        return 1;
    size_t q = p + (CLAUSE_IN(lead, p) ? 1U : 0U);
    return CLAUSE_IN(getting_ing, q) && clause_pointing_alone(text, tokens, q + 1U, e) ? q + 1U - p
                                                                                       : 0;
}

/* "got a craving for", "i have a craving for", "ive got a craving for": wanting. */
static size_t clause_craving_opener(const char *text, const struct order_token *tokens, size_t p,
                                    size_t e)
{
    static const char *const lead[] = {"i", "ive", "weve", "we"};
    static const char *const having[] = {"got", "have"};
    size_t q = p;
    if (CLAUSE_IN(lead, q))
        q++;
    if (CLAUSE_IN(having, q))
        q++;
    if (q > p && order_tok_is(text, tokens, q, e, "a") &&
        order_tok_is(text, tokens, q + 1, e, "craving") &&
        order_tok_is(text, tokens, q + 2, e, "for"))
        return q + 3 - p;
    return 0;
}

bool clause_feeling_dish_at(const char *text, const struct order_token *tokens, size_t q, size_t e,
                            const struct order_reading *out)
{
    static const char *const articles[] = {"the", "a", "an", "one", "two", "three"};
    if (!ORDER_CUES_ANY(&out->cues, "feeling"))
        return false;
    return order_tok_is(text, tokens, q, e, "feeling") && CLAUSE_IN(articles, q + 1U) &&
           q + 2U < e && tokens[q + 2U].kind == ORDER_TOKEN_WORD && out->n_hits[q + 2U] > 0;
}

/* "im feeling the pollo bowl", "feeling a cold brew today": in the mood for a dish named
 * after its article, which is wanting it; "im feeling sick" names none. */
static size_t clause_feeling_opener(const char *text, const struct order_token *tokens, size_t p,
                                    size_t e, const struct order_reading *out)
{
    static const char *const lead[] = {"im", "were", "i am", "we are"};
    size_t q = p;
    if (CLAUSE_IN(lead, q))
        q += order_tok_is(text, tokens, q, e, "im") || order_tok_is(text, tokens, q, e, "were")
                 ? 1U
                 : 2U;
    return clause_feeling_dish_at(text, tokens, q, e, out) ? q + 1U - p : 0;
}

/* "gonna have", "i'm going to have", "we are gonna need": a plan to get, subject or not. */
static size_t clause_going_to_opener(const char *text, const struct order_token *tokens, size_t p,
                                     size_t e)
{
    static const char *const going_subject[][2] = {{"i", "am"},    {"we", "are"}, {"im", NULL},
                                                   {"were", NULL}, {"i", NULL},   {"we", NULL}};
    static const char *const going_get[] = {"get",  "have", "grab", "order",
                                            "take", "buy",  "need", "try"}; /* not "love" */
    size_t g = p;
    for (size_t k = 0; k < ORDER_WORDS_N(going_subject) && g == p; k++)
        if (order_tok_is(text, tokens, p, e, going_subject[k][0]) &&
            (!going_subject[k][1] || order_tok_is(text, tokens, p + 1, e, going_subject[k][1])))
            g = p + (going_subject[k][1] ? 2 : 1);
    size_t going =
        order_tok_is(text, tokens, g, e, "gonna") ? 1
        : order_tok_is(text, tokens, g, e, "going") && order_tok_is(text, tokens, g + 1, e, "to")
            ? 2
            : 0;
    return going > 0 && CLAUSE_IN(going_get, g + going) ? g + going + 1 - p : 0;
}

/* "we'll split the truffle fries", "we can share a churros", "ill just split the nachos": a
 * subject that says what it will do, then "split" or "share" before an article, a count or a
 * menu word. Sharing a dish asks for it; "we'll" written "well" is read so only here, where a
 * verb of sharing and its object follow. */
static size_t clause_sharing_opener(const struct order_reader *rd, const char *text,
                                    const struct order_token *tokens, size_t p, size_t e,
                                    const struct order_reading *out)
{
    static const char *const will[] = {"well", "ill", "wed", "id"};
    static const char *const modals[] = {"will", "can", "could", "should", "shall"};
    static const char *const sharing[] = {"split", "share"};
    static const char *const objects[] = {"a", "an", "the", "some"};
    if (!ORDER_CUES_ANY(&out->cues, "split", "share"))
        return 0;
    size_t v = CLAUSE_IN(will, p)                                          ? p + 1
               : CLAUSE_IN(clause_subjects, p) && CLAUSE_IN(modals, p + 1) ? p + 2
                                                                           : 0;
    if (v == 0)
        return 0;
    if (order_tok_is(text, tokens, v, e, "just") || order_tok_is(text, tokens, v, e, "probably"))
        v++;
    int32_t n;
    if (!CLAUSE_IN(sharing, v) || v + 1 >= e ||
        !(CLAUSE_IN(objects, v + 1) || out->n_hits[v + 1] > 0 ||
          order_read_number(rd->u, text, tokens, v + 1, e, &n) > 0))
        return 0;
    return v + 1 - p;
}

/* Openers whose verb comes with a particle or after a hopeful preface: "i could go for",
 * "id go with", "any chance i could grab" (the list spells out only "get"). */
static size_t clause_going_for_opener(const char *text, const struct order_token *tokens, size_t p,
                                      size_t e)
{
    if (order_tok_is(text, tokens, p, e, "any") && order_tok_is(text, tokens, p + 1, e, "chance") &&
        CLAUSE_IN(clause_subjects, p + 2) && CLAUSE_IN(clause_modals, p + 3) &&
        CLAUSE_IN(clause_getting, p + 4))
        return 5;
    if (CLAUSE_IN(clause_subjects, p) && CLAUSE_IN(clause_modals, p + 1) &&
        CLAUSE_IN(clause_going_for, p + 2))
        return 4; /* "i could go for", "we could do with" */
    if (CLAUSE_IN(clause_subject_aux, p) && CLAUSE_IN(clause_going_for, p + 1))
        return 3; /* "id go for", "ill go with" */
    return 0;
}

/* The subject that asks, from p: a modal and "I"/"we", a subject with its auxiliary, or
 * "I"/"we" alone; the number of its words, 0 when none stands there. */
static size_t clause_asking_subject(const struct order_reader *rd, const char *text,
                                    const struct order_token *tokens, size_t p, size_t e,
                                    bool *modal)
{
    *modal = true;
    if ((CLAUSE_IN(clause_modals, p) ||
         clause_texted_modal_at(rd, text, tokens, p, e, clause_modals,
                                ORDER_WORDS_N(clause_modals))) &&
        CLAUSE_IN(clause_subjects, p + 1))
        return 2;
    if (CLAUSE_IN(clause_subject_aux, p))
        return order_tok_is(text, tokens, p + 1, e, "would") ||
                       order_tok_is(text, tokens, p + 1, e, "will") ||
                       order_tok_is(text, tokens, p + 1, e, "shall")
                   ? 2
                   : 1;
    *modal = false;
    return CLAUSE_IN(clause_subjects, p) ? 1 : 0;
}

size_t order_read_opener_grammar(const struct order_reader *rd, const char *text,
                                 const struct order_token *tokens, size_t i, size_t e,
                                 const struct order_reading *out)
{
    enum { MANNER_WORDS_MAX = 2 };
    size_t kitchen = clause_kitchen_asked_opener(text, tokens, out, i, e);
    if (kitchen == 0)
        kitchen = clause_put_in_opener(text, tokens, out, i, e); /* "just put one in" */
    if (kitchen > 0)
        return kitchen; /* "would you prepare a ...": gated on its own verbs */
    /* a word of each opener below, or the subject ("i", "we", "id", "wed", "ill") the rest
     * read */
    if (!ORDER_CUES_ANY(&out->cues, "ordering", "getting", "grabbing", "craving", "feeling",
                        "gonna", "going", "thinking", "split", "share", "hoping", "possible", "be",
                        "settled", "decided", "landed", "agreed", "if", "bring", "fetch", "ahead",
                        "repeat", "redo", "reorder", "replicate", "remake", "reordering",
                        "repeating", "add", "take", "i", "we", "id", "wed", "ill"))
        return 0;
    size_t k = clause_getting_ing_opener(rd, text, tokens, i, e, out);
    if (k == 0 && ORDER_CUES_ANY(&out->cues, "craving"))
        k = clause_craving_opener(text, tokens, i, e);
    if (k == 0)
        k = clause_feeling_opener(text, tokens, i, e, out);
    if (k == 0 && ORDER_CUES_ANY(&out->cues, "gonna", "going"))
        k = clause_going_to_opener(text, tokens, i, e);
    if (k == 0)
        k = clause_thinking_opener(text, tokens, i, e, out);
    if (k == 0)
        k = clause_sharing_opener(rd, text, tokens, i, e, out);
    if (k == 0 && ORDER_CUES_ANY(&out->cues, "hoping", "possible", "be"))
        k = clause_leave_asked_opener(text, tokens, i, e);
    if (k == 0 && ORDER_CUES_ANY(&out->cues, "settled", "decided", "landed", "agreed"))
        k = clause_settled_opener(text, tokens, i, e);
    if (k == 0 && ORDER_CUES_ANY(&out->cues, "if"))
        k = clause_permission_opener(text, tokens, i, e);
    if (k == 0 && ORDER_CUES_ANY(&out->cues, "bring", "fetch"))
        k = clause_bring_opener(text, tokens, i, e);
    if (k == 0 && ORDER_CUES_ANY(&out->cues, "repeat", "redo", "reorder", "replicate", "remake",
                                 "reordering", "repeating"))
        k = clause_repeat_past_opener(text, tokens, i, e, out);
    if (k == 0 && ORDER_CUES_ANY(&out->cues, "add"))
        k = clause_add_back_opener(text, tokens, i, e, out);
    if (k == 0 && ORDER_CUES_ANY(&out->cues, "ahead"))
        k = clause_go_ahead_opener(text, tokens, i, e);
    if (k == 0)
        k = clause_take_present_opener(text, tokens, out, i, e);
    if (k > 0)
        return k;
    size_t p = i;
    /* "i think", "i reckon we": a preface before the subject that asks */
    if (CLAUSE_IN(clause_subjects, p) && CLAUSE_IN(clause_preface, p + 1) &&
        (CLAUSE_IN(clause_subjects, p + 2) || CLAUSE_IN(clause_subject_aux, p + 2) ||
         order_tok_is(text, tokens, p + 2, e, "well"))) {
        p += 2;
        if (order_tok_is(text, tokens, p, e, "well") && CLAUSE_IN(clause_getting, p + 1))
            return p + 2 - i; /* "i think we'll have": "well" is "we'll" only here */
    }
    k = clause_going_for_opener(text, tokens, p, e);
    if (k > 0)
        return p + k - i;
    bool modal;
    size_t subject = clause_asking_subject(rd, text, tokens, p, e, &modal);
    if (subject == 0)
        return 0;
    /* "ill just do one of each", "we will probably do the tacos": "do" after a subject that
     * says what it will do is the list's "ill do" with words of manner between */
    bool future = order_tok_is(text, tokens, p, e, "ill") ||
                  (subject == 2U && order_tok_is(text, tokens, p + 1U, e, "will"));
    p += subject;
    size_t manner = 0;
    while (manner < MANNER_WORDS_MAX && clause_manner_at(rd, text, tokens, p, e, out)) {
        p++;
        manner++;
    }
    /* "i want" and "could i get" are the list's; here only what it lacks */
    if (!modal && manner == 0)
        return 0;
    bool verb = modal ? CLAUSE_IN(clause_getting, p) || CLAUSE_IN(clause_wanting, p) ||
                            clause_near_getting(rd, text, tokens, p, e, out) ||
                            (future && manner > 0 && order_tok_is(text, tokens, p, e, "do"))
                      : CLAUSE_IN(clause_wanting, p);
    return verb ? p + 1 - i : 0;
}

/* Does a menu word stand within the next few words from p, before any punctuation ("the
 * regular beef one", not "meat")? */
bool clause_menu_word_near(const struct order_token *tokens, const struct order_reading *out,
                           size_t p, size_t e)
{
    enum { NEAR_WORDS = 4 };
    for (size_t q = p; q < e && q < p + NEAR_WORDS && tokens[q].kind == ORDER_TOKEN_WORD; q++)
        if (out->n_hits[q] > 0)
            return true;
    return false;
}

/* Someone else's choice, said as a statement: a person ("she", "my husband", "the kids",
 * "Sam": one word no lexicon reads), then wanting ("wants", "needs"), a modal of the future
 * or of wishing with a verb of getting ("will have", "would like", "'ll take", "'ll try"), or
 * "is" with one in -ing form ("is having"). "she will have the wrap", "my husband wants the
 * beef one".
 * Returns its length, or 0. */
size_t clause_someone_wants(const struct order_reader *rd, const char *text,
                            const struct order_token *tokens, const struct order_reading *out,
                            size_t i, size_t e)
{
    static const char *const pronouns[] = {"he", "she", "they"};
    /* the pronoun and its auxiliary run together once the apostrophe is gone */
    static const char *const pronoun_modals[] = {"hell", "shell", "theyll", "hed", "shed", "theyd"};
    static const char *const pronoun_being[] = {"hes", "shes", "theyre"};
    static const char *const determiners[] = {"my", "our", "his", "her", "their", "the"};
    /* words that stand where a person would but are none: "it will take a while" */
    static const char *const no_person[] = {"it",  "that", "this", "there",  "which", "what",
                                            "who", "you",  "u",    "order",  "food",  "i",
                                            "we",  "one",  "it",   "kitchen"};
    static const char *const modals[] = {"will", "would", "shall"};
    static const char *const getting[] = {"have", "take", "get", "like", "order", "try"};
    static const char *const wanting[] = {"wants", "needs"};
    static const char *const being[] = {"is", "are"};
    static const char *const getting_ing[] = {"having", "getting", "taking", "ordering"};
#define SOMEONE_IN(list, at) order_tok_in(text, tokens, (at), e, list, sizeof(list) / sizeof(*list))
    /* the wanting, the modal or the being of every form, or a pronoun run into one */
    if (!ORDER_CUES_ANY(&out->cues, "wants", "needs", "will", "would", "shall", "is", "are", "hell",
                        "shell", "theyll", "hed", "shed", "theyd", "hes", "shes", "theyre"))
        return 0;
    size_t p = i;
    size_t party = clause_party_at(text, tokens, i, e); /* "two of us would like" */
    if (party > 0)                                      /* "3 of us are having" */
        return (SOMEONE_IN(modals, i + party) && SOMEONE_IN(getting, i + party + 1)) ||
                       (SOMEONE_IN(being, i + party) && SOMEONE_IN(getting_ing, i + party + 1))
                   ? party + 2
                   : 0;
    if (SOMEONE_IN(pronoun_modals, p))
        return SOMEONE_IN(getting, p + 1) ? 2 : 0;
    if (SOMEONE_IN(pronoun_being, p))
        return SOMEONE_IN(getting_ing, p + 1) ? 2 : 0;
    if (SOMEONE_IN(determiners, p))
        p++;
    /* "the kids will have": a menu word that never names a dish alone, after a determiner,
     * is the person */
    bool person_word =
        p > i && p < e &&
        order_patterns_longest(&rd->u->not_dish_words, text, tokens, p, p + 1, NULL) == 1;
    /* a word read only as a misspelt menu word before "wants" is a name: "jake wants ..." */
    if (p >= e || tokens[p].kind != ORDER_TOKEN_WORD ||
        (out->n_hits[p] > 0 && !person_word &&
         !(order_token_slip_only(out, p) && SOMEONE_IN(wanting, p + 1))) ||
        out->roles[p] != ORDER_ROLE_NONE ||
        (p == i && !SOMEONE_IN(pronouns, p) && SOMEONE_IN(no_person, p)) ||
        (p > i && SOMEONE_IN(no_person, p)))
        return 0;
    p++;
    size_t k = 0;
    if (SOMEONE_IN(wanting, p))
        k = p + 1 - i;
    else if ((SOMEONE_IN(modals, p) && SOMEONE_IN(getting, p + 1)) ||
             (SOMEONE_IN(being, p) && SOMEONE_IN(getting_ing, p + 1)))
        k = p + 2 - i;
    /* "wants a babyccino" asks for a thing; "wants meat" says what they eat; "would like
     * whatever he had last time" asks for an order outside the message (past.c) */
    static const char *const articles[] = {"a", "an", "the", "one", "two", "2", "some"};
    return k > 0 && (clause_menu_word_near(tokens, out, i + k, e) || SOMEONE_IN(articles, i + k) ||
                     order_read_past_reference(text, tokens, i + k, e, out) > 0)
               ? k
               : 0;
#undef SOMEONE_IN
}

/* "we would like to share", "i'd love to try": "to" and a verb of getting or sharing after
 * an opener of wanting belong to it; the words after them are the request ("i want to
 * cancel the fries" asks for nothing). Returns their length (2), or 0. */
size_t clause_infinitive_after(const struct order_reader *rd, const char *text,
                               const struct order_token *tokens, size_t p, size_t e,
                               const struct order_reading *out)
{
    static const char *const wanting[] = {"like", "love",  "want", "wanna",
                                          "need", "wants", "needs"};
    static const char *const getting[] = {"share", "split", "order", "preorder", "pre-order",
                                          "try",   "get",   "have",  "grab",     "buy",
                                          "eat",   "taste", "sample"};
    static const char *const objects[] = {"a", "an", "the", "some"};
    if (!ORDER_CUES_ANY(&out->cues, "to") ||
        !ORDER_CUES_ANY(&out->cues, "like", "love", "want", "wanna", "need", "wants", "needs"))
        return 0;
    if (p < 2 || p + 1 >= e || !CLAUSE_IN(wanting, p - 1) ||
        !order_tok_is(text, tokens, p, e, "to") || out->roles[p + 1] != ORDER_ROLE_NONE)
        return 0;
    if (CLAUSE_IN(getting, p + 1))
        return 2;
    /* "i would like to ofder two wraps": a word no dictionary knows where the verb stands,
     * before its object (an article, a count or a menu word), is that verb misspelt */
    int32_t v;
    bool object = p + 2 < e && (CLAUSE_IN(objects, p + 2) || out->n_hits[p + 2] > 0 ||
                                order_read_number(rd->u, text, tokens, p + 2, e, &v) > 0);
    return object && clause_manner_at(rd, text, tokens, p + 1, e, out) &&
                   !CLAUSE_IN(clause_manner, p + 1)
               ? 2
               : 0;
}

/* Someone else's wanting as a request opener at tokens[i..e), where clause_someone_wants
 * finds none: a possessive or "the" and up to two words that name no dish, then
 * "wants"/"needs" before an article, a count (any the reader reads) or a menu word: "and the
 * baby wants a babyccino", "my son needs 2 nuggets". Not "he wants to know". Returns the
 * tokens covered, or 0. */
size_t clause_other_wants(const struct order_reader *rd, const char *text,
                          const struct order_token *tokens, size_t i, size_t e,
                          const struct order_reading *out)
{
    enum { SUBJECT_WORDS_MAX = 2 };
    static const char *const pronouns[] = {"he", "she"};
    static const char *const determiners[] = {"my", "the", "our", "his", "her"};
    static const char *const wants[] = {"wants", "needs"};
    static const char *const objects[] = {"a", "an", "the", "some"};
    /* the subject, then "wants" / "needs" or a verb of saying before a quote
     * (clause_saying_quote_at) */
    if (!ORDER_CUES_ANY(&out->cues, "he", "she", "my", "the", "our", "his", "her") ||
        !ORDER_CUES_ANY(&out->cues, "wants", "needs", "says", "said", "goes", "went", "yelled",
                        "yells", "shouted", "shouts", "asked", "asks", "wrote", "texted", "insists",
                        "screamed"))
        return 0;
    size_t p = i;
    if (CLAUSE_IN(pronouns, p)) {
        p++;
    } else if (CLAUSE_IN(determiners, p)) {
        p++;
        size_t words = 0;
        while (words < SUBJECT_WORDS_MAX && p < e && tokens[p].kind == ORDER_TOKEN_WORD &&
               out->n_hits[p] == 0 && !CLAUSE_IN(wants, p)) {
            if (clause_saying_quote_at(text, tokens, p, e))
                break;
            p++;
            words++;
        }
        if (words == 0)
            return 0;
    } else {
        return 0;
    }
    if ((!CLAUSE_IN(wants, p) && !clause_saying_quote_at(text, tokens, p, e)) || p + 1 >= e)
        return 0;
    int32_t qty;
    bool object = CLAUSE_IN(objects, p + 1) || out->n_hits[p + 1] > 0 ||
                  order_read_quantity(rd->u, text, tokens, p + 1, e, &qty) > 0 ||
                  order_read_past_reference(text, tokens, p + 1, e, out) > 0;
    return object ? p + 1 - i : 0;
}

/* Is token q a count: digits below 100 or a number word up to ten ("2", "two")? */
static bool clause_count_word(const char *text, const struct order_token *tokens, size_t q,
                              size_t e)
{
    static const char *const numbers[] = {"one", "two",   "three", "four", "five",
                                          "six", "seven", "eight", "nine", "ten"};
    if (q >= e || tokens[q].kind != ORDER_TOKEN_WORD)
        return false;
    if (CLAUSE_IN(numbers, q))
        return true;
    const char *w = text + tokens[q].off;
    size_t len = tokens[q].len;
    for (size_t k = 0; k < len; k++)
        if (w[k] < '0' || w[k] > '9')
            return false;
    return len >= 1 && len <= 2;
}

/* "what i want is the bean burger", "all we need is 2 fries", "what id like is a shake": a
 * request opener turned into the subject of "is" (a cleft). "what" opens no question here:
 * the opener after it and "is" make the words after them the request. Returns the tokens of
 * "what", the opener and "is", or 0. */
/* "what i meant was the bean burger", "the shake i wanted was the vanilla one", "the one
 * we asked for is the large fries": what the customer wanted, meant or ordered, made the
 * subject of "was"/"is", restates what is asked for. The head is "what", or "the" with up to
 * two words naming the kind ("the shake", "the one", "the sweet one"); after the verb of
 * being an article and a menu word must stand ("was cold", "was missing the fries" tell of
 * the order, they restate nothing). Returns the tokens up to and with the verb of being, or
 * 0. */
static size_t clause_restated_cleft(const char *text, const struct order_token *tokens, size_t i,
                                    size_t e, const struct order_reading *out)
{
    enum { KIND_WORDS_MAX = 2 };
    static const char *const restating[] = {"wanted", "meant", "ordered", "asked"};
    static const char *const being[] = {"was", "is"};
    static const char *const objects[] = {"a", "an", "the"};
    if (!ORDER_CUES_ANY(&out->cues, "wanted", "meant", "ordered", "asked"))
        return 0;
    size_t p = i + 1;
    if (order_tok_is(text, tokens, i, e, "the")) {
        while (p < e && p < i + 1 + KIND_WORDS_MAX && tokens[p].kind == ORDER_TOKEN_WORD &&
               !CLAUSE_IN(clause_subjects, p))
            p++;
        if (p == i + 1)
            return 0;
        if (order_tok_is(text, tokens, p, e, "that"))
            p++;
    } else if (!order_tok_is(text, tokens, i, e, "what")) {
        return 0;
    }
    if (!CLAUSE_IN(clause_subjects, p) || !CLAUSE_IN(restating, p + 1))
        return 0;
    p += 2;
    if (order_tok_is(text, tokens, p - 1, e, "asked")) {
        if (!order_tok_is(text, tokens, p, e, "for"))
            return 0;
        p++;
    }
    /* "the shake i ordered was a bit warm" describes what came; "was the vanilla one" says
     * which it was: after "ordered" only "the" identifies */
    bool ordered = order_tok_is(text, tokens, p - 1, e, "ordered");
    if (!CLAUSE_IN(being, p) || p + 1 >= e)
        return 0;
    p++;
    /* "what i meant was: 1 ...": a colon may set off what is restated, and a count may open
     * it as an article does */
    size_t q = p;
    if (!ordered && tokens[q].kind == ORDER_TOKEN_PUNCT && tokens[q].punct == ':' && q + 1 < e)
        q++;
    return (ordered ? order_tok_is(text, tokens, q, e, "the")
                    : CLAUSE_IN(objects, q) || clause_count_word(text, tokens, q, e)) &&
                   clause_menu_word_near(tokens, out, q + 1, e)
               ? p - i
               : 0;
}

size_t clause_cleft_opener(const struct order_reader *rd, const char *text,
                           const struct order_token *tokens, size_t i, size_t e,
                           const struct order_reading *out)
{
    static const char *const heads[] = {"what", "all"};
    static const char *const being[] = {"is", "are", "would be", "will be"};
    /* the head ("what", "all", "the"), the verb of being and the subject, restated or not */
    if (!ORDER_CUES_ANY(&out->cues, "what", "the", "all") ||
        !ORDER_CUES_ANY(&out->cues, "was", "is", "are", "would", "will") ||
        !ORDER_CUES_ANY(&out->cues, "i", "we", "id", "wed", "ill"))
        return 0;
    size_t restated = clause_restated_cleft(text, tokens, i, e, out);
    if (restated > 0)
        return restated;
    if (!CLAUSE_IN(heads, i) || !clause_subject_at(text, tokens, i + 1, e))
        return 0;
    size_t k = order_patterns_longest(&rd->u->openers, text, tokens, i + 1, e, NULL);
    if (k == 0)
        k = order_read_opener_grammar(rd, text, tokens, i + 1, e, out);
    size_t p = i + 1 + k;
    /* "what i need in my life right now is", "what we want tonight is": words of when or
     * where between, none a menu word's and no mark; "to" turns the wanting to another
     * verb ("what i want to know is ...") */
    enum { CLEFT_BETWEEN_MAX = 5 };
    for (size_t n = 0; k > 0 && n < CLEFT_BETWEEN_MAX && p < e && !CLAUSE_IN(being, p) &&
                       tokens[p].kind == ORDER_TOKEN_WORD && out->n_hits[p] == 0 &&
                       out->roles[p] == ORDER_ROLE_NONE && !order_tok_is(text, tokens, p, e, "to");
         n++)
        p++;
    if (k == 0 || !CLAUSE_IN(being, p))
        return 0;
    p += order_tok_is(text, tokens, p, e, "is") || order_tok_is(text, tokens, p, e, "are") ? 1 : 2;
    return p < e ? p - i : 0;
}
