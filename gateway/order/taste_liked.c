/* taste_liked.c — a taste told in a part of its own beside the dishes, whoever's it is (reading.h,
 * after taste_told.c): "a mango smoothie, i love mango", "a mango smoothie, loves mango", "a
 * carnitas bowl, hates cilantro", "2 tacos, not a fan of churros", "my twins love mango, a
 * mango smoothie". A part that opens after a mark or the clause's start, with a subject or
 * none ("i", "we", "she", "my son"), a verb of liking or disliking ("loves", "hates", "obsessed
 * with", "not a fan of"), perhaps "the" or "your", and a food closing the part (perhaps "so
 * much", "lol" after it), tells why the customer orders, or whom the dish suits. What is
 * disliked is never asked for, beside a dish asked for in another part; what someone else
 * likes after the dishes neither; a food liked before the dishes, or by the customer after
 * them, only when it names a dish asked for in another part (it was counted twice): "a wrap,
 * i love the onion rings too" may be how they ask; being a fan of a dish never is ("big fan
 * of the nachos, 2 tacos"). Words left over are read so only when the
 * verb is among them and a food of a word or two follows ("hates cilantro"): after a verb
 * they may be more than a food. */
#include "gateway/order/reading.h"

enum {
    TASTE_NONE,
    TASTE_LIKED,
    TASTE_DISLIKED,
    TASTE_FAN, /* "a big fan of": liked, and said of the customer it never asks */
};

/* The taste the verb phrase ending right before token p tells, and where it starts in *vb:
 * "loves", "hate", "obsessed with", "a big fan of", "not a fan of", "crazy about", "cant get
 * enough of". */
static int taste_liked_verb(const char *text, const struct order_token *tokens, size_t begin,
                            size_t p, size_t e, size_t *vb)
{
    static const char *const liking[] = {"love", "loves", "adore", "adores", "like", "likes"};
    static const char *const hating[] = {"hate", "hates", "dislike", "dislikes", "detest"};
    static const char *const fans[] = {"a", "big", "huge", "really", "not", "no"};
    if (p <= begin)
        return TASTE_NONE;
    *vb = p - 1U;
    if (order_tok_in(text, tokens, p - 1U, e, liking, ORDER_WORDS_N(liking)))
        return TASTE_LIKED;
    if (order_tok_in(text, tokens, p - 1U, e, hating, ORDER_WORDS_N(hating)))
        return TASTE_DISLIKED;
    if (p < begin + 2U)
        return TASTE_NONE;
    *vb = p - 2U;
    if (p >= begin + 4U && order_tok_is(text, tokens, p - 1U, e, "of") &&
        order_tok_is(text, tokens, p - 2U, e, "enough") &&
        order_tok_is(text, tokens, p - 3U, e, "get") &&
        (order_tok_is(text, tokens, p - 4U, e, "cant") ||
         order_tok_is(text, tokens, p - 4U, e, "never"))) {
        *vb = p - 4U; /* "cant get enough of" */
        return TASTE_LIKED;
    }
    if ((order_tok_is(text, tokens, p - 1U, e, "with") &&
         order_tok_is(text, tokens, p - 2U, e, "obsessed")) ||
        (order_tok_is(text, tokens, p - 1U, e, "about") &&
         order_tok_is(text, tokens, p - 2U, e, "crazy")))
        return TASTE_LIKED;
    if (!order_tok_is(text, tokens, p - 1U, e, "of") ||
        !order_tok_is(text, tokens, p - 2U, e, "fan"))
        return TASTE_NONE;
    bool not = false; /* "not a fan of", "no fan of" */
    while (*vb > begin && order_tok_in(text, tokens, *vb - 1U, e, fans, ORDER_WORDS_N(fans))) {
        (*vb)--;
        not = not || order_tok_is(text, tokens, *vb, e, "not") ||
              order_tok_is(text, tokens, *vb, e, "no");
    }
    return not ? TASTE_DISLIKED : TASTE_FAN;
}

/* Does the subject before the verb at vb open the part: none, the customer ("i", "we",
 * "im"), someone ("she", "they") or a possessive or "the" and a word or two ("my twins", "the
 * kids")? Sets *own when the taste is the customer's own. */
