/*
 * memo_pdf.c - the decision memo: title and facts, description, cost estimate and financing
 * plan (with years when the plan has them) and a chart, the support rate, the funder's
 * assessment, the decision proposal, the findings in the reader's words, preparer and presenter.
 * Wording only: every figure and every choice (rows, proposal) comes from struct fp_figures,
 * every word from the catalogue (msg.h), the house style from layout.c.
 * SPDX-License-Identifier: MIT
 */
#include "memo_pdf.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "date.h"
#include "lang.h"
#include "layout.h"
#include "money.h"
#include "msg.h"
#include "pdf.h"
#include "schema.h"

/* Bar colours of the chart, by source: the support lines darkest. */
static const double bar_rgb[FP_SRC_COUNT][3] = {
    [FP_SRC_AIKO] = {0.12, 0.30, 0.52},         [FP_SRC_AKKE] = {0.12, 0.30, 0.52},
    [FP_SRC_EAKR] = {0.12, 0.30, 0.52},         [FP_SRC_MUNICIPAL] = {0.33, 0.55, 0.74},
    [FP_SRC_OTHER_PUBLIC] = {0.55, 0.71, 0.84}, [FP_SRC_PRIVATE] = {0.84, 0.58, 0.27},
    [FP_SRC_IN_KIND] = {0.60, 0.60, 0.60},
};

struct memo {
    struct fp_pdf pdf;
    struct fp_doc doc;
    const struct fp_plan *plan;
    const struct fp_figures *fig;
    const struct fp_diags *diags;
    const struct fp_call *call;
    const char *path; /* the memo's file, for messages; borrowed */
    enum fp_lang lang;
    struct fp_date date;
    size_t nerrors;
    int money_flags; /* FP_MONEY_CENTS when any amount has cents */
    char case_text[256];
};

static const char *
tx(const struct memo *m, enum fp_msg id)
{
    return fp_msg_text(m->lang, id);
}

static const char *
lt(const struct memo *m, enum fp_text t)
{
    return fp_lang_text(m->lang, t);
}

static const char *
or_none(const char *s)
{
    return s && *s ? s : "–";
}

/* An amount in the memo's format; a derived figure with cents (an EU part) shows them. */
static void
money(const struct memo *m, char *buf, size_t n, fp_cents c)
{
    fp_money_format(buf, n, c, m->lang, m->money_flags | (c % 100 ? FP_MONEY_CENTS : 0));
}

/* A catalogue sentence with its figures, into buf. */
static const char *
say(const struct memo *m, char *buf, size_t n, enum fp_msg id, const struct fp_arg *a, size_t na)
{
    fp_msg_render(buf, n, m->lang, tx(m, id), a, na);
    return buf;
}

/* ==== Title and facts ==== */

static const char *
instrument_text(const struct memo *m)
{
    const struct fp_instrument *in = &m->fig->instrument;
    if (in->def)
        return tx(m, in->def->label);
    return or_none(m->plan->instrument.text ? m->plan->instrument.text : in->name);
}

/* "prosenttimääräinen korvaus (flat rate) 40 % henkilöstökustannuksista" */
static void
cost_model_text(const struct memo *m, char *buf, size_t n)
{
    const struct fp_figures *fig = m->fig;
    char pct[24];
    switch (fig->cost_model) {
    case FP_MODEL_FLAT_RATE:
        if (fig->flat_rate > 0) {
            fp_percent_format(pct, sizeof pct, fig->flat_rate, 2, 1, m->lang);
            snprintf(buf, n, "%s %s %s", lt(m, FP_T_MODEL_FLAT), pct,
                     lt(m, fig->flat_base == FP_FLAT_DIRECT ? FP_T_OF_DIRECT : FP_T_OF_STAFF));
        } else {
            snprintf(buf, n, "%s", lt(m, FP_T_MODEL_FLAT));
        }
        break;
    case FP_MODEL_LUMP_SUM:
        snprintf(buf, n, "%s", lt(m, FP_T_MODEL_LUMP));
        break;
    default:
        snprintf(buf, n, "%s", lt(m, FP_T_MODEL_ACTUAL));
        break;
    }
}

static void
fact_text(struct memo *m, enum fp_text label, const struct fp_text_value *v)
{
    if (v->text && *v->text)
        fp_doc_fact(&m->doc, lt(m, label), v->text);
}

