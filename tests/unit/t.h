/*
 * t.h - the unit-test harness: each test is a function named as a sentence; T_CHECK records a
 * failure with file:line and goes on; t_main runs the tests and prints "ok NAME" or
 * "not ok NAME: file:line: expression" (the format tests/run counts), exiting 1 on any failure.
 * SPDX-License-Identifier: MIT
 */
#ifndef FP_T_H
#define FP_T_H

#include <stdio.h>
#include <string.h>

struct t_case {
    const char *name;
    void (*fn)(void);
};

static int t_failed;      /* failures in the running test */
static char t_first[512]; /* the first of them, for the report line */

#define T_CHECK(expr)                                                                              \
    do {                                                                                           \
        if (!(expr)) {                                                                             \
            if (t_failed++ == 0)                                                                   \
                snprintf(t_first, sizeof t_first, "%s:%d: %s", __FILE__, __LINE__, #expr);         \
        }                                                                                          \
    } while (0)

#define T_STREQ(a, b)                                                                              \
    do {                                                                                           \
        const char *t_a = (a), *t_b = (b);                                                         \
        if (strcmp(t_a, t_b) != 0 && t_failed++ == 0)                                              \
            snprintf(t_first, sizeof t_first, "%s:%d: \"%s\" != \"%s\"", __FILE__, __LINE__, t_a,  \
                     t_b);                                                                         \
    } while (0)

#define T_CASE(fn)                                                                                 \
    {                                                                                              \
#fn, fn                                                                                    \
    }

static int
t_main(const struct t_case *cases, size_t n)
{
    int failed = 0;
    for (size_t i = 0; i < n; i++) {
        t_failed = 0;
        cases[i].fn();
        if (t_failed) {
            printf("not ok %s: %s\n", cases[i].name, t_first);
            failed++;
        } else {
            printf("ok %s\n", cases[i].name);
        }
    }
    return failed ? 1 : 0;
}

#endif
