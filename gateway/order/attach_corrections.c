/* attach_corrections.c — what changes the dishes already read (attach.c, reading.h pass 4):
 * a correction ("actually no the cauliflower one"), swaps ("pinto beans instead of black",
 * "no ranch, sub hummus", "make one of them the black bean burger"), a dish named again or
 * in apposition ("the buffalo cauliflower thing, the wrap"), "the burgers" after their
 * count, alternatives ("otherwise the strawberry one"), the customer's own dish, "the
 * other", unit words the menu lacks, and parts of a dish asked more of or on the side. */
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "gateway/order/attach_internal.h"

/* "one wrap please ... actually no the cauliflower one", "Lemonade. Make it 2. no wait 1
 * lemonade": a clause that opens with a correction ("actually", "no wait", "I mean") replaces
 * the dish asked for before that it names again, or the kind it picks from. */
/* Does clause st open with a correction: a lead read across the message (correct.c), "jk"
 * or "nah", "actually just", "no wait", "I mean"? "1 of everything in the sides 💀 jk just 2
 * onion rings" takes back every dish asked for before the clause too. */
static bool attach_correction_opens(struct attach_state *st, size_t first)
{
    if (!ORDER_CUES_ANY(&st->cues, "wait", "actually", "sorry", "no", "mean", "jk", "nah"))
        return false;
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    /* "nah jk just cold brew": a joke or a "nah" taken back before the dish said again */
    static const char *const leads[] = {"wait", "actually", "sorry"};
    static const char *const taken_back[] = {"jk", "nah"};
    size_t at = st->b;
    bool led = false; /* a correction's lead read across the message (correct.c) opens it */
    bool greeted = false;
    while (at < st->e &&
           (st->rg->roles[at] == ORDER_ROLE_GREETING || st->rg->roles[at] == ORDER_ROLE_FILLER ||
            t[at].kind == ORDER_TOKEN_PUNCT ||
            attach_in(text, t, at, st->e, taken_back, ORDER_WORDS_N(taken_back)))) {
        led = led ||
              (st->rg->roles[at] == ORDER_ROLE_FILLER &&
               attach_in(text, t, at, st->e, leads, ORDER_WORDS_N(leads))) ||
              attach_in(text, t, at, st->e, taken_back, ORDER_WORDS_N(taken_back));
        /* "actually just a cold brew": read as a greeting, the lead still corrects before
         * "just"; before a question ("wait do the fries come ...") it asks */
        greeted = greeted || (st->rg->roles[at] == ORDER_ROLE_GREETING &&
                              attach_in(text, t, at, st->e, leads, ORDER_WORDS_N(leads)));
        if (st->rg->roles[at] == ORDER_ROLE_FILLER && order_tok_is(text, t, at, st->e, "double"))
            return false; /* "actually double the lemonades" counts them again (correct.c) */
        at++;
    }
    /* the joke and all it asked for taken back, only what follows "just" asked */
    if (at > st->b && at < st->e && order_tok_is(text, t, at, st->e, "just") &&
        (order_tok_is(text, t, at - 1U, st->e, "jk") ||
         (at > st->b + 1U && order_tok_is(text, t, at - 2U, st->e, "jk"))))
        for (size_t x = 0; x < first; x++)
            if (st->rg->things[x].is_span &&
                st->rg->things[x].clause < st->rg->things[first].clause)
                st->rg->things[x].reference = true;
    led = led || (greeted && order_tok_is(text, t, at, st->e, "just"));
    return led || order_read_correction_at(text, t, at, st->e) > 0 ||
           (order_tok_is(text, t, at, st->e, "actually") &&
            order_read_correction_at(text, t, at + 1, st->e) > 0) ||
           (order_tok_is(text, t, at, st->e, "i") && order_tok_is(text, t, at + 1, st->e, "mean"));
}

void attach_correction(struct attach_state *st, size_t first, size_t end)
{
    if (!attach_correction_opens(st, first))
        return;
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    for (size_t s = first; s < end; s++) {
        const struct order_thing *now = &st->rg->things[s];
        if (!now->is_span || now->item < 0)
            continue;
        /* "wait nvm the teas, make them lemonades": after dishes taken back in the clause,
         * the dish after "make them" is what those become (correct.c), no restatement of
         * one asked for before */
        static const char *const pointed[] = {"them", "em", "those"};
        static const char *const removals[] = {"nvm",  "nevermind", "forget", "scratch", "scrap",
                                               "drop", "cancel",    "remove", "skip",    "mind"};
        size_t p = now->begin;
        bool removed = false;
        for (size_t r = st->b; r + 2U < p && !removed; r++)
            removed = st->rg->roles[r] == ORDER_ROLE_FILLER &&
                      attach_in(text, t, r, st->e, removals, ORDER_WORDS_N(removals));
        if (removed && p >= 2U && order_tok_is(text, t, p - 2U, st->e, "make") &&
            attach_in(text, t, p - 1U, st->e, pointed, ORDER_WORDS_N(pointed)))
            continue;
        if (p >= 1U && order_tok_is(text, t, p - 1U, st->e, "another"))
            continue; /* "no wait, make it another lemonade": one more, no replacement */
        struct order_thing *before = NULL;
        for (size_t x = 0; x < first; x++) {
            struct order_thing *o = &st->rg->things[x];
            /* a kind read as one of it by its description ("the smoothie with mango") is
             * still the kind the correction picks from */
            bool same =
                o->item == now->item || order_item_set_has(&o->candidates, (size_t)now->item);
            if (o->is_span && !o->reference && same)
                before = o;
        }
        /* "the mushroom burger? sorry, the portobello one": the same dish picked out again,
         * as it was, replaces nothing; "the <dish> one" points back at it (attach_references).
         * "make the beef one a ..." picks it to change it into another. */
        bool made = now->begin >= 2U && (order_tok_is(text, t, now->begin - 1U, st->e, "make") ||
                                         order_tok_is(text, t, now->begin - 2U, st->e, "make"));
        if (before && before->item == now->item && !now->qty_explicit && now->mods.n == 0 &&
            !made &&
            (order_tok_is(text, t, now->end, st->e, "one") ||
             (now->end > now->begin + 1U && order_tok_is(text, t, now->end - 1U, st->e, "one")))) {
            attach_slip_corrected(st, before, now);
            continue;
        }
        if (before)
            before->reference = true; /* replaced */
        /* "a large fries ... actually make the fries sweet potato": still large */
        if (before && now->mods.n == 0 && now->begin >= 2 &&
            order_tok_is(text, t, now->begin - 1U, st->e, "the") &&
            order_tok_is(text, t, now->begin - 2U, st->e, "make"))
            st->rg->things[s].mods = before->mods;
    }
}

