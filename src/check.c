/*
 * check.c - computes every figure of a plan exactly and checks it against the instrument's rules.
 * The single source of every number a report prints. Defaults and their sources: docs/rules.md.
 * SPDX-License-Identifier: MIT
 */
#include "checks.h"

#include <stddef.h>
#include <string.h>
#include <strings.h>

#include "glyphs.h"

/* Built-in instruments. AIKO: "Tuen enimmäismäärä on 70 % hankkeen kokonaiskustannuksista"
   (the councils' AIKO calls 2016-2019). EAKR 2021-2027 development projects: at most 80 % of
   eligible costs (decree 867/2021 § 4), net of income as EURA decisions word it. */
static const struct fp_instrument builtins[] = {
    {"AIKO", 1, FP_SRC_AIKO, FP_BASE_TOTAL_COSTS, 7000, 0},
    {"EAKR", 1, FP_SRC_EAKR, FP_BASE_NET_COSTS, 8000, 0},
};

/* Kertakorvaus is allowed when total costs are at most 200 000 € (rakennerahastot.fi). */
#define LUMP_SUM_MAX_TOTAL INT64_C(20000000)

/* The state of one computation: where findings go and whether a sum overflowed. */
struct calc {
    const struct fp_plan *plan;
    struct fp_figures *fig;
    struct fp_diags *d;
    int unsure; /* plan->money_incomplete: a money line was rejected or did not parse (already
                   an error): the sums lack it, so findings about them would only mislead */
};

static void
overflowed(struct calc *c, int line)
{
    if (!c->fig->overflow)
        fp_diag_add(c->d, FP_ERROR, FP_F_OVERFLOW, line,
                    "the amounts add up to more than fundplan can hold (about 92 000 000 000 "
                    "000 000 €)");
    c->fig->overflow = 1;
}

static void
add(struct calc *c, fp_cents *sum, fp_cents v, int line)
{
    if (fp_cents_add(*sum, v, sum) != 0)
        overflowed(c, line);
}

/* "78 958 €" in English messages: findings are written for the preparer at the terminal. */
static const char *
eur(char *buf, size_t n, fp_cents v)
{
    fp_money_format(buf, n, v, FP_LANG_FI, v % 100 ? FP_MONEY_CENTS : FP_MONEY_WHOLE);
    return buf;
}

static const char *
pct(char *buf, size_t n, struct fp_ratio r)
{
    fp_percent_format(buf, n, fp_ratio_percent(r, 2), 2, 1, FP_LANG_FI);
    return buf;
}

static const char *
pct_bp(char *buf, size_t n, fp_bp bp)
{
    fp_percent_format(buf, n, bp, 2, 1, FP_LANG_FI);
    return buf;
}

int
fp_check_instrument(const struct fp_plan *plan, struct fp_instrument *out)
{
    const char *name = plan->instrument.text;
    const struct fp_rules *ru = &plan->rules;
    size_t i;

    if (name == NULL)
        return -1;
    for (i = 0; i < sizeof builtins / sizeof builtins[0]; i++)
        if (strcasecmp(name, builtins[i].name) == 0)
            break;
    if (i < sizeof builtins / sizeof builtins[0]) {
        *out = builtins[i];
    } else {
        /* A plan's own instrument must say at least the cap and which line is the support. */
        if (ru->max_support_rate.line == 0 || ru->support_source_line == 0)
            return -1;
        out->name = name;
        out->builtin = 0;
        out->base = FP_BASE_TOTAL_COSTS;
        out->min_municipal = 0;
    }
    if (ru->max_support_rate.line)
        out->max_rate = ru->max_support_rate.bp;
    if (ru->min_municipal_share.line)
        out->min_municipal = ru->min_municipal_share.bp;
    if (ru->support_base_line)
        out->base = ru->support_base;
    if (ru->support_source_line)
        out->support_source = ru->support_source;
    return 0;
}

/* The blocks that hold a kind of money: the years when split by year, else the whole. */
static void
blocks_for(const struct fp_plan *plan, int by_year, const struct fp_block **list, size_t *n)
{
    if (by_year) {
        for (size_t i = 0; i < plan->nyears; i++)
            list[i] = &plan->years[i];
        *n = plan->nyears;
    } else {
        list[0] = &plan->whole;
        *n = 1;
    }
}

