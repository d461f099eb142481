/* test_load_integration.c — brigade-load against a local nginx and a small Python server.
 *
 * nginx (started here, on a free port, with an access log) gives an independent count of the
 * requests that arrived, so "exactly N" is checked on both sides. The Python server supplies
 * chunked JSON and a slow endpoint. Every figure is read back from the --json report. */
#include "check.h"

#include <cjson/cJSON.h>
#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <netinet/in.h>
#include <signal.h>
#include <spawn.h>
#include <stdbool.h>
#include <stdarg.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

enum { ARGS_MAX = 40, PATH_BYTES = 512, START_WAIT_MS = 5000, LOAD_RUN_MAX_MS = 30000 };

extern char **environ;

static char dir[64]; /* mkdtemp name: short, so the paths built from it always fit */
static char load_bin[PATH_BYTES];
static char json_path[PATH_BYTES];
static int nginx_port, py_port;
static pid_t children[2]; /* nginx, python: stopped at exit whatever happens */

static void stop_children(void)
{
    for (int i = 0; i < 2; i++)
        if (children[i] > 0) {
            kill(children[i], SIGTERM);
            waitpid(children[i], NULL, 0);
            children[i] = 0;
        }
}

/* Children write to a log in the test directory, not to ctest's pipe (which a leftover child
 * would otherwise hold open). */
static void log_to_file(posix_spawn_file_actions_t *fa, const char *name)
{
    char path[PATH_BYTES];
    snprintf(path, sizeof(path), "%s/%s.log", dir, name);
    posix_spawn_file_actions_addopen(fa, 2, path, O_WRONLY | O_CREAT | O_APPEND, 0644);
}

static int free_port(void)
{
    int fd = socket(AF_INET, SOCK_STREAM, 0);
    struct sockaddr_in a = {.sin_family = AF_INET, .sin_addr.s_addr = htonl(INADDR_LOOPBACK)};
    socklen_t len = sizeof(a);
    if (fd < 0 || bind(fd, (struct sockaddr *)&a, len) < 0 ||
        getsockname(fd, (struct sockaddr *)&a, &len) < 0)
        SKIP("cannot bind a loopback port");
    close(fd);
    return ntohs(a.sin_port);
}

static bool port_open(int port)
{
    int fd = socket(AF_INET, SOCK_STREAM, 0);
    struct sockaddr_in a = {.sin_family = AF_INET,
                            .sin_port = htons((uint16_t)port),
                            .sin_addr.s_addr = htonl(INADDR_LOOPBACK)};
    bool ok = connect(fd, (struct sockaddr *)&a, sizeof(a)) == 0;
    close(fd);
    return ok;
}

static void wait_port(int port)
{
    for (int ms = 0; ms < START_WAIT_MS; ms += 20) {
        if (port_open(port))
            return;
        usleep(20000);
    }
    fprintf(stderr, "server on port %d did not start\n", port);
    exit(1);
}

static void start_nginx(void)
{
    if (access("/usr/sbin/nginx", X_OK) != 0)
        SKIP("nginx is not installed");
    nginx_port = free_port();
    char conf[PATH_BYTES];
    snprintf(conf, sizeof(conf), "%s/nginx.conf", dir);
    FILE *f = fopen(conf, "w");
    fprintf(f,
            "worker_processes 1;\ndaemon off;\npid %s/nginx.pid;\nerror_log %s/error.log;\n"
            "events { worker_connections 1024; }\n"
            "http {\n  access_log %s/access.log;\n  client_body_temp_path %s/body;\n"
            "  keepalive_requests 1000000;\n"
            "  server {\n    listen 127.0.0.1:%d;\n"
            "    location = /healthz { default_type application/json;"
            " return 200 '{\"status\":\"ok\"}'; }\n"
            "    location / { return 404; }\n  }\n}\n",
            dir, dir, dir, dir, nginx_port);
    fclose(f);
    char *argv[] = {"/usr/sbin/nginx", "-p", dir, "-c", conf, NULL};
    posix_spawn_file_actions_t fa;
    posix_spawn_file_actions_init(&fa);
    posix_spawn_file_actions_addopen(&fa, 1, "/dev/null", O_WRONLY, 0);
    log_to_file(&fa, "nginx-stderr");
    pid_t pid;
    if (posix_spawn(&pid, argv[0], &fa, NULL, argv, environ) != 0)
        SKIP("cannot start nginx");
    posix_spawn_file_actions_destroy(&fa);
    children[0] = pid;
    wait_port(nginx_port);
}

