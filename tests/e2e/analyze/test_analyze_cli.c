/* test_analyze_cli.c — `brigade analyze` end to end: input.txt (JSON lines with string and
 * numeric ids, a plain line, a blank line, malformed lines) gives exactly expected.jsonl, in
 * input order, with batches smaller than the input (--batch 2) and the default batch alike;
 * usage errors exit 2, a missing menu exits 1. */
#include <sys/wait.h>
#include <unistd.h>

#include "check.h"

enum { PATH_BYTES = 1024 };

static char src[PATH_BYTES], bin[PATH_BYTES];

static char *read_file(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        fprintf(stderr, "cannot open %s\n", path);
        exit(1);
    }
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *buf = malloc((size_t)n + 1);
    if (!buf || fread(buf, 1, (size_t)n, f) != (size_t)n)
        exit(1);
    buf[n] = '\0';
    fclose(f);
    return buf;
}

/* Runs `brigade analyze ARGS < input` from the source directory; returns stdout (malloc'd)
 * and the exit status. */
static char *run_analyze(const char *args, const char *input, int *status)
{
    char cmd[4 * PATH_BYTES], out_path[] = "/tmp/brigade-analyze-out-XXXXXX";
    int fd = mkstemp(out_path);
    CHECK(fd >= 0);
    close(fd);
    snprintf(cmd, sizeof(cmd),
             "cd '%s' && '%s/gateway/brigade' analyze %s < '%s' > '%s' 2>/dev/null", src, bin, args,
             input, out_path);
    int rc = system(cmd);
    *status = WIFEXITED(rc) ? WEXITSTATUS(rc) : -1;
    char *out = read_file(out_path);
    unlink(out_path);
    return out;
}

/* Compares line by line so a failure names the first differing line. */
static void check_lines(const char *got, const char *want)
{
    int line = 1;
    while (*got || *want) {
        size_t gl = strcspn(got, "\n"), wl = strcspn(want, "\n");
        if (gl != wl || memcmp(got, want, gl) != 0) {
            fprintf(stderr, "line %d differs:\n  got  %.*s\n  want %.*s\n", line, (int)gl, got,
                    (int)wl, want);
            check_failures++;
            return;
        }
        got += gl + (got[gl] == '\n');
        want += wl + (want[wl] == '\n');
        line++;
    }
}

int main(void)
{
    const char *s = getenv("BRIGADE_SOURCE_DIR"), *b = getenv("BRIGADE_BINARY_DIR");
    if (!s || !b)
        SKIP("BRIGADE_SOURCE_DIR / BRIGADE_BINARY_DIR unset (run through ctest)");
    snprintf(src, sizeof(src), "%s", s);
    snprintf(bin, sizeof(bin), "%s", b);
    char input[PATH_BYTES + 64], expected_path[PATH_BYTES + 64], menu[PATH_BYTES + 64];
    snprintf(input, sizeof(input), "%s/tests/e2e/analyze/input.txt", src);
    snprintf(expected_path, sizeof(expected_path), "%s/tests/e2e/analyze/expected.jsonl", src);
    snprintf(menu, sizeof(menu), "--menu '%s/bench/data/menu.csv'", src);
    char *expected = read_file(expected_path);
    int status;
    char *out = run_analyze("--batch 2", input, &status);
    CHECK_INT_EQ(status, 0);
    check_lines(out, expected);
    free(out);
    out = run_analyze(menu, input, &status);
    CHECK_INT_EQ(status, 0);
    check_lines(out, expected);
    free(out);
    char args[4 * PATH_BYTES];
    snprintf(args, sizeof(args), "%s --understanding '%s/gateway/order/understanding.json'", menu,
             src);
    out = run_analyze(args, input, &status);
    CHECK_INT_EQ(status, 0);
    check_lines(out, expected); /* the file and the built-in copy are the same data */
    free(out);
    free(run_analyze("--batch 0", "/dev/null", &status));
    CHECK_INT_EQ(status, 2);
    free(run_analyze("--backend cpu", "/dev/null", &status));
    CHECK_INT_EQ(status, 2);
    free(run_analyze("--menu /nonexistent.csv", "/dev/null", &status));
    CHECK_INT_EQ(status, 1);
    free(run_analyze("--understanding /nonexistent.json", "/dev/null", &status));
    CHECK_INT_EQ(status, 1);
    free(expected);
    return check_finish("test_analyze_cli");
}
