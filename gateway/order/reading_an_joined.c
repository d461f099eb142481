/* reading_an_joined.c — "chips an guac": an "an" before a word that starts with no vowel's
 * sound is the texted "and", never the article. When it stands alone between a span several
 * items fit and a span of one of them whose name joins its words with "and" ("Chips and
 * Guacamole"), the two spans are that name said whole: the first names no dish of its own
 * to ask back. The window reader (spans.c) leaves a name of two words around its "and" to
 * the words' own readings, so this joins the two readings after they are made. */
#include <string.h>

#include "reading_internal.h"

/* Is token t the texted "and": "an" before a word whose first letter is a consonant but "h"
 * ("an hour")? */
static bool an_for_and(const char *text, const struct order_token *tokens, size_t t, size_t end)
{
    if (t + 1U >= end || tokens[t].len != 2U || memcmp(text + tokens[t].off, "an", 2) != 0 ||
        tokens[t + 1U].kind != ORDER_TOKEN_WORD)
        return false;
    char c = text[tokens[t + 1U].off];
    return c >= 'a' && c <= 'z' && strchr("aeiouh", c) == NULL;
}

void read_join_an_and(const struct order_reader *rd, const char *text,
                      const struct order_token *tokens, size_t c, size_t first,
                      struct order_reading *rg)
{
    if (!ORDER_CUES_ANY(&rg->cues, "an"))
        return;
    struct order_clause *cl = &rg->clauses[c];
    for (size_t s = first; s + 1 < rg->n_things; s++) {
        struct order_thing *a = &rg->things[s], *b = &rg->things[s + 1];
        if (!a->is_span || !b->is_span || a->item >= 0 || b->item < 0 || b->begin != a->end + 1U ||
            !order_item_set_has(&a->candidates, (size_t)b->item) ||
            rg->roles[a->end] != ORDER_ROLE_NONE || !an_for_and(text, tokens, a->end, cl->end) ||
            strstr(rd->lex->menu->items[b->item].key, "-and-") == NULL)
            continue;
        memset(rg->roles + a->end, ORDER_ROLE_ITEM, b->end - a->end);
        a->end = b->end;
        a->item = b->item;
        a->candidates = b->candidates;
        a->score = b->score;
        a->phrase_len = (uint16_t)order_words_join(text, tokens, a->begin, a->end, a->phrase,
                                                   sizeof(a->phrase));
        memmove(b, b + 1, (rg->n_things - s - 2) * sizeof(*b));
        rg->n_things--;
        cl->n_spans--;
    }
}