static void start_python(void)
{
    char script[PATH_BYTES];
    snprintf(script, sizeof(script), "%s/tests/integration/load/pyserver.py",
             getenv("BRIGADE_SOURCE_DIR"));
    int fds[2];
    CHECK(pipe(fds) == 0);
    posix_spawn_file_actions_t fa;
    posix_spawn_file_actions_init(&fa);
    posix_spawn_file_actions_adddup2(&fa, fds[1], 1);
    posix_spawn_file_actions_addclose(&fa, fds[0]);
    log_to_file(&fa, "python-stderr");
    char *argv[] = {"python3", script, NULL};
    pid_t pid;
    if (posix_spawnp(&pid, "python3", &fa, NULL, argv, environ) != 0)
        SKIP("python3 is not available");
    posix_spawn_file_actions_destroy(&fa);
    children[1] = pid;
    close(fds[1]);
    char line[32] = {0};
    size_t have = 0;
    while (have < sizeof(line) - 1 && !strchr(line, '\n')) { /* the whole first line */
        ssize_t n = read(fds[0], line + have, sizeof(line) - 1 - have);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        have += (size_t)n;
    }
    close(fds[0]);
    py_port = atoi(line);
    if (py_port <= 0) {
        fprintf(stderr, "python server did not report a port (see %s/python-stderr.log)\n", dir);
        exit(1);
    }
    wait_port(py_port);
}

/* Wait for a brigade-load run; one that outlives LOAD_RUN_MAX_MS is killed and reported, so
 * a hang fails the test with the command line instead of timing the whole test out. */
static int wait_bounded(pid_t pid, char **argv)
{
    int status = -1;
    for (int ms = 0; ms < LOAD_RUN_MAX_MS; ms += 10) {
        pid_t done = waitpid(pid, &status, WNOHANG);
        if (done == pid)
            return status;
        if (done < 0)
            return -1;
        usleep(10000);
    }
    fprintf(stderr, "brigade-load did not finish in %d ms:", LOAD_RUN_MAX_MS);
    for (char **a = argv; *a; a++)
        fprintf(stderr, " %s", *a);
    fputc('\n', stderr);
    kill(pid, SIGKILL);
    waitpid(pid, &status, 0);
    check_failures++;
    return -1;
}

/* Run brigade-load with the NULL-terminated arguments plus --json; returns its exit status
 * and the parsed report in *report (NULL if none). */
