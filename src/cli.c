/*
 * cli.c - the commands: check, new, memo, sheet, build, diff, claim; their options, --help and
 * --version.
 * One table (commands[]) names each command, the function that runs it, the options it takes
 * and its help; parse_options refuses any other option, naming the command. Every word printed
 * comes from the catalogue, in the user's language (fp_msg_lang). Each command reads → checks →
 * writes through the modules; exit status 0/1/2 as in fundplan(1).
 * SPDX-License-Identifier: MIT
 */
#include "cli.h"

#include <errno.h>
#include <getopt.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "book_xlsx.h"
#include "build.h"
#include "checks.h"
#include "claim.h"
#include "claim_book.h"
#include "claim_memo.h"
#include "claim_print.h"
#include "diag.h"
#include "diff_run.h"
#include "ini.h"
#include "json_out.h"
#include "memo_pdf.h"
#include "outfile.h"
#include "plan.h"
#include "report.h"
#include "suggest.h"
#include "summary.h"
#include "template.h"
#include "utf8.h"

/* Help is wrapped at this many columns. */
#define HELP_WIDTH 78
#define HELP_COLUMN 24

/* What the options of a command said. */
struct options {
    int json;
    int all; /* diff --all */
    int quiet;
    int stats;
    long jobs;          /* build -j; 0: the number of processors */
    const char *output; /* -o */
    const char *lang;   /* --lang, already checked and in force for messages */
    const char *date;   /* --date */
    const char *call;   /* --call */
};

/* The options a command may take, as bits of struct command's opts. */
enum {
    OPT_JSON = 1u << 0,
    OPT_LANG = 1u << 1,
    OPT_LANG_NEW = 1u << 2, /* --lang of new: the template's language */
    OPT_DATE = 1u << 3,
    OPT_CALL = 1u << 4,
    OPT_OUTPUT = 1u << 5, /* -o FILE, or a folder to write into (memo, sheet) */
    OPT_OUTDIR = 1u << 6, /* -o FOLDER (build) */
    OPT_JOBS = 1u << 7,
    OPT_QUIET = 1u << 8,
    OPT_STATS = 1u << 9,
    OPT_HELP = 1u << 10,
    OPT_ALL = 1u << 11,      /* diff */
    OPT_OUTFILE = 1u << 12,  /* -o FILE.pdf or FILE.xlsx (diff) */
    OPT_LANG_MSG = 1u << 13, /* --lang of check: it writes no document, only messages */
};

/* getopt's codes of the options without a short letter. */
enum { V_JSON = 256, V_LANG, V_DATE, V_CALL, V_STATS, V_ALL };

/* Every option; one that commands explain differently has a row per explanation. */
static const struct opt_def {
    const char *name; /* its long name */
    int val;          /* its short letter, or a V_ code */
    int has_arg;
    unsigned bit;
    enum fp_msg label, help; /* "-o, --output PATH" and what it does, for --help */
} opt_defs[] = {
    {"json", V_JSON, no_argument, OPT_JSON, FP_M_CLI_OPT_JSON_L, FP_M_CLI_OPT_JSON},
    {"all", V_ALL, no_argument, OPT_ALL, FP_M_CLI_OPT_ALL_L, FP_M_CLI_OPT_ALL},
    {"lang", V_LANG, required_argument, OPT_LANG, FP_M_CLI_OPT_LANG_L, FP_M_CLI_OPT_LANG},
    {"lang", V_LANG, required_argument, OPT_LANG_NEW, FP_M_CLI_OPT_LANG_L, FP_M_CLI_OPT_LANG_NEW},
    {"lang", V_LANG, required_argument, OPT_LANG_MSG, FP_M_CLI_OPT_LANG_L, FP_M_CLI_OPT_LANG_MSG},
    {"date", V_DATE, required_argument, OPT_DATE, FP_M_CLI_OPT_DATE_L, FP_M_CLI_OPT_DATE},
    {"call", V_CALL, required_argument, OPT_CALL, FP_M_CLI_OPT_CALL_L, FP_M_CLI_OPT_CALL},
    {"output", 'o', required_argument, OPT_OUTPUT, FP_M_CLI_OPT_OUTPUT_L, FP_M_CLI_OPT_OUTPUT},
    {"output", 'o', required_argument, OPT_OUTDIR, FP_M_CLI_OPT_OUTDIR_L, FP_M_CLI_OPT_OUTDIR},
    {"output", 'o', required_argument, OPT_OUTFILE, FP_M_CLI_OPT_OUTFILE_L, FP_M_CLI_OPT_OUTFILE},
    {"jobs", 'j', required_argument, OPT_JOBS, FP_M_CLI_OPT_JOBS_L, FP_M_CLI_OPT_JOBS},
    {"quiet", 'q', no_argument, OPT_QUIET, FP_M_CLI_OPT_QUIET_L, FP_M_CLI_OPT_QUIET},
    {"stats", V_STATS, no_argument, OPT_STATS, FP_M_CLI_OPT_STATS_L, FP_M_CLI_OPT_STATS},
    {"help", 'h', no_argument, OPT_HELP, FP_M_CLI_OPT_HELP_L, FP_M_CLI_OPT_HELP},
};

