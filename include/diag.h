/*
 * diag.h - findings about a plan (with file:line), and the one place that prints messages.
 *
 *     struct fp_diags d = {0};
 *     d.file = "plans/mikkeli.ini";
 *     FP_DIAG(&d, FP_WARNING, FP_F_DECLARED_MISMATCH, 53, FP_M_F_DECLARED_NET_COSTS,
 *             fp_arg_eur(7895700), fp_arg_eur(7895800));
 *     FP_DIAG_NOTE(&d, FP_M_N_FIGURES_GIVE, fp_arg_str("net_costs"), fp_arg_eur(7895800));
 *     fp_diag_print(&d, stderr, FP_LANG_EN);
 *     // fundplan: plans/mikkeli.ini:53: warning: declared net costs €78,957 differ from ...
 *     fp_diag_free(&d);
 *
 * Findings are stored as a catalogue entry and its figures, not as text, so every writer shows
 * the same list in its own language and voice (terminal, JSON, memo, workbook), and the checker
 * stays pure. System and usage errors are printed at once with FP_FAIL, in the same
 * "fundplan: FILE: error: message" shape and the user's language.
 * SPDX-License-Identifier: MIT
 */
#ifndef FP_DIAG_H
#define FP_DIAG_H

#include <stddef.h>
#include <stdio.h>

#include "lang.h"
#include "msg.h"

enum fp_severity { FP_NOTE, FP_WARNING, FP_ERROR };

/* Finding codes; each has a stable kebab-case name (fp_diag_code_name) used in JSON and docs, and a
   title in the catalogue (FP_M_CODE_*, same order). docs/rules.md lists them with their sources. */
