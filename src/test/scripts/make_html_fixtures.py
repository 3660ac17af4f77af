#!/usr/bin/env python3
"""Writes the hand-made HTML golden fixtures (testdata/golden/html-*/) from the sample fixtures' numbers.

Run from the project root: python3 src/test/scripts/make_html_fixtures.py
Each case gets an input page and an expected.json (the base sample's cells; agency/title as printed in the page).
The build never runs this; the generated files are committed.
"""
import json
import os
import re

GOLDEN = os.path.join('testdata', 'golden')
APPLICANTS = ['natural', 'business', 'research', 'ngo', 'legal', 'otherorg', 'total']
NOTE = '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）'
DENY = [('secret', '1.属于国家秘密'), ('law', '2.其他法律行政法规禁止公开'), ('safety', '3.危及“三安全一稳定”'),
        ('thirdparty', '4.保护第三方合法权益'), ('internal', '5.属于三类内部事务信息'), ('process', '6.属于四类过程性信息'),
        ('casefile', '7.属于行政执法案卷'), ('query', '8.属于行政查询事项')]
UNABLE = [('notheld', '1.本机关不掌握相关政府信息'), ('create', '2.没有现成信息需要另行制作'), ('unclear', '3.补正后申请内容仍不明确')]
REJECT = [('petition', '1.信访举报投诉类申请'), ('repeat', '2.重复申请'), ('pubs', '3.要求提供公开出版物'),
          ('mass', '4.无正当理由大量反复申请'), ('confirm', '5.要求行政机关确认或重新出具已获取信息')]
OTHER = [('nocorrect', '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请'),
         ('nofee', '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请'), ('misc', '3.其他')]
S4 = ['upheld', 'corrected', 'other', 'pending', 'total']
S4_LABELS = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计']


def load(case):
    with open(os.path.join(GOLDEN, case, 'expected.json'), encoding='utf-8') as f:
        return json.load(f)


def num(v):
    return str(int(v)) if float(v) == int(v) else str(v)


def write(case, name, data, expected, diagnostics=()):
    """Writes the page and its expected.json; `diagnostics` is the exact set of codes the page must give."""
    expected = dict(expected)
    expected.pop('fileDiagnostics', None)
    expected['diagnostics'] = sorted(diagnostics)
    folder = os.path.join(GOLDEN, case)
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, name), 'wb') as f:
        f.write(data)
    with open(os.path.join(folder, 'expected.json'), 'w', encoding='utf-8') as f:
        json.dump(expected, f, ensure_ascii=False, indent=1, sort_keys=True)
        f.write('\n')


def td(text, cs=1, rs=1, tag='td', extra=''):
    a = (' colspan="%s"' % cs if cs != 1 else '') + (' rowspan="%s"' % rs if rs != 1 else '')
    return '<%s%s%s>%s</%s>' % (tag, a, extra, text, tag)


def nums(c, prefix, cs=1, tag='td'):
    return ''.join(td(num(c[prefix + '_' + a]), cs, tag=tag) for a in APPLICANTS)


def s2_2021(c, caption_cs=4):
    rows = ['<tr>%s</tr>' % td('第二十条第（一）项', caption_cs),
            '<tr><td>信息内容</td><td>本年制发件数</td><td>本年废止件数</td><td>现行有效件数</td></tr>']
    for key, label in [('rules', '规章'), ('normdocs', '行政规范性文件')]:
        rows.append('<tr><td>%s</td>%s</tr>' % (label, ''.join(
            td(num(c['s2_%s_%s' % (key, k)])) for k in ['issued', 'repealed', 'in_force'])))
    for item, head, lines in [('（五）', '本年处理决定数量', [('license', '行政许可')]),
                              ('（六）', '本年处理决定数量', [('penalty', '行政处罚'), ('coercion', '行政强制')]),
                              ('（八）', '本年收费金额（单位：万元）', [('fees', '行政事业性收费')])]:
        rows.append('<tr>%s</tr>' % td('第二十条第%s项' % item, caption_cs))
        rows.append('<tr><td>信息内容</td>%s</tr>' % td(head, 3))
        for key, label in lines:
            code = 's2_fees_amount' if key == 'fees' else 's2_%s_decisions' % key
            rows.append('<tr><td>%s</td>%s</tr>' % (label, td(num(c[code]), 3)))
    return '<table border="1">\n%s\n</table>' % '\n'.join(rows)


