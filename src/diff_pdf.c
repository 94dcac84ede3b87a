/*
 * diff_pdf.c - the change memo: title and facts (the period and the cost model old and new),
 * the cost estimate and the financing plan in force and changed, the support before and after,
 * the findings about the change and about the changed plan in the reader's words, the proposal
 * ("Muutos hyväksytään: ...") only when nothing is in error, preparer and presenter.
 * Wording only: figures from diff.c and the checker, words from the catalogue, the house style
 * from layout.c.
 * SPDX-License-Identifier: MIT
 */
#include "diff_pdf.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "diff_out.h"
#include "layout.h"
#include "msg.h"
#include "pdf.h"

struct cmemo {
    struct fp_pdf pdf;
    struct fp_doc doc;
    const struct fp_diff *d;
    const struct fp_plan *plan; /* the changed plan: its facts head the memo */
    const struct fp_figures *fig;
    const struct fp_diags *new_diags, *changes;
    const struct fp_call *call;
    enum fp_lang lang;
    struct fp_date date;
    size_t nerrors; /* the changed plan's and the change's */
    char case_text[256];
};

/* The columns of every comparison table: label, old, new, change, change %. */
static const int cols[] = {0, 1, 2, 3, 4};
#define NCOLS 5

static const char *
tx(const struct cmemo *m, enum fp_msg id)
{
    return fp_msg_text(m->lang, id);
}

static const char *
lt(const struct cmemo *m, enum fp_text t)
{
    return fp_lang_text(m->lang, t);
}

static const char *
or_none(const char *s)
{
    return s && *s ? s : "–";
}

static const char *
say(const struct cmemo *m, char *buf, size_t n, enum fp_msg id, const struct fp_arg *a, size_t na)
{
    fp_msg_render(buf, n, m->lang, tx(m, id), a, na);
    return buf;
}

/* ==== Title and facts ==== */

/* "1.10.2024–30.9.2026 (24 kk)" */
static void
period_text(const struct cmemo *m, char *buf, size_t n, const struct fp_plan *p,
            const struct fp_figures *f)
{
    char per[160];
    if (f->months <= 0) {
        snprintf(buf, n, "–");
        return;
    }
    fp_date_format_period(per, sizeof per, p->start.date, p->end.date, m->lang);
    snprintf(buf, n, "%s (%d %s)", per, f->months,
             f->months == 1 ? tx(m, FP_M_MEMO_MONTH_ONE) : lt(m, FP_T_MONTHS));
}

/* A fact whose value may change: "old → new", or the one value when it stays. */
static void
fact_pair(struct cmemo *m, const char *label, const char *old, const char *new)
{
    char buf[640];
    if (strcmp(old, new) == 0)
        snprintf(buf, sizeof buf, "%s", new);
    else
        snprintf(buf, sizeof buf, "%s \xe2\x86\x92 %s", old, new); /* → */
    fp_doc_fact(&m->doc, label, buf);
}

static void
partners_text(char *buf, size_t n, const struct fp_plan *p)
{
    size_t o = 0;
    buf[0] = '\0';
    for (size_t i = 0; i < p->npartners && o + 3 < n; i++)
        o += (size_t)snprintf(buf + o, n - o, "%s%s", i ? ", " : "", p->partners[i]);
}

