/* test_config.c — `brigade serve` settings: defaults, environment, flags, rejections. */
#define _GNU_SOURCE /* fmemopen, CPU_COUNT */
#include <sched.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "check.h"
#include "gateway/app/messages.h"
#include "gateway/cli/config.h"
#include "gateway/net/server.h"

static int parse(struct config *c, char *err, int argc, char **argv)
{
    return config_parse(c, argc, argv, stdout, err, CONFIG_MESSAGE_BYTES_MAX);
}

static void test_defaults(void)
{
    struct config c;
    char err[CONFIG_MESSAGE_BYTES_MAX];
    char *argv[] = {"serve"};
    CHECK_INT_EQ(parse(&c, err, 1, argv), 0);
    CHECK_STR_EQ(c.listen_host, "127.0.0.1");
    CHECK_INT_EQ(c.listen_port, 8080);
    CHECK(c.threads >= 1);
    CHECK_INT_EQ(c.compute_threads, c.threads < 64 ? c.threads : 64); /* as many as serve */
    CHECK_INT_EQ(c.header_timeout_ms, 10000);
    CHECK_INT_EQ(c.idle_timeout_ms, 60000);
    CHECK_INT_EQ(c.body_timeout_ms, 30000);
    CHECK_INT_EQ(c.send_timeout_ms, 30000);
    CHECK_INT_EQ(c.shutdown_timeout_ms, 10000);
    CHECK_INT_EQ(c.sse_heartbeat_ms, 15000);
    CHECK_INT_EQ(c.sse_log_events, 4096);
    CHECK_INT_EQ(c.sse_log_bytes, 4 << 20);
    CHECK_INT_EQ(c.sse_sndbuf, 64 << 10);
    CHECK_INT_EQ(c.header_bytes_max, 8192);
    CHECK_INT_EQ(c.body_bytes_max, 1024 * 1024);
    CHECK_INT_EQ(c.log_level, LOG_LEVEL_INFO);
    CHECK_STR_EQ(c.cpu_precision, ""); /* the CPU's native, chosen at start-up */
    CHECK_STR_EQ(c.engine_cpus, "auto");
    CHECK_INT_EQ(c.engine_nice, 0);
}

/* The loops take the CPUs the process was started on (taskset, cpuset), in order: started on
 * the last CPU alone, every loop is pinned there, and the engine's auto placement is empty
 * (it runs anywhere the process may). */
static void test_core_cpu_follows_affinity(void)
{
    cpu_set_t was, last;
    CHECK_INT_EQ(sched_getaffinity(0, sizeof(was), &was), 0);
    int top = -1;
    for (int cpu = 0; cpu < CPU_SETSIZE; cpu++)
        if (CPU_ISSET(cpu, &was))
            top = cpu;
    CHECK(top >= 0);
    int first = -1;
    for (int cpu = 0; cpu < CPU_SETSIZE && first < 0; cpu++)
        if (CPU_ISSET(cpu, &was))
            first = cpu;
    CHECK_INT_EQ((int)server_core_cpu(0), first);
    CHECK_INT_EQ((int)server_core_cpu((unsigned)CPU_COUNT(&was)), first); /* wraps around */
    CPU_ZERO(&last);
    CPU_SET(top, &last);
    CHECK_INT_EQ(sched_setaffinity(0, sizeof(last), &last), 0);
    CHECK_INT_EQ((int)server_core_cpu(0), top);
    CHECK_INT_EQ((int)server_core_cpu(3), top);
    CHECK_INT_EQ(sched_setaffinity(0, sizeof(was), &was), 0);
}

/* --engine-cpus auto keeps the engine off every CPU an event-loop thread is pinned to
 * (anywhere when they take them all); a list is taken as given; any pins nothing. */
