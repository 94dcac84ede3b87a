/*
 * rules.c - the funding rules as tables (programme periods, instruments, regions, the rules a
 * call may set), reading a call file, and combining defaults, call and plan into the rules in
 * force. Sources of every figure: docs/rules.md; where a source is uncertain the value is a
 * default that [rules] or a call can change.
 * SPDX-License-Identifier: MIT
 */
#include "rules.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "glyphs.h"
#include "ini.h"
#include "schema.h"
#include "suggest.h"

/* ==== Programme periods ==== */

/* 2014-2020: decree 358/2014 (24 % for ERDF, 17 % is ESF's), 15 % of staff costs with travel as
   actual costs (1303/2013 art. 68(1)(b)). */
static const struct fp_flat_rate_def rates_2014[] = {
    {2400, FP_FLAT_STAFF, FP_FLAT_COVERS_TRAVEL},
    {1500, FP_FLAT_STAFF, 0},
    {1700, FP_FLAT_STAFF, FP_FLAT_OTHER_FUND},
    {0, FP_FLAT_STAFF, 0},
};

/* 2021-2027: 40 % of staff covers every other cost (rakennerahastot.fi, 2021/1060 art. 56),
   15 % of staff and 7 % of direct costs (art. 54), 1,5 % for investment projects. */
static const struct fp_flat_rate_def rates_2021[] = {
    {4000, FP_FLAT_STAFF, FP_FLAT_ONLY_STAFF}, {1500, FP_FLAT_STAFF, 0}, {700, FP_FLAT_DIRECT, 0},
    {150, FP_FLAT_DIRECT, FP_FLAT_INVESTMENT}, {0, FP_FLAT_STAFF, 0},
};

static const struct fp_programme_def programmes[] = {
    {FP_PROG_2014_2020,
     "2014-2020",
     {2014, 1, 1},
     {2020, 12, 31},
     {2023, 12, 31},
     1,
     5000,
     5000,
     INT64_C(20000000),
     rates_2014},
    {FP_PROG_2021_2027,
     "2021-2027",
     {2021, 1, 1},
     {2029, 12, 31},
     {2029, 12, 31},
     0,
     4000,
     6000,
     INT64_C(20000000),
     rates_2021},
};

const struct fp_programme_def *
fp_rules_programme(enum fp_programme id)
{
    for (size_t i = 0; i < sizeof programmes / sizeof programmes[0]; i++)
        if (programmes[i].id == id)
            return &programmes[i];
    return NULL;
}

enum fp_programme
fp_rules_programme_of(struct fp_date start)
{
    if (start.year == 0)
        return FP_PROG_UNSET;
    for (size_t i = 0; i < sizeof programmes / sizeof programmes[0]; i++)
        if (fp_date_cmp(start, programmes[i].first) >= 0 &&
            fp_date_cmp(start, programmes[i].last) <= 0)
            return programmes[i].id;
    return FP_PROG_UNSET;
}

/* ==== Instruments ==== */

/* Caps by programme: [UNSET] is what a plan with no known period gets (the current period's).
   AIKO: 70 % of total costs (the councils' AIKO calls 2016-2019). AKKE: decree 867/2021 § 4,
   80 % development, 70 % investment, of total costs. EAKR: 2021-2027 the same decree, of net
   costs as EURA decisions word it; 2014-2020 70 %, the calls' usual figure (calls set 60-80 %). */
static const struct fp_instrument_def instruments[] = {
    {"AIKO",
     FP_SRC_AIKO,
     FP_BASE_TOTAL_COSTS,
     {7000, 7000, 7000},
     {0, 0, 0},
     0,
     2016,
     2019,
     FP_M_INSTR_AIKO},
    {"AKKE",
     FP_SRC_AKKE,
     FP_BASE_TOTAL_COSTS,
     {8000, 8000, 8000},
     {7000, 7000, 7000},
     0,
     2020,
     0,
     FP_M_INSTR_AKKE},
    {"EAKR",
     FP_SRC_EAKR,
     FP_BASE_NET_COSTS,
     {8000, 7000, 8000},
     {7000, 0, 7000},
     1,
     0,
     0,
     FP_M_INSTR_EAKR},
};

const char *const fp_rules_instrument_names[] = {"AIKO", "AKKE", "EAKR", NULL};

