/*
 * plan.c - reads a plan: the file through ini.c's careful reader, its values by the schema's
 * table (schema.c), then what only a plan has: partners, required keys, money by year.
 * The reader records what the file says and where; judging it is the checker's.
 * SPDX-License-Identifier: MIT
 */
#include "plan.h"

#include <stdlib.h>
#include <string.h>

#include "ini.h"
#include "schema.h"

/* The plan's sections in the schema's table. */
enum {
    SEC_PROJECT,
    SEC_DESCRIPTION,
    SEC_COSTS,
    SEC_INCOME,
    SEC_FINANCING,
    SEC_DECLARED,
    SEC_RULES,
    SEC_DECISION
};

static const struct fp_section_def *
section(int k)
{
    return &fp_schema_plan.sections[k];
}

static char *
trim_copy(const char *p, size_t n)
{
    while (n > 0 && (*p == ' ' || *p == '\t'))
        p++, n--;
    while (n > 0 && (p[n - 1] == ' ' || p[n - 1] == '\t'))
        n--;
    return fp_xstrndup(p, n);
}

static void
read_partners(const struct fp_schema_ctx *c, struct fp_plan *plan)
{
    int line;
    const char *v = fp_ini_get(c->ini, "project", "partners", &line);
    plan->partners_line = line;
    for (const char *p = v; p && *p;) {
        const char *comma = strchr(p, ',');
        size_t n = comma ? (size_t)(comma - p) : strlen(p);
        char *name = trim_copy(p, n);
        if (*name && plan->npartners < FP_MAX_PARTNERS) {
            plan->partners[plan->npartners++] = name;
        } else if (*name) {
            FP_DIAG(c->d, FP_ERROR, FP_F_BAD_VALUE, line, FP_M_F_TOO_MANY_PARTNERS,
                    fp_arg_int(FP_MAX_PARTNERS));
            free(name);
            break;
        } else {
            free(name);
        }
        p = comma ? comma + 1 : p + n;
    }
}

/* Required keys of [project] that are missing or empty: one finding each, unless the section
   itself is missing or a line of it was rejected (then that is the finding to fix first). */
static void
check_required(const struct fp_schema_ctx *c, const struct fp_plan *plan)
{
    int pline = fp_ini_header_line(c->ini, "project");
    int quiet = pline == 0 || fp_ini_rejected(c->ini, "project");

    if (pline == 0) {
        FP_DIAG(c->d, FP_ERROR, FP_F_MISSING_KEY, 0, FP_M_F_NO_SECTION, fp_arg_str("project"));
        FP_DIAG_NOTE(c->d, FP_M_N_ADD_PROJECT);
    }
    for (const struct fp_key_def *k = section(SEC_PROJECT)->keys; k->name; k++) {
        const void *v = (const char *)plan + k->offset;
        int given = fp_ini_key_line(c->ini, "project", k->name), present;
        if (!(k->flags & FP_KEY_REQUIRED))
            continue;
        if (k->kind == FP_KEY_DATE)
            present = ((const struct fp_date_value *)v)->line != 0;
        else
            present = ((const struct fp_text_value *)v)->text != NULL;
        if (present)
            continue;
        if (given) {
            FP_DIAG(c->d, FP_ERROR, FP_F_MISSING_KEY, given, FP_M_F_KEY_EMPTY, fp_arg_str(k->name));
        } else if (!quiet) {
            FP_DIAG(c->d, FP_ERROR, FP_F_MISSING_KEY, pline, FP_M_F_SECTION_LACKS,
                    fp_arg_str("project"), fp_arg_str(k->name));
        } else {
            continue;
        }
        FP_DIAG_NOTE(c->d, FP_M_N_ADD_LINE, fp_arg_str(k->name),
                     fp_arg_str(k->example ? k->example : "..."));
    }
}

/* The block for a year, inserted in order. NULL (error reported) when there are too many. */
static struct fp_block *
year_block(const struct fp_schema_ctx *c, struct fp_plan *plan, int year, int line)
{
    size_t i = 0;
    while (i < plan->nyears && plan->years[i].year < year)
        i++;
    if (i < plan->nyears && plan->years[i].year == year)
        return &plan->years[i];
    if (plan->nyears == FP_MAX_YEARS) {
        FP_DIAG(c->d, FP_ERROR, FP_F_YEAR_OUTSIDE, line, FP_M_F_TOO_MANY_YEARS,
                fp_arg_int(FP_MAX_YEARS));
        *c->incomplete = 1;
        return NULL;
    }
    memmove(&plan->years[i + 1], &plan->years[i], (plan->nyears - i) * sizeof plan->years[0]);
    memset(&plan->years[i], 0, sizeof plan->years[i]);
    plan->years[i].year = year;
    plan->nyears++;
    return &plan->years[i];
}

