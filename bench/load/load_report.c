/* load_report.c — table, JSON and gnuplot outputs of a run (see load_report.h). */
#include "bench/load/load_report.h"

#include <errno.h>
#include <math.h>
#include <spawn.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>

enum {
    REPORT_PERCENTILE_STEPS_PER_DECADE = 10,
    REPORT_PATH_BYTES_MAX = 4096,
};

extern char **environ;

static double us(uint64_t ns)
{
    return (double)ns / 1e3;
}

/* Latency with a unit that keeps 3-4 significant digits. */
static const char *fmt_latency(char *buf, size_t n, double ns)
{
    if (ns < 1e6)
        snprintf(buf, n, "%.1fus", ns / 1e3);
    else if (ns < 1e9)
        snprintf(buf, n, "%.2fms", ns / 1e6);
    else
        snprintf(buf, n, "%.2fs", ns / 1e9);
    return buf;
}

bool load_report_passed(const struct load_config *cfg, const struct load_result *r)
{
    return r->total.gave_up == 0 && load_stats_error_total(&r->total) <= cfg->max_errors;
}

static void print_mode(FILE *out, const struct load_config *cfg)
{
    if (cfg->rate <= 0) {
        fprintf(out, "  mode        closed loop, pipeline %u\n", cfg->pipeline);
        return;
    }
    fprintf(out, "  mode        open loop, pipeline %u, arrivals ", cfg->pipeline);
    if (cfg->burst_count == 0) {
        fprintf(out, "evenly spaced\n");
        return;
    }
    fprintf(out, "in bursts of ");
    for (unsigned i = 0; i < cfg->burst_count; i++)
        fprintf(out, "%s%u", i ? "," : "", cfg->bursts[i]);
    fprintf(out, " (exponential gaps, seed %llu)\n", (unsigned long long)cfg->seed);
}

static void print_latency(FILE *out, const struct histogram *h)
{
    static const struct {
        const char *name;
        double q;
    } rows[] = {{"p50", 0.5}, {"p90", 0.9}, {"p99", 0.99}, {"p99.9", 0.999}};
    char buf[32];
    fprintf(out, "  latency    ");
    for (size_t i = 0; i < sizeof(rows) / sizeof(rows[0]); i++)
        fprintf(out, " %s %s", rows[i].name,
                fmt_latency(buf, sizeof(buf), (double)histogram_quantile(h, rows[i].q)));
    fprintf(out, "  max %s", fmt_latency(buf, sizeof(buf), (double)h->max));
    fprintf(out, "  mean %s\n", fmt_latency(buf, sizeof(buf), histogram_mean(h)));
}

void load_report_table(FILE *out, const struct load_config *cfg, const struct load_result *r)
{
    const struct load_stats *s = &r->total;
    double secs = r->elapsed_s > 0 ? r->elapsed_s : 1e-9;
    double achieved = (double)s->responses / secs;
    fprintf(out, "brigade-load %s %s%s\n", cfg->method, cfg->url,
            strcmp(cfg->path, "/") && !strstr(cfg->url + 7, "/") ? cfg->path : "");
    print_mode(out, cfg);
    fprintf(out, "  load        %u threads, %u connections\n", cfg->threads, cfg->connections);
    fprintf(out, "  window      %.2f s measured (warmup %.2f s excluded)\n", r->elapsed_s,
            cfg->warmup_s);
    if (cfg->rate > 0)
        fprintf(out, "  rate        target %.1f req/s, achieved %.1f req/s (%.1f%%)\n", cfg->rate,
                achieved, 100.0 * achieved / cfg->rate);
    else
        fprintf(out, "  rate        achieved %.1f req/s\n", achieved);
    fprintf(out, "  requests    %llu responses, %llu ok, %llu errors, %llu unfinished\n",
            (unsigned long long)s->responses, (unsigned long long)s->ok,
            (unsigned long long)load_stats_error_total(s), (unsigned long long)s->unfinished);
    if (s->gave_up)
        fprintf(out, "  gave up     %llu threads (no connection for too long)\n",
                (unsigned long long)s->gave_up);
    fprintf(out, "  errors     ");
    for (int i = 0; i < LOAD_ERROR_MAX; i++)
        fprintf(out, " %s %llu", load_error_name((enum load_error)i),
                (unsigned long long)s->errors[i]);
    fprintf(out, "\n  status     ");
    for (int i = 0; i < LOAD_STATUS_CODES; i++)
        if (s->status_counts[i])
            fprintf(out, " %d: %llu", i, (unsigned long long)s->status_counts[i]);
    fprintf(out, "\n");
    print_latency(out, &s->latency);
    fprintf(out, "  throughput  sent %.2f MB/s, received %.2f MB/s\n",
            (double)s->bytes_sent / secs / 1e6, (double)s->bytes_received / secs / 1e6);
}

