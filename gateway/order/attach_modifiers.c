/* attach_modifiers.c — a span's modifiers (attach.c, reading.h pass 4): where the words of a
 * change to a dish start and end and what they keep ("no onions", "w/o pickles", "extra
 * mayo", "on the side", a swap, a size or a cooking degree). The words after a dish that
 * change nothing of it are told apart in attach_says_nothing.c. */
#include <stdio.h>
#include <string.h>

#include "gateway/order/attach_internal.h"

/* ---- after a span: modifiers ---- */

size_t attach_word_count(const struct order_token *t, size_t a, size_t b)
{
    size_t n = 0;
    for (size_t i = a; i < b; i++)
        n += t[i].kind == ORDER_TOKEN_WORD;
    return n;
}

/* "w/o" (tokens "w", "/", "o") or "w o": how many tokens of "without" start at i, or 0. */
size_t attach_w_slash_o(const char *text, const struct order_token *t, size_t i, size_t b)
{
    if (!order_tok_is(text, t, i, b, "w"))
        return 0;
    if (order_tok_is(text, t, i + 1, b, "o"))
        return 2;
    bool slash = i + 1 < b && t[i + 1].kind == ORDER_TOKEN_PUNCT && t[i + 1].punct == '/';
    return slash && order_tok_is(text, t, i + 2, b, "o") ? 3 : 0;
}

/* Appends the words [a, b) as one modifier: the understanding's label when a modifier or
 * size phrase covers them exactly, else the words, "w" read as "with" and "w o" as
 * "without", leading "with"/"and"/"the" and trailing "please", "too", "also", "on it"
 * dropped. */
/* Does a reason start at token i ("because", "cause", "cuz", "since")? What follows says
 * why or since when, it names nothing ordered nor a change. So is a purpose: "so" (or "so
 * that") before a subject ("so i can pretend im healthy", "so that we can share") says what
 * the dish is for, not how to make it. */
bool attach_reason_at(const char *text, const struct order_token *t, size_t i, size_t e)
{
    static const char *const reasons[] = {"because", "cause", "cuz", "coz", "bc", "since"};
    static const char *const subjects[] = {
        "i",   "we",    "he", "she", "they", "you", "u",   "my",       "our",      "his",
        "her", "their", "im", "ill", "its",  "it",  "the", "everyone", "everybody"};
    if (order_tok_is(text, t, i, e, "ever") && order_tok_is(text, t, i + 1U, e, "since"))
        return true; /* "ever since my roommate brought some home" */
    if (order_tok_is(text, t, i, e, "so")) {
        size_t s = order_tok_is(text, t, i + 1U, e, "that") ? i + 2U : i + 1U;
        if (order_tok_in(text, t, s, e, subjects, sizeof(subjects) / sizeof(*subjects)))
            return true;
    }
    return order_tok_in(text, t, i, e, reasons, sizeof(reasons) / sizeof(*reasons));
}

/* Does the run [i, e) report what was said, its verb of saying among its first words ("says
 * beer batter", "the menu says beer batter", "it said vegan")? What follows is quoted, no
 * dish asked for. */
bool attach_reported_at(const char *text, const struct order_token *t, size_t i, size_t e)
{
    enum { REPORTED_SUBJECT_WORDS_MAX = 2 };
    static const char *const saying[] = {"says", "said", "reads", "sayz"};
    for (size_t k = i; k < e && k <= i + REPORTED_SUBJECT_WORDS_MAX; k++)
        if (order_tok_in(text, t, k, e, saying, sizeof(saying) / sizeof(*saying)))
            return true;
    return false;
}

/* Appends the words of [a, b) to out (o bytes used), each after a space but the first. */
static size_t attach_put_words(const char *text, const struct order_token *t, size_t a, size_t b,
                               char *out, size_t o)
{
    for (size_t i = a; i < b; i++) {
        if (t[i].kind != ORDER_TOKEN_WORD || o + t[i].len + 2 >= ORDER_MODIFIER_BYTES_MAX)
            continue;
        if (o)
            out[o++] = ' ';
        memcpy(out + o, text + t[i].off, t[i].len);
        o += t[i].len;
    }
    out[o] = '\0';
    return o;
}

/* Does item's name or description hold every word of [a, b) (three at most; "the" and other
 * connectors aside)? */
bool attach_swap_held(const struct order_lexicon *lex, int32_t item, const char *text,
                      const struct order_token *t, size_t a, size_t b)
{
    enum { SWAP_WORDS_MAX = 3 };
    const char *words[SWAP_WORDS_MAX];
    size_t lens[SWAP_WORDS_MAX], n = 0;
    for (size_t i = a; i < b; i++) {
        if (t[i].kind != ORDER_TOKEN_WORD || order_tok_connector(text, &t[i]))
            continue;
        if (n == SWAP_WORDS_MAX)
            return false;
        words[n] = text + t[i].off;
        lens[n++] = t[i].len;
    }
    return n > 0 && order_lexicon_item_mentions(lex, item, words, lens, n) == n;
}

/* attach_swap_held, or one word the dish holds by the menu's own glossary of its names
 * ("steak": the California Burrito's carne asada is steak). */
static bool attach_swap_held_read(const struct order_reader *rd, int32_t item, const char *text,
                                  const struct order_token *t, size_t a, size_t b)
{
    if (attach_swap_held(rd->lex, item, text, t, a, b))
        return true;
    size_t w = b, n = 0;
    for (size_t i = a; i < b; i++)
        if (t[i].kind == ORDER_TOKEN_WORD && !order_tok_connector(text, &t[i])) {
            w = i;
            n++;
        }
    return n == 1 && order_read_item_holds(rd, (size_t)item, text + t[w].off, t[w].len);
}

/* "swap the rocket for lettuce", "sub the mayo with ketchup", "the slaw swapped for extra
 * lettuce": written "lettuce instead of rocket", the way the labels write a swap; when the
 * dish is known, what goes is the side it holds. Returns whether [a, b) is such a swap
 * (then out holds it). */
