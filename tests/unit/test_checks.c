/*
 * test_checks.c - the reader and the calculator on plans held in memory: exact figures, and one
 * test per finding code with the line it must name.
 * SPDX-License-Identifier: MIT
 */
#include "checks.h"

#include <stdlib.h>

#include "t.h"
#include "t_plan.h"

/* Lines 1-7; a test's own lines start at 8. */
#define PROJECT                                                                                    \
    "[project]\n"                                                                                  \
    "name = Testi\n"                                                                               \
    "applicant = Hakija Oy\n"                                                                      \
    "funder = Etelä-Savon maakuntaliitto\n"                                                       \
    "instrument = AIKO\n"                                                                          \
    "start = 2017-05-01\n"                                                                         \
    "end = 2017-12-31\n"

/* A balanced AIKO plan: 10 000 staff + 24 % flat rate = 12 400, 70 % support = 8 680. */
#define MONEY                                                                                      \
    "[costs]\n"                                                                                    \
    "staff = 10 000\n"                                                                             \
    "flat_rate = 24 %\n"                                                                           \
    "[financing]\n"                                                                                \
    "aiko = 8 680\n"                                                                               \
    "private = 3 720\n"

/* The English preparer's text of the i-th finding (owned by the test: a static buffer). */
static const char *
text_of(const struct run *r, size_t i)
{
    static char buf[1024];
    char *t = fp_diag_text(&r->diags.list[i], FP_LANG_EN, FP_VOICE_PREPARER);
    snprintf(buf, sizeof buf, "%s", t);
    free(t);
    return buf;
}

/* Whether a finding with that code (and line, unless 0) was reported. */
static int
found(const struct run *r, enum fp_code code, int line)
{
    for (size_t i = 0; i < r->diags.count; i++)
        if (r->diags.list[i].code == code && (line == 0 || r->diags.list[i].line == line))
            return 1;
    return 0;
}

static void
dump(const struct run *r)
{
    fp_diag_print(&r->diags, stderr, FP_LANG_EN);
}

/* Runs ini and checks that code is reported on line and nothing is an error but expected. */
static void
expect(const char *ini, enum fp_code code, int line)
{
    struct run *r = run(ini);
    int ok = found(r, code, line);
    if (!ok)
        dump(r);
    T_CHECK(ok);
    done(r);
}

static void
a_balanced_plan_has_no_findings_and_exact_figures(void)
{
    struct run *r = run(PROJECT MONEY);
    T_CHECK(r->diags.count == 0);
    if (r->diags.count)
        dump(r);
    T_CHECK(r->fig.cost[FP_COST_STAFF] == 1000000);
    T_CHECK(r->fig.cost[FP_COST_FLAT_RATE] == 240000);
    T_CHECK(r->fig.total_costs == 1240000);
    T_CHECK(r->fig.net_costs == 1240000);
    T_CHECK(r->fig.total_financing == 1240000);
    T_CHECK(r->fig.support == 868000);
    T_CHECK(r->fig.max_support == 868000);
    T_CHECK(fp_ratio_percent(r->fig.support_rate, 2) == 7000);
    T_CHECK(fp_ratio_percent(r->fig.share[FP_SRC_PRIVATE], 2) == 3000);
    T_CHECK(r->fig.flat_rate == 2400);
    T_CHECK(r->fig.any_cents == 0);
    done(r);
}

static void
mikkeli_net_costs_one_euro_short_are_caught_on_their_line(void)
{
    struct run *r = run(PROJECT "[costs]\ntotal = 78 958\n[financing]\naiko = 55 270\n"
                                "municipal = 8 164\nprivate = 15 524\n[declared]\n"
                                "total_costs = 78 958\nnet_costs = 78 957\nsupport_rate = 70 %\n");
    T_CHECK(found(r, FP_F_DECLARED_MISMATCH, 16));
    T_CHECK(!found(r, FP_F_DECLARED_MISMATCH, 15));
    T_CHECK(!found(r, FP_F_DECLARED_MISMATCH, 17));
    T_CHECK(fp_diag_count(&r->diags, FP_ERROR) == 0);
    T_CHECK(r->fig.max_support == 5527060); /* 70 % of 78 958 €, to the cent */
    done(r);
}