/* Is th a copy made by "the same" (attach_same), its tokens the words that point back? */
static bool attach_is_copy(const struct attach_state *st, const struct order_thing *th)
{
    if (!ORDER_CUES_ANY(&st->rg->cues, "same"))
        return false;
    for (size_t p = th->begin; p < th->end; p++)
        if (order_tok_is(st->text, st->tokens, p, st->e, "same"))
            return true;
    return false;
}

/* Is token p a word that asks for the swap of the dish before ("but with ...", "can it
 * come with ...", "could they come with ...")? */
static bool attach_swap_asked_word(const char *text, const struct order_token *t, size_t p,
                                   size_t e)
{
    static const char *const words[] = {"but", "can", "could", "it", "they", "come", "comes"};
    return order_tok_in(text, t, p, e, words, ORDER_WORDS_N(words));
}

/* Does "swapped for" (or "subbed", "switched out for" ...) start at token p: the thing
 * before it is what goes out of the dish, as before "instead"? */
static bool attach_swapped_for_after(const char *text, const struct order_token *t, size_t p,
                                     size_t e)
{
    static const char *const done[] = {"swapped", "subbed", "substituted", "switched"};
    if (!order_tok_in(text, t, p, e, done, ORDER_WORDS_N(done)))
        return false;
    size_t f = order_tok_is(text, t, p + 1U, e, "out") ? p + 2U : p + 1U;
    return order_tok_is(text, t, f, e, "for");
}

/* "chicken tinga burrito, pinto beans instead of black", "nuggets w/ sweet potato fries
 * instead of normal fries": a thing followed by "instead" right after a dish (a comma,
 * "with", "but with", "can it come with" between, not "and" unless after a change of it:
 * "hold the cream, and pinto beans instead") is what the kitchen swaps into that dish, a modifier
 * of it up to the next punctuation, not a dish of its own; a dish named after "instead of" goes
 * with it. */
void attach_substitutions(struct attach_state *st, size_t first)
{
    if (!ORDER_CUES_ANY(&st->cues, "instead", "swapped", "subbed", "substituted", "switched"))
        return;
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    for (size_t s = first; s < st->rg->n_things; s++) {
        struct order_thing *th = &st->rg->things[s];
        if (th->reference || th->qty_explicit || th->past ||
            !(order_tok_is(text, t, th->end, st->e, "instead") ||
              attach_swapped_for_after(text, t, th->end, st->e)))
            continue;
        struct order_thing *dish = NULL;
        for (size_t x = first; x < st->rg->n_things; x++) {
            struct order_thing *o = &st->rg->things[x];
            if (x != s && o->is_span && !o->reference && o->end <= th->begin &&
                (!dish || o->end > dish->end))
                dish = o;
        }
        if (!dish || attach_is_copy(st, dish))
            continue;         /* "the same but onion rings instead of the fries": a dish of the copy
                               * is swapped (correct.c), not changed */
        bool joined = true;   /* only modifiers, commas, dashes and "with" between */
        bool changed = false; /* a change of the dish read before: "add guac, and ..." */
        bool for_whom = false; /* "kids burger for my son, can it come with ...": whom for */
        for (size_t p = dish->end; p < th->begin && joined; p++) {
            bool filler = st->rg->roles[p] == ORDER_ROLE_FILLER;
            for_whom = filler && (for_whom || order_tok_is(text, t, p, st->e, "for"));
            if (t[p].kind == ORDER_TOKEN_PUNCT)
                joined = t[p].punct == ',' || t[p].punct == '/' || t[p].punct == '-';
            else
                joined = for_whom || st->rg->roles[p] == ORDER_ROLE_MODIFIER ||
                         order_tok_is(text, t, p, st->e, "with") ||
                         order_tok_is(text, t, p, st->e, "w") ||
                         attach_swap_asked_word(text, t, p, st->e) ||
                         (changed && order_tok_is(text, t, p, st->e, "and"));
            changed = changed || st->rg->roles[p] == ORDER_ROLE_MODIFIER;
        }
        for (size_t x = first; x < st->rg->n_things && joined; x++) {
            const struct order_thing *o = &st->rg->things[x];
            joined = x == s || o->end <= dish->end || o->begin >= th->end || o->reference;
        }
        if (!joined)
            continue;
        size_t end = th->end + 1;
        while (end < st->e && t[end].kind == ORDER_TOKEN_WORD &&
               !order_tok_is(text, t, end, st->e, "and") &&
               !order_tok_is(text, t, end, st->e, "but"))
            end++;
        for (size_t x = first; x < st->rg->n_things; x++) {
            struct order_thing *o = &st->rg->things[x];
            if (o->begin >= th->begin && o->begin < end)
                o->reference = true;
        }
        uint8_t had = dish->mods.n;
        attach_add_modifier(st, dish, th->begin, end);
        if (dish->mods.n == had)
            continue;
        /* the words after "instead" read before as a modifier ("instead of black") are part
         * of this one now */
        const char *whole = dish->mods.text[dish->mods.n - 1U];
        size_t keep = 0;
        for (size_t m = 0; m < dish->mods.n; m++) {
            if (m + 1U < dish->mods.n && strstr(whole, dish->mods.text[m]) &&
                strncmp(dish->mods.text[m], "instead", 7) == 0)
                continue;
            if (keep != m)
                memcpy(dish->mods.text[keep], dish->mods.text[m], sizeof(dish->mods.text[m]));
            keep++;
        }
        dish->mods.n = (uint8_t)keep;
    }
}

