/* pipeline.c — prepare / finish around the embed engine, and the result JSON (see
 * pipeline.h). */
#include "gateway/order/pipeline.h"

#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "embed/menu_matrix.h"
#include "gateway/order/classify.h"
#include "gateway/order/order_assert.h"
#include "gateway/order/reply.h"

enum { PIPELINE_ARENA_SLACK = 4096 };

struct order_pipeline {
    const struct menu *menu;
    const struct order_understanding *u;
    struct order_arena arena;
    struct order_patterns names;   /* menu names and aliases, value = menu index */
    struct menu_matrix *name_rows; /* one row per entry of names */
    int32_t *row_item;
    struct menu_matrix *item_rows; /* one row per menu item: "name. description" */
    float *protos;                 /* [n_protos x dim], unit length */
    enum order_category *proto_class;
    size_t n_protos;
    size_t dim;
};

/* Adds a name row (pattern + text to embed). Names that compile to no words are skipped. */
static void pipeline_add_name(struct order_pipeline *p, const char *text, int32_t item,
                              const char **texts)
{
    size_t before = p->names.count;
    if (order_patterns_add(&p->names, &p->arena, text, item) == 0)
        texts[before] = text;
}

/* Menu names, names without a leading "The ", and the understanding's aliases. */
static size_t pipeline_names(struct order_pipeline *p, const char **texts)
{
    const struct menu *menu = p->menu;
    size_t bytes = 0;
    for (size_t i = 0; i < menu->count; i++)
        bytes += 2 * (strlen(menu->items[i].name) + 1);
    /* alias patterns are copied from the understanding, their words stay in its arena */
    p->arena.cap = 4 * bytes + PIPELINE_ARENA_SLACK;
    p->arena.buf = malloc(p->arena.cap);
    ORDER_ASSERT(p->arena.buf != NULL);
    for (size_t i = 0; i < menu->count; i++) {
        const char *name = menu->items[i].name;
        pipeline_add_name(p, name, (int32_t)i, texts);
        if (strncmp(name, "The ", 4) == 0 && name[4])
            pipeline_add_name(p, name + 4, (int32_t)i, texts);
    }
    for (size_t a = 0; a < p->u->n_aliases; a++) {
        const struct order_alias *al = &p->u->aliases[a];
        for (size_t i = 0; i < menu->count; i++) {
            if (strcmp(menu->items[i].name, al->menu_name) != 0)
                continue;
            ORDER_ASSERT(p->names.count < ORDER_PATTERNS_MAX);
            if (p->names.count % 64 == 0) {
                size_t cap = p->names.count + 64;
                p->names.items = realloc(p->names.items, cap * sizeof(*p->names.items));
                ORDER_ASSERT(p->names.items != NULL);
            }
            p->names.items[p->names.count] = al->pattern;
            p->names.items[p->names.count].value = (int32_t)i;
            texts[p->names.count++] = NULL; /* embedded from its words below */
        }
    }
    return p->names.count;
}

static void vec_normalize(float *v, size_t dim)
{
    double ss = 0;
    for (size_t d = 0; d < dim; d++)
        ss += (double)v[d] * v[d];
    float inv = ss > 0 ? (float)(1.0 / sqrt(ss)) : 0.0f;
    for (size_t d = 0; d < dim; d++)
        v[d] *= inv;
}

