/* attach_name_split.c — one word of a dish's name written as two, the first right before the
 * dish the reading found by the second ("kesa birria taco": "quesabirria"). Customers who spell a
 * long foreign word as they hear it break it where it sounds like two words; the word before is
 * then the head of the name's word, no change of the dish; so are two words before the dish
 * ("keen wah power bowl": "quinoa"). attach_name_misspelt (attach_heard_count.c) asks both. */
#include <string.h>

#include "gateway/order/attach_internal.h"

/* Is token q, right before dish s, the first part of a word of s's name whose second part is
 * the word at s->begin: the two joined sound as that word of the name? */
bool attach_name_split_before(const struct attach_state *st, const struct order_thing *s, size_t q)
{
    enum { JOINED_BYTES_MAX = 48 };
    const struct order_token *t = st->tokens;
    if (s->item < 0 || q + 1U != s->begin || t[q].kind != ORDER_TOKEN_WORD ||
        t[s->begin].kind != ORDER_TOKEN_WORD || !attach_free(st, q) ||
        t[q].len + t[s->begin].len >= JOINED_BYTES_MAX)
        return false;
    char joined[JOINED_BYTES_MAX];
    memcpy(joined, st->text + t[q].off, t[q].len);
    memcpy(joined + t[q].len, st->text + t[s->begin].off, t[s->begin].len);
    return order_lexicon_item_name_sounds(st->rd->lex, s->item, joined, t[q].len + t[s->begin].len);
}

/* Are the two words [p, p + 2), right before dish s, one word of s's name written as two as it
 * sounds ("the keen wah power bowl": "quinoa")? Joined, they sound as that word. */
bool attach_name_split_two_before(const struct attach_state *st, const struct order_thing *s,
                                  size_t p)
{
    enum { JOINED_BYTES_MAX = 48 };
    const struct order_token *t = st->tokens;
    if (s->item < 0 || p + 2U != s->begin || t[p].kind != ORDER_TOKEN_WORD ||
        t[p + 1U].kind != ORDER_TOKEN_WORD || !attach_free(st, p) || !attach_free(st, p + 1U) ||
        t[p].len + t[p + 1U].len >= JOINED_BYTES_MAX)
        return false;
    char joined[JOINED_BYTES_MAX];
    memcpy(joined, st->text + t[p].off, t[p].len);
    memcpy(joined + t[p].len, st->text + t[p + 1U].off, t[p + 1U].len);
    return order_lexicon_item_name_sounds(st->rd->lex, s->item, joined, t[p].len + t[p + 1U].len);
}
