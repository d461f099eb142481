/* log.c — logfmt lines with one write(2) each (see log.h). */
#define _GNU_SOURCE
#include "gateway/obs/log.h"

#include <errno.h>
#include <fcntl.h>
#include <stdatomic.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

enum {
    LOG_PATH_BYTES_MAX = 4096,
};

static const char *const log_level_names[LOG_LEVEL_MAX] = {"debug", "info", "warn", "error"};

static int log_fd = STDERR_FILENO;
static _Atomic int log_min_level = LOG_LEVEL_INFO;
static char log_path[LOG_PATH_BYTES_MAX];
static _Thread_local int log_core = -1;

int log_level_parse(const char *text, enum log_level *level)
{
    for (int i = 0; i < LOG_LEVEL_MAX; i++) {
        if (strcmp(text, log_level_names[i]) == 0) {
            *level = (enum log_level)i;
            return 0;
        }
    }
    return -EINVAL;
}

const char *log_level_name(enum log_level level)
{
    return level < LOG_LEVEL_MAX ? log_level_names[level] : "unknown";
}

static int log_open_path(const char *path)
{
    int fd = open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0644);
    return fd < 0 ? -errno : fd;
}

int log_open(const char *path, enum log_level level)
{
    atomic_store(&log_min_level, (int)level);
    if (!path || !path[0]) {
        log_path[0] = '\0';
        return 0;
    }
    if (strlen(path) >= sizeof(log_path))
        return -ENAMETOOLONG;
    int fd = log_open_path(path);
    if (fd < 0)
        return fd;
    snprintf(log_path, sizeof(log_path), "%s", path);
    if (log_fd == STDERR_FILENO) {
        log_fd = fd;
        return 0;
    }
    /* dup2 swaps the file under the same descriptor number atomically. */
    int ret = dup2(fd, log_fd) < 0 ? -errno : 0;
    close(fd);
    return ret;
}

int log_reopen(void)
{
    if (!log_path[0])
        return 0;
    int fd = log_open_path(log_path);
    if (fd < 0)
        return fd;
    int ret = dup2(fd, log_fd) < 0 ? -errno : 0;
    close(fd);
    return ret;
}

void log_close(void)
{
    if (log_fd != STDERR_FILENO)
        close(log_fd);
    log_fd = STDERR_FILENO;
    log_path[0] = '\0';
}

void log_set_core(int core)
{
    log_core = core;
}

int log_enabled(enum log_level level)
{
    return (int)level >= atomic_load_explicit(&log_min_level, memory_order_relaxed);
}

static size_t log_prefix(char *buf, size_t cap, enum log_level level)
{
    struct timespec ts;
    struct tm tm;
    clock_gettime(CLOCK_REALTIME, &ts);
    gmtime_r(&ts.tv_sec, &tm);
    char core[16];
    if (log_core < 0)
        snprintf(core, sizeof(core), "main");
    else
        snprintf(core, sizeof(core), "%d", log_core);
    int n = snprintf(buf, cap, "ts=%04d-%02d-%02dT%02d:%02d:%02d.%03ldZ level=%s core=%s ",
                     tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec,
                     ts.tv_nsec / 1000000, log_level_names[level], core);
    return n < 0 ? 0 : ((size_t)n < cap ? (size_t)n : cap - 1);
}

void log_write(enum log_level level, const char *msg, const char *fields_fmt, ...)
{
    if (level >= LOG_LEVEL_MAX || !log_enabled(level))
        return;
    char line[LOG_LINE_BYTES_MAX];
    const size_t room = sizeof(line) - 4; /* keeps space for "...\n" */
    size_t len = log_prefix(line, room, level);
    int n = snprintf(line + len, room - len, "msg=\"%s\"", msg);
    len += n < 0 ? 0 : (size_t)n;
    if (len < room && fields_fmt && fields_fmt[0]) {
        line[len++] = ' ';
        va_list ap;
        va_start(ap, fields_fmt);
        n = vsnprintf(line + len, room - len, fields_fmt, ap);
        va_end(ap);
        len += n < 0 ? 0 : (size_t)n;
    }
    if (len >= room) {
        len = room - 1;
        memcpy(line + len, "...", 3);
        len += 3;
    }
    line[len++] = '\n';
    ssize_t w = write(log_fd, line, len);
    (void)w; /* nowhere to report a failed log write */
}
