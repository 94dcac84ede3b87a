/*
 * fuzz_plan.c - libFuzzer harness: raw bytes as a plan file → reader → checker → every text
 * output that is not a file (findings in both voices and all three languages, JSON, terminal
 * summary), and `fundplan diff` of it against a fixed plan by year, both ways (table, JSON and
 * the findings about the change). Built by `make fuzz`. The path names a folder that does not
 * exist, so *_file keys and `call =` never touch the disk. SPDX-License-Identifier: MIT
 */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "checks.h"
#include "diag.h"
#include "diff.h"
#include "diff_json.h"
#include "diff_out.h"
#include "json_out.h"
#include "plan.h"
#include "summary.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* The other side of every diff: a small plan by year, read once and kept for the whole run. */
static const char base_ini[] = "[project]\nname = Perus\napplicant = A\npartners = B, C\n"
                               "funder = F\ninstrument = AIKO\nstart = 1.1.2018\n"
                               "end = 31.12.2019\n[costs.2018]\nstaff = 1 000\n"
                               "[costs.2019]\nstaff = 1 000\n[financing]\naiko = 1 400\n"
                               "private = 600\n";

static void
diff_both(FILE *sink, const struct fp_plan *plan, const struct fp_figures *fig,
          const struct fp_diags *diags)
{
    static struct fp_plan base;
    static struct fp_figures base_fig;
    static struct fp_diags base_diags = {.file = "base.ini"};
    static struct fp_diff d;
    static int loaded;

    if (!loaded) {
        fp_plan_parse("base.ini", base_ini, sizeof base_ini - 1, &base, &base_diags);
        fp_check_plan(&base, NULL, &base_fig, &base_diags);
        loaded = 1;
    }
    for (int way = 0; way < 2; way++) {
        struct fp_diags changes = {.file = "fuzz.ini"};
        if (way == 0)
            fp_diff_plans(&base, &base_fig, plan, fig, &d, &changes);
        else
            fp_diff_plans(plan, fig, &base, &base_fig, &d, &changes);
        fp_diff_print(sink, &d, way ? &base_diags : diags, &changes, 1, FP_LANG_FI);
        fp_diff_json(sink, &d, way ? diags : &base_diags, way ? &base_diags : diags, &changes, NULL,
                     0, FP_LANG_EN);
        fp_diag_print(&changes, sink, FP_LANG_SV);
        fp_diag_free(&changes);
    }
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static FILE *sink;
    struct fp_plan plan;
    struct fp_figures fig;
    struct fp_diags diags = {0};

    if (sink == NULL && (sink = fopen("/dev/null", "w")) == NULL)
        return 0;
    /* the same cap fp_plan_load applies before parsing */
    if (size > FP_PLAN_MAX_BYTES)
        return 0;
    diags.file = "/nonexistent/fuzz.ini";
    fp_plan_parse(diags.file, (const char *)data, size, &plan, &diags);
    fp_check_plan(&plan, NULL, &fig, &diags);
    fp_diag_sort(&diags);
    for (int lang = 0; lang < FP_LANG_COUNT; lang++) {
        fp_diag_print(&diags, sink, (enum fp_lang)lang);
        for (size_t i = 0; i < diags.count; i++) {
            char *t = fp_diag_text(&diags.list[i], (enum fp_lang)lang, FP_VOICE_READER);
            fputs(t, sink);
            free(t);
        }
        fp_summary_print(sink, &plan, &fig, &diags, (enum fp_lang)lang);
    }
    fp_json_begin(sink);
    fp_json_plan(sink, 1, &plan, NULL, &fig, &diags, FP_LANG_FI);
    fp_json_end(sink, 1);
    diff_both(sink, &plan, &fig, &diags);
    fp_plan_free(&plan);
    fp_diag_free(&diags);
    return 0;
}
