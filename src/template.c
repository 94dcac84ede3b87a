/*
 * template.c - the plan of `fundplan new`, written from the schema's table (schema.c): the keys
 * the example project uses with their values, every other key commented out with its example,
 * and each with the schema's comment in the user's language.
 * SPDX-License-Identifier: MIT
 */
#include "template.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "msg.h"
#include "schema.h"
#include "utf8.h"

/* Comments start at this column at the latest; the head is wrapped at HEAD_WIDTH. */
#define VALUE_WIDTH 24
#define HEAD_WIDTH 100

/* How the template fills a key it uses. */
enum fill {
    FIXED,       /* the value of the row */
    PLACEHOLDER, /* the schema's placeholder text: the plan's own goes there */
    FIRST_DAY,   /* 1 January of the year */
    LAST_DAY,    /* 31 December of the year */
    LANGUAGE,    /* the user's language: the memo speaks it too */
};

/* The keys the template gives a value: a development project of EAKR 2021-2027 in one year, its
   costs by the 40 % flat rate on staff costs, support at EAKR's maximum 80 % of net costs
   (rules.c), the region it needs for the EU share. It checks clean once the placeholders are
   replaced. Every other key of the schema is written commented out. */
static const struct used {
    const char *section, *key;
    enum fill fill;
    const char *value;
} used[] = {
    {"project", "name", PLACEHOLDER, NULL},
    {"project", "applicant", PLACEHOLDER, NULL},
    {"project", "funder", PLACEHOLDER, NULL},
    {"project", "instrument", FIXED, "EAKR"},
    {"project", "programme", FIXED, "2021-2027"},
    {"project", "type", FIXED, "development"},
    {"project", "region", FIXED, "Pohjois-Savo"},
    {"project", "start", FIRST_DAY, NULL},
    {"project", "end", LAST_DAY, NULL},
    {"project", "language", LANGUAGE, NULL},
    {"description", "summary", PLACEHOLDER, NULL},
    {"description", "goals", PLACEHOLDER, NULL},
    {"description", "actions", PLACEHOLDER, NULL},
    {"costs", "cost_model", FIXED, "flat_rate"},
    {"costs", "staff", FIXED, "40 000"},
    {"costs", "flat_rate", FIXED, "40 %"},
    {"financing", "eakr", FIXED, "44 800"},
    {"financing", "municipal", FIXED, "11 200"},
};

/* A growing text, owned by whoever takes p. */
struct buf {
    char *p;
    size_t len, cap;
};

static void
put(struct buf *b, const char *s, size_t n)
{
    if (b->len + n + 1 > b->cap) {
        b->cap = (b->len + n + 1) * 2;
        b->p = fp_xrealloc(b->p, b->cap);
    }
    memcpy(b->p + b->len, s, n);
    b->len += n;
    b->p[b->len] = '\0';
}

static void
puts_(struct buf *b, const char *s)
{
    put(b, s, strlen(s));
}

static void
pad(struct buf *b, size_t from, size_t to)
{
    for (; from < to; from++)
        put(b, " ", 1);
}

static const struct used *
find_used(const char *section, const char *key)
{
    for (size_t i = 0; i < sizeof used / sizeof used[0]; i++)
        if (strcmp(used[i].section, section) == 0 && strcmp(used[i].key, key) == 0)
            return &used[i];
    return NULL;
}

static enum fp_msg
placeholder_of(const char *section, const char *key)
{
    for (const struct fp_placeholder *p = fp_schema_placeholders; p->section; p++)
        if (strcmp(p->section, section) == 0 && strcmp(p->key, key) == 0)
            return p->text;
    return FP_M_NONE;
}

/* A date of the year as the language's users write it in a plan. */
static void
date_value(char *buf, size_t n, enum fp_lang lang, int year, int last)
{
    if (lang == FP_LANG_EN)
        snprintf(buf, n, "%04d-%s", year, last ? "12-31" : "01-01");
    else
        snprintf(buf, n, "%s.%d", last ? "31.12" : "1.1", year);
}

