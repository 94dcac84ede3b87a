/*
 * claim_print.c - payment claims on a terminal (a table per claim in the user's language and
 * number format) and as the JSON document of docs/json.md. Formats only what claim.c computed.
 * SPDX-License-Identifier: MIT
 */
#include "claim_print.h"

#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

#include "json_out.h"
#include "msg.h"
#include "schema.h"
#include "utf8.h"

#define AMOUNT_WIDTH 16

/* ==== Labels every claim writer shares ==== */

void
fp_claim_cost_label(char *buf, size_t n, const struct fp_claims *cs, enum fp_cost k,
                    enum fp_lang lang)
{
    if (k == FP_COST_FLAT_RATE && cs->terms.flat_rate > 0) {
        char pct[24];
        fp_percent_format(pct, sizeof pct, cs->terms.flat_rate, 2, 1, lang);
        snprintf(buf, n, "%s %s", fp_lang_cost_label(lang, k), pct);
    } else {
        snprintf(buf, n, "%s", fp_lang_cost_label(lang, k));
    }
}

const char *
fp_claim_eligible_label(const struct fp_claims *cs, enum fp_lang lang)
{
    return fp_msg_text(lang, cs->terms.base == FP_BASE_NET_COSTS ? FP_M_CLAIM_T_ELIGIBLE_NET
                                                                 : FP_M_CLAIM_T_ELIGIBLE_TOTAL);
}

void
fp_claim_title(char *buf, size_t n, const struct fp_claim_figures *f, size_t i, enum fp_lang lang)
{
    struct fp_arg a[1] = {fp_arg_int(f->number ? f->number : (int64_t)i + 1)};
    fp_msg_render(buf, n, lang,
                  fp_msg_text(lang, f->final ? FP_M_CLAIM_T_CLAIM_FINAL : FP_M_CLAIM_T_CLAIM), a,
                  1);
}

/* ==== The terminal ==== */

/* Where the tables go: the stream, the language, the width of the label column. */
struct term {
    FILE *out;
    enum fp_lang lang;
    int lw;
};

static void
pad(FILE *out, int n)
{
    while (n-- > 0)
        fputc(' ', out);
}

/* A cell right-aligned in its column; NULL leaves the column empty. */
static void
cell(const struct term *t, const char *s)
{
    pad(t->out, AMOUNT_WIDTH - (s ? (int)fp_utf8_width(s) : 0));
    if (s)
        fputs(s, t->out);
}

static void
label(const struct term *t, const char *s)
{
    int w = (int)fp_utf8_width(s);
    fputs("  ", t->out);
    fputs(s, t->out);
    pad(t->out, w < t->lw ? t->lw - w : 1);
}

/* A row of four amounts: this period, cumulative, approved, remaining. */
static void
row(const struct term *t, const char *text, const fp_cents v[4])
{
    label(t, text);
    for (int c = 0; c < 4; c++) {
        char buf[48];
        fp_money_format(buf, sizeof buf, v[c], t->lang, FP_MONEY_CENTS);
        cell(t, buf);
    }
    fputc('\n', t->out);
}

/* A figure of the payment: its amount in the cumulative column, then how it came about. */
static void
figure(const struct term *t, enum fp_msg text, fp_cents v, const char *how)
{
    char buf[48];
    label(t, fp_msg_text(t->lang, text));
    cell(t, NULL);
    fp_money_format(buf, sizeof buf, v, t->lang, FP_MONEY_CENTS);
    cell(t, buf);
    if (how && *how)
        fprintf(t->out, "  %s", how);
    fputc('\n', t->out);
}

static void
print_head(const struct term *t, const struct fp_claims *cs, size_t i)
{
    const struct fp_claimfile *cf = &cs->files[i];
    char title[160], per[160];
    static const enum fp_msg heads[4] = {FP_M_CLAIM_T_THIS_PERIOD, FP_M_CLAIM_T_CUMULATIVE,
                                         FP_M_CLAIM_T_APPROVED, FP_M_CLAIM_T_REMAINING};

    fp_claim_title(title, sizeof title, &cs->fig_of[i], i, t->lang);
    if (cf->start.date.year && cf->end.date.year)
        fp_date_format_period(per, sizeof per, cf->start.date, cf->end.date, t->lang);
    else
        snprintf(per, sizeof per, "–");
    fprintf(t->out, "%s: %s, %s\n", cf->path, title, per);
    pad(t->out, 2 + t->lw);
    for (int c = 0; c < 4; c++)
        cell(t, fp_msg_text(t->lang, heads[c]));
    fputc('\n', t->out);
}

