package io.github.nianbao.internal.read;

import io.github.nianbao.text.DocumentInfo;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The header block a web crawler writes above a page's text in a TXT file ({@code 标题: …}, {@code 发布时间: …}, {@code 发布机构: …},
 * {@code 原文链接: …}, then a line such as {@code ===== 正文 =====} or {@code 正文:}): it describes the page, so it goes
 * into the {@link DocumentInfo}, and its lines are not report text.
 */
final class TxtHeaderBlock {

    private static final Pattern FIELD = Pattern.compile(
            "^\\s*(标题|题目|发布时间|发布日期|成文日期|文号|发文字号|发布机构|发文机关|来源|信息来源|栏目|原文链接|原始链接|原文地址|链接|网址|URL|url|"
                    + "索引号|本地目录|主题分类|关键词)\\s*[:：]\\s*(.*?)\\s*$");
    private static final Pattern BODY_MARK = Pattern.compile("^\\s*[=\\-*#]*\\s*正文\\s*[:：]?\\s*[=\\-*#]*\\s*$");
    /** How far down the header may reach (lines). */
    static final int MAX_LINES = 25;

    /** The header's fields and the number of lines it takes (0 when there is no header). */
    record Header(DocumentInfo info, int lines) {
    }

    private TxtHeaderBlock() {
    }

    /** Reads a header at the start of {@code lines}; {@code Header(DocumentInfo.EMPTY, 0)} when there is none. */
    static Header read(String[] lines) {
        String title = null;
        String date = null;
        String publisher = null;
        String url = null;
        String index = null;
        int fields = 0;
        int end = -1;
        for (int i = 0; i < lines.length && i < MAX_LINES; i++) {
            String line = lines[i];
            if (BODY_MARK.matcher(line).matches()) {
                end = i + 1;
                break;
            }
            Matcher m = FIELD.matcher(line);
            if (!m.matches()) {
                if (line.isBlank() || fields > 0) {
                    continue; // a note between the fields and the body mark
                }
                return new Header(DocumentInfo.EMPTY, 0);
            }
            fields++;
            String v = m.group(2).isBlank() ? null : m.group(2);
            switch (m.group(1)) {
                case "标题", "题目" -> title = first(title, v);
                case "发布时间", "发布日期", "成文日期" -> date = first(date, v);
                case "发布机构", "发文机关", "来源", "信息来源" -> publisher = first(publisher, v);
                case "原文链接", "原始链接", "原文地址", "链接", "网址", "URL", "url" -> url = first(url, v);
                case "索引号" -> index = first(index, v);
                default -> {
                }
            }
        }
        if (fields < 2 || end < 0) {
            return new Header(DocumentInfo.EMPTY, 0);
        }
        return new Header(new DocumentInfo(title, publisher, date, index, 0, url), end);
    }

    private static String first(String old, String now) {
        return old != null ? old : now;
    }
}
