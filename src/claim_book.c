/*
 * claim_book.c - the payment claims' workbook: a summary sheet (the decision's ceilings, one row
 * per claim, what is not yet paid, the findings) and a sheet per claim whose realised costs,
 * cumulative figures, support entitled and payable amount are live formulas. Cached values are
 * claim.c's figures; LibreOffice recalculates them to the same cents (tests/claims).
 * SPDX-License-Identifier: MIT
 */
#include "claim_book.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <xlsxwriter.h>

#include "book_internal.h"
#include "book_xlsx.h"
#include "claim_print.h"
#include "msg.h"

/* Formats, owned by the workbook. */
struct formats {
    lxw_format *title, *head, *head_right, *bold, *eur, *eur_total, *eur_key, *rate, *date, *wrap;
};

struct book {
    struct fp_book_file bf;
    struct formats f;
    const struct fp_claims *cs;
    enum fp_lang lang;
    char summary[40];             /* the summary sheet's name, quoted for formulas */
    char sheet[FP_CLAIM_MAX][40]; /* the claim sheets' names, quoted for formulas */
    unsigned first_row;           /* the first cost row of every claim sheet */
    unsigned row[FP_COST_COUNT];  /* each shown cost line's row; 0: not shown */
    unsigned total_row, income_row, eligible_row, entitled_row, before_row, payable_row, paid_row;
};

/* Columns of a claim sheet. */
enum { COL_LABEL, COL_PERIOD, COL_CUM, COL_APPROVED, COL_REMAINING };

static const char *
tx(const struct book *b, enum fp_msg m)
{
    return fp_msg_text(b->lang, m);
}

static int
make_formats(struct book *b)
{
    struct formats *f = &b->f;
    lxw_format **all[] = {&f->title,     &f->head,    &f->head_right, &f->bold, &f->eur,
                          &f->eur_total, &f->eur_key, &f->rate,       &f->date, &f->wrap};
    if (fp_book_new_formats(&b->bf, all, sizeof all / sizeof all[0]) != 0)
        return -1;
    format_set_bold(f->title);
    format_set_font_size(f->title, 14);
    fp_book_head_format(f->head);
    fp_book_head_format(f->head_right);
    format_set_align(f->head_right, LXW_ALIGN_RIGHT);
    format_set_bold(f->bold);
    format_set_num_format(f->eur, FP_BOOK_EUR_CENTS);
    format_set_num_format(f->eur_total, FP_BOOK_EUR_CENTS);
    format_set_bold(f->eur_total);
    format_set_top(f->eur_total, LXW_BORDER_THIN);
    format_set_num_format(f->eur_key, FP_BOOK_EUR_CENTS);
    format_set_bold(f->eur_key);
    format_set_num_format(f->rate, "0.00 %");
    format_set_num_format(f->date, "d.m.yyyy");
    format_set_align(f->date, LXW_ALIGN_LEFT);
    format_set_text_wrap(f->wrap);
    format_set_align(f->wrap, LXW_ALIGN_VERTICAL_TOP);
    return 0;
}

static void
money(struct fp_book_sheet *sh, unsigned r, unsigned c, fp_cents v, lxw_format *fmt)
{
    fp_book_put_number(sh, r, c, fp_book_eur(v), fmt, fp_book_money_width(v, 1));
}

static void
money_fx(struct fp_book_sheet *sh, unsigned r, unsigned c, const char *fx, fp_cents v,
         lxw_format *fmt)
{
    fp_book_put_formula(sh, r, c, fx, fmt, fp_book_eur(v), fp_book_money_width(v, 1));
}

/* A workbook-level name ("Claim2_Payable") for a cell, so users' formulas and the tests find
   each figure without knowing the layout. Names are ASCII and made here, never from a file. */
