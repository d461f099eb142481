/* clause_split.c — a message cut into clauses (clause.c, reading.h pass 2): at the end of a
 * sentence, a picture or a typed face, and where a question, a correction, a statement
 * about the customer, a turn of topic or a request starts after a comma or mid-sentence. */
#include <ctype.h>
#include <stdint.h>
#include <string.h>

#include "gateway/order/clause_internal.h"

/* Question words that open a question clause after a comma or "and": "one falafel wrap,
 * does it have nuts?". Only auxiliaries and wh-words: a comma before "can I get" is a list.
 * "u" is "you" as texted ("..., can u add a flan?"). */
static const char *const clause_question_openers[] = {
    "does", "do",    "is",  "are", "how",  "what", "whats", "which", "can you", "could you",
    "will", "would", "did", "any", "hows", "when", "where", "can u", "could u"};

/* Auxiliaries that, after "or", ask a question of their own rather than name a choice. */
static const char *const clause_or_asking[] = {"is", "are", "do", "does", "will", "would"};

static bool clause_ends_at(const struct order_token *t)
{
    return t->kind == ORDER_TOKEN_PUNCT && (t->punct == '.' || t->punct == '!' || t->punct == '?' ||
                                            t->punct == '\n' || t->punct == ';');
}

/* Is token t a picture: an emoji other than food (which reads as its word)? Pictures live in
 * the supplementary planes (a 4-byte UTF-8 lead) or the symbol and dingbat blocks
 * U+2600..U+27BF (lead 0xE2, second byte 0x98..0x9E). */
static bool clause_picture(const char *text, const struct order_token *t)
{
    if (t->kind != ORDER_TOKEN_PUNCT || t->punct != ',')
        return false;
    const unsigned char *c = (const unsigned char *)text + t->off;
    return c[0] >= 0xF0 || (c[0] == 0xE2 && c[1] >= 0x98 && c[1] <= 0x9E);
}

/* Is token i a picture, or the last of a run of them, standing between two words as a
 * sentence's full stop would: "you forgot my fries 😤 this time i want ..."? A picture is
 * where a customer stops one thought; a list of dishes goes on with commas and "and". One
 * picture may be written as several tokens: a person and a sign joined ("💇‍♀️"), a skin
 * tone after a hand ("👍🏽"). */
static bool clause_picture_ends_at(const char *text, const struct order_token *tokens, size_t i,
                                   size_t n)
{
    if (i == 0 || i + 1 >= n || tokens[i + 1].kind != ORDER_TOKEN_WORD ||
        !clause_picture(text, &tokens[i]))
        return false;
    size_t b = i;
    while (b > 0 && clause_picture(text, &tokens[b - 1]))
        b--;
    return b > 0 && tokens[b - 1].kind == ORDER_TOKEN_WORD;
}

/* Is token i the closing bracket of a face typed in punctuation (":)", ":(", ":-)") that
 * stands between two words as a picture would: "a bubble tea :) btw how much for ..."? */
static bool clause_typed_face_ends_at(const struct order_token *tokens, size_t i, size_t n)
{
    const struct order_token *t = &tokens[i];
    if (t->kind != ORDER_TOKEN_PUNCT || (t->punct != ')' && t->punct != '(') || i < 2 ||
        i + 1 >= n || tokens[i + 1].kind != ORDER_TOKEN_WORD)
        return false;
    size_t eyes = i - 1;
    if (tokens[eyes].kind == ORDER_TOKEN_PUNCT && tokens[eyes].punct == '-' && eyes >= 2)
        eyes--; /* a nose */
    return tokens[eyes].kind == ORDER_TOKEN_PUNCT &&
           (tokens[eyes].punct == ':' || tokens[eyes].punct == ';') &&
           tokens[eyes - 1].kind == ORDER_TOKEN_WORD &&
           tokens[eyes].off == tokens[i].off - (i - eyes);
}

/* Is token i laughter between words that ends what was said, a request starting after it:
 * "idk which shake is better lol just gimme a shake"? */
static bool clause_laugh_before_request(const char *text, const struct order_token *tokens,
                                        size_t start, size_t i, size_t n)
{
    static const char *const turning[] = {"just", "so", "ok", "okay", "anyway", "anyways"};
    static const char *const giving[] = {"gimme", "lemme", "give", "get"};
    if (i < start + 2U || tokens[i - 1U].kind != ORDER_TOKEN_WORD ||
        !order_token_laugh(text, &tokens[i]))
        return false;
    size_t q = i + 1U;
    while (clause_in_list(text, tokens, q, n, turning, ORDER_WORDS_N(turning)))
        q++;
    return clause_asks_for_at(text, tokens, q, n) || clause_will_get_at(text, tokens, q, n) ||
           clause_in_list(text, tokens, q, n, giving, ORDER_WORDS_N(giving));
}

/* After a comma at i, does a request start ("can i get") when the words before it tell how
 * something was or is ("my fries were soggy, can i get store credit")? What was told is a
 * clause of its own: the dish it names is no dish the request asks for. */
static bool clause_request_after_told(const char *text, const struct order_token *tokens,
                                      size_t start, size_t i, size_t n)
{
    /* "the brownie was good last time", "loved the brownie last time": how it was */
    static const char *const being[] = {"was", "were", "is", "are", "wasnt", "werent"};
    static const char *const liking[] = {"loved", "enjoyed", "liked"};
    static const char *const pointing[] = {"those", "them", "it", "that", "these", "this"};
    static const char *const again[] = {"again", "please", "pls", "too", "lol"};
    if (!clause_asks_for_at(text, tokens, i + 1U, n))
        return false;
    /* "..., can i get those credited?": the request points back at what was told; "..., can
     * i get that again" asks for the dish told of once more */
    for (size_t p = i + 1U; p < n && tokens[p].kind == ORDER_TOKEN_WORD; p++)
        if (clause_in_list(text, tokens, p, n, pointing, ORDER_WORDS_N(pointing)) &&
            !(p + 1U < n && clause_in_list(text, tokens, p + 1U, n, again, ORDER_WORDS_N(again))))
            return false;
    for (size_t p = start; p < i; p++)
        if ((p > start && clause_in_list(text, tokens, p, n, being, ORDER_WORDS_N(being))) ||
            clause_in_list(text, tokens, p, n, liking, ORDER_WORDS_N(liking)))
            return true;
    return false;
}

/* Does a check asked with a tag start after token i: after a comma or a bracket ("..., both
 * vegan right?", "2 elote ($9 right?)": a bracket opens the check as a comma does) or a word
 * of a reason ("... since thats the dairy free one right?")? comma: token i is a mark. */
static bool clause_check_after(const char *text, const struct order_token *tokens, size_t i,
                               size_t n, bool comma, const struct order_reading *out)
{
    static const char *const reasons[] = {"since", "because", "cause", "cuz", "coz", "bc"};
    bool reason = clause_in_list(text, tokens, i, n, reasons, ORDER_WORDS_N(reasons));
    return ((comma && (tokens[i].punct == ',' || tokens[i].punct == '(')) || reason) &&
           ORDER_CUES_ANY(&out->cues, "right", "yeah", "correct", "innit", "yea") &&
           clause_tag_question_after(text, tokens, i + 1, n);
}

