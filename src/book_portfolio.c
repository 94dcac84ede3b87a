/*
 * book_portfolio.c - the portfolio workbook: one row per plan in an Excel table (autofilter,
 * totals row), totals per instrument and per funder as SUMIFS formulas, and a chart.
 * Memory stays flat: rows wait in a spool file and are streamed in constant_memory mode, sorted
 * by plan path, so plans may be added in whatever order parallel workers finish them.
 * SPDX-License-Identifier: MIT
 */
#include "book_portfolio.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <xlsxwriter.h>

#include "book_internal.h"
#include "lang.h"
#include "money.h"
#include "record.h"
#include "utf8.h"

/*
 * Tables and constant_memory. libxlsxwriter 1.1.4 refuses worksheet_add_table() on a
 * constant_memory sheet because the table would write its header and totals cells into the
 * in-memory cell tree, which that mode never writes out. fundplan writes those cells itself, in
 * row order like every other cell, so the refusal protects nothing here: the sheet's optimize
 * flag is lowered for the one call and raised again, the table part (table1.xml: columns,
 * autofilter, totals functions) is written as usual, and the cells the call put in the tree are
 * freed unused by workbook_close. The flag is a field of the public lxw_worksheet struct, so
 * this is pinned to the versions it was checked on; any other version gets the default mode
 * (a correct workbook, memory growing with the number of plans). tests/xlsx checks the table.
 */
#if defined(LXW_VERSION_ID) && LXW_VERSION_ID >= 110 && LXW_VERSION_ID <= 114
#define STREAM_TABLE 1
#else
#define STREAM_TABLE 0
#endif

/* ==== Labels ==== */

enum pf_text {
    P_DATA_SHEET,
    P_TOTALS_SHEET,
    P_TABLE,
    P_TITLE,
    P_FILE,
    P_START,
    P_END,
    P_ERRORS,
    P_WARNINGS,
    P_INCOME,
    P_PLANS,
    P_BY_INSTRUMENT,
    P_BY_FUNDER,
    P_UNKNOWN,
    P_COUNT
};

static const char *const pf_texts[FP_LANG_COUNT][P_COUNT] = {
    [FP_LANG_FI] =
        {
            [P_DATA_SHEET] = "Hankkeet",
            [P_TOTALS_SHEET] = "Yhteenveto",
            [P_TABLE] = "Hankelista",
            [P_TITLE] = "Hankesalkku",
            [P_FILE] = "Tiedosto",
            [P_START] = "Alkaa",
            [P_END] = "Päättyy",
            [P_ERRORS] = "Virheet",
            [P_WARNINGS] = "Varoitukset",
            [P_INCOME] = "Tulot",
            [P_PLANS] = "Hankkeita",
            [P_BY_INSTRUMENT] = "Rahoitusmuodoittain",
            [P_BY_FUNDER] = "Rahoittajittain",
            [P_UNKNOWN] = "(ei tiedossa)",
        },
    [FP_LANG_SV] =
        {
            [P_DATA_SHEET] = "Projekt",
            [P_TOTALS_SHEET] = "Sammandrag",
            [P_TABLE] = "Projektlista",
            [P_TITLE] = "Projektportfölj",
            [P_FILE] = "Fil",
            [P_START] = "Börjar",
            [P_END] = "Slutar",
            [P_ERRORS] = "Fel",
            [P_WARNINGS] = "Varningar",
            [P_INCOME] = "Intäkter",
            [P_PLANS] = "Projekt",
            [P_BY_INSTRUMENT] = "Per finansieringsform",
            [P_BY_FUNDER] = "Per finansiär",
            [P_UNKNOWN] = "(okänd)",
        },
    [FP_LANG_EN] =
        {
            [P_DATA_SHEET] = "Plans",
            [P_TOTALS_SHEET] = "Totals",
            [P_TABLE] = "PlanList",
            [P_TITLE] = "Portfolio",
            [P_FILE] = "File",
            [P_START] = "Start",
            [P_END] = "End",
            [P_ERRORS] = "Errors",
            [P_WARNINGS] = "Warnings",
            [P_INCOME] = "Income",
            [P_PLANS] = "Plans",
            [P_BY_INSTRUMENT] = "By instrument",
            [P_BY_FUNDER] = "By funder",
            [P_UNKNOWN] = "(unknown)",
        },
};

/* The columns of the plan table, in order. */
enum col {
    C_FILE,
    C_NAME,
    C_APPLICANT,
    C_FUNDER,
    C_INSTRUMENT,
    C_START,
    C_END,
    C_TOTAL_COSTS,
    C_INCOME,
    C_NET_COSTS,
    C_FIN, /* FP_SRC_COUNT columns */
    C_TOTAL_FIN = C_FIN + FP_SRC_COUNT,
    C_SUPPORT,
    C_RATE,
    C_ERRORS,
    C_WARNINGS,
    C_COUNT
};

