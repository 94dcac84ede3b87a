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
 * Which sections and keys exist, and what each holds, is the schema's table (schema.h); the line
 * scan and the values are ini.h's. Totals, shares and rule checks are the checker's (checks.h).
 * Every string is UTF-8 (validated) and owned by the plan.
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

/* A key whose value is one of a few words (cost_model = flat_rate): the word's index. */
struct fp_choice {
    int value;
    int line; /* 0: not given */
};

struct fp_date_value {
    struct fp_date date; /* year == 0: absent or unreadable */
    int line;
};

/* Programme periods of the EU structural funds; national money follows the same calendar. */
enum fp_programme { FP_PROG_UNSET, FP_PROG_2014_2020, FP_PROG_2021_2027 };

enum fp_project_type { FP_TYPE_DEVELOPMENT, FP_TYPE_INVESTMENT };

/* How costs are reimbursed (decree 866/2021 § 2): fixed for the whole project. */
enum fp_cost_model { FP_MODEL_ACTUAL, FP_MODEL_FLAT_RATE, FP_MODEL_LUMP_SUM, FP_MODEL_COUNT };

/* What a flat rate is a percentage of. */
enum fp_flat_base { FP_FLAT_STAFF, FP_FLAT_DIRECT };

/* One section group of money: the undivided [costs]/[income]/[financing] or one year of them. */
struct fp_block {
    int year;                              /* 0 for the undivided sections */
    int costs_line, income_line, fin_line; /* line of each section header, 0 if absent */
    struct fp_amount cost[FP_COST_COUNT];  /* cost[FP_COST_FLAT_RATE] is never read from the file */
    struct fp_percent flat_rate;           /* flat_rate = 24 %: the share of its base */
    struct fp_choice flat_rate_base;       /* enum fp_flat_base */
    struct fp_choice cost_model;           /* enum fp_cost_model, when the plan states it */
    struct fp_amount total;                /* total = ...: only when no breakdown is known */
    struct fp_amount income;               /* [income] revenue */
    struct fp_amount fin[FP_SRC_COUNT];
};

enum fp_base { FP_BASE_TOTAL_COSTS, FP_BASE_NET_COSTS };

/*
 * The rules a call or a plan's [rules] may set (docs/rules.md): each overrides the instrument's
 * default. The table of names, kinds and which way is stricter is rules.c's.
 */
enum fp_rule {
    FP_RULE_MAX_SUPPORT_RATE,    /* percent: cap on support / base (development part) */
    FP_RULE_INVESTMENT_RATE,     /* percent: cap on the support of investment costs */
    FP_RULE_MAX_SUPPORT,         /* amount: euro cap on the support per project */
    FP_RULE_MIN_SUPPORT,         /* amount */
    FP_RULE_MAX_TOTAL_COSTS,     /* amount */
    FP_RULE_MAX_LUMP_SUM,        /* amount: the largest lump sum */
    FP_RULE_MIN_OWN_SHARE,       /* percent: municipal + other public + private + in-kind */
    FP_RULE_MIN_MUNICIPAL_SHARE, /* percent */
    FP_RULE_SHARE_BASE,          /* choice: financing | total_costs, for the two minimums */
    FP_RULE_SUPPORT_BASE,        /* choice: total_costs | net_costs */
    FP_RULE_SUPPORT_SOURCE,      /* choice: a financing line */
    FP_RULE_COST_MODELS,         /* list of cost models: a bit per enum fp_cost_model */
    FP_RULE_START_FROM,          /* date: the earliest start */
    FP_RULE_END_BY,              /* date: the latest end */
    FP_RULE_MAX_MONTHS,          /* number: the longest period */
    FP_RULE_FLAT_RATE_ROUNDING,  /* choice: euro | cent */
    FP_RULE_YEARLY_BALANCE,      /* choice: warning | error */
    FP_RULE_EU_SHARE,            /* percent: EU part of the public financing (EAKR) */
    FP_RULE_EU_SHARE_BASE,       /* choice: public | support */
    FP_RULE_COUNT
};

struct fp_rule_value {
    int line;            /* 0: not given */
    int64_t v;           /* bp, cents, choice index, bit set or months, as the rule's kind */
    struct fp_date date; /* for the date rules */
};

struct fp_rules {
    struct fp_rule_value r[FP_RULE_COUNT];
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

/*
 * [decision]: what the funder decided, when it granted less than the plan applied for. Payment
 * claims (claim.h) are measured against it; without it, against the memo's decision proposal.
 */
struct fp_decision {
    struct fp_amount support;       /* the euro ceiling */
    struct fp_percent support_rate; /* the percentage ceiling */
    struct fp_date_value date;
    struct fp_text_value id; /* the decision's case number */
    int line;                /* line of the [decision] header, 0 if absent */
};

struct fp_plan {
    char *path; /* as given on the command line */

    /* [project]: texts the memo prints (the schema lists them) */
    struct fp_text_value name, id, applicant, funder, instrument;
    struct fp_text_value preparer, preparer_title, preparer_phone, preparer_email;
    struct fp_text_value region, programme_priority, specific_objective, application_number;
    struct fp_text_value target_area, presenter;
    struct fp_text_value call; /* the call file the plan answers, relative to the plan */
    char *partners[FP_MAX_PARTNERS];
    size_t npartners;
    int partners_line;
    struct fp_date_value start, end, date;
    struct fp_choice programme; /* enum fp_programme; value FP_PROG_UNSET when not given */
    struct fp_choice type;      /* enum fp_project_type */
    struct fp_choice lang;      /* enum fp_lang; Finnish when not given */

    /* [description]: from the key or its *_file */
    struct fp_text_value summary, goals, actions, assessment;

    /* Money. costs_by_year etc. say whether that kind comes in [x.YYYY] sections (then the
       years[] blocks hold it) or in one [x] section (then `whole` holds it). */
    struct fp_block whole;
    struct fp_block years[FP_MAX_YEARS]; /* sorted by year */
    size_t nyears;
    int costs_by_year, income_by_year, fin_by_year;

    struct fp_declared declared;
    struct fp_rules rules;
    struct fp_decision decision;

    /* A line of [costs], [income], [financing] or [rules] was rejected or its value did not
       parse (an error says which): the sums lack it, so the checker does not judge them. */
    int money_incomplete;
    /* The file is no plan at all (empty, binary, a README, a call file): the reader's one
       finding says what it is, and no summary, memo or workbook is made of it. */
    int nothing_read;
    enum fp_msg ours_instead; /* of those, a call file or claim: its kind, else FP_M_NONE */
};

/*
 * Reads the plan at path ("-": standard input, named FP_STDIN_NAME). Findings (errors with the
 * exact line, warnings) go to diags; a plan with errors is still filled as far as it can be, so a
 * memo can show what is wrong. Returns 0 when the file was read (findings or not), -1 when it could
 * not be read at all (missing, a directory, over FP_PLAN_MAX_BYTES): that is an I/O error, already
 * printed with FP_FAIL. The plan owns all its strings; free with fp_plan_free(), also after -1.
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
