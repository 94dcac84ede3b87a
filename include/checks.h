/*
 * checks.h - the calculator and the rule checks: every figure fundplan prints comes from here.
 *
 *     struct fp_figures fig;
 *     fp_check_plan(&plan, call, &fig, &diags);   // fills fig, adds findings; call may be NULL
 *     // writers read plan and fig, never compute a figure or a finding of their own
 *
 * Pure: no I/O, no allocation beyond findings. Sums are checked for overflow; ratios are exact
 * (struct fp_ratio) and rounded only when formatted. Which rows a report shows and what the
 * decision proposal says are decided here too, once. (The header is not called check.h: that
 * name belongs to the Check unit-test library's header.)
 * SPDX-License-Identifier: MIT
 */
#ifndef FP_CHECKS_H
#define FP_CHECKS_H

#include "diag.h"
#include "money.h"
#include "plan.h"
#include "rules.h"

/* One year's totals, when the plan has year sections. has_* = 0: that kind is not split by
   year (it is then only in the plan's totals). */
struct fp_year_figures {
    int year;
    int has_costs, has_income, has_fin;
    fp_cents cost[FP_COST_COUNT]; /* flat rate computed */
    fp_bp flat_rate;
    fp_cents total_costs; /* Σ cost, or the year's `total` */
    fp_cents income;
    fp_cents net_costs; /* total_costs − income, when has_net */
    int has_net;        /* costs by year, and income by year or none at all */
    fp_cents fin[FP_SRC_COUNT];
    fp_cents total_financing;
    fp_cents balance; /* total_financing − net_costs, when has_balance */
    int has_balance;  /* financing and net costs both known for the year */
};

/* Which limit sets the largest allowed support. */
enum fp_cap {
    FP_CAP_RATE,    /* the support rate (one rate) */
    FP_CAP_RATES,   /* the development rate and the investment rate, each on its part */
    FP_CAP_CALL,    /* the call's (or [rules]') euro maximum */
    FP_CAP_IN_KIND, /* public support may not exceed total costs less in-kind work */
};

/* What the memo's decision proposal can say. */
enum fp_proposal {
    FP_PROPOSE_ASKED,  /* the plan is clean: grant what it asks */
    FP_PROPOSE_CAPPED, /* its only error is a support above the cap: grant the cap */
    FP_PROPOSE_NONE,   /* it has other errors: no proposal can be made */
};

struct fp_figures {
    struct fp_instrument instrument; /* the rules in force (rules.h) */

    enum fp_cost_model cost_model;
    fp_cents cost[FP_COST_COUNT]; /* per category over all years; flat rate computed */
    fp_bp flat_rate;              /* the flat-rate percentage; -1 when years use different ones */
    enum fp_flat_base flat_base;  /* what it is a share of */
    int has_breakdown;            /* 0 when the plan gives only `total` */
    int cost_model_known;         /* a breakdown, or `cost_model` stated: the facts show it */
    fp_cents total_costs;
    fp_cents income;
    fp_cents net_costs; /* total_costs − income */
    fp_cents fin[FP_SRC_COUNT];
    fp_cents total_financing;
    fp_cents balance; /* total_financing − net_costs; 0 when the plan balances */

    fp_cents support;          /* fin[instrument.support_source] */
    fp_cents support_base;     /* total_costs or net_costs, as instrument.base says */
    fp_cents investment_base;  /* the investment part of the base (development projects with an
                                  investment rate: equipment and construction) */
    fp_cents max_support;      /* the largest support the rules allow, rounded down to the cent:
                                  the one figure the check, JSON, memo and workbook use */
    enum fp_cap cap;           /* which limit sets it */
    fp_cents rate_cap;         /* what the rate(s) alone allow */
    fp_cents public_financing; /* support + the other public lines */
    fp_cents own_financing;    /* municipal + other public + private + in-kind */

    struct fp_ratio support_rate;        /* support / support_base */
    struct fp_ratio public_share;        /* public_financing / total_financing */
    struct fp_ratio share[FP_SRC_COUNT]; /* fin[s] / total_financing */

    /* EU money: the support line split into the EU part and the state part. */
    int has_eu_split;
    fp_cents eu, state;

    /* The decision proposal: what the memo may propose, and its ceilings. */
    enum fp_proposal proposal;
    fp_cents proposal_support;
    fp_bp proposal_rate; /* rounded up so that rate × base ≥ proposal_support */

    /* Which rows reports show: lines with money, given lines, and the support line. */
    int cost_shown[FP_COST_COUNT];
    int source_shown[FP_SRC_COUNT];

    int months; /* the period's length, 0 when unknown */

    struct fp_year_figures years[FP_MAX_YEARS];
    size_t nyears;

    int any_cents; /* some amount has cents: reports then print cents everywhere */
    int overflow;  /* a sum overflowed: figures are not to be trusted (an error was reported) */
};

/*
 * Computes every figure of the plan into *fig and adds the findings of the rule checks to diags
 * (the reader's findings are already there): the rules in force are the instrument's defaults,
 * then call's [rules] (NULL: no call), then the plan's own. Always fills *fig as far as it can.
 * Every finding about the plan is final when it returns.
 */
void fp_check_plan(const struct fp_plan *plan, const struct fp_call *call, struct fp_figures *fig,
                   struct fp_diags *diags);

#endif
