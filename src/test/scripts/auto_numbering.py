#!/usr/bin/env python3
"""Makes the golden fixture r9002-auto-numbering from the sample r9002.docx: the part headings 一．…六． and the
sub-headings （一）…（五） lose their typed numbers and get Word automatic numbering instead (chineseCounting,
level texts "%1．" and "（%2）", no suffix), so the numbers are printed but are not in the paragraph text.
Usage: auto_numbering.py r9002.docx out.docx; then `soffice --headless --convert-to doc out.docx`.
"""
import re
import sys
import zipfile

ABSTRACT = ('<w:abstractNum w:abstractNumId="90"><w:multiLevelType w:val="multilevel"/>'
            '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:suff w:val="nothing"/>'
            '<w:lvlText w:val="%1．"/><w:lvlJc w:val="left"/></w:lvl>'
            '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:suff w:val="nothing"/>'
            '<w:lvlText w:val="（%2）"/><w:lvlJc w:val="left"/></w:lvl></w:abstractNum>')
NUM = '<w:num w:numId="90"><w:abstractNumId w:val="90"/></w:num>'
PART = re.compile(r'<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>[一二三四五六]．([^<]*)</w:t></w:r></w:p>')
SUB = re.compile(r'<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>（[一二三四五]）([^<]*)</w:t></w:r></w:p>')


def numbered(level):
    return lambda m: ('<w:p><w:pPr><w:numPr><w:ilvl w:val="%d"/><w:numId w:val="90"/></w:numPr></w:pPr>'
                      '<w:r><w:rPr><w:b/></w:rPr><w:t>%s</w:t></w:r></w:p>' % (level, m.group(1)))


def edit_document(xml):
    xml, parts = PART.subn(numbered(0), xml)
    xml, subs = SUB.subn(numbered(1), xml)
    assert parts == 6 and subs == 5, (parts, subs)
    return xml


def edit_numbering(xml):
    first_num = xml.find('<w:num ')
    xml = xml[:first_num] + ABSTRACT + xml[first_num:] if first_num >= 0 else xml.replace(
        '</w:numbering>', ABSTRACT + '</w:numbering>')
    return xml.replace('</w:numbering>', NUM + '</w:numbering>')


def main(src, dst):
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, 'w', zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == 'word/document.xml':
                data = edit_document(data.decode('utf-8')).encode('utf-8')
            elif item.filename == 'word/numbering.xml':
                data = edit_numbering(data.decode('utf-8')).encode('utf-8')
            zout.writestr(item, data)


if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2])
