package io.github.nianbao.text;

/** What a reader thinks a line is. The parser treats this as a hint: it finds parts and rows by their labels. */
public enum LineKind {
    /** A heading (style, markup or bold paragraph). */
    HEADING,
    /** A paragraph of prose. */
    PARAGRAPH,
    /** One row of a table, one {@link TextCell} per grid column. */
    TABLE_ROW
}
