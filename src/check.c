/*
 * check.c - computes every figure of a plan exactly and checks it against the rules in force
 * (rules.c): cost model and flat rate, sums, balance by year, the largest allowed support, the
 * EU and state parts, shares, calls' limits, dates. The single source of every number a report
 * prints, and of the decision proposal. Rules and their sources: docs/rules.md.
 * SPDX-License-Identifier: MIT
 */
#include "checks.h"

#include <stddef.h>
#include <string.h>

#include "glyphs.h"
#include "schema.h"

/* The state of one computation: where findings go and whether a sum overflowed. */
struct calc {
    const struct fp_plan *plan;
    struct fp_figures *fig;
    struct fp_diags *d;
    const struct fp_instrument *in;
    int unsure;  /* plan->money_incomplete: a money line was rejected or did not parse (already
                    an error): the sums lack it, so findings about them would only mislead */
    int unknown; /* the instrument is unknown (already an error): it has no support line to judge */
    const struct fp_block *flat; /* the first block with a flat rate: the project's rate */
    fp_cents covered; /* costs on lines a flat rate covers (40 %): they bear no support */
    fp_cents covered_investment; /* the equipment and construction among them */
    const struct fp_call *call;  /* the call the plan answers, or NULL */
};

static void
overflowed(struct calc *c, int line)
{
    if (!c->fig->overflow)
        FP_DIAG(c->d, FP_ERROR, FP_F_OVERFLOW, line, FP_M_F_OVERFLOW);
    c->fig->overflow = 1;
}

static void
add(struct calc *c, fp_cents *sum, fp_cents v, int line)
{
    if (fp_cents_add(*sum, v, sum) != 0)
        overflowed(c, line);
}

/* Whether the figures can be judged: nothing overflowed and no money line was lost. */
static int
sure(const struct calc *c)
{
    return !c->fig->overflow && !c->unsure;
}

/* A rate beside a cap or floor, with as many decimals as it takes to show which side it is on:
   1 399,99 of 14 000 is "9,9999 %", never "10 %" beside "at least 10 %". */
static struct fp_arg
pct_beside(struct fp_ratio r, fp_bp bp)
{
    int d;
    int64_t v = fp_ratio_percent_beside(r, bp, &d);
    return fp_arg_pct(v, d);
}

static struct fp_arg
pct2(struct fp_ratio r)
{
    return fp_arg_pct(fp_ratio_percent(r, 2), 2);
}

/* Who sets a limit, for a sentence "X allows at most ...": the call, [rules] or the instrument. */
static struct fp_arg
owner_arg(const struct calc *c, enum fp_rule r)
{
    const struct fp_call *call = c->call;
    if (c->in->origin[r] == FP_FROM_CALL && call)
        return fp_arg_str(call->name.text ? call->name.text : call->path);
    if (c->in->origin[r] == FP_FROM_PLAN)
        return fp_arg_msg(FP_M_TERM_PLAN_RULES);
    return fp_arg_str(c->in->name);
}

/* ==== Lines of the file the findings point at ==== */

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

/* The blocks that hold a kind of money: the years when split by year, else the whole. */
static size_t
blocks_for(const struct fp_plan *plan, int by_year, const struct fp_block **list)
{
    if (!by_year) {
        list[0] = &plan->whole;
        return 1;
    }
    for (size_t i = 0; i < plan->nyears; i++)
        list[i] = &plan->years[i];
    return plan->nyears;
}

/* The line of a financing source's key: in the whole section or the first year giving it;
   else its section header. */
static int
source_line(const struct fp_plan *plan, enum fp_source s)
{
    const struct fp_block *list[FP_MAX_YEARS];
    size_t n = blocks_for(plan, plan->fin_by_year, list);
    for (size_t i = 0; i < n; i++)
        if (list[i]->fin[s].line)
            return list[i]->fin[s].line;
    return financing_line(plan);
}

/* Likewise for a cost line. */
static int
cost_line(const struct fp_plan *plan, enum fp_cost k)
{
    const struct fp_block *list[FP_MAX_YEARS];
    size_t n = blocks_for(plan, plan->costs_by_year, list);
    for (size_t i = 0; i < n; i++)
        if (list[i]->cost[k].line)
            return list[i]->cost[k].line;
    return costs_line(plan);
}

/* ==== Cost model ==== */

/* The model the plan follows: as stated (cost_model), else as its lines show. One model for
   the whole project (decree 866/2021 § 2): years that state different ones are an error. */
static void
find_cost_model(struct calc *c)
{
    const struct fp_plan *p = c->plan;
    const struct fp_block *list[FP_MAX_YEARS], *stated = NULL;
    size_t n = blocks_for(p, p->costs_by_year, list);
    int lump = 0, flat = 0, lump_line = 0, flat_line = 0;
    enum fp_cost_model shown;

    for (size_t i = 0; i < n; i++) {
        const struct fp_block *b = list[i];
        /* "lump_sum = 0" and "flat_rate = 0 %" (as a template writes them) are no model */
        if (b->cost[FP_COST_LUMP_SUM].line && b->cost[FP_COST_LUMP_SUM].cents > 0 && !lump++)
            lump_line = b->cost[FP_COST_LUMP_SUM].line;
        if (b->flat_rate.line && b->flat_rate.bp > 0 && !flat++) {
            flat_line = b->flat_rate.line;
            c->flat = b;
        }
        if (!b->cost_model.line)
            continue;
        if (stated && stated->cost_model.value != b->cost_model.value) {
            FP_DIAG(c->d, FP_ERROR, FP_F_COST_MODEL, b->cost_model.line, FP_M_F_MODEL_DIFFERS,
                    fp_arg_str(fp_schema_cost_models[b->cost_model.value]),
                    fp_arg_str(fp_schema_cost_models[stated->cost_model.value]),
                    fp_arg_int(stated->cost_model.line));
        } else if (!stated) {
            stated = b;
        }
    }
    shown = lump ? FP_MODEL_LUMP_SUM : flat ? FP_MODEL_FLAT_RATE : FP_MODEL_ACTUAL;
    c->fig->cost_model = stated ? (enum fp_cost_model)stated->cost_model.value : shown;
    c->fig->cost_model_known = stated != NULL; /* decide_rows adds a breakdown's */
    if (stated && shown != c->fig->cost_model) {
        int line = stated->cost_model.line;
        if (shown == FP_MODEL_ACTUAL)
            FP_DIAG(c->d, FP_ERROR, FP_F_COST_MODEL, line, FP_M_F_MODEL_WITHOUT_LINE,
                    fp_arg_str(fp_schema_cost_models[c->fig->cost_model]),
                    fp_arg_str(c->fig->cost_model == FP_MODEL_LUMP_SUM ? "lump_sum" : "flat_rate"));
        else
            FP_DIAG(c->d, FP_ERROR, FP_F_COST_MODEL, line, FP_M_F_MODEL_CONTRADICTED,
                    fp_arg_str(fp_schema_cost_models[c->fig->cost_model]),
                    fp_arg_str(shown == FP_MODEL_LUMP_SUM ? "lump_sum" : "flat_rate"),
                    fp_arg_int(shown == FP_MODEL_LUMP_SUM ? lump_line : flat_line));
    }
    if (!(c->in->cost_models & (1u << c->fig->cost_model)) && (lump || flat || stated)) {
        char allowed[64];
        struct fp_rule_value v = {0, (int64_t)c->in->cost_models, {0, 0, 0}};
        fp_rules_format(allowed, sizeof allowed, FP_RULE_COST_MODELS, &v, FP_LANG_EN);
        FP_DIAG(c->d, FP_ERROR, FP_F_COST_MODEL,
                stated ? stated->cost_model.line
                : lump ? lump_line
                       : flat_line,
                FP_M_F_MODEL_NOT_ALLOWED, fp_arg_str(fp_schema_cost_models[c->fig->cost_model]),
                fp_arg_str(allowed), owner_arg(c, FP_RULE_COST_MODELS));
    }
}

