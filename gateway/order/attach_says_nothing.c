/* attach_says_nothing.c — the words after a dish that change nothing of it (attach.c,
 * reading.h pass 4): a reason ("allergy!!"), an aside in brackets or about who the dish is
 * for, a remark on the dish ("slaps", "lol we can share"), what it comes with or is for, a
 * time, things of the table ("extra napkins"). attach_add_modifier (attach_modifiers.c)
 * asks attach_modifier_says_nothing before it keeps words as a change. */
#include <string.h>
#include <strings.h>

#include "gateway/order/attach_internal.h"

/* Do the few words [a, b) name only a reason of health, "allergy" or the like last ("no
 * walnuts (allergy!!)", "(nut allergy)", "(allergic)")? They tell why, they change nothing. */
bool attach_health_reason(const char *text, const struct order_token *t, size_t a, size_t b)
{
    enum { REASON_WORDS_MAX = 3 };
    static const char *const reasons[] = {"allergy",     "allergies",   "allergic", "intolerant",
                                          "intolerance", "anaphylaxis", "celiac",   "coeliac"};
    /* "egg allergy here", "allergy note", "nut allergy alert": words that only point at it */
    static const char *const pointing[] = {"here", "note", "alert", "warning", "fyi", "btw"};
    if (b > a + 1U && order_tok_in(text, t, b - 1U, b, pointing, ORDER_WORDS_N(pointing)))
        b--;
    return b > a && b - a <= REASON_WORDS_MAX &&
           order_tok_in(text, t, b - 1U, b, reasons, ORDER_WORDS_N(reasons));
}

/* Does a subject and its verb start at token i ("she is not eating fish", "im allergic")? In
 * a change it tells why: the change ends before it. */
bool attach_aside_at(const char *text, const struct order_token *t, size_t i, size_t e)
{
    static const char *const subject_verb[] = {"im", "shes", "hes", "theyre"};
    static const char *const subjects[] = {"she", "he", "they", "i", "we", "it"};
    static const char *const verbs[] = {"is",   "are",  "was",  "isnt",  "doesnt", "dont",
                                        "cant", "wont", "does", "hates", "loves",  "likes",
                                        "has",  "eats", "am",   "aint",  "never",  "only"};
    return order_tok_in(text, t, i, e, subject_verb, ORDER_WORDS_N(subject_verb)) ||
           (order_tok_in(text, t, i, e, subjects, ORDER_WORDS_N(subjects)) &&
            order_tok_in(text, t, i + 1, e, verbs, ORDER_WORDS_N(verbs)));
}

/* Do "its for" (or "it's for", "thats for") start at i: who the dish is for ("(its for my
 * kid)")? */
static bool attach_who_for_at(const char *text, const struct order_token *t, size_t i, size_t e)
{
    return (order_tok_is(text, t, i, e, "its") || order_tok_is(text, t, i, e, "thats")) &&
           order_tok_is(text, t, i + 1U, e, "for");
}

/* Do the words [a, b), in brackets, tell why ("(shes vegan)": a subject and its verb;
 * "(lactose thing)": a few words ending in "thing")? After another change of the dish they
 * are its reason, no change of their own. */
static bool attach_aside_in_brackets(const char *text, const struct order_token *t, size_t a,
                                     size_t b)
{
    enum { THING_WORDS_MAX = 3, BRACKET_TOKENS_MAX = 10 };
    /* the bracket still open before a: "(its for my kid, hes picky)" is all who and why */
    size_t open = a;
    while (open > 0 && a - open < BRACKET_TOKENS_MAX &&
           !(t[open - 1U].kind == ORDER_TOKEN_PUNCT &&
             (t[open - 1U].punct == '(' || t[open - 1U].punct == ')')))
        open--;
    if (open == 0 || b <= a || t[open - 1U].punct != '(' || a - open >= BRACKET_TOKENS_MAX)
        return false;
    if (attach_who_for_at(text, t, open, b))
        return true;
    if (open != a)
        return false;
    return attach_aside_at(text, t, a, b) ||
           (b - a <= THING_WORDS_MAX && order_tok_is(text, t, b - 1U, b, "thing"));
}

/* Is token i written in digits ("4471")? */
static bool attach_number_at(const char *text, const struct order_token *t, size_t i)
{
    return t[i].kind == ORDER_TOKEN_WORD && t[i].len > 0 && text[t[i].off] >= '0' &&
           text[t[i].off] <= '9';
}

/* Do the words [a, b) say the dish comes as the menu has it ("normal", "as is", "the normal
 * way", "with everything")? Then they change nothing: no modifier. ("regular" is a size.) */
