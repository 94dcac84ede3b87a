/*
 * ini.c - the careful INI reader: our own line scan (lines, encoding, names, duplicates, unknown
 * sections and keys against a schema), then iniparser on a normalised copy for the values.
 * Why the scan comes first: ini.h. What the keys mean is the caller's.
 * SPDX-License-Identifier: MIT
 */
#define _GNU_SOURCE /* memfd_create: the normalised copy never touches the file system */
#include "ini.h"

#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <iniparser/iniparser.h>

#include "suggest.h"
#include "utf8.h"

/* iniparser reads lines with fgets into a 1 024-byte buffer: a logical line (continuations
   joined) of more than 1 022 bytes before its line end makes it fail the whole file. */
#define INI_LINE_MAX 1022

/* A plan has at most 7 + 3 × FP_MAX_YEARS sections; far more is not one of our files, and the
   checks of repeated sections compare every header with every other. */
#define SECTIONS_MAX 256

/* One key = value line, as the scan found it. */
struct entry {
    char *section; /* lower-case section name, e.g. "costs.2017" */
    char *key;     /* lower-case key */
    int line;
};

/* One section header. */
struct header {
    char *name;
    int line;
    int rejected; /* lines under it were rejected: a key that seems missing may be on one */
    int first;    /* the first header of that name (a repeated one is merged into it) */
};

struct fp_ini {
    const struct fp_schema *schema;
    struct entry *entries; /* sorted by section, key, line once the scan is done */
    size_t nentries, capentries;
    struct header *headers;
    size_t nheaders, capheaders;
    size_t nheaders_over;     /* headers beyond SECTIONS_MAX, skipped */
    size_t bad_headers;       /* rejected header lines: a money section may be among them */
    size_t known_headers;     /* headers of sections the schema knows, or a typo of one */
    int other_kind;           /* not a file of the schema's kind at all: one finding says so */
    enum fp_msg ours_instead; /* what kind of fundplan file it is instead, or FP_M_NONE */
    size_t unknown_strict;    /* unknown keys in FP_SEC_STRICT sections */
    char *norm;               /* the normalised copy for iniparser */
    size_t normlen;
    dictionary *dict; /* NULL when the values could not be read */
};

static void
norm_append(struct fp_ini *s, const char *p, size_t n)
{
    memcpy(s->norm + s->normlen, p, n);
    s->normlen += n;
}

/*
 * Offset of the first control character in valid UTF-8 [p, p+n), or n: C0 controls but TAB, DEL
 * and the C1 controls U+0080-U+009F. A plan is plain text, and its values are echoed in
 * messages: an ESC or CSI would let a file rewrite the funder's terminal.
 */
static size_t
control_at(const char *p, size_t n, int newlines)
{
    const unsigned char *u = (const unsigned char *)p;
    for (size_t i = 0; i < n; i++) {
        if (newlines && (u[i] == '\n' || u[i] == '\r'))
            continue;
        if ((u[i] < 0x20 && u[i] != '\t') || u[i] == 0x7f)
            return i;
        if (u[i] == 0xc2 && i + 1 < n && u[i + 1] >= 0x80 && u[i + 1] <= 0x9f)
            return i;
    }
    return n;
}

static int
is_space(char c)
{
    return c == ' ' || c == '\t' || c == '\v' || c == '\f';
}

static char *
trim_copy(const char *p, size_t n)
{
    while (n > 0 && is_space(*p))
        p++, n--;
    while (n > 0 && is_space(p[n - 1]))
        n--;
    return fp_xstrndup(p, n);
}

static void
lower(char *s)
{
    for (; *s; s++)
        if (*s >= 'A' && *s <= 'Z')
            *s = (char)(*s - 'A' + 'a');
}

/* Names iniparser can hold safely and we can match: letters, digits, '_', '.', '-'. */
static int
valid_name(const char *s)
{
    if (*s == '\0')
        return 0;
    for (; *s; s++) {
        char c = *s;
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '.' || c == '-'))
            return 0;
    }
    return 1;
}

