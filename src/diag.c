/*
 * diag.c - findings with file:line, their codes and titles, and the program's error messages.
 * Stores findings; prints only when asked (fp_diag_print) or for system errors (FP_FAIL).
 * SPDX-License-Identifier: MIT
 */
#include "diag.h"

#include <stdarg.h>
#include <stdlib.h>
#include <stdint.h>
#include <string.h>

/* Stable names for JSON and docs; the titles are the catalogue's FP_M_CODE_* entries. */
static const char *const code_names[FP_F_CODE_COUNT] = {
    [FP_F_READ] = "read-error",
    [FP_F_NOT_A_PLAN] = "not-a-plan",
    [FP_F_ENCODING] = "bad-encoding",
    [FP_F_LINE_TOO_LONG] = "line-too-long",
    [FP_F_SYNTAX] = "syntax",
    [FP_F_BAD_NAME] = "bad-name",
    [FP_F_UNKNOWN_KEY] = "unknown-key",
    [FP_F_UNKNOWN_SECTION] = "unknown-section",
    [FP_F_DUPLICATE_KEY] = "duplicate-key",
    [FP_F_DUPLICATE_SECTION] = "duplicate-section",
    [FP_F_COMMENT_IN_VALUE] = "comment-in-value",
    [FP_F_MISSING_KEY] = "missing-key",
    [FP_F_BAD_AMOUNT] = "bad-amount",
    [FP_F_BAD_PERCENT] = "bad-percent",
    [FP_F_BAD_DATE] = "bad-date",
    [FP_F_BAD_VALUE] = "bad-value",
    [FP_F_BAD_FILE] = "bad-file",
    [FP_F_PLACEHOLDER] = "placeholder",
    [FP_F_GLYPH_MISSING] = "glyph-missing",
    [FP_F_PERIOD_REVERSED] = "period-reversed",
    [FP_F_YEAR_OUTSIDE] = "year-outside-period",
    [FP_F_PROGRAMME_PERIOD] = "programme-period",
    [FP_F_ELIGIBILITY_END] = "after-eligibility",
    [FP_F_INSTRUMENT_PERIOD] = "instrument-period",
    [FP_F_TOTAL_WITH_LINES] = "total-with-lines",
    [FP_F_MIXED_YEARS] = "mixed-years",
    [FP_F_NO_COSTS] = "no-costs",
    [FP_F_COST_MODEL] = "cost-model",
    [FP_F_FLAT_RATE] = "flat-rate",
    [FP_F_LUMP_SUM_LIMIT] = "lump-sum-limit",
    [FP_F_INCOME_EXCEEDS] = "income-exceeds-costs",
    [FP_F_OVERFLOW] = "overflow",
    [FP_F_UNKNOWN_INSTRUMENT] = "unknown-instrument",
    [FP_F_FINANCING_MISMATCH] = "financing-mismatch",
    [FP_F_YEARLY_BALANCE] = "yearly-balance",
    [FP_F_NO_SUPPORT] = "no-support",
    [FP_F_SOURCE_MISMATCH] = "source-mismatch",
    [FP_F_SUPPORT_RATE] = "support-rate-exceeded",
    [FP_F_IN_KIND] = "in-kind",
    [FP_F_MUNICIPAL_SHARE] = "municipal-share-low",
    [FP_F_OWN_SHARE] = "own-share-low",
    [FP_F_CALL_LIMIT] = "call-limit",
    [FP_F_EU_SHARE] = "eu-state-split",
    [FP_F_REGION] = "region",
    [FP_F_RULES_LOOSENED] = "rules-loosened",
    [FP_F_DECLARED_MISMATCH] = "declared-mismatch",
    [FP_F_CHANGE_SUPPORT] = "change-support-up",
    [FP_F_CHANGE_MODEL] = "change-cost-model",
    [FP_F_CHANGE_PERIOD] = "change-period",
    [FP_F_CHANGE_RATE] = "change-rate-up",
    [FP_F_CHANGE_IDENTITY] = "change-identity",
    [FP_F_CHANGE_PARTNERS] = "change-partners",
    [FP_F_CLAIM_PERIOD] = "claim-period",
    [FP_F_CLAIM_ORDER] = "claim-order",
    [FP_F_CLAIM_LINE_OVER] = "claim-line-over",
    [FP_F_CLAIM_UNUSED] = "claim-unused",
    [FP_F_CLAIM_REPAYMENT] = "claim-repayment",
};

