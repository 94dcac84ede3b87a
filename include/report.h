/*
 * report.h - what every writer (memo, workbook) is told besides the plan and its figures,
 * and how the commands make it from their options.
 * SPDX-License-Identifier: MIT
 */
#ifndef FP_REPORT_H
#define FP_REPORT_H

#include <stdint.h>

#include "date.h"
#include "lang.h"
#include "plan.h"
#include "rules.h"

struct fp_report_opts {
    enum fp_lang lang;   /* the plan's language, or --lang */
    struct fp_date date; /* the memo's date: the plan's `date`, --date, or today */
    int64_t epoch;       /* Unix time embedded as creation/modification time (SOURCE_DATE_EPOCH) */
    const struct fp_call *call; /* the call the plan was checked against (--call), or NULL */
};

/*
 * Fills *r for a plan: lang from lang_arg ("fi", "sv", "en"; NULL: the plan's), the memo's date
 * from date_arg (NULL: the plan's `date`, else today), epoch from SOURCE_DATE_EPOCH or now.
 * Returns 0, or -1 with a usage message printed.
 */
int fp_report_opts_make(const char *lang_arg, const char *date_arg, const struct fp_plan *plan,
                        struct fp_report_opts *r);

#endif