/* One claim's table: cost rows, totals, then entitled, paid before and payable. */
static void
print_claim(const struct term *t, const struct fp_claims *cs, size_t i)
{
    const struct fp_claim_figures *f = &cs->fig_of[i];
    const struct fp_figures *dec = cs->fig;
    char buf[256], how[256];

    print_head(t, cs, i);
    for (int k = 0; k < FP_COST_COUNT; k++) {
        const fp_cents v[4] = {f->cost[k], f->cum_cost[k], dec->cost[k],
                               dec->cost[k] - f->cum_cost[k]};
        if (!cs->cost_shown[k])
            continue;
        fp_claim_cost_label(buf, sizeof buf, cs, (enum fp_cost)k, t->lang);
        row(t, buf, v);
    }
    {
        const fp_cents tc[4] = {f->total_costs, f->cum_total_costs, dec->total_costs,
                                dec->total_costs - f->cum_total_costs};
        const fp_cents in[4] = {f->income, f->cum_income, dec->income, dec->income - f->cum_income};
        const fp_cents el[4] = {f->eligible, f->cum_eligible, dec->support_base,
                                dec->support_base - f->cum_eligible};
        row(t, fp_lang_text(t->lang, FP_T_TOTAL_COSTS), tc);
        row(t, fp_lang_text(t->lang, FP_T_INCOME), in);
        row(t, fp_claim_eligible_label(cs, t->lang), el);
    }
    if (cs->terms.model == FP_MODEL_LUMP_SUM) {
        snprintf(how, sizeof how, "%s", fp_msg_text(t->lang, FP_M_CLAIM_LUMP_HOW));
    } else {
        struct fp_arg a[3] = {fp_arg_bp(cs->terms.rate), fp_arg_eur(f->cum_eligible),
                              fp_arg_eur(cs->terms.support)};
        fp_msg_render(how, sizeof how, t->lang, fp_msg_text(t->lang, FP_M_CLAIM_ENTITLED_HOW), a,
                      3);
    }
    figure(t, FP_M_CLAIM_T_ENTITLED, f->entitled, how);
    figure(t, FP_M_CLAIM_T_PAID_BEFORE, f->paid_before, NULL);
    if (f->repayment)
        figure(t, FP_M_CLAIM_T_REPAYMENT, -f->payable, NULL);
    else
        figure(t, FP_M_CLAIM_T_PAYABLE, f->payable, NULL);
    if (cs->files[i].paid.line)
        figure(t, FP_M_CLAIM_T_PAID, f->paid, NULL);
    fputc('\n', t->out);
}

static int
wider(int w, const char *s)
{
    int n = (int)fp_utf8_width(s);
    return n > w ? n : w;
}

/* The label column: the widest label the tables print (at least 30), and a gap. */
static int
label_width(const struct fp_claims *cs, enum fp_lang lang)
{
    static const enum fp_msg labels[] = {FP_M_CLAIM_T_ENTITLED, FP_M_CLAIM_T_PAID_BEFORE,
                                         FP_M_CLAIM_T_PAYABLE,  FP_M_CLAIM_T_REPAYMENT,
                                         FP_M_CLAIM_T_PAID,     FP_M_CLAIM_T_SUPPORT_LEFT};
    char buf[160];
    int w = wider(30, fp_claim_eligible_label(cs, lang));
    for (int k = 0; k < FP_COST_COUNT; k++) {
        fp_claim_cost_label(buf, sizeof buf, cs, (enum fp_cost)k, lang);
        if (cs->cost_shown[k])
            w = wider(w, buf);
    }
    for (size_t i = 0; i < sizeof labels / sizeof labels[0]; i++)
        w = wider(w, fp_msg_text(lang, labels[i]));
    return w + 2;
}

void
fp_claim_print(FILE *out, const struct fp_claims *cs, enum fp_lang lang)
{
    struct term t = {out, lang, label_width(cs, lang)};
    struct fp_arg counts[2] = {fp_arg_int((int64_t)cs->errors), fp_arg_int((int64_t)cs->warnings)};
    enum fp_msg m = cs->errors == 1 ? (cs->warnings == 1 ? FP_M_SUM_E1_W1 : FP_M_SUM_E1_W)
                                    : (cs->warnings == 1 ? FP_M_SUM_E_W1 : FP_M_SUM_E_W);
    char buf[256];

    for (size_t i = 0; i < cs->n; i++)
        print_claim(&t, cs, i);
    figure(&t, FP_M_CLAIM_T_SUPPORT_LEFT, cs->remaining, NULL);
    fp_msg_render(buf, sizeof buf, lang, fp_msg_text(lang, m), counts, 2);
    fprintf(out, "  %s\n", buf);
}

/* ==== JSON ==== */

static void
json_cents(FILE *out, const char *key, fp_cents v)
{
    fprintf(out, ", \"%s\": %" PRId64, key, v);
}

static void
json_decision(FILE *out, const struct fp_claims *cs)
{
    const struct fp_plan *p = cs->plan;
    const struct fp_claim_terms *t = &cs->terms;
    const char *id = p->decision.id.text ? p->decision.id.text : p->id.text;

    fputs("  \"decision\": {\"file\": ", out);
    fp_json_string(out, p->path);
    fputs(", \"name\": ", out);
    fp_json_string(out, p->name.text);
    fputs(", \"id\": ", out);
    if (id)
        fp_json_string(out, id);
    else
        fputs("null", out);
    fputs(", \"date\": ", out);
    fp_json_date(out, p->decision.date.date);
    fputs(", \"instrument\": ", out);
    fp_json_string(out, cs->fig->instrument.name);
    fprintf(out, ", \"cost_model\": \"%s\", \"base\": \"%s\"", fp_schema_cost_models[t->model],
            t->base == FP_BASE_NET_COSTS ? "net_costs" : "total_costs");
    json_cents(out, "support_cents", t->support);
    fputs(", \"support_rate\": ", out);
    fp_json_hundredths(out, t->rate);
    fputs(", \"flat_rate\": ", out);
    if (t->flat_rate > 0)
        fp_json_hundredths(out, t->flat_rate);
    else
        fputs("null", out);
    fputs("},\n", out);
}

