/* backend_cuda.c — the cuda backend: device checks and the start-up report, the weights and the
 * arena allocated once, pinned input/output slots, the asynchronous submit/collect pair over
 * three streams (upload, compute, download) ordered by events, and the switch to the CPU
 * backend after a device failure. The encoder itself is cuda_forward (embed/cuda_forward.c).
 *
 * Two batches may be in flight, one per slot (CUDA_BACKEND_SLOTS): each slot has its pinned
 * inputs, its device inputs, its device pooled buffer, its pinned output and two events
 * (pooled_ready on the compute stream, downloaded on the download stream). The engine submits
 * batch n+1 before it collects batch n, so the upload of n+1 runs while n computes and the
 * download of n runs while n+1 computes. Uploads and downloads go on streams of their own: on
 * one copy stream the upload of n+1, queued after the download of n, would wait for n's
 * compute, and nothing would overlap. A slot is reused only after it was collected (submit
 * refuses a third batch), so its pinned and device buffers are free by then. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cuda_runtime_api.h>

#include "embed/cuda_backend.h"
#include "embed/cuda_score.h"
#include "embed/embed_assert.h"
#include "kernels/attention_tiled_cuda.h"
#include "kernels/pooling.h"

#define MIB(bytes) ((double)(bytes) / (1024.0 * 1024.0))

/* Pinned host side of the batch inputs and of the pooled output, per slot. */
struct cuda_host {
    struct cuda_inputs in[CUDA_BACKEND_SLOTS];
    float *pooled[CUDA_BACKEND_SLOTS];
};

/* Where a submitted batch's vectors are. */
enum cuda_slot_state {
    CUDA_SLOT_FREE,   /* collected, or never used */
    CUDA_SLOT_DEVICE, /* queued on the device: forward pass, then the download */
    CUDA_SLOT_HOST,   /* already in the slot's pinned output (run on the CPU at submit) */
    CUDA_SLOT_STATE_MAX,
};

struct cuda_slot {
    enum cuda_slot_state state;
    size_t n_seqs;
};

struct backend_cuda {
    const struct model *model;
    int device;
    enum kernel_dtype dtype;
    bool normalize; /* normalise here: the model's own pooling does not */
    size_t dim;
    cudaStream_t compute, upload, download;
    cudaEvent_t inputs_ready[CUDA_BACKEND_SLOTS], pooled_ready[CUDA_BACKEND_SLOTS];
    cudaEvent_t downloaded[CUDA_BACKEND_SLOTS];
    struct cuda_slot slots[CUDA_BACKEND_SLOTS];
    size_t submitted, collected; /* batches; the slot of batch k is k % CUDA_BACKEND_SLOTS */
    struct gemm_lt *gemm;
    struct cuda_weights weights;
    struct cuda_arena arena;
    struct cuda_host host;
    void *host_block; /* the pinned allocation host's pointers live in */
    struct cuda_graphs graphs;
    bool graphs_on;
    enum cuda_attention attention;
    struct cuda_step plan[CUDA_PLAN_STEPS_MAX];
    size_t plan_steps;
    /* After a device failure the device is not trusted again (CUDA errors inside kernels are
     * sticky for the context): later batches run on this CPU backend, made on first need. */
    bool failed;
    struct embed_backend cpu;
    bool cpu_ready;
    /* The device scorer (score_batch), made on the first request with a score set; after it
     * could not be made, scoring stays on the engine's host scorer. */
    struct cuda_scorer *scorer;
    bool scorer_off;
    size_t tokens_max, seqs_max;
    char error[CUDA_BACKEND_MSG_BYTES];
};

static enum kernel_dtype cuda_dtype_of(enum embed_cuda_precision p)
{
    switch (p) {
    case EMBED_CUDA_PRECISION_F16:
        return KERNEL_DTYPE_F16;
    case EMBED_CUDA_PRECISION_F32:
        return KERNEL_DTYPE_F32;
    default:
        return KERNEL_DTYPE_BF16;
    }
}