bool attach_unchanged(const char *text, const struct order_token *t, size_t a, size_t b)
{
    static const char *const forms[][3] = {{"normal", NULL, NULL},
                                           {"as", "is", NULL},
                                           {"as", "it", "comes"},
                                           {"as", "normal", NULL},
                                           {"as", "usual", NULL},
                                           {"as", "they", "come"},
                                           {"normal", "way", NULL},
                                           {"the", "normal", "way"},
                                           {"everything", NULL, NULL},
                                           {"todo", NULL, NULL}, /* "con todo": everything */
                                           {"the", "works", NULL},
                                           /* "... again please", "add a shake to it": where
                                            * or how often it is asked, no change */
                                           {"again", NULL, NULL},
                                           {"to", "it", NULL},
                                           {"to", "that", NULL},
                                           {"to", "my", "order"},
                                           {"to", "the", "order"},
                                           {"to", "order", NULL}, /* "to order #4471" */
                                           /* "... fries or no": whether, no change */
                                           {"or", "no", NULL},
                                           {"or", "not", NULL},
                                           /* "..., add extra avocado": the verb of what follows */
                                           {"add", NULL, NULL}};
    for (size_t f = 0; f < ORDER_WORDS_N(forms); f++) {
        size_t n = 0;
        while (n < 3 && forms[f][n] && a + n < b && order_tok_is(text, t, a + n, b, forms[f][n]))
            n++;
        bool whole = n == 3 || !forms[f][n];
        if (whole && a + n == b)
            return true;
        /* "to order 4471": the order's number says which order, no change either */
        if (whole && a + n + 1U == b && n > 0 && order_tok_is(text, t, a + n - 1U, b, "order") &&
            attach_number_at(text, t, a + n))
            return true;
    }
    /* "to my last order", "to our previous order": which order it goes on, no change */
    static const char *const whose[] = {"my", "our", "the", "this", "that"};
    static const char *const when[] = {"last", "previous", "earlier", "current", "first"};
    if (b == a + 4U && order_tok_is(text, t, a, b, "to") &&
        order_tok_in(text, t, a + 1U, b, whose, ORDER_WORDS_N(whose)) &&
        order_tok_in(text, t, a + 2U, b, when, ORDER_WORDS_N(when)) &&
        order_tok_is(text, t, a + 3U, b, "order"))
        return true;
    /* "plain as it comes", "just as is": the same said twice */
    return b > a + 1U &&
           (order_tok_is(text, t, a, b, "plain") || order_tok_is(text, t, a, b, "just")) &&
           attach_unchanged(text, t, a + 1U, b);
}

/* Does item's name or description hold the word the understanding gives as what w means
 * ("gas": "sparkling", "water with gas" being sparkling water)? */
static bool attach_synonym_mentioned(const struct attach_state *st, int32_t item, const char *w,
                                     size_t len)
{
    const struct order_understanding *u = st->rd->u;
    for (size_t s = 0; s < u->synonyms.count; s++) {
        const struct order_pattern *p = &u->synonyms.items[s];
        if (p->n_words != 1 || p->word_lens[0] != len || memcmp(p->words[0], w, len) != 0)
            continue;
        const char *of = u->synonym_of[p->value];
        size_t of_len = strlen(of);
        if (order_lexicon_item_mentions(st->rd->lex, item, &of, &of_len, 1) == 1)
            return true;
    }
    return false;
}

/* Is "and" at p the join of a list after "with" whose words before it the description of
 * dish th holds, every one ("the corn thing with mayo and cheese": "and cheese" goes on
 * the list of what it comes with)? */
static bool attach_with_list_before(const struct attach_state *st, const struct order_thing *th,
                                    size_t p)
{
    enum { LISTED_WORDS_MAX = 3 };
    const struct order_token *t = st->tokens;
    if (!order_tok_is(st->text, t, p, st->e, "and"))
        return false;
    for (size_t q = p, n = 0; q > th->end && n <= LISTED_WORDS_MAX; q--, n++) {
        const struct order_token *w = &t[q - 1U];
        if (order_token_is(st->text, w, "with") || order_token_is(st->text, w, "w"))
            return n > 0;
        const char *x = st->text + w->off;
        size_t len = w->len;
        if (w->kind != ORDER_TOKEN_WORD ||
            order_lexicon_item_mentions(st->rd->lex, th->item, &x, &len, 1) == 0)
            return false;
    }
    return false;
}

/* Is [a, b) "with" and words the dish's own description holds, every one ("the apple crumble
 * with custard" of a crumble "served warm with custard"), or a word for one of them ("water
 * with gas" of sparkling water)? That says what it comes with or what it is, no change. Not
 * of a part split off a count (placed at a token, begin == end) with no "the": "2 lemonades,
 * one with mint" sets that one apart by the word, which was lost; "one with the croutons"
 * points at the part the dish has. */
static bool attach_comes_with(const struct attach_state *st, const struct order_thing *th, size_t a,
                              size_t b)
{
    /* "with" or "w" at a or before it, or before the list attach_with_list_before reads */
    if (!ORDER_CUES_ANY(&st->rg->cues, "with", "w"))
        return false;
    enum { COMES_WITH_WORDS_MAX = 3 };
    if (!th->is_span || th->item < 0)
        return false;
    const struct order_token *t = st->tokens;
    size_t w = order_tok_is(st->text, t, a, b, "with") ? a + 1U : a; /* the first word */
    if (th->begin == th->end && w < b && !order_tok_is(st->text, t, w, b, "the") &&
        !(w > 0 && order_tok_is(st->text, t, w - 1U, b, "the")))
        return false;
    if (order_tok_is(st->text, t, a, b, "with") || order_tok_is(st->text, t, a, b, "w")) {
        a++;
    } else {
        /* the "with" ("w", "w/", "with the") may stand before the piece read, or before a
         * list it ends */
        size_t p = a;
        if (p > 0 && order_tok_is(st->text, t, p - 1U, b, "the"))
            p--;
        if (p > 0 && t[p - 1U].kind == ORDER_TOKEN_PUNCT && t[p - 1U].punct == '/')
            p--;
        if (p == 0 ||
            !(order_tok_is(st->text, t, p - 1U, b, "with") ||
              order_tok_is(st->text, t, p - 1U, b, "w") || attach_with_list_before(st, th, p - 1U)))
            return false;
    }
    const char *words[COMES_WITH_WORDS_MAX];
    size_t lens[COMES_WITH_WORDS_MAX], n = 0;
    for (size_t i = a; i < b; i++) {
        const struct order_token *w = &st->tokens[i];
        if (w->kind != ORDER_TOKEN_WORD || order_token_is(st->text, w, "the") ||
            order_token_is(st->text, w, "and"))
            continue;
        if (n == COMES_WITH_WORDS_MAX)
            return false;
        words[n] = st->text + w->off;
        lens[n++] = w->len;
    }
    if (n == 0)
        return false;
    for (size_t i = 0; i < n; i++)
        if (order_lexicon_item_mentions(st->rd->lex, th->item, &words[i], &lens[i], 1) == 0 &&
            !attach_synonym_mentioned(st, th->item, words[i], lens[i]))
            return false;
    return true;
}

