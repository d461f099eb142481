/* leftover_words.c — what a leftover's own words say of it (reading.h): a word of no vowel
 * ("vrgbtz") is unreadable; a word of the cuisine's own ("pozole") names a dish the menu
 * lacks; "thing" or "stuff" ("the thing with tahini", "2 chicken things") points at a dish
 * without naming it. */
#include <string.h>

#include "gateway/order/reading.h"

/* Is w[0..len) letters a-z only, three or more, none of them a vowel ("vrgbtz", "ths")? No
 * language writes a dish so: it is a slip of the keyboard, not a name. */
static bool read_vowelless(const char *w, size_t len)
{
    if (len < 3)
        return false;
    for (size_t k = 0; k < len; k++)
        if (w[k] < 'a' || w[k] > 'z' || strchr("aeiouy", w[k]))
            return false;
    return true;
}

/* Does w[0..len) hold a run of five consonants or more ("brtsnko")? English words have four
 * at most between vowels ("strengths" aside, which the dictionary knows): an unknown word
 * with such a run is keys hit wrong, not a word of another cuisine. */
static bool read_consonant_run(const char *w, size_t len)
{
    enum { CONSONANT_RUN_MIN = 5 };
    size_t run = 0;
    for (size_t k = 0; k < len; k++) {
        bool consonant = w[k] >= 'a' && w[k] <= 'z' && !strchr("aeiouy", w[k]);
        run = consonant ? run + 1U : 0U;
        if (run >= CONSONANT_RUN_MIN)
            return true;
    }
    return false;
}

/* Is w[0..len) a sound of hesitation ("ummm", "uhh", "errm"), never a dish? */
static bool read_hesitation(const char *w, size_t len)
{
    for (size_t k = 0; k < len; k++)
        if (!strchr("uhmera", w[k]))
            return false;
    return len > 0;
}

/* Marks each leftover garbled or coined (order_thing) by its words. */
/* Does the leftover at token b stand as a dish ordered: after an article or a unit ("a
 * side of edamame"), or listed right after a dish ("falafel wrap and hummus")? */
static bool read_listed_dish(const char *text, const struct order_token *tokens,
                             const struct order_reading *rg, size_t b)
{
    if (b == 0)
        return false;
    size_t p = b - 1U;
    if (order_tok_is(text, tokens, p, b, "a") || order_tok_is(text, tokens, p, b, "an") ||
        order_tok_is(text, tokens, p, b, "of"))
        return true;
    bool joins = order_tok_is(text, tokens, p, b, "and") || order_tok_is(text, tokens, p, b, "n") ||
                 (tokens[p].kind == ORDER_TOKEN_PUNCT &&
                  (tokens[p].punct == ',' || tokens[p].punct == '+' || tokens[p].punct == '&'));
    if (!joins || p == 0)
        return false;
    for (size_t t = 0; t < rg->n_things; t++)
        if (rg->things[t].is_span && rg->things[t].end == p)
            return true;
    return false;
}

/* Do the words before token p say someone cannot have what follows ("he can't have the
 * parmesan", "she doesn't eat", "allergic to")? What follows is in a dish, not asked for. */
static bool read_cannot_have(const char *text, const struct order_token *tokens, size_t p)
{
    static const char *const verbs[] = {"have", "eat", "do", "take", "drink"};
    static const char *const negated[] = {"cant", "cannot", "doesnt",   "dont",  "wont",
                                          "not",  "never",  "shouldnt", "mustnt"};
    static const char *const against[] = {"allergic", "intolerant", "allergy", "allergies"};
    if (p >= 2 &&
        (order_tok_is(text, tokens, p - 1U, p, "to") ||
         order_tok_is(text, tokens, p - 1U, p, "of")) && /* "allergy of nuts" */
        order_tok_in(text, tokens, p - 2U, p, against, ORDER_WORDS_N(against)))
        return true;
    return p >= 2 && order_tok_in(text, tokens, p - 1U, p, verbs, ORDER_WORDS_N(verbs)) &&
           order_tok_in(text, tokens, p - 2U, p, negated, ORDER_WORDS_N(negated));
}

/* Does leftover th follow a word that speaks of what is in a dish ("keep the rice", "just
 * the patty in the bun", "but the patty", "nothing but ..."), or "and" after a leftover that
 * did ("... in the bun and lettuce")? */
static bool read_after_dish_talk(const char *text, const struct order_token *tokens,
                                 const struct order_reading *rg, const struct order_thing *th)
{
    static const char *const talk[] = {"keep", "leave", "just", "only",   "but",
                                       "in",   "on",    "not",  "nothing"};
    size_t p = th->begin;
    if (p > 0 && order_tok_is(text, tokens, p - 1U, p, "the"))
        p--;
    if (p == 0)
        return false;
    for (size_t k = 0; k < ORDER_WORDS_N(talk); k++)
        if (order_tok_is(text, tokens, p - 1U, p, talk[k]))
            return true;
    if (read_cannot_have(text, tokens, p))
        return true;
    if (!order_tok_is(text, tokens, p - 1U, p, "and"))
        return false;
    for (size_t t = 0; t < rg->n_things; t++)
        if (rg->things[t].end + 1U == p && rg->things[t].ingredient)
            return true;
    return false;
}

/* Does "is fine" / "are ok" / "fine" (after a contracted "'s": "tahini's fine") stand at p?
 * What is fine as it is keeps a part of a dish, it asks for no dish of its own. */
static bool read_said_fine(const char *text, const struct order_token *tokens, size_t p, size_t end)
{
    static const char *const fine[] = {"fine", "ok", "okay", "good"};
    if (order_tok_is(text, tokens, p, end, "is") || order_tok_is(text, tokens, p, end, "are"))
        p++;
    return order_tok_in(text, tokens, p, end, fine, ORDER_WORDS_N(fine));
}

/* Is leftover th answered "yes" right after ("slaw yes, extra mayo", "onions yeah")? It
 * keeps a part of a dish after talk of taking it off, it asks for no dish of its own. */
