/*
 * diff_json.h - `fundplan diff --json`: both plans as `check --json` gives them, the compared
 * lines in cents, the support and net-cost changes and the findings about the change
 * (schema: docs/json.md, "fundplan diff --json").
 *
 *     fp_diff_json(stdout, d, &old.diags, &new.diags, &changes, call, all, fp_msg_lang);
 *
 * Writes only; the caller checks ferror/fclose of the stream.
 * SPDX-License-Identifier: MIT
 */
#ifndef FP_DIFF_JSON_H
#define FP_DIFF_JSON_H

#include <stdio.h>

#include "diag.h"
#include "diff.h"
#include "rules.h"

/* The whole document. Lines that did not change are left out unless all; call may be NULL. */
void fp_diff_json(FILE *out, const struct fp_diff *d, const struct fp_diags *old_diags,
                  const struct fp_diags *new_diags, const struct fp_diags *changes,
                  const struct fp_call *call, int all, enum fp_lang lang);

#endif