static int run_load(cJSON **report, ...)
{
    char *argv[ARGS_MAX];
    int argc = 0;
    argv[argc++] = load_bin;
    va_list ap;
    va_start(ap, report);
    for (char *a; (a = va_arg(ap, char *)) != NULL && argc < ARGS_MAX - 4;)
        argv[argc++] = a;
    va_end(ap);
    argv[argc++] = "-q";
    argv[argc++] = "--json";
    argv[argc++] = json_path;
    argv[argc] = NULL;
    unlink(json_path);
    pid_t pid;
    if (posix_spawn(&pid, load_bin, NULL, NULL, argv, environ) != 0)
        return -1;
    int status = wait_bounded(pid, argv);
    *report = NULL;
    FILE *f = fopen(json_path, "r");
    if (f) {
        static char buf[1 << 20];
        size_t n = fread(buf, 1, sizeof(buf) - 1, f);
        fclose(f);
        buf[n] = '\0';
        *report = cJSON_Parse(buf);
    }
    return status >= 0 && WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

/* A number from the report by dotted path ("errors.status"); NAN if missing. */
static double num(const cJSON *root, const char *path)
{
    char buf[128];
    snprintf(buf, sizeof(buf), "%s", path);
    const cJSON *node = root;
    for (char *save, *tok = strtok_r(buf, ".", &save); tok && node;
         tok = strtok_r(NULL, ".", &save))
        node = cJSON_GetObjectItemCaseSensitive(node, tok);
    return cJSON_IsNumber(node) ? node->valuedouble : NAN;
}

static long count_lines(const char *path)
{
    FILE *f = fopen(path, "r");
    if (!f)
        return -1;
    long n = 0;
    for (int c; (c = fgetc(f)) != EOF;)
        n += c == '\n';
    fclose(f);
    return n;
}

/* The lines nginx logged since `before`, once it has logged `want` of them or 2 s have
 * passed. nginx writes a request's log line after sending its response, so the client can
 * finish before the last line is written; 100 ms more then shows any line too many. */
static long lines_logged(const char *path, long before, long want)
{
    for (int i = 0; i < 200 && count_lines(path) - before < want; i++)
        usleep(10000);
    usleep(100000);
    return count_lines(path) - before;
}

/* The report's figures agree with each other. */
static void check_consistent(const cJSON *r)
{
    double responses = num(r, "responses");
    CHECK(num(r, "ok") + num(r, "errors.status") + num(r, "errors.check") == responses);
    double codes = 0;
    const cJSON *c;
    cJSON_ArrayForEach(c, cJSON_GetObjectItemCaseSensitive(r, "status_codes"))
    {
        codes += c->valuedouble;
    }
    CHECK(codes == responses);
    CHECK(num(r, "latency_us.count") == responses);
    CHECK(num(r, "latency_us.min") <= num(r, "latency_us.p50"));
    CHECK(num(r, "latency_us.p50") <= num(r, "latency_us.p90"));
    CHECK(num(r, "latency_us.p90") <= num(r, "latency_us.p99"));
    CHECK(num(r, "latency_us.p99") <= num(r, "latency_us.p999"));
    CHECK(num(r, "latency_us.p999") <= num(r, "latency_us.max"));
    CHECK(num(r, "latency_us.mean") <= num(r, "latency_us.max"));
    double in_timeline = 0;
    cJSON_ArrayForEach(c, cJSON_GetObjectItemCaseSensitive(r, "timeline"))
    {
        in_timeline += num(c, "count");
    }
    CHECK(in_timeline == responses);
    double rate = responses / num(r, "duration_s");
    CHECK(fabs(num(r, "achieved_rate") - rate) <= 0.01 * rate + 1);
    double err = 0;
    c = cJSON_GetObjectItemCaseSensitive(r, "errors");
    const cJSON *e;
    cJSON_ArrayForEach(e, c)
    {
        if (strcmp(e->string, "total") != 0)
            err += e->valuedouble;
    }
    CHECK(err == num(r, "errors.total"));
    /* "passed" is exactly what the exit status reports (the callers check that). */
    const cJSON *passed = cJSON_GetObjectItemCaseSensitive(r, "passed");
    CHECK(cJSON_IsBool(passed));
    CHECK_INT_EQ(cJSON_IsTrue(passed),
                 err <= num(r, "max_errors") && num(r, "threads_gave_up") == 0);
    CHECK(cJSON_GetArraySize(cJSON_GetObjectItemCaseSensitive(r, "percentiles")) > 1);
}

static void test_exact_counts(void)
{
    char url[128], log[PATH_BYTES];
    snprintf(url, sizeof(url), "http://127.0.0.1:%d/healthz", nginx_port);
    snprintf(log, sizeof(log), "%s/access.log", dir);
    long before = count_lines(log);
    cJSON *r;
    CHECK_INT_EQ(run_load(&r, "-t", "2", "-c", "10", "-n", "1000", url, NULL), 0);
    CHECK_INT_EQ(num(r, "responses"), 1000);
    CHECK_INT_EQ(num(r, "ok"), 1000);
    CHECK_INT_EQ(num(r, "errors.total"), 0);
    CHECK_INT_EQ(num(r, "status_codes.200"), 1000);
    CHECK_INT_EQ(num(r, "max_errors"), 0);
    CHECK_INT_EQ(num(r, "threads_gave_up"), 0);
    CHECK(cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(r, "passed")));
    CHECK_INT_EQ(num(r, "bytes_received") > 1000 * 15, 1);
    check_consistent(r);
    cJSON_Delete(r);
    CHECK_INT_EQ(lines_logged(log, before, 1000), 1000);
    /* Pipelining: 16 in flight on each of 3 connections, still exactly N. */
    before = count_lines(log);
    CHECK_INT_EQ(run_load(&r, "-t", "1", "-c", "3", "--pipeline", "16", "-n", "2001", url, NULL),
                 0);
    CHECK_INT_EQ(num(r, "responses"), 2001);
    CHECK_INT_EQ(num(r, "ok"), 2001);
    check_consistent(r);
    cJSON_Delete(r);
    CHECK_INT_EQ(lines_logged(log, before, 2001), 2001);
}