static void
title_and_facts(struct cmemo *m)
{
    const struct fp_plan *p = m->plan, *op = m->d->old_plan;
    const struct fp_instrument *in = &m->fig->instrument;
    char buf[1024], a[320], b[320];
    struct fp_arg t[1] = {fp_arg_str(or_none(p->name.text))};

    fp_doc_title(&m->doc, say(m, buf, sizeof buf, FP_M_DIFF_MEMO_TITLE, t, 1));
    fp_doc_fact(&m->doc, lt(m, FP_T_APPLICANT), or_none(p->applicant.text));
    if (p->npartners || op->npartners) {
        partners_text(a, sizeof a, op);
        partners_text(b, sizeof b, p);
        fact_pair(m, lt(m, FP_T_PARTNERS), or_none(a), or_none(b));
    }
    fp_doc_fact(&m->doc, lt(m, FP_T_FUNDER), or_none(p->funder.text));
    fp_doc_fact(&m->doc, lt(m, FP_T_INSTRUMENT),
                in->def ? tx(m, in->def->label) : or_none(p->instrument.text));
    if (m->call && m->call->name.text)
        fp_doc_fact(&m->doc, lt(m, FP_T_CALL), m->call->name.text);
    fp_diff_model_text(a, sizeof a, m->d->old_fig, m->lang);
    fp_diff_model_text(b, sizeof b, m->fig, m->lang);
    fact_pair(m, lt(m, FP_T_COST_MODEL), a, b);
    period_text(m, a, sizeof a, op, m->d->old_fig);
    period_text(m, b, sizeof b, p, m->fig);
    fact_pair(m, lt(m, FP_T_PERIOD), a, b);
}

static void
intro_and_notice(struct cmemo *m)
{
    char buf[768];
    struct fp_arg a[1] = {fp_arg_str(or_none(m->plan->applicant.text))};
    m->doc.y -= 10;
    fp_doc_para(&m->doc, say(m, buf, sizeof buf, FP_M_DIFF_MEMO_INTRO, a, 1));
    if (m->nerrors) {
        /* point at the section that holds the errors */
        enum fp_msg where = fp_diag_count(m->changes, FP_ERROR) ? FP_M_DIFF_MEMO_FINDINGS_HEAD
                                                                : FP_M_DIFF_MEMO_NEW_FINDINGS_HEAD;
        struct fp_arg b[2] = {fp_arg_int((int64_t)m->nerrors), fp_arg_msg(where)};
        say(m, buf, sizeof buf,
            m->nerrors == 1 ? FP_M_DIFF_MEMO_DRAFT_ONE : FP_M_DIFF_MEMO_DRAFT_MANY, b, 2);
        fp_doc_notice(&m->doc, buf, 1);
    }
}

/* ==== The comparison tables ==== */

static void
table_head(const struct cmemo *m, struct fp_row *head)
{
    memset(head, 0, sizeof *head);
    snprintf(head->cell[1], sizeof head->cell[1], "%s", tx(m, FP_M_DIFF_COL_OLD));
    snprintf(head->cell[2], sizeof head->cell[2], "%s", tx(m, FP_M_DIFF_COL_NEW));
    snprintf(head->cell[3], sizeof head->cell[3], "%s", tx(m, FP_M_DIFF_COL_DELTA));
    snprintf(head->cell[4], sizeof head->cell[4], "%s", tx(m, FP_M_DIFF_COL_PCT));
}

static void
line_row(const struct cmemo *m, struct fp_row *r, const struct fp_diff_line *l, int flags)
{
    char cells[FP_DIFF_CELLS][FP_DIFF_CELL_MAX];
    memset(r, 0, sizeof *r);
    if (l->year)
        snprintf(r->label, sizeof r->label, "%d", l->year);
    else
        fp_diff_line_label(r->label, sizeof r->label, m->d, l, m->lang);
    fp_diff_line_cells(m->d, l, m->lang, cells);
    for (int c = 0; c < FP_DIFF_CELLS; c++)
        memcpy(r->cell[1 + c], cells[c], sizeof cells[c]);
    r->flags = flags | (l->year ? FP_ROW_INDENT : 0);
}

static int
same_item(const struct fp_diff_line *a, const struct fp_diff_line *b)
{
    return a->section == b->section && a->item == b->item;
}

/*
 * The rows of a section: each item's whole-project figures, below them (indented) the years
 * whose figures change, so a move between years shows without the years that stay; a total in
 * bold. Returns how many rows were written to rows.
 */
static size_t
section_rows(const struct cmemo *m, enum fp_diff_section s, struct fp_row *rows)
{
    const struct fp_diff *d = m->d;
    size_t n = 0;
    for (size_t i = 0; i < d->nlines; i++) {
        const struct fp_diff_line *l = &d->lines[i];
        if (l->section != s || l->year)
            continue;
        line_row(m, &rows[n++], l, l->item == FP_DIFF_TOTAL ? FP_ROW_BOLD | FP_ROW_RULE : 0);
        for (size_t k = 0; k < d->nlines; k++)
            if (same_item(&d->lines[k], l) && d->lines[k].year &&
                fp_diff_line_changed(&d->lines[k]))
                line_row(m, &rows[n++], &d->lines[k], 0);
    }
    return n;
}