/* Thing s names again dish to, asked for before: it points back and adds nothing, and its
 * modifiers go to that dish. */
void attach_point_back(struct order_thing *s, struct order_thing *to)
{
    s->reference = true;
    for (size_t m = 0; m < s->mods.n && to->mods.n < ORDER_ITEM_MODIFIERS_MAX; m++)
        memcpy(to->mods.text[to->mods.n++], s->mods.text[m], ORDER_MODIFIER_BYTES_MAX);
    s->mods.n = 0;
}

/* "the buffalo cauliflower thing, the wrap": "the" and a kind of dish right after a dish of
 * that kind, across a comma, names that dish again (an apposition), not another one to ask
 * about. The kind's span points back and adds nothing; its modifiers go to the dish. */
void attach_apposition(struct attach_state *st, size_t first, size_t end)
{
    if (!ORDER_CUES_ANY(&st->cues, "the", "that"))
        return;
    static const char *const between[] = {"the", "that", "thing", "one", "like"};
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    for (size_t k = first; k < end; k++) {
        struct order_thing *s = &st->rg->things[k];
        if (!s->is_span || s->item >= 0 || s->begin <= st->b ||
            !(order_tok_is(text, t, s->begin - 1U, st->e, "the") ||
              order_tok_is(text, t, s->begin - 1U, st->e, "that")))
            continue;
        struct order_thing *prev = attach_last_item(st, s->begin);
        if (!prev || prev->clause != s->clause ||
            !order_item_set_has(&s->candidates, (size_t)prev->item))
            continue;
        bool comma = false, other = false;
        for (size_t p = prev->end; p < s->begin && !other; p++) {
            comma = comma || (t[p].kind == ORDER_TOKEN_PUNCT && t[p].punct == ',');
            other = !(t[p].kind == ORDER_TOKEN_PUNCT && t[p].punct == ',') &&
                    !order_tok_in(text, t, p, st->e, between, ORDER_WORDS_N(between));
        }
        if (!comma || other)
            continue;
        attach_point_back(s, prev);
    }
}

/* "two cheeseburgers. make one of them the black bean burger": N "of them" (or "make" N)
 * right before another dish, after a dish asked for with a larger count, swaps N of that
 * dish for this one: the count moves, no dish is added on top. */
void attach_swap_part(struct attach_state *st, size_t first, size_t end)
{
    if (!ORDER_CUES_ANY(&st->cues, "them", "those", "make"))
        return;
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    for (size_t k = first; k < end; k++) {
        struct order_thing *s = &st->rg->things[k];
        if (!s->is_span || s->item < 0 || s->reference || s->qty_unclear)
            continue;
        size_t p = s->begin;
        if (p > st->b &&
            (order_tok_is(text, t, p - 1, st->e, "the") ||
             order_tok_is(text, t, p - 1, st->e, "a") || order_tok_is(text, t, p - 1, st->e, "an")))
            p--;
        bool of_them = p >= st->b + 3 &&
                       (order_tok_is(text, t, p - 1, st->e, "them") ||
                        order_tok_is(text, t, p - 1, st->e, "those")) &&
                       order_tok_is(text, t, p - 2, st->e, "of");
        size_t n_at = of_them ? p - 3 : p - 1;
        int32_t n;
        if (p <= st->b || n_at < st->b || attach_number(st->rd->u, text, t, n_at, st->e, &n) != 1 ||
            attach_is_article(text, t, n_at, st->e) ||
            !(of_them || (n_at > st->b && order_tok_is(text, t, n_at - 1, st->e, "make"))) ||
            (p == s->begin && attach_them_determiner(st, n_at, p)))
            continue;
        struct order_thing *prev = attach_last_item(st, n_at);
        if (!prev || prev->item == s->item || prev->qty <= n)
            continue;
        prev->qty -= n;
        s->qty = n;
        s->qty_explicit = true;
        memset(st->rg->roles + n_at, ORDER_ROLE_QTY, s->begin - n_at);
        if (n_at > st->b && order_tok_is(text, t, n_at - 1, st->e, "make") &&
            attach_free(st, n_at - 1))
            st->rg->roles[n_at - 1] = ORDER_ROLE_FILLER; /* the swap's verb, no dish */
    }
}

/* Changes i and i + 1 of m, read as one, become out[0..n) (shorter than a change's bytes). */
static void modifiers_join_next(struct order_modifiers *m, size_t i, const char *out, size_t n)
{
    memcpy(m->text[i], out, n + 1);
    for (size_t j = i + 1; j + 1 < m->n; j++)
        memcpy(m->text[j], m->text[j + 1], ORDER_MODIFIER_BYTES_MAX);
    m->n--;
}

