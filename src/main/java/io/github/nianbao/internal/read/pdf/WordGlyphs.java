package io.github.nianbao.internal.read.pdf;

import io.github.nianbao.internal.Cjk;
import io.github.nianbao.internal.read.ocr.OcrWord;
import io.github.nianbao.model.OcrReading;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * OCR words as glyphs: one glyph per word, its box converted to points, a font size taken from the height of the
 * Chinese characters of its text line (digits and punctuation are shorter than the em), and a baseline placed so
 * that the glyph's centre is the middle of its text line (the boxes Tesseract gives Chinese characters are often
 * too tall, and wrapped labels would interleave). Marks and strokes read with almost no confidence (remnants of
 * rule lines, speckle) are dropped.
 */
final class WordGlyphs {

    /** A word below this confidence (0..100) that holds no letter, digit or Han character is noise. */
    private static final double NOISE_CONFIDENCE = 30;
    /** Word confidence (0..100) below which a word is doubtful. */
    static final double DOUBTFUL = 80;
    /** Ink height of a Chinese character, in ems. */
    private static final double HAN_HEIGHT = 0.92;

    private final double scale;
    private final Map<Integer, Double> lineHeights = new HashMap<>();
    private final Map<Integer, Double> lineMiddles = new HashMap<>();
    private final double pageHeight;

    /** Sizes from {@code words} (all words of a page, any grouping), for images at {@code scale} points per pixel. */
    WordGlyphs(List<OcrWord> words, double scale) {
        this.scale = scale;
        Map<Integer, List<Integer>> han = new HashMap<>();
        List<Integer> all = new ArrayList<>();
        for (OcrWord w : words) {
            if (isHan(w.text())) {
                han.computeIfAbsent(w.line(), k -> new ArrayList<>()).add(w.height());
                all.add(w.height());
            }
        }
        han.forEach((line, heights) -> lineHeights.put(line, median(heights)));
        this.pageHeight = median(all);
        Map<Integer, List<Integer>> middles = new HashMap<>();
        for (OcrWord w : words) {
            middles.computeIfAbsent(w.line(), k -> new ArrayList<>()).add((w.y0() + w.y1()) / 2);
        }
        middles.forEach((line, ys) -> lineMiddles.put(line, median(ys)));
    }

    /**
     * The glyphs of {@code words}, noise dropped. Within a line, glyphs keep the recogniser's order: its character
     * boxes are sometimes out of order (2024 boxed as 2042), so a box left of the one before is moved just right
     * of it.
     */
    List<Glyph> glyphs(List<OcrWord> words) {
        List<Glyph> out = new ArrayList<>(words.size());
        Map<Integer, Double> lastX = new HashMap<>();
        Map<Integer, Integer> lastIndex = new HashMap<>();
        for (OcrWord w : words) {
            if (!isNoise(w)) {
                double middle = lineMiddles.getOrDefault(w.line(), w.centerY());
                double x = w.x0() * scale;
                double width = (w.x1() - w.x0()) * scale;
                double size = size(w);
                Double before = lastX.get(w.line());
                if (before != null && x <= before) {
                    x = before + 0.01;
                }
                Integer prev = lastIndex.get(w.line());
                if (prev != null) {
                    close(out, prev, x);
                }
                lastX.put(w.line(), x);
                lastIndex.put(w.line(), out.size());
                out.add(glyph(w.text(), x, middle * scale, width, size, reading(w)));
            }
        }
        return out;
    }

    /**
     * The glyphs of one word of a text line, laid side by side across its ink with no gap between them (as a text
     * layer's advance widths are), each as wide as its share of the ink (a Chinese character twice a digit).
     */
    List<Glyph> glyphs(InkWords.Piece piece) {
        List<OcrWord> words = new ArrayList<>();
        for (OcrWord w : piece.words()) {
            if (!isNoise(w)) {
                words.add(w);
            }
        }
        List<Glyph> out = new ArrayList<>(words.size());
        if (words.isEmpty()) {
            return out;
        }
        double total = 0;
        for (OcrWord w : words) {
            total += InkWords.advance(w.text());
        }
        double x = piece.box()[0] * scale;
        double span = piece.width() * scale;
        for (OcrWord w : words) {
            double width = span * InkWords.advance(w.text()) / total;
            double middle = lineMiddles.getOrDefault(w.line(), w.centerY());
            out.add(glyph(w.text(), x, middle * scale, width, size(w), reading(w)));
            x += width;
        }
        return out;
    }

    /**
     * Widens the glyph at {@code index} up to {@code nextX} when the gap is under half an em: the recogniser's
     * boxes are tight around the ink, a text layer's advance widths are not, and the layout reads wide gaps between
     * characters as column gaps.
     */
    private static void close(List<Glyph> out, int index, double nextX) {
        Glyph g = out.get(index);
        double gap = nextX - g.right();
        if (gap > 0 && gap < 0.5 * g.size()) {
            out.set(index, new Glyph(g.text(), g.x(), g.baseline(), nextX - g.x(), g.size(), g.bold(), g.ocr()));
        }
    }

    /** The font size, in points, of the line {@code w} is on. */
    double size(OcrWord w) {
        Double line = lineHeights.get(w.line());
        double h = line != null ? line : pageHeight > 0 ? pageHeight : w.height() / 0.75;
        return Math.max(1, h * scale / HAN_HEIGHT);
    }

    /** The typical font size of the page, in points. */
    double typicalSize() {
        return pageHeight > 0 ? Math.max(1, pageHeight * scale / HAN_HEIGHT) : 10;
    }

    /** A glyph whose centre is at height {@code centerY}. */
    static Glyph glyph(String text, double x, double centerY, double width, double size, OcrReading ocr) {
        return new Glyph(text, x, centerY + 0.38 * size, Math.max(width, 0.1), size, false, ocr);
    }

    static OcrReading reading(double confidence) {
        return new OcrReading(Math.max(0, Math.min(100, confidence)) / 100, confidence < DOUBTFUL, List.of());
    }

    /** The reading of a word, with the recogniser's other candidates when it is one character that has them. */
    static OcrReading reading(OcrWord w) {
        OcrReading r = reading(w.confidence());
        if (w.symbols().size() != 1) {
            return r;
        }
        List<OcrReading.Alternative> alternatives = new ArrayList<>();
        for (OcrWord.Choice c : w.symbols().get(0).choices()) {
            if (!c.text().equals(w.text())) {
                alternatives.add(new OcrReading.Alternative(c.text(), Math.max(0, Math.min(100, c.confidence())) / 100));
            }
        }
        return new OcrReading(r.confidence(), r.doubtful(), alternatives);
    }

    private static boolean isNoise(OcrWord w) {
        if (w.confidence() >= NOISE_CONFIDENCE) {
            return false;
        }
        return w.text().codePoints().noneMatch(c -> Character.isLetterOrDigit(c) || Cjk.isHan(c));
    }

    static boolean isHan(String s) {
        return s.codePoints().anyMatch(Cjk::isHan);
    }

    private static double median(List<Integer> values) {
        if (values.isEmpty()) {
            return 0;
        }
        int[] v = values.stream().mapToInt(Integer::intValue).toArray();
        Arrays.sort(v);
        return v[v.length / 2];
    }
}