static bool read_said_yes(const char *text, const struct order_token *tokens,
                          const struct order_reading *rg, const struct order_thing *th)
{
    static const char *const yes[] = {"yes", "yeah", "yep", "yup", "ok", "okay"};
    size_t end = rg->clauses[th->clause].end;
    return order_tok_in(text, tokens, th->end, end, yes, ORDER_WORDS_N(yes)) ||
           read_said_fine(text, tokens, th->end, end);
}

bool order_change_names_word(const char *m, const char *w, size_t len)
{
    while (len > 1 && w[len - 1U] == 's')
        len--;
    for (const char *p = m; *p;) {
        const char *e = strchr(p, ' ');
        size_t l = e ? (size_t)(e - p) : strlen(p);
        size_t stem = l;
        while (stem > 1 && p[stem - 1U] == 's')
            stem--;
        if (stem == len && memcmp(p, w, len) == 0)
            return true;
        if (!e)
            break;
        p = e + 1;
    }
    return false;
}

/* "swap the rice for... nah keep the rice", "no onions, actually leave the onions": a part
 * of a dish kept after a change of it takes that change back; the dish comes with the part
 * as the menu has it. The nearest dish before with a change naming the part loses it. */
static void read_kept_part(const char *text, const struct order_token *tokens,
                           struct order_reading *rg, const struct order_thing *th)
{
    if (!ORDER_CUES_ANY(&rg->cues, "keep", "leave"))
        return;
    size_t p = th->begin;
    if (p > 0 && order_tok_is(text, tokens, p - 1U, p, "the"))
        p--;
    if (p == 0 || !(order_tok_is(text, tokens, p - 1U, p, "keep") ||
                    order_tok_is(text, tokens, p - 1U, p, "leave")))
        return;
    const struct order_token *w = &tokens[th->end - 1U];
    if (w->kind != ORDER_TOKEN_WORD || w->len < 3)
        return;
    struct order_thing *dish = NULL;
    for (size_t t = 0; t < rg->n_things; t++) {
        struct order_thing *o = &rg->things[t];
        if (o->is_span && o->item >= 0 && !o->reference && o->end <= th->begin &&
            (!dish || o->end > dish->end))
            for (uint8_t m = 0; m < o->mods.n; m++)
                if (order_change_names_word(o->mods.text[m], text + w->off, w->len))
                    dish = o;
    }
    if (!dish)
        return;
    uint8_t kept = 0;
    for (uint8_t m = 0; m < dish->mods.n; m++) {
        if (order_change_names_word(dish->mods.text[m], text + w->off, w->len))
            continue;
        if (kept != m)
            memcpy(dish->mods.text[kept], dish->mods.text[m], sizeof(dish->mods.text[m]));
        kept++;
    }
    dish->mods.n = kept;
}

/* Does the description of a dish named in the message hold every word of leftover th
 * (order_thing.ingredient)? */
static bool read_ingredient_of_dish(const struct order_reader *rd, const char *text,
                                    const struct order_token *tokens,
                                    const struct order_reading *rg, const struct order_thing *th)
{
    /* what read_said_yes, read_after_dish_talk and read_cannot_have ask */
    if (!ORDER_CUES_ANY(&rg->cues, "yes", "yeah", "yep", "yup", "ok", "okay", "fine", "good",
                        "keep", "leave", "just", "only", "but", "in", "on", "not", "nothing",
                        "allergic", "intolerant", "allergy", "allergies", "have", "eat", "do",
                        "take", "drink", "and", "inside"))
        return false;
    enum { INGREDIENT_WORDS_MAX = 3 };
    const char *words[INGREDIENT_WORDS_MAX];
    size_t lens[INGREDIENT_WORDS_MAX], n = 0;
    for (size_t i = th->begin; i < th->end; i++) {
        const struct order_token *w = &tokens[i];
        if (w->kind != ORDER_TOKEN_WORD || w->len < 3 || order_tok_connector(text, w) ||
            order_tok_is(text, tokens, i, th->end, "the"))
            continue;
        if (n == INGREDIENT_WORDS_MAX)
            return false;
        words[n] = text + w->off;
        lens[n++] = w->len;
    }
    /* "2 tacos, corn tortillas are fine": listed after the dish, yet said fine as it is;
     * "cali burrito x2, fries inside extra crispy": said to be inside it */
    size_t end = rg->clauses[th->clause].end;
    bool fine = read_said_yes(text, tokens, rg, th) ||
                order_tok_is(text, tokens, th->end, end, "inside") ||
                (order_tok_is(text, tokens, th->end, end, "in") &&
                 (order_tok_is(text, tokens, th->end + 1U, end, "it") ||
                  order_tok_is(text, tokens, th->end + 1U, end, "there")));
    if ((read_listed_dish(text, tokens, rg, th->begin) && !fine) ||
        !(read_after_dish_talk(text, tokens, rg, th) || fine))
        return false;
    for (size_t t = 0; n > 0 && t < rg->n_things; t++)
        if (rg->things[t].is_span && rg->things[t].item >= 0 &&
            order_lexicon_item_mentions(rd->lex, rg->things[t].item, words, lens, n) == n)
            return true;
    return false;
}

/* "lettuce not rocket": food, then "not" and a word the description of a dish asked for
 * holds, is that food instead of it, in the dish: no dish of its own. */
static bool read_instead_of_ingredient(const struct order_reader *rd, const char *text,
                                       const struct order_token *tokens,
                                       const struct order_reading *rg, const struct order_thing *th)
{
    if (!ORDER_CUES_ANY(&rg->cues, "not"))
        return false;
    size_t e = th->begin + 1U, end = rg->clauses[th->clause].end;
    while (e <= th->end && !order_tok_is(text, tokens, e, end, "not"))
        e++; /* "not" ends the leftover or is inside it ("cucumber not turnip") */
    if (e > th->end || e + 1U >= end || tokens[e + 1U].kind != ORDER_TOKEN_WORD)
        return false;
    const char *word = text + tokens[e + 1U].off;
    size_t len = tokens[e + 1U].len;
    for (size_t t = 0; t < rg->n_things; t++)
        if (rg->things[t].is_span && rg->things[t].item >= 0 &&
            order_lexicon_item_mentions(rd->lex, rg->things[t].item, &word, &len, 1) == 1)
            return true;
    return false;
}

