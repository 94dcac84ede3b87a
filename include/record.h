/*
 * record.h - one built plan as it travels: what a plan's build sends back to `fundplan build`,
 * and what the portfolio keeps in its spool. Encoded and decoded here and nowhere else, so no
 * figure or count is lost on the way (a plan with 301 errors arrives with 301).
 *
 *     struct fp_record r, back;
 *     struct fp_record_bytes b = {0};
 *     fp_record_of_plan(&r, &plan, &fig, &diags, stem);   // borrows, copies nothing
 *     fp_record_encode(&r, 1, &b);                         // bytes for a pipe or a file
 *     if (fp_record_decode(&back, b.data, b.len) == 0) {   // back owns its memory
 *         ...
 *         fp_record_free(&back);
 *     }
 *     free(b.data);
 *
 * The bytes hold struct fp_figures as it is in memory: they are read back by the same program
 * in the same run (a pipe between its processes, the portfolio's unlinked spool), never kept.
 * SPDX-License-Identifier: MIT
 */
#ifndef FP_RECORD_H
#define FP_RECORD_H

#include <stddef.h>
#include <stdint.h>

#include "checks.h"
#include "date.h"
#include "diag.h"
#include "lang.h"
#include "plan.h"

/* The parts of a plan's build whose CPU time --stats and bench/ report. */
enum fp_record_phase { FP_PHASE_CHECK, FP_PHASE_MEMO, FP_PHASE_BOOK, FP_PHASE_COUNT };

/* How a plan's build ended. */
enum fp_record_status {
    FP_BUILT,        /* memo and workbook written */
    FP_BUILT_ERRORS, /* written, and the plan has errors */
    FP_NOT_WRITTEN,  /* the plan could not be read or an output not written (message printed) */
    FP_NOT_A_PLAN,   /* read, but it holds no plan (its finding says why): nothing written */
    FP_SKIPPED,      /* a call file or claim beside the plans: not built, a note says so */
    FP_CRASHED       /* the process building it died: signal says how */
};

struct fp_record {
    /* The plan's texts; NULL when the plan does not give them. */
    const char *path, *stem, *name, *id, *applicant, *funder, *instrument;
    struct fp_date start, end;
    enum fp_lang lang;
    struct fp_figures fig; /* all of them, every year; fig.instrument.name points into the record */
    /* The findings kept (at most FP_DIAG_MAX per severity, sorted by line) and the number of
       those beyond: fp_diag_count(&diags, sev) is the plan's full count. diags.file is path. */
    struct fp_diags diags;

    /* How the build went: fundplan build's to report, the portfolio's to skip. */
    enum fp_record_status status;
    int signal;                     /* FP_CRASHED: the signal that ended the process */
    int64_t cpu_ns[FP_PHASE_COUNT]; /* CPU time of each phase */
    int64_t bytes[2];               /* sizes of the memo and the workbook */

    char *mem; /* a decoded record's texts, owned; NULL for one that borrows (fp_record_of_plan) */
};

/* A growing byte buffer; the caller frees data. */
struct fp_record_bytes {
    char *data;
    size_t len, cap;
};

/* Fills r with pointers into plan, fig, diags and stem (all must outlive r) and zero counters
   (status FP_BUILT). */
void fp_record_of_plan(struct fp_record *r, const struct fp_plan *plan,
                       const struct fp_figures *fig, const struct fp_diags *diags,
                       const char *stem);

/* Appends r's bytes to out. with_findings = 0 leaves out the findings' texts (not their counts):
   what the portfolio needs of a plan. */
void fp_record_encode(const struct fp_record *r, int with_findings, struct fp_record_bytes *out);

/* Reads a record from exactly n bytes. 0, or -1 when the bytes are not one whole record (a
   process that died while writing); r then owns nothing. */
int fp_record_decode(struct fp_record *r, const void *data, size_t n);

/* Frees what a decoded record owns; a borrowing one is left alone. NULL is fine. */
void fp_record_free(struct fp_record *r);

#endif