static void
define_name(struct book *b, const char *sheet, const char *name, unsigned r, unsigned c)
{
    char ref[96], cell[16];
    fp_book_ref(cell, r, c, 1, 1);
    snprintf(ref, sizeof ref, "=%s!%s", sheet, cell);
    fp_book_note(&b->bf, workbook_define_name(b->bf.wb, name, ref), "workbook_define_name");
}

/* A reference into another sheet: 'Maksatus 1'!C5. */
static void
ref_in(char *buf, size_t n, const char *sheet, unsigned r, unsigned c)
{
    char cell[16];
    fp_book_ref(cell, r, c, 0, 0);
    snprintf(buf, n, "%s!%s", sheet, cell);
}

static struct lxw_worksheet *
add_sheet(struct book *b, const char *name)
{
    struct lxw_worksheet *ws = workbook_add_worksheet(b->bf.wb, name);
    if (ws == NULL)
        fp_book_note(&b->bf, LXW_ERROR_MEMORY_MALLOC_FAILED, "workbook_add_worksheet");
    return ws;
}

static void
title(struct book *b, struct fp_book_sheet *sh, const char *text)
{
    /* not measured: the title spills over the columns to its right */
    char *t = fp_book_text(text);
    fp_book_note(&b->bf, worksheet_write_string(sh->ws, 0, 0, t, b->f.title),
                 "worksheet_write_string");
    free(t);
}

/* ==== A claim's sheet ==== */

/* Where each row goes: the shown cost lines, the totals, then the payment. */
static void
layout_rows(struct book *b)
{
    unsigned r = b->first_row = 4;
    for (int k = 0; k < FP_COST_COUNT; k++)
        b->row[k] = b->cs->cost_shown[k] ? r++ : 0;
    b->total_row = r++;
    b->income_row = r++;
    b->eligible_row = r++;
    b->entitled_row = ++r;
    b->before_row = ++r;
    b->payable_row = ++r;
    b->paid_row = ++r;
}

/* The flat rate of this period, as claim.c computes it: the rate on staff (or direct) costs,
   half-up to the cent, then to whole euros in the 2014-2020 way. */
static void
flat_formula(const struct book *b, char *fx, size_t n)
{
    const struct fp_claim_terms *t = &b->cs->terms;
    static const enum fp_cost direct[] = {FP_COST_STAFF,     FP_COST_PURCHASED,    FP_COST_TRAVEL,
                                          FP_COST_EQUIPMENT, FP_COST_CONSTRUCTION, FP_COST_OTHER};
    char base[160] = "0", cell[16];
    size_t o = 0;

    for (size_t i = 0; i < sizeof direct / sizeof direct[0]; i++) {
        enum fp_cost k = direct[i];
        if (!b->row[k] || (t->flat_base != FP_FLAT_DIRECT && k != FP_COST_STAFF))
            continue;
        fp_book_ref(cell, b->row[k], COL_PERIOD, 0, 0);
        o += (size_t)snprintf(base + o, sizeof base - o, "%s%s", o ? "+" : "", cell);
    }
    if (t->euro_rounding)
        snprintf(fx, n, "=ROUND(ROUND((%s)*%lld/10000,2),0)", base, (long long)t->flat_rate);
    else
        snprintf(fx, n, "=ROUND((%s)*%lld/10000,2)", base, (long long)t->flat_rate);
}

/* This period, cumulative (the previous sheet's plus this period), approved and remaining. */
static void
line_cells(struct book *b, struct fp_book_sheet *sh, size_t i, unsigned r, fp_cents cum,
           fp_cents approved)
{
    char fx[192], a[16], c[16], prev[48];
    fp_book_ref(a, r, COL_PERIOD, 0, 0);
    if (i == 0) {
        snprintf(fx, sizeof fx, "=%s", a);
    } else {
        ref_in(prev, sizeof prev, b->sheet[i - 1], r, COL_CUM);
        snprintf(fx, sizeof fx, "=%s+%s", prev, a);
    }
    money_fx(sh, r, COL_CUM, fx, cum, b->f.eur);
    money(sh, r, COL_APPROVED, approved, b->f.eur);
    fp_book_ref(a, r, COL_APPROVED, 0, 0);
    fp_book_ref(c, r, COL_CUM, 0, 0);
    snprintf(fx, sizeof fx, "=%s-%s", a, c);
    money_fx(sh, r, COL_REMAINING, fx, approved - cum, b->f.eur);
}

