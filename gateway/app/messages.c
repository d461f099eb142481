/* messages.c — the served order pipeline: start-up, per-core state, engine completions and
 * answers (see messages.h). */
#define _GNU_SOURCE
#include "gateway/app/messages_internal.h"

#include "gateway/app/orders.h"

#include <cJSON.h>
#include <errno.h>
#include <string.h>
#include <sys/eventfd.h>
#include <time.h>
#include <unistd.h>

#include "embed/embed_setup.h"
#include "gateway/http/http_session.h"
#include "gateway/net/loop.h"
#include "gateway/net/sse.h"
#include "gateway/obs/log.h"
#include "gateway/obs/metrics.h"
#include "io/menu_cache.h"
#include "io/menu_source.h"
#include "io/pg.h"

enum {
    MESSAGES_ERROR_TEXT_MAX = 512,
    MESSAGES_MENU_TTL_S = 0, /* a refill from PostgreSQL never expires (versions detect) */
};

uint64_t messages_now_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

/* ---- start-up ------------------------------------------------------------------------ */

/* Reads the menu named by cfg->menu. Returns 0 or 1 (logged). */
static int messages_load_menu(struct messages_app *ma, const struct messages_config *cfg,
                              struct menu *menu)
{
    char err[MESSAGES_ERROR_TEXT_MAX];
    if (strcmp(cfg->menu, "db") != 0) {
        if (menu_load_csv_file(cfg->menu, menu, err, sizeof(err)) != 0) {
            log_error("cannot load the menu", "error=\"%s\"", err);
            return 1;
        }
        ma->menu_source = "csv";
        return 0;
    }
    struct menu_cache *cache = NULL;
    if (cfg->memcached[0] && menu_cache_open(cfg->memcached, NULL, &cache, err, sizeof(err)) < 0) {
        log_error("cannot use memcached", "error=\"%s\"", err);
        return 1;
    }
    PGconn *conn = NULL;
    const char *uri = pg_uri_pick(cfg->pg_uri[0] ? cfg->pg_uri : NULL);
    if (uri && pg_connect(uri, NULL, &conn, err, sizeof(err)) < 0)
        log_warn("PostgreSQL unreachable: trying memcached alone", "error=\"%s\"", err);
    int rc = -EINVAL;
    struct menu_source_report report;
    if (conn || cache)
        rc = menu_source_read(conn, cache, MESSAGES_MENU_TTL_S, menu, &report, err, sizeof(err));
    else
        snprintf(err, sizeof(err), "neither PostgreSQL nor memcached is reachable");
    PQfinish(conn);
    menu_cache_close(cache);
    if (rc < 0) {
        log_error("cannot read the menu", "error=\"%s\"", err);
        return 1;
    }
    ma->menu_source = menu_source_name(report.source);
    return 0;
}

/* The engine thread's observer: queue wait and forward pass of each serving batch. */
static void messages_on_batch(void *user, const struct engine_batch_report *r)
{
    struct messages_app *ma = user;
    if (!atomic_load_explicit(&ma->serving, memory_order_relaxed))
        return;
    histogram_record(&ma->batch_stages[MESSAGES_STAGE_QUEUE], r->queue_wait_ns);
    histogram_record(&ma->batch_stages[MESSAGES_STAGE_EMBED], r->embed_ns);
    if (r->status != 0)
        atomic_fetch_add_explicit(&ma->embed_batches_failed, 1, memory_order_relaxed);
    if (r->status != 0 && r->error)
        log_error("embed batch failed", "sequences=%zu error=\"%s\"", r->sequences, r->error);
}

