package io.github.nianbao.internal.read.pdf;

import io.github.nianbao.model.Codebook;
import io.github.nianbao.model.CodebookEntry;
import io.github.nianbao.model.OcrReading;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Corrects the OCR reading of a table label against the labels the templates print (the codebook's row and column
 * labels), as OCR systems do with a lexicon: the reading is aligned with every label by an edit distance in which
 * a character the recogniser was unsure of, or had the label's character among its candidates, costs little to
 * replace; the label is taken only when it is close and clearly closer than any other ({@link #accept}). The
 * reading as OCR saw it stays with the cell as an alternative.
 */
final class LabelLexicon {

    private static final List<String> LABELS = labels();
    /** Confidence (0..100) below which a character is unsure. */
    private static final double UNSURE = 70;
    /** Most cost accepted, per character of the label. */
    private static final double MAX_COST_PER_CHAR = 0.25;
    /** How much closer the label must be than the next one. */
    private static final double MARGIN = 1.0;
    /** Most cost accepted, per character, when every other label is far. */
    private static final double FAR_COST_PER_CHAR = 0.5;
    /** How much farther every other label must then be, per character, and at least. */
    private static final double FAR_MARGIN_PER_CHAR = 0.25;
    private static final double FAR_MARGIN = 2.0;

    private LabelLexicon() {
    }

    /** Every leaf of the codebook's row and column label paths. */
    private static List<String> labels() {
        Set<String> out = new LinkedHashSet<>();
        for (CodebookEntry e : Codebook.standard().entries()) {
            for (String path : new String[] {e.rowLabel(), e.columnLabel()}) {
                String rest = path;
                while (!rest.isEmpty()) {
                    String leaf = leafOf(rest);
                    out.add(normal(leaf));
                    rest = rest.length() > leaf.length() ? rest.substring(0, rest.length() - leaf.length() - 1) : "";
                }
            }
        }
        return List.copyOf(out);
    }

    /** The last label of a path (a slash inside a label such as 本年增/减 has fewer than two characters beside it). */
    private static String leafOf(String path) {
        int i = path.lastIndexOf('/');
        while (i > 0 && (path.length() - i - 1 < 2 || i < 2)) {
            i = path.lastIndexOf('/', i - 1);
        }
        return i <= 0 ? path : path.substring(i + 1);
    }

    /**
     * The glyph of the label {@code glyphs} most likely show, or null to keep them: when their text is not
     * already a label and one label is near enough.
     */
    static Glyph correct(List<Glyph> glyphs) {
        if (glyphs.isEmpty() || glyphs.stream().anyMatch(g -> g.ocr() == null)) {
            return null;
        }
        List<Glyph> ordered = new ArrayList<>(glyphs);
        ordered.sort(Comparator.comparingDouble(Glyph::baseline).thenComparingDouble(Glyph::x));
        List<Glyph> chars = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (Glyph g : ordered) {
            String t = normal(g.text());
            int[] cps = t.codePoints().toArray();
            for (int cp : cps) {
                // a word read whole: each of its characters gets the word's confidence, no candidates
                String c = new String(Character.toChars(cp));
                chars.add(cps.length == 1 ? g : new Glyph(c, g.x(), g.baseline(), g.width() / cps.length, g.size(),
                        false, new OcrReading(g.ocr().confidence(), g.ocr().doubtful(), List.of())));
                text.append(c);
            }
        }
        String read = text.toString();
        if (read.length() < 2 || LABELS.contains(read) || !WordGlyphs.isHan(read)) {
            return null;
        }
        String best = null;
        double bestCost = Double.MAX_VALUE;
        double second = Double.MAX_VALUE;
        for (String label : LABELS) {
            if (Math.abs(label.length() - read.length()) > Math.max(2, label.length() / 3)) {
                continue;
            }
            double c = cost(chars, label);
            if (c < bestCost) {
                second = bestCost;
                bestCost = c;
                best = label;
            } else if (c < second) {
                second = c;
            }
        }
        if (best == null || !accept(bestCost, second, best.length())) {
            return null;
        }
        double conf = glyphs.stream().mapToDouble(g -> g.ocr().confidence()).min().orElse(0);
        Glyph first = ordered.get(0);
        double right = ordered.stream().mapToDouble(Glyph::right).max().orElse(first.right());
        return new Glyph(best, first.x(), first.baseline(), right - first.x(), first.size(), false,
                new OcrReading(conf, false, List.of(new OcrReading.Alternative(read, conf))));
    }

    /**
     * Whether the nearest label is near enough: within a quarter of its length and clearly nearer than the next;
     * or, for a badly read label (a coarse scan), within half its length when every other label is farther by
     * a quarter of its length more (and two at least).
     */
    static boolean accept(double cost, double second, int length) {
        if (cost <= MAX_COST_PER_CHAR * length && second - cost >= MARGIN) {
            return true;
        }
        return cost <= FAR_COST_PER_CHAR * length
                && second - cost >= Math.max(FAR_MARGIN, FAR_MARGIN_PER_CHAR * length);
    }

    /** Weighted edit distance from the characters read to {@code label}. */
    private static double cost(List<Glyph> chars, String label) {
        int n = chars.size();
        int m = label.length();
        double[] prev = new double[m + 1];
        double[] cur = new double[m + 1];
        for (int j = 0; j <= m; j++) {
            prev[j] = j * insertion();
        }
        for (int i = 1; i <= n; i++) {
            Glyph g = chars.get(i - 1);
            String c = normal(g.text());
            double conf = g.ocr().confidence() * 100;
            double delete = deletion(c, conf);
            cur[0] = prev[0] + delete;
            for (int j = 1; j <= m; j++) {
                String l = label.substring(j - 1, j);
                double sub = prev[j - 1] + substitution(c, conf, g.ocr().alternatives(), l);
                cur[j] = Math.min(sub, Math.min(prev[j] + delete, cur[j - 1] + insertion()));
            }
            double[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[m];
    }

    private static double substitution(String c, double conf, List<OcrReading.Alternative> choices, String l) {
        if (c.equals(l)) {
            return 0;
        }
        for (OcrReading.Alternative a : choices) {
            if (normal(a.text()).equals(l)) {
                return 0.2;
            }
        }
        return conf < UNSURE ? 0.5 : 1.0;
    }

    /**
     * The recogniser read a character that is not there (speckle, a line's remnant): cheap when it was unsure or
     * when it is a mark rather than a letter, digit or Chinese character.
     */
    private static double deletion(String c, double conf) {
        boolean mark = c.codePoints().noneMatch(Character::isLetterOrDigit);
        return conf < UNSURE || mark ? 0.4 : 1.0;
    }

    /** The recogniser missed a character. */
    private static double insertion() {
        return 0.8;
    }

    /** Full-width brackets and punctuation as ASCII, spaces removed, for comparing. */
    static String normal(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '（' -> sb.append('(');
                case '）' -> sb.append(')');
                case '，' -> sb.append(',');
                case '：' -> sb.append(':');
                case '．' -> sb.append('.');
                case '“', '”', '＂' -> sb.append('"');
                case ' ', '\u3000' -> { }
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