/* The schema's section names, and the yearly ones with a year, for "did you mean". */
static const char *const *
section_names(const struct fp_schema *schema, char store[][32], const char **names, size_t max)
{
    size_t n = 0;
    for (const struct fp_section_def *s = schema->sections; s->name && n + 2 < max; s++) {
        names[n++] = s->name;
        if (s->flags & FP_SEC_YEARLY) {
            snprintf(store[n], 32, "%s.2026", s->name);
            names[n] = store[n];
            n++;
        }
    }
    names[n] = NULL;
    return names;
}

/* Keys of a section the schema has: the only ones iniparser needs to see. */
static int
is_known_key(const struct fp_schema *schema, const char *section, const char *key)
{
    int year;
    const struct fp_section_def *sec = fp_schema_section(schema, section, &year);
    return sec != NULL && fp_schema_key(sec, key) != NULL;
}

/* Keys whose value is free text: there a ';' or '#' is more likely text than a comment. */
static int
is_text_key(const struct fp_schema *schema, const char *section, const char *key)
{
    int year;
    const struct fp_section_def *sec = fp_schema_section(schema, section, &year);
    const struct fp_key_def *k = sec ? fp_schema_key(sec, key) : NULL;
    return k && (k->kind == FP_KEY_TEXT || k->kind == FP_KEY_LONGTEXT || k->kind == FP_KEY_LIST);
}

/* A header line "[name]" (t is the trimmed line). 0, or -1 when rejected. */
static int
scan_header(struct fp_ini *s, struct fp_diags *d, const char *t, int line, char **section)
{
    const char *close = strchr(t, ']');
    const char *rest;
    char *name;
    int year;

    if (close == NULL) {
        FP_DIAG(d, FP_ERROR, FP_F_SYNTAX, line, FP_M_F_HEADER_UNCLOSED);
        FP_DIAG_NOTE(d, FP_M_N_HEADER_FORM);
        return -1;
    }
    rest = close + 1;
    while (is_space(*rest))
        rest++;
    if (*rest != '\0' && *rest != ';' && *rest != '#') {
        FP_DIAG(d, FP_ERROR, FP_F_SYNTAX, line, FP_M_F_HEADER_TEXT_AFTER);
        return -1;
    }
    name = trim_copy(t + 1, (size_t)(close - t - 1));
    lower(name);
    if (!valid_name(name)) {
        FP_DIAG(d, FP_ERROR, FP_F_BAD_NAME, line, FP_M_F_SECTION_NAME_CHARS, fp_arg_str(name));
        free(name);
        return -1;
    }
    if (fp_schema_section(s->schema, name, &year) != NULL) {
        s->known_headers++;
    } else {
        char store[64][32];
        const char *names[64];
        const char *near = fp_suggest(name, section_names(s->schema, store, names, 64));
        FP_DIAG(d, FP_WARNING, FP_F_UNKNOWN_SECTION, line, FP_M_F_UNKNOWN_SECTION,
                fp_arg_str(name));
        if (near) {
            FP_DIAG_NOTE(d, FP_M_N_DID_YOU_MEAN_SECTION, fp_arg_str(near));
            s->known_headers++; /* a typo of ours: the file is one of ours */
        }
    }
    if (s->nheaders == SECTIONS_MAX) {
        if (s->nheaders_over++ == 0)
            FP_DIAG(d, FP_ERROR, FP_F_SYNTAX, line, FP_M_F_TOO_MANY_SECTIONS,
                    fp_arg_int(SECTIONS_MAX));
        free(name);
        return -1;
    }
    int first = 1;
    for (size_t i = 0; i < s->nheaders; i++) {
        if (strcmp(s->headers[i].name, name) == 0) {
            FP_DIAG(d, FP_WARNING, FP_F_DUPLICATE_SECTION, line, FP_M_F_DUPLICATE_SECTION,
                    fp_arg_str(name), fp_arg_int(s->headers[i].line));
            first = 0;
            break;
        }
    }
    if (s->nheaders == s->capheaders) {
        s->capheaders = s->capheaders ? 2 * s->capheaders : 16;
        s->headers = fp_xrealloc(s->headers, s->capheaders * sizeof *s->headers);
    }
    s->headers[s->nheaders].name = fp_xstrdup(name);
    s->headers[s->nheaders].line = line;
    s->headers[s->nheaders].rejected = 0;
    s->headers[s->nheaders].first = first;
    s->nheaders++;
    norm_append(s, "[", 1);
    norm_append(s, name, strlen(name));
    norm_append(s, "]", 1);
    free(*section);
    *section = name;
    return 0;
}

