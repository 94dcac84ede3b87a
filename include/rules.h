/*
 * rules.h - the funding rules as data: the programme periods, the built-in instruments, the
 * regions' EU co-financing rates and the rules a call or a plan may set; and how they combine
 * into the rules in force for one plan. Every figure here names its source in docs/rules.md.
 *
 *     struct fp_instrument in;
 *     fp_rules_resolve(&plan, call, &in, &diags);   // defaults, then the call, then [rules]
 *
 * Pure: tables and their lookup. Applying the rules to a plan's figures is check.c's.
 * SPDX-License-Identifier: MIT
 */
#ifndef FP_RULES_H
#define FP_RULES_H

#include "date.h"
#include "diag.h"
#include "money.h"
#include "msg.h"
#include "plan.h"

/* ---- programme periods */

/* A flat rate a period's rules name, and what it is a share of. */
struct fp_flat_rate_def {
    fp_bp rate;
    enum fp_flat_base base;
    unsigned flags; /* FP_FLAT_ONLY_STAFF, FP_FLAT_COVERS_TRAVEL, FP_FLAT_OTHER_FUND, ... */
};

enum {
    FP_FLAT_ONLY_STAFF = 1,    /* covers every other cost: no other line may stand beside it */
    FP_FLAT_COVERS_TRAVEL = 2, /* covers staff travel: a travel line is counted twice */
    FP_FLAT_OTHER_FUND = 4,    /* the rate of another fund (ESF's 17 %) */
    FP_FLAT_INVESTMENT = 8,    /* for investment projects */
};

struct fp_programme_def {
    enum fp_programme id;
    const char *name;                          /* "2014-2020" as plans write it */
    struct fp_date first, last;                /* projects starting in these dates belong to it */
    struct fp_date eligible_until;             /* the last day EU money may pay a cost */
    int euro_rounding;                         /* flat rates rounded to whole euros (EURA 2014) */
    fp_bp eu_share_developed;                  /* EU part of public financing: Helsinki-Uusimaa */
    fp_bp eu_share_transition;                 /* and the rest of mainland Finland */
    fp_cents max_lump_sum;                     /* the largest lump sum */
    const struct fp_flat_rate_def *flat_rates; /* ends with rate 0 */
};

/* The period a plan belongs to: `programme`, else its start date. NULL if neither says. */
const struct fp_programme_def *fp_rules_programme(enum fp_programme id);
enum fp_programme fp_rules_programme_of(struct fp_date start);

/* ---- instruments */

struct fp_instrument_def {
    const char *name;          /* "AIKO", "AKKE", "EAKR": what `instrument =` says */
    enum fp_source line;       /* its support line in [financing] */
    enum fp_base base;         /* what the support rate is a share of */
    fp_bp rate[3];             /* the cap by enum fp_programme (UNSET: the latest's) */
    fp_bp investment_rate[3];  /* the cap on investment costs; 0: the same as rate */
    int eu;                    /* EU money: end of eligibility and the EU/state split */
    int first_year, last_year; /* the years its calls ran (0: open) */
    enum fp_msg label;         /* "AIKO-rahoitus" ... for the facts */
};

/* A built-in instrument by name (case-insensitive), or NULL. */
const struct fp_instrument_def *fp_rules_instrument(const char *name);

/* The instrument names, NULL-terminated, for "did you mean" and messages. */
extern const char *const fp_rules_instrument_names[];

/* ---- regions */

/* The EU share category of a region (maakunta), by its Finnish, Swedish or English name:
   1 Helsinki-Uusimaa (more developed), 0 the rest of mainland Finland (transition), -2 Åland
   (outside the mainland programme), -1 unknown.
   *canonical gets the Finnish name. */
int fp_rules_region(const char *name, const char **canonical);

/* All region names in Finnish, NULL-terminated, for "did you mean". */
extern const char *const fp_rules_region_names[];

/* ---- the rules a call or [rules] may set */

enum fp_rule_kind {
    FP_RK_PERCENT,
    FP_RK_AMOUNT,
    FP_RK_CHOICE, /* a word of choices */
    FP_RK_MODELS, /* a ',' list of cost models */
    FP_RK_DATE,
    FP_RK_NUMBER, /* a whole number */
};

/* Which way a rule is stricter: a plan may move it only that way from its call's value. */
enum fp_rule_dir {
    FP_DIR_AT_MOST,  /* a maximum: lower is stricter */
    FP_DIR_AT_LEAST, /* a minimum: higher is stricter */
    FP_DIR_SUBSET,   /* a list of what is allowed: fewer is stricter */
    FP_DIR_SAME,     /* a definition: a plan may not change its call's */
};

/* A rule's meaning; its key name is the schema's (fp_schema_rule_name). */
struct fp_rule_def {
    enum fp_rule_kind kind;
    enum fp_rule_dir dir;
    const char *const *choices; /* FP_RK_CHOICE */
};

