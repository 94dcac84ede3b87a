/*
 * diag.h - findings about a plan (with file:line), and the one place that prints messages.
 *
 *     struct fp_diags d = {0};
 *     d.file = "plans/mikkeli.ini";
 *     fp_diag_add(&d, FP_WARNING, FP_F_DECLARED_MISMATCH, 42, "net costs %s declared, %s computed",
 * a, b); fp_diag_hint(&d, "write %s", b); fp_diag_print(&d, stderr);     // fundplan:
 * plans/mikkeli.ini:42: warning: net costs ... fp_diag_free(&d);
 *
 * Findings are stored, not printed, so the checker stays pure and every writer (terminal, JSON,
 * memo, workbook) shows the same list. System and usage errors are printed at once with
 * fp_diag_fail, in the same "fundplan: FILE: error: message" shape.
 * SPDX-License-Identifier: MIT
 */
#ifndef FP_DIAG_H
#define FP_DIAG_H

#include <stddef.h>
#include <stdio.h>

#include "lang.h"

enum fp_severity { FP_NOTE, FP_WARNING, FP_ERROR };

/* Finding codes; each has a stable kebab-case name (fp_diag_code_name) used in JSON and docs. */
enum fp_code {
    /* errors */
    FP_F_READ,               /* read-error: the plan file cannot be read as a plan */
    FP_F_ENCODING,           /* bad-encoding: NUL byte or invalid UTF-8 */
    FP_F_LINE_TOO_LONG,      /* line-too-long */
    FP_F_SYNTAX,             /* syntax: a line that is neither section, key = value nor comment */
    FP_F_BAD_NAME,           /* bad-name: a section or key name with characters INI cannot hold */
    FP_F_MISSING_KEY,        /* missing-key */
    FP_F_BAD_AMOUNT,         /* bad-amount */
    FP_F_BAD_PERCENT,        /* bad-percent */
    FP_F_BAD_DATE,           /* bad-date */
    FP_F_BAD_VALUE,          /* bad-value: e.g. language = de */
    FP_F_BAD_FILE,           /* bad-file: a *_file that cannot or may not be read */
    FP_F_PERIOD_REVERSED,    /* period-reversed: end before start */
    FP_F_YEAR_OUTSIDE,       /* year-outside-period */
    FP_F_TOTAL_WITH_LINES,   /* total-with-lines */
    FP_F_MIXED_YEARS,        /* mixed-years: [costs] together with [costs.YYYY] */
    FP_F_UNKNOWN_INSTRUMENT, /* unknown-instrument */
    FP_F_OVERFLOW,           /* overflow: a sum beyond what fundplan can hold */
    FP_F_INCOME_EXCEEDS,     /* income-exceeds-costs */
    FP_F_FINANCING_MISMATCH, /* financing-mismatch: financing total ≠ net costs */
    FP_F_SUPPORT_RATE,       /* support-rate-exceeded */
    FP_F_MUNICIPAL_SHARE,    /* municipal-share-low */
    FP_F_NO_COSTS,           /* no-costs: nothing to finance */
    FP_F_GLYPH_MISSING,      /* glyph-missing: a letter the memo's font cannot draw */
    /* warnings */
    FP_F_DECLARED_MISMATCH, /* declared-mismatch */
    FP_F_UNKNOWN_KEY,       /* unknown-key */
    FP_F_UNKNOWN_SECTION,   /* unknown-section */
    FP_F_DUPLICATE_KEY,     /* duplicate-key */
    FP_F_DUPLICATE_SECTION, /* duplicate-section */
    FP_F_SOURCE_MISMATCH,   /* source-mismatch: financing from a source the instrument lacks */
    FP_F_COMMENT_IN_VALUE,  /* comment-in-value: ';' or '#' cut a text value */
    FP_F_LUMP_SUM_LIMIT,    /* lump-sum-limit: lump sum above 200 000 € */
    FP_F_CODE_COUNT
};

struct fp_finding {
    enum fp_severity severity;
    enum fp_code code;
    int line;   /* 1-based line in the plan file; 0 when the finding concerns the whole file */
    char *text; /* the message in English, one line; owned by the fp_diags */
    char *hint; /* "did you mean ...?" or NULL; owned by the fp_diags */
};

/* Findings kept per severity. A hostile file can hold a million bad lines: the rest are
   counted (fp_diag_count includes them) and summed up in one line by fp_diag_print. */
#define FP_DIAG_MAX 100

struct fp_diags {
    const char *file;        /* path as the user gave it; borrowed, must outlive the diags */
    struct fp_finding *list; /* in the order added; fp_diag_sort orders them by line */
    size_t count;
    size_t cap;
    size_t kept[FP_ERROR + 1];    /* findings in list, per severity */
    size_t dropped[FP_ERROR + 1]; /* findings beyond FP_DIAG_MAX, per severity: not in list */
    int dropping;                 /* the last finding was dropped: so is its hint */
};

/* Adds a finding (printf-style message); beyond FP_DIAG_MAX of its severity it is only
   counted. Exits with status 2 on out of memory. */
#if defined(__GNUC__)
__attribute__((format(printf, 5, 6)))
#endif
void
fp_diag_add(struct fp_diags *d, enum fp_severity sev, enum fp_code code, int line, const char *fmt,
            ...);

/* Attaches a hint to the last finding added; printed as a "note:" line after it. */
#if defined(__GNUC__)
__attribute__((format(printf, 2, 3)))
#endif
void
fp_diag_hint(struct fp_diags *d, const char *fmt, ...);

/* Orders the findings by line, keeping the order of findings on the same line (stable). */
void fp_diag_sort(struct fp_diags *d);

/* How many findings of that severity, counted ones beyond FP_DIAG_MAX included. */
size_t fp_diag_count(const struct fp_diags *d, enum fp_severity sev);

/* Whether any finding with this code was added. */
int fp_diag_has(const struct fp_diags *d, enum fp_code code);

/* Prints every finding as "fundplan: FILE:LINE: SEVERITY: text" (+ "note:" hint line), then
   "fundplan: FILE: note: N more errors and M more warnings not shown" if some were dropped. */
void fp_diag_print(const struct fp_diags *d, FILE *out);

/* Frees every message; the struct is left empty (file kept) and may be reused. NULL is fine. */
void fp_diag_free(struct fp_diags *d);

/* "financing-mismatch" etc. */
const char *fp_diag_code_name(enum fp_code code);

/* "error", "warning", "note" */
const char *fp_diag_severity_name(enum fp_severity sev);

/* A short title of the finding in the report language, for memos and workbooks. */
const char *fp_diag_code_title(enum fp_code code, enum fp_lang lang);

/*
 * Prints "fundplan: WHAT: error: message" (WHAT may be NULL: "fundplan: error: message") to
 * stderr at once: for usage, I/O and library errors, which are not findings about a plan.
 */
#if defined(__GNUC__)
__attribute__((format(printf, 2, 3)))
#endif
void
fp_diag_fail(const char *what, const char *fmt, ...);

/* Memory that must not fail: on out of memory, print "fundplan: error: out of memory", exit 2. */
void *fp_xmalloc(size_t n);
void *fp_xrealloc(void *p, size_t n);
char *fp_xstrdup(const char *s);
char *fp_xstrndup(const char *s, size_t n);

#endif
