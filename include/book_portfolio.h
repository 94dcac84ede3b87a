/*
 * book_portfolio.h - the portfolio workbook (libxlsxwriter) of `fundplan build`: one row per plan
 * over a whole funding round. Sheets and formulas: docs/workbook.md, "Portfolio".
 *
 *     struct fp_book_portfolio *pf = fp_book_portfolio_open("output/portfolio.xlsx", &opts);
 *     for each plan, in any order:  fp_book_portfolio_add(pf, &record);
 *     if (fp_book_portfolio_close(pf) != 0)   // rows sorted by plan path; pf freed
 *         return 2;
 *
 * Reads the plans' figures; the sums over plans are its own. No libxlsxwriter type is seen here.
 * SPDX-License-Identifier: MIT
 */
#ifndef FP_BOOK_PORTFOLIO_H
#define FP_BOOK_PORTFOLIO_H

#include "record.h"
#include "report.h"

/*
 * The portfolio: one row per plan in an Excel table (case number, name, status, counts, figures,
 * support per year, file) with totals of the plans without errors and, apart, of those with
 * errors; a summary sheet by instrument, funder and year. Memory stays flat in the number of
 * plans: add() appends the plan's record (record.h, without the findings' texts) to a spool
 * file beside the output, unlinked as soon as it is open, and keeps in memory only the plan's
 * path and the record's offset (~24 bytes + the path) and sums; close() sorts by path and
 * streams the rows through libxlsxwriter's constant_memory mode (docs/workbook.md,
 * "Portfolio"). Sorting makes the workbook the same whatever order parallel workers finish in.
 * Nothing is written outside the output's folder. Not thread-safe: one thread calls add() at a
 * time.
 */
struct fp_book_portfolio;

/*
 * Starts a portfolio at path: the folder must be writable (the temp file and the spool are
 * created now, so a bad -o fails before any plan is built). opts is copied. Returns NULL with
 * the message printed.
 */
struct fp_book_portfolio *fp_book_portfolio_open(const char *path,
                                                 const struct fp_report_opts *opts);

/*
 * Adds one plan's row from its record; r may be freed as soon as it returns. A plan with
 * findings is fine (its full error and warning counts are columns). 0, or -1 with the message
 * printed (the spool could not be written): close() will then write nothing and return -1.
 */
int fp_book_portfolio_add(struct fp_book_portfolio *pf, const struct fp_record *r);

/* Writes the workbook and renames it into place; frees pf in every case. 0, or -1 (printed;
   no workbook and no temp file left). */
int fp_book_portfolio_close(struct fp_book_portfolio *pf);

/* Drops the portfolio without writing it: temp file removed, spool closed, target untouched.
   NULL is fine. */
void fp_book_portfolio_abort(struct fp_book_portfolio *pf);

#endif
