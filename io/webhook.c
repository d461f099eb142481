/* webhook.c — JSON POSTs through libcurl's multi-socket API on an io/async.h loop (see
 * webhook.h). */
#include "io/webhook.h"

#include <curl/curl.h>
#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "io/retry_after.h"
#include "kernels/assert.h"

#define WEBHOOK_ASSERT(cond) BRIGADE_ASSERT(cond)

_Static_assert(WEBHOOK_ERROR_MAX == CURL_ERROR_SIZE, "the error buffer is curl's");

enum {
    /* Sockets curl may hand us beyond one per connection: a second address family tried
     * while connecting (happy eyeballs) and the threaded resolver's wake-up pair. */
    WEBHOOK_SOCKETS_PER_CONNECTION = 2,
    WEBHOOK_SOCKETS_SPARE = 8,
};

/* One post in flight, or a free slot; the easy handle lives as long as the client. */
struct webhook_slot {
    struct webhook *w;
    CURL *easy;
    bool busy;
    webhook_done_fn fn;
    void *ctx;
    char *request; /* the body sent (curl reads it in place: CURLOPT_POSTFIELDS) */
    size_t request_cap;
    char error[CURL_ERROR_SIZE];
    char body[WEBHOOK_RESPONSE_KEPT + 1];
    size_t body_len;
    int64_t retry_after_ms, remaining, reset_after_ms; /* from the response head */
};

/* A socket curl asked us to watch (its `socketp`). */
struct webhook_socket {
    struct webhook *w;
    struct async_fd *watch; /* NULL once the loop gave up on it (revents < 0) */
    int fd;
    bool used;
    unsigned events;
};

struct webhook {
    struct async_loop loop;
    CURLM *multi;
    struct curl_slist *headers;
    struct webhook_config cfg;
    struct webhook_slot *slots;
    unsigned busy;
    struct webhook_socket *sockets;
    unsigned socket_count;
    struct async_timer *timer; /* curl's one timeout, NULL when none is set */
    uint64_t connects;
    bool in_completion; /* a completion callback is running: webhook_free is refused */
};

int webhook_global_init(void)
{
    return curl_global_init(CURL_GLOBAL_DEFAULT) == CURLE_OK ? 0 : -EIO;
}

/* ---- response head and body ---- */

static bool header_is(const char *line, size_t len, const char *name, const char **value,
                      size_t *value_len)
{
    size_t n = strlen(name);
    if (len <= n || line[n] != ':' || strncasecmp(line, name, n) != 0)
        return false;
    *value = line + n + 1;
    *value_len = len - n - 1;
    while (*value_len && ((*value)[*value_len - 1] == '\n' || (*value)[*value_len - 1] == '\r'))
        (*value_len)--;
    return true;
}

/* A header's non-negative decimal count, blanks around allowed; -1 for anything else. */
static int64_t parse_count(const char *v, size_t len)
{
    while (len && (*v == ' ' || *v == '\t')) {
        v++;
        len--;
    }
    while (len && (v[len - 1] == ' ' || v[len - 1] == '\t'))
        len--;
    if (len == 0 || len > 18)
        return -1;
    int64_t n = 0;
    for (size_t i = 0; i < len; i++) {
        if (v[i] < '0' || v[i] > '9')
            return -1;
        n = n * 10 + (v[i] - '0');
    }
    return n;
}

/* Only the last response's head counts (a 100 Continue comes first): a status line resets. */
static size_t webhook_on_header(char *line, size_t size, size_t n, void *userp)
{
    struct webhook_slot *s = userp;
    size_t len = size * n;
    const char *v;
    size_t vlen;
    if (len >= 5 && memcmp(line, "HTTP/", 5) == 0) {
        s->retry_after_ms = s->remaining = s->reset_after_ms = -1;
    } else if (header_is(line, len, "Retry-After", &v, &vlen)) {
        s->retry_after_ms = retry_after_header_ms(v, vlen, time(NULL));
    } else if (header_is(line, len, "X-RateLimit-Reset-After", &v, &vlen)) {
        s->reset_after_ms = retry_after_seconds_ms(v, vlen);
    } else if (header_is(line, len, "X-RateLimit-Remaining", &v, &vlen)) {
        s->remaining = parse_count(v, vlen);
    }
    return len;
}

