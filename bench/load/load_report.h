/* load_report.h — brigade-load's outputs: the table on stdout, the JSON report, the plots. */
#ifndef BRIGADE_BENCH_LOAD_REPORT_H
#define BRIGADE_BENCH_LOAD_REPORT_H

#include "bench/load/load_config.h"
#include "bench/load/load_worker.h"

#include <stdbool.h>
#include <stdio.h>

/* Whether the run succeeded as the exit status reports it: no thread gave up and the errors
 * counted in the window are at most cfg->max_errors. */
bool load_report_passed(const struct load_config *cfg, const struct load_result *r);

/* Print the human-readable summary. */
void load_report_table(FILE *out, const struct load_config *cfg, const struct load_result *r);

/* Write the JSON report to path. Returns 0 or -errno. */
int load_report_json(const char *path, const struct load_config *cfg, const struct load_result *r);

/* Write PREFIX-timeline.dat and PREFIX-percentiles.dat, then run gnuplot to render
 * PREFIX-latency.png (per-second p50/p99/max) and PREFIX-percentiles.png (latency by
 * percentile, log scale of 1/(1-q)). Returns 0, -errno on a file error, or -ECHILD if
 * gnuplot failed or is missing. */
int load_report_plot(const char *prefix, const struct load_config *cfg,
                     const struct load_result *r);

#endif
