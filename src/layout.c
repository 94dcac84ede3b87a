/*
 * layout.c - the house style of fundplan's documents on libharu (through pdf.c): pages with
 * their header, running text, headings, facts, notices and tables. What a document says is its
 * writer's (memo_pdf.c, change and payment memos); how it looks is here, once.
 * SPDX-License-Identifier: MIT
 */
#include "layout.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "msg.h"

#define TAB 330.0    /* the header's second column, as in Finnish letters (SFS 2487) */
#define HEAD_Y 800.0 /* baseline of the header's first row */
#define BODY_TOP 738.0
#define BOTTOM 60.0

struct fp_doc_table {
    int ncol;
    double x[FP_DOC_MAXCOL]; /* left edge of each column */
    double w[FP_DOC_MAXCOL];
    double size;
    struct fp_row head;
};

static void table_row(struct fp_doc *d, const struct fp_doc_table *t, const struct fp_row *r);

/* ==== Pages ==== */

/* Everything of the header but the page number, which needs the page count. */
static void
draw_header(struct fp_doc *d)
{
    struct fp_pdf *p = d->pdf;
    const struct fp_doc_header *h = &d->head;
    char buf[64];

    fp_pdf_color(p, d->page, 0.1, 0.1, 0.1);
    fp_pdf_text(p, d->page, p->bold, 9.5, FP_DOC_LEFT, HEAD_Y, h->issuer ? h->issuer : "–",
                FP_PDF_ALL);
    fp_pdf_text(p, d->page, p->bold, 9.5, TAB, HEAD_Y, h->doctype, FP_PDF_ALL);
    if (h->date.year)
        fp_date_format(buf, sizeof buf, h->date, h->lang);
    else
        snprintf(buf, sizeof buf, "–");
    fp_pdf_text(p, d->page, p->regular, 9, TAB, HEAD_Y - 12, buf, FP_PDF_ALL);
    if (h->case_text)
        fp_pdf_text(p, d->page, p->regular, 9, TAB, HEAD_Y - 24, h->case_text, FP_PDF_ALL);
    /* The draft mark is upright text in the header, not a diagonal watermark: rotated text
       lands in the middle of every line pdftotext and screen readers extract. */
    if (h->is_draft) {
        double w = fp_pdf_width(p, p->bold, 11, h->draft, FP_PDF_ALL);
        fp_pdf_color(p, d->page, 0.75, 0.08, 0.08);
        fp_pdf_fill_rect(p, d->page, FP_DOC_LEFT, HEAD_Y - 30, w + 16, 18);
        fp_pdf_color(p, d->page, 1, 1, 1);
        fp_pdf_text(p, d->page, p->bold, 11, FP_DOC_LEFT + 8, HEAD_Y - 25, h->draft, FP_PDF_ALL);
        fp_pdf_color(p, d->page, 0.75, 0.08, 0.08);
        fp_pdf_line(p, d->page, FP_DOC_LEFT, HEAD_Y - 38, FP_DOC_RIGHT, HEAD_Y - 38, 1.2);
    } else {
        fp_pdf_color(p, d->page, 0.55, 0.55, 0.55);
        fp_pdf_line(p, d->page, FP_DOC_LEFT, HEAD_Y - 38, FP_DOC_RIGHT, HEAD_Y - 38, 0.6);
    }
    fp_pdf_color(p, d->page, 0.1, 0.1, 0.1);
}

static void
new_page(struct fp_doc *d)
{
    if (d->npages == d->cap) {
        d->cap = d->cap ? d->cap * 2 : 8;
        d->pages = fp_xrealloc(d->pages, d->cap * sizeof *d->pages);
    }
    d->page = fp_pdf_add_page(d->pdf);
    if (d->page == NULL)
        return;
    d->pages[d->npages++] = d->page;
    d->y = BODY_TOP;
    draw_header(d);
    if (d->table)
        table_row(d, d->table, &d->table->head);
}

/* One signature line: the label, then the title and name (name first in English: "Heli
   Gynther, Manager"), the phone and the e-mail. */
