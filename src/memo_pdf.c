/*
 * memo_pdf.c - the decision memo: header on every page, title and facts, description, cost
 * estimate, financing plan with a bar chart, support rate and decision proposal, findings,
 * preparer. Layout and wording only: every figure comes from struct fp_figures, every number
 * is formatted by money.c/date.c, and typesetting on libharu is pdf.c's.
 * SPDX-License-Identifier: MIT
 */
#include "memo_pdf.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "date.h"
#include "lang.h"
#include "money.h"
#include "pdf.h"

/* ==== Page geometry (points) and type sizes ==== */

#define LEFT 57.0   /* 20 mm */
#define RIGHT 538.0 /* 20 mm from the right edge */
#define WIDTH (RIGHT - LEFT)
#define TAB 330.0    /* the second column of the header, as in Finnish letters (SFS 2487) */
#define HEAD_Y 800.0 /* baseline of the header's first row */
#define BODY_TOP 738.0
#define BOTTOM 60.0
#define FACT_X (LEFT + 128.0)

#define BODY 10.0
#define LEAD 13.6
#define SMALL 8.6

#define MAXCOL (FP_MAX_YEARS + 2)

/* ==== Memo wording in fi, sv, en (shared labels are lang.h's) ==== */

enum memo_text {
    M_DOCTYPE,
    M_DRAFT,
    M_CASE,
    M_PAGE,
    M_DRAFT_ONE,
    M_DRAFT_MANY,
    M_DESCRIPTION,
    M_CHART,
    M_RATE,
    M_BASE_TOTAL,
    M_BASE_NET,
    M_PROPOSAL_HEAD,
    M_PROPOSAL,
    M_NO_FINDINGS,
    M_PHONE,
    M_MONTH_ONE,
    M_SUBJECT,
    M_NONE,
    M_AIKO,
    M_QUOTE_OPEN,
    M_QUOTE_CLOSE,
    M_COUNT
};

static const char *const memo_texts[FP_LANG_COUNT][M_COUNT] = {
    [FP_LANG_FI] =
        {
            [M_DOCTYPE] = "MUISTIO",
            [M_DRAFT] = "LUONNOS",
            [M_CASE] = "Dnro",
            [M_PAGE] = "%1 (%2)",
            [M_DRAFT_ONE] =
                "Suunnitelmassa on 1 virhe. Tämä muistio on luonnos: sitä ei voi esittää "
                "päätettäväksi ennen kuin virhe on korjattu (ks. %2).",
            [M_DRAFT_MANY] = "Suunnitelmassa on %1 virhettä. Tämä muistio on luonnos: sitä ei voi "
                             "esittää päätettäväksi ennen kuin virheet on korjattu (ks. %2).",
            [M_DESCRIPTION] = "Hankkeen kuvaus",
            [M_CHART] = "Rahoitusosuudet",
            [M_RATE] = "Tuen osuus on %1 hankkeen %2. Rahoitusmuodon enimmäistukiosuus on %3.",
            [M_BASE_TOTAL] = "kokonaiskustannuksista",
            [M_BASE_NET] = "nettokustannuksista",
            [M_PROPOSAL_HEAD] = "Päätösehdotus",
            [M_PROPOSAL] = "%1 myöntää hankkeelle %2 (hakija %3) %4 enintään %5, kuitenkin "
                           "enintään %6 hankkeen hyväksyttävistä %7.",
            [M_NO_FINDINGS] = "Suunnitelmasta ei löytynyt virheitä eikä huomautettavaa: "
                              "kustannukset, rahoitus ja tuen osuus täsmäävät.",
            [M_PHONE] = "puh.",
            [M_MONTH_ONE] = "kk",
            [M_SUBJECT] = "Rahoituspäätöksen muistio",
            [M_NONE] = "–",
            [M_AIKO] = "AIKO – alueelliset innovaatiot ja kokeilut",
            [M_QUOTE_OPEN] = "”",
            [M_QUOTE_CLOSE] = "”",
        },
    [FP_LANG_SV] =
        {
            [M_DOCTYPE] = "PROMEMORIA",
            [M_DRAFT] = "UTKAST",
            [M_CASE] = "Dnr",
            [M_PAGE] = "%1 (%2)",
            [M_DRAFT_ONE] = "Planen innehåller 1 fel. Denna promemoria är ett utkast och kan inte "
                            "föredras för beslut förrän felet har rättats (se %2).",
            [M_DRAFT_MANY] = "Planen innehåller %1 fel. Denna promemoria är ett utkast och kan "
                             "inte föredras för beslut förrän felen har rättats (se %2).",
            [M_DESCRIPTION] = "Projektbeskrivning",
            [M_CHART] = "Finansieringsandelar",
            [M_RATE] = "Stödandelen är %1 av projektets %2. Finansieringsformens högsta stödandel "
                       "är %3.",
            [M_BASE_TOTAL] = "totalkostnader",
            [M_BASE_NET] = "nettokostnader",
            [M_PROPOSAL_HEAD] = "Beslutsförslag",
            [M_PROPOSAL] = "%1 beviljar projektet %2 (sökande %3) %4 på högst %5, dock högst %6 "
                           "av projektets godtagbara %7.",
            [M_NO_FINDINGS] = "Inga fel eller anmärkningar hittades i planen: kostnader, "
                              "finansiering och stödandel stämmer.",
            [M_PHONE] = "tfn",
            [M_MONTH_ONE] = "mån.",
            [M_SUBJECT] = "Promemoria för finansieringsbeslut",
            [M_NONE] = "–",
            [M_AIKO] = "AIKO – regionala innovationer och försök",
            [M_QUOTE_OPEN] = "”",
            [M_QUOTE_CLOSE] = "”",
        },
    [FP_LANG_EN] =
        {
            [M_DOCTYPE] = "MEMORANDUM",
            [M_DRAFT] = "DRAFT",
            [M_CASE] = "Ref.",
            [M_PAGE] = "%1 (%2)",
            [M_DRAFT_ONE] = "The plan has 1 error. This memo is a draft and cannot be put forward "
                            "for decision until the error is corrected (see %2).",
            [M_DRAFT_MANY] = "The plan has %1 errors. This memo is a draft and cannot be put "
                             "forward for decision until they are corrected (see %2).",
            [M_DESCRIPTION] = "Project description",
            [M_CHART] = "Financing shares",
            [M_RATE] = "The support rate is %1 of the project's %2. The instrument's maximum "
                       "support rate is %3.",
            [M_BASE_TOTAL] = "total costs",
            [M_BASE_NET] = "net costs",
            [M_PROPOSAL_HEAD] = "Proposal for decision",
            [M_PROPOSAL] = "%1 grants the project %2 (applicant: %3) %4 of at most %5, and no "
                           "more than %6 of the project's eligible %7.",
            [M_NO_FINDINGS] = "No errors or warnings were found: the costs, the financing and the "
                              "support rate agree.",
            [M_PHONE] = "tel.",
            [M_MONTH_ONE] = "month",
            [M_SUBJECT] = "Funding decision memo",
            [M_NONE] = "–",
            [M_AIKO] = "AIKO – regional innovations and experiments",
            [M_QUOTE_OPEN] = "“",
            [M_QUOTE_CLOSE] = "”",
        },
};