static void
title_and_facts(struct memo *m)
{
    const struct fp_plan *plan = m->plan;
    const struct fp_instrument *in = &m->fig->instrument;
    char buf[1024], per[160];
    size_t o = 0;

    fp_doc_title(&m->doc, or_none(plan->name.text));
    fp_doc_fact(&m->doc, lt(m, FP_T_APPLICANT), or_none(plan->applicant.text));
    if (plan->npartners > 0) {
        buf[0] = '\0';
        for (size_t i = 0; i < plan->npartners && o + 3 < sizeof buf; i++)
            o +=
                (size_t)snprintf(buf + o, sizeof buf - o, "%s%s", i ? ", " : "", plan->partners[i]);
        fp_doc_fact(&m->doc, lt(m, FP_T_PARTNERS), buf);
    }
    fp_doc_fact(&m->doc, lt(m, FP_T_FUNDER), or_none(plan->funder.text));
    fp_doc_fact(&m->doc, lt(m, FP_T_INSTRUMENT), instrument_text(m));
    if (in->eu_split && in->programme != FP_PROG_UNSET)
        fp_doc_fact(&m->doc, lt(m, FP_T_PROGRAMME),
                    tx(m, in->programme == FP_PROG_2014_2020 ? FP_M_MEMO_PROGRAMME_2014
                                                             : FP_M_MEMO_PROGRAMME_2021));
    fact_text(m, FP_T_PRIORITY, &plan->programme_priority);
    fact_text(m, FP_T_OBJECTIVE, &plan->specific_objective);
    fact_text(m, FP_T_APPLICATION, &plan->application_number);
    fact_text(m, FP_T_TARGET_AREA, &plan->target_area);
    fact_text(m, FP_T_REGION, &plan->region);
    if (plan->type.line)
        fp_doc_fact(&m->doc, lt(m, FP_T_PROJECT_TYPE),
                    lt(m, in->type == FP_TYPE_INVESTMENT ? FP_T_INVESTMENT : FP_T_DEVELOPMENT));
    if (m->fig->cost_model_known) {
        cost_model_text(m, buf, sizeof buf);
        fp_doc_fact(&m->doc, lt(m, FP_T_COST_MODEL), buf);
    }
    if (m->call && m->call->name.text) {
        if (m->call->id.text)
            snprintf(buf, sizeof buf, "%s (%s)", m->call->name.text, m->call->id.text);
        else
            snprintf(buf, sizeof buf, "%s", m->call->name.text);
        fp_doc_fact(&m->doc, lt(m, FP_T_CALL), buf);
    }
    if (m->fig->months > 0) {
        fp_date_format_period(per, sizeof per, plan->start.date, plan->end.date, m->lang);
        snprintf(buf, sizeof buf, "%s (%d %s)", per, m->fig->months,
                 m->fig->months == 1 ? tx(m, FP_M_MEMO_MONTH_ONE) : lt(m, FP_T_MONTHS));
        fp_doc_fact(&m->doc, lt(m, FP_T_PERIOD), buf);
    } else {
        fp_doc_fact(&m->doc, lt(m, FP_T_PERIOD), "–");
    }
}

static void
draft_notice(struct memo *m)
{
    char buf[512];
    struct fp_arg a[2] = {fp_arg_int((int64_t)m->nerrors), fp_arg_msg(FP_M_T_FINDINGS)};
    say(m, buf, sizeof buf, m->nerrors == 1 ? FP_M_MEMO_DRAFT_ONE : FP_M_MEMO_DRAFT_MANY, a, 2);
    fp_doc_notice(&m->doc, buf, 1);
}

/* ==== The cost estimate and the financing plan ==== */

static void
year_head(const struct memo *m, struct fp_row *head, int nyears, int share)
{
    memset(head, 0, sizeof *head);
    for (int y = 0; y < nyears; y++)
        snprintf(head->cell[1 + y], sizeof head->cell[0], "%d", m->fig->years[y].year);
    snprintf(head->cell[nyears + 1], sizeof head->cell[0], "%s",
             nyears ? lt(m, FP_T_TOTAL) : lt(m, FP_T_AMOUNT));
    if (share)
        snprintf(head->cell[nyears + 2], sizeof head->cell[0], "%s", lt(m, FP_T_SHARE));
}