/* A question clause starting at i (after a comma or "and"/"but"/"also"). */
static bool clause_question_after(const char *text, const struct order_token *tokens, size_t i,
                                  size_t n)
{
    size_t nq = ORDER_WORDS_N(clause_question_openers);
    /* "..., and uh how spicy is it", "—and—wait, what's the jam?": a sound of hesitation, or
     * "wait" breaking off the list, before the question word is the question's, as it is at a
     * clause's edge (clause.c) */
    static const char *const sounds[] = {"uh",  "uhh", "um",  "umm", "er",
                                         "erm", "hmm", "uhm", "wait"};
    if (clause_in_list(text, tokens, i, n, sounds, ORDER_WORDS_N(sounds))) {
        size_t q =
            i + 1 +
            (i + 1 < n && tokens[i + 1].kind == ORDER_TOKEN_PUNCT && tokens[i + 1].punct == ',');
        if (clause_in_list(text, tokens, q, n, clause_question_openers, nq))
            return true;
    }
    /* "his usual, which is the sweet potato fries": "which" after a customer's usual dish
     * opens a relative clause that names it, no question */
    static const char *const usual[] = {"usual", "regular", "favourite", "favorite", "fave", "fav"};
    if (i >= 2 && order_tok_is(text, tokens, i, n, "which") &&
        tokens[i - 1].kind == ORDER_TOKEN_PUNCT && tokens[i - 1].punct == ',' &&
        clause_in_list(text, tokens, i - 2, n, usual, ORDER_WORDS_N(usual)))
        return false;
    if (clause_in_list(text, tokens, i, n, clause_question_openers, nq) ||
        clause_wondering_asks_at(text, tokens, i, n) || clause_asks_on_at(text, tokens, i, n))
        return true;
    /* "2 tacos, can i pick up at 6:30?": a modal and "I"/"we" with a verb of coming for the
     * order or paying for it asks how the order is handed over, a question of its own; with a
     * verb of getting ("can i get") it goes on with the list */
    static const char *const modals[] = {"can", "could", "may"};
    static const char *const subjects[] = {"i", "we"};
    static const char *const handing[] = {"pick",    "pickup", "pay",   "come",
                                          "collect", "park",   "swing", "stop"};
    if (!clause_in_list(text, tokens, i, n, modals, ORDER_WORDS_N(modals)))
        return false;
    if (clause_in_list(text, tokens, i + 1, n, subjects, ORDER_WORDS_N(subjects)))
        return clause_in_list(text, tokens, i + 2, n, handing, ORDER_WORDS_N(handing));
    /* "2 burgers, can the driver call me": whoever brings the order is asked something of
     * the delivery, a question of its own; so is whoever cooks it ("truffle fries, but can
     * the kitchen go light on the oil?"), as "can you" is */
    static const char *const whose[] = {"the", "your", "ur"};
    static const char *const askable[] = {"driver", "courier", "rider", "delivery", "kitchen",
                                          "chef",   "chefs",   "cook",  "cooks"};
    return clause_in_list(text, tokens, i + 1, n, whose, ORDER_WORDS_N(whose)) &&
           clause_in_list(text, tokens, i + 2, n, askable, ORDER_WORDS_N(askable));
}

/* Phrases that open a question wherever they stand. */
static const char *const clause_question_marks[] = {
    "do you",   "do u",     "does the", "does it",        "is the", "are the", "is it",
    "are they", "are your", "is your",  "quick question", "btw",    "by the"};

/* "ur al pastor is the best", "your horchatas are the bomb": after a subject led by a
 * determiner at the sentence's start, "is the" / "are your" is its verb and what it is, a
 * statement; only "is it" / "are they" after such a topic asks ("the burrito is it spicy"). */
static bool clause_predicate_of_subject(const char *text, const struct order_token *tokens,
                                        size_t start, size_t i, size_t n)
{
    static const char *const determiners[] = {"your", "ur", "my", "our", "the", "this", "that"};
    /* "she said the carne asada burrito is the move", "i heard your carnitas are the best":
     * after a verb of saying or hearing, the subject starts a statement of its own */
    static const char *const saying[] = {"said",   "says",   "say",   "heard", "hear", "think",
                                         "thinks", "swears", "swear", "told",  "knows"};
    enum { SUBJECT_WORDS_MAX = 5 };
    if (order_tok_is(text, tokens, i + 1, n, "it") || order_tok_is(text, tokens, i + 1, n, "they"))
        return false;
    for (size_t d = i > SUBJECT_WORDS_MAX ? i - SUBJECT_WORDS_MAX : 0; d + 1 < i; d++)
        if (d > start && order_tok_in(text, tokens, d, n, saying, ORDER_WORDS_N(saying)) &&
            order_tok_in(text, tokens, d + 1, n, determiners, ORDER_WORDS_N(determiners))) {
            start = d + 1;
            break;
        }
    /* "omg ur flan is the best": an exclamation before the subject is no part of it */
    static const char *const exclaiming[] = {"omg", "wow", "oh", "ngl", "honestly", "tbh", "yo"};
    while (start + 1U < i &&
           order_tok_in(text, tokens, start, n, exclaiming, ORDER_WORDS_N(exclaiming)))
        start++;
    if (!order_tok_in(text, tokens, start, n, determiners, ORDER_WORDS_N(determiners)))
        return false;
    for (size_t p = start + 1; p < i; p++)
        if (tokens[p].kind != ORDER_TOKEN_WORD)
            return false; /* one phrase: "the burrito, is the rice ..." stays a question */
    return true;
}

static bool clause_question_inside(const char *text, const struct order_token *tokens, size_t start,
                                   size_t i, size_t n)
{
    size_t nq = ORDER_WORDS_N(clause_question_marks);
    /* "what jarritos flavors do you have": a question word at the clause's start asks the
     * question the auxiliary goes on with, one clause */
    static const char *const wh[] = {"what", "whats", "which"};
    enum { WH_OBJECT_WORDS_MAX = 4 };
    if (i - start <= WH_OBJECT_WORDS_MAX &&
        order_tok_in(text, tokens, start, n, wh, ORDER_WORDS_N(wh)))
        return false;
    /* "sam what do u want": so does one right before the auxiliary, wherever it stands */
    if (i > start && order_tok_in(text, tokens, i - 1U, n, wh, ORDER_WORDS_N(wh)))
        return false;
    /* "how many nuggets do you get", "how much sauce does it come with": so does "how" and
     * its word of amount, the thing counted between */
    if (i - start <= WH_OBJECT_WORDS_MAX + 1U && order_tok_is(text, tokens, start, n, "how") &&
        (order_tok_is(text, tokens, start + 1U, n, "many") ||
         order_tok_is(text, tokens, start + 1U, n, "much")))
        return false;
    /* "roughly how long does the halloumi burger take": after a word of guessing, "how long"
     * right before the auxiliary opens the question the auxiliary goes on with */
    if (i >= start + 2U && order_tok_is(text, tokens, i - 2U, n, "how") &&
        order_tok_is(text, tokens, i - 1U, n, "long"))
        return false;
    /* "and whichever milkshake is the vegan one": "whichever" and its noun are the subject of
     * a relative clause picking the dish, no question */
    static const char *const relatives[] = {"whichever", "whatever"};
    for (size_t p = i; p > start && i - p < WH_OBJECT_WORDS_MAX; p--) {
        if (tokens[p - 1U].kind != ORDER_TOKEN_WORD)
            break;
        if (order_tok_in(text, tokens, p - 1U, n, relatives, ORDER_WORDS_N(relatives)))
            return false;
    }
    /* "... and that is it", "..., this is all": a pronoun right before "is" is its subject, a
     * statement; a question puts the verb first */
    static const char *const pronouns[] = {"that", "this"};
    if (clause_in_list(text, tokens, i - 1, n, pronouns, ORDER_WORDS_N(pronouns)))
        return false;
    /* "getting my usual which is the cheeseburger": "which" after a word of the clause opens
     * a relative clause saying what that is, no question (at the start it asks) */
    if (i >= start + 2U && tokens[i - 2].kind == ORDER_TOKEN_WORD &&
        order_tok_is(text, tokens, i - 1, n, "which"))
        return false;
    /* "thanks you guys are the best", "we are 4": so is a plural subject right before "are"
     * (not "you": "thank you are the tacos spicy?" asks anew) */
    static const char *const plural[] = {"guys", "yall", "we", "they"};
    if (order_tok_is(text, tokens, i, n, "are") &&
        clause_in_list(text, tokens, i - 1, n, plural, ORDER_WORDS_N(plural)))
        return false;
    /* "whichever milkshake is the vegan one": after "whichever" and its noun, "is" is the
     * verb of what picks the dish, no question */
    static const char *const whichever[] = {"whichever", "whatever"};
    enum { WHICHEVER_WORDS_MAX = 3 };
    for (size_t w = i > WHICHEVER_WORDS_MAX + start ? i - WHICHEVER_WORDS_MAX : start; w + 1 < i;
         w++)
        if (clause_in_list(text, tokens, w, n, whichever, ORDER_WORDS_N(whichever)))
            return false;
    return tokens[i - 1].kind == ORDER_TOKEN_WORD &&
           clause_in_list(text, tokens, i, n, clause_question_marks, nq) &&
           !((order_tok_is(text, tokens, i, n, "is") || order_tok_is(text, tokens, i, n, "are")) &&
             clause_predicate_of_subject(text, tokens, start, i, n));
}

