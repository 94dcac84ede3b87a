#!/usr/bin/python3
"""Checks of `fundplan claim`, run by tests/claims/run with Debian's /usr/bin/python3.

    claims.py figures NAME JSON FIGURES   the claims' figures in JSON against a case's
                                          figures file: lines "N FIELD VALUE" (claim N) or
                                          "FIELD VALUE" (the document)
    claims.py canary SRC DST              copy workbook SRC with Claim1_Payable's cached value 1
    claims.py book NAME XLSX JSON CSVDIR  the workbook as written (openpyxl) and as LibreOffice
                                          recalculated it (CSV per sheet), both against JSON

Prints "ok NAME" or "not ok NAME: why"; exits 1 on any failure.
"""
import csv
import json
import os
import re
import sys
import zipfile
from decimal import Decimal, ROUND_HALF_UP

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from harness import exit_status, run  # noqa: E402 (tests/harness.py)


def cents(v):
    return int((Decimal(str(v)) * 100).quantize(Decimal(1), ROUND_HALF_UP))


def check_figures(doc_path, fig_path):
    doc = json.load(open(doc_path))
    checked = 0
    for line in open(fig_path):
        parts = line.split()
        if not parts:
            continue
        if len(parts) == 3:
            n, key, want = int(parts[0]), parts[1], parts[2]
            got = doc["claims"][n - 1][key]
        else:
            key, want = parts
            got = doc[key]
        if str(got) != want:
            return "%s%s is %s, wanted %s" % ("claim %s " % parts[0] if len(parts) == 3 else "",
                                              key, got, want)
        checked += 1
    # the document's own sums hang together
    for c in doc["claims"]:
        if c["payable_cents"] != c["entitled_cents"] - c["paid_before_cents"] and c["payable_cents"]:
            return "claim %d: payable is not entitled - paid before" % c["number"]
    return None if checked else "no figures checked"


def names(wb):
    out = {}
    for d in wb.defined_names.definedName:
        (sheet, ref), = list(d.destinations)
        out[d.name] = (sheet, ref.replace("$", ""))
    return out


def expected(doc):
    """Defined name -> cents, from the JSON."""
    out = {"Remaining": doc["remaining_cents"], "Support": doc["decision"]["support_cents"]}
    for i, c in enumerate(doc["claims"]):
        p = "Claim%d_" % (i + 1)
        out[p + "Eligible"] = c["eligible_cents"]
        out[p + "CumulativeEligible"] = c["cumulative_eligible_cents"]
        out[p + "Entitled"] = c["entitled_cents"]
        out[p + "PaidBefore"] = c["paid_before_cents"]
        out[p + "Payable"] = c["payable_cents"]
    return out


def csv_value(rows, ref):
    m = re.match(r"([A-Z]+)(\d+)$", ref)
    col = 0
    for ch in m.group(1):
        col = col * 26 + ord(ch) - 64
    return rows[int(m.group(2)) - 1][col - 1]


def check_written(path, doc):
    import openpyxl
    wb = openpyxl.load_workbook(path)
    cached = openpyxl.load_workbook(path, data_only=True)
    if len(wb.sheetnames) != len(doc["claims"]) + 1:
        return "sheets %s for %d claims" % (wb.sheetnames, len(doc["claims"]))
    nm = names(wb)
    for n, want in expected(doc).items():
        if n not in nm:
            return "no defined name %s" % n
        sheet, ref = nm[n]
        v = wb[sheet][ref].value
        if n != "Support" and not (isinstance(v, str) and v.startswith("=")):
            if not (n == "Claim1_PaidBefore" and v == 0):
                return "%s (%s!%s) is %r, not a formula" % (n, sheet, ref, v)
        got = cents(cached[sheet][ref].value)
        if got != want:
            return "%s cached %d cents, --json %d" % (n, got, want)
        if wb[sheet][ref].number_format != '#,##0.00 "€"':
            return "%s has format %r" % (n, wb[sheet][ref].number_format)
    rate = wb[nm["SupportRate"][0]][nm["SupportRate"][1]]
    if round(rate.value * 10000) != round(doc["decision"]["support_rate"] * 100):
        return "SupportRate %r, --json %s" % (rate.value, doc["decision"]["support_rate"])
    return None


def check_recalc(path, doc, csvdir):
    import openpyxl
    wb = openpyxl.load_workbook(path)
    stem = os.path.splitext(os.path.basename(path))[0]
    nm = names(wb)
    checked = 0
    for n, want in expected(doc).items():
        sheet, ref = nm[n]
        rows = list(csv.reader(open(os.path.join(csvdir, "%s-%s.csv" % (stem, sheet)))))
        got = cents(csv_value(rows, ref))
        if got != want:
            return "%s recalculated %d cents, --json %d" % (n, got, want)
        checked += 1
    return None if checked >= 7 else "only %d figures" % checked


def check_findings(path, doc):
    """The summary's findings in the reader's words (issue 10): each row's explanation is a
    finding's reader_message in the workbook's language, one row per finding, and no column of
    file names or line numbers."""
    import openpyxl
    ws = openpyxl.load_workbook(path)[openpyxl.load_workbook(path).sheetnames[0]]
    rows = [[c.value for c in r] for r in ws.iter_rows()]
    head = [i for i, r in enumerate(rows) if r[:4] in (["Concerns", "Severity", "Finding",
            "Explanation"], ["Koskee", "Vakavuus", "Havainto", "Selitys"])]
    if len(head) != 1:
        return "no findings header (Concerns/Koskee ...) on the summary sheet"
    got = [r[3] for r in rows[head[0] + 1:] if r[3]]
    want = [f["reader_message"] for f in doc["findings"]]
    if sorted(got) != sorted(want):
        return "explanations %s, --json reader_message %s" % (got[:2], want[:2])
    for r in rows:
        for v in r:
            if isinstance(v, str) and (v in ("Line", "Rivi", "File", "Tiedosto") or
                                       v.endswith(".ini")):
                return "a preparer's cell on the summary: %r" % v
    return None if want else "no findings to check"


def canary(src, dst):
    """Claim1_Payable's cached value set to 1: LibreOffice must replace it."""
    import openpyxl
    nm = names(openpyxl.load_workbook(src))
    sheet, ref = nm["Claim1_Payable"]
    index = openpyxl.load_workbook(src).sheetnames.index(sheet) + 1
    part = "xl/worksheets/sheet%d.xml" % index
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == part:
                xml = data.decode("utf-8")
                xml, n = re.subn(r'(<c r="%s"[^>]*>.*?<v>)[^<]*(</v>)' % ref, r"\g<1>1\g<2>", xml)
                if n != 1:
                    sys.exit("canary: no cached value at %s" % ref)
                data = xml.encode("utf-8")
            zout.writestr(item, data)


def main():
    cmd = sys.argv[1]
    if cmd == "figures":
        run("figures-" + sys.argv[2], check_figures, sys.argv[3], sys.argv[4])
    elif cmd == "canary":
        canary(sys.argv[2], sys.argv[3])
    elif cmd == "book":
        name, path, doc_path, csvdir = sys.argv[2:6]
        doc = json.load(open(doc_path))
        run("workbook-" + name, check_written, path, doc)
        run("libreoffice-recalc-" + name, check_recalc, path, doc, csvdir)
    elif cmd == "findings":
        run("workbook-findings-" + sys.argv[2], check_findings, sys.argv[3],
            json.load(open(sys.argv[4])))
    sys.exit(exit_status())


main()
