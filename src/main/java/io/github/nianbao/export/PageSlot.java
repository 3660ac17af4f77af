package io.github.nianbao.export;

import java.util.Objects;

/** One slot of a {@link PageRow}: a printed label, or a number, spanning grid columns (and rows, for a label). */
public sealed interface PageSlot permits PageSlot.Label, PageSlot.Value {

    /** Grid columns the slot spans (at least 1). */
    int colSpan();

    /** Grid rows the slot spans (at least 1). */
    int rowSpan();

    /**
     * A label cell of the template (标签): a caption, a header or a row label; empty text for a blank grid cell.
     *
     * @param text    the label as the template prints it
     * @param rowSpan grid rows it spans
     * @param colSpan grid columns it spans
     */
    record Label(String text, int rowSpan, int colSpan) implements PageSlot {
        public Label {
            Objects.requireNonNull(text, "text");
            checkSpans(rowSpan, colSpan);
        }
    }

    /**
     * A number cell.
     *
     * @param cell    the cell
     * @param colSpan grid columns it spans
     */
    record Value(PageCell cell, int colSpan) implements PageSlot {
        public Value {
            Objects.requireNonNull(cell, "cell");
            checkSpans(1, colSpan);
        }

        @Override
        public int rowSpan() {
            return 1;
        }
    }

    private static void checkSpans(int rowSpan, int colSpan) {
        if (rowSpan < 1 || colSpan < 1) {
            throw new IllegalArgumentException("spans are at least 1: " + rowSpan + " x " + colSpan);
        }
    }
}