/* The end of the words [a, b) before a vague noun closing them ("... over brown rice thing",
 * "... in milk one"): a description read out and closed so still only points at its dish. */
static size_t attach_before_vague_tail(const char *text, const struct order_token *t, size_t a,
                                       size_t b)
{
    static const char *const vague[] = {"thing", "thingy", "one", "stuff", "dish"};
    return b > a + 1U && order_tok_in(text, t, b - 1U, b, vague, ORDER_WORDS_N(vague)) ? b - 1U : b;
}

/* Do the words [a, b) quote dish th's own description: four words or more, every one a word
 * of it, the first three a run of it ("'roasted cauliflower tossed in buffalo hot sauce with
 * ranch' — she wants that one")? Read off the menu, they say which dish is meant, no change. */
static bool attach_quotes_description(const struct attach_state *st, const struct order_thing *th,
                                      size_t a, size_t b)
{
    enum { QUOTE_WORDS_MIN = 4, QUOTE_RUN = 3, QUOTE_WORDS_MAX = 12 };
    if (!th->is_span || th->item < 0)
        return false;
    const struct order_token *t = st->tokens;
    b = attach_before_vague_tail(st->text, t, a, b);
    const char *words[QUOTE_WORDS_MAX];
    size_t lens[QUOTE_WORDS_MAX], at[QUOTE_WORDS_MAX], n = 0;
    for (size_t i = a; i < b; i++) {
        if (t[i].kind != ORDER_TOKEN_WORD)
            continue;
        if (n == QUOTE_WORDS_MAX)
            return false;
        words[n] = st->text + t[i].off;
        lens[n] = t[i].len;
        at[n++] = i;
    }
    if (n < QUOTE_WORDS_MIN ||
        order_lexicon_item_mentions(st->rd->lex, th->item, words, lens, n) != n)
        return false;
    char run[ORDER_MODIFIER_BYTES_MAX];
    size_t len = order_words_join(st->text, t, at[0], at[QUOTE_RUN - 1U] + 1U, run, sizeof(run));
    const char *phrase = run;
    return len > 0 && order_lexicon_item_mentions(st->rd->lex, th->item, &phrase, &len, 1) == 1;
}

/* The tokens of a relative and its verb of being at a ("thats", "that is", "which are"),
 * 0 when none: "the coffee that's steeped cold" says how the dish is made as "the coffee
 * steeped cold" does. */
static size_t attach_relative_being(const char *text, const struct order_token *t, size_t a,
                                    size_t b)
{
    static const char *const being[] = {"is", "are", "was", "gets", "get"};
    if (order_tok_is(text, t, a, b, "thats") || order_tok_is(text, t, a, b, "whats"))
        return 1;
    if (!order_tok_is(text, t, a, b, "that") && !order_tok_is(text, t, a, b, "which"))
        return 0;
    return order_tok_in(text, t, a + 1U, b, being, ORDER_WORDS_N(being)) ? 2 : 0;
}

/* Do the words [a, b) right after dish th say how the menu says it is made: a participle,
 * maybe behind a relative ("that's"), and words its description holds, every one ("the cake
 * soaked in milk", "the corn that is rolled in cheese")? They point at the dish as its name does,
 * no change and no remark ("soaked" is no complaint there): read as words of its naming. */
static bool attach_made_as_described(const struct attach_state *st, const struct order_thing *th,
                                     size_t a, size_t b)
{
    enum { MADE_WORDS_MAX = 6 };
    static const char *const joins[] = {"in", "with", "on", "of", "and", "the", "a", "an", "some"};
    const struct order_token *t = st->tokens;
    if (!th->is_span || th->item < 0 || a != th->end)
        return false;
    /* the participle, past a relative ("the coffee that's steeped cold": the relative points
     * at the dish too), and the end of the words told of it, a vague noun closing them aside */
    size_t made = a + attach_relative_being(st->text, t, a, b);
    size_t told_end = attach_before_vague_tail(st->text, t, a, b);
    if (told_end <= made + 1U || t[made].kind != ORDER_TOKEN_WORD || t[made].len < 5 ||
        st->text[t[made].off + t[made].len - 1U] != 'd' ||
        st->text[t[made].off + t[made].len - 2U] != 'e')
        return false;
    const char *words[MADE_WORDS_MAX];
    size_t lens[MADE_WORDS_MAX], n = 0;
    for (size_t i = made; i < told_end; i++) {
        if (t[i].kind != ORDER_TOKEN_WORD ||
            order_tok_in(st->text, t, i, told_end, joins, ORDER_WORDS_N(joins)))
            continue;
        if (n == MADE_WORDS_MAX)
            return false;
        words[n] = st->text + t[i].off;
        lens[n++] = t[i].len;
    }
    if (n < 2 || order_lexicon_item_mentions(st->rd->lex, th->item, words, lens, n) != n)
        return false;
    memset(st->rg->roles + a, ORDER_ROLE_ITEM, b - a);
    return true;
}

