/*
 * json_out.h - `fundplan check --json`: one JSON document with every plan's figures in cents and
 * its findings (schema: docs/json.md).
 *
 *     fp_json_begin(stdout);
 *     fp_json_plan(stdout, i == 0, &plan, &fig, &diags);   // once per plan; first or not
 *     fp_json_end(stdout, nplans > 0);
 *
 * Writes only; the caller checks ferror/fclose of the stream.
 * SPDX-License-Identifier: MIT
 */
#ifndef FP_JSON_OUT_H
#define FP_JSON_OUT_H

#include <stdio.h>

#include "checks.h"
#include "diag.h"
#include "plan.h"

void fp_json_begin(FILE *out);
void fp_json_plan(FILE *out, int first, const struct fp_plan *plan, const struct fp_figures *fig,
                  const struct fp_diags *diags);
void fp_json_end(FILE *out, int any);

#endif
