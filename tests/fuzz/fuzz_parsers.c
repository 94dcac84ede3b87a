/*
 * fuzz_parsers.c - libFuzzer harness for the value parsers and their round trips:
 * amounts, percentages and dates as plans write them, formatted and parsed back to the same
 * value; and the money arithmetic on whatever 64-bit values the input holds.
 * Byte 0 chooses the test; the rest is the text (or the numbers). Built by `make fuzz`.
 * SPDX-License-Identifier: MIT
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "date.h"
#include "money.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static int64_t
take64(const uint8_t **p, size_t *n)
{
    uint64_t v = 0;
    for (int i = 0; i < 8; i++) {
        v = v << 8 | (*n ? **p : 0);
        if (*n) {
            (*p)++;
            (*n)--;
        }
    }
    return (int64_t)v;
}

static void
amount(const char *s)
{
    fp_cents c, back;
    int dec, dec2;
    enum fp_msg why = FP_M_NONE;
    char buf[64];

    if (fp_money_parse(s, &c, &dec, &why) != 0) {
        if (why == FP_M_NONE)
            abort(); /* every refusal says why */
        return;
    }
    if (c < 0 || c > FP_CENTS_MAX || dec < 0 || dec > 2)
        abort();
    for (int lang = 0; lang < FP_LANG_COUNT; lang++)
        fp_money_format(buf, sizeof buf, c, (enum fp_lang)lang, FP_MONEY_CENTS);
    /* Finnish and Swedish formats are plan formats too: they must read back exactly */
    fp_money_format(buf, sizeof buf, c, FP_LANG_FI, FP_MONEY_CENTS);
    if (fp_money_parse(buf, &back, &dec2, &why) != 0 || back != c || dec2 != 2)
        abort();
    fp_money_format(buf, sizeof buf, c, FP_LANG_SV, FP_MONEY_CENTS | FP_MONEY_NOSYM);
    if (fp_money_parse(buf, &back, NULL, &why) != 0 || back != c)
        abort();
    /* whole euros read back as the rounded amount (999 999 999 999,99 rounds past the cap) */
    fp_money_format(buf, sizeof buf, c, FP_LANG_FI, FP_MONEY_WHOLE);
    if (fp_cents_round_euro(c) <= FP_CENTS_MAX &&
        (fp_money_parse(buf, &back, NULL, &why) != 0 || back != fp_cents_round_euro(c)))
        abort();
}

static void
percent(const char *s)
{
    fp_bp bp, back;
    int dec;
    enum fp_msg why = FP_M_NONE;
    char buf[64];

    if (fp_percent_parse(s, &bp, &dec, &why) != 0) {
        if (why == FP_M_NONE)
            abort();
        return;
    }
    if (bp < 0 || bp > FP_BP_MAX || dec < 0 || dec > 2)
        abort();
    for (int trim = 0; trim < 2; trim++) {
        fp_percent_format(buf, sizeof buf, bp, 2, trim, FP_LANG_FI);
        if (fp_percent_parse(buf, &back, NULL, &why) != 0 || back != bp)
            abort();
    }
    fp_percent_format(buf, sizeof buf, bp, 2, 1, FP_LANG_EN);
    if (fp_percent_parse(buf, &back, NULL, &why) != 0 || back != bp)
        abort();
}

static void
date(const char *s)
{
    struct fp_date d, back, later;
    enum fp_msg why = FP_M_NONE;
    char buf[64];

    if (fp_date_parse(s, &d, &why) != 0) {
        if (why == FP_M_NONE)
            abort();
        return;
    }
    if (d.year < 1 || d.year > 9999 || d.month < 1 || d.month > 12 || d.day < 1 || d.day > 31)
        abort();
    fp_date_format_iso(buf, sizeof buf, d);
    if (fp_date_parse(buf, &back, &why) != 0 || fp_date_cmp(back, d) != 0)
        abort();
    fp_date_format(buf, sizeof buf, d, FP_LANG_FI);
    if (fp_date_parse(buf, &back, &why) != 0 || fp_date_cmp(back, d) != 0)
        abort();
    fp_date_format(buf, sizeof buf, d, FP_LANG_EN);
    back = fp_date_from_unix(fp_date_days(d) * 86400);
    if (fp_date_cmp(back, d) != 0)
        abort();
    later = fp_date_from_unix((fp_date_days(d) + 400) * 86400);
    if (fp_date_months(d, later) < 12 || fp_date_months(later, d) != 0)
        abort();
    fp_date_format_period(buf, sizeof buf, d, later, FP_LANG_EN);
}

static void
arithmetic(const uint8_t *p, size_t n)
{
    int64_t a = take64(&p, &n), b = take64(&p, &n), c = take64(&p, &n);
    fp_cents out;
    char buf[96];
    struct fp_ratio r = {a, b};
    struct fp_ratio r2 = {c, a};

    fp_money_format(buf, sizeof buf, a, FP_LANG_FI, FP_MONEY_CENTS);
    fp_money_format(buf, sizeof buf, a, FP_LANG_EN, FP_MONEY_WHOLE);
    fp_money_format(buf, 5, a, FP_LANG_FI, FP_MONEY_CENTS); /* truncation */
    fp_percent_format(buf, sizeof buf, a, (int)((uint64_t)b % 5), (int)(c & 1), FP_LANG_SV);
    fp_cents_add(a, b, &out);
    fp_cents_sub(a, b, &out);
    /* the rest is defined for what plans can hold: amounts and sums far below 2^62 */
    a %= INT64_C(1) << 62;
    b %= INT64_C(1) << 62;
    c %= INT64_C(1) << 62;
    fp_cents_apply_bp(a, b % (FP_BP_MAX + 1), &out);
    fp_cents_floor_bp(a, b % (FP_BP_MAX + 1), &out);
    fp_cents_round_euro(a);
    r.num = a;
    r.den = b;
    fp_ratio_percent(r, (int)((uint64_t)c % 5));
    r.den = b < 0 ? -b : b;
    r2.num = c;
    r2.den = a < 0 ? -a : a;
    if (r.den > 0 && r2.den > 0 && fp_ratio_cmp(r, r2) != -fp_ratio_cmp(r2, r))
        abort();
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char s[256];
    size_t n;

    if (size == 0)
        return 0;
    n = size - 1 < sizeof s - 1 ? size - 1 : sizeof s - 1;
    memcpy(s, data + 1, n);
    s[n] = '\0';
    switch (data[0] % 4) {
    case 0:
        amount(s);
        break;
    case 1:
        percent(s);
        break;
    case 2:
        date(s);
        break;
    default:
        arithmetic(data + 1, size - 1);
        break;
    }
    return 0;
}