/* Does a verb saying how a dish is or was start the words [a, b) right after it ("go crazy",
 * "are amazing", "r fire", "slaps", "was missing its slaw")? A remark on the dish, or a
 * complaint of one served before, no change ("go large" is a size). */
static bool attach_remark_at(const struct attach_state *st, size_t a, size_t b)
{
    if (!ORDER_CUES_ANY(&st->rg->cues, "is", "r", "are", "go", "goes", "taste", "tastes", "look",
                        "looks", "slap", "slaps", "hit", "hits", "smell", "smells", "be", "was",
                        "were"))
        return false;
    static const char *const verbs[] = {"is",     "r",     "are",    "go",   "goes",  "taste",
                                        "tastes", "look",  "looks",  "slap", "slaps", "hit",
                                        "hits",   "smell", "smells", "be",   "was",   "were"};
    if (!order_tok_in(st->text, st->tokens, a, b, verbs, ORDER_WORDS_N(verbs)) || a + 1 >= b)
        return false;
    return order_patterns_longest(&st->rd->u->sizes, st->text, st->tokens, a + 1, b, NULL) == 0 &&
           order_patterns_longest(&st->rd->u->modifiers, st->text, st->tokens, a + 1, b, NULL) == 0;
}

/* Does [a, b) say what a change is for ("so its vegan", "so it is dairy free", "so that its
 * gluten free", "to make it vegan")? After another change of the dish it is the reason for
 * that change, no change of its own. */
bool attach_purpose_at(const char *text, const struct order_token *t, size_t a, size_t b)
{
    if (order_tok_is(text, t, a, b, "to") && order_tok_is(text, t, a + 1, b, "make") &&
        order_tok_is(text, t, a + 2, b, "it"))
        return true;
    if (!order_tok_is(text, t, a, b, "so"))
        return false;
    size_t p = order_tok_is(text, t, a + 1, b, "that") ? a + 2 : a + 1;
    return order_tok_is(text, t, p, b, "its") ||
           (order_tok_is(text, t, p, b, "it") && order_tok_is(text, t, p + 1, b, "is"));
}

/* Are the words [a, b) an infinitive of purpose whose object is a pronoun ("to balance it
 * out", "to wash it down", "to cheer me up")? Why the dish is wanted, no change of it; "to
 * make it vegan" is read as the change it names. */
static bool attach_purpose_infinitive(const char *text, const struct order_token *t, size_t a,
                                      size_t b)
{
    static const char *const objects[] = {"it", "them", "me", "us", "everything"};
    static const char *const particles[] = {"out", "up", "down", "off", "over"};
    if (b < a + 3U || b > a + 4U || !order_tok_is(text, t, a, b, "to") ||
        t[a + 1U].kind != ORDER_TOKEN_WORD || order_tok_is(text, t, a + 1U, b, "make") ||
        !order_tok_in(text, t, a + 2U, b, objects, ORDER_WORDS_N(objects)))
        return false;
    return b == a + 3U || order_tok_in(text, t, a + 3U, b, particles, ORDER_WORDS_N(particles));
}

/* Are the words [a, b) only a time ("yesterday", "last time", "this morning", "by 8")? When a
 * dish was had or is wanted is no change to it: "she had the portobello one last time". */
static bool attach_time_only(const char *text, const struct order_token *t, size_t a, size_t b)
{
    static const char *const days[] = {"yesterday", "today",    "tonight",
                                       "tonite",    "tomorrow", "earlier"};
    static const char *const which[] = {"last", "this", "next"};
    static const char *const spans[] = {"time",    "week",    "night", "month",
                                        "weekend", "morning", "year",  "evening"};
    /* "by 8", "at 7pm": an hour */
    static const char *const at[] = {"at", "by"};
    if (b == a + 2U && order_tok_in(text, t, a, b, at, ORDER_WORDS_N(at)) &&
        t[a + 1U].kind == ORDER_TOKEN_WORD && text[t[a + 1U].off] >= '0' &&
        text[t[a + 1U].off] <= '9')
        return true;
    if (b == a + 1U)
        return order_tok_in(text, t, a, b, days, ORDER_WORDS_N(days));
    return b == a + 2U && order_tok_in(text, t, a, b, which, ORDER_WORDS_N(which)) &&
           order_tok_in(text, t, a + 1U, b, spans, ORDER_WORDS_N(spans));
}

/* Do the words [a, b) right after a dish end in the preposition a relative clause leaves
 * behind ("that california burrito everyone on tiktok is talking about", "the taco you are
 * famous for")? They say which dish is meant, no change; a change opens with its own lead. */
static bool attach_relative_which(const struct attach_state *st, size_t a, size_t b)
{
    if (!ORDER_CUES_ANY(&st->rg->cues, "about", "for", "of"))
        return false;
    enum { RELATIVE_WORDS_MIN = 3 };
    static const char *const stranded[] = {"about", "for", "of"};
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    while (b > a && t[b - 1U].kind == ORDER_TOKEN_PUNCT)
        b--;
    return b >= a + RELATIVE_WORDS_MIN &&
           order_tok_in(text, t, b - 1U, b, stranded, ORDER_WORDS_N(stranded)) &&
           !order_tok_is(text, t, a, b, "with") && !order_tok_is(text, t, a, b, "w") &&
           order_patterns_longest(&st->rd->u->modifier_starts, text, t, a, b, NULL) == 0;
}

/* Are the words [a, b), in brackets, only a diet ("no cotija (vegan)")? After a change of
 * the dish they say why it is made, as "(shes vegan)" does; the change is the order. */
