/* named_again_changed.c — "2 carnitas tacos and 2 al pastor, carnitas on flour instead of
 * corn", "a pollo bowl and a flan, the bowl with no beans": after a comma, a dish asked for
 * before named again by fewer of its words (or by its kind), with no count or article of its
 * own ("the" aside), and a change after it points back at the nearest such dish: the change is of
 * the dish asked for, no dish more. Named in full ("..., a carnitas taco with no onion") or
 * counted, it is another dish. */
#include <string.h>

#include "gateway/order/reading.h"

static size_t named_words(const struct order_token *tokens, const struct order_thing *th)
{
    size_t n = 0;
    for (size_t i = th->begin; i < th->end; i++)
        n += tokens[i].kind == ORDER_TOKEN_WORD;
    return n;
}

/* Does a word of th's name stand in was's name too ("carnitas" of "carnitas taco")? A part
 * split off a count ("3 of em with bacon", "1 with no pickles") names none. */
static bool shares_word(const char *text, const struct order_token *tokens,
                        const struct order_thing *th, const struct order_thing *was)
{
    for (size_t i = th->begin; i < th->end; i++)
        for (size_t k = was->begin; k < was->end; k++)
            if (tokens[i].kind == ORDER_TOKEN_WORD && tokens[k].kind == ORDER_TOKEN_WORD &&
                tokens[i].len == tokens[k].len &&
                memcmp(text + tokens[i].off, text + tokens[k].off, tokens[i].len) == 0)
                return true;
    return false;
}

/* Does a comma, or a comma and "the", end right before token b? */
static bool after_comma(const char *text, const struct order_token *tokens, size_t b)
{
    if (b >= 1U && order_tok_is(text, tokens, b - 1U, b, "the"))
        b--;
    return b >= 1U && tokens[b - 1U].kind == ORDER_TOKEN_PUNCT && tokens[b - 1U].punct == ',';
}

void order_read_named_again_changed(const char *text, const struct order_token *tokens,
                                    struct order_reading *rg)
{
    for (size_t s = 1; s < rg->n_things; s++) {
        struct order_thing *th = &rg->things[s];
        if (!th->is_span || th->reference || th->mods.n == 0 ||
            !after_comma(text, tokens, th->begin))
            continue;
        for (size_t x = s; x-- > 0;) {
            struct order_thing *was = &rg->things[x];
            if (!was->is_span || was->reference || was->item < 0 ||
                !(was->item == th->item ||
                  (th->item < 0 && order_item_set_has(&th->candidates, (size_t)was->item))))
                continue;
            /* a count of its own that differs ("2 each of ..." gives each the same); two
             * words or more with no "the" list one more ("Grilled Halloumi burger, Halloumi
             * burger with no sweet chilli jam"), as a name in full does */
            size_t words = named_words(tokens, th);
            bool pointed = order_tok_is(text, tokens, th->begin - 1U, th->begin, "the");
            if (was->mods.n == 0 && !(th->qty_explicit && th->qty != was->qty) &&
                words < named_words(tokens, was) && (words < 2 || pointed) &&
                shares_word(text, tokens, th, was)) {
                was->mods = th->mods;
                th->reference = true;
            }
            break;
        }
    }
}