static void
cost_rows(struct book *b, struct fp_book_sheet *sh, size_t i)
{
    const struct fp_claim_figures *f = &b->cs->fig_of[i];
    const struct fp_figures *dec = b->cs->fig;
    char label[160], fx[256];

    for (int k = 0; k < FP_COST_COUNT; k++) {
        if (!b->row[k])
            continue;
        fp_claim_cost_label(label, sizeof label, b->cs, (enum fp_cost)k, b->lang);
        fp_book_put_text(sh, b->row[k], COL_LABEL, label, NULL);
        if (k == FP_COST_FLAT_RATE) {
            flat_formula(b, fx, sizeof fx);
            money_fx(sh, b->row[k], COL_PERIOD, fx, f->cost[k], b->f.eur);
        } else {
            money(sh, b->row[k], COL_PERIOD, f->cost[k], b->f.eur);
        }
        line_cells(b, sh, i, b->row[k], f->cum_cost[k], dec->cost[k]);
    }
}

static void
total_rows(struct book *b, struct fp_book_sheet *sh, size_t i)
{
    const struct fp_claim_figures *f = &b->cs->fig_of[i];
    const struct fp_figures *dec = b->cs->fig;
    unsigned last = b->total_row - 1;
    char fx[128], a[16], c[16];

    fp_book_put_text(sh, b->total_row, COL_LABEL, fp_lang_text(b->lang, FP_T_TOTAL_COSTS),
                     b->f.bold);
    fp_book_ref(a, b->first_row, COL_PERIOD, 0, 0);
    fp_book_ref(c, last, COL_PERIOD, 0, 0);
    snprintf(fx, sizeof fx, last >= b->first_row ? "=SUM(%s:%s)" : "=0", a, c);
    money_fx(sh, b->total_row, COL_PERIOD, fx, f->total_costs, b->f.eur_total);
    line_cells(b, sh, i, b->total_row, f->cum_total_costs, dec->total_costs);

    fp_book_put_text(sh, b->income_row, COL_LABEL, fp_lang_text(b->lang, FP_T_INCOME), NULL);
    money(sh, b->income_row, COL_PERIOD, f->income, b->f.eur);
    line_cells(b, sh, i, b->income_row, f->cum_income, dec->income);

    fp_book_put_text(sh, b->eligible_row, COL_LABEL, fp_claim_eligible_label(b->cs, b->lang),
                     b->f.bold);
    fp_book_ref(a, b->total_row, COL_PERIOD, 0, 0);
    fp_book_ref(c, b->income_row, COL_PERIOD, 0, 0);
    if (b->cs->terms.base == FP_BASE_NET_COSTS)
        snprintf(fx, sizeof fx, "=%s-%s", a, c);
    else
        snprintf(fx, sizeof fx, "=%s", a);
    money_fx(sh, b->eligible_row, COL_PERIOD, fx, f->eligible, b->f.eur_total);
    line_cells(b, sh, i, b->eligible_row, f->cum_eligible, dec->support_base);
}

/*
 * The payment, in the cumulative column. The entitled support is floored in whole cents
 * (cents × basis points / 10 000, both exact in a double), so the spreadsheet rounds down to
 * the same cent as claim.c and never a cent off through binary fractions.
 */
