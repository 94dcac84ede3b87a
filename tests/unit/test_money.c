/*
 * test_money.c - amount and percentage parsing (every accepted and rejected form), formatting
 * and exact arithmetic.
 * SPDX-License-Identifier: MIT
 */
#include "money.h"

#include "t.h"

static const struct {
    const char *in;
    fp_cents cents;
    int decimals;
} good_amounts[] = {
    {"0", 0, 0},
    {"40000", 4000000, 0},
    {"40 000", 4000000, 0},
    {"  40 000  ", 4000000, 0},
    {"40\xc2\xa0"
     "000",
     4000000, 0}, /* no-break space */
    {"40\xe2\x80\xaf"
     "000",
     4000000, 0}, /* narrow no-break space */
    {"1 234 567,89", 123456789, 2},
    {"1234567.89", 123456789, 2},
    {"0,5", 50, 1},
    {"0,05", 5, 2},
    {"78 958 €", 7895800, 0},
    {"78 958€", 7895800, 0},
    {"78958 EUR", 7895800, 0},
    {"78 958,50\xc2\xa0€", 7895850, 2},
    {"999 999 999 999,99", INT64_C(99999999999999), 2},
    {"999999999999.99", INT64_C(99999999999999), 2},
};

static const char *const bad_amounts[] = {
    "",
    "   ",
    "-5",
    "\xe2\x88\x92"
    "5",
    "+5",
    "1e5",
    "1E5",
    "0x10",
    "010",
    "00",
    "1.234.567",
    "1,234.56",
    "1 234,567",
    "1.234",
    "1,",
    "1.",
    ",5",
    "NaN",
    "inf",
    "12 34",
    "1234 567",
    "1  234",
    "20000000000000000000",
    "1 000 000 000 000",
    "999 999 999 999,991",
    "1 000 000 000 000,00",
    "12a",
    "€12",
    "EUR",
    "12 €€",
    "1\t2",
};

static void
amounts_in_every_accepted_form_parse_to_cents(void)
{
    for (size_t i = 0; i < sizeof good_amounts / sizeof good_amounts[0]; i++) {
        fp_cents c = -1;
        int dec = -1;
        enum fp_msg why = FP_M_NONE;
        T_CHECK(fp_money_parse(good_amounts[i].in, &c, &dec, &why) == 0);
        T_CHECK(c == good_amounts[i].cents);
        T_CHECK(dec == good_amounts[i].decimals);
    }
}

static void
every_rejected_amount_form_says_why(void)
{
    for (size_t i = 0; i < sizeof bad_amounts / sizeof bad_amounts[0]; i++) {
        fp_cents c = 12345;
        enum fp_msg why = FP_M_NONE;
        int rc = fp_money_parse(bad_amounts[i], &c, NULL, &why);
        if (rc == 0)
            fprintf(stderr, "accepted: '%s'\n", bad_amounts[i]);
        T_CHECK(rc == -1);
        T_CHECK(why != FP_M_NONE);
        T_CHECK(c == 12345);
    }
}

static void
one_cent_above_the_largest_amount_is_rejected(void)
{
    fp_cents c;
    enum fp_msg why = FP_M_NONE;
    T_CHECK(fp_money_parse("999 999 999 999,99", &c, NULL, &why) == 0);
    T_CHECK(fp_money_parse("1 000 000 000 000", &c, NULL, &why) == -1);
    T_CHECK(why == FP_M_WHY_AMOUNT_MAX);
}

static void
percentages_parse_to_basis_points(void)
{
    static const struct {
        const char *in;
        fp_bp bp;
    } good[] = {{"70 %", 7000},   {"70%", 7000},     {"70", 7000},
                {"24,5 %", 2450}, {"24.5", 2450},    {"0 %", 0},
                {"100 %", 10000}, {"33,33 %", 3333}, {"70\xc2\xa0%", 7000}};
    static const char *const bad[] = {"",      "%",        "100,01 %", "101 %", "-1 %",      "1e2",
                                      "70 %%", "33,333 %", "x",        "0x10",  "70 % extra"};
    for (size_t i = 0; i < sizeof good / sizeof good[0]; i++) {
        fp_bp bp = -1;
        enum fp_msg why;
        T_CHECK(fp_percent_parse(good[i].in, &bp, NULL, &why) == 0);
        T_CHECK(bp == good[i].bp);
    }
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        fp_bp bp;
        enum fp_msg why = FP_M_NONE;
        T_CHECK(fp_percent_parse(bad[i], &bp, NULL, &why) == -1);
        T_CHECK(why != FP_M_NONE);
    }
}