const struct fp_instrument_def *
fp_rules_instrument(const char *name)
{
    for (size_t i = 0; name && i < sizeof instruments / sizeof instruments[0]; i++)
        if (strcasecmp(name, instruments[i].name) == 0)
            return &instruments[i];
    return NULL;
}

/* ==== Regions ==== */

/* The 18 maakunnat of mainland Finland in Finnish, Swedish and English (Kotus), and whether the
   region is Helsinki-Uusimaa, the one more developed region of the 2021-2027 programme. */
static const struct {
    const char *name[3];
    int developed;
} regions[] = {
    {{"Uusimaa", "Nyland", "Uusimaa"}, 1},
    {{"Varsinais-Suomi", "Egentliga Finland", "Southwest Finland"}, 0},
    {{"Satakunta", "Satakunta", "Satakunta"}, 0},
    {{"Kanta-Häme", "Egentliga Tavastland", "Tavastia Proper"}, 0},
    {{"Pirkanmaa", "Birkaland", "Pirkanmaa"}, 0},
    {{"Päijät-Häme", "Päijänne-Tavastland", "Päijät-Häme"}, 0},
    {{"Kymenlaakso", "Kymmenedalen", "Kymenlaakso"}, 0},
    {{"Etelä-Karjala", "Södra Karelen", "South Karelia"}, 0},
    {{"Etelä-Savo", "Södra Savolax", "South Savo"}, 0},
    {{"Pohjois-Savo", "Norra Savolax", "North Savo"}, 0},
    {{"Pohjois-Karjala", "Norra Karelen", "North Karelia"}, 0},
    {{"Keski-Suomi", "Mellersta Finland", "Central Finland"}, 0},
    {{"Etelä-Pohjanmaa", "Södra Österbotten", "South Ostrobothnia"}, 0},
    {{"Pohjanmaa", "Österbotten", "Ostrobothnia"}, 0},
    {{"Keski-Pohjanmaa", "Mellersta Österbotten", "Central Ostrobothnia"}, 0},
    {{"Pohjois-Pohjanmaa", "Norra Österbotten", "North Ostrobothnia"}, 0},
    {{"Kainuu", "Kajanaland", "Kainuu"}, 0},
    {{"Lappi", "Lappland", "Lapland"}, 0},
};

const char *const fp_rules_region_names[] = {
    "Uusimaa",           "Varsinais-Suomi", "Satakunta",       "Kanta-Häme", "Pirkanmaa",
    "Päijät-Häme",       "Kymenlaakso",     "Etelä-Karjala",   "Etelä-Savo", "Pohjois-Savo",
    "Pohjois-Karjala",   "Keski-Suomi",     "Etelä-Pohjanmaa", "Pohjanmaa",  "Keski-Pohjanmaa",
    "Pohjois-Pohjanmaa", "Kainuu",          "Lappi",           NULL,
};

/* Compares ignoring ASCII case; "Etelä-Savo" and "etelä-savo" match, "ETELÄ-SAVO" too except
   for the Ä, which a plan writes as it likes: the Finnish capitals are tried as well. */
static int
same_name(const char *a, const char *b)
{
    while (*a && *b) {
        unsigned char x = (unsigned char)*a, y = (unsigned char)*b;
        if (x >= 'A' && x <= 'Z')
            x = (unsigned char)(x - 'A' + 'a');
        if (y >= 'A' && y <= 'Z')
            y = (unsigned char)(y - 'A' + 'a');
        /* UTF-8 Ä Ö Å (C3 84, C3 96, C3 85) against ä ö å (C3 A4, C3 B6, C3 A5) */
        if (x == 0xc3 && y == 0xc3) {
            unsigned char p = (unsigned char)a[1], q = (unsigned char)b[1];
            if (p >= 0x80 && p <= 0x9e)
                p = (unsigned char)(p + 0x20);
            if (q >= 0x80 && q <= 0x9e)
                q = (unsigned char)(q + 0x20);
            if (p != q)
                return 0;
            a += 2, b += 2;
            continue;
        }
        if (x != y)
            return 0;
        a++, b++;
    }
    return *a == *b;
}

