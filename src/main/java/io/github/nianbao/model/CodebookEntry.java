package io.github.nianbao.model;

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
