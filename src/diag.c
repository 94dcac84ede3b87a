/*
 * diag.c - findings with file:line, their codes and titles, and the program's error messages.
 * Stores findings; prints only when asked (fp_diag_print) or for system errors (fp_diag_fail).
 * SPDX-License-Identifier: MIT
 */
#include "diag.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

struct code_info {
    const char *name;
    const char *title[FP_LANG_COUNT];
};

static const struct code_info codes[FP_F_CODE_COUNT] = {
    [FP_F_READ] = {"read-error",
                   {"Tiedostoa ei voi lukea", "Filen kan inte läsas", "File cannot be read"}},
    [FP_F_ENCODING] = {"bad-encoding",
                       {"Virheellinen merkistö", "Felaktig teckenkodning", "Invalid encoding"}},
    [FP_F_LINE_TOO_LONG] = {"line-too-long", {"Liian pitkä rivi", "För lång rad", "Line too long"}},
    [FP_F_SYNTAX] = {"syntax", {"Virheellinen rivi", "Felaktig rad", "Malformed line"}},
    [FP_F_BAD_NAME] = {"bad-name", {"Virheellinen nimi", "Felaktigt namn", "Invalid name"}},
    [FP_F_MISSING_KEY] = {"missing-key",
                          {"Pakollinen tieto puuttuu", "Obligatorisk uppgift saknas",
                           "Required value missing"}},
    [FP_F_BAD_AMOUNT] = {"bad-amount",
                         {"Virheellinen summa", "Felaktigt belopp", "Invalid amount"}},
    [FP_F_BAD_PERCENT] = {"bad-percent",
                          {"Virheellinen prosenttiluku", "Felaktig procentsats",
                           "Invalid percentage"}},
    [FP_F_BAD_DATE] = {"bad-date", {"Virheellinen päivämäärä", "Felaktigt datum", "Invalid date"}},
    [FP_F_BAD_VALUE] = {"bad-value", {"Virheellinen arvo", "Felaktigt värde", "Invalid value"}},
    [FP_F_BAD_FILE] = {"bad-file",
                       {"Liitetiedostoa ei voi lukea", "Bifogad fil kan inte läsas",
                        "Referenced file cannot be read"}},
    [FP_F_PERIOD_REVERSED] = {"period-reversed",
                              {"Päättymispäivä ennen alkamispäivää", "Slutdatum före startdatum",
                               "End date before start date"}},
    [FP_F_YEAR_OUTSIDE] = {"year-outside-period",
                           {"Vuosi toteutusajan ulkopuolella", "År utanför genomförandetiden",
                            "Year outside the project period"}},
    [FP_F_TOTAL_WITH_LINES] = {"total-with-lines",
                               {"Kokonaissumma ja erittely yhtä aikaa",
                                "Totalbelopp och specifikation samtidigt",
                                "Total given together with cost lines"}},
    [FP_F_MIXED_YEARS] = {"mixed-years",
                          {"Vuosierittely ja kokonaisosio yhtä aikaa",
                           "Årsindelning och helhet samtidigt",
                           "Yearly and undivided sections together"}},
    [FP_F_UNKNOWN_INSTRUMENT] = {"unknown-instrument",
                                 {"Tuntematon rahoitusmuoto", "Okänd finansieringsform",
                                  "Unknown funding instrument"}},
    [FP_F_OVERFLOW] = {"overflow", {"Summa on liian suuri", "Summan är för stor", "Sum too large"}},
    [FP_F_INCOME_EXCEEDS] = {"income-exceeds-costs",
                             {"Tulot ylittävät kustannukset", "Intäkterna överstiger kostnaderna",
                              "Income exceeds costs"}},
    [FP_F_FINANCING_MISMATCH] = {"financing-mismatch",
                                 {"Rahoitus ei vastaa nettomenoja",
                                  "Finansieringen motsvarar inte nettokostnaderna",
                                  "Financing does not match net costs"}},
    [FP_F_SUPPORT_RATE] = {"support-rate-exceeded",
                           {"Tuen osuus ylittää enimmäismäärän",
                            "Stödandelen överstiger maximibeloppet",
                            "Support rate above the maximum"}},
    [FP_F_MUNICIPAL_SHARE] = {"municipal-share-low",
                              {"Kuntarahoituksen osuus liian pieni",
                               "Den kommunala andelen är för liten", "Municipal share too low"}},
    [FP_F_NO_COSTS] = {"no-costs",
                       {"Kustannuksia ei ole", "Inga kostnader", "No costs to finance"}},
    [FP_F_GLYPH_MISSING] = {"glyph-missing",
                            {"Merkkiä ei voi tulostaa", "Tecknet kan inte återges",
                             "Character cannot be rendered"}},
    [FP_F_DECLARED_MISMATCH] = {"declared-mismatch",
                                {"Ilmoitettu luku poikkeaa lasketusta",
                                 "Angiven siffra avviker från den beräknade",
                                 "Declared figure differs from the computed one"}},
    [FP_F_UNKNOWN_KEY] = {"unknown-key", {"Tuntematon avain", "Okänd nyckel", "Unknown key"}},
    [FP_F_UNKNOWN_SECTION] = {"unknown-section",
                              {"Tuntematon osio", "Okänt avsnitt", "Unknown section"}},
    [FP_F_DUPLICATE_KEY] = {"duplicate-key",
                            {"Avain annettu kahdesti", "Nyckeln anges två gånger",
                             "Key given twice"}},
    [FP_F_DUPLICATE_SECTION] = {"duplicate-section",
                                {"Osio annettu kahdesti", "Avsnittet anges två gånger",
                                 "Section given twice"}},
    [FP_F_SOURCE_MISMATCH] = {"source-mismatch",
                              {"Rahoituslähde ei sovi rahoitusmuotoon",
                               "Finansieringskällan passar inte finansieringsformen",
                               "Funding source does not fit the instrument"}},
    [FP_F_COMMENT_IN_VALUE] = {"comment-in-value",
                               {"Teksti katkesi kommenttimerkkiin",
                                "Texten avbröts vid ett kommentarstecken",
                                "Text cut at a comment character"}},
    [FP_F_LUMP_SUM_LIMIT] = {"lump-sum-limit",
                             {"Kertakorvaus yli 200 000 €", "Engångsersättning över 200 000 €",
                              "Lump sum above €200,000"}},
};