int
fp_rules_region(const char *name, const char **canonical)
{
    /* Åland has an ERDF programme of its own, not the mainland's */
    if (name && (same_name(name, "Ahvenanmaa") || same_name(name, "Åland") ||
                 same_name(name, "Åland Islands")))
        return -2;
    for (size_t i = 0; name && i < sizeof regions / sizeof regions[0]; i++)
        for (int l = 0; l < 3; l++)
            if (same_name(name, regions[i].name[l])) {
                if (canonical)
                    *canonical = regions[i].name[0];
                return regions[i].developed;
            }
    return -1;
}

/* ==== The rules a call or [rules] may set ==== */

static const char *const share_bases[] = {"financing", "total_costs", NULL};
static const char *const support_bases[] = {"total_costs", "net_costs", NULL};
static const char *const sources[] = {"aiko",         "akke",    "eakr",    "municipal",
                                      "other_public", "private", "in_kind", NULL};
static const char *const roundings[] = {"cent", "euro", NULL};
static const char *const balances[] = {"warning", "error", NULL};
static const char *const eu_bases[] = {"public", "support", NULL};

const struct fp_rule_def fp_rule_defs[FP_RULE_COUNT] = {
    [FP_RULE_MAX_SUPPORT_RATE] = {FP_RK_PERCENT, FP_DIR_AT_MOST, NULL},
    [FP_RULE_INVESTMENT_RATE] = {FP_RK_PERCENT, FP_DIR_AT_MOST, NULL},
    [FP_RULE_MAX_SUPPORT] = {FP_RK_AMOUNT, FP_DIR_AT_MOST, NULL},
    [FP_RULE_MIN_SUPPORT] = {FP_RK_AMOUNT, FP_DIR_AT_LEAST, NULL},
    [FP_RULE_MAX_TOTAL_COSTS] = {FP_RK_AMOUNT, FP_DIR_AT_MOST, NULL},
    [FP_RULE_MAX_LUMP_SUM] = {FP_RK_AMOUNT, FP_DIR_AT_MOST, NULL},
    [FP_RULE_MIN_OWN_SHARE] = {FP_RK_PERCENT, FP_DIR_AT_LEAST, NULL},
    [FP_RULE_MIN_MUNICIPAL_SHARE] = {FP_RK_PERCENT, FP_DIR_AT_LEAST, NULL},
    [FP_RULE_SHARE_BASE] = {FP_RK_CHOICE, FP_DIR_SAME, share_bases},
    [FP_RULE_SUPPORT_BASE] = {FP_RK_CHOICE, FP_DIR_SAME, support_bases},
    [FP_RULE_SUPPORT_SOURCE] = {FP_RK_CHOICE, FP_DIR_SAME, sources},
    [FP_RULE_COST_MODELS] = {FP_RK_MODELS, FP_DIR_SUBSET, NULL},
    [FP_RULE_START_FROM] = {FP_RK_DATE, FP_DIR_AT_LEAST, NULL},
    [FP_RULE_END_BY] = {FP_RK_DATE, FP_DIR_AT_MOST, NULL},
    [FP_RULE_MAX_MONTHS] = {FP_RK_NUMBER, FP_DIR_AT_MOST, NULL},
    [FP_RULE_FLAT_RATE_ROUNDING] = {FP_RK_CHOICE, FP_DIR_SAME, roundings},
    [FP_RULE_YEARLY_BALANCE] = {FP_RK_CHOICE, FP_DIR_AT_LEAST, balances},
    [FP_RULE_EU_SHARE] = {FP_RK_PERCENT, FP_DIR_SAME, NULL},
    [FP_RULE_EU_SHARE_BASE] = {FP_RK_CHOICE, FP_DIR_SAME, eu_bases},
};

static int
parse_models(const char *v, int64_t *out, enum fp_msg *why, const char **near)
{
    unsigned bits = 0;
    const char *p = v;
    while (*p) {
        char word[32];
        size_t n = strcspn(p, ",");
        size_t a = 0, b = n;
        int found = -1;
        while (a < b && (p[a] == ' ' || p[a] == '\t'))
            a++;
        while (b > a && (p[b - 1] == ' ' || p[b - 1] == '\t'))
            b--;
        if (b - a >= sizeof word || b == a) {
            *why = FP_M_WHY_RULE_MODELS;
            return -1;
        }
        memcpy(word, p + a, b - a);
        word[b - a] = '\0';
        for (int m = 0; m < FP_MODEL_COUNT; m++)
            if (strcasecmp(word, fp_schema_cost_models[m]) == 0)
                found = m;
        if (found < 0) {
            *why = FP_M_WHY_RULE_MODELS;
            *near = fp_suggest(word, fp_schema_cost_models);
            return -1;
        }
        bits |= 1u << found;
        p += n + (p[n] == ',');
    }
    if (bits == 0) {
        *why = FP_M_WHY_EMPTY;
        return -1;
    }
    *out = bits;
    return 0;
}

