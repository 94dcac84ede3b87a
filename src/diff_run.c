/*
 * diff_run.c - `fundplan diff` after reading: the comparison, then the table, JSON, memo or
 * workbook, then every finding on stderr (the old plan's errors flagged as its own) and the
 * exit status. Owns the comparison and its findings for the length of one run.
 * SPDX-License-Identifier: MIT
 */
#include "diff_run.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

#include "cli.h"
#include "diff.h"
#include "diff_json.h"
#include "diff_out.h"
#include "diff_pdf.h"
#include "diff_xlsx.h"
#include "msg.h"

int
fp_diff_output_kind(const char *path)
{
    size_t n = strlen(path);
    if (n > 4 && strcasecmp(path + n - 4, ".pdf") == 0)
        return 0;
    if (n > 5 && strcasecmp(path + n - 5, ".xlsx") == 0)
        return 1;
    return -1;
}

/* "fundplan: FILE: note: message" in the user's language. */
static void
note(const char *file, enum fp_msg m, const char *arg)
{
    char buf[512];
    struct fp_arg a[1] = {fp_arg_str(arg)};
    fp_msg_render(buf, sizeof buf, fp_msg_lang, fp_msg_text(fp_msg_lang, m), a, 1);
    fprintf(stderr, "fundplan: %s: %s: %s\n", file, fp_msg_text(fp_msg_lang, FP_M_SEV_NOTE), buf);
}

/*
 * The plan in force was decided on: its warnings are history, its errors are worth knowing but
 * do not stop the comparison. They are printed under a note that says so, with its own file name.
 */
static void
print_old_errors(const struct fp_diags *d)
{
    struct fp_diags errors = {0};
    errors.file = d->file;
    errors.list = fp_xmalloc((d->count ? d->count : 1) * sizeof *errors.list);
    for (size_t i = 0; i < d->count; i++)
        if (d->list[i].severity == FP_ERROR)
            errors.list[errors.count++] = d->list[i];
    errors.dropped[FP_ERROR] = d->dropped[FP_ERROR];
    if (errors.count || errors.dropped[FP_ERROR]) {
        note(d->file, FP_M_DIFF_OLD_ERRORS, "");
        fp_diag_print(&errors, stderr, fp_msg_lang);
    }
    free(errors.list); /* not fp_diag_free: the findings are still d's */
}

static int
same_file(const char *a, const char *b)
{
    struct stat sa, sb;
    if (strcmp(a, "-") == 0 || strcmp(b, "-") == 0)
        return 0;
    return stat(a, &sa) == 0 && stat(b, &sb) == 0 && sa.st_dev == sb.st_dev &&
           sa.st_ino == sb.st_ino;
}

/* A file in which the reader found nothing of a plan (a PDF, an empty file, some other text)
   has nothing to compare: every line would show as new. */
static int
is_plan(const struct fp_diff_input *in)
{
    const struct fp_plan *p = in->plan;
    return !p->nothing_read &&
           (p->name.line || p->id.line || p->applicant.line || p->funder.line ||
            p->instrument.line || p->start.line || p->end.line || p->whole.costs_line ||
            p->whole.income_line || p->whole.fin_line || p->nyears > 0);
}

static int
write_output(const struct fp_diff *d, const struct fp_diff_input *new,
             const struct fp_diags *changes, const struct fp_diff_opts *o)
{
    if (fp_diff_output_kind(o->output) == 0)
        return fp_diff_memo_write(d, new->diags, changes, &o->report, o->output);
    return fp_diff_book_write(d, new->diags, changes, &o->report, o->output);
}

int
fp_diff_run(const struct fp_diff_input *old, const struct fp_diff_input *new,
            const struct fp_diff_opts *o)
{
    struct fp_diags changes = {0};
    struct fp_diff *d;
    int status;

    if (!is_plan(old) || !is_plan(new)) {
        print_old_errors(old->diags);
        fp_diag_print(new->diags, stderr, fp_msg_lang);
        note(is_plan(old) ? new->diags->file : old->diags->file, FP_M_DIFF_NOT_COMPARED,
             is_plan(old) ? new->diags->file : old->diags->file);
        return FP_EXIT_FINDINGS;
    }
    changes.file = new->diags->file;
    d = fp_xmalloc(sizeof *d); /* some 40 KiB of lines: not on the stack */
    fp_diff_plans(old->plan, old->fig, new->plan, new->fig, d, &changes);
    if (o->json)
        fp_diff_json(stdout, d, old->diags, new->diags, &changes, o->report.call, o->all,
                     fp_msg_lang);
    else if (o->output == NULL)
        fp_diff_print(stdout, d, new->diags, &changes, o->all, fp_msg_lang);
    fflush(stdout);
    status = fp_diag_count(new->diags, FP_ERROR) || fp_diag_count(&changes, FP_ERROR)
                 ? FP_EXIT_FINDINGS
                 : FP_EXIT_OK;
    if (o->output && write_output(d, new, &changes, o) != 0)
        status = FP_EXIT_USAGE;
    print_old_errors(old->diags);
    if (same_file(old->diags->file, new->diags->file))
        note(new->diags->file, FP_M_DIFF_SAME_FILE, "");
    fp_diag_print(new->diags, stderr, fp_msg_lang);
    fp_diag_print(&changes, stderr, fp_msg_lang);
    fp_diag_free(&changes);
    free(d);
    return status;
}
