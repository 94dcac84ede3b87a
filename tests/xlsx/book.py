#!/usr/bin/python3
"""Checks of fundplan's workbooks, run by tests/xlsx/run with Debian's /usr/bin/python3.

    book.py canary SRC DST         copy SRC with TotalCosts' cached value set to 1
    book.py check DIR EPOCH        every check; DIR holds book/, json/, csv/ (see run)

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
PORTFOLIO_SHEETS = {"fi": ("Hankkeet", "Yhteenveto", "Hankelista"),
                    "sv": ("Projekt", "Sammandrag", "Projektlista"),
                    "en": ("Plans", "Totals", "PlanList")}
SOURCES = ["aiko", "eakr", "municipal", "other_public", "private"]
# per-year balances (cents) that fixtures state in their comments, checked as literals too
YEAR_BALANCES = {
    "unbalanced-years": {2024: -123456, 2025: 100000, 2026: 0},
    "cents-years": {2024: 19983, 2025: -19983},
    "kotuoske": {2024: 0, 2025: 0, 2026: 0},
}

failures = 0


def report(name, why):
    global failures
    if why:
        failures += 1
        print("not ok %s: %s" % (name, why))
    else:
        print("ok %s" % name)


def run(name, fn, *args):
    try:
        report(name, fn(*args))
    except Exception as e:  # a crash of a check is a failure of that test, not of the suite
        report(name, "%s: %s" % (type(e).__name__, e))


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
    return out


def has_cents(fig):
    vals = [fig[k] for k in ("total_costs_cents", "income_cents", "net_costs_cents",
                             "total_financing_cents")]
    vals += [c["amount_cents"] for c in fig["costs"]]
    vals += [s["amount_cents"] for s in fig["financing"]]
    return any(v % 100 for v in vals)


# ---- the plan workbook, as written (openpyxl) ----

def check_structure(path, fig, epoch):
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
    if any(c["amount_cents"] for c in fig["costs"]):
        must_be_formula.append("TotalCosts")  # a sum of lines; a plan's lone `total` is input
    if fig["years"] and any(c["amount_cents"] for c in fig["costs"]):
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
        want = rate_fmt if n in ("SupportRate", "MaxSupportRate") else share_fmt
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
    # frozen under the cost table's header row, whose cells are the years and the total
    head = next((c.row for c in ws["A"] if c.value == COST_TABLE_HEAD[lang][0]), None)
    if head is None or ws.freeze_panes != "B%d" % (head + 1):
        return "frozen panes at %r, cost table header in row %s" % (ws.freeze_panes, head)
    years = [y["year"] for y in fig["years"]]
    row = [c.value for c in ws[head]][1:len(years) + 2]
    if row != years + [COST_TABLE_HEAD[lang][1]]:
        return "frozen header row %d holds %r, not the years %r and the total" % (head, row, years)
    dates = [c for r in ws.iter_rows(max_row=12) for c in r if getattr(c, "is_date", False)]
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
    # the plan's texts wrap within the table (merged to its last column), not beyond it
    last_col = get_column_letter(len(years) + 3)
    merged = {str(m) for m in ws.merged_cells.ranges}
    for r in range(head - 8, head - 2):
        if ws["B%d" % r].value is not None and "B%d:%s%d" % (r, last_col, r) not in merged:
            return "fact %r in row %d is not merged over B:%s (%s)" % (
                ws["B%d" % r].value, r, last_col, sorted(merged))
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
    cf = [(str(rng.sqref), rule.operator) for rng in ws.conditional_formatting for rule in rng.rules]
    if (nm["Balance"][1], "notEqual") not in cf:
        return "balance %s has no notEqual rule: %s" % (nm["Balance"][1], cf)
    if len(ws._charts) != 1 or type(ws._charts[0]).__name__ != "PieChart":
        return "summary charts: %s" % ws._charts
    # beside the tables on a landscape page, below them on a portrait one: never over a figure
    at = ws._charts[0].anchor._from
    last_row = int(re.sub(r"[A-Z]+", "", nm["PublicShare"][1]))
    if len(years) > 2 and at.col < len(years) + 3 or len(years) <= 2 and at.row < last_row:
        return "chart anchored at row %d col %d, over the tables" % (at.row + 1, at.col + 1)
    # findings: one row each (or the "no findings" line), codes as in --json
    fs = wb[SHEETS[lang][1]]
    codes = sorted(r[2] for r in fs.iter_rows(min_row=2, values_only=True) if r[2])
    want = sorted(f["code"] for f in fig["findings"])
    if codes != want:
        return "findings sheet codes %s, --json %s" % (codes, want)
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
        if y["financing_cents"] is None or y["net_costs_cents"] is None:
            absent.append(n)
        else:
            want[n] = y["financing_cents"] - y["net_costs_cents"]
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


# ---- the portfolio ----

def check_portfolio(path, csvdir, figs):
    wb = openpyxl.load_workbook(path)
    lang = next((l for l, v in PORTFOLIO_SHEETS.items() if wb.sheetnames == list(v[:2])), None)
    if lang is None:
        return "sheets %s" % wb.sheetnames
    data, totals, table = PORTFOLIO_SHEETS[lang]
    ws = wb[data]
    if table not in ws.tables:
        return "no table %s on %s: %s" % (table, data, list(ws.tables))
    t = ws.tables[table]
    n = len(figs)
    if t.ref != "A1:T%d" % (n + 2) or t.totalsRowCount != 1 or t.autoFilter is None:
        return "table ref %s totals %s autofilter %s" % (t.ref, t.totalsRowCount, t.autoFilter)
    heads = [c.value for c in ws[1]]
    if [c.name for c in t.tableColumns] != heads:
        return "table column names differ from the header cells"
    if ws.freeze_panes != "C2":
        return "frozen at %r" % ws.freeze_panes
    if not str(ws.cell(n + 2, 8).value).startswith("=SUBTOTAL(109,"):
        return "totals row: %r" % ws.cell(n + 2, 8).value
    ts = wb[totals]
    if len(ts._charts) != 1:
        return "totals sheet charts: %s" % ts._charts
    f = [c.value for r in ts.iter_rows() for c in r if isinstance(c.value, str)]
    if not any(v.startswith("=SUMIFS(") for v in f) or not any(v.startswith("=COUNTIFS(") for v in f):
        return "no SUMIFS/COUNTIFS formulas on %s" % totals

    # recalculated by LibreOffice: every row against its plan's --json
    stem = os.path.splitext(os.path.basename(path))[0]
    rows = csv_cells(os.path.join(csvdir, "%s-%s.csv" % (stem, data)))
    byfile = {fig["file"]: fig for fig in figs}
    sums = [0] * 20
    for r in rows[1:n + 1]:
        fig = byfile.get(r[0])
        if fig is None:
            return "row for unknown file %r" % r[0]
        fin = {s["source"]: s["amount_cents"] for s in fig["financing"]}
        want = [fig["total_costs_cents"], fig["income_cents"], fig["net_costs_cents"]]
        want += [fin[s] for s in SOURCES]
        want += [fig["total_financing_cents"], fig["support_cents"]]
        got = [cents(float(v)) for v in r[7:17]]
        if got != want:
            return "%s: recalculated %s, --json %s" % (r[0], got, want)
        rate = pct2(float(r[17][:-1]) / 100 if r[17].endswith("%") else float(r[17]))
        if rate != Decimal(str(fig["support_rate"])).quantize(Decimal("0.01")):
            return "%s: support rate %s, --json %s" % (r[0], rate, fig["support_rate"])
        errs = sum(1 for x in fig["findings"] if x["severity"] == "error")
        warns = sum(1 for x in fig["findings"] if x["severity"] == "warning")
        if [int(float(r[18])), int(float(r[19]))] != [errs, warns]:
            return "%s: errors/warnings %s/%s, --json %d/%d" % (r[0], r[18], r[19], errs, warns)
        for i, v in enumerate(got):
            sums[7 + i] += v
    total = rows[n + 1]
    got = [cents(float(v)) for v in total[7:17]]
    if got != sums[7:17]:
        return "totals row %s, sum of --json %s" % (got, sums[7:17])
    # per instrument: SUMIFS recalculated against the --json figures grouped by instrument
    trows = csv_cells(os.path.join(csvdir, "%s-%s.csv" % (stem, totals)))
    by = {}
    for fig in figs:
        g = by.setdefault(fig["instrument"], [0, 0, 0, 0, 0])
        for i, v in enumerate([1, fig["total_costs_cents"], fig["net_costs_cents"],
                               fig["support_cents"], fig["total_financing_cents"]]):
            g[i] += v
    for name, want in by.items():
        row = next((r for r in trows[3:] if r and r[0] == name), None)
        if row is None:
            return "no row for instrument %r" % name
        got = [int(float(row[1]))] + [cents(float(v)) for v in row[2:6]]
        if got != want:
            return "instrument %s: %s, --json %s" % (name, got, want)
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

    top, epoch = sys.argv[2], int(sys.argv[3])
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
        if fig["years"]:
            run("years-" + stem, check_years, book, fig)
            run("years-recalc-" + stem, check_years_recalc, book, csvdir, fig,
                YEAR_BALANCES.get(stem))
    run("formula-text-stays-text", check_text_safety, os.path.join(top, "book", "formula-text.xlsx"),
        csvdir)
    run("libreoffice-really-recalculates", check_canary, csvdir, figs["pohjois-savo-klusteri"])
    with open(os.path.join(top, "portfolio.json"), encoding="utf-8") as f:
        pfigs = json.load(f)["plans"]
    run("portfolio", check_portfolio, os.path.join(top, "portfolio", "portfolio.xlsx"), csvdir,
        pfigs)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