int
fp_rules_parse(enum fp_rule r, const char *v, struct fp_rule_value *out, enum fp_msg *why,
               const char **near)
{
    const struct fp_rule_def *def = &fp_rule_defs[r];
    int dec;
    memset(out, 0, sizeof *out);
    *near = NULL;
    switch (def->kind) {
    case FP_RK_PERCENT:
        return fp_percent_parse(v, &out->v, &dec, why);
    case FP_RK_AMOUNT:
        return fp_money_parse(v, &out->v, &dec, why);
    case FP_RK_CHOICE:
        for (int i = 0; def->choices[i]; i++)
            if (strcasecmp(v, def->choices[i]) == 0) {
                out->v = i;
                return 0;
            }
        *why = FP_M_WHY_RULE_CHOICE;
        *near = fp_suggest(v, def->choices);
        return -1;
    case FP_RK_MODELS:
        return parse_models(v, &out->v, why, near);
    case FP_RK_DATE:
        if (fp_date_parse(v, &out->date, why) != 0)
            return -1;
        out->v = fp_date_days(out->date); /* so that dates compare as numbers */
        return 0;
    case FP_RK_NUMBER: {
        char *end;
        long n = strtol(v, &end, 10);
        if (end == v || *end != '\0' || n < 1 || n > 240 || *v == '+' || *v == ' ') {
            *why = FP_M_WHY_RULE_MONTHS;
            return -1;
        }
        out->v = n;
        return 0;
    }
    }
    return -1;
}

void
fp_rules_format(char *buf, size_t n, enum fp_rule r, const struct fp_rule_value *v,
                enum fp_lang lang)
{
    const struct fp_rule_def *def = &fp_rule_defs[r];
    size_t o = 0;
    buf[0] = '\0';
    switch (def->kind) {
    case FP_RK_PERCENT:
        fp_percent_format(buf, n, v->v, 2, 1, lang);
        break;
    case FP_RK_AMOUNT:
        fp_money_format(buf, n, v->v, lang, v->v % 100 ? FP_MONEY_CENTS : FP_MONEY_WHOLE);
        break;
    case FP_RK_CHOICE:
        snprintf(buf, n, "%s", def->choices[v->v]);
        break;
    case FP_RK_MODELS:
        for (int m = 0; m < FP_MODEL_COUNT && o < n; m++)
            if (v->v & (1 << m))
                o += (size_t)snprintf(buf + o, n - o, "%s%s", o ? ", " : "",
                                      fp_schema_cost_models[m]);
        break;
    case FP_RK_DATE:
        fp_date_format(buf, n, v->date, lang);
        break;
    case FP_RK_NUMBER:
        snprintf(buf, n, "%lld", (long long)v->v);
        break;
    }
}

struct fp_arg
fp_rules_arg(enum fp_rule r, const struct fp_rule_value *v, char *buf, size_t n)
{
    switch (fp_rule_defs[r].kind) {
    case FP_RK_PERCENT:
        return fp_arg_bp(v->v);
    case FP_RK_AMOUNT:
        return fp_arg_eur(v->v);
    case FP_RK_DATE:
        return fp_arg_date(v->date);
    case FP_RK_NUMBER:
        return fp_arg_int(v->v);
    case FP_RK_CHOICE:
    case FP_RK_MODELS:
        break;
    }
    /* words are the same in every language: the keys' own values */
    fp_rules_format(buf, n, r, v, FP_LANG_EN);
    return fp_arg_str(buf);
}

/* ==== Call files ==== */

void
fp_call_parse(const char *path, const char *data, size_t size, struct fp_call *call,
              struct fp_diags *diags)
{
    char *dir;
    struct fp_ini *ini;
    int incomplete = 0;

    size_t before = fp_diag_count(diags, FP_ERROR);

