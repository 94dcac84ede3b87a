/*
 * test_claim.c - payment claims on decisions and claims held in memory: the [decision] section,
 * the claim reader, and claim.c's figures to the cent and findings with their lines.
 * SPDX-License-Identifier: MIT
 */
#include "claim.h"

#include <stdlib.h>

#include "t.h"

/* The issue's decision: AIKO, 78 958 € total costs, 55 270 € support (70 % of total costs). */
#define AIKO                                                                                       \
    "[project]\n"                                                                                  \
    "name = Testi\n"                                                                               \
    "applicant = Hakija Oy\n"                                                                      \
    "funder = Etelä-Savon maakuntaliitto\n"                                                       \
    "instrument = AIKO\n"                                                                          \
    "start = 1.1.2018\n"                                                                           \
    "end = 31.12.2019\n"                                                                           \
    "[costs]\n"                                                                                    \
    "staff = 50 000\n"                                                                             \
    "purchased_services = 28 958\n"                                                                \
    "[financing]\n"                                                                                \
    "aiko = 55 270\n"                                                                              \
    "municipal = 23 688\n"

/* Claim 1 and 2 of the issue: 40 000 € realised in each. */
#define CLAIM1                                                                                     \
    "[claim]\nnumber = 1\nstart = 1.1.2018\nend = 30.6.2018\n"                                     \
    "[costs]\nstaff = 25 000\npurchased_services = 15 000\n"
#define CLAIM2                                                                                     \
    "[claim]\nnumber = 2\nstart = 1.7.2018\nend = 31.12.2018\n"                                    \
    "[costs]\nstaff = 25 000\npurchased_services = 15 000\n"

struct run {
    struct fp_plan plan;
    struct fp_figures fig;
    struct fp_diags plan_diags;
    struct fp_claimfile files[4];
    struct fp_diags diags[4];
    char names[4][16];
    struct fp_claims cs;
};

/* Reads the decision and up to four claims (NULL ends the list) and computes them. */
static struct run *
run(const char *decision, const char *c1, const char *c2, const char *c3)
{
    const char *claims[] = {c1, c2, c3, NULL};
    struct run *r = calloc(1, sizeof *r);
    r->plan_diags.file = "d.ini";
    fp_plan_parse("d.ini", decision, strlen(decision), &r->plan, &r->plan_diags);
    fp_check_plan(&r->plan, NULL, &r->fig, &r->plan_diags);
    for (size_t i = 0; i < 3 && claims[i]; i++) {
        snprintf(r->names[i], sizeof r->names[i], "%zu.ini", i + 1);
        r->diags[i].file = r->names[i];
        fp_claimfile_parse(r->names[i], claims[i], strlen(claims[i]), &r->files[i], &r->diags[i]);
        r->cs.n++;
    }
    r->cs.plan = &r->plan;
    r->cs.fig = &r->fig;
    r->cs.plan_diags = &r->plan_diags;
    r->cs.files = r->files;
    r->cs.diags = r->diags;
    fp_claim_compute(&r->cs);
    for (size_t i = 0; i < r->cs.n; i++)
        fp_diag_sort(&r->diags[i]);
    fp_diag_sort(&r->plan_diags);
    return r;
}

static void
done(struct run *r)
{
    for (size_t i = 0; i < r->cs.n; i++) {
        fp_claimfile_free(&r->files[i]);
        fp_diag_free(&r->diags[i]);
    }
    fp_plan_free(&r->plan);
    fp_diag_free(&r->plan_diags);
    free(r);
}

/* Whether claim i (or the decision, i < 0) has a finding with that code, severity and line
   (line 0: any). */
static int
found(const struct run *r, int i, enum fp_code code, enum fp_severity sev, int line)
{
    const struct fp_diags *d = i < 0 ? &r->plan_diags : &r->diags[i];
    for (size_t k = 0; k < d->count; k++)
        if (d->list[k].code == code && d->list[k].severity == sev &&
            (line == 0 || d->list[k].line == line))
            return 1;
    return 0;
}

static size_t
count(const struct run *r, int i)
{
    return i < 0 ? r->plan_diags.count : r->diags[i].count;
}

/* ---- the decision */

