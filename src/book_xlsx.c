/*
 * book_xlsx.c - the plan workbook (summary with live formulas, financing chart, findings) and the
 * helpers both workbooks share: text cleaning, temp-file handling, error recording.
 * Every figure is fundplan's (struct fp_figures) and is written as a formula's cached value.
 * SPDX-License-Identifier: MIT
 */
#include "book_xlsx.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <xlsxwriter.h>

#include "book_internal.h"
#include "date.h"
#include "lang.h"
#include "money.h"
#include "utf8.h"

/* ==== Shared helpers ==== */

char *
fp_book_text(const char *s)
{
    static const char replacement[] = "\xEF\xBF\xBD"; /* U+FFFD */
    const unsigned char *p = (const unsigned char *)(s ? s : "");
    size_t n = strlen((const char *)p), units = 0, o = 0;
    char *out = fp_xmalloc(3 * n + 1); /* a bad byte (1) becomes U+FFFD (3) at worst */

    while (n > 0) {
        uint32_t cp;
        int bad = 0;
        size_t len = fp_utf8_next((const char *)p, n, &cp, &bad);
        size_t u = cp >= 0x10000 ? 2 : 1;
        if (units + u > FP_BOOK_CELL_MAX)
            break;
        units += u;
        if (bad || cp == 0xFFFE || cp == 0xFFFF) {
            /* libxlsxwriter copies bytes into the XML as they are: a bad byte (taken alone) or a
               non-character (taken whole) would make the whole workbook unreadable */
            memcpy(out + o, replacement, 3);
            o += 3;
            p += len, n -= len;
            continue;
        }
        if (cp < 0x20 && cp != '\t' && cp != '\n')
            out[o++] = ' '; /* control characters are not allowed in XML 1.0 */
        else
            memcpy(out + o, p, len), o += len;
        p += len, n -= len;
    }
    out[o] = '\0';
    return out;
}

int
fp_book_new_formats(struct fp_book_file *bf, struct lxw_format **const all[], size_t n)
{
    for (size_t i = 0; i < n; i++)
        if ((*all[i] = workbook_add_format(bf->wb)) == NULL) {
            fp_book_note(bf, LXW_ERROR_MEMORY_MALLOC_FAILED, "workbook_add_format");
            return -1;
        }
    return 0;
}

double
fp_book_eur(fp_cents c)
{
    return (double)c / 100.0;
}

double
fp_book_ratio(struct fp_ratio r)
{
    return r.den > 0 ? (double)r.num / (double)r.den : 0.0;
}

void
fp_book_head_format(lxw_format *f)
{
    format_set_bold(f);
    format_set_bottom(f, LXW_BORDER_THIN);
    format_set_bg_color(f, 0xDDEBF7);
}

int
fp_book_begin(struct fp_book_file *bf, const char *path, int constant_memory)
{
    lxw_workbook_options opt = {.constant_memory = constant_memory ? LXW_TRUE : LXW_FALSE};
    static char shm[] = "/dev/shm";
    char *folder = NULL;

    bf->wb = NULL;
    bf->err = 0;
    bf->what = NULL;
    /* Our own checks first (folder exists and is writable, target is a regular file): this
       prints "fundplan: PATH: error: ..." where libxlsxwriter would print its "[ERROR]". */
    if (fp_outfile_open(&bf->of, path) != 0)
        return -1;
    /* libxlsxwriter writes each part of the workbook (~14) to a temp file first, in /tmp unless
       told: on a disk, each file created costs 0.2-0.4 ms. So on /dev/shm, a tmpfs, when we may
       write there, else in the output's own folder (docs/performance.md). It copies the name
       and unlinks each file as soon as it is open: none is ever left behind. */
    if (access(shm, W_OK | X_OK) == 0) {
        opt.tmpdir = shm;
    } else {
        const char *slash = strrchr(bf->of.temp, '/');
        folder = slash ? fp_xstrndup(bf->of.temp, (size_t)(slash - bf->of.temp)) : NULL;
        opt.tmpdir = folder && *folder ? folder : NULL;
    }
    bf->wb = workbook_new_opt(bf->of.temp, &opt);
    free(folder);
    if (bf->wb == NULL) {
        FP_FAIL(path, FP_M_BOOK_CANNOT_WRITE,
                fp_arg_str(lxw_strerror(LXW_ERROR_MEMORY_MALLOC_FAILED)));
        fp_outfile_abort(&bf->of);
        return -1;
    }
    return 0;
}

int
fp_book_note(struct fp_book_file *bf, int err, const char *what)
{
    if (err != LXW_NO_ERROR && bf->err == LXW_NO_ERROR) {
        bf->err = err;
        bf->what = what;
    }
    return err;
}

int
fp_book_end(struct fp_book_file *bf)
{
    /* workbook_close frees the workbook on every path; called exactly once. It writes the
       file even after an earlier error, so the temp is removed below in that case. */
    lxw_error err = workbook_close(bf->wb);
    bf->wb = NULL;
    if (bf->err != LXW_NO_ERROR) {
        FP_FAIL(bf->of.target, FP_M_BOOK_CANNOT_WRITE_IN, fp_arg_str(bf->what),
                fp_arg_str(lxw_strerror((lxw_error)bf->err)));
        fp_outfile_abort(&bf->of);
        return -1;
    }
    if (err != LXW_NO_ERROR) {
        FP_FAIL(bf->of.target, FP_M_BOOK_CANNOT_WRITE, fp_arg_str(lxw_strerror(err)));
        fp_outfile_abort(&bf->of);
        return -1;
    }
    return fp_outfile_commit(&bf->of);
}

void
fp_book_properties(struct fp_book_file *bf, const char *title, const char *subject,
                   const char *author, const char *company, const char *keywords, int64_t epoch)
{
    lxw_doc_properties p = {0};
    p.title = fp_book_text(title);
    p.subject = fp_book_text(subject);
    p.author = fp_book_text(author);
    p.company = fp_book_text(company);
    p.keywords = fp_book_text(keywords);
    p.comments = fp_book_text("fundplan " FP_VERSION);
    /* libxlsxwriter stamps "now" when created is 0, which would break SOURCE_DATE_EPOCH=0:
       one second later is the closest deterministic stamp it can write. */
    p.created = (time_t)(epoch == 0 ? 1 : epoch);
    fp_book_note(bf, workbook_set_properties(bf->wb, &p), "workbook_set_properties");
    free(p.title);
    free(p.subject);
    free(p.author);
    free(p.company);
    free(p.keywords);
    free(p.comments);
}

static void
widen(struct fp_book_sheet *sh, unsigned col, double w)
{
    if (col < FP_BOOK_COLS && w > sh->width[col])
        sh->width[col] = w;
}

void
fp_book_put_text(struct fp_book_sheet *sh, unsigned row, unsigned col, const char *s,
                 struct lxw_format *fmt)
{
    char *t = fp_book_text(s);
    /* Always a string cell: "=HYPERLINK(...)" or "+cmd|..." from a plan stays text. */
    fp_book_note(sh->bf, worksheet_write_string(sh->ws, row, (lxw_col_t)col, t, fmt),
                 "worksheet_write_string");
    widen(sh, col, (double)fp_utf8_width(t));
    free(t);
}

void
fp_book_put_number(struct fp_book_sheet *sh, unsigned row, unsigned col, double v,
                   struct lxw_format *fmt, int width)
{
    fp_book_note(sh->bf, worksheet_write_number(sh->ws, row, (lxw_col_t)col, v, fmt),
                 "worksheet_write_number");
    widen(sh, col, width);
}

void
fp_book_put_formula(struct fp_book_sheet *sh, unsigned row, unsigned col, const char *formula,
                    struct lxw_format *fmt, double cached, int width)
{
    fp_book_note(sh->bf,
                 worksheet_write_formula_num(sh->ws, row, (lxw_col_t)col, formula, fmt, cached),
                 "worksheet_write_formula_num");
    widen(sh, col, width);
}

void
fp_book_put_date(struct fp_book_sheet *sh, unsigned row, unsigned col, struct fp_date d,
                 struct lxw_format *fmt)
{
    lxw_datetime dt = {d.year, (uint8_t)d.month, (uint8_t)d.day, 0, 0, 0};
    if (d.year == 0)
        return;
    fp_book_note(sh->bf, worksheet_write_datetime(sh->ws, row, (lxw_col_t)col, &dt, fmt),
                 "worksheet_write_datetime");
    widen(sh, col, 10);
}

double
fp_book_column_width(const struct fp_book_sheet *sh, unsigned col, double cap)
{
    double w = (col < FP_BOOK_COLS ? sh->width[col] : 0) + 2; /* Excel's width excludes padding */
    return w < 6 ? 6 : w > cap ? cap : w;
}

void
fp_book_fit_columns(struct fp_book_sheet *sh, unsigned ncols, double cap)
{
    for (unsigned c = 0; c < ncols && c < FP_BOOK_COLS; c++)
        fp_book_note(sh->bf,
                     worksheet_set_column(sh->ws, (lxw_col_t)c, (lxw_col_t)c,
                                          fp_book_column_width(sh, c, cap), NULL),
                     "worksheet_set_column");
}

int
fp_book_money_width(fp_cents c, int cents)
{
    fp_cents m = c < 0 ? -c : c;
    int digits = 1;
    for (fp_cents e = m / 100; e >= 10; e /= 10)
        digits++;
    return (c < 0) + digits + (digits - 1) / 3 + 2 + (cents ? 3 : 0);
}

