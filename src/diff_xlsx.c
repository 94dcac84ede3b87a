/*
 * diff_xlsx.c - the change workbook: the plan in force and the changed plan side by side, every
 * line and year, totals, net costs, the support and its rate as live formulas, the changes as
 * formulas (changed − in force); every cached value is fundplan's figure. A second sheet lists
 * the findings about the change and about the changed plan in the reader's words.
 * Workbook plumbing (temp file, text cleaning, cell writers) is book_xlsx.c's.
 * SPDX-License-Identifier: MIT
 */
#include "diff_xlsx.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <xlsxwriter.h>

#include "book_internal.h"
#include "book_xlsx.h"
#include "msg.h"

/* Columns of the change sheet. */
enum { C_LABEL, C_YEAR, C_OLD, C_NEW, C_DELTA, C_PCT, C_COUNT };

struct formats {
    lxw_format *title, *subtitle, *head, *head_right, *label, *key, *eur, *eur_key, *pct, *rate,
        *wrap, *eur_cents;
};

struct cbook {
    const struct fp_diff *d;
    enum fp_lang lang;
    struct fp_book_sheet sh;
    struct formats f;
    const char *sheet;
    int cents;
    unsigned row[FP_DIFF_MAX_LINES]; /* the sheet row of each compared line */
};

static const char *
tx(const struct cbook *b, enum fp_msg m)
{
    return fp_msg_text(b->lang, m);
}

static int
make_formats(struct fp_book_file *bf, struct formats *f, int cents)
{
    const char *money = cents ? FP_BOOK_EUR_CENTS : FP_BOOK_EUR;
    lxw_format **all[] = {&f->title, &f->subtitle, &f->head, &f->head_right,
                          &f->label, &f->key,      &f->eur,  &f->eur_key,
                          &f->pct,   &f->rate,     &f->wrap, &f->eur_cents};
    if (fp_book_new_formats(bf, all, sizeof all / sizeof all[0]) != 0)
        return -1;
    format_set_bold(f->title);
    format_set_font_size(f->title, 14);
    format_set_italic(f->subtitle);
    format_set_font_color(f->subtitle, 0x595959);
    fp_book_head_format(f->head);
    fp_book_head_format(f->head_right);
    format_set_align(f->head_right, LXW_ALIGN_RIGHT);
    format_set_font_color(f->label, 0x404040);
    format_set_bold(f->key);
    format_set_num_format(f->eur, money);
    format_set_num_format(f->eur_key, money);
    format_set_num_format(f->eur_cents, FP_BOOK_EUR_CENTS);
    format_set_bold(f->eur_key);
    format_set_num_format(f->pct, "0.0 %");
    format_set_num_format(f->rate, "0.00 %");
    format_set_text_wrap(f->wrap);
    format_set_align(f->wrap, LXW_ALIGN_VERTICAL_TOP);
    return 0;
}

/* A workbook name for a cell, so formulas a user writes (and the tests) find the figures. */
static void
define_name(struct cbook *b, const char *name, unsigned row, unsigned col)
{
    char ref[96], cell[16];
    fp_book_ref(cell, row, col, 1, 1);
    snprintf(ref, sizeof ref, "='%s'!%s", b->sheet, cell);
    fp_book_note(b->sh.bf, workbook_define_name(b->sh.bf->wb, name, ref), "workbook_define_name");
}

static void
put_money(struct cbook *b, unsigned row, unsigned col, fp_cents c, lxw_format *fmt)
{
    fp_book_put_number(&b->sh, row, col, fp_book_eur(c), fmt,
                       fp_book_money_width(c, b->cents || c % 100));
}

static void
put_money_formula(struct cbook *b, unsigned row, unsigned col, const char *fx, fp_cents c,
                  lxw_format *fmt)
{
    fp_book_put_formula(&b->sh, row, col, fx, fmt, fp_book_eur(c),
                        fp_book_money_width(c, b->cents));
}

