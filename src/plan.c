/*
 * plan.c - reads a plan file: a line scan of our own, then iniparser for the values.
 *
 * iniparser 4.1 keeps no line numbers, keeps the last of two equal keys silently, fails the whole
 * file on a byte-order mark, a NUL byte, an over-long line or one syntax error, and crashes on a
 * ':' in a section name (CVE-2023-33461). So the scan below reads the raw bytes first: it indexes
 * the line of every section and key, reports every problem of form with its line, and hands
 * iniparser a normalised copy (no BOM, LF line ends, every rejected line blanked, so the line
 * count stays the same) through an anonymous memory file. iniparser then only splits values
 * (quotes, inline comments, continuation lines); every number is parsed by money.c and date.c.
 * SPDX-License-Identifier: MIT
 */
#define _GNU_SOURCE /* memfd_create: the normalised copy never touches the file system */
#include "plan.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <iniparser/iniparser.h>

/* iniparser reads lines with fgets into a 1 024-byte buffer: a logical line (continuations
   joined) of more than 1 022 bytes before its line end makes it fail the whole file. */
#define INI_LINE_MAX 1022

/* A plan has at most 7 + 3 × FP_MAX_YEARS sections; far more is not a plan, and the checks of
   repeated sections compare every header with every other. */
#define SECTIONS_MAX 256

/* ------------------------------------------------------------------------------------------ */
/* The schema: which sections and keys exist, and what each key holds.                        */

enum section_kind {
    SEC_PROJECT,
    SEC_DESCRIPTION,
    SEC_COSTS,
    SEC_INCOME,
    SEC_FINANCING,
    SEC_DECLARED,
    SEC_RULES,
    SEC_COUNT
};

static const char *const section_names[SEC_COUNT] = {
    "project", "description", "costs", "income", "financing", "declared", "rules",
};

/* Sections that may also come as one per year: [costs.2017]. */
static int
yearly(enum section_kind k)
{
    return k == SEC_COSTS || k == SEC_INCOME || k == SEC_FINANCING;
}

static const char *const keys_project[] = {
    "name",
    "id",
    "applicant",
    "partners",
    "funder",
    "instrument",
    "start",
    "end",
    "language",
    "date",
    "preparer",
    "preparer_title",
    "preparer_phone",
    "preparer_email",
    NULL,
};
static const char *const keys_description[] = {
    "summary", "goals", "actions", "summary_file", "goals_file", "actions_file", NULL,
};
static const char *const keys_costs[] = {
    "staff",        "flat_rate", "purchased_services", "travel", "equipment",
    "construction", "other",     "lump_sum",           "total",  NULL,
};
static const char *const keys_income[] = {"revenue", NULL};
static const char *const keys_financing[] = {
    "aiko", "eakr", "municipal", "other_public", "private", NULL,
};
static const char *const keys_declared[] = {
    "total_costs", "net_costs", "total_financing", "support", "support_rate", NULL,
};
static const char *const keys_rules[] = {
    "max_support_rate", "min_municipal_share", "support_base", "support_source", NULL,
};

static const char *const *const section_keys[SEC_COUNT] = {
    keys_project,   keys_description, keys_costs, keys_income,
    keys_financing, keys_declared,    keys_rules,
};

/* Keys whose value is free text: there a ';' or '#' is more likely text than a comment. */
static int
is_text_key(enum section_kind k, const char *key)
{
    if (k == SEC_DESCRIPTION)
        return 1;
    return k == SEC_PROJECT && strcmp(key, "start") != 0 && strcmp(key, "end") != 0 &&
           strcmp(key, "date") != 0 && strcmp(key, "language") != 0;
}

/* ------------------------------------------------------------------------------------------ */
/* The line scan.                                                                              */

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
};

struct scan {
    struct entry *entries;
    size_t nentries, capentries;
    struct header *headers;
    size_t nheaders, capheaders;
    size_t nheaders_over; /* headers beyond SECTIONS_MAX, skipped */
    size_t bad_headers;   /* rejected header lines: a money section may be among them */
    char *norm;           /* the normalised copy for iniparser */
    size_t normlen;
};

static void
scan_free(struct scan *s)
{
    for (size_t i = 0; i < s->nentries; i++) {
        free(s->entries[i].section);
        free(s->entries[i].key);
    }
    for (size_t i = 0; i < s->nheaders; i++)
        free(s->headers[i].name);
    free(s->entries);
    free(s->headers);
    free(s->norm);
    memset(s, 0, sizeof *s);
}

static void
norm_append(struct scan *s, const char *p, size_t n)
{
    memcpy(s->norm + s->normlen, p, n);
    s->normlen += n;
}