const char *
fp_book_eur_format(enum fp_lang lang, int cents)
{
    if (lang == FP_LANG_EN)
        return cents ? "\"€\"#,##0.00" : "\"€\"#,##0";
    return cents ? FP_BOOK_EUR_CENTS : FP_BOOK_EUR;
}

const char *
fp_book_pct_format(enum fp_lang lang, int decimals)
{
    /* "70,0 %" with a space in fi and sv (Kielitoimisto), "70.0%" in English */
    static const char *const nordic[] = {"0 %", "0.0 %", "0.00 %"};
    static const char *const english[] = {"0%", "0.0%", "0.00%"};
    int d = decimals < 0 ? 0 : decimals > 2 ? 2 : decimals;
    return lang == FP_LANG_EN ? english[d] : nordic[d];
}

const char *
fp_book_date_format(enum fp_lang lang)
{
    /* "1 Oct 2024": as short as a money column, where "30 September 2026" would widen the
       year columns it stands in. [$-809] (English, UK) keeps the month names English also in
       a Finnish Excel or LibreOffice. */
    return lang == FP_LANG_EN ? "[$-809]d mmm yyyy" : "d.m.yyyy";
}

void
fp_book_ref(char *buf, unsigned row, unsigned col, int abs_row, int abs_col)
{
    char letters[4];
    int n = 0;
    /* Excel's bijective base 26: A..Z, AA..ZZ, AAA..XFD */
    for (unsigned c = col + 1; c > 0 && n < 3; c = (c - 1) / 26)
        letters[n++] = (char)('A' + (c - 1) % 26);
    for (int i = 0; i < n / 2; i++) {
        char t = letters[i];
        letters[i] = letters[n - 1 - i];
        letters[n - 1 - i] = t;
    }
    letters[n] = '\0';
    snprintf(buf, 16, "%s%s%s%u", abs_col ? "$" : "", letters, abs_row ? "$" : "", row + 1);
}

/* ==== The plan workbook ==== */

/* The formats of the plan workbook; owned by the workbook. */
struct plan_formats {
    lxw_format *title, *subtitle, *label, *plain, *sub, *key, *total, *head, *head_year,
        *head_right, *text, *wrap;
    lxw_format *eur, *eur_total, *eur_key, *pct, *pct_total, *rate, *rule, *date, *red;
};

static int
make_formats(struct fp_book_file *bf, struct plan_formats *f, int cents, enum fp_lang lang)
{
    const char *eur = fp_book_eur_format(lang, cents);
    lxw_format **all[] = {
        &f->title,   &f->subtitle,  &f->label,      &f->plain, &f->sub,  &f->key,  &f->total,
        &f->head,    &f->head_year, &f->head_right, &f->text,  &f->wrap, &f->eur,  &f->eur_total,
        &f->eur_key, &f->pct,       &f->pct_total,  &f->rate,  &f->rule, &f->date, &f->red};
    if (fp_book_new_formats(bf, all, sizeof all / sizeof all[0]) != 0)
        return -1;

    format_set_bold(f->title);
    format_set_font_size(f->title, 14);
    format_set_text_wrap(f->title);
    format_set_align(f->title, LXW_ALIGN_VERTICAL_TOP);
    format_set_italic(f->subtitle);
    format_set_font_color(f->subtitle, 0x595959);
    format_set_font_color(f->label, 0x404040);
    format_set_text_wrap(f->label);
    format_set_align(f->label, LXW_ALIGN_VERTICAL_TOP);
    /* table labels wrap in column A (LABEL_MAX), bottom-aligned like the figures beside them */
    format_set_text_wrap(f->plain);
    /* "josta EU:n osuus": a part of the row above, indented under it */
    format_set_text_wrap(f->sub);
    format_set_indent(f->sub, 1);
    format_set_bold(f->key);
    format_set_text_wrap(f->key);
    format_set_bold(f->total);
    format_set_text_wrap(f->total);
    format_set_top(f->total, LXW_BORDER_THIN);
    format_set_text_wrap(f->text);
    format_set_align(f->text, LXW_ALIGN_VERTICAL_TOP);
    format_set_align(f->text, LXW_ALIGN_LEFT);
    format_set_text_wrap(f->wrap);
    format_set_align(f->wrap, LXW_ALIGN_VERTICAL_TOP);

    fp_book_head_format(f->head);
    fp_book_head_format(f->head_year);
    fp_book_head_format(f->head_right);
    format_set_text_wrap(f->head);
    format_set_num_format(f->head_year, "0");
    format_set_align(f->head_year, LXW_ALIGN_RIGHT);
    format_set_align(f->head_right, LXW_ALIGN_RIGHT);

    format_set_num_format(f->eur, eur);
    format_set_num_format(f->eur_total, eur);
    format_set_bold(f->eur_total);
    format_set_top(f->eur_total, LXW_BORDER_THIN);
    format_set_num_format(f->eur_key, eur);
    format_set_bold(f->eur_key);
    format_set_num_format(f->pct, fp_book_pct_format(lang, 1));
    format_set_num_format(f->pct_total, fp_book_pct_format(lang, 1));
    format_set_bold(f->pct_total);
    format_set_top(f->pct_total, LXW_BORDER_THIN);
    format_set_num_format(f->rate, fp_book_pct_format(lang, 2));
    format_set_bold(f->rate);
    format_set_num_format(f->rule, fp_book_pct_format(lang, 2));
    format_set_num_format(f->date, fp_book_date_format(lang));
    format_set_align(f->date, LXW_ALIGN_LEFT);
    format_set_align(f->date, LXW_ALIGN_VERTICAL_TOP); /* like the facts above it */
    format_set_font_color(f->red, 0x9C0006);
    format_set_bg_color(f->red, 0xFFC7CE);
    return 0;
}

/* More than the summary sheet has rows: every text that may wrap can be sized. */
#define WRAPPED_MAX 96

/* Labels in column A wrap beyond this many characters: a wider column A made the printed
   page's text smaller for every plan, for the sake of two long labels. */
#define LABEL_MAX 34

/* The most rows frozen above the year header, in points: Excel on a 1366 × 768 laptop shows
   about 340 pt of a sheet, so this leaves six rows to scroll in. */
#define FROZEN_MAX_PT 250.0

/* What the summary sheet needs to know while it is being laid out. */
struct plan_book {
    const struct fp_plan *plan;
    const struct fp_figures *fig;
    const struct fp_call *call;
    enum fp_lang lang;
    struct fp_book_sheet sh;
    struct plan_formats f;
    unsigned ny;       /* year columns B.. */
    unsigned tc;       /* the total column */
    int cby, iby, fby; /* costs / income / financing given per year */
    int cents;
    unsigned cost_row[FP_COST_COUNT]; /* the row of each cost line shown, 0 for none */
    unsigned src_row[FP_SRC_COUNT];   /* likewise for the financing lines */
    unsigned tcost_row, inc_row, net_row, tfin_row;
    const char *sheet; /* the summary sheet's name, for defined names */
    struct wrapped {
        unsigned row, first_col, last_col;
        double width;       /* the text's estimated width, in widths of "0" of the default font */
        double line_pt;     /* its line height */
    } wrapped[WRAPPED_MAX]; /* texts that wrap (labels, merged facts), in row order */
    unsigned nwrapped;
};

static const char *
tx(const struct plan_book *pb, enum fp_msg m)
{
    return fp_msg_text(pb->lang, m);
}

static const char *
lt(const struct plan_book *pb, enum fp_text t)
{
    return fp_lang_text(pb->lang, t);
}

/* "24%" or "24.5%": a rate as an Excel formula constant, exact in basis points. */
static void
bp_literal(char *buf, size_t n, fp_bp bp)
{
    if (bp % 100 == 0)
        snprintf(buf, n, "%lld%%", (long long)(bp / 100));
    else if (bp % 10 == 0)
        snprintf(buf, n, "%lld.%lld%%", (long long)(bp / 100), (long long)(bp % 100 / 10));
    else
        snprintf(buf, n, "%lld.%02lld%%", (long long)(bp / 100), (long long)(bp % 100));
}

/* =SUM(first:last) of one column, or of one row when across. */
static void
sum_formula(char *buf, size_t n, unsigned r1, unsigned c1, unsigned r2, unsigned c2)
{
    char a[16], b[16];
    fp_book_ref(a, r1, c1, 0, 0);
    fp_book_ref(b, r2, c2, 0, 0);
    snprintf(buf, n, "=SUM(%s:%s)", a, b);
}

/* Appends "+E20" (or "E20" first) to a formula being built: one term per row given. */
static void
add_term(char *buf, size_t n, size_t *o, int *terms, const char *op, unsigned row, unsigned col)
{
    char a[16];
    fp_book_ref(a, row, col, 0, 0);
    if (*o < n)
        *o += (size_t)snprintf(buf + *o, n - *o, "%s%s", *terms ? op : "", a);
    (*terms)++;
}

static void
put_money(struct plan_book *pb, unsigned row, unsigned col, fp_cents c, lxw_format *fmt)
{
    fp_book_put_number(&pb->sh, row, col, fp_book_eur(c), fmt, fp_book_money_width(c, pb->cents));
}

static void
put_money_formula(struct plan_book *pb, unsigned row, unsigned col, const char *formula, fp_cents c,
                  lxw_format *fmt)
{
    fp_book_put_formula(&pb->sh, row, col, formula, fmt, fp_book_eur(c),
                        fp_book_money_width(c, pb->cents));
}