static bool attach_swap_text(const struct order_reader *rd, int32_t item, const char *text,
                             const struct order_token *t, size_t a, size_t b, char *out)
{
    static const char *const verbs[] = {"swap", "sub", "substitute", "switch", "change"};
    static const char *const done[] = {"swapped", "subbed", "substituted", "switched", "changed"};
    static const char *const det[] = {"the", "my", "a", "an"};
    size_t x = a, f = b;
    bool lead = order_tok_in(text, t, a, b, verbs, sizeof(verbs) / sizeof(*verbs));
    if (lead) {
        x = a + 1;
        if (order_tok_is(text, t, x, b, "out"))
            x++;
    }
    for (size_t i = x; i < b && f == b; i++)
        if (order_tok_is(text, t, i, b, "for") || order_tok_is(text, t, i, b, "with") ||
            (lead && order_tok_is(text, t, i, b, "to")))
            f = i;
    size_t xe = f;
    if (!lead) { /* "the slaw swapped for ..." */
        if (f == b || f < a + 2 ||
            !order_tok_in(text, t, f - 1, b, done, sizeof(done) / sizeof(*done)))
            return false;
        xe = f - 1;
    }
    while (x < xe && order_tok_in(text, t, x, b, det, sizeof(det) / sizeof(*det)))
        x++;
    size_t y = f + 1;
    while (y < b && order_tok_in(text, t, y, b, det, sizeof(det) / sizeof(*det)))
        y++;
    if (f == b || x >= xe || y >= b)
        return false;
    /* "sub pinto beans for the black beans" on a dish made with black beans: which of the
     * two goes is the one the dish holds, whichever side of "for" it stands on */
    size_t na = y, nb = b, ra = x, rb = xe;
    if (item >= 0 && rd && attach_swap_held_read(rd, item, text, t, y, b) &&
        !attach_swap_held_read(rd, item, text, t, x, xe)) {
        na = x, nb = xe, ra = y, rb = b;
    }
    size_t o = attach_put_words(text, t, na, nb, out, 0);
    if (o + 12 >= ORDER_MODIFIER_BYTES_MAX)
        return false;
    memcpy(out + o, " instead of", 11);
    o += 11;
    out[o] = '\0';
    attach_put_words(text, t, ra, rb, out, o);
    return true;
}

/* The label of the understanding's modifier "add" + the words [a, b) ("chicken added" is
 * what "add chicken" is), or NULL. */
static const char *attach_added_label(const struct order_understanding *u, const char *text,
                                      const struct order_token *t, size_t a, size_t b)
{
    for (size_t k = 0; k < u->modifiers.count; k++) {
        const struct order_pattern *p = &u->modifiers.items[k];
        if (p->star_at >= 0 || p->tail_any || p->n_words != b - a + 1 ||
            strcmp(p->words[0], "add") != 0)
            continue;
        bool same = true;
        for (size_t w = 1; w < p->n_words && same; w++)
            same = order_tok_is(text, t, a + w - 1, b, p->words[w]);
        if (same)
            return u->labels[p->value];
    }
    return NULL;
}

/* Is token i a sound of hesitation made of u, h and m ("um", "uhh", "hmm")? It changes no
 * dish ("fries, um": no modifier). */
static bool attach_sound_at(const char *text, const struct order_token *t, size_t i)
{
    if (t[i].kind != ORDER_TOKEN_WORD || t[i].len < 2)
        return false;
    for (size_t k = 0; k < t[i].len; k++)
        if (!strchr("uhm", text[t[i].off + k]))
            return false;
    return true;
}

/* The words opening the change [a, b) that only say the dish is served on something: "on a",
 * "in a", "on" ("on a gluten free bun", "in a lettuce wrap instead of bun": the bun, the
 * wrap is the change). None before "the" ("on the side") or a word that points ("on it"). */
static size_t attach_served_on(const char *text, const struct order_token *t, size_t a, size_t b)
{
    static const char *const preps[] = {"on", "onto", "in"};
    static const char *const pointing[] = {"the", "side", "top", "it", "them", "each", "both"};
    if (!order_tok_in(text, t, a, b, preps, sizeof(preps) / sizeof(*preps)))
        return 0;
    size_t n =
        order_tok_is(text, t, a + 1, b, "a") || order_tok_is(text, t, a + 1, b, "an") ? 2 : 1;
    if (a + n >= b || t[a + n].kind != ORDER_TOKEN_WORD ||
        order_tok_in(text, t, a + n, b, pointing, sizeof(pointing) / sizeof(*pointing)))
        return 0;
    return n;
}

/* Narrows [*a, *b) to the change itself: no reason or aside after it ("no celery because
 * celery is evil"), no joining word, sound or filler before or after it, no condition ("if
 * possible") and no "on it" / "on either" ("no pickles on either": the dish's count already
 * holds both), nor the "on a" of what the dish is served on. */
