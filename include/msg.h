/*
 * msg.h - every word fundplan says to a user, in Finnish, Swedish and English.
 *
 *     struct fp_arg a[] = {fp_arg_eur(7895700), fp_arg_eur(7895800)};
 *     char *s = fp_msg_format(FP_LANG_FI, fp_msg_text(FP_LANG_FI, FP_M_F_DECLARED_NET), a, 2);
 *     // "ilmoitetut rahoitettavat nettomenot 78 957 € poikkeavat lasketusta 78 958 €:sta"
 *
 * One table per language (msg_fi.c, msg_sv.c, msg_en.c), indexed by enum fp_msg, so a translator
 * reads one file. A text holds numbered placeholders {1} ... {9}; the renderer fills them with
 * typed arguments written the language's way (78 958 € / €78,958, 70,5 % / 70.5%, 1.5.2017 /
 * 1 May 2017). A finding's message has two voices: `text` for the preparer (terminal, JSON,
 * with keys and lines) and `reader` for the memo's reader (plain sentences, no keys, no lines).
 * tests/unit/test_msg.c fails when a text is missing in a language or its placeholders differ.
 * Which language the terminal speaks: fp_msg_env_lang (LANGUAGE, LC_ALL, LC_MESSAGES, LANG).
 * The glossary for translators: docs/glossary.md.
 * SPDX-License-Identifier: MIT
 */
#ifndef FP_MSG_H
#define FP_MSG_H

#include <stddef.h>
#include <stdint.h>

#include "date.h"
#include "lang.h"
#include "msgid.h"

/* One entry of a language's table. reader is set exactly for findings' messages. */
struct fp_msg_text {
    const char *text;
    const char *reader;
};

extern const struct fp_msg_text fp_msg_fi[FP_MSG_COUNT];
extern const struct fp_msg_text fp_msg_sv[FP_MSG_COUNT];
extern const struct fp_msg_text fp_msg_en[FP_MSG_COUNT];

/* The kinds of figure a placeholder takes. */
enum fp_arg_kind {
    FP_ARG_END,   /* ends an argument list */
    FP_ARG_EUR,   /* cents: "78 958 €", with ",50" when not whole euros */
    FP_ARG_PCT,   /* a percentage: v in units of 10^-dec percent; trailing zero decimals dropped */
    FP_ARG_INT,   /* a count, line or year: digits, no grouping */
    FP_ARG_STR,   /* text as it is (a value from the plan, a key, a file name) */
    FP_ARG_DATE,  /* a date in the language's form */
    FP_ARG_MSG,   /* another entry of the catalogue, in the same language (a term, a label) */
    FP_ARG_ERRNO, /* a system error number: its description in the language */
};

struct fp_arg {
    enum fp_arg_kind kind;
    int dec;       /* FP_ARG_PCT: decimals of v */
    int64_t v;     /* FP_ARG_EUR, FP_ARG_PCT, FP_ARG_INT; FP_ARG_MSG: the enum fp_msg */
    const char *s; /* FP_ARG_STR; whoever keeps the argument owns a copy (diag.c does) */
    struct fp_date date;
};

static inline struct fp_arg
fp_arg_end(void)
{
    struct fp_arg a = {FP_ARG_END, 0, 0, NULL, {0, 0, 0}};
    return a;
}

static inline struct fp_arg
fp_arg_eur(int64_t cents)
{
    struct fp_arg a = {FP_ARG_EUR, 0, cents, NULL, {0, 0, 0}};
    return a;
}

static inline struct fp_arg
fp_arg_pct(int64_t v, int dec)
{
    struct fp_arg a = {FP_ARG_PCT, dec, v, NULL, {0, 0, 0}};
    return a;
}

/* A percentage in basis points (70 % = 7 000). */
static inline struct fp_arg
fp_arg_bp(int64_t bp)
{
    return fp_arg_pct(bp, 2);
}

static inline struct fp_arg
fp_arg_int(int64_t n)
{
    struct fp_arg a = {FP_ARG_INT, 0, n, NULL, {0, 0, 0}};
    return a;
}

static inline struct fp_arg
fp_arg_str(const char *s)
{
    struct fp_arg a = {FP_ARG_STR, 0, 0, s ? s : "", {0, 0, 0}};
    return a;
}

static inline struct fp_arg
fp_arg_date(struct fp_date d)
{
    struct fp_arg a = {FP_ARG_DATE, 0, 0, NULL, d};
    return a;
}

static inline struct fp_arg
fp_arg_msg(enum fp_msg m)
{
    struct fp_arg a = {FP_ARG_MSG, 0, (int64_t)m, NULL, {0, 0, 0}};
    return a;
}

static inline struct fp_arg
fp_arg_errno(int e)
{
    struct fp_arg a = {FP_ARG_ERRNO, 0, e, NULL, {0, 0, 0}};
    return a;
}

/* The preparer's text of an entry, and the reader's (NULL for entries that are not findings). */
const char *fp_msg_text(enum fp_lang lang, enum fp_msg m);
const char *fp_msg_reader(enum fp_lang lang, enum fp_msg m);

/* fp_msg_text for n: the `one` entry when n == 1, else `many` ("1 plan", "2 plans"). */
const char *fp_msg_plural(enum fp_lang lang, enum fp_msg one, enum fp_msg many, int64_t n);

/*
 * Writes tmpl with its placeholders filled from args[0..nargs) in lang's formats. A placeholder
 * without an argument is written as it stands, so a missing figure shows rather than hides.
 * fp_msg_render writes into buf (always NUL-terminated, truncated to n - 1) and returns the
 * length it needed; fp_msg_format returns a string the caller frees.
 */
size_t fp_msg_render(char *buf, size_t n, enum fp_lang lang, const char *tmpl,
                     const struct fp_arg *args, size_t nargs);
char *fp_msg_format(enum fp_lang lang, const char *tmpl, const struct fp_arg *args, size_t nargs);

/* The highest placeholder number in tmpl (0 when it has none): the arguments it needs. */
int fp_msg_placeholders(const char *tmpl, unsigned *seen_mask);

/*
 * The terminal's language the GNU way, without setlocale (which would change how numbers are
 * read and written): LANGUAGE (a ':' list; its first fi, sv or en entry) unless the locale is
 * C/POSIX, then LC_ALL, LC_MESSAGES, LANG: "fi*" Finnish, "sv*" Swedish, anything else English.
 */
enum fp_lang fp_msg_env_lang(void);

/* The language the program speaks to the user: set once from --lang or the environment. */
extern enum fp_lang fp_msg_lang;

#endif