/* The flat-rate definition of the plan's period that matches, or NULL. */
static const struct fp_flat_rate_def *
flat_def(const struct calc *c, fp_bp rate, enum fp_flat_base base)
{
    const struct fp_programme_def *pd = fp_rules_programme(c->in->programme);
    for (const struct fp_flat_rate_def *f = pd ? pd->flat_rates : NULL; f && f->rate; f++)
        if (f->rate == rate && f->base == base)
            return f;
    return NULL;
}

/* The rates of the plan's period, for a message: "24 %, 15 %, 17 %". */
static void
period_rates(const struct calc *c, char *buf, size_t n, enum fp_lang lang)
{
    const struct fp_programme_def *pd = fp_rules_programme(c->in->programme);
    size_t o = 0;
    buf[0] = '\0';
    for (const struct fp_flat_rate_def *f = pd ? pd->flat_rates : NULL; f && f->rate && o < n;
         f++) {
        char r[24];
        fp_percent_format(r, sizeof r, f->rate, 2, 1, lang);
        o += (size_t)snprintf(buf + o, n - o, "%s%s", o ? ", " : "", r);
    }
}

/* A rate the period has only on the other base (7 % of direct costs written as 7 % of staff),
   or NULL. */
static const struct fp_flat_rate_def *
flat_def_other_base(const struct calc *c, fp_bp rate, enum fp_flat_base base)
{
    return flat_def(c, rate, base == FP_FLAT_STAFF ? FP_FLAT_DIRECT : FP_FLAT_STAFF);
}

/* The lines of block b that a rate covering every cost besides staff (40 %) leaves no room for:
   an error on each, and their sum kept out of the largest allowed support. */
static void
check_covered(struct calc *c, const struct fp_block *b, fp_bp rate)
{
    for (int k = 0; k < FP_COST_COUNT; k++) {
        if (k == FP_COST_STAFF || k == FP_COST_FLAT_RATE || b->cost[k].cents == 0)
            continue;
        FP_DIAG(c->d, FP_ERROR, FP_F_COST_MODEL, b->cost[k].line, FP_M_F_FLAT_COVERS,
                fp_arg_bp(rate), fp_arg_msg(FP_M_COST_STAFF + k), fp_arg_eur(b->cost[k].cents),
                fp_arg_str(fp_cost_key((enum fp_cost)k)));
        FP_DIAG_NOTE(c->d, FP_M_N_FLAT_COVERS, fp_arg_str(fp_cost_key((enum fp_cost)k)));
        add(c, &c->covered, b->cost[k].cents, b->cost[k].line);
        if (k == FP_COST_EQUIPMENT || k == FP_COST_CONSTRUCTION)
            add(c, &c->covered_investment, b->cost[k].cents, b->cost[k].line);
    }
}

/* One flat rate for the whole project (decree 866/2021 § 2): a year with another rate or base
   than the first year's is an error. */
static int
flat_rate_differs(struct calc *c, const struct fp_block *b)
{
    const struct fp_block *f = c->flat;
    if (f == NULL || f == b)
        return 0;
    if (b->flat_rate.bp != f->flat_rate.bp) {
        FP_DIAG(c->d, FP_ERROR, FP_F_COST_MODEL, b->flat_rate.line, FP_M_F_FLAT_YEARS_DIFFER,
                fp_arg_bp(b->flat_rate.bp), fp_arg_bp(f->flat_rate.bp),
                fp_arg_int(f->flat_rate.line));
        return 1;
    }
    if (b->flat_rate_base.value != f->flat_rate_base.value) {
        FP_DIAG(c->d, FP_ERROR, FP_F_COST_MODEL,
                b->flat_rate_base.line ? b->flat_rate_base.line : b->flat_rate.line,
                FP_M_F_FLAT_BASE_DIFFERS, fp_arg_str(fp_schema_flat_bases[b->flat_rate_base.value]),
                fp_arg_str(fp_schema_flat_bases[f->flat_rate_base.value]),
                fp_arg_int(f->flat_rate_base.line ? f->flat_rate_base.line : f->flat_rate.line));
        return 1;
    }
    return 0;
}