static void test_status_check(void)
{
    char url[128];
    snprintf(url, sizeof(url), "http://127.0.0.1:%d/missing", nginx_port);
    cJSON *r;
    /* 404s count as status errors: exit 1, and the report is still written in full. */
    CHECK_INT_EQ(run_load(&r, "-c", "4", "-n", "300", url, NULL), 1);
    CHECK_INT_EQ(num(r, "responses"), 300);
    CHECK_INT_EQ(num(r, "ok"), 0);
    CHECK_INT_EQ(num(r, "errors.status"), 300);
    CHECK_INT_EQ(num(r, "status_codes.404"), 300);
    CHECK(cJSON_IsFalse(cJSON_GetObjectItemCaseSensitive(r, "passed")));
    check_consistent(r);
    cJSON_Delete(r);
    /* --max-errors: exactly 300 errors pass with a budget of 300 and fail with 299. */
    CHECK_INT_EQ(run_load(&r, "-c", "4", "-n", "300", "--max-errors", "300", url, NULL), 0);
    CHECK_INT_EQ(num(r, "errors.status"), 300);
    CHECK_INT_EQ(num(r, "max_errors"), 300);
    CHECK(cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(r, "passed")));
    check_consistent(r);
    cJSON_Delete(r);
    CHECK_INT_EQ(run_load(&r, "-c", "4", "-n", "300", "--max-errors", "299", url, NULL), 1);
    CHECK_INT_EQ(num(r, "errors.status"), 300);
    CHECK(cJSON_IsFalse(cJSON_GetObjectItemCaseSensitive(r, "passed")));
    cJSON_Delete(r);
    /* --expect-status 404 turns the same responses into successes. */
    CHECK_INT_EQ(run_load(&r, "-c", "4", "-n", "300", "--expect-status", "404", url, NULL), 0);
    CHECK_INT_EQ(num(r, "ok"), 300);
    CHECK_INT_EQ(num(r, "errors.status"), 0);
    cJSON_Delete(r);
}

static void test_open_loop(void)
{
    char url[128];
    snprintf(url, sizeof(url), "http://127.0.0.1:%d/healthz", nginx_port);
    cJSON *r;
    CHECK_INT_EQ(run_load(&r, "-t", "2", "-c", "16", "-R", "2000", "-d", "3", "--warmup", "500ms",
                          url, NULL),
                 0);
    const cJSON *mode = cJSON_GetObjectItemCaseSensitive(r, "mode");
    CHECK_STR_EQ(cJSON_IsString(mode) ? mode->valuestring : "", "open");
    CHECK_INT_EQ(num(r, "target_rate"), 2000);
    double rate = num(r, "achieved_rate");
    if (!(fabs(rate - 2000) <= 100)) {
        fprintf(stderr, "open loop achieved %.1f req/s, want 2000 +- 5%%\n", rate);
        check_failures++;
    }
    CHECK(fabs(num(r, "duration_s") - 3.0) < 0.01);
    CHECK_INT_EQ(num(r, "errors.total"), 0);
    CHECK(cJSON_GetArraySize(cJSON_GetObjectItemCaseSensitive(r, "timeline")) == 3);
    check_consistent(r);
    cJSON_Delete(r);
    /* Bursts of 1, 2 or 8 at exponential gaps keep the mean rate (looser: it is random). */
    CHECK_INT_EQ(
        run_load(&r, "-t", "1", "-c", "16", "-R", "2000", "-d", "3", "--burst", "1,2,8", url, NULL),
        0);
    rate = num(r, "achieved_rate");
    CHECK(rate > 1600 && rate < 2400);
    check_consistent(r);
    cJSON_Delete(r);
}

static bool is_png(const char *path)
{
    static const unsigned char sig[8] = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    unsigned char head[8] = {0};
    struct stat st;
    FILE *f = fopen(path, "rb");
    if (!f)
        return false;
    size_t n = fread(head, 1, sizeof(head), f);
    fclose(f);
    return n == 8 && memcmp(head, sig, 8) == 0 && stat(path, &st) == 0 && st.st_size > 1000;
}

static void test_plot(void)
{
    char url[128], prefix[PATH_BYTES], png[PATH_BYTES + 32];
    snprintf(url, sizeof(url), "http://127.0.0.1:%d/healthz", nginx_port);
    snprintf(prefix, sizeof(prefix), "%s/run", dir);
    cJSON *r;
    CHECK_INT_EQ(run_load(&r, "-c", "4", "-d", "2", "--warmup", "0", "-R", "500", "--plot", prefix,
                          url, NULL),
                 0);
    cJSON_Delete(r);
    snprintf(png, sizeof(png), "%s-latency.png", prefix);
    CHECK(is_png(png));
    snprintf(png, sizeof(png), "%s-percentiles.png", prefix);
    CHECK(is_png(png));
}