#define NOPTS (sizeof opt_defs / sizeof opt_defs[0])

/* A command: its name, what runs it (argv[0] is the name), the options it takes, its help. */
struct command {
    const char *name;
    int (*run)(int argc, char **argv);
    unsigned opts;
    enum fp_msg synopsis, help;
};

static const struct command *find_command(const char *name);
static const struct command *command_list(size_t *n);

static const char *
text(enum fp_msg m)
{
    return fp_msg_text(fp_msg_lang, m);
}

/* ==== Help ==== */

/* Writes text from column col, wrapped at HELP_WIDTH, its lines starting at column indent. */
static void
put_wrapped(FILE *out, const char *s, int col, int indent)
{
    char word[256];
    int first = 1;

    if (col > indent) {
        fputc('\n', out);
        col = 0;
    }
    fprintf(out, "%*s", indent - col, "");
    col = indent;
    while (*s) {
        size_t n = strcspn(s, " ");
        int w;
        snprintf(word, sizeof word, "%.*s", (int)n, s);
        w = (int)fp_utf8_width(word);
        if (!first && col + 1 + w > HELP_WIDTH) {
            fprintf(out, "\n%*s", indent, "");
            col = indent;
        } else if (!first) {
            fputc(' ', out);
            col++;
        }
        fputs(word, out);
        col += w;
        first = 0;
        s += n;
        s += strspn(s, " ");
    }
    fputc('\n', out);
}

static void
put_option(FILE *out, enum fp_msg label, enum fp_msg help)
{
    fprintf(out, "  %s", text(label));
    put_wrapped(out, text(help), 2 + (int)fp_utf8_width(text(label)), HELP_COLUMN);
}

/* "Usage: fundplan SYNOPSIS" */
static void
put_usage(FILE *out, enum fp_msg synopsis)
{
    char buf[256];
    struct fp_arg a = fp_arg_str(text(synopsis));
    fp_msg_render(buf, sizeof buf, fp_msg_lang, text(FP_M_CLI_USAGE), &a, 1);
    fprintf(out, "%s\n\n", buf);
}

/* The help of a command, or the general help (c NULL), on stdout. */
static void
print_help(const struct command *c)
{
    unsigned opts = OPT_HELP | (c ? c->opts : 0);
    size_t n;
    const struct command *all = command_list(&n);

    put_usage(stdout, c ? c->synopsis : FP_M_CLI_SYNOPSIS);
    put_wrapped(stdout, text(c ? c->help : FP_M_CLI_ABOUT), 0, 0);
    if (c == NULL) {
        printf("\n%s\n", text(FP_M_CLI_COMMANDS));
        for (size_t i = 0; i < n; i++) {
            printf("  fundplan %s\n", text(all[i].synopsis));
            put_wrapped(stdout, text(all[i].help), 0, 6);
        }
    }
    printf("\n%s\n", text(FP_M_CLI_OPTIONS));
    for (size_t i = 0; i < NOPTS; i++)
        if (opt_defs[i].bit & opts)
            put_option(stdout, opt_defs[i].label, opt_defs[i].help);
    if (c == NULL)
        put_option(stdout, FP_M_CLI_OPT_VERSION_L, FP_M_CLI_OPT_VERSION);
    putchar('\n');
    if (c == NULL)
        put_wrapped(stdout, text(FP_M_CLI_FINDINGS), 0, 0);
    put_wrapped(stdout, text(FP_M_CLI_EXIT), 0, 0);
    put_wrapped(stdout, text(FP_M_CLI_LANGUAGE), 0, 0);
    if (c == NULL) {
        put_wrapped(stdout, text(FP_M_CLI_EPOCH), 0, 0);
        put_wrapped(stdout, text(FP_M_CLI_FORMAT), 0, 0);
    }
    put_wrapped(stdout, text(FP_M_CLI_MORE), 0, 0);
}

/* ==== Usage errors ==== */

/* A "fundplan: note: ..." line with one argument. */
static void
note(enum fp_msg m, const char *arg)
{
    char buf[256];
    struct fp_arg a = fp_arg_str(arg);
    fp_msg_render(buf, sizeof buf, fp_msg_lang, text(m), &a, 1);
    fprintf(stderr, "fundplan: %s: %s\n", text(FP_M_SEV_NOTE), buf);
}