static void attach_modifier_trim(const struct attach_state *st, size_t *a, size_t *b)
{
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    for (size_t p = *a + 1; p < *b; p++)
        if (attach_reason_at(text, t, p, *b) || attach_aside_at(text, t, p, *b) ||
            (p > *a + 1 && attach_purpose_at(text, t, p, *b))) { /* "no feta to make it vegan" */
            if (p == *a + 1 && order_tok_is(text, t, *a, *b, "ever"))
                p = *a; /* "ever since ...": all of it says since when */
            *b = p; /* "no celery because celery is evil", "no anchovy she is not eating fish" */
            break;
        }
    while (*a < *b &&
           (t[*a].kind == ORDER_TOKEN_PUNCT || order_tok_is(text, t, *a, *b, "with") ||
            order_tok_is(text, t, *a, *b, "and") || order_tok_is(text, t, *a, *b, "w") ||
            order_tok_is(text, t, *a, *b, "the") || attach_sound_at(text, t, *a) ||
            order_tok_is(text, t, *a, *b, "but") ||
            /* "con extra consomé": the "with" of Spanish, which texts mix in */
            (*a + 1U < *b && order_tok_is(text, t, *a, *b, "con"))) &&
           attach_w_slash_o(text, t, *a, *b) == 0)
        (*a)++;
    size_t first = *a;
    while (first > 0 && first + 1U < *b &&
           (order_tok_is(text, t, first, *b, "a") || order_tok_is(text, t, first, *b, "an")) &&
           (order_tok_is(text, t, first - 1U, *b, "with") ||
            order_tok_is(text, t, first - 1U, *b, "w")) &&
           !order_tok_is(text, t, first + 2U, *b, "of")) /* "a splash of": a measure */
        first++; /* "with a gluten free bun": the thing it comes with, no article */
    *a = first;
    if (*b - *a >= 3 && order_tok_is(text, t, *a, *b, "do") &&
        order_tok_is(text, t, *a + 1, *b, "the"))
        *a += 2; /* "do the mayo on the side": the change is "mayo on the side" */
    for (size_t p = *a + 1; p + 1 < *b; p++)
        if (order_tok_is(text, t, p, *b, "if")) {
            *b = p; /* "sugar free if possible", "quinoa if u can": a condition, no change */
            break;
        }
    while (*b > *a &&
           (t[*b - 1].kind == ORDER_TOKEN_PUNCT || attach_sound_at(text, t, *b - 1) ||
            order_tok_is(text, t, *b - 1, *b, "please") ||
            order_tok_is(text, t, *b - 1, *b, "pls") || order_tok_is(text, t, *b - 1, *b, "plz") ||
            order_tok_is(text, t, *b - 1, *b, "too") || order_tok_is(text, t, *b - 1, *b, "also") ||
            order_tok_is(text, t, *b - 1, *b, "then") || /* "just a flan then" */
            order_tok_is(text, t, *b - 1, *b, "now") ||  /* "2 onion rings now" */
            order_tok_is(text, t, *b - 1, *b, "rn") ||   /* "right now", texted */
            order_tok_is(text, t, *b - 1, *b, "haha") ||
            order_tok_is(text, t, *b - 1, *b, "either") || /* "no tahini either": "too" */
            order_tok_is(text, t, *b - 1, *b, "oh") ||     /* "..., oh and a water" */
            order_tok_is(text, t, *b - 1, *b, "af") ||     /* "spicy af": texted "very" */
            order_tok_is(text, t, *b - 1, *b, "asf") ||
            order_tok_is(text, t, *b - 1, *b, "a") || /* "..., and also a | hot chocolate" */
            order_tok_is(text, t, *b - 1, *b, "an")))
        (*b)--;
    if (*b - *a >= 2 && order_tok_is(text, t, *b - 2, *b, "as") &&
        order_tok_is(text, t, *b - 1, *b, "well"))
        *b -= 2; /* "a lemonade as well": "too" */
    if (*b - *a >= 2 &&
        (order_tok_is(text, t, *b - 2, *b, "on") || order_tok_is(text, t, *b - 2, *b, "in")) &&
        (order_tok_is(text, t, *b - 1, *b, "it") || order_tok_is(text, t, *b - 1, *b, "them")))
        *b -= 2; /* "no onions on it" */
    if (*b - *a >= 2 && order_tok_is(text, t, *b - 1, *b, "inside"))
        *b -= 1; /* "extra fries inside": where the change goes, the dish itself */
    if (*b - *a >= 3 &&
        (order_tok_is(text, t, *b - 2, *b, "on") || order_tok_is(text, t, *b - 2, *b, "for")) &&
        (order_tok_is(text, t, *b - 1, *b, "either") || order_tok_is(text, t, *b - 1, *b, "both") ||
         order_tok_is(text, t, *b - 1, *b, "each") || order_tok_is(text, t, *b - 1, *b, "all")))
        *b -= 2; /* "no pickles on either": the dish's count already holds both */
    if (order_patterns_longest(&st->rd->u->modifiers, text, t, *a, *b, NULL) != *b - *a)
        *a += attach_served_on(text, t, *a, *b); /* "on a gf bun" is a change as it is */
}

/* Where the change of [a, b) ends before words that say which dish it goes with: "instead
 * of fries with my | beef burger", "most expensive bowl | u got". */
static size_t attach_modifier_end_before_dish(const struct attach_state *st, size_t a, size_t b)
{
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    if (b - a >= 3 && order_tok_is(text, t, b - 2, b, "with") &&
        (order_tok_is(text, t, b - 1, b, "my") || order_tok_is(text, t, b - 1, b, "our")))
        b -= 2;
    if (b - a >= 2 &&
        (order_tok_is(text, t, b - 2, b, "u") || order_tok_is(text, t, b - 2, b, "you") ||
         order_tok_is(text, t, b - 2, b, "ya")) &&
        (order_tok_is(text, t, b - 1, b, "got") || order_tok_is(text, t, b - 1, b, "have")))
        b -= 2;
    return b;
}

/* Is token p "it", "them" or "em" (how "them" is texted): what a change or a count after
 * "make" is of ("make em spicy")? */
bool attach_made_object(const char *text, const struct order_token *t, size_t p, size_t e)
{
    return order_tok_is(text, t, p, e, "it") || order_tok_is(text, t, p, e, "them") ||
           order_tok_is(text, t, p, e, "em");
}

/* Where the change [a, b) right after dish th starts past the verb closing a clause that
 * leads the dish with "whatever" or "whichever" ("whatever the chickpea salad is | but no
 * olives"): the verb names the dish, the change is what follows it. */
static size_t attach_after_free_relative(const struct attach_state *st,
                                         const struct order_thing *th, size_t a, size_t b)
{
    enum { RELATIVE_LEAD_BACK = 3 };
    static const char *const verbs[] = {"is", "are", "was"};
    static const char *const leads[] = {"whatever", "whichever"};
    static const char *const joins[] = {"but", "and", "with", "w"};
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    if (a != th->end || !order_tok_in(text, t, a, b, verbs, sizeof(verbs) / sizeof(*verbs)))
        return a;
    bool led = false;
    for (size_t p = th->begin; p > st->b && p + RELATIVE_LEAD_BACK > th->begin && !led; p--)
        led = order_tok_in(text, t, p - 1U, th->begin, leads, sizeof(leads) / sizeof(*leads));
    if (!led)
        return a;
    a++;
    while (a < b && (t[a].kind == ORDER_TOKEN_PUNCT ||
                     order_tok_in(text, t, a, b, joins, sizeof(joins) / sizeof(*joins))))
        a++;
    return a;
}

/* Where the change starts after a verb of making that leads it: "make it without the sour
 * cream" ("without the sour cream"), "make it vegan" ("vegan"), "made spicy" ("spicy"). */
static size_t attach_modifier_after_verb(const struct attach_state *st, size_t a, size_t b)
{
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    bool make_it = order_tok_is(text, t, a, b, "make") && attach_made_object(text, t, a + 1, b);
    if (make_it && b - a >= 3)
        return a + 2;
    /* "make that one vegan": "that one" is the dish, as "it" is; the change, read apart
     * from "make that", starts after "one" */
    if (b - a >= 2 && a >= st->b + 2U && order_tok_is(text, t, a, b, "one") &&
        order_tok_is(text, t, a - 1U, b, "that") && order_tok_is(text, t, a - 2U, b, "make"))
        return a + 1;
    if (b - a >= 2 && order_tok_is(text, t, a, b, "made") &&
        !order_tok_is(text, t, a + 1, b, "with") && !order_tok_is(text, t, a + 1, b, "without"))
        return a + 1;
    return a;
}

/* The word token *i of a change is written as (its length in *wl), as texted words are
 * spelt out ("w" "with", "xtra" "extra", "w/o" "no" first and "without" after, "med rare"
 * "medium rare"); NULL when it is left out ("made vegan": the diet; "served on the side").
 * A word of several tokens moves *i to its last. */