static const char *cuda_dtype_name(enum kernel_dtype d)
{
    return d == KERNEL_DTYPE_F32 ? "fp32" : d == KERNEL_DTYPE_F16 ? "fp16" : "bf16";
}

/* Picks the device and checks it can run the backend; *props and *free_bytes for the report. */
static int cuda_device_open(int device, struct cudaDeviceProp *props, size_t *free_bytes, char *msg,
                            size_t msg_len)
{
    int count = 0;
    cudaError_t e = cudaGetDeviceCount(&count);
    if (e != cudaSuccess || count == 0) {
        snprintf(msg, msg_len, "no CUDA device: %s",
                 e != cudaSuccess ? cudaGetErrorString(e) : "the driver reports none");
        return -ENODEV;
    }
    if (device < 0 || device >= count) {
        snprintf(msg, msg_len, "--cuda-device %d: this host has %d CUDA device%s (0..%d)", device,
                 count, count == 1 ? "" : "s", count - 1);
        return -ENODEV;
    }
    e = cudaGetDeviceProperties(props, device);
    if (e == cudaSuccess && props->major < CUDA_BACKEND_CC_MAJOR_MIN) {
        snprintf(msg, msg_len,
                 "CUDA device %d (%s) has compute capability %d.%d; the cuda "
                 "backend needs %d.0 or newer",
                 device, props->name, props->major, props->minor, CUDA_BACKEND_CC_MAJOR_MIN);
        return -ENODEV;
    }
    if (e == cudaSuccess)
        e = cudaSetDevice(device);
    size_t total = 0;
    if (e == cudaSuccess)
        e = cudaMemGetInfo(free_bytes, &total);
    if (e != cudaSuccess) {
        cuda_fail(msg, msg_len, "opening the CUDA device", e);
        return -ENODEV;
    }
    return 0;
}

static int cuda_streams_init(struct backend_cuda *c, char *msg, size_t msg_len)
{
    cudaError_t e = cudaStreamCreateWithFlags(&c->compute, cudaStreamNonBlocking);
    if (e == cudaSuccess)
        e = cudaStreamCreateWithFlags(&c->upload, cudaStreamNonBlocking);
    if (e == cudaSuccess)
        e = cudaStreamCreateWithFlags(&c->download, cudaStreamNonBlocking);
    for (size_t s = 0; s < CUDA_BACKEND_SLOTS && e == cudaSuccess; s++) {
        e = cudaEventCreateWithFlags(&c->inputs_ready[s], cudaEventDisableTiming);
        if (e == cudaSuccess)
            e = cudaEventCreateWithFlags(&c->pooled_ready[s], cudaEventDisableTiming);
        if (e == cudaSuccess)
            e = cudaEventCreateWithFlags(&c->downloaded[s], cudaEventDisableTiming);
    }
    return e == cudaSuccess ? 0 : cuda_fail(msg, msg_len, "streams and events", e);
}

static int cuda_host_init(struct backend_cuda *c, char *msg, size_t msg_len)
{
    size_t t = c->tokens_max, s = c->seqs_max;
    size_t per_slot = (2 * t + s + 1) * sizeof(int32_t) + s * c->dim * sizeof(float);
    cudaError_t e = cudaMallocHost(&c->host_block, CUDA_BACKEND_SLOTS * per_slot);
    if (e != cudaSuccess)
        return cuda_fail(msg, msg_len, "pinned host buffers (cudaMallocHost)", e);
    int32_t *p = c->host_block;
    _Static_assert(sizeof(int32_t) == sizeof(float), "one pinned block, int32 and float slices");
    for (size_t k = 0; k < CUDA_BACKEND_SLOTS; k++) {
        c->host.in[k].ids = p;
        c->host.in[k].pos = p + t;
        c->host.in[k].cu_seqlens = p + 2 * t;
        c->host.pooled[k] = (float *)(p + 2 * t + s + 1);
        p += 2 * t + s + 1 + s * c->dim;
    }
    return 0;
}