static int messages_start_engine(struct messages_app *ma, const struct messages_config *cfg)
{
    struct engine_config ec;
    engine_config_default(&ec);
    ec.max_batch_tokens = cfg->batch_tokens_max;
    ec.max_batch_sequences = cfg->batch_sequences_max;
    ec.batch_deadline_us = (uint32_t)cfg->batch_deadline_us;
    ec.cache_entries = (size_t)cfg->embed_cache_entries;
    ec.cache_bytes = (size_t)cfg->embed_cache_bytes;
    size_t queue = (size_t)cfg->cores * MESSAGES_JOBS_PER_CORE;
    ec.queue_requests = queue < ENGINE_QUEUE_REQUESTS_MAX ? queue : ENGINE_QUEUE_REQUESTS_MAX;
    ec.observer = messages_on_batch;
    ec.observer_user = ma;
    ec.place = cfg->engine_place;
    char err[MESSAGES_ERROR_TEXT_MAX], notice[EMBED_SETUP_NOTICE_BYTES];
    struct embed_setup s = {cfg->backend,
                            cfg->model_dir,
                            (int)cfg->compute_threads,
                            .normalize = true,
                            .cpu_precision = cfg->cpu_precision,
                            .cuda_device = (int)cfg->cuda_device,
                            .notice = notice,
                            .notice_len = sizeof(notice)};
    if (embed_setup_precision(cfg->cuda_precision, &s.cuda_precision) != 0)
        return 1; /* config_finish accepted only the three names */
    int rc = embed_setup_open(&s, &ec, &ma->model, &ma->engine, err, sizeof(err));
    if (rc == EMBED_SETUP_MODEL_FAILED) {
        log_error("cannot load the model", "error=\"%s\"", err);
        return 1;
    }
    if (rc != 0) {
        log_error("cannot start the embed engine", "backend=%s error=\"%s\"", cfg->backend,
                  strerror(-rc));
        return 1;
    }
    int placed = engine_place_result(ma->engine);
    if (placed < 0) /* it runs, only not where asked: the loops' latency may suffer */
        log_warn("cannot place the embed engine", "error=\"%s\"", strerror(-placed));
    const struct embed_backend *eb = engine_backend(ma->engine);
    if (notice[0] && strcmp(eb->name, "cuda") == 0)
        log_info("embed backend", "backend=cuda report=\"%s\"", notice);
    else if (notice[0]) /* --backend cuda that gave way to cpu: say so at warn level */
        log_warn("embed backend fallback", "requested=cuda backend=%s reason=\"%s\"", eb->name,
                 notice);
    if (eb->tokenizer) {
        size_t per_text = eb->max_seq_tokens;
        if (per_text > ORDER_TEXT_BYTES_MAX + MESSAGES_TOKENS_SPECIALS)
            per_text = ORDER_TEXT_BYTES_MAX + MESSAGES_TOKENS_SPECIALS;
        /* Item phrases are pieces of the message: all texts together stay near twice it. */
        ma->ids_per_job = 2 * per_text + ORDER_EMBED_TEXTS_MAX * MESSAGES_TOKENS_SPECIALS;
    }
    return 0;
}

/* GET /v1/menu's body, built once: the menu never changes while serving. */
static void messages_build_menu_json(struct messages_app *ma)
{
    const struct menu *m = &ma->menu;
    cJSON *root = cJSON_CreateObject();
    cJSON_AddNumberToObject(root, "version", (double)m->version);
    cJSON_AddStringToObject(root, "source", ma->menu_source);
    cJSON *items = cJSON_AddArrayToObject(root, "items");
    for (size_t i = 0; i < m->count; i++) {
        const struct menu_item *it = &m->items[i];
        char price[MENU_PRICE_TEXT_MAX];
        menu_format_price(it->price_cents, price, sizeof(price));
        cJSON *o = cJSON_CreateObject();
        cJSON_AddStringToObject(o, "key", it->key);
        cJSON_AddStringToObject(o, "name", it->name);
        cJSON_AddStringToObject(o, "section", it->section);
        cJSON_AddStringToObject(o, "description", it->description);
        cJSON_AddItemToObject(o, "price", cJSON_CreateRaw(price)); /* exact cents, no float */
        cJSON_AddItemToArray(items, o);
    }
    ma->menu_json = cJSON_PrintUnformatted(root);
    MESSAGES_ASSERT(ma->menu_json != NULL);
    ma->menu_json_len = strlen(ma->menu_json);
    cJSON_Delete(root);
}

static int messages_build(struct messages_app *ma, const struct messages_config *cfg)
{
    char err[MESSAGES_ERROR_TEXT_MAX];
    if (messages_load_menu(ma, cfg, &ma->menu) != 0)
        return 1;
    if (!cfg->understanding[0]) {
        ma->understanding = order_understanding_default();
    } else if (order_understanding_load(cfg->understanding, &ma->understanding, err, sizeof(err)) !=
               0) {
        log_error("cannot load the understanding", "error=\"%s\"", err);
        return 1;
    }
    if (messages_start_engine(ma, cfg) != 0)
        return 1;
    if (order_pipeline_new(&ma->menu, ma->understanding, ma->engine, &ma->pipeline, err,
                           sizeof(err)) != 0) {
        log_error("cannot build the order pipeline", "error=\"%s\"", err);
        return 1;
    }
    ma->dim = order_pipeline_dim(ma->pipeline);
    messages_build_menu_json(ma);
    if (cfg->offload_threads > 0) {
        int rc = offload_pool_new(cfg->offload_threads, &cfg->engine_place, &ma->offload);
        if (rc != 0) {
            log_error("cannot start the offload threads", "error=\"%s\"", strerror(-rc));
            return 1;
        }
    }
    return 0;
}