/* Keeps the first WEBHOOK_RESPONSE_KEPT bytes; the rest is read and dropped. */
static size_t webhook_on_body(char *data, size_t size, size_t n, void *userp)
{
    struct webhook_slot *s = userp;
    size_t len = size * n;
    size_t room = WEBHOOK_RESPONSE_KEPT - s->body_len;
    size_t take = len < room ? len : room;
    memcpy(s->body + s->body_len, data, take);
    s->body_len += take;
    s->body[s->body_len] = '\0';
    return len;
}

/* ---- completions ---- */

static void webhook_complete(struct webhook *w, struct webhook_slot *s, CURLcode code)
{
    struct webhook_result r = {
        .curl_code = (int)code,
        .retry_after_ms = s->retry_after_ms,
        .ratelimit_remaining = s->remaining,
        .ratelimit_reset_after_ms = s->reset_after_ms,
    };
    curl_easy_getinfo(s->easy, CURLINFO_RESPONSE_CODE, &r.status);
    curl_off_t total_us = 0;
    long connects = 0;
    curl_easy_getinfo(s->easy, CURLINFO_TOTAL_TIME_T, &total_us);
    curl_easy_getinfo(s->easy, CURLINFO_NUM_CONNECTS, &connects);
    r.total_us = total_us > 0 ? (uint64_t)total_us : 0;
    r.connects = connects > 0 ? (unsigned)connects : 0;
    w->connects += r.connects;
    if (r.status == 429) { /* Discord's body says it more precisely than the header */
        int64_t body_ms = retry_after_json_body_ms(s->body, s->body_len);
        if (body_ms > r.retry_after_ms)
            r.retry_after_ms = body_ms;
    }
    /* The slot is freed before the callback, so the callback can post again: what the result
     * points to is copied out first. */
    char error[CURL_ERROR_SIZE], body[WEBHOOK_RESPONSE_KEPT + 1];
    snprintf(error, sizeof(error), "%s",
             code == CURLE_OK ? ""
             : s->error[0]    ? s->error
                              : curl_easy_strerror(code));
    memcpy(body, s->body, s->body_len + 1);
    r.error = error;
    r.body = body;
    r.body_len = s->body_len;
    webhook_done_fn fn = s->fn;
    void *ctx = s->ctx;
    curl_multi_remove_handle(w->multi, s->easy);
    s->busy = false;
    w->busy--;
    w->in_completion = true;
    fn(ctx, &r);
    w->in_completion = false;
}

/* Every finished transfer, after each action. */
static void webhook_drain(struct webhook *w)
{
    CURLMsg *msg;
    int left;
    while ((msg = curl_multi_info_read(w->multi, &left))) {
        if (msg->msg != CURLMSG_DONE)
            continue;
        struct webhook_slot *s = NULL;
        curl_easy_getinfo(msg->easy_handle, CURLINFO_PRIVATE, (char **)&s);
        WEBHOOK_ASSERT(s != NULL);
        WEBHOOK_ASSERT(s->busy);
        webhook_complete(w, s, msg->data.result);
    }
}

static void webhook_action(struct webhook *w, curl_socket_t fd, int ev)
{
    int running;
    curl_multi_socket_action(w->multi, fd, ev, &running);
    webhook_drain(w);
}

/* ---- curl's sockets and timer on the loop ---- */

static void webhook_on_fd(void *ctx, int fd, int revents)
{
    struct webhook_socket *ws = ctx;
    struct webhook *w = ws->w; /* ws may be released inside the action */
    int ev = 0;
    if (revents < 0) { /* the loop cannot poll it: the watch is over, curl sees an error */
        async_fd_unwatch(w->loop, ws->watch);
        ws->watch = NULL;
        ev = CURL_CSELECT_ERR;
    } else {
        if (revents & (ASYNC_IN | POLLHUP)) /* a hang-up reads as end of file */
            ev |= CURL_CSELECT_IN;
        if (revents & ASYNC_OUT)
            ev |= CURL_CSELECT_OUT;
        if (revents & (POLLERR | POLLNVAL))
            ev |= CURL_CSELECT_ERR;
    }
    webhook_action(w, fd, ev);
}