static void
person(struct fp_doc *d, enum fp_text label, const char *name, const char *title, const char *phone,
       const char *email)
{
    enum fp_lang lang = d->head.lang;
    char buf[1024];
    size_t o;
    if (!name && !title && !phone && !email)
        return;
    o = (size_t)snprintf(buf, sizeof buf, "%s: ", fp_lang_text(lang, label));
    if (lang == FP_LANG_EN)
        o += (size_t)snprintf(buf + o, sizeof buf - o, "%s%s%s", name ? name : "",
                              name && title ? ", " : "", title ? title : "");
    else
        o += (size_t)snprintf(buf + o, sizeof buf - o, "%s%s%s", title ? title : "",
                              name && title ? " " : "", name ? name : "");
    if (phone && o < sizeof buf)
        o += (size_t)snprintf(buf + o, sizeof buf - o, ", %s %s",
                              fp_msg_text(lang, FP_M_MEMO_PHONE), phone);
    if (email && o < sizeof buf)
        snprintf(buf + o, sizeof buf - o, ", %s", email);
    fp_doc_need(d, 8 + FP_DOC_LEAD);
    d->y -= 8;
    fp_doc_para(d, buf);
}

void
fp_doc_signatures(struct fp_doc *d, const struct fp_plan *p)
{
    d->y -= 14;
    person(d, FP_T_PRESENTER, p->presenter.text, NULL, NULL, NULL);
    person(d, FP_T_PREPARER, p->preparer.text, p->preparer_title.text, p->preparer_phone.text,
           p->preparer_email.text);
}

struct fp_doc_header
fp_doc_memo_header(const char *funder, enum fp_msg doctype, const char *id, struct fp_date date,
                   enum fp_lang lang, int is_draft, char *case_buf, size_t n)
{
    struct fp_doc_header h = {
        .issuer = funder && *funder ? funder : "–",
        .doctype = fp_msg_text(lang, doctype),
        .draft = fp_msg_text(lang, FP_M_MEMO_DRAFT),
        .case_text = NULL,
        .page_fmt = fp_msg_text(lang, FP_M_MEMO_PAGE),
        .date = date,
        .lang = lang,
        .is_draft = is_draft,
    };
    case_buf[0] = '\0';
    if (id) {
        snprintf(case_buf, n, "%s %s", fp_msg_text(lang, FP_M_MEMO_CASE), id);
        h.case_text = case_buf;
    }
    return h;
}

void
fp_doc_begin(struct fp_doc *d, struct fp_pdf *pdf, const struct fp_doc_header *head)
{
    memset(d, 0, sizeof *d);
    d->pdf = pdf;
    d->head = *head;
    new_page(d);
}

void
fp_doc_end(struct fp_doc *d)
{
    for (size_t i = 0; i < d->npages; i++) {
        char buf[64];
        struct fp_arg a[2] = {fp_arg_int((int64_t)i + 1), fp_arg_int((int64_t)d->npages)};
        fp_msg_render(buf, sizeof buf, d->head.lang, d->head.page_fmt, a, 2);
        fp_pdf_color(d->pdf, d->pages[i], 0.1, 0.1, 0.1);
        fp_pdf_text_right(d->pdf, d->pages[i], d->pdf->regular, 9, FP_DOC_RIGHT, HEAD_Y, buf,
                          FP_PDF_ALL);
    }
    free(d->pages);
    d->pages = NULL;
    d->npages = d->cap = 0;
}

void
fp_doc_need(struct fp_doc *d, double h)
{
    if (d->y - h < BOTTOM)
        new_page(d);
}

void
fp_doc_keep_together(struct fp_doc *d, size_t nrows)
{
    /* an estimate (rows of one line, the header and the heading): it only moves a page break */
    double h = 14 + 15 + ((double)nrows + 1) * 17.5;
    if (h < 270)
        fp_doc_need(d, h);
}

/* ==== Running text ==== */

/* Where the lines of one paragraph, s[0..n), end: the count (at least 1), and when ends is not
   NULL each line's end as an offset from s in *ends (grown as needed, *cap its size). */