static void
declared_whole_euros_match_cents_rounded_half_up(void)
{
    struct run *r = run(PROJECT "[costs]\ntotal = 135 679,60\n[financing]\naiko = 94 975,72\n"
                                "private = 40 703,88\n[declared]\ntotal_costs = 135 680\n"
                                "net_costs = 135 679,6\n");
    T_CHECK(!found(r, FP_F_DECLARED_MISMATCH, 0));
    T_CHECK(r->fig.any_cents == 1);
    done(r);
}

static void
years_sum_per_kind_and_by_year(void)
{
    struct run *r = run(PROJECT "[costs.2017]\nstaff = 1 000,50\nflat_rate = 24 %\n"
                                "[financing.2017]\naiko = 800\nprivate = 440,62\n"
                                "[rules]\nflat_rate_rounding = cent\n");
    T_CHECK(r->fig.cost[FP_COST_FLAT_RATE] == 24012); /* 240,12 */
    T_CHECK(r->fig.total_costs == 124062);
    T_CHECK(r->fig.nyears == 1 && r->fig.years[0].year == 2017);
    T_CHECK(r->fig.years[0].total_financing == 124062);
    T_CHECK(r->fig.years[0].has_net && r->fig.years[0].net_costs == 124062);
    T_CHECK(r->fig.balance == 0);
    done(r);
}

static void
financing_mismatch_says_by_how_much_and_which_way(void)
{
    struct run *r = run(PROJECT "[costs]\nstaff = 10 000\n[financing]\naiko = 7 000\n"
                                "private = 3 001\n");
    T_CHECK(found(r, FP_F_FINANCING_MISMATCH, 10));
    T_CHECK(r->diags.count > 0 && strstr(text_of(r, 0), "too much") != NULL);
    T_CHECK(r->fig.balance == 100);
    done(r);
}

static void
support_above_the_cap_names_the_largest_allowed(void)
{
    struct run *r = run(PROJECT "[costs]\nstaff = 10 000\n[financing]\naiko = 7 001\n"
                                "private = 2 999\n");
    T_CHECK(found(r, FP_F_SUPPORT_RATE, 11));
    T_CHECK(r->diags.count > 0 && strstr(text_of(r, 0), "€7,000") != NULL);
    done(r);
}

static void
eakr_rate_is_on_net_costs(void)
{
    struct run *r =
        run("[project]\nname = X\napplicant = A\nfunder = F\ninstrument = EAKR\n"
            "start = 2024-01-01\nend = 2024-12-31\n[costs]\nstaff = 10 000\n"
            "[income]\nrevenue = 1 000\n[financing]\neakr = 7 200\nmunicipal = 1 800\n");
    T_CHECK(fp_diag_count(&r->diags, FP_ERROR) == 0);
    T_CHECK(r->fig.support_base == 900000);
    T_CHECK(fp_ratio_percent(r->fig.support_rate, 2) == 8000);
    done(r);
}

static void
rules_override_the_instrument(void)
{
    struct run *r =
        run(PROJECT MONEY "[rules]\nmax_support_rate = 50 %\nmin_municipal_share = 5 %\n");
    T_CHECK(found(r, FP_F_SUPPORT_RATE, 12));
    T_CHECK(found(r, FP_F_MUNICIPAL_SHARE, 0));
    done(r);
}

static void
each_required_key_missing_is_an_error(void)
{
    static const char *const keys[] = {"name", "applicant", "funder", "instrument", "start", "end"};
    for (size_t k = 0; k < sizeof keys / sizeof keys[0]; k++) {
        char ini[1024] = "";
        const char *p = PROJECT;
        /* copy PROJECT without the line of keys[k] */
        while (*p) {
            const char *nl = strchr(p, '\n');
            size_t n = (size_t)(nl - p) + 1;
            if (strncmp(p, keys[k], strlen(keys[k])) != 0 || p[strlen(keys[k])] != ' ')
                strncat(ini, p, n);
            p += n;
        }
        strcat(ini, MONEY);
        struct run *r = run(ini);
        T_CHECK(found(r, FP_F_MISSING_KEY, 1));
        done(r);
    }
}

