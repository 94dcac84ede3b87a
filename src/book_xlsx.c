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

/* ==== Texts that only the workbooks use ==== */

enum book_text {
    B_SUMMARY_SHEET,
    B_FINDINGS_SHEET,
    B_SEVERITY,
    B_CODE,
    B_TITLE,
    B_MESSAGE,
    B_HINT,
    B_NOTE,
    B_NO_FINDINGS,
    B_SUPPORT_BASE,
    B_MAX_SUPPORT,
    B_LINE,
    B_COUNT
};

static const char *const book_texts[FP_LANG_COUNT][B_COUNT] = {
    [FP_LANG_FI] =
        {
            [B_SUMMARY_SHEET] = "Yhteenveto",
            [B_FINDINGS_SHEET] = "Tarkistukset",
            [B_SEVERITY] = "Vakavuus",
            [B_CODE] = "Koodi",
            [B_TITLE] = "Havainto",
            [B_MESSAGE] = "Viesti",
            [B_HINT] = "Ehdotus",
            [B_NOTE] = "huomautus",
            [B_NO_FINDINGS] = "Ei havaintoja.",
            [B_SUPPORT_BASE] = "Tuen laskentaperuste",
            [B_MAX_SUPPORT] = "Tuen enimmäismäärä",
            [B_LINE] = "Rivi",
        },
    [FP_LANG_SV] =
        {
            [B_SUMMARY_SHEET] = "Sammandrag",
            [B_FINDINGS_SHEET] = "Kontroller",
            [B_SEVERITY] = "Allvarlighet",
            [B_CODE] = "Kod",
            [B_TITLE] = "Iakttagelse",
            [B_MESSAGE] = "Meddelande",
            [B_HINT] = "Förslag",
            [B_NOTE] = "anmärkning",
            [B_NO_FINDINGS] = "Inga anmärkningar.",
            [B_SUPPORT_BASE] = "Stödunderlag",
            [B_MAX_SUPPORT] = "Stödets maximibelopp",
            [B_LINE] = "Rad",
        },
    [FP_LANG_EN] =
        {
            [B_SUMMARY_SHEET] = "Summary",
            [B_FINDINGS_SHEET] = "Findings",
            [B_SEVERITY] = "Severity",
            [B_CODE] = "Code",
            [B_TITLE] = "Finding",
            [B_MESSAGE] = "Message",
            [B_HINT] = "Suggestion",
            [B_NOTE] = "note",
            [B_NO_FINDINGS] = "No findings.",
            [B_SUPPORT_BASE] = "Support base",
            [B_MAX_SUPPORT] = "Maximum support",
            [B_LINE] = "Line",
        },
};

/* ==== Shared helpers ==== */

/* Decodes one UTF-8 sequence at p (n bytes left). Returns its length and sets *cp, or 0 when
   the bytes are not well-formed UTF-8 (overlong, surrogate, beyond U+10FFFF, truncated). */
static size_t
utf8_decode(const unsigned char *p, size_t n, unsigned long *cp)
{
    size_t len;
    unsigned long c, min;

    if (p[0] < 0x80) {
        *cp = p[0];
        return 1;
    }
    if (p[0] >= 0xC2 && p[0] <= 0xDF) {
        len = 2, c = p[0] & 0x1Fu, min = 0x80;
    } else if (p[0] >= 0xE0 && p[0] <= 0xEF) {
        len = 3, c = p[0] & 0x0Fu, min = 0x800;
    } else if (p[0] >= 0xF0 && p[0] <= 0xF4) {
        len = 4, c = p[0] & 0x07u, min = 0x10000;
    } else {
        return 0;
    }
    if (n < len)
        return 0;
    for (size_t i = 1; i < len; i++) {
        if ((p[i] & 0xC0) != 0x80)
            return 0;
        c = c << 6 | (p[i] & 0x3Fu);
    }
    if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
        return 0;
    *cp = c;
    return len;
}