/* Embeds every name row; alias rows are embedded from their pattern words. */
static int pipeline_embed_names(struct order_pipeline *p, struct engine *engine, const char **texts)
{
    size_t n = p->names.count;
    char(*alias_text)[ORDER_PHRASE_BYTES_MAX] = calloc(n, sizeof(*alias_text));
    float *rows = malloc(n * p->dim * sizeof(float));
    p->row_item = malloc(n * sizeof(*p->row_item));
    ORDER_ASSERT(alias_text && rows && p->row_item);
    for (size_t i = 0; i < n; i++) {
        const struct order_pattern *pat = &p->names.items[i];
        p->row_item[i] = pat->value;
        if (texts[i])
            continue;
        size_t o = 0;
        for (size_t w = 0; w < pat->n_words; w++)
            o += (size_t)snprintf(alias_text[i] + o, ORDER_PHRASE_BYTES_MAX - o, "%s%s",
                                  w ? " " : "", pat->words[w]);
        texts[i] = alias_text[i];
    }
    int rc = engine_embed_sync(engine, texts, n, rows);
    if (rc == 0)
        rc = menu_matrix_from_rows(rows, n, p->dim, &p->name_rows);
    free(rows);
    free(alias_text);
    return rc;
}

static int pipeline_embed_prototypes(struct order_pipeline *p, struct engine *engine)
{
    const struct order_understanding *u = p->u;
    size_t n = 0;
    for (int c = 0; c < ORDER_CATEGORY_MAX; c++)
        n += u->n_prototypes[c];
    const char **texts = malloc(n * sizeof(*texts));
    p->protos = malloc(n * p->dim * sizeof(float));
    p->proto_class = malloc(n * sizeof(*p->proto_class));
    ORDER_ASSERT(texts && p->protos && p->proto_class);
    for (int c = 0; c < ORDER_CATEGORY_MAX; c++)
        for (size_t k = 0; k < u->n_prototypes[c]; k++) {
            p->proto_class[p->n_protos] = (enum order_category)c;
            texts[p->n_protos++] = u->prototypes[c][k];
        }
    int rc = engine_embed_sync(engine, texts, n, p->protos);
    for (size_t i = 0; rc == 0 && i < n; i++)
        vec_normalize(p->protos + i * p->dim, p->dim);
    free(texts);
    return rc;
}

/* The retrieval matrix for inquiries: every item's "name. description", row = menu index. */
static int pipeline_embed_items(struct order_pipeline *p, struct engine *engine)
{
    size_t n = p->menu->count;
    const char **texts = malloc(n * sizeof(*texts));
    char *buf = malloc(n * MENU_MATRIX_TEXT_BYTES_MAX);
    ORDER_ASSERT(texts && buf);
    for (size_t i = 0; i < n; i++) {
        const struct menu_item *it = &p->menu->items[i];
        char *t = buf + i * MENU_MATRIX_TEXT_BYTES_MAX;
        menu_matrix_compose(MENU_MATRIX_TEXT_NAME_DESCRIPTION, it->name, it->description, t,
                            MENU_MATRIX_TEXT_BYTES_MAX);
        texts[i] = t;
    }
    int rc = menu_matrix_build(engine, texts, n, &p->item_rows);
    free(buf);
    free(texts);
    return rc;
}

int order_pipeline_new(const struct menu *menu, const struct order_understanding *u,
                       struct engine *engine, struct order_pipeline **out, char *err,
                       size_t err_size)
{
    *out = NULL;
    if (menu->count == 0) {
        snprintf(err, err_size, "the menu is empty");
        return -EINVAL;
    }
    if (2 * menu->count + u->n_aliases > ORDER_NAME_ROWS_MAX) {
        snprintf(err, err_size, "%zu menu items and %zu aliases: more than %d names to match",
                 menu->count, u->n_aliases, ORDER_NAME_ROWS_MAX);
        return -E2BIG;
    }
    struct order_pipeline *p = calloc(1, sizeof(*p));
    ORDER_ASSERT(p != NULL);
    p->menu = menu;
    p->u = u;
    p->dim = engine_dim(engine);
    const char **texts = calloc(2 * menu->count + u->n_aliases, sizeof(*texts));
    ORDER_ASSERT(texts != NULL);
    pipeline_names(p, texts);
    int rc = pipeline_embed_names(p, engine, texts);
    free(texts);
    if (rc == 0)
        rc = pipeline_embed_prototypes(p, engine);
    if (rc == 0)
        rc = pipeline_embed_items(p, engine);
    if (rc != 0) {
        snprintf(err, err_size, "embedding the menu failed: %s", strerror(-rc));
        order_pipeline_free(p);
        return rc;
    }
    *out = p;
    return 0;
}

