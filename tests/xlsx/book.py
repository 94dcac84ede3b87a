#!/usr/bin/python3
"""Checks of fundplan's workbooks, run by tests/xlsx/run with Debian's /usr/bin/python3.

    book.py canary SRC DST         copy SRC with TotalCosts' cached value set to 1
    book.py check DIR EPOCH TOP    every check; DIR holds book/, json/, csv/, l10n/ (see run),
                                   TOP is the source tree (the catalogue, the schema's keys)

Prints one line per test, "ok NAME" or "not ok NAME: why"; exits 1 on any failure.
Figures come from `fundplan check --json` (integer cents; rates as 2-decimal percentages);
the workbook's cached values (openpyxl data_only) and LibreOffice's recalculated values (CSV)
must both equal them to the cent.
"""
import csv
import datetime
import glob
import json
import os
import re
import sys
import zipfile
from decimal import Decimal, ROUND_HALF_UP

import openpyxl
from openpyxl.utils import get_column_letter

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from harness import exit_status, report, run  # noqa: E402 (tests/harness.py)

# number formats by language: (euros, euros with cents, shares, rates, dates)
FORMATS = {
    "fi": ('#,##0 "€"', '#,##0.00 "€"', "0.0 %", "0.00 %", "d.m.yyyy"),
    "sv": ('#,##0 "€"', '#,##0.00 "€"', "0.0 %", "0.00 %", "d.m.yyyy"),
    "en": ('"€"#,##0', '"€"#,##0.00', "0.0%", "0.00%", "[$-809]d mmm yyyy"),
}
SHEETS = {
    "fi": ("Yhteenveto", "Tarkistukset"),
    "sv": ("Sammandrag", "Kontroller"),
    "en": ("Summary", "Findings"),
}
TOTAL_COSTS_LABEL = {"fi": "Kokonaiskustannukset", "sv": "Totalkostnader", "en": "Total costs"}
COST_TABLE_HEAD = {"fi": ("Kustannusarvio", "Yhteensä"), "sv": ("Kostnadsförslag", "Totalt"),
                   "en": ("Cost estimate", "Total")}
# per-year defined names -> the key of a year in --json
YEAR_NAMES = {"TotalCosts": "costs_cents", "Income": "income_cents",
              "NetCosts": "net_costs_cents", "TotalFinancing": "financing_cents"}
SOURCES = ["aiko", "akke", "eakr", "municipal", "other_public", "private", "in_kind"]
# per-year balances (cents) that fixtures state in their comments, checked as literals too
YEAR_BALANCES = {
    "unbalanced-years": {2024: -123456, 2025: 100000, 2026: 0},
    "cents-years": {2024: 19983, 2025: -19983},
    "kotuoske": {2024: 0, 2025: 0, 2026: 0},
}
# figures that fixtures state in their comments (cents), checked as literals too
FIXTURE_FIGURES = {
    "eakr-2014-euro": {"Cost_flat_rate_2019": 296300, "Cost_flat_rate_2021": 240600},
    "eakr-investment": {"MaxSupport": 10219999, "InvestmentBase": 4999999},
    "uusimaa": {"EUPart": 5040000, "StatePart": 6160000},
    "call-max": {"MaxSupport": 5000000, "CallMaxSupport": 5000000, "RateCap": 7140000},
    "in-kind": {"MaxSupport": 3100000},
    "flat-direct": {"Cost_flat_rate_2025": 596642, "EUPart": 6945600},
    "akke-investment": {"MaxSupport": 21000007},
}
# the severity words of the findings sheet (FP_M_SEVD_*) and its header
SEVERITY = {
    "fi": {"error": "Virhe", "warning": "Varoitus", "note": "Huomautus"},
    "sv": {"error": "Fel", "warning": "Varning", "note": "Anmärkning"},
    "en": {"error": "Error", "warning": "Warning", "note": "Note"},
}
FINDINGS_HEAD = {"fi": ["Vakavuus", "Havainto", "Selitys"],
                 "sv": ["Allvarlighet", "Iakttagelse", "Förklaring"],
                 "en": ["Severity", "Finding", "Explanation"]}

def cents(v):
    return int((Decimal(repr(v)) * 100).quantize(Decimal(1), ROUND_HALF_UP))


def pct2(v):
    """A ratio as a percentage rounded half-up to 2 decimals, as the JSON writes it."""
    return (Decimal(repr(v)) * 100).quantize(Decimal("0.01"), ROUND_HALF_UP)


def names(wb):
    out = {}
    for d in wb.defined_names.definedName:
        (sheet, ref), = list(d.destinations)
        out[d.name] = (sheet, ref.replace("$", ""))
    return out


def lang_of(wb):
    for lang, (summary, _) in SHEETS.items():
        if wb.sheetnames[0] == summary:
            return lang
    return None


def money_names(fig):
    """Defined name -> expected cents."""
    out = {
        "TotalCosts": fig["total_costs_cents"],
        "Income": fig["income_cents"],
        "NetCosts": fig["net_costs_cents"],
        "TotalFinancing": fig["total_financing_cents"],
        "Balance": fig["balance_cents"],
        "Support": fig["support_cents"],
        "SupportBase": fig["support_base_cents"],
        "MaxSupport": fig["max_support_cents"],
    }
    for c in fig["costs"]:
        out["Cost_" + c["category"]] = c["amount_cents"]
    for s in fig["financing"]:
        out["Financing_" + s["source"]] = s["amount_cents"]
    if fig["eu_cents"] is not None:
        out["EUPart"] = fig["eu_cents"]
        out["StatePart"] = fig["state_cents"]
    if fig["max_support_limit"] == "rates":
        out["InvestmentBase"] = fig["investment_base_cents"]
    return out


def rate_names(fig):
    """Defined name -> expected percentage (2 decimals)."""
    out = {
        "SupportRate": Decimal(str(fig["support_rate"])).quantize(Decimal("0.01")),
        "MaxSupportRate": Decimal(str(fig["max_support_rate"])).quantize(Decimal("0.01")),
        "PublicShare": Decimal(str(fig["public_share"])).quantize(Decimal("0.01")),
    }
    for s in fig["financing"]:
        out["Share_" + s["source"]] = Decimal(str(s["share"])).quantize(Decimal("0.01"))
    if fig["eu_share"] is not None:
        out["EUShare"] = Decimal(str(fig["eu_share"])).quantize(Decimal("0.01"))
    if fig["max_support_limit"] == "rates" or fig["type"] == "investment":
        out["InvestmentRate"] = Decimal(str(fig["investment_rate"])).quantize(Decimal("0.01"))
    return out


def has_cents(fig):
    vals = [fig[k] for k in ("total_costs_cents", "income_cents", "net_costs_cents",
                             "total_financing_cents")]
    vals += [c["amount_cents"] for c in fig["costs"]]
    vals += [s["amount_cents"] for s in fig["financing"]]
    return any(v % 100 for v in vals)


# ---- the plan workbook, as written (openpyxl) ----

PERIOD_LABEL = {"fi": "Toteutusaika", "sv": "Genomförandetid", "en": "Implementation period"}
PROGRAMME = {
    "fi": {"2014-2020": "Kestävää kasvua ja työtä 2014–2020",
           "2021-2027": "Uudistuva ja osaava Suomi 2021–2027"},
    "sv": {"2014-2020": "Hållbar tillväxt och jobb 2014–2020",
           "2021-2027": "Ett förnybart och kompetent Finland 2021–2027"},
    "en": {"2014-2020": "Sustainable growth and jobs 2014–2020",
           "2021-2027": "Innovation and Skills in Finland 2021–2027"},
}
FACT_LABELS = {"fi": ("Ohjelmakausi", "Kustannusmalli", "Rahoitushaku"),
               "sv": ("Programperiod", "Kostnadsmodell", "Ansökningsomgång"),
               "en": ("Programme period", "Cost model", "Call for applications")}