static const char *attach_modifier_word(const struct attach_state *st, size_t *i, size_t a,
                                        size_t b, bool first, size_t *wl)
{
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    size_t k = *i;
    size_t wo = attach_w_slash_o(text, t, k, b);
    *wl = t[k].len;
    if (wo > 0) { /* "w/o pickles" leading: "no pickles", as "without pickles" reads */
        *i += wo - 1;
        *wl = first ? 2 : 7;
        return first ? "no" : "without";
    }
    if (order_token_is(text, &t[k], "w") || order_token_is(text, &t[k], "wt"))
        return *wl = 4, "with";
    if (order_token_is(text, &t[k], "wo"))
        return *wl = 7, "without";
    /* "with not mayo": without it, as "with no mayo"; not "with not too much sauce", a
     * degree of it */
    static const char *const degrees[] = {"too", "so", "very", "much", "that", "as", "a", "enough"};
    if (k > 0 && order_token_is(text, &t[k], "not") && order_token_is(text, &t[k - 1], "with") &&
        !order_tok_in(text, t, k + 1, b, degrees, sizeof(degrees) / sizeof(*degrees)))
        return *wl = 2, "no";
    if (order_token_is(text, &t[k], "xtra") || order_token_is(text, &t[k], "xtr"))
        return *wl = 5, "extra"; /* as texted */
    if (order_token_is(text, &t[k], "med") &&
        (order_tok_is(text, t, k + 1, b, "rare") || order_tok_is(text, t, k + 1, b, "well") ||
         (k > a && order_tok_is(text, t, k - 1, b, "cooked"))))
        return *wl = 6, "medium"; /* "cooked med rare": the doneness */
    if (k == a && k + 1 < b && order_token_is(text, &t[k], "made") &&
        order_patterns_longest(&st->rd->u->diet_cues, text, t, k + 1, b, NULL) == b - k - 1)
        return NULL; /* "made vegan": the diet */
    if (order_token_is(text, &t[k], "served") && order_tok_is(text, t, k + 1, b, "on") &&
        order_tok_is(text, t, k + 2, b, "the") && order_tok_is(text, t, k + 3, b, "side") && k > a)
        return NULL; /* "the dressing served on the side" is the dressing on the side */
    if (order_token_is(text, &t[k], "served") && order_tok_is(text, t, k + 1, b, "separately") &&
        k > a)
        return NULL; /* "the custard served separately" */
    if (order_token_is(text, &t[k], "separately") && k > a && k + 1 == b)
        return *wl = 11, "on the side"; /* what is apart from the dish is on its side */
    return text + t[k].off;
}

/* Adds out to th's changes unless it already has it. */
static void attach_modifier_keep(struct order_thing *th, const char *out)
{
    for (size_t m = 0; m < th->mods.n; m++)
        if (strcmp(th->mods.text[m], out) == 0)
            return;
    th->mods.n += out[0] != '\0';
}

/* The words [a, b) change dish th: they become one modifier of it, in the understanding's
 * label where it has one, else as written with texted words spelt out. */
/* Does the change at a stand in parentheses right after a diet ("vegan (no cotija)", "made
 * vegan (so no cheese)"), leading with "no", "without" or "hold"? It says how the dish is made so:
 * the change is the order, the diet before it only its reason. */
static bool attach_diet_spelt_out(const struct attach_state *st, size_t a, size_t b)
{
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    enum { DIET_WORDS_MAX = 3 };
    if (!(order_tok_is(text, t, a, b, "no") || order_tok_is(text, t, a, b, "without") ||
          order_tok_is(text, t, a, b, "hold") || attach_w_slash_o(text, t, a, b) > 0))
        return false; /* "hold the cotija" takes it off as "no" does */
    size_t p = a > st->b && order_tok_is(text, t, a - 1U, b, "so") ? a - 1U : a;
    if (p < st->b + 2U || t[p - 1U].kind != ORDER_TOKEN_PUNCT || t[p - 1U].punct != '(')
        return false;
    size_t d = p - 1U;
    /* "make it vegan pls (no cotija)": a word of asking between them asks, no more */
    static const char *const polite[] = {"please", "pls", "plz", "thanks"};
    while (d > st->b + 1U &&
           order_tok_in(text, t, d - 1U, d, polite, sizeof(polite) / sizeof(*polite)))
        d--;
    for (size_t k = d - 1U; k + DIET_WORDS_MAX >= d && k >= st->b; k--) {
        if (order_patterns_longest(&st->rd->u->diet_cues, text, t, k, d, NULL) == d - k)
            return st->rg->roles[k] == ORDER_ROLE_MODIFIER; /* not "the vegan burger (no ...)" */
        if (k == 0)
            break;
    }
    return false;
}

/* Is the change at a, leading with "no", spelt out right after "plain", the dish's last
 * change, with only a bracket or a comma between ("one plain (no sauce, no salad)", "(plain,
 * no cheese)")? "plain" said what the changes then say: they are the order. */
static bool attach_plain_spelt_out(const struct attach_state *st, const struct order_thing *th,
                                   size_t a, size_t b)
{
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    if (th->mods.n == 0 || strcmp(th->mods.text[th->mods.n - 1U], "plain") != 0 ||
        !(order_tok_is(text, t, a, b, "no") || order_tok_is(text, t, a, b, "without")))
        return false;
    size_t k = a;
    while (k > st->b && t[k - 1U].kind == ORDER_TOKEN_PUNCT &&
           (t[k - 1U].punct == '(' || t[k - 1U].punct == ','))
        k--;
    return k < a && k > st->b && order_tok_is(text, t, k - 1U, b, "plain");
}

/* "tortilla of flour": a change of two words joined by "of" that the menu writes the other
 * way round ("flour tortilla"), as a customer whose own language puts the noun first writes
 * it. The menu's order is written to out (ORDER_MODIFIER_BYTES_MAX bytes). */
static bool attach_menu_order_of(const struct attach_state *st, size_t a, size_t b, char *out)
{
    const struct order_token *t = st->tokens;
    const struct order_lexicon *lx = st->rd->lex;
    if (b != a + 3 || !order_tok_is(st->text, t, a + 1, b, "of") || t[a].kind != ORDER_TOKEN_WORD ||
        t[a + 2].kind != ORDER_TOKEN_WORD || !lx->item_text ||
        t[a].len + t[a + 2].len + 2 > ORDER_MODIFIER_BYTES_MAX)
        return false;
    snprintf(out, ORDER_MODIFIER_BYTES_MAX, "%.*s %.*s", (int)t[a + 2].len, st->text + t[a + 2].off,
             (int)t[a].len, st->text + t[a].off);
    for (size_t it = 0; it < lx->menu->count; it++)
        if (lx->item_text[it] && attach_text_has_phrase(lx->item_text[it], out))
            return true;
    return false;
}

