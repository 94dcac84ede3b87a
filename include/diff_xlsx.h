/*
 * diff_xlsx.h - the change workbook: the plan in force and the changed plan side by side, line
 * by line and per year, with the changes, totals and the support rate as live formulas whose
 * cached values are fundplan's figures, and a sheet of findings (docs/diff.md).
 *
 *     if (fp_diff_book_write(d, &new_diags, &changes, &opts, "output/change.xlsx") != 0)
 *         return 2;   // message already printed; no file left behind
 *
 * Reads the comparison (diff.h) and the checker's figures; computes nothing of its own.
 * SPDX-License-Identifier: MIT
 */
#ifndef FP_DIFF_XLSX_H
#define FP_DIFF_XLSX_H

#include "diag.h"
#include "diff.h"
#include "report.h"

/* Writes the workbook to path through a temp file. 0, or -1 (printed; nothing left behind). */
int fp_diff_book_write(const struct fp_diff *d, const struct fp_diags *new_diags,
                       const struct fp_diags *changes, const struct fp_report_opts *opts,
                       const char *path);

#endif
