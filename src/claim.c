/*
 * claim.c - payment claims against their decision: the decision's terms, each claim's realised
 * costs with the flat rate recomputed, cumulative figures, the support entitled so far and what
 * is payable now; the findings about order, periods, cost lines and the final claim.
 * The single source of every figure the claim writers print. Rules: docs/rules.md.
 * SPDX-License-Identifier: MIT
 */
#include "claim.h"

#include <string.h>

#include "lang.h"
#include "rules.h"

/* One claim being computed. */
struct step {
    struct fp_claims *cs;
    size_t i;
    const struct fp_claimfile *cf;
    struct fp_claim_figures *f;
    struct fp_diags *d;
    unsigned rejected; /* a bit per cost line the decision's cost model does not allow */
};

static void
overflowed(struct step *s)
{
    if (!s->cs->overflow)
        FP_DIAG(s->d, FP_ERROR, FP_F_OVERFLOW, 0, FP_M_F_OVERFLOW);
    s->cs->overflow = 1;
}

static void
add(struct step *s, fp_cents *sum, fp_cents v)
{
    if (fp_cents_add(*sum, v, sum) != 0)
        overflowed(s);
}

/* Whether money findings can be judged: no claim so far lost a line, nothing overflowed. */
static int
sure(const struct step *s)
{
    if (s->cs->overflow || s->cs->plan->money_incomplete)
        return 0;
    for (size_t j = 0; j <= s->i; j++)
        if (s->cs->files[j].money_incomplete)
            return 0;
    return 1;
}

/* ==== The decision's terms ==== */

/* Whether the decision's flat rate covers every cost besides staff (the 40 % rate). */
static int
flat_only_staff(const struct fp_figures *fig, fp_bp rate)
{
    const struct fp_programme_def *pd = fp_rules_programme(fig->instrument.programme);
    for (const struct fp_flat_rate_def *f = pd ? pd->flat_rates : NULL; f && f->rate; f++)
        if (f->rate == rate && f->base == fig->flat_base)
            return (f->flags & FP_FLAT_ONLY_STAFF) != 0;
    return 0;
}

/* The decision's flat rate; when its years use different ones, the first year's. */
static fp_bp
decision_flat_rate(const struct fp_figures *fig)
{
    if (fig->flat_rate >= 0)
        return fig->flat_rate;
    for (size_t i = 0; i < fig->nyears; i++)
        if (fig->years[i].flat_rate > 0)
            return fig->years[i].flat_rate;
    return 0;
}

/* The ceilings: [decision] when it gives them, else the proposal's (else, for a decision with
   errors and so no proposal, the support asked, whose errors are reported already). */
static void
ceilings(struct fp_claims *cs, struct fp_claim_terms *t)
{
    const struct fp_figures *fig = cs->fig;
    const struct fp_decision *dc = &cs->plan->decision;
    int proposed = fig->proposal != FP_PROPOSE_NONE;

    t->support = proposed ? fig->proposal_support : fig->support;
    t->rate = proposed ? fig->proposal_rate
              : fig->support_base > 0
                  ? fp_ratio_percent_up((struct fp_ratio){fig->support, fig->support_base}, 2)
                  : fig->instrument.max_rate;
    if (dc->support.line) {
        t->support = dc->support.cents;
        t->support_line = dc->support.line;
    }
    if (dc->support_rate.line) {
        t->rate = dc->support_rate.bp;
        t->rate_line = dc->support_rate.line;
    }
}

/* A decision may grant less than the rules allow, never more. */
static void
check_decision(struct fp_claims *cs, const struct fp_claim_terms *t)
{
    const struct fp_figures *fig = cs->fig;
    const struct fp_instrument *in = &fig->instrument;
    fp_bp max = in->investment_rate > in->max_rate ? in->investment_rate : in->max_rate;

    if (fig->overflow || cs->plan->money_incomplete)
        return;
    if (t->support_line && t->support > fig->max_support)
        FP_DIAG(cs->plan_diags, FP_ERROR, FP_F_SUPPORT_RATE, t->support_line,
                FP_M_F_DECISION_ABOVE_MAX, fp_arg_eur(t->support), fp_arg_eur(fig->max_support));
    if (t->rate_line && t->rate > max)
        FP_DIAG(cs->plan_diags, FP_ERROR, FP_F_SUPPORT_RATE, t->rate_line,
                FP_M_F_DECISION_RATE_ABOVE, fp_arg_bp(t->rate), fp_arg_bp(max));
}