/* "the pea and quinoa burger": food, then "and" and a dish asked for whose description holds
 * the food's words, describes that dish with it: no dish of its own. A dish said by its whole
 * name after the "and" needs no words to pick it, so the food before is a thing of the list
 * ("a cider and onion rings" where the rings' batter is made with cider). */
static bool read_describes_next(const struct order_reader *rd, const char *text,
                                const struct order_token *tokens, const struct order_reading *rg,
                                const struct order_thing *th)
{
    if (!ORDER_CUES_ANY(&rg->cues, "and"))
        return false;
    enum { DESCRIBING_WORDS_MAX = 2 };
    size_t end = rg->clauses[th->clause].end;
    if (!order_tok_is(text, tokens, th->end, end, "and") ||
        th->end - th->begin > DESCRIBING_WORDS_MAX)
        return false;
    const char *words[DESCRIBING_WORDS_MAX];
    size_t lens[DESCRIBING_WORDS_MAX], n = 0;
    for (size_t i = th->begin; i < th->end; i++) {
        if (tokens[i].kind != ORDER_TOKEN_WORD)
            return false;
        words[n] = text + tokens[i].off;
        lens[n++] = tokens[i].len;
    }
    for (size_t t = 0; t < rg->n_things; t++) {
        const struct order_thing *d = &rg->things[t];
        if (d->is_span && d->item >= 0 && d->begin == th->end + 1U &&
            order_lexicon_item_mentions(rd->lex, d->item, words, lens, n) == n)
            return order_read_name_at(rd, text, tokens, rg, d->begin, end) != d->item;
    }
    return false;
}

/* "i'm dairy and egg free", "egg and nut free": food before "free" (or "-free"), alone or
 * joined by "and" to one more word, names what the customer must go without, a diet of
 * theirs, never a dish asked for. */
static bool read_free_of(const char *text, const struct order_token *tokens,
                         const struct order_reading *rg, const struct order_thing *th)
{
    if (!ORDER_CUES_ANY(&rg->cues, "free"))
        return false;
    size_t e = th->end, end = rg->clauses[th->clause].end;
    if (order_tok_is(text, tokens, e, end, "and") && e + 1U < end &&
        tokens[e + 1U].kind == ORDER_TOKEN_WORD)
        e += 2U;
    if (e < end && tokens[e].kind == ORDER_TOKEN_PUNCT && tokens[e].punct == '-')
        e++;
    return order_tok_is(text, tokens, e, end, "free");
}

/* "no horchata bc my son is allergic to almonds", "we can't have pork": food right after
 * words saying someone cannot have it is kept away from, never a dish asked for, even
 * where no dish named in the message holds it. */
static bool read_kept_away(const char *text, const struct order_token *tokens,
                           const struct order_thing *th)
{
    size_t p = th->begin;
    if (p > 0 && order_tok_is(text, tokens, p - 1U, p, "the"))
        p--;
    return read_cannot_have(text, tokens, p);
}

/* "quinceañera snack table", "the dessert tables": food right before "table" names what
 * a table at an event holds, a heading, no dish asked for. */
static bool read_kind_of_table(const char *text, const struct order_token *tokens,
                               const struct order_reading *rg, const struct order_thing *th)
{
    if (!ORDER_CUES_ANY(&rg->cues, "table", "tables"))
        return false;
    size_t end = rg->clauses[th->clause].end;
    return order_tok_is(text, tokens, th->end, end, "table") ||
           order_tok_is(text, tokens, th->end, end, "tables");
}

void order_read_mark_leftover_words(const struct order_reader *rd, const char *text,
                                    const struct order_token *tokens, struct order_reading *rg)
{
    enum { COINED_WORD_MIN = 4 };
    for (size_t t = 0; t < rg->n_things; t++) {
        struct order_thing *th = &rg->things[t];
        bool food_word = false, run_word = false;
        for (size_t i = th->begin; i < th->end && !th->is_span; i++) {
            const struct order_token *w = &tokens[i];
            if (w->kind != ORDER_TOKEN_WORD)
                continue;
            const char *x = text + w->off;
            bool known = rg->n_hits[i] > 0 || order_dictionary_has(rd->dict, x, w->len) ||
                         order_food_word(rd->food, x, w->len); /* "bbq", "blt" */
            th->garbled = th->garbled ||
                          (!known && (read_vowelless(x, w->len) || read_consonant_run(x, w->len)));
            food_word = food_word || order_food_word(rd->food, x, w->len);
            run_word = run_word || (!known && order_read_keys_run(rd, x, w->len));
            bool letters = true;
            for (size_t k = 0; k < w->len; k++)
                letters = letters && x[k] >= 'a' && x[k] <= 'z';
            th->coined = th->coined || (letters && w->len >= COINED_WORD_MIN && !known &&
                                        !read_hesitation(x, w->len) &&
                                        !order_read_near_menu_word(rd->lex, x, w->len));
        }
        /* "eggs benedjct": a food named beside the run says what the thing is */
        th->garbled = th->garbled || (run_word && !food_word);
        th->ingredient =
            !th->is_span && th->leftover_kind == ORDER_LEFTOVER_FOOD && !th->qty_explicit &&
            (read_ingredient_of_dish(rd, text, tokens, rg, th) ||
             read_instead_of_ingredient(rd, text, tokens, rg, th) ||
             read_describes_next(rd, text, tokens, rg, th) || read_free_of(text, tokens, rg, th) ||
             read_kept_away(text, tokens, th) || read_kind_of_table(text, tokens, rg, th) ||
             order_read_change_talked_of(text, tokens, rg, th));
        if (th->ingredient)
            read_kept_part(text, tokens, rg, th);
        /* "a veggie one": a dish pointed at, not named; "quinceañera snack table": a table */
        th->coined = th->coined && !order_tok_is(text, tokens, th->end - 1U, th->end, "one") &&
                     !order_tok_is(text, tokens, th->end - 1U, th->end, "ones") &&
                     !(th->ingredient && read_kind_of_table(text, tokens, rg, th));
    }
}