/* Does the change end in " instead" with nothing after it ("ice cream instead")? The length
 * of what comes before it, 0 when not. */
static size_t attach_bare_instead(const char *with)
{
    static const char *const tail = " instead";
    size_t len = strlen(with), tl = strlen(tail);
    return len > tl && strcmp(with + len - tl, tail) == 0 ? len - tl : 0;
}

/* "no ranch, sub hummus", "no custard, with ice cream instead": a removal and the substitute
 * said right after it are one swap, written "hummus instead of ranch" as the labels write a
 * swap. */
void attach_merge_substitutes(struct attach_state *st, size_t first)
{
    static const char *const subs[] = {"sub ", "sub in ", "substitute ", "swap in ", "swap for "};
    for (size_t k = first; k < st->rg->n_things; k++) {
        struct order_modifiers *m = &st->rg->things[k].mods;
        for (size_t i = 0; i + 1 < m->n; i++) {
            const char *no = m->text[i], *with = m->text[i + 1];
            size_t bare = attach_bare_instead(with);
            if (strncmp(no, "no ", 3) != 0 || (strstr(with, " instead") && bare == 0) ||
                strstr(with, " for "))
                continue;
            size_t lead = 0;
            for (size_t s = 0; s < ORDER_WORDS_N(subs) && !lead; s++)
                if (strncmp(with, subs[s], strlen(subs[s])) == 0)
                    lead = strlen(subs[s]);
            if ((!lead && bare == 0) || !with[lead])
                continue;
            char out[ORDER_MODIFIER_BYTES_MAX];
            int n = bare > 0
                        ? snprintf(out, sizeof(out), "%.*s instead of %s", (int)bare, with, no + 3)
                        : snprintf(out, sizeof(out), "%s instead of %s", with + lead, no + 3);
            if (n < 0 || (size_t)n >= sizeof(out))
                continue;
            modifiers_join_next(m, i, out, (size_t)n);
        }
    }
}

/* "add feta extra", "add avocado double": a degree said alone after the part added is how
 * much of it, one change written "extra feta" as the degree before its part. This reads the
 * written changes, not tokens as attach_degree_after does for a piece with no lead ("dressing
 * light"): the "add" lead has already cut the part from its degree into two changes. Its
 * words differ on purpose: after "add" a "double" can only measure the part added, while a
 * bare "<word> double" may size the dish itself. */
void attach_degree_after_added(struct attach_state *st, size_t first)
{
    static const char *const degrees[] = {"extra", "double", "light"};
    for (size_t k = first; k < st->rg->n_things; k++) {
        struct order_modifiers *m = &st->rg->things[k].mods;
        for (size_t i = 0; i + 1 < m->n; i++) {
            const char *degree = NULL;
            for (size_t d = 0; d < ORDER_WORDS_N(degrees) && !degree; d++)
                if (strcmp(m->text[i + 1], degrees[d]) == 0)
                    degree = degrees[d];
            if (!degree || strncmp(m->text[i], "add ", 4) != 0 || !m->text[i][4])
                continue;
            char out[ORDER_MODIFIER_BYTES_MAX];
            int n = snprintf(out, sizeof(out), "%s %s", degree, m->text[i] + 4);
            if (n < 0 || (size_t)n >= sizeof(out))
                continue;
            modifiers_join_next(m, i, out, (size_t)n);
        }
    }
}

/* "a mango smoothie n a brownie, brownie warmed up": a dish named again bare (no count nor
 * article) after a comma, with a change, right after it was asked for once in the clause (by
 * an article or a word before it), is that dish again: the change is for it, no second one is asked
 * for. Opening a parenthesis right after the dish ("2 fish (fish on corn pls)") it is the dish
 * again whatever its count: an aside about what was just named. */
void attach_named_again(struct attach_state *st, size_t first, size_t end)
{
    const struct order_token *t = st->tokens;
    for (size_t k = first + 1; k < end; k++) {
        struct order_thing *s = &st->rg->things[k];
        if (!s->is_span || s->item < 0 || s->reference || s->qty_explicit || s->qty_unclear ||
            s->mods.n == 0 || s->begin == 0 || t[s->begin - 1U].kind != ORDER_TOKEN_PUNCT ||
            (t[s->begin - 1U].punct != ',' && t[s->begin - 1U].punct != '('))
            continue;
        bool aside = t[s->begin - 1U].punct == '(';
        struct order_thing *prev = attach_last_item(st, s->begin);
        if (!prev || prev->clause != s->clause || prev->item != s->item || prev->mods.n > 0 ||
            (aside ? prev->end + 1U != s->begin : prev->qty != 1))
            continue;
        /* "Grilled Halloumi burger, Halloumi burger with no sweet chilli jam": a list of bare
         * names, the first with nothing before it, lists the dish twice; one word of it is a
         * part pointed at ("Chips and salsa, salsa verde only") */
        if (!aside && attach_word_count(t, s->begin, s->end) >= 2 &&
            (prev->begin == st->b || t[prev->begin - 1U].kind == ORDER_TOKEN_PUNCT))
            continue;
        attach_point_back(s, prev);
    }
}

/* Kind s points back at every dish of its kind named before it, each taking its
 * modifiers. */