static void
make_terms(struct fp_claims *cs)
{
    const struct fp_figures *fig = cs->fig;
    const struct fp_programme_def *pd = fp_rules_programme(fig->instrument.programme);
    struct fp_claim_terms *t = &cs->terms;

    memset(t, 0, sizeof *t);
    ceilings(cs, t);
    t->base = fig->instrument.base;
    t->model = fig->cost_model;
    if (t->model == FP_MODEL_FLAT_RATE) {
        t->flat_rate = decision_flat_rate(fig);
        t->flat_base = fig->flat_base;
        t->flat_only_staff = flat_only_staff(fig, t->flat_rate);
    }
    t->euro_rounding = fig->instrument.euro_rounding;
    t->lump_sum = fig->cost[FP_COST_LUMP_SUM];
    t->start = cs->plan->start.date;
    t->end = cs->plan->end.date;
    t->eligible_until = fig->instrument.eligible_until;
    t->programme = pd ? pd->name : NULL;
    check_decision(cs, t);
}

/* ==== A claim's form: its number, its period, its lines ==== */

static int
key_line(const struct fp_claimfile *cf)
{
    return cf->number.line ? cf->number.line : cf->claim_line;
}

static void
check_order(struct step *s)
{
    const struct fp_claimfile *cf = s->cf;
    if (cf->number.line && cf->number.value != (int)s->i + 1) {
        FP_DIAG(s->d, FP_ERROR, FP_F_CLAIM_ORDER, cf->number.line, FP_M_F_CLAIM_NUMBER,
                fp_arg_int(cf->number.value), fp_arg_int((int64_t)s->i + 1));
        FP_DIAG_NOTE(s->d, FP_M_N_CLAIM_ORDER);
    }
    for (size_t j = 0; j < s->i; j++) {
        const struct fp_claimfile *prev = &s->cs->files[j];
        if (prev->final.value != 1)
            continue;
        FP_DIAG(s->d, FP_ERROR, FP_F_CLAIM_ORDER, key_line(cf), FP_M_F_CLAIM_AFTER_FINAL,
                fp_arg_int(cf->number.value), fp_arg_int(prev->number.value),
                fp_arg_str(prev->path));
        break;
    }
}

/* The claim's period against the project's, the earlier claims' and the end of eligibility. */
static void
check_period(struct step *s)
{
    const struct fp_claimfile *cf = s->cf;
    const struct fp_claim_terms *t = &s->cs->terms;
    struct fp_date a = cf->start.date, b = cf->end.date;

    if (a.year == 0 || b.year == 0)
        return;
    if (fp_date_cmp(b, a) < 0) {
        FP_DIAG(s->d, FP_ERROR, FP_F_PERIOD_REVERSED, cf->end.line, FP_M_F_CLAIM_REVERSED,
                fp_arg_date(b), fp_arg_date(a));
        return;
    }
    if (t->start.year && t->end.year &&
        (fp_date_cmp(a, t->start) < 0 || fp_date_cmp(b, t->end) > 0))
        FP_DIAG(s->d, FP_ERROR, FP_F_CLAIM_PERIOD,
                fp_date_cmp(a, t->start) < 0 ? cf->start.line : cf->end.line, FP_M_F_CLAIM_OUTSIDE,
                fp_arg_date(a), fp_arg_date(b), fp_arg_date(t->start), fp_arg_date(t->end));
    for (size_t j = 0; j < s->i; j++) {
        const struct fp_claimfile *p = &s->cs->files[j];
        struct fp_date pa = p->start.date, pb = p->end.date;
        int before;
        if (pa.year == 0 || pb.year == 0 || fp_date_cmp(pb, pa) < 0)
            continue;
        before = fp_date_cmp(b, pa) < 0;
        if (!before && fp_date_cmp(a, pb) > 0)
            continue; /* after it: as it should be */
        FP_DIAG(s->d, FP_ERROR, before ? FP_F_CLAIM_ORDER : FP_F_CLAIM_PERIOD, cf->start.line,
                before ? FP_M_F_CLAIM_BEFORE : FP_M_F_CLAIM_OVERLAP, fp_arg_date(a), fp_arg_date(b),
                fp_arg_int(p->number.value), fp_arg_date(pa), fp_arg_date(pb), fp_arg_str(p->path));
        break;
    }
    if (t->eligible_until.year && fp_date_cmp(b, t->eligible_until) > 0)
        FP_DIAG(s->d, FP_ERROR, FP_F_ELIGIBILITY_END, cf->end.line, FP_M_F_CLAIM_AFTER_ELIGIBILITY,
                fp_arg_date(b), fp_arg_date(t->eligible_until), fp_arg_str(t->programme));
}

