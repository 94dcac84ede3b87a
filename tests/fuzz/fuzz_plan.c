/*
 * fuzz_plan.c - libFuzzer harness: raw bytes as a plan file → reader → checker → every text
 * output that is not a file (findings, JSON, terminal summary). Built by `make fuzz`.
 * The path names a folder that does not exist, so *_file keys never touch the disk.
 * SPDX-License-Identifier: MIT
 */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

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
    fp_check_plan(&plan, &fig, &diags);
    fp_diag_sort(&diags);
    fp_diag_print(&diags, sink);
    fp_json_begin(sink);
    fp_json_plan(sink, 1, &plan, &fig, &diags);
    fp_json_end(sink, 1);
    fp_summary_print(sink, &plan, &fig, &diags, plan.lang);
    fp_plan_free(&plan);
    fp_diag_free(&diags);
    return 0;
}
