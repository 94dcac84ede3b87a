/*
 * test_template.c - the template of `fundplan new` follows the schema's table: every section and
 * key of a plan, each with its comment in the language, the placeholders, the year's dates;
 * and the table gives every key and section a comment to write.
 * SPDX-License-Identifier: MIT
 */
#include "template.h"

#include <stdio.h>
#include <stdlib.h>

#include "msg.h"
#include "schema.h"
#include "t.h"

/* Whether text has a line starting with key (optionally after "; ") then spaces and '='. */
static int
has_key_line(const char *text, const char *key)
{
    size_t n = strlen(key);
    for (const char *p = text; p; p = strchr(p, '\n') ? strchr(p, '\n') + 1 : NULL) {
        const char *q = strncmp(p, "; ", 2) == 0 ? p + 2 : p;
        if (strncmp(q, key, n) == 0 && (q[n] == ' ' || q[n] == '=')) {
            q += n;
            while (*q == ' ')
                q++;
            if (*q == '=')
                return 1;
        }
    }
    return 0;
}

static void
every_section_and_key_of_the_schema_is_written(void)
{
    for (int l = 0; l < FP_LANG_COUNT; l++) {
        size_t len;
        char *t = fp_template_text((enum fp_lang)l, 2026, &len);
        T_CHECK(t != NULL && strlen(t) == len);
        for (const struct fp_section_def *sec = fp_schema_plan.sections; t && sec->name; sec++) {
            char header[64];
            snprintf(header, sizeof header, "[%s]", sec->name);
            T_CHECK(strstr(t, header) != NULL);
            for (const struct fp_key_def *k = sec->keys; k->name; k++)
                if (!has_key_line(t, k->name) && t_failed++ == 0)
                    snprintf(t_first, sizeof t_first, "no line for %s in [%s]", k->name, sec->name);
        }
        free(t);
    }
}

static void
every_key_and_section_has_a_comment(void)
{
    for (const struct fp_section_def *sec = fp_schema_plan.sections; sec->name; sec++) {
        T_CHECK(sec->help != FP_M_NONE);
        for (const struct fp_key_def *k = sec->keys; k->name; k++)
            if (k->help == FP_M_NONE && t_failed++ == 0)
                snprintf(t_first, sizeof t_first, "%s in [%s] has no comment", k->name, sec->name);
    }
}

static void
comments_placeholders_and_dates_are_in_the_language(void)
{
    size_t len;
    char *fi = fp_template_text(FP_LANG_FI, 2031, &len);
    char *en = fp_template_text(FP_LANG_EN, 2031, &len);
    char line[256];

    snprintf(line, sizeof line, "; %s: %s", fp_msg_text(FP_LANG_FI, FP_M_TPL_REQUIRED),
             fp_msg_text(FP_LANG_FI, FP_M_TPL_H_NAME));
    T_CHECK(strstr(fi, line) != NULL);
    T_CHECK(strstr(fi, "= Hankkeen nimi ") != NULL);
    T_CHECK(strstr(fi, "= 1.1.2031 ") != NULL && strstr(fi, "= 31.12.2031 ") != NULL);
    T_CHECK(strstr(en, "= 2031-01-01 ") != NULL && strstr(en, "= 2031-12-31 ") != NULL);
    T_CHECK(strstr(fi, "\nlanguage ") != NULL && strstr(fi, "= fi ") != NULL);
    for (const struct fp_placeholder *p = fp_schema_placeholders; p->section; p++)
        T_CHECK(strstr(en, fp_msg_text(FP_LANG_EN, p->text)) != NULL);
    free(fi);
    free(en);
}

int
main(void)
{
    static const struct t_case cases[] = {
        T_CASE(every_section_and_key_of_the_schema_is_written),
        T_CASE(every_key_and_section_has_a_comment),
        T_CASE(comments_placeholders_and_dates_are_in_the_language),
    };
    return t_main(cases, sizeof cases / sizeof cases[0]);
}
