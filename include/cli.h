/*
 * cli.h - fundplan's command line: fp_cli_run parses argv, runs the command and returns the
 * exit status (documented in fundplan(1) and the README).
 * SPDX-License-Identifier: MIT
 */
#ifndef FP_CLI_H
#define FP_CLI_H

enum {
    FP_EXIT_OK = 0,       /* no plan has errors (warnings allowed) */
    FP_EXIT_FINDINGS = 1, /* a plan has errors */
    FP_EXIT_USAGE = 2,    /* usage, I/O or library error */
};

int fp_cli_run(int argc, char **argv);

#endif
