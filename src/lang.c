/*
 * lang.c - labels of cost categories, financing sources and report texts in fi, sv and en.
 * Finnish labels follow EURA 2014 decision memos; Swedish and English the terms of
 * rakennerahastot.fi and decree 867/2021 (sources in docs/terms.md).
 * SPDX-License-Identifier: MIT
 */
#include "lang.h"

#include <string.h>

static const char *const lang_codes[FP_LANG_COUNT] = {"fi", "sv", "en"};

static const char *const cost_keys[FP_COST_COUNT] = {
    [FP_COST_STAFF] = "staff",
    [FP_COST_FLAT_RATE] = "flat_rate",
    [FP_COST_PURCHASED] = "purchased_services",
    [FP_COST_TRAVEL] = "travel",
    [FP_COST_EQUIPMENT] = "equipment",
    [FP_COST_CONSTRUCTION] = "construction",
    [FP_COST_OTHER] = "other",
    [FP_COST_LUMP_SUM] = "lump_sum",
};

static const char *const source_keys[FP_SRC_COUNT] = {
    [FP_SRC_AIKO] = "aiko",           [FP_SRC_EAKR] = "eakr",
    [FP_SRC_MUNICIPAL] = "municipal", [FP_SRC_OTHER_PUBLIC] = "other_public",
    [FP_SRC_PRIVATE] = "private",
};

static const char *const cost_labels[FP_LANG_COUNT][FP_COST_COUNT] = {
    [FP_LANG_FI] =
        {
            [FP_COST_STAFF] = "Henkilöstökustannukset",
            [FP_COST_FLAT_RATE] = "Flat rate",
            [FP_COST_PURCHASED] = "Ostopalvelut",
            [FP_COST_TRAVEL] = "Matkakustannukset",
            [FP_COST_EQUIPMENT] = "Kone- ja laitehankinnat",
            [FP_COST_CONSTRUCTION] = "Rakentaminen",
            [FP_COST_OTHER] = "Muut kustannukset",
            [FP_COST_LUMP_SUM] = "Kertakorvaus",
        },
    [FP_LANG_SV] =
        {
            [FP_COST_STAFF] = "Personalkostnader",
            [FP_COST_FLAT_RATE] = "Procentuell ersättning (flat rate)",
            [FP_COST_PURCHASED] = "Köpta tjänster",
            [FP_COST_TRAVEL] = "Resekostnader",
            [FP_COST_EQUIPMENT] = "Anskaffning av maskiner och anordningar",
            [FP_COST_CONSTRUCTION] = "Byggande",
            [FP_COST_OTHER] = "Övriga kostnader",
            [FP_COST_LUMP_SUM] = "Engångsersättning",
        },
    [FP_LANG_EN] =
        {
            [FP_COST_STAFF] = "Staff costs",
            [FP_COST_FLAT_RATE] = "Flat rate",
            [FP_COST_PURCHASED] = "Purchased services",
            [FP_COST_TRAVEL] = "Travel costs",
            [FP_COST_EQUIPMENT] = "Machinery and equipment",
            [FP_COST_CONSTRUCTION] = "Construction",
            [FP_COST_OTHER] = "Other costs",
            [FP_COST_LUMP_SUM] = "Lump sum",
        },
};

static const char *const source_labels[FP_LANG_COUNT][FP_SRC_COUNT] = {
    [FP_LANG_FI] =
        {
            [FP_SRC_AIKO] = "AIKO-rahoitus",
            [FP_SRC_EAKR] = "EAKR- ja valtion rahoitus",
            [FP_SRC_MUNICIPAL] = "Kuntarahoitus",
            [FP_SRC_OTHER_PUBLIC] = "Muu julkinen rahoitus",
            [FP_SRC_PRIVATE] = "Yksityinen rahoitus",
        },
    [FP_LANG_SV] =
        {
            [FP_SRC_AIKO] = "AIKO-finansiering",
            [FP_SRC_EAKR] = "ERUF- och statlig finansiering",
            [FP_SRC_MUNICIPAL] = "Kommunal finansiering",
            [FP_SRC_OTHER_PUBLIC] = "Annan offentlig finansiering",
            [FP_SRC_PRIVATE] = "Privat finansiering",
        },
    [FP_LANG_EN] =
        {
            [FP_SRC_AIKO] = "AIKO funding",
            [FP_SRC_EAKR] = "ERDF and state funding",
            [FP_SRC_MUNICIPAL] = "Municipal funding",
            [FP_SRC_OTHER_PUBLIC] = "Other public funding",
            [FP_SRC_PRIVATE] = "Private funding",
        },
};

