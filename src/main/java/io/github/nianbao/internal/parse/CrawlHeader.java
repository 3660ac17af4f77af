package io.github.nianbao.internal.parse;

import io.github.nianbao.text.TextLine;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The label lines a saved or crawled page puts before the report ({@code 原始链接：https://…},
 * {@code 发布时间：2022-03-07}): the source address and the publication date, read only before part 一.
 *
 * @param sourceUrl   the address after 原始链接 / 原文链接 / 来源链接 / 网址 / URL, or null
 * @param publishDate the value after 发布时间 / 发布日期 / 成文日期, or null (also when the label has no value)
 */
record CrawlHeader(String sourceUrl, String publishDate) {

    /** Lines read at most, when part 一 is not found. */
    static final int MAX_LINES = 40;

    private static final Pattern URL = Pattern.compile(
            "^\\s*(?:原始链接|原文链接|原文地址|来源链接|链接地址|网址|URL|url)\\s*[：:]\\s*(https?://\\S{3,2000})\\s*$");
    private static final Pattern DATE = Pattern.compile(
            "^\\s*(?:发布时间|发布日期|成文日期)\\s*[：:]\\s*(\\d{4}\\s*[-/.年]\\s*\\d{1,2}\\s*[-/.月]\\s*\\d{1,2}\\s*日?"
                    + "(?:\\s+\\d{1,2}:\\d{2}(?::\\d{2})?)?)\\s*$");

    static CrawlHeader read(List<TextLine> lines, int firstPartLine) {
        int end = Math.min(lines.size(), firstPartLine > 0 ? firstPartLine : MAX_LINES);
        String url = null;
        String date = null;
        for (int i = 0; i < end && (url == null || date == null); i++) {
            String text = lines.get(i).text();
            Matcher m;
            if (url == null && (m = URL.matcher(text)).matches()) {
                url = m.group(1);
            } else if (date == null && (m = DATE.matcher(text)).matches()) {
                date = m.group(1).strip();
            }
        }
        return new CrawlHeader(url, date);
    }
}
