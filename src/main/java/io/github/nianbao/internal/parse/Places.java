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

    /** Characters a place name of a division level ends with. */
    private static final String LEVELS = "省市区县旗盟州";

    /**
     * Whether, after its leading division names, the name goes on with what looks like one (two to four characters
     * ending in 区, 县, 市 and the like) that the table does not name: a place OCR misread (党城区 for 涪城区).
     */
    static boolean unknownPlace(String name) {
        int pos = known(name);
        for (int len = 2; len <= 4 && pos + len <= name.length(); len++) {
            if (LEVELS.indexOf(name.charAt(pos + len - 1)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Loaded on first use: only text read by OCR needs it. */
    private static final class Table {
        static final DivisionTable TABLE = DivisionTable.standard();
        static final int LONGEST = TABLE.divisions().stream().mapToInt(d -> d.name().length()).max().orElse(0);

        private Table() {
        }
    }
}
