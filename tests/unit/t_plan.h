/*
 * t_plan.h - a plan read and checked from a string, for the unit tests of the checks and of
 * what is built on their figures: run() or run_call() reads INI text as "t.ini" and checks it
 * (findings sorted by line); done() frees it all.
 * SPDX-License-Identifier: MIT
 */
#ifndef FP_T_PLAN_H
#define FP_T_PLAN_H

#include <stdlib.h>
#include <string.h>

#include "checks.h"
#include "diag.h"
#include "plan.h"

struct run {
    struct fp_plan plan;
    struct fp_figures fig;
    struct fp_diags diags;
};

/* call may be NULL: the instrument's built-in rules */
static inline struct run *
run_call(const char *ini, const struct fp_call *call)
{
    struct run *r = calloc(1, sizeof *r);
    r->diags.file = "t.ini";
    fp_plan_parse("t.ini", ini, strlen(ini), &r->plan, &r->diags);
    fp_check_plan(&r->plan, call, &r->fig, &r->diags);
    fp_diag_sort(&r->diags);
    return r;
}

static inline struct run *
run(const char *ini)
{
    return run_call(ini, NULL);
}

static inline void
done(struct run *r)
{
    fp_plan_free(&r->plan);
    fp_diag_free(&r->diags);
    free(r);
}

#endif
