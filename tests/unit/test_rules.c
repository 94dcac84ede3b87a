/*
 * test_rules.c - issue 9's funding rules one by one on plans held in memory: the tables of
 * rules.c (periods, instruments, regions, the rules a call may set and which way is stricter) and
 * the checks of check.c at their boundaries (exactly at a cap and one cent over, the last
 * eligible day and the day after, the first and last years allowed). Figures are worked out in
 * the comments; docs/rules.md has the rules and their sources.
 * SPDX-License-Identifier: MIT
 */
#include "checks.h"

#include <stdio.h>
#include <stdlib.h>

#include "schema.h"
#include "t.h"
#include "t_plan.h"

/* How many findings with that code and severity. */
static size_t
count(const struct run *r, enum fp_code code, enum fp_severity sev)
{
    size_t n = 0;
    for (size_t i = 0; i < r->diags.count; i++)
        n += r->diags.list[i].code == code && r->diags.list[i].severity == sev;
    return n;
}

static size_t
errors(const struct run *r)
{
    size_t n = fp_diag_count(&r->diags, FP_ERROR);
    if (n)
        fp_diag_print(&r->diags, stderr, FP_LANG_EN);
    return n;
}

/* The English text of the first finding with that code (a static buffer), or "". */
static const char *
text(const struct run *r, enum fp_code code)
{
    static char buf[1024];
    buf[0] = '\0';
    for (size_t i = 0; i < r->diags.count; i++)
        if (r->diags.list[i].code == code) {
            char *t = fp_diag_text(&r->diags.list[i], FP_LANG_EN, FP_VOICE_PREPARER);
            snprintf(buf, sizeof buf, "%s", t);
            free(t);
            break;
        }
    return buf;
}

/* A plan: [project] with the instrument, extra project lines and period, then the money. */
static char *
plan_text(const char *instrument, const char *project, const char *start, const char *end,
          const char *money)
{
    static char buf[2048];
    snprintf(buf, sizeof buf,
             "[project]\nname = T\napplicant = A\nfunder = F\ninstrument = %s\n%sstart = %s\n"
             "end = %s\n%s",
             instrument, project, start, end, money);
    return buf;
}

/* A call in memory: each "key = value" of rules sets that rule (line = its index + 1). */
static void
call_of(struct fp_call *call, const char *const *rules)
{
    static char path[] = "call.ini";
    memset(call, 0, sizeof *call);
    call->path = path;
    for (int i = 0; rules[i]; i++) {
        char key[64];
        const char *eq = strchr(rules[i], '=');
        size_t n = (size_t)(eq - rules[i]) - 1;
        enum fp_msg why;
        const char *near;
        memcpy(key, rules[i], n);
        key[n] = '\0';
        for (int k = 0; k < FP_RULE_COUNT; k++)
            if (strcmp(fp_schema_rule_name((enum fp_rule)k), key) == 0) {
                T_CHECK(fp_rules_parse((enum fp_rule)k, eq + 2, &call->rules.r[k], &why, &near) ==
                        0);
                call->rules.r[k].line = i + 1;
            }
    }
}

/* ==== 1. Programme periods, instruments, regions ==== */

static void
the_period_follows_the_start_date_at_its_edges(void)
{
    T_CHECK(fp_rules_programme_of((struct fp_date){2013, 12, 31}) == FP_PROG_UNSET);
    T_CHECK(fp_rules_programme_of((struct fp_date){2014, 1, 1}) == FP_PROG_2014_2020);
    T_CHECK(fp_rules_programme_of((struct fp_date){2020, 12, 31}) == FP_PROG_2014_2020);
    T_CHECK(fp_rules_programme_of((struct fp_date){2021, 1, 1}) == FP_PROG_2021_2027);
    T_CHECK(fp_rules_programme_of((struct fp_date){2029, 12, 31}) == FP_PROG_2021_2027);
    T_CHECK(fp_rules_programme_of((struct fp_date){2030, 1, 1}) == FP_PROG_UNSET);
    T_CHECK(fp_rules_programme_of((struct fp_date){0, 0, 0}) == FP_PROG_UNSET);
}

static void
periods_hold_their_end_of_eligibility_rounding_and_eu_rates(void)
{
    const struct fp_programme_def *a = fp_rules_programme(FP_PROG_2014_2020);
    const struct fp_programme_def *b = fp_rules_programme(FP_PROG_2021_2027);
    T_CHECK(a && b && fp_rules_programme(FP_PROG_UNSET) == NULL);
    if (!a || !b)
        return;
    T_CHECK(fp_date_cmp(a->eligible_until, (struct fp_date){2023, 12, 31}) == 0);
    T_CHECK(fp_date_cmp(b->eligible_until, (struct fp_date){2029, 12, 31}) == 0);
    T_CHECK(a->euro_rounding == 1 && b->euro_rounding == 0);
    T_CHECK(a->eu_share_developed == 5000 && a->eu_share_transition == 5000);
    T_CHECK(b->eu_share_developed == 4000 && b->eu_share_transition == 6000);
    T_CHECK(b->max_lump_sum == 20000000);
}

static void
instruments_are_one_table_matched_without_case(void)
{
    const struct fp_instrument_def *aiko = fp_rules_instrument("aiko");
    const struct fp_instrument_def *akke = fp_rules_instrument("Akke");
    const struct fp_instrument_def *eakr = fp_rules_instrument("EAKR");
    T_CHECK(aiko && akke && eakr && fp_rules_instrument("EARK") == NULL);
    T_CHECK(fp_rules_instrument(NULL) == NULL);
    if (!aiko || !akke || !eakr)
        return;
    T_CHECK(aiko->line == FP_SRC_AIKO && aiko->base == FP_BASE_TOTAL_COSTS);
    T_CHECK(aiko->rate[FP_PROG_2014_2020] == 7000 && !aiko->eu && aiko->last_year == 2019);
    T_CHECK(akke->line == FP_SRC_AKKE && akke->base == FP_BASE_TOTAL_COSTS && !akke->eu);
    T_CHECK(akke->rate[FP_PROG_2021_2027] == 8000 &&
            akke->investment_rate[FP_PROG_2021_2027] == 7000);
    T_CHECK(eakr->line == FP_SRC_EAKR && eakr->base == FP_BASE_NET_COSTS && eakr->eu);
    T_CHECK(eakr->rate[FP_PROG_2021_2027] == 8000 && eakr->rate[FP_PROG_2014_2020] == 7000);
}

