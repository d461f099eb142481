/* messages_prepare.c — a checked message on its way to the engine: order_prepare, tokenize,
 * submit; on the core for short texts, on an offload worker for long ones.
 *
 * order_prepare costs about 0.65 µs per byte here (a 2 KB text 1.5 ms, some 10 ms on a busy
 * machine), and a loop pass that runs one such text delays every other connection of its
 * core by as much. Texts from --offload-bytes up are therefore prepared by the offload pool
 * (gateway/net/offload.h), placed off the loops' CPUs like the engine; the core only parses
 * them, and submits them when they come back. Short texts stay on the core, where the hop
 * to a worker and back would cost more than it saves. */
#define _GNU_SOURCE
#include "gateway/app/messages_internal.h"

#include <errno.h>
#include <string.h>

/* Tokenizes the job's texts into its ids (backends with a tokenizer). */
static void messages_tokenize(const struct messages_app *ma, struct messages_job *j)
{
    uint64_t t0 = messages_now_ns();
    const struct order_work *w = j->work;
    size_t at = 0, cap = ma->ids_per_job;
    j->cu_seqlens[0] = 0;
    for (size_t k = 0; k < w->n_embed; k++) {
        /* Keep room for the specials of the texts after this one, so none is left empty. */
        size_t reserve = (w->n_embed - k - 1) * MESSAGES_TOKENS_SPECIALS;
        MESSAGES_ASSERT(cap - at > reserve);
        at += engine_tokenize(ma->engine, w->embed_texts[k], w->embed_lens[k], j->ids + at,
                              cap - at - reserve);
        j->cu_seqlens[k + 1] = (int32_t)at;
    }
    j->req = (struct embed_request){
        .n_seqs = w->n_embed, .ids = j->ids, .cu_seqlens = j->cu_seqlens, .user = j};
    j->tokenize_ns = messages_now_ns() - t0;
}

int messages_prepare(const struct messages_app *ma, struct messages_job *j, const char *id,
                     size_t id_len, const char *text, size_t len)
{
    uint64_t t0 = messages_now_ns();
    j->tokenize_ns = 0;
    int rc = order_prepare(ma->pipeline, id, id_len, text, len, j->work);
    j->prepare_ns = messages_now_ns() - t0;
    if (rc != 0)
        return rc;
    if (j->work->n_embed == 0) /* nothing to embed: finished in the next pass, on the core */
        j->req = (struct embed_request){.user = j};
    else if (ma->ids_per_job)
        messages_tokenize(ma, j);
    else
        j->req = (struct embed_request){.n_seqs = j->work->n_embed,
                                        .texts = j->work->embed_texts,
                                        .lens = j->work->embed_lens,
                                        .user = j};
    return 0;
}

void messages_prepare_record(struct messages_core *mc, const struct messages_job *j)
{
    histogram_record(&mc->stages[MESSAGES_STAGE_EXTRACT], j->prepare_ns);
    if (j->tokenize_ns)
        histogram_record(&mc->stages[MESSAGES_STAGE_TOKENIZE], j->tokenize_ns);
}

enum messages_error messages_prepare_error(int rc, const char **message)
{
    if (rc == -E2BIG) {
        *message = "field \"text\" is too long";
        return MESSAGES_ERROR_TEXT_TOO_LARGE;
    }
    *message = "field \"text\" is blank";
    return MESSAGES_ERROR_EMPTY_TEXT;
}