    memset(call, 0, sizeof *call);
    ini = fp_ini_parse(path, data, size, &fp_schema_call, diags);
    if (fp_ini_has_values(ini)) {
        const char *slash = strrchr(path, '/');
        struct fp_schema_ctx c;
        dir = slash ? fp_xstrndup(path, (size_t)(slash - path)) : fp_xstrdup(".");
        c.ini = ini;
        c.d = diags;
        c.dir = dir;
        c.incomplete = &incomplete;
        fp_schema_read(&c, &fp_schema_call.sections[0], "call", call);
        fp_glyphs_check_record(&fp_schema_call, "call", call, diags); /* the memos print them */
        fp_schema_read(&c, &fp_schema_call.sections[1], "rules", &call->rules);
        call->rules.line = fp_ini_header_line(ini, "rules");
        if (fp_ini_header_line(ini, "call") == 0)
            FP_DIAG(diags, FP_ERROR, FP_F_MISSING_KEY, 0, FP_M_F_NO_SECTION, fp_arg_str("call"));
        else if (call->name.text == NULL)
            FP_DIAG(diags, FP_ERROR, FP_F_MISSING_KEY, fp_ini_header_line(ini, "call"),
                    FP_M_F_SECTION_LACKS, fp_arg_str("call"), fp_arg_str("name"));
        free(dir);
    }
    fp_ini_free(ini);
    call->errors = fp_diag_count(diags, FP_ERROR) - before;
}

int
fp_call_load(const char *path, struct fp_call *call, struct fp_diags *diags)
{
    char *data;
    size_t size;

    memset(call, 0, sizeof *call);
    if (fp_ini_slurp(path, FP_PLAN_MAX_BYTES, &data, &size) != 0) {
        call->path = fp_xstrdup(path);
        return -1;
    }
    fp_call_parse(path, data, size, call, diags);
    call->path = fp_xstrdup(path);
    free(data);
    return 0;
}

int
fp_call_of_plan(const struct fp_plan *plan, struct fp_call *call, struct fp_diags *plan_diags,
                struct fp_diags *call_diags)
{
    const char *name = plan->call.text, *slash = strrchr(plan->path, '/');
    char *dir, *text;
    enum fp_msg why = FP_M_NONE;
    int err = 0;

    memset(call, 0, sizeof *call);
    if (name == NULL)
        return 0;
    dir = slash ? fp_xstrndup(plan->path, slash == plan->path ? 1 : (size_t)(slash - plan->path))
                : fp_xstrdup(".");
    /* the same rules as a *_file text: in the plan's folder or below it, never a link */
    text = fp_schema_read_beside(dir, name, &why, &err);
    call->path = fp_xmalloc(strlen(dir) + strlen(name) + 2);
    sprintf(call->path, "%s/%s", dir, name);
    free(dir);
    if (text == NULL) {
        FP_DIAG(plan_diags, FP_ERROR, FP_F_BAD_FILE, plan->call.line, FP_M_F_FILE_UNREADABLE,
                fp_arg_str(name), why == FP_M_WHY_ERRNO ? fp_arg_errno(err) : fp_arg_msg(why));
        return -1;
    }
    {
        char *path = call->path;
        fp_call_parse(path, text, strlen(text), call, call_diags);
        call->path = path;
        call_diags->file = call->path;
    }
    free(text);
    return 1;
}

void
fp_call_free(struct fp_call *call)
{
    if (call == NULL)
        return;
    fp_schema_free(&fp_schema_call.sections[0], call);
    free(call->path);
    memset(call, 0, sizeof *call);
}

/* ==== The rules in force ==== */