/* Costs of one block: the flat rate computed, the total checked. */
static void
block_costs(struct calc *c, const struct fp_block *b, fp_cents cost[FP_COST_COUNT], fp_cents *total)
{
    int lines = 0, first_line = 0;

    memset(cost, 0, FP_COST_COUNT * sizeof cost[0]);
    *total = 0;
    for (int k = 0; k < FP_COST_COUNT; k++) {
        if (b->cost[k].line) {
            cost[k] = b->cost[k].cents;
            lines++;
            if (!first_line)
                first_line = b->cost[k].line;
        }
    }
    if (b->flat_rate.line) {
        lines++;
        if (fp_cents_apply_bp(cost[FP_COST_STAFF], b->flat_rate.bp, &cost[FP_COST_FLAT_RATE]))
            overflowed(c, b->flat_rate.line);
    }
    if (b->total.line) {
        if (lines) {
            fp_diag_add(c->d, FP_ERROR, FP_F_TOTAL_WITH_LINES, b->total.line,
                        "'total' is given together with cost lines (line %d)",
                        first_line ? first_line : b->flat_rate.line);
            fp_diag_hint(c->d, "give 'total' only when no breakdown is known; else delete it");
        }
        *total = b->total.cents;
        return;
    }
    for (int k = 0; k < FP_COST_COUNT; k++)
        add(c, total, cost[k], b->costs_line);
}

/* A year's entry in fig->years, created in order. */
static struct fp_year_figures *
year_figures(struct fp_figures *fig, int year)
{
    size_t i = 0;
    while (i < fig->nyears && fig->years[i].year < year)
        i++;
    if (i < fig->nyears && fig->years[i].year == year)
        return &fig->years[i];
    if (fig->nyears == FP_MAX_YEARS)
        return NULL;
    memmove(&fig->years[i + 1], &fig->years[i], (fig->nyears - i) * sizeof fig->years[0]);
    memset(&fig->years[i], 0, sizeof fig->years[i]);
    fig->years[i].year = year;
    fig->nyears++;
    return &fig->years[i];
}

static void
compute_costs(struct calc *c)
{
    const struct fp_block *list[FP_MAX_YEARS];
    size_t n;
    int rate_seen = 0;

    blocks_for(c->plan, c->plan->costs_by_year, list, &n);
    c->fig->has_breakdown = 0;
    for (size_t i = 0; i < n; i++) {
        const struct fp_block *b = list[i];
        fp_cents cost[FP_COST_COUNT], total;
        if (c->plan->costs_by_year && !b->costs_line)
            continue;
        block_costs(c, b, cost, &total);
        if (!b->total.line)
            c->fig->has_breakdown = 1;
        for (int k = 0; k < FP_COST_COUNT; k++)
            add(c, &c->fig->cost[k], cost[k], b->costs_line);
        add(c, &c->fig->total_costs, total, b->costs_line);
        if (b->flat_rate.line) {
            if (!rate_seen)
                c->fig->flat_rate = b->flat_rate.bp;
            else if (c->fig->flat_rate != b->flat_rate.bp)
                c->fig->flat_rate = -1;
            rate_seen = 1;
        }
        if (b->year) {
            struct fp_year_figures *y = year_figures(c->fig, b->year);
            if (y) {
                y->has_costs = 1;
                memcpy(y->cost, cost, sizeof y->cost);
                y->flat_rate = b->flat_rate.line ? b->flat_rate.bp : 0;
                y->total_costs = total;
            }
        }
    }
}

static void
compute_income_financing(struct calc *c)
{
    const struct fp_block *list[FP_MAX_YEARS];
    size_t n;

    blocks_for(c->plan, c->plan->income_by_year, list, &n);
    for (size_t i = 0; i < n; i++) {
        const struct fp_block *b = list[i];
        if (c->plan->income_by_year && !b->income_line)
            continue;
        add(c, &c->fig->income, b->income.cents, b->income_line);
        if (b->year) {
            struct fp_year_figures *y = year_figures(c->fig, b->year);
            if (y) {
                y->has_income = 1;
                y->income = b->income.cents;
            }
        }
    }
    blocks_for(c->plan, c->plan->fin_by_year, list, &n);
    for (size_t i = 0; i < n; i++) {
        const struct fp_block *b = list[i];
        struct fp_year_figures *y = NULL;
        if (c->plan->fin_by_year && !b->fin_line)
            continue;
        if (b->year && (y = year_figures(c->fig, b->year)) != NULL)
            y->has_fin = 1;
        for (int s = 0; s < FP_SRC_COUNT; s++) {
            add(c, &c->fig->fin[s], b->fin[s].cents, b->fin_line);
            add(c, &c->fig->total_financing, b->fin[s].cents, b->fin_line);
            if (y) {
                y->fin[s] = b->fin[s].cents;
                add(c, &y->total_financing, b->fin[s].cents, b->fin_line);
            }
        }
    }
}