static const char *const severity_names[] = {
    [FP_NOTE] = "note",
    [FP_WARNING] = "warning",
    [FP_ERROR] = "error",
};

static void
out_of_memory(void)
{
    fprintf(stderr, "fundplan: %s: %s\n", fp_msg_text(fp_msg_lang, FP_M_SEV_ERROR),
            fp_msg_text(fp_msg_lang, FP_M_SYS_OOM));
    exit(2);
}

void *
fp_xmalloc(size_t n)
{
    void *p = malloc(n ? n : 1);
    if (p == NULL)
        out_of_memory();
    return p;
}

void *
fp_xrealloc(void *p, size_t n)
{
    void *q = realloc(p, n ? n : 1);
    if (q == NULL)
        out_of_memory();
    return q;
}

char *
fp_xstrndup(const char *s, size_t n)
{
    char *p = fp_xmalloc(n + 1);
    memcpy(p, s, n);
    p[n] = '\0';
    return p;
}

char *
fp_xstrdup(const char *s)
{
    return fp_xstrndup(s, strlen(s));
}

/* Takes the arguments up to fp_arg_end() into f, copying texts: the findings own them. */
static void
take_args(struct fp_finding *f, va_list ap)
{
    for (;;) {
        struct fp_arg a = va_arg(ap, struct fp_arg);
        if (a.kind == FP_ARG_END)
            break;
        if (f->nargs == FP_DIAG_ARGS)
            continue; /* a message never takes this many; the renderer shows the placeholder */
        if (a.kind == FP_ARG_STR)
            a.s = fp_xstrdup(a.s ? a.s : "");
        f->args[f->nargs++] = a;
    }
}

/* A message given fewer arguments than its text has placeholders is a bug of ours: say so
   loudly (the test suites fail on unexpected stderr) rather than print "{2}" to a user. */
static void
check_arity(enum fp_msg msg, size_t nargs)
{
    int need = fp_msg_placeholders(fp_msg_en[msg].text, NULL);
    int need_reader = fp_msg_placeholders(fp_msg_en[msg].reader, NULL);
    if (need_reader > need)
        need = need_reader;
    if ((size_t)need > nargs)
        fprintf(stderr, "fundplan: internal error: message %d takes %d arguments, %zu given\n",
                (int)msg, need, nargs);
}

/* A finding's own memory; the struct itself stays. */
static void
release(struct fp_finding *f)
{
    for (size_t k = 0; k < f->nargs; k++)
        if (f->args[k].kind == FP_ARG_STR)
            free((char *)(uintptr_t)f->args[k].s);
    free(f->text);
    free(f->note_text);
}

/* The kept finding of severity sev on the last line (the later one of a tie). */
static size_t
last_line_kept(const struct fp_diags *d, enum fp_severity sev)
{
    size_t worst = 0;
    int found = 0;
    for (size_t i = 0; i < d->count; i++)
        if (d->list[i].severity == sev && (!found || d->list[i].line >= d->list[worst].line))
            worst = i, found = 1;
    return worst;
}

/*
 * The slot for a finding of severity sev on line, or NULL when it is only counted. Beyond
 * FP_DIAG_MAX of a severity, the ones kept are those of the first lines, whatever order the
 * checks found them in (the reader reports unknown keys in key order): a later finding takes
 * the place of the kept one on the last line when its own line comes before it.
 */
