/*
 * book_portfolio.c - the portfolio workbook: one row per plan in an Excel table (case number,
 * name, status, figures, support per year, file), totals of the plans without errors and, apart,
 * of the plans with errors; a summary sheet of SUMIFS formulas by instrument, funder and year,
 * and a chart. Memory stays flat: rows wait in a spool file beside the output and are streamed
 * in constant_memory mode, sorted by plan path, so plans may be added in whatever order parallel
 * workers finish them.
 * SPDX-License-Identifier: MIT
 */
#include "book_portfolio.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <xlsxwriter.h>

#include "book_internal.h"
#include "lang.h"
#include "money.h"
#include "msg.h"
#include "record.h"
#include "utf8.h"

/*
 * Tables and constant_memory. libxlsxwriter 1.1.4 refuses worksheet_add_table() on a
 * constant_memory sheet because the table would write its header cells into the in-memory cell
 * tree, which that mode never writes out. fundplan writes those cells itself, in row order like
 * every other cell, so the refusal protects nothing here: the sheet's optimize flag is lowered
 * for the one call and raised again, the table part (table1.xml: columns, autofilter) is written
 * as usual, and the cells the call put in the tree are freed unused by workbook_close. The flag
 * is a field of the public lxw_worksheet struct, so this is pinned to the versions it was
 * checked on; any other version gets the default mode (a correct workbook, memory growing with
 * the number of plans). tests/xlsx checks the table.
 */
#if defined(LXW_VERSION_ID) && LXW_VERSION_ID >= 110 && LXW_VERSION_ID <= 114
#define STREAM_TABLE 1
#else
#define STREAM_TABLE 0
#endif

/* Printed at 75 %: Calibri 11 becomes 8.25 pt, the smallest text on paper (>= 8 pt). */
#define PRINT_SCALE 75
#define LINE_HEIGHT 15.0 /* points per line of 11 pt text */
#define CHART_SCALE 1.5
#define CHART_HEIGHT (CHART_SCALE * 216.0) /* points: libxlsxwriter's 288 pixels, scaled */
/* A4 landscape's height less the top and bottom margins (print_setup), in points on paper */
#define PRINTABLE_HEIGHT (595.0 - 2 * 0.75 * 72)

/* The fixed columns of the plan table, in order; then one support column per year, then the
   file (C_YEAR0 + number of years). */
enum col {
    C_ID,
    C_NAME,
    C_STATUS,
    C_ERRORS,
    C_WARNINGS,
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
    C_YEAR0
};

/* The two kinds of plan the totals keep apart: a funder can rely on the first. */
enum kind { CLEAN, FAULTY, KINDS };

/* ==== The spool ==== */

/* The texts of a row, cleaned by fp_book_text when added. */
enum { S_PATH, S_ID, S_NAME, S_APPLICANT, S_FUNDER, S_INSTRUMENT, S_COUNT };

/* Where a row waits in the spool: with the path's bytes, all that stays in memory per plan. */
struct entry {
    union {
        size_t at;        /* while adding: offset in the path arena, which may still move */
        const char *path; /* from close on, when the arena stays put */
    } key;
    off_t offset; /* grows with each add(): also breaks ties between equal paths */
};

/* The figures of one instrument or funder that the summary sheet sums. */
/* (No total financing: a plan without errors balances, so its financing is its net costs.) */
enum { G_TOTAL_COSTS, G_NET_COSTS, G_SUPPORT, G_SUMS };

struct group {
    char *name; /* cleaned; "" when the plans do not say */
    int64_t plans[KINDS];
    fp_cents sum[KINDS][G_SUMS];
};

struct groups {
    struct group *v;
    size_t n, cap;
};

/* A year with a support figure in some plan, and its support summed by kind. */
struct year {
    int year;
    fp_cents sum[KINDS];
};

struct fp_book_portfolio {
    struct fp_book_file bf;
    struct fp_report_opts opts;
    FILE *spool; /* the rows, in the order added; unlinked at once */
    struct entry *idx;
    size_t n, cap;
    char *paths; /* every path, NUL-terminated, back to back: one allocation, not one per plan */
    size_t paths_len, paths_cap;
    int failed;
    int any_cents;
    double width[C_YEAR0], file_width; /* the widest text of each text column */
    struct groups instruments, funders;
    struct year *years; /* ascending */
    size_t ny, ycap;
    fp_cents sum[KINDS][C_YEAR0]; /* the totals rows: money and finding counts by kind */
    fp_cents not_by_year[KINDS];  /* support that no year column holds */
    int64_t plans[KINDS];
    int sum_overflow;
};

/* The folder of a path ("." when it has none); the caller frees it. */
static char *
folder_of(const char *path)
{
    const char *slash = strrchr(path, '/');
    if (slash == NULL)
        return fp_xstrdup(".");
    if (slash == path)
        return fp_xstrdup("/");
    return fp_xstrndup(path, (size_t)(slash - path));
}

/* The spool: a hidden file beside the output, unlinked as soon as it is open, so no way out of
   the program (not even a kill) leaves it, and nothing is written outside the output folder. */
