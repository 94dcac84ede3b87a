/*
 * build.h - `fundplan build`: every plan of a funding round checked, its memo and workbook
 * written, and one portfolio workbook over all of them, N plans at a time.
 *
 *     struct fp_build_opts o = { .jobs = 2, .outdir = "output", .progress = isatty(2) };
 *     int status = fp_build_run(paths, npaths, &o);   // 0, 1 (a plan has errors) or 2 (I/O)
 *
 * N worker processes each set the memo's fonts up once and build each plan in a forked copy of
 * themselves, so a plan that crashes a library costs that plan only. A built plan's record
 * (record.h: texts, figures, findings) goes back to the parent, which prints the findings plan
 * by plan, shows progress and adds the plan to the portfolio. Output names come from the
 * plans' file names, made unique.
 * SPDX-License-Identifier: MIT
 */
#ifndef FP_BUILD_H
#define FP_BUILD_H

#include <stddef.h>

#include "lang.h"

struct fp_build_opts {
    long jobs;          /* worker processes; 0: the number of processors */
    const char *outdir; /* where memos, workbooks and portfolio.xlsx go */
    const char *lang;   /* --lang, or NULL for each plan's own language */
    const char *date;   /* --date, or NULL */
    const char *call;   /* --call, or NULL */
    int progress;       /* redraw a progress line on stderr */
    int stats;          /* print CPU time per phase and output sizes at the end */
};

/* Builds every plan named (a folder means its *.ini files, sorted). Returns the exit status. */
int fp_build_run(char *const *paths, size_t npaths, const struct fp_build_opts *opts);

#endif
