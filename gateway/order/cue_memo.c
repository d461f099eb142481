/* cue_memo.c — the cues found per stretch of a message (see cue_memo.h). */
#include "gateway/order/cue_memo.h"

#include <string.h>

void order_cue_memo_clear(struct order_cue_memo *m)
{
    m->n = 0;
    m->roles_used = 0;
}

const struct order_cue_memo_entry *order_cue_memo_find(const struct order_cue_memo *m, size_t b,
                                                       size_t e, const uint8_t *roles)
{
    for (size_t k = 0; k < m->n; k++) {
        const struct order_cue_memo_entry *en = &m->entries[k];
        if (en->b == b && en->e == e && en->has_roles == (roles != NULL) &&
            (!roles || memcmp(m->roles + en->roles_at, roles + b, e - b) == 0))
            return en;
    }
    return NULL;
}

void order_cue_memo_keep(struct order_cue_memo *m, size_t b, size_t e, const uint8_t *roles,
                         const float with_frames[ORDER_CATEGORY_MAX],
                         const float without[ORDER_CATEGORY_MAX])
{
    size_t need = roles ? e - b : 0;
    if (m->n == ORDER_CUE_MEMO_ENTRIES || m->roles_used + need > ORDER_CUE_MEMO_ROLES)
        return;
    struct order_cue_memo_entry *en = &m->entries[m->n++];
    en->b = (uint16_t)b;
    en->e = (uint16_t)e;
    en->has_roles = roles != NULL;
    en->roles_at = (uint16_t)m->roles_used;
    if (roles)
        memcpy(m->roles + m->roles_used, roles + b, need);
    m->roles_used += need;
    memcpy(en->with_frames, with_frames, sizeof(en->with_frames));
    memcpy(en->without, without, sizeof(en->without));
}
