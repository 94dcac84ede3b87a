/*
 * diff.c - a change application: the lines of two checked plans side by side, per year where
 * either plan has years, and the findings about the change (support, cost model, period,
 * support rate, the project's details, partners). Compares the checker's figures; computes no
 * plan figure of its own. The rules and their sources: docs/diff.md.
 * SPDX-License-Identifier: MIT
 */
#include "diff.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "date.h"
#include "msg.h"

/* ==== Texts compared as a reader sees them ==== */

static int
blank(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

static const char *
skip_blanks(const char *s)
{
    while (blank(*s))
        s++;
    return s;
}

/* Equal but for runs of blanks: a name continued on a second INI line is the same name. */
static int
same_text(const char *a, const char *b)
{
    a = skip_blanks(a ? a : "");
    b = skip_blanks(b ? b : "");
    while (*a && *b) {
        if (blank(*a) && blank(*b)) {
            a = skip_blanks(a);
            b = skip_blanks(b);
            continue;
        }
        if (*a != *b)
            return 0;
        a++;
        b++;
    }
    return *skip_blanks(a) == '\0' && *skip_blanks(b) == '\0';
}

/* A copy of s with runs of blanks as one space, for a message; "–" when empty. Caller frees. */
static char *
shown_text(const char *s)
{
    char *out = fp_xmalloc(strlen(s ? s : "") + 4), *o = out;
    s = skip_blanks(s ? s : "");
    while (*s) {
        if (blank(*s)) {
            s = skip_blanks(s);
            if (*s)
                *o++ = ' ';
            continue;
        }
        *o++ = *s++;
    }
    if (o == out)
        strcpy(o, "\xe2\x80\x93"); /* – */
    else
        *o = '\0';
    return out;
}

/* ==== Where a finding points in the new plan ==== */

/* The line giving source s: the undivided [financing]'s, else the first year's, else a
   financing header. */
static int
source_line(const struct fp_plan *p, enum fp_source s)
{
    if (p->whole.fin[s].line)
        return p->whole.fin[s].line;
    for (size_t i = 0; i < p->nyears; i++)
        if (p->years[i].fin[s].line)
            return p->years[i].fin[s].line;
    if (p->whole.fin_line)
        return p->whole.fin_line;
    for (size_t i = 0; i < p->nyears; i++)
        if (p->years[i].fin_line)
            return p->years[i].fin_line;
    return 0;
}

/* The line that shows the cost model: a stated model, a flat rate, a lump sum, else the first
   costs header. */
static int
model_line(const struct fp_plan *p)
{
    const struct fp_block *b[FP_MAX_YEARS + 1];
    size_t n = 0;
    b[n++] = &p->whole;
    for (size_t i = 0; i < p->nyears; i++)
        b[n++] = &p->years[i];
    for (size_t i = 0; i < n; i++)
        if (b[i]->cost_model.line)
            return b[i]->cost_model.line;
    for (size_t i = 0; i < n; i++)
        if (b[i]->flat_rate.line)
            return b[i]->flat_rate.line;
    for (size_t i = 0; i < n; i++)
        if (b[i]->cost[FP_COST_LUMP_SUM].line)
            return b[i]->cost[FP_COST_LUMP_SUM].line;
    for (size_t i = 0; i < n; i++)
        if (b[i]->costs_line)
            return b[i]->costs_line;
    return 0;
}

/* ==== The lines ==== */

static int
by_year(const struct fp_plan *p, enum fp_diff_section s)
{
    return s == FP_DIFF_COSTS    ? p->costs_by_year
           : s == FP_DIFF_INCOME ? p->income_by_year
                                 : p->fin_by_year;
}

/* The whole project's figure of an item; 0 when the plan does not give it (a cost category of a
   plan that gives only `total`). */
static int
whole_value(const struct fp_figures *f, enum fp_diff_section s, int item, fp_cents *v)
{
    switch (s) {
    case FP_DIFF_COSTS:
        if (item == FP_DIFF_TOTAL) {
            *v = f->total_costs;
            return 1;
        }
        *v = f->cost[item];
        return f->has_breakdown || f->total_costs == 0;
    case FP_DIFF_INCOME:
        *v = f->income;
        return 1;
    default:
        *v = item == FP_DIFF_TOTAL ? f->total_financing : f->fin[item];
        return 1;
    }
}

static const struct fp_year_figures *
year_of(const struct fp_figures *f, int year)
{
    for (size_t i = 0; i < f->nyears; i++)
        if (f->years[i].year == year)
            return &f->years[i];
    return NULL;
}

/* An item's figure in one year. An undivided plan has none (unless the item is 0 altogether,
   then it is 0 in every year); a plan divided by year has 0 in a year it lacks. */
static int
year_value(const struct fp_plan *p, const struct fp_figures *f, enum fp_diff_section s, int item,
           int year, fp_cents *v)
{
    const struct fp_year_figures *y;
    fp_cents whole;

    *v = 0;
    if (!whole_value(f, s, item, &whole))
        return 0;
    if (!by_year(p, s))
        return whole == 0;
    if ((y = year_of(f, year)) == NULL)
        return 1;
    if (s == FP_DIFF_COSTS)
        *v = item == FP_DIFF_TOTAL ? y->total_costs : y->cost[item];
    else if (s == FP_DIFF_INCOME)
        *v = y->income;
    else
        *v = item == FP_DIFF_TOTAL ? y->total_financing : y->fin[item];
    return 1;
}

static void
set_delta(struct fp_diff_line *l)
{
    l->has_delta =
        l->has_old && l->has_new && fp_cents_sub(l->new_cents, l->old_cents, &l->delta) == 0;
    if (!l->has_delta)
        l->delta = 0;
    l->share = (struct fp_ratio){0, 0};
    if (l->has_delta && l->old_cents > 0)
        l->share = (struct fp_ratio){l->delta, l->old_cents};
}

static void
add_line(struct fp_diff *d, enum fp_diff_section s, int item, int year)
{
    struct fp_diff_line *l;
    if (d->nlines == FP_DIFF_MAX_LINES)
        return;
    l = &d->lines[d->nlines++];
    memset(l, 0, sizeof *l);
    l->section = s;
    l->item = item;
    l->year = year;
    if (year == 0) {
        l->has_old = whole_value(d->old_fig, s, item, &l->old_cents);
        l->has_new = whole_value(d->new_fig, s, item, &l->new_cents);
    } else {
        l->has_old = year_value(d->old_plan, d->old_fig, s, item, year, &l->old_cents);
        l->has_new = year_value(d->new_plan, d->new_fig, s, item, year, &l->new_cents);
    }
    set_delta(l);
}

/* An item's rows: each year (when either plan divides the section by year), then the whole. */
static void
add_item(struct fp_diff *d, enum fp_diff_section s, int item)
{
    if (by_year(d->old_plan, s) || by_year(d->new_plan, s))
        for (size_t i = 0; i < d->nyears; i++)
            add_line(d, s, item, d->years[i]);
    add_line(d, s, item, 0);
}

static void
collect_years(struct fp_diff *d)
{
    const struct fp_figures *figs[2] = {d->old_fig, d->new_fig};
    d->nyears = 0;
    for (int k = 0; k < 2; k++) {
        for (size_t i = 0; i < figs[k]->nyears; i++) {
            int y = figs[k]->years[i].year;
            size_t j = d->nyears;
            int seen = 0;
            for (size_t m = 0; m < d->nyears; m++)
                seen |= d->years[m] == y;
            if (seen || d->nyears == sizeof d->years / sizeof d->years[0])
                continue;
            while (j > 0 && d->years[j - 1] > y) {
                d->years[j] = d->years[j - 1];
                j--;
            }
            d->years[j] = y;
            d->nyears++;
        }
    }
}

static void
build_lines(struct fp_diff *d)
{
    const struct fp_figures *o = d->old_fig, *n = d->new_fig;
    d->nlines = 0;
    for (int c = 0; c < FP_COST_COUNT; c++)
        if (o->cost_shown[c] || n->cost_shown[c])
            add_item(d, FP_DIFF_COSTS, c);
    add_item(d, FP_DIFF_COSTS, FP_DIFF_TOTAL);
    add_item(d, FP_DIFF_INCOME, 0);
    for (int s = 0; s < FP_SRC_COUNT; s++)
        if (o->source_shown[s] || n->source_shown[s])
            add_item(d, FP_DIFF_FINANCING, s);
    add_item(d, FP_DIFF_FINANCING, FP_DIFF_TOTAL);
}

static void
key_figure(struct fp_diff *d, enum fp_diff_key k, int has_old, fp_cents old_cents, int has_new,
           fp_cents new_cents)
{
    struct fp_diff_key_figure *f = &d->key[k];
    f->has_old = has_old;
    f->has_new = has_new;
    f->old_cents = has_old ? old_cents : 0;
    f->new_cents = has_new ? new_cents : 0;
    f->has_delta = has_old && has_new && fp_cents_sub(new_cents, old_cents, &f->delta) == 0;
    if (!f->has_delta)
        f->delta = 0;
}

static void
key_figures(struct fp_diff *d)
{
    const struct fp_figures *o = d->old_fig, *n = d->new_fig;
    key_figure(d, FP_DK_TOTAL_COSTS, 1, o->total_costs, 1, n->total_costs);
    key_figure(d, FP_DK_INCOME, 1, o->income, 1, n->income);
    key_figure(d, FP_DK_NET_COSTS, 1, o->net_costs, 1, n->net_costs);
    key_figure(d, FP_DK_TOTAL_FINANCING, 1, o->total_financing, 1, n->total_financing);
    key_figure(d, FP_DK_SUPPORT, 1, o->support, 1, n->support);
    key_figure(d, FP_DK_MAX_SUPPORT, 1, o->max_support, 1, n->max_support);
    key_figure(d, FP_DK_EU, o->has_eu_split, o->eu, n->has_eu_split, n->eu);
    key_figure(d, FP_DK_STATE, o->has_eu_split, o->state, n->has_eu_split, n->state);
    /* rates as reports round them: the change column is the difference of what they show */
    d->rate_delta = fp_ratio_percent(n->support_rate, 2) - fp_ratio_percent(o->support_rate, 2);
    for (int s = 0; s < FP_SRC_COUNT; s++)
        d->share_delta[s] = fp_ratio_percent(n->share[s], 1) - fp_ratio_percent(o->share[s], 1);
    d->months_delta = n->months - o->months;
}

/* ==== Findings about the change ==== */

static void
check_support(const struct fp_diff *d, struct fp_diags *out)
{
    const struct fp_diff_key_figure *k = &d->key[FP_DK_SUPPORT];
    if (k->has_delta && k->delta > 0)
        FP_DIAG(out, FP_WARNING, FP_F_CHANGE_SUPPORT,
                source_line(d->new_plan, d->new_fig->instrument.support_source),
                FP_M_F_CHANGE_SUPPORT_UP, fp_arg_eur(k->old_cents), fp_arg_eur(k->new_cents),
                fp_arg_eur(k->delta));
}

static enum fp_msg
model_term(enum fp_cost_model m)
{
    return m == FP_MODEL_FLAT_RATE  ? FP_M_T_MODEL_FLAT
           : m == FP_MODEL_LUMP_SUM ? FP_M_T_MODEL_LUMP
                                    : FP_M_T_MODEL_ACTUAL;
}

/* A plan's flat rate to name beside other: its one rate, or when its years use different
   rates (flat_rate -1), the first year's rate that is not other. */
static fp_bp
rate_unlike(const struct fp_figures *f, fp_bp other)
{
    if (f->flat_rate >= 0)
        return f->flat_rate;
    for (size_t i = 0; i < f->nyears; i++)
        if (f->years[i].flat_rate > 0 && f->years[i].flat_rate != other)
            return f->years[i].flat_rate;
    return 0;
}

/* The model is fixed for the whole project (decree 866/2021 § 2), its rate and base with it. */
static void
check_model(const struct fp_diff *d, struct fp_diags *out)
{
    const struct fp_figures *o = d->old_fig, *n = d->new_fig;
    int line = model_line(d->new_plan);

    /* a plan that gives only `total` and states no model has no model to compare */
    if (!o->cost_model_known || !n->cost_model_known)
        return;
    if (o->cost_model != n->cost_model) {
        FP_DIAG(out, FP_ERROR, FP_F_CHANGE_MODEL, line, FP_M_F_CHANGE_MODEL,
                fp_arg_msg(model_term(o->cost_model)), fp_arg_msg(model_term(n->cost_model)));
    } else if (o->cost_model == FP_MODEL_FLAT_RATE && o->flat_rate != n->flat_rate) {
        fp_bp was = rate_unlike(o, n->flat_rate);
        FP_DIAG(out, FP_ERROR, FP_F_CHANGE_MODEL, line, FP_M_F_CHANGE_FLAT_RATE, fp_arg_bp(was),
                fp_arg_bp(rate_unlike(n, was)));
    } else if (o->cost_model == FP_MODEL_FLAT_RATE && o->flat_base != n->flat_base) {
        FP_DIAG(out, FP_ERROR, FP_F_CHANGE_MODEL, line, FP_M_F_CHANGE_FLAT_BASE,
                fp_arg_msg(o->flat_base == FP_FLAT_DIRECT ? FP_M_DIFF_BASE_DIRECT
                                                          : FP_M_DIFF_BASE_STAFF),
                fp_arg_msg(n->flat_base == FP_FLAT_DIRECT ? FP_M_DIFF_BASE_DIRECT
                                                          : FP_M_DIFF_BASE_STAFF));
    }
}

/* A later end is an extension, named in months (days when less than half a month). An end
   past the programme's eligibility is the checker's error on the new plan already. */
static void
check_period(const struct fp_diff *d, struct fp_diags *out)
{
    const struct fp_plan *o = d->old_plan, *n = d->new_plan;
    struct fp_date oe = o->end.date, ne = n->end.date;

    if (oe.year && ne.year && fp_date_cmp(ne, oe) > 0) {
        struct fp_date next = fp_date_from_unix((fp_date_days(oe) + 1) * 86400);
        int months = fp_date_months(next, ne);
        int64_t days = fp_date_days(ne) - fp_date_days(oe);
        if (months > 1)
            FP_DIAG(out, FP_WARNING, FP_F_CHANGE_PERIOD, n->end.line, FP_M_F_CHANGE_PERIOD_MONTHS,
                    fp_arg_date(oe), fp_arg_date(ne), fp_arg_int(months));
        else if (months == 1)
            FP_DIAG(out, FP_WARNING, FP_F_CHANGE_PERIOD, n->end.line, FP_M_F_CHANGE_PERIOD_MONTH,
                    fp_arg_date(oe), fp_arg_date(ne));
        else
            FP_DIAG(out, FP_WARNING, FP_F_CHANGE_PERIOD, n->end.line, FP_M_F_CHANGE_PERIOD_DAYS,
                    fp_arg_date(oe), fp_arg_date(ne), fp_arg_int(days));
    }
    if (o->start.date.year && n->start.date.year && fp_date_cmp(n->start.date, o->start.date) < 0)
        FP_DIAG(out, FP_WARNING, FP_F_CHANGE_PERIOD, n->start.line, FP_M_F_CHANGE_START_EARLIER,
                fp_arg_date(o->start.date), fp_arg_date(n->start.date));
}

/*
 * The support rate: support ÷ its base (net or total costs, as the instrument says) of each
 * plan, compared exactly (fp_ratio_cmp), so a rise of 0,001 % is a rise. Shown with the
 * decimals (2 to 4) that tell the two apart. Above the cap is the checker's error.
 */
static void
check_rate(const struct fp_diff *d, struct fp_diags *out)
{
    struct fp_ratio o = d->old_fig->support_rate, n = d->new_fig->support_rate;
    int dec = 2;

    if (o.den <= 0 || n.den <= 0 || fp_ratio_cmp(n, o) <= 0)
        return;
    while (dec < 4 && fp_ratio_percent(o, dec) == fp_ratio_percent(n, dec))
        dec++;
    FP_DIAG(out, FP_WARNING, FP_F_CHANGE_RATE,
            source_line(d->new_plan, d->new_fig->instrument.support_source), FP_M_F_CHANGE_RATE_UP,
            fp_arg_pct(fp_ratio_percent(o, dec), dec), fp_arg_pct(fp_ratio_percent(n, dec), dec));
}

static void
field_changed(struct fp_diags *out, enum fp_msg term, const char *was, const char *is, int line)
{
    char *a = shown_text(was), *b = shown_text(is);
    FP_DIAG(out, FP_WARNING, FP_F_CHANGE_IDENTITY, line, FP_M_F_CHANGE_FIELD, fp_arg_msg(term),
            fp_arg_str(a), fp_arg_str(b));
    free(a);
    free(b);
}

/* Built-in instruments are the same whatever their spelling ("EAKR", "eakr"). */
static int
same_instrument(const struct fp_diff *d)
{
    const struct fp_instrument *o = &d->old_fig->instrument, *n = &d->new_fig->instrument;
    if (o->def || n->def)
        return o->def == n->def;
    return strcasecmp(o->name ? o->name : "", n->name ? n->name : "") == 0;
}

static void
check_identity(const struct fp_diff *d, struct fp_diags *out)
{
    const struct fp_plan *o = d->old_plan, *n = d->new_plan;

    if (!same_text(o->name.text, n->name.text))
        field_changed(out, FP_M_DIFF_FIELD_NAME, o->name.text, n->name.text, n->name.line);
    if (!same_text(o->applicant.text, n->applicant.text))
        field_changed(out, FP_M_DIFF_FIELD_APPLICANT, o->applicant.text, n->applicant.text,
                      n->applicant.line);
    if (!same_text(o->funder.text, n->funder.text))
        field_changed(out, FP_M_DIFF_FIELD_FUNDER, o->funder.text, n->funder.text, n->funder.line);
    if (!same_instrument(d))
        field_changed(out, FP_M_DIFF_FIELD_INSTRUMENT,
                      o->instrument.text ? o->instrument.text : d->old_fig->instrument.name,
                      n->instrument.text ? n->instrument.text : d->new_fig->instrument.name,
                      n->instrument.line);
    if (!same_text(o->id.text, n->id.text)) {
        char *a = shown_text(o->id.text), *b = shown_text(n->id.text);
        FP_DIAG(out, FP_WARNING, FP_F_CHANGE_IDENTITY, n->id.line ? n->id.line : o->id.line,
                FP_M_F_CHANGE_ID, fp_arg_str(a), fp_arg_str(b));
        free(a);
        free(b);
    }
}

static int
has_partner(const struct fp_plan *p, const char *name)
{
    for (size_t i = 0; i < p->npartners; i++)
        if (same_text(p->partners[i], name))
            return 1;
    return 0;
}

static void
check_partners(const struct fp_diff *d, struct fp_diags *out)
{
    const struct fp_plan *o = d->old_plan, *n = d->new_plan;
    for (size_t i = 0; i < o->npartners; i++)
        if (!has_partner(n, o->partners[i])) {
            char *t = shown_text(o->partners[i]);
            FP_DIAG(out, FP_NOTE, FP_F_CHANGE_PARTNERS, n->partners_line,
                    FP_M_F_CHANGE_PARTNER_REMOVED, fp_arg_str(t));
            free(t);
        }
    for (size_t i = 0; i < n->npartners; i++)
        if (!has_partner(o, n->partners[i])) {
            char *t = shown_text(n->partners[i]);
            FP_DIAG(out, FP_NOTE, FP_F_CHANGE_PARTNERS, n->partners_line,
                    FP_M_F_CHANGE_PARTNER_ADDED, fp_arg_str(t));
            free(t);
        }
}

/* ==== Entry points ==== */

void
fp_diff_plans(const struct fp_plan *old_plan, const struct fp_figures *old_fig,
              const struct fp_plan *new_plan, const struct fp_figures *new_fig, struct fp_diff *d,
              struct fp_diags *changes)
{
    memset(d, 0, sizeof *d);
    d->old_plan = old_plan;
    d->new_plan = new_plan;
    d->old_fig = old_fig;
    d->new_fig = new_fig;
    d->any_cents = old_fig->any_cents || new_fig->any_cents;
    collect_years(d);
    build_lines(d);
    key_figures(d);
    check_identity(d, changes);
    check_partners(d, changes);
    check_period(d, changes);
    check_model(d, changes);
    check_support(d, changes);
    check_rate(d, changes);
    fp_diag_sort(changes);
}

int
fp_diff_line_changed(const struct fp_diff_line *l)
{
    if (l->has_old != l->has_new)
        return 1;
    return l->has_old && l->old_cents != l->new_cents;
}

int
fp_diff_item_changed(const struct fp_diff *d, enum fp_diff_section section, int item)
{
    for (size_t i = 0; i < d->nlines; i++)
        if (d->lines[i].section == section && d->lines[i].item == item &&
            fp_diff_line_changed(&d->lines[i]))
            return 1;
    return 0;
}

const char *
fp_diff_section_key(enum fp_diff_section s)
{
    static const char *const keys[FP_DIFF_SECTION_COUNT] = {
        [FP_DIFF_COSTS] = "costs", [FP_DIFF_INCOME] = "income", [FP_DIFF_FINANCING] = "financing"};
    return keys[s];
}

const char *
fp_diff_item_key(const struct fp_diff_line *l)
{
    if (l->item == FP_DIFF_TOTAL)
        return "total";
    if (l->section == FP_DIFF_COSTS)
        return fp_cost_key((enum fp_cost)l->item);
    if (l->section == FP_DIFF_INCOME)
        return "revenue"; /* the one key of [income] (schema.c) */
    return fp_source_key((enum fp_source)l->item);
}

void
fp_diff_model_text(char *buf, size_t n, const struct fp_figures *fig, enum fp_lang lang)
{
    char pct[24];
    if (fig->cost_model == FP_MODEL_FLAT_RATE && fig->flat_rate > 0) {
        fp_percent_format(pct, sizeof pct, fig->flat_rate, 2, 1, lang);
        snprintf(buf, n, "%s %s", fp_msg_text(lang, FP_M_T_MODEL_FLAT), pct);
    } else {
        snprintf(buf, n, "%s", fp_msg_text(lang, model_term(fig->cost_model)));
    }
}

void
fp_diff_line_label(char *buf, size_t n, const struct fp_diff *d, const struct fp_diff_line *l,
                   enum fp_lang lang)
{
    if (l->section == FP_DIFF_COSTS && l->item == FP_DIFF_TOTAL) {
        snprintf(buf, n, "%s", fp_lang_text(lang, FP_T_TOTAL_COSTS));
    } else if (l->section == FP_DIFF_COSTS && l->item == FP_COST_FLAT_RATE) {
        /* the new plan's rate names the line; a changed rate is a finding of its own */
        fp_bp bp = d->new_fig->flat_rate > 0 ? d->new_fig->flat_rate : d->old_fig->flat_rate;
        char pct[24] = "";
        if (bp > 0)
            fp_percent_format(pct, sizeof pct, bp, 2, 1, lang);
        snprintf(buf, n, "%s%s%s", fp_lang_cost_label(lang, FP_COST_FLAT_RATE), *pct ? " " : "",
                 pct);
    } else if (l->section == FP_DIFF_COSTS) {
        snprintf(buf, n, "%s", fp_lang_cost_label(lang, (enum fp_cost)l->item));
    } else if (l->section == FP_DIFF_INCOME) {
        snprintf(buf, n, "%s", fp_lang_text(lang, FP_T_INCOME));
    } else if (l->item == FP_DIFF_TOTAL) {
        snprintf(buf, n, "%s", fp_lang_text(lang, FP_T_TOTAL_FINANCING));
    } else {
        snprintf(buf, n, "%s", fp_lang_source_label(lang, (enum fp_source)l->item));
    }
}