void order_pipeline_free(struct order_pipeline *p)
{
    if (!p)
        return;
    order_patterns_free(&p->names);
    menu_matrix_unref(p->name_rows);
    menu_matrix_unref(p->item_rows);
    free(p->row_item);
    free(p->protos);
    free(p->proto_class);
    free(p->arena.buf);
    free(p);
}

size_t order_pipeline_dim(const struct order_pipeline *p)
{
    return p->dim;
}

const struct menu *order_pipeline_menu(const struct order_pipeline *p)
{
    return p->menu;
}

const struct order_understanding *order_pipeline_understanding(const struct order_pipeline *p)
{
    return p->u;
}

struct order_work *order_work_new(const struct order_pipeline *p)
{
    struct order_work *w = calloc(1, sizeof(*w));
    ORDER_ASSERT(w != NULL);
    /* normalised query copies, then menu_matrix_topk's scratch: for every phrase against the
     * names, or (later, reused) for the message against the items */
    size_t names = menu_matrix_scratch_floats(p->name_rows, ORDER_ITEMS_MAX);
    size_t items = menu_matrix_scratch_floats(p->item_rows, 1);
    w->scratch_floats = ORDER_EMBED_TEXTS_MAX * p->dim + (names > items ? names : items);
    w->scratch = malloc(w->scratch_floats * sizeof(float));
    ORDER_ASSERT(w->scratch != NULL);
    return w;
}

void order_work_free(struct order_work *w)
{
    if (!w)
        return;
    free(w->scratch);
    free(w);
}

int order_prepare(const struct order_pipeline *p, const char *id, size_t id_len, const char *text,
                  size_t len, struct order_work *w)
{
    w->n_embed = 0;
    w->has_id = id != NULL;
    if (id && (id_len >= ORDER_ID_BYTES_MAX || memchr(id, '\0', id_len)))
        return -E2BIG;
    if (id) {
        memcpy(w->id, id, id_len);
        w->id[id_len] = '\0';
    }
    int n = order_normalize_display(text, len, w->display, sizeof(w->display));
    if (n < 0)
        return n;
    if (n == 0)
        return -EINVAL;
    w->display_len = (size_t)n;
    n = order_normalize_match(text, len, w->folded, sizeof(w->folded));
    if (n < 0)
        return n;
    w->folded_len = (size_t)n;
    w->n_tokens = order_tokenize(w->folded, w->folded_len, w->tokens, ORDER_TOKENS_MAX);
    order_extract_items(p->u, &p->names, w->folded, w->tokens, w->n_tokens, &w->extract);
    w->embed_texts[0] = w->display;
    w->embed_lens[0] = w->display_len;
    w->n_embed = 1;
    for (size_t i = 0; i < w->extract.n_items; i++) {
        w->embed_texts[w->n_embed] = w->extract.items[i].text;
        w->embed_lens[w->n_embed++] = w->extract.items[i].len;
    }
    ORDER_ASSERT(w->n_embed <= ORDER_EMBED_TEXTS_MAX);
    return 0;
}

/* Best similarity of the message (unit vector q) to each class's prototypes. */
static void pipeline_proto_sims(const struct order_pipeline *p, const float *q, float *sims)
{
    for (int c = 0; c < ORDER_CATEGORY_MAX; c++)
        sims[c] = -1.0f;
    for (size_t i = 0; i < p->n_protos; i++) {
        const float *v = p->protos + i * p->dim;
        float dot = 0;
        for (size_t d = 0; d < p->dim; d++)
            dot += q[d] * v[d];
        if (dot > sims[p->proto_class[i]])
            sims[p->proto_class[i]] = dot;
    }
}

