/*
 * claim_memo.h - the payment memo (maksatusmuistio) as a PDF in the house style (layout.h):
 * the decision's ceilings, each claim's figures, the payment proposal for the last claim (none
 * when the decision or a claim has errors: the memo is then a draft) and the findings.
 *
 *     if (fp_claim_memo_write(&cs, &opts, "output/claims.pdf") != 0)
 *         return 2;   // message already printed; no file left behind
 *
 * Reads what claim.c computed; never computes a figure of its own.
 * SPDX-License-Identifier: MIT
 */
#ifndef FP_CLAIM_MEMO_H
#define FP_CLAIM_MEMO_H

#include "claim.h"
#include "report.h"

int fp_claim_memo_write(const struct fp_claims *cs, const struct fp_report_opts *opts,
                        const char *path);

#endif