/* Warns when a ';' or '#' cuts a value, which iniparser takes for the start of a comment. */
static void
check_value_end(struct fp_ini *s, struct fp_diags *d, const char *section, const char *key,
                const char *val, int line)
{
    if (*val == '"' || *val == '\'') {
        /* iniparser takes a quoted value up to the next same quote; text after it is only
           allowed to be a comment (the caller checked that the quote closes) */
        const char *after = strchr(val + 1, *val) + 1;
        while (is_space(*after))
            after++;
        if (*after != '\0' && *after != ';' && *after != '#') {
            FP_DIAG(d, FP_WARNING, FP_F_COMMENT_IN_VALUE, line, FP_M_F_TEXT_AFTER_QUOTE,
                    fp_arg_str(key));
            FP_DIAG_NOTE(d, FP_M_N_QUOTE_WHOLE);
        }
        return;
    }
    for (const char *c = val; *c; c++) {
        if ((*c == ';' || *c == '#') && c > val && !is_space(c[-1]) &&
            is_text_key(s->schema, section, key)) {
            char mark[2] = {*c, '\0'};
            FP_DIAG(d, FP_WARNING, FP_F_COMMENT_IN_VALUE, line, FP_M_F_COMMENT_CUTS,
                    fp_arg_str(mark), fp_arg_str(key));
            FP_DIAG_NOTE(d, FP_M_N_QUOTE_VALUE, fp_arg_str(key));
            return;
        }
        if (*c == ';' || *c == '#')
            return;
    }
}

/*
 * Scans one logical line (its physical lines joined) that starts at physical line `line`.
 * Writes the normalised form into s->norm; *section is the current section (owned by caller,
 * replaced on a header). A rejected line is left blank in the copy, and -1 returned.
 */
static int
scan_logical(struct fp_ini *s, struct fp_diags *d, const char *text, size_t len, int line,
             char **section)
{
    char *t = trim_copy(text, len);
    char *eq, *key, *val;
    int rc = -1;

    if (t[0] == '\0' || t[0] == ';' || t[0] == '#') {
        free(t);
        return 0;
    }
    if (t[0] == '[') {
        rc = scan_header(s, d, t, line, section);
        free(t);
        if (rc != 0) {
            /* the keys that follow are skipped: filed under the section before, they would
               only draw misleading unknown-key findings */
            s->bad_headers++;
            free(*section);
            *section = fp_xstrdup("");
        }
        return rc;
    }
    eq = strchr(t, '=');
    if (eq == NULL || eq == t) {
        FP_DIAG(d, FP_ERROR, FP_F_SYNTAX, line,
                eq ? FP_M_F_KEY_MISSING_BEFORE_EQ : FP_M_F_NOT_KEY_VALUE);
        FP_DIAG_NOTE(d, FP_M_N_COMMENTS);
        free(t);
        return -1;
    }
    key = trim_copy(t, (size_t)(eq - t));
    val = eq + 1;
    lower(key);
    while (is_space(*val))
        val++;
    if (!valid_name(key)) {
        FP_DIAG(d, FP_ERROR, FP_F_BAD_NAME, line, FP_M_F_KEY_NAME_CHARS, fp_arg_str(key));
        goto out;
    }
    if (*section == NULL) {
        FP_DIAG(d, FP_ERROR, FP_F_SYNTAX, line, FP_M_F_KEY_OUTSIDE, fp_arg_str(key));
        FP_DIAG_NOTE(d, FP_M_N_KEY_OUTSIDE);
        goto out;
    }
    if (**section == '\0')
        goto out; /* under a section header already rejected */
    if ((*val == '"' || *val == '\'') && strchr(val + 1, *val) == NULL) {
        char quote[2] = {*val, '\0'};
        FP_DIAG(d, FP_ERROR, FP_F_SYNTAX, line, FP_M_F_QUOTE_UNCLOSED, fp_arg_str(quote));
        FP_DIAG_NOTE(d, FP_M_N_QUOTE_CLOSE);
        goto out;
    }
    check_value_end(s, d, *section, key, val, line);
    if (s->nentries == s->capentries) {
        s->capentries = s->capentries ? 2 * s->capentries : 64;
        s->entries = fp_xrealloc(s->entries, s->capentries * sizeof *s->entries);
    }
    s->entries[s->nentries].section = fp_xstrdup(*section);
    s->entries[s->nentries].key = fp_xstrdup(key);
    s->entries[s->nentries].line = line;
    s->nentries++;
    rc = 0;
    /* Only keys the schema knows go to iniparser: the others are reported from the entries and
       never read, and iniparser 4.1's dictionary_set scans its whole table for every key it
       adds (85 000 unknown keys in a 765 KB file took 3 s).
       "key=value" with no spaces: the copy is never longer than the line it comes from, so the
       INI_LINE_MAX check on the original also holds for what iniparser reads. */
    if (is_known_key(s->schema, *section, key)) {
        norm_append(s, key, strlen(key));
        norm_append(s, "=", 1);
        norm_append(s, val, strlen(val));
    }
out:
    free(key);
    free(t);
    return rc;
}

