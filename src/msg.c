/*
 * msg.c - looks up the catalogue's texts and fills their placeholders with figures written the
 * language's way. The texts themselves are in msg_fi.c, msg_sv.c and msg_en.c.
 * SPDX-License-Identifier: MIT
 */
#include "msg.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "money.h"

/* The ranges that mirror other enums (msgid.h) must keep their order and length. */
_Static_assert(FP_M_COST_LUMP_SUM - FP_M_COST_STAFF == FP_COST_LUMP_SUM, "FP_M_COST_*");
_Static_assert(FP_M_SRC_IN_KIND - FP_M_SRC_AIKO == FP_SRC_IN_KIND, "FP_M_SRC_*");
_Static_assert(FP_M_GRANT_IN_KIND - FP_M_GRANT_AIKO == FP_SRC_IN_KIND, "FP_M_GRANT_*");
_Static_assert(FP_M_T_OF_DIRECT - FP_M_T_COST_ESTIMATE == FP_T_OF_DIRECT, "FP_M_T_*");
_Static_assert(FP_M_CODE_CLAIM_REPAYMENT - FP_M_CODE_READ == FP_F_CLAIM_REPAYMENT, "FP_M_CODE_*");
_Static_assert(FP_M_SEV_ERROR - FP_M_SEV_NOTE == FP_ERROR &&
                   FP_M_SEVD_ERROR - FP_M_SEVD_NOTE == FP_ERROR,
               "FP_M_SEV_*");

/* The language the program speaks to the user; cli.c sets it once, before anything is said. */
enum fp_lang fp_msg_lang = FP_LANG_EN;

static const struct fp_msg_text *const tables[FP_LANG_COUNT] = {
    [FP_LANG_FI] = fp_msg_fi,
    [FP_LANG_SV] = fp_msg_sv,
    [FP_LANG_EN] = fp_msg_en,
};

const char *
fp_msg_text(enum fp_lang lang, enum fp_msg m)
{
    const char *t = tables[lang][m].text;
    /* a gap in a translation shows the English text rather than nothing (test_msg fails) */
    return t ? t : fp_msg_en[m].text ? fp_msg_en[m].text : "";
}

const char *
fp_msg_reader(enum fp_lang lang, enum fp_msg m)
{
    const char *t = tables[lang][m].reader;
    return t ? t : fp_msg_en[m].reader;
}

const char *
fp_msg_plural(enum fp_lang lang, enum fp_msg one, enum fp_msg many, int64_t n)
{
    return fp_msg_text(lang, n == 1 ? one : many);
}

/* System errors users meet, in their language; others as the C library words them. */
static const struct {
    int errnum;
    enum fp_msg msg;
} errno_msgs[] = {
    {ENOENT, FP_M_ERRNO_ENOENT}, {EACCES, FP_M_ERRNO_EACCES},   {EPERM, FP_M_ERRNO_EACCES},
    {ENOSPC, FP_M_ERRNO_ENOSPC}, {EDQUOT, FP_M_ERRNO_ENOSPC},   {EROFS, FP_M_ERRNO_EROFS},
    {EISDIR, FP_M_ERRNO_EISDIR}, {ENOTDIR, FP_M_ERRNO_ENOTDIR}, {EEXIST, FP_M_ERRNO_EEXIST},
    {ELOOP, FP_M_ERRNO_ELOOP},   {EIO, FP_M_ERRNO_EIO},         {ENOMEM, FP_M_ERRNO_ENOMEM},
    {EMFILE, FP_M_ERRNO_EMFILE}, {ENFILE, FP_M_ERRNO_EMFILE},   {ENAMETOOLONG, FP_M_ERRNO_LONG},
};

/* A growing output: what fits goes into buf, len counts all of it. */
struct out {
    char *buf;
    size_t n, len;
};

static void
put(struct out *o, const char *s, size_t k)
{
    if (o->len + 1 < o->n) {
        size_t room = o->n - 1 - o->len;
        memcpy(o->buf + o->len, s, k < room ? k : room);
    }
    o->len += k;
    if (o->n)
        o->buf[o->len < o->n ? o->len : o->n - 1] = '\0';
}

static void
puts_(struct out *o, const char *s)
{
    put(o, s, strlen(s));
}

static void render(struct out *o, enum fp_lang lang, const char *tmpl, const struct fp_arg *args,
                   size_t nargs, int depth);

static void
put_arg(struct out *o, enum fp_lang lang, const struct fp_arg *a, int depth)
{
    char buf[64];
    switch (a->kind) {
    case FP_ARG_EUR:
        fp_money_format(buf, sizeof buf, a->v, lang, a->v % 100 ? FP_MONEY_CENTS : FP_MONEY_WHOLE);
        puts_(o, buf);
        break;
    case FP_ARG_PCT:
        fp_percent_format(buf, sizeof buf, a->v, a->dec, 1, lang);
        puts_(o, buf);
        break;
    case FP_ARG_INT:
        snprintf(buf, sizeof buf, "%lld", (long long)a->v);
        puts_(o, buf);
        break;
    case FP_ARG_STR:
        puts_(o, a->s ? a->s : "");
        break;
    case FP_ARG_DATE:
        fp_date_format(buf, sizeof buf, a->date, lang);
        puts_(o, buf);
        break;
    case FP_ARG_MSG:
        /* a term may itself hold no placeholders; depth stops a table that names itself */
        if (depth < 2 && a->v > 0 && a->v < FP_MSG_COUNT)
            render(o, lang, fp_msg_text(lang, (enum fp_msg)a->v), NULL, 0, depth + 1);
        break;
    case FP_ARG_ERRNO: {
        size_t i;
        for (i = 0; i < sizeof errno_msgs / sizeof errno_msgs[0]; i++)
            if (errno_msgs[i].errnum == a->v)
                break;
        if (i < sizeof errno_msgs / sizeof errno_msgs[0])
            puts_(o, fp_msg_text(lang, errno_msgs[i].msg));
        else
            puts_(o, strerror((int)a->v));
        break;
    }
    case FP_ARG_END:
        break;
    }
}

