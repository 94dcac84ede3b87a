/*
 * summary.h - the readable summary `fundplan check` prints for each plan: the figures in the
 * plan's language and number format, aligned for a terminal.
 * SPDX-License-Identifier: MIT
 */
#ifndef FP_SUMMARY_H
#define FP_SUMMARY_H

#include <stdio.h>

#include "checks.h"
#include "diag.h"
#include "plan.h"

void fp_summary_print(FILE *out, const struct fp_plan *plan, const struct fp_figures *fig,
                      const struct fp_diags *diags, enum fp_lang lang);

#endif