/* The line of a kind's section header (field: offsetof(struct fp_block, costs_line) or
   fin_line): the undivided section's, or the first year's that has one. */
static int
section_line(const struct fp_plan *plan, int by_year, size_t field)
{
    if (!by_year)
        return *(const int *)((const char *)&plan->whole + field);
    for (size_t i = 0; i < plan->nyears; i++) {
        int line = *(const int *)((const char *)&plan->years[i] + field);
        if (line)
            return line;
    }
    return 0;
}

static int
financing_line(const struct fp_plan *plan)
{
    return section_line(plan, plan->fin_by_year, offsetof(struct fp_block, fin_line));
}

static int
costs_line(const struct fp_plan *plan)
{
    return section_line(plan, plan->costs_by_year, offsetof(struct fp_block, costs_line));
}

/* The line of a financing source's key: in the whole section or the first year giving it;
   else its section header. */
static int
source_line(const struct fp_plan *plan, enum fp_source s)
{
    if (!plan->fin_by_year && plan->whole.fin[s].line)
        return plan->whole.fin[s].line;
    for (size_t i = 0; plan->fin_by_year && i < plan->nyears; i++)
        if (plan->years[i].fin[s].line)
            return plan->years[i].fin[s].line;
    return financing_line(plan);
}

static void
check_balance(struct calc *c)
{
    struct fp_figures *f = c->fig;
    char a[48], b[48], diff[48];

    if (fp_cents_sub(f->total_costs, f->income, &f->net_costs) != 0)
        overflowed(c, 0);
    if (f->income > f->total_costs) {
        fp_diag_add(c->d, FP_ERROR, FP_F_INCOME_EXCEEDS,
                    c->plan->income_by_year ? 0 : c->plan->whole.income.line,
                    "income %s is more than total costs %s", eur(a, sizeof a, f->income),
                    eur(b, sizeof b, f->total_costs));
    }
    if (f->total_costs == 0 && !f->overflow && !c->unsure && costs_line(c->plan)) {
        fp_diag_add(c->d, FP_ERROR, FP_F_NO_COSTS, costs_line(c->plan),
                    "total costs are 0 €: there is nothing to finance");
        fp_diag_hint(c->d, "give the cost lines, e.g. staff = 40 000");
    }
    if (fp_cents_sub(f->total_financing, f->net_costs, &f->balance) != 0)
        overflowed(c, 0);
    if (f->balance != 0 && !f->overflow && !c->unsure && financing_line(c->plan) &&
        costs_line(c->plan)) {
        fp_diag_add(c->d, FP_ERROR, FP_F_FINANCING_MISMATCH, financing_line(c->plan),
                    "financing %s does not cover net costs %s exactly: %s too %s",
                    eur(a, sizeof a, f->total_financing), eur(b, sizeof b, f->net_costs),
                    eur(diff, sizeof diff, f->balance > 0 ? f->balance : -f->balance),
                    f->balance > 0 ? "much" : "little");
        fp_diag_hint(c->d, "the financing lines must add up to total costs − income, to the cent");
    }
}

static void
check_support(struct calc *c)
{
    struct fp_figures *f = c->fig;
    const struct fp_instrument *in = &f->instrument;
    const char *basename = in->base == FP_BASE_NET_COSTS ? "net costs" : "total costs";
    char a[48], b[48], m[48], r[48], mx[48];
    fp_cents cap;

    f->support = f->fin[in->support_source];
    f->support_base = in->base == FP_BASE_NET_COSTS ? f->net_costs : f->total_costs;
    f->support_rate.num = f->support;
    f->support_rate.den = f->support_base > 0 ? f->support_base : 0;
    /* Funders grant whole euros and round the cap down: 70 % of 78 958 € allows 55 270 €. */
    if (fp_cents_floor_bp(f->support_base, in->max_rate, &cap) != 0)
        overflowed(c, 0);
    f->max_support = cap / 100 * 100;
    if (f->support_base <= 0 || f->overflow || c->unsure)
        return;
    if (fp_ratio_cmp(f->support_rate, (struct fp_ratio){in->max_rate, FP_BP_MAX}) > 0) {
        fp_diag_add(c->d, FP_ERROR, FP_F_SUPPORT_RATE, source_line(c->plan, in->support_source),
                    "support %s is %s of %s %s; %s allows at most %s, i.e. %s",
                    eur(a, sizeof a, f->support), pct(r, sizeof r, f->support_rate), basename,
                    eur(b, sizeof b, f->support_base), in->name,
                    pct_bp(mx, sizeof mx, in->max_rate), eur(m, sizeof m, f->max_support));
        fp_diag_hint(c->d, "lower %s to %s or less and raise the other financing by the difference",
                     fp_source_key(in->support_source), eur(m, sizeof m, f->max_support));
    }
}