static size_t
break_lines(const struct fp_doc *d, HPDF_Font font, double size, double width, const char *s,
            size_t n, size_t **ends, size_t *cap)
{
    size_t count = 0, i = 0;
    do {
        i += fp_pdf_fit(d->pdf, font, size, s + i, n - i, width);
        if (ends) {
            if (count == *cap) {
                *cap = *cap ? 2 * *cap : 16;
                *ends = fp_xrealloc(*ends, *cap * sizeof **ends);
            }
            (*ends)[count] = i;
        }
        count++;
    } while (i < n);
    return count;
}

int
fp_doc_count_lines(const struct fp_doc *d, HPDF_Font font, double size, double width, const char *s)
{
    int lines = 0;
    while (*s) {
        size_t n = strcspn(s, "\n");
        lines += (int)break_lines(d, font, size, width, s, n, NULL, NULL);
        s += n;
        if (*s == '\n')
            s++;
    }
    return lines;
}

/* The lines a paragraph of `lines` keeps together at its start (fp_doc_flow) */
static double
keep_lines(size_t lines)
{
    return lines <= 3 ? (double)lines : 2;
}

/* The height fp_doc_flow keeps together at the start of s: what a label or title drawn before
   it needs below itself so as not to stand alone at a page's foot. */
static double
flow_head(const struct fp_doc *d, HPDF_Font font, double size, double lead, double width,
          const char *s)
{
    return keep_lines(break_lines(d, font, size, width, s, strcspn(s, "\n"), NULL, NULL)) * lead;
}

void
fp_doc_flow(struct fp_doc *d, HPDF_Font font, double size, double lead, double x, double width,
            const char *s, size_t n)
{
    size_t i = 0, *ends = NULL, cap = 0;
    while (i < n && !fp_pdf_failed(d->pdf)) {
        size_t end = i, lines;
        while (end < n && s[end] != '\n')
            end++;
        lines = break_lines(d, font, size, width, s + i, end - i, &ends, &cap);
        for (size_t l = 0; l < lines; l++) {
            size_t from = l ? ends[l - 1] : 0, draw = ends[l];
            while (draw > from && s[i + draw - 1] == ' ')
                draw--;
            /* no line of a paragraph alone at a page's foot or head: a paragraph of up to three
               lines stays whole, a longer one starts with two and ends with two on a page */
            if (l == 0)
                fp_doc_need(d, keep_lines(lines) * lead);
            else if (lines > 3 && l == lines - 2)
                fp_doc_need(d, 2 * lead);
            else
                fp_doc_need(d, lead);
            d->y -= lead;
            fp_pdf_text(d->pdf, d->page, font, size, x, d->y, s + i + from, draw - from);
        }
        i = end;
        if (i < n && s[i] == '\n')
            i++;
    }
    free(ends);
}

void
fp_doc_para(struct fp_doc *d, const char *s)
{
    fp_doc_flow(d, d->pdf->regular, FP_DOC_BODY, FP_DOC_LEAD, FP_DOC_LEFT, FP_DOC_WIDTH, s,
                strlen(s));
}

void
fp_doc_heading(struct fp_doc *d, const char *text, double size, double before)
{
    /* kept with what follows: room for itself (one line) and three lines of text after it */
    fp_doc_need(d, before + (size + 3) + 3 + 3 * FP_DOC_LEAD);
    d->y -= before;
    fp_doc_flow(d, d->pdf->bold, size, size + 3, FP_DOC_LEFT, FP_DOC_WIDTH, text, strlen(text));
    d->y -= 3;
}

void
fp_doc_title(struct fp_doc *d, const char *text)
{
    char *t = fp_doc_squeeze(text);
    d->y -= 6;
    fp_doc_flow(d, d->pdf->bold, 15, 19, FP_DOC_LEFT, FP_DOC_WIDTH, t, strlen(t));
    d->y -= 8;
    free(t);
}