/* "I was wondering" / "I'm wondering" (after "also" or any word) opens a question of its
 * own wherever it stands: "the apple crumble, ready by 11:15 please also i was wondering if
 * the burger is vegan". */
static bool clause_wondering_at(const char *text, const struct order_token *tokens, size_t i,
                                size_t n)
{
    if (tokens[i - 1].kind != ORDER_TOKEN_WORD)
        return false;
    size_t p = i + (order_tok_is(text, tokens, i, n, "also") ? 1U : 0U);
    if (order_tok_is(text, tokens, p, n, "i") && order_tok_is(text, tokens, p + 1, n, "was"))
        p += 2;
    else if (order_tok_is(text, tokens, p, n, "im"))
        p += 1;
    else
        return false;
    return order_tok_is(text, tokens, p, n, "wondering") ||
           (order_tok_is(text, tokens, p, n, "just") &&
            order_tok_is(text, tokens, p + 1, n, "wondering"));
}

static void clause_push(struct order_reading *out, size_t b, size_t e)
{
    if (b >= e)
        return;
    if (out->n_clauses == ORDER_CLAUSES_MAX) {
        out->clauses[ORDER_CLAUSES_MAX - 1].end = (uint16_t)e; /* the rest joins the last */
        return;
    }
    struct order_clause *c = &out->clauses[out->n_clauses++];
    memset(c, 0, sizeof(*c));
    c->begin = (uint16_t)b;
    c->end = (uint16_t)e;
}

static bool clause_has_word(const struct order_token *tokens, size_t b, size_t e)
{
    for (size_t i = b; i < e; i++)
        if (tokens[i].kind == ORDER_TOKEN_WORD)
            return true;
    return false;
}

/* A modal, "I"/"we" and a verb of getting at i: "can we get", "could i have". A softening
 * word may stand before the verb ("can i just get", "could we please have", "can i also
 * grab"): it tones the request down, it does not change what is asked. */
bool clause_asks_for_at(const char *text, const struct order_token *tokens, size_t i, size_t n)
{
    static const char *const modals[] = {"can", "could", "may"};
    static const char *const subjects[] = {"i", "we"};
    static const char *const softeners[] = {"just", "please", "pls",  "plz",
                                            "also", "maybe",  "still"};
    /* "can i do a carnitas bowl", "could we try the flan": "do" and "try" ask as "get" */
    static const char *const getting[] = {"have", "get", "grab", "order", "do", "try"};
    if (!clause_in_list(text, tokens, i, n, modals, ORDER_WORDS_N(modals)) ||
        !clause_in_list(text, tokens, i + 1, n, subjects, ORDER_WORDS_N(subjects)))
        return false;
    size_t v = i + 2;
    for (int k = 0;
         k < 2 && clause_in_list(text, tokens, v, n, softeners, ORDER_WORDS_N(softeners)); k++)
        v++; /* "could i please just get": two at most */
    return clause_in_list(text, tokens, v, n, getting, ORDER_WORDS_N(getting));
}

/* "is the flan made in house oh and 1 flan": "oh and" then a count adds a dish, no question */
static bool clause_oh_and_count_at(const char *text, const struct order_token *tokens, size_t i,
                                   size_t n)
{
    static const char *const counts[] = {"a", "an", "one", "two", "three", "four"};
    return order_tok_is(text, tokens, i, n, "oh") && order_tok_is(text, tokens, i + 1, n, "and") &&
           i + 2 < n && tokens[i + 2].kind == ORDER_TOKEN_WORD &&
           (isdigit((unsigned char)text[tokens[i + 2].off]) ||
            clause_in_list(text, tokens, i + 2, n, counts, ORDER_WORDS_N(counts)));
}

/* A request that starts mid-sentence after a question with no punctuation between: "is it
 * vegan could i have the iced green tea". The clause so far opens with a question word, and
 * a modal, "I"/"we" and a verb of getting follow, or "oh and" and a count. */
static bool clause_request_after_question(const char *text, const struct order_token *tokens,
                                          size_t start, size_t i, size_t n)
{
    static const char *const asks[] = {"is", "are", "does", "do", "what", "whats", "how", "which"};
    return tokens[i - 1].kind == ORDER_TOKEN_WORD &&
           clause_in_list(text, tokens, start, n, asks, ORDER_WORDS_N(asks)) &&
           (clause_asks_for_at(text, tokens, i, n) || clause_oh_and_count_at(text, tokens, i, n));
}

/* Does a word of the menu stand in the part that opens at q, before its next mark and
 * before any word pointing back at a dish ("but can i get it with pinto beans": the dish
 * before, changed)? */
static bool clause_names_dish_after(const char *text, const struct order_token *tokens, size_t q,
                                    size_t n, const struct order_reading *out)
{
    static const char *const back[] = {"it", "them", "that", "those", "this", "one", "ones", "em"};
    for (size_t p = q; p < n && tokens[p].kind == ORDER_TOKEN_WORD; p++) {
        if (out->n_hits[p] > 0)
            return true;
        if (clause_in_list(text, tokens, p, n, back, ORDER_WORDS_N(back)))
            return false;
    }
    return false;
}

/* A request joined by "and" / "also" / "but" to words that name nothing of the menu: "just
 * wondering what time you close tonight, and also can i get a teriyaki bowl". With no dish
 * before it the join is no list of dishes: what came before (a question, an aside) is a
 * clause of its own, and the request starts another. Checked only where the join and the
 * request stand, so the look back over the clause is rare. */