/* The change and its per cent, as formulas on the row's two sides. */
static void
put_change(struct cbook *b, unsigned r, int has_delta, fp_cents delta, struct fp_ratio share,
           lxw_format *fmt)
{
    char fx[64], o[16], n[16], e[16];
    if (!has_delta)
        return;
    fp_book_ref(o, r, C_OLD, 0, 0);
    fp_book_ref(n, r, C_NEW, 0, 0);
    fp_book_ref(e, r, C_DELTA, 0, 0);
    /* ROUND: 1 234,56 − 1 000,10 is 234.45999... in binary */
    snprintf(fx, sizeof fx, "=ROUND(%s-%s,2)", n, o);
    put_money_formula(b, r, C_DELTA, fx, delta, fmt);
    if (share.den > 0) {
        snprintf(fx, sizeof fx, "=%s/%s", e, o);
        fp_book_put_formula(&b->sh, r, C_PCT, fx, b->f.pct, fp_book_ratio(share), 8);
    }
}

/* ==== Facts ==== */

static void
fact(struct cbook *b, unsigned r, const char *label, const char *value)
{
    char *t;
    fp_book_put_text(&b->sh, r, C_LABEL, label, b->f.label);
    if (value == NULL || *value == '\0')
        return;
    /* spills over the empty cells to its right, so it does not size column B */
    t = fp_book_text(value);
    fp_book_note(b->sh.bf, worksheet_write_string(b->sh.ws, r, C_YEAR, t, NULL),
                 "worksheet_write_string");
    free(t);
}

/* "old → new", or the one value when it stays */
static void
fact_pair(struct cbook *b, unsigned r, const char *label, const char *old, const char *new)
{
    char buf[700];
    if (strcmp(old, new) == 0)
        snprintf(buf, sizeof buf, "%s", new);
    else
        snprintf(buf, sizeof buf, "%s \xe2\x86\x92 %s", old, new);
    fact(b, r, label, buf);
}

static void
period(const struct cbook *b, char *buf, size_t n, const struct fp_plan *p,
       const struct fp_figures *f)
{
    char per[160];
    fp_date_format_period(per, sizeof per, p->start.date, p->end.date, b->lang);
    snprintf(buf, n, "%s (%d %s)", f->months > 0 ? per : "–", f->months,
             fp_lang_text(b->lang, FP_T_MONTHS));
}

static unsigned
write_facts(struct cbook *b, unsigned r)
{
    const struct fp_plan *o = b->d->old_plan, *p = b->d->new_plan;
    enum fp_lang L = b->lang;
    char x[320], y[320];

    fact(b, r++, fp_lang_text(L, FP_T_CASE_ID), p->id.text);
    fact(b, r++, fp_lang_text(L, FP_T_APPLICANT), p->applicant.text);
    fact(b, r++, fp_lang_text(L, FP_T_FUNDER), p->funder.text);
    fact(b, r++, fp_lang_text(L, FP_T_INSTRUMENT), b->d->new_fig->instrument.name);
    fp_diff_model_text(x, sizeof x, b->d->old_fig, L);
    fp_diff_model_text(y, sizeof y, b->d->new_fig, L);
    fact_pair(b, r++, fp_lang_text(L, FP_T_COST_MODEL), x, y);
    period(b, x, sizeof x, o, b->d->old_fig);
    period(b, y, sizeof y, p, b->d->new_fig);
    fact_pair(b, r++, fp_lang_text(L, FP_T_PERIOD), x, y);
    return r + 1;
}

/* ==== The lines ==== */

/* Whether line l is a part of line t: an item of t's section in t's year when t is the section's
   total, or a year of t's item when t is an item's whole-project line. */
static int
part_of(const struct fp_diff_line *l, const struct fp_diff_line *t)
{
    if (l->section != t->section)
        return 0;
    if (t->item == FP_DIFF_TOTAL)
        return l->item != FP_DIFF_TOTAL && l->year == t->year;
    return t->year == 0 && l->item == t->item && l->year != 0;
}

/* One side of line li: the sum of its parts' cells when the side gives every part (so the
   workbook stays live when a figure is edited), else its figure as a number. */
