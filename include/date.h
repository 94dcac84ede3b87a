/*
 * date.h - calendar dates as plans write them (2017-05-01 or 1.5.2017) and as memos print them.
 *
 *     struct fp_date d;
 *     if (fp_date_parse("1.5.2017", &d, &why) == 0)        // why: enum fp_msg
 *         fp_date_format(buf, sizeof buf, d, FP_LANG_FI);   // "1.5.2017"
 *
 * Pure: no I/O, no allocation, no time zone. Proleptic Gregorian calendar, years 1 to 9999.
 * SPDX-License-Identifier: MIT
 */
#ifndef FP_DATE_H
#define FP_DATE_H

#include <stddef.h>
#include <stdint.h>

#include "lang.h"
#include "msgid.h"

struct fp_date {
    int year;  /* 1..9999; 0 means "not set" */
    int month; /* 1..12 */
    int day;   /* 1..days in that month */
};

/* The years a plan's dates may have: four digits, this century. */
#define FP_DATE_YEAR_MIN 2000
#define FP_DATE_YEAR_MAX 2099

/* Parses "2017-05-01" or "1.5.2017" (leading zeros optional, a four-digit year from
   FP_DATE_YEAR_MIN to FP_DATE_YEAR_MAX). 0, or -1 with *why set to the catalogue's reason. */
int fp_date_parse(const char *s, struct fp_date *out, enum fp_msg *why);

/* For "1.5.25", writes "1.5.2025" into buf and returns 0; -1 when there is no such obvious fix
   ("1.5.99" most likely means 1999, a year no plan can have: 2099 would be a wrong guess). */
int fp_date_fix_year(const char *s, char *buf, size_t n);

/* <0, 0, >0 as a is before, equal to or after b. */
int fp_date_cmp(struct fp_date a, struct fp_date b);

/* Days since 1970-01-01 (negative before it). */
int64_t fp_date_days(struct fp_date d);

/* The date of a Unix time (UTC). */
struct fp_date fp_date_from_unix(int64_t t);

/*
 * Length of the period start..end inclusive in months, rounded half-up: 1.5.–31.12.2017 is 8,
 * 1.11.2023–31.10.2026 is 36. 0 when end is before start.
 */
int fp_date_months(struct fp_date start, struct fp_date end);

/* fi, sv: "1.5.2017"; en: "1 May 2017". Returns the length written. */
size_t fp_date_format(char *buf, size_t n, struct fp_date d, enum fp_lang lang);

/*
 * A period the way the language writes it, with an en dash and no spaces in fi and sv:
 * "1.5.2017–31.12.2017"; en "1 May 2017 – 31 December 2017".
 */
size_t fp_date_format_period(char *buf, size_t n, struct fp_date start, struct fp_date end,
                             enum fp_lang lang);

/* "2017-05-01": for JSON and file names. */
size_t fp_date_format_iso(char *buf, size_t n, struct fp_date d);

#endif
