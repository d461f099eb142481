/* clause_quoted_wanting.c — someone else's words quoted as their order: 'my brother says "a
 * lentil soup"', 'dad shouted "two burgers!"', 'the kids go: "nuggets"'. A verb of saying
 * right before an opening quote passes on what the person asks for, as "wants" does
 * (clause_other_wants): the quoted dish is asked for, and one the menu lacks is heard of,
 * not lost. Only the quote makes it so: "my sister says the wrap is great" tells, and asks
 * for nothing. */
#include "gateway/order/clause_internal.h"

bool clause_saying_quote_at(const char *text, const struct order_token *tokens, size_t p, size_t e)
{
    static const char *const saying[] = {"says",  "said",    "goes",    "went",    "yelled",
                                         "yells", "shouted", "shouts",  "asked",   "asks",
                                         "wrote", "texted",  "insists", "screamed"};
    if (p + 1U >= e || !CLAUSE_IN(saying, p))
        return false;
    /* between the verb and the next word: blanks, a colon, and an opening quote */
    for (size_t c = tokens[p].off + tokens[p].len; c < tokens[p + 1U].off; c++)
        if (text[c] == '"' || (text[c] == '\xe2' && text[c + 1U] == '\x80' &&
                               (text[c + 2U] == '\x9c' || text[c + 2U] == '\x9e')))
            return true; /* '"', '“' or '„' */
    return false;
}