static void
regions_read_in_three_languages_and_any_case(void)
{
    const char *canon = NULL;
    T_CHECK(fp_rules_region("Uusimaa", &canon) == 1 && canon && strcmp(canon, "Uusimaa") == 0);
    T_CHECK(fp_rules_region("Nyland", NULL) == 1);
    T_CHECK(fp_rules_region("uusimaa", NULL) == 1);
    T_CHECK(fp_rules_region("Södra Savolax", &canon) == 0 && strcmp(canon, "Etelä-Savo") == 0);
    T_CHECK(fp_rules_region("ETELÄ-SAVO", NULL) == 0);
    T_CHECK(fp_rules_region("Central Ostrobothnia", &canon) == 0 &&
            strcmp(canon, "Keski-Pohjanmaa") == 0);
    T_CHECK(fp_rules_region("Lapland", NULL) == 0);
    T_CHECK(fp_rules_region("Uusimaaa", NULL) == -1);
    T_CHECK(fp_rules_region("Ahvenanmaa", NULL) == -2); /* Åland: not in the mainland programme */
    T_CHECK(fp_rules_region(NULL, NULL) == -1);
}

static void
end_of_eligibility_is_the_last_day_not_the_day_after(void)
{
    static const char money14[] = "[costs]\nstaff = 10 000\nflat_rate = 24 %\n[financing]\n"
                                  "eakr = 8 680\nmunicipal = 3 720\n";
    static const char money21[] = "[costs]\nstaff = 10 000\n[financing]\neakr = 8 000\n"
                                  "municipal = 2 000\n";
    struct run *r = run(plan_text("EAKR", "", "1.1.2020", "31.12.2023", money14));
    T_CHECK(count(r, FP_F_ELIGIBILITY_END, FP_ERROR) == 0 && errors(r) == 0);
    done(r);
    r = run(plan_text("EAKR", "", "1.1.2020", "1.1.2024", money14));
    T_CHECK(count(r, FP_F_ELIGIBILITY_END, FP_ERROR) == 1);
    done(r);
    r = run(plan_text("EAKR", "region = Kainuu\n", "1.1.2028", "31.12.2029", money21));
    T_CHECK(count(r, FP_F_ELIGIBILITY_END, FP_ERROR) == 0 && errors(r) == 0);
    done(r);
    r = run(plan_text("EAKR", "region = Kainuu\n", "1.1.2028", "1.1.2030", money21));
    T_CHECK(count(r, FP_F_ELIGIBILITY_END, FP_ERROR) == 1);
    done(r);
    /* national money has no EU end date */
    r = run(plan_text("AKKE", "", "1.1.2029", "31.12.2031",
                      "[costs]\nstaff = 10 000\n[financing]\nakke = 8 000\nprivate = 2 000\n"));
    T_CHECK(count(r, FP_F_ELIGIBILITY_END, FP_ERROR) == 0 && errors(r) == 0);
    done(r);
}

static void
aiko_after_2019_is_a_warning_naming_akke(void)
{
    static const char money[] = "[costs]\nstaff = 10 000\n[financing]\naiko = 7 000\n"
                                "private = 3 000\n";
    struct run *r = run(plan_text("AIKO", "", "31.12.2019", "31.12.2019", money));
    T_CHECK(count(r, FP_F_INSTRUMENT_PERIOD, FP_WARNING) == 0);
    done(r);
    r = run(plan_text("AIKO", "", "1.1.2020", "31.12.2020", money));
    T_CHECK(count(r, FP_F_INSTRUMENT_PERIOD, FP_WARNING) == 1);
    T_CHECK(strstr(text(r, FP_F_INSTRUMENT_PERIOD), "AKKE") != NULL);
    T_CHECK(errors(r) == 0);
    done(r);
}

/* ==== The one cap figure ==== */

static void
aiko_cap_is_70_percent_of_total_costs_to_the_cent(void)
{
    /* 70 % x 78 958 = 55 270,60: at the cap is clean, one cent over is an error */
    struct run *r = run(plan_text("AIKO", "", "1.5.2017", "31.12.2017",
                                  "[costs]\ntotal = 78 958\n[financing]\naiko = 55 270,60\n"
                                  "private = 23 687,40\n"));
    T_CHECK(r->fig.max_support == 5527060 && errors(r) == 0);
    T_CHECK(r->fig.proposal == FP_PROPOSE_ASKED && r->fig.proposal_rate == 7000);
    done(r);
    r = run(plan_text("AIKO", "", "1.5.2017", "31.12.2017",
                      "[costs]\ntotal = 78 958\n[financing]\naiko = 55 270,61\n"
                      "private = 23 687,39\n"));
    T_CHECK(count(r, FP_F_SUPPORT_RATE, FP_ERROR) == 1);
    T_CHECK(strstr(text(r, FP_F_SUPPORT_RATE), "70.0001%") != NULL);
    T_CHECK(r->fig.proposal == FP_PROPOSE_CAPPED && r->fig.proposal_support == 5527060);
    done(r);
}

static void
eakr_cap_is_on_net_costs(void)
{
    /* 10 000 - income 4 000 = 6 000 net; 80 % = 4 800 (of total costs it would be 8 000) */
    static const char at[] = "[costs]\nstaff = 10 000\n[income]\nrevenue = 4 000\n[financing]\n"
                             "eakr = 4 800\nmunicipal = 1 200\n";
    static const char over[] = "[costs]\nstaff = 10 000\n[income]\nrevenue = 4 000\n[financing]\n"
                               "eakr = 4 800,01\nmunicipal = 1 199,99\n";
    struct run *r = run(plan_text("EAKR", "region = Lappi\n", "1.1.2024", "31.12.2024", at));
    T_CHECK(r->fig.support_base == 600000 && r->fig.max_support == 480000 && errors(r) == 0);
    done(r);
    r = run(plan_text("EAKR", "region = Lappi\n", "1.1.2024", "31.12.2024", over));
    T_CHECK(count(r, FP_F_SUPPORT_RATE, FP_ERROR) == 1);
    done(r);
}

