/*
 * claim_memo.c - the payment memo (maksatusmuistio): the decision's facts and ceilings, the
 * claims at a glance, each claim's costs and payment, the payment proposal for the last claim
 * and the findings in the reader's words. Wording only: every figure and the proposal come from
 * claim.c, every word from the catalogue, the house style from layout.c.
 * SPDX-License-Identifier: MIT
 */
#include "claim_memo.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "claim_print.h"
#include "layout.h"
#include "msg.h"
#include "pdf.h"

struct memo {
    struct fp_pdf pdf;
    struct fp_doc doc;
    const struct fp_claims *cs;
    enum fp_lang lang;
    char case_text[256];
};

static const char *
tx(const struct memo *m, enum fp_msg id)
{
    return fp_msg_text(m->lang, id);
}

static const char *
or_none(const char *s)
{
    return s && *s ? s : "–";
}

static void
money(const struct memo *m, char *buf, size_t n, fp_cents c)
{
    fp_money_format(buf, n, c, m->lang, FP_MONEY_CENTS);
}

static const char *
say(const struct memo *m, char *buf, size_t n, enum fp_msg id, const struct fp_arg *a, size_t na)
{
    fp_msg_render(buf, n, m->lang, tx(m, id), a, na);
    return buf;
}

static enum fp_msg
base_term(const struct memo *m)
{
    return m->cs->terms.base == FP_BASE_NET_COSTS ? FP_M_MEMO_BASE_NET : FP_M_MEMO_BASE_TOTAL;
}

static void
period_text(const struct memo *m, char *buf, size_t n, const struct fp_claimfile *cf)
{
    if (cf->start.date.year && cf->end.date.year)
        fp_date_format_period(buf, n, cf->start.date, cf->end.date, m->lang);
    else
        snprintf(buf, n, "–");
}

/* ==== Facts ==== */

static void
model_text(const struct memo *m, char *buf, size_t n)
{
    const struct fp_claim_terms *t = &m->cs->terms;
    if (t->model == FP_MODEL_FLAT_RATE && t->flat_rate > 0) {
        char pct[24];
        fp_percent_format(pct, sizeof pct, t->flat_rate, 2, 1, m->lang);
        snprintf(
            buf, n, "%s %s %s", fp_lang_text(m->lang, FP_T_MODEL_FLAT), pct,
            fp_lang_text(m->lang, t->flat_base == FP_FLAT_DIRECT ? FP_T_OF_DIRECT : FP_T_OF_STAFF));
    } else {
        snprintf(buf, n, "%s",
                 fp_lang_text(m->lang,
                              t->model == FP_MODEL_LUMP_SUM ? FP_T_MODEL_LUMP : FP_T_MODEL_ACTUAL));
    }
}

static void
facts(struct memo *m)
{
    const struct fp_plan *p = m->cs->plan;
    const struct fp_instrument *in = &m->cs->fig->instrument;
    const struct fp_claim_terms *t = &m->cs->terms;
    const char *id = p->decision.id.text ? p->decision.id.text : p->id.text;
    char buf[512], date[64];

    fp_doc_title(&m->doc, or_none(p->name.text));
    fp_doc_fact(&m->doc, tx(m, FP_M_CLAIM_T_BENEFICIARY), or_none(p->applicant.text));
    fp_doc_fact(&m->doc, fp_lang_text(m->lang, FP_T_FUNDER), or_none(p->funder.text));
    fp_doc_fact(&m->doc, fp_lang_text(m->lang, FP_T_INSTRUMENT),
                in->def ? tx(m, in->def->label) : or_none(in->name));
    if (p->decision.date.date.year) {
        fp_date_format(date, sizeof date, p->decision.date.date, m->lang);
        snprintf(buf, sizeof buf, "%s%s%s", id ? id : "", id ? ", " : "", date);
        fp_doc_fact(&m->doc, tx(m, FP_M_CLAIM_T_DECISION), buf);
    } else if (id) {
        fp_doc_fact(&m->doc, tx(m, FP_M_CLAIM_T_DECISION), id);
    }
    if (t->start.year && t->end.year) {
        fp_date_format_period(buf, sizeof buf, t->start, t->end, m->lang);
        fp_doc_fact(&m->doc, fp_lang_text(m->lang, FP_T_PERIOD), buf);
    }
    model_text(m, buf, sizeof buf);
    fp_doc_fact(&m->doc, fp_lang_text(m->lang, FP_T_COST_MODEL), buf);
    {
        struct fp_arg a[3] = {fp_arg_eur(t->support), fp_arg_bp(t->rate), fp_arg_msg(base_term(m))};
        fp_doc_fact(&m->doc, fp_lang_text(m->lang, FP_T_SUPPORT),
                    say(m, buf, sizeof buf, FP_M_CLAIM_MEMO_GRANTED, a, 3));
    }
}

