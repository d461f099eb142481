/* talked_about.c — a dish talked about, not asked for (reading.h): "my coworker wont shut
 * up about ur birria so i gotta try it, can i do 3 of the quesabirria tacos?" tells why the
 * customer orders; the order is the request after it. So is a dish asked for in jest and
 * taken back at once ("a margarita with my tacos lol jk"). A diet that some dishes are named
 * by, asked to be confirmed of the dishes just named ("a wrap and a brownie, both vegan
 * right?"), is what they are asked to be, no dish of its own. A dish judged from eating it
 * ("the churros slapped") is talked about too, and so is one singled out of a remark before it
 * ("it was delicious. the brownie especially", "the food was amazing!! the halloumi burger"). */
#include <string.h>

#include "gateway/order/reading.h"

/* Is token t "on" after a noun of writing or talk ("a piece on", "a post on", "research
 * on")? It leads the topic, as "about" does, not the dish a change is put on. */
static bool talked_about_topic_on(const char *text, const struct order_token *tokens, size_t begin,
                                  size_t t, size_t b)
{
    static const char *const writing[] = {"piece",   "article", "post",     "story",    "review",
                                          "blog",    "feature", "research", "thoughts", "video",
                                          "writeup", "essay",   "column",   "series",   "podcast"};
    return t > begin && order_tok_is(text, tokens, t, b, "on") &&
           order_tok_in(text, tokens, t - 1U, b, writing, ORDER_WORDS_N(writing));
}

/* Does "about" (or "on" after a noun of writing) stand right before token b, past the words
 * that point at the restaurant's dish ("about ur birria", "about your", "about the")? After
 * such an "on", also past a few words of no menu that say which kind of it ("a piece on San
 * Diego-style burritos"): a topic is often so described. Not "how about" / "what about",
 * which offer a dish, nor "about 3", a count near enough. */
static bool talked_about_before(const char *text, const struct order_token *tokens,
                                const struct order_reading *rg, size_t begin, size_t b)
{
    if (!ORDER_CUES_ANY(&rg->cues, "about", "piece", "article", "post", "story", "review", "blog",
                        "feature", "research", "thoughts", "video", "writeup", "essay", "column",
                        "series", "podcast"))
        return false;
    enum { DESCRIBING_MAX = 4 };
    static const char *const pointers[] = {"ur", "your", "the", "yall", "those", "these"};
    size_t p = b;
    while (p > begin && b - p < DESCRIBING_MAX && rg->n_hits[p - 1U] == 0 &&
           rg->roles[p - 1U] == ORDER_ROLE_NONE &&
           (tokens[p - 1U].kind == ORDER_TOKEN_WORD || tokens[p - 1U].punct == '-') &&
           !talked_about_topic_on(text, tokens, begin, p - 1U, b))
        p--;
    if (p == begin || !talked_about_topic_on(text, tokens, begin, p - 1U, b))
        p = b; /* no lead before the words: they are not the kind's description */
    while (p > begin && order_tok_in(text, tokens, p - 1U, b, pointers, ORDER_WORDS_N(pointers)))
        p--;
    if (p == begin || !(order_tok_is(text, tokens, p - 1U, b, "about") ||
                        talked_about_topic_on(text, tokens, begin, p - 1U, b)))
        return false;
    return !(p - 1U > begin && (order_tok_is(text, tokens, p - 2U, b, "how") ||
                                order_tok_is(text, tokens, p - 2U, b, "what")));
}

/* Does a verb of having eaten, denied, stand right before token b, past the words that
 * point at a dish ("never had real birria", "hasnt tried the churros", "never ate elote")? It
 * tells of the customer's past, not what they ask for. */
static bool talked_about_never_had(const char *text, const struct order_token *tokens, size_t begin,
                                   size_t b)
{
    static const char *const pointers[] = {"ur",   "your",   "the", "real",
                                           "good", "proper", "a",   "an"};
    static const char *const eaten[] = {"had", "tried", "eaten", "ate", "tasted"};
    static const char *const never[] = {"never", "havent", "hasnt", "not", "nvr"};
    size_t p = b;
    while (p > begin && order_tok_in(text, tokens, p - 1U, b, pointers, ORDER_WORDS_N(pointers)))
        p--;
    if (p < begin + 2U || !order_tok_in(text, tokens, p - 1U, b, eaten, ORDER_WORDS_N(eaten)))
        return false;
    return order_tok_in(text, tokens, p - 2U, b, never, ORDER_WORDS_N(never)) ||
           (p >= begin + 3U && order_tok_in(text, tokens, p - 3U, b, never,
                                            ORDER_WORDS_N(never))); /* "never even had" */
}

