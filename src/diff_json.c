/*
 * diff_json.c - the --json document of `fundplan diff`: the old and the new plan as objects of
 * `check --json` (json_out.c), the changed lines with their cents and the findings about the
 * change. Schema and stability promise: docs/json.md.
 * SPDX-License-Identifier: MIT
 */
#include "diff_json.h"

#include <inttypes.h>
#include <stdlib.h>

#include "json_out.h"

static void
json_changes(FILE *out, const struct fp_diff *d, int all)
{
    size_t n = 0;
    fputs(",\n  \"changes\": [", out);
    for (size_t i = 0; i < d->nlines; i++) {
        const struct fp_diff_line *l = &d->lines[i];
        if (!all && !fp_diff_line_changed(l))
            continue;
        fprintf(out, "%s\n    {\"section\": \"%s\", \"key\": ", n++ ? "," : "",
                fp_diff_section_key(l->section));
        fp_json_string(out, fp_diff_item_key(l));
        if (l->year)
            fprintf(out, ", \"year\": %d", l->year);
        else
            fputs(", \"year\": null", out);
        fputs(", \"old_cents\": ", out);
        fp_json_cents_or_null(out, l->has_old, l->old_cents);
        fputs(", \"new_cents\": ", out);
        fp_json_cents_or_null(out, l->has_new, l->new_cents);
        fputs(", \"delta_cents\": ", out);
        fp_json_cents_or_null(out, l->has_delta, l->delta);
        fputc('}', out);
    }
    fputs(n ? "\n  ]" : "]", out);
}

static void
json_findings(FILE *out, const struct fp_diags *changes, enum fp_lang lang)
{
    fputs(",\n  \"findings\": [", out);
    for (size_t i = 0; i < changes->count; i++) {
        fputs(i ? ",\n    {" : "\n    {", out);
        fp_json_finding_members(out, &changes->list[i], lang);
        fputc('}', out);
    }
    fputs(changes->count ? "\n  ]" : "]", out);
    fprintf(out, ",\n  \"errors\": %zu,\n  \"warnings\": %zu", fp_diag_count(changes, FP_ERROR),
            fp_diag_count(changes, FP_WARNING));
}

void
fp_diff_json(FILE *out, const struct fp_diff *d, const struct fp_diags *old_diags,
             const struct fp_diags *new_diags, const struct fp_diags *changes,
             const struct fp_call *call, int all, enum fp_lang lang)
{
    fputs("{\n  \"fundplan\": \"" FP_VERSION "\",\n  \"old\":", out);
    fp_json_plan(out, 1, d->old_plan, call, d->old_fig, old_diags, lang);
    fputs(",\n  \"new\":", out);
    fp_json_plan(out, 1, d->new_plan, call, d->new_fig, new_diags, lang);
    json_changes(out, d, all);
    fputs(",\n  \"support_delta_cents\": ", out);
    fp_json_cents_or_null(out, d->key[FP_DK_SUPPORT].has_delta, d->key[FP_DK_SUPPORT].delta);
    fputs(",\n  \"net_costs_delta_cents\": ", out);
    fp_json_cents_or_null(out, d->key[FP_DK_NET_COSTS].has_delta, d->key[FP_DK_NET_COSTS].delta);
    json_findings(out, changes, lang);
    fputs("\n}\n", out);
}