/* Quantiles for the percentile curve: 10 steps per decade of 1/(1-q), up to the sample count,
 * then 1.0. Calls fn for each. */
static void each_percentile(const struct histogram *h,
                            void (*fn)(void *arg, double q, double x, uint64_t v, bool first),
                            void *arg)
{
    bool first = true;
    for (int k = 0;; k++) {
        double x = pow(10.0, (double)k / REPORT_PERCENTILE_STEPS_PER_DECADE);
        if (x > (double)h->count)
            break;
        double q = 1.0 - 1.0 / x;
        fn(arg, q, x, histogram_quantile(h, q), first);
        first = false;
    }
    double last_x = h->count > 1 ? (double)h->count : 1.0;
    fn(arg, 1.0, last_x, h->max, first);
}

/* A JSON string literal: quotes, backslashes and control characters escaped. */
static void json_string(FILE *f, const char *s)
{
    fputc('"', f);
    for (; *s; s++) {
        unsigned char c = (unsigned char)*s;
        if (c == '"' || c == '\\')
            fprintf(f, "\\%c", c);
        else if (c < 0x20)
            fprintf(f, "\\u%04x", c);
        else
            fputc(c, f);
    }
    fputc('"', f);
}

static void json_percentile(void *arg, double q, double x, uint64_t v, bool first)
{
    (void)x;
    fprintf(arg, "%s\n    {\"q\": %.6f, \"latency_us\": %.1f}", first ? "" : ",", q, us(v));
}

static void json_body(FILE *f, const struct load_config *cfg, const struct load_result *r)
{
    const struct load_stats *s = &r->total;
    const struct histogram *h = &s->latency;
    double secs = r->elapsed_s > 0 ? r->elapsed_s : 1e-9;
    fprintf(f, "  \"target_rate\": %.3f,\n", cfg->rate);
    fprintf(f, "  \"achieved_rate\": %.3f,\n", (double)s->responses / secs);
    fprintf(f, "  \"responses\": %llu,\n  \"ok\": %llu,\n  \"unfinished\": %llu,\n",
            (unsigned long long)s->responses, (unsigned long long)s->ok,
            (unsigned long long)s->unfinished);
    fprintf(f, "  \"errors\": {");
    for (int i = 0; i < LOAD_ERROR_MAX; i++)
        fprintf(f, "\"%s\": %llu, ", load_error_name((enum load_error)i),
                (unsigned long long)s->errors[i]);
    fprintf(f, "\"total\": %llu},\n", (unsigned long long)load_stats_error_total(s));
    fprintf(f, "  \"max_errors\": %llu,\n  \"threads_gave_up\": %llu,\n  \"passed\": %s,\n",
            (unsigned long long)cfg->max_errors, (unsigned long long)s->gave_up,
            load_report_passed(cfg, r) ? "true" : "false");
    fprintf(f, "  \"status_codes\": {");
    bool first = true;
    for (int i = 0; i < LOAD_STATUS_CODES; i++)
        if (s->status_counts[i]) {
            fprintf(f, "%s\"%d\": %llu", first ? "" : ", ", i,
                    (unsigned long long)s->status_counts[i]);
            first = false;
        }
    fprintf(f,
            "},\n  \"latency_us\": {\"count\": %llu, \"min\": %.1f, \"mean\": %.1f, "
            "\"p50\": %.1f, \"p90\": %.1f, \"p99\": %.1f, \"p999\": %.1f, \"max\": %.1f},\n",
            (unsigned long long)h->count, us(histogram_min(h)), histogram_mean(h) / 1e3,
            us(histogram_quantile(h, 0.5)), us(histogram_quantile(h, 0.9)),
            us(histogram_quantile(h, 0.99)), us(histogram_quantile(h, 0.999)), us(h->max));
    fprintf(f, "  \"bytes_sent\": %llu,\n  \"bytes_received\": %llu,\n",
            (unsigned long long)s->bytes_sent, (unsigned long long)s->bytes_received);
    fprintf(f, "  \"sent_bytes_per_s\": %.1f,\n  \"received_bytes_per_s\": %.1f,\n",
            (double)s->bytes_sent / secs, (double)s->bytes_received / secs);
}