static void
payment_rows(struct book *b, struct fp_book_sheet *sh, size_t i)
{
    const struct fp_claim_figures *f = &b->cs->fig_of[i];
    char fx[256], e[16], p[16], q[16], prev1[48], prev2[48];

    fp_book_ref(e, b->eligible_row, COL_CUM, 0, 0);
    snprintf(fx, sizeof fx,
             "=MIN(Support,MAX(0,INT(ROUND(%s*100,0)*ROUND(SupportRate*10000,0)/10000)/100))", e);
    fp_book_put_text(sh, b->entitled_row, COL_LABEL, tx(b, FP_M_CLAIM_T_ENTITLED), NULL);
    money_fx(sh, b->entitled_row, COL_CUM, fx, f->entitled, b->f.eur);

    fp_book_put_text(sh, b->before_row, COL_LABEL, tx(b, FP_M_CLAIM_T_PAID_BEFORE), NULL);
    if (i == 0) {
        money(sh, b->before_row, COL_CUM, f->paid_before, b->f.eur);
    } else {
        ref_in(prev1, sizeof prev1, b->sheet[i - 1], b->before_row, COL_CUM);
        ref_in(prev2, sizeof prev2, b->sheet[i - 1], b->paid_row, COL_CUM);
        snprintf(fx, sizeof fx, "=%s+%s", prev1, prev2);
        money_fx(sh, b->before_row, COL_CUM, fx, f->paid_before, b->f.eur);
    }

    fp_book_ref(e, b->entitled_row, COL_CUM, 0, 0);
    fp_book_ref(p, b->before_row, COL_CUM, 0, 0);
    /* before the final claim an overpayment is set off later, not repaid */
    snprintf(fx, sizeof fx, f->final ? "=%s-%s" : "=MAX(0,%s-%s)", e, p);
    fp_book_put_text(sh, b->payable_row, COL_LABEL,
                     tx(b, f->repayment ? FP_M_CLAIM_T_REPAYMENT : FP_M_CLAIM_T_PAYABLE),
                     b->f.bold);
    money_fx(sh, b->payable_row, COL_CUM, fx, f->payable, b->f.eur_key);

    fp_book_put_text(sh, b->paid_row, COL_LABEL, tx(b, FP_M_CLAIM_T_PAID), NULL);
    if (b->cs->files[i].paid.line) {
        money(sh, b->paid_row, COL_CUM, f->paid, b->f.eur);
    } else {
        fp_book_ref(q, b->payable_row, COL_CUM, 0, 0);
        snprintf(fx, sizeof fx, "=%s", q);
        money_fx(sh, b->paid_row, COL_CUM, fx, f->paid, b->f.eur);
    }
}

static void
claim_names(struct book *b, size_t i)
{
    static const struct {
        const char *name;
        int row; /* 0 eligible, 1 entitled, 2 before, 3 payable */
        unsigned col;
    } names[] = {
        {"Eligible", 0, COL_PERIOD}, {"CumulativeEligible", 0, COL_CUM},
        {"Entitled", 1, COL_CUM},    {"PaidBefore", 2, COL_CUM},
        {"Payable", 3, COL_CUM},
    };
    const unsigned rows[4] = {b->eligible_row, b->entitled_row, b->before_row, b->payable_row};
    for (size_t k = 0; k < sizeof names / sizeof names[0]; k++) {
        char name[48];
        snprintf(name, sizeof name, "Claim%zu_%s", i + 1, names[k].name);
        define_name(b, b->sheet[i], name, rows[names[k].row], names[k].col);
    }
}