/* A financing source as the object of "grants ... X": Finnish needs the partitive. */
static const char *const grant_forms[FP_LANG_COUNT][FP_SRC_COUNT] = {
    [FP_LANG_FI] =
        {
            [FP_SRC_AIKO] = "AIKO-rahoitusta",
            [FP_SRC_EAKR] = "EAKR- ja valtion rahoitusta",
            [FP_SRC_MUNICIPAL] = "kuntarahoitusta",
            [FP_SRC_OTHER_PUBLIC] = "muuta julkista rahoitusta",
            [FP_SRC_PRIVATE] = "yksityistä rahoitusta",
        },
    [FP_LANG_SV] =
        {
            [FP_SRC_AIKO] = "AIKO-finansiering",
            [FP_SRC_EAKR] = "ERUF- och statlig finansiering",
            [FP_SRC_MUNICIPAL] = "kommunal finansiering",
            [FP_SRC_OTHER_PUBLIC] = "annan offentlig finansiering",
            [FP_SRC_PRIVATE] = "privat finansiering",
        },
    [FP_LANG_EN] =
        {
            [FP_SRC_AIKO] = "AIKO funding",
            [FP_SRC_EAKR] = "ERDF and state funding",
            [FP_SRC_MUNICIPAL] = "municipal funding",
            [FP_SRC_OTHER_PUBLIC] = "other public funding",
            [FP_SRC_PRIVATE] = "private funding",
        },
};

static const char *const severity_words[FP_LANG_COUNT][3] = {
    [FP_LANG_FI] = {[FP_NOTE] = "Huomautus", [FP_WARNING] = "Varoitus", [FP_ERROR] = "Virhe"},
    [FP_LANG_SV] = {[FP_NOTE] = "Anmärkning", [FP_WARNING] = "Varning", [FP_ERROR] = "Fel"},
    [FP_LANG_EN] = {[FP_NOTE] = "Note", [FP_WARNING] = "Warning", [FP_ERROR] = "Error"},
};

/* Bar colours of the chart, by source: the support darkest. */
static const double bar_rgb[FP_SRC_COUNT][3] = {
    [FP_SRC_AIKO] = {0.12, 0.30, 0.52},      [FP_SRC_EAKR] = {0.12, 0.30, 0.52},
    [FP_SRC_MUNICIPAL] = {0.33, 0.55, 0.74}, [FP_SRC_OTHER_PUBLIC] = {0.55, 0.71, 0.84},
    [FP_SRC_PRIVATE] = {0.84, 0.58, 0.27},
};

/* ==== State ==== */

/* A table row: the label, then the amount cells. In a table's head and in what table_row
   draws, cell[c] is column c; in the rows given to draw_table, cols[] says which cell goes
   in which column. */
struct row {
    char label[160];
    char cell[MAXCOL][48];
    int flags;
};

struct table {
    int ncol;
    double x[MAXCOL]; /* left edge of each column */
    double w[MAXCOL];
    double size;
    struct row head;
};

struct memo {
    struct fp_pdf pdf;
    const struct fp_plan *plan;
    const struct fp_figures *fig;
    const struct fp_diags *diags;
    const char *path; /* the memo's file, for messages; borrowed */
    enum fp_lang lang;
    struct fp_date date;
    int draft; /* the plan has errors */
    size_t nerrors;
    int money_flags;  /* FP_MONEY_CENTS when any amount has cents */
    HPDF_Page *pages; /* owned; the pages themselves are the document's */
    size_t npages, cap;
    HPDF_Page page;            /* the page being filled */
    double y;                  /* baseline of the last line drawn on it */
    const struct table *table; /* a table being drawn: its header repeats on a new page */
};

static const char *
mt(const struct memo *m, enum memo_text t)
{
    return memo_texts[m->lang][t];
}

static const char *
lt(const struct memo *m, enum fp_text t)
{
    return fp_lang_text(m->lang, t);
}

static const char *
or_none(const struct memo *m, const char *s)
{
    return s && *s ? s : mt(m, M_NONE);
}

/*
 * Fills a template: %1..%9 become args[0..8]. Formats live in tables per language, so printf
 * (whose format must be a literal under -Wformat=2) cannot take them. Truncates at n - 1.
 */
static void
expand(char *buf, size_t n, const char *tmpl, const char *const *args, int nargs)
{
    size_t o = 0;
    for (const char *s = tmpl; *s && o + 1 < n; s++) {
        if (s[0] == '%' && s[1] >= '1' && s[1] <= '9' && s[1] - '1' < nargs) {
            const char *a = args[s[1] - '1'];
            size_t k = strlen(a);
            if (k > n - 1 - o)
                k = n - 1 - o;
            memcpy(buf + o, a, k);
            o += k;
            s++;
        } else {
            buf[o++] = *s;
        }
    }
    buf[o] = '\0';
}

static void
money(const struct memo *m, char *buf, size_t n, fp_cents c)
{
    fp_money_format(buf, n, c, m->lang, m->money_flags);
}