enum fp_code {
    /* the file's form */
    FP_F_READ,              /* read-error: the file cannot be read as a plan */
    FP_F_NOT_A_PLAN,        /* not-a-plan: a file that is something else entirely */
    FP_F_ENCODING,          /* bad-encoding: NUL byte, invalid UTF-8, control characters */
    FP_F_LINE_TOO_LONG,     /* line-too-long */
    FP_F_SYNTAX,            /* syntax: a line that is neither section, key = value nor comment */
    FP_F_BAD_NAME,          /* bad-name: a section or key name with characters INI cannot hold */
    FP_F_UNKNOWN_KEY,       /* unknown-key: an error where it would change money */
    FP_F_UNKNOWN_SECTION,   /* unknown-section */
    FP_F_DUPLICATE_KEY,     /* duplicate-key */
    FP_F_DUPLICATE_SECTION, /* duplicate-section */
    FP_F_COMMENT_IN_VALUE,  /* comment-in-value: ';' or '#' cut a text value */
    /* values */
    FP_F_MISSING_KEY,   /* missing-key */
    FP_F_BAD_AMOUNT,    /* bad-amount */
    FP_F_BAD_PERCENT,   /* bad-percent */
    FP_F_BAD_DATE,      /* bad-date */
    FP_F_BAD_VALUE,     /* bad-value: e.g. language = de */
    FP_F_BAD_FILE,      /* bad-file: a *_file that cannot or may not be read */
    FP_F_PLACEHOLDER,   /* placeholder: a text still as `fundplan new` wrote it */
    FP_F_GLYPH_MISSING, /* glyph-missing: a letter the memo's font cannot draw */
    /* period */
    FP_F_PERIOD_REVERSED,   /* period-reversed: end before start */
    FP_F_YEAR_OUTSIDE,      /* year-outside-period */
    FP_F_PROGRAMME_PERIOD,  /* programme-period: programme and dates disagree */
    FP_F_ELIGIBILITY_END,   /* after-eligibility: ends after the programme's last eligible day */
    FP_F_INSTRUMENT_PERIOD, /* instrument-period: e.g. AIKO after its calls ended */
    /* costs */
    FP_F_TOTAL_WITH_LINES, /* total-with-lines */
    FP_F_MIXED_YEARS,      /* mixed-years: [costs] together with [costs.YYYY] */
    FP_F_NO_COSTS,         /* no-costs: nothing to finance */
    FP_F_COST_MODEL,       /* cost-model: a cost line or model the rules do not allow */
    FP_F_FLAT_RATE,        /* flat-rate: a rate the programme does not use, or on nothing */
    FP_F_LUMP_SUM_LIMIT,   /* lump-sum-limit */
    FP_F_INCOME_EXCEEDS,   /* income-exceeds-costs */
    FP_F_OVERFLOW,         /* overflow: a sum beyond what fundplan can hold */
    /* financing */
    FP_F_UNKNOWN_INSTRUMENT, /* unknown-instrument */
    FP_F_FINANCING_MISMATCH, /* financing-mismatch: financing total ≠ net costs */
    FP_F_YEARLY_BALANCE,     /* yearly-balance: a year's financing ≠ its net costs */
    FP_F_NO_SUPPORT,         /* no-support: the instrument's support line is 0 */
    FP_F_SOURCE_MISMATCH,    /* source-mismatch: another instrument's support line holds money */
    FP_F_SUPPORT_RATE,       /* support-rate-exceeded: support above the largest allowed */
    FP_F_IN_KIND,         /* in-kind: in-kind work unmatched, or public support above its limit */
    FP_F_MUNICIPAL_SHARE, /* municipal-share-low */
    FP_F_OWN_SHARE,       /* own-share-low */
    FP_F_CALL_LIMIT,      /* call-limit: support, costs or period outside a call's limits */
    FP_F_EU_SHARE,        /* eu-state-split: the EU part leaves a negative state part */
    FP_F_REGION,          /* region: EAKR without a known region for the EU share */
    /* rules */
    FP_F_RULES_LOOSENED,    /* rules-loosened: a plan's [rules] loosens its call's */
    FP_F_DECLARED_MISMATCH, /* declared-mismatch */
    /* a change application (fundplan diff): the new plan against the approved one */
    FP_F_CHANGE_SUPPORT,  /* change-support-up: the euro support rises */
    FP_F_CHANGE_MODEL,    /* change-cost-model: the cost model changes (fixed for the project) */
    FP_F_CHANGE_PERIOD,   /* change-period: the period is extended */
    FP_F_CHANGE_RATE,     /* change-rate-up: the support rate rises */
    FP_F_CHANGE_IDENTITY, /* change-identity: name, applicant, funder, instrument or id change */
    FP_F_CHANGE_PARTNERS, /* change-partners: a partner added or removed */
    /* payment claims (fundplan claim) */
    FP_F_CLAIM_PERIOD,    /* claim-period: outside the project, or overlapping another claim */
    FP_F_CLAIM_ORDER,     /* claim-order: numbers out of order, or a claim after the final one */
    FP_F_CLAIM_LINE_OVER, /* claim-line-over: a cost line's realised costs above the approved */
    FP_F_CLAIM_UNUSED,    /* claim-unused: the final claim leaves support unused */
    FP_F_CLAIM_REPAYMENT, /* claim-repayment: more was paid than the project is entitled to */
    FP_F_CODE_COUNT
};

/* Arguments a finding keeps: its message's and its note's together. */
#define FP_DIAG_ARGS 12

struct fp_finding {
    enum fp_severity severity;
    enum fp_code code;
    int line;        /* 1-based line in the plan file; 0 when the finding concerns the whole file */
    enum fp_msg msg; /* its catalogue entry: the preparer's text and the reader's (msg.h) */
    enum fp_msg note; /* a "note:" with the fix, FP_M_NONE if none; the preparer's only */
    struct fp_arg args[FP_DIAG_ARGS]; /* the message's {1}.., then the note's own {1}..;
                                         FP_ARG_STR texts are owned by the fp_diags */
    size_t nargs;
    size_t note_arg; /* where the note's arguments start in args */
    char *text;      /* already rendered (a finding received from a build worker), else NULL */
    char *note_text; /* likewise for the note */
};

/* Findings kept per severity, those of the first lines. A hostile file can hold a million bad
   lines: the rest are counted (fp_diag_count includes them) and summed up in one line by
   fp_diag_print. */
#define FP_DIAG_MAX 100

struct fp_diags {
    const char *file;        /* path as the user gave it; borrowed, must outlive the diags */
    struct fp_finding *list; /* in the order added; fp_diag_sort orders them by line */
    size_t count;
    size_t cap;
    size_t kept[FP_ERROR + 1];    /* findings in list, per severity */
    size_t dropped[FP_ERROR + 1]; /* findings beyond FP_DIAG_MAX, per severity: not in list */
    int dropping;                 /* the last finding was dropped: so is its note */
    size_t last;                  /* where the last finding kept went: its note goes there */
};

