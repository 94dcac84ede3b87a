#!/usr/bin/python3
"""What a memo's text must hold, from the plan's `fundplan check --json` figures.

usage: expect.py CHECK.json LANG RAW.txt LAYOUT.txt DRAFT

DRAFT is 1 when fundplan exited with 1 (the plan has errors, the memo's own glyph check
included), else 0: then every page must carry the draft mark, else none may.
RAW.txt is `pdftotext -raw` (exact spacing inside amounts: -layout drops the space of short
strings like "0 €", a poppler heuristic that Helvetica shows too), LAYOUT.txt `pdftotext -layout`.
Both have one form feed per page. Prints "missing: WHAT" per failed expectation; exit 1 if any.
The amounts are formatted here independently of money.c: this is the oracle, not a copy.
"""
import json
import re
import sys
from fractions import Fraction

LABELS = {
    "fi": ["Kustannusarvio", "Rahoitussuunnitelma", "Kokonaiskustannukset", "./. Tulot",
           "Rahoitettavat nettomenot", "Rahoitus yhteensä", "Tarkistukset", "Hakija",
           "Rahoittaja", "Rahoitusmuoto", "Toteutusaika", "Päätösehdotus", "MUISTIO"],
    "sv": ["Kostnadsförslag", "Finansieringsplan", "Totalkostnader", "Avgår: intäkter",
           "Nettoutgifter som ska finansieras", "Finansiering totalt", "Kontroller", "Sökande",
           "Finansiär", "Finansieringsform", "Genomförandetid", "Beslutsförslag", "PROMEMORIA"],
    "en": ["Cost estimate", "Financing plan", "Total costs", "Less: income",
           "Net costs to be financed", "Total financing", "Findings", "Applicant", "Funder",
           "Funding instrument", "Implementation period", "Proposal for decision",
           "MEMORANDUM"],
}
SOURCES = {
    "fi": {"aiko": "AIKO-rahoitus", "akke": "AKKE-rahoitus", "eakr": "EAKR- ja valtion rahoitus",
           "municipal": "Kuntarahoitus", "other_public": "Muu julkinen rahoitus",
           "private": "Yksityinen rahoitus", "in_kind": "Talkootyö"},
    "sv": {"aiko": "AIKO-finansiering", "akke": "AKKE-finansiering",
           "eakr": "ERUF- och statlig finansiering", "municipal": "Kommunal finansiering",
           "other_public": "Annan offentlig finansiering", "private": "Privat finansiering",
           "in_kind": "Talkoarbete"},
    "en": {"aiko": "AIKO funding", "akke": "AKKE funding", "eakr": "ERDF and state funding",
           "municipal": "Municipal funding", "other_public": "Other public funding",
           "private": "Private funding", "in_kind": "In-kind work"},
}
# The findings section of a fi or sv memo is for a council's officials: none of these may show
# there (issue 10). Words of the terminal's English messages, and the line word.
ENGLISH_FINDING_WORDS = ["declared", "differ", "computed", "warning", "error", "note:",
                         "is not", "financing", "support", "line"]
LINE_WORD = {"fi": "rivi", "sv": "rad", "en": "line"}
PROPOSAL_NONE = {"fi": "Päätösehdotusta ei voida tehdä", "sv": "Inget beslutsförslag kan göras",
                 "en": "No proposal for decision can be made"}
FINDINGS_HEAD = {"fi": "Tarkistukset", "sv": "Kontroller", "en": "Findings"}
RATE = {
    "fi": r"Tuen osuus on {rate} hankkeen (kokonais|netto)kustannuksista\.",
    "sv": r"Stödandelen är {rate} av projektets (total|netto)kostnader\.",
    "en": r"The support rate is {rate} of the project's (total|net) costs\.",
}
DRAFT = {"fi": "LUONNOS", "sv": "UTKAST", "en": "DRAFT"}
DOCTYPE = {"fi": "MUISTIO", "sv": "PROMEMORIA", "en": "MEMORANDUM"}
PAGE = "{} ({})"


def squeeze(s):
    return re.sub(r"[ \u00a0\t\n]+", " ", s).strip()


def group(n, sep):
    s = str(n)
    out = []
    while len(s) > 3:
        out.insert(0, s[-3:])
        s = s[:-3]
    out.insert(0, s)
    return sep.join(out)


