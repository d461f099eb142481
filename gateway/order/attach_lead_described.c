/* attach_lead_described.c — a dish called by what its description says it is
 * (attach_leftover_run.c, reading.h pass 4): "the custard" (a Flan: "silky baked custard of
 * eggs ..."), "sugar sticks" (Churros: "crispy fried dough sticks rolled in cinnamon sugar"),
 * "rice milk" (Horchata: "chilled rice and almond milk drink"). A description opens by saying
 * what the item is, up to its first preposition, break or a participle after the noun
 * ("sticks rolled in"): its lead, whose last word is the head. attach_described_dish.c reads
 * the phrases an item's text holds word for word; this reads those its lead holds apart. */
#include <string.h>

#include "gateway/order/attach_internal.h"
#include "gateway/order/dictionary.h"

enum {
    LEAD_WORDS_MAX = 4,  /* words of the phrase read; a longer one is a story, not a name */
    LEAD_SPLIT_MAX = 24, /* words of a lead read */
    LEAD_WORD_BYTES_MAX = 40,
};

struct lead {
    const char *at[LEAD_SPLIT_MAX];
    size_t len[LEAD_SPLIT_MAX];
    size_t n;
};

/* Is [w, w+len) v, or v in the other number ("stick" of "sticks")? */
static bool lead_same(const char *w, size_t len, const char *v)
{
    size_t vl = strlen(v);
    if (len == vl)
        return memcmp(w, v, len) == 0;
    if (len == vl + 1U)
        return w[vl] == 's' && memcmp(w, v, vl) == 0;
    return vl == len + 1U && v[len] == 's' && memcmp(w, v, len) == 0;
}

/* A participle after the noun it follows ends the lead: "dough sticks rolled in", "hibiscus
 * flowers steeped", "brownie made without eggs"; one after an adjective or another
 * participle describes the noun to come ("crispy fried dough", "grilled marinated steak"). */
static bool lead_participle_after_noun(const struct order_lexicon *lx, const struct lead *l,
                                       size_t k)
{
    const char *w = l->at[k];
    size_t n = l->len[k];
    bool participle = (n > 4 && w[n - 2] == 'e' && w[n - 1] == 'd') ||
                      (n == 4 && memcmp(w, "made", 4) == 0) ||
                      (n == 6 && memcmp(w, "shaken", 6) == 0);
    if (!participle || k == 0)
        return false;
    const char *p = l->at[k - 1];
    size_t pn = l->len[k - 1];
    bool before_ed = pn > 2 && p[pn - 2] == 'e' && p[pn - 1] == 'd';
    return !before_ed && !order_dictionary_has(lx->adjectives, p, pn);
}

/* The lead of an item's folded text ("name. description") cut into words. */
static void lead_of(const struct order_lexicon *lx, const char *folded, struct lead *l)
{
    l->n = 0;
    const char *d = strstr(folded, ". ");
    if (!d)
        return;
    d += 2;
    size_t end = strcspn(d, ",;.:");
    for (size_t k = 0; k < end && l->n < LEAD_SPLIT_MAX;) {
        size_t e = k;
        while (e < end && d[e] != ' ')
            e++;
        static const char *const stops[] = {"from", "with",  "without", "in",  "on",
                                            "over", "under", "of",      "for", "off"};
        for (size_t s = 0; s < ORDER_WORDS_N(stops); s++)
            if (strlen(stops[s]) == e - k && memcmp(d + k, stops[s], e - k) == 0)
                return;
        l->at[l->n] = d + k;
        l->len[l->n] = e - k;
        if (lead_participle_after_noun(lx, l, l->n))
            return;
        l->n++;
        k = e + 1;
    }
}

static bool lead_has(const struct lead *l, const char *w)
{
    for (size_t k = 0; k < l->n; k++)
        if (lead_same(l->at[k], l->len[k], w))
            return true;
    return false;
}

/* Do the words stand in the lead in their order, one of them shared by a coordination ("rice
 * milk" of "rice and almond milk": rice milk and almond milk)? Words side by side are read by
 * attach_described_dish.c; words apart otherwise name something else ("vanilla ice cream"
 * is not "vanilla bean oat milk ice cream"). */
static bool lead_coordinated(const struct lead *l, char (*words)[LEAD_WORD_BYTES_MAX + 2], size_t n)
{
    for (size_t s = 0; s < l->n; s++) {
        size_t p = s, w = 0;
        bool shared = false;
        while (w < n && p < l->n && lead_same(l->at[p], l->len[p], words[w])) {
            if (++w == n)
                return shared;
            bool joined =
                p + 2U < l->n && ((l->len[p + 1] == 3 && !memcmp(l->at[p + 1], "and", 3)) ||
                                  (l->len[p + 1] == 2 && !memcmp(l->at[p + 1], "or", 2)));
            shared = shared || joined;
            p += joined ? 3U : 1U;
        }
    }
    return false;
}

