/*
 * schema.c - the tables of sections and keys of a plan, a call file and a payment claim, and
 * reading a section's values by its table: text, dates, amounts, percentages, choices, rules.
 * The format for users: docs/plan-format.md. A key added here is read, checked for unknown
 * neighbours, freed and glyph-checked without another list to update.
 * SPDX-License-Identifier: MIT
 */
#include "schema.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#include "claimfile.h"
#include "date.h"
#include "ini.h"
#include "money.h"
#include "plan.h"
#include "rules.h"
#include "suggest.h"
#include "utf8.h"

const char *const fp_schema_programmes[] = {"", "2014-2020", "2021-2027", NULL};
const char *const fp_schema_types[] = {"development", "investment", NULL};
const char *const fp_schema_cost_models[] = {"actual", "flat_rate", "lump_sum", NULL};
const char *const fp_schema_flat_bases[] = {"staff", "direct", NULL};
const char *const fp_schema_languages[] = {"fi", "sv", "en", NULL};

/* ---- the plan */

#define PLAN(field) offsetof(struct fp_plan, field)
#define TEXT(key, flags, example, help)                                                            \
    {                                                                                              \
#key, FP_KEY_TEXT, flags, PLAN(key), NULL, example, 0, help                                \
    }

static const struct fp_key_def project_keys[] = {
    TEXT(name, FP_KEY_REQUIRED | FP_KEY_PRINTED, NULL, FP_M_TPL_H_NAME),
    TEXT(id, FP_KEY_PRINTED, "POSLI/2026/117", FP_M_TPL_H_ID),
    TEXT(applicant, FP_KEY_REQUIRED | FP_KEY_PRINTED, NULL, FP_M_TPL_H_APPLICANT),
    {"partners", FP_KEY_LIST, FP_KEY_PRINTED, 0, NULL, "Kumppani Oy, Toinen Oy", 0,
     FP_M_TPL_H_PARTNERS},
    TEXT(funder, FP_KEY_REQUIRED | FP_KEY_PRINTED, NULL, FP_M_TPL_H_FUNDER),
    TEXT(instrument, FP_KEY_REQUIRED | FP_KEY_PRINTED, NULL, FP_M_TPL_H_INSTRUMENT),
    {"programme", FP_KEY_CHOICE, 0, PLAN(programme), fp_schema_programmes, "2021-2027", 0,
     FP_M_TPL_H_PROGRAMME},
    {"type", FP_KEY_CHOICE, 0, PLAN(type), fp_schema_types, "development", 0, FP_M_TPL_H_TYPE},
    TEXT(region, FP_KEY_PRINTED, "Pohjois-Savo", FP_M_TPL_H_REGION),
    TEXT(programme_priority, FP_KEY_PRINTED, "1", FP_M_TPL_H_PRIORITY),
    TEXT(specific_objective, FP_KEY_PRINTED, "1.1", FP_M_TPL_H_OBJECTIVE),
    TEXT(application_number, FP_KEY_PRINTED, "A81234", FP_M_TPL_H_APPLICATION),
    TEXT(target_area, FP_KEY_PRINTED, "Pohjois-Savo", FP_M_TPL_H_TARGET_AREA),
    {"start", FP_KEY_DATE, FP_KEY_REQUIRED, PLAN(start), NULL, "1.1.2026", 0, FP_M_TPL_H_START},
    {"end", FP_KEY_DATE, FP_KEY_REQUIRED, PLAN(end), NULL, "31.12.2027", 0, FP_M_TPL_H_END},
    {"language", FP_KEY_CHOICE, 0, PLAN(lang), fp_schema_languages, "fi", 0, FP_M_TPL_H_LANGUAGE},
    {"date", FP_KEY_DATE, 0, PLAN(date), NULL, "1.12.2025", 0, FP_M_TPL_H_DATE},
    TEXT(presenter, FP_KEY_PRINTED, "Maija Meikäläinen", FP_M_TPL_H_PRESENTER),
    TEXT(call, 0, "haku.ini", FP_M_TPL_H_CALL),
    TEXT(preparer, FP_KEY_PRINTED, "Matti Meikäläinen", FP_M_TPL_H_PREPARER),
    TEXT(preparer_title, FP_KEY_PRINTED, "aluekehitysasiantuntija", FP_M_TPL_H_PREPARER_TITLE),
    TEXT(preparer_phone, FP_KEY_PRINTED, "+358 40 123 4567", FP_M_TPL_H_PREPARER_PHONE),
    TEXT(preparer_email, FP_KEY_PRINTED, "matti.meikalainen@example.fi", FP_M_TPL_H_PREPARER_EMAIL),
    {NULL, FP_KEY_TEXT, 0, 0, NULL, NULL, 0, FP_M_NONE},
};