/* Keys of [costs] that are the decision's: the cost model, the flat rate, a lone total. */
static void
check_decision_keys(struct step *s)
{
    const struct fp_block *m = &s->cf->money;
    const struct {
        const char *key;
        int line;
    } keys[] = {
        {"flat_rate", m->flat_rate.line},
        {"flat_rate_base", m->flat_rate_base.line},
        {"cost_model", m->cost_model.line},
        {"total", m->total.line},
    };
    for (size_t k = 0; k < sizeof keys / sizeof keys[0]; k++) {
        if (!keys[k].line)
            continue;
        FP_DIAG(s->d, FP_ERROR, FP_F_COST_MODEL, keys[k].line, FP_M_F_CLAIM_FROM_DECISION,
                fp_arg_str(keys[k].key));
        FP_DIAG_NOTE(s->d, FP_M_N_CLAIM_DELETE);
    }
}

/* Cost lines the decision's cost model does not allow, as `check` finds them in a plan. They
   are not eligible: the figures leave them out (so a lump sum stays unpaid until its end). */
static void
check_lines(struct step *s)
{
    const struct fp_claim_terms *t = &s->cs->terms;
    const struct fp_amount *c = s->cf->money.cost;

    for (int k = 0; k < FP_COST_COUNT; k++) {
        const char *key = fp_cost_key((enum fp_cost)k);
        if (c[k].line == 0 || c[k].cents == 0 || k == FP_COST_FLAT_RATE)
            continue;
        if (t->model == FP_MODEL_LUMP_SUM && k == FP_COST_LUMP_SUM) {
            if (c[k].cents != t->lump_sum)
                FP_DIAG(s->d, FP_WARNING, FP_F_COST_MODEL, c[k].line, FP_M_F_CLAIM_LUMP_DIFFERS,
                        fp_arg_eur(c[k].cents), fp_arg_eur(t->lump_sum));
        } else if (t->model == FP_MODEL_LUMP_SUM) {
            FP_DIAG(s->d, FP_ERROR, FP_F_COST_MODEL, c[k].line, FP_M_F_CLAIM_LUMP_LINE,
                    fp_arg_str(key), fp_arg_eur(c[k].cents));
            FP_DIAG_NOTE(s->d, FP_M_N_CLAIM_DELETE);
            s->rejected |= 1u << k;
        } else if (k == FP_COST_LUMP_SUM) {
            FP_DIAG(s->d, FP_ERROR, FP_F_COST_MODEL, c[k].line, FP_M_F_CLAIM_NOT_LUMP,
                    fp_arg_eur(c[k].cents));
            s->rejected |= 1u << k;
        } else if (t->flat_only_staff && k != FP_COST_STAFF) {
            FP_DIAG(s->d, FP_ERROR, FP_F_COST_MODEL, c[k].line, FP_M_F_FLAT_COVERS,
                    fp_arg_bp(t->flat_rate), fp_arg_msg(FP_M_COST_STAFF + k),
                    fp_arg_eur(c[k].cents), fp_arg_str(key));
            FP_DIAG_NOTE(s->d, FP_M_N_FLAT_COVERS, fp_arg_str(key));
            s->rejected |= 1u << k;
        }
    }
    if (t->model == FP_MODEL_LUMP_SUM && s->cf->final.value == 1 && !s->cf->achieved.line &&
        !fp_diag_has(s->d, FP_F_BAD_VALUE)) {
        FP_DIAG(s->d, FP_ERROR, FP_F_MISSING_KEY, s->cf->final.line, FP_M_F_CLAIM_NO_ACHIEVED);
        FP_DIAG_NOTE(s->d, FP_M_N_ADD_LINE, fp_arg_str("achieved"), fp_arg_str("yes"));
    }
}

/* ==== A claim's figures ==== */

/* This period's costs: the lines as given (less those the cost model does not allow), the flat
   rate on their base in the decision's rounding, a lump sum only when the final claim says its
   output was achieved. */
