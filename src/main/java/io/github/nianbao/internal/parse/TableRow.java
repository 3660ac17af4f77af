package io.github.nianbao.internal.parse;

import io.github.nianbao.model.Location;
import io.github.nianbao.text.TextCell;
import io.github.nianbao.text.TextLine;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A line of report text split into cells the parser can use. Cells that hold a label followed by numbers
 * separated by single spaces (text copied from web pages) are split; a label with digits glued to it
 * ({@code 行政规范性文件6233440}) keeps the digits aside as {@link #runTogether()}.
 */
final class TableRow {

    private static final Pattern GLUED = Pattern.compile("^(.*[\\p{IsHan}）)])([0-9０-９][0-9０-９,，.．]*)$");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u3000\\u00A0]+");

    private final TextLine line;
    private final List<Tok> cells;
    private final String runTogether;
    private final Location runTogetherLocation;

    private TableRow(TextLine line, List<Tok> cells, String runTogether, Location runLocation) {
        this.line = line;
        this.cells = cells;
        this.runTogether = runTogether;
        this.runTogetherLocation = runLocation;
    }

    static TableRow of(TextLine line) {
        List<Tok> toks = new ArrayList<>(line.cells().size());
        String glued = null;
        Location gluedAt = null;
        for (TextCell c : line.cells()) {
            if (c.isOffPage()) {
                toks.add(Tok.offPage(c.location()));
                continue;
            }
            Tok t = Tok.of(c.text().strip(), c.location(), c.ocr());
            if (!t.isLabel()) {
                toks.add(t);
                continue;
            }
            List<Tok> split = splitSpaced(c);
            if (split != null) {
                toks.addAll(split);
                continue;
            }
            Matcher m = mayBeGlued(t.text()) ? GLUED.matcher(t.text()) : null;
            if (m != null && m.matches() && Normalizer.hasHan(m.group(1)) && !endsWithNumbering(m.group(1))) {
                toks.add(Tok.of(m.group(1), c.location(), partOf(c)));
                glued = m.group(2);
                gluedAt = c.location();
                continue;
            }
            toks.add(t);
        }
        return new TableRow(line, toks, glued, gluedAt);
    }

    /** Whether {@link #GLUED} can match: it needs a digit, comma or dot at the end. */
    private static boolean mayBeGlued(String s) {
        return !s.isEmpty() && "0123456789０１２３４５６７８９,，.．".indexOf(s.charAt(s.length() - 1)) >= 0;
    }

    /** Whether {@link #SPACES} occurs in {@code s}. */
    private static boolean hasSpace(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ' || c >= '\t' && c <= '\r' || c == '\u3000' || c == '\u00A0') {
                return true;
            }
        }
        return false;
    }

    private static boolean endsWithNumbering(String s) {
        String n = Normalizer.label(s);
        return n.endsWith("第") || n.endsWith("（") || n.endsWith("表");
    }

    /** Splits {@code 规章 0 0 1} into a label and values; null when the cell is not of that shape. */
    private static List<Tok> splitSpaced(TextCell c) {
        String text = c.text().strip();
        if (!hasSpace(text)) {
            return null; // one part
        }
        String[] parts = SPACES.split(text);
        if (parts.length < 2) {
            return null;
        }
        int firstValue = parts.length;
        while (firstValue > 0 && ValueToken.parse(parts[firstValue - 1]).isValue()) {
            firstValue--;
        }
        if (firstValue == parts.length) {
            return null;
        }
        List<Tok> out = new ArrayList<>();
        if (firstValue > 0) {
            StringBuilder label = new StringBuilder();
            for (int i = 0; i < firstValue; i++) {
                label.append(i > 0 ? " " : "").append(parts[i]);
            }
            out.add(Tok.of(label.toString(), c.location(), partOf(c)));
        }
        for (int i = firstValue; i < parts.length; i++) {
            out.add(Tok.of(parts[i], c.location(), partOf(c)));
        }
        return out;
    }

    /** The OCR reading of a part of a cell: the cell's confidence and doubt, not its alternatives. */
    private static io.github.nianbao.model.OcrReading partOf(TextCell c) {
        return c.ocr() == null ? null : c.ocr().withoutAlternatives();
    }

    TextLine line() {
        return line;
    }

    Location location() {
        return line.location();
    }

    List<Tok> cells() {
        return cells;
    }

    /** Digits glued to the last label, or null. */
    String runTogether() {
        return runTogether;
    }

    Location runTogetherLocation() {
        return runTogetherLocation;
    }

    /** The label cells, in order. */
    List<Tok> labels() {
        List<Tok> out = new ArrayList<>();
        for (Tok t : cells) {
            if (t.isLabel()) {
                out.add(t);
            }
        }
        return out;
    }

    /** Index of the last label cell, or -1. */
    int lastLabelIndex() {
        for (int i = cells.size() - 1; i >= 0; i--) {
            if (cells.get(i).isLabel()) {
                return i;
            }
        }
        return -1;
    }

    /** The cells after the last label (values, blanks, stray text). */
    List<Tok> afterLabels() {
        return cells.subList(lastLabelIndex() + 1, cells.size());
    }

    /** How many cells are values (numbers or zero marks). */
    int valueCount() {
        int n = 0;
        for (Tok t : cells) {
            if (t.isValue()) {
                n++;
            }
        }
        return n;
    }

    /** All label text, normalised and concatenated. */
    String labelText() {
        StringBuilder sb = new StringBuilder();
        for (Tok t : cells) {
            if (t.isLabel()) {
                sb.append(t.norm());
            }
        }
        return sb.toString();
    }

    boolean isBlank() {
        for (Tok t : cells) {
            if (!t.isBlank()) {
                return false;
            }
        }
        return true;
    }
}