#define LONG(key, help)                                                                            \
    {                                                                                              \
#key, FP_KEY_LONGTEXT, FP_KEY_PRINTED, PLAN(key), NULL, NULL, 0, help                      \
    }
#define FILEKEY(key, example)                                                                      \
    {                                                                                              \
        key, FP_KEY_FILENAME, 0, 0, NULL, example, 0, FP_M_TPL_H_TEXT_FILE                         \
    }

static const struct fp_key_def description_keys[] = {
    LONG(summary, FP_M_TPL_H_SUMMARY),
    LONG(goals, FP_M_TPL_H_GOALS),
    LONG(actions, FP_M_TPL_H_ACTIONS),
    LONG(assessment, FP_M_TPL_H_ASSESSMENT),
    FILEKEY("summary_file", "summary.txt"),
    FILEKEY("goals_file", "goals.txt"),
    FILEKEY("actions_file", "actions.txt"),
    FILEKEY("assessment_file", "assessment.txt"),
    {NULL, FP_KEY_TEXT, 0, 0, NULL, NULL, 0, FP_M_NONE},
};

#define BLOCK(field) offsetof(struct fp_block, field)
#define COST(key, c)                                                                               \
    {                                                                                              \
        key, FP_KEY_AMOUNT, 0, BLOCK(cost[c]), NULL, "40 000", 0, FP_M_COST_STAFF + c              \
    }

static const struct fp_key_def costs_keys[] = {
    COST("staff", FP_COST_STAFF),
    {"flat_rate", FP_KEY_PERCENT, 0, BLOCK(flat_rate), NULL, "40 %", 0, FP_M_TPL_H_FLAT_RATE},
    {"flat_rate_base", FP_KEY_CHOICE, 0, BLOCK(flat_rate_base), fp_schema_flat_bases, "staff", 0,
     FP_M_TPL_H_FLAT_RATE_BASE},
    {"cost_model", FP_KEY_CHOICE, 0, BLOCK(cost_model), fp_schema_cost_models, "flat_rate", 0,
     FP_M_TPL_H_COST_MODEL},
    COST("purchased_services", FP_COST_PURCHASED),
    COST("travel", FP_COST_TRAVEL),
    COST("equipment", FP_COST_EQUIPMENT),
    COST("construction", FP_COST_CONSTRUCTION),
    COST("other", FP_COST_OTHER),
    COST("in_kind", FP_COST_IN_KIND),
    COST("lump_sum", FP_COST_LUMP_SUM),
    {"total", FP_KEY_AMOUNT, 0, BLOCK(total), NULL, "78 958", 0, FP_M_TPL_H_TOTAL},
    {NULL, FP_KEY_TEXT, 0, 0, NULL, NULL, 0, FP_M_NONE},
};

static const struct fp_key_def income_keys[] = {
    {"revenue", FP_KEY_AMOUNT, 0, BLOCK(income), NULL, "1 000", 0, FP_M_TPL_H_REVENUE},
    {NULL, FP_KEY_TEXT, 0, 0, NULL, NULL, 0, FP_M_NONE},
};

#define FIN(key, s, help)                                                                          \
    {                                                                                              \
        key, FP_KEY_AMOUNT, 0, BLOCK(fin[s]), NULL, "10 000", 0, help                              \
    }

static const struct fp_key_def financing_keys[] = {
    FIN("aiko", FP_SRC_AIKO, FP_M_SRC_AIKO),
    FIN("akke", FP_SRC_AKKE, FP_M_SRC_AKKE),
    FIN("eakr", FP_SRC_EAKR, FP_M_TPL_H_FIN_EAKR),
    FIN("municipal", FP_SRC_MUNICIPAL, FP_M_SRC_MUNICIPAL),
    FIN("other_public", FP_SRC_OTHER_PUBLIC, FP_M_SRC_OTHER_PUBLIC),
    FIN("private", FP_SRC_PRIVATE, FP_M_SRC_PRIVATE),
    FIN("in_kind", FP_SRC_IN_KIND, FP_M_TPL_H_FIN_IN_KIND),
    {NULL, FP_KEY_TEXT, 0, 0, NULL, NULL, 0, FP_M_NONE},
};

