package io.github.nianbao.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * The label-and-value fields of a web page's information block (信息栏: {@code 索引号：…  发布机构：…  发布日期：…}),
 * split wherever they run together on one line: a page's info table printed or scanned as text, a crawler's header
 * line, an HTML table flattened to one cell. A line is a field line when it starts with a known label followed by a
 * colon; each further known label followed by a colon starts the next field. Values lose the stray quotes, commas
 * and colons OCR reads around a colon ({@code 发布机构:“，阜新市…}). Internal: not part of the API.
 */
public final class InfoFields {

    /**
     * The labels, longer ones before the shorter ones they contain (信息来源 before 来源, 原文链接 before 链接), so that
     * the first label that matches at a position is the longest.
     */
    private static final String[] LABELS = {"服务对象分类", "文章标题", "信息来源", "信息分类", "主题分类", "体裁分类", "组配分类",
        "原文链接", "原始链接", "原文地址", "来源链接", "链接地址", "发布机构", "发文机关", "所属机构", "发布日期", "发布时间", "成文日期",
        "生成日期", "发文字号", "公开方式", "公开范围", "公开时限", "浏览次数", "访问次数", "阅读次数", "本地目录", "索引号", "点击数",
        "有效性", "关键词", "主题词", "标题", "题目", "文号", "来源", "栏目", "链接", "网址", "URL", "url"};
    /** Colons, and the semicolon OCR reads for a colon. */
    private static final String COLONS = ":：;；∶";
    /** What OCR and sloppy markup put around a value: quotes, commas, colons, brackets, bullets. */
    private static final String VALUE_NOISE = "\"'“”‘’„，,、。.·・:：;；∶【】[]|｜";
    /** Longest line read (info lines are short; a long line is report text). */
    private static final int MAX_LINE = 400;

    /**
     * One field.
     *
     * @param label the label as listed (发布机构)
     * @param value the value without surrounding spaces and noise; empty when the label has none
     */
    public record Field(String label, String value) {
    }

    private InfoFields() {
    }

    /** The fields of {@code line}, in order; empty when the line does not start with a label and a colon. */
    public static List<Field> split(String line) {
        if (line == null || line.length() > MAX_LINE) {
            return List.of();
        }
        int start = skipSpaces(line, 0);
        int[] first = labelAt(line, start);
        if (first == null) {
            return List.of();
        }
        List<Field> out = new ArrayList<>();
        String label = LABELS[first[0]];
        int valueStart = first[1];
        for (int i = valueStart; i < line.length(); i++) {
            int[] next = labelAt(line, i);
            if (next != null) {
                out.add(new Field(label, clean(line.substring(valueStart, i))));
                label = LABELS[next[0]];
                valueStart = next[1];
                i = valueStart - 1;
            }
        }
        out.add(new Field(label, clean(line.substring(valueStart))));
        return List.copyOf(out);
    }

    /** Whether {@code line} is a field line (starts with a known label and a colon). */
    public static boolean isFieldLine(String line) {
        return line != null && line.length() <= MAX_LINE && labelAt(line, skipSpaces(line, 0)) != null;
    }

    /** The first value that is not empty of a field labelled {@code labels[0]}, else {@code labels[1]}…; or null. */
    public static String value(List<Field> fields, String... labels) {
        for (String label : labels) {
            for (Field f : fields) {
                if (f.label().equals(label) && !f.value().isEmpty()) {
                    return f.value();
                }
            }
        }
        return null;
    }

    /** {label index, index after the colon} when a label and a colon start at {@code at}; else null. */
    private static int[] labelAt(String line, int at) {
        for (int k = 0; k < LABELS.length; k++) {
            String label = LABELS[k];
            if (!line.startsWith(label, at)) {
                continue;
            }
            int c = skipSpaces(line, at + label.length());
            if (c < line.length() && COLONS.indexOf(line.charAt(c)) >= 0) {
                return new int[] {k, c + 1};
            }
            return null; // a longer label matched here without a colon: a shorter one inside it is no label either
        }
        return null;
    }

    private static int skipSpaces(String s, int i) {
        while (i < s.length() && (Character.isWhitespace(s.charAt(i)) || Character.isSpaceChar(s.charAt(i)))) {
            i++;
        }
        return i;
    }

    private static String clean(String s) {
        int a = 0;
        int b = s.length();
        while (a < b && isNoise(s.charAt(a))) {
            a++;
        }
        while (b > a && isNoise(s.charAt(b - 1))) {
            b--;
        }
        return s.substring(a, b);
    }

    private static boolean isNoise(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || VALUE_NOISE.indexOf(c) >= 0;
    }
}
