/*
 * money.c - euro amounts as integer cents: parse, format, checked arithmetic, exact ratios.
 * No I/O and no allocation; rounding rules are in docs/rounding.md.
 * SPDX-License-Identifier: MIT
 */
#include "money.h"

#include <string.h>

/* Products of two int64 values (a share of a 10^14-cent sum × 10^4) need 128 bits. */
__extension__ typedef __int128 fp_wide;

#define NBSP "\xc2\xa0"      /* U+00A0 NO-BREAK SPACE */
#define NNBSP "\xe2\x80\xaf" /* U+202F NARROW NO-BREAK SPACE */
#define MINUS "\xe2\x88\x92" /* U+2212 MINUS SIGN */
#define EURO "\xe2\x82\xac"  /* U+20AC EURO SIGN */

static int
is_digit(char c)
{
    return c >= '0' && c <= '9';
}

/* Length of a group separator at s (space, NBSP, narrow NBSP), or 0. */
static size_t
separator_len(const char *s)
{
    if (*s == ' ')
        return 1;
    if (strncmp(s, NBSP, 2) == 0)
        return 2;
    if (strncmp(s, NNBSP, 3) == 0)
        return 3;
    return 0;
}

static const char *
skip_blanks(const char *s)
{
    size_t n;
    while ((n = separator_len(s)) > 0 || *s == '\t')
        s += n ? n : 1;
    return s;
}

/* Trims trailing blanks: returns the new end. */
static const char *
trim_end(const char *s, const char *end)
{
    for (;;) {
        if (end > s && (end[-1] == ' ' || end[-1] == '\t'))
            end--;
        else if (end - s >= 2 && strncmp(end - 2, NBSP, 2) == 0)
            end -= 2;
        else if (end - s >= 3 && strncmp(end - 3, NNBSP, 3) == 0)
            end -= 3;
        else
            return end;
    }
}

/*
 * Parses a non-negative decimal "1 234 567,89" in [s, end) into units of 10^-2 (cents or basis
 * points). max is the largest value accepted. Shared by amounts and percentages.
 */
static int
parse_decimal(const char *s, const char *end, int64_t max, int64_t *out, int *decimals,
              enum fp_msg *why)
{
    int64_t v = 0;
    int digits = 0, group = 0, grouped = 0, ndec = 0;
    const char *p = s;

    int marks = 0;

    if (p == end) {
        *why = FP_M_WHY_EMPTY;
        return -1;
    }
    for (const char *q = s; q < end; q++)
        marks += *q == ',' || *q == '.';
    if (marks > 1) {
        *why = FP_M_WHY_AMOUNT_MARKS;
        return -1;
    }
    if (*p == '-' || strncmp(p, MINUS, 3) == 0) {
        *why = FP_M_WHY_AMOUNT_NEGATIVE;
        return -1;
    }
    if (*p == '+') {
        *why = FP_M_WHY_AMOUNT_SIGN;
        return -1;
    }
    if (!is_digit(*p)) {
        *why = FP_M_WHY_AMOUNT_NOT_DIGIT;
        return -1;
    }
    if (p[0] == '0' && end - p > 1 && (p[1] == 'x' || p[1] == 'X')) {
        *why = FP_M_WHY_AMOUNT_HEX;
        return -1;
    }
    while (p < end) {
        size_t sep = separator_len(p);
        if (is_digit(*p)) {
            if (digits == 1 && v == 0) {
                *why = FP_M_WHY_AMOUNT_LEADING_ZERO;
                return -1;
            }
            if (digits >= 15) {
                *why = FP_M_WHY_AMOUNT_DIGITS;
                return -1;
            }
            v = v * 10 + (*p - '0');
            digits++;
            group++;
            p++;
        } else if (sep > 0 && p + sep < end && is_digit(p[sep])) {
            /* Groups of three: the first of 1-3 digits, every later one exactly 3. A blank
               before a non-digit ends the number: "70 % tai" is text after it, not grouping. */
            if ((grouped && group != 3) || (!grouped && group > 3) || group == 0) {
                *why = FP_M_WHY_AMOUNT_GROUPING;
                return -1;
            }
            grouped = 1;
            group = 0;
            p += sep;
        } else {
            break;
        }
    }
    if (grouped && group != 3) {
        *why = FP_M_WHY_AMOUNT_GROUPING;
        return -1;
    }
    if (p < end && (*p == ',' || *p == '.')) {
        char mark = *p++;
        while (p < end && is_digit(*p)) {
            if (ndec == 2) {
                *why = FP_M_WHY_AMOUNT_DECIMALS;
                return -1;
            }
            v = v * 10 + (*p - '0');
            ndec++;
            p++;
        }
        if (ndec == 0) {
            *why = mark == ',' ? FP_M_WHY_AMOUNT_COMMA_END : FP_M_WHY_AMOUNT_POINT_END;
            return -1;
        }
    }
    if (p < end) {
        if (*p == 'e' || *p == 'E')
            *why = FP_M_WHY_AMOUNT_EXPONENT;
        else
            *why = FP_M_WHY_AMOUNT_CHARS;
        return -1;
    }
    for (int i = ndec; i < 2; i++)
        v *= 10;
    if (v > max) {
        *why = FP_M_NONE; /* the caller names its own maximum */
        return -1;
    }
    *out = v;
    if (decimals)
        *decimals = ndec;
    return 0;
}