/* One row of a year table: the years that have the figure, then the total. */
static void
year_row(const struct memo *m, struct fp_row *r, const char *label, int nyears,
         fp_cents (*pick)(const struct fp_year_figures *, int), int which,
         int (*has)(const struct fp_year_figures *), fp_cents total, int flags)
{
    memset(r, 0, sizeof *r);
    snprintf(r->label, sizeof r->label, "%s", label);
    for (int y = 0; y < nyears; y++)
        if (has(&m->fig->years[y]))
            money(m, r->cell[1 + y], sizeof r->cell[0], pick(&m->fig->years[y], which));
    money(m, r->cell[nyears + 1], sizeof r->cell[0], total);
    r->flags = flags;
}

static fp_cents
pick_cost(const struct fp_year_figures *y, int k)
{
    return k < 0 ? y->total_costs : y->cost[k];
}

static fp_cents
pick_income(const struct fp_year_figures *y, int k)
{
    (void)k;
    return y->income;
}

static fp_cents
pick_net(const struct fp_year_figures *y, int k)
{
    (void)k;
    return y->net_costs;
}

static fp_cents
pick_fin(const struct fp_year_figures *y, int s)
{
    return s < 0 ? y->total_financing : y->fin[s];
}

static fp_cents
pick_balance(const struct fp_year_figures *y, int k)
{
    (void)k;
    return y->balance;
}

static int
has_costs(const struct fp_year_figures *y)
{
    return y->has_costs;
}

static int
has_income(const struct fp_year_figures *y)
{
    return y->has_income;
}

static int
has_net(const struct fp_year_figures *y)
{
    return y->has_net;
}

static int
has_fin(const struct fp_year_figures *y)
{
    return y->has_fin;
}

static int
has_balance(const struct fp_year_figures *y)
{
    return y->has_balance;
}

static void
cost_table(struct memo *m)
{
    const struct fp_figures *fig = m->fig;
    int nyears = m->plan->costs_by_year ? (int)fig->nyears : 0;
    struct fp_row head, rows[FP_COST_COUNT + 3];
    size_t n = 0;

    year_head(m, &head, nyears, 0);
    for (int c = 0; c < FP_COST_COUNT; c++) {
        char label[160];
        if (!fig->cost_shown[c])
            continue;
        if (c == FP_COST_FLAT_RATE && fig->flat_rate > 0) {
            char pct[24];
            fp_percent_format(pct, sizeof pct, fig->flat_rate, 2, 1, m->lang);
            snprintf(label, sizeof label, "%s %s", fp_lang_cost_label(m->lang, FP_COST_FLAT_RATE),
                     pct);
        } else {
            snprintf(label, sizeof label, "%s", fp_lang_cost_label(m->lang, (enum fp_cost)c));
        }
        year_row(m, &rows[n++], label, nyears, pick_cost, c, has_costs, fig->cost[c], 0);
    }
    year_row(m, &rows[n++], lt(m, FP_T_TOTAL_COSTS), nyears, pick_cost, -1, has_costs,
             fig->total_costs, FP_ROW_BOLD | FP_ROW_RULE);
    year_row(m, &rows[n++], lt(m, FP_T_INCOME), nyears, pick_income, 0, has_income, fig->income, 0);
    year_row(m, &rows[n++], lt(m, FP_T_NET_COSTS), nyears, pick_net, 0, has_net, fig->net_costs,
             FP_ROW_BOLD | FP_ROW_RULE);
    fp_doc_keep_together(&m->doc, n);
    fp_doc_heading(&m->doc, lt(m, FP_T_COST_ESTIMATE), 11.5, 14);
    fp_doc_year_table(&m->doc, &head, rows, n, nyears, 0);
}

static void
share_text(char *buf, size_t n, struct fp_ratio r, enum fp_lang lang)
{
    if (r.den == 0)
        snprintf(buf, n, "–");
    else
        fp_percent_format(buf, n, fp_ratio_percent(r, 1), 1, 0, lang);
}

