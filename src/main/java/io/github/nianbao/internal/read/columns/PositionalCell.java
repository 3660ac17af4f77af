package io.github.nianbao.internal.read.columns;

import io.github.nianbao.model.Box;

/**
 * One cell of a row of a positional table.
 *
 * @param text its text ({@code ""} for an empty cell or a cell off the page)
 * @param box  where it is, in the reader's units (an empty cell: the space of its column in the row; a cell off the
 *             page: a box of no width at the page's edge)
 * @param role what the cell is
 */
public record PositionalCell(String text, Box box, Role role) {

    /** What a cell is. */
    public enum Role {
        /** A row label, or the header's text above the row labels. */
        LABEL,
        /** Header text over the columns. */
        HEADER,
        /** The cell of a column in a row: a value, or empty. */
        VALUE,
        /** The cell of a column that lies beyond the page's edge: not printed, its content unknown. */
        OFF_PAGE
    }
}
