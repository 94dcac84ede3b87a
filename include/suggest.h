/*
 * suggest.h - "did you mean ...?": the closest of a list of names to a word someone mistyped.
 *
 *     const char *near = fp_suggest("stafff", keys);   // "staff"
 *
 * Pure; used for section and key names, choice words, commands and options.
 * SPDX-License-Identifier: MIT
 */
#ifndef FP_SUGGEST_H
#define FP_SUGGEST_H

/* The closest of names (NULL-terminated) to s, if close enough to be a typo, else NULL. */
const char *fp_suggest(const char *s, const char *const *names);

#endif