char *
fp_doc_squeeze(const char *s)
{
    char *out = fp_xmalloc(strlen(s) + 1);
    size_t o = 0;
    for (; *s; s++) {
        if (*s == '\r')
            continue;
        if (*s == ' ' || *s == '\t') {
            if (o > 0 && out[o - 1] != ' ' && out[o - 1] != '\n')
                out[o++] = ' ';
            continue;
        }
        if (*s == '\n' && o > 0 && out[o - 1] == ' ')
            o--;
        out[o++] = *s;
    }
    while (o > 0 && (out[o - 1] == ' ' || out[o - 1] == '\n'))
        o--;
    out[o] = '\0';
    return out;
}

void
fp_doc_text(struct fp_doc *d, const char *title, const char *text)
{
    char *all, *s;
    if (text == NULL || *text == '\0')
        return;
    if (title && *title)
        fp_doc_heading(d, title, 10.5, 8);
    all = fp_doc_squeeze(text);
    s = all;
    while (*s) {
        char *para = strstr(s, "\n\n");
        size_t n = para ? (size_t)(para - s) : strlen(s);
        if (n > 0) {
            fp_doc_flow(d, d->pdf->regular, FP_DOC_BODY, FP_DOC_LEAD, FP_DOC_LEFT, FP_DOC_WIDTH, s,
                        n);
            d->y -= 5;
        }
        if (para == NULL)
            break;
        s = para;
        while (*s == '\n')
            s++;
    }
    free(all);
}

void
fp_doc_fact(struct fp_doc *d, const char *label, const char *value)
{
    struct fp_pdf *p = d->pdf;
    char *text = fp_doc_squeeze(value && *value ? value : "–");
    fp_doc_need(d, 2 + flow_head(d, p->regular, FP_DOC_BODY, FP_DOC_LEAD,
                                 FP_DOC_RIGHT - FP_DOC_FACT_X, text));
    fp_pdf_color(p, d->page, 0.38, 0.38, 0.38);
    fp_pdf_text(p, d->page, p->regular, 9, FP_DOC_LEFT, d->y - FP_DOC_LEAD - 2, label, FP_PDF_ALL);
    fp_pdf_color(p, d->page, 0.1, 0.1, 0.1);
    d->y -= 2;
    fp_doc_flow(d, p->regular, FP_DOC_BODY, FP_DOC_LEAD, FP_DOC_FACT_X,
                FP_DOC_RIGHT - FP_DOC_FACT_X, text, strlen(text));
    free(text);
}

void
fp_doc_notice(struct fp_doc *d, const char *text, int warn)
{
    struct fp_pdf *p = d->pdf;
    int lines = fp_doc_count_lines(d, p->regular, 9.5, FP_DOC_WIDTH - 20, text);
    double h = lines * 13.0 + 12;
    fp_doc_need(d, h + 14);
    d->y -= 14;
    if (warn)
        fp_pdf_color(p, d->page, 1.0, 0.94, 0.94);
    else
        fp_pdf_color(p, d->page, 0.95, 0.95, 0.96);
    fp_pdf_fill_rect(p, d->page, FP_DOC_LEFT, d->y - h, FP_DOC_WIDTH, h);
    if (warn)
        fp_pdf_color(p, d->page, 0.75, 0.08, 0.08);
    else
        fp_pdf_color(p, d->page, 0.55, 0.55, 0.55);
    fp_pdf_stroke_rect(p, d->page, FP_DOC_LEFT, d->y - h, FP_DOC_WIDTH, h, 1);
    d->y -= 3;
    fp_pdf_color(p, d->page, 0.1, 0.1, 0.1);
    fp_doc_flow(d, p->regular, 9.5, 13, FP_DOC_LEFT + 10, FP_DOC_WIDTH - 20, text, strlen(text));
    d->y -= 9;
}

