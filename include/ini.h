/*
 * ini.h - reads an INI file of fundplan's (a plan, a call, a claim) the careful way: a line scan
 * of our own, then iniparser for the values.
 *
 *     char *data; size_t size;
 *     if (fp_ini_slurp(path, FP_PLAN_MAX_BYTES, &data, &size) != 0) return -1;  // printed
 *     struct fp_ini *ini = fp_ini_parse(path, data, size, &fp_schema_plan, &diags);
 *     int line;
 *     const char *v = fp_ini_get(ini, "costs", "staff", &line);   // "40 000", line 31
 *     fp_ini_free(ini);
 *
 * iniparser 4.1 keeps no line numbers, keeps the last of two equal keys silently, fails the whole
 * file on a byte-order mark, a NUL byte, an over-long line or one syntax error, and crashes on a
 * ':' in a section name (CVE-2023-33461). So the scan reads the raw bytes first: it indexes the
 * line of every section and key, reports every problem of form with its line (unknown sections
 * and keys against the schema, with did-you-mean), and hands iniparser a normalised copy. Which
 * keys exist is the schema's (schema.h); what the values mean is the caller's.
 * SPDX-License-Identifier: MIT
 */
#ifndef FP_INI_H
#define FP_INI_H

#include <stddef.h>

#include "diag.h"
#include "schema.h"

struct fp_ini;

/* What standard input ("-") is called in findings and summaries, and the stem of its outputs
   (fp_plan_stem): output/stdin.pdf. */
#define FP_STDIN_NAME "stdin"

/* The name a file given as path goes by in findings: FP_STDIN_NAME for "-", else path. */
const char *fp_ini_name(const char *path);

/*
 * Reads a whole file ("-": standard input) of at most max bytes into *data (NUL-terminated,
 * the caller frees). Devices, FIFOs and folders are refused without being opened for reading.
 * Returns 0, or -1 with the message printed (FP_FAIL).
 */
int fp_ini_slurp(const char *path, size_t max, char **data, size_t *size);

/*
 * Scans and loads data as a file of that schema; findings go to d. Always returns an fp_ini
 * (free with fp_ini_free), possibly with no values: a file that is no INI file of this schema at
 * all gets one finding saying so instead of one per line.
 */
struct fp_ini *fp_ini_parse(const char *path, const char *data, size_t size,
                            const struct fp_schema *schema, struct fp_diags *d);

void fp_ini_free(struct fp_ini *ini);

/* Whether values could be read at all (no finding said the file is unreadable). */
int fp_ini_has_values(const struct fp_ini *ini);

/* Whether the file is not of the schema's kind at all: empty, binary, not fundplan's, or
   another kind of fundplan file (a call file given as a plan); its one finding says which. */
int fp_ini_other_kind(const struct fp_ini *ini);

/* When it is another kind of fundplan file, which (FP_M_WHAT_CALL, _PLAN, _CLAIM); else
   FP_M_NONE. */
enum fp_msg fp_ini_ours_instead(const struct fp_ini *ini);

/* The value of section:key (NULL if absent) and its line (0 if absent); the last of repeated
   keys, as iniparser keeps it. The string lives as long as ini. */
const char *fp_ini_get(const struct fp_ini *ini, const char *section, const char *key, int *line);

/* The line of a key (0 if absent), whether or not its value could be read. */
int fp_ini_key_line(const struct fp_ini *ini, const char *section, const char *key);

/* Section headers in file order, each name once (repeated headers are merged into the first). */
size_t fp_ini_nsections(const struct fp_ini *ini);
const char *fp_ini_section(const struct fp_ini *ini, size_t i, int *line);

/* The line of [name]'s first header, or 0. */
int fp_ini_header_line(const struct fp_ini *ini, const char *name);

/* Whether a line under [name] was rejected: a key that seems missing may be on it. */
int fp_ini_rejected(const struct fp_ini *ini, const char *name);

/* Whether a section header line was rejected (its keys were skipped). */
int fp_ini_bad_headers(const struct fp_ini *ini);

/* Whether an unknown key stood where keys change money (FP_SEC_STRICT): the sums may lack it. */
int fp_ini_unknown_strict(const struct fp_ini *ini);

/* Number of key = value lines read. */
size_t fp_ini_nkeys(const struct fp_ini *ini);

#endif
