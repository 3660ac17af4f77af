#!/usr/bin/env python3
"""Makes testdata/golden/r9001-subtotal-column from r9001.txt: section 三 printed with an eighth number column, the
subtotal of the five 法人或其他组织 columns — after 其他 in one file, right after 自然人 in the other. The numbers of
the seven template columns are unchanged, so expected.json is r9001's.
Usage (from the project folder): python3 src/test/scripts/subtotal_column.py"""
import json
import os

SRC = "testdata/golden/r9001/r9001.txt"
OUT = "testdata/golden/r9001-subtotal-column"


def variant(at):
    out = []
    inside = False
    for line in open(SRC, encoding="utf-8").read().split("\n"):
        bare = line.lstrip("# ")
        if "收到和处理" in line and bare.startswith("三"):
            inside = True
        if "复议" in line and bare.startswith("四"):
            inside = False
        parts = line.split("\t")
        if inside and len(parts) >= 8:
            values = parts[-7:]
            try:
                numbers = [int(x) for x in values]
            except ValueError:
                numbers = None
            if numbers is not None:
                sub = str(sum(numbers[1:6]))
                values = values[:at] + [sub] + values[at:]
                parts = parts[:-7] + values
        out.append("\t".join(parts))
    return "\n".join(out)


os.makedirs(OUT, exist_ok=True)
with open(os.path.join(OUT, "r9001-subtotal-after-other.txt"), "w", encoding="utf-8") as f:
    f.write(variant(6))
with open(os.path.join(OUT, "r9001-subtotal-after-natural.txt"), "w", encoding="utf-8") as f:
    f.write(variant(1))
expected = json.load(open("testdata/golden/r9001/expected.json", encoding="utf-8"))
expected["diagnostics"] = ["S3_SUBTOTAL_COLUMN"]
expected.pop("fileDiagnostics", None)
with open(os.path.join(OUT, "expected.json"), "w", encoding="utf-8") as f:
    f.write(json.dumps(expected, ensure_ascii=False, indent=1, sort_keys=True) + "\n")
