/* cue_memo.h — the cues found in a stretch of a message, kept for the message's next
 * classification (classify.h).
 *
 * A message is classified up to three times: order_prepare's plan reads it at both extremes
 * of the prototype similarities, order_finish with the real ones (pipeline.c). Which cues
 * occur in tokens[b, e) depends only on those tokens and their roles, not on the
 * similarities, yet finding them walked every token of every clause each time: on a 4 KB text
 * half of the classification. The memo keeps the weights found per stretch with a copy of the
 * roles it was found under, and answers a stretch asked again under the same roles; the copy
 * is compared byte for byte, so a role a pass changed in between finds the cues anew. */
#ifndef BRIGADE_GATEWAY_ORDER_CUE_MEMO_H
#define BRIGADE_GATEWAY_ORDER_CUE_MEMO_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "gateway/order/understanding.h"

enum {
    ORDER_CUE_MEMO_ENTRIES = 128, /* stretches kept per message; more are found each time */
    ORDER_CUE_MEMO_ROLES = 4096,  /* bytes of roles kept for them */
};

/* The cue weights per class found in one stretch (order_cue_scores_both). */
struct order_cue_memo_entry {
    uint16_t b, e;     /* the stretch tokens[b, e) */
    uint16_t roles_at; /* its roles' copy in the memo's roles, when has_roles */
    bool has_roles;    /* found under roles (else every token counted) */
    float with_frames[ORDER_CATEGORY_MAX], without[ORDER_CATEGORY_MAX];
};

/* One message's stretches. Emptied by order_cue_memo_clear before the message is read. */
struct order_cue_memo {
    size_t n, roles_used;
    struct order_cue_memo_entry entries[ORDER_CUE_MEMO_ENTRIES];
    uint8_t roles[ORDER_CUE_MEMO_ROLES];
};

void order_cue_memo_clear(struct order_cue_memo *m);

/* The entry of tokens[b, e) found under roles (may be NULL), or NULL when none is kept. */
const struct order_cue_memo_entry *order_cue_memo_find(const struct order_cue_memo *m, size_t b,
                                                       size_t e, const uint8_t *roles);

/* Keeps the weights found in tokens[b, e) under roles, where there is room. */
void order_cue_memo_keep(struct order_cue_memo *m, size_t b, size_t e, const uint8_t *roles,
                         const float with_frames[ORDER_CATEGORY_MAX],
                         const float without[ORDER_CATEGORY_MAX]);

#endif
