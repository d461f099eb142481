/* test_lexical.c — the weightless embedder: normalisation, unit norm, determinism, and typo
 * queries ranking the intended item first among all items of the sample menu. */
#include <math.h>

#include "check.h"
#include "embed/lexical.h"
#include "unit/lexical/menu_csv.h"

static struct menu_csv menu;
static float rows[MENU_CSV_ITEMS_MAX][LEXICAL_DIM_DEFAULT];

static float dot(const float *a, const float *b, size_t n)
{
    float s = 0.0f;
    for (size_t i = 0; i < n; i++)
        s += a[i] * b[i];
    return s;
}

static void embed_rows(const struct lexical_params *p, const char *const *texts)
{
    for (size_t i = 0; i < menu.n; i++)
        lexical_embed(p, texts[i], strlen(texts[i]), rows[i]);
}

/* Name of the best-scoring row for query (ties: lower index). */
static const char *top1(const struct lexical_params *p, const char *query)
{
    float q[LEXICAL_DIM_DEFAULT];
    lexical_embed(p, query, strlen(query), q);
    size_t best = 0;
    float best_score = -2.0f;
    for (size_t i = 0; i < menu.n; i++) {
        float s = dot(q, rows[i], p->dim);
        if (s > best_score) {
            best_score = s;
            best = i;
        }
    }
    return menu.name[best];
}

static void test_normalize(void)
{
    char out[LEXICAL_NORMALIZED_BYTES_MAX];
    const char *in = "  Crème BRÛLÉE!!  ﬁsh—and—chips\t\n ＢＵＲＧＥＲ 2x ";
    size_t n = lexical_normalize(in, strlen(in), out, sizeof(out));
    CHECK_STR_EQ(out, "creme brulee fish and chips burger 2x");
    CHECK_INT_EQ(n, strlen("creme brulee fish and chips burger 2x"));
    const char bad[] = "ab\xff\xfe"
                       "cd";
    lexical_normalize(bad, sizeof(bad) - 1, out, sizeof(out));
    CHECK_STR_EQ(out, "ab cd");
    lexical_normalize("...", 3, out, sizeof(out));
    CHECK_STR_EQ(out, "");
    /* Cut at a codepoint boundary when the output is short: "λ" needs 2 bytes. */
    lexical_normalize("abΛ", strlen("abΛ"), out, 5);
    CHECK_STR_EQ(out, "ab\xce\xbb");
    lexical_normalize("abΛ", strlen("abΛ"), out, 4);
    CHECK_STR_EQ(out, "ab");
}

static void test_norm_and_determinism(const struct lexical_params *p)
{
    float a[LEXICAL_DIM_DEFAULT], b[LEXICAL_DIM_DEFAULT];
    for (size_t i = 0; i < menu.n; i++) {
        float n2 = dot(rows[i], rows[i], p->dim);
        CHECK(fabsf(n2 - 1.0f) < 1e-5f);
    }
    const char *t = "Two cheddar cheeseburgers, no pickles please";
    lexical_embed(p, t, strlen(t), a);
    lexical_embed(p, t, strlen(t), b);
    CHECK(memcmp(a, b, sizeof(a)) == 0);
    /* Case, accents and punctuation do not change the vector. */
    const char *u = "TWO cheddar, CHEESEBURGERS... no píckles please!";
    lexical_embed(p, u, strlen(u), b);
    CHECK(memcmp(a, b, sizeof(a)) == 0);
    lexical_embed(p, "?!", 2, a);
    for (size_t d = 0; d < p->dim; d++)
        CHECK(a[d] == 0.0f);
    /* A different seed gives a different (still unit) vector. */
    struct lexical_params q = *p;
    q.seed ^= 1;
    lexical_embed(p, t, strlen(t), a);
    lexical_embed(&q, t, strlen(t), b);
    CHECK(memcmp(a, b, sizeof(a)) != 0);
    CHECK(fabsf(dot(b, b, q.dim) - 1.0f) < 1e-5f);
}

/* Pins the hash: a change to normalisation, features or hashing shows up here. Bucket
 * values are (signed) log1p counts scaled by the norm, so a one-word text has exact
 * structure: 1 word + 5 trigrams + 4 four-grams of "<fries>" = 10 features. */
static void test_pinned_structure(const struct lexical_params *p)
{
    float v[LEXICAL_DIM_DEFAULT];
    lexical_embed(p, "fries", 5, v);
    size_t nonzero = 0;
    float sq = 0.0f;
    for (size_t d = 0; d < p->dim; d++) {
        if (v[d] != 0.0f)
            nonzero++;
        sq += v[d] * v[d];
    }
    CHECK(nonzero >= 8 && nonzero <= 10); /* at most a collision or two in 512 buckets */
    CHECK(fabsf(sq - 1.0f) < 1e-5f);
    float w[LEXICAL_DIM_DEFAULT];
    lexical_embed(p, "FRIES!", 6, w);
    CHECK(memcmp(v, w, sizeof(v)) == 0);
}

static void test_rankings(const struct lexical_params *p)
{
    embed_rows(p, menu.names);
    CHECK_STR_EQ(top1(p, "green garden burgr"), "The Green Garden Vegan Burger");
    CHECK_STR_EQ(top1(p, "chedar cheesburger"), "Cheddar Cheeseburger");
    CHECK_STR_EQ(top1(p, "swet potato fries"), "Sweet Potato Fries");
    CHECK_STR_EQ(top1(p, "fries"), "Classic Fries");
    CHECK_STR_EQ(top1(p, "one vegan brownie"), "Vegan Chocolate Brownie");
    CHECK_STR_EQ(top1(p, "choc milkshake"), "Chocolate Milkshake");
    CHECK_STR_EQ(top1(p, "falafel rap"), "Falafel Wrap");
    CHECK_STR_EQ(top1(p, "halloumi"), "Grilled Halloumi Burger");
    /* With descriptions in the rows the name still dominates for these queries. */
    embed_rows(p, menu.name_descs);
    CHECK_STR_EQ(top1(p, "green garden burgr"), "The Green Garden Vegan Burger");
    CHECK_STR_EQ(top1(p, "chedar cheesburger"), "Cheddar Cheeseburger");
    CHECK_STR_EQ(top1(p, "swet potato fries"), "Sweet Potato Fries");
    embed_rows(p, menu.names);
}

int main(void)
{
    menu_csv_load(&menu);
    CHECK_INT_EQ(menu.n, 33);
    struct lexical_params p;
    lexical_params_default(&p);
    CHECK(lexical_params_valid(&p));
    struct lexical_params bad = {.dim = 500, .seed = 1};
    CHECK(!lexical_params_valid(&bad));
    bad.dim = 8;
    CHECK(!lexical_params_valid(&bad));
    test_normalize();
    test_rankings(&p);
    test_norm_and_determinism(&p);
    test_pinned_structure(&p);
    return check_finish("test_lexical");
}