/* Puts one rule's value into the instrument in force. */
static void
apply(struct fp_instrument *in, enum fp_rule r, const struct fp_rule_value *v)
{
    switch (r) {
    case FP_RULE_MAX_SUPPORT_RATE:
        in->max_rate = v->v;
        break;
    case FP_RULE_INVESTMENT_RATE:
        in->investment_rate = v->v;
        break;
    case FP_RULE_MAX_SUPPORT:
        in->max_support = v->v;
        break;
    case FP_RULE_MIN_SUPPORT:
        in->min_support = v->v;
        break;
    case FP_RULE_MAX_TOTAL_COSTS:
        in->max_total_costs = v->v;
        break;
    case FP_RULE_MAX_LUMP_SUM:
        in->max_lump_sum = v->v;
        break;
    case FP_RULE_MIN_OWN_SHARE:
        in->min_own = v->v;
        break;
    case FP_RULE_MIN_MUNICIPAL_SHARE:
        in->min_municipal = v->v;
        break;
    case FP_RULE_SHARE_BASE:
        in->share_base_total = v->v == 1;
        break;
    case FP_RULE_SUPPORT_BASE:
        in->base = v->v == 1 ? FP_BASE_NET_COSTS : FP_BASE_TOTAL_COSTS;
        break;
    case FP_RULE_SUPPORT_SOURCE:
        in->support_source = (enum fp_source)v->v;
        break;
    case FP_RULE_COST_MODELS:
        in->cost_models = (unsigned)v->v;
        break;
    case FP_RULE_START_FROM:
        in->start_from = v->date;
        break;
    case FP_RULE_END_BY:
        in->end_by = v->date;
        break;
    case FP_RULE_MAX_MONTHS:
        in->max_months = (int)v->v;
        break;
    case FP_RULE_FLAT_RATE_ROUNDING:
        in->euro_rounding = v->v == 1;
        break;
    case FP_RULE_YEARLY_BALANCE:
        in->yearly_balance_error = v->v == 1;
        break;
    case FP_RULE_EU_SHARE:
        in->eu_share = v->v;
        break;
    case FP_RULE_EU_SHARE_BASE:
        in->eu_share_base_support = v->v == 1;
        break;
    case FP_RULE_COUNT:
        break;
    }
}

/* Whether the plan's value is looser than the call's, by the rule's direction. */
static int
looser(enum fp_rule r, const struct fp_rule_value *plan, const struct fp_rule_value *call)
{
    switch (fp_rule_defs[r].dir) {
    case FP_DIR_AT_MOST:
        return plan->v > call->v;
    case FP_DIR_AT_LEAST:
        return plan->v < call->v;
    case FP_DIR_SUBSET:
        return (plan->v & ~call->v) != 0;
    case FP_DIR_SAME:
        return plan->v != call->v;
    }
    return 0;
}

/* The instrument's defaults for the plan's period and type. */
static void
defaults(struct fp_instrument *in, const struct fp_instrument_def *def, enum fp_programme prog)
{
    const struct fp_programme_def *pd = fp_rules_programme(prog);
    if (pd == NULL)
        pd = fp_rules_programme(FP_PROG_2021_2027);
    in->def = def;
    in->builtin = def != NULL;
    in->cost_models = (1u << FP_MODEL_COUNT) - 1;
    in->max_lump_sum = pd->max_lump_sum;
    in->euro_rounding = prog == FP_PROG_UNSET ? 0 : pd->euro_rounding;
    if (def) {
        in->name = def->name;
        in->support_source = def->line;
        in->base = def->base;
        in->max_rate = def->rate[prog];
        in->investment_rate = def->investment_rate[prog];
        in->eu_split = def->eu;
        if (def->eu)
            in->eligible_until = pd->eligible_until;
    } else {
        in->base = FP_BASE_TOTAL_COSTS;
    }
}

/* The EU part's rate of an EAKR plan from its region; findings when the region is unknown. */
static void
eu_share_of_region(const struct fp_plan *plan, struct fp_instrument *in, struct fp_diags *d)
{
    const struct fp_programme_def *pd = fp_rules_programme(in->programme);
    const char *region = plan->region.text;
    int cat;
    if (pd == NULL)
        pd = fp_rules_programme(FP_PROG_2021_2027);
    /* eu_share from the call or [rules] is in force already: the region only sets the default */
    if (in->line[FP_RULE_EU_SHARE])
        return;
    in->eu_share = pd->eu_share_transition;
    if (!in->eu_split)
        return;
    cat = fp_rules_region(region, NULL);
    if (cat == 1)
        in->eu_share = pd->eu_share_developed;
    if (cat == -2) {
        FP_DIAG(d, FP_WARNING, FP_F_REGION, plan->region.line, FP_M_F_REGION_ALAND,
                fp_arg_str(region), fp_arg_bp(in->eu_share));
        return;
    }
    if (cat >= 0 || in->programme == FP_PROG_2014_2020)
        return; /* 2014-2020 had one rate for all of Finland */
    if (region == NULL) {
        FP_DIAG(d, FP_WARNING, FP_F_REGION, plan->instrument.line, FP_M_F_REGION_MISSING,
                fp_arg_bp(in->eu_share));
        FP_DIAG_NOTE(d, FP_M_N_REGION_ADD);
    } else {
        const char *near = fp_suggest(region, fp_rules_region_names);
        FP_DIAG(d, FP_WARNING, FP_F_REGION, plan->region.line, FP_M_F_REGION_UNKNOWN,
                fp_arg_str(region), fp_arg_bp(in->eu_share));
        if (near)
            FP_DIAG_NOTE(d, FP_M_N_DID_YOU_MEAN, fp_arg_str(near));
    }
}