static bool clause_request_after_aside(const char *text, const struct order_token *tokens,
                                       size_t start, size_t i, size_t n,
                                       const struct order_reading *out)
{
    static const char *const joins[] = {"and", "also", "but"};
    /* a subject thinking (clause_thinking_opener), or a modal that asks (clause_asks_for_at) */
    if (!ORDER_CUES_ANY(&out->cues, "thinking", "can", "could", "may"))
        return false;
    size_t q = i + 1;
    /* "we're having a thing at the park, i was thinking two burritos": after a comma, a
     * subject thinking of dishes turns from what it told to what it asks */
    bool thinking = tokens[i].kind == ORDER_TOKEN_PUNCT && tokens[i].punct == ',' &&
                    clause_thinking_opener(text, tokens, q, n, out) > 0;
    /* "i only have like 20 min can i just get a carnitas bowl": run on with no join at all,
     * a request after words that name nothing of the menu starts a clause as well */
    if (thinking || (tokens[i].kind == ORDER_TOKEN_WORD &&
                     !clause_in_list(text, tokens, i, n, joins, ORDER_WORDS_N(joins)) &&
                     clause_asks_for_at(text, tokens, q, n))) {
        for (size_t p = start; p <= i; p++)
            if (out->n_hits[p] > 0)
                return false;
        return true;
    }
    if (!clause_in_list(text, tokens, i, n, joins, ORDER_WORDS_N(joins)))
        return false;
    if (order_tok_is(text, tokens, q, n, "also"))
        return false; /* "and also can i ...": cut after the last join */
    if (!clause_asks_for_at(text, tokens, q, n))
        return false;
    /* "not a fan of the jackfruit burger but can i get the iced green tea": after "but" a
     * request naming a dish of its own turns from what came before, dishes or not ("a
     * cheeseburger but can i get it without onions" names none) */
    if (order_tok_is(text, tokens, i, n, "but") && clause_names_dish_after(text, tokens, q, n, out))
        return true;
    for (size_t p = start; p < i; p++)
        if (out->n_hits[p] > 0)
            return false;
    return true;
}

/* "my fries were soggy last time but im giving you another shot: truffle fries and ...":
 * after a story told in the past, "but" (or a comma: "..., fingers crossed for today:") and a few
 * words naming nothing of the menu, then a colon and a dish, turn from the story to a list of
 * what is asked: the list's clause is its own, so the story before it is told apart. */
static bool clause_list_after_but(const char *text, const struct order_token *tokens, size_t start,
                                  size_t i, size_t n, const struct order_reading *out)
{
    enum { TURN_WORDS_MAX = 8 };
    static const char *const told[] = {"was", "were", "had", "came", "tasted", "arrived"};
    if (!ORDER_CUES_ANY(&out->cues, "was", "were", "had", "came", "tasted", "arrived"))
        return false;
    bool comma = tokens[i].kind == ORDER_TOKEN_PUNCT && tokens[i].punct == ',';
    if (!comma && !order_tok_is(text, tokens, i, n, "but"))
        return false;  /* ", fingers crossed for today: ..." turns as "but" does */
    bool past = false; /* what came before is a story told in the past */
    for (size_t q = start; q < i && !past; q++)
        past = clause_in_list(text, tokens, q, n, told, ORDER_WORDS_N(told));
    if (!past)
        return false;
    size_t p = i + 1;
    while (p < n && p <= i + TURN_WORDS_MAX && tokens[p].kind == ORDER_TOKEN_WORD &&
           out->n_hits[p] == 0)
        p++;
    if (p == i + 1 || p + 1 >= n || tokens[p].kind != ORDER_TOKEN_PUNCT || tokens[p].punct != ':')
        return false;
    size_t d = p + 1;
    static const char *const articles[] = {"a", "an", "the", "one", "two", "2"};
    if (clause_in_list(text, tokens, d, n, articles, ORDER_WORDS_N(articles)))
        d++;
    return d < n && out->n_hits[d] > 0;
}

/* After "so", the words that set the request against the story before it ("this time",
 * "next time", "today", "now"), or say whom it is for, a pronoun of the person the story
 * told of ("she is vegan, so for her the falafel wrap"): the first token after them. */
static size_t clause_skip_this_time(const char *text, const struct order_token *tokens, size_t i,
                                    size_t n)
{
    static const char *const which[] = {"this", "next"};
    static const char *const when[] = {"today", "now", "tonight", "instead"};
    static const char *const whom[] = {"her", "him", "them", "me", "us"};
    if (order_tok_is(text, tokens, i, n, "for") &&
        clause_in_list(text, tokens, i + 1, n, whom, ORDER_WORDS_N(whom)))
        return i + 2;
    if (clause_in_list(text, tokens, i, n, which, ORDER_WORDS_N(which)) &&
        order_tok_is(text, tokens, i + 1, n, "time"))
        return i + 2;
    return clause_in_list(text, tokens, i, n, when, ORDER_WORDS_N(when)) ? i + 1 : i;
}

bool order_clause_getting_now_at(const char *text, const struct order_token *tokens, size_t q,
                                 size_t n, const struct order_reading *out)
{
    static const char *const getting[] = {"getting", "doing",  "having",  "grabbing",
                                          "trying",  "taking", "ordering"};
    static const char *const articles[] = {"a", "an", "the", "one", "two", "three"};
    if (!ORDER_CUES_ANY(&out->cues, "im", "am"))
        return false;
    size_t v = order_tok_is(text, tokens, q, n, "im") ? q + 1
               : order_tok_is(text, tokens, q, n, "i") && order_tok_is(text, tokens, q + 1, n, "am")
                   ? q + 2
                   : 0;
    if (v == 0)
        return false;
    /* "im feeling the pollo bowl": the mood for a dish, said of one named with its article
     * ("im feeling spicy" is how the customer is) */
    if (order_tok_is(text, tokens, v, n, "feeling"))
        return clause_feeling_dish_at(text, tokens, v, n, out);
    if (!clause_in_list(text, tokens, v, n, getting, ORDER_WORDS_N(getting)))
        return false;
    size_t w = v + 1;
    if (clause_in_list(text, tokens, w, n, articles, ORDER_WORDS_N(articles)))
        w++;
    return w < n && tokens[w].kind == ORDER_TOKEN_WORD && out->n_hits[w] > 0;
}

/* Do the menu words from i on end before a verb or a modal ("so the kids can share")? Then
 * they are a subject, no dish asked for. */
static bool clause_subject_after_so(const char *text, const struct order_token *tokens, size_t i,
                                    size_t n, const struct order_reading *out)
{
    static const char *const verbs[] = {
        "can",  "could", "will", "would", "is",    "are",    "was",   "were",   "has",   "have",
        "had",  "gets",  "get",  "got",   "likes", "like",   "loves", "love",   "need",  "needs",
        "want", "wants", "eat",  "eats",  "dont",  "doesnt", "cant",  "should", "might", "looks"};
    if (!ORDER_CUES_ANY(&out->cues, "can", "could", "will", "would", "is", "are", "was", "were",
                        "has", "have", "had", "gets", "get", "got", "likes", "like", "loves",
                        "love", "need", "needs", "want", "wants", "eat", "eats", "dont", "doesnt",
                        "cant", "should", "might", "looks"))
        return false;
    while (i < n && tokens[i].kind == ORDER_TOKEN_WORD && out->n_hits[i] > 0)
        i++;
    return clause_in_list(text, tokens, i, n, verbs, ORDER_WORDS_N(verbs));
}

/* The verbs of getting a request after "so" may turn on ("so ill have", "so lemme get"). */
static const char *const clause_so_getting[] = {"have", "get",  "take", "do",
                                                "try",  "grab", "order"};

/* Does a subject's will and a verb of getting stand at q: "ill do that", "she'll have the
 * wrap" (another's choice, said with their pronoun), "I will have one of those" written out in
 * full, "we'll take two" as texted, or "go for" / "go with" choosing as "have" does? */