/* Is token i a noun that points at a dish without naming it ("thing", "stuff")? */
static bool read_vague_noun(const char *text, const struct order_token *tokens, size_t i, size_t e)
{
    return order_tok_is(text, tokens, i, e, "thing") ||
           order_tok_is(text, tokens, i, e, "things") || order_tok_is(text, tokens, i, e, "stuff");
}

/* "can i get the one with the green sauce": "the one" described with what is in it, no dish
 * of the clause before it to be one of, points at a dish as "the thing with" does. */
static bool read_one_described(const char *text, const struct order_token *tokens,
                               const struct order_reading *rg, size_t c, size_t i)
{
    const struct order_clause *cl = &rg->clauses[c];
    if (i == cl->begin || !order_tok_is(text, tokens, i, cl->end, "one") ||
        !order_tok_is(text, tokens, i - 1U, cl->end, "the") ||
        !(order_tok_is(text, tokens, i + 1U, cl->end, "with") ||
          order_tok_is(text, tokens, i + 1U, cl->end, "w")))
        return false;
    /* what is described must be words of its own, no dish read ("the one with the squeaky
     * cheese": "cheese" is read already) */
    size_t d = i + 2U;
    if (order_tok_article(text, tokens, d, cl->end))
        d++;
    if (d >= cl->end || tokens[d].kind != ORDER_TOKEN_WORD || rg->roles[d] != ORDER_ROLE_NONE)
        return false;
    for (size_t t = 0; t < rg->n_things; t++)
        if (rg->things[t].clause == c && rg->things[t].is_span && rg->things[t].begin < i)
            return false;
    /* "dog walking club here (the one with the big poodle)": an aside tells who writes */
    for (size_t k = i; k-- > cl->begin;)
        if (tokens[k].kind == ORDER_TOKEN_PUNCT &&
            (tokens[k].punct == '(' || tokens[k].punct == ')'))
            return tokens[k].punct == ')';
    return true;
}

bool order_read_free_choice(const char *text, const struct order_token *tokens, size_t i, size_t e)
{
    /* "anything" is left out: it asks whether there is any ("anything with nuts?") far more
     * than it asks for one */
    static const char *const free_choice[] = {"something", "smth", "sth"};
    return order_tok_in(text, tokens, i, e, free_choice, ORDER_WORDS_N(free_choice));
}

/* "something with chicken", "smth w steak": a pronoun of free choice described by what is in
 * it points at a dish without naming it, as "a thing with chicken" does. Where no dish of the
 * menu holds the words (described_one.c reads those that do), the phrase is asked back. */
static bool read_free_choice_with(const char *text, const struct order_token *tokens, size_t i,
                                  size_t e)
{
    return order_read_free_choice(text, tokens, i, e) &&
           (order_tok_is(text, tokens, i + 1U, e, "with") ||
            order_tok_is(text, tokens, i + 1U, e, "w"));
}

/* Drops from the dishes of clause c a change read from the words [b, e) ("2 tacos and
 * something with pineapple": "pineapple" describes the dish after, it changes none before). */
static void read_drop_change_of(const char *text, const struct order_token *tokens, size_t c,
                                size_t b, size_t e, struct order_reading *rg)
{
    char said[ORDER_MODIFIER_BYTES_MAX];
    if (b >= e || order_words_join(text, tokens, b, e, said, sizeof(said)) == 0)
        return;
    for (size_t t = 0; t < rg->n_things; t++) {
        struct order_thing *th = &rg->things[t];
        if (th->clause != c || !th->is_span || th->begin >= b)
            continue;
        uint8_t keep = 0;
        for (uint8_t m = 0; m < th->mods.n; m++) {
            if (strcmp(th->mods.text[m], said) == 0)
                continue;
            if (keep != m)
                memcpy(th->mods.text[keep], th->mods.text[m], sizeof(th->mods.text[m]));
            keep++;
        }
        th->mods.n = keep;
    }
}

/* Is token i a determiner that points ("the", "that", "this", "those")? */
static bool read_pointing(const char *text, const struct order_token *tokens, size_t i, size_t e)
{
    return order_tok_is(text, tokens, i, e, "the") || order_tok_is(text, tokens, i, e, "that") ||
           order_tok_is(text, tokens, i, e, "this") || order_tok_is(text, tokens, i, e, "those");
}

void order_reading_sort_things(struct order_reading *rg)
{
    for (size_t t = 1; t < rg->n_things; t++)
        for (size_t u = t; u > 0 && rg->things[u - 1].begin > rg->things[u].begin; u--) {
            struct order_thing x = rg->things[u];
            rg->things[u] = rg->things[u - 1];
            rg->things[u - 1] = x;
        }
}

/* Does [b, i) hold a word that describes a dish, not only an article, a determiner or a
 * count ("chicken" in "2 chicken things")? */
static bool read_described_before(const char *text, const struct order_token *tokens, size_t b,
                                  size_t i)
{
    for (size_t k = b; k < i; k++) {
        const struct order_token *t = &tokens[k];
        bool digits = t->len > 0 && text[t->off] >= '0' && text[t->off] <= '9';
        if (t->kind == ORDER_TOKEN_WORD && !digits && !read_pointing(text, tokens, k, i) &&
            !order_tok_is(text, tokens, k, i, "a") && !order_tok_is(text, tokens, k, i, "some") &&
            !order_tok_is(text, tokens, k, i, "one") && !order_tok_is(text, tokens, k, i, "two"))
            return true;
    }
    return false;
}