/* Does a dish after thing x name its item again? */
static bool talked_about_asked_later(const struct order_reading *rg, size_t x)
{
    for (size_t y = x + 1U; y < rg->n_things; y++)
        if (rg->things[y].is_span && rg->things[y].item >= 0 &&
            rg->things[y].item == rg->things[x].item)
            return true;
    return false;
}

/* Does clause cl end, past punctuation and laughter, in "jk", "j/k" or "just kidding"? */
static bool talked_about_in_jest(const char *text, const struct order_token *tokens,
                                 const struct order_clause *cl)
{
    size_t e = cl->end;
    while (e > cl->begin && (tokens[e - 1U].kind != ORDER_TOKEN_WORD ||
                             order_tok_laugh(text, tokens, e - 1U, cl->end)))
        e--;
    if (e == cl->begin)
        return false;
    if (order_tok_is(text, tokens, e - 1U, cl->end, "jk"))
        return true;
    if (e >= cl->begin + 2U && order_tok_is(text, tokens, e - 1U, cl->end, "k") &&
        tokens[e - 2U].kind == ORDER_TOKEN_PUNCT && tokens[e - 2U].punct == '/' &&
        e >= cl->begin + 3U && order_tok_is(text, tokens, e - 3U, cl->end, "j"))
        return true;
    return e >= cl->begin + 2U && order_tok_is(text, tokens, e - 1U, cl->end, "kidding") &&
           order_tok_is(text, tokens, e - 2U, cl->end, "just");
}

void order_read_talked_about(const char *text, const struct order_token *tokens,
                             struct order_reading *rg)
{
    if (!ORDER_CUES_ANY(&rg->cues, "had", "tried", "eaten", "ate", "tasted", "was", "were", "came",
                        "wasnt", "werent", "arrived", "estaba", "estuvo", "fue", "sell", "grow",
                        "bake", "brew", "produce", "supply", "farm", "raise", "roast", "about",
                        "piece", "article", "post", "story", "review", "blog", "feature",
                        "research", "thoughts", "video", "writeup", "essay", "column", "series",
                        "podcast"))
        return;
    for (size_t x = 0; x < rg->n_things; x++) {
        struct order_thing *th = &rg->things[x];
        const struct order_clause *cl = &rg->clauses[th->clause];
        if (!th->is_span || th->reference || th->qty_explicit)
            continue;
        /* "my sister never had birria ... can we do 3 quesabirria tacos": the dish named
         * again is the one asked for; the first only tells why */
        if (talked_about_never_had(text, tokens, cl->begin, th->begin) &&
            talked_about_asked_later(rg, x)) {
            th->reference = true;
            continue;
        }
        /* "my fries were cold last time, fries x2 today": the dish told of by how it was
         * tells why; the one named again is asked for */
        if (order_talked_was_after(text, tokens, th->end, cl->end) &&
            talked_about_asked_later(rg, x)) {
            th->reference = true;
            continue;
        }
        if (order_own_trade_before(text, tokens, cl->begin, th->begin)) {
            th->reference = true; /* "we sell fries too": the customer's, not asked for */
            continue;
        }
        if (!talked_about_before(text, tokens, rg, cl->begin, th->begin))
            continue;
        /* "what do you think about the flan?": the dish a question is about, unless the
         * question goes on to ask for it ("..., can i do 3 of the quesabirria tacos?") */
        bool asks = cl->question_form && !cl->request_form;
        if (!asks || talked_about_asked_later(rg, x))
            th->reference = true;
    }
}

/* Are the tokens from p to the clause's end e only a tag that asks to confirm ("right?",
 * "yeah?", "correct?") and punctuation, the tag there? */
static bool diet_tag_after(const char *text, const struct order_token *tokens, size_t p, size_t e)
{
    static const char *const tags[] = {"right", "yeah", "yes", "correct", "innit", "ya", "yea"};
    bool tag = false;
    for (; p < e; p++) {
        if (tokens[p].kind == ORDER_TOKEN_PUNCT)
            continue;
        if (tag || !order_tok_in(text, tokens, p, e, tags, ORDER_WORDS_N(tags)))
            return false;
        tag = true;
    }
    return tag;
}

