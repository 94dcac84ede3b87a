/*
 * memo_pdf.h - the decision memo as a PDF (libharu): what a funder reads, signs and archives.
 *
 *     if (fp_memo_write(&plan, &fig, &diags, &opts, "output/mikkeli.pdf") != 0)
 *         return 2;   // message already printed; no file left behind
 *
 * Reads the plan and its figures; never computes a figure of its own.
 * SPDX-License-Identifier: MIT
 */
#ifndef FP_MEMO_PDF_H
#define FP_MEMO_PDF_H

#include "checks.h"
#include "diag.h"
#include "plan.h"
#include "report.h"

/*
 * Writes the memo to path through a temp file (outfile.h): the plan, its figures and every
 * finding, all final (letters the fonts lack are findings of the checker, glyphs.h). Returns 0,
 * or -1 on an I/O or library error (printed as "fundplan: PATH: error:").
 */
int fp_memo_write(const struct fp_plan *plan, const struct fp_figures *fig,
                  const struct fp_diags *diags, const struct fp_report_opts *opts,
                  const char *path);

/*
 * The memo's fonts, set up once: libharu 2.3.0 takes about 1,6 ms per font to set up a
 * document's UTF-8 fonts and cannot share them between documents, so a document is set up with
 * both fonts before the memo is known. fp_memo_fonts_open returns NULL (message printed, naming
 * what) when the fonts cannot be loaded; free with fp_memo_fonts_free.
 */
struct fp_memo_fonts;
struct fp_memo_fonts *fp_memo_fonts_open(const char *what);
void fp_memo_fonts_free(struct fp_memo_fonts *f);

/*
 * As fp_memo_write, drawing on the document f set up; the same bytes. That document can take
 * one memo: afterwards f may only be freed. For many memos, set the fonts up once and write
 * each memo in a forked copy of the process (fundplan build does, build.c).
 */
int fp_memo_write_with(struct fp_memo_fonts *f, const struct fp_plan *plan,
                       const struct fp_figures *fig, const struct fp_diags *diags,
                       const struct fp_report_opts *opts, const char *path);

#endif