int
fp_money_parse(const char *s, fp_cents *out, int *decimals, enum fp_msg *why)
{
    const char *end;

    s = skip_blanks(s);
    end = trim_end(s, s + strlen(s));
    if (end - s >= 3 && strncmp(end - 3, EURO, 3) == 0)
        end = trim_end(s, end - 3);
    else if (end - s >= 3 && strncmp(end - 3, "EUR", 3) == 0)
        end = trim_end(s, end - 3);
    if (parse_decimal(s, end, FP_CENTS_MAX, out, decimals, why) != 0) {
        if (*why == FP_M_NONE)
            *why = FP_M_WHY_AMOUNT_MAX;
        return -1;
    }
    return 0;
}

int
fp_percent_parse(const char *s, fp_bp *out, int *decimals, enum fp_msg *why)
{
    const char *end;

    s = skip_blanks(s);
    end = trim_end(s, s + strlen(s));
    if (end > s && end[-1] == '%')
        end = trim_end(s, end - 1);
    if (parse_decimal(s, end, FP_BP_MAX, out, decimals, why) != 0) {
        if (*why == FP_M_NONE)
            *why = FP_M_WHY_PERCENT_MAX;
        return -1;
    }
    return 0;
}

int
fp_cents_add(fp_cents a, fp_cents b, fp_cents *out)
{
    fp_cents r;
    if (__builtin_add_overflow(a, b, &r))
        return -1;
    *out = r;
    return 0;
}

int
fp_cents_sub(fp_cents a, fp_cents b, fp_cents *out)
{
    fp_cents r;
    if (__builtin_sub_overflow(a, b, &r))
        return -1;
    *out = r;
    return 0;
}

/* Rounds num/den (den > 0) half-up, i.e. halves away from zero for positive values. */
static fp_wide
div_half_up(fp_wide num, fp_wide den)
{
    if (num >= 0)
        return (2 * num + den) / (2 * den);
    return -((-2 * num + den) / (2 * den));
}

static int
narrow(fp_wide v, int64_t *out)
{
    if (v > INT64_MAX || v < INT64_MIN)
        return -1;
    *out = (int64_t)v;
    return 0;
}

int
fp_cents_apply_bp(fp_cents amount, fp_bp bp, fp_cents *out)
{
    return narrow(div_half_up((fp_wide)amount * bp, FP_BP_MAX), out);
}

int
fp_cents_floor_bp(fp_cents amount, fp_bp bp, fp_cents *out)
{
    fp_wide p = (fp_wide)amount * bp;
    fp_wide q = p / FP_BP_MAX;
    if (p < 0 && q * FP_BP_MAX != p)
        q--;
    return narrow(q, out);
}

int
fp_cents_floor_bp2(fp_cents a, fp_bp bpa, fp_cents b, fp_bp bpb, fp_cents *out)
{
    fp_wide p = (fp_wide)a * bpa + (fp_wide)b * bpb;
    fp_wide q = p / FP_BP_MAX;
    if (p < 0 && q * FP_BP_MAX != p)
        q--;
    return narrow(q, out);
}

fp_cents
fp_cents_round_euro(fp_cents amount)
{
    return (fp_cents)(div_half_up(amount, 100) * 100);
}

int64_t
fp_ratio_percent(struct fp_ratio r, int decimals)
{
    fp_wide scale = 100;
    int64_t v;
    if (r.den <= 0)
        return 0;
    for (int i = 0; i < decimals && i < 4; i++)
        scale *= 10;
    if (narrow(div_half_up((fp_wide)r.num * scale, r.den), &v) != 0)
        return r.num < 0 ? INT64_MIN : INT64_MAX;
    return v;
}

int64_t
fp_ratio_percent_up(struct fp_ratio r, int decimals)
{
    fp_wide scale = 100, p, q;
    int64_t v;
    if (r.den <= 0)
        return 0;
    for (int i = 0; i < decimals && i < 4; i++)
        scale *= 10;
    p = (fp_wide)r.num * scale;
    q = p / r.den;
    if (q * r.den < p)
        q++;
    if (narrow(q, &v) != 0)
        return r.num < 0 ? INT64_MIN : INT64_MAX;
    return v;
}

