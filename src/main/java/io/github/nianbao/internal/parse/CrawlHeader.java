package io.github.nianbao.internal.parse;

import io.github.nianbao.internal.InfoFields;
import io.github.nianbao.text.TextLine;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The information fields a saved, crawled, printed or scanned web page puts before the report ({@code 原始链接：https://…},
 * {@code 索引号：… 发布机构：阜新市自然资源局}, {@code 发布日期：2026-01-16 主题分类：…}), read only before part 一, several
 * fields to a line where they run together ({@link InfoFields}).
 *
 * @param sourceUrl   the address after 原始链接 / 原文链接 / 来源链接 / 网址 / URL, or null
 * @param publishDate the date after 发布时间 / 发布日期 / 成文日期, or null (also when the label has no value)
 * @param publisher   the value after 发布机构 / 发文机关, or null
 * @param indexNumber the value after 索引号, or null
 * @param fieldLines  the indexes of the lines that are information fields (never the report's title)
 */
record CrawlHeader(String sourceUrl, String publishDate, String publisher, String indexNumber,
                   Set<Integer> fieldLines) {

    /** Lines read at most, when part 一 is not found. */
    static final int MAX_LINES = 40;
    /** Longest value taken for a publisher (a longer one is text that lost its line breaks). */
    private static final int MAX_PUBLISHER = 40;

    private static final Pattern URL = Pattern.compile("^(https?://\\S{3,2000})$");
    private static final Pattern DATE = Pattern.compile(
            "^(\\d{4}\\s*[-/.年]\\s*\\d{1,2}\\s*[-/.月]\\s*\\d{1,2}\\s*日?(?:\\s+\\d{1,2}:\\d{2}(?::\\d{2})?)?)"
                    + "(?![\\d:])");

    CrawlHeader {
        fieldLines = Set.copyOf(fieldLines);
    }

    static CrawlHeader read(List<TextLine> lines, int firstPartLine) {
        int end = Math.min(lines.size(), firstPartLine > 0 ? firstPartLine : MAX_LINES);
        String url = null;
        String date = null;
        String publisher = null;
        String index = null;
        Set<Integer> fieldLines = new HashSet<>();
        for (int i = 0; i < end; i++) {
            List<InfoFields.Field> fields = InfoFields.split(lines.get(i).text().replace('\t', ' '));
            if (fields.isEmpty()) {
                continue;
            }
            fieldLines.add(i);
            url = url != null ? url : matched(URL, InfoFields.value(fields, "原始链接", "原文链接", "原文地址", "来源链接",
                    "链接地址", "网址", "URL", "url"));
            date = date != null ? date : matched(DATE, InfoFields.value(fields, "发布时间", "发布日期", "成文日期"));
            String p = InfoFields.value(fields, "发布机构", "发文机关");
            publisher = publisher != null || p == null || p.length() > MAX_PUBLISHER ? publisher : p;
            index = index != null ? index : InfoFields.value(fields, "索引号");
        }
        return new CrawlHeader(url, date, publisher, index, fieldLines);
    }

    /** Whether line {@code i} is an information field line. */
    boolean isField(int i) {
        return fieldLines.contains(i);
    }

    private static String matched(Pattern p, String value) {
        if (value == null) {
            return null;
        }
        Matcher m = p.matcher(value);
        return m.find() ? m.group(1).strip() : null;
    }
}
