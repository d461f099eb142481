/* db_test.h — fixtures for the integration tests against real PostgreSQL and memcached.
 *
 * Each test gets its own database, brigade_test_<name>_<pid>, created through BRIGADE_PG_URI
 * (whose role may create databases) and dropped at the end, so tests run in any order and in
 * parallel. A test that needs memcached to die starts a private one and kills that. */
#ifndef BRIGADE_TESTS_DB_TEST_H
#define BRIGADE_TESTS_DB_TEST_H

#include "check.h"
#include "io/menu.h"
#include "io/pg.h"

#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#define DB_TEST_NAME_MAX    64
#define DB_TEST_MC_START_MS 5000
#define DB_TEST_MC_TRIES    5

struct db_test {
    const char *uri; /* the admin URI from BRIGADE_PG_URI */
    char dbname[DB_TEST_NAME_MAX];
    PGconn *admin;
};

static inline void db_test_quiet(void *arg, const char *message)
{
    (void)arg;
    (void)message;
}

static inline void db_test_die(const char *what, const char *err)
{
    fprintf(stderr, "db_test: %s: %s\n", what, err);
    exit(1);
}

/* Creates the test database; exits 77 when BRIGADE_PG_URI is unset, 1 when it fails. */
static inline void db_test_setup(struct db_test *t, const char *name)
{
    t->uri = getenv("BRIGADE_PG_URI");
    if (!t->uri || !t->uri[0])
        SKIP("BRIGADE_PG_URI is not set (eval \"$(scripts/services start)\")");
    snprintf(t->dbname, sizeof(t->dbname), "brigade_test_%s_%d", name, (int)getpid());
    char err[PG_ERROR_MAX], sql[256];
    if (pg_connect(t->uri, NULL, &t->admin, err, sizeof(err)) < 0)
        db_test_die("connect", err);
    PQsetNoticeProcessor(t->admin, db_test_quiet, NULL); /* "does not exist, skipping" */
    snprintf(sql, sizeof(sql), "DROP DATABASE IF EXISTS %s", t->dbname);
    PQclear(PQexec(t->admin, sql));
    snprintf(sql, sizeof(sql), "CREATE DATABASE %s", t->dbname);
    if (pg_exec(t->admin, sql, "create database", err, sizeof(err)) < 0)
        db_test_die(t->dbname, err);
}

/* A new connection to the test database (caller PQfinishes it). */
static inline PGconn *db_test_connect(const struct db_test *t)
{
    PGconn *conn = NULL;
    char err[PG_ERROR_MAX];
    if (pg_connect(t->uri, t->dbname, &conn, err, sizeof(err)) < 0)
        db_test_die("connect to test database", err);
    return conn;
}

static inline void db_test_teardown(struct db_test *t)
{
    char sql[256], err[PG_ERROR_MAX];
    snprintf(sql, sizeof(sql), "DROP DATABASE IF EXISTS %s WITH (FORCE)", t->dbname);
    if (pg_exec(t->admin, sql, "drop database", err, sizeof(err)) < 0)
        fprintf(stderr, "db_test: %s\n", err);
    PQfinish(t->admin);
}

/* Checks two menus hold the same version and the same items, field by field, in order. */
static inline void db_test_check_menu_equal(const struct menu *got, const struct menu *want)
{
    CHECK_INT_EQ(got->count, want->count);
    CHECK_INT_EQ(got->version, want->version);
    for (size_t i = 0; i < got->count && i < want->count; i++) {
        CHECK_STR_EQ(got->items[i].key, want->items[i].key);
        CHECK_STR_EQ(got->items[i].name, want->items[i].name);
        CHECK_STR_EQ(got->items[i].section, want->items[i].section);
        CHECK_STR_EQ(got->items[i].description, want->items[i].description);
        CHECK_INT_EQ(got->items[i].price_cents, want->items[i].price_cents);
    }
}

/* The first column of the first row as a number; -1 when the query failed or is empty. */
static inline long long db_test_scalar(PGconn *conn, const char *sql)
{
    PGresult *res = PQexec(conn, sql);
    long long v = -1;
    if (PQresultStatus(res) == PGRES_TUPLES_OK && PQntuples(res) > 0)
        v = strtoll(PQgetvalue(res, 0, 0), NULL, 10);
    else
        fprintf(stderr, "db_test: %s: %s", sql, PQresultErrorMessage(res));
    PQclear(res);
    return v;
}

/* The SQLSTATE a statement fails with, "" when it succeeds (static buffer). */
static inline const char *db_test_sqlstate(PGconn *conn, const char *sql)
{
    static char state[8];
    PGresult *res = PQexec(conn, sql);
    snprintf(state, sizeof(state), "%s", pg_result_sqlstate(res));
    PQclear(res);
    return state;
}

static inline int db_test_now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int)(ts.tv_sec * 1000 + ts.tv_nsec / 1000000);
}

static inline int db_test_port_open(int port)
{
    int fd = socket(AF_INET, SOCK_STREAM, 0);
    struct sockaddr_in addr = {.sin_family = AF_INET, .sin_port = htons((uint16_t)port)};
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    int ok = connect(fd, (struct sockaddr *)&addr, sizeof(addr)) == 0;
    close(fd);
    return ok;
}

/* A port nothing listens on now, chosen by the kernel. A fixed range would sit inside the
 * ephemeral range that every outgoing connection on the machine draws from. */
static inline int db_test_free_port(void)
{
    int fd = socket(AF_INET, SOCK_STREAM, 0);
    struct sockaddr_in addr = {.sin_family = AF_INET, .sin_port = 0};
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t len = sizeof(addr);
    if (fd < 0 || bind(fd, (struct sockaddr *)&addr, sizeof(addr)) != 0 ||
        getsockname(fd, (struct sockaddr *)&addr, &len) != 0)
        db_test_die("socket", "no free port");
    close(fd);
    return ntohs(addr.sin_port);
}

/* One try at a private memcached on 127.0.0.1:port, in the foreground of a child we own.
 * Returns its pid, or -1 when it exited at start (the port was taken meanwhile). */
static inline pid_t db_test_memcached_try(int port)
{
    pid_t pid = fork();
    if (pid == 0) {
        char port_text[16];
        snprintf(port_text, sizeof(port_text), "%d", port);
        /* memcached refuses to run as root unless told which user to be. */
        execlp("memcached", "memcached", "-l", "127.0.0.1", "-p", port_text, "-U", "0", "-m", "16",
               "-u", geteuid() == 0 ? "root" : "nobody", (char *)NULL);
        _exit(127);
    }
    if (pid < 0)
        db_test_die("fork", "memcached");
    for (int start = db_test_now_ms(); db_test_now_ms() - start < DB_TEST_MC_START_MS;) {
        int status;
        if (waitpid(pid, &status, WNOHANG) == pid)
            return -1;
        if (db_test_port_open(port))
            return pid;
        usleep(20 * 1000);
    }
    db_test_die("memcached", "did not open its port");
    return -1;
}

/* A private memcached on *port; 0 picks a free port and stores it there. */
static inline pid_t db_test_memcached_start(int *port)
{
    for (int i = 0; i < DB_TEST_MC_TRIES; i++) {
        int p = *port ? *port : db_test_free_port();
        pid_t pid = db_test_memcached_try(p);
        if (pid > 0) {
            *port = p;
            return pid;
        }
        usleep(100 * 1000);
    }
    db_test_die("memcached", "exited at start each try (port taken?)");
    return -1;
}

static inline void db_test_memcached_stop(pid_t pid)
{
    kill(pid, SIGTERM);
    int status;
    waitpid(pid, &status, 0);
}

#endif
