package io.github.nianbao.internal.read.columns;

import java.util.List;

/**
 * What every band of one positional table shares.
 *
 * @param lines     the table's lines
 * @param em        the height of its rows' text
 * @param edge      the page's right edge, or null
 * @param positions where the positions come from
 * @param reach     how far words of one cell may be shifted sideways (0 where positions are exact)
 */
record TableContext(List<WordLine> lines, double em, PageEdge edge, PositionalTable.Positions positions,
                    double reach) {
}