int messages_init(struct messages_app **out, const struct messages_config *cfg, struct sse_hub *hub)
{
    *out = NULL;
    struct messages_app *ma = calloc(1, sizeof(*ma));
    MESSAGES_ASSERT(ma != NULL);
    ma->cfg = *cfg;
    ma->hub = hub;
    atomic_init(&ma->serving, false);
    if (!cfg->menu[0]) {
        log_info("order pipeline off", "reason=\"no --menu\"");
        *out = ma;
        return 0;
    }
    ma->batch_stages = calloc(MESSAGES_STAGE_MAX, sizeof(struct histogram));
    MESSAGES_ASSERT(ma->batch_stages != NULL);
    for (int s = 0; s < MESSAGES_STAGE_MAX; s++)
        histogram_init(&ma->batch_stages[s]);
    uint64_t t0 = messages_now_ns();
    if (messages_build(ma, cfg) != 0) {
        messages_free(ma);
        return 1;
    }
    ma->ready = true;
    json_arena_hooks_install(); /* the cores parse messages in their arenas */
    atomic_store(&ma->serving, true);
    const char *running = engine_backend(ma->engine)->name; /* cuda may fall back */
    bool cpu = strcmp(running, "cpu") == 0;
    enum linear_dtype cpu_dtype = LINEAR_DTYPE_F32;
    enum linear_isa cpu_isa = LINEAR_ISA_PORTABLE;
    if (cpu)
        model_cpu_kernel(ma->model, &cpu_dtype, &cpu_isa);
    char engine_cpus[THREAD_PLACE_TEXT_BYTES_MAX];
    thread_place_format_cpus(&cfg->engine_place, engine_cpus, sizeof(engine_cpus));
    log_info("order pipeline ready",
             "menu=%s source=%s items=%zu version=%lld backend=%s dim=%zu serving_threads=%u "
             "compute_threads=%u engine_cpus=%s engine_nice=%d cpu_precision=%s cpu_kernel=%s "
             "offload_threads=%u offload_bytes=%llu ms=%llu",
             cfg->menu, ma->menu_source, ma->menu.count, (long long)ma->menu.version, running,
             ma->dim, cfg->cores, cpu ? cfg->compute_threads : 0u, engine_cpus,
             cfg->engine_place.nice, cpu ? linear_dtype_name(cpu_dtype) : "none",
             cpu ? linear_isa_name(cpu_isa) : "none", ma->offload ? cfg->offload_threads : 0u,
             (unsigned long long)cfg->offload_bytes,
             (unsigned long long)((messages_now_ns() - t0) / 1000000));
    int placed = ma->offload ? offload_pool_place_result(ma->offload) : 0;
    if (placed < 0) /* they run, only not where asked */
        log_warn("cannot place the offload threads", "error=\"%s\"", strerror(-placed));
    *out = ma;
    return 0;
}

static void messages_core_free(struct messages_core *mc)
{
    /* The engine has stopped: whatever it finished is in the queue; its requests go. */
    while (embed_cq_pop(&mc->cq) != NULL) {
    }
    for (uint32_t i = 0; i < MESSAGES_JOBS_PER_CORE; i++) {
        order_work_free(mc->jobs[i].work);
        free(mc->jobs[i].vectors);
        free(mc->jobs[i].ids);
        free(mc->jobs[i].stored);
        free(mc->jobs[i].text);
    }
    free(mc->jobs);
    messages_requests_free(mc);
    json_arena_free(&mc->arena);
    embed_cq_free(&mc->cq);
    close(mc->eventfd);
    free(mc);
}

