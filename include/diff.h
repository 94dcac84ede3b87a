/*
 * diff.h - a change application (muutoshakemus): two checked plans compared line by line, and
 * the findings about the change itself (docs/diff.md).
 *
 *     struct fp_diff *d = fp_xmalloc(sizeof *d);
 *     struct fp_diags changes = {.file = new_plan.path};
 *     fp_diff_plans(&old_plan, &old_fig, &new_plan, &new_fig, d, &changes);
 *     for (size_t i = 0; i < d->nlines; i++)
 *         if (fp_diff_line_changed(&d->lines[i])) ...   // writers read d, never compute
 *
 * Pure: no I/O and no allocation beyond findings. Both plans must have been through
 * fp_check_plan: every figure compared is the checker's. The result borrows both plans and
 * their figures, which must outlive it.
 * SPDX-License-Identifier: MIT
 */
#ifndef FP_DIFF_H
#define FP_DIFF_H

#include <stddef.h>

#include "checks.h"
#include "diag.h"
#include "lang.h"
#include "money.h"
#include "plan.h"

/* The parts of a plan whose lines are compared, in the order reports list them. */
enum fp_diff_section { FP_DIFF_COSTS, FP_DIFF_INCOME, FP_DIFF_FINANCING, FP_DIFF_SECTION_COUNT };

/* A line's item that is its section's total (total costs, total financing). */
#define FP_DIFF_TOTAL (-1)

/*
 * One compared figure: a line of a section, for one year or (year 0) the whole project.
 * A side "has" a figure when its plan gives it: a plan whose costs are one undivided section has
 * no figure per year, and a plan that gives only `total` has none per cost category; such a cell
 * is shown as "—" and its change is unknown. A plan divided by year has 0 in a year it lacks.
 */
struct fp_diff_line {
    enum fp_diff_section section;
    int item; /* enum fp_cost, 0 for the income, enum fp_source; or FP_DIFF_TOTAL */
    int year; /* 0: the whole project */
    int has_old, has_new;
    fp_cents old_cents, new_cents;
    int has_delta;         /* both sides have the figure (and the difference fits) */
    fp_cents delta;        /* new − old */
    struct fp_ratio share; /* delta / old, den 0 when old is 0 or unknown */
};

/* Sections × items (costs and their total, income, sources and their total) × (years + 1). */
#define FP_DIFF_MAX_LINES ((FP_COST_COUNT + 1 + 1 + FP_SRC_COUNT + 1) * (2 * FP_MAX_YEARS + 1))

/* Figures of the whole project that reports show old, new and changed. */
enum fp_diff_key {
    FP_DK_TOTAL_COSTS,
    FP_DK_INCOME,
    FP_DK_NET_COSTS,
    FP_DK_TOTAL_FINANCING,
    FP_DK_SUPPORT,
    FP_DK_MAX_SUPPORT,
    FP_DK_EU,    /* only when a side splits EU money */
    FP_DK_STATE, /* likewise */
    FP_DK_COUNT
};

struct fp_diff_key_figure {
    int has_old, has_new, has_delta;
    fp_cents old_cents, new_cents, delta;
};

struct fp_diff {
    const struct fp_plan *old_plan, *new_plan; /* borrowed */
    const struct fp_figures *old_fig, *new_fig;

    struct fp_diff_line lines[FP_DIFF_MAX_LINES]; /* every line either plan shows */
    size_t nlines;
    int years[2 * FP_MAX_YEARS]; /* the years either plan has, ascending */
    size_t nyears;

    struct fp_diff_key_figure key[FP_DK_COUNT];
    int64_t rate_delta; /* support rate, new − old, in 1/100 % of the rounded rates */
    int64_t share_delta[FP_SRC_COUNT]; /* each source's share, in 1/10 % of the rounded shares */
    int months_delta;
    int any_cents; /* a compared amount has cents: reports show cents everywhere */
};

/*
 * Compares the old (approved) plan with the new one into *d and adds the findings about the
 * change to changes (its file should be the new plan's path: lines are the new plan's):
 * support up (warning), cost model or flat rate changed (error), period extended or started
 * earlier (warning), support rate up (warning; exact ratios), name, applicant, funder,
 * instrument or case number changed (warning each), partner added or removed (note each).
 */
void fp_diff_plans(const struct fp_plan *old_plan, const struct fp_figures *old_fig,
                   const struct fp_plan *new_plan, const struct fp_figures *new_fig,
                   struct fp_diff *d, struct fp_diags *changes);

/* Whether the line differs: in amount, or in which side gives it. */
int fp_diff_line_changed(const struct fp_diff_line *l);

/* Whether some line of section, for any year, differs: writers show its year rows then. */
int fp_diff_item_changed(const struct fp_diff *d, enum fp_diff_section section, int item);

/* "costs", "income", "financing": the JSON names. */
const char *fp_diff_section_key(enum fp_diff_section s);

/* The INI key of a line's item ("staff", "revenue", "eakr") or "total". */
const char *fp_diff_item_key(const struct fp_diff_line *l);

/* A line's label in lang ("Henkilöstökustannukset", "Prosenttimääräinen korvaus 40 %"), without
   its year. */
void fp_diff_line_label(char *buf, size_t n, const struct fp_diff *d, const struct fp_diff_line *l,
                        enum fp_lang lang);

/* The cost model as words, with its rate: "prosenttimääräinen korvaus (flat rate) 40 %". */
void fp_diff_model_text(char *buf, size_t n, const struct fp_figures *fig, enum fp_lang lang);

#endif