/* ==== The spool ==== */

/* The texts of a row, cleaned by fp_book_text when added. */
enum { S_PATH, S_NAME, S_APPLICANT, S_FUNDER, S_INSTRUMENT, S_COUNT };

/* Where a row waits in the spool: with the path's bytes, all that stays in memory per plan. */
struct entry {
    union {
        size_t at;        /* while adding: offset in the path arena, which may still move */
        const char *path; /* from close on, when the arena stays put */
    } key;
    off_t offset; /* grows with each add(): also breaks ties between equal paths */
};

/* Totals of one instrument or funder, for the SUMIFS sheet. */
struct group {
    char *name; /* cleaned; "" when the plans do not say */
    int64_t plans;
    fp_cents total_costs, net_costs, support, total_financing;
};

struct groups {
    struct group *v;
    size_t n, cap;
};

struct fp_book_portfolio {
    struct fp_book_file bf;
    struct fp_report_opts opts;
    FILE *spool; /* the rows, in the order added */
    struct entry *idx;
    size_t n, cap;
    char *paths; /* every path, NUL-terminated, back to back: one allocation, not one per plan */
    size_t paths_len, paths_cap;
    int failed;
    int any_cents;
    double width[C_COUNT];
    struct groups instruments, funders;
    /* the totals row: sums over all plans */
    fp_cents sum[C_COUNT];
    int sum_overflow;
};

static const char *
ptext(enum fp_lang L, enum pf_text t)
{
    return pf_texts[L][t];
}

struct fp_book_portfolio *
fp_book_portfolio_open(const char *path, const struct fp_report_opts *opts)
{
    struct fp_book_portfolio *pf = fp_xmalloc(sizeof *pf);
    memset(pf, 0, sizeof *pf);
    pf->opts = *opts;
    /* The temp file is created now so that an unwritable -o fails before any plan is built. */
    if (fp_outfile_open(&pf->bf.of, path) != 0) {
        free(pf);
        return NULL;
    }
    /* tmpfile() is unlinked at once: nothing to clean up, whatever way the program ends. */
    pf->spool = tmpfile();
    if (pf->spool == NULL) {
        fp_diag_fail(path, "cannot create a temporary file: %s", strerror(errno));
        fp_outfile_abort(&pf->bf.of);
        free(pf);
        return NULL;
    }
    return pf;
}

static struct group *
group_find(struct groups *g, const char *name)
{
    for (size_t i = 0; i < g->n; i++)
        if (strcmp(g->v[i].name, name) == 0)
            return &g->v[i];
    if (g->n == g->cap) {
        g->cap = g->cap ? 2 * g->cap : 8;
        g->v = fp_xrealloc(g->v, g->cap * sizeof *g->v);
    }
    g->v[g->n] = (struct group){.name = fp_xstrdup(name)};
    return &g->v[g->n++];
}

/* Sums of cents over many plans: an overflow is noted, and the sums are then not shown. */
static void
add_to(struct fp_book_portfolio *pf, fp_cents *sum, fp_cents v)
{
    if (fp_cents_add(*sum, v, sum) != 0)
        pf->sum_overflow = 1;
}

static void
group_add(struct fp_book_portfolio *pf, struct groups *g, const char *name,
          const struct fp_figures *fig)
{
    struct group *e = group_find(g, name);
    e->plans++;
    add_to(pf, &e->total_costs, fig->total_costs);
    add_to(pf, &e->net_costs, fig->net_costs);
    add_to(pf, &e->support, fig->support);
    add_to(pf, &e->total_financing, fig->total_financing);
}

static void
measure(struct fp_book_portfolio *pf, enum col c, double w)
{
    if (w > pf->width[c])
        pf->width[c] = w;
}

/* The record as the spool keeps it: its texts cleaned for the workbook (so close writes them
   as they are), without the findings' texts (their counts are columns). */
static int
spool_record(struct fp_book_portfolio *pf, const struct fp_record *r, char *s[S_COUNT])
{
    struct fp_record clean = *r;
    struct fp_record_bytes b = {0};
    uint32_t len;
    int ok;

    clean.path = s[S_PATH];
    clean.name = s[S_NAME];
    clean.applicant = s[S_APPLICANT];
    clean.funder = s[S_FUNDER];
    clean.fig.instrument.name = s[S_INSTRUMENT];
    fp_record_encode(&clean, 0, &b);
    len = (uint32_t)b.len;
    ok = fwrite(&len, sizeof len, 1, pf->spool) == 1 && fwrite(b.data, b.len, 1, pf->spool) == 1;
    free(b.data);
    return ok ? 0 : -1;
}