static int cuda_arena_init(struct backend_cuda *c, char *msg, size_t msg_len)
{
    struct cuda_bump count = {0};
    cuda_arena_layout(c->model, c->dtype, c->tokens_max, c->seqs_max, &count, &c->arena);
    void *block;
    cudaError_t e = cudaMalloc(&block, count.used);
    if (e != cudaSuccess) {
        cuda_fail(msg, msg_len, "activation arena (cudaMalloc)", e);
        return -ENOMEM;
    }
    struct cuda_bump place = {.base = block};
    cuda_arena_layout(c->model, c->dtype, c->tokens_max, c->seqs_max, &place, &c->arena);
    c->arena.block = block;
    c->arena.bytes = count.used;
    cublasStatus_t st = gemm_lt_new(c->arena.workspace, GEMM_LT_WORKSPACE_BYTES, &c->gemm);
    return st == CUBLAS_STATUS_SUCCESS ? 0 : cuda_fail_blas(msg, msg_len, "cublasLtCreate", st);
}

/* Weights, arena and headroom against the device's free memory, before allocating any. */
static int cuda_memory_check(const struct backend_cuda *c, size_t free_bytes, size_t *weights,
                             size_t *arena, char *msg, size_t msg_len)
{
    struct cuda_bump wc = {0}, ac = {0};
    struct cuda_weights w;
    struct cuda_arena a;
    cuda_weights_layout(c->model, c->dtype, &wc, &w);
    cuda_arena_layout(c->model, c->dtype, c->tokens_max, c->seqs_max, &ac, &a);
    *weights = wc.used;
    *arena = ac.used;
    if (wc.used + ac.used + CUDA_BACKEND_MARGIN_BYTES <= free_bytes)
        return 0;
    snprintf(msg, msg_len,
             "not enough device memory: weights %.0f MiB (%s) + arena %.0f MiB "
             "(%zu tokens, %zu sequences per batch) + %.0f MiB headroom, %.0f MiB free; "
             "lower --max-batch-tokens or use a smaller --cuda-precision",
             MIB(wc.used), cuda_dtype_name(c->dtype), MIB(ac.used), c->tokens_max, c->seqs_max,
             MIB(CUDA_BACKEND_MARGIN_BYTES), MIB(free_bytes));
    return -ENOMEM;
}

/* Host-side checks of a batch before anything is uploaded; the engine's packing guarantees
 * them for text, pre-tokenized requests may break them. */
static int cuda_batch_check(const struct backend_cuda *c, const struct embed_batch *b,
                            size_t *max_seqlen)
{
    const struct model_config *cfg = &c->model->cfg;
    if (b->n_seqs == 0 || b->n_seqs > c->seqs_max || b->cu_seqlens[0] != 0)
        return -EINVAL;
    size_t longest = 0;
    for (size_t i = 0; i < b->n_seqs; i++) {
        int64_t len = (int64_t)b->cu_seqlens[i + 1] - b->cu_seqlens[i];
        if (len < 1 || (size_t)len > cfg->max_positions)
            return -EINVAL;
        longest = (size_t)len > longest ? (size_t)len : longest;
    }
    size_t tokens = (size_t)b->cu_seqlens[b->n_seqs];
    if (tokens > c->tokens_max)
        return -EINVAL;
    for (size_t t = 0; t < tokens; t++)
        if (b->ids[t] < 0 || (size_t)b->ids[t] >= cfg->vocab)
            return -EINVAL;
    *max_seqlen = longest;
    return 0;
}

/* Stages the inputs in a pinned slot, padded to the shape the forward pass runs (the batch's
 * own, or its graph bucket), and uploads them on the upload stream; the compute stream waits
 * for them through the slot's event. The pinned inputs stay as they are until the slot is
 * submitted again: a batch still on the device when it fails is rerun on the CPU from them. */