/* A rate the rules set (a maximum, the EU share): an input, in the rate format, not bold. */
static void
put_rate(struct plan_book *pb, unsigned row, unsigned col, fp_bp bp)
{
    fp_book_put_number(&pb->sh, row, col, (double)bp / FP_BP_MAX, pb->f.rule, 8);
}

/* An empty cell with a format: a total row's rule runs on over the years it has no figure
   for. */
static void
put_blank(struct plan_book *pb, unsigned row, unsigned col, lxw_format *fmt)
{
    fp_book_note(pb->sh.bf, worksheet_write_blank(pb->sh.ws, row, (lxw_col_t)col, fmt),
                 "worksheet_write_blank");
}

/* A date cell as wide as the language shows it: "30 Sep 2026" is 11 characters. */
static void
put_date(struct plan_book *pb, unsigned row, unsigned col, struct fp_date d)
{
    fp_book_put_date(&pb->sh, row, col, d, pb->f.date);
    if (d.year != 0 && pb->lang == FP_LANG_EN)
        widen(&pb->sh, col, 11);
}

/*
 * The width of a one-line UTF-8 text in widths of "0", the unit of Excel's column widths, from
 * the rough widths of Calibri's letters: enough to say how many lines it wraps to.
 */
static double
text_width_estimate(const char *s)
{
    double w = 0;
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        if ((*p & 0xC0) == 0x80)
            continue; /* a continuation byte: the letter was counted */
        w += strchr(" .,:;'!|ijlI", *p) ? 0.45
             : strchr("frt-/()[]J", *p) ? 0.65
             : strchr("scz", *p)        ? 0.8
             : strchr("SEFTLZkvxy", *p) ? 0.9
             : strchr("mw", *p)         ? 1.5
             : strchr("MW", *p)         ? 1.7
             : (*p >= 'A' && *p <= 'Z') ? 1.15
                                        : 1.0;
    }
    return w;
}

/* Keeps a wrapping text in mind for size_wrapped_rows. */
static void
note_wrapped(struct plan_book *pb, unsigned row, unsigned first_col, unsigned last_col,
             const char *text, double scale, double line_pt)
{
    if (pb->nwrapped < WRAPPED_MAX)
        pb->wrapped[pb->nwrapped++] = (struct wrapped){
            row, first_col, last_col, text_width_estimate(text ? text : "") * scale, line_pt};
}

/* A label in column A (NULL: a plain one); column A is capped, so long labels wrap. */
static void
put_label(struct plan_book *pb, unsigned row, const char *s, lxw_format *fmt)
{
    fp_book_put_text(&pb->sh, row, 0, s, fmt ? fmt : pb->f.plain);
    note_wrapped(pb, row, 0, 0, s, 1.0, 15);
}

/*
 * A workbook-level name for a figure's cell ("TotalCosts" = Yhteenveto!$D$20): formulas a user
 * writes can say =Support/TotalCosts, and the tests find every figure without knowing the
 * layout. Names are ASCII and made here, never from the plan (libxlsxwriter 1.1.4 overflows on
 * long defined names).
 */
static void
define_name(struct plan_book *pb, const char *name, const char *suffix, unsigned row, unsigned col)
{
    char full[64], ref[96], cell[16];
    snprintf(full, sizeof full, "%s%s", name, suffix ? suffix : "");
    fp_book_ref(cell, row, col, 1, 1);
    snprintf(ref, sizeof ref, "='%s'!%s", pb->sheet, cell);
    fp_book_note(pb->sh.bf, workbook_define_name(pb->sh.bf->wb, full, ref), "workbook_define_name");
}

/*
 * A plan text over merged cells, from first_col to the table's last column, wrapping. Left to
 * spill over the empty cells to its right, a long partner list widened the printed area far
 * past the tables, and fit-to-width shrank the page's text to 5 pt. The row gets its height
 * in size_wrapped_rows, when the column widths are known (no reader sizes merged rows).
 */
static void
put_wrapped(struct plan_book *pb, unsigned row, unsigned first_col, const char *s, lxw_format *fmt,
            double scale, double line_pt)
{
    char *t = fp_book_text(s);
    fp_book_note(pb->sh.bf,
                 worksheet_merge_range(pb->sh.ws, row, (lxw_col_t)first_col, row,
                                       (lxw_col_t)(pb->tc + 1), t, fmt),
                 "worksheet_merge_range");
    note_wrapped(pb, row, first_col, pb->tc + 1, t, scale, line_pt);
    free(t);
}

/* The height in points a wrapping text needs in its columns, at most Excel's 409 pt row. */
static double
wrapped_height(const struct plan_book *pb, const struct wrapped *w, double cap)
{
    double room = 0; /* libxlsxwriter adds the cell padding to each column's width */
    unsigned lines = 1;
    for (unsigned c = w->first_col; c <= w->last_col; c++)
        room += fp_book_column_width(&pb->sh, c, cap);
    while (lines * room < w->width && (lines + 1) * w->line_pt <= 409)
        lines++;
    return lines * w->line_pt;
}

/* Each row with a wrapping text as tall as its tallest text: no reader sizes a merged row,
   and LibreOffice does not size a row whose label wraps. Returns the height in points of the
   rows above row `above`. */
static double
size_wrapped_rows(struct plan_book *pb, double cap, unsigned above)
{
    double total = 15.0 * above;
    for (unsigned k = 0; k < pb->nwrapped; k++) {
        double h = wrapped_height(pb, &pb->wrapped[k], cap);
        /* the texts of one row are noted one after another */
        while (k + 1 < pb->nwrapped && pb->wrapped[k + 1].row == pb->wrapped[k].row) {
            double h2 = wrapped_height(pb, &pb->wrapped[++k], cap);
            h = h2 > h ? h2 : h;
        }
        if (h > 15) /* taller than Excel's default row */
            fp_book_note(pb->sh.bf, worksheet_set_row(pb->sh.ws, pb->wrapped[k].row, h, NULL),
                         "worksheet_set_row");
        if (h > 15 && pb->wrapped[k].row < above)
            total += h - 15;
    }
    return total;
}

/* "NetCosts_2025": the name of year i's cell of a per-year row. */
static void
define_year_name(struct plan_book *pb, const char *name, unsigned i, unsigned row)
{
    char suffix[16];
    snprintf(suffix, sizeof suffix, "_%d", pb->fig->years[i].year);
    define_name(pb, name, suffix, row, 1 + i);
}

/* Red fill when the formula (absolute references) holds for the cell: it follows edits,
   unlike a colour fixed when written. */
static void
red_when(struct plan_book *pb, unsigned row, unsigned col, const char *formula)
{
    lxw_conditional_format cf = {0};
    char buf[128];
    snprintf(buf, sizeof buf, "%s", formula);
    cf.type = LXW_CONDITIONAL_TYPE_FORMULA;
    cf.value_string = buf;
    cf.format = pb->f.red;
    fp_book_note(pb->sh.bf, worksheet_conditional_format_cell(pb->sh.ws, row, (lxw_col_t)col, &cf),
                 "worksheet_conditional_format_cell");
}

/* Red fill when the cell's value meets criteria (an lxw_conditional_criteria) against 0. */
static void
red_unless(struct plan_book *pb, unsigned row, unsigned col, int criteria)
{
    lxw_conditional_format cf = {0};
    cf.type = LXW_CONDITIONAL_TYPE_CELL;
    cf.criteria = (uint8_t)criteria;
    cf.value = 0;
    cf.format = pb->f.red;
    fp_book_note(pb->sh.bf, worksheet_conditional_format_cell(pb->sh.ws, row, (lxw_col_t)col, &cf),
                 "worksheet_conditional_format_cell");
}

/* ---- facts */

/* The instrument as the memo names it: its catalogue name, or what the plan calls it. */
static const char *
instrument_text(const struct plan_book *pb)
{
    const struct fp_instrument *in = &pb->fig->instrument;
    if (in->def)
        return tx(pb, in->def->label);
    return pb->plan->instrument.text ? pb->plan->instrument.text : in->name;
}

/* "prosenttimääräinen korvaus (flat rate) 40 % henkilöstökustannuksista", as the memo says. */
static void
cost_model_text(const struct plan_book *pb, char *buf, size_t n)
{
    const struct fp_figures *fig = pb->fig;
    char pct[24];
    if (fig->cost_model == FP_MODEL_FLAT_RATE && fig->flat_rate > 0) {
        fp_percent_format(pct, sizeof pct, fig->flat_rate, 2, 1, pb->lang);
        snprintf(buf, n, "%s %s %s", lt(pb, FP_T_MODEL_FLAT), pct,
                 lt(pb, fig->flat_base == FP_FLAT_DIRECT ? FP_T_OF_DIRECT : FP_T_OF_STAFF));
    } else {
        snprintf(buf, n, "%s",
                 lt(pb, fig->cost_model == FP_MODEL_FLAT_RATE  ? FP_T_MODEL_FLAT
                        : fig->cost_model == FP_MODEL_LUMP_SUM ? FP_T_MODEL_LUMP
                                                               : FP_T_MODEL_ACTUAL));
    }
}