void order_read_diet_confirmed(const struct order_reader *rd, const char *text,
                               const struct order_token *tokens, struct order_reading *rg)
{
    if (!ORDER_CUES_ANY(&rg->cues, "right", "yeah", "yes", "correct", "innit", "ya", "yea"))
        return;
    /* what stands before the diet: the dishes pointed at, or a copula ("ones" is "one's",
     * "that one's vegan right?") */
    static const char *const pointers[] = {"both", "its",   "thats", "theyre", "they", "are", "is",
                                           "all",  "those", "these", "them",   "it",   "ones"};
    for (size_t x = 0; x < rg->n_things; x++) {
        struct order_thing *th = &rg->things[x];
        const struct order_clause *cl = &rg->clauses[th->clause];
        /* "one is vegan right?": after a copula a count is the subject, not the diet's */
        bool copula =
            th->begin > cl->begin && (order_tok_is(text, tokens, th->begin - 1U, cl->end, "is") ||
                                      order_tok_is(text, tokens, th->begin - 1U, cl->end, "are"));
        if (!th->is_span || th->reference || th->item >= 0 || (th->qty_explicit && !copula) ||
            !cl->question_form ||
            order_patterns_longest(&rd->u->diet_cues, text, tokens, th->begin, th->end, NULL) !=
                (size_t)(th->end - th->begin) ||
            !diet_tag_after(text, tokens, th->end, cl->end))
            continue;
        size_t p = th->begin;
        while (p > cl->begin &&
               order_tok_in(text, tokens, p - 1U, th->begin, pointers, ORDER_WORDS_N(pointers)))
            p--;
        /* after the dishes it confirms: right after a separator, or pointing at them */
        bool after_dish = x > 0 && rg->things[x - 1U].is_span && !rg->things[x - 1U].reference;
        bool separated = p > 0 && tokens[p - 1U].kind == ORDER_TOKEN_PUNCT;
        if (!after_dish || !(separated || p < th->begin))
            continue;
        for (size_t k = th->begin; k < th->end; k++)
            rg->roles[k] = ORDER_ROLE_NONE;
        order_reading_drop_thing(rg, x);
        x--;
    }
}

void order_read_in_jest(const char *text, const struct order_token *tokens,
                        struct order_reading *rg)
{
    if (!ORDER_CUES_ANY(&rg->cues, "jk", "k", "kidding"))
        return;
    /* the dishes of a clause said in jest are taken back with it, a thing the menu lacks
     * too; a clause after it asks anew */
    for (size_t x = 0; x < rg->n_things; x++) {
        struct order_thing *th = &rg->things[x];
        bool pointed_at = false; /* "... lol jk. just the spicy one": named again after */
        for (size_t y = x + 1U; y < rg->n_things && th->item >= 0; y++)
            pointed_at = pointed_at || (rg->things[y].clause > th->clause &&
                                        rg->things[y].reference && rg->things[y].item == th->item);
        if (!pointed_at && th->clause + 1U < rg->n_clauses &&
            talked_about_in_jest(text, tokens, &rg->clauses[th->clause]))
            th->reference = true;
    }
}

void order_read_praised(const char *text, const struct order_token *tokens,
                        struct order_reading *rg)
{
    if (!ORDER_CUES_ANY(&rg->cues, "slapped", "slaps", "hit", "changed", "fire", "unreal",
                        "amazing", "bussin", "incredible", "insane", "bomb", "banging"))
        return;
    /* what may stand between the dish and the verdict: a copula, hedges and intensifiers */
    static const char *const between[] = {"was",    "were",     "is",     "are",     "literally",
                                          "lowkey", "honestly", "kinda",  "so",      "totally",
                                          "really", "def",      "always", "actually"};
    /* verdicts of a dish eaten: slang and past verbs of judging, adjectives after a copula */
    static const char *const verdicts[] = {"slapped",    "slaps",  "hit",     "changed",
                                           "fire",       "unreal", "amazing", "bussin",
                                           "incredible", "insane", "bomb",    "banging"};
    for (size_t x = 0; x < rg->n_things; x++) {
        struct order_thing *th = &rg->things[x];
        const struct order_clause *cl = &rg->clauses[th->clause];
        if (!th->is_span || th->reference)
            continue;
        size_t p = th->end;
        while (order_tok_in(text, tokens, p, cl->end, between, ORDER_WORDS_N(between)))
            p++;
        if (!order_tok_in(text, tokens, p, cl->end, verdicts, ORDER_WORDS_N(verdicts)))
            continue;
        /* the dish asked for again after the verdict: the first was only judged */
        if (th->item >= 0 && !th->qty_explicit && talked_about_asked_later(rg, x))
            th->reference = true;
        else
            order_mods_drop_starting(&th->mods, text + tokens[p].off, tokens[p].len);
    }
}