static void json_timeline(FILE *f, const struct load_result *r)
{
    fprintf(f, "  \"timeline\": [");
    for (size_t i = 0; i < r->timeline.count; i++) {
        const struct histogram *h = r->timeline.seconds[i];
        fprintf(f,
                "%s\n    {\"second\": %zu, \"count\": %llu, \"p50_us\": %.1f, "
                "\"p99_us\": %.1f, \"max_us\": %.1f}",
                i ? "," : "", i, h ? (unsigned long long)h->count : 0ULL,
                h ? us(histogram_quantile(h, 0.5)) : 0.0, h ? us(histogram_quantile(h, 0.99)) : 0.0,
                h ? us(h->max) : 0.0);
    }
    fprintf(f, "\n  ],\n");
}

int load_report_json(const char *path, const struct load_config *cfg, const struct load_result *r)
{
    FILE *f = fopen(path, "w");
    if (!f)
        return -errno;
    fprintf(f, "{\n  \"url\": ");
    json_string(f, cfg->url);
    fprintf(f, ",\n  \"method\": ");
    json_string(f, cfg->method);
    fprintf(f, ",\n  \"path\": ");
    json_string(f, cfg->path);
    fprintf(f, ",\n");
    fprintf(f, "  \"mode\": \"%s\",\n  \"threads\": %u,\n  \"connections\": %u,\n",
            cfg->rate > 0 ? "open" : "closed", cfg->threads, cfg->connections);
    fprintf(f, "  \"pipeline\": %u,\n  \"burst\": [", cfg->pipeline);
    for (unsigned i = 0; i < cfg->burst_count; i++)
        fprintf(f, "%s%u", i ? ", " : "", cfg->bursts[i]);
    fprintf(f, "],\n  \"seed\": %llu,\n  \"requests_limit\": %llu,\n",
            (unsigned long long)cfg->seed, (unsigned long long)cfg->requests);
    fprintf(f, "  \"duration_s\": %.6f,\n  \"warmup_s\": %.3f,\n", r->elapsed_s, cfg->warmup_s);
    json_body(f, cfg, r);
    json_timeline(f, r);
    fprintf(f, "  \"percentiles\": [");
    each_percentile(&r->total.latency, json_percentile, f);
    fprintf(f, "\n  ]\n}\n");
    int rc = ferror(f) ? -EIO : 0;
    if (fclose(f) != 0 && rc == 0)
        rc = -errno;
    return rc;
}

static void dat_percentile(void *arg, double q, double x, uint64_t v, bool first)
{
    (void)first;
    fprintf(arg, "%.6f %.6g %.6f\n", q, x, (double)v / 1e6);
}

