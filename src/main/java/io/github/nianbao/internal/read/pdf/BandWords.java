package io.github.nianbao.internal.read.pdf;

import io.github.nianbao.internal.read.ocr.GrayImage;
import io.github.nianbao.internal.read.ocr.OcrWord;
import java.util.ArrayList;
import java.util.List;

/**
 * The text lines of a scanned page outside its ruled tables, as glyphs: each line cut into its words by its ink
 * ({@link InkWords}), the characters of a word laid side by side across it. A word that reads as a number or a
 * zero mark, and a piece of ink about a character's size that nothing was read on (a lone {@code /} or {@code 1}
 * the recogniser missed), standing apart from its neighbours, is a value of a table without rule lines: it becomes
 * a cell to be read again with only number characters allowed ({@link ValueCellReader}), as the cells of ruled
 * tables are. A word of Chinese text that is nearly a table label is corrected to it ({@link LabelLexicon}), as a
 * ruled table's label cell is.
 */
final class BandWords {

    /** Unread ink at least this many ems high may be a digit or zero mark (less is a dot or speckle). */
    private static final double UNREAD_HEIGHT = 0.4;
    /** Unread ink at most this many ems wide may be a number (wider is text). */
    private static final double UNREAD_WIDTH = 2.0;
    /** Blank, in ems, on either side of a word that is a table's value. */
    private static final double APART = 0.6;
    /** A word of one character whose ink is at most this many ems wide is read again as a number. */
    private static final double NARROW_CHARACTER = 0.65;
    /** A word of at most this many characters, none Chinese, with a digit, is read again as a number. */
    private static final int SHORT = 3;

    private final GrayImage image;
    private final WordGlyphs sizes;
    private final double scale;
    private final int pad;
    private final int speck;
    private final List<Glyph> glyphs;
    private final List<ScanPage.CellInk> cells;
    private final List<List<Glyph>> byCell;

    /**
     * Words go to {@code glyphs}; number words to {@code cells} with their first reading in {@code byCell}.
     */
    BandWords(GrayImage image, double dpi, WordGlyphs sizes, List<Glyph> glyphs, List<ScanPage.CellInk> cells,
              List<List<Glyph>> byCell) {
        this.image = image;
        this.sizes = sizes;
        this.scale = 72.0 / dpi;
        this.pad = (int) Math.round(dpi / 72 * 2);
        this.speck = (int) Math.max(3, 12 * (dpi / 300) * (dpi / 300));
        this.glyphs = glyphs;
        this.cells = cells;
        this.byCell = byCell;
    }

    /** Adds one text line: its box in pixels and the characters read on it. */
    void add(int[] line, List<OcrWord> words) {
        double em = (words.isEmpty() ? sizes.typicalSize() : sizes.size(words.get(0))) / scale;
        List<InkWords.Piece> pieces = InkWords.pieces(image, line, words, em, speck);
        for (int i = 0; i < pieces.size(); i++) {
            InkWords.Piece p = pieces.get(i);
            List<Glyph> g = sizes.glyphs(p);
            String text = TextCleanup.clean(TextAssembler.lineText(g)).replace(" ", "");
            // a line's first word is a value only when it holds no Chinese character (一 of 一、总体情况 is not —),
            // or when it is the line's only word (a value the X-Y cut set apart from its label)
            boolean first = i == 0 && pieces.size() > 1 && WordGlyphs.isHan(text);
            if (!first && isNumber(text, p, em) && isolated(pieces, i, em)) {
                int m = Math.min(pad, (int) (InkWords.WORD_GAP * em / 3));
                int[] b = p.box();
                cells.add(new ScanPage.CellInk(new int[] {b[0] - m, Math.min(b[1], line[1]) - m, b[2] + m,
                    Math.max(b[3], line[3]) + m}, b.clone(), -1, -1));
                byCell.add(g);
            } else {
                Glyph label = LabelLexicon.correct(g);
                if (label != null) {
                    glyphs.add(label);
                } else {
                    glyphs.addAll(g);
                }
            }
        }
    }

    /**
     * Whether the word at {@code i} stands apart as a table's value does: blanks of {@link #APART} ems at least on
     * both sides, or the line's end, or cut off the end of a label. Numbers in running text (年 1 月, with the
     * blank a word processor sets between Chinese text and digits) keep their first reading.
     */
    static boolean isolated(List<InkWords.Piece> pieces, int i, double em) {
        InkWords.Piece p = pieces.get(i);
        boolean left = i == 0 || p.cutOff() || p.box()[0] - pieces.get(i - 1).box()[2] >= APART * em;
        boolean right = i == pieces.size() - 1 || pieces.get(i + 1).box()[0] - p.box()[2] >= APART * em;
        return left && right;
    }

    /** Whether a word is to be read as a number. */
    static boolean isNumber(String text, InkWords.Piece piece, double em) {
        if (piece.words().isEmpty()) {
            return piece.height() >= UNREAD_HEIGHT * em && piece.width() <= UNREAD_WIDTH * em;
        }
        if (text.isEmpty()) {
            return false;
        }
        if (ValueCellReader.isNumberLike(text)) {
            return true;
        }
        if (text.codePointCount(0, text.length()) == 1 && piece.width() <= NARROW_CHARACTER * em) {
            return true; // a lone 1 read as 工 or 上: a Chinese character is about an em wide
        }
        return text.length() <= SHORT && !WordGlyphs.isHan(text) && text.chars().anyMatch(c -> c >= '0' && c <= '9');
    }
}
