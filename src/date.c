/*
 * date.c - parse 2017-05-01 / 1.5.2017, compare, count months, format per language.
 * Pure: no I/O, no locale, no time zone (dates are calendar days, not instants).
 * SPDX-License-Identifier: MIT
 */
#include "date.h"

#include <stdio.h>
#include <string.h>

static const char *const month_names_en[12] = {
    "January", "February", "March",     "April",   "May",      "June",
    "July",    "August",   "September", "October", "November", "December",
};

static int
is_leap(int y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

static int
days_in_month(int y, int m)
{
    static const int days[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && is_leap(y) ? 29 : days[m - 1];
}

/* Reads 1 to maxd digits at *p into *v; advances *p. */
static int
read_number(const char **p, int maxd, int *v)
{
    int n = 0;
    *v = 0;
    while (**p >= '0' && **p <= '9') {
        if (++n > maxd)
            return -1;
        *v = *v * 10 + (**p - '0');
        (*p)++;
    }
    return n > 0 ? 0 : -1;
}

int
fp_date_parse(const char *s, struct fp_date *out, enum fp_msg *why)
{
    struct fp_date d = {0, 0, 0};
    const char *p = s, *year_at = NULL, *year_end = NULL;
    int ok;

    while (*p == ' ' || *p == '\t')
        p++;
    if (*p == '\0') {
        *why = FP_M_WHY_DATE_EMPTY;
        return -1;
    }
    /* the year may have up to 9 digits here so that 99999 gets the range message below */
    if (strchr(p, '-') != NULL) {
        year_at = p;
        ok = read_number(&p, 9, &d.year) == 0;
        year_end = p;
        ok = ok && *p++ == '-' && read_number(&p, 2, &d.month) == 0 && *p++ == '-' &&
             read_number(&p, 2, &d.day) == 0;
    } else {
        ok = read_number(&p, 2, &d.day) == 0 && *p++ == '.' && read_number(&p, 2, &d.month) == 0 &&
             *p++ == '.';
        year_at = p;
        ok = ok && read_number(&p, 9, &d.year) == 0;
        year_end = p;
    }
    if (ok)
        while (*p == ' ' || *p == '\t')
            p++;
    if (!ok || *p != '\0') {
        *why = FP_M_WHY_DATE_FORM;
        return -1;
    }
    /* "1.5.25" is not the year 25: a plan's years have four digits */
    if (year_end - year_at != 4 && d.year < 10000) {
        *why = FP_M_WHY_DATE_YEAR_DIGITS;
        return -1;
    }
    if (d.year < FP_DATE_YEAR_MIN || d.year > FP_DATE_YEAR_MAX) {
        *why = FP_M_WHY_DATE_YEAR_RANGE;
        return -1;
    }
    if (d.month < 1 || d.month > 12) {
        *why = FP_M_WHY_DATE_MONTH;
        return -1;
    }
    if (d.day < 1 || d.day > days_in_month(d.year, d.month)) {
        *why = FP_M_WHY_DATE_DAY;
        return -1;
    }
    *out = d;
    return 0;
}

int
fp_date_fix_year(const char *s, char *buf, size_t n)
{
    struct fp_date d;
    enum fp_msg why;
    size_t len = strlen(s), k = len;
    /* only a two-digit year at the end of a d.m.yy date has an obvious fix, and only up to
       "39": 20yy is a funding period's year then, while "1.5.99" is 1999 rather than 2099 */
    while (k > 0 && s[k - 1] >= '0' && s[k - 1] <= '9')
        k--;
    if (len - k != 2 || k == 0 || s[k - 1] != '.' || s[k] > '3' || len + 3 > n)
        return -1;
    snprintf(buf, n, "%.*s20%s", (int)k, s, s + k);
    return fp_date_parse(buf, &d, &why);
}

int
fp_date_cmp(struct fp_date a, struct fp_date b)
{
    if (a.year != b.year)
        return a.year < b.year ? -1 : 1;
    if (a.month != b.month)
        return a.month < b.month ? -1 : 1;
    return (a.day > b.day) - (a.day < b.day);
}

/* Howard Hinnant's days_from_civil: exact for the whole proleptic Gregorian range. */
int64_t
fp_date_days(struct fp_date d)
{
    int64_t y = d.year - (d.month <= 2);
    int64_t era = (y >= 0 ? y : y - 399) / 400;
    int64_t yoe = y - era * 400;
    int64_t mp = (d.month + 9) % 12;
    int64_t doy = (153 * mp + 2) / 5 + d.day - 1;
    int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

struct fp_date
fp_date_from_unix(int64_t t)
{
    int64_t z = (t >= 0 ? t : t - 86399) / 86400 + 719468;
    int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    int64_t doe = z - era * 146097;
    int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    int64_t mp = (5 * doy + 2) / 153;
    struct fp_date d;
    d.day = (int)(doy - (153 * mp + 2) / 5 + 1);
    d.month = (int)(mp < 10 ? mp + 3 : mp - 9);
    d.year = (int)(yoe + era * 400 + (d.month <= 2));
    return d;
}

int
fp_date_months(struct fp_date start, struct fp_date end)
{
    /* Whole months from start to the day after end, then the rest in days of a 30-day month. */
    int64_t after = fp_date_days(end) + 1;
    int months = (end.year - start.year) * 12 + (end.month - start.month);
    struct fp_date mark = start;
    int64_t rest;

    /* A reversed period (already an error finding) has no length; the month arithmetic below
       would step to month 0. */
    if (fp_date_cmp(end, start) < 0)
        return 0;
    for (;;) {
        int y = start.year + (start.month - 1 + months) / 12;
        int m = (start.month - 1 + months) % 12 + 1;
        mark.year = y;
        mark.month = m;
        mark.day = start.day > days_in_month(y, m) ? days_in_month(y, m) : start.day;
        if (fp_date_days(mark) <= after || months == 0)
            break;
        months--;
    }
    rest = after - fp_date_days(mark);
    if (rest < 0)
        rest = 0;
    return months + (int)((rest * 2 + 30) / 60);
}

size_t
fp_date_format(char *buf, size_t n, struct fp_date d, enum fp_lang lang)
{
    int k;
    if (d.month < 1 || d.month > 12)
        k = snprintf(buf, n, "?");
    else if (lang == FP_LANG_EN)
        k = snprintf(buf, n, "%d %s %d", d.day, month_names_en[d.month - 1], d.year);
    else
        k = snprintf(buf, n, "%d.%d.%d", d.day, d.month, d.year);
    if (k < 0)
        return 0;
    return (size_t)k < n ? (size_t)k : (n ? n - 1 : 0);
}

size_t
fp_date_format_period(char *buf, size_t n, struct fp_date start, struct fp_date end,
                      enum fp_lang lang)
{
    char a[40], b[40];
    int k;
    fp_date_format(a, sizeof a, start, lang);
    fp_date_format(b, sizeof b, end, lang);
    /* en dash U+2013: without spaces in fi and sv (Kielikello), spaced in English */
    k = snprintf(buf, n, lang == FP_LANG_EN ? "%s \xe2\x80\x93 %s" : "%s\xe2\x80\x93%s", a, b);
    if (k < 0)
        return 0;
    return (size_t)k < n ? (size_t)k : (n ? n - 1 : 0);
}

size_t
fp_date_format_iso(char *buf, size_t n, struct fp_date d)
{
    int k = snprintf(buf, n, "%04d-%02d-%02d", d.year, d.month, d.day);
    if (k < 0)
        return 0;
    return (size_t)k < n ? (size_t)k : (n ? n - 1 : 0);
}