static void webhook_on_timer(void *ctx)
{
    struct webhook *w = ctx;
    w->timer = NULL; /* fired: the loop has released it */
    webhook_action(w, CURL_SOCKET_TIMEOUT, 0);
}

static struct webhook_socket *webhook_socket_take(struct webhook *w, int fd)
{
    for (unsigned i = 0; i < w->socket_count; i++) {
        struct webhook_socket *ws = &w->sockets[i];
        if (!ws->used) {
            *ws = (struct webhook_socket){.w = w, .fd = fd, .used = true};
            return ws;
        }
    }
    return NULL;
}

static void webhook_socket_release(struct webhook *w, struct webhook_socket *ws)
{
    if (ws->watch)
        async_fd_unwatch(w->loop, ws->watch);
    *ws = (struct webhook_socket){0};
}

/* CURLMOPT_SOCKETFUNCTION. Returning -1 makes curl fail the transfers (curl >= 7.84), which
 * is right when the loop has no room left for the socket. */
static int webhook_on_socket(CURL *easy, curl_socket_t fd, int what, void *userp, void *socketp)
{
    (void)easy;
    struct webhook *w = userp;
    struct webhook_socket *ws = socketp;
    if (what == CURL_POLL_REMOVE) {
        if (ws)
            webhook_socket_release(w, ws);
        curl_multi_assign(w->multi, fd, NULL);
        return 0;
    }
    unsigned events = (what & CURL_POLL_IN ? ASYNC_IN : 0) | (what & CURL_POLL_OUT ? ASYNC_OUT : 0);
    if (!ws) {
        ws = webhook_socket_take(w, fd);
        if (!ws)
            return -1;
        curl_multi_assign(w->multi, fd, ws);
    }
    ws->events = events;
    if (ws->watch) {
        async_fd_events(w->loop, ws->watch, events);
        return 0;
    }
    if (async_fd_watch(w->loop, fd, events, webhook_on_fd, ws, &ws->watch) != 0) {
        ws->watch = NULL;
        return -1;
    }
    return 0;
}

/* CURLMOPT_TIMERFUNCTION: -1 removes the timeout; 0 means "act soon, but not from within this
 * callback", which a 0 ms loop timer gives (it fires at the end of the loop's pass). */
static int webhook_on_curl_timer(CURLM *multi, long timeout_ms, void *userp)
{
    (void)multi;
    struct webhook *w = userp;
    if (w->timer) {
        async_timer_stop(w->loop, w->timer);
        w->timer = NULL;
    }
    if (timeout_ms < 0)
        return 0;
    if (async_timer_start(w->loop, (uint64_t)timeout_ms, webhook_on_timer, w, &w->timer) != 0) {
        w->timer = NULL;
        return -1;
    }
    return 0;
}

/* ---- the client ---- */

static int webhook_check_config(const struct webhook_config *c, char *err, size_t err_size)
{
    const char *bad = NULL;
    if (c->max_pending < 1 || c->max_pending > WEBHOOK_PENDING_MAX)
        bad = "max_pending must be 1..4096";
    else if (c->max_total_connections < 1 || c->max_total_connections > WEBHOOK_CONNECTIONS_MAX)
        bad = "max_total_connections must be 1..1024";
    else if (c->max_host_connections < 1 || c->max_host_connections > c->max_total_connections)
        bad = "max_host_connections must be 1..max_total_connections";
    else if (c->timeout_ms < 1 || c->timeout_ms > WEBHOOK_TIMEOUT_MS_MAX)
        bad = "timeout_ms must be 1..600000";
    else if (c->connect_timeout_ms > c->timeout_ms)
        bad = "connect_timeout_ms must not exceed timeout_ms";
    if (!bad)
        return 0;
    snprintf(err, err_size, "webhook: %s", bad);
    return -EINVAL;
}

