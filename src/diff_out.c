/*
 * diff_out.c - `fundplan diff` on a terminal: one table of the changed lines (all lines with
 * --all), per year where either plan has years, then the key figures old and new, and the
 * cell texts the change memo shares. Columns are as wide as their widest cell.
 * SPDX-License-Identifier: MIT
 */
#include "diff_out.h"

#include <stdlib.h>
#include <string.h>

#include "msg.h"
#include "utf8.h"

#define DASH "\xe2\x80\x94" /* — : a figure the plan does not give */

/* ==== Cells ==== */

void
fp_diff_money(char *buf, size_t n, const struct fp_diff *d, int has, fp_cents c, enum fp_lang lang)
{
    if (!has) {
        snprintf(buf, n, "%s", DASH);
        return;
    }
    fp_money_format(buf, n, c, lang, d->any_cents || c % 100 ? FP_MONEY_CENTS : FP_MONEY_WHOLE);
}

void
fp_diff_delta(char *buf, size_t n, const struct fp_diff *d, int has, fp_cents c, enum fp_lang lang)
{
    if (n > 1 && has && c > 0) {
        *buf++ = '+';
        n--;
    }
    fp_diff_money(buf, n, d, has, c, lang);
}

void
fp_diff_share(char *buf, size_t n, struct fp_ratio r, enum fp_lang lang)
{
    char p[32];
    int64_t v;
    if (r.den <= 0) {
        snprintf(buf, n, "%s", "");
        return;
    }
    v = fp_ratio_percent(r, 1);
    fp_percent_format(p, sizeof p, v, 1, 0, lang);
    snprintf(buf, n, "%s%s", v > 0 ? "+" : "", p);
}

void
fp_diff_points(char *buf, size_t n, int64_t v, int dec, enum fp_lang lang)
{
    struct fp_arg a[1] = {fp_arg_pct(v, dec)};
    char p[48];
    fp_msg_render(p, sizeof p, lang, fp_msg_text(lang, FP_M_DIFF_PP), a, 1);
    snprintf(buf, n, "%s%s", v > 0 ? "+" : "", p);
}

void
fp_diff_line_cells(const struct fp_diff *d, const struct fp_diff_line *l, enum fp_lang lang,
                   char cells[FP_DIFF_CELLS][FP_DIFF_CELL_MAX])
{
    fp_diff_money(cells[FP_DIFF_CELL_OLD], FP_DIFF_CELL_MAX, d, l->has_old, l->old_cents, lang);
    fp_diff_money(cells[FP_DIFF_CELL_NEW], FP_DIFF_CELL_MAX, d, l->has_new, l->new_cents, lang);
    fp_diff_delta(cells[FP_DIFF_CELL_DELTA], FP_DIFF_CELL_MAX, d, l->has_delta, l->delta, lang);
    fp_diff_share(cells[FP_DIFF_CELL_PCT], FP_DIFF_CELL_MAX, l->share, lang);
}

/* ==== The terminal table ==== */

/* Columns after the label: year, then the four cells. */
#define COLS (1 + FP_DIFF_CELLS)

struct row {
    char label[192];
    char cell[COLS][FP_DIFF_CELL_MAX];
    int heading; /* a section title: label only, not indented */
};

struct table {
    struct row *rows;
    size_t n, cap;
};

static struct row *
new_row(struct table *t, const char *label, int heading)
{
    struct row *r;
    if (t->n == t->cap) {
        t->cap = t->cap ? 2 * t->cap : 64;
        t->rows = fp_xrealloc(t->rows, t->cap * sizeof *t->rows);
    }
    r = &t->rows[t->n++];
    memset(r, 0, sizeof *r);
    snprintf(r->label, sizeof r->label, "%s", label);
    r->heading = heading;
    return r;
}

static void
pad(FILE *out, size_t n)
{
    while (n-- > 0)
        fputc(' ', out);
}

static void
print_table(FILE *out, const struct table *t, int years)
{
    size_t w[COLS + 1] = {0};
    for (size_t i = 0; i < t->n; i++) {
        const struct row *r = &t->rows[i];
        size_t lw = fp_utf8_width(r->label) + (r->heading ? 0 : 2);
        if (!r->heading && lw > w[0])
            w[0] = lw;
        for (int c = 0; c < COLS; c++)
            if (fp_utf8_width(r->cell[c]) > w[c + 1])
                w[c + 1] = fp_utf8_width(r->cell[c]);
    }
    for (size_t i = 0; i < t->n; i++) {
        const struct row *r = &t->rows[i];
        if (r->heading) {
            fprintf(out, "%s\n", r->label);
            continue;
        }
        int last = COLS - 1;
        while (last > 0 && r->cell[last][0] == '\0')
            last--; /* no trailing blanks */
        fprintf(out, "  %s", r->label);
        pad(out, w[0] - 2 - fp_utf8_width(r->label));
        for (int c = years ? 0 : 1; c <= last; c++) {
            pad(out, 3 + w[c + 1] - fp_utf8_width(r->cell[c]));
            fputs(r->cell[c], out);
        }
        fputc('\n', out);
    }
}