def s4_table(c, thead=False, data_rowspan=1):
    tag = 'th' if thead else 'td'
    h1 = td('行政复议', 5, tag=tag) + td('行政诉讼', 10, tag=tag)
    h2 = ''.join(td(l, 1, 2, tag=tag) for l in S4_LABELS) + td('未经复议直接起诉', 5, tag=tag) + td('复议后起诉', 5, tag=tag)
    h3 = ''.join(td(l, tag=tag) for l in S4_LABELS) * 2
    data = ''.join(td(num(c['s4_%s_%s' % (g, k)]), 1, data_rowspan)
                   for g in ['recon', 'suit_direct', 'suit_after'] for k in S4)
    head = '<tr>%s</tr>\n<tr>%s</tr>\n<tr>%s</tr>' % (h1, h2, h3)
    if thead:
        return '<table border="1">\n<thead>\n%s\n</thead>\n<tbody><tr>%s</tr></tbody>\n</table>' % (head, data)
    return '<table border="1">\n%s\n<tr>%s</tr>\n</table>' % (head, data)


def result_rows(c, group_cell, sub_cs=1):
    """Rows （一）…（七）; group_cell is the cell opening the first row (the 三、本年度办理结果 label) or ''."""
    rows = [group_cell + td('（一）予以公开', 2) + nums(c, 's3_granted'),
            td('（二）部分公开（区分处理的，只计这一情形，不计其他情形）', 2) + nums(c, 's3_partial')]
    for group, items, prefix in [('（三）不予公开', DENY, 's3_deny'), ('（四）无法提供', UNABLE, 's3_unable'),
                                 ('（五）不予处理', REJECT, 's3_reject'), ('（六）其他处理', OTHER, 's3_other')]:
        for i, (key, label) in enumerate(items):
            first = td(group, 1, len(items)) if i == 0 else ''
            rows.append(first + td(label, sub_cs) + nums(c, '%s_%s' % (prefix, key)))
    rows.append(td('（七）总计', 2) + nums(c, 's3_total'))
    return ['<tr>%s</tr>' % r for r in rows]


def s3_header(tag='td'):
    return ['<tr>%s%s</tr>' % (td(NOTE, 3, 3, tag), td('申请人情况', 7, tag=tag)),
            '<tr>%s%s%s</tr>' % (td('自然人', 1, 2, tag), td('法人或其他组织', 5, tag=tag), td('总计', 1, 2, tag)),
            '<tr>%s</tr>' % ''.join(td(x, tag=tag) for x in ['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'])]


def s3_standard(c, tag='td'):
    rows = s3_header(tag)
    rows.append('<tr>%s%s</tr>' % (td('一、本年新收政府信息公开申请数量', 3), nums(c, 's3_new')))
    rows.append('<tr>%s%s</tr>' % (td('二、上年结转政府信息公开申请数量', 3), nums(c, 's3_carried_in')))
    rows += result_rows(c, td('三、本年度办理结果', 1, 22))
    rows.append('<tr>%s%s</tr>' % (td('四、结转下年度继续办理', 3), nums(c, 's3_carried_out')))
    return '<table border="1">\n%s\n</table>' % '\n'.join(rows)


