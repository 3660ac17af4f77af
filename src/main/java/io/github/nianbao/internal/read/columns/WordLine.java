package io.github.nianbao.internal.read.columns;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One printed line as words, left to right, with how it is set off from the text around it.
 *
 * @param words the words, sorted by left edge (a defensive copy)
 * @param style whether the line is set in a heading face (bold or a larger size than the text around it)
 */
public record WordLine(List<Word> words, Style style) {

    /** How a line is set. */
    public enum Style {
        /** Like the surrounding text. */
        PLAIN,
        /** Bold or larger than the surrounding text (a heading, or a table's header row). */
        EMPHASISED
    }

    public WordLine {
        if (words.isEmpty()) {
            throw new IllegalArgumentException("a line has words");
        }
        List<Word> sorted = new ArrayList<>(words);
        sorted.sort(Comparator.comparingDouble(Word::x0));
        words = List.copyOf(sorted);
        style = style == null ? Style.PLAIN : style;
    }

    public double top() {
        double t = Double.MAX_VALUE;
        for (Word w : words) {
            t = Math.min(t, w.y0());
        }
        return t;
    }

    public double bottom() {
        double b = -Double.MAX_VALUE;
        for (Word w : words) {
            b = Math.max(b, w.y1());
        }
        return b;
    }

    public double left() {
        return words.get(0).x0();
    }

    public double right() {
        double r = -Double.MAX_VALUE;
        for (Word w : words) {
            r = Math.max(r, w.x1());
        }
        return r;
    }

    /** The typical height of the line's words (the size of its type). */
    public double height() {
        double[] h = new double[words.size()];
        for (int i = 0; i < h.length; i++) {
            h[i] = words.get(i).height();
        }
        java.util.Arrays.sort(h);
        return h[h.length / 2];
    }

    /**
     * Where the line's values start: the index of the first of the words at its end that are all values (numbers
     * or zero marks), or -1 when the line does not end with a value. Text after a value (prose such as
     * {@code 共发布信息 139 条}) makes the line not a row of values.
     */
    public int valueStart() {
        int i = words.size();
        while (i > 0 && words.get(i - 1).isValue()) {
            i--;
        }
        return i == words.size() ? -1 : i;
    }

    /** Whether the line is a table row with values: values at its end, after a label or more than one. */
    public boolean hasValuesAfterLabel() {
        int v = valueStart();
        return v > 0 || v == 0 && words.size() >= 2;
    }
}
