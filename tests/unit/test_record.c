/*
 * test_record.c - a built plan's record survives its bytes: texts, every figure of every year,
 * the findings and their full counts; a cut record is refused, never half read.
 * SPDX-License-Identifier: MIT
 */
#include "record.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "t.h"
#include "t_plan.h"

#define PLAN                                                                                       \
    "[project]\n"                                                                                  \
    "name = Hanke “Šaŋŋa”\n"                                                                \
    "id = ESAVO/14/2017\n"                                                                         \
    "applicant = Hakija Oy\n"                                                                      \
    "funder = Etelä-Savon liitto\n"                                                               \
    "instrument = eakr\n"                                                                          \
    "start = 2017-05-01\n"                                                                         \
    "end = 2018-12-31\n"                                                                           \
    "language = sv\n"                                                                              \
    "[costs.2017]\n"                                                                               \
    "staff = 10 000,50\n"                                                                          \
    "[costs.2018]\n"                                                                               \
    "staff = 20 000\n"                                                                             \
    "[financing]\n"                                                                                \
    "eakr = 24 000\n"                                                                              \
    "private = 6 000,50\n"

/* Whether two findings read the same, in the language the record is written in (fp_msg_lang). */
static int
same_text(const struct fp_finding *a, const struct fp_finding *b)
{
    char *ta = fp_diag_text(a, fp_msg_lang, FP_VOICE_PREPARER);
    char *tb = fp_diag_text(b, fp_msg_lang, FP_VOICE_PREPARER);
    int same = ta != NULL && tb != NULL && strcmp(ta, tb) == 0;
    if (!same)
        fprintf(stderr, "  '%s' != '%s'\n", ta ? ta : "(null)", tb ? tb : "(null)");
    free(ta);
    free(tb);
    return same;
}

static void
texts_figures_and_findings_come_back_whole(void)
{
    struct run *p = run(PLAN "bogus = 1\n");
    struct fp_record r, back;
    struct fp_record_bytes b = {0};

    fp_record_of_plan(&r, &p->plan, &p->fig, &p->diags, "t-2");
    r.status = FP_BUILT_ERRORS;
    r.cpu_ns[FP_PHASE_MEMO] = 1234567;
    r.bytes[1] = 10240;
    fp_record_encode(&r, 1, &b);
    T_CHECK(fp_record_decode(&back, b.data, b.len) == 0);
    T_STREQ(back.path, "t.ini");
    T_STREQ(back.stem, "t-2");
    T_STREQ(back.name, "Hanke “Šaŋŋa”");
    T_STREQ(back.id, "ESAVO/14/2017");
    T_STREQ(back.funder, "Etelä-Savon liitto");
    T_STREQ(back.instrument, "eakr");
    T_STREQ(back.fig.instrument.name, p->fig.instrument.name);
    T_CHECK(back.applicant != NULL && back.lang == FP_LANG_SV);
    T_CHECK(back.start.year == 2017 && back.end.month == 12 && back.end.day == 31);
    T_CHECK(back.status == FP_BUILT_ERRORS && back.cpu_ns[FP_PHASE_MEMO] == 1234567);
    T_CHECK(back.bytes[1] == 10240);
    T_CHECK(back.fig.nyears == 2 && back.fig.years[1].year == 2018);
    T_CHECK(back.fig.years[0].total_costs == p->fig.years[0].total_costs);
    T_CHECK(back.fig.total_costs == p->fig.total_costs && back.fig.support == 2400000);
    T_CHECK(back.fig.support_rate.num == p->fig.support_rate.num);
    T_CHECK(back.fig.any_cents == 1);
    T_CHECK(back.diags.count == p->diags.count && back.diags.count > 0);
    for (size_t i = 0; i < back.diags.count && i < p->diags.count; i++) {
        T_CHECK(same_text(&back.diags.list[i], &p->diags.list[i]));
        T_CHECK(back.diags.list[i].code == p->diags.list[i].code);
        T_CHECK(back.diags.list[i].line == p->diags.list[i].line);
    }
    T_STREQ(back.diags.file, "t.ini");
    fp_record_free(&back);
    free(b.data);
    done(p);
}

/* 301 unknown keys in [description] (a warning: they change no money), beside the plan's one
   error: 100 warnings kept, 201 counted, 301 in all on both sides of the bytes. */
static void
full_finding_counts_survive_with_and_without_the_findings(void)
{
    size_t n = strlen(PLAN) + 301 * 16 + 32;
    char *ini = malloc(n), *o = ini;
    struct run *p;
    struct fp_record r, back;
    o += sprintf(o, "%s[description]\n", PLAN);
    for (int i = 0; i < 301; i++)
        o += sprintf(o, "k%d = 1\n", i);
    p = run(ini);
    fp_record_of_plan(&r, &p->plan, &p->fig, &p->diags, "t");
    for (int with = 0; with <= 1; with++) {
        struct fp_record_bytes b = {0};
        fp_record_encode(&r, with, &b);
        T_CHECK(fp_record_decode(&back, b.data, b.len) == 0);
        T_CHECK(fp_diag_count(&back.diags, FP_WARNING) == 301);
        T_CHECK(back.diags.count == (with ? 100 + fp_diag_count(&back.diags, FP_ERROR) : 0));
        fp_record_free(&back);
        free(b.data);
    }
    done(p);
    free(ini);
}

static void
a_cut_or_padded_record_is_refused(void)
{
    struct run *p = run(PLAN "bogus = 1\n");
    struct fp_record r, back;
    struct fp_record_bytes b = {0};
    size_t refused = 0;

    fp_record_of_plan(&r, &p->plan, &p->fig, &p->diags, "t");
    fp_record_encode(&r, 1, &b);
    for (size_t k = 0; k < b.len; k++)
        refused += fp_record_decode(&back, b.data, k) != 0;
    T_CHECK(refused == b.len);
    b.data = realloc(b.data, b.len + 1);
    b.data[b.len] = 0;
    T_CHECK(fp_record_decode(&back, b.data, b.len + 1) != 0);
    free(b.data);
    done(p);
}

int
main(void)
{
    static const struct t_case cases[] = {
        T_CASE(texts_figures_and_findings_come_back_whole),
        T_CASE(full_finding_counts_survive_with_and_without_the_findings),
        T_CASE(a_cut_or_padded_record_is_refused),
    };
    return t_main(cases, sizeof cases / sizeof cases[0]);
}