MODEL = {"fi": ("prosenttimääräinen korvaus (flat rate) %s henkilöstökustannuksista",
                "prosenttimääräinen korvaus (flat rate) %s välittömistä kustannuksista",
                "tosiasialliset kustannukset"),
         "sv": ("procentuell ersättning (flat rate) %s av personalkostnaderna",
                "procentuell ersättning (flat rate) %s av de direkta kostnaderna",
                "faktiska kostnader"),
         "en": ("flat rate %s of staff costs", "flat rate %s of direct costs", "actual costs")}


def pct_text(v, lang):
    """40.0 -> "40 %" (fi, sv, with a no-break space) or "40%" (en), as the memo writes it."""
    t = ("%.2f" % v).rstrip("0").rstrip(".")
    return t + "%" if lang == "en" else t.replace(".", ",") + "\u00a0%"


def expected_facts(fig, lang, stem):
    """Facts the issue-9 rules add, as --json knows them: the programme of EU money, the cost
    model (of direct costs in flat-direct.ini: --json does not say the base), the call (--json
    has its name, the workbook adds " (id)"). Label -> value."""
    labels, out = FACT_LABELS[lang], {}
    if fig["eu_cents"] is not None and fig["programme"]:
        out[labels[0]] = PROGRAMME[lang][fig["programme"]]
    if fig["cost_model"] == "flat_rate" and fig["flat_rate"]:
        out[labels[1]] = MODEL[lang][1 if stem == "flat-direct" else 0] % pct_text(
            fig["flat_rate"], lang)
    elif fig["cost_model"] == "actual" and any(c["category"] != "total" for c in fig["costs"]):
        out[labels[1]] = MODEL[lang][2]
    if fig["call"]:
        out[labels[2]] = fig["call"]["name"]
    return out


def check_structure(path, fig, epoch):
    stem = os.path.splitext(os.path.basename(path))[0]
    wb = openpyxl.load_workbook(path)
    lang = lang_of(wb)
    if lang is None:
        return "unexpected sheets %s" % wb.sheetnames
    if wb.sheetnames != list(SHEETS[lang]):
        return "sheets %s" % wb.sheetnames
    ws = wb[SHEETS[lang][0]]
    nm = names(wb)
    must_be_formula = ["NetCosts", "TotalFinancing", "Support", "SupportBase", "SupportRate",
                       "MaxSupport", "PublicShare", "Balance"]
    must_be_formula += ["Share_" + s for s in SOURCES if "Share_" + s in nm]
    must_be_formula += [n for n in ("EUPart", "StatePart", "InvestmentBase", "RateCap")
                        if n in money_names(fig) or n in nm]
    lines = [c for c in fig["costs"] if c["category"] != "total"]
    if lines:
        must_be_formula.append("TotalCosts")  # a sum of lines; a plan's lone `total` is input
    if fig["years"] and lines:
        must_be_formula += ["Cost_" + c["category"] for c in fig["costs"]
                            if "Cost_" + c["category"] in nm]
    for n in must_be_formula:
        if n not in nm:
            return "no defined name %s" % n
        v = ws[nm[n][1]].value
        if not (isinstance(v, str) and v.startswith("=")):
            return "%s (%s) is %r, not a formula" % (n, nm[n][1], v)
    eur_whole, eur_cents, share_fmt, rate_fmt, date_fmt = FORMATS[lang]
    eur = eur_cents if has_cents(fig) else eur_whole
    for n in money_names(fig):
        if n in nm and ws[nm[n][1]].number_format != eur:
            return "%s has format %r, not %r" % (n, ws[nm[n][1]].number_format, eur)
    for n in rate_names(fig):
        if n not in nm:
            continue
        want = share_fmt if n.startswith("Share_") or n == "PublicShare" else rate_fmt
        if ws[nm[n][1]].number_format != want:
            return "%s has format %r, not %r" % (n, ws[nm[n][1]].number_format, want)
    # every number cell of the summary is in the language's formats, nothing else
    allowed = {eur, share_fmt, rate_fmt, date_fmt, "0", "General"}
    odd = {(c.coordinate, c.number_format) for r in ws.iter_rows() for c in r
           if isinstance(c.value, (int, float, datetime.datetime))
           or (isinstance(c.value, str) and c.value.startswith("="))}
    odd = {x for x in odd if x[1] not in allowed}
    if odd:
        return "cells in formats not of %s: %s" % (lang, sorted(odd)[:5])
    # the label in column A of the total costs row
    row = re.sub(r"[A-Z]+", "", nm["TotalCosts"][1])
    if ws["A" + row].value != TOTAL_COSTS_LABEL[lang]:
        return "label of total costs is %r" % ws["A" + row].value
    # frozen under the cost table's header row, whose cells are the years and the total, when
    # the rows down to it take at most 250 pt (a laptop's Excel shows about 340 pt); else
    # only column A, so that there is room to scroll
    head = next((c.row for c in ws["A"] if c.value == COST_TABLE_HEAD[lang][0]), None)
    above = sum(ws.row_dimensions[r].height or 15 for r in range(1, (head or 0) + 1))
    if head is None or ws.freeze_panes != ("B%d" % (head + 1) if above <= 250 else "B1"):
        return "frozen panes at %r, cost table header in row %s, %.0f pt down to it" % (
            ws.freeze_panes, head, above)
    years = [y["year"] for y in fig["years"]]
    row = [c.value for c in ws[head]][1:len(years) + 2]
    if row != years + [COST_TABLE_HEAD[lang][1]]:
        return "frozen header row %d holds %r, not the years %r and the total" % (head, row, years)
    dates = [c for r in ws.iter_rows(max_row=head) for c in r if getattr(c, "is_date", False)]
    if fig["start"] and not any(c.number_format == date_fmt for c in dates):
        return "no %s date cell for the period" % date_fmt
    if fig["start"] and dates[0].value.date().isoformat() != fig["start"]:
        return "period starts %s, plan %s" % (dates[0].value, fig["start"])
    # the summary on one A4 page (landscape beyond two years), the findings one page wide
    for sheet, tall, orient in ((ws, ("1", "None"), "landscape" if len(years) > 2 else "portrait"),
                                (wb[SHEETS[lang][1]], ("0",), "landscape")):
        ps = sheet.page_setup
        # fit 1 is the default, which libxlsxwriter leaves out
        if (str(ps.paperSize) != "9" or str(ps.fitToWidth) not in ("1", "None")
                or str(ps.fitToHeight) not in tall or ps.orientation != orient
                or not sheet.sheet_properties.pageSetUpPr.fitToPage):
            return "%s: print set-up paper=%s fit=%sx%s %s" % (
                sheet.title, ps.paperSize, ps.fitToWidth, ps.fitToHeight, ps.orientation)
    # the plan's texts wrap within the table (merged to its last column), not beyond it; the
    # facts run from row 4 to the period, whose dates stand in B and C
    last_col = get_column_letter(len(years) + 3)
    merged = {str(m) for m in ws.merged_cells.ranges}
    period = next(r for r in range(4, head) if ws["A%d" % r].value == PERIOD_LABEL[lang])
    for r in range(4, period):
        if ws["B%d" % r].value is None or "B%d:%s%d" % (r, last_col, r) not in merged:
            return "fact %r: %r in row %d is not merged over B:%s (%s)" % (
                ws["A%d" % r].value, ws["B%d" % r].value, r, last_col, sorted(merged))
    facts = {ws["A%d" % r].value: ws["B%d" % r].value for r in range(4, period)}
    for label, want in expected_facts(fig, lang, stem).items():
        got = str(facts.get(label))
        if got != want and not (label == FACT_LABELS[lang][2] and got.startswith(want + " (")):
            return "fact %r is %r, not %r" % (label, facts.get(label), want)
    with zipfile.ZipFile(path) as z:
        for part in ("xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml"):
            # the raw header: openpyxl's parser of header codes trips on quotes in a name
            xml = z.read(part).decode("utf-8")
            header = re.search(r"<oddHeader>(.*?)</oddHeader>", xml)
            header = header.group(1) if header else ""
            for a, b in (("&lt;", "<"), ("&gt;", ">"), ("&quot;", '"'), ("&amp;", "&")):
                header = header.replace(a, b)
            if (fig["name"] or "").replace("&", "&&")[:40] not in header:
                return "%s: print header %r lacks the project name" % (part, header)
        chart = z.read("xl/charts/chart1.xml").decode("utf-8")
        if 'formatCode="%s"' % share_fmt not in chart:
            return "chart labels not in %r: %s" % (share_fmt, re.findall(r'formatCode="[^"]*"', chart))
    cf = [(str(rng.sqref), rule.operator or rule.type) for rng in ws.conditional_formatting
          for rule in rng.rules]
    for n, rule in (("Balance", "notEqual"), ("StatePart", "lessThan"), ("Support", "expression"),
                    ("SupportRate", "expression")):
        if n in nm and (nm[n][1], rule) not in cf:
            return "%s %s has no %s rule: %s" % (n, nm[n][1], rule, cf)
    if len(ws._charts) != 1 or type(ws._charts[0]).__name__ != "PieChart":
        return "summary charts: %s" % ws._charts
    # beside the tables on a landscape page, below them on a portrait one: never over a figure
    at = ws._charts[0].anchor._from
    last_row = int(re.sub(r"[A-Z]+", "", nm["PublicShare"][1]))
    if len(years) > 2 and at.col < len(years) + 3 or len(years) <= 2 and at.row < last_row:
        return "chart anchored at row %d col %d, over the tables" % (at.row + 1, at.col + 1)
    # findings: one row each (or the "no findings" line), severities as in --json
    fs = wb[SHEETS[lang][1]]
    rows = [r for r in fs.iter_rows(values_only=True)]
    if list(rows[0][:3]) != FINDINGS_HEAD[lang] or any(len(r) > 3 and r[3] for r in rows):
        return "findings sheet header %r, or more than three columns" % (rows[0],)
    got = sorted(r[0] for r in rows[1:] if r[1])
    want = sorted(SEVERITY[lang][f["severity"]] for f in fig["findings"])
    if got != want:
        return "findings sheet severities %s, --json %s" % (got, want)
    # an explanation far longer than its column wraps, and its row is sized for it (LibreOffice
    # does not size them all itself)
    width = fs.column_dimensions["C"].width or 0
    for r, row in enumerate(rows[1:], start=2):
        if row[1] and len(str(row[2])) > 1.3 * width and (fs.row_dimensions[r].height or 15) < 30:
            return "findings row %d: %d characters in a column %.0f wide, row height %s" % (
                r, len(str(row[2])), width, fs.row_dimensions[r].height)
    more = fig["findings_not_shown"]
    if more and not (rows[-1][0] is None and re.search(r"\b%d\b" % more, str(rows[-1][2]))):
        return "no line saying %d more findings: %r" % (more, rows[-1])
    if fs.freeze_panes != "A2":
        return "findings sheet frozen at %r" % fs.freeze_panes
    p = wb.properties
    if p.title != fig["name"]:
        return "title %r" % p.title
    if not p.creator:
        return "no author"
    created = datetime.datetime.utcfromtimestamp(max(epoch, 1))
    if p.created != created:
        return "created %s, want %s" % (p.created, created)
    return None