/* ==== The claims ==== */

/* The claims at a glance: eligible costs, cumulative, entitled, paid before, payable. */
static void
overview(struct memo *m)
{
    static const enum fp_msg heads[] = {FP_M_CLAIM_T_COSTS_PERIOD, FP_M_CLAIM_T_COSTS_TO_DATE,
                                        FP_M_CLAIM_T_ENTITLED_SHORT, FP_M_CLAIM_T_PAID_BEFORE,
                                        FP_M_CLAIM_T_PAYABLE_SHORT};
    const int cols[] = {0, 1, 2, 3, 4, 5};
    struct fp_row head, *rows = fp_xmalloc(m->cs->n * sizeof *rows);

    memset(&head, 0, sizeof head);
    for (int c = 0; c < 5; c++)
        snprintf(head.cell[1 + c], sizeof head.cell[0], "%s", tx(m, heads[c]));
    for (size_t i = 0; i < m->cs->n; i++) {
        const struct fp_claim_figures *f = &m->cs->fig_of[i];
        const fp_cents v[5] = {f->eligible, f->cum_eligible, f->entitled, f->paid_before,
                               f->payable};
        struct fp_arg a[1] = {fp_arg_int(f->number ? f->number : (int64_t)i + 1)};
        memset(&rows[i], 0, sizeof rows[i]);
        say(m, rows[i].label, sizeof rows[i].label,
            f->final ? FP_M_CLAIM_T_SHEET_FINAL : FP_M_CLAIM_T_SHEET, a, 1);
        for (int c = 0; c < 5; c++)
            money(m, rows[i].cell[1 + c], sizeof rows[i].cell[0], v[c]);
    }
    fp_doc_heading(&m->doc, tx(m, FP_M_CLAIM_T_CLAIMS), 11.5, 14);
    fp_doc_table(&m->doc, &head, rows, m->cs->n, cols, 6);
    free(rows);
}

static void
amount_row(const struct memo *m, struct fp_row *r, const char *label, const fp_cents v[4],
           unsigned has, int flags)
{
    memset(r, 0, sizeof *r);
    snprintf(r->label, sizeof r->label, "%s", label);
    for (int c = 0; c < 4; c++)
        if (has & (1u << c))
            money(m, r->cell[1 + c], sizeof r->cell[0], v[c]);
    r->flags = flags;
}