static void
claim_sheet(struct book *b, size_t i, const char *name)
{
    const struct fp_claimfile *cf = &b->cs->files[i];
    struct fp_book_sheet sh = {&b->bf, add_sheet(b, name), {0}};
    static const enum fp_msg heads[] = {FP_M_CLAIM_T_THIS_PERIOD, FP_M_CLAIM_T_CUMULATIVE,
                                        FP_M_CLAIM_T_APPROVED, FP_M_CLAIM_T_REMAINING};
    char buf[160];

    if (sh.ws == NULL)
        return;
    fp_claim_title(buf, sizeof buf, &b->cs->fig_of[i], i, b->lang);
    title(b, &sh, buf);
    fp_book_put_text(&sh, 1, COL_LABEL, tx(b, FP_M_CLAIM_T_PERIOD), NULL);
    fp_book_put_date(&sh, 1, COL_PERIOD, cf->start.date, b->f.date);
    fp_book_put_date(&sh, 1, COL_CUM, cf->end.date, b->f.date);
    fp_book_put_text(&sh, 3, COL_LABEL, "", b->f.head);
    for (unsigned c = 0; c < 4; c++)
        fp_book_put_text(&sh, 3, COL_PERIOD + c, tx(b, heads[c]), b->f.head_right);
    cost_rows(b, &sh, i);
    total_rows(b, &sh, i);
    payment_rows(b, &sh, i);
    claim_names(b, i);
    worksheet_freeze_panes(sh.ws, 4, 1);
    worksheet_set_paper(sh.ws, 9); /* A4 */
    worksheet_fit_to_pages(sh.ws, 1, 0);
    fp_book_fit_columns(&sh, 5, 46);
}

/* ==== The summary sheet ==== */

/* "Prosenttimääräinen korvaus (flat rate) 15 %", "Kertakorvaus", ... */
static const char *
model_text(const struct book *b, char *buf, size_t n)
{
    const struct fp_claim_terms *t = &b->cs->terms;
    if (t->model == FP_MODEL_FLAT_RATE) {
        char pct[24];
        fp_percent_format(pct, sizeof pct, t->flat_rate, 2, 1, b->lang);
        snprintf(buf, n, "%s %s", fp_lang_text(b->lang, FP_T_MODEL_FLAT), pct);
    } else {
        snprintf(buf, n, "%s",
                 fp_lang_text(b->lang,
                              t->model == FP_MODEL_LUMP_SUM ? FP_T_MODEL_LUMP : FP_T_MODEL_ACTUAL));
    }
    return buf;
}

static unsigned
decision_facts(struct book *b, struct fp_book_sheet *sh, unsigned r)
{
    const struct fp_plan *p = b->cs->plan;
    const struct fp_claim_terms *t = &b->cs->terms;
    const char *id = p->decision.id.text ? p->decision.id.text : p->id.text;
    char buf[160];

    fp_book_put_text(sh, r, 0, tx(b, FP_M_CLAIM_T_BENEFICIARY), NULL);
    fp_book_put_text(sh, r++, 1, p->applicant.text, NULL);
    fp_book_put_text(sh, r, 0, fp_lang_text(b->lang, FP_T_FUNDER), NULL);
    fp_book_put_text(sh, r++, 1, p->funder.text, NULL);
    fp_book_put_text(sh, r, 0, tx(b, FP_M_CLAIM_T_DECISION), NULL);
    fp_book_put_text(sh, r, 1, id ? id : "", NULL);
    fp_book_put_date(sh, r++, 2, p->decision.date.date, b->f.date);
    fp_book_put_text(sh, r, 0, fp_lang_text(b->lang, FP_T_PERIOD), NULL);
    fp_book_put_date(sh, r, 1, t->start, b->f.date);
    fp_book_put_date(sh, r++, 2, t->end, b->f.date);
    fp_book_put_text(sh, r, 0, fp_lang_text(b->lang, FP_T_COST_MODEL), NULL);
    fp_book_put_text(sh, r++, 1, model_text(b, buf, sizeof buf), NULL);
    r++;
    fp_book_put_text(sh, r, 0, tx(b, FP_M_CLAIM_T_SUPPORT), b->f.bold);
    money(sh, r, 1, t->support, b->f.eur_key);
    define_name(b, b->summary, "Support", r++, 1);
    fp_book_put_text(sh, r, 0, tx(b, FP_M_CLAIM_T_RATE), b->f.bold);
    fp_book_put_number(sh, r, 1, (double)t->rate / FP_BP_MAX, b->f.rate, 8);
    define_name(b, b->summary, "SupportRate", r++, 1);
    return r + 1;
}

