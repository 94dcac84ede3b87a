/*
 * claimfile.c - reads a payment claim: the file through ini.c's careful reader, its values by
 * the claim's schema (schema.c), then the required keys of [claim]. Judging the claim against
 * its decision is claim.c's.
 * SPDX-License-Identifier: MIT
 */
#include "claimfile.h"

#include <stdlib.h>
#include <string.h>

#include "ini.h"
#include "schema.h"

enum { SEC_CLAIM, SEC_COSTS, SEC_INCOME };

static const struct fp_section_def *
section(int k)
{
    return &fp_schema_claim.sections[k];
}

/* Whether a finding already names that line. */
static int
reported(const struct fp_diags *d, int line)
{
    for (size_t i = 0; i < d->count; i++)
        if (d->list[i].line == line)
            return 1;
    return 0;
}

/* Required keys of [claim]: one finding each, unless the section is missing (one finding for
   that) or a line of it was rejected (its own finding says what to fix first). */
static void
check_required(const struct fp_schema_ctx *c, const struct fp_claimfile *cf)
{
    int quiet = cf->claim_line == 0 || fp_ini_rejected(c->ini, "claim");

    if (cf->claim_line == 0) {
        FP_DIAG(c->d, FP_ERROR, FP_F_MISSING_KEY, 0, FP_M_F_CLAIM_NO_SECTION);
        FP_DIAG_NOTE(c->d, FP_M_N_CLAIM_ADD);
    }
    for (const struct fp_key_def *k = section(SEC_CLAIM)->keys; k->name; k++) {
        const void *v = (const char *)cf + k->offset;
        int given = fp_ini_key_line(c->ini, "claim", k->name), present;
        if (!(k->flags & FP_KEY_REQUIRED))
            continue;
        if (k->kind == FP_KEY_DATE)
            present = ((const struct fp_date_value *)v)->line != 0;
        else
            present = ((const struct fp_choice *)v)->line != 0;
        /* a value that did not parse has its own finding on its line */
        if (present || (given && reported(c->d, given)) || (quiet && !given))
            continue;
        if (given)
            FP_DIAG(c->d, FP_ERROR, FP_F_MISSING_KEY, given, FP_M_F_CLAIM_KEY_EMPTY,
                    fp_arg_str(k->name));
        else
            FP_DIAG(c->d, FP_ERROR, FP_F_MISSING_KEY, cf->claim_line, FP_M_F_CLAIM_LACKS,
                    fp_arg_str(k->name));
        FP_DIAG_NOTE(c->d, FP_M_N_ADD_LINE, fp_arg_str(k->name), fp_arg_str(k->example));
    }
}

/* A section the claim's schema lacks: the reader warns, as for a plan; in a claim whatever it
   holds would be money left out of the payment, so it is an error. */
static void
check_sections(const struct fp_schema_ctx *c, struct fp_claimfile *cf)
{
    for (size_t i = 0; i < fp_ini_nsections(c->ini); i++) {
        int line, year;
        const char *name = fp_ini_section(c->ini, i, &line);
        if (line == 0 || fp_schema_section(&fp_schema_claim, name, &year) != NULL)
            continue;
        FP_DIAG(c->d, FP_ERROR, FP_F_UNKNOWN_SECTION, line, FP_M_F_CLAIM_UNKNOWN_SECTION,
                fp_arg_str(name));
        cf->money_incomplete = 1;
    }
}

int
fp_claimfile_parse(const char *path, const char *data, size_t size, struct fp_claimfile *cf,
                   struct fp_diags *diags)
{
    struct fp_ini *ini;
    struct fp_schema_ctx c;

    memset(cf, 0, sizeof *cf);
    cf->path = fp_xstrdup(path);
    ini = fp_ini_parse(path, data, size, &fp_schema_claim, diags);
    c.ini = ini;
    c.d = diags;
    c.dir = "."; /* a claim has no *_file keys */
    c.incomplete = &cf->money_incomplete;
    cf->money_incomplete = fp_ini_bad_headers(ini) || fp_ini_unknown_strict(ini) ||
                           fp_ini_rejected(ini, "claim") || fp_ini_rejected(ini, "costs") ||
                           fp_ini_rejected(ini, "income");
    if (fp_ini_has_values(ini)) {
        cf->claim_line = fp_ini_header_line(ini, "claim");
        fp_schema_read(&c, section(SEC_CLAIM), "claim", cf);
        fp_schema_read(&c, section(SEC_COSTS), "costs", &cf->money);
        fp_schema_read(&c, section(SEC_INCOME), "income", &cf->money);
        cf->money.costs_line = fp_ini_header_line(ini, "costs");
        cf->money.income_line = fp_ini_header_line(ini, "income");
        check_required(&c, cf);
        check_sections(&c, cf);
    } else {
        /* without values every key would look missing: the reader's finding says it all */
        cf->money_incomplete = 1;
        cf->nothing_read = fp_ini_other_kind(ini);
    }
    fp_ini_free(ini);
    return 0;
}

int
fp_claimfile_load(const char *path, struct fp_claimfile *cf, struct fp_diags *diags)
{
    char *data;
    size_t size;

    memset(cf, 0, sizeof *cf);
    if (fp_ini_slurp(path, FP_PLAN_MAX_BYTES, &data, &size) != 0)
        return -1;
    fp_claimfile_parse(fp_ini_name(path), data, size, cf, diags);
    free(data);
    return 0;
}

void
fp_claimfile_free(struct fp_claimfile *cf)
{
    if (cf == NULL)
        return;
    free(cf->path);
    memset(cf, 0, sizeof *cf);
}
