/*
 * report.c - the options every writer gets: language, the memo's date, the embedded timestamp.
 * Shared by the single-file commands and `build`, so a plan's memo is the same either way.
 * SPDX-License-Identifier: MIT
 */
#include "report.h"

#include "diag.h"
#include "outfile.h"

int
fp_report_opts_make(const char *lang_arg, const char *date_arg, const struct fp_plan *plan,
                    struct fp_report_opts *r)
{
    enum fp_msg why;

    r->lang = (enum fp_lang)plan->lang.value;
    r->call = NULL;
    if (lang_arg && fp_lang_parse(lang_arg, &r->lang) != 0) {
        FP_FAIL(NULL, FP_M_U_BAD_LANG, fp_arg_str(lang_arg));
        return -1;
    }
    if (fp_outfile_epoch(&r->epoch) != 0)
        return -1;
    if (date_arg) {
        if (fp_date_parse(date_arg, &r->date, &why) != 0) {
            FP_FAIL(NULL, FP_M_U_BAD_DATE, fp_arg_str(date_arg), fp_arg_msg(why));
            return -1;
        }
    } else if (plan->date.date.year) {
        r->date = plan->date.date;
    } else {
        /* today; SOURCE_DATE_EPOCH, when set, is "now" for this as for the embedded
           timestamps, so the same input gives the same bytes on any day */
        r->date = fp_date_from_unix(r->epoch);
    }
    return 0;
}
