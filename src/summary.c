/*
 * summary.c - `fundplan check` on a terminal: a short table of the figures per plan.
 * Formats only what the checker computed.
 * SPDX-License-Identifier: MIT
 */
#include "summary.h"

#include <string.h>

#define LABEL_WIDTH 34
#define AMOUNT_WIDTH 18

/* Display width of UTF-8 text: its code points (our labels hold no double-width letters). */
static int
width(const char *s)
{
    int n = 0;
    for (; *s; s++)
        n += ((unsigned char)*s & 0xc0) != 0x80;
    return n;
}

static void
pad(FILE *out, int n)
{
    while (n-- > 0)
        fputc(' ', out);
}

static void
row(FILE *out, const char *label, fp_cents amount, const char *extra, enum fp_lang lang, int cents)
{
    char buf[64];
    fp_money_format(buf, sizeof buf, amount, lang, cents ? FP_MONEY_CENTS : FP_MONEY_WHOLE);
    fputs("  ", out);
    fputs(label, out);
    pad(out, LABEL_WIDTH - width(label));
    pad(out, AMOUNT_WIDTH - width(buf));
    fputs(buf, out);
    if (extra && *extra) {
        fputs("  ", out);
        fputs(extra, out);
    }
    fputc('\n', out);
}

static const char *
share(char *buf, size_t n, struct fp_ratio r, enum fp_lang lang)
{
    fp_percent_format(buf, n, fp_ratio_percent(r, 1), 1, 0, lang);
    return buf;
}

void
fp_summary_print(FILE *out, const struct fp_plan *plan, const struct fp_figures *fig,
                 const struct fp_diags *diags, enum fp_lang lang)
{
    char buf[128], rate[32], max[32];
    int cents = fig->any_cents;
    size_t errors = fp_diag_count(diags, FP_ERROR), warnings = fp_diag_count(diags, FP_WARNING);

    fprintf(out, "%s: %s\n", plan->path, plan->name.text ? plan->name.text : "?");
    fprintf(out, "  %s", fig->instrument.name);
    if (plan->start.year && plan->end.year && fp_date_cmp(plan->start, plan->end) <= 0) {
        fp_date_format_period(buf, sizeof buf, plan->start, plan->end, lang);
        fprintf(out, ", %s (%d %s)", buf, fp_date_months(plan->start, plan->end),
                fp_lang_text(lang, FP_T_MONTHS));
    }
    fputc('\n', out);
    row(out, fp_lang_text(lang, FP_T_TOTAL_COSTS), fig->total_costs, NULL, lang, cents);
    row(out, fp_lang_text(lang, FP_T_INCOME), fig->income, NULL, lang, cents);
    row(out, fp_lang_text(lang, FP_T_NET_COSTS), fig->net_costs, NULL, lang, cents);
    for (int s = 0; s < FP_SRC_COUNT; s++) {
        if (fig->fin[s] == 0 && s != (int)fig->instrument.support_source)
            continue;
        row(out, fp_lang_source_label(lang, (enum fp_source)s), fig->fin[s],
            share(buf, sizeof buf, fig->share[s], lang), lang, cents);
    }
    row(out, fp_lang_text(lang, FP_T_TOTAL_FINANCING), fig->total_financing, NULL, lang, cents);
    fp_percent_format(rate, sizeof rate, fp_ratio_percent(fig->support_rate, 2), 2, 1, lang);
    fp_percent_format(max, sizeof max, fig->instrument.max_rate, 2, 1, lang);
    fprintf(out, "  %s", fp_lang_text(lang, FP_T_SUPPORT_RATE));
    pad(out, LABEL_WIDTH - width(fp_lang_text(lang, FP_T_SUPPORT_RATE)));
    pad(out, AMOUNT_WIDTH - width(rate));
    fprintf(out, "%s  (%s %s)\n", rate, fp_lang_text(lang, FP_T_MAX_RATE), max);
    fprintf(out, "  %zu %s, %zu %s\n\n", errors, errors == 1 ? "error" : "errors", warnings,
            warnings == 1 ? "warning" : "warnings");
}