/* The leftover of clause c holding token i, or NULL (a span or nothing holds it). */
static struct order_thing *read_leftover_at(struct order_reading *rg, size_t c, size_t i)
{
    for (size_t t = 0; t < rg->n_things; t++) {
        struct order_thing *th = &rg->things[t];
        if (th->clause == c && th->begin <= i && i < th->end)
            return th->is_span ? NULL : th;
    }
    return NULL;
}

/* Does a span hold token i? */
static bool read_span_holds(const struct order_reading *rg, size_t i)
{
    for (size_t t = 0; t < rg->n_things; t++)
        if (rg->things[t].is_span && rg->things[t].begin <= i && i < rg->things[t].end)
            return true;
    return false;
}

bool order_read_description_stop(const char *text, const struct order_token *tokens,
                                 const struct order_reading *rg, size_t i, size_t e)
{
    static const char *const stops[] = {"for", "would", "will",  "is",    "please", "pls",
                                        "plz", "too",   "if",    "but",   "or",     "thanks",
                                        "thx", "that",  "thats", "which", "i",      "we"};
    return rg->roles[i] == ORDER_ROLE_FILLER ||
           order_tok_in(text, tokens, i, e, stops, ORDER_WORDS_N(stops));
}

/* Where the description after "with" at token w ends: words no span holds, up to "and" or
 * a punctuation mark ("the thing with the green stuff my gf got"). After a pronoun of free
 * choice (open_choice: "something with no dairy") a change is described too, and the
 * description ends where the sentence turns to something else. */
static size_t read_description_end(const char *text, const struct order_token *tokens,
                                   const struct order_reading *rg, size_t w, size_t end,
                                   bool open_choice)
{
    enum { DESCRIPTION_WORDS_MAX = 8 };
    /* "the thing with the green sauce please": politeness closes what is described */
    static const char *const polite[] = {"please", "pls", "plz", "thanks", "thx"};
    size_t e = w + 1U;
    while (e < end && e < w + 1U + DESCRIPTION_WORDS_MAX && tokens[e].kind == ORDER_TOKEN_WORD &&
           !read_span_holds(rg, e) && (open_choice || rg->roles[e] != ORDER_ROLE_MODIFIER) &&
           !order_tok_is(text, tokens, e, end, "and") &&
           !order_tok_in(text, tokens, e, end, polite, ORDER_WORDS_N(polite)) &&
           !(open_choice && order_read_description_stop(text, tokens, rg, e, end)))
        e++;
    return e;
}

/* "the thing with tahini", "that stuff with the green sauce", "2 chicken things": a dish
 * pointed at by a noun that names none, and described at most by what is in it. What follows
 * "with" is no modifier of it: the whole is asked back, never dropped nor declined. */
/* Is token i a number of the menu's own ("number 3", "combo 2", "meal 5")? A menu that
 * numbers no dish cannot say which one it is: asked back. */
static bool read_numbered_dish(const char *text, const struct order_token *tokens, size_t i,
                               size_t e)
{
    if (i + 1U >= e || tokens[i + 1U].kind != ORDER_TOKEN_WORD ||
        !(order_tok_is(text, tokens, i, e, "number") || order_tok_is(text, tokens, i, e, "combo") ||
          order_tok_is(text, tokens, i, e, "meal")))
        return false;
    /* "number three" is "number 3": the dish's number spelt out ("one" is left out: "the
     * number one seller" ranks, it numbers nothing) */
    static const char *const spelt[] = {"two",   "three", "four", "five",   "six",   "seven",
                                        "eight", "nine",  "ten",  "eleven", "twelve"};
    bool spelt_out = order_tok_in(text, tokens, i + 1U, e, spelt, ORDER_WORDS_N(spelt));
    if (!spelt_out && tokens[i + 1U].len > 2)
        return false;
    for (size_t k = 0; !spelt_out && k < tokens[i + 1U].len; k++)
        if (text[tokens[i + 1U].off + k] < '0' || text[tokens[i + 1U].off + k] > '9')
            return false;
    static const char *const owners[] = {"order", "table", "ticket", "my",  "our",
                                         "phone", "room",  "from",   "at",  "in",
                                         "live",  "flat",  "house",  "apt", "apartment"};
    for (size_t k = 0; i > 0 && k < ORDER_WORDS_N(owners); k++)
        if (order_tok_is(text, tokens, i - 1U, e, owners[k]))
            return false; /* "order number 12", "table number 4", "Mr Okafor from number 14":
                           * no dish */
    /* "crew meal #2: 2 lemonades": a numbered meal whom a word before it names, before a
     * colon, heads a list (attach_meal_heading.c) */
    static const char *const articles[] = {"a", "an", "the", "one"};
    return !(i > 0 && tokens[i - 1U].kind == ORDER_TOKEN_WORD &&
             !order_tok_in(text, tokens, i - 1U, e, articles, 4) &&
             order_heading_colon(text, tokens, i + 2U, e) > 0);
}

/* order_read_add_unreadable before its sort: the thing added last, for its caller to mark
 * while it still knows where it lies, or NULL when no room is left. */
static struct order_thing *read_append_unreadable(const char *text,
                                                  const struct order_token *tokens, size_t c,
                                                  size_t b, size_t e, struct order_reading *rg)
{
    struct order_thing *th = order_reading_add_thing(rg, c, b, e);
    if (!th)
        return NULL;
    th->leftover_kind = ORDER_LEFTOVER_ITEMLIKE;
    th->item = -1;
    th->vague = th->unreadable = true;
    th->phrase_len = (uint16_t)order_words_join(text, tokens, b, e, th->phrase, sizeof(th->phrase));
    memset(rg->roles + b, ORDER_ROLE_LEFTOVER, e - b);
    rg->clauses[c].n_leftovers++;
    return th;
}

bool order_read_add_unreadable(const char *text, const struct order_token *tokens, size_t c,
                               size_t b, size_t e, struct order_reading *rg)
{
    if (!read_append_unreadable(text, tokens, c, b, e, rg))
        return false;
    order_reading_sort_things(rg);
    return true;
}