#define DECL(key, kind, example, help)                                                             \
    {                                                                                              \
#key, kind, 0, offsetof(struct fp_declared, key), NULL, example, 0, help                   \
    }

static const struct fp_key_def declared_keys[] = {
    DECL(total_costs, FP_KEY_AMOUNT, "56 000", FP_M_T_TOTAL_COSTS),
    DECL(net_costs, FP_KEY_AMOUNT, "56 000", FP_M_T_NET_COSTS),
    DECL(total_financing, FP_KEY_AMOUNT, "56 000", FP_M_T_TOTAL_FINANCING),
    DECL(support, FP_KEY_AMOUNT, "44 800", FP_M_T_SUPPORT),
    DECL(support_rate, FP_KEY_PERCENT, "80 %", FP_M_T_SUPPORT_RATE),
    {NULL, FP_KEY_TEXT, 0, 0, NULL, NULL, 0, FP_M_NONE},
};

#define RULE(rule, key, example, help)                                                             \
    [rule] = {key, FP_KEY_RULE, 0, offsetof(struct fp_rules, r[rule]), NULL, example, rule, help}

/* The rules a call or a plan may set; what each means and which way is stricter: rules.c. */
static const struct fp_key_def rules_keys[FP_RULE_COUNT + 1] = {
    RULE(FP_RULE_MAX_SUPPORT_RATE, "max_support_rate", "75 %", FP_M_TPL_H_MAX_SUPPORT_RATE),
    RULE(FP_RULE_INVESTMENT_RATE, "investment_rate", "70 %", FP_M_TPL_H_INVESTMENT_RATE),
    RULE(FP_RULE_MAX_SUPPORT, "max_support", "200 000", FP_M_TPL_H_MAX_SUPPORT),
    RULE(FP_RULE_MIN_SUPPORT, "min_support", "10 000", FP_M_TPL_H_MIN_SUPPORT),
    RULE(FP_RULE_MAX_TOTAL_COSTS, "max_total_costs", "500 000", FP_M_TPL_H_MAX_TOTAL_COSTS),
    RULE(FP_RULE_MAX_LUMP_SUM, "max_lump_sum", "200 000", FP_M_TPL_H_MAX_LUMP_SUM),
    RULE(FP_RULE_MIN_OWN_SHARE, "min_own_share", "10 %", FP_M_TPL_H_MIN_OWN_SHARE),
    RULE(FP_RULE_MIN_MUNICIPAL_SHARE, "min_municipal_share", "20 %",
         FP_M_TPL_H_MIN_MUNICIPAL_SHARE),
    RULE(FP_RULE_SHARE_BASE, "share_base", "financing", FP_M_TPL_H_SHARE_BASE),
    RULE(FP_RULE_SUPPORT_BASE, "support_base", "net_costs", FP_M_TPL_H_SUPPORT_BASE),
    RULE(FP_RULE_SUPPORT_SOURCE, "support_source", "eakr", FP_M_TPL_H_SUPPORT_SOURCE),
    RULE(FP_RULE_COST_MODELS, "cost_models", "actual, flat_rate", FP_M_TPL_H_COST_MODELS),
    RULE(FP_RULE_START_FROM, "start_from", "1.1.2026", FP_M_TPL_H_START_FROM),
    RULE(FP_RULE_END_BY, "end_by", "31.12.2028", FP_M_TPL_H_END_BY),
    RULE(FP_RULE_MAX_MONTHS, "max_months", "36", FP_M_TPL_H_MAX_MONTHS),
    RULE(FP_RULE_FLAT_RATE_ROUNDING, "flat_rate_rounding", "cent", FP_M_TPL_H_FLAT_RATE_ROUNDING),
    RULE(FP_RULE_YEARLY_BALANCE, "yearly_balance", "error", FP_M_TPL_H_YEARLY_BALANCE),
    RULE(FP_RULE_EU_SHARE, "eu_share", "60 %", FP_M_TPL_H_EU_SHARE),
    RULE(FP_RULE_EU_SHARE_BASE, "eu_share_base", "public", FP_M_TPL_H_EU_SHARE_BASE),
    [FP_RULE_COUNT] = {NULL, FP_KEY_TEXT, 0, 0, NULL, NULL, 0, FP_M_NONE},
};