static void test_engine_place(void)
{
    struct config c;
    char err[CONFIG_MESSAGE_BYTES_MAX];
    struct messages_config m;
    long cpus = sysconf(_SC_NPROCESSORS_ONLN);
    cpu_set_t allowed;
    CHECK_INT_EQ(sched_getaffinity(0, sizeof(allowed), &allowed), 0);
    char *one[] = {"serve", "--threads", "1"};
    CHECK_INT_EQ(parse(&c, err, 3, one), 0);
    config_messages(&c, &m);
    CHECK_INT_EQ(m.engine_place.nice, 0);
    CHECK(!thread_place_has_cpu(&m.engine_place, server_core_cpu(0)));
    for (unsigned cpu = 0; cpu < THREAD_PLACE_CPUS_MAX; cpu++)
        if (cpu != server_core_cpu(0))
            CHECK_INT_EQ(thread_place_has_cpu(&m.engine_place, cpu), CPU_ISSET(cpu, &allowed));
    char *all[] = {"serve", "--threads", "0"};
    CHECK_INT_EQ(parse(&c, err, 3, all), 0);
    config_messages(&c, &m);
    if (cpus <= CONFIG_THREADS_MAX && CPU_COUNT(&allowed) == cpus)
        CHECK(!thread_place_pins(&m.engine_place)); /* every CPU serves: shared, by niceness */
    char *list[] = {"serve", "--engine-cpus", "2-3", "--engine-nice", "5"};
    CHECK_INT_EQ(parse(&c, err, 5, list), 0);
    config_messages(&c, &m);
    CHECK_INT_EQ(m.engine_place.nice, 5);
    CHECK(thread_place_has_cpu(&m.engine_place, 2) && thread_place_has_cpu(&m.engine_place, 3));
    CHECK(!thread_place_has_cpu(&m.engine_place, 0) && !thread_place_has_cpu(&m.engine_place, 4));
    setenv("BRIGADE_ENGINE_CPUS", "any", 1);
    CHECK_INT_EQ(parse(&c, err, 3, one), 0);
    config_messages(&c, &m);
    CHECK(!thread_place_pins(&m.engine_place));
    unsetenv("BRIGADE_ENGINE_CPUS");
}

static void test_env_and_flags(void)
{
    struct config c;
    char err[CONFIG_MESSAGE_BYTES_MAX];
    setenv("BRIGADE_THREADS", "3", 1);
    setenv("BRIGADE_IDLE_TIMEOUT", "1500ms", 1);
    char *argv[] = {"serve", "--threads",        "2",  "--listen=[::1]:0", "--header-timeout",
                    "0.5",   "--max-body-bytes", "2k", "--log-level",      "debug"};
    CHECK_INT_EQ(parse(&c, err, 10, argv), 0);
    CHECK_INT_EQ(c.threads, 2);         /* the flag wins */
    CHECK_INT_EQ(c.compute_threads, 2); /* follows --threads when not given */
    CHECK_INT_EQ(c.idle_timeout_ms, 1500);
    CHECK_STR_EQ(c.listen_host, "::1");
    CHECK_INT_EQ(c.listen_port, 0);
    CHECK_INT_EQ(c.header_timeout_ms, 500);
    CHECK_INT_EQ(c.body_bytes_max, 2048);
    CHECK_INT_EQ(c.log_level, LOG_LEVEL_DEBUG);
    unsetenv("BRIGADE_THREADS");
    unsetenv("BRIGADE_IDLE_TIMEOUT");

    setenv("BRIGADE_COMPUTE_THREADS", "3", 1);
    char *one[] = {"serve", "--threads", "1"};
    CHECK_INT_EQ(parse(&c, err, 3, one), 0);
    CHECK_INT_EQ(c.threads, 1);
    CHECK_INT_EQ(c.compute_threads, 3); /* its own setting wins over --threads */
    char *both[] = {"serve", "--threads", "4", "--compute-threads", "2"};
    CHECK_INT_EQ(parse(&c, err, 5, both), 0);
    CHECK_INT_EQ(c.compute_threads, 2); /* the flag wins over the environment */
    unsetenv("BRIGADE_COMPUTE_THREADS");
}

static void rejects(const char *flag, const char *value, const char *needle)
{
    struct config c;
    char err[CONFIG_MESSAGE_BYTES_MAX] = "";
    char *argv[] = {"serve", (char *)flag, (char *)value};
    CHECK_INT_EQ(parse(&c, err, value ? 3 : 2, argv), -22);
    if (!strstr(err, needle))
        fprintf(stderr, "message for %s %s: %s\n", flag, value ? value : "", err);
    CHECK(strstr(err, needle) != NULL);
}