void messages_free(struct messages_app *ma)
{
    if (!ma)
        return;
    offload_pool_free(ma->offload); /* every core closed its port: nothing is queued */
    ma->offload = NULL;
    engine_free(ma->engine); /* finishes every queued request first */
    ma->engine = NULL;
    for (unsigned i = 0; i < MESSAGES_CORES_MAX; i++) {
        struct messages_core *mc = atomic_load(&ma->cores[i]);
        if (mc)
            messages_core_free(mc);
        atomic_store(&ma->cores[i], NULL);
    }
    order_pipeline_free(ma->pipeline);
    model_free(ma->model);
    if (ma->understanding)
        order_understanding_free(ma->understanding);
    menu_free(&ma->menu);
    free(ma->menu_json);
    free(ma->batch_stages);
    if (ma->ready)
        json_arena_hooks_reset();
    free(ma);
}

/* ---- per core ------------------------------------------------------------------------ */

struct messages_job *messages_job_take(struct messages_core *mc)
{
    struct messages_app *ma = mc->app;
    if (mc->free_count == 0)
        return NULL;
    struct messages_job *j = &mc->jobs[mc->free_head];
    mc->free_head = j->next_free;
    mc->free_count--;
    if (!j->work) { /* first use: sized once, kept for the next messages */
        j->work = order_work_new(ma->pipeline);
        j->vectors = malloc(sizeof(float) * ORDER_EMBED_TEXTS_MAX * ma->dim);
        j->ids = ma->ids_per_job ? malloc(sizeof(int32_t) * ma->ids_per_job) : NULL;
        MESSAGES_ASSERT(j->vectors != NULL);
        MESSAGES_ASSERT(j->ids || !ma->ids_per_job);
    }
    return j;
}

void messages_job_release(struct messages_core *mc, struct messages_job *j)
{
    j->owner = NULL;
    j->next_free = mc->free_head;
    mc->free_head = (uint32_t)(j - mc->jobs);
    mc->free_count++;
    MESSAGES_ASSERT(mc->free_count <= MESSAGES_JOBS_PER_CORE);
    messages_waiting_recheck(mc);
}

/* A pass is told apart from the next by its time (the loop reads the clock once per pass
 * and hands it to the HTTP context): the budget starts afresh in each. */
static void messages_budget_renew(struct messages_core *mc)
{
    uint64_t pass = http_context_now(loop_http_context(mc->loop));
    if (pass != mc->budget_pass) {
        mc->budget_pass = pass;
        mc->budget_used_ns = 0;
    }
}

bool messages_budget_charge(struct messages_core *mc, uint64_t ns)
{
    messages_budget_renew(mc);
    mc->budget_used_ns += ns;
    return mc->budget_used_ns < MESSAGES_PASS_BUDGET_NS;
}

bool messages_budget_left(struct messages_core *mc)
{
    messages_budget_renew(mc);
    return mc->budget_used_ns < MESSAGES_PASS_BUDGET_NS;
}

bool messages_budget_fits(struct messages_core *mc, size_t bytes)
{
    messages_budget_renew(mc);
    if (mc->budget_used_ns <= MESSAGES_PASS_LONG_START_NS)
        return true;
    uint64_t expect_ns = mc->start_ns_per_kib * bytes / 1024;
    if (mc->budget_used_ns + expect_ns < MESSAGES_PASS_BUDGET_NS)
        return true;
    mc->budget_used_ns = MESSAGES_PASS_BUDGET_NS; /* it opens the next pass */
    return false;
}

void messages_budget_learn(struct messages_core *mc, size_t bytes, uint64_t ns)
{
    /* an average over about the last 8 messages: texts of a batch are alike in cost */
    uint64_t sample = ns * 1024 / (bytes ? bytes : 1);
    mc->start_ns_per_kib = mc->start_ns_per_kib - mc->start_ns_per_kib / 8 + sample / 8;
}

/* The result JSON of a job whose embedding came back, written where its line goes. */
static void messages_write_result(struct messages_core *mc, struct messages_request *rq,
                                  struct messages_job *j)
{
    order_finish(mc->app->pipeline, j->work, j->work->scores, &mc->result);
    char *out = messages_output_reserve(mc, rq, j->line, ORDER_RESULT_JSON_MAX + 1);
    int n = order_result_json(&mc->result, out, ORDER_RESULT_JSON_MAX + 1);
    MESSAGES_ASSERT(n > 0);
    if (!rq->overloaded) { /* a refused request is retried: count and show it then */
        uint64_t *c = &mc->results[mc->result.category][mc->result.status];
        __atomic_store_n(c, *c + 1, __ATOMIC_RELAXED);
        /* Into the shared event log only while some core has a stream (no cost otherwise). */
        if (sse_hub_wanted(mc->app->hub))
            sse_hub_publish(mc->app->hub, loop_core(mc->loop), "result", out, (size_t)n);
    }
    if (rq->ndjson)
        out[n++] = '\n';
    messages_output_commit(mc, rq, j->line, (size_t)n);
}