#define DECISION(key, kind, example, help)                                                         \
    {                                                                                              \
#key, kind, 0, offsetof(struct fp_decision, key), NULL, example, 0, help                   \
    }

/* What the funder decided, when it differs from what the plan applied for (claim.h). */
static const struct fp_key_def decision_keys[] = {
    DECISION(support, FP_KEY_AMOUNT, "50 000", FP_M_TPL_H_DECISION_SUPPORT),
    DECISION(support_rate, FP_KEY_PERCENT, "36,86 %", FP_M_TPL_H_DECISION_RATE),
    DECISION(date, FP_KEY_DATE, "1.2.2025", FP_M_TPL_H_DECISION_DATE),
    {"id", FP_KEY_TEXT, FP_KEY_PRINTED, offsetof(struct fp_decision, id), NULL, "EPL/2025/12", 0,
     FP_M_TPL_H_DECISION_ID},
    {NULL, FP_KEY_TEXT, 0, 0, NULL, NULL, 0, FP_M_NONE},
};

const char *
fp_schema_rule_name(enum fp_rule r)
{
    return rules_keys[r].name;
}

static const struct fp_section_def plan_sections[] = {
    {"project", FP_SEC_REQUIRED, project_keys, FP_M_TPL_SEC_PROJECT},
    {"description", 0, description_keys, FP_M_TPL_SEC_DESCRIPTION},
    {"costs", FP_SEC_YEARLY | FP_SEC_STRICT | FP_SEC_REQUIRED, costs_keys, FP_M_TPL_SEC_COSTS},
    {"income", FP_SEC_YEARLY | FP_SEC_STRICT, income_keys, FP_M_TPL_SEC_INCOME},
    {"financing", FP_SEC_YEARLY | FP_SEC_STRICT | FP_SEC_REQUIRED, financing_keys,
     FP_M_TPL_SEC_FINANCING},
    {"declared", FP_SEC_STRICT, declared_keys, FP_M_TPL_SEC_DECLARED},
    {"rules", FP_SEC_STRICT, rules_keys, FP_M_TPL_SEC_RULES},
    {"decision", FP_SEC_STRICT, decision_keys, FP_M_TPL_SEC_DECISION},
    {NULL, 0, NULL, FP_M_NONE},
};

/* The template's texts (fundplan new) that are no plan's own: check.c warns while a plan holds
   one, in any language, since a plan may have been started in another. */
const struct fp_placeholder fp_schema_placeholders[] = {
    {"project", "name", FP_M_TPL_NAME},
    {"project", "applicant", FP_M_TPL_APPLICANT},
    {"project", "funder", FP_M_TPL_FUNDER},
    {"description", "summary", FP_M_TPL_SUMMARY},
    {"description", "goals", FP_M_TPL_GOALS},
    {"description", "actions", FP_M_TPL_ACTIONS},
    {"description", "assessment", FP_M_TPL_ASSESSMENT},
    {NULL, NULL, FP_M_NONE},
};

const struct fp_schema fp_schema_plan = {FP_M_WHAT_PLAN, plan_sections};

/* ---- a call file */

#define CALL(key, flags, example, help)                                                            \
    {                                                                                              \
#key, FP_KEY_TEXT, flags, offsetof(struct fp_call, key), NULL, example, 0, help            \
    }

static const struct fp_key_def call_keys[] = {
    CALL(name, FP_KEY_REQUIRED | FP_KEY_PRINTED, "EAKR 2026", FP_M_TPL_H_CALL_NAME),
    CALL(id, FP_KEY_PRINTED, "POSLI/2026/1", FP_M_TPL_H_CALL_ID),
    CALL(funder, FP_KEY_PRINTED, "Pohjois-Savon liitto", FP_M_TPL_H_CALL_FUNDER),
    {NULL, FP_KEY_TEXT, 0, 0, NULL, NULL, 0, FP_M_NONE},
};

static const struct fp_section_def call_sections[] = {
    {"call", FP_SEC_REQUIRED, call_keys, FP_M_TPL_SEC_CALL},
    {"rules", FP_SEC_STRICT, rules_keys, FP_M_TPL_SEC_RULES},
    {NULL, 0, NULL, FP_M_NONE},
};

