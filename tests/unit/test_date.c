/*
 * test_date.c - date parsing (both forms, every impossible date), months, formatting.
 * SPDX-License-Identifier: MIT
 */
#include "date.h"

#include "t.h"

static struct fp_date
d(int y, int m, int dd)
{
    struct fp_date r = {y, m, dd};
    return r;
}

static void
both_date_forms_parse(void)
{
    static const struct {
        const char *in;
        int y, m, d;
    } good[] = {
        {"2017-05-01", 2017, 5, 1}, {"1.5.2017", 2017, 5, 1},     {"01.05.2017", 2017, 5, 1},
        {"29.2.2024", 2024, 2, 29}, {"2000-02-29", 2000, 2, 29},  {" 31.12.2017 ", 2017, 12, 31},
        {"1.1.2000", 2000, 1, 1},   {"31.12.2099", 2099, 12, 31},
    };
    for (size_t i = 0; i < sizeof good / sizeof good[0]; i++) {
        struct fp_date r = {0, 0, 0};
        enum fp_msg why;
        T_CHECK(fp_date_parse(good[i].in, &r, &why) == 0);
        T_CHECK(r.year == good[i].y && r.month == good[i].m && r.day == good[i].d);
    }
}

static void
impossible_dates_are_rejected(void)
{
    static const char *const bad[] = {
        "",           "31.2.2024", "29.2.2023",        "29.2.1900", "0.1.2017",
        "1.13.2017",  "1.1.0",     "1.1.99999",        "2017-5",    "2017/05/01",
        "1.5.17x",    "5/1/2017",  "2017-05-01T00:00", "1.5.",      "-1.5.2017",
        "2017-02-30", "1..2017",   "32.1.2017",        "1.5.25",    "2025-5-1x",
        "31.12.1999", "1.1.2100",  "1.5.0025",         "25-05-01",  "1.5.202",
    };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        struct fp_date r;
        enum fp_msg why = FP_M_NONE;
        int rc = fp_date_parse(bad[i], &r, &why);
        if (rc == 0)
            fprintf(stderr, "accepted: '%s'\n", bad[i]);
        T_CHECK(rc == -1);
        T_CHECK(why != FP_M_NONE);
    }
}

static void
two_digit_years_get_the_obvious_fix(void)
{
    char buf[32];
    enum fp_msg why = FP_M_NONE;
    struct fp_date r;
    T_CHECK(fp_date_parse("1.5.25", &r, &why) == -1 && why == FP_M_WHY_DATE_YEAR_DIGITS);
    T_CHECK(fp_date_fix_year("1.5.25", buf, sizeof buf) == 0);
    T_STREQ(buf, "1.5.2025");
    T_CHECK(fp_date_fix_year("31.2.25", buf, sizeof buf) == -1); /* no such day: no fix */
    T_CHECK(fp_date_fix_year("2025-05-01", buf, sizeof buf) == -1);
    T_CHECK(fp_date_fix_year("1.5.2025", buf, sizeof buf) == -1);
    T_CHECK(fp_date_fix_year("1.5.99", buf, sizeof buf) == -1); /* 1999, not 2099: no fix */
    T_CHECK(fp_date_fix_year("1.5.39", buf, sizeof buf) == 0);
    T_CHECK(fp_date_parse("1.1.1999", &r, &why) == -1 && why == FP_M_WHY_DATE_YEAR_RANGE);
}

static void
periods_count_months_like_a_memo(void)
{
    T_CHECK(fp_date_months(d(2017, 5, 1), d(2017, 12, 31)) == 8);
    T_CHECK(fp_date_months(d(2023, 11, 1), d(2026, 10, 31)) == 36);
    T_CHECK(fp_date_months(d(2024, 10, 1), d(2026, 9, 30)) == 24);
    T_CHECK(fp_date_months(d(2017, 5, 1), d(2017, 5, 1)) == 0);
    T_CHECK(fp_date_months(d(2017, 5, 1), d(2017, 5, 31)) == 1);
    T_CHECK(fp_date_months(d(2017, 1, 31), d(2017, 3, 30)) == 2);
}

static void
dates_format_per_language(void)
{
    char buf[64];
    fp_date_format(buf, sizeof buf, d(2017, 5, 1), FP_LANG_FI);
    T_STREQ(buf, "1.5.2017");
    fp_date_format(buf, sizeof buf, d(2017, 5, 1), FP_LANG_EN);
    T_STREQ(buf, "1 May 2017");
    fp_date_format_period(buf, sizeof buf, d(2017, 5, 1), d(2017, 12, 31), FP_LANG_SV);
    T_STREQ(buf, "1.5.2017\xe2\x80\x93"
                 "31.12.2017");
    fp_date_format_iso(buf, sizeof buf, d(17, 5, 1));
    T_STREQ(buf, "0017-05-01");
}

static void
unix_days_round_trip(void)
{
    T_CHECK(fp_date_days(d(1970, 1, 1)) == 0);
    T_CHECK(fp_date_days(d(2017, 5, 1)) == 17287);
    struct fp_date r = fp_date_from_unix(17287LL * 86400 + 3600);
    T_CHECK(r.year == 2017 && r.month == 5 && r.day == 1);
    r = fp_date_from_unix(-1);
    T_CHECK(r.year == 1969 && r.month == 12 && r.day == 31);
    T_CHECK(fp_date_cmp(d(2017, 5, 1), d(2017, 4, 30)) > 0);
}

int
main(void)
{
    static const struct t_case cases[] = {
        T_CASE(both_date_forms_parse),
        T_CASE(impossible_dates_are_rejected),
        T_CASE(two_digit_years_get_the_obvious_fix),
        T_CASE(periods_count_months_like_a_memo),
        T_CASE(dates_format_per_language),
        T_CASE(unix_days_round_trip),
    };
    return t_main(cases, sizeof cases / sizeof cases[0]);
}
