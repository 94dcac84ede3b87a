/*
 * bench/book.c - how fast the plan workbook is and how much memory the portfolio takes: not a
 * test, a program that prints figures. For each plan: bytes and the mean wall and CPU time of
 * fp_book_write_plan over N runs (plan already read and checked; temp file, fsync and rename
 * included). Then the floor: a one-cell workbook through the same temp-file path. Then the
 * portfolio: peak RSS and time of a process that adds P plans (the example plans, repeated under
 * generated paths) and closes, for growing P; and, for comparison, libxlsxwriter's default mode
 * holding the same number of rows of 20 cells in memory.
 *
 *     make bench-book                          # every plan in plans/, 200 runs; 0..50 000 plans
 *     build/bench_book -n 1000 DIR PLAN...     # workbooks written to DIR (use a tmpfs)
 * SPDX-License-Identifier: MIT
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/types.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <xlsxwriter.h>

#include "book_internal.h"
#include "book_portfolio.h"
#include "book_xlsx.h"
#include "bench.h"
#include "checks.h"
#include "outfile.h"
#include "plan.h"

#define MAX_PLANS 64

struct loaded {
    struct fp_plan plan;
    struct fp_figures fig;
    struct fp_diags diags;
};

/* The least a workbook costs: one sheet, one number, through outfile.c like the real ones. */
static int
floor_book(const char *path)
{
    struct fp_book_file bf;
    lxw_worksheet *ws;
    if (fp_book_begin(&bf, path, 0) != 0)
        return -1;
    ws = workbook_add_worksheet(bf.wb, NULL);
    if (ws == NULL)
        fp_book_note(&bf, LXW_ERROR_MEMORY_MALLOC_FAILED, "workbook_add_worksheet");
    else
        fp_book_note(&bf, worksheet_write_number(ws, 0, 0, 1, NULL), "worksheet_write_number");
    return fp_book_end(&bf);
}

/* Adds n plans (the loaded ones in turn, each under its own generated path) and closes. */
static int
portfolio(const char *path, struct loaded *pl, int npl, long n)
{
    struct fp_report_opts o = {.lang = FP_LANG_FI, .epoch = 1700000000};
    struct fp_book_portfolio *pf = fp_book_portfolio_open(path, &o);
    char gen[64];
    if (pf == NULL)
        return -1;
    for (long i = 0; i < n; i++) {
        struct loaded *l = &pl[i % npl];
        struct fp_record r;
        fp_record_of_plan(&r, &l->plan, &l->fig, &l->diags, "x");
        /* generated paths in scrambled order: close() has to sort them */
        snprintf(gen, sizeof gen, "gen/plan-%06ld.ini", (i * 7919) % n);
        r.path = gen;
        if (fp_book_portfolio_add(pf, &r) != 0) {
            fp_book_portfolio_abort(pf);
            return -1;
        }
    }
    return fp_book_portfolio_close(pf);
}

/* libxlsxwriter's default mode with n rows of 20 cells (5 texts, 15 numbers), all in memory:
   what the portfolio would cost without constant_memory. */
static int
default_mode(const char *path, long n)
{
    lxw_workbook *wb = workbook_new(path);
    lxw_worksheet *ws = wb ? workbook_add_worksheet(wb, NULL) : NULL;
    char text[64];
    if (ws == NULL)
        return -1;
    for (long r = 0; r < n; r++) {
        for (int c = 0; c < 5; c++) {
            snprintf(text, sizeof text, "text %d of plan %ld", c, r);
            worksheet_write_string(ws, (lxw_row_t)r, (lxw_col_t)c, text, NULL);
        }
        for (int c = 5; c < 20; c++)
            worksheet_write_number(ws, (lxw_row_t)r, (lxw_col_t)c, (double)(r * c), NULL);
    }
    return workbook_close(wb) == LXW_NO_ERROR ? 0 : -1;
}