const struct fp_schema fp_schema_call = {FP_M_WHAT_CALL, call_sections};

/* ---- a payment claim: [costs] and [income] are the plan's tables, so a claim names its cost
   lines as the plan does (the keys that are the decision's are claim.c's to reject). No
   template writes a claim, so its own keys need no comments. */

#define CLAIM(field) offsetof(struct fp_claimfile, field)

static const char *const yes_no[] = {"no", "yes", NULL};

static const struct fp_key_def claim_keys[] = {
    {"number", FP_KEY_NUMBER, FP_KEY_REQUIRED, CLAIM(number), NULL, "1", 0, FP_M_NONE},
    {"start", FP_KEY_DATE, FP_KEY_REQUIRED, CLAIM(start), NULL, "1.1.2026", 0, FP_M_NONE},
    {"end", FP_KEY_DATE, FP_KEY_REQUIRED, CLAIM(end), NULL, "30.6.2026", 0, FP_M_NONE},
    {"final", FP_KEY_CHOICE, 0, CLAIM(final), yes_no, "no", 0, FP_M_NONE},
    {"paid", FP_KEY_AMOUNT, 0, CLAIM(paid), NULL, "28 000", 0, FP_M_NONE},
    {"achieved", FP_KEY_CHOICE, 0, CLAIM(achieved), yes_no, "yes", 0, FP_M_NONE},
    {NULL, FP_KEY_TEXT, 0, 0, NULL, NULL, 0, FP_M_NONE},
};

static const struct fp_section_def claim_sections[] = {
    {"claim", FP_SEC_REQUIRED | FP_SEC_STRICT, claim_keys, FP_M_NONE},
    {"costs", FP_SEC_STRICT, costs_keys, FP_M_NONE},
    {"income", FP_SEC_STRICT, income_keys, FP_M_NONE},
    {NULL, 0, NULL, FP_M_NONE},
};

const struct fp_schema fp_schema_claim = {FP_M_WHAT_CLAIM, claim_sections};

/* ---- lookups */

const struct fp_section_def *
fp_schema_section(const struct fp_schema *s, const char *name, int *year)
{
    *year = 0;
    for (const struct fp_section_def *sec = s->sections; sec->name; sec++) {
        size_t n = strlen(sec->name);
        const char *y = name + n;
        if (strncmp(name, sec->name, n) != 0)
            continue;
        if (*y == '\0')
            return sec;
        /* [costs.2024]: a year of four digits, not starting with 0 */
        if (*y == '.' && (sec->flags & FP_SEC_YEARLY) && strlen(y + 1) == 4 && y[1] >= '1' &&
            y[1] <= '9' && y[2] >= '0' && y[2] <= '9' && y[3] >= '0' && y[3] <= '9' &&
            y[4] >= '0' && y[4] <= '9') {
            *year = atoi(y + 1);
            return sec;
        }
    }
    return NULL;
}

const struct fp_key_def *
fp_schema_key(const struct fp_section_def *sec, const char *name)
{
    for (const struct fp_key_def *k = sec->keys; k->name; k++)
        if (strcmp(k->name, name) == 0)
            return k;
    return NULL;
}

/* ---- reading values */

static void *
at(void *target, size_t offset)
{
    return (char *)target + offset;
}

/* A bad value: the finding, and money left incomplete unless it is only a declared figure. */
static void
bad_value(const struct fp_schema_ctx *c, const char *section, enum fp_code code, int line,
          enum fp_msg msg, const char *value, enum fp_msg why, enum fp_msg note)
{
    FP_DIAG(c->d, FP_ERROR, code, line, msg, fp_arg_str(value), fp_arg_msg(why));
    if (note != FP_M_NONE)
        FP_DIAG_NOTE(c->d, note);
    if (strcmp(section, "declared") != 0 && strcmp(section, "project") != 0 &&
        strcmp(section, "description") != 0 && strcmp(section, "call") != 0 &&
        strcmp(section, "decision") != 0)
        *c->incomplete = 1;
}

static void
read_amount(const struct fp_schema_ctx *c, const char *section, const char *v, int line,
            struct fp_amount *out)
{
    enum fp_msg why = FP_M_WHY_EMPTY;
    memset(out, 0, sizeof *out);
    if (v == NULL || fp_money_parse(v, &out->cents, &out->decimals, &why) != 0) {
        bad_value(c, section, FP_F_BAD_AMOUNT, line, FP_M_F_BAD_AMOUNT, v ? v : "", why,
                  FP_M_N_AMOUNT_FORM);
        out->cents = 0;
        return;
    }
    out->line = line;
}