char *
fp_book_text(const char *s)
{
    static const char replacement[] = "\xEF\xBF\xBD"; /* U+FFFD */
    const unsigned char *p = (const unsigned char *)(s ? s : "");
    size_t n = strlen((const char *)p), units = 0, o = 0;
    char *out = fp_xmalloc(3 * n + 1); /* a bad byte (1) becomes U+FFFD (3) at worst */

    while (n > 0) {
        unsigned long cp = 0xFFFD;
        size_t len = utf8_decode(p, n, &cp);
        size_t u = cp >= 0x10000 ? 2 : 1;
        if (units + u > FP_BOOK_CELL_MAX)
            break;
        units += u;
        if (len == 0 || cp == 0xFFFE || cp == 0xFFFF) {
            /* libxlsxwriter copies bytes into the XML as they are: a bad byte or a
               non-character would make the whole workbook unreadable */
            memcpy(out + o, replacement, 3);
            o += 3;
            len = len ? len : 1; /* a bad byte alone, a non-character whole */
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

size_t
fp_book_text_width(const char *s)
{
    size_t best = 0, cur = 0;
    for (const unsigned char *p = (const unsigned char *)(s ? s : ""); *p; p++) {
        if (*p == '\n') {
            cur = 0;
            continue;
        }
        if ((*p & 0xC0) != 0x80 && ++cur > best)
            best = cur;
    }
    return best;
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
        fp_diag_fail(path, "cannot write workbook: %s",
                     lxw_strerror(LXW_ERROR_MEMORY_MALLOC_FAILED));
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
        fp_diag_fail(bf->of.target, "cannot write workbook: %s: %s", bf->what,
                     lxw_strerror((lxw_error)bf->err));
        fp_outfile_abort(&bf->of);
        return -1;
    }
    if (err != LXW_NO_ERROR) {
        fp_diag_fail(bf->of.target, "cannot write workbook: %s", lxw_strerror(err));
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
    widen(sh, col, (double)fp_book_text_width(t));
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

void
fp_book_fit_columns(struct fp_book_sheet *sh, unsigned ncols, double cap)
{
    for (unsigned c = 0; c < ncols && c < FP_BOOK_COLS; c++) {
        double w = sh->width[c] + 2; /* Excel's width excludes the cell padding */
        w = w < 6 ? 6 : w > cap ? cap : w;
        fp_book_note(sh->bf, worksheet_set_column(sh->ws, (lxw_col_t)c, (lxw_col_t)c, w, NULL),
                     "worksheet_set_column");
    }
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
    lxw_format *title, *subtitle, *label, *key, *total, *head, *head_year, *head_right, *text,
        *wrap;
    lxw_format *eur, *eur_total, *eur_key, *pct, *pct_total, *rate, *date, *red;
};

static lxw_format *
new_format(struct fp_book_file *bf)
{
    lxw_format *f = workbook_add_format(bf->wb);
    if (f == NULL)
        fp_book_note(bf, LXW_ERROR_MEMORY_MALLOC_FAILED, "workbook_add_format");
    return f;
}

static int
make_formats(struct fp_book_file *bf, struct plan_formats *f, int cents)
{
    const char *eur = cents ? FP_BOOK_EUR_CENTS : FP_BOOK_EUR;
    lxw_format **all[] = {&f->title, &f->subtitle,  &f->label,      &f->key,  &f->total,
                          &f->head,  &f->head_year, &f->head_right, &f->text, &f->wrap,
                          &f->eur,   &f->eur_total, &f->eur_key,    &f->pct,  &f->pct_total,
                          &f->rate,  &f->date,      &f->red};
    for (size_t i = 0; i < sizeof all / sizeof all[0]; i++)
        if ((*all[i] = new_format(bf)) == NULL)
            return -1;

    format_set_bold(f->title);
    format_set_font_size(f->title, 14);
    format_set_italic(f->subtitle);
    format_set_font_color(f->subtitle, 0x595959);
    format_set_font_color(f->label, 0x404040);
    format_set_text_wrap(f->label);
    format_set_align(f->label, LXW_ALIGN_VERTICAL_TOP);
    format_set_bold(f->key);
    format_set_bold(f->total);
    format_set_top(f->total, LXW_BORDER_THIN);
    format_set_text_wrap(f->text);
    format_set_align(f->text, LXW_ALIGN_VERTICAL_TOP);
    format_set_align(f->text, LXW_ALIGN_LEFT);
    format_set_text_wrap(f->wrap);
    format_set_align(f->wrap, LXW_ALIGN_VERTICAL_TOP);

    lxw_format *heads[] = {f->head, f->head_year, f->head_right};
    for (size_t i = 0; i < 3; i++) {
        format_set_bold(heads[i]);
        format_set_bottom(heads[i], LXW_BORDER_THIN);
        format_set_bg_color(heads[i], 0xDDEBF7);
    }
    format_set_num_format(f->head_year, "0");
    format_set_align(f->head_year, LXW_ALIGN_RIGHT);
    format_set_align(f->head_right, LXW_ALIGN_RIGHT);

    format_set_num_format(f->eur, eur);
    format_set_num_format(f->eur_total, eur);
    format_set_bold(f->eur_total);
    format_set_top(f->eur_total, LXW_BORDER_THIN);
    format_set_num_format(f->eur_key, eur);
    format_set_bold(f->eur_key);
    format_set_num_format(f->pct, "0.0 %");
    format_set_num_format(f->pct_total, "0.0 %");
    format_set_bold(f->pct_total);
    format_set_top(f->pct_total, LXW_BORDER_THIN);
    format_set_num_format(f->rate, "0.00 %");
    format_set_bold(f->rate);
    format_set_num_format(f->date, "d.m.yyyy");
    format_set_align(f->date, LXW_ALIGN_LEFT);
    format_set_font_color(f->red, 0x9C0006);
    format_set_bg_color(f->red, 0xFFC7CE);
    return 0;
}

/* What the summary sheet needs to know while it is being laid out. */
struct plan_book {
    const struct fp_plan *plan;
    const struct fp_figures *fig;
    enum fp_lang lang;
    struct fp_book_sheet sh;
    struct plan_formats f;
    unsigned ny;       /* year columns B.. */
    unsigned tc;       /* the total column */
    int cby, iby, fby; /* costs / income / financing given per year */
    int cents;
    unsigned net_row, tcost_row, tfin_row;
    const char *sheet; /* the summary sheet's name, for defined names */
};

static double
eur(fp_cents c)
{
    return (double)c / 100.0;
}

static double
ratio(struct fp_ratio r)
{
    return r.den ? (double)r.num / (double)r.den : 0.0;
}

static const char *
btext(enum fp_lang lang, enum book_text t)
{
    return book_texts[lang][t];
}

static int
cost_given(const struct fp_plan *p, enum fp_cost c)
{
    if (p->whole.cost[c].line)
        return 1;
    for (size_t i = 0; i < p->nyears; i++)
        if (p->years[i].cost[c].line)
            return 1;
    return 0;
}

static int
source_given(const struct fp_plan *p, enum fp_source s)
{
    if (p->whole.fin[s].line)
        return 1;
    for (size_t i = 0; i < p->nyears; i++)
        if (p->years[i].fin[s].line)
            return 1;
    return 0;
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

static void
put_money(struct plan_book *pb, unsigned row, unsigned col, fp_cents c, lxw_format *fmt)
{
    fp_book_put_number(&pb->sh, row, col, eur(c), fmt, fp_book_money_width(c, pb->cents));
}

static void
put_money_formula(struct plan_book *pb, unsigned row, unsigned col, const char *formula, fp_cents c,
                  lxw_format *fmt)
{
    fp_book_put_formula(&pb->sh, row, col, formula, fmt, eur(c), fp_book_money_width(c, pb->cents));
}

/* A label in column A, with the widths of labels capped so long ones wrap. */
static void
put_label(struct plan_book *pb, unsigned row, const char *s, lxw_format *fmt)
{
    fp_book_put_text(&pb->sh, row, 0, s, fmt);
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

static unsigned
write_facts(struct plan_book *pb, unsigned r)
{
    const struct fp_plan *p = pb->plan;
    enum fp_lang L = pb->lang;
    struct {
        enum fp_text label;
        const char *value;
    } facts[] = {
        {FP_T_PROJECT, p->name.text},        {FP_T_CASE_ID, p->id.text},
        {FP_T_APPLICANT, p->applicant.text}, {FP_T_PARTNERS, NULL},
        {FP_T_FUNDER, p->funder.text},       {FP_T_INSTRUMENT, pb->fig->instrument.name},
    };
    char *partners = NULL;
    size_t len = 1;

    for (size_t i = 0; i < p->npartners; i++)
        len += strlen(p->partners[i]) + 2;
    partners = fp_xmalloc(len);
    partners[0] = '\0';
    for (size_t i = 0; i < p->npartners; i++) {
        if (i)
            strcat(partners, ", ");
        strcat(partners, p->partners[i]);
    }
    facts[3].value = partners;

    for (size_t i = 0; i < sizeof facts / sizeof facts[0]; i++) {
        put_label(pb, r, fp_lang_text(L, facts[i].label), pb->f.label);
        if (facts[i].value && *facts[i].value) {
            /* the value spills over the empty cells to its right, so it does not size column B */
            char *t = fp_book_text(facts[i].value);
            fp_book_note(pb->sh.bf, worksheet_write_string(pb->sh.ws, r, 1, t, NULL),
                         "worksheet_write_string");
            free(t);
        }
        r++;
    }
    free(partners);

    put_label(pb, r, fp_lang_text(L, FP_T_PERIOD), pb->f.label);
    fp_book_put_date(&pb->sh, r, 1, p->start, pb->f.date);
    fp_book_put_date(&pb->sh, r, 2, p->end, pb->f.date);
    return r + 2;
}

/* The header row of a money table: label, one column per year, total (and share). */
static void
write_table_head(struct plan_book *pb, unsigned r, enum fp_text title, int share)
{
    enum fp_lang L = pb->lang;
    put_label(pb, r, fp_lang_text(L, title), pb->f.head);
    for (unsigned i = 0; i < pb->ny; i++)
        fp_book_put_number(&pb->sh, r, 1 + i, pb->fig->years[i].year, pb->f.head_year, 4);
    fp_book_put_text(&pb->sh, r, pb->tc, fp_lang_text(L, FP_T_TOTAL), pb->f.head_right);
    if (share)
        fp_book_put_text(&pb->sh, r, pb->tc + 1, fp_lang_text(L, FP_T_SHARE), pb->f.head_right);
}

static unsigned
write_costs(struct plan_book *pb, unsigned r)
{
    const struct fp_figures *fig = pb->fig;
    enum fp_lang L = pb->lang;
    char fx[128], a[16], lab[160];
    int show[FP_COST_COUNT] = {0};
    unsigned first, last, staff_row = 0, nrows = 0;
    int breakdown = fig->has_breakdown;

    write_table_head(pb, r++, FP_T_COST_ESTIMATE, 0);
    if (breakdown) {
        for (int c = 0; c < FP_COST_COUNT; c++)
            show[c] = fig->cost[c] != 0 || cost_given(pb->plan, (enum fp_cost)c);
        if (fig->cost[FP_COST_FLAT_RATE] != 0 || fig->flat_rate != 0)
            show[FP_COST_FLAT_RATE] = show[FP_COST_STAFF] = 1;
        for (int c = 0; c < FP_COST_COUNT; c++)
            nrows += (unsigned)show[c];
        breakdown = nrows > 0;
    }

    first = r;
    for (int c = 0; breakdown && c < FP_COST_COUNT; c++) {
        if (!show[c])
            continue;
        if (c == FP_COST_FLAT_RATE && fig->flat_rate > 0) {
            char pct[32];
            fp_percent_format(pct, sizeof pct, fig->flat_rate, 2, 1, L);
            snprintf(lab, sizeof lab, "%s %s", fp_lang_cost_label(L, FP_COST_FLAT_RATE), pct);
            put_label(pb, r, lab, NULL);
        } else {
            put_label(pb, r, fp_lang_cost_label(L, (enum fp_cost)c), NULL);
        }
        if (c == FP_COST_STAFF)
            staff_row = r;
        for (unsigned i = 0; pb->cby && i < pb->ny; i++) {
            const struct fp_year_figures *y = &fig->years[i];
            if (!y->has_costs)
                continue;
            if (c == FP_COST_FLAT_RATE) {
                /* the flat rate is computed: keep it live when staff costs change */
                char bp[32];
                bp_literal(bp, sizeof bp, y->flat_rate);
                fp_book_ref(a, staff_row, 1 + i, 0, 0);
                snprintf(fx, sizeof fx, "=ROUND(%s*%s,2)", a, bp);
                put_money_formula(pb, r, 1 + i, fx, y->cost[c], pb->f.eur);
            } else {
                put_money(pb, r, 1 + i, y->cost[c], pb->f.eur);
            }
        }
        if (pb->cby) {
            sum_formula(fx, sizeof fx, r, 1, r, pb->ny);
            put_money_formula(pb, r, pb->tc, fx, fig->cost[c], pb->f.eur);
        } else if (c == FP_COST_FLAT_RATE && fig->flat_rate > 0) {
            char bp[32];
            bp_literal(bp, sizeof bp, fig->flat_rate);
            fp_book_ref(a, staff_row, pb->tc, 0, 0);
            snprintf(fx, sizeof fx, "=ROUND(%s*%s,2)", a, bp);
            put_money_formula(pb, r, pb->tc, fx, fig->cost[c], pb->f.eur);
        } else {
            put_money(pb, r, pb->tc, fig->cost[c], pb->f.eur);
        }
        define_name(pb, "Cost_", fp_cost_key((enum fp_cost)c), r, pb->tc);
        r++;
    }
    last = r - 1;

    /* Total costs: sums of the lines, or the plan's own `total` when it gives no lines. */
    pb->tcost_row = r;
    put_label(pb, r, fp_lang_text(L, FP_T_TOTAL_COSTS), pb->f.total);
    for (unsigned i = 0; pb->cby && i < pb->ny; i++) {
        const struct fp_year_figures *y = &fig->years[i];
        if (!y->has_costs)
            continue;
        if (breakdown) {
            sum_formula(fx, sizeof fx, first, 1 + i, last, 1 + i);
            put_money_formula(pb, r, 1 + i, fx, y->total_costs, pb->f.eur_total);
        } else {
            put_money(pb, r, 1 + i, y->total_costs, pb->f.eur_total);
        }
    }
    if (breakdown)
        sum_formula(fx, sizeof fx, first, pb->tc, last, pb->tc);
    else if (pb->cby)
        sum_formula(fx, sizeof fx, r, 1, r, pb->ny);
    if (breakdown || pb->cby)
        put_money_formula(pb, r, pb->tc, fx, fig->total_costs, pb->f.eur_total);
    else
        put_money(pb, r, pb->tc, fig->total_costs, pb->f.eur_total);
    define_name(pb, "TotalCosts", NULL, r, pb->tc);
    r++;

    unsigned inc_row = r;
    put_label(pb, r, fp_lang_text(L, FP_T_INCOME), NULL);
    for (unsigned i = 0; pb->iby && i < pb->ny; i++)
        if (fig->years[i].has_income)
            put_money(pb, r, 1 + i, fig->years[i].income, pb->f.eur);
    if (pb->iby) {
        sum_formula(fx, sizeof fx, r, 1, r, pb->ny);
        put_money_formula(pb, r, pb->tc, fx, fig->income, pb->f.eur);
    } else {
        put_money(pb, r, pb->tc, fig->income, pb->f.eur);
    }
    define_name(pb, "Income", NULL, r, pb->tc);
    r++;

    pb->net_row = r;
    put_label(pb, r, fp_lang_text(L, FP_T_NET_COSTS), pb->f.key);
    fp_book_ref(a, pb->tcost_row, pb->tc, 0, 0);
    {
        char b[16];
        fp_book_ref(b, inc_row, pb->tc, 0, 0);
        snprintf(fx, sizeof fx, "=%s-%s", a, b);
    }
    put_money_formula(pb, r, pb->tc, fx, fig->net_costs, pb->f.eur_total);
    define_name(pb, "NetCosts", NULL, r, pb->tc);
    return r + 2;
}

static unsigned
write_financing(struct plan_book *pb, unsigned r, unsigned *src_first, unsigned *src_last,
                unsigned src_row[FP_SRC_COUNT])
{
    const struct fp_figures *fig = pb->fig;
    enum fp_lang L = pb->lang;
    char fx[160], a[16], b[16];
    unsigned first, last;

    write_table_head(pb, r++, FP_T_FINANCING_PLAN, 1);
    pb->tfin_row = 0;
    first = r;
    /* rows counted first: the share formulas refer to the total financing row below them */
    unsigned n = 0;
    int show[FP_SRC_COUNT];
    for (int s = 0; s < FP_SRC_COUNT; s++) {
        show[s] = fig->fin[s] != 0 || source_given(pb->plan, (enum fp_source)s) ||
                  s == (int)fig->instrument.support_source;
        n += (unsigned)show[s];
    }
    pb->tfin_row = first + n;
    fp_book_ref(b, pb->tfin_row, pb->tc, 1, 0);

    for (int s = 0; s < FP_SRC_COUNT; s++) {
        src_row[s] = 0;
        if (!show[s])
            continue;
        src_row[s] = r;
        put_label(pb, r, fp_lang_source_label(L, (enum fp_source)s), NULL);
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
        if (fig->share[s].den)
            snprintf(fx, sizeof fx, "=%s/%s", a, b);
        else /* a share of no financing: 0 %, as fundplan reports it, not #DIV/0! */
            snprintf(fx, sizeof fx, "=IF(%s=0,0,%s/%s)", b, a, b);
        fp_book_put_formula(&pb->sh, r, pb->tc + 1, fx, pb->f.pct, ratio(fig->share[s]), 7);
        define_name(pb, "Financing_", fp_source_key((enum fp_source)s), r, pb->tc);
        define_name(pb, "Share_", fp_source_key((enum fp_source)s), r, pb->tc + 1);
        r++;
    }
    last = r - 1;

    put_label(pb, r, fp_lang_text(L, FP_T_TOTAL_FINANCING), pb->f.total);
    for (unsigned i = 0; pb->fby && i < pb->ny; i++) {
        if (!fig->years[i].has_fin)
            continue;
        sum_formula(fx, sizeof fx, first, 1 + i, last, 1 + i);
        put_money_formula(pb, r, 1 + i, fx, fig->years[i].total_financing, pb->f.eur_total);
    }
    sum_formula(fx, sizeof fx, first, pb->tc, last, pb->tc);
    put_money_formula(pb, r, pb->tc, fx, fig->total_financing, pb->f.eur_total);
    define_name(pb, "TotalFinancing", NULL, r, pb->tc);
    *src_first = first;
    *src_last = last;
    return r + 2;
}

/* Support, its base, rate and caps, public share, and the balance check. */
static unsigned
write_key_figures(struct plan_book *pb, unsigned r, const unsigned src_row[FP_SRC_COUNT])
{
    const struct fp_figures *fig = pb->fig;
    enum fp_lang L = pb->lang;
    unsigned tc = pb->tc;
    char fx[256], a[16], b[16], c[16];
    unsigned support_row, base_row, rate_row, max_rate_row, bal_row;

    support_row = r;
    put_label(pb, r, fp_lang_text(L, FP_T_SUPPORT), pb->f.key);
    fp_book_ref(a, src_row[fig->instrument.support_source], tc, 0, 0);
    snprintf(fx, sizeof fx, "=%s", a);
    put_money_formula(pb, r, tc, fx, fig->support, pb->f.eur_key);
    define_name(pb, "Support", NULL, r, tc);
    r++;

    base_row = r;
    {
        char lab[160];
        snprintf(lab, sizeof lab, "%s (%s)", btext(L, B_SUPPORT_BASE),
                 fp_lang_text(L, fig->instrument.base == FP_BASE_NET_COSTS ? FP_T_NET_COSTS
                                                                           : FP_T_TOTAL_COSTS));
        put_label(pb, r, lab, NULL);
    }
    fp_book_ref(a, fig->instrument.base == FP_BASE_NET_COSTS ? pb->net_row : pb->tcost_row, tc, 0,
                0);
    snprintf(fx, sizeof fx, "=%s", a);
    put_money_formula(pb, r, tc, fx, fig->support_base, pb->f.eur);
    define_name(pb, "SupportBase", NULL, r, tc);
    r++;

    rate_row = r;
    max_rate_row = r + 1;
    put_label(pb, r, fp_lang_text(L, FP_T_SUPPORT_RATE), pb->f.key);
    fp_book_ref(a, support_row, tc, 0, 0);
    fp_book_ref(b, base_row, tc, 0, 0);
    if (fig->support_rate.den)
        snprintf(fx, sizeof fx, "=%s/%s", a, b);
    else
        snprintf(fx, sizeof fx, "=IF(%s=0,0,%s/%s)", b, a, b);
    fp_book_put_formula(&pb->sh, r, tc, fx, pb->f.rate, ratio(fig->support_rate), 8);
    define_name(pb, "SupportRate", NULL, r, tc);
    r++;

    put_label(pb, r, fp_lang_text(L, FP_T_MAX_RATE), NULL);
    fp_book_put_number(&pb->sh, r, tc, (double)fig->instrument.max_rate / FP_BP_MAX, pb->f.rate, 8);
    define_name(pb, "MaxSupportRate", NULL, r, tc);
    r++;

    /* The cap in whole euros, rounded down as funders grant it. ROUND(...,6) first: base × rate
       has at most 6 decimals, and 100 × 29 % computes as 28.999999999999996 in binary. */
    put_label(pb, r, btext(L, B_MAX_SUPPORT), NULL);
    fp_book_ref(c, max_rate_row, tc, 0, 0);
    snprintf(fx, sizeof fx, "=ROUNDDOWN(ROUND(%s*%s,6),0)", b, c);
    put_money_formula(pb, r, tc, fx, fig->max_support, pb->f.eur);
    define_name(pb, "MaxSupport", NULL, r, tc);
    r++;

    /* support above the cap turns the rate red, like an unbalanced plan */
    {
        lxw_conditional_format cf = {0};
        char crit[16];
        fp_book_ref(crit, max_rate_row, tc, 1, 1);
        cf.type = LXW_CONDITIONAL_TYPE_CELL;
        cf.criteria = LXW_CONDITIONAL_CRITERIA_GREATER_THAN;
        cf.value_string = crit;
        cf.format = pb->f.red;
        fp_book_note(pb->sh.bf, worksheet_conditional_format_cell(pb->sh.ws, rate_row, tc, &cf),
                     "worksheet_conditional_format_cell");
    }

    put_label(pb, r, fp_lang_text(L, FP_T_PUBLIC_SHARE), NULL);
    {
        size_t o = 0;
        int any = 0;
        o += (size_t)snprintf(fx, sizeof fx, "=(");
        for (int s = 0; s < FP_SRC_COUNT; s++) {
            if (s == FP_SRC_PRIVATE || src_row[s] == 0)
                continue;
            fp_book_ref(a, src_row[s], tc, 0, 0);
            o += (size_t)snprintf(fx + o, sizeof fx - o, "%s%s", any ? "+" : "", a);
            any = 1;
        }
        fp_book_ref(b, pb->tfin_row, tc, 0, 0);
        if (fig->public_share.den)
            snprintf(fx + o, sizeof fx - o, "%s)/%s", any ? "" : "0", b);
        else
            snprintf(fx + o, sizeof fx - o, "%s)*0", any ? "" : "0");
        fp_book_put_formula(&pb->sh, r, tc, fx, pb->f.pct, ratio(fig->public_share), 7);
    }
    define_name(pb, "PublicShare", NULL, r, tc);
    r++;

    /* Financing − net costs, to the cent: ROUND keeps 0.1 + 0.2 − 0.3 from showing red. */
    bal_row = r;
    put_label(pb, r, fp_lang_text(L, FP_T_BALANCE), pb->f.key);
    fp_book_ref(a, pb->tfin_row, tc, 0, 0);
    fp_book_ref(b, pb->net_row, tc, 0, 0);
    snprintf(fx, sizeof fx, "=ROUND(%s-%s,2)", a, b);
    put_money_formula(pb, r, tc, fx, fig->balance, pb->f.eur_key);
    define_name(pb, "Balance", NULL, r, tc);
    {
        lxw_conditional_format cf = {0};
        cf.type = LXW_CONDITIONAL_TYPE_CELL;
        cf.criteria = LXW_CONDITIONAL_CRITERIA_NOT_EQUAL_TO;
        cf.value = 0;
        cf.format = pb->f.red;
        fp_book_note(pb->sh.bf, worksheet_conditional_format_cell(pb->sh.ws, bal_row, tc, &cf),
                     "worksheet_conditional_format_cell");
    }
    return r + 1;
}

static void
write_chart(struct plan_book *pb, const char *sheet, unsigned anchor_row, unsigned first,
            unsigned last)
{
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
    chart_series_set_labels_num_format(series, "0.0 %");
    chart_title_set_name(chart, fp_lang_text(pb->lang, FP_T_FINANCING_PLAN));
    chart_legend_set_position(chart, LXW_CHART_LEGEND_RIGHT);
    lxw_chart_options opt = {.x_offset = 10, .y_offset = 0, .x_scale = 1.1, .y_scale = 1.0};
    fp_book_note(
        pb->sh.bf,
        worksheet_insert_chart_opt(pb->sh.ws, anchor_row, (lxw_col_t)(pb->tc + 2), chart, &opt),
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

static void
print_setup(struct fp_book_sheet *sh, int landscape, const char *name)
{
    worksheet_set_paper(sh->ws, 9); /* A4 */
    if (landscape)
        worksheet_set_landscape(sh->ws);
    else
        worksheet_set_portrait(sh->ws);
    worksheet_fit_to_pages(sh->ws, 1, 0);
    print_header(sh, name);
}

static const char *
severity_label(enum fp_lang L, enum fp_severity s)
{
    return s == FP_ERROR     ? fp_lang_text(L, FP_T_ERROR)
           : s == FP_WARNING ? fp_lang_text(L, FP_T_WARNING)
                             : btext(L, B_NOTE);
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

static void
write_findings(struct fp_book_file *bf, const struct fp_diags *diags, enum fp_lang L,
               const struct plan_formats *f, const char *name)
{
    struct fp_book_sheet sh = {.bf = bf};
    const char *heads[] = {btext(L, B_SEVERITY), btext(L, B_LINE),    btext(L, B_CODE),
                           btext(L, B_TITLE),    btext(L, B_MESSAGE), btext(L, B_HINT)};
    size_t n = diags ? diags->count : 0;
    struct finding_pos *order;

    sh.ws = workbook_add_worksheet(bf->wb, btext(L, B_FINDINGS_SHEET));
    if (sh.ws == NULL) {
        fp_book_note(bf, LXW_ERROR_MEMORY_MALLOC_FAILED, "workbook_add_worksheet");
        return;
    }
    for (unsigned c = 0; c < 6; c++)
        fp_book_put_text(&sh, 0, c, heads[c], f->head);
    worksheet_freeze_panes(sh.ws, 1, 0);
    fp_book_note(bf, worksheet_repeat_rows(sh.ws, 0, 0), "worksheet_repeat_rows");

    /* by line, like the terminal shows them; the caller's list stays as it is */
    order = fp_xmalloc((n ? n : 1) * sizeof *order);
    for (size_t i = 0; i < n; i++)
        order[i] = (struct finding_pos){diags->list[i].line, i};
    qsort(order, n, sizeof *order, by_line);
    for (size_t k = 0; k < n; k++) {
        const struct fp_finding *fd = &diags->list[order[k].index];
        unsigned r = (unsigned)k + 1;
        fp_book_put_text(&sh, r, 0, severity_label(L, fd->severity), f->text);
        if (fd->line > 0)
            fp_book_put_number(&sh, r, 1, fd->line, NULL, 5);
        fp_book_put_text(&sh, r, 2, fp_diag_code_name(fd->code), f->text);
        fp_book_put_text(&sh, r, 3, fp_diag_code_title(fd->code, L), f->text);
        fp_book_put_text(&sh, r, 4, fd->text, f->wrap);
        if (fd->hint)
            fp_book_put_text(&sh, r, 5, fd->hint, f->wrap);
    }
    free(order);
    if (n == 0)
        fp_book_put_text(&sh, 1, 0, btext(L, B_NO_FINDINGS), NULL);
    else
        fp_book_note(bf, worksheet_autofilter(sh.ws, 0, 0, (lxw_row_t)n, 5),
                     "worksheet_autofilter");
    /* messages wrap at 70 characters rather than making one very wide column */
    fp_book_fit_columns(&sh, 4, 40);
    for (unsigned c = 4; c < 6; c++) {
        double w = sh.width[c] + 2;
        fp_book_note(bf,
                     worksheet_set_column(sh.ws, (lxw_col_t)c, (lxw_col_t)c,
                                          w < 12   ? 12
                                          : w > 70 ? 70
                                                   : w,
                                          NULL),
                     "worksheet_set_column");
    }
    print_setup(&sh, 1, name);
}

int
fp_book_write_plan(const struct fp_plan *plan, const struct fp_figures *fig,
                   const struct fp_diags *diags, const struct fp_report_opts *opts,
                   const char *path)
{
    struct fp_book_file bf;
    struct plan_book pb = {.plan = plan, .fig = fig, .lang = opts->lang};
    enum fp_lang L = opts->lang;
    const char *sheet = btext(L, B_SUMMARY_SHEET);
    const char *name = plan->name.text ? plan->name.text : plan->path;
    unsigned r, src_row[FP_SRC_COUNT], src_first, src_last, fin_head;
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
    if (make_formats(&bf, &pb.f, pb.cents) != 0)
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

    /* The title is not measured: it spills over the columns to its right. */
    {
        char *t = fp_book_text(name);
        fp_book_note(&bf, worksheet_write_string(pb.sh.ws, 0, 0, t, pb.f.title),
                     "worksheet_write_string");
        free(t);
        fp_book_note(&bf,
                     worksheet_write_string(pb.sh.ws, 1, 0, fp_lang_text(L, FP_T_FINANCING_PLAN),
                                            pb.f.subtitle),
                     "worksheet_write_string");
    }
    worksheet_freeze_panes(pb.sh.ws, 2, 1);

    r = write_facts(&pb, 3);
    r = write_costs(&pb, r);
    fin_head = r;
    r = write_financing(&pb, r, &src_first, &src_last, src_row);
    write_key_figures(&pb, r, src_row);
    write_chart(&pb, sheet, fin_head, src_first, src_last);

    /* Labels wrap beyond 44 characters; money columns fit their widest amount. */
    fp_book_fit_columns(&pb.sh, pb.tc + 2, 46);
    print_setup(&pb.sh, pb.ny > 2, name);
    write_findings(&bf, diags, L, &pb.f, name);
    return fp_book_end(&bf);
}