/* Runs one measurement in a child that prints its own peak RSS, so each peak is its own. */
static void
measure(const char *what, long n, const char *path, struct loaded *pl, int npl)
{
    int status;
    pid_t pid;

    fflush(stdout);
    pid = fork();
    if (pid == 0) {
        double t0 = now_ms(CLOCK_MONOTONIC);
        struct rusage ru;
        int rc = (pl ? portfolio(path, pl, npl, n) : default_mode(path, n));
        getrusage(RUSAGE_SELF, &ru);
        if (rc == 0)
            printf("%-28s %8ld %9.1f %10ld %12.0f\n", what, n, (double)ru.ru_maxrss / 1024.0,
                   file_size(path), now_ms(CLOCK_MONOTONIC) - t0);
        fflush(stdout);
        unlink(path);
        _exit(rc == 0 ? 0 : 1);
    }
    if (pid < 0 || waitpid(pid, &status, 0) != pid || !WIFEXITED(status) ||
        WEXITSTATUS(status) != 0)
        printf("%-28s %8ld  failed\n", what, n);
}

int
main(int argc, char **argv)
{
    static struct loaded pl[MAX_PLANS];
    static const long sizes[] = {0, 1000, 10000, 50000};
    int runs = 200, first = 1, npl = 0;
    const char *dir;
    char out[4096];
    double t0, c0, ms, cpu;

    if (argc > 2 && strcmp(argv[1], "-n") == 0) {
        runs = atoi(argv[2]);
        first = 3;
    }
    if (argc - first < 2 || runs < 1) {
        fprintf(stderr, "usage: bench_book [-n RUNS] DIR PLAN...\n");
        return 2;
    }
    dir = argv[first++];
    printf("%-28s %9s %10s %10s\n", "plan workbook", "bytes", "wall ms", "CPU ms");
    for (int i = first; i < argc && npl < MAX_PLANS; i++, npl++) {
        struct loaded *l = &pl[npl];
        struct fp_report_opts o;
        char stem[256];

        memset(l, 0, sizeof *l);
        l->diags.file = argv[i];
        if (fp_plan_load(argv[i], &l->plan, &l->diags) != 0)
            return 2;
        fp_check_plan(&l->plan, NULL, &l->fig, &l->diags); /* the generated plans name no call */
        if (fp_report_opts_make(NULL, NULL, &l->plan, &o) != 0)
            return 2;
        o.epoch = 1700000000;
        fp_plan_stem(argv[i], stem, sizeof stem);
        snprintf(out, sizeof out, "%s/%s.xlsx", dir, stem);
        t0 = now_ms(CLOCK_MONOTONIC);
        c0 = now_ms(CLOCK_PROCESS_CPUTIME_ID);
        for (int r = 0; r < runs; r++)
            if (fp_book_write_plan(&l->plan, &l->fig, &l->diags, &o, out) != 0)
                return 2;
        ms = (now_ms(CLOCK_MONOTONIC) - t0) / runs;
        cpu = (now_ms(CLOCK_PROCESS_CPUTIME_ID) - c0) / runs;
        printf("%-28s %9ld %10.3f %10.3f\n", stem, file_size(out), ms, cpu);
    }
    snprintf(out, sizeof out, "%s/floor.xlsx", dir);
    t0 = now_ms(CLOCK_MONOTONIC);
    c0 = now_ms(CLOCK_PROCESS_CPUTIME_ID);
    for (int r = 0; r < runs; r++)
        if (floor_book(out) != 0)
            return 2;
    ms = (now_ms(CLOCK_MONOTONIC) - t0) / runs;
    cpu = (now_ms(CLOCK_PROCESS_CPUTIME_ID) - c0) / runs;
    printf("%-28s %9ld %10.3f %10.3f\n", "floor (1 sheet, 1 cell)", file_size(out), ms, cpu);

    printf("\n%-28s %8s %9s %10s %12s\n", "portfolio", "plans", "peak MB", "bytes", "wall ms");
    fflush(stdout);
    snprintf(out, sizeof out, "%s/portfolio.xlsx", dir);
    for (size_t k = 0; k < sizeof sizes / sizeof sizes[0]; k++)
        measure("fp_book_portfolio", sizes[k], out, pl, npl);
    snprintf(out, sizeof out, "%s/default-mode.xlsx", dir);
    for (size_t k = 1; k < 3; k++)
        measure("default mode, 20 cells/row", sizes[k], out, NULL, 0);
    for (int i = 0; i < npl; i++) {
        fp_diag_free(&pl[i].diags);
        fp_plan_free(&pl[i].plan);
    }
    return 0;
}