static void
read_percent(const struct fp_schema_ctx *c, const char *section, const char *v, int line,
             struct fp_percent *out)
{
    enum fp_msg why = FP_M_WHY_EMPTY;
    memset(out, 0, sizeof *out);
    if (v == NULL || fp_percent_parse(v, &out->bp, &out->decimals, &why) != 0) {
        bad_value(c, section, FP_F_BAD_PERCENT, line, FP_M_F_BAD_PERCENT, v ? v : "", why,
                  FP_M_N_PERCENT_FORM);
        out->bp = 0;
        return;
    }
    out->line = line;
}

static void
read_date(const struct fp_schema_ctx *c, const char *v, int line, struct fp_date_value *out)
{
    enum fp_msg why;
    memset(out, 0, sizeof *out);
    /* an empty date (`date =` in the template) is no date; a required one is then missing */
    if (v == NULL || *v == '\0')
        return;
    out->line = line;
    if (fp_date_parse(v, &out->date, &why) != 0) {
        char fix[32];
        FP_DIAG(c->d, FP_ERROR, FP_F_BAD_DATE, line, FP_M_F_BAD_DATE, fp_arg_str(v),
                fp_arg_msg(why));
        if (fp_date_fix_year(v, fix, sizeof fix) == 0)
            FP_DIAG_NOTE(c->d, FP_M_N_DID_YOU_MEAN, fp_arg_str(fix));
        else
            FP_DIAG_NOTE(c->d, FP_M_N_DATE_FORM);
        memset(&out->date, 0, sizeof out->date);
    }
}

/* The words of a choice for a message: "fi, sv, en". */
static void
choice_list(char *buf, size_t n, const char *const *choices)
{
    size_t o = 0;
    buf[0] = '\0';
    for (const char *const *w = choices; *w && o < n; w++)
        if (**w != '\0')
            o += (size_t)snprintf(buf + o, n - o, "%s%s", o ? ", " : "", *w);
}

static void
read_choice(const struct fp_schema_ctx *c, const struct fp_key_def *k, const char *v, int line,
            struct fp_choice *out)
{
    out->value = 0;
    out->line = 0;
    for (int i = 0; v && k->choices[i]; i++) {
        if (*k->choices[i] && strcasecmp(v, k->choices[i]) == 0) {
            out->value = i;
            out->line = line;
            return;
        }
    }
    {
        char list[160];
        const char *near = v && *v ? fp_suggest(v, k->choices) : NULL;
        choice_list(list, sizeof list, k->choices);
        FP_DIAG(c->d, FP_ERROR, FP_F_BAD_VALUE, line, FP_M_F_BAD_CHOICE, fp_arg_str(k->name),
                fp_arg_str(v ? v : ""), fp_arg_str(list));
        if (near && *near)
            FP_DIAG_NOTE(c->d, FP_M_N_DID_YOU_MEAN, fp_arg_str(near));
    }
}

static void
read_rule(const struct fp_schema_ctx *c, const struct fp_key_def *k, const char *v, int line,
          struct fp_rule_value *out)
{
    enum fp_msg why = FP_M_WHY_EMPTY;
    const char *near = NULL;
    memset(out, 0, sizeof *out);
    if (v != NULL && fp_rules_parse((enum fp_rule)k->rule, v, out, &why, &near) == 0) {
        out->line = line;
        return;
    }
    FP_DIAG(c->d, FP_ERROR, FP_F_BAD_VALUE, line, FP_M_F_BAD_RULE, fp_arg_str(k->name),
            fp_arg_str(v ? v : ""), fp_arg_msg(why));
    {
        char fix[32];
        if (near)
            FP_DIAG_NOTE(c->d, FP_M_N_DID_YOU_MEAN, fp_arg_str(near));
        else if (v && fp_date_fix_year(v, fix, sizeof fix) == 0)
            FP_DIAG_NOTE(c->d, FP_M_N_DID_YOU_MEAN, fp_arg_str(fix));
    }
    *c->incomplete = 1;
}