/* "Name (id)" of the call, or NULL when there is none. */
static const char *
call_text(const struct plan_book *pb, char *buf, size_t n)
{
    const struct fp_call *call = pb->call;
    if (call == NULL || call->name.text == NULL)
        return NULL;
    if (call->id.text)
        snprintf(buf, n, "%s (%s)", call->name.text, call->id.text);
    else
        snprintf(buf, n, "%s", call->name.text);
    return buf;
}

/* A comma-separated copy of the partners; the caller frees. */
static char *
partners_text(const struct fp_plan *p)
{
    size_t len = 1;
    char *s;
    for (size_t i = 0; i < p->npartners; i++)
        len += strlen(p->partners[i]) + 2;
    s = fp_xmalloc(len);
    s[0] = '\0';
    for (size_t i = 0; i < p->npartners; i++) {
        if (i)
            strcat(s, ", ");
        strcat(s, p->partners[i]);
    }
    return s;
}

#define FACTS_MAX 16

struct fact {
    enum fp_text label;
    const char *value; /* NULL or "": the row is left out, unless always */
    int always;
};

/* The facts of the memo, in its order: who, which money under which rules. The project's
   name is the sheet's title. */
static size_t
list_facts(const struct plan_book *pb, struct fact *f, const char *partners, const char *model,
           const char *call)
{
    const struct fp_plan *p = pb->plan;
    const struct fp_instrument *in = &pb->fig->instrument;
    size_t n = 0;
    f[n++] = (struct fact){FP_T_CASE_ID, p->id.text, 0};
    f[n++] = (struct fact){FP_T_APPLICANT, p->applicant.text, 1};
    f[n++] = (struct fact){FP_T_PARTNERS, partners, 0};
    f[n++] = (struct fact){FP_T_FUNDER, p->funder.text, 1};
    f[n++] = (struct fact){FP_T_INSTRUMENT, instrument_text(pb), 1};
    if (in->eu_split && in->programme != FP_PROG_UNSET)
        f[n++] =
            (struct fact){FP_T_PROGRAMME,
                          tx(pb, in->programme == FP_PROG_2014_2020 ? FP_M_MEMO_PROGRAMME_2014
                                                                    : FP_M_MEMO_PROGRAMME_2021),
                          0};
    f[n++] = (struct fact){FP_T_PRIORITY, p->programme_priority.text, 0};
    f[n++] = (struct fact){FP_T_OBJECTIVE, p->specific_objective.text, 0};
    f[n++] = (struct fact){FP_T_APPLICATION, p->application_number.text, 0};
    f[n++] = (struct fact){FP_T_TARGET_AREA, p->target_area.text, 0};
    f[n++] = (struct fact){FP_T_REGION, p->region.text, 0};
    if (p->type.line)
        f[n++] = (struct fact){
            FP_T_PROJECT_TYPE,
            lt(pb, in->type == FP_TYPE_INVESTMENT ? FP_T_INVESTMENT : FP_T_DEVELOPMENT), 0};
    f[n++] = (struct fact){FP_T_COST_MODEL, pb->fig->cost_model_known ? model : NULL, 0};
    f[n++] = (struct fact){FP_T_CALL, call, 0};
    return n;
}

static unsigned
write_facts(struct plan_book *pb, unsigned r)
{
    struct fact facts[FACTS_MAX];
    char model[256], callbuf[512];
    char *partners = partners_text(pb->plan);
    size_t n;

    cost_model_text(pb, model, sizeof model);
    n = list_facts(pb, facts, partners, model, call_text(pb, callbuf, sizeof callbuf));
    for (size_t i = 0; i < n; i++) {
        int has = facts[i].value && *facts[i].value;
        if (!has && !facts[i].always)
            continue;
        put_label(pb, r, lt(pb, facts[i].label), pb->f.label);
        /* merged, so the value does not size column B; measured 10 % wide, as a long
           instrument name drawn in a wider font than Calibri (DejaVu Sans) was cut off */
        if (has)
            put_wrapped(pb, r, 1, facts[i].value, pb->f.wrap, 1.1, 15);
        r++;
    }
    free(partners);

    put_label(pb, r, lt(pb, FP_T_PERIOD), pb->f.label);
    put_date(pb, r, 1, pb->plan->start.date);
    put_date(pb, r, 2, pb->plan->end.date);
    return r + 2;
}

/* ---- the cost estimate */

/* The header row of a money table: label, one column per year, total (and share). */
static void
write_table_head(struct plan_book *pb, unsigned r, enum fp_text title, int share)
{
    put_label(pb, r, lt(pb, title), pb->f.head);
    for (unsigned i = 0; i < pb->ny; i++)
        fp_book_put_number(&pb->sh, r, 1 + i, pb->fig->years[i].year, pb->f.head_year, 4);
    fp_book_put_text(&pb->sh, r, pb->tc, lt(pb, FP_T_TOTAL), pb->f.head_right);
    if (share)
        fp_book_put_text(&pb->sh, r, pb->tc + 1, lt(pb, FP_T_SHARE), pb->f.head_right);
}

/*
 * The flat rate's base in one column, as the checker takes it: the staff cell, or with
 * flat_rate_base = direct the sum of the direct cost lines (staff, purchased services, travel,
 * equipment, construction, other; not in-kind work or a lump sum). Lines not shown are 0.
 * Returns how many cells it names.
 */
static int
flat_base_cells(const struct plan_book *pb, unsigned col, char *buf, size_t n)
{
    static const enum fp_cost direct[] = {FP_COST_STAFF,     FP_COST_PURCHASED,    FP_COST_TRAVEL,
                                          FP_COST_EQUIPMENT, FP_COST_CONSTRUCTION, FP_COST_OTHER};
    size_t count = pb->fig->flat_base == FP_FLAT_DIRECT ? sizeof direct / sizeof direct[0] : 1;
    char sum[160];
    size_t o = 0;
    int terms = 0;
    sum[0] = '\0';
    for (size_t i = 0; i < count; i++)
        if (pb->cost_row[direct[i]])
            add_term(sum, sizeof sum, &o, &terms, "+", pb->cost_row[direct[i]], col);
    snprintf(buf, n, terms > 1 ? "(%s)" : "%s", sum);
    return terms;
}

/*
 * The flat rate as the checker computes it: half up to the cent, =ROUND(E13*40%,2); in a
 * period that kept whole euros (2014-2020, fig->instrument.euro_rounding) then half up to the
 * euro, =ROUND(ROUND(E13*24%,2),0), the checker's two steps (one ROUND(…,0) would give 5 € for
 * 22,90 € × 24 % = 5,496 €, where the checker's 5,50 € gives 6 €).
 */
static void
put_flat_rate(struct plan_book *pb, unsigned r, unsigned col, fp_bp rate, fp_cents cached)
{
    char fx[256], base[160], bp[32];
    if (rate <= 0 || flat_base_cells(pb, col, base, sizeof base) == 0) {
        put_money(pb, r, col, cached, pb->f.eur);
        return;
    }
    bp_literal(bp, sizeof bp, rate);
    if (pb->fig->instrument.euro_rounding)
        snprintf(fx, sizeof fx, "=ROUND(ROUND(%s*%s,2),0)", base, bp);
    else
        snprintf(fx, sizeof fx, "=ROUND(%s*%s,2)", base, bp);
    put_money_formula(pb, r, col, fx, cached, pb->f.eur);
}

/* The label of a cost line: the flat rate's with its percentage. */
static void
cost_label(const struct plan_book *pb, enum fp_cost c, char *buf, size_t n)
{
    if (c == FP_COST_FLAT_RATE && pb->fig->flat_rate > 0) {
        char pct[32];
        fp_percent_format(pct, sizeof pct, pb->fig->flat_rate, 2, 1, pb->lang);
        snprintf(buf, n, "%s %s", fp_lang_cost_label(pb->lang, c), pct);
    } else {
        snprintf(buf, n, "%s", fp_lang_cost_label(pb->lang, c));
    }
}

/* The rows of the cost lines the checker shows (fig->cost_shown), at pb->cost_row. */
static void
write_cost_lines(struct plan_book *pb)
{
    const struct fp_figures *fig = pb->fig;
    char fx[128], lab[160];

    for (int c = 0; c < FP_COST_COUNT; c++) {
        unsigned r = pb->cost_row[c];
        if (r == 0)
            continue;
        cost_label(pb, (enum fp_cost)c, lab, sizeof lab);
        put_label(pb, r, lab, NULL);
        for (unsigned i = 0; pb->cby && i < pb->ny; i++) {
            const struct fp_year_figures *y = &fig->years[i];
            if (!y->has_costs)
                continue;
            if (c == FP_COST_FLAT_RATE)
                put_flat_rate(pb, r, 1 + i, y->flat_rate, y->cost[c]);
            else
                put_money(pb, r, 1 + i, y->cost[c], pb->f.eur);
        }
        if (pb->cby) {
            sum_formula(fx, sizeof fx, r, 1, r, pb->ny);
            put_money_formula(pb, r, pb->tc, fx, fig->cost[c], pb->f.eur);
        } else if (c == FP_COST_FLAT_RATE) {
            put_flat_rate(pb, r, pb->tc, fig->flat_rate, fig->cost[c]);
        } else {
            put_money(pb, r, pb->tc, fig->cost[c], pb->f.eur);
        }
        define_name(pb, "Cost_", fp_cost_key((enum fp_cost)c), r, pb->tc);
    }
}