static void
investments_in_a_development_project_have_their_own_cap(void)
{
    /* other 80 000 x 80 % = 64 000 + investment 40 000 x 70 % = 28 000 = 92 000 */
    static const char fmt[] = "[costs]\nstaff = 80 000\nequipment = 40 000\n[financing]\n"
                              "akke = %s\nprivate = %s\n";
    char money[256];
    struct run *r;
    snprintf(money, sizeof money, fmt, "92 000", "28 000");
    r = run(plan_text("AKKE", "", "1.1.2024", "31.12.2024", money));
    T_CHECK(r->fig.cap == FP_CAP_RATES && r->fig.investment_base == 4000000);
    T_CHECK(r->fig.max_support == 9200000 && errors(r) == 0);
    T_CHECK(r->fig.proposal_rate == 7667); /* 92 000 / 120 000 = 76,666.. % up */
    done(r);
    snprintf(money, sizeof money, fmt, "92 000,01", "27 999,99");
    r = run(plan_text("AKKE", "", "1.1.2024", "31.12.2024", money));
    T_CHECK(count(r, FP_F_SUPPORT_RATE, FP_ERROR) == 1);
    T_CHECK(strstr(text(r, FP_F_SUPPORT_RATE), "€92,000:") != NULL);
    done(r);
}

static void
an_investment_project_is_capped_at_the_investment_rate(void)
{
    static const char fmt[] = "[costs]\nconstruction = 100 000\n[financing]\nakke = %s\n"
                              "municipal = %s\n";
    char money[256];
    struct run *r;
    snprintf(money, sizeof money, fmt, "70 000", "30 000");
    r = run(plan_text("AKKE", "type = investment\n", "1.1.2024", "31.12.2024", money));
    T_CHECK(r->fig.instrument.max_rate == 7000 && r->fig.max_support == 7000000);
    T_CHECK(errors(r) == 0);
    done(r);
    snprintf(money, sizeof money, fmt, "70 000,01", "29 999,99");
    r = run(plan_text("AKKE", "type = investment\n", "1.1.2024", "31.12.2024", money));
    T_CHECK(count(r, FP_F_SUPPORT_RATE, FP_ERROR) == 1);
    T_CHECK(strstr(text(r, FP_F_SUPPORT_RATE), "at most 70%") != NULL);
    done(r);
}

static void
a_calls_lower_cap_also_caps_the_investment_part(void)
{
    /* the call's 60 % is below the default 70 % of investments: 60 % of everything */
    static const char *const rules[] = {"max_support_rate = 60 %", NULL};
    struct fp_call call;
    struct run *r;
    call_of(&call, rules);
    r = run_call(plan_text("AKKE", "", "1.1.2024", "31.12.2024",
                           "[costs]\nstaff = 80 000\nequipment = 40 000\n[financing]\n"
                           "akke = 72 000\nprivate = 48 000\n"),
                 &call);
    T_CHECK(r->fig.instrument.investment_rate == 6000 && r->fig.max_support == 7200000);
    T_CHECK(r->fig.cap == FP_CAP_RATE && errors(r) == 0);
    done(r);
}

static void
costs_the_40_percent_rate_covers_bear_no_support(void)
{
    /* staff 80 000 + 40 % = 112 000 eligible; covered 20 000 + 5 000 + 3 000 = 28 000:
       largest allowed 80 % x 112 000 = 89 600, not 80 % x 140 000 = 112 000 */
    struct run *r = run(plan_text("EAKR", "region = Etelä-Savo\n", "1.1.2024", "31.12.2025",
                                  "[costs]\nstaff = 80 000\nflat_rate = 40 %\n"
                                  "purchased_services = 20 000\nequipment = 5 000\n"
                                  "travel = 3 000\n[financing]\neakr = 112 000\n"
                                  "municipal = 28 000\n"));
    T_CHECK(count(r, FP_F_COST_MODEL, FP_ERROR) == 3);
    T_CHECK(r->fig.max_support == 8960000 && r->fig.investment_base == 0);
    T_CHECK(r->fig.support - r->fig.max_support == 2240000);
    T_CHECK(count(r, FP_F_SUPPORT_RATE, FP_ERROR) == 1);
    T_CHECK(r->fig.proposal == FP_PROPOSE_NONE);
    done(r);
}

static void
a_calls_euro_cap_as_the_only_error_is_proposed(void)
{
    static const char *const rules[] = {"max_support = 50 000", NULL};
    struct fp_call call;
    struct run *r;
    call_of(&call, rules);
    /* 80 % of 70 000 = 56 000 > 50 000; 50 000 / 70 000 = 71,428.. % up = 71,43 % */
    r = run_call(plan_text("AKKE", "", "1.9.2023", "31.12.2024",
                           "[costs]\nstaff = 70 000\n[financing]\nakke = 50 000,01\n"
                           "private = 19 999,99\n"),
                 &call);
    T_CHECK(r->fig.cap == FP_CAP_CALL && r->fig.max_support == 5000000);
    T_CHECK(count(r, FP_F_CALL_LIMIT, FP_ERROR) == 1);
    T_CHECK(r->fig.proposal == FP_PROPOSE_CAPPED && r->fig.proposal_support == 5000000);
    T_CHECK(r->fig.proposal_rate == 7143);
    done(r);
    r = run_call(plan_text("AKKE", "", "1.9.2023", "31.12.2024",
                           "[costs]\nstaff = 70 000\n[financing]\nakke = 50 000\n"
                           "private = 20 000\n"),
                 &call);
    T_CHECK(errors(r) == 0 && r->fig.proposal == FP_PROPOSE_ASKED);
    done(r);
}

