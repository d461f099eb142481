/* clause.c — sentences and clauses of a message, and the frame of each: greetings, request
 * openers, fillers (see reading.h, pass 2). */
#include <string.h>

#include "gateway/order/food.h"
#include "gateway/order/order_assert.h"
#include "gateway/order/reading.h"

/* Words that start a clause without meaning anything: "ok so can I get ...". */
static const char *const clause_discourse[] = {
    "so",  "ok",   "okay", "also",  "and",      "oh",      "um",     "umm",     "uh",     "yeah",
    "yes", "then", "but",  "right", "actually", "alright", "anyway", "anyways", "anyhow", "btw"};

/* Question words that open a question clause after a comma or "and": "one falafel wrap,
 * does it have nuts?". Only auxiliaries and wh-words: a comma before "can I get" is a list. */
static const char *const clause_question_openers[] = {
    "does",      "do",   "is",    "are", "how", "what", "whats", "which", "can you",
    "could you", "will", "would", "did", "any", "hows", "when",  "where"};

static bool clause_in_list(const char *text, const struct order_token *tokens, size_t i, size_t end,
                           const char *const *list, size_t n)
{
    if (i >= end || tokens[i].kind != ORDER_TOKEN_WORD)
        return false;
    for (size_t k = 0; k < n; k++) {
        const char *w = list[k];
        if (w[0] != text[tokens[i].off])
            continue; /* every entry, one word or two, starts with the token's first letter */
        const char *sp = strchr(w, ' ');
        if (!sp) {
            if (order_tok_is(text, tokens, i, end, w))
                return true;
            continue;
        }
        char first[16];
        size_t fl = (size_t)(sp - w);
        ORDER_ASSERT(fl < sizeof(first));
        memcpy(first, w, fl);
        first[fl] = '\0';
        if (order_tok_is(text, tokens, i, end, first) &&
            order_tok_is(text, tokens, i + 1, end, sp + 1))
            return true;
    }
    return false;
}

static bool clause_ends_at(const struct order_token *t)
{
    return t->kind == ORDER_TOKEN_PUNCT && (t->punct == '.' || t->punct == '!' || t->punct == '?' ||
                                            t->punct == '\n' || t->punct == ';');
}

/* Is token i a picture (an emoji other than food, which reads as its word) standing between
 * two words as a sentence's full stop would: "you forgot my fries 😤 this time i want ..."?
 * A picture is where a customer stops one thought; a list of dishes goes on with commas and
 * "and". Pictures live in the supplementary planes (a 4-byte UTF-8 lead) or the symbol and
 * dingbat blocks U+2600..U+27BF (lead 0xE2, second byte 0x98..0x9E). */
static bool clause_picture_ends_at(const char *text, const struct order_token *tokens, size_t i,
                                   size_t n)
{
    const struct order_token *t = &tokens[i];
    if (t->kind != ORDER_TOKEN_PUNCT || t->punct != ',' || i == 0 || i + 1 >= n ||
        tokens[i - 1].kind != ORDER_TOKEN_WORD || tokens[i + 1].kind != ORDER_TOKEN_WORD)
        return false;
    const unsigned char *c = (const unsigned char *)text + t->off;
    return c[0] >= 0xF0 || (c[0] == 0xE2 && c[1] >= 0x98 && c[1] <= 0x9E);
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

/* A question clause starting at i (after a comma or "and"/"but"/"also"). */
static bool clause_question_after(const char *text, const struct order_token *tokens, size_t i,
                                  size_t n)
{
    size_t nq = sizeof(clause_question_openers) / sizeof(clause_question_openers[0]);
    return clause_in_list(text, tokens, i, n, clause_question_openers, nq);
}

/* Phrases that open a question wherever they stand. */
static const char *const clause_question_marks[] = {
    "do you",   "does the", "does it", "is the",         "are the", "is it",
    "are they", "are your", "is your", "quick question", "btw",     "by the"};

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
        if (d > start &&
            order_tok_in(text, tokens, d, n, saying, sizeof(saying) / sizeof(*saying)) &&
            order_tok_in(text, tokens, d + 1, n, determiners,
                         sizeof(determiners) / sizeof(determiners[0]))) {
            start = d + 1;
            break;
        }
    if (!order_tok_in(text, tokens, start, n, determiners,
                      sizeof(determiners) / sizeof(determiners[0])))
        return false;
    for (size_t p = start + 1; p < i; p++)
        if (tokens[p].kind != ORDER_TOKEN_WORD)
            return false; /* one phrase: "the burrito, is the rice ..." stays a question */
    return true;
}

