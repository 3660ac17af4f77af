package io.github.nianbao.internal.read.pdf;

import io.github.nianbao.internal.read.ocr.GrayImage;
import io.github.nianbao.internal.read.ocr.OcrWord;
import java.util.ArrayList;
import java.util.List;

/**
 * The words of one scanned text line as its ink shows them: the line's ink, projected onto its width, is cut at
 * blank columns wider than three tenths of an em (between Chinese characters; beside a digit or letter, or a narrow
 * stroke such as the 讠 of 请, whose own side blanks are wider, at blanks wider than {@link #NARROW_WORD_GAP}), and
 * the characters the recogniser read are given to the piece their
 * box falls on (in the recogniser's order). The recogniser's character boxes are only roughly where the characters
 * are (a box one pixel wide, or three characters wide), so they cannot tell the gap between two cells of a table
 * without rule lines from the gap inside a word; the ink can. A blank beside punctuation (the blank half of
 * full-width ，、（ and the like) does not end a word: the recogniser's box of a small mark is often on the other side
 * of the blank, so punctuation on either side of it counts. A piece of ink no character was given to is kept, unread: a lone
 * digit or zero mark the recogniser missed.
 */
final class InkWords {

    /** A blank at least this many ems wide between two Chinese characters separates two words. */
    static final double WORD_GAP = 0.3;
    /**
     * A blank at least this many ems wide separates two words where a digit or letter is beside it (a serif 1 has
     * a blank a quarter of an em wide on either side).
     */
    static final double NARROW_WORD_GAP = 0.45;
    /** Ink narrower than this many ems beside a blank is a narrow stroke ({@link #NARROW_WORD_GAP}). */
    static final double NARROW_INK = 0.35;
    /** A blank at least this many ems wide between Chinese text and number characters after it separates them. */
    static final double TAIL_GAP = 0.1;
    /** A blank beside full-width punctuation up to this many ems wide is the punctuation's own blank half. */
    static final double PUNCTUATION_BLANK = 0.85;
    private static final int INK = GrayImage.WHITENED_INK;
    /** Characters whose ink sits at the right of their em (blank on their left). */
    private static final String OPENING = "（(《〈「『【〔“‘［";
    /** Characters whose ink sits at the left of their em (blank on their right). */
    private static final String CLOSING = "）)》〉」』】〕”’］，,、。；;：:！!？?";

    private InkWords() {
    }

    /**
     * One word: its ink box in pixels {x0, y0, x1, y1} and the characters read on it (empty when none was);
     * {@code cutOff} when it is number characters cut off the end of a label ({@link #splitNumber}).
     */
    record Piece(int[] box, List<OcrWord> words, boolean cutOff) {

        /** A piece found between blanks, not cut off a label ({@link #splitNumber}). */
        Piece(int[] box, List<OcrWord> words) {
            this(box, words, false);
        }

        String text() {
            StringBuilder sb = new StringBuilder();
            for (OcrWord w : words) {
                sb.append(w.text());
            }
            return sb.toString();
        }

        int width() {
            return box[2] - box[0];
        }

        int height() {
            return box[3] - box[1];
        }
    }