int
fp_book_portfolio_add(struct fp_book_portfolio *pf, const struct fp_record *r)
{
    const struct fp_figures *fig = &r->fig;
    char *s[S_COUNT];
    const char *raw[S_COUNT] = {
        [S_PATH] = r->path,
        [S_NAME] = r->name,
        [S_APPLICANT] = r->applicant,
        [S_FUNDER] = r->funder,
        [S_INSTRUMENT] = fig->instrument.name,
    };
    struct entry *e;
    off_t at;
    size_t plen;

    if (pf->failed)
        return -1;
    for (int i = 0; i < S_COUNT; i++)
        s[i] = fp_book_text(raw[i]);

    at = ftello(pf->spool);
    if (at < 0 || spool_record(pf, r, s) != 0) {
        fp_diag_fail(pf->bf.of.target, "cannot write the portfolio's temporary file: %s",
                     strerror(errno));
        pf->failed = 1;
        for (int i = 0; i < S_COUNT; i++)
            free(s[i]);
        return -1;
    }

    if (pf->n == pf->cap) {
        pf->cap = pf->cap ? 2 * pf->cap : 256;
        pf->idx = fp_xrealloc(pf->idx, pf->cap * sizeof *pf->idx);
    }
    plen = strlen(s[S_PATH]) + 1;
    while (pf->paths_len + plen > pf->paths_cap) {
        pf->paths_cap = pf->paths_cap ? 2 * pf->paths_cap : 16384;
        pf->paths = fp_xrealloc(pf->paths, pf->paths_cap);
    }
    memcpy(pf->paths + pf->paths_len, s[S_PATH], plen);
    e = &pf->idx[pf->n++];
    e->key.at = pf->paths_len;
    e->offset = at;
    pf->paths_len += plen;
    pf->any_cents |= fig->any_cents;
    measure(pf, C_FILE, (double)fp_utf8_width(s[S_PATH]));
    measure(pf, C_NAME, (double)fp_utf8_width(s[S_NAME]));
    measure(pf, C_APPLICANT, (double)fp_utf8_width(s[S_APPLICANT]));
    measure(pf, C_FUNDER, (double)fp_utf8_width(s[S_FUNDER]));
    measure(pf, C_INSTRUMENT, (double)fp_utf8_width(s[S_INSTRUMENT]));
    add_to(pf, &pf->sum[C_TOTAL_COSTS], fig->total_costs);
    add_to(pf, &pf->sum[C_INCOME], fig->income);
    add_to(pf, &pf->sum[C_NET_COSTS], fig->net_costs);
    for (int k = 0; k < FP_SRC_COUNT; k++)
        add_to(pf, &pf->sum[C_FIN + k], fig->fin[k]);
    add_to(pf, &pf->sum[C_TOTAL_FIN], fig->total_financing);
    add_to(pf, &pf->sum[C_SUPPORT], fig->support);
    pf->sum[C_ERRORS] += (fp_cents)fp_diag_count(&r->diags, FP_ERROR);
    pf->sum[C_WARNINGS] += (fp_cents)fp_diag_count(&r->diags, FP_WARNING);
    group_add(pf, &pf->instruments, s[S_INSTRUMENT], fig);
    group_add(pf, &pf->funders, s[S_FUNDER], fig);
    for (int i = 0; i < S_COUNT; i++)
        free(s[i]);
    return 0;
}

static void
groups_free(struct groups *g)
{
    for (size_t i = 0; i < g->n; i++)
        free(g->v[i].name);
    free(g->v);
    memset(g, 0, sizeof *g);
}

static void
portfolio_free(struct fp_book_portfolio *pf)
{
    free(pf->idx);
    free(pf->paths);
    groups_free(&pf->instruments);
    groups_free(&pf->funders);
    if (pf->spool)
        fclose(pf->spool);
    free(pf);
}

void
fp_book_portfolio_abort(struct fp_book_portfolio *pf)
{
    if (pf == NULL)
        return;
    fp_outfile_abort(&pf->bf.of);
    portfolio_free(pf);
}

/* Reads the record at e back into r (which then owns its memory); *buf is grown as needed. */
static int
read_row(struct fp_book_portfolio *pf, const struct entry *e, struct fp_record *r, char **buf,
         size_t *bufsize)
{
    uint32_t len;
    if (fseeko(pf->spool, e->offset, SEEK_SET) != 0 || fread(&len, sizeof len, 1, pf->spool) != 1)
        return -1;
    if (len > *bufsize) {
        *bufsize = len;
        *buf = fp_xrealloc(*buf, len);
    }
    if (fread(*buf, len, 1, pf->spool) != 1)
        return -1;
    return fp_record_decode(r, *buf, len);
}

static int
by_path(const void *a, const void *b)
{
    const struct entry *x = a, *y = b;
    int c = strcmp(x->key.path, y->key.path);
    if (c != 0)
        return c;
    return x->offset < y->offset ? -1 : x->offset > y->offset;
}

static int
by_name(const void *a, const void *b)
{
    return strcmp(((const struct group *)a)->name, ((const struct group *)b)->name);
}

/* ==== Writing ==== */