/* "{12}" at p: its number, and *end past it; 0 when p holds no placeholder. */
static int
placeholder_at(const char *p, const char **end)
{
    int k = 0;
    const char *q = p + 1;
    if (*p != '{' || q[0] < '1' || q[0] > '9')
        return 0;
    while (*q >= '0' && *q <= '9' && k < 100)
        k = k * 10 + (*q++ - '0');
    if (*q != '}')
        return 0;
    *end = q + 1;
    return k;
}

static void
render(struct out *o, enum fp_lang lang, const char *tmpl, const struct fp_arg *args, size_t nargs,
       int depth)
{
    const char *p = tmpl, *lit = tmpl, *end;
    while (*p) {
        int k = placeholder_at(p, &end);
        if (k == 0) {
            p++;
            continue;
        }
        put(o, lit, (size_t)(p - lit));
        if ((size_t)k <= nargs)
            put_arg(o, lang, &args[k - 1], depth);
        else
            put(o, p, (size_t)(end - p));
        p = lit = end;
    }
    put(o, lit, (size_t)(p - lit));
}

size_t
fp_msg_render(char *buf, size_t n, enum fp_lang lang, const char *tmpl, const struct fp_arg *args,
              size_t nargs)
{
    struct out o = {buf, n, 0};
    if (n)
        buf[0] = '\0';
    render(&o, lang, tmpl ? tmpl : "", args, nargs, 0);
    return o.len;
}

char *
fp_msg_format(enum fp_lang lang, const char *tmpl, const struct fp_arg *args, size_t nargs)
{
    char probe[256];
    size_t len = fp_msg_render(probe, sizeof probe, lang, tmpl, args, nargs);
    char *s = fp_xmalloc(len + 1);
    if (len < sizeof probe)
        memcpy(s, probe, len + 1);
    else
        fp_msg_render(s, len + 1, lang, tmpl, args, nargs);
    return s;
}

int
fp_msg_placeholders(const char *tmpl, unsigned *seen_mask)
{
    const char *end;
    int max = 0;
    if (seen_mask)
        *seen_mask = 0;
    for (const char *p = tmpl ? tmpl : ""; *p; p++) {
        int k = placeholder_at(p, &end);
        if (k == 0)
            continue;
        if (k > max)
            max = k;
        if (seen_mask && k <= 32)
            *seen_mask |= 1u << (k - 1);
    }
    return max;
}

/* fi, sv or en for a locale or language name ("fi_FI.UTF-8", "sv", "C"); -1 for others. */
static int
lang_of(const char *s)
{
    if (s == NULL)
        return -1;
    if (strncmp(s, "fi", 2) == 0 && (s[2] == '\0' || s[2] == '_' || s[2] == '.' || s[2] == '@'))
        return FP_LANG_FI;
    if (strncmp(s, "sv", 2) == 0 && (s[2] == '\0' || s[2] == '_' || s[2] == '.' || s[2] == '@'))
        return FP_LANG_SV;
    if (strncmp(s, "en", 2) == 0 && (s[2] == '\0' || s[2] == '_' || s[2] == '.' || s[2] == '@'))
        return FP_LANG_EN;
    return -1;
}

enum fp_lang
fp_msg_env_lang(void)
{
    const char *names[] = {"LC_ALL", "LC_MESSAGES", "LANG"};
    const char *locale = NULL, *list = getenv("LANGUAGE");
    int l;

    for (size_t i = 0; i < sizeof names / sizeof names[0] && locale == NULL; i++) {
        const char *v = getenv(names[i]);
        if (v && *v)
            locale = v;
    }
    /* GNU gettext ignores LANGUAGE when the locale is C: a script's LC_ALL=C means English */
    if (list && *list && locale && strcmp(locale, "C") != 0 && strcmp(locale, "POSIX") != 0 &&
        strncmp(locale, "C.", 2) != 0) {
        const char *p = list;
        while (*p) {
            const char *colon = strchr(p, ':');
            size_t k = colon ? (size_t)(colon - p) : strlen(p);
            char one[32];
            if (k > 0 && k < sizeof one) {
                memcpy(one, p, k);
                one[k] = '\0';
                if ((l = lang_of(one)) >= 0)
                    return (enum fp_lang)l;
            }
            p += k + (colon != NULL);
        }
    }
    l = lang_of(locale);
    return l >= 0 ? (enum fp_lang)l : FP_LANG_EN;
}
