/* cuda_graph.c — CUDA graphs of the forward pass, one per (bucket, input slot), captured the
 * first time a batch of that bucket runs and replayed after (embed/cuda_bucket.h says how a
 * batch is padded to its bucket). A replay is one launch instead of about ten per layer.
 * At most CUDA_GRAPHS_MAX are kept; the least recently used is replaced. */
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "embed/cuda_backend.h"
#include "embed/embed_assert.h"

static bool cuda_graph_key_eq(const struct cuda_graph_key *a, const struct cuda_graph_key *b)
{
    return a->bucket.tokens == b->bucket.tokens && a->bucket.seqs == b->bucket.seqs &&
           a->bucket.max_len == b->bucket.max_len && a->slot == b->slot;
}

static struct cuda_graph_entry *cuda_graph_slot(struct cuda_graphs *g,
                                                const struct cuda_graph_key *key, bool *found)
{
    struct cuda_graph_entry *victim = &g->entries[0];
    for (size_t i = 0; i < CUDA_GRAPHS_MAX; i++) {
        struct cuda_graph_entry *e = &g->entries[i];
        if (e->exec && cuda_graph_key_eq(&e->key, key)) {
            *found = true;
            return e;
        }
        if (!e->exec || (victim->exec && e->last_used < victim->last_used))
            victim = e;
    }
    *found = false;
    return victim;
}

/* Records the forward pass on f->stream into a new executable graph in e. */
static int cuda_graph_capture(struct cuda_graph_entry *e, const struct cuda_forward_ctx *f,
                              const struct cuda_batch *b, char *msg, size_t msg_len)
{
    cudaError_t err = cudaStreamBeginCapture(f->stream, cudaStreamCaptureModeThreadLocal);
    if (err != cudaSuccess)
        return cuda_fail(msg, msg_len, "graph capture (begin)", err);
    int rc = cuda_forward(f, b, msg, msg_len);
    cudaGraph_t graph = NULL;
    err = cudaStreamEndCapture(f->stream, &graph); /* ends the capture even after a failure */
    if (rc != 0) {
        if (graph)
            cudaGraphDestroy(graph);
        return rc;
    }
    if (err != cudaSuccess)
        return cuda_fail(msg, msg_len, "graph capture (end)", err);
    err = cudaGraphInstantiate(&e->exec, graph, 0);
    cudaGraphDestroy(graph);
    if (err != cudaSuccess) {
        e->exec = NULL;
        return cuda_fail(msg, msg_len, "graph instantiate", err);
    }
    return 0;
}

int cuda_graph_run(struct cuda_graphs *g, const struct cuda_graph_key *key,
                   const struct cuda_forward_ctx *f, const struct cuda_batch *b, char *msg,
                   size_t msg_len)
{
    EMBED_ASSERT(b->tokens == key->bucket.tokens && b->n_seqs == key->bucket.seqs);
    bool found;
    struct cuda_graph_entry *e = cuda_graph_slot(g, key, &found);
    if (!found) {
        if (e->exec) {
            cudaGraphExecDestroy(e->exec);
            e->exec = NULL;
        }
        e->key = *key;
        int rc = cuda_graph_capture(e, f, b, msg, msg_len);
        if (rc != 0)
            return rc;
        g->captured++;
    }
    e->last_used = ++g->clock;
    cudaError_t err = cudaGraphLaunch(e->exec, f->stream);
    if (err != cudaSuccess)
        return cuda_fail(msg, msg_len, "graph launch", err);
    g->replayed += found;
    return 0;
}

void cuda_graphs_free(struct cuda_graphs *g)
{
    for (size_t i = 0; i < CUDA_GRAPHS_MAX; i++)
        if (g->entries[i].exec)
            cudaGraphExecDestroy(g->entries[i].exec);
    memset(g, 0, sizeof(*g));
}