struct pf_formats {
    lxw_format *head, *head_right, *text, *date, *eur, *rate, *int_, *total_label, *total_eur,
        *total_int, *title;
};

static int
pf_make_formats(struct fp_book_file *bf, struct pf_formats *f, int cents)
{
    lxw_format **all[] = {&f->head,      &f->head_right, &f->text, &f->date,
                          &f->eur,       &f->rate,       &f->int_, &f->total_label,
                          &f->total_eur, &f->total_int,  &f->title};
    for (size_t i = 0; i < sizeof all / sizeof all[0]; i++) {
        *all[i] = workbook_add_format(bf->wb);
        if (*all[i] == NULL)
            return fp_book_note(bf, LXW_ERROR_MEMORY_MALLOC_FAILED, "workbook_add_format");
    }
    format_set_bold(f->head);
    format_set_text_wrap(f->head);
    format_set_align(f->head, LXW_ALIGN_VERTICAL_TOP);
    format_set_bold(f->head_right);
    format_set_text_wrap(f->head_right);
    format_set_align(f->head_right, LXW_ALIGN_RIGHT);
    format_set_align(f->head_right, LXW_ALIGN_VERTICAL_TOP);
    format_set_num_format(f->date, "d.m.yyyy");
    format_set_num_format(f->eur, cents ? FP_BOOK_EUR_CENTS : FP_BOOK_EUR);
    format_set_num_format(f->rate, "0.00 %");
    format_set_num_format(f->int_, "0");
    format_set_bold(f->total_label);
    format_set_num_format(f->total_eur, cents ? FP_BOOK_EUR_CENTS : FP_BOOK_EUR);
    format_set_bold(f->total_eur);
    format_set_num_format(f->total_int, "0");
    format_set_bold(f->total_int);
    format_set_bold(f->title);
    format_set_font_size(f->title, 14);
    return 0;
}

static double
eur(fp_cents c)
{
    return (double)c / 100.0;
}

/* The column headers, also the table's column names (so they must be unique). */
static void
headers(enum fp_lang L, const char *h[C_COUNT])
{
    h[C_FILE] = ptext(L, P_FILE);
    h[C_NAME] = fp_lang_text(L, FP_T_PROJECT);
    h[C_APPLICANT] = fp_lang_text(L, FP_T_APPLICANT);
    h[C_FUNDER] = fp_lang_text(L, FP_T_FUNDER);
    h[C_INSTRUMENT] = fp_lang_text(L, FP_T_INSTRUMENT);
    h[C_START] = ptext(L, P_START);
    h[C_END] = ptext(L, P_END);
    h[C_TOTAL_COSTS] = fp_lang_text(L, FP_T_TOTAL_COSTS);
    h[C_INCOME] = ptext(L, P_INCOME);
    h[C_NET_COSTS] = fp_lang_text(L, FP_T_NET_COSTS);
    for (int s = 0; s < FP_SRC_COUNT; s++)
        h[C_FIN + s] = fp_lang_source_label(L, (enum fp_source)s);
    h[C_TOTAL_FIN] = fp_lang_text(L, FP_T_TOTAL_FINANCING);
    h[C_SUPPORT] = fp_lang_text(L, FP_T_SUPPORT);
    h[C_RATE] = fp_lang_text(L, FP_T_SUPPORT_RATE);
    h[C_ERRORS] = ptext(L, P_ERRORS);
    h[C_WARNINGS] = ptext(L, P_WARNINGS);
}

static int
is_money(int c)
{
    return c >= C_TOTAL_COSTS && c <= C_SUPPORT;
}

