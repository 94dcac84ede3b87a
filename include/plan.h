/*
 * plan.h - a project's funding plan as read from its INI file (format: docs/plan-format.md).
 *
 *     struct fp_plan plan;
 *     struct fp_diags diags = { .file = path };
 *     int rc = fp_plan_load(path, &plan, &diags);   // findings go to diags, with lines
 *     ...
 *     fp_plan_free(&plan);
 *
 * The reader only reads: it records what the file says, where, and what is wrong with its form.
 * Totals, shares and rule checks are the checker's (checks.h). Every string is UTF-8 (validated)
 * and owned by the plan.
 * SPDX-License-Identifier: MIT
 */
#ifndef FP_PLAN_H
#define FP_PLAN_H

#include <stddef.h>

#include "date.h"
#include "diag.h"
#include "lang.h"
#include "money.h"

/* Largest plan file and largest *_file text the reader accepts, in bytes. */
#define FP_PLAN_MAX_BYTES (1024 * 1024)
#define FP_TEXT_MAX_BYTES (1024 * 1024)

/* Year sections a plan may have ([costs.2017] ...); a project period spans at most this many. */
#define FP_MAX_YEARS 16

/* Partners listed in `partners = a, b, c`. */
#define FP_MAX_PARTNERS 32

/* A value as the file gives it, with where. line == 0: not in the file. */
struct fp_amount {
    fp_cents cents;
    int decimals; /* decimals written (0..2): declared figures compare at that precision */
    int line;
};

struct fp_percent {
    fp_bp bp;
    int decimals;
    int line;
};

struct fp_text_value {
    char *text; /* NULL when absent */
    int line;
};

/* One section group of money: the undivided [costs]/[income]/[financing] or one year of them. */
struct fp_block {
    int year;                              /* 0 for the undivided sections */
    int costs_line, income_line, fin_line; /* line of each section header, 0 if absent */
    struct fp_amount cost[FP_COST_COUNT];  /* cost[FP_COST_FLAT_RATE] is never read from the file */
    struct fp_percent flat_rate;           /* flat_rate = 24 %: the share of staff costs */
    struct fp_amount total;                /* total = ...: only when no breakdown is known */
    struct fp_amount income;               /* [income] revenue */
    struct fp_amount fin[FP_SRC_COUNT];
};

enum fp_base { FP_BASE_TOTAL_COSTS, FP_BASE_NET_COSTS };

/* [rules]: overrides of the instrument's defaults. line == 0: not given. */
struct fp_rules {
    struct fp_percent max_support_rate;
    struct fp_percent min_municipal_share;
    enum fp_base support_base;
    int support_base_line;
    enum fp_source support_source; /* which financing line is the support */
    int support_source_line;
    int line; /* line of the [rules] header, 0 if absent */
};

/* [declared]: figures as an application or memo states them, compared with the computed ones. */
struct fp_declared {
    struct fp_amount total_costs;
    struct fp_amount net_costs;
    struct fp_amount total_financing;
    struct fp_amount support;
    struct fp_percent support_rate;
};

struct fp_plan {
    char *path; /* as given on the command line */

    /* [project] */
    struct fp_text_value name, id, applicant, funder, instrument;
    struct fp_text_value preparer, preparer_title, preparer_phone, preparer_email;
    char *partners[FP_MAX_PARTNERS];
    size_t npartners;
    int partners_line;
    struct fp_date start, end, date; /* year == 0: absent or unreadable */
    int start_line, end_line, date_line;
    enum fp_lang lang;
    int lang_line;

    /* [description]: summary, goals, actions; from the key or its *_file */
    struct fp_text_value summary, goals, actions;

    /* Money. costs_by_year etc. say whether that kind comes in [x.YYYY] sections (then the
       years[] blocks hold it) or in one [x] section (then `whole` holds it). */
    struct fp_block whole;
    struct fp_block years[FP_MAX_YEARS]; /* sorted by year */
    size_t nyears;
    int costs_by_year, income_by_year, fin_by_year;

    struct fp_declared declared;
    struct fp_rules rules;

    /* A line of [costs], [income], [financing] or [rules] was rejected or its value did not
       parse (an error says which): the sums lack it, so the checker does not judge them. */
    int money_incomplete;
};

/*
 * Reads the plan at path. Findings (errors with the exact line, warnings) go to diags; a plan with
 * errors is still filled as far as it can be, so a memo can show what is wrong.
 * Returns 0 when the file was read (findings or not), -1 when it could not be read at all
 * (missing, a directory, over FP_PLAN_MAX_BYTES): that is an I/O error, already printed with
 * fp_diag_fail. The plan owns all its strings; free with fp_plan_free(), also after -1.
 */
int fp_plan_load(const char *path, struct fp_plan *plan, struct fp_diags *diags);

/* Reads a plan from memory (for the fuzzer and tests); path names it in findings. 0 always. */
int fp_plan_parse(const char *path, const char *data, size_t size, struct fp_plan *plan,
                  struct fp_diags *diags);

/* Frees every string; the plan is left zeroed. NULL is fine. */
void fp_plan_free(struct fp_plan *plan);

/* The plan's base name without directory and ".ini": output files are named after it. */
void fp_plan_stem(const char *path, char *buf, size_t n);

#endif
