/*
 * test_book.c - the workbook writers' text guard (no invalid UTF-8, control characters or
 * over-long cells ever reach libxlsxwriter) and their cell references.
 * SPDX-License-Identifier: MIT
 */
#include "book_internal.h"
#include "book_portfolio.h"

#include <stdlib.h>
#include <string.h>

#include "t.h"
#include "utf8.h"

static void
check_clean(const char *in, const char *want)
{
    char *got = fp_book_text(in);
    T_STREQ(got, want);
    free(got);
}

static void
valid_utf8_passes_unchanged(void)
{
    check_clean("Etelä-Savon maakuntaliitto", "Etelä-Savon maakuntaliitto");
    check_clean("Sámi: ŋ ž, € and 😀", "Sámi: ŋ ž, € and 😀");
    check_clean("=HYPERLINK(\"x\")", "=HYPERLINK(\"x\")");
    check_clean("line\tone\nline two", "line\tone\nline two");
    check_clean(NULL, "");
}

static void
invalid_bytes_become_replacement_characters(void)
{
    check_clean("a\xff"
                "b",
                "a\xEF\xBF\xBD"
                "b");                                    /* a byte that starts nothing */
    check_clean("\xC0\xAF", "\xEF\xBF\xBD\xEF\xBF\xBD"); /* overlong '/' */
    check_clean("\xED\xA0\x80", "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD"); /* surrogate */
    check_clean("\xF4\x90\x80\x80", "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");
    check_clean("end\xE2\x82", "end\xEF\xBF\xBD\xEF\xBF\xBD"); /* cut in the middle */
    check_clean("\xEF\xBF\xBE", "\xEF\xBF\xBD");               /* U+FFFE, not allowed in XML */
}

static void
control_characters_become_spaces(void)
{
    check_clean("a\x01"
                "b\x1b"
                "c\r",
                "a b c ");
}

static void
cells_are_cut_at_excels_limit(void)
{
    size_t n = 40000;
    char *big = malloc(4 * n + 1), *got;
    memset(big, 'x', n);
    big[n] = '\0';
    got = fp_book_text(big);
    T_CHECK(strlen(got) == FP_BOOK_CELL_MAX);
    free(got);
    /* characters beyond U+FFFF count twice (UTF-16), and are never cut in half */
    for (size_t i = 0; i < n; i++)
        memcpy(big + 4 * i, "\xF0\x9F\x98\x80", 4);
    big[4 * n] = '\0';
    got = fp_book_text(big);
    T_CHECK(strlen(got) == 4 * (FP_BOOK_CELL_MAX / 2));
    free(got);
    free(big);
}

static void
references_use_excels_column_letters(void)
{
    char buf[16];
    fp_book_ref(buf, 0, 0, 0, 0);
    T_STREQ(buf, "A1");
    fp_book_ref(buf, 19, 25, 0, 0);
    T_STREQ(buf, "Z20");
    fp_book_ref(buf, 0, 26, 1, 1);
    T_STREQ(buf, "$AA$1");
    fp_book_ref(buf, 1048575, 16383, 1, 0);
    T_STREQ(buf, "XFD$1048576");
}

static void
widths_count_characters_of_the_longest_line(void)
{
    T_CHECK(fp_utf8_width("Päättyy") == 7);
    T_CHECK(fp_utf8_width("ab\nabcd\nx") == 4);
    T_CHECK(fp_book_money_width(7895800, 0) == 8);     /* "78 958 €" */
    T_CHECK(fp_book_money_width(-123456789, 1) == 15); /* "−1 234 567,89 €" */
}

int
main(void)
{
    static const struct t_case cases[] = {
        T_CASE(valid_utf8_passes_unchanged),
        T_CASE(invalid_bytes_become_replacement_characters),
        T_CASE(control_characters_become_spaces),
        T_CASE(cells_are_cut_at_excels_limit),
        T_CASE(references_use_excels_column_letters),
        T_CASE(widths_count_characters_of_the_longest_line),
    };
    return t_main(cases, sizeof cases / sizeof cases[0]);
}