static bool attach_diet_in_brackets(const struct attach_state *st, size_t a, size_t b)
{
    const struct order_token *t = st->tokens;
    if (a == 0 || b <= a || t[a - 1U].kind != ORDER_TOKEN_PUNCT || t[a - 1U].punct != '(')
        return false;
    return order_patterns_longest(&st->rd->u->diet_cues, st->text, t, a, b, NULL) == b - a;
}

/* Do the words [a, b) hold no lead of a change, no food and no menu word ("big group",
 * "running late")? */
static bool attach_changes_nothing(const struct attach_state *st, size_t a, size_t b)
{
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    if (order_patterns_longest(&st->rd->u->modifier_starts, text, t, a, b, NULL) > 0 ||
        order_patterns_longest(&st->rd->u->modifiers, text, t, a, b, NULL) > 0 ||
        order_patterns_longest(&st->rd->u->sizes, text, t, a, b, NULL) > 0)
        return false;
    for (size_t i = a; i < b; i++)
        if (t[i].kind == ORDER_TOKEN_WORD &&
            (st->rg->n_hits[i] > 0 || order_food_word(st->rd->food, text + t[i].off, t[i].len)))
            return false;
    return true;
}

/* Are the words [a, b) all of a bracket after a change of the dish, and change nothing
 * ("no feta (pregnant lol)", "no bun (low carb)")? The bracket tells why the change was
 * asked, no change of its own. */
static bool attach_reason_in_brackets(const struct attach_state *st, size_t a, size_t b)
{
    const struct order_token *t = st->tokens;
    if (a == 0 || b <= a || t[a - 1U].kind != ORDER_TOKEN_PUNCT || t[a - 1U].punct != '(')
        return false;
    size_t c = b; /* "(pregnant lol)": a laugh before the bracket closes */
    while (order_tok_laugh(st->text, t, c, st->e))
        c++;
    return (c == st->e || (t[c].kind == ORDER_TOKEN_PUNCT && t[c].punct == ')')) &&
           attach_changes_nothing(st, a, b);
}

/* Do the words [a, b) follow a laugh ("lol", "haha", "lmao") and change nothing ("6
 * lemonades lol big group", "lol thirsty")? After the laugh they remark on the order; "lol
 * extra salt" is still a change. */
static bool attach_remark_after_laugh(const struct attach_state *st, size_t a, size_t b)
{
    return a > st->b && order_tok_laugh(st->text, st->tokens, a - 1U, b) &&
           attach_changes_nothing(st, a, b);
}

/* Do the words [a, b) after a comma tell the customer's own state, the subject left out: a
 * verb in -ing and more words that change nothing ("a cold brew, running late")? */
static bool attach_state_after_comma(const struct attach_state *st, size_t a, size_t b)
{
    enum { ING_VERB_MIN = 5 };
    const struct order_token *t = st->tokens;
    const char *w = st->text + t[a].off;
    return a > st->b && a + 1U < b && t[a - 1U].kind == ORDER_TOKEN_PUNCT &&
           t[a - 1U].punct == ',' && t[a].kind == ORDER_TOKEN_WORD && t[a].len >= ING_VERB_MIN &&
           strncmp(w + t[a].len - 3U, "ing", 3) == 0 && attach_changes_nothing(st, a, b);
}

/* Do the words [a, b) follow "hope" or "hoping" in their own part, after a mark, and name no
 * food ("a taco, hope its not too busy")? A wish to the staff changes no dish. */
static bool attach_hoped(const struct attach_state *st, size_t a, size_t b)
{
    if (!ORDER_CUES_ANY(&st->rg->cues, "hope", "hoping"))
        return false;
    enum { HOPE_WORDS_MAX = 5 }; /* "hope | not", "i really hope you guys are | not" */
    static const char *const hopes[] = {"hope", "hoping"};
    const struct order_token *t = st->tokens;
    bool hoped = false;
    size_t p = a;
    while (p > st->b && a - p < HOPE_WORDS_MAX && t[p - 1U].kind == ORDER_TOKEN_WORD) {
        p--;
        hoped = hoped || order_tok_in(st->text, t, p, a, hopes, ORDER_WORDS_N(hopes));
    }
    if (!hoped || p == st->b || t[p - 1U].kind != ORDER_TOKEN_PUNCT)
        return false;
    for (size_t i = a; i < b; i++)
        if (t[i].kind == ORDER_TOKEN_WORD &&
            (st->rg->n_hits[i] > 0 || order_food_word(st->rd->food, st->text + t[i].off, t[i].len)))
            return false;
    return true;
}

/* Does a possessive and a word or two open the words [a, b) as the subject of a verb ("my
 * husband doesnt ...", "my kids are ...")? Someone's, told of in a sentence of its own. */
static bool attach_possessed_subject(const struct attach_state *st, size_t a, size_t b)
{
    enum { SUBJECT_WORDS_MAX = 2 };
    static const char *const verbs[] = {"is",   "are",   "doesnt", "dont", "cant",  "loves",
                                        "love", "likes", "hates",  "says", "thinks"};
    if (!order_tok_possessive(st->text, st->tokens, a, b))
        return false;
    for (size_t v = a + 2U; v < b && v <= a + 1U + SUBJECT_WORDS_MAX; v++)
        if (order_tok_in(st->text, st->tokens, v, b, verbs, ORDER_WORDS_N(verbs)))
            return true;
    return false;
}

/* Do the words [a, b) open with a person as a subject and change nothing ("we can share",
 * "she will love it", "im so hungry", "its been a long week", "my kids are starving")? A
 * sentence about who eats the dish, or about the day, with no lead of a change, no food and no
 * menu word in it. */
