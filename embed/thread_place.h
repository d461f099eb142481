/* thread_place.h — where a thread runs: the CPUs it may use and how much nicer than the
 * process it is.
 *
 * The engine uses it to keep its thread and its compute pool off the CPUs the serving loops
 * are pinned to (a loop's pass waits behind whatever else runs on its CPU), and to lose to
 * the loops where they share a CPU. Threads a placed thread creates inherit both (Linux
 * copies the affinity mask and the nice value of the creating thread), which is how the
 * compute pool's workers, started by the engine thread, get the engine's placement. */
#ifndef BRIGADE_EMBED_THREAD_PLACE_H
#define BRIGADE_EMBED_THREAD_PLACE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

enum {
    THREAD_PLACE_CPUS_MAX = 1024, /* CPU numbers below this can be named (glibc's CPU_SETSIZE) */
    THREAD_PLACE_NICE_MAX = 19,
    THREAD_PLACE_TEXT_BYTES_MAX = 256, /* a formatted CPU list, truncated with "..." */
};

struct thread_place {
    uint64_t cpus[THREAD_PLACE_CPUS_MAX / 64]; /* none set: wherever the process may run */
    int nice;                                  /* added to the niceness (0..19): 0 unchanged */
};

void thread_place_add_cpu(struct thread_place *p, unsigned cpu);
bool thread_place_has_cpu(const struct thread_place *p, unsigned cpu);
/* Whether any CPU is named (the thread is then confined to them). */
bool thread_place_pins(const struct thread_place *p);

/* Parses a CPU list ("3", "1,3-5") into p's CPUs (added to those already there). Returns 0,
 * or -EINVAL for anything else (empty, reversed range, CPU >= THREAD_PLACE_CPUS_MAX). */
int thread_place_parse_cpus(struct thread_place *p, const char *list);

/* p's CPUs as a list in the syntax above ("any" when none is named). */
void thread_place_format_cpus(const struct thread_place *p, char *out, size_t out_len);

/* Applies p to the calling thread: its affinity (when p pins) and its niceness raised by
 * p->nice. Returns 0 or -errno of the first step that failed (the others still run). */
int thread_place_self(const struct thread_place *p);

#endif
