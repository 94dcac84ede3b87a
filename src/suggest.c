/*
 * suggest.c - the closest name to a mistyped word, by edit distance.
 * SPDX-License-Identifier: MIT
 */
#include "suggest.h"

#include <stddef.h>
#include <stdint.h>
#include <string.h>

/* Edit distance (Levenshtein): names are short, so one row of the table is enough. */
static size_t
distance(const char *a, const char *b)
{
    size_t la = strlen(a), lb = strlen(b), row[64];
    if (la >= 63 || lb >= 63)
        return SIZE_MAX; /* too long to be a typo of a name we know */
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

const char *
fp_suggest(const char *s, const char *const *names)
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