/* Ends a usage error that FP_FAIL printed: the name the user may have meant, and where to read
   more (the command's help when cmd is set). Returns FP_EXIT_USAGE. */
static int
usage_end(const char *cmd, const char *near)
{
    char buf[256];
    struct fp_arg a = fp_arg_str(cmd);
    if (near)
        note(FP_M_N_DID_YOU_MEAN, near);
    fp_msg_render(buf, sizeof buf, fp_msg_lang, text(cmd ? FP_M_U_TRY_CMD : FP_M_U_TRY), &a, 1);
    fprintf(stderr, "%s\n", buf);
    return FP_EXIT_USAGE;
}

/* USAGE(cmd, near, FP_M_U_..., args...): prints the error and returns FP_EXIT_USAGE. */
#define USAGE(cmd, near, ...) (FP_FAIL(NULL, __VA_ARGS__), usage_end(cmd, near))

/* The long options as "--name", for did-you-mean; the array is static, filled once. */
static const char *const *
long_names(void)
{
    static char buf[NOPTS][24];
    static const char *names[NOPTS + 1];
    size_t k = 0;
    if (names[0] == NULL) {
        for (size_t i = 0; i < NOPTS; i++) {
            if (i > 0 && strcmp(opt_defs[i].name, opt_defs[i - 1].name) == 0)
                continue;
            snprintf(buf[k], sizeof buf[k], "--%s", opt_defs[i].name);
            names[k] = buf[k];
            k++;
        }
    }
    return names;
}

/* An option getopt did not know: "--jsn" (did you mean '--json'?), "--json=x", "-x". */
static int
unknown_option(const char *cmd, const char *arg, int letter)
{
    char name[64];
    if (strncmp(arg, "--", 2) != 0) {
        snprintf(name, sizeof name, "-%c", letter > 0 && letter < 256 ? letter : '?');
        return USAGE(cmd, NULL, FP_M_U_UNKNOWN_OPTION, fp_arg_str(cmd), fp_arg_str(name));
    }
    snprintf(name, sizeof name, "%.*s", (int)strcspn(arg, "="), arg);
    if (arg[strlen(name)] == '=')
        for (size_t i = 0; i < NOPTS; i++)
            if (opt_defs[i].has_arg == no_argument && strcmp(name + 2, opt_defs[i].name) == 0)
                return USAGE(cmd, NULL, FP_M_U_OPTION_NO_VALUE, fp_arg_str(cmd), fp_arg_str(name));
    return USAGE(cmd, fp_suggest(name, long_names()), FP_M_U_UNKNOWN_OPTION, fp_arg_str(cmd),
                 fp_arg_str(name));
}

/* Whether the command c takes the option getopt returned as val. */
static int
takes(const struct command *c, int val)
{
    for (size_t i = 0; i < NOPTS; i++)
        if (opt_defs[i].val == val && (c == NULL || (opt_defs[i].bit & (c->opts | OPT_HELP))))
            return 1;
    return 0;
}

/* The option getopt just returned (c) as the user wrote it, "-j" or "--jobs", for a message:
   its word is the last one getopt took, or the one before when that was its value. */
static const char *
as_written(char **argv, int c, char *buf, size_t n)
{
    const char *word = argv[optind - 1];
    if (optarg && optarg == word && optind >= 2)
        word = argv[optind - 2];
    if (strncmp(word, "--", 2) == 0)
        snprintf(buf, n, "%.*s", (int)strcspn(word, "="), word);
    else
        snprintf(buf, n, "-%c", c > 0 && c < 256 ? c : '?');
    return buf;
}

/* stdout is output too: a full disk must not pass as success. */
static int
close_stdout(void)
{
    if (fflush(stdout) != 0 || ferror(stdout) || fclose(stdout) != 0) {
        FP_FAIL("stdout", FP_M_SYS_CANNOT_WRITE, fp_arg_errno(errno));
        return -1;
    }
    return 0;
}

/* ==== Options ==== */

static void
getopt_table(struct option *lo)
{
    size_t k = 0;
    for (size_t i = 0; i < NOPTS; i++) {
        if (i > 0 && strcmp(opt_defs[i].name, opt_defs[i - 1].name) == 0)
            continue;
        lo[k].name = opt_defs[i].name;
        lo[k].has_arg = opt_defs[i].has_arg;
        lo[k].flag = NULL;
        lo[k].val = opt_defs[i].val;
        k++;
    }
    memset(&lo[k], 0, sizeof lo[k]);
}