static bool attach_remark_of_subject(const struct attach_state *st, size_t a, size_t b)
{
    /* a subject, or a possessive opening one (attach_possessed_subject) */
    if (!ORDER_CUES_ANY(&st->rg->cues, "we", "i", "he", "she", "they", "you", "u", "im", "ive",
                        "its", "my", "our", "his", "her", "their"))
        return false;
    /* "we want it extra spicy", "its gotta be mild": a change inside is still asked */
    for (size_t p = a + 1U; p < b; p++)
        if (order_patterns_longest(&st->rd->u->modifiers, st->text, st->tokens, p, b, NULL) > 0 ||
            order_patterns_longest(&st->rd->u->modifier_starts, st->text, st->tokens, p, b, NULL) >
                0)
            return false;
    static const char *const subjects[] = {"we",  "i", "he", "she", "they",
                                           "you", "u", "im", "ive", "its"};
    return b >= a + 2U &&
           (order_tok_in(st->text, st->tokens, a, b, subjects, ORDER_WORDS_N(subjects)) ||
            attach_possessed_subject(st, a, b)) &&
           attach_changes_nothing(st, a, b);
}

/* Are [a, b) things of the table the understanding says name no dish, one or two lead words
 * perhaps before them ("extra napkins", "more forks and napkins", "napkins"), perhaps where
 * they go after them ("napkins in the bag")? Asked for with the order, they change no dish. */
static bool attach_table_things(const struct attach_state *st, size_t a, size_t b)
{
    size_t things = 0;
    for (size_t p = a; p < b; p++) {
        /* "extra napkins in (the bag), that'd be amazing": where they go, and what follows,
         * is still of the bag */
        if (things > 0 && (order_tok_is(st->text, st->tokens, p, b, "in") ||
                           order_tok_is(st->text, st->tokens, p, b, "into")))
            return true;
        if (st->tokens[p].kind != ORDER_TOKEN_WORD || attach_food_token(st, p) ||
            st->rg->n_hits[p] > 0)
            return false;
        if (order_patterns_longest(&st->rd->u->not_dish_words, st->text, st->tokens, p, p + 1U,
                                   NULL) == 1U)
            things++;
        else if (!(things == 0 && p < a + 2U) && !order_tok_is(st->text, st->tokens, p, b, "and"))
            return false; /* the lead ("extra", "add extra") first, "and" between */
    }
    return things > 0;
}

/* Are [a, b) "not the ... one(s)" right after the dish ("the SWEET potato fries not the normal
 * ones")? The customer sets the dish against another they do not mean: no change of it. */
static bool attach_not_the_other(const struct attach_state *st, size_t a, size_t b)
{
    if (!ORDER_CUES_ANY(&st->rg->cues, "not") || !ORDER_CUES_ANY(&st->rg->cues, "the") ||
        !ORDER_CUES_ANY(&st->rg->cues, "one", "ones"))
        return false;
    enum { CONTRAST_WORDS_MAX = 5 };
    static const char *const ones[] = {"one", "ones"};
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    /* "one" closes the words, or stands right after them ("not the big | one") */
    bool one = order_tok_in(text, t, b - 1U, b, ones, ORDER_WORDS_N(ones)) ||
               order_tok_in(text, t, b, st->e, ones, ORDER_WORDS_N(ones));
    return one && b >= a + 2U && b <= a + CONTRAST_WORDS_MAX &&
           order_tok_is(text, t, a, b, "not") && order_tok_is(text, t, a + 1U, b, "the");
}

/* Is [a, b) one word of coldness ("cold", "iced", "chilled") said of a dish whose name says
 * cold already ("one tea green cold" of the Iced Green Tea)? It is how the dish comes. */
static bool attach_cold_as_named(const struct attach_state *st, const struct order_thing *th,
                                 size_t a, size_t b)
{
    if (!ORDER_CUES_ANY(&st->rg->cues, "cold", "iced", "chilled", "icy"))
        return false;
    static const char *const cold[] = {"cold", "iced", "chilled", "icy"};
    if (b != a + 1U || th->item < 0 ||
        !order_tok_in(st->text, st->tokens, a, b, cold, ORDER_WORDS_N(cold)))
        return false;
    const char *name = st->rd->lex->menu->items[th->item].name;
    for (const char *w = name; *w;) {
        while (*w == ' ')
            w++;
        size_t len = strcspn(w, " ");
        for (size_t k = 0; k < ORDER_WORDS_N(cold) && len > 0; k++)
            if (strlen(cold[k]) == len && strncasecmp(w, cold[k], len) == 0)
                return true;
        w += len;
    }
    return false;
}

/* Do the words [a, b) after dish th change nothing of it: a part as it comes, what it is
 * served with, why the change before it is made, a remark on the dish, or "make it" before
 * the change that follows? */
/* Do the words [a, b) close a condition opened right before them ("if that is | not too much
 * trouble", "if its | no bother")? The politeness of asking, no change of the dish. */
static bool attach_in_condition(const char *text, const struct order_token *t, size_t a)
{
    enum { CONDITION_SUBJECT_MAX = 3 };
    static const char *const subject[] = {"that", "it", "its", "thats", "is", "was", "would", "be"};
    size_t p = a;
    while (p > 0 && a - p < CONDITION_SUBJECT_MAX &&
           order_tok_in(text, t, p - 1U, a, subject, ORDER_WORDS_N(subject)))
        p--;
    return p < a && p > 0 && order_tok_is(text, t, p - 1U, a, "if");
}

/* Are the words [a, b) where on the menu the dish stands ("from the kids menu", "off the
 * dessert menu", "on the menu")? They point at the dish, no change of it. */