extern const struct fp_rule_def fp_rule_defs[FP_RULE_COUNT];

/* Parses a rule's value (its kind says how) into *out. 0, or -1 with *why a catalogue entry and
 *hint one to show with it (FP_M_NONE when none). */
int fp_rules_parse(enum fp_rule r, const char *value, struct fp_rule_value *out, enum fp_msg *why,
                   const char **near);

/* Writes a rule's value for a message: "70 %", "50 000 €", "actual, flat_rate", "1.1.2024". */
void fp_rules_format(char *buf, size_t n, enum fp_rule r, const struct fp_rule_value *v,
                     enum fp_lang lang);

/* The value as a message argument, typed so that each language writes it its own way; buf
   holds the words of a choice or list. */
struct fp_arg fp_rules_arg(enum fp_rule r, const struct fp_rule_value *v, char *buf, size_t n);

/* ---- a call: a funding round's rules, shared by many plans */

struct fp_call {
    char *path;                            /* as given; owned */
    struct fp_text_value name, id, funder; /* [call] */
    struct fp_rules rules;                 /* [rules] */
    size_t errors;                         /* errors found in the file: its rules are not whole */
};

/* Reads a call from memory (the fuzzer, a call a plan names); path names it in findings. The
   call's path is left NULL: the caller sets it if it keeps one. */
void fp_call_parse(const char *path, const char *data, size_t size, struct fp_call *call,
                   struct fp_diags *diags);

/* Reads a call file through the same reader as plans. 0, or -1 when it could not be read at all
   (printed). Findings about it go to diags (whose file is the call's path). Free with
   fp_call_free, also after -1. */
int fp_call_load(const char *path, struct fp_call *call, struct fp_diags *diags);
void fp_call_free(struct fp_call *call);

/*
 * The plan's own call (`call = FILE` in [project]), read beside the plan under the same rules as
 * a *_file text (no absolute path, no "..", no links). Findings about the call file go to
 * call_diags, whose file becomes the call's path; a call that cannot be read at all is an error
 * on the plan's `call` line in plan_diags (one with errors is the checker's to report). Returns
 * 1 (call filled), 0 (the plan names none) or -1 (unreadable). Free with fp_call_free.
 */
int fp_call_of_plan(const struct fp_plan *plan, struct fp_call *call, struct fp_diags *plan_diags,
                    struct fp_diags *call_diags);

/* ---- the rules in force for one plan */

enum fp_origin { FP_FROM_DEFAULT, FP_FROM_CALL, FP_FROM_PLAN };

struct fp_instrument {
    const char *name;                    /* "AIKO", "EAKR" or the plan's own name; borrowed */
    const struct fp_instrument_def *def; /* NULL for an instrument the plan's [rules] define */
    int builtin;
    enum fp_programme programme; /* the period the plan belongs to (UNSET: unknown) */
    enum fp_project_type type;
    enum fp_source support_source;     /* the financing line that is the support */
    enum fp_base base;                 /* what the support rate is a share of */
    fp_bp max_rate;                    /* the cap on support / base (development part) */
    fp_bp investment_rate;             /* the cap on the investment part; 0: max_rate */
    fp_bp min_municipal, min_own;      /* floors on shares (0: none) */
    int share_base_total;              /* the floors are shares of total costs, not financing */
    fp_cents max_support, min_support; /* euro limits on the support (0: none) */
    fp_cents max_total_costs, max_lump_sum;
    unsigned cost_models;                 /* the models allowed, a bit per enum fp_cost_model */
    struct fp_date start_from, end_by;    /* year 0: no limit */
    int max_months;                       /* 0: no limit */
    int euro_rounding;                    /* flat rates in whole euros */
    int yearly_balance_error;             /* a year's imbalance is an error, not a warning */
    int eu_split;                         /* EU money: support split into EU and state parts */
    fp_bp eu_share;                       /* the EU part's rate */
    int eu_share_base_support;            /* of the support line only, not all public money */
    struct fp_date eligible_until;        /* year 0: national money, no EU end date */
    enum fp_origin origin[FP_RULE_COUNT]; /* where each rule in force came from */
    int line[FP_RULE_COUNT];              /* its line in that file (0 for defaults) */
};

/*
 * The rules in force for plan: its instrument's defaults for its programme period and type, the
 * call's [rules] (call may be NULL), then the plan's [rules]. A plan's rule that loosens its
 * call's is an error (rules-loosened) and the call's value stays in force. Returns 0, or -1 when
 * the instrument is unknown and [rules] do not define it (*in then has AIKO's shape so figures
 * can still be computed, and an unknown-instrument finding was added).
 */
int fp_rules_resolve(const struct fp_plan *plan, const struct fp_call *call,
                     struct fp_instrument *in, struct fp_diags *diags);

#endif