bool clause_will_get_at(const char *text, const struct order_token *tokens, size_t q, size_t n)
{
    static const char *const will[] = {"ill",    "id",   "imma", "shell", "hell",
                                       "theyll", "shed", "hed",  "well"};
    static const char *const persons[] = {"i", "we", "she", "he", "they"};
    static const char *const choosing[] = {"for", "with"};
    size_t g;
    if (clause_in_list(text, tokens, q, n, persons, ORDER_WORDS_N(persons)) &&
        order_tok_is(text, tokens, q + 1, n, "will"))
        g = q + 2;
    else if (clause_in_list(text, tokens, q, n, will, ORDER_WORDS_N(will)))
        g = q + 1;
    else
        return false;
    return clause_in_list(text, tokens, g, n, clause_so_getting,
                          ORDER_WORDS_N(clause_so_getting)) ||
           (order_tok_is(text, tokens, g, n, "go") &&
            clause_in_list(text, tokens, g + 1, n, choosing, ORDER_WORDS_N(choosing)));
}

/* Does "but" and a choice made start at i: "torn between the chicken and the cheddar but
 * going with the cheddar one", "but im going w", "but gonna go for"? The choice turns from the
 * weighing to the request. */
static bool clause_choice_after_but(const char *text, const struct order_token *tokens, size_t i,
                                    size_t n)
{
    if (!order_tok_is(text, tokens, i, n, "but"))
        return false;
    size_t q = i + 1U;
    static const char *const choosing[] = {"with", "w", "for"};
    if (order_tok_is(text, tokens, q, n, "im"))
        q++;
    if (order_tok_is(text, tokens, q, n, "gonna") && order_tok_is(text, tokens, q + 1U, n, "go"))
        q++;
    else if (!order_tok_is(text, tokens, q, n, "going"))
        return false;
    return clause_in_list(text, tokens, q + 1U, n, choosing, ORDER_WORDS_N(choosing));
}

/* A request that follows a story with "so": "we were in last week and my daughter loved the
 * mac and cheese so can we get those again". What came before tells why; the request is a
 * clause of its own, not part of a report of the past. */
static bool clause_request_after_so(const char *text, const struct order_token *tokens, size_t i,
                                    size_t n, const struct order_reading *out)
{
    if (!ORDER_CUES_ANY(&out->cues, "so", "then", "but"))
        return false;
    /* "is it vegan - then a falafel wrap": "then" after a dash or a comma as "so" */
    bool then = order_tok_is(text, tokens, i, n, "then") && i > 0 &&
                tokens[i - 1].kind == ORDER_TOKEN_PUNCT && strchr(",-", tokens[i - 1].punct);
    size_t q = clause_skip_this_time(text, tokens, i + 1, n);
    /* "last time i got the carnitas bowl but today im feeling the pollo bowl": "but" with the
     * time set against the story's ("today", "this time") turns from it as "so" does */
    bool but_now = q > i + 1 && order_tok_is(text, tokens, i, n, "but");
    if (!order_tok_is(text, tokens, i, n, "so") && !then && !but_now)
        return false;
    if (i > 0 && order_tok_is(text, tokens, i - 1U, n, "not"))
        return false; /* "not so spicy": a degree, no reason leading to a request */
    if (clause_asks_for_at(text, tokens, q, n))
        return true;
    /* "im broke so whats the cheapest bowl": a question that the story before leads to is
     * asked in a clause of its own, as after a comma */
    if (!then && clause_question_after(text, tokens, q, n))
        return true;
    if (clause_will_get_at(text, tokens, q, n))
        return true;
    /* "my sister is coming over so i think we'll do the green garden burger": a hedge
     * before the subject's will */
    static const char *const hedging[] = {"think", "guess", "reckon", "suppose"};
    if (order_tok_is(text, tokens, q, n, "i") &&
        clause_in_list(text, tokens, q + 1, n, hedging, ORDER_WORDS_N(hedging)) &&
        clause_will_get_at(text, tokens, q + 2, n))
        return true;
    /* "i only have 15 bucks so lemme get ...": "let me" and a verb of getting */
    size_t let =
        order_tok_is(text, tokens, q, n, "lemme") ? q + 1
        : order_tok_is(text, tokens, q, n, "let") && order_tok_is(text, tokens, q + 1, n, "me")
            ? q + 2
            : 0;
    if (let > 0 &&
        clause_in_list(text, tokens, let, n, clause_so_getting, ORDER_WORDS_N(clause_so_getting)))
        return true;
    /* "... so gimme a carnitas bowl", "so give me ...": a verb of giving to the speaker */
    if (order_tok_is(text, tokens, q, n, "gimme") ||
        (order_tok_is(text, tokens, q, n, "give") && order_tok_is(text, tokens, q + 1, n, "me")))
        return true;
    /* "... so i want the carnitas bowl": "I"/"we" want or need a dish of the menu, named
     * right after ("so we need comfort food" wants nothing the menu names) */
    static const char *const subjects[] = {"i", "we"};
    static const char *const wanting[] = {"want", "need", "wanna"};
    static const char *const articles[] = {"a", "an", "the", "one", "two", "three"};
    size_t w = q + 2;
    if (clause_in_list(text, tokens, w, n, articles, ORDER_WORDS_N(articles)))
        w++;
    if (clause_in_list(text, tokens, q, n, subjects, ORDER_WORDS_N(subjects)) &&
        clause_in_list(text, tokens, q + 1, n, wanting, ORDER_WORDS_N(wanting)) && w < n &&
        tokens[w].kind == ORDER_TOKEN_WORD && out->n_hits[w] > 0)
        return true;
    /* "... so im getting the carnitas bowl": a plan of what the customer has now */
    if (order_clause_getting_now_at(text, tokens, q, n, out))
        return true;
    /* "it was raw last time so this time please cook it well done": "please" and a word */
    static const char *const please[] = {"please", "pls", "plz"};
    if (clause_in_list(text, tokens, q, n, please, ORDER_WORDS_N(please)) && q + 1 < n &&
        tokens[q + 1].kind == ORDER_TOKEN_WORD)
        return true;
    /* "he is hungry so just add a carne asada burrito": the verb that puts one more dish on
     * the order, with its article or count and a word of the menu */
    static const char *const counted[] = {"a", "an", "one", "two", "three", "another"};
    size_t v = order_tok_is(text, tokens, q, n, "just") ? q + 1 : q;
    if (order_tok_is(text, tokens, v, n, "add") &&
        clause_in_list(text, tokens, v + 1, n, counted, ORDER_WORDS_N(counted)) && v + 2 < n &&
        tokens[v + 2].kind == ORDER_TOKEN_WORD && out->n_hits[v + 2] > 0)
        return true;
    /* "im allergic to nuts so carrot cake without walnuts": a dish named right after "so",
     * with no article, "a", "the" or a count, is what the reason before it asks for */
    static const char *const counts[] = {"a", "an", "one", "two", "three", "four", "five"};
    size_t p = q;
    if (order_tok_is(text, tokens, p, n, "just"))
        p++; /* "so just a carnitas bowl": "just" narrows what is asked, asks it still */
    /* "she is vegan so the falafel wrap for her": "the" dish picked for the reason, as "a";
     * not the subject of a verb ("so the kids can share") */
    bool the = order_tok_is(text, tokens, p, n, "the") &&
               !clause_subject_after_so(text, tokens, p + 1U, n, out);
    if (the || clause_in_list(text, tokens, p, n, counts, ORDER_WORDS_N(counts)) ||
        (p < n && tokens[p].kind == ORDER_TOKEN_WORD && text[tokens[p].off] >= '0' &&
         text[tokens[p].off] <= '9'))
        p++;
    return p < n && tokens[p].kind == ORDER_TOKEN_WORD && out->n_hits[p] > 0;
}

