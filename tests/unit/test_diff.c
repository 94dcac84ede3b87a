/*
 * test_diff.c - the comparison of two plans held in memory: the limits of its line table, flat
 * rates that differ by year, and what an undivided side gives per year.
 * SPDX-License-Identifier: MIT
 */
#include "diff.h"

#include <stdio.h>
#include <stdlib.h>

#include "t.h"

#define PROJECT                                                                                    \
    "[project]\n"                                                                                  \
    "name = Testi\n"                                                                               \
    "applicant = Hakija Oy\n"                                                                      \
    "funder = Etelä-Savon maakuntaliitto\n"                                                       \
    "instrument = AIKO\n"

struct side {
    struct fp_plan plan;
    struct fp_figures fig;
    struct fp_diags diags;
};

static struct side *
load(const char *ini)
{
    struct side *s = calloc(1, sizeof *s);
    s->diags.file = "t.ini";
    fp_plan_parse("t.ini", ini, strlen(ini), &s->plan, &s->diags);
    fp_check_plan(&s->plan, NULL, &s->fig, &s->diags);
    return s;
}

static void
done(struct side *s)
{
    fp_plan_free(&s->plan);
    fp_diag_free(&s->diags);
    free(s);
}

/* A plan with every cost and source line in each of 16 years from first. */
static char *
many_years(int first)
{
    size_t n = 1 << 16, o = 0;
    char *s = malloc(n);
    o += (size_t)snprintf(s + o, n - o, PROJECT "start = 1.1.%d\nend = 31.12.%d\n", first,
                          first + 15);
    for (int y = first; y < first + 16; y++)
        o += (size_t)snprintf(s + o, n - o,
                              "[costs.%d]\nstaff = 100\npurchased_services = 100\ntravel = 100\n"
                              "equipment = 100\nconstruction = 100\nother = 100\n"
                              "[income.%d]\nrevenue = 10\n"
                              "[financing.%d]\naiko = 300\nmunicipal = 100\nother_public = 90\n"
                              "private = 100\n",
                              y, y, y);
    return s;
}

static void
years_of_both_plans_all_fit(void)
{
    char *a = many_years(2000), *b = many_years(2030);
    struct side *o = load(a), *n = load(b);
    struct fp_diff *d = malloc(sizeof *d);
    struct fp_diags changes = {.file = "t.ini"};
    size_t years = 0;

    fp_diff_plans(&o->plan, &o->fig, &n->plan, &n->fig, d, &changes);
    T_CHECK(o->plan.nyears == 16 && n->plan.nyears == 16);
    T_CHECK(d->nyears == 32);
    T_CHECK(d->nlines < FP_DIFF_MAX_LINES);
    for (size_t i = 0; i < d->nlines; i++)
        years += d->lines[i].section == FP_DIFF_COSTS && d->lines[i].item == FP_COST_STAFF &&
                 d->lines[i].year != 0;
    T_CHECK(years == 32);
    /* 2000 has staff in the old plan only: 100 € → 0 € */
    T_CHECK(d->lines[0].year == 2000 && d->lines[0].has_old && d->lines[0].has_new &&
            d->lines[0].old_cents == 10000 && d->lines[0].new_cents == 0);
    T_CHECK(fp_diag_has(&changes, FP_F_CHANGE_PERIOD));
    fp_diag_free(&changes);
    free(d);
    done(o);
    done(n);
    free(a);
    free(b);
}

#define FLAT_YEARS(r1, r2)                                                                         \
    PROJECT "start = 1.1.2018\nend = 31.12.2019\n"                                                 \
            "[costs.2018]\nstaff = 1 000\nflat_rate = " r1 "\n"                                    \
            "[costs.2019]\nstaff = 1 000\nflat_rate = " r2 "\n"                                    \
            "[financing]\naiko = 1 000\nprivate = 1 000\n"

/* A rate that changes in one year only is still a change of the model; the finding names it. */
static void
a_flat_rate_changed_in_one_year_is_named(void)
{
    struct side *o = load(FLAT_YEARS("15 %", "15 %")), *n = load(FLAT_YEARS("15 %", "24 %"));
    struct fp_diff *d = malloc(sizeof *d);
    struct fp_diags changes = {.file = "t.ini"};
    char *text;

    fp_diff_plans(&o->plan, &o->fig, &n->plan, &n->fig, d, &changes);
    T_CHECK(n->fig.flat_rate == -1);
    T_CHECK(changes.count == 1 && changes.list[0].code == FP_F_CHANGE_MODEL &&
            changes.list[0].severity == FP_ERROR);
    text = changes.count ? fp_diag_text(&changes.list[0], FP_LANG_EN, FP_VOICE_PREPARER) : NULL;
    T_CHECK(text && strstr(text, "from 15% to 24%") != NULL);
    free(text);
    fp_diag_free(&changes);
    free(d);
    done(o);
    done(n);
}

/* An undivided side has no figure per year, except for what it has none of at all. */
static void
an_undivided_side_gives_years_only_of_nothing(void)
{
    struct side *o = load(PROJECT "start = 1.1.2018\nend = 31.12.2019\n"
                                  "[costs]\nstaff = 2 000\n[financing]\naiko = 1 000\n"
                                  "private = 1 000\n");
    struct side *n = load(PROJECT "start = 1.1.2018\nend = 31.12.2019\n"
                                  "[costs.2018]\nstaff = 1 000\n[costs.2019]\nstaff = 1 000\n"
                                  "[income.2019]\nrevenue = 0\n"
                                  "[financing]\naiko = 1 000\nprivate = 1 000\n");
    struct fp_diff *d = malloc(sizeof *d);
    struct fp_diags changes = {.file = "t.ini"};
    int staff_years = 0, income_years = 0;

    fp_diff_plans(&o->plan, &o->fig, &n->plan, &n->fig, d, &changes);
    for (size_t i = 0; i < d->nlines; i++) {
        const struct fp_diff_line *l = &d->lines[i];
        if (l->year && l->section == FP_DIFF_COSTS && l->item == FP_COST_STAFF) {
            staff_years++;
            T_CHECK(!l->has_old && l->has_new && !l->has_delta && fp_diff_line_changed(l));
        }
        if (l->year && l->section == FP_DIFF_INCOME) {
            income_years++;
            T_CHECK(l->has_old && l->has_new && !fp_diff_line_changed(l));
        }
        if (!l->year)
            T_CHECK(!fp_diff_line_changed(l));
    }
    T_CHECK(staff_years == 2 && income_years == 2);
    T_CHECK(changes.count == 0);
    fp_diag_free(&changes);
    free(d);
    done(o);
    done(n);
}

int
main(void)
{
    static const struct t_case cases[] = {
        T_CASE(years_of_both_plans_all_fit),
        T_CASE(a_flat_rate_changed_in_one_year_is_named),
        T_CASE(an_undivided_side_gives_years_only_of_nothing),
    };
    return t_main(cases, sizeof cases / sizeof cases[0]);
}
