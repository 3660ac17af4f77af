package io.github.nianbao.internal.parse;

import io.github.nianbao.model.Metadata;
import io.github.nianbao.text.DocumentInfo;
import io.github.nianbao.text.TextLine;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Title, agency and year: from the title line (before part 一), else the container's title, else the body (the
 * 统计期限 sentence, the signature and date at the end).
 */
final class MetadataExtractor {

    private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})\\s*年");
    private static final Pattern CN_YEAR = Pattern.compile("([二〇○零一二三四五六七八九]{4})\\s*年");
    private static final Pattern PERIOD = Pattern.compile("统计期限为?\\s*((?:19|20)\\d{2})\\s*年");
    private static final Pattern DATE_LINE = Pattern.compile(
            "^\\s*((?:19|20)\\d{2})\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日\\s*$");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u3000]+");
    private static final Pattern TITLE_YEAR = Pattern.compile("((?:19|20)\\d{2}|[二〇○零一三四五六七八九]{4})年度?");
    private static final Pattern EDGE_MARKS = Pattern.compile("^[#《\"“]+|[》\"”：:，,]+$");
    /** A saved page's label before the title line ({@code 标题：三明市2021年…}). */
    private static final Pattern FIELD_LABEL = Pattern.compile("^(?:标题|文章标题|题目|名称)\\s*[：:]\\s*");
    private static final Pattern TITLE_WORDS = Pattern.compile("年度报告|年报|工作报告");

    /** The signature block: the agency line before the closing date, and that date's year. */
    record Signature(String agency, Integer year, int firstLine) {
    }

    private MetadataExtractor() {
    }

    static Metadata extract(List<TextLine> lines, int firstPartLine, DocumentInfo info, Signature sig) {
        String title = findTitle(lines, firstPartLine);
        if (title == null && info.title() != null && TITLE_WORDS.matcher(info.title()).find()) {
            title = info.title().strip();
        }
        Integer year = title == null ? null : yearIn(title);
        if (year == null) {
            year = periodYear(lines);
        }
        if (year == null && sig != null && sig.year() != null) {
            year = sig.year() - 1;
        }
        String agency = title == null ? null : agencyIn(title);
        if (agency == null && info.publisher() != null && !info.publisher().isBlank()) {
            agency = info.publisher().strip();
        }
        if (agency == null && sig != null) {
            agency = sig.agency();
        }
        CrawlHeader header = CrawlHeader.read(lines, firstPartLine);
        String url = info.sourceUrl() != null ? info.sourceUrl() : header.sourceUrl();
        String date = info.publishDate() != null ? info.publishDate() : header.publishDate();
        return new Metadata(title, agency, year, info.publisher(), date, info.indexNumber(), url);
    }

    /**
     * The first short line before part 一 that names the report (年度报告 beats 年报/工作报告); breadcrumbs
     * (当前位置：首页 &gt; …) are never the title.
     */
    private static String findTitle(List<TextLine> lines, int firstPartLine) {
        int end = Math.min(lines.size(), Math.max(firstPartLine, 0) == lines.size() ? 15 : firstPartLine);
        String weak = null;
        String candidate = null;
        for (int i = 0; i < end; i++) {
            String t = PartSplitter.singleText(lines.get(i));
            if (t == null || isBreadcrumb(t)) {
                continue;
            }
            t = FIELD_LABEL.matcher(t.strip()).replaceFirst("");
            String compact = t.replace(" ", "");
            boolean sentence = t.indexOf('，') >= 0 || t.indexOf('。') >= 0 || t.indexOf('；') >= 0;
            if (t.length() <= 80 && !sentence && compact.contains("年度报告")) {
                return t;
            }
            if (weak == null && t.length() <= 80 && !sentence && TITLE_WORDS.matcher(compact).find()) {
                weak = t;
            }
            if (candidate == null && t.length() <= 60 && !sentence && t.contains("政府信息公开")) {
                candidate = t;
            }
        }
        return weak != null ? weak : candidate;
    }

    private static boolean isBreadcrumb(String t) {
        String s = t.strip();
        return s.startsWith("当前位置") || s.startsWith("您的位置") || s.startsWith("您现在的位置") || s.startsWith("首页")
                || s.contains(">") || s.contains("＞") || s.contains("→");
    }

    static Integer yearIn(String text) {
        Matcher m = YEAR.matcher(text);
        if (m.find()) {
            return Integer.parseInt(m.group(1));
        }
        m = CN_YEAR.matcher(text);
        if (m.find()) {
            StringBuilder sb = new StringBuilder();
            for (char c : m.group(1).toCharArray()) {
                int d = "〇一二三四五六七八九".indexOf(c);
                if (c == '○' || c == '零') {
                    d = 0;
                }
                if (d < 0) {
                    return null;
                }
                sb.append(d);
            }
            return Integer.parseInt(sb.toString());
        }
        return null;
    }

    /** The agency in a title: the text before the year, or between the year and 政府信息公开. */
    static String agencyIn(String title) {
        String t = SPACES.matcher(title).replaceAll("");
        Matcher m = TITLE_YEAR.matcher(t);
        if (!m.find()) {
            int i = t.indexOf("政府信息公开");
            return i > 1 ? clean(t.substring(0, i)) : null;
        }
        String before = clean(t.substring(0, m.start()));
        if (before != null) {
            return before;
        }
        String after = t.substring(m.end());
        int i = after.indexOf("政府信息公开");
        if (i < 0) {
            i = after.indexOf("政务公开");
        }
        return i > 1 ? clean(after.substring(0, i)) : null;
    }

    private static String clean(String s) {
        String t = EDGE_MARKS.matcher(s).replaceAll("").strip();
        return t.length() >= 2 ? t : null;
    }

    private static Integer periodYear(List<TextLine> lines) {
        int n = Math.min(lines.size(), 40);
        for (int i = 0; i < n; i++) {
            Matcher m = PERIOD.matcher(lines.get(i).text().replace(" ", ""));
            if (m.find()) {
                return Integer.parseInt(m.group(1));
            }
        }
        return null;
    }

    /** The signature at the end of the report (agency line, then a date line), or null. */
    static Signature signature(List<TextLine> lines) {
        int i = lines.size() - 1;
        while (i >= 0 && lines.get(i).isBlank()) {
            i--;
        }
        if (i < 0) {
            return null;
        }
        String last = PartSplitter.singleText(lines.get(i));
        Matcher m = last == null ? null : DATE_LINE.matcher(last);
        if (m == null || !m.matches()) {
            return null;
        }
        Integer year = Integer.parseInt(m.group(1));
        int j = i - 1;
        while (j >= 0 && lines.get(j).isBlank()) {
            j--;
        }
        String agency = j < 0 ? null : PartSplitter.singleText(lines.get(j));
        if (agency != null && agency.strip().length() <= 30 && !agency.contains("。") && !agency.contains("，")) {
            return new Signature(agency.strip(), year, j);
        }
        return new Signature(null, year, i);
    }
}