int messages_submit_prepared(struct messages_core *mc, struct messages_request *rq,
                             struct messages_job *j, uint32_t line)
{
    const struct messages_app *ma = mc->app;
    j->req.out = j->vectors; /* the engine's staging: the core reads the scores alone */
    j->req.cq = &mc->cq;
    j->req.score_set = order_pipeline_score_set(ma->pipeline);
    j->req.score_mask = j->work->score_mask;
    j->req.scores = j->work->scores;
    int rc = j->work->n_embed == 0 ? 0 : engine_submit(ma->engine, &j->req);
    if (rc != 0) {
        MESSAGES_ASSERT(rc == -EAGAIN); /* anything else is a malformed request: a bug */
        messages_job_release(mc, j);
        return rc;
    }
    if (j->work->n_embed == 0)
        messages_finish_unembedded(mc, j);
    j->owner = rq;
    j->line = line;
    rq->pending++;
    /* Read by /metrics on any core (relaxed, like the result counters). */
    __atomic_store_n(&mc->embedded_messages, mc->embedded_messages + 1, __ATOMIC_RELAXED);
    __atomic_store_n(&mc->embedded_texts, mc->embedded_texts + j->req.n_seqs, __ATOMIC_RELAXED);
    if (j->req.cu_seqlens)
        __atomic_store_n(&mc->embedded_tokens,
                         mc->embedded_tokens + (uint64_t)j->req.cu_seqlens[j->req.n_seqs],
                         __ATOMIC_RELAXED);
    return 0;
}

/* ---- offloaded ------------------------------------------------------------------------ */

bool messages_offloads(const struct messages_core *mc, size_t len)
{
    return mc->offload && len >= mc->app->cfg.offload_bytes;
}

/* On a worker: the job's copies are its own until it comes back. */
static void messages_offload_run(struct offload_task *t)
{
    struct messages_job *j =
        (struct messages_job *)((char *)t - offsetof(struct messages_job, task));
    const struct messages_app *ma = j->core->app;
    j->prepare_rc = messages_prepare(ma, j, j->has_id ? j->id : NULL, j->has_id ? strlen(j->id) : 0,
                                     j->text, j->text_len);
}

/* Back on the core: submitted, or refused as it would have been on the core. */
static void messages_offload_done(struct offload_task *t)
{
    struct messages_job *j =
        (struct messages_job *)((char *)t - offsetof(struct messages_job, task));
    struct messages_core *mc = j->core;
    struct messages_request *rq = j->owner;
    uint32_t line = j->line;
    rq->pending--;                /* submitting counts it again */
    messages_waiting_recheck(mc); /* with the offload idle, a waiting request may be refused */
    if (mc->stopping) {           /* no loop left to answer on: dropped like the engine's returns */
        messages_job_release(mc, j);
        return;
    }
    messages_prepare_record(mc, j);
    if (j->prepare_rc != 0) {
        const char *message;
        enum messages_error e = messages_prepare_error(j->prepare_rc, &message);
        messages_job_release(mc, j);
        messages_refuse_line(mc, rq, line, j->has_id ? j->id : NULL, e, message);
    } else if (messages_submit_prepared(mc, rq, j, line) == -EAGAIN) {
        rq->overloaded = true;
        if (rq->parsed < rq->lines) { /* in the backlog, which finishes it once stopped */
            messages_request_stop(mc, rq);
            messages_pass_arm(mc);
            return;
        }
    }
    messages_request_try_finish(mc, rq); /* false while the request has lines left to run */
}

void messages_offload(struct messages_core *mc, struct messages_request *rq, struct messages_job *j,
                      uint32_t line, const char *id, size_t id_len, const char *text, size_t len)
{
    if (!j->text) { /* first offload of this job: sized for any text, kept */
        j->text = malloc(mc->app->cfg.text_bytes_max + 1);
        MESSAGES_ASSERT(j->text != NULL);
    }
    MESSAGES_ASSERT(len <= mc->app->cfg.text_bytes_max && id_len < sizeof(j->id));
    memcpy(j->text, text, len);
    j->text[len] = '\0';
    j->text_len = len;
    j->has_id = id != NULL;
    if (id) {
        memcpy(j->id, id, id_len);
        j->id[id_len] = '\0';
    }
    j->owner = rq;
    j->line = line;
    rq->pending++;
    j->task.run = messages_offload_run;
    j->task.done = messages_offload_done;
    offload_submit(mc->offload, &j->task);
    __atomic_store_n(&mc->offloaded_messages, mc->offloaded_messages + 1, __ATOMIC_RELAXED);
}
