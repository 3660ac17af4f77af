package io.github.nianbao.internal.parse;

import io.github.nianbao.internal.InfoFields;
import io.github.nianbao.text.TextLine;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * The report's title: the first short line before part 一 that names the report (年度报告 beats 年报/工作报告), else the
 * container's title. Breadcrumbs (当前位置：首页 &gt; …) and a page's information fields (索引号：…发布机构：…, {@link
 * CrawlHeader}) are never the title; a 标题：… field gives its value. In text read by OCR, a heading with a year whose
 * words after the year are within two characters of the prescribed wording (政府信息公开工作年度报告) is the title even
 * when OCR misread its last characters (…年度报续, …年度报): it is given in the prescribed wording. A title wrapped
 * after its year (某局2024年政府信息公开工作 / 年度报告) is joined.
 */
final class TitleFinder {

    /** The title as given and, when OCR's reading differed, that reading (else null). */
    record Title(String text, String read) {
    }

    private static final Pattern TITLE_WORDS = Pattern.compile("年度报告|年报|工作报告");
    /** A saved page's label before the title line that {@link InfoFields} does not list ({@code 名称：…}). */
    private static final Pattern FIELD_LABEL = Pattern.compile("^(?:标题|文章标题|题目|名称)\\s*[：:]\\s*");
    private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2}|[二〇○零一三四五六七八九]{4})年度?");
    private static final Pattern TRAILING_MARKS = Pattern.compile("[》\"”：:，,。.]+$");
    /** The prescribed wordings after the year, longest first. */
    private static final String[] WORDINGS = {"政府信息公开工作年度报告", "政府信息公开年度报告", "政务公开工作年度报告"};
    /** Most characters OCR may have misread, dropped or added in the wording. */
    private static final int MAX_EDITS = 2;
    private static final LevenshteinDistance WITHIN = new LevenshteinDistance(MAX_EDITS);
    private static final int MAX_TITLE = 80;

    private TitleFinder() {
    }

    static Title find(List<TextLine> lines, int firstPartLine, String containerTitle, CrawlHeader header,
                      boolean ocr) {
        int end = Math.min(lines.size(), Math.max(firstPartLine, 0) == lines.size() ? 15 : firstPartLine);
        String weak = null;
        String candidate = null;
        Title misread = null;
        String previous = null;
        for (int i = 0; i < end; i++) {
            String t = lineText(lines.get(i), header.isField(i));
            boolean sentence = t != null && (t.indexOf('，') >= 0 || t.indexOf('。') >= 0 || t.indexOf('；') >= 0);
            if (t == null || t.length() > MAX_TITLE || sentence) {
                previous = null;
                continue;
            }
            String before = previous;
            previous = t;
            if (before != null && !YEAR.matcher(t).find() && isWrappedTitle(before.strip() + t.strip())) {
                t = before.strip() + t.strip(); // a title wrapped after its year: 某局2024年政府信息公开工作 / 年度报告
            }
            String compact = t.replace(" ", "");
            if (compact.contains("年度报告")) {
                return new Title(t, null);
            }
            if (ocr && misread == null) {
                String fixed = prescribed(compact);
                misread = fixed == null ? null : new Title(fixed, t);
            }
            if (weak == null && TITLE_WORDS.matcher(compact).find()) {
                weak = t;
            }
            if (candidate == null && t.length() <= 60 && t.contains("政府信息公开")
                    && hanCount(t.replace("政府信息公开", "")) >= 2) {
                candidate = t;
            }
        }
        if (misread != null) {
            return misread;
        }
        if (containerTitle != null && containerTitle.replace(" ", "").contains("年度报告")) {
            return new Title(containerTitle.strip(), null); // a page title naming the report beats weaker lines
        }
        if (weak == null && candidate == null && containerTitle != null
                && TITLE_WORDS.matcher(containerTitle).find()) {
            return new Title(containerTitle.strip(), null);
        }
        String t = weak != null ? weak : candidate;
        return t == null ? null : new Title(t, null);
    }

    /** Whether two joined lines are one title: a year, then no digit, the words 公开 and 年度报 (or 年报). */
    private static boolean isWrappedTitle(String joined) {
        Matcher m = YEAR.matcher(joined);
        if (!m.find() || joined.length() > MAX_TITLE) {
            return false;
        }
        String rest = joined.substring(m.end());
        return rest.chars().noneMatch(Character::isDigit) && rest.contains("公开")
                && (rest.contains("年度报") || rest.contains("年报"));
    }

    /** The line's text as a title candidate (a 标题 field's value), or null when it cannot be the title. */
    private static String lineText(TextLine line, boolean field) {
        String t = PartSplitter.singleText(line);
        if (field) {
            List<InfoFields.Field> fields = InfoFields.split(line.text().replace('\t', ' '));
            return InfoFields.value(fields, "标题", "题目", "文章标题");
        }
        if (t == null || isBreadcrumb(t)) {
            return null;
        }
        return FIELD_LABEL.matcher(t.strip()).replaceFirst("");
    }

    /**
     * {@code compact} in the prescribed wording when its words after the year are within {@link #MAX_EDITS} of it
     * (and differ): the closest wording; else null.
     */
    static String prescribed(String compact) {
        Matcher m = YEAR.matcher(compact);
        if (!m.find()) {
            return null;
        }
        String rest = TRAILING_MARKS.matcher(compact.substring(m.end())).replaceAll("");
        if (!rest.contains("公开")) {
            return null;
        }
        String best = null;
        int bestDistance = MAX_EDITS + 1;
        for (String wording : WORDINGS) {
            int d = WITHIN.apply(rest, wording);
            if (d == 0) {
                return null;
            }
            if (d > 0 && d < bestDistance) {
                best = wording;
                bestDistance = d;
            }
        }
        return best == null ? null : compact.substring(0, m.end()) + best;
    }

    private static int hanCount(String s) {
        return (int) s.codePoints().filter(Character::isIdeographic).count();
    }

    private static boolean isBreadcrumb(String t) {
        String s = t.strip();
        return s.startsWith("当前位置") || s.startsWith("您的位置") || s.startsWith("您现在的位置") || s.startsWith("首页")
                || s.contains(">") || s.contains("＞") || s.contains("→");
    }
}
