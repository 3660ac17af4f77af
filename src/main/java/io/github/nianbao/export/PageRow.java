package io.github.nianbao.export;

import java.util.List;
import java.util.Objects;

/**
 * One grid row of a {@link PageTable}, left to right; a slot spanning rows from above is not repeated (as in an HTML
 * table).
 *
 * @param kind  what the row is
 * @param slots its slots
 */
public record PageRow(Kind kind, List<PageSlot> slots) {

    /** What a row of a template table is. */
    public enum Kind {
        /** A sub-table's caption across the whole table (section 二's 第二十条第（一）项). */
        CAPTION,
        /** Column labels. */
        HEADER,
        /** Row labels and numbers. */
        DATA
    }

    public PageRow {
        Objects.requireNonNull(kind, "kind");
        slots = List.copyOf(slots);
    }
}
