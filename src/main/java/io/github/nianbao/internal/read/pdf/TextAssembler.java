package io.github.nianbao.internal.read.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Builds text from positioned glyphs: glyphs into lines by baseline, lines into a cell's text. Lines of one cell are
 * joined without a space where either side is CJK (wrapped labels, labels printed one character per line) and where
 * both sides are digits (numbers wrapped inside narrow cells: {@code 1} / {@code 7} → {@code 17}).
 */
final class TextAssembler {

    /** A gap wider than this many ems between non-CJK glyphs is a space. */
    private static final double SPACE_GAP = 0.25;

    private TextAssembler() {
    }

    /** Groups glyphs into lines: sorted by baseline, a new line when the baseline moves by more than half an em. */
    static List<TextLineGroup> lines(List<Glyph> glyphs) {
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(Glyph::baseline).thenComparingDouble(Glyph::x));
        List<TextLineGroup> out = new ArrayList<>();
        List<Glyph> cur = new ArrayList<>();
        double base = 0;
        double size = 0;
        for (Glyph g : sorted) {
            if (!cur.isEmpty() && g.baseline() - base > 0.5 * Math.max(Math.min(size, g.size()), 1)) {
                out.add(make(cur));
                cur = new ArrayList<>();
            }
            if (cur.isEmpty()) {
                base = g.baseline();
                size = g.size();
            }
            cur.add(g);
        }
        if (!cur.isEmpty()) {
            out.add(make(cur));
        }
        return out;
    }

    private static TextLineGroup make(List<Glyph> glyphs) {
        glyphs.sort(Comparator.comparingDouble(Glyph::x));
        double sum = 0;
        double size = 0;
        for (Glyph g : glyphs) {
            sum += g.baseline();
            size = Math.max(size, g.size());
        }
        return new TextLineGroup(glyphs, sum / glyphs.size(), size);
    }

    /** One line's glyphs (left to right) as text. */
    static String lineText(List<Glyph> glyphs) {
        StringBuilder sb = new StringBuilder();
        Glyph prev = null;
        for (Glyph g : glyphs) {
            if (prev != null && !g.isSpace() && !prev.isSpace()) {
                double gap = g.x() - prev.right();
                char a = last(prev.text());
                char b = g.text().charAt(0);
                if (gap > SPACE_GAP * Math.max(prev.size(), 1) && !TextCleanup.isCjk(a) && !TextCleanup.isCjk(b)) {
                    sb.append(' ');
                }
            }
            sb.append(g.isSpace() ? " " : g.text());
            prev = g;
        }
        return sb.toString();
    }

    /** The text of glyphs inside one table cell: lines top to bottom, joined as described in the class comment. */
    static String cellText(List<Glyph> glyphs) {
        if (glyphs.isEmpty()) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        for (TextLineGroup l : lines(glyphs)) {
            parts.add(l.text().strip());
        }
        return joinLines(parts);
    }

    /** Joins wrapped lines: no space at a CJK or digit–digit boundary, one space otherwise. */
    static String joinLines(List<String> parts) {
        StringBuilder sb = new StringBuilder();
        for (String p : parts) {
            if (p.isEmpty()) {
                continue;
            }
            if (sb.length() > 0 && needsSpace(sb.charAt(sb.length() - 1), p.charAt(0))) {
                sb.append(' ');
            }
            sb.append(p);
        }
        return sb.toString();
    }

    static boolean needsSpace(char before, char after) {
        if (TextCleanup.isCjk(before) || TextCleanup.isCjk(after)) {
            return false;
        }
        boolean numBefore = Character.isDigit(before) || before == '.' || before == ',' || before == '-';
        boolean numAfter = Character.isDigit(after) || after == '.' || after == ',' || after == '%';
        return !(numBefore && numAfter);
    }

    private static char last(String s) {
        return s.charAt(s.length() - 1);
    }
}
