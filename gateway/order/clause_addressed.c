/* clause_addressed.c — the one the customer speaks to, named before or after the request:
 * "Carlos I want ...", "bro can I get ...", "mija, two churros", "... and a flan, amigo".
 * A name or a word of address opens no request and names no dish. Before a request opener
 * with no comma, a single word at the clause's start is one (a name no English dictionary
 * knows, or a word of address), and the request opens after it as at the clause's start;
 * else the opener is not read, and a dish the menu lacks after it is lost rather than
 * declined. Set off by a comma at the clause's start or end, only a word of address is
 * one: a word no dictionary knows there may as well be a dish of a list ("pozole, 2
 * churros"). */
#include "gateway/order/clause_internal.h"
#include "gateway/order/dictionary.h"
#include "gateway/order/food.h"

/* Words said to address someone, English and Spanish (customers write either in an order),
 * accents dropped as the match form drops them. */
static const char *const clause_address_words[] = {
    "bro",    "bruh",  "sis",     "dude",     "man",     "buddy", "pal",     "mate",
    "chef",   "chief", "boss",    "sir",      "maam",    "madam", "friend",  "fam",
    "guys",   "folks", "team",    "yall",     "cousin",  "mija",  "mijo",    "mijita",
    "mijito", "amigo", "amiga",   "jefe",     "jefa",    "senor", "senora",  "senorita",
    "joven",  "tio",   "tia",     "compa",    "primo",   "prima", "hermano", "hermana",
    "carnal", "oye",   "mi amor", "mi amigo", "mi amiga"};

/* Is the word at i (one or two) one of address and nothing of the menu or of food: its
 * length in tokens, or 0? */
static size_t clause_address_word_at(const struct order_reader *rd, const char *text,
                                     const struct order_token *tokens,
                                     const struct order_reading *out, size_t i, size_t e)
{
    if (!(ORDER_CUES_ANY(&out->cues, "bro", "bruh", "sis", "dude", "man", "buddy", "pal", "mate",
                         "chef", "chief", "boss", "sir", "maam", "madam", "friend", "fam", "guys",
                         "folks", "team", "yall", "cousin", "mija") ||
          ORDER_CUES_ANY(&out->cues, "mijo", "mijita", "mijito", "amigo", "amiga", "jefe", "jefa",
                         "senor", "senora", "senorita", "joven", "tio", "tia", "compa", "primo",
                         "prima", "hermano", "hermana", "carnal", "oye", "mi")))
        return 0;
    if (!CLAUSE_IN(clause_address_words, i) || out->roles[i] != ORDER_ROLE_NONE ||
        order_food_word(rd->food, text + tokens[i].off, tokens[i].len))
        return 0;
    for (size_t h = 0; h < out->n_hits[i]; h++)
        if (out->hits[i][h].edits == 0)
            return 0;
    return order_tok_is(text, tokens, i, e, "mi") ? 2 : 1;
}

bool clause_addressed_before(const struct order_reader *rd, const char *text,
                             const struct order_token *tokens, const struct order_reading *out,
                             size_t s, size_t i, size_t e)
{
    if (i != s + 1U || tokens[s].kind != ORDER_TOKEN_WORD || tokens[s].len < 2 ||
        out->roles[s] != ORDER_ROLE_NONE || out->n_hits[s] > 0)
        return false;
    for (size_t k = 0; k < tokens[s].len; k++)
        if (text[tokens[s].off + k] < 'a' || text[tokens[s].off + k] > 'z')
            return false; /* "2 i want": a count, no name */
    return clause_address_word_at(rd, text, tokens, out, s, e) == 1 ||
           (!order_dictionary_has(rd->dict, text + tokens[s].off, tokens[s].len) &&
            !order_dictionary_texting(text + tokens[s].off, tokens[s].len));
}

size_t clause_address_word(const struct order_reader *rd, const char *text,
                           const struct order_token *tokens, const struct order_reading *out,
                           size_t i, size_t e)
{
    return clause_address_word_at(rd, text, tokens, out, i, e);
}

size_t clause_address_set_off_at(const struct order_reader *rd, const char *text,
                                 const struct order_token *tokens, const struct order_reading *out,
                                 size_t i, size_t e)
{
    size_t k = clause_address_word_at(rd, text, tokens, out, i, e);
    if (k == 0 || i + k >= e || tokens[i + k].kind != ORDER_TOKEN_PUNCT)
        return 0;
    return tokens[i + k].punct == ',' || tokens[i + k].punct == '!' ? k : 0;
}

void clause_address_closing(const struct order_reader *rd, const char *text,
                            const struct order_token *tokens, const struct order_clause *cl,
                            struct order_reading *out)
{
    size_t w = cl->end;
    while (w > cl->begin && tokens[w - 1U].kind == ORDER_TOKEN_PUNCT)
        w--;
    for (size_t k = 1; k <= 2 && w >= cl->begin + k + 2U; k++) {
        size_t a = w - k;
        const struct order_token *sep = &tokens[a - 1U];
        if (sep->kind == ORDER_TOKEN_PUNCT && sep->punct == ',' &&
            clause_address_word_at(rd, text, tokens, out, a, w) == k) {
            memset(out->roles + a, ORDER_ROLE_GREETING, k);
            for (size_t p = a; p < w; p++)
                out->n_hits[p] = 0;
            return;
        }
    }
}