def s3_thead(c):
    head = s3_header('th')
    body = ['<tr>%s%s</tr>' % (td('一、本年新收政府信息公开申请数量', 3, tag='th', extra=' scope="row"'), nums(c, 's3_new')),
            '<tr>%s%s</tr>' % (td('二、上年结转政府信息公开申请数量', 3, tag='th'), nums(c, 's3_carried_in'))]
    body += result_rows(c, td('三、本年度办理结果', 1, 22, 'th'))
    body.append('<tr>%s%s</tr>' % (td('四、结转下年度继续办理', 3, tag='th'), nums(c, 's3_carried_out')))
    return '<table border="1">\n<thead>\n%s\n</thead>\n<tbody>\n%s\n</tbody>\n</table>' % (
        '\n'.join(head), '\n'.join(body))


def s3_spans(c):
    """rowspan="0" (to the end of the tbody), tfoot written before tbody, absurd rowspans capped."""
    head = s3_header()
    body = ['<tr>%s%s</tr>' % (td('一、本年新收政府信息公开申请数量', 3), nums(c, 's3_new')),
            '<tr>%s%s</tr>' % (td('二、上年结转政府信息公开申请数量', 3), nums(c, 's3_carried_in'))]
    body += result_rows(c, td('三、本年度办理结果', 1, 0))
    body[-1] = body[-1].replace('<td>', '<td rowspan="99999">')  # last row of the tbody: capped to 1
    foot = '<tr>%s%s</tr>' % (td('四、结转下年度继续办理', 3), nums(c, 's3_carried_out'))
    return ('<table border="1">\n<thead>\n%s\n</thead>\n<tfoot>\n%s\n</tfoot>\n<tbody>\n%s\n</tbody>\n</table>'
            % ('\n'.join(head), foot, '\n'.join(body)))


def s3_mixed(c):
    """Label area of 5 physical columns and number columns of colspan 2: header rows and data rows use
    different colspans for the same grid columns (as Word's HTML export does)."""
    def n2(prefix):
        return nums(c, prefix, 2)
    rows = ['<tr>%s%s</tr>' % (td(NOTE, 5, 3), td('申请人情况', 14)),
            '<tr>%s%s%s</tr>' % (td('自然人', 2, 2), td('法人或其他组织', 10), td('总计', 2, 2)),
            '<tr>%s</tr>' % ''.join(td(x, 2) for x in ['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他']),
            '<tr>%s%s</tr>' % (td('一、本年新收政府信息公开申请数量', 5), n2('s3_new')),
            '<tr>%s%s</tr>' % (td('二、上年结转政府信息公开申请数量', 5), n2('s3_carried_in'))]
    body = [td('三、本年度办理结果', 1, 22) + td('（一）予以公开', 4) + n2('s3_granted'),
            td('（二）部分公开（区分处理的，只计这一情形，不计其他情形）', 4) + n2('s3_partial')]
    for group, items, prefix in [('（三）不予公开', DENY, 's3_deny'), ('（四）无法提供', UNABLE, 's3_unable'),
                                 ('（五）不予处理', REJECT, 's3_reject'), ('（六）其他处理', OTHER, 's3_other')]:
        for i, (key, label) in enumerate(items):
            first = td(group, 2, len(items)) if i == 0 else ''
            body.append(first + td(label, 2) + n2('%s_%s' % (prefix, key)))
    body.append(td('（七）总计', 4) + n2('s3_total'))
    rows += ['<tr>%s</tr>' % r for r in body]
    rows.append('<tr>%s%s</tr>' % (td('四、结转下年度继续办理', 5), n2('s3_carried_out')))
    return '<table border="1">\n%s\n</table>' % '\n'.join(rows)


def article(agency, year, s2, s3, s4):
    p = '<p style="text-indent:2em">%s</p>'
    parts = ['<h1 class="title">%s%d年政府信息公开工作年度报告</h1>' % (agency, year),
             p % ('本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）规定编制。报告数据统计期限为%d年1月1日至%d年12月31日。'
                  % (year, year)),
             '<h3>一、总体情况</h3>',
             p % '<strong>（一）主动公开情况</strong>',
             p % ('%d年，本机关通过门户网站主动公开政府信息。' % year),
             '<h3>二、主动公开政府信息情况</h3>', s2,
             p % '<strong>三、收到和处理政府信息公开申请情况</strong>', s3,
             '<h3>四、政府信息公开行政复议、行政诉讼情况</h3>', s4,
             '<h3>五、存在的主要问题及改进情况</h3>',
             p % '公开的深度有待拓展。<br>下一步，将进一步加大主动公开力度。',
             '<h3>六、其他需要报告的事项</h3>',
             p % ('%d年，未收取政府信息公开处理费。' % year),
             p % agency]
    return '\n'.join(parts)