static void
put_side(struct cbook *b, size_t li, unsigned col, lxw_format *fmt)
{
    const struct fp_diff_line *t = &b->d->lines[li];
    int has = col == C_OLD ? t->has_old : t->has_new;
    fp_cents v = col == C_OLD ? t->old_cents : t->new_cents;
    char fx[512], ref[16];
    size_t o = 1, parts = 0;
    int all = 1;

    if (!has)
        return;
    fx[0] = '=';
    /* the parts come before the line: years before an item's whole, items before a total */
    for (size_t i = 0; i < li; i++) {
        const struct fp_diff_line *l = &b->d->lines[i];
        if (!part_of(l, t))
            continue;
        all &= col == C_OLD ? l->has_old : l->has_new;
        fp_book_ref(ref, b->row[i], col, 0, 0);
        if (o < sizeof fx)
            o += (size_t)snprintf(fx + o, sizeof fx - o, "%s%s", parts++ ? "+" : "", ref);
    }
    if (all && parts > 0 && o < sizeof fx)
        put_money_formula(b, b->row[li], col, fx, v, fmt);
    else
        put_money(b, b->row[li], col, v, fmt);
}

/* "Line_costs_staff_2025", "Line_financing_total_all": the tests find each line by it. */
static void
name_line(struct cbook *b, const struct fp_diff_line *l, unsigned r)
{
    char name[64], year[12];
    if (l->year)
        snprintf(year, sizeof year, "%d", l->year);
    else
        snprintf(year, sizeof year, "all");
    snprintf(name, sizeof name, "Line_%s_%s_%s", fp_diff_section_key(l->section),
             fp_diff_item_key(l), year);
    define_name(b, name, r, C_DELTA);
}

static void
write_line(struct cbook *b, size_t li, unsigned r)
{
    const struct fp_diff_line *l = &b->d->lines[li];
    int total = l->item == FP_DIFF_TOTAL;
    lxw_format *money = total ? b->f.eur_key : b->f.eur;
    char label[160];

    b->row[li] = r;
    fp_diff_line_label(label, sizeof label, b->d, l, b->lang);
    fp_book_put_text(&b->sh, r, C_LABEL, label, total ? b->f.key : NULL);
    if (l->year)
        fp_book_put_number(&b->sh, r, C_YEAR, l->year, NULL, 4);
    else if (b->d->nyears)
        fp_book_put_text(&b->sh, r, C_YEAR, fp_lang_text(b->lang, FP_T_TOTAL), NULL);
    put_side(b, li, C_OLD, money);
    put_side(b, li, C_NEW, money);
    put_change(b, r, l->has_delta, l->delta, l->share, money);
    name_line(b, l, r);
}

static unsigned
write_head(struct cbook *b, unsigned r)
{
    fp_book_put_text(&b->sh, r, C_LABEL, "", b->f.head);
    fp_book_put_text(&b->sh, r, C_YEAR, fp_lang_text(b->lang, FP_T_YEAR), b->f.head_right);
    fp_book_put_text(&b->sh, r, C_OLD, tx(b, FP_M_DIFF_COL_OLD), b->f.head_right);
    fp_book_put_text(&b->sh, r, C_NEW, tx(b, FP_M_DIFF_COL_NEW), b->f.head_right);
    fp_book_put_text(&b->sh, r, C_DELTA, tx(b, FP_M_DIFF_COL_DELTA), b->f.head_right);
    fp_book_put_text(&b->sh, r, C_PCT, tx(b, FP_M_DIFF_COL_PCT), b->f.head_right);
    return r + 1;
}

/* The row of a section's whole-project line of item (0 if none). */
static unsigned
row_of(const struct cbook *b, enum fp_diff_section s, int item)
{
    for (size_t i = 0; i < b->d->nlines; i++)
        if (b->d->lines[i].section == s && b->d->lines[i].item == item && !b->d->lines[i].year)
            return b->row[i];
    return 0;
}