/* Total costs: sums of the lines first..last, or the plan's own `total` when it gives none. */
static void
write_total_costs(struct plan_book *pb, unsigned r, unsigned first, unsigned last, int lines)
{
    const struct fp_figures *fig = pb->fig;
    char fx[128];

    pb->tcost_row = r;
    put_label(pb, r, lt(pb, FP_T_TOTAL_COSTS), pb->f.total);
    for (unsigned i = 0; i < pb->ny; i++) {
        const struct fp_year_figures *y = &fig->years[i];
        if (!y->has_costs) {
            put_blank(pb, r, 1 + i, pb->f.eur_total);
            continue;
        }
        if (lines) {
            sum_formula(fx, sizeof fx, first, 1 + i, last, 1 + i);
            put_money_formula(pb, r, 1 + i, fx, y->total_costs, pb->f.eur_total);
        } else {
            put_money(pb, r, 1 + i, y->total_costs, pb->f.eur_total);
        }
        define_year_name(pb, "TotalCosts", i, r);
    }
    if (lines)
        sum_formula(fx, sizeof fx, first, pb->tc, last, pb->tc);
    else if (pb->cby)
        sum_formula(fx, sizeof fx, r, 1, r, pb->ny);
    if (lines || pb->cby)
        put_money_formula(pb, r, pb->tc, fx, fig->total_costs, pb->f.eur_total);
    else
        put_money(pb, r, pb->tc, fig->total_costs, pb->f.eur_total);
    define_name(pb, "TotalCosts", NULL, r, pb->tc);
}

static void
write_income(struct plan_book *pb, unsigned r)
{
    const struct fp_figures *fig = pb->fig;
    char fx[128];

    pb->inc_row = r;
    put_label(pb, r, lt(pb, FP_T_INCOME), NULL);
    for (unsigned i = 0; pb->iby && i < pb->ny; i++) {
        if (!fig->years[i].has_income)
            continue;
        put_money(pb, r, 1 + i, fig->years[i].income, pb->f.eur);
        define_year_name(pb, "Income", i, r);
    }
    if (pb->iby) {
        sum_formula(fx, sizeof fx, r, 1, r, pb->ny);
        put_money_formula(pb, r, pb->tc, fx, fig->income, pb->f.eur);
    } else {
        put_money(pb, r, pb->tc, fig->income, pb->f.eur);
    }
    define_name(pb, "Income", NULL, r, pb->tc);
}

/*
 * Net costs = total costs − income, in total and for each year whose net costs fundplan has
 * (has_net: costs by year, and income by year or none at all). With income for the whole plan
 * only, a year's share of it is unknown, so its cell stays empty rather than guessed.
 */
static void
write_net_costs(struct plan_book *pb, unsigned r)
{
    const struct fp_figures *fig = pb->fig;
    char fx[64], a[16], b[16];

    pb->net_row = r;
    put_label(pb, r, lt(pb, FP_T_NET_COSTS), pb->f.total);
    for (unsigned col = 1; col <= pb->tc; col++) {
        const struct fp_year_figures *y = col < pb->tc ? &fig->years[col - 1] : NULL;
        if (y && !y->has_net) {
            put_blank(pb, r, col, pb->f.eur_total);
            continue;
        }
        fp_book_ref(a, pb->tcost_row, col, 0, 0);
        fp_book_ref(b, pb->inc_row, col, 0, 0);
        snprintf(fx, sizeof fx, "=%s-%s", a, b);
        put_money_formula(pb, r, col, fx, y ? y->net_costs : fig->net_costs, pb->f.eur_total);
        if (y)
            define_year_name(pb, "NetCosts", col - 1, r);
    }
    define_name(pb, "NetCosts", NULL, r, pb->tc);
}

/* The cost table from its header row r. Returns the row after it and a blank row. */
static unsigned
write_costs(struct plan_book *pb, unsigned r)
{
    unsigned first;

    write_table_head(pb, r++, FP_T_COST_ESTIMATE, 0);
    first = r;
    /* rows placed first: a flat rate on direct costs refers to the lines below it */
    for (int c = 0; c < FP_COST_COUNT; c++)
        pb->cost_row[c] = pb->fig->cost_shown[c] ? r++ : 0;
    write_cost_lines(pb);
    write_total_costs(pb, r, first, r - 1, r > first);
    write_income(pb, r + 1);
    write_net_costs(pb, r + 2);
    return r + 4;
}

/* ---- the financing plan */

/* One financing line: per year when given so, total, share of the total financing. */
static void
write_source(struct plan_book *pb, enum fp_source s)
{
    const struct fp_figures *fig = pb->fig;
    unsigned r = pb->src_row[s];
    char fx[160], a[16], b[16];

    put_label(pb, r, fp_lang_source_label(pb->lang, s), NULL);
    for (unsigned i = 0; pb->fby && i < pb->ny; i++)
        if (fig->years[i].has_fin)
            put_money(pb, r, 1 + i, fig->years[i].fin[s], pb->f.eur);
    if (pb->fby) {
        sum_formula(fx, sizeof fx, r, 1, r, pb->ny);
        put_money_formula(pb, r, pb->tc, fx, fig->fin[s], pb->f.eur);
    } else {
        put_money(pb, r, pb->tc, fig->fin[s], pb->f.eur);
    }
    fp_book_ref(a, r, pb->tc, 0, 0);
    fp_book_ref(b, pb->tfin_row, pb->tc, 1, 0);
    if (fig->share[s].den)
        snprintf(fx, sizeof fx, "=%s/%s", a, b);
    else /* a share of no financing: 0 %, as fundplan reports it, not #DIV/0! */
        snprintf(fx, sizeof fx, "=IF(%s=0,0,%s/%s)", b, a, b);
    fp_book_put_formula(&pb->sh, r, pb->tc + 1, fx, pb->f.pct, fp_book_ratio(fig->share[s]), 7);
    define_name(pb, "Financing_", fp_source_key(s), r, pb->tc);
    define_name(pb, "Share_", fp_source_key(s), r, pb->tc + 1);
}

/* The financing table from its header row r: the lines the checker shows (source_shown) and
   the total. *first and *last get the lines' rows. Returns the row after the total. */
static unsigned
write_financing(struct plan_book *pb, unsigned r, unsigned *first, unsigned *last)
{
    const struct fp_figures *fig = pb->fig;
    char fx[160];

    write_table_head(pb, r++, FP_T_FINANCING_PLAN, 1);
    *first = r;
    /* rows placed first: the share formulas refer to the total financing row below them */
    for (int s = 0; s < FP_SRC_COUNT; s++)
        pb->src_row[s] = fig->source_shown[s] ? r++ : 0;
    *last = r - 1;
    pb->tfin_row = r;
    for (int s = 0; s < FP_SRC_COUNT; s++)
        if (pb->src_row[s])
            write_source(pb, (enum fp_source)s);

    put_label(pb, r, lt(pb, FP_T_TOTAL_FINANCING), pb->f.total);
    for (unsigned i = 0; i < pb->ny; i++) {
        if (!fig->years[i].has_fin) {
            put_blank(pb, r, 1 + i, pb->f.eur_total);
            continue;
        }
        sum_formula(fx, sizeof fx, *first, 1 + i, *last, 1 + i);
        put_money_formula(pb, r, 1 + i, fx, fig->years[i].total_financing, pb->f.eur_total);
        define_year_name(pb, "TotalFinancing", i, r);
    }
    sum_formula(fx, sizeof fx, *first, pb->tc, *last, pb->tc);
    put_money_formula(pb, r, pb->tc, fx, fig->total_financing, pb->f.eur_total);
    define_name(pb, "TotalFinancing", NULL, r, pb->tc);
    return r + 1;
}

/*
 * Financing − net costs, per year and in total, under the total financing row, red when not
 * zero. ROUND(…,2) keeps 0.1 + 0.2 − 0.3 from showing red. The cached values are the
 * checker's balances; a year without one (financing or net costs not by year) stays empty.
 */
static unsigned
write_balance(struct plan_book *pb, unsigned r)
{
    const struct fp_figures *fig = pb->fig;
    char fx[64], a[16], b[16];

    put_label(pb, r, lt(pb, FP_T_BALANCE), pb->f.key);
    for (unsigned col = 1; col <= pb->tc; col++) {
        const struct fp_year_figures *y = col < pb->tc ? &fig->years[col - 1] : NULL;
        if (y && !y->has_balance)
            continue;
        fp_book_ref(a, pb->tfin_row, col, 0, 0);
        fp_book_ref(b, pb->net_row, col, 0, 0);
        snprintf(fx, sizeof fx, "=ROUND(%s-%s,2)", a, b);
        put_money_formula(pb, r, col, fx, y ? y->balance : fig->balance, pb->f.eur_key);
        red_unless(pb, r, col, LXW_CONDITIONAL_CRITERIA_NOT_EQUAL_TO);
        if (y)
            define_year_name(pb, "Balance", col - 1, r);
    }
    define_name(pb, "Balance", NULL, r, pb->tc);
    return r + 2;
}

/* ---- the support and its caps */

/* The rows of the key figures (0: not shown), placed before any is written: the formulas
   refer to rows below them. */
struct key_rows {
    unsigned support, eu_share, eu, state, base, inv_base, rate, max_rate, inv_rate, rate_cap,
        call_max, max, public_share;
    int two_rates;    /* development part × max rate + investment part × investment rate */
    int invest_type;  /* an investment project: the investment rate on the whole base */
    int other_limits; /* the call's euro maximum or the in-kind limit may set the cap */
    int in_kind;      /* the in-kind limit applies */
};

