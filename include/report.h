/*
 * report.h - what every writer (memo, workbook) is told besides the plan and its figures.
 * SPDX-License-Identifier: MIT
 */
#ifndef FP_REPORT_H
#define FP_REPORT_H

#include <stdint.h>

#include "date.h"
#include "lang.h"

struct fp_report_opts {
    enum fp_lang lang;   /* the plan's language, or --lang */
    struct fp_date date; /* the memo's date: the plan's `date`, --date, or today */
    int64_t epoch;       /* Unix time embedded as creation/modification time (SOURCE_DATE_EPOCH) */
};

#endif