static void
the_proposal_rate_never_falls_below_the_euros(void)
{
    /* 50 000 / 135 680 = 36,8514.. %: 36,85 % x 135 680 = 49 998,08 < 50 000, so 36,86 % */
    struct run *r = run(plan_text("AIKO", "", "1.5.2017", "31.12.2017",
                                  "[costs]\ntotal = 135 680\n[financing]\naiko = 50 000\n"
                                  "private = 85 680\n"));
    T_CHECK(r->fig.proposal == FP_PROPOSE_ASKED && r->fig.proposal_rate == 3686);
    done(r);
}

static void
a_plan_with_other_errors_gets_no_proposal(void)
{
    /* 307,99 % and a financing mismatch: no proposal at all */
    struct run *r = run(plan_text("AIKO", "", "1.5.2017", "31.12.2017",
                                  "[costs]\ntotal = 10 000\n[financing]\naiko = 30 799\n"));
    T_CHECK(fp_ratio_percent(r->fig.support_rate, 2) == 30799);
    T_CHECK(r->fig.proposal == FP_PROPOSE_NONE && r->fig.proposal_support == 0);
    done(r);
}

/* ==== 2. Cost models ==== */

static void
flat_rates_round_to_whole_euros_in_2014_2020_half_up(void)
{
    /* 24 % x 10 006,25 = 2 401,50 -> 2 402 (total 12 408,25, 70 % = 8 685,77);
       24 % x 10 006,00 = 2 401,44 -> 2 401 (total 12 407, 70 % = 8 684,90) */
    struct run *r = run(plan_text("EAKR", "", "1.1.2016", "31.12.2016",
                                  "[costs]\nstaff = 10 006,25\nflat_rate = 24 %\n[financing]\n"
                                  "eakr = 8 685,58\nmunicipal = 3 722,67\n"));
    T_CHECK(r->fig.cost[FP_COST_FLAT_RATE] == 240200 && errors(r) == 0);
    done(r);
    r = run(plan_text("EAKR", "", "1.1.2016", "31.12.2016",
                      "[costs]\nstaff = 10 006\nflat_rate = 24 %\n[financing]\n"
                      "eakr = 8 684\nmunicipal = 3 723\n"));
    T_CHECK(r->fig.cost[FP_COST_FLAT_RATE] == 240100 && errors(r) == 0);
    done(r);
    /* 2021-2027 keeps the cent: 40 % x 10 006,26 = 4 002,504 -> 4 002,50; total 14 008,76,
       80 % = 11 207,008 -> 11 207 */
    r = run(plan_text("AKKE", "", "1.1.2024", "31.12.2024",
                      "[costs]\nstaff = 10 006,26\nflat_rate = 40 %\n[financing]\n"
                      "akke = 11 207\nprivate = 2 801,76\n"));
    T_CHECK(r->fig.cost[FP_COST_FLAT_RATE] == 400250 && errors(r) == 0);
    done(r);
}

static void
the_rounding_rule_overrides_the_period(void)
{
    /* 2014-2020 with cent: 24 % x 12 345 = 2 962,80 */
    struct run *r = run(plan_text("EAKR", "", "1.1.2016", "31.12.2016",
                                  "[costs]\nstaff = 12 345\nflat_rate = 24 %\n[financing]\n"
                                  "eakr = 8 000\nmunicipal = 7 307,80\n"
                                  "[rules]\nflat_rate_rounding = cent\n"));
    T_CHECK(r->fig.cost[FP_COST_FLAT_RATE] == 296280 && errors(r) == 0);
    done(r);
    /* 2021-2027 with euro: 40 % x 12 345,67 = 4 938,27 -> 4 938 */
    r = run(
        plan_text("AKKE", "", "1.1.2024", "31.12.2024",
                  "[costs]\nstaff = 12 345,67\nflat_rate = 40 %\n[financing]\n"
                  "akke = 13 826,93\nprivate = 3 456,74\n[rules]\nflat_rate_rounding = euro\n"));
    T_CHECK(r->fig.cost[FP_COST_FLAT_RATE] == 493800 && errors(r) == 0);
    done(r);
}

static void
a_flat_rate_needs_a_base_and_one_rate_for_all_years(void)
{
    struct run *r = run(plan_text("AKKE", "", "1.1.2024", "31.12.2024",
                                  "[costs]\npurchased_services = 10 000\nflat_rate = 15 %\n"
                                  "[financing]\nakke = 8 000\nprivate = 2 000\n"));
    T_CHECK(count(r, FP_F_FLAT_RATE, FP_ERROR) == 1);
    done(r);
    r = run(plan_text("AKKE", "", "1.1.2024", "31.12.2025",
                      "[costs.2024]\nstaff = 10 000\nflat_rate = 40 %\n[costs.2025]\n"
                      "staff = 10 000\nflat_rate = 40 %\n[financing]\nakke = 22 400\n"
                      "private = 5 600\n"));
    T_CHECK(errors(r) == 0 && r->fig.flat_rate == 4000);
    done(r);
    r = run(plan_text("AKKE", "", "1.1.2024", "31.12.2025",
                      "[costs.2024]\nstaff = 10 000\nflat_rate = 40 %\n[costs.2025]\n"
                      "staff = 10 000\nflat_rate = 15 %\n[financing]\nakke = 20 400\n"
                      "private = 5 100\n"));
    T_CHECK(count(r, FP_F_COST_MODEL, FP_ERROR) == 1 && r->fig.flat_rate == -1);
    done(r);
}

static void
the_40_percent_rate_is_2021_2027s_and_covers_other_lines(void)
{
    struct run *r = run(plan_text("EAKR", "", "1.1.2016", "31.12.2016",
                                  "[costs]\nstaff = 10 000\nflat_rate = 40 %\n[financing]\n"
                                  "eakr = 9 800\nmunicipal = 4 200\n"));
    T_CHECK(count(r, FP_F_FLAT_RATE, FP_ERROR) == 1);
    done(r);
    r = run(plan_text("AKKE", "", "1.1.2024", "31.12.2024",
                      "[costs]\nstaff = 10 000\nflat_rate = 40 %\nother = 1\n[financing]\n"
                      "akke = 11 200\nprivate = 2 801\n"));
    T_CHECK(count(r, FP_F_COST_MODEL, FP_ERROR) == 1);
    done(r);
}