static void attach_point_back_kind(struct attach_state *st, struct order_thing *s)
{
    for (size_t j = 0; j < st->rg->n_things; j++) {
        struct order_thing *th = &st->rg->things[j];
        if (!th->is_span || th->item < 0 || th->reference || th->end > s->begin ||
            !order_item_set_has(&s->candidates, (size_t)th->item))
            continue;
        for (size_t m = 0; m < s->mods.n && th->mods.n < ORDER_ITEM_MODIFIERS_MAX; m++)
            memcpy(th->mods.text[th->mods.n++], s->mods.text[m], ORDER_MODIFIER_BYTES_MAX);
    }
    s->reference = true;
    s->mods.n = 0;
}

/* "2 beef burgers and onion rings. no wait, just the burgers", "make the burgers well done":
 * "the" and a kind of dish in the plural, with no count, names again the one dish of that
 * kind asked for earlier in the message with a count of two or more: it points back and
 * adds nothing; its modifiers go to that dish. Said in a later clause than several dishes of
 * its kind, it names them all. So does one dish's own name in the plural
 * after "just" / "only", in a clause after the one that asked for it ("two churros and a
 * flan? just the churros"). */
void attach_definite_plural(struct attach_state *st, size_t first, size_t end)
{
    if (!ORDER_CUES_ANY(&st->rg->cues, "the"))
        return;
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    for (size_t k = first; k < end; k++) {
        struct order_thing *s = &st->rg->things[k];
        /* "make the shakes 3 not 2": their count made another ("make the tacos 3" is read as
         * a count of the dish before: attach_make_it) */
        bool recount = s->qty_explicit && s->begin >= 2U &&
                       order_tok_is(text, t, s->begin - 2U, s->end, "make") &&
                       order_tok_is(text, t, s->end + 1U, st->e, "not");
        if (!s->is_span || s->reference || (s->qty_explicit && !recount) || s->qty_unclear ||
            s->begin == 0 || !order_tok_is(text, t, s->begin - 1U, s->end, "the"))
            continue;
        const struct order_token *last = &t[s->end - 1U];
        if (last->kind != ORDER_TOKEN_WORD || last->len < 3 ||
            text[last->off + last->len - 1] != 's' || text[last->off + last->len - 2] == 's')
            continue;
        struct order_thing *prev = NULL;
        size_t fits = 0;
        for (size_t j = 0; j < st->rg->n_things; j++) {
            struct order_thing *th = &st->rg->things[j];
            if (!th->is_span || th->item < 0 || th->reference || th->end > s->begin ||
                !order_item_set_has(&s->candidates, (size_t)th->item))
                continue;
            if (!prev || prev->item != th->item)
                fits++;
            prev = th;
        }
        if (fits >= 2 && s->item < 0 && prev->clause < s->clause) {
            attach_point_back_kind(st, s); /* "5 asada burritos, 3 tinga burritos. please cut
                                            * the burritos in half": all of them */
            continue;
        }
        /* one dish's own name: only after "just" / "only", which keep it alone */
        if (recount && fits == 1 && s->item < 0) {
            attach_point_back(s, prev);
            prev->qty = s->qty;
            prev->qty_explicit = true;
            continue;
        }
        if (recount || fits != 1 || prev->qty < 2 ||
            (s->item >= 0 &&
             (prev->item != s->item || prev->clause >= s->clause || s->begin < st->b + 2U ||
              !(order_tok_is(text, t, s->begin - 2U, s->end, "just") ||
                order_tok_is(text, t, s->begin - 2U, s->end, "only")))))
            continue;
        attach_point_back(s, prev);
    }
}

/* Where the alternative after "otherwise" at ends: at a comma followed by "and", "plus" or
 * "also", which adds a dish to the order ("..., otherwise the falafel wrap, and 2 fries"),
 * else at the clause's end. */
static size_t attach_alternative_end(const struct attach_state *st, size_t at)
{
    if (!ORDER_CUES_ANY(&st->cues, "and", "plus", "also", "n"))
        return st->e;
    static const char *const adding[] = {"and", "plus", "also", "n"};
    for (size_t p = at + 1U; p + 1U < st->e; p++)
        if (st->tokens[p].kind == ORDER_TOKEN_PUNCT && st->tokens[p].punct == ',' &&
            order_tok_in(st->text, st->tokens, p + 1U, st->e, adding, ORDER_WORDS_N(adding)))
            return p;
    return st->e;
}

/* Is token i "otherwise", or an "else" that stands for it: after a comma or "or" (", else a
 * flan", "or else churros"), not after a word it qualifies ("anything else")? */
static bool attach_otherwise_at(const struct attach_state *st, size_t i)
{
    if (!ORDER_CUES_ANY(&st->cues, "otherwise", "else"))
        return false;
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    if (order_tok_is(text, t, i, st->e, "otherwise"))
        return true;
    return i > st->b && order_tok_is(text, t, i, st->e, "else") &&
           ((t[i - 1U].kind == ORDER_TOKEN_PUNCT && t[i - 1U].punct == ',') ||
            order_tok_is(text, t, i - 1U, st->e, "or"));
}

/* "the mango smoothie if you still have it, otherwise the strawberry one": what follows
 * "otherwise" is an alternative to a dish asked for before it, kept in mind, not ordered
 * beside it. */