static int cuda_stage_inputs(struct backend_cuda *c, const struct embed_batch *b, size_t slot,
                             const struct cuda_bucket *shape)
{
    const struct cuda_inputs *h = &c->host.in[slot], *d = &c->arena.in[slot];
    /* The slot's previous upload must be done before its pinned memory is rewritten. */
    cudaError_t e = cudaEventSynchronize(c->inputs_ready[slot]);
    if (e != cudaSuccess)
        return cuda_fail(c->error, sizeof(c->error), "input slot wait", e);
    cuda_bucket_pad(b->ids, b->cu_seqlens, b->n_seqs, shape, h->ids, h->pos, h->cu_seqlens);
    size_t tok_bytes = shape->tokens * sizeof(int32_t);
    e = cudaMemcpyAsync(d->ids, h->ids, tok_bytes, cudaMemcpyHostToDevice, c->upload);
    if (e == cudaSuccess)
        e = cudaMemcpyAsync(d->pos, h->pos, tok_bytes, cudaMemcpyHostToDevice, c->upload);
    if (e == cudaSuccess)
        e = cudaMemcpyAsync(d->cu_seqlens, h->cu_seqlens, (shape->seqs + 1) * sizeof(int32_t),
                            cudaMemcpyHostToDevice, c->upload);
    if (e == cudaSuccess)
        e = cudaEventRecord(c->inputs_ready[slot], c->upload);
    if (e == cudaSuccess)
        e = cudaStreamWaitEvent(c->compute, c->inputs_ready[slot], 0);
    return e == cudaSuccess ? 0 : cuda_fail(c->error, sizeof(c->error), "input upload", e);
}

/* Queues the slot's download on the download stream, behind the compute stream's pooling. */
static int cuda_queue_download(struct backend_cuda *c, size_t slot, size_t n_seqs)
{
    size_t bytes = n_seqs * c->dim * sizeof(float);
    cudaError_t e = cudaEventRecord(c->pooled_ready[slot], c->compute);
    if (e == cudaSuccess)
        e = cudaStreamWaitEvent(c->download, c->pooled_ready[slot], 0);
    if (e == cudaSuccess)
        e = cudaMemcpyAsync(c->host.pooled[slot], c->arena.pooled[slot], bytes,
                            cudaMemcpyDeviceToHost, c->download);
    if (e == cudaSuccess)
        e = cudaEventRecord(c->downloaded[slot], c->download);
    return e == cudaSuccess ? 0 : cuda_fail(c->error, sizeof(c->error), "download (queue)", e);
}

static int cuda_run_cpu(struct backend_cuda *c, const struct embed_batch *b, float *out)
{
    if (!c->cpu_ready) {
        int rc =
            embed_backend_cpu_init(&c->cpu, c->model, c->tokens_max, c->seqs_max, c->normalize);
        if (rc != 0)
            return rc;
        c->cpu_ready = true;
    }
    return c->cpu.embed_batch(c->cpu.ctx, b, out);
}

/* The slot's device buffers, for a batch of the given (bucket) shape. */
static struct cuda_batch cuda_batch_in(const struct backend_cuda *c, size_t slot,
                                       const struct cuda_bucket *shape)
{
    return (struct cuda_batch){.in = &c->arena.in[slot],
                               .pooled = c->arena.pooled[slot],
                               .tokens = shape->tokens,
                               .n_seqs = shape->seqs,
                               .max_seqlen = shape->max_len};
}

/* The forward pass over the backend's weights, arena and plan on the compute stream; marks:
 * NULL, or the step profile's events. */
static struct cuda_forward_ctx cuda_forward_of(const struct backend_cuda *c, cudaEvent_t *marks)
{
    return (struct cuda_forward_ctx){.m = c->model,
                                     .attention = c->attention,
                                     .w = &c->weights,
                                     .a = &c->arena,
                                     .gemm = c->gemm,
                                     .stream = c->compute,
                                     .steps = c->plan,
                                     .n_steps = c->plan_steps,
                                     .marks = marks};
}

/* Queues b on the device in the slot: upload, forward pass (a graph replay when b fits a
 * bucket), download. Returns 0, -EINVAL (malformed) or -EIO (a CUDA call failed: the device
 * is given up, c->failed). */