static void
other_rates_are_warnings_by_period(void)
{
    static const char fmt[] = "[costs]\nstaff = 10 000\nflat_rate = %s\n[financing]\n"
                              "eakr = %s\nmunicipal = %s\n";
    char money[256];
    struct run *r;
    /* 24 %, 15 %: clean in 2014-2020; 17 % (ESF) and 30 % warnings */
    snprintf(money, sizeof money, fmt, "15 %", "8 050", "3 450");
    r = run(plan_text("EAKR", "", "1.1.2016", "31.12.2016", money));
    T_CHECK(count(r, FP_F_FLAT_RATE, FP_WARNING) == 0 && errors(r) == 0);
    done(r);
    snprintf(money, sizeof money, fmt, "17 %", "8 190", "3 510");
    r = run(plan_text("EAKR", "", "1.1.2016", "31.12.2016", money));
    T_CHECK(count(r, FP_F_FLAT_RATE, FP_WARNING) == 1 && errors(r) == 0);
    done(r);
    /* 7 % of staff in 2021-2027: the period's 7 % is of direct costs */
    snprintf(money, sizeof money, fmt, "7 %", "8 560", "2 140");
    r = run(plan_text("EAKR", "region = Lappi\n", "1.1.2024", "31.12.2024", money));
    T_CHECK(count(r, FP_F_FLAT_RATE, FP_WARNING) == 1);
    {
        char *note = r->diags.count ? fp_diag_note_text(&r->diags.list[0], FP_LANG_EN) : NULL;
        T_CHECK(note && strstr(note, "flat_rate_base = direct") != NULL);
        free(note);
    }
    done(r);
}

static void
a_lump_sum_stands_alone_up_to_200000(void)
{
    static const char fmt[] = "[costs]\nlump_sum = %s\n%s[financing]\nakke = %s\nprivate = %s\n";
    char money[256];
    struct run *r;
    snprintf(money, sizeof money, fmt, "200 000", "", "160 000", "40 000");
    r = run(plan_text("AKKE", "", "1.1.2024", "31.12.2024", money));
    T_CHECK(r->fig.cost_model == FP_MODEL_LUMP_SUM && errors(r) == 0);
    done(r);
    snprintf(money, sizeof money, fmt, "200 000,01", "", "160 000", "40 000,01");
    r = run(plan_text("AKKE", "", "1.1.2024", "31.12.2024", money));
    T_CHECK(count(r, FP_F_LUMP_SUM_LIMIT, FP_ERROR) == 1);
    done(r);
    snprintf(money, sizeof money, fmt, "50 000", "staff = 30 000\n", "64 000", "16 000");
    r = run(plan_text("AKKE", "", "1.1.2024", "31.12.2024", money));
    T_CHECK(count(r, FP_F_COST_MODEL, FP_ERROR) == 1);
    done(r);
}

static void
in_kind_work_is_matched_and_bounds_public_money(void)
{
    /* 10 000 + in-kind 2 000: public at most 10 000; 80 % x 12 000 = 9 600 is below it */
    struct run *r = run(plan_text("AKKE", "", "1.1.2024", "31.12.2024",
                                  "[costs]\nstaff = 10 000\nin_kind = 2 000\n[financing]\n"
                                  "akke = 9 600\nmunicipal = 400\nin_kind = 2 000\n"));
    T_CHECK(errors(r) == 0 && r->fig.max_support == 960000);
    done(r);
    /* public exactly total - in-kind: 9 000 + 1 000 = 10 000 = 12 000 - 2 000 */
    r = run(plan_text("AKKE", "", "1.1.2024", "31.12.2024",
                      "[costs]\nstaff = 10 000\nin_kind = 2 000\n[financing]\n"
                      "akke = 9 000\nmunicipal = 1 000\nin_kind = 2 000\n"));
    T_CHECK(count(r, FP_F_IN_KIND, FP_ERROR) == 0 && errors(r) == 0);
    done(r);
    /* one cent more public money (and a cent less in-kind financing) */
    r = run(plan_text("AKKE", "", "1.1.2024", "31.12.2024",
                      "[costs]\nstaff = 10 000\nin_kind = 2 000\n[financing]\n"
                      "akke = 9 000\nmunicipal = 1 000,01\nin_kind = 1 999,99\n"));
    T_CHECK(count(r, FP_F_IN_KIND, FP_ERROR) == 2 && r->fig.cap == FP_CAP_IN_KIND);
    T_CHECK(r->fig.max_support == 899999); /* 12 000 - 2 000 - 1 000,01 */
    done(r);
}

static void
the_cost_model_stated_must_be_followed(void)
{
    struct run *r = run(plan_text("AKKE", "", "1.1.2024", "31.12.2024",
                                  "[costs]\ncost_model = lump_sum\nstaff = 10 000\n[financing]\n"
                                  "akke = 8 000\nprivate = 2 000\n"));
    T_CHECK(count(r, FP_F_COST_MODEL, FP_ERROR) == 1 && r->fig.cost_model == FP_MODEL_LUMP_SUM);
    done(r);
    r = run(plan_text("AKKE", "", "1.1.2024", "31.12.2025",
                      "[costs.2024]\ncost_model = actual\nstaff = 10 000\n[costs.2025]\n"
                      "cost_model = actual\nstaff = 10 000\n[financing]\nakke = 16 000\n"
                      "private = 4 000\n"));
    T_CHECK(errors(r) == 0 && r->fig.cost_model == FP_MODEL_ACTUAL);
    done(r);
}

/* ==== 3. Support lines, yearly balance ==== */

static void
support_belongs_on_the_instruments_own_line(void)
{
    struct run *r = run(plan_text("EAKR", "region = Lappi\n", "1.1.2024", "31.12.2024",
                                  "[costs]\nstaff = 10 000\n[financing]\naiko = 8 000\n"
                                  "municipal = 2 000\n"));
    T_CHECK(count(r, FP_F_NO_SUPPORT, FP_ERROR) == 1);
    T_CHECK(count(r, FP_F_SOURCE_MISMATCH, FP_ERROR) == 1);
    T_CHECK(count(r, FP_F_EU_SHARE, FP_ERROR) == 0 && r->fig.eu == 0 && r->fig.state == 0);
    T_CHECK(r->fig.proposal == FP_PROPOSE_NONE);
    done(r);
}