static void
json_costs(FILE *out, const struct fp_claims *cs, const struct fp_claim_figures *f)
{
    int n = 0;
    fputs(",\n      \"costs\": [", out);
    for (int k = 0; k < FP_COST_COUNT; k++) {
        if (!cs->cost_shown[k])
            continue;
        fprintf(out, "%s\n        {\"category\": \"%s\"", n++ ? "," : "",
                fp_cost_key((enum fp_cost)k));
        json_cents(out, "amount_cents", f->cost[k]);
        json_cents(out, "cumulative_cents", f->cum_cost[k]);
        json_cents(out, "approved_cents", cs->fig->cost[k]);
        fputc('}', out);
    }
    fputs(n ? "\n      ]" : "]", out);
}

static void
json_claim(FILE *out, const struct fp_claims *cs, size_t i)
{
    const struct fp_claimfile *cf = &cs->files[i];
    const struct fp_claim_figures *f = &cs->fig_of[i];

    fputs(i ? ",\n    {\"file\": " : "\n    {\"file\": ", out);
    fp_json_string(out, cf->path);
    fprintf(out, ", \"number\": %d, \"start\": ", f->number);
    fp_json_date(out, cf->start.date);
    fputs(", \"end\": ", out);
    fp_json_date(out, cf->end.date);
    fprintf(out, ", \"final\": %s,\n      ", f->final ? "true" : "false");
    fprintf(out, "\"eligible_cents\": %" PRId64, f->eligible);
    json_cents(out, "cumulative_eligible_cents", f->cum_eligible);
    json_cents(out, "entitled_cents", f->entitled);
    json_cents(out, "paid_before_cents", f->paid_before);
    json_cents(out, "payable_cents", f->payable);
    fprintf(out, ", \"repayment\": %s,\n      ", f->repayment ? "true" : "false");
    fprintf(out, "\"total_costs_cents\": %" PRId64, f->total_costs);
    json_cents(out, "income_cents", f->income);
    fputs(", \"paid_cents\": ", out);
    if (cf->paid.line)
        fprintf(out, "%" PRId64, cf->paid.cents);
    else
        fputs("null", out);
    json_costs(out, cs, f);
    fputc('}', out);
}

/* The findings of one file, continuing the list; returns how many were written in all. */
static size_t
json_findings_of(FILE *out, const struct fp_diags *d, size_t written, enum fp_lang lang)
{
    for (size_t i = 0; i < d->count; i++) {
        fputs(written++ ? ",\n    {\"file\": " : "\n    {\"file\": ", out);
        fp_json_string(out, d->file);
        fputs(", ", out);
        fp_json_finding_members(out, &d->list[i], lang);
        fputc('}', out);
    }
    return written;
}

static const char *const proposals[] = {[FP_CLAIM_PAY] = "pay",
                                        [FP_CLAIM_NOTHING] = "nothing",
                                        [FP_CLAIM_REPAY] = "repay",
                                        [FP_CLAIM_WITHHELD] = "withheld"};

void
fp_claim_json(FILE *out, const struct fp_claims *cs, enum fp_lang lang)
{
    size_t nf = 0,
           dropped = cs->plan_diags->dropped[FP_ERROR] + cs->plan_diags->dropped[FP_WARNING];

    fputs("{\n  \"fundplan\": \"" FP_VERSION "\",\n", out);
    json_decision(out, cs);
    fputs("  \"claims\": [", out);
    for (size_t i = 0; i < cs->n; i++)
        json_claim(out, cs, i);
    fputs(cs->n ? "\n  ],\n" : "],\n", out);
    fprintf(out, "  \"remaining_cents\": %" PRId64 ",\n", cs->remaining);
    fprintf(out, "  \"proposal\": \"%s\",\n", proposals[cs->proposal]);
    fputs("  \"findings\": [", out);
    nf = json_findings_of(out, cs->plan_diags, nf, lang);
    for (size_t i = 0; i < cs->n; i++) {
        nf = json_findings_of(out, &cs->diags[i], nf, lang);
        dropped += cs->diags[i].dropped[FP_ERROR] + cs->diags[i].dropped[FP_WARNING];
    }
    fputs(nf ? "\n  ],\n" : "],\n", out);
    fprintf(out, "  \"errors\": %zu,\n  \"warnings\": %zu,\n  \"findings_not_shown\": %zu\n}\n",
            cs->errors, cs->warnings, dropped);
}
