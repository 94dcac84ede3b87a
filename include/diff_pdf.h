/*
 * diff_pdf.h - the change memo (muutoshakemuksen muistio) as a PDF in the house style of the
 * decision memo (layout.h): the project's facts, the cost estimate and the financing plan in
 * force and changed, the support before and after, the findings about the change and about the
 * changed plan in the reader's words, and the proposal, withheld when there are errors.
 *
 *     if (fp_diff_memo_write(d, &new_diags, &changes, &opts, "output/change.pdf") != 0)
 *         return 2;   // message already printed; no file left behind
 *
 * Reads the comparison (diff.h) and the checker's figures; computes nothing of its own.
 * SPDX-License-Identifier: MIT
 */
#ifndef FP_DIFF_PDF_H
#define FP_DIFF_PDF_H

#include "diag.h"
#include "diff.h"
#include "report.h"

/* Writes the memo to path through a temp file. 0, or -1 (printed; nothing left behind). */
int fp_diff_memo_write(const struct fp_diff *d, const struct fp_diags *new_diags,
                       const struct fp_diags *changes, const struct fp_report_opts *opts,
                       const char *path);

#endif