static void
place_key_rows(const struct plan_book *pb, unsigned r, struct key_rows *k)
{
    const struct fp_figures *fig = pb->fig;
    const struct fp_instrument *in = &fig->instrument;

    memset(k, 0, sizeof *k);
    k->invest_type = in->type == FP_TYPE_INVESTMENT && in->investment_rate > 0;
    /* without equipment or construction lines the investment part is 0, the one rate rules */
    k->two_rates = !k->invest_type && in->investment_rate > 0 &&
                   in->investment_rate != in->max_rate &&
                   (pb->cost_row[FP_COST_EQUIPMENT] || pb->cost_row[FP_COST_CONSTRUCTION]);
    k->in_kind = fig->fin[FP_SRC_IN_KIND] > 0 || fig->cost[FP_COST_IN_KIND] > 0;
    k->other_limits = in->max_support > 0 || k->in_kind;

    k->support = r++;
    if (fig->has_eu_split) { /* "josta" (of which) reads on from the support row */
        k->eu = r++;
        k->state = r++;
        k->eu_share = r++;
    }
    k->base = r++;
    if (k->two_rates)
        k->inv_base = r++;
    k->rate = r++;
    k->max_rate = r++;
    if (k->two_rates || k->invest_type)
        k->inv_rate = r++;
    if (k->other_limits)
        k->rate_cap = r++;
    if (in->max_support > 0)
        k->call_max = r++;
    k->max = r++;
    k->public_share = r;
}

/* "E20+E21": the public financing lines (all but private money and in-kind work). */
static int
public_terms(const struct plan_book *pb, char *buf, size_t n, int except_support)
{
    size_t o = 0;
    int terms = 0;
    buf[0] = '\0';
    for (int s = 0; s < FP_SRC_COUNT; s++) {
        if (s == FP_SRC_PRIVATE || s == FP_SRC_IN_KIND || pb->src_row[s] == 0 ||
            (except_support && s == (int)pb->fig->instrument.support_source))
            continue;
        add_term(buf, n, &o, &terms, "+", pb->src_row[s], pb->tc);
    }
    return terms;
}

/*
 * EU money: the support line's EU part and state part (issue 9 §6), as the checker splits it:
 * EU = the share × the public financing (or × the support line), half up to the cent; the
 * state part is the rest of the line, red when negative.
 */
static void
write_eu_split(struct plan_book *pb, const struct key_rows *k)
{
    const struct fp_figures *fig = pb->fig;
    int on_support = fig->instrument.eu_share_base_support;
    char fx[256], base[160], a[16], b[16];
    unsigned tc = pb->tc;

    put_label(pb, k->eu_share,
              tx(pb, on_support ? FP_M_BOOK_EU_SHARE_SUPPORT : FP_M_BOOK_EU_SHARE_PUBLIC),
              pb->f.sub);
    put_rate(pb, k->eu_share, tc, fig->instrument.eu_share);
    define_name(pb, "EUShare", NULL, k->eu_share, tc);

    put_label(pb, k->eu, lt(pb, FP_T_EU_PART), pb->f.sub);
    if (on_support)
        fp_book_ref(base, k->support, tc, 0, 0);
    else if (public_terms(pb, base, sizeof base, 0) == 0)
        snprintf(base, sizeof base, "0");
    fp_book_ref(a, k->eu_share, tc, 0, 0);
    snprintf(fx, sizeof fx, strchr(base, '+') ? "=ROUND((%s)*%s,2)" : "=ROUND(%s*%s,2)", base, a);
    put_money_formula(pb, k->eu, tc, fx, fig->eu, pb->f.eur);
    define_name(pb, "EUPart", NULL, k->eu, tc);

    put_label(pb, k->state, lt(pb, FP_T_STATE_PART), pb->f.sub);
    fp_book_ref(a, k->support, tc, 0, 0);
    fp_book_ref(b, k->eu, tc, 0, 0);
    snprintf(fx, sizeof fx, "=ROUND(%s-%s,2)", a, b);
    put_money_formula(pb, k->state, tc, fx, fig->state, pb->f.eur);
    red_unless(pb, k->state, tc, LXW_CONDITIONAL_CRITERIA_LESS_THAN);
    define_name(pb, "StatePart", NULL, k->state, tc);
}

/* Support, its base and rate, red when the support is above the largest allowed. */
static void
write_support(struct plan_book *pb, const struct key_rows *k)
{
    const struct fp_figures *fig = pb->fig;
    char fx[128], a[16], b[16];
    unsigned tc = pb->tc;

    put_label(pb, k->support, lt(pb, FP_T_SUPPORT), pb->f.key);
    fp_book_ref(a, pb->src_row[fig->instrument.support_source], tc, 0, 0);
    snprintf(fx, sizeof fx, "=%s", a);
    put_money_formula(pb, k->support, tc, fx, fig->support, pb->f.eur_key);
    define_name(pb, "Support", NULL, k->support, tc);
    if (fig->has_eu_split)
        write_eu_split(pb, k);

    put_label(pb, k->base,
              tx(pb, fig->instrument.base == FP_BASE_NET_COSTS ? FP_M_BOOK_BASE_NET
                                                               : FP_M_BOOK_BASE_TOTAL),
              NULL);
    fp_book_ref(a, fig->instrument.base == FP_BASE_NET_COSTS ? pb->net_row : pb->tcost_row, tc, 0,
                0);
    snprintf(fx, sizeof fx, "=%s", a);
    put_money_formula(pb, k->base, tc, fx, fig->support_base, pb->f.eur);
    define_name(pb, "SupportBase", NULL, k->base, tc);

    put_label(pb, k->rate, lt(pb, FP_T_SUPPORT_RATE), pb->f.key);
    fp_book_ref(a, k->support, tc, 0, 0);
    fp_book_ref(b, k->base, tc, 0, 0);
    if (fig->support_rate.den)
        snprintf(fx, sizeof fx, "=%s/%s", a, b);
    else
        snprintf(fx, sizeof fx, "=IF(%s=0,0,%s/%s)", b, a, b);
    fp_book_put_formula(&pb->sh, k->rate, tc, fx, pb->f.rate, fp_book_ratio(fig->support_rate), 8);
    define_name(pb, "SupportRate", NULL, k->rate, tc);

    /* the one cap figure: support and its rate turn red above it, following edits */
    fp_book_ref(a, k->support, tc, 1, 1);
    fp_book_ref(b, k->max, tc, 1, 1);
    snprintf(fx, sizeof fx, "=ROUND(%s-%s,2)>0", a, b);
    red_when(pb, k->support, tc, fx);
    red_when(pb, k->rate, tc, fx);
}

/*
 * What the rate(s) allow, rounded down to the cent as the checker does:
 * ROUNDDOWN(ROUND(SupportBase×MaxSupportRate,6),2); a development project with investments
 * (FP_CAP_RATES): (SupportBase − InvestmentBase)×MaxSupportRate + InvestmentBase×InvestmentRate;
 * an investment project: SupportBase×InvestmentRate. Base × rate has at most six decimals, and
 * 100 × 29 % computes as 28.999999999999996 in binary: ROUND(…,6) restores the exact product
 * before ROUNDDOWN. MAX(0,…): a negative base allows nothing.
 */
static void
rate_cap_formula(const struct plan_book *pb, const struct key_rows *k, char *buf, size_t n)
{
    char sb[16], mr[16], ib[16], ir[16];
    fp_book_ref(sb, k->base, pb->tc, 0, 0);
    fp_book_ref(mr, k->max_rate, pb->tc, 0, 0);
    fp_book_ref(ib, k->inv_base, pb->tc, 0, 0);
    fp_book_ref(ir, k->inv_rate, pb->tc, 0, 0);
    if (k->two_rates)
        snprintf(buf, n, "MAX(0,ROUNDDOWN(ROUND((%s-%s)*%s+%s*%s,6),2))", sb, ib, mr, ib, ir);
    else
        snprintf(buf, n, "MAX(0,ROUNDDOWN(ROUND(%s*%s,6),2))", sb, k->invest_type ? ir : mr);
}

/* The investment part of the base: equipment and construction, at most the base itself. */
static void
write_investment_base(struct plan_book *pb, const struct key_rows *k)
{
    char fx[160], sb[16];
    size_t o = 0;
    int terms = 0;

    put_label(pb, k->inv_base, tx(pb, FP_M_BOOK_INVESTMENT_BASE), pb->f.sub);
    o += (size_t)snprintf(fx, sizeof fx, "=MAX(0,MIN(");
    if (pb->cost_row[FP_COST_EQUIPMENT])
        add_term(fx, sizeof fx, &o, &terms, "+", pb->cost_row[FP_COST_EQUIPMENT], pb->tc);
    if (pb->cost_row[FP_COST_CONSTRUCTION])
        add_term(fx, sizeof fx, &o, &terms, "+", pb->cost_row[FP_COST_CONSTRUCTION], pb->tc);
    fp_book_ref(sb, k->base, pb->tc, 0, 0);
    if (o < sizeof fx)
        snprintf(fx + o, sizeof fx - o, ",%s))", sb);
    put_money_formula(pb, k->inv_base, pb->tc, fx, pb->fig->investment_base, pb->f.eur);
    define_name(pb, "InvestmentBase", NULL, k->inv_base, pb->tc);
}