static void
period_costs(struct step *s)
{
    const struct fp_claim_terms *t = &s->cs->terms;
    const struct fp_block *m = &s->cf->money;
    struct fp_claim_figures *f = s->f;

    for (int k = 0; k < FP_COST_COUNT; k++)
        f->cost[k] = m->cost[k].line && !(s->rejected & (1u << k)) ? m->cost[k].cents : 0;
    f->cost[FP_COST_FLAT_RATE] = 0;
    if (t->model == FP_MODEL_FLAT_RATE && t->flat_rate > 0) {
        static const enum fp_cost direct[] = {FP_COST_STAFF,        FP_COST_PURCHASED,
                                              FP_COST_TRAVEL,       FP_COST_EQUIPMENT,
                                              FP_COST_CONSTRUCTION, FP_COST_OTHER};
        fp_cents base = 0;
        if (t->flat_base == FP_FLAT_DIRECT)
            for (size_t i = 0; i < sizeof direct / sizeof direct[0]; i++)
                add(s, &base, f->cost[direct[i]]);
        else
            base = f->cost[FP_COST_STAFF];
        if (fp_cents_apply_bp(base, t->flat_rate, &f->cost[FP_COST_FLAT_RATE]) != 0)
            overflowed(s);
        /* the 2014-2020 system kept whole euros, per claim as per plan */
        if (t->euro_rounding)
            f->cost[FP_COST_FLAT_RATE] = fp_cents_round_euro(f->cost[FP_COST_FLAT_RATE]);
    }
    if (t->model == FP_MODEL_LUMP_SUM)
        f->cost[FP_COST_LUMP_SUM] =
            s->cf->final.value == 1 && s->cf->achieved.value == 1 ? t->lump_sum : 0;
    f->total_costs = 0;
    for (int k = 0; k < FP_COST_COUNT; k++)
        add(s, &f->total_costs, f->cost[k]);
    f->income = m->income.line ? m->income.cents : 0;
    f->eligible = f->total_costs;
    if (t->base == FP_BASE_NET_COSTS && fp_cents_sub(f->total_costs, f->income, &f->eligible))
        overflowed(s);
}

/* Cumulative figures, the support entitled so far, what was paid before and what is payable. */
static void
payment(struct step *s)
{
    const struct fp_claim_terms *t = &s->cs->terms;
    const struct fp_claim_figures *prev = s->i ? &s->cs->fig_of[s->i - 1] : NULL;
    struct fp_claim_figures *f = s->f;

    memcpy(f->cum_cost, f->cost, sizeof f->cum_cost);
    f->cum_total_costs = f->total_costs;
    f->cum_income = f->income;
    f->cum_eligible = f->eligible;
    if (prev) {
        for (int k = 0; k < FP_COST_COUNT; k++)
            add(s, &f->cum_cost[k], prev->cum_cost[k]);
        add(s, &f->cum_total_costs, prev->cum_total_costs);
        add(s, &f->cum_income, prev->cum_income);
        add(s, &f->cum_eligible, prev->cum_eligible);
        f->paid_before = prev->paid_before;
        add(s, &f->paid_before, prev->paid);
    }
    f->entitled = 0;
    if (f->cum_eligible > 0 && fp_cents_floor_bp(f->cum_eligible, t->rate, &f->entitled) != 0)
        overflowed(s);
    if (f->entitled > t->support)
        f->entitled = t->support;
    if (fp_cents_sub(f->entitled, f->paid_before, &f->payable) != 0)
        overflowed(s);
    if (f->payable < 0 && !f->final)
        f->payable = 0; /* set off against later claims (the finding says so) */
    f->repayment = f->payable < 0;
    f->paid = s->cf->paid.line ? s->cf->paid.cents : f->payable;
    f->remaining = t->support - f->paid_before;
    add(s, &f->remaining, -f->paid);
}

/* Realised costs of a line above the decision's (a warning: lines may flex, the ceilings
   hold); without a breakdown in the decision, its total costs. */
static void
check_over(struct step *s)
{
    const struct fp_figures *fig = s->cs->fig;
    const struct fp_claim_figures *f = s->f;

    if (!fig->has_breakdown) {
        if (f->total_costs > 0 && f->cum_total_costs > fig->total_costs)
            FP_DIAG(s->d, FP_WARNING, FP_F_CLAIM_LINE_OVER, s->cf->money.costs_line,
                    FP_M_F_CLAIM_LINE_OVER, fp_arg_msg(FP_M_T_TOTAL_COSTS),
                    fp_arg_eur(f->cum_total_costs),
                    fp_arg_eur(f->cum_total_costs - fig->total_costs),
                    fp_arg_eur(fig->total_costs));
        return;
    }
    for (int k = 0; k < FP_COST_COUNT; k++) {
        if (k == FP_COST_FLAT_RATE || k == FP_COST_LUMP_SUM || f->cost[k] <= 0 ||
            f->cum_cost[k] <= fig->cost[k])
            continue;
        FP_DIAG(s->d, FP_WARNING, FP_F_CLAIM_LINE_OVER, s->cf->money.cost[k].line,
                FP_M_F_CLAIM_LINE_OVER, fp_arg_msg(FP_M_COST_STAFF + k), fp_arg_eur(f->cum_cost[k]),
                fp_arg_eur(f->cum_cost[k] - fig->cost[k]), fp_arg_eur(fig->cost[k]));
    }
}

