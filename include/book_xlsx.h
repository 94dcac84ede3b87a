/*
 * book_xlsx.h - the plan workbook (libxlsxwriter): live formulas whose cached values are
 * fundplan's own figures. Sheets, formulas and formats: docs/workbook.md.
 *
 *     if (fp_book_write_plan(&plan, &fig, &diags, &opts, "output/mikkeli.xlsx") != 0)
 *         return 2;   // message already printed; no file left behind
 *
 * Reads the plan and its figures; never computes a figure of a plan. Every text is checked for
 * UTF-8 and written as text, never as a formula. The portfolio workbook is book_portfolio.h's;
 * what the two writers share (and libxlsxwriter's types) is book_internal.h's.
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