/* Matches every item phrase: by name first, else by its embedding's top-k. */
static void pipeline_match(const struct order_pipeline *p, struct order_work *w,
                           const float *queries, struct order_match *m)
{
    size_t n = w->extract.n_items, k = ORDER_MATCH_TOPK;
    if (n == 0)
        return;
    uint32_t idx[ORDER_ITEMS_MAX * ORDER_MATCH_TOPK];
    float score[ORDER_ITEMS_MAX * ORDER_MATCH_TOPK];
    float *scratch = w->scratch + ORDER_EMBED_TEXTS_MAX * p->dim;
    size_t got = menu_matrix_topk(p->name_rows, queries + p->dim, n, k, idx, score, scratch);
    for (size_t i = 0; i < n; i++) {
        const struct order_item_phrase *ph = &w->extract.items[i];
        order_match_from_topk(p->u, idx + i * k, score + i * k, got, p->row_item, &m[i]);
        int32_t item = order_match_name(&p->names, ph->text, ph->len);
        if (item < 0)
            continue;
        m[i].kind = ORDER_MATCH_ACCEPT;
        m[i].score = 1.0f;
        m[i].candidates[0] = item;
        m[i].candidate_scores[0] = 1.0f;
        m[i].n_candidates = 1;
    }
}

/* Orders: items, unknown phrases, status and total from the matches. */
static void pipeline_order_result(const struct order_pipeline *p, const struct order_work *w,
                                  const struct order_match *m, struct order_result *r)
{
    bool review = false;
    for (size_t i = 0; i < w->extract.n_items; i++) {
        const struct order_item_phrase *ph = &w->extract.items[i];
        if (m[i].kind == ORDER_MATCH_UNKNOWN) {
            ORDER_ASSERT(r->n_unknown < ORDER_UNKNOWN_MAX);
            memcpy(r->unknown[r->n_unknown++], ph->text, ph->len + 1U);
            continue;
        }
        struct order_result_item *it = &r->items[r->n_items++];
        it->menu_index = m[i].candidates[0];
        it->qty = ph->qty;
        it->n_modifiers = ph->n_modifiers;
        memcpy(it->modifier_labels, ph->modifiers, sizeof(it->modifier_labels));
        it->score = m[i].score;
        it->review = m[i].kind == ORDER_MATCH_REVIEW;
        it->match = m[i];
        review = review || it->review;
        r->total_cents += (int64_t)it->qty * p->menu->items[it->menu_index].price_cents;
    }
    r->status = r->n_unknown ? ORDER_STATUS_REJECTED
                             : (review ? ORDER_STATUS_REVIEW : ORDER_STATUS_ACCEPTED);
}

/* "Can I order a pork burger?": the phrases after the opener that match nothing. */
static void pipeline_asked_unknown(const struct order_work *w, const struct order_match *m,
                                   struct order_result *r)
{
    for (size_t i = 0; i < w->extract.n_items && r->n_unknown < ORDER_UNKNOWN_MAX; i++)
        if (m[i].kind == ORDER_MATCH_UNKNOWN)
            memcpy(r->unknown[r->n_unknown++], w->extract.items[i].text,
                   w->extract.items[i].len + 1U);
}

/* The menu items nearest to the message (unit vector q) by "name. description", best first,
 * those scoring below the understanding's retrieval_threshold left out. Returns how many. */
static size_t pipeline_retrieve(const struct order_pipeline *p, struct order_work *w,
                                const float *q, uint32_t *idx, float *score)
{
    size_t k = p->u->retrieval_topk;
    ORDER_ASSERT(k >= 1 && k <= ORDER_RETRIEVAL_TOPK_MAX && k <= MENU_MATRIX_TOPK_MAX);
    float *scratch = w->scratch + ORDER_EMBED_TEXTS_MAX * p->dim;
    size_t got = menu_matrix_topk(p->item_rows, q, 1, k, idx, score, scratch);
    size_t n = 0;
    while (n < got && score[n] >= p->u->retrieval_threshold)
        n++;
    return n;
}