/* A row of a key figure: old, new, change (no per cent). */
static void
key_row(const struct cmemo *m, struct fp_row *r, const char *label, enum fp_diff_key k, int flags)
{
    const struct fp_diff_key_figure *f = &m->d->key[k];
    memset(r, 0, sizeof *r);
    snprintf(r->label, sizeof r->label, "%s", label);
    fp_diff_money(r->cell[1], sizeof r->cell[1], m->d, f->has_old, f->old_cents, m->lang);
    fp_diff_money(r->cell[2], sizeof r->cell[2], m->d, f->has_new, f->new_cents, m->lang);
    fp_diff_delta(r->cell[3], sizeof r->cell[3], m->d, f->has_delta, f->delta, m->lang);
    r->flags = flags;
}

static void
comparison_table(struct cmemo *m, enum fp_text title, enum fp_diff_section a,
                 enum fp_diff_section b, int net_row)
{
    struct fp_row head, *rows = fp_xmalloc((m->d->nlines + 2) * sizeof *rows);
    size_t n = section_rows(m, a, rows);
    if (b != a)
        n += section_rows(m, b, rows + n);
    if (net_row)
        key_row(m, &rows[n++], lt(m, FP_T_NET_COSTS), FP_DK_NET_COSTS, FP_ROW_BOLD | FP_ROW_RULE);
    table_head(m, &head);
    fp_doc_keep_together(&m->doc, n);
    fp_doc_heading(&m->doc, lt(m, title), 11.5, 14);
    fp_doc_table(&m->doc, &head, rows, n, cols, NCOLS);
    free(rows);
}

static void
rate_row(const struct cmemo *m, struct fp_row *r)
{
    const struct fp_figures *o = m->d->old_fig, *n = m->fig;
    int od, nd; /* each rate beside its own plan's cap: just over it never reads as the cap */
    int64_t ov = fp_ratio_percent_capped(o->support_rate, o->instrument.max_rate, &od);
    int64_t nv = fp_ratio_percent_capped(n->support_rate, n->instrument.max_rate, &nd);
    memset(r, 0, sizeof *r);
    snprintf(r->label, sizeof r->label, "%s", lt(m, FP_T_SUPPORT_RATE));
    fp_percent_format(r->cell[1], sizeof r->cell[1], ov, od, 0, m->lang);
    fp_percent_format(r->cell[2], sizeof r->cell[2], nv, nd, 0, m->lang);
    fp_diff_points(r->cell[3], sizeof r->cell[3], m->d->rate_delta, 2, m->lang);
}

/* The support, its EU and state parts, its rate and the largest allowed, then one sentence. */
static void
support(struct cmemo *m)
{
    const struct fp_diff_key_figure *s = &m->d->key[FP_DK_SUPPORT];
    struct fp_row head, rows[6];
    size_t n = 0;
    char buf[512];

    key_row(m, &rows[n++], lt(m, FP_T_SUPPORT), FP_DK_SUPPORT, FP_ROW_BOLD);
    if (m->d->key[FP_DK_EU].has_old || m->d->key[FP_DK_EU].has_new) {
        key_row(m, &rows[n++], lt(m, FP_T_EU_PART), FP_DK_EU, FP_ROW_INDENT);
        key_row(m, &rows[n++], lt(m, FP_T_STATE_PART), FP_DK_STATE, FP_ROW_INDENT);
    }
    rate_row(m, &rows[n++]);
    key_row(m, &rows[n++], lt(m, FP_T_MAX_SUPPORT), FP_DK_MAX_SUPPORT, 0);
    table_head(m, &head);
    head.cell[4][0] = '\0';
    fp_doc_keep_together(&m->doc, n);
    fp_doc_heading(&m->doc, tx(m, FP_M_DIFF_MEMO_SUPPORT_HEAD), 11.5, 14);
    fp_doc_table(&m->doc, &head, rows, n, cols, NCOLS - 1);
    m->doc.y -= 4;
    if (s->delta == 0) {
        struct fp_arg a[1] = {fp_arg_eur(s->new_cents)};
        fp_doc_para(&m->doc, say(m, buf, sizeof buf, FP_M_DIFF_MEMO_SUPPORT_SAME, a, 1));
    } else {
        struct fp_arg a[3] = {fp_arg_eur(s->delta > 0 ? s->delta : -s->delta),
                              fp_arg_eur(s->old_cents), fp_arg_eur(s->new_cents)};
        fp_doc_para(&m->doc,
                    say(m, buf, sizeof buf,
                        s->delta > 0 ? FP_M_DIFF_MEMO_SUPPORT_UP : FP_M_DIFF_MEMO_SUPPORT_DOWN, a,
                        3));
    }
}