/* The problem of one physical line's bytes, as a finding; 1 if there was one. */
static int
check_bytes(struct fp_diags *d, const char *p, size_t n, int line)
{
    size_t bad;
    if (memchr(p, '\0', n) != NULL) {
        FP_DIAG(d, FP_ERROR, FP_F_ENCODING, line, FP_M_F_NUL_BYTE);
        return 1;
    }
    if ((bad = fp_utf8_invalid_at(p, n)) < n) {
        char hex[8];
        snprintf(hex, sizeof hex, "0x%02X", (unsigned)(unsigned char)p[bad]);
        FP_DIAG(d, FP_ERROR, FP_F_ENCODING, line, FP_M_F_NOT_UTF8, fp_arg_int((int64_t)bad + 1),
                fp_arg_str(hex));
        FP_DIAG_NOTE(d, FP_M_N_SAVE_UTF8);
        return 1;
    }
    if ((bad = control_at(p, n, 0)) < n) {
        const unsigned char *u = (const unsigned char *)p + bad;
        char cp[12];
        snprintf(cp, sizeof cp, "U+%04X", u[0] == 0xc2 ? (unsigned)u[1] : (unsigned)u[0]);
        FP_DIAG(d, FP_ERROR, FP_F_ENCODING, line, FP_M_F_CONTROL_CHAR, fp_arg_int((int64_t)bad + 1),
                fp_arg_str(cp));
        return 1;
    }
    return 0;
}

/*
 * The whole scan: splits lines (LF, CRLF or lone CR), checks bytes, joins continuation lines,
 * and scans each logical line. Returns the number of physical lines.
 */
static int
scan_file(struct fp_ini *s, struct fp_diags *d, const char *data, size_t size)
{
    const char *p = data, *end = data + size;
    char *section = NULL;
    char *logical = fp_xmalloc(size + 1);
    size_t loglen = 0;
    int line = 0, logstart = 0, logbad = 0;

    /* Every normalised line is at most as long as its original, plus its '\n'. */
    s->norm = fp_xmalloc(size + 2);
    s->normlen = 0;
    if (size >= 3 && memcmp(p, "\xef\xbb\xbf", 3) == 0)
        p += 3; /* Windows editors write a BOM; iniparser would refuse the file */

    while (p < end) {
        const char *eol = p;
        size_t n;
        int cont;

        while (eol < end && *eol != '\n' && *eol != '\r')
            eol++;
        n = (size_t)(eol - p);
        line++;
        if (loglen == 0) {
            logstart = line;
            logbad = 0;
        }
        logbad |= check_bytes(d, p, n, line);
        /* a line ending in '\' continues on the next one (iniparser joins them) */
        while (n > 0 && is_space(p[n - 1]))
            n--;
        cont = n > 0 && p[n - 1] == '\\';
        memcpy(logical + loglen, p, cont ? n - 1 : n);
        loglen += cont ? n - 1 : n;

        p = eol;
        if (p < end && *p == '\r') {
            p++;
            if (p < end && *p == '\n')
                p++;
        } else if (p < end) {
            p++;
        }

        if (cont && p < end)
            continue;
        if (loglen > INI_LINE_MAX && !logbad) {
            FP_DIAG(d, FP_ERROR, FP_F_LINE_TOO_LONG, logstart, FP_M_F_LINE_TOO_LONG,
                    fp_arg_int((int64_t)loglen), fp_arg_int(INI_LINE_MAX));
            FP_DIAG_NOTE(d, FP_M_N_LONG_TEXT_FILE);
            logbad = 1;
        }
        if (logbad && loglen > 0 && *logical == '[') {
            /* a header with bad bytes: its keys must not be filed under the section before */
            s->bad_headers++;
            free(section);
            section = fp_xstrdup("");
        } else if ((logbad || scan_logical(s, d, logical, loglen, logstart, &section) != 0) &&
                   section && *section && s->nheaders > 0) {
            s->headers[s->nheaders - 1].rejected = 1;
        }
        /* one normalised line per physical line keeps the line count; continuations are
           already joined, so their other lines stay empty */
        for (int i = logstart; i <= line; i++)
            norm_append(s, "\n", 1);
        loglen = 0;
    }
    free(logical);
    free(section);
    return line;
}