/* "a number 3 with a large drink": a numbered dish, vague (read_numbered_dish). */
static void read_numbered_things(const char *text, const struct order_token *tokens, size_t c,
                                 struct order_reading *rg)
{
    if (!ORDER_CUES_ANY(&rg->cues, "number", "combo", "meal"))
        return;
    const struct order_clause *cl = &rg->clauses[c];
    for (size_t i = cl->begin; i + 1U < cl->end; i++) {
        if (!read_numbered_dish(text, tokens, i, cl->end))
            continue;
        struct order_thing *had = read_leftover_at(rg, c, i);
        if (had && had->end == i + 2U && !had->past) { /* "a number 7": read, yet not real */
            had->vague = had->unreadable = true;
            continue;
        }
        if (rg->roles[i] != ORDER_ROLE_NONE || rg->roles[i + 1U] != ORDER_ROLE_NONE)
            continue;
        if (!order_read_add_unreadable(text, tokens, c, i, i + 2U, rg))
            return;
    }
}

/* "whatever has the most protein", "whichever is the healthiest", "anything thats
 * spiciest": a free choice ("whatever", at i) picked by the most of something, a verb of
 * being or having and a superlative ("most", "least", "best" and a word, or a word in
 * -est), names no dish: the kitchen cannot tell which one is meant. Its tokens, 0 when
 * none. */
static size_t read_picked_by_most(const char *text, const struct order_token *tokens, size_t i,
                                  size_t e)
{
    static const char *const verbs[] = {"has", "is", "s", "thats", "got", "comes", "have"};
    static const char *const most[] = {"most", "least", "best", "biggest", "largest"};
    size_t p = i + 1U;
    if (order_tok_is(text, tokens, p, e, "comes") && order_tok_is(text, tokens, p + 1U, e, "with"))
        p++;
    if (!order_tok_in(text, tokens, p, e, verbs, ORDER_WORDS_N(verbs)))
        return 0;
    p++;
    if (order_tok_is(text, tokens, p, e, "the"))
        p++;
    if (p >= e || tokens[p].kind != ORDER_TOKEN_WORD)
        return 0;
    if (order_tok_in(text, tokens, p, e, most, ORDER_WORDS_N(most)))
        return p + 1U < e && tokens[p + 1U].kind == ORDER_TOKEN_WORD ? p + 2U - i : p + 1U - i;
    return order_tok_superlative_form(text, tokens, p, e, ORDER_SUPERLATIVE_PICK_MIN) ? p + 1U - i
                                                                                      : 0;
}

/* Is token p a superlative that picks a dish by what it is ("hottest", "spiciest"), not by
 * how soon or easily it comes ("whatever's quickest" leaves the kind named to the kitchen,
 * no dish of its own)? */
/* free choice with its "is" contracted: "whatever's good", "anything's fine" */
static const char *const read_contracted_choices[] = {"whatevers", "anythings", "whichevers"};

static const char *const read_speed_picks[] = {"quickest", "fastest", "easiest",
                                               "simplest", "soonest", "speediest"};

static bool read_superlative_pick(const char *text, const struct order_token *tokens, size_t p,
                                  size_t e)
{
    return order_tok_superlative_form(text, tokens, p, e, ORDER_SUPERLATIVE_PICK_MIN) &&
           !order_tok_in(text, tokens, p, e, read_speed_picks, ORDER_WORDS_N(read_speed_picks));
}

/* "car 6 wants whatever's fastest and a coke": the quickest dish, where the message names no
 * kind of dish (", whatever's quickest" after "a wrap" picks among the wraps: attach), is a
 * dish left to the kitchen. Returns its tokens at i, 0 when none. */
static size_t read_quickest_alone(const char *text, const struct order_token *tokens,
                                  const struct order_reading *rg, size_t i, size_t e)
{
    if (!order_tok_in(text, tokens, i, e, read_contracted_choices,
                      ORDER_WORDS_N(read_contracted_choices)) ||
        !order_tok_in(text, tokens, i + 1U, e, read_speed_picks, ORDER_WORDS_N(read_speed_picks)))
        return 0;
    for (size_t x = 0; x < rg->n_things; x++)
        if (rg->things[x].is_span && rg->things[x].item < 0)
            return 0; /* "3 bowls for the team, whatever's fastest": which of them */
    return 2;
}

/* After "whatever" at p: the kitchen's own pick, with its name for it ("ur best dessert is",
 * "your special is", "yalls fave"): a possessive of the restaurant, what ranks the dishes
 * ("best", "special", "fave", a superlative), perhaps a kind, perhaps "is". Returns its
 * tokens, 0 when none. */
static size_t read_choice_the_kitchen_ranks(const char *text, const struct order_token *tokens,
                                            size_t p, size_t e)
{
    enum { RANKED_KIND_WORDS_MAX = 3 };
    static const char *const yours[] = {"ur", "your", "yalls", "yall", "you guys", "youre"};
    static const char *const ranking[] = {"best",      "special",   "specials", "fave",
                                          "favorite",  "favourite", "favs",     "signature",
                                          "specialty", "speciality"};
    static const char *const being[] = {"is", "are", "s"};
    if (!order_tok_in(text, tokens, p, e, yours, ORDER_WORDS_N(yours)))
        return 0;
    size_t q = p + (order_tok_is(text, tokens, p, e, "you") ? 2U : 1U);
    if (!order_tok_in(text, tokens, q, e, ranking, ORDER_WORDS_N(ranking)) &&
        !read_superlative_pick(text, tokens, q, e))
        return 0;
    q++;
    /* "best dessert is", "best vegetarian thing is": the kind ranked, up to "is" */
    for (size_t k = q;
         k < e && k <= q + RANKED_KIND_WORDS_MAX && tokens[k].kind == ORDER_TOKEN_WORD; k++)
        if (order_tok_in(text, tokens, k, e, being, ORDER_WORDS_N(being)))
            return k + 1U - p;
    return q - p;
}