static void
check_sources(struct calc *c)
{
    struct fp_figures *f = c->fig;
    const struct fp_instrument *in = &f->instrument;
    char a[48], r[48], mn[48];

    if (in->min_municipal > 0 && f->total_financing > 0 && !c->unsure &&
        fp_ratio_cmp(f->share[FP_SRC_MUNICIPAL], (struct fp_ratio){in->min_municipal, FP_BP_MAX}) <
            0) {
        int line = source_line(c->plan, FP_SRC_MUNICIPAL);
        fp_diag_add(c->d, FP_ERROR, FP_F_MUNICIPAL_SHARE,
                    line ? line : c->plan->rules.min_municipal_share.line,
                    "municipal financing %s is %s of total financing; at least %s is required",
                    eur(a, sizeof a, f->fin[FP_SRC_MUNICIPAL]),
                    pct(r, sizeof r, f->share[FP_SRC_MUNICIPAL]),
                    pct_bp(mn, sizeof mn, in->min_municipal));
    }
    if (!in->builtin)
        return;
    /* AIKO money and EAKR money are separate instruments: a plan of one has no line of the
       other. */
    for (int s = FP_SRC_AIKO; s <= FP_SRC_EAKR; s++) {
        if ((enum fp_source)s != in->support_source && f->fin[s] != 0) {
            fp_diag_add(c->d, FP_WARNING, FP_F_SOURCE_MISMATCH,
                        source_line(c->plan, (enum fp_source)s), "an %s plan has %s financing %s",
                        in->name, s == FP_SRC_AIKO ? "AIKO" : "EAKR", eur(a, sizeof a, f->fin[s]));
            fp_diag_hint(c->d, "move it to the '%s' line, or check the instrument",
                         fp_source_key(in->support_source));
        }
    }
}

/* A declared amount matches when the computed one, rounded to the declared precision, is it. */
static void
compare_amount(struct calc *c, const struct fp_amount *dec, fp_cents computed, const char *key,
               const char *what)
{
    fp_cents shown = computed;
    char a[48], b[48];
    if (dec->line == 0 || c->fig->overflow || c->unsure)
        return;
    if (dec->decimals == 0)
        shown = fp_cents_round_euro(computed);
    else if (dec->decimals == 1)
        shown = (computed + 5) / 10 * 10;
    if (shown == dec->cents)
        return;
    fp_diag_add(c->d, FP_WARNING, FP_F_DECLARED_MISMATCH, dec->line,
                "declared %s %s differ from the computed %s", what, eur(a, sizeof a, dec->cents),
                eur(b, sizeof b, computed));
    fp_money_format(b, sizeof b, computed, FP_LANG_FI,
                    (computed % 100 ? FP_MONEY_CENTS : FP_MONEY_WHOLE) | FP_MONEY_NOSYM);
    fp_diag_hint(c->d, "the figures give %s = %s", key, b);
}

static void
check_declared(struct calc *c)
{
    const struct fp_declared *dc = &c->plan->declared;
    struct fp_figures *f = c->fig;
    char a[48], b[48];

    compare_amount(c, &dc->total_costs, f->total_costs, "total_costs", "total costs");
    compare_amount(c, &dc->net_costs, f->net_costs, "net_costs", "net costs");
    compare_amount(c, &dc->total_financing, f->total_financing, "total_financing",
                   "total financing");
    compare_amount(c, &dc->support, f->support, "support", "support");
    if (dc->support_rate.line && f->support_base > 0 && !f->overflow && !c->unsure) {
        int64_t unit = dc->support_rate.decimals == 0   ? 100
                       : dc->support_rate.decimals == 1 ? 10
                                                        : 1;
        int64_t shown = fp_ratio_percent(f->support_rate, dc->support_rate.decimals);
        if (shown * unit != dc->support_rate.bp) {
            fp_diag_add(c->d, FP_WARNING, FP_F_DECLARED_MISMATCH, dc->support_rate.line,
                        "declared support rate %s differs from the computed %s",
                        pct_bp(a, sizeof a, dc->support_rate.bp),
                        pct(b, sizeof b, f->support_rate));
        }
    }
}

