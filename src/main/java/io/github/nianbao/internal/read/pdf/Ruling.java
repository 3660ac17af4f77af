package io.github.nianbao.internal.read.pdf;

/**
 * A table rule line (表格线): horizontal or vertical, in top-down page coordinates.
 *
 * @param horizontal whether the line runs left to right
 * @param position   y of a horizontal line, x of a vertical line
 * @param start      smaller end (x for horizontal, y for vertical)
 * @param end        larger end
 */
record Ruling(boolean horizontal, double position, double start, double end) {

    Ruling {
        if (start > end) {
            double t = start;
            start = end;
            end = t;
        }
    }

    double length() {
        return end - start;
    }

    /** Whether this line covers {@code value} along its length, within {@code tolerance}. */
    boolean covers(double value, double tolerance) {
        return value >= start - tolerance && value <= end + tolerance;
    }

    /** Whether this line covers the whole span from {@code from} to {@code to}, within {@code tolerance}. */
    boolean coversSpan(double from, double to, double tolerance) {
        return start <= from + tolerance && end >= to - tolerance;
    }

    Ruling withPosition(double newPosition) {
        return new Ruling(horizontal, newPosition, start, end);
    }
}
