package io.github.nianbao.internal.read.columns;

import io.github.nianbao.model.Box;

/**
 * A cell of a table's header: its text (wrapped lines joined), the first column it stands over, how many columns it
 * spans, and where it was printed.
 *
 * @param text   the cell's text
 * @param column index of the first column it covers
 * @param span   how many columns it covers (1 for a leaf)
 * @param box    the extent of its text
 */
public record HeaderCell(String text, int column, int span, Box box) {
}