/* ==== Pages ==== */

static void table_head(struct memo *m, const struct table *t);

/* Everything of the header but the page number, which needs the page count. */
static void
draw_header(struct memo *m)
{
    struct fp_pdf *p = &m->pdf;
    char buf[256];
    const struct fp_plan *plan = m->plan;

    fp_pdf_color(p, m->page, 0.1, 0.1, 0.1);
    fp_pdf_text(p, m->page, p->bold, 9.5, LEFT, HEAD_Y, or_none(m, plan->funder.text), FP_PDF_ALL);
    fp_pdf_text(p, m->page, p->bold, 9.5, TAB, HEAD_Y, mt(m, M_DOCTYPE), FP_PDF_ALL);
    if (m->date.year)
        fp_date_format(buf, sizeof buf, m->date, m->lang);
    else
        snprintf(buf, sizeof buf, "%s", mt(m, M_NONE));
    fp_pdf_text(p, m->page, p->regular, 9, TAB, HEAD_Y - 12, buf, FP_PDF_ALL);
    if (plan->id.text) {
        snprintf(buf, sizeof buf, "%s %s", mt(m, M_CASE), plan->id.text);
        fp_pdf_text(p, m->page, p->regular, 9, TAB, HEAD_Y - 24, buf, FP_PDF_ALL);
    }
    /* The draft mark is upright text in the header, not a diagonal watermark: rotated text
       lands in the middle of every line pdftotext and screen readers extract. */
    if (m->draft) {
        const char *d = mt(m, M_DRAFT);
        double w = fp_pdf_width(p, p->bold, 11, d, FP_PDF_ALL);
        fp_pdf_color(p, m->page, 0.75, 0.08, 0.08);
        fp_pdf_fill_rect(p, m->page, LEFT, HEAD_Y - 30, w + 16, 18);
        fp_pdf_color(p, m->page, 1, 1, 1);
        fp_pdf_text(p, m->page, p->bold, 11, LEFT + 8, HEAD_Y - 25, d, FP_PDF_ALL);
        fp_pdf_color(p, m->page, 0.75, 0.08, 0.08);
        fp_pdf_line(p, m->page, LEFT, HEAD_Y - 38, RIGHT, HEAD_Y - 38, 1.2);
    } else {
        fp_pdf_color(p, m->page, 0.55, 0.55, 0.55);
        fp_pdf_line(p, m->page, LEFT, HEAD_Y - 38, RIGHT, HEAD_Y - 38, 0.6);
    }
    fp_pdf_color(p, m->page, 0.1, 0.1, 0.1);
}

static void
new_page(struct memo *m)
{
    if (m->npages == m->cap) {
        m->cap = m->cap ? m->cap * 2 : 8;
        m->pages = fp_xrealloc(m->pages, m->cap * sizeof *m->pages);
    }
    m->page = fp_pdf_add_page(&m->pdf);
    if (m->page == NULL)
        return;
    m->pages[m->npages++] = m->page;
    m->y = BODY_TOP;
    draw_header(m);
    if (m->table)
        table_head(m, m->table);
}

/* Makes room for h points below the current line, on a new page if need be. */
static void
need(struct memo *m, double h)
{
    if (m->y - h < BOTTOM)
        new_page(m);
}

static void
page_numbers(struct memo *m)
{
    char a[24], b[24], buf[64];
    const char *args[2] = {a, b};
    for (size_t i = 0; i < m->npages; i++) {
        snprintf(a, sizeof a, "%zu", i + 1);
        snprintf(b, sizeof b, "%zu", m->npages);
        expand(buf, sizeof buf, mt(m, M_PAGE), args, 2);
        fp_pdf_color(&m->pdf, m->pages[i], 0.1, 0.1, 0.1);
        fp_pdf_text_right(&m->pdf, m->pages[i], m->pdf.regular, 9, RIGHT, HEAD_Y, buf, FP_PDF_ALL);
    }
}

/* ==== Running text ==== */

/* Lines a text takes at that width ('\n' breaks). */
static int
count_lines(struct memo *m, HPDF_Font font, double size, double width, const char *s)
{
    int lines = 0;
    while (*s) {
        size_t n = strcspn(s, "\n");
        size_t i = 0;
        do {
            i += fp_pdf_fit(&m->pdf, font, size, s + i, n - i, width);
            lines++;
        } while (i < n);
        s += n;
        if (*s == '\n')
            s++;
    }
    return lines;
}

/*
 * Wraps and draws n bytes of s from x, width wide, flowing onto new pages; '\n' is a line break.
 * The first line goes one leading below the current line.
 */
static void
flow(struct memo *m, HPDF_Font font, double size, double lead, double x, double width,
     const char *s, size_t n)
{
    size_t i = 0;
    while (i < n && !fp_pdf_failed(&m->pdf)) {
        size_t end = i;
        while (end < n && s[end] != '\n')
            end++;
        do {
            size_t k = fp_pdf_fit(&m->pdf, font, size, s + i, end - i, width);
            size_t draw = k;
            while (draw > 0 && s[i + draw - 1] == ' ')
                draw--;
            need(m, lead);
            m->y -= lead;
            fp_pdf_text(&m->pdf, m->page, font, size, x, m->y, s + i, draw);
            i += k;
        } while (i < end);
        if (i < n && s[i] == '\n')
            i++;
    }
}

static void
heading(struct memo *m, const char *text, double size, double before)
{
    /* keep a heading with at least three lines of what follows */
    need(m, before + size + 3 * LEAD);
    m->y -= before;
    flow(m, m->pdf.bold, size, size + 3, LEFT, WIDTH, text, strlen(text));
    m->y -= 3;
}

/*
 * A copy of a plan text as running text: runs of spaces and tabs become one space (INI
 * continuation lines bring their indentation along), spaces around line ends and '\r' go.
 * Free with free().
 */
static char *
squeeze(const char *s)
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