/* Checks the flat rate of one block against its period's rules. */
static void
check_flat_rate(struct calc *c, const struct fp_block *b, fp_cents base)
{
    const struct fp_flat_rate_def *def;
    enum fp_flat_base fb = (enum fp_flat_base)b->flat_rate_base.value;
    int line = b->flat_rate.line;
    char rates[96];

    if (flat_rate_differs(c, b))
        return;
    if (base == 0 && b->total.line == 0) {
        FP_DIAG(c->d, FP_ERROR, FP_F_FLAT_RATE, line, FP_M_F_FLAT_ZERO_BASE,
                fp_arg_bp(b->flat_rate.bp),
                fp_arg_msg(fb == FP_FLAT_DIRECT ? FP_M_TERM_DIRECT_COSTS : FP_M_TERM_STAFF_COSTS));
        return;
    }
    if (c->in->programme == FP_PROG_UNSET)
        return;
    if (c->in->programme == FP_PROG_2014_2020 && b->flat_rate.bp == 4000) {
        FP_DIAG(c->d, FP_ERROR, FP_F_FLAT_RATE, line, FP_M_F_FLAT_40_IN_2014);
        return;
    }
    def = flat_def(c, b->flat_rate.bp, fb);
    if (def == NULL) {
        period_rates(c, rates, sizeof rates, fp_msg_lang); /* a note: the preparer's language */
        FP_DIAG(c->d, FP_WARNING, FP_F_FLAT_RATE, line, FP_M_F_FLAT_UNUSUAL,
                fp_arg_bp(b->flat_rate.bp), fp_arg_str(fp_rules_programme(c->in->programme)->name));
        if (flat_def_other_base(c, b->flat_rate.bp, fb))
            FP_DIAG_NOTE(
                c->d, FP_M_N_FLAT_BASE, fp_arg_bp(b->flat_rate.bp),
                fp_arg_msg(fb == FP_FLAT_STAFF ? FP_M_TERM_DIRECT_COSTS : FP_M_TERM_STAFF_COSTS),
                fp_arg_str(
                    fp_schema_flat_bases[fb == FP_FLAT_STAFF ? FP_FLAT_DIRECT : FP_FLAT_STAFF]));
        else
            FP_DIAG_NOTE(c->d, FP_M_N_FLAT_RATES, fp_arg_str(rates));
        return;
    }
    if (def->flags & FP_FLAT_OTHER_FUND)
        FP_DIAG(c->d, FP_WARNING, FP_F_FLAT_RATE, line, FP_M_F_FLAT_ESF,
                fp_arg_bp(b->flat_rate.bp));
    if ((def->flags & FP_FLAT_COVERS_TRAVEL) && b->cost[FP_COST_TRAVEL].cents > 0)
        FP_DIAG(c->d, FP_WARNING, FP_F_FLAT_RATE, b->cost[FP_COST_TRAVEL].line,
                FP_M_F_FLAT_COVERS_TRAVEL, fp_arg_bp(b->flat_rate.bp),
                fp_arg_eur(b->cost[FP_COST_TRAVEL].cents));
    if (def->flags & FP_FLAT_ONLY_STAFF)
        check_covered(c, b, b->flat_rate.bp);
    /* 40 % is a development project's rate, 1,5 % an investment project's */
    if ((def->flags & FP_FLAT_ONLY_STAFF) && c->in->type == FP_TYPE_INVESTMENT)
        FP_DIAG(c->d, FP_WARNING, FP_F_FLAT_RATE, line, FP_M_F_FLAT_NOT_INVESTMENT,
                fp_arg_bp(b->flat_rate.bp));
    if ((def->flags & FP_FLAT_INVESTMENT) && c->in->type != FP_TYPE_INVESTMENT)
        FP_DIAG(c->d, FP_WARNING, FP_F_FLAT_RATE, line, FP_M_F_FLAT_ONLY_INVESTMENT,
                fp_arg_bp(b->flat_rate.bp));
}

/* A year without the flat_rate line in a flat-rate project: the project's rate still covers
   what it covers (a 40 % rate leaves no room for other lines in any year). */
static void
check_year_without_rate(struct calc *c, const struct fp_block *b)
{
    const struct fp_block *f = c->flat;
    const struct fp_flat_rate_def *def;
    if (f == NULL || c->unsure || c->fig->cost_model != FP_MODEL_FLAT_RATE)
        return;
    def = flat_def(c, f->flat_rate.bp, (enum fp_flat_base)f->flat_rate_base.value);
    if (def && (def->flags & FP_FLAT_ONLY_STAFF))
        check_covered(c, b, f->flat_rate.bp);
    /* staff costs in a year that forgot the rate get none: the project's rate is one */
    if (b->cost[FP_COST_STAFF].cents > 0 && b->costs_line)
        FP_DIAG(c->d, FP_WARNING, FP_F_FLAT_RATE, b->costs_line, FP_M_F_FLAT_YEAR_WITHOUT,
                fp_arg_int(b->year), fp_arg_bp(f->flat_rate.bp), fp_arg_int(f->flat_rate.line));
}

/* A lump-sum plan: the lump sum alone, within the limit. */
static void
check_lump_sum(struct calc *c, const struct fp_block *b)
{
    for (int k = 0; k < FP_COST_COUNT; k++) {
        if (k == FP_COST_LUMP_SUM || k == FP_COST_FLAT_RATE || b->cost[k].cents == 0)
            continue;
        FP_DIAG(c->d, FP_ERROR, FP_F_COST_MODEL, b->cost[k].line, FP_M_F_LUMP_WITH_LINE,
                fp_arg_msg(FP_M_COST_STAFF + k), fp_arg_eur(b->cost[k].cents),
                fp_arg_str(fp_cost_key((enum fp_cost)k)));
        FP_DIAG_NOTE(c->d, FP_M_N_LUMP_ALONE);
    }
    if (b->flat_rate.line)
        FP_DIAG(c->d, FP_ERROR, FP_F_COST_MODEL, b->flat_rate.line, FP_M_F_LUMP_WITH_FLAT);
}

/* ==== Costs ==== */

