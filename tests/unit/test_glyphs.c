/*
 * test_glyphs.c - the memo's letters: the table glyphs.c holds is exactly the cmap of the
 * fonts make builds, and a plan's letters outside it are glyph-missing errors on their lines.
 * SPDX-License-Identifier: MIT
 */
#include "glyphs.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "checks.h"
#include "t.h"

/* The code points both fonts beside this binary map (fonts/, as make builds them), read with
   fontTools, as "%X" lines; NULL when they cannot be read. */
static FILE *
font_cmap(void)
{
    char exe[PATH_MAX], cmd[2 * PATH_MAX + 512];
    ssize_t k = readlink("/proc/self/exe", exe, sizeof exe - 1);
    char *slash;
    if (k <= 0)
        return NULL;
    exe[k] = '\0';
    slash = strrchr(exe, '/');
    if (slash == NULL)
        return NULL;
    *slash = '\0';
    snprintf(cmd, sizeof cmd,
             "/usr/bin/python3 -c 'import sys; from fontTools.ttLib import TTFont\n"
             "s = [set(TTFont(f).getBestCmap()) for f in sys.argv[1:]]\n"
             "print(\"\\n\".join(\"%%X\" %% c for c in sorted(s[0] & s[1])))' "
             "'%s/fonts/DejaVuSans-subset.ttf' '%s/fonts/DejaVuSans-Bold-subset.ttf'",
             exe, exe);
    return popen(cmd, "r");
}

static void
the_table_is_the_built_fonts_cmap(void)
{
    static unsigned char in_font[0x110000];
    FILE *f = font_cmap();
    unsigned cp;
    size_t n = 0, wrong = 0;

    T_CHECK(f != NULL);
    if (f == NULL)
        return;
    while (fscanf(f, "%X", &cp) == 1)
        if (cp < sizeof in_font) {
            in_font[cp] = 1;
            n++;
        }
    T_CHECK(pclose(f) == 0);
    T_CHECK(n > 300); /* the subset holds 355 letters: not an empty read */
    for (uint32_t c = 0; c < sizeof in_font; c++)
        wrong += fp_glyphs_covered(c) != in_font[c];
    T_CHECK(wrong == 0);
}

struct run {
    struct fp_plan plan;
    struct fp_diags diags;
};

static struct run *
run(const char *ini)
{
    struct run *r = calloc(1, sizeof *r);
    r->diags.file = "t.ini";
    fp_plan_parse("t.ini", ini, strlen(ini), &r->plan, &r->diags);
    fp_glyphs_check(&r->plan, &r->diags);
    return r;
}

static void
done(struct run *r)
{
    fp_plan_free(&r->plan);
    fp_diag_free(&r->diags);
    free(r);
}

static size_t
glyph_findings(const struct run *r, int line)
{
    size_t n = 0;
    for (size_t i = 0; i < r->diags.count; i++)
        n += r->diags.list[i].code == FP_F_GLYPH_MISSING && r->diags.list[i].line == line &&
             r->diags.list[i].severity == FP_ERROR;
    return n;
}

/* Whether the first glyph-missing finding reads `want` in English, the preparer's voice. */
static int
first_glyph_text_is(const struct run *r, const char *want)
{
    for (size_t i = 0; i < r->diags.count; i++)
        if (r->diags.list[i].code == FP_F_GLYPH_MISSING) {
            char *text = fp_diag_text(&r->diags.list[i], FP_LANG_EN, FP_VOICE_PREPARER);
            int same = text != NULL && strcmp(text, want) == 0;
            if (!same)
                fprintf(stderr, "  got: %s\n", text ? text : "(null)");
            free(text);
            return same;
        }
    return 0;
}

static void
finnish_swedish_and_sami_letters_pass(void)
{
    struct run *r = run("[project]\n"
                        "name = Äänekoski – Åland “Šaŋŋa” Ǥǥ Ǯǯ Ʒʒ ə € ≤ ≥ →\n"
                        "applicant = Čuođi Sámi giela\n");
    T_CHECK(glyph_findings(r, 2) == 0);
    T_CHECK(glyph_findings(r, 3) == 0);
    done(r);
}

static void
each_missing_letter_is_one_error_on_the_line_of_its_text(void)
{
    /* "Иванов": И в а н о в, five letters; в twice is one finding */
    struct run *r = run("[project]\n"
                        "name = Testi\n"
                        "applicant = Ωmega Oy\n"
                        "partners = Oy Ab, Иванов\n");
    T_CHECK(glyph_findings(r, 3) == 1);
    T_CHECK(glyph_findings(r, 4) == 5);
    T_CHECK(first_glyph_text_is(r, "applicant: the memo's font has no letter U+03A9 'Ω'"));
    done(r);
}

static void
letters_beyond_the_bmp_are_missing_and_eight_are_reported_at_most(void)
{
    struct run *r = run("[project]\n"
                        "name = 😀 αβγδεζηθικλ\n");
    T_CHECK(glyph_findings(r, 2) == 8);
    T_CHECK(first_glyph_text_is(r, "name: the memo's font has no letter U+1F600 '😀'"));
    done(r);
}

int
main(void)
{
    static const struct t_case cases[] = {
        T_CASE(the_table_is_the_built_fonts_cmap),
        T_CASE(finnish_swedish_and_sami_letters_pass),
        T_CASE(each_missing_letter_is_one_error_on_the_line_of_its_text),
        T_CASE(letters_beyond_the_bmp_are_missing_and_eight_are_reported_at_most),
    };
    return t_main(cases, sizeof cases / sizeof cases[0]);
}