/* Is w[0..len) one of the space-separated words of s[0..n)? */
static bool attach_has_word(const char *s, size_t n, const char *w, size_t len)
{
    for (size_t i = 0; i + len <= n; i++)
        if ((i == 0 || s[i - 1] == ' ') && (i + len == n || s[i + len] == ' ') &&
            memcmp(s + i, w, len) == 0)
            return true;
    return false;
}

/* Is the change [a, b) a lead word and one word that is no food ("extra hot"), the word
 * dropped by its understanding label yet held by dish th's own name or description ("extra
 * hot" of the wrap in "buffalo hot sauce", where the label is "extra spicy")? Then it asks
 * for more of that part of the dish, in the customer's words. */
static bool attach_names_own_part(const struct attach_state *st, const struct order_thing *th,
                                  size_t a, size_t b, const char *label)
{
    const struct order_token *w = &st->tokens[a + 1U];
    const char *word = st->text + w->off;
    size_t len = w->len;
    if (th->item < 0 || b != a + 2U || w->kind != ORDER_TOKEN_WORD ||
        order_patterns_longest(&st->rd->u->modifier_zone_starts, st->text, st->tokens, a, a + 1U,
                               NULL) != 1 ||
        order_food_word(st->rd->food, word, len) ||
        attach_has_word(label, strlen(label), word, len))
        return false;
    return order_lexicon_item_mentions(st->rd->lex, th->item, &word, &len, 1) == 1;
}

/* Is the change [a, b) of dish th as a whole one of the understanding's changes or sizes, and
 * no more of a part the dish names itself? Then its label is written to out
 * (ORDER_MODIFIER_BYTES_MAX bytes). */
static bool attach_modifier_label(const struct attach_state *st, const struct order_thing *th,
                                  size_t a, size_t b, char *out)
{
    const struct order_understanding *u = st->rd->u;
    const struct order_patterns *lists[2] = {&u->modifiers, &u->sizes};
    size_t which;
    for (size_t l = 0; l < 2; l++)
        if (order_patterns_longest(lists[l], st->text, st->tokens, a, b, &which) == b - a) {
            const char *label = u->labels[lists[l]->items[which].value];
            if (attach_names_own_part(st, th, a, b, label))
                return false;
            snprintf(out, ORDER_MODIFIER_BYTES_MAX, "%s", label);
            return true;
        }
    return false;
}

/* Does the piece [a, b) of two or more words end in a word of degree after the part it
 * measures ("dressing light", "sauce heavy", "mayo extra")? Said after a dish, that is how
 * much of its part, no dish of its own. */
bool attach_degree_after(const struct attach_state *st, size_t a, size_t b)
{
    static const char *const degrees[] = {"light", "lite", "heavy", "extra"};
    size_t last = b;
    while (last > a && st->tokens[last - 1U].kind == ORDER_TOKEN_PUNCT)
        last--;
    return last >= a + 2U && order_tok_in(st->text, st->tokens, last - 1U, b, degrees,
                                          sizeof(degrees) / sizeof(*degrees));
}

/* "dressing light" (two words, the degree after its part): written "light dressing", as the
 * understanding writes a degree. False for any other piece. */
static bool attach_degree_first(const struct attach_state *st, size_t a, size_t b, char *out)
{
    const struct order_token *t = st->tokens;
    if (b != a + 2U || t[a].kind != ORDER_TOKEN_WORD || !attach_degree_after(st, a, b))
        return false;
    snprintf(out, ORDER_MODIFIER_BYTES_MAX, "%.*s %.*s", (int)t[a + 1U].len,
             st->text + t[a + 1U].off, (int)t[a].len, st->text + t[a].off);
    return true;
}

/* Is the change [a, b) a bare part (one or two words, no lead of its own) joined by
 * "and"/"&" to another that ends in "on the side" ("with onion & cilantro on the side")?
 * "on the side" is said of both; "extra tahini and hummus on the side" has its lead. */
static bool attach_side_shared(const struct attach_state *st, size_t a, size_t b)
{
    enum { SHARED_WORDS_MAX = 2, NEXT_WORDS_MAX = 3 };
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    if (b <= a || b - a > SHARED_WORDS_MAX ||
        order_patterns_longest(&st->rd->u->modifier_starts, text, t, a, b, NULL) > 0)
        return false;
    for (size_t i = a; i < b; i++)
        if (t[i].kind != ORDER_TOKEN_WORD ||
            !(st->rg->n_hits[i] > 0 || order_food_word(st->rd->food, text + t[i].off, t[i].len)))
            return false; /* foods: "onion", "cilantro" */
    size_t j = b;
    if (!(order_tok_is(text, t, j, st->e, "and") ||
          (j < st->e && t[j].kind == ORDER_TOKEN_PUNCT && t[j].punct == '&')))
        return false;
    for (size_t k = j + 2U; k <= j + 1U + NEXT_WORDS_MAX && k + 2U < st->e; k++)
        if (order_tok_is(text, t, k, st->e, "on") && order_tok_is(text, t, k + 1U, st->e, "the") &&
            order_tok_is(text, t, k + 2U, st->e, "side"))
            return true;
    return false;
}

/* Keeps the words [a, b) as the change "<words> on the side". */
static void attach_keep_on_side(struct attach_state *st, struct order_thing *th, size_t a, size_t b)
{
    char *out = th->mods.text[th->mods.n];
    size_t o = 0;
    for (size_t i = a; i < b; i++) {
        size_t wl;
        const char *w = attach_modifier_word(st, &i, a, b, o == 0, &wl);
        if (!w || o + wl + 2 >= ORDER_MODIFIER_BYTES_MAX)
            continue;
        if (o)
            out[o++] = ' ';
        memcpy(out + o, w, wl);
        o += wl;
    }
    if (o == 0 || o + sizeof(" on the side") > ORDER_MODIFIER_BYTES_MAX)
        return;
    memcpy(out + o, " on the side", sizeof(" on the side"));
    attach_modifier_keep(th, out);
}

/* The article and unit of a portion right after "add" or "with" that opens [a, b) ("add a
 * slice of cheddar": "a slice of"), how many tokens; 0 when none. The change is the part. */