static const char *const texts[FP_LANG_COUNT][FP_T_COUNT] = {
    [FP_LANG_FI] =
        {
            [FP_T_COST_ESTIMATE] = "Kustannusarvio",
            [FP_T_FINANCING_PLAN] = "Rahoitussuunnitelma",
            [FP_T_TOTAL_COSTS] = "Kokonaiskustannukset",
            [FP_T_INCOME] = "./. Tulot",
            [FP_T_NET_COSTS] = "Rahoitettavat nettomenot",
            [FP_T_TOTAL_FINANCING] = "Rahoitus yhteensä",
            [FP_T_SUPPORT] = "Tuki",
            [FP_T_SUPPORT_RATE] = "Tuen osuus",
            [FP_T_MAX_RATE] = "Tuen enimmäisosuus",
            [FP_T_PUBLIC_SHARE] = "Julkisen rahoituksen osuus",
            [FP_T_SHARE] = "Osuus",
            [FP_T_AMOUNT] = "Euroa",
            [FP_T_TOTAL] = "Yhteensä",
            [FP_T_YEAR] = "Vuosi",
            [FP_T_PROJECT] = "Hanke",
            [FP_T_CASE_ID] = "Diaarinumero",
            [FP_T_APPLICANT] = "Hakija",
            [FP_T_PARTNERS] = "Osatoteuttajat",
            [FP_T_FUNDER] = "Rahoittaja",
            [FP_T_INSTRUMENT] = "Rahoitusmuoto",
            [FP_T_PERIOD] = "Toteutusaika",
            [FP_T_MONTHS] = "kk",
            [FP_T_SUMMARY] = "Tiivistelmä",
            [FP_T_GOALS] = "Tavoitteet",
            [FP_T_ACTIONS] = "Toimenpiteet",
            [FP_T_PREPARER] = "Valmistelija",
            [FP_T_FINDINGS] = "Tarkistukset",
            [FP_T_ERROR] = "virhe",
            [FP_T_WARNING] = "varoitus",
            [FP_T_LINE] = "rivi",
            [FP_T_BALANCE] = "Rahoitus − nettomenot",
        },
    [FP_LANG_SV] =
        {
            [FP_T_COST_ESTIMATE] = "Kostnadsförslag",
            [FP_T_FINANCING_PLAN] = "Finansieringsplan",
            [FP_T_TOTAL_COSTS] = "Totalkostnader",
            [FP_T_INCOME] = "./. Intäkter",
            [FP_T_NET_COSTS] = "Nettokostnader som ska finansieras",
            [FP_T_TOTAL_FINANCING] = "Total finansiering",
            [FP_T_SUPPORT] = "Stöd",
            [FP_T_SUPPORT_RATE] = "Stödandel",
            [FP_T_MAX_RATE] = "Högsta stödandel",
            [FP_T_PUBLIC_SHARE] = "Offentlig finansierings andel",
            [FP_T_SHARE] = "Andel",
            [FP_T_AMOUNT] = "Euro",
            [FP_T_TOTAL] = "Totalt",
            [FP_T_YEAR] = "År",
            [FP_T_PROJECT] = "Projekt",
            [FP_T_CASE_ID] = "Diarienummer",
            [FP_T_APPLICANT] = "Sökande",
            [FP_T_PARTNERS] = "Delgenomförare",
            [FP_T_FUNDER] = "Finansiär",
            [FP_T_INSTRUMENT] = "Finansieringsform",
            [FP_T_PERIOD] = "Genomförandetid",
            [FP_T_MONTHS] = "mån.",
            [FP_T_SUMMARY] = "Sammanfattning",
            [FP_T_GOALS] = "Mål",
            [FP_T_ACTIONS] = "Åtgärder",
            [FP_T_PREPARER] = "Beredare",
            [FP_T_FINDINGS] = "Kontroller",
            [FP_T_ERROR] = "fel",
            [FP_T_WARNING] = "varning",
            [FP_T_LINE] = "rad",
            [FP_T_BALANCE] = "Finansiering − nettokostnader",
        },
    [FP_LANG_EN] =
        {
            [FP_T_COST_ESTIMATE] = "Cost estimate",
            [FP_T_FINANCING_PLAN] = "Financing plan",
            [FP_T_TOTAL_COSTS] = "Total costs",
            [FP_T_INCOME] = "./. Income",
            [FP_T_NET_COSTS] = "Net costs to be financed",
            [FP_T_TOTAL_FINANCING] = "Total financing",
            [FP_T_SUPPORT] = "Support",
            [FP_T_SUPPORT_RATE] = "Support rate",
            [FP_T_MAX_RATE] = "Maximum support rate",
            [FP_T_PUBLIC_SHARE] = "Public funding share",
            [FP_T_SHARE] = "Share",
            [FP_T_AMOUNT] = "Euro",
            [FP_T_TOTAL] = "Total",
            [FP_T_YEAR] = "Year",
            [FP_T_PROJECT] = "Project",
            [FP_T_CASE_ID] = "Case number",
            [FP_T_APPLICANT] = "Applicant",
            [FP_T_PARTNERS] = "Partners",
            [FP_T_FUNDER] = "Funder",
            [FP_T_INSTRUMENT] = "Funding instrument",
            [FP_T_PERIOD] = "Implementation period",
            [FP_T_MONTHS] = "months",
            [FP_T_SUMMARY] = "Summary",
            [FP_T_GOALS] = "Goals",
            [FP_T_ACTIONS] = "Actions",
            [FP_T_PREPARER] = "Prepared by",
            [FP_T_FINDINGS] = "Findings",
            [FP_T_ERROR] = "error",
            [FP_T_WARNING] = "warning",
            [FP_T_LINE] = "line",
            [FP_T_BALANCE] = "Financing − net costs",
        },
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
    return cost_labels[lang][c];
}

const char *
fp_lang_source_label(enum fp_lang lang, enum fp_source s)
{
    return source_labels[lang][s];
}

const char *
fp_lang_text(enum fp_lang lang, enum fp_text t)
{
    return texts[lang][t];
}