static void
decision_section_is_read(void)
{
    struct run *r = run(AIKO "[decision]\nsupport = 50 000\nsupport_rate = 36,86 %\n"
                             "date = 1.2.2018\nid = EPL/2018/12\n",
                        NULL, NULL, NULL);
    T_CHECK(r->plan.decision.line == 14);
    T_CHECK(r->plan.decision.support.cents == 5000000 && r->plan.decision.support.line == 15);
    T_CHECK(r->plan.decision.support_rate.bp == 3686 && r->plan.decision.support_rate.line == 16);
    T_CHECK(r->plan.decision.date.date.year == 2018 && r->plan.decision.date.date.month == 2);
    T_STREQ(r->plan.decision.id.text, "EPL/2018/12");
    T_CHECK(r->cs.terms.support == 5000000 && r->cs.terms.rate == 3686);
    T_CHECK(r->cs.terms.support_line == 15 && r->cs.terms.rate_line == 16);
    T_CHECK(count(r, -1) == 0);
    done(r);
}

static void
unknown_key_in_decision_is_an_error(void)
{
    struct run *r = run(AIKO "[decision]\nsuport = 50 000\n", NULL, NULL, NULL);
    T_CHECK(found(r, -1, FP_F_UNKNOWN_KEY, FP_ERROR, 15));
    T_CHECK(r->cs.terms.support == 5527000); /* the misspelt line changes nothing */
    done(r);
}

static void
bad_decision_amount_leaves_the_plan_sums_alone(void)
{
    struct run *r = run(AIKO "[decision]\nsupport = lots\n", NULL, NULL, NULL);
    T_CHECK(found(r, -1, FP_F_BAD_AMOUNT, FP_ERROR, 15));
    T_CHECK(!r->plan.money_incomplete);
    done(r);
}

static void
decision_above_the_cap_is_an_error(void)
{
    struct run *r =
        run(AIKO "[decision]\nsupport = 60 000\nsupport_rate = 75 %\n", NULL, NULL, NULL);
    T_CHECK(found(r, -1, FP_F_SUPPORT_RATE, FP_ERROR, 15));
    T_CHECK(found(r, -1, FP_F_SUPPORT_RATE, FP_ERROR, 16));
    T_CHECK(r->cs.proposal == FP_CLAIM_WITHHELD);
    done(r);
}

static void
ceilings_default_to_the_proposal(void)
{
    struct run *r = run(AIKO, CLAIM1, NULL, NULL);
    /* 55 270 / 78 958 = 69,9992 %: the proposal states 70 %, rounded up */
    T_CHECK(r->cs.terms.support == 5527000);
    T_CHECK(r->cs.terms.rate == 7000);
    T_CHECK(r->cs.terms.base == FP_BASE_TOTAL_COSTS);
    done(r);
}

/* ---- the issue's example, to the cent */

static void
issue_example_pays_28000_then_27270(void)
{
    struct run *r = run(AIKO, CLAIM1, CLAIM2, NULL);
    const struct fp_claim_figures *a = &r->cs.fig_of[0], *b = &r->cs.fig_of[1];
    T_CHECK(a->eligible == 4000000 && a->cum_eligible == 4000000);
    T_CHECK(a->entitled == 2800000 && a->paid_before == 0 && a->payable == 2800000);
    T_CHECK(b->eligible == 4000000 && b->cum_eligible == 8000000);
    T_CHECK(b->entitled == 5527000); /* min(56 000, 55 270) */
    T_CHECK(b->paid_before == 2800000 && b->payable == 2727000);
    T_CHECK(r->cs.remaining == 0);
    T_CHECK(r->cs.proposal == FP_CLAIM_PAY);
    /* purchased services: 30 000 realised of 28 958 approved */
    T_CHECK(found(r, 1, FP_F_CLAIM_LINE_OVER, FP_WARNING, 7));
    T_CHECK(!found(r, 1, FP_F_CLAIM_LINE_OVER, FP_WARNING, 6));
    T_CHECK(count(r, 0) == 0);
    done(r);
}

static void
paid_given_replaces_the_payable_of_a_claim(void)
{
    struct run *r = run(AIKO,
                        "[claim]\nnumber = 1\nstart = 1.1.2018\nend = 30.6.2018\npaid = 27 000\n"
                        "[costs]\nstaff = 40 000\n",
                        CLAIM2, NULL);
    T_CHECK(r->cs.fig_of[0].payable == 2800000 && r->cs.fig_of[0].paid == 2700000);
    T_CHECK(r->cs.fig_of[1].paid_before == 2700000);
    T_CHECK(r->cs.fig_of[1].payable == 5527000 - 2700000);
    done(r);
}

