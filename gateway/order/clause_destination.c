/* clause_destination.c — where the order is sent, said after the dishes: "3 burritos to dorm c
 * rm 214", "4 sodas to hall 7", "delivered to my office", "send it up to room 12 lol", "to the
 * front desk". "to", a place where someone is (a room, a building, an office, a house), the
 * words before it that say which ("front", "3rd") and the numbers and letters after it that
 * name which one, up to the clause's end, say where the dishes go: no change of the dish
 * before ("to hall" was read as one) and no count ("hall 7" counted 7 sodas). */
#include "gateway/order/clause_internal.h"

static const char *const destination_places[] = {
    "room",      "rm",   "dorm",  "hall",  "building",  "bldg",    "apt",   "apartment",
    "suite",     "ste",  "unit",  "floor", "office",    "house",   "home",  "desk",
    "table",     "seat", "booth", "door",  "lobby",     "gate",    "cabin", "lab",
    "classroom", "ward", "dock",  "porch", "reception", "library", "dept",  "department"};

/* Does token p name which place: a number or a word with a digit ("214", "3b"), or a single
 * letter ("dorm c"), or "#"? */
static bool destination_id(const char *text, const struct order_token *tokens, size_t p)
{
    const struct order_token *t = &tokens[p];
    if (t->kind == ORDER_TOKEN_PUNCT)
        return t->punct == '#';
    for (size_t k = 0; k < t->len; k++)
        if (text[t->off + k] >= '0' && text[t->off + k] <= '9')
            return true;
    return t->len == 1 && text[t->off] != 'a' && text[t->off] != 'i';
}

/* The words that say which of its kind before a place ("front desk", "3rd floor", "main
 * office"): up to two words no menu word reads, then the place. Their count, 0 when none. */
static size_t destination_words_before(const char *text, const struct order_token *tokens, size_t p,
                                       size_t e, const struct order_reading *out)
{
    enum { WHICH_WORDS_MAX = 2 };
    for (size_t k = 0; k <= WHICH_WORDS_MAX && p + k < e; k++) {
        if (CLAUSE_IN(destination_places, p + k))
            return k;
        if (tokens[p + k].kind != ORDER_TOKEN_WORD || out->n_hits[p + k] > 0 ||
            out->roles[p + k] != ORDER_ROLE_NONE)
            return 0;
    }
    return 0;
}

void clause_destination(const char *text, const struct order_token *tokens, size_t s, size_t e,
                        struct order_reading *out)
{
    static const char *const owners[] = {"the", "my", "our", "his", "her", "their"};
    /* "to", and a place of destination_places: none is marked without one */
    if (!ORDER_CUES_ANY(&out->cues, "to") ||
        !ORDER_CUES_ANY(&out->cues, "room", "rm", "dorm", "hall", "building", "bldg", "apt",
                        "apartment", "suite", "ste", "unit", "floor", "office", "house", "home",
                        "desk", "table", "seat", "booth", "door", "lobby", "gate", "cabin", "lab",
                        "classroom", "ward", "dock", "porch", "reception", "library", "dept",
                        "department"))
        return;
    for (size_t i = s + 1U; i + 1U < e; i++) {
        if (out->roles[i] != ORDER_ROLE_NONE || !order_tok_is(text, tokens, i, e, "to"))
            continue;
        size_t p = i + 1U;
        p += CLAUSE_IN(owners, p) ? 1U : 0U;
        p += destination_words_before(text, tokens, p, e, out); /* "the front desk" */
        size_t places = 0, q = p;
        for (; q < e && out->roles[q] == ORDER_ROLE_NONE; q++) {
            bool place = tokens[q].kind == ORDER_TOKEN_WORD && out->n_hits[q] == 0 &&
                         CLAUSE_IN(destination_places, q);
            if (!place && !(q > p && destination_id(text, tokens, q)))
                break;
            places += place ? 1U : 0U;
        }
        /* the clause ends there, or a mark or a word of talk does ("... rm 214 lol") */
        bool ends = q == e || tokens[q].kind == ORDER_TOKEN_PUNCT ||
                    out->roles[q] == ORDER_ROLE_FILLER || out->roles[q] == ORDER_ROLE_GREETING;
        if (places == 0 || !ends || !CLAUSE_IN(destination_places, p))
            continue;
        static const char *const sending[] = {"delivered", "sent", "brought", "up"};
        size_t a = i > s && out->roles[i - 1U] == ORDER_ROLE_NONE && CLAUSE_IN(sending, i - 1U)
                       ? i - 1U
                       : i; /* "delivered to room 5": how it gets there */
        memset(out->roles + a, ORDER_ROLE_FILLER, q - a);
        i = q;
    }
}