/* Does clause c tell of food eaten and praise it ("the food was amazing last night!!")? */
static bool singled_praise_told(const char *text, const struct order_token *tokens,
                                const struct order_clause *cl)
{
    static const char *const was[] = {"was", "were"};
    static const char *const praise[] = {"amazing", "great",     "delicious", "incredible",
                                         "awesome", "fantastic", "excellent", "perfect",
                                         "bomb",    "fire",      "tasty",     "lovely"};
    bool told = false, praised = false;
    for (size_t i = cl->begin; i < cl->end; i++) {
        told = told || order_tok_in(text, tokens, i, cl->end, was, ORDER_WORDS_N(was));
        praised = praised ||
                  (told && order_tok_in(text, tokens, i, cl->end, praise, ORDER_WORDS_N(praise)));
    }
    return praised;
}

/* "the food was amazing last night!! the halloumi burger 🔥🔥": a dish alone after "the",
 * right after a clause praising food eaten, is what the praise was about. */
static void singled_after_praise(const char *text, const struct order_token *tokens,
                                 struct order_reading *rg)
{
    for (size_t x = 0; x < rg->n_things; x++) {
        struct order_thing *th = &rg->things[x];
        const struct order_clause *cl = &rg->clauses[th->clause];
        if (!th->is_span || th->reference || th->qty_explicit || th->clause == 0 ||
            th->begin != cl->begin + 1U || !order_tok_is(text, tokens, cl->begin, th->end, "the") ||
            !singled_praise_told(text, tokens, &rg->clauses[th->clause - 1U]))
            continue;
        bool alone = true;
        for (size_t k = th->end; k < cl->end && alone; k++)
            alone = tokens[k].kind == ORDER_TOKEN_PUNCT;
        if (alone)
            th->reference = true;
    }
}

void order_read_singled_out(const char *text, const struct order_token *tokens,
                            struct order_reading *rg)
{
    if (ORDER_CUES_ANY(&rg->cues, "was", "were"))
        singled_after_praise(text, tokens, rg);
    if (!ORDER_CUES_ANY(&rg->cues, "especially", "particularly", "esp", "mostly", "particular"))
        return;
    /* words that single a thing out of what was just said of many ("esp": texted) */
    static const char *const singling[] = {"especially", "particularly", "esp", "mostly"};
    static const char *const dets[] = {"the", "that", "those", "ur", "your"};
    for (size_t x = 0; x < rg->n_things; x++) {
        struct order_thing *th = &rg->things[x];
        const struct order_clause *cl = &rg->clauses[th->clause];
        if (!th->is_span || th->reference || th->qty_explicit || th->clause == 0)
            continue;
        size_t p = cl->begin;
        while (p < th->begin && tokens[p].kind == ORDER_TOKEN_PUNCT)
            p++;
        /* "... especially the onion rings": the word before the dish, or after it */
        bool before = order_tok_in(text, tokens, p, th->begin, singling, ORDER_WORDS_N(singling));
        p += before ? 1U : 0U;
        while (p < th->begin &&
               (tokens[p].kind == ORDER_TOKEN_PUNCT ||
                order_tok_in(text, tokens, p, th->begin, dets, ORDER_WORDS_N(dets))))
            p++;
        if (p != th->begin)
            continue;
        p = th->end;
        if (!before && order_tok_in(text, tokens, p, cl->end, singling, ORDER_WORDS_N(singling)))
            p++;
        else if (!before && order_tok_is(text, tokens, p, cl->end, "in") &&
                 order_tok_is(text, tokens, p + 1U, cl->end, "particular"))
            p += 2U;
        else if (!before)
            continue;
        while (p < cl->end && tokens[p].kind == ORDER_TOKEN_PUNCT)
            p++;
        if (p < cl->end)
            continue;
        /* "it was delicious! the brownie especially": what the remark before was about */
        th->reference = true;
        for (size_t k = th->end; k < cl->end; k++)
            rg->roles[k] = ORDER_ROLE_NONE;
        th->mods.n = 0;
    }
}
