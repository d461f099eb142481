/* result.h — a classified reading to a result: items, questions back, unknown things,
 * status, intents, clauses, the items a question is about. */
#ifndef BRIGADE_GATEWAY_ORDER_RESULT_H
#define BRIGADE_GATEWAY_ORDER_RESULT_H

#include "gateway/order/match.h"
#include "gateway/order/pipeline.h"

/* Fills r from the work's reading (its clauses' intents decided) and the matches of its
 * embedded leftovers (m, per thing), for r->category, which the caller set:
 *   - orders: the things of the request clauses: a span naming one item is that item
 *     (the same item with the same modifiers twice adds up), a span naming several a
 *     question back ("which smoothie?"), a count said vaguely a question back ("how
 *     many?"); a leftover the embedding accepts is that item, one in the review band a
 *     question back with its two candidates, a food nobody matched an unknown thing, and
 *     anything else nothing. Status: review when something is asked back or the message
 *     is not in English (then nothing is listed: a person reads it), else rejected when
 *     something is unknown, else accepted (with the total);
 *   - questions (also in an order): the items their clauses name; when they name none and
 *     the message orders, the ordered items ("Does it contain nuts?"); food asked about
 *     that the menu lacks goes to unknown for the reply. */
void order_result_build(const struct menu *menu, const struct order_work *w,
                        const struct order_match *m, struct order_result *r);

#endif