static void test_rejections(void)
{
    rejects("--threads", "-1", "--threads");
    rejects("--threads", "9999", "from 0 to 256");
    rejects("--compute-threads", "65", "from 0 to 64");
    rejects("--compute-threads", "two", "--compute-threads");
    rejects("--listen", "localhost:80", "--listen");
    rejects("--listen", "127.0.0.1:70000", "--listen");
    rejects("--header-timeout", "10x", "duration");
    rejects("--max-body-bytes", "1.5", "bytes");
    rejects("--log-level", "loud", "--log-level");
    rejects("--bogus", "1", "unknown flag '--bogus'");
    rejects("--idle-timeout", NULL, "needs a value");
    rejects("--max-connections", "0", "--max-connections");
    rejects("--sse-log-events", "15", "--sse-log-events");
    rejects("--sse-log-bytes", "128k", "--sse-log-bytes"); /* below 256k */
    rejects("--sse-sndbuf", "1k", "--sse-sndbuf");
    rejects("--cpu-precision", "fp16", "--cpu-precision: f32, bf16 or f16");
    rejects("--inbox", "yes", "--inbox: on or off");
    rejects("--engine-cpus", "3-1", "--engine-cpus: auto, any or a CPU list");
    rejects("--engine-cpus", "none", "--engine-cpus");
    rejects("--engine-nice", "20", "from 0 to 19");
    rejects("--inbox", "on", "--inbox on needs --pg URI and --menu"); /* no --menu */
    setenv("BRIGADE_MAX_QUEUED", "lots", 1);
    rejects("--threads", "1", "BRIGADE_MAX_QUEUED");
    unsetenv("BRIGADE_MAX_QUEUED");
}

/* --inbox: off by default; on with a database and a menu. */
static void test_inbox(void)
{
    struct config c;
    char err[CONFIG_MESSAGE_BYTES_MAX];
    char *off[] = {"serve"};
    CHECK_INT_EQ(parse(&c, err, 1, off), 0);
    CHECK_STR_EQ(c.inbox, "off");
    char *on[] = {"serve", "--inbox", "on", "--pg", "postgresql://db/x", "--menu", "m.csv"};
    CHECK_INT_EQ(parse(&c, err, 7, on), 0);
    CHECK_STR_EQ(c.inbox, "on");
}

/* --help shows each flag's real default: never "(none)" for one that is decided later. */
static void test_usage_defaults(void)
{
    char text[16384];
    FILE *out = fmemopen(text, sizeof(text), "w");
    CHECK(out != NULL);
    if (out == NULL)
        return;
    config_usage(out);
    fclose(out);
    CHECK(strstr(text, "(none)") == NULL);
    CHECK(strstr(text, "  --backend ") != NULL);
    const char *backend = strstr(text, "  --backend ");
    CHECK(backend && strstr(backend, "default: cpu with --model, else lexical, env: "
                                     "BRIGADE_BACKEND\n") != NULL);
    CHECK(strstr(text, "default: built in, env: BRIGADE_UNDERSTANDING\n") != NULL);
    CHECK(strstr(text, "default: 8192, env: BRIGADE_MAX_BATCH_TOKENS\n") != NULL);
    CHECK(strstr(text, "default: 2000, env: BRIGADE_BATCH_DEADLINE_US\n") != NULL);
    CHECK(strstr(text, "default: stderr, env: BRIGADE_LOG_FILE\n") != NULL);
    CHECK(strstr(text, "  --compute-threads ") != NULL);
    CHECK(strstr(text, "default: 0, env: BRIGADE_COMPUTE_THREADS\n") != NULL);
}

int main(void)
{
    test_defaults();
    test_env_and_flags();
    test_rejections();
    test_inbox();
    test_engine_place();
    test_core_cpu_follows_affinity();
    test_usage_defaults();
    return check_finish("test_config");
}