/* Stores one option's value; 0, or the usage status. */
static int
take_option(const char *cmd, int c, struct options *o)
{
    char *end;
    switch (c) {
    case V_JSON:
        o->json = 1;
        break;
    case V_ALL:
        o->all = 1;
        break;
    case 'q':
        o->quiet = 1;
        break;
    case V_STATS:
        o->stats = 1;
        break;
    case 'j':
        errno = 0;
        o->jobs = strtol(optarg, &end, 10);
        if (errno || *end || end == optarg || o->jobs < 1 || o->jobs > 256)
            return USAGE(cmd, NULL, FP_M_U_BAD_JOBS, fp_arg_str(optarg));
        break;
    case 'o':
        o->output = optarg;
        break;
    case V_LANG:
        /* in force at once: the messages that follow are in this language */
        if (fp_lang_parse(optarg, &fp_msg_lang) != 0)
            return USAGE(cmd, NULL, FP_M_U_BAD_LANG, fp_arg_str(optarg));
        o->lang = optarg;
        break;
    case V_DATE:
        o->date = optarg;
        break;
    case V_CALL:
        o->call = optarg;
        break;
    }
    return 0;
}

/*
 * Parses the options of the command argv[0] (argv is the command's own), refusing those its row
 * of commands[] does not list. Returns the index of the first operand, or -1 after a usage error
 * (printed). --help prints the command's help and exits (0, or 2 when stdout cannot be written).
 */
static int
parse_options(int argc, char **argv, struct options *o)
{
    const struct command *cmd = find_command(argv[0]);
    const char *name = argv[0];
    struct option lo[NOPTS + 1];
    int c, help = 0;
    char buf[64];

    getopt_table(lo);
    opterr = 0; /* our own messages, with our prefix */
    optind = 1;
    while ((c = getopt_long(argc, argv, ":o:j:qh", lo, NULL)) != -1) {
        if (c == '?')
            return unknown_option(name, argv[optind - 1], optopt), -1;
        if (c == ':')
            return USAGE(name, NULL, FP_M_U_OPTION_NEEDS_VALUE, fp_arg_str(name),
                         fp_arg_str(as_written(argv, optopt, buf, sizeof buf))),
                   -1;
        if (!takes(cmd, c))
            return USAGE(name, NULL, FP_M_U_OPTION_NOT_FOR, fp_arg_str(name),
                         fp_arg_str(as_written(argv, c, buf, sizeof buf))),
                   -1;
        if (c == 'h')
            help = 1;
        else if (take_option(name, c, o) != 0)
            return -1;
    }
    if (help) {
        print_help(cmd);
        exit(close_stdout() == 0 ? FP_EXIT_OK : FP_EXIT_USAGE);
    }
    return optind;
}

/* ==== Reading plans ==== */

/* Loaded and checked plan, owned by the caller: unload() frees it. */
struct loaded {
    struct fp_plan plan;
    struct fp_figures fig;
    struct fp_diags diags;
    struct fp_call own_call;    /* the call the plan names itself (`call =`), when no --call */
    struct fp_diags call_diags; /* findings about that call file */
    const struct fp_call *call; /* the call in force: --call's, the plan's own, or NULL */
};

static int
load(const char *path, const struct fp_call *call, struct loaded *l)
{
    memset(l, 0, sizeof *l);
    l->diags.file = fp_ini_name(path);
    if (fp_plan_load(path, &l->plan, &l->diags) != 0)
        return -1;
    l->call = call;
    if (call == NULL && fp_call_of_plan(&l->plan, &l->own_call, &l->diags, &l->call_diags) > 0)
        l->call = &l->own_call;
    fp_check_plan(&l->plan, l->call, &l->fig, &l->diags);
    fp_diag_sort(&l->diags);
    fp_diag_sort(&l->call_diags);
    return 0;
}

/* The plan's findings, after those of the call file it names. */
static void
print_findings(const struct loaded *l)
{
    fp_diag_print(&l->call_diags, stderr, fp_msg_lang);
    fp_diag_print(&l->diags, stderr, fp_msg_lang);
}

/* The call of --call, read once for all plans: 0 (call set, or NULL without --call), or -1 when
   it could not be read or has errors (printed). */
static int
load_call(const char *path, struct fp_call *call, const struct fp_call **out)
{
    struct fp_diags d = {0};
    int rc = 0;
    *out = NULL;
    memset(call, 0, sizeof *call);
    if (path == NULL)
        return 0;
    d.file = path;
    if (fp_call_load(path, call, &d) != 0)
        rc = -1;
    fp_diag_sort(&d);
    fp_diag_print(&d, stderr, fp_msg_lang);
    fp_diag_free(&d);
    /* a call with errors is still in force: each plan gets an error saying so */
    if (rc == 0)
        *out = call;
    return rc;
}

