/*
 * genplans.c - writes N varied, valid fundplan plans into a folder, deterministically from a
 * seed: AIKO and EAKR, with and without year sections, Finnish names, descriptions of 50-400
 * words, and about one plan in ten with a deliberate finding. For bench/run; no network.
 *
 *     build/genplans 1000 /tmp/plans 42
 *
 * The money is computed here the way the plan format and docs/rules.md define it (flat rate
 * half-up to the cent, to whole euros in 2014-2020; support rounded down to whole euros, within
 * the instrument's cap of the plan's period), and each plan follows the rules of its period:
 * AIKO until 2019, AKKE from 2020, EAKR 24 % of staff in 2014-2020 and 40 % from 2021, with the
 * region named. So every plan without a deliberate finding is clean of errors.
 * SPDX-License-Identifier: MIT
 */
#include <errno.h>
#include <inttypes.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static uint64_t rng_state;

/* xorshift64*: small, fast, and the same sequence on every machine */
static uint64_t
rnd(void)
{
    rng_state ^= rng_state >> 12;
    rng_state ^= rng_state << 25;
    rng_state ^= rng_state >> 27;
    return rng_state * UINT64_C(2685821657736338717);
}

static int64_t
between(int64_t lo, int64_t hi)
{
    return lo + (int64_t)(rnd() % (uint64_t)(hi - lo + 1));
}

static const char *
pick(const char *const *list, size_t n)
{
    return list[rnd() % n];
}

#define PICK(list) pick(list, sizeof list / sizeof list[0])

static const char *const places[] = {
    "Mikkeli", "Kuopio",  "Joensuu", "Savonlinna", "Kajaani", "Rovaniemi", "Iisalmi",
    "Pieksämäki", "Varkaus", "Kokkola", "Oulu", "Kemi",      "Lieksa",  "Äänekoski",
};
static const char *const themes[] = {
    "kokonaisturvallisuuden", "metsäbiotalouden", "matkailun",    "vesiosaamisen",
    "ruokaketjun",            "kiertotalouden",   "hyvinvoinnin", "digitaalisten palvelujen",
    "älykkään erikoistumisen", "energiamurroksen",
};
static const char *const kinds[] = {
    "kehittämishanke", "verkosto", "osaamiskeskus", "kokeilu", "klusteri", "ekosysteemi",
};
static const char *const applicants[] = {
    "Miksei Oy", "Savonia-ammattikorkeakoulu Oy", "Xamk", "Kehitysyhtiö Savonlinna Oy",
    "Business Joensuu Oy", "Lapin liitto", "Kajaanin ammattikorkeakoulu Oy", "Centria Oy",
};
/* the regional councils and their regions (the EU share of EAKR support follows the region) */
static const char *const funders[][2] = {
    {"Etelä-Savon maakuntaliitto", "Etelä-Savo"},
    {"Pohjois-Savon liitto", "Pohjois-Savo"},
    {"Pohjois-Karjalan maakuntaliitto", "Pohjois-Karjala"},
    {"Kainuun liitto", "Kainuu"},
    {"Lapin liitto", "Lappi"},
    {"Keski-Pohjanmaan liitto", "Keski-Pohjanmaa"},
};
static const char *const words[] = {
    "hanke",     "kehittää", "alueen",   "yritysten", "osaamista", "verkostoja", "yhteistyötä",
    "kansainvälistä", "toimijoiden", "uusia", "palveluja", "tuotteita", "kokeiluja", "tukee",
    "vahvistaa", "elinvoimaa", "Etelä-Savossa", "pk-yritykset", "tutkimus", "ja", "sekä",
    "kehittämisen", "käytäntöjä", "malleja", "resilienssiä", "työpajoja", "selvityksiä",
};

/* A description text: inline when short (a logical line holds at most 1 022 bytes), else in
   a file beside the plan, as a preparer would do with a long text. */