/* The rows of one section's lines under title (NULL: none), which is left out when no line is
   shown; returns how many. */
static size_t
add_section(struct table *t, const struct fp_diff *d, enum fp_diff_section s, const char *title,
            int all, enum fp_lang lang)
{
    size_t added = 0;
    for (size_t i = 0; i < d->nlines; i++) {
        const struct fp_diff_line *l = &d->lines[i];
        char label[160], cells[FP_DIFF_CELLS][FP_DIFF_CELL_MAX];
        struct row *r;
        if (l->section != s || !(all || fp_diff_line_changed(l)))
            continue;
        if (added == 0 && title)
            new_row(t, title, 1);
        fp_diff_line_label(label, sizeof label, d, l, lang);
        r = new_row(t, label, 0);
        if (l->year)
            snprintf(r->cell[0], sizeof r->cell[0], "%d", l->year);
        else if (d->nyears)
            snprintf(r->cell[0], sizeof r->cell[0], "%s", fp_lang_text(lang, FP_T_TOTAL));
        fp_diff_line_cells(d, l, lang, cells);
        for (int c = 0; c < FP_DIFF_CELLS; c++)
            memcpy(r->cell[1 + c], cells[c], sizeof cells[c]);
        added++;
    }
    return added;
}

static void
key_row(struct table *t, const struct fp_diff *d, const char *label, enum fp_diff_key k,
        enum fp_lang lang)
{
    const struct fp_diff_key_figure *f = &d->key[k];
    struct row *r;
    if (!f->has_old && !f->has_new)
        return;
    r = new_row(t, label, 0);
    fp_diff_money(r->cell[1], sizeof r->cell[1], d, f->has_old, f->old_cents, lang);
    fp_diff_money(r->cell[2], sizeof r->cell[2], d, f->has_new, f->new_cents, lang);
    fp_diff_delta(r->cell[3], sizeof r->cell[3], d, f->has_delta, f->delta, lang);
}

static void
rate_row(struct table *t, const char *label, struct fp_ratio o, struct fp_ratio n, int64_t delta,
         int dec, enum fp_lang lang)
{
    struct row *r = new_row(t, label, 0);
    fp_percent_format(r->cell[1], sizeof r->cell[1], fp_ratio_percent(o, dec), dec, 0, lang);
    fp_percent_format(r->cell[2], sizeof r->cell[2], fp_ratio_percent(n, dec), dec, 0, lang);
    fp_diff_points(r->cell[3], sizeof r->cell[3], delta, dec, lang);
}

static void
add_key_figures(struct table *t, const struct fp_diff *d, enum fp_lang lang)
{
    const struct fp_figures *o = d->old_fig, *n = d->new_fig;
    struct row *r;

    new_row(t, fp_msg_text(lang, FP_M_DIFF_KEY_FIGURES), 1);
    key_row(t, d, fp_lang_text(lang, FP_T_TOTAL_COSTS), FP_DK_TOTAL_COSTS, lang);
    key_row(t, d, fp_lang_text(lang, FP_T_NET_COSTS), FP_DK_NET_COSTS, lang);
    key_row(t, d, fp_lang_text(lang, FP_T_SUPPORT), FP_DK_SUPPORT, lang);
    key_row(t, d, fp_lang_text(lang, FP_T_EU_PART), FP_DK_EU, lang);
    key_row(t, d, fp_lang_text(lang, FP_T_STATE_PART), FP_DK_STATE, lang);
    key_row(t, d, fp_lang_text(lang, FP_T_MAX_SUPPORT), FP_DK_MAX_SUPPORT, lang);
    rate_row(t, fp_lang_text(lang, FP_T_SUPPORT_RATE), o->support_rate, n->support_rate,
             d->rate_delta, 2, lang);
    for (int s = 0; s < FP_SRC_COUNT; s++) {
        char label[160];
        struct fp_arg a[1] = {fp_arg_msg((enum fp_msg)(FP_M_SRC_AIKO + s))};
        if (!o->source_shown[s] && !n->source_shown[s])
            continue;
        fp_msg_render(label, sizeof label, lang, fp_msg_text(lang, FP_M_DIFF_SHARE_ROW), a, 1);
        rate_row(t, label, o->share[s], n->share[s], d->share_delta[s], 1, lang);
    }
    r = new_row(t, fp_msg_text(lang, FP_M_DIFF_PERIOD_ROW), 0);
    snprintf(r->cell[1], sizeof r->cell[1], "%d", o->months);
    snprintf(r->cell[2], sizeof r->cell[2], "%d", n->months);
    snprintf(r->cell[3], sizeof r->cell[3], "%s%d", d->months_delta > 0 ? "+" : "",
             d->months_delta);
}