static int cuda_submit_device(struct backend_cuda *c, const struct embed_batch *b, size_t slot)
{
    /* The current device is per host thread: the engine thread is not the one that started
     * the backend, and a thread's default is device 0. */
    cudaError_t e = cudaSetDevice(c->device);
    if (e != cudaSuccess) {
        cuda_fail(c->error, sizeof(c->error), "cudaSetDevice", e);
        c->failed = true;
        return -EIO;
    }
    size_t max_seqlen;
    if (cuda_batch_check(c, b, &max_seqlen) != 0) {
        snprintf(c->error, sizeof(c->error),
                 "malformed batch (empty sequence, one too long, an "
                 "id outside the vocabulary, or over the batch limits)");
        return -EINVAL;
    }
    size_t tokens = (size_t)b->cu_seqlens[b->n_seqs];
    struct cuda_graph_key key = {.slot = slot};
    bool graph =
        c->graphs_on && cuda_bucket_of(tokens, b->n_seqs, max_seqlen, c->tokens_max, c->seqs_max,
                                       c->model->cfg.max_positions, &key.bucket);
    if (!graph) /* eager: the batch's own shape */
        key.bucket = (struct cuda_bucket){tokens, b->n_seqs, max_seqlen};
    struct cuda_batch cb = cuda_batch_in(c, slot, &key.bucket);
    struct cuda_forward_ctx f = cuda_forward_of(c, NULL);
    int rc = cuda_stage_inputs(c, b, slot, &key.bucket);
    if (rc == 0 && graph)
        rc = cuda_graph_run(&c->graphs, &key, &f, &cb, c->error, sizeof(c->error));
    else if (rc == 0)
        rc = cuda_forward(&f, &cb, c->error, sizeof(c->error));
    if (rc == 0)
        rc = cuda_queue_download(c, slot, b->n_seqs);
    if (rc != 0) {
        c->failed = true; /* this batch fails with the message; later ones run on the CPU */
        return -EIO;
    }
    c->slots[slot].state = CUDA_SLOT_DEVICE;
    return 0;
}

static int backend_cuda_submit(void *ctx, const struct embed_batch *b)
{
    struct backend_cuda *c = ctx;
    c->error[0] = '\0'; /* a message always belongs to the batch that failed */
    if (c->submitted - c->collected == CUDA_BACKEND_SLOTS) {
        snprintf(c->error, sizeof(c->error), "submit with %d batches in flight: collect first",
                 CUDA_BACKEND_SLOTS);
        return -EBUSY;
    }
    size_t slot = c->submitted % CUDA_BACKEND_SLOTS;
    EMBED_ASSERT(c->slots[slot].state == CUDA_SLOT_FREE);
    int rc;
    if (c->failed) { /* the device is given up: the CPU runs it now, collect hands it over */
        rc = cuda_run_cpu(c, b, c->host.pooled[slot]);
        c->slots[slot].state = rc == 0 ? CUDA_SLOT_HOST : CUDA_SLOT_FREE;
    } else {
        rc = cuda_submit_device(c, b, slot);
    }
    if (rc != 0)
        return rc; /* a failed submit is not collected */
    c->slots[slot].n_seqs = b->n_seqs;
    c->submitted++;
    return 0;
}

/* A batch that was on the device when the device was given up (a fault surfacing in another
 * batch's wait): rerun on the CPU from the slot's pinned inputs, which the padding left as
 * they came for its first n_seqs sequences. */
static int cuda_rerun_cpu(struct backend_cuda *c, size_t slot, size_t n_seqs, float *out)
{
    const struct cuda_inputs *h = &c->host.in[slot];
    struct embed_batch b = {.n_seqs = n_seqs, .ids = h->ids, .cu_seqlens = h->cu_seqlens};
    return cuda_run_cpu(c, &b, out);
}

