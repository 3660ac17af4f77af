package io.github.nianbao.internal.read.columns;

import io.github.nianbao.internal.Cjk;
import io.github.nianbao.model.Box;
import java.util.List;

/**
 * Joins pieces of one cell: text with no space where either side is Chinese or both sides are digits (else one),
 * words into one word over both.
 */
final class Joiner {

    private Joiner() {
    }

    /** {@code a} followed by {@code b}, as one cell's text. */
    static String join(String a, String b) {
        if (a.isEmpty()) {
            return b;
        }
        if (b.isEmpty()) {
            return a;
        }
        int before = a.codePointBefore(a.length());
        int after = b.codePointAt(0);
        boolean digits = Character.isDigit(before) && Character.isDigit(after);
        return Cjk.isCjk(before) || Cjk.isCjk(after) || digits ? a + b : a + " " + b;
    }

    /** One cell's text wrapped over two lines: {@code upper} then {@code lower}, as one word. */
    static Word stack(Word upper, Word lower) {
        return new Word(join(upper.text(), lower.text()), Math.min(upper.x0(), lower.x0()),
                Math.max(upper.x1(), lower.x1()), Math.min(upper.y0(), lower.y0()), Math.max(upper.y1(), lower.y1()));
    }

    /** The smallest box holding every word, or null for none. */
    static Box union(List<Word> words) {
        Box box = null;
        for (Word w : words) {
            box = w.box().union(box);
        }
        return box;
    }
}
