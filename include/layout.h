/*
 * layout.h - a document in fundplan's house style on top of pdf.h: A4 pages with the house
 * header (issuer, document type, date, case number, "page n (N)", draft mark), running text that
 * flows across pages, headings, fact rows, notices and tables whose header repeats on a new page.
 * The decision memo, the change memo and the payment memo are all drawn with it.
 *
 *     struct fp_doc d;
 *     fp_doc_begin(&d, &pdf, &(struct fp_doc_header){...});  // pdf opened by the caller
 *     fp_doc_heading(&d, "Kustannusarvio", 11.5, 14);
 *     fp_doc_table(&d, &head, rows, nrows, cols, ncols);
 *     fp_doc_end(&d);                                         // page numbers; pages freed
 *
 * Layout only: texts come formatted from the caller, in the document's language.
 * SPDX-License-Identifier: MIT
 */
#ifndef FP_LAYOUT_H
#define FP_LAYOUT_H

#include <stddef.h>

#include "date.h"
#include "lang.h"
#include "pdf.h"
#include "plan.h"

/* Page geometry (points) and type sizes. */
#define FP_DOC_LEFT 57.0   /* 20 mm */
#define FP_DOC_RIGHT 538.0 /* 20 mm from the right edge */
#define FP_DOC_WIDTH (FP_DOC_RIGHT - FP_DOC_LEFT)
#define FP_DOC_BODY 10.0 /* running text */
#define FP_DOC_LEAD 13.6
#define FP_DOC_FACT_X (FP_DOC_LEFT + 128.0) /* where a fact's value starts */

/* Cells a table row may have: the label, a column per year, the total and a share. */
#define FP_DOC_MAXCOL (FP_MAX_YEARS + 3)

/* What the header of every page says; strings are borrowed and must outlive the document. */
struct fp_doc_header {
    const char *issuer;    /* the funder, top left */
    const char *doctype;   /* "MUISTIO", top of the second column */
    const char *draft;     /* "LUONNOS": shown on every page when is_draft */
    const char *case_text; /* "Dnro POSLI/2024/88", or NULL */
    const char *page_fmt;  /* "{1} ({2})": page n of N */
    struct fp_date date;   /* the document's date; year 0: none */
    enum fp_lang lang;
    int is_draft;
};

enum { FP_ROW_BOLD = 1, FP_ROW_RULE = 2, FP_ROW_RED = 4, FP_ROW_HEAD = 8, FP_ROW_INDENT = 16 };

/* A table row: the label, then the amount cells. In rows given to fp_doc_table, cols[] says
   which cell goes in which column. */
struct fp_row {
    char label[160];
    char cell[FP_DOC_MAXCOL][48];
    int flags;
};

struct fp_doc_table; /* a table being drawn (layout.c) */

struct fp_doc {
    struct fp_pdf *pdf; /* borrowed: the caller opens and saves it */
    struct fp_doc_header head;
    HPDF_Page *pages; /* owned; the pages themselves are the document's */
    size_t npages, cap;
    HPDF_Page page;                   /* the page being filled */
    double y;                         /* baseline of the last line drawn on it */
    const struct fp_doc_table *table; /* a table being drawn: its header repeats on a new page */
};

/* Starts the document on its first page. */
void fp_doc_begin(struct fp_doc *d, struct fp_pdf *pdf, const struct fp_doc_header *head);

/* The memo's closing lines: its presenter, then its preparer with title, phone and e-mail
   ("Valmistelija: kehittämispäällikkö Heli Gynther, puh. ..., heli@..."); a person the plan
   does not name is left out. */
void fp_doc_signatures(struct fp_doc *d, const struct fp_plan *plan);

/* The header of a memo in the house style: the funder top left ("–" when none), doctype's text,
   the draft mark, "Dnro ID" written into case_buf (emptied, and no case line, when id is NULL),
   page numbers, the date. The header points into case_buf: keep it as long as the document. */
struct fp_doc_header fp_doc_memo_header(const char *funder, enum fp_msg doctype, const char *id,
                                        struct fp_date date, enum fp_lang lang, int is_draft,
                                        char *case_buf, size_t n);

/* Writes "page n (N)" on every page and frees what the layout holds (not the PDF). */
void fp_doc_end(struct fp_doc *d);

/* Makes room for h points below the current line, on a new page if need be. */
void fp_doc_need(struct fp_doc *d, double h);

/* Before a heading and a table of nrows rows: a table of up to a third of a page starts on a new
   page rather than leave its last rows alone under a repeated header; a longer one flows. */
void fp_doc_keep_together(struct fp_doc *d, size_t nrows);

/* Wraps and draws n bytes of s from x, width wide, flowing onto new pages; '\n' breaks a line.
   The first line goes one leading below the current line. */
void fp_doc_flow(struct fp_doc *d, HPDF_Font font, double size, double lead, double x, double width,
                 const char *s, size_t n);

/* A paragraph of running text across the page. */
void fp_doc_para(struct fp_doc *d, const char *s);

/* Lines a text takes at that width ('\n' breaks). */
int fp_doc_count_lines(const struct fp_doc *d, HPDF_Font font, double size, double width,
                       const char *s);

/* A heading kept together with at least three lines of what follows. */
void fp_doc_heading(struct fp_doc *d, const char *text, double size, double before);

/* The title of the document: large, bold, wrapped. */
void fp_doc_title(struct fp_doc *d, const char *text);

/* A fact row: grey label on the left, the value (wrapped) at FP_DOC_FACT_X. */
void fp_doc_fact(struct fp_doc *d, const char *label, const char *value);

/* A plan text as running text: blank lines separate paragraphs, other line ends stay. */
void fp_doc_text(struct fp_doc *d, const char *title, const char *text);

/* A boxed notice (the draft's explanation): red frame when warn, grey otherwise. */
void fp_doc_notice(struct fp_doc *d, const char *text, int warn);

/* A finding: a coloured mark, the bold title line, the explanation. */
void fp_doc_finding(struct fp_doc *d, int error, const char *title, const char *text);

/*
 * Draws rows as a table of the label column and the cells cols[1..ncols) (cols[0] unused), at
 * the largest type size that fits; a table longer than the page continues with its header
 * repeated. head's cells are addressed the same way.
 */
void fp_doc_table(struct fp_doc *d, const struct fp_row *head, const struct fp_row *rows,
                  size_t nrows, const int *cols, int ncols);

/*
 * Draws rows whose cells are the years 1..nyears, the total nyears + 1 and `extra` more columns
 * after it (a share); without years, the total is cell 1. Years that do not fit side by side are
 * split over several tables, the total and extra columns in the last.
 */
void fp_doc_year_table(struct fp_doc *d, const struct fp_row *head, const struct fp_row *rows,
                       size_t nrows, int nyears, int extra);

/* A copy of a plan text with runs of blanks squeezed (INI continuation lines bring their
   indentation along) and spaces around line ends dropped. The caller frees it. */
char *fp_doc_squeeze(const char *s);

#endif
