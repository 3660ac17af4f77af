package io.github.nianbao.model;

import java.util.ArrayList;
import java.util.List;

/**
 * One line of the codebook: a stable variable name for one table cell.
 *
 * @param code        ASCII variable name, at most 32 characters (Stata's limit), such as {@code s3_new_natural}
 * @param section     the report part the cell belongs to: 二, 三 or 四
 * @param templates   the templates that have this cell, space separated ({@code "2019 2021"})
 * @param rowLabel    the printed row label path, parts separated by {@code /}
 * @param columnLabel the printed column label path
 * @param unit        the unit (件, 项, 万元, or a note)
 */
public record CodebookEntry(String code, String section, String templates, String rowLabel, String columnLabel,
                            String unit) {

    /** Whether this entry applies to {@code template}. */
    public boolean appliesTo(Template template) {
        return template.isListedIn(templates);
    }

    /** The last part of the row label path, such as {@code 1.属于国家秘密}. */
    public String rowLeaf() {
        return leaf(rowLabel);
    }

    /** The last part of the column label path, such as {@code 商业企业}. */
    public String columnLeaf() {
        return leaf(columnLabel);
    }

    /** The parts of the row label path, outermost first, such as {@code [三、本年度办理结果, （一）予以公开]}. */
    public List<String> rowPath() {
        return labelPath(rowLabel);
    }

    /** The parts of the column label path, outermost first, such as {@code [法人或其他组织, 商业企业]}. */
    public List<String> columnPath() {
        return labelPath(columnLabel);
    }

    /**
     * A label path split at its separators: a slash with at least two characters of a part on each side (本年增/减 is
     * one part).
     */
    public static List<String> labelPath(String path) {
        List<String> out = new ArrayList<>();
        for (String part : path.split("/", -1)) {
            if (!out.isEmpty() && (part.length() < 2 || out.get(out.size() - 1).length() < 2)) {
                out.set(out.size() - 1, out.get(out.size() - 1) + "/" + part);
            } else {
                out.add(part);
            }
        }
        return List.copyOf(out);
    }

    /**
     * The last part of a label path. A slash inside a label (本年增/减) is not a separator: a separator has at least
     * two characters on each side.
     */
    static String leaf(String path) {
        int i = path.lastIndexOf('/');
        while (i > 0 && (path.length() - i - 1 < 2 || i < 2)) {
            i = path.lastIndexOf('/', i - 1);
        }
        return i <= 0 ? path : path.substring(i + 1);
    }

    /** Row and column labels joined for people, such as {@code 一、本年新收政府信息公开申请数量 × 自然人}. */
    public String label() {
        return rowLabel + " × " + columnLabel;
    }
}