def check_cached(path, fig):
    """The values a reader shows without recalculating are fundplan's figures."""
    wb = openpyxl.load_workbook(path, data_only=True)
    ws = wb.worksheets[0]
    nm = names(wb)
    for n, want in money_names(fig).items():
        if n in nm and cents(ws[nm[n][1]].value) != want:
            return "%s cached %r, --json %d cents" % (n, ws[nm[n][1]].value, want)
    for n, want in rate_names(fig).items():
        if n in nm and pct2(ws[nm[n][1]].value) != want:
            return "%s cached %r, --json %s" % (n, ws[nm[n][1]].value, want)
    return None


# ---- after LibreOffice recalculated it (CSV of every sheet) ----

def csv_cells(path):
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.reader(f))


def csv_value(rows, ref):
    m = re.match(r"([A-Z]+)(\d+)$", ref)
    col = 0
    for ch in m.group(1):
        col = col * 26 + ord(ch) - 64
    row = rows[int(m.group(2)) - 1]
    text = row[col - 1] if col - 1 < len(row) else ""
    if text.endswith("%"):
        return float(text[:-1]) / 100
    return float(text) if text else 0.0


def check_recalc(path, csvdir, fig):
    wb = openpyxl.load_workbook(path)
    nm = names(wb)
    stem = os.path.splitext(os.path.basename(path))[0]
    rows = csv_cells(os.path.join(csvdir, "%s-%s.csv" % (stem, wb.sheetnames[0])))
    checked = 0
    for n, want in money_names(fig).items():
        if n in nm:
            got = cents(csv_value(rows, nm[n][1]))
            if got != want:
                return "%s recalculated %d cents, --json %d" % (n, got, want)
            checked += 1
    for n, want in rate_names(fig).items():
        if n in nm:
            got = pct2(csv_value(rows, nm[n][1]))
            if got != want:
                return "%s recalculated %s %%, --json %s" % (n, got, want)
            checked += 1
    return None if checked >= 12 else "only %d figures found" % checked


def year_names(fig):
    """Defined name -> expected cents for every per-year figure fundplan has; with the names
    of per-year cells that must not exist (the figure is not split by year)."""
    want, absent = {}, []
    for y in fig["years"]:
        for name, key in YEAR_NAMES.items():
            n = "%s_%d" % (name, y["year"])
            if y[key] is None:
                absent.append(n)
            else:
                want[n] = y[key]
        n = "Balance_%d" % y["year"]
        if y["balance_cents"] is None:
            absent.append(n)
        else:
            want[n] = y["balance_cents"]
    return want, absent


def year_columns(ws, lang):
    """Year -> column letter, from the cost table's header row."""
    head = next(c.row for c in ws["A"] if c.value == COST_TABLE_HEAD[lang][0])
    return {c.value: c.column_letter for c in ws[head][1:] if isinstance(c.value, int)}


def check_years(path, fig):
    """Per-year net costs, financing and balance: live formulas, cached values = --json, empty
    where fundplan has no figure for the year, red when not zero."""
    wb = openpyxl.load_workbook(path)
    ws = wb.worksheets[0]
    cached = openpyxl.load_workbook(path, data_only=True).worksheets[0]
    nm = names(wb)
    lang = lang_of(wb)
    want, absent = year_names(fig)
    eur = FORMATS[lang][1] if has_cents(fig) else FORMATS[lang][0]
    cf = {(str(rng.sqref), rule.operator) for rng in ws.conditional_formatting
          for rule in rng.rules}
    formula = {"NetCosts": r"=([A-Z]+)(\d+)-\1(\d+)$", "TotalFinancing": r"=SUM\(",
               "Balance": r"=ROUND\(([A-Z]+)\d+-\1\d+,2\)$"}
    for n, cents_ in want.items():
        if n not in nm:
            return "no defined name %s" % n
        ref = nm[n][1]
        c = ws[ref]
        kind = n.rsplit("_", 1)[0]
        if kind in formula and not re.match(formula[kind], str(c.value)):
            return "%s (%s) is %r, not a formula like %s" % (n, ref, c.value, formula[kind])
        if c.number_format != eur:
            return "%s has format %r, not %r" % (n, c.number_format, eur)
        if cents(cached[ref].value) != cents_:
            return "%s cached %r, --json %d cents" % (n, cached[ref].value, cents_)
        if kind == "Balance" and (ref, "notEqual") not in cf:
            return "%s (%s) has no notEqual rule" % (n, ref)
    for n in absent:
        if n in nm:
            return "%s is defined, but --json has no such figure for the year" % n
        kind, year = n.rsplit("_", 1)
        # the year's cell of the row whose total is named kind
        ref = year_columns(ws, lang)[int(year)] + re.sub(r"[A-Z]+", "", nm[kind][1])
        if ws[ref].value is not None:
            return "%s (%s) holds %r where the year has no figure" % (n, ref, ws[ref].value)
    nets = sum(1 for y in fig["years"] if y["net_costs_cents"] is not None)
    if nets != sum(1 for n in want if n.startswith("NetCosts_")):
        return "net costs of %d years in --json, names for %s" % (nets, sorted(want))
    return None