/* ==== Findings and proposal ==== */

/* Findings of at least severity min in the reader's voice; returns how many were drawn. */
static size_t
findings(struct cmemo *m, const struct fp_diags *d, enum fp_severity min)
{
    char title[512];
    size_t drawn = 0;
    for (size_t i = 0; i < d->count; i++) {
        const struct fp_finding *f = &d->list[i];
        char *text;
        if (f->severity < min)
            continue;
        /* the reader's voice: no line numbers or keys in a document the council signs */
        snprintf(title, sizeof title, "%s: %s", tx(m, FP_M_SEVD_NOTE + f->severity),
                 fp_diag_code_title(f->code, m->lang));
        text = fp_diag_text(f, m->lang, FP_VOICE_READER);
        fp_doc_finding(&m->doc, f->severity == FP_ERROR, title, text);
        free(text);
        drawn++;
    }
    if (d->dropped[FP_ERROR] || d->dropped[FP_WARNING]) {
        struct fp_arg a[1] = {fp_arg_int((int64_t)(d->dropped[FP_ERROR] + d->dropped[FP_WARNING]))};
        fp_doc_para(&m->doc, say(m, title, sizeof title, FP_M_MEMO_MORE_FINDINGS, a, 1));
        drawn++;
    }
    return drawn;
}

static void
all_findings(struct cmemo *m)
{
    fp_doc_heading(&m->doc, tx(m, FP_M_DIFF_MEMO_FINDINGS_HEAD), 11.5, 14);
    if (findings(m, m->changes, FP_NOTE) == 0)
        fp_doc_para(&m->doc, tx(m, FP_M_DIFF_MEMO_NO_CHANGE_FINDINGS));
    fp_doc_heading(&m->doc, tx(m, FP_M_DIFF_MEMO_NEW_FINDINGS_HEAD), 11.5, 14);
    if (findings(m, m->new_diags, FP_WARNING) == 0)
        fp_doc_para(&m->doc, tx(m, FP_M_MEMO_NO_FINDINGS));
}

/* "Muutos hyväksytään: ...": only when neither the changed plan nor the change has errors, so
   the checker's proposal for the changed plan is its asked support and rate. */
