/* main.c — brigade-load: an io_uring HTTP/1.1 load generator (closed and open loop).
 * Exit status: 0 when the run passed (load_report_passed), 1 when it counted more errors than
 * --max-errors, a thread gave up, or setup or a report failed; 2 on a usage error. */
#include "bench/load/load_config.h"
#include "bench/load/load_report.h"
#include "bench/load/load_worker.h"

#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>

/* Many connections need many descriptors: take the hard limit. */
static void raise_fd_limit(void)
{
    struct rlimit rl;
    if (getrlimit(RLIMIT_NOFILE, &rl) == 0 && rl.rlim_cur < rl.rlim_max) {
        rl.rlim_cur = rl.rlim_max;
        setrlimit(RLIMIT_NOFILE, &rl);
    }
}

int main(int argc, char **argv)
{
    static struct load_config cfg;
    int rc = load_config_parse(&cfg, argc, argv);
    if (rc == -1)
        return 0;
    if (rc != 0)
        return rc;
    raise_fd_limit();
    signal(SIGPIPE, SIG_IGN);
    struct load_result *result = malloc(sizeof(*result));
    if (!result)
        abort();
    rc = load_run(&cfg, result);
    if (rc < 0) {
        fprintf(stderr, "brigade-load: cannot set up io_uring: %s\n", strerror(-rc));
        return 1;
    }
    if (!cfg.quiet)
        load_report_table(stdout, &cfg, result);
    int status = 0;
    if (cfg.json_path && (rc = load_report_json(cfg.json_path, &cfg, result)) < 0) {
        fprintf(stderr, "brigade-load: %s: %s\n", cfg.json_path, strerror(-rc));
        status = 1;
    }
    if (cfg.plot_prefix && (rc = load_report_plot(cfg.plot_prefix, &cfg, result)) < 0) {
        fprintf(stderr, "brigade-load: plot %s: %s\n", cfg.plot_prefix, strerror(-rc));
        status = 1;
    }
    if (!load_report_passed(&cfg, result)) {
        /* On stderr even with -q: a script sees why it failed without reading the report. */
        fprintf(stderr, "brigade-load: %llu errors (--max-errors %llu)%s\n",
                (unsigned long long)load_stats_error_total(&result->total),
                (unsigned long long)cfg.max_errors,
                result->total.gave_up ? ", a thread gave up without a connection" : "");
        status = 1;
    }
    load_result_free(result);
    free(result);
    load_config_free(&cfg);
    return status;
}