/* A description text: blank lines separate paragraphs, other line ends are kept (lists). */
static void
description(struct memo *m, enum fp_text title, const struct fp_text_value *v)
{
    char *text, *s;
    if (v->text == NULL || *v->text == '\0')
        return;
    heading(m, lt(m, title), 10.5, 8);
    text = squeeze(v->text);
    s = text;
    while (*s) {
        char *para = strstr(s, "\n\n");
        size_t n = para ? (size_t)(para - s) : strlen(s);
        if (n > 0) {
            flow(m, m->pdf.regular, BODY, LEAD, LEFT, WIDTH, s, n);
            m->y -= 5;
        }
        if (para == NULL)
            break;
        s = para;
        while (*s == '\n')
            s++;
    }
    free(text);
}

/* ==== Title and facts ==== */

static void
fact(struct memo *m, enum fp_text label, const char *value)
{
    struct fp_pdf *p = &m->pdf;
    char *text;
    double y0;
    need(m, LEAD + 2);
    y0 = m->y - LEAD - 2;
    fp_pdf_color(p, m->page, 0.38, 0.38, 0.38);
    fp_pdf_text(p, m->page, p->regular, 9, LEFT, y0, lt(m, label), FP_PDF_ALL);
    fp_pdf_color(p, m->page, 0.1, 0.1, 0.1);
    m->y -= 2;
    text = squeeze(value);
    flow(m, p->regular, BODY, LEAD, FACT_X, RIGHT - FACT_X, text, strlen(text));
    free(text);
}

static const char *
instrument_text(const struct memo *m)
{
    const struct fp_instrument *in = &m->fig->instrument;
    if (in->builtin && in->name && strcmp(in->name, "AIKO") == 0)
        return mt(m, M_AIKO);
    if (in->builtin)
        return fp_lang_source_label(m->lang, in->support_source);
    if (m->plan->instrument.text)
        return m->plan->instrument.text;
    return or_none(m, in->name);
}

static void
title_and_facts(struct memo *m)
{
    const struct fp_plan *plan = m->plan;
    const char *name = or_none(m, plan->name.text);
    char buf[1024], per[160];
    size_t o = 0;

    m->y -= 6;
    {
        char *t = squeeze(name);
        flow(m, m->pdf.bold, 15, 19, LEFT, WIDTH, t, strlen(t));
        free(t);
    }
    m->y -= 8;

    fact(m, FP_T_APPLICANT, or_none(m, plan->applicant.text));
    if (plan->npartners > 0) {
        buf[0] = '\0';
        for (size_t i = 0; i < plan->npartners && o + 3 < sizeof buf; i++)
            o +=
                (size_t)snprintf(buf + o, sizeof buf - o, "%s%s", i ? ", " : "", plan->partners[i]);
        fact(m, FP_T_PARTNERS, buf);
    }
    fact(m, FP_T_FUNDER, or_none(m, plan->funder.text));
    fact(m, FP_T_INSTRUMENT, instrument_text(m));
    if (plan->start.year && plan->end.year) {
        int months = fp_date_months(plan->start, plan->end);
        fp_date_format_period(per, sizeof per, plan->start, plan->end, m->lang);
        snprintf(buf, sizeof buf, "%s (%d %s)", per, months,
                 months == 1 ? mt(m, M_MONTH_ONE) : lt(m, FP_T_MONTHS));
    } else {
        snprintf(buf, sizeof buf, "%s", mt(m, M_NONE));
    }
    fact(m, FP_T_PERIOD, buf);
}

static void
draft_notice(struct memo *m)
{
    struct fp_pdf *p = &m->pdf;
    char count[24], buf[512];
    const char *args[2] = {count, lt(m, FP_T_FINDINGS)};
    double h;
    int lines;

    snprintf(count, sizeof count, "%zu", m->nerrors);
    expand(buf, sizeof buf, mt(m, m->nerrors == 1 ? M_DRAFT_ONE : M_DRAFT_MANY), args, 2);
    lines = count_lines(m, p->regular, 9.5, WIDTH - 20, buf);
    h = lines * 13.0 + 12;
    need(m, h + 14);
    m->y -= 14;
    fp_pdf_color(p, m->page, 1.0, 0.94, 0.94);
    fp_pdf_fill_rect(p, m->page, LEFT, m->y - h, WIDTH, h);
    fp_pdf_color(p, m->page, 0.75, 0.08, 0.08);
    fp_pdf_stroke_rect(p, m->page, LEFT, m->y - h, WIDTH, h, 1);
    m->y -= 3;
    flow(m, p->regular, 9.5, 13, LEFT + 10, WIDTH - 20, buf, strlen(buf));
    m->y -= 9;
    fp_pdf_color(p, m->page, 0.1, 0.1, 0.1);
}

/* ==== Tables ==== */

enum { ROW_BOLD = 1, ROW_RULE = 2, ROW_RED = 4, ROW_HEAD = 8 };

static double
row_height(struct memo *m, const struct table *t, const struct row *r)
{
    HPDF_Font f = r->flags & (ROW_BOLD | ROW_HEAD) ? m->pdf.bold : m->pdf.regular;
    int lines = count_lines(m, f, t->size, t->w[0] - 6, r->label);
    return (lines > 0 ? lines : 1) * (t->size + 3.5) + 5;
}

/* One row: the label wrapped in its column, the cells right-aligned in theirs. */
static void
table_row(struct memo *m, const struct table *t, const struct row *r)
{
    struct fp_pdf *p = &m->pdf;
    HPDF_Font f = r->flags & (ROW_BOLD | ROW_HEAD) ? p->bold : p->regular;
    double h = row_height(m, t, r);
    double right = t->x[t->ncol - 1] + t->w[t->ncol - 1];
    double top;

    need(m, h);
    top = m->y;
    if (r->flags & ROW_HEAD) {
        fp_pdf_color(p, m->page, 0.91, 0.92, 0.94);
        fp_pdf_fill_rect(p, m->page, LEFT, top - h, right - LEFT, h);
    }
    if (r->flags & ROW_RULE) {
        fp_pdf_color(p, m->page, 0.3, 0.3, 0.3);
        fp_pdf_line(p, m->page, LEFT, top, right, top, 0.6);
    }
    if (r->flags & ROW_RED)
        fp_pdf_color(p, m->page, 0.75, 0.08, 0.08);
    else
        fp_pdf_color(p, m->page, 0.1, 0.1, 0.1);
    for (int c = 1; c < t->ncol; c++)
        if (r->cell[c][0])
            fp_pdf_text_right(p, m->page, f, t->size, t->x[c] + t->w[c] - 4, top - t->size - 3,
                              r->cell[c], FP_PDF_ALL);
    /* flow() steps one leading down before its first line: start it so that the label's
       first baseline is the cells' */
    m->y = top - 3 + 3.5;
    flow(m, f, t->size, t->size + 3.5, LEFT + 4, t->w[0] - 6, r->label, strlen(r->label));
    m->y = top - h;
    fp_pdf_color(p, m->page, 0.1, 0.1, 0.1);
}

