#!/usr/bin/env python3
"""Makes the golden fixture r9001-textbox-title from the sample r9001.docx: the title paragraph (style Heading1)
becomes an empty anchor paragraph holding a floating text box (DrawingML with a VML fallback) whose only paragraph
is the title, bold and centred, as some agencies lay out their cover.
Usage: textbox_title.py r9001.docx out.docx; then `soffice --headless --convert-to doc out.docx`.
"""
import re
import sys
import zipfile

NS = ('xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
      'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" ')


def box(title):
    para = ('<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:b/><w:sz w:val="36"/></w:rPr>'
            '<w:t>%s</w:t></w:r></w:p>' % title)
    return (
        '<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
        '<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="1" '
        'behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>'
        '<wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH>'
        '<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
        '<wp:extent cx="5760000" cy="720000"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
        '<wp:wrapTopAndBottom/><wp:docPr id="1" name="Title box"/><wp:cNvGraphicFramePr/>'
        '<a:graphic ' + NS + '><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/'
        'wordprocessingShape"><wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/>'
        '<a:ext cx="5760000" cy="720000"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></wps:spPr>'
        '<wps:txbx><w:txbxContent>' + para + '</w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp>'
        '</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict>'
        '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"/>'
        '<v:shape id="Title" type="#_x0000_t202" style="position:absolute;width:453.5pt;height:56.7pt">'
        '<v:textbox><w:txbxContent>' + para + '</w:txbxContent></v:textbox></v:shape></w:pict>'
        '</mc:Fallback></mc:AlternateContent></w:r></w:p>')


def edit(xml):
    m = re.search(r'<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>([^<]*)</w:t></w:r></w:p>', xml)
    return xml[:m.start()] + box(m.group(1)) + xml[m.end():]


def main(src, dst):
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, 'w', zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == 'word/document.xml':
                data = edit(data.decode('utf-8')).encode('utf-8')
            zout.writestr(item, data)


if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2])