/* One claim: its costs (this period, cumulative, approved, remaining), then its payment. */
static void
claim_section(struct memo *m, size_t i)
{
    const struct fp_claims *cs = m->cs;
    const struct fp_claim_figures *f = &cs->fig_of[i];
    const struct fp_figures *dec = cs->fig;
    static const enum fp_msg heads[4] = {FP_M_CLAIM_T_THIS_PERIOD, FP_M_CLAIM_T_CUMULATIVE,
                                         FP_M_CLAIM_T_APPROVED, FP_M_CLAIM_T_REMAINING};
    const int cols[] = {0, 1, 2, 3, 4};
    struct fp_row head, rows[FP_COST_COUNT + 7];
    char title[160], per[160], buf[1024];
    size_t n = 0;

    memset(&head, 0, sizeof head);
    for (int c = 0; c < 4; c++)
        snprintf(head.cell[1 + c], sizeof head.cell[0], "%s", tx(m, heads[c]));
    for (int k = 0; k < FP_COST_COUNT; k++) {
        const fp_cents v[4] = {f->cost[k], f->cum_cost[k], dec->cost[k],
                               dec->cost[k] - f->cum_cost[k]};
        if (!cs->cost_shown[k])
            continue;
        fp_claim_cost_label(title, sizeof title, cs, (enum fp_cost)k, m->lang);
        amount_row(m, &rows[n++], title, v, 0xf, 0);
    }
    {
        const fp_cents tc[4] = {f->total_costs, f->cum_total_costs, dec->total_costs,
                                dec->total_costs - f->cum_total_costs};
        const fp_cents in[4] = {f->income, f->cum_income, dec->income, dec->income - f->cum_income};
        const fp_cents el[4] = {f->eligible, f->cum_eligible, dec->support_base,
                                dec->support_base - f->cum_eligible};
        const fp_cents pay[3][4] = {{0, f->entitled, 0, 0},
                                    {0, f->paid_before, 0, 0},
                                    {0, f->repayment ? -f->payable : f->payable, 0, 0}};
        amount_row(m, &rows[n++], fp_lang_text(m->lang, FP_T_TOTAL_COSTS), tc, 0xf,
                   FP_ROW_BOLD | FP_ROW_RULE);
        amount_row(m, &rows[n++], fp_lang_text(m->lang, FP_T_INCOME), in, 0xf, 0);
        amount_row(m, &rows[n++], fp_claim_eligible_label(cs, m->lang), el, 0xf,
                   FP_ROW_BOLD | FP_ROW_RULE);
        amount_row(m, &rows[n++], tx(m, FP_M_CLAIM_T_ENTITLED), pay[0], 0x2, FP_ROW_RULE);
        amount_row(m, &rows[n++], tx(m, FP_M_CLAIM_T_PAID_BEFORE), pay[1], 0x2, 0);
        amount_row(m, &rows[n++],
                   tx(m, f->repayment ? FP_M_CLAIM_T_REPAYMENT : FP_M_CLAIM_T_PAYABLE), pay[2], 0x2,
                   FP_ROW_BOLD | (f->repayment ? FP_ROW_RED : 0));
    }
    /* the claim's heading and table on one page when they fit on one */
    fp_doc_need(&m->doc, 40 + 17.0 * (double)(n + 1));
    fp_claim_title(title, sizeof title, f, i, m->lang);
    period_text(m, per, sizeof per, &cs->files[i]);
    snprintf(buf, sizeof buf, "%s, %s", title, per);
    fp_doc_heading(&m->doc, buf, 10.5, 12);
    fp_doc_table(&m->doc, &head, rows, n, cols, 5);
    if (cs->terms.model == FP_MODEL_LUMP_SUM) {
        fp_doc_para(&m->doc, tx(m, FP_M_CLAIM_MEMO_LUMP));
    } else {
        struct fp_arg a[5] = {fp_arg_bp(cs->terms.rate), fp_arg_eur(f->cum_eligible),
                              fp_arg_eur(f->cum_eligible > 0 ? f->entitled : 0),
                              fp_arg_eur(cs->terms.support), fp_arg_eur(f->paid_before)};
        fp_doc_para(&m->doc, say(m, buf, sizeof buf, FP_M_CLAIM_MEMO_ENTITLED, a, 5));
    }
}

/* ==== Proposal and findings ==== */

/* The proposal for the last claim, only when nothing is in error. */
static void
proposal(struct memo *m)
{
    const struct fp_claims *cs = m->cs;
    const struct fp_plan *p = cs->plan;
    size_t last = cs->n - 1;
    const struct fp_claim_figures *f = &cs->fig_of[last];
    char buf[2048], per[160];
    enum fp_msg say_what = cs->proposal == FP_CLAIM_PAY     ? FP_M_CLAIM_MEMO_PAY
                           : cs->proposal == FP_CLAIM_REPAY ? FP_M_CLAIM_MEMO_REPAY
                                                            : FP_M_CLAIM_MEMO_NOTHING;

    fp_doc_heading(&m->doc, tx(m, FP_M_CLAIM_MEMO_PROPOSAL_HEAD), 11.5, 14);
    if (cs->proposal == FP_CLAIM_WITHHELD) {
        struct fp_arg a[2] = {fp_arg_int((int64_t)cs->errors), fp_arg_msg(FP_M_T_FINDINGS)};
        fp_doc_notice(&m->doc, say(m, buf, sizeof buf, FP_M_CLAIM_MEMO_WITHHELD, a, 2), 1);
        return;
    }
    period_text(m, per, sizeof per, &cs->files[last]);
    {
        struct fp_arg a[5] = {
            fp_arg_str(or_none(p->name.text)), fp_arg_str(or_none(p->applicant.text)),
            fp_arg_eur(f->payable < 0 ? -f->payable : f->payable),
            fp_arg_int(f->number ? f->number : (int64_t)last + 1), fp_arg_str(per)};
        fp_doc_para(&m->doc, say(m, buf, sizeof buf, say_what, a, 5));
    }
    if (!f->final) { /* after the final claim, the findings say what is left unused */
        struct fp_arg a[1] = {fp_arg_eur(cs->remaining)};
        m->doc.y -= 4;
        fp_doc_para(&m->doc, say(m, buf, sizeof buf, FP_M_CLAIM_MEMO_LEFT, a, 1));
    }
}

