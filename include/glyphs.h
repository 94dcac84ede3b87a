/*
 * glyphs.h - whether the memo can draw a plan's texts: every text of the plan the memo prints,
 * checked against the letters of the memo's fonts.
 *
 *     fp_glyphs_check(&plan, &diags);   // a glyph-missing error per letter the fonts lack
 *
 * Pure: no I/O. The letters are a table of the code points the subset fonts hold (the
 * Makefile's MEMO_UNICODES; a unit test compares it with the built fonts), so this is one of
 * the checks (fp_check_plan calls it) and check, memo, sheet and build report the same
 * findings; the memo only draws.
 * SPDX-License-Identifier: MIT
 */
#ifndef FP_GLYPHS_H
#define FP_GLYPHS_H

#include <stdint.h>

#include "diag.h"
#include "plan.h"

/*
 * Adds a glyph-missing error, with the line of its text, for each letter of a printed text
 * that the fonts lack (at most 8 letters per text, each once), and a bad-encoding error for
 * a text that is not UTF-8 (the reader refuses those first).
 */
void fp_glyphs_check(const struct fp_plan *plan, struct fp_diags *diags);

/* The same for the printed keys of one section of another kind of file: record is the struct
   the section's key offsets point into (a call's [call]: fp_call_parse). */
struct fp_schema;
void fp_glyphs_check_record(const struct fp_schema *schema, const char *section, const void *record,
                            struct fp_diags *diags);

/* Whether both memo fonts, regular and bold, have a glyph for the code point. */
int fp_glyphs_covered(uint32_t cp);

#endif