static int backend_cuda_collect(void *ctx, float *out)
{
    struct backend_cuda *c = ctx;
    c->error[0] = '\0';
    if (c->collected == c->submitted) {
        snprintf(c->error, sizeof(c->error), "collect with no batch in flight");
        return -EINVAL;
    }
    size_t slot = c->collected++ % CUDA_BACKEND_SLOTS;
    struct cuda_slot *s = &c->slots[slot];
    EMBED_ASSERT(s->state == CUDA_SLOT_DEVICE || s->state == CUDA_SLOT_HOST);
    enum cuda_slot_state state = s->state;
    s->state = CUDA_SLOT_FREE;
    if (state == CUDA_SLOT_DEVICE && c->failed)
        return cuda_rerun_cpu(c, slot, s->n_seqs, out);
    if (state == CUDA_SLOT_DEVICE) {
        cudaError_t e = cudaEventSynchronize(c->downloaded[slot]);
        if (e != cudaSuccess) { /* a fault inside any kernel of the batch surfaces here */
            cuda_fail(c->error, sizeof(c->error), "batch (download and sync)", e);
            c->failed = true; /* this batch fails; those still on the device rerun on the CPU */
            return -EIO;
        }
    }
    memcpy(out, c->host.pooled[slot], s->n_seqs * c->dim * sizeof(float));
    if (state == CUDA_SLOT_DEVICE && c->normalize) /* the CPU backend normalised its own */
        for (size_t i = 0; i < s->n_seqs; i++)
            l2norm_row(out + i * c->dim, c->dim);
    return 0;
}

/* The synchronous form: submit, then collect; only with nothing in flight. */
static int backend_cuda_embed(void *ctx, const struct embed_batch *b, float *out)
{
    struct backend_cuda *c = ctx;
    if (c->submitted != c->collected) {
        snprintf(c->error, sizeof(c->error), "embed_batch with a batch in flight");
        return -EBUSY;
    }
    int rc = backend_cuda_submit(ctx, b);
    return rc != 0 ? rc : backend_cuda_collect(ctx, out);
}

/* Adds ms to the profile's row for kind (kinds are static strings: compared by address). */
static void cuda_profile_add(struct embed_cuda_profile *p, const char *kind, double ms)
{
    size_t k = 0;
    while (k < p->kinds && p->kind[k] != kind)
        k++;
    if (k == p->kinds) {
        EMBED_ASSERT(k < EMBED_CUDA_PROFILE_KINDS);
        p->kind[p->kinds++] = kind;
    }
    p->ms[k] += ms;
    p->steps[k]++;
}

/* Times each step of the recorded pass (marks[i] before step i, marks[n] after the last). */
static int cuda_profile_read(const struct backend_cuda *c, cudaEvent_t *marks,
                             struct embed_cuda_profile *out, char *msg, size_t msg_len)
{
    *out = (struct embed_cuda_profile){0};
    for (size_t i = 0; i < c->plan_steps; i++) {
        float ms = 0.0f;
        cudaError_t e = cudaEventElapsedTime(&ms, marks[i], marks[i + 1]);
        if (e != cudaSuccess)
            return cuda_fail(msg, msg_len, "profile: event time", e);
        cuda_profile_add(out, cuda_step_kind(&c->plan[i]), ms);
    }
    float total = 0.0f;
    cudaError_t e = cudaEventElapsedTime(&total, marks[0], marks[c->plan_steps]);
    out->total_ms = total;
    return e == cudaSuccess ? 0 : cuda_fail(msg, msg_len, "profile: event time", e);
}