static FILE *
open_spool(const char *target)
{
    char *dir = folder_of(target), *name;
    const char *slash = strrchr(target, '/');
    const char *base = slash ? slash + 1 : target;
    FILE *f = NULL;
    int fd, e;

    name = fp_xmalloc(strlen(dir) + strlen(base) + 20);
    sprintf(name, "%s/.%s.spool.XXXXXX", dir, base);
    fd = mkstemp(name);
    e = errno;
    if (fd >= 0) {
        if (unlink(name) == 0)
            f = fdopen(fd, "w+b");
        e = errno;
        if (f == NULL) {
            unlink(name);
            close(fd);
        }
    }
    if (f == NULL)
        FP_FAIL(target, FP_M_PF_CANNOT_SPOOL, fp_arg_str(dir), fp_arg_errno(e ? e : EIO));
    free(name);
    free(dir);
    return f;
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
    pf->spool = open_spool(path);
    if (pf->spool == NULL) {
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
    memset(&g->v[g->n], 0, sizeof g->v[g->n]);
    g->v[g->n].name = fp_xstrdup(name);
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
group_add(struct fp_book_portfolio *pf, struct groups *g, const char *name, enum kind k,
          const struct fp_figures *fig)
{
    struct group *e = group_find(g, name);
    e->plans[k]++;
    add_to(pf, &e->sum[k][G_TOTAL_COSTS], fig->total_costs);
    add_to(pf, &e->sum[k][G_NET_COSTS], fig->net_costs);
    add_to(pf, &e->sum[k][G_SUPPORT], fig->support);
}

/* The support a plan gives for a year: its support line's financing that year, which it has
   only when it divides its financing by year. */
static int
year_support(const struct fp_figures *fig, int year, fp_cents *out)
{
    for (size_t i = 0; i < fig->nyears && i < FP_MAX_YEARS; i++)
        if (fig->years[i].year == year && fig->years[i].has_fin) {
            *out = fig->years[i].fin[fig->instrument.support_source];
            return 1;
        }
    return 0;
}

/* The year's entry, made (in order) when new. */
static struct year *
year_find(struct fp_book_portfolio *pf, int year)
{
    size_t i = 0;
    while (i < pf->ny && pf->years[i].year < year)
        i++;
    if (i < pf->ny && pf->years[i].year == year)
        return &pf->years[i];
    if (pf->ny == pf->ycap) {
        pf->ycap = pf->ycap ? 2 * pf->ycap : 8;
        pf->years = fp_xrealloc(pf->years, pf->ycap * sizeof *pf->years);
    }
    memmove(&pf->years[i + 1], &pf->years[i], (pf->ny - i) * sizeof *pf->years);
    pf->ny++;
    memset(&pf->years[i], 0, sizeof pf->years[i]);
    pf->years[i].year = year;
    return &pf->years[i];
}

static void
measure(double *width, const char *s)
{
    double w = (double)fp_utf8_width(s);
    if (w > *width)
        *width = w;
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
    clean.id = s[S_ID];
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

/* The index entry of a spooled record, and its path in the arena. */
static void
index_add(struct fp_book_portfolio *pf, const char *path, off_t at)
{
    size_t plen = strlen(path) + 1;
    struct entry *e;
    if (pf->n == pf->cap) {
        pf->cap = pf->cap ? 2 * pf->cap : 256;
        pf->idx = fp_xrealloc(pf->idx, pf->cap * sizeof *pf->idx);
    }
    while (pf->paths_len + plen > pf->paths_cap) {
        pf->paths_cap = pf->paths_cap ? 2 * pf->paths_cap : 16384;
        pf->paths = fp_xrealloc(pf->paths, pf->paths_cap);
    }
    memcpy(pf->paths + pf->paths_len, path, plen);
    e = &pf->idx[pf->n++];
    e->key.at = pf->paths_len;
    e->offset = at;
    pf->paths_len += plen;
}

/* What close() needs to know before the first row: widths, sums, the years. */
static void
tally(struct fp_book_portfolio *pf, const struct fp_record *r, char *s[S_COUNT])
{
    const struct fp_figures *fig = &r->fig;
    enum kind k = fp_diag_count(&r->diags, FP_ERROR) > 0 ? FAULTY : CLEAN;
    fp_cents *sum = pf->sum[k], rest;

    pf->plans[k]++;
    pf->any_cents |= fig->any_cents;
    measure(&pf->file_width, s[S_PATH]);
    measure(&pf->width[C_ID], s[S_ID]);
    measure(&pf->width[C_NAME], s[S_NAME]);
    measure(&pf->width[C_APPLICANT], s[S_APPLICANT]);
    measure(&pf->width[C_FUNDER], s[S_FUNDER]);
    measure(&pf->width[C_INSTRUMENT], s[S_INSTRUMENT]);
    add_to(pf, &sum[C_TOTAL_COSTS], fig->total_costs);
    add_to(pf, &sum[C_INCOME], fig->income);
    add_to(pf, &sum[C_NET_COSTS], fig->net_costs);
    for (int i = 0; i < FP_SRC_COUNT; i++)
        add_to(pf, &sum[C_FIN + i], fig->fin[i]);
    add_to(pf, &sum[C_TOTAL_FIN], fig->total_financing);
    add_to(pf, &sum[C_SUPPORT], fig->support);
    sum[C_ERRORS] += (fp_cents)fp_diag_count(&r->diags, FP_ERROR);
    sum[C_WARNINGS] += (fp_cents)fp_diag_count(&r->diags, FP_WARNING);
    rest = fig->support;
    for (size_t i = 0; i < fig->nyears && i < FP_MAX_YEARS; i++) {
        fp_cents v;
        if (!year_support(fig, fig->years[i].year, &v))
            continue;
        add_to(pf, &year_find(pf, fig->years[i].year)->sum[k], v);
        if (fp_cents_sub(rest, v, &rest) != 0)
            pf->sum_overflow = 1;
    }
    add_to(pf, &pf->not_by_year[k], rest);
    group_add(pf, &pf->instruments, s[S_INSTRUMENT], k, fig);
    group_add(pf, &pf->funders, s[S_FUNDER], k, fig);
}

int
fp_book_portfolio_add(struct fp_book_portfolio *pf, const struct fp_record *r)
{
    char *s[S_COUNT];
    const char *raw[S_COUNT] = {
        [S_PATH] = r->path,     [S_ID] = r->id,
        [S_NAME] = r->name,     [S_APPLICANT] = r->applicant,
        [S_FUNDER] = r->funder, [S_INSTRUMENT] = r->fig.instrument.name,
    };
    off_t at;

    if (pf->failed)
        return -1;
    for (int i = 0; i < S_COUNT; i++)
        s[i] = fp_book_text(raw[i]);
    errno = 0;
    at = ftello(pf->spool);
    if (at < 0 || spool_record(pf, r, s) != 0) {
        FP_FAIL(pf->bf.of.target, FP_M_PF_SPOOL_WRITE, fp_arg_errno(errno ? errno : EIO));
        pf->failed = 1;
    } else {
        index_add(pf, s[S_PATH], at);
        tally(pf, r, s);
    }
    for (int i = 0; i < S_COUNT; i++)
        free(s[i]);
    return pf->failed ? -1 : 0;
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
    free(pf->years);
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

/* Reads the record at e back into r (which then owns its memory); *buf is grown as needed.
   0, or -1 with the message printed. */
static int
read_row(struct fp_book_portfolio *pf, const struct entry *e, struct fp_record *r, char **buf,
         size_t *bufsize)
{
    uint32_t len;
    errno = 0;
    if (fseeko(pf->spool, e->offset, SEEK_SET) != 0 || fread(&len, sizeof len, 1, pf->spool) != 1)
        goto fail;
    if (len > *bufsize) {
        *bufsize = len;
        *buf = fp_xrealloc(*buf, len);
    }
    if (fread(*buf, len, 1, pf->spool) != 1)
        goto fail;
    if (fp_record_decode(r, *buf, len) == 0)
        return 0;
fail:
    if (ferror(pf->spool))
        FP_FAIL(pf->bf.of.target, FP_M_PF_SPOOL_READ, fp_arg_errno(errno ? errno : EIO));
    else
        FP_FAIL(pf->bf.of.target, FP_M_PF_SPOOL_SHORT);
    return -1;
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
    lxw_format *head, *head_right, *head_center, *text, *wrap, *date, *eur, *rate, *int_, *year;
    lxw_format *total_label, *total_eur, *total_int, *faulty_label, *faulty_eur, *faulty_int;
    lxw_format *title, *note, *red, *amber;
};

/* What close() writes from: the formats, the headers (cleaned), the layout. */
struct layout {
    enum fp_lang lang;
    struct pf_formats f;
    unsigned ncols;     /* C_YEAR0 + years + the file */
    unsigned c_file;    /* the file's column */
    unsigned last_data; /* the table's last row (1 when there are no plans: a table needs one) */
    char **heads;       /* ncols cleaned headers: also the table's column names */
    char *table;        /* the table's name */
    double *width;      /* ncols column widths */
};

static void
number_formats(struct pf_formats *f, enum fp_lang L, int cents)
{
    const char *eur = fp_book_eur_format(L, cents);
    lxw_format *top[] = {f->text, f->wrap, f->date, f->eur, f->rate, f->int_, f->year};
    format_set_num_format(f->date, fp_book_date_format(L));
    format_set_num_format(f->eur, eur);
    format_set_num_format(f->rate, fp_book_pct_format(L, 2));
    format_set_num_format(f->int_, "0");
    format_set_align(f->int_, LXW_ALIGN_CENTER); /* the finding counts, between texts */
    format_set_num_format(f->year, "0");
    format_set_align(f->year, LXW_ALIGN_LEFT);
    format_set_text_wrap(f->wrap);
    /* a row whose name wraps is taller: its other cells keep to the first line */
    for (size_t i = 0; i < sizeof top / sizeof top[0]; i++)
        format_set_align(top[i], LXW_ALIGN_VERTICAL_TOP);
    format_set_num_format(f->total_eur, eur);
    format_set_num_format(f->total_int, "0");
    format_set_align(f->total_int, LXW_ALIGN_CENTER);
    format_set_num_format(f->faulty_eur, eur);
    format_set_num_format(f->faulty_int, "0");
    format_set_align(f->faulty_int, LXW_ALIGN_CENTER);
}

static void
label_formats(struct pf_formats *f)
{
    lxw_format *head[] = {f->head, f->head_right, f->head_center};
    lxw_format *total[] = {f->total_label, f->total_eur, f->total_int};
    lxw_format *faulty[] = {f->faulty_label, f->faulty_eur, f->faulty_int};
    for (int i = 0; i < 3; i++) {
        format_set_bold(head[i]);
        format_set_text_wrap(head[i]);
        format_set_align(head[i], LXW_ALIGN_VERTICAL_TOP);
    }
    format_set_align(f->head_right, LXW_ALIGN_RIGHT);
    format_set_align(f->head_center, LXW_ALIGN_CENTER);
    for (int i = 0; i < 3; i++) {
        format_set_bold(total[i]);
        format_set_top(total[i], LXW_BORDER_THIN);
        format_set_align(total[i], LXW_ALIGN_VERTICAL_TOP);
        format_set_italic(faulty[i]);
        format_set_align(faulty[i], LXW_ALIGN_VERTICAL_TOP);
    }
    format_set_text_wrap(f->total_label);
    format_set_text_wrap(f->faulty_label);
    format_set_bold(f->title);
    format_set_font_size(f->title, 14);
    format_set_italic(f->note);
    /* Excel's own "light red fill with dark red text" and its amber counterpart */
    format_set_bg_color(f->red, 0xFFC7CE);
    format_set_font_color(f->red, 0x9C0006);
    format_set_bg_color(f->amber, 0xFFEB9C);
    format_set_font_color(f->amber, 0x9C5700);
}

static int
make_formats(struct fp_book_file *bf, struct pf_formats *f, enum fp_lang L, int cents)
{
    lxw_format **all[] = {&f->head,      &f->head_right,   &f->head_center, &f->text,
                          &f->wrap,      &f->date,         &f->eur,         &f->rate,
                          &f->int_,      &f->year,         &f->total_label, &f->total_eur,
                          &f->total_int, &f->faulty_label, &f->faulty_eur,  &f->faulty_int,
                          &f->title,     &f->note,         &f->red,         &f->amber};
    if (fp_book_new_formats(bf, all, sizeof all / sizeof all[0]) != 0)
        return -1;
    number_formats(f, L, cents);
    label_formats(f);
    return 0;
}

static const char *
tx(enum fp_lang L, enum fp_msg m)
{
    return fp_msg_text(L, m);
}

static int
is_money(const struct layout *lo, unsigned c)
{
    return (c >= C_TOTAL_COSTS && c <= C_SUPPORT) || (c >= C_YEAR0 && c < lo->c_file);
}

/* Columns the totals rows sum: money and the finding counts. */
static int
is_summed(const struct layout *lo, unsigned c)
{
    return is_money(lo, c) || c == C_ERRORS || c == C_WARNINGS;
}

/* Lines that s takes wrapped at spaces in a column width characters wide. Measured 10 % wide:
   where no Calibri-metric font is installed, a wider one (DejaVu Sans) stands in. */
static unsigned
wrap_lines(const char *s, double width)
{
    double room = width / 1.1, line = 0;
    unsigned lines = 1;
    while (s && *s) {
        size_t n = strcspn(s, " \n");
        double w = 0;
        for (size_t i = 0; i < n; i++)
            w += ((unsigned char)s[i] & 0xC0) != 0x80;
        if (line > 0 && line + 1 + w > room) {
            lines++;
            line = 0;
        }
        line += (line > 0) + w;
        while (line > room && room >= 1) { /* a word longer than the column breaks anywhere */
            lines++;
            line -= room;
        }
        s += n;
        if (*s == '\n') {
            lines++;
            line = 0;
        }
        if (*s)
            s++;
    }
    return lines;
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

/* The column headers, cleaned: also the table's column names (so they must be unique). */
static void
make_headers(const struct fp_book_portfolio *pf, struct layout *lo)
{
    enum fp_lang L = lo->lang;
    const char *h[C_YEAR0] = {
        [C_ID] = fp_lang_text(L, FP_T_CASE_ID),
        [C_NAME] = fp_lang_text(L, FP_T_PROJECT),
        [C_STATUS] = tx(L, FP_M_PF_STATUS),
        [C_ERRORS] = tx(L, FP_M_PF_ERRORS),
        [C_WARNINGS] = tx(L, FP_M_PF_WARNINGS),
        [C_APPLICANT] = fp_lang_text(L, FP_T_APPLICANT),
        [C_FUNDER] = fp_lang_text(L, FP_T_FUNDER),
        [C_INSTRUMENT] = fp_lang_text(L, FP_T_INSTRUMENT),
        [C_START] = tx(L, FP_M_PF_START),
        [C_END] = tx(L, FP_M_PF_END),
        [C_TOTAL_COSTS] = fp_lang_text(L, FP_T_TOTAL_COSTS),
        [C_INCOME] = tx(L, FP_M_PF_INCOME),
        [C_NET_COSTS] = fp_lang_text(L, FP_T_NET_COSTS),
        [C_TOTAL_FIN] = fp_lang_text(L, FP_T_TOTAL_FINANCING),
        [C_SUPPORT] = fp_lang_text(L, FP_T_SUPPORT),
        [C_RATE] = fp_lang_text(L, FP_T_SUPPORT_RATE),
    };
    for (int s = 0; s < FP_SRC_COUNT; s++)
        h[C_FIN + s] = fp_lang_source_label(L, (enum fp_source)s);
    lo->heads = fp_xmalloc(lo->ncols * sizeof *lo->heads);
    for (unsigned c = 0; c < C_YEAR0; c++)
        lo->heads[c] = fp_book_text(h[c]);
    for (size_t y = 0; y < pf->ny; y++) {
        struct fp_arg a = fp_arg_int(pf->years[y].year);
        lo->heads[C_YEAR0 + y] = fp_msg_format(L, tx(L, FP_M_PF_YEAR_SUPPORT), &a, 1);
    }
    lo->heads[lo->c_file] = fp_book_text(tx(L, FP_M_PF_FILE));
}

/* The widest a money column needs: its totals (every figure is at most those, in size). */
static double
money_width(const struct fp_book_portfolio *pf, fp_cents a, fp_cents b)
{
    fp_cents m = a < 0 ? -a : a, n = b < 0 ? -b : b;
    return fp_book_money_width(m > n ? m : n, pf->any_cents);
}

/* A text column's width: its widest text, up to cap characters (longer texts wrap), measured
   10 % wide as wrap_lines measures, so a text that fits counts as one line. */
static double
text_width(double widest, double cap)
{
    return 1.1 * (widest > cap ? cap : widest);
}

/* A column's width before its header's: what its cells need. */
static double
cell_width(const struct fp_book_portfolio *pf, const struct layout *lo, unsigned c)
{
    static const double cap[C_YEAR0] = {
        [C_ID] = 20, [C_NAME] = 36, [C_APPLICANT] = 32, [C_FUNDER] = 32, [C_INSTRUMENT] = 14};
    double w = 0;
    if (c == lo->c_file)
        return text_width(pf->file_width, 36);
    if (c >= C_YEAR0)
        return money_width(pf, pf->years[c - C_YEAR0].sum[CLEAN],
                           pf->years[c - C_YEAR0].sum[FAULTY]);
    if (cap[c] > 0)
        return text_width(pf->width[c], cap[c]);
    if (is_money(lo, c))
        return money_width(pf, pf->sum[CLEAN][c], pf->sum[FAULTY][c]);
    if (c == C_START || c == C_END)
        return 10;
    if (c == C_RATE)
        return 8;
    if (c == C_STATUS) {
        measure(&w, tx(lo->lang, FP_M_PF_STATUS_ERRORS));
        measure(&w, tx(lo->lang, FP_M_PF_STATUS_WARNINGS));
        measure(&w, tx(lo->lang, FP_M_PF_STATUS_OK));
    }
    return w;
}

/* Column widths from add()'s measurements: set before any row is streamed. */
static void
make_widths(const struct fp_book_portfolio *pf, struct layout *lo)
{
    lo->width = fp_xmalloc(lo->ncols * sizeof *lo->width);
    for (unsigned c = 0; c < lo->ncols; c++) {
        double w = cell_width(pf, lo, c);
        /* headers wrap at spaces, so they ask for their longest word's width */
        if (w < (double)longest_word(lo->heads[c]))
            w = (double)longest_word(lo->heads[c]);
        lo->width[c] = w + 2;
    }
}

static void
layout_free(struct layout *lo)
{
    for (unsigned c = 0; lo->heads && c < lo->ncols; c++)
        free(lo->heads[c]);
    free(lo->heads);
    free(lo->width);
    free(lo->table);
}

/* "Hankelista[Tuki]": a structured reference to a table column; ' [ ] # in the name are
   escaped with ' as Excel requires. The caller frees it. */
static char *
column_ref(const struct layout *lo, unsigned c)
{
    const char *h = lo->heads[c];
    char *out = fp_xmalloc(strlen(lo->table) + 2 * strlen(h) + 3);
    size_t o = (size_t)sprintf(out, "%s[", lo->table);
    for (const char *p = h; *p; p++) {
        if (strchr("'[]#", *p))
            out[o++] = '\'';
        out[o++] = *p;
    }
    out[o++] = ']';
    out[o] = '\0';
    return out;
}

/* The SUMIFS criteria that pick a kind of plan: no errors, or some. */
static const char *
kind_criterion(enum kind k)
{
    return k == CLEAN ? "0" : "\">0\"";
}

/* ---- print */

/* A header or footer text: '&' doubled (Excel's escape), cut within Excel's 255. */
static void
print_text(char *buf, size_t n, const char *prefix, const char *s)
{
    size_t o = (size_t)snprintf(buf, n, "%s", prefix);
    for (const char *p = s; *p && o + 3 < n && o < 200; p++) {
        if (*p == '&')
            buf[o++] = '&';
        buf[o++] = *p;
    }
    buf[o] = '\0';
}

/* A4 landscape at PRINT_SCALE: columns that do not fit split over pages rather than shrink. */
static void
print_setup(struct fp_book_sheet *sh, const char *title)
{
    char hdr[256];
    worksheet_set_paper(sh->ws, 9); /* A4 */
    worksheet_set_landscape(sh->ws);
    worksheet_set_print_scale(sh->ws, PRINT_SCALE);
    worksheet_set_margins(sh->ws, 0.5, 0.5, 0.75, 0.75);
    print_text(hdr, sizeof hdr, "&C&\"-,Bold\"", title);
    fp_book_note(sh->bf, worksheet_set_header(sh->ws, hdr), "worksheet_set_header");
    fp_book_note(sh->bf, worksheet_set_footer(sh->ws, "&L&F&C&A&R&P / &N"), "worksheet_set_footer");
}

/* ---- the plan table */

static void
add_table(struct fp_book_portfolio *pf, const struct layout *lo, lxw_worksheet *ws)
{
    lxw_table_column *cols = fp_xmalloc(lo->ncols * sizeof *cols);
    lxw_table_column **colp = fp_xmalloc((lo->ncols + 1) * sizeof *colp);
    lxw_table_options opt = {0};
    lxw_error err;

    for (unsigned c = 0; c < lo->ncols; c++) {
        memset(&cols[c], 0, sizeof cols[c]);
        cols[c].header = lo->heads[c]; /* libxlsxwriter copies it */
        colp[c] = &cols[c];
    }
    colp[lo->ncols] = NULL;
    opt.name = lo->table;
    opt.columns = colp;
    opt.style_type = LXW_TABLE_STYLE_TYPE_MEDIUM;
    opt.style_type_number = 2;
    /* No totals row of the table's own: it could only sum every row; ours count the plans
       without errors and show the others apart (write_totals). */
#if STREAM_TABLE
    ws->optimize = LXW_FALSE;
#endif
    err = worksheet_add_table(ws, 0, 0, lo->last_data, (lxw_col_t)(lo->ncols - 1), &opt);
#if STREAM_TABLE
    ws->optimize = LXW_TRUE;
#endif
    fp_book_note(&pf->bf, err, "worksheet_add_table");
    free(cols);
    free(colp);
}

/* A fill over a range when formula (relative to its first row) holds. */
static void
fill_when(struct fp_book_sheet *sh, unsigned r1, unsigned c1, unsigned r2, unsigned c2,
          const char *formula, lxw_format *fmt)
{
    lxw_conditional_format cf = {0};
    char buf[64];
    snprintf(buf, sizeof buf, "%s", formula);
    cf.type = LXW_CONDITIONAL_TYPE_FORMULA;
    cf.value_string = buf;
    cf.format = fmt;
    fp_book_note(
        sh->bf,
        worksheet_conditional_format_range(sh->ws, r1, (lxw_col_t)c1, r2, (lxw_col_t)c2, &cf),
        "worksheet_conditional_format_range");
}

/* A plan with errors is red over its whole row (so it shows on every printed page); one with
   warnings amber in its status and counts. They follow edits of the counts. */
static void
status_colours(struct fp_book_sheet *sh, const struct layout *lo)
{
    char fx[64], ref[16];
    fp_book_ref(ref, 1, C_ERRORS, 0, 1);
    snprintf(fx, sizeof fx, "=%s>0", ref);
    fill_when(sh, 1, 0, lo->last_data, lo->ncols - 1, fx, lo->f.red);
    fp_book_ref(ref, 1, C_WARNINGS, 0, 1);
    snprintf(fx, sizeof fx, "=%s>0", ref);
    fill_when(sh, 1, C_STATUS, lo->last_data, C_WARNINGS, fx, lo->f.amber);
}

static void
sheet_setup(struct fp_book_portfolio *pf, struct fp_book_sheet *sh, const struct layout *lo)
{
    unsigned head_lines = 1;
    for (unsigned c = 0; c < lo->ncols; c++) {
        unsigned l = wrap_lines(lo->heads[c], lo->width[c] - 1);
        head_lines = l > head_lines ? l : head_lines;
        fp_book_note(&pf->bf,
                     worksheet_set_column(sh->ws, (lxw_col_t)c, (lxw_col_t)c, lo->width[c], NULL),
                     "worksheet_set_column");
    }
    /* in constant_memory a row's height comes before its cells */
    fp_book_note(&pf->bf, worksheet_set_row(sh->ws, 0, LINE_HEIGHT * head_lines, NULL),
                 "worksheet_set_row");
    worksheet_freeze_panes(sh->ws, 1, C_NAME + 1);
    /* on paper: the header row and the case number and name on every page */
    fp_book_note(&pf->bf, worksheet_repeat_rows(sh->ws, 0, 0), "worksheet_repeat_rows");
    fp_book_note(&pf->bf, worksheet_repeat_columns(sh->ws, C_ID, C_NAME),
                 "worksheet_repeat_columns");
    fp_book_note(&pf->bf,
                 worksheet_print_area(sh->ws, 0, 0, lo->last_data + 2, (lxw_col_t)(lo->ncols - 1)),
                 "worksheet_print_area");
    worksheet_print_across(sh->ws); /* a block of rows is read across its pages, then the next */
    print_setup(sh, tx(lo->lang, FP_M_PF_TITLE));
    add_table(pf, lo, sh->ws);
    status_colours(sh, lo);
}

static void
put_string(struct fp_book_sheet *sh, unsigned row, unsigned col, const char *s, lxw_format *fmt)
{
    if (s == NULL || *s == '\0')
        return;
    /* already clean (fp_book_text), so written without a second copy */
    fp_book_note(sh->bf, worksheet_write_string(sh->ws, row, (lxw_col_t)col, s, fmt),
                 "worksheet_write_string");
}

/* The row's height: as many lines as its longest wrapped text needs. */
static void
row_height(struct fp_book_sheet *sh, const struct layout *lo, unsigned rr,
           const struct fp_record *rec)
{
    const unsigned cols[] = {C_ID, C_NAME, C_APPLICANT, C_FUNDER, C_INSTRUMENT, lo->c_file};
    const char *text[] = {
        rec->id, rec->name, rec->applicant, rec->funder, rec->fig.instrument.name, rec->path};
    unsigned lines = 1;
    for (size_t i = 0; i < sizeof cols / sizeof cols[0]; i++) {
        unsigned l = wrap_lines(text[i], lo->width[cols[i]] - 1);
        lines = l > lines ? l : lines;
    }
    if (lines > 1)
        fp_book_note(sh->bf, worksheet_set_row(sh->ws, rr, LINE_HEIGHT * lines, NULL),
                     "worksheet_set_row");
}

static void
write_texts(struct fp_book_sheet *sh, const struct layout *lo, unsigned rr,
            const struct fp_record *rec)
{
    const struct pf_formats *f = &lo->f;
    size_t errors = fp_diag_count(&rec->diags, FP_ERROR);
    size_t warnings = fp_diag_count(&rec->diags, FP_WARNING);
    enum fp_msg status = errors     ? FP_M_PF_STATUS_ERRORS
                         : warnings ? FP_M_PF_STATUS_WARNINGS
                                    : FP_M_PF_STATUS_OK;
    char *st = fp_book_text(tx(lo->lang, status));

    put_string(sh, rr, C_ID, rec->id, f->wrap);
    put_string(sh, rr, C_NAME, rec->name, f->wrap);
    put_string(sh, rr, C_STATUS, st, f->text);
    free(st);
    fp_book_put_number(sh, rr, C_ERRORS, (double)errors, f->int_, 0);
    fp_book_put_number(sh, rr, C_WARNINGS, (double)warnings, f->int_, 0);
    put_string(sh, rr, C_APPLICANT, rec->applicant, f->wrap);
    put_string(sh, rr, C_FUNDER, rec->funder, f->wrap);
    put_string(sh, rr, C_INSTRUMENT, rec->fig.instrument.name, f->wrap);
    fp_book_put_date(sh, rr, C_START, rec->start, f->date);
    fp_book_put_date(sh, rr, C_END, rec->end, f->date);
}

/* The figures: the plan's own as values, the derived ones as formulas with cached figures. */
static void
write_figures(struct fp_book_sheet *sh, const struct layout *lo, unsigned rr,
              const struct fp_figures *r)
{
    const struct pf_formats *f = &lo->f;
    char fx[96], a[16], b[16];
    fp_book_put_number(sh, rr, C_TOTAL_COSTS, fp_book_eur(r->total_costs), f->eur, 0);
    fp_book_put_number(sh, rr, C_INCOME, fp_book_eur(r->income), f->eur, 0);
    fp_book_ref(a, rr, C_TOTAL_COSTS, 0, 0);
    fp_book_ref(b, rr, C_INCOME, 0, 0);
    snprintf(fx, sizeof fx, "=%s-%s", a, b);
    fp_book_put_formula(sh, rr, C_NET_COSTS, fx, f->eur, fp_book_eur(r->net_costs), 0);
    for (int s = 0; s < FP_SRC_COUNT; s++)
        fp_book_put_number(sh, rr, (unsigned)(C_FIN + s), fp_book_eur(r->fin[s]), f->eur, 0);
    fp_book_ref(a, rr, C_FIN, 0, 0);
    fp_book_ref(b, rr, C_FIN + FP_SRC_COUNT - 1, 0, 0);
    snprintf(fx, sizeof fx, "=SUM(%s:%s)", a, b);
    fp_book_put_formula(sh, rr, C_TOTAL_FIN, fx, f->eur, fp_book_eur(r->total_financing), 0);
    fp_book_ref(a, rr, (unsigned)(C_FIN + r->instrument.support_source), 0, 0);
    snprintf(fx, sizeof fx, "=%s", a);
    fp_book_put_formula(sh, rr, C_SUPPORT, fx, f->eur, fp_book_eur(r->support), 0);
    fp_book_ref(a, rr, C_SUPPORT, 0, 0);
    fp_book_ref(b, rr, r->instrument.base == FP_BASE_NET_COSTS ? C_NET_COSTS : C_TOTAL_COSTS, 0, 0);
    if (r->support_rate.den)
        snprintf(fx, sizeof fx, "=%s/%s", a, b);
    else
        snprintf(fx, sizeof fx, "=IF(%s=0,0,%s/%s)", b, a, b);
    fp_book_put_formula(sh, rr, C_RATE, fx, f->rate, fp_book_ratio(r->support_rate), 0);
}

/* The per-year column of a year that tally() saw (binary search: there may be many years). */
static unsigned
year_column(const struct fp_book_portfolio *pf, int year)
{
    size_t lo = 0, hi = pf->ny;
    while (lo + 1 < hi) {
        size_t mid = (lo + hi) / 2;
        if (pf->years[mid].year <= year)
            lo = mid;
        else
            hi = mid;
    }
    return (unsigned)lo;
}

/* One plan's row. */
static void
write_row(struct fp_book_portfolio *pf, struct fp_book_sheet *sh, const struct layout *lo,
          unsigned rr, const struct fp_record *rec)
{
    row_height(sh, lo, rr, rec);
    write_texts(sh, lo, rr, rec);
    write_figures(sh, lo, rr, &rec->fig);
    for (size_t i = 0; i < rec->fig.nyears && i < FP_MAX_YEARS; i++) {
        const struct fp_year_figures *y = &rec->fig.years[i];
        fp_cents v;
        if (year_support(&rec->fig, y->year, &v))
            fp_book_put_number(sh, rr, C_YEAR0 + year_column(pf, y->year), fp_book_eur(v),
                               lo->f.eur, 0);
    }
    put_string(sh, rr, lo->c_file, rec->path, lo->f.wrap);
}

/* The two totals rows under the table: the plans without errors (what a funder can rely on),
   then the plans with errors, apart. SUMIFS over the table's columns by structured reference,
   so rows a user adds or edits count too. */
static void
write_totals(struct fp_book_portfolio *pf, struct fp_book_sheet *sh, const struct layout *lo)
{
    const enum fp_msg label[KINDS] = {FP_M_PF_TOTAL_CLEAN, FP_M_PF_TOTAL_ERRORS};
    char *errs = column_ref(lo, C_ERRORS), fx[1024];
    for (int k = 0; k < KINDS; k++) {
        unsigned rr = lo->last_data + 1 + (unsigned)k;
        const struct pf_formats *f = &lo->f;
        char *t = fp_book_text(tx(lo->lang, label[k]));
        unsigned lines = wrap_lines(t, lo->width[C_NAME] - 1);
        if (lines > 1)
            fp_book_note(sh->bf, worksheet_set_row(sh->ws, rr, LINE_HEIGHT * lines, NULL),
                         "worksheet_set_row");
        put_string(sh, rr, C_NAME, t, k == CLEAN ? f->total_label : f->faulty_label);
        free(t);
        for (unsigned c = 0; c < lo->ncols; c++) {
            fp_cents v;
            if (!is_summed(lo, c))
                continue;
            v = c < C_YEAR0 ? pf->sum[k][c] : pf->years[c - C_YEAR0].sum[k];
            char *col = column_ref(lo, c);
            snprintf(fx, sizeof fx, "=SUMIFS(%s,%s,%s)", col, errs, kind_criterion((enum kind)k));
            free(col);
            if (is_money(lo, c))
                fp_book_put_formula(sh, rr, c, fx, k == CLEAN ? f->total_eur : f->faulty_eur,
                                    fp_book_eur(v), 0);
            else
                fp_book_put_formula(sh, rr, c, fx, k == CLEAN ? f->total_int : f->faulty_int,
                                    (double)v, 0);
        }
    }
    free(errs);
}

static void
write_data_sheet(struct fp_book_portfolio *pf, const struct layout *lo)
{
    struct fp_book_sheet sh = {.bf = &pf->bf};
    char *buf = NULL;
    size_t bufsize = 0;

    sh.ws = workbook_add_worksheet(pf->bf.wb, tx(lo->lang, FP_M_PF_SHEET_PLANS));
    if (sh.ws == NULL) {
        fp_book_note(&pf->bf, LXW_ERROR_MEMORY_MALLOC_FAILED, "workbook_add_worksheet");
        return;
    }
    sheet_setup(pf, &sh, lo);
    /* constant_memory: rows strictly in order, header, plans, totals */
    for (unsigned c = 0; c < lo->ncols; c++)
        put_string(&sh, 0, c, lo->heads[c],
                   is_money(lo, c) || c == C_RATE     ? lo->f.head_right
                   : c == C_ERRORS || c == C_WARNINGS ? lo->f.head_center
                                                      : lo->f.head);
    for (size_t i = 0; i < pf->n && pf->bf.err == 0; i++) {
        struct fp_record r;
        if (read_row(pf, &pf->idx[i], &r, &buf, &bufsize) != 0) {
            fp_book_note(&pf->bf, LXW_ERROR_READING_TMPFILE, "spool");
            break;
        }
        write_row(pf, &sh, lo, (unsigned)i + 1, &r);
        fp_record_free(&r);
    }
    free(buf);
    write_totals(pf, &sh, lo);
}

/* ---- the summary sheet */

/* The summary's columns: the group, then the figures of the plans without errors, then the
   plans with errors apart. */
enum { S_KEY, S_PLANS, S_TOTAL_COSTS, S_NET_COSTS, S_SUPPORT, S_ERR_PLANS, S_ERR_SUPPORT, S_COLS };

/* The table column each of the summary's figures sums. */
static const unsigned summed_col[G_SUMS] = {C_TOTAL_COSTS, C_NET_COSTS, C_SUPPORT};

struct summary {
    struct fp_book_portfolio *pf;
    const struct layout *lo;
    struct fp_book_sheet sh;
    const char *name;     /* the sheet's */
    double width[S_COLS]; /* known before the first row, for the rows' heights */
    double extra;         /* points the rows written are taller than one line each */
    char *errs;           /* the errors column, by structured reference */
};

/* A column's header in the blocks of groups; the year block shows only the two support ones. */
static const char *
summary_head(enum fp_lang L, unsigned c)
{
    switch (c) {
    case S_PLANS:
        return tx(L, FP_M_PF_PLANS);
    case S_TOTAL_COSTS:
        return fp_lang_text(L, FP_T_TOTAL_COSTS);
    case S_NET_COSTS:
        return fp_lang_text(L, FP_T_NET_COSTS);
    case S_SUPPORT:
        return fp_lang_text(L, FP_T_SUPPORT);
    case S_ERR_PLANS:
        return tx(L, FP_M_PF_ERROR_PLANS);
    case S_ERR_SUPPORT:
        return tx(L, FP_M_PF_ERROR_SUPPORT);
    default:
        return "";
    }
}

/* The key column's width: the widest label it holds, capped (longer ones wrap). */
static double
key_width(const struct fp_book_portfolio *pf, enum fp_lang L)
{
    const enum fp_msg labels[] = {FP_M_PF_BY_INSTRUMENT, FP_M_PF_BY_FUNDER, FP_M_PF_BY_YEAR,
                                  FP_M_PF_NOT_BY_YEAR, FP_M_PF_UNKNOWN};
    const struct groups *g[] = {&pf->instruments, &pf->funders};
    double w = (double)fp_utf8_width(fp_lang_text(L, FP_T_TOTAL));
    for (size_t i = 0; i < sizeof labels / sizeof labels[0]; i++)
        measure(&w, tx(L, labels[i]));
    for (int k = 0; k < 2; k++)
        for (size_t i = 0; i < g[k]->n; i++)
            measure(&w, g[k]->v[i].name);
    return text_width(w, 40) + 2;
}

/* Every column's width before the first row: a figure is at most its column's total in size. */
static void
summary_widths(struct summary *s)
{
    const struct fp_book_portfolio *pf = s->pf;
    enum fp_lang L = s->lo->lang;
    const fp_cents money[S_COLS] = {
        [S_TOTAL_COSTS] = pf->sum[CLEAN][C_TOTAL_COSTS],
        [S_NET_COSTS] = pf->sum[CLEAN][C_NET_COSTS],
        [S_SUPPORT] = pf->sum[CLEAN][C_SUPPORT],
        [S_ERR_SUPPORT] = pf->sum[FAULTY][C_SUPPORT],
    };
    s->width[S_KEY] = key_width(pf, L);
    for (unsigned c = 1; c < S_COLS; c++) {
        double w = c == S_PLANS || c == S_ERR_PLANS ? 5 : money_width(pf, money[c], 0) + 1;
        if (w < (double)longest_word(summary_head(L, c)))
            w = (double)longest_word(summary_head(L, c));
        s->width[c] = w + 2;
    }
    for (unsigned c = 0; c < S_COLS; c++)
        fp_book_note(s->sh.bf,
                     worksheet_set_column(s->sh.ws, (lxw_col_t)c, (lxw_col_t)c, s->width[c],
                                          c == S_KEY ? s->lo->f.wrap : NULL),
                     "worksheet_set_column");
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

/* Row r as many lines high (before its cells: constant_memory). */
static void
tall_row(struct summary *s, unsigned r, unsigned lines)
{
    if (lines <= 1)
        return;
    fp_book_note(s->sh.bf, worksheet_set_row(s->sh.ws, r, LINE_HEIGHT * lines, NULL),
                 "worksheet_set_row");
    s->extra += LINE_HEIGHT * (lines - 1);
}

/* A label in the key column: as many lines high as it wraps to. */
static void
put_key(struct summary *s, unsigned r, const char *text, lxw_format *fmt)
{
    char *t = fp_book_text(text);
    tall_row(s, r, wrap_lines(t, s->width[S_KEY] - 1));
    put_string(&s->sh, r, S_KEY, t, fmt);
    free(t);
}

static void
block_head(struct summary *s, unsigned r, enum fp_msg title, int groups)
{
    enum fp_lang L = s->lo->lang;
    unsigned lines = 1;
    for (unsigned c = 1; c < S_COLS; c++) {
        unsigned l = wrap_lines(summary_head(L, c), s->width[c] - 1);
        lines = l > lines ? l : lines;
    }
    tall_row(s, r, lines);
    put_string(&s->sh, r, S_KEY, tx(L, title), s->lo->f.head);
    for (unsigned c = 1; c < S_COLS; c++)
        if (groups || c == S_SUPPORT || c == S_ERR_SUPPORT) {
            char *t = fp_book_text(summary_head(L, c));
            put_string(&s->sh, r, c, t, s->lo->f.head_right);
            free(t);
        }
}

/* One group's row: COUNTIFS and SUMIFS over the table by the group's name and the errors. */
static void
group_row(struct summary *s, unsigned r, const struct group *e, const char *key, char *const *col)
{
    const struct pf_formats *f = &s->lo->f;
    char crit[300], fx[1024];
    put_key(s, r, *e->name ? e->name : tx(s->lo->lang, FP_M_PF_UNKNOWN), NULL);
    criterion(crit, sizeof crit, e->name, r);
    for (int k = 0; k < KINDS; k++) {
        unsigned pc = k == CLEAN ? S_PLANS : S_ERR_PLANS;
        snprintf(fx, sizeof fx, "=COUNTIFS(%s,%s,%s,%s)", key, crit, s->errs,
                 kind_criterion((enum kind)k));
        fp_book_put_formula(&s->sh, r, pc, fx, f->int_, (double)e->plans[k], 0);
    }
    for (int g = 0; g < G_SUMS; g++) {
        snprintf(fx, sizeof fx, "=SUMIFS(%s,%s,%s,%s,0)", col[g], key, crit, s->errs);
        fp_book_put_formula(&s->sh, r, (unsigned)(S_TOTAL_COSTS + g), fx, f->eur,
                            fp_book_eur(e->sum[CLEAN][g]), 0);
    }
    snprintf(fx, sizeof fx, "=SUMIFS(%s,%s,%s,%s,\">0\")", col[G_SUPPORT], key, crit, s->errs);
    fp_book_put_formula(&s->sh, r, S_ERR_SUPPORT, fx, f->eur,
                        fp_book_eur(e->sum[FAULTY][G_SUPPORT]), 0);
}

/* A block's total row: the sum of the rows above (first..r-1), cached[] per column. */
static void
total_row(struct summary *s, unsigned r, unsigned first, const double cached[S_COLS],
          const int shown[S_COLS])
{
    const struct pf_formats *f = &s->lo->f;
    char fx[64], a[16], b[16];
    put_key(s, r, fp_lang_text(s->lo->lang, FP_T_TOTAL), f->total_label);
    for (unsigned c = 1; c < S_COLS; c++) {
        int count = c == S_PLANS || c == S_ERR_PLANS;
        if (!shown[c])
            continue;
        fp_book_ref(a, first, c, 0, 0);
        fp_book_ref(b, r - 1, c, 0, 0);
        snprintf(fx, sizeof fx, r > first ? "=SUM(%s:%s)" : "=0", a, b);
        fp_book_put_formula(&s->sh, r, c, fx, count ? f->total_int : f->total_eur, cached[c], 0);
    }
}

/* One block of groups (per instrument or per funder) from row r. Returns the next free row;
 *first_out is the first group's row. */
static unsigned
write_groups(struct summary *s, unsigned r, struct groups *g, enum fp_msg title, unsigned key_col,
             unsigned *first_out)
{
    const struct fp_book_portfolio *pf = s->pf;
    const int shown[S_COLS] = {0, 1, 1, 1, 1, 1, 1};
    double cached[S_COLS] = {0};
    char *key = column_ref(s->lo, key_col), *col[G_SUMS];
    unsigned first;

    block_head(s, r++, title, 1);
    for (int k = 0; k < G_SUMS; k++)
        col[k] = column_ref(s->lo, summed_col[k]);
    if (g->n > 1) /* no group leaves v NULL, which qsort must not be given */
        qsort(g->v, g->n, sizeof *g->v, by_name);
    first = r;
    for (size_t i = 0; i < g->n; i++, r++)
        group_row(s, r, &g->v[i], key, col);
    cached[S_PLANS] = (double)pf->plans[CLEAN];
    cached[S_ERR_PLANS] = (double)pf->plans[FAULTY];
    for (int k = 0; k < G_SUMS; k++)
        cached[S_TOTAL_COSTS + k] = fp_book_eur(pf->sum[CLEAN][summed_col[k]]);
    cached[S_ERR_SUPPORT] = fp_book_eur(pf->sum[FAULTY][C_SUPPORT]);
    total_row(s, r, first, cached, shown);
    free(key);
    for (int k = 0; k < G_SUMS; k++)
        free(col[k]);
    *first_out = first;
    return r + 3;
}

/* The support per year of both kinds of plan, and what no plan's years split: the support of
   plans whose financing is not given by year. */
static unsigned
write_years(struct summary *s, unsigned r)
{
    const struct fp_book_portfolio *pf = s->pf;
    const struct pf_formats *f = &s->lo->f;
    const unsigned at[KINDS] = {S_SUPPORT, S_ERR_SUPPORT};
    const int shown[S_COLS] = {[S_SUPPORT] = 1, [S_ERR_SUPPORT] = 1};
    double cached[S_COLS] = {0};
    char fx[1024], a[16], b[16], *support = column_ref(s->lo, C_SUPPORT);
    unsigned first;

    block_head(s, r++, FP_M_PF_BY_YEAR, 0);
    first = r;
    for (size_t y = 0; y < pf->ny; y++, r++) {
        char *col = column_ref(s->lo, C_YEAR0 + (unsigned)y);
        fp_book_put_number(&s->sh, r, S_KEY, pf->years[y].year, f->year, 0);
        for (int k = 0; k < KINDS; k++) {
            snprintf(fx, sizeof fx, "=SUMIFS(%s,%s,%s)", col, s->errs,
                     kind_criterion((enum kind)k));
            fp_book_put_formula(&s->sh, r, at[k], fx, f->eur, fp_book_eur(pf->years[y].sum[k]), 0);
        }
        free(col);
    }
    put_key(s, r, tx(s->lo->lang, FP_M_PF_NOT_BY_YEAR), NULL);
    for (int k = 0; k < KINDS; k++) {
        fp_book_ref(a, first, at[k], 0, 0);
        fp_book_ref(b, r - 1, at[k], 0, 0);
        if (pf->ny)
            snprintf(fx, sizeof fx, "=SUMIFS(%s,%s,%s)-SUM(%s:%s)", support, s->errs,
                     kind_criterion((enum kind)k), a, b);
        else
            snprintf(fx, sizeof fx, "=SUMIFS(%s,%s,%s)", support, s->errs,
                     kind_criterion((enum kind)k));
        fp_book_put_formula(&s->sh, r, at[k], fx, f->eur, fp_book_eur(pf->not_by_year[k]), 0);
        cached[at[k]] = fp_book_eur(pf->sum[k][C_SUPPORT]);
    }
    r++;
    total_row(s, r, first, cached, shown);
    free(support);
    return r + 3;
}

/* Net costs and support of the plans without errors, per instrument. */
static void
write_chart(struct summary *s, unsigned row, unsigned ifirst)
{
    struct fp_book_portfolio *pf = s->pf;
    unsigned ilast = ifirst + (unsigned)pf->instruments.n - 1;
    lxw_chart *chart = workbook_add_chart(pf->bf.wb, LXW_CHART_COLUMN);
    if (chart == NULL) {
        fp_book_note(&pf->bf, LXW_ERROR_MEMORY_MALLOC_FAILED, "workbook_add_chart");
        return;
    }
    for (int k = 0; k < 2; k++) {
        char cats[96], vals[96], a[16], b[16];
        unsigned col = k == 0 ? S_NET_COSTS : S_SUPPORT;
        lxw_chart_series *ser;
        fp_book_ref(a, ifirst, S_KEY, 1, 1);
        fp_book_ref(b, ilast, S_KEY, 1, 1);
        snprintf(cats, sizeof cats, "='%s'!%s:%s", s->name, a, b);
        fp_book_ref(a, ifirst, col, 1, 1);
        fp_book_ref(b, ilast, col, 1, 1);
        snprintf(vals, sizeof vals, "='%s'!%s:%s", s->name, a, b);
        ser = chart_add_series(chart, cats, vals);
        if (ser == NULL) {
            fp_book_note(&pf->bf, LXW_ERROR_MEMORY_MALLOC_FAILED, "chart_add_series");
            return;
        }
        chart_series_set_name_range(ser, s->name, ifirst - 1, (lxw_col_t)col);
    }
    /* 11 pt like the cells, so the printed chart keeps >= 8 pt too (charts default to 10) */
    lxw_chart_font font = {.size = 11}, title = {.size = 14, .bold = LXW_TRUE};
    chart_axis_set_num_font(chart->x_axis, &font);
    chart_axis_set_num_font(chart->y_axis, &font);
    chart_legend_set_font(chart, &font);
    chart_title_set_name(chart, tx(s->lo->lang, FP_M_PF_CHART_TITLE));
    chart_title_set_name_font(chart, &title);
    /* whole euros on the axis, the language's way, even when the figures have cents */
    chart_axis_set_num_format(chart->y_axis, fp_book_eur_format(s->lo->lang, 0));
    chart_legend_set_position(chart, LXW_CHART_LEGEND_BOTTOM);
    lxw_chart_options opt = {.y_offset = 8, .x_scale = CHART_SCALE, .y_scale = CHART_SCALE};
    fp_book_note(&pf->bf, worksheet_insert_chart_opt(s->sh.ws, row, 0, chart, &opt),
                 "worksheet_insert_chart");
    /* a chart cut by a page break is unreadable: a new page for it when the tables fill this
       one (A4 landscape less its margins, at PRINT_SCALE; the title row is ~5 pt taller) */
    if ((LINE_HEIGHT * row + s->extra + 5 + CHART_HEIGHT) * PRINT_SCALE / 100 > PRINTABLE_HEIGHT) {
        lxw_row_t breaks[] = {row, 0};
        fp_book_note(&pf->bf, worksheet_set_h_pagebreaks(s->sh.ws, breaks),
                     "worksheet_set_h_pagebreaks");
    }
}

static void
write_summary_sheet(struct fp_book_portfolio *pf, const struct layout *lo)
{
    enum fp_lang L = lo->lang;
    struct summary s = {.pf = pf, .lo = lo, .sh = {.bf = &pf->bf}};
    unsigned r, ifirst, ffirst;

    s.name = tx(L, FP_M_PF_SHEET_SUMMARY);
    s.sh.ws = workbook_add_worksheet(pf->bf.wb, s.name);
    if (s.sh.ws == NULL) {
        fp_book_note(&pf->bf, LXW_ERROR_MEMORY_MALLOC_FAILED, "workbook_add_worksheet");
        return;
    }
    summary_widths(&s);
    s.errs = column_ref(lo, C_ERRORS);
    put_string(&s.sh, 0, 0, tx(L, FP_M_PF_TITLE), lo->f.title);
    put_string(&s.sh, 1, 0, tx(L, FP_M_PF_CLEAN_NOTE), lo->f.note);
    r = write_groups(&s, 3, &pf->instruments, FP_M_PF_BY_INSTRUMENT, C_INSTRUMENT, &ifirst);
    r = write_groups(&s, r, &pf->funders, FP_M_PF_BY_FUNDER, C_FUNDER, &ffirst);
    r = write_years(&s, r);
    free(s.errs);
    print_setup(&s.sh, tx(L, FP_M_PF_TITLE));
    if (pf->instruments.n > 0)
        write_chart(&s, r - 1, ifirst);
}

/* ---- close */

/* Why the portfolio cannot be written at all, printed; 0 when it can. */
static int
cannot_write(struct fp_book_portfolio *pf)
{
    if (pf->failed)
        return -1; /* add() printed why */
    errno = 0;
    if (fflush(pf->spool) != 0) {
        FP_FAIL(pf->bf.of.target, FP_M_PF_SPOOL_WRITE, fp_arg_errno(errno ? errno : EIO));
        return -1;
    }
    if (pf->n + 3 > LXW_ROW_MAX) {
        FP_FAIL(pf->bf.of.target, FP_M_PF_TOO_MANY, fp_arg_int((int64_t)pf->n));
        return -1;
    }
    if (pf->sum_overflow) {
        FP_FAIL(pf->bf.of.target, FP_M_PF_OVERFLOW);
        return -1;
    }
    return 0;
}

/* Opens the workbook on the temp file; libxlsxwriter's own temp files go beside it too. */
static int
begin_workbook(struct fp_book_portfolio *pf)
{
    lxw_workbook_options opt = {.constant_memory = STREAM_TABLE ? LXW_TRUE : LXW_FALSE};
    char *dir = folder_of(pf->bf.of.temp);
    opt.tmpdir = dir;
    pf->bf.err = 0;
    pf->bf.what = NULL;
    pf->bf.wb = workbook_new_opt(pf->bf.of.temp, &opt);
    free(dir);
    if (pf->bf.wb == NULL) {
        FP_FAIL(pf->bf.of.target, FP_M_BOOK_CANNOT_WRITE,
                fp_arg_str(lxw_strerror(LXW_ERROR_MEMORY_MALLOC_FAILED)));
        return -1;
    }
    return 0;
}

int
fp_book_portfolio_close(struct fp_book_portfolio *pf)
{
    struct layout lo = {.lang = pf->opts.lang};
    int rc;

    if (cannot_write(pf) != 0 || begin_workbook(pf) != 0) {
        fp_book_portfolio_abort(pf);
        return -1;
    }
    /* rows by path: the same plans give the same workbook whatever order they were added in */
    for (size_t i = 0; i < pf->n; i++)
        pf->idx[i].key.path = pf->paths + pf->idx[i].key.at;
    if (pf->n > 1) /* no plan at all leaves idx NULL, which qsort must not be given */
        qsort(pf->idx, pf->n, sizeof *pf->idx, by_path);

    lo.ncols = C_YEAR0 + (unsigned)pf->ny + 1;
    lo.c_file = lo.ncols - 1;
    lo.last_data = pf->n ? (unsigned)pf->n : 1;
    lo.table = fp_book_text(tx(lo.lang, FP_M_PF_TABLE));
    make_headers(pf, &lo);
    make_widths(pf, &lo);
    fp_book_properties(&pf->bf, tx(lo.lang, FP_M_PF_TITLE), tx(lo.lang, FP_M_PF_TITLE), NULL, NULL,
                       NULL, pf->opts.epoch);
    if (make_formats(&pf->bf, &lo.f, lo.lang, pf->any_cents) == 0) {
        write_data_sheet(pf, &lo);
        write_summary_sheet(pf, &lo);
    }
    layout_free(&lo);
    rc = fp_book_end(&pf->bf);
    portfolio_free(pf);
    return rc;
}
