/* receiver.h — scripts/webhook-receiver for the webhook tests: start it on a free port in a
 * scratch directory, script its answers through /control, read back what it recorded, and
 * drive an async_poll loop until a condition holds.
 *
 * A helper that cannot do its job exits 1 (77 when python3 is missing), like test_util.h. */
#ifndef BRIGADE_TESTS_WEBHOOK_RECEIVER_H
#define BRIGADE_TESTS_WEBHOOK_RECEIVER_H

#include <cjson/cJSON.h>
#include <curl/curl.h>
#include <signal.h>
#include <spawn.h>
#include <stdbool.h>
#include <sys/stat.h>
#include <time.h>

#include "check.h"
#include "io/async_poll.h"
#include "test_util.h"

extern char **environ;

enum {
    RECEIVER_START_MS = 15000, /* python3 on a busy machine */
    RECEIVER_URL_BYTES = 128,
};

struct receiver {
    pid_t pid;
    int port;
    char dir[TEST_TEMP_DIR_BYTES];
    char log[TEST_PATH_BYTES];
    char base[RECEIVER_URL_BYTES]; /* "http://127.0.0.1:PORT" */
};

static inline uint64_t receiver_clock_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000u + (uint64_t)ts.tv_nsec / 1000000u;
}

/* Starts the receiver; skips the test (77) when python3 is not installed. */
static inline void receiver_start(struct receiver *r)
{
    if (system("command -v python3 > /dev/null 2>&1") != 0)
        SKIP("python3 is not available");
    char script[TEST_PATH_BYTES], port_file[TEST_PATH_BYTES];
    test_source_path(script, sizeof(script), "scripts/webhook-receiver");
    test_temp_dir(r->dir, sizeof(r->dir), "webhook");
    snprintf(r->log, sizeof(r->log), "%s/posts.jsonl", r->dir);
    snprintf(port_file, sizeof(port_file), "%s/port", r->dir);
    char *argv[] = {"python3", script, "--log", r->log, "--port-file", port_file, NULL};
    if (posix_spawnp(&r->pid, "python3", NULL, NULL, argv, environ) != 0)
        SKIP("python3 cannot be started");
    uint64_t deadline = receiver_clock_ms() + RECEIVER_START_MS;
    struct stat st;
    while (stat(port_file, &st) != 0) {
        if (receiver_clock_ms() > deadline || waitpid(r->pid, NULL, WNOHANG) == r->pid) {
            fprintf(stderr, "webhook-receiver did not start\n");
            exit(1);
        }
        usleep(20000);
    }
    char *text = test_read_file(port_file, NULL);
    r->port = atoi(text);
    free(text);
    snprintf(r->base, sizeof(r->base), "http://127.0.0.1:%d", r->port);
}

static inline void receiver_stop(struct receiver *r)
{
    kill(r->pid, SIGTERM);
    waitpid(r->pid, NULL, 0);
    test_remove_dir(r->dir);
}

static size_t receiver_discard(char *data, size_t size, size_t n, void *userp)
{
    (void)data;
    (void)userp;
    return size * n;
}

/* Queues answers: POST /control?<query> (a blocking request of the test's own). */
static inline void receiver_control(const struct receiver *r, const char *query)
{
    char url[RECEIVER_URL_BYTES + 256];
    snprintf(url, sizeof(url), "%s/control?%s", r->base, query);
    CURL *e = curl_easy_init();
    curl_easy_setopt(e, CURLOPT_URL, url);
    curl_easy_setopt(e, CURLOPT_POSTFIELDS, "");
    curl_easy_setopt(e, CURLOPT_WRITEFUNCTION, receiver_discard);
    long status = 0;
    CURLcode rc = curl_easy_perform(e);
    curl_easy_getinfo(e, CURLINFO_RESPONSE_CODE, &status);
    curl_easy_cleanup(e);
    if (rc != CURLE_OK || status != 200) {
        fprintf(stderr, "webhook-receiver control %s failed\n", query);
        exit(1);
    }
}

/* Every POST recorded so far, as a JSON array of the log's lines (cJSON_Delete it). */
static inline cJSON *receiver_posts(const struct receiver *r)
{
    cJSON *all = cJSON_CreateArray();
    FILE *f = fopen(r->log, "r");
    if (!f)
        return all; /* nothing posted yet */
    char *line = NULL;
    size_t cap = 0;
    while (getline(&line, &cap, f) > 0) {
        cJSON *item = cJSON_Parse(line);
        if (!item) {
            fprintf(stderr, "bad receiver log line: %s\n", line);
            exit(1);
        }
        cJSON_AddItemToArray(all, item);
    }
    free(line);
    fclose(f);
    return all;
}

static inline double receiver_post_time(const cJSON *post)
{
    return cJSON_GetObjectItemCaseSensitive(post, "time")->valuedouble;
}

/* Runs the loop until *flag is true or max_ms pass. Returns whether the flag came up. */
static inline bool run_until(struct async_poll *p, const bool *flag, int max_ms)
{
    uint64_t deadline = receiver_clock_ms() + (uint64_t)max_ms;
    while (!*flag) {
        uint64_t now = receiver_clock_ms();
        if (now >= deadline)
            return false;
        int rc = async_poll_run_once(p, (int)(deadline - now));
        if (rc < 0) {
            fprintf(stderr, "async_poll_run_once: %d\n", rc);
            exit(1);
        }
    }
    return true;
}

#endif