def page(agency, year, body, head_extra='', charset_meta='<meta charset="utf-8">', chrome=False,
         container=('article', 'TRS_Editor')):
    title = '%s%d年政府信息公开工作年度报告' % (agency, year)
    top = ''
    bottom = ''
    if chrome:
        top = ('<div id="top"><div class="logo">%s门户网站</div><nav><a href="/">首页</a> <a href="/zwgk/">政务公开</a>'
               '</nav><ul class="mainMenu"><li>机构概况</li><li>政策文件</li><li>办事服务</li></ul></div>\n'
               '<div class="crumbs">您现在的位置：<a href="/">首页</a> &gt; 政府信息公开 &gt; 年度报告</div>\n'
               '<div class="xxgk_info"><table><tr><th>索引号：</th><td>000014349/%d-00012</td><th>主题分类：</th>'
               '<td>其他</td></tr><tr><th>发布机构：</th><td>%s</td><th>成文日期：</th><td>%d-01-20</td></tr>'
               '<tr><th>名　　称：</th><td colspan="3">%s</td></tr><tr><th>文　　号：</th><td></td><th>发布日期：</th>'
               '<td>%d-01-25</td></tr></table></div>\n'
               '<div class="left-column"><h3>相关链接</h3><ul><li>国务院</li><li>省政府</li></ul></div>\n'
               '<div class="title"><h2 class="bt">%s</h2><div class="info">发布时间：%d-01-25　来源：%s　浏览次数：'
               '<span id="hits">128</span>　【字体：大 中 小】</div></div>\n'
               % (agency, year + 1, agency, year + 1, title, year + 1, title, year + 1, agency))
        bottom = ('\n<div class="bdsharebuttonbox">分享到：<a class="bds_weixin">微信</a><a class="bds_tsina">微博</a></div>'
                  '\n<div class="print-close"><a>【打印本页】</a> <a>【关闭窗口】</a></div>'
                  '\n<script>document.write("统计代码 一、总体情况");</script>'
                  '\n<footer>主办单位：%s　网站标识码：3700000001　鲁ICP备00000000号</footer>'
                  '\n<div class="foot">版权所有：%s</div>' % (agency, agency))
    return ('<!DOCTYPE html>\n<html><head>%s%s<title>%s_%s门户网站</title>\n'
            '<style>.TRS_Editor p{line-height:2}</style></head>\n<body>\n%s<div class="%s"><div class="%s">\n'
            '%s\n</div></div>%s\n</body></html>\n'
            % (head_extra, charset_meta, title, agency, top, container[0], container[1], body, bottom))


def expected_for(base, agency, year=None):
    e = dict(base)
    e['agency'] = agency
    e['title'] = '%s%d年政府信息公开工作年度报告' % (agency, year or base['year'])
    return e


def transformed_sample(case, old_agency, new_agency):
    """A sample page (decoded) with its agency renamed everywhere except the site name."""
    path = os.path.join(GOLDEN, case, case + '.html')
    raw = open(path, 'rb').read()
    text = raw.decode('gb18030')
    return text.replace(old_agency, new_agency)