/* "Kustannusmalli: X" or "Kustannusmalli: X → Y" */
static void
print_model(FILE *out, const struct fp_diff *d, enum fp_lang lang)
{
    char o[128], n[128];
    fp_diff_model_text(o, sizeof o, d->old_fig, lang);
    fp_diff_model_text(n, sizeof n, d->new_fig, lang);
    fprintf(out, "  %s: %s", fp_lang_text(lang, FP_T_COST_MODEL), o);
    if (strcmp(o, n) != 0)
        fprintf(out, " \xe2\x86\x92 %s", n); /* → */
    fputc('\n', out);
}

/* "Muutettu: 0 virhettä, 1 varoitus" */
static void
print_counts(FILE *out, const char *what, const struct fp_diags *diags, enum fp_lang lang)
{
    size_t e = fp_diag_count(diags, FP_ERROR), w = fp_diag_count(diags, FP_WARNING);
    struct fp_arg a[2] = {fp_arg_int((int64_t)e), fp_arg_int((int64_t)w)};
    enum fp_msg m = e == 1 ? (w == 1 ? FP_M_SUM_E1_W1 : FP_M_SUM_E1_W)
                           : (w == 1 ? FP_M_SUM_E_W1 : FP_M_SUM_E_W);
    char buf[160];
    fp_msg_render(buf, sizeof buf, lang, fp_msg_text(lang, m), a, 2);
    fprintf(out, "  %s: %s\n", what, buf);
}

void
fp_diff_print(FILE *out, const struct fp_diff *d, const struct fp_diags *new_diags,
              const struct fp_diags *changes, int all, enum fp_lang lang)
{
    struct table t = {0};
    struct row *head;
    size_t lines = 0;

    fprintf(out, "%s: %s \xe2\x86\x92 %s\n", fp_msg_text(lang, FP_M_DIFF_TITLE), d->old_plan->path,
            d->new_plan->path);
    fprintf(out, "%s\n", d->new_plan->name.text ? d->new_plan->name.text : "?");
    head = new_row(&t, "", 0);
    snprintf(head->cell[0], sizeof head->cell[0], "%s", fp_lang_text(lang, FP_T_YEAR));
    snprintf(head->cell[1], sizeof head->cell[1], "%s", fp_msg_text(lang, FP_M_DIFF_COL_OLD));
    snprintf(head->cell[2], sizeof head->cell[2], "%s", fp_msg_text(lang, FP_M_DIFF_COL_NEW));
    snprintf(head->cell[3], sizeof head->cell[3], "%s", fp_msg_text(lang, FP_M_DIFF_COL_DELTA));
    snprintf(head->cell[4], sizeof head->cell[4], "%s", fp_msg_text(lang, FP_M_DIFF_COL_PCT));
    lines = add_section(&t, d, FP_DIFF_COSTS, fp_lang_text(lang, FP_T_COST_ESTIMATE), all, lang);
    lines += add_section(&t, d, FP_DIFF_INCOME,
                         lines ? NULL : fp_lang_text(lang, FP_T_COST_ESTIMATE), all, lang);
    lines +=
        add_section(&t, d, FP_DIFF_FINANCING, fp_lang_text(lang, FP_T_FINANCING_PLAN), all, lang);
    if (lines == 0)
        new_row(&t, fp_msg_text(lang, FP_M_DIFF_NO_CHANGES), 1);
    add_key_figures(&t, d, lang);
    print_table(out, &t, d->nyears > 0);
    free(t.rows);
    print_model(out, d, lang);
    print_counts(out, fp_msg_text(lang, FP_M_DIFF_COL_NEW), new_diags, lang);
    print_counts(out, fp_msg_text(lang, FP_M_DIFF_COL_DELTA), changes, lang);
    fputc('\n', out);
}