/* One finished message: its result (or error) goes to its request and to event streams. */
static void messages_complete(struct messages_core *mc, struct messages_job *j)
{
    struct messages_request *rq = j->owner;
    uint64_t t0 = messages_now_ns();
    if (j->req.status != 0) {
        messages_output_error(mc, rq, j->line, j->work->has_id ? j->work->id : NULL,
                              MESSAGES_ERROR_EMBED_FAILED, "the embedding backend failed");
        mc->errors[MESSAGES_ERROR_EMBED_FAILED]++;
    } else if (mc->orders && !rq->overloaded) {
        /* Answered once its rows are committed (messages_on_stored): the job stays held. */
        order_finish(mc->app->pipeline, j->work, j->work->scores, &mc->result);
        histogram_record(&mc->stages[MESSAGES_STAGE_MATCH], messages_now_ns() - t0);
        bool held = messages_store(mc, rq, j);
        messages_budget_charge(mc, messages_now_ns() - t0);
        if (held)
            return;
    } else {
        messages_write_result(mc, rq, j);
        uint64_t t1 = messages_now_ns();
        if (!rq->overloaded) {
            histogram_record(&mc->stages[MESSAGES_STAGE_MATCH], t1 - t0);
            histogram_record(&mc->stages[MESSAGES_STAGE_TOTAL], t1 - rq->start_ns);
        }
    }
    messages_job_release(mc, j);
    rq->pending--;
    messages_request_try_finish(mc, rq);
    messages_budget_charge(mc, messages_now_ns() - t0);
}

void messages_finish_unembedded(struct messages_core *mc, struct messages_job *j)
{
    uint32_t i = (uint32_t)(j - mc->jobs);
    j->req.status = 0;
    j->next_free = MESSAGES_NIL;
    if (mc->unembedded_tail == MESSAGES_NIL)
        mc->unembedded_head = i;
    else
        mc->jobs[mc->unembedded_tail].next_free = i;
    mc->unembedded_tail = i;
    messages_pass_arm(mc);
}

/* Finish returned messages (those that needed no embedding first) while the pass's budget
 * lasts; true when both queues are empty. */
static bool messages_completions_run(struct messages_core *mc)
{
    while (mc->unembedded_head != MESSAGES_NIL && messages_budget_left(mc)) {
        struct messages_job *j = &mc->jobs[mc->unembedded_head];
        mc->unembedded_head = j->next_free;
        if (mc->unembedded_head == MESSAGES_NIL)
            mc->unembedded_tail = MESSAGES_NIL;
        messages_complete(mc, j);
    }
    if (mc->unembedded_head != MESSAGES_NIL)
        return false;
    struct embed_request *r;
    while (messages_budget_left(mc)) {
        if ((r = embed_cq_pop(&mc->cq)) == NULL)
            return true;
        messages_complete(mc, r->user);
    }
    return false; /* the budget ran out first: maybe more (the queue has no peek) */
}

/* The core's eventfd fired: the ring's read already drained it, so popping until empty
 * cannot miss a completion (the engine pushes before it writes). What the pass's budget
 * leaves in the queue, messages_pass finishes. */
static void messages_on_completions(void *ctx)
{
    struct messages_core *mc = ctx;
    if (!messages_completions_run(mc))
        messages_pass_arm(mc);
}

/* Work an earlier pass left, in the pass after: returned messages first (they free jobs and
 * finish requests), then the waiting and the running requests' messages, within this pass's
 * budget. Re-armed while work is left, so a large request takes many short passes instead
 * of one long one, and the loop serves every other connection in between. The handler and
 * the eventfd callback work inline within the same budget (so a pass does at most the
 * budget plus one message, whoever does it), and the handler only while nobody waits in the
 * backlog, which therefore gets each pass's budget first. */
