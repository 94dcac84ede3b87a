/*
 * utf8.h - the one UTF-8 decoder and the one display-width counter of the program.
 *
 *     uint32_t cp;
 *     size_t k = fp_utf8_next(s, n, &cp, &bad);   // bytes taken; bad bytes give U+FFFD
 *
 * Pure. Valid means RFC 3629: no overlong forms, no UTF-16 surrogates, nothing above U+10FFFF.
 * SPDX-License-Identifier: MIT
 */
#ifndef FP_UTF8_H
#define FP_UTF8_H

#include <stddef.h>
#include <stdint.h>

#define FP_UTF8_REPLACEMENT 0xFFFDu

/*
 * Decodes one character from s (n > 0 bytes left): returns the bytes it takes and sets *cp.
 * Bad bytes give *cp = U+FFFD and 1, and set *bad to 1 when bad is not NULL.
 */
size_t fp_utf8_next(const char *s, size_t n, uint32_t *cp, int *bad);

/* Offset of the first invalid byte in [s, s+n), or n when all of it is valid UTF-8. */
size_t fp_utf8_invalid_at(const char *s, size_t n);

/* Characters in the longest line of s (lines split at '\n'): its width on a terminal or in a
   cell, for the Latin, Greek and Cyrillic letters plans hold (no double-width letters). */
size_t fp_utf8_width(const char *s);

/* Writes the UTF-8 bytes of cp (at most 4) to out; returns how many. */
size_t fp_utf8_put(char *out, uint32_t cp);

#endif
