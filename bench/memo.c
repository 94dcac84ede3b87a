/*
 * bench/memo.c - how big and how fast the decision memo is: not a test, a program that prints
 * figures. For each plan: pages, bytes, and the mean wall time of fp_memo_write over N runs
 * (plan already read and checked: the memo writer alone, temp file + fsync + rename included).
 * Then the floor: a one-page PDF with the same two fonts and one letter of each, to show what
 * the fonts and libharu's fixed overhead cost before the memo adds anything.
 *
 *     make bench-memo                       # every plan in plans/, 200 runs each
 *     build/bench_memo -n 1000 DIR PLAN...  # memos written to DIR (use a tmpfs for CPU time)
 * SPDX-License-Identifier: MIT
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "bench.h"
#include "checks.h"
#include "memo_pdf.h"
#include "pdf.h"
#include "plan.h"

/* Pages of a PDF libharu wrote: its page tree root says "/Count N". */
static int
pdf_pages(const char *path)
{
    FILE *f = fopen(path, "rb");
    char buf[1 << 16];
    size_t n;
    int pages = -1;
    if (f == NULL)
        return -1;
    n = fread(buf, 1, sizeof buf - 1, f);
    buf[n] = '\0';
    fclose(f);
    for (size_t i = 0; i + 7 < n; i++)
        if (memcmp(buf + i, "/Count ", 7) == 0)
            pages = atoi(buf + i + 7);
    return pages;
}

static int
floor_pdf(const char *path)
{
    struct fp_pdf p;
    HPDF_Page page;
    if (fp_pdf_open(&p, path) != 0)
        return -1;
    page = fp_pdf_add_page(&p);
    fp_pdf_text(&p, page, p.regular, 10, 57, 780, "x", FP_PDF_ALL);
    fp_pdf_text(&p, page, p.bold, 10, 57, 760, "x", FP_PDF_ALL);
    if (fp_pdf_save(&p, "floor", "fundplan", "floor", 0) != 0) {
        fp_pdf_close(&p);
        return -1;
    }
    fp_pdf_close(&p);
    return 0;
}

int
main(int argc, char **argv)
{
    int runs = 200, first = 1;
    const char *dir;
    char out[4096];
    double t0, c0, ms, cpu;

    if (argc > 2 && strcmp(argv[1], "-n") == 0) {
        runs = atoi(argv[2]);
        first = 3;
    }
    if (argc - first < 2 || runs < 1) {
        fprintf(stderr, "usage: bench_memo [-n RUNS] DIR PLAN...\n");
        return 2;
    }
    dir = argv[first++];
    printf("%-28s %5s %9s %10s %10s\n", "memo", "pages", "bytes", "wall ms", "CPU ms");
    for (int i = first; i < argc; i++) {
        struct fp_plan plan;
        struct fp_figures fig;
        struct fp_diags d;
        struct fp_report_opts o;
        char stem[256];

        memset(&d, 0, sizeof d);
        d.file = argv[i];
        if (fp_plan_load(argv[i], &plan, &d) != 0)
            return 2;
        fp_check_plan(&plan, NULL, &fig, &d); /* the generated plans name no call file */
        if (fp_report_opts_make(NULL, NULL, &plan, &o) != 0)
            return 2;
        o.epoch = 1700000000;
        fp_plan_stem(argv[i], stem, sizeof stem);
        snprintf(out, sizeof out, "%s/%s.pdf", dir, stem);
        t0 = now_ms(CLOCK_MONOTONIC);
        c0 = now_ms(CLOCK_PROCESS_CPUTIME_ID);
        for (int r = 0; r < runs; r++) {
            if (fp_memo_write(&plan, &fig, &d, &o, out) != 0)
                return 2;
        }
        ms = (now_ms(CLOCK_MONOTONIC) - t0) / runs;
        cpu = (now_ms(CLOCK_PROCESS_CPUTIME_ID) - c0) / runs;
        printf("%-28s %5d %9ld %10.3f %10.3f\n", stem, pdf_pages(out), file_size(out), ms, cpu);
        fp_diag_free(&d);
        fp_plan_free(&plan);
    }
    snprintf(out, sizeof out, "%s/floor.pdf", dir);
    t0 = now_ms(CLOCK_MONOTONIC);
    c0 = now_ms(CLOCK_PROCESS_CPUTIME_ID);
    for (int r = 0; r < runs; r++)
        if (floor_pdf(out) != 0)
            return 2;
    ms = (now_ms(CLOCK_MONOTONIC) - t0) / runs;
    cpu = (now_ms(CLOCK_PROCESS_CPUTIME_ID) - c0) / runs;
    printf("%-28s %5d %9ld %10.3f %10.3f\n", "floor (1 page, 2 fonts)", pdf_pages(out),
           file_size(out), ms, cpu);
    return 0;
}