static void
each_years_financing_covers_that_year(void)
{
    static const char money[] = "[costs.2024]\nstaff = 10 000\n[costs.2025]\nstaff = 10 000\n"
                                "[financing.2024]\nakke = 16 000\nprivate = 4 000\n";
    char ini[4096];
    struct run *r = run(plan_text("AKKE", "", "1.1.2024", "31.12.2025", money));
    T_CHECK(count(r, FP_F_YEARLY_BALANCE, FP_WARNING) == 2 && errors(r) == 0);
    T_CHECK(r->fig.nyears == 2 && r->fig.years[0].balance == 1000000 &&
            r->fig.years[1].balance == -1000000);
    done(r);
    snprintf(ini, sizeof ini, "%s[rules]\nyearly_balance = error\n",
             plan_text("AKKE", "", "1.1.2024", "31.12.2025", money));
    r = run(ini);
    T_CHECK(count(r, FP_F_YEARLY_BALANCE, FP_ERROR) == 2);
    done(r);
}

/* ==== 4. Calls ==== */

static void
a_plan_may_tighten_its_call_but_never_loosen_it(void)
{
    static const char *const rules[] = {
        "max_support = 50 000",    "min_own_share = 20 %",  "cost_models = actual, flat_rate",
        "eu_share_base = support", "start_from = 1.8.2023", NULL};
    static const char money[] = "[costs]\nstaff = 10 000\n[financing]\nakke = 8 000\n"
                                "private = 2 000\n";
    char ini[4096];
    struct fp_call call;
    struct run *r;
    call_of(&call, rules);
    /* stricter or equal on every direction: in force, no finding */
    snprintf(ini, sizeof ini,
             "%s[rules]\nmax_support = 40 000\nmin_own_share = 20 %%\ncost_models = actual\n"
             "eu_share_base = support\nstart_from = 1.9.2023\n",
             plan_text("AKKE", "", "1.9.2023", "31.12.2024", money));
    r = run_call(ini, &call);
    T_CHECK(count(r, FP_F_RULES_LOOSENED, FP_ERROR) == 0 && errors(r) == 0);
    T_CHECK(r->fig.instrument.max_support == 4000000);
    T_CHECK(r->fig.instrument.origin[FP_RULE_MAX_SUPPORT] == FP_FROM_PLAN);
    T_CHECK(r->fig.instrument.origin[FP_RULE_MIN_OWN_SHARE] == FP_FROM_PLAN);
    done(r);
    /* looser on every direction: one error each, the call's value stays */
    snprintf(ini, sizeof ini,
             "%s[rules]\nmax_support = 50 000,01\nmin_own_share = 19,99 %%\n"
             "cost_models = actual, lump_sum\neu_share_base = public\nstart_from = 31.7.2023\n",
             plan_text("AKKE", "", "1.9.2023", "31.12.2024", money));
    r = run_call(ini, &call);
    T_CHECK(count(r, FP_F_RULES_LOOSENED, FP_ERROR) == 5);
    T_CHECK(r->fig.instrument.max_support == 5000000);
    T_CHECK(r->fig.instrument.origin[FP_RULE_MAX_SUPPORT] == FP_FROM_CALL);
    T_CHECK(r->fig.instrument.min_own == 2000);
    done(r);
}

static void
a_calls_limits_hold_at_their_edges(void)
{
    static const char *const rules[] = {"min_support = 8 000",   "max_total_costs = 10 000",
                                        "start_from = 1.8.2023", "end_by = 31.12.2024",
                                        "max_months = 17",       NULL};
    struct fp_call call;
    struct run *r;
    call_of(&call, rules);
    /* at every edge: support 8 000, costs 10 000, 1.8.2023-31.12.2024 = 17 months */
    r = run_call(plan_text("AKKE", "", "1.8.2023", "31.12.2024",
                           "[costs]\nstaff = 10 000\n[financing]\nakke = 8 000\nprivate = 2 000\n"),
                 &call);
    T_CHECK(r->fig.months == 17 && errors(r) == 0);
    done(r);
    /* a cent or a day past each: support 7 999,99, costs 10 000,01, 31.7.2023-1.1.2025 */
    r = run_call(plan_text("AKKE", "", "31.7.2023", "1.1.2025",
                           "[costs]\nstaff = 10 000,01\n[financing]\nakke = 7 999,99\n"
                           "private = 2 000,02\n"),
                 &call);
    T_CHECK(count(r, FP_F_CALL_LIMIT, FP_ERROR) == 5);
    done(r);
}

static void
max_months_counts_to_the_day(void)
{
    /* 18 months from 1.7.2023 end on 31.12.2024; 1.1.2025 and 14.1.2025 are later, though
       both round to 18 months; 15.1.2025 rounds to 19. From 31.1.2024 one month ends on
       28.2.2024 (31.1 + 1 month is 29.2, the month's last day, less a day). */
    static const char *const eighteen[] = {"max_months = 18", NULL};
    static const char *const one[] = {"max_months = 1", NULL};
    static const char money[] = "[costs]\nstaff = 10 000\n[financing]\nakke = 8 000\n"
                                "private = 2 000\n";
    static const struct {
        const char *start, *end;
        const char *const *rules;
        int months;
        size_t errors;
    } cases[] = {
        {"1.7.2023", "31.12.2024", eighteen, 18, 0}, {"1.7.2023", "1.1.2025", eighteen, 18, 1},
        {"1.7.2023", "14.1.2025", eighteen, 18, 1},  {"1.7.2023", "15.1.2025", eighteen, 19, 1},
        {"31.1.2024", "28.2.2024", one, 1, 0},       {"31.1.2024", "29.2.2024", one, 1, 1},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        struct fp_call call;
        struct run *r;
        call_of(&call, cases[i].rules);
        r = run_call(plan_text("AKKE", "", cases[i].start, cases[i].end, money), &call);
        T_CHECK(r->fig.months == cases[i].months);
        T_CHECK(count(r, FP_F_CALL_LIMIT, FP_ERROR) == cases[i].errors);
        done(r);
    }
}