static void
net_costs_base_subtracts_income(void)
{
    struct run *r = run(AIKO "[rules]\nsupport_base = net_costs\n",
                        "[claim]\nnumber = 1\nstart = 1.1.2018\nend = 30.6.2018\n"
                        "[costs]\nstaff = 40 000\n[income]\nrevenue = 1 000\n",
                        NULL, NULL);
    T_CHECK(r->cs.terms.base == FP_BASE_NET_COSTS);
    T_CHECK(r->cs.fig_of[0].total_costs == 4000000 && r->cs.fig_of[0].income == 100000);
    T_CHECK(r->cs.fig_of[0].eligible == 3900000);
    T_CHECK(r->cs.fig_of[0].entitled == 2730000);
    done(r);
}

/* ---- rounding and flat rates */

static void
odd_rate_rounds_down_to_the_cent(void)
{
    /* 36,86 % × 12 345,68 € = 4 550,617648 €: 4 550,61, never 4 550,62 */
    struct run *r = run(AIKO "[decision]\nsupport = 50 000\nsupport_rate = 36,86 %\n",
                        "[claim]\nnumber = 1\nstart = 1.1.2018\nend = 30.6.2018\n"
                        "[costs]\nstaff = 12 345,68\n",
                        NULL, NULL);
    T_CHECK(r->cs.fig_of[0].entitled == 455061);
    T_CHECK(r->cs.fig_of[0].payable == 455061);
    done(r);
}

static void
odd_rate_rounds_down_even_at_half_a_cent(void)
{
    /* 36,86 % × 12,50 € = 4,6075 €: 4,60, where half-up would give 4,61 */
    struct run *r = run(AIKO "[decision]\nsupport_rate = 36,86 %\n",
                        "[claim]\nnumber = 1\nstart = 1.1.2018\nend = 30.6.2018\n"
                        "[costs]\nstaff = 12,50\n",
                        NULL, NULL);
    T_CHECK(r->cs.fig_of[0].entitled == 460);
    done(r);
}

/* 2014-2020 EAKR, 24 % flat rate kept in whole euros */
#define EAKR14                                                                                     \
    "[project]\nname = T\napplicant = H\nfunder = F\ninstrument = EAKR\nregion = Pohjois-Savo\n"   \
    "start = 1.1.2019\nend = 31.12.2020\n"                                                         \
    "[costs]\nstaff = 100 000\nflat_rate = 24 %\npurchased_services = 20 000\n"                    \
    "[financing]\neakr = 100 800\nmunicipal = 43 200\n"

static void
flat_rate_24_on_realised_staff_costs_in_whole_euros(void)
{
    /* 24 % × 12 345 € = 2 962,80 € → 2 963 € (the 2014-2020 system kept whole euros) */
    struct run *r = run(EAKR14,
                        "[claim]\nnumber = 1\nstart = 1.1.2019\nend = 30.6.2019\n"
                        "[costs]\nstaff = 12 345\npurchased_services = 1 000\n",
                        NULL, NULL);
    const struct fp_claim_figures *f = &r->cs.fig_of[0];
    T_CHECK(r->cs.terms.euro_rounding && r->cs.terms.flat_rate == 2400);
    T_CHECK(f->cost[FP_COST_FLAT_RATE] == 296300);
    T_CHECK(f->total_costs == 1234500 + 296300 + 100000);
    T_CHECK(f->entitled == 1141560); /* 70 % × 16 308 € */
    T_CHECK(count(r, 0) == 0);
    done(r);
}

/* 2021-2027 EAKR, 40 % flat rate in cents: staff alone */
#define EAKR21                                                                                     \
    "[project]\nname = T\napplicant = H\nfunder = F\ninstrument = EAKR\nregion = Pohjois-Savo\n"   \
    "start = 1.1.2024\nend = 31.12.2025\n"                                                         \
    "[costs]\nstaff = 100 000\nflat_rate = 40 %\n"                                                 \
    "[financing]\neakr = 112 000\nmunicipal = 28 000\n"