static void
chart(struct memo *m)
{
    struct fp_pdf *p = &m->pdf;
    struct fp_doc *d = &m->doc;
    const struct fp_figures *fig = m->fig;
    const double bar_x = FP_DOC_LEFT + 170, bar_w = 190, row = 17;
    size_t nbars = 0;

    for (int s = 0; s < FP_SRC_COUNT; s++)
        nbars += fig->fin[s] > 0;
    if (nbars == 0 || fig->total_financing <= 0)
        return;
    fp_doc_need(d, 26 + row * (double)nbars + 6);
    d->y -= 22;
    fp_pdf_text(p, d->page, p->bold, 9.5, FP_DOC_LEFT, d->y, tx(m, FP_M_MEMO_CHART), FP_PDF_ALL);
    d->y -= 6;
    for (int s = 0; s < FP_SRC_COUNT; s++) {
        struct fp_ratio r = fig->share[s];
        char amount[48], pct[24], label[96];
        double len, base;
        if (fig->fin[s] <= 0)
            continue;
        /* drawing only: the bar's length is the checked share, as a fraction of the track */
        len = r.den > 0 ? bar_w * (double)r.num / (double)r.den : 0;
        if (len > bar_w)
            len = bar_w;
        d->y -= row;
        base = d->y + 4;
        fp_pdf_color(p, d->page, 0.1, 0.1, 0.1);
        fp_pdf_text(p, d->page, p->regular, 8.8, FP_DOC_LEFT, base,
                    fp_lang_source_label(m->lang, (enum fp_source)s), FP_PDF_ALL);
        fp_pdf_color(p, d->page, 0.93, 0.94, 0.95);
        fp_pdf_fill_rect(p, d->page, bar_x, base - 2.5, bar_w, 11);
        fp_pdf_color(p, d->page, bar_rgb[s][0], bar_rgb[s][1], bar_rgb[s][2]);
        fp_pdf_fill_rect(p, d->page, bar_x, base - 2.5, len < 0.8 ? 0.8 : len, 11);
        money(m, amount, sizeof amount, fig->fin[s]);
        share_text(pct, sizeof pct, r, m->lang);
        snprintf(label, sizeof label, "%s  %s", amount, pct);
        fp_pdf_color(p, d->page, 0.1, 0.1, 0.1);
        fp_pdf_text(p, d->page, p->regular, 8.8, bar_x + bar_w + 8, base, label, FP_PDF_ALL);
    }
}

static void
financing_table(struct memo *m)
{
    const struct fp_figures *fig = m->fig;
    int nyears = m->plan->fin_by_year ? (int)fig->nyears : 0;
    int share = nyears + 2; /* the share column follows the total */
    struct fp_row head, rows[FP_SRC_COUNT + 5];
    size_t n = 0;
    int any_balance = fig->balance != 0;

    year_head(m, &head, nyears, 1);
    for (int s = 0; s < FP_SRC_COUNT; s++) {
        if (!fig->source_shown[s])
            continue;
        year_row(m, &rows[n], fp_lang_source_label(m->lang, (enum fp_source)s), nyears, pick_fin, s,
                 has_fin, fig->fin[s], 0);
        share_text(rows[n].cell[share], sizeof rows[n].cell[0], fig->share[s], m->lang);
        n++;
        if (fig->has_eu_split && s == (int)fig->instrument.support_source) {
            /* finance staff book the EU part and the state part apart */
            memset(&rows[n], 0, sizeof rows[n]);
            snprintf(rows[n].label, sizeof rows[n].label, "%s", lt(m, FP_T_EU_PART));
            money(m, rows[n].cell[nyears + 1], sizeof rows[n].cell[0], fig->eu);
            rows[n++].flags = FP_ROW_INDENT;
            memset(&rows[n], 0, sizeof rows[n]);
            snprintf(rows[n].label, sizeof rows[n].label, "%s", lt(m, FP_T_STATE_PART));
            money(m, rows[n].cell[nyears + 1], sizeof rows[n].cell[0], fig->state);
            rows[n++].flags = FP_ROW_INDENT | (fig->state < 0 ? FP_ROW_RED : 0);
        }
    }
    year_row(m, &rows[n], lt(m, FP_T_TOTAL_FINANCING), nyears, pick_fin, -1, has_fin,
             fig->total_financing, FP_ROW_BOLD | FP_ROW_RULE);
    if (fig->total_financing > 0)
        fp_percent_format(rows[n].cell[share], sizeof rows[n].cell[0], 1000, 1, 0, m->lang);
    n++;
    for (int y = 0; y < nyears; y++)
        any_balance |= fig->years[y].has_balance && fig->years[y].balance != 0;
    if (any_balance)
        year_row(m, &rows[n++], lt(m, FP_T_BALANCE), nyears, pick_balance, 0, has_balance,
                 fig->balance, FP_ROW_RED);
    fp_doc_keep_together(&m->doc, n);
    fp_doc_heading(&m->doc, lt(m, FP_T_FINANCING_PLAN), 11.5, 14);
    fp_doc_year_table(&m->doc, &head, rows, n, nyears, 1);
    chart(m);
}

