/*
 * json_out.c - the --json document: figures as integer cents, rates as exact two-decimal
 * percentages, findings with their stable code, line and message. Schema and stability
 * promise: docs/json.md. Two-space indentation throughout; always valid UTF-8.
 * SPDX-License-Identifier: MIT
 */
#include "json_out.h"

#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

#include "schema.h"
#include "utf8.h"

/* A JSON string; bytes that are not UTF-8 (a file name can hold any) become U+FFFD. */
void
fp_json_string(FILE *out, const char *s)
{
    size_t n = s ? strlen(s) : 0;
    fputc('"', out);
    for (size_t i = 0; i < n;) {
        uint32_t cp;
        int bad = 0;
        size_t k = fp_utf8_next(s + i, n - i, &cp, &bad);
        if (cp == '"' || cp == '\\')
            fprintf(out, "\\%c", (char)cp);
        else if (cp == '\n')
            fputs("\\n", out);
        else if (cp == '\t')
            fputs("\\t", out);
        else if (cp < 0x20 || cp == 0x7f)
            fprintf(out, "\\u%04x", (unsigned)cp);
        else if (bad)
            fputs("\xef\xbf\xbd", out);
        else
            fwrite(s + i, 1, k, out);
        i += k;
    }
    fputc('"', out);
}

void
fp_json_hundredths(FILE *out, int64_t hundredths)
{
    int64_t mag = hundredths < 0 ? -hundredths : hundredths;
    fprintf(out, "%s%" PRId64 ".%02" PRId64, hundredths < 0 ? "-" : "", mag / 100, mag % 100);
}

void
fp_json_date(FILE *out, struct fp_date d)
{
    char buf[16];
    if (d.year == 0) {
        fputs("null", out);
        return;
    }
    fp_date_format_iso(buf, sizeof buf, d);
    fp_json_string(out, buf);
}

/* ",\n      \"key\": " : every member of a plan starts so. */
static void
member(FILE *out, const char *key)
{
    fprintf(out, ",\n      \"%s\": ", key);
}

static void
member_cents(FILE *out, const char *key, fp_cents v)
{
    member(out, key);
    fprintf(out, "%" PRId64, v);
}

void
fp_json_cents_or_null(FILE *out, int has, fp_cents v)
{
    if (has)
        fprintf(out, "%" PRId64, v);
    else
        fputs("null", out);
}

/* ", \"key\": 123" or ", \"key\": null" inside a one-line object */
static void
inline_cents(FILE *out, const char *key, int has, fp_cents v)
{
    if (has)
        fprintf(out, ", \"%s\": %" PRId64, key, v);
    else
        fprintf(out, ", \"%s\": null", key);
}

void
fp_json_begin(FILE *out)
{
    fputs("{\n  \"fundplan\": \"" FP_VERSION "\",\n  \"plans\": [", out);
}

static void
json_years(FILE *out, const struct fp_figures *fig)
{
    member(out, "years");
    fputc('[', out);
    for (size_t i = 0; i < fig->nyears; i++) {
        const struct fp_year_figures *y = &fig->years[i];
        fprintf(out, "%s\n        {\"year\": %d", i ? "," : "", y->year);
        inline_cents(out, "costs_cents", y->has_costs, y->total_costs);
        inline_cents(out, "income_cents", y->has_income, y->income);
        inline_cents(out, "net_costs_cents", y->has_net, y->net_costs);
        inline_cents(out, "financing_cents", y->has_fin, y->total_financing);
        inline_cents(out, "support_cents", y->has_fin, y->fin[fig->instrument.support_source]);
        inline_cents(out, "balance_cents", y->has_balance, y->balance);
        fputc('}', out);
    }
    fputs(fig->nyears ? "\n      ]" : "]", out);
}

static void
json_money_lists(FILE *out, const struct fp_figures *fig)
{
    int n = 0;
    member(out, "costs");
    fputc('[', out);
    if (!fig->has_breakdown) {
        /* only a total is known: say so, rather than list every category at 0 */
        fprintf(out, "\n        {\"category\": \"total\", \"amount_cents\": %" PRId64 "}",
                fig->total_costs);
        n++;
    }
    for (int k = 0; k < FP_COST_COUNT; k++) {
        if (!fig->cost_shown[k])
            continue;
        fprintf(out, "%s\n        {\"category\": ", n++ ? "," : "");
        fp_json_string(out, fp_cost_key((enum fp_cost)k));
        fprintf(out, ", \"amount_cents\": %" PRId64 "}", fig->cost[k]);
    }
    fputs(n ? "\n      ]" : "]", out);
    member(out, "financing");
    fputc('[', out);
    n = 0;
    for (int s = 0; s < FP_SRC_COUNT; s++) {
        if (!fig->source_shown[s])
            continue;
        fprintf(out, "%s\n        {\"source\": ", n++ ? "," : "");
        fp_json_string(out, fp_source_key((enum fp_source)s));
        fprintf(out, ", \"amount_cents\": %" PRId64 ", \"share\": ", fig->fin[s]);
        fp_json_hundredths(out, fp_ratio_percent(fig->share[s], 2));
        fputc('}', out);
    }
    fputs(n ? "\n      ]" : "]", out);
}

void
fp_json_finding_members(FILE *out, const struct fp_finding *f, enum fp_lang lang)
{
    char *text = fp_diag_text(f, lang, FP_VOICE_PREPARER);
    char *note = fp_diag_note_text(f, lang);
    char *reader = fp_diag_text(f, lang, FP_VOICE_READER);
    fprintf(out, "\"severity\": \"%s\", \"code\": \"%s\", \"line\": %d, \"message\": ",
            fp_diag_severity_name(f->severity), fp_diag_code_name(f->code), f->line);
    fp_json_string(out, text);
    if (note) {
        fputs(", \"note\": ", out);
        fp_json_string(out, note);
    }
    /* what the memo and the workbook say of it: a document's reader's words */
    fputs(", \"title\": ", out);
    fp_json_string(out, fp_diag_code_title(f->code, lang));
    fputs(", \"reader_message\": ", out);
    fp_json_string(out, reader);
    free(text);
    free(note);
    free(reader);
}