/*
 * Adds a finding: its message and the arguments its placeholders take, e.g.
 *     FP_DIAG(d, FP_ERROR, FP_F_FINANCING_MISMATCH, line, FP_M_F_FINANCING_TOO_MUCH,
 *             fp_arg_eur(fin), fp_arg_eur(net), fp_arg_eur(diff));
 * Beyond FP_DIAG_MAX of its severity it is only counted. The macro ends the argument list;
 * fp_diag_add itself reads arguments up to fp_arg_end(). Exits with status 2 on out of memory.
 */
#define FP_DIAG(...) fp_diag_add(__VA_ARGS__, fp_arg_end())
void fp_diag_add(struct fp_diags *d, enum fp_severity sev, enum fp_code code, int line,
                 enum fp_msg msg, ...);

/* Attaches a note (the fix, for the preparer) to the last finding added, with arguments of its
   own: the note's {1} is its first argument, whatever the finding's were. */
#define FP_DIAG_NOTE(...) fp_diag_note(__VA_ARGS__, fp_arg_end())
void fp_diag_note(struct fp_diags *d, enum fp_msg note, ...);

/* Adds a finding whose texts are already rendered (received from a build worker). */
void fp_diag_add_text(struct fp_diags *d, enum fp_severity sev, enum fp_code code, int line,
                      const char *text, const char *note);

/* Voices of a finding: the preparer's (terminal, JSON, with keys and lines) and the memo's
   reader's (plain sentences). */
enum fp_voice { FP_VOICE_PREPARER, FP_VOICE_READER };

/* The finding's message, or its note (NULL when it has none), in lang; the caller frees. */
char *fp_diag_text(const struct fp_finding *f, enum fp_lang lang, enum fp_voice voice);
char *fp_diag_note_text(const struct fp_finding *f, enum fp_lang lang);

/* Orders the findings by line, keeping the order of findings on the same line (stable). */
void fp_diag_sort(struct fp_diags *d);

/* How many findings of that severity, counted ones beyond FP_DIAG_MAX included. */
size_t fp_diag_count(const struct fp_diags *d, enum fp_severity sev);

/* Whether any finding with this code was added. */
int fp_diag_has(const struct fp_diags *d, enum fp_code code);

/* Prints every finding as "fundplan: FILE:LINE: SEVERITY: text" (+ "note:" line) in lang, the
   severity word too (virhe, fel, error), then "fundplan: FILE: note: N more errors and M more
   warnings not shown" if some were dropped. */
void fp_diag_print(const struct fp_diags *d, FILE *out, enum fp_lang lang);

/* Frees every message; the struct is left empty (file kept) and may be reused. NULL is fine. */
void fp_diag_free(struct fp_diags *d);

/* "financing-mismatch" etc. */
const char *fp_diag_code_name(enum fp_code code);

/* "error", "warning", "note": the stable names of JSON */
const char *fp_diag_severity_name(enum fp_severity sev);

/* A short title of the finding in the report language, for memos and workbooks. */
const char *fp_diag_code_title(enum fp_code code, enum fp_lang lang);

/*
 * Prints "fundplan: WHAT: error: message" (WHAT may be NULL: "fundplan: error: message") to
 * stderr at once, in the user's language (fp_msg_lang): for usage, I/O and library errors, which
 * are not findings about a plan. Arguments as for FP_DIAG.
 */
#define FP_FAIL(...) fp_diag_failm(__VA_ARGS__, fp_arg_end())
void fp_diag_failm(const char *what, enum fp_msg msg, ...);

/* The same as a note ("fundplan: WHAT: note: message"): something done that the user did not
   ask for, e.g. an output renamed. */
#define FP_NOTICE(...) fp_diag_notem(__VA_ARGS__, fp_arg_end())
void fp_diag_notem(const char *what, enum fp_msg msg, ...);

/* Memory that must not fail: on out of memory, print "fundplan: error: out of memory", exit 2. */
void *fp_xmalloc(size_t n);
void *fp_xrealloc(void *p, size_t n);
char *fp_xstrdup(const char *s);
char *fp_xstrndup(const char *s, size_t n);

#endif
