/*
 * schema.h - which sections and keys a plan, a call file and a claim file have, and what each key
 * holds: one table per kind of file drives the reader's known-key checks, the reading of values,
 * the freeing of texts, the glyph check and the template of `fundplan new`.
 *
 *     const struct fp_section_def *sec = fp_schema_section(&fp_schema_plan, "costs.2024", &year);
 *     fp_schema_read(ini, sec, "costs.2024", &block, &ctx);   // every key of the section
 *
 * The table says where a value goes as an offset into the section's target struct (struct fp_plan
 * for [project], struct fp_block for money, struct fp_rules for [rules], ...), so reading and
 * freeing are one loop over the table. Values are parsed by money.c and date.c, never by
 * iniparser's numeric getters.
 * SPDX-License-Identifier: MIT
 */
#ifndef FP_SCHEMA_H
#define FP_SCHEMA_H

#include <stddef.h>

#include "diag.h"
#include "msg.h"
#include "plan.h"

struct fp_ini;

/* How a key's value is read, and the struct it is stored in. */
enum fp_key_kind {
    FP_KEY_TEXT,     /* struct fp_text_value */
    FP_KEY_LONGTEXT, /* struct fp_text_value, or read from the file its NAME_file key names */
    FP_KEY_LIST,     /* a ',' list of texts (partners): read by its owner, not by the table */
    FP_KEY_DATE,     /* struct fp_date_value */
    FP_KEY_AMOUNT,   /* struct fp_amount */
    FP_KEY_PERCENT,  /* struct fp_percent */
    FP_KEY_CHOICE,   /* struct fp_choice: the index of the word in choices */
    FP_KEY_NUMBER,   /* struct fp_choice: a whole number 0 .. 9 999 */
    FP_KEY_RULE,     /* struct fp_rule_value, read as rules.c's table says */
    FP_KEY_FILENAME, /* NAME_file of a FP_KEY_LONGTEXT: read with it */
};

enum {
    FP_KEY_REQUIRED = 1, /* the file must give it */
    FP_KEY_PRINTED = 2,  /* the memo prints it: its letters must be in the memo's font */
};

struct fp_key_def {
    const char *name;
    enum fp_key_kind kind;
    unsigned flags;
    size_t offset;              /* of its value in the section's target struct */
    const char *const *choices; /* FP_KEY_CHOICE: the words, NULL-terminated */
    const char *example;        /* a value for hints ("add a line: start = 1.1.2026") and the
                                   template (NULL: its placeholder, fp_schema_placeholders) */
    int rule;                   /* FP_KEY_RULE: the enum fp_rule */
    enum fp_msg help;           /* what it holds: the template's comment on it */
};

enum {
    FP_SEC_YEARLY = 1,   /* also comes as [name.YYYY] */
    FP_SEC_STRICT = 2,   /* an unknown key here changes money: it is an error, not a warning */
    FP_SEC_REQUIRED = 4, /* the file must have it (or its yearly form) */
};

struct fp_section_def {
    const char *name;
    unsigned flags;
    const struct fp_key_def *keys; /* ends with a NULL name */
    enum fp_msg help;              /* what it holds: the template's comment on it */
};

struct fp_schema {
    enum fp_msg what;                      /* "plan", "call file", "claim": for messages */
    const struct fp_section_def *sections; /* ends with a NULL name */
};

extern const struct fp_schema fp_schema_plan;
extern const struct fp_schema fp_schema_call;
extern const struct fp_schema fp_schema_claim;

/* The choices of the enums the plan holds (index = enum value). */
extern const char *const fp_schema_programmes[];
extern const char *const fp_schema_types[];
extern const char *const fp_schema_cost_models[];
extern const char *const fp_schema_flat_bases[];
extern const char *const fp_schema_languages[];

/* A text `fundplan new` writes where the plan's own belongs ("Hankkeen nimi"): the template
   writes it, check.c warns while a plan still holds it (FP_F_PLACEHOLDER). */
struct fp_placeholder {
    const char *section, *key; /* a text key of [project] or [description] */
    enum fp_msg text;          /* in the user's language; matched in every language */
};

/* Every placeholder, ending with a NULL section. */
extern const struct fp_placeholder fp_schema_placeholders[];

/* The key name of a rule ("max_support_rate"). */
const char *fp_schema_rule_name(enum fp_rule r);

/* The section a header names, and its year for [costs.2024] (0 otherwise). NULL if unknown. */
const struct fp_section_def *fp_schema_section(const struct fp_schema *s, const char *name,
                                               int *year);

/* The key of a section, or NULL. */
const struct fp_key_def *fp_schema_key(const struct fp_section_def *sec, const char *name);

/* What the reader needs besides the file: where findings go, the file's folder for *_file
   keys, and the flag set when a money value could not be read. */
struct fp_schema_ctx {
    const struct fp_ini *ini;
    struct fp_diags *d;
    const char *dir;
    int *incomplete;
};

/* Reads every key of sec (as the header `name` gave it) into target. */
void fp_schema_read(const struct fp_schema_ctx *c, const struct fp_section_def *sec,
                    const char *name, void *target);

/* Reads one key of sec into target (for keys its owner reads in its own order). */
void fp_schema_read_key(const struct fp_schema_ctx *c, const struct fp_key_def *k, const char *name,
                        void *target);

/*
 * Reads the file name names under dir without leaving it: no absolute path, no "..", no symbolic
 * link on the way, a regular UTF-8 text file of at most FP_TEXT_MAX_BYTES without control
 * characters. Returns the text (the caller frees it), or NULL with *why (FP_M_WHY_ERRNO: *err
 * holds the errno).
 */
char *fp_schema_read_beside(const char *dir, const char *name, enum fp_msg *why, int *err);

/* Frees the texts the table's keys of sec hold in target. */
void fp_schema_free(const struct fp_section_def *sec, void *target);

#endif
