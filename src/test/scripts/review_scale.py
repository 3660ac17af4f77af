#!/usr/bin/env python3
"""Writes N report texts for measuring `nianbao review` at scale (not committed; see testdata/README.md).

Each file is one of the golden TXT reports with its agency renamed (so that every file has its own content, agency
and page) and, for every fifth file, one section 三 number raised by one (so that a share of the reports carry
S3_ROW_SUM / S3_TOTAL_SUM warnings, as real imports do). Run from the project root:

    python3 src/test/scripts/review_scale.py 10000 /tmp/scale/in
"""
import json
import pathlib
import re
import sys


def bases():
    out = []
    for folder in sorted(pathlib.Path("testdata/golden").iterdir()):
        txt = folder / (folder.name + ".txt")
        expected = folder / "expected.json"
        if txt.is_file() and expected.is_file():
            agency = json.loads(expected.read_text(encoding="utf-8")).get("agency")
            text = txt.read_text(encoding="utf-8")
            if agency and agency in text:
                out.append((folder.name, agency, text))
    return out


def bump_one_number(text, k):
    """Raises the k-th tab-separated number of the section 三 row 一、本年新收… by one."""
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if line.startswith("一、本年新收") and "\t" in line:
            cells = line.split("\t")
            numeric = [j for j, c in enumerate(cells) if re.fullmatch(r"\d+", c)]
            if numeric:
                j = numeric[k % len(numeric)]
                cells[j] = str(int(cells[j]) + 1)
                lines[i] = "\t".join(cells)
                return "\n".join(lines)
    return text


def main():
    n, out = int(sys.argv[1]), pathlib.Path(sys.argv[2])
    out.mkdir(parents=True, exist_ok=True)
    base = bases()
    for i in range(n):
        name, agency, text = base[i % len(base)]
        renamed = agency.replace("人民政府", "") + "第" + str(i) + "片区" + ("人民政府" if "人民政府" in agency else "")
        t = text.replace(agency, renamed)
        if i % 5 == 0:
            t = bump_one_number(t, i)
        (out / ("%05d-%s.txt" % (i, name))).write_text(t, encoding="utf-8")
    print("%d files from %d golden texts in %s" % (n, len(base), out))


if __name__ == "__main__":
    main()