/* A condition on the dish just named, checked as a question: "ill get the teriyaki bowl if
 * its vegan, it is right?". "if" then "it"/"its"/"they"/"theyre" after a word starts a
 * clause of its own, so the condition is read as asked, not as words of the dish. */
static bool clause_condition_on_dish(const char *text, const struct order_token *tokens, size_t i,
                                     size_t n)
{
    static const char *const subjects[] = {"its", "it", "theyre", "they"};
    return tokens[i - 1].kind == ORDER_TOKEN_WORD && order_tok_is(text, tokens, i, n, "if") &&
           clause_in_list(text, tokens, i + 1, n, subjects, ORDER_WORDS_N(subjects));
}

/* Does a correction start at i after a comma: "wait no", "actually no", "no wait", "sorry
 * no"? A bare "no," may be a change ("fries, no, not salted"). */
static bool clause_correction_after(const char *text, const struct order_token *tokens, size_t i,
                                    size_t n)
{
    static const char *const leads[] = {"wait", "actually", "sorry", "oh"};
    if (clause_in_list(text, tokens, i, n, leads, ORDER_WORDS_N(leads)))
        return order_read_correction_at(text, tokens, i + 1, n) > 0;
    return order_read_correction_at(text, tokens, i, n) > 1;
}

/* Does "anyway" at i turn from what came before to something new ("last time you forgot my
 * sauce anyway 1 burrito with extra sauce")? Run on without a comma and followed by a word, it
 * opens a clause of its own; closing a clause ("one order anyway") it stays where it is, and
 * after a comma the writer kept the aside and the request one sentence ("..., anyway we'll do
 * 2 burgers"). */
static bool clause_topic_turn_at(const char *text, const struct order_token *tokens, size_t i,
                                 size_t n)
{
    static const char *const turns[] = {"anyway", "anyways", "anyhow"};
    /* a comma as written: an emoji reads as one too, yet ends the aside ("... 😤 anyway") */
    bool comma = i > 0 && tokens[i - 1].kind == ORDER_TOKEN_PUNCT && text[tokens[i - 1].off] == ',';
    /* "put us down for 5 portions anyway and 5 milkshakes": before "and" it closes its part */
    return !comma && i + 1 < n && tokens[i + 1].kind == ORDER_TOKEN_WORD &&
           !order_tok_is(text, tokens, i + 1, n, "and") &&
           clause_in_list(text, tokens, i, n, turns, ORDER_WORDS_N(turns));
}

/* Does the full stop at i trail off inside a phrase: after an article and sounds of
 * hesitation ("and the uhh.. the thing with the green stuff")? A sentence does not end on
 * "the": the phrase goes on after the dots. */
static bool clause_trails_off(const char *text, const struct order_token *tokens, size_t start,
                              size_t i)
{
    if (tokens[i].kind != ORDER_TOKEN_PUNCT || tokens[i].punct != '.')
        return false;
    size_t p = i;
    while (p > start && tokens[p - 1].kind == ORDER_TOKEN_PUNCT && tokens[p - 1].punct == '.')
        p--;
    bool hesitated = false;
    while (p > start && tokens[p - 1].kind == ORDER_TOKEN_WORD &&
           strspn(text + tokens[p - 1].off, "uhmer") >= tokens[p - 1].len &&
           text[tokens[p - 1].off] != 'r') {
        hesitated = true;
        p--;
    }
    return hesitated && p > start &&
           (order_tok_is(text, tokens, p - 1, i, "the") ||
            order_tok_is(text, tokens, p - 1, i, "a") ||
            order_tok_is(text, tokens, p - 1, i, "an"));
}

/* Does the sentence that goes on at i end in a question mark (before a full stop, "!" or a
 * new line)? */
static bool clause_sentence_asks(const struct order_token *tokens, size_t i, size_t n)
{
    for (size_t k = i; k < n; k++)
        if (clause_ends_at(&tokens[k]))
            return tokens[k].kind == ORDER_TOKEN_PUNCT && tokens[k].punct == '?';
    return false;
}

/* Does a statement about the customer start at i after a comma or an opening bracket: "i
 * have a nut allergy", "ive got a coupon", "my son is vegan", "(my son is veggie)", "he is 6",
 * "she's picky"? It is a sentence of its own, not words of the dish before it ("a kale caesar
 * salad, i have a nut allergy"). */
static bool clause_statement_after(const char *text, const struct order_token *tokens, size_t i,
                                   size_t n)
{
    /* a copula or "has", after "my" and a noun or after "he" / "she" */
    static const char *const verbs[] = {"is", "has", "s", "was", "are", "were", "have"};
    /* "he" or "she" and a copula or "has": the one the dish is for, described; not when the
     * sentence asks ("..., she's been vegan for years, is it good??") */
    static const char *const persons[] = {"he", "she"};
    static const char *const said_short[] = {"hes", "shes"};
    if ((clause_in_list(text, tokens, i, n, said_short, ORDER_WORDS_N(said_short)) ||
         (clause_in_list(text, tokens, i, n, persons, ORDER_WORDS_N(persons)) &&
          clause_in_list(text, tokens, i + 1, n, verbs, ORDER_WORDS_N(verbs)))) &&
        !clause_sentence_asks(tokens, i, n))
        return true;
    if (order_tok_is(text, tokens, i, n, "i") && order_tok_is(text, tokens, i + 1, n, "have") &&
        !order_tok_is(text, tokens, i + 2, n, "to")) /* not "i have to" */
        return true;
    if (order_tok_is(text, tokens, i, n, "ive") && order_tok_is(text, tokens, i + 1, n, "got"))
        return true;
    /* "..., idk what it was, ...": what the customer does not know, told of themselves */
    static const char *const unsure[] = {"idk", "dunno"};
    if (clause_in_list(text, tokens, i, n, unsure, ORDER_WORDS_N(unsure)) &&
        !clause_sentence_asks(tokens, i, n))
        return true;
    /* whoever's the person is: "her son is a big eater" tells of them as "my son is" does */
    /* "her son has the nuggets": having the dish named is their order, no statement */
    static const char *const having[] = {"has", "have"};
    return order_tok_possessive(text, tokens, i, n) && i + 2 < n &&
           tokens[i + 1].kind == ORDER_TOKEN_WORD &&
           clause_in_list(text, tokens, i + 2, n, verbs, ORDER_WORDS_N(verbs)) &&
           !(clause_in_list(text, tokens, i + 2, n, having, ORDER_WORDS_N(having)) &&
             order_tok_is(text, tokens, i + 3, n, "the"));
}

/* Does a statement about a person start at i after "and": a possessive, its noun and a
 * copula ("... and her son is a big eater")? "and my son has the nuggets" asks for them. */
static bool clause_person_told_after_and(const char *text, const struct order_token *tokens,
                                         size_t i, size_t n)
{
    static const char *const being[] = {"is", "are", "was", "were"};
    /* "... also my order yesterday was missing the salsa", "my last order was": a time said
     * with the noun */
    static const char *const when[] = {"yesterday", "today", "earlier", "tonight"};
    if (i + 2 >= n || !order_tok_possessive(text, tokens, i, n) ||
        tokens[i + 1].kind != ORDER_TOKEN_WORD)
        return false;
    size_t v = i + 2;
    if (order_tok_is(text, tokens, i + 1, n, "last") ||
        clause_in_list(text, tokens, v, n, when, ORDER_WORDS_N(when)))
        v++;
    return clause_in_list(text, tokens, v, n, being, ORDER_WORDS_N(being));
}