    /**
     * The words of a line.
     *
     * @param image the page image (paper white)
     * @param line  the line's box {x0, y0, x1, y1}
     * @param words the characters read on it, in the recogniser's order
     * @param em    the line's em, in pixels
     * @param speck fewest ink pixels a piece needs (fewer are speckle)
     */
    static List<Piece> pieces(GrayImage image, int[] line, List<OcrWord> words, double em, int speck) {
        List<int[]> inks = inks(image, line, Math.max(1, (int) Math.round(WORD_GAP * em)), speck);
        if (inks.isEmpty()) {
            return words.isEmpty() ? List.of() : List.of(new Piece(line.clone(), words));
        }
        List<List<OcrWord>> given = new ArrayList<>();
        for (int i = 0; i < inks.size(); i++) {
            given.add(new ArrayList<>());
        }
        int at = 0;
        for (OcrWord w : words) {
            at = Math.max(at, nearest(inks, w.centerX()));
            given.get(at).add(w);
        }
        List<Piece> out = new ArrayList<>();
        for (int i = 0; i < inks.size(); i++) {
            Piece p = new Piece(inks.get(i), given.get(i));
            Piece last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && (joins(last, p, em) || narrowBeside(image, last.box(), p.box(), em, speck))) {
                out.set(out.size() - 1, join(last, p));
            } else {
                out.add(p);
            }
        }
        List<Piece> split = new ArrayList<>(out.size());
        for (Piece p : out) {
            split.addAll(splitNumber(image, p, em, speck));
        }
        return split;
    }

    /**
     * A label and a number in two cells of a table without rule lines, the label filling its column: the blank
     * between them is narrower than between two words, yet wider than between two Chinese characters. A word of
     * Chinese text that ends in number characters is cut at the last blank at least {@link #TAIL_GAP} em wide.
     */
    private static List<Piece> splitNumber(GrayImage image, Piece p, double em, int speck) {
        List<OcrWord> words = p.words();
        int tail = words.size();
        while (tail > 0 && isNumberChar(words.get(tail - 1).text())) {
            tail--;
        }
        if (tail == 0 || tail == words.size() || !WordGlyphs.isHan(words.get(tail - 1).text())) {
            return List.of(p);
        }
        List<int[]> inks = inks(image, p.box(), Math.max(1, (int) Math.round(TAIL_GAP * em)), speck);
        if (inks.size() < 2) {
            return List.of(p);
        }
        int[] a = inks.get(inks.size() - 2);
        int[] b = inks.get(inks.size() - 1);
        if (b[2] - b[0] > (words.size() - tail) * em) {
            return List.of(p); // the blank is not before the number: its ink is wider than its characters
        }
        int[] left = {p.box()[0], p.box()[1], a[2], p.box()[3]};
        int[] right = {b[0], p.box()[1], p.box()[2], p.box()[3]};
        return List.of(new Piece(left, new ArrayList<>(words.subList(0, tail))),
                new Piece(right, new ArrayList<>(words.subList(tail, words.size())), true));
    }

    private static boolean isNumberChar(String text) {
        return !text.isEmpty() && text.chars().allMatch(c -> c >= '0' && c <= '9' || "/.-—".indexOf(c) >= 0);
    }

    /**
     * Whether the blank between two inks is less than {@link #NARROW_WORD_GAP} and a narrow stroke stands beside
     * it (a digit 1, the 讠 of 请 and 计): such strokes have wide blanks of their own.
     */
    private static boolean narrowBeside(GrayImage image, int[] left, int[] right, double em, int speck) {
        if (right[0] - left[2] >= NARROW_WORD_GAP * em) {
            return false;
        }
        List<int[]> a = inks(image, left, 2, speck);
        List<int[]> b = inks(image, right, 2, speck);
        double narrow = NARROW_INK * em;
        return !a.isEmpty() && a.get(a.size() - 1)[2] - a.get(a.size() - 1)[0] < narrow
                || !b.isEmpty() && b.get(0)[2] - b.get(0)[0] < narrow;
    }

    /** Whether the blank between two pieces is the blank half of full-width punctuation at its side. */
    private static boolean joins(Piece left, Piece right, double em) {
        if (left.words().isEmpty() || right.words().isEmpty()) {
            return false;
        }
        int gap = right.box()[0] - left.box()[2];
        if (gap > PUNCTUATION_BLANK * em) {
            return false;
        }
        String a = left.words().get(left.words().size() - 1).text();
        String b = right.words().get(0).text();
        if (gap < NARROW_WORD_GAP * em && !a.isEmpty() && !b.isEmpty()
                && (!WordGlyphs.isHan(a.substring(a.length() - 1)) || !WordGlyphs.isHan(b.substring(0, 1)))) {
            return true;
        }
        // the recogniser's box of a small mark is often beside it: a comma after the blank may be the one before it
        return !a.isEmpty() && isPunctuation(a.charAt(a.length() - 1)) || !b.isEmpty() && isPunctuation(b.charAt(0));
    }

    private static boolean isPunctuation(char c) {
        return OPENING.indexOf(c) >= 0 || CLOSING.indexOf(c) >= 0;
    }

    private static Piece join(Piece a, Piece b) {
        List<OcrWord> words = new ArrayList<>(a.words());
        words.addAll(b.words());
        return new Piece(new int[] {a.box()[0], Math.min(a.box()[1], b.box()[1]), b.box()[2],
            Math.max(a.box()[3], b.box()[3])}, words);
    }

    /** The ink whose horizontal span is nearest {@code x} (0 inside it). */
    private static int nearest(List<int[]> inks, double x) {
        int best = 0;
        double d = Double.MAX_VALUE;
        for (int i = 0; i < inks.size(); i++) {
            int[] b = inks.get(i);
            double e = Math.max(0, Math.max(b[0] - x, x - b[2]));
            if (e < d) {
                d = e;
                best = i;
            }
        }
        return best;
    }

    /**
     * The inks of a line, left to right: runs of columns holding ink, runs less than {@code gap} apart joined,
     * each with its ink box; runs of fewer than {@code speck} pixels left out.
     */
    static List<int[]> inks(GrayImage image, int[] line, int gap, int speck) {
        int x0 = Math.max(0, line[0]);
        int x1 = Math.min(image.width(), line[2]);
        int y0 = Math.max(0, line[1]);
        int y1 = Math.min(image.height(), line[3]);
        List<int[]> out = new ArrayList<>();
        int[] cur = null;
        int pixels = 0;
        int lastInk = -gap - 1;
        for (int x = x0; x < x1; x++) {
            int top = -1;
            int bottom = -1;
            int n = 0;
            for (int y = y0; y < y1; y++) {
                if (image.get(x, y) < INK) {
                    if (top < 0) {
                        top = y;
                    }
                    bottom = y + 1;
                    n++;
                }
            }
            if (n == 0) {
                continue;
            }
            if (cur != null && x - lastInk - 1 >= gap) {
                if (pixels >= speck) {
                    out.add(cur);
                }
                cur = null;
            }
            if (cur == null) {
                cur = new int[] {x, top, x + 1, bottom};
                pixels = 0;
            }
            cur[1] = Math.min(cur[1], top);
            cur[2] = x + 1;
            cur[3] = Math.max(cur[3], bottom);
            pixels += n;
            lastInk = x;
        }
        if (cur != null && pixels >= speck) {
            out.add(cur);
        }
        return out;
    }

    /** The share of an em a character takes: one for Chinese characters and full-width forms, about half else. */
    static double advance(String text) {
        double sum = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            sum += c >= 0x2E80 || OPENING.indexOf(c) >= 0 && c > 0xFF ? 1.0 : 0.55;
            i += Character.charCount(c);
        }
        return Math.max(sum, 0.1);
    }
}