/* ------------------------------------------------------------------------------------------ */
/* Keys: sorted, then looked up by binary search.                                              */

static int
entry_cmp(const void *a, const void *b)
{
    const struct entry *x = a, *y = b;
    int c = strcmp(x->section, y->section);
    if (c == 0)
        c = strcmp(x->key, y->key);
    if (c == 0)
        c = (x->line > y->line) - (x->line < y->line);
    return c;
}

int
fp_ini_key_line(const struct fp_ini *s, const char *section, const char *key)
{
    size_t lo = 0, hi = s->nentries;
    int line = 0;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        int c = strcmp(s->entries[mid].section, section);
        if (c == 0)
            c = strcmp(s->entries[mid].key, key);
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    /* the last of repeated keys: the one iniparser keeps */
    for (; lo < s->nentries && strcmp(s->entries[lo].section, section) == 0 &&
           strcmp(s->entries[lo].key, key) == 0;
         lo++)
        line = s->entries[lo].line;
    return line;
}

/* The key names of a section, for "did you mean". */
static void
key_names(const struct fp_section_def *sec, const char **names, size_t max)
{
    size_t n = 0;
    for (const struct fp_key_def *k = sec->keys; k->name && n + 1 < max; k++)
        names[n++] = k->name;
    names[n] = NULL;
}

/* Unknown keys and keys given twice, found from the sorted entries. */
static void
report_keys(struct fp_ini *s, struct fp_diags *d)
{
    for (size_t i = 0; i < s->nentries; i++) {
        const struct entry *e = &s->entries[i];
        int year, again = i > 0 && strcmp(e->section, e[-1].section) == 0 &&
                          strcmp(e->key, e[-1].key) == 0;
        const struct fp_section_def *sec = fp_schema_section(s->schema, e->section, &year);
        if (again) {
            FP_DIAG(d, FP_WARNING, FP_F_DUPLICATE_KEY, e->line, FP_M_F_DUPLICATE_KEY,
                    fp_arg_str(e->key), fp_arg_int(e[-1].line));
            FP_DIAG_NOTE(d, FP_M_N_DELETE_LINE);
        }
        if (sec && !again && fp_schema_key(sec, e->key) == NULL) {
            const char *names[64];
            const char *near;
            /* where a key changes money, a misspelt one would silently loosen or skew it */
            int strict = (sec->flags & FP_SEC_STRICT) != 0;
            s->unknown_strict += strict;
            key_names(sec, names, 64);
            near = fp_suggest(e->key, names);
            FP_DIAG(d, strict ? FP_ERROR : FP_WARNING, FP_F_UNKNOWN_KEY, e->line,
                    strict ? FP_M_F_UNKNOWN_KEY_STRICT : FP_M_F_UNKNOWN_KEY, fp_arg_str(e->key),
                    fp_arg_str(e->section));
            if (near)
                FP_DIAG_NOTE(d, FP_M_N_DID_YOU_MEAN, fp_arg_str(near));
        }
    }
}

/* ------------------------------------------------------------------------------------------ */
/* Loading the values.                                                                         */

/* iniparser reports syntax errors through a callback; we have found them already, so the
   callback only keeps iniparser from printing in its own format. */