static void
finnish_amounts_use_no_break_spaces_and_trailing_euro(void)
{
    char buf[64];
    fp_money_format(buf, sizeof buf, 7895800, FP_LANG_FI, FP_MONEY_WHOLE);
    T_STREQ(buf, "78\xc2\xa0"
                 "958\xc2\xa0€");
    fp_money_format(buf, sizeof buf, 123456789, FP_LANG_SV, FP_MONEY_CENTS);
    T_STREQ(buf, "1\xc2\xa0"
                 "234\xc2\xa0"
                 "567,89\xc2\xa0€");
    fp_money_format(buf, sizeof buf, 0, FP_LANG_FI, FP_MONEY_WHOLE);
    T_STREQ(buf, "0\xc2\xa0€");
    fp_money_format(buf, sizeof buf, -150, FP_LANG_FI, FP_MONEY_CENTS | FP_MONEY_NOSYM);
    T_STREQ(buf, "\xe2\x88\x92"
                 "1,50");
}

static void
english_amounts_put_the_euro_first_with_commas(void)
{
    char buf[64];
    fp_money_format(buf, sizeof buf, 7895800, FP_LANG_EN, FP_MONEY_WHOLE);
    T_STREQ(buf, "€78,958");
    fp_money_format(buf, sizeof buf, 123456789, FP_LANG_EN, FP_MONEY_CENTS);
    T_STREQ(buf, "€1,234,567.89");
}

static void
whole_euro_display_rounds_half_up(void)
{
    char buf[64];
    T_CHECK(fp_cents_round_euro(13567960) == 13568000); /* 135 679,60 → 135 680 */
    T_CHECK(fp_cents_round_euro(13567950) == 13568000); /* ,50 rounds up */
    T_CHECK(fp_cents_round_euro(13567949) == 13567900);
    fp_money_format(buf, sizeof buf, 100050, FP_LANG_FI, FP_MONEY_WHOLE | FP_MONEY_NOSYM);
    T_STREQ(buf, "1\xc2\xa0"
                 "001");
}

static void
truncated_buffers_stay_terminated(void)
{
    char buf[5];
    size_t n = fp_money_format(buf, sizeof buf, 123456789, FP_LANG_FI, FP_MONEY_CENTS);
    T_CHECK(n == 4);
    T_CHECK(buf[4] == '\0');
}

static void
percent_display_rounds_half_up_and_trims(void)
{
    char buf[32];
    struct fp_ratio mikkeli = {5527000, 7895800}; /* 69,99924 % */
    T_CHECK(fp_ratio_percent(mikkeli, 2) == 7000);
    T_CHECK(fp_ratio_percent(mikkeli, 4) == 699992);
    T_CHECK(fp_ratio_percent((struct fp_ratio){1, 8}, 2) == 1250);
    T_CHECK(fp_ratio_percent((struct fp_ratio){1, 3}, 1) == 333);
    T_CHECK(fp_ratio_percent((struct fp_ratio){2, 3}, 1) == 667);
    T_CHECK(fp_ratio_percent((struct fp_ratio){5, 0}, 2) == 0);
    fp_percent_format(buf, sizeof buf, 7000, 2, 1, FP_LANG_FI);
    T_STREQ(buf, "70\xc2\xa0%");
    fp_percent_format(buf, sizeof buf, 2450, 2, 1, FP_LANG_FI);
    T_STREQ(buf, "24,5\xc2\xa0%");
    fp_percent_format(buf, sizeof buf, 6999, 2, 0, FP_LANG_SV);
    T_STREQ(buf, "69,99\xc2\xa0%");
    fp_percent_format(buf, sizeof buf, 6999, 2, 0, FP_LANG_EN);
    T_STREQ(buf, "69.99%");
}

static void
flat_rate_rounds_half_up_to_the_cent(void)
{
    fp_cents c;
    T_CHECK(fp_cents_apply_bp(100050, 2400, &c) == 0 && c == 24012); /* 240,12 */
    T_CHECK(fp_cents_apply_bp(8804786, 4000, &c) == 0 && c == 3521914);
    T_CHECK(fp_cents_apply_bp(1, 5000, &c) == 0 && c == 1);             /* 0,5 cents → 1 */
    T_CHECK(fp_cents_floor_bp(7895800, 7000, &c) == 0 && c == 5527060); /* cap 55 270,60 */
}