void
fp_doc_finding(struct fp_doc *d, int error, const char *title, const char *text)
{
    struct fp_pdf *p = d->pdf;
    /* the title whole, and the text's first lines with it */
    fp_doc_need(d, 3 + fp_doc_count_lines(d, p->bold, 9.5, FP_DOC_WIDTH - 12, title) * 13 +
                       flow_head(d, p->regular, 9, 12, FP_DOC_WIDTH - 12, text));
    d->y -= 3;
    if (error)
        fp_pdf_color(p, d->page, 0.75, 0.08, 0.08);
    else
        fp_pdf_color(p, d->page, 0.62, 0.36, 0.0);
    fp_pdf_fill_rect(p, d->page, FP_DOC_LEFT + 1, d->y - 10.5, 4, 4);
    fp_pdf_color(p, d->page, 0.1, 0.1, 0.1);
    fp_doc_flow(d, p->bold, 9.5, 13, FP_DOC_LEFT + 12, FP_DOC_WIDTH - 12, title, strlen(title));
    fp_pdf_color(p, d->page, 0.3, 0.3, 0.3);
    fp_doc_flow(d, p->regular, 9, 12, FP_DOC_LEFT + 12, FP_DOC_WIDTH - 12, text, strlen(text));
    fp_pdf_color(p, d->page, 0.1, 0.1, 0.1);
}

/* ==== Tables ==== */

static double
row_height(const struct fp_doc *d, const struct fp_doc_table *t, const struct fp_row *r)
{
    HPDF_Font f = r->flags & (FP_ROW_BOLD | FP_ROW_HEAD) ? d->pdf->bold : d->pdf->regular;
    double indent = r->flags & FP_ROW_INDENT ? 12 : 0;
    int lines = fp_doc_count_lines(d, f, t->size, t->w[0] - 6 - indent, r->label);
    return (lines > 0 ? lines : 1) * (t->size + 3.5) + 5;
}

/* One row: the label wrapped in its column, the cells right-aligned in theirs. */
static void
table_row(struct fp_doc *d, const struct fp_doc_table *t, const struct fp_row *r)
{
    struct fp_pdf *p = d->pdf;
    HPDF_Font f = r->flags & (FP_ROW_BOLD | FP_ROW_HEAD) ? p->bold : p->regular;
    double h = row_height(d, t, r);
    double right = t->x[t->ncol - 1] + t->w[t->ncol - 1];
    double indent = r->flags & FP_ROW_INDENT ? 12 : 0;
    double top;

    fp_doc_need(d, h);
    top = d->y;
    if (r->flags & FP_ROW_HEAD) {
        fp_pdf_color(p, d->page, 0.91, 0.92, 0.94);
        fp_pdf_fill_rect(p, d->page, FP_DOC_LEFT, top - h, right - FP_DOC_LEFT, h);
    }
    if (r->flags & FP_ROW_RULE) {
        fp_pdf_color(p, d->page, 0.3, 0.3, 0.3);
        fp_pdf_line(p, d->page, FP_DOC_LEFT, top, right, top, 0.6);
    }
    if (r->flags & FP_ROW_RED)
        fp_pdf_color(p, d->page, 0.75, 0.08, 0.08);
    else if (r->flags & FP_ROW_INDENT)
        fp_pdf_color(p, d->page, 0.35, 0.35, 0.35);
    else
        fp_pdf_color(p, d->page, 0.1, 0.1, 0.1);
    for (int c = 1; c < t->ncol; c++)
        if (r->cell[c][0])
            fp_pdf_text_right(p, d->page, f, t->size, t->x[c] + t->w[c] - 4, top - t->size - 3,
                              r->cell[c], FP_PDF_ALL);
    /* fp_doc_flow steps one leading down before its first line: start it so that the label's
       first baseline is the cells' */
    d->y = top - 3 + 3.5;
    fp_doc_flow(d, f, t->size, t->size + 3.5, FP_DOC_LEFT + 4 + indent, t->w[0] - 6 - indent,
                r->label, strlen(r->label));
    d->y = top - h;
    fp_pdf_color(p, d->page, 0.1, 0.1, 0.1);
}

/* Sets the column widths for the cells at that size (cols maps column → cell index, cols[0]
   unused). Returns 0 when the label column would be narrower than minlabel. */
