/* test_analyze_cli.c — `brigade analyze` end to end: input.txt (JSON lines with string and
 * numeric ids, a plain line, a blank line, malformed lines, and lines the server's strict
 * JSON checks refuse: a fractional id, a NUL in the text, a duplicate key, invalid UTF-8)
 * gives exactly expected.jsonl, in input order, with batches smaller than the input
 * (--batch 2) and the default batch alike; usage errors exit 2, a missing menu exits 1. */
#include "check.h"
#include "test_util.h"

/* Runs `brigade analyze ARGS < input` from the source directory; returns stdout (malloc'd)
 * and the exit status. */
static char *run_analyze(const char *args, const char *input, int *status)
{
    char cmd[TEST_COMMAND_BYTES];
    snprintf(cmd, sizeof(cmd), "cd '%s' && '%s/gateway/brigade' analyze %s < '%s' 2>/dev/null",
             test_source_dir(), test_binary_dir(), args, input);
    return test_run_capture(cmd, status);
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
    if (!getenv("BRIGADE_SOURCE_DIR") || !getenv("BRIGADE_BINARY_DIR"))
        SKIP("BRIGADE_SOURCE_DIR / BRIGADE_BINARY_DIR unset (run through ctest)");
    const char *src = test_source_dir();
    char input[TEST_PATH_BYTES], expected_path[TEST_PATH_BYTES], menu[TEST_PATH_BYTES + 64];
    test_source_path(input, sizeof(input), "tests/e2e/analyze/input.txt");
    test_source_path(expected_path, sizeof(expected_path), "tests/e2e/analyze/expected.jsonl");
    snprintf(menu, sizeof(menu), "--menu '%s/bench/data/menu.csv'", src);
    char *expected = test_read_file(expected_path, NULL);
    int status;
    char *out = run_analyze("--batch 2", input, &status);
    CHECK_INT_EQ(status, 0);
    check_lines(out, expected);
    free(out);
    out = run_analyze(menu, input, &status);
    CHECK_INT_EQ(status, 0);
    check_lines(out, expected);
    free(out);
    char args[TEST_COMMAND_BYTES];
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