int
fp_ratio_decimals_beyond(struct fp_ratio r, fp_bp bp)
{
    /* bp has 2 decimals; with d >= 2 decimals it is bp × 10^(d-2) */
    int64_t limit = bp;
    for (int d = 2; d < 4; d++, limit *= 10)
        if (fp_ratio_percent(r, d) != limit)
            return d;
    return 4;
}

int64_t
fp_ratio_percent_beside(struct fp_ratio r, fp_bp bp, int *decimals)
{
    int d = fp_ratio_decimals_beyond(r, bp);
    int64_t v = fp_ratio_percent(r, d), limit = bp;
    for (int i = 2; i < d; i++)
        limit *= 10;
    if (v == limit && r.den > 0) {
        int side = fp_ratio_cmp(r, (struct fp_ratio){bp, 10000});
        v += (side > 0) - (side < 0);
    }
    *decimals = d;
    return v;
}

int64_t
fp_ratio_percent_capped(struct fp_ratio r, fp_bp cap, int *decimals)
{
    if (r.den > 0 && fp_ratio_cmp(r, (struct fp_ratio){cap, 10000}) > 0)
        return fp_ratio_percent_beside(r, cap, decimals);
    *decimals = 2;
    return fp_ratio_percent(r, 2);
}

int
fp_ratio_cmp(struct fp_ratio a, struct fp_ratio b)
{
    fp_wide l = (fp_wide)a.num * b.den, rr = (fp_wide)b.num * a.den;
    return (l > rr) - (l < rr);
}

/* Appends src to buf at *len, never past n - 1; keeps buf NUL-terminated. */
static void
append(char *buf, size_t n, size_t *len, const char *src)
{
    size_t k = strlen(src);
    if (n == 0)
        return;
    if (*len + k >= n)
        k = n - 1 - *len;
    memcpy(buf + *len, src, k);
    *len += k;
    buf[*len] = '\0';
}

/* Writes the magnitude v with thousands separated by sep. */
static void
append_grouped(char *buf, size_t n, size_t *len, uint64_t v, const char *sep)
{
    char digits[24];
    int nd = 0;
    do {
        digits[nd++] = (char)('0' + v % 10);
        v /= 10;
    } while (v > 0);
    for (int i = nd - 1; i >= 0; i--) {
        char d[2] = {digits[i], '\0'};
        append(buf, n, len, d);
        if (i > 0 && i % 3 == 0)
            append(buf, n, len, sep);
    }
}

size_t
fp_money_format(char *buf, size_t n, fp_cents c, enum fp_lang lang, int flags)
{
    size_t len = 0;
    int en = lang == FP_LANG_EN;
    uint64_t mag;
    if (n > 0)
        buf[0] = '\0';
    if (!(flags & FP_MONEY_CENTS))
        c = fp_cents_round_euro(c);
    if (c < 0)
        append(buf, n, &len, en ? "-" : MINUS);
    mag = c < 0 ? (uint64_t)0 - (uint64_t)c : (uint64_t)c;
    if (en && !(flags & FP_MONEY_NOSYM))
        append(buf, n, &len, EURO);
    append_grouped(buf, n, &len, mag / 100, en ? "," : NBSP);
    if (flags & FP_MONEY_CENTS) {
        char dec[4] = {en ? '.' : ',', (char)('0' + mag % 100 / 10), (char)('0' + mag % 10), 0};
        append(buf, n, &len, dec);
    }
    if (!en && !(flags & FP_MONEY_NOSYM)) {
        append(buf, n, &len, NBSP);
        append(buf, n, &len, EURO);
    }
    return len;
}

size_t
fp_percent_format(char *buf, size_t n, int64_t value, int decimals, int trim, enum fp_lang lang)
{
    size_t len = 0;
    int en = lang == FP_LANG_EN;
    uint64_t mag, unit = 1;
    char frac[8] = {0};
    int nf = decimals;

    if (n > 0)
        buf[0] = '\0';
    for (int i = 0; i < decimals; i++)
        unit *= 10;
    if (value < 0)
        append(buf, n, &len, en ? "-" : MINUS);
    mag = value < 0 ? (uint64_t)0 - (uint64_t)value : (uint64_t)value;
    append_grouped(buf, n, &len, mag / unit, en ? "," : NBSP);
    for (int i = decimals - 1; i >= 0; i--) {
        frac[i] = (char)('0' + mag % 10);
        mag /= 10;
    }
    while (trim && nf > 0 && frac[nf - 1] == '0')
        nf--;
    if (nf > 0) {
        frac[nf] = '\0';
        append(buf, n, &len, en ? "." : ",");
        append(buf, n, &len, frac);
    }
    append(buf, n, &len, en ? "%" : NBSP "%");
    return len;
}
