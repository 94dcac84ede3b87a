/*
 * test_msg.c - the catalogue's discipline (msg.h): every entry in every language, the same
 * placeholders in each (the preparer's text and the reader's apart), a reader's text exactly for
 * findings (FP_M_F_*) and within the preparer's arguments, no control characters; and the
 * INI keys lang.c names are the schema's.
 * Which entries are findings is read from their names in include/msgid.h (FP_TOP: the source
 * tree, from the Makefile), since C keeps no enum names.
 * SPDX-License-Identifier: MIT
 */
#include "msg.h"

#include <stddef.h>
#include <stdlib.h>

#include "lang.h"
#include "plan.h"
#include "schema.h"
#include "t.h"

#ifndef FP_TOP
#define FP_TOP "."
#endif

static const struct fp_msg_text *const tables[FP_LANG_COUNT] = {fp_msg_fi, fp_msg_sv, fp_msg_en};
static const char *const lang_names[FP_LANG_COUNT] = {"fi", "sv", "en"};

/* The names of the entries ("F_DECLARED_NET_COSTS"), by value; names_found counts them. */
static char *names[FP_MSG_COUNT];
static int names_found;

static void
read_names(void)
{
    FILE *f = fopen(FP_TOP "/include/msgid.h", "r");
    char line[512], name[128], comma;
    int m = 0;
    if (f == NULL)
        return;
    while (fgets(line, sizeof line, f)) {
        if (sscanf(line, " FP_M_%127[A-Z0-9_]%c", name, &comma) != 2 || comma != ',')
            continue;
        if (m < FP_MSG_COUNT)
            names[m] = strdup(name);
        m++;
    }
    fclose(f);
    names_found = m;
}

/* A failure names the entry and the language: snprintf'd into t_first by hand. */
#define T_ENTRY(expr, m, l, what)                                                                  \
    do {                                                                                           \
        if (!(expr) && t_failed++ == 0)                                                            \
            snprintf(t_first, sizeof t_first, "FP_M_%s (%s): %s", names[m] ? names[m] : "?",       \
                     lang_names[l], what);                                                         \
    } while (0)

static void
msgid_h_names_every_entry(void)
{
    T_CHECK(names_found == FP_MSG_COUNT);
    T_CHECK(names[0] != NULL && strcmp(names[0], "NONE") == 0);
}

static void
every_entry_exists_in_every_language(void)
{
    for (int m = 1; m < FP_MSG_COUNT; m++)
        for (int l = 0; l < FP_LANG_COUNT; l++)
            T_ENTRY(tables[l][m].text != NULL && tables[l][m].text[0] != '\0', m, l, "missing");
}

static unsigned
mask(const char *s)
{
    unsigned seen = 0;
    fp_msg_placeholders(s, &seen);
    return seen;
}

static void
placeholders_are_the_same_in_every_language(void)
{
    for (int m = 1; m < FP_MSG_COUNT; m++) {
        unsigned text = mask(fp_msg_en[m].text), reader = mask(fp_msg_en[m].reader);
        for (int l = 0; l < FP_LANG_COUNT; l++) {
            T_ENTRY(mask(tables[l][m].text) == text, m, l, "placeholders differ from English");
            T_ENTRY(mask(tables[l][m].reader) == reader, m, l,
                    "reader's placeholders differ from English");
        }
    }
}

static void
findings_and_only_findings_have_a_readers_text(void)
{
    for (int m = 1; m < FP_MSG_COUNT; m++) {
        int finding = names[m] && strncmp(names[m], "F_", 2) == 0;
        for (int l = 0; l < FP_LANG_COUNT; l++) {
            const char *r = tables[l][m].reader;
            T_ENTRY(!finding || (r && *r), m, l, "a finding without a reader's text");
            T_ENTRY(finding || r == NULL, m, l, "a reader's text on an entry that is no finding");
        }
    }
}

/* The code passes the arguments of the preparer's text, {1} up to its highest; the reader's
   text may leave some out (a key name) or use one the preparer's leaves out (a label), but it
   cannot have one beyond them. */
static void
the_reader_uses_only_the_preparers_arguments(void)
{
    for (int m = 1; m < FP_MSG_COUNT; m++)
        for (int l = 0; l < FP_LANG_COUNT; l++) {
            int text = fp_msg_placeholders(tables[l][m].text, NULL);
            int reader = fp_msg_placeholders(tables[l][m].reader, NULL);
            T_ENTRY(reader <= text, m, l, "reader's placeholder beyond the preparer's arguments");
        }
}

/* A C0 or C1 control character, or DEL: a text is printed on one line, in a cell, in a PDF. */
static int
has_control(const char *s)
{
    const unsigned char *u = (const unsigned char *)s;
    for (size_t i = 0; s && u[i]; i++)
        if (u[i] < 0x20 || u[i] == 0x7f || (u[i] == 0xc2 && u[i + 1] >= 0x80 && u[i + 1] <= 0x9f))
            return 1;
    return 0;
}

static void
no_text_has_a_control_character(void)
{
    for (int m = 1; m < FP_MSG_COUNT; m++)
        for (int l = 0; l < FP_LANG_COUNT; l++) {
            T_ENTRY(!has_control(tables[l][m].text), m, l, "control character in the text");
            T_ENTRY(!has_control(tables[l][m].reader), m, l, "control character in the reader's");
        }
}

/* The key of sec whose value lives at offset in struct fp_block, or NULL. */
static const struct fp_key_def *
key_at(const char *section, size_t offset)
{
    int year;
    const struct fp_section_def *sec = fp_schema_section(&fp_schema_plan, section, &year);
    for (const struct fp_key_def *k = sec ? sec->keys : NULL; k && k->name; k++)
        if (k->offset == offset && (k->kind == FP_KEY_AMOUNT || k->kind == FP_KEY_PERCENT))
            return k;
    return NULL;
}

static void
cost_and_source_keys_are_the_schemas(void)
{
    for (int c = 0; c < FP_COST_COUNT; c++) {
        size_t off = c == FP_COST_FLAT_RATE
                         ? offsetof(struct fp_block, flat_rate)
                         : offsetof(struct fp_block, cost) + (size_t)c * sizeof(struct fp_amount);
        const struct fp_key_def *k = key_at("costs", off);
        T_CHECK(k != NULL);
        if (k)
            T_STREQ(fp_cost_key((enum fp_cost)c), k->name);
    }
    for (int s = 0; s < FP_SRC_COUNT; s++) {
        const struct fp_key_def *k = key_at("financing", offsetof(struct fp_block, fin) +
                                                             (size_t)s * sizeof(struct fp_amount));
        T_CHECK(k != NULL);
        if (k)
            T_STREQ(fp_source_key((enum fp_source)s), k->name);
    }
}

int
main(void)
{
    static const struct t_case cases[] = {
        T_CASE(msgid_h_names_every_entry),
        T_CASE(every_entry_exists_in_every_language),
        T_CASE(placeholders_are_the_same_in_every_language),
        T_CASE(findings_and_only_findings_have_a_readers_text),
        T_CASE(the_reader_uses_only_the_preparers_arguments),
        T_CASE(no_text_has_a_control_character),
        T_CASE(cost_and_source_keys_are_the_schemas),
    };
    int rc;
    read_names();
    rc = t_main(cases, sizeof cases / sizeof cases[0]);
    for (int m = 0; m < FP_MSG_COUNT; m++)
        free(names[m]);
    return rc;
}
