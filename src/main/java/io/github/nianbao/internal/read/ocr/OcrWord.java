package io.github.nianbao.internal.read.ocr;

import java.util.List;

/**
 * One word as Tesseract read it, in pixels of the image it was given.
 *
 * @param text       the text
 * @param x0         left edge
 * @param y0         top edge
 * @param x1         right edge (exclusive)
 * @param y1         bottom edge (exclusive)
 * @param confidence Tesseract's confidence, 0..100
 * @param line       number of the text line within the page read (block, paragraph and line combined), from 1
 * @param symbols    per-character readings with their alternatives, when asked for (else empty)
 */
public record OcrWord(String text, int x0, int y0, int x1, int y1, double confidence, int line,
                      List<Symbol> symbols) {

    public OcrWord {
        symbols = List.copyOf(symbols);
    }

    public double centerX() {
        return (x0 + x1) / 2.0;
    }

    public double centerY() {
        return (y0 + y1) / 2.0;
    }

    public int height() {
        return y1 - y0;
    }

    /**
     * One character of a word and the other characters Tesseract's recogniser considered for it, best first.
     *
     * @param text       the character chosen
     * @param confidence its confidence, 0..100
     * @param choices    every candidate (the chosen one included), best first
     */
    public record Symbol(String text, double confidence, List<Choice> choices) {

        public Symbol {
            choices = List.copyOf(choices);
        }
    }

    /**
     * A candidate character.
     *
     * @param text       the character
     * @param confidence its confidence, 0..100
     */
    public record Choice(String text, double confidence) {
    }
}