/* ==== Support, assessment, proposal ==== */

static void
support(struct memo *m)
{
    const struct fp_figures *fig = m->fig;
    const struct fp_instrument *in = &fig->instrument;
    enum fp_msg base = in->base == FP_BASE_NET_COSTS ? FP_M_MEMO_BASE_NET : FP_M_MEMO_BASE_TOTAL;
    char buf[1024];

    fp_doc_heading(&m->doc, lt(m, FP_T_SUPPORT_RATE), 11.5, 14);
    {
        int d; /* just over the cap never reads as the cap */
        int64_t rate = fp_ratio_percent_capped(fig->support_rate, in->max_rate, &d);
        struct fp_arg a[3] = {fp_arg_pct(rate, d), fp_arg_msg(base), fp_arg_bp(in->max_rate)};
        fp_doc_para(&m->doc, say(m, buf, sizeof buf, FP_M_MEMO_RATE, a, 3));
    }
    if (fig->cap == FP_CAP_RATES) {
        struct fp_arg a[5] = {fp_arg_bp(in->max_rate),
                              fp_arg_eur(fig->support_base - fig->investment_base),
                              fp_arg_bp(in->investment_rate), fp_arg_eur(fig->investment_base),
                              fp_arg_eur(fig->max_support)};
        fp_doc_para(&m->doc, say(m, buf, sizeof buf, FP_M_MEMO_CAP_PARTS, a, 5));
    } else {
        struct fp_arg a[1] = {fp_arg_eur(fig->max_support)};
        fp_doc_para(&m->doc, say(m, buf, sizeof buf, FP_M_MEMO_CAP, a, 1));
    }
}

/*
 * The proposal in the funder's voice, only for what may be granted: the asked figures of a
 * clean plan, the largest allowed support when the cap is the only error, and no proposal at
 * all for a plan with other errors. Its percentage ceiling never falls below its euros.
 */
static void
proposal(struct memo *m)
{
    const struct fp_figures *fig = m->fig;
    const struct fp_plan *plan = m->plan;
    const struct fp_instrument *in = &fig->instrument;
    enum fp_msg base = in->base == FP_BASE_NET_COSTS ? FP_M_MEMO_BASE_NET : FP_M_MEMO_BASE_TOTAL;
    char buf[2048];

    fp_doc_heading(&m->doc, tx(m, FP_M_MEMO_PROPOSAL_HEAD), 11.5, 14);
    if (fig->proposal == FP_PROPOSE_NONE) {
        struct fp_arg a[2] = {fp_arg_int((int64_t)m->nerrors), fp_arg_msg(FP_M_T_FINDINGS)};
        fp_doc_notice(&m->doc, say(m, buf, sizeof buf, FP_M_MEMO_NO_PROPOSAL, a, 2), 1);
        return;
    }
    if (fig->proposal == FP_PROPOSE_CAPPED) {
        struct fp_arg a[2] = {fp_arg_eur(fig->support), fp_arg_eur(fig->proposal_support)};
        fp_doc_para(&m->doc, say(m, buf, sizeof buf, FP_M_MEMO_CAPPED, a, 2));
        m->doc.y -= 4;
    }
    {
        struct fp_arg a[7] = {
            fp_arg_str(plan->funder.text ? plan->funder.text : lt(m, FP_T_FUNDER)),
            fp_arg_str(or_none(plan->name.text)),
            fp_arg_str(or_none(plan->applicant.text)),
            fp_arg_msg(FP_M_GRANT_AIKO + in->support_source),
            fp_arg_eur(fig->proposal_support),
            fp_arg_bp(fig->proposal_rate),
            fp_arg_msg(base),
        };
        fp_doc_para(&m->doc, say(m, buf, sizeof buf, FP_M_MEMO_PROPOSAL, a, 7));
    }
    if (fig->has_eu_split && fig->proposal == FP_PROPOSE_ASKED) {
        struct fp_arg a[2] = {fp_arg_eur(fig->eu), fp_arg_eur(fig->state)};
        m->doc.y -= 4;
        fp_doc_para(&m->doc, say(m, buf, sizeof buf, FP_M_MEMO_EU_SPLIT, a, 2));
    }
}