/* The options every post of a slot shares; only the URL and the body change per post. */
static int webhook_slot_init(struct webhook *w, struct webhook_slot *s)
{
    s->w = w;
    s->easy = curl_easy_init();
    if (!s->easy)
        return -ENOMEM;
    CURL *e = s->easy;
    uint32_t connect_ms = w->cfg.connect_timeout_ms ? w->cfg.connect_timeout_ms : w->cfg.timeout_ms;
    int bad = 0;
    bad |= curl_easy_setopt(e, CURLOPT_PRIVATE, (char *)s);
    bad |= curl_easy_setopt(e, CURLOPT_NOSIGNAL, 1L); /* threads: no SIGALRM for DNS timeouts */
    bad |= curl_easy_setopt(e, CURLOPT_PROTOCOLS_STR, "http,https");
    bad |= curl_easy_setopt(e, CURLOPT_POST, 1L);
    bad |= curl_easy_setopt(e, CURLOPT_HTTPHEADER, w->headers);
    bad |= curl_easy_setopt(e, CURLOPT_USERAGENT, "brigade-notifier");
    bad |= curl_easy_setopt(e, CURLOPT_TIMEOUT_MS, (long)w->cfg.timeout_ms);
    bad |= curl_easy_setopt(e, CURLOPT_CONNECTTIMEOUT_MS, (long)connect_ms);
    bad |= curl_easy_setopt(e, CURLOPT_TCP_KEEPALIVE, 1L);
    bad |= curl_easy_setopt(e, CURLOPT_ERRORBUFFER, s->error);
    bad |= curl_easy_setopt(e, CURLOPT_HEADERFUNCTION, webhook_on_header);
    bad |= curl_easy_setopt(e, CURLOPT_HEADERDATA, s);
    bad |= curl_easy_setopt(e, CURLOPT_WRITEFUNCTION, webhook_on_body);
    bad |= curl_easy_setopt(e, CURLOPT_WRITEDATA, s);
    return bad ? -ENOMEM : 0;
}

static int webhook_multi_init(struct webhook *w)
{
    w->multi = curl_multi_init();
    if (!w->multi)
        return -ENOMEM;
    CURLM *m = w->multi;
    int bad = 0;
    bad |= curl_multi_setopt(m, CURLMOPT_SOCKETFUNCTION, webhook_on_socket);
    bad |= curl_multi_setopt(m, CURLMOPT_SOCKETDATA, w);
    bad |= curl_multi_setopt(m, CURLMOPT_TIMERFUNCTION, webhook_on_curl_timer);
    bad |= curl_multi_setopt(m, CURLMOPT_TIMERDATA, w);
    bad |= curl_multi_setopt(m, CURLMOPT_MAX_HOST_CONNECTIONS, (long)w->cfg.max_host_connections);
    bad |= curl_multi_setopt(m, CURLMOPT_MAX_TOTAL_CONNECTIONS, (long)w->cfg.max_total_connections);
    bad |= curl_multi_setopt(m, CURLMOPT_MAXCONNECTS, (long)w->cfg.max_total_connections);
    return bad ? -ENOMEM : 0;
}

int webhook_new(struct async_loop loop, const struct webhook_config *cfg, struct webhook **out,
                char *err, size_t err_size)
{
    int rc = webhook_check_config(cfg, err, err_size);
    if (rc)
        return rc;
    struct webhook *w = calloc(1, sizeof(*w));
    BRIGADE_OOM_CHECK(w);
    w->loop = loop;
    w->cfg = *cfg;
    w->socket_count =
        cfg->max_total_connections * WEBHOOK_SOCKETS_PER_CONNECTION + WEBHOOK_SOCKETS_SPARE;
    w->slots = calloc(cfg->max_pending, sizeof(*w->slots));
    w->sockets = calloc(w->socket_count, sizeof(*w->sockets));
    BRIGADE_OOM_CHECK(w->slots);
    BRIGADE_OOM_CHECK(w->sockets);
    /* "Expect:" off: a 100-continue round trip would only add latency to a small body. */
    w->headers = curl_slist_append(NULL, "Content-Type: application/json");
    if (w->headers)
        w->headers = curl_slist_append(w->headers, "Expect:");
    rc = w->headers ? webhook_multi_init(w) : -ENOMEM;
    for (unsigned i = 0; rc == 0 && i < cfg->max_pending; i++)
        rc = webhook_slot_init(w, &w->slots[i]);
    if (rc) {
        snprintf(err, err_size, "webhook: cannot set up libcurl");
        webhook_free(w);
        return rc;
    }
    *out = w;
    return 0;
}

