/* clause.c — the frame of each clause of a message (see reading.h, pass 2): greetings and
 * the one addressed, fillers and conditions that name nothing, where a request opener starts,
 * a letter's closing and a signature. order_read_clauses cuts the message into clauses
 * (clause_split.c) and reads the frame of each; what an opener is, is in clause_openers.c.
 * clause_internal.h holds what these files share. */
#include <string.h>

#include "gateway/order/clause_internal.h"
#include "gateway/order/food.h"
#include "gateway/order/menu_words.h"
#include "gateway/order/order_assert.h"

/* Words that start a clause without meaning anything: "ok so can I get ...". */
static const char *const clause_discourse[] = {
    "so", "ok", "okay", "also", "and", "oh", "um", "umm", "uh", "yeah", "yes", "then", "but",
    "right", "actually", "alright", "anyway", "anyways", "anyhow", "btw", "eh", "hey", "yea", "yep",
    "yup", "aight", "okey", "okie", "sure", "welp", "yay", "woo", "yess", "regardless",
    /* the texter's asides on what follows: "ngl whats in the burger" still asks */
    "ngl", "lowkey", "highkey", "honestly", "imo", "tbf"};

/* Is the word at i a sound of talk, not a word: a hesitation ("um", "uhhh", "hmm", "errm",
 * "ahh", "ohh") or laughter ("lol", "lmao", "hahaha", "hehe")? Said before what the customer
 * goes on to ask ("eh i'll take 2", "lol gimme a shake"), it hides nothing of it. A
 * hesitation is one of a few sounds, each letter as long as the customer holds it. */
static bool clause_sound_at(const char *text, const struct order_token *tokens, size_t i,
                            size_t end)
{
    static const char *const sounds[] = {"um", "uh", "uhm", "hm", "mm", "mhm",
                                         "eh", "er", "erm", "ah", "oh", "ahem"};
    if (i >= end || tokens[i].kind != ORDER_TOKEN_WORD || tokens[i].len < 2)
        return false;
    if (order_token_laugh(text, &tokens[i]))
        return true;
    const char *w = text + tokens[i].off;
    size_t len = tokens[i].len;
    char base[8];
    size_t n = 0;
    for (size_t k = 0; k < len; k++) {
        if (k > 0 && w[k] == w[k - 1])
            continue; /* "ummm" is "um" held */
        if (n + 1 >= sizeof(base))
            return false;
        base[n++] = w[k];
    }
    base[n] = '\0';
    for (size_t s = 0; s < ORDER_WORDS_N(sounds); s++)
        if (strcmp(base, sounds[s]) == 0)
            return true;
    return false;
}

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
 * Not before "done": "well done" is how a dish is cooked; nor before a verb of getting: "well
 * have the fries" is "we'll have", its apostrophe lost, a request the openers read. */