static void
proposal(struct cmemo *m)
{
    const struct fp_figures *fig = m->fig;
    const struct fp_plan *p = m->plan;
    char buf[2048];

    fp_doc_heading(&m->doc, tx(m, FP_M_MEMO_PROPOSAL_HEAD), 11.5, 14);
    if (m->nerrors || fig->proposal != FP_PROPOSE_ASKED) {
        struct fp_arg a[1] = {fp_arg_msg(FP_M_DIFF_MEMO_FINDINGS_HEAD)};
        fp_doc_notice(&m->doc, say(m, buf, sizeof buf, FP_M_DIFF_MEMO_NO_PROPOSAL, a, 1), 1);
        return;
    }
    {
        struct fp_arg a[9] = {
            fp_arg_str(or_none(p->funder.text)),
            fp_arg_str(or_none(p->name.text)),
            fp_arg_str(or_none(p->applicant.text)),
            fp_arg_msg((enum fp_msg)(FP_M_GRANT_AIKO + fig->instrument.support_source)),
            fp_arg_eur(fig->proposal_support),
            fp_arg_bp(fig->proposal_rate),
            fp_arg_msg(fig->instrument.base == FP_BASE_NET_COSTS ? FP_M_MEMO_BASE_NET
                                                                 : FP_M_MEMO_BASE_TOTAL),
            fp_arg_date(p->start.date),
            fp_arg_date(p->end.date),
        };
        fp_doc_para(&m->doc, say(m, buf, sizeof buf, FP_M_DIFF_MEMO_PROPOSAL, a, 9));
    }
    if (fig->has_eu_split) {
        struct fp_arg a[2] = {fp_arg_eur(fig->eu), fp_arg_eur(fig->state)};
        m->doc.y -= 4;
        fp_doc_para(&m->doc, say(m, buf, sizeof buf, FP_M_MEMO_EU_SPLIT, a, 2));
    }
}

static void
draw(struct cmemo *m)
{
    const struct fp_plan *p = m->plan;
    struct fp_doc_header h =
        fp_doc_memo_header(p->funder.text, FP_M_MEMO_DOCTYPE, p->id.text, m->date, m->lang,
                           m->nerrors > 0, m->case_text, sizeof m->case_text);
    fp_doc_begin(&m->doc, &m->pdf, &h);
    title_and_facts(m);
    intro_and_notice(m);
    comparison_table(m, FP_T_COST_ESTIMATE, FP_DIFF_COSTS, FP_DIFF_INCOME, 1);
    comparison_table(m, FP_T_FINANCING_PLAN, FP_DIFF_FINANCING, FP_DIFF_FINANCING, 0);
    support(m);
    all_findings(m);
    proposal(m);
    fp_doc_signatures(&m->doc, p);
}

/* Draws and saves on an opened document; pad > 0 adds spare glyphs (FP_PDF_RETRY). */
static int
draw_and_save(struct cmemo *m, const struct fp_report_opts *opts, int pad)
{
    const struct fp_plan *p = m->plan;
    char subject[512];

    draw(m);
    if (pad > 0)
        fp_pdf_pad(&m->pdf, m->doc.page, pad);
    fp_doc_end(&m->doc);
    if (p->id.text)
        snprintf(subject, sizeof subject, "%s, %s %s", tx(m, FP_M_DIFF_MEMO_SUBJECT),
                 tx(m, FP_M_MEMO_CASE), p->id.text);
    else
        snprintf(subject, sizeof subject, "%s", tx(m, FP_M_DIFF_MEMO_SUBJECT));
    return fp_pdf_save(&m->pdf, or_none(p->name.text), or_none(p->funder.text), subject,
                       opts->epoch);
}

int
fp_diff_memo_write(const struct fp_diff *d, const struct fp_diags *new_diags,
                   const struct fp_diags *changes, const struct fp_report_opts *opts,
                   const char *path)
{
    struct cmemo *m = fp_xmalloc(sizeof *m); /* 8 KiB code-point map: not on the stack */
    int rc, pad = 0;

    /* each of the FP_PDF_PADS spare glyphs once when libharu cannot embed a subset (pdf.h) */
    do {
        memset(m, 0, sizeof *m);
        m->d = d;
        m->plan = d->new_plan;
        m->fig = d->new_fig;
        m->new_diags = new_diags;
        m->changes = changes;
        m->call = opts->call;
        m->lang = opts->lang;
        m->date = opts->date;
        m->nerrors = fp_diag_count(new_diags, FP_ERROR) + fp_diag_count(changes, FP_ERROR);
        if (fp_pdf_open(&m->pdf, path) != 0) {
            free(m);
            return -1;
        }
        rc = draw_and_save(m, opts, pad);
        fp_pdf_close(&m->pdf);
    } while (rc == FP_PDF_RETRY && ++pad <= FP_PDF_PADS);
    free(m);
    if (rc == FP_PDF_RETRY) {
        FP_FAIL(path, FP_M_SYS_FONT_SUBSET);
        return -1;
    }
    return rc;
}