void webhook_free(struct webhook *w)
{
    if (!w)
        return;
    WEBHOOK_ASSERT(!w->in_completion);
    for (unsigned i = 0; i < w->cfg.max_pending; i++) {
        struct webhook_slot *s = &w->slots[i];
        if (s->busy)
            curl_multi_remove_handle(w->multi, s->easy);
        s->busy = false;
    }
    /* Closing the cached connections may still call the socket and timer callbacks. */
    if (w->multi)
        curl_multi_cleanup(w->multi);
    for (unsigned i = 0; i < w->cfg.max_pending; i++) {
        curl_easy_cleanup(w->slots[i].easy);
        free(w->slots[i].request);
    }
    for (unsigned i = 0; i < w->socket_count; i++) {
        if (w->sockets[i].used)
            webhook_socket_release(w, &w->sockets[i]);
    }
    if (w->timer)
        async_timer_stop(w->loop, w->timer);
    curl_slist_free_all(w->headers);
    free(w->slots);
    free(w->sockets);
    free(w);
}

static struct webhook_slot *webhook_slot_take(struct webhook *w)
{
    if (w->busy == w->cfg.max_pending)
        return NULL;
    for (unsigned i = 0; i < w->cfg.max_pending; i++) {
        if (!w->slots[i].busy)
            return &w->slots[i];
    }
    WEBHOOK_ASSERT(!"busy count below the table size, yet no free slot");
    return NULL;
}

int webhook_post(struct webhook *w, const char *url, const char *body, size_t len,
                 webhook_done_fn fn, void *ctx)
{
    WEBHOOK_ASSERT(fn != NULL);
    if (len > WEBHOOK_REQUEST_MAX || strlen(url) > WEBHOOK_URL_MAX)
        return -E2BIG;
    struct webhook_slot *s = webhook_slot_take(w);
    if (!s)
        return -EAGAIN;
    if (s->request_cap < len + 1) { /* grows to the largest body seen, then stays */
        s->request = realloc(s->request, len + 1);
        BRIGADE_OOM_CHECK(s->request);
        s->request_cap = len + 1;
    }
    memcpy(s->request, body, len);
    s->request[len] = '\0';
    s->error[0] = '\0';
    s->body[0] = '\0';
    s->body_len = 0;
    s->retry_after_ms = s->remaining = s->reset_after_ms = -1;
    s->fn = fn;
    s->ctx = ctx;
    CURL *e = s->easy;
    int bad = 0;
    bad |= curl_easy_setopt(e, CURLOPT_URL, url);
    bad |= curl_easy_setopt(e, CURLOPT_POSTFIELDS, s->request);
    bad |= curl_easy_setopt(e, CURLOPT_POSTFIELDSIZE_LARGE, (curl_off_t)len);
    BRIGADE_OOM_CHECK(bad ? NULL : e); /* only an allocation can fail with these values */
    /* Adding never runs the transfer: curl sets a 0 ms timeout, and the loop acts on it. */
    CURLMcode mc = curl_multi_add_handle(w->multi, e);
    BRIGADE_OOM_CHECK(mc == CURLM_OK ? e : NULL);
    s->busy = true;
    w->busy++;
    return 0;
}

unsigned webhook_pending(const struct webhook *w)
{
    return w->busy;
}

uint64_t webhook_connects(const struct webhook *w)
{
    return w->connects;
}