/* Control characters in a text read from a file; line ends are fine there. */
static int
has_controls(const char *p, size_t n)
{
    const unsigned char *u = (const unsigned char *)p;
    for (size_t i = 0; i < n; i++) {
        if (u[i] == '\n' || u[i] == '\r' || u[i] == '\t')
            continue;
        if (u[i] < 0x20 || u[i] == 0x7f)
            return 1;
        if (u[i] == 0xc2 && i + 1 < n && u[i + 1] >= 0x80 && u[i + 1] <= 0x9f)
            return 1;
    }
    return 0;
}

/*
 * Opens name under dir without leaving it: no absolute paths, no "..", no symlinks on the way
 * (O_NOFOLLOW on every component), a regular file of at most FP_TEXT_MAX_BYTES.
 * Returns the text (owned by the caller) or NULL with *why (and *err for system errors) set.
 */
char *
fp_schema_read_beside(const char *dir, const char *name, enum fp_msg *why, int *err)
{
    char *copy, *part, *save = NULL, *next, *text = NULL;
    int fd;
    struct stat st;

    *err = 0;
    if (*name == '/') {
        *why = FP_M_WHY_FILE_ABSOLUTE;
        return NULL;
    }
    fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) {
        *why = FP_M_WHY_FILE_FOLDER_UNREADABLE;
        return NULL;
    }
    copy = fp_xstrdup(name);
    for (part = strtok_r(copy, "/", &save); part; part = next) {
        int flags = O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC;
        int nfd;
        next = strtok_r(NULL, "/", &save);
        if (strcmp(part, ".") == 0)
            continue; /* "./goals.txt" stays in the folder; a final "." is the folder itself */
        if (strcmp(part, "..") == 0) {
            *why = FP_M_WHY_FILE_DOTDOT;
            goto fail;
        }
        /* look before opening: opening a device or FIFO can block or act on the device; the
           O_NOFOLLOW open below still holds if the entry is swapped in between */
        if (fstatat(fd, part, &st, AT_SYMLINK_NOFOLLOW) == 0) {
            if (S_ISLNK(st.st_mode)) {
                *why = FP_M_WHY_FILE_SYMLINK;
                goto fail;
            }
            if (!S_ISDIR(st.st_mode) && !S_ISREG(st.st_mode)) {
                *why = FP_M_WHY_FILE_NOT_REGULAR;
                goto fail;
            }
        }
        nfd = openat(fd, part, next ? flags | O_DIRECTORY : flags);
        close(fd);
        fd = nfd;
        if (fd < 0) {
            *why = errno == ELOOP     ? FP_M_WHY_FILE_SYMLINK
                   : errno == ENOENT  ? FP_M_WHY_FILE_MISSING
                   : errno == ENOTDIR ? FP_M_WHY_FILE_NOT_FOLDER
                                      : FP_M_WHY_ERRNO;
            *err = errno;
            goto fail;
        }
    }
    if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        *why = S_ISDIR(st.st_mode) ? FP_M_WHY_FILE_IS_FOLDER : FP_M_WHY_FILE_NOT_REGULAR;
        goto fail;
    }
    if (st.st_size > FP_TEXT_MAX_BYTES) {
        *why = FP_M_WHY_FILE_TOO_BIG;
        goto fail;
    }
    text = fp_xmalloc((size_t)st.st_size + 1);
    {
        size_t got = 0;
        ssize_t k;
        while (got < (size_t)st.st_size && (k = read(fd, text + got, (size_t)st.st_size - got)) > 0)
            got += (size_t)k;
        text[got] = '\0';
        if (memchr(text, '\0', got) || fp_utf8_invalid_at(text, got) < got) {
            *why = FP_M_WHY_FILE_NOT_UTF8;
            free(text);
            text = NULL;
        } else if (has_controls(text, got)) {
            *why = FP_M_WHY_FILE_CONTROLS;
            free(text);
            text = NULL;
        }
    }
fail:
    if (fd >= 0)
        close(fd);
    free(copy);
    return text;
}

/* A description text: the key's value, or the text of the file NAME_file names. */
static void
read_longtext(const struct fp_schema_ctx *c, const struct fp_key_def *k, const char *section,
              struct fp_text_value *out)
{
    char filekey[48];
    int fline, err;
    const char *fname;
    enum fp_msg why = FP_M_NONE;