/* Net costs: total costs − income on each side. Returns its row. */
static unsigned
write_net(struct cbook *b, unsigned r)
{
    const struct fp_diff_key_figure *k = &b->d->key[FP_DK_NET_COSTS];
    unsigned tc = row_of(b, FP_DIFF_COSTS, FP_DIFF_TOTAL), inc = row_of(b, FP_DIFF_INCOME, 0);
    char fx[64], x[16], y[16];

    fp_book_put_text(&b->sh, r, C_LABEL, fp_lang_text(b->lang, FP_T_NET_COSTS), b->f.key);
    for (unsigned col = C_OLD; col <= C_NEW; col++) {
        fp_book_ref(x, tc, col, 0, 0);
        fp_book_ref(y, inc, col, 0, 0);
        snprintf(fx, sizeof fx, "=%s-%s", x, y);
        put_money_formula(b, r, col, fx, col == C_OLD ? k->old_cents : k->new_cents, b->f.eur_key);
    }
    put_change(b, r, k->has_delta, k->delta, (struct fp_ratio){0, 0}, b->f.eur_key);
    define_name(b, "Old_NetCosts", r, C_OLD);
    define_name(b, "New_NetCosts", r, C_NEW);
    define_name(b, "NetCostsDelta", r, C_DELTA);
    return r;
}

static unsigned
write_lines(struct cbook *b, unsigned r, unsigned *net_row)
{
    static const enum fp_text titles[FP_DIFF_SECTION_COUNT] = {[FP_DIFF_COSTS] = FP_T_COST_ESTIMATE,
                                                               [FP_DIFF_INCOME] = FP_T_INCOME,
                                                               [FP_DIFF_FINANCING] =
                                                                   FP_T_FINANCING_PLAN};
    r = write_head(b, r);
    for (int s = 0; s < FP_DIFF_SECTION_COUNT; s++) {
        if (s != FP_DIFF_INCOME)
            fp_book_put_text(&b->sh, r++, C_LABEL, fp_lang_text(b->lang, titles[s]), b->f.key);
        for (size_t i = 0; i < b->d->nlines; i++)
            if ((int)b->d->lines[i].section == s)
                write_line(b, i, r++);
        if (s == FP_DIFF_INCOME)
            *net_row = write_net(b, r++);
        r++;
    }
    define_name(b, "Old_TotalCosts", row_of(b, FP_DIFF_COSTS, FP_DIFF_TOTAL), C_OLD);
    define_name(b, "New_TotalCosts", row_of(b, FP_DIFF_COSTS, FP_DIFF_TOTAL), C_NEW);
    return r;
}

/* ==== Support ==== */

static void
key_numbers(struct cbook *b, unsigned r, enum fp_text label, enum fp_diff_key k)
{
    const struct fp_diff_key_figure *f = &b->d->key[k];
    /* a derived figure with cents (an EU part, a cap to the cent) shows them */
    lxw_format *fmt = f->old_cents % 100 || f->new_cents % 100 ? b->f.eur_cents : b->f.eur;
    fp_book_put_text(&b->sh, r, C_LABEL, fp_lang_text(b->lang, label), NULL);
    if (f->has_old)
        put_money(b, r, C_OLD, f->old_cents, fmt);
    if (f->has_new)
        put_money(b, r, C_NEW, f->new_cents, fmt);
    put_change(b, r, f->has_delta, f->delta, (struct fp_ratio){0, 0}, fmt);
}

