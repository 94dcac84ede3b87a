/*
 * glyphs.c - the letters the memo's fonts hold, and the check of the plan's printed texts
 * against them.
 * SPDX-License-Identifier: MIT
 */
#include "glyphs.h"

#include <string.h>

#include "pdf.h"

/*
 * The code points of build/fonts/DejaVuSans-subset.ttf and DejaVuSans-Bold-subset.ttf: the
 * Makefile's MEMO_UNICODES, all of which DejaVu Sans has in both weights. Change both together
 * (tests/unit/test_glyphs.c reads the fonts' cmaps and fails when they differ).
 */
static const struct {
    uint32_t from, to;
} covered[] = {
    {0x0020, 0x007E}, {0x00A0, 0x017F}, {0x018F, 0x018F}, {0x01B7, 0x01B7}, {0x01E4, 0x01EF},
    {0x0259, 0x0259}, {0x0292, 0x0292}, {0x2009, 0x2009}, {0x2013, 0x2014}, {0x2018, 0x201E},
    {0x2022, 0x2022}, {0x2026, 0x2026}, {0x202F, 0x202F}, {0x20AC, 0x20AC}, {0x2192, 0x2192},
    {0x2212, 0x2212}, {0x2260, 0x2260}, {0x2264, 0x2265}, {0xFFFD, 0xFFFD},
};

int
fp_glyphs_covered(uint32_t cp)
{
    for (size_t i = 0; i < sizeof covered / sizeof covered[0]; i++)
        if (cp >= covered[i].from && cp <= covered[i].to)
            return 1;
    return 0;
}

/* One text: each letter the fonts lack once (a name in Cyrillic is one finding per letter, up
   to 8, not one per occurrence). Controls (tab, line ends) are layout, not letters. */
static void
check_text(struct fp_diags *diags, const char *what, const char *s, int line)
{
    uint32_t reported[8];
    size_t nrep = 0, i = 0, n;
    int bad = 0;

    if (s == NULL)
        return;
    n = strlen(s);
    while (i < n) {
        uint32_t c;
        size_t k = fp_pdf_utf8_next(s + i, n - i, &c, &bad);
        int seen = 0;
        if (c >= 0x20 && !bad && !fp_glyphs_covered(c)) {
            for (size_t j = 0; j < nrep; j++)
                seen |= reported[j] == c;
            if (!seen && nrep < sizeof reported / sizeof reported[0]) {
                reported[nrep++] = c;
                fp_diag_add(diags, FP_ERROR, FP_F_GLYPH_MISSING, line,
                            "%s: the memo's font has no letter U+%04X '%.*s'", what, (unsigned)c,
                            (int)k, s + i);
            }
        }
        i += k;
    }
    if (bad)
        fp_diag_add(diags, FP_ERROR, FP_F_ENCODING, line, "%s: not valid UTF-8", what);
}

void
fp_glyphs_check(const struct fp_plan *pl, struct fp_diags *diags)
{
    /* every text of the plan the memo prints, under its key's name */
    const struct {
        const char *what;
        const struct fp_text_value *v;
    } texts[] = {
        {"name", &pl->name},
        {"id", &pl->id},
        {"applicant", &pl->applicant},
        {"funder", &pl->funder},
        {"instrument", &pl->instrument},
        {"preparer", &pl->preparer},
        {"preparer_title", &pl->preparer_title},
        {"preparer_phone", &pl->preparer_phone},
        {"preparer_email", &pl->preparer_email},
        {"summary", &pl->summary},
        {"goals", &pl->goals},
        {"actions", &pl->actions},
    };
    for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++)
        check_text(diags, texts[i].what, texts[i].v->text, texts[i].v->line);
    for (size_t i = 0; i < pl->npartners; i++)
        check_text(diags, "partners", pl->partners[i], pl->partners_line);
}
