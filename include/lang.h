/*
 * lang.h - the vocabulary of a funding plan: report languages, the cost categories and financing
 * sources with their INI keys, and their official labels in Finnish, Swedish and English.
 *
 *     printf("%s\n", fp_lang_cost_label(FP_LANG_SV, FP_COST_STAFF));   // "Personalkostnader"
 *     printf("%s\n", fp_lang_text(FP_LANG_FI, FP_T_NET_COSTS));       // "Rahoitettavat nettomenot"
 *
 * Static tables only; every string is UTF-8 and lives for the whole program.
 * SPDX-License-Identifier: MIT
 */
#ifndef FP_LANG_H
#define FP_LANG_H

enum fp_lang { FP_LANG_FI, FP_LANG_SV, FP_LANG_EN, FP_LANG_COUNT };

/* Cost categories in the order a memo lists them (EURA 2014 memos, docs/plan-format.md). */
enum fp_cost {
    FP_COST_STAFF,
    FP_COST_FLAT_RATE, /* computed: a percentage of staff costs */
    FP_COST_PURCHASED,
    FP_COST_TRAVEL,
    FP_COST_EQUIPMENT,
    FP_COST_CONSTRUCTION,
    FP_COST_OTHER,
    FP_COST_IN_KIND, /* talkootyö: voluntary work valued in euros, matched by [financing] in_kind */
    FP_COST_LUMP_SUM,
    FP_COST_COUNT
};

/* Financing sources in the order of the financing plan. */
enum fp_source {
    FP_SRC_AIKO,
    FP_SRC_AKKE,
    FP_SRC_EAKR, /* EAKR (ERDF) together with the state's co-funding */
    FP_SRC_MUNICIPAL,
    FP_SRC_OTHER_PUBLIC,
    FP_SRC_PRIVATE,
    FP_SRC_IN_KIND, /* the value of in-kind work, as financing */
    FP_SRC_COUNT
};

/* Fixed report texts; the tables in lang.c are indexed by these. */
enum fp_text {
    FP_T_COST_ESTIMATE,   /* Kustannusarvio */
    FP_T_FINANCING_PLAN,  /* Rahoitussuunnitelma */
    FP_T_TOTAL_COSTS,     /* Kokonaiskustannukset */
    FP_T_INCOME,          /* ./. Tulot */
    FP_T_NET_COSTS,       /* Rahoitettavat nettomenot */
    FP_T_TOTAL_FINANCING, /* Rahoitus yhteensä */
    FP_T_SUPPORT,         /* Tuki */
    FP_T_SUPPORT_RATE,    /* Tuen osuus */
    FP_T_MAX_RATE,        /* Tuen enimmäisosuus */
    FP_T_PUBLIC_SHARE,    /* Julkisen rahoituksen osuus */
    FP_T_SHARE,           /* Osuus */
    FP_T_AMOUNT,          /* Euroa */
    FP_T_TOTAL,           /* Yhteensä */
    FP_T_YEAR,            /* Vuosi */
    FP_T_PROJECT,         /* Hanke */
    FP_T_CASE_ID,         /* Diaarinumero */
    FP_T_APPLICANT,       /* Hakija */
    FP_T_PARTNERS,        /* Osatoteuttajat */
    FP_T_FUNDER,          /* Rahoittaja */
    FP_T_INSTRUMENT,      /* Rahoitusmuoto */
    FP_T_PERIOD,          /* Toteutusaika */
    FP_T_MONTHS,          /* kk */
    FP_T_SUMMARY,         /* Tiivistelmä */
    FP_T_GOALS,           /* Tavoitteet */
    FP_T_ACTIONS,         /* Toimenpiteet */
    FP_T_PREPARER,        /* Valmistelija */
    FP_T_FINDINGS,        /* Tarkistukset */
    FP_T_ERROR,           /* virhe */
    FP_T_WARNING,         /* varoitus */
    FP_T_LINE,            /* rivi */
    FP_T_BALANCE,         /* Rahoitus − nettomenot */
    FP_T_PROGRAMME,       /* Ohjelmakausi */
    FP_T_PRIORITY,        /* Toimintalinja */
    FP_T_OBJECTIVE,       /* Erityistavoite */
    FP_T_APPLICATION,     /* Hakemusnumero */
    FP_T_TARGET_AREA,     /* Kohdealue */
    FP_T_REGION,          /* Maakunta */
    FP_T_PRESENTER,       /* Esittelijä */
    FP_T_ASSESSMENT,      /* Rahoittajan arvio */
    FP_T_COST_MODEL,      /* Kustannusmalli */
    FP_T_PROJECT_TYPE,    /* Hanketyyppi */
    FP_T_CALL,            /* Rahoitushaku */
    FP_T_EU_PART,         /* josta EU:n osuus */
    FP_T_STATE_PART,      /* josta valtion osuus */
    FP_T_MAX_SUPPORT,     /* Suurin sallittu tuki */
    FP_T_DEVELOPMENT,     /* Kehittämishanke */
    FP_T_INVESTMENT,      /* Investointihanke */
    FP_T_MODEL_ACTUAL,    /* Tosiasialliset kustannukset */
    FP_T_MODEL_FLAT,      /* Prosenttimääräinen korvaus (flat rate) */
    FP_T_MODEL_LUMP,      /* Kertakorvaus */
    FP_T_OF_STAFF,        /* henkilöstökustannuksista */
    FP_T_OF_DIRECT,       /* välittömistä kustannuksista */
    FP_T_COUNT
};

/* "fi", "sv", "en" → 0 and *out; anything else → -1. */
int fp_lang_parse(const char *code, enum fp_lang *out);

/* "fi", "sv" or "en". */
const char *fp_lang_code(enum fp_lang lang);

/* The INI key of a cost category ("staff") or source ("municipal"). */
const char *fp_cost_key(enum fp_cost c);
const char *fp_source_key(enum fp_source s);

/* Official labels: "Henkilöstökustannukset", "Kuntarahoitus", ... */
const char *fp_lang_cost_label(enum fp_lang lang, enum fp_cost c);
const char *fp_lang_source_label(enum fp_lang lang, enum fp_source s);
const char *fp_lang_text(enum fp_lang lang, enum fp_text t);

#endif
