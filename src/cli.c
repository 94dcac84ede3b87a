/*
 * cli.c - the commands: check, new, memo, sheet, build; their options, --help and --version.
 * Each command reads → checks → writes through the modules; exit status 0/1/2 as in fundplan(1).
 * SPDX-License-Identifier: MIT
 */
#include "cli.h"

#include <errno.h>
#include <getopt.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "book_xlsx.h"
#include "build.h"
#include "checks.h"
#include "diag.h"
#include "json_out.h"
#include "memo_pdf.h"
#include "outfile.h"
#include "plan.h"
#include "report.h"
#include "summary.h"

static const char usage_text[] =
    "Usage: fundplan COMMAND [OPTIONS] ...\n"
    "\n"
    "Checks a Finnish regional development project's funding plan to the cent and writes\n"
    "its decision memo (PDF) and workbook (XLSX).\n"
    "\n"
    "Commands:\n"
    "  check [--json] PLAN...       summary and findings of each plan\n"
    "  new PLAN.ini                 write a commented template plan (never overwrites)\n"
    "  memo PLAN [-o FILE.pdf]      the decision memo (default output/NAME.pdf)\n"
    "  sheet PLAN [-o FILE.xlsx]    the plan workbook (default output/NAME.xlsx)\n"
    "  build [-j N] [-o DIR] [--quiet] [--stats] PLAN|DIR...\n"
    "                               check every plan, write its memo and workbook, and\n"
    "                               DIR/portfolio.xlsx over all of them (default DIR output/);\n"
    "                               --stats adds CPU time per phase and file sizes\n"
    "\n"
    "Options:\n"
    "  --lang fi|sv|en   language of the reports (default: the plan's `language`)\n"
    "  --date DATE       the memo's date (default: the plan's `date`, else today)\n"
    "  -h, --help        this text;  --version  the version\n"
    "\n"
    "Findings are printed as 'fundplan: FILE:LINE: error|warning: message'.\n"
    "Exit status: 0 no errors (warnings allowed), 1 a plan has errors, 2 usage or I/O error.\n"
    "SOURCE_DATE_EPOCH fixes the timestamps written into PDF and XLSX files.\n"
    "The plan format: docs/plan-format.md, or `fundplan new plan.ini`.\n";

static const char template_text[] =
    "; A fundplan funding plan. Format: docs/plan-format.md; check it with: fundplan check FILE\n"
    "; Amounts in euros (40 000 or 40 000,50), percentages like 70 %, dates 2017-05-01 or "
    "1.5.2017.\n"
    "\n"
    "[project]\n"
    "name           = Hankkeen nimi              ; required\n"
    "id             =                            ; case number, e.g. ESAVO/14/2017\n"
    "applicant      = Hakija Oy                  ; required\n"
    "partners       =                            ; several separated by ','\n"
    "funder         = Etelä-Savon maakuntaliitto ; required\n"
    "instrument     = AIKO                       ; required: AIKO | EAKR | a name [rules] defines\n"
    "start          = 2017-05-01                 ; required\n"
    "end            = 2017-12-31                 ; required, not before start\n"
    "language       = fi                         ; fi | sv | en: the language of the reports\n"
    "date           =                            ; the memo's date\n"
    "preparer       =\n"
    "preparer_title =\n"
    "preparer_phone =\n"
    "preparer_email =\n"
    "\n"
    "[description]\n"
    "; a line ending in \\ continues on the next; a longer text goes in a UTF-8 file beside\n"
    "; the plan: goals_file = goals.txt (paragraphs separated by blank lines)\n"
    "summary =\n"
    "goals   =\n"
    "actions =\n"
    "\n"
    "[costs]                      ; or one [costs.YYYY] section per year\n"
    "staff              = 40 000\n"
    "flat_rate          = 24 %    ; computed: that share of staff costs\n"
    "purchased_services = 12 000\n"
    "travel             = 0\n"
    "equipment          = 0\n"
    "construction       = 0\n"
    "other              = 0\n"
    "lump_sum           = 0\n"
    "\n"
    "[income]                     ; or [income.YYYY]\n"
    "revenue = 0\n"
    "\n"
    "[financing]                  ; or [financing.YYYY]; must add up to costs - income\n"
    "aiko         = 43 120\n"
    "eakr         = 0             ; EAKR together with the state's co-funding\n"
    "municipal    = 6 160\n"
    "other_public = 0\n"
    "private      = 12 320\n"
    "\n"
    "; [declared]                 ; figures as the application states them, to compare\n"
    "; total_costs  = 61 600\n"
    "; support_rate = 70 %\n"
    "\n"
    "; [rules]                    ; overrides of the instrument's defaults\n"
    "; max_support_rate    = 70 %\n"
    "; min_municipal_share = 0 %\n"
    "; support_base        = total_costs    ; or net_costs\n";

/* What the options of a command said. */
struct options {
    int json;
    int quiet;
    int stats;
    long jobs;          /* build -j; 0: the number of processors */
    const char *output; /* -o */
    const char *lang;   /* --lang */
    const char *date;   /* --date */
};