static size_t attach_portion_after_add(const struct attach_state *st, size_t a, size_t b)
{
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    if (b < a + 4U ||
        !(order_tok_is(text, t, a, b, "add") || order_tok_is(text, t, a, b, "with")) ||
        !(order_tok_is(text, t, a + 1U, b, "a") || order_tok_is(text, t, a + 1U, b, "an")))
        return 0;
    size_t unit = order_patterns_longest(&st->rd->u->quantity_units, text, t, a + 2U, b, NULL);
    return unit > 1U && a + 2U + unit < b ? 1U + unit : 0; /* a unit and "of", not "of" alone */
}

/* Where the change th was given last starts, when [a, b) only completes it ("with oat milk
 * | instead of dairy", "with cheese | added") and follows it with no break: the two are one
 * change, read again from there. a when there is none. */
static size_t attach_change_completed(const struct attach_state *st, const struct order_thing *th,
                                      size_t a, size_t b)
{
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    bool instead = order_tok_is(text, t, a, b, "instead") && order_tok_is(text, t, a + 1U, b, "of");
    bool added = b == a + 1U && order_tok_is(text, t, a, b, "added");
    if (th->mods.n == 0 || !(instead || added) || a <= st->b ||
        t[a - 1U].kind != ORDER_TOKEN_WORD || st->rg->roles[a - 1U] != ORDER_ROLE_MODIFIER)
        return a;
    size_t p = a;
    while (p > st->b && t[p - 1U].kind == ORDER_TOKEN_WORD &&
           st->rg->roles[p - 1U] == ORDER_ROLE_MODIFIER)
        p--;
    return p;
}

/* Where the part served on the side starts in a removal that runs on into it, with no
 * separator: "no croutons | dressing on side". The removal leads with "no" and ends in a
 * plural food noun; the part is the one word before "on". 0 when the piece is no such
 * pair. */
static size_t attach_side_after_removal(const struct attach_state *st, size_t a, size_t b)
{
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    size_t on = b >= 3U && order_tok_is(text, t, b - 3U, b, "on") &&
                        order_tok_is(text, t, b - 2U, b, "the") &&
                        order_tok_is(text, t, b - 1U, b, "side")
                    ? b - 3U
                : b >= 2U && order_tok_is(text, t, b - 2U, b, "on") &&
                        order_tok_is(text, t, b - 1U, b, "side")
                    ? b - 2U
                    : 0;
    if (on < a + 3U || !order_tok_is(text, t, a, b, "no"))
        return 0;
    for (size_t i = a + 1U; i < on; i++)
        if (t[i].kind != ORDER_TOKEN_WORD || order_tok_is(text, t, i, b, "and") ||
            order_tok_is(text, t, i, b, "with"))
            return 0;
    /* the removal ends in a food noun, no word that describes the part ("no hot sauce on
     * the side" is one part) */
    /* a plural noun ends the removal: a noun before another in one part is singular ("garlic
     * mayo", "chilli sauce"), so "croutons dressing" is two parts */
    const struct order_token *last = &t[on - 2U];
    const char *w = text + last->off;
    bool plural = last->len >= 4U && w[last->len - 1U] == 's' && w[last->len - 2U] != 's';
    if (!plural || order_dictionary_has(st->rd->lex->adjectives, w, last->len) ||
        !(st->rg->n_hits[on - 2U] > 0 || order_food_word(st->rd->food, w, last->len)))
        return 0;
    return on - 1U;
}

/* Is the change [a, b) a removal ("no bun", "without the bun") that the understanding writes
 * as what comes in its place (label: "lettuce wrap"), with the customer naming that
 * replacement right after it ("no bun, lettuce wrap instead")? Then the removal keeps its own
 * words: with the replacement said after it, the two read as one swap ("lettuce wrap instead
 * of bun"), the label would say the replacement twice. */
static bool attach_removal_named_after(const struct attach_state *st, size_t a, size_t b,
                                       const char *label)
{
    static const char *const removals[] = {"no", "without", "hold"};
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    if (b < a + 2U || t[b - 1U].kind != ORDER_TOKEN_WORD ||
        !order_tok_in(text, t, a, b, removals, sizeof(removals) / sizeof(*removals)) ||
        attach_has_word(label, strlen(label), text + t[b - 1U].off, t[b - 1U].len))
        return false; /* a removal the label names itself ("no onion": "no onions") */
    size_t i = b;
    while (i < st->e && t[i].kind == ORDER_TOKEN_PUNCT)
        i++;
    for (const char *p = label; *p;) {
        const char *sp = strchr(p, ' ');
        size_t l = sp ? (size_t)(sp - p) : strlen(p);
        if (i >= st->e || t[i].kind != ORDER_TOKEN_WORD || t[i].len != l ||
            memcmp(text + t[i].off, p, l) != 0)
            return false;
        i++;
        p = sp ? sp + 1 : p + l;
    }
    return true;
}

/* The tokens of a negated verb of putting at [a, b) ("no put", "dont put", "do not add",
 * "don't include") or, when a is that verb, of the negation right before it in the clause
 * ("dont | add the tahini"), with a "the" or "any" after the verb. The verb only says how a
 * part would come onto the dish; the change is its removal, "no tahini sauce". Returns 0
 * when there is none. */
static size_t attach_negated_putting(const struct attach_state *st, size_t a, size_t b)
{
    static const char *const putting[] = {"put", "add", "include", "putting", "adding"};
    static const char *const negations[] = {"no", "dont", "never"};
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    size_t n = sizeof(negations) / sizeof(*negations);
    size_t v = order_tok_in(text, t, a, b, negations, n) ? a + 1U
               : order_tok_is(text, t, a, b, "do") && order_tok_is(text, t, a + 1U, b, "not")
                   ? a + 2U
                   : a;
    if (v == a) {
        /* the negation just before the change: "dont" or "do not" */
        bool neg = a > st->b && order_tok_in(text, t, a - 1U, a, negations + 1, n - 1U);
        neg = neg || (a > st->b + 1U && order_tok_is(text, t, a - 2U, a, "do") &&
                      order_tok_is(text, t, a - 1U, a, "not"));
        if (!neg)
            return 0;
    }
    if (!order_tok_in(text, t, v, b, putting, sizeof(putting) / sizeof(*putting)))
        return 0;
    size_t w = v + 1U;
    if (w + 1U < b && (order_tok_is(text, t, w, b, "the") || order_tok_is(text, t, w, b, "any")))
        w++;
    return w < b && t[w].kind == ORDER_TOKEN_WORD ? w - a : 0;
}

/* Does the change [a, b), with no lead of its own, follow a removal of dish th joined by "and
 * the" ("hold the cotija and the sour cream")? The article said again repeats the one after
 * the removal's verb: the part is taken off too. */