/* More paid than entitled; on the final claim a repayment, and support left unused. */
static void
check_payment(struct step *s)
{
    const struct fp_claim_figures *f = s->f;
    int line = s->cf->final.line ? s->cf->final.line : key_line(s->cf);
    fp_cents over = f->paid_before - f->entitled;

    if (over > 0 && !f->final)
        FP_DIAG(s->d, FP_WARNING, FP_F_CLAIM_REPAYMENT, key_line(s->cf), FP_M_F_CLAIM_OVERPAID,
                fp_arg_eur(f->paid_before), fp_arg_eur(f->entitled), fp_arg_eur(over));
    if (!f->final)
        return;
    if (f->repayment)
        FP_DIAG(s->d, FP_WARNING, FP_F_CLAIM_REPAYMENT, line, FP_M_F_CLAIM_REPAYMENT,
                fp_arg_eur(f->paid_before), fp_arg_eur(f->entitled), fp_arg_eur(-f->payable));
    if (s->cs->terms.support > f->entitled)
        FP_DIAG(s->d, FP_NOTE, FP_F_CLAIM_UNUSED, line, FP_M_F_CLAIM_UNUSED,
                fp_arg_eur(s->cs->terms.support - f->entitled), fp_arg_eur(s->cs->terms.support));
}

static void
compute_one(struct fp_claims *cs, size_t i)
{
    struct step s = {cs, i, &cs->files[i], &cs->fig_of[i], &cs->diags[i], 0};

    memset(s.f, 0, sizeof *s.f);
    s.f->number = s.cf->number.value;
    s.f->final = s.cf->final.value == 1;
    check_order(&s);
    check_period(&s);
    check_decision_keys(&s);
    check_lines(&s);
    period_costs(&s);
    payment(&s);
    if (sure(&s)) {
        check_over(&s);
        check_payment(&s);
    }
}

/* The cost rows reports show, the same for every claim so that their tables line up. */
static void
decide_rows(struct fp_claims *cs)
{
    for (int k = 0; k < FP_COST_COUNT; k++) {
        cs->cost_shown[k] = cs->fig->cost_shown[k];
        for (size_t i = 0; i < cs->n && i < FP_CLAIM_MAX; i++)
            cs->cost_shown[k] |= cs->files[i].money.cost[k].line != 0 || cs->fig_of[i].cost[k] != 0;
    }
    cs->cost_shown[FP_COST_FLAT_RATE] = cs->terms.flat_rate > 0;
    cs->cost_shown[FP_COST_LUMP_SUM] |= cs->terms.model == FP_MODEL_LUMP_SUM;
}

void
fp_claim_compute(struct fp_claims *cs)
{
    const struct fp_claim_figures *last;

    cs->overflow = 0;
    make_terms(cs);
    for (size_t i = 0; i < cs->n && i < FP_CLAIM_MAX; i++)
        compute_one(cs, i);
    cs->errors = fp_diag_count(cs->plan_diags, FP_ERROR);
    cs->warnings = fp_diag_count(cs->plan_diags, FP_WARNING);
    for (size_t i = 0; i < cs->n && i < FP_CLAIM_MAX; i++) {
        cs->errors += fp_diag_count(&cs->diags[i], FP_ERROR);
        cs->warnings += fp_diag_count(&cs->diags[i], FP_WARNING);
    }
    decide_rows(cs);
    last = cs->n ? &cs->fig_of[(cs->n < FP_CLAIM_MAX ? cs->n : FP_CLAIM_MAX) - 1] : NULL;
    cs->remaining = last ? last->remaining : cs->terms.support;
    if (cs->errors || last == NULL)
        cs->proposal = FP_CLAIM_WITHHELD;
    else
        cs->proposal = last->payable > 0   ? FP_CLAIM_PAY
                       : last->payable < 0 ? FP_CLAIM_REPAY
                                           : FP_CLAIM_NOTHING;
}