#if defined(__GNUC__)
__attribute__((format(printf, 1, 2)))
#endif
static int
usage_error(const char *fmt, ...)
{
    va_list ap;
    fputs("fundplan: error: ", stderr);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputs("\nTry 'fundplan --help'.\n", stderr);
    return FP_EXIT_USAGE;
}

/* Parses the options of a command; returns the index of the first operand, or -1. */
static int
parse_options(int argc, char **argv, struct options *o)
{
    static const struct option longopts[] = {
        {"json", no_argument, NULL, 'J'},
        {"quiet", no_argument, NULL, 'q'},
        {"stats", no_argument, NULL, 'S'},
        {"jobs", required_argument, NULL, 'j'},
        {"output", required_argument, NULL, 'o'},
        {"lang", required_argument, NULL, 'L'},
        {"date", required_argument, NULL, 'D'},
        {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0},
    };
    int c;

    opterr = 0; /* our own messages, with our prefix */
    optind = 1;
    while ((c = getopt_long(argc, argv, ":qj:o:h", longopts, NULL)) != -1) {
        switch (c) {
        case 'J':
            o->json = 1;
            break;
        case 'q':
            o->quiet = 1;
            break;
        case 'S':
            o->stats = 1;
            break;
        case 'j': {
            char *end;
            errno = 0;
            o->jobs = strtol(optarg, &end, 10);
            if (errno || *end || end == optarg || o->jobs < 1 || o->jobs > 256) {
                usage_error("-j takes a number of jobs from 1 to 256, not '%s'", optarg);
                return -1;
            }
            break;
        }
        case 'o':
            o->output = optarg;
            break;
        case 'L':
            o->lang = optarg;
            break;
        case 'D':
            o->date = optarg;
            break;
        case 'h':
            fputs(usage_text, stdout);
            exit(0);
        case ':':
            usage_error("option '%s' needs a value", argv[optind - 1]);
            return -1;
        default:
            usage_error("unknown option '%s'", argv[optind - 1]);
            return -1;
        }
    }
    return optind;
}

/* Loaded and checked plan, owned by the caller: fp_plan_free + fp_diag_free. */
struct loaded {
    struct fp_plan plan;
    struct fp_figures fig;
    struct fp_diags diags;
};

static int
load(const char *path, struct loaded *l)
{
    memset(l, 0, sizeof *l);
    l->diags.file = path;
    if (fp_plan_load(path, &l->plan, &l->diags) != 0)
        return -1;
    fp_check_plan(&l->plan, &l->fig, &l->diags);
    fp_diag_sort(&l->diags);
    return 0;
}

static void
unload(struct loaded *l)
{
    fp_plan_free(&l->plan);
    fp_diag_free(&l->diags);
}

/* stdout is output too: a full disk must not pass as success. */
static int
close_stdout(void)
{
    if (fflush(stdout) != 0 || ferror(stdout) || fclose(stdout) != 0) {
        fp_diag_fail("stdout", "cannot write: %s", strerror(errno));
        return -1;
    }
    return 0;
}

static int
cmd_check(int argc, char **argv)
{
    struct options o = {0};
    int first = parse_options(argc, argv, &o), status = FP_EXIT_OK, written = 0;
    enum fp_lang lang = FP_LANG_FI;

    if (first < 0)
        return FP_EXIT_USAGE;
    if (first == argc)
        return usage_error("%s", "check needs at least one plan file");
    if (o.lang && fp_lang_parse(o.lang, &lang) != 0)
        return usage_error("--lang takes fi, sv or en, not '%s'", o.lang);
    if (o.json)
        fp_json_begin(stdout);
    for (int i = first; i < argc; i++) {
        struct loaded l;
        if (load(argv[i], &l) != 0) {
            status = FP_EXIT_USAGE;
            unload(&l);
            continue;
        }
        if (o.json)
            fp_json_plan(stdout, written++ == 0, &l.plan, &l.fig, &l.diags);
        else
            fp_summary_print(stdout, &l.plan, &l.fig, &l.diags, o.lang ? lang : l.plan.lang);
        fflush(stdout);
        fp_diag_print(&l.diags, stderr);
        if (fp_diag_count(&l.diags, FP_ERROR) && status == FP_EXIT_OK)
            status = FP_EXIT_FINDINGS;
        unload(&l);
    }
    if (o.json)
        fp_json_end(stdout, written > 0);
    if (close_stdout() != 0)
        return FP_EXIT_USAGE;
    return status;
}