static void
flat_rate_40_on_realised_staff_costs_in_cents(void)
{
    /* 40 % × 12 345,67 € = 4 938,268 € → 4 938,27 € */
    struct run *r = run(EAKR21,
                        "[claim]\nnumber = 1\nstart = 1.1.2024\nend = 30.6.2024\n"
                        "[costs]\nstaff = 12 345,67\n",
                        NULL, NULL);
    const struct fp_claim_figures *f = &r->cs.fig_of[0];
    T_CHECK(!r->cs.terms.euro_rounding && r->cs.terms.flat_only_staff);
    T_CHECK(f->cost[FP_COST_FLAT_RATE] == 493827);
    T_CHECK(f->eligible == 1728394);
    T_CHECK(f->entitled == 1382715); /* 80 % × 17 283,94 € = 13 827,152 */
    T_CHECK(count(r, 0) == 0);
    done(r);
}

static void
line_beside_the_40_rate_is_an_error(void)
{
    struct run *r = run(EAKR21,
                        "[claim]\nnumber = 1\nstart = 1.1.2024\nend = 30.6.2024\n"
                        "[costs]\nstaff = 10 000\ntravel = 500\n",
                        NULL, NULL);
    T_CHECK(found(r, 0, FP_F_COST_MODEL, FP_ERROR, 7));
    T_CHECK(r->cs.proposal == FP_CLAIM_WITHHELD);
    done(r);
}

static void
flat_rate_in_a_claim_is_an_error(void)
{
    struct run *r = run(EAKR21,
                        "[claim]\nnumber = 1\nstart = 1.1.2024\nend = 30.6.2024\n"
                        "[costs]\nstaff = 10 000\nflat_rate = 24 %\n",
                        NULL, NULL);
    T_CHECK(found(r, 0, FP_F_COST_MODEL, FP_ERROR, 7));
    T_CHECK(r->cs.fig_of[0].cost[FP_COST_FLAT_RATE] == 400000); /* the decision's 40 % */
    done(r);
}

/* ---- lump sums */

#define LUMP                                                                                       \
    "[project]\nname = T\napplicant = H\nfunder = F\ninstrument = AIKO\n"                          \
    "start = 1.1.2018\nend = 31.12.2018\n"                                                         \
    "[costs]\nlump_sum = 50 000\n[financing]\naiko = 35 000\nmunicipal = 15 000\n"

static void
lump_sum_is_paid_whole_when_achieved(void)
{
    struct run *r = run(LUMP, "[claim]\nnumber = 1\nstart = 1.1.2018\nend = 30.6.2018\n",
                        "[claim]\nnumber = 2\nstart = 1.7.2018\nend = 31.12.2018\nfinal = yes\n"
                        "achieved = yes\n",
                        NULL);
    T_CHECK(r->cs.fig_of[0].payable == 0 && r->cs.fig_of[0].entitled == 0);
    T_CHECK(r->cs.fig_of[1].cost[FP_COST_LUMP_SUM] == 5000000);
    T_CHECK(r->cs.fig_of[1].entitled == 3500000 && r->cs.fig_of[1].payable == 3500000);
    T_CHECK(!found(r, 1, FP_F_CLAIM_UNUSED, FP_NOTE, 0));
    T_CHECK(r->cs.remaining == 0);
    done(r);
}

static void
lump_sum_is_not_paid_when_not_achieved(void)
{
    struct run *r = run(LUMP,
                        "[claim]\nnumber = 1\nstart = 1.1.2018\nend = 31.12.2018\nfinal = yes\n"
                        "achieved = no\n",
                        NULL, NULL);
    T_CHECK(r->cs.fig_of[0].entitled == 0 && r->cs.fig_of[0].payable == 0);
    T_CHECK(found(r, 0, FP_F_CLAIM_UNUSED, FP_NOTE, 5));
    T_CHECK(r->cs.proposal == FP_CLAIM_NOTHING);
    done(r);
}

static void
lump_sum_final_claim_must_say_achieved(void)
{
    struct run *r = run(
        LUMP, "[claim]\nnumber = 1\nstart = 1.1.2018\nend = 31.12.2018\nfinal = yes\n", NULL, NULL);
    T_CHECK(found(r, 0, FP_F_MISSING_KEY, FP_ERROR, 5));
    done(r);
}

