/* clause_addressed.c — the one addressed before a request: "Carlos I want ...", "bro can I
 * get ...", "amiga we'd like ...". A single word at the clause's start, before a request
 * opener and with no comma after it, is who the customer speaks to: a name or a word of
 * address. It opens no request itself, and the request opens after it as at the clause's
 * start; else the opener is read as no opener and the thing asked for after it, if no lexicon
 * knows it, is lost rather than declined. */
#include "gateway/order/clause_internal.h"
#include "gateway/order/dictionary.h"

/* English words said to address someone; any word no English dictionary knows ("mija",
 * "carlos") may be a name or an address of another language. */
static const char *const clause_address_words[] = {
    "bro",  "bruh",  "sis",  "dude",  "man",    "buddy", "pal",    "mate",  "chef",   "chief",
    "boss", "sir",   "maam", "madam", "friend", "fam",   "hun",    "honey", "dear",   "love",
    "guys", "folks", "team", "yall",  "girl",   "boy",   "cousin", "uncle", "auntie", "aunt"};

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
    return CLAUSE_IN(clause_address_words, s) ||
           (!order_dictionary_has(rd->dict, text + tokens[s].off, tokens[s].len) &&
            !order_dictionary_texting(text + tokens[s].off, tokens[s].len));
}