/* One plan's row: figures as values, the derived ones as formulas with cached figures. */
static void
write_row(struct fp_book_sheet *sh, const struct pf_formats *f, unsigned rr,
          const struct fp_record *rec)
{
    const struct fp_figures *r = &rec->fig;
    char fx[96], a[16], b[16];
    const int text_cols[] = {C_FILE, C_NAME, C_APPLICANT, C_FUNDER, C_INSTRUMENT};
    const char *text[] = {rec->path, rec->name, rec->applicant, rec->funder, r->instrument.name};

    for (int i = 0; i < 5; i++) {
        if (text[i] == NULL || *text[i] == '\0')
            continue;
        /* already clean (fp_book_text in add), so written without a second copy */
        fp_book_note(sh->bf,
                     worksheet_write_string(sh->ws, rr, (lxw_col_t)text_cols[i], text[i], NULL),
                     "worksheet_write_string");
    }
    if (rec->start.year)
        fp_book_put_date(sh, rr, C_START, rec->start, f->date);
    if (rec->end.year)
        fp_book_put_date(sh, rr, C_END, rec->end, f->date);
    fp_book_put_number(sh, rr, C_TOTAL_COSTS, eur(r->total_costs), f->eur, 0);
    fp_book_put_number(sh, rr, C_INCOME, eur(r->income), f->eur, 0);
    fp_book_ref(a, rr, C_TOTAL_COSTS, 0, 0);
    fp_book_ref(b, rr, C_INCOME, 0, 0);
    snprintf(fx, sizeof fx, "=%s-%s", a, b);
    fp_book_put_formula(sh, rr, C_NET_COSTS, fx, f->eur, eur(r->net_costs), 0);
    for (int s = 0; s < FP_SRC_COUNT; s++)
        fp_book_put_number(sh, rr, (unsigned)(C_FIN + s), eur(r->fin[s]), f->eur, 0);
    fp_book_ref(a, rr, C_FIN, 0, 0);
    fp_book_ref(b, rr, C_FIN + FP_SRC_COUNT - 1, 0, 0);
    snprintf(fx, sizeof fx, "=SUM(%s:%s)", a, b);
    fp_book_put_formula(sh, rr, C_TOTAL_FIN, fx, f->eur, eur(r->total_financing), 0);
    fp_book_ref(a, rr, (unsigned)(C_FIN + r->instrument.support_source), 0, 0);
    snprintf(fx, sizeof fx, "=%s", a);
    fp_book_put_formula(sh, rr, C_SUPPORT, fx, f->eur, eur(r->support), 0);
    fp_book_ref(a, rr, C_SUPPORT, 0, 0);
    fp_book_ref(b, rr, r->instrument.base == FP_BASE_NET_COSTS ? C_NET_COSTS : C_TOTAL_COSTS, 0, 0);
    if (r->support_rate.den)
        snprintf(fx, sizeof fx, "=%s/%s", a, b);
    else
        snprintf(fx, sizeof fx, "=IF(%s=0,0,%s/%s)", b, a, b);
    fp_book_put_formula(
        sh, rr, C_RATE, fx, f->rate,
        r->support_rate.den ? (double)r->support_rate.num / (double)r->support_rate.den : 0.0, 0);
    fp_book_put_number(sh, rr, C_ERRORS, (double)fp_diag_count(&rec->diags, FP_ERROR), f->int_, 0);
    fp_book_put_number(sh, rr, C_WARNINGS, (double)fp_diag_count(&rec->diags, FP_WARNING), f->int_,
                       0);
}

/* "Hankelista[Tuki]": a structured reference to a table column; ' [ ] # in the name are
   escaped with ' as Excel requires. The result is cleaned text, freed by the caller. */
static char *
column_ref(enum fp_lang L, const char *header)
{
    const char *table = ptext(L, P_TABLE);
    char *h = fp_book_text(header);
    char *out = fp_xmalloc(strlen(table) + 2 * strlen(h) + 3);
    size_t o = (size_t)sprintf(out, "%s[", table);
    for (const char *p = h; *p; p++) {
        if (strchr("'[]#", *p))
            out[o++] = '\'';
        out[o++] = *p;
    }
    out[o++] = ']';
    out[o] = '\0';
    free(h);
    return out;
}

static void
add_table(struct fp_book_portfolio *pf, lxw_worksheet *ws, unsigned last_row,
          const char *h[C_COUNT])
{
    lxw_table_column cols[C_COUNT], *colp[C_COUNT + 1];
    lxw_table_options opt = {0};
    lxw_error err;
    char *names[C_COUNT], *total, *table;

    for (int c = 0; c < C_COUNT; c++) {
        memset(&cols[c], 0, sizeof cols[c]);
        names[c] = fp_book_text(h[c]);
        cols[c].header = names[c];
        if (is_money(c) || c == C_ERRORS || c == C_WARNINGS)
            cols[c].total_function = LXW_TABLE_FUNCTION_SUM;
        colp[c] = &cols[c];
    }
    /* libxlsxwriter's option fields are not const: give it copies */
    total = fp_book_text(fp_lang_text(pf->opts.lang, FP_T_TOTAL));
    table = fp_book_text(ptext(pf->opts.lang, P_TABLE));
    cols[C_FILE].total_string = total;
    colp[C_COUNT] = NULL;
    opt.name = table;
    opt.total_row = LXW_TRUE;
    opt.columns = colp;
    opt.style_type = LXW_TABLE_STYLE_TYPE_MEDIUM;
    opt.style_type_number = 2;
#if STREAM_TABLE
    ws->optimize = LXW_FALSE;
#endif
    err = worksheet_add_table(ws, 0, 0, last_row, C_COUNT - 1, &opt);
#if STREAM_TABLE
    ws->optimize = LXW_TRUE;
#endif
    fp_book_note(&pf->bf, err, "worksheet_add_table");
    for (int c = 0; c < C_COUNT; c++)
        free(names[c]);
    free(total);
    free(table);
}