static void
json_findings(FILE *out, const struct fp_diags *diags, enum fp_lang lang)
{
    member(out, "findings");
    fputc('[', out);
    for (size_t i = 0; i < diags->count; i++) {
        fputs(i ? ",\n        {" : "\n        {", out);
        fp_json_finding_members(out, &diags->list[i], lang);
        fputc('}', out);
    }
    fputs(diags->count ? "\n      ]" : "]", out);
    /* findings beyond the cap are counted, not listed: say how many were left out */
    member(out, "errors");
    fprintf(out, "%zu", fp_diag_count(diags, FP_ERROR));
    member(out, "warnings");
    fprintf(out, "%zu", fp_diag_count(diags, FP_WARNING));
    member(out, "findings_not_shown");
    fprintf(out, "%zu", diags->dropped[FP_ERROR] + diags->dropped[FP_WARNING]);
}

static const char *const proposals[] = {
    [FP_PROPOSE_ASKED] = "asked", [FP_PROPOSE_CAPPED] = "capped", [FP_PROPOSE_NONE] = "none"};
static const char *const caps[] = {[FP_CAP_RATE] = "rate",
                                   [FP_CAP_RATES] = "rates",
                                   [FP_CAP_CALL] = "call",
                                   [FP_CAP_IN_KIND] = "in_kind"};
static const char *const programme_names[] = {"", "2014-2020", "2021-2027"};

void
fp_json_plan(FILE *out, int first, const struct fp_plan *plan, const struct fp_call *call,
             const struct fp_figures *fig, const struct fp_diags *diags, enum fp_lang lang)
{
    const struct fp_instrument *in = &fig->instrument;

    fputs(first ? "\n    {\n      \"file\": " : ",\n    {\n      \"file\": ", out);
    fp_json_string(out, plan->path);
    member(out, "name");
    fp_json_string(out, plan->name.text);
    member(out, "id");
    if (plan->id.text)
        fp_json_string(out, plan->id.text);
    else
        fputs("null", out);
    member(out, "instrument");
    fp_json_string(out, in->name);
    member(out, "programme");
    if (in->programme != FP_PROG_UNSET)
        fp_json_string(out, programme_names[in->programme]);
    else
        fputs("null", out);
    member(out, "type");
    fp_json_string(out, fp_schema_types[in->type]);
    member(out, "cost_model");
    fp_json_string(out, fp_schema_cost_models[fig->cost_model]);
    member(out, "flat_rate");
    if (fig->flat_rate > 0)
        fp_json_hundredths(out, fig->flat_rate);
    else
        fputs("null", out);
    member(out, "call");
    if (call) {
        fputs("{\"file\": ", out);
        fp_json_string(out, call->path);
        fputs(", \"name\": ", out);
        fp_json_string(out, call->name.text);
        fputc('}', out);
    } else {
        fputs("null", out);
    }
    member(out, "start");
    fp_json_date(out, plan->start.date);
    member(out, "end");
    fp_json_date(out, plan->end.date);
    member(out, "months");
    fprintf(out, "%d", fig->months);
    member_cents(out, "total_costs_cents", fig->total_costs);
    member_cents(out, "income_cents", fig->income);
    member_cents(out, "net_costs_cents", fig->net_costs);
    member_cents(out, "total_financing_cents", fig->total_financing);
    member_cents(out, "balance_cents", fig->balance);
    member_cents(out, "support_cents", fig->support);
    member_cents(out, "support_base_cents", fig->support_base);
    member_cents(out, "investment_base_cents", fig->investment_base);
    member_cents(out, "max_support_cents", fig->max_support);
    member(out, "max_support_limit");
    fp_json_string(out, caps[fig->cap]);
    member(out, "support_rate");
    fp_json_hundredths(out, fp_ratio_percent(fig->support_rate, 2));
    member(out, "max_support_rate");
    fp_json_hundredths(out, in->max_rate);
    member(out, "investment_rate");
    fp_json_hundredths(out, in->investment_rate ? in->investment_rate : in->max_rate);
    member(out, "public_share");
    fp_json_hundredths(out, fp_ratio_percent(fig->public_share, 2));
    member(out, "eu_cents");
    fp_json_cents_or_null(out, fig->has_eu_split, fig->eu);
    member(out, "state_cents");
    fp_json_cents_or_null(out, fig->has_eu_split, fig->state);
    member(out, "eu_share");
    if (fig->has_eu_split)
        fp_json_hundredths(out, in->eu_share);
    else
        fputs("null", out);
    member(out, "proposal");
    fprintf(out, "{\"kind\": \"%s\"", proposals[fig->proposal]);
    inline_cents(out, "support_cents", fig->proposal != FP_PROPOSE_NONE, fig->proposal_support);
    fputs(", \"rate\": ", out);
    if (fig->proposal != FP_PROPOSE_NONE)
        fp_json_hundredths(out, fig->proposal_rate);
    else
        fputs("null", out);
    fputc('}', out);
    json_money_lists(out, fig);
    json_years(out, fig);
    json_findings(out, diags, lang);
    fputs("\n    }", out);
}

void
fp_json_end(FILE *out, int any)
{
    fputs(any ? "\n  ]\n}\n" : "]\n}\n", out);
}
