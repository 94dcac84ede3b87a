/*
 * diff_run.h - `fundplan diff` once both plans are read and checked: compare, print the table or
 * the JSON, write the change memo or workbook, print every finding, and say the exit status.
 *
 *     struct fp_diff_input old = {&oplan, &ofig, &odiags}, new = {&nplan, &nfig, &ndiags};
 *     struct fp_diff_opts o = {.all = 0, .json = 0, .output = "output/change.pdf", .report = r};
 *     return fp_diff_run(&old, &new, &o);
 *
 * Reading the files and the options is cli.c's; the comparison is diff.c's.
 * SPDX-License-Identifier: MIT
 */
#ifndef FP_DIFF_RUN_H
#define FP_DIFF_RUN_H

#include "checks.h"
#include "diag.h"
#include "plan.h"
#include "report.h"

/* A plan read and checked: what fp_diff_run compares. */
struct fp_diff_input {
    const struct fp_plan *plan;
    const struct fp_figures *fig;
    const struct fp_diags *diags;
};

struct fp_diff_opts {
    int all;                      /* show lines that did not change too */
    int json;                     /* print the JSON document instead of the table */
    const char *output;           /* -o: the change memo (.pdf) or workbook (.xlsx), or NULL */
    struct fp_report_opts report; /* language, date, timestamp and call of the documents */
};

/* What -o names: 0 a PDF, 1 an XLSX workbook, -1 neither (by its ending, any case). */
int fp_diff_output_kind(const char *path);

/*
 * Compares old (the plan in force) with new (the change application) and reports. The old plan's
 * errors are printed, flagged as its own, and do not stop the comparison; a file that is not a
 * plan at all cannot be compared. Returns the exit status: 0, 1 when the new plan or the change
 * has errors (or a file is not a plan), 2 when the output could not be written.
 */
int fp_diff_run(const struct fp_diff_input *old, const struct fp_diff_input *new,
                const struct fp_diff_opts *o);

#endif