/* "MAX(0,ROUND(E15-E13-E21,2))": public support at most total costs less in-kind work and
   the other public lines (the checker's in-kind limit). */
static void
in_kind_limit(const struct plan_book *pb, char *buf, size_t n)
{
    char tc[16], ik[16] = "", others[160];
    int terms = public_terms(pb, others, sizeof others, 1);
    fp_book_ref(tc, pb->tcost_row, pb->tc, 0, 0);
    if (pb->cost_row[FP_COST_IN_KIND]) {
        ik[0] = '-';
        fp_book_ref(ik + 1, pb->cost_row[FP_COST_IN_KIND], pb->tc, 0, 0);
    }
    snprintf(buf, n, "MAX(0,ROUND(%s%s%s%s%s%s,2))", tc, ik, terms ? "-" : "", terms > 1 ? "(" : "",
             others, terms > 1 ? ")" : "");
}

/*
 * The largest allowed support, fig->max_support to the cent: what the rates allow, then at
 * most the call's euro maximum, then (with in-kind work) at most total costs − in-kind work −
 * the other public financing, the checker's order of limits in one MIN.
 */
static void
write_max_support(struct plan_book *pb, const struct key_rows *k)
{
    const struct fp_figures *fig = pb->fig;
    char fx[512], rc[256], cap[16], call[16] = "", limit[256] = "";
    unsigned tc = pb->tc;

    rate_cap_formula(pb, k, rc, sizeof rc);
    put_label(pb, k->max, lt(pb, FP_T_MAX_SUPPORT), pb->f.key);
    if (!k->other_limits) {
        snprintf(fx, sizeof fx, "=%s", rc);
        put_money_formula(pb, k->max, tc, fx, fig->max_support, pb->f.eur_key);
        define_name(pb, "MaxSupport", NULL, k->max, tc);
        return;
    }
    put_label(pb, k->rate_cap, tx(pb, FP_M_BOOK_RATE_CAP), NULL);
    snprintf(fx, sizeof fx, "=%s", rc);
    put_money_formula(pb, k->rate_cap, tc, fx, fig->rate_cap, pb->f.eur);
    define_name(pb, "RateCap", NULL, k->rate_cap, tc);
    if (k->call_max) {
        put_label(pb, k->call_max, tx(pb, FP_M_BOOK_CALL_MAX), NULL);
        put_money(pb, k->call_max, tc, fig->instrument.max_support, pb->f.eur);
        define_name(pb, "CallMaxSupport", NULL, k->call_max, tc);
        call[0] = ',';
        fp_book_ref(call + 1, k->call_max, tc, 0, 0);
    }
    if (k->in_kind) {
        limit[0] = ',';
        in_kind_limit(pb, limit + 1, sizeof limit - 1);
    }
    fp_book_ref(cap, k->rate_cap, tc, 0, 0);
    snprintf(fx, sizeof fx, "=MIN(%s%s%s)", cap, call, limit);
    put_money_formula(pb, k->max, tc, fx, fig->max_support, pb->f.eur_key);
    define_name(pb, "MaxSupport", NULL, k->max, tc);
}

/* The rates the rules set, and the cap they and the other limits give. */
static void
write_caps(struct plan_book *pb, const struct key_rows *k)
{
    const struct fp_instrument *in = &pb->fig->instrument;

    if (k->inv_base)
        write_investment_base(pb, k);
    put_label(pb, k->max_rate, lt(pb, FP_T_MAX_RATE), NULL);
    put_rate(pb, k->max_rate, pb->tc, in->max_rate);
    define_name(pb, "MaxSupportRate", NULL, k->max_rate, pb->tc);
    if (k->inv_rate) {
        put_label(pb, k->inv_rate, tx(pb, FP_M_BOOK_INVESTMENT_RATE), NULL);
        put_rate(pb, k->inv_rate, pb->tc, in->investment_rate);
        define_name(pb, "InvestmentRate", NULL, k->inv_rate, pb->tc);
    }
    write_max_support(pb, k);
}

/* (support + other public lines) / total financing: every line but private and in-kind. */
static void
write_public_share(struct plan_book *pb, const struct key_rows *k)
{
    const struct fp_figures *fig = pb->fig;
    char fx[256], terms[160], b[16];

    put_label(pb, k->public_share, lt(pb, FP_T_PUBLIC_SHARE), NULL);
    if (public_terms(pb, terms, sizeof terms, 0) == 0)
        snprintf(terms, sizeof terms, "0");
    fp_book_ref(b, pb->tfin_row, pb->tc, 0, 0);
    if (fig->public_share.den)
        snprintf(fx, sizeof fx, "=(%s)/%s", terms, b);
    else
        snprintf(fx, sizeof fx, "=(%s)*0", terms);
    fp_book_put_formula(&pb->sh, k->public_share, pb->tc, fx, pb->f.pct,
                        fp_book_ratio(fig->public_share), 7);
    define_name(pb, "PublicShare", NULL, k->public_share, pb->tc);
}

/* Support (and its EU and state parts), its base, rate and caps, public share. Returns the
   row after them. */
static unsigned
write_key_figures(struct plan_book *pb, unsigned r)
{
    struct key_rows k;
    place_key_rows(pb, r, &k);
    write_support(pb, &k);
    write_caps(pb, &k);
    write_public_share(pb, &k);
    return k.public_share + 1;
}

/* ---- chart, print, findings */

/* The financing pie: at anchor_col 0 below the tables, else beside them (10 px off). */
static void
write_chart(struct plan_book *pb, unsigned anchor_row, unsigned anchor_col, unsigned first,
            unsigned last)
{
    const char *sheet = pb->sheet;
    lxw_chart *chart = workbook_add_chart(pb->sh.bf->wb, LXW_CHART_PIE);
    lxw_chart_series *series;
    char cats[64], vals[64], a[16], b[16];

    if (chart == NULL) {
        fp_book_note(pb->sh.bf, LXW_ERROR_MEMORY_MALLOC_FAILED, "workbook_add_chart");
        return;
    }
    fp_book_ref(a, first, 0, 1, 1);
    fp_book_ref(b, last, 0, 1, 1);
    snprintf(cats, sizeof cats, "='%s'!%s:%s", sheet, a, b);
    fp_book_ref(a, first, pb->tc, 1, 1);
    fp_book_ref(b, last, pb->tc, 1, 1);
    snprintf(vals, sizeof vals, "='%s'!%s:%s", sheet, a, b);
    series = chart_add_series(chart, cats, vals);
    if (series == NULL) {
        fp_book_note(pb->sh.bf, LXW_ERROR_MEMORY_MALLOC_FAILED, "chart_add_series");
        return;
    }
    /* slices labelled with their share, like the table's share column */
    chart_series_set_labels_options(series, LXW_FALSE, LXW_FALSE, LXW_FALSE);
    chart_series_set_labels_percentage(series);
    chart_series_set_labels_num_format(series, fp_book_pct_format(pb->lang, 1));
    chart_title_set_name(chart, lt(pb, FP_T_FINANCING_PLAN));
    chart_legend_set_position(chart, LXW_CHART_LEGEND_RIGHT);
    lxw_chart_options opt = {.x_offset = anchor_col ? 10 : 0, .x_scale = 0.8, .y_scale = 0.8};
    fp_book_note(
        pb->sh.bf,
        worksheet_insert_chart_opt(pb->sh.ws, anchor_row, (lxw_col_t)anchor_col, chart, &opt),
        "worksheet_insert_chart");
}

/* "&C&"-,Bold"name": the project name in the print header, '&' doubled, within Excel's 255. */
static void
print_header(struct fp_book_sheet *sh, const char *name)
{
    char buf[256], *t = fp_book_text(name);
    size_t o = (size_t)snprintf(buf, sizeof buf, "&C&\"-,Bold\"");
    for (const char *p = t; *p && o < 200; p++) {
        /* stop at a character boundary so the header stays valid UTF-8 */
        if (o > 190 && ((unsigned char)*p & 0xC0) != 0x80)
            break;
        if (*p == '&')
            buf[o++] = '&';
        buf[o++] = *p == '\n' ? ' ' : *p;
    }
    buf[o] = '\0';
    free(t);
    fp_book_note(sh->bf, worksheet_set_header(sh->ws, buf), "worksheet_set_header");
    fp_book_note(sh->bf, worksheet_set_footer(sh->ws, "&L&F&R&P / &N"), "worksheet_set_footer");
}

/* A4, one page wide; pages_tall 0 = as many as needed. */
static void
print_setup(struct fp_book_sheet *sh, int landscape, int pages_tall, const char *name)
{
    worksheet_set_paper(sh->ws, 9); /* A4 */
    if (landscape)
        worksheet_set_landscape(sh->ws);
    else
        worksheet_set_portrait(sh->ws);
    worksheet_fit_to_pages(sh->ws, 1, (uint16_t)pages_tall);
    print_header(sh, name);
}

/* A finding's place in the list, sorted by line (stable: ties keep the order added). */
struct finding_pos {
    int line;
    size_t index;
};

static int
by_line(const void *a, const void *b)
{
    const struct finding_pos *x = a, *y = b;
    if (x->line != y->line)
        return x->line < y->line ? -1 : 1;
    return x->index < y->index ? -1 : x->index > y->index;
}

/* One finding's row in the reader's words: severity, title, explanation (no key, no line).
   width[] gets the title's and the explanation's estimated widths, for the row's height. */
