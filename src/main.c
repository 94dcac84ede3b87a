/*
 * main.c - fundplan: checks a funding plan to the cent and writes its memo and workbooks.
 * Everything happens in the modules; see cli.c for the commands.
 * SPDX-License-Identifier: MIT
 */
#include "cli.h"

int
main(int argc, char **argv)
{
    return fp_cli_run(argc, argv);
}