void attach_alternatives(struct attach_state *st, size_t first)
{
    if (!ORDER_CUES_ANY(&st->cues, "otherwise", "else", "if"))
        return;
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    size_t at = st->e;
    for (size_t i = st->b; i < st->e && at == st->e; i++)
        if (attach_free(st, i) && attach_otherwise_at(st, i))
            at = i;
    if (at == st->e) {
        /* "a tiramisu if u got it, if not the carrot cake": "if not" after a first choice the
         * menu lacks is its "otherwise" */
        for (size_t i = st->b + 1U; i + 1U < st->e && at == st->e; i++)
            if (order_tok_is(text, t, i, st->e, "if") &&
                order_tok_is(text, t, i + 1U, st->e, "not"))
                at = i;
        if (at < st->e)
            attach_alternative_lacked(st, first, at, attach_alternative_end(st, at));
        return;
    }
    /* "ill take two otherwise just one, plus a smoothie": a count is the alternative, what
     * follows it is asked for (count_otherwise.c) */
    size_t end = order_otherwise_count_end(st->rd, text, t, at, st->e);
    end = end == 0 ? attach_alternative_end(st, at) : end;
    bool asked = false; /* a dish asked for before the alternative */
    for (size_t x = 0; x < st->rg->n_things && !asked; x++) {
        const struct order_thing *o = &st->rg->things[x];
        asked = o->is_span && o->item >= 0 && !o->reference && o->end <= at;
    }
    if (attach_alternative_lacked(st, first, at, end) || !asked)
        return;
    for (size_t x = first; x < st->rg->n_things; x++)
        if (st->rg->things[x].begin > at && st->rg->things[x].begin < end)
            st->rg->things[x].reference = true;
    for (size_t i = at; i < end; i++)
        if (attach_free(st, i))
            st->rg->roles[i] = ORDER_ROLE_FILLER;
}

/* "can i bring my own cake": a dish after "my own" / "our own" is the customer's, brought
 * along, not one asked of the kitchen: no thing of the order, its words fillers. */
void attach_own_things(struct attach_state *st, size_t c, size_t first)
{
    if (!ORDER_CUES_ANY(&st->cues, "own") ||
        !ORDER_CUES_ANY(&st->cues, "my", "our", "their", "his", "her"))
        return;
    static const char *const owners[] = {"my", "our", "their", "his", "her"};
    struct order_reading *rg = st->rg;
    size_t kept = first;
    for (size_t x = first; x < rg->n_things; x++) {
        const struct order_thing *th = &rg->things[x];
        size_t b = th->begin;
        if (th->clause != c || !th->is_span || b < st->b + 2U ||
            !order_tok_is(st->text, st->tokens, b - 1U, st->e, "own") ||
            !order_tok_in(st->text, st->tokens, b - 2U, st->e, owners, ORDER_WORDS_N(owners))) {
            rg->things[kept++] = rg->things[x];
            continue;
        }
        memset(rg->roles + b, ORDER_ROLE_FILLER, th->end - b);
        rg->clauses[c].n_spans--;
    }
    rg->n_things = kept;
}

/* "the jackfruit burger & the other spicy one": "the other" before a dish already asked for
 * means another of its description, not that one again: asked back among the rest. */
void attach_the_other(struct attach_state *st, size_t first, size_t end)
{
    if (!ORDER_CUES_ANY(&st->cues, "other") || !ORDER_CUES_ANY(&st->cues, "the"))
        return;
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    for (size_t s = first; s < end; s++) {
        struct order_thing *th = &st->rg->things[s];
        if (!th->is_span || th->begin < st->b + 2 ||
            !order_tok_is(text, t, th->begin - 1U, st->e, "other") ||
            !order_tok_is(text, t, th->begin - 2U, st->e, "the"))
            continue;
        bool asked = false; /* the dishes of it asked for before are not the other one */
        for (size_t x = 0; x < st->rg->n_things; x++) {
            const struct order_thing *o = &st->rg->things[x];
            if (o != th && o->is_span && !o->reference && o->item >= 0 && o->end <= th->begin &&
                order_item_set_has(&th->candidates, (size_t)o->item)) {
                order_item_set_remove(&th->candidates, o->item);
                asked = true;
            }
        }
        if (!asked)
            continue;
        th->item = order_item_set_count(&th->candidates) == 1
                       ? order_item_set_next(&th->candidates, 0)
                       : -1;
        st->rg->roles[th->begin - 1U] = ORDER_ROLE_ITEM;
        th->begin = (uint16_t)(th->begin - 2U);
        th->phrase_len =
            (uint16_t)order_words_join(text, t, th->begin, th->end, th->phrase, sizeof(th->phrase));
    }
}

/* "one water of jamaica", "two plates of the fish": one word the menu lacks right before
 * "of" and a dish is the dish's unit, as "cups of" is, not a dish of its own. */
void attach_unit_words(struct attach_state *st, size_t c)
{
    for (size_t s = 0; s < st->rg->n_things; s++) {
        struct order_thing *th = &st->rg->things[s];
        if (th->clause != c || th->is_span || th->past || th->reference ||
            th->end != th->begin + 1U || !order_tok_is(st->text, st->tokens, th->end, st->e, "of"))
            continue;
        size_t d = th->end + 1U;
        if (order_tok_is(st->text, st->tokens, d, st->e, "the"))
            d++;
        for (size_t x = 0; x < st->rg->n_things; x++) {
            struct order_thing *dish = &st->rg->things[x];
            if (!dish->is_span || dish->reference || dish->begin != d)
                continue;
            if (th->qty_explicit && !dish->qty_explicit) {
                dish->qty = th->qty;
                dish->qty_explicit = true;
            }
            th->reference = true;
            break;
        }
    }
    attach_measured_after(st, c); /* "onion rings, a portion": a unit after the dish */
}

/* "black beans instead of pinto", "pinto instead of black beans": the side of one word left
 * its head noun to the other side; it gets it back where the menu names the two together
 * ("pinto beans"), so the change reads as what the kitchen swaps. The head may stand first,
 * as in a Spanish name ("salsa verde instead of the roja": "salsa roja"), and an article
 * before the side of one word ("the roja") points back at the head as the word alone does. */
