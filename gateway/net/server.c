/* server.c — listeners, core threads, signals and the shutdown sequence (see server.h). */
#define _GNU_SOURCE
#include "gateway/net/server.h"

#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <pthread.h>
#include <sched.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

#include "gateway/net/loop.h"
#include "gateway/net/loop_group.h"
#include "gateway/obs/log.h"

enum {
    SERVER_BACKLOG = 4096,
};
/* A core back from a pause accepts its whole backlog in one pass: every one needs a slot. */
_Static_assert((int)LOOP_SPARE_SLOTS_LOW >= (int)SERVER_BACKLOG,
               "a whole listen backlog fits the free spare slots");

struct server_thread {
    struct loop_group *g;
    pthread_t tid;
    unsigned core;
    int listen_fd;
    pthread_barrier_t *ready;
    atomic_int *failed;
};

/* Bind one SO_REUSEPORT listener; `*port` 0 takes a free port and returns it, so the next
 * core's listener joins the same port. Returns the fd or -errno. */
static int server_listen(const struct server_config *cfg, uint16_t *port)
{
    struct sockaddr_storage ss;
    memset(&ss, 0, sizeof(ss));
    socklen_t len;
    struct sockaddr_in *in4 = (struct sockaddr_in *)&ss;
    struct sockaddr_in6 *in6 = (struct sockaddr_in6 *)&ss;
    if (inet_pton(AF_INET, cfg->listen_host, &in4->sin_addr) == 1) {
        in4->sin_family = AF_INET;
        in4->sin_port = htons(*port);
        len = sizeof(*in4);
    } else if (inet_pton(AF_INET6, cfg->listen_host, &in6->sin6_addr) == 1) {
        in6->sin6_family = AF_INET6;
        in6->sin6_port = htons(*port);
        len = sizeof(*in6);
    } else {
        return -EINVAL;
    }
    int fd = socket(ss.ss_family, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return -errno;
    int one = 1;
    setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one));
    setsockopt(fd, SOL_SOCKET, SO_REUSEPORT, &one, sizeof(one));
    /* Inherited by accepted sockets: pipelined responses must not wait for delayed ACKs. */
    setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof(one));
    if (bind(fd, (struct sockaddr *)&ss, len) < 0 || listen(fd, SERVER_BACKLOG) < 0) {
        int err = -errno;
        close(fd);
        return err;
    }
    if (getsockname(fd, (struct sockaddr *)&ss, &len) == 0)
        *port = ntohs(ss.ss_family == AF_INET ? in4->sin_port : in6->sin6_port);
    return fd;
}

unsigned server_core_cpu(unsigned core)
{
    /* The CPUs the process was started on (taskset, a cgroup's cpuset, a container's
     * --cpuset-cpus), read before this thread is pinned: loop k takes the k-th of them. */
    cpu_set_t allowed;
    CPU_ZERO(&allowed);
    int n = sched_getaffinity(0, sizeof(allowed), &allowed) == 0 ? CPU_COUNT(&allowed) : 0;
    if (n <= 0) {
        long cpus = sysconf(_SC_NPROCESSORS_ONLN);
        return core % (unsigned)(cpus > 0 ? cpus : 1);
    }
    unsigned want = core % (unsigned)n;
    for (int cpu = 0; cpu < CPU_SETSIZE; cpu++)
        if (CPU_ISSET(cpu, &allowed) && want-- == 0)
            return (unsigned)cpu;
    return 0;
}

static void server_pin(unsigned core)
{
    cpu_set_t set;
    CPU_ZERO(&set);
    CPU_SET((int)server_core_cpu(core), &set);
    int ret = pthread_setaffinity_np(pthread_self(), sizeof(set), &set);
    if (ret != 0)
        log_warn("cannot pin thread", "error=\"%s\"", strerror(ret));
}

static void *server_thread_main(void *arg)
{
    struct server_thread *t = arg;
    log_set_core((int)t->core);
    server_pin(t->core);
    /* The ring is created here: its single issuer is this thread. */
    struct loop *l = NULL;
    if (loop_init(&l, t->g, t->core, t->listen_fd) < 0) {
        close(t->listen_fd);
        atomic_store(t->failed, 1);
    } else {
        t->g->loops[t->core] = l;
    }
    pthread_barrier_wait(t->ready);
    if (l && !atomic_load(t->failed))
        loop_run(l);
    return NULL;
}

/* Write the port to `path` through a temporary file and rename, so a reader never sees a
 * partial number. */
static int server_write_port(const char *path, uint16_t port)
{
    char tmp[SERVER_PATH_BYTES_MAX + 8];
    snprintf(tmp, sizeof(tmp), "%s.tmp", path);
    FILE *f = fopen(tmp, "w");
    if (!f)
        return -errno;
    fprintf(f, "%u\n", port);
    if (fclose(f) != 0 || rename(tmp, path) != 0)
        return -errno;
    return 0;
}

static void server_raise_nofile(unsigned needed)
{
    struct rlimit rl;
    if (getrlimit(RLIMIT_NOFILE, &rl) != 0)
        return;
    if (rl.rlim_cur < rl.rlim_max) {
        rl.rlim_cur = rl.rlim_max;
        setrlimit(RLIMIT_NOFILE, &rl);
    }
    if (rl.rlim_cur < needed)
        log_warn("open file limit below the connection table", "limit=%llu needed=%u",
                 (unsigned long long)rl.rlim_cur, needed);
}

