/*
 * bench.h - what the benchmark programs share: a clock in milliseconds and a file's size.
 * SPDX-License-Identifier: MIT
 */
#ifndef FP_BENCH_H
#define FP_BENCH_H

#include <sys/stat.h>
#include <time.h>

static inline double
now_ms(clockid_t clock)
{
    struct timespec ts;
    clock_gettime(clock, &ts);
    return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

static inline long
file_size(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 ? (long)st.st_size : -1;
}

#endif
