/*
 * fuzz_claim.c - libFuzzer harness: raw bytes as a payment claim → claim reader → claim.c →
 * the terminal tables and the JSON (to /dev/null). The first byte picks the decision (actual
 * costs, a 40 % flat rate, a lump sum); the rest is the claim, read twice as claims 1 and 2 so
 * the cumulative figures, order and period checks run too. Built by `make fuzz`.
 * SPDX-License-Identifier: MIT
 */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "checks.h"
#include "claim.h"
#include "claim_print.h"
#include "claimfile.h"
#include "diag.h"
#include "plan.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const char *const decisions[] = {
    "[project]\nname = A\napplicant = H\nfunder = F\ninstrument = AIKO\nstart = 1.1.2018\n"
    "end = 31.12.2019\n[costs]\nstaff = 60 000\npurchased_services = 18 958\n"
    "[financing]\naiko = 55 270\nmunicipal = 23 688\n",
    "[project]\nname = E\napplicant = H\nfunder = F\ninstrument = EAKR\nregion = Pohjois-Savo\n"
    "start = 1.1.2024\nend = 31.12.2025\n[costs]\nstaff = 100 000\nflat_rate = 40 %\n"
    "[financing]\neakr = 112 000\nmunicipal = 28 000\n[decision]\nsupport = 100 000\n"
    "support_rate = 71,43 %\n",
    "[project]\nname = L\napplicant = H\nfunder = F\ninstrument = AIKO\nstart = 1.1.2018\n"
    "end = 31.12.2018\n[costs]\nlump_sum = 50 000\n[financing]\naiko = 35 000\n"
    "municipal = 15 000\n",
};

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static FILE *sink;
    static struct fp_claims cs; /* 64 claims' figures: not on the stack */
    struct fp_plan plan;
    struct fp_figures fig;
    struct fp_diags plan_diags = {0}, diags[2] = {{0}, {0}};
    struct fp_claimfile files[2];
    const char *decision;

    if (sink == NULL && (sink = fopen("/dev/null", "w")) == NULL)
        return 0;
    /* the same cap fp_claimfile_load applies before parsing */
    if (size < 1 || size - 1 > FP_PLAN_MAX_BYTES)
        return 0;
    decision = decisions[data[0] % 3];
    plan_diags.file = "decision.ini";
    fp_plan_parse(plan_diags.file, decision, strlen(decision), &plan, &plan_diags);
    fp_check_plan(&plan, NULL, &fig, &plan_diags);
    for (int i = 0; i < 2; i++) {
        diags[i].file = i ? "2.ini" : "1.ini";
        fp_claimfile_parse(diags[i].file, (const char *)data + 1, size - 1, &files[i], &diags[i]);
    }
    memset(&cs, 0, sizeof cs);
    cs.plan = &plan;
    cs.fig = &fig;
    cs.plan_diags = &plan_diags;
    cs.files = files;
    cs.diags = diags;
    cs.n = 2;
    fp_claim_compute(&cs);
    for (int i = 0; i < 2; i++)
        fp_diag_sort(&diags[i]);
    fp_claim_print(sink, &cs, FP_LANG_FI);
    fp_claim_json(sink, &cs, FP_LANG_EN);
    for (int i = 0; i < 2; i++) {
        fp_diag_print(&diags[i], sink, FP_LANG_SV);
        fp_claimfile_free(&files[i]);
        fp_diag_free(&diags[i]);
    }
    fp_plan_free(&plan);
    fp_diag_free(&plan_diags);
    return 0;
}