static struct fp_finding *
slot(struct fp_diags *d, enum fp_severity sev, enum fp_code code, int line)
{
    struct fp_finding *f;
    d->dropping = d->kept[sev] >= FP_DIAG_MAX;
    if (d->dropping) {
        size_t worst = last_line_kept(d, sev);
        d->dropped[sev]++;
        if (line >= d->list[worst].line)
            return NULL;
        d->dropping = 0;
        f = &d->list[worst];
        release(f);
        d->last = worst;
    } else {
        d->kept[sev]++;
        if (d->count == d->cap) {
            d->cap = d->cap ? d->cap * 2 : 8;
            d->list = fp_xrealloc(d->list, d->cap * sizeof *d->list);
        }
        d->last = d->count;
        f = &d->list[d->count++];
    }
    memset(f, 0, sizeof *f);
    f->severity = sev;
    f->code = code;
    f->line = line;
    return f;
}

void
fp_diag_add(struct fp_diags *d, enum fp_severity sev, enum fp_code code, int line, enum fp_msg msg,
            ...)
{
    va_list ap;
    struct fp_finding *f = slot(d, sev, code, line);
    if (f == NULL)
        return;
    f->msg = msg;
    va_start(ap, msg);
    take_args(f, ap);
    va_end(ap);
    check_arity(msg, f->nargs);
}

void
fp_diag_note(struct fp_diags *d, enum fp_msg note, ...)
{
    va_list ap;
    struct fp_finding *f;

    if (d->count == 0 || d->dropping)
        return;
    f = &d->list[d->last];
    f->note = note;
    f->note_arg = f->nargs;
    va_start(ap, note);
    take_args(f, ap);
    va_end(ap);
    check_arity(note, f->nargs - f->note_arg);
}

void
fp_diag_add_text(struct fp_diags *d, enum fp_severity sev, enum fp_code code, int line,
                 const char *text, const char *note)
{
    struct fp_finding *f = slot(d, sev, code, line);
    if (f == NULL)
        return;
    f->text = fp_xstrdup(text ? text : "");
    f->note_text = note ? fp_xstrdup(note) : NULL;
}

char *
fp_diag_text(const struct fp_finding *f, enum fp_lang lang, enum fp_voice voice)
{
    const char *tmpl;
    if (f->text)
        return fp_xstrdup(f->text);
    tmpl = voice == FP_VOICE_READER ? fp_msg_reader(lang, f->msg) : NULL;
    if (tmpl == NULL)
        tmpl = fp_msg_text(lang, f->msg);
    return fp_msg_format(lang, tmpl, f->args, f->nargs);
}

char *
fp_diag_note_text(const struct fp_finding *f, enum fp_lang lang)
{
    if (f->text)
        return f->note_text ? fp_xstrdup(f->note_text) : NULL;
    if (f->note == FP_M_NONE)
        return NULL;
    return fp_msg_format(lang, fp_msg_text(lang, f->note), f->args + f->note_arg,
                         f->nargs - f->note_arg);
}

void
fp_diag_sort(struct fp_diags *d)
{
    /* Insertion sort: stable, and plans have tens of findings, not thousands. */
    for (size_t i = 1; i < d->count; i++) {
        struct fp_finding f = d->list[i];
        size_t j = i;
        while (j > 0 && d->list[j - 1].line > f.line) {
            d->list[j] = d->list[j - 1];
            j--;
        }
        d->list[j] = f;
    }
}

size_t
fp_diag_count(const struct fp_diags *d, enum fp_severity sev)
{
    size_t n = d->dropped[sev];
    for (size_t i = 0; i < d->count; i++)
        n += d->list[i].severity == sev;
    return n;
}

int
fp_diag_has(const struct fp_diags *d, enum fp_code code)
{
    for (size_t i = 0; i < d->count; i++)
        if (d->list[i].code == code)
            return 1;
    return 0;
}

static void
print_prefix(FILE *out, const char *file, int line)
{
    if (line > 0)
        fprintf(out, "fundplan: %s:%d: ", file, line);
    else
        fprintf(out, "fundplan: %s: ", file);
}