/* Support (the support line of each side's instrument), its base and rate, as formulas. */
static unsigned
write_support(struct cbook *b, unsigned r, unsigned net_row)
{
    const struct fp_figures *figs[2] = {b->d->old_fig, b->d->new_fig};
    const struct fp_diff_key_figure *k = &b->d->key[FP_DK_SUPPORT];
    unsigned support_row = r, base_row = r + 1;
    char fx[64], x[16], y[16];

    fp_book_put_text(&b->sh, r, C_LABEL, fp_lang_text(b->lang, FP_T_SUPPORT), b->f.key);
    /* the base is named as the changed plan's instrument has it: net or total costs */
    fp_book_put_text(&b->sh, base_row, C_LABEL,
                     fp_lang_text(b->lang, figs[1]->instrument.base == FP_BASE_NET_COSTS
                                               ? FP_T_NET_COSTS
                                               : FP_T_TOTAL_COSTS),
                     NULL);
    fp_book_put_text(&b->sh, r + 2, C_LABEL, fp_lang_text(b->lang, FP_T_SUPPORT_RATE), b->f.key);
    for (unsigned col = C_OLD; col <= C_NEW; col++) {
        const struct fp_figures *f = figs[col - C_OLD];
        unsigned base = f->instrument.base == FP_BASE_NET_COSTS
                            ? net_row
                            : row_of(b, FP_DIFF_COSTS, FP_DIFF_TOTAL);
        fp_book_ref(x, row_of(b, FP_DIFF_FINANCING, (int)f->instrument.support_source), col, 0, 0);
        snprintf(fx, sizeof fx, "=%s", x);
        put_money_formula(b, support_row, col, fx, f->support, b->f.eur_key);
        fp_book_ref(x, base, col, 0, 0);
        snprintf(fx, sizeof fx, "=%s", x);
        put_money_formula(b, base_row, col, fx, f->support_base, b->f.eur);
        fp_book_ref(x, support_row, col, 0, 0);
        fp_book_ref(y, base_row, col, 0, 0);
        if (f->support_rate.den > 0)
            snprintf(fx, sizeof fx, "=%s/%s", x, y);
        else /* a rate of no base: 0, as fundplan reports it, not #DIV/0! */
            snprintf(fx, sizeof fx, "=IF(%s=0,0,%s/%s)", y, x, y);
        fp_book_put_formula(&b->sh, r + 2, col, fx, b->f.rate, fp_book_ratio(f->support_rate), 8);
    }
    put_change(b, support_row, k->has_delta, k->delta, (struct fp_ratio){0, 0}, b->f.eur_key);
    fp_book_ref(x, r + 2, C_OLD, 0, 0);
    fp_book_ref(y, r + 2, C_NEW, 0, 0);
    snprintf(fx, sizeof fx, "=%s-%s", y, x);
    fp_book_put_formula(&b->sh, r + 2, C_DELTA, fx, b->f.rate,
                        fp_book_ratio(figs[1]->support_rate) - fp_book_ratio(figs[0]->support_rate),
                        8);
    define_name(b, "Old_Support", support_row, C_OLD);
    define_name(b, "New_Support", support_row, C_NEW);
    define_name(b, "SupportDelta", support_row, C_DELTA);
    define_name(b, "Old_SupportRate", r + 2, C_OLD);
    define_name(b, "New_SupportRate", r + 2, C_NEW);
    r += 3;
    if (b->d->key[FP_DK_EU].has_old || b->d->key[FP_DK_EU].has_new) {
        key_numbers(b, r++, FP_T_EU_PART, FP_DK_EU);
        key_numbers(b, r++, FP_T_STATE_PART, FP_DK_STATE);
    }
    key_numbers(b, r++, FP_T_MAX_SUPPORT, FP_DK_MAX_SUPPORT);
    return r;
}

static unsigned
write_months(struct cbook *b, unsigned r)
{
    char fx[64], x[16], y[16];
    fp_book_put_text(&b->sh, r, C_LABEL, tx(b, FP_M_DIFF_PERIOD_ROW), NULL);
    fp_book_put_number(&b->sh, r, C_OLD, b->d->old_fig->months, NULL, 4);
    fp_book_put_number(&b->sh, r, C_NEW, b->d->new_fig->months, NULL, 4);
    fp_book_ref(x, r, C_OLD, 0, 0);
    fp_book_ref(y, r, C_NEW, 0, 0);
    snprintf(fx, sizeof fx, "=%s-%s", y, x);
    fp_book_put_formula(&b->sh, r, C_DELTA, fx, NULL, b->d->months_delta, 4);
    define_name(b, "MonthsDelta", r, C_DELTA);
    return r + 1;
}

/* ==== Findings ==== */

static unsigned
finding_rows(struct fp_book_sheet *sh, const struct fp_diags *d, enum fp_msg concerns,
             enum fp_severity min, enum fp_lang L, lxw_format *wrap, unsigned r)
{
    for (size_t i = 0; i < d->count; i++) {
        const struct fp_finding *f = &d->list[i];
        char *text;
        if (f->severity < min)
            continue;
        fp_book_put_text(sh, r, 0, fp_msg_text(L, FP_M_SEVD_NOTE + f->severity), NULL);
        fp_book_put_text(sh, r, 1, fp_msg_text(L, concerns), NULL);
        fp_book_put_text(sh, r, 2, fp_diag_code_title(f->code, L), NULL);
        text = fp_diag_text(f, L, FP_VOICE_READER);
        fp_book_put_text(sh, r, 3, text, wrap);
        free(text);
        r++;
    }
    return r;
}