static void
print_setup(struct fp_book_sheet *sh, const char *title, int landscape)
{
    char hdr[128];
    worksheet_set_paper(sh->ws, 9); /* A4 */
    if (landscape)
        worksheet_set_landscape(sh->ws);
    worksheet_fit_to_pages(sh->ws, 1, 0);
    snprintf(hdr, sizeof hdr, "&C&\"-,Bold\"%s", title);
    fp_book_note(sh->bf, worksheet_set_header(sh->ws, hdr), "worksheet_set_header");
    fp_book_note(sh->bf, worksheet_set_footer(sh->ws, "&L&F&R&P / &N"), "worksheet_set_footer");
}

static size_t
longest_word(const char *s)
{
    size_t best = 0, cur = 0;
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        if (*p == ' ')
            cur = 0;
        else if ((*p & 0xC0) != 0x80 && ++cur > best)
            best = cur;
    }
    return best;
}

static void
write_data_sheet(struct fp_book_portfolio *pf, const struct pf_formats *f)
{
    enum fp_lang L = pf->opts.lang;
    struct fp_book_sheet sh = {.bf = &pf->bf};
    const char *h[C_COUNT];
    unsigned last_data = pf->n ? (unsigned)pf->n : 1; /* a table needs one data row */
    unsigned total_row = last_data + 1;
    char *buf = NULL, fx[256];
    size_t bufsize = 0;

    sh.ws = workbook_add_worksheet(pf->bf.wb, ptext(L, P_DATA_SHEET));
    if (sh.ws == NULL) {
        fp_book_note(&pf->bf, LXW_ERROR_MEMORY_MALLOC_FAILED, "workbook_add_worksheet");
        return;
    }
    headers(L, h);

    /* Column widths come from add()'s measurements: set now, before any row is streamed. */
    for (int c = 0; c < C_COUNT; c++) {
        double w = pf->width[c];
        if (is_money(c))
            w = fp_book_money_width(pf->sum[c] > pf->sum[C_TOTAL_COSTS] ? pf->sum[c]
                                                                        : pf->sum[C_TOTAL_COSTS],
                                    pf->any_cents);
        else if (c == C_START || c == C_END)
            w = 10;
        else if (c == C_RATE)
            w = 8;
        else if (c == C_ERRORS || c == C_WARNINGS)
            w = 4;
        /* headers wrap at spaces, so they ask for their longest word's width */
        if (w < (double)longest_word(h[c]))
            w = (double)longest_word(h[c]);
        w += 2;
        /* long texts are cut off by the next cell rather than making the table unprintable */
        fp_book_note(&pf->bf,
                     worksheet_set_column(sh.ws, (lxw_col_t)c, (lxw_col_t)c, w > 36 ? 36 : w, NULL),
                     "worksheet_set_column");
    }
    /* two lines for the wrapped headers; in constant_memory a row's height comes before it */
    fp_book_note(&pf->bf, worksheet_set_row(sh.ws, 0, 30, NULL), "worksheet_set_row");
    worksheet_freeze_panes(sh.ws, 1, 2);
    fp_book_note(&pf->bf, worksheet_repeat_rows(sh.ws, 0, 0), "worksheet_repeat_rows");
    print_setup(&sh, ptext(L, P_TITLE), 1);
    add_table(pf, sh.ws, total_row, h);

    /* constant_memory: rows strictly in order, header, plans, totals */
    for (int c = 0; c < C_COUNT; c++) {
        char *t = fp_book_text(h[c]);
        fp_book_note(&pf->bf,
                     worksheet_write_string(sh.ws, 0, (lxw_col_t)c, t,
                                            is_money(c) || c >= C_RATE ? f->head_right : f->head),
                     "worksheet_write_string");
        free(t);
    }
    for (size_t i = 0; i < pf->n && pf->bf.err == 0; i++) {
        struct fp_record r;
        if (read_row(pf, &pf->idx[i], &r, &buf, &bufsize) != 0) {
            fp_diag_fail(pf->bf.of.target, "cannot read the portfolio's temporary file: %s",
                         ferror(pf->spool) ? strerror(errno) : "truncated");
            fp_book_note(&pf->bf, LXW_ERROR_READING_TMPFILE, "spool");
            break;
        }
        write_row(&sh, f, (unsigned)i + 1, &r);
        fp_record_free(&r);
    }
    free(buf);

    fp_book_note(&pf->bf,
                 worksheet_write_string(sh.ws, total_row, C_FILE, fp_lang_text(L, FP_T_TOTAL),
                                        f->total_label),
                 "worksheet_write_string");
    /* SUBTOTAL(109, column) sums the rows a filter shows: what Excel writes for a "sum" total */
    for (int c = 0; c < C_COUNT; c++) {
        if (!is_money(c) && c != C_ERRORS && c != C_WARNINGS)
            continue;
        char *ref = column_ref(L, h[c]);
        snprintf(fx, sizeof fx, "=SUBTOTAL(109,%s)", ref);
        free(ref);
        fp_book_put_formula(&sh, total_row, (unsigned)c, fx,
                            is_money(c) ? f->total_eur : f->total_int,
                            is_money(c) ? eur(pf->sum[c]) : (double)pf->sum[c], 0);
    }
}

