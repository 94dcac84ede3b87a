/*
 * book_xlsx.h - the plan workbook and the portfolio workbook (libxlsxwriter): live formulas whose
 * cached values are fundplan's own figures.
 *
 *     if (fp_book_write_plan(&plan, &fig, &diags, &opts, "output/mikkeli.xlsx") != 0)
 *         return 2;   // message already printed; no file left behind
 *
 * Reads the plan and its figures; never computes a figure of its own.
 * SPDX-License-Identifier: MIT
 */
#ifndef FP_BOOK_XLSX_H
#define FP_BOOK_XLSX_H

#include "checks.h"
#include "diag.h"
#include "plan.h"
#include "report.h"

/* Writes the plan workbook to path through a temp file. 0, or -1 (message printed). */
int fp_book_write_plan(const struct fp_plan *plan, const struct fp_figures *fig,
                       const struct fp_diags *diags, const struct fp_report_opts *opts,
                       const char *path);

#endif
