/* test_order_cue_memo.c — the cues found per stretch of a message (cue_memo.h): a stretch is
 * answered again only under the very roles it was found under, stretches and the found and
 * not-found cases kept apart, and a full memo keeps nothing more. */
#include <string.h>

#include "check.h"
#include "gateway/order/cue_memo.h"
#include "gateway/order/reading.h"

static struct order_cue_memo memo;

static void weights(float with[ORDER_CATEGORY_MAX], float without[ORDER_CATEGORY_MAX], float v)
{
    for (size_t c = 0; c < ORDER_CATEGORY_MAX; c++) {
        with[c] = v + (float)c;
        without[c] = v - (float)c;
    }
}

static void test_found_under_same_roles(void)
{
    order_cue_memo_clear(&memo);
    uint8_t roles[16] = {0};
    roles[3] = ORDER_ROLE_ITEM;
    float with[ORDER_CATEGORY_MAX], without[ORDER_CATEGORY_MAX];
    weights(with, without, 2.5f);
    CHECK(order_cue_memo_find(&memo, 2, 6, roles) == NULL);
    order_cue_memo_keep(&memo, 2, 6, roles, with, without);
    const struct order_cue_memo_entry *en = order_cue_memo_find(&memo, 2, 6, roles);
    CHECK(en != NULL);
    CHECK_MEM_EQ(en->with_frames, sizeof(with), with, sizeof(with));
    CHECK_MEM_EQ(en->without, sizeof(without), without, sizeof(without));
    /* another stretch, or the same one counted without roles: not kept */
    CHECK(order_cue_memo_find(&memo, 2, 7, roles) == NULL);
    CHECK(order_cue_memo_find(&memo, 1, 6, roles) == NULL);
    CHECK(order_cue_memo_find(&memo, 2, 6, NULL) == NULL);
    /* a role outside the stretch changed: still the same stretch */
    roles[9] = ORDER_ROLE_FILLER;
    CHECK(order_cue_memo_find(&memo, 2, 6, roles) == en);
    /* a role inside it changed (a pass marked a filler): found anew */
    roles[5] = ORDER_ROLE_FILLER;
    CHECK(order_cue_memo_find(&memo, 2, 6, roles) == NULL);
    roles[5] = ORDER_ROLE_NONE;
    CHECK(order_cue_memo_find(&memo, 2, 6, roles) == en);
    /* the roles are copied when kept: the caller's array may change after */
    uint8_t other[16] = {0};
    CHECK(order_cue_memo_find(&memo, 2, 6, other) == NULL);
    order_cue_memo_clear(&memo);
    CHECK(order_cue_memo_find(&memo, 2, 6, roles) == NULL);
}

static void test_without_roles(void)
{
    order_cue_memo_clear(&memo);
    float with[ORDER_CATEGORY_MAX], without[ORDER_CATEGORY_MAX];
    weights(with, without, -1.0f);
    order_cue_memo_keep(&memo, 0, 12, NULL, with, without);
    const struct order_cue_memo_entry *en = order_cue_memo_find(&memo, 0, 12, NULL);
    CHECK(en != NULL);
    CHECK_MEM_EQ(en->without, sizeof(without), without, sizeof(without));
    uint8_t roles[12] = {0};
    CHECK(order_cue_memo_find(&memo, 0, 12, roles) == NULL);
}

static void test_full(void)
{
    order_cue_memo_clear(&memo);
    float with[ORDER_CATEGORY_MAX], without[ORDER_CATEGORY_MAX];
    weights(with, without, 0.0f);
    static uint8_t roles[ORDER_TOKENS_MAX];
    /* the roles' room runs out first: 1000 bytes a stretch */
    size_t kept = 0;
    for (size_t k = 0; k < 20; k++) {
        order_cue_memo_keep(&memo, k, 1000 + k, roles, with, without);
        kept += order_cue_memo_find(&memo, k, 1000 + k, roles) != NULL;
    }
    CHECK_INT_EQ(kept, ORDER_CUE_MEMO_ROLES / 1000);
    /* then the entries: stretches without roles take no room of them */
    order_cue_memo_clear(&memo);
    for (size_t k = 0; k < ORDER_CUE_MEMO_ENTRIES + 8; k++)
        order_cue_memo_keep(&memo, k, k + 1, NULL, with, without);
    CHECK(order_cue_memo_find(&memo, ORDER_CUE_MEMO_ENTRIES - 1, ORDER_CUE_MEMO_ENTRIES, NULL) !=
          NULL);
    CHECK(order_cue_memo_find(&memo, ORDER_CUE_MEMO_ENTRIES, ORDER_CUE_MEMO_ENTRIES + 1, NULL) ==
          NULL);
}

int main(void)
{
    test_found_under_same_roles();
    test_without_roles();
    test_full();
    return check_failures ? 1 : 0;
}
