package io.github.nianbao.model;

/**
 * Where something came from in the source document. Every field is 1-based; 0 means unknown or not applicable.
 *
 * @param line   line of the report text (for TXT the physical line; for other formats the line of the reader's output)
 * @param page   page of a PDF (0 for formats without pages)
 * @param table  table number in document order
 * @param row    row inside that table
 * @param column grid column inside that row
 * @param box    where on the page (PDF and OCR readers), or null when the reader has no positions
 */
public record Location(int line, int page, int table, int row, int column, Box box) {

    /** Nothing known. */
    public static final Location UNKNOWN = new Location(0, 0, 0, 0, 0);

    /** A location without a position on the page. */
    public Location(int line, int page, int table, int row, int column) {
        this(line, page, table, row, column, null);
    }

    public static Location ofLine(int line) {
        return new Location(line, 0, 0, 0, 0);
    }

    public Location withColumn(int newColumn) {
        return new Location(line, page, table, row, newColumn, box);
    }

    /** The same location with a box on the page. */
    public Location withBox(Box newBox) {
        return new Location(line, page, table, row, column, newBox);
    }

    public boolean isUnknown() {
        return line == 0 && page == 0 && table == 0 && row == 0 && column == 0 && box == null;
    }

    /** A short human-readable form, such as {@code page 3, table 2, row 5, column 4, line 88}. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        append(sb, "page", page);
        append(sb, "table", table);
        append(sb, "row", row);
        append(sb, "column", column);
        append(sb, "line", line);
        return sb.length() == 0 ? "unknown" : sb.toString();
    }

    private static void append(StringBuilder sb, String name, int value) {
        if (value > 0) {
            if (sb.length() > 0) {
                sb.append(", ");
            }
            sb.append(name).append(' ').append(value);
        }
    }
}