void attach_instead_shared_head(const struct order_lexicon *lx, char *mod, size_t cap)
{
    static const char sep[] = " instead of ", the[] = "the ";
    char *mid = strstr(mod, sep);
    if (!mid)
        return;
    const char *left = mod, *right = mid + sizeof(sep) - 1U;
    size_t left_len = (size_t)(mid - mod);
    if (memchr(left, ' ', left_len) && strncmp(right, the, sizeof(the) - 1U) == 0 &&
        !strchr(right + sizeof(the) - 1U, ' '))
        right += sizeof(the) - 1U; /* "... instead of the roja" */
    size_t right_len = strlen(right);
    const char *left_sp = memchr(left, ' ', left_len), *right_sp = strchr(right, ' ');
    if ((left_sp == NULL) == (right_sp == NULL))
        return; /* both one word, or both whole */
    const char *whole = left_sp ? left : right, *bare = left_sp ? right : left;
    size_t whole_len = left_sp ? left_len : right_len, bare_len = left_sp ? right_len : left_len;
    const char *head = whole + whole_len;
    while (head > whole && head[-1] != ' ')
        head--;
    size_t head_len = (size_t)(whole + whole_len - head);
    char phrase[ORDER_MODIFIER_BYTES_MAX], out[ORDER_MODIFIER_BYTES_MAX];
    int n = snprintf(phrase, sizeof(phrase), "%.*s %.*s", (int)bare_len, bare, (int)head_len, head);
    if (n > 0 && (size_t)n < sizeof(phrase) &&
        !order_lexicon_menu_mentions(lx, phrase, (size_t)n)) { /* the head first: "salsa roja" */
        head = whole;
        head_len = (size_t)((left_sp ? left_sp : right_sp) - whole);
        n = snprintf(phrase, sizeof(phrase), "%.*s %.*s", (int)head_len, head, (int)bare_len, bare);
    }
    if (n <= 0 || (size_t)n >= sizeof(phrase) ||
        (bare_len == head_len && !memcmp(bare, head, head_len)) ||
        !order_lexicon_menu_mentions(lx, phrase, (size_t)n))
        return;
    n = left_sp ? snprintf(out, sizeof(out), "%.*s%s%s", (int)left_len, left, sep, phrase)
                : snprintf(out, sizeof(out), "%s%s%s", phrase, sep, right);
    if (n > 0 && (size_t)n < sizeof(out) && (size_t)n < cap)
        memcpy(mod, out, (size_t)n + 1U);
}

/* Does the word at w (up to a space or the end) read word? */
static bool attach_word_is(const char *w, size_t len, const char *word)
{
    return strlen(word) == len && memcmp(w, word, len) == 0;
}

void attach_instead_of_ordinary(const struct order_understanding *u, const struct menu *menu,
                                char *mod, size_t cap)
{
    static const char sep[] = " instead of ";
    static const char *const ordinary[] = {"regular", "normal", "reg", "plain", "standard"};
    char *mid = strstr(mod, sep);
    if (!mid || mid == mod)
        return;
    char *right = mid + sizeof(sep) - 1U;
    const char *w = right;
    if (strncmp(w, "the ", 4) == 0)
        w += 4;
    const char *sp = strchr(w, ' ');
    size_t wl = sp ? (size_t)(sp - w) : strlen(w);
    bool plain = false;
    for (size_t k = 0; k < ORDER_WORDS_N(ordinary) && !plain; k++)
        plain = attach_word_is(w, wl, ordinary[k]);
    if (!plain)
        return;
    /* the kind: the word after it ("normal fries"), else the head of what comes instead;
     * "the normal ones" points back at that head too */
    if (sp && (strcmp(sp + 1, "ones") == 0 || strcmp(sp + 1, "one") == 0))
        sp = NULL;
    const char *head = sp ? sp + 1 : mid;
    size_t head_len = sp ? strlen(head) : 0;
    if (!sp) {
        while (head > mod && head[-1] != ' ')
            head--;
        head_len = (size_t)(mid - head);
    }
    if (head_len == 0 || memchr(head, ' ', head_len))
        return;
    for (size_t a = 0; a < u->n_aliases; a++) {
        const struct order_pattern *p = &u->aliases[a].pattern;
        bool first = false;
        for (size_t k = 0; k < ORDER_WORDS_N(ordinary) && !first; k++)
            first = p->n_words == 2 && attach_word_is(p->words[0], p->word_lens[0], ordinary[k]);
        if (!first || p->word_lens[1] != head_len || memcmp(p->words[1], head, head_len) != 0)
            continue;
        const char *name = u->aliases[a].menu_name;
        bool on_menu = false;
        for (size_t i = 0; i < menu->count && !on_menu; i++)
            on_menu = strcmp(menu->items[i].name, name) == 0;
        size_t n = strlen(name), at = (size_t)(right - mod);
        if (!on_menu || at + n + 1U > cap)
            return;
        for (size_t i = 0; i < n; i++)
            right[i] = (char)(name[i] >= 'A' && name[i] <= 'Z' ? name[i] - 'A' + 'a' : name[i]);
        right[n] = '\0';
        return;
    }
}

/* "chips and guac, but like a lot of guac": an unclear amount of a part of the dish just
 * asked for, after "but", says how much of that part the dish comes with: a change of it,
 * no second dish whose count must be asked. */