static void
overflowing_sums_are_reported_not_wrapped(void)
{
    fp_cents c = 7;
    T_CHECK(fp_cents_add(INT64_MAX, 1, &c) == -1 && c == 7);
    T_CHECK(fp_cents_sub(INT64_MIN, 1, &c) == -1 && c == 7);
    T_CHECK(fp_cents_add(FP_CENTS_MAX, FP_CENTS_MAX, &c) == 0);
    T_CHECK(fp_cents_apply_bp(INT64_MAX, 10000, &c) == 0 && c == INT64_MAX);
}

static void
ratios_compare_exactly(void)
{
    T_CHECK(fp_ratio_cmp((struct fp_ratio){5527000, 7895800}, (struct fp_ratio){7000, 10000}) < 0);
    T_CHECK(fp_ratio_cmp((struct fp_ratio){5527060, 7895800}, (struct fp_ratio){7000, 10000}) == 0);
    T_CHECK(fp_ratio_cmp((struct fp_ratio){INT64_MAX, 3}, (struct fp_ratio){INT64_MAX, 2}) < 0);
}

static void
a_rate_beside_a_cap_never_reads_as_the_cap(void)
{
    int d;
    /* 55 270,61 of 78 958 is 70,00001 %: four decimals still round to 70, so one unit up */
    T_CHECK(fp_ratio_percent_beside((struct fp_ratio){5527061, 7895800}, 7000, &d) == 700001);
    T_CHECK(d == 4);
    /* 14 000,01 of 20 000 is 70,00005 %: "70,0001 %" (half-up at four) */
    T_CHECK(fp_ratio_percent_beside((struct fp_ratio){1400001, 2000000}, 7000, &d) == 700001);
    T_CHECK(d == 4);
    /* 70,004 % and 69,99924 % (Mikkeli) need three decimals: "70,004 %", "69,999 %" */
    T_CHECK(fp_ratio_percent_beside((struct fp_ratio){70004, 100000}, 7000, &d) == 70004);
    T_CHECK(d == 3);
    T_CHECK(fp_ratio_percent_beside((struct fp_ratio){5527000, 7895800}, 7000, &d) == 69999);
    T_CHECK(d == 3);
    /* just under a floor: one unit down; exactly the cap and far from it: two decimals */
    T_CHECK(fp_ratio_percent_beside((struct fp_ratio){99999999, 1000000000}, 1000, &d) == 99999);
    T_CHECK(d == 4);
    T_CHECK(fp_ratio_percent_beside((struct fp_ratio){7, 10}, 7000, &d) == 700000);
    T_CHECK(d == 4);
    T_CHECK(fp_ratio_percent_beside((struct fp_ratio){1, 2}, 7000, &d) == 5000);
    T_CHECK(d == 2);
    /* as shown beside a cap: more decimals only above it; Mikkeli's 69,99924 % reads 70 % */
    T_CHECK(fp_ratio_percent_capped((struct fp_ratio){5527061, 7895800}, 7000, &d) == 700001);
    T_CHECK(d == 4);
    T_CHECK(fp_ratio_percent_capped((struct fp_ratio){5527000, 7895800}, 7000, &d) == 7000);
    T_CHECK(d == 2);
    T_CHECK(fp_ratio_percent_capped((struct fp_ratio){1, 0}, 7000, &d) == 0);
    T_CHECK(d == 2);
}

int
main(void)
{
    static const struct t_case cases[] = {
        T_CASE(amounts_in_every_accepted_form_parse_to_cents),
        T_CASE(every_rejected_amount_form_says_why),
        T_CASE(one_cent_above_the_largest_amount_is_rejected),
        T_CASE(percentages_parse_to_basis_points),
        T_CASE(finnish_amounts_use_no_break_spaces_and_trailing_euro),
        T_CASE(english_amounts_put_the_euro_first_with_commas),
        T_CASE(whole_euro_display_rounds_half_up),
        T_CASE(truncated_buffers_stay_terminated),
        T_CASE(percent_display_rounds_half_up_and_trims),
        T_CASE(flat_rate_rounds_half_up_to_the_cent),
        T_CASE(overflowing_sums_are_reported_not_wrapped),
        T_CASE(ratios_compare_exactly),
        T_CASE(a_rate_beside_a_cap_never_reads_as_the_cap),
    };
    return t_main(cases, sizeof cases / sizeof cases[0]);
}
