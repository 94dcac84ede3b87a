/*
 * claim_book.h - the payment claims' workbook (libxlsxwriter): a summary sheet with the
 * decision's ceilings and one row per claim, and one sheet per claim with its realised costs
 * (this period, cumulative, approved, remaining) and its payment. Live formulas whose cached
 * values are fundplan's own figures (docs/workbook.md, "Payment claims").
 *
 *     if (fp_claim_book_write(&cs, &opts, "output/claims.xlsx") != 0)
 *         return 2;   // message already printed; no file left behind
 *
 * Reads what claim.c computed; never computes a figure of its own.
 * SPDX-License-Identifier: MIT
 */
#ifndef FP_CLAIM_BOOK_H
#define FP_CLAIM_BOOK_H

#include "claim.h"
#include "report.h"

int fp_claim_book_write(const struct fp_claims *cs, const struct fp_report_opts *opts,
                        const char *path);

#endif