def main():
    b4 = load('r9004')
    b5 = load('r9005')
    c4 = b4['cells']
    c5 = b5['cells']

    # 1. gb2312-declared GBK page with 镕 and 堃 (outside GB2312) in the agency and title.
    b1 = load('r9001')
    agency = '韶关市镕堃区人民政府'
    text = transformed_sample('r9001', b1['agency'], agency)
    write('html-gbk-rong-kun', 'html-gbk-rong-kun.html', text.encode('gb18030'), expected_for(b1, agency))

    # 2. charset meta after 6 KB of head content (jsoup looks at 5 KB only), GBK bytes.
    b2 = load('r9002')
    text = transformed_sample('r9002', b2['agency'], b2['agency'])
    filler = '<meta name="description" content="%s">\n<style>\n%s</style>\n' % (
        'government information disclosure annual report ' * 20,
        ''.join('.rule-%d { margin: 0 auto; padding: 2px 4px; color: #333; }\n' % i for i in range(120)))
    text = text.replace('<html><head>', '<html><head>\n<!-- <meta charset="utf-8"> (an old template) -->\n' + filler, 1)
    assert text.index('charset=gb2312') > 5 * 1024
    write('html-late-charset-meta', 'html-late-charset-meta.html', text.encode('gb18030'), b2)

    # 3. no charset declaration at all, GB18030 bytes.
    b6 = load('r9006')
    text = transformed_sample('r9006', b6['agency'], b6['agency'])
    text = re.sub(r'<meta http-equiv="Content-Type" content="text/html; charset=gb2312">', '', text)
    assert 'charset' not in text
    write('html-undeclared-gb18030', 'html-undeclared-gb18030.html', text.encode('gb18030'), b6,
          ['CHARSET_GB18030'])

    # 4. rowspan="0", tfoot before tbody, colspan=1000 caption rows, rowspan=99999.
    agency = '临沂市兰山区人民政府'
    body = article(agency, b5['year'], s2_2021(c5, caption_cs=1000), s3_spans(c5), s4_table(c5, data_rowspan=99999))
    write('html-absurd-spans', 'html-absurd-spans.html', page(agency, b5['year'], body).encode('utf-8'),
          expected_for(b5, agency))

    # 5. header rows and data rows with different colspans.
    agency = '淄博市张店区人民政府'
    body = article(agency, b5['year'], s2_2021(c5), s3_mixed(c5), s4_table(c5))
    write('html-mixed-colspans', 'html-mixed-colspans.html', page(agency, b5['year'], body).encode('utf-8'),
          expected_for(b5, agency))

    # 6. th and thead.
    agency = '潍坊市奎文区人民政府'
    body = article(agency, b4['year'], s2_2021(c4), s3_thead(c4), s4_table(c4, thead=True))
    write('html-th-thead', 'html-th-thead.html', page(agency, b4['year'], body).encode('utf-8'),
          expected_for(b4, agency))

    # 7. full site chrome: nav, breadcrumb, metadata table, title outside the body, share, print, footer, script.
    agency = '济南市历下区人民政府'
    body = article(agency, b4['year'], s2_2021(c4), s3_standard(c4), s4_table(c4))
    body = body.replace('<h1 class="title">%s%d年政府信息公开工作年度报告</h1>\n' % (agency, b4['year']), '')
    html = page(agency, b4['year'], body, chrome=True)
    write('html-site-chrome', 'html-site-chrome.html', html.encode('utf-8'), expected_for(b4, agency))

    # 8. the same chrome with an unnamed article container (no TRS_Editor/content class): the page body is read,
    # chrome dropped by tag, class and content; breadcrumb and metadata written as bare text and a bare table.
    agency = '青岛市市南区人民政府'
    body = article(agency, b4['year'], s2_2021(c4), s3_standard(c4), s4_table(c4))
    html = page(agency, b4['year'], body, chrome=True, container=('wrap', 'main'))
    html = html.replace('<div class="crumbs">', '<div>').replace('<div class="xxgk_info">', '<div>')
    html = html.replace('<div class="left-column">', '<div class="links">')
    write('html-site-chrome-unnamed', 'html-site-chrome-unnamed.html', html.encode('utf-8'),
          expected_for(b4, agency))


if __name__ == '__main__':
    main()