static void
cost_line_in_a_lump_sum_claim_is_an_error(void)
{
    struct run *r = run(LUMP,
                        "[claim]\nnumber = 1\nstart = 1.1.2018\nend = 30.6.2018\n"
                        "[costs]\nstaff = 10 000\n",
                        NULL, NULL);
    T_CHECK(found(r, 0, FP_F_COST_MODEL, FP_ERROR, 6));
    done(r);
}

/* ---- repayment and support left */

static void
final_claim_below_what_was_paid_is_a_repayment(void)
{
    struct run *r = run(AIKO,
                        "[claim]\nnumber = 1\nstart = 1.1.2018\nend = 30.6.2018\npaid = 30 000\n"
                        "[costs]\nstaff = 40 000\n",
                        "[claim]\nnumber = 2\nstart = 1.7.2018\nend = 31.12.2019\nfinal = yes\n"
                        "[income]\nrevenue = 0\n",
                        NULL);
    const struct fp_claim_figures *f = &r->cs.fig_of[1];
    T_CHECK(f->entitled == 2800000 && f->paid_before == 3000000);
    T_CHECK(f->payable == -200000 && f->repayment);
    T_CHECK(found(r, 1, FP_F_CLAIM_REPAYMENT, FP_WARNING, 5));
    T_CHECK(found(r, 1, FP_F_CLAIM_UNUSED, FP_NOTE, 5));
    T_CHECK(r->cs.proposal == FP_CLAIM_REPAY);
    T_CHECK(r->cs.remaining == 5527000 - 2800000);
    done(r);
}

static void
interim_overpayment_is_set_off_not_repaid(void)
{
    struct run *r = run(AIKO,
                        "[claim]\nnumber = 1\nstart = 1.1.2018\nend = 30.6.2018\npaid = 30 000\n"
                        "[costs]\nstaff = 40 000\n",
                        "[claim]\nnumber = 2\nstart = 1.7.2018\nend = 31.12.2018\n", NULL);
    const struct fp_claim_figures *f = &r->cs.fig_of[1];
    T_CHECK(f->payable == 0 && !f->repayment);
    T_CHECK(found(r, 1, FP_F_CLAIM_REPAYMENT, FP_WARNING, 2));
    done(r);
}

static void
final_claim_notes_support_left_unused(void)
{
    struct run *r = run(AIKO,
                        "[claim]\nnumber = 1\nstart = 1.1.2018\nend = 31.12.2019\nfinal = yes\n"
                        "[costs]\nstaff = 40 000\n",
                        NULL, NULL);
    T_CHECK(found(r, 0, FP_F_CLAIM_UNUSED, FP_NOTE, 5));
    T_CHECK(r->cs.proposal == FP_CLAIM_PAY);
    done(r);
}

/* ---- order and periods */

static void
claims_out_of_order_are_errors(void)
{
    struct run *r = run(AIKO, CLAIM2, CLAIM1, NULL);
    T_CHECK(found(r, 0, FP_F_CLAIM_ORDER, FP_ERROR, 2));
    T_CHECK(found(r, 1, FP_F_CLAIM_ORDER, FP_ERROR, 2));
    T_CHECK(found(r, 1, FP_F_CLAIM_ORDER, FP_ERROR, 3)); /* its period is before claim 2's */
    done(r);
}

static void
claim_after_the_final_one_is_an_error(void)
{
    struct run *r =
        run(AIKO, "[claim]\nnumber = 1\nstart = 1.1.2018\nend = 30.6.2018\nfinal = yes\n", CLAIM2,
            NULL);
    T_CHECK(found(r, 1, FP_F_CLAIM_ORDER, FP_ERROR, 2));
    done(r);
}

static void
overlapping_periods_are_an_error(void)
{
    struct run *r =
        run(AIKO, CLAIM1, "[claim]\nnumber = 2\nstart = 1.6.2018\nend = 31.12.2018\n", NULL);
    T_CHECK(found(r, 1, FP_F_CLAIM_PERIOD, FP_ERROR, 3));
    done(r);
}

static void
period_outside_the_project_is_an_error(void)
{
    struct run *r =
        run(AIKO, "[claim]\nnumber = 1\nstart = 1.12.2017\nend = 30.6.2018\n", NULL, NULL);
    T_CHECK(found(r, 0, FP_F_CLAIM_PERIOD, FP_ERROR, 3));
    done(r);
}