static void
unload(struct loaded *l)
{
    fp_plan_free(&l->plan);
    fp_diag_free(&l->diags);
    fp_diag_free(&l->call_diags);
    fp_call_free(&l->own_call);
}

/* ==== The commands ==== */

static int
cmd_check(int argc, char **argv)
{
    struct options o = {0};
    int first = parse_options(argc, argv, &o), status = FP_EXIT_OK, written = 0;
    struct fp_call callbuf;
    const struct fp_call *call;

    if (first < 0)
        return FP_EXIT_USAGE;
    if (first == argc)
        return USAGE(argv[0], NULL, FP_M_U_NEEDS_PLANS, fp_arg_str(argv[0]));
    if (load_call(o.call, &callbuf, &call) != 0) {
        fp_call_free(&callbuf);
        return FP_EXIT_USAGE;
    }
    if (o.json)
        fp_json_begin(stdout);
    for (int i = first; i < argc; i++) {
        struct loaded l;
        if (load(argv[i], call, &l) != 0) {
            status = FP_EXIT_USAGE;
            unload(&l);
            continue;
        }
        if (o.json)
            fp_json_plan(stdout, written++ == 0, &l.plan, l.call, &l.fig, &l.diags, fp_msg_lang);
        else if (!l.plan.nothing_read) /* a summary of zeros would only hide why */
            fp_summary_print(stdout, &l.plan, &l.fig, &l.diags, fp_msg_lang);
        fflush(stdout);
        print_findings(&l);
        if (fp_diag_count(&l.diags, FP_ERROR) && status == FP_EXIT_OK)
            status = FP_EXIT_FINDINGS;
        unload(&l);
    }
    fp_call_free(&callbuf);
    if (o.json)
        fp_json_end(stdout, written > 0);
    if (close_stdout() != 0)
        return FP_EXIT_USAGE;
    return status;
}

/* new: the template in the user's language with this year's dates; '-' is standard output. */
static int
cmd_new(int argc, char **argv)
{
    struct options o = {0};
    int first = parse_options(argc, argv, &o);
    struct fp_outfile of;
    int64_t now;
    size_t len;
    char *tpl;
    int rc;

    if (first < 0)
        return FP_EXIT_USAGE;
    if (argc - first != 1)
        return USAGE(argv[0], NULL, FP_M_U_NEW_ONE);
    if (fp_outfile_epoch(&now) != 0)
        return FP_EXIT_USAGE;
    tpl = fp_template_text(fp_msg_lang, fp_date_from_unix(now).year, &len);
    if (strcmp(argv[first], "-") == 0) {
        rc = fwrite(tpl, 1, len, stdout) == len ? 0 : -1;
        free(tpl);
        return close_stdout() == 0 && rc == 0 ? FP_EXIT_OK : FP_EXIT_USAGE;
    }
    rc = fp_outfile_open(&of, argv[first]);
    if (rc == 0 && fp_outfile_write(&of, tpl, len) != 0) {
        fp_outfile_abort(&of);
        rc = -1;
    }
    free(tpl);
    if (rc != 0 || fp_outfile_commit_new(&of) != 0)
        return FP_EXIT_USAGE;
    {
        char buf[PATH_MAX + 256];
        struct fp_arg a = fp_arg_str(argv[first]);
        fp_msg_render(buf, sizeof buf, fp_msg_lang, text(FP_M_NEW_WROTE), &a, 1);
        puts(buf);
    }
    return close_stdout() == 0 ? FP_EXIT_OK : FP_EXIT_USAGE;
}

/* path + "/" + stem + ext into buf; -1 (printed) when it does not fit. */
static int
join(char *buf, size_t n, const char *dir, const char *stem, const char *ext)
{
    size_t len = strlen(dir);
    const char *sep = len > 0 && dir[len - 1] == '/' ? "" : "/";
    if ((size_t)snprintf(buf, n, "%s%s%s%s", dir, sep, stem, ext) >= n) {
        FP_FAIL(dir, FP_M_SYS_CANNOT_WRITE, fp_arg_errno(ENAMETOOLONG));
        return -1;
    }
    return 0;
}

/*
 * Where memo and sheet write, and the folder it needs created: no -o → output/NAME.ext; -o an
 * existing folder (or ending in '/') → NAME.ext in it; -o FILE → FILE, its missing folder
 * created. Called once the plan has been read, so nothing is created for one that cannot be.
 */