static bool attach_where_on_menu(const char *text, const struct order_token *t, size_t a, size_t b)
{
    enum { MENU_PLACE_WORDS_MAX = 5 };
    static const char *const from[] = {"from", "off", "on", "in"};
    if (b <= a || b - a > MENU_PLACE_WORDS_MAX || !order_tok_is(text, t, b - 1U, b, "menu"))
        return false;
    /* the words may start before the change: "off the dessert | menu", the section a dish */
    for (size_t k = b - 1U; k >= 2U && b - k < MENU_PLACE_WORDS_MAX; k--) {
        if (t[k - 1U].kind != ORDER_TOKEN_WORD)
            return false;
        if (order_tok_is(text, t, k - 1U, b, "the"))
            return order_tok_in(text, t, k - 2U, b, from, ORDER_WORDS_N(from));
    }
    return false;
}

/* Are the words [a, b) only how much the dish is wanted ("so bad", "really badly")? A
 * craving's degree, no change of the dish. */
static bool attach_degree_of_wanting(const char *text, const struct order_token *t, size_t a,
                                     size_t b)
{
    static const char *const degrees[] = {"so", "soo", "really", "real", "very"};
    static const char *const wanting[] = {"bad", "badly"};
    return b == a + 2U && order_tok_in(text, t, a, b, degrees, ORDER_WORDS_N(degrees)) &&
           order_tok_in(text, t, a + 1U, b, wanting, ORDER_WORDS_N(wanting));
}

/* Is [a, b) "make it" / "make that (one)" before the change that follows it ("make it |
 * without the sour cream", "make it | extra saucy")? The words point at the dish, the change
 * after them says what to do. */
static bool attach_make_it_before_change(const struct attach_state *st, size_t a, size_t b)
{
    if (!ORDER_CUES_ANY(&st->rg->cues, "make"))
        return false;
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    /* "make that | one extra spicy": "that one" is the dish as "it" is */
    bool that_one =
        order_tok_is(text, t, a + 1, b, "that") && order_tok_is(text, t, b, st->e, "one");
    if (that_one)
        b++;
    return b == a + 2 + (that_one ? 1U : 0U) && order_tok_is(text, t, a, b, "make") &&
           (attach_made_object(text, t, a + 1, b) || that_one) &&
           (order_tok_is(text, t, b, st->e, "without") || order_tok_is(text, t, b, st->e, "with") ||
            order_tok_is(text, t, b, st->e, "no") || /* "make it | without the sour cream" */
            order_patterns_longest(&st->rd->u->modifier_starts, text, t, b, st->e, NULL) >
                0); /* "make it | extra saucy", "make it | less spicy" */
}

/* Is [a, b) "no" and a clause of its own after "if" / "unless" ("if no traffic holds us
 * up"): a condition on the order, nothing taken off the dish? A bare "if no onions" may
 * still be the change hoped for, so the clause must go on past its noun. */
static bool attach_condition_no(const struct attach_state *st, size_t a, size_t b)
{
    if (!ORDER_CUES_ANY(&st->rg->cues, "no") || !ORDER_CUES_ANY(&st->rg->cues, "if", "unless"))
        return false;
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    return b >= a + 3U && a > st->b && order_tok_is(text, t, a, b, "no") &&
           (order_tok_is(text, t, a - 1U, b, "if") || order_tok_is(text, t, a - 1U, b, "unless"));
}

/* Are [a, b) a remark said beside the dish rather than a change of it: what is said of it,
 * who shares it, how the customer is, what they hope, their haste, that they never had it or
 * cannot wait for it? */
static bool attach_remark_says_nothing(const struct attach_state *st, const struct order_thing *th,
                                       size_t a, size_t b)
{
    if (a == th->end && attach_remark_at(st, a, b))
        return true; /* "the truffle fries go crazy", "onion rings are amazing" */
    if (a == th->end && attach_relative_which(st, a, b))
        return true; /* "the burrito everyone is talking about" */
    if (attach_remark_after_laugh(st, a, b))
        return true; /* "6 lemonades lol big group" */
    if (attach_state_after_comma(st, a, b))
        return true; /* "a cold brew with oat milk, running late" */
    if (attach_remark_of_subject(st, a, b))
        return true; /* "sweet potato fries we can share": who eats it, no change */
    if (attach_hoped(st, a, b))
        return true; /* "a taco, hope its not too busy" */
    if (attach_haste_only(st, a, b))
        return true; /* "2 falafel wraps, urgent!!" */
    if (a == th->end && attach_never_had(st, a, b))
        return true; /* "flan never had it": why it is asked for */
    if (a == th->end && attach_eager_wait(st, a, b))
        return true; /* "a horchata cant wait!" */
    if (attach_extra_as_cost(st, a, b))
        return true; /* "or is it extra?": what it costs, no change */
    if (attach_condition_no(st, a, b))
        return true; /* "pick up at 6 if no traffic holds us up": a condition, no change */
    return false;
}