static void
shares_are_of_financing_or_of_total_costs(void)
{
    /* total 14 000, income 1 000, financing 13 000; own 2 600 = 20 % of financing,
       18,57 % of total costs; municipal 1 300 = 10 % of financing, 9,29 % of costs */
    static const char *const fin[] = {"min_own_share = 20 %", "min_municipal_share = 10 %",
                                      "share_base = financing", NULL};
    static const char *const tot[] = {"min_own_share = 20 %", "min_municipal_share = 10 %",
                                      "share_base = total_costs", NULL};
    static const char money[] = "[costs]\nstaff = 14 000\n[income]\nrevenue = 1 000\n"
                                "[financing]\nakke = 10 400\nmunicipal = 1 300\nprivate = 1 300\n";
    struct fp_call call;
    struct run *r;
    call_of(&call, fin);
    r = run_call(plan_text("AKKE", "", "1.1.2024", "31.12.2024", money), &call);
    T_CHECK(errors(r) == 0);
    done(r);
    call_of(&call, tot);
    r = run_call(plan_text("AKKE", "", "1.1.2024", "31.12.2024", money), &call);
    T_CHECK(count(r, FP_F_OWN_SHARE, FP_ERROR) == 1);
    T_CHECK(count(r, FP_F_MUNICIPAL_SHARE, FP_ERROR) == 1);
    T_CHECK(strstr(text(r, FP_F_MUNICIPAL_SHARE), "9.29%") != NULL);
    done(r);
}

static void
rule_values_parse_by_their_kind(void)
{
    struct fp_rule_value v;
    enum fp_msg why;
    const char *near;
    T_CHECK(fp_rules_parse(FP_RULE_MAX_SUPPORT_RATE, "70 %", &v, &why, &near) == 0 && v.v == 7000);
    T_CHECK(fp_rules_parse(FP_RULE_MAX_SUPPORT_RATE, "101 %", &v, &why, &near) != 0);
    T_CHECK(fp_rules_parse(FP_RULE_MAX_SUPPORT, "50 000", &v, &why, &near) == 0 && v.v == 5000000);
    T_CHECK(fp_rules_parse(FP_RULE_SHARE_BASE, "total_costs", &v, &why, &near) == 0 && v.v == 1);
    T_CHECK(fp_rules_parse(FP_RULE_SHARE_BASE, "total_cost", &v, &why, &near) != 0 && near &&
            strcmp(near, "total_costs") == 0);
    T_CHECK(fp_rules_parse(FP_RULE_COST_MODELS, "actual, lump_sum", &v, &why, &near) == 0 &&
            v.v == ((1 << FP_MODEL_ACTUAL) | (1 << FP_MODEL_LUMP_SUM)));
    T_CHECK(fp_rules_parse(FP_RULE_COST_MODELS, "actual,,lump_sum", &v, &why, &near) != 0);
    T_CHECK(fp_rules_parse(FP_RULE_START_FROM, "1.8.2023", &v, &why, &near) == 0 &&
            v.date.year == 2023 && v.date.month == 8);
    T_CHECK(fp_rules_parse(FP_RULE_START_FROM, "1.8.23", &v, &why, &near) != 0);
    T_CHECK(fp_rules_parse(FP_RULE_MAX_MONTHS, "1", &v, &why, &near) == 0 && v.v == 1);
    T_CHECK(fp_rules_parse(FP_RULE_MAX_MONTHS, "240", &v, &why, &near) == 0);
    T_CHECK(fp_rules_parse(FP_RULE_MAX_MONTHS, "0", &v, &why, &near) != 0);
    T_CHECK(fp_rules_parse(FP_RULE_MAX_MONTHS, "241", &v, &why, &near) != 0);
    T_CHECK(fp_rules_parse(FP_RULE_MAX_MONTHS, "18 kk", &v, &why, &near) != 0);
}

static void
every_rule_has_a_key_kind_and_direction(void)
{
    for (int r = 0; r < FP_RULE_COUNT; r++) {
        const char *name = fp_schema_rule_name((enum fp_rule)r);
        T_CHECK(name != NULL && *name != '\0');
        T_CHECK(fp_rule_defs[r].kind != FP_RK_CHOICE || fp_rule_defs[r].choices != NULL);
    }
    T_CHECK(fp_rule_defs[FP_RULE_MAX_SUPPORT].dir == FP_DIR_AT_MOST);
    T_CHECK(fp_rule_defs[FP_RULE_MIN_SUPPORT].dir == FP_DIR_AT_LEAST);
    T_CHECK(fp_rule_defs[FP_RULE_COST_MODELS].dir == FP_DIR_SUBSET);
    T_CHECK(fp_rule_defs[FP_RULE_EU_SHARE].dir == FP_DIR_SAME);
}

/* ==== 5. Dates ==== */

static void
years_have_four_digits_between_2000_and_2099(void)
{
    struct fp_date d;
    enum fp_msg why;
    char fix[32];
    T_CHECK(fp_date_parse("1.1.2000", &d, &why) == 0 && d.year == 2000);
    T_CHECK(fp_date_parse("2099-12-31", &d, &why) == 0 && d.year == 2099 && d.day == 31);
    T_CHECK(fp_date_parse("31.12.1999", &d, &why) != 0 && why == FP_M_WHY_DATE_YEAR_RANGE);
    T_CHECK(fp_date_parse("2100-01-01", &d, &why) != 0 && why == FP_M_WHY_DATE_YEAR_RANGE);
    T_CHECK(fp_date_parse("1.5.25", &d, &why) != 0 && why == FP_M_WHY_DATE_YEAR_DIGITS);
    T_CHECK(fp_date_fix_year("1.5.25", fix, sizeof fix) == 0);
    T_STREQ(fix, "1.5.2025");
    T_CHECK(fp_date_parse("25-05-01", &d, &why) != 0 && why == FP_M_WHY_DATE_YEAR_DIGITS);
}

/* ==== 6. EU and state parts ==== */