static int
output_path(const char *plan_path, const char *output, const char *ext, char *buf, size_t n)
{
    char stem[256];
    struct stat st;
    const char *slash;

    fp_plan_stem(plan_path, stem, sizeof stem);
    if (output == NULL || (stat(output, &st) == 0 && S_ISDIR(st.st_mode)) ||
        (*output && output[strlen(output) - 1] == '/')) {
        const char *dir = output ? output : "output";
        return fp_outfile_mkdirs(dir, NULL) == 0 ? join(buf, n, dir, stem, ext) : -1;
    }
    if ((size_t)snprintf(buf, n, "%s", output) >= n)
        return FP_FAIL(output, FP_M_SYS_CANNOT_WRITE, fp_arg_errno(ENAMETOOLONG)), -1;
    slash = strrchr(buf, '/');
    if (slash && slash > buf) {
        int rc;
        buf[slash - buf] = '\0';
        rc = fp_outfile_mkdirs(buf, output);
        buf[slash - buf] = '/';
        return rc;
    }
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
    struct fp_call callbuf;
    const struct fp_call *call;
    char path[PATH_MAX];

    if (first < 0)
        return FP_EXIT_USAGE;
    if (argc - first != 1)
        return USAGE(argv[0], NULL, FP_M_U_ONE_PLAN, fp_arg_str(argv[0]));
    if (load_call(o.call, &callbuf, &call) != 0) {
        fp_call_free(&callbuf);
        return FP_EXIT_USAGE;
    }
    if (load(argv[first], call, &l) != 0) {
        unload(&l);
        fp_call_free(&callbuf);
        return FP_EXIT_USAGE;
    }
    if (l.plan.nothing_read) {
        /* a README or an empty file: its finding says so, and a draft document of nothing
           would only look like a result */
        print_findings(&l);
        unload(&l);
        fp_call_free(&callbuf);
        return FP_EXIT_FINDINGS;
    }
    if (fp_report_opts_make(o.lang, o.date, &l.plan, &r) != 0 ||
        output_path(l.plan.path, o.output, ext, path, sizeof path) != 0) {
        unload(&l);
        fp_call_free(&callbuf);
        return FP_EXIT_USAGE;
    }
    r.call = l.call;
    status = write(&l.plan, &l.fig, &l.diags, &r, path) == 0 ? FP_EXIT_OK : FP_EXIT_USAGE;
    print_findings(&l);
    if (status == FP_EXIT_OK && fp_diag_count(&l.diags, FP_ERROR))
        status = FP_EXIT_FINDINGS;
    unload(&l);
    fp_call_free(&callbuf);
    return status;
}

static int
cmd_memo(int argc, char **argv)
{
    return cmd_write_one(argc, argv, ".pdf", fp_memo_write);
}

static int
cmd_sheet(int argc, char **argv)
{
    return cmd_write_one(argc, argv, ".xlsx", fp_book_write_plan);
}

static int
cmd_build(int argc, char **argv)
{
    struct options o = {0};
    int first = parse_options(argc, argv, &o);
    struct fp_build_opts b;

    if (first < 0)
        return FP_EXIT_USAGE;
    if (first == argc)
        return USAGE(argv[0], NULL, FP_M_U_BUILD_NEEDS);
    b.jobs = o.jobs;
    b.outdir = o.output ? o.output : "output";
    b.lang = o.lang;
    b.date = o.date;
    b.progress = !o.quiet && isatty(STDERR_FILENO);
    b.stats = o.stats;
    b.call = o.call;
    return fp_build_run(argv + first, (size_t)(argc - first), &b);
}

/* ==== fundplan diff (issue 13) ==== */

static int
cmd_diff(int argc, char **argv)
{
    struct options o = {0};
    struct fp_diff_opts d = {0};
    struct loaded old, new;
    struct fp_call callbuf;
    const struct fp_call *call;
    int first, status = FP_EXIT_USAGE;

    if ((first = parse_options(argc, argv, &o)) < 0)
        return FP_EXIT_USAGE;
    d.all = o.all;
    if (argc - first != 2)
        return USAGE(argv[0], NULL, FP_M_U_DIFF_OPERANDS);
    if (strcmp(argv[first], "-") == 0 && strcmp(argv[first + 1], "-") == 0)
        return USAGE(argv[0], NULL, FP_M_U_DIFF_STDIN);
    if (o.output && fp_diff_output_kind(o.output) < 0)
        return USAGE(argv[0], NULL, FP_M_U_DIFF_OUTPUT, fp_arg_str(o.output));
    if (load_call(o.call, &callbuf, &call) != 0) {
        fp_call_free(&callbuf);
        return FP_EXIT_USAGE;
    }
    memset(&new, 0, sizeof new);
    if (load(argv[first], call, &old) == 0 && load(argv[first + 1], call, &new) == 0 &&
        fp_report_opts_make(o.lang, o.date, &new.plan, &d.report) == 0) {
        struct fp_diff_input a = {&old.plan, &old.fig, &old.diags};
        struct fp_diff_input b = {&new.plan, &new.fig, &new.diags};
        d.json = o.json;
        d.output = o.output;
        d.report.call = call;
        status = fp_diff_run(&a, &b, &d);
    }
    unload(&old);
    unload(&new);
    fp_call_free(&callbuf);
    if (close_stdout() != 0)
        return FP_EXIT_USAGE;
    return status;
}