/* The SUMIFS criterion for a name: "="&A5 matches the cell's text exactly, except that * ? ~
   are wildcards to SUMIFS: a name with those gets them escaped in a string constant. */
static void
criterion(char *buf, size_t n, const char *name, unsigned row)
{
    char a[16];
    if (*name == '\0') {
        snprintf(buf, n, "\"\""); /* "" matches the empty cells of plans without the field */
        return;
    }
    if (strpbrk(name, "*?~\"") == NULL || strlen(name) > 100) {
        fp_book_ref(a, row, 0, 0, 1);
        snprintf(buf, n, "\"=\"&%s", a);
        return;
    }
    size_t o = 0;
    buf[o++] = '"';
    buf[o++] = '=';
    for (const char *p = name; *p && o + 4 < n; p++) {
        if (*p == '*' || *p == '?' || *p == '~')
            buf[o++] = '~';
        if (*p == '"')
            buf[o++] = '"';
        buf[o++] = *p;
    }
    buf[o++] = '"';
    buf[o] = '\0';
}

/* One block of the totals sheet (per instrument or per funder). Returns the next free row. */
static unsigned
write_groups(struct fp_book_portfolio *pf, struct fp_book_sheet *sh, const struct pf_formats *f,
             unsigned r, struct groups *g, enum pf_text title, int key_col, unsigned *first_out)
{
    enum fp_lang L = pf->opts.lang;
    const int sums[] = {C_TOTAL_COSTS, C_NET_COSTS, C_SUPPORT, C_TOTAL_FIN};
    const char *heads[] = {ptext(L, title),
                           ptext(L, P_PLANS),
                           fp_lang_text(L, FP_T_TOTAL_COSTS),
                           fp_lang_text(L, FP_T_NET_COSTS),
                           fp_lang_text(L, FP_T_SUPPORT),
                           fp_lang_text(L, FP_T_TOTAL_FINANCING)};
    const char *h[C_COUNT];
    char *key, *col[4], a[16], b[16], crit[300], fx[1024];
    unsigned first;

    for (unsigned c = 0; c < 6; c++)
        fp_book_put_text(sh, r, c, heads[c], c ? f->head_right : f->head);
    r++;
    /* structured references: rows a user adds to the table are counted too */
    headers(L, h);
    key = column_ref(L, h[key_col]);
    for (int k = 0; k < 4; k++)
        col[k] = column_ref(L, h[sums[k]]);

    if (g->n > 1) /* no group leaves v NULL, which qsort must not be given */
        qsort(g->v, g->n, sizeof *g->v, by_name);
    first = r;
    for (size_t i = 0; i < g->n; i++, r++) {
        const struct group *e = &g->v[i];
        const fp_cents vals[] = {e->total_costs, e->net_costs, e->support, e->total_financing};
        fp_book_put_text(sh, r, 0, *e->name ? e->name : ptext(L, P_UNKNOWN), NULL);
        criterion(crit, sizeof crit, e->name, r);
        snprintf(fx, sizeof fx, "=COUNTIFS(%s,%s)", key, crit);
        fp_book_put_formula(sh, r, 1, fx, f->int_, (double)e->plans, 4);
        for (int k = 0; k < 4; k++) {
            snprintf(fx, sizeof fx, "=SUMIFS(%s,%s,%s)", col[k], key, crit);
            fp_book_put_formula(sh, r, (unsigned)(2 + k), fx, f->eur, eur(vals[k]),
                                fp_book_money_width(vals[k], pf->any_cents));
        }
    }
    fp_book_put_text(sh, r, 0, fp_lang_text(L, FP_T_TOTAL), f->total_label);
    for (unsigned c = 1; c < 6; c++) {
        fp_book_ref(a, first, c, 0, 0);
        fp_book_ref(b, r - 1, c, 0, 0);
        snprintf(fx, sizeof fx, g->n ? "=SUM(%s:%s)" : "=0", a, b);
        double v = c == 1 ? (double)pf->n : eur(pf->sum[sums[c - 2]]);
        fp_book_put_formula(sh, r, c, fx, c == 1 ? f->total_int : f->total_eur, v,
                            c == 1 ? 5 : fp_book_money_width(pf->sum[sums[c - 2]], pf->any_cents));
    }
    free(key);
    for (int k = 0; k < 4; k++)
        free(col[k]);
    *first_out = first;
    return r + 2;
}