static void
every_finding_code_is_reported_on_its_line(void)
{
    expect(PROJECT MONEY "[costs]\n", FP_F_DUPLICATE_SECTION, 14);
    expect(PROJECT "bad line\n" MONEY, FP_F_SYNTAX, 8);
    expect(PROJECT "[project:name]\n" MONEY, FP_F_BAD_NAME, 8);
    expect(PROJECT "[costs]\nstaff = 1e5\n[financing]\naiko = 1\n", FP_F_BAD_AMOUNT, 9);
    expect(PROJECT "[costs]\nstaff = 1\nflat_rate = 101 %\n[financing]\naiko = 1\n",
           FP_F_BAD_PERCENT, 10);
    expect("[project]\nname = X\napplicant = A\nfunder = F\ninstrument = AIKO\n"
           "start = 31.2.2024\nend = 2024-12-31\n" MONEY,
           FP_F_BAD_DATE, 6);
    expect(PROJECT "language = de\n" MONEY, FP_F_BAD_VALUE, 8);
    expect(PROJECT "[description]\ngoals_file = ../x.txt\n" MONEY, FP_F_BAD_FILE, 9);
    expect("[project]\nname = X\napplicant = A\nfunder = F\ninstrument = AIKO\n"
           "start = 2017-05-01\nend = 2016-12-31\n" MONEY,
           FP_F_PERIOD_REVERSED, 7);
    expect(PROJECT "[costs.2019]\nstaff = 1\n[financing]\naiko = 1\n", FP_F_YEAR_OUTSIDE, 8);
    expect(PROJECT "[costs]\nstaff = 1\ntotal = 5\n[financing]\naiko = 1\n", FP_F_TOTAL_WITH_LINES,
           10);
    expect(PROJECT "[costs]\nstaff = 1\n[costs.2017]\nstaff = 1\n[financing]\naiko = 1\n",
           FP_F_MIXED_YEARS, 10);
    expect("[project]\nname = X\napplicant = A\nfunder = F\ninstrument = KOKEILU\n"
           "start = 2017-05-01\nend = 2017-12-31\n" MONEY,
           FP_F_UNKNOWN_INSTRUMENT, 5);
    expect(PROJECT "[costs]\nstaff = 10 000\n[income]\nrevenue = 20 000\n[financing]\naiko = 1\n",
           FP_F_INCOME_EXCEEDS, 11);
    expect(PROJECT "[costs]\nstaff = 10 000\n[financing]\naiko = 1\n", FP_F_FINANCING_MISMATCH, 10);
    expect(PROJECT "[costs]\nstaff = 0\n[financing]\naiko = 0\n", FP_F_NO_COSTS, 8);
    expect(PROJECT MONEY "[declared]\ntotal_costs = 12 401\n", FP_F_DECLARED_MISMATCH, 15);
    expect(PROJECT MONEY "[declared]\nsupport_rate = 69 %\n", FP_F_DECLARED_MISMATCH, 15);
    expect(PROJECT "stafff = 1\n" MONEY, FP_F_UNKNOWN_KEY, 8);
    expect(PROJECT "[costz]\n" MONEY, FP_F_UNKNOWN_SECTION, 8);
    expect(PROJECT "name = Y\n" MONEY, FP_F_DUPLICATE_KEY, 8);
    expect(PROJECT "[costs]\nstaff = 10 000\nflat_rate = 24 %\n[financing]\naiko = 8 680\n"
                   "eakr = 1\nprivate = 3 719\n",
           FP_F_SOURCE_MISMATCH, 13);
    expect(PROJECT "partners = Foo;Bar\n" MONEY, FP_F_COMMENT_IN_VALUE, 8);
    expect(PROJECT "[costs]\nlump_sum = 300 000\n[financing]\naiko = 210 000\nprivate = 90 000\n",
           FP_F_LUMP_SUM_LIMIT, 9);
    expect(PROJECT "name2\xff = x\n" MONEY, FP_F_ENCODING, 8);
}

static void
a_nul_byte_is_an_encoding_error_on_its_line(void)
{
    static const char ini[] = PROJECT "summary = b\0c\n" MONEY;
    struct run *r = calloc(1, sizeof *r);
    r->diags.file = "t.ini";
    fp_plan_parse("t.ini", ini, sizeof ini - 1, &r->plan, &r->diags);
    T_CHECK(found(r, FP_F_ENCODING, 8));
    done(r);
}