    snprintf(filekey, sizeof filekey, "%s_file", k->name);
    fname = fp_ini_get(c->ini, section, filekey, &fline);
    if (fline == 0)
        return;
    if (out->text) {
        FP_DIAG(c->d, FP_ERROR, FP_F_BAD_VALUE, fline, FP_M_F_TEXT_AND_FILE, fp_arg_str(k->name),
                fp_arg_int(out->line), fp_arg_str(filekey));
        FP_DIAG_NOTE(c->d, FP_M_N_KEEP_ONE);
        return;
    }
    if (fname == NULL || *fname == '\0') {
        FP_DIAG(c->d, FP_ERROR, FP_F_BAD_FILE, fline, FP_M_F_FILE_EMPTY_NAME, fp_arg_str(filekey));
        return;
    }
    out->text = fp_schema_read_beside(c->dir, fname, &why, &err);
    out->line = fline;
    if (out->text == NULL) {
        if (why == FP_M_WHY_ERRNO)
            FP_DIAG(c->d, FP_ERROR, FP_F_BAD_FILE, fline, FP_M_F_FILE_UNREADABLE, fp_arg_str(fname),
                    fp_arg_errno(err));
        else
            FP_DIAG(c->d, FP_ERROR, FP_F_BAD_FILE, fline, FP_M_F_FILE_UNREADABLE, fp_arg_str(fname),
                    fp_arg_msg(why));
    }
}

void
fp_schema_read_key(const struct fp_schema_ctx *c, const struct fp_key_def *k, const char *name,
                   void *target)
{
    int line;
    const char *v = fp_ini_get(c->ini, name, k->name, &line);

    switch (k->kind) {
    case FP_KEY_TEXT:
    case FP_KEY_LONGTEXT: {
        struct fp_text_value *tv = at(target, k->offset);
        free(tv->text);
        tv->line = line;
        tv->text = v && *v ? fp_xstrdup(v) : NULL;
        if (k->kind == FP_KEY_LONGTEXT)
            read_longtext(c, k, name, tv);
        break;
    }
    case FP_KEY_DATE:
        read_date(c, line ? v : NULL, line, at(target, k->offset));
        break;
    case FP_KEY_AMOUNT:
        memset(at(target, k->offset), 0, sizeof(struct fp_amount));
        if (line)
            read_amount(c, name, v, line, at(target, k->offset));
        break;
    case FP_KEY_PERCENT:
        memset(at(target, k->offset), 0, sizeof(struct fp_percent));
        if (line)
            read_percent(c, name, v, line, at(target, k->offset));
        break;
    case FP_KEY_CHOICE:
        memset(at(target, k->offset), 0, sizeof(struct fp_choice));
        if (line)
            read_choice(c, k, v, line, at(target, k->offset));
        break;
    case FP_KEY_NUMBER: {
        struct fp_choice *ch = at(target, k->offset);
        char *end = NULL;
        long n = v ? strtol(v, &end, 10) : -1;
        ch->value = 0;
        ch->line = 0;
        if (line == 0)
            break;
        if (v == NULL || end == v || *end != '\0' || n < 0 || n > 9999 || *v == '+' || *v == '-' ||
            *v == ' ')
            FP_DIAG(c->d, FP_ERROR, FP_F_BAD_VALUE, line, FP_M_F_BAD_NUMBER, fp_arg_str(k->name),
                    fp_arg_str(v ? v : ""));
        else {
            ch->value = (int)n;
            ch->line = line;
        }
        break;
    }
    case FP_KEY_RULE:
        memset(at(target, k->offset), 0, sizeof(struct fp_rule_value));
        if (line)
            read_rule(c, k, v, line, at(target, k->offset));
        break;
    case FP_KEY_LIST:
    case FP_KEY_FILENAME:
        break; /* read by their owners */
    }
}

void
fp_schema_read(const struct fp_schema_ctx *c, const struct fp_section_def *sec, const char *name,
               void *target)
{
    for (const struct fp_key_def *k = sec->keys; k->name; k++)
        fp_schema_read_key(c, k, name, target);
}

void
fp_schema_free(const struct fp_section_def *sec, void *target)
{
    for (const struct fp_key_def *k = sec->keys; k->name; k++) {
        if (k->kind == FP_KEY_TEXT || k->kind == FP_KEY_LONGTEXT) {
            struct fp_text_value *tv = at(target, k->offset);
            free(tv->text);
            tv->text = NULL;
        }
    }
}
