/*
 * json_out.c - the --json document: figures as integer cents, rates as exact two-decimal
 * percentages, findings with code and line. Schema and stability promise: docs/json.md.
 * SPDX-License-Identifier: MIT
 */
#include "json_out.h"

#include <inttypes.h>

static void
json_string(FILE *out, const char *s)
{
    fputc('"', out);
    for (const unsigned char *p = (const unsigned char *)(s ? s : ""); *p; p++) {
        if (*p == '"' || *p == '\\')
            fprintf(out, "\\%c", *p);
        else if (*p == '\n')
            fputs("\\n", out);
        else if (*p == '\t')
            fputs("\\t", out);
        else if (*p < 0x20)
            fprintf(out, "\\u%04x", *p);
        else
            fputc(*p, out);
    }
    fputc('"', out);
}

/* A percentage value (units of 1/100 %) as a JSON number with two decimals: 69.99 */
static void
json_percent(FILE *out, int64_t hundredths)
{
    int64_t mag = hundredths < 0 ? -hundredths : hundredths;
    fprintf(out, "%s%" PRId64 ".%02" PRId64, hundredths < 0 ? "-" : "", mag / 100, mag % 100);
}

static void
json_date(FILE *out, struct fp_date d)
{
    char buf[16];
    if (d.year == 0) {
        fputs("null", out);
        return;
    }
    fp_date_format_iso(buf, sizeof buf, d);
    json_string(out, buf);
}

void
fp_json_begin(FILE *out)
{
    fputs("{\n  \"fundplan\": \"" FP_VERSION "\",\n  \"plans\": [", out);
}

/* ", \"key\": 123" or ", \"key\": null" when the figure does not exist for that year */
static void
json_cents_or_null(FILE *out, const char *key, int has, fp_cents v)
{
    if (has)
        fprintf(out, ", \"%s\": %" PRId64, key, v);
    else
        fprintf(out, ", \"%s\": null", key);
}

static void
json_years(FILE *out, const struct fp_figures *fig)
{
    fputs("    \"years\": [", out);
    for (size_t i = 0; i < fig->nyears; i++) {
        const struct fp_year_figures *y = &fig->years[i];
        fprintf(out, "%s\n      {\"year\": %d", i ? "," : "", y->year);
        json_cents_or_null(out, "costs_cents", y->has_costs, y->total_costs);
        json_cents_or_null(out, "income_cents", y->has_income, y->income);
        json_cents_or_null(out, "net_costs_cents", y->has_net, y->net_costs);
        json_cents_or_null(out, "financing_cents", y->has_fin, y->total_financing);
        fputs("}", out);
    }
    fputs(fig->nyears ? "\n    ],\n" : "],\n", out);
}

void
fp_json_plan(FILE *out, int first, const struct fp_plan *plan, const struct fp_figures *fig,
             const struct fp_diags *diags)
{
    fputs(first ? "\n    {\n" : ",\n    {\n", out);
    fputs("    \"file\": ", out);
    json_string(out, plan->path);
    fputs(",\n    \"name\": ", out);
    json_string(out, plan->name.text);
    fputs(",\n    \"instrument\": ", out);
    json_string(out, fig->instrument.name);
    fputs(",\n    \"start\": ", out);
    json_date(out, plan->start);
    fputs(",\n    \"end\": ", out);
    json_date(out, plan->end);
    fprintf(out,
            ",\n    \"total_costs_cents\": %" PRId64 ",\n    \"income_cents\": %" PRId64
            ",\n    \"net_costs_cents\": %" PRId64 ",\n    \"total_financing_cents\": %" PRId64
            ",\n    \"balance_cents\": %" PRId64 ",\n    \"support_cents\": %" PRId64
            ",\n    \"support_base_cents\": %" PRId64 ",\n    \"max_support_cents\": %" PRId64
            ",\n    \"support_rate\": ",
            fig->total_costs, fig->income, fig->net_costs, fig->total_financing, fig->balance,
            fig->support, fig->support_base, fig->max_support);
    json_percent(out, fp_ratio_percent(fig->support_rate, 2));
    fputs(",\n    \"max_support_rate\": ", out);
    json_percent(out, fig->instrument.max_rate);
    fputs(",\n    \"public_share\": ", out);
    json_percent(out, fp_ratio_percent(fig->public_share, 2));
    fputs(",\n    \"costs\": [", out);
    for (int k = 0; k < FP_COST_COUNT; k++) {
        fprintf(out, "%s\n      {\"category\": ", k ? "," : "");
        json_string(out, fp_cost_key((enum fp_cost)k));
        fprintf(out, ", \"amount_cents\": %" PRId64 "}", fig->cost[k]);
    }
    fputs("\n    ],\n    \"financing\": [", out);
    for (int s = 0; s < FP_SRC_COUNT; s++) {
        fprintf(out, "%s\n      {\"source\": ", s ? "," : "");
        json_string(out, fp_source_key((enum fp_source)s));
        fprintf(out, ", \"amount_cents\": %" PRId64 ", \"share\": ", fig->fin[s]);
        json_percent(out, fp_ratio_percent(fig->share[s], 2));
        fputs("}", out);
    }
    fputs("\n    ],\n", out);
    json_years(out, fig);
    fputs("    \"findings\": [", out);
    for (size_t i = 0; i < diags->count; i++) {
        const struct fp_finding *f = &diags->list[i];
        fprintf(
            out, "%s\n      {\"severity\": \"%s\", \"code\": \"%s\", \"line\": %d, \"message\": ",
            i ? "," : "", fp_diag_severity_name(f->severity), fp_diag_code_name(f->code), f->line);
        json_string(out, f->text);
        if (f->hint) {
            fputs(", \"hint\": ", out);
            json_string(out, f->hint);
        }
        fputs("}", out);
    }
    /* findings beyond the cap are counted, not listed: say how many were left out */
    fputs(diags->count ? "\n    ],\n" : "],\n", out);
    fprintf(out, "    \"errors\": %zu,\n    \"warnings\": %zu,\n", fp_diag_count(diags, FP_ERROR),
            fp_diag_count(diags, FP_WARNING));
    fprintf(out, "    \"findings_not_shown\": %zu\n    }",
            diags->dropped[FP_ERROR] + diags->dropped[FP_WARNING]);
}

void
fp_json_end(FILE *out, int any)
{
    fputs(any ? "\n  ]\n}\n" : "]\n}\n", out);
}