static void
table_head(struct memo *m, const struct table *t)
{
    table_row(m, t, &t->head);
}

/* Sets the column widths for the cells at that size (cols maps column → cell index, cols[0]
   unused). Returns 0 when the label column would be narrower than minlabel. */
static int
layout_columns(struct memo *m, struct table *t, const struct row *rows, size_t nrows,
               const int *cols, int ncols, double size, double minlabel)
{
    double x = RIGHT;
    t->size = size;
    t->ncol = ncols;
    for (int c = ncols - 1; c >= 1; c--) {
        double w = fp_pdf_width(&m->pdf, m->pdf.bold, size, t->head.cell[c], FP_PDF_ALL);
        for (size_t r = 0; r < nrows; r++) {
            double cw = fp_pdf_width(&m->pdf, m->pdf.bold, size, rows[r].cell[cols[c]], FP_PDF_ALL);
            if (cw > w)
                w = cw;
        }
        t->w[c] = w + 14;
        x -= t->w[c];
        t->x[c] = x;
    }
    t->x[0] = LEFT;
    t->w[0] = x - LEFT;
    return t->w[0] >= minlabel;
}

static void
table_set_head(struct table *t, const struct row *head, const int *cols, int ncols)
{
    memset(t, 0, sizeof *t);
    snprintf(t->head.label, sizeof t->head.label, "%s", head->label);
    for (int c = 1; c < ncols; c++)
        memcpy(t->head.cell[c], head->cell[cols[c]], sizeof t->head.cell[c]);
    t->head.flags = ROW_HEAD;
}

/*
 * Draws rows as a table of the label column and the cells cols[1..ncols), at the largest type
 * size that fits; a table longer than the page continues with its header repeated.
 */
static void
draw_table(struct memo *m, const struct row *head, const struct row *rows, size_t nrows,
           const int *cols, int ncols)
{
    static const double sizes[] = {9, 8.5, 8, 7.5, 7};
    struct table t;
    struct row r;
    size_t si;

    table_set_head(&t, head, cols, ncols);
    for (si = 0; si < sizeof sizes / sizeof sizes[0]; si++)
        if (layout_columns(m, &t, rows, nrows, cols, ncols, sizes[si], 150))
            break;
    if (si == sizeof sizes / sizeof sizes[0])
        layout_columns(m, &t, rows, nrows, cols, ncols, 7, 0);
    /* keep the header with the first two rows */
    need(m, row_height(m, &t, &t.head) + 2 * (t.size + 8.5));
    table_head(m, &t);
    m->table = &t;
    for (size_t i = 0; i < nrows; i++) {
        memset(&r, 0, sizeof r);
        snprintf(r.label, sizeof r.label, "%s", rows[i].label);
        r.flags = rows[i].flags;
        for (int c = 1; c < ncols; c++)
            memcpy(r.cell[c], rows[i].cell[cols[c]], sizeof r.cell[c]);
        table_row(m, &t, &r);
    }
    m->table = NULL;
}

/*
 * Draws rows whose cells are the years 1..nyears and the total nyears + 1 (or, without years,
 * the total in cell 1). Years that do not fit side by side at 7.5 points are split into several
 * tables, the total column in the last.
 */
static void
draw_year_table(struct memo *m, const struct row *head, const struct row *rows, size_t nrows,
                int nyears)
{
    int cols[MAXCOL];
    int per;

    if (nyears == 0) {
        int c2[2] = {0, 1};
        draw_table(m, head, rows, nrows, c2, 2);
        return;
    }
    for (per = nyears; per > 1; per--) {
        struct table t;
        int n = 1;
        cols[0] = 0;
        for (int y = 0; y < per; y++)
            cols[n++] = 1 + y;
        cols[n++] = nyears + 1;
        table_set_head(&t, head, cols, n);
        if (layout_columns(m, &t, rows, nrows, cols, n, 7.5, 150))
            break;
    }
    for (int from = 0; from < nyears; from += per) {
        int n = 1;
        int to = from + per < nyears ? from + per : nyears;
        cols[0] = 0;
        for (int y = from; y < to; y++)
            cols[n++] = 1 + y;
        if (to == nyears)
            cols[n++] = nyears + 1;
        if (from > 0)
            m->y -= 10;
        draw_table(m, head, rows, nrows, cols, n);
    }
}

static int
cost_shown(const struct memo *m, enum fp_cost c)
{
    const struct fp_plan *plan = m->plan;
    if (m->fig->cost[c] != 0)
        return 1;
    if (c == FP_COST_FLAT_RATE)
        return m->fig->flat_rate > 0;
    if (plan->whole.cost[c].line)
        return 1;
    for (size_t i = 0; i < plan->nyears; i++)
        if (plan->years[i].cost[c].line)
            return 1;
    return 0;
}