static int write_data(const char *prefix, const struct load_result *r)
{
    char path[REPORT_PATH_BYTES_MAX];
    snprintf(path, sizeof(path), "%s-timeline.dat", prefix);
    FILE *f = fopen(path, "w");
    if (!f)
        return -errno;
    fprintf(f, "# second count p50_ms p99_ms max_ms\n");
    for (size_t i = 0; i < r->timeline.count; i++) {
        const struct histogram *h = r->timeline.seconds[i];
        if (h)
            fprintf(f, "%zu %llu %.6f %.6f %.6f\n", i, (unsigned long long)h->count,
                    (double)histogram_quantile(h, 0.5) / 1e6,
                    (double)histogram_quantile(h, 0.99) / 1e6, (double)h->max / 1e6);
    }
    fclose(f);
    snprintf(path, sizeof(path), "%s-percentiles.dat", prefix);
    f = fopen(path, "w");
    if (!f)
        return -errno;
    fprintf(f, "# q 1/(1-q) latency_ms\n");
    each_percentile(&r->total.latency, dat_percentile, f);
    fclose(f);
    return 0;
}

static int write_script(const char *prefix, const struct load_config *cfg)
{
    char path[REPORT_PATH_BYTES_MAX];
    snprintf(path, sizeof(path), "%s.gp", prefix);
    FILE *f = fopen(path, "w");
    if (!f)
        return -errno;
    char title[512];
    snprintf(title, sizeof(title), "%s %s, %u conns, %s", cfg->method, cfg->path, cfg->connections,
             cfg->rate > 0 ? "open loop" : "closed loop");
    for (char *p = title; *p; p++)
        if (*p == '\'' || *p == '\\')
            *p = '_';
    fprintf(f,
            "set terminal pngcairo size 1000,600 font ',10'\n"
            "set grid\nset key top left\n"
            "set output '%s-latency.png'\n"
            "set title 'latency over time: %s'\n"
            "set xlabel 'time since warmup (s)'\nset ylabel 'latency (ms)'\n"
            "set logscale y\n"
            "plot '%s-timeline.dat' using 1:3 with linespoints title 'p50', \\\n"
            "     '' using 1:4 with linespoints title 'p99', \\\n"
            "     '' using 1:5 with linespoints title 'max'\n",
            prefix, title, prefix);
    fprintf(f,
            "set output '%s-percentiles.png'\n"
            "set title 'latency by percentile: %s'\n"
            "set logscale x\nset nologscale y\n"
            "set xlabel 'percentile'\nset ylabel 'latency (ms)'\n"
            "set xtics ('0%%%%' 1, '90%%%%' 10, '99%%%%' 100, '99.9%%%%' 1000, '99.99%%%%' 10000, "
            "'99.999%%%%' 100000, '99.9999%%%%' 1000000)\n"
            "plot '%s-percentiles.dat' using 2:3 with lines lw 2 title 'latency'\n",
            prefix, title, prefix);
    int rc = ferror(f) ? -EIO : 0;
    fclose(f);
    return rc;
}

int load_report_plot(const char *prefix, const struct load_config *cfg, const struct load_result *r)
{
    if (strchr(prefix, '\'') || strlen(prefix) > REPORT_PATH_BYTES_MAX - 32)
        return -EINVAL; /* the prefix goes into gnuplot's single-quoted strings */
    if (r->total.latency.count == 0 || r->timeline.count == 0)
        return -ENODATA;
    int rc = write_data(prefix, r);
    if (rc == 0)
        rc = write_script(prefix, cfg);
    if (rc < 0)
        return rc;
    char script[REPORT_PATH_BYTES_MAX];
    snprintf(script, sizeof(script), "%s.gp", prefix);
    char *argv[] = {"gnuplot", script, NULL};
    pid_t pid;
    if (posix_spawnp(&pid, "gnuplot", NULL, NULL, argv, environ) != 0)
        return -ECHILD;
    int status;
    if (waitpid(pid, &status, 0) < 0 || !WIFEXITED(status) || WEXITSTATUS(status) != 0)
        return -ECHILD;
    return 0;
}