static void test_body_checks(void)
{
    char url[128];
    cJSON *r;
    snprintf(url, sizeof(url), "http://127.0.0.1:%d/chunked", py_port);
    CHECK_INT_EQ(run_load(&r, "-c", "2", "-n", "50", "-b", "{\"text\":\"2 burgers\"}",
                          "--expect-field", "category=order", "--expect-field", "total=12.5",
                          "--expect-field", "nested.ok=true", "--expect-field-present", "status",
                          url, NULL),
                 0);
    CHECK_INT_EQ(num(r, "responses"), 50);
    CHECK_INT_EQ(num(r, "ok"), 50);
    CHECK_INT_EQ(num(r, "errors.total"), 0);
    cJSON_Delete(r);
    CHECK_INT_EQ(
        run_load(&r, "-c", "2", "-n", "50", "--expect-field", "category=inquiry", url, NULL), 1);
    CHECK_INT_EQ(num(r, "errors.check"), 50);
    CHECK_INT_EQ(num(r, "ok"), 0);
    check_consistent(r);
    cJSON_Delete(r);
    snprintf(url, sizeof(url), "http://127.0.0.1:%d/json", py_port);
    CHECK_INT_EQ(
        run_load(&r, "-c", "2", "-n", "20", "--expect-field-present", "missing", url, NULL), 1);
    CHECK_INT_EQ(num(r, "errors.check"), 20);
    cJSON_Delete(r);
}

static void test_failures(void)
{
    char url[128];
    cJSON *r;
    /* A request that takes 2 s against a 200 ms timeout: a timeout error, connection reopened. */
    snprintf(url, sizeof(url), "http://127.0.0.1:%d/slow", py_port);
    CHECK_INT_EQ(
        run_load(&r, "-c", "1", "-d", "1", "--warmup", "0", "--timeout", "200ms", url, NULL), 1);
    CHECK(num(r, "errors.timeout") >= 3);
    CHECK_INT_EQ(num(r, "responses"), 0);
    cJSON_Delete(r);
    /* Nothing listening: connect errors, no responses. */
    snprintf(url, sizeof(url), "http://127.0.0.1:%d/", free_port());
    CHECK_INT_EQ(run_load(&r, "-c", "2", "-d", "1", "--warmup", "0", url, NULL), 1);
    CHECK(num(r, "errors.connect") >= 2);
    CHECK_INT_EQ(num(r, "responses"), 0);
    CHECK_INT_EQ(num(r, "threads_gave_up"), 0); /* 1 s is too short to give up */
    cJSON_Delete(r);
    /* -n against nothing: the thread gives up after 10 s without a connection, and that fails
     * the run even when --max-errors covers every connect error. */
    CHECK_INT_EQ(run_load(&r, "-c", "1", "-n", "5", "--max-errors", "1000000", url, NULL), 1);
    CHECK(num(r, "errors.connect") >= 50);
    CHECK_INT_EQ(num(r, "responses"), 0);
    CHECK_INT_EQ(num(r, "threads_gave_up"), 1);
    CHECK(cJSON_IsFalse(cJSON_GetObjectItemCaseSensitive(r, "passed")));
    cJSON_Delete(r);
    /* Usage errors exit 2 and write no report. */
    CHECK_INT_EQ(run_load(&r, "-c", "0", url, NULL), 2);
    CHECK(r == NULL);
    CHECK_INT_EQ(run_load(&r, "-n", "5", "--warmup", "1", url, NULL), 2);
    CHECK_INT_EQ(run_load(&r, "--max-errors", "-1", url, NULL), 2);
    CHECK(r == NULL);
    CHECK_INT_EQ(run_load(&r, "--max-errors", "x", url, NULL), 2);
    CHECK(r == NULL);
}

int main(void)
{
    const char *bin = getenv("BRIGADE_BINARY_DIR");
    if (!bin || !getenv("BRIGADE_SOURCE_DIR"))
        SKIP("run through ctest (BRIGADE_BINARY_DIR unset)");
    snprintf(load_bin, sizeof(load_bin), "%s/bench/brigade-load", bin);
    if (access(load_bin, X_OK) != 0) {
        fprintf(stderr, "%s is missing\n", load_bin);
        return 1;
    }
    snprintf(dir, sizeof(dir), "/tmp/brigade-load-test-XXXXXX");
    if (!mkdtemp(dir))
        return 1;
    snprintf(json_path, sizeof(json_path), "%s/report.json", dir);
    atexit(stop_children);
    start_nginx();
    start_python();
    test_exact_counts();
    test_status_check();
    test_open_loop();
    test_plot();
    test_body_checks();
    test_failures();
    stop_children();
    if (check_failures == 0) {
        char cmd[PATH_BYTES + 16];
        snprintf(cmd, sizeof(cmd), "rm -rf '%s'", dir);
        CHECK(system(cmd) == 0);
    }
    return check_finish("test_load_integration");
}
