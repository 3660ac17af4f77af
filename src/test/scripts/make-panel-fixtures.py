#!/usr/bin/env python3
"""Makes the golden cases haizhou-2022 and haizhou-2023 from testdata/golden/haizhou-2024 (a real report as text,
values checked by hand): the same agency's reports for 2022 and 2023, so that with the 2024 report the agency has a
three-year series; the 2023 report exists as TXT and as HTML (one report, two formats); 2023's 二、上年结转
(自然人 and 总计) does not match 2022's 四、结转下年度 (a YEAR_CARRY_OVER case). Each edited report adds up on its own.
expected.json is the 2024 one with the edited cells, year, agency and title.
Usage (from the project folder): python3 src/test/scripts/make-panel-fixtures.py"""
import html
import json
import os
import re

GOLDEN = "testdata/golden"
SRC = GOLDEN + "/haizhou-2024/haizhou-2024.txt"
ROW_NEW = "一、本年新收政府信息公开申请数量"
ROW_IN = "二、上年结转政府信息公开申请数量"
ROW_OUT = "四、结转下年度继续办理"


def row(natural, total):
    return "\t\t%d\t0\t0\t0\t0\t0\t%d\t" % (natural, total)


def edit(text, year, agency, new, carried_in, carried_out, prose_requests):
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if line.startswith(ROW_NEW):
            lines[i] = ROW_NEW + row(new, new)
        elif line.startswith(ROW_IN):
            lines[i] = ROW_IN + row(carried_in, carried_in)
        elif line.startswith(ROW_OUT):
            lines[i] = ROW_OUT + row(carried_out, carried_out)
    text = "\n".join(lines)
    text = text.replace("# 阜新市海州区 2024 年", "# " + agency + " %d 年" % year, 1)
    text = re.sub(r"2024(\s*年)", lambda m: str(year) + m.group(1), text)
    return text.replace("共受理政府信息公开申请 6 件", "共受理政府信息公开申请 %d 件" % prose_requests)


def to_html(text, title):
    """A page with the report's tab-separated rows as table rows (one <td> per tab field)."""
    out = ["<!DOCTYPE html>", '<html><head><meta charset="utf-8"><title>%s</title></head><body>' % html.escape(title)]
    table = []
    for line in text.split("\n") + [""]:
        if "\t" in line:
            table.append("<tr>" + "".join("<td>%s</td>" % html.escape(f) for f in line.rstrip("\t").split("\t"))
                         + "</tr>")
            continue
        if table:
            out.append('<table border="1">' + "".join(table) + "</table>")
            table = []
        m = re.match(r"^(#+)\s*(.*)$", line)
        if m:
            level = min(len(m.group(1)), 6)
            out.append("<h%d>%s</h%d>" % (level, html.escape(m.group(2)), level))
        elif line.strip():
            out.append("<p>%s</p>" % html.escape(line.strip()))
    out.append("</body></html>")
    return "\n".join(out) + "\n"


def expected(base, text, year, agency, new, carried_in, carried_out):
    e = json.loads(json.dumps(base))
    e["year"] = year
    e["agency"] = agency
    e["title"] = next(line for line in text.split("\n") if line.startswith("# "))[2:].strip()
    for row, v in (("new", new), ("carried_in", carried_in), ("carried_out", carried_out)):
        e["cells"]["s3_%s_natural" % row] = v
        e["cells"]["s3_%s_total" % row] = v
    e["note"] = ("Made from haizhou-2024 by src/test/scripts/make-panel-fixtures.py: year, agency, rows 一/二/四 and "
                 "the prose count edited; one agency's series with haizhou-2022..2024 (2023's 上年结转 does not match "
                 "2022's 结转下年度).")
    return e


def write(folder, name, text):
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, name), "w", encoding="utf-8") as f:
        f.write(text)


def main():
    with open(SRC, encoding="utf-8") as f:
        base = f.read()
    with open(GOLDEN + "/haizhou-2024/expected.json", encoding="utf-8") as f:
        base_expected = json.load(f)
    agency = "阜新市海州区人民政府"
    # 2022: 8 new, 2 carried to 2023; 2023: 5 new, 1 carried in (2022 said 2), 0 carried out (2024 took in 0)
    for year, new, cin, cout, formats in ((2022, 8, 0, 2, ("txt",)), (2023, 5, 1, 0, ("txt", "html"))):
        text = edit(base, year, agency, new=new, carried_in=cin, carried_out=cout, prose_requests=new)
        folder = "%s/haizhou-%d" % (GOLDEN, year)
        write(folder, "haizhou-%d.txt" % year, text)
        if "html" in formats:
            write(folder, "haizhou-%d.html" % year, to_html(text, agency + "%d年政府信息公开工作年度报告" % year))
        e = expected(base_expected, text, year, agency, new, cin, cout)
        write(folder, "expected.json", json.dumps(e, ensure_ascii=False, indent=1, sort_keys=True) + "\n")


if __name__ == "__main__":
    main()
