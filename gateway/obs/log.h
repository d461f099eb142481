/* log.h — one line per event, logfmt, to stderr or a log file.
 *
 *   ts=2026-11-23T14:00:00.123Z level=info core=0 msg="listening" addr=127.0.0.1:8080
 *
 * A line is formatted into a stack buffer and written with one write(2), so lines from
 * different cores never interleave and no lock is taken. `core` is the calling thread's core
 * (log_set_core), or "main". Request bodies are never logged: callers pass only routes,
 * statuses, sizes and addresses. */
#ifndef BRIGADE_GATEWAY_LOG_H
#define BRIGADE_GATEWAY_LOG_H

#include <stdarg.h>

enum log_level {
    LOG_LEVEL_DEBUG,
    LOG_LEVEL_INFO,
    LOG_LEVEL_WARN,
    LOG_LEVEL_ERROR,
    LOG_LEVEL_MAX,
};

enum {
    LOG_LINE_BYTES_MAX = 1024, /* longer lines are cut and end in "..." */
};

/* Parse "debug" | "info" | "warn" | "error"; returns 0 or -EINVAL. */
int log_level_parse(const char *text, enum log_level *level);
const char *log_level_name(enum log_level level);

/* Send lines to `path` (appended) or to stderr when path is NULL or empty. Returns 0 or
 * -errno (the previous destination is kept on error). Not thread-safe against itself: call
 * from the main thread only (start-up and SIGHUP). */
int log_open(const char *path, enum log_level level);
/* Reopen the same path (after logrotate moved it away); the fd number stays the same, so
 * concurrent writers never see a closed descriptor. Returns 0 or -errno. */
int log_reopen(void);
void log_close(void);

/* Set the calling thread's core number for the core= field (-1: "main"). */
void log_set_core(int core);
int log_enabled(enum log_level level);

/* Log `msg` followed by extra logfmt fields formatted from `fields_fmt` (may be NULL), e.g.
 * log_write(LOG_LEVEL_INFO, "listening", "addr=%s:%u", host, port). The caller quotes field
 * values that may contain spaces. */
void log_write(enum log_level level, const char *msg, const char *fields_fmt, ...)
    __attribute__((format(printf, 3, 4)));

#define log_debug(...) log_write(LOG_LEVEL_DEBUG, __VA_ARGS__)
#define log_info(...)  log_write(LOG_LEVEL_INFO, __VA_ARGS__)
#define log_warn(...)  log_write(LOG_LEVEL_WARN, __VA_ARGS__)
#define log_error(...) log_write(LOG_LEVEL_ERROR, __VA_ARGS__)

#endif
