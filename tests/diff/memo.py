#!/usr/bin/python3
"""What a change memo's text must hold (tests/diff/run), from `pdftotext -raw`.

    memo.py TEXT LANG DRAFT [MUST ...]

DRAFT is 1 when the changed plan or the change has errors: then every page carries the draft
mark and the proposal is withheld; else no page does and the proposal is there. The findings
(between the assessment heading and the proposal) are in the reader's words: no INI key, no
"key = value", no line number. Every MUST string (no-break spaces read as spaces) is in the
text. Prints "missing: WHAT" per failed expectation; exit 1 if any.
"""
import re
import sys

DOCTYPE = {"fi": "MUISTIO", "sv": "PROMEMORIA", "en": "MEMORANDUM"}
DRAFT = {"fi": "LUONNOS", "sv": "UTKAST", "en": "DRAFT"}
APPROVED = {"fi": "Muutos hyväksytään:", "sv": "Ändringen godkänns:",
            "en": "The change is approved:"}
WITHHELD = {"fi": "Päätösehdotusta ei voida tehdä", "sv": "Inget beslutsförslag kan göras",
            "en": "No proposal for decision can be made"}
ASSESSMENT = {"fi": "Muutoksen arviointi", "sv": "Bedömning av ändringen",
              "en": "Assessment of the change"}
PROPOSAL = {"fi": "Päätösehdotus", "sv": "Beslutsförslag", "en": "Proposal for decision"}
LINE_WORDS = {"fi": r"\brivi(llä|ltä|n)?\b", "sv": r"\brad(en)?\s+\d", "en": r"\bline\s+\d"}
KEYS = ["staff", "purchased_services", "travel", "equipment", "construction", "other",
        "flat_rate", "lump_sum", "in_kind", "revenue", "aiko", "akke", "eakr", "municipal",
        "other_public", "private", "partners", "applicant", "funder", "instrument", "start",
        "end", "name", "id", "cost_model", "support_rate", "net_costs", "total_costs"]


def main():
    path, lang, draft = sys.argv[1], sys.argv[2], sys.argv[3] == "1"
    text = open(path, encoding="utf-8").read().replace("\u00a0", " ").replace("\u202f", " ")
    pages = [p for p in text.split("\f") if p.strip()]
    flat = re.sub(r"\s+", " ", text)
    missing = []
    for i, p in enumerate(pages, 1):
        if DOCTYPE[lang] not in p:
            missing.append("the document type on page %d" % i)
        if "%d (%d)" % (i, len(pages)) not in p:
            missing.append("'%d (%d)' on page %d" % (i, len(pages), i))
        if (DRAFT[lang] in p) != draft:
            missing.append("%s draft mark on page %d" % ("a" if draft else "no", i))
    if (APPROVED[lang] in flat) == draft:
        missing.append("the proposal %s" % ("withheld" if draft else "made"))
    if (WITHHELD[lang] in flat) != draft:
        missing.append("the no-proposal notice %s" % ("shown" if draft else "absent"))
    a, b = flat.find(ASSESSMENT[lang]), flat.rfind(PROPOSAL[lang])
    if a < 0 or b < a:
        missing.append("the findings section")
    else:
        findings = flat[a:b]
        # "name", "end", "start" are English words too: English is held to the snake_case keys
        for k in KEYS if lang != "en" else [k for k in KEYS if "_" in k]:
            if re.search(r"(?<![\w-])%s(?![\w-])" % re.escape(k), findings):
                missing.append("no INI key '%s' in the findings" % k)
        if re.search(LINE_WORDS[lang], findings, re.I) or re.search(r"\w\s*=\s*\w", findings):
            missing.append("no line number or 'key = value' in the findings")
    for s in sys.argv[4:]:
        if re.sub(r"\s+", " ", s) not in flat:
            missing.append(repr(s))
    for m in missing:
        print("missing: " + m)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
