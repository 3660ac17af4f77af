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
        int i = rowLabel.lastIndexOf('/');
        return i < 0 ? rowLabel : rowLabel.substring(i + 1);
    }

    /** The last part of the column label path, such as {@code 商业企业}. */
    public String columnLeaf() {
        int i = columnLabel.lastIndexOf('/');
        return i < 0 ? columnLabel : columnLabel.substring(i + 1);
    }

    /** Row and column labels joined for people, such as {@code 一、本年新收政府信息公开申请数量 × 自然人}. */
    public String label() {
        return rowLabel + " × " + columnLabel;
    }
}
