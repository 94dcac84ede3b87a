/*
 * diff_out.h - a change application as text: the cells of a compared line in a language's
 * formats (shared by the terminal and the change memo), and `fundplan diff` on a terminal.
 *
 *     char cells[FP_DIFF_CELLS][48];
 *     fp_diff_line_cells(d, &d->lines[i], FP_LANG_FI, cells);   // "180 000 €", "—", "+10 000 €"
 *     fp_diff_print(stdout, d, &new_diags, &changes, all, fp_msg_lang);
 *
 * Formats only what diff.c and the checker computed.
 * SPDX-License-Identifier: MIT
 */
#ifndef FP_DIFF_OUT_H
#define FP_DIFF_OUT_H

#include <stddef.h>
#include <stdio.h>

#include "diag.h"
#include "diff.h"

/* The cells of a line: old, new, change, change in per cent. */
enum { FP_DIFF_CELL_OLD, FP_DIFF_CELL_NEW, FP_DIFF_CELL_DELTA, FP_DIFF_CELL_PCT, FP_DIFF_CELLS };

#define FP_DIFF_CELL_MAX 48

/* An amount in lang's format, "—" when has is 0; with cents when the comparison has any. */
void fp_diff_money(char *buf, size_t n, const struct fp_diff *d, int has, fp_cents c,
                   enum fp_lang lang);

/* A change: "+10 000 €", "−10 000 €", "0 €"; "—" when unknown. */
void fp_diff_delta(char *buf, size_t n, const struct fp_diff *d, int has, fp_cents c,
                   enum fp_lang lang);

/* A change in per cent with one decimal, "+5,6 %"; "" when the old figure is 0 or unknown. */
void fp_diff_share(char *buf, size_t n, struct fp_ratio r, enum fp_lang lang);

/* A percentage given in units of 10^-dec percent, signed, in percentage points: "+0,50 %-yks." */
void fp_diff_points(char *buf, size_t n, int64_t v, int dec, enum fp_lang lang);

/* The four cells of a line. */
void fp_diff_line_cells(const struct fp_diff *d, const struct fp_diff_line *l, enum fp_lang lang,
                        char cells[FP_DIFF_CELLS][FP_DIFF_CELL_MAX]);

/*
 * Prints the comparison for a terminal in lang: every changed line (every line with all), per
 * year where either plan has years, then the key figures old and new, the cost model, and the
 * errors and warnings of the new plan and of the change. The findings themselves are printed by
 * fp_diag_print.
 */
void fp_diff_print(FILE *out, const struct fp_diff *d, const struct fp_diags *new_diags,
                   const struct fp_diags *changes, int all, enum fp_lang lang);

#endif