bool attach_modifier_says_nothing(const struct attach_state *st, const struct order_thing *th,
                                  size_t a, size_t b)
{
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    if (a >= b || th->mods.n == ORDER_ITEM_MODIFIERS_MAX || attach_unchanged(text, t, a, b) ||
        (th->begin == th->end && b == a + 1 && order_tok_is(text, t, a, b, "regular")) ||
        attach_rest_regular(st, th, a, b))
        return true; /* "half with no pineapple, half regular": a part as it comes, no size */
    if (attach_comes_with(st, th, a, b) || attach_cold_as_named(st, th, a, b))
        return true; /* "the apple crumble with custard", "iced tea cold": as it is served */
    if (a == th->end && attach_not_the_other(st, a, b))
        return true; /* "the sweet potato fries not the normal ones" */
    if (attach_quotes_description(st, th, a, b))
        return true; /* "roasted cauliflower tossed in buffalo hot sauce": the menu read out */
    if (attach_made_as_described(st, th, a, b) || attach_made_of(st, th, a, b))
        return true; /* "the cake soaked in milk", "a burrito of steak": how the menu makes it */
    if (attach_section_bracketed(st, th, a, b))
        return true; /* "rice & beans (sides)": the dishes' section, no change */
    if (attach_copula_asked(st, th, a, b))
        return true; /* "is the fish one spicy?": asked of the dish, no change */
    if (attach_declined_dish(st, th, a, b))
        return true; /* "2 flan.\nno churros": the churros are declined, no change of the flan */
    if (ORDER_CUES_ANY(&st->rg->cues, "yesterday", "today", "tonight", "tonite", "tomorrow",
                       "earlier", "last", "this", "next", "before", "after", "until", "till",
                       "once", "when", "while", "b4", "til", "at", "by") &&
        (attach_time_only(text, t, a, b) || attach_time_clause(text, t, a, b)))
        return true; /* "the burger she had last time", "... before we go on" */
    if (attach_table_things(st, a, b))
        return true; /* "a burrito, extra napkins": for the bag, not the dish */
    if (attach_head_slip(st, th, a, b))
        return true; /* "a truffle fried": the name's last word misspelt, no change */
    if (attach_vague_noun_after(st, th, a, b))
        return true; /* "a watermelon thingy": the dish half named, no change */
    if (a == th->end && b == a + 3U &&
        (th->begin == 0 || /* "the guac on the side": a part of another dish */
         !order_tok_is(text, t, th->begin - 1U, th->end, "the")) &&
        order_tok_is(text, t, a, b, "on") && order_tok_is(text, t, a + 1U, b, "the") &&
        order_tok_is(text, t, a + 2U, b, "side"))
        return true; /* "a mexican rice on the side": the dish itself is the side */
    if (a == th->end && b == a + 1U &&
        (order_tok_is(text, t, a, b, "there") || order_tok_is(text, t, a, b, "here")))
        return true; /* "could i get a lemonade there, ta": a word of place, said in passing */
    if (b == a + 1U && (order_tok_is(text, t, a, b, "so") || order_tok_is(text, t, a, b, "then")))
        return true; /* "she had the burger, so we'll have two": the clause's link, alone */
    static const char *const foreign_ands[] = {"y", "e", "und", "et"};
    if (b == a + 1U && b < st->e &&
        order_tok_in(text, t, a, b, foreign_ands, ORDER_WORDS_N(foreign_ands)))
        return true; /* "tamarindo y mandarina": another language's "and" between dishes */
    if (th->mods.n > 0 && attach_purpose_at(text, t, a, b))
        return true; /* "no cotija so its vegan": why, the change before being how */
    if (b == a + 2U && order_tok_is(text, t, a, b, "after") &&
        order_tok_is(text, t, a + 1U, b, "all"))
        return true; /* "the truffle fries after all": the choice made, no change */
    if (attach_purpose_infinitive(text, t, a, b))
        return true; /* "a side salad to balance it out" */
    if (attach_purpose_of_person(st, a, b))
        return true; /* "a brownie to keep us company" */
    if (attach_closing_particle(st, a, b))
        return true; /* "two onion rings like", "a mango smoothie tho" */
    if (ORDER_CUES_ANY(&st->rg->cues, "if") && attach_in_condition(text, t, a))
        return true; /* "no jam if that is not too much trouble" */
    if (ORDER_CUES_ANY(&st->rg->cues, "menu") && attach_where_on_menu(text, t, a, b))
        return true; /* "the cheese quesadilla from the kids menu" */
    if (b >= a + 2U && ORDER_CUES_ANY(&st->rg->cues, "bad", "badly") &&
        attach_degree_of_wanting(text, t, a, a + 2U) &&
        (b == a + 2U ||
         order_read_opener_grammar(st->rd, text, t, a + 2U, b, st->rg) == b - a - 2U ||
         order_patterns_longest(&st->rd->u->openers, text, t, a + 2U, b, NULL) == b - a - 2U))
        return true; /* "craving nachos so bad", "... so bad can you do me 2" */
    if (ORDER_CUES_ANY(&st->rg->cues, "allergy", "allergies", "allergic", "intolerant",
                       "intolerance", "anaphylaxis", "celiac", "coeliac") &&
        attach_health_reason(text, t, a, b))
        return true; /* "no walnuts (allergy!!)" */
    /* "no pickles on either, theyre fussy", "no cotija (shes vegan)": why, after the change */
    if (th->mods.n > 0 &&
        (attach_aside_at(text, t, a, b) || attach_aside_in_brackets(text, t, a, b)))
        return true;
    if (th->mods.n > 0 &&
        (attach_diet_in_brackets(st, a, b) || attach_reason_in_brackets(st, a, b)))
        return true; /* "no cotija (vegan pls)", "no feta (pregnant lol)" */
    if (attach_remark_says_nothing(st, th, a, b))
        return true; /* "the truffle fries go crazy", "a taco, hope its not too busy" */
    if (order_weather_said(text, t, a, b) == b - a)
        return true; /* "a mango smoothie its so hot today" */
    if (order_read_opener_grammar(st->rd, text, t, a, b, st->rg) == b - a ||
        order_patterns_longest(&st->rd->u->openers, text, t, a, b, NULL) == b - a)
        return true; /* "if you have carrot cake ill take 2": how the dish is asked for */
    return attach_make_it_before_change(st, a, b);
}
