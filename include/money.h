/*
 * money.h - euro amounts as integer cents and percentages as exact ratios.
 *
 *     fp_cents c;
 *     if (fp_money_parse("78 958,50 €", &c, &why) == 0)
 *         fp_money_format(buf, sizeof buf, c, FP_LANG_FI, FP_MONEY_CENTS);  // "78 958,50 €"
 *
 * Pure: no I/O, no allocation. Rounding (half-up, display only) is described in docs/rounding.md.
 * SPDX-License-Identifier: MIT
 */
#ifndef FP_MONEY_H
#define FP_MONEY_H

#include <stddef.h>
#include <stdint.h>

#include "lang.h"
#include "msgid.h"

/* Euro cents. A single plan amount is at most FP_CENTS_MAX; sums are checked for overflow. */
typedef int64_t fp_cents;

#define FP_CENTS_MAX INT64_C(99999999999999) /* 999 999 999 999,99 € */

/* A percentage in basis points: 24,5 % is 2 450, 100 % is 10 000. */
typedef int64_t fp_bp;

#define FP_BP_MAX 10000

/* An exact ratio num/den, den > 0 (den == 0 means "undefined", e.g. a share of nothing). */
struct fp_ratio {
    int64_t num;
    int64_t den;
};

/* Formatting flags for fp_money_format. */
enum {
    FP_MONEY_WHOLE = 0, /* round half-up to whole euros: "78 958 €" */
    FP_MONEY_CENTS = 1, /* always two decimals: "78 958,00 €" */
    FP_MONEY_NOSYM = 2, /* no euro sign: "78 958" */
};

/*
 * Parses an amount: digits, optionally grouped by three with spaces or no-break spaces, an
 * optional decimal comma or point with one or two decimals, an optional trailing "€" or "EUR".
 * Leading and trailing white space is ignored. Returns 0 and sets *out, or -1 and sets *why to
 * the catalogue's sentence saying what is wrong. *decimals (may be NULL) receives the number
 * of decimals written (0, 1 or 2): declared figures are compared at that precision.
 */
int fp_money_parse(const char *s, fp_cents *out, int *decimals, enum fp_msg *why);

/*
 * Parses a percentage: "70 %", "70%", "24,5 %", "70", at most two decimals, 0 to 100.
 * Returns 0 and sets *out in basis points, or -1 with *why as above.
 */
int fp_percent_parse(const char *s, fp_bp *out, int *decimals, enum fp_msg *why);

/* Checked arithmetic: 0 on success, -1 on int64 overflow (*out is then unchanged). */
int fp_cents_add(fp_cents a, fp_cents b, fp_cents *out);
int fp_cents_sub(fp_cents a, fp_cents b, fp_cents *out);

/* amount × bp / 10 000, rounded half-up to the cent (the flat rate). -1 on overflow. */
int fp_cents_apply_bp(fp_cents amount, fp_bp bp, fp_cents *out);

/* amount × bp / 10 000, rounded down to the cent (the largest support a cap allows). */
int fp_cents_floor_bp(fp_cents amount, fp_bp bp, fp_cents *out);

/* ⌊(a × bpa + b × bpb) / 10 000⌋: the cap of a support with two rates (development and
   investment parts), rounded down to the cent. -1 on overflow. */
int fp_cents_floor_bp2(fp_cents a, fp_bp bpa, fp_cents b, fp_bp bpb, fp_cents *out);

/* amount rounded half-up to whole euros, in cents (135 679,60 → 135 680,00). */
fp_cents fp_cents_round_euro(fp_cents amount);

/*
 * The ratio as a percentage rounded half-up to `decimals` (0..4) decimals, returned in units of
 * 10^-decimals percent: (55 270, 78 958) with 2 decimals gives 7 000 (70,00 %). A ratio with
 * den == 0 gives 0.
 */
int64_t fp_ratio_percent(struct fp_ratio r, int decimals);

/* As fp_ratio_percent, rounded up: the smallest percentage at that precision that is at least
   the ratio (a decision's percentage ceiling must not fall below its euro ceiling). */
int64_t fp_ratio_percent_up(struct fp_ratio r, int decimals);

/* The decimals (2 to 4) a ratio needs, rounded half-up, to show that it is not bp: 70,004 %
   against 70 % needs 3 ("70,004 %"), so a rate just over a cap never prints as the cap. */
int fp_ratio_decimals_beyond(struct fp_ratio r, fp_bp bp);

/* The ratio as a percentage shown beside a cap or floor bp: with the decimals
   fp_ratio_decimals_beyond gives (stored in *decimals), and when even 4 decimals round to bp,
   one unit away from it, up when the ratio is above bp and down when below: 70,00001 % beside
   70 % shows as "70,0001 %", never as the cap. Units of 10^-*decimals percent. */
int64_t fp_ratio_percent_beside(struct fp_ratio r, fp_bp bp, int *decimals);

/* A support rate as shown beside its cap: two decimals, half-up, unless it is above the cap,
   when it has fp_ratio_percent_beside's decimals (a rate just under may round to the cap: it
   then reads as within it, which it is). */
int64_t fp_ratio_percent_capped(struct fp_ratio r, fp_bp cap, int *decimals);

/* Compares num1/den1 with num2/den2 exactly: <0, 0, >0. Both dens must be > 0. */
int fp_ratio_cmp(struct fp_ratio a, struct fp_ratio b);

/*
 * Writes an amount the way the language writes money: fi and sv "78 958 €" with no-break spaces
 * (U+00A0) between groups and before the sign, en "€78,958". Always NUL-terminates; returns the
 * length, truncated to n - 1. Negative amounts get a minus sign (U+2212).
 */
size_t fp_money_format(char *buf, size_t n, fp_cents c, enum fp_lang lang, int flags);

/*
 * Writes a percentage given in units of 10^-decimals percent (as fp_ratio_percent returns it):
 * fi and sv "69,99 %" (no-break space), en "69.99%". With trim, trailing zero decimals are
 * dropped ("70 %", "24,5 %").
 */
size_t fp_percent_format(char *buf, size_t n, int64_t value, int decimals, int trim,
                         enum fp_lang lang);

#endif
