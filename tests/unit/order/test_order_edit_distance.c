/* test_order_edit_distance.c — order_edit_distance (lexicon.h) computes only the band of the
 * table within max of the diagonal: exact distances up to max, "more than max" beyond it, on
 * known pairs and against a full-table reference on random words. */
#include <stdlib.h>

#include "check.h"
#include "gateway/order/lexicon.h"

/* Optimal string alignment over the whole table, no cut-off. */
static size_t reference(const char *a, size_t al, const char *b, size_t bl)
{
    size_t d[32][32];
    for (size_t i = 0; i <= al; i++)
        d[i][0] = i;
    for (size_t j = 0; j <= bl; j++)
        d[0][j] = j;
    for (size_t i = 1; i <= al; i++)
        for (size_t j = 1; j <= bl; j++) {
            size_t v = d[i - 1][j - 1] + (a[i - 1] != b[j - 1]);
            if (d[i - 1][j] + 1 < v)
                v = d[i - 1][j] + 1;
            if (d[i][j - 1] + 1 < v)
                v = d[i][j - 1] + 1;
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] &&
                d[i - 2][j - 2] + 1 < v)
                v = d[i - 2][j - 2] + 1;
            d[i][j] = v;
        }
    return d[al][bl];
}

static size_t ed(const char *a, const char *b, size_t max)
{
    return order_edit_distance(a, strlen(a), b, strlen(b), max);
}

static void test_known(void)
{
    CHECK_INT_EQ(ed("burger", "burger", 0), 0);
    CHECK_INT_EQ(ed("burger", "burgre", 1), 1); /* two neighbours swapped: one edit */
    CHECK_INT_EQ(ed("burger", "buger", 1), 1);
    CHECK_INT_EQ(ed("burger", "burgers", 1), 1);
    CHECK_INT_EQ(ed("kitten", "sitting", 3), 3);
    CHECK(ed("kitten", "sitting", 2) > 2);
    CHECK(ed("kitten", "sitting", 1) > 1);
    CHECK_INT_EQ(ed("", "ab", 2), 2);
    CHECK(ed("", "abc", 2) > 2);
    CHECK_INT_EQ(ed("abcdef", "badcfe", 3), 3); /* three swaps along the diagonal */
    CHECK(ed("abcdef", "fedcba", 3) > 3);
    CHECK_INT_EQ(ed("xabcdefgh", "abcdefghx", 2), 2); /* a letter moved end to end */
    CHECK(ed("chicken", "kitchen", 1) > 1);
}

static void test_random(void)
{
    srand(7);
    size_t bad = 0, within = 0;
    char a[16], b[16];
    for (int it = 0; it < 200000; it++) {
        size_t al = (size_t)rand() % 10, bl = (size_t)rand() % 10, max = (size_t)rand() % 4;
        int letters = 2 + rand() % 3; /* few letters: many near pairs */
        for (size_t i = 0; i < al; i++)
            a[i] = (char)('a' + rand() % letters);
        for (size_t i = 0; i < bl; i++)
            b[i] = (char)('a' + rand() % letters);
        size_t want = reference(a, al, b, bl), got = order_edit_distance(a, al, b, bl, max);
        within += want <= max;
        bad += want <= max ? got != want : got <= max;
    }
    CHECK_INT_EQ(bad, 0);
    CHECK(within > 20000); /* about 32,000 pairs lie within max: the band is exercised */
}

int main(void)
{
    test_known();
    test_random();
    return check_failures ? 1 : 0;
}
