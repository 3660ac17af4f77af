#!/usr/bin/env python3
"""Makes the golden fixture r9005-short-rows from the sample r9005.docx.

In the section-three table (the one with a 10-column grid) some rows lose the merged label column, the way
real reports do:
  * rows whose label starts with "2.其他法律" or "3.危及": first continuation cell removed, w:gridBefore=1
    (Word still draws the row aligned);
  * rows "2.重复申请": both continuation cells removed, w:gridBefore=2;
  * rows "（二）部分公开", "5.属于三类", "6.属于四类": continuation cells removed with no gridBefore (short rows,
    drawn shifted left).
Usage: short_rows.py r9005.docx out.docx; then `soffice --headless --convert-to doc out.docx`.
"""
import re
import sys
import zipfile

VC = re.compile(r'<w:tc><w:tcPr><w:tcW[^>]*/>(?:<w:gridSpan[^>]*/>)?<w:vMerge/></w:tcPr><w:p/></w:tc>')
RULES = [("2.其他法律", 1, True), ("3.危及", 1, True), ("2.重复申请", 2, True),
         ("（二）部分公开", 1, False), ("5.属于三类", 2, False), ("6.属于四类", 2, False)]


def edit_row(row):
    for label, drop, grid_before in RULES:
        if label in row:
            for _ in range(drop):
                row = VC.sub('', row, count=1)
            if grid_before:
                row = row.replace('<w:tr>', '<w:tr><w:trPr><w:gridBefore w:val="%d"/></w:trPr>' % drop, 1)
            return row
    return row


def edit(xml):
    tables = xml.split('<w:tbl>')
    for i, t in enumerate(tables):
        if t.count('<w:gridCol ') == 10:
            rows = re.split(r'(?=<w:tr>)', t)
            tables[i] = ''.join(edit_row(r) for r in rows)
    return '<w:tbl>'.join(tables)


def main(src, dst):
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, 'w', zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == 'word/document.xml':
                data = edit(data.decode('utf-8')).encode('utf-8')
            zout.writestr(item, data)


if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2])