static const char *const severity_names[] = {
    [FP_NOTE] = "note",
    [FP_WARNING] = "warning",
    [FP_ERROR] = "error",
};

static void
out_of_memory(void)
{
    fputs("fundplan: error: out of memory\n", stderr);
    exit(2);
}

void *
fp_xmalloc(size_t n)
{
    void *p = malloc(n ? n : 1);
    if (p == NULL)
        out_of_memory();
    return p;
}

void *
fp_xrealloc(void *p, size_t n)
{
    void *q = realloc(p, n ? n : 1);
    if (q == NULL)
        out_of_memory();
    return q;
}

char *
fp_xstrndup(const char *s, size_t n)
{
    char *p = fp_xmalloc(n + 1);
    memcpy(p, s, n);
    p[n] = '\0';
    return p;
}

char *
fp_xstrdup(const char *s)
{
    return fp_xstrndup(s, strlen(s));
}

#if defined(__GNUC__)
__attribute__((format(printf, 1, 0), nonnull(1)))
#endif
static char *
vformat(const char *fmt, va_list ap)
{
    va_list ap2;
    int n;
    char *s, probe[1];

    va_copy(ap2, ap);
    n = vsnprintf(probe, sizeof probe, fmt, ap2);
    va_end(ap2);
    if (n < 0)
        n = 0;
    s = fp_xmalloc((size_t)n + 1);
    vsnprintf(s, (size_t)n + 1, fmt, ap);
    return s;
}