int embed_backend_cuda_profile(struct embed_backend *b, const struct embed_batch *batch,
                               struct embed_cuda_profile *out, char *msg, size_t msg_len)
{
    struct backend_cuda *c = b->ctx;
    size_t max_seqlen;
    if (c->failed || c->submitted != c->collected) {
        snprintf(msg, msg_len, "profile: the backend has a batch in flight or has failed");
        return -EBUSY;
    }
    cudaError_t e = cudaSetDevice(c->device);
    if (e != cudaSuccess)
        return cuda_fail(msg, msg_len, "cudaSetDevice", e);
    if (cuda_batch_check(c, batch, &max_seqlen) != 0) {
        snprintf(msg, msg_len, "profile: malformed batch");
        return -EINVAL;
    }
    cudaEvent_t marks[CUDA_PLAN_STEPS_MAX + 1];
    size_t made = 0;
    while (made <= c->plan_steps && e == cudaSuccess)
        if ((e = cudaEventCreate(&marks[made])) == cudaSuccess)
            made++;
    struct cuda_bucket shape = {.tokens = (size_t)batch->cu_seqlens[batch->n_seqs],
                                .seqs = batch->n_seqs,
                                .max_len = max_seqlen};
    struct cuda_batch cb = cuda_batch_in(c, 0, &shape);
    struct cuda_forward_ctx f = cuda_forward_of(c, marks);
    int rc = e == cudaSuccess ? 0 : cuda_fail(msg, msg_len, "profile: event", e);
    if (rc == 0 && cuda_stage_inputs(c, batch, 0, &shape) != 0)
        rc = (snprintf(msg, msg_len, "%s", c->error), -EIO);
    if (rc == 0)
        rc = cuda_forward(&f, &cb, msg, msg_len);
    if (rc == 0 && (e = cudaStreamSynchronize(c->compute)) != cudaSuccess)
        rc = cuda_fail(msg, msg_len, "profile: synchronize", e);
    if (rc == 0)
        rc = cuda_profile_read(c, marks, out, msg, msg_len);
    for (size_t i = 0; i < made; i++)
        cudaEventDestroy(marks[i]);
    return rc;
}

/* The finished requests' scores on the device (cuda_score.h); any failure leaves them to the
 * engine's host scorer. */
static int backend_cuda_score(void *ctx, struct embed_request *const *reqs, size_t n)
{
    struct backend_cuda *c = ctx;
    c->error[0] = '\0';
    if (c->failed || c->scorer_off) {
        snprintf(c->error, sizeof(c->error), "scoring on the host: the device scorer is off");
        return -ENODEV;
    }
    cudaError_t e = cudaSetDevice(c->device);
    if (e != cudaSuccess)
        return cuda_fail(c->error, sizeof(c->error), "cudaSetDevice", e);
    if (!c->scorer) {
        int rc = cuda_scorer_new(c->dim, &c->scorer, c->error, sizeof(c->error));
        if (rc != 0) {
            c->scorer_off = true;
            return rc;
        }
    }
    int rc = cuda_scorer_run(c->scorer, reqs, n, c->error, sizeof(c->error));
    if (rc == -EIO)
        c->failed = true; /* as for a batch: the device is not trusted again */
    return rc;
}

static const char *backend_cuda_error(void *ctx)
{
    struct backend_cuda *c = ctx;
    return c->error[0] ? c->error : NULL;
}

static void backend_cuda_free(void *ctx)
{
    struct backend_cuda *c = ctx;
    if (c->compute || c->weights.block)
        cudaSetDevice(c->device); /* free may run on any thread */
    /* nothing may still use the memory freed below */
    cudaStream_t streams[] = {c->compute, c->upload, c->download};
    for (size_t i = 0; i < sizeof(streams) / sizeof(streams[0]); i++)
        if (streams[i])
            cudaStreamSynchronize(streams[i]);
    cuda_scorer_free(c->scorer);
    cuda_graphs_free(&c->graphs);
    gemm_lt_free(c->gemm);
    cudaFree(c->arena.block);
    cuda_weights_free(&c->weights);
    cudaFreeHost(c->host_block);
    for (size_t s = 0; s < CUDA_BACKEND_SLOTS; s++) {
        cudaEvent_t events[] = {c->inputs_ready[s], c->pooled_ready[s], c->downloaded[s]};
        for (size_t i = 0; i < sizeof(events) / sizeof(events[0]); i++)
            if (events[i])
                cudaEventDestroy(events[i]);
    }
    for (size_t i = 0; i < sizeof(streams) / sizeof(streams[0]); i++)
        if (streams[i])
            cudaStreamDestroy(streams[i]);
    if (c->cpu_ready)
        embed_backend_free(&c->cpu);
    free(c);
}