static bool taste_liked_subject(const char *text, const struct order_token *tokens,
                                const struct order_reading *rg, const struct order_clause *cl,
                                size_t vb, bool *own)
{
    enum { SUBJECT_WORDS_MAX = 3 };
    static const char *const selves[] = {"i", "we", "im", "really", "just", "so", "also", "do"};
    static const char *const persons[] = {"she", "he", "they", "shes", "hes", "theyre"};
    size_t s = vb;
    while (s > cl->begin &&
           order_tok_in(text, tokens, s - 1U, cl->end, selves, ORDER_WORDS_N(selves)))
        s--;
    *own = true;
    if (s == vb && s > cl->begin &&
        order_tok_in(text, tokens, s - 1U, cl->end, persons, ORDER_WORDS_N(persons))) {
        s--;
        *own = false;
    } else if (s == vb)
        for (size_t p = vb; p > cl->begin && vb - p < SUBJECT_WORDS_MAX; p--) {
            if (tokens[p - 1U].kind != ORDER_TOKEN_WORD)
                break;
            if (order_tok_possessive_or_the(text, tokens, p - 1U, cl->end) && p < vb) {
                s = p - 1U;
                *own = false;
                break;
            }
        }
    /* "side salad but she hates cucumber": "but" opens the part as a mark does */
    return s == cl->begin || tokens[s - 1U].kind == ORDER_TOKEN_PUNCT ||
           (s > cl->begin && rg->roles[s - 1U] == ORDER_ROLE_FILLER) ||
           (s > cl->begin && order_tok_is(text, tokens, s - 1U, cl->end, "but"));
}

/* Does the part close after the food ending at token e: at a mark or the clause's end,
 * perhaps after "so much", "lol", "too", "a lot"? */
static bool taste_liked_closes(const char *text, const struct order_token *tokens,
                               const struct order_clause *cl, size_t e)
{
    static const char *const closers[] = {"so", "much", "lol", "haha", "too", "a", "lot", "sm"};
    /* "my kids hate onions so no onions please": "so" and what follows is the consequence */
    if (order_tok_is(text, tokens, e, cl->end, "so") &&
        !order_tok_is(text, tokens, e + 1U, cl->end, "much") && e + 1U < cl->end &&
        tokens[e + 1U].kind == ORDER_TOKEN_WORD)
        return true;
    while (order_tok_in(text, tokens, e, cl->end, closers, ORDER_WORDS_N(closers)))
        e++;
    return e >= cl->end || tokens[e].kind == ORDER_TOKEN_PUNCT;
}

/* Is a dish asked for by a thing other than x, outside the part of x (before its verb at vb
 * or after its end)? Where same_before (same_after) is set, one before (after) x must name an
 * item x names. */
static bool taste_liked_asked_elsewhere(const struct order_reading *rg, size_t x, size_t vb,
                                        bool same_before, bool same_after)
{
    const struct order_thing *th = &rg->things[x];
    for (size_t y = 0; y < rg->n_things; y++) {
        const struct order_thing *o = &rg->things[y];
        if (y == x || !o->is_span || o->reference || (o->end > vb && o->begin < th->end))
            continue;
        if (!(o->begin < th->end ? same_before : same_after))
            return true;
        if (th->is_span) {
            struct order_item_set both = th->candidates;
            order_item_set_and(&both, &o->candidates);
            if (order_item_set_count(&both) > 0)
                return true;
        }
    }
    return false;
}

/* The taste told of thing x in a part of its own (TASTE_NONE when none), where its verb phrase
 * starts in *vb, and whether it is the customer's own in *own. */