static bool attach_removal_goes_on(const struct attach_state *st, const struct order_thing *th,
                                   size_t a, size_t b)
{
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    size_t the = order_tok_is(text, t, a, b, "the")                     ? a
                 : a > st->b && order_tok_is(text, t, a - 1U, b, "the") ? a - 1U
                                                                        : b;
    size_t from = the == a ? a + 1U : a;
    if (the == b || from >= b || the < st->b + 2U || th->mods.n == 0 ||
        strncmp(th->mods.text[th->mods.n - 1U], "no ", 3) != 0 ||
        !order_tok_is(text, t, the - 1U, b, "and") ||
        st->rg->roles[the - 2U] != ORDER_ROLE_MODIFIER ||
        order_patterns_longest(&st->rd->u->modifier_starts, text, t, from, b, NULL) > 0)
        return false;
    /* the part alone: "and the guac on the side" or "and the hummus swapped for tzatziki"
     * says something else of it */
    char phrase[ORDER_PHRASE_BYTES_MAX];
    size_t o = order_words_join(text, t, from, b, phrase, sizeof(phrase));
    if (o > 0 && order_food_entry(st->rd->food, phrase, o))
        return true;
    for (size_t i = from; i < b; i++)
        if (t[i].kind != ORDER_TOKEN_WORD ||
            !order_food_word(st->rd->food, text + t[i].off, t[i].len))
            return false;
    return true;
}

/* Writes the change [a, b) of dish th as the labels write changes: the understanding's label
 * when it knows one, a negation as "no ...", "added" as "add ...", else the words as said.
 * added: the words were followed by "added" that no label names. */
static void attach_modifier_write(struct attach_state *st, struct order_thing *th, size_t a,
                                  size_t b, bool added)
{
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    char *out = th->mods.text[th->mods.n];
    size_t o = 0;
    /* "just hold the cotija", "just no onions": "just" asks for little, it is no part of the
     * removal */
    static const char *const removals[] = {"no", "hold", "without", "skip"};
    if (a + 2U < b && order_tok_is(text, t, a, b, "just") &&
        order_tok_in(text, t, a + 1U, b, removals, sizeof(removals) / sizeof(*removals)))
        a++;
    size_t neg = order_read_negated_wanting(text, t, a, b);
    if (neg > 0 && a + neg < b) { /* "dont want onions": "no onions" */
        a += neg;
        if (order_tok_is(text, t, a, b, "the") || order_tok_is(text, t, a, b, "any"))
            a++;
        o = (size_t)snprintf(out, ORDER_MODIFIER_BYTES_MAX, "no");
    }
    size_t putting = o == 0 ? attach_negated_putting(st, a, b) : 0;
    if (putting > 0) { /* "no put the tahini sauce": "no tahini sauce" */
        a += putting;
        o = (size_t)snprintf(out, ORDER_MODIFIER_BYTES_MAX, "no");
    }
    if (o == 0 && attach_removal_goes_on(st, th, a, b)) { /* "... and the sour cream" */
        a += order_tok_is(text, t, a, b, "the") ? 1U : 0U;
        o = (size_t)snprintf(out, ORDER_MODIFIER_BYTES_MAX, "no");
    }
    if (o == 0 && added && !order_tok_is(text, t, a, b, "add"))
        o = (size_t)snprintf(out, ORDER_MODIFIER_BYTES_MAX, "add");
    if (o == 0 && attach_modifier_label(st, th, a, b, out) &&
        !attach_removal_named_after(st, a, b, out)) {
        th->mods.n++;
        return;
    }
    if (o == 0 && attach_menu_order_of(st, a, b, out)) {
        attach_modifier_keep(th, out);
        return;
    }
    if (o == 0 && attach_swap_text(st->rd, th->item, text, t, a, b, out)) {
        attach_modifier_keep(th, out);
        return;
    }
    if (o == 0 && attach_degree_first(st, a, b, out)) {
        attach_modifier_keep(th, out);
        return;
    }
    if (o == 0 && attach_left_off(st, &a, &b))
        o = (size_t)snprintf(out, ORDER_MODIFIER_BYTES_MAX, "no");
    /* "without rocket", "hold the sour cream", "sin cebolla": "no rocket", "no sour cream",
     * as the labels of the understanding write what they know */
    size_t lead = order_tok_is(text, t, a, b, "without") || order_tok_is(text, t, a, b, "hold") ||
                          order_tok_is(text, t, a, b, "sin")
                      ? 1
                      : attach_w_slash_o(text, t, a, b); /* "w/o the cotija" */
    if (o == 0 && lead > 0 && a + lead < b) {
        a += lead;
        if (a + 1 < b && (order_tok_is(text, t, a, b, "the") || order_tok_is(text, t, a, b, "any")))
            a++;
        o = (size_t)snprintf(out, ORDER_MODIFIER_BYTES_MAX, "no");
    }
    /* "light on the ranch", "easy on the rice": "light ranch", as the labels write less of
     * a part */
    if (o == 0 && a + 2 < b &&
        (order_tok_is(text, t, a, b, "light") || order_tok_is(text, t, a, b, "easy")) &&
        order_tok_is(text, t, a + 1, b, "on")) {
        a += order_tok_is(text, t, a + 2, b, "the") && a + 3 < b ? 3 : 2;
        o = (size_t)snprintf(out, ORDER_MODIFIER_BYTES_MAX, "light");
    }
    size_t portion = attach_portion_after_add(st, a, b);
    for (size_t i = a; i < b; i++) {
        size_t wl;
        if (portion > 0 && i == a + 1U) {
            i += portion - 1U; /* "add a slice of cheddar": "add cheddar" */
            continue;
        }
        const char *w =
            t[i].kind == ORDER_TOKEN_WORD ? attach_modifier_word(st, &i, a, b, o == 0, &wl) : NULL;
        if (!w)
            continue;
        if (o + wl + 2 >= ORDER_MODIFIER_BYTES_MAX)
            break;
        if (o)
            out[o++] = ' ';
        memcpy(out + o, w, wl);
        o += wl;
    }
    out[o] = '\0';
    if (o > 8 && strcmp(out + o - 8, " on side") == 0 && o + 4 < ORDER_MODIFIER_BYTES_MAX)
        memcpy(out + o - 4, "the side", 9); /* "dressing on side": "on the side" */
    /* "with a fried egg on top", "whipped cream on top": a part put on a dish goes on top of
     * it; the words say where, which the part alone says already */
    if (o > 7 && strcmp(out + o - 7, " on top") == 0)
        out[o - 7] = '\0';
    attach_modifier_keep(th, out);
}

/* Do words that call a change off ("never mind", "nvm", "forget", "scratch"), maybe with
 * "the", end right before token a: "no pickles... never mind the no pickles"? */