static int
ini_quiet(const char *fmt, ...)
{
    (void)fmt;
    return 0;
}

/* Loads the normalised copy with iniparser from an anonymous memory file. */
static dictionary *
ini_load(const struct fp_ini *s, struct fp_diags *d)
{
    char path[64];
    dictionary *dict = NULL;
    int fd = memfd_create("fundplan-ini", MFD_CLOEXEC);
    size_t done = 0;

    if (fd < 0) {
        FP_DIAG(d, FP_ERROR, FP_F_READ, 0, FP_M_F_CANNOT_PREPARE, fp_arg_errno(errno));
        return NULL;
    }
    while (done < s->normlen) {
        ssize_t k = write(fd, s->norm + done, s->normlen - done);
        if (k <= 0) {
            FP_DIAG(d, FP_ERROR, FP_F_READ, 0, FP_M_F_CANNOT_PREPARE, fp_arg_errno(errno));
            close(fd);
            return NULL;
        }
        done += (size_t)k;
    }
    snprintf(path, sizeof path, "/proc/self/fd/%d", fd);
    iniparser_set_error_callback(ini_quiet);
    dict = iniparser_load(path);
    close(fd);
    if (dict == NULL)
        FP_DIAG(d, FP_ERROR, FP_F_READ, 0, FP_M_F_INIPARSER_FAILED);
    return dict;
}

/* Files that come instead of a plan: named, so the message says what to do about them. */
static const struct {
    const char *magic;
    size_t n;
    enum fp_msg what;
} not_plans[] = {
    {"\xff\xfe", 2, FP_M_FILE_UTF16},
    {"\xfe\xff", 2, FP_M_FILE_UTF16},
    {"PK\x03\x04", 4, FP_M_FILE_ZIP},
    {"%PDF-", 5, FP_M_FILE_PDF},
    {"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", 8, FP_M_FILE_OLE},
    {"{\\rtf", 5, FP_M_FILE_RTF},
};

/* Reports a file that is recognisably not a text file; 1 if it was one. */
static int
not_text(const char *data, size_t size, const struct fp_schema *schema, struct fp_diags *d)
{
    for (size_t i = 0; i < sizeof not_plans / sizeof not_plans[0]; i++) {
        if (size >= not_plans[i].n && memcmp(data, not_plans[i].magic, not_plans[i].n) == 0) {
            FP_DIAG(d, FP_ERROR, FP_F_ENCODING, 0, FP_M_F_FILE_IS, fp_arg_msg(not_plans[i].what),
                    fp_arg_msg(schema->what));
            if (i < 2)
                FP_DIAG_NOTE(d, FP_M_N_SAVE_UTF8_NOTEPAD);
            else if (schema == &fp_schema_plan)
                FP_DIAG_NOTE(d, FP_M_N_START_TEMPLATE); /* only plans have a template */
            return 1;
        }
    }
    return 0;
}

/* Moves the findings of from into to (both have the same file). */
static void
move_findings(struct fp_diags *to, struct fp_diags *from)
{
    for (size_t i = 0; i < from->count; i++) {
        struct fp_finding *f = &from->list[i];
        if (to->kept[f->severity] >= FP_DIAG_MAX) {
            to->dropped[f->severity]++;
            for (size_t k = 0; k < f->nargs; k++)
                if (f->args[k].kind == FP_ARG_STR)
                    free((char *)(uintptr_t)f->args[k].s);
            continue;
        }
        if (to->count == to->cap) {
            to->cap = to->cap ? to->cap * 2 : 8;
            to->list = fp_xrealloc(to->list, to->cap * sizeof *to->list);
        }
        to->list[to->count++] = *f;
        to->kept[f->severity]++;
    }
    for (int sev = 0; sev <= FP_ERROR; sev++)
        to->dropped[sev] += from->dropped[sev];
    from->count = 0; /* the texts now belong to `to` */
    fp_diag_free(from);
}

/* The kinds of fundplan file, each known by its first section, and the note on where it goes. */
static const struct {
    const struct fp_schema *schema;
    enum fp_msg use;
} kinds[] = {
    {&fp_schema_plan, FP_M_N_USE_PLAN},
    {&fp_schema_call, FP_M_N_USE_CALL},
    {&fp_schema_claim, FP_M_N_USE_CLAIM},
};