def check_years_recalc(path, csvdir, fig, literal=None):
    """After LibreOffice recalculated: every per-year figure equals --json, each year's
    sources add up to its total financing, and a year's balance is financing − net costs
    exactly (0 for a balanced year); literal: {year: balance cents} the fixture states."""
    wb = openpyxl.load_workbook(path)
    nm = names(wb)
    stem = os.path.splitext(os.path.basename(path))[0]
    rows = csv_cells(os.path.join(csvdir, "%s-%s.csv" % (stem, wb.sheetnames[0])))
    want, _ = year_names(fig)
    for n, cents_ in want.items():
        got = cents(csv_value(rows, nm[n][1]))
        if got != cents_:
            return "%s recalculated %d cents, --json %d" % (n, got, cents_)
    for y in fig["years"]:
        if y["financing_cents"] is None:
            continue
        col = re.sub(r"\d+", "", nm["TotalFinancing_%d" % y["year"]][1])
        parts = [cents(csv_value(rows, col + re.sub(r"[A-Z]+", "", nm["Financing_" + s][1])))
                 for s in SOURCES if "Financing_" + s in nm]
        if sum(parts) != y["financing_cents"]:
            return "%d: sources %s add up to %d, --json financing %d" % (
                y["year"], parts, sum(parts), y["financing_cents"])
    for year, cents_ in (literal or {}).items():
        got = cents(csv_value(rows, nm["Balance_%d" % year][1]))
        if got != cents_:
            return "Balance_%d recalculated %d cents, the fixture says %d" % (year, got, cents_)
    return None


def check_rules_recalc(path, csvdir, fig, literal=None):
    """Issue 9 after LibreOffice recalculated: the largest allowed support, the EU and state
    parts and each year's balance equal --json to the cent; the cap's formula is the one its
    limit needs; literal: {name: cents} the fixture states in its comments."""
    wb = openpyxl.load_workbook(path)
    ws = wb.worksheets[0]
    nm = names(wb)
    stem = os.path.splitext(os.path.basename(path))[0]
    rows = csv_cells(os.path.join(csvdir, "%s-%s.csv" % (stem, wb.sheetnames[0])))
    want = {"MaxSupport": fig["max_support_cents"]}
    eu = fig["eu_cents"] is not None
    if eu:
        want.update(EUPart=fig["eu_cents"], StatePart=fig["state_cents"])
    elif "EUPart" in nm or "StatePart" in nm:
        return "EU and state rows for a plan without EU money"
    for y in fig["years"]:
        if y["balance_cents"] is not None:
            want["Balance_%d" % y["year"]] = y["balance_cents"]
    for n, cents_ in want.items():
        if n not in nm:
            return "no defined name %s" % n
        got = cents(csv_value(rows, nm[n][1]))
        if got != cents_:
            return "%s recalculated %d cents, --json %d" % (n, got, cents_)
    fx = ws[nm["MaxSupport"][1]].value
    shape = {"rate": r"=MAX\(0,ROUNDDOWN\(ROUND\([A-Z]+\d+\*[A-Z]+\d+,6\),2\)\)$",
             "rates": r"=MAX\(0,ROUNDDOWN\(ROUND\(\([A-Z]+\d+-[A-Z]+\d+\)\*",
             "call": r"=MIN\([A-Z]+\d+,[A-Z]+\d+\)$",
             "in_kind": r"=MIN\([A-Z]+\d+,MAX\(0,ROUND\("}[fig["max_support_limit"]]
    if fig["max_support_limit"] == "rate" and fig["type"] == "investment":
        shape = shape.replace(r"\*[A-Z]+\d+", r"\*" + nm["InvestmentRate"][1])
    if not re.match(shape, str(fx)):
        return "MaxSupport (%s limit) is %r, not like %s" % (fig["max_support_limit"], fx, shape)
    needs = {"rates": ["InvestmentBase", "InvestmentRate"], "call": ["CallMaxSupport", "RateCap"],
             "in_kind": ["RateCap"]}.get(fig["max_support_limit"], [])
    for n in needs:
        if n not in nm or nm[n][1] not in fx:
            return "MaxSupport %r does not use %s" % (fx, n)
    if fig["max_support_limit"] == "in_kind" and nm["Cost_in_kind"][1] not in fx:
        return "MaxSupport %r does not take the in-kind work off" % fx
    if eu:
        if not re.match(r"=ROUND\(.*\*%s,2\)$" % nm["EUShare"][1], ws[nm["EUPart"][1]].value):
            return "EUPart is %r" % ws[nm["EUPart"][1]].value
    for n, cents_ in (literal or {}).items():
        ref = nm[n][1] if n in nm else None
        if ref is None and n.startswith("Cost_flat_rate_"):  # a year's cell of the row
            year = int(n.rsplit("_", 1)[1])
            ref = year_columns(ws, lang_of(wb))[year] + re.sub(r"[A-Z]+", "", nm["Cost_flat_rate"][1])
        got = cents(csv_value(rows, ref))
        if got != cents_:
            return "%s (%s) recalculated %d cents, the fixture says %d" % (n, ref, got, cents_)
    if fig["programme"] == "2014-2020" and "Cost_flat_rate" in nm:
        row = re.sub(r"[A-Z]+", "", nm["Cost_flat_rate"][1])
        cells = [c.value for c in ws[int(row)][1:] if isinstance(c.value, str) and "*" in c.value]
        if not cells or not all(re.match(r"=ROUND\(ROUND\(.*,2\),0\)$", c) for c in cells):
            return "2014-2020 flat rate not in whole euros: %s" % cells
    return None


def check_text_safety(path, csvdir):
    """Formula-like plan text is a string cell, shown as typed, never a formula."""
    with zipfile.ZipFile(path) as z:
        for part in z.namelist():
            if part.startswith("xl/worksheets/"):
                xml = z.read(part).decode("utf-8")
                for f in re.findall(r"<f>(.*?)</f>", xml):
                    if "HYPERLINK" in f or "cmd" in f or "SUM(1+1)" in f:
                        return "%s has formula %r" % (part, f)
    wb = openpyxl.load_workbook(path)
    ws = wb.worksheets[0]
    texts = {c.value for r in ws.iter_rows() for c in r if c.data_type == "s"}
    for want in ['=HYPERLINK("http://example.com/x","click me")', "+cmd|' /C calc'!A0",
                 "@SUM(1+1) & Sons <b>Oy</b>", 'Funder & Co "Ltd"', "-2+3, =1+1"]:
        if want not in texts:
            return "text %r not found as a string cell" % want
    stem = os.path.splitext(os.path.basename(path))[0]
    rows = csv_cells(os.path.join(csvdir, "%s-%s.csv" % (stem, wb.sheetnames[0])))
    if rows[0][0] != '=HYPERLINK("http://example.com/x","click me")':
        return "LibreOffice shows the title as %r" % rows[0][0]
    return None


