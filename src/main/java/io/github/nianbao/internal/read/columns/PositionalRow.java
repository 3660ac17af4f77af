package io.github.nianbao.internal.read.columns;

import java.util.List;

/**
 * One row of a positional table: label cells, then one cell per column (then, for a table cut by the page's edge,
 * one {@link PositionalCell.Role#OFF_PAGE} cell standing for every column beyond it).
 *
 * @param line  index of the (first) input line the row was made from
 * @param kind  a header row or a row of the table's body
 * @param cells the cells, left to right (a defensive copy)
 */
public record PositionalRow(int line, Kind kind, List<PositionalCell> cells) {

    /** Header or body. */
    public enum Kind {
        HEADER, BODY
    }

    public PositionalRow {
        cells = List.copyOf(cells);
    }
}
