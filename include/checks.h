/*
 * checks.h - the calculator and the rule checks: every figure fundplan prints comes from here.
 *
 *     struct fp_figures fig;
 *     fp_check_plan(&plan, &fig, &diags);   // fills fig, adds findings
 *     // writers read plan and fig, never compute a figure of their own
 *
 * Pure: no I/O, no allocation beyond findings. Sums are checked for overflow; ratios are exact
 * (struct fp_ratio) and rounded only when formatted. (The header is not called check.h: that
 * name belongs to the Check unit-test library's header.)
 * SPDX-License-Identifier: MIT
 */
#ifndef FP_CHECKS_H
#define FP_CHECKS_H

#include "diag.h"
#include "money.h"
#include "plan.h"

/* The rules in force for the plan: the instrument's defaults with [rules] applied. */
struct fp_instrument {
    const char *name;              /* "AIKO", "EAKR" or the plan's own name; borrowed */
    int builtin;                   /* 1 for AIKO and EAKR */
    enum fp_source support_source; /* the financing line that is the support */
    enum fp_base base;             /* what the support rate is a share of */
    fp_bp max_rate;                /* the cap on support / base */
    fp_bp min_municipal;           /* the floor on municipal / total financing */
};

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
};

struct fp_figures {
    struct fp_instrument instrument;

    fp_cents cost[FP_COST_COUNT]; /* per category over all years; flat rate computed */
    fp_bp flat_rate;              /* the flat-rate percentage; -1 when years use different ones */
    int has_breakdown;            /* 0 when the plan gives only `total` */
    fp_cents total_costs;
    fp_cents income;
    fp_cents net_costs; /* total_costs − income */
    fp_cents fin[FP_SRC_COUNT];
    fp_cents total_financing;
    fp_cents balance; /* total_financing − net_costs; 0 when the plan balances */

    fp_cents support;          /* fin[instrument.support_source] */
    fp_cents support_base;     /* total_costs or net_costs, as instrument.base says */
    fp_cents max_support;      /* the largest support the cap allows, rounded down to whole euros */
    fp_cents public_financing; /* support + the other public lines */

    struct fp_ratio support_rate;        /* support / support_base */
    struct fp_ratio public_share;        /* public_financing / total_financing */
    struct fp_ratio share[FP_SRC_COUNT]; /* fin[s] / total_financing */

    struct fp_year_figures years[FP_MAX_YEARS];
    size_t nyears;

    int any_cents; /* some amount has cents: reports then print cents everywhere */
    int overflow;  /* a sum overflowed: figures are not to be trusted (an error was reported) */
};

/*
 * Computes every figure of the plan into *fig and adds the findings of the rule checks to
 * diags (the reader's findings are already there). Always fills *fig as far as it can.
 */
void fp_check_plan(const struct fp_plan *plan, struct fp_figures *fig, struct fp_diags *diags);

/*
 * The rules for an instrument name: the built-in defaults for AIKO and EAKR (case-insensitive),
 * with the plan's [rules] applied. Returns -1 for an unknown name without [rules].
 */
int fp_check_instrument(const struct fp_plan *plan, struct fp_instrument *out);

#endif