static void
write_totals_sheet(struct fp_book_portfolio *pf, const struct pf_formats *f)
{
    enum fp_lang L = pf->opts.lang;
    struct fp_book_sheet sh = {.bf = &pf->bf};
    const char *name = ptext(L, P_TOTALS_SHEET);
    unsigned r, ifirst, ffirst, ilast;
    lxw_chart *chart;

    sh.ws = workbook_add_worksheet(pf->bf.wb, name);
    if (sh.ws == NULL) {
        fp_book_note(&pf->bf, LXW_ERROR_MEMORY_MALLOC_FAILED, "workbook_add_worksheet");
        return;
    }
    fp_book_note(&pf->bf, worksheet_write_string(sh.ws, 0, 0, ptext(L, P_TITLE), f->title),
                 "worksheet_write_string");
    r = write_groups(pf, &sh, f, 2, &pf->instruments, P_BY_INSTRUMENT, C_INSTRUMENT, &ifirst);
    ilast = ifirst + (unsigned)pf->instruments.n - 1;
    write_groups(pf, &sh, f, r, &pf->funders, P_BY_FUNDER, C_FUNDER, &ffirst);
    fp_book_fit_columns(&sh, 6, 50);
    print_setup(&sh, ptext(L, P_TITLE), 0);

    /* money per instrument: net costs and support side by side */
    if (pf->instruments.n == 0)
        return;
    chart = workbook_add_chart(pf->bf.wb, LXW_CHART_COLUMN);
    if (chart == NULL) {
        fp_book_note(&pf->bf, LXW_ERROR_MEMORY_MALLOC_FAILED, "workbook_add_chart");
        return;
    }
    for (int k = 0; k < 2; k++) {
        char cats[96], vals[96], a[16], b[16];
        unsigned col = k == 0 ? 3 : 4; /* net costs, support */
        lxw_chart_series *s;
        fp_book_ref(a, ifirst, 0, 1, 1);
        fp_book_ref(b, ilast, 0, 1, 1);
        snprintf(cats, sizeof cats, "='%s'!%s:%s", name, a, b);
        fp_book_ref(a, ifirst, col, 1, 1);
        fp_book_ref(b, ilast, col, 1, 1);
        snprintf(vals, sizeof vals, "='%s'!%s:%s", name, a, b);
        s = chart_add_series(chart, cats, vals);
        if (s == NULL) {
            fp_book_note(&pf->bf, LXW_ERROR_MEMORY_MALLOC_FAILED, "chart_add_series");
            return;
        }
        chart_series_set_name_range(s, name, ifirst - 1, (lxw_col_t)col);
    }
    chart_title_set_name(chart, ptext(L, P_BY_INSTRUMENT));
    chart_axis_set_num_format(chart->y_axis, pf->any_cents ? FP_BOOK_EUR_CENTS : FP_BOOK_EUR);
    chart_legend_set_position(chart, LXW_CHART_LEGEND_BOTTOM);
    fp_book_note(&pf->bf, worksheet_insert_chart(sh.ws, 2, 7, chart), "worksheet_insert_chart");
}

int
fp_book_portfolio_close(struct fp_book_portfolio *pf)
{
    lxw_workbook_options opt = {.constant_memory = STREAM_TABLE ? LXW_TRUE : LXW_FALSE};
    enum fp_lang L = pf->opts.lang;
    struct pf_formats f;
    int rc;

    if (pf->failed || (pf->spool && fflush(pf->spool) != 0)) {
        if (!pf->failed)
            fp_diag_fail(pf->bf.of.target, "cannot write the portfolio's temporary file: %s",
                         strerror(errno));
        fp_book_portfolio_abort(pf);
        return -1;
    }
    if (pf->n + 2 > LXW_ROW_MAX) {
        fp_diag_fail(pf->bf.of.target, "%zu plans do not fit in one worksheet", pf->n);
        fp_book_portfolio_abort(pf);
        return -1;
    }
    if (pf->sum_overflow) {
        fp_diag_fail(pf->bf.of.target, "the portfolio's totals are beyond what fundplan can add");
        fp_book_portfolio_abort(pf);
        return -1;
    }

    /* rows by path: the same plans give the same workbook whatever order they were added in */
    for (size_t i = 0; i < pf->n; i++)
        pf->idx[i].key.path = pf->paths + pf->idx[i].key.at;
    if (pf->n > 1) /* no plan at all leaves idx NULL, which qsort must not be given */
        qsort(pf->idx, pf->n, sizeof *pf->idx, by_path);

    pf->bf.err = 0;
    pf->bf.what = NULL;
    pf->bf.wb = workbook_new_opt(pf->bf.of.temp, &opt);
    if (pf->bf.wb == NULL) {
        fp_diag_fail(pf->bf.of.target, "cannot write workbook: %s",
                     lxw_strerror(LXW_ERROR_MEMORY_MALLOC_FAILED));
        fp_book_portfolio_abort(pf);
        return -1;
    }
    fp_book_properties(&pf->bf, ptext(L, P_TITLE), ptext(L, P_TITLE), NULL, NULL, NULL,
                       pf->opts.epoch);
    if (pf_make_formats(&pf->bf, &f, pf->any_cents) == 0) {
        write_data_sheet(pf, &f);
        write_totals_sheet(pf, &f);
    }
    rc = fp_book_end(&pf->bf);
    portfolio_free(pf);
    return rc;
}