static void
write_finding(struct fp_book_sheet *sh, unsigned r, const struct fp_finding *fd, enum fp_lang L,
              const struct plan_formats *f, double width[2])
{
    char *text = fp_diag_text(fd, L, FP_VOICE_READER);
    const char *title = fp_diag_code_title(fd->code, L);
    fp_book_put_text(sh, r, 0, fp_msg_text(L, FP_M_SEVD_NOTE + fd->severity), f->text);
    fp_book_put_text(sh, r, 1, title, f->text);
    fp_book_put_text(sh, r, 2, text, f->wrap);
    width[0] = text_width_estimate(title);
    width[1] = text_width_estimate(text);
    free(text);
}

/* Lines a text of width w (widths of "0") takes in a column of width col, padding aside. */
static unsigned
lines_in(double w, double col)
{
    unsigned lines = 1;
    while (lines * (col - 2) < w && lines < 27) /* 27 × 15 pt: Excel's 409 pt row */
        lines++;
    return lines;
}

/* The width of a findings column: its widest text, 12 to max widths of "0". */
static double
findings_width(double (*width)[2], size_t n, int col, double max)
{
    double w = 12;
    for (size_t k = 0; k < n; k++)
        w = width[k][col] + 2 > w ? width[k][col] + 2 : w;
    return w > max ? max : w;
}

/* The findings from row 1, by line like the terminal shows them (the caller's list stays as it
   is). Titles wrap beyond 40 characters, explanations beyond 80, rather than making very wide
   columns; each row is as tall as its texts (LibreOffice does not size them all). Those beyond
   FP_DIAG_MAX were only counted: one line says how many. */
static void
write_finding_rows(struct fp_book_sheet *sh, const struct fp_diags *diags, enum fp_lang L,
                   const struct plan_formats *f)
{
    size_t n = diags->count;
    size_t more = diags->dropped[FP_ERROR] + diags->dropped[FP_WARNING] + diags->dropped[FP_NOTE];
    struct finding_pos *order = fp_xmalloc(n * sizeof *order);
    double(*width)[2] = fp_xmalloc(n * sizeof *width);
    double cols[2];

    for (size_t i = 0; i < n; i++)
        order[i] = (struct finding_pos){diags->list[i].line, i};
    qsort(order, n, sizeof *order, by_line);
    for (size_t k = 0; k < n; k++)
        write_finding(sh, (unsigned)k + 1, &diags->list[order[k].index], L, f, width[k]);
    cols[0] = findings_width(width, n, 0, 40);
    cols[1] = findings_width(width, n, 1, 80);
    for (int c = 0; c < 2; c++)
        fp_book_note(
            sh->bf,
            worksheet_set_column(sh->ws, (lxw_col_t)(c + 1), (lxw_col_t)(c + 1), cols[c], NULL),
            "worksheet_set_column");
    for (size_t k = 0; k < n; k++) {
        unsigned a = lines_in(width[k][0], cols[0]), b = lines_in(width[k][1], cols[1]);
        if (a > 1 || b > 1)
            fp_book_note(
                sh->bf, worksheet_set_row(sh->ws, (lxw_row_t)(k + 1), 15.0 * (a > b ? a : b), NULL),
                "worksheet_set_row");
    }
    free(width);
    free(order);
    if (more) {
        struct fp_arg arg[1] = {fp_arg_int((int64_t)more)};
        char line[256];
        fp_msg_render(line, sizeof line, L, fp_msg_text(L, FP_M_MEMO_MORE_FINDINGS), arg, 1);
        fp_book_put_text(sh, (unsigned)n + 1, 2, line, f->wrap);
    }
}

/* The findings sheet: every finding in the workbook's language and the memo reader's voice
   (issue 10): no INI key, no line number. */
static void
write_findings(struct fp_book_file *bf, const struct fp_diags *diags, enum fp_lang L,
               const struct plan_formats *f, const char *name)
{
    struct fp_book_sheet sh = {.bf = bf};
    const enum fp_msg heads[] = {FP_M_BOOK_SEVERITY, FP_M_BOOK_FINDING, FP_M_BOOK_EXPLANATION};
    size_t n = diags ? diags->count : 0;

    sh.ws = workbook_add_worksheet(bf->wb, fp_msg_text(L, FP_M_BOOK_SHEET_FINDINGS));
    if (sh.ws == NULL) {
        fp_book_note(bf, LXW_ERROR_MEMORY_MALLOC_FAILED, "workbook_add_worksheet");
        return;
    }
    for (unsigned c = 0; c < 3; c++)
        fp_book_put_text(&sh, 0, c, fp_msg_text(L, heads[c]), f->head);
    worksheet_freeze_panes(sh.ws, 1, 0);
    fp_book_note(bf, worksheet_repeat_rows(sh.ws, 0, 0), "worksheet_repeat_rows");

    if (n > 0) {
        write_finding_rows(&sh, diags, L, f);
        fp_book_note(bf, worksheet_autofilter(sh.ws, 0, 0, (lxw_row_t)n, 2),
                     "worksheet_autofilter");
    } else {
        fp_book_put_text(&sh, 1, 0, fp_msg_text(L, FP_M_BOOK_NO_FINDINGS), NULL);
    }
    fp_book_fit_columns(&sh, n > 0 ? 1 : 3, 40); /* the severities; the others are set */
    print_setup(&sh, 1, 0, name);
}

/*
 * The summary sheet, printed on one A4 page: a plan of up to two years portrait with the chart
 * below the tables, a wider one landscape with the chart beside them, where each page has room
 * for it. (A manual page break before the chart would let the tables fill a page, but Excel
 * ignores manual breaks when it fits a sheet to pages.)
 */
static void
write_summary(struct plan_book *pb, const char *name)
{
    unsigned r, cost_head, fin_head, src_first, src_last;
    double frozen;
    int landscape = pb->ny > 2;

    /* The title is not measured: it wraps over the whole table. Bold 14 pt is about 1.35
       times as wide as the default 11 pt, its lines 19 pt high. */
    put_wrapped(pb, 0, 0, name, pb->f.title, 1.35, 19);
    fp_book_note(
        pb->sh.bf,
        worksheet_write_string(pb->sh.ws, 1, 0, lt(pb, FP_T_FINANCING_PLAN), pb->f.subtitle),
        "worksheet_write_string");
    r = write_facts(pb, 3);
    cost_head = r;
    r = write_costs(pb, r);
    fin_head = r;
    r = write_financing(pb, r, &src_first, &src_last);
    r = write_balance(pb, r);
    r = write_key_figures(pb, r);
    if (landscape)
        write_chart(pb, fin_head, pb->tc + 2, src_first, src_last);
    else
        write_chart(pb, r + 1, 0, src_first, src_last);

    /* Labels wrap beyond LABEL_MAX characters; money columns fit their widest amount. */
    fp_book_fit_columns(&pb->sh, pb->tc + 2, LABEL_MAX + 2);
    frozen = size_wrapped_rows(pb, LABEL_MAX + 2, cost_head + 1);
    /* Under the cost table's year header, so the years stay in sight while scrolling; but
       the facts of an EU plan can fill 20 rows, and frozen they would leave a laptop's screen
       no room to scroll in: then only the labels' column is frozen. */
    worksheet_freeze_panes(pb->sh.ws, frozen <= FROZEN_MAX_PT ? (lxw_row_t)(cost_head + 1) : 0, 1);
    print_setup(&pb->sh, landscape, 1, name);
}

int
fp_book_write_plan(const struct fp_plan *plan, const struct fp_figures *fig,
                   const struct fp_diags *diags, const struct fp_report_opts *opts,
                   const char *path)
{
    struct fp_book_file bf;
    struct plan_book pb = {.plan = plan, .fig = fig, .call = opts->call, .lang = opts->lang};
    enum fp_lang L = opts->lang;
    const char *sheet = fp_msg_text(L, FP_M_BOOK_SHEET_SUMMARY);
    const char *name = plan->name.text ? plan->name.text : plan->path;
    char subject[256];

    if (fp_book_begin(&bf, path, 0) != 0)
        return -1;
    pb.sh.bf = &bf;
    pb.sheet = sheet;
    pb.cents = fig->any_cents;
    pb.ny = (unsigned)(fig->nyears < FP_MAX_YEARS ? fig->nyears : FP_MAX_YEARS);
    pb.tc = 1 + pb.ny;
    for (unsigned i = 0; i < pb.ny; i++) {
        pb.cby |= fig->years[i].has_costs;
        pb.iby |= fig->years[i].has_income;
        pb.fby |= fig->years[i].has_fin;
    }
    if (make_formats(&bf, &pb.f, pb.cents, L) != 0)
        return fp_book_end(&bf);

    snprintf(subject, sizeof subject, "%s%s%s", fp_lang_text(L, FP_T_FINANCING_PLAN),
             plan->id.text ? " " : "", plan->id.text ? plan->id.text : "");
    fp_book_properties(&bf, name, subject, plan->funder.text, plan->funder.text,
                       fig->instrument.name, opts->epoch);

    pb.sh.ws = workbook_add_worksheet(bf.wb, sheet);
    if (pb.sh.ws == NULL) {
        fp_book_note(&bf, LXW_ERROR_MEMORY_MALLOC_FAILED, "workbook_add_worksheet");
        return fp_book_end(&bf);
    }

    write_summary(&pb, name);
    write_findings(&bf, diags, L, &pb.f, name);
    return fp_book_end(&bf);
}