/* Costs of one block: the flat rate computed in the period's rounding, the total. */
static void
block_costs(struct calc *c, const struct fp_block *b, fp_cents cost[FP_COST_COUNT], fp_cents *total)
{
    int lines = 0, first_line = 0;
    fp_cents base = 0;

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
        if (b->flat_rate_base.value == FP_FLAT_DIRECT) {
            /* direct costs: every line claimed as such; in-kind work and a lump sum are not */
            static const enum fp_cost direct[] = {FP_COST_STAFF,        FP_COST_PURCHASED,
                                                  FP_COST_TRAVEL,       FP_COST_EQUIPMENT,
                                                  FP_COST_CONSTRUCTION, FP_COST_OTHER};
            for (size_t i = 0; i < sizeof direct / sizeof direct[0]; i++)
                add(c, &base, cost[direct[i]], b->flat_rate.line);
        } else {
            base = cost[FP_COST_STAFF];
        }
        if (fp_cents_apply_bp(base, b->flat_rate.bp, &cost[FP_COST_FLAT_RATE]))
            overflowed(c, b->flat_rate.line);
        /* the 2014-2020 system kept whole euros: 24 % × 12 345 € is 2 963 €, not 2 962,80 € */
        if (c->in->euro_rounding)
            cost[FP_COST_FLAT_RATE] = fp_cents_round_euro(cost[FP_COST_FLAT_RATE]);
        /* "flat_rate = 0 %", as a template writes it, is no flat rate to judge */
        if (c->fig->cost_model == FP_MODEL_FLAT_RATE && !c->unsure && b->flat_rate.bp > 0)
            check_flat_rate(c, b, base);
    }
    if (b->flat_rate.line == 0 || b->flat_rate.bp == 0)
        check_year_without_rate(c, b);
    if (c->fig->cost_model == FP_MODEL_LUMP_SUM && b->cost[FP_COST_LUMP_SUM].cents > 0)
        check_lump_sum(c, b);
    if (b->total.line) {
        if (lines) {
            FP_DIAG(c->d, FP_ERROR, FP_F_TOTAL_WITH_LINES, b->total.line, FP_M_F_TOTAL_WITH_LINES,
                    fp_arg_int(first_line ? first_line : b->flat_rate.line));
            FP_DIAG_NOTE(c->d, FP_M_N_TOTAL_ALONE);
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
    size_t n = blocks_for(c->plan, c->plan->costs_by_year, list);
    int rate_seen = 0;

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
            if (!rate_seen) {
                c->fig->flat_rate = b->flat_rate.bp;
                c->fig->flat_base = (enum fp_flat_base)b->flat_rate_base.value;
            } else if (c->fig->flat_rate != b->flat_rate.bp) {
                c->fig->flat_rate = -1;
            }
            rate_seen = 1;
        }
        if (b->year) {
            struct fp_year_figures *y = year_figures(c->fig, b->year);
            if (y) {
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
    size_t n = blocks_for(c->plan, c->plan->income_by_year, list);

    for (size_t i = 0; i < n; i++) {
        const struct fp_block *b = list[i];
        struct fp_year_figures *y;
        if (c->plan->income_by_year && !b->income_line)
            continue;
        add(c, &c->fig->income, b->income.cents, b->income_line);
        if (b->year && (y = year_figures(c->fig, b->year)) != NULL)
            y->income = b->income.cents;
    }
    n = blocks_for(c->plan, c->plan->fin_by_year, list);
    for (size_t i = 0; i < n; i++) {
        const struct fp_block *b = list[i];
        struct fp_year_figures *y = NULL;
        if (c->plan->fin_by_year && !b->fin_line)
            continue;
        if (b->year)
            y = year_figures(c->fig, b->year);
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

/* A kind split by year is given for every year: a year without its section has 0. */
static void
finish_years(struct calc *c)
{
    struct fp_figures *f = c->fig;
    const struct fp_plan *p = c->plan;
    for (size_t i = 0; i < f->nyears; i++) {
        struct fp_year_figures *y = &f->years[i];
        y->has_costs = p->costs_by_year;
        y->has_income = p->income_by_year;
        y->has_fin = p->fin_by_year;
        /* a year's net costs exist when its income is known: given by year, or none at all */
        y->has_net = p->costs_by_year && (p->income_by_year || (f->income == 0 && !f->overflow));
        if (y->has_net)
            y->net_costs = y->total_costs - y->income;
        y->has_balance = y->has_net && y->has_fin;
        if (y->has_balance)
            y->balance = y->total_financing - y->net_costs;
    }
}

/* ==== Balance ==== */

static void
check_balance(struct calc *c)
{
    struct fp_figures *f = c->fig;

    if (fp_cents_sub(f->total_costs, f->income, &f->net_costs) != 0)
        overflowed(c, 0);
    if (f->income > f->total_costs)
        FP_DIAG(c->d, FP_ERROR, FP_F_INCOME_EXCEEDS,
                c->plan->income_by_year ? 0 : c->plan->whole.income.line, FP_M_F_INCOME_EXCEEDS,
                fp_arg_eur(f->income), fp_arg_eur(f->total_costs));
    if (f->total_costs == 0 && sure(c) && costs_line(c->plan)) {
        FP_DIAG(c->d, FP_ERROR, FP_F_NO_COSTS, costs_line(c->plan), FP_M_F_NO_COSTS);
        FP_DIAG_NOTE(c->d, FP_M_N_NO_COSTS);
    }
    if (fp_cents_sub(f->total_financing, f->net_costs, &f->balance) != 0)
        overflowed(c, 0);
    if (f->balance != 0 && sure(c) && financing_line(c->plan) && costs_line(c->plan)) {
        FP_DIAG(c->d, FP_ERROR, FP_F_FINANCING_MISMATCH, financing_line(c->plan),
                f->balance > 0 ? FP_M_F_FINANCING_TOO_MUCH : FP_M_F_FINANCING_TOO_LITTLE,
                fp_arg_eur(f->total_financing), fp_arg_eur(f->net_costs),
                fp_arg_eur(f->balance > 0 ? f->balance : -f->balance));
        FP_DIAG_NOTE(c->d, FP_M_N_FINANCING_SUM);
    }
}

/* Financing by year against each year's net costs. */
static void
check_years_balance(struct calc *c)
{
    const struct fp_plan *p = c->plan;
    if (!sure(c))
        return;
    for (size_t i = 0; i < c->fig->nyears; i++) {
        const struct fp_year_figures *y = &c->fig->years[i];
        const struct fp_block *b = NULL;
        if (!y->has_balance || y->balance == 0)
            continue;
        for (size_t k = 0; k < p->nyears; k++)
            if (p->years[k].year == y->year)
                b = &p->years[k];
        FP_DIAG(c->d, c->in->yearly_balance_error ? FP_ERROR : FP_WARNING, FP_F_YEARLY_BALANCE,
                b && b->fin_line ? b->fin_line : financing_line(p),
                y->balance > 0 ? FP_M_F_YEAR_TOO_MUCH : FP_M_F_YEAR_TOO_LITTLE, fp_arg_int(y->year),
                fp_arg_eur(y->total_financing), fp_arg_eur(y->net_costs),
                fp_arg_eur(y->balance > 0 ? y->balance : -y->balance));
        FP_DIAG_NOTE(c->d, FP_M_N_YEAR_BALANCE);
    }
}

/* ==== Support ==== */

static void
compute_shares(struct calc *c)
{
    struct fp_figures *f = c->fig;
    for (int s = 0; s < FP_SRC_COUNT; s++) {
        f->share[s].num = f->fin[s];
        f->share[s].den = f->total_financing > 0 ? f->total_financing : 0;
        if (s != FP_SRC_PRIVATE && s != FP_SRC_IN_KIND)
            add(c, &f->public_financing, f->fin[s], 0);
    }
    f->own_financing = f->fin[FP_SRC_MUNICIPAL] + f->fin[FP_SRC_OTHER_PUBLIC] +
                       f->fin[FP_SRC_PRIVATE] + f->fin[FP_SRC_IN_KIND];
    f->public_share.num = f->public_financing;
    f->public_share.den = f->total_financing > 0 ? f->total_financing : 0;
}

/*
 * The largest allowed support, to the cent: the rate(s) on the base, then the call's euro
 * maximum, then the in-kind limit (public support may not exceed total costs less in-kind
 * work). Costs on lines a 40 % flat rate covers are no part of the base (they are errors, and
 * the plan asks for their support too much). Development projects with an investment rate:
 * equipment and construction are the investment part; income is taken from the other part
 * first (it is the part it came from).
 */
static void
compute_cap(struct calc *c)
{
    struct fp_figures *f = c->fig;
    const struct fp_instrument *in = c->in;
    fp_cents cap, eligible;

    f->support = f->fin[in->support_source];
    f->support_base = in->base == FP_BASE_NET_COSTS ? f->net_costs : f->total_costs;
    f->support_rate.num = f->support;
    f->support_rate.den = f->support_base > 0 ? f->support_base : 0;
    f->cap = FP_CAP_RATE;
    eligible = f->support_base - c->covered;
    if (eligible < 0)
        eligible = 0;
    if (in->type == FP_TYPE_INVESTMENT && in->investment_rate > 0) {
        if (fp_cents_floor_bp(eligible, in->investment_rate, &cap) != 0)
            overflowed(c, 0);
    } else if (in->investment_rate > 0 && in->investment_rate != in->max_rate) {
        fp_cents inv =
            f->cost[FP_COST_EQUIPMENT] + f->cost[FP_COST_CONSTRUCTION] - c->covered_investment;
        f->investment_base = inv < eligible ? inv : eligible;
        if (f->investment_base < 0)
            f->investment_base = 0;
        if (fp_cents_floor_bp2(eligible - f->investment_base, in->max_rate, f->investment_base,
                               in->investment_rate, &cap) != 0)
            overflowed(c, 0);
        if (f->investment_base > 0)
            f->cap = FP_CAP_RATES;
    } else if (fp_cents_floor_bp(eligible, in->max_rate, &cap) != 0) {
        overflowed(c, 0);
    }
    if (cap < 0)
        cap = 0;
    f->rate_cap = cap;
    if (in->max_support > 0 && in->max_support < cap) {
        cap = in->max_support;
        f->cap = FP_CAP_CALL;
    }
    if (f->fin[FP_SRC_IN_KIND] > 0 || f->cost[FP_COST_IN_KIND] > 0) {
        fp_cents other_public = f->public_financing - f->support;
        fp_cents limit = f->total_costs - f->cost[FP_COST_IN_KIND] - other_public;
        if (limit < 0)
            limit = 0;
        if (limit < cap) {
            cap = limit;
            f->cap = FP_CAP_IN_KIND;
        }
    }
    f->max_support = cap;
}

/* Where a limit comes from, for the preparer: "calls/x.ini:14", "line 40" or the defaults. */
static struct fp_arg
origin_arg(const struct calc *c, enum fp_rule r, const struct fp_call *call, char *buf, size_t n)
{
    const struct fp_instrument *in = c->in;
    if (in->origin[r] == FP_FROM_CALL && call) {
        snprintf(buf, n, "%s:%d", call->path ? call->path : "?", in->line[r]);
        return fp_arg_str(buf);
    }
    if (in->origin[r] == FP_FROM_PLAN)
        return fp_arg_msg(FP_M_TERM_PLAN_RULES);
    return fp_arg_msg(FP_M_TERM_DEFAULT_RULES);
}

static void
check_support(struct calc *c, const struct fp_call *call)
{
    struct fp_figures *f = c->fig;
    const struct fp_instrument *in = c->in;
    int line = source_line(c->plan, in->support_source);
    char where[512];

    if (f->support_base <= 0 || !sure(c) || c->unknown)
        return;
    if (f->support == 0 && financing_line(c->plan)) {
        FP_DIAG(c->d, FP_ERROR, FP_F_NO_SUPPORT, line, FP_M_F_NO_SUPPORT, fp_arg_str(in->name),
                fp_arg_str(fp_source_key(in->support_source)));
        return;
    }
    if (f->support > f->max_support && f->cap != FP_CAP_IN_KIND) {
        switch (f->cap) {
        case FP_CAP_RATE:
            if (c->covered > 0) {
                FP_DIAG(c->d, FP_ERROR, FP_F_SUPPORT_RATE, line, FP_M_F_SUPPORT_ABOVE_COVERED,
                        fp_arg_eur(f->support), fp_arg_eur(f->max_support), fp_arg_bp(in->max_rate),
                        fp_arg_eur(f->support_base - c->covered), fp_arg_eur(c->covered));
                break;
            }
            FP_DIAG(c->d, FP_ERROR, FP_F_SUPPORT_RATE, line, FP_M_F_SUPPORT_ABOVE_RATE,
                    fp_arg_eur(f->support), pct_beside(f->support_rate, in->max_rate),
                    fp_arg_msg(in->base == FP_BASE_NET_COSTS ? FP_M_TERM_NET_COSTS
                                                             : FP_M_TERM_TOTAL_COSTS),
                    fp_arg_eur(f->support_base), owner_arg(c, FP_RULE_MAX_SUPPORT_RATE),
                    fp_arg_bp(in->max_rate), fp_arg_eur(f->max_support));
            break;
        case FP_CAP_RATES:
            FP_DIAG(c->d, FP_ERROR, FP_F_SUPPORT_RATE, line, FP_M_F_SUPPORT_ABOVE_RATES,
                    fp_arg_eur(f->support), fp_arg_eur(f->max_support), fp_arg_bp(in->max_rate),
                    fp_arg_eur(f->support_base - f->investment_base),
                    fp_arg_bp(in->investment_rate), fp_arg_eur(f->investment_base));
            break;
        case FP_CAP_CALL:
        case FP_CAP_IN_KIND:
            FP_DIAG(c->d, FP_ERROR, FP_F_CALL_LIMIT, line, FP_M_F_SUPPORT_ABOVE_MAX,
                    fp_arg_eur(f->support), fp_arg_eur(f->max_support),
                    origin_arg(c, FP_RULE_MAX_SUPPORT, call, where, sizeof where));
            break;
        }
        FP_DIAG_NOTE(c->d, FP_M_N_LOWER_SUPPORT, fp_arg_str(fp_source_key(in->support_source)),
                     fp_arg_eur(f->max_support));
    }
    if (in->min_support > 0 && f->support < in->min_support)
        FP_DIAG(c->d, FP_ERROR, FP_F_CALL_LIMIT, line, FP_M_F_SUPPORT_BELOW_MIN,
                fp_arg_eur(f->support), fp_arg_eur(in->min_support),
                origin_arg(c, FP_RULE_MIN_SUPPORT, call, where, sizeof where));
}

/* In-kind work: the same in costs and financing, and public support within its limit. */
static void
check_in_kind(struct calc *c)
{
    struct fp_figures *f = c->fig;
    fp_cents in_cost = f->cost[FP_COST_IN_KIND], in_fin = f->fin[FP_SRC_IN_KIND];
    if (!sure(c) || (in_cost == 0 && in_fin == 0))
        return;
    if (in_cost != in_fin)
        FP_DIAG(c->d, FP_ERROR, FP_F_IN_KIND,
                in_fin ? source_line(c->plan, FP_SRC_IN_KIND) : cost_line(c->plan, FP_COST_IN_KIND),
                FP_M_F_IN_KIND_UNMATCHED, fp_arg_eur(in_cost), fp_arg_eur(in_fin));
    if (f->public_financing > f->total_costs - in_cost)
        FP_DIAG(c->d, FP_ERROR, FP_F_IN_KIND, source_line(c->plan, c->in->support_source),
                FP_M_F_IN_KIND_PUBLIC, fp_arg_eur(f->public_financing),
                fp_arg_eur(f->total_costs - in_cost), fp_arg_eur(in_cost));
}

/* Money on another instrument's support line: an AIKO plan cannot hold EAKR money. */
static void
check_sources(struct calc *c)
{
    static const enum fp_source lines[] = {FP_SRC_AIKO, FP_SRC_AKKE, FP_SRC_EAKR};
    const struct fp_instrument *in = c->in;
    if (!in->builtin)
        return;
    for (size_t i = 0; i < sizeof lines / sizeof lines[0]; i++) {
        enum fp_source s = lines[i];
        if (s == in->support_source || c->fig->fin[s] == 0)
            continue;
        FP_DIAG(c->d, FP_ERROR, FP_F_SOURCE_MISMATCH, source_line(c->plan, s),
                FP_M_F_SOURCE_MISMATCH, fp_arg_str(in->name), fp_arg_msg(FP_M_SRC_AIKO + s),
                fp_arg_eur(c->fig->fin[s]), fp_arg_str(fp_source_key(s)));
        FP_DIAG_NOTE(c->d, FP_M_N_MOVE_SOURCE, fp_arg_str(fp_source_key(in->support_source)));
    }
}

/* The floors on the municipal and the own share, of total financing or of total costs. */
static void
check_shares(struct calc *c, const struct fp_call *call)
{
    struct fp_figures *f = c->fig;
    const struct fp_instrument *in = c->in;
    fp_cents base = in->share_base_total ? f->total_costs : f->total_financing;
    enum fp_msg of = in->share_base_total ? FP_M_TERM_OF_TOTAL_COSTS : FP_M_TERM_OF_FINANCING;
    char where[512];
    if (base <= 0 || !sure(c))
        return;
    if (in->min_municipal > 0 &&
        fp_ratio_cmp((struct fp_ratio){f->fin[FP_SRC_MUNICIPAL], base},
                     (struct fp_ratio){in->min_municipal, FP_BP_MAX}) < 0) {
        int line = source_line(c->plan, FP_SRC_MUNICIPAL);
        FP_DIAG(c->d, FP_ERROR, FP_F_MUNICIPAL_SHARE, line, FP_M_F_MUNICIPAL_LOW,
                fp_arg_eur(f->fin[FP_SRC_MUNICIPAL]),
                pct_beside((struct fp_ratio){f->fin[FP_SRC_MUNICIPAL], base}, in->min_municipal),
                fp_arg_msg(of), fp_arg_bp(in->min_municipal),
                origin_arg(c, FP_RULE_MIN_MUNICIPAL_SHARE, call, where, sizeof where));
    }
    if (in->min_own > 0 && fp_ratio_cmp((struct fp_ratio){f->own_financing, base},
                                        (struct fp_ratio){in->min_own, FP_BP_MAX}) < 0) {
        FP_DIAG(c->d, FP_ERROR, FP_F_OWN_SHARE, financing_line(c->plan), FP_M_F_OWN_LOW,
                fp_arg_eur(f->own_financing),
                pct_beside((struct fp_ratio){f->own_financing, base}, in->min_own), fp_arg_msg(of),
                fp_arg_bp(in->min_own),
                origin_arg(c, FP_RULE_MIN_OWN_SHARE, call, where, sizeof where));
    }
}

/* The call's limits on costs and the lump sum. */
static void
check_cost_limits(struct calc *c, const struct fp_call *call)
{
    struct fp_figures *f = c->fig;
    const struct fp_instrument *in = c->in;
    char where[512];
    if (!sure(c))
        return;
    if (in->max_total_costs > 0 && f->total_costs > in->max_total_costs)
        FP_DIAG(c->d, FP_ERROR, FP_F_CALL_LIMIT, costs_line(c->plan), FP_M_F_COSTS_ABOVE_MAX,
                fp_arg_eur(f->total_costs), fp_arg_eur(in->max_total_costs),
                origin_arg(c, FP_RULE_MAX_TOTAL_COSTS, call, where, sizeof where));
    if (f->cost_model == FP_MODEL_LUMP_SUM && in->max_lump_sum > 0 &&
        f->cost[FP_COST_LUMP_SUM] > in->max_lump_sum)
        FP_DIAG(c->d, FP_ERROR, FP_F_LUMP_SUM_LIMIT, cost_line(c->plan, FP_COST_LUMP_SUM),
                FP_M_F_LUMP_SUM_LIMIT, fp_arg_eur(f->cost[FP_COST_LUMP_SUM]),
                fp_arg_eur(in->max_lump_sum));
}

/* The EU part of the support line and the state part: EU = rate × public financing (the
   support line, municipal and other public money; or the support line alone), half-up to the
   cent; the state part is the rest of the line. Another instrument's line is no part of it
   (that money is an error of its own), and a support line of 0 has no parts. */
static void
compute_eu_split(struct calc *c)
{
    struct fp_figures *f = c->fig;
    const struct fp_instrument *in = c->in;
    fp_cents base = f->support;
    if (!in->eu_split)
        return;
    f->has_eu_split = 1;
    if (f->support <= 0)
        return;
    if (!in->eu_share_base_support) {
        add(c, &base, f->fin[FP_SRC_MUNICIPAL], 0);
        add(c, &base, f->fin[FP_SRC_OTHER_PUBLIC], 0);
    }
    if (fp_cents_apply_bp(base, in->eu_share, &f->eu) != 0)
        overflowed(c, 0);
    f->state = f->support - f->eu;
    if (f->state < 0 && sure(c))
        FP_DIAG(c->d, FP_ERROR, FP_F_EU_SHARE, source_line(c->plan, in->support_source),
                FP_M_F_STATE_NEGATIVE, fp_arg_eur(f->eu), fp_arg_bp(in->eu_share), fp_arg_eur(base),
                fp_arg_eur(f->support));
}

/* ==== Dates ==== */

/* The last day of a period of n months from start: start + n months (the day clamped to that
   month's last day), less a day. 1.7.2023 and 18 months end on 31.12.2024. */
static struct fp_date
last_day_of_months(struct fp_date start, int n)
{
    int i = start.month - 1 + n;
    struct fp_date first = {start.year + i / 12, i % 12 + 1, 1};
    struct fp_date next = {first.year + first.month / 12, first.month % 12 + 1, 1};
    int64_t day = fp_date_days(first) + start.day - 1, last = fp_date_days(next) - 1;
    if (day > last)
        day = last;
    return fp_date_from_unix((day - 1) * 86400);
}

/* The longest period a call allows, to the day: the months shown are rounded half-up, so a
   period half a month too long still shows as the limit and needs its own words. */
static void
check_max_months(struct calc *c, const struct fp_call *call)
{
    const struct fp_plan *p = c->plan;
    int max = c->in->max_months;
    struct fp_date last;
    char where[512];

    if (max == 0)
        return;
    last = last_day_of_months(p->start.date, max);
    if (fp_date_cmp(p->end.date, last) <= 0)
        return;
    if (c->fig->months > max)
        FP_DIAG(c->d, FP_ERROR, FP_F_CALL_LIMIT, p->end.line, FP_M_F_TOO_LONG,
                fp_arg_int(c->fig->months), fp_arg_int(max),
                origin_arg(c, FP_RULE_MAX_MONTHS, call, where, sizeof where));
    else
        FP_DIAG(c->d, FP_ERROR, FP_F_CALL_LIMIT, p->end.line, FP_M_F_TOO_LONG_DAYS,
                fp_arg_date(p->end.date), fp_arg_date(last), fp_arg_int(max),
                origin_arg(c, FP_RULE_MAX_MONTHS, call, where, sizeof where));
}

static void
check_dates(struct calc *c, const struct fp_call *call)
{
    const struct fp_plan *p = c->plan;
    const struct fp_instrument *in = c->in;
    struct fp_date start = p->start.date, end = p->end.date;
    char where[512];

    if (start.year == 0 || end.year == 0)
        return;
    if (fp_date_cmp(end, start) < 0) {
        FP_DIAG(c->d, FP_ERROR, FP_F_PERIOD_REVERSED, p->end.line, FP_M_F_PERIOD_REVERSED,
                fp_arg_date(end), fp_arg_date(start));
        return;
    }
    c->fig->months = fp_date_months(start, end);
    for (size_t i = 0; i < p->nyears; i++) {
        const struct fp_block *b = &p->years[i];
        const int lines[] = {b->costs_line, b->income_line, b->fin_line};
        if (b->year >= start.year && b->year <= end.year)
            continue;
        for (int k = 0; k < 3; k++)
            if (lines[k])
                FP_DIAG(c->d, FP_ERROR, FP_F_YEAR_OUTSIDE, lines[k], FP_M_F_YEAR_OUTSIDE,
                        fp_arg_int(b->year), fp_arg_int(start.year), fp_arg_int(end.year));
    }
    if (!p->programme.line && in->programme == FP_PROG_UNSET && in->builtin)
        /* before 2014 or after 2029: no period fundplan knows; the latest period's rules apply */
        FP_DIAG(c->d, FP_WARNING, FP_F_PROGRAMME_PERIOD, p->start.line, FP_M_F_PROGRAMME_UNKNOWN,
                fp_arg_date(start));
    if (p->programme.line) {
        const struct fp_programme_def *pd = fp_rules_programme(in->programme);
        if (pd && (fp_date_cmp(start, pd->first) < 0 || fp_date_cmp(start, pd->last) > 0))
            FP_DIAG(c->d, FP_WARNING, FP_F_PROGRAMME_PERIOD, p->programme.line,
                    FP_M_F_PROGRAMME_DATES, fp_arg_str(pd->name), fp_arg_date(start));
    }
    if (in->eligible_until.year && fp_date_cmp(end, in->eligible_until) > 0)
        FP_DIAG(c->d, FP_ERROR, FP_F_ELIGIBILITY_END, p->end.line, FP_M_F_AFTER_ELIGIBILITY,
                fp_arg_date(end), fp_arg_date(in->eligible_until),
                fp_arg_str(fp_rules_programme(in->programme)->name));
    if (in->def && in->def->last_year && start.year > in->def->last_year)
        FP_DIAG(c->d, FP_WARNING, FP_F_INSTRUMENT_PERIOD, p->instrument.line,
                FP_M_F_INSTRUMENT_ENDED, fp_arg_str(in->name), fp_arg_int(in->def->first_year),
                fp_arg_int(in->def->last_year));
    if (in->def && in->def->first_year && start.year < in->def->first_year)
        FP_DIAG(c->d, FP_WARNING, FP_F_INSTRUMENT_PERIOD, p->instrument.line,
                FP_M_F_INSTRUMENT_NOT_YET, fp_arg_str(in->name), fp_arg_int(in->def->first_year));
    if (in->start_from.year && fp_date_cmp(start, in->start_from) < 0)
        FP_DIAG(c->d, FP_ERROR, FP_F_CALL_LIMIT, p->start.line, FP_M_F_STARTS_TOO_EARLY,
                fp_arg_date(start), fp_arg_date(in->start_from),
                origin_arg(c, FP_RULE_START_FROM, call, where, sizeof where));
    if (in->end_by.year && fp_date_cmp(end, in->end_by) > 0)
        FP_DIAG(c->d, FP_ERROR, FP_F_CALL_LIMIT, p->end.line, FP_M_F_ENDS_TOO_LATE,
                fp_arg_date(end), fp_arg_date(in->end_by),
                origin_arg(c, FP_RULE_END_BY, call, where, sizeof where));
    check_max_months(c, call);
}

/* ==== Declared figures ==== */

/* A declared amount matches when the computed one, rounded to the declared precision, is it. */
static void
compare_amount(struct calc *c, const struct fp_amount *dec, fp_cents computed, const char *key,
               enum fp_msg msg)
{
    fp_cents shown = computed;
    if (dec->line == 0 || !sure(c))
        return;
    if (dec->decimals == 0)
        shown = fp_cents_round_euro(computed);
    else if (dec->decimals == 1)
        shown = (computed + 5) / 10 * 10;
    if (shown == dec->cents)
        return;
    FP_DIAG(c->d, FP_WARNING, FP_F_DECLARED_MISMATCH, dec->line, msg, fp_arg_eur(dec->cents),
            fp_arg_eur(computed));
    {
        /* the value to write in the file, in the file's own number format */
        char v[48];
        fp_money_format(v, sizeof v, computed, FP_LANG_FI,
                        (computed % 100 ? FP_MONEY_CENTS : FP_MONEY_WHOLE) | FP_MONEY_NOSYM);
        FP_DIAG_NOTE(c->d, FP_M_N_FIGURES_GIVE, fp_arg_str(key), fp_arg_str(v));
    }
}

static void
check_declared(struct calc *c)
{
    const struct fp_declared *dc = &c->plan->declared;
    struct fp_figures *f = c->fig;

    compare_amount(c, &dc->total_costs, f->total_costs, "total_costs", FP_M_F_DECLARED_TOTAL_COSTS);
    compare_amount(c, &dc->net_costs, f->net_costs, "net_costs", FP_M_F_DECLARED_NET_COSTS);
    compare_amount(c, &dc->total_financing, f->total_financing, "total_financing",
                   FP_M_F_DECLARED_FINANCING);
    compare_amount(c, &dc->support, f->support, "support", FP_M_F_DECLARED_SUPPORT);
    if (dc->support_rate.line && f->support_base > 0 && sure(c)) {
        int64_t unit = dc->support_rate.decimals == 0   ? 100
                       : dc->support_rate.decimals == 1 ? 10
                                                        : 1;
        int64_t shown = fp_ratio_percent(f->support_rate, dc->support_rate.decimals);
        if (shown * unit != dc->support_rate.bp)
            FP_DIAG(c->d, FP_WARNING, FP_F_DECLARED_MISMATCH, dc->support_rate.line,
                    FP_M_F_DECLARED_RATE, fp_arg_bp(dc->support_rate.bp), pct2(f->support_rate));
    }
}

/* ==== What reports show ==== */

/* Rows: lines with money, lines the plan gives (even at 0), and always the support line. */
static void
decide_rows(struct calc *c)
{
    const struct fp_plan *p = c->plan;
    struct fp_figures *f = c->fig;
    const struct fp_block *list[FP_MAX_YEARS];
    size_t n;

    f->cost_model_known |= f->has_breakdown;
    for (int k = 0; k < FP_COST_COUNT; k++)
        f->cost_shown[k] = f->has_breakdown && f->cost[k] != 0;
    f->cost_shown[FP_COST_FLAT_RATE] = f->has_breakdown && f->flat_rate != 0;
    n = blocks_for(p, p->costs_by_year, list);
    for (size_t i = 0; i < n && f->has_breakdown; i++)
        for (int k = 0; k < FP_COST_COUNT; k++)
            f->cost_shown[k] |= list[i]->cost[k].line != 0;
    for (int s = 0; s < FP_SRC_COUNT; s++)
        f->source_shown[s] = f->fin[s] != 0 || s == (int)c->in->support_source;
    n = blocks_for(p, p->fin_by_year, list);
    for (size_t i = 0; i < n; i++)
        for (int s = 0; s < FP_SRC_COUNT; s++)
            f->source_shown[s] |= list[i]->fin[s].line != 0;
}

/* The proposal: the asked figures for a clean plan; the cap when the cap is the only error;
   none otherwise. Its percentage ceiling is rounded up, so it never falls below the euros. */
static void
decide_proposal(struct calc *c)
{
    struct fp_figures *f = c->fig;
    size_t errors = fp_diag_count(c->d, FP_ERROR), cap_errors = 0;
    /* the cap is the rate(s) or a call's euro maximum: either way max_support can be proposed */
    for (size_t i = 0; i < c->d->count; i++) {
        const struct fp_finding *e = &c->d->list[i];
        cap_errors += e->severity == FP_ERROR &&
                      (e->code == FP_F_SUPPORT_RATE || e->msg == FP_M_F_SUPPORT_ABOVE_MAX);
    }
    if (errors == 0) {
        f->proposal = FP_PROPOSE_ASKED;
        f->proposal_support = f->support;
    } else if (errors == cap_errors && c->d->dropped[FP_ERROR] == 0) {
        f->proposal = FP_PROPOSE_CAPPED;
        f->proposal_support = f->max_support;
    } else {
        f->proposal = FP_PROPOSE_NONE;
        return;
    }
    if (f->support_base > 0)
        f->proposal_rate =
            fp_ratio_percent_up((struct fp_ratio){f->proposal_support, f->support_base}, 2);
}

static int
has_cents(const struct fp_figures *f)
{
    /* the derived figures (cap, EU and state parts) show their cents where they are shown */
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
        for (int s = 0; s < FP_SRC_COUNT; s++)
            if (y->fin[s] % 100)
                return 1;
    }
    return 0;
}

/* A text still as `fundplan new` wrote it ("Hankkeen nimi"), in any language: a warning per
   key, so a memo never goes out with the template's words in it. */
static void
check_placeholders(const struct fp_plan *plan, struct fp_diags *d)
{
    for (const struct fp_placeholder *p = fp_schema_placeholders; p->section; p++) {
        int year;
        const struct fp_section_def *sec = fp_schema_section(&fp_schema_plan, p->section, &year);
        const struct fp_key_def *k = sec ? fp_schema_key(sec, p->key) : NULL;
        const struct fp_text_value *v =
            k ? (const struct fp_text_value *)((const char *)plan + k->offset) : NULL;
        for (int l = 0; v && v->text && l < FP_LANG_COUNT; l++) {
            if (strcmp(v->text, fp_msg_text((enum fp_lang)l, p->text)) == 0) {
                FP_DIAG(d, FP_WARNING, FP_F_PLACEHOLDER, v->line, FP_M_F_PLACEHOLDER,
                        fp_arg_str(p->key), fp_arg_str(v->text));
                FP_DIAG_NOTE(d, FP_M_N_PLACEHOLDER);
                break;
            }
        }
    }
}

void
fp_check_plan(const struct fp_plan *plan, const struct fp_call *call, struct fp_figures *fig,
              struct fp_diags *diags)
{
    struct calc c = {.plan = plan,
                     .fig = fig,
                     .d = diags,
                     .in = &fig->instrument,
                     .unsure = plan->money_incomplete,
                     .call = call};

    memset(fig, 0, sizeof *fig);
    if (call && call->errors)
        /* its findings were printed with the call's file; the plan cannot pass without it */
        FP_DIAG(diags, FP_ERROR, FP_F_BAD_FILE, plan->call.line, FP_M_F_CALL_HAS_ERRORS,
                fp_arg_str(call->path));
    c.unknown = fp_rules_resolve(plan, call, &fig->instrument, diags) != 0;
    check_dates(&c, call);
    find_cost_model(&c);
    compute_costs(&c);
    compute_income_financing(&c);
    finish_years(&c);
    check_balance(&c);
    check_years_balance(&c);
    compute_shares(&c);
    compute_cap(&c);
    check_support(&c, call);
    check_in_kind(&c);
    check_sources(&c);
    check_shares(&c, call);
    check_cost_limits(&c, call);
    compute_eu_split(&c);
    check_declared(&c);
    decide_rows(&c);
    fig->any_cents = has_cents(fig);
    check_placeholders(plan, diags);
    fp_glyphs_check(plan, diags);
    /* last: what may be proposed depends on every error the plan has */
    decide_proposal(&c);
}
