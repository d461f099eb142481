/* test_order_work_alloc — once warm, an order_work understands any message without allocating.
 *
 * The server keeps a pool of works (gateway/app/messages.c) and a message lands on whichever
 * is free, so a work that has only seen short messages must take the longest: many dishes in
 * one clause (the clause's things are sorted in place), and words as long as any a lookup
 * takes (each work stems with its own Snowball stemmer, whose buffer would grow on demand).
 * The steps on the core are counted (order_prepare, order_finish, order_result_json); the
 * engine's embedding between them is the engine's own business, as is cld2, which news its
 * scanning buffers on the texts it reads (alloc_count.h counts operator new apart): it is
 * asked only about a text whose function words could make it another language, never about
 * these English ones, and it is about a Spanish one. */
#include "alloc_count.h"
#include "order_fixture.h"

/* The allocations of the core's steps for text; the result is in f->r and f->json. */
static unsigned long long understand(struct fixture *f, const char *text, float *vectors)
{
    unsigned long long before = alloc_count_now();
    int rc = order_prepare(f->p, "t", 1, text, strlen(text), f->w);
    unsigned long long allocs = alloc_count_now() - before;
    CHECK_INT_EQ(rc, 0);
    if (rc != 0)
        return allocs;
    if (f->w->n_embed > 0) {
        struct embed_request req = {.n_seqs = f->w->n_embed,
                                    .texts = f->w->embed_texts,
                                    .lens = f->w->embed_lens,
                                    .out = vectors,
                                    .score_set = order_pipeline_score_set(f->p),
                                    .score_mask = f->w->score_mask,
                                    .scores = f->w->scores};
        CHECK_INT_EQ(engine_request_sync(f->engine, &req), 0);
    }
    before = alloc_count_now();
    order_finish(f->p, f->w, f->w->scores, &f->r);
    int n = order_result_json(&f->r, f->json, sizeof(f->json));
    allocs += alloc_count_now() - before;
    CHECK(n > 0);
    return allocs;
}

/* The allocations of text, with their call stacks printed when there are any. */
static unsigned long long understand_traced(struct fixture *f, const char *text, float *vectors)
{
    alloc_trace_start();
    unsigned long long allocs = understand(f, text, vectors);
    alloc_trace_stop();
    if (allocs != 0) {
        fprintf(stderr, "\"%.60s...\" allocated %llu times:\n", text, allocs);
        alloc_traces_print();
    }
    return allocs;
}

int main(void)
{
    CHECK(alloc_count_start());
    static struct fixture f;
    fixture_open(&f);
    float *vectors = malloc(sizeof(float) * ORDER_EMBED_TEXTS_MAX * engine_dim(f.engine));
    CHECK(vectors != NULL);

    fixture_run(&f, "one falafel wrap no onions and a mango smoothie"); /* warm */

    unsigned long long cxx_before = alloc_count_cxx();
    /* Sixteen dishes in one clause, as many things as a message keeps (ORDER_ITEMS_MAX), sorted
     * by where they were written: glibc's qsort mallocs its scratch for them */
    static char many[2048];
    size_t n = 0;
    for (int i = 0; i < ORDER_ITEMS_MAX / 2; i++)
        n += (size_t)snprintf(many + n, sizeof(many) - n, "a falafel wrap, a mango smoothie, ");
    snprintf(many + n, sizeof(many) - n, "thanks");
    CHECK_INT_EQ(understand_traced(&f, many, vectors), 0);
    CHECK_INT_EQ(f.r.category, ORDER_CATEGORY_ORDER);
    CHECK_INT_EQ(f.r.n_items, 2);
    CHECK_INT_EQ(f.r.items[0].qty, ORDER_ITEMS_MAX / 2);
    CHECK_INT_EQ(f.r.items[1].qty, ORDER_ITEMS_MAX / 2);

    /* Words of 31 letters, the longest a lookup takes, and of 30 */
    const char *long_words = "two cheddar cheeseburgers incomprehensibilitiesabcdefghij "
                             "and antidisestablishmentarianisms please";
    CHECK_INT_EQ(understand_traced(&f, long_words, vectors), 0);
    CHECK_INT_EQ(f.r.category, ORDER_CATEGORY_ORDER);
    CHECK_INT_EQ(f.r.n_items, 1);
    CHECK_INT_EQ(f.r.items[0].qty, 2);

    /* cld2 read that one and the long ones not at all; a Spanish order it reads */
    CHECK_INT_EQ(alloc_count_cxx() - cxx_before, 0);
    cxx_before = alloc_count_cxx();
    CHECK_INT_EQ(understand(&f, "quiero dos hamburguesas clásicas y una limonada", vectors), 0);
    CHECK(alloc_count_cxx() > cxx_before);
    CHECK_STR_EQ(f.r.language, "es");
    CHECK_INT_EQ(f.r.status, ORDER_STATUS_REVIEW);

    free(vectors);
    fixture_close(&f);
    return check_failures ? 1 : 0;
}