static void
check_dates(struct calc *c)
{
    const struct fp_plan *p = c->plan;
    if (p->start.year == 0 || p->end.year == 0)
        return;
    if (fp_date_cmp(p->end, p->start) < 0) {
        char a[32], b[32];
        fp_date_format(a, sizeof a, p->start, FP_LANG_FI);
        fp_date_format(b, sizeof b, p->end, FP_LANG_FI);
        fp_diag_add(c->d, FP_ERROR, FP_F_PERIOD_REVERSED, p->end_line,
                    "the project ends (%s) before it starts (%s)", b, a);
        return;
    }
    for (size_t i = 0; i < p->nyears; i++) {
        const struct fp_block *b = &p->years[i];
        const int lines[] = {b->costs_line, b->income_line, b->fin_line};
        if (b->year >= p->start.year && b->year <= p->end.year)
            continue;
        for (int k = 0; k < 3; k++)
            if (lines[k])
                fp_diag_add(c->d, FP_ERROR, FP_F_YEAR_OUTSIDE, lines[k],
                            "year %d is outside the project period %d-%d", b->year, p->start.year,
                            p->end.year);
    }
}

static void
compute_shares(struct calc *c)
{
    struct fp_figures *f = c->fig;
    f->public_financing = 0;
    for (int s = 0; s < FP_SRC_COUNT; s++) {
        f->share[s].num = f->fin[s];
        f->share[s].den = f->total_financing > 0 ? f->total_financing : 0;
        if (s != FP_SRC_PRIVATE)
            add(c, &f->public_financing, f->fin[s], 0);
    }
    f->public_share.num = f->public_financing;
    f->public_share.den = f->total_financing > 0 ? f->total_financing : 0;
}

static int
has_cents(const struct fp_figures *f)
{
    fp_cents all[] = {f->total_costs, f->income, f->net_costs, f->total_financing};
    for (size_t i = 0; i < sizeof all / sizeof all[0]; i++)
        if (all[i] % 100)
            return 1;
    for (int k = 0; k < FP_COST_COUNT; k++)
        if (f->cost[k] % 100)
            return 1;
    for (int s = 0; s < FP_SRC_COUNT; s++)
        if (f->fin[s] % 100)
            return 1;
    for (size_t i = 0; i < f->nyears; i++) {
        const struct fp_year_figures *y = &f->years[i];
        if (y->total_costs % 100 || y->income % 100 || y->total_financing % 100)
            return 1;
        for (int k = 0; k < FP_COST_COUNT; k++)
            if (y->cost[k] % 100)
                return 1;
    }
    return 0;
}

void
fp_check_plan(const struct fp_plan *plan, struct fp_figures *fig, struct fp_diags *diags)
{
    struct calc c = {plan, fig, diags, 0};

    memset(fig, 0, sizeof *fig);
    c.unsure = plan->money_incomplete;
    if (fp_check_instrument(plan, &fig->instrument) != 0) {
        /* Figures are still computed (AIKO's shape) so a memo can show what is wrong. */
        fig->instrument = builtins[0];
        fig->instrument.name = plan->instrument.text ? plan->instrument.text : "?";
        fig->instrument.builtin = 0;
        if (plan->instrument.text) {
            fp_diag_add(diags, FP_ERROR, FP_F_UNKNOWN_INSTRUMENT, plan->instrument.line,
                        "unknown instrument '%s'", plan->instrument.text);
            fp_diag_hint(diags, "write AIKO or EAKR, or define it in [rules] with "
                                "max_support_rate and support_source");
        }
    }
    check_dates(&c);
    compute_costs(&c);
    compute_income_financing(&c);
    check_balance(&c);
    compute_shares(&c);
    check_support(&c);
    check_sources(&c);
    check_declared(&c);
    if (fig->cost[FP_COST_LUMP_SUM] > 0 && fig->total_costs > LUMP_SUM_MAX_TOTAL)
        fp_diag_add(
            diags, FP_WARNING, FP_F_LUMP_SUM_LIMIT,
            plan->costs_by_year ? costs_line(plan) : plan->whole.cost[FP_COST_LUMP_SUM].line,
            "a lump sum is used, but total costs are above 200 000 €, the limit for lump-sum "
            "projects");
    /* A kind split by year is given for every year: a year without its section has 0. */
    for (size_t i = 0; i < fig->nyears; i++) {
        fig->years[i].has_costs = plan->costs_by_year;
        fig->years[i].has_income = plan->income_by_year;
        fig->years[i].has_fin = plan->fin_by_year;
        /* a year's net costs exist when its income is known: given by year, or none at all */
        fig->years[i].has_net =
            plan->costs_by_year && (plan->income_by_year || (fig->income == 0 && !fig->overflow));
        if (fig->years[i].has_net)
            fig->years[i].net_costs = fig->years[i].total_costs - fig->years[i].income;
    }
    fig->any_cents = has_cents(fig);
    fp_glyphs_check(plan, diags);
}