/* After "whatever" or "something" at p: what the dish should do, not what it is ("cures a
 * hangover", "that helps a sore throat", "thatll fix me"): a verb of helping and its object, up
 * to the end of the words or a laugh. Returns its tokens, 0 when none. */
static size_t read_choice_for_purpose(const char *text, const struct order_token *tokens, size_t p,
                                      size_t e)
{
    enum { PURPOSE_OBJECT_WORDS_MAX = 3 };
    static const char *const relative[] = {"that", "thatll", "which", "to"};
    static const char *const helping[] = {"cures", "cure", "helps",  "help", "fixes", "fix",
                                          "heals", "heal", "beats",  "beat", "kills", "kill",
                                          "soaks", "soak", "sobers", "sober"};
    size_t q = p;
    if (order_tok_in(text, tokens, q, e, relative, ORDER_WORDS_N(relative)))
        q++;
    if (!order_tok_in(text, tokens, q, e, helping, ORDER_WORDS_N(helping)))
        return 0;
    size_t end = ++q;
    while (end < e && end < q + PURPOSE_OBJECT_WORDS_MAX && tokens[end].kind == ORDER_TOKEN_WORD &&
           !order_tok_laugh(text, tokens, end, e))
        end++;
    return end - p;
}

/* "and for my partner whatever you recommend", "something u suggest": a dish left to the
 * restaurant's choice names none; a person has to pick it with the customer. Returns the
 * tokens of such a phrase at i, 0 when none. */
static size_t read_left_to_us(const char *text, const struct order_token *tokens, size_t i,
                              size_t e)
{
    static const char *const free_choice[] = {"whatever", "anything", "something", "whichever"};
    /* "whichever you'd recommend": "you" with "would" contracted ("youd") */
    static const char *const you[] = {"you", "u", "ya", "youd", "ud", "yall"};
    static const char *const choosing[] = {"recommend", "suggest", "pick",
                                           "choose",    "think",   "reccomend"};
    /* "whatever's good", "anything thats popular": the choice left to what the kitchen
     * thinks well of, the same free choice said as praise ("whatevers": its "is" contracted) */
    static const char *const being[] = {"is", "s", "thats", "whats"};
    static const char *const praised[] = {"good", "popular", "fresh", "tasty", "nice", "yummy"};
    if (order_tok_in(text, tokens, i, e, read_contracted_choices,
                     ORDER_WORDS_N(read_contracted_choices)) &&
        (order_tok_in(text, tokens, i + 1U, e, praised, ORDER_WORDS_N(praised)) ||
         read_superlative_pick(text, tokens, i + 1U, e)))
        return 2; /* "whatevers good", "whatevers hottest" */
    if (!order_tok_in(text, tokens, i, e, free_choice, ORDER_WORDS_N(free_choice)))
        return 0;
    size_t best = read_picked_by_most(text, tokens, i, e);
    if (best == 0)
        best = order_read_ranked_choice(text, tokens, i, e);
    if (best > 0)
        return best;
    if (order_tok_in(text, tokens, i + 1U, e, being, ORDER_WORDS_N(being)) &&
        order_tok_in(text, tokens, i + 2U, e, praised, ORDER_WORDS_N(praised)))
        return 3;
    size_t helps = read_choice_for_purpose(text, tokens, i + 1U, e);
    if (helps == 0)
        helps = read_choice_the_kitchen_ranks(text, tokens, i + 1U, e);
    if (helps > 0)
        return 1U + helps;
    if (!order_tok_in(text, tokens, i + 1U, e, you, ORDER_WORDS_N(you)) ||
        !order_tok_in(text, tokens, i + 2U, e, choosing, ORDER_WORDS_N(choosing)))
        return 0;
    return 3;
}

/* A dish left to the restaurant's choice (read_left_to_us), beside dishes asked for: a thing
 * asked back, never dropped. */
static void read_left_to_us_things(const char *text, const struct order_token *tokens, size_t c,
                                   struct order_reading *rg)
{
    if (!ORDER_CUES_ANY(&rg->cues, "whatevers", "anythings", "whichevers", "whatever", "anything",
                        "something", "whichever"))
        return;
    const struct order_clause *cl = &rg->clauses[c];
    for (size_t i = cl->begin; i < cl->end; i++) {
        size_t k = read_left_to_us(text, tokens, i, cl->end);
        if (k == 0)
            k = read_quickest_alone(text, tokens, rg, i, cl->end);
        /* "i will have whatever you recommend": the request read the phrase as a leftover
         * already; it is the choice left to the kitchen, asked back as such */
        struct order_thing *read = k > 0 ? read_leftover_at(rg, c, i) : NULL;
        if (read && read->begin == i && read->end == i + k && !read->past) {
            read->left_to_us = true;
            i += k - 1U;
            continue;
        }
        bool free = k > 0;
        for (size_t j = i; j < i + k; j++) /* "for my partner whatever ...": a filler's tail */
            free = free && (rg->roles[j] == ORDER_ROLE_NONE || rg->roles[j] == ORDER_ROLE_FILLER);
        if (!free)
            continue;
        struct order_thing *th = read_append_unreadable(text, tokens, c, i, i + k, rg);
        if (!th)
            return;
        th->left_to_us = true;
        order_reading_sort_things(rg);
        i += k - 1U;
    }
}

static const char *const read_general_food[] = {"food",      "foods",   "grub",       "nosh",
                                                "eats",      "chow",    "sustenance", "nourishment",
                                                "nutriment", "victuals"};

/* Is thing th only a word for food in general ("food", "grub", "nourishment")? */
static bool read_is_food_in_general(const char *text, const struct order_token *tokens,
                                    const struct order_thing *th)
{
    return !th->is_span && !th->past && th->end == th->begin + 1U &&
           order_tok_in(text, tokens, th->begin, th->end, read_general_food,
                        ORDER_WORDS_N(read_general_food));
}

/* "food for 6 ppl", "some grub": a leftover that is only the word for food in general names
 * no dish, on the menu or off it: the restaurant has to ask what, it declines nothing. */
