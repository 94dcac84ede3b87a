#!/usr/bin/python3
"""Reads `fundplan diff --json` for tests/diff/run, one fact per line, so the shell can grep.

    diffjson.py findings FILE     "SEVERITY CODE LINE: MESSAGE" per finding about the change
    diffjson.py plan FILE old|new "SEVERITY CODE LINE: MESSAGE" per finding of that plan
    diffjson.py changes FILE      "SECTION KEY YEAR OLD NEW DELTA" per changed line (null: -)
    diffjson.py value FILE KEY    a top-level value (support_delta_cents, ...)
    diffjson.py valid FILE        exit 0 when the document has every key of docs/json.md

Exit status 1 (with the reason on stdout) when the file is not the JSON expected.
"""
import json
import sys

TOP = ["fundplan", "old", "new", "changes", "support_delta_cents", "net_costs_delta_cents",
       "findings", "errors", "warnings"]
CHANGE = ["section", "key", "year", "old_cents", "new_cents", "delta_cents"]


def cell(v):
    return "-" if v is None else str(v)


def main():
    what, path = sys.argv[1], sys.argv[2]
    try:
        doc = json.load(open(path, encoding="utf-8"))
    except ValueError as e:
        print("not JSON: %s" % e)
        return 1
    if what == "findings" or what == "plan":
        items = doc["findings"] if what == "findings" else doc[sys.argv[3]]["findings"]
        for f in items:
            print("%s %s %d: %s" % (f["severity"], f["code"], f["line"], f["message"]))
    elif what == "changes":
        for c in doc["changes"]:
            print(" ".join(cell(c[k]) for k in CHANGE))
    elif what == "value":
        print(cell(doc[sys.argv[3]]))
    elif what == "valid":
        missing = [k for k in TOP if k not in doc]
        missing += ["changes[%d].%s" % (i, k) for i, c in enumerate(doc["changes"])
                    for k in CHANGE if k not in c]
        for c in doc["changes"]:
            known = c["old_cents"] is not None and c["new_cents"] is not None
            if known and c["delta_cents"] != c["new_cents"] - c["old_cents"]:
                missing.append("delta of %s %s %s" % (c["section"], c["key"], c["year"]))
            if not known and c["delta_cents"] is not None:
                missing.append("a delta without both sides: %s %s" % (c["section"], c["key"]))
        if doc["support_delta_cents"] != doc["new"]["support_cents"] - doc["old"]["support_cents"]:
            missing.append("support_delta_cents")
        if (doc["net_costs_delta_cents"] !=
                doc["new"]["net_costs_cents"] - doc["old"]["net_costs_cents"]):
            missing.append("net_costs_delta_cents")
        if missing:
            print("wrong or missing: " + ", ".join(missing))
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