/* A request that follows, after a comma or "and", a clause cancelling a dish: "cancel the flan,
 * add 2 churros instead", "remove the 2 jarritos from order 8812 and add a mexican coke". The
 * clause so far opens with "cancel" or "remove" (after "please"), and "add" or "get" starts
 * the next: taking off and asking for are two clauses. */
static bool clause_request_after_cancel(const char *text, const struct order_token *tokens,
                                        size_t start, size_t i, size_t n)
{
    static const char *const please[] = {"please", "pls", "plz"};
    static const char *const cancel[] = {"cancel", "remove"};
    static const char *const adding[] = {"add", "get"};
    if (clause_in_list(text, tokens, start, n, please, ORDER_WORDS_N(please)))
        start++;
    return clause_in_list(text, tokens, start, n, cancel, ORDER_WORDS_N(cancel)) &&
           clause_in_list(text, tokens, i, n, adding, ORDER_WORDS_N(adding));
}

/* Is token i a price as written ("$9", "3.75"): digits after a dollar sign or with cents?
 * "($9 right?)" checks what the dish before costs. */
static bool clause_price_at(const char *text, const struct order_token *tokens, size_t i, size_t n)
{
    if (i >= n || tokens[i].kind != ORDER_TOKEN_WORD)
        return false;
    const char *w = text + tokens[i].off;
    bool digits = true, point = false;
    for (size_t k = 0; k < tokens[i].len; k++) {
        point = point || w[k] == '.';
        digits = digits && ((w[k] >= '0' && w[k] <= '9') || w[k] == '.');
    }
    return digits && w[0] != '.' && (point || (tokens[i].off > 0 && w[-1] == '$'));
}

/* Does a question that asks to confirm start at i after a comma: a few words pointing back,
 * then a tag ("right", "yeah", "correct") and the question mark ("..., both vegan right?",
 * "..., its not spicy yeah?"), or "right" / "correct" / "innit" ending the text at n, its '?'
 * left off? It asks of what came before, a question of its own. */
bool clause_tag_question_after(const char *text, const struct order_token *tokens, size_t i,
                               size_t n)
{
    enum { TAGGED_WORDS_MAX = 5 };
    static const char *const tags[] = {"right", "yeah", "correct", "innit", "yea"};
    /* the words point at what came before ("both", "its", "those are"); not "no onions
     * right?" (a change, confirmed), nor "thats all right?" (the order's close) */
    static const char *const pointers[] = {"both",  "its", "thats", "theyre", "they", "those",
                                           "these", "it",  "that",  "one",    "each"};
    if (!(clause_in_list(text, tokens, i, n, pointers, ORDER_WORDS_N(pointers)) ||
          clause_price_at(text, tokens, i, n)) ||
        order_tok_is(text, tokens, i + 1, n, "all") || order_tok_is(text, tokens, i + 1, n, "it"))
        return false;
    size_t words = 0, p = i;
    while (p < n && tokens[p].kind == ORDER_TOKEN_WORD &&
           !clause_in_list(text, tokens, p, n, tags, ORDER_WORDS_N(tags))) {
        if (++words > TAGGED_WORDS_MAX)
            return false;
        p++;
    }
    if (words == 0 || !clause_in_list(text, tokens, p, n, tags, ORDER_WORDS_N(tags)))
        return false;
    /* the last word of the message, typed without its '?': "..., both vegan right" */
    static const char *const checks[] = {"right", "correct", "innit"};
    if (p + 1U == n && clause_in_list(text, tokens, p, n, checks, ORDER_WORDS_N(checks)))
        return true;
    p++;
    while (p < n && tokens[p].kind == ORDER_TOKEN_PUNCT && tokens[p].punct != '?' &&
           !clause_ends_at(&tokens[p]))
        p++;
    return p < n && tokens[p].kind == ORDER_TOKEN_PUNCT && tokens[p].punct == '?';
}

/* Does token i open a line of a list with its count: digits, a number word to six, or an
 * article? */
static bool clause_line_counted(const char *text, const struct order_token *tokens, size_t i,
                                size_t n)
{
    static const char *const counts[] = {"one", "two", "three", "four", "five", "six", "a", "an"};
    const struct order_token *t = &tokens[i];
    return (t->kind == ORDER_TOKEN_WORD && t->len > 0 && text[t->off] >= '0' &&
            text[t->off] <= '9') ||
           clause_in_list(text, tokens, i, n, counts, ORDER_WORDS_N(counts));
}

/* Is token i a semicolon between two counted things of one list, the clause from start
 * opening with a count, the next thing after it counted too, and "all" or "both" closing the
 * list in its sentence ("one al pastor; one asada; one carnitas - all tacos")? Such a
 * semicolon parts the lines of a list as a comma does, and what closes the list ("all
 * tacos", "all no onion") speaks of every line. */
static bool clause_counted_list_goes_on(const char *text, const struct order_token *tokens,
                                        size_t start, size_t i, size_t n)
{
    const struct order_token *t = &tokens[i];
    if (t->kind != ORDER_TOKEN_PUNCT || t->punct != ';' || i + 1U >= n || start >= i ||
        !clause_line_counted(text, tokens, start, n) ||
        !clause_line_counted(text, tokens, i + 1U, n))
        return false;
    /* only a list closed in its sentence by what speaks of every line ("all tacos", "both
     * no onion"): without it, each line may stand as a sentence of its own */
    for (size_t p = i + 1U; p < n && !(tokens[p].kind == ORDER_TOKEN_PUNCT &&
                                       tokens[p].punct != ';' && clause_ends_at(&tokens[p]));
         p++)
        if (order_tok_is(text, tokens, p, n, "all") || order_tok_is(text, tokens, p, n, "both"))
            return true;
    return false;
}

/* Does a question, or a request after one, start mid-sentence right after token i, with no
 * mark before it, in the clause from start whose question word stands at asked: "just two
 * classic fries do you have gluten-free buns?", "how much is it ill take one"? */
/* "jamaica agua fresca or watermelon which is less sweet": after a choice offered with "or",
 * "which" and a verb ask which of them, a question of its own (after a word alone, "which"
 * opens a relative clause: "my usual which is the cheeseburger"). */
static bool clause_choice_then_which(const char *text, const struct order_token *tokens,
                                     size_t start, size_t i, size_t n)
{
    static const char *const asking[] = {"is", "one", "has", "would", "do", "does", "of", "tastes"};
    if (i >= n || tokens[i - 1U].kind != ORDER_TOKEN_WORD ||
        !order_tok_is(text, tokens, i, n, "which") ||
        !clause_in_list(text, tokens, i + 1U, n, asking, ORDER_WORDS_N(asking)))
        return false;
    for (size_t p = start + 1U; p + 1U < i; p++)
        if (order_tok_is(text, tokens, p, n, "or"))
            return true;
    return false;
}

static bool clause_turns_mid_sentence(const char *text, const struct order_token *tokens,
                                      size_t start, size_t asked, size_t i, size_t n,
                                      const struct order_reading *out)
{
    return clause_question_inside(text, tokens, start, i + 1, n) ||
           (ORDER_CUES_ANY(&out->cues, "which") && ORDER_CUES_ANY(&out->cues, "or") &&
            clause_choice_then_which(text, tokens, start, i + 1, n)) ||
           clause_wondering_at(text, tokens, i + 1, n) ||
           (ORDER_CUES_ANY(&out->cues, "tell") && clause_told_to_tell_after(text, tokens, i, n)) ||
           clause_request_after_question(text, tokens, start, i + 1, n) ||
           clause_answer_turn_at(text, tokens, start, asked, i + 1, n) ||
           clause_request_after_so(text, tokens, i + 1, n, out) ||
           clause_choice_after_but(text, tokens, i + 1, n) ||
           clause_condition_on_dish(text, tokens, i + 1, n);
}