/* Signals arrive on whichever thread does not block them (libraries such as OpenBLAS start
 * threads before main with every signal open), so they are caught by a handler that only
 * writes the signal number to a pipe, and the main thread reads the pipe. */
static int server_signal_pipe[2] = {-1, -1};

static void server_on_signal(int sig)
{
    int saved = errno;
    unsigned char b = (unsigned char)sig;
    ssize_t n = write(server_signal_pipe[1], &b, 1);
    (void)n; /* a full pipe already holds a pending signal: nothing is lost that matters */
    errno = saved;
}

static int server_catch_signals(void)
{
    if (pipe2(server_signal_pipe, O_CLOEXEC | O_NONBLOCK) < 0)
        return -errno;
    struct sigaction sa;
    memset(&sa, 0, sizeof(sa));
    sa.sa_handler = server_on_signal;
    sa.sa_flags = SA_RESTART;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGTERM, &sa, NULL);
    sigaction(SIGINT, &sa, NULL);
    sigaction(SIGHUP, &sa, NULL);
    signal(SIGPIPE, SIG_IGN);
    return 0;
}

/* The handlers stay: a second SIGTERM during the last steps of a shutdown must not kill the
 * process with a signal status. Writes to the closed pipe then fail harmlessly. */
static void server_release_signals(void)
{
    close(server_signal_pipe[0]);
    close(server_signal_pipe[1]);
    server_signal_pipe[0] = server_signal_pipe[1] = -1;
}

/* Wait for signals: SIGHUP reopens the log, SIGTERM/SIGINT begin the shutdown. */
static void server_signals(struct loop_group *g)
{
    for (;;) {
        struct pollfd pfd = {server_signal_pipe[0], POLLIN, 0};
        unsigned char b;
        if (poll(&pfd, 1, -1) < 0 || read(server_signal_pipe[0], &b, 1) != 1)
            continue; /* EINTR (our own handler ran) or a spurious wake-up */
        int sig = b;
        if (sig == SIGHUP) {
            int ret = log_reopen();
            log_info("log reopened", "result=%d", ret);
            continue;
        }
        if (sig == SIGTERM || sig == SIGINT) {
            log_info("shutdown requested", "signal=%s timeout_ms=%llu", sigabbrev_np(sig),
                     (unsigned long long)g->cfg.shutdown_timeout_ms);
            loop_group_drain(g);
            return;
        }
    }
}

static int server_open_listeners(const struct server_config *cfg, unsigned cores, int *fds,
                                 uint16_t *port)
{
    *port = cfg->listen_port;
    for (unsigned i = 0; i < cores; i++) {
        fds[i] = server_listen(cfg, port);
        if (fds[i] < 0) {
            log_error("cannot listen", "addr=%s:%u error=\"%s\"", cfg->listen_host, *port,
                      strerror(-fds[i]));
            while (i--)
                close(fds[i]);
            return -1;
        }
    }
    return 0;
}

/* What the core threads share while starting; lives in server_serve's frame, which outlives
 * every thread (it joins them), never in a frame that returns while they still read it. */
struct server_start {
    pthread_barrier_t ready;
    atomic_int failed;
};

static int server_start_threads(struct loop_group *g, struct server_thread *threads, const int *fds,
                                struct server_start *start)
{
    atomic_init(&start->failed, 0);
    pthread_barrier_init(&start->ready, NULL, g->cores + 1);
    for (unsigned i = 0; i < g->cores; i++) {
        threads[i] = (struct server_thread){g, 0, i, fds[i], &start->ready, &start->failed};
        if (pthread_create(&threads[i].tid, NULL, server_thread_main, &threads[i]) != 0)
            abort(); /* out of resources at start-up: nothing sensible to fall back to */
    }
    pthread_barrier_wait(&start->ready);
    return atomic_load(&start->failed) ? -1 : 0;
}

static int server_serve(const struct server_config *cfg, struct loop_group *g)
{
    int fds[LOOP_GROUP_CORES_MAX];
    uint16_t port;
    if (server_open_listeners(cfg, g->cores, fds, &port) < 0)
        return 1;
    struct server_thread *threads = calloc(g->cores, sizeof(*threads));
    if (!threads)
        abort();
    struct server_start start;
    int failed = server_start_threads(g, threads, fds, &start);
    if (failed == 0) {
        log_info("listening", "addr=%s:%u threads=%u max_connections=%u max_queued=%u",
                 cfg->listen_host, port, g->cores, g->cfg.max_connections, g->cfg.max_queued);
        if (cfg->port_file[0] && server_write_port(cfg->port_file, port) < 0)
            log_error("cannot write port file", "path=\"%s\"", cfg->port_file);
        server_signals(g);
    }
    for (unsigned i = 0; i < g->cores; i++)
        pthread_join(threads[i].tid, NULL);
    pthread_barrier_destroy(&start.ready);
    free(threads);
    return failed ? 1 : 0;
}

int server_run(const struct server_config *cfg, struct loop_group *g, const struct http_app *app)
{
    if (server_catch_signals() < 0) {
        log_error("cannot set up signal handling", "error=\"%s\"", strerror(errno));
        return 1;
    }
    /* Each core's registered file table holds every counted connection plus its spares, and
     * the kernel bounds a table by the open file limit. */
    server_raise_nofile(g->cfg.max_connections + g->cfg.max_queued + LOOP_SPARE_SLOTS + 16);
    g->app = app;
    int ret = server_serve(cfg, g);
    server_release_signals();
    log_info("stopped", "status=%d", ret);
    return ret;
}
