/*
 * pdf.h - typesetting on libharu for the memo: one document with an embedded subset TrueType
 * font (regular and bold) in UTF-8, text measured, wrapped and drawn, saved through outfile.h.
 *
 *     struct fp_pdf p;
 *     if (fp_pdf_open(&p, "output/x.pdf") != 0) return -1;       // message printed
 *     HPDF_Page pg = fp_pdf_add_page(&p);
 *     fp_pdf_text(&p, pg, p.bold, 15, 57, 760, "Hyvä hanke", FP_PDF_ALL);
 *     int rc = fp_pdf_save(&p, "Title", "Author", "Subject", epoch);   // printed on failure
 *     fp_pdf_close(&p);
 *
 * What libharu 2.3.0 gets wrong is put right here, so the memo never sees it: its ToUnicode
 * CMap for UTF-8 fonts uses the wrong operator (begincidrange), so fp_pdf_save rewrites it as a
 * bfrange map of the code points actually drawn; it writes no document ID, so fp_pdf_save adds
 * one made from the drawn text and the timestamp (deterministic); it skips bytes that are not
 * UTF-8, so every string is decoded here, bad bytes drawn as U+FFFD. (A letter the fonts lack is
 * drawn as their empty box; the checker reports it first, glyphs.h.)
 *
 * Errors: the libharu error handler records the first error and returns (no longjmp). Drawing
 * functions are no-ops once an error is recorded, so a layout can run to its end and check
 * fp_pdf_failed once per section; fp_pdf_save prints "fundplan: PATH: error: ..." for it.
 * The layout of the memo itself is memo_pdf.c's.
 * SPDX-License-Identifier: MIT
 */
#ifndef FP_PDF_H
#define FP_PDF_H

#include <stddef.h>
#include <stdint.h>

#include <hpdf.h>

#include "msgid.h"

/* A4 portrait in points. */
#define FP_PDF_PAGE_W 595.276
#define FP_PDF_PAGE_H 841.89

/* Length argument meaning "up to the terminating NUL". */
#define FP_PDF_ALL ((size_t)-1)

/* The font files fp_pdf_open looks for (built by the Makefile with pyftsubset). */
#define FP_PDF_FONT_REGULAR "DejaVuSans-subset.ttf"
#define FP_PDF_FONT_BOLD "DejaVuSans-Bold-subset.ttf"

/* What has been drawn: the code points (they make the ToUnicode map) and a digest of the text
   (the document ID). pdf.c's, so that libharu's MD5 header stays out of this one. */
struct fp_pdf_drawn;

struct fp_pdf {
    HPDF_Doc doc;               /* owned; freed by fp_pdf_close */
    HPDF_Font regular, bold;    /* owned by doc */
    const char *path;           /* the target, for messages; borrowed */
    HPDF_STATUS error;          /* first libharu error, HPDF_OK if none */
    HPDF_STATUS detail;         /* its detail number (errno for file errors) */
    enum fp_msg failed_step;    /* what we were doing when it happened, for the message */
    struct fp_pdf_drawn *drawn; /* owned; freed by fp_pdf_close */
};

/*
 * Creates the document: compression on, UTF-8 encoder, both fonts loaded and embedded.
 * The fonts are looked up in $FUNDPLAN_FONTDIR when set (and only there), else beside the
 * running program in "fonts" (the build folder) and "../share/fundplan/fonts" (an install under
 * any prefix), else in FP_FONTDIR (the install folder it was compiled for).
 * Returns 0, or -1 with the message printed (nothing to free then).
 */
int fp_pdf_open(struct fp_pdf *p, const char *path);

/* After a struct copy of an opened fp_pdf (a forked child drawing on a prepared document):
   points libharu's error handler at the copy and sets the target path. */
void fp_pdf_adopt(struct fp_pdf *p, const char *path);

/* Frees the document. Safe to call twice. */
void fp_pdf_close(struct fp_pdf *p);

/* Whether an error has been recorded. */
int fp_pdf_failed(const struct fp_pdf *p);

/* Adds an A4 page; NULL after an error. The page is owned by the document. */
HPDF_Page fp_pdf_add_page(struct fp_pdf *p);

/* Width in points of n bytes of s (FP_PDF_ALL: all) at that size. */
double fp_pdf_width(const struct fp_pdf *p, HPDF_Font font, double size, const char *s, size_t n);

/*
 * How many bytes of s (n bytes, no newlines) make the next line no wider than width: breaks
 * after a space (the spaces are part of the count, not of the line's width), and when not even
 * one word fits, breaks that word between letters (at least one letter, so a loop advances).
 * No-break spaces (U+00A0, as in "78 958 €") never break.
 */
size_t fp_pdf_fit(const struct fp_pdf *p, HPDF_Font font, double size, const char *s, size_t n,
                  double width);

/* Draws n bytes of s (FP_PDF_ALL: all) with its baseline starting at x, y. */
void fp_pdf_text(struct fp_pdf *p, HPDF_Page page, HPDF_Font font, double size, double x, double y,
                 const char *s, size_t n);

/* As fp_pdf_text, with the text's right end at x. */
void fp_pdf_text_right(struct fp_pdf *p, HPDF_Page page, HPDF_Font font, double size, double x,
                       double y, const char *s, size_t n);

/* Sets the fill (text and shapes) and stroke colour, each component 0..1. */
void fp_pdf_color(struct fp_pdf *p, HPDF_Page page, double r, double g, double b);

/* A filled rectangle in the current colour; x, y is the lower left corner. */
void fp_pdf_fill_rect(struct fp_pdf *p, HPDF_Page page, double x, double y, double w, double h);

/* A stroked rectangle or line in the current colour, width lw. */
void fp_pdf_stroke_rect(struct fp_pdf *p, HPDF_Page page, double x, double y, double w, double h,
                        double lw);
void fp_pdf_line(struct fp_pdf *p, HPDF_Page page, double x1, double y1, double x2, double y2,
                 double lw);

/*
 * Sets the document info (title, author, subject; creator "fundplan VERSION"), the creation and
 * modification dates from epoch (UTC), writes the ToUnicode maps and the document ID, and writes
 * the file through a temp file (outfile.h). Returns 0, or -1 with the message printed and no file
 * left behind, or FP_PDF_RETRY (nothing printed, nothing written) when libharu 2.3.0 tripped over
 * its own memory stream while embedding a font subset: a seek to the very end of a stream whose
 * size is a whole number of buffers fails. That depends only on the subset's size, so the caller
 * draws the document again with fp_pdf_pad (one more glyph in each font) and saves again.
 */
#define FP_PDF_RETRY 1
int fp_pdf_save(struct fp_pdf *p, const char *title, const char *author, const char *subject,
                int64_t epoch);

/* Spare glyphs fp_pdf_pad has: a try with each before giving up on FP_PDF_RETRY. */
#define FP_PDF_PADS 4

/* Draws the pad-th spare glyph (1 ... FP_PDF_PADS) in both fonts outside the page (never seen,
   never extracted), so the font subsets change size: the way around FP_PDF_RETRY. */
void fp_pdf_pad(struct fp_pdf *p, HPDF_Page page, int pad);

#endif
