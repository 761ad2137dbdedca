#!/usr/bin/env python3
"""Counts the catalog independently of tthc (Python 3 stdlib only) and checks the targets.

    python3 Tools/catalog/verify_counts.py [Catalog]

Prints the counts of GitHub issue 3 and exits 1 when one is off, or when a file breaks the
text rules (NFC UTF-8, LF, no tabs, no trailing spaces, no anchors or aliases).
"""

import collections
import os
import re
import sys
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from yamltext import load_file  # noqa: E402

TARGETS = {"in effect": 2106, "provincial level": 1802, "commune level": 409, "inter-level": 105,
           "province-only": 1697, "commune-only": 304, "public service units": 10, "specialised agencies": 14,
           "communes and wards": 45, "announcing decisions": 111}
SYNTHETIC_CODE = re.compile(r"^[0-9]\.9[0-9]{5}$")


def units_walk(units, prefix=""):
    for u in units:
        full = f"{prefix}{u['id']}"
        yield full, u
        yield from units_walk(u.get("units", []), full + ".")


def text_problems(path):
    raw = open(path, "rb").read()
    text = raw.decode("utf-8")
    out = []
    if unicodedata.normalize("NFC", text) != text:
        out.append("not NFC")
    if b"\r" in raw:
        out.append("CR line ends")
    if b"\t" in raw:
        out.append("tab")
    if any(line != line.rstrip() for line in text.split("\n")):
        out.append("trailing spaces")
    if re.search(r"(^|[\s\[{,])[&*][A-Za-z]", re.sub(r'"[^"]*"', "", text)):
        out.append("anchor or alias")
    if not text.endswith("\n"):
        out.append("no final newline")
    return out


def main():
    root = os.path.normpath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "Catalog"))
    problems, procs, files = [], [], 0
    for dirpath, _dirs, names in os.walk(root):
        for name in sorted(names):
            if not name.endswith(".yaml"):
                continue
            path = os.path.join(dirpath, name)
            files += 1
            problems += [f"{path}: {p}" for p in text_problems(path)]
            if f"{os.sep}procedures{os.sep}" in path:
                procs.append((path, load_file(path)))
    level = collections.Counter()
    kinds = collections.Counter()
    fields = collections.Counter()
    deadlines = collections.Counter()
    announced = set()
    for path, p in procs:
        inter = bool(p.get("inter_level"))
        level["inter-level"] += inter
        level["provincial level"] += p["level"] == "province" or inter
        level["commune level"] += p["level"] == "commune" or inter
        level["province-only"] += p["level"] == "province" and not inter
        level["commune-only"] += p["level"] == "commune" and not inter
        kind = p["provenance"]["kind"]
        kinds[kind] += 1
        fields[p["field"]] += 1
        deadlines[p["deadline"]["value"]] += 1
        announced.add(p.get("announced_by"))
        if kind == "synthetic" and not SYNTHETIC_CODE.match(p["code"]):
            problems.append(f"{path}: synthetic procedure outside the N.9xxxxx block")
        expected = os.path.join("procedures", p["level"], p["field"], p["code"] + ".yaml")
        if not path.endswith(expected):
            problems.append(f"{path}: should be {expected}")
    unit_kinds = collections.Counter()
    for name in os.listdir(os.path.join(root, "units")):
        data = load_file(os.path.join(root, "units", name))
        for _full, u in units_walk(data.get("units", [])):
            unit_kinds[u["kind"]] += 1
    communes = load_file(os.path.join(root, "units", "communes.yaml"))["communes"]
    decisions = [d for name in os.listdir(os.path.join(root, "legal"))
                 for d in load_file(os.path.join(root, "legal", name))["documents"]
                 if d["kind"] == "decision" and d.get("provenance") == "synthetic"]
    counts = dict(level)
    counts["in effect"] = len(procs)
    counts["public service units"] = unit_kinds["public-service-unit"]
    counts["specialised agencies"] = unit_kinds["specialized-agency"]
    counts["communes and wards"] = len(communes)
    counts["announcing decisions"] = len(decisions)
    print(f"{files} YAML files under {root}")
    for key, target in TARGETS.items():
        mark = "ok" if counts.get(key) == target else f"EXPECTED {target}"
        print(f"  {key:22} {counts.get(key, 0):5}  {mark}")
        if counts.get(key) != target:
            problems.append(f"{key}: {counts.get(key)} != {target}")
    print(f"  {'published':22} {kinds['published']:5}\n  {'synthetic':22} {kinds['synthetic']:5}")
    print(f"  {'fields':22} {len(fields):5}")
    print(f"  {'decisions cited':22} {len(announced & {d['id'] for d in decisions}):5}")
    print(f"  {'units by kind':22} " + ", ".join(f"{k} {v}" for k, v in sorted(unit_kinds.items())))
    print("  deadlines: " + ", ".join(f"{k} {v}" for k, v in sorted(deadlines.items(), key=lambda kv: -kv[1])))
    if problems:
        print(f"{len(problems)} problem(s):")
        for p in problems[:50]:
            print("  " + p)
        return 1
    print("all counts as required; text rules hold")
    return 0


if __name__ == "__main__":
    sys.exit(main())