static void
cost_table(struct memo *m)
{
    const struct fp_figures *fig = m->fig;
    int by_year = m->plan->costs_by_year && fig->nyears > 0;
    int nyears = by_year ? (int)fig->nyears : 0;
    int tcol = nyears + 1;
    struct row head;
    struct row rows[FP_COST_COUNT + 3];
    size_t n = 0;

    memset(&head, 0, sizeof head);
    for (int y = 0; y < nyears; y++)
        snprintf(head.cell[1 + y], sizeof head.cell[0], "%d", fig->years[y].year);
    snprintf(head.cell[tcol], sizeof head.cell[0], "%s",
             nyears ? lt(m, FP_T_TOTAL) : lt(m, FP_T_AMOUNT));

    memset(rows, 0, sizeof rows);
    if (fig->has_breakdown) {
        for (int c = 0; c < FP_COST_COUNT; c++) {
            struct row *r = &rows[n];
            if (!cost_shown(m, (enum fp_cost)c))
                continue;
            if (c == FP_COST_FLAT_RATE && fig->flat_rate > 0) {
                char pct[24];
                fp_percent_format(pct, sizeof pct, fig->flat_rate, 2, 1, m->lang);
                snprintf(r->label, sizeof r->label, "%s %s",
                         fp_lang_cost_label(m->lang, FP_COST_FLAT_RATE), pct);
            } else {
                snprintf(r->label, sizeof r->label, "%s", fp_lang_cost_label(m->lang, c));
            }
            for (int y = 0; y < nyears; y++)
                if (fig->years[y].has_costs)
                    money(m, r->cell[1 + y], sizeof r->cell[0], fig->years[y].cost[c]);
            money(m, r->cell[tcol], sizeof r->cell[0], fig->cost[c]);
            n++;
        }
    }
    snprintf(rows[n].label, sizeof rows[n].label, "%s", lt(m, FP_T_TOTAL_COSTS));
    for (int y = 0; y < nyears; y++)
        if (fig->years[y].has_costs)
            money(m, rows[n].cell[1 + y], sizeof rows[n].cell[0], fig->years[y].total_costs);
    money(m, rows[n].cell[tcol], sizeof rows[n].cell[0], fig->total_costs);
    rows[n++].flags = ROW_BOLD | ROW_RULE;

    snprintf(rows[n].label, sizeof rows[n].label, "%s", lt(m, FP_T_INCOME));
    for (int y = 0; y < nyears; y++)
        if (fig->years[y].has_income)
            money(m, rows[n].cell[1 + y], sizeof rows[n].cell[0], fig->years[y].income);
    money(m, rows[n].cell[tcol], sizeof rows[n].cell[0], fig->income);
    n++;

    snprintf(rows[n].label, sizeof rows[n].label, "%s", lt(m, FP_T_NET_COSTS));
    for (int y = 0; y < nyears; y++)
        if (fig->years[y].has_net)
            money(m, rows[n].cell[1 + y], sizeof rows[n].cell[0], fig->years[y].net_costs);
    money(m, rows[n].cell[tcol], sizeof rows[n].cell[0], fig->net_costs);
    rows[n++].flags = ROW_BOLD | ROW_RULE;

    heading(m, lt(m, FP_T_COST_ESTIMATE), 11.5, 14);
    draw_year_table(m, &head, rows, n, nyears);
}

static int
source_shown(const struct memo *m, enum fp_source s)
{
    const struct fp_plan *plan = m->plan;
    if (m->fig->fin[s] != 0 || s == m->fig->instrument.support_source)
        return 1;
    if (plan->whole.fin[s].line)
        return 1;
    for (size_t i = 0; i < plan->nyears; i++)
        if (plan->years[i].fin[s].line)
            return 1;
    return 0;
}

static void
share_text(const struct memo *m, char *buf, size_t n, struct fp_ratio r)
{
    if (r.den == 0)
        snprintf(buf, n, "%s", mt(m, M_NONE));
    else
        fp_percent_format(buf, n, fp_ratio_percent(r, 1), 1, 0, m->lang);
}

static void
chart(struct memo *m, const enum fp_source *src, size_t nsrc)
{
    struct fp_pdf *p = &m->pdf;
    const struct fp_figures *fig = m->fig;
    const double bar_x = LEFT + 170, bar_w = 190, row = 17;
    size_t nbars = 0;

    for (size_t i = 0; i < nsrc; i++)
        nbars += fig->fin[src[i]] > 0;
    if (nbars == 0 || fig->total_financing <= 0)
        return;
    need(m, 26 + row * (double)nbars + 6);
    m->y -= 10;
    m->y -= 12;
    fp_pdf_text(p, m->page, p->bold, 9.5, LEFT, m->y, mt(m, M_CHART), FP_PDF_ALL);
    m->y -= 6;
    for (size_t i = 0; i < nsrc; i++) {
        enum fp_source s = src[i];
        struct fp_ratio r = fig->share[s];
        char amount[48], pct[24], label[96];
        double len, base;
        if (fig->fin[s] <= 0)
            continue;
        /* drawing only: the bar's length is the checked share, as a fraction of the track */
        len = r.den > 0 ? bar_w * (double)r.num / (double)r.den : 0;
        if (len > bar_w)
            len = bar_w;
        m->y -= row;
        base = m->y + 4;
        fp_pdf_color(p, m->page, 0.1, 0.1, 0.1);
        fp_pdf_text(p, m->page, p->regular, 8.8, LEFT, base, fp_lang_source_label(m->lang, s),
                    FP_PDF_ALL);
        fp_pdf_color(p, m->page, 0.93, 0.94, 0.95);
        fp_pdf_fill_rect(p, m->page, bar_x, base - 2.5, bar_w, 11);
        fp_pdf_color(p, m->page, bar_rgb[s][0], bar_rgb[s][1], bar_rgb[s][2]);
        fp_pdf_fill_rect(p, m->page, bar_x, base - 2.5, len < 0.8 ? 0.8 : len, 11);
        money(m, amount, sizeof amount, fig->fin[s]);
        share_text(m, pct, sizeof pct, r);
        snprintf(label, sizeof label, "%s  %s", amount, pct);
        fp_pdf_color(p, m->page, 0.1, 0.1, 0.1);
        fp_pdf_text(p, m->page, p->regular, 8.8, bar_x + bar_w + 8, base, label, FP_PDF_ALL);
    }
}