static bool clause_well_at(const char *text, const struct order_token *tokens, size_t i, size_t end)
{
    static const char *const getting[] = {"have", "take", "get",   "grab",  "order",
                                          "try",  "do",   "split", "share", "need"};
    return order_tok_is(text, tokens, i, end, "well") &&
           !order_tok_is(text, tokens, i + 1, end, "done") &&
           !clause_in_list(text, tokens, i + 1, end, getting, ORDER_WORDS_N(getting));
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
 * a burger"), or a word of address and then a request ("whats up man can i get ..."): the
 * one spoken to is greeted, nothing asked; alone ("whats good here") it still asks. */
static size_t clause_greeting_at(const struct order_reader *rd, const char *text,
                                 const struct order_token *tokens, size_t i, size_t end,
                                 struct order_reading *out)
{
    size_t g = order_patterns_longest(&rd->u->greetings, text, tokens, i, end, NULL);
    if (g == 0 ||
        order_patterns_longest(&rd->u->question_starts, text, tokens, i, end, NULL) == 0 ||
        clause_opener_after(rd, text, tokens, i + g, end, out))
        return g;
    size_t a = clause_address_word(rd, text, tokens, out, i + g, end);
    return a > 0 && clause_opener_after(rd, text, tokens, i + g + a, end, out) ? g : 0;
}

/* Is the word at i one of approval ("great", "perfect", "cool")? */
static bool clause_approval_at_word(const char *text, const struct order_token *tokens, size_t i,
                                    size_t end)
{
    static const char *const approvals[] = {"great", "perfect", "cool",   "awesome", "excellent",
                                            "sweet", "nice",    "lovely", "amazing", "fab"};
    return clause_in_list(text, tokens, i, end, approvals, ORDER_WORDS_N(approvals));
}

/* Does a word of approval set off by a comma stand at i ("great, two please", "perfect, a
 * lemonade then")? It answers what came before and means nothing of the clause. */
static bool clause_approval_at(const char *text, const struct order_token *tokens, size_t i,
                               size_t end)
{
    return i + 1 < end && tokens[i + 1].kind == ORDER_TOKEN_PUNCT && tokens[i + 1].punct == ',' &&
           clause_approval_at_word(text, tokens, i, end);
}

/* Skips greetings and discourse words at i; marks them. Returns the first other token. */
static size_t clause_skip_greetings(const struct order_reader *rd, const char *text,
                                    const struct order_token *tokens, size_t i, size_t end,
                                    struct order_reading *out)
{
    size_t nd = ORDER_WORDS_N(clause_discourse);
    bool greeted = false;
    for (;;) {
        while (i < end && tokens[i].kind == ORDER_TOKEN_PUNCT && tokens[i].punct == ',')
            i++;
        size_t g = clause_salutation_at(text, tokens, out, i, end);
        if (g == 0)
            g = clause_greeting_at(rd, text, tokens, i, end, out);
        if (g == 0 && (clause_in_list(text, tokens, i, end, clause_discourse, nd) ||
                       clause_sound_at(text, tokens, i, end)))
            g = 1;
        if (g == 0 &&
            (clause_well_at(text, tokens, i, end) || clause_approval_at(text, tokens, i, end)))
            g = 1;
        /* "ok cool 2 portions", "alright perfect can i get ...": after a word of discourse
         * the approval needs no comma before a count or a request opener */
        int32_t v;
        if (g == 0 && greeted && clause_approval_at_word(text, tokens, i, end) &&
            (order_read_number(rd->u, text, tokens, i + 1, end, &v) > 0 ||
             clause_opener_after(rd, text, tokens, i + 1, end, out)))
            g = 1;
        /* "cool ill take two", "perfect gimme 2": before a request opener the approval of
         * what was just answered needs neither; the opener says a request follows */
        if (g == 0 && clause_approval_at_word(text, tokens, i, end) &&
            clause_opener_after(rd, text, tokens, i + 1, end, out))
            g = 1;
        /* "wait, can i also get ...", "wait can i add", "wait is the burrito the one with
         * fries?": "wait" breaks off a thought to ask for more or to ask; before anything else
         * ("wait no make it 3", "how long is the wait") it is the customer's own word */
        if (g == 0 && order_tok_is(text, tokens, i, end, "wait") &&
            ((i + 1 < end && tokens[i + 1].kind == ORDER_TOKEN_PUNCT &&
              tokens[i + 1].punct == ',') ||
             clause_opener_after(rd, text, tokens, i + 1, end, out) ||
             order_patterns_longest(&rd->u->question_starts, text, tokens, i + 1, end, NULL) > 0))
            g = 1;
        /* "is the cold brew strong? whatever, 2 please": "whatever" set off, or before a
         * count, waves the question away; before words it picks ("whatever the spicy one is")
         * it is no such word */
        if (g == 0 && order_tok_is(text, tokens, i, end, "whatever") && i + 1 < end &&
            ((tokens[i + 1].kind == ORDER_TOKEN_PUNCT && tokens[i + 1].punct == ',') ||
             order_read_number(rd->u, text, tokens, i + 1, end, &v) > 0))
            g = 1;
        if (g == 0) /* "mija, 2 churros": a word of address set off, no dish of a list */
            g = clause_address_set_off_at(rd, text, tokens, out, i, end);
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
/* Is the word at j, a food or a drink, the name of a time of day by the noun of time after it
 * ("cocktail hour", "tea time", "lunch hour")? It says when, no dish. */
static bool clause_meal_time_at(const char *text, const struct order_token *tokens, size_t j,
                                size_t e)
{
    static const char *const times[] = {"hour", "hours", "time"};
    return j + 1U < e && order_tok_in(text, tokens, j + 1U, e, times, ORDER_WORDS_N(times));
}

static bool clause_food_after(const struct order_reader *rd, const char *text,
                              const struct order_token *tokens, size_t j, size_t e)
{
    static const char *const lead[] = {"a",     "an", "some", "portion",
                                       "order", "of", "side", "plate"};
    for (; j < e; j++) {
        if (order_food_word(rd->food, text + tokens[j].off, tokens[j].len))
            return !clause_meal_time_at(text, tokens, j, e); /* "for cocktail hour": when */
        if (j + 1U < e && tokens[j + 1U].kind == ORDER_TOKEN_WORD &&
            order_food_entry_of(rd->food, text + tokens[j].off, tokens[j].len,
                                text + tokens[j + 1U].off, tokens[j + 1U].len))
            return true; /* "asked for a hot dog": a food of two words, neither one alone */
        bool skip = false;
        for (size_t w = 0; w < ORDER_WORDS_N(lead) && !skip; w++)
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

/* Are token t's readings, if any, all misspellings of menu words ("jake" of "cake")? */
static bool clause_only_typos(const struct order_reading *out, size_t t)
{
    for (size_t h = 0; h < out->n_hits[t]; h++)
        if (out->hits[t][h].edits == 0)
            return false;
    return true;
}

/* Does a vague count ("several", "a few") stand at j, past the first word a filler at from
 * covers, and not after a preposition ("in a few minutes": a time)? */
static bool clause_vague_count_at(const struct order_reader *rd, const char *text,
                                  const struct order_token *tokens, size_t from, size_t j, size_t e)
{
    static const char *const preps[] = {"in",  "at", "by",    "around", "within", "after",
                                        "for", "of", "about", "than",   "to"};
    return j > from && !order_tok_in(text, tokens, j - 1U, e, preps, ORDER_WORDS_N(preps)) &&
           order_patterns_longest(&rd->u->vague_quantities, text, tokens, j, e, NULL) > 0;
}

/* "dressing on the side for one of them": "for" and a count of the dishes before ("one of
 * them", "2 of em") after a change in its part of the clause (from b) says which part the
 * change is for, as "on" does; no filler. Right after a dish ("nuggets for two of them") the
 * count is of the people it is for. */
static bool clause_for_part_of_them(const struct order_reader *rd, const char *text,
                                    const struct order_token *tokens, size_t b, size_t i, size_t e)
{
    static const char *const them[] = {"them", "em", "those", "these"};
    int32_t v;
    size_t k = order_tok_is(text, tokens, i, e, "for")
                   ? order_read_number(rd->u, text, tokens, i + 1U, e, &v)
                   : 0;
    if (k == 0 || !order_tok_is(text, tokens, i + 1U + k, e, "of") ||
        !order_tok_in(text, tokens, i + 2U + k, e, them, ORDER_WORDS_N(them)))
        return false;
    for (size_t p = i; p-- > b && tokens[p].kind == ORDER_TOKEN_WORD;)
        if (order_patterns_longest(&rd->u->modifier_zone_starts, text, tokens, p, i, NULL) > 0 ||
            order_patterns_longest(&rd->u->modifiers, text, tokens, p, i, NULL) > 0)
            return true;
    return false;
}

/* Is the word at j a section of the menu alone ("dessert", "drinks"), said after "for" at
 * i with a dish named before it in the clause from b? It says which course those are. */
static bool clause_course_after_dish(const struct order_reader *rd, const char *text,
                                     const struct order_token *tokens,
                                     const struct order_reading *out, size_t b, size_t i, size_t j)
{
    /* "and something (sweet) for dessert": a dish of the course asked for */
    static const char *const pro_forms[] = {"something", "anything", "smth",  "sth",  "stuff",
                                            "whatever",  "one",      "thing", "some", "any"};
    if (out->n_hits[j] == 0 || i == b)
        return false;
    for (size_t p = b; p < i; p++) /* "something sweet for dessert" */
        if (order_tok_in(text, tokens, p, i, pro_forms, ORDER_WORDS_N(pro_forms)))
            return false;
    for (size_t h = 0; h < out->n_hits[j]; h++)
        if (!rd->lex->words[out->hits[j][h].words[0]].section_only)
            return false;
    for (size_t p = b; p < i; p++)
        for (size_t h = 0; h < out->n_hits[p]; h++)
            if (out->hits[p][h].edits == 0 &&
                !rd->lex->words[out->hits[p][h].words[0]].section_only &&
                !rd->lex->words[out->hits[p][h].words[0]].not_dish)
                return true;
    return false;
}

/* The end of the segment from i: the words to a mark, to "and" or "plus", or to a request
 * opener after whom it is for ("for my mom | i want ..."). */
static size_t clause_segment_end(const struct order_reader *rd, const char *text,
                                 const struct order_token *tokens, const struct order_reading *out,
                                 size_t i, size_t e)
{
    size_t seg_end = i;
    while (seg_end < e && tokens[seg_end].kind == ORDER_TOKEN_WORD &&
           !(out->roles[seg_end] == ORDER_ROLE_OPENER &&
             clause_for_whom_before(rd, text, tokens, out, i, seg_end, e)) &&
           !(seg_end > i && (order_tok_is(text, tokens, seg_end, e, "and") ||
                             order_tok_is(text, tokens, seg_end, e, "plus"))))
        seg_end++;
    return seg_end;
}

/* Marks fillers in each segment (the words between two separators or "and") of [b, e): the longest
 * filler pattern at each word; one ending in "*" covers the rest of the segment ("for
 * pickup at 6"). */
static void clause_fillers(const struct order_reader *rd, const char *text,
                           const struct order_token *tokens, size_t b, size_t e,
                           struct order_reading *out)
{
    for (size_t i = b; i < e; i++) {
        if (tokens[i].kind != ORDER_TOKEN_WORD || out->roles[i] != ORDER_ROLE_NONE)
            continue;
        size_t which, seg_end = clause_segment_end(rd, text, tokens, out, i, e);
        size_t k = order_patterns_longest(&rd->u->fillers, text, tokens, i, seg_end, &which);
        if (k == 0 || clause_for_part_of_them(rd, text, tokens, b, i, e))
            continue;
        /* "for *" stops before a menu word, a number or a food: "for me the chickpea salad",
         * "could I trouble you for garlic bread" */
        const struct order_pattern *pat = &rd->u->fillers.items[which];
        /* "brownie x1 — for dessert after we arrive": the course the dishes before are for,
         * no dessert asked for, though "dessert" is a menu word and a food */
        bool course = i + 1U < e && order_tok_is(text, tokens, i, e, "for") &&
                      clause_course_after_dish(rd, text, tokens, out, b, i, i + 1U);
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
                /* "for the party we'll need several trays of ...": a vague count, asked */
                number = number || clause_vague_count_at(rd, text, tokens, i + pat->n_words, j, e);
                bool with = order_tok_is(text, tokens, j, e, "with") ||
                            (order_tok_is(text, tokens, j, e, "w") && j + 1 < e &&
                             tokens[j + 1].kind == ORDER_TOKEN_PUNCT && tokens[j + 1].punct == '/');
                /* "for my brother but no onions", "asap extra salsa": the change after it
                 * is no filler ("for extra napkins" asks for them) */
                bool change = (j > i + pat->n_words || !order_tok_is(text, tokens, i, e, "for")) &&
                              order_patterns_longest(&rd->u->modifier_zone_starts, text, tokens, j,
                                                     e, NULL) > 0;
                /* "for my wife not spicy": "not" before a menu word takes it off the dish */
                change =
                    change || (j > i + pat->n_words && j + 1 < e &&
                               order_tok_is(text, tokens, j, e, "not") && out->n_hits[j + 1] > 0);
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
                /* "under the name Jake", "name is Jake", "for Jake.", "ordered under Tina":
                 * the name, though it reads as a misspelt "cake" or "tinga" */
                bool alone = j + 1 >= e || tokens[j + 1].kind == ORDER_TOKEN_PUNCT;
                bool named = j == i + pat->n_words && j >= 2 &&
                             (order_tok_is(text, tokens, j - 1, e, "name") ||
                              (order_tok_is(text, tokens, j - 1, e, "is") &&
                               order_tok_is(text, tokens, j - 2, e, "name")) ||
                              order_tok_is(text, tokens, j - 1, e, "under") ||
                              (alone && order_tok_is(text, tokens, j - 1, e, "for"))) &&
                             clause_only_typos(out, j);
                if (j > i && clause_meal_time_at(text, tokens, j, e) &&
                    order_tok_is(text, tokens, j - 1U, e, "for")) {
                    j++; /* "for tea time": the menu word says when */
                    continue;
                }
                if ((out->n_hits[j] > 0 && !named && !(course && j == i + 1U)) || number || with ||
                    same || food || change) { /* "for me w/ rice added" */
                    k = j - i;
                    break;
                }
            }
        if (pat->tail_any && k > pat->n_words && !(course && k > 1U) &&
            clause_food_after(rd, text, tokens, i + pat->n_words, i + k))
            k = pat->n_words;
        if (k == 0)
            continue;
        memset(out->roles + i, ORDER_ROLE_FILLER, k);
        i += k - 1;
    }
}

/* Verbs after which an opener that ends in a noun ("my order", "lunch order") is the
 * subject of a statement: "my order came with two lemonades". */
static const char *const clause_finite_after_opener[] = {
    "was",   "is",    "came",  "has", "had",  "arrived", "didnt",  "wasnt",  "isnt",
    "hasnt", "never", "still", "got", "took", "looks",   "looked", "number", "went"};

/* "my order last night was missing ...", "my order yesterday came cold": words of when may
 * stand between such a subject and its verb. Returns how many stand at i (0, 1 or 2). */
static size_t clause_when_words(const char *text, const struct order_token *tokens, size_t i,
                                size_t e)
{
    static const char *const days[] = {"yesterday", "today", "tonight", "earlier"};
    static const char *const which[] = {"last", "this"};
    static const char *const spans[] = {"night",   "week",    "time",   "morning",
                                        "evening", "weekend", "friday", "saturday"};
    if (CLAUSE_IN(days, i))
        return 1;
    return CLAUSE_IN(which, i) && CLAUSE_IN(spans, i + 1) ? 2 : 0;
}

/* After "do" at p-1: "the black bean one instead", "the spicy ones with no slaw": "the", at
 * most three words and "one(s)" that nothing but a change, "instead" or politeness follows,
 * with no '?' in the clause: a dish picked out, asked for. A question's subject goes on to
 * its verb ("do the vegan ones have nuts"). */
static bool clause_do_the_one(const char *text, const struct order_token *tokens, size_t p,
                              size_t e)
{
    enum { POINTING_WORDS_MAX = 3 };
    static const char *const after[] = {"instead", "please", "pls",   "with", "w",
                                        "no",      "then",   "again", "too"};
    for (size_t i = p; i < e; i++)
        if (tokens[i].kind == ORDER_TOKEN_PUNCT && tokens[i].punct == '?')
            return false;
    if (!order_tok_is(text, tokens, p, e, "the"))
        return false;
    for (size_t o = p + 2; o < e && o <= p + 1 + POINTING_WORDS_MAX; o++) {
        if (tokens[o].kind != ORDER_TOKEN_WORD)
            return false;
        if (!order_tok_is(text, tokens, o, e, "one") && !order_tok_is(text, tokens, o, e, "ones"))
            continue;
        return o + 1 >= e || tokens[o + 1].kind == ORDER_TOKEN_PUNCT || CLAUSE_IN(after, o + 1);
    }
    return false;
}

/* "ok do the tinga burrito but mild pls": after "do", "the" and words all of the menu, up to
 * the clause's end or a word that joins or changes the dish, with no '?' anywhere: the dish
 * asked for. A question goes on from its subject to a verb ("do the tacos come with rice"),
 * which no menu word is. */
static bool clause_do_the_dish(const struct order_reader *rd, const char *text,
                               const struct order_token *tokens, size_t p, size_t e)
{
    enum { NAME_WORDS_MAX = 4 };
    static const char *const after[] = {"but", "with", "w",   "no",  "please",
                                        "pls", "plz",  "for", "too", "again"};
    for (size_t i = p; i < e; i++)
        if (tokens[i].kind == ORDER_TOKEN_PUNCT && tokens[i].punct == '?')
            return false;
    if (!order_tok_is(text, tokens, p, e, "the"))
        return false;
    size_t o = p + 1;
    while (o < e && o <= p + NAME_WORDS_MAX && tokens[o].kind == ORDER_TOKEN_WORD &&
           !CLAUSE_IN(after, o) &&
           order_menu_words_has(rd->lex->menu_words, text + tokens[o].off, tokens[o].len))
        o++;
    /* "and" joins a dish only before its article: "do the chips and guac come ..." asks */
    bool joined =
        (order_tok_is(text, tokens, o, e, "and") || order_tok_is(text, tokens, o, e, "plus")) &&
        (order_tok_is(text, tokens, o + 1, e, "a") || order_tok_is(text, tokens, o + 1, e, "an"));
    return o > p + 1 &&
           (o >= e || tokens[o].kind == ORDER_TOKEN_PUNCT || CLAUSE_IN(after, o) || joined);
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
    /* "ok do it, 2 al pastor": "do it" alone bids, as "just do it" does ("do it have
     * cheese" still asks) */
    if (order_tok_is(text, tokens, p, e, "it") &&
        (p + 1U >= e || tokens[p + 1U].kind == ORDER_TOKEN_PUNCT))
        return true;
    /* "do give my regards to the cook", "do let me know": "do" before a verb is emphatic, the
     * verb its imperative; no subject stands between */
    static const char *const verbs[] = {"give", "let",   "send", "tell", "pass", "say",
                                        "keep", "thank", "add",  "put",  "note", "remember"};
    if (CLAUSE_IN(verbs, p))
        return true;
    int32_t qty = 1;
    return order_tok_is(text, tokens, p, e, "a") || order_tok_is(text, tokens, p, e, "an") ||
           order_read_quantity(rd->u, text, tokens, p, e, &qty) > 0 ||
           clause_do_the_one(text, tokens, p, e) || clause_do_instead(text, tokens, p, e) ||
           clause_do_the_dish(rd, text, tokens, p, e);
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
    /* "google" alone: its "hey" or "ok" already read as a greeting or a word of talk */
    static const char *const assistants[][2] = {{"hey", "siri"},  {"siri", NULL},
                                                {"ok", "google"}, {"hey", "google"},
                                                {"alexa", NULL},  {"google", NULL}};
    if (!ORDER_CUES_ANY(&out->cues, "siri", "google", "alexa"))
        return s;
    size_t k = 0;
    for (size_t a = 0; a < ORDER_WORDS_N(assistants) && k == 0; a++)
        if (order_tok_is(text, tokens, s, e, assistants[a][0]) &&
            (!assistants[a][1] || order_tok_is(text, tokens, s + 1, e, assistants[a][1])))
            k = assistants[a][1] ? 2 : 1;
    /* "hey siri, text ...": the name set off by a comma was read as the greeting's */
    size_t q = s;
    while (q > 0 && tokens[q - 1U].kind == ORDER_TOKEN_PUNCT && tokens[q - 1U].punct == ',')
        q--;
    static const char *const names[] = {"siri", "alexa", "google"};
    bool greeted = k == 0 && q > 0 && q < s && out->roles[q - 1U] == ORDER_ROLE_GREETING &&
                   order_tok_in(text, tokens, q - 1U, e, names, ORDER_WORDS_N(names));
    if (k == 0 && !greeted)
        return s;
    size_t p = s + k;
    int32_t v;
    /* up to a request opener, or a count of a menu word ("text greenbite one cheddar ...") */
    while (p < e && p < s + k + ADDRESS_WORDS_MAX && tokens[p].kind == ORDER_TOKEN_WORD &&
           order_patterns_longest(&rd->u->openers, text, tokens, p, e, NULL) == 0 &&
           order_read_opener_grammar(rd, text, tokens, p, e, out) == 0 &&
           !(p > s + k + 1U && order_read_number(rd->u, text, tokens, p, e, &v) == 1 &&
             p + 1U < e && out->n_hits[p + 1U] > 0))
        p++;
    if ((p == e && !clause_address_alone(text, tokens, s + k, e)) || p == s + k + ADDRESS_WORDS_MAX)
        p = s + k; /* no request follows: only the assistant's name is skipped */
    memset(out->roles + s, ORDER_ROLE_GREETING, p - s);
    return p;
}

/* Is the menu word at p (after the condition's first word b) a diet said of the dish, a
 * predicate after a copula or "made" ("if it's vegan", "if they can be made gluten free"),
 * no dish named? A diet of two words is passed word by word. */
static bool clause_diet_predicate(const struct order_reader *rd, const char *text,
                                  const struct order_token *tokens, size_t b, size_t p, size_t e)
{
    static const char *const copulas[] = {"its", "is", "are", "be", "made", "theyre", "it"};
    size_t a = p;
    while (a > b && order_patterns_longest(&rd->u->diet_cues, text, tokens, a - 1U, e, NULL) > 0)
        a--; /* "gluten | free": the diet's first word */
    return a > b && order_patterns_longest(&rd->u->diet_cues, text, tokens, a, e, NULL) > p - a &&
           order_tok_in(text, tokens, a - 1U, e, copulas, ORDER_WORDS_N(copulas));
}

/* Is token p an article before a word no menu word reads ("if under a tenner, ..."): part of
 * a condition's words, no count of a dish ("if possible a lemonade" counts one)? */
static bool clause_article_of_other(const char *text, const struct order_token *tokens, size_t p,
                                    size_t e, const struct order_reading *out)
{
    return (order_tok_is(text, tokens, p, e, "a") || order_tok_is(text, tokens, p, e, "an")) &&
           p + 1 < e && tokens[p + 1].kind == ORDER_TOKEN_WORD && out->n_hits[p + 1] == 0;
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
                                           {"if", "yes"},
                                           {"if", "not"}};
    /* each lead ends in "way" or "case" or holds "if" */
    if (!ORDER_CUES_ANY(&out->cues, "if", "way", "case"))
        return s;
    size_t k = 0;
    for (size_t l = 0; l < ORDER_WORDS_N(leads) && k == 0; l++) {
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
               (out->n_hits[p] == 0 || clause_diet_predicate(rd, text, tokens, s + 1, p, e)) &&
               order_patterns_longest(&rd->u->openers, text, tokens, p, e, NULL) == 0 &&
               order_read_opener_grammar(rd, text, tokens, p, e, out) == 0 &&
               (order_read_quantity(rd->u, text, tokens, p, e, &qty) == 0 ||
                clause_article_of_other(text, tokens, p, e, out)))
            p++;
        bool ends = p < e && (tokens[p].kind == ORDER_TOKEN_PUNCT || out->n_hits[p] == 0);
        if (ends && p > s + 1)
            k = p - s;
    }
    if (k == 0)
        return s;
    if (order_tok_is(text, tokens, s + k, e, "then"))
        k++; /* "if yes then 6 pork ones" */
    memset(out->roles + s, ORDER_ROLE_FILLER, k);
    s += k;
    while (s < e && tokens[s].kind == ORDER_TOKEN_PUNCT && tokens[s].punct == ',')
        s++;
    return s;
}

/* How many the party is, said at the clause's start before what it orders: "we are 3
 * (people)", "we're 4", "there are 5 of us", "theres 2 of us", "party of 6", "(we) got 9
 * guys", "i have 4 people". It says whom the order is for, no statement of the clause's
 * matter ("we are 2, a burger and fries" is a list of dishes, not a remark; "got 9 guys 9
 * burritos" no burritos received). Marks it a filler and returns the first token after it
 * and the separator that ends it, or the count that starts the first dish (s when there is
 * neither). */
static size_t clause_skip_party(const struct order_reader *rd, const char *text,
                                const struct order_token *tokens, size_t s, size_t e,
                                struct order_reading *out)
{
    static const char *const people[] = {"people", "ppl", "persons", "adults", "guys"};
    static const char *const groups[] = {"party", "group"};
    static const char *const there[] = {"there are", "there is", "theres"};
    static const char *const having[] = {"got", "have"};
    if (!ORDER_CUES_ANY(&out->cues, "are", "were", "party", "group", "there", "theres", "got",
                        "have"))
        return s;
    size_t p = s;
    bool of_us = false, had = false;
    if ((order_tok_is(text, tokens, p, e, "we") || order_tok_is(text, tokens, p, e, "i")) &&
        CLAUSE_IN(having, p + 1)) {
        p += 2; /* "we got 9 guys": a count of people must follow */
        had = true;
    } else if (CLAUSE_IN(having, p)) {
        p += 1;
        had = true;
    } else if (order_tok_is(text, tokens, p, e, "we") &&
               order_tok_is(text, tokens, p + 1, e, "are"))
        p += 2;
    else if (order_tok_is(text, tokens, p, e, "were"))
        p += 1; /* "we're" */
    else if (CLAUSE_IN(groups, p) && order_tok_is(text, tokens, p + 1, e, "of"))
        p += 2;
    else if (CLAUSE_IN(there, p)) {
        p += order_tok_is(text, tokens, p, e, "theres") ? 1U : 2U;
        of_us = true;
    } else
        return s;
    int32_t v;
    size_t k = order_read_number(rd->u, text, tokens, p, e, &v);
    if (k != 1 || v < 2 || out->roles[p] != ORDER_ROLE_NONE)
        return s;
    p++;
    if (of_us) {
        if (!order_tok_is(text, tokens, p, e, "of") || !order_tok_is(text, tokens, p + 1, e, "us"))
            return s;
        p += 2;
    } else if (CLAUSE_IN(people, p)) {
        p++;
    } else if (had) {
        return s; /* "got 9 tacos": what was got, no party */
    }
    /* the party alone before a separator, or before the count of the first dish ("got 9
     * guys 9 burritos"): "we are 3 people who ..." goes on about them */
    int32_t next;
    bool counted = p < e && tokens[p].kind == ORDER_TOKEN_WORD &&
                   order_read_number(rd->u, text, tokens, p, e, &next) > 0;
    if (!counted &&
        (p >= e || tokens[p].kind != ORDER_TOKEN_PUNCT || !strchr(",:;-", tokens[p].punct)))
        return s;
    memset(out->roles + s, ORDER_ROLE_FILLER, p - s);
    return counted ? p : p + 1;
}

/* Do only words of discourse ("actually nvm just", "ok so") stand between the clause's
 * start s, or a mark, and token i? "whats in it? actually nvm just give me 2 of them": the
 * opener still starts its part. */
static bool clause_after_discourse(const char *text, const struct order_token *tokens,
                                   const struct order_reading *out, size_t s, size_t i, size_t e)
{
    static const char *const discourse[] = {
        "just",    "so", "ok",  "okay", "actually", "nvm",   "then",    "alright",  "anyway",
        "anyways", "uh", "uhh", "um",   "umm",      "today", "tonight", "nevermind"};
    /* "uhh i think jake wants ...": a hedge on what follows */
    static const char *const hedges[] = {"think", "guess", "reckon"};
    /* every step back needs one of these, or a wondering (clause_wondering_before) */
    if (!ORDER_CUES_ANY(&out->cues, "just", "so", "ok", "okay", "actually", "nvm", "then",
                        "alright", "anyway", "anyways", "uh", "uhh", "um", "umm", "today",
                        "tonight", "nevermind", "think", "guess", "reckon", "time", "mind",
                        "wonder", "wondering", "wondered"))
        return false;
    size_t j = i;
    for (;;) {
        if (j > s && tokens[j - 1].kind == ORDER_TOKEN_WORD &&
            out->roles[j - 1] == ORDER_ROLE_NONE && CLAUSE_IN(discourse, j - 1))
            j--;
        else if (j > s + 1U && CLAUSE_IN(hedges, j - 1) &&
                 order_tok_is(text, tokens, j - 2, e, "i") &&
                 out->roles[j - 1] == ORDER_ROLE_NONE && out->roles[j - 2] == ORDER_ROLE_NONE)
            j -= 2;
        else if (j > s + 1U && order_tok_is(text, tokens, j - 1, e, "time") &&
                 order_tok_is(text, tokens, j - 2, e, "this") &&
                 out->roles[j - 1] == ORDER_ROLE_NONE && out->roles[j - 2] == ORDER_ROLE_NONE)
            j -= 2; /* "but this time im feeling ...": the time set against a visit before */
        else if (j > s + 1U && order_tok_is(text, tokens, j - 1, e, "mind") &&
                 order_tok_is(text, tokens, j - 2, e, "never") &&
                 out->roles[j - 1] == ORDER_ROLE_NONE && out->roles[j - 2] == ORDER_ROLE_NONE)
            j -= 2; /* "never mind, just get me ...": the question before dropped */
        else {
            size_t w = clause_wondering_before(text, tokens, out, s, j, e);
            if (w >= j)
                break;
            j = w;
        }
    }
    /* "..., and uhh i think jake wants": after a conjunction too */
    static const char *const conjunctions[] = {"and", "n", "but", "plus"};
    /* "im starving just send me": after how the speaker is, run on */
    return j < i && (j == s || tokens[j - 1].kind == ORDER_TOKEN_PUNCT ||
                     (out->roles[j - 1] == ORDER_ROLE_NONE && CLAUSE_IN(conjunctions, j - 1)) ||
                     (j > s && clause_own_state_end(text, tokens, out, s, e) == j));
}

/* "let you know", "let u know" at p (after "to" at p too): telling, not letting have. */
static bool clause_let_know(const char *text, const struct order_token *tokens, size_t p, size_t e)
{
    static const char *const yous[] = {"you", "u", "ya", "yall", "y'all"};
    size_t q = order_tok_is(text, tokens, p, e, "to") ? p + 1U : p;
    return order_tok_is(text, tokens, q, e, "let") && CLAUSE_IN(yous, q + 1U) &&
           order_tok_is(text, tokens, q + 2U, e, "know");
}

/* After a word of wanting that ends an opener at p ("need", "want"), is it "to" and a verb
 * that gets nothing, no menu word after it ("need to sleep tonight", "want to come by at 6")?
 * The customer wants to do something, not to have a dish: no request opens there. */
static bool clause_wants_to_do(const struct order_reader *rd, const char *text,
                               const struct order_token *tokens, size_t p, size_t e,
                               const struct order_reading *out)
{
    static const char *const wanting[] = {"want", "wanna", "need", "wants", "needs"};
    /* "just wanna say best burgers in town", "want to tell you the fries were great": wanting
     * to say something tells it, whatever dish it names */
    static const char *const saying[] = {"say", "tell", "thank", "mention", "compliment", "let"};
    if (!ORDER_CUES_ANY(&out->cues, "want", "wanna", "need", "wants", "needs"))
        return false;
    if (p >= 1 && p < e && CLAUSE_IN(wanting, p - 1) &&
        (CLAUSE_IN(saying, p) ||
         (order_tok_is(text, tokens, p, e, "to") && CLAUSE_IN(saying, p + 1))))
        return !(order_tok_is(text, tokens, p, e, "let") ||
                 order_tok_is(text, tokens, p + 1U, e, "let")) ||
               clause_let_know(text, tokens, p, e);
    if (!ORDER_CUES_ANY(&out->cues, "to"))
        return false;
    if (p < 1 || p + 1 >= e || !CLAUSE_IN(wanting, p - 1) ||
        !order_tok_is(text, tokens, p, e, "to") || tokens[p + 1].kind != ORDER_TOKEN_WORD ||
        clause_infinitive_after(rd, text, tokens, p, e, out) > 0)
        return false;
    /* "i want to plan dessert", "we need to check the fries": wanting to think over or find
     * out, whatever dish it names, asks for none yet */
    static const char *const minding[] = {"plan",  "preplan", "pre-plan", "know",      "check",
                                          "see",   "ask",     "confirm",  "decide",    "figure",
                                          "think", "look",    "find",     "understand"};
    if (CLAUSE_IN(minding, p + 1))
        return true;
    for (size_t q = p + 1; q < e; q++)
        if (out->n_hits[q] > 0)
            return false;
    return true;
}

/* A question asked in a statement's order at s: "you" (texted "u", "ya", "yall", with "guys"
 * after it) and "got" / "have" / "serve", a thing after them: "u guys got onion rings", "yall
 * have churros today", "yall serve beer or margs". Typed with no '?', the customer still asks
 * whether there are any, as "you still have" does. Its length, or 0; not "you have to ...", nor
 * "you got to ...". */
static size_t clause_you_have_at(const char *text, const struct order_token *tokens, size_t s,
                                 size_t e)
{
    static const char *const yous[] = {"you", "u", "ya", "yall"};
    static const char *const having[] = {"got", "have", "serve", "sell", "carry"};
    /* "you serve the best tacos in town": praise, no question */
    static const char *const praise[] = {"best", "greatest", "tastiest", "finest"};
    if (!CLAUSE_IN(yous, s))
        return 0;
    size_t v = s + 1U;
    if (order_tok_is(text, tokens, v, e, "guys"))
        v++;
    if (order_tok_is(text, tokens, v, e, "still"))
        v++; /* "u guys still have ..." */
    if (!CLAUSE_IN(having, v) || v + 1U >= e || tokens[v + 1U].kind != ORDER_TOKEN_WORD ||
        order_tok_is(text, tokens, v + 1U, e, "to") || CLAUSE_IN(praise, v + 1U) ||
        (order_tok_is(text, tokens, v + 1U, e, "the") && CLAUSE_IN(praise, v + 2U)))
        return 0;
    return v + 1U - s;
}

/* After a question asked in a statement's order, "you" and "got" / "have" at s ("u guys got
 * onion rings", "yall have churros"), does a word saying what went wrong follow in the clause
 * ("you guys got the drinks mixed up", "u got my order wrong")? Then the clause tells of a
 * mistake, it asks nothing. Only such clauses are walked. */
static bool clause_you_got_it_wrong(const char *text, const struct order_token *tokens, size_t s,
                                    size_t from, size_t e)
{
    static const char *const yous[] = {"you", "u", "ya", "yall"};
    static const char *const wrong[] = {"wrong",     "mixed",    "messed",  "confused",
                                        "backwards", "switched", "swapped", "missing"};
    if (!CLAUSE_IN(yous, s))
        return false;
    for (size_t i = from; i < e; i++)
        if (CLAUSE_IN(wrong, i))
            return true;
    return false;
}

/* Does a question start at s? "can you make" asks what the kitchen can do, but with "me" or
 * "us" after it ("can u make me 2") it asks for dishes made for the customer: a request. */
static bool clause_question_start(const struct order_reader *rd, const char *text,
                                  const struct order_token *tokens, size_t s, size_t e)
{
    if (clause_told_to_tell_at(text, tokens, s, e) > 0)
        return true; /* "tell me what the wrap is like" */
    if (clause_asking_about(text, tokens, s, e))
        return true; /* "just asking about the wrap" */
    if (clause_modal_asked(text, tokens, s, e))
        return true; /* "would the brownie be ok for my son?" */
    if (clause_relative_at(text, tokens, s, e))
        return false; /* "2 horchatas, which i love": a relative clause, no question */
    size_t q = order_patterns_longest(&rd->u->question_starts, text, tokens, s, e, NULL);
    if (q == 0)
        q = clause_you_verb_asked(text, tokens, s, e); /* "you make onion rings?" */
    if (q == 0)
        q = clause_you_have_at(text, tokens, s, e);
    if (q == 0)
        q = clause_facts_asked_at(text, tokens, s, e);
    if (q > 0 && clause_you_got_it_wrong(text, tokens, s, s + q, e))
        return false; /* "you guys got the drinks mixed up": told, not asked */
    return q > 0 && !(order_tok_is(text, tokens, s + q - 1U, e, "make") &&
                      (order_tok_is(text, tokens, s + q, e, "me") ||
                       order_tok_is(text, tokens, s + q, e, "us")));
}

/* Does the clause [s, e) say what there is ("theres", "there is", "there's") and end with a
 * tag that checks it, its '?' left off ("theres anchovy in the dressing right")? A question. */
static bool clause_existence_checked(const char *text, const struct order_token *tokens,
                                     const struct order_reading *out, size_t s, size_t e)
{
    static const char *const checks[] = {"right", "correct", "innit"};
    if (!ORDER_CUES_ANY(&out->cues, "theres", "there") ||
        !ORDER_CUES_ANY(&out->cues, "right", "correct", "innit"))
        return false;
    size_t t = e;
    while (t > s && tokens[t - 1U].kind == ORDER_TOKEN_PUNCT)
        t--;
    if (t < s + 3U || !CLAUSE_IN(checks, t - 1U))
        return false;
    return order_tok_is(text, tokens, s, e, "theres") ||
           (order_tok_is(text, tokens, s, e, "there") &&
            (order_tok_is(text, tokens, s + 1U, e, "is") ||
             order_tok_is(text, tokens, s + 1U, e, "s") ||
             order_tok_is(text, tokens, s + 1U, e, "are")));
}

/* The frame of clause c: greetings, the question form, request openers, fillers. */
static void clause_frame(const struct order_reader *rd, const char *text,
                         const struct order_token *tokens, struct order_clause *c,
                         struct order_reading *out)
{
    size_t b = c->begin, e = c->end;
    clause_list_marker(text, tokens, c, out); /* "(3) cold brew" of a numbered list */
    size_t s = clause_skip_greetings(rd, text, tokens, b, e, out);
    s = clause_skip_assistant(rd, text, tokens, s, e, out);
    s = clause_skip_condition(rd, text, tokens, s, e, out);
    s = clause_skip_party(rd, text, tokens, s, e, out);
    for (size_t i = b; i < e; i++)
        if (tokens[i].kind == ORDER_TOKEN_PUNCT && tokens[i].punct == '?')
            c->question_form = true;
    /* "..., both vegan right" closing the text: the check asks, its '?' left off */
    if (!c->question_form && b > 0 && tokens[b - 1].kind == ORDER_TOKEN_PUNCT &&
        ORDER_CUES_ANY(&out->cues, "right", "yeah", "correct", "innit", "yea") &&
        clause_tag_question_after(text, tokens, s, e))
        c->question_form = true;
    if (!c->question_form && clause_existence_checked(text, tokens, out, s, e))
        c->question_form = true; /* "theres anchovy in the dressing right" */
    size_t cleft = clause_cleft_opener(rd, text, tokens, s, e, out);
    if (cleft > 0) { /* "what i want is ...": a request, no question of "what" */
        memset(out->roles + s, ORDER_ROLE_OPENER, cleft);
        c->request_form = true;
    } else if (s < e && clause_question_start(rd, text, tokens, s, e) &&
               !clause_imperative_do(rd, text, tokens, s, e) &&
               !clause_any_will_do(text, tokens, out, s, e) &&
               !clause_so_too(text, tokens, out, b, s, e) &&
               !clause_recall_named(text, tokens, out, b, s, e))
        c->question_form = c->question_start = true;
    else if (s < e && clause_facts_asked_after(text, tokens, out, s, e))
        c->question_form = true; /* "quinoa bowl ingredients pls" */
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
                      clause_after_discourse(text, tokens, out, s, i, e) ||
                      clause_after_saying(text, tokens, out, s, i, e) ||
                      clause_addressed_before(rd, text, tokens, out, s, i, e) ||
                      clause_for_whom_before(rd, text, tokens, out, s, i, e);
        /* "... and I want the cheeseburger", "... and my husband wants the beef one": a
         * subject after a conjunction starts a part of its own */
        static const char *const conjunctions[] = {"and", "n", "but", "plus", "then"};
        bool after_and = !starts && CLAUSE_IN(conjunctions, i - 1);
        if (!starts && !after_and)
            continue;
        bool subject = clause_subject_at(text, tokens, i, e);
        size_t k = 0;
        if (starts || subject) {
            k = order_patterns_longest(&rd->u->openers, text, tokens, i, e, NULL);
            if (k > 0 && CLAUSE_IN(clause_finite_after_opener,
                                   i + k + clause_when_words(text, tokens, i + k, e)))
                continue; /* "my order came with ...": a subject, not an opener */
            k = k > 0 ? clause_opener_leaves_add(rd, text, tokens, out, i, k, e) : 0;
        }
        if (k == 0 && (starts || subject))
            k = order_read_opener_grammar(rd, text, tokens, i, e, out);
        if (k == 0 && starts)
            k = clause_wondered_opener(text, tokens, out, s, i, e);
        if (k == 0)
            k = clause_someone_wants(rd, text, tokens, out, i, e);
        if (k == 0 && (starts || after_and))
            k = clause_other_wants(rd, text, tokens, i, e, out);
        if (k == 0 && (starts || after_and))
            k = clause_someone_asked(rd, text, tokens, out, i, e);
        if (k == 0 || clause_wants_to_do(rd, text, tokens, i + k, e, out))
            continue;
        k += clause_infinitive_after(rd, text, tokens, i + k, e, out);
        memset(out->roles + i, ORDER_ROLE_OPENER, k);
        c->request_form = true;
        i += k - 1;
    }
    clause_dates(text, tokens, s, e, out);           /* "11 oct:" before "11" reads as a count */
    clause_put_in_particle(text, tokens, s, e, out); /* "put one | in | for me" */
    clause_fillers(rd, text, tokens, s, e, out);
    clause_destination(text, tokens, s, e, out);
}

/* A letter's closing at the start of a clause ("Yours faithfully,", "With kind regards,"):
 * its length, or 0. */
static size_t clause_closing_at(const char *text, const struct order_token *tokens, size_t i,
                                size_t e)
{
    enum { CLOSING_WORDS = 5 };
    static const char *const closings[][CLOSING_WORDS] = {
        {"yours", "faithfully"},
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
        {"with", "best", "wishes"},
        {"with", "thanks", "and", "best", "regards"},
        {"with", "thanks", "and", "kind", "regards"},
        {"thanks", "and", "regards"},
        {"with", "thanks"}};
    for (size_t c = 0; c < ORDER_WORDS_N(closings); c++) {
        size_t w = 0;
        while (w < CLOSING_WORDS && closings[c][w] &&
               order_tok_is(text, tokens, i + w, e, closings[c][w]))
            w++;
        if ((w == CLOSING_WORDS || !closings[c][w]) && !order_tok_is(text, tokens, i + w, e, "to"))
            return w; /* not "with regards to my order" */
    }
    /* closings that are also words of a sentence ("thank you kindly for ..."): a closing
     * only where a comma or a line break sets them off */
    static const char *const set_off[][CLOSING_WORDS] = {
        {"most", "sincerely"},      {"yours", "ever"},     {"ever", "yours"},
        {"thank", "you", "kindly"}, {"with", "gratitude"}, {"with", "many", "thanks"}};
    for (size_t c = 0; c < ORDER_WORDS_N(set_off); c++) {
        size_t w = 0;
        while (w < CLOSING_WORDS && set_off[c][w] &&
               order_tok_is(text, tokens, i + w, e, set_off[c][w]))
            w++;
        if ((w == CLOSING_WORDS || !set_off[c][w]) && i + w < e &&
            tokens[i + w].kind == ORDER_TOKEN_PUNCT &&
            (tokens[i + w].punct == ',' || tokens[i + w].punct == '\n'))
            return w;
    }
    return 0;
}

/* Does clause c name nothing of the menu as written (a signature: "Margaret Hollis", "Walter"
 * though it reads as a misspelt "water")? */
static bool clause_no_menu_word(const struct order_reading *out, const struct order_clause *c)
{
    for (size_t i = c->begin; i < c->end; i++)
        for (size_t h = 0; h < out->n_hits[i]; h++)
            if (out->hits[i][h].edits == 0)
                return false;
    return true;
}

/* "... please, Sam", "thanks - jake", "will be back!!! - Tom", "...?\nYuki", "Cheers, Margot
 * (stage manager)": one word, its role in brackets after it perhaps, that ends the message
 * after a separator, itself after thanks, "please" or a sentence's end, and that is no menu
 * word as written nor a food, signs the message: a name, no dish ("Jake" is no misspelt
 * "cake"). Only a name the menu's words do not resemble follows "thanks,". */
static void clause_signature(const struct order_reader *rd, const char *text,
                             const struct order_token *tokens, size_t n, struct order_reading *out)
{
    static const char *const courtesy[] = {"please", "pls",    "plz", "thanks",  "thx",
                                           "ty",     "cheers", "you", "thankyou"};
    enum { ROLE_WORDS_MAX = 4 };
    size_t w = n;
    while (w > 0 && tokens[w - 1].kind == ORDER_TOKEN_PUNCT)
        w--;
    /* "Cheers, Margot (stage manager)": the signer's role in brackets after the name */
    size_t role = w, open = w;
    if (w < n && tokens[w].punct == ')') {
        while (open > 0 && w - open < ROLE_WORDS_MAX && tokens[open - 1].kind == ORDER_TOKEN_WORD)
            open--;
        if (open > 0 && open < w && tokens[open - 1].kind == ORDER_TOKEN_PUNCT &&
            tokens[open - 1].punct == '(')
            w = open - 1U;
    }
    if (w < 3 || tokens[--w].kind != ORDER_TOKEN_WORD || out->roles[w] != ORDER_ROLE_NONE ||
        tokens[w].len < 3)
        return;
    const struct order_token *sep = &tokens[w - 1], *before = &tokens[w - 2];
    if (sep->kind != ORDER_TOKEN_PUNCT || !strchr(",-\n", sep->punct))
        return;
    bool closed = before->kind == ORDER_TOKEN_PUNCT
                      ? strchr("?!.", before->punct) != NULL
                      : order_tok_in(text, tokens, w - 2, n, courtesy, ORDER_WORDS_N(courtesy));
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
    /* "both smoothies please, large": a size or a change said last is no name */
    if (order_patterns_longest(&rd->u->modifier_starts, text, tokens, w, n, NULL) > 0 ||
        order_patterns_longest(&rd->u->sizes, text, tokens, w, n, NULL) > 0)
        return;
    if (!closed || order_food_word(rd->food, word, tokens[w].len) ||
        (out->n_hits[w] > 0 && sep->punct == ',' && before->kind == ORDER_TOKEN_WORD &&
         !after_sentence))
        return;
    out->roles[w] = ORDER_ROLE_GREETING;
    out->n_hits[w] = 0;
    for (size_t r = w + 1U; r < role; r++) {
        out->roles[r] = ORDER_ROLE_GREETING;
        out->n_hits[r] = 0;
    }
}

/* "make it 2 actually", "just fries anyway": a word of discourse that ends the clause means
 * nothing there, as where it opens one; marked so it stands for no dish. */
static void clause_trailing_discourse(const char *text, const struct order_token *tokens,
                                      const struct order_clause *cl, struct order_reading *out)
{
    static const char *const closing[] = {"actually", "anyway", "anyways", "anyhow", "regardless"};
    /* "add a brownie to that, sorry forgot": the customer's own forgetting, owned after an
     * apology, tells why the dish comes late */
    static const char *const owning[] = {"sorry", "oops", "i", "oh"};
    static const char *const forgot[] = {"forgot"};
    size_t w = cl->end;
    /* "ill take 2 lol", "two then haha": a sound of talk at the end says nothing either */
    for (;;) {
        while (w > cl->begin && tokens[w - 1].kind == ORDER_TOKEN_PUNCT)
            w--;
        if (w <= cl->begin + 1U || out->roles[w - 1] != ORDER_ROLE_NONE ||
            !clause_sound_at(text, tokens, w - 1, cl->end))
            break;
        out->roles[--w] = ORDER_ROLE_GREETING;
    }
    if (w > cl->begin + 2U && out->roles[w - 1] == ORDER_ROLE_NONE &&
        clause_in_list(text, tokens, w - 1, cl->end, forgot, 1) &&
        clause_in_list(text, tokens, w - 2, cl->end, owning, ORDER_WORDS_N(owning))) {
        out->roles[w - 1] = ORDER_ROLE_GREETING;
        if (out->roles[w - 2] == ORDER_ROLE_NONE)
            out->roles[w - 2] = ORDER_ROLE_GREETING;
        return;
    }
    if (w > cl->begin + 1U && out->roles[w - 1] == ORDER_ROLE_NONE &&
        clause_in_list(text, tokens, w - 1, cl->end, closing, ORDER_WORDS_N(closing)))
        out->roles[w - 1] = ORDER_ROLE_GREETING;
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
        if (!signed_off &&
            ORDER_CUES_ANY(&out->cues, "faithfully", "sincerely", "truly", "regards", "wishes",
                           "thanks", "ever", "kindly", "gratitude") &&
            clause_closing_at(text, tokens, cl->begin, cl->end) > 0)
            signed_off = true;
        else if (signed_off && !clause_no_menu_word(out, cl))
            signed_off = false;
        if (signed_off) {
            memset(out->roles + cl->begin, ORDER_ROLE_GREETING, cl->end - cl->begin);
            continue;
        }
        clause_frame(rd, text, tokens, cl, out);
        /* "what comes with the soup? bread or not": asked on from the question before */
        if (c > 0 && out->clauses[c - 1].question_form && ORDER_CUES_ANY(&out->cues, "or") &&
            clause_or_not_closes(text, tokens, cl->begin, cl->end))
            cl->question_form = true;
        clause_trailing_discourse(text, tokens, cl, out);
        clause_address_closing(rd, text, tokens, cl, out);
    }
    clause_signature(rd, text, tokens, n, out);
}