static int
has_header(const struct fp_ini *s, const char *name)
{
    for (size_t i = 0; i < s->nheaders; i++)
        if (strcmp(s->headers[i].name, name) == 0)
            return 1;
    return 0;
}

/* A file of another kind than the schema's (a call file given to check): one finding naming
   what it is, instead of one per section it lacks. 1 if it was one. */
static int
another_kind(struct fp_ini *s, struct fp_diags *d)
{
    const char *mine = s->schema->sections[0].name;
    if (has_header(s, mine))
        return 0;
    for (size_t i = 0; i < sizeof kinds / sizeof kinds[0]; i++) {
        const struct fp_schema *k = kinds[i].schema;
        if (k != s->schema && has_header(s, k->sections[0].name)) {
            FP_DIAG(d, FP_ERROR, FP_F_NOT_A_PLAN, 0, FP_M_F_FILE_IS_OTHER, fp_arg_msg(k->what),
                    fp_arg_str(k->sections[0].name), fp_arg_str(mine));
            FP_DIAG_NOTE(d, kinds[i].use);
            s->ours_instead = k->what;
            return 1;
        }
    }
    return 0;
}

struct fp_ini *
fp_ini_parse(const char *path, const char *data, size_t size, const struct fp_schema *schema,
             struct fp_diags *d)
{
    struct fp_ini *s = fp_xmalloc(sizeof *s);
    struct fp_diags scan = {0};
    int lines;

    (void)path;
    memset(s, 0, sizeof *s);
    s->schema = schema;
    if (not_text(data, size, schema, d)) {
        s->other_kind = 1;
        return s;
    }
    scan.file = d->file;
    lines = scan_file(s, &scan, data, size);
    if (s->nentries > 1)
        qsort(s->entries, s->nentries, sizeof *s->entries, entry_cmp);
    report_keys(s, &scan);
    if (s->nentries == 0 && scan.count == 0) {
        /* nothing to read: one clear finding instead of one per missing key */
        fp_diag_free(&scan);
        FP_DIAG(d, FP_ERROR, FP_F_MISSING_KEY, 0, lines == 0 ? FP_M_F_EMPTY : FP_M_F_NO_KEYS,
                fp_arg_msg(schema->what));
        if (schema == &fp_schema_plan)
            FP_DIAG_NOTE(d, FP_M_N_START_TEMPLATE);
        s->other_kind = 1;
        return s;
    }
    if (another_kind(s, d)) {
        fp_diag_free(&scan);
        s->other_kind = 1;
        return s;
    }
    if (s->known_headers == 0) {
        /* a README or a letter: one line saying so, not one per line of it */
        fp_diag_free(&scan);
        FP_DIAG(d, FP_ERROR, FP_F_NOT_A_PLAN, 0, FP_M_F_NOT_A_PLAN, fp_arg_msg(schema->what),
                fp_arg_str(schema->sections[0].name));
        if (schema == &fp_schema_plan)
            FP_DIAG_NOTE(d, FP_M_N_START_TEMPLATE);
        s->other_kind = 1;
        return s;
    }
    move_findings(d, &scan);
    if (s->nentries > 0)
        s->dict = ini_load(s, d);
    return s;
}

void
fp_ini_free(struct fp_ini *s)
{
    if (s == NULL)
        return;
    for (size_t i = 0; i < s->nentries; i++) {
        free(s->entries[i].section);
        free(s->entries[i].key);
    }
    for (size_t i = 0; i < s->nheaders; i++)
        free(s->headers[i].name);
    free(s->entries);
    free(s->headers);
    free(s->norm);
    if (s->dict)
        iniparser_freedict(s->dict);
    free(s);
}

int
fp_ini_has_values(const struct fp_ini *s)
{
    return s->dict != NULL;
}

const char *
fp_ini_name(const char *path)
{
    return strcmp(path, "-") == 0 ? FP_STDIN_NAME : path;
}

int
fp_ini_other_kind(const struct fp_ini *s)
{
    return s->other_kind;
}

enum fp_msg
fp_ini_ours_instead(const struct fp_ini *s)
{
    return s->ours_instead;
}