void order_finish(const struct order_pipeline *p, struct order_work *w, const float *vectors,
                  struct order_result *r)
{
    ORDER_ASSERT(w->n_embed >= 1 && w->n_embed <= ORDER_EMBED_TEXTS_MAX);
    memset(r, 0, offsetof(struct order_result, reply));
    r->reply[0] = '\0';
    r->pipeline = p;
    r->has_id = w->has_id;
    memcpy(r->id, w->id, sizeof(r->id));
    float *q = w->scratch;
    memcpy(q, vectors, w->n_embed * p->dim * sizeof(float));
    for (size_t i = 0; i < w->n_embed; i++)
        vec_normalize(q + i * p->dim, p->dim);
    struct order_match m[ORDER_ITEMS_MAX];
    pipeline_match(p, w, q, m);
    struct order_class_input in = {w->folded, w->tokens, w->n_tokens, &w->extract, {0}, 0, 0};
    pipeline_proto_sims(p, q, in.prototype_sim);
    in.n_mentions = order_match_mentions(&p->names, w->folded, w->tokens, w->n_tokens, r->about,
                                         ORDER_MENTIONS_MAX);
    for (size_t i = 0; i < w->extract.n_items; i++)
        in.n_matched += m[i].kind != ORDER_MATCH_UNKNOWN;
    r->category = order_classify(p->u, &in, &r->class_scores);
    if (r->category == ORDER_CATEGORY_ORDER)
        pipeline_order_result(p, w, m, r);
    else
        r->status =
            r->category == ORDER_CATEGORY_INQUIRY ? ORDER_STATUS_ANSWERED : ORDER_STATUS_LOGGED;
    r->n_about = r->category == ORDER_CATEGORY_INQUIRY ? in.n_mentions : 0;
    if (r->category == ORDER_CATEGORY_INQUIRY && r->n_about == 0 && w->extract.opener_seen)
        pipeline_asked_unknown(w, m, r);
    struct order_reply_input ri = {p->menu,          p->u, w->folded, w->tokens, w->n_tokens,
                                   w->extract.roles, {0},  {0},       0};
    if (r->category == ORDER_CATEGORY_INQUIRY && r->n_about == 0 && r->n_unknown == 0)
        ri.n_retrieved = pipeline_retrieve(p, w, q, ri.retrieved, ri.retrieved_scores);
    order_reply_write(&ri, r);
}

const char *order_status_name(enum order_status s)
{
    static const char *const names[ORDER_STATUS_MAX] = {"accepted", "rejected", "review",
                                                        "answered", "logged"};
    ORDER_ASSERT(s < ORDER_STATUS_MAX);
    return names[s];
}

int order_analyze_batch(const struct order_pipeline *p, struct engine *engine,
                        const struct order_message *msgs, size_t n, struct order_work **works,
                        struct order_result *results, int *rcs)
{
    size_t total = 0;
    for (size_t i = 0; i < n; i++) {
        rcs[i] = order_prepare(p, msgs[i].id, msgs[i].id_len, msgs[i].text, msgs[i].len, works[i]);
        total += rcs[i] == 0 ? works[i]->n_embed : 0;
    }
    if (total == 0)
        return 0;
    const char **texts = malloc(total * sizeof(*texts));
    float *vecs = malloc(total * p->dim * sizeof(float));
    ORDER_ASSERT(texts && vecs);
    size_t o = 0;
    for (size_t i = 0; i < n; i++)
        for (size_t t = 0; rcs[i] == 0 && t < works[i]->n_embed; t++)
            texts[o++] = works[i]->embed_texts[t];
    int rc = engine_embed_sync(engine, texts, total, vecs);
    o = 0;
    for (size_t i = 0; rc == 0 && i < n; i++) {
        if (rcs[i] != 0)
            continue;
        order_finish(p, works[i], vecs + o * p->dim, &results[i]);
        o += works[i]->n_embed;
    }
    free(texts);
    free(vecs);
    return rc;
}
