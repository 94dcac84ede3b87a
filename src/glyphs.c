/*
 * glyphs.c - the letters the memo's fonts hold, and the check of the plan's printed texts
 * against them.
 * SPDX-License-Identifier: MIT
 */
#include "glyphs.h"

#include <stdio.h>
#include <string.h>

#include "schema.h"
#include "utf8.h"

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
        size_t k = fp_utf8_next(s + i, n - i, &c, &bad);
        int seen = 0;
        if (c >= 0x20 && !bad && !fp_glyphs_covered(c)) {
            for (size_t j = 0; j < nrep; j++)
                seen |= reported[j] == c;
            if (!seen && nrep < sizeof reported / sizeof reported[0]) {
                char cp[12], letter[8];
                reported[nrep++] = c;
                snprintf(cp, sizeof cp, "U+%04X", (unsigned)c);
                snprintf(letter, sizeof letter, "%.*s", (int)k, s + i);
                FP_DIAG(diags, FP_ERROR, FP_F_GLYPH_MISSING, line, FP_M_F_GLYPH_MISSING,
                        fp_arg_str(what), fp_arg_str(cp), fp_arg_str(letter));
            }
        }
        i += k;
    }
    if (bad)
        FP_DIAG(diags, FP_ERROR, FP_F_ENCODING, line, FP_M_F_TEXT_NOT_UTF8, fp_arg_str(what));
}

void
fp_glyphs_check_record(const struct fp_schema *schema, const char *section, const void *record,
                       struct fp_diags *diags)
{
    int year;
    const struct fp_section_def *sec = fp_schema_section(schema, section, &year);
    for (const struct fp_key_def *k = sec ? sec->keys : NULL; k && k->name; k++) {
        const struct fp_text_value *v;
        /* a list's items are the record's own business (fp_glyphs_check: partners) */
        if (!(k->flags & FP_KEY_PRINTED) || k->kind == FP_KEY_LIST)
            continue;
        v = (const struct fp_text_value *)((const char *)record + k->offset);
        check_text(diags, k->name, v->text, v->line);
    }
}

void
fp_glyphs_check(const struct fp_plan *pl, struct fp_diags *diags)
{
    /* every text the memos print: the schema's printed keys of [project], [description] and
       [decision] (the payment claim memo's header) */
    fp_glyphs_check_record(&fp_schema_plan, "project", pl, diags);
    for (size_t i = 0; i < pl->npartners; i++)
        check_text(diags, "partners", pl->partners[i], pl->partners_line);
    fp_glyphs_check_record(&fp_schema_plan, "description", pl, diags);
    fp_glyphs_check_record(&fp_schema_plan, "decision", &pl->decision, diags);
}