static int taste_liked_read(const char *text, const struct order_token *tokens,
                            const struct order_reading *rg, size_t x, size_t *vb, bool *own)
{
    static const char *const determiners[] = {"the", "your", "ur", "their", "his", "her"};
    const struct order_thing *th = &rg->things[x];
    const struct order_clause *cl = &rg->clauses[th->clause];
    if (th->qty_explicit || !taste_liked_closes(text, tokens, cl, th->end))
        return TASTE_NONE;
    size_t p = th->begin;
    /* words left over may hold their verb ("hates cilantro", "kids hate onions"), then a food
     * of a word or two, not what the customer goes on to do ("hate to ask but ...") */
    enum { FOOD_WORDS_MAX = 2 };
    for (size_t i = th->begin; !th->is_span && i + 1U < th->end; i++)
        if (taste_liked_verb(text, tokens, cl->begin, i + 1U, cl->end, vb) != TASTE_NONE) {
            if (th->end - (i + 1U) > FOOD_WORDS_MAX ||
                order_tok_is(text, tokens, i + 1U, cl->end, "to"))
                return TASTE_NONE;
            p = i + 1U;
            break;
        }
    if (p == th->begin && !th->is_span)
        return TASTE_NONE; /* words left over after the verb may be more than a food */
    if (p == th->begin && p > cl->begin &&
        order_tok_in(text, tokens, p - 1U, cl->end, determiners, ORDER_WORDS_N(determiners)))
        p--; /* "i love your fries" */
    int taste = taste_liked_verb(text, tokens, cl->begin, p, cl->end, vb);
    if (taste == TASTE_NONE || !taste_liked_subject(text, tokens, rg, cl, *vb, own))
        return TASTE_NONE;
    /* "loves mango" with no subject: the verb's "s" says it is someone else's */
    size_t last = tokens[*vb].off + tokens[*vb].len - 1U;
    if (*own && (*vb == cl->begin || tokens[*vb - 1U].kind == ORDER_TOKEN_PUNCT) &&
        text[last] == 's')
        *own = false;
    return taste;
}

bool order_taste_liked_part(const char *text, const struct order_token *tokens,
                            const struct order_reading *rg, size_t x)
{
    if (!ORDER_CUES_ANY(&rg->cues, "love", "loves", "adore", "adores", "like", "likes", "hate",
                        "hates", "dislike", "dislikes", "detest", "enough", "obsessed", "crazy",
                        "fan"))
        return false;
    size_t vb = 0;
    bool own = true;
    return rg->things[x].reference &&
           taste_liked_read(text, tokens, rg, x, &vb, &own) != TASTE_NONE;
}

void order_read_taste_liked(const char *text, const struct order_token *tokens,
                            struct order_reading *rg)
{
    if (!ORDER_CUES_ANY(&rg->cues, "love", "loves", "adore", "adores", "like", "likes", "hate",
                        "hates", "dislike", "dislikes", "detest", "enough", "obsessed", "crazy",
                        "fan"))
        return;
    for (size_t x = 0; x < rg->n_things; x++) {
        struct order_thing *th = &rg->things[x];
        size_t vb = th->begin;
        bool own = true;
        int taste = th->reference ? TASTE_NONE : taste_liked_read(text, tokens, rg, x, &vb, &own);
        /* the customer's own liking may ask: only a dish asked for elsewhere is not; being a
         * fan of a dish asks for none ("big fan of the nachos, 2 tacos") */
        bool liked = taste == TASTE_LIKED;
        if (taste != TASTE_NONE && taste_liked_asked_elsewhere(rg, x, vb, liked && own, liked))
            th->reference = true;
    }
    /* "my mom adores | flan": words left over that end on the verb, the subject's noun before
     * it, say whose taste the food after them is, once that food is asked for by nobody */
    for (size_t x = 0; x + 1U < rg->n_things; x++) {
        struct order_thing *th = &rg->things[x];
        const struct order_thing *food = &rg->things[x + 1U];
        const struct order_clause *cl = &rg->clauses[th->clause];
        size_t vb = th->begin;
        bool own = true;
        if (!th->is_span && !th->reference && food->reference && food->clause == th->clause &&
            food->begin == th->end && th->end > th->begin + 1U &&
            taste_liked_verb(text, tokens, cl->begin, th->end, cl->end, &vb) != TASTE_NONE &&
            vb > th->begin && taste_liked_subject(text, tokens, rg, cl, vb, &own) && !own)
            th->reference = true;
    }
}