def check_canary(csvdir, fig):
    """LibreOffice really recalculated: a workbook whose cached total is 1 shows the sum."""
    flat = [c for path in glob.glob(os.path.join(csvdir, "canary-*.csv"))
            for r in csv_cells(path) for c in r]
    want = "%d" % (fig["total_costs_cents"] // 100)
    if want not in flat:
        return "recalculated total %s not in the canary's CSV (cached 1 shown?)" % want
    return None


# ---- issue 10: the findings sheet in the reader's language ----

WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
# a value the plan gave, quoted in a finding ('1e5', “…”): the plan's words, not the catalogue's
QUOTED = re.compile(r"'[^']*'|“[^”]*”|”[^”]*”|\"[^\"]*\"")
# "rivi" / "rad" and their forms: line numbers and file lines are the preparer's business, so
# no reader's text may say them (issue 10)
LINE_WORD = {"fi": re.compile(r"\briv(i|in|iä|illä|ille|iltä|eillä|ejä|it)\b", re.I),
             "sv": re.compile(r"\brad(en|er|erna)?\b", re.I)}


def catalogue(path):
    """{entry: [text, reader]} from src/msg_LANG.c (adjacent literals joined)."""
    src = open(path, encoding="utf-8").read()
    out = {}
    for m in re.finditer(r"\[FP_M_(\w+)\]\s*=\s*\{(.*?)\},\s*\n", src, re.S):
        parts, cur = [], None
        for t in re.finditer(r'"((?:[^"\\]|\\.)*)"|(,)|(NULL)', m.group(2)):
            if t.group(1) is not None:
                lit = bytes(t.group(1), "utf-8").decode("unicode_escape")
                cur = (cur or "") + lit.encode("latin-1").decode("utf-8")
            elif t.group(2):
                parts.append(cur)
                cur = None
        parts.append(cur)
        out[m.group(1)] = parts
    return out


# entries only the terminal and `fundplan new`'s template show: they quote commands and values
# (eu_share_base = public | support), no document's words
TERMINAL = ("TPL_", "CLI_", "U_", "BUILD_", "NEW_", "SYS_", "ERRNO_", "SUM_", "MORE_")


def catalogue_words(cat):
    """The words of a language's catalogue that documents use, without what its preparer's
    texts quote: INI keys (max_support_rate, 'staff', [rules]) are no language's words."""
    strip = re.compile(r"\{\d\}|\w*_\w*|\[[^\]]*\]|" + QUOTED.pattern)
    return {w.lower() for k, v in cat.items() if not k.startswith(TERMINAL) for t in v if t
            for w in WORD.findall(strip.sub(" ", t))}


# keys that are also plain words of a language: "efter projektets start"
PLAIN_WORDS = {"fi": set(), "sv": {"start", "region", "instrument", "total"}, "en": set()}


def schema_keys(path):
    """Every key of the plan's and the call's tables in src/schema.c."""
    src = open(path, encoding="utf-8").read()
    src = re.sub(r"^#define.*(?:\\\n.*)*", "", src, flags=re.M)  # the macros' own parameters
    keys = set(re.findall(r"\b(?:TEXT|LONG|DECL|CALL)\((\w+),?", src))
    keys |= set(re.findall(r'\b(?:FILEKEY|COST|FIN)\("(\w+)"', src))
    keys |= set(re.findall(r'RULE\(\w+, "(\w+)"', src))
    keys |= set(re.findall(r'^\s*\{"(\w+)", FP_KEY_\w+, ', src, re.M))
    return keys


def check_findings_language(books, top, lang, counts):
    """Every cell of the findings sheets of `books` (workbooks in `lang`): no word that only
    the other languages' catalogues have (an English finding word in fi/sv, a Finnish or
    Swedish one in en), no INI key of the schema, no "rivi"/"rad"; one row per finding."""
    cats = {l: catalogue(os.path.join(top, "src", "msg_%s.c" % l)) for l in ("en", "fi", "sv")}
    words = {l: catalogue_words(c) for l, c in cats.items()}
    foreign = set().union(*(w for l, w in words.items() if l != lang)) - words[lang]
    keys = schema_keys(os.path.join(top, "src", "schema.c")) - PLAIN_WORDS[lang]
    probe = {"fi": {"the", "support", "differ"}, "sv": {"the", "support", "tuki"},
             "en": {"tuki", "suunnitelmassa", "stödet"}}[lang]
    if not probe <= foreign or not {"staff", "net_costs", "max_support_rate"} <= keys:
        return "word lists look wrong: %s, %s" % (probe - foreign, len(keys))
    bad, rows = [], 0
    for path in books:
        wb = openpyxl.load_workbook(path, read_only=True)
        if wb.sheetnames[1] != SHEETS[lang][1]:
            return "%s: sheets %s" % (path, wb.sheetnames)
        n = 0
        for r, row in enumerate(wb.worksheets[1].iter_rows(values_only=True)):
            n += r > 0 and len(row) > 1 and row[1] is not None
            for v in row:
                if not isinstance(v, str):
                    continue
                plain = QUOTED.sub(" ", v)
                hit = {w.lower() for w in WORD.findall(plain)} & foreign
                if lang != "en":
                    hit |= set(re.findall(r"\w+", plain)) & keys
                    if LINE_WORD[lang].search(plain):
                        hit.add(LINE_WORD[lang].search(plain).group(0))
                if hit:
                    bad.append("%s: %s in %r" % (os.path.basename(path), sorted(hit), v[:80]))
        wb.close()
        want = counts.get(os.path.basename(path)[:-len("-xx.xlsx")])
        if want is not None and n != want:
            return "%s: %d finding rows, --json %d findings" % (path, n, want)
        rows += n
    if bad:
        return "%d cells, e.g. %s" % (len(bad), "; ".join(bad[:3]))
    if rows < 100:
        return "only %d findings in %d workbooks: the fixtures should give hundreds" % (
            rows, len(books))
    return None


# ---- the portfolio ----

# (data sheet, summary sheet, table) by language, and the words of its columns
PORTFOLIO_SHEETS = {"fi": ("Hankkeet", "Yhteenveto", "Hankelista"),
                    "sv": ("Projekt", "Sammandrag", "Projektlista"),
                    "en": ("Plans", "Summary", "PlanList")}
PF_HEAD = {"fi": ("Diaarinumero", "Hanke", "Tila", "Virheet", "Varoitukset", "Tuki", "Tiedosto"),
           "sv": ("Diarienummer", "Projekt", "Status", "Fel", "Varningar", "Stöd", "Fil"),
           "en": ("Case number", "Project", "Status", "Errors", "Warnings", "Support", "File")}
PF_STATUS = {"fi": ("Virheitä", "Varoituksia", "Kunnossa"),
             "sv": ("Fel", "Varningar", "I ordning"),
             "en": ("Errors", "Warnings", "OK")}
# the fixed columns: case number, name, status, errors, warnings, applicant, funder, instrument,
# start, end (0-9); money 10-20: total costs, income, net costs, 7 sources, total financing;
# support 21, rate 22; then one support column per year; the file last
PF_MONEY, PF_SUPPORT, PF_RATE, PF_YEAR0 = 10, 21, 22, 23
RED, AMBER = "FFC7CE", "FFEB9C"
MIN_PT = 8.0


def pf_money(fig):
    """The money columns 10-21 of a plan's row, in cents, from --json."""
    fin = {s["source"]: s["amount_cents"] for s in fig["financing"]}
    return ([fig["total_costs_cents"], fig["income_cents"], fig["net_costs_cents"]]
            + [fin.get(s, 0) for s in SOURCES]
            + [fig["total_financing_cents"], fig["support_cents"]])


def pf_years(figs):
    """The years some plan gives support for, ascending: the per-year columns."""
    return sorted({y["year"] for f in figs for y in f["years"] if y["support_cents"] is not None})


def pf_year_support(fig, year):
    return next((y["support_cents"] for y in fig["years"] if y["year"] == year), None)


def pf_lang(wb):
    return next((l for l, v in PORTFOLIO_SHEETS.items() if wb.sheetnames == list(v[:2])), None)


def col(i):
    return get_column_letter(i + 1)


def check_portfolio_catalogue(src):
    """Sheet and table names from the catalogue: Excel's rules (31 characters, no []:*?/\),
    ASCII (libxlsxwriter copies them into fixed buffers), a table name without spaces."""
    for lang in ("fi", "sv", "en"):
        cat = catalogue(os.path.join(src, "src", "msg_%s.c" % lang))
        for key in ("PF_SHEET_PLANS", "PF_SHEET_SUMMARY", "PF_TABLE"):
            name = cat[key][0]
            if len(name) > 31 or re.search(r"[\[\]:*?/\\]", name) or not name.isascii() or \
                    (key == "PF_TABLE" and not re.match(r"[A-Za-z_][A-Za-z0-9_.]*$", name)):
                return "%s %s %r breaks Excel's naming rules" % (lang, key, name)
    return None


def check_portfolio_table(ws, table, figs, lang):
    n, years = len(figs), pf_years(figs)
    ncols = PF_YEAR0 + len(years) + 1
    if table not in ws.tables:
        return "no table %s: %s" % (table, list(ws.tables))
    t = ws.tables[table]
    if t.ref != "A1:%s%d" % (col(ncols - 1), n + 1) or t.totalsRowCount or t.autoFilter is None:
        return "table ref %s totals %s autofilter %s" % (t.ref, t.totalsRowCount, t.autoFilter)
    heads = [c.value for c in ws[1]]
    if [c.name for c in t.tableColumns] != heads or len(set(heads)) != len(heads):
        return "table column names differ from the header cells or repeat: %s" % heads
    h = PF_HEAD[lang]
    want = list(h[:5]) + ["%s %d" % (h[5], y) for y in years] + [h[6]]
    got = heads[:5] + heads[PF_YEAR0:]
    if got != want or heads[PF_SUPPORT] != h[5]:
        return "columns %s, want %s (and %s at %s)" % (got, want, h[5], col(PF_SUPPORT))
    if ws.freeze_panes != "C2":
        return "frozen at %r" % ws.freeze_panes
    return None


def check_portfolio_rows(ws, figs, lang):
    """Every plan's row against its --json: texts, status, counts, the per-year support."""
    byfile = {f["file"]: f for f in figs}
    years, n = pf_years(figs), len(figs)
    for r in range(2, n + 2):
        cells = [c.value for c in ws[r]]
        fig = byfile.get(cells[-1])
        if fig is None:
            return "row %d: file %r is no plan of the build" % (r, cells[-1])
        if (cells[0] or None) != fig["id"] or cells[1] != fig["name"]:
            return "%s: case number and name %r %r, --json %r %r" % (
                fig["file"], cells[0], cells[1], fig["id"], fig["name"])
        st = PF_STATUS[lang][0 if fig["errors"] else 1 if fig["warnings"] else 2]
        if cells[2:5] != [st, fig["errors"], fig["warnings"]]:
            return "%s: status %s, --json %s" % (fig["file"], cells[2:5],
                                                [st, fig["errors"], fig["warnings"]])
        for i, y in enumerate(years):
            want, got = pf_year_support(fig, y), cells[PF_YEAR0 + i]
            if (None if got is None else cents(got)) != want:
                return "%s: support %d is %r, --json %r cents" % (fig["file"], y, got, want)
    return None


def dxf_fill(wb, rule):
    fill = rule.dxf.fill if rule.dxf is not None else None
    colour = fill.bgColor.rgb if fill is not None and fill.bgColor is not None else None
    return str(colour)[-6:] if colour else None


def check_portfolio_colours(wb, ws, figs):
    """Red over the whole row of a plan with errors, amber on the status of one with warnings:
    conditional formats on the counts, so they follow edits."""
    n, last = len(figs), col(PF_YEAR0 + len(pf_years(figs)))
    want = {("A2:%s%d" % (last, n + 1), "$D2>0", RED), ("C2:E%d" % (n + 1), "$E2>0", AMBER)}
    got = set()
    for cf in ws.conditional_formatting:
        for rule in cf.rules:
            got.add((str(cf.sqref), (rule.formula or [""])[0], dxf_fill(wb, rule)))
    return None if want <= got else "conditional formats %s, want %s" % (got, want)


def check_print(ws, wb, name, scale_min):
    """A4 landscape, not fitted to pages, at a scale that keeps every font >= 8 pt."""
    ps = ws.page_setup
    fit = ws.sheet_properties.pageSetUpPr is not None and ws.sheet_properties.pageSetUpPr.fitToPage
    if ps.orientation != "landscape" or str(ps.paperSize) != "9" or fit:
        return "%s: orientation %s paper %s fit to pages %s" % (name, ps.orientation, ps.paperSize, fit)
    scale = int(ps.scale or 100)
    small = [f.sz for f in wb._fonts if f.sz is not None and float(f.sz) * scale / 100 < MIN_PT]
    if scale < scale_min or small:
        return "%s: printed at %d %%: fonts %s would be under %s pt" % (name, scale, small, MIN_PT)
    if "&P" not in (ws.oddFooter.right.text or "") or not ws.oddHeader.center.text:
        return "%s: header %r footer %r" % (name, ws.oddHeader.center.text, ws.oddFooter.right.text)
    return None


def check_portfolio_print(wb, ws, summary, figs):
    n, last = len(figs), col(PF_YEAR0 + len(pf_years(figs)))
    for sheet in (ws, summary):
        why = check_print(sheet, wb, sheet.title, 73)
        if why:
            return why
    titles = (str(ws.print_title_rows), str(ws.print_title_cols))
    if titles != ("$1:$1", "$A:$B"):
        return "print titles %s: want the header row and the case number and name" % (titles,)
    area = ws.print_area if isinstance(ws.print_area, str) else ",".join(ws.print_area)
    if area.replace("'", "").split("!")[-1] != "$A$1:$%s$%d" % (last, n + 3):
        return "print area %r" % area
    return None


def check_portfolio_chart(path, lang):
    """The chart's value axis in whole euros, the language's way."""
    want = FORMATS[lang][0]
    with zipfile.ZipFile(path) as z:
        xml = z.read("xl/charts/chart1.xml").decode("utf-8")
    fmts = re.findall(r'<c:valAx>.*?<c:numFmt formatCode="([^"]*)"', xml, re.S)
    got = [f.replace("&quot;", '"') for f in fmts]
    return None if got == [want] else "value axis format %s, want %r" % (got, want)


def check_portfolio_cached(path, figs):
    """The totals rows' cached values: the clean plans' --json sums, and the others apart."""
    ws = openpyxl.load_workbook(path, data_only=True).worksheets[0]
    n = len(figs)
    for k, row in enumerate((n + 2, n + 3)):
        part = [f for f in figs if bool(f["errors"]) == bool(k)]
        want = [sum(m) for m in zip(*[pf_money(f) for f in part])] if part else [0] * 12
        got = [cents(c.value) for c in ws[row][PF_MONEY:PF_SUPPORT + 1]]
        if got != want:
            return "row %d cached %s, --json %s" % (row, got, want)
    return None


def check_portfolio_recalc(path, csvdir, figs):
    """After LibreOffice recalculated: each row's figures, and the totals rows: the plans
    without errors (the funder's total), then the plans with errors apart."""
    wb = openpyxl.load_workbook(path)
    data = wb.sheetnames[0]
    stem = os.path.splitext(os.path.basename(path))[0]
    rows = csv_cells(os.path.join(csvdir, "%s-%s.csv" % (stem, data)))
    byfile = {f["file"]: f for f in figs}
    years, n = pf_years(figs), len(figs)
    ncols = PF_YEAR0 + len(years) + 1
    sums = [[0] * (12 + len(years)) for _ in range(2)]
    for r in rows[1:n + 1]:
        fig = byfile.get(r[ncols - 1])
        if fig is None:
            return "row for unknown file %r" % r[ncols - 1]
        got = [cents(float(v)) for v in r[PF_MONEY:PF_SUPPORT + 1]]
        if got != pf_money(fig):
            return "%s: recalculated %s, --json %s" % (fig["file"], got, pf_money(fig))
        rate = pct2(float(r[PF_RATE][:-1]) / 100 if r[PF_RATE].endswith("%") else float(r[PF_RATE]))
        if rate != Decimal(str(fig["support_rate"])).quantize(Decimal("0.01")):
            return "%s: support rate %s, --json %s" % (fig["file"], rate, fig["support_rate"])
        k = 1 if fig["errors"] else 0
        ys = [pf_year_support(fig, y) or 0 for y in years]
        for i, v in enumerate(got + ys):
            sums[k][i] += v
    for k, row in enumerate((rows[n + 1], rows[n + 2])):
        got = [cents(float(v or 0)) for v in row[PF_MONEY:PF_SUPPORT + 1] + row[PF_YEAR0:ncols - 1]]
        if got != sums[k]:
            return "%s totals row recalculated %s, sum of --json %s" % (
                ("clean", "errors")[k], got, sums[k])
        counts = [int(float(row[3])), int(float(row[4]))]
        want = [sum(f[c] for f in figs if bool(f["errors"]) == bool(k)) for c in ("errors", "warnings")]
        if counts != want:
            return "totals row %d: errors/warnings %s, --json %s" % (k, counts, want)
    if sums[0][PF_SUPPORT - PF_MONEY] == 0 or sums[1][PF_SUPPORT - PF_MONEY] == 0:
        return "the fixtures should give support both in clean plans and in plans with errors"
    return None


def check_portfolio_cached_is_recalc(path, csvdir):
    """What a reader shows before recalculating is what LibreOffice computes: every formula's
    cached value on both sheets (the summary's too), to the cent."""
    wb = openpyxl.load_workbook(path)
    cached = openpyxl.load_workbook(path, data_only=True)
    stem = os.path.splitext(os.path.basename(path))[0]
    checked = 0
    for ws in wb.worksheets:
        rows = csv_cells(os.path.join(csvdir, "%s-%s.csv" % (stem, ws.title)))
        for row in ws.iter_rows():
            for c in row:
                if c.data_type != "f":
                    continue
                want = cached[ws.title][c.coordinate].value
                got = csv_value(rows, c.coordinate)
                if not isinstance(want, (int, float)) or cents(got) != cents(want):
                    return "%s!%s %s: cached %r, LibreOffice %r" % (ws.title, c.coordinate,
                                                                   c.value, want, got)
                checked += 1
    return None if checked > 100 else "only %d formulas" % checked


def summary_block(trows, title):
    """The rows of a summary block, from its header row to its total row: {key: row}."""
    start = next(i for i, r in enumerate(trows) if r and r[0] == title)
    out = {}
    for r in trows[start + 1:]:
        if not r or not r[0]:
            break
        out[r[0]] = r
    return out


def summary_want(figs, key):
    """Per group: [clean plans, total costs, net costs, support, plans with errors, their support]."""
    out = {}
    for f in figs:
        g = out.setdefault(key(f), [0] * 6)
        if f["errors"]:
            g[4] += 1
            g[5] += f["support_cents"]
        else:
            for i, v in enumerate([1, f["total_costs_cents"], f["net_costs_cents"], f["support_cents"]]):
                g[i] += v
    return out


def check_portfolio_summary(path, csvdir, figs, lang):
    """The summary's SUMIFS recalculated: per instrument, per funder and per year, the clean
    plans' sums and, apart, the plans with errors."""
    wb = openpyxl.load_workbook(path)
    data, summary = wb.sheetnames
    stem = os.path.splitext(os.path.basename(path))[0]
    rows = csv_cells(os.path.join(csvdir, "%s-%s.csv" % (stem, data)))
    trows = csv_cells(os.path.join(csvdir, "%s-%s.csv" % (stem, summary)))
    n = len(figs)
    funder = {r[-1]: r[6] for r in rows[1:n + 1]}  # the funder as the table shows it
    total_word = {"fi": "Yhteensä", "sv": "Totalt", "en": "Total"}[lang]
    titles = {"fi": ("Rahoitusmuodoittain", "Rahoittajittain", "Tuki vuosittain"),
              "sv": ("Per finansieringsform", "Per finansiär", "Stöd per år"),
              "en": ("By instrument", "By funder", "Support by year")}[lang]
    unknown = {"fi": "(ei tiedossa)", "sv": "(okänd)", "en": "(unknown)"}[lang]
    for title, key in ((titles[0], lambda f: f["instrument"] or unknown),
                       (titles[1], lambda f: funder[f["file"]] or unknown)):
        block, want = summary_block(trows, title), summary_want(figs, key)
        for name, w in want.items():
            r = block.get(name)
            if r is None:
                return "%s: no row for %r" % (title, name)
            got = [int(float(r[1]))] + [cents(float(v)) for v in r[2:5]] + \
                  [int(float(r[5])), cents(float(r[6]))]
            if got != w:
                return "%s %s: %s, --json %s" % (title, name, got, w)
        tot = block.get(total_word)
        wtot = [sum(v) for v in zip(*want.values())]
        got = [int(float(tot[1]))] + [cents(float(v)) for v in tot[2:5]] + \
              [int(float(tot[5])), cents(float(tot[6]))]
        if got != wtot:
            return "%s total %s, --json %s" % (title, got, wtot)
    block = summary_block(trows, titles[2])
    clean = [f for f in figs if not f["errors"]]
    faulty = [f for f in figs if f["errors"]]
    for y in pf_years(figs):
        r = block.get(str(y))
        want = [sum(pf_year_support(f, y) or 0 for f in part) for part in (clean, faulty)]
        if r is None or [cents(float(r[4] or 0)), cents(float(r[6] or 0))] != want:
            return "support in %d: %s, --json %s" % (y, r and [r[4], r[6]], want)
    tot = block.get(total_word)
    want = [sum(f["support_cents"] for f in part) for part in (clean, faulty)]
    if tot is None or [cents(float(tot[4])), cents(float(tot[6]))] != want:
        return "support by year, total %s, --json %s" % (tot and [tot[4], tot[6]], want)
    return None


def check_portfolio(path, csvdir, figs, src):
    wb = openpyxl.load_workbook(path)
    lang = pf_lang(wb)
    if lang is None:
        return "sheets %s" % wb.sheetnames
    data, summary, table = PORTFOLIO_SHEETS[lang]
    ws = wb[data]
    for why in (lambda: check_portfolio_catalogue(src),
                lambda: check_portfolio_table(ws, table, figs, lang),
                lambda: check_portfolio_rows(ws, figs, lang),
                lambda: check_portfolio_colours(wb, ws, figs),
                lambda: check_portfolio_chart(path, lang),
                lambda: check_portfolio_cached(path, figs)):
        w = why()
        if w:
            return w
    f = [c.value for r in wb[summary].iter_rows() for c in r if isinstance(c.value, str)]
    if not any(v.startswith("=SUMIFS(") for v in f) or not any(v.startswith("=COUNTIFS(") for v in f):
        return "no SUMIFS/COUNTIFS formulas on %s" % summary
    return None


# ---- the portfolio on paper: LibreOffice's PDF of it ----

def pdf_words(pdf):
    """Per page: [(xMin, yMin, xMax, yMax, word)] in the order of the page's content."""
    import html
    import subprocess
    out = subprocess.run(["pdftotext", "-bbox", pdf, "-"], check=True, capture_output=True,
                         text=True).stdout
    pages = []
    for page in out.split("<page ")[1:]:
        pages.append([(float(a), float(b), float(c), float(d), html.unescape(w)) for a, b, c, d, w in
                      re.findall(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" '
                                 r'yMax="([\d.]+)">([^<]*)</word>', page)])
    return pages


def pdf_font_sizes(pdf, tmpdir):
    """The sizes of every Tf in the PDF's content (LibreOffice sets text in its real size)."""
    import subprocess
    q = os.path.join(tmpdir, "portfolio-qdf.pdf")
    subprocess.run(["qpdf", "--qdf", "--object-streams=disable", pdf, q], check=True)
    with open(q, "rb") as f:
        return [float(s) for s in re.findall(rb"([\d.]+) Tf\b", f.read())]


def in_column(words, left, right, text):
    """Whether text's words are there, in order, all inside [left, right)."""
    want = text.split()
    got = [w for (x0, _, x1, _, w) in words if left - 1 <= x0 < right]
    it = iter(got)
    if not all(any(g == w for g in it) for w in want):
        return False
    clipped = [w for (x0, _, x1, _, w) in words if left - 1 <= x0 < right and x1 > right + 0.5]
    return not any(w in want for w in clipped)


def check_portfolio_pdf(pdf, figs, lang, tmpdir):
    """On paper: A4 landscape, every font embedded and >= 8 pt, the header on every data page,
    and each plan's case number and name whole in their columns on every page (they repeat)."""
    import subprocess
    fonts = subprocess.run(["pdffonts", pdf], check=True, capture_output=True, text=True).stdout
    rows = [l.split() for l in fonts.splitlines()[2:] if l.strip()]
    if not rows or any(r[-5] != "yes" for r in rows):
        return "fonts not all embedded: %s" % fonts
    sizes = pdf_font_sizes(pdf, tmpdir)
    if not sizes or min(sizes) < MIN_PT:
        return "smallest text %s pt (under %s)" % (min(sizes or [0]), MIN_PT)
    info = subprocess.run(["pdfinfo", pdf], check=True, capture_output=True, text=True).stdout
    if "841.89 x 595.3" not in info:
        return "pages are not A4 landscape: %s" % re.findall(r"Page size:.*", info)
    h = PF_HEAD[lang]
    pages = [p for p in pdf_words(pdf) if any(w[4] == h[0] for w in p)]
    if len(pages) < 2:
        return "the plan table printed on %d pages: the columns should split over several" % len(pages)
    seen = {f["file"]: 0 for f in figs}
    with_plans, per_page = 0, []
    for i, words in enumerate(pages):
        # headers are top-aligned: their first lines share the case number header's top
        head_y = next(w[1] for w in words if w[4] == h[0])
        heads = [w for w in words if abs(w[1] - head_y) < 1]
        name_x = next(w[0] for w in heads if w[4] == h[1])
        right = min([w[0] for w in heads if w[0] > name_x + 1] + [842])
        whole = 0
        for f in figs:
            name_ok = in_column(words, name_x, right, f["name"])
            id_ok = f["id"] is None or in_column(words, 0, name_x, f["id"])
            if name_ok and id_ok:
                seen[f["file"]] += 1
                whole += 1
        per_page.append(whole)
        if whole:
            with_plans += 1
            continue
        # a page of the repeated header and the totals rows only: when the rows are taller (the
        # fonts differ between machines) the totals spill over to a block of pages of their own;
        # no plan may be there at all, not even cut
        stray = [f["file"] for f in figs if any(w[4] == f["id"] for w in words)
                 or in_column(words, 0, 842, f["name"])]
        if stray:
            return "page %d shows plans cut off: %s" % (i + 1, stray)
    # each plan is on every page of its block of rows: as often as any other, at least twice
    most = max(seen.values())
    short = {k: v for k, v in seen.items() if v < most or v < 2}
    if short or with_plans % most:
        return "case number or name cut off or missing on some of the %d pages (found whole " \
               "on %d of its pages): %s; whole plans per page: %s" % (len(pages), most, short,
                                                                      per_page)
    return None


def main():
    if sys.argv[1] == "canary":
        src, dst = sys.argv[2], sys.argv[3]
        wb = openpyxl.load_workbook(src)
        sheet, ref = names(wb)["TotalCosts"]
        with zipfile.ZipFile(src) as zi, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zo:
            for item in zi.infolist():
                data = zi.read(item.filename)
                if item.filename == "xl/worksheets/sheet1.xml":
                    xml = data.decode("utf-8")
                    xml, k = re.subn(r'(<c r="%s"[^>]*>(?:<f>[^<]*</f>)?<v>)[^<]*(</v>)' % ref,
                                     r"\g<1>1\g<2>", xml)
                    assert k == 1, "TotalCosts cell not found"
                    data = xml.encode("utf-8")
                zo.writestr(item, data)
        return 0

    top, epoch, src = sys.argv[2], int(sys.argv[3]), sys.argv[4]
    csvdir = os.path.join(top, "csv")
    figs = {}
    for path in sorted(glob.glob(os.path.join(top, "json", "*.json"))):
        with open(path, encoding="utf-8") as f:
            figs[os.path.splitext(os.path.basename(path))[0]] = json.load(f)["plans"][0]
    books = sorted(glob.glob(os.path.join(top, "book", "*.xlsx")))
    if not books:
        report("workbooks-written", "no workbooks in %s/book" % top)
    for book in books:
        stem = os.path.splitext(os.path.basename(book))[0]
        fig = figs[stem]
        run("structure-" + stem, check_structure, book, fig, epoch)
        run("cached-values-" + stem, check_cached, book, fig)
        run("libreoffice-recalc-" + stem, check_recalc, book, csvdir, fig)
        run("rules-recalc-" + stem, check_rules_recalc, book, csvdir, fig,
            FIXTURE_FIGURES.get(stem))
        if fig["years"]:
            run("years-" + stem, check_years, book, fig)
            run("years-recalc-" + stem, check_years_recalc, book, csvdir, fig,
                YEAR_BALANCES.get(stem))
    run("formula-text-stays-text", check_text_safety, os.path.join(top, "book", "formula-text.xlsx"),
        csvdir)
    run("libreoffice-really-recalculates", check_canary, csvdir, figs["pohjois-savo-klusteri"])

    # issue 10: the findings sheets of every plan in plans/ and tests/, in each language
    with open(os.path.join(top, "l10n.json"), encoding="utf-8") as f:
        # files that hold no plan (empty, binary, a README) get no workbook, only their one
        # finding on line 0 (tests/cli not-a-plan-*)
        counts = {p["file"].replace("/", "_")[:-len(".ini")]: len(p["findings"])
                  for p in json.load(f)["plans"]
                  if not (len(p["findings"]) == 1 and p["findings"][0]["line"] == 0 and
                          p["findings"][0]["code"] in ("not-a-plan", "bad-encoding", "missing-key"))}
    for lang in ("fi", "sv", "en"):
        l10n = sorted(glob.glob(os.path.join(top, "l10n", "*-%s.xlsx" % lang)))
        missing = sorted(set(counts) - {os.path.basename(p)[:-len("-xx.xlsx")] for p in l10n})
        report("findings-workbooks-%s" % lang, missing and "no %s workbook of %d plans that "
               "check reads, e.g. %s" % (lang, len(missing), missing[:3]))
        run("findings-in-%s" % lang, check_findings_language, l10n, src, lang, counts)

    with open(os.path.join(top, "portfolio.json"), encoding="utf-8") as f:
        pfigs = json.load(f)["plans"]
    pf = os.path.join(top, "portfolio", "portfolio.xlsx")
    run("portfolio", check_portfolio, pf, csvdir, pfigs, src)
    wb = openpyxl.load_workbook(pf)
    run("portfolio-print", check_portfolio_print, wb, wb.worksheets[0], wb.worksheets[1], pfigs)
    run("portfolio-recalc", check_portfolio_recalc, pf, csvdir, pfigs)
    run("portfolio-cached-is-recalc", check_portfolio_cached_is_recalc, pf, csvdir)
    run("portfolio-summary-recalc", check_portfolio_summary, pf, csvdir, pfigs, pf_lang(wb) or "fi")
    run("portfolio-on-paper", check_portfolio_pdf, os.path.join(top, "pdf", "portfolio.pdf"),
        pfigs, pf_lang(wb) or "fi", top)
    return exit_status()


if __name__ == "__main__":
    sys.exit(main())