static int
cmd_new(int argc, char **argv)
{
    struct options o = {0};
    int first = parse_options(argc, argv, &o);
    struct fp_outfile of;

    if (first < 0)
        return FP_EXIT_USAGE;
    if (argc - first != 1)
        return usage_error("%s", "new takes one file name: fundplan new plan.ini");
    if (fp_outfile_open(&of, argv[first]) != 0)
        return FP_EXIT_USAGE;
    if (fp_outfile_write(&of, template_text, sizeof template_text - 1) != 0) {
        fp_outfile_abort(&of);
        return FP_EXIT_USAGE;
    }
    if (fp_outfile_commit_new(&of) != 0)
        return FP_EXIT_USAGE;
    printf("wrote %s: edit it, then run: fundplan check %s\n", argv[first], argv[first]);
    return close_stdout() == 0 ? FP_EXIT_OK : FP_EXIT_USAGE;
}

/* output/NAME.EXT, creating output/ when it is the default and missing. */
static int
default_output(const char *plan_path, const char *ext, char *buf, size_t n)
{
    char stem[256];
    fp_plan_stem(plan_path, stem, sizeof stem);
    if (mkdir("output", 0777) != 0 && errno != EEXIST) {
        fp_diag_fail("output", "cannot create the folder: %s", strerror(errno));
        return -1;
    }
    snprintf(buf, n, "output/%s%s", stem, ext);
    return 0;
}

/* memo and sheet: one plan in, one file out. */
static int
cmd_write_one(int argc, char **argv, const char *ext,
              int (*write)(const struct fp_plan *, const struct fp_figures *,
                           const struct fp_diags *, const struct fp_report_opts *, const char *))
{
    struct options o = {0};
    int first = parse_options(argc, argv, &o), status;
    struct fp_report_opts r;
    struct loaded l;
    char path[512];

    if (first < 0)
        return FP_EXIT_USAGE;
    if (argc - first != 1)
        return usage_error("%s needs exactly one plan file", argv[0]);
    if (load(argv[first], &l) != 0) {
        unload(&l);
        return FP_EXIT_USAGE;
    }
    if (fp_report_opts_make(o.lang, o.date, &l.plan, &r) != 0 ||
        (o.output == NULL && default_output(argv[first], ext, path, sizeof path) != 0)) {
        unload(&l);
        return FP_EXIT_USAGE;
    }
    status = write(&l.plan, &l.fig, &l.diags, &r, o.output ? o.output : path) == 0 ? FP_EXIT_OK
                                                                                   : FP_EXIT_USAGE;
    fp_diag_print(&l.diags, stderr);
    if (status == FP_EXIT_OK && fp_diag_count(&l.diags, FP_ERROR))
        status = FP_EXIT_FINDINGS;
    unload(&l);
    return status;
}

static int
cmd_build(int argc, char **argv)
{
    struct options o = {0};
    int first = parse_options(argc, argv, &o);
    struct fp_build_opts b;
    struct stat st;

    if (first < 0)
        return FP_EXIT_USAGE;
    if (first == argc)
        return usage_error("%s", "build needs plan files or folders: fundplan build plans/");
    b.jobs = o.jobs;
    b.outdir = o.output ? o.output : "output";
    b.lang = o.lang;
    b.date = o.date;
    b.progress = !o.quiet && isatty(STDERR_FILENO);
    b.stats = o.stats;
    if (o.lang) {
        enum fp_lang l;
        if (fp_lang_parse(o.lang, &l) != 0)
            return usage_error("--lang takes fi, sv or en, not '%s'", o.lang);
    }
    if (o.output == NULL && mkdir("output", 0777) != 0 && errno != EEXIST) {
        fp_diag_fail("output", "cannot create the folder: %s", strerror(errno));
        return FP_EXIT_USAGE;
    }
    if (stat(b.outdir, &st) != 0 || !S_ISDIR(st.st_mode)) {
        fp_diag_fail(b.outdir, "the output folder does not exist");
        return FP_EXIT_USAGE;
    }
    return fp_build_run(argv + first, (size_t)(argc - first), &b);
}

int
fp_cli_run(int argc, char **argv)
{
    const char *cmd = argc > 1 ? argv[1] : NULL;

    if (cmd == NULL)
        return usage_error("%s", "no command given");
    if (strcmp(cmd, "--help") == 0 || strcmp(cmd, "-h") == 0 || strcmp(cmd, "help") == 0) {
        fputs(usage_text, stdout);
        return close_stdout() == 0 ? FP_EXIT_OK : FP_EXIT_USAGE;
    }
    if (strcmp(cmd, "--version") == 0) {
        puts("fundplan " FP_VERSION);
        return close_stdout() == 0 ? FP_EXIT_OK : FP_EXIT_USAGE;
    }
    if (strcmp(cmd, "check") == 0)
        return cmd_check(argc - 1, argv + 1);
    if (strcmp(cmd, "new") == 0)
        return cmd_new(argc - 1, argv + 1);
    if (strcmp(cmd, "memo") == 0)
        return cmd_write_one(argc - 1, argv + 1, ".pdf", fp_memo_write);
    if (strcmp(cmd, "sheet") == 0)
        return cmd_write_one(argc - 1, argv + 1, ".xlsx", fp_book_write_plan);
    if (strcmp(cmd, "build") == 0)
        return cmd_build(argc - 1, argv + 1);
    return usage_error("unknown command '%s'", cmd);
}
