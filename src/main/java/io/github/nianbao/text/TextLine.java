package io.github.nianbao.text;

import io.github.nianbao.model.Location;
import java.util.List;

/**
 * One line of report text. A table row has one cell per grid column (empty cells where a merged cell continues);
 * a heading or paragraph has one cell.
 */
public record TextLine(LineKind kind, List<TextCell> cells, Location location) {

    public TextLine {
        cells = List.copyOf(cells);
        location = location == null ? Location.UNKNOWN : location;
    }

    /** The line as report text: cells joined by tabs. */
    public String text() {
        if (cells.size() == 1) {
            return cells.get(0).text();
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                sb.append('\t');
            }
            sb.append(cells.get(i).text());
        }
        return sb.toString();
    }

    /** Whether every cell is blank. */
    public boolean isBlank() {
        for (TextCell c : cells) {
            if (!c.isBlank()) {
                return false;
            }
        }
        return true;
    }
}
