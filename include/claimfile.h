/*
 * claimfile.h - a payment claim (maksatushakemus) as read from its INI file: the period, whether
 * it is the final claim, what was paid on it, and the realised costs and income of the period
 * (format: docs/plan-format.md, "Payment claims").
 *
 *     struct fp_claimfile cf;
 *     struct fp_diags diags = { .file = path };
 *     if (fp_claimfile_load(path, &cf, &diags) != 0) ...   // could not be read at all: printed
 *     ...
 *     fp_claimfile_free(&cf);
 *
 * The same careful reader as a plan's (ini.h), with the claim's schema (schema.h). The reader
 * only reads and reports the file's form; judging a claim against its decision is claim.h's.
 * SPDX-License-Identifier: MIT
 */
#ifndef FP_CLAIMFILE_H
#define FP_CLAIMFILE_H

#include <stddef.h>

#include "diag.h"
#include "plan.h"

struct fp_claimfile {
    char *path;                      /* as given on the command line; owned */
    struct fp_choice number;         /* [claim] number: 1, 2, ...; line 0 when missing */
    struct fp_date_value start, end; /* the claim period */
    struct fp_choice final;          /* 1: the final claim (loppumaksatus) */
    struct fp_amount paid;           /* what was actually paid on it; line 0: not given */
    struct fp_choice achieved; /* lump sums: 1 when the output was achieved; line 0: not given */
    struct fp_block money;     /* [costs] and [income] of the period (year 0); the keys that
                                  are the decision's (flat_rate, cost_model, total) are read
                                  here only so that claim.c can say they do not belong */
    int claim_line;            /* line of the [claim] header, 0 if absent */
    int money_incomplete;      /* a money line was rejected or did not parse (an error) */
    int nothing_read;          /* no claim at all (empty, a plan, ...): its one finding says so */
};

/*
 * Reads the claim at path ("-": standard input). Findings go to diags, whose file is path.
 * Returns 0 when the file was read (findings or not), -1 when it could not be read at all (an
 * I/O error, already printed). The claim owns its strings; free with fp_claimfile_free, also
 * after -1.
 */
int fp_claimfile_load(const char *path, struct fp_claimfile *cf, struct fp_diags *diags);

/* Reads a claim from memory (tests and the fuzzer); path names it in findings. Returns 0. */
int fp_claimfile_parse(const char *path, const char *data, size_t size, struct fp_claimfile *cf,
                       struct fp_diags *diags);

/* Frees what the claim holds; it is left zeroed. NULL is fine. */
void fp_claimfile_free(struct fp_claimfile *cf);

#endif