static void
financing_table(struct memo *m)
{
    const struct fp_figures *fig = m->fig;
    struct row head;
    struct row rows[FP_SRC_COUNT + 2];
    enum fp_source src[FP_SRC_COUNT];
    size_t n = 0, nsrc = 0;
    int cols[3] = {0, 1, 2};

    memset(&head, 0, sizeof head);
    snprintf(head.cell[1], sizeof head.cell[1], "%s", lt(m, FP_T_AMOUNT));
    snprintf(head.cell[2], sizeof head.cell[2], "%s", lt(m, FP_T_SHARE));
    memset(rows, 0, sizeof rows);
    for (int s = 0; s < FP_SRC_COUNT; s++) {
        if (!source_shown(m, (enum fp_source)s))
            continue;
        src[nsrc++] = (enum fp_source)s;
        snprintf(rows[n].label, sizeof rows[n].label, "%s", fp_lang_source_label(m->lang, s));
        money(m, rows[n].cell[1], sizeof rows[n].cell[1], fig->fin[s]);
        share_text(m, rows[n].cell[2], sizeof rows[n].cell[2], fig->share[s]);
        n++;
    }
    snprintf(rows[n].label, sizeof rows[n].label, "%s", lt(m, FP_T_TOTAL_FINANCING));
    money(m, rows[n].cell[1], sizeof rows[n].cell[1], fig->total_financing);
    if (fig->total_financing > 0)
        fp_percent_format(rows[n].cell[2], sizeof rows[n].cell[2], 1000, 1, 0, m->lang);
    rows[n++].flags = ROW_BOLD | ROW_RULE;
    if (fig->balance != 0) {
        snprintf(rows[n].label, sizeof rows[n].label, "%s", lt(m, FP_T_BALANCE));
        money(m, rows[n].cell[1], sizeof rows[n].cell[1], fig->balance);
        rows[n++].flags = ROW_RED;
    }
    heading(m, lt(m, FP_T_FINANCING_PLAN), 11.5, 14);
    draw_table(m, &head, rows, n, cols, 3);
    chart(m, src, nsrc);
}

/* ==== Support, proposal, findings, preparer ==== */

static void
support_and_proposal(struct memo *m)
{
    const struct fp_figures *fig = m->fig;
    const struct fp_plan *plan = m->plan;
    char rate[24], max[24], amount[48], name[512], buf[2048];
    const char *base = mt(m, fig->instrument.base == FP_BASE_NET_COSTS ? M_BASE_NET : M_BASE_TOTAL);

    fp_percent_format(rate, sizeof rate, fp_ratio_percent(fig->support_rate, 2), 2, 1, m->lang);
    fp_percent_format(max, sizeof max, fig->instrument.max_rate, 2, 1, m->lang);
    {
        const char *args[3] = {rate, base, max};
        expand(buf, sizeof buf, mt(m, M_RATE), args, 3);
    }
    heading(m, lt(m, FP_T_SUPPORT_RATE), 11.5, 14);
    flow(m, m->pdf.regular, BODY, LEAD, LEFT, WIDTH, buf, strlen(buf));

    money(m, amount, sizeof amount, fig->support);
    snprintf(name, sizeof name, "%s%s%s", mt(m, M_QUOTE_OPEN), or_none(m, plan->name.text),
             mt(m, M_QUOTE_CLOSE));
    {
        const char *args[7] = {
            plan->funder.text ? plan->funder.text : lt(m, FP_T_FUNDER),
            name,
            or_none(m, plan->applicant.text),
            grant_forms[m->lang][fig->instrument.support_source],
            amount,
            rate,
            base,
        };
        expand(buf, sizeof buf, mt(m, M_PROPOSAL), args, 7);
    }
    heading(m, mt(m, M_PROPOSAL_HEAD), 11.5, 14);
    flow(m, m->pdf.regular, BODY, LEAD, LEFT, WIDTH, buf, strlen(buf));
}

static void
findings(struct memo *m)
{
    struct fp_pdf *p = &m->pdf;
    const struct fp_diags *d = m->diags;
    char buf[1024];
    int any = 0;

    heading(m, lt(m, FP_T_FINDINGS), 11.5, 14);
    for (size_t i = 0; i < d->count; i++) {
        const struct fp_finding *f = &d->list[i];
        if (f->severity < FP_WARNING)
            continue;
        any = 1;
        if (f->line > 0)
            snprintf(buf, sizeof buf, "%s, %s %d: %s", severity_words[m->lang][f->severity],
                     lt(m, FP_T_LINE), f->line, fp_diag_code_title(f->code, m->lang));
        else
            snprintf(buf, sizeof buf, "%s: %s", severity_words[m->lang][f->severity],
                     fp_diag_code_title(f->code, m->lang));
        need(m, 2 * LEAD + 4);
        m->y -= 3;
        if (f->severity == FP_ERROR)
            fp_pdf_color(p, m->page, 0.75, 0.08, 0.08);
        else
            fp_pdf_color(p, m->page, 0.62, 0.36, 0.0);
        fp_pdf_fill_rect(p, m->page, LEFT + 1, m->y - 10.5, 4, 4);
        fp_pdf_color(p, m->page, 0.1, 0.1, 0.1);
        flow(m, p->bold, 9.5, 13, LEFT + 12, WIDTH - 12, buf, strlen(buf));
        fp_pdf_color(p, m->page, 0.3, 0.3, 0.3);
        if (f->text)
            flow(m, p->regular, 9, 12, LEFT + 12, WIDTH - 12, f->text, strlen(f->text));
        if (f->hint) {
            snprintf(buf, sizeof buf, "→ %s", f->hint);
            flow(m, p->regular, 9, 12, LEFT + 12, WIDTH - 12, buf, strlen(buf));
        }
        fp_pdf_color(p, m->page, 0.1, 0.1, 0.1);
    }
    if (!any)
        flow(m, p->regular, BODY, LEAD, LEFT, WIDTH, mt(m, M_NO_FINDINGS),
             strlen(mt(m, M_NO_FINDINGS)));
}

