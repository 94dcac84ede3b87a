#!/usr/bin/python3
"""Checks of the change workbook (tests/diff/run), against `fundplan diff --json --all`.

    book.py check XLSX JSON CSV LANG

XLSX as written (openpyxl: sheets, live formulas, cached values) and CSV, the change sheet as
headless LibreOffice recalculated it: every compared line (named Line_SECTION_KEY_YEAR) and the
key figures (Old_/New_TotalCosts, NetCosts, Support, SupportRate; SupportDelta, NetCostsDelta)
must equal the JSON to the cent, both cached and recalculated. The findings sheet holds the
reader's texts. Prints "ok NAME" / "not ok NAME: why" lines; exit 1 on any failure.
"""
import csv
import json
import os
import re
import sys
from decimal import Decimal, ROUND_HALF_UP

import openpyxl

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from harness import exit_status, report  # noqa: E402 (tests/harness.py)

SHEETS = {"fi": ["Muutos", "Tarkistukset"], "sv": ["Ändring", "Kontroller"],
          "en": ["Change", "Findings"]}
COL = {"old": 2, "new": 3, "delta": 4}  # C, D, E (0-based)


def number(v):
    """A cell's value as a float: openpyxl gives numbers, LibreOffice's CSV text ("60%")."""
    if isinstance(v, str) and v.endswith("%"):
        return float(v[:-1]) / 100
    return float(v)


def cents(v):
    if v is None or v == "":
        return None
    return int((Decimal(repr(number(v))) * 100).quantize(Decimal(1), ROUND_HALF_UP))


def pct2(v):
    return (Decimal(repr(number(v))) * 100).quantize(Decimal("0.01"), ROUND_HALF_UP)


def names(wb):
    out = {}
    for d in wb.defined_names.definedName:
        (sheet, ref), = list(d.destinations)
        m = re.match(r"([A-Z]+)(\d+)$", ref.replace("$", ""))
        col = 0
        for ch in m.group(1):
            col = col * 26 + ord(ch) - 64
        out[d.name] = (int(m.group(2)) - 1, col - 1)
    return out


def line_name(c):
    return "Line_%s_%s_%s" % (c["section"], c["key"], c["year"] if c["year"] else "all")


def expected(doc):
    """(row name, column) -> cents, and rate names -> percentage."""
    money, rates = {}, {}
    for c in doc["changes"]:
        for side in ("old", "new", "delta"):
            money[(line_name(c), side)] = c[side + "_cents"]
    for side in ("old", "new"):
        p = doc[side]
        money[("Total", side)] = p["total_costs_cents"]
        money[("Net", side)] = p["net_costs_cents"]
        money[("Support", side)] = p["support_cents"]
        rates[side] = Decimal(str(p["support_rate"])).quantize(Decimal("0.01"))
    money[("Support", "delta")] = doc["support_delta_cents"]
    money[("Net", "delta")] = doc["net_costs_delta_cents"]
    return money, rates


def cell_at(nm, key, side):
    """The (row, col) of a figure: a line's cells share the row of its named change cell."""
    if key.startswith("Line_"):
        row, _ = nm[key]
        return row, COL[side]
    name = {("Total", "old"): "Old_TotalCosts", ("Total", "new"): "New_TotalCosts",
            ("Net", "old"): "Old_NetCosts", ("Net", "new"): "New_NetCosts",
            ("Net", "delta"): "NetCostsDelta", ("Support", "old"): "Old_Support",
            ("Support", "new"): "New_Support", ("Support", "delta"): "SupportDelta"}[(key, side)]
    return nm[name]


def compare(get, nm, doc):
    money, rates = expected(doc)
    bad = []
    for (key, side), want in money.items():
        if key.startswith("Line_") and key not in nm:
            bad.append("no name %s" % key)
            continue
        got = cents(get(*cell_at(nm, key, side)))
        if got != want:
            bad.append("%s %s: %s, want %s" % (key, side, got, want))
    for side, want in rates.items():
        got = get(*nm["Old_SupportRate" if side == "old" else "New_SupportRate"])
        if got in (None, "") or pct2(got) != want:
            bad.append("support rate %s: %s, want %s" % (side, got, want))
    return "; ".join(bad[:4])


def check_structure(wb, nm, doc, lang):
    if wb.sheetnames != SHEETS[lang]:
        return "sheets %s" % wb.sheetnames
    ws = wb[SHEETS[lang][0]]
    for c in doc["changes"]:
        row, _ = nm[line_name(c)]
        delta = ws.cell(row=row + 1, column=COL["delta"] + 1).value
        if c["delta_cents"] is not None and not str(delta).startswith("="):
            return "%s: the change is not a formula: %r" % (line_name(c), delta)
        if c["delta_cents"] is None and delta is not None:
            return "%s: a change where a side is unknown: %r" % (line_name(c), delta)
    must = ["Old_NetCosts", "New_NetCosts", "Old_Support", "New_Support", "Old_SupportRate",
            "New_SupportRate"]
    # total costs are a sum of the cost lines on a side that gives them (not a lone `total`)
    for side in ("old", "new"):
        if any(c["section"] == "costs" and c["key"] != "total" and c["year"] is None and
               c[side + "_cents"] is not None for c in doc["changes"]):
            must.append(side.capitalize() + "_TotalCosts")
    for n in must:
        row, col = nm[n]
        if not str(ws.cell(row=row + 1, column=col + 1).value).startswith("="):
            return "%s is not a formula" % n
    return None


def check_findings(wb, doc, lang):
    ws = wb[SHEETS[lang][1]]
    texts = [r[3] for r in ws.iter_rows(min_row=2, values_only=True) if r[3]]
    if len(texts) < len(doc["findings"]):
        return "%d findings listed, %d about the change" % (len(texts), len(doc["findings"]))
    for t in texts:
        if re.search(r"\b(staff|flat_rate|aiko|eakr|municipal|private|partners)\b", t):
            return "an INI key in %r" % t
    return None


def main():
    xlsx, jpath, cpath, lang = sys.argv[2:6]
    stem = re.sub(r"\.xlsx$", "", xlsx.split("/")[-1])
    doc = json.load(open(jpath, encoding="utf-8"))
    wb = openpyxl.load_workbook(xlsx)
    nm = names(wb)
    report("book-structure-" + stem, check_structure(wb, nm, doc, lang))
    cached = openpyxl.load_workbook(xlsx, data_only=True)[SHEETS[lang][0]]
    report("book-cached-" + stem,
           compare(lambda r, c: cached.cell(row=r + 1, column=c + 1).value, nm, doc))
    try:
        rows = list(csv.reader(open(cpath, encoding="utf-8")))
    except OSError as e:
        report("book-libreoffice-" + stem, "no recalculated CSV: %s" % e)
    else:
        def get(r, c):
            return rows[r][c] if r < len(rows) and c < len(rows[r]) else None
        report("book-libreoffice-" + stem, compare(get, nm, doc))
    report("book-findings-" + stem, check_findings(wb, doc, lang))
    return exit_status()


if __name__ == "__main__":
    sys.exit(main())