void
fp_diag_add(struct fp_diags *d, enum fp_severity sev, enum fp_code code, int line, const char *fmt,
            ...)
{
    va_list ap;
    struct fp_finding *f;

    d->dropping = d->kept[sev] >= FP_DIAG_MAX;
    if (d->dropping) {
        d->dropped[sev]++;
        return;
    }
    d->kept[sev]++;
    if (d->count == d->cap) {
        d->cap = d->cap ? d->cap * 2 : 8;
        d->list = fp_xrealloc(d->list, d->cap * sizeof *d->list);
    }
    f = &d->list[d->count++];
    f->severity = sev;
    f->code = code;
    f->line = line;
    f->hint = NULL;
    va_start(ap, fmt);
    f->text = vformat(fmt, ap);
    va_end(ap);
}

void
fp_diag_hint(struct fp_diags *d, const char *fmt, ...)
{
    va_list ap;
    struct fp_finding *f;

    if (d->count == 0 || d->dropping)
        return;
    f = &d->list[d->count - 1];
    free(f->hint);
    va_start(ap, fmt);
    f->hint = vformat(fmt, ap);
    va_end(ap);
}

void
fp_diag_sort(struct fp_diags *d)
{
    /* Insertion sort: stable, and plans have tens of findings, not thousands. */
    for (size_t i = 1; i < d->count; i++) {
        struct fp_finding f = d->list[i];
        size_t j = i;
        while (j > 0 && d->list[j - 1].line > f.line) {
            d->list[j] = d->list[j - 1];
            j--;
        }
        d->list[j] = f;
    }
}

size_t
fp_diag_count(const struct fp_diags *d, enum fp_severity sev)
{
    size_t n = d->dropped[sev];
    for (size_t i = 0; i < d->count; i++)
        n += d->list[i].severity == sev;
    return n;
}

int
fp_diag_has(const struct fp_diags *d, enum fp_code code)
{
    for (size_t i = 0; i < d->count; i++)
        if (d->list[i].code == code)
            return 1;
    return 0;
}

static void
print_prefix(FILE *out, const char *file, int line)
{
    if (line > 0)
        fprintf(out, "fundplan: %s:%d: ", file, line);
    else
        fprintf(out, "fundplan: %s: ", file);
}

void
fp_diag_print(const struct fp_diags *d, FILE *out)
{
    for (size_t i = 0; i < d->count; i++) {
        const struct fp_finding *f = &d->list[i];
        print_prefix(out, d->file, f->line);
        fprintf(out, "%s: %s\n", severity_names[f->severity], f->text);
        if (f->hint) {
            print_prefix(out, d->file, f->line);
            fprintf(out, "note: %s\n", f->hint);
        }
    }
    if (d->dropped[FP_ERROR] || d->dropped[FP_WARNING]) {
        size_t e = d->dropped[FP_ERROR], w = d->dropped[FP_WARNING];
        print_prefix(out, d->file, 0);
        fputs("note: ", out);
        if (e)
            fprintf(out, "%zu more error%s%s", e, e == 1 ? "" : "s", w ? " and " : "");
        if (w)
            fprintf(out, "%zu more warning%s", w, w == 1 ? "" : "s");
        fputs(" not shown\n", out);
    }
}

void
fp_diag_free(struct fp_diags *d)
{
    if (d == NULL)
        return;
    for (size_t i = 0; i < d->count; i++) {
        free(d->list[i].text);
        free(d->list[i].hint);
    }
    free(d->list);
    d->list = NULL;
    d->count = d->cap = 0;
    memset(d->kept, 0, sizeof d->kept);
    memset(d->dropped, 0, sizeof d->dropped);
    d->dropping = 0;
}

const char *
fp_diag_code_name(enum fp_code code)
{
    return codes[code].name;
}

const char *
fp_diag_severity_name(enum fp_severity sev)
{
    return severity_names[sev];
}

const char *
fp_diag_code_title(enum fp_code code, enum fp_lang lang)
{
    return codes[code].title[lang];
}

void
fp_diag_fail(const char *what, const char *fmt, ...)
{
    va_list ap;
    if (what)
        fprintf(stderr, "fundplan: %s: error: ", what);
    else
        fputs("fundplan: error: ", stderr);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
}