/* Does an opening bracket at i hold a question mark before it closes ("kale caesar no
 * anchovies (the dressing has them right? ...)")? It opens that question, as a comma before a
 * question does. */
static bool clause_bracket_asks(const struct order_token *tokens, size_t i, size_t n)
{
    if (tokens[i].kind != ORDER_TOKEN_PUNCT || tokens[i].punct != '(')
        return false;
    for (size_t p = i + 1U; p < n; p++)
        if (tokens[p].kind == ORDER_TOKEN_PUNCT &&
            (tokens[p].punct == ')' || tokens[p].punct == '?'))
            return tokens[p].punct == '?';
    return false;
}

/* Does the word at i, in the clause from start, open a question that checks what came before,
 * the word itself its first: "can i get a large lemonade or is there only one size" (after a
 * request, "or" and an auxiliary ask whether it can stand), "a veggie bowl, no cotija so its
 * vegan right?" ("so" before a tag question)? */
static bool clause_opens_check_at(const char *text, const struct order_token *tokens, size_t start,
                                  size_t i, size_t n, const struct order_reading *out)
{
    if (order_tok_is(text, tokens, i, n, "or"))
        return clause_in_list(text, tokens, i + 1, n, clause_or_asking,
                              ORDER_WORDS_N(clause_or_asking)) &&
               clause_asks_for_at(text, tokens, start, n);
    return order_tok_is(text, tokens, i, n, "so") &&
           ORDER_CUES_ANY(&out->cues, "right", "yeah", "correct", "innit", "yea") &&
           clause_tag_question_after(text, tokens, i + 1, n);
}

/* Does a bracket at i open an apology ("NUGGETS PLEASE (sorry, grandson has my phone)")? It
 * is an aside of its own. */
static bool clause_apology_bracket(const char *text, const struct order_token *tokens, size_t i,
                                   size_t n)
{
    static const char *const sorry[] = {"sorry", "apologies", "oops", "excuse", "pardon"};
    return tokens[i].kind == ORDER_TOKEN_PUNCT && tokens[i].punct == '(' &&
           clause_in_list(text, tokens, i + 1, n, sorry, ORDER_WORDS_N(sorry));
}

/* Cuts tokens into clauses: at . ! ? ; and new lines, and before a question clause that
 * follows a comma or a conjunction. Clauses without a word join the one before. */
void clause_split(const char *text, const struct order_token *tokens, size_t n,
                  struct order_reading *out)
{
    size_t start = 0, aside_end = 0;
    /* the clause's question word, found once a clause: the answer turn asks it of every word */
    size_t asked_of = SIZE_MAX, asked = n;
    for (size_t i = 0; i < n; i++) {
        const struct order_token *t = &tokens[i];
        if (asked_of != start) {
            asked_of = start;
            asked = clause_answer_question_start(text, tokens, start, n);
        }
        size_t aside = clause_aside_at(tokens, start, i, n, out);
        aside_end = aside > 0 ? aside : aside_end;
        bool cut_after = (clause_ends_at(t) && !clause_trails_off(text, tokens, start, i) &&
                          !clause_counted_list_goes_on(text, tokens, start, i, n)) ||
                         clause_picture_ends_at(text, tokens, i, n) ||
                         clause_typed_face_ends_at(tokens, i, n) ||
                         clause_laugh_before_request(text, tokens, start, i, n) ||
                         (aside_end > 0 && i == aside_end) ||
                         (i > start && ORDER_CUES_ANY(&out->cues, "question", "questions", "q") &&
                          clause_question_announced(text, tokens, i + 1, n));
        bool cut_before = false, opens_check = false;
        if (i > start + 1 && i + 1 < n) {
            bool comma = t->kind == ORDER_TOKEN_PUNCT && t->punct != '&' && t->punct != '/';
            bool conj = order_tok_is(text, tokens, i, n, "and") ||
                        order_tok_is(text, tokens, i, n, "but") ||
                        order_tok_is(text, tokens, i, n, "also");
            cut_before = (comma || conj) && clause_question_after(text, tokens, i + 1, n);
            opens_check = !cut_before && clause_opens_check_at(text, tokens, start, i, n, out);
            /* "2 al pastor, wait no, 2 carnitas tacos": a correction after a comma opens a
             * clause of its own, which replaces what it names again */
            cut_before = cut_before || (comma && t->punct == ',' &&
                                        clause_correction_after(text, tokens, i + 1, n));
            cut_before = cut_before || (comma && (t->punct == ',' || t->punct == '(') &&
                                        clause_statement_after(text, tokens, i + 1, n));
            cut_before = cut_before || (comma && t->punct == ',' &&
                                        clause_request_after_told(text, tokens, start, i, n));
            cut_before = cut_before || clause_apology_bracket(text, tokens, i, n);
            cut_before =
                cut_before || (conj && clause_person_told_after_and(text, tokens, i + 1, n));
            cut_before = cut_before ||
                         (((comma && t->punct == ',') || order_tok_is(text, tokens, i, n, "and")) &&
                          clause_request_after_cancel(text, tokens, start, i + 1, n));
            cut_before = cut_before || clause_check_after(text, tokens, i, n, comma, out);
            cut_before = cut_before || clause_bracket_asks(tokens, i, n) ||
                         clause_topic_turn_at(text, tokens, i + 1, n);
            cut_before = cut_before || (comma && t->punct == '-' &&
                                        clause_choice_asked_after(text, tokens, i + 1, n));
            /* "4 birria tacos, 1 michelada — wait you dont have alcohol right?": "wait" after
             * a dash breaks off the list for a question of its own */
            cut_before = cut_before || (comma && t->punct == '-' &&
                                        order_tok_is(text, tokens, i + 1, n, "wait") &&
                                        clause_sentence_asks(tokens, i + 2, n));
            cut_before = cut_before || clause_request_after_aside(text, tokens, start, i, n, out);
            cut_before = cut_before || clause_list_after_but(text, tokens, start, i, n, out);
            cut_before =
                cut_before || clause_dish_added_after_remark(text, tokens, start, i, n, out);
            cut_before = cut_before || clause_pointed_after_story(text, tokens, start, i, n, out);
        }
        if (!cut_before && !opens_check && i > start + 1 &&
            clause_turns_mid_sentence(text, tokens, start, asked, i, n, out)) {
            if (clause_has_word(tokens, start, i + 1))
                clause_push(out, start, i + 1);
            start = i + 1;
            continue;
        }
        if ((cut_before && t->kind == ORDER_TOKEN_PUNCT && t->punct == '(') || opens_check) {
            if (clause_has_word(tokens, start, i))
                clause_push(out, start, i);
            start = i; /* the bracket, the "or" or the "so" opens the question it holds */
        } else if (cut_before) {
            if (clause_has_word(tokens, start, i + 1))
                clause_push(out, start, i + 1);
            start = i + 1;
        } else if (cut_after) {
            if (clause_has_word(tokens, start, i + 1))
                clause_push(out, start, i + 1);
            else if (out->n_clauses > 0)
                out->clauses[out->n_clauses - 1].end = (uint16_t)(i + 1);
            start = i + 1;
        }
    }
    if (start < n) {
        if (clause_has_word(tokens, start, n))
            clause_push(out, start, n);
        else if (out->n_clauses > 0)
            out->clauses[out->n_clauses - 1].end = (uint16_t)n;
    }
}
