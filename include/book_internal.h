/*
 * book_internal.h - what the two workbook writers share: a workbook on its temp file, cell
 * writers that record the first error and track column widths, the text guard. For
 * book_xlsx.c and book_portfolio.c only (and their tests and benchmarks); other modules use
 * book_xlsx.h and book_portfolio.h, which show no libxlsxwriter type.
 * SPDX-License-Identifier: MIT
 */
#ifndef FP_BOOK_INTERNAL_H
#define FP_BOOK_INTERNAL_H

#include <stddef.h>
#include <stdint.h>

#include "date.h"
#include "lang.h"
#include "money.h"
#include "outfile.h"

/* Excel's limit on the characters of a cell (UTF-16 code units). */
#define FP_BOOK_CELL_MAX 32767

/* Columns whose width the writers track. */
#define FP_BOOK_COLS 32

struct lxw_workbook;
struct lxw_worksheet;
struct lxw_format;

/* An open workbook on its temp file. err is the first lxw_error met (0 = none). */
struct fp_book_file {
    struct fp_outfile of;
    struct lxw_workbook *wb;
    int err;
    const char *what; /* the call that failed first, for the message */
};

/* A worksheet being written, with the width (in characters) its columns need. */
struct fp_book_sheet {
    struct fp_book_file *bf;
    struct lxw_worksheet *ws;
    double width[FP_BOOK_COLS];
};

/*
 * A copy of s that libxlsxwriter can write: valid UTF-8 (bad bytes become U+FFFD), no control
 * characters but tab and newline (others become spaces), at most FP_BOOK_CELL_MAX UTF-16 units.
 * NULL gives "". The caller frees it.
 */
char *fp_book_text(const char *s);

/* Opens path's temp file and a workbook on it. 0, or -1 (printed, nothing left). */
int fp_book_begin(struct fp_book_file *bf, const char *path, int constant_memory);

/* Records the first failing library call (err is an lxw_error). Returns err. */
int fp_book_note(struct fp_book_file *bf, int err, const char *what);

/* Makes the n formats *all[0] ... *all[n - 1], owned by the workbook. 0, or -1 (noted). */
int fp_book_new_formats(struct fp_book_file *bf, struct lxw_format **const all[], size_t n);

/* An amount as a cell's number, in euros: the one place cents become a double, since a
   spreadsheet's numbers are doubles (its formats show two decimals at most). */
double fp_book_eur(fp_cents c);

/* A ratio as a cell's number (a share, a rate: the cell's format shows it as a percentage);
   0 for a ratio of nothing. */
double fp_book_ratio(struct fp_ratio r);

/* Makes f a table's header cell as the plan, change and claim workbooks draw it: bold, a thin
   rule under it, pale blue. */
void fp_book_head_format(struct lxw_format *f);

/* Closes the workbook and commits the temp file, unless an error was noted: then the temp is
   removed. 0, or -1 (printed). */
int fp_book_end(struct fp_book_file *bf);

/* Sets the document properties (texts cleaned here); created = epoch (0 is written as 1 s:
   libxlsxwriter takes 0 to mean "now"). */
void fp_book_properties(struct fp_book_file *bf, const char *title, const char *subject,
                        const char *author, const char *company, const char *keywords,
                        int64_t epoch);

/* Cell writers that record errors in the sheet's file and widen the column to fit. */
void fp_book_put_text(struct fp_book_sheet *sh, unsigned row, unsigned col, const char *s,
                      struct lxw_format *fmt);
void fp_book_put_number(struct fp_book_sheet *sh, unsigned row, unsigned col, double v,
                        struct lxw_format *fmt, int width);
void fp_book_put_formula(struct fp_book_sheet *sh, unsigned row, unsigned col, const char *formula,
                         struct lxw_format *fmt, double cached, int width);
void fp_book_put_date(struct fp_book_sheet *sh, unsigned row, unsigned col, struct fp_date d,
                      struct lxw_format *fmt);

/* Sets every tracked column to its width (min 6, max cap characters). */
void fp_book_fit_columns(struct fp_book_sheet *sh, unsigned ncols, double cap);

/* Characters "1 234 567 €" needs (with ",89" when cents). */
int fp_book_money_width(fp_cents c, int cents);

/* "A1"-style reference; absolute parts with $ when abs_row / abs_col. buf >= 16 bytes. */
void fp_book_ref(char *buf, unsigned row, unsigned col, int abs_row, int abs_col);

/* Euro and percent number formats. */
#define FP_BOOK_EUR "#,##0 \"€\""
#define FP_BOOK_EUR_CENTS "#,##0.00 \"€\""

/* The width fp_book_fit_columns gives column col, in characters. */
double fp_book_column_width(const struct fp_book_sheet *sh, unsigned col, double cap);

/*
 * Number formats that follow the workbook's language, as the memo writes figures: fi and sv
 * "#,##0 \"€\"", "0.0 %", "d.m.yyyy"; en "\"€\"#,##0", "0.0%", "d mmm yyyy" with English
 * month names whatever the reader's locale. Grouping and decimal signs stay the reader's own
 * (a format code cannot fix them in Excel). Static strings.
 */
const char *fp_book_eur_format(enum fp_lang lang, int cents);
const char *fp_book_pct_format(enum fp_lang lang, int decimals); /* decimals 0..2 */
const char *fp_book_date_format(enum fp_lang lang);

#endif
