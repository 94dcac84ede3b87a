/*
 * template.h - the plan `fundplan new` writes: every section and key of the plan's schema
 * (schema.c) in its order, each with an example value and a comment in the user's language, and
 * an EAKR development project of the given year that checks clean once its placeholder texts
 * (fp_schema_placeholders) are replaced.
 *
 *     size_t len;
 *     char *text = fp_template_text(FP_LANG_FI, 2026, &len);   // the caller frees
 *
 * Pure: the year comes from the caller (SOURCE_DATE_EPOCH or the clock, outfile.h).
 * SPDX-License-Identifier: MIT
 */
#ifndef FP_TEMPLATE_H
#define FP_TEMPLATE_H

#include <stddef.h>

#include "lang.h"

/* The template in lang with dates of year; *len gets its length. The caller frees it. */
char *fp_template_text(enum fp_lang lang, int year, size_t *len);

#endif