/* ==== fundplan claim (issue 14) ==== */

/* claim's operands and -o: 0, or the usage status (message printed). */
static int
claim_usage(int argc, int first, char **argv, const struct options *o)
{
    const char *ext = o->output ? strrchr(o->output, '.') : NULL;
    if (argc - first < 2)
        return USAGE(argv[0], NULL, FP_M_U_CLAIM_ARGS);
    if (argc - first - 1 > FP_CLAIM_MAX)
        return USAGE(argv[0], NULL, FP_M_U_CLAIM_TOO_MANY, fp_arg_int(FP_CLAIM_MAX));
    for (int i = first, stdin_seen = 0; i < argc; i++)
        if (strcmp(argv[i], "-") == 0 && stdin_seen++)
            return USAGE(argv[0], NULL, FP_M_U_CLAIM_STDIN);
    if (o->output && (ext == NULL || (strcmp(ext, ".xlsx") != 0 && strcmp(ext, ".pdf") != 0)))
        return USAGE(argv[0], NULL, FP_M_U_CLAIM_OUTPUT, fp_arg_str(o->output));
    return 0;
}

/* claim's outputs: JSON or the tables on stdout, the workbook or memo of -o, the findings. */
static int
claim_report(const struct fp_claims *cs, const struct loaded *l, const struct options *o)
{
    struct fp_report_opts r;
    int status = FP_EXIT_OK;

    if (fp_report_opts_make(o->lang, o->date, cs->plan, &r) != 0)
        return FP_EXIT_USAGE;
    if (o->date == NULL) /* the payment memo is dated today (as report.c), not as the decision */
        r.date = fp_date_from_unix(r.epoch);
    r.call = l->call;
    if (o->json)
        fp_claim_json(stdout, cs, fp_msg_lang);
    else if (o->output == NULL)
        fp_claim_print(stdout, cs, fp_msg_lang);
    if (o->output && (strcmp(strrchr(o->output, '.'), ".pdf") == 0
                          ? fp_claim_memo_write(cs, &r, o->output)
                          : fp_claim_book_write(cs, &r, o->output)) != 0)
        status = FP_EXIT_USAGE;
    fflush(stdout);
    print_findings(l);
    for (size_t i = 0; i < cs->n; i++)
        fp_diag_print(&cs->diags[i], stderr, fp_msg_lang);
    if (status == FP_EXIT_OK && cs->errors)
        status = FP_EXIT_FINDINGS;
    return close_stdout() == 0 ? status : FP_EXIT_USAGE;
}

/* A decision that is no plan, or a claim that is no claim (the files given the wrong way round):
   their findings say what each is, and a table of zeros would only hide it. 1 if so. */
static int
files_not_of_their_kind(const struct loaded *l, const struct fp_claimfile *files,
                        const struct fp_diags *diags, size_t n)
{
    int wrong = l->plan.nothing_read;
    for (size_t i = 0; i < n; i++)
        wrong |= files[i].nothing_read;
    if (!wrong)
        return 0;
    print_findings(l);
    for (size_t i = 0; i < n; i++)
        fp_diag_print(&diags[i], stderr, fp_msg_lang);
    return 1;
}

/* The payment claims of one decision, in order (fundplan(1), "claim"). */
static int
cmd_claim(int argc, char **argv)
{
    struct options o = {0};
    int first = parse_options(argc, argv, &o), status;
    size_t n;
    struct fp_call callbuf = {0};
    const struct fp_call *call = NULL;
    struct fp_claimfile *files;
    struct fp_diags *diags;
    struct fp_claims *cs;
    struct loaded l = {0};

    if (first < 0)
        return FP_EXIT_USAGE;
    if ((status = claim_usage(argc, first, argv, &o)) != 0)
        return status;
    n = (size_t)(argc - first - 1);
    files = fp_xmalloc(n * sizeof *files);
    diags = fp_xmalloc(n * sizeof *diags);
    cs = fp_xmalloc(sizeof *cs); /* 64 claims' figures: not on the stack */
    memset(files, 0, n * sizeof *files);
    memset(diags, 0, n * sizeof *diags);
    memset(cs, 0, sizeof *cs);
    if (load_call(o.call, &callbuf, &call) != 0 || load(argv[first], call, &l) != 0)
        status = FP_EXIT_USAGE;
    for (size_t i = 0; i < n && status == FP_EXIT_OK; i++) {
        const char *path = argv[first + 1 + (int)i];
        diags[i].file = fp_ini_name(path);
        if (fp_claimfile_load(path, &files[i], &diags[i]) != 0)
            status = FP_EXIT_USAGE;
    }
    if (status == FP_EXIT_OK && files_not_of_their_kind(&l, files, diags, n)) {
        status = FP_EXIT_FINDINGS;
    } else if (status == FP_EXIT_OK) {
        cs->plan = &l.plan;
        cs->fig = &l.fig;
        cs->plan_diags = &l.diags;
        cs->files = files;
        cs->diags = diags;
        cs->n = n;
        fp_claim_compute(cs);
        for (size_t i = 0; i < n; i++)
            fp_diag_sort(&diags[i]);
        fp_diag_sort(&l.diags);
        status = claim_report(cs, &l, &o);
    }
    for (size_t i = 0; i < n; i++) {
        fp_claimfile_free(&files[i]);
        fp_diag_free(&diags[i]);
    }
    free(files);
    free(diags);
    free(cs);
    unload(&l);
    fp_call_free(&callbuf);
    return status;
}