void
fp_diag_print(const struct fp_diags *d, FILE *out, enum fp_lang lang)
{
    for (size_t i = 0; i < d->count; i++) {
        const struct fp_finding *f = &d->list[i];
        char *text = fp_diag_text(f, lang, FP_VOICE_PREPARER);
        char *note = fp_diag_note_text(f, lang);
        print_prefix(out, d->file, f->line);
        fprintf(out, "%s: %s\n", fp_msg_text(lang, FP_M_SEV_NOTE + f->severity), text);
        if (note) {
            print_prefix(out, d->file, f->line);
            fprintf(out, "%s: %s\n", fp_msg_text(lang, FP_M_SEV_NOTE), note);
        }
        free(text);
        free(note);
    }
    if (d->dropped[FP_ERROR] || d->dropped[FP_WARNING]) {
        struct fp_arg a[2] = {fp_arg_int((int64_t)d->dropped[FP_ERROR]),
                              fp_arg_int((int64_t)d->dropped[FP_WARNING])};
        /* every combination of one and many, so no language needs a "(s)" */
        enum fp_msg m = !a[1].v       ? (a[0].v == 1 ? FP_M_MORE_E1 : FP_M_MORE_E)
                        : !a[0].v     ? (a[1].v == 1 ? FP_M_MORE_W1 : FP_M_MORE_W)
                        : a[0].v == 1 ? (a[1].v == 1 ? FP_M_MORE_E1_W1 : FP_M_MORE_E1_W)
                                      : (a[1].v == 1 ? FP_M_MORE_E_W1 : FP_M_MORE_E_W);
        char *s = fp_msg_format(lang, fp_msg_text(lang, m), a, 2);
        print_prefix(out, d->file, 0);
        fprintf(out, "%s: %s\n", fp_msg_text(lang, FP_M_SEV_NOTE), s);
        free(s);
    }
}

void
fp_diag_free(struct fp_diags *d)
{
    if (d == NULL)
        return;
    for (size_t i = 0; i < d->count; i++)
        release(&d->list[i]);
    free(d->list);
    d->list = NULL;
    d->count = d->cap = 0;
    memset(d->kept, 0, sizeof d->kept);
    memset(d->dropped, 0, sizeof d->dropped);
    d->dropping = 0;
    d->last = 0;
}

const char *
fp_diag_code_name(enum fp_code code)
{
    return code_names[code];
}

const char *
fp_diag_severity_name(enum fp_severity sev)
{
    return severity_names[sev];
}

const char *
fp_diag_code_title(enum fp_code code, enum fp_lang lang)
{
    /* the titles are FP_M_CODE_*, in enum fp_code's order (static assert in msg.c) */
    return fp_msg_text(lang, FP_M_CODE_READ + code);
}

/* Prints "fundplan: WHAT: SEVERITY: message" at once, in the user's language. */
static void
say_now(enum fp_msg sev, const char *what, enum fp_msg msg, va_list ap)
{
    struct fp_finding f;
    char *text;

    memset(&f, 0, sizeof f);
    f.msg = msg;
    take_args(&f, ap);
    text = fp_diag_text(&f, fp_msg_lang, FP_VOICE_PREPARER);
    if (what)
        fprintf(stderr, "fundplan: %s: %s: %s\n", what, fp_msg_text(fp_msg_lang, sev), text);
    else
        fprintf(stderr, "fundplan: %s: %s\n", fp_msg_text(fp_msg_lang, sev), text);
    free(text);
    for (size_t k = 0; k < f.nargs; k++)
        if (f.args[k].kind == FP_ARG_STR)
            free((char *)(uintptr_t)f.args[k].s);
}

void
fp_diag_failm(const char *what, enum fp_msg msg, ...)
{
    va_list ap;
    va_start(ap, msg);
    say_now(FP_M_SEV_ERROR, what, msg, ap);
    va_end(ap);
}

void
fp_diag_notem(const char *what, enum fp_msg msg, ...)
{
    va_list ap;
    va_start(ap, msg);
    say_now(FP_M_SEV_NOTE, what, msg, ap);
    va_end(ap);
}
