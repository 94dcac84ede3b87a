#!/usr/bin/python3
"""bench/reference.py - the yardstick of issue 12: what `fundplan build` does, in Python with
Debian's reportlab and XlsxWriter, so bench/run can time both on the same plans in one run.
Not part of fundplan and not a test.

For every plan of a folder, in N worker processes: read it (configparser, the plan format's
amounts, percentages and dates), compute the figures in integer cents (flat rate, totals, net
costs, financing, shares, support rate against the instrument's cap) and write
  - a memo (reportlab platypus, the DejaVu subset fonts registered once, embedded): a header
    with the page as "N (M)" on every page, title and facts, description, cost table with a
    column per year, financing table with shares, a bar chart, the support-rate sentence and
    the proposal, the findings, the preparer;
  - a workbook (XlsxWriter, in_memory): a summary sheet with live formulas and their values,
    euro and percent formats, defined names, a financing chart, print set-up, a findings sheet;
each through a temp file, fsync and rename, as fundplan writes its outputs. Then, in the parent,
portfolio.xlsx: one row per plan (sorted by path) in a table with a totals row, totals per
instrument and per funder as SUMIFS formulas, and a chart.

    /usr/bin/python3 bench/reference.py [-j N] PLANS_DIR OUT_DIR FONT_DIR
"""
import configparser
import glob
import io
import multiprocessing
import os
import re
import sys

import xlsxwriter
from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
from reportlab.pdfgen import canvas

COSTS = ["staff", "flat_rate", "purchased_services", "travel", "equipment", "construction",
         "other", "lump_sum"]
COST_LABELS = ["Henkilöstökustannukset", "Flat rate", "Ostopalvelut", "Matkakustannukset",
               "Kone- ja laitehankinnat", "Rakentaminen", "Muut kustannukset", "Kertakorvaus"]
SOURCES = ["aiko", "akke", "eakr", "municipal", "other_public", "private"]
SOURCE_LABELS = ["AIKO-rahoitus", "AKKE-rahoitus", "EAKR- ja valtion rahoitus", "Kuntarahoitus",
                 "Muu julkinen rahoitus", "Yksityinen rahoitus"]
# instrument: (cap in 2014-2020, cap from 2021, base, support line), as docs/rules.md §2
CAPS = {"AIKO": (7000, 7000, "total", "aiko"), "AKKE": (8000, 8000, "total", "akke"),
        "EAKR": (7000, 8000, "net", "eakr")}
NBSP = "\u00a0"


# ---- reading and computing --------------------------------------------------------------

def cents(text):
    t = text.replace("€", "").replace(NBSP, " ").replace("\u202f", " ").strip()
    whole, _, frac = t.partition(",")
    return int(whole.replace(" ", "")) * 100 + int((frac + "00")[:2] or 0)


def basis_points(text):
    return round(float(text.replace("%", "").replace(",", ".").strip()) * 100)


def date(text):
    m = re.fullmatch(r"(\d+)\.(\d+)\.(\d{4})", text.strip())
    if m:
        return int(m[3]), int(m[2]), int(m[1])
    y, mo, d = text.strip().split("-")
    return int(y), int(mo), int(d)


def load(path):
    ini = configparser.ConfigParser(interpolation=None, strict=False)
    ini.read(path, encoding="utf-8")
    p = {k: v for k, v in ini["project"].items()}
    plan = {"path": path, "project": p, "text": {}, "years": {}, "fin": [0] * len(SOURCES),
            "income": 0, "declared": None, "warnings": []}
    # the 2014-2020 programme (a start before 2021) kept the flat rate in whole euros
    old = date(p.get("start", "1.1.2021"))[0] <= 2020
    plan["old"] = old
    here = os.path.dirname(path)
    if ini.has_section("description"):
        d = ini["description"]
        for key in ("summary", "goals", "actions"):
            if key + "_file" in d:
                with open(os.path.join(here, d[key + "_file"]), encoding="utf-8") as f:
                    plan["text"][key] = f.read()
            elif key in d:
                plan["text"][key] = d[key]
    for name in ini.sections():
        if re.fullmatch(r"costs(\.\d{4})?", name):
            year = int(name[6:]) if "." in name else 0
            sec = ini[name]
            for k in sec:
                if k not in COSTS:
                    plan["warnings"].append("unknown key '%s' in [%s]" % (k, name))
            line = [cents(sec[k]) if k in sec and k != "flat_rate" else 0 for k in COSTS]
            rate = basis_points(sec["flat_rate"]) if "flat_rate" in sec else 0
            line[1] = (line[0] * rate + 5000) // 10000  # half-up to the cent
            if old:
                line[1] = (line[1] + 50) // 100 * 100  # then to whole euros
            plan["years"][year] = (line, rate)
        elif name == "financing":
            sec = ini[name]
            plan["fin"] = [cents(sec[k]) if k in sec else 0 for k in SOURCES]
        elif name == "income":
            plan["income"] = cents(ini[name].get("revenue", "0"))
        elif name == "declared" and "net_costs" in ini[name]:
            plan["declared"] = cents(ini[name]["net_costs"])
        elif name not in ("project", "description"):
            plan["warnings"].append("unknown section [%s]" % name)
    return plan