static void
did_you_mean_suggests_the_nearest_key(void)
{
    struct run *r = run(PROJECT "[costs]\nstafff = 10 000\n[financing]\naiko = 1\n");
    int hinted = 0;
    for (size_t i = 0; i < r->diags.count; i++)
        if (r->diags.list[i].code == FP_F_UNKNOWN_KEY) {
            char *note = fp_diag_note_text(&r->diags.list[i], FP_LANG_EN);
            hinted |= note && strstr(note, "'staff'");
            free(note);
        }
    T_CHECK(hinted);
    done(r);
}

static void
maximal_amounts_in_every_year_sum_exactly(void)
{
    /* The caps (10^14 cents a line, 16 years) keep every sum far inside int64: fundplan's
       overflow finding is a guard, and the largest possible plan must still add up exactly. */
    char ini[8192];
    size_t n = (size_t)snprintf(ini, sizeof ini, "%s",
                                "[project]\nname = X\napplicant = A\n"
                                "funder = F\ninstrument = AIKO\nstart = 2001-01-01\n"
                                "end = 2016-12-31\n");
    for (int y = 2001; y <= 2016; y++)
        n += (size_t)snprintf(ini + n, sizeof ini - n,
                              "[costs.%d]\nstaff = 999 999 999 999,99\nflat_rate = 100 %%\n"
                              "purchased_services = 999 999 999 999,99\n"
                              "other = 999 999 999 999,99\n",
                              y);
    snprintf(ini + n, sizeof ini - n, "[financing]\naiko = 1\n");
    struct run *r = run(ini);
    /* 16 × 4 × 10^14 = 6,4 × 10^15 cents: no overflow, and the figures stay exact */
    T_CHECK(!r->fig.overflow);
    T_CHECK(r->fig.total_costs == INT64_C(6399999999999936));
    done(r);
}

static void
bom_and_crlf_files_read_like_plain_ones(void)
{
    struct run *r = run("\xef\xbb\xbf[project]\r\nname = X\r\napplicant = A\r\nfunder = F\r\n"
                        "instrument = AIKO\r\nstart = 2017-05-01\r\nend = 2017-12-31\r\n"
                        "[costs]\r\nstaff = 10 000\r\n[financing]\r\naiko = 7 000\r\n"
                        "private = 3 000\r\n");
    T_CHECK(r->diags.count == 0);
    T_CHECK(r->plan.name.text && strcmp(r->plan.name.text, "X") == 0);
    T_CHECK(r->fig.total_costs == 1000000);
    done(r);
    r = run("[project]\rname = X\rapplicant = A\rfunder = F\rinstrument = AIKO\r"
            "start = 2017-05-01\rend = 2017-12-31\r[costs]\rstaff = 10 000\r[financing]\r"
            "aiko = 7 000\rprivate = 3 000\r");
    T_CHECK(r->diags.count == 0);
    T_CHECK(r->fig.total_financing == 1000000);
    done(r);
}

static void
continuation_lines_join_and_keep_line_numbers(void)
{
    struct run *r = run(PROJECT "[description]\nsummary = one \\\n  two \\\n  three\n"
                                "stafff = 1\n" MONEY);
    T_CHECK(r->plan.summary.text && strstr(r->plan.summary.text, "three") != NULL);
    T_CHECK(r->plan.summary.line == 9);
    T_CHECK(found(r, FP_F_UNKNOWN_KEY, 12));
    done(r);
}

int
main(void)
{
    static const struct t_case cases[] = {
        T_CASE(a_balanced_plan_has_no_findings_and_exact_figures),
        T_CASE(mikkeli_net_costs_one_euro_short_are_caught_on_their_line),
        T_CASE(declared_whole_euros_match_cents_rounded_half_up),
        T_CASE(years_sum_per_kind_and_by_year),
        T_CASE(financing_mismatch_says_by_how_much_and_which_way),
        T_CASE(support_above_the_cap_names_the_largest_allowed),
        T_CASE(eakr_rate_is_on_net_costs),
        T_CASE(rules_override_the_instrument),
        T_CASE(each_required_key_missing_is_an_error),
        T_CASE(every_finding_code_is_reported_on_its_line),
        T_CASE(did_you_mean_suggests_the_nearest_key),
        T_CASE(maximal_amounts_in_every_year_sum_exactly),
        T_CASE(a_nul_byte_is_an_encoding_error_on_its_line),
        T_CASE(bom_and_crlf_files_read_like_plain_ones),
        T_CASE(continuation_lines_join_and_keep_line_numbers),
    };
    return t_main(cases, sizeof cases / sizeof cases[0]);
}