/* ==== The table of commands ==== */

static const struct command commands[] = {
    {"check", cmd_check, OPT_JSON | OPT_LANG_MSG | OPT_CALL, FP_M_CLI_CHECK_SYN, FP_M_CLI_CHECK},
    {"new", cmd_new, OPT_LANG_NEW, FP_M_CLI_NEW_SYN, FP_M_CLI_NEW},
    {"memo", cmd_memo, OPT_OUTPUT | OPT_LANG | OPT_DATE | OPT_CALL, FP_M_CLI_MEMO_SYN,
     FP_M_CLI_MEMO},
    {"sheet", cmd_sheet, OPT_OUTPUT | OPT_LANG | OPT_CALL, FP_M_CLI_SHEET_SYN, FP_M_CLI_SHEET},
    {"build", cmd_build,
     OPT_OUTDIR | OPT_JOBS | OPT_LANG | OPT_DATE | OPT_CALL | OPT_QUIET | OPT_STATS,
     FP_M_CLI_BUILD_SYN, FP_M_CLI_BUILD},
    {"diff", cmd_diff, OPT_JSON | OPT_ALL | OPT_OUTFILE | OPT_LANG | OPT_DATE | OPT_CALL,
     FP_M_CLI_DIFF_SYN, FP_M_CLI_DIFF},
    {"claim", cmd_claim, OPT_JSON | OPT_OUTFILE | OPT_LANG | OPT_DATE | OPT_CALL,
     FP_M_CLI_CLAIM_SYN, FP_M_CLI_CLAIM},
};

#define NCOMMANDS (sizeof commands / sizeof commands[0])

static const struct command *
command_list(size_t *n)
{
    *n = NCOMMANDS;
    return commands;
}

static const struct command *
find_command(const char *name)
{
    for (size_t i = 0; name && i < NCOMMANDS; i++)
        if (strcmp(commands[i].name, name) == 0)
            return &commands[i];
    return NULL;
}

/* An unknown command, with the closest known one. */
static int
unknown_command(const char *name)
{
    const char *names[NCOMMANDS + 1];
    for (size_t i = 0; i < NCOMMANDS; i++)
        names[i] = commands[i].name;
    names[NCOMMANDS] = NULL;
    return USAGE(NULL, fp_suggest(name, names), FP_M_U_UNKNOWN_COMMAND, fp_arg_str(name));
}

/* --help, -h, help [COMMAND]: the help asked for, on stdout. */
static int
help(const char *topic)
{
    const struct command *c = find_command(topic);
    if (topic && c == NULL)
        return unknown_command(topic);
    print_help(c);
    return close_stdout() == 0 ? FP_EXIT_OK : FP_EXIT_USAGE;
}

int
fp_cli_run(int argc, char **argv)
{
    const char *cmd = argc > 1 ? argv[1] : NULL;
    const struct command *c;

    fp_msg_lang = fp_msg_env_lang();
    if (cmd == NULL)
        return USAGE(NULL, NULL, FP_M_U_NO_COMMAND);
    if (strcmp(cmd, "--help") == 0 || strcmp(cmd, "-h") == 0 || strcmp(cmd, "help") == 0)
        return help(argc > 2 ? argv[2] : NULL);
    if (strcmp(cmd, "--version") == 0) {
        puts("fundplan " FP_VERSION);
        return close_stdout() == 0 ? FP_EXIT_OK : FP_EXIT_USAGE;
    }
    c = find_command(cmd);
    if (c == NULL)
        return unknown_command(cmd);
    return c->run(argc - 1, argv + 1);
}
