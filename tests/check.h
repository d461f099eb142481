/* check.h — the assertions every brigade test program uses.
 *
 * A test is a plain C program: it exits 0 when every CHECK held, 1 otherwise, and 77 (ctest's
 * SKIP_RETURN_CODE) when a prerequisite such as a service is absent. Failures print
 * file:line and both values so a red test explains itself. */
#ifndef BRIGADE_TESTS_CHECK_H
#define BRIGADE_TESTS_CHECK_H

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int check_failures;

#define CHECK(cond)                                                                                \
    do {                                                                                           \
        if (!(cond)) {                                                                             \
            fprintf(stderr, "%s:%d: CHECK failed: %s\n", __FILE__, __LINE__, #cond);               \
            check_failures++;                                                                      \
        }                                                                                          \
    } while (0)

#define CHECK_INT_EQ(actual, expected)                                                             \
    do {                                                                                           \
        long long check_a_ = (long long)(actual), check_e_ = (long long)(expected);                \
        if (check_a_ != check_e_) {                                                                \
            fprintf(stderr, "%s:%d: %s == %lld, expected %lld\n", __FILE__, __LINE__, #actual,     \
                    check_a_, check_e_);                                                           \
            check_failures++;                                                                      \
        }                                                                                          \
    } while (0)

#define CHECK_STR_EQ(actual, expected)                                                             \
    do {                                                                                           \
        const char *check_a_ = (actual), *check_e_ = (expected);                                   \
        if (check_a_ == NULL || check_e_ == NULL || strcmp(check_a_, check_e_) != 0) {             \
            fprintf(stderr, "%s:%d: %s == \"%s\", expected \"%s\"\n", __FILE__, __LINE__, #actual, \
                    check_a_ ? check_a_ : "(null)", check_e_ ? check_e_ : "(null)");               \
            check_failures++;                                                                      \
        }                                                                                          \
    } while (0)

#define CHECK_MEM_EQ(actual, actual_len, expected, expected_len)                                   \
    do {                                                                                           \
        size_t check_al_ = (actual_len), check_el_ = (expected_len);                               \
        if (check_al_ != check_el_ || memcmp((actual), (expected), check_al_) != 0) {              \
            fprintf(stderr, "%s:%d: %s == \"%.*s\", expected \"%.*s\"\n", __FILE__, __LINE__,      \
                    #actual, (int)check_al_, (const char *)(actual), (int)check_el_,               \
                    (const char *)(expected));                                                     \
            check_failures++;                                                                      \
        }                                                                                          \
    } while (0)

/* Skip the whole test (exit 77) with a reason that ctest's output shows. */
#define SKIP(...)                                                                                  \
    do {                                                                                           \
        fprintf(stderr, "SKIP: " __VA_ARGS__);                                                     \
        fputc('\n', stderr);                                                                       \
        exit(77);                                                                                  \
    } while (0)

static inline int check_finish(const char *name)
{
    if (check_failures) {
        fprintf(stderr, "%s: %d check(s) failed\n", name, check_failures);
        return 1;
    }
    printf("%s: ok\n", name);
    return 0;
}

#endif