static void messages_pass(void *ctx)
{
    struct messages_core *mc = ctx;
    mc->pass_armed = false;
    bool left = !messages_completions_run(mc);
    if (messages_budget_left(mc))
        messages_backlog_run(mc);
    /* The waiting line alone re-arms nothing: a job or a reservation given back does
     * (messages_waiting_recheck), so a core whose jobs are all out does not spin. */
    left = left || mc->backlog_head != MESSAGES_NIL;
    if (left) {
        /* Read by /metrics on any core (relaxed, like the result counters). */
        __atomic_store_n(&mc->deferred_passes, mc->deferred_passes + 1, __ATOMIC_RELAXED);
        messages_pass_arm(mc);
    }
}

void messages_waiting_recheck(struct messages_core *mc)
{
    if (mc->waiting_head != MESSAGES_NIL && !mc->stopping)
        messages_pass_arm(mc);
}

void messages_pass_arm(struct messages_core *mc)
{
    if (mc->pass_armed)
        return;
    struct async_timer *t;
    /* Delay 0: the timeout completes at once, so the next pass runs it without waiting. */
    MESSAGES_ASSERT(async_timer_start(loop_async(mc->loop), 0, messages_pass, mc, &t) == 0);
    mc->pass_armed = true;
}

struct messages_core *messages_core_start(struct messages_app *ma, struct loop *l,
                                          struct orders_core *orders)
{
    if (!ma->ready)
        return NULL; /* no pipeline: its endpoints answer 503 no_menu */
    unsigned core = loop_core(l);
    MESSAGES_ASSERT(core < MESSAGES_CORES_MAX);
    MESSAGES_ASSERT(atomic_load(&ma->cores[core]) == NULL);
    struct messages_core *mc = calloc(1, sizeof(*mc));
    MESSAGES_ASSERT(mc != NULL);
    mc->app = ma;
    mc->eventfd = eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
    MESSAGES_ASSERT(mc->eventfd >= 0);
    MESSAGES_ASSERT(embed_cq_init(&mc->cq, MESSAGES_JOBS_PER_CORE, mc->eventfd) == 0);
    mc->jobs = calloc(MESSAGES_JOBS_PER_CORE, sizeof(*mc->jobs));
    MESSAGES_ASSERT(mc->jobs != NULL);
    for (uint32_t i = 0; i < MESSAGES_JOBS_PER_CORE; i++) {
        mc->jobs[i].next_free = i + 1;
        mc->jobs[i].req.user = &mc->jobs[i];
        mc->jobs[i].core = mc;
    }
    mc->free_count = MESSAGES_JOBS_PER_CORE;
    mc->unembedded_head = mc->unembedded_tail = MESSAGES_NIL;
    messages_requests_init(mc);
    json_arena_init(&mc->arena, MESSAGES_JSON_ARENA_BYTES);
    for (int s = 0; s < MESSAGES_STAGE_MAX; s++)
        histogram_init(&mc->stages[s]);
    mc->loop = l;
    mc->orders = orders;
    if (orders)
        orders_core_on_done(orders, messages_on_stored, mc);
    MESSAGES_ASSERT(async_eventfd_watch(loop_async(l), mc->eventfd, messages_on_completions, mc) ==
                    0);
    if (ma->offload)
        MESSAGES_ASSERT(offload_port_open(ma->offload, loop_async(l), &mc->offload) == 0);
    /* Release: a /metrics render on another core that sees the pointer sees the struct. */
    atomic_store_explicit(&ma->cores[core], mc, memory_order_release);
    return mc;
}

enum {
    MESSAGES_STOP_POLL_NS = 1000000, /* look at the completion queue every millisecond */
};

void messages_core_stop(struct messages_app *ma, struct messages_core *mc)
{
    (void)ma;
    /* Offloaded jobs first: they come back dropped (messages_offload_done), none submitted. */
    mc->stopping = true;
    offload_port_close(mc->offload);
    mc->offload = NULL;
    /* The loop has ended, so no exchange is left to answer: results are dropped. The engine
     * still runs (messages_free stops it) and writes to this queue until the core's last
     * submitted job is back, so the core waits for them here. */
    for (;;) {
        struct embed_request *r;
        while ((r = embed_cq_pop(&mc->cq)) != NULL) {
            struct messages_job *j = r->user;
            j->owner->pending--; /* the request slot goes with the table (messages_free) */
            messages_job_release(mc, j);
        }
        if (mc->free_count == MESSAGES_JOBS_PER_CORE)
            return;
        struct timespec ts = {0, MESSAGES_STOP_POLL_NS};
        nanosleep(&ts, NULL);
    }
}
