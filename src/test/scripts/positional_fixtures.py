#!/usr/bin/env python3
"""Makes the golden cases for tables without rule lines from testdata/golden/r9004/r9004.html.

Run from the project root; needs Chromium (`chromium`), LibreOffice (`soffice`) and poppler-utils (`pdftotext`):

    python3 src/test/scripts/positional_fixtures.py

- positions-chromium-r9004/: r9004-sparse.html (every table border removed, section 三's and 四's zero marks `/`
  left empty) and headless Chromium's print of it to PDF (tables without rulings, empty cells, numbers wrapped in
  the narrow 总计 column);
- positions-layout-r9004/: Chromium's print of the page without borders (zero marks kept) and `pdftotext -layout`
  of that PDF (space-aligned text, title and labels wrapped);
- positions-lo-clipped-r9004/: LibreOffice's DOCX of r9004-sparse.html exported to PDF: tables without borders,
  sections 三's and 四's tables wider than the page and cut off by its right edge (their 总计 columns are not on the
  page).

The expected.json files are written by hand from r9004's (same numbers; the cut-off cells null).
"""
import os
import re
import shutil
import subprocess
import tempfile

ROOT = os.path.join("testdata", "golden")
SOURCE = os.path.join(ROOT, "r9004", "r9004.html")


def borderless(html):
    return html.replace("</head>", "<style>table,tr,td,th{border:none !important;}</style></head>", 1)


def sparse(html):
    """Section 三's and 四's zero marks left empty (the cells stay, printed empty)."""
    i = html.index("收到和处理政府信息公开申请情况")
    return html[:i] + re.sub(r"(<span[^>]*>)\s*/\s*(</span>)", r"\1\2", html[i:])


def chromium(html_path, pdf_path):
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    "--print-to-pdf=" + pdf_path, html_path], check=True, capture_output=True, timeout=180)


def soffice(path, target, outdir):
    subprocess.run(["soffice", "--headless", "--convert-to", target, "--outdir", outdir, path], check=True,
                   capture_output=True, timeout=300)


def main():
    with open(SOURCE, encoding="utf-8") as f:
        page = f.read()
    folders = {name: os.path.join(ROOT, name) for name in
               ("positions-chromium-r9004", "positions-layout-r9004", "positions-lo-clipped-r9004")}
    for d in folders.values():
        os.makedirs(d, exist_ok=True)
    chrome = folders["positions-chromium-r9004"]
    sparse_html = os.path.join(chrome, "r9004-sparse.html")
    with open(sparse_html, "w", encoding="utf-8") as f:
        f.write(sparse(borderless(page)))
    chromium(os.path.abspath(sparse_html), os.path.abspath(os.path.join(chrome, "r9004-sparse-chromium.pdf")))

    layout = folders["positions-layout-r9004"]
    with tempfile.TemporaryDirectory() as tmp:
        plain = os.path.join(tmp, "r9004-borderless.html")
        with open(plain, "w", encoding="utf-8") as f:
            f.write(borderless(page))
        pdf = os.path.join(layout, "r9004-borderless-chromium.pdf")
        chromium(plain, os.path.abspath(pdf))
        subprocess.run(["pdftotext", "-layout", pdf, os.path.join(layout, "r9004-borderless-layout.txt")],
                       check=True)

        clipped = folders["positions-lo-clipped-r9004"]
        copy = os.path.join(tmp, "r9004-sparse.html")
        shutil.copy(sparse_html, copy)
        soffice(copy, 'docx:MS Word 2007 XML', tmp)
        soffice(os.path.join(tmp, "r9004-sparse.docx"), "pdf", tmp)
        shutil.copy(os.path.join(tmp, "r9004-sparse.pdf"), os.path.join(clipped, "r9004-sparse-libreoffice.pdf"))


if __name__ == "__main__":
    main()
