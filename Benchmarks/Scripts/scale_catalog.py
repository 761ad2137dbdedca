#!/usr/bin/env python3
"""Builds a catalog N times the shipped one, for the scale benchmarks (issue 16).

    python3 Benchmarks/Scripts/scale_catalog.py --copies 34 --out /tmp/catalog34

Everything outside procedures/ is copied once (manifest, units, fields, forms, legal documents,
templates, calendar). Every procedure is written once per copy; copy 0 keeps its code, the others
get codes of their own, numbered from 3.000000 upwards (the shipped codes start with 1 or 2), so
the catalog holds N × 2,106 procedures with unique codes. Inside a copy, a procedure's references
to other procedures (`call:`) are renamed the same way, so each copy calls its own procedures.
The output is deterministic.
"""
import argparse
import os
import re
import shutil
import sys

CODE = re.compile(rb"(?<![0-9.])([0-9]\.[0-9]{6})(?![0-9])")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=34)
    parser.add_argument("--source", default=os.path.join(os.path.dirname(__file__), "..", "..", "Catalog"))
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    source = os.path.normpath(args.source)
    if os.path.exists(args.out):
        sys.exit(f"{args.out} exists; give a new folder")
    shutil.copytree(source, args.out, ignore=lambda folder, names: ["procedures"] if folder == source else [])

    procedures = []
    for folder, _, names in os.walk(os.path.join(source, "procedures")):
        for name in names:
            if name.endswith(".yaml"):
                procedures.append(os.path.relpath(os.path.join(folder, name), source))
    procedures.sort()
    codes = [os.path.basename(p)[:-len(".yaml")] for p in procedures]
    known = set(codes)

    next_number = 3_000_000
    for copy in range(args.copies):
        renamed = {}
        for code in codes:
            if copy == 0:
                renamed[code] = code
            else:
                renamed[code] = f"{next_number // 1_000_000}.{next_number % 1_000_000:06d}"
                next_number += 1
        for relative, code in zip(procedures, codes):
            with open(os.path.join(source, relative), "rb") as f:
                text = f.read()
            if copy > 0:
                text = CODE.sub(lambda m: renamed[m.group(1).decode()].encode() if m.group(1).decode() in known else m.group(1), text)
            target = os.path.join(args.out, os.path.dirname(relative), renamed[code] + ".yaml")
            os.makedirs(os.path.dirname(target), exist_ok=True)
            with open(target, "wb") as f:
                f.write(text)
    print(f"{args.out}: {args.copies} copies, {args.copies * len(procedures)} procedures")


if __name__ == "__main__":
    main()
