/*
 * summary.c - `fundplan check` on a terminal: a short table of the figures per plan, in the
 * user's language and number format. Formats only what the checker computed.
 * SPDX-License-Identifier: MIT
 */
#include "summary.h"

#include <string.h>

#include "utf8.h"

#define LABEL_WIDTH 34
#define AMOUNT_WIDTH 18

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
    /* a figure with cents (an EU part, a cap to the cent) shows them even where others need not */
    fp_money_format(buf, sizeof buf, amount, lang,
                    cents || amount % 100 ? FP_MONEY_CENTS : FP_MONEY_WHOLE);
    fputs("  ", out);
    fputs(label, out);
    pad(out, LABEL_WIDTH - (int)fp_utf8_width(label));
    pad(out, AMOUNT_WIDTH - (int)fp_utf8_width(buf));
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
    char buf[256], rate[32], max[32];
    int cents = fig->any_cents;
    size_t errors = fp_diag_count(diags, FP_ERROR), warnings = fp_diag_count(diags, FP_WARNING);
    struct fp_arg counts[2] = {fp_arg_int((int64_t)errors), fp_arg_int((int64_t)warnings)};
    enum fp_msg m = errors == 1 ? (warnings == 1 ? FP_M_SUM_E1_W1 : FP_M_SUM_E1_W)
                                : (warnings == 1 ? FP_M_SUM_E_W1 : FP_M_SUM_E_W);

    fprintf(out, "%s: %s\n", plan->path, plan->name.text ? plan->name.text : "?");
    fprintf(out, "  %s", fig->instrument.name);
    if (fig->months > 0) {
        fp_date_format_period(buf, sizeof buf, plan->start.date, plan->end.date, lang);
        fprintf(out, ", %s (%d %s)", buf, fig->months, fp_lang_text(lang, FP_T_MONTHS));
    }
    fputc('\n', out);
    row(out, fp_lang_text(lang, FP_T_TOTAL_COSTS), fig->total_costs, NULL, lang, cents);
    row(out, fp_lang_text(lang, FP_T_INCOME), fig->income, NULL, lang, cents);
    row(out, fp_lang_text(lang, FP_T_NET_COSTS), fig->net_costs, NULL, lang, cents);
    for (int s = 0; s < FP_SRC_COUNT; s++) {
        if (!fig->source_shown[s])
            continue;
        row(out, fp_lang_source_label(lang, (enum fp_source)s), fig->fin[s],
            share(buf, sizeof buf, fig->share[s], lang), lang, cents);
        if (fig->has_eu_split && s == (int)fig->instrument.support_source) {
            row(out, fp_lang_text(lang, FP_T_EU_PART), fig->eu, NULL, lang, cents);
            row(out, fp_lang_text(lang, FP_T_STATE_PART), fig->state, NULL, lang, cents);
        }
    }
    row(out, fp_lang_text(lang, FP_T_TOTAL_FINANCING), fig->total_financing, NULL, lang, cents);
    {
        int d; /* just over the cap never reads as the cap */
        int64_t v = fp_ratio_percent_capped(fig->support_rate, fig->instrument.max_rate, &d);
        fp_percent_format(rate, sizeof rate, v, d, 1, lang);
    }
    fp_percent_format(max, sizeof max, fig->instrument.max_rate, 2, 1, lang);
    fprintf(out, "  %s", fp_lang_text(lang, FP_T_SUPPORT_RATE));
    pad(out, LABEL_WIDTH - (int)fp_utf8_width(fp_lang_text(lang, FP_T_SUPPORT_RATE)));
    pad(out, AMOUNT_WIDTH - (int)fp_utf8_width(rate));
    fprintf(out, "%s  (%s %s)\n", rate, fp_lang_text(lang, FP_T_MAX_RATE), max);
    row(out, fp_lang_text(lang, FP_T_MAX_SUPPORT), fig->max_support, NULL, lang, cents);
    fp_msg_render(buf, sizeof buf, lang, fp_msg_text(lang, m), counts, 2);
    fprintf(out, "  %s\n\n", buf);
}