static unsigned
summary_rows(struct book *b, struct fp_book_sheet *sh, unsigned r)
{
    static const enum fp_msg heads[] = {FP_M_CLAIM_T_NUMBER,      FP_M_CLAIM_T_PERIOD,
                                        FP_M_CLAIM_T_THIS_PERIOD, FP_M_CLAIM_T_CUMULATIVE,
                                        FP_M_CLAIM_T_ENTITLED,    FP_M_CLAIM_T_PAID_BEFORE,
                                        FP_M_CLAIM_T_PAYABLE};
    const unsigned cols[] = {COL_PERIOD, COL_CUM, COL_CUM, COL_CUM, COL_CUM};
    char fx[160], buf[160];

    for (unsigned c = 0; c < sizeof heads / sizeof heads[0]; c++)
        fp_book_put_text(sh, r, c, tx(b, heads[c]), c < 2 ? b->f.head : b->f.head_right);
    for (size_t i = 0; i < b->cs->n; i++) {
        const struct fp_claim_figures *f = &b->cs->fig_of[i];
        const struct fp_claimfile *cf = &b->cs->files[i];
        const unsigned rows[] = {b->eligible_row, b->eligible_row, b->entitled_row, b->before_row,
                                 b->payable_row};
        const fp_cents v[] = {f->eligible, f->cum_eligible, f->entitled, f->paid_before,
                              f->payable};
        r++;
        fp_claim_title(buf, sizeof buf, f, i, b->lang);
        fp_book_put_text(sh, r, 0, buf, NULL);
        if (cf->start.date.year && cf->end.date.year)
            fp_date_format_period(buf, sizeof buf, cf->start.date, cf->end.date, b->lang);
        else
            snprintf(buf, sizeof buf, "–");
        fp_book_put_text(sh, r, 1, buf, NULL);
        for (unsigned c = 0; c < 5; c++) {
            fx[0] = '=';
            ref_in(fx + 1, sizeof fx - 1, b->sheet[i], rows[c], cols[c]);
            money_fx(sh, r, 2 + c, fx, v[c], c == 4 ? b->f.eur_key : b->f.eur);
        }
    }
    r += 2;
    fp_book_put_text(sh, r, 0, tx(b, FP_M_CLAIM_T_SUPPORT_LEFT), b->f.bold);
    if (b->cs->n) {
        size_t last = b->cs->n - 1;
        char p1[48], p2[48];
        ref_in(p1, sizeof p1, b->sheet[last], b->before_row, COL_CUM);
        ref_in(p2, sizeof p2, b->sheet[last], b->paid_row, COL_CUM);
        snprintf(fx, sizeof fx, "=Support-%s-%s", p1, p2);
        money_fx(sh, r, 6, fx, b->cs->remaining, b->f.eur_key);
    } else {
        money(sh, r, 6, b->cs->remaining, b->f.eur_key);
    }
    define_name(b, b->summary, "Remaining", r, 6);
    return r + 2;
}

/* The findings of the decision and every claim, in the reader's words as in the plan workbook:
   what they concern (the decision, payment claim N), severity, title, explanation; no file
   names, keys or lines, which are the preparer's (the terminal has them). */