void attach_more_of_part(struct attach_state *st, size_t first, size_t end)
{
    if (!ORDER_CUES_ANY(&st->cues, "but"))
        return;
    for (size_t s = first + 1U; s < end; s++) {
        struct order_thing *th = &st->rg->things[s], *d = &st->rg->things[s - 1U];
        if (!th->is_span || !th->qty_unclear || th->item < 0 || th->reference || !d->is_span ||
            d->reference || d->item != th->item || th->clause != d->clause ||
            order_read_span_whole(st->rd, st->rg, th))
            continue;
        bool but = false;
        for (size_t p = d->end; p < th->begin && !but; p++)
            but = order_tok_is(st->text, st->tokens, p, th->begin, "but");
        if (!but)
            continue;
        size_t a = th->begin;
        while (a > d->end && st->rg->roles[a - 1U] == ORDER_ROLE_QTY)
            a--;
        th->reference = true;
        attach_add_modifier(st, d, a, th->end);
    }
}

/* Does the word at token i end the menu name of some candidate of th ("smoothie" of Mango
 * Smoothie, "burgers" of ... Burger): a kind of dish, not a part of one? */
static bool attach_ends_a_name(const struct attach_state *st, const struct order_thing *th,
                               size_t i)
{
    const char *w = st->text + st->tokens[i].off;
    size_t len = st->tokens[i].len;
    if (len > 1 && w[len - 1] == 's')
        len--;
    for (int32_t x = order_item_set_next(&th->candidates, 0); x >= 0;
         x = order_item_set_next(&th->candidates, (size_t)x + 1)) {
        const char *name = st->rd->lex->menu->items[x].name;
        const char *last = strrchr(name, ' ');
        last = last ? last + 1 : name;
        if (strlen(last) == len && strncasecmp(last, w, len) == 0)
            return true;
    }
    return false;
}

/* "the cheeseburger with a gluten free bun, and cheese on the side": one word of several
 * dishes' names that ends none of them ("cheese", not "smoothie"), closed by "on the side"
 * right after a dish, is a part of that dish served apart, not a dish asked for: its
 * change. */
void attach_part_on_side(struct attach_state *st, size_t first, size_t end)
{
    if (!ORDER_CUES_ANY(&st->cues, "side") || !ORDER_CUES_ANY(&st->cues, "on") ||
        !ORDER_CUES_ANY(&st->cues, "the"))
        return;
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    for (size_t s = first + 1U; s < end; s++) {
        struct order_thing *th = &st->rg->things[s], *d = &st->rg->things[s - 1U];
        size_t e = th->end;
        if (!th->is_span || th->item >= 0 || th->reference || th->qty_explicit || !d->is_span ||
            d->item < 0 || d->reference || d->clause != th->clause || th->end != th->begin + 1U ||
            attach_ends_a_name(st, th, th->begin) || !order_tok_is(text, t, e, st->e, "on") ||
            !order_tok_is(text, t, e + 1U, st->e, "the") ||
            !order_tok_is(text, t, e + 2U, st->e, "side"))
            continue;
        th->reference = true;
        th->mods.n = 0;
        memset(st->rg->roles + th->begin, ORDER_ROLE_MODIFIER, e + 3U - th->begin);
        attach_add_modifier(st, d, th->begin, e + 3U);
    }
}

/* The change of "come without custard" as a change leading it is written: "no custard";
 * "come with extra hummus": "extra hummus". */
static void attach_come_lead_off(char *m)
{
    static const struct {
        const char *lead, *as;
    } leads[] = {{"come without ", "no "}, {"come with ", ""}, {"come ", ""}};
    for (size_t k = 0; k < sizeof(leads) / sizeof(*leads); k++) {
        size_t n = strlen(leads[k].lead), a = strlen(leads[k].as);
        if (strncmp(m, leads[k].lead, n) != 0 || m[n] == '\0')
            continue;
        memmove(m + a, m + n, strlen(m + n) + 1U);
        memcpy(m, leads[k].as, a);
        return;
    }
}

/* "an apple crumble ... Could the crumble come without custard?": a question whether a dish
 * asked for in a clause before can come some other way ("can"/"could" "the" dish "come"),
 * with a change and no count, asks for that change of it: the dish named again points back
 * and its change goes to the one asked for. */
void attach_come_changed(struct attach_state *st, size_t first, size_t end)
{
    if (!ORDER_CUES_ANY(&st->cues, "come") || !ORDER_CUES_ANY(&st->cues, "can", "could") ||
        !ORDER_CUES_ANY(&st->cues, "the"))
        return;
    static const char *const asks[] = {"can", "could"};
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    for (size_t k = first; k < end; k++) {
        struct order_thing *s = &st->rg->things[k];
        size_t b = s->begin;
        if (!s->is_span || s->item < 0 || s->reference || s->qty_explicit || s->mods.n == 0 ||
            b != st->b + 2U || !order_tok_is(text, t, b - 1U, st->e, "the") ||
            !order_tok_in(text, t, b - 2U, st->e, asks, ORDER_WORDS_N(asks)) ||
            !order_tok_is(text, t, s->end, st->e, "come"))
            continue;
        struct order_thing *prev = attach_last_item(st, b);
        if (!prev || prev->clause >= s->clause || prev->item != s->item || prev->mods.n > 0 ||
            st->rg->clauses[prev->clause].question_start)
            continue;
        /* the asking words are the frame of the change, as "could it come" is */
        for (size_t m = 0; m < s->mods.n; m++)
            attach_come_lead_off(s->mods.text[m]);
        memset(st->rg->roles + b - 2U, ORDER_ROLE_FILLER, s->end + 1U - (b - 2U));
        attach_point_back(s, prev);
    }
}