int
fp_rules_resolve(const struct fp_plan *plan, const struct fp_call *call, struct fp_instrument *in,
                 struct fp_diags *d)
{
    const char *name = plan->instrument.text;
    const struct fp_instrument_def *def = fp_rules_instrument(name);
    const struct fp_rules *pr = &plan->rules, *cr = call ? &call->rules : NULL;
    int known = def != NULL;

    memset(in, 0, sizeof *in);
    in->programme = plan->programme.line ? (enum fp_programme)plan->programme.value
                                         : fp_rules_programme_of(plan->start.date);
    in->type = (enum fp_project_type)plan->type.value;
    defaults(in, def, in->programme);
    if (!known) {
        /* a plan's own instrument must say at least the cap and which line is the support */
        int rate =
            pr->r[FP_RULE_MAX_SUPPORT_RATE].line || (cr && cr->r[FP_RULE_MAX_SUPPORT_RATE].line);
        int source =
            pr->r[FP_RULE_SUPPORT_SOURCE].line || (cr && cr->r[FP_RULE_SUPPORT_SOURCE].line);
        known = name && rate && source;
        in->name = name ? name : "?";
        if (!known) {
            /* figures are still computed, in AIKO's shape, so a memo can show what is wrong */
            defaults(in, &instruments[0], in->programme);
            in->name = name ? name : "?";
            in->def = NULL;
            in->builtin = 0;
            if (name) {
                const char *near = fp_suggest(name, fp_rules_instrument_names);
                FP_DIAG(d, FP_ERROR, FP_F_UNKNOWN_INSTRUMENT, plan->instrument.line,
                        FP_M_F_UNKNOWN_INSTRUMENT, fp_arg_str(name));
                if (near)
                    FP_DIAG_NOTE(d, FP_M_N_DID_YOU_MEAN, fp_arg_str(near));
                else
                    FP_DIAG_NOTE(d, FP_M_N_INSTRUMENT_DEFINE);
            }
        }
    }
    for (int r = 0; r < FP_RULE_COUNT; r++) {
        const struct fp_rule_value *cv = cr ? &cr->r[r] : NULL, *pv = &pr->r[r];
        if (cv && cv->line) {
            apply(in, (enum fp_rule)r, cv);
            in->origin[r] = FP_FROM_CALL;
            in->line[r] = cv->line;
        }
        if (!pv->line)
            continue;
        if (cv && cv->line && looser((enum fp_rule)r, pv, cv)) {
            char mine[64], theirs[64];
            FP_DIAG(d, FP_ERROR, FP_F_RULES_LOOSENED, pv->line,
                    fp_rule_defs[r].dir == FP_DIR_SAME ? FP_M_F_RULES_CHANGED
                                                       : FP_M_F_RULES_LOOSENED,
                    fp_arg_str(fp_schema_rule_name((enum fp_rule)r)),
                    fp_rules_arg((enum fp_rule)r, pv, mine, sizeof mine),
                    fp_rules_arg((enum fp_rule)r, cv, theirs, sizeof theirs),
                    fp_arg_str(call->path), fp_arg_int(cv->line));
            continue;
        }
        apply(in, (enum fp_rule)r, pv);
        in->origin[r] = FP_FROM_PLAN;
        in->line[r] = pv->line;
    }
    /* The default investment cap never exceeds the general cap a call or [rules] sets (a call's
       60 % holds for investments too); an investment project is all investment, so its cap is
       the investment cap, and every message and report names that one. */
    if (in->origin[FP_RULE_INVESTMENT_RATE] == FP_FROM_DEFAULT &&
        in->investment_rate > in->max_rate)
        in->investment_rate = in->max_rate;
    if (in->type == FP_TYPE_INVESTMENT && in->investment_rate > 0)
        in->max_rate = in->investment_rate;
    eu_share_of_region(plan, in, d);
    return known ? 0 : -1;
}
