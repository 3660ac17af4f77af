package io.github.nianbao.cli;

import java.util.List;

/**
 * A plain-text table for a terminal: columns padded to their widest cell, counting CJK characters as two columns so
 * Chinese text lines up; numbers right-aligned; NULL shown as empty.
 */
final class TextTable {

    private TextTable() {
    }

    static String render(List<String> columns, List<List<String>> rows) {
        int[] width = new int[columns.size()];
        boolean[] numeric = new boolean[columns.size()];
        for (int c = 0; c < width.length; c++) {
            width[c] = displayWidth(columns.get(c));
            numeric[c] = !rows.isEmpty();
            for (List<String> row : rows) {
                String v = row.get(c);
                width[c] = Math.max(width[c], displayWidth(v));
                numeric[c] &= v == null || v.matches("-?\\d+(\\.\\d+)?");
            }
        }
        StringBuilder sb = new StringBuilder();
        line(sb, columns, width, new boolean[width.length]);
        for (int c = 0; c < width.length; c++) {
            sb.append(c == 0 ? "" : "  ").append("-".repeat(width[c]));
        }
        sb.append('\n');
        for (List<String> row : rows) {
            line(sb, row, width, numeric);
        }
        sb.append('(').append(rows.size()).append(rows.size() == 1 ? " row" : " rows").append(")\n");
        return sb.toString();
    }

    private static void line(StringBuilder sb, List<String> cells, int[] width, boolean[] right) {
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < width.length; c++) {
            String v = cells.get(c) == null ? "" : cells.get(c).replace('\n', ' ').replace('\t', ' ');
            String pad = " ".repeat(width[c] - displayWidth(v));
            line.append(c == 0 ? "" : "  ").append(right[c] ? pad + v : v + pad);
        }
        sb.append(line.toString().stripTrailing()).append('\n');
    }

    /** Terminal columns taken by {@code s}: two for East Asian wide characters, one for the rest. */
    static int displayWidth(String s) {
        if (s == null) {
            return 0;
        }
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            w += isWide(cp) ? 2 : 1;
            i += Character.charCount(cp);
        }
        return w;
    }

    private static boolean isWide(int cp) {
        return cp >= 0x1100 && cp <= 0x115F || cp >= 0x2E80 && cp <= 0xA4CF || cp >= 0xAC00 && cp <= 0xD7A3
                || cp >= 0xF900 && cp <= 0xFAFF || cp >= 0xFE30 && cp <= 0xFE4F || cp >= 0xFF00 && cp <= 0xFF60
                || cp >= 0xFFE0 && cp <= 0xFFE6 || cp >= 0x20000 && cp <= 0x3FFFD;
    }
}
