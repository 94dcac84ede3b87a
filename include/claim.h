/*
 * claim.h - payment claims (maksatushakemus) against a funding decision: per claim the realised
 * costs with the flat rate recomputed, the eligible costs, the support entitled so far and what
 * is payable now (or to be repaid on the final claim); and the findings about each claim.
 *
 *     struct fp_claims *cs = calloc(1, sizeof *cs);
 *     cs->plan = &plan; cs->fig = &fig; cs->plan_diags = &plan_diags;   // the checked decision
 *     cs->files = files; cs->diags = diags; cs->n = n;                 // the claims, in order
 *     fp_claim_compute(cs);            // fills terms, fig_of[], remaining, proposal; findings
 *
 * The decision's terms: the euro ceiling is its support line and the percentage ceiling its
 * support rate as the memo's proposal states it (fig.proposal_rate, rounded up), unless the
 * plan's [decision] section says otherwise. Per claim:
 *     entitled so far = min(rate × cumulative eligible costs, euro ceiling), rounded down
 *     payable now     = entitled so far − paid before (earlier claims' `paid`, else payable)
 * A negative payable on the final claim is a repayment; on an earlier claim nothing is payable
 * and the excess is set off against later claims. A lump sum is paid whole on the final claim
 * when its output is achieved, else not at all. Rules and sources: docs/rules.md.
 *
 * Pure: no I/O and no allocation beyond findings; money in integer cents, sums checked.
 * SPDX-License-Identifier: MIT
 */
#ifndef FP_CLAIM_H
#define FP_CLAIM_H

#include <stddef.h>

#include "checks.h"
#include "claimfile.h"
#include "diag.h"
#include "money.h"
#include "plan.h"

/* Claims one run takes: a project's whole payment history fits many times over. */
#define FP_CLAIM_MAX 64

/* The decision's terms every claim is measured against. */
struct fp_claim_terms {
    fp_cents support;  /* the euro ceiling */
    fp_bp rate;        /* the percentage ceiling */
    int support_line;  /* its line in [decision]; 0: from the plan's figures */
    int rate_line;     /* likewise */
    enum fp_base base; /* what the rate is a share of: total or net costs */
    enum fp_cost_model model;
    fp_bp flat_rate; /* the flat rate; 0 without one */
    enum fp_flat_base flat_base;
    int flat_only_staff; /* the rate covers every other cost (40 %): no other line may stand */
    int euro_rounding;   /* the flat rate in whole euros (the 2014-2020 system) */
    fp_cents lump_sum;   /* the decision's lump sum */
    struct fp_date start, end;     /* the project period */
    struct fp_date eligible_until; /* the last day EU money may pay a cost; year 0: none */
    const char *programme;         /* "2014-2020", for messages; NULL when unknown */
};

/* What one claim gives. Cumulative figures include the claim itself. */
struct fp_claim_figures {
    int number; /* as the file says (0 when missing) */
    int final;
    fp_cents cost[FP_COST_COUNT]; /* this period; flat rate recomputed; a lump sum when paid */
    fp_cents total_costs, income;
    fp_cents eligible; /* total costs, or total costs − income (terms.base) */
    fp_cents cum_cost[FP_COST_COUNT];
    fp_cents cum_total_costs, cum_income, cum_eligible;
    fp_cents entitled;    /* min(rate × cum_eligible, support), rounded down to the cent */
    fp_cents paid_before; /* what the earlier claims paid */
    fp_cents payable;     /* entitled − paid_before; negative only on the final claim */
    int repayment;        /* payable < 0: to be recovered */
    fp_cents paid;        /* what this claim counts as paid: its `paid`, else payable */
    fp_cents remaining;   /* support − paid_before − paid: not yet paid after this claim */
};

/* What the payment memo may propose for the last claim. */
enum fp_claim_proposal {
    FP_CLAIM_PAY,      /* payable > 0 */
    FP_CLAIM_NOTHING,  /* payable == 0 */
    FP_CLAIM_REPAY,    /* the final claim's payable < 0 */
    FP_CLAIM_WITHHELD, /* the decision or a claim has errors: no proposal */
};

struct fp_claims {
    /* in: borrowed, set by the caller */
    const struct fp_plan *plan;       /* the decision */
    const struct fp_figures *fig;     /* its figures, from fp_check_plan */
    struct fp_diags *plan_diags;      /* the decision's findings */
    const struct fp_claimfile *files; /* the claims in the order given, n <= FP_CLAIM_MAX */
    struct fp_diags *diags;           /* diags[i]: the findings of files[i] */
    size_t n;

    /* out: set by fp_claim_compute */
    struct fp_claim_terms terms;
    struct fp_claim_figures fig_of[FP_CLAIM_MAX];
    fp_cents remaining; /* the last claim's */
    enum fp_claim_proposal proposal;
    int cost_shown[FP_COST_COUNT]; /* rows every report shows: the decision's lines, the lines
                                      any claim gives, the flat rate or lump sum of its model */
    size_t errors, warnings;       /* over the decision and every claim */
    int overflow; /* a sum overflowed: the figures are not to be trusted (an error) */
};

/*
 * Computes every claim's figures and adds the findings about the decision's [decision] section
 * (to plan_diags) and about each claim (to diags[i]). Every finding is final when it returns.
 */
void fp_claim_compute(struct fp_claims *cs);

#endif
