package io.github.nianbao.internal.read.pdf;

import io.github.nianbao.internal.read.ocr.CropStack;
import io.github.nianbao.internal.read.ocr.GrayImage;
import io.github.nianbao.internal.read.ocr.InkShape;
import io.github.nianbao.internal.read.ocr.OcrFailure;
import io.github.nianbao.internal.read.ocr.OcrRequest;
import io.github.nianbao.internal.read.ocr.OcrWord;
import io.github.nianbao.internal.read.ocr.Tesseract;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Reads the number cells of a scanned page's tables again: every cell whose first reading looks like a number or
 * a zero mark (digits, {@code /}, {@code —}, {@code -}, {@code .} and the characters OCR mistakes them for) or is
 * short and holds no Chinese character (labels of these tables always do), every
 * cell that holds ink but got no words, every cell of one character (a lone {@code 1} is read as 工 or 上 with high
 * confidence) and every cell of up to three characters with a digit is read twice more with only number
 * characters allowed, with the English and the Chinese model, keeping each character's alternatives (all such
 * cells in one Tesseract run per model, {@link CropStack}). The readings are combined by vote ({@link CellReading}) into one glyph per cell.
 */
final class ValueCellReader {

    /** Characters of a printed number or zero mark, for the second reading. */
    static final String WHITELIST = "0123456789.,-/—";
    /** The English model reads lone digits better than the Chinese one. */
    static final String DIGITS_MODEL = Tesseract.ENGLISH;
    /** What a number cell's first reading may consist of: number characters and their usual misreadings. */
    private static final String NUMBER_LIKE = "0123456789.,，。-—–―一_－~/／\\|OoIlDSBZz";
    private static final int MAX_CHARS = 12;
    private static final int SHORT = 3;

    private final GrayImage image;
    private final int ink;
    private final double dpi;
    private final double scale;
    private final Tesseract tesseract;

    ValueCellReader(GrayImage image, int ink, double dpi, Tesseract tesseract) {
        this.image = image;
        this.ink = ink;
        this.dpi = dpi;
        this.scale = 72.0 / dpi;
        this.tesseract = tesseract;
    }

    /**
     * The glyphs of all cells, those of every number cell replaced by one glyph holding the combined reading.
     *
     * @param cells  the cells that hold ink
     * @param glyphs per cell, the glyphs of its first reading
     * @param em     the page's typical font size
     */
    List<Glyph> reread(List<ScanPage.CellInk> cells, List<List<Glyph>> glyphs, double em, long deadline)
            throws OcrFailure {
        List<String> texts = new ArrayList<>(cells.size());
        for (List<Glyph> g : glyphs) {
            texts.add(TextCleanup.clean(TextAssembler.cellText(g)));
        }
        List<Integer> numbers = new ArrayList<>();
        List<int[]> regions = new ArrayList<>();
        int pad = (int) Math.round(dpi / 72 * 2);
        for (int i = 0; i < cells.size(); i++) {
            if (isCandidate(texts.get(i), glyphs.get(i))) {
                numbers.add(i);
                regions.add(cells.get(i).padded(pad, image));
            }
        }
        List<List<OcrWord>> eng = List.of();
        List<List<OcrWord>> chi = List.of();
        if (!regions.isEmpty()) {
            // digits this close are read as one word; their characters are given back by their own boxes
            int gap = ScanPage.gap(regions, pad);
            int res = (int) Math.round(dpi);
            // measured on scanned reports: the English model reads numbers best one line at a time, the Chinese
            // one with the numbers side by side (alone it reads a lone 1 as 4 or 7); the two runs go on together
            try (CropStack.Pending e = CropStack.start(image, regions, gap, CropStack.Layout.LINES, tesseract,
                    new OcrRequest(DIGITS_MODEL, 7, res, WHITELIST, OcrRequest.Output.CHOICES));
                 CropStack.Pending c = CropStack.start(image, regions, gap, CropStack.Layout.ROWS, tesseract,
                    new OcrRequest(Tesseract.CHINESE, 6, res, WHITELIST, OcrRequest.Output.CHOICES))) {
                eng = e.finish(deadline);
                chi = c.finish(deadline);
            }
        }
        List<Glyph> out = new ArrayList<>();
        int k = 0;
        for (int i = 0; i < cells.size(); i++) {
            if (k < numbers.size() && numbers.get(k) == i) {
                List<CellReading.Candidate> readings = new ArrayList<>(List.of(
                        CellReading.Candidate.ofGlyphs(texts.get(i), glyphs.get(i)),
                        CellReading.Candidate.of(sorted(eng.get(k))), CellReading.Candidate.of(sorted(chi.get(k)))));
                String mark = InkShape.zeroMark(image, cells.get(i).ink(), ink, em / scale);
                if (mark != null) {
                    readings.add(CellReading.Candidate.ofShape(mark));
                }
                out.add(glyph(CellReading.combine(readings), glyphs.get(i), cells.get(i).ink(), em));
                k++;
            } else {
                Glyph label = LabelLexicon.correct(glyphs.get(i));
                if (label != null) {
                    out.add(label);
                } else {
                    out.addAll(glyphs.get(i));
                }
            }
        }
        return out;
    }

    private static boolean isCandidate(String text, List<Glyph> glyphs) {
        String s = text.replace(" ", "");
        if (s.isEmpty() || s.length() == 1 || isNumberLike(s) || s.length() <= MAX_CHARS && !WordGlyphs.isHan(s)) {
            return true;
        }
        boolean digit = s.chars().anyMatch(c -> c >= '0' && c <= '9');
        return s.length() <= SHORT && digit;
    }

    private static List<OcrWord> sorted(List<OcrWord> words) {
        List<OcrWord> s = new ArrayList<>(words);
        // by line, and within a line in the recogniser's order: its character boxes may be out of order
        s.sort(Comparator.comparingInt(OcrWord::line));
        return s;
    }

    private Glyph glyph(CellReading r, List<Glyph> first, int[] box, double em) {
        double size = first.isEmpty() ? em : first.stream().mapToDouble(Glyph::size).max().orElse(em);
        double cy = (box[1] + box[3]) / 2.0 * scale;
        return WordGlyphs.glyph(r.text(), box[0] * scale, cy, (box[2] - box[0]) * scale, size, r.reading());
    }

    static boolean isNumberLike(String text) {
        String s = text.replace(" ", "");
        if (s.isEmpty() || s.length() > MAX_CHARS) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (NUMBER_LIKE.indexOf(s.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }
}