static bool attach_change_called_off(const struct attach_state *st, size_t a)
{
    static const char *const off[] = {"nvm", "nevermind", "forget", "scratch"};
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    if (a > st->b && order_tok_is(text, t, a - 1U, a, "the"))
        a--;
    if (a <= st->b)
        return false;
    if (order_tok_in(text, t, a - 1U, a, off, sizeof(off) / sizeof(*off)))
        return true;
    return a >= st->b + 2U && order_tok_is(text, t, a - 1U, a, "mind") &&
           order_tok_is(text, t, a - 2U, a, "never");
}

void attach_add_modifier(struct attach_state *st, struct order_thing *th, size_t a, size_t b)
{
    const struct order_understanding *u = st->rd->u;
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    size_t from = attach_change_completed(st, th, a, b);
    if (from < a) {
        th->mods.n--; /* read with the words it completes */
        a = from;
    }
    memset(st->rg->roles + a, ORDER_ROLE_MODIFIER, b - a);
    attach_modifier_trim(st, &a, &b);
    size_t side = attach_side_after_removal(st, a, b);
    if (side > 0 && th->mods.n + 1U < ORDER_ITEM_MODIFIERS_MAX) {
        attach_add_modifier(st, th, a, side); /* "no croutons" */
        attach_add_modifier(st, th, side, b); /* "dressing on the side" */
        return;
    }
    if (th->mods.n < ORDER_ITEM_MODIFIERS_MAX && attach_side_shared(st, a, b)) {
        attach_keep_on_side(st, th, a, b); /* "w/ onion & cilantro on the side" */
        return;
    }
    if (th->mods.n > 0 && (attach_diet_spelt_out(st, a, b) || attach_plain_spelt_out(st, th, a, b)))
        th->mods.n--; /* "vegan (no cotija)": the change in its place */
    bool added = false;
    if (b - a >= 2 && order_tok_is(text, t, b - 1, b, "added")) {
        b--; /* "chicken added": the understanding's "add chicken" when it has one */
        const char *label = attach_added_label(u, text, t, a, b);
        if (label && th->mods.n < ORDER_ITEM_MODIFIERS_MAX) {
            snprintf(th->mods.text[th->mods.n++], ORDER_MODIFIER_BYTES_MAX, "%s", label);
            return;
        }
        added = true; /* else written "add rice", as the change is said the other way */
    }
    b = attach_modifier_end_before_dish(st, a, b);
    a = attach_after_free_relative(st, th, a, b);
    if (attach_modifier_says_nothing(st, th, a, b))
        return;
    size_t had = th->mods.n;
    bool called_off = attach_change_called_off(st, a);
    /* "keep the onions" whose "keep the" was read before the change's words */
    size_t k = a > st->b && order_tok_is(text, t, a - 1U, a, "the") ? a - 1U : a;
    bool kept = k > st->b && (order_tok_is(text, t, k - 1U, a, "keep") ||
                              order_tok_is(text, t, k - 1U, a, "leave"));
    attach_modifier_write(st, th, attach_modifier_after_verb(st, a, b), b, added);
    if (called_off && th->mods.n == had + 1U) {
        /* "never mind the no pickles": the change named is taken back, not asked twice */
        const char *now = th->mods.text[had];
        uint8_t kept = 0;
        for (uint8_t m = 0; m < had; m++) {
            if (strcmp(th->mods.text[m], now) == 0)
                continue;
            if (kept != m)
                memcpy(th->mods.text[kept], th->mods.text[m], sizeof(th->mods.text[m]));
            kept++;
        }
        if (kept < had) {
            th->mods.n = kept;
            return;
        }
    }
    if (th->mods.n == had + 1U && attach_drop_kept_part(th, kept))
        return;
    if (th->mods.n == had + 1U && attach_corrected_before(st, a))
        attach_drop_changed_part(th);
}

bool attach_has_instead(const struct attach_state *st, size_t a, size_t b)
{
    for (size_t i = a; i < b; i++)
        if (order_tok_is(st->text, st->tokens, i, b, "instead"))
            return true;
    return false;
}

/* Does the piece [a, b) read as a modifier by its form: a lead word first ("no", "extra",
 * "hold", "cooked"), a modifier or size phrase, or "on the side" at its end? */
bool attach_modifier_form(const struct attach_state *st, size_t a, size_t b)
{
    const struct order_understanding *u = st->rd->u;
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    for (size_t i = a; i < b; i++) /* "lettuce wrap instead", "rice instead of beans" */
        if (order_tok_is(text, t, i, b, "instead"))
            return true;
    if (order_patterns_longest(&u->modifier_starts, text, t, a, b, NULL) > 0 ||
        order_patterns_longest(&u->modifiers, text, t, a, b, NULL) > 0 ||
        order_patterns_longest(&u->sizes, text, t, a, b, NULL) > 0)
        return true;
    return b - a >= 3 && order_tok_is(text, t, b - 3, b, "on") &&
           order_tok_is(text, t, b - 2, b, "the") && order_tok_is(text, t, b - 1, b, "side") &&
           !order_read_joined_side_dish(st->rd, text, t, a, b - 3); /* "and garlic bread" */
}

/* Does a modifier's lead stand at p ("no", "extra", "with", "w/", "without"), or one word of
 * a modifier alone ("plain.")? After a count in a clause of its own it makes the count a part
 * of the dish before ("1 w/o pickles", "one plain"). */
bool attach_modifier_lead_at(const struct attach_state *st, size_t p, size_t end)
{
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    /* "one plain.", "other normal,": one word of a modifier alone, then a separator */
    bool alone =
        p < end && t[p].kind == ORDER_TOKEN_WORD &&
        (p + 1 == end || t[p + 1].kind == ORDER_TOKEN_PUNCT) &&
        (order_patterns_longest(&st->rd->u->modifier_starts, text, t, p, p + 1, NULL) == 1 ||
         order_patterns_longest(&st->rd->u->sizes, text, t, p, p + 1, NULL) == 1);
    return alone ||
           (p < end &&
            (order_tok_is(text, t, p, end, "with") || order_tok_is(text, t, p, end, "without") ||
             /* "w/", or "w" texted for "with" before a word: "2 w custard" */
             (order_tok_is(text, t, p, end, "w") && p + 1 < end &&
              ((t[p + 1].kind == ORDER_TOKEN_PUNCT && t[p + 1].punct == '/') ||
               t[p + 1].kind == ORDER_TOKEN_WORD)) ||
             order_patterns_longest(&st->rd->u->modifier_zone_starts, text, t, p, end, NULL) > 0));
}
