/*
 * fuzz_call.c - libFuzzer harness: raw bytes as a call file → the same reader as plans → the
 * rules of a fixed plan resolved against it → the checker. Built by `make fuzz`.
 * SPDX-License-Identifier: MIT
 */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "checks.h"
#include "diag.h"
#include "plan.h"
#include "rules.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const char plan_text[] = "[project]\nname = P\napplicant = A\nfunder = F\n"
                                "instrument = AKKE\nstart = 1.1.2025\nend = 31.12.2026\n"
                                "[costs]\nstaff = 10 000\nflat_rate = 40 %\n"
                                "[financing]\nakke = 11 200\nmunicipal = 2 800\n"
                                "[rules]\nmax_support_rate = 75 %\nmax_months = 24\n";

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static FILE *sink;
    struct fp_plan plan;
    struct fp_call call;
    struct fp_figures fig;
    struct fp_diags diags = {0}, cdiags = {0};

    if (sink == NULL && (sink = fopen("/dev/null", "w")) == NULL)
        return 0;
    if (size > FP_PLAN_MAX_BYTES)
        return 0;
    cdiags.file = "/nonexistent/call.ini";
    fp_call_parse(cdiags.file, (const char *)data, size, &call, &cdiags);
    diags.file = "/nonexistent/plan.ini";
    fp_plan_parse(diags.file, plan_text, strlen(plan_text), &plan, &diags);
    fp_check_plan(&plan, &call, &fig, &diags);
    fp_diag_print(&cdiags, sink, FP_LANG_SV);
    fp_diag_print(&diags, sink, FP_LANG_FI);
    fp_plan_free(&plan);
    fp_call_free(&call);
    fp_diag_free(&diags);
    fp_diag_free(&cdiags);
    return 0;
}
