package io.github.nianbao.internal.read.columns;

/**
 * A column of a positional table: the extent of its header cell's text (the lowest header cell above it, a leaf of
 * the header), which the column's values line up with.
 *
 * @param label the header text, wrapped lines joined ({@code 自然人}); empty for a column known only from values
 * @param x0    left edge of the header text
 * @param x1    right edge of the header text
 */
public record Column(String label, double x0, double x1) {

    public Column {
        label = label == null ? "" : label;
        if (!(x0 <= x1)) {
            throw new IllegalArgumentException("column edges out of order: " + x0 + " " + x1);
        }
    }

    public double centerX() {
        return (x0 + x1) / 2;
    }
}
