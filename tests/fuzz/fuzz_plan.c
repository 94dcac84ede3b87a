/*
 * fuzz_plan.c - libFuzzer harness: raw bytes as a plan file → reader → checker → every text
 * output that is not a file (findings in both voices and all three languages, JSON, terminal
 * summary). Built by `make fuzz`. The path names a folder that does not exist, so *_file keys
 * and `call =` never touch the disk.
 * SPDX-License-Identifier: MIT
 */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "checks.h"
#include "diag.h"
#include "json_out.h"
#include "plan.h"
#include "summary.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

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
    fp_plan_free(&plan);
    fp_diag_free(&diags);
    return 0;
}