static int
description(FILE *f, const char *dir, int plan, const char *key, int nwords)
{
    FILE *out = f;
    char name[64], path[4200];

    if (nwords > 80) {
        snprintf(name, sizeof name, "plan%05d-%s.txt", plan, key);
        snprintf(path, sizeof path, "%s/%s", dir, name);
        out = fopen(path, "w");
        if (out == NULL) {
            fprintf(stderr, "genplans: %s: %s\n", path, strerror(errno));
            return -1;
        }
        fprintf(f, "%s_file = %s\n", key, name);
    } else {
        fprintf(f, "%s = ", key);
    }
    for (int i = 0; i < nwords; i++) {
        const char *sep = " ";
        if (i + 1 == nwords)
            sep = "\n";
        else if (i % 12 == 11)
            sep = out == f ? " \\\n  " : "\n";
        fprintf(out, "%s%s", PICK(words), sep);
    }
    if (out != f && fclose(out) != 0)
        return -1;
    return 0;
}

/* The flat-rate cost: half-up to the cent, then to whole euros in 2014-2020 (docs/rules.md §3) */
static int64_t
flat(int64_t staff, int64_t bp, int euros)
{
    int64_t c = (staff * bp * 2 + 10000) / 20000;
    return euros ? (c + 50) / 100 * 100 : c;
}

/* Prints cents as a plan amount: "40 000" or "40 000,50". */
static void
amount(FILE *f, int64_t c)
{
    char digits[32];
    int n = snprintf(digits, sizeof digits, "%" PRId64, c / 100);
    for (int i = 0; i < n; i++) {
        fputc(digits[i], f);
        if ((n - i - 1) % 3 == 0 && i < n - 1)
            fputc(' ', f);
    }
    if (c % 100)
        fprintf(f, ",%02d", (int)(c % 100));
}