static void
eu_part_is_the_regions_rate_of_public_money_half_up(void)
{
    static const char money[] = "[costs]\nstaff = 10 000,05\n[financing]\neakr = 8 000,04\n"
                                "municipal = 2 000,01\n";
    struct run *r;
    /* public 10 000,05: 60 % = 6 000,03; 40 % = 4 000,02 */
    r = run(plan_text("EAKR", "region = Lappi\n", "1.1.2024", "31.12.2024", money));
    T_CHECK(r->fig.eu == 600003 && r->fig.state == 200001 && r->fig.has_eu_split);
    done(r);
    r = run(plan_text("EAKR", "region = Uusimaa\n", "1.1.2024", "31.12.2024", money));
    T_CHECK(r->fig.eu == 400002 && r->fig.state == 400002);
    done(r);
    /* 2014-2020, 50 % of 12 400,01 = 6 200,005 -> 6 200,01 (half-up) */
    r = run(plan_text("EAKR", "", "1.1.2016", "31.12.2016",
                      "[costs]\nstaff = 12 400,01\n[financing]\neakr = 8 680\n"
                      "municipal = 3 720,01\n"));
    T_CHECK(r->fig.eu == 620001 && r->fig.state == 247999);
    done(r);
}

static void
eu_share_rules_override_the_region(void)
{
    static const char money[] = "[costs]\nstaff = 10 000\n[financing]\neakr = 8 000\n"
                                "municipal = 2 000\n";
    char ini[4096];
    struct run *r;
    snprintf(ini, sizeof ini, "%s[rules]\neu_share = 50 %%\n",
             plan_text("EAKR", "region = Uusimaa\n", "1.1.2024", "31.12.2024", money));
    r = run(ini);
    T_CHECK(r->fig.instrument.eu_share == 5000 && r->fig.eu == 500000);
    done(r);
    snprintf(ini, sizeof ini, "%s[rules]\neu_share_base = support\n",
             plan_text("EAKR", "region = Uusimaa\n", "1.1.2024", "31.12.2024", money));
    r = run(ini);
    T_CHECK(r->fig.eu == 320000 && r->fig.state == 480000);
    done(r);
    /* 90 % of 10 000 public = 9 000 > 8 000: the state part would be -1 000 */
    snprintf(ini, sizeof ini, "%s[rules]\neu_share = 90 %%\n",
             plan_text("EAKR", "region = Lappi\n", "1.1.2024", "31.12.2024", money));
    r = run(ini);
    T_CHECK(r->fig.state == -100000 && count(r, FP_F_EU_SHARE, FP_ERROR) == 1);
    done(r);
}

static void
a_missing_or_unknown_region_is_a_warning_with_60_percent(void)
{
    static const char money[] = "[costs]\nstaff = 10 000\n[financing]\neakr = 8 000\n"
                                "municipal = 2 000\n";
    struct run *r = run(plan_text("EAKR", "", "1.1.2024", "31.12.2024", money));
    T_CHECK(count(r, FP_F_REGION, FP_WARNING) == 1 && r->fig.instrument.eu_share == 6000);
    done(r);
    r = run(plan_text("EAKR", "region = Nylandia\n", "1.1.2024", "31.12.2024", money));
    T_CHECK(count(r, FP_F_REGION, FP_WARNING) == 1 && r->fig.instrument.eu_share == 6000);
    done(r);
    /* 2014-2020 has one rate: no region needed */
    r = run(plan_text("EAKR", "", "1.1.2016", "31.12.2016", money));
    T_CHECK(count(r, FP_F_REGION, FP_WARNING) == 0 && r->fig.instrument.eu_share == 5000);
    done(r);
}

int
main(void)
{
    static const struct t_case cases[] = {
        T_CASE(the_period_follows_the_start_date_at_its_edges),
        T_CASE(periods_hold_their_end_of_eligibility_rounding_and_eu_rates),
        T_CASE(instruments_are_one_table_matched_without_case),
        T_CASE(regions_read_in_three_languages_and_any_case),
        T_CASE(end_of_eligibility_is_the_last_day_not_the_day_after),
        T_CASE(aiko_after_2019_is_a_warning_naming_akke),
        T_CASE(aiko_cap_is_70_percent_of_total_costs_to_the_cent),
        T_CASE(eakr_cap_is_on_net_costs),
        T_CASE(investments_in_a_development_project_have_their_own_cap),
        T_CASE(an_investment_project_is_capped_at_the_investment_rate),
        T_CASE(a_calls_lower_cap_also_caps_the_investment_part),
        T_CASE(costs_the_40_percent_rate_covers_bear_no_support),
        T_CASE(a_calls_euro_cap_as_the_only_error_is_proposed),
        T_CASE(the_proposal_rate_never_falls_below_the_euros),
        T_CASE(a_plan_with_other_errors_gets_no_proposal),
        T_CASE(flat_rates_round_to_whole_euros_in_2014_2020_half_up),
        T_CASE(the_rounding_rule_overrides_the_period),
        T_CASE(a_flat_rate_needs_a_base_and_one_rate_for_all_years),
        T_CASE(the_40_percent_rate_is_2021_2027s_and_covers_other_lines),
        T_CASE(other_rates_are_warnings_by_period),
        T_CASE(a_lump_sum_stands_alone_up_to_200000),
        T_CASE(in_kind_work_is_matched_and_bounds_public_money),
        T_CASE(the_cost_model_stated_must_be_followed),
        T_CASE(support_belongs_on_the_instruments_own_line),
        T_CASE(each_years_financing_covers_that_year),
        T_CASE(a_plan_may_tighten_its_call_but_never_loosen_it),
        T_CASE(a_calls_limits_hold_at_their_edges),
        T_CASE(max_months_counts_to_the_day),
        T_CASE(shares_are_of_financing_or_of_total_costs),
        T_CASE(rule_values_parse_by_their_kind),
        T_CASE(every_rule_has_a_key_kind_and_direction),
        T_CASE(years_have_four_digits_between_2000_and_2099),
        T_CASE(eu_part_is_the_regions_rate_of_public_money_half_up),
        T_CASE(eu_share_rules_override_the_region),
        T_CASE(a_missing_or_unknown_region_is_a_warning_with_60_percent),
    };
    return t_main(cases, sizeof cases / sizeof cases[0]);
}