const char *
fp_ini_get(const struct fp_ini *s, const char *section, const char *key, int *line)
{
    char full[160];
    *line = fp_ini_key_line(s, section, key);
    if (*line == 0 || s->dict == NULL)
        return NULL;
    snprintf(full, sizeof full, "%s:%s", section, key);
    return iniparser_getstring(s->dict, full, NULL);
}

size_t
fp_ini_nsections(const struct fp_ini *s)
{
    return s->nheaders;
}

const char *
fp_ini_section(const struct fp_ini *s, size_t i, int *line)
{
    *line = s->headers[i].first ? s->headers[i].line : 0;
    return s->headers[i].name;
}

int
fp_ini_header_line(const struct fp_ini *s, const char *name)
{
    for (size_t i = 0; i < s->nheaders; i++)
        if (strcmp(s->headers[i].name, name) == 0)
            return s->headers[i].line;
    return 0;
}

int
fp_ini_rejected(const struct fp_ini *s, const char *name)
{
    for (size_t i = 0; i < s->nheaders; i++)
        if (s->headers[i].rejected && strcmp(s->headers[i].name, name) == 0)
            return 1;
    return 0;
}

int
fp_ini_bad_headers(const struct fp_ini *s)
{
    return s->bad_headers > 0;
}

int
fp_ini_unknown_strict(const struct fp_ini *s)
{
    return s->unknown_strict > 0;
}

size_t
fp_ini_nkeys(const struct fp_ini *s)
{
    return s->nentries;
}

/* ------------------------------------------------------------------------------------------ */
/* Reading the file.                                                                           */

/* A folder or device named where a file should be: said the same way before and after open. */
static void
not_regular(const char *path, const struct stat *st)
{
    if (S_ISDIR(st->st_mode))
        FP_FAIL(path, FP_M_SYS_IS_FOLDER);
    else
        FP_FAIL(path, FP_M_SYS_NOT_REGULAR);
}

/* Reads all of fd, at most max bytes: 0, or -1 (printed) on a read error or a larger file. */
static int
read_fd(const char *path, int fd, size_t max, char **data, size_t *size)
{
    size_t cap = 65536, got = 0;
    char *buf = fp_xmalloc(cap + 1);
    for (;;) {
        ssize_t k;
        if (got == cap) {
            if (cap > max) {
                FP_FAIL(path, FP_M_SYS_TOO_BIG, fp_arg_int((int64_t)max));
                free(buf);
                return -1;
            }
            cap *= 2;
            buf = fp_xrealloc(buf, cap + 1);
        }
        k = read(fd, buf + got, cap - got);
        if (k < 0 && errno == EINTR)
            continue;
        if (k < 0) {
            FP_FAIL(path, FP_M_SYS_CANNOT_READ, fp_arg_errno(errno));
            free(buf);
            return -1;
        }
        if (k == 0)
            break;
        got += (size_t)k;
    }
    if (got > max) {
        FP_FAIL(path, FP_M_SYS_TOO_BIG, fp_arg_int((int64_t)max));
        free(buf);
        return -1;
    }
    buf[got] = '\0';
    *data = buf;
    *size = got;
    return 0;
}

int
fp_ini_slurp(const char *path, size_t max, char **data, size_t *size)
{
    struct stat st;
    int fd, rc;

    *data = NULL;
    *size = 0;
    if (strcmp(path, "-") == 0)
        return read_fd(path, STDIN_FILENO, max, data, size);
    /* look before opening: opening a device can block or act on it (a tape rewinds) */
    if (stat(path, &st) == 0 && !S_ISREG(st.st_mode)) {
        not_regular(path, &st);
        return -1;
    }
    /* O_NONBLOCK: a FIFO swapped in meanwhile must not hang the open; fstat refuses it */
    fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) {
        FP_FAIL(path, FP_M_SYS_CANNOT_OPEN, fp_arg_errno(errno));
        return -1;
    }
    if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        not_regular(path, &st);
        close(fd);
        return -1;
    }
    if ((uint64_t)st.st_size > max) {
        FP_FAIL(path, FP_M_SYS_TOO_BIG_SIZE, fp_arg_int((int64_t)st.st_size),
                fp_arg_int((int64_t)max));
        close(fd);
        return -1;
    }
    rc = read_fd(path, fd, max, data, size);
    close(fd);
    return rc;
}