static int
layout_columns(const struct fp_doc *d, struct fp_doc_table *t, const struct fp_row *rows,
               size_t nrows, const int *cols, int ncols, double size, double minlabel)
{
    double x = FP_DOC_RIGHT;
    t->size = size;
    t->ncol = ncols;
    for (int c = ncols - 1; c >= 1; c--) {
        double w = fp_pdf_width(d->pdf, d->pdf->bold, size, t->head.cell[c], FP_PDF_ALL);
        for (size_t r = 0; r < nrows; r++) {
            double cw = fp_pdf_width(d->pdf, d->pdf->bold, size, rows[r].cell[cols[c]], FP_PDF_ALL);
            if (cw > w)
                w = cw;
        }
        t->w[c] = w + 14;
        x -= t->w[c];
        t->x[c] = x;
    }
    t->x[0] = FP_DOC_LEFT;
    t->w[0] = x - FP_DOC_LEFT;
    return t->w[0] >= minlabel;
}

static void
table_set_head(struct fp_doc_table *t, const struct fp_row *head, const int *cols, int ncols)
{
    memset(t, 0, sizeof *t);
    snprintf(t->head.label, sizeof t->head.label, "%s", head->label);
    for (int c = 1; c < ncols; c++)
        memcpy(t->head.cell[c], head->cell[cols[c]], sizeof t->head.cell[c]);
    t->head.flags = FP_ROW_HEAD;
}

void
fp_doc_table(struct fp_doc *d, const struct fp_row *head, const struct fp_row *rows, size_t nrows,
             const int *cols, int ncols)
{
    static const double sizes[] = {9, 8.5, 8, 7.5, 7};
    struct fp_doc_table t;
    struct fp_row r;
    size_t si;

    table_set_head(&t, head, cols, ncols);
    for (si = 0; si < sizeof sizes / sizeof sizes[0]; si++)
        if (layout_columns(d, &t, rows, nrows, cols, ncols, sizes[si], 150))
            break;
    if (si == sizeof sizes / sizeof sizes[0])
        layout_columns(d, &t, rows, nrows, cols, ncols, 7, 0);
    /* keep the header with the first two rows */
    fp_doc_need(d, row_height(d, &t, &t.head) + 2 * (t.size + 8.5));
    table_row(d, &t, &t.head);
    d->table = &t;
    for (size_t i = 0; i < nrows; i++) {
        memset(&r, 0, sizeof r);
        snprintf(r.label, sizeof r.label, "%s", rows[i].label);
        r.flags = rows[i].flags;
        for (int c = 1; c < ncols; c++)
            memcpy(r.cell[c], rows[i].cell[cols[c]], sizeof r.cell[c]);
        table_row(d, &t, &r);
    }
    d->table = NULL;
}

void
fp_doc_year_table(struct fp_doc *d, const struct fp_row *head, const struct fp_row *rows,
                  size_t nrows, int nyears, int extra)
{
    int cols[FP_DOC_MAXCOL];
    int per = nyears;

    if (nyears + 1 + extra >= FP_DOC_MAXCOL)
        extra = FP_DOC_MAXCOL - 2 - nyears;
    for (; per > 1; per--) {
        struct fp_doc_table t;
        int n = 1;
        cols[0] = 0;
        for (int y = 0; y < per; y++)
            cols[n++] = 1 + y;
        for (int e = 0; e <= extra; e++)
            cols[n++] = nyears + 1 + e;
        table_set_head(&t, head, cols, n);
        if (layout_columns(d, &t, rows, nrows, cols, n, 7.5, 150))
            break;
    }
    if (per < 1)
        per = 1;
    for (int from = 0; from == 0 || from < nyears; from += per) {
        int n = 1;
        int to = from + per < nyears ? from + per : nyears;
        cols[0] = 0;
        for (int y = from; y < to; y++)
            cols[n++] = 1 + y;
        if (to == nyears)
            for (int e = 0; e <= extra; e++)
                cols[n++] = nyears + 1 + e;
        if (from > 0)
            d->y -= 10;
        fp_doc_table(d, head, rows, nrows, cols, n);
    }
}