/* ==== Findings, preparer ==== */

static void
findings(struct memo *m)
{
    const struct fp_diags *d = m->diags;
    char title[512];
    int any = 0;

    fp_doc_heading(&m->doc, lt(m, FP_T_FINDINGS), 11.5, 14);
    for (size_t i = 0; i < d->count; i++) {
        const struct fp_finding *f = &d->list[i];
        char *text;
        if (f->severity < FP_WARNING)
            continue;
        any = 1;
        /* the reader's voice: no line numbers or keys in a document the council signs */
        snprintf(title, sizeof title, "%s: %s", tx(m, FP_M_SEVD_NOTE + f->severity),
                 fp_diag_code_title(f->code, m->lang));
        text = fp_diag_text(f, m->lang, FP_VOICE_READER);
        fp_doc_finding(&m->doc, f->severity == FP_ERROR, title, text);
        free(text);
    }
    if (d->dropped[FP_ERROR] || d->dropped[FP_WARNING]) {
        struct fp_arg a[1] = {fp_arg_int((int64_t)(d->dropped[FP_ERROR] + d->dropped[FP_WARNING]))};
        fp_doc_para(&m->doc, say(m, title, sizeof title, FP_M_MEMO_MORE_FINDINGS, a, 1));
    }
    if (!any)
        fp_doc_para(&m->doc, tx(m, FP_M_MEMO_NO_FINDINGS));
}

/* The whole memo, drawn on its opened document. */
static void
draw(struct memo *m)
{
    const struct fp_plan *plan = m->plan;
    struct fp_doc_header h =
        fp_doc_memo_header(plan->funder.text, FP_M_MEMO_DOCTYPE, plan->id.text, m->date, m->lang,
                           m->nerrors > 0, m->case_text, sizeof m->case_text);
    fp_doc_begin(&m->doc, &m->pdf, &h);
    title_and_facts(m);
    if (m->nerrors)
        draft_notice(m);
    if ((plan->summary.text && *plan->summary.text) || (plan->goals.text && *plan->goals.text) ||
        (plan->actions.text && *plan->actions.text)) {
        fp_doc_heading(&m->doc, tx(m, FP_M_MEMO_DESCRIPTION), 11.5, 14);
        fp_doc_text(&m->doc, lt(m, FP_T_SUMMARY), plan->summary.text);
        fp_doc_text(&m->doc, lt(m, FP_T_GOALS), plan->goals.text);
        fp_doc_text(&m->doc, lt(m, FP_T_ACTIONS), plan->actions.text);
    }
    cost_table(m);
    financing_table(m);
    support(m);
    if (plan->assessment.text && *plan->assessment.text) {
        fp_doc_heading(&m->doc, lt(m, FP_T_ASSESSMENT), 11.5, 14);
        fp_doc_text(&m->doc, "", plan->assessment.text);
    }
    proposal(m);
    findings(m);
    fp_doc_signatures(&m->doc, m->plan);
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
    draw(m);
    if (pad > 0)
        fp_pdf_pad(&m->pdf, m->doc.page, pad);
    fp_doc_end(&m->doc);

    if (plan->id.text)
        snprintf(subject, sizeof subject, "%s, %s %s", tx(m, FP_M_MEMO_SUBJECT),
                 tx(m, FP_M_MEMO_CASE), plan->id.text);
    else
        snprintf(subject, sizeof subject, "%s", tx(m, FP_M_MEMO_SUBJECT));
    rc = fp_pdf_save(&m->pdf, or_none(plan->name.text), or_none(plan->funder.text), subject,
                     opts->epoch);
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
    m->call = opts->call;
    m->path = path;
    m->money_flags = fig->any_cents ? FP_MONEY_CENTS : FP_MONEY_WHOLE;
}

/* The status after the tries: FP_PDF_RETRY left means every try failed. */
static int
gave_up(int rc, const char *path)
{
    if (rc != FP_PDF_RETRY)
        return rc;
    FP_FAIL(path, FP_M_SYS_FONT_SUBSET);
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