static int
write_plan(const char *dir, int i)
{
    char path[4096];
    FILE *f;
    int eakr = rnd() % 2, yearly = rnd() % 2, cents = rnd() % 4 == 0, broken = rnd() % 10 == 0;
    int y0 = (int)between(2016, 2026), years = (int)between(1, 3), old = y0 <= 2020;
    const char *instrument = eakr ? "EAKR" : y0 <= 2019 ? "AIKO" : "AKKE";
    const char *const *funder = funders[rnd() % (sizeof funders / sizeof funders[0])];
    /* EAKR: 24 % of staff in 2014-2020, 40 % (which covers every other cost) from 2021, so no
       other lines; national money: 24 % of staff in 2014-2020, else 15 %, with purchases */
    int64_t bp = eakr ? (old ? 2400 : 4000) : (old ? 2400 : 1500);
    int64_t maxbp = eakr ? (old ? 7000 : 8000) : (y0 <= 2019 ? 7000 : 8000);
    int64_t staff[3], purchased[3], total = 0, income = eakr && rnd() % 3 == 0 ? between(1, 50) * 10000 : 0;

    snprintf(path, sizeof path, "%s/plan%05d.ini", dir, i);
    f = fopen(path, "w");
    if (f == NULL) {
        fprintf(stderr, "genplans: %s: %s\n", path, strerror(errno));
        return -1;
    }
    fprintf(f, "; generated by bench/genplans: plan %d\n[project]\n", i);
    fprintf(f, "name = %s %s %s\n", PICK(places), PICK(themes), PICK(kinds));
    fprintf(f, "id = GEN/%d/%d\n", y0, i);
    fprintf(f, "applicant = %s\npartners = %s, %s\n", PICK(applicants), PICK(applicants),
            PICK(applicants));
    fprintf(f, "funder = %s\nregion = %s\ninstrument = %s\n", funder[0], funder[1], instrument);
    fprintf(f, "start = 1.%d.%d\nend = 31.12.%d\n", (int)between(1, 9), y0, y0 + years - 1);
    fprintf(f, "language = %s\ndate = %d-01-15\n", rnd() % 5 ? "fi" : (rnd() % 2 ? "sv" : "en"),
            y0);
    fprintf(f, "preparer = Maija Meikäläinen\npreparer_title = Kehittämispäällikkö\n");
    fprintf(f, "\n[description]\n");
    {
        int total_words = (int)between(50, 400), per = total_words / 3;
        if (description(f, dir, i, "summary", per) != 0 ||
            description(f, dir, i, "goals", per) != 0 ||
            description(f, dir, i, "actions", total_words - 2 * per) != 0) {
            fclose(f);
            return -1;
        }
    }
    for (int y = 0; y < years; y++) {
        staff[y] = between(10000, 150000) * 100 + (cents ? between(0, 99) : 0);
        purchased[y] = eakr ? 0 : between(0, 30000) * 100;
        total += staff[y] + flat(staff[y], bp, old) + purchased[y];
    }
    if (yearly) {
        for (int y = 0; y < years; y++) {
            fprintf(f, "\n[costs.%d]\nstaff = ", y0 + y);
            amount(f, staff[y]);
            fprintf(f, "\nflat_rate = %d %%\n", (int)(bp / 100));
            if (purchased[y]) {
                fprintf(f, "purchased_services = ");
                amount(f, purchased[y]);
                fputc('\n', f);
            }
        }
    } else {
        int64_t s = 0, p = 0;
        for (int y = 0; y < years; y++)
            s += staff[y], p += purchased[y];
        /* one undivided section: recompute the total with one flat rate over the sum */
        total = s + flat(s, bp, old) + p;
        fprintf(f, "\n[costs]\nstaff = ");
        amount(f, s);
        fprintf(f, "\nflat_rate = %d %%\n", (int)(bp / 100));
        if (p) {
            fprintf(f, "purchased_services = ");
            amount(f, p);
            fputc('\n', f);
        }
    }
    if (income) {
        fprintf(f, "\n[income]\nrevenue = ");
        amount(f, income);
        fputc('\n', f);
    }
    {
        int64_t base = eakr ? total - income : total, net = total - income;
        int64_t support = base * maxbp / 10000 / 100 * 100 - between(0, 50) * 10000;
        int64_t municipal = (net - support) / 2 / 100 * 100, priv;
        if (support < 0)
            support = 0;
        priv = net - support - municipal;
        if (broken) {
            switch (rnd() % 4) {
            case 0: /* 1 000 € above the cap */
                priv -= base * maxbp / 10000 / 100 * 100 + 100000 - support;
                support = base * maxbp / 10000 / 100 * 100 + 100000;
                break;
            case 1: priv += 100; break;                          /* financing 1 € too much */
            case 2: fprintf(f, "\n[declared]\nnet_costs = "); amount(f, net + 100); fputc('\n', f); break;
            default: fprintf(f, "\n[costs.typo]\nstafff = 1\n"); break;
            }
        }
        fprintf(f, "\n[financing]\n%s = ", eakr ? "eakr" : y0 <= 2019 ? "aiko" : "akke");
        amount(f, support);
        fprintf(f, "\nmunicipal = ");
        amount(f, municipal);
        fprintf(f, "\nprivate = ");
        amount(f, priv < 0 ? 0 : priv);
        fputc('\n', f);
    }
    if (fclose(f) != 0) {
        fprintf(stderr, "genplans: %s: %s\n", path, strerror(errno));
        return -1;
    }
    return 0;
}

int
main(int argc, char **argv)
{
    long n;
    if (argc != 4) {
        fprintf(stderr, "usage: genplans N DIR SEED\n");
        return 2;
    }
    n = strtol(argv[1], NULL, 10);
    rng_state = (uint64_t)strtoull(argv[3], NULL, 10) * 2654435761u + 88172645463325252u;
    for (long i = 0; i < n; i++)
        if (write_plan(argv[2], (int)i) != 0)
            return 2;
    return 0;
}
