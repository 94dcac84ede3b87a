/*
 * claim_print.h - `fundplan claim` on a terminal and as JSON: each claim's table (this period,
 * cumulative, approved, remaining) with the support entitled, paid before and payable; and the
 * JSON document of docs/json.md ("fundplan claim --json").
 *
 *     fp_claim_print(stdout, &cs, lang);          // the tables
 *     fp_claim_json(stdout, &cs, lang);           // or the JSON document
 *
 * Writes only what claim.c computed; the caller checks ferror/fclose of the stream. The label
 * helpers are shared by every claim writer (workbook, memo), so all name a row alike.
 * SPDX-License-Identifier: MIT
 */
#ifndef FP_CLAIM_PRINT_H
#define FP_CLAIM_PRINT_H

#include <stdio.h>

#include "claim.h"

void fp_claim_print(FILE *out, const struct fp_claims *cs, enum fp_lang lang);
void fp_claim_json(FILE *out, const struct fp_claims *cs, enum fp_lang lang);

/* A cost row's label: "Henkilöstökustannukset", "Flat rate 24 %". */
void fp_claim_cost_label(char *buf, size_t n, const struct fp_claims *cs, enum fp_cost k,
                         enum fp_lang lang);

/* The eligible row's label: eligible total costs or eligible net costs, as the base is. */
const char *fp_claim_eligible_label(const struct fp_claims *cs, enum fp_lang lang);

/* "Payment claim 2" or "Payment claim 3 (final)". */
void fp_claim_title(char *buf, size_t n, const struct fp_claim_figures *f, size_t i,
                    enum fp_lang lang);

#endif
