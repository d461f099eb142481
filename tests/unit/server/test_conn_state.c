/* test_conn_state.c — the connection state table: exactly the transitions the loop makes are
 * legal, conn_set_state follows each of them, and any other one aborts naming both states. */
#include <signal.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include "check.h"
#include "gateway/net/loop_internal.h"

struct test_edge {
    enum conn_state from, to;
};

/* The table as docs/architecture.md draws it: a change to either must change this list. */
static const struct test_edge test_legal[] = {
    {CONN_STATE_FREE, CONN_STATE_QUEUED},       {CONN_STATE_FREE, CONN_STATE_ACTIVE},
    {CONN_STATE_FREE, CONN_STATE_FINAL},        {CONN_STATE_QUEUED, CONN_STATE_ACTIVE},
    {CONN_STATE_QUEUED, CONN_STATE_CLOSING},    {CONN_STATE_ACTIVE, CONN_STATE_FINAL},
    {CONN_STATE_ACTIVE, CONN_STATE_LINGERING},  {CONN_STATE_ACTIVE, CONN_STATE_CLOSING},
    {CONN_STATE_FINAL, CONN_STATE_LINGERING},   {CONN_STATE_FINAL, CONN_STATE_CLOSING},
    {CONN_STATE_LINGERING, CONN_STATE_CLOSING}, {CONN_STATE_CLOSING, CONN_STATE_FREE},
};
enum { TEST_LEGAL_COUNT = sizeof(test_legal) / sizeof(test_legal[0]) };

static bool test_listed(unsigned from, unsigned to)
{
    for (unsigned i = 0; i < TEST_LEGAL_COUNT; i++)
        if (test_legal[i].from == from && test_legal[i].to == to)
            return true;
    return false;
}

static void test_table_matches_list(void)
{
    for (unsigned from = 0; from < CONN_STATE_MAX; from++)
        for (unsigned to = 0; to < CONN_STATE_MAX; to++)
            if (conn_state_legal(from, to) != test_listed(from, to)) {
                fprintf(stderr, "table disagrees on %s -> %s\n", conn_state_name(from),
                        conn_state_name(to));
                check_failures++;
            }
    CHECK(!conn_state_legal(CONN_STATE_MAX, CONN_STATE_FREE));
    CHECK(!conn_state_legal(CONN_STATE_FREE, CONN_STATE_MAX));
    CHECK_STR_EQ(conn_state_name(CONN_STATE_LINGERING), "LINGERING");
    CHECK_STR_EQ(conn_state_name(CONN_STATE_MAX), "?");
}

/* Drive `c`, a zeroed (FREE) slot, to `target` along legal transitions (breadth-first, so the
 * shortest path), checking the state after each step. Returns false if `target` is unreachable. */
static bool test_walk_to(struct conn *c, enum conn_state target)
{
    unsigned prev[CONN_STATE_MAX] = {0}, queue[CONN_STATE_MAX], head = 0, tail = 0;
    bool seen[CONN_STATE_MAX] = {[CONN_STATE_FREE] = true};
    queue[tail++] = CONN_STATE_FREE;
    while (head < tail)
        for (unsigned from = queue[head++], to = 0; to < CONN_STATE_MAX; to++)
            if (!seen[to] && conn_state_legal(from, to)) {
                seen[to] = true;
                prev[to] = from;
                queue[tail++] = to;
            }
    if (!seen[target])
        return false;
    unsigned path[CONN_STATE_MAX], n = 0;
    for (unsigned s = target; s != CONN_STATE_FREE; s = prev[s])
        path[n++] = s;
    CHECK_INT_EQ(c->state, CONN_STATE_FREE);
    while (n > 0) {
        conn_set_state(c, (enum conn_state)path[--n]);
        CHECK_INT_EQ(c->state, path[n]);
    }
    return true;
}

static void test_every_legal_transition(void)
{
    for (unsigned i = 0; i < TEST_LEGAL_COUNT; i++) {
        struct conn c = {0};
        CHECK(test_walk_to(&c, test_legal[i].from));
        CHECK_INT_EQ(c.state, test_legal[i].from);
        conn_set_state(&c, test_legal[i].to);
        CHECK_INT_EQ(c.state, test_legal[i].to);
    }
    /* Every state lies on a path from FREE and back: CLOSING is reached, and leads to FREE. */
    for (unsigned s = 0; s < CONN_STATE_MAX; s++) {
        struct conn c = {0};
        CHECK(test_walk_to(&c, (enum conn_state)s));
    }
}

/* A transition the table forbids must kill the process with SIGABRT, and say which. */
static void test_illegal_aborts(enum conn_state from, enum conn_state to)
{
    int fds[2];
    CHECK_INT_EQ(pipe(fds), 0);
    pid_t pid = fork();
    CHECK(pid >= 0);
    if (pid == 0) {
        struct rlimit none = {0, 0};
        setrlimit(RLIMIT_CORE, &none); /* an expected abort: no core file */
        dup2(fds[1], STDERR_FILENO);
        close(fds[0]);
        struct conn c = {0};
        test_walk_to(&c, from);
        conn_set_state(&c, to);
        _exit(0); /* reached only if the check let it through */
    }
    close(fds[1]);
    char err[512];
    size_t len = 0;
    ssize_t n;
    while (len < sizeof(err) - 1 && (n = read(fds[0], err + len, sizeof(err) - 1 - len)) > 0)
        len += (size_t)n;
    err[len] = '\0';
    close(fds[0]);
    int status = 0;
    CHECK_INT_EQ(waitpid(pid, &status, 0), pid);
    CHECK(WIFSIGNALED(status));
    CHECK_INT_EQ(WIFSIGNALED(status) ? WTERMSIG(status) : 0, SIGABRT);
    char want[64];
    snprintf(want, sizeof(want), "%s (%u) -> %s (%u)", conn_state_name(from), (unsigned)from,
             conn_state_name(to), (unsigned)to);
    if (!strstr(err, want)) {
        fprintf(stderr, "stderr \"%s\" lacks \"%s\"\n", err, want);
        check_failures++;
    }
}

int main(void)
{
    test_table_matches_list();
    test_every_legal_transition();
    test_illegal_aborts(CONN_STATE_FREE, CONN_STATE_LINGERING);
    test_illegal_aborts(CONN_STATE_CLOSING, CONN_STATE_ACTIVE); /* a slot revived mid-close */
    test_illegal_aborts(CONN_STATE_QUEUED, CONN_STATE_QUEUED);
    return check_failures ? 1 : 0;
}
