package io.github.nianbao.internal.parse;

import io.github.nianbao.identity.DivisionTable;

/**
 * How much of an agency name is place names of the division table (行政区划, {@link DivisionTable#standard()}): the
 * evidence that tells a right OCR reading of a name from a misread one (阜新市自然资源局 starts with a division,
 * 皇新市自然资源局 does not). Names of the table are matched one after another from the start, longest first; whether
 * one lies inside the other is not asked (a report may name a place the table puts elsewhere).
 */
final class Places {

    private Places() {
    }

    /** The number of leading characters of {@code name} that are division names (0 when it starts with none). */
    static int known(String name) {
        DivisionTable table = Table.TABLE;
        int pos = 0;
        boolean found = true;
        while (found && pos < name.length()) {
            found = false;
            for (int len = Math.min(Table.LONGEST, name.length() - pos); len >= 2; len--) {
                if (!table.named(name.substring(pos, pos + len)).isEmpty()) {
                    pos += len;
                    found = true;
                    break;
                }
            }
        }
        return pos;
    }

    /** Loaded on first use: only text read by OCR needs it. */
    private static final class Table {
        static final DivisionTable TABLE = DivisionTable.standard();
        static final int LONGEST = TABLE.divisions().stream().mapToInt(d -> d.name().length()).max().orElse(0);

        private Table() {
        }
    }
}