static void
read_money(const struct fp_schema_ctx *c, struct fp_plan *plan)
{
    int whole_line[3] = {0}, yearly_line[3] = {0};
    int *by_year[3] = {&plan->costs_by_year, &plan->income_by_year, &plan->fin_by_year};
    static const char *const names[3] = {"costs", "income", "financing"};

    for (size_t i = 0; i < fp_ini_nsections(c->ini); i++) {
        int line, year, k;
        const char *name = fp_ini_section(c->ini, i, &line);
        const struct fp_section_def *sec = fp_schema_section(&fp_schema_plan, name, &year);
        struct fp_block *b;
        if (sec == NULL || !(sec->flags & FP_SEC_YEARLY) || line == 0)
            continue; /* unknown, not money, or a repeated header merged into the first */
        k = (int)(sec - section(SEC_COSTS));
        if (year == 0) {
            whole_line[k] = line;
            b = &plan->whole;
        } else {
            if (yearly_line[k] == 0)
                yearly_line[k] = line;
            if ((b = year_block(c, plan, year, line)) == NULL)
                continue;
        }
        *(k == 0 ? &b->costs_line : k == 1 ? &b->income_line : &b->fin_line) = line;
        fp_schema_read(c, sec, name, b);
    }
    for (int k = 0; k < 3; k++) {
        *by_year[k] = yearly_line[k] != 0 && whole_line[k] == 0;
        if (whole_line[k] && yearly_line[k]) {
            int later = whole_line[k] > yearly_line[k] ? whole_line[k] : yearly_line[k];
            FP_DIAG(c->d, FP_ERROR, FP_F_MIXED_YEARS, later, FP_M_F_MIXED_YEARS,
                    fp_arg_str(names[k]), fp_arg_int(whole_line[k]), fp_arg_int(yearly_line[k]));
            FP_DIAG_NOTE(c->d, FP_M_N_MIXED_YEARS, fp_arg_str(names[k]));
            *c->incomplete = 1; /* only the undivided section is summed */
        }
    }
    if (!whole_line[0] && !yearly_line[0]) {
        FP_DIAG(c->d, FP_ERROR, FP_F_MISSING_KEY, 0, FP_M_F_NO_SECTION, fp_arg_str("costs"));
        FP_DIAG_NOTE(c->d, FP_M_N_ADD_COSTS);
    }
    if (!whole_line[2] && !yearly_line[2]) {
        FP_DIAG(c->d, FP_ERROR, FP_F_MISSING_KEY, 0, FP_M_F_NO_SECTION, fp_arg_str("financing"));
        FP_DIAG_NOTE(c->d, FP_M_N_ADD_FINANCING);
    }
}

static char *
dir_of(const char *path)
{
    const char *slash = strrchr(path, '/');
    if (slash == NULL)
        return fp_xstrdup(".");
    return fp_xstrndup(path, slash == path ? 1 : (size_t)(slash - path));
}

int
fp_plan_parse(const char *path, const char *data, size_t size, struct fp_plan *plan,
              struct fp_diags *diags)
{
    struct fp_ini *ini;
    struct fp_schema_ctx c;
    char *dir = dir_of(path);

    memset(plan, 0, sizeof *plan);
    plan->path = fp_xstrdup(path);
    plan->lang.value = FP_LANG_FI;
    ini = fp_ini_parse(path, data, size, &fp_schema_plan, diags);
    c.ini = ini;
    c.d = diags;
    c.dir = dir;
    c.incomplete = &plan->money_incomplete;
    /* a rejected header or line in a money section: the sums lack what it held */
    plan->money_incomplete = fp_ini_bad_headers(ini) || fp_ini_unknown_strict(ini);
    for (size_t i = 0; i < fp_ini_nsections(ini); i++) {
        int line, year;
        const char *name = fp_ini_section(ini, i, &line);
        const struct fp_section_def *sec = fp_schema_section(&fp_schema_plan, name, &year);
        if (sec && ((sec->flags & FP_SEC_YEARLY) || sec == section(SEC_RULES)) &&
            fp_ini_rejected(ini, name))
            plan->money_incomplete = 1;
    }
    if (fp_ini_has_values(ini)) {
        fp_schema_read(&c, section(SEC_PROJECT), "project", plan);
        if (!plan->lang.line)
            plan->lang.value = FP_LANG_FI;
        read_partners(&c, plan);
        check_required(&c, plan);
        fp_schema_read(&c, section(SEC_DESCRIPTION), "description", plan);
        read_money(&c, plan);
        fp_schema_read(&c, section(SEC_DECLARED), "declared", &plan->declared);
        fp_schema_read(&c, section(SEC_RULES), "rules", &plan->rules);
        plan->rules.line = fp_ini_header_line(ini, "rules");
        fp_schema_read(&c, section(SEC_DECISION), "decision", &plan->decision);
        plan->decision.line = fp_ini_header_line(ini, "decision");
    } else {
        /* without values every key would look empty: the reader's finding says it all */
        plan->money_incomplete = 1;
        plan->nothing_read = fp_ini_other_kind(ini);
        plan->ours_instead = fp_ini_ours_instead(ini);
    }
    fp_ini_free(ini);
    free(dir);
    return 0;
}

int
fp_plan_load(const char *path, struct fp_plan *plan, struct fp_diags *diags)
{
    char *data;
    size_t size;

    memset(plan, 0, sizeof *plan);
    if (fp_ini_slurp(path, FP_PLAN_MAX_BYTES, &data, &size) != 0)
        return -1;
    fp_plan_parse(fp_ini_name(path), data, size, plan, diags);
    free(data);
    return 0;
}

void
fp_plan_free(struct fp_plan *plan)
{
    if (plan == NULL)
        return;
    fp_schema_free(section(SEC_PROJECT), plan);
    fp_schema_free(section(SEC_DESCRIPTION), plan);
    fp_schema_free(section(SEC_DECISION), &plan->decision);
    for (size_t i = 0; i < plan->npartners; i++)
        free(plan->partners[i]);
    free(plan->path);
    memset(plan, 0, sizeof *plan);
}

void
fp_plan_stem(const char *path, char *buf, size_t n)
{
    const char *base = strrchr(path, '/');
    size_t len;
    if (strcmp(path, "-") == 0)
        base = FP_STDIN_NAME;
    base = base ? (*base == '/' ? base + 1 : base) : path;
    len = strlen(base);
    if (len > 4 && strcmp(base + len - 4, ".ini") == 0)
        len -= 4;
    if (n == 0)
        return;
    if (len >= n)
        len = n - 1;
    memcpy(buf, base, len);
    buf[len] = '\0';
}