/* Length of the valid UTF-8 sequence at p (at most n bytes), or 0 if invalid. */
static size_t
utf8_len(const unsigned char *p, size_t n)
{
    if (p[0] < 0x80)
        return 1;
    if (p[0] >= 0xc2 && p[0] <= 0xdf)
        return n >= 2 && (p[1] & 0xc0) == 0x80 ? 2 : 0;
    if (p[0] >= 0xe0 && p[0] <= 0xef) {
        if (n < 3 || (p[1] & 0xc0) != 0x80 || (p[2] & 0xc0) != 0x80)
            return 0;
        if ((p[0] == 0xe0 && p[1] < 0xa0) || (p[0] == 0xed && p[1] >= 0xa0))
            return 0; /* overlong or a UTF-16 surrogate */
        return 3;
    }
    if (p[0] >= 0xf0 && p[0] <= 0xf4) {
        if (n < 4 || (p[1] & 0xc0) != 0x80 || (p[2] & 0xc0) != 0x80 || (p[3] & 0xc0) != 0x80)
            return 0;
        if ((p[0] == 0xf0 && p[1] < 0x90) || (p[0] == 0xf4 && p[1] >= 0x90))
            return 0;
        return 4;
    }
    return 0;
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

/* Offset of the first invalid UTF-8 byte in [p, p+n), or n when all is valid. */
static size_t
utf8_invalid_at(const char *p, size_t n)
{
    const unsigned char *u = (const unsigned char *)p;
    size_t i = 0;
    while (i < n) {
        size_t k = utf8_len(u + i, n - i);
        if (k == 0)
            return i;
        i += k;
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

/* Edit distance, for "did you mean": names are short, so the O(n·m) table is small. */
static size_t
distance(const char *a, const char *b)
{
    size_t la = strlen(a), lb = strlen(b), row[64];
    if (la >= 63 || lb >= 63)
        return SIZE_MAX; /* too long to be a typo of a schema name */
    for (size_t j = 0; j <= lb; j++)
        row[j] = j;
    for (size_t i = 1; i <= la; i++) {
        size_t diag = row[0];
        row[0] = i;
        for (size_t j = 1; j <= lb; j++) {
            size_t up = row[j];
            size_t best = diag + (a[i - 1] != b[j - 1]);
            if (row[j] + 1 < best)
                best = row[j] + 1;
            if (row[j - 1] + 1 < best)
                best = row[j - 1] + 1;
            row[j] = best;
            diag = up;
        }
    }
    return row[lb];
}

/* The closest of names (NULL-terminated) to s, if close enough to be a typo, else NULL. */
static const char *
closest(const char *s, const char *const *names)
{
    const char *best = NULL;
    size_t bestd = 1 + strlen(s) / 4 + 1; /* "stafff" may be 2 edits away, "a" only 1 */
    for (; *names; names++) {
        size_t d = distance(s, *names);
        if (d < bestd) {
            best = *names;
            bestd = d;
        }
    }
    return best;
}

/* Which section a header name is, and its year for [costs.2017]. -1 if unknown. */
static int
classify_section(const char *name, int *year)
{
    *year = 0;
    for (int k = 0; k < SEC_COUNT; k++) {
        size_t n = strlen(section_names[k]);
        if (strncmp(name, section_names[k], n) != 0)
            continue;
        if (name[n] == '\0')
            return k;
        if (name[n] == '.' && yearly((enum section_kind)k)) {
            const char *y = name + n + 1;
            if (strlen(y) == 4 && y[0] >= '1' && y[0] <= '9' && y[1] >= '0' && y[1] <= '9' &&
                y[2] >= '0' && y[2] <= '9' && y[3] >= '0' && y[3] <= '9') {
                *year = atoi(y);
                return k;
            }
        }
    }
    return -1;
}

static const char *const section_suggestions[] = {
    "project", "description", "costs",       "income",         "financing", "declared",
    "rules",   "costs.2024",  "income.2024", "financing.2024", NULL,
};

/*
 * Scans one logical line (its physical lines joined) that starts at physical line `line`.
 * Writes the normalised form into s->norm; *section is the current section (owned by caller,
 * replaced on a header). A rejected line is left blank in the copy, and -1 returned.
 */
static int
scan_logical(struct scan *s, struct fp_diags *d, const char *text, size_t len, int line,
             char **section)
{
    char *t = trim_copy(text, len);
    size_t tl = strlen(t);

    if (tl == 0 || t[0] == ';' || t[0] == '#') {
        free(t);
        return 0;
    }
    if (t[0] == '[') {
        char *close = strchr(t, ']');
        char *name, *rest;
        int year;
        if (close == NULL) {
            fp_diag_add(d, FP_ERROR, FP_F_SYNTAX, line, "section header has no closing ']'");
            fp_diag_hint(d, "write it as [costs]");
            goto bad_header;
        }
        rest = close + 1;
        while (is_space(*rest))
            rest++;
        if (*rest != '\0' && *rest != ';' && *rest != '#') {
            fp_diag_add(d, FP_ERROR, FP_F_SYNTAX, line, "text after the section header ']'");
            goto bad_header;
        }
        name = trim_copy(t + 1, (size_t)(close - t - 1));
        lower(name);
        if (!valid_name(name)) {
            fp_diag_add(d, FP_ERROR, FP_F_BAD_NAME, line,
                        "section name '%s' may hold only letters a-z, digits, '_', '.' and '-'",
                        name);
            free(name);
            goto bad_header;
        }
        if (classify_section(name, &year) < 0) {
            const char *near = closest(name, section_suggestions);
            fp_diag_add(d, FP_WARNING, FP_F_UNKNOWN_SECTION, line, "unknown section [%s]", name);
            if (near)
                fp_diag_hint(d, "did you mean [%s]?", near);
        }
        if (s->nheaders == SECTIONS_MAX) {
            if (s->nheaders_over++ == 0)
                fp_diag_add(d, FP_ERROR, FP_F_SYNTAX, line,
                            "more than %d sections: this is not a funding plan; the rest of "
                            "the file is not read",
                            SECTIONS_MAX);
            free(name);
            goto bad_header;
        }
        for (size_t i = 0; i < s->nheaders; i++) {
            if (strcmp(s->headers[i].name, name) == 0) {
                fp_diag_add(d, FP_WARNING, FP_F_DUPLICATE_SECTION, line,
                            "section [%s] appears again (first on line %d); its keys are merged",
                            name, s->headers[i].line);
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
        s->nheaders++;
        norm_append(s, "[", 1);
        norm_append(s, name, strlen(name));
        norm_append(s, "]", 1);
        free(*section);
        *section = name;
        free(t);
        return 0;
    bad_header:
        /* the keys that follow are skipped: filed under the section before, they would only
           draw misleading unknown-key warnings */
        s->bad_headers++;
        free(t);
        free(*section);
        *section = fp_xstrdup("");
        return -1;
    }

    char *eq = strchr(t, '=');
    if (eq == NULL || eq == t) {
        fp_diag_add(d, FP_ERROR, FP_F_SYNTAX, line,
                    eq ? "a key is missing before '='"
                       : "line is not 'key = value', a [section] or a comment");
        fp_diag_hint(d, "comments start with ';' or '#'");
        free(t);
        return -1;
    }
    char *key = trim_copy(t, (size_t)(eq - t));
    int rc = -1;
    char *val = eq + 1;
    lower(key);
    while (is_space(*val))
        val++;
    if (!valid_name(key)) {
        fp_diag_add(d, FP_ERROR, FP_F_BAD_NAME, line,
                    "key name '%s' may hold only letters a-z, digits, '_', '.' and '-'", key);
        goto out;
    }
    if (*section == NULL) {
        fp_diag_add(d, FP_ERROR, FP_F_SYNTAX, line, "key '%s' is outside any [section]", key);
        fp_diag_hint(d, "put it under the section it belongs to, e.g. [project]");
        goto out;
    }
    if (**section == '\0')
        goto out; /* under a section header already rejected */
    if (*val == '"' || *val == '\'') {
        /* iniparser takes a quoted value up to the next same quote; text after it is only
           allowed to be a comment */
        char *endq = strchr(val + 1, *val);
        const char *after = endq ? endq + 1 : NULL;
        if (endq == NULL) {
            fp_diag_add(d, FP_ERROR, FP_F_SYNTAX, line, "the quote %c is never closed", *val);
            fp_diag_hint(d, "end the value with %c on the same line", *val);
            goto out;
        }
        while (is_space(*after))
            after++;
        if (*after != '\0' && *after != ';' && *after != '#') {
            fp_diag_add(d, FP_WARNING, FP_F_COMMENT_IN_VALUE, line,
                        "text after the closing quote of '%s' is ignored", key);
            fp_diag_hint(d, "quote the whole value, or start a comment with ';'");
        }
    } else {
        int year;
        int k = classify_section(*section, &year);
        for (const char *c = val; *c; c++) {
            if ((*c == ';' || *c == '#') && c > val && !is_space(c[-1]) && k >= 0 &&
                is_text_key((enum section_kind)k, key)) {
                fp_diag_add(d, FP_WARNING, FP_F_COMMENT_IN_VALUE, line,
                            "'%c' starts a comment: the text of '%s' ends before it", *c, key);
                fp_diag_hint(d, "put the whole value in double quotes: %s = \"...\"", key);
                break;
            }
            if (*c == ';' || *c == '#')
                break;
        }
    }
    if (s->nentries == s->capentries) {
        s->capentries = s->capentries ? 2 * s->capentries : 64;
        s->entries = fp_xrealloc(s->entries, s->capentries * sizeof *s->entries);
    }
    s->entries[s->nentries].section = fp_xstrdup(*section);
    s->entries[s->nentries].key = fp_xstrdup(key);
    s->entries[s->nentries].line = line;
    s->nentries++;
    rc = 0;
    /* "key=value" with no spaces: the copy is never longer than the line it comes from, so
       the INI_LINE_MAX check on the original also holds for what iniparser reads */
    norm_append(s, key, strlen(key));
    norm_append(s, "=", 1);
    norm_append(s, val, strlen(val));
out:
    free(key);
    free(t);
    return rc;
}

/*
 * The whole scan: splits lines (LF, CRLF or lone CR), checks bytes, joins continuation lines,
 * and scans each logical line. Returns the number of physical lines.
 */
static int
scan_file(struct scan *s, struct fp_diags *d, const char *data, size_t size)
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
        size_t n, bad;
        int cont;

        while (eol < end && *eol != '\n' && *eol != '\r')
            eol++;
        n = (size_t)(eol - p);
        line++;
        if (loglen == 0) {
            logstart = line;
            logbad = 0;
        }
        if (memchr(p, '\0', n) != NULL) {
            fp_diag_add(d, FP_ERROR, FP_F_ENCODING, line,
                        "the line holds a NUL byte: a plan is a text file");
            logbad = 1;
        } else if ((bad = utf8_invalid_at(p, n)) < n) {
            fp_diag_add(d, FP_ERROR, FP_F_ENCODING, line,
                        "byte %zu of the line is not UTF-8 (byte 0x%02X)", bad + 1,
                        (unsigned)(unsigned char)p[bad]);
            fp_diag_hint(d, "save the file as UTF-8");
            logbad = 1;
        } else if ((bad = control_at(p, n, 0)) < n) {
            const unsigned char *u = (const unsigned char *)p + bad;
            fp_diag_add(d, FP_ERROR, FP_F_ENCODING, line,
                        "byte %zu of the line is a control character (U+%04X): a plan is plain "
                        "text",
                        bad + 1, u[0] == 0xc2 ? (unsigned)u[1] : (unsigned)u[0]);
            logbad = 1;
        }
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
            fp_diag_add(d, FP_ERROR, FP_F_LINE_TOO_LONG, logstart,
                        "the line is %zu bytes long; at most %d are allowed", loglen, INI_LINE_MAX);
            fp_diag_hint(d, "move long texts to a file beside the plan: goals_file = goals.txt");
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
/* Looking up what the scan found.                                                             */

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

/* Line of section:key (the last one, which iniparser keeps), or 0. Entries are sorted. */
static int
key_line(const struct scan *s, const char *section, const char *key)
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
    for (; lo < s->nentries && strcmp(s->entries[lo].section, section) == 0 &&
           strcmp(s->entries[lo].key, key) == 0;
         lo++)
        line = s->entries[lo].line;
    return line;
}

static int
header_line(const struct scan *s, const char *name)
{
    for (size_t i = 0; i < s->nheaders; i++)
        if (strcmp(s->headers[i].name, name) == 0)
            return s->headers[i].line;
    return 0;
}

/* Whether a line under [name] was rejected: then a key that seems missing may be on it, and
   the rejection is the finding to fix first. */
static int
section_rejected(const struct scan *s, const char *name)
{
    for (size_t i = 0; i < s->nheaders; i++)
        if (s->headers[i].rejected && strcmp(s->headers[i].name, name) == 0)
            return 1;
    return 0;
}

static int
known_key(const char *const *keys, const char *key)
{
    for (; *keys; keys++)
        if (strcmp(*keys, key) == 0)
            return 1;
    return 0;
}

/* Unknown keys and keys given twice, found from the sorted entries. */
static void
report_keys(const struct scan *s, struct fp_diags *d)
{
    for (size_t i = 0; i < s->nentries; i++) {
        const struct entry *e = &s->entries[i];
        int year, k = classify_section(e->section, &year);
        if (i > 0 && strcmp(e->section, e[-1].section) == 0 && strcmp(e->key, e[-1].key) == 0) {
            fp_diag_add(d, FP_WARNING, FP_F_DUPLICATE_KEY, e->line,
                        "'%s' is given again (first on line %d); only this last value counts",
                        e->key, e[-1].line);
            fp_diag_hint(d, "delete the line you do not mean");
        }
        if (k >= 0 && !known_key(section_keys[k], e->key) &&
            (i == 0 || strcmp(e->key, e[-1].key) != 0 || strcmp(e->section, e[-1].section) != 0)) {
            const char *near = closest(e->key, section_keys[k]);
            fp_diag_add(d, FP_WARNING, FP_F_UNKNOWN_KEY, e->line, "unknown key '%s' in [%s]",
                        e->key, e->section);
            if (near)
                fp_diag_hint(d, "did you mean '%s'?", near);
        }
    }
}

/* ------------------------------------------------------------------------------------------ */
/* Reading values.                                                                             */

struct reader {
    const struct scan *scan;
    dictionary *dict;
    struct fp_diags *d;
    const char *dir; /* the plan's folder, for *_file keys */
    int *incomplete; /* the plan's money_incomplete */
};

/* The value of section:key from iniparser, or NULL; *line gets its line (0 if absent). */
static const char *
get(const struct reader *r, const char *section, const char *key, int *line)
{
    char full[128];
    *line = key_line(r->scan, section, key);
    if (*line == 0 || r->dict == NULL)
        return NULL;
    snprintf(full, sizeof full, "%s:%s", section, key);
    return iniparser_getstring(r->dict, full, NULL);
}

static void
read_text(const struct reader *r, const char *section, const char *key, struct fp_text_value *out)
{
    int line;
    const char *v = get(r, section, key, &line);
    out->line = line;
    out->text = v && *v ? fp_xstrdup(v) : NULL;
}

static void
read_amount(const struct reader *r, const char *section, const char *key, struct fp_amount *out)
{
    int line;
    const char *why = NULL;
    const char *v = get(r, section, key, &line);
    out->line = 0;
    out->cents = 0;
    out->decimals = 0;
    if (line == 0)
        return;
    if (v == NULL || fp_money_parse(v, &out->cents, &out->decimals, &why) != 0) {
        fp_diag_add(r->d, FP_ERROR, FP_F_BAD_AMOUNT, line, "'%s' is not an amount: %s", v ? v : "",
                    why ? why : "the value is empty");
        fp_diag_hint(r->d, "write amounts like 40 000 or 1 234,50 (euros)");
        if (strcmp(section, "declared") != 0)
            *r->incomplete = 1;
        return;
    }
    out->line = line;
}

static void
read_percent(const struct reader *r, const char *section, const char *key, struct fp_percent *out)
{
    int line;
    const char *why = NULL;
    const char *v = get(r, section, key, &line);
    out->line = 0;
    out->bp = 0;
    out->decimals = 0;
    if (line == 0)
        return;
    if (v == NULL || fp_percent_parse(v, &out->bp, &out->decimals, &why) != 0) {
        fp_diag_add(r->d, FP_ERROR, FP_F_BAD_PERCENT, line, "'%s' is not a percentage: %s",
                    v ? v : "", why ? why : "the value is empty");
        fp_diag_hint(r->d, "write percentages like 70 %% or 24,5 %% (0 to 100)");
        if (strcmp(section, "declared") != 0)
            *r->incomplete = 1;
        return;
    }
    out->line = line;
}

static void
read_date(const struct reader *r, const char *key, struct fp_date *out, int *outline)
{
    int line;
    const char *why = NULL;
    const char *v = get(r, "project", key, &line);
    out->year = out->month = out->day = 0;
    /* an empty date (`date =` in the template) is no date; a required one is then missing */
    if (line == 0 || v == NULL || *v == '\0') {
        *outline = 0;
        return;
    }
    *outline = line;
    if (fp_date_parse(v, out, &why) != 0) {
        fp_diag_add(r->d, FP_ERROR, FP_F_BAD_DATE, line, "'%s' is not a date: %s", v, why);
        fp_diag_hint(r->d, "write dates as 2017-05-01 or 1.5.2017");
        out->year = 0;
    }
}

/*
 * Opens name under dir without leaving it: no absolute paths, no "..", no symlinks on the way
 * (O_NOFOLLOW on every component), a regular file of at most FP_TEXT_MAX_BYTES.
 * Returns the text (owned by the caller) or NULL with *why set.
 */
static char *
read_beside(const char *dir, const char *name, const char **why)
{
    char *copy, *part, *save = NULL, *next, *text = NULL;
    int fd;
    struct stat st;

    if (*name == '/') {
        *why = "it is an absolute path; name a file in the plan's folder";
        return NULL;
    }
    fd = open(dir, O_RDONLY | O_DIRECTORY);
    if (fd < 0) {
        *why = "the plan's folder cannot be opened";
        return NULL;
    }
    copy = fp_xstrdup(name);
    for (part = strtok_r(copy, "/", &save); part; part = next) {
        int flags = O_RDONLY | O_NOFOLLOW | O_NONBLOCK;
        int nfd;
        next = strtok_r(NULL, "/", &save);
        if (strcmp(part, ".") == 0)
            continue; /* "./goals.txt" stays in the folder; a final "." is the folder itself */
        if (strcmp(part, "..") == 0) {
            *why = "it leaves the plan's folder ('..' is not allowed)";
            goto fail;
        }
        /* look before opening: opening a device or FIFO can block or act on the device; the
           O_NOFOLLOW open below still holds if the entry is swapped in between */
        if (fstatat(fd, part, &st, AT_SYMLINK_NOFOLLOW) == 0) {
            if (S_ISLNK(st.st_mode)) {
                *why = "it is a symbolic link, which is not followed";
                goto fail;
            }
            if (!S_ISDIR(st.st_mode) && !S_ISREG(st.st_mode)) {
                *why = "it is not a regular file";
                goto fail;
            }
        }
        nfd = openat(fd, part, next ? flags | O_DIRECTORY : flags);
        close(fd);
        fd = nfd;
        if (fd < 0) {
            *why = errno == ELOOP     ? "it is a symbolic link, which is not followed"
                   : errno == ENOENT  ? "no such file"
                   : errno == ENOTDIR ? "a part of the path is not a folder"
                                      : strerror(errno);
            goto fail;
        }
    }
    if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        *why = S_ISDIR(st.st_mode) ? "it is a folder, not a file" : "it is not a regular file";
        goto fail;
    }
    if (st.st_size > FP_TEXT_MAX_BYTES) {
        *why = "it is larger than 1 MiB";
        goto fail;
    }
    text = fp_xmalloc((size_t)st.st_size + 1);
    {
        size_t got = 0;
        ssize_t k;
        while (got < (size_t)st.st_size && (k = read(fd, text + got, (size_t)st.st_size - got)) > 0)
            got += (size_t)k;
        text[got] = '\0';
        if (memchr(text, '\0', got) || utf8_invalid_at(text, got) < got) {
            *why = "it is not UTF-8 text; save it as UTF-8";
            free(text);
            text = NULL;
        } else if (control_at(text, got, 1) < got) {
            *why = "it holds control characters; a text is plain UTF-8";
            free(text);
            text = NULL;
        }
    }
fail:
    if (fd >= 0)
        close(fd);
    free(copy);
    return text;
}

static void
read_description(const struct reader *r, const char *key, struct fp_text_value *out)
{
    char filekey[32];
    int fline;
    const char *fname, *why = NULL;

    read_text(r, "description", key, out);
    snprintf(filekey, sizeof filekey, "%s_file", key);
    fname = get(r, "description", filekey, &fline);
    if (fline == 0)
        return;
    if (out->text) {
        fp_diag_add(r->d, FP_ERROR, FP_F_BAD_VALUE, fline, "both '%s' (line %d) and '%s' are given",
                    key, out->line, filekey);
        fp_diag_hint(r->d, "keep one of them");
        return;
    }
    if (fname == NULL || *fname == '\0') {
        fp_diag_add(r->d, FP_ERROR, FP_F_BAD_FILE, fline, "'%s' names no file", filekey);
        return;
    }
    out->text = read_beside(r->dir, fname, &why);
    out->line = fline;
    if (out->text == NULL)
        fp_diag_add(r->d, FP_ERROR, FP_F_BAD_FILE, fline, "cannot read '%s': %s", fname, why);
}

static void
read_project(const struct reader *r, struct fp_plan *plan)
{
    static const struct {
        const char *key;
        size_t offset;
        int required;
    } texts[] = {
        {"name", offsetof(struct fp_plan, name), 1},
        {"id", offsetof(struct fp_plan, id), 0},
        {"applicant", offsetof(struct fp_plan, applicant), 1},
        {"funder", offsetof(struct fp_plan, funder), 1},
        {"instrument", offsetof(struct fp_plan, instrument), 1},
        {"preparer", offsetof(struct fp_plan, preparer), 0},
        {"preparer_title", offsetof(struct fp_plan, preparer_title), 0},
        {"preparer_phone", offsetof(struct fp_plan, preparer_phone), 0},
        {"preparer_email", offsetof(struct fp_plan, preparer_email), 0},
    };
    int pline = header_line(r->scan, "project");
    /* no [project] at all: one finding, not one per key; a rejected line may hold a key */
    int quiet = pline == 0 || section_rejected(r->scan, "project");
    const char *v;
    int line;

    if (pline == 0) {
        fp_diag_add(r->d, FP_ERROR, FP_F_MISSING_KEY, 0, "the plan has no [project] section");
        fp_diag_hint(r->d, "add [project] with name, applicant, funder, instrument, start and end");
    }
    for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++) {
        struct fp_text_value *tv = (struct fp_text_value *)((char *)plan + texts[i].offset);
        read_text(r, "project", texts[i].key, tv);
        if (texts[i].required && tv->text == NULL && tv->line) {
            fp_diag_add(r->d, FP_ERROR, FP_F_MISSING_KEY, tv->line, "'%s' is empty", texts[i].key);
            fp_diag_hint(r->d, "give it a value: %s = ...", texts[i].key);
        } else if (texts[i].required && tv->text == NULL && !quiet) {
            fp_diag_add(r->d, FP_ERROR, FP_F_MISSING_KEY, pline, "[project] has no '%s'",
                        texts[i].key);
            fp_diag_hint(r->d, "add a line: %s = ...", texts[i].key);
        }
    }
    read_date(r, "start", &plan->start, &plan->start_line);
    read_date(r, "end", &plan->end, &plan->end_line);
    read_date(r, "date", &plan->date, &plan->date_line);
    for (int i = 0; i < 2; i++) {
        const char *key = i == 0 ? "start" : "end", *example = i == 0 ? "2017-05-01" : "2017-12-31";
        int given = key_line(r->scan, "project", key); /* `start =` reads as no date */
        if ((i == 0 ? plan->start_line : plan->end_line) != 0)
            continue;
        if (given) {
            fp_diag_add(r->d, FP_ERROR, FP_F_MISSING_KEY, given, "'%s' is empty", key);
            fp_diag_hint(r->d, "give it a date: %s = %s", key, example);
        } else if (!quiet) {
            fp_diag_add(r->d, FP_ERROR, FP_F_MISSING_KEY, pline, "[project] has no '%s'", key);
            fp_diag_hint(r->d, "add a line: %s = %s", key, example);
        }
    }

    plan->lang = FP_LANG_FI;
    v = get(r, "project", "language", &line);
    plan->lang_line = line;
    if (line && (v == NULL || fp_lang_parse(v, &plan->lang) != 0)) {
        fp_diag_add(r->d, FP_ERROR, FP_F_BAD_VALUE, line, "language '%s' is not fi, sv or en",
                    v ? v : "");
        fp_diag_hint(r->d, "write language = fi, sv or en");
    }

    v = get(r, "project", "partners", &line);
    plan->partners_line = line;
    for (const char *p = v; p && *p;) {
        const char *comma = strchr(p, ',');
        size_t n = comma ? (size_t)(comma - p) : strlen(p);
        char *name = trim_copy(p, n);
        if (*name && plan->npartners < FP_MAX_PARTNERS)
            plan->partners[plan->npartners++] = name;
        else if (*name) {
            fp_diag_add(r->d, FP_ERROR, FP_F_BAD_VALUE, line, "more than %d partners",
                        FP_MAX_PARTNERS);
            free(name);
            break;
        } else
            free(name);
        p = comma ? comma + 1 : p + n;
    }
}

/* The block for a year, inserted in order. NULL (error reported) when there are too many. */
static struct fp_block *
year_block(const struct reader *r, struct fp_plan *plan, int year, int line)
{
    size_t i = 0;
    while (i < plan->nyears && plan->years[i].year < year)
        i++;
    if (i < plan->nyears && plan->years[i].year == year)
        return &plan->years[i];
    if (plan->nyears == FP_MAX_YEARS) {
        fp_diag_add(r->d, FP_ERROR, FP_F_YEAR_OUTSIDE, line,
                    "more than %d years: a plan covers at most %d calendar years", FP_MAX_YEARS,
                    FP_MAX_YEARS);
        *r->incomplete = 1;
        return NULL;
    }
    memmove(&plan->years[i + 1], &plan->years[i], (plan->nyears - i) * sizeof plan->years[0]);
    memset(&plan->years[i], 0, sizeof plan->years[i]);
    plan->years[i].year = year;
    plan->nyears++;
    return &plan->years[i];
}

static void
read_money_section(const struct reader *r, struct fp_block *b, enum section_kind k,
                   const char *name, int line)
{
    if (k == SEC_COSTS) {
        b->costs_line = line;
        for (int c = 0; c < FP_COST_COUNT; c++)
            if (c != FP_COST_FLAT_RATE)
                read_amount(r, name, fp_cost_key((enum fp_cost)c), &b->cost[c]);
        read_percent(r, name, "flat_rate", &b->flat_rate);
        read_amount(r, name, "total", &b->total);
    } else if (k == SEC_INCOME) {
        b->income_line = line;
        read_amount(r, name, "revenue", &b->income);
    } else {
        b->fin_line = line;
        for (int s = 0; s < FP_SRC_COUNT; s++)
            read_amount(r, name, fp_source_key((enum fp_source)s), &b->fin[s]);
    }
}

static void
read_money(const struct reader *r, struct fp_plan *plan)
{
    int whole_line[SEC_COUNT] = {0}, yearly_line[SEC_COUNT] = {0};
    int *by_year[SEC_COUNT] = {0};
    by_year[SEC_COSTS] = &plan->costs_by_year;
    by_year[SEC_INCOME] = &plan->income_by_year;
    by_year[SEC_FINANCING] = &plan->fin_by_year;

    for (size_t i = 0; i < r->scan->nheaders; i++) {
        const struct header *h = &r->scan->headers[i];
        int year, k = classify_section(h->name, &year);
        struct fp_block *b;
        if (k < 0 || !yearly((enum section_kind)k))
            continue;
        if (header_line(r->scan, h->name) != h->line)
            continue; /* a repeated header: its keys were merged into the first */
        if (year == 0) {
            whole_line[k] = h->line;
            b = &plan->whole;
        } else {
            if (yearly_line[k] == 0)
                yearly_line[k] = h->line;
            b = year_block(r, plan, year, h->line);
            if (b == NULL)
                continue;
        }
        read_money_section(r, b, (enum section_kind)k, h->name, h->line);
    }
    for (int k = 0; k < SEC_COUNT; k++) {
        if (!yearly((enum section_kind)k))
            continue;
        *by_year[k] = yearly_line[k] != 0 && whole_line[k] == 0;
        if (whole_line[k] && yearly_line[k]) {
            int later = whole_line[k] > yearly_line[k] ? whole_line[k] : yearly_line[k];
            fp_diag_add(r->d, FP_ERROR, FP_F_MIXED_YEARS, later,
                        "[%s] and [%s.YYYY] sections are both given (lines %d and %d)",
                        section_names[k], section_names[k], whole_line[k], yearly_line[k]);
            fp_diag_hint(r->d, "give either one [%s] or one [%s.YYYY] per year", section_names[k],
                         section_names[k]);
            *r->incomplete = 1; /* only the undivided section is summed */
        }
    }
    if (!header_line(r->scan, "costs") && !yearly_line[SEC_COSTS]) {
        fp_diag_add(r->d, FP_ERROR, FP_F_MISSING_KEY, 0, "the plan has no [costs] section");
        fp_diag_hint(r->d, "add [costs] with staff = ..., or [costs.YYYY] per year");
    }
    if (!header_line(r->scan, "financing") && !yearly_line[SEC_FINANCING]) {
        fp_diag_add(r->d, FP_ERROR, FP_F_MISSING_KEY, 0, "the plan has no [financing] section");
        fp_diag_hint(r->d, "add [financing] with the instrument's line, e.g. aiko = ...");
    }
}

static void
read_declared_rules(const struct reader *r, struct fp_plan *plan)
{
    static const char *const bases[] = {"total_costs", "net_costs", NULL};
    struct fp_declared *dc = &plan->declared;
    struct fp_rules *ru = &plan->rules;
    const char *v;
    int line;

    read_amount(r, "declared", "total_costs", &dc->total_costs);
    read_amount(r, "declared", "net_costs", &dc->net_costs);
    read_amount(r, "declared", "total_financing", &dc->total_financing);
    read_amount(r, "declared", "support", &dc->support);
    read_percent(r, "declared", "support_rate", &dc->support_rate);

    ru->line = header_line(r->scan, "rules");
    read_percent(r, "rules", "max_support_rate", &ru->max_support_rate);
    read_percent(r, "rules", "min_municipal_share", &ru->min_municipal_share);
    v = get(r, "rules", "support_base", &line);
    if (line) {
        if (v && strcmp(v, "total_costs") == 0)
            ru->support_base = FP_BASE_TOTAL_COSTS;
        else if (v && strcmp(v, "net_costs") == 0)
            ru->support_base = FP_BASE_NET_COSTS;
        else {
            const char *near = v ? closest(v, bases) : NULL;
            fp_diag_add(r->d, FP_ERROR, FP_F_BAD_VALUE, line,
                        "support_base '%s' is not total_costs or net_costs", v ? v : "");
            if (near)
                fp_diag_hint(r->d, "did you mean '%s'?", near);
            line = 0;
        }
        ru->support_base_line = line;
    }
    v = get(r, "rules", "support_source", &line);
    if (line) {
        int found = -1;
        for (int s = 0; v && s < FP_SRC_COUNT; s++)
            if (strcmp(v, fp_source_key((enum fp_source)s)) == 0)
                found = s;
        if (found < 0) {
            fp_diag_add(r->d, FP_ERROR, FP_F_BAD_VALUE, line,
                        "support_source '%s' is not a financing line", v ? v : "");
            fp_diag_hint(r->d, "write aiko, eakr, municipal, other_public or private");
            line = 0;
        } else {
            ru->support_source = (enum fp_source)found;
        }
        ru->support_source_line = line;
    }
}

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
ini_load(const struct scan *s, struct fp_diags *d)
{
    char path[64];
    dictionary *dict = NULL;
    int fd = memfd_create("fundplan-plan", MFD_CLOEXEC);
    size_t done = 0;

    if (fd < 0) {
        fp_diag_add(d, FP_ERROR, FP_F_READ, 0, "cannot prepare the plan for reading: %s",
                    strerror(errno));
        return NULL;
    }
    while (done < s->normlen) {
        ssize_t k = write(fd, s->norm + done, s->normlen - done);
        if (k <= 0) {
            fp_diag_add(d, FP_ERROR, FP_F_READ, 0, "cannot prepare the plan for reading");
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
        fp_diag_add(d, FP_ERROR, FP_F_READ, 0, "the INI reader could not read the plan");
    return dict;
}

/* Files that come instead of a plan: named, so the message says what to do about them. */
static const struct {
    const char *magic;
    size_t n;
    const char *what;
} not_plans[] = {
    {"\xff\xfe", 2, "UTF-16 text"},
    {"\xfe\xff", 2, "UTF-16 text"},
    {"PK\x03\x04", 4, "a ZIP archive (an .xlsx, .docx or .odt document?)"},
    {"%PDF-", 5, "a PDF document"},
    {"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", 8, "an old Office document (.xls or .doc)"},
    {"{\\rtf", 5, "an RTF document"},
};

/* Reports a file that is recognisably not a text plan; 1 if it was one. */
static int
not_a_plan(const char *data, size_t size, struct fp_diags *d)
{
    for (size_t i = 0; i < sizeof not_plans / sizeof not_plans[0]; i++) {
        if (size >= not_plans[i].n && memcmp(data, not_plans[i].magic, not_plans[i].n) == 0) {
            fp_diag_add(d, FP_ERROR, FP_F_ENCODING, 0,
                        "the file is %s, not a plan: a plan is a UTF-8 text file",
                        not_plans[i].what);
            fp_diag_hint(d, i < 2 ? "save it as UTF-8 (in Notepad: Save as, Encoding UTF-8)"
                                  : "start from a template: fundplan new plan.ini");
            return 1;
        }
    }
    return 0;
}

static char *
dir_of(const char *path)
{
    const char *slash = strrchr(path, '/');
    if (slash == NULL)
        return fp_xstrdup(".");
    return fp_xstrndup(path, slash == path ? 1 : (size_t)(slash - path));
}

int
fp_plan_parse(const char *path, const char *data, size_t size, struct fp_plan *plan,
              struct fp_diags *diags)
{
    struct scan s = {0};
    struct reader r = {0};
    char *dir = dir_of(path);
    int lines;

    memset(plan, 0, sizeof *plan);
    plan->path = fp_xstrdup(path);
    if (not_a_plan(data, size, diags)) {
        free(dir);
        return 0;
    }
    lines = scan_file(&s, diags, data, size);
    if (s.nentries > 1)
        qsort(s.entries, s.nentries, sizeof *s.entries, entry_cmp);
    report_keys(&s, diags);
    if (s.nentries == 0) {
        /* nothing to read: one clear finding instead of one per missing key */
        fp_diag_add(diags, FP_ERROR, FP_F_MISSING_KEY, 0,
                    lines == 0 ? "the plan is empty" : "the plan has no 'key = value' lines");
        fp_diag_hint(diags, "start from a template: fundplan new plan.ini");
        scan_free(&s);
        free(dir);
        return 0;
    }
    r.scan = &s;
    r.d = diags;
    r.dir = dir;
    r.incomplete = &plan->money_incomplete;
    plan->money_incomplete = s.bad_headers > 0;
    for (size_t i = 0; i < s.nheaders; i++) {
        int year, k = classify_section(s.headers[i].name, &year);
        if (s.headers[i].rejected &&
            (k == SEC_COSTS || k == SEC_INCOME || k == SEC_FINANCING || k == SEC_RULES))
            plan->money_incomplete = 1;
    }
    r.dict = ini_load(&s, diags);
    if (r.dict) {
        /* without values every key would look empty: the read-error finding says it all */
        read_project(&r, plan);
        read_description(&r, "summary", &plan->summary);
        read_description(&r, "goals", &plan->goals);
        read_description(&r, "actions", &plan->actions);
        read_money(&r, plan);
        read_declared_rules(&r, plan);
        iniparser_freedict(r.dict);
    } else {
        plan->money_incomplete = 1;
    }
    scan_free(&s);
    free(dir);
    return 0;
}

int
fp_plan_load(const char *path, struct fp_plan *plan, struct fp_diags *diags)
{
    struct stat st;
    char *data;
    size_t got = 0;
    int fd;

    memset(plan, 0, sizeof *plan);
    /* look before opening: opening a device can block or act on it (a tape rewinds) */
    if (stat(path, &st) == 0 && !S_ISREG(st.st_mode)) {
        fp_diag_fail(path, S_ISDIR(st.st_mode) ? "is a folder; name a plan file (or use "
                                                 "'fundplan build FOLDER')"
                                               : "not a regular file");
        return -1;
    }
    /* O_NONBLOCK: a FIFO swapped in meanwhile must not hang the open; fstat refuses it */
    fd = open(path, O_RDONLY | O_NONBLOCK);
    if (fd < 0) {
        fp_diag_fail(path, "cannot open: %s", strerror(errno));
        return -1;
    }
    if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        fp_diag_fail(path, S_ISDIR(st.st_mode) ? "is a folder; name a plan file (or use "
                                                 "'fundplan build FOLDER')"
                                               : "not a regular file");
        close(fd);
        return -1;
    }
    if (st.st_size > FP_PLAN_MAX_BYTES) {
        fp_diag_fail(path, "the file is %lld bytes; a plan may be at most %d bytes",
                     (long long)st.st_size, FP_PLAN_MAX_BYTES);
        close(fd);
        return -1;
    }
    data = fp_xmalloc((size_t)st.st_size + 1);
    for (;;) {
        ssize_t k = read(fd, data + got, (size_t)st.st_size - got);
        if (k < 0 && errno == EINTR)
            continue;
        if (k < 0) {
            fp_diag_fail(path, "cannot read: %s", strerror(errno));
            free(data);
            close(fd);
            return -1;
        }
        if (k == 0 || (got += (size_t)k) == (size_t)st.st_size)
            break;
    }
    close(fd);
    fp_plan_parse(path, data, got, plan, diags);
    free(data);
    return 0;
}

void
fp_plan_free(struct fp_plan *plan)
{
    if (plan == NULL)
        return;
    struct fp_text_value *texts[] = {
        &plan->name,           &plan->id,       &plan->applicant,      &plan->funder,
        &plan->instrument,     &plan->preparer, &plan->preparer_title, &plan->preparer_phone,
        &plan->preparer_email, &plan->summary,  &plan->goals,          &plan->actions,
    };
    for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++)
        free(texts[i]->text);
    for (size_t i = 0; i < plan->npartners; i++)
        free(plan->partners[i]);
    free(plan->path);
    memset(plan, 0, sizeof *plan);
}

void
fp_plan_stem(const char *path, char *buf, size_t n)
{
    const char *base = strrchr(path, '/');
    size_t len;
    base = base ? base + 1 : path;
    len = strlen(base);
    if (len > 4 && strcmp(base + len - 4, ".ini") == 0)
        len -= 4;
    if (n == 0)
        return;
    if (len >= n)
        len = n - 1;
    memcpy(buf, base, len);
    buf[len] = '\0';
}