static bool clause_question_inside(const char *text, const struct order_token *tokens, size_t start,
                                   size_t i, size_t n)
{
    size_t nq = sizeof(clause_question_marks) / sizeof(clause_question_marks[0]);
    /* "what jarritos flavors do you have": a question word at the clause's start asks the
     * question the auxiliary goes on with, one clause */
    static const char *const wh[] = {"what", "whats", "which"};
    enum { WH_OBJECT_WORDS_MAX = 4 };
    if (i - start <= WH_OBJECT_WORDS_MAX &&
        order_tok_in(text, tokens, start, n, wh, sizeof(wh) / sizeof(wh[0])))
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

/* A modal, "I"/"we" and a verb of getting at i: "can we get", "could i have". */
static bool clause_asks_for_at(const char *text, const struct order_token *tokens, size_t i,
                               size_t n)
{
    static const char *const modals[] = {"can", "could", "may"};
    static const char *const subjects[] = {"i", "we"};
    static const char *const getting[] = {"have", "get", "grab", "order"};
    return clause_in_list(text, tokens, i, n, modals, sizeof(modals) / sizeof(*modals)) &&
           clause_in_list(text, tokens, i + 1, n, subjects, sizeof(subjects) / sizeof(*subjects)) &&
           clause_in_list(text, tokens, i + 2, n, getting, sizeof(getting) / sizeof(*getting));
}

/* A request that starts mid-sentence after a question with no punctuation between: "is it
 * vegan could i have the iced green tea". The clause so far opens with a question word, and
 * a modal, "I"/"we" and a verb of getting follow. */
static bool clause_request_after_question(const char *text, const struct order_token *tokens,
                                          size_t start, size_t i, size_t n)
{
    static const char *const asks[] = {"is", "are", "does", "do", "what", "whats", "how", "which"};
    return tokens[i - 1].kind == ORDER_TOKEN_WORD &&
           clause_in_list(text, tokens, start, n, asks, sizeof(asks) / sizeof(*asks)) &&
           clause_asks_for_at(text, tokens, i, n);
}

/* After "so", the words that set the request against the story before it ("this time",
 * "next time", "today", "now"): the first token after them. */
static size_t clause_skip_this_time(const char *text, const struct order_token *tokens, size_t i,
                                    size_t n)
{
    static const char *const which[] = {"this", "next"};
    static const char *const when[] = {"today", "now", "tonight", "instead"};
    if (clause_in_list(text, tokens, i, n, which, sizeof(which) / sizeof(*which)) &&
        order_tok_is(text, tokens, i + 1, n, "time"))
        return i + 2;
    return clause_in_list(text, tokens, i, n, when, sizeof(when) / sizeof(*when)) ? i + 1 : i;
}

/* A request that follows a story with "so": "we were in last week and my daughter loved the
 * mac and cheese so can we get those again". What came before tells why; the request is a
 * clause of its own, not part of a report of the past. */
static bool clause_request_after_so(const char *text, const struct order_token *tokens, size_t i,
                                    size_t n, const struct order_reading *out)
{
    /* "is it vegan - then a falafel wrap": "then" after a dash or a comma as "so" */
    bool then = order_tok_is(text, tokens, i, n, "then") && i > 0 &&
                tokens[i - 1].kind == ORDER_TOKEN_PUNCT && strchr(",-", tokens[i - 1].punct);
    if (!order_tok_is(text, tokens, i, n, "so") && !then)
        return false;
    size_t q = clause_skip_this_time(text, tokens, i + 1, n);
    if (clause_asks_for_at(text, tokens, q, n))
        return true;
    /* "she said the burrito is the move, so ill do that": "I'll" and a verb of getting */
    static const char *const will[] = {"ill", "id", "imma"};
    static const char *const getting[] = {"have", "get", "take", "do", "try", "grab", "order"};
    if (clause_in_list(text, tokens, q, n, will, sizeof(will) / sizeof(*will)) &&
        clause_in_list(text, tokens, q + 1, n, getting, sizeof(getting) / sizeof(*getting)))
        return true;
    /* "it was raw last time so this time please cook it well done": "please" and a word */
    static const char *const please[] = {"please", "pls", "plz"};
    if (clause_in_list(text, tokens, q, n, please, sizeof(please) / sizeof(*please)) && q + 1 < n &&
        tokens[q + 1].kind == ORDER_TOKEN_WORD)
        return true;
    /* "im allergic to nuts so carrot cake without walnuts": a dish named right after "so",
     * with no article but "a" or a count, is what the reason before it asks for */
    static const char *const counts[] = {"a", "an", "one", "two", "three", "four", "five"};
    size_t p = q;
    if (clause_in_list(text, tokens, p, n, counts, sizeof(counts) / sizeof(*counts)) ||
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
           clause_in_list(text, tokens, i + 1, n, subjects, sizeof(subjects) / sizeof(*subjects));
}

/* Does a correction start at i after a comma: "wait no", "actually no", "no wait", "sorry
 * no"? A bare "no," may be a change ("fries, no, not salted"). */
static bool clause_correction_after(const char *text, const struct order_token *tokens, size_t i,
                                    size_t n)
{
    static const char *const leads[] = {"wait", "actually", "sorry", "oh"};
    if (clause_in_list(text, tokens, i, n, leads, sizeof(leads) / sizeof(*leads)))
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
    return !comma && i + 1 < n && tokens[i + 1].kind == ORDER_TOKEN_WORD &&
           clause_in_list(text, tokens, i, n, turns, sizeof(turns) / sizeof(*turns));
}

/* Cuts tokens into clauses: at . ! ? ; and new lines, and before a question clause that
 * follows a comma or a conjunction. Clauses without a word join the one before. */
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

/* Does a statement about the customer start at i after a comma: "i have a nut allergy", "ive
 * got a coupon", "my son is vegan"? It is a sentence of its own, not words of the dish
 * before it ("a kale caesar salad, i have a nut allergy"). */
static bool clause_statement_after(const char *text, const struct order_token *tokens, size_t i,
                                   size_t n)
{
    static const char *const verbs[] = {"is", "has", "s", "was"};
    if (order_tok_is(text, tokens, i, n, "i") && order_tok_is(text, tokens, i + 1, n, "have") &&
        !order_tok_is(text, tokens, i + 2, n, "to")) /* not "i have to" */
        return true;
    if (order_tok_is(text, tokens, i, n, "ive") && order_tok_is(text, tokens, i + 1, n, "got"))
        return true;
    return order_tok_is(text, tokens, i, n, "my") && i + 2 < n &&
           tokens[i + 1].kind == ORDER_TOKEN_WORD &&
           clause_in_list(text, tokens, i + 2, n, verbs, sizeof(verbs) / sizeof(*verbs));
}

/* A request that follows, after a comma, a clause cancelling a dish: "cancel the flan, add 2
 * churros instead". The clause so far opens with "cancel" or "remove" (after "please"), and
 * "add" or "get" starts the next: taking off and asking for are two clauses. */
static bool clause_request_after_cancel(const char *text, const struct order_token *tokens,
                                        size_t start, size_t i, size_t n)
{
    static const char *const please[] = {"please", "pls", "plz"};
    static const char *const cancel[] = {"cancel", "remove"};
    static const char *const adding[] = {"add", "get"};
    if (clause_in_list(text, tokens, start, n, please, sizeof(please) / sizeof(*please)))
        start++;
    return clause_in_list(text, tokens, start, n, cancel, sizeof(cancel) / sizeof(*cancel)) &&
           clause_in_list(text, tokens, i, n, adding, sizeof(adding) / sizeof(*adding));
}

static void clause_split(const char *text, const struct order_token *tokens, size_t n,
                         struct order_reading *out)
{
    size_t start = 0;
    for (size_t i = 0; i < n; i++) {
        const struct order_token *t = &tokens[i];
        bool cut_after = (clause_ends_at(t) && !clause_trails_off(text, tokens, start, i)) ||
                         clause_picture_ends_at(text, tokens, i, n) ||
                         clause_typed_face_ends_at(tokens, i, n);
        bool cut_before = false;
        if (i > start + 1 && i + 1 < n) {
            bool comma = t->kind == ORDER_TOKEN_PUNCT && t->punct != '&' && t->punct != '/';
            bool conj = order_tok_is(text, tokens, i, n, "and") ||
                        order_tok_is(text, tokens, i, n, "but") ||
                        order_tok_is(text, tokens, i, n, "also");
            cut_before = (comma || conj) && clause_question_after(text, tokens, i + 1, n);
            /* "2 al pastor, wait no, 2 carnitas tacos": a correction after a comma opens a
             * clause of its own, which replaces what it names again */
            cut_before = cut_before || (comma && t->punct == ',' &&
                                        clause_correction_after(text, tokens, i + 1, n));
            cut_before = cut_before || (comma && t->punct == ',' &&
                                        clause_statement_after(text, tokens, i + 1, n));
            cut_before = cut_before || (comma && t->punct == ',' &&
                                        clause_request_after_cancel(text, tokens, start, i + 1, n));
            cut_before = cut_before || clause_topic_turn_at(text, tokens, i + 1, n);
        }
        /* a question that starts mid-sentence without punctuation: "just two classic fries
         * do you have gluten-free buns?" */
        if (!cut_before && i > start + 1 &&
            (clause_question_inside(text, tokens, start, i + 1, n) ||
             clause_wondering_at(text, tokens, i + 1, n) ||
             clause_request_after_question(text, tokens, start, i + 1, n) ||
             clause_request_after_so(text, tokens, i + 1, n, out) ||
             clause_condition_on_dish(text, tokens, i + 1, n))) {
            if (clause_has_word(tokens, start, i + 1))
                clause_push(out, start, i + 1);
            start = i + 1;
            continue;
        }
        if (cut_before) {
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

/* Skips greetings and discourse words at i; marks them. Returns the first other token. */
/* After a greeting, is the word at i the one addressed ("hi greenbite", "hey sam"): a word
 * that is no menu word as written (two run together may be: "greenbite"), no food, no
 * number, before a separator or a request opener? */
static bool clause_address_at(const struct order_reader *rd, const char *text,
                              const struct order_token *tokens, size_t i, size_t end,
                              const struct order_reading *out)
{
    const struct order_token *t = &tokens[i];
    if (i + 1 >= end || t->kind != ORDER_TOKEN_WORD || t->len < 3 || out->roles[i] != 0 ||
        order_food_word(rd->food, text + t->off, t->len))
        return false;
    for (size_t k = 0; k < t->len; k++)
        if (text[t->off + k] < 'a' || text[t->off + k] > 'z')
            return false;
    for (size_t h = 0; h < out->n_hits[i]; h++) /* "greenbite" is read as two words only */
        if (out->hits[i][h].edits == 0 && out->hits[i][h].n_words == 1)
            return false;
    const struct order_token *next = &tokens[i + 1];
    if (next->kind == ORDER_TOKEN_PUNCT)
        return strchr(",!\n", next->punct) != NULL;
    return order_patterns_longest(&rd->u->openers, text, tokens, i + 1, end, NULL) > 0 ||
           order_read_opener_grammar(rd, text, tokens, i + 1, end, out) > 0;
}

/* Does "well" open the clause at i as a word of discourse ("well the chickpea one then")?
 * Not before "done": "well done" is how a dish is cooked. */
static bool clause_well_at(const char *text, const struct order_token *tokens, size_t i, size_t end)
{
    return order_tok_is(text, tokens, i, end, "well") &&
           !order_tok_is(text, tokens, i + 1, end, "done");
}

/* Is there a request opener at i, commas aside? */
static bool clause_opener_after(const struct order_reader *rd, const char *text,
                                const struct order_token *tokens, size_t i, size_t end,
                                struct order_reading *out)
{
    while (i < end && tokens[i].kind == ORDER_TOKEN_PUNCT && tokens[i].punct == ',')
        i++;
    return i < end && (order_patterns_longest(&rd->u->openers, text, tokens, i, end, NULL) > 0 ||
                       order_read_opener_grammar(rd, text, tokens, i, end, out) > 0);
}

/* The greeting at i, g tokens long; 0 when there is none. A greeting asked as a question
 * ("whats up", "whats good") greets only when a request follows it ("yo whats good lemme get
 * a burger"); alone ("whats good here") it still asks. */
static size_t clause_greeting_at(const struct order_reader *rd, const char *text,
                                 const struct order_token *tokens, size_t i, size_t end,
                                 struct order_reading *out)
{
    size_t g = order_patterns_longest(&rd->u->greetings, text, tokens, i, end, NULL);
    if (g > 0 && order_patterns_longest(&rd->u->question_starts, text, tokens, i, end, NULL) > 0 &&
        !clause_opener_after(rd, text, tokens, i + g, end, out))
        return 0;
    return g;
}

static size_t clause_skip_greetings(const struct order_reader *rd, const char *text,
                                    const struct order_token *tokens, size_t i, size_t end,
                                    struct order_reading *out)
{
    size_t nd = sizeof(clause_discourse) / sizeof(clause_discourse[0]);
    bool greeted = false;
    for (;;) {
        while (i < end && tokens[i].kind == ORDER_TOKEN_PUNCT && tokens[i].punct == ',')
            i++;
        size_t g = clause_greeting_at(rd, text, tokens, i, end, out);
        if (g == 0 && clause_in_list(text, tokens, i, end, clause_discourse, nd))
            g = 1;
        if (g == 0 && clause_well_at(text, tokens, i, end))
            g = 1;
        if (g == 0 && greeted && clause_address_at(rd, text, tokens, i, end, out))
            g = 1; /* "hi greenbite we'd like ...": the one addressed, no cue of the message */
        if (g == 0)
            return i;
        memset(out->roles + i, ORDER_ROLE_GREETING, g);
        i += g;
        greeted = true;
    }
}

/* Does a food word stand at j, or after an article and a unit of serving ("a portion of
 * garlic bread", "some toast"), in [j, e)? Then "for *" ends before it: "could I trouble
 * you for a portion of garlic bread". Not "for extra lettuce": that is a swap. */
static bool clause_food_after(const struct order_reader *rd, const char *text,
                              const struct order_token *tokens, size_t j, size_t e)
{
    static const char *const lead[] = {"a",     "an", "some", "portion",
                                       "order", "of", "side", "plate"};
    for (; j < e; j++) {
        if (order_food_word(rd->food, text + tokens[j].off, tokens[j].len))
            return true;
        bool skip = false;
        for (size_t w = 0; w < sizeof(lead) / sizeof(lead[0]) && !skip; w++)
            skip = order_tok_is(text, tokens, j, e, lead[w]);
        if (!skip)
            return false;
    }
    return false;
}

/* Does a diet word at j describe a person, not a dish: no menu word and no "one" after it
 * ("for my vegan friend", "for the one vegan in the group", "for the vegan")? "for me the
 * vegan one", "for her the vegan burger" name a dish. */
static bool clause_diet_person(const struct order_reader *rd, const char *text,
                               const struct order_token *tokens, size_t j, size_t e,
                               const struct order_reading *out)
{
    size_t k = order_patterns_longest(&rd->u->diet_cues, text, tokens, j, e, NULL);
    if (k == 0)
        return false;
    size_t after = j + k;
    return after >= e || (out->n_hits[after] == 0 && !order_tok_is(text, tokens, after, e, "one") &&
                          !order_tok_is(text, tokens, after, e, "ones") &&
                          !order_tok_is(text, tokens, after, e, "option"));
}

/* Marks fillers in each segment (the words between two separators or "and") of [b, e): the longest
 * filler pattern at each word; one ending in "*" covers the rest of the segment ("for
 * pickup at 6"). */
/* Are token t's readings, if any, all misspellings of menu words ("jake" of "cake")? */
static bool clause_only_typos(const struct order_reading *out, size_t t)
{
    for (size_t h = 0; h < out->n_hits[t]; h++)
        if (out->hits[t][h].edits == 0)
            return false;
    return true;
}

static void clause_fillers(const struct order_reader *rd, const char *text,
                           const struct order_token *tokens, size_t b, size_t e,
                           struct order_reading *out)
{
    for (size_t i = b; i < e; i++) {
        if (tokens[i].kind != ORDER_TOKEN_WORD || out->roles[i] != ORDER_ROLE_NONE)
            continue;
        size_t seg_end = i;
        while (seg_end < e && tokens[seg_end].kind == ORDER_TOKEN_WORD &&
               !(seg_end > i && (order_tok_is(text, tokens, seg_end, e, "and") ||
                                 order_tok_is(text, tokens, seg_end, e, "plus"))))
            seg_end++;
        size_t which;
        size_t k = order_patterns_longest(&rd->u->fillers, text, tokens, i, seg_end, &which);
        if (k == 0)
            continue;
        /* "for *" stops before a menu word, a number or a food: "for me the chickpea salad",
         * "could I trouble you for garlic bread" */
        const struct order_pattern *pat = &rd->u->fillers.items[which];
        if (pat->tail_any)
            for (size_t j = i + pat->n_words; j < i + k; j++) {
                int32_t qty;
                /* "pickup at 4", "ready by 12", "there around 7": a time, no count */
                bool time = order_tok_is(text, tokens, j - 1, e, "at") ||
                            order_tok_is(text, tokens, j - 1, e, "by") ||
                            order_tok_is(text, tokens, j - 1, e, "around");
                bool number = order_read_quantity(rd->u, text, tokens, j, e, &qty) > 0 &&
                              !order_tok_is(text, tokens, j, e, "a") &&
                              !order_tok_is(text, tokens, j, e, "an") && !time &&
                              !order_tok_is(text, tokens, j - 1, e, "the"); /* "the one" */
                bool with = order_tok_is(text, tokens, j, e, "with") ||
                            (order_tok_is(text, tokens, j, e, "w") && j + 1 < e &&
                             tokens[j + 1].kind == ORDER_TOKEN_PUNCT && tokens[j + 1].punct == '/');
                /* "for my brother but no onions": the change after it is no filler */
                bool change =
                    j > i + pat->n_words && order_patterns_longest(&rd->u->modifier_zone_starts,
                                                                   text, tokens, j, e, NULL) > 0;
                if (clause_diet_person(rd, text, tokens, j, e, out)) {
                    j += order_patterns_longest(&rd->u->diet_cues, text, tokens, j, e, NULL) - 1;
                    continue; /* "for the one vegan in the group" */
                }
                /* "for Sam the same but no pickles": "same" orders again */
                bool same = order_tok_is(text, tokens, j, e, "same") ||
                            (order_tok_is(text, tokens, j, e, "the") &&
                             order_tok_is(text, tokens, j + 1, e, "same"));
                /* "for her a pumpkin spice latte": an article before a food the menu lacks */
                bool food = j > i + pat->n_words &&
                            (order_tok_is(text, tokens, j, e, "a") ||
                             order_tok_is(text, tokens, j, e, "an")) &&
                            clause_food_after(rd, text, tokens, j, i + k);
                /* "under the name Jake", "name is Jake", "for Jake.": the name, though it
                 * reads as a misspelt "cake" */
                bool alone = j + 1 >= e || tokens[j + 1].kind == ORDER_TOKEN_PUNCT;
                bool named = j == i + pat->n_words && j >= 2 &&
                             (order_tok_is(text, tokens, j - 1, e, "name") ||
                              (order_tok_is(text, tokens, j - 1, e, "is") &&
                               order_tok_is(text, tokens, j - 2, e, "name")) ||
                              (alone && order_tok_is(text, tokens, j - 1, e, "for"))) &&
                             clause_only_typos(out, j);
                if ((out->n_hits[j] > 0 && !named) || number || with || same || food ||
                    change) { /* "for me w/ rice added" */
                    k = j - i;
                    break;
                }
            }
        if (pat->tail_any && k > pat->n_words &&
            clause_food_after(rd, text, tokens, i + pat->n_words, i + k))
            k = pat->n_words;
        if (k == 0)
            continue;
        memset(out->roles + i, ORDER_ROLE_FILLER, k);
        i += k - 1;
    }
}

/* The grammar of a request opener, for the forms the understanding's list does not spell
 * out: a modal and "I"/"we" ("could I", "can we"), a subject with its auxiliary ("I'd",
 * "we'll", "I would") or "I"/"we" alone, then at most two words of manner ("please", "just",
 * "also", or a word no dictionary knows: a misspelt "pleeze"), then a verb of getting or
 * wanting. "could i pleeze have", "can we also get", "i'd really like", "i just want". */
static const char *const clause_modals[] = {"can", "could", "may", "might", "would", "will"};
static const char *const clause_subjects[] = {"i", "we"};
static const char *const clause_subject_aux[] = {"id",       "wed",    "ill",     "i would",
                                                 "we would", "i will", "we will", "i shall"};
static const char *const clause_manner[] = {
    "please",   "pls",    "plz",   "just",     "also",    "maybe",     "possibly",
    "actually", "really", "still", "kindly",   "quickly", "perhaps",   "then",
    "now",      "um",     "uh",    "probably", "def",     "definitely"};
static const char *const clause_getting[] = {"get",  "have", "grab", "order", "try",
                                             "take", "buy",  "like", "love"};
static const char *const clause_preface[] = {"think", "reckon", "guess", "suppose"};
/* "go for", "do with", "go with": a verb and its particle */
static const char *const clause_going_for[] = {"go for", "do with", "go with", "use"};
/* after "I" alone only wanting: "I really like the fries" praises them */
static const char *const clause_wanting[] = {"want", "need", "wanna"};

/* Verbs after which an opener that ends in a noun ("my order", "lunch order") is the
 * subject of a statement: "my order came with two lemonades". */
static const char *const clause_finite_after_opener[] = {
    "was",   "is",    "came",  "has", "had",  "arrived", "didnt",  "wasnt",  "isnt",
    "hasnt", "never", "still", "got", "took", "looks",   "looked", "number", "went"};

#define CLAUSE_IN(list, at)                                                                        \
    clause_in_list(text, tokens, (at), e, list, sizeof(list) / sizeof(list[0]))

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
    for (size_t k = 0; k < sizeof(clause_getting) / sizeof(*clause_getting); k++) {
        size_t len = strlen(clause_getting[k]);
        if (len >= NEAR_GETTING_LEN_MIN && order_edit_distance(text + tokens[p].off, tokens[p].len,
                                                               clause_getting[k], len, 1) <= 1)
            return true;
    }
    return false;
}

/* "ordering a strawberry banana", "grabbing 2 fries": a verb of getting in -ing form that
 * starts the clause, before an article, a count or a menu word. */
static size_t clause_getting_ing_opener(const struct order_reader *rd, const char *text,
                                        const struct order_token *tokens, size_t p, size_t e,
                                        const struct order_reading *out)
{
    static const char *const getting_ing[] = {"ordering", "getting", "grabbing"};
    int32_t qty;
    return CLAUSE_IN(getting_ing, p) && p + 1 < e &&
                   (order_read_quantity(rd->u, text, tokens, p + 1, e, &qty) > 0 ||
                    order_tok_is(text, tokens, p + 1, e, "the") || out->n_hits[p + 1] > 0)
               ? 1
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

/* "gonna have", "i'm going to have", "we are gonna need": a plan to get, subject or not. */
static size_t clause_going_to_opener(const char *text, const struct order_token *tokens, size_t p,
                                     size_t e)
{
    static const char *const going_subject[][2] = {{"i", "am"},    {"we", "are"}, {"im", NULL},
                                                   {"were", NULL}, {"i", NULL},   {"we", NULL}};
    static const char *const going_get[] = {"get",  "have", "grab", "order",
                                            "take", "buy",  "need", "try"}; /* not "love" */
    size_t g = p;
    for (size_t k = 0; k < sizeof(going_subject) / sizeof(*going_subject) && g == p; k++)
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
static size_t clause_asking_subject(const char *text, const struct order_token *tokens, size_t p,
                                    size_t e, bool *modal)
{
    *modal = true;
    if (CLAUSE_IN(clause_modals, p) && CLAUSE_IN(clause_subjects, p + 1))
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
    size_t k = clause_getting_ing_opener(rd, text, tokens, i, e, out);
    if (k == 0)
        k = clause_craving_opener(text, tokens, i, e);
    if (k == 0)
        k = clause_going_to_opener(text, tokens, i, e);
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
    size_t subject = clause_asking_subject(text, tokens, p, e, &modal);
    if (subject == 0)
        return 0;
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
                            clause_near_getting(rd, text, tokens, p, e, out)
                      : CLAUSE_IN(clause_wanting, p);
    return verb ? p + 1 - i : 0;
}

/* Does a menu word stand within the next few words from p, before any punctuation ("the
 * regular beef one", not "meat")? */
static bool clause_menu_word_near(const struct order_token *tokens, const struct order_reading *out,
                                  size_t p, size_t e)
{
    enum { NEAR_WORDS = 4 };
    for (size_t q = p; q < e && q < p + NEAR_WORDS && tokens[q].kind == ORDER_TOKEN_WORD; q++)
        if (out->n_hits[q] > 0)
            return true;
    return false;
}

/* Does token p read menu words only through typos ("jake" near "cake")? Before "wants" such
 * a word is a person's name: "jake wants a horchata". */
static bool clause_typo_only(const struct order_reading *out, size_t p)
{
    for (size_t h = 0; h < out->n_hits[p]; h++)
        if (out->hits[p][h].edits == 0)
            return false;
    return out->n_hits[p] > 0;
}

/* Someone else's choice, said as a statement: a person ("she", "my husband", "the kids",
 * "Sam": one word no lexicon reads), then wanting ("wants", "needs"), a modal of the future
 * or of wishing with a verb of getting ("will have", "would like", "'ll take"), or "is" with
 * one in -ing form ("is having"). "she will have the wrap", "my husband wants the beef one".
 * Returns its length, or 0. */
static size_t clause_someone_wants(const char *text, const struct order_token *tokens,
                                   const struct order_reading *out, size_t i, size_t e)
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
    static const char *const getting[] = {"have", "take", "get", "like", "order"};
    static const char *const wanting[] = {"wants", "needs"};
    static const char *const being[] = {"is", "are"};
    static const char *const getting_ing[] = {"having", "getting", "taking", "ordering"};
#define SOMEONE_IN(list, at) order_tok_in(text, tokens, (at), e, list, sizeof(list) / sizeof(*list))
    size_t p = i;
    if (SOMEONE_IN(pronoun_modals, p))
        return SOMEONE_IN(getting, p + 1) ? 2 : 0;
    if (SOMEONE_IN(pronoun_being, p))
        return SOMEONE_IN(getting_ing, p + 1) ? 2 : 0;
    if (SOMEONE_IN(determiners, p))
        p++;
    if (p >= e || tokens[p].kind != ORDER_TOKEN_WORD ||
        (out->n_hits[p] > 0 && !(clause_typo_only(out, p) && SOMEONE_IN(wanting, p + 1))) ||
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
    /* "wants a babyccino" asks for a thing; "wants meat" says what they eat */
    static const char *const articles[] = {"a", "an", "the", "one", "two", "2", "some"};
    return k > 0 && (clause_menu_word_near(tokens, out, i + k, e) || SOMEONE_IN(articles, i + k))
               ? k
               : 0;
#undef SOMEONE_IN
}

/* Does "do" at tokens[s] start an imperative ("do a beyond burger for me", "do me two
 * cheeseburgers") rather than a question? A question's "do" is followed by its subject; an
 * article, a count or an object pronoun cannot be one ("do the fries …" may still ask). */
static bool clause_imperative_do(const struct order_reader *rd, const char *text,
                                 const struct order_token *tokens, size_t s, size_t e)
{
    if (!order_tok_is(text, tokens, s, e, "do"))
        return false;
    size_t p = s + 1;
    if (order_tok_is(text, tokens, p, e, "me") || order_tok_is(text, tokens, p, e, "us"))
        return true;
    int32_t qty = 1;
    return order_tok_is(text, tokens, p, e, "a") || order_tok_is(text, tokens, p, e, "an") ||
           order_read_quantity(rd->u, text, tokens, p, e, &qty) > 0;
}

/* A message dictated to a voice assistant starts by addressing it and naming where to send
 * it: "hey siri text green bite burger I want ...", "ok google message greenbite can I get".
 * Marks the address, up to the request opener (at most eight words, none a menu word's
 * count), as a greeting; returns the first token after it (s when there is none). */
static size_t clause_skip_assistant(const struct order_reader *rd, const char *text,
                                    const struct order_token *tokens, size_t s, size_t e,
                                    struct order_reading *out)
{
    enum { ADDRESS_WORDS_MAX = 8 };
    static const char *const assistants[][2] = {
        {"hey", "siri"}, {"siri", NULL}, {"ok", "google"}, {"hey", "google"}, {"alexa", NULL}};
    size_t k = 0;
    for (size_t a = 0; a < sizeof(assistants) / sizeof(*assistants) && k == 0; a++)
        if (order_tok_is(text, tokens, s, e, assistants[a][0]) &&
            (!assistants[a][1] || order_tok_is(text, tokens, s + 1, e, assistants[a][1])))
            k = assistants[a][1] ? 2 : 1;
    if (k == 0)
        return s;
    size_t p = s + k;
    while (p < e && p < s + k + ADDRESS_WORDS_MAX && tokens[p].kind == ORDER_TOKEN_WORD &&
           order_patterns_longest(&rd->u->openers, text, tokens, p, e, NULL) == 0 &&
           order_read_opener_grammar(rd, text, tokens, p, e, out) == 0)
        p++;
    if (p == e || p == s + k + ADDRESS_WORDS_MAX)
        p = s + k; /* no request follows: only the assistant's name is skipped */
    memset(out->roles + s, ORDER_ROLE_GREETING, p - s);
    return p;
}

/* A condition that opens a clause and names nothing: "if so", "if yes", "if you still have
 * them,", "either way", "in that case", before what the customer then asks ("if yes ill take
 * two"). "if" reaches a comma, a request opener or a count; a condition that names menu words
 * ("if you have the halloumi burger") is left to be read. Marks the condition as a filler and
 * returns the first token after it (s when there is none). */
static size_t clause_skip_condition(const struct order_reader *rd, const char *text,
                                    const struct order_token *tokens, size_t s, size_t e,
                                    struct order_reading *out)
{
    enum { CONDITION_WORDS_MAX = 6 };
    static const char *const leads[][4] = {{"either", "way"},
                                           {"in", "that", "case"},
                                           {"in", "which", "case"},
                                           {"if", "thats", "the", "case"},
                                           {"if", "so"},
                                           {"if", "yes"}};
    size_t k = 0;
    for (size_t l = 0; l < sizeof(leads) / sizeof(*leads) && k == 0; l++) {
        size_t w = 0;
        while (w < 4 && leads[l][w] && order_tok_is(text, tokens, s + w, e, leads[l][w]))
            w++;
        if (w == 4 || !leads[l][w])
            k = w;
    }
    if (k == 0 && order_tok_is(text, tokens, s, e, "if")) {
        size_t p = s + 1;
        int32_t qty;
        while (p < e && p < s + 1 + CONDITION_WORDS_MAX && tokens[p].kind == ORDER_TOKEN_WORD &&
               out->n_hits[p] == 0 &&
               order_patterns_longest(&rd->u->openers, text, tokens, p, e, NULL) == 0 &&
               order_read_opener_grammar(rd, text, tokens, p, e, out) == 0 &&
               order_read_quantity(rd->u, text, tokens, p, e, &qty) == 0)
            p++;
        bool ends = p < e && (tokens[p].kind == ORDER_TOKEN_PUNCT || out->n_hits[p] == 0);
        if (ends && p > s + 1)
            k = p - s;
    }
    if (k == 0)
        return s;
    memset(out->roles + s, ORDER_ROLE_FILLER, k);
    s += k;
    while (s < e && tokens[s].kind == ORDER_TOKEN_PUNCT && tokens[s].punct == ',')
        s++;
    return s;
}

/* "we would like to share", "i'd love to try": "to" and a verb of getting or sharing after
 * an opener of wanting belong to it; the words after them are the request ("i want to
 * cancel the fries" asks for nothing). Returns their length (2), or 0. */
static size_t clause_infinitive_after(const struct order_reader *rd, const char *text,
                                      const struct order_token *tokens, size_t p, size_t e,
                                      const struct order_reading *out)
{
    static const char *const wanting[] = {"like", "love",  "want", "wanna",
                                          "need", "wants", "needs"};
    static const char *const getting[] = {"share", "split", "order", "preorder", "try",   "get",
                                          "have",  "grab",  "buy",   "eat",      "taste", "sample"};
    static const char *const objects[] = {"a", "an", "the", "some"};
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
static size_t clause_other_wants(const struct order_reader *rd, const char *text,
                                 const struct order_token *tokens, size_t i, size_t e,
                                 const struct order_reading *out)
{
    enum { SUBJECT_WORDS_MAX = 2 };
    static const char *const pronouns[] = {"he", "she"};
    static const char *const determiners[] = {"my", "the", "our", "his", "her"};
    static const char *const wants[] = {"wants", "needs"};
    static const char *const objects[] = {"a", "an", "the", "some"};
    size_t p = i;
    if (CLAUSE_IN(pronouns, p)) {
        p++;
    } else if (CLAUSE_IN(determiners, p)) {
        p++;
        size_t words = 0;
        while (words < SUBJECT_WORDS_MAX && p < e && tokens[p].kind == ORDER_TOKEN_WORD &&
               out->n_hits[p] == 0 && !CLAUSE_IN(wants, p)) {
            p++;
            words++;
        }
        if (words == 0)
            return 0;
    } else {
        return 0;
    }
    if (!CLAUSE_IN(wants, p) || p + 1 >= e)
        return 0;
    int32_t qty;
    bool object = CLAUSE_IN(objects, p + 1) || out->n_hits[p + 1] > 0 ||
                  order_read_quantity(rd->u, text, tokens, p + 1, e, &qty) > 0;
    return object ? p + 1 - i : 0;
}

/* Do only words of discourse ("actually nvm just", "ok so") stand between the clause's
 * start s, or a mark, and token i? "whats in it? actually nvm just give me 2 of them": the
 * opener still starts its part. */
static bool clause_after_discourse(const char *text, const struct order_token *tokens,
                                   const struct order_reading *out, size_t s, size_t i, size_t e)
{
    static const char *const discourse[] = {"just", "so",   "ok",      "okay",   "actually",
                                            "nvm",  "then", "alright", "anyway", "anyways",
                                            "uh",   "uhh",  "um",      "umm"};
    /* "uhh i think jake wants ...": a hedge on what follows */
    static const char *const hedges[] = {"think", "guess", "reckon"};
    size_t j = i;
    for (;;) {
        if (j > s && tokens[j - 1].kind == ORDER_TOKEN_WORD &&
            out->roles[j - 1] == ORDER_ROLE_NONE && CLAUSE_IN(discourse, j - 1))
            j--;
        else if (j > s + 1U && CLAUSE_IN(hedges, j - 1) &&
                 order_tok_is(text, tokens, j - 2, e, "i") &&
                 out->roles[j - 1] == ORDER_ROLE_NONE && out->roles[j - 2] == ORDER_ROLE_NONE)
            j -= 2;
        else
            break;
    }
    /* "..., and uhh i think jake wants": after a conjunction too */
    static const char *const conjunctions[] = {"and", "n", "but", "plus"};
    return j < i && (j == s || tokens[j - 1].kind == ORDER_TOKEN_PUNCT ||
                     (out->roles[j - 1] == ORDER_ROLE_NONE && CLAUSE_IN(conjunctions, j - 1)));
}

/* The frame of clause c: greetings, the question form, request openers, fillers. */
static void clause_frame(const struct order_reader *rd, const char *text,
                         const struct order_token *tokens, struct order_clause *c,
                         struct order_reading *out)
{
    size_t b = c->begin, e = c->end;
    size_t s = clause_skip_greetings(rd, text, tokens, b, e, out);
    s = clause_skip_assistant(rd, text, tokens, s, e, out);
    s = clause_skip_condition(rd, text, tokens, s, e, out);
    for (size_t i = b; i < e; i++)
        if (tokens[i].kind == ORDER_TOKEN_PUNCT && tokens[i].punct == '?')
            c->question_form = true;
    if (s < e && order_patterns_longest(&rd->u->question_starts, text, tokens, s, e, NULL) > 0 &&
        !clause_imperative_do(rd, text, tokens, s, e))
        c->question_form = c->question_start = true;
    for (size_t i = s; i < e; i++) {
        if (out->roles[i] != ORDER_ROLE_NONE || tokens[i].kind != ORDER_TOKEN_WORD)
            continue;
        /* an opener starts the clause or a part of it: "..., can I get", not "in my order" */
        /* "please may I have ...": a word of politeness may open the clause before it, and
         * so may "just" ("just send me ...") */
        static const char *const polite[] = {"please", "pls", "plz", "kindly", "just"};
        bool starts = i == s || tokens[i - 1].kind == ORDER_TOKEN_PUNCT ||
                      out->roles[i - 1] == ORDER_ROLE_GREETING ||
                      out->roles[i - 1] == ORDER_ROLE_OPENER ||
                      (i == s + 1 && CLAUSE_IN(polite, s)) ||
                      clause_after_discourse(text, tokens, out, s, i, e);
        /* "... and I want the cheeseburger", "... and my husband wants the beef one": a
         * subject after a conjunction starts a part of its own */
        static const char *const conjunctions[] = {"and", "n", "but", "plus", "then"};
        bool after_and = !starts && CLAUSE_IN(conjunctions, i - 1);
        if (!starts && !after_and)
            continue;
        bool subject = CLAUSE_IN(clause_subjects, i) || CLAUSE_IN(clause_subject_aux, i);
        size_t k = 0;
        if (starts || subject) {
            k = order_patterns_longest(&rd->u->openers, text, tokens, i, e, NULL);
            if (k > 0 && CLAUSE_IN(clause_finite_after_opener, i + k))
                continue; /* "my order came with ...": a subject, not an opener */
        }
        if (k == 0 && (starts || subject))
            k = order_read_opener_grammar(rd, text, tokens, i, e, out);
        if (k == 0)
            k = clause_someone_wants(text, tokens, out, i, e);
        if (k == 0 && (starts || after_and))
            k = clause_other_wants(rd, text, tokens, i, e, out);
        if (k == 0)
            continue;
        k += clause_infinitive_after(rd, text, tokens, i + k, e, out);
        memset(out->roles + i, ORDER_ROLE_OPENER, k);
        c->request_form = true;
        i += k - 1;
    }
    clause_fillers(rd, text, tokens, s, e, out);
}

/* A letter's closing at the start of a clause ("Yours faithfully,", "With kind regards,"):
 * its length, or 0. */
static size_t clause_closing_at(const char *text, const struct order_token *tokens, size_t i,
                                size_t e)
{
    enum { CLOSING_WORDS = 3 };
    static const char *const closings[][CLOSING_WORDS] = {{"yours", "faithfully"},
                                                          {"yours", "sincerely"},
                                                          {"yours", "truly"},
                                                          {"kind", "regards"},
                                                          {"warm", "regards"},
                                                          {"best", "regards"},
                                                          {"warmest", "regards"},
                                                          {"kindest", "regards"},
                                                          {"with", "kind", "regards"},
                                                          {"with", "warm", "regards"},
                                                          {"with", "best", "regards"},
                                                          {"regards"},
                                                          {"sincerely"},
                                                          {"best", "wishes"},
                                                          {"with", "best", "wishes"}};
    for (size_t c = 0; c < sizeof(closings) / sizeof(*closings); c++) {
        size_t w = 0;
        while (w < CLOSING_WORDS && closings[c][w] &&
               order_tok_is(text, tokens, i + w, e, closings[c][w]))
            w++;
        if ((w == CLOSING_WORDS || !closings[c][w]) && !order_tok_is(text, tokens, i + w, e, "to"))
            return w; /* not "with regards to my order" */
    }
    return 0;
}

/* Does clause c name nothing of the menu (a signature: "Margaret Hollis")? */
static bool clause_no_menu_word(const struct order_reading *out, const struct order_clause *c)
{
    for (size_t i = c->begin; i < c->end; i++)
        if (out->n_hits[i] > 0)
            return false;
    return true;
}

/* "... please, Sam", "thanks - jake", "will be back!!! - Tom", "...?\nYuki": one word that
 * ends the message after a separator, itself after thanks, "please" or a sentence's end, and
 * that is no menu word as written nor a food, signs the message: a name, no dish ("Jake" is
 * no misspelt "cake"). Only a name the menu's words do not resemble follows "thanks,". */
static void clause_signature(const struct order_reader *rd, const char *text,
                             const struct order_token *tokens, size_t n, struct order_reading *out)
{
    static const char *const courtesy[] = {"please", "pls",    "plz", "thanks",  "thx",
                                           "ty",     "cheers", "you", "thankyou"};
    size_t w = n;
    while (w > 0 && tokens[w - 1].kind == ORDER_TOKEN_PUNCT)
        w--;
    if (w < 3 || tokens[--w].kind != ORDER_TOKEN_WORD || out->roles[w] != ORDER_ROLE_NONE ||
        tokens[w].len < 3)
        return;
    const struct order_token *sep = &tokens[w - 1], *before = &tokens[w - 2];
    if (sep->kind != ORDER_TOKEN_PUNCT || !strchr(",-\n", sep->punct))
        return;
    bool closed =
        before->kind == ORDER_TOKEN_PUNCT
            ? strchr("?!.", before->punct) != NULL
            : order_tok_in(text, tokens, w - 2, n, courtesy, sizeof(courtesy) / sizeof(*courtesy));
    const char *word = text + tokens[w].off;
    for (size_t k = 0; k < tokens[w].len; k++)
        if (word[k] < 'a' || word[k] > 'z')
            return;
    for (size_t h = 0; h < out->n_hits[w]; h++)
        if (out->hits[w][h].edits == 0)
            return;
    /* a misspelt menu word after "thanks," may still be a dish ("thanks, brwnie"); after a
     * dash, a new line or a sentence of its own it is a name ("thanks - jake") */
    bool after_sentence = w >= 3 && tokens[w - 3].kind == ORDER_TOKEN_PUNCT &&
                          strchr("?!.", tokens[w - 3].punct) != NULL; /* "...? please, Jake" */
    if (!closed || order_food_word(rd->food, word, tokens[w].len) ||
        (out->n_hits[w] > 0 && sep->punct == ',' && before->kind == ORDER_TOKEN_WORD &&
         !after_sentence))
        return;
    out->roles[w] = ORDER_ROLE_GREETING;
    out->n_hits[w] = 0;
}

void order_read_clauses(const struct order_reader *rd, const char *text,
                        const struct order_token *tokens, size_t n, struct order_reading *out)
{
    out->n_clauses = 0;
    clause_split(text, tokens, n, out);
    bool signed_off = false;
    for (size_t c = 0; c < out->n_clauses; c++) {
        struct order_clause *cl = &out->clauses[c];
        /* "With kind regards,\nMargaret Hollis", "Yours faithfully, Gerald Pike (Treasurer)":
         * a letter's closing and the signature after it say goodbye, they ask nothing */
        if (!signed_off && clause_closing_at(text, tokens, cl->begin, cl->end) > 0)
            signed_off = true;
        else if (signed_off && !clause_no_menu_word(out, cl))
            signed_off = false;
        if (signed_off) {
            memset(out->roles + cl->begin, ORDER_ROLE_GREETING, cl->end - cl->begin);
            continue;
        }
        clause_frame(rd, text, tokens, cl, out);
    }
    clause_signature(rd, text, tokens, n, out);
}