static void read_food_in_general(const char *text, const struct order_token *tokens, size_t c,
                                 struct order_reading *rg)
{
    if (!ORDER_CUES_ANY(&rg->cues, "food", "foods", "grub", "nosh", "eats", "chow", "sustenance",
                        "nourishment", "nutriment", "victuals"))
        return;
    for (size_t t = 0; t < rg->n_things; t++) {
        struct order_thing *th = &rg->things[t];
        if (th->clause != c || th->is_span || th->past || th->end != th->begin + 1U ||
            th->leftover_kind != ORDER_LEFTOVER_FOOD || !read_is_food_in_general(text, tokens, th))
            continue;
        th->leftover_kind = ORDER_LEFTOVER_ITEMLIKE;
        th->vague = th->unreadable = true;
    }
}

void order_read_vague_things(const char *text, const struct order_token *tokens, size_t c,
                             struct order_reading *rg)
{
    if (!ORDER_CUES_ANY(&rg->cues, "number", "combo", "meal", "whatevers", "anythings",
                        "whichevers", "whatever", "anything", "something", "whichever", "food",
                        "foods", "grub", "nosh", "eats", "chow", "sustenance", "nourishment",
                        "nutriment", "victuals", "thing", "things", "stuff", "smth", "sth", "one"))
        return;
    const struct order_clause *cl = &rg->clauses[c];
    read_numbered_things(text, tokens, c, rg);
    read_left_to_us_things(text, tokens, c, rg);
    read_food_in_general(text, tokens, c, rg);
    for (size_t i = cl->begin; i < cl->end; i++) {
        bool chosen_by_what = read_free_choice_with(text, tokens, i, cl->end);
        if (!read_vague_noun(text, tokens, i, cl->end) && !chosen_by_what &&
            !read_one_described(text, tokens, rg, c, i))
            continue;
        struct order_thing *th = read_leftover_at(rg, c, i);
        /* "and for my wife something with ...": the pronoun may end a filler's tail */
        if (!th &&
            (rg->roles[i] == ORDER_ROLE_NONE ||
             (chosen_by_what && rg->roles[i] == ORDER_ROLE_FILLER)) &&
            (chosen_by_what || (i > cl->begin && read_pointing(text, tokens, i - 1U, cl->end)))) {
            th = order_reading_add_thing(rg, c, chosen_by_what ? i : i - 1U, i + 1U);
            if (!th)
                return;
            th->leftover_kind = ORDER_LEFTOVER_ITEMLIKE;
            th->item = -1;
            rg->clauses[c].n_leftovers++;
        }
        if (!th || th->past || th->end != i + 1U)
            continue;
        bool described = order_tok_is(text, tokens, i + 1U, cl->end, "with") ||
                         order_tok_is(text, tokens, i + 1U, cl->end, "w");
        /* "the thing is, ...": no dish without a word that describes it */
        if (!described && !read_described_before(text, tokens, th->begin, i))
            continue;
        th->vague = th->unreadable = true;
        if (described) {
            size_t b = th->begin,
                   e = read_description_end(text, tokens, rg, i + 1U, cl->end, chosen_by_what);
            order_reading_drop_leftovers_in(rg, c, i + 1U, e); /* a description took their words */
            if (chosen_by_what)
                read_drop_change_of(text, tokens, c, i + 2U, e, rg);
            th = read_leftover_at(rg, c, i);
            th->end = (uint16_t)e;
            memset(rg->roles + b, ORDER_ROLE_LEFTOVER, e - b);
            for (size_t k = i + 1U; k < e; k++)
                rg->mod_zone[k] = false;
        }
        th->phrase_len = (uint16_t)order_words_join(text, tokens, th->begin, th->end, th->phrase,
                                                    sizeof(th->phrase));
        order_reading_sort_things(rg);
        i = th->end - 1U;
    }
}

/* Does a colon stand in tokens [a, b): a list that the words before it announce? */
static bool read_colon_between(const struct order_token *tokens, size_t a, size_t b)
{
    for (size_t i = a; i < b; i++)
        if (tokens[i].kind == ORDER_TOKEN_PUNCT && tokens[i].punct == ':')
            return true;
    return false;
}

/* Does a dish asked for (a span, neither past nor pointing back) follow thing t in a clause
 * after its own, or in its own after a colon ("need food for the team: 5 burgers")? "food for
 * 6 and 2 lemonades" still asks what food. */
static bool read_dish_after(const struct order_token *tokens, const struct order_reading *rg,
                            size_t t)
{
    const struct order_thing *th = &rg->things[t];
    for (size_t k = t + 1U; k < rg->n_things; k++) {
        const struct order_thing *d = &rg->things[k];
        if (!d->is_span || d->past || d->reference || d->begin < th->end)
            continue;
        if (d->clause > th->clause ||
            (d->clause == th->clause && read_colon_between(tokens, th->end, d->begin)))
            return true;
    }
    return false;
}

void order_read_food_beside_dishes(const char *text, const struct order_token *tokens,
                                   struct order_reading *rg)
{
    if (!ORDER_CUES_ANY(&rg->cues, "food", "foods", "grub", "nosh", "eats", "chow", "sustenance",
                        "nourishment", "nutriment", "victuals"))
        return;
    bool dish = false;
    for (size_t t = 0; t < rg->n_things && !dish; t++)
        dish = rg->things[t].is_span && !rg->things[t].past && !rg->things[t].reference;
    if (!dish)
        return;
    for (size_t t = 0; t < rg->n_things; t++) {
        struct order_thing *th = &rg->things[t];
        /* "2 lemonades and food for 6": food counted or for people is asked for, what;
         * "need food for the team: 5 burgers, ...": the dishes after it are that food */
        if (!read_is_food_in_general(text, tokens, th) || !th->vague || th->qty_explicit ||
            th->qty_unclear ||
            (order_tok_is(text, tokens, th->end, rg->clauses[th->clause].end, "for") &&
             !read_dish_after(tokens, rg, t)))
            continue;
        order_reading_leftover_to_filler(rg, t--);
    }
}