static void
preparer(struct memo *m)
{
    const struct fp_plan *plan = m->plan;
    char buf[1024];
    size_t o;

    if (!plan->preparer.text && !plan->preparer_title.text && !plan->preparer_phone.text &&
        !plan->preparer_email.text)
        return;
    o = (size_t)snprintf(buf, sizeof buf, "%s: ", lt(m, FP_T_PREPARER));
    if (m->lang == FP_LANG_EN) {
        /* English puts the name first: "Heli Gynther, Development Manager" */
        o += (size_t)snprintf(buf + o, sizeof buf - o, "%s%s%s",
                              plan->preparer.text ? plan->preparer.text : "",
                              plan->preparer.text && plan->preparer_title.text ? ", " : "",
                              plan->preparer_title.text ? plan->preparer_title.text : "");
    } else {
        o += (size_t)snprintf(buf + o, sizeof buf - o, "%s%s%s",
                              plan->preparer_title.text ? plan->preparer_title.text : "",
                              plan->preparer.text && plan->preparer_title.text ? " " : "",
                              plan->preparer.text ? plan->preparer.text : "");
    }
    if (plan->preparer_phone.text && o < sizeof buf)
        o += (size_t)snprintf(buf + o, sizeof buf - o, ", %s %s", mt(m, M_PHONE),
                              plan->preparer_phone.text);
    if (plan->preparer_email.text && o < sizeof buf)
        snprintf(buf + o, sizeof buf - o, ", %s", plan->preparer_email.text);
    need(m, 22 + LEAD);
    m->y -= 22;
    flow(m, m->pdf.regular, BODY, LEAD, LEFT, WIDTH, buf, strlen(buf));
}

/* ==== Entry point ==== */

/* Draws the whole memo on its opened document and saves it; pad > 0 adds spare glyphs (see
   FP_PDF_RETRY). The caller closes the document. */
static int
draw_and_save(struct memo *m, const struct fp_report_opts *opts, int pad)
{
    const struct fp_plan *plan = m->plan;
    char subject[512];
    int rc;

    m->nerrors = fp_diag_count(m->diags, FP_ERROR);
    m->draft = m->nerrors > 0;

    new_page(m);
    title_and_facts(m);
    if (m->draft)
        draft_notice(m);
    if ((plan->summary.text && *plan->summary.text) || (plan->goals.text && *plan->goals.text) ||
        (plan->actions.text && *plan->actions.text)) {
        heading(m, mt(m, M_DESCRIPTION), 11.5, 14);
        description(m, FP_T_SUMMARY, &plan->summary);
        description(m, FP_T_GOALS, &plan->goals);
        description(m, FP_T_ACTIONS, &plan->actions);
    }
    cost_table(m);
    financing_table(m);
    support_and_proposal(m);
    findings(m);
    preparer(m);
    page_numbers(m);
    if (pad > 0)
        fp_pdf_pad(&m->pdf, m->page, pad);

    if (plan->id.text)
        snprintf(subject, sizeof subject, "%s, %s %s", mt(m, M_SUBJECT), mt(m, M_CASE),
                 plan->id.text);
    else
        snprintf(subject, sizeof subject, "%s", mt(m, M_SUBJECT));
    rc = fp_pdf_save(&m->pdf, or_none(m, plan->name.text), or_none(m, plan->funder.text), subject,
                     opts->epoch);
    free(m->pages);
    m->pages = NULL;
    return rc;
}

static void
memo_init(struct memo *m, const struct fp_plan *plan, const struct fp_figures *fig,
          const struct fp_diags *diags, const struct fp_report_opts *opts, const char *path)
{
    memset(m, 0, sizeof *m);
    m->plan = plan;
    m->fig = fig;
    m->diags = diags;
    m->lang = opts->lang;
    m->date = opts->date;
    m->path = path;
    m->money_flags = fig->any_cents ? FP_MONEY_CENTS : FP_MONEY_WHOLE;
}

/* The status after the tries: FP_PDF_RETRY left means every try failed. */
static int
gave_up(int rc, const char *path)
{
    if (rc != FP_PDF_RETRY)
        return rc;
    fp_diag_fail(path, "libharu could not embed the font subset");
    return -1;
}

/* ==== The memo's fonts, set up once ==== */

struct fp_memo_fonts {
    struct fp_pdf pdf; /* a document with both fonts set up, not yet drawn on */
};

struct fp_memo_fonts *
fp_memo_fonts_open(const char *what)
{
    struct fp_memo_fonts *f = fp_xmalloc(sizeof *f);
    if (fp_pdf_open(&f->pdf, what) != 0) {
        free(f);
        return NULL;
    }
    return f;
}

void
fp_memo_fonts_free(struct fp_memo_fonts *f)
{
    if (f == NULL)
        return;
    fp_pdf_close(&f->pdf);
    free(f);
}

int
fp_memo_write_with(struct fp_memo_fonts *f, const struct fp_plan *plan,
                   const struct fp_figures *fig, const struct fp_diags *diags,
                   const struct fp_report_opts *opts, const char *path)
{
    struct memo *m = fp_xmalloc(sizeof *m);
    int rc, pad = 0;

    memo_init(m, plan, fig, diags, opts, path);
    m->pdf = f->pdf; /* the document stays f's to free */
    fp_pdf_adopt(&m->pdf, path);
    rc = draw_and_save(m, opts, 0);
    fp_pdf_adopt(&f->pdf, f->pdf.path);
    /* f's document is drawn on now: the tries with spare glyphs (FP_PDF_RETRY) take documents
       of their own. Deterministic: the same plan needs the same tries, so gives the same bytes. */
    while (rc == FP_PDF_RETRY && ++pad <= FP_PDF_PADS) {
        memo_init(m, plan, fig, diags, opts, path);
        if (fp_pdf_open(&m->pdf, path) != 0) {
            free(m);
            return -1;
        }
        rc = draw_and_save(m, opts, pad);
        fp_pdf_close(&m->pdf);
    }
    free(m);
    return gave_up(rc, path);
}

int
fp_memo_write(const struct fp_plan *plan, const struct fp_figures *fig,
              const struct fp_diags *diags, const struct fp_report_opts *opts, const char *path)
{
    struct fp_memo_fonts *f = fp_memo_fonts_open(path);
    int rc;
    if (f == NULL)
        return -1;
    rc = fp_memo_write_with(f, plan, fig, diags, opts, path);
    fp_memo_fonts_free(f);
    return rc;
}
