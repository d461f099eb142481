/* test_util.h — small helpers the test programs share: where the source and build trees are,
 * whole files, commands with their captured output, scratch directories.
 *
 * A helper that cannot do its job exits 1 with the reason on stderr: a test that cannot set
 * itself up has failed, and saying where beats a crash further on. */
#ifndef BRIGADE_TESTS_TEST_UTIL_H
#define BRIGADE_TESTS_TEST_UTIL_H

#include <math.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

enum {
    TEST_PATH_BYTES = 1024,                   /* a path the tests build */
    TEST_COMMAND_BYTES = 4 * TEST_PATH_BYTES, /* a shell command naming a few paths */
    TEST_TEMP_DIR_BYTES = 64,                 /* "/tmp/brigade-<name>-XXXXXX" */
};

/* The source tree: $BRIGADE_SOURCE_DIR (ctest sets it), else the current directory. */
static inline const char *test_source_dir(void)
{
    const char *s = getenv("BRIGADE_SOURCE_DIR");
    return s ? s : ".";
}

/* The build tree: $BRIGADE_BINARY_DIR (ctest sets it), else ./build. */
static inline const char *test_binary_dir(void)
{
    const char *b = getenv("BRIGADE_BINARY_DIR");
    return b ? b : "build";
}

/* Writes "<source tree>/<fmt, ...>" into path (cap bytes) and returns path. Exits 1 when it
 * does not fit. */
__attribute__((format(printf, 3, 4))) static inline const char *
test_source_path(char *path, size_t cap, const char *fmt, ...)
{
    int n = snprintf(path, cap, "%s/", test_source_dir());
    va_list ap;
    va_start(ap, fmt);
    if (n >= 0 && (size_t)n < cap)
        n += vsnprintf(path + n, cap - (size_t)n, fmt, ap);
    va_end(ap);
    if (n < 0 || (size_t)n >= cap) {
        fprintf(stderr, "test path too long: %s...\n", path);
        exit(1);
    }
    return path;
}

/* Reads a whole file into a malloc'd buffer with a NUL after its bytes; *len (when not NULL)
 * gets the size. Exits 1 when the file cannot be opened or read. */
static inline char *test_read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        fprintf(stderr, "cannot open %s\n", path);
        exit(1);
    }
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *buf = n >= 0 ? malloc((size_t)n + 1) : NULL;
    if (!buf || fread(buf, 1, (size_t)n, f) != (size_t)n) {
        fprintf(stderr, "cannot read %s\n", path);
        exit(1);
    }
    buf[n] = '\0';
    fclose(f);
    if (len)
        *len = (size_t)n;
    return buf;
}

/* Runs cmd through the shell with its standard output captured (cmd must not redirect it
 * itself). Returns the output (malloc'd, NUL-terminated) and the exit status in *status, -1
 * when the command did not exit normally. */
static inline char *test_run_capture(const char *cmd, int *status)
{
    char out_path[] = "/tmp/brigade-test-out-XXXXXX", full[TEST_COMMAND_BYTES + 64];
    int fd = mkstemp(out_path);
    if (fd < 0) {
        perror("mkstemp");
        exit(1);
    }
    close(fd);
    int n = snprintf(full, sizeof(full), "%s > '%s'", cmd, out_path);
    if (n < 0 || (size_t)n >= sizeof(full)) {
        fprintf(stderr, "test command too long: %s\n", cmd);
        exit(1);
    }
    int rc = system(full);
    *status = WIFEXITED(rc) ? WEXITSTATUS(rc) : -1;
    char *out = test_read_file(out_path, NULL);
    unlink(out_path);
    return out;
}

/* Makes a fresh directory /tmp/brigade-<name>-XXXXXX and writes its path into dir (cap
 * bytes). Exits 1 when it cannot. */
static inline void test_temp_dir(char *dir, size_t cap, const char *name)
{
    int n = snprintf(dir, cap, "/tmp/brigade-%s-XXXXXX", name);
    if (n < 0 || (size_t)n >= cap || !mkdtemp(dir)) {
        fprintf(stderr, "cannot make a temporary directory for %s\n", name);
        exit(1);
    }
}

/* Removes dir and all it holds; says so on stderr when it cannot (the test still counts). */
static inline void test_remove_dir(const char *dir)
{
    char cmd[TEST_PATH_BYTES + 16];
    snprintf(cmd, sizeof(cmd), "rm -rf '%s'", dir);
    if (system(cmd) != 0)
        fprintf(stderr, "could not remove %s\n", dir);
}

/* Deterministic values in [-1, 1): the tests must fail the same way every time. */
static inline float test_noise(uint64_t *state)
{
    *state = *state * 6364136223846793005ull + 1442695040888963407ull;
    return (float)((*state >> 40) & 0xffffff) / (float)(1 << 23) - 1.0f;
}

/* The cosine of two vectors, summed in double; 0 for a zero vector. */
static inline double test_cosine(const float *a, const float *b, size_t n)
{
    double ab = 0, aa = 0, bb = 0;
    for (size_t i = 0; i < n; i++) {
        ab += (double)a[i] * b[i];
        aa += (double)a[i] * a[i];
        bb += (double)b[i] * b[i];
    }
    return ab / (sqrt(aa) * sqrt(bb) + 1e-30);
}

#endif
