package io.github.nianbao.internal.read;

import io.github.nianbao.internal.InfoFields;
import io.github.nianbao.text.DocumentInfo;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The header block a web crawler writes above a page's text in a TXT file ({@code 标题: …}, {@code 发布时间: …}, {@code 发布机构: …},
 * {@code 原文链接: …}, then a line such as {@code ===== 正文 =====} or {@code 正文:}; several fields may share a line,
 * {@link InfoFields}): it describes the page, so it goes into the {@link DocumentInfo}, and its lines are not report
 * text.
 */
final class TxtHeaderBlock {

    private static final Pattern BODY_MARK = Pattern.compile("^\\s*[=\\-*#]*\\s*正文\\s*[:：]?\\s*[=\\-*#]*\\s*$");
    /** How far down the header may reach (lines). */
    static final int MAX_LINES = 25;

    /** The header's fields and the number of lines it takes (0 when there is no header). */
    record Header(DocumentInfo info, int lines) {
    }

    private TxtHeaderBlock() {
    }

    /** The first {@link #MAX_LINES} lines of a text (a header is never further down), without copying the rest. */
    static String[] head(String text) {
        String[] out = new String[MAX_LINES];
        int n = 0;
        int start = 0;
        while (n < MAX_LINES && start <= text.length()) {
            int end = start;
            while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
                end++;
            }
            out[n++] = text.substring(start, end);
            if (end < text.length() && text.charAt(end) == '\r' && end + 1 < text.length()
                    && text.charAt(end + 1) == '\n') {
                end++;
            }
            start = end + 1;
        }
        return java.util.Arrays.copyOf(out, n);
    }

    /**
     * Reads a header at the start of {@code lines}; {@code Header(DocumentInfo.EMPTY, 0)} when there is none. A line
     * may hold several fields run together ({@code 索引号：…发布机构：…}); each counts.
     */
    static Header read(String[] lines) {
        Fields f = new Fields();
        int end = -1;
        for (int i = 0; i < lines.length && i < MAX_LINES; i++) {
            String line = lines[i];
            if (BODY_MARK.matcher(line).matches()) {
                end = i + 1;
                break;
            }
            List<InfoFields.Field> fields = InfoFields.split(line);
            if (fields.isEmpty()) {
                if (line.isBlank() || f.count > 0) {
                    continue; // a note between the fields and the body mark
                }
                return new Header(DocumentInfo.EMPTY, 0);
            }
            fields.forEach(f::add);
        }
        if (f.count < 2 || end < 0) {
            return new Header(DocumentInfo.EMPTY, 0);
        }
        return new Header(new DocumentInfo(f.title, f.publisher, f.date, f.index, 0, f.url), end);
    }

    /** The fields read so far: the first value of each kind wins. */
    private static final class Fields {
        int count;
        String title;
        String date;
        String publisher;
        String url;
        String index;

        void add(InfoFields.Field field) {
            count++;
            String v = field.value().isEmpty() ? null : field.value();
            switch (field.label()) {
                case "标题", "题目", "文章标题" -> title = first(title, v);
                case "发布时间", "发布日期", "成文日期" -> date = first(date, v);
                case "发布机构", "发文机关", "来源", "信息来源" -> publisher = first(publisher, v);
                case "原文链接", "原始链接", "原文地址", "链接", "网址", "URL", "url" -> url = first(url, v);
                case "索引号" -> index = first(index, v);
                default -> {
                }
            }
        }
    }

    private static String first(String old, String now) {
        return old != null ? old : now;
    }
}