/* Do the words stand coordinated in the lead, or their last ones so with the words before
 * them said anywhere in the text ("cinnamon rice milk": rice and almond milk with cinnamon)? */
static bool lead_coordinated_after_said(const struct lead *l, const char *t,
                                        char (*words)[LEAD_WORD_BYTES_MAX + 2], size_t n)
{
    for (size_t s = 0; s + 1U < n; s++) {
        if (s > 0 && !attach_text_has_phrase(t, words[s - 1U]))
            return false;
        if (lead_coordinated(l, words + s, n - s))
            return true;
    }
    return false;
}

/* The words of [i, b) past articles and connectors into words; their count, 0 when the
 * phrase is too long or a word too long. */
static size_t lead_phrase_words(const struct attach_state *st, size_t i, size_t b,
                                char (*words)[LEAD_WORD_BYTES_MAX + 2])
{
    static const char *const articles[] = {"the", "a", "an", "some"};
    size_t n = 0;
    for (size_t p = i; p < b; p++) {
        const struct order_token *k = &st->tokens[p];
        if (k->kind != ORDER_TOKEN_WORD || order_tok_connector(st->text, k) ||
            attach_in(st->text, st->tokens, p, b, articles, ORDER_WORDS_N(articles)))
            continue;
        if (n == LEAD_WORDS_MAX || k->len > LEAD_WORD_BYTES_MAX - 1)
            return 0;
        memcpy(words[n], st->text + k->off, k->len);
        words[n++][k->len] = '\0';
    }
    return n;
}

/* Does item's text hold every word but the last? */
static bool lead_text_holds(const char *t, char (*words)[LEAD_WORD_BYTES_MAX + 2], size_t n)
{
    for (size_t w = 0; w + 1U < n; w++)
        if (!attach_text_has_phrase(t, words[w]))
            return false;
    return true;
}

bool attach_lead_described(const struct attach_state *st, struct order_thing *th, size_t i,
                           size_t b, bool unknown)
{
    char words[LEAD_WORDS_MAX][LEAD_WORD_BYTES_MAX + 2];
    size_t n = lead_phrase_words(st, i, b, words);
    const struct order_lexicon *lx = st->rd->lex;
    /* "a drink": a word naming a section is a kind, asked back elsewhere */
    if (n == 0 || !lx->item_text ||
        order_patterns_longest(&st->rd->u->section_cues, st->text, st->tokens, b - 1U, b, NULL))
        return false;
    const char *last = words[n - 1];
    /* every reading below needs a word of the text that is last, or last with an "s" added
     * or dropped: all hold last but its final letter, and a text without it is passed over
     * before its lead is cut */
    char stem[LEAD_WORD_BYTES_MAX + 2];
    size_t stem_len = strlen(last) - 1U;
    memcpy(stem, last, stem_len);
    stem[stem_len] = '\0';
    size_t found = 0, holders = 0, heads = 0;
    int32_t item = -1;
    bool coordinated = false;
    for (size_t it = 0; it < lx->menu->count; it++) {
        const char *t = lx->item_text[it];
        if (!t || !strstr(t, stem))
            continue;
        holders += attach_text_has_phrase(t, last);
        struct lead l;
        lead_of(lx, t, &l);
        /* the head named, the rest said anywhere in the text ("sugar sticks"); the words
         * coordinated in the lead ("rice milk"); a word no dictionary knows in it ("hibiscus") */
        bool headed = l.n > 0 && lead_same(l.at[l.n - 1], l.len[l.n - 1], last);
        heads += headed;
        bool head = headed && lead_text_holds(t, words, n);
        bool together = n > 1 && lead_coordinated_after_said(&l, t, words, n);
        bool named = n == 1 && unknown && lead_has(&l, last);
        if (head || together || named) {
            found++;
            item = (int32_t)it;
            coordinated = together && !head && !named;
        }
    }
    /* a head several items share ("ice cream" of both milkshakes) is a kind, the words
     * before it no name of one of them; a head other items hold too ("steak", "pork") is a
     * filling of several, and a word no dictionary knows names the one item that holds it */
    if (found != 1 || heads > 1 || (!coordinated && holders != 1))
        return false;
    th->is_span = true;
    order_thing_pin(th, item);
    th->score = 1.0f;
    th->phrase_len =
        (uint16_t)order_words_join(st->text, st->tokens, i, b, th->phrase, sizeof(th->phrase));
    return true;
}