/* The findings of one file in the reader's words, each titled with the claim it is about. */
static int
findings_of(struct memo *m, const struct fp_diags *d, const char *about)
{
    char title[512];
    int any = 0;
    for (size_t i = 0; i < d->count; i++) {
        const struct fp_finding *f = &d->list[i];
        char *text = fp_diag_text(f, m->lang, FP_VOICE_READER);
        snprintf(title, sizeof title, "%s – %s: %s", about, tx(m, FP_M_SEVD_NOTE + f->severity),
                 fp_diag_code_title(f->code, m->lang));
        fp_doc_finding(&m->doc, f->severity == FP_ERROR, title, text);
        free(text);
        any = 1;
    }
    return any;
}

static void
findings(struct memo *m)
{
    const struct fp_claims *cs = m->cs;
    size_t dropped = cs->plan_diags->dropped[FP_ERROR] + cs->plan_diags->dropped[FP_WARNING];
    char about[160];
    int any;

    fp_doc_heading(&m->doc, fp_lang_text(m->lang, FP_T_FINDINGS), 11.5, 14);
    any = findings_of(m, cs->plan_diags, tx(m, FP_M_CLAIM_T_DECISION));
    for (size_t i = 0; i < cs->n; i++) {
        fp_claim_title(about, sizeof about, &cs->fig_of[i], i, m->lang);
        any |= findings_of(m, &cs->diags[i], about);
        dropped += cs->diags[i].dropped[FP_ERROR] + cs->diags[i].dropped[FP_WARNING];
    }
    if (dropped) {
        struct fp_arg a[1] = {fp_arg_int((int64_t)dropped)};
        fp_doc_para(&m->doc, say(m, about, sizeof about, FP_M_MEMO_MORE_FINDINGS, a, 1));
    }
    if (!any)
        fp_doc_para(&m->doc, tx(m, FP_M_CLAIM_MEMO_NO_FINDINGS));
}

/* ==== The document ==== */

static void
draw(struct memo *m, const struct fp_report_opts *opts)
{
    const struct fp_plan *p = m->cs->plan;
    const char *id = p->decision.id.text ? p->decision.id.text : p->id.text;
    struct fp_doc_header h =
        fp_doc_memo_header(p->funder.text, FP_M_CLAIM_MEMO_DOCTYPE, id, opts->date, m->lang,
                           m->cs->errors > 0, m->case_text, sizeof m->case_text);
    fp_doc_begin(&m->doc, &m->pdf, &h);
    facts(m);
    if (m->cs->errors) {
        char buf[512];
        struct fp_arg a[2] = {fp_arg_int((int64_t)m->cs->errors), fp_arg_msg(FP_M_T_FINDINGS)};
        fp_doc_notice(&m->doc, say(m, buf, sizeof buf, FP_M_CLAIM_MEMO_DRAFT, a, 2), 1);
    }
    overview(m);
    for (size_t i = 0; i < m->cs->n; i++)
        claim_section(m, i);
    proposal(m);
    findings(m);
}

static int
draw_and_save(struct memo *m, const struct fp_report_opts *opts, int pad)
{
    const struct fp_plan *p = m->cs->plan;
    char subject[512];

    draw(m, opts);
    if (pad > 0)
        fp_pdf_pad(&m->pdf, m->doc.page, pad);
    fp_doc_end(&m->doc);
    if (m->case_text[0])
        snprintf(subject, sizeof subject, "%s, %s", tx(m, FP_M_CLAIM_MEMO_SUBJECT), m->case_text);
    else
        snprintf(subject, sizeof subject, "%s", tx(m, FP_M_CLAIM_MEMO_SUBJECT));
    return fp_pdf_save(&m->pdf, or_none(p->name.text), or_none(p->funder.text), subject,
                       opts->epoch);
}

int
fp_claim_memo_write(const struct fp_claims *cs, const struct fp_report_opts *opts, const char *path)
{
    struct memo *m = fp_xmalloc(sizeof *m); /* 8 KiB code-point map: not on the stack */
    int rc, pad = 0;

    if (cs->n == 0) {
        free(m);
        return 0;
    }
    /* each of the FP_PDF_PADS spare glyphs once (pdf.h, FP_PDF_RETRY); the same input needs
       the same number of tries, so gives the same bytes */
    do {
        memset(m, 0, sizeof *m);
        m->cs = cs;
        m->lang = opts->lang;
        if (fp_pdf_open(&m->pdf, path) != 0) {
            free(m);
            return -1;
        }
        rc = draw_and_save(m, opts, pad);
        fp_pdf_close(&m->pdf);
    } while (rc == FP_PDF_RETRY && ++pad <= FP_PDF_PADS);
    free(m);
    if (rc == FP_PDF_RETRY) {
        FP_FAIL(path, FP_M_CLAIM_SYS_FONT);
        return -1;
    }
    return rc;
}
