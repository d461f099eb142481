/* thread_place.c — CPU lists, affinity and niceness of one thread (see thread_place.h). */
#define _GNU_SOURCE
#include "embed/thread_place.h"

#include <errno.h>
#include <pthread.h>
#include <sched.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

_Static_assert((int)THREAD_PLACE_CPUS_MAX <= (int)CPU_SETSIZE, "every named CPU fits a cpu_set_t");

void thread_place_add_cpu(struct thread_place *p, unsigned cpu)
{
    if (cpu < THREAD_PLACE_CPUS_MAX)
        p->cpus[cpu / 64] |= (uint64_t)1 << (cpu % 64);
}

bool thread_place_has_cpu(const struct thread_place *p, unsigned cpu)
{
    return cpu < THREAD_PLACE_CPUS_MAX && (p->cpus[cpu / 64] >> (cpu % 64) & 1);
}

bool thread_place_pins(const struct thread_place *p)
{
    for (size_t i = 0; i < sizeof(p->cpus) / sizeof(p->cpus[0]); i++)
        if (p->cpus[i])
            return true;
    return false;
}

/* A CPU number at *s; advances *s past it. */
static int thread_place_number(const char **s, unsigned *out)
{
    if (**s < '0' || **s > '9')
        return -EINVAL;
    char *end;
    unsigned long v = strtoul(*s, &end, 10);
    if (v >= THREAD_PLACE_CPUS_MAX)
        return -EINVAL;
    *s = end;
    *out = (unsigned)v;
    return 0;
}

int thread_place_parse_cpus(struct thread_place *p, const char *list)
{
    struct thread_place parsed;
    memset(&parsed, 0, sizeof(parsed));
    const char *s = list;
    for (;;) {
        unsigned lo, hi;
        if (thread_place_number(&s, &lo) < 0)
            return -EINVAL;
        hi = lo;
        if (*s == '-') {
            s++;
            if (thread_place_number(&s, &hi) < 0 || hi < lo)
                return -EINVAL;
        }
        for (unsigned c = lo; c <= hi; c++)
            thread_place_add_cpu(&parsed, c);
        if (*s == '\0')
            break;
        if (*s++ != ',')
            return -EINVAL;
    }
    for (size_t i = 0; i < sizeof(p->cpus) / sizeof(p->cpus[0]); i++)
        p->cpus[i] |= parsed.cpus[i];
    return 0;
}

void thread_place_format_cpus(const struct thread_place *p, char *out, size_t out_len)
{
    if (out_len == 0)
        return;
    if (!thread_place_pins(p)) {
        snprintf(out, out_len, "any");
        return;
    }
    size_t at = 0;
    out[0] = '\0';
    for (unsigned c = 0; c < THREAD_PLACE_CPUS_MAX; c++) {
        if (!thread_place_has_cpu(p, c))
            continue;
        unsigned hi = c;
        while (hi + 1 < THREAD_PLACE_CPUS_MAX && thread_place_has_cpu(p, hi + 1))
            hi++;
        int n = hi == c ? snprintf(out + at, out_len - at, "%s%u", at ? "," : "", c)
                        : snprintf(out + at, out_len - at, "%s%u-%u", at ? "," : "", c, hi);
        if (n < 0 || (size_t)n >= out_len - at) {
            if (out_len >= 4)
                memcpy(out + out_len - 4, "...", 4); /* truncated: say so */
            return;
        }
        at += (size_t)n;
        c = hi;
    }
}

int thread_place_self(const struct thread_place *p)
{
    int rc = 0;
    if (thread_place_pins(p)) {
        cpu_set_t set;
        CPU_ZERO(&set);
        for (unsigned c = 0; c < THREAD_PLACE_CPUS_MAX; c++)
            if (thread_place_has_cpu(p, c))
                CPU_SET(c, &set);
        int err = pthread_setaffinity_np(pthread_self(), sizeof(set), &set);
        if (err != 0)
            rc = -err;
    }
    if (p->nice > 0) {
        /* Linux keeps a nice value per thread: PRIO_PROCESS with a thread id sets this one. */
        id_t tid = (id_t)syscall(SYS_gettid);
        errno = 0;
        int now = getpriority(PRIO_PROCESS, tid);
        int err = errno;
        int want = now + p->nice > THREAD_PLACE_NICE_MAX ? THREAD_PLACE_NICE_MAX : now + p->nice;
        if (err == 0 && setpriority(PRIO_PROCESS, tid, want) != 0)
            err = errno;
        if (err != 0 && rc == 0)
            rc = -err;
    }
    return rc;
}
