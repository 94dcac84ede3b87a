/*
 * lang.c - the report languages, the INI keys of the cost categories and financing sources, and
 * their labels (the texts themselves are the catalogue's: msg_fi.c, msg_sv.c, msg_en.c).
 * tests/unit/test_msg.c checks that these keys are the schema's.
 * SPDX-License-Identifier: MIT
 */
#include "lang.h"

#include <string.h>

#include "msg.h"

static const char *const lang_codes[FP_LANG_COUNT] = {"fi", "sv", "en"};

static const char *const cost_keys[FP_COST_COUNT] = {
    [FP_COST_STAFF] = "staff",
    [FP_COST_FLAT_RATE] = "flat_rate",
    [FP_COST_PURCHASED] = "purchased_services",
    [FP_COST_TRAVEL] = "travel",
    [FP_COST_EQUIPMENT] = "equipment",
    [FP_COST_CONSTRUCTION] = "construction",
    [FP_COST_OTHER] = "other",
    [FP_COST_IN_KIND] = "in_kind",
    [FP_COST_LUMP_SUM] = "lump_sum",
};

static const char *const source_keys[FP_SRC_COUNT] = {
    [FP_SRC_AIKO] = "aiko",
    [FP_SRC_AKKE] = "akke",
    [FP_SRC_EAKR] = "eakr",
    [FP_SRC_MUNICIPAL] = "municipal",
    [FP_SRC_OTHER_PUBLIC] = "other_public",
    [FP_SRC_PRIVATE] = "private",
    [FP_SRC_IN_KIND] = "in_kind",
};

int
fp_lang_parse(const char *code, enum fp_lang *out)
{
    for (int i = 0; i < FP_LANG_COUNT; i++) {
        if (strcmp(code, lang_codes[i]) == 0) {
            *out = (enum fp_lang)i;
            return 0;
        }
    }
    return -1;
}

const char *
fp_lang_code(enum fp_lang lang)
{
    return lang_codes[lang];
}

const char *
fp_cost_key(enum fp_cost c)
{
    return cost_keys[c];
}

const char *
fp_source_key(enum fp_source s)
{
    return source_keys[s];
}

const char *
fp_lang_cost_label(enum fp_lang lang, enum fp_cost c)
{
    return fp_msg_text(lang, FP_M_COST_STAFF + c);
}

const char *
fp_lang_source_label(enum fp_lang lang, enum fp_source s)
{
    return fp_msg_text(lang, FP_M_SRC_AIKO + s);
}

const char *
fp_lang_text(enum fp_lang lang, enum fp_text t)
{
    return fp_msg_text(lang, FP_M_T_COST_ESTIMATE + t);
}
