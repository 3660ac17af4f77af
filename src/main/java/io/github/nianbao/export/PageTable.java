package io.github.nianbao.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One of a report's three tables drawn as its template draws it: a grid of {@link PageRow}s with the Chinese labels
 * of the codebook, merged cells as spans.
 *
 * @param section the report part: {@code 二}, {@code 三} or {@code 四}
 * @param title   the part's heading as the template prints it
 * @param width   grid columns
 * @param rows    the grid rows, top to bottom
 */
public record PageTable(String section, String title, int width, List<PageRow> rows) {

    public PageTable {
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(title, "title");
        rows = List.copyOf(rows);
    }

    /** Every number cell of the table, top to bottom, left to right. */
    public List<PageCell> cells() {
        List<PageCell> out = new ArrayList<>();
        for (PageRow r : rows) {
            for (PageSlot s : r.slots()) {
                if (s instanceof PageSlot.Value v) {
                    out.add(v.cell());
                }
            }
        }
        return out;
    }
}