static void
write_findings(struct cbook *b, const struct fp_diags *changes, const struct fp_diags *new_diags)
{
    struct fp_book_sheet sh = {.bf = b->sh.bf};
    enum fp_lang L = b->lang;
    const enum fp_msg heads[4] = {FP_M_DIFF_COL_SEVERITY, FP_M_DIFF_COL_CONCERNS,
                                  FP_M_DIFF_COL_FINDING, FP_M_DIFF_COL_EXPLANATION};
    unsigned r = 1;

    sh.ws = workbook_add_worksheet(b->sh.bf->wb, tx(b, FP_M_DIFF_SHEET_FINDINGS));
    if (sh.ws == NULL) {
        fp_book_note(b->sh.bf, LXW_ERROR_MEMORY_MALLOC_FAILED, "workbook_add_worksheet");
        return;
    }
    for (unsigned c = 0; c < 4; c++)
        fp_book_put_text(&sh, 0, c, tx(b, heads[c]), b->f.head);
    worksheet_freeze_panes(sh.ws, 1, 0);
    r = finding_rows(&sh, changes, FP_M_DIFF_CONCERNS_CHANGE, FP_NOTE, L, b->f.wrap, r);
    r = finding_rows(&sh, new_diags, FP_M_DIFF_CONCERNS_NEW, FP_WARNING, L, b->f.wrap, r);
    if (r == 1)
        fp_book_put_text(&sh, 1, 0, tx(b, FP_M_DIFF_NO_FINDINGS), NULL);
    fp_book_fit_columns(&sh, 3, 40);
    fp_book_note(b->sh.bf, worksheet_set_column(sh.ws, 3, 3, 80, NULL), "worksheet_set_column");
}

/* ==== Entry point ==== */

int
fp_diff_book_write(const struct fp_diff *d, const struct fp_diags *new_diags,
                   const struct fp_diags *changes, const struct fp_report_opts *opts,
                   const char *path)
{
    struct fp_book_file bf;
    struct cbook *b = fp_xmalloc(sizeof *b); /* a row per compared line: not on the stack */
    const struct fp_plan *p = d->new_plan;
    const char *name = p->name.text ? p->name.text : p->path;
    unsigned r, net_row = 0;
    char *t;
    int rc;

    memset(b, 0, sizeof *b);
    b->d = d;
    b->lang = opts->lang;
    b->cents = d->any_cents;
    b->sheet = tx(b, FP_M_DIFF_SHEET);
    if (fp_book_begin(&bf, path, 0) != 0) {
        free(b);
        return -1;
    }
    b->sh.bf = &bf;
    if (make_formats(&bf, &b->f, b->cents) != 0)
        goto out;
    fp_book_properties(&bf, name, tx(b, FP_M_DIFF_MEMO_SUBJECT), p->funder.text, p->funder.text,
                       d->new_fig->instrument.name, opts->epoch);
    b->sh.ws = workbook_add_worksheet(bf.wb, b->sheet);
    if (b->sh.ws == NULL) {
        fp_book_note(&bf, LXW_ERROR_MEMORY_MALLOC_FAILED, "workbook_add_worksheet");
        goto out;
    }
    t = fp_book_text(name);
    fp_book_note(&bf, worksheet_write_string(b->sh.ws, 0, 0, t, b->f.title),
                 "worksheet_write_string");
    free(t);
    fp_book_note(&bf, worksheet_write_string(b->sh.ws, 1, 0, tx(b, FP_M_DIFF_TITLE), b->f.subtitle),
                 "worksheet_write_string");
    r = write_facts(b, 3);
    r = write_lines(b, r, &net_row);
    fp_book_put_text(&b->sh, r++, C_LABEL, tx(b, FP_M_DIFF_KEY_FIGURES), b->f.key);
    r = write_support(b, r, net_row);
    write_months(b, r);
    fp_book_fit_columns(&b->sh, C_COUNT, 46);
    worksheet_freeze_panes(b->sh.ws, 2, 1);
    worksheet_set_paper(b->sh.ws, 9); /* A4 */
    worksheet_fit_to_pages(b->sh.ws, 1, 0);
    write_findings(b, changes, new_diags);
out:
    rc = fp_book_end(&bf);
    free(b);
    return rc;
}