def money(c, lang, cents):
    neg = c < 0
    c = abs(c)
    if not cents:
        c = (c + 50) // 100 * 100
    if lang == "en":
        s = "€" + group(c // 100, ",") + (".%02d" % (c % 100) if cents else "")
        return ("-" if neg else "") + s
    s = group(c // 100, " ") + (",%02d" % (c % 100) if cents else "") + " €"
    return ("\u2212" if neg else "") + s


def percent(frac, decimals, trim, lang):
    """A ratio as a percentage rounded half-up, the way the memo writes it."""
    scaled = frac * 100 * 10 ** decimals
    v = int(scaled + Fraction(1, 2)) if scaled >= 0 else -int(-scaled + Fraction(1, 2))
    whole, dec = divmod(v, 10 ** decimals)
    d = ("%0*d" % (decimals, dec)) if decimals else ""
    if trim:
        d = d.rstrip("0")
    sep = "." if lang == "en" else ","
    s = str(whole) + (sep + d if d else "")
    return s + ("%" if lang == "en" else " %")


def beside(frac, cap, lang):
    """The support rate beside its cap: two decimals; above the cap, up to four until it differs
    from the cap, and one unit over it when even four round to it (docs/rounding.md)."""
    if frac <= cap:
        return percent(frac, 2, True, lang)
    for d in (2, 3, 4):
        if percent(frac, d, False, lang) != percent(cap, d, False, lang) or d == 4:
            break
    if percent(frac, d, False, lang) == percent(cap, d, False, lang) and frac != cap:
        step = Fraction(1, 100 * 10 ** d) * (1 if frac > cap else -1)
        return percent(cap + step, d, True, lang)
    return percent(frac, d, True, lang)


def ini_keys():
    """Every key of the plan format, from the schema's tables in src/schema.c."""
    src = open(__file__.rsplit("/tests/", 1)[0] + "/src/schema.c", encoding="utf-8").read()
    keys = set(re.findall(r'\b(?:TEXT|LONG|CALL)\((\w+)', src))
    keys |= set(re.findall(r'(?:FILEKEY|COST|FIN)\("(\w+)"', src))
    keys |= set(re.findall(r'\{"(\w+)", FP_KEY_', src))
    keys |= set(re.findall(r'DECL\((\w+),', src))
    keys |= set(re.findall(r'RULE\(FP_RULE_\w+, "(\w+)"\)', src))
    return sorted(keys)


def main():
    check, lang, raw_path, layout_path, draft = sys.argv[1:6]
    plan = json.load(open(check, encoding="utf-8"))["plans"][0]
    raw = open(raw_path, encoding="utf-8").read()
    layout = open(layout_path, encoding="utf-8").read()
    pages = [p for p in raw.split("\f") if p.strip()]
    rawtext = squeeze(raw)
    laytext = squeeze(layout)
    missing = []

    def need(what, text, where="raw"):
        if squeeze(what) not in text:
            missing.append("%s (%s)" % (what, where))

    amounts = [plan["total_costs_cents"], plan["income_cents"], plan["net_costs_cents"],
               plan["total_financing_cents"]]
    amounts += [c["amount_cents"] for c in plan["costs"]]
    amounts += [f["amount_cents"] for f in plan["financing"]]
    for y in plan.get("years", []):
        amounts += [y["costs_cents"], y["income_cents"], y["financing_cents"]]
    cents = any(a % 100 for a in amounts if a is not None)

    need(plan["name"], laytext, "layout")
    need(plan["name"], rawtext)
    for label in LABELS[lang]:
        need(label, laytext, "layout")
    for key in ("total_costs_cents", "net_costs_cents", "total_financing_cents"):
        need(money(plan[key], lang, cents), rawtext)
    for c in plan["costs"]:
        if c["amount_cents"]:
            need(money(c["amount_cents"], lang, cents), rawtext)
    total = plan["total_financing_cents"]
    for f in plan["financing"]:
        if f["amount_cents"] > 0:
            need(SOURCES[lang][f["source"]], laytext, "layout")
            need(money(f["amount_cents"], lang, cents), rawtext)
            if total > 0:
                need(percent(Fraction(f["amount_cents"], total), 1, False, lang), rawtext)
    if plan["support_base_cents"] > 0:
        rate = beside(Fraction(plan["support_cents"], plan["support_base_cents"]),
                      Fraction(round(plan["max_support_rate"] * 100), 10000), lang)
        if not re.search(RATE[lang].format(rate=re.escape(rate)), rawtext):
            missing.append("support-rate sentence with %s" % rate)
    for f in plan["findings"]:
        if f["severity"] in ("error", "warning"):
            need(f["title"], rawtext)
            need(f["reader_message"], rawtext)
    # the findings section, up to the preparer's line: the reader's words only
    start = rawtext.rfind(squeeze(FINDINGS_HEAD[lang]))
    section = rawtext[start:] if start >= 0 else ""
    for stop in ("Valmistelija:", "Beredare:", "Prepared by:", "Esittelijä:", "Föredragande:",
                 "Presented by:"):
        if stop in section:
            section = section[:section.index(stop)]
    words = re.findall(r"[\w.:]+", section.lower())
    for key in ini_keys():
        if "_" in key and key in section:
            missing.append("no INI key '%s' in the findings" % key)
    if lang != "en":
        for w in ENGLISH_FINDING_WORDS:
            if w in words or (" " in w and w in section.lower()):
                missing.append("no English word '%s' in the findings" % w)
        if LINE_WORD[lang] in words:
            missing.append("no '%s' in the findings" % LINE_WORD[lang])
    else:
        for label in LABELS["fi"][:8]:
            if squeeze(label) in rawtext:
                missing.append("no Finnish label '%s' in an English memo" % label)
    proposal = plan.get("proposal", {})
    if proposal.get("kind") == "none":
        need(PROPOSAL_NONE[lang], rawtext)
    elif proposal.get("kind") in ("asked", "capped"):
        need(money(proposal["support_cents"], lang, cents or proposal["support_cents"] % 100),
             rawtext)
    for i, page in enumerate(pages, 1):
        text = squeeze(page)
        if PAGE.format(i, len(pages)) not in text:
            missing.append("page number %s on page %d" % (PAGE.format(i, len(pages)), i))
        if DOCTYPE[lang] not in text:
            missing.append("header (%s) on page %d" % (DOCTYPE[lang], i))
        if draft == "1" and DRAFT[lang] not in text:
            missing.append("draft mark on page %d" % i)
        if draft == "0" and DRAFT[lang] in text.split():
            missing.append("no draft mark on page %d (plan has no errors)" % i)
    for m in missing:
        print("missing: " + m)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