static void
reversed_period_is_an_error(void)
{
    struct run *r =
        run(AIKO, "[claim]\nnumber = 1\nstart = 1.6.2018\nend = 1.1.2018\n", NULL, NULL);
    T_CHECK(found(r, 0, FP_F_PERIOD_REVERSED, FP_ERROR, 4));
    done(r);
}

static void
costs_after_the_end_of_eligibility_are_an_error(void)
{
    /* a 2014-2020 decision running into 2024 (an error in the decision itself) */
    struct run *r =
        run("[project]\nname = T\napplicant = H\nfunder = F\ninstrument = EAKR\n"
            "region = Pohjois-Savo\nstart = 1.1.2020\nend = 30.6.2024\n"
            "programme = 2014-2020\n"
            "[costs]\nstaff = 100 000\n[financing]\neakr = 70 000\nmunicipal = 30 000\n",
            "[claim]\nnumber = 1\nstart = 1.1.2024\nend = 30.6.2024\n"
            "[costs]\nstaff = 1 000\n",
            NULL, NULL);
    T_CHECK(found(r, -1, FP_F_ELIGIBILITY_END, FP_ERROR, 0));
    T_CHECK(found(r, 0, FP_F_ELIGIBILITY_END, FP_ERROR, 4));
    done(r);
}

static void
missing_claim_keys_are_named(void)
{
    struct run *r = run(AIKO, "[claim]\nfinal = no\n[costs]\nstaff = 1 000\n", NULL, NULL);
    T_CHECK(found(r, 0, FP_F_MISSING_KEY, FP_ERROR, 1));
    T_CHECK(count(r, 0) == 3);
    done(r);
}

static void
unknown_key_in_a_claim_is_an_error(void)
{
    struct run *r =
        run(AIKO, "[claim]\nnumber = 1\nstart = 1.1.2018\nend = 30.6.2018\npiad = 1\n", NULL, NULL);
    T_CHECK(found(r, 0, FP_F_UNKNOWN_KEY, FP_ERROR, 5));
    T_CHECK(r->files[0].money_incomplete);
    done(r);
}

int
main(void)
{
    static const struct t_case cases[] = {
        T_CASE(decision_section_is_read),
        T_CASE(unknown_key_in_decision_is_an_error),
        T_CASE(bad_decision_amount_leaves_the_plan_sums_alone),
        T_CASE(decision_above_the_cap_is_an_error),
        T_CASE(ceilings_default_to_the_proposal),
        T_CASE(issue_example_pays_28000_then_27270),
        T_CASE(paid_given_replaces_the_payable_of_a_claim),
        T_CASE(net_costs_base_subtracts_income),
        T_CASE(odd_rate_rounds_down_to_the_cent),
        T_CASE(odd_rate_rounds_down_even_at_half_a_cent),
        T_CASE(flat_rate_24_on_realised_staff_costs_in_whole_euros),
        T_CASE(flat_rate_40_on_realised_staff_costs_in_cents),
        T_CASE(line_beside_the_40_rate_is_an_error),
        T_CASE(flat_rate_in_a_claim_is_an_error),
        T_CASE(lump_sum_is_paid_whole_when_achieved),
        T_CASE(lump_sum_is_not_paid_when_not_achieved),
        T_CASE(lump_sum_final_claim_must_say_achieved),
        T_CASE(cost_line_in_a_lump_sum_claim_is_an_error),
        T_CASE(final_claim_below_what_was_paid_is_a_repayment),
        T_CASE(interim_overpayment_is_set_off_not_repaid),
        T_CASE(final_claim_notes_support_left_unused),
        T_CASE(claims_out_of_order_are_errors),
        T_CASE(claim_after_the_final_one_is_an_error),
        T_CASE(overlapping_periods_are_an_error),
        T_CASE(period_outside_the_project_is_an_error),
        T_CASE(reversed_period_is_an_error),
        T_CASE(costs_after_the_end_of_eligibility_are_an_error),
        T_CASE(missing_claim_keys_are_named),
        T_CASE(unknown_key_in_a_claim_is_an_error),
    };
    return t_main(cases, sizeof cases / sizeof cases[0]);
}
