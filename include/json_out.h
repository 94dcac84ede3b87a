/*
 * json_out.h - `fundplan check --json`: one JSON document with every plan's figures in cents and
 * its findings (schema: docs/json.md).
 *
 *     fp_json_begin(stdout);
 *     fp_json_plan(stdout, i == 0, &plan, call, &fig, &diags, lang);   // once per plan
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
/* One plan's object; first says whether it is the document's first. call may be NULL; the
   findings' messages are in lang. */
void fp_json_plan(FILE *out, int first, const struct fp_plan *plan, const struct fp_call *call,
                  const struct fp_figures *fig, const struct fp_diags *diags, enum fp_lang lang);

/* A JSON string; bytes that are not UTF-8 become U+FFFD, so the document is always valid. */
void fp_json_string(FILE *out, const char *s);

/* Members' values every command's JSON writes alike: hundredths as a number with two decimals
   (3686: 36.86; basis points are hundredths of a percent), a date as "2024-05-01" or null, cents
   or null. */
void fp_json_hundredths(FILE *out, int64_t hundredths);
void fp_json_date(FILE *out, struct fp_date d);
void fp_json_cents_or_null(FILE *out, int has, fp_cents v);

/* A finding's members, without the braces, for every command's JSON: severity, code, line,
   message and note (the preparer's), title and reader_message (the memo's reader's). */
void fp_json_finding_members(FILE *out, const struct fp_finding *f, enum fp_lang lang);
void fp_json_end(FILE *out, int any);

#endif