/* The key's value into buf; returns whether the template uses the key (else it is commented). */
static int
value_of(const char *section, const struct fp_key_def *k, enum fp_lang lang, int year, char *buf,
         size_t n)
{
    const struct used *u = find_used(section, k->name);
    enum fp_msg ph = placeholder_of(section, k->name);
    enum fill fill = u ? u->fill : ph != FP_M_NONE ? PLACEHOLDER : FIXED;

    if (k->kind == FP_KEY_DATE && fill == FIXED)
        fill = strcmp(k->name, "end") == 0 ? LAST_DAY : FIRST_DAY;
    switch (fill) {
    case PLACEHOLDER:
        snprintf(buf, n, "%s", fp_msg_text(lang, ph));
        break;
    case FIRST_DAY:
    case LAST_DAY:
        date_value(buf, n, lang, year, fill == LAST_DAY);
        break;
    case LANGUAGE:
        snprintf(buf, n, "%s", fp_lang_code(lang));
        break;
    case FIXED:
        snprintf(buf, n, "%s", u ? u->value : k->example ? k->example : "");
        break;
    }
    return u != NULL;
}

/* The comment at column (or one space after a longer line) and the line's end. */
static void
end_line(struct buf *b, enum fp_lang lang, size_t line_start, size_t column, int required,
         enum fp_msg help)
{
    size_t width = fp_utf8_width(b->p + line_start);
    if (help != FP_M_NONE || required) {
        pad(b, width, column);
        puts_(b, width >= column ? " ; " : "; ");
        if (required)
            puts_(b, fp_msg_text(lang, FP_M_TPL_REQUIRED));
        if (required && help != FP_M_NONE)
            puts_(b, ": ");
        if (help != FP_M_NONE)
            puts_(b, fp_msg_text(lang, help));
    }
    puts_(b, "\n");
}

/* One section: its header and every key, used or commented out, the comments in a column. */
static void
section(struct buf *b, const struct fp_section_def *sec, enum fp_lang lang, int year)
{
    size_t keyw = 0, valw = 0, column, start;
    int any = 0;
    char value[256];

    for (const struct fp_key_def *k = sec->keys; k->name; k++) {
        size_t w;
        any |= value_of(sec->name, k, lang, year, value, sizeof value);
        w = fp_utf8_width(value);
        if (strlen(k->name) > keyw)
            keyw = strlen(k->name);
        if (w > valw)
            valw = w;
    }
    keyw += 2; /* room for "; " before a key not used */
    column = keyw + 3 + (valw < VALUE_WIDTH ? valw : VALUE_WIDTH) + 1;
    start = b->len;
    /* a section the template does not use is commented out with its keys */
    puts_(b, any ? "\n[" : "\n; [");
    start++;
    puts_(b, sec->name);
    puts_(b, "]");
    end_line(b, lang, start, column, 0, sec->help);
    for (const struct fp_key_def *k = sec->keys; k->name; k++) {
        int on = value_of(sec->name, k, lang, year, value, sizeof value);
        start = b->len;
        if (!on)
            puts_(b, "; ");
        puts_(b, k->name);
        pad(b, fp_utf8_width(b->p + start), keyw);
        puts_(b, *value ? " = " : " =");
        puts_(b, value);
        end_line(b, lang, start, column, (k->flags & FP_KEY_REQUIRED) != 0, k->help);
    }
}

/* A comment of the head, wrapped at HEAD_WIDTH. */
static void
head_line(struct buf *b, const char *text)
{
    char word[256];
    size_t col = 0;
    while (*text) {
        size_t n = strcspn(text, " "), w;
        snprintf(word, sizeof word, "%.*s", (int)n, text);
        w = fp_utf8_width(word);
        if (col == 0 || col + 1 + w > HEAD_WIDTH) {
            puts_(b, col ? "\n;" : ";");
            col = 1;
        }
        puts_(b, " ");
        puts_(b, word);
        col += 1 + w;
        text += n;
        text += strspn(text, " ");
    }
    puts_(b, "\n");
}

char *
fp_template_text(enum fp_lang lang, int year, size_t *len)
{
    struct buf b = {NULL, 0, 0};
    char values[512];
    struct fp_arg y = fp_arg_int(year);

    head_line(&b, fp_msg_text(lang, FP_M_TPL_HEAD));
    fp_msg_render(values, sizeof values, lang, fp_msg_text(lang, FP_M_TPL_VALUES), &y, 1);
    head_line(&b, values);
    head_line(&b, fp_msg_text(lang, FP_M_TPL_COMMENTED));
    for (const struct fp_section_def *sec = fp_schema_plan.sections; sec->name; sec++)
        section(&b, sec, lang, year);
    *len = b.len;
    return b.p;
}