static int cuda_init_device_side(struct backend_cuda *c, const struct embed_cuda_params *p,
                                 char *msg, size_t msg_len)
{
    struct cudaDeviceProp props;
    size_t free_bytes = 0, weights = 0, arena = 0;
    if (c->seqs_max > CUDA_BACKEND_SEQS_MAX) {
        snprintf(msg, msg_len, "%zu sequences per batch: the attention grid takes at most %d",
                 c->seqs_max, CUDA_BACKEND_SEQS_MAX);
        return -ENOTSUP;
    }
    int rc = cuda_weights_supported(c->model, msg, msg_len);
    if (rc == 0)
        rc = cuda_device_open(p->device, &props, &free_bytes, msg, msg_len);
    if (rc == 0)
        rc = cuda_attention_choose(getenv(CUDA_ATTENTION_ENV), c->model->cfg.head_dim,
                                   props.sharedMemPerBlockOptin, &c->attention, msg, msg_len);
    if (rc == 0 && c->attention == CUDA_ATTENTION_TILED) {
        cudaError_t e = attention_tiled_prepare(c->model->cfg.head_dim);
        if (e != cudaSuccess)
            rc = cuda_fail(msg, msg_len, "tiled attention (shared memory opt-in)", e);
    }
    if (rc == 0)
        rc = cuda_memory_check(c, free_bytes, &weights, &arena, msg, msg_len);
    if (rc == 0)
        rc = cuda_streams_init(c, msg, msg_len);
    if (rc == 0)
        rc = cuda_weights_upload(c->model, c->dtype, c->upload, &c->weights, msg, msg_len);
    if (rc == 0)
        rc = cuda_arena_init(c, msg, msg_len);
    if (rc == 0)
        rc = cuda_host_init(c, msg, msg_len);
    if (rc != 0)
        return rc;
    snprintf(
        msg, msg_len,
        "cuda device %d: %s (sm_%d%d, %.0f MiB free), %s weights %.0f MiB, "
        "arena %.0f MiB (%zu tokens, %zu sequences, cuBLASLt workspace %.0f MiB), CUDA graphs %s, "
        "attention %s",
        p->device, props.name, props.major, props.minor, MIB(free_bytes), cuda_dtype_name(c->dtype),
        MIB(weights), MIB(arena), c->tokens_max, c->seqs_max, MIB(GEMM_LT_WORKSPACE_BYTES),
        c->graphs_on ? "on" : "off", cuda_attention_name(c->attention));
    return 0;
}

int embed_backend_cuda_init(struct embed_backend *b, const struct model *m,
                            const struct embed_cuda_params *p, char *msg, size_t msg_len)
{
    EMBED_ASSERT(b && m && p);
    EMBED_ASSERT(p->tokens_max >= 1 && p->seqs_max >= 1);
    EMBED_ASSERT(p->precision < EMBED_CUDA_PRECISION_MAX);
    const struct model_info *info = model_info(m);
    struct backend_cuda *c = calloc(1, sizeof(*c));
    EMBED_OOM_CHECK(c);
    c->model = m;
    c->device = p->device;
    c->dtype = cuda_dtype_of(p->precision);
    c->dim = info->hidden;
    c->normalize = p->normalize && !info->normalize;
    c->tokens_max = p->tokens_max;
    c->seqs_max = p->seqs_max;
    c->graphs_on = !p->no_graphs;
    c->plan_steps = cuda_plan(m, c->plan);
    int rc = cuda_init_device_side(c, p, msg, msg_len);
    if (rc != 0) {
        backend_cuda_free(c);
        return rc == -ENOTSUP || rc == -ENOMEM || rc == -ENODEV ? rc : -EIO;
    }
    size_t seq_max = info->max_positions < p->tokens_max ? info->max_positions : p->tokens_max;
    *b = (struct embed_backend){
        .name = "cuda",
        .dim = info->hidden,
        .max_seq_tokens = seq_max,
        .tokenizer = model_tokenizer(m),
        .ctx = c,
        .embed_batch = backend_cuda_embed,
        .max_in_flight = CUDA_BACKEND_SLOTS,
        .submit = backend_cuda_submit,
        .collect = backend_cuda_collect,
        .free = backend_cuda_free,
        .error = backend_cuda_error,
        .score_batch = backend_cuda_score,
    };
    return 0;
}