static void
findings(struct book *b, struct fp_book_sheet *sh, unsigned r)
{
    static const enum fp_msg heads[] = {FP_M_DIFF_COL_CONCERNS, FP_M_CLAIM_T_SEVERITY,
                                        FP_M_CLAIM_T_FINDING, FP_M_DIFF_COL_EXPLANATION};
    int any = 0;

    fp_book_put_text(sh, r, 0, fp_lang_text(b->lang, FP_T_FINDINGS), b->f.bold);
    r++;
    for (unsigned c = 0; c < 4; c++)
        fp_book_put_text(sh, r, c, tx(b, heads[c]), b->f.head);
    for (size_t k = 0; k <= b->cs->n; k++) {
        const struct fp_diags *d = k == 0 ? b->cs->plan_diags : &b->cs->diags[k - 1];
        char concerns[128];
        if (k == 0)
            snprintf(concerns, sizeof concerns, "%s", tx(b, FP_M_CLAIM_T_DECISION));
        else
            fp_claim_title(concerns, sizeof concerns, &b->cs->fig_of[k - 1], k - 1, b->lang);
        for (size_t i = 0; i < d->count; i++) {
            const struct fp_finding *f = &d->list[i];
            char *raw = fp_diag_text(f, b->lang, FP_VOICE_READER), *text = fp_book_text(raw);
            free(raw);
            r++;
            fp_book_put_text(sh, r, 0, concerns, NULL);
            fp_book_put_text(sh, r, 1, tx(b, FP_M_SEVD_NOTE + f->severity), NULL);
            fp_book_put_text(sh, r, 2, fp_diag_code_title(f->code, b->lang), NULL);
            /* the message is long: it wraps in a column of its own width */
            fp_book_note(&b->bf, worksheet_write_string(sh->ws, r, 3, text, b->f.wrap),
                         "worksheet_write_string");
            free(text);
            any = 1;
        }
    }
    if (!any)
        fp_book_put_text(sh, r + 1, 0, tx(b, FP_M_CLAIM_T_NO_FINDINGS), NULL);
}

static void
summary_sheet(struct book *b, const char *name)
{
    const struct fp_plan *p = b->cs->plan;
    struct fp_book_sheet sh = {&b->bf, add_sheet(b, name), {0}};
    char buf[512];
    unsigned r;

    if (sh.ws == NULL)
        return;
    snprintf(buf, sizeof buf, "%s: %s", tx(b, FP_M_CLAIM_T_CLAIMS),
             p->name.text ? p->name.text : p->path);
    title(b, &sh, buf);
    r = decision_facts(b, &sh, 2);
    r = summary_rows(b, &sh, r);
    findings(b, &sh, r);
    worksheet_set_paper(sh.ws, 9); /* A4 */
    worksheet_set_landscape(sh.ws);
    worksheet_fit_to_pages(sh.ws, 1, 0);
    fp_book_fit_columns(&sh, 7, 40);
}

/* Sheet names from the catalogue ("Maksatus 2"), quoted for formulas. */
static void
sheet_names(struct book *b, char names[][32], char *summary, size_t n)
{
    snprintf(summary, 32, "%s", tx(b, FP_M_CLAIM_T_SUMMARY_SHEET));
    snprintf(b->summary, sizeof b->summary, "'%.31s'", summary);
    for (size_t i = 0; i < n; i++) {
        struct fp_arg a[1] = {fp_arg_int((int64_t)i + 1)};
        fp_msg_render(names[i], 32, b->lang, tx(b, FP_M_CLAIM_T_SHEET), a, 1);
        snprintf(b->sheet[i], sizeof b->sheet[i], "'%.31s'", names[i]);
    }
}

int
fp_claim_book_write(const struct fp_claims *cs, const struct fp_report_opts *opts, const char *path)
{
    struct book *b = fp_xmalloc(sizeof *b);
    char names[FP_CLAIM_MAX][32], summary[32];
    const struct fp_plan *p = cs->plan;
    int rc;

    memset(b, 0, sizeof *b);
    b->cs = cs;
    b->lang = opts->lang;
    if (fp_book_begin(&b->bf, path, 0) != 0) {
        free(b);
        return -1;
    }
    if (make_formats(b) == 0) {
        fp_book_properties(&b->bf, p->name.text ? p->name.text : p->path,
                           tx(b, FP_M_CLAIM_T_CLAIMS), p->funder.text, p->funder.text,
                           cs->fig->instrument.name, opts->epoch);
        sheet_names(b, names, summary, cs->n);
        layout_rows(b);
        summary_sheet(b, summary);
        for (size_t i = 0; i < cs->n; i++)
            claim_sheet(b, i, names[i]);
    }
    rc = fp_book_end(&b->bf);
    free(b);
    return rc;
}