def compute(plan):
    cost = [0] * len(COSTS)
    for line, _ in plan["years"].values():
        cost = [a + b for a, b in zip(cost, line)]
    total = sum(cost)
    fin = plan["fin"]
    total_fin = sum(fin)
    instrument = plan["project"].get("instrument", "").upper()
    old_cap, new_cap, base_kind, support_key = CAPS.get(instrument, (7000, 7000, "total", "aiko"))
    cap = old_cap if plan["old"] else new_cap
    support = fin[SOURCES.index(support_key)]
    net = total - plan["income"]
    base = total if base_kind == "total" else net
    findings = [("warning", w) for w in plan["warnings"]]
    if total_fin != net:
        findings.append(("error", "financing %s does not cover net costs %s exactly"
                         % (euros(total_fin), euros(net))))
    if plan["declared"] is not None and plan["declared"] != net:
        findings.append(("warning", "declared net costs %s differ from the computed %s"
                         % (euros(plan["declared"]), euros(net))))
    if base and support * 10000 > cap * base:
        findings.append(("error", "support %s is above %s %% of %s costs"
                         % (euros(support), cap // 100, base_kind)))
    return {"cost": cost, "total": total, "net": net, "income": plan["income"], "fin": fin, "total_fin": total_fin,
            "support": support, "base": base, "cap": cap, "instrument": instrument,
            "findings": findings}


def euros(c):
    s = f"{abs(c) // 100:,}".replace(",", NBSP)
    if c % 100:
        s += ",%02d" % (c % 100)
    return ("−" if c < 0 else "") + s + NBSP + "€"


def percent(num, den):
    return ("%.1f" % (100.0 * num / den)).replace(".", ",") + NBSP + "%" if den else "–"


# ---- the memo ----------------------------------------------------------------------------

STYLE = ParagraphStyle("body", fontName="DejaVu", fontSize=10, leading=13.6)
TITLE = ParagraphStyle("title", fontName="DejaVuBold", fontSize=15, leading=19)
HEAD = ParagraphStyle("head", fontName="DejaVuBold", fontSize=11.5, leading=15, spaceBefore=10)


class PagedCanvas(canvas.Canvas):
    """Draws the header after the last page, when the page count for "N (M)" is known."""

    def __init__(self, *args, **kw):
        canvas.Canvas.__init__(self, *args, **kw)
        self.pages = []

    def showPage(self):
        self.pages.append(dict(self.__dict__))
        self._startPage()

    def save(self):
        for i, state in enumerate(self.pages):
            self.__dict__.update(state)
            self.setFont("DejaVuBold", 9.5)
            self.drawString(57, 800, self.funder)
            self.drawString(330, 800, "MUISTIO")
            self.setFont("DejaVu", 9)
            self.drawRightString(538, 800, "%d (%d)" % (i + 1, len(self.pages)))
            self.drawString(330, 788, self.day)
            self.drawString(330, 776, "Dnro " + self.case)
            self.line(57, 762, 538, 762)
            canvas.Canvas.showPage(self)
        canvas.Canvas.save(self)


def chart(fig):
    d = Drawing(481, 24 * 5 + 10)
    y = 5
    for i, v in enumerate(fig["fin"]):
        if not v:
            continue
        w = 300.0 * v / fig["total_fin"] if fig["total_fin"] else 0
        d.add(Rect(130, y, w, 14, fillColor=colors.HexColor("#1f4d85"), strokeColor=None))
        d.add(String(0, y + 3, SOURCE_LABELS[i], fontName="DejaVu", fontSize=8))
        d.add(String(135 + w, y + 3, euros(v) + " " + percent(v, fig["total_fin"]),
                     fontName="DejaVu", fontSize=8))
        y += 24
    return d


def memo(plan, fig):
    p = plan["project"]
    story = [Paragraph(p.get("name", "–"), TITLE), Spacer(1, 8)]
    facts = [["Hakija", p.get("applicant", "–")], ["Osatoteuttajat", p.get("partners", "–")],
             ["Rahoittaja", p.get("funder", "–")], ["Rahoitusmuoto", fig["instrument"]],
             ["Toteutusaika", "%s–%s" % (p.get("start", ""), p.get("end", ""))]]
    story.append(Table([[a, Paragraph(b, STYLE)] for a, b in facts], colWidths=[128, 353],
                       style=[("FONT", (0, 0), (-1, -1), "DejaVu", 9)]))
    story.append(Paragraph("Hankkeen kuvaus", HEAD))
    for key, title in (("summary", "Tiivistelmä"), ("goals", "Tavoitteet"),
                       ("actions", "Toimenpiteet")):
        if plan["text"].get(key):
            story.append(Paragraph(title, HEAD))
        for para in re.split(r"\n\s*\n", plan["text"].get(key, "")):
            if para.strip():
                story.append(Paragraph(" ".join(para.split()), STYLE))
    years = sorted(plan["years"])
    head = ["Kustannusarvio"] + [str(y) for y in years if y] + ["Yhteensä"]
    rows = [head]
    for i, label in enumerate(COST_LABELS):
        if fig["cost"][i]:
            row = [label] + [euros(plan["years"][y][0][i]) for y in years if y]
            rows.append(row + [euros(fig["cost"][i])])
    rows.append(["Kokonaiskustannukset"] + [""] * (len(head) - 2) + [euros(fig["total"])])
    rows.append(["./. Tulot"] + [""] * (len(head) - 2) + [euros(fig["income"])])
    rows.append(["Rahoitettavat nettomenot"] + [""] * (len(head) - 2) + [euros(fig["net"])])
    story.append(Paragraph("Kustannusarvio", HEAD))
    story.append(Table(rows, style=TableStyle([
        ("FONT", (0, 0), (-1, -1), "DejaVu", 9), ("FONT", (0, 0), (-1, 0), "DejaVuBold", 9),
        ("ALIGN", (1, 0), (-1, -1), "RIGHT"), ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.grey)])))
    rows = [["Rahoitussuunnitelma", "€", "%"]]
    for i, label in enumerate(SOURCE_LABELS):
        if fig["fin"][i]:
            rows.append([label, euros(fig["fin"][i]), percent(fig["fin"][i], fig["total_fin"])])
    rows.append(["Rahoitus yhteensä", euros(fig["total_fin"]), ""])
    story.append(Paragraph("Rahoitussuunnitelma", HEAD))
    story.append(Table(rows, colWidths=[250, 130, 80], style=TableStyle([
        ("FONT", (0, 0), (-1, -1), "DejaVu", 9), ("ALIGN", (1, 0), (-1, -1), "RIGHT")])))
    story.append(chart(fig))
    story.append(Paragraph("Tuen osuus on %s hankkeen kokonaiskustannuksista. Rahoitusmuodon "
                           "enimmäistukiosuus on %d %%." % (percent(fig["support"], fig["base"]),
                                                           fig["cap"] // 100), STYLE))
    story.append(Paragraph("Päätösehdotus", HEAD))
    story.append(Paragraph("%s myöntää hankkeelle %s (hakija %s) rahoitusta enintään %s."
                           % (p.get("funder", ""), p.get("name", ""), p.get("applicant", ""),
                              euros(fig["support"])), STYLE))
    story.append(Paragraph("Havainnot", HEAD))
    for sev, text in fig["findings"] or [("", "Suunnitelmasta ei löytynyt virheitä.")]:
        story.append(Paragraph(("<b>%s</b> " % sev if sev else "") + text, STYLE))
    story.append(Paragraph("Valmistelija: %s %s" % (p.get("preparer_title", ""),
                                                    p.get("preparer", "")), STYLE))
    out = io.BytesIO()
    doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=57, rightMargin=57.3, topMargin=100,
                            bottomMargin=60, title=p.get("name", ""), author=p.get("funder", ""))

    def make_canvas(*a, **kw):
        c = PagedCanvas(*a, **kw)
        c.funder, c.day, c.case = p.get("funder", ""), p.get("date", ""), p.get("id", "")
        return c
    doc.build(story, canvasmaker=make_canvas)
    return out.getvalue()


# ---- the workbooks ------------------------------------------------------------------------

def workbook(plan, fig):
    out = io.BytesIO()
    wb = xlsxwriter.Workbook(out, {"in_memory": True})
    p = plan["project"]
    wb.set_properties({"title": p.get("name", ""), "author": p.get("funder", "")})
    bold = wb.add_format({"bold": True})
    eur = wb.add_format({"num_format": '#,##0.00 "€"'})
    eur_bold = wb.add_format({"num_format": '#,##0.00 "€"', "bold": True})
    pct = wb.add_format({"num_format": "0.0 %"})
    ws = wb.add_worksheet("Yhteenveto")
    ws.set_column(0, 0, 34)
    ws.set_column(1, 3, 16)
    ws.write_string(0, 0, p.get("name", ""), bold)
    for r, (label, key) in enumerate([("Hakija", "applicant"), ("Rahoittaja", "funder"),
                                      ("Rahoitusmuoto", "instrument")]):
        ws.write_string(2 + r, 0, label)
        ws.write_string(2 + r, 1, p.get(key, ""))
    r = 6
    ws.write_string(r, 0, "Kustannusarvio", bold)
    first = r + 1
    for i, label in enumerate(COST_LABELS):
        if fig["cost"][i]:
            r += 1
            ws.write_string(r, 0, label)
            ws.write_number(r, 1, fig["cost"][i] / 100, eur)
    r += 1
    ws.write_string(r, 0, "Kokonaiskustannukset", bold)
    ws.write_formula(r, 1, "=SUM(B%d:B%d)" % (first + 1, r), eur_bold, fig["total"] / 100)
    wb.define_name("TotalCosts", "=Yhteenveto!$B$%d" % (r + 1))
    total_row = r
    r += 2
    ws.write_string(r, 0, "Rahoitussuunnitelma", bold)
    first = r + 1
    for i, label in enumerate(SOURCE_LABELS):
        if fig["fin"][i]:
            r += 1
            ws.write_string(r, 0, label)
            ws.write_number(r, 1, fig["fin"][i] / 100, eur)
            ws.write_formula(r, 2, "=B%d/B%d" % (r + 1, first + 6), pct,
                             fig["fin"][i] / fig["total_fin"] if fig["total_fin"] else 0)
    r += 1
    ws.write_string(r, 0, "Rahoitus yhteensä", bold)
    ws.write_formula(r, 1, "=SUM(B%d:B%d)" % (first + 1, r), eur_bold, fig["total_fin"] / 100)
    wb.define_name("TotalFinancing", "=Yhteenveto!$B$%d" % (r + 1))
    r += 1
    ws.write_string(r, 0, "Erotus")
    ws.write_formula(r, 1, "=B%d-B%d" % (r, total_row + 1), eur,
                     (fig["total_fin"] - fig["total"]) / 100)
    ws.conditional_format(r, 1, r, 1, {"type": "cell", "criteria": "!=", "value": 0,
                                       "format": wb.add_format({"font_color": "red"})})
    r += 1
    ws.write_string(r, 0, "Tuen osuus")
    ws.write_formula(r, 1, "=B%d/TotalCosts" % (first + 2), pct,
                     fig["support"] / fig["base"] if fig["base"] else 0)
    ch = wb.add_chart({"type": "bar"})
    ch.add_series({"categories": "=Yhteenveto!$A$%d:$A$%d" % (first + 2, r - 2),
                   "values": "=Yhteenveto!$B$%d:$B$%d" % (first + 2, r - 2)})
    ws.insert_chart(2, 4, ch)
    ws.set_paper(9)
    ws.fit_to_pages(1, 0)
    fs = wb.add_worksheet("Havainnot")
    fs.write_row(0, 0, ["Vakavuus", "Havainto"], bold)
    for i, (sev, text) in enumerate(fig["findings"]):
        fs.write_row(i + 1, 0, [sev, text])
    wb.close()
    return out.getvalue()


def portfolio(rows, path):
    out = io.BytesIO()
    wb = xlsxwriter.Workbook(out, {"in_memory": True})
    eur = wb.add_format({"num_format": '#,##0.00 "€"'})
    ws = wb.add_worksheet("Hankkeet")
    heads = ["Tiedosto", "Hanke", "Hakija", "Rahoittaja", "Rahoitusmuoto", "Kokonaiskustannukset",
             "Rahoitettavat nettomenot"] + SOURCE_LABELS + ["Rahoitus yhteensä", "Tuki", "Virheet"]
    for r, row in enumerate(rows):
        ws.write_row(r + 1, 0, row[:5])
        for c, v in enumerate(row[5:]):
            ws.write_number(r + 1, 5 + c, v, eur if c < len(row) - 6 else None)
    ws.add_table(0, 0, len(rows) + 1, len(heads) - 1, {
        "name": "Hankelista", "total_row": True,
        "columns": [{"header": h, "total_function": "sum" if i >= 5 else None}
                    for i, h in enumerate(heads)]})
    ts = wb.add_worksheet("Yhteenveto")
    for col, (key, title) in enumerate([(4, "Rahoitusmuodoittain"), (3, "Rahoittajittain")]):
        names = sorted({row[key] for row in rows})
        ts.write_string(0, col * 4, title)
        for i, name in enumerate(names):
            ts.write_string(i + 1, col * 4, name)
            ts.write_formula(i + 1, col * 4 + 1, '=SUMIFS(Hankelista[Tuki],Hankelista[%s],"=%s")'
                             % (heads[key], name), eur,
                             sum(row[-2] for row in rows if row[key] == name))
    ch = wb.add_chart({"type": "column"})
    ch.add_series({"categories": "=Yhteenveto!$A$2:$A$3", "values": "=Yhteenveto!$B$2:$B$3"})
    ts.insert_chart(2, 8, ch)
    wb.close()
    write(path, out.getvalue())


def write(path, data):
    """Temp file beside the target, fsync, rename: as fundplan's outfile.c."""
    d, base = os.path.split(path)
    tmp = os.path.join(d, "." + base + ".tmp%d" % os.getpid())
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    os.write(fd, data)
    os.fsync(fd)
    os.close(fd)
    os.rename(tmp, path)


def build(job):
    path, outdir = job
    plan = load(path)
    fig = compute(plan)
    stem = os.path.splitext(os.path.basename(path))[0]
    write(os.path.join(outdir, stem + ".pdf"), memo(plan, fig))
    write(os.path.join(outdir, stem + ".xlsx"), workbook(plan, fig))
    p = plan["project"]
    return [path, p.get("name", ""), p.get("applicant", ""), p.get("funder", ""),
            fig["instrument"], fig["total"] / 100, fig["net"] / 100] + \
        [v / 100 for v in fig["fin"]] + [fig["total_fin"] / 100, fig["support"] / 100,
                                         sum(1 for s, _ in fig["findings"] if s == "error")]


def main():
    args = sys.argv[1:]
    jobs = 2
    if args[:1] == ["-j"]:
        jobs, args = int(args[1]), args[2:]
    plans, outdir, fontdir = args
    # registered once, before the workers are forked: each worker inherits the parsed fonts
    pdfmetrics.registerFont(TTFont("DejaVu", os.path.join(fontdir, "DejaVuSans-subset.ttf")))
    pdfmetrics.registerFont(TTFont("DejaVuBold",
                                   os.path.join(fontdir, "DejaVuSans-Bold-subset.ttf")))
    paths = sorted(glob.glob(os.path.join(plans, "*.ini")))
    with multiprocessing.get_context("fork").Pool(jobs) as pool:
        rows = sorted(pool.imap_unordered(build, [(p, outdir) for p in paths], chunksize=4))
    portfolio(rows, os.path.join(outdir, "portfolio.xlsx"))
    print("reference: %d plans" % len(rows), file=sys.stderr)


if __name__ == "__main__":
    main()
